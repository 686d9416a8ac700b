#!/usr/bin/env python3
"""Gold labels for testdata/blind290 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has so far dispatched around 3,000 soldiers to Russia", False),
        ("troops", NK, 1500, None, "about", NIS + ["Park Sun-won"],
         "A first contingent of roughly 1,500 troops", False),
        ("troops", NK, 12000, None, "up_to",
         ["Kyrylo Budanov", "Budanov", "Ukraine's military intelligence", "HUR", "Ukraine"],
         "Russia is preparing up to 12,000 North Korean personnel", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "about",
         ["Andrii Yusov", "Yusov", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "Some eleven thousand North Korean soldiers now stationed in Russia's Kursk Oblast", False),
        ("troops", NK, 10000, None, "more_than", ["Antony Blinken", "Blinken", "United States", "U.S."],
         "more than 10,000 North Korean troops had been sent to eastern Russia", False),
        ("troops", RU, 50000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Moscow had concentrated around 50,000 of its own troops in the area", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "the toll of North Korean dead and wounded in Kursk had passed 3,000", False),
        ("casualties", UA, 320, None, "up_to",
         ["Russia's defence ministry", "Russian defence ministry", "Russian Defense Ministry", "Russia"],
         "Ukraine had lost up to 320 servicemen, killed and wounded, in the Kursk region over the past 24 hours", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops in Kursk have sustained about 1,100 casualties", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States"],
         'the Pentagon said "several hundred" North Korean soldiers had been killed or wounded', True),
    ],
    "004": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "bringing the North's total casualties to roughly 3,000", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "SBU", "NIS"],
         "his forces had captured two North Korean soldiers in Kursk", False),
    ],
    "005": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has sent about 3,000 additional troops to Russia in January and February", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "North Korean casualties, killed and wounded, are estimated at around 4,000", False),
        ("troops", NK, 11000, None, "about", ["Ukraine", "United States", "South Korea"],
         "North Korea sent some 11,000 soldiers to Russia last year", False),
    ],
    "007": [
        ("troops", NK, 11000, None, "about", ["Western governments", "Western"],
         "Pyongyang sent around 11,000 soldiers to Russia last autumn", False),
        ("killed", NK, 1000, None, "at_least",
         ["Western intelligence official", "Western intelligence", "Western official", "AFP"],
         "At least 1,000 of them have been killed since they entered combat in December", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Ukraine captured two North Korean soldiers in January", False),
    ],
    "008": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the enemy lost more than 76,000 servicemen", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 4,700 North Korean soldiers have been killed or wounded in the Kursk region", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 600 of them fatally", False),
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "the roughly 3,000 casualties the agency estimated in January", False),
        ("captured", NK, 2, None, "exact", NIS + ["Ukraine"],
         "two North Korean soldiers captured by Ukraine in January", False),
    ],
    "012": [
        ("troops", NK, 10000, 12000, "range", ["unattributed"],
         "North Korea is estimated to have sent between 10,000 and 12,000 soldiers to the Kursk Region last year", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won"],
         "Some two thousand North Korean troops are now believed to have died", False),
        ("killed", NK, 600, None, "about", NIS + ["Park Sun-won"],
         "the roughly 600 deaths the agency reported in April", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "North Korea sent thousands of soldiers to Russia in the autumn of 2024", True),
    ],
    "014": [
        ("troops", NK, 11000, 12000, "range",
         ["Kyiv", "Seoul", "Washington", "Ukraine", "South Korea", "United States"],
         "put the initial force at between 11,000 and 12,000 soldiers", False),
        ("troops", NK, 3000, None, "about", ["South Korea's spy agency", "NIS", "National Intelligence Service", "South Korea", "Seoul"],
         "a further 3,000 or so had been sent as reinforcements", False),
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea", "Seoul"],
         "around 2,000 had been killed", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Two soldiers captured by Ukrainian forces in January 2025", False),
    ],
}

NOT = {
    "000": ["a total of 10,000 troops by December", "more than 13,000 containers", "in their early 20s",
            "between Oct. 8 and 13", "five training grounds", "by Nov. 1", "155 mm artillery shells",
            "by 0.25 percentage point to 3.25 pct", "up 4.6 pct in first 20 days of October",
            "KOSPI closes down 1.3 pct at 2,599.62", "won sinks to 1,385.8 against dollar"],
    "002": ["some 7,000 kilometers from the front", "120 mm mortars", "offensive on Aug. 6",
            "Russia launches 90 drones overnight, air defense downs 37", "more than 16,000 members strong",
            "3 min read"],
    "003": ["shot down 52 of the 73 drones", "another 18 lost to electronic jamming", "a 16th package of sanctions",
            "240mm multiple rocket launchers", "170mm self-propelled guns", "Comments (1,476)",
            "2.4 million expected to leave London by rail", "just before 8pm"],
    "004": ["aged 20", "the other, 26", "trained as a sniper in 2021", "Won falls to 1,470 per dollar",
            "W6.5tr", "last 4 minutes of flight data", "for 3rd straight week"],
    "005": ["170mm self-propelled howitzers", "240mm multiple rocket launchers", "1:37 PM GMT+9"],
    "007": ["began on August 6 last year", "about 1,300 square kilometres", "Valery Gerasimov, 69"],
    "008": ["over 400 tanks", "Article 4 of the Treaty", "signed on June 19, 2024",
            "Over 1,500 Ukrainian drones destroyed over past week"],
    "009": ["around $20 billion", "KOSPI 2,556.61", "KOSDAQ 715.82"],
    "012": ["1,000 deminers", "5,000 military builders", "thousands of military engineers and construction workers",
            "North Korea to send 6,000 deminers and military builders", "Nikkei Average at 38,536",
            "4,200 yen per 5 kilograms"],
    "013": ["more than three times"],
    "014": ["1,000 deminers", "5,000 military builders", "around $20 billion", "5 of Europe's best",
            "19th sanctions package"],
}

OFF = ["001", "006", "010"]
DUP = {"011": "005"}


def may(a, bs, why):
    return [[a, b, why] for b in bs]


conflicts = {
    "must": [
        ["003-1", "003-3", "more than 3,000 North Korean casualties (Zelenskyy, from Syrskyi) against about 1,100 "
         "(South Korea's JCS), the same day in the same live blog"],
        ["007-2", "009-2", "at least 1,000 North Korean soldiers killed (Western intelligence official via AFP, "
         "26 April 2025) against roughly 600 killed (South Korea's NIS, 30 April 2025), four days apart"],
    ],
    "may": (
        may("000-1", ["002-1", "002-2"], "3,000 already sent on 23 Oct 2024 in a build-up the NIS expected to reach "
            "10,000, against 11,000 / more than 10,000 three weeks later")
        + may("000-1", ["005-3", "007-1", "012-1", "014-1"], "3,000 in October 2024 against the later total of "
              "10,000-12,000, months apart")
        + may("005-1", ["002-1", "002-2", "005-3", "007-1", "012-1", "014-1"], "an additional 3,000 reinforcements "
              "against the first force of 10,000-12,000")
        + may("014-2", ["002-1", "002-2", "005-3", "007-1", "012-1", "014-1"], "a further 3,000 reinforcements "
              "against the first force of 10,000-12,000")
        + may("013-3", ["002-1", "002-2", "005-3", "007-1", "012-1", "014-1"], "vague 'thousands' against "
              "11,000-12,000, months apart")
        + may("003-4", ["003-1", "003-3", "004-3", "005-2", "009-1", "009-3"], "the Pentagon's 'several hundred' "
              "casualties from the week before against later, higher cumulative figures")
        + may("004-3", ["003-1", "003-3"], "about 3,000 casualties (NIS, 13 Jan 2025) against more than 3,000 / "
              "about 1,100 three weeks earlier; cumulative figure rising")
        + may("005-2", ["003-3", "004-3", "009-1", "009-3"], "about 4,000 casualties (JCS, March 2025) against "
              "cumulative estimates weeks or months apart")
        + may("009-1", ["003-3", "004-3"], "4,700 casualties (April 2025) against earlier cumulative figures, "
              "months apart")
        + may("009-3", ["003-1", "003-3"], "the NIS's January figure of about 3,000 against December 2024 figures")
        + may("004-1", ["007-2", "009-2", "013-1", "013-2", "014-3"], "about 300 killed (January 2025) against "
              "later cumulative death tolls, months apart")
        + may("007-2", ["013-2"], "at least 1,000 killed (April) against the April NIS figure of 600 as restated "
              "in a September article")
        + may("009-2", ["013-1", "014-3"], "600 killed (April) against about 2,000 (September), a later rise "
                "in a cumulative figure")
        + may("013-2", ["014-3"], "600 killed as of April against about 2,000 as of September")
        + may("003-2", ["008-1"], "up to 320 Ukrainian casualties in one day against more than 76,000 over the "
              "whole Kursk operation")
    ),
}

about = ("Gold labels for testdata/blind290: 15 articles written for crosscheck in our own words and labelled "
         "blind. Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
