#!/usr/bin/env python3
"""Gold labels for blind524 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind524/articles: fifteen articles written for crosscheck about the "
         "real story's known reporting, labelled blind. See testdata/corpus/README.md for the fields.")

NK = "north_korea"
HUR = ["Defence Intelligence", "Defence Intelligence of Ukraine", "HUR", "Ukrainian intelligence", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency", "Lee Seong-kweun"]
SK_EST = ["South Korean estimates", "South Korea", "Seoul", "National Intelligence Service", "NIS"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", HUR,
         "Around 12,000 North Korean military personnel, HUR says, are now in Russia", False),
        ("troops", NK, 500, None, "about", HUR, "including about 500 officers", False),
    ],
    "002": [
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers have died fighting Ukrainian forces in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", NIS, "Nearly a thousand more have been wounded", False),
        ("troops", NK, 10000, None, "more_than", ["National Intelligence Service", "NIS", "South Korea", "the agency"],
         "more than 10,000 North Korean troops had been sent to Russia", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than",
         ["Zelenskyy", "Volodymyr Zelenskyy", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "North Korean troops killed or wounded in Kursk now number more than 3,000", False),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "roughly 1,100 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 200, 900, "vague", ["John Kirby", "Kirby", "White House", "United States", "US"],
         "North Korean units had suffered \"several hundred\" casualties", True),
    ],
    "004": [
        ("captured", NK, 2, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk Oblast", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea sent an estimated 11,000 soldiers to Russia last fall", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS, "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS, "2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS, "confirmed the capture of two North Korean soldiers", False),
    ],
    "007": [
        ("troops", NK, 1000, 3000, "range", NIS + ["South Korea's spy agency"],
         "an additional 1,000 to 3,000 troops to Russia since January", False),
        ("troops", NK, 11000, None, "about", NIS,
         "about 11,000 North Korean soldiers deployed last year", False),
    ],
    "008": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russia", "Russian General Staff", "general staff"],
         "Ukraine's forces had lost more than 76,000 troops in the region since August", False),
        ("troops", NK, 11000, 12000, "range",
         ["South Korean and Ukrainian intelligence", "South Korean intelligence", "Ukrainian intelligence",
          "South Korea", "Ukraine"],
         "sent between 11,000 and 12,000 soldiers to Russia last autumn", False),
        ("troops", NK, 2000, 9999, "vague",
         ["South Korean and Ukrainian intelligence", "South Korea", "Ukraine"],
         "followed by several thousand more this year", True),
        ("killed", NK, 1000, None, "at_least", ["Western intelligence", "Western intelligence officials"],
         "at least 1,000 North Korean soldiers had been killed by early spring", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS, "about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS, "some 600 deaths", False),
    ],
    "012": [],
    "014": [
        ("troops", NK, 15000, None, "up_to", SK_EST, "As many as 15,000, according to South Korean estimates", False),
        ("troops", NK, 11000, None, "about", SK_EST + ["unattributed"],
         "Eleven thousand or so of them arrived in the autumn of 2024", False),
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea", "Seoul"],
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
        ("killed", NK, 101, None, "exact",
         ["Kim Jong Un", "Mr. Kim", "Kim", "North Korea", "Pyongyang", "state media", "unattributed"],
         "posthumously to 101 soldiers who fell in Kursk", False),
    ],
}

NOT = {
    "000": ["3,482 views", "October 23", "five military training grounds", "more than 8,000 kilometres",
            "August 6", "getting ready to send 10,000 soldiers", "Russia lost 1,330 soldiers in past day",
            "USD 41.25", "EUR 44.62"],
    "002": ["11th Corps", "170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
            "Dec. 18", "3.2 trillion won", "680 billion dollars", "sixth time"],
    "003": ["1,204 comments", "59 Ukrainian drones", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "41 of the 72 Shahed-type drones", "another 28 were", "15th sanctions package",
            "2.7m people expected", "$1"],
    "004": ["95th Separate Air Assault Brigade", "born in 2005", "aged 26",
            "Russia has lost 812,170 troops in Ukraine since Feb. 24, 2022", "1,053 days", "$5 a month"],
    "006": ["more than 20,000 containers of munitions", "August 2023", "6.5 tril. won", "minus 15 degrees"],
    "007": ["170mm self-propelled howitzers", "240mm multiple rocket launchers", "KOSPI 2,641.03", "1,436.20"],
    "008": ["more than 400 tanks", "about 1,300 square kilometres", "5,000-tonne destroyer", "30-hour Easter truce"],
    "009": ["about 20 trillion won ($14 billion)", "3-way air drill", "8.7 tril. yen"],
    "012": ["1,000 sappers", "5,000 military builders", "one thousand sappers", "five thousand military builders",
            "more than 430 sq km", "at least 10 years", "about 30 bln rubles", "1.5 bln rubles",
            "two more communities"],
    "014": ["1,000 deminers and 5,000 military construction workers", "grew 3.7 percent in 2024",
            "Section A, Page 9", "Share full article | 214"],
}

OFF = ["001", "005", "011", "013"]
DUP = {"010": "009"}

conflicts = {
    "must": [
        ["003-1", "003-2", "more than 3,000 killed or wounded (Zelenskyy) against roughly 1,100 (South Korea's JCS), "
                           "the same day, in one live blog"],
        ["008-4", "009-2", "at least 1,000 killed by early spring (Western intelligence) against some 600 killed "
                           "(South Korea's NIS), two days apart"],
    ],
    "may": [
        ["000-1", "004-2", "about 12,000 in Russia (HUR, October) against an estimated 11,000 (January), months apart"],
        ["000-1", "007-2", "about 12,000 (HUR, October) against about 11,000 deployed last year (NIS, February)"],
        ["000-1", "014-2", "about 12,000 (HUR, October 2024) against eleven thousand or so (September 2025 recap)"],
        ["000-1", "007-1", "a total against an additional 1,000 to 3,000"],
        ["002-3", "007-1", "more than 10,000 against an additional 1,000 to 3,000"],
        ["004-2", "007-1", "11,000 against an additional 1,000 to 3,000"],
        ["007-1", "007-2", "an additional 1,000 to 3,000 against the 11,000 sent last year, one article"],
        ["007-1", "008-2", "an additional 1,000 to 3,000 against 11,000-12,000 sent last autumn"],
        ["007-1", "014-2", "an additional 1,000 to 3,000 against eleven thousand or so in autumn 2024"],
        ["003-2", "009-1", "about 1,100 casualties (December) against about 4,700 (April): a cumulative rise, months apart"],
        ["006-1", "008-4", "about 300 killed (January) against at least 1,000 by early spring, months apart"],
        ["006-1", "009-2", "about 300 killed (January) against some 600 (April), the same agency's rising tally"],
        ["006-1", "014-3", "about 300 killed (January) against about 2,000 (September), months apart"],
        ["009-2", "014-3", "some 600 killed (April) against about 2,000 (September), the same agency's rising tally"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
