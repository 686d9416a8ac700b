#!/usr/bin/env python3
"""Gold labels for testdata/blind386 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind386: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025), labelled blind. Same schema as "
         "testdata/corpus/gold.json; see testdata/corpus/README.md.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Lee Seong-kweun"]
NIS_PARK = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Park Sun-won"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskiy", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS_PARK,
         "North Korea has so far shipped some 3,000 soldiers to Russia", False),
        ("troops", NK, 1500, None, "about", NIS_PARK,
         "a first group of about 1,500 special forces troops", False),
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "U.S."],
         "at least 3,000 North Korean soldiers were moved by ship to eastern Russia", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukrainian intelligence"],
         "the number of North Korean soldiers in Russia's Kursk Oblast had reached eleven thousand", False),
        ("troops", NK, 8000, None, "about",
         ["Antony Blinken", "Blinken", "U.S. Secretary of State", "State Department", "United States", "Washington", "U.S."],
         "some 8,000 North Korean troops had been moved to Kursk Oblast", False),
        ("troops", NK, 500, None, "about", ["Defense Intelligence", "HUR", "Ukrainian military intelligence", "Ukraine"],
         "about 500 North Korean officers are among those deployed", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 dead since the fighting began this month", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "Another 1,000 or so have been wounded", False),
        ("casualties", NK, 1100, None, "about", NIS,
         "The total casualties come to around 1,100", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "North Korea's losses in Russia's Kursk region have passed 3,000 killed and wounded", False),
        ("killed", NK, 200, 900, "vague", ["Ukrainian officials", "Ukraine"],
         "Hundreds of North Korean soldiers have already been killed", True),
        ("troops", NK, 11000, None, "about", ["Ukraine and its allies", "Ukraine", "allies"],
         "some 11,000 of them were sent to the Kursk area this autumn", False),
    ],
    "006": [
        ("captured", NK, 2, None, "exact", ZEL + ["Volodymyr Zelenskiy", "SBU"],
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
        ("killed", NK, 300, None, "about", NIS,
         "about 300 North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "some 2,700 wounded", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea dispatched roughly 3,000 additional troops to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the roughly 11,000 soldiers Pyongyang sent last autumn", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "North Korea's casualties, it estimated, have risen to around 4,000", False),
    ],
    "008": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "Ukraine had lost more than 76,000 troops killed and wounded in the Kursk region", False),
        ("troops", NK, 11000, 12000, "range", ["Ukrainian and Western estimates", "Ukraine", "Western estimates", "Western"],
         "between 11,000 and 12,000 North Korean soldiers were sent to the Kursk area last autumn", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korea has suffered about 4,700 casualties in the fighting in Russia's Kursk region", False),
        ("killed", NK, 600, None, "about", NIS,
         "roughly 600 of them fatal", False),
        ("troops", NK, 15000, None, "about", NIS,
         "North Korea has sent about 15,000 troops in total since last autumn", False),
        ("captured", NK, 2, None, "exact", NIS,
         "the two North Korean soldiers captured by Ukraine in January", False),
    ],
    "012": [
        ("troops", NK, 12000, None, "up_to", ["Western intelligence agencies", "Western intelligence", "Western"],
         "Pyongyang sent up to 12,000 troops to Kursk last autumn", False),
        ("troops", NK, 2000, 9999, "vague", ["Western intelligence agencies", "Western intelligence", "Western"],
         "several thousand reinforcements at the start of this year", True),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "Around 2,000 North Korean soldiers have been killed since the deployment began last autumn", False),
        ("wounded", NK, 2000, 9999, "vague", ["analysts"],
         "Thousands more have been wounded", True),
        ("captured", NK, 2, None, "exact", ["unattributed"],
         "The two soldiers captured by Ukraine in January remain in Kyiv", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "North Korea is also believed to be sending thousands of military builders and deminers to the region", True),
    ],
}

NOT = {
    "000": ["it expects the number to climb to 10,000 by December",
            "getting ready to send 10,000 soldiers to fight for Moscow",
            "some as young as 18", "three sites", "between Oct. 8 and 13", "about two months of training",
            "2 soldiers injured in grenade accident at Army base in Sejong", "KOSPI 2,599.62",
            "exports up 4.6 pct in first 20 days of October"],
    "002": ["two Iskander-M ballistic missiles", "61 Shahed-type drones", "Air defense shot down 33 drones",
            "28 were lost to electronic warfare", "4.2 billion euros", "about 800 square kilometers"],
    "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "about 10 kilometers from the border",
            "1,451 per dollar", "K-pop agency fined 120 million won", "Jeju Air adds 5 routes"],
    "004": ["about 1,300 square kilometers", "Aug. 6", "Russia has concentrated 50,000 troops on Kursk front",
            "North Korea sent 100 more ballistic missiles to Russia", "from $5 a month", "Comments (12)", "Shares: 214"],
    "006": ["born in 2005", "aged 26"],
    "007": ["about 220 more 170 mm self-propelled guns", "240 mm multiple rocket launchers",
            "Nikkei 225 37,155.50", "$5.8bn steel plant", "highest since 2010"],
    "008": ["June 2024", "as little as $2 a month", "Ex-Deputy Governor to 9 Years", "1,270 Ukrainian Drones Downed"],
    "010": ["May 9 Victory Day parade", "Oct. 8-13, 2024", "89.77%", "Price of eggs jumps 12 percent"],
    "012": ["1,000 sappers to clear mines", "5,000 military construction workers", "Shoigu, 70",
            "adopted in 2017", "second trip to North Korea in two weeks"],
    "014": ["Kim, 41", "80th anniversary", "Ex-soldier, 92", "temperatures pass 40C"],
}

OFF = ["001", "005", "011", "013"]
DUP = {"009": "003"}

conflicts = {
    "must": [
        ["002-1", "002-2", "eleven thousand North Korean troops in Kursk (Zelensky, Nov 4) against some 8,000 in Kursk "
         "(Blinken, Oct 31), reported in the same live blog"],
        ["003-3", "004-1", "about 1,100 North Korean casualties (South Korea's NIS, Dec 19) against more than 3,000 "
         "killed and wounded (Zelensky, Dec 23), four days apart"],
    ],
    "may": [
        ["000-1", "002-1", "3,000 sent so far (Oct 23) against 11,000 in Kursk two weeks later, while the deployment grew"],
        ["000-1", "002-2", "3,000 sent so far (Oct 23) against some 8,000 in Kursk (Oct 31), deployment still growing"],
        ["000-1", "004-3", "3,000 in October against 11,000 two months later"],
        ["000-1", "007-2", "3,000 in October against 11,000 sent last autumn, reported four months later"],
        ["000-1", "008-2", "3,000 in October against 11,000-12,000 sent last autumn, reported six months later"],
        ["000-1", "010-3", "3,000 in October against 15,000 in total by April"],
        ["002-1", "010-3", "11,000 in November against 15,000 in total including reinforcements, months later"],
        ["002-2", "004-3", "8,000 (Oct 31) against 11,000 (Dec 23), seven weeks apart"],
        ["002-2", "007-2", "8,000 in November against 11,000 sent last autumn, reported months later"],
        ["002-2", "008-2", "8,000 in November against 11,000-12,000, reported six months later"],
        ["002-2", "010-3", "8,000 in November against 15,000 in total by April"],
        ["004-3", "010-3", "11,000 in December against 15,000 in total including reinforcements, four months later"],
        ["007-2", "010-3", "11,000 sent last autumn against 15,000 in total including reinforcements, two months later"],
        ["008-2", "010-3", "11,000-12,000 sent last autumn against 15,000 in total including reinforcements"],
        ["010-3", "012-1", "15,000 in total against up to 12,000 sent last autumn (different scope)"],
        ["007-1", "002-1", "an additional 3,000 against the 11,000 already deployed"],
        ["007-1", "002-2", "an additional 3,000 against 8,000 deployed in November"],
        ["007-1", "004-3", "an additional 3,000 against 11,000 deployed in the autumn"],
        ["007-1", "007-2", "an additional 3,000 against the 11,000 sent last autumn, same report"],
        ["007-1", "008-2", "an additional 3,000 against 11,000-12,000 sent last autumn"],
        ["007-1", "010-3", "an additional 3,000 against 15,000 in total"],
        ["003-3", "007-3", "1,100 casualties (Dec) against about 4,000 (Feb): a cumulative count two months later"],
        ["003-3", "010-1", "1,100 casualties (Dec) against about 4,700 (Apr), the NIS's own later count"],
        ["007-3", "010-1", "about 4,000 casualties (JCS, Feb) against about 4,700 (NIS, Apr), two months apart"],
        ["006-2", "010-2", "about 300 killed (Jan) against about 600 (Apr), the NIS's later count"],
        ["006-2", "014-1", "about 300 killed (Jan) against about 2,000 (Sep), the NIS's later count"],
        ["010-2", "014-1", "about 600 killed (Apr) against about 2,000 (Sep), the NIS's later count"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
