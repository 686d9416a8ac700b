#!/usr/bin/env python3
"""Gold labels for testdata/blind799 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind799/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
US = ["United States", "U.S.", "US", "Washington"]
SINGH = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense"] + US
KIRBY = ["John Kirby", "Kirby", "White House"] + SINGH
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "U.S. Secretary of State"] + US
AUSTIN = ["Lloyd Austin", "Austin", "Pentagon"] + US
RYDER = ["Pat Ryder", "Ryder", "Pentagon", "Pentagon spokesperson"] + US
USOFF = ["US officials", "U.S. officials"] + US
GER = ["Valery Gerasimov", "Gerasimov", "Russia's general staff", "Russia"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of about 1,500 special operations troops", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", SINGH,
         "the DPRK has sent approximately 10,000 soldiers in total to train in eastern Russia", False),
        # last week's figure, restated as the base of the rise: an update
        ("troops", NK, 3000, None, "at_least", KIRBY,
         "we said at least 3,000 had been moved", False),
        ("casualties", RU, 600000, None, "more_than", SINGH,
         "Russia has taken more than 600,000 casualties, killed and wounded, since February of 2022", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Some 8,000 North Korean soldiers have reached Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", AUSTIN,
         "roughly 10,000 North Korean troops had been sent to eastern Russia in all", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are now in Russia's Kursk Oblast", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "put the number of North Korean troops in Kursk at about 8,000", False),
    ],
    "005": [
        ("casualties", NK, 200, 900, "vague", RYDER,
         "North Korea has suffered \"several hundred\" casualties in Kursk", True),
        # one weekend near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded over the weekend", False),
        ("troops", RU, 50000, None, "about", USOFF,
         "A force of about 50,000 Russian troops", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops deployed to Russia have suffered around 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed in combat", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Zelensky says more than 3,000 North Korean soldiers killed or wounded in Russia's Kursk region", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean losses in Kursk had exceeded three thousand soldiers killed and wounded", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "around 1,100 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", RYDER,
         "North Korean troops had suffered \"several hundred\" casualties", True),
    ],
    "010": [
        ("casualties", NK, 3000, None, "more_than", NIS,
         "North Korean casualties in Russia's war against Ukraine have topped 3,000", False),
        ("killed", NK, 300, None, "about", LEE,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "two North Korean soldiers are now being held by Ukraine", False),
        # last month's figure, quoted as the base of the rise: an update
        ("killed", NK, 100, None, "at_least", NIS,
         "Last month the agency had counted at least 100 dead", False),
    ],
    "012": [
        ("casualties", UA, 76000, None, "more_than", GER,
         "Ukraine's losses in the Kursk operation exceeded 76,000 servicemen", False),
        ("troops", NK, 11000, 12000, "range", U + ["Yoon Ha-neul", "Dr. Yoon Ha-neul", "South Korea", "Seoul"],
         "Of the 11,000 to 12,000 soldiers sent in the autumn of 2024", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "Some 3,000 more were sent in January and February as reinforcements", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "including roughly 600 dead", False),
    ],
    "014": [
        # the engineer regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "nine of the regiment's soldiers died during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting in Kursk", False),
        # the April figure, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 it reported in April", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops were still deployed in Russian border areas", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "up_to", NIS,
         "as many as 5,000 military construction troops had been moving to Russia in stages", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Zelensky"] + U,
         "Ukraine says it has captured two North Korean soldiers in Kursk", False),
    ],
}

NOT = {
    "000": ["some 12,000 soldiers in all", "four brigades", "11th Corps", "between Oct. 8 and 13", "Oct. 16",
            "more than 13,000 containers", "1.2 million-strong army", "since 1953",
            "1,300 Trainees Remain Off Duty", "1.07 Million People", "28 Countries", "30th Straight Week",
            "59,700 Won"],
    "001": ["a little over 40,000 across the region", "the roughly 2,500 troops there",
            "the 28,500 troops on the Peninsula", "2:31 p.m. EDT"],
    "002": ["about 86 minutes", "hosts 28,500 U.S. troops", "Hwasong-19"],
    "003": ["between 10,000 and 12,000 soldiers for Russia", "several hundred square kilometers",
            "96 drones, 2 missiles", "Russia has lost 703,000 troops", "for six years",
            "more than 15,000 members", "Aug. 6", "3 min read"],
    "005": ["kills two civilians", "Two people were killed and 11 injured", "A 14-year-old girl", "day 1,028", "214 comments",
            "at least 14 dead", "23 million trips", "thousands of Ukrainian children", "near three villages",
            "roughly half of the ground"],
    "006": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "paras 4-6",
            "Seniors aged 65 or older exceed 10 mln", "20 pct of population", "14.9 pct", "1,450 per dollar"],
    "008": ["8,102", "gusts up to 70mph", "five murders", "6-3 defeat", "1 in 4 flights", "up 70% in a week",
            "60 veterans", "GBP 11.2bn", "channel 501, Freeview 233", "since 2015"],
    "009": ["barely a third of Zelensky's figure", "500 North Korean soldiers surrendering",
            "40,000 troops deserted", "taken in 2022", "AFP 2017-2024"],
    "010": ["a 20-year-old rifleman", "the other is 26", "thousands more soldiers", "minus 12 degrees",
            "23 players", "11 languages", "Runtime 04:52"],
    "012": ["1,000 sappers", "5,000 military builders", "52 min", "Episode 187", "two weeks", "12 years",
            "made by two people", "4,200 listeners", "20% off"],
    "014": ["1,000 sappers and 5,000 military builders", "120-day", "Kim, 41", "38,000 readers",
            "about 60,000 people", "Issue #214", "50,836.55", "4,167.16"],
}

OFF = ["004", "011", "013"]
DUP = {"007": "006"}

# short names of the claims, for the reasons below
D = {
    "000-1": "a first group of about 1,500 (NIS, Oct 18 2024)",
    "001-1": "about 10,000 in Russia (Pentagon, Oct 28 2024)",
    "001-2": "at least 3,000 (Kirby, Oct 23 2024)",
    "002-1": "about 8,000 in Kursk (Blinken, Oct 31 2024)",
    "002-2": "about 10,000 in Russia (Austin, Oct 31 2024)",
    "003-1": "11,000 in Kursk (Zelensky, Nov 4 2024)",
    "003-2": "about 8,000 in Kursk (Blinken, restated Nov 5 2024)",
    "012-2": "11,000-12,000 sent in autumn 2024 (restated Jun 2025)",
    "012-3": "about 3,000 reinforcements (JCS, Mar 2025)",
    "014-4": "about 10,000 still deployed (NIS, Nov 2025)",
    "014-5": "up to 5,000 construction troops (NIS, Nov 2025)",
    "005-1": "several hundred casualties (Pentagon, Dec 17 2024, vague)",
    "005-2": "at least 30 casualties in one weekend's fighting (HUR, Dec 16 2024)",
    "006-1": "about 1,100 casualties (JCS, Dec 23 2024)",
    "008-1": "more than 3,000 casualties (Zelensky, Dec 23 2024)",
    "009-1": "more than three thousand casualties (Zelensky, restated Dec 26 2024)",
    "009-2": "about 1,100 casualties (JCS, restated Dec 26 2024)",
    "009-5": "several hundred casualties (Pentagon, restated Dec 26 2024, vague)",
    "010-1": "more than 3,000 casualties (NIS, Jan 13 2025)",
    "012-4": "about 4,700 casualties (NIS, Apr 30 2025)",
    "006-2": "at least 100 killed (NIS, Dec 19 2024)",
    "009-3": "at least 100 killed (NIS, restated Dec 26 2024)",
    "010-2": "about 300 killed (NIS, Jan 13 2025)",
    "010-5": "at least 100 killed (NIS's December figure, restated Jan 13 2025)",
    "012-5": "about 600 killed (NIS, Apr 30 2025)",
    "014-1": "nine engineers killed clearing mines (KCNA, Dec 2025)",
    "014-2": "about 2,000 killed (NIS, Sep 2025)",
    "014-3": "about 600 killed (NIS's April figure, restated Dec 2025)",
    "006-3": "nearly 1,000 wounded (NIS, Dec 19 2024)",
    "009-4": "nearly 1,000 wounded (NIS, restated Dec 26 2024)",
    "010-3": "some 2,700 wounded (NIS, Jan 13 2025)",
}

FIRST = "a first group against a later total"
PART = "a part (Kursk only, or one battle, or one unit) against the whole"
ADD = "an additional or separate force"
MONTHS = "months apart"
RISE = "a rising total, weeks or months apart"
RESTATED = "the same two reports restated in a later article"
BOUND = "a bound the other value satisfies, at a different date"

MUST = [
    ("002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart; the first articles carrying each"),
    ("003-2", "003-1", "within one article: Kyiv Independent sets Zelensky's 11,000 against Blinken's about 8,000 of the week before"),
    ("006-1", "008-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day; the first articles carrying each"),
    ("009-2", "009-1", "within one fact-check: JCS's around 1,100 against Zelensky's more than three thousand, the same day"),
]

MAY = [
    # troops, north_korea
    ("000-1", "001-1", FIRST), ("000-1", "001-2", FIRST), ("000-1", "002-1", FIRST), ("000-1", "002-2", FIRST),
    ("000-1", "003-1", FIRST), ("000-1", "003-2", FIRST), ("000-1", "012-2", FIRST), ("000-1", "012-3", ADD),
    ("000-1", "014-4", MONTHS), ("000-1", "014-5", ADD),
    ("001-1", "001-2", "an update within one briefing: up from at least 3,000 the week before"),
    ("001-1", "002-1", PART), ("001-1", "003-1", "11,000 in Kursk against about 10,000 in all of Russia a week earlier"),
    ("001-1", "003-2", PART), ("001-1", "012-2", MONTHS), ("001-1", "012-3", ADD), ("001-1", "014-5", ADD),
    ("001-2", "002-1", RISE), ("001-2", "002-2", RISE), ("001-2", "003-1", RISE), ("001-2", "003-2", RISE),
    ("001-2", "012-2", MONTHS), ("001-2", "014-4", MONTHS), ("001-2", "014-5", ADD),
    ("002-1", "002-2", PART), ("002-1", "012-2", MONTHS), ("002-1", "012-3", ADD), ("002-1", "014-4", MONTHS),
    ("002-1", "014-5", ADD),
    ("002-2", "003-1", "11,000 in Kursk against about 10,000 in all of Russia four days earlier"),
    ("002-2", "003-2", PART), ("002-2", "012-2", MONTHS), ("002-2", "012-3", ADD), ("002-2", "014-5", ADD),
    ("003-1", "012-3", ADD), ("003-1", "014-4", MONTHS), ("003-1", "014-5", ADD),
    ("003-2", "012-2", MONTHS), ("003-2", "012-3", ADD), ("003-2", "014-4", MONTHS), ("003-2", "014-5", ADD),
    ("012-2", "012-3", ADD), ("012-2", "014-4", MONTHS), ("012-2", "014-5", ADD),
    ("012-3", "014-4", ADD), ("012-3", "014-5", ADD), ("014-4", "014-5", ADD),
    # casualties, north_korea
    ("005-1", "005-2", PART), ("005-1", "006-1", "vague, a week earlier"), ("005-1", "008-1", "vague, a week earlier"),
    ("005-1", "009-1", "vague, a week earlier"), ("005-1", "009-2", "vague, a week earlier"),
    ("005-1", "010-1", RISE), ("005-1", "012-4", MONTHS),
    ("005-2", "006-1", PART), ("005-2", "008-1", PART), ("005-2", "009-1", PART), ("005-2", "009-2", PART),
    ("005-2", "009-5", PART), ("005-2", "010-1", PART), ("005-2", "012-4", PART),
    ("006-1", "009-1", RESTATED), ("006-1", "009-5", "vague, a week earlier"), ("006-1", "010-1", RISE),
    ("006-1", "012-4", MONTHS),
    ("008-1", "009-2", RESTATED), ("008-1", "009-5", "vague, a week earlier"), ("008-1", "012-4", BOUND),
    ("009-1", "009-5", "within one fact-check, but vague and a week earlier"), ("009-1", "012-4", BOUND),
    ("009-2", "009-5", "within one fact-check, but vague and a week earlier"), ("009-2", "010-1", RISE),
    ("009-2", "012-4", MONTHS),
    ("009-5", "010-1", RISE), ("009-5", "012-4", MONTHS), ("010-1", "012-4", BOUND),
    # killed, north_korea
    ("006-2", "010-2", RISE), ("006-2", "012-5", RISE), ("006-2", "014-1", PART), ("006-2", "014-2", RISE),
    ("006-2", "014-3", RISE),
    ("009-3", "010-2", RISE), ("009-3", "012-5", RISE), ("009-3", "014-1", PART), ("009-3", "014-2", RISE),
    ("009-3", "014-3", RISE),
    ("010-2", "010-5", "an update within one broadcast: up from at least 100 the month before"),
    ("010-2", "012-5", RISE), ("010-2", "014-1", PART), ("010-2", "014-2", RISE), ("010-2", "014-3", RISE),
    ("010-5", "012-5", RISE), ("010-5", "014-1", PART), ("010-5", "014-2", RISE), ("010-5", "014-3", RISE),
    ("012-5", "014-1", PART), ("012-5", "014-2", RISE),
    ("014-1", "014-2", PART), ("014-1", "014-3", PART),
    ("014-2", "014-3", "an update within one newsletter: about 2,000 in September, up from roughly 600 in April"),
    # wounded, north_korea
    ("006-3", "010-3", RISE), ("009-4", "010-3", RISE),
]

conflicts = {
    "must": [[a, b, why] for a, b, why in MUST],
    "may": [[a, b, "%s against %s: %s" % (D[a], D[b], why)] for a, b, why in MAY],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
