#!/usr/bin/env python3
"""Gold labels for blind488 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind488: fifteen articles written for crosscheck in our own words about the real "
         "story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
HUR = ["HUR", "military intelligence", "Defense Intelligence", "Yusov", "Ukraine"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Ukraine"]
SYR = ["Syrskyi", "Oleksandr Syrskyi", "Ukraine"]
UN = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of about 1,500 special operations soldiers already moved to Russia's Far East", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in the Kursk region", False),
        ("troops", NK, 10000, 12000, "range", HUR,
         "between 10,000 and 12,000 North Korean troops were brought into Russia over October", False),
        ("troops", NK, 2000, 9000, "vague", HUR + ["Andrii Yusov"],
         "Several thousand of them have already been moved up close to the line of contact", True),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "putting the number killed or wounded at about 1,100", False),
        ("killed", NK, 100, None, "at_least", ["Lee Seong-kweun"] + NIS,
         "At least 100 North Korean soldiers have died", False),
        ("wounded", NK, 1000, None, "about", ["Lee Seong-kweun"] + NIS,
         "about 1,000 others have been injured", False),
        ("troops", NK, 11000, None, "about", UN,
         "Some 11,000 North Korean troops are believed to be stationed in Kursk", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi"],
         "more than three thousand soldiers killed and wounded", False),
        ("casualties", RU, 38000, None, "about", SYR,
         "the Russian army had lost about 38,000 servicemen in this direction", False),
        ("killed", RU, 15000, None, "more_than", SYR,
         "including more than 15,000 killed", False),
        ("killed", NK, 8, None, "exact", ["Defense Intelligence", "Defense Intelligence of Ukraine", "HUR", "Ukraine"],
         "Russian drone operators mistakenly struck a North Korean unit, killing eight of its soldiers", False),
    ],
    "006": [
        ("killed", NK, 1000, None, "about", HUR + ["Andriy Yusov"],
         "Roughly a thousand North Korean soldiers have been killed since they were thrown into the fighting in Kursk in December", False),
        ("captured", NK, 2, None, "exact", ZEL + ["Volodymyr Zelenskyy"],
         "the two North Korean soldiers it captured in Kursk last week", False),
        ("killed", NK, 300, None, "about", ["Lee Seong-kweun"] + NIS,
         "around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", ["Lee Seong-kweun"] + NIS,
         "some 2,700 wounded", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", JCS,
         "sent some three thousand more soldiers to Russia in January and February", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "casualties among the North Korean troops, counting both dead and wounded, had climbed to roughly 4,000", False),
        ("wounded", NK, 200, 999, "vague", JCS,
         "Hundreds of the wounded have been taken back to North Korea for treatment", True),
        ("troops", NK, 11000, None, "about", JCS,
         "The initial contingent of about 11,000 soldiers", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than", ["Gerasimov", "Valery Gerasimov", "General Staff", "Russia"],
         "the enemy's losses during the fighting in the region exceeded 76,000 servicemen", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS + ["lawmakers"],
         "Roughly 4,700 of Kim Jong Un's soldiers have been killed or wounded in Russia", False),
        ("killed", NK, 600, None, "about", NIS + ["lawmakers"],
         "including about 600 dead", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "up from the roughly 4,000 casualties South Korea's military estimated in February", False),
    ],
    "011": [
        ("killed", NK, 2000, None, "about", ["Park Sun-won"] + NIS,
         "About 2,000 North Korean soldiers have been killed in the war", False),
        ("troops", NK, 12000, None, "up_to", NIS,
         "Up to 12,000 soldiers went in the first wave in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", NIS,
         "around 3,000 more early this year", False),
        ("killed", NK, 9, None, "exact", ["state media", "KCNA", "Korean Central News Agency", "North Korea"],
         "nine members of an engineering regiment had been killed while clearing mines in Kursk", False),
    ],
    "013": [
        ("troops", NK, 11000, 12000, "range", UN,
         "an estimated 11,000-12,000 combat troops to Russia in the fall of 2024", False),
        ("killed", NK, 600, None, "about", NIS,
         "about 600 of them have been killed", False),
    ],
}

NOT = {
    "000": ["the force would grow to some 12,000 troops in four brigades",
            "four Russian amphibious landing ships and three escort ships",
            "more than 13,000 containers", "3 times this month", "1,368 per dollar",
            "over 1 million copies", "February 2022"],
    "001": ["as many as 100,000 soldiers", "roughly 1,300 square kilometers", "82 mm mortars",
            "Russia's losses in Ukraine top 700,000", "1,000 km from the border", "from $5 a month",
            "two to three weeks"],
    "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "1,450 per dollar",
            "Over 500 flights canceled"],
    "004": ["Russian army loses another 1,580 soldiers in past day", "31 of 52 Russian drones", "USD 41.83"],
    "006": ["captured the village of Shevchenko", "about 6 miles (10km)", "49 Ukrainian drones",
            "who says he is 26", "aged 20", "Tens of millions have placed their trust", "from as little as $1"],
    "007": ["about 220 additional 170-millimeter self-propelled guns", "record 3.77 million",
            "1st trilateral talks of 2025"],
    "009": ["more than 400 tanks, 360 infantry fighting vehicles and over 280 armored personnel carriers",
            "Article 4", "More than 150,000 residents of the border districts were evacuated",
            "115 Ukrainian drones"],
    "010": ["as much as $20 billion", "KOSPI 2,565.42", "USD/KRW 1,427.15", "Trump's First 100 Days",
            "up 0.2%"],
    "011": ["1,000 deminers and 5,000 military construction workers", "birth rate edges up to 0.75"],
    "013": ["1,000 deminers and 5,000 military construction workers", "1,000 sappers",
            "another 5,000 military builders", "more than eight months of fighting"],
}

OFF = ["002", "005", "008", "012"]
DUP = {"014": "013"}

conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 killed or wounded (South Korea's JCS, Dec 23) against more than three "
                           "thousand killed and wounded (Zelensky, Dec 26), three days apart"],
        ["006-1", "006-3", "roughly a thousand killed (Ukraine's HUR) against around 300 killed (South Korea's NIS), "
                           "in the same live blog on the same day"],
    ],
    "may": [
        ["000-1", "001-1", "a first contingent of about 1,500 in mid-October against 11,000 in Kursk in November: "
                           "an early part of a growing force"],
        ["000-1", "001-2", "the first 1,500 against 10,000-12,000 brought in over October"],
        ["000-1", "003-4", "the first 1,500 in October against some 11,000 two months later"],
        ["003-3", "006-4", "NIS wounded about 1,000 (Dec 19) rising to 2,700 (Jan 13): a cumulative update"],
        ["003-1", "007-2", "JCS casualties 1,100 in December against 4,000 in February: cumulative, two months apart"],
        ["003-1", "010-1", "1,100 casualties in December against 4,700 in April"],
        ["003-1", "010-3", "1,100 casualties in December against the 4,000 of February restated in April"],
        ["007-2", "010-1", "4,000 casualties in February against 4,700 in April: a cumulative rise two months on"],
        ["006-3", "010-2", "300 killed in January against 600 in April (NIS, cumulative)"],
        ["006-1", "010-2", "HUR's thousand killed in January against NIS's 600 in April"],
        ["006-1", "013-2", "HUR's thousand killed in January against NIS's 600 in June"],
        ["006-3", "013-2", "300 killed in January against 600 in June (NIS, cumulative)"],
        ["010-2", "011-1", "600 killed in April against 2,000 in September (NIS, cumulative)"],
        ["013-2", "011-1", "600 killed in June against 2,000 in September (NIS, cumulative)"],
        ["006-1", "011-1", "a thousand killed in January against 2,000 in September"],
        ["006-3", "011-1", "300 killed in January against 2,000 in September"],
        ["007-1", "007-4", "an additional 3,000 on top of the initial 11,000"],
        ["007-1", "003-4", "an additional 3,000 against some 11,000 in Kursk two months earlier"],
        ["007-1", "001-1", "an additional 3,000 against 11,000 months earlier"],
        ["011-3", "011-2", "around 3,000 more against up to 12,000 in the first wave"],
        ["011-3", "013-1", "around 3,000 more against 11,000-12,000 sent in the fall of 2024"],
        ["011-3", "007-4", "around 3,000 more against the initial 11,000"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
