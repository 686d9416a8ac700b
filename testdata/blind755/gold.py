#!/usr/bin/env python3
"""Gold labels for testdata/blind755 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind755/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]
HUR = ["Defence Intelligence of Ukraine", "Defense Intelligence of Ukraine", "HUR",
       "Ukraine's military intelligence", "Ukraine"]
YUSOV = ["Andriy Yusov", "Yusov"] + HUR
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US"]
AUSTIN = ["Lloyd Austin", "Austin", "Secretary Austin", "Pentagon", "Defense Secretary", "United States", "U.S.", "US"]
US_OFF = ["US official", "U.S. official", "Pentagon", "United States", "Washington"]
RUMOD = ["Russia's Defense Ministry", "Russian Defense Ministry", "Defense Ministry", "Russia", "Moscow"]
GERAS = ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"]
SKW = ["South Korean and Western intelligence", "Western intelligence", "South Korea"]
U = ["unattributed"]

A = {
    "000": [
        # the first group only, moved by sea in mid-October
        ("troops", NK, 1500, None, "about", NIS,
         "some 1,500 North Korean special operations soldiers", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean troops are now in the Kursk region", False),
        ("troops", NK, 10000, None, "about", AUSTIN,
         "North Korea has sent roughly 10,000 soldiers in total to eastern Russia", False),
        # the week-old figure, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "about", AUSTIN,
         "A week ago we were tracking about 3,000", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in Kursk Oblast", False),
        # officers and generals: parts of the contingent
        ("troops", NK, 200, 900, "vague", HUR, "hundreds of officers", True),
        ("troops", NK, 3, None, "exact", HUR, "including three generals", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered around 1,100 casualties in battles against Ukrainian forces", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than three thousand North Korean soldiers have been killed or wounded", False),
    ],
    "007": [
        ("troops", NK, 11000, 12000, "range", U,
         "a contingent estimated at 11,000-12,000 men", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean losses in the Kursk region had exceeded 3,000 killed and wounded", False),
        # three villages over two days: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers killed or wounded", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "putting North Korean casualties at roughly 1,100", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 had been wounded", False),
        ("casualties", NK, 200, 900, "vague", US_OFF,
         "North Korean troops had suffered \"several hundred\" casualties", True),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", LEE,
         "North Korean casualties in the war against Ukraine have exceeded 3,000", False),
        ("killed", NK, 300, None, "about", LEE, "roughly 300 dead", False),
        ("wounded", NK, 2700, None, "about", LEE, "about 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Zelensky", "Volodymyr Zelensky"],
         "two North Korean soldiers were taken prisoner by Ukrainian forces on Jan. 9", False),
    ],
    "009": [
        ("killed", NK, 1000, None, "more_than", YUSOV,
         "more than a thousand North Korean soldiers have been killed in Russia's Kursk region", False),
        ("casualties", UA, 300, None, "more_than", RUMOD,
         "Ukraine had lost more than 300 troops in the Kursk region in that time", False),
        ("killed", NK, 300, None, "about", NIS,
         "around 300 North Korean soldiers had died so far", False),
        ("wounded", NK, 2700, None, "about", NIS, "roughly 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "the two North Korean soldiers captured in Kursk", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS,
         "estimates North Korean losses at about 4,700 killed and wounded", False),
        ("casualties", UA, 76000, None, "more_than", GERAS,
         "put Ukraine's losses over the eight months of fighting in Kursk at more than 76,000 troops", False),
        ("troops", NK, 11000, 12000, "range", SKW,
         "put the initial force sent last autumn at between 11,000 and 12,000 troops", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "roughly 3,000 reinforcements followed in January and February", False),
        ("killed", NK, 600, None, "about", NIS, "including about 600 killed", False),
        ("casualties", NK, 4000, None, "about", HUR + ["Ukrainian military intelligence"],
         "had already put losses at close to 4,000 in February", False),
    ],
    "012": [
        ("casualties", NK, 4700, None, "about", NIS,
         "~4.7K N. KOREAN CASUALTIES IN KURSK", False),
        ("killed", NK, 600, None, "about", NIS, "INCL. ~600 DEAD", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died in the Kursk campaign", False),
        # the April figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from the roughly 600 it reported in April", False),
        ("troops", NK, 10000, None, "about", NIS,
         "Some 10,000 of them remain stationed along Russia's border with Ukraine", False),
        # the builders: a separate contingent, a vague count
        ("troops", NK, 2000, 9000, "vague", NIS,
         "with thousands already at work repairing roads", True),
        # one engineer regiment: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "The regiment lost nine men during the mission", False),
    ],
}

NOT = {
    "000": ["KOSPI 2,593.85", "USD/KRW 1,368.50", "between Oct. 8 and 13", "11th Corps",
            "a total of around 12,000 soldiers, organized in four brigades",
            "some 200,000 troops across the Korean People's Army", "over 8 million artillery shells",
            "Comments (86)", "Likes 214", "shares slide 4%", "Three killed, 11 hurt", "2,400 more caregivers", "Over 60,000 fans",
            "1,370 per dollar"],
    "001": ["3,906 views", "The four ministers", "two questions from each side", "56th Security Consultative Meeting",
            "the total eventually reaches 12,000 or more", "up to 300 kilometers", "Total time: 41 minutes"],
    "003": ["2 min read", "about 1,300 square kilometers", "community of 14,000 members",
            "Russia's losses in war top 700,000, General Staff says", "Drone attack on Kharkiv apartment block injures 13",
            "300 km inside Russia"],
    "004": ["paras 4-6", "240 mm multiple rocket launchers", "170 mm self-propelled guns", "four days after",
            "NIS: At least 100 N. Korean soldiers killed in Russia", "15-year low of 1,451 per dollar",
            "Over 1,000 flights"],
    "005": ["Views: 1,842", "Russian losses in war: 1,350 soldiers, 14 tanks over past day",
            "Enemy shells Kherson, two civilians injured"],
    "007": ["284 shares", "Reading time 5 min", "three villages", "December 14 and 15", "nearly triple", "Two months after",
            "Cyclone Chido: at least 39 dead and more than 5,600 injured in Mayotte",
            "Notre-Dame welcomes 30,000 visitors"],
    "008": ["Seoul -6°C", "USD/KRW 1,470.80", "Ukraine captures two North Korean soldiers in Kursk, Zelensky says",
            "Foreign tourists to Korea reach 16.4 million in 2024", "$18 billion"],
    "009": ["1,204 comments", "six Ukrainian counterattacks", "Aug. 6", "Jan. 1",
            "Wildfires in Los Angeles have killed at least 27", "170 million U.S. users"],
    "011": ["No. 2025-17", "12 pages", "1.4 MB", "six months after they arrived", "Article 4", "June 2024",
            "roughly 30 percent", "Will 50,000 North Korean workers go to Russia?", "No. 2025-16",
            "The 236 defectors who reached the South in 2024"],
    "012": ["1,000 SAPPERS, 5,000 MILITARY BUILDERS", "HIS 2ND TRIP", "KOSPI 2,950.30", "USD/KRW 1,366.00",
            "2 SOLDIERS INJURED IN TRAINING ACCIDENT IN YEONCHEON", "SEOUL 29°C", "60% CHANCE",
            "KUWAIT 4-0"],
    "013": ["Issue #58", "6-minute read", "join our 14,200 readers", "the 1,000 sappers and 5,000 military builders",
            "Russian casualties since 2022 have passed 1.1 million", "30% off"],
}

OFF = ["002", "006", "010"]
DUP = {"014": "004"}


def pairs(a, bs, why):
    return [[a, b, why] for b in bs]


FIRST = "the first group of about 1,500 (Oct 18) against a later or different figure"
PART = "a part (officers, generals, one battle, one regiment) against a whole"
ADD = "an additional or separate force (reinforcements, builders) against another figure"
conflicts = {
    "must": [
        ["001-1", "003-1", "troops in Kursk: about 8,000 (Blinken, Oct 31) against 11,000 (Zelensky, Nov 4), four days apart"],
        ["004-1", "005-1", "casualties: about 1,100 (South Korea's JCS) against more than three thousand (Zelensky), the same day, Dec 23"],
        ["007-4", "007-2", "within one fact-check: JCS's roughly 1,100 against Zelensky's more than 3,000, both of Dec 23"],
        ["008-2", "009-1", "killed: roughly 300 (NIS via Lee Seong-kweun, Jan 13) against more than a thousand (HUR's Yusov, Jan 16), three days apart"],
        ["009-3", "009-1", "within one live blog: NIS's around 300 dead against HUR's more than a thousand, the same week"],
    ],
    "may": (
        # troops: the first group against everything after it
        pairs("000-1", ["001-1", "001-2", "001-3", "003-1", "003-2", "003-3", "007-1", "011-3", "011-4",
                        "013-3", "013-4"], FIRST)
        + [["001-1", "001-2", "about 8,000 in Kursk, a part of about 10,000 in eastern Russia"],
           ["001-1", "001-3", "about 8,000 against the week-old figure of about 3,000, a rising total"],
           ["001-2", "001-3", "about 10,000 up from about 3,000 a week earlier: an update"],
           ["001-2", "003-1", "about 10,000 in eastern Russia against 11,000 in Kursk, days apart: close, different places"],
           ["001-3", "003-1", "about 3,000 (Oct 23) against 11,000 (Nov 4), a rising total"]]
        + pairs("001-1", ["003-2", "003-3"], PART)
        + pairs("001-2", ["003-2", "003-3"], PART)
        + pairs("001-3", ["003-2", "003-3"], PART)
        + pairs("003-1", ["003-2", "003-3"], PART)
        + [["003-2", "003-3", "hundreds of officers including three generals: parts of one another"]]
        + pairs("003-2", ["007-1", "011-3", "011-4", "013-3", "013-4"], PART)
        + pairs("003-3", ["007-1", "011-3", "011-4", "013-3", "013-4"], PART)
        + [["001-1", "007-1", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 in all (Dec 27), two months apart"],
           ["001-1", "011-3", "about 8,000 in Kursk (Oct 31) against the initial force of 11,000-12,000 (May brief)"],
           ["001-2", "007-1", "about 10,000 (Oct 31) against 11,000-12,000 (Dec 27), two months apart"],
           ["001-2", "011-3", "about 10,000 (Oct 31) against 11,000-12,000, months apart"],
           ["001-3", "007-1", "about 3,000 (Oct 23) against 11,000-12,000, months apart"],
           ["001-3", "011-3", "about 3,000 (Oct 23) against 11,000-12,000, months apart"],
           ["001-1", "013-3", "about 8,000 (Oct 2024) against about 10,000 remaining (Dec 2025), a year apart"],
           ["001-3", "013-3", "about 3,000 (Oct 2024) against about 10,000 remaining (Dec 2025), a year apart"],
           ["003-1", "013-3", "11,000 (Nov 2024) against about 10,000 remaining (Dec 2025), a year apart"],
           ["007-1", "013-3", "11,000-12,000 sent against about 10,000 remaining, a year apart"],
           ["011-3", "013-3", "11,000-12,000 sent against about 10,000 remaining, months apart"]]
        + pairs("011-4", ["001-1", "001-2", "003-1", "007-1", "011-3", "013-3", "013-4"], ADD)
        + pairs("013-4", ["001-1", "001-2", "001-3", "003-1", "007-1", "011-3", "013-3"], ADD)
        # casualties
        + [["007-2", "004-1", "Zelensky's more than 3,000 restated in the fact-check against JCS's 1,100 (already told)"],
           ["007-4", "005-1", "JCS's roughly 1,100 restated in the fact-check against Zelensky's more than three thousand (already told)"],
           ["008-1", "004-1", "more than 3,000 (NIS, Jan 13) against about 1,100 (JCS, Dec 23), three weeks apart, a rising total"],
           ["008-1", "007-4", "more than 3,000 (NIS, Jan 13) against about 1,100 (JCS, Dec 23), three weeks apart, a rising total"]]
        + pairs("007-7", ["004-1", "005-1", "007-2", "007-4", "008-1", "011-1", "011-6", "012-1"],
                "several hundred (US official, Dec 16, vague) against a later or larger figure")
        + pairs("007-3", ["004-1", "005-1", "007-2", "007-4", "007-7", "008-1", "011-1", "011-6", "012-1"], PART)
        + pairs("004-1", ["011-1", "011-6", "012-1"], "about 1,100 (Dec 2024) against 4,000-4,700 (Feb-Jun 2025), months apart")
        + pairs("007-4", ["011-1", "011-6", "012-1"], "about 1,100 (Dec 2024) against 4,000-4,700 (Feb-Jun 2025), months apart")
        + [["011-6", "011-1", "close to 4,000 (HUR, Feb) against about 4,700 (NIS, Apr 30), months apart, a rising total"],
           ["011-6", "012-1", "close to 4,000 (HUR, Feb) against about 4,700 (NIS), months apart, a rising total"],
           ["009-2", "011-2", "Ukraine's losses in one day against the eight-month total: a part against the whole"]]
        # killed
        + pairs("008-2", ["011-5", "012-2", "013-1", "013-2", "013-5"], "about 300 (Jan) against a later figure or a part, months apart")
        + pairs("009-3", ["011-5", "012-2", "013-1", "013-2", "013-5"], "about 300 (Jan) against a later figure or a part, months apart")
        + pairs("009-1", ["011-5", "012-2", "013-2"], "more than a thousand (HUR, Jan) against about 600 (NIS, Apr), months apart")
        + pairs("013-1", ["011-5", "012-2", "013-2"], "about 2,000 (Sep) up from about 600 (Apr): a rising total")
        + pairs("013-5", ["004-2", "007-5", "009-1", "011-5", "012-2", "013-1", "013-2"], PART)
        # wounded
        + pairs("004-3", ["008-3", "009-4"], "nearly 1,000 (Dec 19) against about 2,700 (Jan 13), weeks apart, a rising total")
        + pairs("007-6", ["008-3", "009-4"], "nearly 1,000 (Dec 19) against about 2,700 (Jan 13), weeks apart, a rising total")
    ),
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
