#!/usr/bin/env python3
"""Gold labels for testdata/blind531 (run: python3 gold.py > gold.json)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind531: fifteen articles written and labelled blind for crosscheck. "
         "See testdata/corpus/README.md for the meaning of every field and how output is scored.")

NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
HUR = ["Defense Intelligence", "HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "about 1,500 special operations forces already shipped to the Russian Far East", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "about", ["Kyrylo Budanov", "Budanov"] + HUR,
         "Pyongyang has moved around 11,000 infantrymen to Russia's eastern regions", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "Among them are roughly 500 officers", False),
    ],
    "003": [
        ("troops", "north_korea", 8000, None, "about",
         ["Pentagon", "Sabrina Singh", "Singh", "United States", "U.S."],
         "Roughly 8,000 North Korean troops are now in Kursk", False),
        ("troops", "north_korea", 10000, None, "more_than",
         ["Pentagon", "Sabrina Singh", "Singh", "United States", "U.S."],
         "a larger contingent of more than 10,000 that Pyongyang has sent to eastern Russia", False),
        ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "There are already 11,000 North Korean soldiers in Kursk", False),
    ],
    "004": [
        ("casualties", "north_korea", 1100, None, "about", NIS_LEE,
         "around 1,100 of them killed or wounded since they entered combat in the Kursk region this month", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean troops have died", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "about 1,000 others were wounded", False),
        ("casualties", "north_korea", 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded in fighting near three villages in Kursk", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "have suffered more than 3,000 casualties, killed and wounded together", False),
        ("casualties", "russia", 1890, None, "exact", ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "over the past 24 hours the Russian army lost 1,890 personnel killed and wounded", False),
    ],
    "007": [
        ("captured", "north_korea", 2, None, "exact",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's western Kursk region", False),
        ("troops", "north_korea", 11000, None, "about",
         ["South Korean and Ukrainian intelligence", "South Korea", "Ukraine", "intelligence"],
         "Around 11,000 North Korean soldiers are estimated to have been sent to Russia", False),
    ],
    "009": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "Some 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "putting the North's overall casualties at roughly 3,000", False),
        ("captured", "north_korea", 2, None, "exact", NIS,
         "Ukraine had captured two North Korean soldiers on Jan. 9", False),
        ("troops", "north_korea", 11000, 12000, "range", NIS,
         "Of the 11,000 to 12,000 soldiers the North sent to Russia last autumn", False),
    ],
    "010": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has sent about 3,000 additional soldiers to Russia since January", False),
        ("casualties", "north_korea", 4000, None, "about", NIS,
         "the North has now lost around 4,000 soldiers killed or wounded", False),
        ("troops", "north_korea", 12000, None, "up_to", ["unattributed"],
         "Pyongyang is believed to have sent up to 12,000 troops to Russia last year", False),
    ],
    "012": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "He claimed Ukraine had lost more than 76,000 troops killed and wounded during its eight-month incursion", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including some 600 dead", False),
    ],
    "014": [
        ("troops", "north_korea", 11000, None, "about",
         ["South Korean, Ukrainian and US intelligence", "South Korea", "Ukraine", "United States", "US", "intelligence"],
         "The first wave, which began moving in October 2024, numbered roughly eleven thousand", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "Some three thousand reinforcements followed early in 2025", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "up from some 600 in the spring", False),
        ("casualties", "north_korea", 2000, 9999, "vague", HUR,
         "thousands of North Koreans have been killed or wounded", True),
    ],
}

NOT = {
    "000": ["around 12,000 soldiers, the equivalent of four brigades", "more than 13,000 containers",
            "between Oct. 8 and 13", "2 dead, 11 hurt", "2,593.82", "7.5 pct"],
    "002": ["about 7,000 kilometers", "five ranges", "Russia Lost 1,270 Troops in One Day",
            "40 More Armored Vehicles", "$5 a month", "1.2K", "Nov. 1"],
    "003": ["$425 million", "155mm artillery rounds", "$6 billion", "810th Naval Infantry Brigade",
            "roughly 600 square kilometers", "3,000 more loitering munitions", "381 battle force ships"],
    "004": ["Dec. 14-15", "1,450 per dollar", "10% of overseas staff"],
    "005": ["day 1,034", "47 of the 61 Shahed-type drones", "another 11",
            "9 tanks, 21 armoured combat vehicles and 42 artillery systems", "23:27"],
    "007": ["born in 2005", "in 2021", "born in 1999", "since 2016", "39,190", "\"2 plus 2\""],
    "009": ["small groups of 10 to 20 men", "possibly several thousand", "Jan. 13"],
    "010": ["around 200 long-range artillery pieces", "170mm self-propelled guns",
            "240mm multiple rocket launchers", "about two weeks", "0.47 pct", "9 years"],
    "012": ["six months of silence", "$2"],
    "014": ["1,000 deminers and 5,000 military construction workers", "1,000 deminers, 5,000 military builders",
            "more than 9,000 kilometers", "June 19, 2024", "400,000 signed army contracts", "3.5% of GDP"],
}

OFF = ["001", "006", "011", "013"]
DUP = {"008": "007"}

conflicts = {
    "must": [
        ["003-1", "003-3", "roughly 8,000 in Kursk (Pentagon) against 11,000 in Kursk (Zelensky), a day apart, in one article"],
        ["004-1", "005-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
    ],
    "may": [
        ["000-1", "002-1", "a first contingent of 1,500 (Oct 18) against 11,000 in training a week later: a growing deployment"],
        ["000-1", "003-1", "1,500 special forces shipped (Oct 18) against 8,000 in Kursk three weeks later"],
        ["000-1", "003-3", "1,500 special forces shipped (Oct 18) against 11,000 in Kursk three weeks later"],
        ["002-1", "003-1", "11,000 in eastern Russia against 8,000 already in Kursk: a part of the whole, eleven days apart"],
        ["003-1", "007-2", "8,000 in Kursk (November) against about 11,000 sent (January), two months apart"],
        ["003-1", "009-5", "8,000 in Kursk (November) against 11,000-12,000 sent, two months apart"],
        ["003-1", "014-1", "8,000 in Kursk (November 2024) against a first wave of about 11,000, a year later"],
        ["010-1", "007-2", "3,000 additional soldiers against the first 11,000"],
        ["010-1", "009-5", "3,000 additional soldiers against the first 11,000-12,000"],
        ["010-1", "010-3", "3,000 additional soldiers against up to 12,000 sent last year"],
        ["014-2", "014-1", "three thousand reinforcements against the first wave of eleven thousand"],
        ["014-2", "007-2", "three thousand reinforcements against the first 11,000"],
        ["014-2", "009-5", "three thousand reinforcements against the first 11,000-12,000"],
        ["004-1", "010-2", "NIS cumulative casualties, 1,100 (December) then 4,000 (February): an update, months apart"],
        ["004-1", "012-2", "NIS cumulative casualties, 1,100 (December) then 4,700 (April): an update, months apart"],
        ["009-3", "010-2", "NIS cumulative casualties, 3,000 (January) then 4,000 (February): an update six weeks later"],
        ["009-3", "012-2", "NIS cumulative casualties, 3,000 (January) then 4,700 (April): an update, months apart"],
        ["010-2", "012-2", "NIS cumulative casualties, 4,000 (February) then 4,700 (April): an update, months apart"],
        ["009-1", "012-3", "NIS cumulative killed, 300 (January) then 600 (April): an update, months apart"],
        ["009-1", "014-3", "NIS cumulative killed, 300 (January) then 2,000 (September): an update, months apart"],
        ["012-3", "014-3", "NIS cumulative killed, 600 (April) then 2,000 (September): an update, months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
