#!/usr/bin/env python3
"""Gold labels for testdata/blind342 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind342: fifteen articles written in our own words about the real story's "
         "known reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "About 1,500 soldiers of the North's special operations forces were ferried", False),
    ],
    "001": [
        ("troops", "north_korea", 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "US"],
         'North Korea had sent "about ten thousand soldiers" to train in eastern Russia', False),
        ("troops", "north_korea", 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "US"],
         "some 8,000 had already been moved west to the Kursk region", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 1,000 wounded", False),
        ("casualties", "north_korea", 1100, None, "about", ["Lee Seong-kweun"] + NIS,
         "the losses put North Korean casualties at about 1,100", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "around 11,000 North Korean troops are in Russia", False),
        ("casualties", "north_korea", 200, 900, "vague", ["US military official", "United States", "US"],
         "North Korean troops had suffered several hundred casualties", True),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Ukraine"],
         "Over 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 12000, None, "up_to", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "Up to 12,000 North Korean troops have been deployed to fight alongside Russian forces in Kursk Oblast", False),
        ("casualties", "russia", 777000, None, "about", ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "Russia has lost about 777,000 troops since the start of the full-scale invasion", False),
    ],
    "006": [
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukraine has captured two North Korean soldiers fighting alongside Russian troops in the Kursk region", False),
        ("troops", "north_korea", 10000, 12000, "range", ["Kyiv", "Seoul", "Ukraine", "South Korea"],
         "North Korea has sent between 10,000 and 12,000 soldiers to help Russia claw back territory in Kursk", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun", "Park Sun-won"],
         "about 300 North Korean soldiers have died in the fighting in Russia's Kursk region", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun", "Park Sun-won"],
         "some 2,700 have been wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun", "Park Sun-won"],
         "which would put the North's casualties at roughly three thousand", False),
        ("captured", "north_korea", 2, None, "exact", NIS,
         "Ukraine had taken two North Korean soldiers prisoner", False),
        ("casualties", "north_korea", 4000, None, "about", ["HUR", "Ukraine's military intelligence", "military intelligence directorate", "Ukraine"],
         "put North Korean losses at around 4,000 killed and wounded", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Seoul", "Yonhap"],
         "North Korea appears to have sent some three thousand additional soldiers to Russia during January and February", False),
        ("killed", "north_korea", 200, 900, "vague", ["Andriy Yusov", "Yusov", "HUR", "Ukraine's military intelligence", "Ukraine"],
         "hundreds of them had been killed in January alone", True),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["intelligence agency", "Lee Seong-kweun"],
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["intelligence agency", "Lee Seong-kweun"],
         "around 600 of them fatally", False),
        ("troops", "north_korea", 15000, None, "about", ["Lee Seong-kweun"] + NIS,
         "about 15,000 North Korean troops had been deployed to Russia since last autumn", False),
    ],
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "Ukraine's eight-month Kursk operation had cost Kyiv more than 76,000 troops killed and wounded", False),
        ("killed", "russia", 110000, None, "more_than", ["Mediazona", "BBC Russian Service", "BBC"],
         "has confirmed the names of more than 110,000 Russian soldiers killed since February 2022", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["Western and South Korean estimates", "Western", "South Korea"],
         "Western and South Korean estimates put North Korean losses in the thousands", True),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
         "Around 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("troops", "north_korea", 15000, None, "about", ["unattributed"],
         "Pyongyang has sent an estimated 15,000 troops to Russia since the autumn of 2024", False),
        ("casualties", "north_korea", 6000, None, "more_than", ["Defence Intelligence", "Britain's Defence Intelligence", "UK Ministry of Defence", "Britain", "UK"],
         "North Korea had likely suffered more than 6,000 casualties in Kursk", False),
    ],
}

NOT = {
    "000": ["Pyongyang has decided to dispatch four brigades in all, or around 12,000 troops",
            "between Oct. 8 and 13", "four Russian amphibious landing ships", "three escort vessels",
            "since 1990", "more than 13,000 containers", "6 tracks", "12 new routes",
            "KOSPI 2,593.91 (-16.38)", "USD/KRW 1,370.50"],
    "001": ["Pyongyang intends to send up to 12,000 in all", "several hundred square kilometers",
            "11th Corps", "roughly $2,000 a month", "under Article 4", "06:41 min",
            "capture of 2 more villages", "€400 million"],
    "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "1,450 per dollar",
            "Six arrested over 2 billion won crypto fraud ring", "3 new presidents", "0.5% in November"],
    "004": ["nearly 1,300 square kilometers", "48 drones overnight, 21 shot down", "the 15,000 members",
            "for 4 years", "damages 12 buildings", "50 million euro"],
    "006": ["born in 2005 and 1999", "74 drones and missiles", "$500 million arms package"],
    "007": ["aged 20 and 26", "in under two months of combat", "may send 10,000 more soldiers",
            "the 2 men held in Kyiv", "first time in 9 years", "as 3,000 police stand by", "60% of Koreans"],
    "008": ["50 percent of future revenues", "166 Shahed-type attack drones", "90 were shot down",
            "around 400 square kilometers", "a peak of nearly 1,300", "about three weeks",
            "$9.99/month", "Comments (12)", "since 1995", "over the past 10 days"],
    "010": ["about $20bn", "more than 7 months old", "first 100 days in office", "55m people lost electricity",
            "KN-23 ballistic missiles"],
    "011": ["North Korea will send 1,000 sappers", "5,000 military construction workers",
            "North Korea to Send 6,000 Military Builders and Deminers to Kursk", "at least five years",
            "USD 78.42", "$2 / $4 / $8"],
    "013": ["more than three times the death toll", "the 6,000 engineers and builders",
            "as many as 30,000 more soldiers", "Map Shows 5 Front Lines", "Update 9/4/25"],
}

OFF = ["002", "005", "009", "012"]
DUP = {"014": "006"}

may = []
for a, b, why in [
    # troops: months apart, or a part/an additional force set against a total
    ("000-1", "003-4", "a first batch of 1,500 (Oct 2024) against 11,000 two months later"),
    ("000-1", "006-2", "a first batch of 1,500 against 10,000-12,000 three months later"),
    ("000-1", "010-3", "a first batch of 1,500 against 15,000 in total, six months later"),
    ("000-1", "013-2", "a first batch of 1,500 against 15,000 in total, eleven months later"),
    ("001-1", "003-4", "about 10,000 (Oct 2024) against about 11,000 seven weeks later"),
    ("001-2", "003-4", "8,000 in Kursk (Oct 2024) against 11,000 seven weeks later"),
    ("001-2", "006-2", "8,000 in Kursk against 10,000-12,000 ten weeks later"),
]:
    may.append([a, b, why])
for other in ["001-1", "001-2", "003-4", "004-2", "006-2"]:
    may.append([other, "008-1", "an additional 3,000 (Jan-Feb 2025) against the earlier total"])
for t in ["010-3", "013-2"]:
    for other in ["001-1", "001-2", "003-4", "004-2", "006-2", "008-1"]:
        may.append([other, t, "15,000 in total including reinforcements, months later"])
for a, b, why in [
    # casualties
    ("003-3", "003-5", "1,100 (NIS) against 'several hundred' (a US official, vague) the same week"),
    ("003-5", "004-1", "'several hundred' (vague) against more than 3,000 a week later"),
    ("003-3", "007-5", "1,100 (NIS, Dec 19) against about 4,000 (HUR, Jan 13), cumulative, three weeks apart"),
    ("004-1", "007-3", "more than 3,000 (Dec 23) against roughly 3,000 (Jan 13)"),
    ("003-5", "007-3", "'several hundred' (vague) against roughly 3,000 a month later"),
    ("003-5", "007-5", "'several hundred' (vague) against about 4,000 a month later"),
    ("003-5", "010-1", "'several hundred' (vague) against 4,700 four months later"),
    ("007-5", "010-1", "about 4,000 (Jan) against 4,700 (Apr), cumulative, months apart"),
    ("003-3", "011-3", "1,100 (Dec 2024) against 'thousands' (vague) six months later"),
    ("003-5", "011-3", "'several hundred' against 'thousands', both vague, six months apart"),
    ("003-3", "013-3", "1,100 (Dec 2024) against more than 6,000 (Sep 2025)"),
    ("003-5", "013-3", "'several hundred' (Dec 2024) against more than 6,000 (Sep 2025)"),
    ("007-3", "013-3", "roughly 3,000 (Jan) against more than 6,000 (Sep)"),
    ("007-5", "013-3", "about 4,000 (Jan) against more than 6,000 (Sep)"),
    ("010-1", "013-3", "4,700 (NIS, Apr) against more than 6,000 (UK, Sep), cumulative, months apart"),
]:
    may.append([a, b, why])

conflicts = {
    "must": [
        ["003-3", "004-1", "about 1,100 casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["007-3", "007-5", "roughly 3,000 casualties (NIS) against around 4,000 (HUR) on the same day, in the same article"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
