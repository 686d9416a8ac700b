#!/usr/bin/env python3
"""Gold labels for testdata/blind421 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind421: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region, labelled blind. See ../corpus/README.md for the meaning of every field.")

NK, UA = "north_korea", "ukraine"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "About 1,500 members of the North's special forces were ferried from the Chongjin, Hamhung and Musudan areas to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 11000, 12000, "range", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "between 11,000 and 12,000 North Korean soldiers are in Russia", False),
        ("troops", NK, 10000, None, "more_than", NIS,
         "more than 10,000 had arrived so far", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "US"],
         "around 8,000 have moved to the Kursk region", False),
        ("troops", NK, 200, 900, "vague", ["Kyiv", "Ukraine"],
         "hundreds of officers have travelled with them", True),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 of its soldiers killed", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 1,000 wounded", False),
        ("casualties", NK, 1100, None, "about", NIS + ["Lee Seong-kweun"],
         "the agency put the North's casualty count at around 1,100", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the some 11,000 North Korean troops sent to Russia", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Syrskyi", "Ukraine"],
         "North Korean losses in Kursk Oblast – those killed and wounded together – already stand at over three thousand", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "An estimated 11,000 North Korean soldiers are in Kursk Oblast", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States"],
         "North Korean troops had suffered several hundred casualties", True),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS + ["Park Sun-won"],
         "Roughly 300 North Korean soldiers have been killed fighting for Russia", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Park Sun-won"],
         "some 2,700 more have been wounded", False),
        ("casualties", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "That puts the total casualty count at around 3,000", False),
        ("captured", NK, 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "two North Korean soldiers were captured by Ukrainian forces on Jan. 9", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", ["lawmaker"] + NIS,
         "were believed to number some three thousand", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "South Korea", "NIS", "National Intelligence Service"],
         "about 11,000 North Korean troops were sent to Russia last year", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or wounded in fighting in Russia's Kursk Region", False),
        ("killed", NK, 600, None, "about", NIS,
         "including about 600 who died", False),
        ("troops", NK, 15000, None, "about", NIS,
         "North Korea has sent about 15,000 soldiers to Russia in total", False),
        ("killed", NK, 2000, None, "at_least", ["Ukraine's military intelligence", "military intelligence", "HUR", "Kyiv", "Ukraine"],
         "put the number of North Korean dead at no fewer than 2,000", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than", ["Russian Defense Ministry", "Russian Defence Ministry", "Defense Ministry", "Russia", "Shoigu"],
         "the Ukrainian army lost more than 76,000 servicemen killed and wounded during the fighting in the Kursk Region", False),
    ],
    "012": [
        ("killed", NK, 101, None, "at_least", ["NK News", "North Korea's state TV", "state TV", "state media"],
         "counted portraits of at least 101 soldiers who died", False),
        ("troops", NK, 2000, 9999, "vague", ["South Korean officials", "South Korea"],
         "thousands of North Korean soldiers remain in Russia", True),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "North Korea has lost roughly 2,000 soldiers killed in its deployment to Russia", False),
        ("casualties", NK, 6000, None, "more_than", ["Britain's Ministry of Defence", "Ministry of Defence", "UK", "Britain"],
         "put total North Korean casualties, killed and wounded combined, at more than 6,000", False),
        ("troops", NK, 15000, None, "up_to", ["South Korean officials", "South Korea"],
         "Up to 15,000 North Korean troops have served in Russia", False),
        ("troops", NK, 1000, None, "about", ["Seoul", "South Korea"],
         "Pyongyang has also sent about 1,000 military engineers to clear mines in Kursk", False),
        ("captured", NK, 2, None, "exact", ["unattributed"],
         "Two North Korean prisoners held by Ukraine since January", False),
    ],
}

NOT = {
    "000": ["as many as 12,000 troops, or four brigades", "Four Russian amphibious landing ships and three escort vessels",
            "between Oct. 8 and 13", "first visit to Pyongyang in 24 years", "3-way air drills",
            "Yen slides to 150 range vs. dollar", "30-day free trial"],
    "001": ["our 842 partners", "the youngest conscripts may be just 18", "around $2,000 a month", "Length: 23 articles",
            "Article 4", "more than 6,000 km", "19 June 2024", "captured 2 more villages", "€35 billion loan plan",
            "11th Corps"],
    "003": ["N. Korean troops in Russia exceed 10,000: NIS (Nov. 13)", "passes with 204 votes", "N. Korea fires 8 rockets",
            "Won falls to 1,450 vs. dollar", "3rd EV plant", "paras 4-7"],
    "004": ["Dollar 41.87", "Euro 43.62", "Air raid alert: 3 oblasts", "3 guided aerial bombs, injuring 6 people",
            "downs 52 of 81 drones", "UAH 7.96 per cubic metre", "On 17 December"],
    "006": ["born in 2005", "aged 26", "since 2016", "Kospi 2,489.56", "KRW/USD 1,470.80", "6.5 trillion won",
            "on Jan. 11"],
    "008": ["about two weeks out of action", "an estimated 200 long-range artillery guns", "as much as $20 billion",
            "Earn 4.75% APY", "Oil rises 1%"],
    "009": ["about 500 kilometers southwest of Moscow", "on April 26", "(Apr. 28)", "Listen to this article (2 min)"],
    "011": ["1,000 sappers", "5,000 military builders", "a thousand sappers",
            "five thousand military construction workers", "30 tonnes of building materials", "key rate at 21%",
            "140 countries", "Article 4", "his third since March"],
    "012": ["93 drones and two ballistic missiles", "62 drones had been shot down or jammed", "nine of those who died",
            "two more villages", "for a third time this month", "£2 a month", "Comments (412)"],
    "014": ["pledged 5,000 construction troops", "Kim, 41", "28 trillion won ($19 billion)", "for 12 years",
            "in 2026"],
}

OFF = ["002", "007", "010", "013"]
DUP = {"005": "004"}

conflicts = {
    "must": [
        ["003-3", "004-1", "about 1,100 North Korean casualties (NIS via Rep. Lee Seong-kweun, Dec 19) against more "
                           "than 3,000 killed and wounded (Zelensky, Dec 23): four days apart"],
        ["009-2", "009-4", "about 600 North Koreans killed (South Korea's NIS) against no fewer than 2,000 dead "
                           "(Ukraine's military intelligence), in the same article, a day apart"],
    ],
    "may": [
        ["000-1", "001-1", "1,500 special forces in the first shipment (Oct 18) against 11,000-12,000 three weeks later, deployment growing"],
        ["000-1", "001-2", "1,500 in the first shipment (Oct 18) against more than 10,000 three weeks later"],
        ["000-1", "003-4", "1,500 first shipment (Oct) against some 11,000 two months later"],
        ["000-1", "004-2", "1,500 first shipment (Oct) against 11,000 in Kursk two months later"],
        ["000-1", "008-2", "1,500 first shipment (Oct) against 11,000 sent last year"],
        ["001-3", "004-2", "around 8,000 in Kursk (Nov 6) against 11,000 in Kursk (Dec 23), seven weeks apart"],
        ["008-1", "008-2", "an additional 3,000 against 11,000 sent last year"],
        ["008-1", "003-4", "an additional 3,000 (Feb) against some 11,000 (Dec)"],
        ["008-1", "004-2", "an additional 3,000 (Feb) against 11,000 (Dec)"],
        ["008-1", "001-1", "an additional 3,000 (Feb) against 11,000-12,000 (Nov)"],
        ["008-1", "001-2", "an additional 3,000 (Feb) against more than 10,000 (Nov)"],
        ["008-1", "000-1", "an additional 3,000 (Feb) against a first shipment of 1,500 (Oct)"],
        ["009-3", "003-4", "about 15,000 in total (Apr 2025) against some 11,000 (Dec 2024), months apart, after reinforcements"],
        ["009-3", "004-2", "about 15,000 in total (Apr 2025) against 11,000 (Dec 2024)"],
        ["009-3", "008-2", "about 15,000 in total (Apr 2025) against 11,000 sent in 2024"],
        ["009-3", "001-1", "about 15,000 (Apr 2025) against 11,000-12,000 (Nov 2024)"],
        ["009-3", "000-1", "about 15,000 (Apr 2025) against a first shipment of 1,500 (Oct 2024)"],
        ["004-1", "006-3", "more than 3,000 (Zelensky, Dec 23) against around 3,000 (NIS, Jan 13): bound nearly met, three weeks apart"],
        ["004-3", "004-1", "several hundred casualties (Pentagon, Dec 17) against more than 3,000 (Zelensky, Dec 23), vague"],
        ["004-3", "003-3", "several hundred casualties (Pentagon, Dec 17) against about 1,100 (NIS, Dec 19), vague"],
        ["003-3", "009-1", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025): cumulative, months apart"],
        ["006-3", "009-1", "3,000 casualties (Jan) against 4,700 (Apr): cumulative, months apart"],
        ["003-3", "014-2", "1,100 casualties (Dec 2024) against more than 6,000 (late 2025)"],
        ["006-3", "014-2", "3,000 casualties (Jan 2025) against more than 6,000 (late 2025)"],
        ["009-1", "014-2", "4,700 casualties (Apr) against more than 6,000 (late 2025): months apart"],
        ["006-1", "009-2", "300 killed (Jan) against 600 killed (Apr): cumulative, months apart"],
        ["006-1", "009-4", "300 killed (NIS, Jan) against no fewer than 2,000 (Ukraine, Apr): months apart"],
        ["006-1", "014-1", "300 killed (Jan 2025) against about 2,000 (Sept 2025)"],
        ["009-2", "014-1", "600 killed (NIS, Apr) against about 2,000 (NIS, Sept): cumulative, months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
