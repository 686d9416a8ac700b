#!/usr/bin/env python3
"""Gold labels for testdata/blind400 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

ABOUT = ("Gold labels for blind400: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting (October 2024 - December 2025), labelled blind. "
         "See testdata/corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"]

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has moved about 3,000 soldiers to Russia so far", False),
        ("troops", NK, 1500, None, "exact", NIS,
         "it said 1,500 special forces troops had been shipped from the North's east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ["Kyrylo Budanov", "Budanov", "HUR", "military intelligence", "Ukraine"],
         "Eleven thousand North Korean soldiers are now in Russia's Kursk Oblast", False),
        ("troops", NK, 500, None, "about", ["Kyrylo Budanov", "Budanov", "HUR", "military intelligence", "Ukraine"],
         "the contingent includes roughly 500 officers", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "U.S.", "Washington", "State Department"],
         "about 8,000 North Korean troops had been moved to the Kursk region", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS, "at least 100 killed in action", False),
        ("wounded", NK, 1000, None, "about", NIS, "about 1,000 wounded", False),
        ("casualties", NK, 1100, None, "about", NIS + ["People Power Party"],
         "the combined toll of dead and wounded stood at roughly 1,100", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Syrskyi", "Ukraine", "President"],
         "the number of North Korean soldiers killed and wounded there is already more than three thousand", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS, "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS, "2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelenskiy", "Zelenskiy", "Zelensky", "Ukraine", "Ukrainian forces"],
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
    ],
    "008": [
        ("troops", NK, 10000, 12000, "range", ["unattributed"],
         "North Korea is thought to have sent between 10,000 and 12,000 soldiers to Russia in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", JCS,
         "Roughly three thousand additional troops were dispatched in January and February", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "The JCS put North Korean casualties at around 4,700", False),
        ("killed", NK, 200, 900, "vague", ["Ukraine's special operations forces", "special operations forces", "Ukraine"],
         "Ukraine's special operations forces have reported killing hundreds of North Koreans", True),
        ("casualties", RU, 38000, None, "about", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "Russia had lost some 38,000 soldiers in the Kursk region", False),
        ("captured", RU, 900, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "including more than 900 who were taken prisoner", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS + ["intelligence agency"],
         "around 4,700 North Korean soldiers had been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS + ["intelligence agency"],
         "about 600 of them fatally", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS,
         "About 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("troops", NK, 12000, None, "up_to", ["Western and Ukrainian estimates", "Western", "Ukrainian", "Ukraine"],
         "Pyongyang sent up to 12,000 troops to Russia's Kursk region in late 2024", False),
        ("troops", NK, 2000, 9999, "vague", NIS,
         "Several thousand North Korean soldiers remain in Russia", True),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korea", "state media", "Pyongyang"],
         "nine soldiers from an engineering regiment died during a demining mission in Russia's Kursk region", False),
        ("casualties", NK, 6000, None, "more_than", ["Britain's Ministry of Defence", "Ministry of Defence", "Britain", "UK", "United Kingdom"],
         "North Korean forces had suffered more than 6,000 casualties in Kursk", False),
        ("killed", NK, 2000, None, "about", NIS,
         "Seoul's spy agency has put the number of North Korean dead at about 2,000", False),
    ],
}

NOT = {
    "000": ["the total to reach around 10,000 by December", "about 100 basic Russian military terms",
            "a second rotation of \"several thousand\" more", "fewer than 10 people", "early 20s", "up 4.6 pct",
            "KOSPI at 2,581.08", "3.25 pct", "1 million copies in 6 days", "paras 6-7"],
    "001": ["60-mm mortars", "some 7,000 kilometers", "about $2,000 a month", "injure 12",
            "more than 15,000 members", "$5 a month", "five years"],
    "003": ["more than 20,000", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "minus 12 C", "Dec. 27", "18 months", "2 comments"],
    "004": ["Views: 4,811", "nearly 390 attack drones", "more than 350 guided aerial bombs",
            "over 20 missiles", "47 of 58 Shahed drones"],
    "006": ["born in 2005", "born in 1999", "nearly three times the casualty figure"],
    "008": ["some 220 pieces of artillery", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "up to $20 billion", "170 drones overnight", "August 2024"],
    "009": ["April 26", "3K more troops", "3-way air drills", "36,045", "0.57%"],
    "011": ["1,000 sappers", "5,000 military builders", "over 400 tanks", "more than 2,000 other armored vehicles",
            "June 19, 2024", "dollar at 78.45", "43 Ukrainian drones"],
    "012": ["about 6,000 more engineers, deminers and military construction workers", "April 26, 2025",
            "12:05 p.m.", "in 2022"],
    "014": ["120 days", "1,000 deminers and 5,000 military construction workers", "465 drones and 30 missiles",
            "440 drones and 25 missiles", "€210bn", "Comments (312)", "£2 a month"],
}

OFF = ["002", "005", "010", "013"]
DUP = {"007": "006"}

conflicts = {
    "must": [
        ["003-3", "004-1", "NIS (via Lee Seong-kweun) puts dead and wounded at roughly 1,100 on Dec 19; Zelensky says "
                           "more than three thousand killed and wounded on Dec 23, four days later"],
        ["001-1", "001-3", "Budanov: eleven thousand in Kursk against Blinken's about 8,000 moved to Kursk days "
                           "earlier, in the same article"],
    ],
    "may": [
        ["000-1", "001-1", "3,000 sent to Russia (Oct 23) against 11,000 in Kursk (Nov 5): a deployment still growing"],
        ["000-1", "001-3", "3,000 sent to Russia (Oct 23) against about 8,000 in Kursk (Oct 31): a deployment still growing"],
        ["000-2", "001-1", "1,500 special forces (Oct 18) against 11,000 (Nov 5): a deployment still growing"],
        ["000-2", "001-3", "1,500 special forces (Oct 18) against about 8,000 (Oct 31): a deployment still growing"],
        ["000-1", "008-1", "3,000 so far (Oct 23) against 10,000-12,000 over the autumn, months apart"],
        ["000-2", "008-1", "1,500 (Oct 18) against 10,000-12,000 over the autumn, months apart"],
        ["001-3", "008-1", "about 8,000 (Oct 31) against 10,000-12,000, reported months apart"],
        ["000-2", "008-2", "1,500 in October against an additional 3,000 in Jan-Feb"],
        ["001-1", "008-2", "11,000 against an additional 3,000"],
        ["001-3", "008-2", "8,000 against an additional 3,000"],
        ["008-1", "008-2", "10,000-12,000 first deployment against an additional 3,000"],
        ["003-3", "008-3", "1,100 casualties (Dec) against about 4,700 (Mar), months apart"],
        ["003-3", "009-1", "1,100 casualties (Dec) against about 4,700 (Apr), months apart"],
        ["003-3", "014-2", "1,100 casualties (Dec 2024) against more than 6,000 (autumn 2025)"],
        ["008-3", "014-2", "about 4,700 casualties (Mar) against more than 6,000 (autumn), months apart"],
        ["009-1", "014-2", "about 4,700 casualties (Apr) against more than 6,000 (autumn), months apart"],
        ["006-1", "009-2", "about 300 killed (Jan) against about 600 (Apr), months apart"],
        ["006-1", "012-1", "about 300 killed (Jan) against about 2,000 (Sep), months apart"],
        ["006-1", "014-3", "about 300 killed (Jan) against about 2,000 (Sep, repeated Dec), months apart"],
        ["009-2", "012-1", "about 600 killed (Apr) against about 2,000 (Sep), months apart"],
        ["009-2", "014-3", "about 600 killed (Apr) against about 2,000 (Sep, repeated Dec), months apart"],
    ],
}

goldlib.write(ABOUT, A, NOT, OFF, DUP, conflicts)
