#!/usr/bin/env python3
"""Gold labels for testdata/blind532 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind532: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025). Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md for what counts as a claim and a conflict.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency",
       "South Korea's intelligence agency", "intelligence agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun", "Lee"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Ukrainian President"]

A = {
    "000": [
        ("troops", NK, 10000, None, "more_than", NIS_LEE,
         "More than 10,000 North Korean soldiers are now in Russia", False),
        ("troops", NK, 1500, None, "about", NIS_LEE,
         "An advance party of about 1,500 special operations troops", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers are already in the Kursk region", False),
        ("troops", NK, 8000, None, "about",
         ["Antony Blinken", "Blinken", "Secretary of State", "United States", "US", "Washington"],
         "roughly 8,000 North Korean soldiers have been moved to the Kursk region", False),
        ("casualties", UA, 330, None, "up_to",
         ["Russia's Defence Ministry", "Russian Defence Ministry", "Defence Ministry", "Russia", "MoD"],
         "Ukraine had lost up to 330 servicemen in the Kursk region over the past day", False),
        ("casualties", RU, 706780, None, "about",
         ["General Staff of Ukraine's Armed Forces", "General Staff", "Ukraine's General Staff", "Ukraine"],
         "Russia has lost approximately 706,780 personnel since the start of the full-scale invasion", False),
    ],
    "002": [
        ("casualties", NK, 1100, None, "about", JCS,
         "Around 1,100 North Korean soldiers have been killed or wounded fighting Ukrainian forces in Russia's Kursk region", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the roughly 11,000 troops it dispatched in October and November", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than",
         ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "North Korea's losses in Russia's Kursk Oblast have passed three thousand killed and wounded", False),
        ("troops", NK, 11000, 12000, "range", ["Kyiv", "Ukraine", "Ukrainian officials"],
         "between 11,000 and 12,000 North Korean troops were sent to Kursk Oblast", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "some 2,700 wounded fighting for Russia against Ukraine", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "put total North Korean casualties at around 3,000", False),
        ("casualties", NK, 4000, None, "about", ZEL,
         "close to 4,000 North Korean soldiers had been killed or wounded in Kursk", False),
        ("captured", NK, 2, None, "exact", ZEL + ["NIS", "National Intelligence Service"],
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
        ("troops", NK, 11000, None, "about",
         ["South Korean and Western officials", "South Korean officials", "Western officials", "South Korea"],
         "North Korea sent about 11,000 troops to Russia last year", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea appears to have sent around 3,000 additional soldiers to Russia since January", False),
        ("casualties", NK, 200, 900, "vague", NIS,
         "hundreds more believed to have been killed or wounded since then", True),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Chief of the General Staff", "General Staff", "Russia"],
         "had lost more than 76,000 servicemen in the Kursk region", False),
        ("troops", NK, 11000, 12000, "range", ["unattributed"],
         "the 11,000 to 12,000 soldiers Pyongyang sent last autumn", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or wounded in the fighting against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS,
         "including around 600 who died", False),
        ("troops", NK, 15000, None, "about", NIS,
         "North Korea has sent a total of about 15,000 troops to Russia", False),
    ],
    "012": [
        ("troops", NK, 11000, None, "about",
         ["South Korean and Ukrainian officials", "South Korean officials", "Ukrainian officials", "South Korea", "Ukraine"],
         "North Korea sent about 11,000 troops to Russia last fall", False),
        ("troops", NK, 2000, 9999, "vague",
         ["South Korean and Ukrainian officials", "South Korean officials", "Ukrainian officials", "South Korea", "Ukraine"],
         "thousands more early this year", True),
        ("casualties", NK, 4700, None, "about", NIS,
         "some 4,700 of them had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "about 600 of them fatally", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "About 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS,
         "its previous figure of about 600 dead", False),
        ("troops", NK, 1000, None, "about", NIS,
         "about 1,000 combat engineers to Kursk since the summer", False),
        ("troops", NK, 15000, None, "about", ["South Korean estimate", "South Korea", "NIS", "unattributed"],
         "Troops sent since October 2024 (South Korean estimate): about 15,000", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Soldiers captured by Ukraine: 2", False),
    ],
}

NOT = {
    "000": ["3,000 more N. Korean troops ship out", "about 100 basic military terms", "about $2,000 a month",
            "4 in 10 Koreans", "2,593.79", "1 million of her books", "three more rounds of shipments"],
    "001": ["HUR: North Korea has already sent 12,000 soldiers to Russia", "41 Shahed-type drones",
            "31 of 41 attack drones", "9,226 tanks", "18,560 armoured combat vehicles", "3 km from the city",
            "more than 500,000 readers", "1,276 patrons", "nine Ukrainian attacks"],
    "002": ["240-millimeter multiple rocket launchers", "more than 20,000 containers",
            "'Kim Jong-un won't stop at 12,000 troops,'", "1,451.9 per dollar", "Three generals"],
    "004": ["95th Air Assault Brigade", "roughly 800 square kilometers", "240 mm multiple rocket launchers",
            "59 of 81 Russian drones", "HUR: Russia lost 1,400 soldiers a day in Kursk Oblast in December",
            "more than 14,500 members", "for five years"],
    "005": ["KOSPI 2,489.56", "1,472.40", "born in 2005", "since 2021", "aged 26", "since 2016",
            "240 mm multiple rocket launchers", "170 mm self-propelled guns"],
    "007": ["more than 200 long-range artillery pieces", "1st air drill of 2025", "3 billion yen", "37,256.17"],
    "009": ["48 hours", "Article 4", "500,000-barrel annual cap", "82 per dollar", "$5 · $10 · $25"],
    "010": ["898,000", "24°C", "1:48"],
    "012": ["thousands of military engineers and construction workers", "1,000 sappers",
            "5,000 military builders", "more than 1.5 million explosive objects", "resolution 2397",
            "as many as 30,000 more soldiers", "a 6th day", "35 C"],
    "014": ["the 6,000 engineers and military builders Pyongyang promised Moscow in June",
            "Engineers and builders promised in June 2025: 6,000", "more than 12m",
            "502 drones and missiles", "1 in 5 homes", "£2 a month"],
}

OFF = ["003", "008", "011", "013"]
DUP = {"006": "005"}

# troop totals that only differ because of months of reinforcements, or because one is a part
TOTAL_15K = ["010-3", "014-4"]
may = [
    ["000-1", "001-2", "more than 10,000 in Russia against about 8,000 moved to Kursk: a part (Kursk) against the whole (Russia)"],
    ["001-2", "002-4", "8,000 in Kursk (US, late October) against about 11,000 (JCS), seven weeks later"],
    ["001-2", "004-2", "8,000 in Kursk (US, late October) against 11,000-12,000 (Kyiv), seven weeks later"],
    ["001-2", "005-6", "8,000 in Kursk (US, late October) against about 11,000 sent last year, ten weeks later"],
    ["001-2", "009-2", "8,000 in Kursk (US, late October) against 11,000-12,000 sent last autumn, months later"],
    ["001-2", "012-1", "8,000 in Kursk (US, late October) against about 11,000 sent last fall, months later"],
    ["002-1", "005-3", "1,100 casualties (JCS, 23 Dec) against about 3,000 (NIS, 13 Jan): a later rise, three weeks apart"],
    ["002-1", "005-4", "1,100 casualties (JCS, 23 Dec) against close to 4,000 (Zelensky, early January)"],
    ["002-1", "010-1", "1,100 casualties (JCS, Dec 2024) against about 4,700 (NIS, April 2025), months apart"],
    ["002-1", "012-3", "1,100 casualties (JCS, Dec 2024) against about 4,700 (NIS estimate of April, restated in June)"],
    ["005-4", "010-1", "close to 4,000 (Zelensky, January) against about 4,700 (NIS, April), months apart"],
    ["005-4", "012-3", "close to 4,000 (Zelensky, January) against about 4,700 (NIS April estimate, restated in June)"],
]
for t in ["001-1", "001-2", "002-4", "004-2", "005-6", "009-2", "012-1"]:
    for big in TOTAL_15K:
        may.append([t, big, "initial contingent against a total of about 15,000 including the 2025 reinforcements, months apart"])
for t in ["000-1", "001-1", "001-2", "002-4", "004-2", "005-6", "009-2", "010-3", "012-1", "014-4"]:
    may.append(["007-1", t, "about 3,000 additional soldiers (an additional force) against a total"])

conflicts = {
    "must": [
        ["002-1", "004-1", "about 1,100 casualties (South Korea's JCS, 23 Dec) against more than 3,000 killed and wounded (Zelensky, 23 Dec, reported 26 Dec)"],
        ["001-1", "001-2", "11,000 North Korean soldiers in Kursk (Zelensky) against roughly 8,000 in Kursk (Blinken), in the same live blog"],
        ["005-3", "005-4", "around 3,000 casualties (NIS) against close to 4,000 (Zelensky), in the same wire story"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
