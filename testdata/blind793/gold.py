#!/usr/bin/env python3
"""Gold labels for testdata/blind793 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
from itertools import combinations
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind793/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency",
       "South Korean intelligence", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military",
       "South Korean military", "South Korea", "Seoul"]
PENT = ["Pentagon", "Department of Defense", "U.S. Department of Defense", "Pentagon spokesperson",
        "United States", "U.S.", "US"]
SINGH = ["Sabrina Singh", "Singh"] + PENT
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "United States", "U.S.", "US"]
AUSTIN = ["Lloyd Austin", "Austin"] + PENT
HUR = ["Defence Intelligence of Ukraine", "HUR", "GUR", "Ukraine's military intelligence",
       "military intelligence", "Ukraine"]
RUMOD = ["Russian Defence Ministry", "Russia's defence ministry", "Russian Ministry of Defence",
         "Russian defense ministry", "Russia"]
GERAS = ["Valery Gerasimov", "Gerasimov", "General Staff", "Russian General Staff", "Russia"]
KCNA = ["North Korean state media", "state media", "Korean Central News Agency", "KCNA", "North Korea",
        "Pyongyang"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has shipped about 1,500 special forces soldiers to Russia's Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", SINGH,
         "North Korea has sent around 10,000 soldiers in total to train in eastern Russia", False),
        # the previous week's figure, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "about", SINGH + ["John Kirby", "Kirby", "White House"],
         "up from the roughly 3,000 we had briefed last week", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Some 8,000 North Korean soldiers are now in Russia's Kursk region", False),
        # the whole of which the 8,000 in Kursk are a part
        ("troops", NK, 10000, None, "about", AUSTIN,
         "Austin said the U.S. now believes about 10,000 North Korean troops are in Russia in all", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "eleven thousand soldiers from North Korea are in the Kursk region", False),
    ],
    "004": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Antony Blinken said about 8,000 North Korean soldiers were in Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Volodymyr Zelensky put the figure at 11,000", False),
        ("troops", NK, 10000, None, "about", PENT,
         "the Pentagon had said about 10,000 North Korean soldiers had been sent to eastern Russia", False),
        ("troops", NK, 1500, None, "exact", NIS,
         "an initial 1,500 special forces troops had reached Russia's Far East", False),
    ],
    "005": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers sent to Russia have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 others injured", False),
        ("troops", NK, 11000, None, "about", LEE,
         "the roughly 11,000 North Korean troops sent to Russia", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         'North Korean troops had sustained "several hundred" casualties', True),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "around 1,100 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", NK, 11000, None, "about",
         ["Ukrainian and Western estimates", "Ukrainian estimates", "Western estimates", "Ukraine", "unattributed"],
         "Pyongyang is believed to have sent around 11,000 troops to Russia this autumn", False),
        # two days near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "009": [
        ("casualties", UA, 45000, None, "more_than", RUMOD,
         "Ukraine had lost more than 45,000 servicemen in the Kursk region", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Zelensky's count of more than 3,000 North Korean dead and wounded", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         '"several hundred" North Korean casualties', True),
        ("troops", NK, 10000, 12000, "range", U,
         "between 10,000 and 12,000 troops to Russia", False),
    ],
    "010": [
        ("killed", NK, 300, None, "about", LEE,
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "around 2,700 wounded", False),
        # the December figure, quoted as the base of the rise: an update
        ("killed", NK, 100, None, "at_least", NIS,
         'the "at least 100" dead the same agency reported on Dec. 19', False),
        ("captured", NK, 2, None, "exact", ZEL + ["NIS", "National Intelligence Service"],
         "Ukraine captured two wounded North Korean soldiers in Kursk", False),
    ],
    "011": [
        ("troops", NK, 10000, 12000, "range", U,
         "North Korea sent 10,000-12,000 troops to Russia in the autumn of 2024", False),
        ("killed", NK, 2000, None, "about", NIS,
         "by September South Korean intelligence put the number of North Korean dead at about 2,000", False),
        ("troops", NK, 10000, None, "about", NIS,
         "About 10,000 North Korean troops remain in Russia's border areas", False),
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 special forces have been shipped to Russia's Far East", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Volodymyr Zelensky says 11,000 North Korean soldiers are in the Kursk region", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Kursk", False),
        ("casualties", NK, 3000, None, "more_than", NIS,
         "puts North Korean casualties above 3,000", False),
        ("killed", NK, 300, None, "about", NIS,
         "with roughly 300 of them killed", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "estimates North Korean losses, dead and wounded, at about 4,000", False),
        # replacements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "some 3,000 more soldiers were sent in January and February", False),
        ("casualties", UA, 76000, None, "more_than", GERAS,
         "Ukrainian losses in the Kursk operation exceeded 76,000 servicemen", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean casualties have reached about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 dead", False),
        # one engineering regiment clearing mines: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "nine soldiers of an engineering regiment were killed clearing mines", False),
    ],
}

NOT = {
    "000": ["over five days from October 8", "four brigades, or about 12,000 soldiers", "preparing 10,000 soldiers",
            "about 1.2 million active personnel", "his first in 24 years", "51 of 67 Russian drones",
            "27 EU leaders", "2,593.82", "3 min read"],
    "001": ["56th Security Consultative Meeting", "says 12,000 are being sent eventually", "about 100 service members",
            "2:03 p.m.", "2:41 p.m.", "Transcript ID: 3949216"],
    "002": ["roughly 1,300 square kilometers (500 square miles)", "death toll climbs to 158", "with 5 days to go",
            "2 ballistic missiles and 40 drones"],
    "003": ["exceed 701,000", "59 Shahed drones", "30 downed", "Views: 3,267", "on October 23", "on August 6"],
    "004": ["shared thousands of times", "as many as 12,000 in total", "thousands short", "issued five days apart",
            "5 min read"],
    "005": ["paras 4-7", "N. Korea sends additional 1,500 troops to Russia: NIS", "1st hearing",
            "1.8 tln-won", "5 injured as fire breaks out", "13:30"],
    "006": ["240-millimeter multiple rocket launchers", "all six sitting justices", "minus 12 degrees Celsius",
            "KOSPI 2,442.01", "KOSDAQ 677.32", "USD/KRW 1,451.90", "minus 7 in Seoul", "3 GANGWON COUNTIES", "8,902 views", "(28:40)"],
    "007": ["Russian losses in Kursk Oblast near 40,000", "20,000+ members", "2 ballistic missiles, 7 injured",
            "1.5 million drones", "over two days", "2 min read"],
    "009": ["38 of the 59 drones", "a further 20", "close to three times Seoul's", "Comments (1,204)",
            "death toll rises to five, more than 200 injured", "We gathered 4,000 letters", "60 days a year"],
    "010": ["join 18,400 readers", "one soldier about to be captured", "born in 2005", "the other, 26",
            "2 - North Korean missile launches", "1,470.8", "3,000 - police officers", "12 - weeks",
            "North Korea's 11,000: who they are", "400 seats left", "Issue #211", "41 Sejong-daero"],
    "011": ["Fourteen months", "1,000 sappers and 5,000 military builders", "more than three times its April estimate",
            "a 120-day mission", "12 years", "1,000 Russian tourists", "12 million rounds", "No. 58", "1.4 MB",
            "26-28 April 2025", "two days later", "11-minute read"],
}

OFF = ["012", "013", "014"]
DUP = {"008": "007"}

conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Koreans in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
                           "(Zelensky, Nov 4), four days apart"],
        ["004-1", "004-2", "within one fact-check: Blinken's about 8,000 against Zelensky's 11,000 in Kursk, "
                           "set side by side"],
        ["006-1", "007-1", "about 1,100 North Korean killed and wounded (South Korea's JCS, Dec 23) against more "
                           "than 3,000 (Zelensky, Dec 23), the same day"],
        ["009-3", "009-2", "within one live blog: JCS's about 1,100 casualties against Zelensky's more than "
                           "3,000, the same day, set against each other"],
    ],
    "may": [],
}

# --- may: every other pair of claims with the same metric and subject and different values ---------------
# For each claim: (when the figure was given, what it is, the underlying report it restates).
INFO = {
    "000-1": ("2024-10-18", "first", "nis-1500"),
    "001-1": ("2024-10-28", "russia", "pentagon-10000"),
    "001-2": ("2024-10-23", "russia", "kirby-3000"),
    "002-1": ("2024-10-31", "kursk", "blinken-8000"),
    "002-2": ("2024-10-31", "russia", "austin-10000"),
    "003-1": ("2024-11-04", "kursk", "zel-11000"),
    "004-1": ("2024-10-31", "kursk", "blinken-8000"),
    "004-2": ("2024-11-04", "kursk", "zel-11000"),
    "004-3": ("2024-10-28", "russia", "pentagon-10000"),
    "004-4": ("2024-10-18", "first", "nis-1500"),
    "005-1": ("2024-12-19", "total", "nis-100"),
    "005-2": ("2024-12-19", "total", "nis-1000"),
    "005-3": ("2024-12-19", "russia", "nis-11000"),
    "005-4": ("2024-12-17", "vague", "pentagon-several-hundred"),
    "006-1": ("2024-12-23", "total", "jcs-1100"),
    "006-2": ("2024-12-19", "total", "nis-100"),
    "007-1": ("2024-12-23", "total", "zel-3000"),
    "007-2": ("2024-12-23", "russia", "west-11000"),
    "007-3": ("2024-12-15", "part", "hur-30"),
    "009-1": ("2024-12-24", "total", "rumod-45000"),
    "009-2": ("2024-12-23", "total", "zel-3000"),
    "009-3": ("2024-12-23", "total", "jcs-1100"),
    "009-4": ("2024-12-17", "vague", "pentagon-several-hundred"),
    "009-5": ("2024-12-24", "russia", "range-10-12k"),
    "010-1": ("2025-01-13", "total", "nis-300"),
    "010-2": ("2025-01-13", "total", "nis-2700"),
    "010-3": ("2024-12-19", "total", "nis-100"),
    "010-4": ("2025-01-11", "total", "zel-2"),
    "011-1": ("2024-11-15", "russia", "range-10-12k"),
    "011-2": ("2025-09-15", "total", "nis-2000"),
    "011-3": ("2025-12-01", "remaining", "nis-10000-remaining"),
    "011-4": ("2024-10-18", "first", "nis-1500"),
    "011-5": ("2024-11-04", "kursk", "zel-11000"),
    "011-6": ("2025-01-11", "total", "zel-2"),
    "011-7": ("2025-01-13", "total", "nis-3000"),
    "011-8": ("2025-01-13", "total", "nis-300"),
    "011-9": ("2025-02-15", "total", "hur-4000"),
    "011-10": ("2025-02-15", "additional", "nis-3000-more"),
    "011-11": ("2025-04-26", "total", "gerasimov-76000"),
    "011-12": ("2025-04-30", "total", "nis-4700"),
    "011-13": ("2025-04-30", "total", "nis-600"),
    "011-14": ("2025-12-01", "part", "kcna-9"),
}

from datetime import date


def days(a, b):
    return abs((date.fromisoformat(INFO[a][0]) - date.fromisoformat(INFO[b][0])).days)


def claim(cid):
    aid, n = cid.split("-")
    return A[aid][int(n) - 1]


must_keys = {frozenset(p[:2]) for p in conflicts["must"]}
must_srcs = {frozenset((INFO[p[0]][2], INFO[p[1]][2])) for p in conflicts["must"]}


def reason(a, b):
    ka, kb = INFO[a][1], INFO[b][1]
    kinds = {ka, kb}
    ca, cb = claim(a), claim(b)
    fig = lambda c: "%s%s" % (format(c[2], ","), "-" + format(c[3], ",") if c[3] else "")
    head = "%s (%s) against %s (%s): " % (fig(ca), INFO[a][0][:7], fig(cb), INFO[b][0][:7])
    if frozenset((INFO[a][2], INFO[b][2])) in must_srcs:
        return head + "the same two reports restated in later articles; only the first pair is must"
    if "vague" in kinds:
        return head + "a vague count (several hundred) against a figure"
    if "part" in kinds:
        return head + "a part (one area, one unit) against the whole"
    if "additional" in kinds:
        return head + "an additional force (replacements) against a total"
    if "first" in kinds:
        return head + "the first group against a later total"
    if "remaining" in kinds:
        return head + "troops remaining a year later against the force first sent"
    if ka != kb and {"kursk", "russia"} == kinds and days(a, b) <= 21:
        return head + "troops in Kursk against troops in Russia overall: different scopes, a part against the whole"
    if a.split("-")[0] == b.split("-")[0] and ("001-2" in (a, b) or "010-3" in (a, b)):
        return head + "an update: the earlier figure quoted as the base of the rise"
    if "001-2" in (a, b):
        return head + "the previous week's estimate of a deployment still under way: a rising total"
    if a.split("-")[0] == b.split("-")[0] == "011":
        return head + "entries of one timeline, given at different dates: a changing total, not set against each other"
    if days(a, b) > 21:
        return head + "weeks or months apart: a rising or changing total"
    if compatible(ca, cb):
        return head + "compatible values (a bound the other satisfies, or about the same), days apart"
    return head + "days apart, but an earlier estimate of a deployment still under way: a rising total"


def span(c):
    v, vmax, q = c[2], c[3], c[4]
    if q in ("range", "vague"):
        return v, vmax
    if q == "about":
        return 0.9 * v, 1.1 * v
    if q in ("more_than", "at_least"):
        return v, float("inf")
    if q in ("less_than", "at_most", "up_to"):
        return 0, v
    return v, v


def compatible(ca, cb):
    (a0, a1), (b0, b1) = span(ca), span(cb)
    return a0 <= b1 and b0 <= a1


claims = [("%s-%d" % (aid, n), c) for aid, cl in A.items() for n, c in enumerate(cl, 1)]
for (a, ca), (b, cb) in combinations(claims, 2):
    if ca[0] != cb[0] or ca[1] != cb[1]:
        continue
    if (ca[2], ca[3]) == (cb[2], cb[3]):
        continue
    if frozenset((a, b)) in must_keys:
        continue
    conflicts["may"].append([a, b, reason(a, b)])

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
