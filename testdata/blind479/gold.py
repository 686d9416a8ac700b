#!/usr/bin/env python3
"""Gold labels for testdata/blind479 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind479: fifteen articles written in our own words about the real story's "
         "known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "Seoul"]
HUR = ["Defense Intelligence", "HUR", "Ukrainian military intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "North Korea has moved around 1,500 special operations troops to Russia's Far East", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "exact", ["Kyrylo Budanov", "Budanov"] + HUR,
         "There are already eleven thousand North Korean servicemen in the Kursk region", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "the contingent includes about 500 officers", False),
        ("troops", "north_korea", 3, None, "exact", HUR,
         "three generals, among them Lt. Gen. Kim Yong Bok", False),
        ("troops", "north_korea", 200, 900, "vague", ["Andriy Yusov", "Yusov"] + HUR,
         "Hundreds of them have already been moved to positions close to the line of contact", True),
    ],
    "002": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "put the number of North Korean troops killed or wounded in the Kursk region at more than three thousand", False),
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
         "roughly 1,100 North Korean soldiers had been killed or wounded", False),
    ],
    "003": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Roughly 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "That brings the North's casualties to about 3,000", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Ukraine"],
         "Ukraine had captured two North Korean soldiers", False),
        ("troops", "north_korea", 11000, None, "about", NIS + ["Lee Seong-kweun"],
         "the roughly 11,000 North Korean troops sent to Russia", False),
    ],
    "004": [
        ("killed", "north_korea", 1000, None, "more_than",
         ["Oleksandr Syrskyi", "Syrskyi", "Armed Forces of Ukraine", "Ukraine"],
         "More than a thousand of them have already been killed", False),
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces had taken two North Korean soldiers prisoner in Kursk Oblast", False),
    ],
    "005": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has sent some three thousand additional soldiers to Russia", False),
        ("troops", "north_korea", 11000, 12000, "range", ["unattributed"],
         "Pyongyang's first contingent, estimated at between 11,000 and 12,000 soldiers", False),
    ],
    "008": [
        ("troops", "north_korea", 14000, None, "about",
         ["South Korea's military", "South Korea", "Seoul", "Joint Chiefs of Staff"],
         "Pyongyang is believed to have sent around 14,000 soldiers to Russia in two waves", False),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Park Sun-won"],
         "about 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["Park Sun-won"],
         "around 600 of them fatally", False),
        ("casualties", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
         "the agency's January estimate of some 3,000 casualties", False),
        ("killed", "north_korea", 300, None, "about", NIS + ["Park Sun-won"],
         "including about 300 dead", False),
    ],
    "011": [
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "Thousands of North Korean soldiers fought alongside Russian troops", True),
    ],
    "013": [
        ("troops", "north_korea", 14000, 15000, "range", NIS,
         "North Korea has sent between 14,000 and 15,000 combat troops to Russia", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Britain's Defence Ministry", "Defence Ministry", "Ministry of Defence", "Britain", "UK"],
         "North Korea had suffered more than 6,000 casualties", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "The two soldiers captured by Ukraine in January", False),
    ],
}

NOT = {
    "000": ["The total could eventually reach some 12,000 troops, or four brigades",
            "as many as 10,000 soldiers", "four Russian amphibious ships and three escort vessels",
            "between Oct. 8 and 13", "0.25 percentage point to 3.25 pct", "over 530,000 copies sold in 6 days",
            "7.5 pct in first 10 days of October"],
    "001": ["about $2,000 a month", "Russia Lost 1,300 Troops in a Single Day", "What 3 Years of Sanctions",
            "First Batch of 10 Patriot Interceptors", "1.4K shares", "87 comments", "from $5 a month"],
    "002": ["72 attack drones and five missiles", "49 drones were shot down", "about 300,000 households",
            "day 1,034", "Comments (1,284)", "31 December"],
    "003": ["1,500 km flight", "$683.8 billion", "KOSPI 2,489.56", "USD/KRW 1,472.20"],
    "004": ["aged 20 and 26", "within 5-7 km of the Ukrainian border", "5 guided aerial bombs: 3 injured",
            "at least 200,000 peacekeepers", "100-year partnership agreement"],
    "005": ["240mm multiple rocket launchers", "170mm self-propelled guns", "January 13, 2025"],
    "008": ["5,000-ton destroyer", "2% of GDP target by fiscal 2027", "June 19, 2024", "April 26, 2025"],
    "009": ["28 trillion won ($20 billion)", "5,000-ton destroyer", "first time in 9 years",
            "10th straight week", "within 5 years"],
    "011": ["1,000 sappers", "5,000 military construction workers",
            "Key Rate to 20%", "135M Tons", "from just $2"],
    "013": ["since October 2024", "August 2024"],
}

OFF = ["007", "010", "012", "014"]
DUP = {"006": "005"}

conflicts = {
    "must": [
        ["002-1", "002-2", "more than 3,000 killed and wounded (Zelensky) against roughly 1,100 (South Korea's JCS), "
                           "in the same live blog on the same day"],
        ["003-1", "004-1", "about 300 killed (South Korea's NIS, 13 Jan 2025) against more than a thousand killed "
                           "(Syrskyi, 16 Jan 2025), three days apart"],
    ],
    "may": [
        # troops: a first batch, an additional force, or totals months apart as the deployment grew
        ["000-1", "001-1", "1,500 in the first batch (18 Oct) against 11,000 in Kursk three weeks later: the deployment grew"],
        ["000-1", "003-5", "1,500 first batch in October against about 11,000, three months later"],
        ["000-1", "005-1", "1,500 first batch against some 3,000 reinforcements: different waves"],
        ["000-1", "005-2", "1,500 first batch against the first contingent of 11,000-12,000, months later"],
        ["000-1", "008-1", "1,500 first batch against about 14,000 in all, six months later"],
        ["000-1", "013-1", "1,500 first batch against 14,000-15,000 in all, a year later"],
        ["001-1", "005-1", "11,000 against an additional 3,000"],
        ["003-5", "005-1", "about 11,000 against an additional 3,000"],
        ["005-2", "005-1", "first contingent of 11,000-12,000 against an additional 3,000 in the same article"],
        ["001-1", "008-1", "11,000 (Nov 2024) against about 14,000 in two waves (Apr 2025)"],
        ["003-5", "008-1", "about 11,000 (Jan 2025) against about 14,000 in two waves (Apr 2025)"],
        ["005-2", "008-1", "first contingent of 11,000-12,000 against about 14,000 in two waves"],
        ["005-1", "008-1", "an additional 3,000 against about 14,000 in all"],
        ["001-1", "013-1", "11,000 (Nov 2024) against 14,000-15,000 in all (Dec 2025)"],
        ["003-5", "013-1", "about 11,000 (Jan 2025) against 14,000-15,000 in all (Dec 2025)"],
        ["005-2", "013-1", "first contingent of 11,000-12,000 against 14,000-15,000 in all"],
        ["005-1", "013-1", "an additional 3,000 against 14,000-15,000 in all"],
        # casualties: cumulative figures weeks or months apart
        ["002-2", "003-3", "about 1,100 (23 Dec) against about 3,000 (13 Jan): a cumulative figure three weeks later"],
        ["002-1", "003-3", "more than 3,000 against about 3,000: close to the bound"],
        ["002-2", "009-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025)"],
        ["003-3", "009-1", "about 3,000 (Jan) against about 4,700 (Apr): a later rise, an update by the same agency"],
        ["002-2", "009-3", "about 1,100 (Dec 2024) against the January estimate of 3,000 restated in April"],
        ["002-1", "009-3", "more than 3,000 against about 3,000: close to the bound"],
        ["002-2", "013-3", "about 1,100 (Dec 2024) against more than 6,000 (Sep 2025)"],
        ["003-3", "013-3", "about 3,000 (Jan 2025) against more than 6,000 (Sep 2025)"],
        ["009-1", "013-3", "about 4,700 (Apr 2025) against more than 6,000 (Sep 2025)"],
        ["009-3", "013-3", "about 3,000 (January) against more than 6,000 (Sep 2025)"],
        # killed: cumulative figures months apart
        ["003-1", "009-2", "about 300 (Jan) against about 600 (Apr): a later rise, an update by the same agency"],
        ["004-1", "009-2", "more than 1,000 (Syrskyi, Jan) against about 600 (NIS, Apr), months apart"],
        ["004-1", "009-4", "more than 1,000 (Syrskyi, Jan) against the NIS January figure of 300 restated in April"],
        ["003-1", "013-2", "about 300 (Jan 2025) against about 2,000 (Sep 2025)"],
        ["009-2", "013-2", "about 600 (Apr 2025) against about 2,000 (Sep 2025)"],
        ["009-4", "013-2", "about 300 (January) against about 2,000 (Sep 2025)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
