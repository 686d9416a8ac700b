#!/usr/bin/env python3
"""Gold labels for testdata/blind586 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind586: fifteen articles written in our own words about the real story's "
         "known reporting, labelled blind. See ../corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
US_DOD = ["Pentagon", "Sabrina Singh", "U.S. Defense Department", "United States", "U.S.", "Washington"]

A = {
    "000": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "eleven thousand North Korean soldiers were already in Russia's Kursk Oblast", False),
        ("troops", NK, 10000, None, "more_than", US_DOD,
         "more than 10,000 North Korean troops were now in the Kursk region", False),
        ("troops", NK, 8000, None, "about", US_DOD,
         "up from around 8,000 a week earlier", False),
        ("troops", NK, 10000, 12000, "range", ["Kyiv", "Seoul", "Ukraine", "South Korea"],
         "between 10,000 and 12,000", False),
    ],
    "002": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
         "have suffered an estimated 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "some 1,000 others had been injured", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "The North is believed to have sent around 11,000 troops to Russia", False),
    ],
    "003": [
        ("casualties", NK, 4700, None, "about", NIS,
         "Some 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "roughly 600 of them fatally", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "the roughly 3,000 casualties the agency reported in January", False),
        ("troops", NK, 15000, None, "about", NIS,
         "North Korea has sent about 15,000 troops to Russia in total", False),
    ],
    "004": [
        ("troops", NK, 12000, None, "about", NIS,
         "some 12,000 troops in total", False),
        ("troops", NK, 1500, None, "about", NIS,
         "carried about 1,500 of the soldiers", False),
    ],
    "005": [
        ("killed", NK, 600, None, "about", NIS,
         "around 600 North Korean soldiers have died in the fighting", False),
        ("wounded", NK, 2000, 9999, "vague", ["unattributed"] + NIS,
         "Thousands more have been wounded", True),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "have lost more than 3,000 soldiers killed and wounded", False),
        ("casualties", NK, 1000, None, "more_than",
         ["John Kirby", "Kirby", "White House", "National Security Council", "United States", "U.S."],
         "North Korean troops had suffered more than 1,000 casualties", False),
        ("killed", NK, 21, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "killed 21 North Korean soldiers", False),
        ("wounded", NK, 40, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 40 others", False),
    ],
    "008": [
        ("troops", NK, 11000, None, "about", ["South Korean and Western intelligence agencies",
                                               "Western intelligence", "South Korea"],
         "some 11,000 troops were sent to Russia last autumn", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian troops had captured two North Korean servicemen in the Kursk region", False),
        ("killed", NK, 300, None, "about", NIS,
         "Some 300 North Korean soldiers are thought to have died", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "about 2,700 to have been wounded", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "roughly 3,000 casualties in all", False),
        ("casualties", NK, 4000, None, "more_than", ["HUR", "Ukraine's military intelligence", "Ukraine", "Kyiv"],
         "North Korean losses in killed and wounded already exceeded 4,000", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen", False),
        ("captured", UA, 200, 900, "vague", ["Russian Defense Ministry", "Defense Ministry", "Russia"],
         "taken several hundred Ukrainian servicemen prisoner", True),
    ],
    "011": [
        ("troops", NK, 3000, None, "about", NIS + ["lawmakers"],
         "some three thousand additional soldiers", False),
        ("troops", NK, 11000, 12000, "range", ["South Korean and Ukrainian officials", "South Korea", "Ukraine"],
         "estimated at 11,000 to 12,000 troops", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS_LEE,
         "about 2,000 North Korean soldiers had been killed fighting for Russia", False),
        ("casualties", NK, 6000, None, "more_than", ["UK Ministry of Defence", "Ministry of Defence", "UK", "Britain"],
         "North Korean forces have suffered more than 6,000 casualties", False),
    ],
}

NOT = {
    "000": ["12.7-millimeter heavy machine guns", "some 600 square kilometers", "about 1,300 square kilometers",
            "Russia launched 2,000 drones at Ukraine in October", "more than 16,000 members", "Oct. 23"],
    "002": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "K9 howitzers", "Dec. 19",
            "Won slips to 1,450 per dollar", "1.8 tril. won", "10 must-try winter street foods", "top 5 stories"],
    "003": ["an estimated 1,000 tons of food supplies", "KN-23 short-range ballistic missiles",
            "two days after Pyongyang acknowledged", "3-way air drills with B-52 bomber", "2 Southeast Asian nations"],
    "004": ["four brigades", "four Russian warships", "three landing ships and one escort vessel", "since 1990",
            "more than 13,000 containers", "Kia recalls 68,000 vehicles", "2,593.82", "record-low 2.1 pct",
            "past 1 million copies", "200 bln won"],
    "005": ["1,000 deminers", "5,000 military construction workers", "second trip to North Korea in two weeks",
            "up to $20 billion", "since 2023"],
    "006": ["two BMP infantry fighting vehicles", "122-mm D-30 howitzer", "three days of fighting",
            "more than 650,000 subscribers", "damages 30 buildings", "47 Ukrainian brigades",
            "raising tax on bank profits to 50%", "19 June 2024"],
    "008": ["One, 20", "the other, 26", "since 2021", "5 to 10 kilometres behind the line", "Article 4",
            "Russia lost 430,000 troops in 2024", "500 km behind front line", "24-hour peace promise"],
    "009": ["over 7,000 pieces of military hardware", "more than 400 tanks", "Article 4", "liberate 3 settlements",
            "115 Ukrainian drones", "June 19, 2024"],
    "011": ["about 200 long-range artillery pieces", "Nikkei falls 1.2%", "cuts rates to 2.75%",
            "10 trillion won of shares"],
    "012": ["26 countries", "a further 6,000 engineers and military builders", "502 drones and 24 missiles",
            "430 of the drones", "More than 1.5 million readers in 180 countries", "26% over five years"],
}

OFF = ["001", "007", "010", "013"]
DUP = {"014": "005"}

must = [
    ["002-1", "006-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and "
                       "wounded (Zelensky, repeated Dec 27), four days apart"],
    ["008-5", "008-6", "roughly 3,000 casualties (South Korea's NIS, Jan 13) against more than 4,000 (Ukraine's HUR, "
                       "the week before), in one article"],
]

may = []
def m(a, bs, why):
    for b in bs:
        may.append([a, b, why])

m("000-3", ["000-1"], "8,000 a week earlier against 11,000 now: different periods")
m("000-3", ["004-1", "000-4", "002-4", "008-1", "011-2", "003-4"],
  "8,000 in Kursk against a whole contingent sent to Russia, or weeks/months apart")
m("000-1", ["004-1"], "11,000 in Kursk (Nov) against some 12,000 sent to Russia (Oct): part and whole, weeks apart")
m("004-1", ["002-4", "008-1"], "about 12,000 (Oct 2024) against around 11,000 (Dec 2024 / Jan 2025), months apart")
m("003-4", ["004-1", "008-1", "002-4", "000-1", "000-4", "011-2"],
  "about 15,000 in total counting reinforcements (Apr 2025) against the initial contingent, months apart")
m("011-1", ["011-2", "008-1", "004-1", "002-4", "000-1", "000-2", "000-4", "003-4"],
  "some 3,000 additional soldiers against the whole contingent")
m("002-1", ["008-5", "003-3"], "1,100 casualties (Dec 23) against about 3,000 (January): cumulative rise, three weeks apart")
m("002-1", ["008-6"], "1,100 casualties (Dec 23) against more than 4,000 (early January), weeks apart")
m("002-1", ["003-1", "012-2"], "1,100 casualties (Dec 2024) against later cumulative totals, months apart")
m("006-1", ["008-5", "003-3"], "more than 3,000 against about 3,000: bound nearly satisfied")
m("008-6", ["003-3"], "more than 4,000 (HUR) against the NIS's January estimate of about 3,000, restated in April")
m("008-5", ["003-1", "012-2"], "about 3,000 casualties (January) against later cumulative totals, months apart")
m("003-3", ["012-2"], "about 3,000 casualties (January) against more than 6,000 (September), months apart")
m("003-1", ["012-2"], "about 4,700 casualties (April) against more than 6,000 (September), months apart")
m("002-3", ["008-4"], "about 1,000 wounded (Dec 19) against about 2,700 (Jan 13): cumulative rise, weeks apart")
m("008-3", ["003-2", "005-1", "012-1"], "about 300 killed (January) against later cumulative totals, months apart")
m("012-1", ["003-2", "005-1"], "about 2,000 killed (September) against about 600 (April-June), months apart")

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
