#!/usr/bin/env python3
"""Gold labels for testdata/blind330 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind330: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning of "
         "every field and how a system's output is scored.")

NK, UA = "north_korea", "ukraine"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
HUR = ["HUR", "military intelligence", "Defence Intelligence", "Ukraine", "Kyiv"]

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has transferred around 3,000 of its soldiers to Russia so far", False),
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 troops was carried from the North's east coast to Vladivostok", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Pentagon", "United States", "U.S."],
         "North Korea has sent roughly 10,000 soldiers to Russia", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "U.S."],
         "We've now seen around 8,000 of those soldiers in the Kursk region", False),
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "U.S."],
         "at least 3,000 North Korean troops had arrived in eastern Russia", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "Around 1,100 North Korean soldiers, the Joint Chiefs of Staff estimated Monday, have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died in combat", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "around 1,000 others had been wounded", False),
        ("casualties", NK, 200, 900, "vague", ["US military official", "United States", "US"],
         "the North's troops had suffered several hundred casualties", True),
        ("troops", NK, 10000, None, "more_than", ["Seoul", "Washington", "Kyiv", "South Korea", "United States", "Ukraine"],
         "North Korea has deployed more than 10,000 soldiers to Russia since October", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine", "Oleksandr Syrskyi"],
         "more than 3,000 North Korean soldiers had now been killed or wounded in the fighting", False),
        ("killed", NK, 24, 99, "vague", ["special operations forces", "Ukraine"],
         "dozens of North Korean soldiers being killed", True),
    ],
    "006": [
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Two soldiers from North Korea have been captured alive by Ukrainian troops", False),
        ("troops", NK, 11000, None, "about", HUR,
         "about 11,000 North Korean soldiers were brought to Kursk Oblast", False),
    ],
    "007": [
        ("troops", NK, 10000, 12000, "range", ["American, South Korean and Ukrainian officials", "officials", "United States", "South Korea", "Ukraine"],
         "Most estimates put the number at between 10,000 and 12,000", False),
        ("troops", NK, 11000, None, "exact", HUR,
         "Eleven thousand of them are thought to have gone to the Kursk region itself", False),
        ("killed", NK, 300, None, "about", NIS,
         "roughly 300 North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "some 2,700 wounded", False),
        ("killed", NK, 1000, None, "more_than", HUR,
         "The HUR says more than 1,000 North Koreans have died", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "it puts overall losses - the dead and the wounded together - at close to 4,000", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Kyiv"],
         "Ukraine says it captured two North Korean soldiers", False),
    ],
    "009": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea is believed to have dispatched about 3,000 additional troops to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the roughly 11,000 soldiers the North sent last year", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "Around 4,000 North Korean soldiers are estimated to have been killed or wounded so far", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS,
         "Around 4,700 North Korean troops have been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS,
         "some 600 soldiers believed to have died", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "the roughly 3,000 casualties the agency reported in January", False),
    ],
    "012": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"],
         "honored nine of its soldiers who were killed during the mission", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "North Korea sent thousands of combat troops to Russia in late 2024", True),
        ("killed", NK, 2000, None, "about", ["South Korea's spy agency", "spy agency", "NIS", "National Intelligence Service", "South Korea"],
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
        ("killed", NK, 101, None, "at_least", ["state TV", "state television", "North Korea", "unattributed"],
         "portraits of at least 101 fallen soldiers", False),
    ],
}

NOT = {
    "000": ["about 10,000 in all by December", "about 100 military terms", "Hoguk field drills involving 3,500 troops",
            "elite 11th Corps", "2 days after threats", "KOSPI 2,599.62", "rise 4.6 pct in October", "Oct. 8 and 13"],
    "002": ["about 190 miles away", "$425 million package", "155 mm artillery rounds", "Trump leads Harris by 2 points",
            "The 7 swing states", "$1.2 billion"],
    "003": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "Won slumps past 1,450 per dollar",
            "tops Billboard 200 for 3rd time", "Why a 29-year-old left Samsung", "four days earlier"],
    "004": ["78 missiles and 106 drones", "59 of the missiles and 54 of the drones", "half a million people were left without heating",
            "Of the 67 people on board, 38 were killed and 29 survived", "€1.4bn package", "£4.6bn", "Comments (412)"],
    "006": ["one of the men was born in 2005 and the other in 1999", "the 26-year-old", "Russia loses 1,690 soldiers and 12 artillery systems over past day",
            "40 of 74 Russian drones"],
    "007": ["advancing in groups of 20 to 30", "95th Air Assault Brigade", "Kim Jong Un, 41",
            "Seoul says 2,700 North Korean soldiers wounded in Russia", "Video, 1 minute 52 seconds", "on 13 January", "on 9 January"],
    "009": ["about 220 pieces of 170-mm self-propelled guns", "240-mm multiple rocket launchers", "its seventh nuclear test",
            "record low of 720,988 in 2024"],
    "011": ["Article 4", "on April 26", "North Korea’s 11,000 troops in Kursk: where did they go?", "cut by 9.3% for 2025"],
    "012": ["1,000 sappers", "5,000 military builders", "one thousand sappers", "five thousand military builders",
            "over 7,000 units of weapons and military equipment", "412 tanks", "45 Ukrainian drones", "June 19, 2024", "2,790 points"],
    "014": ["1,000 deminers", "5,000 military construction workers", "their 120 days", "record $700 billion", "tech stocks fall 1.5%"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"008": "003"}

conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, 23 Dec 2024) against more than 3,000 killed and wounded (Zelenskyy, 26 Dec 2024), three days apart"],
        ["007-3", "007-5", "about 300 killed (South Korea's NIS) against more than 1,000 killed (Ukraine's HUR), both January 2025, in one article"],
    ],
    "may": [
        ["000-1", "002-1", "about 3,000 moved 'so far' (NIS, 23 Oct) against roughly 10,000 (Pentagon) a week later: a cumulative count still rising"],
        ["000-1", "002-2", "3,000 in Russia so far (23 Oct) against 8,000 in Kursk a week later: rising count, and a part"],
        ["000-1", "003-5", "3,000 so far (October) against more than 10,000 (December), two months apart"],
        ["000-1", "006-2", "3,000 so far (October) against about 11,000 (January), months apart"],
        ["000-1", "007-1", "3,000 so far (October) against 10,000-12,000 (January), months apart"],
        ["000-1", "007-2", "3,000 so far (October) against 11,000 in Kursk (January), months apart"],
        ["000-1", "009-2", "3,000 so far (October) against 11,000 sent last year (February), months apart"],
        ["002-2", "006-2", "8,000 in Kursk (31 Oct) against about 11,000 brought to Kursk (January), months apart"],
        ["002-2", "007-2", "8,000 in Kursk (31 Oct) against 11,000 in Kursk (January), months apart"],
        ["009-1", "000-1", "an additional 3,000 (2025) against 3,000 so far (October 2024)"],
        ["009-1", "000-2", "an additional 3,000 (2025) against a first group of 1,500 (October 2024)"],
        ["009-1", "002-1", "an additional 3,000 against roughly 10,000"],
        ["009-1", "002-2", "an additional 3,000 against 8,000 in Kursk"],
        ["009-1", "003-5", "an additional 3,000 against more than 10,000"],
        ["009-1", "006-2", "an additional 3,000 against about 11,000"],
        ["009-1", "007-1", "an additional 3,000 against 10,000-12,000"],
        ["009-1", "007-2", "an additional 3,000 against 11,000 in Kursk"],
        ["009-1", "009-2", "an additional 3,000 against the 11,000 sent last year, in one article"],
        ["003-1", "003-4", "about 1,100 (JCS) against 'several hundred' (a US official, a week earlier), vague"],
        ["003-4", "004-1", "'several hundred' (a US official, mid-December) against more than 3,000 (Zelenskyy), vague"],
        ["003-4", "007-6", "'several hundred' (December) against close to 4,000 (January), vague and a month apart"],
        ["003-4", "009-3", "'several hundred' (December) against about 4,000 (February), months apart"],
        ["003-4", "011-1", "'several hundred' (December) against about 4,700 (April), months apart"],
        ["003-4", "011-3", "'several hundred' (December) against about 3,000 (January), a month apart"],
        ["003-1", "007-6", "about 1,100 (December) against close to 4,000 (January), a month apart"],
        ["003-1", "009-3", "about 1,100 (December) against about 4,000 (JCS, February): the same source's later count"],
        ["003-1", "011-1", "about 1,100 (December) against about 4,700 (April), months apart"],
        ["003-1", "011-3", "about 1,100 (December) against about 3,000 (January), a month apart"],
        ["003-3", "007-4", "about 1,000 wounded (NIS, December) against some 2,700 wounded (NIS, January): a later count"],
        ["007-3", "011-2", "about 300 killed (January) against about 600 (April): the NIS's later count"],
        ["007-3", "014-3", "about 300 killed (January) against about 2,000 (September estimate), months apart"],
        ["007-5", "011-2", "more than 1,000 killed (HUR, January) against about 600 (NIS, April), months apart"],
        ["011-2", "014-3", "about 600 killed (April) against about 2,000 (September estimate): the NIS's later count"],
        ["007-6", "011-3", "close to 4,000 (HUR, 24 Jan) against the roughly 3,000 the NIS reported in January, reported three months later"],
        ["009-3", "011-3", "about 4,000 (JCS, February) against the roughly 3,000 the NIS reported in January, reported two months later"],
        ["003-5", "014-2", "more than 10,000 (December 2024) against 'thousands' (December 2025), vague"],
        ["007-1", "014-2", "10,000-12,000 (January) against 'thousands' (December), vague"],
        ["007-2", "014-2", "11,000 in Kursk (January) against 'thousands' (December), vague"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
