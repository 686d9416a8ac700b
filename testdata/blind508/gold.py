#!/usr/bin/env python3
"""Gold labels for testdata/blind508. Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind508: fifteen articles written and labelled blind for crosscheck "
         "(see testdata/corpus/README.md for what counts as a claim and a conflict).")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]

A = {
    "000": [
        ("troops", NK, 1500, None, "exact", NIS + ["Park Sun-won"],
         "North Korea has shipped an additional 1,500 troops to Russia", False),
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "bringing the number of its soldiers there to around 3,000", False),
        ("troops", NK, 1500, None, "about", NIS,
         "the North moved about 1,500 special operations troops from its east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "U.S.", "State Department"],
         "About 8,000 North Korean soldiers have moved into Russia's Kursk region near the Ukrainian border", False),
        ("troops", NK, 10000, None, "about", ["U.S. officials", "United States", "U.S."],
         "North Korea has sent roughly 10,000 troops to Russia altogether", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "There are already 11,000 North Korean soldiers in Russia's Kursk Oblast", False),
        ("troops", NK, 12000, None, "up_to", ["HUR", "military intelligence", "Ukraine"],
         "up to 12,000 North Korean servicemen are in Russia", False),
        ("troops", NK, 200, 900, "vague", ["HUR", "military intelligence", "Ukraine"],
         "several hundred of them officers", True),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine", "Oleksandr Syrskyi"],
         "North Korean losses in Russia's Kursk region have passed 3,000 dead and injured", False),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "South Korea's military"],
         "an estimated 1,100 North Korean soldiers had been killed or wounded", False),
        ("casualties", RU, 1830, None, "exact", ["Ukraine's general staff", "General Staff", "Ukraine"],
         "1,830 Russian soldiers had been killed or wounded over the past 24 hours", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "some 300 soldiers killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "about 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Ukraine", "Volodymyr Zelensky", "Zelensky"],
         "Ukraine had captured two North Korean soldiers", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Yonhap"],
         "Pyongyang appears to have sent some three thousand more soldiers to Russia in January and February", False),
        ("casualties", NK, 4000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Yonhap"],
         "The JCS estimated North Korea's casualties in the fighting so far at roughly 4,000", False),
    ],
    "008": [
        ("troops", NK, 11000, None, "about", ["South Korea", "Seoul", "United States", "Washington"],
         "Seoul and Washington put the first contingent, which began arriving in Russia's Far East in October 2024, at about 11,000", False),
        ("troops", NK, 3000, None, "about", ["South Korea's military", "South Korea", "Joint Chiefs of Staff"],
         "Around 3,000 reinforcements followed in January and February", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had become casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "including around 600 who were killed", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"],
         "Ukraine, which captured two North Korean soldiers in January", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia", "Russian General Staff"],
         "Ukraine had lost more than 76,000 troops killed and wounded during the incursion", False),
        ("troops", NK, 11000, None, "about", ["South Korean and Western intelligence", "South Korean intelligence", "Western intelligence", "South Korea"],
         "some eleven thousand were sent last autumn", False),
        ("casualties", NK, 2000, 9999, "vague", ["South Korean and Western intelligence", "South Korean intelligence", "Western intelligence", "South Korea"],
         "Thousands of them are thought to have been killed or wounded", True),
    ],
    "010": [
        ("troops", NK, 10000, 12000, "range", ["South Korean and Ukrainian estimates", "South Korea", "Ukraine"],
         "North Korea is believed to have sent between 10,000 and 12,000 soldiers to Russia last autumn", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 of them had been killed or wounded", False),
    ],
    "011": [
        ("killed", NK, 2000, None, "at_least", NIS + ["lawmakers", "Lawmakers"],
         "at least two thousand North Korean soldiers have been killed", False),
        ("killed", NK, 600, None, "about", NIS,
         "roughly six hundred the agency reported back in April", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "the roughly 11,000-strong force Pyongyang sent last autumn", False),
    ],
}

NOT = {
    "000": ["a total of 10,000 soldiers by December", "Four Russian amphibious ships and three escort vessels",
            "about US$2,000 a month per soldier", "in their early 20s", "2,599.62", "3 hikers rescued",
            "10-meter-tall barriers", "1,382.4 per dollar"],
    "001": ["more than 9,000 kilometers", "56th annual Security Consultative Meeting", "more than $60 billion",
            "injures 12, including 3 children", "2 missing climbers", "$175 billion"],
    "002": ["five military ranges", "170mm Koksan self-propelled guns", "less than 50 kilometers from the Ukrainian border",
            "Russia lost 1,360 troops in past day", "$5 a month", "damages 14 houses", "1,000 days of war"],
    "004": ["42 Ukrainian drones overnight, 19 of them over the Kursk region", "up to four hours a day",
            "Comments (317)", "1,200 flights cancelled", "The 50 best TV shows of 2024", "£2 a month"],
    "005": ["born in 2005 and the other in 1999", "92 countries", "4 in 10 young Koreans", "past 1,470",
            "30 flights", "4 minutes before crash"],
    "007": ["some 120 Koksan self-propelled guns", "240mm multiple rocket launchers",
            "343,000 Contract Soldiers", "1,100 Days of Full-Scale War", "Three Killed in Russian Drone Strike",
            "since 1995"],
    "008": ["19 June 2024", "Article 4", "about 6,700 km", "246 prisoners", "Trump's 100 days", "842 partners"],
    "009": ["hundreds of tanks and armored vehicles", "1950–53", "January 2023", "$5 a month"],
    "010": ["1,000 deminers and 5,000 military construction workers", "6,000 military builders",
            "Shoigu, 70", "about 1,500 residential buildings", "60 years of diplomatic ties", "fall 1.7% in May"],
    "011": ["5,000 of them", "in seventy years", "38 degrees", "02:31", "26:04"],
}

OFF = ["003", "012", "013", "014"]
DUP = {"006": "005"}

conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4-5), five days apart"],
        ["004-1", "004-2", "more than 3,000 killed and wounded (Zelenskyy) against about 1,100 (South Korea's JCS), same day, same live blog"],
    ],
    "may": [],
}

# may pairs: written out below; see README.md for the reasons.
MAY = [
    # troops: NIS's ~3,000 (Oct 23) while the deployment was growing week by week
    ("000-2", "001-1", "about 3,000 sent (NIS, Oct 23) against about 8,000 in Kursk (US, Oct 31); deployment still growing"),
    ("000-2", "001-2", "about 3,000 sent (NIS, Oct 23) against about 10,000 sent (US, Oct 31); deployment still growing"),
    ("000-2", "002-1", "about 3,000 sent (NIS, Oct 23) against 11,000 in Kursk (Zelensky, Nov 4); deployment still growing"),
    ("000-2", "008-1", "months apart"), ("000-2", "009-1", "months apart"),
    ("000-2", "010-1", "months apart"), ("000-2", "011-3", "months apart"),
    # 000-1 is 'an additional' 1,500
    ("000-1", "001-1", "an additional 1,500 against a total"), ("000-1", "001-2", "an additional 1,500 against a total"),
    ("000-1", "002-1", "an additional 1,500 against a total"), ("000-1", "007-1", "two different additional batches, months apart"),
    ("000-1", "008-1", "additional batch against a total, months apart"), ("000-1", "008-2", "two different additional batches, months apart"),
    ("000-1", "009-1", "additional batch against a total, months apart"), ("000-1", "010-1", "additional batch against a total, months apart"),
    ("000-1", "011-3", "additional batch against a total, months apart"),
    # 10,000 sent to Russia against 11,000 in Kursk, five days apart (different scope, close values)
    ("001-2", "002-1", "about 10,000 in Russia (US) against 11,000 in Kursk (Zelensky); different scope, close values"),
    ("001-1", "008-1", "months apart"), ("001-1", "009-1", "months apart"),
    ("001-1", "010-1", "months apart"), ("001-1", "011-3", "months apart"),
    ("001-2", "008-1", "months apart"), ("001-2", "009-1", "months apart"), ("001-2", "011-3", "months apart"),
    # ~3,000 reinforcements ('more', an additional force) against totals
    ("007-1", "001-1", "an additional force, months apart"), ("007-1", "001-2", "an additional force, months apart"),
    ("007-1", "002-1", "an additional force, months apart"), ("007-1", "008-1", "an additional force"),
    ("007-1", "009-1", "an additional force"), ("007-1", "010-1", "an additional force"), ("007-1", "011-3", "an additional force"),
    ("008-2", "001-1", "reinforcements against a total, months apart"), ("008-2", "001-2", "reinforcements against a total, months apart"),
    ("008-2", "002-1", "reinforcements against a total, months apart"), ("008-2", "009-1", "reinforcements against a total"),
    ("008-2", "010-1", "reinforcements against a total"), ("008-2", "011-3", "reinforcements against a total"),
    # casualties: cumulative figures rising over months
    ("004-2", "007-2", "1,100 (Dec) against 4,000 (Feb), cumulative, two months apart"),
    ("004-2", "008-3", "1,100 (Dec) against 4,700 (Apr), cumulative, months apart"),
    ("004-2", "010-2", "1,100 (Dec) against 4,700 (as of Apr), cumulative, months apart"),
    ("007-2", "008-3", "4,000 (Feb) against 4,700 (Apr), cumulative, two months apart"),
    ("007-2", "010-2", "4,000 (Feb) against 4,700 (as of Apr), cumulative, months apart"),
    # killed: cumulative figures rising over months
    ("005-1", "008-4", "300 (Jan) against 600 (Apr), cumulative"),
    ("005-1", "011-1", "300 (Jan) against at least 2,000 (Sep), cumulative"),
    ("005-1", "011-2", "300 (Jan) against 600 (as of Apr), cumulative"),
    ("008-4", "011-1", "600 (Apr) against at least 2,000 (Sep), the same agency's cumulative update"),
]
conflicts["may"] = [[a, b, why] for a, b, why in MAY]

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
