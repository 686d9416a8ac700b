#!/usr/bin/env python3
"""Gold labels for testdata/blind426 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Ukraine", "Kyiv"]
NK = "north_korea"

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "North Korea is sending some 12,000 troops", False),
        ("troops", NK, 1500, None, "about", NIS,
         "around 1,500 special operations troops being ferried from the North to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 12000, None, "up_to", ["Seoul", "Washington", "South Korea", "United States", "US"],
         "Up to 12,000 North Korean soldiers are now in Russia", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "put the number already in the Kursk border region at 11,000", False),
        ("troops", NK, 2000, 9000, "vague", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "several thousand of them have moved into positions close to the front line", True),
    ],
    "002": [
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "the number of wounded at about 1,000", False),
        ("casualties", NK, 1100, None, "about", NIS_LEE,
         "puts North Korea's total losses at roughly 1,100", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi", "Oleksandr Syrskyi"],
         "North Korean losses in Russia's Kursk Oblast have already passed 3,000 killed and wounded", False),
    ],
    "004": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian soldiers have taken two North Korean servicemen prisoner in Russia's Kursk region", False),
        ("troops", NK, 10000, 12000, "range", ["unattributed"],
         "North Korea is estimated to have sent between 10,000 and 12,000 troops to Russia last autumn", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "puts the North's overall losses at some three thousand", False),
        ("captured", NK, 2, None, "exact", NIS_LEE,
         "two North Korean soldiers had been captured by Ukrainian forces last week", False),
        ("killed", NK, 1000, None, "more_than",
         ["HUR", "Ukraine's military intelligence directorate", "military intelligence directorate", "Ukraine's military intelligence", "Ukraine"],
         "More than a thousand North Korean soldiers have been killed in Kursk since early December", False),
    ],
    "007": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Gerasimov", "Valery Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the Ukrainian army had lost more than 76,000 servicemen", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "About 4,700 North Korean soldiers have been killed or wounded while fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "including some 600 dead", False),
        ("troops", NK, 3000, None, "about", NIS_LEE,
         "Pyongyang also sent some 3,000 additional troops to Russia in January and February", False),
    ],
    "010": [
        ("troops", NK, 11000, 12000, "range",
         ["U.S. and South Korean estimates", "United States", "U.S.", "US", "South Korea"],
         "North Korea sent roughly 11,000-12,000 troops to Russia in the fall of 2024", False),
    ],
    "012": [
        ("killed", NK, 9, None, "exact",
         ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Kim Jong Un"],
         "paid tribute to nine of its soldiers who were killed during the mission", False),
        ("troops", NK, 1000, None, "about", ["unattributed"],
         "the roughly 1,000 deminers Pyongyang sent to Kursk over the summer", False),
        ("troops", NK, 2000, 9999, "vague", ["South Korean and Western intelligence", "South Korea", "Western intelligence"],
         "North Korea dispatched thousands of troops", True),
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had been killed in the fighting", False),
    ],
}

NOT = {
    "000": ["four amphibious landing ships", "three escort vessels", "Oct. 8 and 13",
            "about 100 kilometers north of Vladivostok", "more than 13,000 containers",
            "KOSPI 2,593.82", "2 days after warning", "3.9 pct in first 10 days", "more than one corps"],
    "001": ["a journey of more than 6,000 kilometers", "around $2,000 a month for each soldier",
            "Active personnel: about 1.28 million", "Reserves: about 600,000", "up to 10 years for men",
            "11th Corps", "late teens and early twenties", "October 28"],
    "002": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "Dec. 14",
            "Dec. 3 martial law", "1,450 per dollar", "3 in 4 young Koreans", "1.3% lower"],
    "003": ["35 of 59 Russian drones", "another 22 were \"lost\"", "$3 billion", "$50 billion loan scheme",
            "up to six hours a day", "nearly three times", "$5 a month",
            "2 Russian oil depots", "11,000 North Korean soldiers fighting in Kursk"],
    "004": ["👁 2,184", "born in 2005", "the other in 1999", "3 Russian ammunition depots", "August 2024"],
    "005": ["One soldier who was about to be captured", "nearly triple", "1st launch of 2025",
            "60th year of diplomatic relations"],
    "007": ["over 7,700 pieces of military hardware", "412 tanks", "Article 4", "August 6, 2024",
            "72-hour Victory Day ceasefire"],
    "008": ["28 trillion won ($20 billion)", "more than half", "5,000-ton destroyer", "two days after"],
    "010": ["1,000 sappers and 5,000 military construction workers", "send 1,000 sappers",
            "5,000 military builders to restore destroyed infrastructure", "the 6,000 personnel",
            "6/18/25", "second visit to the country in two weeks"],
    "012": ["120 days of heroic struggle", "5,000 military builders would also be sent", "December 12, 2025",
            "August 2024"],
}

OFF = ["006", "009", "013", "014"]
DUP = {"011": "005"}

# Troop claims that an "additional" force (008-3) might be set against: defensible either way.
additional = [["008-3", t, "some 3,000 additional reinforcement troops against an earlier or overall troop figure"]
              for t in ["000-1", "000-2", "001-1", "001-2", "004-2", "010-1", "012-2"]]

conflicts = {
    "must": [
        ["002-3", "003-1", "roughly 1,100 casualties (South Korea's NIS, Dec 19-20) against more than 3,000 "
                           "killed and wounded (Zelensky, Dec 23), four days apart"],
        ["005-1", "005-5", "about 300 killed (South Korea's NIS) against more than a thousand killed "
                           "(Ukraine's HUR) in the same article, mid-January 2025"],
    ],
    "may": [
        ["000-1", "001-2", "some 12,000 being sent in all (NIS, Oct 18) against 11,000 already in Kursk (Zelensky, Nov 4)"],
        ["002-3", "008-1", "1,100 casualties in December against 4,700 in April: months apart, cumulative"],
        ["005-3", "008-1", "some 3,000 casualties in January against 4,700 in April: months apart, cumulative"],
        ["005-1", "008-2", "about 300 killed in January against 600 in April: months apart, cumulative"],
        ["005-5", "008-2", "more than a thousand killed (HUR, January) against about 600 (NIS, April): months apart"],
        ["005-1", "012-4", "about 300 killed in January against around 2,000 in September: months apart, cumulative"],
        ["008-2", "012-4", "about 600 killed in April against around 2,000 in September: months apart, cumulative"],
    ] + additional,
}

about = ("Gold labels for testdata/blind426/articles, written and labelled blind. Same schema as "
         "testdata/corpus/gold.json; see testdata/corpus/README.md for what counts as a claim and a conflict.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
