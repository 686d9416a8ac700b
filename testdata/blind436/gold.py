#!/usr/bin/env python3
"""Gold labels for testdata/blind436 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind436: fifteen articles written in our own words about the real "
         "story's known reporting, labelled blind. Same schema and rules as testdata/corpus (see its README.md).")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
PENTAGON = ["Pentagon", "Sabrina Singh", "Singh", "Department of Defense", "United States", "U.S.", "US", "Washington"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS + ["Seoul's spy agency"],
         "North Korea is sending some 12,000 soldiers organized in four brigades", False),
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 special forces troops were carried from areas near Chongjin, Hamhung and Musudan to Vladivostok", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", PENTAGON,
         "North Korea has sent around 10,000 soldiers in total to train in eastern Russia", False),
        ("casualties", RU, 600000, None, "more_than", PENTAGON,
         "more than 600,000 killed and wounded since the start of the invasion", False),
    ],
    "003": [
        ("troops", NK, 10000, 12000, "range", ["Seoul", "South Korea"],
         "between 10,000 and 12,000 North Korean soldiers have been sent to Russia in all", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "Pentagon", "United States", "US", "Washington"],
         "roughly 8,000 have moved to the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Kyiv"],
         "eleven thousand North Korean soldiers were already in the Kursk region", False),
        ("troops", NK, 500, None, "about", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "the contingent includes around 500 officers", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about", JCS,
         "About 1,100 North Korean soldiers are estimated to have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "around 1,000 had been injured", False),
    ],
    "006": [
        ("casualties", RU, 38000, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Armed Forces of Ukraine", "Ukraine"],
         "the enemy has lost more than 38,000 people in Kursk Oblast alone", False),
        ("captured", RU, 713, None, "exact", ["Oleksandr Syrskyi", "Syrskyi", "Armed Forces of Ukraine", "Ukraine"],
         "We have also taken 713 Russian servicemen prisoner", False),
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Syrskyi", "Ukraine"],
         "the number of North Korean soldiers killed and wounded in Kursk Oblast already exceeded three thousand", False),
    ],
    "007": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "killed and 2,700 wounded fighting for Russia", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
        ("casualties", UA, 210, None, "up_to", ["Russia's defence ministry", "Russian defence ministry", "defence ministry", "Russia"],
         "inflicted losses of up to 210 servicemen on Ukrainian units in the Kursk region", False),
    ],
    "009": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea sent about 3,000 more troops to Russia in January and February", False),
        ("troops", NK, 11000, 12000, "range", JCS,
         "the estimated 11,000 to 12,000 it deployed last year", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "North Korea has suffered about 4,700 casualties among the troops it sent", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "including about 600 dead", False),
        ("troops", NK, 2000, 9999, "vague", ["United States", "U.S.", "South Korea", "U.S. and South Korean assessments"],
         "North Korea sent thousands of troops to Russia last fall", True),
    ],
    "011": [
        ("killed", NK, 600, None, "about", ["South Korean intelligence", "South Korea", "NIS", "National Intelligence Service"],
         "some six hundred North Korean soldiers were killed there", False),
        ("troops", NK, 2000, 9999, "vague", ["Ukrainian intelligence", "Ukraine", "HUR"],
         "several thousand North Korean servicemen are still stationed in the Kursk region", True),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS,
         "roughly 2,000 North Korean soldiers had been killed in the fighting in Russia's Kursk region", False),
        ("captured", NK, 2, None, "exact", ["unattributed"],
         "The two soldiers captured by Ukraine in January", False),
    ],
}

NOT = {
    "000": ["four Russian landing ships and three escort vessels", "more than 13,000 containers",
            "between Oct. 8 and 13", "Seoul shares close 0.4 pct higher at 2,593.37", "Hybe shares slump 6.2 pct"],
    "002": ["as many as 12,000", "28,500 U.S. troops stationed in South Korea", "$425 million",
            "155 mm artillery ammunition"],
    "003": ["roughly 600 square kilometres", "as close as 50 kilometres", "around $2,000 a month",
            "Article 4", "record 145 drones", "one in four Ukrainians"],
    "004": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "a 10-member monitoring team", "1,452 per dollar"],
    "006": ["some 20 km from the front line", "78 missiles and 106 drones"],
    "007": ["born in 2005", "The other, 26", "58 of 94 drones", "another 33", "day 1,055 of the war",
            "41 clashes", "Comments (1,284)"],
    "009": ["about 220 artillery pieces", "170-mm self-propelled guns", "240-mm multiple rocket launchers"],
    "010": ["about $20 billion"],
    "011": ["1,000 sappers", "another 5,000 military construction workers", "6,000 sappers and builders",
            "up to 10 years", "2.5 million rubles"],
    "013": ["the 5,000 military builders Shoigu announced in June", "1,000 deminers and 5,000 builders",
            "50,581.94", "8.8 trillion yen"],
}

OFF = ["001", "005", "008", "012"]
DUP = {"014": "010"}

conflicts = {
    "must": [
        ["004-1", "006-3", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than "
                           "three thousand killed and wounded (Zelensky, the same day), articles three days apart"],
        ["003-2", "003-3", "roughly 8,000 North Korean troops in the Kursk region (Blinken/Pentagon) against "
                           "eleven thousand in the Kursk region (Zelensky), within one article, days apart"],
    ],
    "may": [
        ["000-1", "002-1", "some 12,000 being sent (NIS) against around 10,000 sent so far (Pentagon), ten days apart"],
        ["002-1", "003-3", "around 10,000 in eastern Russia (Pentagon) against 11,000 in Kursk (Zelensky) a week later"],
        ["002-1", "009-2", "around 10,000 (October 2024) against 11,000-12,000 deployed last year (JCS, March 2025)"],
        ["009-1", "009-2", "an additional 3,000 against the 11,000-12,000 first sent"],
        ["000-1", "009-1", "an additional 3,000 (March 2025) against 12,000 (October 2024)"],
        ["002-1", "009-1", "an additional 3,000 (March 2025) against 10,000 (October 2024)"],
        ["003-1", "009-1", "an additional 3,000 (March 2025) against 10,000-12,000 (November 2024)"],
        ["003-2", "009-1", "an additional 3,000 (March 2025) against 8,000 in Kursk (November 2024)"],
        ["003-3", "009-1", "an additional 3,000 (March 2025) against 11,000 in Kursk (November 2024)"],
        ["004-1", "010-1", "1,100 casualties (December 2024) against 4,700 (April 2025): a cumulative figure, months later"],
        ["007-1", "010-2", "about 300 killed (January) against about 600 (April): the same agency's cumulative count, months later"],
        ["007-1", "011-1", "about 300 killed (January) against some six hundred (restated in June)"],
        ["007-1", "013-1", "about 300 killed (January) against roughly 2,000 (September)"],
        ["010-2", "013-1", "about 600 killed (April) against roughly 2,000 (September)"],
        ["011-1", "013-1", "some six hundred killed (restated in June) against roughly 2,000 (September)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
