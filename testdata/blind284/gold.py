#!/usr/bin/env python3
"""Labels for blind284: fifteen articles written and labelled blind. Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("blind284: fifteen articles about North Korean troops in Russia's Kursk region (Nov 2024 - Dec 2025), "
         "written in our own words in the styles of various outlets and labelled blind")

NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "lawmakers",
       "Lee Seong-kweun", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"]
HUR = ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 10000, None, "more_than", NIS,
         "More than 10,000 North Korean troops are now in Russia", False),
        ("troops", "north_korea", 500, None, "about", NIS,
         "Among them, it said, are about 500 officers", False),
        ("troops", "north_korea", 11000, 12000, "range", HUR,
         "between 11,000 and 12,000 North Korean soldiers had reached Kursk", False),
        ("troops", "russia", 50000, None, "about", ZEL,
         "Moscow had gathered about 50,000 troops in Kursk", False),
    ],
    "001": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("killed", "north_korea", 50, None, "exact",
         ["Special Operations Forces", "Ukraine's Special Operations Forces", "SOF", "Ukraine"],
         "they had killed 50 North Korean soldiers over three days of fighting", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Pyongyang sent an estimated 11,000 troops to Russia in the autumn", False),
    ],
    "002": [
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS,
         "Roughly 1,100 North Korean soldiers have been killed or wounded so far", False),
    ],
    "003": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "up to 12,000 North Korean soldiers have been sent to fight for Russia", False),
    ],
    "004": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "2,700 wounded fighting for Russia against Ukraine", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "put total North Korean casualties at around 3,000", False),
        ("casualties", "north_korea", 4000, None, "more_than", HUR,
         "North Korea's losses in Kursk had already exceeded 4,000 dead and wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS,
         "Ukrainian forces had captured two North Korean soldiers in Kursk last week", False),
    ],
    "007": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Gerasimov", "Valery Gerasimov", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen in the Kursk Region", False),
    ],
    "008": [
        ("casualties", "north_korea", 4700, None, "about", JCS,
         "North Korea has suffered about 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", JCS,
         "including some 600 deaths", False),
        ("troops", "north_korea", 3000, None, "about", JCS,
         "an additional 3,000 or so soldiers to Russia in January and February", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "the roughly 11,000 dispatched last fall", False),
        ("troops", "north_korea", 14000, None, "about", JCS,
         "bringing the total deployment to around 14,000", False),
    ],
    "010": [
        ("killed", "north_korea", 600, None, "at_least", ["Seoul", "South Korea", "South Korean officials"],
         "at least 600 North Korean soldiers have been killed in the fighting", False),
    ],
    "012": [
        ("killed", "north_korea", 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers have died fighting for Russia", False),
        ("wounded", "north_korea", 2000, 9999, "vague", NIS,
         "thousands more had been wounded", True),
        ("troops", "north_korea", 1000, None, "about", NIS,
         "Around 1,000 North Korean sappers have been clearing mines in Kursk", False),
    ],
    "013": [
        ("troops", "north_korea", 11000, None, "about", ["South Korean intelligence", "South Korea", "Seoul", "NIS"],
         "some 11,000 soldiers, many from the elite Storm Corps, went in the first wave", False),
        ("troops", "north_korea", 3000, None, "about", ["Seoul", "South Korea", "South Korean intelligence"],
         "About 3,000 reinforcements followed in January and February", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "Several thousand are believed to be working in the region now", True),
        ("killed", "north_korea", 2000, None, "about", ["Seoul's intelligence service", "NIS", "South Korea", "Seoul"],
         "around 2,000 North Korean soldiers had been killed", False),
        ("killed", "north_korea", 9, None, "exact",
         ["State media", "North Korean state media", "KCNA", "Pyongyang", "North Korea"],
         "nine members of an engineer regiment died", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "The two soldiers captured by Ukrainian forces in January", False),
    ],
    "014": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "Pyongyang had sent some three thousand more soldiers to Russia since January", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"] + JCS,
         "roughly eleven thousand troops the North sent last fall", False),
        ("troops", "north_korea", 10000, 12000, "range", ["U.S. officials", "United States", "US"],
         "U.S. officials have put the size of that first contingent at between 10,000 and 12,000", False),
    ],
}

NOT = {
    "000": ["roughly $2,000 a month each", "some 450 kilometers southwest of Moscow", "the 1950-53 Korean War",
            "17% in latest Gallup Korea poll", "Samsung shares drop 4.6%", "33rd straight week"],
    "001": ["Shares: 1.2K", "Russia Fires 70 Missiles, 100 Drones", "400 Kilometers Behind the Lines",
            "15th Sanctions Package", "several hundred square kilometers of Russian territory", "$10 a month"],
    "002": ["240-millimeter multiple rocket launchers", "Watch video 01:24", "Yen weakens past 157 against the dollar"],
    "003": ["born in 2005", "since 2021", "Budanov: 12K North Korean troops could be rotated back to the front",
            "13 killed, 113 injured", "Ukraine returns 25 defenders from Russian captivity"],
    "004": ["Oil jumps 2%", "Nikkei slips 1.1%"],
    "007": ["over 7,000 pieces of weapons and military equipment", "including 410 tanks", "Article 4 of the treaty",
            "1,300 residential buildings to be restored", "June 19, 2024"],
    "008": ["KOSPI 2,556.61", "USD/KRW 1,421.50", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
            "leads rivals by 20 points", "6.7 tln won"],
    "010": ["1,000 deminers", "5,000 military construction workers", "6,000 Sappers and Builders",
            "around 12 million artillery shells", "$2, $4 or $10 a month"],
    "012": ["502 drones and 24 missiles", "At least three civilians were killed", "26 countries",
            "some 10,000 Chinese troops", "around 40,000 households", "Comments (412)"],
    "013": ["120-day demining mission", "all 5,000 military builders promised in June",
            "about 30,000 square kilometres", "Population: about 1.1 million", "about 450 km"],
    "014": ["more than 100 artillery systems", "5:05 PM GMT+9"],
}

OFF = ["005", "006", "009"]
DUP = {"011": "004"}

must = [
    ["002-3", "001-1", "about 1,100 killed or wounded (NIS via lawmakers, 19 Dec 2024) against more than 3,000 "
                       "killed or wounded (Zelensky, 23 Dec 2024), four days apart"],
    ["004-3", "004-4", "around 3,000 casualties (NIS) against more than 4,000 dead and wounded (HUR), "
                       "in the same article on the same day"],
]

may = []
# an additional force (reinforcements) against a figure for the whole force or the first wave
for extra in ["008-3", "013-2", "014-1"]:
    for whole in ["000-1", "000-3", "001-3", "003-2", "008-4", "008-5", "013-1", "014-2", "014-3"]:
        may.append([extra, whole, "about 3,000 additional troops against a figure for the whole force or its first wave"])
# the later total (first wave plus reinforcements) against earlier or first-wave figures
for earlier in ["000-3", "001-3", "003-2", "008-4", "013-1", "014-2", "014-3"]:
    may.append(["008-5", earlier, "around 14,000 in all (April 2025, after reinforcements) against the first wave's "
                                  "10,000-12,000, months apart or a part of it"])
# cumulative casualty figures weeks or months apart
may += [
    ["002-3", "004-4", "about 1,100 (NIS, 19 Dec) against more than 4,000 (HUR, 13 Jan): cumulative, weeks apart"],
    ["001-1", "004-3", "more than 3,000 (Zelensky, 23 Dec) against around 3,000 (NIS, 13 Jan): cumulative, weeks apart"],
    ["002-3", "008-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): cumulative, months apart"],
    ["004-3", "008-1", "around 3,000 (Jan 2025) against about 4,700 (Apr 2025): cumulative, months apart"],
]
# cumulative death tolls months apart
for a, b in [("004-1", "008-2"), ("004-1", "010-1"), ("004-1", "012-1"), ("004-1", "013-4"),
             ("008-2", "012-1"), ("008-2", "013-4")]:
    may.append([a, b, "cumulative North Korean death toll estimates months apart"])

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
