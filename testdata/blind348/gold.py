#!/usr/bin/env python3
"""Labels for blind348 (written blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("blind348: 15 articles written in our own words about North Korean troops in Russia's Kursk "
         "region (October 2024 - September 2025), labelled blind; same schema as testdata/corpus/gold.json")

NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service", "spy agency",
       "South Korea", "Seoul"]
NIS_PARK = NIS + ["Park Sun-won"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Kyiv"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS_PARK,
         "North Korea has sent roughly 3,000 troops to Russia so far", False),
        ("troops", "north_korea", 1500, None, "exact", NIS_PARK,
         "the 1,500 special operations troops that the spy agency said last Friday had been ferried from the North's eastern ports to Vladivostok", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", "north_korea", 500, None, "about",
         ["Defence Intelligence", "Ukraine's Defence Intelligence", "HUR", "Ukraine"],
         "the contingent included around 500 officers", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea's Joint Chiefs of Staff", "South Korea"],
         "North Korean soldiers fighting for Russia have suffered an estimated 1,100 casualties in clashes with Ukrainian troops in Russia's Kursk region", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "some 1,000 wounded", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 12000, None, "up_to", ["unattributed"],
         "Pyongyang is believed to have sent up to 12,000 soldiers to Russia this autumn", False),
    ],
    "006": [
        ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrainian forces"],
         "Ukrainian forces had captured two North Korean soldiers", False),
        ("troops", "north_korea", 10000, 12000, "range", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "between 10,000 and 12,000 North Korean soldiers were sent to Russia last autumn", False),
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "about 300 North Koreans had been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "roughly 3,000 casualties in all", False),
        ("casualties", "north_korea", 4000, None, "more_than",
         ["HUR", "Ukrainian military intelligence directorate", "military intelligence", "Ukraine"],
         "more than 4,000 North Korean soldiers have been killed or wounded since the first clashes in November", False),
    ],
    "007": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Chief of the General Staff", "Russia"],
         "the enemy's losses during the Kursk adventure exceeded 76,000 servicemen", False),
    ],
    "008": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "North Korea has suffered around 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "including some 600 dead", False),
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "the North had dispatched some 15,000 troops in all", False),
        ("troops", "north_korea", 3000, None, "about", NIS_LEE,
         "some three thousand reinforcements sent in January and February", False),
    ],
    "010": [
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Defence Intelligence", "Britain's Defence Intelligence", "UK Ministry of Defence", "Ministry of Defence",
          "Britain", "UK", "United Kingdom"],
         "North Korean units in the Kursk region have likely sustained more than 6,000 casualties", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "Pyongyang began sending thousands of soldiers to Russia last October", True),
    ],
    "012": [
        ("troops", "north_korea", 11000, 12000, "range", ["South Korean and Western estimates", "South Korea", "Western"],
         "the number of troops North Korea sent to Russia last year at 11,000-12,000", False),
    ],
    "014": [
        ("killed", "north_korea", 2000, None, "about", NIS_LEE,
         "about 2,000 North Korean soldiers have been killed in the fighting", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "the roughly 600 it reported in April", False),
        ("troops", "north_korea", 2000, 9999, "vague", NIS_LEE,
         "several thousand North Korean troops remain in Russia's border areas", True),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "Two North Korean soldiers captured by Ukraine in January", False),
    ],
}

NOT = {
    "000": ["the number is expected to climb to around 10,000 by December", "between Oct. 8 and 13",
            "four Russian naval transport ships", "two to three weeks of training", "in their early 20s",
            "Seoul stocks 2,599.62", "500,000 won in energy vouchers"],
    "002": ["a range of up to 300 kilometres", "60-mm mortars", "Russia lost 1,480 troops in Ukraine over past day",
            "Russians drop 8 guided bombs on Kharkiv overnight", "several hundred square kilometres", "2,145 views"],
    "003": ["240-millimeter multiple rocket launchers", "170-mm self-propelled guns", "four days after",
            "Seoul apartment prices rise for 38th straight week", "1,450 per dollar"],
    "004": ["59 Shahed-type drones", "Air defense shot down 31 of them", "28 drones were \"locally lost,\"",
            "for another 90 days", "It is the 14th time", "air defense active in nine oblasts", "$5 a month",
            "37 comments"],
    "006": ["born in 2005", "The other, 26,", "more than 100 ballistic missiles",
            "some 200 long-range artillery pieces", "one soldier about to be taken prisoner", "EUR 5.99/month"],
    "007": ["more than 7,000 pieces of weaponry and military hardware", "over 400 tanks", "Article 4 of the treaty",
            "August 6, 2024", "Russian Armed Forces eliminate over 1,230 Ukrainian troops in past day"],
    "008": ["170mm self-propelled guns", "240mm multiple rocket launchers", "around $20 billion", "August 2024",
            "hundreds of square kilometres"],
    "010": ["Date 03.05.2025", "28.04.2025", "27.04.2025"],
    "012": ["dispatch 6,000 military personnel", "1,000 deminers", "5,000 military construction workers",
            "less than two weeks", "Nikkei Average 38,536.74", "TOPIX 2,783.52"],
    "014": ["promised to send 6,000 military engineers and deminers", "a 1.2 million-strong army",
            "a 90-minute documentary", "Indonesia protests: 10 dead as unrest spreads", "Nikkei 225 43,018.75",
            "a five-year weapons plan"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"011": "008"}

conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed and wounded (Zelensky), both given on Dec 23 2024, reported a day apart"],
        ["006-5", "006-6", "roughly 3,000 casualties (NIS via Lee Seong-kweun) against more than 4,000 (Ukraine's HUR), the same day, in one article"],
        ["008-1", "010-1", "around 4,700 casualties (NIS, Apr 30 2025) against more than 6,000 (UK Defence Intelligence, May 2 2025), three days apart"],
    ],
    "may": [
        ["000-1", "002-1", "3,000 'so far' (Oct 23) against 11,000 two weeks later, while the deployment was still growing"],
        ["000-2", "002-1", "1,500 in the first shipment (Oct 18) against 11,000 in early November"],
        ["000-1", "006-2", "3,000 in October against 10,000-12,000 sent by January"],
        ["000-2", "006-2", "1,500 in October against 10,000-12,000 sent by January"],
        ["000-1", "008-3", "3,000 in October against 15,000 in all by April"],
        ["000-2", "008-3", "1,500 in October against 15,000 in all by April"],
        ["000-1", "012-1", "3,000 in October against 11,000-12,000 sent last year, eight months later"],
        ["000-2", "012-1", "1,500 in October against 11,000-12,000 sent last year, eight months later"],
        ["002-1", "008-3", "11,000 (Nov 2024) against 15,000 in all including reinforcements (Apr 2025)"],
        ["004-2", "008-3", "up to 12,000 (Dec 2024) against 15,000 including reinforcements (Apr 2025)"],
        ["006-2", "008-3", "10,000-12,000 (Jan 2025) against 15,000 including reinforcements (Apr 2025)"],
        ["012-1", "008-3", "11,000-12,000 sent last year against 15,000 in all including this year's reinforcements"],
        ["008-4", "000-2", "some 3,000 reinforcements in early 2025 against the 1,500 first shipped in October 2024"],
        ["008-4", "002-1", "some 3,000 reinforcements, an additional force, against 11,000 months earlier"],
        ["008-4", "006-2", "some 3,000 reinforcements, an additional force, against 10,000-12,000"],
        ["008-4", "012-1", "some 3,000 reinforcements, an additional force, against 11,000-12,000 sent last year"],
        ["003-1", "006-5", "1,100 casualties (JCS, Dec 23) against about 3,000 (NIS, Jan 13): a cumulative toll three weeks later"],
        ["003-1", "006-6", "1,100 casualties (Dec 23) against more than 4,000 (HUR, Jan 13)"],
        ["003-1", "008-1", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025)"],
        ["003-1", "010-1", "1,100 casualties (Dec 2024) against more than 6,000 (May 2025)"],
        ["004-1", "006-5", "more than 3,000 (Dec 23) against about 3,000 three weeks later: the bound is barely met"],
        ["006-5", "008-1", "about 3,000 casualties (Jan) against 4,700 (Apr), the NIS's own later count"],
        ["006-5", "010-1", "about 3,000 casualties (Jan) against more than 6,000 (May)"],
        ["003-3", "006-4", "about 1,000 wounded (Dec 19) against 2,700 (Jan 13), the NIS's own later count"],
        ["006-3", "008-2", "about 300 killed (Jan) against about 600 (Apr), the NIS's own later count"],
        ["006-3", "014-1", "about 300 killed (Jan) against about 2,000 (Sep)"],
        ["006-3", "014-2", "about 300 killed (Jan) against about 600 (Apr, restated in Sep)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
