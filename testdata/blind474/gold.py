#!/usr/bin/env python3
"""Gold labels for testdata/blind474 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind474: fifteen articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025). Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md for what counts as a claim and a conflict.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
LEE = NIS + ["Lee Seong-kweun"]
HUR = ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "North Korea has sent some 1,500 special operations troops to Russia's Far East", False),
    ],
    "001": [
        ("troops", "north_korea", 10000, None, "more_than",
         ["State Department", "Matthew Miller", "United States", "US", "U.S."],
         "More than 10,000 North Korean soldiers have been sent to eastern Russia", False),
        ("troops", "north_korea", 11000, 12000, "range", HUR,
         "puts the number in the Kursk region alone higher: between 11,000 and 12,000", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "about 500 officers, including generals", False),
        ("troops", "north_korea", 200, 900, "vague", HUR,
         "hundreds were already holding positions close to the front line", True),
        ("troops", "russia", 50000, None, "about",
         ["U.S. official", "US official", "United States", "Defense News"],
         "Russia has massed about 50,000 of its own soldiers in the region", False),
    ],
    "002": [
        ("killed", "north_korea", 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed in combat in Russia's Kursk region", False),
        ("wounded", "north_korea", 1000, None, "about", LEE,
         "around 1,000 others have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", LEE,
         "The NIS estimates total casualties at around 1,100 so far", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "Troops in Russia: about 11,000 (NIS estimate)", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Ukraine"],
         "North Korean troops fighting for Russia in the Kursk region have suffered more than 3,000 killed and wounded", False),
        ("casualties", "north_korea", 1100, None, "about",
         ["joint chiefs of staff", "Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "about 1,100 North Korean troops have been killed or wounded fighting Ukrainian forces", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", LEE,
         "About 300 North Korean soldiers have died", False),
        ("wounded", "north_korea", 2700, None, "about", LEE,
         "2,700 others have been injured", False),
        ("captured", "north_korea", 2, None, "exact",
         NIS + ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "Ukraine had captured two North Korean soldiers", False),
        ("troops", "north_korea", 11000, None, "about",
         ["U.S., South Korean and Ukrainian assessments", "United States", "U.S.", "South Korea", "Ukraine"],
         "Pyongyang is believed to have sent around 11,000 troops to Russia last fall", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea dispatched some three thousand additional soldiers to Russia", False),
        ("troops", "north_korea", 11000, None, "about", NIS + ["Yonhap"],
         "the roughly 11,000 soldiers North Korea sent last autumn", False),
        ("casualties", "north_korea", 200, None, "about",
         ["Special Operations Forces", "SSO", "Ukraine"],
         "its soldiers had killed or wounded about 200 North Korean troops in two days of fighting", False),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["lawmakers"],
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia against Ukraine", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["lawmakers"],
         "including some 600 deaths", False),
        ("troops", "north_korea", 15000, None, "about", NIS + ["lawmakers"],
         "North Korea is believed to have dispatched around 15,000 troops to Russia", False),
    ],
    "010": [
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "An estimated 11,000 North Korean soldiers were sent to the region last year", False),
        ("killed", "north_korea", 600, None, "about", ["South Korean intelligence"] + NIS,
         "South Korean intelligence estimates that around 600 North Koreans died in the fighting", False),
    ],
    "011": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["lawmakers"],
         "the agency now believes about 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("troops", "north_korea", 1000, None, "about", NIS,
         "roughly 1,000 deminers have already arrived in Kursk", False),
    ],
    "012": [
        ("troops", "north_korea", 11000, None, "about",
         ["South Korean and Western intelligence agencies", "South Korea", "Western intelligence"],
         "Some eleven thousand soldiers made the first trip", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "A second wave of roughly 3,000 followed in January and February 2025", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "Seoul's latest figure, given to lawmakers in September, is about 2,000 killed", False),
        ("casualties", "north_korea", 6000, None, "about", HUR,
         "North Korean losses in Kursk, dead and wounded together, came to roughly 6,000", False),
    ],
}

NOT = {
    "000": ["11th Army Corps", "four Russian amphibious ships and three escort vessels", "Oct. 8",
            "exports up 7.5 pct", "KOSPI closes at 2,593.91", "3.25 pct"],
    "001": ["122mm howitzer", "Koksan 170mm self-propelled guns", "240mm multiple rocket launchers",
            "more than 13,000 containers of munitions", "$425 million package",
            "155mm shell production", "96 Apache attack helicopters"],
    "002": ["First sealift: Oct. 8-13", "roughly 7,000 km", "170mm self-propelled guns",
            "240mm multiple rocket launchers", "Won falls to 1,450 against dollar", "1.2 million copies",
            "8 centimeters"],
    "004": ["destroyed 42 Ukrainian drones", "28 Shahed-type drones", "15 were shot down",
            "about 7,000 households", "3m people set off by car"],
    "007": ["born in 2005", "The other, 26"],
    "008": ["around 10 kilometers from the border", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
            "Russian strikes on Kharkiv injure 14", "Russia has lost 868,000 troops since Feb. 24, 2022", "$5 a month"],
    "009": ["Article 4", "20 trillion won", "about $14 billion", "36,045.38"],
    "010": ["1,000 sappers", "5,000 military construction workers", "6,000 Deminers and Military Builders",
            "up to 30 kilometers from the border", "USD 78.45"],
    "011": ["several thousand military builders are expected to follow them", "03:00 ET",
            "more than three times the agency's estimate back in April"],
    "012": ["1,000 deminers and 5,000 military builders", "June 19, 2024", "North Korea's 12K"],
}

OFF = ["003", "006", "013", "014"]
DUP = {"005": "001"}

TOTALS = ["001-2", "002-4", "007-4", "008-2", "009-3", "010-2", "012-1"]
may = []
for t in ["001-1"] + TOTALS:
    may.append(["000-1", t, "first sealift of some 1,500 (Oct 18, 2024) against a later whole-deployment figure, weeks or months apart"])
for add in ["008-1", "012-2"]:
    for t in ["000-1", "001-1"] + TOTALS:
        may.append([add, t, "an additional wave of about 3,000 against a whole or earlier deployment figure"])
for t in ["001-2", "002-4", "007-4", "008-2", "010-2", "012-1"]:
    may.append(["009-3", t, "15,000 in total by April 2025 (reinforcements included) against the first wave of about 11,000 (or 11,000-12,000), months apart"])
may += [
    ["002-2", "007-2", "around 1,000 wounded (Dec 19) rising to 2,700 (Jan 13): a cumulative figure, weeks apart"],
    ["002-3", "009-1", "about 1,100 casualties (Dec 2024) against 4,700 (Apr 2025): a cumulative figure, months apart"],
    ["004-2", "009-1", "about 1,100 casualties (Dec 2024) against 4,700 (Apr 2025): a cumulative figure, months apart"],
    ["002-3", "012-4", "about 1,100 casualties (Dec 2024) against roughly 6,000 (Nov 2025), a year apart"],
    ["004-2", "012-4", "about 1,100 casualties (Dec 2024) against roughly 6,000 (Nov 2025), a year apart"],
    ["009-1", "012-4", "4,700 casualties (NIS, Apr) against roughly 6,000 (HUR, Nov), months apart"],
    ["007-1", "009-2", "about 300 killed (Jan) against some 600 (Apr): a cumulative figure, months apart"],
    ["007-1", "010-1", "about 300 killed (Jan) against around 600 (Jun), months apart"],
    ["007-1", "011-1", "about 300 killed (Jan) against about 2,000 (Sep), months apart"],
    ["007-1", "012-3", "about 300 killed (Jan) against about 2,000 (Dec article, Sep figure), months apart"],
    ["009-2", "011-1", "some 600 killed (Apr) against about 2,000 (Sep): the NIS's own later update, months apart"],
    ["009-2", "012-3", "some 600 killed (Apr) against about 2,000 (Sep figure), months apart"],
    ["010-1", "011-1", "around 600 killed (Jun) against about 2,000 (Sep), months apart"],
    ["010-1", "012-3", "around 600 killed (Jun) against about 2,000 (Dec article), months apart"],
]

conflicts = {
    "must": [
        ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), the same day in one live blog"],
        ["002-3", "004-1", "about 1,100 casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
