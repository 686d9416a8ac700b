#!/usr/bin/env python3
"""Gold labels for testdata/blind361 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind361: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Zelenskiy", "Ukraine", "Ukrainian President"]

A = {
    "000": [
        ("troops", NK, 1500, None, "exact", NIS, "an initial contingent of 1,500 soldiers", False),
    ],
    "001": [
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won", "Park"],
         "the number of its troops there now stands at around 3,000", False),
        ("troops", NK, 1500, None, "exact", NIS + ["Park Sun-won", "Park"],
         "Another 1,500 soldiers had been moved since the first group was spotted last week", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "there are now 11,000 North Korean troops in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", ["Antony Blinken", "Blinken", "US Secretary of State", "United States", "US", "Washington"],
         "of roughly 10,000 North Korean soldiers sent to eastern Russia", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "US Secretary of State", "United States", "US", "Washington"],
         "about 8,000 had already moved toward the Ukrainian border in the Kursk region", False),
        ("troops", NK, 200, 900, "vague", ["Andriy Kovalenko", "Kovalenko", "National Security and Defence Council", "Ukraine"],
         "several hundred North Korean soldiers had already been moved up to the line of contact in Kursk", True),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have sustained roughly 1,100 casualties in the Kursk region", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweon", "Lee"],
         "at least 100 North Korean soldiers had been killed in action", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweon", "Lee"],
         "around 1,000 had been wounded in the same period", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi"],
         "Over three thousand North Korean soldiers have already been killed or wounded in Kursk Oblast", False),
        ("casualties", NK, 30, None, "at_least", ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukrainian intelligence", "Ukraine"],
         "at least 30 North Korean soldiers were killed or wounded", False),
        ("casualties", RU, 38000, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine", "Commander-in-Chief"],
         "Russia had lost more than 38,000 troops killed and wounded in Kursk Oblast", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweon", "lawmakers"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweon", "lawmakers"],
         "roughly 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL + ["Ukrainian forces"],
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
        ("casualties", NK, 3800, None, "exact", ZEL,
         "put the number of North Koreans killed and wounded in the region at 3,800", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", NIS + ["Lee Seong-kweon"],
         "sending around 3,000 more soldiers in January and February", False),
        ("troops", NK, 11000, 12000, "range", ["Ukrainian and South Korean estimates", "Ukraine", "South Korea", "Ukrainian", "South Korean"],
         "North Korea sent an estimated 11,000-12,000 soldiers to Russia's Kursk region last fall", False),
    ],
    "007": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen during the fighting in Kursk Region", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweon", "Lee"],
         "Around 4,700 North Korean soldiers have been killed or wounded fighting for Russia against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweon", "Lee"],
         "including roughly 600 dead", False),
    ],
    "009": [
        ("troops", NK, 10000, 12000, "range", ["unattributed"],
         "Pyongyang shipped between 10,000 and 12,000 combat troops to Russia last autumn", False),
        ("troops", NK, 2000, 9000, "vague", ["unattributed"],
         "several thousand more early this year", True),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have died in the war", False),
    ],
}

NOT = {
    "000": ["up to 12,000 troops in all", "four brigades", "four Russian amphibious landing ships and three escort vessels",
            "11th Corps", "5,000 runners join Han River night marathon", "first cut in 38 months", "KOSPI 2,593.91"],
    "001": ["reach 10,000 by December", "1.2-million-strong armed forces", "$2,000 a month per soldier", "in their early 20s"],
    "002": ["52 of the 68 Shahed-type attack drones", "another 14 were lost to electronic jamming", "Two missiles",
            "9,400 households", "Day 986", "since 1995", "Comments (34)"],
    "003": ["more than 20,000 containers of munitions", "KOSPI closes at 2,442.01", "2 in 3 Koreans plan to spend less"],
    "004": ["on 14-15 December", "Russians attack Kharkiv with 7 guided bombs", "40 Ukrainian children returned from occupied territories"],
    "005": ["born in 2005", "the other in 1999", "Shelling Killed 6 Over New Year Holidays", "Ruble Weakens Past 110"],
    "006": ["some 200 long-range artillery pieces", "KN-23 and KN-24", "10 Best States to Retire in 2025", "fourth year on February 24"],
    "007": ["Article 4", "over 7,000 units of weapons and military equipment", "more than 400 tanks",
            "Over 1,500 residents of Kursk border areas received compensation", "August 6, 2024"],
    "008": ["around 20 trillion won ($14 billion)", "3-day ceasefire", "six months after it was first reported"],
    "009": ["1,000 deminers", "5,000 military builders", "up to 30,000 more troops", "8.8 trillion yen", "Nikkei 225 43,459.29"],
}

OFF = ["010", "011", "012", "013"]
DUP = {"014": "003"}

must = [
    ["002-1", "002-3", "11,000 North Korean troops in Kursk (Zelensky, Nov 4) against about 8,000 in Kursk "
     "(Blinken, Oct 31): five days apart, different sources, in one article"],
    ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than three thousand "
     "killed or wounded (Zelensky, same days), articles three days apart"],
]

may = []
def m(a, b, why):
    may.append([a, b, why])

# troops during the October-November 2024 build-up: two to three weeks apart, a rising cumulative count
for early in ["000-1", "001-1", "001-2"]:
    for late in ["002-1", "002-2", "002-3"]:
        m(early, late, "troop counts two to three weeks apart while the deployment was still growing")
m("001-1", "001-2", "an additional 1,500 against the total of about 3,000 it is part of")
m("002-1", "002-2", "11,000 in Kursk (Zelensky) against roughly 10,000 in Russia (Blinken): close values, Kursk against all of Russia")
# the February 2025 reinforcement: an additional force
for other in ["000-1", "001-2", "002-1", "002-2", "002-3", "006-2", "009-1"]:
    m("006-1", other, "an additional 3,000 reinforcements against a total or earlier count")
# later totals of the autumn 2024 deployment against early counts: months apart
for early in ["000-1", "001-1", "001-2", "002-2", "002-3"]:
    m(early, "006-2", "early count against the later 11,000-12,000 total, months apart")
for early in ["000-1", "001-1", "001-2", "002-3"]:
    m(early, "009-1", "early count against the later 10,000-12,000 total, months apart")
# casualties
m("003-1", "005-4", "1,100 (JCS, Dec 23) against 3,800 (Zelensky, Jan 6): two weeks apart, a cumulative toll")
m("003-1", "008-1", "1,100 in December against about 4,700 in April: months apart")
m("005-4", "008-1", "3,800 in January against about 4,700 in April: months apart, a rise")
# killed and wounded: the NIS's own rising estimates
m("005-1", "008-2", "about 300 killed in January against about 600 in April (NIS update, months apart)")
m("005-1", "009-3", "about 300 killed in January against about 2,000 in September (months apart)")
m("008-2", "009-3", "about 600 killed in April against about 2,000 in September (NIS update, months apart)")
m("003-3", "005-2", "around 1,000 wounded (NIS, Dec 19) against about 2,700 (NIS, Jan 13): the agency's own later count")

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
