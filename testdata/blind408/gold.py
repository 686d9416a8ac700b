#!/usr/bin/env python3
"""Gold labels for testdata/blind408 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "Lee Seong-kweun", "South Korea"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
BLINKEN = ["Antony Blinken", "Blinken", "United States", "U.S.", "US", "Washington"]
ZELENSKY = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

about = ("Gold labels for testdata/blind408: 15 articles written for crosscheck in our own words, labelled "
         "blind. Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

A = {
    "000": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers have been moved into Russia's Kursk region near the Ukrainian border", False),
        ("troops", NK, 10000, None, "about", BLINKEN,
         "Pyongyang had sent roughly 10,000 troops to Russia in total", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZELENSKY,
         "Eleven thousand North Korean soldiers are already in Russia's Kursk region", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops deployed to Russia have suffered about 1,100 casualties in combat against Ukrainian forces", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "about 1,000 others wounded", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZELENSKY + ["Syrskyi"],
         "more than 3,000 North Korean soldiers killed or wounded", False),
        ("casualties", RU, 38000, None, "about", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "Russia had lost about 38,000 troops killed and wounded in Kursk Oblast", False),
        ("killed", NK, 24, 99, "vague", ["Special Operations Forces", "Ukraine"],
         "their units had killed dozens of North Korean soldiers", True),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS,
         "about three hundred North Korean soldiers have been killed in the Kursk region", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "roughly two thousand seven hundred have been wounded", False),
        ("captured", NK, 2, None, "exact", ZELENSKY + ["National Intelligence Service", "NIS"],
         "Ukrainian forces had captured two North Korean soldiers alive in Kursk", False),
    ],
    "006": [
        ("troops", NK, 11000, 12000, "range",
         ["Western, Ukrainian and South Korean officials", "Western", "Ukrainian", "South Korean", "officials"],
         "put the North Korean contingent at between 11,000 and 12,000 soldiers", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "puts North Korean casualties at around 3,000", False),
        ("casualties", NK, 4000, None, "at_least",
         ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine", "DW"],
         "at least 4,000 North Korean soldiers had been killed or wounded by mid-January", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Kyiv"],
         "it had captured two wounded North Korean soldiers", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea dispatched some 3,000 additional troops to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the roughly 11,000 soldiers the North sent last year", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "about 4,700 have been killed or wounded", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the enemy lost more than 76,000 servicemen in the Kursk Region", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korea has suffered about 4,700 casualties among the troops it sent to help Russia retake the Kursk region", False),
        ("killed", NK, 600, None, "about", NIS,
         "including around 600 deaths", False),
        ("troops", NK, 2000, 9999, "vague", NIS,
         "several thousand North Korean soldiers remain in the area", True),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("troops", NK, 10000, 12000, "range", ["unattributed"],
         "Pyongyang sent between 10,000 and 12,000 troops in the autumn of 2024", False),
    ],
}

NOT = {
    "000": ["the total could eventually rise to up to 12,000", "about 86 minutes",
            "an altitude of over 7,000 kilometers", "1st since December last year", "2nd summit"],
    "001": ["Enemy losses in Ukraine reach 697,690 troops", "over 900 guided aerial bombs", "23 October",
            "4 November"],
    "003": ["more than 20,000 containers of munitions", "rises 4.3 pct in November", "3 tln won",
            "paras 4-6"],
    "004": ["injuring 6", "Join over 20,000 members", "2 min read", "Dec. 21"],
    "005": ["One of them is 20 years old, the other 26", "[04:12:30]", "Aired 4-5a ET"],
    "006": ["an estimated 1.2 million active-duty personnel", "groups of 20 to 30", "around $2,000 a month",
            "3 billion euros", "June 2024", "January 11"],
    "008": ["about 220 artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers"],
    "009": ["over 7,700 pieces of weaponry and military equipment", "420 tanks", "Article 4",
            "81.9 per US dollar", "April 26"],
    "010": ["Kim Jong Un, 41", "more than 12 million 152mm artillery shells", "18 months of war",
            "1.2 trillion won"],
    "013": ["1,000 deminers", "5,000 military builders", "502 drones and decoys and 24 missiles",
            "430 drones and 21 missiles", "26 countries"],
}

OFF = ["002", "007", "012", "014"]
DUP = {"011": "008"}

ADDITIONAL = "an additional force (3,000 reinforcements) against a total"
conflicts = {
    "must": [
        ["000-1", "001-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
                           "(Zelensky, Nov 4 address), four days apart"],
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, Dec 19) against more than 3,000 killed "
                           "and wounded (Zelensky, Dec 23), four days apart"],
        ["006-2", "006-3", "around 3,000 casualties (South Korea's NIS) against at least 4,000 (Ukraine's HUR), "
                           "in the same explainer"],
    ],
    "may": [
        ["000-2", "001-1", "about 10,000 in Russia in total (Blinken) against 11,000 in Kursk (Zelensky): close "
                           "values, and the whole country against one region"],
        ["000-1", "006-1", "8,000 in Kursk in October against 11,000-12,000 in January, months apart"],
        ["000-2", "006-1", "about 10,000 in October against 11,000-12,000 in January, months apart"],
        ["000-1", "008-2", "8,000 in Kursk in October against roughly 11,000 sent last year, months apart"],
        ["000-2", "008-2", "about 10,000 in October against roughly 11,000 sent last year, months apart"],
        ["000-1", "013-2", "8,000 in Kursk in October 2024 against 10,000-12,000, ten months apart"],
        ["000-1", "008-1", ADDITIONAL],
        ["000-2", "008-1", ADDITIONAL],
        ["001-1", "008-1", ADDITIONAL],
        ["006-1", "008-1", ADDITIONAL],
        ["008-1", "008-2", ADDITIONAL + ", in the same article"],
        ["008-1", "013-2", ADDITIONAL],
        ["003-1", "006-2", "1,100 (JCS, Dec 19) against around 3,000 (NIS, Jan 15): a cumulative rise four weeks "
                           "later, from another South Korean agency"],
        ["003-1", "006-3", "1,100 (JCS, Dec 19) against at least 4,000 (HUR, Jan 15), four weeks apart"],
        ["003-1", "008-3", "1,100 in December against about 4,700 in March, months apart"],
        ["003-1", "010-1", "1,100 in December against about 4,700 in April, months apart"],
        ["004-1", "006-2", "more than 3,000 (Zelensky, Dec 23) against around 3,000 (NIS, Jan 15): borderline"],
        ["006-2", "008-3", "around 3,000 in January against about 4,700 in March, months apart"],
        ["006-2", "010-1", "around 3,000 in January against about 4,700 in April (both NIS), months apart"],
        ["005-1", "010-2", "about 300 killed in January against around 600 in April (both NIS), months apart"],
        ["005-1", "013-1", "about 300 killed in January against around 2,000 in September (both NIS)"],
        ["010-2", "013-1", "around 600 killed in April against around 2,000 in September (both NIS)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
