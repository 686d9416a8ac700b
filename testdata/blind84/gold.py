#!/usr/bin/env python3
"""Write gold.json for the blind84 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "South Korea", "Seoul"]
LEE = NIS + ["Lee Seong-kweun"]
PARK = NIS + ["Park Sun-won"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Defence Intelligence", "Defense Intelligence", "military intelligence", "HUR", "Ukrain"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
PENT = ["Pentagon", "Department of Defense", "US", "U.S."]
STATE = ["State Department", "United States", "U.S.", "US", "Washington"]
UKMOD = ["Ministry of Defence", "MoD", "UK", "Britain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has so far shipped around 3,000 soldiers to Russia", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships had carried some 1,500 North Korean special operations troops", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are now 11,000 soldiers from North Korea in the Kursk region", False),
         ("troops", "north_korea", 7000, None, "more_than", HUR,
          "more than 7,000 North Korean military personnel had been moved by Russia into its Far East and regions bordering Ukraine", False)],
 "002": [("troops", "north_korea", 8000, None, "about", STATE,
          "About 8,000 North Korean soldiers are now in Russia's Kursk region near the Ukrainian border", False),
         ("troops", "north_korea", 10000, None, "about", STATE,
          "roughly 10,000 North Korean troops had been sent to Russia in all", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", LEE,
          "At least 100 North Korean soldiers sent to Russia have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", LEE,
          "nearly 1,000 others wounded", False),
         ("casualties", "north_korea", 1100, None, "about", LEE,
          "The combined figure of around 1,100", False),
         ("troops", "north_korea", 11000, None, "about", LEE,
          "The NIS estimates that some 11,000 North Korean soldiers are in Russia", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "has now lost more than 3,000 soldiers killed or wounded", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "around 100 North Korean soldiers had died", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "about 1,000 had been wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "Between 11,000 and 12,000 North Korean troops are now believed to be in Kursk", False),
         ("casualties", "north_korea", 200, 900, "vague", PENT,
          "they had suffered \"several hundred\" killed and wounded", True)],
 "006": [("captured", "north_korea", 2, None, "exact", ZEL + ["Security Service", "SBU"],
          "Ukrainian troops captured two North Korean soldiers in Russia's Kursk Oblast", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting the North's losses at roughly 3,000", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "Almost 4,000 North Korean troops had been killed or wounded in the Kursk region", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "An estimated 3,000 reinforcements arrived in January and February", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "Around 4,000 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 13, None, "exact", ["special forces", "Ukrain"],
          "they had killed 13 North Korean soldiers in a single clash", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the enemy lost more than 76,000 servicemen killed and wounded", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", LEE,
          "North Korea has lost around 4,700 soldiers killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", LEE,
          "roughly 600 of them killed", False),
         ("troops", "north_korea", 15000, None, "about", LEE,
          "about 15,000 North Korean soldiers have been sent to Russia", False),
         ("troops", "north_korea", 3000, None, "about", LEE,
          "the roughly 3,000 reinforcements who arrived in January and February", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "the two North Korean soldiers captured by Ukraine in January", False)],
 "010": [("troops", "north_korea", 11000, None, "about", HUR,
          "around 11,000 North Korean soldiers remain stationed in the Kursk region", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "roughly 4,700 North Korean soldiers had been killed or wounded", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "It estimated that roughly 2,000 North Korean soldiers have been killed", False),
         ("troops", "north_korea", 10000, 11000, "range", PARK,
          "Between 10,000 and 11,000 North Korean soldiers remain deployed in Russian border areas", False),
         ("casualties", "north_korea", 6000, None, "more_than", UKMOD,
          "North Korean forces had likely suffered over 6,000 casualties in Kursk", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media"],
          "Nine soldiers lost their lives during the operation", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "about 5,000 North Korean military construction troops had been moving to Russia since September", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "Seoul's intelligence service estimated in September that roughly 2,000 had been killed", False),
         ("casualties", "north_korea", 6000, None, "more_than", UKMOD,
          "put total North Korean casualties, dead and wounded, at more than 6,000", False)],
}
NOT = {
 "000": ["expected to reach about 10,000 by December (planned)", "one for every 20 soldiers", "about 150 kilometers",
         "1.7% (headline)", "Nikkei 38,104, down 307 points (headline)", "2 injured (headline)",
         "7 ballistic missiles in 2024 (headline)", "Oct 23, 2024 - 16:35"],
 "001": ["60-mm mortars, RPG-7", "around 1,300 square kilometres", "August 6", "2 154 views",
         "701,030 personnel, 1,310 over past day (headline)", "5 guided bombs, 9 injured (headline)",
         "EUR 35 billion (headline)", "128K subscribers", "Since 1918"],
 "002": ["about 190 miles", "Some 28,500 U.S. troops in South Korea (not a subject)", "312 electoral votes (headline)",
         "9 cents, $3.06 (headline)", "90 drones (headline)", "Play video 3:07", "Comments (1,284)", "$1 for 6 months"],
 "003": ["240-mm multiple rocket launchers", "Dec. 3", "(ATTN: ADDS details in paras 5-7)", "204-85 (headline)",
         "3 pct, 2,435.93, 1.95 pct (headlines)", "150 won (headline)"],
 "004": ["842 partners", "up to 30 km", "roughly 40% of the area", "93 missiles and almost 200 drones (headline)",
         "$72.6 a barrel (headline)", "5 dead, over 200 injured (most read)", "15th sanctions package"],
 "006": ["₴99 a month", "Share: 1.4K | Comments: 87", "born in 2005 / 1999, served since 2021 / 2016", "Jan. 9 / Jan. 11",
         "1,720 soldiers in past 24 hours (headline)", "3 killed, 11 injured (headline)", "₴2.2 trillion (headline)",
         "3 stories"],
 "007": ["about 220 artillery pieces", "170mm self-propelled guns and 240mm multiple rocket launchers",
         "about three weeks", "$20 billion", "€1 billion (headline)", "tram line 10, 8-year delay (headline)",
         "13 leaders (headline)", "35,000 subscribers", "3 min read"],
 "008": ["over 400 tanks, more than 300 infantry fighting vehicles, upwards of 1,500 motor vehicles", "Article 4",
         "June 2024", "August 6, 2024", "82 per dollar (headline)",
         "over 11,000 servicemen, 150 units of hardware in the Victory Day parade (headline)"],
 "009": ["$20 billion", "June 3, 7 candidates (headline)", "0.2% (headline)", "1.2%, 6.7 trillion won (headline)"],
 "010": ["a thousand sappers and five thousand military construction workers (planned)", "third trip in as many months",
         "two flights a month", "some 30,000 square kilometres", "eight months of fighting", "up to 10 years",
         "death toll tops 220 (headline)", "30 A350s (headline)", "Share: 412", "5 purposes"],
 "012": ["some 6,000 engineers and military construction workers (planned)", "about 1,000 assigned to mine clearance (planned)",
         "more than three times its figure from April", "28 trillion won ($20 billion)", "12 million artillery shells",
         "around 250 ballistic missiles", "30 percent of munitions factories", "$65.9 billion (headline)", "54% (headline)",
         "80th anniversary (headline)", "Comments (58)", "5 key stories"],
 "014": ["120-day mission, four months", "'12K North Korean troops still in Russia' (headline)",
         "¥9tn (headline)", "5cm of snow (headline)", "146 comments", "£2 a month"],
}
OFF = ["011", "013"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind84 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-1", "002-1", "11,000 in Kursk (Zelensky) against about 8,000 in Kursk (US State Department), three days apart"],
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["006-4", "006-5", "roughly 3,000 casualties (NIS) against almost 4,000 (Zelensky), in the same report"],
        ],
        "may": [
            ["001-1", "002-2", "11,000 in Kursk (Zelensky) against about 10,000 sent to Russia in all: the bands touch, and Kursk is a part of Russia"],
            ["004-1", "004-5", "more than 3,000 (Zelensky) against several hundred (Pentagon): a vague figure"],
            ["003-3", "004-5", "about 1,100 (NIS) against several hundred (Pentagon): a vague figure"],
            ["009-3", "009-4", "about 15,000 in total against the roughly 3,000 reinforcements it includes: a part of the whole, one source"],
        ],
    },
)
