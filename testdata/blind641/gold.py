#!/usr/bin/env python3
"""Gold labels for testdata/blind641 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind641 articles (written for crosscheck in our own words, labelled blind). "
         "See testdata/corpus/README.md for the meaning of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
HUR = ["Kyrylo Budanov", "Budanov", "Defence Intelligence of Ukraine", "HUR", "Ukrainian intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
UGS = ["Ukraine's general staff", "General Staff", "Ukraine", "Kyiv"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "A first group of about 1,500 special operations troops was carried from the North's east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "State Department", "United States", "US"],
         "About 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
        ("troops", "north_korea", 10000, None, "about",
         ["Lloyd Austin", "Austin", "Pentagon", "United States", "US"],
         "roughly 10,000 North Korean troops in all have been sent to Russia", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "about", HUR,
         "Around 11,000 soldiers from North Korea are already in Kursk Oblast", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "up to 12,000 of them have arrived in Russia", False),
        ("troops", "north_korea", 200, 900, "vague", HUR,
         "the North Korean contingent includes several hundred officers", True),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "North Korean troops have already lost more than 3,000 soldiers killed and wounded in Russia's Kursk Oblast", False),
        ("killed", "north_korea", 50, None, "exact",
         ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
         "they had killed 50 North Korean soldiers", False),
        ("wounded", "north_korea", 47, None, "exact",
         ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
         "wounded 47 in three days of fighting", False),
        ("troops", "north_korea", 11000, None, "about", ["Kyiv", "Ukraine", "allies", "Kyiv and its allies"],
         "about 11,000 North Korean soldiers were deployed to Kursk Oblast in the autumn", False),
    ],
    "005": [
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "South Korean military"],
         "about 1,100 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("troops", "north_korea", 10000, None, "more_than", ["Ukraine", "Western allies", "Kyiv", "allies"],
         "Pyongyang has sent more than 10,000 troops to Russia", False),
        ("casualties", "ukraine", 47000, None, "more_than",
         ["Russia's defence ministry", "Russian defence ministry", "Russian Defense Ministry", "Russia"],
         "Ukraine has lost more than 47,000 troops in the Kursk region", False),
    ],
    "007": [
        ("casualties", "north_korea", 4000, None, "about", ZEL,
         "North Korea had lost around four thousand soldiers killed and wounded", False),
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "Some 300 North Korean soldiers are thought to have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "about 2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "bringing casualties to roughly 3,000", False),
        ("casualties", "russia", 1810, None, "exact", UGS,
         "Russian forces had lost 1,810 troops in the past 24 hours", False),
        ("casualties", "russia", 814010, None, "exact", UGS,
         "bringing Russia's total losses since February 2022 to 814,010", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "the two North Korean soldiers it captured in Kursk region", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the enemy lost more than 76,000 servicemen during the operation", False),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "North Korea has suffered about 4,700 casualties fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "including some 600 soldiers killed", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "the roughly 3,000 it reported in January", False),
        ("troops", "north_korea", 3000, None, "about", NIS_LEE,
         "the North had sent some three thousand additional soldiers to Russia", False),
        ("troops", "north_korea", 11000, None, "about", NIS_LEE,
         "the roughly 11,000 dispatched last year", False),
        ("killed", "north_korea", 1000, None, "at_least",
         ["Ukrainian military intelligence", "HUR", "Ukraine", "Kyiv"],
         "the number of North Korean soldiers killed is no lower than 1,000", False),
    ],
    "011": [
        ("troops", "north_korea", 10000, 12000, "range", ["unattributed"],
         "Pyongyang sent between 10,000 and 12,000 soldiers to the Kursk front", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "thousands of them were killed or wounded", True),
    ],
    "013": [
        ("troops", "north_korea", 11000, None, "about",
         ["South Korean intelligence", "Ukrainian intelligence", "South Korea", "Ukraine"],
         "Roughly eleven thousand troops arrived in Russia in the autumn of 2024", False),
        ("troops", "north_korea", 3000, None, "about", ["Seoul", "South Korea"],
         "Seoul says some three thousand more followed in early 2025", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "it believed about 2,000 North Korean soldiers had been killed", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine captured two soldiers in Kursk in January 2025", False),
    ],
}

NOT = {
    "000": ["roughly 12,000 soldiers", "about 12,000 troops, in total", "four brigades",
            "four Russian amphibious landing ships and three escort vessels", "more than 13,000 containers",
            "13,000+ containers", "KOSPI closes at 2,593.82", "40-fold", "3 more districts", "Oct. 8 and 13"],
    "001": ["flew for 86 minutes", "more than 7,000 kilometers (4,350 miles)", "death toll climbs past 150",
            "Early voting tops 60 million", "The four ministers"],
    "002": ["810th Separate Marine Brigade", "155th Marine Brigade", "AK-12 rifles", "3 injured",
            "Russia launched 96 drones overnight, 62 shot down", "4 November", "6 August", "1 December"],
    "004": ["a group of three soldiers", "a distance of about 7 meters", "around 800 square kilometers",
            "Aug. 6", "injures 6", "Join more than 12,000 members", "since 2019"],
    "005": ["about 200 long-range artillery guns", "S&P 500 5,974.07", "USD/KRW 1,452.40", "Dec. 4"],
    "007": ["aged 20 and 26", "9 tanks and 31 artillery systems", "12 Ukrainian drones",
            "death toll rises to 24", "Cryptic crossword No 29,588", "Ten of the best winter walks", "$5 a month"],
    "009": ["Article 4", "June 19, 2024", "over 7,700 pieces of weapons and military equipment", "412 tanks",
            "115 Ukrainian drones"],
    "010": ["28 trillion won ($19.6 billion)", "6.7 trillion won", "3 dead in Gimhae apartment fire",
            "5 things to know about the June 3 snap election", "Dec. 4, 2024"],
    "011": ["1,000 sappers", "5,000 military construction workers", "about 10 kilometers",
            "eight-month incursion", "Japan's exports fall 1.7%"],
    "013": ["a pledge Moscow said would involve 6,000 people", "6,000 North Korean builders and deminers",
            "more than three times", "$20bn (£14.8bn)", "26 countries pledged troops"],
}

OFF = ["003", "008", "012", "014"]
DUP = {"006": "001"}

conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, 31 Oct) against around 11,000 in Kursk (Budanov, 5 Nov), four days apart"],
        ["004-1", "005-1", "more than 3,000 North Korean killed and wounded (Zelensky) against about 1,100 (South Korea's JCS), both given on 23 Dec 2024"],
        ["007-1", "007-4", "around 4,000 North Korean casualties (Zelensky) against roughly 3,000 (NIS), the same day in one live blog"],
        ["010-2", "010-6", "some 600 North Korean dead (NIS) against no lower than 1,000 (Ukrainian military intelligence), in one article"],
    ],
    "may": [
        # troops: totals in Russia against a Kursk figure, and weeks or months apart
        ["001-2", "002-1", "roughly 10,000 sent to Russia (Pentagon) against around 11,000 in Kursk (HUR) five days later: a part larger than the whole, both rounded"],
        ["001-2", "004-4", "roughly 10,000 (Pentagon, 31 Oct) against about 11,000 deployed in the autumn (Kyiv and allies, 23 Dec), seven weeks apart"],
        ["001-2", "010-5", "roughly 10,000 (Pentagon, Oct 2024) against roughly 11,000 sent last year (NIS, Apr 2025), months apart"],
        ["001-2", "013-1", "roughly 10,000 (Pentagon, Oct 2024) against roughly eleven thousand (Sep 2025), months apart"],
        ["001-1", "004-4", "about 8,000 in Kursk (31 Oct) against about 11,000 deployed to Kursk (23 Dec), seven weeks apart"],
        ["001-1", "005-2", "about 8,000 in Kursk against more than 10,000 sent to Russia (24 Dec): a part against the whole, weeks apart"],
        ["001-1", "010-5", "about 8,000 in Kursk (Oct 2024) against roughly 11,000 sent last year (Apr 2025), months apart"],
        ["001-1", "011-1", "about 8,000 in Kursk (Oct 2024) against 10,000-12,000 (Jun 2025), months apart"],
        ["001-1", "013-1", "about 8,000 in Kursk (Oct 2024) against roughly eleven thousand (Sep 2025), months apart"],
        ["010-4", "001-1", "an additional 3,000 (NIS, Apr 2025) against about 8,000 (Oct 2024)"],
        ["010-4", "001-2", "an additional 3,000 against roughly 10,000"],
        ["010-4", "002-1", "an additional 3,000 against around 11,000"],
        ["010-4", "004-4", "an additional 3,000 against about 11,000"],
        ["010-4", "005-2", "an additional 3,000 against more than 10,000"],
        ["010-4", "010-5", "an additional 3,000 against the roughly 11,000 sent before, in one article"],
        ["010-4", "011-1", "an additional 3,000 against 10,000-12,000"],
        ["010-4", "013-1", "an additional 3,000 against roughly eleven thousand"],
        ["013-2", "001-1", "some three thousand more (Sep 2025) against about 8,000 (Oct 2024)"],
        ["013-2", "001-2", "some three thousand more against roughly 10,000"],
        ["013-2", "002-1", "some three thousand more against around 11,000"],
        ["013-2", "004-4", "some three thousand more against about 11,000"],
        ["013-2", "005-2", "some three thousand more against more than 10,000"],
        ["013-2", "010-5", "some three thousand more against roughly 11,000"],
        ["013-2", "011-1", "some three thousand more against 10,000-12,000"],
        ["013-2", "013-1", "some three thousand more against roughly eleven thousand, in one article"],
        # casualties: a cumulative figure rising over weeks and months
        ["004-1", "007-4", "more than 3,000 (Zelensky, 23 Dec) against roughly 3,000 (NIS, 13 Jan): the bound is barely met, three weeks apart"],
        ["004-1", "010-3", "more than 3,000 (Zelensky, 23 Dec) against roughly 3,000 as of January (NIS)"],
        ["005-1", "007-1", "about 1,100 (JCS, 23 Dec) against around 4,000 (Zelensky, 13 Jan), three weeks apart"],
        ["005-1", "007-4", "about 1,100 (JCS, 23 Dec) against roughly 3,000 (NIS, 13 Jan), three weeks apart"],
        ["005-1", "010-1", "about 1,100 (JCS, Dec 2024) against about 4,700 (NIS, Apr 2025), months apart"],
        ["005-1", "010-3", "about 1,100 (JCS, Dec 2024) against roughly 3,000 (NIS, Jan 2025)"],
        ["007-1", "010-1", "around 4,000 (Zelensky, Jan) against about 4,700 (NIS, Apr), months apart"],
        ["007-1", "010-3", "around 4,000 (Zelensky, Jan) against roughly 3,000 as of January (NIS), reported months later"],
        ["007-4", "010-1", "roughly 3,000 (NIS, Jan) against about 4,700 (NIS, Apr): the same agency's cumulative count months later"],
        # killed: a cumulative figure rising over months
        ["007-2", "010-2", "some 300 dead (NIS, Jan) against some 600 (NIS, Apr): the same agency's cumulative count months later"],
        ["007-2", "010-6", "some 300 dead (NIS, Jan) against no lower than 1,000 (HUR, Apr), months apart"],
        ["007-2", "013-3", "some 300 dead (NIS, Jan) against about 2,000 (NIS, Sep), months apart"],
        ["010-2", "013-3", "some 600 dead (NIS, Apr) against about 2,000 (NIS, Sep), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
