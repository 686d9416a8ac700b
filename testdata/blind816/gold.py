#!/usr/bin/env python3
"""Gold labels for testdata/blind816 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
from itertools import combinations
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind816/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "Lee Sung-jun", "South Korea", "Seoul"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskiy", "Zelenskyy", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "United States", "U.S.", "US"]
PENTAGON = ["Pentagon", "Sabrina Singh", "United States", "U.S.", "US"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "roughly 1,500 soldiers from the North's special operations forces were shipped to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers are now in Russia's Kursk region", False),
        # the whole contingent in Russia, of which the 8,000 in Kursk are a part
        ("troops", NK, 10000, None, "about", PENTAGON,
         "the Pentagon said about 10,000 North Korean troops had been sent to eastern Russia for training", False),
        # the earlier figure, quoted as the base of the rise
        ("troops", NK, 3000, None, "about", ["White House", "John Kirby", "Kirby", "United States", "U.S.", "US"],
         "the roughly 3,000 that the White House put forward only a week earlier", False),
    ],
    "002": [
        # quote first, speaker named in the next sentence
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukrainian intelligence", "our intelligence"],
         "there are already 11,000 soldiers from North Korea in the Kursk region", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "up to 12,000 North Korean soldiers had been trained at five ranges in Russia's Far East", False),
        # officers only, generals only: parts of the whole
        ("troops", NK, 500, None, "about", HUR,
         "the contingent includes about 500 officers", False),
        ("troops", NK, 3, None, "exact", HUR,
         "among them three generals", False),
    ],
    "003": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "roughly 8,000 North Korean soldiers were in the Kursk region", False),
        # repeated in the 15.20 entry ("Zelenskiy's 11,000"): labelled once
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukrainian intelligence"],
         "Volodymyr Zelenskiy said 11,000 North Korean soldiers were now in Russia's Kursk region", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in Kursk Oblast already exceeds 3,000", False),
        # one weekend of fighting: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded", False),
        ("troops", NK, 11000, None, "about", ["Kyiv", "Kyiv's estimates", "Ukraine"] + ZEL,
         "Around 11,000 North Korean soldiers were deployed to Kursk Oblast in the autumn", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered about 1,100 casualties", False),
        # the NIS relayed by a lawmaker, inside a reporter's question
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", JCS,
         "some 11,000 were sent", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean killed and wounded in the Kursk region had topped 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "the North Korean troops had suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 had been wounded", False),
        ("casualties", NK, 200, 900, "vague", ["senior US military official", "US military official", "United States", "U.S.", "US", "Pentagon"],
         "North Korean troops had suffered casualties in the \"several hundred\" range", True),
    ],
    "008": [
        ("casualties", NK, 3000, None, "about", NIS,
         "have suffered some 3,000 casualties", False),
        ("killed", NK, 300, None, "about", LEE,
         "About 300 have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "about 2,700 wounded", False),
        # the December figure, quoted as the base of the rise
        ("killed", NK, 100, None, "at_least", NIS,
         "when it said at least 100 had been killed", False),
        ("troops", NK, 11000, None, "about", U,
         "North Korea sent some 11,000 soldiers to Russia last autumn", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "two North Korean soldiers were captured alive by Ukrainian forces on Jan. 9", False),
    ],
    "010": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has moved about 1,500 special forces soldiers to Russia's Far East", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers are in the Kursk region", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "the capture of two wounded North Korean soldiers", False),
        ("killed", NK, 300, None, "about", NIS,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "about 2,700 wounded", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "puts North Korean losses, dead and wounded, at about 4,000", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "Pyongyang sent roughly 3,000 more soldiers to Russia in January and February as reinforcements", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "estimate North Korean casualties so far at some 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "some 600 North Korean soldiers have been killed in action", False),
        # the lede's vague count
        ("troops", NK, 2000, 20000, "vague", ["Seoul", "Kyiv", "Washington", "South Korea", "Ukraine", "United States"],
         "thousands of North Korean soldiers sent to fight for Russia", True),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "the Ukrainian armed forces had lost more than 76,000 servicemen in the Kursk Region", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting in Kursk", False),
        # the April figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 in its April estimate", False),
        ("troops", NK, 10000, None, "about", NIS,
         "Some ten thousand North Korean troops are still stationed in Russian border areas", False),
        # one engineer regiment: a part of the whole
        ("killed", NK, 9, None, "exact", ["state media", "KCNA", "Korean Central News Agency", "North Korea", "Kim Jong Un"],
         "State media said nine of its soldiers died there", False),
        ("troops", NK, 14000, 15000, "range", ["Cho Min-jae", "Cho"],
         "Between 14,000 and 15,000 North Korean troops have served in Russia since October 2024", False),
        # the first group, before the reinforcements
        ("troops", NK, 11000, 12000, "range", ["Cho Min-jae", "Cho"],
         "the first 11,000 to 12,000", False),
    ],
}

NOT = {
    "000": ["between Oct. 8 and 13", "four brigades, or as many as 12,000 troops in all",
            "Four Russian navy transport ships and three escort vessels", "more than 13,000 containers",
            "2 inter-Korean roads", "2,593.82", "3 soldiers hurt in K9 howitzer accident",
            "Flu cases up 41 percent", "Oct. 16"],
    "001": ["several hundred square miles", "Ukraine says 2 killed as Russian drones hit Kyiv",
            "record low of 2.4%", "Oct. 31, 2024", "5:18 PM EDT"],
    "002": ["Views: 4 318", "five ranges", "Russian army loses 1,330 soldiers in past day", "05.11.2024 08:25"],
    "003": ["Comments (1,327)", "39 of the 60 drones", "another 20", "more than 160 million registered to vote",
            "death toll passes 200", "The 50 best TV shows"],
    "005": ["2 min read", "roughly 1,000 square kilometers", "more than 15,000 members",
            "Russia has lost over 770,000 troops in Ukraine since 2022"],
    "006": ["Running time 21:37", "Views 2,114", "170-millimeter self-propelled guns",
            "240-millimeter multiple rocket launchers", "Three questions on other topics omitted"],
    "007": ["shared thousands of times", "almost three times the South Korean one", "roughly a third of that",
            "200 North Korean soldiers surrendering in Kursk", "from a 2019 funeral", "Four days before that"],
    "008": ["KOSPI 2,489.56", "KOSDAQ 713.15", "USD/KRW 1,472.30", "-7°C", "a 20-year-old rifleman",
            "a 26-year-old sniper", "with 3,000 officers on standby", "12 daily flights", "1 billion streams"],
    "010": ["For six months", "6 min read", "kills at least 34 civilians", "€1 for the first month",
            "signed with Moscow in June 2024"],
    "011": ["1,000 sappers", "5,000 military construction workers", "1,000 deminers", "5,000 military builders",
            "his third since March", "June 19, 2024", "Article 4"],
    "014": ["Episode 187", "52 min", "14.2K plays", "1,106 ratings", "11 years covering", "120 days of mine clearing",
            "7.5% to 66.3 trillion won", "$5 a month", "3,400 listeners"],
}

OFF = ["004", "009", "013"]
DUP = {"012": "001"}

MUST = [
    ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
     "(Zelensky, Nov 4), four days apart"],
    ["006-1", "005-1", "about 1,100 North Korean casualties (South Korea's JCS) against more than 3,000 killed "
     "and wounded (Zelensky), both on Dec 23"],
    ["007-2", "007-1", "within one fact-check: the JCS's about 1,100 casualties against Zelensky's more than "
     "3,000, the same day"],
    ["003-1", "003-2", "within one live blog: Blinken's roughly 8,000 in Kursk (Oct 31) against Zelenskiy's "
     "11,000 (Nov 4)"],
]

# What each claim is, for the reasons of the may pairs: (date of the figure, what, kind, report)
# kind: total, first (first group), part, add (additional force), base (earlier figure quoted in an
# update), vague. report names the same source's same figure across articles.
NOTE = {
    "000-1": ("2024-10-18", "first group of about 1,500 (NIS, Oct 18)", "first", "nis1500"),
    "001-1": ("2024-10-31", "about 8,000 in Kursk (Blinken, Oct 31)", "total", "blinken8000"),
    "001-2": ("2024-10-28", "about 10,000 in eastern Russia (Pentagon, Oct 28)", "total", "pentagon10000"),
    "001-3": ("2024-10-23", "roughly 3,000 (White House, Oct 23), the base of the rise", "base", "wh3000"),
    "002-1": ("2024-11-04", "11,000 in Kursk (Zelensky, Nov 4)", "total", "zel11000"),
    "002-2": ("2024-10-25", "up to 12,000 trained in the Far East (HUR, late Oct)", "total", "hur12000"),
    "002-3": ("2024-10-25", "about 500 officers (HUR, late Oct)", "part", "hur500"),
    "002-4": ("2024-10-25", "three generals (HUR, late Oct)", "part", "hur3"),
    "003-1": ("2024-10-31", "roughly 8,000 in Kursk (Blinken, Oct 31, restated)", "total", "blinken8000"),
    "003-2": ("2024-11-04", "11,000 in Kursk (Zelenskiy, Nov 4, restated)", "total", "zel11000"),
    "005-1": ("2024-12-23", "more than 3,000 casualties (Zelensky, Dec 23)", "total", "zel3000"),
    "005-2": ("2024-12-15", "at least 30 casualties in one weekend (HUR, mid-Dec)", "part", "hur30"),
    "005-3": ("2024-11-15", "around 11,000 deployed in the autumn (Kyiv, told Dec 23)", "total", "kyiv11000"),
    "006-1": ("2024-12-23", "about 1,100 casualties (JCS, Dec 23)", "total", "jcs1100"),
    "006-2": ("2024-12-19", "at least 100 killed (NIS, Dec 19)", "total", "nis100"),
    "006-3": ("2024-12-19", "nearly 1,000 wounded (NIS, Dec 19)", "total", "nis1000"),
    "006-4": ("2024-12-23", "some 11,000 sent (JCS, Dec 23)", "total", "jcs11000"),
    "007-1": ("2024-12-23", "more than 3,000 casualties (Zelensky, Dec 23, restated)", "total", "zel3000"),
    "007-2": ("2024-12-23", "about 1,100 casualties (JCS, Dec 23, restated)", "total", "jcs1100"),
    "007-3": ("2024-12-19", "at least 100 killed (NIS, Dec 19, restated)", "total", "nis100"),
    "007-4": ("2024-12-19", "nearly 1,000 wounded (NIS, Dec 19, restated)", "total", "nis1000"),
    "007-5": ("2024-12-16", "several hundred casualties (US official, Dec 16)", "vague", "us_sev100"),
    "008-1": ("2025-01-13", "some 3,000 casualties (NIS, Jan 13)", "total", "nis3000"),
    "008-2": ("2025-01-13", "about 300 killed (NIS, Jan 13)", "total", "nis300"),
    "008-3": ("2025-01-13", "about 2,700 wounded (NIS, Jan 13)", "total", "nis2700"),
    "008-4": ("2024-12-19", "at least 100 killed (NIS, Dec), the base of the rise", "base", "nis100"),
    "008-5": ("2024-11-15", "some 11,000 sent last autumn (unattributed, Jan 14)", "total", "u11000"),
    "008-6": ("2025-01-09", "two captured (Jan 9)", "total", "cap2"),
    "010-1": ("2024-10-18", "first group of about 1,500 (NIS, Oct 18, restated)", "first", "nis1500"),
    "010-2": ("2024-11-04", "11,000 in Kursk (Zelensky, Nov 4, restated in May 2025)", "total", "zel11000"),
    "010-3": ("2025-01-11", "two captured (Jan 11)", "total", "cap2"),
    "010-4": ("2025-01-13", "about 300 killed (NIS, Jan 13, restated)", "total", "nis300"),
    "010-5": ("2025-01-13", "about 2,700 wounded (NIS, Jan 13, restated)", "total", "nis2700"),
    "010-6": ("2025-02-05", "about 4,000 casualties (HUR, early Feb)", "total", "hur4000"),
    "010-7": ("2025-03-27", "roughly 3,000 reinforcements (JCS, Mar 27)", "add", "jcs3000"),
    "010-8": ("2025-03-27", "some 4,700 casualties (JCS, Mar 27)", "total", "jcs4700"),
    "010-9": ("2025-04-30", "some 600 killed (NIS, Apr 30)", "total", "nis600"),
    "010-10": ("2025-05-02", "thousands sent (vague, May 2025 lede)", "vague", "thousands"),
    "011-1": ("2025-04-26", "more than 76,000 Ukrainian losses (Gerasimov, Apr 26)", "total", "ger76000"),
    "014-1": ("2025-09-15", "about 2,000 killed (NIS, Sep 2025)", "total", "nis2000"),
    "014-2": ("2025-04-30", "roughly 600 killed (NIS, April), the base of the rise", "base", "nis600"),
    "014-3": ("2025-12-16", "some ten thousand still near the border (NIS, Dec 2025)", "total", "nis10000"),
    "014-4": ("2025-12-16", "nine engineers of one regiment killed (state media, Dec 2025)", "part", "kcna9"),
    "014-5": ("2025-12-16", "14,000-15,000 served in all (Cho, Dec 2025)", "total", "cho14000"),
    "014-6": ("2024-11-15", "first 11,000-12,000 (Cho, autumn 2024)", "first", "cho11000"),
}

WHY = {
    "part": "a part of the whole",
    "add": "an additional force against a total",
    "first": "a first group against a later or larger total",
    "base": "an earlier figure quoted as the base of an update, not a conflict",
    "vague": "a vague count against a number",
}


SPECIAL = {
    frozenset(("blinken8000", "pentagon10000")):
        "the 8,000 in Kursk are a part of the 10,000 in Russia counted three days earlier",
    frozenset(("nis10000", "cho14000")):
        "those still stationed near the border against everyone who has served since 2024: a part against a cumulative total",
}


def claims():
    out = []
    for aid, cl in A.items():
        for n, c in enumerate(cl, 1):
            out.append(("%s-%d" % (aid, n), c))
    return out


def satisfies(bound, other):
    """True when one claim is a one-sided bound that the other's value meets."""
    q, v = bound[4], bound[2]
    x = other[2]
    return ((q in ("more_than", "at_least") and x >= v) or (q in ("up_to", "at_most", "less_than") and x <= v))


def gap(a, b):
    from datetime import date
    d = abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    if d <= 10:
        return "%d days apart" % d
    if d <= 60:
        return "%d weeks apart" % round(d / 7)
    return "%d months apart" % round(d / 30.4)


def may_pairs():
    must = {frozenset(p[:2]) for p in MUST}
    told = {}
    for p in MUST:
        told.setdefault(frozenset((NOTE[p[0]][3], NOTE[p[1]][3])), []).append("%s / %s" % (p[0], p[1]))
    pairs = []
    for (ia, a), (ib, b) in combinations(claims(), 2):
        if a[0] != b[0] or a[1] != b[1]:
            continue
        if (a[2], a[3]) == (b[2], b[3]):
            continue  # the same figure: no conflict to tell
        if frozenset((ia, ib)) in must:
            continue
        na, nb = NOTE[ia], NOTE[ib]
        kinds = [k for k in (na[2], nb[2]) if k != "total"]
        key = frozenset((na[3], nb[3]))
        if key in told:
            why = "a restatement of the disagreement already told (must %s)" % ", ".join(told[key])
        elif key in SPECIAL:
            why = SPECIAL[key]
        elif kinds:
            why = WHY[kinds[0]]
        elif satisfies(a, b) or satisfies(b, a):
            why = "a bound the other value satisfies (%s)" % gap(na[0], nb[0])
        elif {na[3], nb[3]} in ({"pentagon10000", "zel11000"}, {"pentagon10000", "kyiv11000"}):
            why = "10,000 in all of Russia against 11,000 in Kursk a week or more later: a rising deployment, defensible either way"
        else:
            why = "%s: a rising total or a later estimate" % gap(na[0], nb[0])
        pairs.append([ia, ib, "%s against %s: %s" % (na[1], nb[1], why)])
    return pairs


conflicts = {"must": MUST, "may": may_pairs()}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
