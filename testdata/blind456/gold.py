#!/usr/bin/env python3
"""Gold labels for testdata/blind456 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind456 evaluation set: 15 articles written for crosscheck in our own words "
         "about the real story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md for what counts as a claim and a conflict.")

NK, UA = "north_korea", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
HUR = ["HUR", "Ukraine's military intelligence", "Ukrainian military intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "U.S."],
         "North Korea has sent about 10,000 soldiers to train in eastern Russia", False),
        ("troops", NK, 3000, None, "at_least", ["Pentagon", "United States", "U.S."],
         "at least 3,000 North Korean troops were in Russia", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "more_than", NIS,
         "Some of the more than 10,000 North Korean soldiers deployed to Russia's Kursk region have begun taking part in combat operations", False),
        ("troops", NK, 11000, 12000, "range", ZEL + ["Ukrainian intelligence"],
         "between 11,000 and 12,000 North Korean soldiers were now in the Kursk region", False),
        ("troops", NK, 500, None, "about", HUR,
         "the contingent includes roughly 500 officers", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "are estimated to have suffered around 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "roughly 1,000 more wounded", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Pyongyang is believed to have sent around 11,000 troops to Russia since October", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "North Korean troops had lost more than 3,000 soldiers killed and wounded in Russia's Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean troops had been killed or wounded", False),
        ("casualties", UA, 300, None, "up_to", ["Russia's defence ministry", "Russian defence ministry", "Russia"],
         "Ukrainian forces had lost up to 300 servicemen in the Kursk direction over the past 24 hours", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "North Korean losses in Kursk had passed 3,000 killed and wounded", False),
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers killed or wounded in just two days of those assaults", False),
        ("killed", NK, 24, 99, "vague", ["Special Operations Forces", "Ukraine"],
         "had killed dozens of North Korean infantrymen", True),
        ("troops", NK, 11000, None, "about", ["Kyiv", "Ukraine"],
         "about eleven thousand soldiers, by Kyiv's count", False),
    ],
    "007": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS_LEE + ZEL,
         "Ukrainian forces had captured two of them alive", False),
    ],
    "008": [
        ("troops", NK, 11000, 12000, "range", ["South Korea", "United States", "US", "Ukraine", "officials"],
         "put its size at 11,000-12,000", False),
        ("troops", NK, 3000, None, "about", NIS,
         "some three thousand more soldiers were sent in January and February", False),
        ("casualties", NK, 4000, None, "about", ["South Korea's military", "South Korea", "Joint Chiefs of Staff", "JCS"],
         "Killed or wounded so far: about 4,000", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Prisoners held by Ukraine: 2", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "roughly 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "including about 600 deaths", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "North Korea had deployed around 15,000 soldiers in total", False),
        ("troops", NK, 2000, 9999, "vague", NIS_LEE,
         "thousands of fresh troops arrived over the winter", True),
    ],
    "013": [
        ("troops", NK, 15000, None, "about", ["Seoul", "South Korea"],
         "the roughly 15,000 combat troops Seoul believes the North has sent since last autumn", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 of them have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "some 600 dead", False),
        ("troops", NK, 200, 900, "vague", ["Ukrainian intelligence", "Ukraine"],
         "several hundred North Korean artillery and rocket crews", True),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS_LEE,
         "about 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "put the death toll at around 600", False),
        ("troops", NK, 1000, None, "about", NIS_LEE,
         "about 1,000 North Korean deminers have already arrived in Russia's Kursk region", False),
    ],
}

NOT = {
    "000": ["as many as 12,000 soldiers by the end of the year", "some 7,000 km (4,350 miles)",
            "near 153.8 per dollar", "Oil slides 6%"],
    "001": ["170 mm self-propelled howitzers", "240 mm multiple rocket launchers", "Article 4",
            "522,670 students", "Seoul shares drop over 2 pct", "paras 5-6"],
    "003": ["roughly 200 long-range artillery pieces", "240 mm multiple rocket launchers",
            "170 mm self-propelled guns", "roughly 800 square kilometers",
            "NIS: North may send up to 12,000 troops to Russia in total", "KOSPI closes at 2,442.01"],
    "004": ["A 72-year-old man", "64 Shahed-type attack drones", "41 were shot down", "two tanks",
            "1,214 comments", "the 25 best shows"],
    "005": ["waves of 15 to 20 men", "about 1,300 square kilometres", "12,480 views",
            "Over 70 Missiles", "$5 a month"],
    "007": ["One soldier who was about to be seized", "aged 26 and the other 20", "about 450 kilometers",
            "1st launch of 2025", "60th anniversary"],
    "008": ["about $2,000 a month", "about 7,500 km", "more than 20,000", "3 years of war in 10 photos",
            "Date 27.02.2025"],
    "010": ["2024 mutual defense treaty", "as little as $2"],
    "013": ["1,000 sappers", "5,000 military construction workers",
            "170 mm Koksan guns", "240 mm rocket launchers", "roughly 28 trillion won ($20 billion)",
            "late teens and 20s", "for 12 years"],
    "014": ["a 6,000-strong force of military engineers and construction workers",
            "thousands more military workers", "1.2 million-strong armed forces", "Aug. 21, 2025"],
}

OFF = ["002", "006", "009", "011"]
DUP = {"012": "010"}

must = [
    ["004-1", "004-2", "within one live blog: Zelensky's more than 3,000 North Korean casualties against the JCS's about 1,100, same day"],
    ["003-1", "004-1", "JCS about 1,100 casualties (JoongAng, Dec 23 morning) against Zelensky's more than 3,000 (live blog, Dec 23 evening)"],
    ["003-1", "005-1", "JCS about 1,100 casualties (JoongAng, Dec 23) against Zelensky's more than 3,000 (Kyiv Post, Dec 27), four days apart, same period"],
    ["004-2", "005-1", "JCS about 1,100 casualties against Zelensky's more than 3,000, both of Dec 23, reported four days apart"],
]

may = [
    ["000-1", "001-2", "about 10,000 in eastern Russia (Oct 28) against 11,000-12,000 in Kursk (Nov 13): two weeks apart, both approximate"],
    ["000-1", "003-4", "about 10,000 (Oct 2024) against around 11,000 (Dec 2024): two months apart, both approximate"],
    ["000-1", "005-4", "about 10,000 (Oct 2024) against about eleven thousand (Dec 2024): two months apart, both approximate"],
    ["000-1", "008-1", "about 10,000 (Oct 2024) against a first wave of 11,000-12,000 (Feb 2025 account)"],
    ["003-3", "007-2", "NIS wounded roughly 1,000 (Dec 19) rising to 2,700 (Jan 13): a cumulative update weeks apart"],
    ["003-1", "008-3", "casualties about 1,100 (Dec 2024) against about 4,000 (Feb 2025): cumulative, two months apart"],
    ["004-2", "008-3", "casualties about 1,100 (Dec 2024) against about 4,000 (Feb 2025): cumulative, two months apart"],
    ["008-3", "010-1", "casualties about 4,000 (Feb 2025) against about 4,700 (Apr 2025): cumulative, two months apart"],
    ["008-3", "013-2", "casualties about 4,000 (Feb 2025) against about 4,700 (restated June 2025): cumulative, months apart"],
    ["003-1", "010-1", "casualties about 1,100 (Dec 2024) against about 4,700 (Apr 2025): months apart"],
    ["004-2", "010-1", "casualties about 1,100 (Dec 2024) against about 4,700 (Apr 2025): months apart"],
    ["003-1", "013-2", "casualties about 1,100 (Dec 2024) against about 4,700 (June 2025): months apart"],
    ["004-2", "013-2", "casualties about 1,100 (Dec 2024) against about 4,700 (June 2025): months apart"],
    ["007-1", "010-2", "killed about 300 (Jan 2025) against about 600 (Apr 2025): cumulative, months apart"],
    ["007-1", "013-3", "killed about 300 (Jan 2025) against about 600 (June 2025): cumulative, months apart"],
    ["007-1", "014-1", "killed about 300 (Jan 2025) against about 2,000 (Sep 2025): cumulative, months apart"],
    ["010-2", "014-1", "killed about 600 (Apr 2025) against about 2,000 (Sep 2025): the NIS updating a cumulative toll"],
    ["013-3", "014-1", "killed about 600 (restated June 2025) against about 2,000 (Sep 2025): cumulative update"],
    ["014-1", "014-2", "the NIS's September toll of about 2,000 dead against its own April figure of about 600, given as an update"],
]
for total in ("010-3", "013-1"):
    for earlier in ("000-1", "001-2", "003-4", "005-4", "008-1"):
        may.append([earlier, total, "an earlier count of the first contingent against about 15,000 sent in total, reinforcements included, months later"])
for other in ("000-1", "001-1", "001-2", "003-4", "005-4", "008-1", "010-3", "013-1"):
    may.append([other, "008-2", "about 3,000 sent as reinforcements in Jan-Feb 2025 (an additional force) against a count of the whole force"])

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
