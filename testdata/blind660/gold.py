#!/usr/bin/env python3
"""Gold labels for testdata/blind660 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NK, RU = "north_korea", "russia"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Lee Sung-jun"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine"]
HUR = ["Budanov", "Kyrylo Budanov", "HUR", "Defence Intelligence", "Ukraine"]
US = ["U.S. officials", "United States", "US", "Pentagon", "Sabrina Singh"]
UN = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS,
         "sent some three thousand additional troops to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 soldiers the North dispatched last autumn", False),
        ("casualties", NK, 4000, None, "about", NIS,
         "North Korean forces had suffered around 4,000 casualties so far", False),
        ("troops", NK, 200, 999, "vague", ["Ukraine's special operations forces", "Ukraine's military", "Ukraine"],
         "hundreds of North Korean soldiers had gone back into assaults", True),
    ],
    "002": [
        ("casualties", NK, 1100, None, "about", JCS,
         "roughly 1,100 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi"],
         "more than three thousand North Korean troops had been killed or wounded in Russia's Kursk region", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died in combat", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "roughly a thousand had been wounded", False),
        ("troops", NK, 11000, None, "about", ["South Korean military officials", "South Korea", "Joint Chiefs of Staff"],
         "the North has about 11,000 troops in Russia", False),
    ],
    "003": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has so far sent around 3,000 troops to Russia", False),
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 North Korean special operations troops had been moved to Vladivostok", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "about", UN,
         "North Korea is believed to have sent roughly 11,000 soldiers to Kursk last autumn", False),
        ("troops", NK, 2000, 9999, "vague", UN,
         "followed by several thousand reinforcements early this year", True),
        ("killed", NK, 600, None, "about", ["South Korean intelligence", "South Korea", "NIS"],
         "about 600 of the North Korean soldiers have been killed", False),
    ],
    "006": [
        ("troops", NK, 8000, None, "about", US,
         "Roughly 8,000 North Korean soldiers have moved into Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", US,
         "the approximately 10,000 troops that Pyongyang has sent to Russia", False),
    ],
    "007": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
        ("casualties", NK, 3800, None, "more_than", ZEL,
         "the number of North Korean troops killed and wounded had passed 3,800", False),
    ],
    "009": [
        ("troops", NK, 11000, None, "about", HUR,
         "around eleven thousand North Korean military personnel in Russia's Kursk region", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "up to 12,000 North Korean servicemen have arrived in Russia", False),
        ("troops", NK, 500, None, "about", HUR,
         "around 500 officers", False),
        ("troops", NK, 3, None, "exact", HUR,
         "three generals", True),
        ("troops", RU, 50000, None, "about", HUR,
         "about 50,000 of its own servicemen in the Kursk direction", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean forces had suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "including roughly 600 killed", False),
        ("troops", NK, 10000, 12000, "range", UN,
         "Between 10,000 and 12,000 North Korean soldiers are believed to have been sent in the first wave last autumn", False),
        ("troops", NK, 15000, None, "about", NIS,
         "The NIS now puts the total at around 15,000", False),
    ],
    "012": [
        ("killed", NK, 300, None, "about", NIS + ["lawmakers"],
         "some 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["lawmakers"],
         "roughly 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS + ["lawmakers"],
         "puts the North's casualties at around 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "the 1,100 that the Joint Chiefs of Staff estimated in late December", False),
        ("captured", NK, 2, None, "exact", NIS,
         "two North Korean soldiers had been captured by Ukraine", False),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range", ["Western officials", "South Korean officials", "South Korea"],
         "between 10,000 and 12,000 soldiers were sent in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", ["Western officials", "South Korean officials", "South Korea"],
         "followed early this year by about 3,000 more", False),
        ("troops", NK, 15000, None, "about", NIS,
         "puts the overall figure at roughly 15,000", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("casualties", NK, 6000, None, "more_than",
         ["Britain's defence intelligence", "Defence Intelligence", "UK Ministry of Defence", "Britain", "UK"],
         "North Korea had probably suffered more than 6,000 casualties", False),
        ("captured", NK, 2, None, "exact", UN,
         "The two soldiers captured by Ukraine in January", False),
    ],
}

NOT = {
    "000": ["about 1,587 km", "1,433 per dollar", "exports rise 7.4% in February", "2% of GDP", "KOSPI 2,641.09"],
    "002": ["KN-23 short-range ballistic missiles", "240-millimeter multiple rocket launchers",
            "Won tumbles past 1,450 per dollar", "Five ways to spend Christmas Eve"],
    "003": ["a total of 10,000 by December", "more than 13,000 containers", "about US$2,000 a month",
            "BOK cuts key rate to 3.25 pct", "KOSPI 2,599.62"],
    "004": ["1,000 sappers", "another 5,000 military construction workers", "more than 2,000 private homes",
            "starting from just $2", "Russia Hits Kyiv With 440 Drones and 32 Missiles", "Key Rate to 20%"],
    "006": ["more than 1,000 square kilometers", "Russia launches 79 drones at Ukraine overnight"],
    "007": ["1,053rd day", "born in 2005", "born in 1999", "187 combat clashes", "the 95th Air Assault Brigade",
            "74 Shahed-type attack drones", "47 were shot down", "42.17 per US dollar",
            "mobilise 160,000 more soldiers"],
    "009": ["some 30 km from the line of contact", "Russia's combat losses in Ukraine reach 712,000"],
    "010": ["Article 4", "170mm self-propelled guns", "240mm rocket launchers", "Nikkei 225 closes at 36,045.38",
            "$0.99 for the first month"],
    "012": ["Police weigh deploying 1,000 officers", "KOSPI closes at 2,489.56"],
    "014": ["1,000 deminers and 5,000 military builders", "the elite 11th Corps", "about $20bn since 2023",
            "from just £2 a month"],
}

OFF = ["001", "005", "008", "013"]
DUP = {"011": "006"}

MUST = [
    ["006-1", "009-1", "about 8,000 North Korean troops in Kursk (US officials, 4 Nov 2024) against around eleven thousand in Kursk (HUR's Budanov, 8 Nov 2024), four days apart"],
    ["002-1", "002-2", "roughly 1,100 casualties (South Korea's JCS) against more than three thousand (Zelensky), in the same article a day apart"],
    ["007-2", "012-3", "more than 3,800 killed and wounded (Zelensky, 11 Jan 2025) against around 3,000 casualties (NIS, 13 Jan 2025), two days apart"],
]

# may: defensible either way (weeks or months apart, a different scope, an "additional" force, or a
# restatement of a conflict already reported). Not scored.
MAY = [
    # casualties
    ["002-1", "007-2", "1,100 (JCS, 24 Dec) against more than 3,800 (Zelensky, early January): weeks apart"],
    ["002-2", "012-3", "more than 3,000 (Zelensky, 23 Dec) against around 3,000 (NIS, 13 Jan): bound borderline, weeks apart"],
    ["002-2", "012-4", "restated JCS 1,100 against Zelensky's more than 3,000: a repeat of the must conflict 002-1/002-2"],
    ["007-2", "012-4", "more than 3,800 (Zelensky) against the December JCS 1,100 restated: weeks apart"],
    ["002-1", "000-3", "1,100 (Dec) against around 4,000 (Feb): two months apart, cumulative"],
    ["002-1", "010-1", "1,100 (Dec) against about 4,700 (Apr): months apart, cumulative"],
    ["002-1", "014-5", "1,100 (Dec 2024) against more than 6,000 (June 2025): months apart"],
    ["012-4", "000-3", "1,100 (Dec) against around 4,000 (Feb): months apart"],
    ["012-4", "010-1", "1,100 (Dec) against about 4,700 (Apr): months apart"],
    ["012-4", "014-5", "1,100 (Dec) against more than 6,000 (June): months apart"],
    ["012-3", "000-3", "around 3,000 (Jan) against around 4,000 (Feb): six weeks apart, cumulative"],
    ["012-3", "010-1", "around 3,000 (Jan) against about 4,700 (Apr): months apart"],
    ["012-3", "014-5", "around 3,000 (Jan) against more than 6,000 (June): months apart"],
    ["000-3", "010-1", "around 4,000 (Feb) against about 4,700 (Apr): two months apart"],
    ["000-3", "014-5", "around 4,000 (Feb) against more than 6,000 (June): months apart"],
    ["010-1", "014-5", "about 4,700 (NIS, Apr) against more than 6,000 (UK, June): months apart"],
    # killed
    ["012-1", "010-2", "about 300 (Jan) against about 600 (Apr): months apart"],
    ["012-1", "004-3", "about 300 (Jan) against about 600 (June): months apart"],
    ["012-1", "014-4", "about 300 (Jan) against about 2,000 (Sept): months apart"],
    ["010-2", "014-4", "about 600 (Apr) against about 2,000 (Sept): months apart"],
    ["004-3", "014-4", "about 600 (June) against about 2,000 (Sept): months apart"],
    # wounded: 002-4 vs 012-2 is left unlisted on purpose (a later rise, see README)
]

# troops: early counts against later totals, totals in Russia against counts in Kursk, and
# "additional" forces against totals, are all defensible either way.
_troops = {
    "003-1": 3000, "003-2": 1500, "006-1": 8000, "006-2": 10000, "009-1": 11000, "009-2": 12000,
    "002-5": 11000, "000-1": 3000, "000-2": 11000, "010-3": (10000, 12000), "010-4": 15000,
    "004-1": 11000, "014-1": (10000, 12000), "014-2": 3000, "014-3": 15000,
}
_unlisted = {  # same-article updates and parts of a whole, not conflicts
    frozenset(p) for p in [("003-1", "003-2"), ("006-1", "006-2"), ("000-1", "000-2"),
                           ("010-3", "010-4"), ("014-1", "014-2"), ("014-1", "014-3"), ("014-2", "014-3"),
                           ("009-1", "009-2")]
}
_must = {frozenset(p[:2]) for p in MUST}


def _compatible(a, b):
    (ia, va), (ib, vb) = a, b
    if ia == "009-2" or ib == "009-2":  # "up to 12,000"
        other = vb if ia == "009-2" else va
        return (other[1] if isinstance(other, tuple) else other) <= 12000
    lo_a, hi_a = va if isinstance(va, tuple) else (va, va)
    lo_b, hi_b = vb if isinstance(vb, tuple) else (vb, vb)
    return lo_a <= hi_b and lo_b <= hi_a


_ids = list(_troops)
for i in range(len(_ids)):
    for j in range(i + 1, len(_ids)):
        x, y = _ids[i], _ids[j]
        pair = frozenset((x, y))
        if pair in _unlisted or pair in _must:
            continue
        if _compatible((x, _troops[x]), (y, _troops[y])):
            continue
        MAY.append([x, y, "troop counts at different dates or scopes (Russia/Kursk, first wave/total, additional)"])

conflicts = {"must": MUST, "may": MAY}

about = ("Gold labels for testdata/blind660, fifteen articles written and labelled blind. "
         "Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
