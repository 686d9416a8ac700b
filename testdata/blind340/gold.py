#!/usr/bin/env python3
"""Gold labels for testdata/blind340 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU = "north_korea", "russia"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "President of Ukraine", "Ukraine"]
GS = ["General Staff", "Ukraine's General Staff", "Ukraine"]
SK_MIL = ["South Korea's military", "South Korea", "Joint Chiefs of Staff", "JCS"]

about = ("Gold labels for testdata/blind340/articles: fifteen articles written in our own words about the "
         "real story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for the meaning of every field.")

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS, "North Korea is sending about 12,000 troops", False),
        ("troops", NK, 1500, None, "about", NIS, "the first group of roughly 1,500 special forces soldiers", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand North Korean soldiers in the Kursk region of Russia", False),
    ],
    "002": [
        ("troops", NK, 10000, 12000, "range", ["Ukraine", "United States", "US", "South Korea"],
         "between 10,000 and 12,000 North Korean troops were sent to Russia", False),
        ("troops", NK, 500, None, "about", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "the contingent includes around 500 officers", False),
    ],
    "004": [
        ("killed", NK, 100, None, "at_least", NIS_LEE, "at least 100 killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE, "around 1,000 wounded", False),
        ("casualties", NK, 1100, None, "about", NIS_LEE, "That would put the North's losses at about 1,100", False),
        ("troops", NK, 11000, None, "about", NIS_LEE, "Of the roughly 11,000 North Korean troops in Russia", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "Upwards of 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("casualties", RU, 778000, None, "about", GS,
         "Russia has lost around 778,000 soldiers in Ukraine since the start of the full-scale invasion", False),
        ("casualties", RU, 1580, None, "exact", GS, "including 1,580 in the past 24 hours", False),
    ],
    "006": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian troops had captured two North Korean soldiers in the Kursk region", False),
        ("casualties", NK, 3000, None, "more_than", NIS, "North Korean casualties in Kursk had surpassed 3,000", False),
        ("killed", NK, 300, None, "about", NIS, "roughly 300 dead", False),
        ("wounded", NK, 2700, None, "about", NIS, "some 2,700 wounded", False),
        ("killed", NK, 1000, None, "more_than", ["senior Western official", "Western official", "Washington", "United States"],
         "well over a thousand of them have been killed since early December", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Yonhap"],
         "North Korea has sent some three thousand additional soldiers to Russia", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Pyongyang sent roughly 11,000 soldiers to Russia last autumn", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS_LEE, "have suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS_LEE, "including some 600 deaths", False),
    ],
    "012": [
        ("troops", NK, 14000, None, "about", SK_MIL, "the North has sent some 14,000 soldiers to Russia in total", False),
        ("casualties", NK, 4700, None, "about", SK_MIL, "of whom around 4,700 have been killed or wounded", False),
    ],
    "013": [
        ("killed", NK, 9, None, "exact", ["KCNA", "North Korean state media", "North Korea", "Kim Jong-un"],
         "nine of their comrades killed clearing mines in Russia's Kursk region", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting in Kursk", False),
        ("wounded", NK, 2000, 9999, "vague", ["Seoul", "South Korea", "National Intelligence Service", "NIS"],
         "Several thousand more have been wounded", True),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"], "The two soldiers captured by Ukraine in January", False),
    ],
}

NOT = {
    "000": ["four Russian landing ships and three escort vessels", "since 1990", "more than 13,000 containers",
            "between Oct. 8 and 13", "3.25 pct", "2,593.82", "1,368.9 per dollar", "1 million copies in 6 days",
            "278 bln rupees"],
    "001": ["up to 15,000 North Korean military personnel", "more than 900 guided aerial bombs",
            "almost 500 attack drones", "some 30 missiles", "14 assaults", "UAH 41.24/USD"],
    "002": ["around $2,000 a month", "170mm self-propelled guns", "240mm multiple rocket launchers", "Article 4",
            "roughly 245 kilometers (152 miles)", "1,000 days", "shrank 0.2% in 2023", "$275 million weapons package"],
    "004": ["the 11th Army Corps", "in their early 20s", "in less than two weeks", "KOSPI 2,435.93",
            "USD/KRW 1,451.40", "Won slides past 1,450 to the dollar"],
    "005": ["14 tanks and 38 artillery systems", "52 of the 103 Shahed-type and decoy drones", "44 more",
            "about 60,000 customers", "from $5/month", "since 1995", "6 things you need to know"],
    "006": ["two wounded North Korean soldiers lying in hospital beds", "20 years old and the other 26",
            "since 1953", "hundreds of millions of dollars a year", "Share full article 342",
            "500 Miles From Border", "$500 Million", "Section A, Page 6"],
    "008": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "roughly 1,300 square kilometers",
            "about two-thirds", "2 More Villages", "$2 a month"],
    "009": ["28 trillion won ($19.6 billion)", "1,900 trillion won", "747 jumbo jets by 2026"],
    "012": ["1,000 sappers and 5,000 military construction workers", "his third to the North",
            "a little over three months", "June 19, 2024", "B-52 bomber", "3.7% in May"],
    "013": ["120 days of demining work", "Kim, 41", "the third such ceremony this year", "3 of 5 regional polls",
            "3.2% in November", "GBP 2 a month"],
}

OFF = ["003", "007", "011", "014"]
DUP = {"010": "009"}

conflicts = {
    "must": [
        ["004-3", "005-1", "about 1,100 casualties (South Korea's NIS, via Lee Seong-kweun, Dec 19) against more than "
                           "3,000 killed or wounded (Zelensky, Dec 23), four days apart"],
        ["006-3", "006-5", "roughly 300 killed (South Korea's NIS) against well over a thousand killed since early "
                           "December (senior Western official), same article, same period"],
    ],
    "may": [
        ["000-1", "001-1", "about 12,000 sent to Russia (NIS, Oct 18) against 11,000 already in Kursk (Zelensky, Nov 4)"],
        ["000-1", "004-4", "about 12,000 (NIS, Oct 2024) against roughly 11,000 in Russia (NIS, Dec 2024), two months apart"],
        ["000-1", "008-2", "about 12,000 (Oct 2024) against roughly 11,000 sent last autumn (Feb 2025), months apart"],
        ["000-1", "012-1", "about 12,000 (Oct 2024) against some 14,000 in total with reinforcements (Jun 2025), months apart"],
        ["001-1", "012-1", "11,000 in Kursk (Nov 2024) against some 14,000 in total (Jun 2025), months apart"],
        ["002-1", "012-1", "10,000-12,000 (Nov 2024) against some 14,000 in total (Jun 2025), months apart"],
        ["004-4", "012-1", "roughly 11,000 (Dec 2024) against some 14,000 in total (Jun 2025), months apart"],
        ["008-2", "012-1", "roughly 11,000 sent last autumn against some 14,000 in total (Jun 2025), months apart"],
        ["000-1", "008-1", "about 12,000 against some three thousand additional soldiers"],
        ["001-1", "008-1", "11,000 against some three thousand additional soldiers"],
        ["002-1", "008-1", "10,000-12,000 against some three thousand additional soldiers"],
        ["004-4", "008-1", "roughly 11,000 against some three thousand additional soldiers"],
        ["008-1", "008-2", "some three thousand additional soldiers against the roughly 11,000 sent last autumn"],
        ["008-1", "012-1", "some three thousand additional soldiers against some 14,000 in total"],
        ["004-3", "009-1", "about 1,100 casualties (NIS, Dec 2024) against about 4,700 (NIS, Apr 2025): a later rise, months apart"],
        ["004-3", "012-2", "about 1,100 casualties (NIS, Dec 2024) against around 4,700 (South Korea's military, Jun 2025), months apart"],
        ["006-3", "009-2", "roughly 300 killed (NIS, Jan 2025) against some 600 (NIS, Apr 2025): a later rise, months apart"],
        ["006-5", "009-2", "well over a thousand killed (Western official, Jan 2025) against some 600 (NIS, Apr 2025), months apart"],
        ["006-3", "013-2", "roughly 300 killed (NIS, Jan 2025) against about 2,000 (NIS, Sep 2025), months apart"],
        ["009-2", "013-2", "some 600 killed (NIS, Apr 2025) against about 2,000 (NIS, Sep 2025), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
