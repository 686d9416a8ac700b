#!/usr/bin/env python3
"""Gold labels for testdata/blind322 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind322: fifteen articles written in our own words about the real story's known "
         "reporting (October 2024 - December 2025). See testdata/corpus/README.md for the meaning of every field.")

BLINKEN = ["Antony Blinken", "Blinken", "United States", "U.S.", "US", "Washington"]
PENTAGON = ["Pentagon", "Sabrina Singh", "United States", "U.S.", "US", "U.S. Defense Department"]
NIS_LEE = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul", "Lee Seong-kweun"]
NIS_PARK = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul", "Park Sun-won"]
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul's military", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]
HUR = ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine", "Kyiv"]
YUSOV = ["Andriy Yusov", "Yusov"] + HUR

A = {
    "000": [
        ("troops", "north_korea", 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers have moved into Russia's Kursk region", False),
        ("troops", "north_korea", 10000, None, "about", PENTAGON,
         "North Korea has sent roughly 10,000 soldiers in total to Russia's Far East for training", False),
    ],
    "002": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers deployed to Russia have been killed in fighting against Ukrainian forces", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "Around 1,000 others have been wounded", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "Some 1,100 of the roughly 11,000-strong contingent are estimated to have been killed or wounded", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "the roughly 11,000-strong contingent", False),
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "Preliminary figures put the number of North Korean soldiers killed and wounded in the Kursk region at more than three thousand", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "up to 12,000 North Korean troops are now in the Kursk region", False),
        ("killed", "north_korea", 200, 999, "vague", YUSOV,
         "hundreds of North Koreans had been killed", True),
    ],
    "006": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Our troops have taken two North Korean servicemen prisoner in Kursk Oblast", False),
        ("captured", "north_korea", 1, None, "exact", NIS,
         "one North Korean soldier had been captured by Ukrainian forces", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "2,700 wounded fighting for Russia against Ukraine", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "Its estimate puts combined casualties at around 3,000", False),
        ("casualties", "north_korea", 4000, None, "about", HUR,
         "some 4,000 North Koreans had been killed or wounded", False),
        ("troops", "north_korea", 11000, None, "about",
         ["United States", "Washington", "South Korea", "Seoul", "Ukraine", "Kyiv"],
         "North Korea is estimated to have sent about 11,000 troops to Russia in the autumn", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces had captured two wounded North Korean soldiers in Kursk", False),
    ],
    "009": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea sent around 3,000 additional soldiers to Russia in January and February", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "the roughly 11,000 troops it dispatched last year", False),
        ("casualties", "north_korea", 4700, None, "about", JCS,
         "Pyongyang's troops have suffered an estimated 4,700 casualties", False),
    ],
    "011": [
        ("killed", "north_korea", 600, None, "about", NIS_PARK,
         "About 600 North Korean soldiers have been killed fighting alongside Russian forces against Ukraine", False),
        ("casualties", "north_korea", 4700, None, "about", NIS_PARK,
         "North Korea had suffered about 4,700 casualties in total", False),
    ],
    "012": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Russian Defense Ministry", "Defense Ministry", "Russian Defence Ministry", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen in the Kursk area", False),
    ],
    "014": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["South Korean and Western intelligence", "South Korea", "Western intelligence"],
         "between 10,000 and 12,000 soldiers", False),
        ("troops", "north_korea", 2000, 9000, "vague", JCS,
         "Several thousand more followed in early 2025", True),
        ("casualties", "north_korea", 4700, None, "about", ["unattributed"],
         "an estimated 4,700 had been killed or wounded", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have died in the fighting", False),
        ("killed", "north_korea", 9, None, "exact", ["North Korean state media", "KCNA", "North Korea"],
         "nine soldiers from an engineering regiment had died while clearing mines", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"],
         "The two North Korean soldiers captured by Ukraine in January", False),
    ],
}

NOT = {
    "000": ["over 7,000 kilometers", "about 86 minutes", "1st since December", "3-way air drills",
            "2nd from R", "Oct. 31, 2024", "2.6% lower", "151 range"],
    "002": ["11th Army Corps", "KN-23", "Dec. 16, 2024", "1.4 pct", "1,451.9 per dollar", "Dec. 27"],
    "003": ["240-millimeter rocket launchers", "170-millimeter self-propelled howitzers", "1950-53",
            "2,442.01", "1.8 trillion won"],
    "004": ["nearly three times", "1,640 Soldiers in a Single Day", "78 Missiles and 106 Drones",
            "$5 a month", "since 2014", "Join the conversation (23)"],
    "006": ["aged 20 and 26", "injuring 13", "downs 34 of 72 drones"],
    "007": ["KN-23 and KN-24", "Zelenskyy says two North Korean soldiers captured in Kursk",
            "$5 a month", "$15 a month"],
    "009": ["some 220 artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "death toll rises to 26", "$3,050 an ounce"],
    "011": ["5,000-ton destroyer", "roughly six months", "kills 1, injures 29", "S&P 500 edges up 0.6%"],
    "012": ["1,000 sappers", "5,000 military builders",
            "over 7,000 units of weapons", "April 26", "USD 78.48", "37 Ukrainian UAVs",
            "Over 150 residential buildings"],
    "014": ["1,000 deminers and 5,000 military construction workers", "as many as 30,000 more soldiers",
            "October 2024", "several billion dollars"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"008": "000"}

conflicts = {
    "must": [
        ["003-1", "004-1",
         "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded "
         "(Zelensky, Dec 23), in articles three days apart"],
        ["007-3", "007-4",
         "around 3,000 casualties (South Korea's NIS) against some 4,000 (Ukraine's HUR) in the same week, "
         "in one article"],
    ],
    "may": [
        # troop counts weeks or months apart while the force grew
        ["000-1", "003-2", "8,000 in Kursk (Nov 1) against 11,000 seven weeks later"],
        ["000-2", "003-2", "10,000 (Nov 1) against 11,000 seven weeks later"],
        ["000-1", "007-5", "8,000 (Nov 2024) against 11,000 two months later"],
        ["000-2", "007-5", "10,000 (Nov 2024) against 11,000 two months later"],
        ["000-1", "009-2", "8,000 (Nov 2024) against 11,000 'last year', five months later"],
        ["000-2", "009-2", "10,000 (Nov 2024) against 11,000 'last year', five months later"],
        ["000-1", "014-1", "8,000 (Nov 2024) against 10,000-12,000, ten months later"],
        # an additional force against a total
        ["009-1", "009-2", "3,000 additional against the 11,000 sent earlier"],
        ["009-1", "000-1", "3,000 additional against 8,000"],
        ["009-1", "000-2", "3,000 additional against 10,000"],
        ["009-1", "003-2", "3,000 additional against 11,000"],
        ["009-1", "004-2", "3,000 additional against up to 12,000"],
        ["009-1", "007-5", "3,000 additional against 11,000"],
        ["009-1", "014-1", "3,000 additional against 10,000-12,000"],
        # cumulative casualties weeks or months apart
        ["003-1", "007-3", "1,100 (JCS, Dec 23) against 3,000 (NIS, Jan 13): three weeks apart, cumulative"],
        ["003-1", "007-4", "1,100 (JCS, Dec 23) against 4,000 (HUR, early Jan): cumulative"],
        ["004-1", "007-3", "more than 3,000 (Zelensky, Dec 23) against around 3,000 (NIS, Jan 13)"],
        ["003-1", "009-3", "1,100 (Dec) against 4,700 (Mar): months apart"],
        ["003-1", "011-2", "1,100 (Dec) against 4,700 (Apr): months apart"],
        ["003-1", "014-3", "1,100 (Dec) against 4,700 by spring: months apart"],
        ["007-3", "009-3", "3,000 (Jan) against 4,700 (Mar): months apart, cumulative rise"],
        ["007-3", "011-2", "3,000 (Jan) against 4,700 (Apr): months apart, cumulative rise"],
        ["007-3", "014-3", "3,000 (Jan) against 4,700 by spring: months apart"],
        ["007-4", "009-3", "4,000 (Jan) against 4,700 (Mar): months apart"],
        ["007-4", "011-2", "4,000 (Jan) against 4,700 (Apr): months apart"],
        ["007-4", "014-3", "4,000 (Jan) against 4,700 by spring: months apart"],
        # cumulative deaths months apart
        ["007-1", "011-1", "300 killed (Jan) against 600 (Apr): months apart, cumulative rise"],
        ["007-1", "014-4", "300 killed (Jan) against 2,000 (Sep): months apart"],
        ["011-1", "014-4", "600 killed (Apr) against 2,000 (Sep): months apart"],
        # one captured soldier in December, two more in January
        ["006-1", "006-2", "two captured in January against one captured in December: different events"],
        ["006-2", "007-6", "one captured in December against two captured in January"],
        ["006-2", "014-6", "one captured in December against the two captured in January"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
