#!/usr/bin/env python3
"""Gold labels for testdata/blind505 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind505: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (Oct 2024 - Sep 2025), labelled blind. Same schema as corpus/gold.json; "
         "see corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Lee Seong-kweun"]
NIS_PARK = ["Park Sun-won", "National Intelligence Service", "NIS", "South Korea"]
HUR = ["Kyrylo Budanov", "Budanov", "military intelligence", "HUR", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has moved roughly 3,000 soldiers to Russia since the start of this month", False),
        ("troops", NK, 1500, None, "about", NIS,
         "an initial contingent of some 1,500 special operations troops was carried from ports on the North's east coast to Vladivostok", False),
        ("troops", NK, 11000, None, "about", HUR,
         "Some 11,000 North Korean infantry are already training at ranges in Russia's Far East", False),
    ],
    "001": [
        ("troops", NK, 12000, None, "up_to", ["unattributed", "Newsweek", "United States", "South Korea", "Ukraine"],
         "Up to 12K North Korean Troops in Russia", False),
        ("troops", NK, 10000, 12000, "range", ["Washington", "United States", "Seoul", "South Korea", "Kyiv", "Ukraine"],
         "between 10,000 and 12,000 North Korean soldiers have been shipped to Russia since early October", False),
        ("troops", NK, 11000, None, "about", ZEL,
         "some eleven thousand of them were now in the Kursk region", False),
        ("troops", NK, 2000, 9999, "vague", ["Pentagon", "United States", "U.S."],
         "Several thousand are believed to have moved from the Far East to the Kursk area in the past two weeks", True),
    ],
    "002": [
        ("killed", NK, 100, None, "at_least", NIS,
         "with at least 100 killed in combat", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "Close to 1,000 others have been wounded", False),
        ("casualties", NK, 1100, None, "about", NIS,
         "the estimate puts North Korea's losses at around 1,100 killed and wounded", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "North Korean troops fighting for Russia in Kursk Oblast have suffered more than 3,000 casualties", False),
        ("casualties", NK, 30, None, "at_least", ["HUR", "military intelligence", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded in fighting near the villages of Plekhovo, Vorobyova and Martynovka over the weekend", False),
        ("casualties", RU, 38000, None, "more_than", ["General Staff", "Ukraine"],
         "Russian losses in the area since the start of Ukraine's incursion in August have passed 38,000 killed and wounded", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS,
         "About 300 North Korean soldiers have died fighting for Russia against Ukraine", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "roughly 2,700 more have been wounded", False),
        ("troops", NK, 11000, None, "about", ["Western and South Korean officials", "Western officials", "South Korean officials", "South Korea"],
         "They believe roughly 11,000 North Korean soldiers were sent", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "his forces had captured two North Korean soldiers in Kursk", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "North Korea has topped up its forces in Russia with some three thousand fresh troops in January and February", False),
        ("killed", NK, 200, 900, "vague", ["Special Operations Forces", "SSO", "Ukraine"],
         "Hundreds of North Korean soldiers have been killed in the fighting there this month", True),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean troops sent to Russia have suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "including roughly 600 deaths", False),
        ("troops", NK, 15000, None, "about", NIS_PARK,
         "about 15,000 North Korean soldiers have been dispatched in total", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen during the failed Kursk adventure", False),
    ],
    "010": [
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "which is believed to have sent around 11,000 combat troops to the Kursk region last autumn", False),
    ],
    "011": [
        ("killed", NK, 2000, None, "about", NIS,
         "Some 2,000 North Korean soldiers are estimated to have been killed fighting alongside Russian forces", False),
        ("troops", NK, 1000, None, "about", NIS,
         "around 1,000 North Korean deminers have already been deployed to Kursk since the summer", False),
    ],
}

NOT = {
    "000": ["about 10,000 troops in total by December", "between Oct. 8 and 13", "in their early 20s",
            "by Nov. 1", "2 in 3 South Koreans", "60 meters long each", "Samsung Electronics to cut 1,000 jobs",
            "KOSPI ends 1.3 pct lower"],
    "001": ["the Korean War of 1950-53", "the 11th Corps", "about $2,000 a month per soldier", "Share 1.2K",
            "Map Shows 5 Russian Regions", "Within 48 Hours", "6 in 10 Americans"],
    "002": ["more than 13,000 containers of artillery shells", "took effect on Dec. 4", "1,450 per dollar",
            "63.9% stake", "10,000 public housing units", "3 big comebacks", "Dec. 27"],
    "004": ["around 1,300 square kilometers", "as little as $5 a month", "Russia launches 72 drones, 3 missiles",
            "Day 1,034 of the full-scale invasion", "2 min read"],
    "005": ["born in 2005", "aged 26", "What we know about the 11,000 North Korean troops in Russia"],
    "006": ["104 of the 177 Shahed-type drones", "67 were", "industrial consumers in 3 oblasts",
            "41.62 hryvnias to the dollar", "from $4.99 a month", "10 key takeaways",
            "3 years of figures in 5 charts", "11-page minerals deal"],
    "008": ["within 400 km of Yonaguni Island", "two days after North Korea acknowledged",
            "exports rise 4 percent", "closes up 0.6 percent"],
    "009": ["over 7,000 pieces of weaponry and military hardware", "Article 4 of the Treaty",
            "Over 1,500 residents return to border districts", "115 Ukrainian UAVs",
            "29 foreign leaders", "June 19, 2024"],
    "010": ["1,000 sappers and 5,000 military construction workers", "send 1,000 deminers",
            "5,000 military builders", "6,000 Sappers and Military Builders",
            "more than 2,000 residential buildings", "30 billion rubles ($382 million)",
            "as little as $2 a month", "Putin Signs Law Extending Military Contracts to 3 Years"],
    "011": ["the 5,000 military construction troops Pyongyang promised in June", "up to $20 billion", "Kim, 41"],
}

OFF = ["003", "007", "012", "014"]
DUP = {"013": "005"}

conflicts = {
    "must": [
        ["000-1", "000-3", "about 3,000 troops moved to Russia (South Korea's NIS, via lawmakers) against some 11,000 "
         "already training in the Far East (Budanov), in the same article, the same week"],
        ["002-3", "004-1", "about 1,100 North Korean casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), "
         "four days apart"],
    ],
    "may": [
        ["000-1", "001-2", "3,000 on Oct 23 against 10,000-12,000 two weeks later, during a build-up the NIS itself expected"],
        ["000-1", "001-3", "3,000 in Russia on Oct 23 against some 11,000 in Kursk two weeks later"],
        ["000-1", "005-3", "3,000 in October against 11,000 'sent in the autumn', reported months later"],
        ["000-1", "008-3", "3,000 in October against 15,000 in total by April"],
        ["000-1", "010-1", "3,000 in October against 11,000 'last autumn', reported in June"],
        ["000-3", "008-3", "11,000 in October against 15,000 in total, including reinforcements, six months later"],
        ["001-1", "008-3", "up to 12,000 in November against 15,000 in total by April"],
        ["001-2", "008-3", "10,000-12,000 in November against 15,000 in total by April"],
        ["001-3", "008-3", "11,000 in Kursk in November against 15,000 in total by April"],
        ["005-3", "008-3", "11,000 sent in the autumn against 15,000 in total, including reinforcements"],
        ["010-1", "008-3", "11,000 combat troops last autumn against 15,000 in total including reinforcements"],
        ["006-1", "000-3", "an additional 3,000 in Jan-Feb against the first 11,000"],
        ["006-1", "001-2", "an additional 3,000 in Jan-Feb against 10,000-12,000 in November"],
        ["006-1", "001-3", "an additional 3,000 against 11,000 in Kursk"],
        ["006-1", "005-3", "an additional 3,000 against the 11,000 sent in the autumn"],
        ["006-1", "008-3", "an additional 3,000 against a 15,000 total that includes them"],
        ["006-1", "010-1", "an additional 3,000 against 11,000 last autumn"],
        ["002-2", "005-2", "close to 1,000 wounded (Dec 19) against about 2,700 (Jan 13): the same agency's cumulative update"],
        ["002-3", "008-1", "1,100 casualties in December against 4,700 in April: a cumulative rise months later"],
        ["005-1", "008-2", "300 killed in January against 600 in April: a cumulative rise months later"],
        ["005-1", "011-1", "300 killed in January against 2,000 in September"],
        ["008-2", "011-1", "600 killed in April against 2,000 in September"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
