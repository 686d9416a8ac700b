#!/usr/bin/env python3
"""Gold labels for testdata/blind463 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind463 articles in articles/, written in our own words about the real "
         "story's known reporting and labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NK, RU = "north_korea", "russia"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "some 1,500 special operations soldiers ferried to the Russian Far East this month", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "There are already 11,000 soldiers from North Korea in Kursk Oblast", False),
        ("troops", NK, 8000, None, "about",
         ["Blinken", "Antony Blinken", "United States", "U.S.", "Washington", "State Department"],
         "about 8,000 North Korean troops had been moved to Kursk Oblast", False),
        ("troops", NK, 500, None, "about", ["HUR", "military intelligence", "Ukraine"],
         "around 500 North Korean officers arrived with the troops", False),
        ("troops", RU, 50000, None, "about", ["General Staff", "Kyiv Independent", "Ukraine"],
         "roughly 50,000 Russian troops in Kursk Oblast", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean units have sustained about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "around 1,000 wounded in their first weeks of fighting", False),
        ("troops", NK, 11000, 12000, "range", ["South Korea", "U.S.", "United States", "Ukraine", "officials"],
         "an estimated 11,000-12,000 troops to Russia", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "Washington"],
         "\"several hundred\" North Korean troops had been killed or wounded", True),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ["Zelensky", "Volodymyr Zelensky", "Syrskyi", "Ukraine"],
         "the number of North Korean soldiers killed and wounded in the Kursk region has already passed 3,000", False),
        ("troops", NK, 12000, None, "up_to", ["HUR", "Defense Intelligence", "Ukraine"],
         "Pyongyang has sent up to 12,000 troops to Russia", False),
        ("killed", NK, 50, None, "about", ["Special Operations Forces", "SSO", "Ukraine"],
         "had killed about 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 47 over three days of fighting", False),
    ],
    "007": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "2,700 wounded fighting against Ukraine in Russia's Kursk region", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "That puts North Korea's combined losses at roughly 3,000", False),
        ("captured", NK, 2, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine", "NIS"],
         "Ukrainian forces captured two North Korean soldiers in the Kursk region on Jan. 9", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", JCS,
         "about 3,000 more soldiers to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the roughly 11,000 troops it dispatched last year", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "North Korean casualties in Russia's Kursk region are estimated at about 4,000", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "North Korea has suffered around 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "about 600 of them deaths", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "up from about 3,000 casualties the spy agency estimated in January", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "some 15,000 North Korean soldiers have been sent to Russia so far", False),
    ],
    "011": [],
    "013": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers are now believed to have died in the fighting", False),
        ("killed", NK, 600, None, "about", NIS,
         "the agency's April estimate of 600", False),
        ("troops", NK, 11000, None, "exact", ["unattributed"],
         "Eleven thousand soldiers went in the first wave", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "several thousand more followed as reinforcements early this year", True),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range", ["Ukraine", "United States", "US", "South Korea", "officials"],
         "put at between 10,000 and 12,000 by Ukrainian, American and South Korean officials", False),
        ("troops", NK, 3000, None, "about", ["South Korea's military", "South Korea", "Joint Chiefs of Staff"],
         "Some three thousand more arrived as reinforcements in January and February", False),
        ("casualties", NK, 6000, None, "more_than", ["Britain's Ministry of Defence", "Ministry of Defence", "UK", "Britain"],
         "more than 6,000 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 2000, None, "about", NIS,
         "roughly 2,000 had died", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"],
         "Ukraine says it holds two North Korean soldiers", False),
    ],
}

NOT = {
    "000": ["a total of some 12,000 troops in four brigades", "four amphibious landing ships and three escort vessels",
            "more than 13,000 containers", "over 8 million rounds of 152 mm and 122 mm ammunition",
            "preparing 10,000 personnel for Russia's armed forces", "10 N. Korean soldiers cross MDL", "2,593.82"],
    "002": ["30 of the 50 Shahed-type attack drones", "another 16", "around 1,300 square kilometers",
            "roughly 600 square kilometers", "Russia has lost 702,000 troops in Ukraine",
            "155 mm shells", "4 killed in Russian attack on Zaporizhzhia", "$5 a month", "4 million a year"],
    "003": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "about 20 km (12 miles)",
            "2,442.01", "1,452.10", "8.7 trillion yen"],
    "005": ["small groups of 20 to 30 soldiers", "78 drones and 3 missiles", "air defense downs 54", "155mm ammunition"],
    "007": ["born in 2005", "The other, 26", "1.2 million-strong military", "around $2,000 a month",
            "2 North Korean POWs", "1,000 casualties in a week", "2,489.56", "68 million views in 11 days"],
    "008": ["about 220 artillery pieces", "170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
            "149.78 yen", "20 languages"],
    "009": ["roughly 28 trillion won ($20 billion)", "89.77%", "2,556.61", "20 Boeing 777-9 jets", "25 million USIM cards"],
    "011": ["1,000 sappers", "5,000 military construction workers", "5,000 military builders",
            "about 1,300 square kilometers", "More than 150,000 residents", "32 Ukrainian UAVs", "USD 78.62", "Article 4"],
    "013": ["as many as 30,000 more troops", "3 killed in overnight strikes", "2 hours of talks", "£2 a month", "barely 20"],
    "014": ["a further 6,000 deminers and military builders", "About 28,500 U.S. troops", "up to $20 billion",
            "3K More North Korean Troops", "12K Soldiers", "1,000 Troops a Day"],
}

OFF = ["001", "006", "010", "012"]
DUP = {"004": "003"}

conflicts = {
    "must": [
        ["002-1", "002-2", "11,000 North Korean troops in Kursk (Zelensky, Nov 4) against about 8,000 there "
                           "(Blinken, Oct 31): same week, within one live blog"],
        ["003-1", "005-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and "
                           "wounded (Zelensky, citing Syrskyi): same days, articles three days apart"],
    ],
    "may": [
        # troops: a first batch, weeks or months apart, or an additional force
        ["000-1", "002-1", "first batch of 1,500 (Oct 18) against 11,000 two and a half weeks later"],
        ["000-1", "002-2", "first batch of 1,500 (Oct 18) against about 8,000 two weeks later"],
        ["000-1", "003-4", "first batch of 1,500 against 11,000-12,000, two months apart"],
        ["000-1", "008-2", "first batch of 1,500 against roughly 11,000, months apart"],
        ["000-1", "009-4", "first batch of 1,500 against some 15,000 in all, months apart"],
        ["000-1", "013-3", "first batch of 1,500 against eleven thousand, a year apart"],
        ["000-1", "014-1", "first batch of 1,500 against 10,000-12,000, a year apart"],
        ["002-2", "003-4", "about 8,000 (Oct 31) against 11,000-12,000 seven weeks later"],
        ["002-2", "008-2", "about 8,000 (Oct 31) against roughly 11,000, months later"],
        ["002-2", "009-4", "about 8,000 against some 15,000 in all, months later"],
        ["002-2", "013-3", "about 8,000 against eleven thousand, months later"],
        ["002-2", "014-1", "about 8,000 against 10,000-12,000, a year later"],
        ["002-1", "009-4", "11,000 against some 15,000 in all including reinforcements, months later"],
        ["003-4", "009-4", "11,000-12,000 against some 15,000 in all including reinforcements"],
        ["005-2", "009-4", "up to 12,000 against some 15,000 in all including reinforcements"],
        ["008-2", "009-4", "roughly 11,000 first wave against some 15,000 in all"],
        ["009-4", "013-3", "some 15,000 in all against eleven thousand in the first wave"],
        ["009-4", "014-1", "some 15,000 in all against 10,000-12,000 in the first contingent"],
        ["008-1", "008-2", "3,000 additional against 11,000 earlier"],
        ["014-2", "014-1", "3,000 additional against 10,000-12,000 first contingent"],
        ["008-1", "002-1", "3,000 additional against 11,000"], ["008-1", "002-2", "3,000 additional against 8,000"],
        ["008-1", "003-4", "3,000 additional against 11,000-12,000"], ["008-1", "009-4", "3,000 additional against 15,000"],
        ["008-1", "013-3", "3,000 additional against eleven thousand"], ["008-1", "014-1", "3,000 additional against 10,000-12,000"],
        ["008-1", "000-1", "3,000 additional against a first batch of 1,500"],
        ["014-2", "002-1", "3,000 additional against 11,000"], ["014-2", "002-2", "3,000 additional against 8,000"],
        ["014-2", "003-4", "3,000 additional against 11,000-12,000"], ["014-2", "008-2", "3,000 additional against 11,000"],
        ["014-2", "009-4", "3,000 additional against 15,000"], ["014-2", "013-3", "3,000 additional against eleven thousand"],
        ["014-2", "000-1", "3,000 additional against a first batch of 1,500"],
        # casualties: cumulative figures weeks or months apart; a vague figure
        ["003-5", "005-1", "'several hundred' (Pentagon, vague) against more than 3,000"],
        ["003-1", "007-3", "1,100 (Dec 23) against roughly 3,000 three weeks later, cumulative"],
        ["003-1", "008-3", "1,100 (Dec) against about 4,000 (Mar), cumulative"],
        ["003-1", "009-1", "1,100 (Dec) against 4,700 (Apr), cumulative"],
        ["003-1", "009-3", "1,100 (Dec 23) against about 3,000 estimated in January, cumulative"],
        ["003-1", "014-3", "1,100 (Dec 2024) against more than 6,000 (Sep 2025)"],
        ["007-3", "008-3", "roughly 3,000 (Jan) against about 4,000 (Mar), cumulative"],
        ["007-3", "009-1", "roughly 3,000 (Jan) against 4,700 (Apr), cumulative"],
        ["007-3", "014-3", "roughly 3,000 (Jan) against more than 6,000 (Sep)"],
        ["008-3", "009-1", "about 4,000 (Mar) against 4,700 (Apr), cumulative"],
        ["008-3", "009-3", "about 4,000 (Mar) against about 3,000 estimated in January"],
        ["008-3", "014-3", "about 4,000 (Mar) against more than 6,000 (Sep)"],
        ["009-1", "014-3", "4,700 (Apr) against more than 6,000 (Sep)"],
        ["009-3", "014-3", "about 3,000 (Jan) against more than 6,000 (Sep)"],
        # killed and wounded: cumulative figures weeks or months apart
        ["007-1", "009-2", "about 300 killed (Jan) against about 600 (Apr), cumulative"],
        ["007-1", "013-1", "about 300 killed (Jan) against about 2,000 (Sep), cumulative"],
        ["007-1", "013-2", "about 300 killed (Jan) against the April estimate of 600"],
        ["007-1", "014-4", "about 300 killed (Jan) against roughly 2,000 (Sep), cumulative"],
        ["009-2", "013-1", "about 600 killed (Apr) against about 2,000 (Sep), cumulative"],
        ["009-2", "014-4", "about 600 killed (Apr) against roughly 2,000 (Sep), cumulative"],
        ["013-2", "014-4", "April estimate of 600 against roughly 2,000 in September"],
        ["003-3", "007-2", "about 1,000 wounded (Dec) against 2,700 (Jan), cumulative"],
        # vague (optional) figures against definite ones
        ["003-1", "003-5", "about 1,100 (JCS) against 'several hundred' (Pentagon, vague, a week earlier)"],
        ["003-5", "007-3", "'several hundred' (vague, Dec) against roughly 3,000 (Jan)"],
        ["003-5", "008-3", "'several hundred' (vague, Dec) against about 4,000 (Mar)"],
        ["003-5", "009-1", "'several hundred' (vague, Dec) against 4,700 (Apr)"],
        ["003-5", "009-3", "'several hundred' (vague, Dec) against about 3,000 (Jan)"],
        ["003-5", "014-3", "'several hundred' (vague, Dec 2024) against more than 6,000 (Sep 2025)"],
        ["013-4", "000-1", "several thousand reinforcements against a first batch of 1,500"],
        ["013-4", "003-4", "several thousand reinforcements against 11,000-12,000"],
        ["013-4", "009-4", "several thousand reinforcements against 15,000 in all"],
        ["013-4", "014-1", "several thousand reinforcements against 10,000-12,000"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
