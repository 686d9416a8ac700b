#!/usr/bin/env python3
"""Gold labels for testdata/blind332 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind332/articles: fifteen articles written in our own words about the "
         "real story's known reporting and labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field and how a system's output is scored.")

NK, RU, UA = "north_korea", "russia", "ukraine"

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency",
       "South Korean intelligence", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
PENT = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "Defense Department",
        "United States", "US", "U.S."]
BLINKEN = ["Antony Blinken", "Blinken", "US Secretary of State", "State Department", "United States",
           "US", "U.S.", "Washington"]
BUDANOV = ["Kyrylo Budanov", "Budanov", "Ukraine's military intelligence", "military intelligence",
           "HUR", "Ukraine", "Kyiv"]
ZELENSKY = ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine", "Kyiv"]
HUR = ["Defence Intelligence", "Ukraine's Defence Intelligence", "HUR", "Ukrainian intelligence",
       "Ukraine", "Kyiv"]
SSO = ["Ukraine's special operations forces", "special operations forces", "SSO", "Ukraine", "Kyiv"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang", "Kim Jong Un"]
RUMOD = ["Russian Defense Ministry", "Russian Defence Ministry", "Defense Ministry", "Ministry of Defense",
         "Russian MoD", "Russia", "Moscow", "TASS"]
UNATTR = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 12000, None, "up_to", NIS,
         "is sending up to 12,000 soldiers in all", False),
        # the first contingent: a part of the whole
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special operations personnel was shipped", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", PENT,
         "North Korea has sent roughly 10,000 soldiers to eastern Russia for training", False),
        # South Korea's figure, relayed in a reporter's question
        ("troops", NK, 3000, None, "about", NIS,
         "roughly three thousand North Korean soldiers had arrived in Russia so far", False),
        ("troops", NK, 2000, 5000, "vague", PENT,
         "A portion of them, a few thousand, have already moved closer to Ukraine", True),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", NIS_LEE,
         "About 1,100 North Korean soldiers have been killed or wounded fighting Ukrainian forces in Russia's Kursk region", False),
        ("killed", NK, 100, None, "about", NIS_LEE, "about 100 were killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE, "some 1,000 were wounded", False),
        ("troops", NK, 11000, None, "about", UNATTR, "The North's roughly 11,000-strong contingent", False),
    ],
    "005": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 of the soldiers had been moved to the Kursk region", False),
        ("troops", NK, 11000, None, "exact", BUDANOV,
         "11,000 North Korean troops were now in Kursk", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZELENSKY,
         "have already passed 3,000 killed and wounded", False),
        # three days of fighting near three villages: a part
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
        ("troops", NK, 11000, 12000, "range", HUR,
         "Pyongyang has between 11,000 and 12,000 troops in the Kursk region", False),
    ],
    "007": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "an estimated 300 North Korean soldiers have died", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "2,700 have been wounded", False),
        ("captured", NK, 2, None, "exact", ZELENSKY,
         "the two North Korean soldiers its forces captured in Kursk", False),
        ("killed", NK, 24, 99, "vague", SSO, "the bodies of dozens of North Korean soldiers", True),
    ],
    "010": [
        ("troops", NK, 3000, None, "about", JCS, "an additional 3,000 or so soldiers", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the roughly 11,000 troops Pyongyang had dispatched last year", False),
        ("casualties", NK, 4000, None, "about", JCS, "about 4,000 have been killed or wounded", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "the North's losses had climbed to some 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS_LEE, "around 600 of them deaths", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "the North has sent roughly 15,000 troops to Russia in total", False),
    ],
    "012": [
        ("casualties", UA, 76000, None, "more_than", RUMOD,
         "the Ukrainian Armed Forces had lost more than 76,000 servicemen", False),
    ],
    "014": [
        # one engineering regiment's dead: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA, "nine of its members were killed during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers were estimated to have been killed", False),
        ("troops", NK, 10000, None, "about", NIS,
         "around 10,000 troops remained stationed in the Kursk border area", False),
    ],
}

NOT = {
    "000": ["four brigades", "Four Russian landing ships and three escort vessels", "more than 13,000 containers",
            "in their early 20s", "up 4.6 pct in first 10 days of October", "9.1 tln won", "1st solo album"],
    "002": ["170mm guns", "around $2,000 a month", "before January 20", "$1.5 billion drone contract",
            "381-ship goal", "$25 billion boost"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled howitzers",
            "the 300-seat National Assembly", "2 cargo planes", "has 180 days to rule", "0 / 1000"],
    "005": ["every 30 North Korean soldiers", "around $2,000 a month", "since 1953", "62 drones"],
    "006": ["8th Special Operations Forces Regiment", "95th Separate Air Assault Brigade",
            "another 1,520 soldiers", "21 of 35 Russian drones", "for 6 months", "8 more air defense systems"],
    "007": ["aged 26", "a 20-year-old", "110 drones and four ballistic missiles", "58 of the drones",
            "a further 50", "an extra €3bn"],
    "010": ["around 220 pieces", "170-mm self-propelled artillery", "about 1,300 square km (500 square miles)",
            "Nikkei falls 1.8%", "drop 0.3%"],
    "011": ["around $20 billion", "89.8% of vote", "150 won"],
    "012": ["1,000 sappers", "5,000 military construction workers", "one thousand sappers",
            "five thousand military builders", "over 400 tanks", "more than 300 infantry fighting vehicles",
            "Article 4", "Over 100 Ukrainian drones"],
    "014": ["1,000 deminers", "5,000 military construction workers", "roughly 120 days", "down 1.4%"],
}

OFF = ["001", "004", "009", "013"]
DUP = {"008": "010"}

conflicts = {
    "must": [
        ["003-1", "006-1", "about 1,100 casualties (South Korea's NIS, Dec 19) against more than 3,000 "
                           "killed and wounded (Zelensky, Dec 23), four days apart"],
        ["005-1", "005-2", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Budanov), "
                           "within one article, days apart"],
    ],
    "may": [],  # filled below
}

MAY = [
    # troops in the autumn of 2024: a deployment still under way, counted at different moments
    ["002-1", "002-2", "about 10,000 sent (Pentagon) against roughly three thousand arrived (NIS, a week earlier); the deployment was still under way"],
    ["002-2", "005-1", "three thousand arrived (NIS, late October) against about 8,000 in Kursk (Blinken) a week or so later, while troops kept arriving"],
    ["002-2", "005-2", "three thousand arrived (NIS, late October) against 11,000 in Kursk (Budanov) a week or so later"],
    ["002-1", "005-2", "about 10,000 in Russia (Pentagon) against 11,000 in Kursk (Budanov) nine days later"],
    ["002-2", "003-4", "three thousand (October) against 11,000 (December), seven weeks apart"],
    ["002-2", "006-3", "three thousand (October) against 11,000-12,000 (December), eight weeks apart"],
    ["002-1", "003-4", "about 10,000 (October) against 11,000 (December)"],
    ["002-1", "006-3", "about 10,000 (October) against 11,000-12,000 (December)"],
    ["003-4", "005-1", "11,000 (December) against about 8,000 in Kursk (early November), six weeks apart"],
    ["005-1", "006-3", "about 8,000 in Kursk (November) against 11,000-12,000 in Kursk (late December), seven weeks apart"],
    # months apart, or counting the 2025 reinforcements
    ["002-2", "010-2", "three thousand arrived (October 2024) against the 11,000 sent in 2024 (March 2025)"],
    ["002-2", "011-3", "months apart, and 15,000 counts the reinforcements"],
    ["002-2", "014-3", "more than a year apart"],
    ["002-1", "010-2", "about 10,000 (October 2024) against 11,000 sent last year (March 2025)"],
    ["002-1", "011-3", "months apart, and 15,000 counts the reinforcements"],
    ["005-1", "010-2", "months apart"],
    ["005-1", "011-3", "months apart, and 15,000 counts the reinforcements"],
    ["005-1", "014-3", "more than a year apart"],
    ["005-2", "011-3", "months apart, and 15,000 counts the reinforcements"],
    ["003-4", "011-3", "months apart, and 15,000 counts the reinforcements"],
    ["006-3", "011-3", "months apart, and 15,000 counts the reinforcements"],
    ["000-1", "011-3", "up to 12,000 planned in October 2024 against 15,000 sent in all by April 2025, with reinforcements"],
    ["010-2", "011-3", "11,000 sent in 2024 against 15,000 in total counting the 2025 reinforcements"],
    ["011-3", "014-3", "15,000 sent in all (April) against 10,000 still stationed (September estimate)"],
    # the 2025 reinforcements: "an additional" force
    ["010-1", "010-2", "an additional 3,000 against the 11,000 sent the year before"],
    ["002-1", "010-1", "an additional 3,000 in 2025"],
    ["002-2", "010-1", "an additional 3,000 in 2025 against three thousand arrived in October 2024 (equal values)"],
    ["003-4", "010-1", "an additional 3,000"],
    ["005-1", "010-1", "an additional 3,000"],
    ["005-2", "010-1", "an additional 3,000"],
    ["006-3", "010-1", "an additional 3,000"],
    ["000-1", "010-1", "an additional 3,000"],
    ["010-1", "011-3", "an additional 3,000 against 15,000 in all"],
    ["010-1", "014-3", "an additional 3,000 against 10,000 still stationed"],
    # cumulative tolls months apart (or a month apart, from two different South Korean bodies)
    ["003-1", "010-3", "about 1,100 casualties (December) against about 4,000 (March), months apart"],
    ["003-1", "011-1", "about 1,100 casualties (December) against about 4,700 (April), months apart"],
    ["010-3", "011-1", "about 4,000 casualties (JCS, March) against about 4,700 (NIS, April), a month apart"],
    ["003-2", "011-2", "about 100 killed (December) against about 600 (April)"],
    ["003-2", "014-2", "about 100 killed (December 2024) against about 2,000 (September 2025)"],
    ["007-1", "011-2", "about 300 killed (January) against about 600 (April)"],
    ["007-1", "014-2", "about 300 killed (January) against about 2,000 (September)"],
    ["011-2", "014-2", "about 600 killed (April) against about 2,000 (September)"],
]
conflicts["may"] = MAY

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
