#!/usr/bin/env python3
"""Gold labels for testdata/blind805 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
from datetime import date
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind805/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Ukraine's military intelligence", "military intelligence", "HUR", "Defence Intelligence of Ukraine", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korean military", "South Korea", "Seoul"]
US = ["United States", "U.S.", "US", "Washington"]
PENT = ["Pentagon", "Department of Defense", "Sabrina Singh", "Singh", "Lloyd Austin", "Austin"] + US
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department"] + US
USOFF = ["U.S. official", "US official", "American official", "Pentagon"] + US
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "A first group of about 1,500 special forces soldiers was carried from the ports of Chongjin, Hamhung and Musudan to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENT,
         "North Korea has sent about 10,000 soldiers in total to train in eastern Russia", False),
        # the earlier figure, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House"] + US,
         "up from the at least 3,000 that John Kirby described from the White House podium", False),
        # relayed in a reporter's question
        ("troops", NK, 12000, None, "about", HUR,
         "Ukraine's military intelligence says it's more like 12,000 North Korean troops in Russia", False),
        # officers only: a part of the whole
        ("troops", NK, 500, None, "about", HUR,
         "including about 500 officers", False),
        ("casualties", RU, 600000, None, "more_than", PENT,
         "Russia has suffered more than 600,000 casualties, killed and wounded, since February 2022", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Some 8,000 North Korean soldiers have reached Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", PENT,
         "of the roughly 10,000 troops the Pentagon believes North Korea has sent to Russia", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in Russia's Kursk Oblast", False),
        ("troops", NK, 12000, None, "about", HUR,
         "Pyongyang has sent about 12,000 soldiers to Russia in all", False),
    ],
    "004": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Antony Blinken said about 8,000 North Korean soldiers were in Russia's Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Volodymyr Zelensky put the number there at 11,000", False),
        ("troops", NK, 10000, None, "about", US,
         "Washington believes some 10,000 have been sent to Russia in all", False),
        # the first group, restated
        ("troops", NK, 1500, None, "exact", NIS,
         "a first group of 1,500 special forces had been shipped from North Korean ports to Vladivostok", False),
        ("troops", RU, 50000, None, "about", ["US officials", "U.S. officials", "The New York Times"] + US,
         "Russia has gathered some 50,000 of its own soldiers in the Kursk region", False),
    ],
    "005": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 others wounded", False),
        ("troops", NK, 10000, None, "more_than", LEE,
         "of the more than 10,000 North Korean soldiers sent to Russia", False),
        ("casualties", NK, 200, 900, "vague", USOFF,
         "the North Korean contingent had suffered \"several hundred\" casualties", True),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False),
        ("casualties", RU, 773550, None, "about",
         ["General Staff of the Armed Forces of Ukraine", "General Staff", "Ukraine's General Staff", "Ukraine"],
         "puts Russia's total combat losses since February 24, 2022 at approximately 773,550 personnel", False),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "roughly 1,100 North Korean soldiers are estimated to have been killed or wounded", False),
        # last week's NIS figures, restated
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", JCS,
         "The military's estimate is unchanged at around 11,000 troops", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of killed and wounded North Korean soldiers in the Kursk region already exceeds 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "an estimated 1,100 North Korean soldiers had been killed or wounded in the Kursk region", False),
        ("casualties", NK, 200, 900, "vague", USOFF,
         "the \"several hundred\" casualties a US official described a week ago", True),
        ("killed", NK, 100, 300, "vague", NIS,
         "the dead numbered in the low hundreds", True),
    ],
    "010": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "Gerasimov claimed Ukraine had lost more than 76,000 troops in Kursk since last August", False),
        ("casualties", NK, 4700, None, "about", LEE,
         "put North Korean casualties at about 4,700", False),
        ("killed", NK, 600, None, "about", LEE,
         "including some 600 dead", False),
        # the January figures, quoted as the base of the rise
        ("killed", NK, 300, None, "about", NIS,
         "when the agency counted around 300 killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "2,700 wounded", False),
        ("casualties", NK, 4000, None, "up_to", HUR,
         "as many as 4,000 North Koreans had been killed or wounded", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "Pyongyang had sent about 3,000 reinforcements in January and February", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 it dispatched last autumn", False),
        ("captured", NK, 2, None, "exact", U,
         "the two North Korean soldiers Ukraine captured in January", False),
    ],
    "012": [
        ("troops", NK, 10000, None, "about", NIS,
         "About 10,000 North Korean troops remain in Russia's border regions", False),
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had died in the Kursk campaign", False),
        ("troops", NK, 14000, 15000, "range", NIS,
         "Pyongyang has sent between 14,000 and 15,000 combat troops to Russia since October 2024", False),
        ("troops", NK, 3000, None, "about", NIS,
         "the roughly 3,000 reinforcements who arrived early this year", False),
        # earlier estimates, restated as steps of a rising total
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 in December 2024", False),
        ("killed", NK, 300, None, "about", NIS,
         "roughly 300 by mid-January", False),
        ("killed", NK, 600, None, "about", NIS,
         "about 600 by late April", False),
        # a separate construction contingent, vague
        ("troops", NK, 2000, 9000, "vague", NIS,
         "several thousand of the builders have since followed in stages", True),
        # one engineering regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"],
         "honoured nine of its soldiers who died clearing mines", False),
    ],
}

NOT = {
    "000": ["KOSPI 2,593.82", "paras 4-9", "between Oct. 8 and 13", "some 12,000 soldiers in four brigades",
            "about 1.2 million", "more than 8 million artillery shells", "2 dead, 6 injured", "2nd day",
            "2.5 pct", "14 flights a week"],
    "001": ["56th Security Consultative Meeting", "$150 million", "a little over 43,000 service members",
            "about 100 soldiers", "2:52 p.m.", "Oct. 23, 2024"],
    "002": ["4:05 PM EDT", "kill 3 and wound 29", "death toll climbs past 150", "Oct. 31, 2024"],
    "003": ["around 600 square kilometers", "12 journalists", "a newsroom of 60", "more than 17,000 members",
            "5 injured", "Russia has lost 700,000 troops since 2022", "3 min read"],
    "004": ["as many as 100,000 soldiers", "Article 4", "Russia recruits 30,000 men a month", "6 min read",
            "Four days later"],
    "005": ["KOSPI 2,435.93", "USD/KRW 1,451.90", "1,600 more firefighters", "vetoes six bills", "15-year low",
            "on the 26th"],
    "006": ["Views 2,917", "wounds four", "23.12.2024 13:20"],
    "007": ["KOSPI 2,442.01", "3 HURT IN APARTMENT BLAZE", "240-millimeter", "170-millimeter",
            "1.2 million YouTube subscribers"],
    "008": ["88 drones", "51 were shot down", "35 were \"lost\"", "almost three times", "240mm",
            "five dead and more than 200 injured", "Comments (1,486)"],
    "010": ["Issue #37", "18,400 readers", "10-day train journey", "fell to 236 in 2024", "1,200 delegates",
            "7 min read"],
    "012": ["No. 2025-41", "Views 1,287", "1,000 sappers", "5,000 military builders", "120-day mission",
            "as many as 30,000 more troops", "66.3 Trillion Won", "76.2 Percent"],
}

OFF = ["009", "011", "014"]
DUP = {"013": "002"}

MUST = [
    ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
    ["004-1", "004-2", "within one explainer: Blinken's about 8,000 in Kursk against Zelensky's 11,000 in Kursk, four days apart"],
    ["007-1", "006-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23 morning) against more than 3,000 (Zelensky, the same day)"],
    ["008-2", "008-1", "within one live blog: the JCS's about 1,100 casualties against Zelensky's more than 3,000, the same day"],
]

# When each figure was reported, what it counts, and which report it comes from: used only to
# write the reasons of the may pairs below.
META = {
    "000-1": ("2024-10-18", "first", "NIS first group"), "001-1": ("2024-10-28", "total", "Pentagon 10,000"),
    "001-2": ("2024-10-23", "total", "White House at least 3,000"), "001-3": ("2024-10-28", "total", "HUR 12,000"),
    "001-4": ("2024-10-28", "part", "HUR 500 officers"), "001-5": ("2024-10-28", "total", "Pentagon Russian losses"),
    "002-1": ("2024-10-31", "kursk", "Blinken 8,000"), "002-2": ("2024-10-31", "total", "Pentagon 10,000"),
    "003-1": ("2024-11-04", "kursk", "Zelensky 11,000"), "003-2": ("2024-11-05", "total", "HUR 12,000"),
    "004-1": ("2024-10-31", "kursk", "Blinken 8,000"), "004-2": ("2024-11-04", "kursk", "Zelensky 11,000"),
    "004-3": ("2024-11-12", "total", "US 10,000"), "004-4": ("2024-10-18", "first", "NIS first group"),
    "004-5": ("2024-11-12", "total", "US 50,000 Russians"),
    "005-1": ("2024-12-19", "total", "NIS at least 100 killed"), "005-2": ("2024-12-19", "total", "NIS 1,000 wounded"),
    "005-3": ("2024-12-19", "total", "NIS more than 10,000"), "005-4": ("2024-12-17", "vague", "US several hundred"),
    "006-1": ("2024-12-23", "total", "Zelensky 3,000"), "006-2": ("2024-12-23", "total", "General Staff Russian losses"),
    "007-1": ("2024-12-23", "total", "JCS 1,100"), "007-2": ("2024-12-19", "total", "NIS at least 100 killed"),
    "007-3": ("2024-12-19", "total", "NIS 1,000 wounded"), "007-4": ("2024-12-23", "total", "JCS 11,000"),
    "008-1": ("2024-12-23", "total", "Zelensky 3,000"), "008-2": ("2024-12-23", "total", "JCS 1,100"),
    "008-3": ("2024-12-17", "vague", "US several hundred"), "008-4": ("2024-12-19", "vague", "NIS low hundreds"),
    "010-1": ("2025-04-26", "total", "Gerasimov"), "010-2": ("2025-04-30", "total", "NIS 4,700"),
    "010-3": ("2025-04-30", "total", "NIS 600 killed"), "010-4": ("2025-01-13", "total", "NIS 300 killed"),
    "010-5": ("2025-01-13", "total", "NIS 2,700 wounded"), "010-6": ("2025-02-15", "total", "HUR as many as 4,000"),
    "010-7": ("2025-04-30", "add", "NIS 3,000 reinforcements"), "010-8": ("2025-04-30", "total", "NIS 11,000 autumn"),
    "010-9": ("2025-01-11", "total", "two captured"),
    "012-1": ("2025-12-18", "remain", "NIS 10,000 remaining"), "012-2": ("2025-09-15", "total", "NIS 2,000 killed"),
    "012-3": ("2025-12-18", "total", "NIS 14,000-15,000"), "012-4": ("2025-12-18", "add", "NIS 3,000 reinforcements"),
    "012-5": ("2024-12-19", "total", "NIS at least 100 killed"), "012-6": ("2025-01-13", "total", "NIS 300 killed"),
    "012-7": ("2025-04-30", "total", "NIS 600 killed"), "012-8": ("2025-12-18", "vague", "NIS several thousand builders"),
    "012-9": ("2025-12-12", "part", "KCNA nine engineers"),
}


def claims():
    out = {}
    for aid, cl in A.items():
        for n, c in enumerate(cl, 1):
            out["%s-%d" % (aid, n)] = c
    return out


def compatible(a, b):
    """True when the two values plainly agree: equal, or a lower bound the other value satisfies."""
    _, _, va, ma, qa, *_ = a
    _, _, vb, mb, qb, *_ = b
    if "vague" in (qa, qb):
        return (va, ma) == (vb, mb)
    lo = lambda v, m: v
    hi = lambda v, m: m if m is not None else v
    if qa in ("exact", "about", "range", "up_to") and qb in ("exact", "about", "range", "up_to"):
        if qa == "range" or qb == "range":
            return lo(va, ma) <= hi(vb, mb) and lo(vb, mb) <= hi(va, ma)
        return va == vb
    for (x, qx), (y, my, qy) in (((va, qa), (vb, mb, qb)), ((vb, qb), (va, ma, qa))):
        if qx in ("more_than", "at_least") and qy not in ("more_than", "at_least", "less_than", "at_most"):
            return (y > x) if qx == "more_than" else (y >= x)
    if qa in ("more_than", "at_least") and qb in ("more_than", "at_least"):
        return True
    return False


def reason(ia, ib):
    da, ta, ra = META[ia]
    db, tb, rb = META[ib]
    gap = abs((date.fromisoformat(da) - date.fromisoformat(db)).days)
    musts = {frozenset((META[x][2], META[y][2])) for x, y, _ in MUST}
    head = "%s (%s) against %s (%s)" % (ra, da, rb, db)
    if "vague" in (ta, tb):
        why = "a vague count"
    elif ta != tb and {"first", "part", "add", "remain"} & {ta, tb}:
        why = "a first group, a part, an additional force or the troops remaining, against another figure"
    elif frozenset((ra, rb)) in musts:
        why = "a restatement of the same two reports already counted as a must pair"
    elif gap > 20:
        why = "weeks or months apart, a rising or changing total"
    elif {ta, tb} == {"kursk", "total"}:
        why = "troops in Kursk against the total sent to Russia"
    elif ia[:3] == ib[:3]:
        why = "within one article, an earlier figure quoted as the base of an update, or two sources' overlapping estimates"
    else:
        why = "different sources' estimates days apart, close enough to be read as the same figure"
    return head + ": " + why


C = claims()
must_set = {frozenset((a, b)) for a, b, _ in MUST}
ids = sorted(C)
MAY = []
for i, x in enumerate(ids):
    for y in ids[i + 1:]:
        cx, cy = C[x], C[y]
        if (cx[0], cx[1]) != (cy[0], cy[1]) or frozenset((x, y)) in must_set:
            continue
        if compatible(cx, cy):
            continue
        MAY.append([x, y, reason(x, y)])

conflicts = {"must": MUST, "may": MAY}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
