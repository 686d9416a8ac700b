#!/usr/bin/env python3
"""Gold labels for testdata/blind498 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = NIS + ["Lee Seong-kweun"]
PARK = NIS + ["Park Sun-won"]
HUR = ["HUR", "Ukraine's military intelligence agency", "military intelligence", "Defence Intelligence of Ukraine", "Ukraine", "Kyiv"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]

A = {
    "000": [  # Yonhap, 18 Oct 2024
        ("troops", NK, 12000, None, "about", NIS, "four brigades totaling some 12,000 troops in all", False),
        ("troops", NK, 1500, None, "about", NIS, "around 1,500 soldiers already ferried to the Russian Far East", False),
    ],
    "001": [  # Ukrainska Pravda, 4 Nov 2024
        ("troops", NK, 11000, None, "exact", ZEL, "There are already 11,000 North Korean soldiers in Kursk Oblast", False),
    ],
    "003": [  # Korea Herald, 19 Dec 2024
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed in combat against Ukrainian forces in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", LEE, "close to 1,000 others have been wounded", False),
        ("casualties", NK, 1100, None, "about", LEE, "That puts North Korea's total losses at roughly 1,100", False),
        ("troops", NK, 11000, None, "about", NIS, "Some of the roughly 11,000 North Korean troops believed to be in Russia", False),
    ],
    "004": [  # Kyiv Independent, 23 Dec 2024
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "more than 3,000 North Korean soldiers have already been killed or wounded in Kursk", False),
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded in fighting near the villages of Plekhovo, Vorozhba and Martynovka", False),
        ("killed", NK, 100, None, "at_least", NIS, "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS, "nearly 1,000 had been wounded", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Around 11,000 North Korean troops are believed to have been deployed to Kursk Oblast", False),
    ],
    "005": [  # Guardian live blog, 13 Jan 2025
        ("casualties", NK, 3000, None, "about", LEE, "North Korean casualties in Kursk now stand at around 3,000", False),
        ("killed", NK, 300, None, "about", LEE, "including about 300 dead", False),
        ("wounded", NK, 2700, None, "about", LEE, "2,700 wounded", False),
        ("casualties", NK, 4000, None, "about", HUR, "North Korean losses had reached about 4,000 killed and wounded", False),
        ("captured", NK, 2, None, "exact", ZEL, "the two North Korean soldiers captured in Kursk", False),
    ],
    "007": [  # Kyodo, 27 Feb 2025
        ("troops", NK, 3000, None, "about", NIS, "North Korea has dispatched roughly 3,000 additional troops to Russia since January", False),
        ("troops", NK, 11000, None, "about", NIS, "the estimated 11,000 North Korean soldiers sent to Russia last autumn", False),
    ],
    "008": [  # JoongAng Daily analysis, 30 Apr 2025
        ("casualties", NK, 4700, None, "about", LEE, "North Korean troops have suffered around 4,700 casualties in Russia's Kursk region", False),
        ("killed", NK, 600, None, "about", LEE, "among them roughly 600 killed", False),
        ("casualties", NK, 3000, None, "about", NIS, "the tally of about 3,000 casualties the agency gave in January", False),
        ("troops", NK, 15000, None, "about", NIS, "the NIS believes Pyongyang has sent some 15,000 troops to Russia", False),
    ],
    "009": [  # AP, 17 Jun 2025
        ("troops", NK, 15000, None, "about", ["South Korean and Ukrainian assessments", "South Korea", "Ukraine"],
         "North Korea has sent an estimated 15,000 troops to Russia since last fall", False),
        ("killed", NK, 600, None, "about", NIS, "about 600 North Korean soldiers had been killed", False),
    ],
    "012": [  # Moscow Times, 5 Sep 2025
        ("killed", NK, 2000, None, "about", PARK,
         "Some 2,000 North Korean soldiers have been killed fighting alongside Russian troops against Ukraine", False),
        ("killed", NK, 200, 900, "vague", ["Pro-war Russian bloggers", "Russian bloggers", "Russian war bloggers"],
         "hundreds of them dying in the assault on Sudzha", True),
    ],
    "013": [  # Euronews Q&A, 8 Dec 2025
        ("troops", NK, 11000, 12000, "range", ["South Korean and Ukrainian intelligence", "South Korea", "Ukraine"],
         "South Korean and Ukrainian intelligence put the first contingent, which reached Russia in October and November 2024, at between 11,000 and 12,000 men", False),
        ("troops", NK, 3000, None, "about", NIS, "Roughly 3,000 reinforcements followed in January and February 2025", False),
        ("casualties", NK, 6000, None, "more_than",
         ["Defence Intelligence", "Britain's Defence Intelligence", "UK Defence Intelligence", "Britain", "United Kingdom", "UK"],
         "North Korean units had probably suffered more than 6,000 casualties", False),
        ("killed", NK, 2000, None, "about", NIS, "some 2,000 North Korean soldiers had died", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "unattributed"], "Ukraine holds two North Korean soldiers taken prisoner in Kursk", False),
    ],
}

NOT = {
    "000": ["more than 13,000 containers", "between Oct. 8 and 13", "Vladimir Putin, 72", "up 7.5 pct in September",
            "12th straight month", "2 trillion won", "daytime highs of 18-24 C", "paras 5-8", "a Russian navy landing ship and three escort vessels"],
    "001": ["as many as 100,000 soldiers", "some 7,000 km from the front", "personnel approx. 703,390 (+1,230)", "tanks 9,140",
            "artillery systems 20,090"],
    "003": ["at least one high-ranking officer", "240-millimeter multiple rocket launchers", "since around Dec. 8", "Dec. 3",
            "Won slides past 1,450 per dollar", "204 lawmakers vote in favor", "300,000 won in holiday vouchers"],
    "004": ["Russia has lost 777,980 troops in Ukraine", "our community of over 16,000 members", "2 Russian Su-25 jets downed",
            "Dec. 19, 2024"],
    "005": ["One, aged 20", "the other, 26", "in the army since 2021", "a sniper since 2016", "shot down 49 Ukrainian drones",
            "Russia launched 74 attack drones", "of which 47 were shot down", "temperatures drop to -18C", "from just £2 a month"],
    "007": ["about 220 long-range artillery systems", "170-millimeter self-propelled guns", "240-mm multiple rocket launchers",
            "60th anniversary of ties", "2 Aegis system-equipped vessels by fiscal 2028", "a lull of about a month"],
    "008": ["roughly one in three soldiers sent", "as much as 20 trillion won ($14 billion)", "in 70 years of drills",
            "the North's 1.2 million-strong armed forces", "5th straight year"],
    "009": ["1,000 sappers to clear mines", "5,000 military builders", "6,000 military builders and deminers",
            "thousands of military construction workers and deminers", "More than 150,000 residents fled the fighting",
            "more than 1,000 square kilometers (386 square miles)", "117 drones hidden in trucks", "his third this year"],
    "012": ["Kim, 41", "as little as $2 a month"],
    "013": ["our 842 partners", "1,000 deminers and 5,000 military builders", "tens of thousands of labourers",
            "capture of 3 villages", "the EU's 19th sanctions package", "XI Corps"],
}

OFF = ["002", "006", "011", "014"]
DUP = {"010": "009"}

must = [
    ["003-3", "004-1", "about 1,100 casualties (South Korea's NIS via Lee Seong-kweun, 19 Dec 2024) against more than 3,000 "
     "killed and wounded (Zelensky, 23 Dec 2024): four days apart"],
    ["005-1", "005-4", "around 3,000 casualties (NIS, 13 Jan 2025) against about 4,000 killed and wounded (Ukraine's HUR, "
     "the week before), in the same live blog"],
]

may = []


def pairs(xs, ys, why):
    for a in xs:
        for b in ys:
            if a != b:
                may.append([a, b, why])


# casualties
pairs(["003-3"], ["005-1", "005-4", "008-1", "008-3", "013-3"], "December 2024 casualty estimate against a later, larger one weeks or months on")
pairs(["004-1"], ["005-1", "008-3"], "more than 3,000 (23 Dec) against about 3,000 (NIS, January): bound borderline, three weeks apart")
pairs(["005-1"], ["008-1"], "NIS cumulative casualties rising from about 3,000 (January) to about 4,700 (April): an update")
pairs(["005-1", "005-4", "008-1", "008-3"], ["013-3"], "earlier casualty estimate against UK Defence Intelligence's more than 6,000 in June 2025")
pairs(["005-4"], ["008-1"], "HUR about 4,000 (January) against NIS about 4,700 (April), months apart")
pairs(["005-4"], ["008-3"], "HUR about 4,000 against the NIS January 3,000 restated three months later (the January clash, repeated)")
# killed
pairs(["005-2"], ["008-2", "009-2", "012-1", "013-4"], "killed rising from about 300 (January) to later estimates, months apart")
pairs(["008-2", "009-2"], ["012-1", "013-4"], "about 600 killed (April) against about 2,000 killed (September), months apart")
# wounded
pairs(["003-2", "004-4"], ["005-3"], "about 1,000 wounded (December) against about 2,700 (January), a cumulative rise weeks apart")
# troops
totals_11 = ["001-1", "003-4", "004-5", "007-2"]
pairs(["000-1"], totals_11, "some 12,000 sent (October 2024) against about 11,000 in Russia/Kursk later")
pairs(["000-1"] + totals_11 + ["013-1"], ["008-4", "009-1"], "first contingent of 11,000-12,000 against about 15,000 including reinforcements, months apart")
pairs(["007-1", "013-2"], ["000-1"] + totals_11 + ["008-4", "009-1", "013-1"], "an additional 3,000 reinforcements against the total force")

conflicts = {"must": must, "may": may}

about = ("Gold labels for testdata/blind498/articles, written and labelled blind. Same schema as "
         "testdata/corpus/gold.json; see testdata/corpus/README.md for the meaning of every field.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
