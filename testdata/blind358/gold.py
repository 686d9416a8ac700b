#!/usr/bin/env python3
"""Gold labels for testdata/blind358 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind358: fifteen articles written for crosscheck in our own words about the real "
         "story's known reporting. Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

HUR = ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukrainian intelligence", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul",
       "Lee Seong-kweun"]
YUSOV = ["Andrii Yusov", "Andriy Yusov", "Yusov", "HUR", "military intelligence", "Ukraine's military intelligence",
         "Ukrainian intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", HUR,
         "approximately 12,000 military personnel of the Korean People's Army are now on the territory of the Russian Federation", False),
        ("troops", "north_korea", 500, None, "about", HUR, "including about 500 officers", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, None, "about",
         ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "U.S.", "US"],
         "the DPRK has sent around 10,000 soldiers in total to train in eastern Russia", False),
        ("troops", "north_korea", 3000, None, "about",
         ["South Korea's intelligence service", "National Intelligence Service", "NIS", "South Korea", "Seoul"],
         "South Korea's intelligence service told lawmakers last week that roughly 3,000 North Korean soldiers had arrived", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers sent to help Russia have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS, "close to 1,000 others have been wounded", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "Of the roughly 11,000 North Korean soldiers dispatched to Russia", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "more than three thousand soldiers from North Korea have already been killed and wounded in Kursk Oblast", False),
        ("troops", "north_korea", 10000, 12000, "range", ["unattributed", "Ukrainska Pravda"],
         "North Korea sent between 10,000 and 12,000 soldiers to Russia this autumn", False),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS, "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS, "some 2,700 others wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
    ],
    "007": [
        ("killed", "north_korea", 1000, None, "more_than", YUSOV,
         "More than 1,000 North Korean soldiers have been killed in Russia's Kursk Oblast", False),
        ("wounded", "north_korea", 3000, None, "up_to", YUSOV, "Up to 3,000 more have been wounded", False),
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces captured two North Korean soldiers in Kursk Oblast", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has sent roughly 3,000 more soldiers to Russia since January", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "the roughly 11,000 troops Pyongyang dispatched last autumn", False),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS, "including around 600 dead", False),
        ("casualties", "north_korea", 6000, None, "about", YUSOV,
         "North Korea had lost about 6,000 soldiers killed and wounded in Kursk since November", False),
    ],
    "011": [
        ("killed", "north_korea", 600, None, "about",
         ["South Korea's intelligence service", "National Intelligence Service", "NIS", "South Korea", "Seoul"],
         "around 600 of the North Koreans who fought in Kursk were killed", False),
        ("troops", "north_korea", 2000, 9000, "vague", ["Ukrainian intelligence", "Ukraine", "unattributed"],
         "Several thousand North Korean soldiers are still stationed in the Kursk region", True),
    ],
    "014": [
        ("killed", "north_korea", 2000, None, "about",
         ["National Intelligence Service", "NIS", "South Korea", "Seoul"],
         "roughly two thousand of them had been killed", False),
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "North Korea", "Pyongyang", "state media"],
         "Nine soldiers of the engineering regiment died during the demining mission", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Meduza", "Ukraine"],
         "The two North Koreans captured by Ukraine in January", False),
    ],
}

NOT = {
    "000": ["five military ranges", "as early as 28 October", "preparing to send up to 10,000 soldiers",
            "687,900 personnel, 9,140 tanks", "wounding 6 civilians"],
    "002": ["56th Security Consultative Meeting", "$2,000 a month", "more than 100 aircraft",
            "Two New Long-Range Fires Prototypes"],
    "003": ["Ukraine says 30 N. Korean soldiers killed or wounded in drone strikes", "Jan. 20",
            "1,450 level for first time in 15 years", "KOSPI 2,435.93"],
    "004": ["injures 9, including 2 children", "52 of 73 Russian drones", "2025 state budget"],
    "006": ["paras 5-7", "aged 26", "more than 100 artillery pieces", "3 pct"],
    "007": ["columns of 20 to 30 people", "817,930 troops", "100-year partnership", "more than 3 years"],
    "008": ["some 220 long-range artillery pieces", "seven decades", "Nikkei 225 37,256.17", "60 years of ties"],
    "009": ["as much as $20 billion", "Indian rupee slips 0.2%"],
    "011": ["1,000 deminers", "5,000 military builders", "ten months of fighting", "around $800 a month"],
    "014": ["after 120 days in Russia", "a monthly donation of 5 euros", "more than three times its spring estimate"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"012": "009"}

conflicts = {
    "must": [
        ["006-1", "007-1",
         "about 300 killed (South Korea's NIS, Jan 13) against more than 1,000 killed (Ukraine's HUR, Jan 16), three days apart"],
        ["009-1", "009-3",
         "about 4,700 casualties (South Korea's NIS) against about 6,000 killed and wounded (Ukraine's HUR), same day, same article"],
    ],
    "may": [
        ["000-1", "002-1", "about 12,000 (HUR, Oct 25) against around 10,000 (Pentagon, Oct 28): close, a growing deployment"],
        ["000-1", "002-2", "about 12,000 in Russia (HUR, Oct 25) against roughly 3,000 arrived (NIS, the week before, relayed Oct 28)"],
        ["002-1", "002-2", "around 10,000 now (Pentagon) against roughly 3,000 arrived last week (NIS): the article dates them apart"],
        ["000-1", "003-3", "about 12,000 (October) against roughly 11,000 (December): close, two months apart"],
        ["002-1", "003-3", "around 10,000 (October) against roughly 11,000 (December): close, seven weeks apart"],
        ["002-2", "003-3", "roughly 3,000 arrived (October) against roughly 11,000 (December): a deployment that grew"],
        ["002-2", "004-2", "roughly 3,000 arrived (October) against 10,000-12,000 (December): a deployment that grew"],
        ["000-1", "008-2", "about 12,000 (October) against roughly 11,000 sent last autumn (February): months apart"],
        ["002-1", "008-2", "around 10,000 (October) against roughly 11,000 sent last autumn (February): months apart"],
        ["002-2", "008-2", "roughly 3,000 (October) against roughly 11,000 (February): months apart"],
        ["000-1", "008-1", "about 12,000 against an additional 3,000"],
        ["002-1", "008-1", "around 10,000 against an additional 3,000"],
        ["003-3", "008-1", "roughly 11,000 against an additional 3,000"],
        ["004-2", "008-1", "10,000-12,000 against an additional 3,000"],
        ["008-1", "008-2", "an additional 3,000 against the 11,000 sent earlier, same agency, same article"],
        ["000-1", "011-2", "about 12,000 (October 2024) against several thousand still stationed (June 2025)"],
        ["002-1", "011-2", "around 10,000 (October 2024) against several thousand still stationed (June 2025)"],
        ["003-3", "011-2", "roughly 11,000 (December 2024) against several thousand still stationed (June 2025)"],
        ["004-2", "011-2", "10,000-12,000 (December 2024) against several thousand still stationed (June 2025)"],
        ["008-2", "011-2", "roughly 11,000 sent (February) against several thousand still stationed (June)"],
        ["006-1", "009-2", "about 300 killed (NIS, January) against around 600 (NIS, April): a cumulative rise, months apart"],
        ["006-1", "011-1", "about 300 killed (January) against around 600 (June): months apart"],
        ["006-1", "014-1", "about 300 killed (January) against roughly 2,000 (December): months apart"],
        ["007-1", "009-2", "more than 1,000 killed (HUR, January) against around 600 (NIS, April): months apart"],
        ["007-1", "011-1", "more than 1,000 killed (HUR, January) against around 600 (NIS, relayed June): months apart"],
        ["009-2", "014-1", "around 600 killed (NIS, April) against roughly 2,000 (NIS, relayed December): a cumulative rise"],
        ["011-1", "014-1", "around 600 killed (relayed June) against roughly 2,000 (relayed December): a cumulative rise"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
