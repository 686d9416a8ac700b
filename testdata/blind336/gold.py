#!/usr/bin/env python3
"""Gold labels for blind336 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
UN = ["unattributed"]

about = ("Gold labels for testdata/blind336: fifteen articles written in our own words about the real "
         "story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md.")

A = {
    "000": [
        ("troops", NK, 1500, None, "exact", NIS_LEE,
         "another 1,500 soldiers", False),
        ("troops", NK, 3000, None, "about", NIS_LEE,
         "the number of North Korean soldiers sent so far to some 3,000", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ["Zelenskyy", "Zelensky", "Volodymyr Zelenskyy", "Ukraine"],
         "There are already 11,000 North Korean soldiers in the Kursk region", False),
        ("troops", NK, 10000, 12000, "range",
         ["U.S. and South Korean officials", "United States", "U.S.", "South Korea", "Washington"],
         "between 10,000 and 12,000 troops", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korean military", "South Korea"],
         "have suffered an estimated 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "nearly 1,000 wounded", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than",
         ["Zelensky", "Volodymyr Zelensky", "Syrskyi", "Oleksandr Syrskyi", "Ukraine"],
         "The number of North Korean soldiers killed or wounded while fighting for Russia in Kursk region has passed three thousand", False),
        ("troops", NK, 11000, None, "about", UN,
         "Some 11,000 North Korean troops were sent to Russia this autumn", False),
        ("killed", NK, 21, None, "exact",
         ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
         "its units killed 21 North Korean soldiers", False),
        ("wounded", NK, 40, None, "exact",
         ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
         "wounded 40 more", False),
        ("killed", NK, 200, 900, "vague",
         ["Ukrainian drone unit commanders", "drone unit commanders", "Ukraine"],
         "Hundreds of them were killed in drone strikes", True),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "2,700 wounded", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "it had counted nearly 1,000 wounded", False),
        ("captured", NK, 2, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "his forces had captured two North Korean soldiers", False),
        ("killed", NK, 1000, None, "more_than",
         ["Andriy Yusov", "Yusov", "Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "more than 1,000 of the North Koreans had been killed", False),
        ("troops", NK, 2000, 9999, "vague", UN,
         "Thousands of North Korean soldiers remain in the Kursk region", True),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea appears to have dispatched about 3,000 additional troops to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", NIS,
         "around 11,000 North Korean troops had been sent last year", False),
    ],
    "008": [
        ("casualties", UA, 76000, None, "more_than",
         ["Gerasimov", "Valery Gerasimov", "General Staff", "Russian General Staff", "Russia"],
         "the enemy's losses during the operation in the Kursk Region exceeded 76,000 servicemen", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "have suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "including around 600 deaths", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "the North has sent a total of some 15,000 troops to Russia", False),
        ("troops", NK, 200, 900, "vague", NIS_LEE,
         "several hundred North Korean soldiers were still deployed", True),
    ],
    "011": [
        ("troops", NK, 2000, 9999, "vague", UN,
         "North Korea sent thousands of its soldiers to Kursk last year", True),
        ("killed", NK, 600, None, "about", NIS + ["South Korea's intelligence agency", "intelligence agency"],
         "about 600 of them have been killed", False),
    ],
    "013": [
        ("troops", NK, 11000, 12000, "range", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "at between 11,000 and 12,000 soldiers", False),
        ("troops", NK, 3000, None, "about", NIS,
         "around three thousand more followed in January and February 2025", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died", False),
        ("killed", NK, 600, None, "about", NIS,
         "put the number of dead at around 600", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "roughly 4,700 killed and wounded", False),
        ("troops", NK, 2000, 9000, "vague", NIS,
         "several thousand remain in Kursk", True),
    ],
}

NOT = {
    "000": ["about 10,000 by December",
            "some 100 words", "about $2,000 a month", "late teens and early 20s", "11th Corps",
            "Zelensky says 10,000 N. Korean troops being readied for Ukraine war", "20% in latest poll",
            "31st straight week", "4 routes to Japan"],
    "001": ["about 86 minutes", "more than 7,000 kilometers", "about 200 km west of Okushiri Island",
            "1st launch of its kind in nearly a year", "absolutely zero"],
    "003": ["KOSPI 2,442.01", "$1 = 1,451.40 won", "170-millimeter self-propelled guns",
            "240-millimeter multiple rocket launchers", "an estimated 20,000 containers of munitions",
            "Kyiv says it killed or wounded 30 North Korean soldiers in three days",
            "48-hour deadline", "past 1,450 per dollar"],
    "004": ["roughly a third of that", "1,284 views", "6 comments", "from $5 a month", "140K subscribers",
            "Russia launched 78 drones and 3 missiles overnight", "47th Mechanized Brigade",
            "In one three-day stretch"],
    "005": ["Share full article 214", "One of the men, 20", "the other, 26", "since 2016",
            "Section A, Page 6", "Read 387 Comments", "Ukraine Says It Captured 2 North Korean Soldiers"],
    "006": ["about 200 long-range artillery pieces", "about three weeks", "2:52 PM GMT+9"],
    "008": ["415 tanks", "397 infantry fighting vehicles", "more than 3,000 armored combat vehicles",
            "over 1,100 field artillery guns and mortars", "August 6, 2024", "115 Ukrainian drones"],
    "009": ["paras 4-6", "28 trillion won (US$19.6 billion)", "2.75 pct", "for 1st time"],
    "011": ["Watch video 01:46", "1,000 deminers", "5,000 military builders",
            "second trip to North Korea in less than two weeks", "a record 908,574"],
    "013": ["1,000 deminers and 5,000 military construction workers", "up to $20 billion",
            "September 4", "02:31"],
}

OFF = ["002", "007", "012", "014"]
DUP = {"010": "006"}


def may_pairs():
    add = "an additional force against a total (README: 'an additional' force)"
    far = "months apart: a count that grew over time"
    m = []
    # troops
    for b in ["001-1", "001-2"]:
        m.append(["000-2", b, "about 3,000 sent so far (NIS, 24 Oct) against 11,000 / 10,000-12,000 twelve days later, while the deployment was growing"])
    for b in ["004-2", "006-2", "013-1", "009-3"]:
        m.append(["000-2", b, far])
    for b in ["000-2", "001-1", "001-2", "004-2", "006-2", "009-3", "013-1", "006-1", "013-2"]:
        m.append(["000-1", b, add])
    for b in ["006-2", "001-1", "001-2", "004-2", "009-3", "013-1"]:
        m.append(["006-1", b, add])
    for b in ["013-1", "001-1", "001-2", "004-2", "006-2", "009-3"]:
        m.append(["013-2", b, add])
    for b in ["001-1", "001-2", "004-2", "006-2", "013-1"]:
        m.append(["009-3", b, "total of some 15,000 (April 2025) against the first wave of about 11,000 months earlier"])
    # casualties
    m.append(["003-1", "009-1", far])
    m.append(["003-1", "013-5", far])
    # killed
    for b in ["009-2", "011-2", "013-4", "013-3"]:
        m.append(["005-1", b, far])
    for b in ["009-2", "011-2", "013-4"]:
        m.append(["005-5", b, "more than 1,000 killed (Ukraine, January) against about 600 (NIS, April), months apart"])
    for a in ["009-2", "011-2", "013-4"]:
        m.append([a, "013-3", "about 600 killed (NIS, April) against about 2,000 (NIS, September): a later rise"])
    return m


conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, 23 Dec 2024) against more than three thousand killed or wounded (Zelensky, reported 27 Dec 2024), the same period"],
        ["005-1", "005-5", "about 300 killed (South Korea's NIS) against more than 1,000 killed (Ukraine's military intelligence, Yusov) a week apart, in one article"],
    ],
    "may": may_pairs(),
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
