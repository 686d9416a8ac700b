#!/usr/bin/env python3
"""Gold labels for testdata/blind592 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind592: 15 articles written in our own words about the real story's known "
         "reporting, in the format of testdata/corpus (see its README.md for every field and how output is scored).")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"]
HUR = ["Defence Intelligence", "HUR", "Main Intelligence Directorate", "Ukraine", "Andrii Yusov"]

A = {
    "001": [
        ("troops", "north_korea", 12000, None, "about", HUR,
         "about 12,000 North Korean servicemen are on Russian soil", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "roughly 500 officers", False),
    ],
    "002": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has so far sent about 3,000 soldiers to Russia", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "A second contingent of about 1,500 arrived in the Russian Far East", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "about 1,000 others wounded", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "The North's dispatched forces, which number around 11,000", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Syrskyi", "Ukraine"],
         "more than three thousand soldiers from North Korea have already been killed or wounded", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "the JCS estimated North Korean casualties at about 1,100", False),
        ("troops", "north_korea", 11000, None, "about", HUR,
         "around eleven thousand North Korean troops are in the Kursk region", False),
        ("killed", "russia", 8, None, "exact", HUR,
         "opened fire by mistake on a Chechen Akhmat unit, killing eight of its fighters", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "some 2,700 wounded in the fighting in Russia's Kursk region", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "the NIS put the North's total losses at roughly 3,000", False),
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "SBU"],
         "Ukrainian troops had captured two North Korean soldiers in Kursk", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "some three thousand additional soldiers", False),
        ("troops", "north_korea", 11000, None, "about", ["South Korea", "United States", "U.S.", "South Korean and U.S. assessments"],
         "an estimated 11,000 North Korean soldiers who were deployed to Russia last fall", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "Ukrainian officials"],
         "Ukraine captured two North Korean soldiers in January", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen during the operation", False),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "North Korea has suffered about 4,700 casualties in the war against Ukraine", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including some 600 dead", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "some 15,000 North Korean soldiers have been sent to Russia since last October", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "around 3,000 reinforcements who arrived in January and February", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "Two soldiers captured by Ukraine", False),
    ],
    "012": [
        ("troops", "north_korea", 11000, 12000, "range", ["Western officials", "South Korean officials", "South Korea", "Western"],
         "sent between 11,000 and 12,000 soldiers to fight in Kursk last year", False),
        ("killed", "north_korea", 200, 900, "vague", NIS,
         "hundreds of North Korean soldiers were killed in the fighting", True),
    ],
    "013": [
        ("troops", "north_korea", 10000, 12000, "range", ["Seoul", "Washington", "South Korea", "United States"],
         "Pyongyang sent between 10,000 and 12,000 soldiers in the autumn of 2024", False),
        ("troops", "north_korea", 3000, None, "up_to", ["South Korea's military", "South Korea", "JCS"],
         "Up to 3,000 more followed as reinforcements early this year", False),
        ("troops", "north_korea", 1000, None, "about", NIS,
         "about 1,000 deminers have been working in the region since the summer", False),
        ("troops", "north_korea", 2000, 9999, "vague", NIS,
         "several thousand military builders have been sent to help with reconstruction", True),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "About 2,000 North Korean soldiers had been killed", False),
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "North Korea", "Pyongyang"],
         "nine soldiers of the engineer regiment had died while clearing mines", False),
    ],
}

NOT = {
    "001": ["five training ranges", "27-28 October", "about one for every 30 soldiers", "35 of 52 Russian drones",
            "19 more air defence systems", "UAH/USD 41.25"],
    "002": ["some 10,000 by December", "mostly in their early 20s", "more than 13,000 containers",
            "2 inter-Korean roads", "KOSPI 2,599.62"],
    "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "up 1.4 pct in first 20 days",
            "3 dead, 2 injured in fire at Busan apartment"],
    "005": ["2 people injured", "€1.1 billion", "Views: 14872"],
    "007": ["110 drones and four ballistic missiles", "58 drones were shot down", "One was born in 2005",
            "16th package of sanctions", "Comments (1,248)"],
    "008": ["about 200 long-range artillery pieces", "170 mm self-propelled guns", "240 mm multiple rocket launchers"],
    "009": ["Article 4", "over 400 tanks", "more than 7,000 units of other military hardware", "August 6, 2024",
            "115 Ukrainian UAVs"],
    "010": ["Two firefighters injured", "6.7 trillion won"],
    "012": ["1,000 deminers and 5,000 military construction workers", "a visit on June 4"],
    "013": ["120-day mission", "as much as $20 billion", "nearly 10,000 kilometres by rail", "portraits of the nine"],
}

OFF = ["000", "004", "011", "014"]
DUP = {"006": "005"}

# troops totals vs totals: incompatible values months apart -> may; reinforcement ("additional")
# figures 008-1, 010-4, 013-2 against totals -> may; parts (001-2, 002-2, 013-3, 013-4) -> none.
totals = [("001-1", "2024-10-25", 12000), ("002-1", "2024-10-23", 3000), ("003-3", "2024-12-19", 11000),
          ("005-3", "2024-12-23", 11000), ("008-2", "2025-02-27", 11000), ("010-3", "2025-04-30", 15000),
          ("012-1", "2025-06-18", "11000-12000"), ("013-1", "2025-12-15", "10000-12000")]
compatible = {("003-3", "005-3"), ("003-3", "008-2"), ("005-3", "008-2"), ("001-1", "012-1"), ("001-1", "013-1"),
              ("003-3", "012-1"), ("003-3", "013-1"), ("005-3", "012-1"), ("005-3", "013-1"),
              ("008-2", "012-1"), ("008-2", "013-1"), ("012-1", "013-1")}
must = [
    ["001-1", "002-1", "about 12,000 North Korean troops in Russia (Ukraine's HUR, Oct 25 2024) against about 3,000 "
     "(South Korea's NIS, Oct 23 2024), two days apart"],
    ["005-1", "005-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), "
     "reported the same day in the same article"],
]
may = []
for i, (a, da, va) in enumerate(totals):
    for b, db, vb in totals[i + 1:]:
        pair = tuple(sorted((a, b)))
        if pair in compatible or {a, b} == {"001-1", "002-1"}:
            continue
        may.append([pair[0], pair[1], "troop totals %s (%s) and %s (%s), months apart" % (va, da, vb, db)])
for r in ["008-1", "010-4", "013-2"]:
    for t, d, v in totals:
        if (r == "010-4" and t == "010-3") or t == "002-1":
            continue  # stated as part of that total / the same value
        may.append(sorted([r, t]) + ["about 3,000 reinforcements ('additional') against a total of %s" % (v,)])
may += [
    ["005-1", "007-3", "more than 3,000 casualties (Dec 23) against roughly 3,000 (Jan 13): near the bound"],
    ["005-2", "010-1", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025), months apart, cumulative"],
    ["007-3", "010-1", "3,000 casualties (Jan) against 4,700 (Apr), months apart, cumulative"],
    ["007-1", "010-2", "300 killed (Jan) against 600 killed (Apr), months apart, cumulative"],
    ["007-1", "013-5", "300 killed (Jan) against 2,000 killed (Sep estimate), months apart"],
    ["010-2", "013-5", "600 killed (Apr) against 2,000 killed (Sep estimate), months apart"],
    ["012-2", "013-5", "'hundreds' killed (Jun) against about 2,000 (Sep estimate), months apart"],
]
# Not conflicts (update, same source): 005-2 -> 007-3 (1,100 then 3,000 casualties) and 003-2 -> 007-2
# (1,000 then 2,700 wounded), South Korean estimates raised three to four weeks later.

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
