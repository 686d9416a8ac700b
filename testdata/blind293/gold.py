#!/usr/bin/env python3
"""Gold labels for testdata/blind293 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind293: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (Oct 2024 - Dec 2025). Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md for what counts as a claim and a conflict.")

JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]
US = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "US"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
HUR = ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"]

A = {
    "000": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "have suffered roughly 1,100 casualties in the Kursk region", False),
        ("troops", "north_korea", 11000, None, "about", JCS + ["military"],
         "about 11,000 North Korean troops were sent to Russia starting in October", False),
    ],
    "001": [
        ("troops", "north_korea", 10000, None, "about", US,
         "about 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
        ("troops", "north_korea", 8000, None, "about", US,
         "somewhere around 8,000 have moved into the Kursk oblast", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "up to 12,000 North Korean troops have been deployed to the Kursk region", False),
    ],
    "004": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "2,700 wounded while fighting for Russia against Ukraine", False),
        ("casualties", "north_korea", 3000, None, "more_than", NIS + ["Lee Seong-kweun"],
         "total North Korean casualties had now surpassed 3,000", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
        ("killed", "north_korea", 1000, None, "about", HUR,
         "roughly 1,000 North Korean soldiers had been killed in Kursk", False),
    ],
    "006": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "around 3,000 more soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "Pyongyang sent roughly 11,000 troops to Russia last autumn", False),
    ],
    "008": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "have suffered an estimated 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweun"],
         "including some 600 deaths", False),
        ("troops", "north_korea", 15000, None, "about", NIS + ["Lee Seong-kweun"],
         "about 15,000 North Korean troops had been sent to Russia in total", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Russian Defense Ministry", "Defense Ministry", "Ministry of Defense", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded", False),
    ],
    "012": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
         "Around two thousand North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 200, 900, "vague", NIS,
         "Hundreds of wounded soldiers are still being treated at military hospitals in Pyongyang", True),
    ],
    "013": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["Ukraine", "South Korea", "United States", "US"],
         "Estimates from Ukraine, South Korea and the United States put the number at between 10,000 and 12,000", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "Several thousand are believed to have spent October at training grounds in Russia's Far East", True),
    ],
    "014": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "North Korea is believed to have sent around 11,000 troops to fight in Kursk Oblast", False),
    ],
}

NOT = {
    "000": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "Dec. 16, 2024",
            "'About 100 N. Korean soldiers killed' in Kursk", "1,450 per dollar", "vetoes 6 bills",
            "91 regions", "2.3 pct"],
    "001": ["up to $425 million", "155 mm and 105 mm artillery rounds", "as many as 100,000",
            "5th Bomb Wing"],
    "003": ["Aug. 6", "70 drones overnight", "Share 1.2K", "Russia has lost 770,000 troops since start of invasion",
            "$5 per month", "EUR 50 billion"],
    "004": ["born in 2005", "KN-23", "68 million views", "1,472.5 against dollar", "4 years after deal"],
    "006": ["around 220 pieces of 170mm self-propelled guns", "240mm multiple rocket launchers",
            "six-hour talks", "three years since"],
    "008": ["26 April", "GBP 2 a month", "Thousands mark 50 years since fall of Saigon"],
    "009": ["1,000 sappers", "5,000 military builders", "over 7,000 units of weaponry", "Article 4",
            "2.5 mln tonnes"],
    "012": ["1,000 deminers and 5,000 military construction workers", "Why 6,000 more North Koreans are headed to Kursk"],
    "013": ["roughly 7,000 kilometers", "11th Corps", "$2,000 per soldier a month", "June 19", "Article 4",
            "February 23 election", "15th sanctions package", "0:00 / 6:12"],
    "014": ["born in 1999", "since 2016", "74 Shahed-type attack drones", "shot down 47", "38,000 consumers",
            "42.19 hryvnias per dollar", "$4.99 a month", "Comments 31"],
}

OFF = ["002", "005", "007", "011"]
DUP = {"010": "006"}

conflicts = {
    "must": [
        ["000-1", "003-1", "about 1,100 casualties (South Korea's JCS, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["004-1", "004-5", "about 300 killed (South Korea's NIS) against roughly 1,000 killed (Ukraine's HUR), the same weekend, in one article"],
    ],
    "may": [
        # casualties rising over weeks and months
        ["000-1", "004-3", "1,100 casualties in mid-December against more than 3,000 in mid-January: a cumulative count rising during heavy fighting"],
        ["000-1", "008-1", "1,100 casualties in December against 4,700 in April, four months apart"],
        # killed: the update that is not a conflict, and other months-apart pairs
        ["004-1", "008-2", "NIS's 300 killed in January against its 600 killed in April: a later rise in a cumulative figure"],
        ["004-1", "012-1", "300 killed in January against 2,000 in September"],
        ["004-5", "008-2", "HUR's 1,000 killed in January against NIS's 600 in April, months apart"],
        ["004-5", "012-1", "1,000 killed in January against 2,000 in September"],
        ["008-2", "012-1", "NIS's 600 killed in April against its 2,000 in September: a cumulative rise"],
        ["004-2", "012-2", "2,700 wounded in January against hundreds still in hospital in September"],
        # troops over months; totals including reinforcements
        ["001-1", "000-2", "10,000 in early November against 11,000 in December, six weeks apart, deployment still arriving"],
        ["001-1", "006-2", "10,000 in November against 11,000 'last autumn' reported in February"],
        ["001-1", "008-3", "10,000 in November 2024 against 15,000 in total (with reinforcements) in April 2025"],
        ["001-1", "014-2", "10,000 in November against 11,000 in January"],
        ["001-2", "000-2", "8,000 in Kursk in November against 11,000 sent to Russia in December"],
        ["001-2", "006-2", "8,000 in Kursk in November against 11,000 sent last autumn, reported in February"],
        ["001-2", "008-3", "8,000 in Kursk in November against 15,000 in total in April"],
        ["001-2", "014-2", "8,000 in Kursk in November against 11,000 in Kursk in January"],
        ["000-2", "008-3", "11,000 in December against 15,000 in total with reinforcements in April"],
        ["003-2", "008-3", "up to 12,000 in December against 15,000 in total with reinforcements in April"],
        ["006-2", "008-3", "11,000 first sent against 15,000 in total including reinforcements"],
        ["013-1", "008-3", "10,000-12,000 in November against 15,000 in total in April"],
        ["014-2", "008-3", "11,000 in January against 15,000 in total in April"],
        # an additional force
        ["006-1", "000-2", "an additional 3,000 against the 11,000 first sent"],
        ["006-1", "001-1", "an additional 3,000 against 10,000"],
        ["006-1", "001-2", "an additional 3,000 against 8,000 in Kursk"],
        ["006-1", "003-2", "an additional 3,000 against up to 12,000"],
        ["006-1", "006-2", "an additional 3,000 against the 11,000 sent last autumn"],
        ["006-1", "008-3", "an additional 3,000 against 15,000 in total"],
        ["006-1", "013-1", "an additional 3,000 against 10,000-12,000"],
        ["006-1", "014-2", "an additional 3,000 against 11,000"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
