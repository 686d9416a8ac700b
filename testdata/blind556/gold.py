#!/usr/bin/env python3
"""Gold labels for testdata/blind556 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind556: fifteen articles written for crosscheck about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025). See testdata/corpus/README.md for the "
         "meaning of every field and how a system's output is scored.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Ukraine"]
UN = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS, "North Korea is sending some 12,000 troops", False),
        ("troops", NK, 1500, None, "about", NIS, "About 1,500 special operations troops have already made the crossing by sea", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL, "We are seeing eleven thousand North Korean soldiers in Kursk Oblast", False),
        ("troops", NK, 12000, None, "up_to", ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukraine"],
         "up to 12,000 North Korean military personnel are now on Russian soil", False),
    ],
    "002": [
        ("killed", NK, 100, None, "at_least", NIS_LEE, "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE, "around 1,000 wounded", False),
        ("casualties", NK, 1100, None, "about", NIS_LEE,
         "put North Korea's total losses at roughly 1,100 troops killed or wounded", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "Washington", "South Korea", "United States"],
         "The roughly 11,000 soldiers Pyongyang has sent", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded", False),
        ("troops", NK, 10000, 12000, "range", ["U.S.", "United States", "South Korea", "Ukraine"],
         "North Korea has sent between 10,000 and 12,000 troops to Russia", False),
    ],
    "005": [
        ("killed", NK, 1000, None, "more_than",
         ["Ukrainian officers", "Ukrainian commanders", "95th air assault brigade", "Ukraine", "The Guardian"],
         "North Korean dead now number more than 1,000", False),
        ("killed", NK, 300, None, "about", NIS_LEE, "around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL, "Ukrainian forces had captured two North Korean soldiers", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", NIS,
         "Pyongyang had dispatched roughly three thousand additional soldiers in January and February", False),
        ("casualties", NK, 4000, None, "about", ["Kyiv", "Ukraine"],
         "Kyiv puts North Korea's losses at around 4,000 killed and wounded", False),
        ("casualties", UA, 60000, None, "more_than",
         ["Russian Defense Ministry", "Russia's Defense Ministry", "Defense Ministry", "Russia"],
         "Ukraine has lost more than 60,000 troops in the Kursk region", False),
        ("captured", RU, 700, None, "more_than", ["Kyiv", "Ukraine"],
         "it had taken more than 700 Russian soldiers prisoner", False),
    ],
    "007": [
        ("troops", NK, 11000, None, "about", UN,
         "Some eleven thousand North Korean soldiers were sent to Kursk last autumn", False),
        ("troops", NK, 2000, 9000, "vague", UN, "several thousand more following early this year", True),
        ("casualties", UA, 76000, None, "more_than", ["Gerasimov", "Valery Gerasimov", "Russia"],
         "Ukraine had lost more than 76,000 troops killed and wounded", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "about 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS_LEE, "Roughly 600 of them are believed to have died", False),
    ],
    "009": [
        ("troops", NK, 14000, None, "about", ["South Korea", "Seoul"],
         "Pyongyang has sent roughly 14,000 troops to Russia so far, South Korea estimates", False),
        ("troops", NK, 11000, None, "about", ["South Korea", "Seoul"], "about 11,000 in a first wave last autumn", False),
        ("troops", NK, 3000, None, "about", ["South Korea", "Seoul"], "some 3,000 more in January and February", False),
    ],
    "010": [
        ("troops", NK, 10000, 12000, "range", NIS,
         "between 10,000 and 12,000, according to the National Intelligence Service", False),
        ("troops", NK, 3000, None, "about", NIS,
         "Some three thousand reinforcements followed in January and February this year", False),
        ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won"],
         "about 2,000 North Korean soldiers had been killed", False),
        ("killed", NK, 9, None, "exact", ["Kim Jong Un", "Korean Central News Agency", "KCNA", "North Korea"],
         "nine of the regiment's soldiers had died during the mission", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"],
         "Ukraine says it holds two North Korean soldiers captured in January 2025", False),
    ],
}

NOT = {
    "000": ["organised in four brigades", "Four Russian navy landing ships and three escort vessels",
            "more than 13,000 containers of artillery shells", "between Oct. 8 and 13",
            "S. Korea's exports up 7.5 pct in first 10 days of October", "Won falls to 1,368 against dollar",
            "sections of 2 inter-Korean roads"],
    "001": ["Russia loses 1,310 soldiers and 32 artillery systems over past day",
            "first 100 Ukrainian-made long-range drones", "several hundred square kilometres", "Article 4",
            "on 6 August"],
    "002": ["240mm multiple rocket launchers", "170mm self-propelled guns",
            "Kyiv says 30 North Korean soldiers killed or wounded in Kursk clash", "12/16/2024"],
    "004": ["the 1950-53 Korean War", "20 Ukrainian drones"],
    "005": ["the 95th air assault brigade", "One, aged 20", "the other, 26", "49 Ukrainian drones", "since 2019"],
    "006": ["Article 4 of the partnership treaty", "a population of 146 million",
            "fighting alongside 12K North Koreans", "seven months of Ukrainian control", "from €5 a month"],
    "007": ["in June 2024", "eight-month incursion", "265 days on", "North Korea's 3,000-strong second wave",
            "3 min Reading time"],
    "008": ["about 200 long-range artillery pieces", "Watch video 0:58", "16:15 JST"],
    "009": ["1,000 sappers", "5,000 military construction workers", "1,000 deminers and 5,000 military builders",
            "as much as $20 billion", "Oil Jumps 4%", "KOSPI 2,950.30", "USD/KRW 1,366.20", "$14 Billion Extra Budget"],
    "010": ["1,000 deminers and 5,000 military builders", "about 120 days", "14 months on", "since the 1950s",
            "rise 0.4% in first week of December", "rises to 58%"],
}

OFF = ["003", "012", "013", "014"]
DUP = {"011": "004"}

conflicts = {
    "must": [
        ["002-3", "004-1", "about 1,100 North Korean casualties (NIS via lawmaker Lee Seong-kweun, Dec 19) against "
                           "more than 3,000 killed or wounded (Zelenskyy, Dec 23), four days apart"],
        ["005-1", "005-2", "more than 1,000 North Korean dead (Ukrainian officers) against around 300 killed "
                           "(South Korea's NIS), in the same live blog on the same day"],
    ],
    "may": [
        # troops: months apart, or an additional force against a total
        ["000-1", "001-1", "about 12,000 sent (NIS, Oct) against 11,000 in Kursk (Zelensky, Nov): a subset, weeks apart"],
        ["000-1", "002-4", "about 12,000 (Oct) against roughly 11,000 (Dec), two months apart"],
        ["000-1", "006-1", "12,000 against an additional 3,000"],
        ["000-1", "007-1", "12,000 (Oct 2024) against 11,000 (Apr 2025), months apart"],
        ["000-1", "009-1", "12,000 (Oct 2024) against 14,000 in total (Jun 2025), months apart, includes reinforcements"],
        ["000-1", "009-2", "12,000 (Oct 2024) against 11,000 first wave (Jun 2025), months apart"],
        ["000-1", "009-3", "12,000 against 3,000 more"],
        ["000-1", "010-2", "12,000 against 3,000 reinforcements"],
        ["000-2", "006-1", "1,500 special forces (Oct) against 3,000 additional (Mar): two parts, months apart"],
        ["000-2", "009-3", "1,500 special forces against 3,000 second wave: two parts, months apart"],
        ["000-2", "010-2", "1,500 special forces against 3,000 reinforcements: two parts, months apart"],
        ["001-1", "006-1", "11,000 against an additional 3,000"],
        ["001-1", "009-1", "11,000 in Kursk (Nov 2024) against 14,000 in total (Jun 2025)"],
        ["001-1", "009-3", "11,000 against 3,000 more"],
        ["001-1", "010-2", "11,000 against 3,000 reinforcements"],
        ["001-2", "009-1", "up to 12,000 (Nov 2024) against 14,000 (Jun 2025), months apart, includes reinforcements"],
        ["002-4", "006-1", "11,000 against an additional 3,000"],
        ["002-4", "009-1", "11,000 (Dec 2024) against 14,000 in total (Jun 2025)"],
        ["002-4", "009-3", "11,000 against 3,000 more"],
        ["002-4", "010-2", "11,000 against 3,000 reinforcements"],
        ["004-2", "006-1", "10,000-12,000 against an additional 3,000"],
        ["004-2", "009-1", "10,000-12,000 (Dec 2024) against 14,000 in total (Jun 2025)"],
        ["004-2", "009-3", "10,000-12,000 against 3,000 more"],
        ["004-2", "010-2", "10,000-12,000 against 3,000 reinforcements"],
        ["006-1", "007-1", "an additional 3,000 against 11,000 sent last autumn"],
        ["006-1", "009-2", "an additional 3,000 against 11,000 first wave"],
        ["006-1", "010-1", "an additional 3,000 against 10,000-12,000 in autumn 2024"],
        ["007-1", "009-1", "11,000 (Apr) against 14,000 in total (Jun), includes reinforcements"],
        ["007-1", "009-3", "11,000 against 3,000 more"],
        ["007-1", "010-2", "11,000 against 3,000 reinforcements"],
        ["009-1", "010-1", "14,000 in total (Jun 2025) against 10,000-12,000 in autumn 2024"],
        ["009-2", "009-3", "11,000 first wave against 3,000 more: an additional force"],
        ["009-2", "010-2", "11,000 first wave against 3,000 reinforcements"],
        ["009-3", "010-1", "3,000 more against 10,000-12,000 first wave"],
        ["010-1", "010-2", "10,000-12,000 against 3,000 reinforcements, same explainer"],
        ["007-1", "007-2", "11,000 sent last autumn against several thousand more: an additional force, same article"],
        ["000-1", "007-2", "12,000 against several thousand more (vague, additional)"],
        ["001-1", "007-2", "11,000 against several thousand more (vague, additional)"],
        ["002-4", "007-2", "11,000 against several thousand more (vague, additional)"],
        ["004-2", "007-2", "10,000-12,000 against several thousand more (vague, additional)"],
        ["007-2", "009-1", "several thousand more against 14,000 in total"],
        ["007-2", "009-2", "several thousand more against 11,000 first wave"],
        ["007-2", "010-1", "several thousand more against 10,000-12,000 first wave"],
        # casualties: cumulative figures months apart
        ["002-3", "006-2", "1,100 (Dec) against about 4,000 (Mar), months apart, cumulative"],
        ["002-3", "008-1", "1,100 (Dec) against about 4,700 (Apr), months apart, cumulative"],
        ["006-2", "008-1", "about 4,000 (Kyiv, Mar) against about 4,700 (NIS, Apr), two months apart"],
        # killed: cumulative figures months apart
        ["005-1", "008-2", "more than 1,000 dead (Jan) against about 600 (Apr), months apart"],
        ["005-2", "008-2", "about 300 (Jan) against about 600 (Apr): the same agency's cumulative count, months apart"],
        ["005-2", "010-3", "about 300 (Jan) against about 2,000 (Sep): cumulative, months apart"],
        ["008-2", "010-3", "about 600 (Apr) against about 2,000 (Sep): cumulative, months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
