#!/usr/bin/env python3
"""Gold labels for testdata/blind686 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
from datetime import date
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind686/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service",
       "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun", "Lee"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]
HUR = ["Ukraine's military intelligence", "HUR", "Defence Intelligence of Ukraine", "Ukraine", "Kyiv"]
PENT = ["Pentagon", "U.S. Department of Defense", "Department of Defense", "United States", "U.S.", "Washington"]
SINGH = ["Sabrina Singh", "Singh"] + PENT
RYDER = ["Pat Ryder", "Ryder"] + PENT
KIRBY = ["John Kirby", "Kirby", "White House", "United States", "U.S.", "Washington"]
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "U.S. officials", "United States", "U.S.", "Washington"]
USOFF = ["U.S. officials", "US officials", "American officials", "United States", "U.S.", "Washington"]
OFFICIALS = ["American and Ukrainian officials", "American officials", "U.S. officials", "Ukrainian officials",
             "officials", "United States", "U.S.", "Ukraine"]
KCNA = ["North Korean state media", "state media", "Korean Central News Agency", "KCNA", "Kim Jong Un", "North Korea"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has shipped roughly 1,500 special operations troops to Russia's Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", SINGH,
         "the DPRK has sent around 10,000 soldiers in total to train in eastern Russia", False),
        # the earlier figure, quoted as the base of the rise
        ("troops", NK, 3000, None, "at_least", KIRBY,
         "the figure of at least 3,000 that John Kirby gave you", False),
    ],
    "002": [
        # in Kursk: a part of the force in Russia
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About eight thousand North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", BLINKEN,
         "a larger force of around 10,000 troops that Pyongyang has sent to eastern Russia", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are now eleven thousand North Korean soldiers in Russia's Kursk Oblast", False),
        ("troops", NK, 8000, None, "about", USOFF,
         "about 8,000 North Korean troops had reached Kursk", False),
        ("troops", NK, 10000, None, "about", USOFF,
         "roughly 10,000 sent to Russia", False),
    ],
    "005": [
        ("troops", RU, 50000, None, "up_to", OFFICIALS,
         "Russia has assembled as many as 50,000 of its own soldiers", False),
        ("troops", NK, 2000, 20000, "vague", OFFICIALS,
         "Thousands of North Korean soldiers have already been folded into Russian units in the region", True),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 others wounded", False),
        ("troops", NK, 11000, None, "about", NIS,
         "North Korea has sent about 11,000 troops to Russia in total", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "the North Koreans had taken several hundred casualties", True),
        # one weekend's fighting near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean troops killed or wounded in the Kursk region has now passed 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops are estimated to have suffered around 1,100 casualties", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded in Kursk", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "roughly 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 had died", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "close to 1,000 had been wounded", False),
        ("casualties", NK, 200, 900, "vague", RYDER,
         "North Korean units had suffered several hundred casualties", True),
        ("troops", NK, 10000, 12000, "range", ["South Korea and the United States", "South Korea", "United States",
                                                 "U.S.", "Seoul", "Washington"],
         "between 10,000 and 12,000 North Korean troops have been sent to Russia", False),
    ],
    "010": [
        # the quote's speaker is named in the next sentence
        ("killed", NK, 300, None, "about", LEE,
         "About 300 have died", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "around 2,700 have been wounded", False),
        ("casualties", NK, 3000, None, "about", LEE + U,
         "The combined toll of some 3,000", False),
        ("casualties", NK, 200, 900, "vague", ["Western officials", "Pentagon", "United States", "U.S."],
         "the several hundred casualties that Western officials spoke of a month ago", True),
        ("captured", NK, 2, None, "exact", ZEL,
         "his forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "011": [
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea sent roughly 3,000 additional troops to Russia in January and February", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "The JCS put total North Korean casualties at around 4,700", False),
        ("casualties", NK, 4000, None, "about", ZEL + HUR[:3],
         "put North Korean losses at about 4,000 killed and wounded", False),
    ],
    "013": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special forces has been shipped to Russia's Far East", False),
        ("troops", NK, 11000, 12000, "range", ["Kyiv and Seoul", "Ukraine", "South Korea", "Kyiv", "Seoul"],
         "put the North Korean force in Russia at 11,000 to 12,000 troops", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukraine has captured two North Korean soldiers", False),
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea rotates in about 3,000 reinforcements", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korea has suffered around 4,700 casualties in Russia", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 dead", False),
        # "up from some 600 in April" restates 013-6: labelled once
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed", False),
        ("troops", NK, 10000, None, "about", NIS,
         "Around 10,000 North Korean troops remain deployed in Russian border areas", False),
        # one engineer regiment clearing mines: a part of the whole, vague
        ("killed", NK, 3, 9, "vague", KCNA,
         "several of its members who were killed while clearing mines", True),
    ],
}

NOT = {
    "000": ["about 12,000 soldiers in all", "four brigades", "10,000 troops ready to send to Russia",
            "about 1.2 million troops", "1950-53", "more than 8 million rounds", "over six days",
            "three smaller vessels", "Oct. 8, 2024", "kill 3, wound 12", "rises to 24", "4:05 AM EDT"],
    "001": ["More than 4,100 National Guard soldiers and airmen", "more than 900 tons",
            "as many as 12,000 in all", "about 100 U.S. service members", "about $4.3 billion", "Oct. 28, 2024"],
    "002": ["Comments 1,126", "perhaps 600 square kilometers", "climbs to 158", "injures 36",
            "killed 70 Hezbollah fighters", "8:25 p.m. EDT", "5 min"],
    "003": ["as many as 100,000 soldiers", "60-mm mortars", "AK-12", "Oct. 23", "Aug. 6",
            "surpass 700,000", "Over 1,000 civilians evacuated", "Join 14,000 members", "3 min read"],
    "005": ["418", "7:12 min", "a few battalions at a time", "roughly 1,300 square kilometers",
            "for three months", "about 300 kilometers", "Section A, Page 1", "At Least 9 Dead", "in Four Charts"],
    "006": ["paras 4-7", "170 mm self-propelled guns", "240 mm multiple rocket launchers", "three villages",
            "Dec. 14-15", "Dec. 27", "top 15 million", "KOSPI closes at 2,435.93", "1.95 pct",
            "first 20 days of December"],
    "007": ["32 of the 51 Shahed-type drones", "another 19", "14 regions", "near 1,800 a day",
            "8 million households", "6.10pm"],
    "009": ["shared thousands of times", "in Syria in 2016", "about a third as large", "a few days apart",
            "500 North Korean soldiers surrendering", "in Belarus in 2022", "2017-2024"],
    "010": ["Nikkei 225 39,190.40", "USD/JPY 157.73", "KOSPI 2,497.14", "one soldier about to be captured",
            "born in 2005", "below 700,000", "slides to 34%", "a record 2.3 million", "18:20 JST", "4 min read"],
    "011": ["Issue #131", "9,400 of you", "a few thousand more", "170 mm self-propelled guns", "240 mm rocket launchers",
            "for several weeks", "more than 33,000 hectares", "killed at least 28 people",
            "About 37,000 people have been evacuated", "The 12,000", "two former ambassadors", "1,150 of you",
            "7 min read"],
    "013": ["Fourteen months", "a planned 12,000", "2024 mutual defense treaty", "1,000 sappers",
            "5,000 military construction workers", "Aug. 21", "N. Korean POW, 26", "passes 10.5 million"],
}

OFF = ["004", "008", "012"]
DUP = {"014": "000"}

conflicts_must = [
    ["003-1", "002-1", "11,000 North Korean troops in Kursk (Zelensky, Nov 4) against about 8,000 in Kursk "
                       "(Blinken, Oct 31), four days apart"],
    ["003-1", "003-2", "within one article: Zelensky's 11,000 in Kursk against the U.S. officials' about 8,000 "
                       "in Kursk, days apart"],
    ["007-2", "007-1", "within one live blog: about 1,100 casualties (South Korea's JCS) against more than 3,000 "
                       "(Zelensky), the same day"],
    ["009-2", "009-1", "within one fact-check: roughly 1,100 casualties (JCS) against more than 3,000 (Zelensky), "
                       "both of Dec 23"],
    ["009-1", "007-2", "more than 3,000 casualties (Zelensky, Dec 23, fact-check of Dec 24) against about 1,100 "
                       "(JCS, Dec 23, live blog)"],
]

# When each claim's figure was given, and what kind of figure it is, to explain the may pairs.
WHEN = {
    "000-1": date(2024, 10, 18), "001-1": date(2024, 10, 28), "001-2": date(2024, 10, 23),
    "002-1": date(2024, 10, 31), "002-2": date(2024, 10, 31), "003-1": date(2024, 11, 4),
    "003-2": date(2024, 10, 31), "003-3": date(2024, 10, 31), "005-1": date(2024, 11, 10),
    "005-2": date(2024, 11, 10), "006-1": date(2024, 12, 19), "006-2": date(2024, 12, 19),
    "006-3": date(2024, 12, 19), "006-4": date(2024, 12, 16), "006-5": date(2024, 12, 15),
    "007-1": date(2024, 12, 23), "007-2": date(2024, 12, 23), "009-1": date(2024, 12, 23),
    "009-2": date(2024, 12, 23), "009-3": date(2024, 12, 19), "009-4": date(2024, 12, 19),
    "009-5": date(2024, 12, 16), "009-6": date(2024, 12, 24), "010-1": date(2025, 1, 13),
    "010-2": date(2025, 1, 13), "010-3": date(2025, 1, 13), "010-4": date(2024, 12, 16),
    "010-5": date(2025, 1, 11), "011-1": date(2025, 3, 27), "011-2": date(2025, 3, 27),
    "011-3": date(2025, 2, 15), "013-1": date(2024, 10, 18), "013-2": date(2024, 11, 15),
    "013-3": date(2025, 1, 11), "013-4": date(2025, 3, 27), "013-5": date(2025, 4, 30),
    "013-6": date(2025, 4, 30), "013-7": date(2025, 9, 15), "013-8": date(2025, 11, 15),
    "013-9": date(2025, 12, 10),
}
FIRST = {"000-1", "013-1"}                   # the first group only
ADDED = {"011-1", "013-4"}                   # reinforcements sent on top of the first force
PART = {"002-1", "003-1", "003-2",           # in Kursk, against all of Russia
        "006-5", "013-9"}                    # one weekend's fighting; one engineer regiment
KURSK = {"002-1", "003-1", "003-2"}
VAGUE = {"005-2", "006-4", "009-5", "010-4", "013-9"}


def reason(a, b):
    da, db = WHEN[a], WHEN[b]
    gap = abs((da - db).days)
    span = "%s against %s" % (da.strftime("%b %d %Y"), db.strftime("%b %d %Y"))
    if a in VAGUE or b in VAGUE:
        return "a vague count (optional) against another figure, " + span
    if a in FIRST or b in FIRST:
        return "the first group of about 1,500 against a later or larger figure, " + span
    if a in ADDED or b in ADDED:
        return "an additional force (reinforcements) against a total or another figure, " + span
    if (a in KURSK) != (b in KURSK):
        return "troops in Kursk (a part) against all troops sent to Russia, " + span
    if a in PART or b in PART:
        return "a part (one fight) against the whole, " + span
    if gap > 14:
        return "weeks or months apart, a rising or falling total, " + span
    return "close in time but compatible: a bound the other value satisfies or a range it falls in, " + span


def may_pairs():
    claims = {}
    for aid, cl in A.items():
        for n, c in enumerate(cl, 1):
            claims["%s-%d" % (aid, n)] = c
    must = {frozenset(p[:2]) for p in conflicts_must}
    ids = sorted(claims)
    out = []
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            ca, cb = claims[a], claims[b]
            if (ca[0], ca[1]) != (cb[0], cb[1]) or frozenset((a, b)) in must:
                continue
            if (ca[2], ca[3], ca[4]) == (cb[2], cb[3], cb[4]) and ((a in KURSK) == (b in KURSK)):
                continue  # the same figure twice: no conflict
            out.append([b, a, reason(b, a)])
    return out


conflicts = {"must": conflicts_must, "may": may_pairs()}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
