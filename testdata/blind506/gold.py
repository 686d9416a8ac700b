#!/usr/bin/env python3
"""Gold labels for blind506 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
from datetime import date
from itertools import combinations

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind506: 15 articles written in our own words about the real story's known "
         "reporting, in the format of testdata/corpus (see its README.md for every field and how output is scored).")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency", "intelligence agency"]
HUR = ["Defence Intelligence", "Defense Intelligence", "HUR", "Main Intelligence Directorate",
       "military intelligence", "Ukrainian intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Zelenskiy", "Ukraine"]
LEE = ["Lee Seong-kweun", "lawmakers"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", HUR, "Some 12,000 North Korean servicemen", False),
        ("troops", NK, 500, None, "exact", HUR, "500 officers", False),
        ("troops", NK, 3, None, "exact", HUR, "three generals", True),
        ("troops", NK, 10000, None, "at_least", ZEL + ["Ukrainian intelligence"], "no fewer than 10,000 soldiers", False),
        ("troops", NK, 12000, None, "about", NIS, "about 12,000 troops in total", False),
        ("troops", NK, 1500, None, "exact", NIS, "the first 1,500 special forces troops", False),
    ],
    "002": [
        ("killed", NK, 100, None, "at_least", NIS + LEE, "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + LEE, "close to 1,000 others have been wounded", False),
        ("casualties", NK, 1100, None, "about", LEE + NIS,
         "The combined casualties, including the wounded, can be put at around 1,100", False),
        ("troops", NK, 11000, None, "about", NIS, "deployed about 11,000 troops to Russia", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "have lost more than 3,000 men killed or wounded", False),
        ("killed", NK, 100, None, "about", NIS, "about 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS, "roughly 1,000 had been wounded", False),
        ("casualties", NK, 30, None, "at_least", HUR, "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "005": [
        ("captured", NK, 2, None, "exact", ZEL, "have captured two North Korean soldiers", False),
        ("captured", NK, 2, None, "exact", NIS, "Ukraine had taken a pair of North Korean soldiers prisoner", False),
        ("troops", NK, 10000, 12000, "range",
         ["U.S., South Korean and Ukrainian officials", "U.S.", "United States", "South Korea", "Ukraine"],
         "between 10,000 and 12,000 troops", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS + LEE, "around 300 soldiers killed", False),
        ("wounded", NK, 2700, None, "about", NIS + LEE, "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", LEE + NIS, "the agency put the North's overall casualties at roughly 3,000", False),
        ("casualties", NK, 4000, None, "about", HUR, "North Korean casualties in Kursk stood at nearly 4,000", False),
        ("captured", NK, 2, None, "exact", NIS, "one of the two soldiers captured by Ukraine last week", False),
        ("captured", NK, 2, None, "exact", ZEL, "Two soldiers, though wounded, survived and were transported to Kyiv", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS, "has sent around 3,000 additional soldiers to Russia since January", False),
        ("troops", NK, 11000, None, "about", NIS, "roughly 11,000 troops that Pyongyang dispatched last year", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Zelensky", "Ukraine"],
         "the two North Korean prisoners captured in January", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS + LEE, "about 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS + LEE, "including around 600 deaths", False),
        ("casualties", NK, 3000, None, "about", NIS + LEE, "up from around 3,000 in January", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "General Staff", "Russian Defense Ministry", "Russia"],
         "the Ukrainian armed forces had lost more than 76,000 servicemen in the Kursk area", False),
    ],
    "013": [
        ("troops", NK, 11000, None, "about", NIS, "about 11,000 were sent in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", NIS, "some three thousand reinforcements early this year", False),
        ("killed", NK, 2000, None, "about", NIS + LEE, "about 2,000 North Korean soldiers have died in the fighting", False),
        ("casualties", NK, 6000, None, "more_than",
         ["Britain's Ministry of Defence", "Ministry of Defence", "UK Ministry of Defence", "Britain", "UK"],
         "had suffered more than 6,000 casualties in Kursk", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"], "Two, both captured by Ukraine in January", False),
    ],
    "014": [
        ("troops", NK, 5000, None, "about", NIS,
         "roughly 5,000 North Korean military construction troops had been moving to Russia", False),
        ("troops", NK, 200, 900, "vague", ["Regional officials", "state media", "Russian officials", "Russia"],
         "hundreds of North Korean sappers are clearing fields", True),
        ("killed", NK, 2000, None, "at_least", ["independent counts", "unattributed"],
         "at least 2,000 North Koreans died in the Kursk campaign", False),
    ],
}

NOT = {
    "000": ["some 7,000 kilometres from the front line", "five training grounds", "1,150 guided aerial bombs",
            "four brigades", "USD 41.29", "Views: 2041", "November 1", "October 3"],
    "002": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "1,451 per dollar",
            "1st preparatory hearing on Yoon impeachment Dec. 27", "exports up 1.4 pct"],
    "003": ["Russian drone strike on Kherson minibus kills 2, injures 5", "killing two civilians and injuring five",
            "downs 24 of 37 Russian drones", "Hr 27 billion ($648 million)", "Join more than 15,000 members",
            "112 comments"],
    "005": ["one of the men was born in 2005 and the other in 1999", "several hundred square kilometers",
            "12:25 PM GMT+2"],
    "006": ["roughly 450 square kilometers", "about 1,300 in August", "Russia Sends 100,000 More Troops to Ukraine Front: Kyiv",
            "Map Shows Where 1,000 Drones Hit Russia in December", "214 comments", "send thousands more soldiers"],
    "008": ["about 220 pieces of artillery", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "as much as $20 billion", "as much as 4.2%", "Korea Cuts Key Rate to 2.75%", "25% Tariffs on EU Goods"],
    "010": ["industrial output falls 1.1% in March", "yen weakens past 143 to dollar",
            "2.4 million expected to head overseas", "Sunny 22°C / 14°C"],
    "011": ["send 1,000 sappers to clear mines", "5,000 military builders", "send a thousand sappers",
            "5,000 military construction workers", "over 400 tanks",
            "7,300 artillery pieces", "28 Ukrainian drones", "12 intergovernmental agreements"],
    "013": ["1,000 deminers and 5,000 military builders", "as high as $20bn", "Russia launches 810 drones",
            "Five killed as storm hits Hong Kong", "more than 3 months old", "£2 a month", "11th Corps"],
    "014": ["1,000 deminers and 5,000 builders", "about 40 kilometres west of Kursk", "1.2 billion roubles",
            "several hundred square kilometres", "more than seven months ago"],
}

OFF = ["001", "004", "009", "012"]
DUP = {"007": "006"}

MUST = [
    ["002-3", "003-1", "about 1,100 casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 "
                       "killed or wounded (Zelensky, Dec 23), four days apart"],
    ["006-3", "006-4", "roughly 3,000 casualties (NIS) against nearly 4,000 (HUR) in the same article, same day"],
]

# Not conflicts, left out of both lists: parts of the whole (officers, special forces, a local count
# near three villages) and the NIS's own update in 010 (4,700 now, up from 3,000 in January).
PARTS = {"000-2", "000-3", "000-6", "003-4"}
NOPE = {("010-1", "010-3")}
ADDITIONAL = {"008-1", "013-2", "014-1"}   # reinforcements / a separate construction contingent

PUB = {"000": date(2024, 10, 25), "002": date(2024, 12, 19), "003": date(2024, 12, 23), "005": date(2025, 1, 12),
       "006": date(2025, 1, 14), "008": date(2025, 2, 27), "010": date(2025, 4, 30), "011": date(2025, 6, 17),
       "013": date(2025, 9, 5), "014": date(2025, 12, 8)}


def interval(c):
    m, s, v, vmax, q = c[:5]
    inf = float("inf")
    if q in ("exact", "about"):
        return (v, v, True, True)
    if q == "more_than":
        return (v, inf, False, True)
    if q == "at_least":
        return (v, inf, True, True)
    if q == "less_than":
        return (0, v, True, False)
    if q in ("at_most", "up_to"):
        return (0, v, True, True)
    if q == "range":
        return (v, vmax, True, True)
    raise ValueError(q)


def compatible(a, b):
    lo1, hi1, il1, ih1 = interval(a)
    lo2, hi2, il2, ih2 = interval(b)
    lo, lo_in = (lo1, il1) if (lo1 > lo2 or (lo1 == lo2 and not il1)) else (lo2, il2)
    hi, hi_in = (hi1, ih1) if (hi1 < hi2 or (hi1 == hi2 and not ih1)) else (hi2, ih2)
    return lo < hi or (lo == hi and lo_in and hi_in)


def may_pairs():
    ids = [("%s-%d" % (aid, n), aid, c) for aid, cl in sorted(A.items()) for n, c in enumerate(cl, 1)]
    must = {tuple(sorted(p[:2])) for p in MUST}
    out = []
    for (i1, a1, c1), (i2, a2, c2) in combinations(ids, 2):
        if c1[0] != c2[0] or c1[1] != c2[1] or c1[7] or c2[7]:
            continue
        if i1 in PARTS or i2 in PARTS or (i1, i2) in NOPE or (i1, i2) in must or compatible(c1, c2):
            continue
        days = abs((PUB[a2] - PUB[a1]).days)
        if i1 in ADDITIONAL or i2 in ADDITIONAL:
            why = "an additional force (reinforcements or a separate contingent) against the earlier total"
        elif days >= 20:
            why = "%s: %s %s (%s) against %s %s (%s), %d days apart: a cumulative or revised figure" % (
                c1[0], c1[4], c1[2], a1, c2[4], c2[2], a2, days)
        else:
            raise SystemExit("unclassified pair %s %s" % (i1, i2))
        out.append([i1, i2, why])
    return out


conflicts = {"must": MUST, "may": may_pairs()}

if __name__ == "__main__":
    goldlib.write(about, A, NOT, OFF, DUP, conflicts)
