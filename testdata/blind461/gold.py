#!/usr/bin/env python3
"""Gold labels for testdata/blind461 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind461: 15 articles written in our own words about the real story's known "
         "reporting (October 2024 - December 2025). See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
NIS_LEE = ["Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korean military", "South Korea", "Seoul"]
HUR = ["Andriy Yusov", "HUR", "Defence Intelligence", "military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "Russian navy vessels carried about 1,500 North Korean special operations troops", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", "north_korea", 10000, 12000, "range",
         ["senior administration official", "United States", "U.S.", "US", "Washington", "NatSec Daily", "Politico"],
         "somewhere between 10,000 and 12,000 North Korean troops have been sent to Russia", False),
    ],
    "002": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed in combat against Ukrainian forces", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "Around 1,000 others have been wounded", False),
        ("troops", "north_korea", 11000, None, "about", NIS_LEE,
         "the roughly 11,000 North Korean soldiers the NIS believes are in Russia", False),
    ],
    "004": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "have suffered roughly 1,100 casualties", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", HUR,
         "More than three thousand North Korean soldiers have been killed or wounded in Kursk", False),
        ("killed", "north_korea", 24, 99, "vague", ["Special Operations Forces", "Ukraine"],
         "its units had killed dozens of North Korean soldiers", True),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "about 300 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "bringing total casualties to around 3,000", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
        ("casualties", "north_korea", 4000, None, "more_than",
         ["Oleksandr Syrskyi", "Syrskyi", "Ukraine's armed forces", "Ukraine"],
         "North Korean units in Kursk had lost more than 4,000 men killed and wounded", False),
        ("casualties", "ukraine", 49000, None, "more_than",
         ["Russia's defence ministry", "Russian defence ministry", "defence ministry", "Russia"],
         "Ukraine has lost more than 49,000 troops in the Kursk region", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has sent about 3,000 additional soldiers to Russia", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "the roughly 11,000 troops Pyongyang dispatched last year", False),
    ],
    "009": [
        ("troops", "north_korea", 15000, None, "about", NIS,
         "North Korea had sent roughly fifteen thousand soldiers to Russia in total", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "around 4,700 have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "about 600 dead", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "the agency had put the total at around 3,000", False),
    ],
    "011": [
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Pyongyang sent some 11,000 soldiers in the autumn of 2024", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "several thousand more as reinforcements early this year", True),
        ("casualties", "north_korea", 2000, 9999, "vague",
         ["Western and South Korean estimates", "Western", "South Korea"],
         "Thousands of them were killed or wounded", True),
    ],
    "012": [
        ("killed", "north_korea", 9, None, "exact", ["Kim Jong Un", "KCNA", "state media", "North Korea", "Pyongyang"],
         "nine of its members were killed during the mission", False),
        ("troops", "north_korea", 1000, None, "about", NIS,
         "about 1,000 North Korean military engineers", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed since the deployment began", False),
    ],
}

NOT = {
    "000": ["up to 12,000 soldiers in all", "four brigades", "Four amphibious landing ships and three escort vessels",
            "90-minute meeting", "S. Korea's Sept. exports up 7.5 pct", "Seoul shares open 0.4 pct lower",
            "1.4 mln young people volunteered to join army"],
    "001": ["about $7.1 billion", "around $425 million", "Jan. 20", "Nov. 12", "Over 40 years"],
    "002": ["more than 20,000 containers of munitions", "record 8.7 tril. yen defense budget",
            "N. Korea fires 2 ballistic missiles"],
    "004": ["groups of about 50 to 100", "Dec. 3", "NIS says at least 100 North Korean soldiers killed in Kursk",
            "1.8 trillion won takeover", "Kospi closes at 2,442.01", "past 1,450 per dollar"],
    "005": ["a 20-kilometre stretch of the front", "1.2K views", "from $5 a month",
            "78 Missiles and 106 Drones", "476 Square Kilometres", "Dec. 21"],
    "006": ["61 of the 103 drones", "another 40", "he is 20 years old", "the other says he is 26",
            "2,000-year-old shipwreck"],
    "008": ["about 220 artillery pieces", "170mm self-propelled howitzers", "240mm multiple rocket launchers",
            "more than 1 million barrels of oil", "1,431.20 per dollar", "25% Tariffs", "Below $85,000",
            "KOSPI 2,621.75"],
    "009": ["Article 4", "June 19, 2024", "from €5 a month"],
    "011": ["1,000 sappers and 5,000 military builders", "1,000 mine-clearing specialists",
            "5,000 military construction workers", "more than 800 square kilometres", "Resolution 2397",
            "5,000-tonne destroyer"],
    "012": ["120 days", "Some 5,000 military construction workers that Pyongyang pledged in June are due to follow",
            "5 Things newsletter", "157 per dollar", "four months"],
}

OFF = ["003", "007", "010", "013"]
DUP = {"014": "004"}

conflicts = {
    "must": [
        ["004-1", "005-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 "
                           "(Ukraine's HUR, Dec 27), four days apart"],
        ["006-3", "006-5", "about 3,000 North Korean casualties (NIS via Lee Seong-kweun) against more than 4,000 "
                           "(Syrskyi), same live blog, same day"],
    ],
    "may": [
        ["000-1", "001-1", "first batch of about 1,500 (Oct 18) against 11,000 in Kursk (Nov 5): a first shipment, weeks earlier"],
        ["000-1", "001-2", "first batch of about 1,500 against 10,000-12,000, weeks later"],
        ["000-1", "002-3", "first batch of about 1,500 (Oct) against about 11,000 (Dec)"],
        ["000-1", "008-2", "first batch against the full 2024 deployment, months apart"],
        ["000-1", "009-3", "first batch against the total, months apart"],
        ["000-1", "011-1", "first batch against the autumn total, months apart"],
        ["000-1", "012-2", "special forces first batch (Oct 2024) against about 1,000 sappers (late 2025): different parts, a year apart"],
        ["008-1", "001-1", "an additional 3,000 against the 11,000 sent earlier"],
        ["008-1", "001-2", "an additional 3,000 against 10,000-12,000 sent earlier"],
        ["008-1", "002-3", "an additional 3,000 against 11,000"],
        ["008-1", "008-2", "an additional 3,000 against the 11,000 sent last year, same article"],
        ["008-1", "011-1", "an additional 3,000 against the 11,000 autumn deployment"],
        ["008-1", "009-3", "an additional 3,000 against the 15,000 total"],
        ["008-1", "012-2", "3,000 reinforcements against 1,000 sappers, months apart"],
        ["009-3", "001-1", "15,000 in total (Apr 2025, incl. reinforcements) against 11,000 (Nov 2024)"],
        ["009-3", "001-2", "15,000 in total against 10,000-12,000 months earlier"],
        ["009-3", "002-3", "15,000 (Apr) against 11,000 (Dec), NIS update incl. reinforcements"],
        ["009-3", "008-2", "15,000 in total against 11,000 sent last year (plus 3,000 more)"],
        ["009-3", "011-1", "15,000 in total against 11,000 in the autumn of 2024"],
        ["004-1", "006-3", "about 1,100 (JCS, Dec 23) against about 3,000 (NIS, Jan 13): Seoul's cumulative count three weeks later"],
        ["004-1", "006-5", "about 1,100 (Dec 23) against more than 4,000 (Jan 13), three weeks apart"],
        ["004-1", "009-1", "about 1,100 (Dec) against about 4,700 (Apr), months apart"],
        ["004-1", "009-4", "about 1,100 (Dec) against about 3,000 (January figure), weeks apart"],
        ["006-3", "009-1", "NIS about 3,000 (Jan) against about 4,700 (Apr): cumulative update months later"],
        ["009-1", "009-4", "NIS about 4,700 now against about 3,000 in January, same article: cumulative update"],
        ["006-5", "009-4", "more than 4,000 (Syrskyi, Jan) against about 3,000 (NIS January figure, reported in Apr)"],
        ["006-1", "009-2", "about 300 killed (Jan) against about 600 (Apr): cumulative update months later"],
        ["006-1", "012-3", "about 300 killed (Jan) against about 2,000 (Sep estimate)"],
        ["009-2", "012-3", "about 600 killed (Apr) against about 2,000 (Sep estimate)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
