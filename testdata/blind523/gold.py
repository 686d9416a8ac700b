#!/usr/bin/env python3
"""Gold labels for blind523 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind523: 15 articles written for crosscheck in our own words about the real "
         "story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "exact",
         NIS + ["Seoul's spy agency"],
         "1,500 special operations troops believed to have reached the Russian Far East", False),
    ],
    "002": [
        ("troops", "north_korea", 8000, None, "about",
         ["Blinken", "Antony Blinken", "Secretary Blinken", "United States", "US", "U.S.", "State Department"],
         "there are now about 8,000 of them in the Kursk region", False),
        ("troops", "north_korea", 10000, None, "about",
         ["Austin", "Lloyd Austin", "Secretary Austin", "Pentagon", "Department of Defense", "United States", "US", "U.S."],
         "roughly 10,000 North Korean troops have been sent to eastern Russia to train", False),
    ],
    "003": [
        ("troops", "north_korea", 11000, None, "exact",
         ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "eleven thousand North Korean soldiers are already in Russia's Kursk Oblast", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Zelenskyy", "Zelensky", "Volodymyr Zelenskyy", "Ukraine", "Oleksandr Syrskyi", "Syrskyi"],
         "the number of North Korean soldiers killed or wounded in Kursk had gone past 3,000", False),
        ("casualties", "north_korea", 1100, None, "about",
         ["joint chiefs of staff", "Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "About 1,100 North Korean troops have been killed or wounded in battles with Ukrainian forces", False),
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "roughly 1,000 wounded", False),
        ("casualties", "ukraine", 280, None, "up_to",
         ["Russia's defence ministry", "Russian defence ministry", "Russian Defence Ministry", "Russia"],
         "Ukraine had lost up to 280 servicemen in the Kursk area over the past 24 hours", False),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "around 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "about 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact",
         ["Zelenskyy", "Zelensky", "Volodymyr Zelenskyy", "Ukraine", "National Intelligence Service", "NIS", "South Korea"],
         "his forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea appears to have sent about 3,000 additional soldiers to Russia in January and February", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["Kyiv", "Ukraine"],
         "North Korean losses run into the thousands", True),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweun"],
         "about 600 of them fatally", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "it said about 300 North Korean soldiers had died", False),
    ],
    "011": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["Kyiv", "Seoul", "Washington", "Ukraine", "South Korea", "United States", "intelligence services"],
         "between 10,000 and 12,000 were sent in the autumn of 2024", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["South Korea"],
         "Several thousand more followed early this year", True),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
         "About 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "North Korea sent roughly 11,000 troops to Russia's Kursk region in the autumn of 2024", False),
        ("troops", "north_korea", 3000, None, "about", ["unattributed"],
         "some three thousand reinforcements followed early this year", False),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact",
         ["KCNA", "Korean Central News Agency", "North Korea", "DPRK", "Kim Jong Un"],
         "nine servicemen of the regiment were killed while carrying out the mission", False),
        ("troops", "north_korea", 200, 900, "vague",
         ["South Korean media", "military sources", "South Korea"],
         "have put it at several hundred men", True),
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Gerasimov", "Valery Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the Ukrainian Armed Forces lost more than 76,000 servicemen during the Kursk adventure", False),
    ],
}

NOT = {
    "000": ["as many as 12,000 troops in all", "four amphibious landing ships and three escort ships",
            "about 1.28 million", "some 200,000", "Tanks: 4,300", "8 in 10 S. Koreans",
            "KOSPI 2,593.91"],
    "002": ["the 28,500 U.S. service members on the peninsula", "more than 13,000 containers",
            "a range of about 300 kilometers", "Running time: 41 minutes"],
    "003": ["Over 1,200 Russian soldiers killed in a day", "about 600 sq km", "50 Shahed drones"],
    "004": ["52 of the 72 drones", "another 20 were lost to electronic jamming", "The 10 best Christmas films"],
    "006": ["born in 2005", "joined the army in 2021", "aged 26", "tops 3.5 million"],
    "007": ["some 220 units of 170mm self-propelled guns and 240mm multiple rocket launchers",
            "won slides to 1,445 per dollar"],
    "009": ["Watch: Russia says Kursk has been retaken (2:14)"],
    "011": ["1,000 deminers", "5,000 military construction workers", "more than 500 houses",
            "about eight months", "June 19, 2024"],
    "013": ["an additional 6,000 military engineers and builders", "1.2 million-strong military",
            "2 new air defense missiles"],
    "014": ["a mission lasting 120 days", "1,000 sappers and 5,000 military builders"],
}

OFF = ["001", "005", "008", "010"]

DUP = {"012": "007"}

conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, 31 Oct 2024) against "
                           "11,000 in Kursk (Zelensky, 5 Nov 2024), five days apart"],
        ["004-1", "004-2", "more than 3,000 killed or wounded (Zelenskyy) against about 1,100 "
                           "(South Korea's JCS), the same day in one live blog"],
    ],
    "may": [
        # troops: a first wave, a build-up, additional forces, months apart
        ["000-1", "002-1", "a first wave of 1,500 (18 Oct) against 8,000 in Kursk two weeks later"],
        ["000-1", "002-2", "a first wave of 1,500 against about 10,000 sent in all, two weeks later"],
        ["000-1", "003-1", "a first wave of 1,500 against 11,000 in Kursk, 18 days later"],
        ["000-1", "007-1", "1,500 in October 2024 against an additional 3,000 in 2025"],
        ["000-1", "011-1", "1,500 first wave against 10,000-12,000 for the whole autumn, months later"],
        ["000-1", "013-2", "1,500 first wave against roughly 11,000 for the whole autumn, months later"],
        ["000-1", "013-3", "1,500 in October 2024 against 3,000 reinforcements in 2025"],
        ["002-1", "007-1", "8,000 in Kursk against an additional 3,000, months later"],
        ["002-1", "011-1", "8,000 (31 Oct) against 10,000-12,000 for the autumn, months later"],
        ["002-1", "013-2", "8,000 (31 Oct) against roughly 11,000, ten months later"],
        ["002-1", "013-3", "8,000 against 3,000 reinforcements, months later"],
        ["002-2", "003-1", "about 10,000 in all of Russia against 11,000 in Kursk, five days apart"],
        ["002-2", "007-1", "about 10,000 against an additional 3,000, months later"],
        ["002-2", "013-2", "about 10,000 against roughly 11,000, ten months later"],
        ["002-2", "013-3", "about 10,000 against 3,000 reinforcements, months later"],
        ["003-1", "007-1", "11,000 against an additional 3,000, months later"],
        ["003-1", "013-3", "11,000 against 3,000 reinforcements, months later"],
        ["007-1", "011-1", "an additional 3,000 against 10,000-12,000 in the autumn"],
        ["007-1", "013-2", "an additional 3,000 against roughly 11,000 in the autumn"],
        ["011-1", "013-3", "10,000-12,000 in the autumn against 3,000 reinforcements"],
        ["013-2", "013-3", "roughly 11,000 in the autumn against 3,000 reinforcements (an additional force)"],
        # casualties months apart
        ["004-2", "009-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): a cumulative count, months later"],
        ["004-5", "014-3", "up to 280 Ukrainian losses in a day (Dec 2024) against more than 76,000 for the whole Kursk operation"],
        # killed: cumulative counts months apart; nine is part of the whole
        ["004-3", "014-1", "at least 100 killed (Dec 2024) against nine deminers killed a year later"],
        ["006-1", "009-2", "about 300 killed (Jan) against about 600 (Apr): the same agency's count, months later"],
        ["006-1", "013-1", "about 300 killed (Jan) against about 2,000 (Sep)"],
        ["006-1", "014-1", "about 300 killed against nine deminers killed, months later"],
        ["009-2", "013-1", "about 600 killed (Apr) against about 2,000 (Sep)"],
        ["009-2", "014-1", "about 600 killed against nine deminers killed, months later"],
        ["009-3", "013-1", "January's 300 killed against about 2,000 (Sep)"],
        ["009-3", "014-1", "January's 300 killed against nine deminers killed"],
        ["013-1", "014-1", "about 2,000 killed in all (Sep) against nine of one regiment killed (Dec): a part, months later"],
        # wounded weeks apart
        ["004-4", "006-2", "roughly 1,000 wounded (mid-Dec) against about 2,700 (13 Jan): the same agency's rising count"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
