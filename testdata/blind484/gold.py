#!/usr/bin/env python3
"""Gold labels for testdata/blind484 (written blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind484: fifteen articles written in our own words and labelled blind. "
         "See testdata/corpus/README.md for the meaning of every field and how a system's output is scored.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "National Intelligence Service", "NIS", "South Korea"]
HUR = ["Defence Intelligence", "HUR", "Ukraine's military intelligence", "Ukrainian military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS + ["spy agency"],
         "carried roughly 1,500 North Korean special operations troops from the areas of Chongjin, Hamhung and Musudan to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "about", ZEL,
         "About 11,000 North Korean soldiers are now in Russia's western Kursk region", False),
        ("troops", NK, 10000, 12000, "range", ["United States", "US", "Washington", "South Korea", "Seoul"],
         "North Korea sent between 10,000 and 12,000 troops to Russia", False),
    ],
    "002": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
         "about 1,100 North Korean soldiers had been killed or wounded in Russia's Kursk region", False),
        ("troops", NK, 12000, None, "up_to", ["unattributed"],
         "Pyongyang has sent up to 12,000 troops to Russia since October", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean troops had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "Around 1,000 more had been wounded", False),
    ],
    "004": [
        ("captured", NK, 2, None, "exact", ZEL,
         "his troops had captured two North Korean soldiers in Russia's Kursk region", False),
        ("killed", NK, 300, None, "about", LEE,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "killed and 2,700 wounded", False),
        ("killed", NK, 1000, None, "more_than", HUR + ["Ukraine's military intelligence service"],
         "more than 1,000 North Koreans had already died in the fighting", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "with the number of their soldiers killed and wounded now over 3,000", False),
        ("troops", NK, 11000, 12000, "range", HUR + ["Ukraine's Defence Intelligence"],
         "11,000-12,000 North Korean soldiers are deployed in the Kursk region", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", NIS + ["Yonhap"],
         "North Korea sent about 3,000 additional soldiers to Russia in January and February", False),
        ("killed", NK, 200, 900, "vague", HUR,
         "several hundred North Korean soldiers had been killed in February alone", True),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Ukrainian forces captured two wounded North Korean soldiers", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korean troops fighting for Russia have suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
         "including some 600 deaths", False),
        ("killed", NK, 300, None, "about", LEE,
         "the death toll had risen from about 300 in January", False),
        ("troops", NK, 15000, None, "about", NIS,
         "the North has sent around 15,000 troops to Russia in total", False),
        ("captured", NK, 2, None, "exact", NIS + ["Ukraine", "unattributed"],
         "the two North Korean soldiers captured by Ukraine in January", False),
    ],
    "009": [
        ("troops", NK, 11000, None, "about", ["South Korean and Western intelligence", "South Korea", "Western intelligence"],
         "Around 11,000 North Korean soldiers were sent to Kursk in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", ["South Korean and Western intelligence", "South Korea", "Western intelligence"],
         "They were followed by roughly 3,000 reinforcements early this year", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "some 4,700 had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "about 600 of them fatally", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine, which captured two North Korean soldiers in January", False),
    ],
    "011": [
        ("killed", NK, 2000, None, "about", NIS + ["lawmakers", "Park Sun-won"],
         "around 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("troops", NK, 11000, None, "about", ["Park Sun-won"] + NIS,
         "some 11,000 North Korean troops are still stationed in the Kursk area", False),
        ("troops", NK, 2000, 9999, "vague", ["Kim Jong Un", "KCNA", "North Korea"],
         "the thousands of troops who fought in Russia", True),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["KCNA", "state media", "North Korean state media", "North Korea"],
         "state media said nine of its soldiers died during the mission", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "South Korea"],
         "Pyongyang sent roughly eleven thousand soldiers in late 2024", False),
        ("troops", NK, 3000, None, "about", ["Seoul", "South Korea"],
         "some three thousand more early this year", False),
        ("killed", NK, 2000, None, "about", NIS,
         "Estimated dead (NIS, Sept. 2025) | about 2,000", False),
    ],
}

NOT = {
    "000": ["a total deployment of 12,000 soldiers in four brigades", "about 300 kilometers", "the 11th Corps",
            "Zelensky says 10,000 N. Korean troops being readied for Ukraine front", "N. Korea blows up 2 inter-Korean roads",
            "How a 19-year-old from Gangwon", "Won slides past 1,370 per dollar", "over six days from Oct. 8"],
    "001": ["for about 30 minutes", "seven short-range ballistic missiles", "7th nuclear test", "3 billion yen"],
    "002": ["240mm multiple rocket launchers", "170mm self-propelled guns", "death toll rises to 5", "Day 1,034",
            "842 partners", "No. 1 news channel"],
    "004": ["one aged 20 and the other 26", "1,000 days on", "11:05 am", "January 11"],
    "005": ["several thousand more troops in the new year", "78 missiles and 106 drones",
            "Russia Loses 1,500 Soldiers in a Single Day", "12 Ukrainian Drone Crews", "USD/UAH 41.93", "Shares: 312",
            "from $5 a month"],
    "006": ["some 200 long-range artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "roughly 10 km from the border", "kill 1,340 Russian soldiers over past day", "downs 128 of 166 Russian drones",
            "Comments (14)"],
    "008": ["5,000-ton destroyer", "0.9 percent"],
    "009": ["1,000 deminers and 5,000 military builders", "hundreds of buildings", "26 April 2025",
            "nine months of fighting", "third trip"],
    "011": ["26 countries", "a further 6,000 engineers and construction troops", "112 drones", "84 of the drones",
            "two Iskander-M ballistic missiles", "day 1,289", "€140 billion"],
    "014": ["120 days", "1,000 deminers and 5,000 military builders", "Deminers and builders pledged (June 2025) | 6,000",
            "Days sappers spent in Kursk | 120", "up to $20 billion", "as much as $20 billion", "jump 40% in first half",
            "Nikkei 225 50,168.11", "every six months"],
}

OFF = ["003", "007", "010", "013"]
DUP = {"012": "005"}

conflicts = {
    "must": [
        ["002-1", "005-1", "about 1,100 casualties (South Korea's JCS, 23 Dec 2024) against more than 3,000 killed and wounded (Zelensky, repeated 26 Dec), the same week"],
        ["004-2", "004-4", "about 300 killed (NIS via Lee Seong-kweun) against more than 1,000 killed (Ukraine's HUR), same article, same weekend"],
    ],
    "may": [
        ["001-1", "006-1", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["001-1", "008-4", "about 15,000 sent in total by April 2025 against the first deployment's figure, months apart"],
        ["001-1", "009-2", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["001-1", "014-3", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["001-2", "006-1", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["001-2", "008-4", "about 15,000 sent in total by April 2025 against the first deployment's figure, months apart"],
        ["001-2", "009-2", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["001-2", "014-3", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["002-1", "008-1", "1,100 casualties in December 2024 against 4,700 in April 2025, a cumulative toll four months later"],
        ["002-1", "009-3", "1,100 casualties in December 2024 against the April 2025 estimate of 4,700, months apart"],
        ["002-2", "008-4", "about 15,000 sent in total by April 2025 against the first deployment's figure, months apart"],
        ["004-2", "008-2", "about 300 killed (January) against about 600 (April), the NIS's cumulative toll months later"],
        ["004-2", "009-4", "about 300 killed (January) against about 600 (April estimate), months apart"],
        ["004-2", "011-1", "about 300 killed (January) against about 2,000 (September), months apart"],
        ["004-2", "014-4", "about 300 killed (January) against about 2,000 (September estimate), months apart"],
        ["004-4", "008-2", "more than 1,000 killed (HUR, January) against about 600 (NIS, April), months apart"],
        ["004-4", "008-3", "more than 1,000 killed (HUR) against the NIS's January 300, restated in April: the same disagreement already alerted in 004"],
        ["004-4", "009-4", "more than 1,000 killed (HUR, January) against about 600 (NIS, April), months apart"],
        ["005-2", "006-1", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["005-2", "008-4", "about 15,000 sent in total by April 2025 against the first deployment's figure, months apart"],
        ["005-2", "009-2", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["005-2", "014-3", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["006-1", "008-4", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["006-1", "009-1", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["006-1", "011-2", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["006-1", "014-2", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["008-2", "011-1", "about 600 killed (April) against about 2,000 (September), months apart"],
        ["008-2", "014-4", "about 600 killed (April) against about 2,000 (September), months apart"],
        ["008-3", "009-4", "January's 300 killed, restated, against April's 600, months apart"],
        ["008-3", "011-1", "January's 300 killed, restated, against September's 2,000, months apart"],
        ["008-3", "014-4", "January's 300 killed, restated, against September's 2,000, months apart"],
        ["008-4", "009-1", "about 15,000 sent in total by April 2025 against the first deployment's figure, months apart"],
        ["008-4", "009-2", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["008-4", "011-2", "about 15,000 sent in total by April 2025 against the first deployment's figure, months apart"],
        ["008-4", "014-2", "about 15,000 sent in total by April 2025 against the first deployment's figure, months apart"],
        ["008-4", "014-3", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["009-1", "009-2", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["009-1", "014-3", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["009-2", "011-2", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["009-2", "014-2", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["009-4", "011-1", "about 600 killed (April estimate) against about 2,000 (September), months apart"],
        ["009-4", "014-4", "about 600 killed (April estimate) against about 2,000 (September), months apart"],
        ["011-2", "014-3", "about 3,000 additional troops (reinforcements) against the whole deployment"],
        ["014-2", "014-3", "about 3,000 additional troops (reinforcements) against the whole deployment"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
