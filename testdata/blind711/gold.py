#!/usr/bin/env python3
"""Gold labels for testdata/blind711 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind711/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
HUR = ["Ukraine's military intelligence", "Defence Intelligence", "HUR", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military", "South Korea"]
WH = ["John Kirby", "Kirby", "White House", "United States", "U.S."]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "United States", "U.S.", "US"]
PENTAGON = ["Pentagon", "Pentagon official", "United States", "U.S.", "US"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of about 1,500 North Korean special operations troops", False),
    ],
    "001": [
        ("troops", NK, 3000, None, "at_least", WH,
         "North Korea moved at least 3,000 soldiers into eastern Russia", False),
    ],
    "003": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Roughly 8,000 North Korean soldiers have reached Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", ["Lloyd Austin", "Austin", "Defense Secretary", "Pentagon", "United States", "U.S."],
         "about 10,000 are now in the country", False),
        # the week-old White House figure, restated as the base of the rise
        ("troops", NK, 3000, None, "at_least", WH,
         "up from the \"at least 3,000\" the White House cited a week ago", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand North Korean soldiers in the Kursk region", False),
        # officers only: a part of the whole contingent
        ("troops", NK, 500, None, "about", HUR + ["Ukraine's Defence Intelligence"],
         "some 500 officers to Russia", False),
    ],
    "005": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special forces soldiers had landed in Vladivostok", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "around 8,000 North Korean soldiers were in the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "put the number there at 11,000", False),
        ("troops", RU, 50000, None, "about", ["US officials", "U.S. officials", "The New York Times", "United States", "US"],
         "Russia has massed around 50,000 of its own troops", False),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "Another nearly 1,000 North Korean soldiers have been wounded", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         "North Korean troops had suffered \"several hundred\" casualties", True),
        ("troops", NK, 11000, None, "about", U,
         "North Korea is believed to have sent around 11,000 soldiers to Russia", False),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered roughly 1,100 casualties in the Kursk region", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers killed and wounded in Kursk region", False),
    ],
    "010": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean units had suffered about 1,100 casualties", False),
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi"],
         "the number of killed and wounded North Korean soldiers already exceeds 3,000", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "the NIS counted at least 100 dead", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         "casualties in the \"several hundred.\"", True),
        # one engagement only: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded", False),
    ],
    "011": [
        ("killed", NK, 300, None, "about", LEE,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        # December's figure, restated as the base of the rise
        ("killed", NK, 100, None, "at_least", NIS,
         "it said at least 100 had been killed", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian troops captured two North Korean soldiers in the Kursk region last week", False),
        # one day of fighting only
        ("casualties", UA, 260, None, "up_to", ["Russia's defence ministry", "Russian Defence Ministry", "defence ministry", "Russia"],
         "Ukraine lost up to 260 servicemen in the Kursk region over the past 24 hours", False),
    ],
    "013": [
        ("troops", NK, 11000, 12000, "range", ["South Korean and Western estimates", "South Korea", "Western officials"],
         "somewhere between 11,000 and 12,000 North Korean soldiers went to Russia", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "About 3,000 more followed in January and February as reinforcements", False),
        ("casualties", NK, 4000, None, "up_to", HUR,
         "put North Korean losses at as many as 4,000 killed and wounded", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia's general staff", "Russia"],
         "Ukraine's losses in the region had exceeded 76,000 troops", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "among them around 600 dead", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Koreans had died in the fighting", False),
        ("troops", NK, 10000, None, "about", NIS,
         "roughly 10,000 North Korean troops are still stationed in Russian border areas", False),
        # one engineering regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", ["state media", "KCNA", "Kim Jong Un", "North Korea"],
         "nine of its soldiers who were killed clearing mines there", False),
    ],
}

NOT = {
    "000": ["KOSPI 2,593.82", "USD/KRW 1,369.50", "Read time: 3 min", "Comments 48", "between Oct. 8 and 13",
            "four brigades, some 12,000 troops altogether", "11th Corps", "roughly 200,000 personnel", "Oct. 16",
            "30th straight week", "4,000 trainee doctors yet to return to hospitals",
            "Over 1,200 runners join first DMZ peace marathon", "1,370 per dollar"],
    "001": ["1:52 P.M. EDT", "could go as high as 12,000", "the roughly 100 American troops", "in the last 48 hours",
            "about 15 minutes", "END 2:41 P.M. EDT"],
    "003": ["5:30 p.m. EDT", "1,208 Comments", "some 1,000 square kilometers",
            "More than 60 million Americans have already voted early", "top $50 billion",
            "Four dead, 12 hurt as storms sweep through Oklahoma", "The 9 best Halloween candies"],
    "004": ["Views 3,519", "since August 6", "several dozen settlements",
            "Russian army loses 1,330 soldiers in past day", "59 of 63 attack drones"],
    "005": ["3:47 pm", "5 min read", "10,000-12,000 in all", "The gap of some 3,000 soldiers",
            "roughly 1,000 square kilometres", "about $2,000 a month per soldier", "1950-1953",
            "nearly 1,000 days of war, and 6 million refugees still abroad"],
    "006": ["Dec. 19, 2024 - 15:42", "Impeached Yoon summoned by investigators for 2nd time",
            "Over 2,300 flights canceled", "3 dead, 27 injured in Busan apartment fire", "1,450 per dollar",
            "1 billion streams"],
    "007": ["paras 4-6", "240 mm multiple rocket launchers", "170 mm self-propelled guns",
            "Pentagon says N. Korean troops suffered 'several hundred' casualties", "2,300 fans rally"],
    "009": ["Live viewers: 18,406", "46 of 71 Russian attack drones", "41.92 per dollar",
            "two people injured in guided-bomb strike", "-4°C", "8 regions", "every 5 minutes"],
    "010": ["Share 214", "Comments 31", "near three villages", "7 in 10 Koreans oppose sending weapons",
            "N. Korea may have sent 1,000 more troops, says Ukraine"],
    "011": ["one of the two", "born in 2005", "born in 1999", "a tank and five armoured vehicles",
            "13 Ukrainian drones", "2 of its pilots", "Comments (97)"],
    "013": ["14,302 plays", "48 min", "1,000 sappers and 5,000 military builders", "120-day demining mission",
            "from $5 a month", "Why 600,000 South Korean men still say no to early enlistment", "episode 198"],
}

OFF = ["002", "012", "014"]
DUP = {"008": "007"}

MUST = [
    ["003-1", "004-1", "about 8,000 North Koreans in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart: the first articles carrying each"],
    ["005-2", "005-3", "within one explainer: Blinken's around 8,000 in Kursk against Zelensky's 11,000 four days later, set side by side as an unexplained gap"],
    ["007-1", "009-1", "roughly 1,100 casualties (JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 23), the same day: the first articles carrying each"],
    ["010-1", "010-2", "within one fact-check: JCS's about 1,100 casualties against Zelensky's more than 3,000, the same day"],
]

# when each claim's figure was given, and what it counts (for the may reasons)
WHEN = {
    "000-1": ("1,500 (NIS, Oct 18 2024)", "first"), "001-1": ("at least 3,000 (White House, Oct 23 2024)", "total"),
    "003-1": ("about 8,000 in Kursk (Blinken, Oct 31 2024)", "kursk"), "003-2": ("about 10,000 in Russia (Austin, Oct 31 2024)", "total"),
    "003-3": ("at least 3,000 (White House, Oct 23 2024)", "total"), "004-1": ("11,000 in Kursk (Zelensky, Nov 4 2024)", "kursk"),
    "004-2": ("about 500 officers (HUR, autumn 2024)", "part"), "005-1": ("1,500 (NIS, Oct 18 2024)", "first"),
    "005-2": ("about 8,000 in Kursk (Blinken, Oct 31 2024)", "kursk"), "005-3": ("11,000 in Kursk (Zelensky, Nov 4 2024)", "kursk"),
    "006-4": ("about 11,000 sent (Dec 19 2024)", "total"), "013-1": ("11,000-12,000 sent in autumn 2024 (estimates, Dec 2025)", "total"),
    "013-2": ("about 3,000 reinforcements (JCS, Mar 2025)", "extra"), "013-8": ("about 10,000 remaining (NIS, Dec 2025)", "remain"),
    "006-3": ("several hundred (Pentagon, Dec 17 2024)", "vague"), "007-1": ("about 1,100 (JCS, Dec 23 2024)", "total"),
    "009-1": ("more than 3,000 (Zelensky, Dec 23 2024)", "total"), "010-1": ("about 1,100 (JCS, Dec 23 2024)", "total"),
    "010-2": ("more than 3,000 (Zelensky, Dec 23 2024)", "total"), "010-5": ("several hundred (Pentagon, Dec 17 2024)", "vague"),
    "010-6": ("at least 30 in one engagement (HUR, mid-Dec 2024)", "part"), "013-3": ("up to 4,000 (HUR, Feb 2025)", "total"),
    "013-5": ("about 4,700 (NIS, Apr 2025)", "total"),
    "011-5": ("up to 260 in one day (Russia, Jan 2025)", "part"), "013-4": ("more than 76,000 (Gerasimov, Apr 2025)", "total"),
    "006-1": ("at least 100 (NIS, Dec 19 2024)", "total"), "007-2": ("at least 100 (NIS, Dec 19 2024)", "total"),
    "010-3": ("at least 100 (NIS, Dec 19 2024)", "total"), "011-1": ("about 300 (NIS, Jan 13 2025)", "total"),
    "011-3": ("at least 100 (NIS, Dec 2024)", "total"), "013-6": ("about 600 (NIS, Apr 2025)", "total"),
    "013-7": ("about 2,000 (NIS, Sep 2025)", "total"), "013-9": ("nine engineers of one regiment (KCNA, Dec 2025)", "part"),
    "006-2": ("nearly 1,000 (NIS, Dec 19 2024)", "total"), "007-3": ("nearly 1,000 (NIS, Dec 19 2024)", "total"),
    "010-4": ("nearly 1,000 (NIS, Dec 19 2024)", "total"), "011-2": ("about 2,700 (NIS, Jan 13 2025)", "total"),
}
SAME = {
    frozenset(("003-1", "005-3")): "the must pair 003-1 / 004-1 again (Blinken's 8,000 against Zelensky's 11,000), restated by a later article",
    frozenset(("004-1", "005-2")): "the must pair 003-1 / 004-1 again (Blinken's 8,000 against Zelensky's 11,000), restated by a later article",
    frozenset(("007-1", "010-2")): "the must pair 007-1 / 009-1 again (JCS 1,100 against Zelensky's 3,000+), restated by a later article",
    frozenset(("009-1", "010-1")): "the must pair 007-1 / 009-1 again (JCS 1,100 against Zelensky's 3,000+), restated by a later article",
}
WHY = {"first": "a first group", "part": "a part of the whole", "extra": "an additional force",
       "remain": "those still there", "vague": "a vague count", "kursk": "those in Kursk", "total": "a total"}


def may_pairs():
    claims = [("%s-%d" % (aid, n), c) for aid, cl in sorted(A.items()) for n, c in enumerate(cl, 1)]
    must = {frozenset(p[:2]) for p in MUST}
    out = []
    for i, (ia, a) in enumerate(claims):
        for ib, b in claims[i + 1:]:
            if (a[0], a[1]) != (b[0], b[1]) or frozenset((ia, ib)) in must:
                continue
            if (a[2], a[3]) == (b[2], b[3]):
                continue  # the same figure, restated: no conflict either way
            wa, ka = WHEN[ia]
            wb, kb = WHEN[ib]
            if ia[:3] == ib[:3]:
                where = "within one article"
            else:
                where = "across articles"
            if frozenset((ia, ib)) in SAME:
                out.append([ia, ib, SAME[frozenset((ia, ib))]])
                continue
            if ka == kb == "total":
                why = "totals given at different times (a rising count, or a bound the other satisfies)"
            elif ka == kb:
                why = "both " + WHY[ka]
            else:
                why = WHY[ka] + " against " + WHY[kb]
            out.append([ia, ib, "%s %s against %s, %s: %s" % (a[0], wa, wb, where, why)])
    return out


conflicts = {"must": MUST, "may": may_pairs()}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
