#!/usr/bin/env python3
"""Gold labels for testdata/blind503 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind503: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025). See testdata/corpus/README.md for the "
         "meaning of every field and how a system's output is scored.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
ZEL = ["Zelenskyy", "Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelensky", "Ukraine"]
PENT = ["Pentagon", "Defense Department", "Sabrina Singh", "United States", "U.S.", "US"]
HUR = ["HUR", "military intelligence", "Ukrainian intelligence", "Ukraine"]

A = {
    "000": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Some 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "about 2,700 wounded since Pyongyang's troops joined the fighting", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two soldiers from North Korea in the Kursk region", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "about", ZEL,
         "Some 11,000 North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", NK, 8000, None, "about", PENT,
         "about 8,000 North Korean troops had arrived in the Kursk area", False),
        ("troops", NK, 10000, 12000, "range", PENT,
         "a force of between 10,000 and 12,000 that Pyongyang has sent to Russia", False),
        ("troops", NK, 500, None, "about", HUR,
         "the contingent includes some 500 officers", False),
    ],
    "003": [],
    "004": [
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea"],
         "put the losses suffered by the North Korean soldiers deployed in Russia at around 1,100 killed and wounded", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Of the estimated 11,000 soldiers sent by Kim Jong Un in October and November", False),
        ("troops", "russia", 50000, None, "about", ["Zelensky", "Mr Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Moscow, according to Mr Zelensky, had gathered some 50,000 troops", False),
    ],
    "006": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has shipped around 1,500 special operations troops to Russia's Far East", False),
    ],
    "007": [
        ("killed", NK, 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"],
         "nine of its soldiers died during the mission", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "Several thousand military builders are also believed to be working on reconstruction in Kursk", True),
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had been killed since the deployment began in autumn 2024", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi", "Oleksandr Syrskyi"],
         "North Korean soldiers fighting alongside Russian troops in Kursk Oblast have suffered more than 3,000 killed and wounded", False),
        ("casualties", NK, 200, 999, "vague", PENT,
         'North Korean forces had taken "hundreds" of casualties', True),
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded in fighting near the villages of Plekhovo, Vorobzha and Martynovka", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "Up to 12,000 North Korean troops have been sent to Russia", False),
    ],
    "011": [
        ("troops", NK, 11000, 12000, "range",
         ["Western and South Korean intelligence agencies", "Western intelligence", "South Korean intelligence", "South Korea"],
         "between eleven and twelve thousand North Korean soldiers arrived in Russia in October and November 2024", False),
        ("troops", NK, 3000, None, "about", NIS,
         "A second wave of about 3,000 followed in January and February", False),
        ("troops", NK, 15000, None, "about", NIS,
         "some 15,000 North Koreans have been sent", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "among them roughly 600 who died", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Ukraine captured two North Korean soldiers in January", False),
    ],
    "012": [
        ("troops", NK, 3000, None, "about", NIS,
         "sent around 3,000 additional soldiers to Russia since January", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 troops the North dispatched last autumn", False),
    ],
    "014": [
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers have been killed fighting Ukrainian forces in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 1,000 more have been wounded", False),
    ],
}

NOT = {
    "000": ["aged 20 and 26", "110 drones and four ballistic missiles", "58 drones were shot down",
            "48 others were", "Comments (1,087)"],
    "002": ["seven short-range ballistic missiles", "about 400 kilometers (250 miles)", "$425 million",
            "wounding 13"],
    "003": ["1,000 sappers and 5,000 military construction workers", "a thousand sappers for mine clearance",
            "5,000 military builders", "Article 4", "40 more specialists", "June 19, 2024"],
    "004": ["204 of the 300 members", "$2,000 a month per soldier", "11th Army Corps"],
    "006": ["Four Russian landing ships and three escort vessels", "more than 13,000 containers",
            "around 200,000 personnel", "2 dead, 5 injured", "11th Corps"],
    "007": ["528th Engineer Regiment", "120 days", "40th straight week"],
    "009": ["groups of 20 to 30 people", "injures 6", "more than 20,000 members"],
    "011": ["aged 20 and 26", "more than 1 million barrels of oil", "0.2% in the first quarter"],
    "012": ["about 200 long-range artillery pieces", "3.77 million", "June 2024"],
    "014": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "Jan. 20",
            "1,450 per dollar", "KOSPI 2,435.93"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"008": "012"}

first = "a first contingent of about 1,500 (NIS, mid-October 2024) against a later, larger count weeks or months on"
extra = "an additional force of about 3,000 (early 2025) against the first deployment's size"
total = "a total of about 15,000 including the 2025 reinforcements (April 2025) against the first deployment's size"
later = "about 8,000 in the Kursk area (early November 2024) against a larger count weeks or months later"

conflicts = {
    "must": [
        ["002-1", "002-2", "about 11,000 North Korean troops in Kursk (Zelenskyy) against about 8,000 in the Kursk area "
         "(the Pentagon), in the same article on the same day"],
        ["009-1", "004-1", "more than 3,000 North Korean casualties (Zelensky, Dec 23 2024) against around 1,100 "
         "(South Korea's JCS, Dec 23 2024), reported three days apart"],
    ],
    "may": [
        ["006-1", "002-1", first], ["006-1", "002-2", first], ["006-1", "002-3", first],
        ["006-1", "004-2", first], ["006-1", "012-2", first], ["006-1", "011-1", first],
        ["006-1", "011-3", first], ["006-1", "012-1", first], ["006-1", "011-2", first],
        ["002-2", "004-2", later], ["002-2", "012-2", later], ["002-2", "011-1", later],
        ["002-2", "011-3", later], ["002-2", "012-1", later], ["002-2", "011-2", later],
        ["002-1", "012-1", extra], ["002-3", "012-1", extra], ["004-2", "012-1", extra],
        ["012-2", "012-1", extra], ["011-1", "012-1", extra],
        ["002-1", "011-2", extra], ["002-3", "011-2", extra], ["004-2", "011-2", extra],
        ["012-2", "011-2", extra], ["011-1", "011-2", extra],
        ["002-1", "011-3", total], ["002-3", "011-3", total], ["004-2", "011-3", total],
        ["012-2", "011-3", total], ["011-1", "011-3", total], ["009-4", "011-3", total],
        ["012-1", "011-3", total], ["011-2", "011-3", total],
        ["004-1", "011-4", "around 1,100 casualties (JCS, December 2024) against about 4,700 (NIS, April 2025): "
         "a cumulative count four months later"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
