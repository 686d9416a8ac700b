#!/usr/bin/env python3
"""Labels for testdata/blind365. Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind365/articles, written blind (see README.md). "
         "Same schema and rules as testdata/corpus/gold.json.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "the new contingent is estimated at some three thousand soldiers", False),
    ],
    "002": [
        ("casualties", "north_korea", 1000, None, "more_than",
         ["John Kirby", "Kirby", "White House", "United States", "US", "U.S."],
         "more than 1,000 casualties in just the past week in the Kursk region", False),
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi", "Oleksandr Syrskyi"],
         "more than 3,000 North Korean soldiers had been killed or wounded in Kursk", False),
        ("troops", "north_korea", 12000, None, "up_to", ["unattributed"],
         "The North has sent as many as 12,000 troops to Russia", False),
    ],
    "003": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "four brigades, totaling some 12,000 troops", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "North Korea moved about 1,500 special operations troops to Vladivostok", False),
    ],
    "005": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "Roughly 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "including about 600 dead", False),
    ],
    "007": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in the Kursk region", False),
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "United States", "US", "U.S.", "Washington"],
         "about 8,000 North Korean soldiers had been moved to Kursk Oblast", False),
        ("troops", "north_korea", 200, 900, "vague",
         ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"],
         "the contingent includes several hundred officers", True),
    ],
    "008": [
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "Thousands of North Korean troops have been fighting alongside Russian units in Kursk", True),
        ("casualties", "russia", 1690, None, "exact",
         ["general staff", "Ukraine's general staff", "General Staff", "Ukraine"],
         "Russia had lost 1,690 troops killed or wounded over the past 24 hours", False),
        ("casualties", "russia", 814290, None, "exact",
         ["general staff", "Ukraine's general staff", "General Staff", "Ukraine"],
         "bringing its count of Russian losses since the full-scale invasion to 814,290", False),
        ("casualties", "north_korea", 3800, None, "about", ZEL,
         "saying some 3,800 North Korean soldiers had been killed or wounded", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "our soldiers captured two North Korean military personnel in the Kursk region", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Russian Defense Ministry", "Defense Ministry", "Russia", "Valery Gerasimov", "Gerasimov"],
         "the Ukrainian army lost more than 76,000 servicemen", False),
    ],
    "011": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Ukraine"],
         "Ukraine had captured two North Korean soldiers", False),
        ("troops", "north_korea", 11000, 12000, "range", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "North Korea sent 11,000-12,000 troops to Russia last year", False),
    ],
    "012": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "Roughly 1,100 North Korean soldiers have been killed or wounded", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "roughly 1,000 had been wounded", False),
    ],
    "014": [
        ("troops", "north_korea", 11000, 12000, "range",
         ["Ukraine", "United States", "US", "American", "South Korea", "officials"],
         "between 11,000 and 12,000 North Korean soldiers had been sent to Russia", False),
        ("troops", "north_korea", 3000, None, "about", ["South Korea", "South Korean military", "Seoul", "JCS"],
         "roughly 3,000 more followed in January and February 2025", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died in the fighting", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Britain's Ministry of Defence", "Ministry of Defence", "UK", "Britain", "United Kingdom"],
         "put total North Korean casualties -- killed and wounded together -- at more than 6,000", False),
    ],
}

NOT = {
    "000": ["170-mm self-propelled howitzers", "240-mm multiple rocket launchers",
            "Samsung to invest 11 trillion won", "N. Korea's 12K troops in Russia", "first time in 9 years"],
    "002": ["less than four weeks left in office", "Jan. 20", "leaves 500,000 without heat",
            "Russia-Ukraine war at 1,000 days"],
    "003": ["three Russian amphibious vessels and four escort ships", "more than 13,000 containers",
            "0.25 percentage point to 3.25 pct", "9.1 tln won", "KOSPI 2,593.82", "between Oct. 8 and 13"],
    "005": ["June 19, 2024", "more than 10,000 kilometers by rail"],
    "007": ["Kharkiv injures 6", "Russia's losses in Ukraine pass 700,000", "82-mm mortars",
            "community of 15,000 members", "Oct. 31, 2024"],
    "008": ["23 Ukrainian drones", "damaged 12 houses", "Comments (1,032)"],
    "009": ["1,000 sappers", "5,000 military builders", "one thousand sappers", "five thousand military builders",
            "over 7,000 units of military hardware", "49 Ukrainian drones", "June 4"],
    "011": ["One North Korean soldier", "born in 2005", "Tokyo stocks fall 1.1%", "jump 10.7%"],
    "012": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "1,450 per dollar", "5.6 million expected", "KOSPI 2,442.01"],
    "014": ["1,000 deminers", "5,000 military construction workers", "as much as $20 billion",
            "8.8 trillion yen", "Nikkei 225  50,581.94"],
}

OFF = ["001", "006", "010", "013"]
DUP = {"004": "011"}

conflicts = {
    "must": [
        ["012-1", "002-2", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and "
                           "wounded (Zelenskyy, the same Monday), reported four days apart"],
        ["007-1", "007-2", "11,000 North Korean soldiers in Kursk (Zelensky, Nov 4) against about 8,000 moved to "
                           "Kursk (Blinken, Oct 31), in the same article"],
    ],
    "may": [
        # troops: scope (total sent vs in Kursk), weeks or months apart, or an additional force
        ["003-1", "007-1", "some 12,000 to be sent in all (NIS, Oct 18) against 11,000 in Kursk (Nov 4)"],
        ["003-1", "007-2", "some 12,000 to be sent in all against about 8,000 in Kursk two weeks later: whole vs part"],
        ["007-2", "011-4", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 sent last year (Jan 13)"],
        ["007-2", "014-1", "about 8,000 (Oct 2024) against 11,000-12,000, a year later"],
        ["003-1", "000-1", "an additional force of some three thousand"],
        ["007-1", "000-1", "an additional force of some three thousand"],
        ["007-2", "000-1", "an additional force of some three thousand"],
        ["011-4", "000-1", "an additional force of some three thousand"],
        ["014-1", "000-1", "an additional force of some three thousand"],
        ["003-1", "014-2", "an additional force of roughly 3,000"],
        ["007-1", "014-2", "an additional force of roughly 3,000"],
        ["007-2", "014-2", "an additional force of roughly 3,000"],
        ["011-4", "014-2", "an additional force of roughly 3,000"],
        ["014-1", "014-2", "an additional force of roughly 3,000"],
        ["003-2", "000-1", "a first batch of about 1,500 (Oct 2024) against an additional force of some three thousand (Mar 2025)"],
        ["003-2", "014-2", "a first batch of about 1,500 (Oct 2024) against an additional force of roughly 3,000 (2025)"],
        # casualties: a cumulative count weeks or months apart, or one week's toll against a cumulative one
        ["012-1", "002-1", "1,100 in all (Dec 23) against more than 1,000 in the past week alone (Dec 27)"],
        ["012-1", "008-4", "1,100 (Dec 23) against some 3,800 (Jan 12), three weeks apart"],
        ["012-1", "005-1", "1,100 (Dec 2024) against 4,700 (Apr 2025): months apart, a cumulative count"],
        ["012-1", "014-4", "1,100 (Dec 2024) against more than 6,000 (Sep 2025): months apart"],
        ["008-4", "005-1", "3,800 (Jan) against 4,700 (Apr): months apart"],
        ["008-4", "014-4", "3,800 (Jan) against more than 6,000 (Sep): months apart"],
        ["005-1", "014-4", "4,700 (Apr) against more than 6,000 (Sep): months apart"],
        # killed / wounded: the NIS's own cumulative counts rising over time
        ["011-1", "005-2", "about 300 killed (Jan) against about 600 (Apr): months apart, an update"],
        ["011-1", "014-3", "about 300 killed (Jan) against about 2,000 (Sep): months apart, an update"],
        ["005-2", "014-3", "about 600 killed (Apr) against about 2,000 (Sep): months apart, an update"],
        ["012-3", "011-2", "about 1,000 wounded (Dec 19) against about 2,700 (Jan 13): the same agency's later count"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
