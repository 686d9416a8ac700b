#!/usr/bin/env python3
"""Gold labels for testdata/blind380 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea"]
NIS_LEE = NIS + ["Lee Seong-kweun", "lawmakers"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS, "sending a force of roughly 12,000 troops in four brigades", False),
        ("troops", NK, 1500, None, "about", NIS, "a first group of about 1,500 special operations troops", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Singh", "Pentagon", "Defense Department", "United States", "U.S."],
         "North Korea has sent a total of around 10,000 soldiers to train in eastern Russia", False),
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "U.S."],
         "no fewer than 3,000 North Korean soldiers had been moved by ship to Vladivostok", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Around 11,000 North Korean troops are now in Russia's Kursk Oblast", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "U.S.", "Washington"],
         "about 8,000 North Korean soldiers had been moved to Kursk Oblast", False),
        ("troops", NK, 500, None, "exact", ["HUR", "military intelligence", "Ukraine"],
         "the contingent includes 500 officers", False),
        ("troops", NK, 12000, None, "up_to", ["Kyrylo Budanov", "Budanov", "HUR", "Ukraine"],
         "up to 12,000 North Korean soldiers are now in Russia in total", False),
    ],
    "004": [
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers deployed to Russia have been killed in combat against Ukrainian forces", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE, "roughly 1,000 others wounded", False),
        ("troops", NK, 11000, None, "about", NIS_LEE,
         "the roughly 11,000 North Korean soldiers believed to be in the Kursk region", False),
        ("casualties", NK, 200, 999, "vague", ["military intelligence", "HUR", "Ukraine"],
         "hundreds of North Korean soldiers had been killed or wounded", True),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"],
         "North Korean troops fighting for Russia in the Kursk region have suffered about 1,100 casualties", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Syrskyi"],
         "have lost more than 3,000 men killed and wounded", False),
        ("casualties", NK, 1000, None, "more_than", ["John Kirby", "Kirby", "National Security Council", "White House", "United States"],
         "North Korean forces had suffered more than a thousand killed or wounded in the past week alone", False),
    ],
    "008": [
        ("killed", NK, 300, None, "about", NIS_LEE, "Roughly 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "some 2,700 others wounded", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "his forces had captured two North Korean soldiers in Russia's Kursk region", False),
        ("troops", NK, 11000, None, "about", ["Ukraine and its Western allies", "Western allies", "Ukraine"],
         "North Korea sent about 11,000 troops to Russia last fall", False),
    ],
    "009": [],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS_LEE, "including some 600 dead", False),
        ("troops", NK, 11000, None, "about", NIS_LEE, "North Korea initially sent about 11,000 troops to Russia late last year", False),
        ("troops", NK, 3000, None, "about", NIS_LEE,
         "followed them with some three thousand reinforcements in January and February", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine", "foreign ministry", "South Korea"],
         "The two North Korean soldiers captured by Ukraine in January", False),
    ],
    "012": [
        ("killed", NK, 9, None, "exact", ["KCNA", "North Korea", "Kim Jong Un"],
         "nine of its members had died in the course of the mission", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Roughly eleven thousand North Korean soldiers were shipped to the Kursk region in the autumn of 2024", False),
        ("killed", NK, 2000, None, "about", NIS, "about two thousand of them had been killed", False),
        ("troops", NK, 2000, 9999, "vague", NIS,
         "several thousand North Korean construction troops have since arrived in Russia", True),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Ukraine captures two North Korean soldiers in Kursk", False),
    ],
}

NOT = {
    "000": ["four brigades", "four Russian amphibious landing ships and three escort vessels",
            "more than 13,000 containers", "11th Corps", "Oct. 8 and 13", "KOSPI 2,593.82", "1.2 tln won", "1 mln copies"],
    "001": ["more than 6,000 kilometers", "up to 300 kilometers", "$425 million", "155mm artillery rounds",
            "1,000 more counter-drone interceptors", "$895 billion", "6 years", "27 Comments"],
    "002": ["Russia has lost 704,640 troops", "+1,770 in past day", "60 mm mortars", "about 50 kilometers",
            "several hundred square kilometers", "North Korea's 12K soldiers", "18,000+ members", "2nd batch of F-16s"],
    "004": ["about $2,000 a month for each soldier", "13th anniversary", "1,450 per dollar", "Dec. 27",
            "six opposition-led bills", "80 countries"],
    "005": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "Kim Jong Un, 40", "6.7%",
            "1,450 against dollar"],
    "006": ["groups of 15 to 20", "78 Missiles, 106 Drones", "$4.99/month", "Comments (14)"],
    "008": ["born in 2005", "he was 26", "since 2016", "joined the army in 2021"],
    "009": ["1,000 sappers", "5,000 military builders", "June 4", "June 19, 2024", "Article 4", "20%",
            "over 140 countries"],
    "011": ["about $20 billion", "August 2024"],
    "012": ["1,000 sappers and 5,000 military builders", "April 28, 2025", "more expected in 2026",
            "the two North Korean prisoners held in Ukraine", "4 min read"],
}

OFF = ["003", "007", "010", "013"]
DUP = {"014": "011"}

conflicts = {
    "must": [
        ["002-1", "002-2", "about 11,000 North Korean troops in Kursk (Zelensky, Nov 4) against about 8,000 moved to Kursk "
         "(Blinken, Oct 31), in the same article, days apart"],
        ["005-1", "006-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and "
         "wounded (Zelensky, Dec 23), reported four days apart"],
    ],
    "may": [],
}

MAY = [
    ("000-1", "001-1", "about 12,000 being sent (NIS, Oct 18) against about 10,000 sent (Pentagon, Oct 28)"),
    ("000-1", "002-1", "about 12,000 sent to Russia against about 11,000 in Kursk, weeks apart"),
    ("000-1", "002-2", "about 12,000 sent to Russia against about 8,000 moved to Kursk: a part, weeks apart"),
    ("001-1", "002-1", "about 10,000 in eastern Russia (Oct 28) against about 11,000 in Kursk (Nov 4)"),
    ("001-1", "002-2", "about 10,000 in Russia against about 8,000 of them moved to Kursk: a part, same source"),
    ("002-2", "004-3", "about 8,000 in Kursk (Oct 31) against about 11,000 (NIS, Dec 19), seven weeks apart"),
    ("002-2", "008-4", "about 8,000 in Kursk (Oct 31) against about 11,000 (Jan 2025), months apart"),
    ("002-2", "011-3", "about 8,000 in Kursk (Oct 31) against about 11,000 initially sent (NIS, Apr 2025), months apart"),
    ("002-2", "012-2", "about 8,000 in Kursk (Oct 31) against roughly 11,000 (Dec 2025 retrospective), months apart"),
    ("011-3", "011-4", "initial 11,000 against some 3,000 additional reinforcements"),
    ("005-1", "011-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): a cumulative rise, months apart"),
    ("008-1", "011-2", "about 300 killed (Jan) against about 600 (Apr): a cumulative rise, months apart"),
    ("011-2", "012-3", "about 600 killed (Apr) against about 2,000 (Sept): a cumulative rise, months apart"),
    ("008-1", "012-3", "about 300 killed (Jan) against about 2,000 (Sept): a cumulative rise, months apart"),
        ("000-1", "004-3", "about 12,000 (Oct 2024) against about 11,000 (Dec 2024), months apart"),
    ("000-1", "008-4", "about 12,000 (Oct 2024) against about 11,000 (Jan 2025), months apart"),
    ("000-1", "011-3", "about 12,000 (Oct 2024) against about 11,000 (Apr 2025), months apart"),
    ("000-1", "012-2", "about 12,000 (Oct 2024) against roughly 11,000 (Dec 2025 retrospective), months apart"),
    ("001-1", "004-3", "about 10,000 (Oct 2024) against about 11,000 (Dec 2024), seven weeks apart"),
    ("001-1", "008-4", "about 10,000 (Oct 2024) against about 11,000 (Jan 2025), months apart"),
    ("001-1", "011-3", "about 10,000 (Oct 2024) against about 11,000 (Apr 2025), months apart"),
    ("001-1", "012-2", "about 10,000 (Oct 2024) against roughly 11,000 (Dec 2025 retrospective), months apart"),
    ("000-1", "011-4", "some 3,000 additional reinforcements against the initial force, months apart"),
    ("001-1", "011-4", "some 3,000 additional reinforcements against the initial force, months apart"),
    ("002-1", "011-4", "some 3,000 additional reinforcements against the initial force, months apart"),
    ("002-2", "011-4", "some 3,000 additional reinforcements against the initial force, months apart"),
    ("004-3", "011-4", "some 3,000 additional reinforcements against the initial force, months apart"),
    ("008-4", "011-4", "some 3,000 additional reinforcements against the initial force, months apart"),
    ("011-4", "012-2", "some 3,000 additional reinforcements against the initial force, months apart"),
]

conflicts["may"] = [list(p) for p in MAY]

about = ("Gold labels for testdata/blind380/articles (15 articles written and labelled blind). "
         "See testdata/corpus/README.md for the meaning of every field and how a system's output is scored.")

if __name__ == "__main__":
    goldlib.write(about, A, NOT, OFF, DUP, conflicts)
