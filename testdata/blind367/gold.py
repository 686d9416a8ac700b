#!/usr/bin/env python3
"""Gold labels for testdata/blind367 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind367: 15 articles written in our own words about North Korean troops "
         "in Russia's Kursk region, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "South Korean intelligence"]
NIS_LEE = NIS + ["Lee Seong-kweun", "lawmakers"]
PENTAGON = ["Pat Ryder", "Ryder", "Pentagon", "Department of Defense", "United States", "U.S.", "US"]
ZELENSKY = ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Oleksandr Syrskyi", "Syrskyi"]
HUR = ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]

A = {
    # Korea Times, 2024-12-19: NIS via lawmaker Lee Seong-kweun
    "000": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE, "at least 100 killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "The number of wounded was estimated at roughly 1,000", False),
        ("casualties", "north_korea", 1100, None, "about", NIS_LEE,
         "the agency sees North Korean casualties at around 1,100", False),
    ],
    # Yonhap, 2024-10-18
    "002": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "North Korea is deploying some 12,000 soldiers in four brigades to Russia", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "an initial contingent of about 1,500 special forces", False),
    ],
    # Guardian live blog, 2025-01-13
    "003": [
        ("casualties", "russia", 1630, None, "exact", ["Ukraine's general staff", "general staff", "Ukraine"],
         "Russia lost 1,630 soldiers killed or wounded over the past 24 hours", False),
        ("killed", "north_korea", 1000, None, "more_than", HUR,
         "North Korean dead in Kursk now number more than a thousand", False),
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE, "and 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", ZELENSKY,
         "Ukrainian forces captured two North Korean soldiers in the Kursk region", False),
    ],
    # Kyiv Post, 2024-12-23
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZELENSKY,
         "killed and wounded in Russia's Kursk Oblast has passed three thousand", False),
    ],
    # Pentagon briefing transcript, 2024-10-31
    "006": [
        ("troops", "north_korea", 10000, None, "about", PENTAGON,
         "North Korea has sent roughly 10,000 soldiers in total to eastern Russia", False),
        ("troops", "north_korea", 8000, None, "about", PENTAGON,
         "about 8,000 have now moved into the Kursk oblast", False),
    ],
    # Reuters, 2025-02-27
    "007": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Seoul"],
         "some three thousand more soldiers", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "roughly 11,000 troops to Russia's Kursk region last autumn", False),
    ],
    # NHK World, 2025-04-30
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["lawmakers"],
         "about 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["lawmakers"], "roughly 600 deaths", False),
        ("troops", "north_korea", 15000, None, "about", NIS + ["lawmakers"],
         "North Korea has sent about 15,000 troops in total", False),
    ],
    # TASS, 2025-06-17
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia", "Russian Defense Ministry"],
         "the enemy lost more than 76,000 servicemen", False),
    ],
    # DW explainer, 2024-11-08
    "012": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["United States", "Washington", "South Korea", "Seoul", "Ukraine", "Kyiv", "officials"],
         "between 10,000 and 12,000 North Korean servicemen were on Russian soil", False),
        ("troops", "north_korea", 500, None, "about", HUR, "roughly 500 officers", False),
        ("troops", "north_korea", 2000, 9999, "vague",
         ["Kyiv", "Seoul", "Washington", "Ukraine", "South Korea", "United States"],
         "thousands of them are already near the front line", True),
    ],
    # Meduza, 2025-09-10
    "014": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["lawmakers"],
         "about 2,000 North Korean soldiers have died", False),
        ("killed", "north_korea", 9, None, "exact", ["state media", "KCNA", "North Korea", "Pyongyang"],
         "nine sappers were killed", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["Ukrainian officials", "Ukraine"],
         "several thousand North Korean soldiers remain in the Kursk region", True),
    ],
}

NOT = {
    "000": ["240-millimeter multiple rocket launchers", "Won falls to 1,450 per dollar", "KOSPI 2,435.93",
            "minus 15"],
    "002": ["more than 13,000 containers", "between Oct. 8 and 13", "9.1 trillion won",
            "S. Korea's exports rise 7.5% in September"],
    "003": ["One is 20 years old, the other 26", "58 of 74 drones", "€650m",
            "death toll rises to 24"],
    "004": ["Russia launched 103 drones overnight, 52 shot down", "Dec. 4", "since 2019"],
    "006": ["more than 40,000 U.S. service members", "a range of about 300 kilometers",
            "56th Security Consultative Meeting", "1,204 shares"],
    "007": ["roughly 200 long-range guns", "1950-53 Korean War", "$7 billion buyback plan"],
    "009": ["roughly 20 trillion won", "686,061", "1.5 million passengers"],
    "011": ["1,000 sappers", "5,000 military builders", "June 19, 2024", "28 Ukrainian drones"],
    "012": ["about 1.2 million active personnel", "28,500 troops", "$2,000 per soldier per month",
            "11th Army Corps", "some 700 square kilometers"],
    "014": ["6,000 sappers and military builders", "19-year-old private", "Three hundred thousand rubles"],
}

OFF = ["001", "005", "008", "013"]
DUP = {"010": "004"}

conflicts = {
    "must": [
        ["000-3", "004-1", "about 1,100 North Korean casualties (NIS via Lee Seong-kweun, Dec 19) against "
         "more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["003-2", "003-3", "more than a thousand North Korean dead (Ukraine's HUR) against about 300 killed "
         "(South Korea's NIS), the same day in one live blog"],
    ],
    "may": [
        # troops: planned or running totals a few weeks or months apart, Kursk against all of Russia
        ["002-1", "006-1", "about 12,000 being deployed (NIS, Oct 18) against roughly 10,000 sent so far (Pentagon, Oct 31)"],
        ["002-1", "007-2", "12,000 in all (Oct 2024) against 11,000 sent to Kursk last autumn (Feb 2025 background)"],
        ["006-1", "007-2", "10,000 in eastern Russia (Oct 2024) against 11,000 to Kursk last autumn, months apart"],
        ["006-2", "007-2", "8,000 in Kursk (Oct 31 2024) against 11,000 to Kursk last autumn, months apart"],
        ["002-1", "009-3", "12,000 (Oct 2024) against 15,000 in total including reinforcements (Apr 2025)"],
        ["006-1", "009-3", "10,000 (Oct 2024) against 15,000 in total (Apr 2025)"],
        ["012-1", "009-3", "10,000-12,000 (Nov 2024) against 15,000 in total (Apr 2025)"],
        ["007-2", "009-3", "11,000 initial deployment against 15,000 in total including reinforcements"],
        ["007-1", "002-1", "an additional 3,000 against the initial 12,000"],
        ["007-1", "006-1", "an additional 3,000 against the initial 10,000"],
        ["007-1", "006-2", "an additional 3,000 against 8,000 in Kursk"],
        ["007-1", "012-1", "an additional 3,000 against 10,000-12,000"],
        ["007-1", "007-2", "an additional 3,000 against the 11,000 sent last autumn, in one article"],
        ["007-1", "009-3", "an additional 3,000 against 15,000 in total"],
        # killed / casualties: cumulative estimates months apart
        ["003-3", "009-2", "about 300 killed (Jan) against about 600 (Apr): the NIS's running count, months apart"],
        ["003-2", "009-2", "more than 1,000 killed (HUR, Jan) against about 600 (NIS, Apr), months apart"],
        ["003-3", "014-1", "about 300 killed (Jan) against about 2,000 (Sep), months apart"],
        ["009-2", "014-1", "about 600 killed (Apr) against about 2,000 (Sep): the NIS's running count, months apart"],
        ["000-3", "009-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
