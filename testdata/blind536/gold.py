#!/usr/bin/env python3
"""Gold labels for blind536 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
BUD = ["Kyrylo Budanov", "Budanov", "Defence Intelligence of Ukraine", "HUR", "Ukraine"]

about = ("blind536: fifteen articles written for crosscheck in our own words and labelled blind. "
         "Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

A = {
    "000": [
        ("troops", NK, 11000, None, "about", NIS,
         "South Korea's spy agency says Pyongyang sent about 11,000 combat troops in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", NIS,
         "Around 3,000 more followed as reinforcements in January and February 2025", False),
        ("killed", NK, 2000, None, "about", NIS,
         "the NIS estimated that around 2,000 North Korean soldiers had been killed", False),
        ("wounded", NK, 2000, 9999, "vague", ["unattributed"],
         "Thousands more have been wounded", True),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukraine took two North Korean soldiers prisoner in January 2025", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "US"],
         "About 8,000 North Korean soldiers have moved into Russia's Kursk region", False),
        ("troops", NK, 10000, None, "up_to", ["Pentagon", "Pentagon officials", "United States", "US"],
         "as many as 10,000 that Pentagon officials say Pyongyang has sent to Russia", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", BUD,
         "the North Korean contingent in Russia's Kursk Oblast has already reached 11,000", False),
        ("troops", NK, 500, None, "about", BUD,
         "Roughly 500 of them are officers", False),
        ("troops", RU, 50000, None, "about", BUD,
         "Around 50,000 troops, including the North Koreans", False),
    ],
    "004": [
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers, South Korea's National Intelligence Service (NIS) told lawmakers Thursday, have been killed in combat", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "around 1,000 more have been wounded", False),
        ("troops", NK, 11000, None, "about", NIS_LEE,
         "The North Korean contingent itself still numbers about 11,000 soldiers", False),
        ("casualties", NK, 30, None, "at_least", ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded in fighting near three villages in Kursk over the weekend", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of killed and wounded North Korean soldiers in the Kursk region already exceeds three thousand", False),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "North Korean forces fighting in Kursk have suffered around 1,100 casualties", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Some 11,000 North Korean soldiers are thought to have been deployed to the region since the autumn", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", NIS_LEE,
         "North Korean casualties in the war between Russia and Ukraine have surpassed 3,000", False),
        ("killed", NK, 300, None, "about", NIS_LEE,
         "around 300 are believed to have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL + ["National Intelligence Service", "NIS"],
         "two North Korean soldiers had been taken alive in Kursk", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has sent roughly 3,000 additional soldiers to Russia since the start of the year", False),
        ("troops", NK, 11000, None, "about", ["South Korean and Western officials", "Western officials", "South Korea"],
         "The North is believed to have dispatched around 11,000 soldiers to Russia last fall", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean casualties now stood at about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 dead", False),
        ("killed", NK, 200, 999, "vague", ["Ukrainian units", "Ukraine"],
         "hundreds of North Korean soldiers were killed by drones", True),
    ],
    "012": [
        ("troops", NK, 11000, 12000, "range",
         ["Western and South Korean intelligence agencies", "Western intelligence", "South Korean intelligence", "South Korea"],
         "between 11,000 and 12,000 North Korean soldiers were sent to the Kursk region last autumn", False),
        ("troops", NK, 2000, 9999, "vague",
         ["Western and South Korean intelligence agencies", "Western intelligence", "South Korean intelligence", "South Korea"],
         "several thousand more arriving as reinforcements early this year", True),
        ("killed", NK, 600, None, "about", NIS,
         "about 600 North Koreans had been killed", False),
        ("casualties", UA, 76000, None, "more_than", ["Russia's General Staff", "General Staff", "Gerasimov", "Russia"],
         "Ukraine had lost more than 76,000 servicemen during its eight-month incursion into Kursk", False),
    ],
    "014": [
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "National Security Council", "White House", "United States", "US"],
         "At least 3,000 of them moved by ship from the Wonsan area to Vladivostok", False),
        ("troops", NK, 3000, None, "about", NIS,
         "Some 3,000 North Korean soldiers have already been moved to Russia", False),
    ],
}

NOT = {
    "000": ["1,000 deminers", "5,000 military builders", "as much as $20 billion",
            "Ukraine says 1.1 million Russian troops killed or wounded since 2022", "72nd anniversary of armistice",
            "Apr 28, 2025"],
    "002": ["155mm artillery shells", "about 1,000 square kilometers", "1,381.25 per dollar", "2,556.15",
            "Cutting 25 Basis Points", "3.86 Trillion Won"],
    "003": ["D-20 152-mm howitzers", "9 people injured", "UAH 2.23 trillion", "about 40 km deep",
            "several hundred square kilometres", "Views: 14 203"],
    "004": ["170-mm self-propelled guns", "240-mm multiple rocket launchers", "61.2 trillion won",
            "up to 20 centimeters", "1,450 per dollar", "three villages"],
    "006": ["42 Ukrainian drones", "15 over the Kursk region", "€4.2 billion", "almost €16 billion",
            "240mm multiple rocket launchers", "170mm self-propelled guns", "up to four hours", "1,000 days",
            "prisoner exchange of 500 soldiers", "almost three times as high"],
    "007": ["born in 2005", "the other is 26", "3,000 police officers mobilized",
            "death toll confirmed at 179", "6.5 trillion won"],
    "008": ["around 200 long-range artillery guns", "for about a month"],
    "010": ["June 2024", "May 9 Victory Day", "since 1953", "your first month for €1"],
    "012": ["1,000 sappers", "5,000 military construction workers", "more than 10,000 North Korean workers",
            "USD 78.35", "a donation of just $2", "eight-month incursion"],
    "014": ["expects the number to reach 10,000 by December", "preparing 10,000 soldiers",
            "as many as 12,000 could eventually be sent", "155mm shells", "roughly $400 million package",
            "12 reporters"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"011": "008"}

# totals of North Korean troops, in order of reporting
totals = ["014-2", "002-1", "002-2", "003-1", "004-3", "006-3", "008-2", "012-1", "000-1"]
vals = {"014-2": (3000, 3000), "002-1": (8000, 8000), "002-2": (0, 10000), "003-1": (11000, 11000),
        "004-3": (11000, 11000), "006-3": (11000, 11000), "008-2": (11000, 11000),
        "012-1": (11000, 12000), "000-1": (11000, 11000)}
must = [
    ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 there "
     "(Budanov, Nov 5), four days apart"],
    ["006-1", "006-2", "more than 3,000 North Korean casualties (Zelensky) against around 1,100 "
     "(South Korea's JCS), the same day in the same live blog"],
]
may = []
for i, a in enumerate(totals):
    for b in totals[i + 1:]:
        (alo, ahi), (blo, bhi) = vals[a], vals[b]
        if ahi < blo or bhi < alo:
            if {a, b} == {"002-1", "003-1"}:
                continue
            may.append([a, b, "North Korean troop totals reported at different stages of the deployment "
                        "(or for Russia as a whole against Kursk)"])
for add in ["008-1", "000-2"]:
    for t in ["002-1", "003-1", "004-3", "006-3", "008-2", "012-1", "000-1"]:
        may.append([add, t, "about 3,000 additional troops (reinforcements, early 2025) against a total"])
may += [
    ["006-2", "007-1", "1,100 casualties (JCS, Dec 23) against more than 3,000 (NIS, Jan 13): a cumulative "
     "figure three weeks later"],
    ["006-2", "010-1", "1,100 casualties (JCS, Dec 2024) against about 4,700 (NIS, Apr 2025), months apart"],
    ["007-2", "010-2", "about 300 killed (Jan 2025) against about 600 (Apr 2025), months apart"],
    ["007-2", "012-3", "about 300 killed (Jan 2025) against about 600 (NIS's April figure), months apart"],
    ["007-2", "000-3", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025), months apart"],
    ["010-2", "000-3", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025), months apart"],
    ["012-3", "000-3", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025), months apart"],
]
conflicts = {"must": must, "may": may}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
