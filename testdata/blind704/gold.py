#!/usr/bin/env python3
"""Gold labels for testdata/blind704 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind704/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun", "lawmakers"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korean military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "President of Ukraine", "Ukraine", "Kyiv"]
HUR = ["Ukraine's military intelligence", "HUR", "Defence Intelligence of Ukraine", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "Washington"]
PENTAGON = ["Pentagon", "Sabrina Singh", "Singh", "Department of Defense", "DOD", "United States", "U.S."]
US_OFF = ["U.S. officials", "US officials", "officials", "United States", "U.S.", "Washington"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "A first contingent of around 1,500 special forces soldiers was carried from the North's east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers have now been moved into Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", PENTAGON,
         "about 10,000 North Korean troops had been sent to eastern Russia for training", False),
        # the earlier figure, cited as the base of the rise
        ("troops", NK, 3000, None, "about", ["John Kirby", "Kirby", "White House", "United States", "U.S."],
         "up from the 3,000 or so that White House national security spokesman John Kirby cited a week earlier", False),
        ("casualties", RU, 600000, None, "more_than", ["U.S. estimates", "U.S. officials", "United States", "U.S."],
         "Russian forces have suffered more than 600,000 killed and wounded", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukraine's intelligence"],
         "There are already 11,000 North Korean soldiers in the Kursk region.", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "the estimate of about 8,000 North Korean troops in Kursk that U.S. Secretary of State Antony Blinken gave on Oct. 31", False),
        # one day's losses: a part of the whole
        ("casualties", RU, 1320, None, "exact", ["General Staff of Ukraine's Armed Forces", "General Staff", "Ukraine's General Staff", "Ukraine"],
         "Russia has lost 1,320 troops killed and wounded over the past 24 hours", False),
    ],
    "003": [
        ("troops", RU, 50000, None, "about", US_OFF,
         "Russia has assembled a force of about 50,000 of its own soldiers", False),
        ("troops", NK, 10000, None, "more_than", US_OFF,
         "The North Korean contingent in Russia has topped 10,000", False),
    ],
    "005": [
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         "We assess it's in the several hundreds", True),
        # one weekend's fighting near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded near three villages in Kursk over the weekend", False),
        ("troops", NK, 11000, 12000, "range", PENTAGON,
         "between 11,000 and 12,000 DPRK soldiers in Russia", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops deployed to Russia have suffered an estimated 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", U,
         "The North is believed to have sent some 11,000 troops to Russia in October and November", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "The number of North Korean troops killed and wounded in Russia's Kursk region has already exceeded three thousand", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "South Korea's Joint Chiefs of Staff had put North Korean casualties at about 1,100", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         "North Korean casualties were in the \"several hundreds\"", True),
        ("killed", NK, 100, None, "at_least", NIS + ["lawmakers"],
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS + ["lawmakers"],
         "close to 1,000 had been wounded", False),
        ("troops", NK, 12000, None, "up_to", ["Western and South Korean officials", "Western officials", "South Korea", "United States"],
         "Western and South Korean officials put its size at up to 12,000 soldiers", False),
    ],
    "011": [
        ("killed", NK, 300, None, "about", LEE,
         "About 300 of them have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        # the two NIS figures added up by the outlet
        ("casualties", NK, 3000, None, "more_than", LEE + U,
         "that puts the North's losses in Kursk at more than 3,000", False),
        # the December figure, cited as the base of the rise
        ("killed", NK, 100, None, "at_least", NIS,
         "up from the at least 100 dead the agency counted in mid-December", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "the two North Korean soldiers that Ukraine captured in the Kursk region", False),
    ],
    "012": [
        ("troops", NK, 11000, 12000, "range", ["Seoul", "Kyiv", "Washington", "South Korea", "Ukraine", "United States"],
         "numbered between 11,000 and 12,000 men", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "an additional 3,000 or so had been sent in January and February", False),
        ("troops", NK, 2000, 9000, "vague", U,
         "Thousands more are thought to be training in camps in Russia's Far East", True),
        ("casualties", NK, 4000, None, "about", ZEL,
         "Volodymyr Zelensky put North Korean losses at about 4,000 killed and wounded", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "Seoul's military now counts roughly 4,700 casualties", False),
    ],
    "014": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean forces had suffered about 4,700 casualties", False),
        # restated later in the article as the base of the rise ("up from roughly 600 in April"): labelled once
        ("killed", NK, 600, None, "about", NIS,
         "including about 600 killed", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("troops", NK, 10000, None, "about", NIS + ["Asan Institute"],
         "about 10,000 North Korean troops remain stationed in Russia's border areas", False),
        # a separate demining detachment
        ("troops", NK, 200, 900, "vague", NIS + ["Asan Institute"] + U,
         "a deminers' detachment several hundred strong", True),
        # one engineering regiment clearing mines: a part of the whole
        ("killed", NK, 9, None, "exact", ["North Korean state media", "state media", "KCNA", "North Korea", "Pyongyang"],
         "nine soldiers of an engineering regiment had been killed while clearing mines", False),
        ("captured", NK, 2, None, "exact", ["Asan Institute"] + U,
         "the two North Korean prisoners held by Ukraine since January", False),
    ],
}

NOT = {
    "000": ["KOSPI 2,593.42", "Reader views 18,406", "between Oct. 8 and 13",
            "some 12,000 soldiers in four brigades in all", "11th Army Corps",
            "four Russian amphibious landing ships and three escort vessels", "more than 8 million rounds",
            "1.2 million-strong armed forces", "3 dead, 12 hurt as tour bus overturns",
            "cut up to 10% of overseas staff", "68-year-old finishes his 100th full marathon", "2 foreign pitchers"],
    "001": ["Comments 1,127", "6 min read", "as many as 12,000 soldiers", "nearly three years of war",
            "more than 40 countries", "climbs past 150", "detain 40 protesters", "At 101", "the 2 percent NATO target"],
    "002": ["17,800 readers", "17,800 members", "63 Shahed-type drones", "downed 30 drones over nine oblasts",
            "14 tanks, 41 artillery systems and 73 drones", "Russia's losses in Ukraine pass 700,000",
            "'They are 19 and 20 years old'", "Ukraine's 110th Brigade"],
    "003": ["some 1,300 square km (500 square miles)", "two of the officials said", "one of the U.S. officials", "around half of that area",
            "killed 200 Russian soldiers near Kurakhove", "first time in nearly 2 years", "Israel strikes kill 30 in Gaza"],
    "005": ["$500 million", "155mm and 105mm artillery rounds", "more than 1,000 air-defense interceptors",
            "72nd tranche", "about 900 U.S. troops in Syria", "about 900 U.S. forces in Syria", "2:31 p.m. EST"],
    "006": ["paras 4-7", "240 mm multiple rocket launchers", "N. Korea fires 8 rounds of 240 mm rockets",
            "3 soldiers injured in grenade blast at frontline guard post", "falls to 11 pct",
            "2 firefighters hurt battling blaze"],
    "007": ["Views 6,912", "Russian army loses 1,870 soldiers, 12 tanks in one day",
            "Two children among 5 injured in Kharkiv drone attack", "Over 70 Ukrainian Defence Forces operators",
            "2015-2024"],
    "009": ["AFP 2017-2025", "barely a third of Zelensky's figure", "more than 140 fact-checkers in 26 languages",
            "2,000 North Korean soldiers marching in Red Square", "a 2016 drill in Seoul", "40 percent of Ukrainians"],
    "011": ["4,211 plays", "34:18", "a 20-year-old rifleman and a 26-year-old sniper", "since 2016",
            "15% off transfer fees", "how 179 people died at Muan airport", "300 lawmakers in one night",
            "1 in 3 Korean conscripts"],
    "012": ["5 min read", "barely a third of Kyiv's", "several hundred million dollars a year",
            "another 25,000 to 30,000 soldiers", "the 236 North Korean defectors",
            "3,000 more reservists by 2030", "Fifty years after the Khmer Rouge"],
    "014": ["No. 2025-31", "14 pages", "April 26-28, 2025", "Kim Jong Un, 41",
            "1,000 sappers and 5,000 military builders", "roughly 1.28 million strong", "62% of South Koreans",
            "Russia's $20 billion question", "South Korea's 500,000-strong army", "7 in 10 favor sending observers"],
}

OFF = ["004", "010", "013"]
DUP = {"008": "006"}

FIRST = "the first group of about 1,500 (Oct 18) against a later or larger total, weeks to months later"
BASE = "the roughly 3,000 the White House cited on Oct 23, quoted as the base of a rise, against a later total"
ADD = "an additional or separate force (reinforcements, trainees in the Far East, deminers) against the main contingent"
YEAR = "a 2024 total against about 10,000 still stationed at the end of 2025, a year apart"
PART_DAY = "one day's Russian losses against the cumulative total since 2022: a part against the whole"
VAGUE = "the Pentagon's vague 'several hundred' (Dec 17) against a firm figure days to months later"
RESTATE = ("the JCS 1,100 against Zelensky's more than 3,000 again, restated in the Dec 27 fact-check: "
           "the first cross-article pair (006-1/007-1) is the must")
PART_UNIT = "nine engineers killed clearing mines (one regiment, Dec 2025) against a total of the dead"

conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in the Kursk region (Zelensky, Nov 5), five days apart"],
        ["002-2", "002-1", "within one live blog: Zelensky's 11,000 set against Blinken's about 8,000 as a count 'well above' Washington's"],
        ["006-1", "007-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23 morning) against more than three thousand killed and wounded (Zelensky, Dec 23 evening), the same day"],
        ["009-2", "009-1", "within one fact-check: the JCS's about 1,100 against Zelensky's more than 3,000, both of Dec 23"],
    ],
    "may": [
        # troops: the first group of 1,500
        ["000-1", "001-1", FIRST],
        ["000-1", "001-2", FIRST],
        ["000-1", "001-3", FIRST],
        ["000-1", "002-1", FIRST],
        ["000-1", "002-2", FIRST],
        ["000-1", "003-2", FIRST],
        ["000-1", "005-3", FIRST],
        ["000-1", "006-4", FIRST],
        ["000-1", "012-1", FIRST],
        ["000-1", "012-2", FIRST],
        ["000-1", "012-3", FIRST],
        ["000-1", "014-4", FIRST],
        ["000-1", "014-5", FIRST],
        # troops: Kursk against Russia as a whole, weeks and months apart
        ["001-1", "001-2", "about 8,000 in Kursk against about 10,000 in Russia as a whole: a part against the whole"],
        ["001-1", "003-2", "8,000 in Kursk (Oct 31) against more than 10,000 in Russia (Nov 11): part against whole, eleven days apart"],
        ["001-1", "005-3", "8,000 (Oct 31) against 11,000-12,000 (Dec 17), seven weeks apart"],
        ["001-1", "006-4", "8,000 in Kursk (Oct 31) against some 11,000 sent by December, seven weeks apart"],
        ["001-1", "012-1", "8,000 (Oct 31) against 11,000-12,000 first contingent stated in March, months apart"],
        ["001-2", "002-1", "about 10,000 in Russia (Pentagon, Oct 28) against 11,000 in Kursk (Zelensky, Nov 5): close, different scope"],
        ["001-2", "002-2", "about 10,000 in Russia against about 8,000 in Kursk restated: a part against the whole"],
        ["001-2", "005-3", "about 10,000 (Oct 28) against 11,000-12,000 (Dec 17), seven weeks apart"],
        ["001-2", "006-4", "about 10,000 (Oct 28) against some 11,000 (Dec 23), close values eight weeks apart"],
        ["001-2", "012-1", "about 10,000 (Oct 2024) against 11,000-12,000 (stated Mar 2025), months apart"],
        ["002-2", "003-2", "8,000 in Kursk restated against more than 10,000 in Russia: part against whole"],
        ["002-2", "005-3", "8,000 (Oct 31, restated) against 11,000-12,000 (Dec 17), weeks apart"],
        ["002-2", "006-4", "8,000 (Oct 31, restated) against some 11,000 (Dec 23), weeks apart"],
        ["002-2", "012-1", "8,000 (Oct 31, restated) against 11,000-12,000 (Mar 2025), months apart"],
        # troops: the base of the rise
        ["001-1", "001-3", BASE],
        ["001-2", "001-3", BASE],
        ["001-3", "002-1", BASE],
        ["001-3", "002-2", BASE],
        ["001-3", "003-2", BASE],
        ["001-3", "005-3", BASE],
        ["001-3", "006-4", BASE],
        ["001-3", "012-1", BASE],
        ["001-3", "014-4", BASE],
        # troops: additional or separate forces
        ["001-1", "012-2", ADD],
        ["001-1", "014-5", ADD],
        ["001-2", "012-2", ADD],
        ["001-2", "012-3", ADD],
        ["001-2", "014-5", ADD],
        ["001-3", "014-5", ADD],
        ["002-1", "012-2", ADD],
        ["002-1", "012-3", ADD],
        ["002-1", "014-5", ADD],
        ["002-2", "012-2", ADD],
        ["002-2", "014-5", ADD],
        ["003-2", "012-2", ADD],
        ["003-2", "012-3", ADD],
        ["003-2", "014-5", ADD],
        ["005-3", "012-2", ADD],
        ["005-3", "012-3", ADD],
        ["005-3", "014-5", ADD],
        ["006-4", "012-2", ADD],
        ["006-4", "012-3", ADD],
        ["006-4", "014-5", ADD],
        ["012-1", "012-2", ADD],
        ["012-1", "012-3", ADD],
        ["012-1", "014-5", ADD],
        ["012-2", "014-4", ADD],
        ["012-2", "014-5", ADD],
        ["012-3", "014-4", ADD],
        ["012-3", "014-5", ADD],
        ["014-4", "014-5", ADD],
        # troops: a year apart
        ["001-1", "014-4", YEAR],
        ["002-1", "014-4", YEAR],
        ["002-2", "014-4", YEAR],
        ["005-3", "014-4", YEAR],
        ["006-4", "014-4", YEAR],
        ["012-1", "014-4", YEAR],
        # Russia's losses
        ["001-4", "002-3", PART_DAY],
        # casualties: the vague several hundred
        ["005-1", "006-1", VAGUE],
        ["005-1", "007-1", VAGUE],
        ["005-1", "009-1", VAGUE],
        ["005-1", "009-2", VAGUE],
        ["005-1", "011-3", VAGUE],
        ["005-1", "012-4", VAGUE],
        ["005-1", "012-5", VAGUE],
        ["005-1", "014-1", VAGUE],
        ["006-1", "009-3", VAGUE],
        ["007-1", "009-3", VAGUE],
        ["009-1", "009-3", VAGUE],
        ["009-2", "009-3", VAGUE],
        ["009-3", "011-3", VAGUE],
        ["009-3", "012-4", VAGUE],
        ["009-3", "012-5", VAGUE],
        ["009-3", "014-1", VAGUE],
        # casualties: restatements of the must pair
        ["006-1", "009-1", RESTATE],
        ["007-1", "009-2", RESTATE],
        # casualties: a rising total, weeks to months apart
        ["006-1", "011-3", "about 1,100 (JCS, Dec 23) against more than 3,000 (NIS, Jan 13): a rising total three weeks later"],
        ["006-1", "012-4", "about 1,100 (Dec 2024) against about 4,000 (Feb 2025): rising total, six weeks apart"],
        ["006-1", "012-5", "about 1,100 (Dec 2024) against about 4,700 (Mar 2025): rising total, months apart"],
        ["006-1", "014-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): rising total, months apart"],
        ["009-2", "011-3", "about 1,100 (Dec 23, restated) against more than 3,000 (Jan 13): rising total"],
        ["009-2", "012-4", "about 1,100 (Dec 2024) against about 4,000 (Feb 2025): rising total"],
        ["009-2", "012-5", "about 1,100 (Dec 2024) against about 4,700 (Mar 2025): rising total"],
        ["009-2", "014-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): rising total"],
        ["012-4", "012-5", "Zelensky's about 4,000 (early Feb) against JCS's roughly 4,700 (March), set as an update in one explainer"],
        ["012-4", "014-1", "about 4,000 (Feb) against about 4,700 (Apr 30), months apart"],
        # wounded: a rising total
        ["006-3", "011-2", "nearly 1,000 wounded (Dec 19) against about 2,700 (Jan 13): rising total"],
        ["009-5", "011-2", "close to 1,000 wounded (Dec 19) against about 2,700 (Jan 13): rising total"],
        # killed: a rising total, and one regiment against the whole
        ["011-1", "014-2", "about 300 killed (Jan) against about 600 (Apr): rising total, months apart"],
        ["011-1", "014-3", "about 300 killed (Jan) against about 2,000 (Sep): rising total, months apart"],
        ["014-2", "014-3", "about 600 killed (April) against about 2,000 (September): the update of a rising total"],
        ["006-2", "014-6", PART_UNIT],
        ["009-4", "014-6", PART_UNIT],
        ["011-1", "014-6", PART_UNIT],
        ["011-4", "014-6", PART_UNIT],
        ["014-2", "014-6", PART_UNIT],
        ["014-3", "014-6", PART_UNIT],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
