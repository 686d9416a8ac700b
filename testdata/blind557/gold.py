#!/usr/bin/env python3
"""Gold labels for testdata/blind557 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind557: 15 articles written in our own words about the real story's known "
         "reporting, in the format of testdata/corpus (see its README.md for the meaning of every field).")

NK, RU, UA = "north_korea", "russia", "ukraine"
HUR = ["Kyrylo Budanov", "Budanov", "HUR", "Defence Intelligence of Ukraine", "Ukrainian intelligence", "Ukraine"]
NIS_LEE = ["National Intelligence Service", "NIS", "South Korea's spy agency", "Seoul", "South Korea", "Lee Seong-kweun"]

A = {
    "000": [
        ("troops", NK, 11000, None, "about", HUR,
         "some eleven thousand North Korean infantrymen were undergoing instruction at five training grounds", False),
        ("troops", NK, 500, None, "about", HUR,
         "Among the arrivals, according to the agency, are about 500 officers", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about",
         ["Pentagon", "Sabrina Singh", "US Department of Defense", "United States", "U.S."],
         "North Korea has sent roughly 10,000 soldiers to train in eastern Russia", False),
    ],
    "002": [
        ("casualties", NK, 1100, None, "about", NIS_LEE,
         "have suffered about 1,100 casualties so far", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "including at least 100 deaths", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "Roughly 1,000 others have been wounded", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "The number of North Korean troops killed and wounded in Russia's Kursk Oblast has passed 3,000", False),
        ("troops", NK, 11000, 12000, "range",
         ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukrainian intelligence", "Ukraine"],
         "Pyongyang has deployed between 11,000 and 12,000 North Korean soldiers to Russia", False),
    ],
    "004": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "about 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "putting total North Korean casualties at around 3,000", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Volodymyr Zelensky", "Zelensky", "NIS", "Seoul"],
         "its forces had captured two wounded North Korean soldiers in Kursk", False),
        ("troops", NK, 10000, None, "more_than", ["unattributed"],
         "Pyongyang sent more than 10,000 soldiers to Russia last year", False),
    ],
    "006": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the enemy's losses during the Kursk operation exceeded 76,000 servicemen", False),
    ],
    "007": [
        ("troops", NK, 15000, None, "up_to",
         ["South Korea's intelligence agency", "National Intelligence Service", "NIS", "South Korea"],
         "as many as 15,000 North Korean soldiers have been sent to Russia in total", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korean military", "South Korea"],
         "North Korea has dispatched about 3,000 additional soldiers to Russia since January", False),
        ("troops", NK, 1000, 1500, "range",
         ["Andriy Yusov", "Yusov", "Ukraine's military intelligence", "HUR", "Ukraine"],
         "between 1,000 and 1,500 North Korean soldiers had arrived in Russia as reinforcements this year", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS_LEE + ["Park Sun-won"],
         "have reached an estimated 4,700", False),
        ("killed", NK, 600, None, "about", NIS_LEE + ["Park Sun-won"],
         "about 600 of them deaths", False),
    ],
    "010": [
        ("troops", NK, 11000, None, "about",
         ["South Korean and western intelligence", "western intelligence", "South Korean intelligence", "South Korea"],
         "About 11,000 in the autumn of 2024, according to South Korean and western intelligence", False),
        ("troops", NK, 2000, 5000, "vague",
         ["South Korean and western intelligence", "western intelligence", "South Korean intelligence", "South Korea"],
         "followed by a few thousand reinforcements early this year", True),
        ("killed", NK, 2000, None, "about", NIS_LEE,
         "an estimated 2,000 North Korean soldiers have been killed", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "the roughly 600 deaths it reported in April", False),
        ("troops", NK, 2000, 9000, "vague", ["National Intelligence Service", "NIS", "South Korea"],
         "Several thousand are believed to remain in Kursk", True),
    ],
}

NOT = {
    "000": ["by November 1", "five training grounds", "16 injured", "152mm and 122mm shells",
            "hundreds of millions of dollars a year", "preparing to send as many as 10,000 soldiers",
            "12 400 readers", "Views: 4 318", "August 6"],
    "001": ["would likely have about 10,000 soldiers in Russia by December",
            "an estimated 1.2 million active-duty personnel", "some 9,000 kilometers", "more than $60 billion",
            "$1.4 billion contract", "155mm artillery shells", "slips another 3 years", "picks 2 vendors",
            "for 12 years", "11th Corps"],
    "002": ["240mm multiple rocket launchers", "170mm self-propelled guns", "Won falls past 1,450 per dollar",
            "Up to 20 cm of snow", "KOSPI 2,404.15", "first time in 15 years", "USD/KRW 1,451.40"],
    "003": ["72 Shahed-type attack drones", "52 of the drones were shot down", "15,000+ members",
            "Kharkiv injures 6", "Dec. 17", "2025 budget"],
    "004": ["about 1,100 kilometres", "aged 20", "The other is 26", "nearly triple the estimate"],
    "006": ["more than 7,700 units of weaponry and military equipment", "412 tanks", "677 infantry fighting vehicles",
            "August 6, 2024", "from May 8 to May 10", "December 2024"],
    "007": ["1,000 sappers", "5,000 military construction workers", "thousands more personnel",
            "second trip to the North in two weeks", "Watch video 1:58", "July 20", "4th straight week"],
    "008": ["170-millimeter self-propelled guns", "240-mm multiple rocket launchers", "June 2024",
            "38,256.17", "0.3%"],
    "009": ["about 28 trillion won (US$20 billion)", "NIS says 300 N. Korean soldiers killed in Russia's war on Ukraine",
            "the 2 captured N. Korean soldiers", "Q1 growth shrinks 0.2%", "2nd charge", "3 quarters"],
    "010": ["another 6,000 military engineers and deminers", "more than 20tn won (£10.7bn)", "40C temperatures",
            "Three killed as storm batters northern Italy", "as little as £2 a month"],
}

OFF = ["011", "012", "013", "014"]
DUP = {"005": "003"}

conflicts = {
    "must": [
        ["002-1", "003-1", "about 1,100 casualties (South Korea's NIS via Lee Seong-kweun, Dec 19-20) against more "
                           "than 3,000 killed and wounded (Zelensky, Dec 23), three days apart"],
        ["008-1", "008-2", "about 3,000 reinforcements since January (South Korea's JCS) against between 1,000 and "
                           "1,500 (Ukraine's military intelligence, Yusov), same article, same period"],
    ],
    "may": [
        ["000-1", "001-1", "some 11,000 (HUR, Oct 25) against roughly 10,000 (Pentagon, Oct 28): close estimates"],
        ["001-1", "003-2", "roughly 10,000 (Oct 2024) against 11,000-12,000 (Dec 2024), two months apart"],
        ["001-1", "004-5", "roughly 10,000 against more than 10,000: the bound may or may not be met"],
        ["001-1", "010-1", "roughly 10,000 in Oct 2024 against about 11,000 retold in Sept 2025"],
        ["003-1", "004-3", "more than 3,000 (Zelensky, Dec) against around 3,000 (NIS, Jan), three weeks apart"],
        ["002-1", "009-1", "1,100 casualties (Dec) against 4,700 (Apr), same agency, months apart"],
        ["004-3", "009-1", "3,000 casualties (Jan) against 4,700 (Apr), same agency, months apart"],
        ["004-1", "009-2", "300 killed (Jan) against 600 (Apr), same agency, months apart"],
        ["004-1", "010-3", "300 killed (Jan) against 2,000 (Sept), same agency, months apart"],
        ["004-1", "010-4", "300 killed (Jan) against 600 reported in April, printed in September"],
        ["009-2", "010-3", "600 killed (Apr) against 2,000 (Sept), same agency, months apart"],
        ["008-1", "000-1", "an additional 3,000 (Feb 2025) against the first 11,000"],
        ["008-1", "001-1", "an additional 3,000 (Feb 2025) against the first 10,000"],
        ["008-1", "003-2", "an additional 3,000 (Feb 2025) against 11,000-12,000"],
        ["008-1", "004-5", "an additional 3,000 (Feb 2025) against more than 10,000 sent last year"],
        ["008-1", "010-1", "an additional 3,000 against the first 11,000"],
        ["008-2", "000-1", "an additional 1,000-1,500 (Feb 2025) against the first 11,000"],
        ["008-2", "001-1", "an additional 1,000-1,500 (Feb 2025) against the first 10,000"],
        ["008-2", "003-2", "an additional 1,000-1,500 (Feb 2025) against 11,000-12,000"],
        ["008-2", "004-5", "an additional 1,000-1,500 (Feb 2025) against more than 10,000 sent last year"],
        ["008-2", "010-1", "an additional 1,000-1,500 against the first 11,000"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
