#!/usr/bin/env python3
"""Gold labels for testdata/blind695 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind695/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
PARK = ["Park Sun-won", "Rep. Park Sun-won"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military", "South Korea", "Seoul"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
SINGH = ["Sabrina Singh", "Singh", "Pentagon", "U.S. Department of Defense", "United States", "U.S.", "US"]
PENT = ["Pentagon", "Pentagon official", "U.S. Department of Defense", "United States", "U.S.", "US"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "United States", "U.S.", "US", "Washington"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "A first contingent of around 1,500 special operations troops", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", SINGH,
         "the DPRK has sent approximately 10,000 soldiers in total to train in eastern Russia", False),
        # the previous week's figure, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "exact", SINGH,
         "That's up from the 3,000 we talked to you about last Wednesday", False),
    ],
    "003": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Antony Blinken said about 8,000 of them had been moved to Kursk", False),
        ("troops", NK, 10000, None, "about", PENT,
         "the Pentagon had put the whole force at roughly 10,000 North Korean troops in eastern Russia", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in Russia's Kursk region", False),
    ],
    "005": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "there were \"already 11,000\" North Korean soldiers in the Kursk region", False),
        ("troops", NK, 10000, None, "about", BLINKEN,
         "the roughly 10,000 North Korean troops the United States believed were in Russia", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 had been moved to Kursk", False),
        # the first group only
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special forces had been shipped to Russia's Far East", False),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered some 1,100 casualties in battles with Ukrainian forces", False),
        ("troops", NK, 11000, None, "about", JCS,
         "North Korea is assessed to have sent around 11,000 troops to Russia", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers had been killed in Kursk", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "North Korean troops had suffered several hundred casualties", True),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False),
        ("troops", NK, 2000, 9000, "vague", ["Ukrainian officials", "Ukraine"],
         "Moscow has thrown thousands of North Korean soldiers into assaults in Kursk Oblast", True),
        # one battle only: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of killed and wounded North Korean soldiers in the Kursk region already exceeds 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops had suffered about 1,100 casualties in combat with Ukrainian forces", False),
        ("troops", NK, 10000, 12000, "range", U,
         "Some 10,000 to 12,000 North Korean troops are believed to be fighting alongside Russian forces", False),
    ],
    "010": [
        ("casualties", NK, 3000, None, "more_than", LEE,
         "their casualties are estimated to exceed 3,000", False),
        ("killed", NK, 300, None, "about", LEE,
         "About 300 have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        # last month's figure, quoted as the base of the rise: an update
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died", False),
        ("captured", NK, 2, None, "exact", ZEL + NIS,
         "Two North Korean soldiers were captured by Ukraine on Jan. 9", False),
    ],
    "012": [
        ("casualties", NK, 4700, None, "about", PARK,
         "North Korea has suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", PARK,
         "including roughly 600 soldiers killed", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", PARK,
         "the North sent roughly 3,000 more troops in January and February", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia's chief of general staff", "Russia"],
         "Ukraine had lost more than 76,000 servicemen in the region", False),
    ],
    "014": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Zelensky says 11,000 North Korean soldiers are in the Kursk region", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "estimates North Korean losses at around 4,000 killed and wounded", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "about 3,000 additional troops were sent to Russia in January and February", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "the North has suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "roughly 600 of them deaths", False),
        ("killed", NK, 2000, None, "about", NIS,
         "some 2,000 North Korean soldiers have now been killed", False),
        # a few engineers of the demining force: a part of the whole, vague
        ("killed", NK, 3, 9, "vague", U,
         "Several engineers are reported killed while clearing mines", True),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain deployed near the Russian-Ukrainian border", False),
    ],
}

NOT = {
    "000": ["between Oct. 8 and 13", "four brigades, some 12,000 troops in all", "up to 10,000 soldiers",
            "11th Corps", "1 million visitors", "Hiker, 71", "14,800 EVs", "30th straight week",
            "KOSPI 2,593.82", "USD/KRW 1,369.20", "0 comments"],
    "002": ["as many as 12,000 by December", "Roughly 43,000 U.S. service members", "56th Security Consultative Meeting",
            "A little over $4 billion", "2:30 p.m.", "2:58 p.m."],
    "003": ["Episode 214", "12.4K plays", "47 min", "20,000 workers and counting", "One million shells?",
            "4 in 10 South Koreans", "26 years in the U.S. Army", "three tours", "Join 3,100 supporters",
            "20% off", "155mm shells", "12 years at the Unification Ministry"],
    "004": ["Views: 3,146", "rise by 1,230 troops over past day", "151 combat clashes", "29 of them", "injures 6"],
    "005": ["expects the total eventually to reach around 12,000", "about a week", "Reading time: 4 min",
            "200 North Korean soldiers captured in Kursk", "\"3,000 coffins\"", "filmed in 2019", "a 2015 film set"],
    "007": ["paras 4-7", "240-mm multiple rocket launchers", "170-mm self-propelled guns",
            "N. Korea fires 2 ballistic missiles", "Army sergeant, 22", "Dec. 27", "2024/12/23 10:48 KST"],
    "008": ["around 1,300 square kilometers", "3 min read", "41 comments", "Join 17,000 members",
            "72 drones overnight, 48 shot down", "150 prisoners of war", "3rd wartime winter"],
    "009": ["Day 1,035 of the war", "31 attack drones", "20 were shot down", "11 were lost to electronic jamming",
            "captured two villages", "122mm howitzer", "December 20, 2024"],
    "010": ["Runtime 2:41", "Views 18,390", "Likes 412", "a 20-year-old rifleman", "joined the army in 2021",
            "a 26-year-old sniper", "KOSPI 2,497.11", "SEOUL -7°C", "4 workers hurt",
            "2 held over Jeju Air crash site thefts", "1,400 flights delayed"],
    "012": ["Nikkei 225 36,045.38", "more than six months", "24 million trips", "N. Korean losses in Kursk top 3K",
            "falls 1.9% in March", "3-week Balikatan drills with 14,000 personnel"],
    "014": ["Fourteen months", "1,000 sappers", "5,000 military builders", "April 26-28, 2025",
            "2nd time this year", "53,000 foreign visitors", "cut conscript intake by 8%"],
}

OFF = ["001", "006", "011"]
DUP = {"013": "007"}

# When and what each claim is, for the reasons of the may pairs below.
WHEN = {
    "000-1": "first group of about 1,500 (NIS, Oct 18 2024)",
    "002-1": "about 10,000 in eastern Russia (Pentagon, Oct 28 2024)",
    "002-2": "3,000 (Pentagon's figure of Oct 23 2024, restated as the base of a rise)",
    "003-1": "about 8,000 in Kursk (Blinken, Oct 31 2024)",
    "003-2": "about 10,000 in eastern Russia (Pentagon, Oct 28 2024)",
    "004-1": "11,000 in Kursk (Zelensky, Nov 4 2024)",
    "005-1": "11,000 in Kursk (Zelensky, Nov 4 2024, restated)",
    "005-2": "about 10,000 in Russia (Blinken, Oct 31 2024)",
    "005-3": "about 8,000 in Kursk (Blinken, Oct 31 2024, restated)",
    "005-4": "first group of about 1,500 (NIS, Oct 18 2024, restated)",
    "007-1": "about 1,100 casualties (JCS, Dec 23 2024)",
    "007-2": "about 11,000 sent (JCS, Dec 23 2024)",
    "007-3": "at least 100 killed (NIS, Dec 19 2024)",
    "007-4": "nearly 1,000 wounded (NIS, Dec 19 2024)",
    "007-5": "several hundred casualties (Pentagon, Dec 16-17 2024, vague)",
    "008-1": "more than 3,000 casualties (Zelensky, Dec 23 2024)",
    "008-2": "thousands thrown into assaults (Ukrainian officials, Dec 2024, vague)",
    "008-3": "at least 30 casualties in one battle (HUR, Dec 15 2024, a part)",
    "009-1": "more than 3,000 casualties (Zelensky, Dec 23 2024, restated)",
    "009-2": "about 1,100 casualties (JCS, Dec 23 2024, restated)",
    "009-3": "10,000 to 12,000 fighting (unattributed, Dec 24 2024)",
    "010-1": "more than 3,000 casualties (NIS, Jan 13 2025)",
    "010-2": "about 300 killed (NIS, Jan 13 2025)",
    "010-3": "some 2,700 wounded (NIS, Jan 13 2025)",
    "010-4": "at least 100 killed (NIS's December figure, restated as the base of a rise)",
    "012-1": "about 4,700 casualties (NIS, Apr 30 2025)",
    "012-2": "about 600 killed (NIS, Apr 30 2025)",
    "012-3": "about 3,000 additional troops (NIS, reinforcements of Jan-Feb 2025)",
    "014-1": "11,000 in Kursk (Zelensky, Nov 4 2024, restated in a timeline)",
    "014-3": "about 4,000 casualties (HUR, late Jan 2025)",
    "014-4": "about 3,000 additional troops (NIS, Feb 2025, reinforcements)",
    "014-5": "about 4,700 casualties (NIS, Apr 30 2025, restated)",
    "014-6": "about 600 killed (NIS, Apr 30 2025, restated)",
    "014-7": "about 2,000 killed (NIS, Sep 2025)",
    "014-8": "several engineers killed clearing mines (autumn 2025, a part, vague)",
    "014-9": "about 10,000 remaining near the border (NIS, Dec 2025)",
}

must = [
    ["003-1", "004-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
    ["005-3", "005-1", "within one fact-check: Blinken's about 8,000 in Kursk against Zelensky's 11,000 in Kursk four days later, set against each other"],
    ["007-1", "008-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 23), the same day"],
    ["009-2", "009-1", "within one live blog: the JCS's about 1,100 casualties against Zelensky's more than 3,000, the same day, set against each other"],
]

# may: every other pair of the same metric and subject with different values: restatements of a
# must pair's two reports, first groups against totals, additional forces, parts against wholes,
# bounds, and totals weeks or months apart.
mustset = {frozenset(p[:2]) for p in must}
flat = []
for aid in sorted(A):
    for n, c in enumerate(A[aid], 1):
        flat.append(("%s-%d" % (aid, n), c))
may = []
for i in range(len(flat)):
    for j in range(i + 1, len(flat)):
        (ia, a), (ib, b) = flat[i], flat[j]
        if a[0] != b[0] or a[1] != b[1] or (a[2], a[3]) == (b[2], b[3]):
            continue
        if frozenset((ia, ib)) in mustset:
            continue
        same = " (within one article)" if ia[:3] == ib[:3] else ""
        may.append([ia, ib, "%s against %s%s" % (WHEN[ia], WHEN[ib], same)])

conflicts = {"must": must, "may": may}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
