#!/usr/bin/env python3
"""Labels for testdata/blind415 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind415/articles: fifteen articles written for crosscheck in our own words "
         "about the real story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md for what counts as a claim and a conflict.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS, "moving a first group of around 1,500 special operations soldiers to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "U.S."],
         "North Korea has sent roughly 10,000 soldiers to train in eastern Russia", False),
        ("troops", NK, 2000, 9999, "vague", ["U.S. official", "United States", "U.S."],
         "several thousand had already been moved west by train and military aircraft", True),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukrainian intelligence"],
         "Eleven thousand North Korean soldiers are already in the Kursk region", False),
        ("casualties", RU, 1690, None, "exact", ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "Russia has lost 1,690 soldiers over the past 24 hours", False),
        ("casualties", RU, 702240, None, "exact", ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "bringing Russian losses since the start of the full-scale invasion to 702,240", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops deployed to Russia have suffered around 1,100 casualties in battles against Ukrainian forces in the Kursk region", False),
        ("troops", NK, 11000, None, "about", JCS,
         "Of the roughly 11,000 soldiers Pyongyang sent to Russia in October and November", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "around 1,000 wounded", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("troops", NK, 10000, 12000, "range", ["Kyiv", "Seoul", "Ukraine", "South Korea"],
         "Pyongyang has sent between 10,000 and 12,000 troops", False),
        ("casualties", NK, 200, 999, "vague", ["GUR", "Ukraine's military intelligence", "Ukraine"],
         "North Korean units had lost hundreds of men in the past few days alone", True),
    ],
    "007": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian soldiers have taken two North Korean servicemen prisoner in Russia's Kursk Oblast", False),
    ],
    "008": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korea has lost about 300 soldiers killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "That puts the North's casualties at around 3,000 in all", False),
        ("captured", NK, 2, None, "exact", NIS + ["Lee Seong-kweun"],
         "Ukraine had captured two North Korean soldiers on Jan. 9", False),
        ("troops", NK, 12000, None, "up_to", NIS + ["Lee Seong-kweun"],
         "North Korea has deployed up to 12,000 troops to Russia", False),
    ],
    "010": [
        ("troops", NK, 3000, None, "about", JCS,
         "Around 3,000 more North Korean soldiers have arrived in Russia since January", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Pyongyang sent roughly 11,000 soldiers to Russia last autumn", False),
        ("casualties", UA, 59000, None, "more_than", ["Russia's Defense Ministry", "Russian Defense Ministry", "Russia"],
         "Ukraine has lost more than 59,000 troops in the Kursk region", False),
    ],
    "011": [
        ("casualties", NK, 6000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "UK", "British defence ministry"],
         "likely suffered more than 6,000 casualties", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia", "Russian General Staff"],
         "Ukraine had lost more than 76,000 troops during its eight-month incursion into Kursk", False),
        ("casualties", NK, 4700, None, "about", NIS + ["Park Sun-won"],
         "about 4,700 North Korean soldiers have been killed or wounded in Kursk", False),
        ("killed", NK, 600, None, "about", NIS + ["Park Sun-won"],
         "including roughly 600 deaths", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS + ["South Korea's intelligence agency"],
         "An estimated 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("troops", NK, 11000, None, "about", ["South Korean and Western estimates", "South Korea", "Western"],
         "North Korea sent around 11,000 troops to Kursk in the fall of 2024", False),
        ("troops", NK, 2000, 9999, "vague", ["South Korean and Western estimates", "South Korea", "Western"],
         "followed by thousands of reinforcements early this year", True),
    ],
}

NOT = {
    "000": ["about 12,000 troops in total", "four brigades", "10,000 N. Korean soldiers being readied for Russia",
            "four Russian landing ships and three escort vessels", "up to 10 years", "early 20s",
            "more than 13,000 containers", "11th Corps", "2 short-range ballistic missiles"],
    "001": ["more than 4,000 miles", "$425 million", "155mm artillery rounds", "2 new counter-drone systems",
            "for seven years"],
    "003": ["9,218 tanks", "28 warships and boats", "29 of 40 Shahed-type drones", "another 10 were",
            "a team of up to 10 officers", "114K subscribers", "UTC+2", "from $5 a month"],
    "004": ["about $2,000 per soldier per month", "Dec. 23, 2024 - 15:20", "minus 11 C", "markets rebound 1.6%",
            "tops 4 charts"],
    "006": ["one interpreter for every 30 to 40 soldiers", "78 missiles and 106 drones", "hundreds of thousands without heating",
            "jet crashes in Kazakhstan, 38 dead"],
    "007": ["born in 2005", "74 drones overnight: 47 downed, 27", "15:52"],
    "008": ["aged 20 and 26", "11th Corps", "Jan. 6", "4.2 percent"],
    "010": ["around 400 square kilometers", "about 1,300 square kilometers", "Aug. 6", "as little as $2"],
    "011": ["108 drones and five ballistic missiles", "48 drones were shot down", "a further 40", "A 17-year-old",
            "Comments (1,117)", "100 days in office", "eight-month incursion"],
    "012": ["1,000 deminers and 5,000 military construction workers", "August 21, 2025", "roughly 3 hectares",
            "09/04/25", "5 States"],
}

OFF = ["002", "005", "009", "013"]
DUP = {"014": "008"}

conflicts = {
    "must": [
        ["004-1", "006-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded "
                           "(Zelensky, same day), reported three days apart"],
        ["011-1", "011-3", "more than 6,000 casualties (UK MoD) against about 4,700 (South Korea's NIS), both given on "
                           "30 April 2025 in the same live blog"],
    ],
    "may": [
        ["001-1", "003-1", "roughly 10,000 in eastern Russia (Pentagon, Oct 28) against 11,000 in Kursk a week later: "
                           "approximate values, deployment still growing"],
        ["001-1", "004-2", "roughly 10,000 (Oct) against about 11,000 (Dec), two months apart"],
        ["001-1", "010-2", "roughly 10,000 (Oct) against about 11,000 sent last autumn (Feb), months apart"],
        ["001-1", "012-2", "roughly 10,000 (Oct 2024) against around 11,000 (Sep 2025), months apart"],
        ["010-1", "000-1", "3,000 additional reinforcements against the first 1,500-strong group"],
        ["010-1", "001-1", "3,000 additional troops against the first deployment"],
        ["010-1", "003-1", "3,000 additional troops against the first deployment"],
        ["010-1", "004-2", "3,000 additional troops against the first deployment"],
        ["010-1", "006-2", "3,000 additional troops against the first deployment"],
        ["010-1", "008-5", "3,000 additional troops against the first deployment"],
        ["010-1", "010-2", "3,000 additional troops against the 11,000 sent in the autumn (same article)"],
        ["010-1", "012-2", "3,000 additional troops against the first deployment"],
        ["004-1", "011-3", "1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): cumulative, months apart"],
        ["004-1", "011-1", "1,100 casualties (Dec 2024) against more than 6,000 (Apr 2025): cumulative, months apart"],
        ["008-3", "011-3", "about 3,000 casualties (Jan 2025) against about 4,700 (Apr 2025): cumulative, months apart"],
        ["008-3", "011-1", "about 3,000 casualties (Jan 2025) against more than 6,000 (Apr 2025): cumulative, months apart"],
        ["008-1", "011-4", "about 300 killed (Jan 2025) against about 600 (Apr 2025): cumulative, months apart"],
        ["008-1", "012-1", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025): cumulative, months apart"],
        ["011-4", "012-1", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025): cumulative, months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
