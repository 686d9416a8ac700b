#!/usr/bin/env python3
"""Gold labels for testdata/blind578 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS, "roughly 12,000 troops including special forces", False),
        ("troops", NK, 1500, None, "exact", NIS, "an initial group of 1,500 special operations soldiers", False),
    ],
    "002": [
        ("troops", NK, 2000, 9999, "vague", ["unattributed", "DW"],
         "Pyongyang has sent thousands of troops to Russia", True),
        ("troops", NK, 10000, 12000, "range", ["South Korea", "United States", "US", "Ukraine"],
         "between 10,000 and 12,000 North Korean soldiers have arrived in Russia", False),
        ("troops", NK, 2000, 9999, "vague", ["Pentagon", "United States", "US"],
         "Several thousand have already been moved west to the Kursk region", True),
        ("troops", NK, 3000, None, "less_than", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "fewer than 3,000 of them have reached positions near the front so far", False),
        ("troops", RU, 50000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Moscow has gathered around 50,000 troops in the area", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Syrskyi"],
         'North Korean losses in the region, counting the dead and the wounded, were "already above 3,000"', False),
        ("casualties", NK, 1100, None, "about",
         ["joint chiefs of staff", "JCS", "South Korea's joint chiefs of staff", "South Korea's military", "South Korea"],
         "had suffered some 1,100 casualties", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "US"],
         'North Korean units had taken "several hundred" casualties', True),
    ],
    "004": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"], "roughly 2,700 wounded", False),
        ("killed", NK, 100, None, "at_least", NIS, "at least 100 North Korean soldiers had died", False),
        ("captured", NK, 2, None, "exact", NIS + ["Zelensky", "Ukraine"],
         "Ukraine had captured two North Korean soldiers", False),
    ],
    "005": [
        ("killed", NK, 1000, None, "at_least",
         ["Defense Intelligence", "HUR", "Ukraine's Defense Intelligence", "Andriy Yusov", "Yusov", "Ukraine"],
         "lost no fewer than a thousand men killed", False),
        ("killed", NK, 300, None, "about", NIS, "about 300 North Korean soldiers had died in Kursk", False),
        ("captured", NK, 2, None, "exact", ["Andriy Yusov", "Yusov", "HUR", "Defense Intelligence", "SBU", "Ukraine"],
         "The two North Korean prisoners captured on Jan. 9", False),
        ("casualties", RU, 38000, None, "about", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "the Russian army had lost about 38,000 soldiers, killed and wounded", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", NIS, "roughly 3,000 more soldiers", False),
        ("troops", NK, 11000, None, "about", NIS, "about 11,000 troops Pyongyang sent last fall", False),
        ("casualties", NK, 4000, None, "about", NIS, "Pyongyang's casualties are estimated at around 4,000", False),
    ],
    "008": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS + ["Park Sun-won"], "North Korean losses now total about 4,700", False),
        ("killed", NK, 600, None, "about", NIS + ["Park Sun-won"], "roughly 600 of them deaths", False),
    ],
    "011": [
        ("troops", NK, 15000, None, "up_to", ["South Korea", "South Korean estimates", "Seoul"],
         "the number of North Korean troops sent to Russia so far at up to 15,000", False),
        ("troops", NK, 3000, None, "about", ["South Korea", "South Korean estimates", "Seoul"],
         "some 3,000 reinforcements dispatched early this year", False),
    ],
    "013": [
        ("troops", NK, 11000, None, "about", ["unattributed", "Meduza"], "About 11,000 men went in the first wave", False),
        ("killed", NK, 2000, None, "about", NIS, "about 2,000 North Korean soldiers had been killed in the fighting", False),
        ("casualties", NK, 6000, None, "more_than",
         ["Ukrainian military intelligence", "military intelligence", "HUR", "Ukraine", "Kyiv"],
         "more than 6,000 North Koreans killed and wounded", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine", "Meduza"],
         "Only two North Korean soldiers are known to have been taken prisoner by Ukraine", False),
    ],
}

NOT = {
    "000": ["four brigades", "Four Russian amphibious landing ships and three escort vessels",
            "more than 13,000 containers of artillery shells", "about 200 air force pilots",
            "between Oct. 8 and 13", "KOSPI closes down 0.15 pct at 2,593.82"],
    "002": ["as many as 100,000 men", "the 11th Corps", "around $2,000 a month", "more than 7,000 kilometers",
            "Article 4", "Russia launches 90 drones overnight", "in their early 20s"],
    "003": ["Russia fired 78 drones and three ballistic missiles", "51 drones were shot down and 24 were",
            "170mm self-propelled guns and 240mm rocket launchers", "Power cuts were reported in six regions",
            "1.7m passengers", "Comments 1,187"],
    "004": ["born in 2005", "born in 1999", "170mm self-propelled guns and 240mm multiple rocket launchers",
            "KOSPI ends at 2,489.56", "on Jan. 9", "lows of minus 8 C"],
    "005": ["around 500 square kilometers", "Russia Launched 72 Drones Overnight, 47 Shot Down",
            "Who Are Russia's 600,000 Troops in Ukraine?", "From $5.99 a month", "more than three times higher",
            "First Mirage 2000 Jets"],
    "007": ["about 220 170mm self-propelled guns and 240mm multiple rocket launchers", "the 1950-53 Korean War",
            "KOSPI 2,641.36", "25% Tariffs on Mexico, Canada"],
    "008": ["over 7,000 units of weapons and military equipment", "412 tanks", "Article 4",
            "signed in Pyongyang on June 19, 2024", "down 115 Ukrainian drones overnight",
            "liberate two communities"],
    "009": ["about 20 trillion won ($14 billion)", "for 70 years", "June 3 presidential election"],
    "011": ["1,000 sappers", "5,000 military construction workers", "6,000 military builders",
            "some 1.2 million active-duty personnel", "Seoul: N. Korea sent 3K more troops to Russia in early 2025",
            "Nikkei gains 0.6% to 38,536", "his second to Pyongyang in two weeks"],
    "013": ["the 80th anniversary of the Workers’ Party", "A 30-minute documentary", "in more than 70 years"],
}

OFF = ["001", "006", "010", "012"]
DUP = {"014": "004"}

conflicts = {
    "must": [
        ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against some 1,100 (South Korea's JCS), the same day in one live blog"],
        ["004-1", "005-1", "about 300 killed (NIS, 13 Jan) against no fewer than 1,000 killed (Ukraine's HUR, 16 Jan), three days apart"],
        ["005-1", "005-2", "no fewer than 1,000 killed (HUR) against about 300 killed (NIS), set side by side in one article"],
    ],
    "may": [
        # vague 'several hundred' casualties
        ["003-3", "003-1", "'several hundred' (Pentagon, a week earlier) against more than 3,000: vague"],
        ["003-3", "003-2", "'several hundred' (Pentagon, a week earlier) against about 1,100: vague"],
        ["003-3", "007-3", "'several hundred' in December against about 4,000 in February: vague, months apart"],
        ["003-3", "009-1", "'several hundred' in December against about 4,700 in April: vague, months apart"],
        ["003-3", "013-3", "'several hundred' in December against more than 6,000 a year later: vague, months apart"],
        # casualties months apart (a cumulative toll rising)
        ["003-2", "007-3", "about 1,100 (JCS, December) against about 4,000 (NIS, February): two months apart, a cumulative toll"],
        ["003-2", "009-1", "about 1,100 (December) against about 4,700 (April): months apart"],
        ["003-2", "013-3", "about 1,100 (December 2024) against more than 6,000 (December 2025): a year apart"],
        ["007-3", "009-1", "NIS's own update: about 4,000 in February rising to about 4,700 in April; a later rise, not a conflict"],
        ["007-3", "013-3", "about 4,000 (February) against more than 6,000 (December): months apart"],
        ["009-1", "013-3", "about 4,700 (NIS, April) against more than 6,000 (HUR, December): months apart"],
        # killed months apart
        ["004-1", "009-2", "NIS's own update: about 300 killed in January rising to about 600 in April; a later rise, not a conflict"],
        ["005-2", "009-2", "NIS's 300 killed in January against its 600 in April: a later rise"],
        ["005-1", "009-2", "no fewer than 1,000 killed (HUR, January) against about 600 (NIS, April): months apart"],
        ["004-1", "013-2", "about 300 killed (January) against about 2,000 (September): months apart, a later rise"],
        ["005-2", "013-2", "about 300 killed (January) against about 2,000 (September): months apart, a later rise"],
        ["009-2", "013-2", "about 600 killed (April) against about 2,000 (September): months apart, a later rise"],
        # troops: additional forces, parts, months apart
        ["000-1", "007-1", "12,000 sent in October against an additional 3,000 in early 2025"],
        ["000-1", "007-2", "roughly 12,000 (October 2024) against about 11,000 sent last fall (February 2025): four months apart"],
        ["000-1", "011-2", "12,000 against some 3,000 reinforcements"],
        ["000-1", "013-1", "roughly 12,000 (October 2024) against about 11,000 in the first wave (December 2025)"],
        ["000-2", "007-1", "a first group of 1,500 against 3,000 reinforcements: different parts, months apart"],
        ["000-2", "011-2", "a first group of 1,500 against 3,000 reinforcements: different parts, months apart"],
        ["002-2", "007-1", "10,000-12,000 against an additional 3,000"],
        ["002-2", "011-2", "10,000-12,000 against some 3,000 reinforcements"],
        ["002-4", "007-1", "fewer than 3,000 at the front (November) against 3,000 reinforcements (February): different parts"],
        ["002-4", "011-2", "fewer than 3,000 at the front (November) against 3,000 reinforcements: different parts"],
        ["007-1", "007-2", "an additional 3,000 against the 11,000 sent last fall, in one article"],
        ["007-2", "011-2", "11,000 sent last fall against some 3,000 reinforcements"],
        ["007-1", "013-1", "3,000 reinforcements against 11,000 in the first wave"],
        ["011-2", "013-1", "3,000 reinforcements against 11,000 in the first wave"],
        ["002-1", "000-1", "'thousands' against roughly 12,000: vague"],
        ["002-1", "002-2", "'thousands' against 10,000-12,000 in one article: vague"],
        ["002-1", "007-2", "'thousands' against about 11,000: vague, months apart"],
        ["002-1", "011-1", "'thousands' against up to 15,000: vague, months apart"],
        ["002-1", "013-1", "'thousands' against about 11,000: vague, a year apart"],
        ["002-3", "000-1", "'several thousand' in Kursk against 12,000 in all: a part, vague"],
        ["002-3", "002-2", "'several thousand' in Kursk against 10,000-12,000 in Russia: a part, vague"],
        ["002-3", "000-2", "'several thousand' in Kursk against a first group of 1,500: different parts, vague"],
        ["002-3", "002-4", "'several thousand' moved to Kursk (Pentagon) against fewer than 3,000 near the front (HUR): vague"],
        ["002-3", "007-2", "'several thousand' against about 11,000: vague, months apart"],
        ["002-3", "011-1", "'several thousand' against up to 15,000: vague, months apart"],
        ["002-3", "013-1", "'several thousand' against about 11,000: vague, a year apart"],
    ],
}

about = ("Gold labels for testdata/blind578: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
