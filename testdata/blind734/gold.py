#!/usr/bin/env python3
"""Gold labels for testdata/blind734 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind734/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
PARK = ["Park Sun-won", "Rep. Park Sun-won"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military", "South Korea"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine's Defence Intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "About 1,500 North Korean special forces soldiers were carried from the port area around Chongjin to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "U.S."],
         "at least 3,000 North Korean soldiers were moved into eastern Russia in early to mid-October", False),
        # a second group: an additional force, part of the new total
        ("troops", NK, 1500, None, "about", PARK,
         "the North has sent about 1,500 more soldiers", False),
        ("troops", NK, 3000, None, "about", PARK,
         "That brings the total in Russia to around 3,000", False),
    ],
    "002": [
        # in Kursk only: a part of the force in Russia
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S."],
         "About 8,000 North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", ["Pentagon", "United States", "U.S."],
         "about 10,000 North Korean troops had been sent to eastern Russia for training", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "Ukraine's military intelligence has put the number in Russia at as many as 12,000", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in the Kursk region", False),
        ("captured", RU, 700, None, "more_than", ["General Staff of the Armed Forces of Ukraine", "General Staff", "Ukraine"],
         "Ukrainian forces have taken more than 700 Russian servicemen prisoner in the region", False),
    ],
    "004": [
        ("troops", RU, 50000, None, "about", ["U.S. and Ukrainian officials", "U.S. officials", "Ukrainian officials", "United States", "Ukraine"],
         "Russia has gathered a force of roughly 50,000 of its own soldiers", False),
        ("troops", NK, 10000, None, "more_than", ["Matthew Miller", "Miller", "State Department", "United States", "U.S."],
         "more than 10,000 North Korean soldiers have been sent to eastern Russia", False),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops deployed to Russia have suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", UA, 44000, None, "more_than", ["Russia's Defense Ministry", "Defense Ministry", "Russian Defense Ministry", "Russia"],
         "Ukraine has lost more than 44,000 troops in Kursk Oblast since August", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in Kursk had already passed 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "put the number of North Korean casualties at about 1,100", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "U.S."],
         'North Korean troops had suffered "several hundred" killed and wounded', True),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had been killed", False),
        # "nearly 1,000": an approximation just under the round number
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("troops", NK, 11000, 12000, "range", U,
         "Between 11,000 and 12,000 North Korean soldiers are believed to have been sent to Russia since October", False),
    ],
    "008": [
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers have died", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "roughly 2,700 have been wounded", False),
        ("casualties", NK, 3000, None, "more_than", LEE,
         "North Korea's combined losses have thus topped 3,000", False),
        ("captured", NK, 2, None, "exact", NIS + ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "two North Korean soldiers were captured by Ukrainian forces on Jan. 9", False),
    ],
    "010": [
        ("killed", NK, 1000, None, "more_than", ["Andrii Yusov", "Yusov"] + HUR,
         "The number of North Koreans killed has already exceeded a thousand", False),
        # one battle only: parts of the whole
        ("killed", NK, 23, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "their operators killed 23 North Korean soldiers", False),
        ("wounded", NK, 17, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 17 in a single battle", False),
        ("killed", NK, 300, None, "about", NIS + ["a lawmaker"],
         "about 300 North Korean soldiers had died in Kursk", False),
        ("wounded", NK, 2700, None, "about", NIS + ["a lawmaker"],
         "the wounded put at some 2,700", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "the two captured North Korean soldiers", False),
    ],
    "014": [
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 North Korean special forces have moved to Russia's Far East", False),
        ("troops", NK, 10000, 12000, "range", ["U.S., South Korean and Ukrainian officials", "United States", "South Korea", "Ukraine"],
         "put the North Korean contingent at 10,000-12,000", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "About 3,000 more North Korean soldiers arrive as reinforcements", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "estimates North Korean casualties at about 4,700", False),
        ("killed", NK, 2000, None, "about", NIS,
         "puts the North Korean dead at some 2,000", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 in April", False),
        # one engineer regiment clearing mines: a part of the whole
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea"],
         "nine soldiers of an engineer regiment died clearing mines in Kursk", False),
        ("troops", NK, 10000, None, "about", NIS,
         "About 10,000 North Korean troops remain stationed in Russian border areas", False),
        # a separate construction and demining contingent, vague
        ("troops", NK, 2000, 9000, "vague", U,
         "Several thousand construction troops and deminers have also arrived since the summer", True),
    ],
}

NOT = {
    "000": ["KOSPI 2,593.82", "USD/KRW 1,369.50", "Read in 4 min", "between Oct. 8 and 13",
            "four brigades, some 12,000 troops in all", "some 400 meters", "about 45,000 men",
            "11th Corps", "30th straight week", "4 in 10 young Koreans", "2,000 more doctors", "2-day halt"],
    "001": ["Views 12,406", "KOSPI closes at 2,581.03", "crowd of 1 million", "some 10,000 troops in all by December",
            "morning lows of 6 degrees", "351 Hallyu-ro"],
    "002": ["418 comments", "\"2+2\" meeting in three years", "roughly 600 square kilometers (230 square miles)",
            "Spain floods kill at least 158", "2 dead, 11 hurt", "Early voting tops 60 million"],
    "003": ["Views: 3,927", "696,850 troops since February 2022, including 1,230 in past day",
            "injures 9 civilians", "August 6"],
    "004": ["Issue No. 1,614", "6 min read", "thousands more could follow", "(2:41)",
            "about 50,000 registered participants", "death toll rises to 219", "Save 40%"],
    "005": ["paras 4-6", "240 mm multiple rocket launchers", "170 mm self-propelled guns",
            "Pentagon says N. Korean troops suffered 'several hundred' casualties",
            "N. Korean soldiers killed in Russia number at least 100: NIS", "Dec. 27"],
    "006": ["3 min read", "about 1,300 square kilometers", "kills 1, injures 13", "over 20,000 members", "Comments (57)"],
    "007": ["Reading time 5 min", "a factor of three", "nearly three times higher", "rises to 35",
            "More than 100,000 bodies", "214 comments"],
    "008": ["KOSPI 2,496.11", "a 20-year-old rifleman", "about $2,000 a month per soldier",
            "Ukraine captures 2 North Korean soldiers in Kursk, Zelensky says", "8-year high",
            "99.8 patients per 1,000 outpatients", "fall 30%"],
    "010": ["day 1,057", "Reactions 318", "six eastern oblasts", "several times higher",
            "43 missiles and 74 drones", "Thirty missiles were shot down"],
    "014": ["Issue Brief No. 2025-38", "14 pages", "1.4 MB", "Views 2,318",
            "1,000 sappers and 5,000 military builders", "8.2% to 66.3 trillion won", "Issue Brief No. 2025-31"],
}

OFF = ["011", "012", "013"]
DUP = {"009": "008"}

FG = "the first group of 1,500 against a later or larger total"
ADD = "an additional or separate force (reinforcements, a second group, builders and deminers) against a total"
PART = "a part (one region, one battle, one unit) against the whole"
RISE = "a rising total, weeks or months apart"
YEAR = "months to a year apart: the force sent in 2024 against what remained in late 2025"
RESTATE = "a later restatement of the same two reports already paired"

conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Koreans in Kursk (Blinken, Oct 31) against eleven thousand in Kursk (Zelensky, Nov 4-5), days apart"],
        ["005-1", "006-1", "about 1,100 North Korean casualties (South Korea's JCS) against more than 3,000 (Zelensky), the same day, Dec 23"],
        ["007-2", "007-1", "within one fact-check: JCS about 1,100 casualties against Zelensky's more than 3,000, the same day"],
        ["008-1", "010-1", "about 300 North Korean killed (NIS via Lee Seong-kweun, Jan 13) against more than a thousand (HUR's Yusov, Jan 15), two days apart"],
        ["010-4", "010-1", "within one live blog: NIS's about 300 dead against HUR's more than a thousand killed, the same week"],
    ],
    "may": [
        # troops, north_korea
        ["000-1", "001-1", FG], ["000-1", "001-3", FG], ["000-1", "002-1", FG], ["000-1", "002-2", FG],
        ["000-1", "003-1", FG], ["000-1", "004-2", FG], ["000-1", "007-6", FG], ["000-1", "014-2", FG],
        ["000-1", "014-3", "the first group of 1,500 against 3,000 reinforcements months later"],
        ["000-1", "014-8", FG + ", a year apart"], ["000-1", "014-9", "1,500 (Oct 2024) against several thousand builders (2025)"],
        ["001-1", "001-2", "within one broadcast: at least 3,000 in all (Kirby) against a second group of about 1,500 (NIS)"],
        ["001-1", "014-1", FG],
        ["001-2", "001-3", "within one broadcast: a second group of 1,500 against the total of about 3,000 it makes"],
        ["001-2", "002-1", ADD], ["001-2", "002-2", ADD], ["001-2", "003-1", ADD], ["001-2", "004-2", ADD],
        ["001-2", "007-6", ADD], ["001-2", "014-2", ADD], ["001-2", "014-3", ADD], ["001-2", "014-8", ADD],
        ["001-2", "014-9", ADD],
        ["001-3", "002-1", "about 3,000 in Russia (Oct 23) against about 8,000 in Kursk (Oct 31): " + RISE],
        ["001-3", "002-2", "about 3,000 (Oct 23) against about 10,000 (Oct 28): " + RISE],
        ["001-3", "003-1", RISE], ["001-3", "004-2", RISE], ["001-3", "007-6", RISE], ["001-3", "014-1", FG],
        ["001-3", "014-2", RISE], ["001-3", "014-8", YEAR],
        ["002-1", "002-2", "within one wire: about 8,000 in Kursk against about 10,000 in Russia, " + PART],
        ["002-1", "004-2", "about 8,000 in Kursk against more than 10,000 in Russia, most in Kursk, 12 days later: " + PART],
        ["002-1", "007-6", PART + "; two months apart"], ["002-1", "014-1", FG], ["002-1", "014-2", PART],
        ["002-1", "014-3", ADD], ["002-1", "014-8", YEAR],
        ["002-2", "003-1", "about 10,000 in Russia (Oct 28) against 11,000 in Kursk (Nov 4): a rising total, about matches"],
        ["002-2", "004-2", "about 10,000 against more than 10,000: a bound about met, two weeks apart"],
        ["002-2", "007-6", RISE], ["002-2", "014-1", FG], ["002-2", "014-3", ADD], ["002-2", "014-9", ADD],
        ["003-1", "014-1", FG], ["003-1", "014-3", ADD], ["003-1", "014-8", YEAR], ["003-1", "014-9", ADD],
        ["004-2", "014-1", FG], ["004-2", "014-3", ADD], ["004-2", "014-8", YEAR], ["004-2", "014-9", ADD],
        ["007-6", "014-1", FG], ["007-6", "014-3", ADD], ["007-6", "014-8", YEAR], ["007-6", "014-9", ADD],
        ["014-1", "014-2", "within one timeline: " + FG], ["014-1", "014-3", "within one timeline: the first group against reinforcements"],
        ["014-1", "014-8", "within one brief: " + FG], ["014-1", "014-9", "within one brief: the first group against several thousand builders"],
        ["014-2", "014-3", "within one timeline: " + ADD], ["014-2", "014-9", "within one brief: " + ADD],
        ["014-3", "014-8", "within one brief: reinforcements against the force remaining"],
        ["014-8", "014-9", "within one brief: troops remaining against a separate construction contingent"],
        # casualties, north_korea
        ["005-1", "007-1", RESTATE], ["006-1", "007-2", RESTATE],
        ["005-1", "007-3", "about 1,100 (Dec 23) against several hundred (Pentagon, Dec 17, vague): " + RISE],
        ["006-1", "007-3", "more than 3,000 (Dec 23) against several hundred (Pentagon, Dec 17, vague)"],
        ["007-1", "007-3", "within one fact-check: more than 3,000 against several hundred a week earlier (vague)"],
        ["007-2", "007-3", "within one fact-check: about 1,100 against several hundred a week earlier (vague)"],
        ["005-1", "008-3", "about 1,100 (JCS, Dec 23) against more than 3,000 (NIS, Jan 13): " + RISE],
        ["007-2", "008-3", "about 1,100 (JCS, Dec 23) against more than 3,000 (NIS, Jan 13): " + RISE],
        ["007-3", "008-3", "several hundred (Dec 17) against more than 3,000 (Jan 13): " + RISE],
        ["005-1", "014-4", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["007-2", "014-4", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["007-3", "014-4", "several hundred (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        # killed, north_korea
        ["005-2", "010-2", "at least 100 killed in all against 23 killed in one battle: " + PART],
        ["007-4", "010-2", "at least 100 killed in all against 23 killed in one battle: " + PART],
        ["005-2", "014-7", "at least 100 (Dec 2024) against nine engineers killed clearing mines (Dec 2025): " + PART],
        ["007-4", "014-7", "at least 100 (Dec 2024) against nine engineers killed clearing mines (Dec 2025): " + PART],
        ["008-1", "010-2", PART], ["010-1", "010-2", "within one live blog: " + PART], ["010-2", "010-4", "within one live blog: " + PART],
        ["008-1", "014-5", "about 300 (Jan) against about 2,000 (Sep), months apart"],
        ["008-1", "014-6", "about 300 (Jan) against about 600 (Apr), months apart"],
        ["010-4", "014-5", "about 300 (Jan) against about 2,000 (Sep), months apart"],
        ["010-4", "014-6", "about 300 (Jan) against about 600 (Apr), months apart"],
        ["010-1", "014-6", "more than a thousand (HUR, Jan) against about 600 (NIS, Apr), months apart"],
        ["008-1", "014-7", PART], ["010-1", "014-7", PART], ["010-4", "014-7", PART],
        ["010-2", "014-5", PART], ["010-2", "014-6", PART], ["010-2", "014-7", "23 killed in one battle against nine killed clearing mines: two different parts"],
        ["014-5", "014-6", "within one brief: about 2,000 (Sep) up from roughly 600 (Apr), an update"],
        ["014-5", "014-7", "within one brief: " + PART], ["014-6", "014-7", "within one brief: " + PART],
        # wounded, north_korea
        ["007-5", "008-2", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13): " + RISE],
        ["007-5", "010-5", "nearly 1,000 (Dec 19) against about 2,700 (reported Jan 13): " + RISE],
        ["007-5", "010-3", "nearly 1,000 in all against 17 in one battle: " + PART],
        ["008-2", "010-3", PART], ["010-3", "010-5", "within one live blog: " + PART],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
