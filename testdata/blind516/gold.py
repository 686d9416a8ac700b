#!/usr/bin/env python3
"""Gold labels for testdata/blind516 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind516: 15 articles written for crosscheck in our own words about the real "
         "story's known reporting (October 2024 - December 2025). See testdata/corpus/README.md for the "
         "meaning of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"]
BLINKEN = ["Antony Blinken", "Blinken", "United States", "US", "State Department"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["HUR", "military intelligence", "Ukrainian intelligence", "Ukraine"]
LEE = ["Lee Seong-kweun", "Park Sun-won"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "A first contingent of some 1,500 special operations troops was ferried from the North's eastern coast to Vladivostok", False),
    ],
    "001": [
        ("troops", "north_korea", 10000, None, "about", BLINKEN,
         "there are roughly 10,000 North Korean soldiers in Russia now", False),
        ("troops", "north_korea", 8000, None, "about", BLINKEN,
         "around 8,000 have moved to the Kursk oblast", False),
        ("casualties", "russia", 600000, None, "more_than", ["Lloyd Austin", "Austin", "United States", "US", "Pentagon"],
         "more than 600,000 Russian troops have been killed or wounded since February 2022", False),
    ],
    "003": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers were now in the Kursk region", False),
        ("troops", "north_korea", 8000, None, "about", BLINKEN,
         "put the number in Kursk at around 8,000", False),
        ("troops", "north_korea", 10000, None, "about", BLINKEN,
         "about 10,000 North Korean troops in Russia as a whole", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "the force includes about 500 officers", False),
    ],
    "004": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "North Korean soldiers sent to fight Ukraine have suffered about 1,100 casualties in the Kursk region of Russia", False),
        ("killed", "north_korea", 100, None, "at_least", NIS + LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + LEE,
         "around 1,000 wounded", False),
        ("troops", "north_korea", 10000, None, "more_than", ["unattributed"],
         "North Korea is believed to have sent more than 10,000 troops to Russia in October and November", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", "north_korea", 30, None, "at_least", HUR,
         "North Korean units had lost at least 30 soldiers, killed and wounded", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "North Korea is believed to have sent roughly eleven thousand troops to Kursk Oblast", False),
    ],
    "007": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian soldiers have taken two North Korean servicemen prisoner in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 11000, 12000, "range",
         ["Ukrainian and Western intelligence", "Ukrainian intelligence", "Western intelligence", "Ukraine"],
         "North Korea sent 11,000-12,000 soldiers to fight for Russia last autumn", False),
    ],
    "008": [
        ("killed", "north_korea", 300, None, "about", NIS + LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + LEE,
         "some 2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS + LEE,
         "with the total now around 3,000", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky"],
         "two North Korean soldiers had been captured by Ukrainian forces on Jan. 9", False),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "North Korean forces fighting for Russia have suffered around 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "about 600 of them fatal", False),
        ("troops", "north_korea", 3000, None, "about", JCS,
         "the North had dispatched some three thousand more soldiers to Russia in January and February", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"],
         "Two soldiers captured by Ukraine", False),
    ],
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the Ukrainian armed forces lost over 76,000 servicemen killed and wounded", False),
    ],
    "013": [
        ("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea", "Kim Jong Un"],
         "Nine of the regiment's soldiers were killed during the mission", False),
        ("troops", "north_korea", 10000, 12000, "range", ["unattributed"],
         "Pyongyang sent between 10,000 and 12,000 soldiers in late 2024", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "an estimated 2,000 North Korean soldiers had died in the Russia deployment", False),
        ("troops", "north_korea", 200, 999, "vague", ["South Korean officials", "South Korea"],
         "Hundreds of North Korean troops are believed to remain in Kursk", True),
        ("casualties", "russia", 1130, None, "exact", ["Ukraine's general staff", "general staff", "Ukraine"],
         "Russia has lost 1,130 troops over the past 24 hours", False),
    ],
}

NOT = {
    "000": ["up to 12,000 soldiers in four brigades", "Four Russian navy vessels", "more than 13,000 containers",
            "some 10,000 personnel to join Russia's forces", "11th Corps", "1 million-copy sales rush",
            "30th straight week", "Comments 14"],
    "001": ["around $2,000 a month", "155mm artillery shells",
            "Pentagon says 3,000 North Korean soldiers now training in eastern Russia",
            "the sixth U.S.-South Korea foreign and defense ministerial meeting"],
    "003": ["roughly 12,000 in total", "more than 1,000 square kilometers", "roughly 600 square kilometers",
            "about $2,000 a month each", "47th US president", "a few North Korean soldiers"],
    "004": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "paras 5-8", "1,450 per dollar",
            "6.8 pct", "10 more Boeing 737s"],
    "005": ["kills 1", "Mirage 2000-5", "20,000 members", "Dec. 14-15", "4 min read"],
    "007": ["born in 2005", "since 2021", "74 drones and 4 missiles", "200,000 customers", "Views: 18 205"],
    "008": ["first time in 9 years", "18:30 KST"],
    "010": ["36,045.38", "142.41", "1.8%", "June 2024"],
    "011": ["more than 7,000 pieces of weaponry and military equipment", "Article 4", "June 19, 2024",
            "August 6, 2024"],
    "013": ["1,000 deminers and 5,000 military construction workers", "120 days", "20-point peace framework",
            "138 drones and two ballistic missiles", "97 drones", "about 30,000 households", "Comments (274)", "6.2%"],
}

OFF = ["002", "006", "009", "012"]
DUP = {"014": "004"}

EXTRA = "an additional force of some three thousand (JCS, Feb 2025) against a whole-deployment figure"
conflicts = {
    "must": [
        ["003-1", "003-2", "11,000 in Kursk (Zelenskyy) against around 8,000 in Kursk (Blinken), side by side in one article the same week"],
        ["001-2", "003-1", "around 8,000 in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelenskyy, Nov 5), days apart"],
        ["004-1", "005-1", "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed and wounded (Zelensky), both given on Dec 23"],
    ],
    "may": [
        ["001-1", "003-1", "about 10,000 in all of Russia against 11,000 in Kursk alone, days apart; different scope"],
        ["003-1", "003-3", "11,000 in Kursk against about 10,000 in all of Russia; different scope"],
        ["001-1", "004-4", "about 10,000 against more than 10,000, nearly two months apart"],
        ["003-3", "004-4", "about 10,000 against more than 10,000, seven weeks apart"],
        ["001-2", "005-3", "8,000 in Kursk (Oct) against about eleven thousand (Dec), months apart"],
        ["003-2", "005-3", "8,000 in Kursk (Nov) against about eleven thousand (Dec), weeks apart"],
        ["001-2", "007-2", "8,000 (Oct) against 11,000-12,000 (Jan), months apart"],
        ["003-2", "007-2", "8,000 (Nov) against 11,000-12,000 (Jan), months apart"],
        ["001-1", "005-3", "about 10,000 in Russia (Oct) against about eleven thousand in Kursk (Dec)"],
        ["003-3", "005-3", "about 10,000 in Russia (Nov) against about eleven thousand in Kursk (Dec)"],
        ["001-1", "007-2", "about 10,000 (Oct) against 11,000-12,000 (Jan), months apart"],
        ["003-3", "007-2", "about 10,000 (Nov) against 11,000-12,000 (Jan), months apart"],
        ["001-2", "013-2", "8,000 (Oct 2024) against 10,000-12,000 (Dec 2025 retrospective), a year apart"],
        ["003-2", "013-2", "8,000 (Nov 2024) against 10,000-12,000 (Dec 2025 retrospective), a year apart"],
        ["010-3", "000-1", EXTRA], ["010-3", "001-1", EXTRA], ["010-3", "001-2", EXTRA],
        ["010-3", "003-1", EXTRA], ["010-3", "003-2", EXTRA], ["010-3", "003-3", EXTRA],
        ["010-3", "004-4", EXTRA], ["010-3", "005-3", EXTRA], ["010-3", "007-2", EXTRA],
        ["010-3", "013-2", EXTRA],
        ["004-1", "008-3", "1,100 casualties (Dec 23) against about 3,000 (Jan 13): a cumulative figure rising over three weeks"],
        ["004-1", "010-1", "1,100 casualties (Dec) against about 4,700 (Apr): months apart, cumulative"],
        ["005-1", "008-3", "more than 3,000 (Dec 23) against about 3,000 (Jan 13): the bound is met or nearly so"],
        ["008-3", "010-1", "NIS raises its cumulative casualty estimate from about 3,000 (Jan) to about 4,700 (Apr): an update, months apart"],
        ["008-1", "010-2", "NIS killed estimate rising from about 300 (Jan) to about 600 (Apr): an update, months apart"],
        ["008-1", "013-3", "about 300 killed (Jan) against about 2,000 (Sept): an update, months apart"],
        ["010-2", "013-3", "about 600 killed (Apr) against about 2,000 (Sept): an update, months apart"],
        ["004-3", "008-2", "around 1,000 wounded (Dec 19) against some 2,700 (Jan 13): a cumulative figure rising over weeks"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
