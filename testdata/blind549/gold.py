#!/usr/bin/env python3
"""Gold labels for blind549 (written blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind549 articles in articles/, written and labelled blind. "
         "Same schema and meaning as testdata/corpus/gold.json (see testdata/corpus/README.md).")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]
NK = "north_korea"

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has shipped some 1,500 special operations troops to Russia's Far East", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "the number of North Korean soldiers in Kursk Oblast had reached 11,000", False),
        ("troops", "russia", 45000, None, "about",
         ["Kyrylo Budanov", "Budanov", "military intelligence", "HUR", "Ukraine"],
         "Moscow had concentrated some 45,000 of its own troops in Kursk Oblast", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
         "North Korean troops fighting for Russia have suffered about 1,100 casualties", False),
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Oleksandr Syrskyi", "Ukraine"],
         "had put the toll at over 3,000 dead and injured in Russia's western Kursk region", False),
        ("casualties", NK, 200, 900, "vague", ["U.S. official", "United States", "Washington"],
         "several hundred North Korean soldiers had been killed or wounded", True),
        ("troops", NK, 11000, None, "about", ["Seoul", "South Korea"],
         "which Seoul believes numbers roughly 11,000", False),
    ],
    "005": [
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "Pyongyang has sent thousands of soldiers to help Russia push Ukraine's army out of the Kursk region", True),
        ("troops", NK, 10000, 12000, "range",
         ["Washington", "Seoul", "Kyiv", "United States", "South Korea", "Ukraine"],
         "Washington, Seoul and Kyiv have all put the contingent at between 10,000 and 12,000 soldiers", False),
        ("troops", NK, 500, None, "about",
         ["HUR", "Ukraine's military intelligence agency", "Ukrainian intelligence", "Ukraine"],
         "Around 500 officers, including senior generals, are among them", False),
        ("casualties", NK, 200, 999, "vague", ["Ukrainian officials", "Ukraine"],
         "hundreds of North Koreans have been killed or wounded", True),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 North Korean soldiers have been killed and 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "That brings the total number of North Korean casualties to some three thousand", False),
        ("captured", NK, 2, None, "exact", NIS + ["Lee Seong-kweun", "Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "two soldiers captured by Ukraine", False),
        ("troops", NK, 11000, None, "about", NIS,
         "around 11,000 North Korean troops were sent to the Kursk region last autumn", False),
    ],
    "008": [
        ("killed", NK, 1000, None, "more_than",
         ["Andrii Yusov", "Yusov", "HUR", "Defence Intelligence of Ukraine", "Ukrainian intelligence", "Ukraine"],
         "more than a thousand North Korean soldiers have been killed in Russia's Kursk Oblast", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian troops had captured two North Korean soldiers in Kursk Oblast", False),
        ("killed", NK, 300, None, "about", NIS,
         "about 300 North Korean soldiers had been killed and 2,700 wounded", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "about 300 North Korean soldiers had been killed and 2,700 wounded", False),
    ],
    "010": [
        ("troops", NK, 3000, None, "about", NIS,
         "The reinforcements number around 3,000", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea sent about 11,000 troops to Russia last autumn", False),
    ],
    "012": [
        ("casualties", NK, 4700, None, "about", NIS + ["Park Sun-won"],
         "North Korea has suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS + ["Park Sun-won"],
         "including around 600 killed", False),
        ("casualties", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "up from the roughly 3,000 casualties the National Intelligence Service reported in January", False),
        ("troops", NK, 15000, None, "about", NIS,
         "the North has deployed a total of some 15,000 troops to Russia since last October", False),
        ("troops", NK, 3000, None, "about", NIS,
         "including about 3,000 reinforcements sent early this year", False),
    ],
    "013": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Russian Defense Ministry", "Defense Ministry", "Russia"],
         "Ukraine's armed forces lost more than 76,000 servicemen in the Kursk Region", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "an estimated 2,000 North Korean soldiers had been killed", False),
        ("wounded", NK, 2000, 9000, "vague", NIS,
         "with several thousand more wounded", True),
        ("troops", NK, 15000, None, "about", NIS,
         "from a force of roughly 15,000 that the North has rotated through Russia since October 2024", False),
        ("troops", NK, 11000, None, "exact", ["Yoon Ha-neul"],
         "Eleven thousand men went in the first wave", False),
    ],
}

NOT = {
    "000": ["as many as 12,000 soldiers, or four brigades, in total", "four Russian navy vessels",
            "a 4,000-tonne landing ship", "more than 13,000 containers",
            "more than 8 million 152 mm and 122 mm shells", "between Oct. 8 and 13",
            "Won closes at 1,368.40 against U.S. dollar"],
    "002": ["64 Shahed-type drones", "shot down 41 of them over 13 oblasts", "another 22 were",
            "a 16-story building", "Russian attacks kill 4, injure 27 across Ukraine over past day",
            "extends mobilization period by 90 days", "Join 13,624 members"],
    "004": ["more than $12 billion", "3rd time this year", "1st trilateral Freedom Edge drill"],
    "005": ["as many as 100,000 soldiers", "around $2,000 (1,890 euros) per soldier per month",
            "Active personnel: approx. 1.28 million", "up to 10 years for men", "on October 23",
            "Ukraine marks 1,000 days"],
    "006": ["a 20-year-old rifleman", "a 26-year-old sniper", "joined the army in 2021",
            "nearly triple the estimate", "Kospi closes at 2,489.56"],
    "008": ["Pyongyang could send \"several thousand\" more soldiers in the coming months",
            "817,880 soldiers, 9,720 tanks", "captured on 9 January"],
    "010": ["around $20 billion", "Oil steadies near $73", "in mid-January"],
    "012": ["Won rebounds to 1,420 range against dollar"],
    "013": ["one thousand sappers", "five thousand military builders", "1,000 sappers",
            "5,000 military builders", "more than 1,500 residential buildings", "over 200 km of regional roads",
            "over 7,000 pieces of military hardware", "42 Ukrainian drones", "1.2 bln rubles"],
    "014": ["6,000 engineers and military builders", "the 500,000-barrel annual cap",
            "spent six months", "$1 a month"],
}

OFF = ["001", "003", "007", "011"]
DUP = {"009": "012"}

INITIAL = ["002-1", "004-4", "005-2", "006-5", "010-2"]  # ~11,000 / 10,000-12,000 initial contingent
may = []
for r in INITIAL:
    if r != "010-2":
        may.append(["010-1", r, "an additional 3,000 (Feb 2025) against the initial contingent of about 11,000"])
    else:
        may.append(["010-1", r, "an additional 3,000 against the initial 11,000 in the same article"])
for r in INITIAL + ["014-4"]:
    may.append(["012-5", r, "3,000 reinforcements (Apr 2025) against the initial contingent of about 11,000"])
for r in INITIAL:
    may.append(["012-4", r, "cumulative 15,000 (Apr 2025) against about 11,000 reported months earlier"])
    may.append(["014-3", r, "cumulative 15,000 (Dec 2025) against about 11,000 reported a year earlier"])
for r in ["006-3", "012-1", "012-3"]:
    may.append(["004-1", r, "JCS's 1,100 (Dec 2024) against NIS casualty estimates weeks or months later"])
for r in ["006-3", "012-3"]:
    may.append(["004-2", r, "more than 3,000 (Dec 23) against about 3,000 (Jan 13): a bound barely met, weeks apart"])
for vague in ["004-3", "005-4"]:
    for r in ["004-1", "004-2", "006-3", "012-1", "012-3"]:
        may.append([vague, r, "a vague 'hundreds' estimate against a precise casualty figure"])
may.append(["008-1", "012-2", "more than 1,000 killed (HUR, Jan) against about 600 killed (NIS, Apr), three months apart"])

conflicts = {
    "must": [
        ["004-1", "004-2", "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed and injured (Zelenskyy), announced the same day, in one article"],
        ["006-1", "008-1", "about 300 killed (NIS, Jan 13) against more than a thousand killed (HUR's Yusov, Jan 16), three days apart"],
        ["008-3", "008-1", "NIS's about 300 killed (Jan 13) against Yusov's more than a thousand killed, in one article"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
