#!/usr/bin/env python3
"""Gold labels for testdata/blind597 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defense Intelligence of Ukraine", "HUR", "Ukrainian intelligence", "military intelligence", "Ukraine"]

about = ("Gold labels for testdata/blind597: 15 articles written for crosscheck in our own words, labelled blind. "
         "Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS, "North Korea has begun sending some 12,000 troops", False),
        ("troops", NK, 1500, None, "about", NIS, "the first contingent of about 1,500 special forces soldiers", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL, "Eleven thousand North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", ["Pentagon", "US Department of Defense", "United States", "Washington"],
         "The Pentagon put the number of North Korean soldiers sent to Russia at roughly 10,000", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "About 1,100 North Korean soldiers fighting for Russia have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE, "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE, "some 1,000 wounded", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "The number of North Korean troops killed and wounded in Russia's Kursk region has passed 3,000", False),
        ("troops", NK, 12000, None, "up_to", HUR, "Pyongyang has sent up to 12,000 troops to Russia", False),
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded near the villages of Plekhovo, Vorozhba and Martynivka", False),
    ],
    "006": [
        ("killed", NK, 1000, None, "more_than", HUR + ["Andriy Yusov"],
         "more than 1,000 of Pyongyang's soldiers have been killed since they first went into combat in early December", False),
        ("killed", NK, 300, None, "about", NIS_LEE, "about 300 North Korean soldiers had died", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "roughly 2,700 had been wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "009": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea is believed to have sent about 3,000 additional troops to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", JCS, "around 11,000 North Korean soldiers were first deployed last autumn", False),
    ],
    "010": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia", "Chief of the General Staff"],
         "the enemy lost more than 76,000 servicemen", False),
    ],
    "011": [
        ("troops", NK, 11000, 12000, "range", ["South Korean and Western estimates", "South Korea", "Western", "Seoul"],
         "put the first wave, which arrived last October and November, at 11,000-12,000 soldiers", False),
        ("troops", NK, 3000, None, "about", JCS, "some three thousand more had followed in January and February", False),
        ("casualties", NK, 4700, None, "about", NIS, "North Korean casualties stood at around 4,700", False),
        ("killed", NK, 600, None, "about", NIS, "roughly 600 had been killed", False),
        ("casualties", UA, 76000, None, "more_than", ["Moscow", "Russia", "Valery Gerasimov", "Russian Defence Ministry"],
         "Ukraine lost more than 76,000 servicemen during its incursion", False),
        ("casualties", RU, 50000, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine", "Kyiv"],
         "Russia had suffered more than 50,000 casualties in the region since August 2024", False),
        ("captured", NK, 2, None, "exact", ["unattributed"],
         "Two North Korean soldiers captured by Ukraine in January are still being held in Kyiv", False),
    ],
    "013": [
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "Thousands of North Korean soldiers fought alongside Russian troops", True),
        ("troops", NK, 10000, None, "more_than", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "Pyongyang sent more than 10,000 soldiers to Russia last year", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "Kim Jong-un", "North Korea", "Pyongyang"],
         "nine of its soldiers who died during the mission", False),
        ("troops", NK, 200, 900, "vague", NIS, "several hundred sappers took part in the operation", True),
        ("troops", NK, 1000, None, "at_most", ["Ko Jae-hoon", "military analyst", "analyst"],
         "the regiment probably numbered no more than 1,000", False),
        ("killed", NK, 2000, None, "about", NIS,
         "About 2,000 North Korean soldiers have been killed in and around Kursk", False),
    ],
}

NOT = {
    "000": ["four brigades", "between Oct. 8 and 13", "the 11th Corps", "more than 13,000 containers of artillery shells",
            "KOSPI ends 0.4 pct lower at 2,593.92", "3 new wards at Incheon hospital by 2027", "Rain in 5 provinces, highs of 22 C"],
    "002": ["2,418 views", "about 50 kilometers from the Ukrainian border", "Russian 82-mm mortars",
            "62 of 96 Russian Drones Downed Overnight", "Ukraine's 47th Brigade", "since 1995", "for 30 years", "Comments (14)"],
    "003": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "Korean Air flight delays hit 3-year high",
            "Won slides past 1,450 per dollar", "10 things to do in Seoul", "USD/KRW 1,451.40", "KOSPI 2,442.01"],
    "005": ["on December 14-15 alone", "on August 6", "52 of 78 Russian drones overnight", "USD 41.97", "Kyiv +2°C"],
    "006": ["wounded 13 people", "94 drones and two ballistic missiles overnight", "71 of the drones were shot down",
            "death toll rises to 24", "from just £2 a month", "every weekday morning at 7am GMT"],
    "009": ["about 220 pieces of artillery", "170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
            "1st trilateral talks in 18 months", "3 dead as wildfires spread", "Tokyo 21°C"],
    "010": ["over 7,700 pieces of weapons and military equipment", "417 tanks", "353 infantry fighting vehicles",
            "283 armored personnel carriers", "143 areas of Ukrainian troop concentration", "August 6, 2024"],
    "011": ["the elite 11th Corps", "what was said in 15 minutes", "€1.5bn defence fund extension", "01/05/2025 - 11:00 GMT+2"],
    "013": ["1,000 deminers and 5,000 military builders", "6,000 deminers and military builders",
            "second visit to the North in two weeks", "conflict enters 5th day"],
    "014": ["spent 120 days clearing mines", "on Dec. 12", "rate at 2.5% for 4th straight meeting", "Seoul snowfall hits 12 cm",
            "3 years after Itaewon"],
}

OFF = ["001", "004", "007", "012"]
DUP = {"008": "005"}

TOTALS = ["000-1", "002-1", "002-2", "005-2", "009-2", "011-1", "013-2"]
ADDITIONAL = ["009-1", "011-2"]

may = [
    ["000-1", "002-1", "about 12,000 being sent (NIS, Oct 18) against 11,000 already in Kursk (Zelensky, Nov 6): close values, a deployment still under way"],
    ["000-1", "002-2", "about 12,000 being sent (NIS) against roughly 10,000 in Russia so far (Pentagon, end of October)"],
    ["002-1", "002-2", "11,000 in Kursk (Zelensky) against roughly 10,000 in Russia a week earlier (Pentagon); a growing deployment"],
    ["002-2", "009-2", "roughly 10,000 (Nov 2024) against around 11,000 first deployed (JCS, Mar 2025): close values, months apart"],
    ["002-2", "011-1", "roughly 10,000 (Nov 2024) against 11,000-12,000 (May 2025), months apart"],
    ["002-2", "013-2", "roughly 10,000 against more than 10,000, months apart: the bound is nearly satisfied"],
    ["000-1", "009-2", "about 12,000 (Oct 2024) against around 11,000 (Mar 2025), months apart"],
    ["000-2", "009-1", "first contingent of 1,500 (Oct 2024) against 3,000 additional troops (Jan-Feb 2025): different groups, months apart"],
    ["000-2", "011-2", "first contingent of 1,500 (Oct 2024) against some three thousand more (Jan-Feb 2025): different groups, months apart"],
    ["003-1", "011-3", "about 1,100 casualties (JCS, Dec 2024) against around 4,700 (NIS, Apr 2025): cumulative toll, months apart"],
    ["006-2", "011-4", "about 300 killed (NIS, Jan 2025) against roughly 600 (NIS, Apr 2025): cumulative toll, months apart"],
    ["006-2", "014-4", "about 300 killed (NIS, Jan 2025) against about 2,000 (NIS, Sept 2025): cumulative toll, months apart"],
    ["011-4", "014-4", "roughly 600 killed (NIS, Apr 2025) against about 2,000 (NIS, Sept 2025): cumulative toll, months apart"],
    ["006-1", "011-4", "more than 1,000 killed (HUR, Jan 2025) against roughly 600 (NIS, Apr 2025), months apart"],
]
for add in ADDITIONAL:
    for tot in TOTALS:
        may.append([tot, add, "a total deployment against an additional force of about 3,000 sent in January-February 2025"])

conflicts = {
    "must": [
        ["003-1", "005-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 26), three days apart"],
        ["006-1", "006-2", "more than 1,000 North Korean soldiers killed (Ukraine's HUR via Andriy Yusov) against about 300 killed (South Korea's NIS via Lee Seong-kweun), in the same live blog on the same day"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
