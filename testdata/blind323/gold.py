#!/usr/bin/env python3
"""Gold labels for testdata/blind323 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind323: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - September 2025), labelled blind. See "
         "../corpus/README.md for the meaning of every field.")

BLINKEN = ["Antony Blinken", "Blinken", "State Department", "United States", "US", "Washington"]
AUSTIN = ["Lloyd Austin", "Austin", "Pentagon", "Defense Secretary", "United States", "US", "Washington"]
ZELENSKY = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
NIS_LEE = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service",
           "Lee Seong-kweun", "South Korea", "Seoul", "spy agency"]
NIS_PARK = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service",
            "Park Sun-won", "South Korea", "Seoul", "spy agency"]

A = {
    "000": [
        ("troops", "north_korea", 8000, None, "about", BLINKEN,
         "Roughly 8,000 North Korean soldiers have been moved into Russia's Kursk region", False),
        ("troops", "north_korea", 10000, None, "about", AUSTIN,
         "put the total number of North Korean soldiers in Russia at about 10,000", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ZELENSKY,
         "11,000 North Korean troops are now in Russia's Kursk Oblast", False),
        ("troops", "russia", 50000, None, "about", ["Ukraine's military", "Ukrainian military", "Ukraine"],
         "Russia has concentrated around 50,000 troops in the region", False),
    ],
    "003": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["Seoul", "Washington", "Kyiv", "South Korea", "United States", "US", "Ukraine"],
         "Estimates from Seoul, Washington and Kyiv have settled at between 10,000 and 12,000", False),
        ("casualties", "north_korea", 1100, None, "about",
         ["South Korea's Joint Chiefs of Staff", "Joint Chiefs of Staff", "JCS", "South Korea"],
         "South Korea's Joint Chiefs of Staff (JCS) estimated that around 1,100 North Korean soldiers had been killed or wounded", False),
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "put the number of North Korean dead and wounded at more than 3,000", False),
        ("killed", "north_korea", 100, None, "at_least",
         ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service", "South Korea"],
         "at least 100 North Korean soldiers had died in combat", False),
        ("casualties", "north_korea", 200, 900, "vague", ["US official", "United States", "US"],
         "several hundred North Korean troops had been killed or wounded", True),
    ],
    "005": [
        ("captured", "north_korea", 2, None, "exact", ZELENSKY,
         "Ukrainian soldiers have taken two North Korean servicemen prisoner in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 12000, None, "up_to", ["Ukrainian intelligence", "Ukraine"],
         "Ukrainian intelligence says up to 12,000 North Korean soldiers have been deployed to Kursk Oblast", False),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "some 2,700 wounded fighting for Russia against Ukraine", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "estimate of total North Korean casualties, at around 3,000", False),
        ("captured", "north_korea", 2, None, "exact",
         ["National Intelligence Service", "NIS", "South Korea", "Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukraine had captured two North Korean soldiers in Kursk", False),
        ("troops", "north_korea", 10000, None, "more_than", ["Ukraine", "South Korea", "Ukraine and South Korea"],
         "North Korea has sent more than 10,000 soldiers to Russia", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about",
         ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency"],
         "North Korea appears to have sent some 3,000 additional troops to Russia in January and February", False),
        ("troops", "north_korea", 200, 900, "vague",
         ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency"],
         "several hundred of them already deployed to the front lines in the Kursk region", True),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "The North sent about 11,000 troops to Russia last fall", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the Ukrainian army's losses during the Kursk adventure exceeded 76,000 servicemen", False),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "About 4,700 North Korean soldiers have been killed or wounded in the war in Ukraine", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "some 600 of them fatally", False),
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "the North has sent around 15,000 soldiers to Russia in total", False),
        ("troops", "north_korea", 3000, None, "about", NIS_LEE,
         "about 3,000 who arrived as reinforcements in January and February", False),
    ],
    "012": [
        ("killed", "north_korea", 600, None, "about",
         ["Seoul's spy agency", "spy agency", "National Intelligence Service", "NIS", "South Korea", "Seoul"],
         "roughly six hundred North Korean soldiers had been killed in the fighting", False),
    ],
    "014": [
        ("casualties", "north_korea", 6000, None, "about",
         ["Britain's Ministry of Defence", "Ministry of Defence", "UK Ministry of Defence", "UK", "Britain"],
         "North Korea has suffered around 6,000 casualties", False),
        ("killed", "north_korea", 2000, None, "about", NIS_PARK,
         "roughly two thousand North Korean soldiers have been killed fighting for Russia", False),
        ("troops", "north_korea", 1000, None, "about", NIS_PARK,
         "about 1,000 of the military engineers Pyongyang promised in June have already arrived in Kursk", False),
    ],
}

NOT = {
    "000": ["more than 6,000 kilometers", "$425 million", "Spain flood death toll passes 200",
            "0% intro APR until nearly 2026", "5 things to know for Nov. 1"],
    "002": ["Russia's losses top 700,000", "a small group of North Korean soldiers", "Aug. 6",
            "some 30 kilometers into Russia", "$5 a month", "since 2014"],
    "003": ["170mm self-propelled guns", "240mm multiple rocket launchers",
            "Ukraine says it killed or wounded 30 North Korean soldiers in Kursk 12/15/2024", "12/24/2024"],
    "005": ["born in 2005", "born in 1999", "12 glide bombs in one day",
            "Kim's 12K: why Pyongyang keeps sending men to die for Putin"],
    "006": ["240mm multiple rocket launchers", "170mm self-propelled howitzers",
            "where the front lines stand after 1,055 days", "1:50 PM GMT+9"],
    "007": ["paras 5-7", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
            "Samsung unveils 3 new Galaxy phones", "KOSPI 2,641.09", "KRW/USD 1,434.50"],
    "009": ["Article 4", "June 19, 2024", "more than 7,000 units of weapons and military equipment",
            "over 400 tanks", "Ukrainian army loses over 1,200 troops in past day"],
    "010": ["28 trillion won ($19.6 billion)", "Active-duty personnel: about 1.28 million",
            "Reserves: about 600,000", "April 11", "rise by 150 won in June"],
    "012": ["1,000 deminers and 5,000 military construction workers",
            "1,000 sappers to clear Russian land of mines", "5,000 military builders", "17/06/2025"],
    "014": ["502 drones and 24 missiles", "430 of the drones and 21 of the missiles", "around 30 countries"],
}

OFF = ["001", "004", "008", "013"]

DUP = {"011": "006"}

MONTHS = "months apart"
must = [
    ["000-1", "002-1", "roughly 8,000 North Korean troops in Kursk (Blinken, Oct 31 2024) against 11,000 in Kursk "
                       "(Zelensky, Nov 4 2024), four days apart"],
    ["003-2", "003-3", "around 1,100 casualties (South Korea's JCS) against more than 3,000 (Zelensky), "
                       "the same day, in one article"],
]

may = [
    # troops, north_korea
    ["000-1", "003-1", "8,000 in Kursk (Oct 31) against 10,000-12,000 in Russia (Dec 24): seven weeks apart, a part against the whole"],
    ["000-1", "006-5", "8,000 in Kursk (Oct 31) against more than 10,000 in Russia (Jan 13): " + MONTHS + ", a part against the whole"],
    ["000-1", "007-3", "8,000 in Kursk (Oct 31) against 11,000 sent last fall (Feb 27): " + MONTHS],
    ["000-1", "010-3", "8,000 (Oct 31) against 15,000 in total incl. reinforcements (Apr 30): " + MONTHS],
    ["000-2", "002-1", "about 10,000 in Russia (Austin) against 11,000 in Kursk (Zelensky), four days apart: close to the tolerance of 'about'"],
    ["000-2", "007-3", "about 10,000 (Oct 31) against about 11,000 (Feb 27): " + MONTHS],
    ["000-2", "010-3", "about 10,000 (Oct 31) against 15,000 in total (Apr 30): " + MONTHS],
    ["002-1", "010-3", "11,000 (Nov 4) against 15,000 in total incl. reinforcements (Apr 30): " + MONTHS],
    ["003-1", "010-3", "10,000-12,000 (Dec 24) against 15,000 in total incl. reinforcements (Apr 30): " + MONTHS],
    ["005-2", "010-3", "up to 12,000 (Jan 11) against 15,000 in total incl. reinforcements (Apr 30): " + MONTHS],
    ["007-3", "010-3", "11,000 sent last fall against 15,000 in total incl. reinforcements: two months apart"],
]
# the additional force (007-1, 010-4), the several hundred at the front (007-2) and the 1,000 engineers
# (014-3) against every total: 'an additional' force, a part, or months apart
TOTALS = ["000-1", "000-2", "002-1", "003-1", "005-2", "006-5", "007-3", "010-3"]
for extra, why in (("007-1", "an additional 3,000 against a total"),
                   ("010-4", "3,000 reinforcements against a total"),
                   ("007-2", "several hundred (vague) of the new arrivals at the front against a total"),
                   ("014-3", "about 1,000 engineers arrived (Sept 2025) against a total, months later")):
    for t in TOTALS:
        if extra == "010-4" and t == "010-3":
            continue  # a part of the whole in the same sentence: no conflict
        may.append([t, extra, why])
may += [
    ["007-1", "014-3", "3,000 reinforcements against 1,000 engineers: different groups, months apart"],
    ["010-4", "014-3", "3,000 reinforcements against 1,000 engineers: different groups, months apart"],
    ["007-2", "014-3", "several hundred at the front against 1,000 engineers: different groups, months apart"],
    ["007-2", "010-4", "several hundred at the front against 3,000 reinforcements: a vague part"],
    # casualties, north_korea
    ["003-5", "003-2", "several hundred (vague, a US official, a week earlier) against around 1,100"],
    ["003-5", "003-3", "several hundred (vague, a week earlier) against more than 3,000"],
    ["003-5", "006-3", "several hundred (vague, mid-December) against around 3,000 (Jan 13)"],
    ["003-2", "010-1", "1,100 (Dec 2024) against 4,700 (Apr 2025): " + MONTHS + ", a cumulative figure"],
    ["003-5", "010-1", "several hundred (Dec 2024) against 4,700 (Apr 2025): " + MONTHS],
    ["006-3", "010-1", "3,000 (Jan 2025) against 4,700 (Apr 2025): " + MONTHS + ", a cumulative figure"],
    ["003-2", "014-1", "1,100 (Dec 2024) against 6,000 (Sept 2025): " + MONTHS],
    ["003-5", "014-1", "several hundred (Dec 2024) against 6,000 (Sept 2025): " + MONTHS],
    ["006-3", "014-1", "3,000 (Jan 2025) against 6,000 (Sept 2025): " + MONTHS],
    ["010-1", "014-1", "4,700 (NIS, Apr 2025) against 6,000 (UK, Sept 2025): " + MONTHS],
    # killed, north_korea
    ["006-1", "010-2", "300 (Jan 2025) against 600 (Apr 2025): " + MONTHS + ", a cumulative figure"],
    ["006-1", "012-1", "300 (Jan 2025) against 600 (restated in June): " + MONTHS],
    ["006-1", "014-2", "300 (Jan 2025) against 2,000 (Sept 2025): " + MONTHS],
    ["010-2", "014-2", "600 (Apr 2025) against 2,000 (Sept 2025): " + MONTHS + ", a cumulative figure"],
    ["012-1", "014-2", "600 (restated in June) against 2,000 (Sept 2025): " + MONTHS],
]

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
