#!/usr/bin/env python3
"""Gold labels for testdata/blind626 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind626: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025), labelled blind. Same schema as "
         "testdata/corpus/gold.json; see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
HUR = ["Ukrainian military intelligence", "military intelligence", "HUR", "Defence Intelligence of Ukraine", "Ukraine", "Ukrainians"]
US = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "Defense Department", "United States", "U.S."]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS_LEE,
         "North Korea has moved roughly three thousand soldiers to Russia so far", False),
        ("troops", "north_korea", 1500, None, "about", NIS_LEE,
         "the first contingent of about 1,500 troops crossed to Russia's Far East", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, None, "about", US,
         "North Korea has sent approximately 10,000 soldiers in total to train in eastern Russia", False),
        ("troops", "north_korea", 12000, None, "about", HUR,
         "Their military intelligence is talking about some 12,000 North Korean troops in Russia", False),
        ("troops", "north_korea", 500, None, "exact", HUR,
         "including 500 officers", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
    ],
    "004": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "the Joint Chiefs of Staff said roughly 1,100 North Korean soldiers had been killed or wounded", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean troops had died", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "around 1,000 had been wounded", False),
        ("troops", "north_korea", 11000, None, "about", ["Seoul", "South Korea", "National Intelligence Service", "NIS"],
         "The North Korean force in Kursk, which Seoul puts at some 11,000 troops", False),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "2,700 wounded in fighting against Ukrainian forces in Russia's Kursk region", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "two North Korean soldiers had been taken prisoner by Ukraine", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "Pyongyang has sent about 11,000 troops to Russia since October", False),
    ],
    "008": [
        ("troops", "north_korea", 11000, 12000, "range",
         ["Western and South Korean intelligence", "Western intelligence", "South Korean intelligence", "South Korea"],
         "Western and South Korean intelligence estimate the contingent at between 11,000 and 12,000 men", False),
        ("casualties", "north_korea", 4000, None, "about", NIS,
         "the North Korean contingent had suffered roughly four thousand casualties", False),
        ("troops", "north_korea", 3000, None, "about", NIS + ["the agency"],
         "Around 3,000 more soldiers reached Russia in January and February", False),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "including roughly 600 deaths", False),
        ("killed", "north_korea", 1000, None, "more_than", HUR + ["Kyiv", "military intelligence agency"],
         "more than 1,000 North Korean soldiers had been killed in the Kursk region", False),
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "general staff", "Russia"],
         "Ukraine had lost more than 76,000 troops there since August", False),
    ],
    "011": [
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "Thousands of North Korean combat troops fought there last winter", True),
    ],
    "012": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["lawmakers"],
         "About 2,000 of the North Korean soldiers sent to fight for Russia have been killed", False),
        ("troops", "north_korea", 14000, None, "about",
         ["South Korean and Ukrainian estimates", "South Korea", "Ukraine", "South Korean estimates", "Ukrainian estimates"],
         "North Korea has sent about 14,000 troops to Russia in total", False),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact",
         ["Kim Jong Un", "KCNA", "Korean Central News Agency", "state media", "North Korea"],
         "nine of its soldiers died on the mission", False),
        ("troops", "north_korea", 10000, None, "more_than", ["unattributed"],
         "North Korea sent more than 10,000 combat troops to help Russia repel Ukraine's cross-border incursion into Kursk", False),
        ("troops", "north_korea", 2000, 9999, "vague", NIS,
         "several thousand North Korean military builders have since arrived in the region", True),
    ],
}

NOT = {
    "000": ["The number is expected to reach 10,000 by December", "roughly 100 Russian military terms",
            "paras 6-8", "parts of 2 inter-Korean roads", "3 officials say", "KOSPI 2,599.62",
            "Facebook (214)"],
    "002": ["around $400 million", "155mm artillery rounds", "2:31 p.m.", "24th Meeting", "Comments (12)"],
    "003": ["injuring nine people, including a 14-year-old girl", "at least 30 cars", "47 Russian assaults",
            "188 combat clashes", "up to four hours", "15,000+ members", "$5 a month", "over 1,400 glide bombs"],
    "004": ["about 40 kilometers wide", "for 6 years", "Dec. 3 martial law", "1,480 per dollar",
            "5 days a week"],
    "006": ["One of the men is 20 and the other 26", "one of 11 countries", "flew 1,100 km",
            "60th anniversary"],
    "008": ["10 numbers that explain", "six months under Ukrainian control", "€5 a month"],
    "009": ["170-mm self-propelled guns", "240-mm multiple rocket launchers", "KOSPI 2,556.61",
            "Brent $63.25", "Updated 2 hours ago"],
    "011": ["1,000 military deminers", "5,000 military construction workers", "11th straight month",
            "4 in 10 Koreans"],
    "012": ["6 August 2024", "26 April 2025", "3.8%, highest in 18 months", "up to 4.6%"],
    "014": ["about 120 days", "December 13, 2025", "01:58"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"007": "006"}

conflicts = {
    "must": [
        ["003-1", "004-1", "more than 3,000 casualties (Zelensky, Dec 23) against about 1,100 (South Korea's JCS, "
                           "same Monday), reported four days apart"],
        ["009-2", "009-3", "about 600 killed (NIS) against more than 1,000 killed (Ukraine's military intelligence), "
                           "same month, same article"],
    ],
    "may": [
        # troops: a deployment still arriving in October 2024, estimates months apart, 'additional' forces
        ["000-1", "002-1", "3,000 (NIS, Oct 23) against about 10,000 (Pentagon, Oct 28): a force still arriving; "
                           "the NIS itself expected 10,000 by December"],
        ["000-1", "002-2", "3,000 (NIS) against some 12,000 (Ukraine) five days later, force still arriving"],
        ["000-1", "004-4", "3,000 in October against 11,000 two months later"],
        ["000-1", "006-4", "3,000 in October against 11,000 in January"],
        ["000-1", "008-1", "3,000 in October against 11,000-12,000 in February"],
        ["000-1", "012-2", "3,000 in October 2024 against 14,000 in total, September 2025"],
        ["000-1", "014-2", "3,000 in October 2024 against more than 10,000 (late 2024), written December 2025"],
        ["002-1", "002-2", "approximately 10,000 (Pentagon) against some 12,000 (Ukraine), close approximate estimates"],
        ["002-1", "004-4", "about 10,000 in October against about 11,000 two months later"],
        ["002-1", "006-4", "about 10,000 in October against about 11,000 in January"],
        ["002-1", "008-1", "about 10,000 in October against 11,000-12,000 in February"],
        ["002-1", "012-2", "about 10,000 in October 2024 against 14,000 in total in September 2025"],
        ["002-1", "014-2", "about 10,000 against more than 10,000, a year apart"],
        ["002-2", "004-4", "some 12,000 in October against some 11,000 in December"],
        ["002-2", "006-4", "some 12,000 in October against about 11,000 in January"],
        ["002-2", "012-2", "some 12,000 in October 2024 against 14,000 in total in September 2025"],
        ["004-4", "012-2", "11,000 in December 2024 against 14,000 in total (with reinforcements) in September 2025"],
        ["006-4", "012-2", "11,000 in January against 14,000 in total (with reinforcements) in September"],
        ["008-1", "012-2", "11,000-12,000 in February against 14,000 in total in September"],
        ["008-3", "008-1", "an additional 3,000 against the 11,000-12,000 contingent"],
        ["008-3", "002-1", "an additional 3,000 against a total of about 10,000"],
        ["008-3", "002-2", "an additional 3,000 against a total of some 12,000"],
        ["008-3", "004-4", "an additional 3,000 against a total of about 11,000"],
        ["008-3", "006-4", "an additional 3,000 against a total of about 11,000"],
        ["008-3", "012-2", "an additional 3,000 against a total of about 14,000"],
        ["008-3", "014-2", "an additional 3,000 against more than 10,000 in total"],
        # casualties: cumulative counts months apart
        ["004-1", "008-2", "about 1,100 (Dec 23) against about 4,000 (Feb 27), two months apart"],
        ["004-1", "009-1", "about 1,100 (Dec) against about 4,700 (Apr), four months apart"],
        ["008-2", "009-1", "the NIS's own cumulative count, 4,000 in February against 4,700 in April"],
        # killed: cumulative counts months apart
        ["006-1", "009-2", "the NIS's own count, about 300 in January against about 600 in April"],
        ["006-1", "009-3", "about 300 (NIS, January) against more than 1,000 (Ukraine, April)"],
        ["006-1", "012-1", "about 300 in January against about 2,000 in September"],
        ["009-2", "012-1", "about 600 in April against about 2,000 in September"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
