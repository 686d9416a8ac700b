#!/usr/bin/env python3
"""Gold labels for testdata/blind427 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korean intelligence", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has sent some 1,500 special operations troops to Russia's Far East", False),
    ],
    "002": [
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won", "lawmakers"],
         "About 3,000 North Korean soldiers are now in Russia", False),
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "US"],
         "At least 3,000 North Korean soldiers were moved by ship to eastern Russia", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are now 11,000 North Korean soldiers in Russia's Kursk Oblast", False),
        ("troops", NK, 500, None, "about", ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"],
         "includes around 500 officers", False),
    ],
    "004": [
        ("troops", NK, 10000, None, "about", ["Pentagon", "Sabrina Singh", "Defense Department", "United States", "US"],
         "roughly 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "US"],
         "about 8,000 have now moved to the Kursk border region", False),
        ("troops", NK, 2000, 9000, "vague", ["U.S. official", "US official", "United States", "US"],
         "Several thousand of the North Koreans are believed to have already been moved closer to the line of contact", True),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean troops killed and wounded in Russia's Kursk region had passed 3,000", False),
        ("casualties", NK, 1100, None, "about", ["joint chiefs of staff", "JCS", "South Korea", "South Korea's military"],
         "about 1,100 North Korean soldiers had been killed or wounded in Kursk", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "about 1,000 had been wounded", False),
        ("casualties", "russia", 1520, None, "exact", ["general staff", "Ukraine's general staff", "Ukraine"],
         "Russia lost 1,520 soldiers killed or wounded over the past 24 hours", False),
    ],
    "007": [
        ("captured", NK, 2, None, "exact", ZEL,
         "had captured two North Korean soldiers", False),
        ("troops", NK, 10000, 12000, "range", ["South Korea", "Ukraine", "US", "United States"],
         "put the force sent to Russia at between 10,000 and 12,000", False),
        ("killed", NK, 300, None, "about", NIS,
         "around 300 North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "2,700 wounded", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has dispatched some three thousand additional troops to Russia", False),
        ("troops", NK, 11000, 12000, "range", ["South Korea", "South Korean estimates"],
         "North Korea initially sent 11,000 to 12,000 troops to Russia last autumn", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "North Korea has suffered about 4,700 casualties in Russia's war with Ukraine", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "including some 600 dead", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "North Korea had sent roughly 15,000 troops to Russia in total", False),
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia", "Russian general staff"],
         "Ukraine had lost more than 76,000 servicemen killed and wounded", False),
        ("troops", NK, 10000, None, "more_than", ["unattributed"],
         "Pyongyang sent more than 10,000 soldiers to Russia last year", False),
    ],
    "011": [
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "Thousands of North Korean soldiers fought alongside Russian troops", True),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS_LEE,
         "Around 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "The agency had estimated in April that around 600 had died", False),
    ],
}

NOT = {
    "000": ["a total of about 12,000 soldiers in four brigades", "Four Russian landing ships and three escort vessels",
            "in 30 years", "Zelensky says 10,000 N. Korean troops preparing to join Russian army",
            "7 hospitalized after bus collision", "125 passengers safe", "2,593.90"],
    "002": ["around 10,000 by December", "roughly 100 military terms", "the 11th Corps",
            "155-millimeter artillery shells",
            "Seoul weighs sending observers to Ukraine as 1,500 North Korean troops arrive in Russia",
            "over 1 million copies", "9.1 trillion won", "150 won"],
    "003": ["1,338 glide bombs", "around 700 square kilometers", "18,000+ members", "41 combat clashes",
            "120 km inside Russia", "about half of its shells"],
    "004": ["up to 12,000 soldiers", "A $425 million package", "roughly $6 billion", "Five days until Election Day"],
    "006": ["78 drones and three ballistic missiles", "56 drones were shot down", "19 more",
            "Fifteen things we learned in 2024", "90mph gusts"],
    "007": ["born in 2005", "joined the army in 2021", "born in 1999", "since 2016",
            "Why has North Korea sent 10,000 troops to fight for Russia?", "1,000 days of fighting"],
    "008": ["810th Naval Infantry Brigade", "170mm self-propelled guns", "$500 billion", "1,434 per dollar"],
    "010": ["eight-month incursion", "hundreds of square kilometres", "three-day ceasefire"],
    "011": ["1,000 sappers", "5,000 military construction workers", "1,000 deminers and 5,000 military builders",
            "tens of thousands of mines", "more than 100,000 residents", "$2 a month"],
    "012": ["the 5,000 military construction workers", "10 aircraft", "42,580"],
}

OFF = ["001", "005", "009", "014"]
DUP = {"013": "012"}

conflicts = {
    "must": [
        ["004-2", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
                           "(Zelensky, Nov 4-5), five days apart"],
        ["006-1", "006-2", "more than 3,000 North Korean killed and wounded (Zelensky) against about 1,100 "
                           "(South Korea's JCS), the same day in the same live blog"],
    ],
    "may": [
        # troops, north_korea: a build-up over weeks, an additional force, or months apart
        ["000-1", "002-2", "first batch of 1,500 (NIS) against at least 3,000 (White House) six days later: a build-up"],
        ["000-1", "003-1", "first batch of 1,500 against 11,000 in Kursk 18 days later"],
        ["000-1", "004-1", "first batch of 1,500 against about 10,000 thirteen days later"],
        ["000-1", "004-2", "first batch of 1,500 against about 8,000 in Kursk thirteen days later"],
        ["000-1", "007-2", "1,500 in October against 10,000-12,000, three months later"],
        ["000-1", "008-1", "1,500 in October against an additional 3,000 in February"],
        ["000-1", "008-2", "1,500 (first batch) against 11,000-12,000 initially sent, months later"],
        ["000-1", "010-3", "1,500 in October against 15,000 in total in April"],
        ["000-1", "010-5", "1,500 in October against more than 10,000 last year, reported in April"],
        ["002-1", "003-1", "about 3,000 in Russia (Oct 24) against 11,000 in Kursk (Nov 5): a build-up"],
        ["002-1", "004-1", "about 3,000 (Oct 24) against about 10,000 (Oct 31): a build-up"],
        ["002-1", "004-2", "about 3,000 (Oct 24) against about 8,000 in Kursk (Oct 31): a build-up"],
        ["002-1", "007-2", "about 3,000 in October against 10,000-12,000 in January"],
        ["002-1", "008-2", "about 3,000 in October against 11,000-12,000 initially sent, months later"],
        ["002-1", "010-3", "about 3,000 in October against 15,000 in total in April"],
        ["002-1", "010-5", "about 3,000 in October against more than 10,000 last year, reported in April"],
        ["003-1", "004-1", "11,000 in Kursk (Nov 5) against about 10,000 in eastern Russia (Oct 31): different scopes"],
        ["003-1", "008-1", "11,000 against an additional 3,000, months later"],
        ["003-1", "010-3", "11,000 in November against 15,000 in total in April"],
        ["004-1", "008-1", "about 10,000 against an additional 3,000, months later"],
        ["004-1", "008-2", "about 10,000 in October against 11,000-12,000 initially sent, months later"],
        ["004-1", "010-3", "about 10,000 in October against 15,000 in total in April"],
        ["004-1", "010-5", "about 10,000 against more than 10,000, months apart"],
        ["004-2", "008-1", "about 8,000 in Kursk against an additional 3,000, months later"],
        ["007-2", "008-1", "10,000-12,000 against an additional 3,000"],
        ["007-2", "010-3", "10,000-12,000 in January against 15,000 in total in April"],
        ["008-1", "008-2", "an additional 3,000 against the 11,000-12,000 first sent"],
        ["008-1", "010-3", "an additional 3,000 against 15,000 in total"],
        ["008-1", "010-5", "an additional 3,000 against more than 10,000 last year"],
        ["008-2", "010-3", "11,000-12,000 initially sent against 15,000 in total including reinforcements"],
        # casualties / killed / wounded, north_korea: cumulative figures rising over weeks or months
        ["006-2", "010-1", "about 1,100 casualties in December against about 4,700 in April: cumulative, months apart"],
        ["007-3", "010-2", "about 300 killed in January against about 600 in April: cumulative, months apart"],
        ["007-3", "012-1", "about 300 killed in January against about 2,000 in September"],
        ["007-3", "012-2", "about 300 killed in January against about 600 as of April"],
        ["010-2", "012-1", "about 600 killed in April against about 2,000 in September"],
        ["012-1", "012-2", "the agency's new 2,000 killed against its own April estimate of 600, in one article"],
        ["006-4", "007-4", "about 1,000 wounded (NIS, mid-December) against 2,700 wounded (NIS, January 13): a cumulative rise"],
    ],
}

about = ("Gold labels for testdata/blind427, fifteen articles written and labelled blind about North Korean "
         "troops in Russia's Kursk region. Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
