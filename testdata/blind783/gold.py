#!/usr/bin/env python3
"""Gold labels for testdata/blind783 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind783/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency",
       "South Korean intelligence", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military",
       "South Korea's military", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence",
       "Ukrainian military intelligence", "Ukraine"]
PENT = ["Pentagon", "Department of Defense", "U.S. Department of Defense", "Sabrina Singh",
        "Pentagon official", "United States", "U.S."]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S."]
USOFF = ["U.S. officials", "US officials", "United States", "U.S."]
U = ["unattributed"]

A = {
    "000": [
        # the first group only; the 12,000 is what Pyongyang decided to send (planned, not a claim)
        ("troops", NK, 1500, None, "about", NIS,
         "Around 1,500 special forces troops were carried from the North's east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENT,
         "North Korea has sent around 10,000 soldiers in total to train in eastern Russia", False),
        # the previous week's figure, given as the base of the rise: an update
        ("troops", NK, 3000, None, "about", ["White House", "John Kirby", "Kirby", "United States", "U.S.", "Pentagon"],
         "That is up from the roughly 3,000 that the White House described last week", False),
        ("casualties", RU, 600000, None, "more_than", PENT,
         "Russia has suffered more than 600,000 killed and wounded since the start of its full-scale invasion", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Roughly 8,000 North Korean soldiers have now reached Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", USOFF,
         "U.S. officials believe some 10,000 North Korean troops have gone to Russia in total", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukrainian intelligence", "Ukraine's intelligence"],
         "We already have eleven thousand North Korean soldiers in the Kursk region", False),
    ],
    "005": [
        ("troops", NK, 2000, 9000, "vague", U,
         "Thousands of soldiers from one of the world's most closed countries are now on Russian soil", True),
        ("troops", NK, 10000, 12000, "range", ["U.S. and South Korean officials", "U.S. officials",
                                              "South Korean officials", "United States", "South Korea"],
         "U.S. and South Korean officials put the total at 10,000-12,000", False),
        ("troops", NK, 10000, None, "about", PENT,
         "The Pentagon said Oct. 28 that about 10,000 had arrived for training in Russia's east", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Secretary of State Antony Blinken said on Oct. 31 that about 8,000 were in the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Ukrainian President Volodymyr Zelensky put the number there at 11,000", False),
        # generals only: a part of the whole contingent
        ("troops", NK, 3, None, "exact", HUR,
         "the contingent includes three generals", False),
        ("troops", RU, 50000, None, "about", USOFF,
         "Russia has massed about 50,000 troops, North Koreans among them", False),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded in combat against Ukrainian forces", False),
        ("troops", NK, 11000, None, "about", LEE,
         "North Korea has now sent about 11,000 troops to Russia", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "North Korean units had suffered \"several hundred\" casualties", True),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "the North's troops fighting in the Kursk region have suffered about eleven hundred casualties", False),
        ("troops", NK, 11000, None, "about", JCS,
         "its roughly 11,000-strong contingent in Russia", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 had been wounded", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        # one battle only: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "as many as 12,000 North Korean troops are now deployed in the region", False),
        ("casualties", RU, 776560, None, "exact", ["Ukraine's General Staff", "General Staff", "Ukraine"],
         "Russia's estimated losses since Feb. 24, 2022: 776,560 troops", False),
    ],
    "010": [
        ("troops", NK, 10000, 12000, "range", ["South Korean and Western estimates", "South Korea", "Western officials"],
         "North Korea is believed to have sent between 10,000 and 12,000 soldiers to Russia", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean killed and wounded in Kursk had passed 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "South Korea's Joint Chiefs of Staff put North Korean casualties at about 1,100", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "close to 1,000 had been wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "The Pentagon spoke on Dec. 16 of \"several hundred\" North Korean troops killed and wounded", True),
    ],
    "011": [
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "more_than", LEE,
         "The agency's estimate of total casualties has now topped 3,000", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Our soldiers have taken two North Korean military men prisoner in the Kursk region", False),
    ],
    "014": [
        ("troops", NK, 11000, None, "about", U,
         "Roughly 11,000 North Korean soldiers went to Russia in the autumn of 2024", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Kyiv", "Zelensky"],
         "Ukraine announces the capture of two wounded North Korean soldiers", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has sent roughly 3,000 more troops as reinforcements", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "estimates its losses at about 4,700 killed and wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "The NIS says about 600 North Koreans have been killed", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "out of roughly 4,700 casualties", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed in the Kursk campaign", False),
        ("troops", NK, 10000, None, "about", NIS,
         "roughly 10,000 North Korean troops remain stationed in Russian border areas", False),
        # a separate construction contingent, actually being moved (Shoigu's June numbers were a plan)
        ("troops", NK, 5000, None, "about", NIS,
         "some 5,000 military construction troops are being moved to Russia in stages", False),
        # one engineer regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea",
                                           "Kim Jong Un"],
         "nine of its soldiers died clearing mines in Kursk", False),
    ],
}

NOT = {
    "000": ["some 12,000 soldiers in all", "four brigades", "preparing 10,000 soldiers to send to Russia's forces",
            "more than 8 million artillery shells", "October 8 and 13", "about 100 kilometres (60 miles)",
            "75th anniversary", "more than 1,000 from their homes", "death toll in Florida rises to 24",
            "26 Chinese brands"],
    "001": ["Views 3,206", "00:38:51", "56th Security Consultative Meeting",
            "about 43,000 U.S. troops in the Middle East region", "hundreds? Thousands?",
            "the North will send 12,000 in all", "the two ministers", "4 U.S. Service Members", "82nd Airborne Division",
            "$425 Million"],
    "002": ["several hundred square kilometers", "nearly three months later", "Aug. 6", "kill 3 in Kharkiv",
            "death toll climbs past 150"],
    "004": ["Views: 3,117", "five training grounds", "702,630 personnel", "including 1,230 over past day",
            "2 injured"],
    "005": ["6 min read", "1,284 comments", "Pyongyang plans to send 12,000 in all", "11th Corps",
            "about 100 Russian military terms", "roughly 600 square kilometers",
            "hundreds of millions of dollars", "Four days later", "forces 8,000 from homes", "2 more dairy herds"],
    "006": ["KOSPI 2,435.93", "USD/KRW 1,451.90", "Dec. 27", "1 in 5 are 65 or older", "leaves 3 hurt",
            "since 2009"],
    "008": ["1,905 views", "6 GANGWON COUNTIES", "KOSPI OPENS AT 2,416.80", "412K subscribers",
            "5.2 million trips", "four days after"],
    "009": ["Issue #629", "4 minutes", "80 drones", "downs 52", "26 were", "18,000 members", "Jan. 1",
            "Dec. 14 and 15", "launched 80 Shahed-type and decoy drones", "shot down 52 of them"],
    "010": ["ten times what Kyiv admits", "more than 4,000 times", "little more than a third of Kyiv's figure",
            "roughly threefold", "a 2017 Pyongyang parade", "3 min read", "around Dec. 14"],
    "011": ["312 comments", "roughly triple", "born in 1999 and 2005", "one of the men", "2:11"],
    "014": ["7 min read", "1,000 sappers", "5,000 military builders", "more than three times its spring estimate",
            "120-day mine-clearing mission", "1,500 square kilometres", "killed 13 people since April",
            "two days later"],
}

OFF = ["003", "007", "012"]
DUP = {"013": "006"}

# When each figure was reported (not when the article carrying it was published), who gave it, and
# what kind of count it is; used below to write the reason of every `may` pair.
META = {
    "000-1": ("2024-10-18", "NIS", "first group"),
    "001-1": ("2024-10-28", "Pentagon", "total sent"),
    "001-2": ("2024-10-23", "White House", "last week's figure"),
    "001-3": ("2024-10-28", "Pentagon", "total since 2022"),
    "002-1": ("2024-10-31", "Blinken", "in Kursk"),
    "002-2": ("2024-10-31", "U.S. officials", "total sent"),
    "004-1": ("2024-11-04", "Zelensky", "in Kursk"),
    "005-1": ("2024-11-12", "unattributed", "vague count"),
    "005-2": ("2024-11-12", "U.S. and South Korean officials", "total sent"),
    "005-3": ("2024-10-28", "Pentagon", "total sent"),
    "005-4": ("2024-10-31", "Blinken", "in Kursk"),
    "005-5": ("2024-11-04", "Zelensky", "in Kursk"),
    "005-6": ("2024-11-12", "HUR", "generals only, a part"),
    "005-7": ("2024-11-09", "U.S. officials", "Russian force for the counteroffensive"),
    "006-1": ("2024-12-19", "NIS", "total"),
    "006-2": ("2024-12-19", "NIS", "total"),
    "006-3": ("2024-12-19", "NIS", "total sent"),
    "006-4": ("2024-12-16", "Pentagon", "vague count"),
    "008-1": ("2024-12-23", "JCS", "total"),
    "008-2": ("2024-12-23", "JCS", "total sent"),
    "008-3": ("2024-12-19", "NIS", "total"),
    "008-4": ("2024-12-19", "NIS", "total"),
    "009-1": ("2024-12-23", "Zelensky", "total"),
    "009-2": ("2024-12-15", "HUR", "one battle, a part"),
    "009-3": ("2024-12-23", "HUR", "in Kursk"),
    "009-4": ("2024-12-23", "Ukraine's General Staff", "total since 2022"),
    "010-1": ("2024-12-27", "South Korean and Western estimates", "total sent"),
    "010-2": ("2024-12-23", "Zelensky", "total"),
    "010-3": ("2024-12-23", "JCS", "total"),
    "010-4": ("2024-12-19", "NIS", "total"),
    "010-5": ("2024-12-19", "NIS", "total"),
    "010-6": ("2024-12-16", "Pentagon", "vague count"),
    "011-1": ("2025-01-13", "NIS", "total"),
    "011-2": ("2025-01-13", "NIS", "total"),
    "011-3": ("2025-01-13", "NIS", "total"),
    "011-4": ("2025-01-11", "Zelensky", "total"),
    "014-1": ("2024-11-15", "unattributed", "total sent in autumn 2024"),
    "014-2": ("2025-01-11", "Ukraine", "total"),
    "014-3": ("2025-03-01", "JCS", "reinforcements, an additional force"),
    "014-4": ("2025-03-01", "JCS", "total"),
    "014-5": ("2025-04-30", "NIS", "total"),
    "014-6": ("2025-04-30", "NIS", "total"),
    "014-7": ("2025-09-15", "NIS", "total"),
    "014-8": ("2025-11-15", "NIS", "troops remaining a year on"),
    "014-9": ("2025-11-15", "NIS", "construction troops, a separate force"),
    "014-10": ("2025-12-10", "KCNA", "one engineer regiment, a part"),
}

must = [
    ["002-1", "004-1", "troops in Kursk: about 8,000 (Blinken, Oct 31) against 11,000 (Zelensky, Nov 4), four days apart"],
    ["005-4", "005-5", "within one explainer: Blinken's about 8,000 in Kursk against Zelensky's 11,000 four days later, "
                       "set side by side as diverging estimates"],
    ["008-1", "009-1", "casualties: about 1,100 (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), "
                       "the same day"],
    ["010-3", "010-2", "within one fact-check: the JCS's about 1,100 casualties against Zelensky's more than 3,000, "
                       "the same day"],
]


def _claims():
    out = {}
    for aid, cl in A.items():
        for n, c in enumerate(cl, 1):
            out["%s-%d" % (aid, n)] = c
    return out


def _compatible(a, b):
    """Plainly the same figure: equal values, or one value inside the other's range."""
    lo_a, hi_a = a[2], a[3] if a[3] is not None else a[2]
    lo_b, hi_b = b[2], b[3] if b[3] is not None else b[2]
    if (lo_a, hi_a) == (lo_b, hi_b):
        return True
    if lo_a == hi_a and lo_b <= lo_a <= hi_b:
        return True
    if lo_b == hi_b and lo_a <= lo_b <= hi_a:
        return True
    return False


def _desc(cid, c):
    when, who, kind = META[cid]
    v = "{:,}".format(c[2]) + ("-{:,}".format(c[3]) if c[3] is not None else "")
    return "%s %s (%s, %s, %s)" % (c[4].replace("_", " "), v, who, when, kind)


# the two disagreements already told once across articles and once within an article
TOLD = [{("Blinken", 8000), ("Zelensky", 11000)}, {("JCS", 1100), ("Zelensky", 3000)}]
SPECIAL = [("first group", "a first group, not the total"),
           ("last week", "the previous week's figure, the base of an update"),
           ("part", "a part of the whole"),
           ("additional", "an additional force"),
           ("separate", "a separate force"),
           ("remaining", "troops remaining a year on, not the number sent"),
           ("vague", "a vague count")]


def _may():
    from datetime import date
    cl = _claims()
    ids = sorted(cl, key=lambda i: (i.split("-")[0], int(i.split("-")[1])))
    told = {frozenset(p[:2]) for p in must}
    out = []
    for i, x in enumerate(ids):
        for y in ids[i + 1:]:
            a, b = cl[x], cl[y]
            if (a[0], a[1]) != (b[0], b[1]) or frozenset((x, y)) in told or _compatible(a, b):
                continue
            ka, kb = META[x][2], META[y][2]
            days = abs((date.fromisoformat(META[x][0]) - date.fromisoformat(META[y][0])).days)
            notes = [n for k in (ka, kb) for w, n in SPECIAL if w in k]
            if notes:
                why = "not like for like: " + "; ".join(dict.fromkeys(notes))
            elif {(META[x][1], a[2]), (META[y][1], b[2])} in TOLD:
                why = "the same two reports restated, a disagreement already told"
            elif ("in Kursk" in ka) != ("in Kursk" in kb):
                why = "troops in Kursk against the total sent to Russia: a part against the whole"
            elif days > 14:
                why = "%d days apart: a rising total" % days
            else:
                why = "close figures days apart, or a bound the other value satisfies"
            out.append([x, y, "%s against %s: %s" % (_desc(x, a), _desc(y, b), why)])
    return out


conflicts = {"must": must, "may": _may()}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
