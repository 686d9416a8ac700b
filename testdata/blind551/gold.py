#!/usr/bin/env python3
"""Gold labels for blind551 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind551 articles in articles/, written and labelled blind. "
         "See ../corpus/README.md for the meaning of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korean spy agency"]
NIS_PARK = NIS + ["Park Sun-won"]
NIS_LEE = NIS + ["Lee Seong-kweun", "South Korean lawmaker"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military", "Seoul"]
HUR = ["Defense Intelligence", "HUR", "military intelligence", "Ukraine", "Ukrainian intelligence"]
KIRBY = ["John Kirby", "Kirby", "White House", "United States", "U.S.", "US"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS_PARK,
         "an additional 1,500 or so soldiers to Russia", False),
        ("troops", "north_korea", 3000, None, "about", NIS_PARK,
         "bringing the number of its troops now in the country to around 3,000", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "There are already 11,000 North Korean soldiers in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "United States", "U.S.", "US", "Washington", "State Department"],
         "about 8,000 North Korean soldiers had been moved to Kursk", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "up to 12,000 North Korean troops were being trained at Russian military ranges in the Far East", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "including around 500 officers", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "about 1,000 more wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS_LEE,
         "the losses amount to roughly 1,100 casualties", False),
        ("troops", "north_korea", 11000, None, "about",
         ["South Korea, Ukraine and the United States", "South Korea", "Ukraine", "United States"],
         "roughly 11,000 North Korean soldiers have been deployed there", False),
        ("casualties", "north_korea", 200, 900, "vague", ["U.S. official", "United States", "U.S.", "US"],
         "several hundred North Korean troops had been killed or wounded", True),
        ("casualties", "north_korea", 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "The number of North Korean soldiers killed and wounded in Russia's Kursk region has already passed 3,000", False),
        ("casualties", "russia", 38000, None, "about", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "Russian forces in the Kursk direction had lost some 38,000 personnel killed, wounded or captured", False),
    ],
    "006": [
        ("casualties", "north_korea", 1000, None, "more_than", KIRBY,
         "North Korean forces have suffered more than 1,000 casualties, killed and wounded, in just the past week", False),
        ("casualties", "north_korea", 200, 900, "vague", ["Pentagon", "United States", "U.S.", "US"],
         "the Pentagon was talking about casualties in the several hundreds", True),
        ("troops", "north_korea", 11000, None, "about", KIRBY,
         "we still think it's in the neighborhood of eleven thousand or so", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Some 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "about 2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "The combined casualty figure of roughly 3,000", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "two North Korean soldiers were captured by Ukrainian forces", False),
    ],
    "009": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "an estimated 3,000 additional troops", False),
        ("troops", "north_korea", 11000, 12000, "range", JCS,
         "the 11,000-12,000 soldiers Pyongyang sent in the autumn", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "North Korean troops have suffered some 4,000 casualties", False),
        ("troops", "north_korea", 200, 900, "vague",
         ["Ukrainian soldiers", "Ukrainian troops", "The Guardian", "Guardian"],
         "hundreds of North Korean soldiers had returned to positions opposite them", True),
    ],
    "010": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["Western and South Korean officials", "Western officials", "South Korean officials", "South Korea"],
         "between 10,000 and 12,000 North Korean soldiers arrived in Russia in October and November", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "Some three thousand more followed early this year", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "roughly 600 dead", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
         "two North Korean soldiers who were captured in January", False),
    ],
    "012": [],
    "014": [
        ("killed", "north_korea", 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "North Korea", "North Korean state media", "state media"],
         "nine members of the unit were killed during the mission", False),
        ("troops", "north_korea", 1000, None, "about", ["South Korean officials", "South Korea"],
         "the roughly 1,000 sappers North Korea sent to Kursk in the summer", False),
        ("troops", "north_korea", 14000, None, "about", ["unattributed"],
         "North Korea is thought to have sent around 14,000 troops to Russia in total", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "About 2,000 North Korean soldiers, South Korea's National Intelligence Service estimated in September, have been killed in the fighting in Kursk", False),
    ],
}

NOT = {
    "000": ["some 10,000 troops by December", "three Russian navy landing ships", "between Oct. 8 and 13",
            "aged 20 to 25", "about 100 km north of Vladivostok", "4.6 pct in first 20 days of October",
            "2,599.62", "60-meter sections of inter-Korean roads"],
    "001": ["millions of artillery shells", "KN-23 ballistic missiles", "around 1,300 square kilometers",
            "Russia has lost 700,000 troops since start of full-scale war", "more than 17,000 members",
            "96 drones, 3 missiles overnight"],
    "003": ["three villages", "Dec. 14-15", "240-mm multiple rocket launchers", "170-mm self-propelled guns",
            "Nikkei ends 0.7% lower", "grain exports seen up 8% this season"],
    "005": ["1,480 invaders and 11 tanks in past day", "August 6", "December 16"],
    "006": ["roughly $5.9 billion in drawdown authority", "38 of the 67 people on board",
            "more than 70 missiles and over 100 drones", "12:03 P.M. EST"],
    "007": ["aged 20", "aged 26", "two days before", "92 countries", "2,489.56", "5th straight week"],
    "009": ["Two soldiers from an assault brigade", "a 34-year-old sergeant", "around three weeks",
            "a figure of $500bn", "177 drones", "110 were shot down", "another 66", "more than six hours of talks",
            "218 lawmakers voted in favour", "the 226 needed"],
    "010": ["How 12K North Korean soldiers got to Kursk", "more than 100 ballistic missiles",
            "millions of artillery shells", "several weeks training"],
    "012": ["1,000 sappers to clear mines in the Kursk Region", "5,000 military builders",
            "more than 1.5 million explosive objects", "more than 1,200 residential buildings",
            "about 300 kilometers of roads", "up 12% in first quarter"],
    "014": ["120 days clearing mines", "1,000 deminers and 5,000 military construction workers",
            "80th anniversary", "Watch video 01:32"],
}

OFF = ["002", "008", "011", "013"]
DUP = {"004": "005"}

conflicts = {
    "must": [
        ["001-1", "001-2", "11,000 North Korean troops in Kursk (Zelensky, Nov 4) against about 8,000 moved to Kursk "
                           "(Blinken, Oct 31), in the same article, days apart"],
        ["003-3", "005-1", "about 1,100 casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 killed "
                           "and wounded (Zelensky, Dec 23), four days apart"],
    ],
    "may": [
        ["000-2", "001-1", "about 3,000 in Russia on Oct 23 2024 during the build-up against 11,000 (Zelensky, Nov 2024): different stage of the deployment"],
        ["000-2", "001-2", "about 3,000 in Russia on Oct 23 2024 during the build-up against about 8,000 (Blinken, Oct 2024): different stage of the deployment"],
        ["000-2", "003-4", "about 3,000 in Russia on Oct 23 2024 during the build-up against about 11,000 (Dec 2024): different stage of the deployment"],
        ["000-2", "006-3", "about 3,000 in Russia on Oct 23 2024 during the build-up against about eleven thousand (Kirby, Dec 2024): different stage of the deployment"],
        ["000-2", "009-2", "about 3,000 in Russia on Oct 23 2024 during the build-up against 11,000-12,000 (JCS, Feb 2025): different stage of the deployment"],
        ["000-2", "010-1", "about 3,000 in Russia on Oct 23 2024 during the build-up against 10,000-12,000 (Apr 2025): different stage of the deployment"],
        ["000-2", "014-3", "about 3,000 in Russia on Oct 23 2024 during the build-up against around 14,000 in total (Dec 2025): different stage of the deployment"],
        ["001-1", "014-3", "11,000 (Zelensky, Nov 2024) against around 14,000 in total (Dec 2025): months apart, total grew with reinforcements"],
        ["001-2", "003-4", "about 8,000 (Blinken, Oct 2024) against about 11,000 (Dec 2024): months apart, total grew with reinforcements"],
        ["001-2", "006-3", "about 8,000 (Blinken, Oct 2024) against about eleven thousand (Kirby, Dec 2024): months apart, total grew with reinforcements"],
        ["001-2", "009-2", "about 8,000 (Blinken, Oct 2024) against 11,000-12,000 (JCS, Feb 2025): months apart, total grew with reinforcements"],
        ["001-2", "010-1", "about 8,000 (Blinken, Oct 2024) against 10,000-12,000 (Apr 2025): months apart, total grew with reinforcements"],
        ["001-2", "014-3", "about 8,000 (Blinken, Oct 2024) against around 14,000 in total (Dec 2025): months apart, total grew with reinforcements"],
        ["001-3", "014-3", "up to 12,000 (HUR, Oct 2024) against around 14,000 in total (Dec 2025): months apart, total grew with reinforcements"],
        ["003-4", "014-3", "about 11,000 (Dec 2024) against around 14,000 in total (Dec 2025): months apart, total grew with reinforcements"],
        ["006-3", "014-3", "about eleven thousand (Kirby, Dec 2024) against around 14,000 in total (Dec 2025): months apart, total grew with reinforcements"],
        ["009-2", "014-3", "11,000-12,000 (JCS, Feb 2025) against around 14,000 in total (Dec 2025): months apart, total grew with reinforcements"],
        ["010-1", "014-3", "10,000-12,000 (Apr 2025) against around 14,000 in total (Dec 2025): months apart, total grew with reinforcements"],
        ["000-1", "000-2", "an additional 1,500 (NIS, Oct 2024) against the whole force about 3,000 (NIS, Oct 2024): an additional force"],
        ["000-1", "001-1", "an additional 1,500 (NIS, Oct 2024) against the whole force 11,000 (Zelensky, Nov 2024): an additional force"],
        ["000-1", "001-2", "an additional 1,500 (NIS, Oct 2024) against the whole force about 8,000 (Blinken, Oct 2024): an additional force"],
        ["000-1", "003-4", "an additional 1,500 (NIS, Oct 2024) against the whole force about 11,000 (Dec 2024): an additional force"],
        ["000-1", "006-3", "an additional 1,500 (NIS, Oct 2024) against the whole force about eleven thousand (Kirby, Dec 2024): an additional force"],
        ["000-1", "009-2", "an additional 1,500 (NIS, Oct 2024) against the whole force 11,000-12,000 (JCS, Feb 2025): an additional force"],
        ["000-1", "010-1", "an additional 1,500 (NIS, Oct 2024) against the whole force 10,000-12,000 (Apr 2025): an additional force"],
        ["000-1", "014-3", "an additional 1,500 (NIS, Oct 2024) against the whole force around 14,000 in total (Dec 2025): an additional force"],
        ["009-1", "001-1", "an estimated 3,000 additional (JCS, Feb 2025) against the whole force 11,000 (Zelensky, Nov 2024): an additional force"],
        ["009-1", "001-2", "an estimated 3,000 additional (JCS, Feb 2025) against the whole force about 8,000 (Blinken, Oct 2024): an additional force"],
        ["009-1", "003-4", "an estimated 3,000 additional (JCS, Feb 2025) against the whole force about 11,000 (Dec 2024): an additional force"],
        ["009-1", "006-3", "an estimated 3,000 additional (JCS, Feb 2025) against the whole force about eleven thousand (Kirby, Dec 2024): an additional force"],
        ["009-1", "009-2", "an estimated 3,000 additional (JCS, Feb 2025) against the whole force 11,000-12,000 (JCS, Feb 2025): an additional force"],
        ["009-1", "010-1", "an estimated 3,000 additional (JCS, Feb 2025) against the whole force 10,000-12,000 (Apr 2025): an additional force"],
        ["009-1", "014-3", "an estimated 3,000 additional (JCS, Feb 2025) against the whole force around 14,000 in total (Dec 2025): an additional force"],
        ["010-2", "001-1", "some three thousand more (NIS, Apr 2025) against the whole force 11,000 (Zelensky, Nov 2024): an additional force"],
        ["010-2", "001-2", "some three thousand more (NIS, Apr 2025) against the whole force about 8,000 (Blinken, Oct 2024): an additional force"],
        ["010-2", "003-4", "some three thousand more (NIS, Apr 2025) against the whole force about 11,000 (Dec 2024): an additional force"],
        ["010-2", "006-3", "some three thousand more (NIS, Apr 2025) against the whole force about eleven thousand (Kirby, Dec 2024): an additional force"],
        ["010-2", "009-2", "some three thousand more (NIS, Apr 2025) against the whole force 11,000-12,000 (JCS, Feb 2025): an additional force"],
        ["010-2", "010-1", "some three thousand more (NIS, Apr 2025) against the whole force 10,000-12,000 (Apr 2025): an additional force"],
        ["010-2", "014-3", "some three thousand more (NIS, Apr 2025) against the whole force around 14,000 in total (Dec 2025): an additional force"],
        ["000-1", "009-1", "second batch of 1,500 (Oct 2024) against 3,000 reinforcements (Feb 2025): different additional forces, months apart"],
        ["000-1", "010-2", "second batch of 1,500 (Oct 2024) against some 3,000 reinforcements (Apr 2025): different additional forces, months apart"],
        ["003-3", "009-3", "casualties about 1,100 (NIS, Dec 19 2024) against some 4,000 (JCS, Feb 27 2025): weeks or months apart, cumulative toll"],
        ["003-3", "010-3", "casualties about 1,100 (NIS, Dec 19 2024) against about 4,700 (NIS, Apr 30 2025): weeks or months apart, cumulative toll"],
        ["007-3", "009-3", "casualties roughly 3,000 (NIS, Jan 13 2025) against some 4,000 (JCS, Feb 27 2025): weeks or months apart, cumulative toll"],
        ["007-3", "010-3", "casualties roughly 3,000 (NIS, Jan 13 2025) against about 4,700 (NIS, Apr 30 2025): weeks or months apart, cumulative toll"],
        ["009-3", "010-3", "casualties some 4,000 (JCS, Feb 27 2025) against about 4,700 (NIS, Apr 30 2025): weeks or months apart, cumulative toll"],
        ["005-1", "007-3", "more than 3,000 (Zelensky, Dec 23) against roughly 3,000 (NIS, Jan 13): bound arguably satisfied, three weeks apart"],
        ["003-5", "003-3", "vague several hundred (U.S. official, Dec 16 2024) against about 1,100 (NIS, Dec 19 2024): earlier, vague estimate"],
        ["003-5", "005-1", "vague several hundred (U.S. official, Dec 16 2024) against more than 3,000 (Zelensky, Dec 23 2024): earlier, vague estimate"],
        ["003-5", "006-1", "vague several hundred (U.S. official, Dec 16 2024) against more than 1,000 in the past week (Kirby, Dec 27 2024): earlier, vague estimate"],
        ["003-5", "007-3", "vague several hundred (U.S. official, Dec 16 2024) against roughly 3,000 (NIS, Jan 13 2025): earlier, vague estimate"],
        ["003-5", "009-3", "vague several hundred (U.S. official, Dec 16 2024) against some 4,000 (JCS, Feb 27 2025): earlier, vague estimate"],
        ["003-5", "010-3", "vague several hundred (U.S. official, Dec 16 2024) against about 4,700 (NIS, Apr 30 2025): earlier, vague estimate"],
        ["006-2", "003-3", "vague several hundred (Pentagon, early Dec 2024) against about 1,100 (NIS, Dec 19 2024): earlier, vague estimate"],
        ["006-2", "005-1", "vague several hundred (Pentagon, early Dec 2024) against more than 3,000 (Zelensky, Dec 23 2024): earlier, vague estimate"],
        ["006-2", "006-1", "vague several hundred (Pentagon, early Dec 2024) against more than 1,000 in the past week (Kirby, Dec 27 2024): earlier, vague estimate"],
        ["006-2", "007-3", "vague several hundred (Pentagon, early Dec 2024) against roughly 3,000 (NIS, Jan 13 2025): earlier, vague estimate"],
        ["006-2", "009-3", "vague several hundred (Pentagon, early Dec 2024) against some 4,000 (JCS, Feb 27 2025): earlier, vague estimate"],
        ["006-2", "010-3", "vague several hundred (Pentagon, early Dec 2024) against about 4,700 (NIS, Apr 30 2025): earlier, vague estimate"],
        ["007-1", "010-4", "some 300 killed (NIS, Jan 2025) against roughly 600 dead (NIS, Apr 2025): months apart, cumulative toll"],
        ["007-1", "014-4", "some 300 killed (NIS, Jan 2025) against about 2,000 killed (NIS, Sep 2025): months apart, cumulative toll"],
        ["010-4", "014-4", "roughly 600 dead (NIS, Apr 2025) against about 2,000 killed (NIS, Sep 2025): months apart, cumulative toll"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
