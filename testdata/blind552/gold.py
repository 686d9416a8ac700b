#!/usr/bin/env python3
"""Gold labels for blind552 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind552 articles, written and labelled blind. "
         "See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "Seoul"]
LEE = ["Lee Seong-kweun"] + NIS
HUR = ["Defence Intelligence", "HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"]
US = ["Antony Blinken", "Blinken", "United States", "US", "State Department"]

A = {
    "001": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "North Korea is sending some 12,000 soldiers in total", False),
        ("troops", "north_korea", 1500, None, "exact", NIS,
         "has already moved 1,500 special forces soldiers to Russia's Far East", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, None, "about", US,
         "Our figure for North Korean soldiers in Russia is something like 10,000", False),
        ("troops", "north_korea", 8000, None, "about", US,
         "about 8,000 have been moved to the Kursk region", False),
        ("troops", "north_korea", 3000, None, "about", ["Pentagon", "US Defense Department", "United States", "US"],
         "the roughly 3,000 it had counted a week earlier", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "as many as 12,000 North Korean soldiers are now in Russia", False),
        ("troops", "north_korea", 500, None, "exact", HUR,
         "including 500 officers", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers deployed to Russia have been killed in combat against Ukrainian forces", False),
        ("wounded", "north_korea", 1000, None, "about", LEE,
         "close to 1,000 have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", LEE,
         "the toll comes to roughly 1,100", False),
        ("troops", "north_korea", 11000, None, "about", LEE,
         "Of the roughly 11,000 soldiers North Korea sent", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "more than three thousand North Korean soldiers have already been killed or wounded in Kursk Oblast", False),
        ("troops", "north_korea", 11000, 12000, "range", HUR,
         "11,000-12,000 North Korean soldiers are in Kursk Oblast", False),
        ("killed", "north_korea", 50, None, "exact", ["Special Operations Forces", "Ukraine"],
         "they had killed 50 North Korean soldiers", False),
        ("wounded", "north_korea", 47, None, "exact", ["Special Operations Forces", "Ukraine"],
         "wounded 47 in three days of fighting", False),
    ],
    "005": [
        ("casualties", "north_korea", 4000, None, "more_than", HUR,
         "put North Korean losses in the Kursk region since early December at more than 4,000 killed and wounded", False),
        ("killed", "north_korea", 300, None, "about", LEE,
         "Some 300 North Korean soldiers have died", False),
        ("wounded", "north_korea", 2700, None, "about", LEE,
         "2,700 have been wounded in the Kursk region", False),
        ("casualties", "north_korea", 3000, None, "about", LEE,
         "That puts Pyongyang's losses at about 3,000", False),
        ("casualties", "russia", 1710, None, "exact", ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "Russia had lost 1,710 soldiers killed and wounded over the past 24 hours", False),
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "the two North Korean soldiers captured in Kursk region", False),
    ],
    "006": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has dispatched some three thousand additional soldiers to Russia since January", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "the roughly 11,000 troops Pyongyang sent last autumn", False),
        ("troops", "north_korea", 200, 900, "vague", NIS,
         "Several hundred of the newcomers are believed to belong to a unit trained to operate and counter drones", True),
    ],
    "007": [
        ("killed", "north_korea", 600, None, "about", LEE,
         "About 600 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("troops", "north_korea", 15000, None, "about", LEE,
         "Of the roughly 15,000 troops North Korea has dispatched", False),
        ("casualties", "north_korea", 4700, None, "about", LEE,
         "an estimated 4,700 have been killed or wounded", False),
    ],
    "008": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["Western and South Korean estimates", "Western", "South Korea", "South Korean"],
         "put the contingent that fought in Kursk at between 10,000 and 12,000 soldiers", False),
    ],
    "009": [
        ("troops", "north_korea", 15000, None, "about", ["unattributed"],
         "Around 15,000 North Korean troops are believed to have been sent to Russia since last autumn", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Britain's Ministry of Defence", "Ministry of Defence", "UK", "Britain", "British"],
         "North Korean forces had suffered more than 6,000 casualties in the Kursk campaign", False),
    ],
    "014": [
        ("troops", "north_korea", 5000, None, "about", NIS,
         "about 5,000 military construction troops had been moving to Russia in stages since September", False),
        ("troops", "north_korea", 1000, None, "about", NIS,
         "Roughly a thousand sappers are still clearing mines in Kursk region", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["Ukrainian officer", "Ukraine", "a Ukrainian officer, via DW", "DW"],
         "several thousand North Korean soldiers were still stationed on the Russian side of the border", True),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "the NIS estimated that about 2,000 North Korean soldiers had been killed", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukrainian forces have held two North Korean prisoners since January", False),
    ],
}

NOT = {
    "001": ["four Russian landing ships and three escort vessels", "more than 13,000 containers",
            "four brigades", "past 1 million copies", "Oct. 8 and 13", "KOSPI ends at 2,593.82"],
    "002": ["$425 million", "155mm artillery rounds", "more than 1,200 engines delivered to 14 partner nations",
            "For 60 years"],
    "003": ["aged between 18 and 24", "240 mm multiple rocket launchers", "170 mm self-propelled guns",
            "lost 30 in one drone strike", "1,451.9 per dollar"],
    "004": ["2 injured", "downs 25 Russian drones", "21 December"],
    "005": ["46 of 74 drones", "28 others", "12 tanks and 41 artillery systems", "aged 20 and 26", "312 partners"],
    "006": ["hundreds of short-range ballistic missiles", "some 200 long-range artillery pieces", "3.77 million"],
    "007": ["Kim, 41", "Article 4", "5,000-ton destroyer"],
    "008": ["1,000 deminers and 5,000 military construction workers", "1,000 sappers to clear mines",
            "5,000 military builders", "at least five border districts", "$2 a month"],
    "009": ["hundreds of whom had been brought to the capital", "3.8%", "1.3 million supporters in 180 countries"],
    "014": ["more than a million barrels of oil"],
}

OFF = ["000", "011", "012", "013"]
DUP = {"010": "004"}

must = [
    ["003-3", "004-1", "about 1,100 casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 "
                       "killed or wounded (Zelensky, Dec 23), four days apart"],
    ["005-4", "005-1", "about 3,000 casualties (NIS) against more than 4,000 killed and wounded (HUR), "
                       "the same day in the same live page"],
]

may = [
    ["001-1", "002-1", "about 12,000 being sent (NIS) against about 10,000 in Russia (US), two weeks apart"],
    ["003-3", "005-1", "about 1,100 casualties (NIS, Dec 19) against more than 4,000 (HUR, Jan 13), 25 days apart"],
    ["004-1", "005-4", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13): the bound is at the edge"],
    ["006-2", "006-1", "3,000 additional troops against the 11,000 sent last autumn (an additional force)"],
]

# Everything else: claims of the same metric and subject in different articles whose values cannot
# both hold, published 45 days or more apart (cumulative tolls and changing contingents): may.
from datetime import date
DATES = {"001": date(2024, 10, 18), "002": date(2024, 10, 31), "003": date(2024, 12, 19),
         "004": date(2024, 12, 23), "005": date(2025, 1, 13), "006": date(2025, 2, 27),
         "007": date(2025, 4, 30), "008": date(2025, 6, 17), "009": date(2025, 8, 22),
         "014": date(2025, 12, 4)}
# parts of a whole (a first group, a three-day clash, officers among the troops): never conflicts
PARTS = {"001-2", "002-5", "004-3", "004-4"}


def interval(c):
    m, s, v, vmax, q = c[:5]
    if q in ("more_than",):
        return (v + 1e-9, float("inf"))
    if q in ("at_least",):
        return (v, float("inf"))
    if q in ("up_to", "at_most", "less_than"):
        return (0, v)
    if vmax is not None:
        return (v, vmax)
    return (v, v)


def compatible(a, b):
    (lo1, hi1), (lo2, hi2) = interval(a), interval(b)
    return max(lo1, lo2) <= min(hi1, hi2)


listed = {frozenset(p[:2]) for p in must + may}
ids = []
for aid, cl in A.items():
    for n, c in enumerate(cl, 1):
        ids.append(("%s-%d" % (aid, n), aid, c))
for i, (ia, aa, ca) in enumerate(ids):
    for ib, ab, cb in ids[i + 1:]:
        if aa == ab or ca[0] != cb[0] or ca[1] != cb[1]:
            continue
        if ca[7] or cb[7] or ia in PARTS or ib in PARTS:
            continue
        if abs((DATES[ab] - DATES[aa]).days) < 45 or compatible(ca, cb):
            continue
        if frozenset((ia, ib)) in listed:
            continue
        may.append([ia, ib, "%s %s against %s, %d days apart" % (
            ca[0], ca[2], cb[2], abs((DATES[ab] - DATES[aa]).days))])

conflicts = {"must": must, "may": may}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
