#!/usr/bin/env python3
"""Gold labels for testdata/blind634 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind634: fifteen articles written for crosscheck in our own words about the real "
         "story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NK, RU = "north_korea", "russia"
US = ["Antony Blinken", "Blinken", "State Department", "United States", "US", "Washington"]
AUSTIN = ["Lloyd Austin", "Austin", "Pentagon", "Defense Secretary", "United States", "US"]
HUR = ["Defence Intelligence of Ukraine", "Defence Intelligence", "military intelligence", "HUR", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
NIS_PARK = NIS + ["Park Sun-won"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
SYR = ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 8000, None, "about", US,
         "Roughly 8,000 North Korean soldiers have moved into Russia’s Kursk region", False),
        ("troops", NK, 10000, None, "about", AUSTIN,
         "About 10,000 North Korean troops are now inside Russia", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ["Kyrylo Budanov", "Budanov"] + HUR,
         "There are now eleven thousand North Korean soldiers in Russia’s Kursk region", False),
        ("troops", NK, 500, None, "about", HUR,
         "Around 500 officers are among the troops sent", False),
        ("troops", RU, 50000, None, "about", ZEL,
         "the Russian grouping opposite Ukrainian positions in the Kursk direction had grown to about 50,000 troops", False),
    ],
    "002": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean losses in Russia's western Kursk Region had risen to more than three thousand killed and wounded", False),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "Officials there put the number of North Korean casualties at about 1,100", False),
    ],
    "003": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "2,700 others wounded", False),
        ("captured", NK, 2, None, "exact", NIS_LEE,
         "two North Korean soldiers had been captured alive by Ukrainian forces in the Kursk region", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea is believed to have sent around 11,000 troops to Russia last autumn", False),
    ],
    "005": [
        ("casualties", RU, 38000, None, "about", SYR,
         "Russian losses in the Kursk region had reached some 38,000 soldiers killed, wounded and captured", False),
        ("killed", RU, 15000, None, "about", SYR,
         "among them about 15,000 killed", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Our troops have taken two North Korean soldiers prisoner in the Kursk region", False),
        ("killed", NK, 24, 99, "vague", ["Special Operations Forces", "Ukraine"],
         "killing dozens of soldiers", True),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea appears to have sent around 3,000 additional soldiers to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 troops Pyongyang dispatched last year", False),
        ("troops", NK, 1000, 1500, "range", HUR,
         "Some 1,000-1,500 newly arrived North Korean troops were undergoing training", False),
    ],
    "007": [
        ("troops", NK, 11000, 12000, "range", ["South Korean and western intelligence", "South Korea", "western intelligence"],
         "Between 11,000 and 12,000 North Korean troops were sent in the first wave", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "roughly 600 of them fatally", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "the estimate of some 3,000 casualties it gave in January", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"],
         "Ukraine holds two North Korean prisoners, taken in January", False),
    ],
    "008": [],
    "010": [
        ("killed", NK, 2000, None, "about", NIS_PARK,
         "About 2,000 North Korean soldiers have died in the fighting", False),
        ("casualties", NK, 6000, None, "more_than",
         ["Defence Intelligence", "Britain", "UK", "British Defence Intelligence", "Ministry of Defence"],
         "at more than 6,000 killed and wounded", False),
        ("troops", NK, 15000, None, "up_to", ["South Korea", "Seoul"],
         "up to 15,000 North Korean troops have rotated through the Kursk region", False),
        ("troops", NK, 2000, 9000, "vague", NIS,
         "Several thousand North Korean soldiers remain there", True),
    ],
    "012": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"],
         "nine of its soldiers who were killed during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died in the war", False),
    ],
}

NOT = {
    "000": ["86 minutes", "Spain flood death toll climbs above 150", "5 days out", "The 14-year-old who beat Tetris",
            "02:47", "1.2K"],
    "001": ["about 1,300 square kilometres", "around 100 settlements", "August 6, 2024",
            "Air defense destroys 30 of 40 Russian drones overnight", "Views: 14,512"],
    "002": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "Typhoon season ends with 26 storms", "Watch video 1:52"],
    "003": ["aged 20 and 26", "240 mm multiple rocket launchers", "170 mm self-propelled howitzers",
            "all 179 victims identified", "6th straight week", "KOSPI closes at 2,489.56"],
    "005": ["74 Shahed-type attack drones", "shot down 47 of them", "another 27 were",
            "two-minute video", "born in 2005", "1.2 billion kroner", "Share 2.1K", "Comments 318",
            "1.2 million subscribers", "Debris damaged two houses"],
    "006": ["240mm multiple rocket launchers", "170mm self-propelled howitzers", "KOSPI 2,641.09",
            "USD/KRW 1,446.50", "now entering its fourth year"],
    "007": ["an estimated 1.2 million active personnel", "since 1953", "as much as $20bn",
            "Carney's Liberals win 169 seats", "12 articles in the last year", "180 countries", "June 2024"],
    "008": ["1,000 sappers", "5,000 military builders", "his third since March", "On April 26", "Article 4",
            "more than 60 kilometers of roads", "28 Ukrainian UAVs"],
    "010": ["a range of about 10 kilometers", "train 500,000 soldiers as drone operators by 2026", "since 1953",
            "$4.3B contract", "180 more K2 tanks", "Navy's 3rd new frigate slips to 2029"],
    "012": ["1,000 deminers", "5,000 military builders", "in 120 days", "The 41-year-old leader",
            "record 4,100", "8 cm recorded"],
}

OFF = ["009", "011", "013", "014"]
DUP = {"004": "003"}

conflicts = {
    "must": [
        ["000-1", "001-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Budanov, Nov 5), five days apart"],
        ["002-1", "002-2", "more than 3,000 killed and wounded (Zelenskyy) against about 1,100 casualties (South Korea's JCS), the same day, in one article"],
    ],
    "may": [
        # troops: different scope (all of Russia against Kursk alone)
        ["000-2", "001-1", "about 10,000 in all of Russia (Pentagon) against 11,000 in Kursk alone (Budanov), five days apart"],
        # troops: months apart
        ["000-1", "003-4", "8,000 in Kursk at the end of October against around 11,000 sent by the autumn, reported in January"],
        ["000-2", "003-4", "about 10,000 in Russia in October against around 11,000, reported in January"],
        ["000-1", "006-2", "8,000 in October against roughly 11,000 dispatched last year, reported in February"],
        ["000-2", "006-2", "about 10,000 in October against roughly 11,000, reported in February"],
        ["000-1", "007-1", "8,000 in October against 11,000-12,000 in the first wave, reported in April"],
        ["000-2", "007-1", "about 10,000 in October against 11,000-12,000, reported in April"],
        # troops: an additional force against the first wave or another count of reinforcements
        ["006-1", "000-1", "around 3,000 additional troops against 8,000 in Kursk months earlier"],
        ["006-1", "000-2", "around 3,000 additional troops against about 10,000 in Russia months earlier"],
        ["006-1", "001-1", "around 3,000 additional troops against 11,000 in Kursk months earlier"],
        ["006-1", "003-4", "around 3,000 additional troops against around 11,000 sent last autumn"],
        ["006-1", "006-2", "around 3,000 additional troops on top of roughly 11,000 sent last year"],
        ["006-1", "007-1", "around 3,000 additional troops against 11,000-12,000 in the first wave"],
        ["006-3", "006-1", "1,000-1,500 newly arrived (Ukraine's HUR) against around 3,000 additional (NIS), both reinforcements"],
        ["006-3", "000-1", "1,000-1,500 newly arrived against 8,000 in Kursk months earlier"],
        ["006-3", "000-2", "1,000-1,500 newly arrived against about 10,000 in Russia months earlier"],
        ["006-3", "001-1", "1,000-1,500 newly arrived against 11,000 in Kursk months earlier"],
        ["006-3", "003-4", "1,000-1,500 newly arrived against around 11,000 sent last autumn"],
        ["006-3", "006-2", "1,000-1,500 newly arrived against roughly 11,000 sent last year"],
        ["006-3", "007-1", "1,000-1,500 newly arrived against 11,000-12,000 in the first wave"],
        # casualties: different periods of a cumulative count
        ["002-1", "007-4", "more than 3,000 (Zelenskyy, December) against some 3,000 (NIS, January)"],
        ["002-2", "007-4", "about 1,100 (JCS, December) against some 3,000 (NIS, January), weeks apart, a rising count"],
        ["002-2", "007-2", "about 1,100 in December against about 4,700 in April"],
        ["002-2", "010-2", "about 1,100 in December against more than 6,000 in August"],
        ["007-2", "010-2", "about 4,700 (NIS, April) against more than 6,000 (UK, August)"],
        ["007-4", "010-2", "some 3,000 (January) against more than 6,000 (August)"],
        # killed: different periods of a cumulative count
        ["003-1", "007-3", "about 300 killed (NIS, January) against roughly 600 (NIS, April)"],
        ["003-1", "010-1", "about 300 killed (January) against about 2,000 (September)"],
        ["003-1", "012-2", "about 300 killed (January) against about 2,000 (September estimate)"],
        ["007-3", "010-1", "roughly 600 killed (April) against about 2,000 (September)"],
        ["007-3", "012-2", "roughly 600 killed (April) against about 2,000 (September estimate)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
