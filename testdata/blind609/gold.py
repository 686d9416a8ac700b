#!/usr/bin/env python3
"""Gold labels for testdata/blind609 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind609: 15 articles written for crosscheck about North Korean troops in "
         "Russia's Kursk region, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service",
       "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military",
       "South Korea", "Seoul"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukrainian intelligence", "Ukraine's military intelligence",
       "military intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 10000, None, "about",
         ["Pentagon", "Sabrina Singh", "Singh", "United States", "U.S.", "US", "Defense Department"],
         "North Korea has sent roughly 10,000 soldiers to train in eastern Russia", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "about 3,000 North Korean soldiers were already in Russia", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "about",
         ["Zelensky", "Volodymyr Zelensky", "President of Ukraine", "Ukraine"],
         "about 11,000 North Korean servicemen are now in Russia's Kursk region", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "Russia was training up to 12,000 North Korean military personnel", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "among them about 500 officers", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "North Korean troops deployed to Russia have suffered an estimated 1,100 casualties in combat against Ukrainian forces", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "the roughly 11,000 troops Pyongyang sent to Russia in October and November", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "about 1,000 wounded", False),
    ],
    "004": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russian Defense Ministry", "Russia"],
         "the enemy's losses amounted to over 76,000 servicemen killed and wounded", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Zelensky", "Volodymyr Zelensky", "Ukraine", "Syrskyi", "Oleksandr Syrskyi"],
         "more than three thousand North Korean soldiers had already been killed or wounded in Kursk", False),
        ("casualties", "north_korea", 1000, None, "more_than",
         ["John Kirby", "Kirby", "White House", "National Security Council", "United States", "US"],
         "More than 1,000 North Korean troops have been killed or wounded in the past week alone", False),
        ("troops", "north_korea", 11000, 12000, "range", ["Ukrainian intelligence", "Ukraine"],
         "Pyongyang has sent between 11,000 and 12,000 soldiers to Russia", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine", "National Intelligence Service", "NIS", "South Korea"],
         "Ukraine had captured two North Korean soldiers", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "at_least", NIS,
         "North Korea appears to have sent at least 3,000 additional troops to Russia in January and February", False),
        ("troops", "north_korea", 14000, None, "about", NIS + ["lawmakers"],
         "bring the total number of North Korean soldiers dispatched to about 14,000", False),
        ("killed", "north_korea", 200, 900, "vague", NIS,
         "Hundreds are believed to have been killed in January alone", True),
    ],
    "009": [
        ("troops", "north_korea", 15000, None, "about", NIS,
         "About 15,000 North Korean troops had been sent to Russia", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "some 4,700 of them had been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "roughly 600 deaths", False),
        ("killed", "north_korea", 1000, None, "at_least",
         ["western officials", "Western officials", "Western intelligence", "the West"],
         "at least 1,000 North Koreans had been killed in the first three months of the fighting alone", False),
    ],
    "012": [
        ("troops", "north_korea", 11000, None, "about", HUR,
         "some eleven thousand North Korean soldiers remain in Kursk Oblast", False),
    ],
    "014": [
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "The first contingent, about 11,000 strong", False),
        ("troops", "north_korea", 14000, 15000, "range", NIS,
         "the total came to 14,000-15,000", False),
        ("troops", "north_korea", 2000, 9000, "vague", ["Seoul", "South Korea"],
         "Several thousand of those builders have since arrived", True),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had died", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["British defence intelligence", "British Defence Intelligence", "UK Ministry of Defence", "Britain", "UK", "United Kingdom"],
         "put total casualties, dead and wounded together, at more than 6,000", False),
        ("killed", "north_korea", 9, None, "exact",
         ["state media", "North Korean state media", "KCNA", "North Korea", "Pyongyang"],
         "nine soldiers of an engineering regiment had been killed while clearing mines in Kursk", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
         "it holds two North Korean prisoners", False),
    ],
}

NOT = {
    "000": ["it predicted the number would reach 10,000 by December", "more than 9,000 kilometers",
            "about $60 billion", "up to 12K North Korean troops", "42 of 64 Russian drones"],
    "002": ["five military ranges", "60-mm mortars", "1,690 soldiers", "27 of 45 Shahed drones"],
    "003": ["paras 4-6", "240-mm multiple rocket launchers", "170-mm self-propelled guns", "KOSPI 2,442.01",
            "15-year low"],
    "004": ["more than 7,000 units of weapons and military equipment", "more than 400 tanks",
            "up to 1,180 Ukrainian troops", "August 2024"],
    "005": ["52 of 79 drones", "pass 780,000", "Comments (23)"],
    "007": ["20 years old", "the other is 26", "39,190.40"],
    "008": ["around 200 long-range artillery pieces"],
    "009": ["nearly a third", "five months", "about 20tn won", "first 100 days", "£2 a month"],
    "012": ["6,000 sappers and builders", "1,000 sappers to clear mines", "5,000 military builders",
            "58 drones", "40 were shot down", "20,000 members"],
    "014": ["1,000 deminers and 5,000 military construction workers", "0.2%"],
}

OFF = ["001", "006", "010", "013"]
DUP = {"011": "005"}

conflicts = {
    "must": [
        ["003-1", "005-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed "
                           "and wounded (Zelensky, Dec 23, reported Dec 27): same period, four days apart"],
        ["009-3", "009-4", "about 600 killed (NIS, April 30) against at least 1,000 killed in the first three "
                           "months (western officials, March): cumulative counts, same article"],
    ],
    "may": [
        ["000-1", "000-2", "about 10,000 (Pentagon, Oct 28) against about 3,000 (NIS, a week earlier, rise expected)"],
        ["000-1", "002-1", "about 10,000 in Russia (Oct 28) against about 11,000 in Kursk (Nov 5)"],
        ["000-2", "002-1", "about 3,000 (Oct 23) against about 11,000 (Nov 5): a rising count"],
        ["000-2", "003-2", "3,000 in October against 11,000 in December"],
        ["000-2", "005-3", "3,000 in October against 11,000-12,000 in December"],
        ["000-2", "008-2", "3,000 in October 2024 against a total of 14,000 in February 2025"],
        ["000-2", "009-1", "months apart"],
        ["000-2", "012-1", "months apart"],
        ["000-2", "014-1", "months apart"],
        ["000-2", "014-2", "months apart"],
        ["000-1", "003-2", "10,000 in October against 11,000 in December"],
        ["000-1", "005-3", "10,000 in October against 11,000-12,000 in December"],
        ["000-1", "008-2", "months apart, reinforcements"],
        ["000-1", "009-1", "months apart, reinforcements"],
        ["000-1", "012-1", "months apart"],
        ["000-1", "014-1", "months apart"],
        ["000-1", "014-2", "months apart"],
        ["002-1", "008-2", "months apart, reinforcements"],
        ["002-1", "009-1", "months apart, reinforcements"],
        ["002-1", "014-2", "a year apart, first wave against total"],
        ["002-2", "008-2", "up to 12,000 in training (Nov) against a 14,000 total after reinforcements (Feb)"],
        ["002-2", "009-1", "months apart, reinforcements"],
        ["002-2", "014-2", "a year apart, reinforcements"],
        ["003-2", "008-2", "11,000 (Dec) against 14,000 total after reinforcements (Feb)"],
        ["003-2", "009-1", "months apart, reinforcements"],
        ["003-2", "014-2", "a year apart, first wave against total"],
        ["005-3", "008-2", "11,000-12,000 (Dec) against 14,000 total after reinforcements (Feb)"],
        ["005-3", "009-1", "months apart, reinforcements"],
        ["005-3", "014-2", "a year apart, first wave against total"],
        ["008-1", "000-1", "an additional force against a total"],
        ["008-1", "002-1", "an additional force against a total"],
        ["008-1", "002-2", "an additional force against a total"],
        ["008-1", "003-2", "an additional force against a total"],
        ["008-1", "005-3", "an additional force against a total"],
        ["008-1", "008-2", "an additional force against the new total, same article"],
        ["008-1", "009-1", "an additional force against a total"],
        ["008-1", "012-1", "an additional force against a total"],
        ["008-1", "014-1", "an additional force against the first wave"],
        ["008-1", "014-2", "an additional force against a total"],
        ["008-2", "009-1", "about 14,000 (Feb) against about 15,000 (Apr)"],
        ["008-2", "012-1", "total sent (Feb) against those remaining in Kursk (Jun)"],
        ["008-2", "014-1", "total against the first contingent"],
        ["009-1", "012-1", "total sent (Apr) against those remaining in Kursk (Jun)"],
        ["009-1", "014-1", "total against the first contingent"],
        ["012-1", "014-2", "those remaining in Kursk (Jun) against the total sent"],
        ["014-1", "014-2", "first contingent against the total, same article"],
        ["003-1", "009-2", "1,100 (Dec 2024) against 4,700 (Apr 2025): months apart"],
        ["003-1", "014-5", "a year apart"],
        ["009-2", "014-5", "4,700 (Apr) against more than 6,000 (later in 2025): months apart"],
        ["007-1", "009-3", "300 killed (Jan) against 600 (Apr): months apart"],
        ["007-1", "009-4", "300 killed (Jan) against at least 1,000 (Mar): two months apart"],
        ["007-1", "014-4", "300 killed (Jan) against 2,000 (Sep): months apart"],
        ["009-3", "014-4", "600 killed (Apr) against 2,000 (Sep): months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
