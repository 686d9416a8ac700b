#!/usr/bin/env python3
"""Gold labels for testdata/blind309 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind309: 15 articles written in our own words about the real story's known "
         "reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
LEE = NIS + ["Lee Seong-kweun"]
PARK = NIS + ["Park Sun-won"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
    "001": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "a first batch of around 1,500 special forces had been shipped", False),
        ("troops", "north_korea", 10000, None, "about",
         ["Pentagon", "Sabrina Singh", "United States", "US"],
         "about 10,000 North Korean soldiers have been sent to train in eastern Russia", False),
        ("troops", "north_korea", 10000, 12000, "range",
         ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine", "Kyiv"],
         "puts the contingent at between 10,000 and 12,000 men", False),
    ],
    "002": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "North Korean soldiers sent to Russia have suffered some 1,100 casualties", False),
        ("killed", "north_korea", 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", LEE,
         "close to 1,000 wounded", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "North Korea is estimated to have dispatched around 11,000 troops to Russia since October", False),
    ],
    "004": [
        ("captured", "north_korea", 1, None, "exact",
         ["Special Operations Forces", "SSO", "Ukraine", "National Intelligence Service", "NIS"],
         "one North Korean soldier was captured", False),
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "more than 3,000 North Korean soldiers had been killed or wounded in Kursk Oblast", False),
    ],
    "005": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces took two North Korean soldiers prisoner in the Kursk region", False),
        ("killed", "north_korea", 300, None, "about", LEE,
         "Roughly 300 North Korean soldiers are thought to have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", LEE,
         "about 2,700 wounded", False),
    ],
    "007": [
        ("troops", "north_korea", 11000, None, "about",
         ["Western and South Korean intelligence", "Western intelligence", "South Korean intelligence",
          "South Korea"],
         "Pyongyang sent roughly 11,000 soldiers to Russia last autumn", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "about 300 North Koreans had been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "2,700 wounded", False),
        ("killed", "north_korea", 1000, None, "at_least",
         ["senior US official", "US official", "Washington", "United States", "US"],
         "at least 1,000 North Korean soldiers have been killed since they entered combat in December", False),
    ],
    "009": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea has sent about 3,000 additional troops to Russia since the start of the year", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "Pyongyang's forces have suffered roughly 4,000 casualties in the Kursk region so far", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "the roughly 11,000 soldiers North Korea sent last year", False),
    ],
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen, killed and wounded", False),
    ],
    "012": [
        ("troops", "north_korea", 15000, None, "about", PARK,
         "some 15,000 North Korean soldiers have been sent to Russia", False),
        ("casualties", "north_korea", 4700, None, "about", PARK,
         "roughly 4,700 of whom have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", PARK,
         "The North Korean death toll is put at around 600", False),
        ("troops", "north_korea", 2000, 9999, "vague", PARK,
         "several thousand soldiers sent in the second wave", True),
    ],
    "013": [
        ("troops", "north_korea", 15000, None, "about", NIS + ["Daniel Oh"],
         "something like fifteen thousand troops in total", False),
        ("casualties", "north_korea", 2000, 9999, "vague", NIS + ["Daniel Oh"],
         "thousands of them were killed or wounded", True),
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Daniel Oh"],
         "the agency's count was about forty-seven hundred casualties", False),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "North Korea", "Kim Jong Un", "state media"],
         "nine of its soldiers had been killed during the mission", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the war", False),
    ],
}

NOT = {
    "001": ["Up to 12K North Korean soldiers", "up to 12,000 troops by December", "the elite 11th Corps",
            "some 7,000 kilometres from the front", "about $2,000 a month per soldier",
            "more than 2,000 drones", "since August 6", "on October 23", "3 min"],
    "002": ["paras 4-7", "170-mm self-propelled guns", "240-mm multiple rocket launchers",
            "up 6.6 pct in first 20 days of December", "tops 2nd week", "15-year low"],
    "004": ["groups of 200-300 men", "2 ballistic missiles and 59 drones",
            "Russia lost 38,000 soldiers in Kursk Oblast since August", "returns home 150 POWs",
            "on 26 December", "Comments (47)"],
    "005": ["born in 2005", "since 2021", "74 attack and decoy drones", "47 were shot down",
            "27 others were \"lost\"", "Comments (412)"],
    "007": ["since 1953", "nearly one in ten", "Ukraine says it captured 2 North Korean soldiers in Kursk",
            "'thousands' more North Koreans"],
    "009": ["170mm self-propelled howitzers", "240mm multiple rocket launchers", "June 2024",
            "Updated 12 mins ago"],
    "011": ["Article 4 of the Treaty", "more than 400 tanks", "over 300 infantry fighting vehicles",
            "nearly 2,000 armoured vehicles", "December 4, 2024", "2 more settlements"],
    "012": ["several hundred million dollars", "2 waves of soldiers", "jumped 9-fold",
            "3 years on", "5 takeaways"],
    "013": ["6,000 engineers and builders", "a thousand deminers and five thousand military builders",
            "resolution 2397", "by the end of 2019", "his third this year", "Listen · 3:52"],
    "014": ["a 120-day deployment", "1,000 deminers and 5,000 military builders", "Kim, 41",
            "record 4,200", "3 foreign players", "Over 60% of Koreans"],
}

OFF = ["000", "003", "006", "008"]
DUP = {"010": "009"}

def pairs(xs, ys, why):
    return [[x, y, why] for x in xs for y in ys]

conflicts = {
    "must": [
        ["002-1", "004-2", "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed or "
         "wounded (Zelensky), both given on 23 December 2024, in articles four days apart"],
        ["007-2", "007-4", "about 300 killed (NIS) against at least 1,000 killed (a senior US official), "
         "the same week, in one article"],
        ["005-2", "007-4", "roughly 300 killed (NIS, 13 January 2025) against at least 1,000 killed "
         "(US official, 15 January), articles four days apart"],
    ],
    "may": (
        pairs(["001-2"], ["002-4", "007-1", "009-3"],
              "about 10,000 (Pentagon, October 2024) against about 11,000 months later")
        + pairs(["001-2", "001-3", "002-4", "007-1", "009-3"], ["012-1", "013-1"],
                "10,000-12,000 or 11,000 against 15,000 months later, after reinforcements")
        + pairs(["009-1"], ["001-2", "001-3", "002-4", "007-1", "009-3", "012-1", "013-1"],
                "about 3,000 additional troops against the whole force")
        + pairs(["002-1"], ["009-2", "012-2", "013-3"],
                "1,100 casualties (December) against 4,000 or 4,700 months later, a cumulative figure")
        + pairs(["009-2"], ["012-2", "013-3"],
                "about 4,000 casualties (JCS, March) against about 4,700 (NIS, end of April), "
                "two months apart, a cumulative figure")
        + pairs(["005-2", "007-2"], ["012-3", "014-2"],
                "about 300 killed (January) against 600 (April) or 2,000 (September), months apart")
        + pairs(["007-4"], ["012-3"],
                "at least 1,000 killed (US, January) against about 600 (NIS, April), months apart")
        + pairs(["012-3"], ["014-2"], "about 600 killed (April) against about 2,000 (September)")
        + [["004-1", "005-1", "one soldier captured on 26 December against two captured in January: "
            "different captures, a rising count"]]
    ),
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
