#!/usr/bin/env python3
"""Gold labels for testdata/blind744 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind744/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service",
       "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "Seoul's Joint Chiefs",
       "South Korean military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "President of Ukraine", "Ukraine"]
HUR = ["Ukraine's military intelligence", "Defence Intelligence of Ukraine", "HUR", "Ukraine"]
PENT = ["Pentagon", "U.S. Department of Defense", "Department of Defense", "United States", "U.S.", "Washington"]
SINGH = ["Sabrina Singh", "Singh", "Deputy Pentagon Press Secretary"] + PENT
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.",
           "US", "Washington"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "Roughly 1,500 soldiers from the North's special operations forces were carried to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", SINGH,
         "North Korea has sent around 10,000 soldiers in total to train in eastern Russia", False),
        # the earlier figure, quoted as the base of the rise
        ("troops", NK, 3000, None, "exact", SINGH,
         "up from the 3,000 we spoke about last week", False),
        ("casualties", RU, 600000, None, "more_than", SINGH,
         "Russia has taken more than 600,000 casualties, killed and wounded", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        # the whole of which the Kursk contingent is a part
        ("troops", NK, 10000, None, "about", PENT,
         "the roughly 10,000 troops that the Pentagon says Pyongyang has sent to eastern Russia", False),
    ],
    "003": [
        ("casualties", RU, 700000, None, "more_than",
         ["General Staff of the Armed Forces of Ukraine", "Ukraine's General Staff", "General Staff", "Ukraine", "Kyiv"],
         "Russia's losses in killed and wounded since the start of the full-scale invasion have passed 700,000", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "put the number who had reached Kursk at about 8,000", False),
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukraine's intelligence"],
         "Eleven thousand North Korean soldiers are now in the Kursk region", False),
        # an additional, vague number
        ("troops", NK, 2000, 9000, "vague", ["Ukrainian officials", "Ukraine", "Kyiv"],
         "thousands more are on their way by rail", True),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "had suffered several hundred casualties", True),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in the Kursk region has already exceeded three thousand", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded in Kursk", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "estimated North Korean casualties at about 1,100", False),
        ("casualties", NK, 200, 900, "vague", ["senior U.S. military official", "U.S. military official"] + PENT,
         "They have suffered several hundred casualties", True),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Koreans had died", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "almost 1,000 had been wounded", False),
        ("troops", NK, 11000, None, "about",
         ["U.S. and South Korean assessments", "United States", "U.S.", "South Korea", "Washington", "Seoul"],
         "put the force in Russia at about 11,000", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "as many as 12,000", False),
    ],
    "007": [
        ("killed", NK, 300, None, "about", LEE,
         "Some 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "about 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "his forces had captured two North Korean soldiers", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", LEE,
         "About 4,700 North Korean soldiers, South Korea's National Intelligence Service told lawmakers on Wednesday, have been killed or wounded", False),
        ("killed", NK, 600, None, "about", LEE,
         "around 600 of them fatally", False),
        ("troops", NK, 11000, 12000, "range", NIS,
         "Pyongyang sent 11,000-12,000 soldiers last autumn", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "about 3,000 more in January and February", False),
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russia's General Staff", "General Staff", "Russia"],
         "Ukraine had lost more than 76,000 troops there since August", False),
    ],
    "011": [
        ("troops", NK, 11000, None, "about", U,
         "the roughly 11,000 North Korean soldiers who went to Kursk last autumn", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "puts the toll at around 4,700 killed and wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 dead", False),
        ("casualties", NK, 4000, None, "more_than", HUR,
         "North Korean losses had topped 4,000 as early as February", False),
    ],
    "014": [
        # one engineering regiment only: a part of the whole
        ("killed", NK, 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"],
         "nine of its soldiers had died clearing mines", False),
        ("troops", NK, 10000, None, "about", NIS,
         "North Korea still keeps about ten thousand soldiers along Russia's side of the border", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "about", NIS,
         "a contingent of some 5,000 military builders is arriving in batches", False),
        ("troops", NK, 1500, None, "exact", NIS,
         "a first group of 1,500 special forces troops has shipped out", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean dead and wounded in Kursk top 3K", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukraine captures two North Korean soldiers", False),
        ("troops", NK, 3000, None, "about", JCS,
         "about 3,000 North Korean reinforcements arrived in January and February", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 dead and wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "roughly 600 of them killed", False),
        ("killed", NK, 2000, None, "about", NIS,
         "the North Korean death toll is now near 2,000", False),
    ],
}

NOT = {
    "000": ["between Oct. 8 and 13", "Four Russian landing and escort vessels",
            "about 12,000 troops in four brigades", "11th Corps", "between 40,000 and 50,000 soldiers",
            "on Oct. 16", "152 mm", "about 1.2 million troops", "4.2%", "3 dead after car plows into crowd",
            "7% from next year", "30th straight week", "3.1 million viewers"],
    "001": ["the two ministers", "56th Security Consultative Meeting", "about 300 kilometers", "about 100 U.S. soldiers",
            "since February 2022", "Page 1 of 1"],
    "002": ["1,184 Comments", "6 min", "since September 2022", "about 1,300 square kilometers",
            "2,000 civilian jobs", "another 18 months", "about 6,400 in 2022", "$850 billion", "12 weeks in"],
    "003": ["34 posts", "More than 80 million Americans", "38 attack drones", "21 were shot down",
            "14 were \"lost\"", "fewer than ten", "8:40 pm"],
    "004": ["14:40", "170 mm", "240 mm", "120 mm", "12 injured", "Fewer than 9%", "1,450 per dollar",
            "4 stadium shows"],
    "005": ["1,874 views", "more than 40 assaults", "Russia loses 1,520 more troops in Ukraine",
            "4 children"],
    "006": ["an entire division", "first two weeks", "about 10,000 men", "roughly a third of Kyiv's number",
            "on Dec. 16", "78 missiles and 106 drones", "$1.15 billion", "2 dead and thousands without power"],
    "007": ["One soldier about to be seized", "One of the men", "born in 2005", "in 1999", "60th anniversary", "below 700,000", "16:02"],
    "009": ["36,045.38", "+0.57%", "142.60", "record 898,000", "10.8 million vehicles", "first 100 days",
            "17:15 JST"],
    "011": ["1,000 sappers", "5,000 military builders", "five thousand builders",
            "6,000-strong engineering force", "12.4K plays", "52 min", "1.1K listeners voted", "64%",
            "15 minutes a day", "20% off", "1,215 ratings", "$5/month"],
    "014": ["14,230 readers", "a mission of 120 days", "1,000 sappers and 5,000 military builders will follow",
            "six months of denials", "more than three times the April figure", "fewer than 250 defectors",
            "9 trillion yen", "Two Russian Pacific Fleet corvettes", "1,100+ this year", "$8 a month", "8 min read"],
}

OFF = ["008", "012", "013"]
DUP = {"010": "009"}

MUST = [
    ["002-1", "003-3", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against eleven thousand in Kursk (Zelensky, Nov 4), four days apart: the first articles carrying each"],
    ["003-2", "003-3", "within one live blog: Blinken's about 8,000 against Zelensky's eleven thousand, set against each other ('Kyiv's count is well above Washington's'), days apart"],
    ["004-1", "005-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than three thousand killed and wounded (Zelensky, Dec 23), the same day"],
    ["006-2", "006-1", "within one fact-check: JCS's about 1,100 against Zelensky's more than 3,000, the same day"],
]

# Every other pair of the same metric and subject whose values are not plainly compatible.
# Left out on purpose: equal values (restatements) and bounds the other value satisfies
# ("more than 3,000" against "about 4,700", "at least 100" against "some 300", "as many as 12,000"
# against any lower total, "11,000-12,000" against "11,000").
FIRST = "the first group of about 1,500 (NIS, Oct 18 2024) against a later total, days to months apart"
BASE = "the Pentagon's earlier 3,000 (quoted as the base of the rise to 10,000) against a later total"
ADD = "an additional or separate force (thousands more, 3,000 reinforcements, 5,000 builders) against a total"
PART = "Kursk only (about 8,000) against all of eastern Russia (about 10,000): a part against the whole"
SCOPE = "about 10,000 in all of Russia (Oct 28) against 11,000 in Kursk (Nov 4): different scope, a week apart, a rising total"
LATER = "an October or early-November count against a later total of 11,000 or more, weeks to months apart"
REMAIN = "about 10,000 still deployed in late 2025 against the total sent a year earlier, months apart"
VAGUE = "several hundred (Pentagon, Dec 16, vague) against a figure a week or months later"
RESTATE = "a later restatement of the JCS 1,100 / Zelensky 3,000+ pair already told"
RISE = "a rising total, weeks or months apart"
UNIT = "one engineering regiment's nine dead (Dec 2025) against a total: a part against the whole"

TR = ["000-1", "001-1", "001-2", "002-1", "002-2", "003-2", "003-3", "003-4", "006-6", "006-7",
      "009-3", "009-4", "011-1", "014-2", "014-3", "014-4", "014-7"]
VAL = {}
for _aid, _cl in A.items():
    for _n, _c in enumerate(_cl, 1):
        VAL["%s-%d" % (_aid, _n)] = _c


def compatible(a, b):
    """Equal values, or a bound or range the other value satisfies."""
    ca, cb = VAL[a], VAL[b]
    if ca[2:5] == cb[2:5] or (ca[4] in ("exact", "about") and cb[4] in ("exact", "about") and ca[2] == cb[2]):
        return True
    if "vague" in (ca[4], cb[4]):
        return False

    def span(c):
        m, s, v, vmax, q = c[:5]
        if q == "range":
            return v, vmax
        if q in ("more_than", "at_least"):
            return v, float("inf")
        if q in ("up_to", "at_most", "less_than"):
            return 0, v
        return v, v
    if ca[4] in ("exact", "about") and cb[4] in ("exact", "about"):
        return False
    (a0, a1), (b0, b1) = span(ca), span(cb)
    return a0 <= b1 and b0 <= a1


def troop_reason(a, b):
    s = {a, b}
    if s & {"003-4", "009-4", "014-3", "014-7"}:
        return ADD
    if s & {"000-1", "014-4"}:
        return FIRST
    if "001-2" in s:
        return BASE
    if "014-2" in s:
        return REMAIN
    if s & {"002-1", "003-2"} and s & {"001-1", "002-2"}:
        return PART
    if s & {"001-1", "002-2"} and "003-3" in s:
        return SCOPE
    return LATER


MUSTSET = {frozenset(p[:2]) for p in MUST}
MAY = []
for i, a in enumerate(TR):
    for b in TR[i + 1:]:
        if frozenset((a, b)) in MUSTSET or compatible(a, b):
            continue
        MAY.append([a, b, troop_reason(a, b)])

CAS = ["004-1", "004-4", "005-1", "006-1", "006-2", "006-3", "009-1", "011-2", "011-4", "014-5", "014-8"]
for i, a in enumerate(CAS):
    for b in CAS[i + 1:]:
        if frozenset((a, b)) in MUSTSET or compatible(a, b):
            continue
        s = {a, b}
        if s & {"004-4", "006-3"}:
            why = VAGUE
        elif s & {"004-1", "006-2"} and s & {"005-1", "006-1", "014-5"}:
            why = RESTATE
        else:
            why = "about 1,100 (JCS, Dec 2024) against a total of 4,000 or more (Feb-Apr 2025): " + RISE
        MAY.append([a, b, why])

KIL = ["004-2", "006-4", "007-1", "009-2", "011-3", "014-1", "014-9", "014-10"]
for i, a in enumerate(KIL):
    for b in KIL[i + 1:]:
        if compatible(a, b):
            continue
        if "014-1" in (a, b):
            why = UNIT
        else:
            why = "killed: 300 (Jan 2025), 600 (Apr 2025) and near 2,000 (Sep 2025): " + RISE
        MAY.append([a, b, why])

MAY += [
    ["004-3", "007-2", "nearly 1,000 wounded (NIS, Dec 19) against about 2,700 (NIS, Jan 13): " + RISE],
    ["006-5", "007-2", "almost 1,000 wounded (NIS, Dec 19, restated) against about 2,700 (NIS, Jan 13): " + RISE],
]

conflicts = {"must": MUST, "may": MAY}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
