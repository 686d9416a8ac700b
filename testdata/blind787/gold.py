#!/usr/bin/env python3
"""Gold labels for testdata/blind787 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind787/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Zelenskiy", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukrainian intelligence", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "United States", "U.S.", "US"]
PENTAGON = ["Pentagon", "Pentagon official", "Department of Defense", "United States", "U.S.", "US"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "carrying a first group of about 1,500 special operations troops", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Singh"] + PENTAGON,
         "the DPRK has sent around 10,000 soldiers in total to train in eastern Russia", False),
        # the figure of the week before, quoted as the base of the rise
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "U.S.", "US"],
         "the figure of at least 3,000 that John Kirby gave you", False),
    ],
    "002": [
        # Kursk only: a part of the whole contingent in Russia
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers have moved into Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", ["U.S. officials", "US officials"] + BLINKEN,
         "U.S. officials believe Pyongyang has sent about 10,000 troops to Russia altogether", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are now 11,000 North Korean soldiers in Russia's Kursk region", False),
    ],
    "005": [
        ("troops", NK, 1500, None, "exact", NIS,
         "a first group of 1,500 special forces in the Russian Far East", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "at around 8,000", False),
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukraine's military intelligence"],
         "Eleven thousand North Korean soldiers are in the Kursk region now", False),
        ("troops", RU, 50000, None, "about", ["US officials", "U.S. officials", "The New York Times", "United States", "US"],
         "Russia has massed about 50,000 troops", False),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "About 1,100 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS + LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + LEE,
         "nearly 1,000 wounded", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("troops", NK, 11000, 12000, "range", ["Kyiv and Western officials", "Western officials", "Kyiv", "Ukraine"],
         "North Korea has sent 11,000 to 12,000 troops to Russia", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "put North Korean casualties at about 1,100", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         "North Korean troops had suffered several hundred casualties", True),
        # three villages over two days: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR + ["Ukraine's military intelligence agency"],
         "at least 30 North Korean soldiers were killed or wounded", False),
    ],
    "010": [
        ("killed", NK, 300, None, "about", NIS + LEE,
         "About 300 have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + LEE,
         "some 2,700 wounded", False),
        # last month's figure, quoted as the base of the rise
        ("killed", NK, 100, None, "at_least", NIS,
         "the spy agency counted at least 100 North Korean dead", False),
        ("captured", NK, 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "two wounded North Korean soldiers had been captured by Ukrainian forces", False),
        ("troops", NK, 11000, None, "about", U,
         "North Korea is believed to have sent roughly 11,000 soldiers to the Kursk region", False),
    ],
    "012": [
        ("casualties", NK, 4000, None, "more_than", HUR,
         "North Korean losses had topped 4,000 killed and wounded", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "the North had sent roughly 3,000 more soldiers to Russia", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "put the North's total losses at around 4,700", False),
    ],
    "014": [
        ("troops", NK, 10000, None, "about", NIS,
         "North Korea still has about 10,000 soldiers stationed in Russian border areas", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in Russia", False),
        # April's figures, quoted as the base of the rise
        ("casualties", NK, 4700, None, "about", NIS,
         "the agency counted some 4,700 North Korean casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "about 600 of them fatal", False),
    ],
}

NOT = {
    "000": ["KOSPI 2,593.48", "KOSDAQ 748.33", "USD/KRW 1,368.20", "Reading time 4 min",
            "as many as 12,000 soldiers altogether", "about 10 senior officials", "about 1.2 million troops",
            "Kim Jong Un, 40", "Oct. 16", "12,000 residents still away from hospitals",
            "Russia's confirmed war dead pass 70,000", "$1.3 billion", "4,700 passengers", "2.9%"],
    "001": ["56th Security Consultative Meeting", "up to 100,000", "300-kilometer missiles",
            "more than 40,000 U.S. forces", "$425 million", "2:01 p.m. EDT"],
    "002": ["4:40 PM EDT", "56th Security Consultative Meeting", "Russia lost 1,400 soldiers in a single day",
            "\"thousands more\" North Koreans", "500-kilogram glide bombs"],
    "004": ["Views: 4,317", "Russian army losses in Ukraine: 1,220 soldiers in past day",
            "96 drones overnight, 62 shot down", "05.11.2024 09:45"],
    "005": ["some 12,000 in all", "several thousand soldiers apart", "1.2 million-strong army", "1950-53",
            "30,000 square kilometres", "Comments (27)", "6 min read"],
    "007": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "paras 4-6",
            "N. Korea's troop deaths in Russia estimated at 100: NIS", "aged 65 or older tops 10 million",
            "16 Cabinet members"],
    "008": ["1:05 PM GMT+1", "3 minute read", "42 Ukrainian drones overnight"],
    "009": ["nearly three times the South Korean one", "80 drones overnight", "41 of the drones", "36 more",
            "between 14 and 15 December", "On 16 December", "2.6 million passengers", "Man, 34", "(2:14)"],
    "010": ["KOSPI 2,490.12", "USD/KRW 1,471.90", "born in 2005", "aged 26",
            "Seoul puts North's Kursk casualties at 1.1K", "hire 1,100 new staff", "top 450,000"],
    "012": ["Episode 118", "47 min", "02:45", "14:10", "27:30", "39:55", "20% off",
            "more than 25,000 listeners"],
    "014": ["1,000 sappers", "5,000 military builders", "more than tripled", "roughly 1,300 square kilometers",
            "1.2 million strong on paper", "Comments 214", "8 min read", "5,000 civilian jobs",
            "2,300 travelers"],
}

OFF = ["003", "006", "011"]
DUP = {"013": "008"}

FIRST = "the NIS's first group of 1,500 special forces against a later or larger total"
PART = "Kursk only (a part) against the whole contingent in Russia"
ADD = "an additional force (3,000 reinforcements) against a total"
YEAR = "2024 figure against the about 10,000 remaining near the border in late 2025, a year apart"
RISE = "a rising total: figures weeks or months apart"
REST = "a later restatement of a pair already told"
BATTLE = "at least 30 hit near three villages in two days: a part against the whole"
VAGUE = "the Pentagon's several hundred (vague, 16 December) against a later figure"

may = []
# troops, North Korea
for a in ["000-1", "005-1"]:
    for b in ["001-2", "001-1", "002-1", "002-2", "004-1", "005-2", "005-3", "008-2", "010-5", "012-2", "014-1"]:
        may.append([a, b, FIRST])
for a in ["001-1", "002-2"]:
    for b in ["002-1", "005-2"]:
        may.append([a, b, PART + " (about 10,000 against about 8,000)"])
    for b in ["004-1", "005-3", "010-5"]:
        may.append([a, b, "about 10,000 in Russia against 11,000 in Kursk, days to weeks apart"])
    may.append([a, "008-2", "about 10,000 (October) against 11,000-12,000 (December), weeks apart"])
    may.append([a, "012-2", ADD])
may += [
    ["002-1", "005-3", REST + ": Blinken's about 8,000 against Zelensky's 11,000"],
    ["005-2", "004-1", REST + ": Blinken's about 8,000 against Zelensky's 11,000"],
    ["002-1", "010-5", "about 8,000 (31 October) against roughly 11,000 (January), months apart"],
    ["005-2", "010-5", "about 8,000 (31 October) against roughly 11,000 (January), months apart"],
    ["002-1", "008-2", "about 8,000 (31 October) against 11,000-12,000 (December), weeks apart"],
    ["005-2", "008-2", "about 8,000 (31 October) against 11,000-12,000 (December), weeks apart"],
]
for a in ["002-1", "005-2", "004-1", "005-3", "008-2", "010-5"]:
    may.append([a, "012-2", ADD])
    may.append([a, "014-1", YEAR])
for b in ["001-1", "002-1", "002-2", "004-1", "005-2", "005-3", "008-2", "010-5", "014-1"]:
    may.append(["001-2", b, "at least 3,000 (23 October) against a later, larger count: a bound the other satisfies, a rising total"])
may.append(["012-2", "014-1", "3,000 reinforcements against about 10,000 remaining, months apart"])
# casualties, North Korea
may += [
    ["007-1", "009-1", REST + ": JCS about 1,100 against Zelensky's more than 3,000"],
    ["008-1", "009-2", REST + ": Zelensky's more than 3,000 against JCS about 1,100"],
]
for b in ["007-1", "008-1", "009-1", "009-2", "012-1", "012-3", "014-3"]:
    may.append(["009-3", b, VAGUE])
for b in ["007-1", "008-1", "009-1", "009-2", "009-3", "012-1", "012-3", "014-3"]:
    may.append(["009-4", b, BATTLE])
for a in ["007-1", "009-2"]:
    for b in ["012-1", "012-3", "014-3"]:
        may.append([a, b, "about 1,100 (December) against a 2025 total, months apart: " + RISE])
for a in ["008-1", "009-1"]:
    for b in ["012-1", "012-3", "014-3"]:
        may.append([a, b, "more than 3,000 (December) against a 2025 total, months apart: " + RISE])
may += [
    ["012-1", "012-3", "more than 4,000 (HUR, February) against about 4,700 (JCS, late March): " + RISE],
    ["012-1", "014-3", "more than 4,000 (February) against about 4,700 (April): " + RISE],
]
# killed, North Korea
for a in ["007-2", "010-3"]:
    for b in ["010-1", "014-4", "014-2"]:
        may.append([a, b, "at least 100 (December) against a later death toll: " + RISE])
may += [
    ["010-1", "014-4", "about 300 (January) against about 600 (April): " + RISE],
    ["010-1", "014-2", "about 300 (January) against about 2,000 (September): " + RISE],
    ["014-4", "014-2", "about 600 (April) against about 2,000 (September), within one article: " + RISE],
]
# wounded, North Korea
may.append(["007-3", "010-2", "nearly 1,000 (December) against some 2,700 (January): " + RISE])

conflicts = {
    "must": [
        ["002-1", "004-1", "about 8,000 North Korean soldiers in Kursk (Blinken, 31 October) against 11,000 in Kursk (Zelensky, 4 November), four days apart"],
        ["005-2", "005-3", "within one explainer: Blinken's about 8,000 in Kursk against Zelensky's 11,000, less than a week apart, set against each other"],
        ["007-1", "008-1", "about 1,100 North Korean casualties (South Korea's JCS) against more than 3,000 killed and wounded (Zelensky), the same day"],
        ["009-2", "009-1", "within one live blog: JCS about 1,100 casualties against Zelensky's more than 3,000, the same day"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
