#!/usr/bin/env python3
"""Gold labels for testdata/blind412 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind412 articles (written for crosscheck in our own words, labelled blind). "
         "Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "South Korea's military"]
US = ["Antony Blinken", "Blinken", "United States", "U.S.", "Washington"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "four brigades totalling some 12,000 troops", False),
        ("troops", NK, 1500, None, "exact", NIS,
         "an initial contingent of 1,500 special operations troops", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "already eleven thousand in the Kursk region", False),
        ("troops", NK, 2000, 9999, "vague", ["HUR", "military intelligence", "Ukraine"],
         "the first North Korean units, several thousand soldiers in total, had arrived in Kursk Oblast on Oct. 23", True),
        ("troops", NK, 8000, None, "about", US,
         "about 8,000 of an estimated 10,000 North Korean soldiers in Russia had been moved toward Kursk Oblast", False),
        ("troops", NK, 10000, None, "about", US,
         "an estimated 10,000 North Korean soldiers in Russia", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS_LEE, "at least 100 killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE, "around 1,000 wounded", False),
        ("casualties", NK, 1100, None, "about", NIS_LEE, "that comes to roughly 1,100 casualties", False),
        ("troops", NK, 11000, None, "about", NIS_LEE, "a force the agency still puts at about 11,000", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine", "Oleksandr Syrskyi"],
         "North Korean dead and wounded in the Kursk region now number \"more than three thousand\"", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers had been killed or wounded fighting Ukrainian forces in Kursk", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea has sent an estimated 11,000 troops to Russia", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact",
         ["Volodymyr Zelenskiy", "Zelenskiy", "Zelensky", "Ukraine", "National Intelligence Service", "NIS"],
         "his forces had captured two North Korean soldiers in Russia's Kursk region", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", JCS, "some three thousand additional soldiers", False),
        ("troops", NK, 200, 900, "vague", JCS,
         "\"hundreds\" of them had already been moved to the front line", True),
        ("troops", NK, 11000, None, "about", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "Pyongyang first sent around 11,000 troops to Russia last autumn", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "about 4,000 North Korean soldiers had been killed or wounded so far", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the enemy's losses in the course of the \"Kursk adventure\" exceeded 76,000 servicemen", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS, "the figure includes some 600 deaths", False),
    ],
    "012": [
        ("troops", NK, 12000, None, "up_to", ["Ukrainian and Western estimates", "Ukraine", "Western"],
         "up to 12,000 soldiers were sent in autumn 2024", False),
        ("troops", NK, 15000, None, "about", NIS,
         "about 15,000 North Korean troops have been deployed to Russia in total", False),
        ("casualties", NK, 2000, 9999, "vague", ["Seoul", "South Korea"],
         "Thousands of them have been killed or wounded", True),
    ],
    "014": [
        ("troops", NK, 10000, None, "about", NIS + ["Park Sun-won"],
         "Roughly 10,000 North Korean soldiers remain in Russia's Kursk region", False),
        ("troops", NK, 10000, 12000, "range", ["unattributed"],
         "North Korea sent between 10,000 and 12,000 soldiers to Russia in late 2024", False),
        ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won"],
         "around 2,000 North Korean soldiers have been killed in the fighting", False),
    ],
}

NOT = {
    "000": ["four Russian amphibious landing ships and three escort vessels", "since 1990",
            "between Oct. 8 and 13", "20 kg charges", "2,616.35", "1.2 tln won", "1,371.0 per dollar",
            "80 mm expected", "the 11th Corps"],
    "002": ["around 1,300 square kilometers", "Russia has lost 703,860 troops in Ukraine since Feb. 24, 2022",
            "96 drones, 2 missiles", "19,000 members", "$5 a month"],
    "003": ["about $2,000 a month", "240-millimeter multiple rocket launchers",
            "170-millimeter self-propelled guns", "at least one general-grade officer",
            "1,451 against dollar", "Dec. 27", "-4°C"],
    "004": ["31 of 43 drones", "more than 1,000 drones", "240mm multiple rocket launchers",
            "170mm self-propelled guns", "nearly three times the figure", "12 more were", "100 drones downed",
            "2.3m cars", "Comments (318)"],
    "006": ["born in 2005", "aged 26", "since 2021", "Oil rises 2%", "6.5 trillion won"],
    "007": ["about 220 pieces of 170mm self-propelled guns", "240mm multiple rocket launchers",
            "millions of artillery shells", "110 of 166 Russian drones", "June 2024"],
    "009": ["more than 400 tanks", "over 300 infantry fighting vehicles",
            "some 3,500 other armored and motor vehicles", "some 150 kilometers",
            "lose over 1,200 troops in past day", "5 settlements", "29 foreign leaders"],
    "011": ["0:58", "News in 20 languages", "2.2% in March"],
    "012": ["1,000 sappers", "5,000 military construction workers", "thousands of buildings",
            "second time in two weeks", "1.9 billion euros"],
    "014": ["6,000 engineers and military builders", "hundreds of relatives", "within 18 months",
            "some 500 kilometers", "3 points", "4 storms"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"008": "006"}

must = [
    ["004-1", "004-2", "more than 3,000 North Korean casualties (Zelenskyy) against about 1,100 (South Korea's JCS), "
                       "both on 23 December 2024, in the same live blog"],
    ["003-3", "004-1", "roughly 1,100 North Korean casualties (NIS, via Lee Seong-kweun, 19 December 2024) against "
                       "more than 3,000 (Zelenskyy, 23 December 2024), four days apart"],
]

may = []
def pairs(a_list, b_list, why):
    for a in a_list:
        for b in b_list:
            if a != b:
                may.append([a, b, why])

# troops: differing estimates at different stages of a deployment still under way, or months apart
may.append(["002-1", "002-3", "11,000 in Kursk (Zelensky, 4 Nov) against about 8,000 moved toward Kursk (Blinken, 31 Oct): days apart while troops were still arriving"])
may.append(["002-1", "002-4", "11,000 in Kursk (Zelensky, 4 Nov) against about 10,000 in all of Russia (Blinken, 31 Oct)"])
pairs(["000-1"], ["002-3", "002-4"], "some 12,000 being sent (NIS, 18 Oct) against the 8,000/10,000 that had arrived by 31 Oct")
pairs(["000-1"], ["002-1", "003-4", "004-3", "007-3"], "some 12,000 being sent (NIS) against about 11,000 in later reports: close estimates, different scope")
pairs(["002-3", "002-4"], ["003-4", "004-3", "007-3"], "8,000/10,000 at the end of October against about 11,000 weeks later")
pairs(["007-1"], ["000-1", "002-1", "002-3", "002-4", "003-4", "004-3", "007-3", "012-1", "012-2", "014-1", "014-2"],
      "an additional 3,000 reinforcements against the size of the whole force")
pairs(["012-2"], ["000-1", "002-1", "002-3", "002-4", "003-4", "004-3", "007-3", "012-1", "014-1", "014-2"],
      "about 15,000 sent in total by mid-2025 (including reinforcements) against earlier or later counts, months apart")
pairs(["014-1"], ["000-1", "002-1", "002-3", "003-4", "004-3", "007-3"],
      "about 10,000 still in Kursk in September 2025 against counts from late 2024, months apart")
pairs(["014-2"], ["002-3"], "10,000-12,000 sent in late 2024 against about 8,000 on 31 October 2024")
# casualties: cumulative figures months apart
pairs(["003-3", "004-2"], ["007-4", "011-1"], "about 1,100 casualties in December 2024 against later cumulative estimates, months apart")
may.append(["007-4", "011-1", "about 4,000 casualties (JCS, February 2025) against about 4,700 (NIS, April 2025): a cumulative figure two months later"])
# killed: cumulative figures months apart
pairs(["006-1"], ["011-2", "014-3"], "about 300 killed (January 2025) against later cumulative counts, months apart")
may.append(["011-2", "014-3", "about 600 killed (April 2025) against about 2,000 (September 2025), months apart"])
# 003-2 (about 1,000 wounded, NIS, 19 Dec) -> 006-2 (some 2,700 wounded, NIS, 13 Jan) is an update of the same
# agency's cumulative count, not a conflict: deliberately in neither list.

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
