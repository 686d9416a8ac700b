#!/usr/bin/env python3
"""Gold labels for testdata/blind535 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind535: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, in the format of testdata/corpus (see its README.md).")

NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service",
       "South Korean intelligence", "spy agency", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"]
HUR = ["Defense Intelligence", "Defence Intelligence", "military intelligence", "HUR",
       "Ukraine's military intelligence", "Ukrainian intelligence", "Ukraine", "Kyiv"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]

A = {
    "001": [
        ("troops", "north_korea", 10000, None, "more_than", NIS + ["Park Sun-won"],
         "the number of North Korean troops sent to Russia has since grown to more than 10,000", False),
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "has put the number of North Korean soldiers in Kursk alone at 11,000", False),
        ("troops", "russia", 50000, None, "about", ZEL,
         "Russia had massed about 50,000 troops in the region", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "the North Korean force includes about 500 officers", False),
    ],
    "002": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff",
          "Russian Defense Ministry", "Russia"],
         "the losses of the Ukrainian armed forces in the Kursk area since the start of the incursion in August 2024 exceeded 76,000 servicemen", False),
    ],
    "003": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "About 3,000 North Korean soldiers have already been sent to Russia", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "a first contingent of some 1,500 special operations troops", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "up to 12,000 North Korean troops are undergoing training", False),
    ],
    "005": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers had been killed or wounded", False),
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died in combat", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "about 1,000 had been wounded", False),
        ("casualties", "north_korea", 200, 900, "vague", ["Ukrainian officials", "Ukraine"],
         "North Korean units losing hundreds of men in a single day", True),
    ],
    "006": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Our soldiers have captured two North Korean servicemen in the Kursk region", False),
    ],
    "007": [
        ("casualties", "russia", 38000, None, "about",
         ["Oleksandr Syrskyi", "Syrskyi", "Commander-in-Chief", "Armed Forces of Ukraine", "Ukraine"],
         "Russia's losses since the start of Ukraine's operation in Kursk Oblast have reached about 38,000 troops killed, wounded and captured", False),
        ("captured", "russia", 700, None, "more_than",
         ["Oleksandr Syrskyi", "Syrskyi", "Armed Forces of Ukraine", "Ukraine"],
         "more than 700 Russian servicemen have been taken prisoner", False),
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
         "preliminary figures showed North Korean losses, dead and wounded together, had passed 3,000", False),
    ],
    "008": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "some 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "about 2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "putting Pyongyang's overall losses at roughly 3,000", False),
        ("casualties", "north_korea", 4000, None, "more_than", HUR,
         "North Korea has lost more than four thousand troops killed and wounded", False),
        ("captured", "north_korea", 2, None, "exact", ZEL + ["NIS"],
         "his forces had captured two North Korean soldiers", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed", "analysts"],
         "the roughly eleven thousand troops Pyongyang sent last autumn", False),
    ],
    "011": [
        ("troops", "north_korea", 10000, 12000, "range", NIS,
         "Estimates of the first wave, which arrived in Russia in October and November 2024, range between 10,000 and 12,000", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "another 3,000 or so arrived as reinforcements", False),
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "Roughly 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweun"],
         "about 600 of them fatally", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine", "DW"],
         "Soldiers captured by Ukraine: 2", False),
    ],
    "012": [
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "North Korea sent thousands of combat troops to Russia", True),
        ("killed", "north_korea", 600, None, "about", ["South Korean officials", "South Korea", "Seoul"],
         "about 600 North Korean soldiers have died", False),
        ("wounded", "north_korea", 2000, 9999, "vague", ["South Korean officials", "South Korea", "Seoul"],
         "thousands more were wounded", True),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS,
         "About 2,000 North Korean soldiers, according to South Korea's National Intelligence Service, have been killed", False),
        ("wounded", "north_korea", 2000, 9999, "vague", ["Ukrainian officials", "Ukraine"],
         "several thousand more have been wounded", True),
    ],
}

NOT = {
    "001": ["more than 13,000 containers", "170-millimeter self-propelled guns",
            "240-millimeter multiple rocket launchers", "W50,000", "522,670 test-takers", "W2.6m a month",
            "3 trillion won"],
    "002": ["more than 7,700 pieces of weaponry and military equipment", "417 tanks",
            "283 infantry fighting vehicles", "August 6, 2024", "two more communities", "12 bln rubles"],
    "003": ["about 10,000 by December", "between Oct. 8 and 13", "five locations", "early 20s",
            "13 tril. yen"],
    "005": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "11 Chinese, Russian warplanes", "14%"],
    "006": ["Day 1,054", "74 Shahed-type attack drones", "47 of them", "27 decoys",
            "killed two residents and wounded five", "born in 2005", "born in 1999", "2.2 trillion hryvnias"],
    "007": ["23 December"],
    "008": ["38,474.30", "157.62", "6.5 trillion won", "4th straight month", "August 2024"],
    "011": ["June 19, 2024", "April 26, 2025", "April 28, 2025"],
    "012": ["1,000 deminers", "5,000 military construction workers", "6,000 deminers and builders",
            "440 drones and 32 missiles"],
    "013": ["Kim, 41", "1.4m fans", "40C"],
}

OFF = ["000", "004", "009", "010"]
DUP = {"014": "005"}

conflicts = {
    "must": [
        ["005-1", "007-3", "about 1,100 casualties (South Korea's JCS, 23 Dec 2024) against more than 3,000 "
         "killed and wounded (Zelensky, same day), in articles four days apart"],
        ["008-3", "008-4", "roughly 3,000 casualties (NIS) against more than 4,000 (Ukraine's military "
         "intelligence), same article, same week"],
    ],
    "may": [
        ["003-1", "001-2", "about 3,000 sent (NIS, 23 Oct) against 11,000 in Kursk (Zelensky, three weeks later) "
         "while the deployment was still growing"],
        ["003-1", "008-6", "about 3,000 (NIS, Oct 2024) against roughly eleven thousand, three months later"],
        ["003-1", "011-1", "about 3,000 (Oct 2024) against a first wave of 10,000-12,000, six months later"],
        ["011-2", "001-1", "another 3,000 or so reinforcements against more than 10,000: an additional force"],
        ["011-2", "001-2", "another 3,000 or so reinforcements against 11,000: an additional force"],
        ["011-2", "008-6", "another 3,000 or so reinforcements against roughly eleven thousand: an additional force"],
        ["011-2", "011-1", "another 3,000 or so reinforcements against a first wave of 10,000-12,000: an additional force"],
        ["005-1", "008-3", "about 1,100 casualties (JCS, Dec) against roughly 3,000 (NIS), three weeks later: a rising count"],
        ["005-1", "008-4", "about 1,100 casualties (JCS, Dec) against more than 4,000 (Ukraine), three weeks later"],
        ["005-1", "011-3", "about 1,100 casualties (Dec 2024) against roughly 4,700 (Apr 2025), months apart"],
        ["007-3", "008-3", "more than 3,000 (Zelensky, Dec) against roughly 3,000 (NIS, Jan): borderline"],
        ["008-3", "011-3", "roughly 3,000 casualties (NIS, Jan) against roughly 4,700 (NIS, Apr): months apart, a rising count"],
        ["005-3", "008-2", "about 1,000 wounded (NIS, Dec) against about 2,700 (NIS, Jan): the same agency's later count"],
        ["008-1", "011-4", "some 300 killed (NIS, Jan) against about 600 (NIS, Apr): months apart"],
        ["008-1", "012-2", "some 300 killed (Jan) against about 600 (Jun): months apart"],
        ["008-1", "013-1", "some 300 killed (Jan) against about 2,000 (Sep): months apart"],
        ["011-4", "013-1", "about 600 killed (Apr) against about 2,000 (Sep): months apart"],
        ["012-2", "013-1", "about 600 killed (Jun) against about 2,000 (Sep): months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
