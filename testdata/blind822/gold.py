#!/usr/bin/env python3
"""Gold labels for testdata/blind822 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
from datetime import date
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind822/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service",
       "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
HUR = ["Defence Intelligence of Ukraine", "Ukraine's Defence Intelligence", "HUR",
       "Ukraine's military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "President Volodymyr Zelensky", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military",
       "South Korea", "Seoul"]
PENT = ["Pentagon", "Sabrina Singh", "Singh", "U.S. Department of Defense", "United States", "U.S.", "US"]
USO = ["U.S. officials", "US officials", "United States", "U.S.", "US", "Washington"]
BLI = ["Antony Blinken", "Blinken", "Secretary of State Antony Blinken", "Washington", "United States",
       "U.S.", "US", "State Department"]
U = ["unattributed"]

A = {
    "000": [
        # first group only; the 12,000 is what Pyongyang "has decided to dispatch" (planned)
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special operations troops already shipped to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENT,
         "North Korea has sent about 10,000 soldiers in total to train in eastern Russia", False),
        # the earlier figure, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "about", PENT + ["Lloyd Austin", "Austin"],
         "the number we were in a position to share was around 3,000", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", USO + ["Antony Blinken", "Blinken"],
         "U.S. officials now believe that roughly 10,000 North Korean soldiers have been sent to Russia for training", False),
        # the quote's speaker is named in the next sentence
        ("troops", NK, 8000, None, "about", BLI,
         "Of those, we assess that about 8,000 are now in the Kursk region.", False),
        ("casualties", RU, 600000, None, "more_than", USO,
         "Russia has suffered more than 600,000 killed and wounded", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukraine's intelligence"],
         "There are already eleven thousand North Korean soldiers in Russia's Kursk region", False),
        # officers only: a part of the whole contingent
        ("troops", NK, 500, None, "about", HUR,
         "includes about 500 officers", False),
    ],
    "005": [
        ("troops", NK, 8000, None, "about", BLI,
         "Washington puts about 8,000 North Korean soldiers in Russia's Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukrainian intelligence"],
         "Ukraine's president says 11,000 are there", False),
        ("troops", NK, 10000, None, "about", PENT,
         "about 10,000 North Korean soldiers had been sent to eastern Russia for training", False),
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "U.S.", "US"],
         "at least 3,000 North Korean troops had moved to eastern Russia", False),
        # first group only
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 special forces had been shipped to Russia's Far East", False),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", LEE,
         "North Korea has sent about 11,000 troops to Russia", False),
        ("casualties", NK, 200, 900, "vague", ["senior U.S. military official", "U.S. military official", "Pentagon",
                                               "United States", "U.S.", "US", "Washington"],
         "had suffered \"several hundred\" killed and wounded", True),
        # one weekend, three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly a thousand wounded", False),
    ],
    "009": [
        # also in the "top 3K" bullet above it: labelled once
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Ukraine's military"],
         "killed and wounded in Russia's Kursk Oblast has exceeded 3,000", False),
    ],
    "010": [
        ("casualties", NK, 1100, None, "about", JCS,
         "roughly 1,100 North Korean soldiers had been killed or wounded in Kursk", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "put the toll at more than 3,000", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "U.S.", "US"],
         "had suffered \"several hundred\" casualties", True),
    ],
    "012": [
        ("troops", NK, 11000, 12000, "range", ["South Korean and Western estimates", "South Korea", "Western officials"],
         "North Korea sent between 11,000 and 12,000 soldiers to Russia", False),
        ("troops", RU, 50000, None, "about", USO,
         "Russia had massed about 50,000 troops", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "A further 3,000 or so North Koreans arrived in January and February 2025 as reinforcements", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia's general staff", "Russia"],
         "Ukraine had lost more than 76,000 troops in the operation", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean casualties had reached about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "including about 600 killed", False),
        # the January count, quoted as the base of the rise: an update
        ("killed", NK, 300, None, "about", NIS,
         "roughly 300 killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "2,700 wounded", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "put North Korean losses at around 4,000", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Volodymyr Zelensky", "Zelensky", "unattributed"],
         "Ukraine has held two North Korean soldiers since January", False),
    ],
    "014": [
        ("troops", NK, 14000, None, "about", U,
         "roughly 14,000 North Korean troops have rotated through the Kursk theatre", False),
        ("troops", NK, 10000, None, "about", NIS,
         "About 10,000 North Korean troops remain deployed in Russia's border areas", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed in the fighting", False),
        # the spring count, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "exact", NIS,
         "the 600 dead it counted in the spring", False),
        # one engineering regiment: a part of the whole
        ("killed", NK, 9, None, "exact", ["state media", "North Korean state media", "KCNA", "North Korea", "Pyongyang"],
         "nine soldiers of an engineering regiment died clearing mines", False),
    ],
}

NOT = {
    "000": ["Oct 18, 2024 - 16:55", "between Oct. 8 and 13", "four brigades, some 12,000 troops in all",
            "about 1.2 million active-duty personnel", "preparing 10,000 soldiers to join Russian forces",
            "past two weeks", "3 countries' fighters", "2 inter-Korean roads", "38,981.75"],
    "001": ["56th Security Consultative Meeting", "as many as 12,000", "$425 million", "$6.8 billion",
            "about 43,000 service members", "two carrier strike groups", "2:47 p.m."],
    "002": ["Listen 6 min", "Comment 1,482", "some 12,000 soldiers in all", "February 2022", "eight years",
            "death toll climbs past 150", "21 drone attacks", "kill at least 45", "7 swing states"],
    "004": ["Views: 3,947", "05.11.2024 11:10", "millions of shells",
            "Russia's war losses: 1,290 soldiers in past day, total exceeds 700,000", "two people injured"],
    "005": ["Posts shared thousands of times", "roughly 12,000 soldiers in total", "four days apart",
            "more than 150 journalists", "26 languages", "300 North Korean soldiers surrendering",
            "a 2018 parade", "2017-2024"],
    "006": ["KOSPI 2,435.93", "USD/KRW 1,451.90", "Dow 42,326.87", "240-millimeter", "170-millimeter",
            "\"at least 1,000\" more", "three villages", "fall for the 3rd week", "4 generals suspended",
            "1,450 per dollar", "Pentagon says North Korean troops have suffered 'several hundred' casualties"],
    "008": ["KOSPI 2,442.01", "USD/KRW 1,449.50", "2,300 extra trains", "240-millimeter", "170-millimeter",
            "four days after", "all six sitting justices", "1,126 views", "2 comments"],
    "009": ["Newsletter No. 517", "5 min read", "4.2 billion euros", "roughly 800 square kilometers",
            "about 1,300 at the peak", "nine oblasts", "up to 8 hours", "$50 billion", "41.93 UAH/USD",
            "more than 18,000 members"],
    "010": ["31 of the 52 Shahed-type drones", "another 20", "columns of 20 to 30 men", "122mm",
            "40,000 homes", "1.2m shares", "Comments (417)"],
    "012": ["No. 2025-17", "ISSN 2799-4112", "six months", "June 2024 treaty", "more than $20 billion",
            "thousands more could follow", "11-12 January 2025", "pp. 1-6"],
    "014": ["18.4K plays", "1,206 ratings", "52 min", "more than three times", "1,000 sappers",
            "5,000 military builders", "120-day mission", "12 years", "20% off", "3,400 members",
            "Episode 215", "Thirty years"],
}

OFF = ["003", "007", "011"]
DUP = {"013": "000"}

# What each claim is, for the reasons of the `may` pairs below.
D = {
    "000-1": "about 1,500 first group (NIS, Oct 18)",
    "001-1": "about 10,000 in eastern Russia (Pentagon, Oct 28)",
    "001-2": "around 3,000 (Pentagon's Oct 23 figure)",
    "002-1": "roughly 10,000 sent to Russia (US, Oct 31)",
    "002-2": "about 8,000 in Kursk (Blinken, Oct 31)",
    "004-1": "11,000 in Kursk (Zelensky, Nov 4)",
    "004-2": "about 500 officers only (HUR, Nov)",
    "005-1": "about 8,000 in Kursk (Blinken, restated Nov 7)",
    "005-2": "11,000 in Kursk (Zelensky, restated Nov 7)",
    "005-3": "about 10,000 (Pentagon Oct 28, restated)",
    "005-4": "at least 3,000 (Kirby, Oct 23)",
    "005-5": "about 1,500 first group (NIS Oct 18, restated)",
    "006-3": "about 11,000 (NIS, Dec 19)",
    "012-1": "11,000-12,000 sent in autumn 2024 (estimates, restated May 2025)",
    "012-3": "a further 3,000 reinforcements (NIS, Jan-Feb 2025)",
    "014-1": "roughly 14,000 over the whole deployment (Dec 2025)",
    "014-2": "about 10,000 remaining (NIS, late 2025)",
    "006-4": "several hundred (Pentagon, Dec 17, vague)",
    "006-5": "at least 30 in one weekend near three villages (HUR, Dec 16)",
    "008-1": "about 1,100 (JCS, Dec 23)",
    "009-1": "more than 3,000 (Zelensky, Dec 23)",
    "010-1": "roughly 1,100 (JCS Dec 23, restated Dec 24)",
    "010-2": "more than 3,000 (Zelensky Dec 23, restated Dec 24)",
    "010-3": "several hundred (Pentagon, a week earlier, vague)",
    "012-5": "about 4,700 (NIS, Apr 30 2025)",
    "012-9": "around 4,000 (HUR, Feb 2025)",
    "006-1": "at least 100 killed (NIS, Dec 19)",
    "008-2": "at least 100 killed (NIS Dec 19, restated Dec 23)",
    "012-6": "about 600 killed (NIS, Apr 30 2025)",
    "012-7": "roughly 300 killed (NIS, mid-Jan 2025)",
    "014-3": "about 2,000 killed (NIS, Sep 2025)",
    "014-4": "600 killed (NIS's spring count, restated Dec 2025)",
    "014-5": "nine engineers of one regiment killed clearing mines (part)",
    "006-2": "nearly 1,000 wounded (NIS, Dec 19)",
    "008-3": "nearly a thousand wounded (NIS Dec 19, restated Dec 23)",
    "012-8": "2,700 wounded (NIS, mid-Jan 2025)",
}
# Claims that are a part, a first group, an additional force, a bound or vague: every pair with them is `may`.
PART = {
    "000-1": "a first group", "005-5": "a first group", "004-2": "officers only, a part",
    "001-2": "an earlier, lower count that the rise starts from", "005-4": "a lower bound",
    "012-3": "an additional force of reinforcements", "014-1": "a total over two rotations",
    "014-2": "those still there a year on", "006-4": "a vague count", "010-3": "a vague count",
    "006-5": "one weekend's fighting, a part", "014-5": "one regiment, a part",
}
# when each report was made, for the remaining pairs
WHEN = {"001-1": "2024-10-28", "002-1": "2024-10-31", "002-2": "2024-10-31", "004-1": "2024-11-04",
        "005-1": "2024-10-31", "005-2": "2024-11-04", "005-3": "2024-10-28", "006-3": "2024-12-19",
        "012-1": "2025-05-06", "008-1": "2024-12-23", "009-1": "2024-12-23", "010-1": "2024-12-23",
        "010-2": "2024-12-23", "012-5": "2025-04-30", "012-9": "2025-02-15", "006-1": "2024-12-19",
        "008-2": "2024-12-19", "012-6": "2025-04-30", "012-7": "2025-01-13", "014-3": "2025-09-15",
        "014-4": "2025-04-30", "006-2": "2024-12-19", "008-3": "2024-12-19", "012-8": "2025-01-13"}
KURSK = {"002-2", "004-1", "005-1", "005-2"}

must = [
    ["002-2", "004-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
    ["005-1", "005-2", "within one fact-check: Washington's about 8,000 in Kursk against Zelensky's 11,000, set against each other, four days apart"],
    ["008-1", "009-1", "about 1,100 North Korean killed and wounded (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day"],
    ["010-1", "010-2", "within one live blog: JCS's roughly 1,100 casualties against Zelensky's more than 3,000, the same day"],
]

# every other pair of the same metric and subject whose values differ
groups = {}
for aid, cl in A.items():
    for n, c in enumerate(cl, 1):
        groups.setdefault((c[0], c[1]), []).append(("%s-%d" % (aid, n), c[2], c[3]))
done = {frozenset(p[:2]) for p in must}
may = []
for key, cl in sorted(groups.items()):
    for i in range(len(cl)):
        for j in range(i + 1, len(cl)):
            a, b = cl[i], cl[j]
            if frozenset((a[0], b[0])) in done or (a[1], a[2]) == (b[1], b[2]):
                continue
            if a[0] in PART or b[0] in PART:
                why = "; ".join(PART[x] for x in (a[0], b[0]) if x in PART)
            elif {a[0], b[0]} in ({"002-2", "005-2"}, {"004-1", "005-1"}, {"008-1", "010-2"}, {"009-1", "010-1"}):
                why = "the same two reports restated; only the first cross-article pair is must"
            else:
                days = abs((date.fromisoformat(WHEN[a[0]]) - date.fromisoformat(WHEN[b[0]])).days)
                if days > 20:
                    why = "%d days apart: a rising total" % days
                elif (a[0] in KURSK) != (b[0] in KURSK):
                    why = "Kursk alone against all of Russia, %d days apart" % days
                else:
                    why = "%d days apart, a rising count" % days
                if a[0][:3] == b[0][:3]:
                    why = "within one article: " + why
            may.append([a[0], b[0], "%s against %s: %s" % (D[a[0]], D[b[0]], why)])

conflicts = {"must": must, "may": may}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
