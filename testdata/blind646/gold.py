#!/usr/bin/env python3
"""Gold labels for testdata/blind646 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind646: fifteen articles written in our own words about the real story's "
         "known reporting, in the format of testdata/corpus (see testdata/corpus/README.md).")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea"]
NIS_LEE = NIS + ["Lee Seong-kweun"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of some 1,500 special operations troops", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Eleven thousand soldiers from North Korea are already in the Kursk region", False),
    ],
    "002": [
        ("troops", NK, 2000, 9999, "vague", ["US officials", "U.S. officials", "United States", "Blinken", "Austin", "Washington"],
         "Thousands of North Korean soldiers have moved to Russia's border with Ukraine", True),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "US"],
         "About 8,000 of them are now in the Kursk region", False),
        ("troops", NK, 10000, None, "about", ["Lloyd Austin", "Austin", "Pentagon", "United States", "US"],
         "about 10,000 North Korean troops have been sent to Russia in all", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Syrskyi", "Ukraine"],
         "more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region", False),
        ("casualties", NK, 1100, None, "about", ["South Korea's joint chiefs of staff", "joint chiefs of staff", "JCS", "South Korea", "Seoul"],
         "it estimated North Korean casualties at roughly 1,100", False),
    ],
    "007": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "putting total North Korean casualties at roughly 3,000", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"] + NIS,
         "Ukraine had captured two North Korean soldiers", False),
        ("troops", NK, 10000, 12000, "range", ["unattributed"],
         "between 10,000 and 12,000 troops", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS + ["Seoul"],
         "some three thousand additional soldiers", False),
        ("troops", NK, 11000, None, "about", ["Kyiv", "Seoul", "Washington", "Ukraine", "South Korea", "United States"],
         "Roughly eleven thousand, according to Kyiv, Seoul and Washington", False),
        ("killed", NK, 300, None, "about", NIS + ["Seoul"],
         "about 300 dead", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Seoul"],
         "2,700 wounded", False),
        ("killed", NK, 200, 900, "vague", ["Ukrainian commanders", "Ukraine"],
         "hundreds more have been killed", True),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Kyiv", "unattributed"],
         "Ukraine holds two North Korean soldiers captured in January", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than", ["Russian Defense Ministry", "Defense Ministry", "Russian Defence Ministry", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen", False),
    ],
    "010": [
        ("troops", NK, 14000, None, "about", ["South Korea's intelligence service", "South Korea", "Seoul", "NIS", "National Intelligence Service"],
         "Pyongyang has sent around 14,000 soldiers in total", False),
        ("casualties", NK, 2000, 9999, "vague", ["Seoul", "South Korea"],
         "thousands of them have been killed or wounded", True),
        ("troops", NK, 3000, None, "less_than", ["Ukrainian military intelligence", "military intelligence spokesman", "HUR", "Defence Intelligence", "Ukraine"],
         "fewer than 3,000 North Korean soldiers were still deployed near the front", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "including roughly 600 dead", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "the roughly 3,000 casualties it estimated in January", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS + ["lawmakers"],
         "About 2,000 North Korean soldiers have died in the fighting", False),
        ("killed", NK, 600, None, "about", NIS + ["lawmakers"],
         "In April the agency had put the number of dead at about 600", False),
        ("troops", NK, 15000, None, "up_to", ["Western officials"],
         "up to 15,000 soldiers have rotated through Kursk", False),
    ],
}

NOT = {
    "000": ["12K in all", "some 12,000 troops", "four brigades", "four Russian landing ships", "11th Army Corps",
            "1.2 million-strong Korean People's Army", "more than 13,000 containers",
            "Estimated strength: 40,000 to 50,000", "Zelensky says 10,000 N. Korean soldiers preparing to join war",
            "2 inter-Korean roads", "Oct. 8 and 13", "1,370 per dollar"],
    "001": ["about 300 kilometres", "five ranges", "as many as 100,000 soldiers", "147 Russian attacks",
            "UAH 100 a month", "Views: 38 417", "USD 41.21", "Comments (212)"],
    "002": ["more than $59 billion", "February 2022"],
    "004": ["78 missiles and 106 drones", "about $1.2bn", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "Comments (1,284)", "3m people expected on the roads", "about a third of Kyiv's"],
    "007": ["born in 2005", "The other, 26", "since 2021", "170-mm guns", "240-mm rocket launchers",
            "Number of foreign residents tops 2.6 million", "Hundreds rally outside Yoon residence for 10th day"],
    "008": ["about two weeks", "more than 100 of its Koksan 170mm self-propelled guns", "KN-23",
            "Russia launches 213 drones", "join 17,000 members", "6 min read"],
    "009": ["1,000 sappers", "5,000 military builders", "1,000 sappers for demining", "5,000 military construction workers",
            "more than 7,000 pieces of military hardware", "Article 4", "June 19, 2024", "less than two weeks"],
    "010": ["in two rotations", "Modified: 28/04/2025 - 13:42"],
    "011": ["as much as $20 billion", "80th anniversary", "NIS says 3,000 more N. Korean troops sent to Russia",
            "Pope Francis' funeral draws 250,000", "23 million users"],
    "012": ["dozens of portraits", "Hundreds of relatives", "The nephew was 19", "21 August", "80th party anniversary"],
}

OFF = ["003", "006", "013", "014"]
DUP = {"005": "002"}

may_troops = [
    ("000-1", "001-1"), ("000-1", "002-2"), ("000-1", "002-3"), ("000-1", "007-5"), ("000-1", "008-1"),
    ("000-1", "008-2"), ("000-1", "010-1"),
    ("001-1", "002-3"), ("001-1", "008-1"), ("001-1", "010-1"), ("001-1", "010-3"),
    ("002-2", "007-5"), ("002-2", "008-1"), ("002-2", "008-2"), ("002-2", "010-1"), ("002-2", "010-3"),
    ("002-3", "008-1"), ("002-3", "008-2"), ("002-3", "010-1"), ("002-3", "010-3"),
    ("007-5", "008-1"), ("007-5", "010-1"), ("007-5", "010-3"),
    ("008-1", "008-2"), ("008-1", "010-1"),
    ("008-2", "010-1"), ("008-2", "010-3"),
]
conflicts = {
    "must": [
        ["002-2", "001-1", "about 8,000 North Korean troops in Kursk (Blinken, 31 October) against 11,000 in Kursk "
                           "(Zelensky's address of 4 November), five days apart"],
        ["004-1", "004-2", "more than 3,000 killed and wounded (Zelenskyy) against roughly 1,100 casualties "
                           "(South Korea's JCS), the same day, in the same live blog"],
    ],
    "may": [[a, b, "troop totals reported weeks or months apart while the deployment grew (first contingent, "
                   "reinforcements, an additional force, or what remained near the front)"] for a, b in may_troops] + [
        ["004-2", "007-3", "1,100 casualties (JCS, 23 December) against about 3,000 (NIS, 13 January): a cumulative "
                           "figure three weeks later, from another South Korean body"],
        ["004-2", "011-1", "1,100 casualties (JCS, December) against 4,700 (NIS, April), months apart"],
        ["004-2", "011-3", "1,100 casualties (JCS, December) against the NIS's January estimate of 3,000"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
