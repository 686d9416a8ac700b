#!/usr/bin/env python3
"""Gold labels for testdata/blind424 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind424: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

PENTAGON = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "U.S. Department of Defense", "United States", "US"]
UKR_INTEL = ["Ukraine's military intelligence", "Ukrainian military intelligence", "Ukrainian intelligence", "HUR", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service", "South Korea", "Seoul", "Lee Seong-kweun"]
NIS_APR = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service", "South Korea", "Seoul", "Lee Seong-kweun", "Park Sun-won"]
HUR = ["HUR", "Andriy Yusov", "Yusov", "Ukraine's military intelligence", "Ukrainian military intelligence", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul", "South Korea's military"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Zelenskyy", "Volodymyr Zelenskyy"]

A = {
    "000": [
        ("troops", "north_korea", 10000, None, "about", PENTAGON,
         "North Korea has sent approximately 10,000 soldiers in total to train in eastern Russia", False),
        ("troops", "north_korea", 12000, None, "up_to", UKR_INTEL,
         "the number could be up to 12,000", False),
        ("troops", "north_korea", 2000, 4000, "vague", PENTAGON,
         "a few thousand of them have already moved west toward Kursk", True),
    ],
    "002": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "Some 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "about 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "003": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian soldiers have taken two North Korean servicemen prisoner in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 11000, None, "about",
         ["Ukrainian and South Korean intelligence", "Ukrainian intelligence", "South Korean intelligence", "Ukraine", "South Korea"],
         "Pyongyang has sent about 11,000 soldiers to fight alongside Russian forces in Kursk Oblast", False),
    ],
    "004": [
        ("casualties", "north_korea", 3800, None, "about", HUR,
         "North Korea has lost around 3,800 soldiers killed and wounded", False),
        ("killed", "north_korea", 1000, None, "about", HUR,
         "About a thousand of the North Koreans are dead", False),
        ("troops", "north_korea", 11000, 12000, "range", HUR,
         "Pyongyang had committed 11,000-12,000 troops to the area in total", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "some 300 North Korean soldiers had died", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "about 2,700 had been wounded", False),
    ],
    "005": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea has sent about 3,000 additional troops to Russia in January and February", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "Casualties among the North Korean contingent have climbed to around 4,000", False),
    ],
    "007": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Chief of the General Staff", "Russia"],
         "Ukraine had lost more than 76,000 troops over the course of its eight-month incursion into the region", False),
        ("troops", "north_korea", 11000, 12000, "range",
         ["South Korean and Western intelligence agencies", "South Korean intelligence", "Western intelligence", "South Korea"],
         "between 11,000 and 12,000 were sent to Kursk last autumn", False),
        ("troops", "north_korea", 2000, 9999, "vague",
         ["South Korean and Western intelligence agencies", "South Korean intelligence", "Western intelligence", "South Korea"],
         "several thousand more arriving as reinforcements early this year", True),
        ("casualties", "north_korea", 2000, 9999, "vague", ["Kyiv", "Ukraine"],
         "Kyiv has said thousands of them have been killed or wounded", True),
    ],
    "008": [
        ("casualties", "north_korea", 4700, None, "about", NIS_APR,
         "North Korea's troops fighting for Russia have suffered about 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS_APR,
         "around 600 of them fatal", False),
    ],
    "009": [
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Pyongyang sent some 11,000 soldiers to the Kursk front last autumn", False),
    ],
    "010": [
        ("troops", "north_korea", 11000, None, "about", NIS,
         "Eleven thousand or so, in the first wave", False),
        ("troops", "north_korea", 3000, None, "about", ["Seoul", "South Korea", "NIS", "National Intelligence Service"],
         "About 3,000 more followed in January and February 2025", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "some two thousand North Korean soldiers had died in the fighting", False),
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korean state media", "North Korea", "Kim Jong Un"],
         "nine soldiers of an engineer regiment had been killed during 120 days of mine clearance in Kursk", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine holds two North Korean soldiers captured in Kursk in January 2025", False),
    ],
    "011": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi"],
         "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "around 1,100 North Korean soldiers had been killed or wounded", False),
        ("casualties", "north_korea", 200, 900, "vague",
         ["John Kirby", "Kirby", "US national security council", "White House", "United States", "US"],
         "North Korean troops had suffered \"several hundred\" casualties in Kursk", True),
    ],
}

NOT = {
    "000": ["$425 million", "56th Security Consultative Meeting", "late teens and early twenties",
            "two carrier strike groups", "January 20"],
    "002": ["11th Army Corps", "mostly in their 20s", "exports up 6.6 pct in December",
            "Billboard 200 for 6th time", "Over 1,000 flights delayed", "paras 5-8"],
    "003": ["born in 2005, the other in 1999", "Russia lost 1,370 soldiers in past day",
            "Over 40 drones downed overnight", "11 January 2025, 14:18"],
    "004": ["1,000-km front line", "Russia Has Lost Over 815,000 Troops in Ukraine", "$4.99 a month",
            "Trump’s 24-Hour Peace Promise"],
    "005": ["around 220 pieces of long-range artillery", "170mm self-propelled guns",
            "240mm multiple rocket launchers", "cuts rate to 2.75%", "$1.5 billion order",
            "more than three times the estimate it gave in December"],
    "007": ["Article 4 of the mutual defense treaty", "eight-month incursion", "$2 / $5 / $10"],
    "008": ["28 trillion won (US$19.6 billion)", "Birth numbers rise for 9th straight month",
            "Seoul apartment prices up 0.4% in April", "10 years on", "for six months"],
    "009": ["1,000 sappers", "5,000 military construction workers", "exports fall 1.7% in May",
            "second trip to the North in just over two weeks"],
    "010": ["1,000 deminers", "5,000 military builders", "120 days of mine clearance", "Kim, 41",
            "1 million barrels of oil", "12K guided bombs", "more than three times its estimate from the spring"],
    "011": ["81 Shahed-type drones", "52 were shot down", "25 were lost to electronic jamming",
            "1.1bn kroner", "Comments (412)"],
}

OFF = ["001", "012", "013", "014"]
DUP = {"006": "005"}

TOTALS = ["000-1", "003-2", "004-3", "007-2", "009-1", "010-1"]
may = [
    ["000-1", "003-2", "about 10,000 (Pentagon, Oct 2024, sent to eastern Russia) against about 11,000 (Jan 2025): months apart"],
    ["000-1", "004-3", "about 10,000 (Pentagon, Oct 2024) against 11,000-12,000 (HUR, Jan 2025): months apart"],
    ["000-1", "007-2", "about 10,000 (Oct 2024) against between 11,000 and 12,000 (Apr 2025): months apart"],
    ["000-1", "009-1", "about 10,000 (Oct 2024) against some 11,000 (Jun 2025): months apart"],
    ["000-1", "010-1", "about 10,000 (Oct 2024) against eleven thousand or so (Dec 2025): months apart"],
]
for extra in ["005-1", "010-2"]:
    for t in TOTALS:
        may.append([extra if extra < t else t, t if extra < t else extra,
                    "an additional force of about 3,000 against the first deployment's total"])
may += [
    ["011-2", "004-1", "about 1,100 casualties (JCS, 23 Dec 2024) against around 3,800 (HUR, 16 Jan 2025): weeks apart, cumulative"],
    ["011-2", "005-2", "update, not a conflict: the JCS's own cumulative casualty figure rising from about 1,100 (Dec) to about 4,000 (Feb), months apart"],
    ["011-2", "008-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): months apart, cumulative"],
    ["004-1", "008-1", "around 3,800 casualties (Jan) against about 4,700 (Apr): months apart, cumulative"],
    ["005-2", "008-1", "around 4,000 casualties (Feb) against about 4,700 (Apr): later rise in a cumulative figure"],
    ["002-1", "008-2", "NIS's own death toll rising from some 300 (Jan) to around 600 (Apr): update, months apart"],
    ["004-4", "008-2", "some 300 dead (NIS, relayed Jan) against around 600 (NIS, Apr): update, months apart"],
    ["004-2", "008-2", "about a thousand dead (HUR, Jan) against around 600 (NIS, Apr): months apart"],
    ["008-2", "010-3", "NIS's death toll rising from around 600 (Apr) to some two thousand (Sep): update, months apart"],
    ["002-1", "010-3", "some 300 dead (Jan) against some two thousand (Sep): months apart, cumulative"],
    ["004-4", "010-3", "some 300 dead (Jan) against some two thousand (Sep): months apart, cumulative"],
    ["004-2", "010-3", "about a thousand dead (Jan) against some two thousand (Sep): months apart, cumulative"],
]

conflicts = {
    "must": [
        ["011-1", "011-2", "more than 3,000 casualties (Zelenskyy) against around 1,100 (South Korea's JCS), the same day in one live blog"],
        ["002-1", "004-2", "some 300 killed (South Korea's NIS, 13 Jan 2025) against about a thousand killed (Ukraine's HUR, 16 Jan 2025), three days apart"],
        ["004-2", "004-4", "about a thousand dead (HUR) against some 300 dead (NIS), the same week, side by side in one article"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
