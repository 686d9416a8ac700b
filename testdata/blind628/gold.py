#!/usr/bin/env python3
"""Gold labels for blind628 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

ABOUT = ("Gold labels for blind628: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. Same schema as corpus/gold.json; see "
         "corpus/README.md for what counts as a claim and a conflict.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", ["National Intelligence Service", "NIS", "South Korea", "spy agency"],
         "some 1,500 special operations troops were carried to the Russian Far East over the past week", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "There are now 11,000 North Korean soldiers in Russia's Kursk Oblast", False),
        ("troops", NK, 12000, None, "up_to", ["Kyrylo Budanov", "Budanov", "HUR", "military intelligence", "Ukraine"],
         "Pyongyang had moved up to 12,000 soldiers into Russia", False),
        ("troops", NK, 500, None, "about", ["Kyrylo Budanov", "Budanov", "HUR", "military intelligence", "Ukraine"],
         "some 500 officers", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered around 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "the spy agency counted at least 100 North Korean soldiers killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "around 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the roughly 11,000 North Korean soldiers in Russia", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Oleksandr Syrskyi"],
         "North Korea's losses in Kursk Oblast have passed three thousand men killed and wounded", False),
        ("casualties", NK, 30, None, "at_least", ["Defence Intelligence", "Defence Intelligence of Ukraine", "HUR", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded over a single weekend", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS,
         "put the number of dead at about 300", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "the wounded at about 2,700", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "the two North Korean soldiers its forces captured in Kursk", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea is thought to have around 11,000 troops in the Kursk region", False),
    ],
    "007": [
        ("troops", NK, 11000, 12000, "range", ["US and South Korean officials", "United States", "US", "South Korea"],
         "put the first wave, which arrived in the autumn of 2024, at between 11,000 and 12,000", False),
        ("troops", NK, 3000, None, "about", JCS,
         "some three thousand more soldiers arrived in January and February", False),
        ("casualties", NK, 2000, 9999, "vague", ["Ukrainian commanders", "Ukraine"],
         "casualties among the North Koreans run into the thousands", True),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 dead", False),
        ("killed", NK, 1000, None, "at_least", ["Western officials", "Western intelligence", "BBC"],
         "put the North Korean death toll at no fewer than 1,000", False),
    ],
    "010": [
        ("troops", NK, 15000, None, "about", ["South Korean intelligence", "South Korea", "National Intelligence Service", "NIS"],
         "North Korea has so far dispatched around 15,000 soldiers to Russia", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea", "Park Sun-won"],
         "Around 2,000 of the soldiers Pyongyang sent have died", False),
        ("wounded", NK, 2000, 9999, "vague", ["National Intelligence Service", "NIS", "South Korea", "Park Sun-won"],
         "several thousand others have been wounded", True),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "Kim Jong Un", "North Korea"],
         "Nine of its servicemen were killed in the line of duty", False),
    ],
}

NOT = {
    "000": ["about 12,000 troops in total", "Four Russian landing ships and three escort vessels",
            "more than 13,000 containers of artillery shells", "about 4 kilometers off Chongjin",
            "between Oct. 8 and 13", "down 6.5 pct", "2,593.82"],
    "002": ["Day 986 of Russia's full-scale war", "a range of up to 300 kilometers", "170-millimeter self-propelled guns",
            "injures 16, including two children", "96 drones at Ukraine overnight, 62 shot down",
            "1,000 days of war", "20,000 members"],
    "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "1,450 per dollar", "Comments (12)",
            "Dec. 27"],
    "004": ["up 1,620 in past day", "59 attack drones downed overnight, 31 lost to electronic warfare", "26.12.2024 13:40"],
    "005": ["aged 20 and 26", "94 Shahed-type attack drones", "47 of the drones were shot down", "16th package of sanctions",
            "more than 10 months old", "Comments (412)"],
    "007": ["four Western officials and three European diplomats", "roughly 10 kilometers from the Ukrainian border",
            "close to $20 billion", "at least 200 long-range artillery pieces", "for about three weeks", "5 takeaways"],
    "008": ["1:52", "two days after Russia's chief of general staff"],
    "010": ["1,000 deminers and 5,000 military construction workers", "his third since March",
            "a stay of less than 24 hours"],
    "012": ["more than four months", "80th anniversary", "3 in 10 young South Koreans"],
    "014": ["more than 120 days", "2 settlements in a day, 1,400 enemy servicemen eliminated"],
}

OFF = ["001", "006", "009", "013"]

DUP = {"011": "010"}

conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23 2024) against more than three thousand killed and wounded (Zelensky, Dec 26 2024): incompatible, same metric and period, three days apart"],
        ["008-2", "008-3", "some 600 North Korean dead (South Korea's NIS) against no fewer than 1,000 killed (Western officials via the BBC), in the same article"],
    ],
    "may": [
        ["002-1", "007-2", "11,000 troops against some 3,000 more sent as reinforcements (an additional force, months later)"],
        ["002-2", "007-2", "up to 12,000 against an additional 3,000"],
        ["003-4", "007-2", "about 11,000 against an additional 3,000"],
        ["005-4", "007-2", "about 11,000 against an additional 3,000"],
        ["007-1", "007-2", "first wave of 11,000-12,000 against some 3,000 more (an additional force)"],
        ["002-1", "010-1", "11,000 (Nov 2024) against about 15,000 in all (Jun 2025), months apart, cumulative"],
        ["002-2", "010-1", "up to 12,000 (Nov 2024) against about 15,000 (Jun 2025), months apart, cumulative"],
        ["003-4", "010-1", "about 11,000 (Dec 2024) against about 15,000 (Jun 2025), months apart, cumulative"],
        ["005-4", "010-1", "about 11,000 (Jan 2025) against about 15,000 (Jun 2025), months apart, cumulative"],
        ["007-1", "010-1", "11,000-12,000 first wave (Mar 2025) against about 15,000 in all (Jun 2025), months apart"],
        ["003-1", "007-3", "about 1,100 casualties (Dec 2024) against casualties 'in the thousands' (Mar 2025, optional): months apart"],
        ["003-1", "008-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): months apart, cumulative rise"],
        ["005-1", "008-2", "about 300 killed (Jan 2025) against some 600 (Apr 2025): same agency, months apart, cumulative rise"],
        ["005-1", "008-3", "about 300 killed (Jan 2025) against no fewer than 1,000 (Western officials, Apr 2025): months apart"],
        ["005-1", "012-1", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025): months apart, cumulative rise"],
        ["008-2", "012-1", "some 600 killed (Apr 2025) against about 2,000 (Sep 2025): same agency, months apart, cumulative rise"],
    ],
}

goldlib.write(ABOUT, A, NOT, OFF, DUP, conflicts)
