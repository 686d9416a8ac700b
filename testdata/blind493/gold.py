#!/usr/bin/env python3
"""Gold labels for testdata/blind493 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind493 articles in articles/ (fifteen articles written in our own words "
         "and labelled blind). Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "spy agency",
       "Lee Seong-kweun", "Seoul"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "some three thousand more soldiers", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "an original contingent of about 11,000 troops", False),
    ],
    "002": [
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers have been killed", False),
        ("casualties", "north_korea", 1100, None, "about", NIS,
         "North Korean dead and wounded together had reached around 1,100", False),
        ("casualties", "north_korea", 200, 900, "vague", ["Pentagon", "United States", "US", "Washington"],
         "North Korean losses were in the several hundreds, dead and wounded combined", True),
    ],
    "003": [
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian soldiers have taken two North Korean servicemen prisoner", False),
    ],
    "005": [
        ("troops", "north_korea", 10000, None, "more_than",
         ["National Intelligence Service", "NIS", "South Korea", "Seoul"],
         "more than 10,000 North Korean troops were now in Russia", False),
        ("troops", "north_korea", 11000, 12000, "range",
         ["Kyrylo Budanov", "Budanov", "Ukraine's military intelligence", "HUR", "Ukraine", "Kyiv"],
         "The contingent numbers between 11,000 and 12,000", False),
        ("troops", "north_korea", 500, None, "about",
         ["Seoul", "South Korea", "National Intelligence Service", "NIS"],
         "roughly 500 of them are officers", False),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "some 2,700 wounded", False),
        ("killed", "north_korea", 1000, None, "more_than",
         ["Ukraine's military intelligence", "HUR", "Defence Intelligence of Ukraine", "Ukraine", "Kyiv"],
         "more than 1,000 North Koreans have died in the Kursk fighting", False),
        ("captured", "north_korea", 2, None, "exact", NIS,
         "two North Korean soldiers were captured by Ukrainian forces", False),
    ],
    "009": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "more than three thousand North Korean soldiers are already among the dead and wounded", False),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "some 4,700 soldiers killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including around 600 dead", False),
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russia", "Russian general staff", "Moscow"],
         "Ukraine had lost more than 76,000 troops killed and wounded", False),
    ],
    "011": [
        ("captured", "north_korea", 1, None, "exact",
         ["Special Operations Forces", "SSO", "Ukraine's special forces", "Ukraine", "Kyiv"],
         "captured one North Korean soldier in Russia's Kursk region", False),
        ("troops", "north_korea", 11000, None, "about", ["Kyiv", "Seoul", "Ukraine", "South Korea"],
         "About 11,000 North Korean soldiers have been sent to Russia", False),
        ("killed", "north_korea", 200, 900, "vague", ["Ukrainian officials", "Ukraine", "Kyiv"],
         "hundreds of the North Koreans have been killed", True),
    ],
    "012": [
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Some eleven thousand North Korean servicemen were sent to the Kursk region", False),
    ],
    "014": [
        ("killed", "north_korea", 2000, None, "about",
         ["National Intelligence Service", "NIS", "South Korea", "lawmakers"],
         "about 2,000 North Korean soldiers have been killed in Russia's service", False),
        ("wounded", "north_korea", 2000, 9999, "vague",
         ["National Intelligence Service", "NIS", "South Korea", "lawmakers"],
         "several thousand more wounded", True),
    ],
}

NOT = {
    "000": ["$5 Million 'Gold Card' Visas", "Bitcoin Slides Below $85,000", "1,445.10 per dollar",
            "about 220 pieces of artillery", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "several hundred million dollars a year"],
    "002": ["Oct. 8", "North Korean troops in Kursk may top 12,000 by next month",
            "Kospi closes at 2,435.93, down 1.95 percent"],
    "003": ["born in 2005", "aged 26", "since 2016", "74 Shahed-type attack drones", "shot down 47 of them",
            "27 were \"lost\" to electronic warfare", "four private houses", "$5 a month"],
    "005": ["6 August", "some 6,000km west by train", "more than 13,000 containers of munitions",
            "about $2,000 a soldier each month", "as many as 100,000 troops",
            "Russia fires 188 drones", "The 50 best TV shows of 2024"],
    "006": ["more than 100 ballistic missiles", "record 36.87 million foreign visitors in 2024"],
    "009": ["Day 1,034 of Russia's full-scale invasion", "1,100 glide bombs", "$0.99 for the first month",
            "Comments (32)"],
    "010": ["over the eight months of fighting", "Trump's first 100 days", "April 28, 2025"],
    "011": ["Zelensky says 3,000 North Korean troops killed or wounded in Kursk", "78 missiles on Christmas Day"],
    "012": ["1,000 sappers", "5,000 military builders", "one thousand deminers and five thousand military builders",
            "2 people wounded in drone attack on Rylsk", "USD 78.47", "June 19, 2024"],
    "014": ["1,000 deminers and 5,000 military construction workers", "late teens or early 20s", "Page 6",
            "Share full article 212", "Read 118 Comments"],
}

OFF = ["001", "004", "008", "013"]
DUP = {"007": "006"}

conflicts = {
    "must": [
        ["002-2", "009-1", "around 1,100 North Korean casualties (NIS via Lee Seong-kweun, Dec 19 2024) against "
                           "more than 3,000 killed and wounded (Zelensky, Dec 23 2024), four days apart"],
        ["006-1", "006-3", "about 300 North Koreans killed (NIS) against more than 1,000 dead (Ukraine's military "
                           "intelligence), in the same article on the same day"],
    ],
    "may": [
        ["002-2", "010-1", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025): the NIS's cumulative count months later"],
        ["002-3", "002-2", "Pentagon's vague 'several hundreds' against the NIS's about 1,100, three days apart"],
        ["002-3", "009-1", "Pentagon's vague 'several hundreds' against Zelensky's more than 3,000, a week apart"],
        ["002-3", "010-1", "vague 'several hundreds' (Dec 2024) against 4,700 (Apr 2025), months apart"],
        ["006-1", "010-2", "300 killed (Jan 2025) against about 600 (Apr 2025): cumulative update, months apart"],
        ["006-1", "014-1", "300 killed (Jan 2025) against about 2,000 (Sep 2025): cumulative update, months apart"],
        ["010-2", "014-1", "600 killed (Apr 2025) against about 2,000 (Sep 2025): cumulative update, months apart"],
        ["006-3", "010-2", "more than 1,000 dead (Ukraine, Jan 2025) against about 600 (NIS, Apr 2025), months apart"],
        ["011-3", "006-3", "vague 'hundreds' killed (Dec 27) against more than 1,000 dead (Jan 13)"],
        ["011-3", "014-1", "vague 'hundreds' killed (Dec 2024) against about 2,000 (Sep 2025), months apart"],
        ["000-1", "000-2", "some 3,000 additional troops against the original contingent of about 11,000"],
        ["000-1", "005-1", "3,000 additional troops against more than 10,000"],
        ["000-1", "005-2", "3,000 additional troops against 11,000-12,000"],
        ["000-1", "011-2", "3,000 additional troops against about 11,000"],
        ["000-1", "012-1", "3,000 additional troops against some eleven thousand"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
