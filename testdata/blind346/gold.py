#!/usr/bin/env python3
"""Gold labels for testdata/blind346 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind346: fifteen articles written in our own words about the real "
         "story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korean intelligence", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Ukrainian President"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "is sending some 12,000 troops, including special forces, to Russia", False),
        ("troops", NK, 1500, None, "about", NIS,
         "the North moved about 1,500 special operations troops to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in the Kursk region", False),
        ("troops", RU, 50000, None, "about", ZEL,
         "Moscow has pulled together roughly 50,000 of its own soldiers", False),
        ("troops", NK, 200, 900, "vague", ["Kyrylo Budanov", "Budanov", "HUR", "Ukrainian military intelligence", "Ukraine"],
         "several hundred North Korean officers had been flown in", True),
    ],
    "002": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops fighting for Russia have suffered roughly 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "about 1,000 wounded", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Killed and wounded among the North Korean soldiers Moscow has thrown into the Kursk region have passed the 3,000 mark", False),
        ("killed", NK, 50, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "its units killed 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 47 more", False),
        ("casualties", RU, 38000, None, "about", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "Russia's losses in the Kursk operation since August had reached about 38,000 killed and wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "US"],
         'North Korea had suffered "several hundred" casualties', True),
    ],
    "004": [
        ("killed", NK, 300, None, "about", NIS,
         "around 300 North Korean soldiers deployed to Russia have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "about 2,700 others have been wounded", False),
        ("killed", NK, 1000, None, "more_than", ["Ukrainian military intelligence", "Ukraine", "Kyiv", "NHK"],
         "more than 1,000 North Korean soldiers had been killed", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "Ukraine captured two North Korean soldiers in the Kursk region", False),
    ],
    "005": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has sent an additional 3,000 or so troops to Russia since January", False),
        ("killed", NK, 200, 900, "vague", ["Ukrainian officials", "Ukraine"],
         "with hundreds killed in drone strikes", True),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "about 4,700 North Korean casualties", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "including some 600 dead", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "Of the roughly 15,000 troops Pyongyang has dispatched since October", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Two soldiers held by Ukraine", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the enemy lost more than 76,000 servicemen", False),
        ("troops", UA, 12000, None, "up_to", ["Russian Defense Ministry", "Defense Ministry", "Russia"],
         "the Ukrainian grouping that crossed the border in August 2024 comprised up to 12,000 troops", False),
    ],
    "011": [
        ("troops", NK, 10000, None, "more_than", ["unattributed"],
         "Pyongyang sent more than 10,000 soldiers to Russia last year", False),
        ("killed", NK, 600, None, "about", ["Seoul", "South Korea"],
         "Seoul says around 600 of them have been killed", False),
    ],
    "013": [
        ("troops", NK, 15000, None, "about", NIS,
         "about 15,000 troops have been sent in all", False),
        ("troops", NK, 11000, 12000, "range", NIS,
         "a first wave of between 11,000 and 12,000", False),
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had been killed", False),
        ("killed", NK, 600, None, "about", NIS,
         "roughly 600 in its spring assessment", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Ukraine captured two North Korean soldiers in January 2025", False),
    ],
}

NOT = {
    "000": ["more than 13,000 containers", "four Russian landing ships and three escort vessels",
            "between Oct. 8 and 13", "since 1990", "2,593.37", "10 days after vow", "21 C"],
    "001": ["Russian attacks kill 4, injure 27 over past day", "killed four civilians and injured 27 others",
            "31 combat clashes", "14 air strikes", "21 guided bombs", "over 1,000 square kilometers",
            "about 260 kilometers", "$5 a month", "100 days on"],
    "002": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "four days after", "3 things to know", "1,450 per dollar", "minus 11 degrees"],
    "003": ["Total shares: 1,204", "three days of fighting", "Russia Launched 48 Drones Overnight",
            "2 North Korean Soldiers Died Rather Than Surrender", "12 Tons of Contraband Amber", "since 1995"],
    "004": ["born in 2005", "since 2021", "26 years old", "Watch video 1:52",
            "Ukraine says it captured 2 North Korean soldiers (Jan 12)", "157 against dollar",
            "below 700,000", "36.8 million foreign visitors"],
    "005": ["240mm multiple rocket launchers", "2:10 PM GMT+9", "Updated 3 hours ago"],
    "008": ["two days after", "The 11th Corps came home as heroes", "narrows to 2 after primaries",
            "up 7 times since 2023"],
    "009": ["over 7,700 pieces of weapons and military equipment", "417 tanks", "354 infantry fighting vehicles",
            "1,329 armored combat vehicles", "Over 50 drones downed"],
    "011": ["1,000 sappers and 5,000 military construction workers", "a thousand sappers",
            "five thousand military builders", "6,000 deminers and military builders",
            "swap 1,200 bodies", "day 5", "June 2024"],
    "013": ["1,000 sappers and 5,000 military builders", "11th Army Corps",
            "7 killed in Russian strike on Zaporizhzhia", "1 year since", "100 days"],
}

OFF = ["006", "007", "010", "012"]
DUP = {"014": "005"}

conflicts = {
    "must": [
        ["002-1", "003-1", "roughly 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky's post the same evening, reported Dec 27)"],
        ["004-1", "004-3", "about 300 killed (South Korea's NIS) against more than 1,000 killed (Ukrainian military intelligence), same article, same day"],
    ],
    "may": [
        ["000-1", "001-1", "some 12,000 being sent (NIS, Oct 18) against 11,000 in Kursk (Zelensky, Nov 12), weeks apart"],
        ["000-1", "005-1", "12,000 in all against an additional 3,000 four months later"],
        ["000-2", "005-1", "a first batch of 1,500 against a later batch of 3,000: two different parts"],
        ["001-1", "005-1", "11,000 against an additional 3,000"],
        ["001-1", "008-3", "11,000 (Zelensky, Nov 2024) against about 15,000 sent in all (NIS, Apr 2025), months apart"],
        ["001-1", "013-1", "11,000 (Zelensky, Nov 2024) against about 15,000 in all (NIS, Dec 2025), a year apart"],
        ["005-1", "008-3", "an additional 3,000 against 15,000 in all"],
        ["005-1", "011-1", "an additional 3,000 against more than 10,000 sent last year"],
        ["005-1", "013-1", "an additional 3,000 against 15,000 in all"],
        ["005-1", "013-2", "an additional 3,000 against a first wave of 11,000-12,000"],
        ["004-3", "008-2", "more than 1,000 killed (Ukrainian intelligence, Jan) against about 600 (NIS, Apr), months apart"],
        ["004-3", "011-2", "more than 1,000 killed (Ukrainian intelligence, Jan) against about 600 (Seoul, Jun), months apart"],
        ["004-3", "013-4", "more than 1,000 killed (Ukrainian intelligence, Jan) against roughly 600 in the NIS's spring assessment, months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
