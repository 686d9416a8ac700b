#!/usr/bin/env python3
"""Gold labels for testdata/blind666 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind666: 15 articles written in our own words about the real story's known "
         "reporting, labelled blind. Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "intelligence agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
PENTAGON = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "Defense Department", "United States", "US", "U.S."]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "put the overall force being dispatched at some 12,000 soldiers", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "A first group of about 1,500 special forces troops was carried from the North's eastern ports to Vladivostok", False),
    ],
    "001": [
        ("troops", "north_korea", 10000, None, "about", PENTAGON,
         "roughly 10,000 North Korean soldiers have been sent to eastern Russia in total", False),
        ("troops", "north_korea", 8000, None, "about", PENTAGON,
         "we believe about 8,000 have moved into the Kursk oblast over the past several days", False),
        ("casualties", "russia", 600000, None, "more_than", PENTAGON,
         "Russia has now suffered more than 600,000 killed and wounded since the start of the full-scale invasion", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact",
         ["Volodymyr Zelensky", "Zelensky", "HUR", "military intelligence", "Ukraine"],
         "Eleven thousand North Korean soldiers are now stationed in Russia's Kursk Oblast", False),
        ("troops", "russia", 50000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Moscow has massed a grouping of around 50,000 troops near the border", False),
        ("troops", "north_korea", 10000, 12000, "range",
         ["Washington", "Seoul", "United States", "US", "South Korea"],
         "between 10,000 and 12,000 North Korean troops have been sent to Russia in all", False),
        ("troops", "north_korea", 500, None, "about", ["Kyrylo Budanov", "Budanov", "HUR", "military intelligence", "Ukraine"],
         "around 500 of the North Koreans are officers", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"],
         "have sustained about 1,100 casualties", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "close to 1,000 wounded", False),
        ("troops", "north_korea", 11000, None, "about",
         ["unattributed", "officials", "South Korean officials", "Joint Chiefs of Staff", "JCS", "South Korea"],
         "the roughly 11,000 North Korean troops believed to be in Russia", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Syrskyi", "Ukraine"],
         "North Korea's losses in Kursk region, dead and wounded, have already topped 3,000", False),
        ("casualties", "russia", 778000, None, "about", ["General Staff", "Armed Forces of Ukraine", "Ukraine"],
         "Russia's combat losses since February 24, 2022, at some 778,000 personnel", False),
        ("casualties", "russia", 1570, None, "exact", ["General Staff", "Armed Forces of Ukraine", "Ukraine"],
         "including 1,570 in the past day alone", False),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE, "roughly 300 killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE, "about 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "the two North Korean soldiers captured in Kursk Oblast", False),
        ("killed", "north_korea", 1000, None, "at_least", ["Special Operations Forces", "SSO", "Ukraine"],
         "killed at least a thousand North Korean soldiers", False),
    ],
    "006": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "some three thousand more soldiers", False),
    ],
    "007": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "About 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE, "including some 600 dead", False),
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "North Korea had sent roughly 15,000 soldiers to Russia in total", False),
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia", "Russian General Staff"],
         "Ukraine had lost more than 76,000 troops killed and wounded", False),
    ],
    "008": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Russian Defense Ministry", "Defense Ministry", "Russia", "TASS"],
         "the Ukrainian armed forces lost over 76,000 personnel in the Kursk area", False),
    ],
    "009": [
        ("troops", "north_korea", 14000, 15000, "range", ["South Korean officials", "South Korea", "Seoul"],
         "between 14,000 and 15,000 North Korean troops have been rotated through Russia", False),
        ("troops", "north_korea", 2000, 9999, "vague", NIS,
         "Several thousand are still there", True),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died in the fighting", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Britain's Defence Ministry", "Defence Ministry", "Ministry of Defence", "Britain", "UK", "United Kingdom"],
         "put total North Korean casualties at more than 6,000", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "Two North Korean soldiers were captured by Ukrainian forces in January 2025", False),
    ],
}

NOT = {
    "000": ["Four Russian amphibious landing ships and three escort ships", "2 killed, 5 injured in Incheon apartment fire",
            "KOSPI 2,593.35", "exports up 7.5 pct", "about 100 kilometers north of Vladivostok", "5-day trip", "Share 214"],
    "001": ["up to $425 million", "about 43,000 U.S. troops", "the 5th Bomb Wing"],
    "002": ["63 drones, 2 missiles", "42 downed", "11th Army Corps", "13,500 members", "Help us reach 15,000",
            "$5/month", "3 years"],
    "003": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "Woman, 72, killed",
            "Won falls to 1,450 level", "four days after"],
    "004": ["21 North Korean soldiers eliminated in Kursk region, three wounded", "8 tanks and 31 artillery systems",
            "1,284 views"],
    "005": ["47 Shahed-type drones", "two Iskander-M ballistic missiles", "28 drones were shot down", "aged 20 and 26",
            "some 700 kilometers from the border", "2 desk editors", "2,391 people supported us"],
    "006": ["about 200 long-range artillery guns", "5-kilogram bag tops 4,000 yen",
            "2 missing after fishing boat capsizes", "about a month"],
    "007": ["eight-month incursion", "since 2023"],
    "008": ["Pyongyang will send 1,000 sappers", "5,000 military builders",
            "send 1,000 deminers to clear the mines", "Ukrainian army loses up to 1,240 troops in all frontline areas over past day",
            "second visit to Pyongyang in two weeks"],
    "009": ["1,000 deminers and 5,000 military construction workers", "more than 12 million artillery shells",
            "Russia lost 1,000 troops per day in November", "due to open in 2026"],
}

OFF = ["010", "011", "012", "013"]
DUP = {"014": "007"}

conflicts = {
    "must": [
        ["001-2", "002-1", "about 8,000 North Korean troops in Kursk (Pentagon, Nov 4) against 11,000 in Kursk (Zelensky/HUR, Nov 7), three days apart"],
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 24)"],
        ["005-1", "005-4", "about 300 killed (NIS) against at least a thousand killed (Ukraine's SSO), same day, same live blog"],
    ],
    "may": [
        ["000-1", "001-1", "some 12,000 being dispatched overall (NIS, Oct 18) against about 10,000 sent to eastern Russia so far (Pentagon, Nov 4)"],
        ["000-1", "001-2", "12,000 overall against 8,000 in Kursk: a part of the whole, weeks later"],
        ["000-1", "002-1", "some 12,000 overall against 11,000 in Kursk, three weeks later"],
        ["001-1", "002-1", "about 10,000 in eastern Russia in total against 11,000 in Kursk alone, three days later"],
        ["001-2", "002-3", "8,000 in Kursk against 10,000-12,000 sent to Russia in all: part against whole"],
        ["001-2", "003-4", "8,000 (Nov 4) against about 11,000 (Dec 23), seven weeks apart"],
        ["006-1", "003-4", "some 3,000 additional troops against about 11,000 already there"],
        ["006-1", "002-1", "an additional 3,000 against 11,000"],
        ["007-3", "003-4", "about 15,000 including reinforcements (Apr 2025) against about 11,000 (Dec 2024)"],
        ["007-3", "002-1", "about 15,000 including reinforcements against 11,000, months apart"],
        ["007-3", "000-1", "about 15,000 in total against some 12,000, six months apart"],
        ["009-1", "003-4", "14,000-15,000 rotated through a year later against about 11,000"],
        ["003-1", "007-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): cumulative rise, months apart"],
        ["005-1", "007-2", "about 300 killed (Jan) against about 600 (Apr): cumulative rise, months apart"],
        ["005-4", "007-2", "at least 1,000 killed (SSO, Jan) against about 600 (NIS, Apr), months apart"],
        ["007-2", "009-3", "about 600 killed (Apr) against about 2,000 (Sep, reported Dec): cumulative rise, months apart"],
        ["007-1", "009-4", "about 4,700 casualties (NIS, Apr) against more than 6,000 (UK, 'as early as the spring', reported Dec)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
