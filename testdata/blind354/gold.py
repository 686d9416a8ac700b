#!/usr/bin/env python3
"""Gold labels for testdata/blind354 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind354: fifteen articles written in our own words about the real story's "
         "known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see its README.md.")

NK, RU, UA = "north_korea", "russia", "ukraine"
BLINKEN = ["Antony Blinken", "Blinken", "United States", "U.S.", "US"]
PENTAGON = ["Defense Department", "Pentagon", "United States", "U.S.", "US"]
ZELENSKY = ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Ukrainian President"]
NYT = ["The New York Times", "New York Times", "U.S. and Ukrainian officials", "U.S. officials", "Ukrainian officials"]
US_SK = ["U.S. and South Korean officials", "United States", "U.S.", "US", "South Korea", "South Korean officials"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "South Korean military", "Seoul"]
NIS_LEE = ["National Intelligence Service", "NIS", "Lee Seong-kweun", "South Korea", "Seoul", "spy agency"]
SYRSKYI = ["Oleksandr Syrskyi", "Syrskyi", "Ukraine", "Commander-in-Chief"]
SSO = ["Special Operations Forces", "SSO", "Ukraine", "Ukraine's Special Operations Forces"]
GERASIMOV = ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"]
NIS_APR = ["National Intelligence Service", "NIS", "South Korea", "Park Sun-won", "Lee Seong-kweun",
           "Intelligence Committee", "lawmakers", "Seoul", "spy agency"]
HUR = ["Andriy Yusov", "Yusov", "Defence Intelligence Directorate", "HUR", "Ukraine", "Kyiv",
       "Ukrainian military intelligence"]
NIS_JUN = ["National Intelligence Service", "NIS", "South Korea's intelligence service", "South Korea", "Seoul"]
NIS_SEP = ["National Intelligence Service", "NIS", "South Korea", "lawmakers", "Seoul", "spy agency"]

A = {
    "000": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers have been moved to Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", PENTAGON,
         "the total number of North Korean soldiers sent to Russia for training at around 10,000", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZELENSKY,
         "11,000 North Korean soldiers were now in the Kursk region", False),
        ("troops", RU, 50000, None, "about", NYT,
         "Russia has massed a force of about 50,000 of its own soldiers", False),
        ("troops", NK, 12000, None, "up_to", US_SK,
         "North Korea has sent up to 12,000 soldiers to Russia in all", False),
        ("troops", NK, 200, 900, "vague", US_SK,
         "several hundred officers among them", True),
    ],
    "002": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops fighting alongside Russian forces against Ukraine have suffered an estimated 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed in combat", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "with the wounded numbering around 1,000", False),
    ],
    "003": [
        ("casualties", RU, 38000, None, "about", SYRSKYI,
         "Russian forces there have lost about 38,000 servicemen killed and wounded", False),
        ("captured", RU, 700, None, "more_than", SYRSKYI,
         "more than 700 Russian troops have been taken prisoner", False),
        ("casualties", NK, 3000, None, "more_than", ZELENSKY,
         "over three thousand North Korean soldiers had already been killed or wounded in the Kursk region", False),
        ("killed", NK, 21, None, "exact", SSO,
         "its operators killed 21 North Korean servicemen", False),
        ("wounded", NK, 40, None, "exact", SSO,
         "killed 21 North Korean servicemen and wounded 40 more", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "has lost around 300 soldiers killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "another 2,700 or so wounded", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Pyongyang is thought to have sent around 11,000 troops to Russia last autumn", False),
        ("captured", NK, 2, None, "exact", ["National Intelligence Service", "NIS", "South Korea", "Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "two North Korean soldiers were captured alive by Ukrainian forces in Kursk", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", JCS,
         "roughly 3,000 additional troops to Russia in January and February", False),
        ("troops", NK, 11000, 12000, "range", JCS,
         "come on top of the 11,000-12,000 soldiers Pyongyang sent in the autumn", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than", GERASIMOV,
         "the Ukrainian armed forces' losses during the Kursk adventure exceeded 76,000 servicemen", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS_APR,
         "about 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS_APR,
         "with the dead numbering around 600", False),
        ("killed", NK, 1500, None, "at_least", HUR,
         "Ukrainian estimates put the number of North Korean dead at no fewer than 1,500", False),
    ],
    "011": [
        ("troops", NK, 11000, None, "about", NIS_JUN,
         "Roughly eleven thousand North Korean soldiers are still deployed in the Kursk area", False),
        ("casualties", NK, 2000, 9999, "vague", ["unattributed", "South Korea's intelligence service", "South Korea"],
         "Thousands of them have been killed or wounded", True),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS_SEP,
         "around 2,000 North Korean soldiers have died fighting for Russia", False),
        ("troops", NK, 200, 900, "vague", NIS_SEP,
         "several hundred of the military engineers Pyongyang pledged in June had already arrived in Kursk", True),
    ],
}

NOT = {
    "000": ["about 86 minutes", "more than 7,000 kilometers", "about 200 km west of Okushiri Island",
            "up to 12,000 N. Korean troops being readied", "1st launch in nearly a year", "153 per dollar",
            "Oct. 31, 2024"],
    "001": ["1.1K Comments", "some 20 miles from the Ukrainian border", "roughly 500 square miles",
            "about 40 percent of that ground", "Bitcoin Price Tops $89,000", "August 6"],
    "002": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "more than 20,000 containers",
            "N. Korean troop deployment in Russia tops 10,000", "15-year low at 1,450 to dollar",
            "Jeju Air adds 4 routes", "paras 4-6"],
    "003": ["82 mm mortars", "1,930 soldiers, 12 tanks in past day", "100 more armored vehicles",
            "in three days of fighting", "26.12.2024 14:20"],
    "005": ["born in 1999", "the other in 2005", "on Jan. 9", "N. Korea's Kursk casualties top 1,000",
            "up to 15 centimeters", "4-member unit"],
    "008": ["2 min read", "record 267 drones", "a 26-year-old rifleman", "17,500 members", "Feb. 24"],
    "009": ["Article 4", "more than 7,000 pieces of military equipment", "412 tanks", "June 19, 2024",
            "December 4, 2024"],
    "010": ["28 trillion won", "US$20 billion", "8 months after troops first arrived", "12th straight week",
            "2025-04-30 18:10 KST"],
    "011": ["1,000 sappers", "5,000 military construction workers", "40C", "18th sanctions package",
            "8:55 GMT+2"],
    "013": ["90 drones and two missiles", "58 of the drones", "€9bn", "Comments (412)", "Tens of millions",
            "15.22 BST", "£1"],
}

OFF = ["004", "007", "012", "014"]
DUP = {"006": "005"}

conflicts = {
    "must": [
        ["002-1", "003-3", "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed or wounded "
         "(Zelensky), both given on December 23; the two articles are three days apart"],
        ["010-2", "010-3", "about 600 killed (NIS) against no fewer than 1,500 killed (HUR's Yusov), "
         "the same day in the same article"],
    ],
    "may": [
        ["000-1", "001-1", "8,000 in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 11): "
         "eleven days apart while the deployment was still growing"],
        ["000-2", "001-1", "about 10,000 sent to Russia (Pentagon, late October) against 11,000 in Kursk "
         "(Zelensky) two weeks later, deployment still growing"],
        ["000-1", "005-3", "8,000 in Kursk (Oct 31) against about 11,000 sent (January), months apart"],
        ["000-2", "005-3", "about 10,000 (October) against about 11,000 (January), months apart"],
        ["000-1", "008-2", "8,000 (Oct 31) against 11,000-12,000 (February), months apart"],
        ["000-2", "008-2", "about 10,000 (October) against 11,000-12,000 (February), months apart"],
        ["000-1", "011-1", "8,000 (Oct 31) against about 11,000 still deployed (June), months apart"],
        ["000-2", "011-1", "about 10,000 (October) against about 11,000 (June), months apart"],
        ["000-1", "008-1", "8,000 against an additional 3,000"],
        ["000-2", "008-1", "about 10,000 against an additional 3,000"],
        ["001-1", "008-1", "11,000 against an additional 3,000"],
        ["005-3", "008-1", "about 11,000 against an additional 3,000"],
        ["008-1", "008-2", "an additional 3,000 on top of 11,000-12,000"],
        ["008-1", "011-1", "an additional 3,000 (February) against about 11,000 still deployed (June)"],
        ["000-1", "013-2", "8,000 against several hundred additional military engineers (optional)"],
        ["000-2", "013-2", "about 10,000 against several hundred additional military engineers (optional)"],
        ["001-1", "013-2", "11,000 against several hundred additional military engineers (optional)"],
        ["001-3", "013-2", "up to 12,000 against several hundred additional military engineers (optional)"],
        ["005-3", "013-2", "about 11,000 against several hundred additional military engineers (optional)"],
        ["008-1", "013-2", "an additional 3,000 against several hundred additional engineers (optional)"],
        ["008-2", "013-2", "11,000-12,000 against several hundred additional military engineers (optional)"],
        ["011-1", "013-2", "about 11,000 against several hundred additional military engineers (optional)"],
        ["002-1", "010-1", "about 1,100 casualties (December) against about 4,700 (April): a cumulative "
         "figure four months later"],
        ["002-1", "011-2", "about 1,100 casualties (December) against 'thousands' (June, optional), months apart"],
        ["005-1", "010-2", "about 300 killed (January) against about 600 (April): cumulative, months apart"],
        ["005-1", "010-3", "about 300 killed (January) against no fewer than 1,500 (April), months apart"],
        ["005-1", "013-1", "about 300 killed (January) against about 2,000 (September), months apart"],
        ["010-2", "013-1", "about 600 killed (April) against about 2,000 (September): the NIS raising its "
         "own cumulative estimate months later"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
