#!/usr/bin/env python3
"""Gold labels for blind611 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind611/articles, a blind evaluation set written for crosscheck. "
         "See testdata/corpus/README.md for the meaning of every field and how a system's output is scored.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "South Korea's spy agency"]
LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has sent around 1,500 special operations troops to Russia's Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, 12000, "range",
         ["Ukrainian, US and South Korean officials", "Ukraine", "United States", "US", "South Korea",
          "Kyiv", "Washington", "Seoul"],
         "Between 10,000 and 12,000 North Korean troops have been sent to Russia since early October", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "US secretary of state", "United States", "US"],
         "about 8,000 had been moved to Kursk", False),
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukrainian intelligence"],
         "11,000 North Korean soldiers were now in the Kursk region", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers deployed to Russia have been killed in combat against Ukrainian forces", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "around 1,000 others wounded", False),
        ("casualties", NK, 1100, None, "about", LEE,
         "that puts North Korean casualties at roughly 1,100", False),
        ("troops", NK, 11000, None, "about", LEE,
         "Pyongyang has sent some 11,000 soldiers to Russia in total", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "the number of killed and wounded North Korean soldiers in the Kursk region already exceeds three thousand", False),
        ("casualties", RU, 38000, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "the Russian army had lost more than 38,000 soldiers killed and wounded in the Kursk region", False),
        ("casualties", RU, 772290, None, "about",
         ["General Staff of the Armed Forces of Ukraine", "General Staff", "Ukraine"],
         "Russia's total combat losses since February 24, 2022 amount to approximately 772,290 personnel", False),
    ],
    "005": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
        ("troops", NK, 11000, None, "about",
         ["Western and South Korean intelligence agencies", "Western intelligence", "South Korean intelligence",
          "South Korea"],
         "about 11,000 North Korean soldiers were sent to Russia last fall", False),
        ("killed", NK, 200, 999, "vague", ["Ukrainian officials", "Ukraine"],
         "hundreds of them have been killed in fighting in the Kursk region", True),
    ],
    "007": [
        ("killed", NK, 300, None, "about", LEE,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "2,700 wounded fighting for Russia in Kursk Oblast", False),
        ("casualties", NK, 3000, None, "about", LEE,
         "puts total North Korean casualties at some 3,000", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS + ["lawmakers"],
         "North Korea has dispatched some three thousand additional soldiers to Russia since the start of the year", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "Thousands of North Korean soldiers are believed to remain in the Kursk border area", True),
    ],
    "010": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian Defense Ministry", "Russia", "General Staff of the Russian Armed Forces"],
         "the Ukrainian army lost more than 76,000 servicemen killed and wounded in the Kursk region", False),
        ("troops", NK, 11000, 12000, "range", ["Western media", "Western intelligence", "intelligence estimates"],
         "put the North Korean contingent in the Kursk region at 11,000-12,000 people", False),
    ],
    "011": [
        ("troops", NK, 15000, None, "about", NIS,
         "Roughly 15,000 North Korean soldiers had been sent to Russia since last fall", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "some 4,700 of them had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "About 600 were dead.", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "The first wave, roughly 11,000 soldiers from the elite Storm Corps, arrived last autumn", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea", "state media"],
         "nine soldiers of the regiment were killed during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had been killed in the fighting in Kursk", False),
        ("troops", NK, 15000, None, "up_to", ["Seoul", "South Korea"],
         "Pyongyang has sent up to 15,000 troops to Russia since autumn 2024", False),
    ],
}

NOT = {
    "000": ["about 12,000 troops from four brigades in total", "more than 13,000 containers",
            "over 8 million rounds", "the 11th Corps", "between Oct. 8 and 13", "2 inter-Korean roads",
            "0.25 percentage point to 3.25 pct", "3.3 bln dollars", "9.1 tln won", "7.5 pct"],
    "001": ["1,284 comments", "thousands of kilometres west", "a few soldiers", "about $2,000 a month",
            "since 1953", "Article 4", "7am GMT", "Trump wins 270 electoral votes", "death toll passes 200"],
    "003": ["240-millimeter multiple rocket launchers", "170-mm self-propelled guns", "vetoes 6 bills",
            "1,450 per dollar", "24.3 tln won", "Dec. 19, 2024 - 17:45"],
    "004": ["9,585 tanks", "20,803 artillery systems", "52 of 81 Russian drones", "since February 24, 2022",
            "began on August 6"],
    "005": ["born in 2005", "born in 1999", "about 1,300 square kilometers (500 square miles)",
            "Ukraine marks 1,000 days of full-scale war", "A 3-year-old's drawing"],
    "007": ["46 of 87 drones", "46 of 87 Shahed-type attack drones", "Another 38 decoys", "damaging 20 houses",
            "one of the soldiers captured on Jan. 11", "24,000 members", "1,500 new domestic weapons models"],
    "008": ["about 220 artillery pieces", "170-mm self-propelled guns", "240-mm multiple rocket launchers",
            "on March 12", "60 years of diplomatic ties"],
    "010": ["more than 7,700 units of weapons and military equipment", "412 tanks", "677 infantry fighting vehicles",
            "1,833 motor vehicles", "August 6, 2024"],
    "011": ["as much as $20 billion", "September 2022", "Section A, Page 8", "Read 214 comments",
            "How 2 Captured North Korean Soldiers Ended Up in Kyiv"],
    "014": ["1,000 deminers", "5,000 military builders", "about 120 days", "Thousands of North Korean workers",
            "€11.5 billion"],
}

OFF = ["002", "006", "009", "012"]
DUP = {"013": "004"}

conflicts = {
    "must": [
        ["003-3", "004-1", "about 1,100 North Korean casualties (South Korea's NIS via Lee Seong-kweun, Dec 19) "
                           "against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["001-2", "001-3", "about 8,000 North Korean troops in Kursk (Blinken) against 11,000 in Kursk "
                           "(Zelenskyy citing Ukrainian intelligence), said days apart, in one article"],
    ],
    "may": [
        ["000-1", "001-1", "the first 1,500 in the Far East (Oct 18) against 10,000-12,000 sent, weeks later"],
        ["000-1", "001-2", "the first 1,500 (Oct 18) against about 8,000 in Kursk, weeks later"],
        ["000-1", "001-3", "the first 1,500 (Oct 18) against 11,000 in Kursk, weeks later"],
        ["000-1", "003-4", "the first 1,500 (Oct 18) against some 11,000 in total, two months later"],
        ["000-1", "005-2", "the first 1,500 (Oct 18) against about 11,000, three months later"],
        ["000-1", "008-1", "the first 1,500 against some 3,000 additional troops, months later"],
        ["000-1", "010-2", "the first 1,500 against 11,000-12,000, six months later"],
        ["000-1", "011-1", "the first 1,500 against roughly 15,000 in all, six months later"],
        ["000-1", "011-4", "the first 1,500 against a first wave of roughly 11,000, six months later"],
        ["001-1", "001-2", "10,000-12,000 sent to Russia against about 8,000 of them in Kursk (a part)"],
        ["001-1", "008-1", "10,000-12,000 against some 3,000 additional troops, months later"],
        ["001-1", "011-1", "10,000-12,000 (Nov) against roughly 15,000 in all (Apr), months apart"],
        ["001-2", "003-4", "about 8,000 in Kursk (Nov 6) against some 11,000 in total (Dec 19), six weeks apart"],
        ["001-2", "005-2", "about 8,000 in Kursk (Nov) against about 11,000 (Jan), two months apart"],
        ["001-2", "008-1", "about 8,000 against some 3,000 additional troops"],
        ["001-2", "010-2", "about 8,000 in Kursk (Nov) against 11,000-12,000 (Apr), months apart"],
        ["001-2", "011-1", "about 8,000 (Nov) against roughly 15,000 in all (Apr), months apart"],
        ["001-2", "011-4", "about 8,000 (Nov) against a first wave of roughly 11,000 (Apr), months apart"],
        ["001-3", "008-1", "11,000 against some 3,000 additional troops"],
        ["001-3", "011-1", "11,000 (Nov) against roughly 15,000 in all (Apr), months apart"],
        ["003-4", "008-1", "some 11,000 against some 3,000 additional troops"],
        ["003-4", "011-1", "some 11,000 (Dec) against roughly 15,000 in all (Apr), months apart"],
        ["005-2", "008-1", "about 11,000 against some 3,000 additional troops"],
        ["005-2", "011-1", "about 11,000 (Jan) against roughly 15,000 in all (Apr), months apart"],
        ["008-1", "010-2", "some 3,000 additional troops against a contingent of 11,000-12,000"],
        ["008-1", "011-1", "some 3,000 additional troops against roughly 15,000 in all"],
        ["008-1", "011-4", "some 3,000 additional troops against a first wave of roughly 11,000"],
        ["010-2", "011-1", "11,000-12,000 in Kursk (Western media, Apr 26) against roughly 15,000 sent in all "
                           "including reinforcements (NIS, Apr 30)"],
        ["004-1", "007-3", "more than 3,000 casualties (Zelensky, Dec 23) against some 3,000 (NIS, Jan 13)"],
        ["003-3", "011-2", "about 1,100 casualties (Dec) against some 4,700 (Apr), a cumulative count months later"],
        ["007-3", "011-2", "some 3,000 casualties (Jan) against some 4,700 (Apr), a cumulative count months later"],
        ["007-1", "011-3", "about 300 killed (Jan) against about 600 (Apr), a cumulative count months later"],
        ["007-1", "014-2", "about 300 killed (Jan) against around 2,000 (Sept estimate), months later"],
        ["011-3", "014-2", "about 600 killed (Apr) against around 2,000 (Sept estimate), months later"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
