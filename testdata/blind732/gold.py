#!/usr/bin/env python3
"""Gold labels for testdata/blind732 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind732/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea's joint chiefs of staff", "South Korea", "Seoul"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine"]
YUS = ["Andrii Yusov", "Yusov"] + HUR
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]
BLI = ["Antony Blinken", "Blinken", "Secretary Blinken", "U.S. Department of State", "State Department",
       "United States", "U.S.", "US"]
PEN = ["Pentagon", "Sabrina Singh", "Singh", "Deputy Pentagon press secretary Sabrina Singh", "United States", "U.S.", "US"]
WH = ["White House", "John Kirby", "Kirby", "United States", "U.S.", "US"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of some 1,500 special forces already shipped to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PEN,
         "North Korea has sent about 10,000 soldiers to eastern Russia for training", False),
        # the earlier figure quoted as the base of the rise
        ("troops", NK, 3000, None, "at_least", WH,
         "up from at least 3,000 that the White House cited last Wednesday", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", BLI,
         "approximately 10,000 soldiers from the DPRK are now in Russia", False),
        # those in Kursk: a part of the 10,000 in Russia
        ("troops", NK, 8000, None, "about", BLI,
         "roughly 8,000 have been moved to the Kursk region", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "about", ZEL,
         "Some 11,000 soldiers from North Korea are now in Russia's Kursk region", False),
        # officers only: a part of the whole contingent
        ("troops", NK, 500, None, "about", HUR,
         "around 500 officers had been sent from North Korea along with the rank and file", False),
        # vague, and a separate group still in the Far East
        ("troops", NK, 2000, 9000, "vague", HUR,
         "thousands more North Korean soldiers remain at training grounds in Russia's Far East", True),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops fighting for Russia have suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS + ["lawmakers"],
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + ["lawmakers"],
         "nearly 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", ["South Korean and U.S. estimates", "South Korea", "United States", "U.S."],
         "Pyongyang has sent some 11,000 soldiers to Russia", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in the Kursk region has already passed 3,000", False),
        ("casualties", NK, 200, 900, "vague", ["US official", "a US official", "United States", "U.S.", "Pentagon"],
         "had suffered \"several hundred\" casualties", True),
        # two days of fighting around three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded in two days of fighting", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than three thousand North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "estimating roughly 1,100 North Korean casualties", False),
    ],
    "009": [
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "roughly 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL + NIS,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "010": [
        ("killed", NK, 1000, None, "more_than", YUS,
         "More than 1,000 North Korean soldiers have been killed in the Kursk region", False),
        ("wounded", NK, 2000, 9000, "vague", YUS,
         "the number of wounded ran to several thousand", True),
        ("killed", NK, 300, None, "about", NIS,
         "roughly 300 had been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL + U,
         "Ukraine holds two North Korean soldiers captured on Jan. 9", False),
        ("troops", NK, 11000, None, "about", ["Ukrainian, South Korean and U.S. estimates", "Ukraine", "South Korea", "United States", "U.S."],
         "Around 11,000 were sent in the autumn", False),
    ],
    "012": [
        ("casualties", NK, 4700, None, "about", NIS + ["lawmakers"],
         "About 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS + ["lawmakers"],
         "including some 600 deaths", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia's General Staff", "Russia"],
         "Ukraine's losses in the Kursk operation had exceeded 76,000 servicemen", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "the North sent roughly 3,000 more soldiers as reinforcements in January and February", False),
        ("troops", NK, 11000, None, "about", NIS,
         "on top of the first contingent of about 11,000", False),
    ],
    "014": [
        # one engineer regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"],
         "nine of the regiment's soldiers died on the mission", False),
        ("troops", NK, 11000, 12000, "range", U,
         "Sent in autumn 2024: between 11,000 and 12,000 soldiers", False),
        ("troops", NK, 3000, None, "about", NIS,
         "Reinforcements in early 2025: about 3,000", False),
        ("killed", NK, 2000, None, "about", NIS,
         "Killed: roughly 2,000", False),
        # the April figure, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "about", NIS,
         "up from about 600 in April", False),
        ("troops", NK, 10000, None, "up_to", NIS,
         "as many as 10,000 North Korean troops remain stationed in Russian border areas", False),
    ],
}

NOT = {
    "000": ["KOSPI 2,593.82", "USD/KRW 1,369.50", "between Oct. 8 and 13", "Reading time: 4 min",
            "four brigades, roughly 12,000 men in all", "11th Corps", "about 1,500 more could follow",
            "about 500,000 troops", "Comments 84", "Views 12,406", "Defector arrivals fall to 236",
            "3.6% to 61.6 trillion won", "20%", "N. Korea says 1.4 million youths volunteered to join army"],
    "001": ["10,000-12,000 troops", "About 4 in 10 US adults", "Iran says 4 soldiers killed",
            "Boeing machinists, 33,000 strong"],
    "002": ["sixth 2+2 ministerial", "3:52 p.m. EDT", "roughly 300 kilometers", "155-millimeter shells",
            "4:31 p.m. EDT", "18 Pacific Island foreign ministers", "$400 million"],
    "003": ["Views: 3,187", "05.11.2024 10:15", "Russian army losses in Ukraine reach 706,360",
            "AK-12 rifles", "within 50 kilometres", "23 people injured"],
    "005": ["10:40 KST", "paras 4-6", "170 mm self-propelled guns",
            "N. Korean soldiers killed in Kursk number at least 100: NIS", "first time in 9 years",
            "closes at 1,451.4", "for 3rd time"],
    "007": ["13:10 (Paris)", "Read time 3 min", "December 16", "August 6",
            "several hundred square kilometres", "death toll rises to 5, over 200 injured", "up 0.7%"],
    "008": ["21.40 GMT", "72 drones", "46 were shot down", "the second EU leader to visit since 2022",
            "close to triple Seoul's", "2.7 million drivers", "5 dead are named", "No 1"],
    "009": ["-7°C", "KOSPI 2,498.54", "two days after", "N. Korean dead and wounded in Kursk exceed 3K, Zelensky claims",
            "below 9.4 million for first time since 1988"],
    "010": ["5 min read", "by a factor of more than three", "Jan. 16", "Jan. 13",
            "Russia's losses in the war: 1,580 soldiers in one day", "one of the two", "18,000 members"],
    "012": ["Nikkei 225 36,045.38", "USD/JPY 143.02", "KOSPI 2,556.61", "six months", "April 26", "Two days later",
            "millions of shells", "about 28 trillion won ($19.6 billion)", "Toyota to cut 1,000 jobs",
            "by 898,000", "9th day"],
    "014": ["Issue #212", "7 min read", "46,500 readers", "120-day mission", "six months",
            "1,000 sappers and 5,000 military builders", "$700 billion", "2025: 224, the fewest since 2021",
            "4.7%", "30% off"],
}

OFF = ["004", "011", "013"]
DUP = {"006": "005"}

# When each claim was made and what it counts, for the reasons of the may pairs below.
NOTE = {
    "000-1": "1,500 first group (NIS, Oct 18 2024)",
    "001-1": "about 10,000 in Russia (Pentagon, Oct 28 2024)",
    "001-2": "at least 3,000 (White House, Oct 23 2024)",
    "002-1": "about 10,000 in Russia (Blinken, Oct 31 2024)",
    "002-2": "about 8,000 in Kursk (Blinken, Oct 31 2024)",
    "003-1": "11,000 in Kursk (Zelensky, Nov 4 2024)",
    "003-2": "about 500 officers only (HUR, Oct-Nov 2024)",
    "003-3": "thousands more still training in the Far East (HUR, vague)",
    "005-1": "about 1,100 casualties (JCS, Dec 23 2024)",
    "005-2": "at least 100 killed (NIS, Dec 19 2024)",
    "005-3": "nearly 1,000 wounded (NIS, Dec 19 2024)",
    "005-4": "about 11,000 sent (South Korean and US estimates, Dec 2024)",
    "007-1": "more than 3,000 casualties (Zelensky, Dec 23 2024)",
    "007-2": "several hundred casualties (US official, mid-December 2024, vague)",
    "007-3": "at least 30 casualties in two days near three villages (HUR, Dec 16 2024, a part)",
    "008-1": "more than three thousand casualties (Zelensky, Dec 23 2024)",
    "008-2": "about 1,100 casualties (JCS, Dec 23 2024)",
    "009-1": "about 300 killed (NIS, Jan 13 2025)",
    "009-2": "about 2,700 wounded (NIS, Jan 13 2025)",
    "010-1": "more than 1,000 killed (HUR's Yusov, Jan 16 2025)",
    "010-2": "several thousand wounded (HUR's Yusov, Jan 16 2025, vague)",
    "010-3": "about 300 killed (NIS, Jan 13 2025)",
    "010-4": "2,700 wounded (NIS, Jan 13 2025)",
    "010-6": "about 11,000 sent in autumn 2024 (estimates restated Jan 2025)",
    "012-1": "about 4,700 casualties (NIS, Apr 30 2025)",
    "012-2": "about 600 killed (NIS, Apr 30 2025)",
    "012-4": "about 3,000 reinforcements, an additional force (NIS, Jan-Feb 2025)",
    "012-5": "about 11,000 first contingent (NIS, restated Apr 2025)",
    "014-1": "nine killed in one engineer regiment (KCNA, Dec 2025, a part)",
    "014-2": "11,000-12,000 sent in autumn 2024 (unattributed, Dec 2025)",
    "014-3": "about 3,000 reinforcements, an additional force (NIS, restated Dec 2025)",
    "014-4": "about 2,000 killed (NIS, Sep 2025)",
    "014-5": "about 600 killed (NIS, April figure restated Dec 2025)",
    "014-6": "as many as 10,000 remaining (NIS, Nov 2025)",
}

must = [
    ["002-2", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
                       "(Zelensky, Nov 4), four days apart"],
    ["005-1", "007-1", "about 1,100 North Korean casualties (South Korea's JCS) against more than 3,000 "
                       "(Zelensky), the same day, Dec 23"],
    ["008-2", "008-1", "within one live blog: roughly 1,100 casualties (JCS) against more than three thousand "
                       "(Zelensky), the same day"],
    ["009-1", "010-1", "about 300 North Korean killed (NIS, Jan 13) against more than 1,000 killed "
                       "(HUR's Yusov, Jan 16), three days apart"],
    ["010-3", "010-1", "within one explainer: NIS's roughly 300 killed against HUR's more than 1,000, the same week"],
]

# Same value and compatible qualifiers, or a value inside the other's range: no conflict either way.
SAME = {("003-1", "005-4"), ("003-1", "010-6"), ("003-1", "012-5"), ("005-4", "010-6"), ("005-4", "012-5"),
        ("010-6", "012-5"), ("003-1", "014-2"), ("005-4", "014-2"), ("010-6", "014-2"), ("012-5", "014-2"),
        ("001-1", "002-1"), ("012-4", "014-3"), ("005-1", "008-2"), ("007-1", "008-1"),
        ("009-1", "010-3"), ("009-2", "010-4"), ("012-2", "014-5"), ("009-3", "010-5")}

# Every other pair of claims with the same metric and subject: restatements of the same two reports,
# months-apart totals, first groups, additional forces, parts against wholes, vague counts, updates.
def may_pairs():
    ids = [("%s-%d" % (aid, n), c[0], c[1]) for aid, cl in sorted(A.items()) for n, c in enumerate(cl, 1)]
    done = {tuple(sorted(p[:2])) for p in must} | {tuple(sorted(p)) for p in SAME}
    out = []
    for i, (a, ma, sa) in enumerate(ids):
        for b, mb, sb in ids[i + 1:]:
            if (ma, sa) != (mb, sb) or tuple(sorted((a, b))) in done:
                continue
            out.append([a, b, "%s against %s" % (NOTE[a], NOTE[b])])
    return out

conflicts = {"must": must, "may": may_pairs()}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
