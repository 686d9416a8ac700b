#!/usr/bin/env python3
"""Gold labels for testdata/blind659 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind659: 15 articles written in our own words about the real story's known "
         "reporting (October 2024 - December 2025), labelled blind. See testdata/corpus/README.md for "
         "the meaning of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
HUR = ["HUR", "Defense Intelligence of Ukraine", "Ukraine's military intelligence", "military intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "shipping some 1,500 of the troops to the Russian Far East", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, 12000, "range", HUR,
         "between 11,000 and 12,000 North Korean soldiers are now in Russia", False),
        ("troops", "north_korea", 10000, None, "more_than", NIS + ["Seoul"],
         "more than 10,000 had been sent", False),
        ("troops", "north_korea", 8000, None, "up_to",
         ["Antony Blinken", "Blinken", "US Secretary of State", "United States", "US"],
         "as many as 8,000 of them had reached the Kursk region", False),
        ("troops", "north_korea", 500, None, "about", ["Ukrainian intelligence", "Ukraine"],
         "the contingent includes around 500 North Korean officers", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 11000, None, "about", ["Kyiv", "Ukraine"],
         "roughly eleven thousand North Korean troops were deployed to Kursk Oblast", False),
        ("casualties", "north_korea", 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "004": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "around 1,100 North Korean soldiers have been killed or wounded", False),
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers have died in combat", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "some 1,000 have been wounded", False),
        ("troops", "north_korea", 10000, None, "more_than", ["unattributed"],
         "More than 10,000 North Korean troops are believed to be in Russia", False),
    ],
    "005": [
        ("captured", "north_korea", 2, None, "exact",
         ["Volodymyr Zelenskiy", "Zelenskiy", "Zelensky", "Ukraine"],
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
        ("troops", "north_korea", 11000, None, "about",
         ["Ukrainian, South Korean and U.S. officials", "officials", "Ukraine", "South Korea", "United States", "U.S."],
         "North Korea has sent some 11,000 troops to help Russia", False),
    ],
    "007": [
        ("casualties", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "about 3,000 North Korean soldiers have been killed or wounded fighting for Russia in Kursk", False),
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "some 300 dead", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "2,700 injured", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Lee Seong-kweun"],
         "Ukraine was holding two North Korean prisoners", False),
        ("casualties", "north_korea", 4000, None, "more_than", ["Andriy Yusov", "Yusov"] + HUR,
         "North Korean losses already exceed 4,000 killed and wounded", False),
        ("killed", "north_korea", 200, 900, "vague", ["Andriy Yusov", "Yusov"] + HUR,
         "hundreds of North Korean dead", True),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "around 3,000 more soldiers to Russia in January and February", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "the roughly 11,000 it sent last year", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "North Korean casualties in the fighting so far at around 4,000 killed and wounded", False),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Park Sun-won"],
         "North Korea has lost roughly 4,700 soldiers killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["Park Sun-won"],
         "about six hundred of them dead", False),
        ("casualties", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
         "about 3,000 casualties the agency reported in January", False),
        ("killed", "north_korea", 300, None, "about", NIS + ["Park Sun-won"],
         "around 300 soldiers had been killed", False),
    ],
    "011": [],
    "013": [
        ("killed", "north_korea", 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "state media", "Kim Jong Un", "North Korea"],
         "nine of its members died during the mission", False),
        ("troops", "north_korea", 1000, None, "about", ["South Korean officials", "South Korea"],
         "numbered about 1,000 troops", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died in the Kursk campaign", False),
        ("troops", "north_korea", 5000, None, "about", NIS,
         "Some 5,000 military construction troops have been moving to Russia", False),
        ("troops", "north_korea", 2000, 9000, "vague", ["analysts"],
         "several thousand of them are already at work", True),
    ],
}

NOT = {
    "000": ["preparing to send 10,000 soldiers", "four Russian landing ships and three escort vessels",
            "between Oct. 8 and 13", "since 1990", "2 mln young people volunteered to join army",
            "won at 1,368.9 per dollar", "up 274 pct"],
    "001": ["about 100 kilometers from the North Korean border", "around $2,000 (€1,880) a month",
            "60-millimeter mortars", "30 to 50 kilometers behind the front line", "6.3% of GDP"],
    "003": ["122mm howitzer", "new monthly record of 45,720 troops", "90 kilometers from border",
            "Russia launches 78 drones overnight, 59 shot down", "on Dec. 14-15"],
    "004": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "more than 70 years after the 1950-53 Korean War", "2 new tactical drone models", "1 in 5 posts",
            "Comments (3)"],
    "005": ["born in 2005", "aged 26", "Oil prices jump 4% to four-month high", "Brent at $79.76",
            "yen firms to 157.2 per dollar"],
    "007": ["USD/UAH 42.15", "on Jan. 9 and 10", "Delivered 1.5 Million FPVs in 2024", "since 1995"],
    "008": ["some 220 units", "170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
            "Watch video 1:32", "average 5 kilograms tops 4,000 yen", "14 days to go",
            "1st time in 20 months"],
    "010": ["some $20 billion", "2 trillion won for counter-drone systems", "3 impeachment cases",
            "grow 3.7% in April", "45th anniversary"],
    "011": ["1,000 deminers", "5,000 military construction workers", "1,000 sappers", "5,000 military builders",
            "his third since March", "1,500 km of roads", "June 19, 2024"],
    "013": ["about 120 days", "fall 29% in November"],
}

OFF = ["002", "009", "012", "014"]
DUP = {"006": "005"}

conflicts = {
    "must": [
        ["003-1", "004-1", "more than 3,000 North Korean killed and wounded (Zelensky, Dec 23) against about 1,100 "
         "(South Korea's JCS, same day), reported four days apart"],
        ["007-1", "007-5", "about 3,000 casualties (NIS via Lee Seong-kweun) against more than 4,000 "
         "(HUR's Yusov) a day later, in the same article"],
    ],
    "may": [],
}

MAY = [
    # troops: an early first leg, weeks before the full count
    ("000-1", "001-1", "1,500 in the first leg (Oct 18) against 11,000-12,000 four weeks later"),
    ("000-1", "001-2", "1,500 in the first leg (Oct 18) against more than 10,000 four weeks later"),
    ("000-1", "003-2", "1,500 in October against about 11,000 two months later"),
    ("000-1", "004-4", "1,500 in October against more than 10,000 two months later"),
    ("000-1", "005-2", "1,500 in October against about 11,000 three months later"),
    ("000-1", "008-2", "1,500 in October against 11,000 sent last year, five months later"),
    ("001-3", "003-2", "as many as 8,000 in Kursk (Nov) against about 11,000 in Kursk (Dec), six weeks apart"),
    # troops: an additional force
    ("008-1", "008-2", "around 3,000 more against roughly 11,000 sent last year: an additional force"),
    ("008-1", "001-1", "an additional 3,000 against 11,000-12,000 months earlier"),
    ("008-1", "001-2", "an additional 3,000 against more than 10,000 months earlier"),
    ("008-1", "003-2", "an additional 3,000 against about 11,000 months earlier"),
    ("008-1", "004-4", "an additional 3,000 against more than 10,000 months earlier"),
    ("008-1", "005-2", "an additional 3,000 against about 11,000 two months earlier"),
    ("008-1", "000-1", "an additional 3,000 against a 1,500 first leg five months earlier"),
    # troops: later non-combat contingents, months after the combat force
    ("013-4", "008-1", "5,000 construction troops (autumn 2025) against 3,000 reinforcements (early 2025)"),
    ("013-4", "008-2", "5,000 construction troops against 11,000 sent in 2024"),
    ("013-4", "005-2", "5,000 construction troops against 11,000 a year earlier"),
    ("013-4", "003-2", "5,000 construction troops against 11,000 a year earlier"),
    ("013-4", "001-1", "5,000 construction troops against 11,000-12,000 a year earlier"),
    ("013-4", "001-2", "5,000 construction troops against more than 10,000 a year earlier"),
    ("013-4", "004-4", "5,000 construction troops against more than 10,000 a year earlier"),
    ("013-4", "000-1", "5,000 construction troops against a 1,500 first leg a year earlier"),
    ("013-4", "001-3", "5,000 construction troops against up to 8,000 in Kursk a year earlier"),
    ("013-2", "000-1", "1,000 engineers (2025) against 1,500 special forces (2024)"),
    ("013-2", "008-1", "1,000 engineers against 3,000 reinforcements months earlier"),
    # casualties: a cumulative figure rising over weeks and months
    ("007-1", "004-1", "about 3,000 (NIS, Jan 13) against about 1,100 (JCS, Dec 23), three weeks apart"),
    ("007-5", "004-1", "more than 4,000 (HUR, Jan 14) against about 1,100 (JCS, Dec 23), three weeks apart"),
    ("008-3", "004-1", "about 4,000 (Mar) against about 1,100 (Dec), months apart"),
    ("008-3", "007-1", "about 4,000 (Mar) against about 3,000 (Jan), months apart"),
    ("008-3", "007-5", "about 4,000 (JCS, Mar) against more than 4,000 (HUR, Jan)"),
    ("010-1", "004-1", "about 4,700 (Apr) against about 1,100 (Dec), months apart"),
    ("010-1", "007-1", "about 4,700 (Apr) against about 3,000 (Jan): the same agency's later estimate"),
    ("010-1", "008-3", "about 4,700 (NIS, Apr 30) against about 4,000 (JCS, Mar 27), a month apart"),
    ("010-3", "004-1", "the NIS January figure of 3,000 against 1,100 (JCS, Dec)"),
    ("010-3", "007-5", "the NIS January figure of 3,000, reported in April, against more than 4,000 (HUR, Jan)"),
    ("010-3", "008-3", "the NIS January figure of 3,000 against about 4,000 (JCS, Mar)"),
    # killed and wounded: cumulative rises
    ("007-2", "010-2", "about 300 killed (Jan) against about 600 (Apr): a later estimate"),
    ("007-2", "013-3", "about 300 killed (Jan) against about 2,000 (Sep)"),
    ("010-2", "013-3", "about 600 killed (Apr) against about 2,000 (Sep)"),
    ("010-4", "013-3", "about 300 killed (Jan, reported Apr) against about 2,000 (Sep)"),
    ("004-3", "007-3", "some 1,000 wounded (Dec 19) against 2,700 (Jan 13): a later estimate"),
]
conflicts["may"] = [list(m) for m in MAY]

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
