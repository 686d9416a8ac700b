#!/usr/bin/env python3
"""Gold labels for testdata/blind507 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind507: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025). See ../corpus/README.md for the meaning "
         "of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
NIS_LEE = NIS + ["Lee Seong-kweun", "Lee"]
UNATTR = ["unattributed"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "North Korea has shipped about 1,500 of its special operations troops to Russia's Far East", False),
    ],
    "001": [
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "US"],
         "About 8,000 North Korean soldiers have moved into Russia's Kursk region near the Ukrainian border", False),
        ("troops", "north_korea", 10000, None, "about",
         ["Sabrina Singh", "Singh", "Pentagon", "Defense Department", "United States", "US"],
         "North Korea has sent approximately 10,000 soldiers in total to train in eastern Russia", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Eleven thousand North Korean soldiers are already in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 500, None, "about",
         ["HUR", "military intelligence", "Ukraine's military intelligence", "Andrii Yusov", "Yusov", "Ukraine"],
         "Around 500 of the North Koreans are officers", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "close to 1,000 wounded", False),
    ],
    "005": [
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military",
          "South Korea", "Seoul"],
         "the North Korean troops had sustained about 1,100 casualties", False),
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Oleksandr Syrskyi", "Syrskyi"],
         "more than 3,000 North Korean soldiers had been killed or wounded in Kursk", False),
        ("troops", "north_korea", 12000, None, "up_to",
         ["Ukraine, South Korea and the United States", "Ukraine", "South Korea", "United States", "US"],
         "Pyongyang has sent up to 12,000 troops to Russia", False),
    ],
    "007": [
        ("captured", "north_korea", 2, None, "exact",
         ["Volodymyr Zelensky", "Zelensky", "President of Ukraine", "Ukraine"],
         "Ukrainian troops have taken two North Korean servicemen prisoner in Russia's Kursk region", False),
    ],
    "008": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "roughly 2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "putting the North's combined losses at around 3,000", False),
        ("captured", "north_korea", 2, None, "exact", NIS_LEE,
         "Ukraine had captured two North Korean soldiers", False),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "North Korea has suffered some 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "about 600 soldiers killed", False),
        ("troops", "north_korea", 3000, None, "about", NIS_LEE,
         "the North sent some three thousand additional troops to Russia in January and February", False),
        ("troops", "north_korea", 11000, None, "about", NIS_LEE,
         "the roughly 11,000 it first dispatched last autumn", False),
    ],
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Chief of the General Staff", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen during the Kursk adventure", False),
    ],
    "012": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["South Korea, Ukraine and the US", "South Korea", "Ukraine", "US", "United States"],
         "Between 10,000 and 12,000 soldiers were sent to Russia in the autumn of 2024", False),
        ("killed", "north_korea", 200, 900, "vague", UNATTR,
         "Hundreds are thought to have died in the first weeks alone", True),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 2000, 9999, "vague", UNATTR,
         "Several thousand more are thought to have been wounded", True),
        ("captured", "north_korea", 2, None, "exact", UNATTR,
         "Two soldiers captured by Ukrainian forces in January are still held in Kyiv", False),
    ],
}

NOT = {
    "000": ["four brigades, or some 12,000 soldiers, in all", "more than 13,000 containers of artillery shells",
            "Four landing ships and three escort vessels", "KOSPI at 2,611.55", "falls to 20 pct",
            "between Oct. 8 and 13", "paras 4-8", "the elite 11th Corps"],
    "001": ["about 1.2 million active-duty troops", "the 56th Security Consultative Meeting",
            "more than $60 billion", "$1.4 billion", "another three years", "Comments (37)"],
    "002": ["59 Shahed-type attack drones", "Thirty were shot down", "another 25 were", "over 30,000 members",
            "From $5 a month"],
    "003": ["more than 1,000 square kilometers", "240 mm multiple rocket launchers", "170 mm self-propelled guns",
            "KOSPI 2,435.93", "USD/KRW 1,451.90"],
    "005": ["240mm rocket launchers", "170mm self-propelled howitzers",
            "Three dead in Russian missile strike on Kharkiv", "8.7 trillion yen", "June 19, 2024", "Article 4"],
    "007": ["one is 20 years old and the other 26", "810,130 personnel", "9,722 tanks"],
    "008": ["barely three months", "Nikkei 225 39,190.40", "2019-2024", "top 2% of GDP"],
    "010": ["20 trillion won ($14 billion)", "5,000-ton destroyer"],
    "011": ["1,000 sappers", "5,000 military construction workers", "over 7,700 pieces of weaponry",
            "second visit to the DPRK this month"],
    "012": ["1,000 deminers and 5,000 military construction workers", "more than one million barrels of oil",
            "14 March", "22 August"],
}

OFF = ["004", "006", "009", "014"]
DUP = {"013": "008"}

conflicts = {
    "must": [
        ["001-1", "002-1",
         "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), "
         "five days apart"],
        ["005-1", "005-2",
         "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed and wounded (Zelensky), "
         "same article, same day"],
    ],
    "may": [
        # troops: the first wave of 1,500 against later totals, weeks or months later
        ["000-1", "001-1", "first 1,500 shipped (Oct 18) against 8,000 in Kursk two weeks later; deployment ongoing"],
        ["000-1", "001-2", "first 1,500 shipped (Oct 18) against about 10,000 in Russia two weeks later"],
        ["000-1", "002-1", "first 1,500 shipped (Oct 18) against 11,000 in Kursk (Nov 4)"],
        ["000-1", "010-3", "1,500 (Oct 2024) against an additional three thousand sent in early 2025"],
        ["000-1", "010-4", "1,500 (Oct 2024) against roughly 11,000 first dispatched, months later"],
        ["000-1", "012-1", "1,500 (Oct 2024) against 10,000-12,000, more than a year later"],
        ["001-2", "002-1", "about 10,000 in all of Russia against 11,000 in Kursk, days apart; about-values close"],
        ["001-1", "010-3", "8,000 in Kursk against an additional three thousand, months later"],
        ["001-1", "010-4", "8,000 (Oct 2024) against roughly 11,000 (Apr 2025), months apart"],
        ["001-1", "012-1", "8,000 (Oct 2024) against 10,000-12,000 (Dec 2025), months apart"],
        ["001-2", "010-3", "10,000 against an additional three thousand"],
        ["001-2", "010-4", "about 10,000 (Oct 2024) against roughly 11,000 (Apr 2025), months apart"],
        ["002-1", "010-3", "11,000 against an additional three thousand"],
        ["010-3", "010-4", "three thousand additional troops on top of the 11,000 first sent (same article)"],
        ["010-3", "012-1", "an additional three thousand against 10,000-12,000 sent in autumn 2024"],
        # casualties: cumulative totals rising over time
        ["005-1", "008-3", "1,100 (JCS, Dec 23) against about 3,000 (NIS, Jan 13): cumulative rise three weeks later"],
        ["005-2", "008-3", "more than 3,000 (Zelensky, Dec 23) against around 3,000 (NIS, Jan 13): borderline bound"],
        ["005-1", "010-1", "1,100 (Dec 2024) against 4,700 (Apr 2025): cumulative, months apart"],
        ["008-3", "010-1", "about 3,000 (Jan) against 4,700 (Apr): same agency's cumulative update, months apart"],
        # killed: cumulative totals rising over time
        ["008-1", "010-2", "about 300 killed (Jan) against about 600 (Apr): cumulative update, months apart"],
        ["008-1", "012-3", "about 300 killed (Jan) against about 2,000 (Sep estimate): months apart"],
        ["010-2", "012-3", "about 600 killed (Apr) against about 2,000 (Sep estimate): months apart"],
        # wounded: cumulative totals rising over time
        ["003-2", "008-2", "close to 1,000 wounded (Dec 19) against roughly 2,700 (Jan 13): same agency's update"],
        ["003-2", "012-4", "close to 1,000 wounded (Dec 2024) against several thousand (Dec 2025)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
