#!/usr/bin/env python3
"""Gold labels for blind327 (see ../corpus/README.md). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS_PARK = ["National Intelligence Service", "NIS", "Park Sun-won", "South Korea"]
NIS_LEE = ["National Intelligence Service", "NIS", "Lee Seong-kweun", "South Korea"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Zelenskyy", "Ukraine"]
UNATTR = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS_PARK,
         "North Korea has moved around 3,000 soldiers to Russia", False),
        ("troops", NK, 1500, None, "exact", NIS_PARK,
         "On top of the 1,500 that moved first", False),
        ("troops", NK, 1500, None, "about", NIS_PARK,
         "roughly another 1,500 have been transported", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about",
         ["Antony Blinken", "Blinken", "State Department", "United States", "U.S."],
         "about 8,000 North Korean soldiers have now moved into Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about",
         ["Pentagon", "Defense Department", "United States", "U.S."],
         "Roughly 10,000 North Korean troops have been sent to eastern Russia for training", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean troops in the Kursk region", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"],
         "appear to have sustained around 1,100 casualties, including killed and wounded", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "some 1,000 others wounded", False),
        ("troops", NK, 11000, 12000, "range", ["Seoul", "South Korea", "Joint Chiefs of Staff", "JCS"],
         "11,000 to 12,000 North Korean soldiers have been sent to Russia in all", False),
        ("casualties", NK, 20, 99, "vague",
         ["Ukraine's military intelligence agency", "military intelligence", "HUR", "Ukraine"],
         "dozens of them had been killed or wounded in a single day", True),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi", "Oleksandr Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", NK, 11000, None, "about",
         ["Ukrainian, South Korean and U.S. estimates", "Ukraine", "South Korea", "United States", "U.S."],
         "North Korea has deployed around 11,000 troops to Russia", False),
        ("killed", NK, 21, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "their fighters had killed 21 North Korean soldiers", False),
        ("wounded", NK, 3, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded three others in one engagement", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "about", NIS_LEE + ["spy agency"],
         "North Korea's losses in the war in Ukraine have climbed to roughly 3,000", False),
        ("killed", NK, 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact",
         ["National Intelligence Service", "NIS", "Zelensky", "Volodymyr Zelensky", "Ukraine", "South Korea"],
         "Ukraine had captured two North Korean soldiers on Jan. 9", False),
        ("killed", NK, 1000, None, "more_than",
         ["Ukraine's military intelligence agency", "military intelligence", "HUR", "Ukraine", "Kyiv"],
         "more than 1,000 North Korean soldiers had been killed in the Kursk region since the middle of December", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff",
          "Russian Defense Ministry", "Russia"],
         "Ukrainian losses during the operation in the Kursk region amounted to more than 76,000 servicemen killed and wounded", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS_LEE + ["spy agency"],
         "North Korea has suffered about 4,700 casualties fighting alongside Russian troops against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS_LEE + ["spy agency"],
         "including around 600 deaths", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "some 15,000 North Korean troops have been dispatched to Russia so far", False),
        ("troops", NK, 3000, None, "about", NIS_LEE,
         "roughly 3,000 reinforcements who arrived in January and February", False),
    ],
    "012": [
        ("troops", NK, 2000, 9999, "vague", UNATTR,
         "thousands of its soldiers fought alongside Russian forces against the Ukrainian incursion", True),
        ("troops", NK, 15000, None, "about", UNATTR,
         "North Korea is believed to have sent roughly fifteen thousand soldiers to Russia in two waves", False),
        ("killed", NK, 600, None, "about", ["South Korean intelligence", "South Korea", "NIS"],
         "about 600 were killed", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about",
         ["South Korea's intelligence service", "National Intelligence Service", "NIS", "South Korea"],
         "around 2,000 North Korean soldiers have died fighting for Russia", False),
        ("killed", NK, 600, None, "exact", ["National Intelligence Service", "NIS", "South Korea"],
         "the 600 deaths the agency reported at the end of April", False),
        ("casualties", NK, 6000, None, "more_than",
         ["Britain's Defence Intelligence", "Defence Intelligence", "Ministry of Defence", "Britain", "UK",
          "United Kingdom"],
         "North Korean forces had sustained more than 6,000 casualties since arriving in Kursk", False),
        ("troops", NK, 15000, None, "about", ["South Korean estimates", "South Korea"],
         "Around 15,000, in two waves, according to South Korean estimates", False),
        ("troops", NK, 2000, 9000, "vague", ["National Intelligence Service", "NIS", "South Korea"],
         "Several thousand are believed to remain in the Kursk region", True),
        ("captured", NK, 2, None, "exact", UNATTR,
         "Two North Korean soldiers captured by Ukraine in January remain in Ukrainian custody", False),
    ],
}

NOT = {
    "000": ["around 10,000 personnel by December", "about 10,000 by December", "several hundred people",
            "about 100 basic Russian military commands", "in their early 20s",
            "Why Pyongyang would send 12K troops to a war 6,500 km away", "7 in 10 South Koreans",
            "falls to 19%", "30th consecutive week", "150 won"],
    "002": ["Pyongyang could send thousands more", "155mm artillery shells", "a range of about 190 miles",
            "4 terabytes", "more than 1,000 counter-drone interceptors by 2026", "more than 2,400 aircraft",
            "hundreds of millions of dollars", "Nov. 13 at 9 a.m. ET"],
    "003": ["North Korea could eventually send up to 15,000 men", "held back 42 assaults",
            "more than 900 guided aerial bombs", "about 30 missiles", "51 individuals and companies",
            "HUR: Over 7,000 North Korean Troops Moved Toward Ukraine Border", "Join 3,000+ members"],
    "004": ["240-mm multiple rocket launchers", "170-mm self-propelled guns",
            "NIS: 100 N. Korean soldiers killed in Russia", "61.2 trillion won", "a drone corps of 5,000 operators",
            "$1.3 billion", "up to 10 cm", "KOSPI 2,442.01"],
    "006": ["three Iskander-M ballistic missiles", "30 Shahed-type attack drones", "18 drones were shot down",
            "$1.1 billion", "30 new models of domestically produced drones", "more than 400 models",
            "What 11,000 North Korean troops mean for the fight in Kursk", "1 comment"],
    "007": ["born in 2005", "born in 1999", "Seoul to question 2 captured North Koreans", "12 weekly flights",
            "more than 24,000 subscribers"],
    "009": ["over 7,000 units of weapons and military equipment", "more than 400 tanks", "August 6, 2024",
            "over 1,500 Ukrainian servicemen eliminated in special operation zone in past day"],
    "011": ["170mm self-propelled guns", "240mm multiple rocket launchers", "June 2024"],
    "012": ["1,000 military sappers", "5,000 military construction workers", "North Korea to send 6,000 more to Kursk",
            "thousands of residents still cannot go home", "three times in a year", "donate EUR5 a month"],
    "014": ["1,000 deminers and 5,000 military builders", "more than three times",
            "Russia lost 1,000 soldiers a day in August", "80th anniversary parade", "19th sanctions package",
            "worst in 30 years"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"008": "011"}

must = [
    ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in the Kursk "
                       "region (Zelensky, Nov 4), four days apart"],
    ["004-1", "006-1", "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed and wounded "
                       "(Zelensky), the same day"],
    ["007-2", "007-5", "about 300 killed (NIS) against more than 1,000 killed (Ukraine's HUR) over the same weeks, "
                       "in one article"],
]

# Whole-force troop counts. Pairs with different values are a build-up over weeks or months, or a total
# that includes the 2025 reinforcements: defensible either way. Equal or compatible values are no conflict;
# parts (000-2, 000-3, 002-1 within 002-2, 011-4 within 011-3) are no conflict.
whole = {"000-1": 3000, "002-1": 8000, "002-2": 10000, "003-1": 11000, "004-4": (11000, 12000),
         "006-2": 11000, "011-3": 15000, "012-2": 15000, "014-4": 15000}

def compatible(a, b):
    lo_a, hi_a = a if isinstance(a, tuple) else (a, a)
    lo_b, hi_b = b if isinstance(b, tuple) else (b, b)
    return lo_a <= hi_b and lo_b <= hi_a

may = []
ids = list(whole)
skip = {("002-1", "002-2"), ("002-1", "003-1")}
for i, a in enumerate(ids):
    for b in ids[i + 1:]:
        if (a, b) in skip or compatible(whole[a], whole[b]):
            continue
        may.append([a, b, "troop counts %s vs %s: a deployment growing over weeks or months, or a total "
                          "including later reinforcements" % (a, b)])
for b in ["002-1", "002-2", "003-1", "004-4", "006-2", "012-2", "014-4"]:
    may.append(["011-4", b, "an additional 3,000 reinforcements against a whole-force count"])

may += [
    ["006-1", "007-1", "more than 3,000 casualties (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13): "
                       "the bound is about met, three weeks later"],
    ["004-1", "011-1", "1,100 casualties in December against 4,700 in April: months apart"],
    ["007-1", "011-1", "3,000 casualties in January against 4,700 in April: months apart"],
    ["004-1", "014-3", "1,100 casualties in December against more than 6,000 in August: months apart"],
    ["007-1", "014-3", "3,000 casualties in January against more than 6,000 in August: months apart"],
    ["011-1", "014-3", "4,700 casualties in April against more than 6,000 in August: months apart"],
    ["007-2", "011-2", "300 killed in January against 600 in April: months apart"],
    ["007-2", "012-3", "300 killed in January against 600 reported in April: months apart"],
    ["007-2", "014-2", "300 killed in January against 600 reported in April: months apart"],
    ["007-2", "014-1", "300 killed in January against 2,000 in September: months apart"],
    ["007-5", "011-2", "more than 1,000 killed (HUR, January) against 600 (NIS, April): months apart"],
    ["007-5", "012-3", "more than 1,000 killed (HUR, January) against 600 (NIS, April): months apart"],
    ["007-5", "014-2", "more than 1,000 killed (HUR, January) against 600 (NIS, April): months apart"],
    ["011-2", "014-1", "600 killed in April against 2,000 in September: a later rise, months apart"],
    ["012-3", "014-1", "600 killed in April against 2,000 in September: a later rise, months apart"],
    ["014-2", "014-1", "600 killed in April against 2,000 in September, in one article: a later rise"],
]

about = ("Gold labels for blind327 (articles written for crosscheck in our own words, labelled blind). "
         "See ../corpus/README.md for the meaning of every field.")
goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
