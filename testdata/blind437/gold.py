#!/usr/bin/env python3
"""Gold labels for testdata/blind437 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind437: 15 articles written in our own words about the real story's known "
         "reporting, in the format of testdata/corpus (see its README.md for claims, metrics, qualifiers "
         "and conflicts).")

NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "a force it put at around 12,000 soldiers", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "Russian navy transport ships carried some 1,500 special forces troops", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "Eleven thousand soldiers from North Korea are already in the Kursk region", False),
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "US secretary of state", "United States", "US", "Washington"],
         "around 8,000 of the North Korean soldiers had been moved to Kursk", False),
    ],
    "004": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "have suffered around 1,100 casualties", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "Around 1,000 more had been wounded", False),
        ("troops", "north_korea", 11000, None, "about", ["Seoul", "South Korea"],
         "Pyongyang sent about 11,000 soldiers to Russia in October and November", False),
    ],
    "006": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian troops have captured two North Korean soldiers in Russia's Kursk region", False),
        ("troops", "north_korea", 11000, 12000, "range", ["unattributed"],
         "North Korea sent 11,000-12,000 troops to Russia last autumn", False),
    ],
    "007": [
        ("captured", "north_korea", 1, None, "exact", NIS,
         "captured one North Korean soldier alive", False),
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "more than 3,000 North Korean soldiers had already been killed or wounded in Kursk Oblast", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "put the North's casualties at about 1,100", False),
        ("killed", "north_korea", 24, 99, "vague", ["Special Operations Forces", "Ukraine"],
         "killed dozens of North Korean soldiers", True),
    ],
    "008": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "around 2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "roughly 3,000 casualties in all", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 dead", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "about 1,000 wounded", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "010": [
        ("troops", "north_korea", 10000, 12000, "range", ["US", "United States", "South Korea", "Ukraine"],
         "Between 10,000 and 12,000 soldiers were sent last autumn", False),
        ("troops", "north_korea", 3000, None, "about", ["intelligence service", "NIS", "South Korea"],
         "some three thousand additional troops had been sent in January and February", False),
        ("killed", "north_korea", 300, None, "about", ["spy agency", "NIS", "South Korea"],
         "roughly 300 dead", False),
        ("wounded", "north_korea", 2700, None, "about", ["spy agency", "NIS", "South Korea"],
         "some 2,700 wounded", False),
        ("casualties", "north_korea", 4000, None, "about", ["Ukrainian officials", "Ukraine"],
         "about 4,000 North Korean soldiers have been killed or wounded", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
         "taken two North Korean soldiers alive", False),
    ],
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces' losses during the Kursk adventure had exceeded 76,000 servicemen", False),
    ],
    "012": [
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "About 600 North Korean soldiers have been killed fighting for Russia", False),
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "estimated North Korea's total casualties at about 4,700", False),
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "The North has deployed around 15,000 soldiers in all", False),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "state media", "North Korea"],
         "nine of its soldiers had died on the mission", False),
        ("troops", "north_korea", 15000, None, "up_to", ["Seoul", "South Korea", "Kyiv", "Ukraine"],
         "sent up to 15,000 troops to Russia in total", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 2000, 9999, "vague", ["Seoul", "South Korea"],
         "Thousands more have been wounded", True),
    ],
}

NOT = {
    "000": ["four brigades", "four amphibious landing ships and three escort vessels",
            "some 7 kilometers from Ussuriysk", "more than 13,000 containers", "24 years",
            "1 million copies sold in six days", "KOSPI ends at 2,593.82", "a 92-year-old",
            "3 department store branches", "USD/KRW 1,367.00"],
    "002": ["41 Shahed-type drones", "29 of the 41 drones", "10 more were", "up to 2km",
            "46 clashes", "race for 270 electoral votes", "death toll tops 200",
            "the 5 best daily puzzle games", "7pm eastern time"],
    "004": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "in return for 10,000 troops", "15 North Korean individuals", "rise 1.4 percent"],
    "006": ["1,780 soldiers", "11 artillery systems", "born in 2005", "the other in 1999", "2015-2025"],
    "007": ["almost three times", "Russia has lost 781,680 troops", "1st batch of F-16s"],
    "008": ["30,000 regular donors", "in 7 charts", "$5 a month", "Six months of Ukrainian occupation"],
    "010": ["about two weeks", "more than 20,000 containers", "as many as 100 ballistic missiles",
            "about $20bn", "More than four months"],
    "011": ["Article 4", "more than 7,700 units of weapons and military equipment", "over 400 tanks",
            "two communities"],
    "012": ["1.2 million-strong military", "36,045.38", "$1bn battery plant", "5,000 jobs",
            "shrinks 0.2%", "$0.99"],
    "014": ["1,000 deminers and 5,000 military construction workers", "August 2024",
            "December 12, 2025"],
}

OFF = ["001", "003", "009", "013"]
DUP = {"005": "007"}

conflicts = {
    "must": [
        ["002-1", "002-2", "11,000 North Korean troops in Kursk (Zelensky, Nov 4) against around 8,000 moved to Kursk (Blinken, Oct 31), in one live blog"],
        ["004-1", "007-2", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed or wounded (Zelensky, Dec 23), articles four days apart"],
        ["007-2", "007-3", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), same day, in one article"],
    ],
    "may": [
        ["000-1", "002-2", "12,000 to be sent in all (NIS, Oct 18) against 8,000 moved to Kursk (Blinken, Oct 31): the Kursk share of a larger force"],
        ["002-2", "004-4", "8,000 in Kursk (Nov) against about 11,000 sent (Seoul, Dec 23), seven weeks apart"],
        ["002-2", "006-2", "8,000 (Nov) against 11,000-12,000 (Jan), ten weeks apart"],
        ["002-2", "010-1", "8,000 (Nov) against 10,000-12,000 (March), months apart"],
        ["002-2", "012-3", "8,000 (Nov 2024) against 15,000 in all (April 2025), cumulative, months apart"],
        ["010-2", "000-1", "some 3,000 additional troops against the first force"],
        ["010-2", "000-2", "some 3,000 additional troops against a first batch of 1,500"],
        ["010-2", "002-1", "some 3,000 additional troops against the first force"],
        ["010-2", "002-2", "some 3,000 additional troops against the first force"],
        ["010-2", "004-4", "some 3,000 additional troops against the first force"],
        ["010-2", "006-2", "some 3,000 additional troops against the first force"],
        ["010-2", "010-1", "some 3,000 additional troops against the first force, same article"],
        ["010-2", "012-3", "some 3,000 additional troops against 15,000 in all"],
        ["012-3", "000-1", "15,000 in all (April 2025) against 12,000 (Oct 2024): cumulative, months apart"],
        ["012-3", "002-1", "15,000 in all (April 2025) against 11,000 (Nov 2024): cumulative, months apart"],
        ["012-3", "004-4", "15,000 in all (April 2025) against 11,000 (Dec 2024): cumulative, months apart"],
        ["012-3", "006-2", "15,000 in all (April 2025) against 11,000-12,000 (Jan 2025): cumulative, months apart"],
        ["012-3", "010-1", "15,000 in all (April) against 10,000-12,000 sent last autumn (March)"],
        ["004-1", "008-3", "JCS 1,100 casualties (Dec 23) against NIS about 3,000 (Jan 13), three weeks apart, a cumulative count"],
        ["007-3", "008-3", "JCS 1,100 casualties (Dec 23) against NIS about 3,000 (Jan 13), three weeks apart, a cumulative count"],
        ["007-2", "008-3", "more than 3,000 (Zelensky) against about 3,000 (NIS): nearly compatible"],
        ["004-1", "010-5", "1,100 (Dec) against about 4,000 (Ukrainian officials, by March), months apart"],
        ["007-3", "010-5", "1,100 (Dec) against about 4,000 (Ukrainian officials, by March), months apart"],
        ["004-1", "012-2", "1,100 (Dec) against 4,700 (April), months apart, cumulative"],
        ["007-3", "012-2", "1,100 (Dec) against 4,700 (April), months apart, cumulative"],
        ["008-3", "010-5", "NIS about 3,000 (Jan) against Ukrainian officials about 4,000 (by March), weeks apart, cumulative"],
        ["008-3", "012-2", "NIS 3,000 (Jan) against NIS 4,700 (April): a later rise in a cumulative count, months apart"],
        ["010-5", "012-2", "about 4,000 (by March) against about 4,700 (April), cumulative"],
        ["008-1", "012-1", "NIS 300 killed (Jan) against NIS 600 killed (April), cumulative, months apart"],
        ["010-3", "012-1", "300 killed (Jan figure) against 600 killed (April), cumulative"],
        ["008-1", "014-3", "300 killed (Jan) against 2,000 killed (Sept), cumulative"],
        ["010-3", "014-3", "300 killed (Jan figure) against 2,000 killed (Sept), cumulative"],
        ["012-1", "014-3", "600 killed (April) against 2,000 killed (Sept), cumulative"],
        ["007-1", "006-1", "one captured (NIS, Dec 27) against two captured (Zelensky, Jan 11): a later capture"],
        ["007-1", "008-6", "one captured (Dec 27) against two captured (Jan 11): a later capture"],
        ["007-1", "010-6", "one captured (Dec 27) against two captured (January): a later capture"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
