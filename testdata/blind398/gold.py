#!/usr/bin/env python3
"""Gold labels for testdata/blind398 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind398: 15 articles written for crosscheck in our own words about the real "
         "story's known reporting. See ../corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "Seoul", "South Korea"]

A = {
    "000": [
        ("troops", NK, 10000, None, "about", ["Lloyd Austin", "Austin", "Pentagon", "United States", "US"],
         "North Korea has sent a total of roughly 10,000 soldiers to eastern Russia", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "US"],
         "about 8,000 North Korean soldiers are now in Russia's Kursk region", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "There are already 11,000 North Korean soldiers in the Kursk region", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
         "appear to have suffered around 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had been killed", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "the number of North Korean soldiers killed and wounded in Kursk had passed 3,000", False),
        ("killed", NK, 50, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "its fighters had killed 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "and wounded 47 during three days of fighting", False),
        ("casualties", NK, 200, 999, "vague", ["drone operators", "Kyiv Post"],
         "hundreds of North Koreans had been hit while crossing open fields", True),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "and 2,700 wounded fighting for Russia against Ukraine", False),
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "brings North Korea's casualties to around 3,000", False),
        ("captured", NK, 2, None, "exact",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine", "National Intelligence Service", "NIS", "South Korea"],
         "Ukraine had captured two North Korean soldiers in Kursk", False),
        ("killed", NK, 1000, None, "more_than", ["HUR", "Ukraine's military intelligence", "Ukraine", "Kyiv"],
         "more than 1,000 North Korean soldiers had been killed in Kursk", False),
        ("troops", NK, 10000, None, "more_than", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "Pyongyang sent more than 10,000 soldiers to Russia last year", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "North Korea appears to have sent some 3,000 more soldiers to Russia", False),
    ],
    "008": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "the enemy's losses during the operation in the Kursk direction exceeded 76,000 servicemen", False),
    ],
    "009": [
        ("casualties", NK, 2000, 9999, "vague", NIS,
         "South Korea's spy agency now puts North Korean losses at several thousand", True),
        ("casualties", NK, 4700, None, "about", NIS,
         "Some 4,700 North Korean soldiers had been killed or wounded in the fighting", False),
        ("killed", NK, 600, None, "about", NIS,
         "around 600 of them fatally", False),
        ("troops", NK, 14000, None, "about", ["unattributed"],
         "North Korea is thought to have sent around 14,000 soldiers to Russia in all", False),
    ],
    "012": [
        ("killed", NK, 600, None, "about", NIS,
         "some 600 of those soldiers had died in the fighting", False),
    ],
    "013": [
        ("troops", NK, 10000, 12000, "range",
         ["U.S. and South Korean officials", "United States", "US", "South Korea"],
         "Pyongyang had sent between 10,000 and 12,000 soldiers", False),
        ("troops", NK, 3000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "Some three thousand reinforcements followed in the first two months of 2025", False),
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "about 2,000 North Korean soldiers were believed to have been killed", False),
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea"],
         "nine soldiers of the engineering regiment had been killed", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"],
         "two North Korean soldiers were captured in Kursk in January 2025", False),
    ],
}

NOT = {
    "000": ["28,500 American service members", "as many as 100,000 troops", "56th Security Consultative Meeting",
            "$1.5 billion deal to double 155mm shell output by 2025", "3 more cargo ships", "52 comments"],
    "001": ["killing at least six people and wounding 23", "seven short-range ballistic missiles", "roughly 400km",
            "race for 270 electoral votes", "first six states"],
    "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "1,450 against dollar",
            "6.6% in first 20 days of December"],
    "004": ["almost three times higher", "78 Missiles and 106 Drones", "$5 a month", "USD 41.90", "two brigades"],
    "005": ["nearly triple", "aged 20", "The other, 26", "500 km inside Russia", "Tens of thousands rally in Seoul"],
    "007": ["about 200 long-range artillery pieces", "Watch video 1:24"],
    "008": ["more than 7,700 pieces of weapons and military equipment", "over 400 tanks",
            "155th Separate Guards Marine Brigade", "about 1,300 square kilometers", "Over 1,000 Ukrainian drones"],
    "009": ["hundreds of millions of dollars", "June 19, 2024", "some 250,000 gather in Rome", "first 100 days"],
    "012": ["send 1,000 sappers to clear mines", "5,000 military construction workers",
            "1,000 sappers for demining and 5,000 military builders", "6,000 deminers and builders"],
    "013": ["1,000 deminers and 5,000 military builders", "120-day mission", "28 trillion won ($19 billion)",
            "Kim Jong Un's 12K Soldiers", "31 comments"],
}

OFF = ["002", "006", "011", "014"]
DUP = {"010": "009"}

ADD = "an additional force against the earlier total"
may = [
    ["000-1", "001-1", "roughly 10,000 sent to eastern Russia (Oct 31) against 11,000 in Kursk five days later: whole against part of a growing deployment"],
    ["000-1", "005-6", "roughly 10,000 against more than 10,000, ten weeks apart"],
    ["000-2", "005-6", "about 8,000 in Kursk (Oct 2024) against more than 10,000 sent to Russia (Jan 2025), ten weeks apart"],
    ["000-1", "007-1", "about 3,000 more soldiers (Feb 2025): " + ADD],
    ["000-2", "007-1", "about 3,000 more soldiers (Feb 2025): " + ADD],
    ["001-1", "007-1", "about 3,000 more soldiers (Feb 2025): " + ADD],
    ["005-6", "007-1", "about 3,000 more soldiers (Feb 2025): " + ADD],
    ["000-1", "009-4", "14,000 in all by April 2025, reinforcements included, against the autumn 2024 figure; months apart"],
    ["000-2", "009-4", "14,000 in all by April 2025, reinforcements included, against 8,000 in Kursk in Oct 2024; months apart"],
    ["001-1", "009-4", "14,000 in all by April 2025, reinforcements included, against 11,000 in Nov 2024; months apart"],
    ["007-1", "009-4", "an additional 3,000 against a 14,000 total that includes them"],
    ["000-2", "013-1", "8,000 in Kursk (Oct 2024) against 10,000-12,000 sent (Dec 2025 retrospective); months apart"],
    ["009-4", "013-1", "14,000 in all (reinforcements included) against 10,000-12,000 first sent; months apart"],
    ["007-1", "013-1", "three thousand reinforcements against the first 10,000-12,000: " + ADD],
    ["000-1", "013-2", "some three thousand reinforcements: " + ADD],
    ["000-2", "013-2", "some three thousand reinforcements: " + ADD],
    ["001-1", "013-2", "some three thousand reinforcements: " + ADD],
    ["005-6", "013-2", "some three thousand reinforcements: " + ADD],
    ["009-4", "013-2", "some three thousand reinforcements against a 14,000 total that includes them"],
    ["013-1", "013-2", "some three thousand reinforcements against the first 10,000-12,000, same article: " + ADD],
    ["003-1", "009-2", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025): cumulative figure, months apart"],
    ["005-3", "009-2", "around 3,000 casualties (Jan 2025) against 4,700 (Apr 2025): cumulative figure, months apart"],
    ["005-1", "009-3", "about 300 killed (Jan 2025) against about 600 (Apr 2025): cumulative figure, months apart"],
    ["005-1", "012-1", "about 300 killed (Jan 2025) against some 600 (NIS April estimate, June article): months apart"],
    ["005-1", "013-3", "about 300 killed (Jan 2025) against about 2,000 (Sept 2025 estimate): months apart"],
    ["005-5", "009-3", "more than 1,000 killed (HUR, Jan 2025) against about 600 (NIS, Apr 2025): months apart"],
    ["005-5", "012-1", "more than 1,000 killed (HUR, Jan 2025) against some 600 (NIS April estimate, June article): months apart"],
    ["009-3", "013-3", "about 600 killed (Apr 2025) against about 2,000 (Sept 2025): cumulative figure, months apart"],
    ["012-1", "013-3", "some 600 killed (April estimate) against about 2,000 (Sept 2025): cumulative figure, months apart"],
]

conflicts = {
    "must": [
        ["000-2", "001-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 5), five days apart"],
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed and wounded (Zelensky), both given on Dec 23, reported three days apart"],
        ["005-1", "005-5", "about 300 killed (South Korea's NIS) against more than 1,000 killed (Ukraine's HUR) in the same week, in one article"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
