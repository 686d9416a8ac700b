#!/usr/bin/env python3
"""Gold labels for blind339 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind339: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
BUD = ["Kyrylo Budanov", "Budanov", "Defence Intelligence", "HUR", "Ukraine"]
WEST = ["Western official", "senior Western official", "Western"]
UNATTR = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "North Korea is in the process of sending some 12,000 soldiers", False),
        ("troops", NK, 1500, None, "about", NIS,
         "the first batch, about 1,500 North Korean special operations troops", False),
    ],
    "001": [
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States"],
         "at least 3,000 North Korean troops had arrived in eastern Russia", False),
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Singh", "Pentagon", "United States"],
         "North Korea has sent roughly 10,000 soldiers in all to eastern Russia for training", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers were now in Russia's Kursk region", False),
        ("troops", NK, 12000, None, "up_to", BUD,
         "up to 12,000 North Korean military personnel had been brought into Russia", False),
        ("troops", NK, 500, None, "about", BUD,
         "among them some 500 officers", False),
        ("troops", RU, 50000, None, "about", ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "Russia has also massed around 50,000 of its own troops in the area", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean losses in Kursk have passed 3,000", False),
        ("casualties", NK, 200, 900, "vague", ["special operations forces", "Ukraine's special operations forces", "Ukraine"],
         "a North Korean battalion lost several hundred men", True),
    ],
    "005": [
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "have taken some 3,000 casualties", False),
        ("killed", NK, 300, None, "about", NIS_LEE,
         "roughly 300 dead", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "about 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS_LEE,
         "Ukraine had taken two North Korean soldiers prisoner", False),
    ],
    "006": [
        ("killed", NK, 1000, None, "about", WEST,
         "Roughly 1,000 of them have now been killed in the Kursk region", False),
        ("wounded", NK, 2000, 9999, "vague", WEST,
         "Thousands more have been wounded", True),
        ("troops", NK, 11000, 12000, "range", UNATTR,
         "Pyongyang is thought to have sent 11,000-12,000 troops to Russia late last year", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea dispatched about 3,000 additional soldiers to Russia in January and February", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "has so far suffered roughly 4,000 casualties", False),
        ("troops", NK, 11000, None, "about", JCS,
         "first sent around 11,000 troops to Russia last fall", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "Around 4,700 North Korean troops have been killed or wounded fighting for Russia against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "about 600 of them fatally", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "North Korea has sent some 15,000 soldiers to Russia in total", False),
    ],
    "012": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the losses of the Ukrainian armed forces during the operation in the Kursk Region had exceeded 76,000 servicemen", False),
    ],
    "014": [
        ("troops", NK, 11000, None, "exact", UNATTR,
         "The first wave, eleven thousand strong", False),
        ("troops", NK, 10000, 12000, "range", ["Ukrainian officials", "Ukraine"],
         "gave a range of between 10,000 and 12,000", False),
        ("troops", NK, 3000, None, "about", NIS,
         "some three thousand more followed in early 2025", False),
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had died", False),
        ("wounded", NK, 2000, 9999, "vague", UNATTR,
         "Several thousand more are believed to have been wounded", True),
        ("killed", NK, 9, None, "exact", ["KCNA", "North Korea", "Korean Central News Agency"],
         "Nine of its soldiers died during the mission", False),
        ("captured", NK, 2, None, "exact", UNATTR + ["Ukraine"],
         "Two soldiers captured by Ukraine in January 2025", False),
    ],
}

NOT = {
    "000": ["some 12,000 soldiers, organised into four brigades", "between Oct. 8 and 13", "four round trips",
            "more than 13,000 containers", "Zelensky says 10,000 N. Korean soldiers preparing to join Russian forces",
            "0.3 pct"],
    "001": ["about 100 U.S. soldiers", "300 kilometers deep", "roughly $6 billion", "$1.2 billion contract",
            "6 new warships"],
    "002": ["Views: 3412", "96 drones, 71 shot down", "five Russian military ranges",
            "several hundred square kilometres"],
    "004": ["240mm multiple rocket launchers", "170mm self-propelled guns", "injuring nine people including a child",
            "52 of the 103 drones", "a further 49", "Comments (1,214)", "the 12 best Christmas films"],
    "005": ["born in 2005", "joined the army in 2021", "born in 1999", "240-millimeter multiple rocket launchers",
            "North Korean troops suffered 1,100 casualties in Kursk, JCS says",
            "Ukraine captures 2 North Korean soldiers, first since deployment", "shares climb 4%"],
    "006": ["who said he was 26", "Seoul: 300 North Korean soldiers killed in Russia",
            "Ukraine says it has captured two North Korean soldiers"],
    "007": ["some 220 artillery pieces", "170-millimeter self-propelled guns", "240-mm multiple rocket launchers",
            "2 N. Korean POWs in Ukraine wish to go to S. Korea", "10 ballistic missiles"],
    "009": ["80th anniversary", "KOSPI 2,556.61", "USD/KRW 1,429.90", "Nikkei 225 36,045.38", "4:05 PM GMT+9"],
    "012": ["1,000 sappers", "5,000 military builders", "more than 7,000 units of weapons and military equipment",
            "April 26", "less than three months"],
    "014": ["1,000 deminers", "5,000 military construction workers", "120 days of mine-clearing",
            "Seoul says 600 North Korean soldiers killed in Russia", "about $20 billion", "October 2024"],
}

OFF = ["003", "008", "011", "013"]
DUP = {"010": "007"}

conflicts = {
    "must": [
        ["004-1", "004-2", "about 1,100 North Korean casualties (South Korea's JCS) against more than 3,000 "
                           "(Zelensky), the same day in the same live blog"],
        ["005-2", "006-1", "about 300 North Koreans killed (NIS, 13 Jan 2025) against roughly 1,000 killed "
                           "(a Western official, 16 Jan 2025), three days apart"],
    ],
    "may": [],
}

MAY = [
    # troops: first-wave estimates a week or more apart, close values or different scopes
    ("000-1", "001-2", "about 12,000 being sent (NIS) against roughly 10,000 sent so far (Pentagon), ten days apart"),
    ("000-1", "002-1", "about 12,000 (NIS) against 11,000 in Kursk (Zelensky), close values"),
    ("001-2", "002-1", "roughly 10,000 in Russia (Pentagon) against 11,000 in Kursk (Zelensky), a week apart"),
    ("001-2", "006-3", "roughly 10,000 against 11,000-12,000, months apart"),
    ("001-2", "007-3", "roughly 10,000 against around 11,000, months apart"),
    ("001-2", "014-1", "roughly 10,000 against eleven thousand, a year apart"),
    ("000-1", "007-3", "about 12,000 against around 11,000, months apart"),
    ("000-1", "014-1", "about 12,000 against eleven thousand, a year apart"),
    # troops: the April 2025 total against first-wave figures (cumulative, months apart)
    ("000-1", "009-3", "about 12,000 (Oct 2024) against some 15,000 in total (Apr 2025)"),
    ("001-2", "009-3", "roughly 10,000 (Oct 2024) against some 15,000 in total (Apr 2025)"),
    ("002-1", "009-3", "11,000 (Nov 2024) against some 15,000 in total (Apr 2025)"),
    ("002-2", "009-3", "up to 12,000 (Nov 2024) against some 15,000 in total (Apr 2025)"),
    ("006-3", "009-3", "11,000-12,000 (Jan 2025) against some 15,000 in total (Apr 2025)"),
    ("007-3", "009-3", "around 11,000 first sent against some 15,000 in total, a month apart"),
    ("009-3", "014-1", "some 15,000 in total against a first wave of eleven thousand"),
    ("009-3", "014-2", "some 15,000 in total against a first wave of 10,000-12,000"),
    # troops: an additional force against totals
    ("007-1", "000-1", "an additional 3,000 against about 12,000"),
    ("007-1", "001-2", "an additional 3,000 against roughly 10,000"),
    ("007-1", "002-1", "an additional 3,000 against 11,000"),
    ("007-1", "002-2", "an additional 3,000 against up to 12,000"),
    ("007-1", "006-3", "an additional 3,000 against 11,000-12,000"),
    ("007-1", "007-3", "an additional 3,000 against around 11,000 first sent"),
    ("007-1", "009-3", "an additional 3,000 against some 15,000 in total"),
    ("007-1", "014-1", "an additional 3,000 against eleven thousand"),
    ("007-1", "014-2", "an additional 3,000 against 10,000-12,000"),
    ("014-3", "000-1", "three thousand more against about 12,000"),
    ("014-3", "001-2", "three thousand more against roughly 10,000"),
    ("014-3", "002-1", "three thousand more against 11,000"),
    ("014-3", "002-2", "three thousand more against up to 12,000"),
    ("014-3", "006-3", "three thousand more against 11,000-12,000"),
    ("014-3", "007-3", "three thousand more against around 11,000"),
    ("014-3", "009-3", "three thousand more against some 15,000 in total"),
    ("014-3", "014-1", "three thousand more against a first wave of eleven thousand"),
    ("014-3", "014-2", "three thousand more against a first wave of 10,000-12,000"),
    # casualties: cumulative figures months apart, or a bound met only loosely
    ("004-2", "005-1", "more than 3,000 (Zelensky, Dec) against some 3,000 (NIS, three weeks later): bound met loosely"),
    ("004-1", "007-2", "about 1,100 (Dec 2024) against roughly 4,000 (Mar 2025): cumulative, months apart"),
    ("004-1", "009-1", "about 1,100 (Dec 2024) against around 4,700 (Apr 2025): cumulative, months apart"),
    ("005-1", "007-2", "some 3,000 (Jan) against roughly 4,000 (Mar): cumulative, months apart"),
    ("005-1", "009-1", "some 3,000 (Jan) against around 4,700 (Apr): cumulative, months apart"),
    ("007-2", "009-1", "roughly 4,000 (JCS, Mar) against around 4,700 (NIS, Apr): cumulative, a month apart"),
    # killed: cumulative figures months apart
    ("005-2", "009-2", "about 300 (Jan) against about 600 (Apr), the NIS's own later estimate"),
    ("006-1", "009-2", "roughly 1,000 (Western official, Jan) against about 600 (NIS, Apr), months apart"),
    ("005-2", "014-4", "about 300 (Jan 2025) against around 2,000 (Sep 2025)"),
    ("006-1", "014-4", "roughly 1,000 (Jan 2025) against around 2,000 (Sep 2025)"),
    ("009-2", "014-4", "about 600 (Apr 2025) against around 2,000 (Sep 2025)"),
]
conflicts["may"] = [[a, b, why] for a, b, why in MAY]

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
