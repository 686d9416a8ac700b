#!/usr/bin/env python3
"""Gold labels for testdata/blind477 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind477: 15 articles written in our own words about the real story's known "
         "reporting (Oct 2024 - Dec 2025), labelled without reading the extractor. Same schema as "
         "testdata/corpus/gold.json; see testdata/corpus/README.md.")

NK, UA = "north_korea", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "some 1,500 special forces soldiers already transferred to Russia's Far East", False),
        ("troops", NK, 12000, None, "about", NIS,
         "The North is sending a total of around 12,000 troops in four brigades", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about",
         ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S."],
         "About 8,000 North Korean soldiers have moved to Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "at_least",
         ["Lloyd Austin", "Austin", "Pentagon", "Defense Secretary", "United States", "U.S."],
         "at least 10,000 North Korean troops have now been sent to train in eastern Russia", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact",
         ["Volodymyr Zelensky", "Zelensky", "Ukrainian intelligence", "Ukraine"],
         "Ukrainian intelligence has recorded the presence of 11,000 soldiers from North Korea in Kursk Oblast", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Ukraine"],
         "more than 3,000 North Korean troops have been killed or wounded in Russia's Kursk region", False),
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's joint chiefs of staff", "South Korea", "Seoul"],
         "North Korean units have suffered roughly 1,100 casualties, dead and wounded", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "about 1,000 had been wounded", False),
    ],
    "004": [
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "SBU"],
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk Oblast", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "around 11,000 North Korean troops were sent to Kursk Oblast last autumn", False),
        ("killed", NK, 200, 900, "vague", ["Special Operations Forces", "Ukraine's Special Operations Forces", "Ukraine"],
         "hundreds of North Korean soldiers had been killed in assaults across open fields", True),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "2,700 others wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Lee Seong-kweun", "Zelensky", "Volodymyr Zelensky"],
         "two North Korean soldiers had been captured alive by Ukrainian forces on Jan. 9", False),
    ],
    "006": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the enemy lost more than 76,000 servicemen killed and wounded", False),
    ],
    "007": [
        ("casualties", NK, 4700, None, "about", NIS + ["Park Sun-won"],
         "North Korea has suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS + ["Park Sun-won"],
         "including some 600 deaths", False),
        ("troops", NK, 15000, None, "about", NIS + ["Park Sun-won"],
         "the North has sent some 15,000 troops to Russia in all", False),
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "some three thousand reinforcements who were dispatched in January and February", False),
    ],
    "008": [
        ("troops", NK, 11000, 12000, "range",
         ["South Korean and Ukrainian estimates", "South Korea", "Ukraine"],
         "Between 11,000 and 12,000 North Korean soldiers were deployed to the region from autumn last year", False),
    ],
    "009": [
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Pyongyang sent roughly 11,000 soldiers to Russia's Kursk region in the autumn of 2024", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "followed by several thousand reinforcements early in 2025", True),
        ("killed", NK, 2000, None, "about", NIS,
         "put the number of North Korean dead at around two thousand", False),
        ("casualties", NK, 6000, None, "more_than",
         ["UK Ministry of Defence", "Ministry of Defence", "Britain's defense ministry", "Britain", "United Kingdom", "UK"],
         "North Korean forces had likely suffered more than 6,000 casualties", False),
    ],
}

NOT = {
    "000": ["four brigades", "between Oct. 8 and 13", "Four landing ships and three escort vessels",
            "the elite 11th Corps", "past 1 million copies in six days", "2,593.91", "highs of 23 C"],
    "001": ["about 1.2 million active-duty troops", "$425 million package", "155 mm artillery rounds",
            "wounding 20"],
    "002": ["on 23 October", "96 drones overnight: 52 shot down, 38 lost in location",
            "Russia recruits 30,000 soldiers a month", "Views: 18402"],
    "003": ["destroyed 42 Ukrainian drones", "captured two more villages", "a 16th package of sanctions",
            "the 15th was adopted"],
    "004": ["born in 2005", "served since 2021", "born in 1999", "on Jan. 9", "$5 a month",
            "Russia lost 1,830 troops in a day", "3 min read"],
    "005": ["240 mm multiple rocket launchers", "170 mm self-propelled howitzers", "2,497.15"],
    "006": ["more than 7,000 pieces of weapons and military equipment", "over 400 tanks", "August 6, 2024",
            "115 Ukrainian drones over ten regions", "about three hours"],
    "007": ["about 220 pieces of 170 mm self-propelled guns and 240 mm multiple rocket launchers",
            "13th straight week", "KOSPI 2,556.61"],
    "008": ["1,000 deminers and 5,000 military construction workers", "send 6,000 deminers, builders",
            "60 years of diplomatic ties", "record 3.77 million"],
    "009": ["1,000 sappers", "5,000 military builders", "around $20 billion", "more than three times"],
}

OFF = ["011", "012", "013", "014"]
DUP = {"010": "005"}

conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk Oblast (Zelensky, Nov 4), four days apart"],
        ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against roughly 1,100 (South Korea's JCS), same day, same live blog"],
    ],
    "may": [
        # troops: totals sent to Russia against counts in Kursk, months apart, additional forces
        ["000-2", "001-1", "about 12,000 being sent to Russia in total against about 8,000 in Kursk, two weeks apart"],
        ["000-2", "002-1", "about 12,000 in total against 11,000 in Kursk"],
        ["000-2", "004-2", "about 12,000 (Oct) against about 11,000 (Jan), months apart"],
        ["000-2", "007-3", "about 12,000 (Oct 2024) against 15,000 in all including reinforcements (Apr 2025)"],
        ["000-2", "007-4", "3,000 reinforcements are an additional force"],
        ["000-2", "009-1", "about 12,000 (Oct 2024) against about 11,000 (Sept 2025 explainer)"],
        ["000-2", "009-2", "several thousand reinforcements are an additional force"],
        ["001-1", "004-2", "8,000 (Nov) against 11,000 (Jan), months apart"],
        ["001-1", "007-3", "8,000 in Kursk (Nov 2024) against 15,000 in all (Apr 2025)"],
        ["001-1", "007-4", "3,000 reinforcements are an additional force"],
        ["001-1", "008-1", "8,000 (Nov 2024) against 11,000-12,000 (Jun 2025), months apart"],
        ["001-1", "009-1", "8,000 (Nov 2024) against 11,000 (Sept 2025), months apart"],
        ["001-1", "009-2", "several thousand reinforcements are an additional force"],
        ["001-2", "007-4", "3,000 reinforcements are an additional force"],
        ["001-2", "009-2", "several thousand reinforcements are an additional force"],
        ["002-1", "007-3", "11,000 (Nov 2024) against 15,000 in all (Apr 2025)"],
        ["002-1", "007-4", "3,000 reinforcements are an additional force"],
        ["002-1", "009-2", "several thousand reinforcements are an additional force"],
        ["004-2", "007-3", "11,000 sent last autumn against 15,000 in all, months apart"],
        ["004-2", "007-4", "3,000 reinforcements are an additional force"],
        ["004-2", "009-2", "several thousand reinforcements are an additional force"],
        ["007-3", "008-1", "15,000 in all against 11,000-12,000 deployed last year"],
        ["007-3", "009-1", "15,000 in all against 11,000 in the first deployment"],
        ["007-4", "008-1", "3,000 reinforcements are an additional force"],
        ["007-4", "009-1", "3,000 reinforcements are an additional force"],
        ["008-1", "009-2", "several thousand reinforcements are an additional force"],
        ["009-1", "009-2", "several thousand reinforcements on top of the first 11,000"],
        # killed: cumulative figures months apart
        ["004-3", "009-3", "hundreds killed (Dec 2024) against about 2,000 (Sept 2025), months apart"],
        ["005-1", "007-2", "about 300 killed (Jan) against about 600 (Apr), cumulative, months apart"],
        ["005-1", "009-3", "about 300 killed (Jan) against about 2,000 (Sept), cumulative, months apart"],
        ["007-2", "009-3", "about 600 killed (Apr) against about 2,000 (Sept), cumulative, months apart"],
        # casualties: cumulative figures months apart
        ["003-2", "007-1", "1,100 (Dec 2024) against 4,700 (Apr 2025), cumulative, months apart"],
        ["003-2", "009-4", "1,100 (Dec 2024) against more than 6,000 (Sept 2025), months apart"],
        ["007-1", "009-4", "4,700 (Apr) against more than 6,000 (Sept), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
