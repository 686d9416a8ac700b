#!/usr/bin/env python3
"""Gold labels for testdata/blind515 (written blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

ABOUT = ("Gold labels for blind515: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning of "
         "every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
HUR = ["Budanov", "Defence Intelligence", "HUR", "military intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "estimating that about 1,500 special operations soldiers have already been transported", False),
        ("troops", "north_korea", 12000, None, "about", NIS,
         "the North is dispatching a total of around 12,000 troops in four brigades", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "exact", HUR,
         "Today there are eleven thousand of them in the Kursk region", False),
        ("troops", "russia", 50000, None, "about", HUR,
         "Russia has massed about 50,000 of its own troops in the Kursk direction", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["US and South Korean officials", "United States", "US", "South Korea"],
         "between 10,000 and 12,000 North Korean soldiers have arrived in Russia", False),
        ("troops", "north_korea", 11000, None, "exact",
         ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "Ukraine's military intelligence agency says 11,000 are in the Kursk region", False),
        ("troops", "north_korea", 500, None, "about", ["Ukrainian intelligence", "HUR", "Ukraine"],
         "The force includes about 500 officers", False),
        ("troops", "north_korea", 3, None, "exact", ["Ukrainian intelligence", "HUR", "Ukraine"],
         "three generals", True),
    ],
    "004": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers sent to fight for Russia have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "some 1,000 others wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS_LEE,
         "the toll of dead and wounded has reached around 1,100", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "the roughly 11,000 troops Pyongyang has sent to Russia", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Zelensky", "Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("casualties", "north_korea", 30, None, "at_least", ["HUR", "military intelligence", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded in fighting around the villages of Plekhovo, Vorozhba and Martynivka", False),
        ("troops", "north_korea", 12000, None, "up_to",
         ["Western and South Korean estimates", "Western", "South Korea", "unattributed"],
         "Pyongyang has sent up to 12,000 soldiers to Russia", False),
    ],
    "006": [
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "An estimated 11,000 North Korean soldiers were sent to Russia last autumn", False),
        ("captured", "north_korea", 2, None, "exact", ["Zelensky", "Ukraine"],
         "Ukrainian forces captured two North Korean soldiers in the Kursk region", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "roughly 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "about 2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "putting Pyongyang's overall losses at some 3,000", False),
        ("casualties", "north_korea", 4000, None, "about",
         ["Andriy Yusov", "Yusov", "military intelligence", "HUR", "Ukraine"],
         "North Korea's losses in the Kursk region now stood at around 4,000 killed and wounded", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about",
         ["Joint Chiefs of Staff", "JCS", "Seoul's military", "South Korea", "Seoul"],
         "North Korea has sent around 3,000 additional soldiers to Russia this year", False),
        ("troops", "north_korea", 11000, None, "about", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "Pyongyang had already sent some 11,000 soldiers to Russia last year", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
         "it had captured two North Korean soldiers in Kursk", False),
    ],
    "010": [
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "Some 15,000 North Korean troops have now been sent to Russia in total", False),
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "around 4,700 have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "including about 600 dead", False),
    ],
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded in the Kursk direction", False),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS,
         "some two thousand North Korean soldiers had been killed in Russia", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Britain's Defence Ministry", "Defence Ministry", "Britain", "United Kingdom", "UK"],
         "North Korean forces had suffered more than 6,000 casualties since arriving in Kursk", False),
        ("killed", "north_korea", 200, 900, "vague", ["Ukrainian officials", "Ukraine"],
         "Hundreds of them died in the first weeks of fighting last winter", True),
        ("troops", "north_korea", 15000, None, "about", ["unattributed"],
         "the roughly 15,000 troops Pyongyang is believed to have sent", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "The two soldiers captured by Ukraine in January", False),
    ],
}

NOT = {
    "000": ["four Russian navy landing ships", "three smaller vessels", "Oct. 8 and 13",
            "more than 13,000 containers", "KOSPI closes at 2,593.82", "10 injured as bus overturns",
            "past 1 mln copies"],
    "001": ["Views: 4872", "120mm mortars", "more than 7,000 kilometres", "October 23",
            "39 of 59 Russian drones"],
    "002": ["2:14", "1950-53", "1.2 million-strong military", "$2,000 a month per soldier", "November 9"],
    "004": ["Dec. 3 martial law declaration", "1,450 per dollar", "5 things to know", "150 won"],
    "005": ["USD 41.55", "12 comments", "Dec. 14-15", "Aug. 6", "since 1995",
            "1,000 Days of Full-Scale War", "300,000 Without Power"],
    "006": ["day 1,055", "aged 20 and 26", "74 Shahed-type attack drones", "47 were shot down",
            "another 27", "Comments (1,284)", "death toll rises to 24"],
    "008": ["some 220 self-propelled guns and multiple rocket launchers", "170mm howitzers", "240mm launchers",
            "14:40 (GMT+9)"],
    "010": ["Apr.30,2025 17:51 KST", "April 29", "April 28", "April 26", "6 months after first reports",
            "5 points"],
    "011": ["1,000 deminers, 5,000 military builders", "1,000 sappers", "5,000 military builders",
            "June 19, 2024", "second visit to the DPRK capital in two weeks",
            "over 7,000 pieces of weapons and military hardware", "1.4 bln rubles"],
    "013": ["13-minute film", "Read 212 Comments", "1,000 deminers and 5,000 military construction workers",
            "Page 9", "How 12,000 Soldiers Became Kim's Bargaining Chip With Putin"],
}

OFF = ["003", "007", "009", "012"]
DUP = {"014": "008"}

# Troop totals reported before the February reinforcements, the reinforcements themselves, and the
# later totals: "an additional" force and totals months apart are defensible either way (may).
EARLY = ["000-2", "001-1", "002-1", "002-2", "004-4", "005-3", "006-1", "008-2"]
ADDITIONAL = "008-1"
LATE = ["010-1", "013-4"]

may = [
    ["004-3", "006-6", "about 1,100 casualties (NIS, Dec 19) against around 4,000 (Ukraine's HUR, Jan 13): another source, three and a half weeks later, in a count that keeps rising"],
    ["005-1", "006-5", "more than 3,000 (Zelensky, Dec 23) against some 3,000 (NIS, Jan 13): about equal, three weeks apart"],
    ["004-3", "010-2", "1,100 casualties in December against 4,700 in April: months apart, cumulative"],
    ["004-3", "013-2", "1,100 casualties in December 2024 against more than 6,000 in August 2025: months apart"],
    ["006-5", "010-2", "some 3,000 casualties in January against 4,700 in April (both NIS): months apart, cumulative"],
    ["006-6", "010-2", "around 4,000 casualties in January against 4,700 in April: months apart"],
    ["006-5", "013-2", "some 3,000 casualties in January against more than 6,000 in August: months apart"],
    ["006-6", "013-2", "around 4,000 casualties in January against more than 6,000 in August: months apart"],
    ["010-2", "013-2", "4,700 casualties in April against more than 6,000 in August: months apart"],
    ["006-3", "010-3", "about 300 killed in January against about 600 in April (both NIS): months apart, cumulative"],
    ["006-3", "013-1", "about 300 killed in January against some 2,000 in September: months apart"],
    ["010-3", "013-1", "about 600 killed in April against some 2,000 in September: months apart"],
]
for c in ["001-1", "002-2", "004-4", "006-1", "008-2"]:
    may.append(["000-2", c, "about 12,000 being dispatched in all (Oct 18) against 11,000 in Kursk or sent, weeks or months later"])
for c in EARLY + LATE:
    may.append([ADDITIONAL, c, "an additional 3,000 sent in January-February against a total force"])
for e in EARLY:
    for l in LATE:
        may.append([e, l, "2024 total against the larger total of about 15,000 reported months later, after reinforcements"])

conflicts = {
    "must": [
        ["004-3", "005-1", "about 1,100 North Korean casualties (South Korea's NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
        ["006-5", "006-6", "some 3,000 North Korean casualties (NIS) against around 4,000 (Ukraine's military intelligence), the same day in one live blog"],
    ],
    "may": may,
}

goldlib.write(ABOUT, A, NOT, OFF, DUP, conflicts)
