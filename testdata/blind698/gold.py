#!/usr/bin/env python3
"""Gold labels for testdata/blind698 (written and labelled blind). Run: python3 gold.py > gold.json"""
import itertools, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind698/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service",
       "South Korea's spy agency", "spy agency", "Seoul's spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "Defence Intelligence", "HUR", "Ukraine's military intelligence",
       "Ukraine's military intelligence agency", "Ukraine"]
PENT = ["Pentagon", "Sabrina Singh", "Singh", "U.S. Department of Defense", "Department of Defense",
        "United States", "U.S.", "US"]
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "United States", "U.S.", "US"]
USOFF = ["U.S. officials", "US officials", "American officials", "United States", "U.S.", "US"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military",
       "South Korea", "Seoul"]
KCNA = ["state media", "North Korean state media", "KCNA", "Korean Central News Agency", "North Korea", "Pyongyang"]
RUMOD = ["Russia's Defense Ministry", "Russian Defense Ministry", "Defense Ministry", "Ministry of Defence",
         "Russia"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has moved about 1,500 special forces soldiers to Russia's Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENT,
         "the DPRK has sent approximately 10,000 soldiers in total to train in eastern Russia", False),
        # the earlier US figure, relayed by a reporter: a rising total
        ("troops", NK, 3000, None, "at_least",
         ["John Kirby", "Kirby", "Lloyd Austin", "Austin", "the Secretary", "White House", "Pentagon",
          "United States", "U.S.", "US"],
         "the Secretary and John Kirby both said at least 3,000 North Korean troops had gone to Russia", False),
        ("casualties", RU, 600000, None, "more_than", PENT,
         "Russia has suffered more than 600,000 casualties, killed and wounded", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        # the whole of which the Kursk figure is a part
        ("troops", NK, 10000, None, "about", USOFF,
         "part of a larger force of roughly 10,000 that Pyongyang has sent to eastern Russia", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 soldiers from North Korea in Russia's Kursk region", False),
        # officers only: a part of the whole
        ("troops", NK, 500, None, "up_to", HUR,
         "up to 500 officers", False),
    ],
    "005": [
        # the first group, against the later totals
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special forces had been shipped to Russia's Far East", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "\"about 8,000\" North Korean troops were in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", PENT,
         "the Pentagon had put the number in the whole of Russia at roughly 10,000", False),
        ("troops", NK, 11000, None, "exact", ZEL + HUR,
         "11,000 North Korean soldiers in Kursk", False),
        # the first US figure, recalled as the start of a rising series
        ("troops", NK, 3000, None, "exact", ["White House", "John Kirby", "United States", "U.S.", "US"],
         "the White House spoke of 3,000 soldiers on October 23", False),
    ],
    "006": [
        ("troops", RU, 50000, None, "about",
         ["American and Ukrainian officials", "American officials", "Ukrainian officials", "U.S. officials",
          "United States", "Ukraine"],
         "Russia has assembled about 50,000 soldiers, among them troops from North Korea", False),
        ("troops", NK, 10000, None, "more_than", USOFF,
         "Pyongyang has sent more than 10,000 soldiers to Russia", False),
    ],
    "007": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("troops", NK, 11000, 12000, "range", LEE,
         "the North has sent between 11,000 and 12,000 soldiers to Russia", False),
        ("casualties", NK, 200, 900, "vague", ["Pat Ryder", "Maj. Gen. Pat Ryder", "Ryder", "Pentagon",
                                               "United States", "U.S.", "US"],
         "in the several hundreds", True),
        # one engagement: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
    ],
    "009": [
        ("casualties", NK, 1100, None, "about", JCS,
         "some 1,100 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the more than 3,000 claimed by Ukraine's president", False),
    ],
    "011": [
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "more_than", LEE + U,
         "The North's casualties have now topped 3,000", False),
        # the December figures, quoted as the base of the rise: an update
        ("killed", NK, 100, None, "at_least", NIS,
         "up from at least 100 dead", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded that the agency reported in December", False),
        ("casualties", UA, 48000, None, "more_than", RUMOD,
         "Ukraine's losses in the Kursk region since its incursion began in August have exceeded 48,000 troops", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
        ("troops", NK, 11000, 12000, "range",
         ["U.S., South Korean and Ukrainian officials", "officials", "U.S. officials", "South Korean officials",
          "Ukrainian officials", "United States", "South Korea", "Ukraine"],
         "11,000 to 12,000 were sent in the first months", False),
    ],
    "012": [
        ("troops", NK, 2000, 99000, "vague", U,
         "Pyongyang sent thousands of soldiers to fight for Russia", True),
        ("troops", NK, 10000, None, "about", NIS,
         "some 10,000 North Korean troops remain posted in Russian border areas", False),
        # the first group, the 2024 total and the 2025 reinforcements, recalled
        ("troops", NK, 1500, None, "exact", U,
         "the first 1,500 special forces shipped in October 2024", False),
        ("troops", NK, 11000, 12000, "range", U,
         "11,000-12,000 by that December", False),
        ("troops", NK, 3000, None, "about", U,
         "about 3,000 reinforcements who arrived in January and February 2025", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        # the April figure, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 in its April estimate", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "put total casualties at about 4,700", False),
        # builders and deminers who actually arrived (the June plan itself is not a claim)
        ("troops", NK, 2000, 9000, "vague", NIS,
         "Several thousand of them have arrived since the summer", True),
        # one engineer regiment: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "nine soldiers of an engineer regiment died clearing mines in Kursk", False),
    ],
}

NOT = {
    "000": ["between October 8 and 13", "some 12,000 troops in four brigades", "about 100 kilometres",
            "some 8 million artillery shells", "about 1.2 million troops", "1950-53", "24 years",
            "110 Ukrainian drones overnight over 8 regions", "2 inter-Korean roads",
            "Nigeria fuel tanker blast death toll rises to 147"],
    "001": ["Video: 38:15", "56th Security Consultative Meeting",
            "more than a thousand casualties a day", "28,500 U.S. troops", "$425 million"],
    "002": ["Updated 41 min ago", "Aug. 6", "Russian glide bomb strike on Kharkiv kills 3, injures 36",
            "best month in over 2 years", "death toll passes 150"],
    "004": ["Views: 3,981", "rise to 701,590 troops, including 1,750 over past day",
            "14 times overnight, 6 people injured"],
    "005": ["between October 8 and 13", "to grow to about 12,000", "some 3,000 soldiers",
            "more than 6,000 kilometres", "5 min read", "at least 24 dead", "Subscribers' comments (27)"],
    "006": ["1,214 comments", "6:48 min", "Aug. 6", "roughly 1,000 square kilometers", "about 390 square miles",
            "about 40 percent", "as many as 100,000 soldiers", "Section A, Page 8", "700 Miles",
            "11 Killed as Russian Missile Hits Apartment Block"],
    "007": ["KOSPI 2,435.93", "USD/KRW 1,451.90", "Dec. 14 and 15", "170-millimeter", "240-millimeter",
            "Dec. 27", "200,000 rallied", "after 4 years", "5,000 won"],
    "008": ["2 min read", "August 2024", "more than 15,000 members", "772,150 troops",
            "injures 7, including a child"],
    "009": ["1,574 views", "240-millimeter", "170-millimeter", "2.1M subscribers"],
    "011": ["5 updates", "One soldier about to be taken prisoner", "One of the men", "a 20-year-old", "the other, 26",
            "42 Russian assaults", "death toll rises to 24", "1,000 days of war", "in 6 days",
            "Comments (842)"],
    "012": ["12,480 plays", "22 years", "1,000 sappers", "5,000 military construction workers",
            "120-day mission", "more than 1 million barrels", "3,400 supporters",
            "The two prisoners in Kyiv", "1,000 days of war"],
}

OFF = ["003", "010", "013"]
DUP = {"014": "008"}

must = [
    ["002-1", "004-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
                       "(Zelensky, Nov 4-5), five days apart: the first articles carrying each"],
    ["005-2", "005-4", "within one fact-check: Blinken's about 8,000 in Kursk against Zelensky's 11,000 in Kursk, "
                       "set against each other, five days apart"],
    ["008-1", "009-1", "more than 3,000 North Korean casualties (Zelensky, Dec 23) against about 1,100 "
                       "(South Korea's JCS, Dec 23), the same day: the first articles carrying each"],
    ["009-2", "009-1", "within one broadcast: the JCS's about 1,100 casualties against Zelensky's more than 3,000, "
                       "the same day"],
]

# Every other pair of the same metric and subject is listed as may, with the reason a careful reader
# could call it a conflict or not. Pairs that restate the very same figure (same value and qualifier)
# are left out: they do not disagree.
WHY = {
    # troops, north_korea
    "000-1": "the first group of about 1,500 (Oct 18)",
    "001-1": "about 10,000 in all of Russia (Pentagon, Oct 28)",
    "001-2": "at least 3,000 (White House, Oct 23), the start of a rising total",
    "002-1": "about 8,000 in Kursk (Blinken, Oct 31)",
    "002-2": "about 10,000 in all of Russia (US officials, Oct 31), the whole of which Kursk is a part",
    "004-1": "11,000 in Kursk (Zelensky, Nov 4-5)",
    "004-2": "up to 500 officers, a part of the whole",
    "005-1": "the first group of about 1,500, recalled",
    "005-2": "Blinken's about 8,000 in Kursk, restated (Nov 8)",
    "005-3": "about 10,000 in all of Russia, restated (Nov 8)",
    "005-4": "Zelensky's 11,000 in Kursk, restated (Nov 8)",
    "005-5": "3,000 (White House, Oct 23), the start of a rising total",
    "006-2": "more than 10,000 in Russia (US officials, Nov 10)",
    "007-3": "11,000-12,000 in Russia (NIS, Dec 19)",
    "011-8": "11,000 to 12,000 sent in the first months, recalled (Jan 2025)",
    "012-1": "thousands (vague), a year later",
    "012-2": "about 10,000 still posted near the border (NIS, late 2025)",
    "012-3": "the first 1,500, recalled a year later",
    "012-4": "11,000-12,000 by December 2024, recalled a year later",
    "012-5": "about 3,000 reinforcements in early 2025, an additional force",
    "012-9": "several thousand builders and deminers (vague), a separate force in 2025",
    # troops, russia
    "006-1": "about 50,000 Russian troops",
    # casualties, north_korea
    "007-4": "several hundred (Pentagon, Dec 17, vague)",
    "007-5": "at least 30 in one engagement (HUR, Dec 15), a part of the whole",
    "008-1": "more than 3,000 (Zelensky, Dec 23)",
    "009-1": "about 1,100 (JCS, Dec 23)",
    "009-2": "more than 3,000 (Zelensky, Dec 23), restated",
    "011-3": "more than 3,000 (NIS, Jan 13), a rising total",
    "012-8": "about 4,700 (NIS, April 2025), months later",
    # killed, north_korea
    "007-1": "at least 100 killed (NIS, Dec 19)",
    "008-2": "at least 100 killed (NIS, Dec 19), restated",
    "011-1": "about 300 killed (NIS, Jan 13)",
    "011-4": "at least 100 killed (NIS, December), quoted as the base of the rise",
    "012-6": "about 2,000 killed (NIS, September 2025)",
    "012-7": "about 600 killed (NIS, April 2025), the base of the rise",
    "012-10": "nine engineers killed clearing mines, one unit: a part of the whole",
    # wounded, north_korea
    "007-2": "nearly 1,000 wounded (NIS, Dec 19)",
    "008-3": "nearly 1,000 wounded (NIS, Dec 19), restated",
    "011-2": "about 2,700 wounded (NIS, Jan 13), a rising total",
    "011-5": "nearly 1,000 wounded (NIS, December), quoted as the base of the rise",
}


def claims():
    out = {}
    for aid, cl in A.items():
        for n, c in enumerate(cl, 1):
            out["%s-%d" % (aid, n)] = c
    return out


def may_pairs():
    cs = claims()
    mset = {frozenset(p[:2]) for p in must}
    ids = sorted(cs)
    out = []
    for a, b in itertools.combinations(ids, 2):
        ca, cb = cs[a], cs[b]
        if (ca[0], ca[1]) != (cb[0], cb[1]) or frozenset((a, b)) in mset:
            continue
        if (ca[2], ca[3], ca[4]) == (cb[2], cb[3], cb[4]):
            continue
        if a.split("-")[0] == b.split("-")[0]:
            where = "within one article: "
        else:
            where = ""
        out.append([a, b, "%s%s against %s" % (where, WHY[a], WHY[b])])
    return out


conflicts = {"must": must, "may": may_pairs()}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
