#!/usr/bin/env python3
"""Gold labels for testdata/blind670 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind670: 15 articles written for crosscheck in our own words, "
         "labelled blind. Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

HUR = ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukrainian intelligence", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Lee Seong-kweun"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", HUR,
         "about 12,000 North Korean military personnel are now in Russia", False),
        ("troops", "north_korea", 500, None, "exact", HUR,
         "Among them are 500 officers", False),
        ("troops", "north_korea", 3, None, "exact", HUR,
         "three generals", True),
    ],
    "002": [
        ("troops", "north_korea", 10000, None, "more_than", NIS,
         "the North Korean contingent in Russia has grown past 10,000", False),
        ("troops", "north_korea", 12000, None, "up_to",
         ["Kyiv's military intelligence", "military intelligence", "Kyiv", "Ukraine", "HUR"],
         "Pyongyang had sent up to 12,000 soldiers", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers deployed to Russia's Kursk region have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "close to 1,000 others wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS,
         "the toll comes to roughly 1,100", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "the estimated 11,000-strong force that Pyongyang sent to Russia", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Zelensky", "Volodymyr Zelensky", "Syrskyi", "Oleksandr Syrskyi", "Ukraine"],
         "upwards of three thousand North Korean soldiers have been killed or wounded there", False),
    ],
    "006": [
        ("troops", "north_korea", 11000, 12000, "range",
         ["Seoul", "South Korea", "Washington", "United States", "Kyiv", "Ukraine"],
         "between 11,000 and 12,000", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "roughly 300 North Korean soldiers have died in the fighting", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "roughly 2,700 have been wounded", False),
        ("killed", "north_korea", 1000, None, "more_than",
         ["Andriy Yusov", "Yusov", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine", "Kyiv"],
         "well over 1,000 North Koreans had been killed", False),
        ("captured", "north_korea", 2, None, "exact",
         ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Ukrainian troops had captured two North Korean soldiers", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean officials", "Seoul"],
         "Some 3,000 more North Korean soldiers were moved to Russia in January and February", False),
        ("troops", "north_korea", 200, 900, "vague",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean officials", "Seoul"],
         "hundreds of them believed to be drone and artillery specialists", True),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "around 4,700 killed and wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including about 600 dead", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "about 15,000 North Korean soldiers have been sent to Russia in all", False),
    ],
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Gerasimov", "Valery Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the Ukrainian army lost more than 76,000 servicemen", False),
    ],
    "012": [
        ("troops", "north_korea", 15000, None, "up_to",
         ["South Korean and Western estimates", "South Korea", "Western"],
         "put the force it has sent since last autumn at up to 15,000 soldiers", False),
        ("casualties", "north_korea", 2000, 9999, "vague",
         ["South Korean and Western estimates", "South Korea", "Western"],
         "several thousand have been killed or wounded", True),
    ],
    "014": [
        ("killed", "north_korea", 2000, None, "about", NIS,
         "Around 2,000 North Korean soldiers have been killed in the war", False),
        ("troops", "north_korea", 2000, 9999, "vague", NIS,
         "Several thousand North Korean troops remain stationed in Kursk", True),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"],
         "Two North Korean soldiers captured in January remain in Ukrainian custody", False),
    ],
}

NOT = {
    "000": ["5.45 mm AK-12 rifles", "five training grounds", "some 9,000 kilometres",
            "plan to send 10,000 soldiers to the front in total", "October 27-28",
            "Russia loses another 1,380 soldiers in a day", "October 23"],
    "002": ["170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
            "around $2,000 a month", "in their early 20s", "about 100 basic phrases",
            "13,000 containers of munitions", "Kospi slips below 2,420", "150 won", "three weeks after"],
    "003": ["about one in 10", "11th Army Corps", "late teens to mid-20s",
            "2 short-range ballistic missiles", "1,450 per dollar", "within 180 days"],
    "004": ["groups of 20 to 30 soldiers", "1 killed, 5 injured", "773,130 personnel",
            "+1,650 over the past day", "17 December"],
    "006": ["One is 20 and the other 26", "On 11 January", "Ukraine says 3 killed in Russian strike",
            "16th sanctions package"],
    "007": ["170mm self-propelled guns", "240mm multiple rocket launchers",
            "more than 20,000 containers of munitions", "since August 2023"],
    "010": ["108 attack drones", "65 were shot down", "32 were lost to electronic warfare",
            "from $5 a month"],
    "011": ["Article 4", "June 19, 2024", "over 7,000 units of weapons and military equipment",
            "December 4, 2024", "115 Ukrainian UAVs"],
    "012": ["1,000 sappers", "5,000 military construction workers", "6K deminers and builders",
            "170mm Koksan guns", "M1991 240mm rocket launchers", "$3.1 billion",
            "his second to Pyongyang in two weeks", "nine months of fighting", "for eight years"],
    "014": ["Kim Jong Un, 41,", "April 25 House of Culture", "more than three times",
            "A further 5,000 military builders are due to follow", "3.7%", "42,580.27",
            "10.1% in August"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"008": "007"}

conflicts = {
    "must": [
        ["003-3", "004-1",
         "about 1,100 North Korean casualties (South Korea's NIS, Dec 19) against more than 3,000 "
         "killed or wounded (Zelensky, Dec 23), four days apart"],
        ["006-2", "006-4",
         "about 300 North Koreans killed (NIS) against well over 1,000 killed (HUR's Yusov), "
         "reported the same day in one article"],
    ],
    "may": [
        ["000-1", "003-4", "about 12,000 (HUR, October) against about 11,000 (NIS, December), two months apart"],
        ["000-1", "007-1", "12,000 in total against an additional 3,000"],
        ["002-1", "007-1", "more than 10,000 in total against an additional 3,000"],
        ["003-4", "007-1", "11,000 in total against an additional 3,000"],
        ["006-1", "007-1", "11,000-12,000 in total against an additional 3,000"],
        ["007-1", "010-3", "an additional 3,000 against about 15,000 in all"],
        ["000-1", "010-3", "12,000 in October against 15,000 in April, after reinforcements"],
        ["002-2", "010-3", "up to 12,000 in November against 15,000 in April, after reinforcements"],
        ["003-4", "010-3", "11,000 in December against 15,000 in April, after reinforcements"],
        ["006-1", "010-3", "11,000-12,000 in January against 15,000 in April, after reinforcements"],
        ["006-4", "010-2", "more than 1,000 killed (HUR, January) against about 600 killed (NIS, April), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
