#!/usr/bin/env python3
"""Gold labels for testdata/blind582 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

ABOUT = ("Gold labels for blind582: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025). Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md for what counts as a claim and a conflict.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "intelligence service"]
NIS_PARK = NIS + ["Park Sun-won"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
HUR = ["HUR", "Defence Intelligence", "military intelligence", "Ukraine"]
PENTAGON = ["Pat Ryder", "Pentagon", "United States", "US"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
SYR = ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS_PARK,
         "Around 3,000 North Korean soldiers have been moved to Russia so far", False),
        ("troops", "north_korea", 1500, None, "about", NIS_PARK,
         "a first contingent of about 1,500 special operations troops had been shipped from the North's east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "about", ["Kyrylo Budanov", "Budanov"] + HUR,
         "As of now there are about eleven thousand of them in the Kursk region", False),
        ("troops", "north_korea", 500, None, "more_than", ["Kyrylo Budanov", "Budanov"] + HUR,
         "the contingent includes more than 500 officers", False),
    ],
    "002": [
        ("casualties", "north_korea", 200, 900, "vague", PENTAGON,
         'have taken "several hundred" casualties', True),
        ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
         "between 11,000 and 12,000 North Korean troops are now in Russia's Kursk region", False),
        ("casualties", "north_korea", 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded during assaults on the villages of Plekhovo and Vorozhba", False),
    ],
    "004": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 killed since they were thrown into combat this month", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "Another 1,000 or so have been wounded", False),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "some 2,700 others wounded while fighting for Russia against Ukraine", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "North Korea's casualties in the Kursk region have thus reached about 3,000", False),
        ("captured", "north_korea", 2, None, "exact", NIS_LEE + ["Ukraine"],
         "two North Korean soldiers were captured by Ukrainian forces in the Kursk region last week", False),
    ],
    "006": [
        ("casualties", "north_korea", 4000, None, "more_than", ZEL,
         "Their losses in Kursk Oblast alone are already more than four thousand killed and wounded", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "the two North Korean soldiers captured last week", False),
        ("casualties", "russia", 38000, None, "about", SYR,
         "Russia had lost some 38,000 personnel killed and wounded in Kursk Oblast since Ukrainian forces launched their operation there in August", False),
        ("captured", "russia", 900, None, "more_than", SYR,
         "Ukrainian units had also taken more than 900 Russian soldiers prisoner in the region", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Seoul"],
         "Some 3,000 additional soldiers were dispatched in January and February", False),
        ("troops", "north_korea", 12000, None, "up_to", ["Ukrainian and Western officials", "Western officials", "Ukraine"],
         "up to 12,000 North Korean troops were sent to Russia last year", False),
    ],
    "009": [
        ("killed", "north_korea", 600, None, "about", NIS_LEE + ["Seoul"],
         "About 600 North Korean soldiers have been killed fighting for Russia", False),
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "the North had suffered about 4,700 casualties in total", False),
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "the roughly 15,000 troops it had sent", False),
        ("killed", "north_korea", 2000, None, "about", HUR + ["Kyiv"],
         "roughly 2,000 North Koreans have been killed in the Kursk region since they entered combat late last year", False),
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia", "general staff"],
         "Ukraine had lost more than 76,000 troops during its eight-month incursion", False),
    ],
    "011": [
        ("troops", "north_korea", 15000, None, "about", ["unattributed"],
         "Some 15,000 North Korean soldiers have been sent to fight for Russia since last autumn", False),
    ],
    "013": [
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korea", "state media"],
         "nine of its soldiers had died during the mission", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had been killed in the war", False),
        ("troops", "north_korea", 1000, None, "about", NIS,
         "about 1,000 deminers had been sent to Kursk over the summer", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "Thousands of North Korean soldiers fought alongside Russian forces in Kursk", True),
    ],
}

NOT = {
    "000": ["roughly 10,000 by December", "about 100 basic military terms", "five sites in the Russian Far East",
            "11th Army Corps", "late teens or early 20s", "9.1 trillion won", "31st straight week", "2,599.62",
            "first time in 9 years"],
    "001": ["as many as 100,000 soldiers", "more than 6,000 kilometres", "60mm and 82mm mortars",
            "5 missiles and 68 drones", "12 injured in guided bomb attack"],
    "002": ["64 Shahed-type attack drones", "shot down 32 of them", "another 28", "52 vessels",
            "15th package of sanctions", "$5 a month"],
    "004": ["more than 20,000 containers of munitions", "Seoul adds 15 North Koreans to sanctions list"],
    "005": ["aged 20 and 26", "8.2 pct in 2024", "1st solo world tour"],
    "006": ["3K Russian vehicles"],
    "008": ["170mm self-propelled guns", "240mm multiple rocket launchers", "roughly 200 long-range artillery pieces",
            "$5 Million", "2,000 Federal Workers"],
    "009": ["about $20bn (£15bn)", "$15 per month", "eight-month incursion", "first 100 days in 10 charts"],
    "011": ["1,000 deminers and 5,000 military construction workers", "by 2 years"],
    "013": ["about 120 days", "thousands of military construction workers expected to follow", "1.2%"],
}

OFF = ["003", "007", "010", "014"]
DUP = {"012": "005"}

conflicts = {
    "must": [
        ["005-3", "006-1", "about 3,000 North Korean casualties (South Korea's NIS, Jan 13) against more than 4,000 (Zelensky, Jan 16): three days apart, the bound is not met"],
        ["009-1", "009-4", "about 600 North Koreans killed (NIS) against roughly 2,000 killed (Ukraine's HUR), same article, same cumulative period"],
    ],
    "may": [
        ["000-1", "001-1", "3,000 in Russia (NIS, Oct 23) against 11,000 in Kursk (HUR, Nov 5): deployment still under way, two weeks apart"],
        ["000-1", "002-2", "3,000 (Oct 23) against 11,000-12,000 (Pentagon, Dec 16): build-up, two months apart"],
        ["000-1", "008-2", "3,000 (Oct) against up to 12,000 sent last year"],
        ["000-1", "009-3", "3,000 (Oct 2024) against 15,000 in total (Apr 2025): months apart"],
        ["000-1", "011-1", "3,000 (Oct 2024) against 15,000 (Jun 2025): months apart"],
        ["001-1", "008-1", "11,000 against an additional 3,000"],
        ["001-1", "009-3", "11,000 (Nov 2024) against 15,000 in total incl. reinforcements (Apr 2025)"],
        ["001-1", "011-1", "11,000 (Nov 2024) against 15,000 (Jun 2025)"],
        ["002-2", "008-1", "11,000-12,000 against an additional 3,000"],
        ["002-2", "009-3", "11,000-12,000 (Dec 2024) against 15,000 in total (Apr 2025)"],
        ["002-2", "011-1", "11,000-12,000 (Dec 2024) against 15,000 (Jun 2025)"],
        ["008-1", "008-2", "an additional 3,000 against up to 12,000 sent last year"],
        ["008-1", "009-3", "an additional 3,000 against 15,000 in total"],
        ["008-1", "011-1", "an additional 3,000 against 15,000 in total"],
        ["008-2", "009-3", "up to 12,000 sent last year against 15,000 in total incl. reinforcements"],
        ["008-2", "011-1", "up to 12,000 sent last year against 15,000 in total"],
        ["013-4", "001-1", "vague 'thousands' against 11,000"],
        ["013-4", "002-2", "vague 'thousands' against 11,000-12,000"],
        ["013-4", "008-2", "vague 'thousands' against up to 12,000"],
        ["013-4", "009-3", "vague 'thousands' against 15,000"],
        ["013-4", "011-1", "vague 'thousands' against 15,000"],
        ["002-1", "005-3", "'several hundred' casualties (Dec 16) against about 3,000 (Jan 13): a month apart"],
        ["002-1", "006-1", "'several hundred' casualties (Dec 16) against more than 4,000 (Jan 16)"],
        ["002-1", "009-2", "'several hundred' casualties (Dec 2024) against 4,700 (Apr 2025)"],
        ["005-3", "009-2", "NIS casualties about 3,000 (Jan) against about 4,700 (Apr): same source, later cumulative figure, months apart"],
        ["005-1", "009-1", "NIS killed about 300 (Jan) against about 600 (Apr): same source, months apart"],
        ["005-1", "009-4", "300 killed (NIS, Jan) against 2,000 killed (HUR, Apr): months apart"],
        ["005-1", "013-2", "300 killed (Jan) against 2,000 killed (Sep estimate)"],
        ["009-1", "013-2", "NIS killed about 600 (Apr) against about 2,000 (Sep): same source, months apart"],
    ],
}

goldlib.write(ABOUT, A, NOT, OFF, DUP, conflicts)
