#!/usr/bin/env python3
"""Gold labels for testdata/blind362 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind362: fifteen articles written in our own words about the real story's known "
         "reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 10000, 12000, "range", ["Washington", "Seoul", "United States", "US", "South Korea"],
         "between 10,000 and 12,000 North Korean soldiers have been sent to Russia since early October", False),
        ("troops", NK, 12000, None, "up_to", ["Kyrylo Budanov", "Budanov", "Ukraine's military intelligence", "Ukraine", "Kyiv", "HUR"],
         "speaks of up to 12,000 soldiers, a figure he gave reporters last week", False),
    ],
    "001": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops sent to Russia have suffered around 1,100 casualties in fighting with Ukrainian forces in the Kursk region", False),
        ("troops", NK, 11000, None, "about", JCS,
         "some 11,000 North Korean soldiers are currently deployed in Russia", False),
    ],
    "003": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has sent an estimated 3,000 additional soldiers to Russia since January", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Pyongyang shipped roughly 11,000 soldiers to Russia in the autumn", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand North Korean soldiers in the Kursk region", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi"],
         "North Korea's losses in killed and wounded had already passed 3,000", False),
        ("killed", NK, 50, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "its operators killed 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 47, the unit said", False),
        ("troops", NK, 11000, 12000, "range", ["Kyiv", "Seoul", "Ukraine", "South Korea"],
         "Pyongyang has sent 11,000-12,000 troops to Russia, according to Kyiv and Seoul", False),
    ],
    "008": [
        ("killed", NK, 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Kim Jong Un"],
         "saying nine of its soldiers died during the 120-day mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 of the North Korean soldiers sent to fight for Russia had died", False),
    ],
    "009": [
        ("killed", NK, 600, None, "about", NIS_LEE,
         "About 600 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "the North Korean troops had suffered an estimated 4,700 casualties, including the dead", False),
    ],
    "010": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "North Korean soldiers killed in Russia number about 300", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "roughly 2,700 more have been wounded", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "That puts Pyongyang's casualties at some three thousand in barely a month of combat", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
        ("killed", NK, 1000, None, "at_least", ["western official", "Western official", "Western officials", "the West"],
         "At least 1,000 North Koreans have been killed since the troops were thrown into combat in early December", False),
    ],
    "012": [],
    "013": [
        ("killed", NK, 2000, None, "about", NIS,
         "Roughly 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS,
         "the figure of about 600 it gave in April", False),
        ("casualties", NK, 6000, None, "more_than", ["Defence Intelligence", "UK Defence Intelligence", "Britain", "UK", "United Kingdom", "British Ministry of Defence"],
         "More than 6,000 North Koreans had been killed or wounded in Kursk since the deployment began", False),
        ("wounded", NK, 200, 999, "vague", ["Ukrainian military intelligence", "Ukraine", "HUR"],
         "Hundreds of wounded North Koreans have been treated in military hospitals around Moscow", True),
    ],
}

NOT = {
    "000": ["roughly 1.28 million", "roughly 9,000 kilometers", "around $2,000 a month",
            "as many as 100,000 soldiers", "Article 4", "7 short-range ballistic missiles", "9.18 trillion won"],
    "001": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "1.5 pct in 2025", "2 fan concerts"],
    "003": ["more than 20,000 containers of munitions", "Brent at $73.04"],
    "004": ["120mm mortars", "more than 30 trucks", "personnel - about 703,300 (+1,270)", "2 741 views",
            "up 8% in October", "two Russian radar stations"],
    "006": ["more than a quarter of its fighting force", "Russia Loses 1,990 Soldiers in a Day",
            "Downs 52 of 78 Drones", "15th Sanctions Package", "from $5 a month", "Comments (14)"],
    "008": ["120-day mission", "1,000 sappers and 5,000 military builders", "5,000-ton destroyer", "50,836.55"],
    "009": ["June last year"],
    "010": ["94 Shahed-type attack drones", "56 drones had been shot down", "another 38 lost from radar",
            "aged 20 and 26", "30,000 homes", "$15 per month", "The 50 best TV shows"],
    "012": ["6,000 servicemen", "1,000 sappers to clear mines", "5,000 military builders to restore infrastructure",
            "send 1,000 sappers for demining", "5,000 military builders to restore the infrastructure",
            "tens of thousands of mines", "1.4% in first quarter", "Over 2,500 events"],
    "013": ["the 6,000 deminers and military builders", "Yielding Over 7%", "$49 Gadget"],
}

OFF = ["002", "005", "011", "014"]
DUP = {"007": "009"}

conflicts = {
    "must": [
        ["001-1", "006-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 23), reported three days apart"],
        ["010-1", "010-5", "about 300 killed (NIS via Lee Seong-kweun) against at least 1,000 killed (a western official), the same day in one live blog"],
    ],
    "may": [
        ["001-1", "010-3", "South Korea's estimate rising from about 1,100 (Dec 23) to some 3,000 three weeks later: a cumulative update"],
        ["001-1", "009-2", "1,100 in December against 4,700 in April, months apart"],
        ["001-1", "013-3", "1,100 in December against more than 6,000 in August, months apart"],
        ["006-1", "010-3", "more than 3,000 against about 3,000, three weeks apart"],
        ["010-3", "009-2", "NIS cumulative update: about 3,000 in January, 4,700 in April"],
        ["010-3", "013-3", "about 3,000 in January against more than 6,000 in August"],
        ["009-2", "013-3", "4,700 in April against more than 6,000 in August"],
        ["010-1", "009-1", "NIS cumulative update: about 300 killed in January, about 600 in April"],
        ["010-1", "013-1", "about 300 killed in January against about 2,000 in September"],
        ["010-1", "013-2", "about 300 killed in January against the April figure of about 600"],
        ["010-1", "008-2", "about 300 killed in January against about 2,000 in September"],
        ["010-5", "009-1", "at least 1,000 killed in January against about 600 in April, months apart"],
        ["010-5", "013-2", "at least 1,000 killed in January against the April figure of about 600"],
        ["009-1", "013-1", "NIS cumulative update: about 600 killed in April, about 2,000 in September"],
        ["009-1", "008-2", "about 600 killed in April against about 2,000 in September"],
        ["013-2", "013-1", "the April figure against the September figure in one article: a cumulative update"],
        ["013-2", "008-2", "the April figure of about 600 against about 2,000 in September"],
        ["003-1", "000-1", "an additional 3,000 against the whole force of 10,000-12,000"],
        ["003-1", "000-2", "an additional 3,000 against up to 12,000"],
        ["003-1", "004-1", "an additional 3,000 against 11,000 in Kursk"],
        ["003-1", "001-2", "an additional 3,000 against some 11,000 deployed"],
        ["003-1", "006-4", "an additional 3,000 against 11,000-12,000"],
        ["003-1", "003-2", "an additional 3,000 against the roughly 11,000 sent in the autumn"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
