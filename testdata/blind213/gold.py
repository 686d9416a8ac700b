#!/usr/bin/env python3
"""Write gold.json for the blind213 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck
output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence", "Lee Seong-kweun",
       "Park Sun-won", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
BUD = ["Budanov", "Defence Intelligence", "HUR", "GUR"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "Kim Jong Un", "North Korea"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "North Korea has shipped an additional batch of about 1,500 soldiers to Russia", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "bringing the number of its troops there to roughly 3,000", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "The first group of around 1,500 special operations troops was moved", False)],
 "001": [("troops", "north_korea", 10000, None, "more_than", ["Pentagon", "Singh", "Defense Department", "U.S."],
          "\"More than 10,000\" is the Pentagon's new count of North Korean soldiers in Russia's Kursk region", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 soldiers from North Korea in Russia's Kursk region", False),
         ("troops", "north_korea", 500, None, "about", BUD,
          "Among those sent by Pyongyang are around 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", BUD,
          "around 500 officers and three generals", True)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers deployed to Russia have been killed", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the North Korean troops have suffered casualties estimated at around 1,100", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Lee said nearly 1,000 soldiers have been wounded", False),
         ("casualties", "north_korea", 200, 900, "vague", ["White House", "U.S."],
          "the North Korean troops had suffered \"several hundred\" casualties", True),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead is believed to be at least one high-ranking officer", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "have lost more than 3,000 soldiers killed and wounded", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "had taken approximately 1,100 casualties, including dead and wounded, the JCS said", False),
         ("troops", "north_korea", 11000, None, "about", ["Seoul", "Kyiv", "South Korea", "Ukrain"],
          "According to Seoul and Kyiv, North Korea has sent some 11,000 soldiers to Russia", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "An estimated 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 others wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting the North's total casualties at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "The NIS also confirmed that two North Korean soldiers had been captured alive by Ukrainian forces", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "close to 4,000 North Korean soldiers had been killed or wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "around 300 North Korean soldiers had died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 had been wounded", False),
         ("troops", "north_korea", 11000, None, "about", ["Kyiv", "Seoul", "Washington", "Ukrain", "South Korea", "U.S."],
          "Pyongyang has sent some 11,000 troops", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Kyiv", "Zelensky"],
          "Ukraine is holding two North Korean soldiers captured last week", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Some 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "around 600 of them fatally", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent roughly 15,000 troops to Russia in total", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "Joint Chiefs of Staff had put the casualty toll at about 4,000", False),
         ("troops", "north_korea", 3000, None, "about", JCS,
          "of which reinforcements sent in Jan.–Feb. 2025 | about 3,000 | Joint Chiefs of Staff", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Taken prisoner by Ukraine | 2 | Ukrainian government", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff"],
          "the Ukrainian armed forces had lost more than 76,000 servicemen", False)],
 "014": [("killed", "north_korea", 9, None, "exact", KCNA,
          "nine of its soldiers died during the mission", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "about 5,000 North Korean military construction troops had been moving to Russia since September", False),
         ("troops", "north_korea", 10000, None, "about", NIS,
          "some 10,000 North Korean soldiers remain stationed in Russian border areas", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed in the fighting in Kursk", False)],
}
NOT = {
 "000": ["total to climb to about 10,000 by December (planned)", "(LEAD) N. Korea sends 1,500 special forces (related headline)",
         "more than 13,000 shipping containers", "170 mm self-propelled guns and 240 mm multiple rocket launchers",
         "early 20s", "10 km north of MDL (headline)", "25-minute call (headline)", "Share 1.2K", "2 fan meet events",
         "2,599.62, 1.1 pct", "1,383.5"],
 "001": ["190-mile-range ATACMS", "$425 million", "155mm artillery rounds", "$4.3 billion", "1,200 suppliers in 46 states",
         "within 30 days", "92-10, 90 days", "12 years", "3 readers", "$0 for 14 days", "Comments (17)", "thousands of miles"],
 "002": ["1,770 Russian invaders (other story's headline)", "60mm mortars and AK-12 rifles", "August 6",
         "more than 1,000 square kilometres and about 100 settlements", "EUR 1.9B (headline)", "1.3M subscribers",
         "Day 989", "Views 6,318"],
 "003": ["39 trillion yen (headline)", "about 1,000 km (headline)", "1 dead, 9 injured (headline)", "160 countries",
         "1 min 48 sec"],
 "004": ["several hundred square kilometers", "6 embassies (headline)", "2 dead, over 200 injured (headline)",
         "12,000 soldiers (an October explainer's headline)", "5 a.m. CET"],
 "005": ["around $2,000 a month", "7 days (headline)", "2,497.12, 0.5%", "30% to 6.5 tril. won", "5 things",
         "9,900 won"],
 "006": ["aged 26", "100-year partnership", "£3 billion a year", "some 1,300 square kilometres, around half",
         "60 drones (headline)", "3.5% of GDP (headline)", "50,000 North Korean troops (fact-check headline)",
         "Comments (214)", "2 min"],
 "008": ["over 10 million artillery shells", "about 220 pieces of 170 mm self-propelled artillery and 240 mm rocket launchers",
         "about $2,000 a month (fact box)", "Article views 8,214, Comments 23", "20 points, June 3 (headline)",
         "1 in 5 (headline)", "40 years, 1980 (headline)", "10,000 won a month"],
 "009": ["1,000 sappers and 5,000 military builders (planned)", "second visit in two weeks, third since March",
         "June 19, 2024", "over 7,000 weapons, 412 tanks", "up to 1,170 servicemen over the past day (daily-summary widget)",
         "$76.45 (headline)", "June 20 (headline)", "45% (headline)"],
 "014": ["1,000 sappers and 5,000 military construction workers (June pledge, planned)", "about four months, 120 days",
         "August 2024", "3 Chinese carriers (headline)", "2 ballistic missiles, 2 months (headline)",
         "9 trillion yen (headline)", "1,000 yen a month", "96 shares"],
}
OFF = ["007", "010", "011", "013"]
DUP = {"012": "005"}

goldlib.write(
    "Gold labels for the blind213 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-2", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-2", "004-1", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky), the same day"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against close to 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["003-4", "004-1", "\"several hundred\" casualties (White House) against more than 3,000 (Zelensky): a vague figure"],
            ["003-4", "003-2", "\"several hundred\" (White House) against about 1,100 (NIS): a vague figure"],
            ["003-4", "004-2", "\"several hundred\" (White House) against about 1,100 (JCS): a vague figure"],
            ["008-3", "008-5", "about 15,000 in total against about 3,000 reinforcements: a part of the whole"],
            ["008-1", "008-4", "about 4,700 (NIS) against about 4,000 a month earlier (JCS): the bands overlap"],
            ["014-2", "014-3", "5,000 construction troops against 10,000 stationed soldiers: different contingents, one source"],
            ["006-2", "008-2", "about 300 killed (January) against about 600 killed (April): months apart"],
            ["008-2", "014-4", "about 600 killed (April) against about 2,000 (September, restated in December): months apart"],
        ],
    },
)
