#!/usr/bin/env python3
"""Gold labels for testdata/blind449 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind449: fifteen articles written in our own words about the real story's "
         "known reporting, labelled blind. See testdata/corpus/README.md for every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
US = ["senior administration official", "administration official", "United States", "U.S.", "US", "Washington", "White House"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
UNATTR = ["unattributed"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korea has moved some three thousand soldiers to Russia so far", False),
        ("troops", "north_korea", 1500, None, "about", NIS + ["Lee Seong-kweun", "Lee"],
         "a first group of about 1,500 soldiers was carried by Russian navy landing ships", False),
    ],
    "001": [
        ("troops", "north_korea", 10000, None, "about", US,
         "roughly 10,000 DPRK soldiers have been sent into Russia in total", False),
        ("troops", "north_korea", 8000, None, "about", US,
         "approximately 8,000 of them have moved into the Kursk region", False),
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "there are now eleven thousand North Korean troops in Kursk", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea"],
         "around 1,100 North Korean soldiers have been killed or wounded", False),
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died in combat", False),
    ],
    "004": [
        ("casualties", "north_korea", 3800, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "More than 3,800 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 11000, 12000, "range", ["Ukrainian, South Korean and U.S. intelligence", "intelligence", "Ukraine", "South Korea", "U.S.", "United States"],
         "Pyongyang has sent an estimated 11,000-12,000 troops to Russia", False),
        ("troops", "russia", 50000, None, "about", ["Ukrainian officials", "Ukraine"],
         "Russian forces that Ukrainian officials put at around 50,000 soldiers", False),
        ("casualties", "north_korea", 1000, None, "more_than", ["John Kirby", "Kirby", "White House", "United States", "U.S."],
         "North Korean units had lost more than a thousand men killed or wounded in the past week alone", False),
        ("killed", "north_korea", 24, 99, "vague", ["Special Operations Forces", "Ukraine's Special Operations Forces", "Ukraine"],
         "they had killed dozens of North Korean soldiers in a single engagement", True),
    ],
    "005": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "his forces have captured two North Korean soldiers in Russia's western region of Kursk", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun", "South Korean lawmaker"],
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun", "South Korean lawmaker"],
         "roughly 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Lee Seong-kweun"],
         "Ukraine had captured two North Korean soldiers", False),
        ("troops", "north_korea", 12000, None, "up_to", ["Seoul and Kyiv", "Seoul", "Kyiv", "South Korea", "Ukraine"],
         "Pyongyang has sent up to 12,000 soldiers to Russia", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "Pyongyang sent another 3,000 or so soldiers to Russia in January and February", False),
        ("casualties", "ukraine", 58000, None, "more_than", ["Russia's Defense Ministry", "Russian Defense Ministry", "Defense Ministry", "Russia"],
         "Ukraine has lost more than 58,000 servicemen killed and wounded in the Kursk region", False),
        ("killed", "russia", 90000, None, "more_than", ["Mediazona", "BBC News Russian", "BBC"],
         "confirmed the names of more than 90,000 Russian soldiers killed", False),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded in the Kursk fighting", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "among them some 600 dead", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "the roughly 300 the agency reported in January", False),
        ("troops", "north_korea", 11000, None, "about", UNATTR,
         "Pyongyang sent roughly 11,000 soldiers to the Kursk region last autumn", False),
        ("troops", "north_korea", 2000, 9999, "vague", UNATTR,
         "followed up with several thousand reinforcements", True),
    ],
    "012": [
        ("casualties", "north_korea", 6000, None, "more_than", ["Britain's defence intelligence", "defence intelligence", "Britain", "UK", "United Kingdom", "Ministry of Defence"],
         "North Korean forces had probably suffered more than 6,000 casualties", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "South Korea's spy agency put the toll at about 4,700", False),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
         "roughly two thousand North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2000, 9999, "vague", NIS + ["Lee Seong-kweun"],
         "the number of wounded ran to several thousand", True),
        ("captured", "north_korea", 2, None, "exact", UNATTR,
         "The two North Korean soldiers captured by Ukraine in January", False),
    ],
}

NOT = {
    "000": ["about 10,000 by December", "up to 12K troops", "0.25 percentage point", "2,599.62",
            "past 1 million copies", "between Oct. 8 and 13"],
    "001": ["more than 16,000 containers of munitions", "roughly 30 miles of the line of contact",
            "October 31, 2024", "4:03 P.M. EST"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "1,450 per dollar", "1.7 trillion won", "Dec. 18"],
    "004": ["78 missiles, 106 drones", "community of 15,000 members", "USD 41.93", "Aug. 6"],
    "005": ["born in 2005", "Record 3.68 million foreign visitors", "40 billion yen", "1 min 24 sec"],
    "007": ["aged 20 and 26", "June 2024"],
    "008": ["around 500 square kilometers", "about 1,300 square kilometers", "$2 a month",
            "Key Rate at 21%", "88 per Dollar"],
    "010": ["June 2024", "5,000-ton destroyer"],
    "012": ["1,000 sappers", "5,000 military construction workers", "6,000 military builders and deminers",
            "58 Ukrainian drones", "C$2bn", "Comments (287)", "18th package"],
    "013": ["1,000 deminers and 5,000 military builders", "28 trillion won ($20 billion)",
            "Sept. 3 parade", "above 3,200"],
}

OFF = ["002", "006", "011", "014"]
DUP = {"009": "004"}

conflicts = {
    "must": [
        ["001-2", "001-3", "about 8,000 North Korean troops in Kursk (US official) against eleven thousand in Kursk (Zelensky), in the same briefing on the same day"],
        ["003-1", "004-1", "around 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,800 (Zelensky, Dec 27), four days apart"],
    ],
    "may": [
        ["000-1", "001-1", "about 3,000 sent so far (Oct 23) against about 10,000 in Russia (Nov 5): deployment still growing"],
        ["000-1", "001-2", "about 3,000 (Oct 23) against about 8,000 in Kursk (Nov 5): deployment still growing"],
        ["000-1", "001-3", "about 3,000 (Oct 23) against 11,000 in Kursk (Nov 5): deployment still growing"],
        ["000-1", "004-2", "about 3,000 (Oct 2024) against 11,000-12,000 (Dec 2024), two months apart"],
        ["000-1", "010-4", "about 3,000 (Oct 2024) against roughly 11,000 sent last autumn (Apr 2025), months apart"],
        ["001-1", "001-3", "about 10,000 in Russia overall (US) against 11,000 in Kursk (Zelensky): different scopes"],
        ["001-1", "004-2", "about 10,000 (Nov 5) against 11,000-12,000 (Dec 27), seven weeks apart"],
        ["001-1", "010-4", "about 10,000 (Nov 2024) against roughly 11,000 (Apr 2025), months apart"],
        ["001-2", "004-2", "about 8,000 in Kursk (Nov 5) against 11,000-12,000 (Dec 27), seven weeks apart"],
        ["001-2", "010-4", "about 8,000 (Nov 2024) against roughly 11,000 (Apr 2025), months apart"],
        ["008-1", "001-1", "another 3,000 or so (an additional force) against the first deployment"],
        ["008-1", "001-2", "another 3,000 or so (an additional force) against the first deployment"],
        ["008-1", "001-3", "another 3,000 or so (an additional force) against the first deployment"],
        ["008-1", "004-2", "another 3,000 or so (an additional force) against the first deployment"],
        ["008-1", "010-4", "another 3,000 or so (an additional force) against the first deployment"],
        ["003-1", "010-1", "1,100 casualties (JCS, Dec 2024) against about 4,700 (NIS, Apr 2025), months apart"],
        ["003-1", "012-2", "1,100 casualties (JCS, Dec 2024) against about 4,700 (NIS, Apr 2025), months apart"],
        ["003-1", "012-1", "1,100 casualties (Dec 2024) against more than 6,000 (UK, Jun 2025), months apart"],
        ["010-1", "012-1", "about 4,700 casualties (NIS, end of April) against more than 6,000 (UK, June), seven weeks apart"],
        ["012-2", "012-1", "about 4,700 casualties (NIS, end of April) against more than 6,000 (UK, June), seven weeks apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
