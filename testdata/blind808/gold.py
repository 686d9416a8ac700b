#!/usr/bin/env python3
"""Gold labels for testdata/blind808 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
from datetime import date
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind808/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine"]
YUSOV = ["Andrii Yusov", "Yusov"] + HUR
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military", "South Korea"]
PENT = ["Pentagon", "Pentagon official", "U.S.", "United States"]
SINGH = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "U.S.", "United States"]
WH = ["White House", "Sabrina Singh", "Pentagon", "U.S.", "United States"]
BLINKEN = ["Antony Blinken", "Blinken", "U.S. Secretary of State", "U.S.", "United States"]
USOFF = ["U.S. officials", "US officials", "U.S.", "United States"]
RUMOD = ["Russia's defence ministry", "Russian Defence Ministry", "defence ministry", "Russia"]
GER = ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"]
KCNA = ["North Korean state media", "state media", "KCNA", "North Korea"]
CMDR = ["commander", "Ukrainian commander", "Nick Connolly", "DW", "Ukraine"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 special operations soldiers were ferried from the North's east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", SINGH,
         "the DPRK has sent around 10,000 soldiers in total to train in eastern Russia", False),
        # the White House's figure of the week before, restated as the base of the rise
        ("troops", NK, 3000, None, "at_least", WH,
         "the White House told you at least 3,000 had arrived", False),
    ],
    "002": [
        # those in Kursk: a part of the total in Russia
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers have been moved to Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", BLINKEN,
         "The United States believes North Korea has sent about 10,000 soldiers to Russia in total", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are now in Russia's Kursk Oblast", False),
        ("troops", NK, 7000, None, "more_than", HUR,
         "more than 7,000 North Korean troops had been moved to regions bordering Ukraine", False),
        ("troops", UA, 2000, 9000, "vague", U,
         "thousands of Ukrainian troops are still holding parts of the region", True),
    ],
    "005": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers deployed to Russia have been killed in combat in the Kursk region", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 have been wounded", False),
        ("troops", NK, 10000, 12000, "range", NIS,
         "North Korea has sent 10,000-12,000 soldiers to Russia since October", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         'North Korean troops had suffered "several hundred" casualties', True),
        # a few villages only: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded", False),
        ("troops", RU, 50000, None, "about", USOFF,
         "Russia had massed about 50,000 troops, including North Koreans", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops deployed to Russia have suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False),
        # one assault only, and vague
        ("killed", NK, 20, 99, "vague", CMDR,
         "his men counted dozens of North Korean dead", True),
    ],
    "009": [
        ("casualties", UA, 44000, None, "more_than", RUMOD,
         "Ukrainian forces had lost more than 44,000 servicemen, killed and wounded", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean killed and wounded had exceeded 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "South Korea's Joint Chiefs of Staff put the figure at about 1,100", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "North Korean troops had suffered several hundred casualties", True),
    ],
    "010": [
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers sent to fight for Russia have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Zelensky", "Ukraine"],
         "two North Korean soldiers were captured alive by Ukrainian forces", False),
    ],
    "011": [
        ("killed", NK, 1000, None, "more_than", YUSOV,
         "More than 1,000 North Korean soldiers have been killed in Russia's Kursk region", False),
        ("wounded", NK, 2000, 9000, "vague", YUSOV,
         "Several thousand more are wounded", True),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian soldiers had taken two North Korean servicemen prisoner", False),
    ],
    "013": [
        ("troops", NK, 12000, None, "up_to", U,
         "Up to 12,000 North Korean soldiers were sent to Russia in the autumn of 2024", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "About 3,000 more arrived as reinforcements in January and February", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Koreans had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "including roughly 600 dead", False),
        # September's figure; "up from the 600" restates 013-4 as the base of the rise
        ("killed", NK, 2000, None, "about", NIS,
         "the number killed had climbed to about 2,000", False),
        ("casualties", UA, 76000, None, "more_than", GER,
         "put Ukraine's losses there at more than 76,000 servicemen", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remained deployed in Russian areas near the border with Ukraine", False),
        # one demining regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "nine soldiers of an engineering regiment died during a 120-day demining mission in Kursk", False),
    ],
}

NOT = {
    "000": ["Oct. 18, 2024 15:20 KST", "Share (48)", "between Oct. 8 and 13", "four Russian navy transport vessels",
            "four brigades", "as many as 12,000 soldiers in all", "11th Corps", "more than 13,000 containers",
            "on Oct. 16", "Samsung shares fall 4%", "30th straight day", "2 N.Korean soldiers cross MDL",
            "3,400 passengers per train", "12,000-strong rally", "KOSPI 2,593.82", "USD/KRW 1,369.80"],
    "001": ["Oct. 28, 2024", "on Oct. 26", "roughly 43,000 U.S. service members", "28,500 U.S. troops",
            "about 300 kilometers", "2:37 P.M. EDT"],
    "002": ["Oct 31", "on Aug. 6", "several hundred square kilometres", "captured 2 more villages",
            "86-minute flight", "4 more Iris-T systems"],
    "004": ["November 5, 2024 10:30 AM", "3 min read", "Comments (27)", "on Nov. 4", "on Oct. 31", "60 mm mortars",
            "AK-12 rifles", "on Aug. 6", "three months into the operation", "on Oct. 28",
            "more than 15,000 members", "1,380 troops in a single day", "40 km from the border",
            "52% to 38%", "injures 13"],
    "005": ["KOSPI 2,435.93", "USD/KRW 1,451.90", "19 Dec. 2024, 18:10", "on Dec. 16",
            "about $2,000 a month", "5 to 6 officers"],
    "006": ["Dec. 23", "paras 3-4", "Dec. 16, 2024", "N. Korea has sent 1,500 special forces to Russia: NIS",
            "5-member team"],
    "007": ["23.12.2024", "19:00 UTC", "Runtime 26:04", "[04:51]", "risen to five",
            "more than 200 people were injured", "TOP 3K", "DAX 19,848.77", "4°C"],
    "009": ["December 24, 2024 at 07:05", "38 posts", "on August 6", "more than 250 tanks",
            "200 infantry fighting vehicles", "nearly three times the other", "152 mm howitzer",
            "after December 31", "Reader comments (214)", "€1.99 a month"],
    "010": ["Jan. 13, 2025 - 17:40", "Comments (56)", "on Jan. 9", "a 26-year-old", "3,000 police",
            "KOSPI 2,491.68", "USD/KRW 1,474.70"],
    "011": ["16.01.2025 14:20", "Views: 2,104", "groups of 20 to 30 men", "on January 11",
            "1,800 soldiers and 15 artillery systems", "25 defenders"],
    "013": ["Nikkei 225 50,581.94", "USD/JPY 156.42", "6 min read", "six months of official silence",
            "Eight months on", "on April 26", "1,000 sappers and 5,000 military builders", "a 120-day demining mission",
            "about 1.28 million", "8.8 trillion yen", "below 450,000", "$1.2bn"],
}

OFF = ["003", "008", "012"]
DUP = {"014": "010"}

must = [
    ["002-1", "004-1", "troops in Kursk: about 8,000 (Blinken, Oct 31) against 11,000 (Zelensky, Nov 4), four days apart"],
    ["006-1", "007-1", "casualties: about 1,100 (South Korea's JCS) against more than 3,000 (Zelensky), both on Dec 23, 2024"],
    ["009-3", "009-2", "within one live blog: JCS's about 1,100 casualties against Zelensky's more than 3,000, the same day"],
    ["010-1", "011-1", "killed: about 300 (NIS via Lee Seong-kweun, Jan 13, 2025) against more than 1,000 (HUR's Yusov, Jan 16), three days apart"],
]

# When each claim's figure was reported (for the may reasons), and what kind of figure it is.
WHEN = {
    "000-1": date(2024, 10, 18), "001-1": date(2024, 10, 28), "001-2": date(2024, 10, 23),
    "002-1": date(2024, 10, 31), "002-2": date(2024, 10, 31), "004-1": date(2024, 11, 4),
    "004-2": date(2024, 10, 31), "004-3": date(2024, 11, 5),
    "005-1": date(2024, 12, 19), "005-2": date(2024, 12, 19), "005-3": date(2024, 12, 19),
    "005-4": date(2024, 12, 16), "005-5": date(2024, 12, 16), "005-6": date(2024, 11, 11),
    "006-1": date(2024, 12, 23), "006-2": date(2024, 12, 19), "006-3": date(2024, 12, 19),
    "007-1": date(2024, 12, 23), "007-2": date(2024, 12, 16),
    "009-1": date(2024, 12, 24), "009-2": date(2024, 12, 23), "009-3": date(2024, 12, 23), "009-4": date(2024, 12, 16),
    "010-1": date(2025, 1, 13), "010-2": date(2025, 1, 13), "010-3": date(2025, 1, 13),
    "011-1": date(2025, 1, 16), "011-2": date(2025, 1, 16), "011-3": date(2025, 1, 11),
    "013-1": date(2024, 11, 1), "013-2": date(2025, 2, 28), "013-3": date(2025, 4, 30), "013-4": date(2025, 4, 30),
    "013-5": date(2025, 9, 15), "013-6": date(2025, 4, 26), "013-7": date(2025, 10, 15), "013-8": date(2025, 12, 5),
}
KIND = {
    "000-1": "a first group", "001-2": "an early count", "002-1": "those in Kursk only",
    "005-5": "a part (a few villages)", "007-2": "a part (one assault), vague", "013-8": "a part (one demining regiment)",
    "013-2": "an additional force (reinforcements)", "013-7": "those remaining a year on",
    "005-4": "a vague count", "009-4": "a vague count", "011-2": "a vague count", "004-3": "a vague count",
}
RESTATED = {
    ("006-1", "009-2"): "the same two reports (JCS and Zelensky, Dec 23) restated; the alert belongs to the first pair and to the live blog",
    ("007-1", "009-3"): "the same two reports (Zelensky and JCS, Dec 23) restated; the alert belongs to the first pair and to the live blog",
    ("002-2", "004-1"): "about 10,000 in Russia in all (US, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4): whole against place, and close values",
    ("001-1", "004-1"): "about 10,000 in Russia (Pentagon, Oct 28) against 11,000 in Kursk (Nov 4): close values, a growing force",
    ("001-1", "002-1"): "about 10,000 in Russia against about 8,000 of them in Kursk: a part of the whole",
    ("002-1", "002-2"): "within one article: about 8,000 in Kursk against about 10,000 in Russia in all: a part of the whole",
    ("013-4", "013-5"): "within one article: about 600 killed (April) against about 2,000 (September), an update of a rising total",
    ("005-1", "011-1"): "at least 100 killed (Dec 19) against more than 1,000 (Jan 16): a bound the other satisfies, weeks apart",
    ("005-1", "010-1"): "at least 100 killed (Dec 19) against about 300 (Jan 13): a bound the other satisfies, a rising total",
    ("006-2", "010-1"): "at least 100 killed (Dec 19) against about 300 (Jan 13): a bound the other satisfies, a rising total",
    ("006-2", "011-1"): "at least 100 killed (Dec 19) against more than 1,000 (Jan 16): a bound the other satisfies, weeks apart",
    ("005-2", "010-2"): "nearly 1,000 wounded (Dec 19) against about 2,700 (Jan 13): a rising total, weeks apart",
    ("006-3", "010-2"): "nearly 1,000 wounded (Dec 19) against about 2,700 (Jan 13): a rising total, weeks apart",
    ("009-1", "013-6"): "more than 44,000 Ukrainian losses (Dec 2024) against more than 76,000 (Apr 2025): bounds, months apart",
}


def fig(cid):
    aid, n = cid.split("-")
    m, s, v, vmax, q, by, quote, opt = A[aid][int(n) - 1]
    return m, s, v, vmax, q


def label(cid):
    m, s, v, vmax, q = fig(cid)
    val = "%s-%s" % (format(v, ","), format(vmax, ",")) if vmax else format(v, ",")
    return "%s %s %s (%s, %s)" % (cid, q, val, m, WHEN[cid].strftime("%b %d %Y"))


def reason(a, b):
    key = (a, b) if (a, b) in RESTATED else (b, a)
    if key in RESTATED:
        return RESTATED[key]
    days = abs((WHEN[a] - WHEN[b]).days)
    why = [KIND[c] for c in (a, b) if c in KIND]
    if days > 20:
        why.append("%d days apart" % days)
    if not why:
        why.append("close in time, but one value fits the other's bound or range")
    return "%s against %s: %s" % (label(a), label(b), "; ".join(why))


def may_pairs():
    ids = [c for c in WHEN]
    done = {frozenset(p[:2]) for p in must}
    out = []
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            fa, fb = fig(a), fig(b)
            if fa[:2] != fb[:2] or fa == fb or frozenset((a, b)) in done:
                continue
            out.append([a, b, reason(a, b)])
    return out


conflicts = {"must": must, "may": may_pairs()}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
