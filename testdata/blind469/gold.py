#!/usr/bin/env python3
"""Gold labels for testdata/blind469 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]
US = ["Antony Blinken", "Blinken", "United States", "US", "U.S.", "Washington", "State Department"]

about = ("Gold labels for testdata/blind469: 15 articles written in our own words about the real story's "
         "known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has moved about 1,500 special operations troops to Russia's Far East", False),
        ("troops", NK, 10000, None, "up_to", ZEL + ["Ukrainian intelligence"],
         "up to 10,000 North Korean soldiers were already on Russian soil", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", US,
         "About 8,000 North Korean soldiers have moved into Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", US,
         "roughly 10,000 North Korean troops are in Russia altogether", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in the Kursk region", False),
        ("casualties", RU, 200000, 999999, "vague", ["Kyiv", "Ukraine"],
         "losing hundreds of thousands of men since February 2022", True),
    ],
    "004": [
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed fighting Ukrainian forces in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "another thousand or so have been wounded", False),
        ("casualties", NK, 200, 999, "vague", NIS_LEE,
         "drones had accounted for hundreds of the casualties", True),
        ("troops", NK, 11000, None, "about", NIS,
         "a force of some eleven thousand troops", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi"],
         "North Korean losses in Kursk – dead and injured combined – have now passed 3,000", False),
        ("casualties", NK, 1100, None, "about",
         ["South Korea's joint chiefs of staff", "joint chiefs of staff", "JCS", "South Korea", "Seoul"],
         "around 1,100 North Korean soldiers had been killed or wounded", False),
        ("casualties", RU, 1550, None, "exact", ["Ukraine's general staff", "general staff", "Ukraine"],
         "Russia lost another 1,550 troops over the past 24 hours", False),
    ],
    "007": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had taken two North Korean soldiers prisoner in the Kursk region", False),
        ("killed", NK, 300, None, "about", NIS,
         "some 300 North Korean soldiers have died in Kursk", False),
        ("wounded", NK, 2700, None, "exact", NIS,
         "another 2,700 have been wounded", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "roughly three thousand casualties", False),
        ("casualties", NK, 1100, None, "exact", ["Joint Chiefs", "JCS", "South Korea", "Seoul"],
         "the 1,100 figure Seoul's Joint Chiefs put out just before Christmas", False),
    ],
    "008": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen in the Kursk Region", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "North Korea's battlefield casualties in Russia's war against Ukraine have reached about 4,700", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "including some 600 deaths", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "the roughly 3,000 casualties the agency estimated in January", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "the North has sent roughly 15,000 troops to Russia in total", False),
        ("troops", NK, 3000, None, "about", NIS_LEE,
         "some three thousand reinforcements dispatched in January and February", False),
    ],
    "011": [
        ("troops", NK, 11000, 12000, "range", ["South Korean and Western estimates", "South Korea", "Western estimates"],
         "Pyongyang sent between 11,000 and 12,000 combat troops to Kursk last autumn", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "around 4,700 of those soldiers were killed or wounded", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "Around 2,000 North Korean soldiers have been killed in Russia's war against Ukraine", False),
        ("wounded", NK, 2000, 9999, "vague", NIS,
         "several thousand more have been wounded", True),
        ("troops", NK, 15000, None, "about", ["unattributed"],
         "North Korea is believed to have sent roughly 15,000 soldiers to Russia since October 2024", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "The two North Korean soldiers captured by Ukraine in January", False),
    ],
}

NOT = {
    "000": ["a total of around 12,000 troops", "four brigades", "between Oct. 8 and 13",
            "one large landing ship and three escort vessels", "Won closes at 1,371.6 vs. dollar",
            "N. Korea could send as many as 12K troops to help Russia", "2,593.82"],
    "002": ["about 90 kilometers (55 miles)", "another $425 million in weapons", "Russia launched 62 drones overnight",
            "Early voting tops 60 million"],
    "003": ["Views: 4,312", "Russia Loses 1,320 Troops in a Day", "600-Mile Front Line", "200 km Inside Russia",
            "from $4.99 a month"],
    "004": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "in their early 20s",
            "2.5 trillion won", "1,450 per dollar", "2 million views"],
    "006": ["52 of the 78 drones", "a further 24", "a population of about 18,000", "52 vessels",
            "1,204 comments", "2,000 flights cancelled", "The 50 best films of 2024"],
    "007": ["born in 2005", "the other, 26", "since 2021", "$850 billion defense budget", "$1 billion drive",
            "thousands of cheap drones"],
    "008": ["over 7,700 pieces of weaponry and military hardware", "417 tanks", "2,800 armored vehicles",
            "about 1,300 square kilometers", "Article 4", "June 19, 2024", "August 6, 2024",
            "Death toll from port explosion in Iran rises to 57", "21% per annum"],
    "010": ["170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers", "2,556.61",
            "25 million subscribers"],
    "011": ["1,000 military deminers", "5,000 military construction workers", "6,000 deminers and builders",
            "38,536.74", "2,950.30", "10 years or more", "100 billion rubles ($1.27 billion)",
            "$1.9bn order for 12 LNG carriers", "fall 1.7%"],
    "014": ["1,000 deminers", "5,000 military construction workers", "€9 billion a year", "100 days in office"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"012": "010"}

conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, US, Oct 31) against 11,000 in Kursk "
                           "(Zelensky, Nov 4), five days apart"],
        ["006-1", "006-2", "more than 3,000 North Korean casualties (Zelenskyy) against around 1,100 (South Korea's JCS), "
                           "same day, same article"],
    ],
    "may": [
        ["000-1", "002-1", "first batch of 1,500 (Oct 18) against 8,000 in Kursk two weeks later: build-up in progress"],
        ["000-1", "002-2", "first batch of 1,500 against about 10,000 in Russia two weeks later"],
        ["000-1", "003-1", "first batch of 1,500 against 11,000 in Kursk, eighteen days later"],
        ["000-1", "004-4", "1,500 in October against some 11,000 in December"],
        ["000-1", "010-4", "1,500 in October 2024 against 15,000 in total, months later"],
        ["000-1", "010-5", "first batch against an additional force of 3,000, months later"],
        ["000-1", "011-1", "1,500 first batch against 11,000-12,000, months later"],
        ["000-1", "014-3", "1,500 first batch against 15,000 in all, a year later"],
        ["000-2", "003-1", "up to 10,000 (mid-October) against 11,000 (Nov 4): build-up in progress"],
        ["000-2", "004-4", "up to 10,000 in October against some 11,000 in December"],
        ["000-2", "010-4", "up to 10,000 in October against 15,000 in total, months later"],
        ["000-2", "011-1", "up to 10,000 against 11,000-12,000, months later"],
        ["000-2", "014-3", "up to 10,000 against 15,000, a year later"],
        ["002-1", "004-4", "8,000 in Kursk (Oct 31) against some 11,000 sent (Dec 19), seven weeks apart"],
        ["002-1", "010-4", "8,000 against 15,000 in total, six months apart"],
        ["002-1", "010-5", "8,000 against an additional 3,000"],
        ["002-1", "011-1", "8,000 against 11,000-12,000, months apart"],
        ["002-1", "014-3", "8,000 against 15,000, ten months apart"],
        ["002-2", "003-1", "about 10,000 in Russia against 11,000 in Kursk, five days apart, close values"],
        ["002-2", "004-4", "about 10,000 against some 11,000, seven weeks apart"],
        ["002-2", "010-4", "10,000 against 15,000 in total, months apart"],
        ["002-2", "010-5", "10,000 against an additional 3,000"],
        ["002-2", "011-1", "about 10,000 against 11,000-12,000"],
        ["002-2", "014-3", "10,000 against 15,000, ten months apart"],
        ["003-1", "010-4", "11,000 (Nov 2024) against 15,000 in total including reinforcements (Apr 2025)"],
        ["003-1", "010-5", "11,000 against an additional 3,000"],
        ["003-1", "014-3", "11,000 against 15,000, ten months apart"],
        ["004-4", "010-4", "some 11,000 (Dec) against 15,000 in total after reinforcements (Apr)"],
        ["004-4", "010-5", "11,000 against an additional 3,000"],
        ["004-4", "014-3", "11,000 against 15,000, months apart"],
        ["010-4", "011-1", "15,000 in total against 11,000-12,000 combat troops sent last autumn"],
        ["010-5", "011-1", "an additional 3,000 against 11,000-12,000 sent earlier"],
        ["010-5", "014-3", "an additional 3,000 against 15,000 in all"],
        ["011-1", "014-3", "11,000-12,000 last autumn against 15,000 in all since October 2024"],
        ["006-1", "007-5", "the same Zelenskyy-JCS disagreement, JCS figure restated three weeks later"],
        ["006-1", "007-4", "more than 3,000 against roughly 3,000"],
        ["006-1", "010-3", "more than 3,000 against roughly 3,000"],
        ["006-2", "010-1", "1,100 (Dec) against 4,700 (Apr): cumulative, months apart"],
        ["006-2", "010-3", "1,100 (Dec) against 3,000 (Jan, restated in Apr)"],
        ["006-2", "011-2", "1,100 (Dec) against 4,700 (Jun): cumulative, months apart"],
        ["007-5", "010-1", "1,100 against 4,700, months apart"],
        ["007-5", "010-3", "1,100 against 3,000, cumulative"],
        ["007-5", "011-2", "1,100 against 4,700, months apart"],
        ["007-4", "010-1", "3,000 (Jan) against 4,700 (Apr): cumulative rise, months apart"],
        ["007-4", "011-2", "3,000 (Jan) against 4,700 (Jun): cumulative rise, months apart"],
        ["010-3", "011-2", "3,000 (January estimate) against 4,700 (June)"],
        ["007-2", "010-2", "300 killed (Jan) against 600 (Apr): cumulative, months apart"],
        ["007-2", "014-1", "300 killed (Jan) against 2,000 (Sep): cumulative, months apart"],
        ["010-2", "014-1", "600 killed (Apr) against 2,000 (Sep): cumulative, months apart"],
        ["004-2", "014-2", "about 1,000 wounded (Dec 2024) against several thousand (Sep 2025)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
