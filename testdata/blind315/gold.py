#!/usr/bin/env python3
"""Gold labels for testdata/blind315 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind315: fifteen articles written for crosscheck in our own words about the real "
         "story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NK = "north_korea"
PENTAGON = ["Pentagon", "Department of Defense", "Defense Department", "Sabrina Singh", "Singh", "United States", "U.S.", "US"]
JCS = ["Joint Chiefs of Staff", "joint chiefs of staff", "JCS", "South Korea's military", "Seoul's military", "South Korea", "Seoul"]
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]
HUR = ["HUR", "Main Intelligence Directorate", "military intelligence", "Ukraine's military intelligence", "Defence Intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 10000, None, "about", PENTAGON,
         "the DPRK has now sent about 10,000 soldiers in total to eastern Russia", False),
        ("troops", NK, 8000, None, "at_least", PENTAGON,
         "at least 8,000 of those troops are in Kursk Oblast", False),
    ],
    "002": [
        ("casualties", NK, 3000, None, "more_than", ["Zelenskyy", "Zelensky", "Volodymyr Zelenskyy", "Syrskyi", "Ukraine"],
         "North Korean troops fighting for Russia in the Kursk region had suffered more than 3,000 killed and wounded", False),
        ("casualties", NK, 200, 900, "vague", ["special operations forces", "Ukraine's special operations forces", "Ukraine"],
         "North Korean formations had lost hundreds of men in a single week", True),
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean units had taken roughly 1,100 casualties in the fighting in Kursk", False),
    ],
    "003": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Roughly 300 North Korean soldiers are believed to have died", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 have been wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Zelensky", "Ukraine"],
         "two North Korean soldiers had been taken prisoner by Ukrainian forces", False),
    ],
    "004": [
        ("casualties", NK, 4000, None, "more_than", HUR + ["Andrii Yusov", "Yusov"],
         "North Korean troops fighting alongside Russian forces in Kursk Oblast have suffered more than 4,000 casualties", False),
        ("killed", NK, 1000, None, "about", HUR + ["Andrii Yusov", "Yusov"],
         "Around 1,000 of them have been killed", False),
        ("captured", NK, 2, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Ukrainian forces captured two North Korean soldiers in Kursk Oblast", False),
        ("casualties", "russia", 38000, None, "more_than", ["Syrskyi", "Oleksandr Syrskyi", "Ukraine"],
         "Russia has lost more than 38,000 troops killed and wounded in the region", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has sent roughly 3,000 additional soldiers to Russia since the start of the year", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the roughly eleven thousand troops Pyongyang dispatched last autumn", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korean troops fighting for Russia have suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
         "including some 600 deaths", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Pyongyang sent about 11,000 troops to Russia last fall", False),
        ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Valery Gerasimov", "Russia", "Russian General Staff"],
         "Ukraine had lost more than 76,000 troops there since its incursion began last August", False),
    ],
    "010": [],
    "011": [
        ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won"],
         "About 2,000 North Korean soldiers are believed to have been killed fighting for Russia", False),
    ],
    "013": [
        ("troops", NK, 10000, 12000, "range", ["Ukraine", "United States", "US", "South Korea"],
         "between 10,000 and 12,000 North Korean soldiers had been sent to Russia", False),
        ("troops", NK, 3000, None, "about", JCS,
         "some three thousand more followed in the first months of 2025", False),
        ("troops", NK, 2000, 9000, "vague", NIS,
         "South Korea's spy agency has put their number at several thousand", True),
        ("killed", NK, 2000, None, "about", NIS,
         "put the number of dead at around 2,000", False),
        ("killed", NK, 9, None, "exact", ["North Korean state media", "state media", "KCNA", "North Korea", "Pyongyang"],
         "nine of its soldiers had died during the mission", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "The two soldiers captured by Ukraine in January 2025", False),
    ],
    "014": [
        ("troops", NK, 12000, None, "up_to", HUR + ["Kyiv", "Kyiv's military intelligence agency"],
         "As many as 12,000 North Korean soldiers are training at military bases in Russia's Far East", False),
        ("troops", NK, 500, None, "about", HUR,
         "the North Korean contingent included about 500 officers", False),
        ("troops", NK, 3, None, "exact", HUR,
         "three generals", True),
    ],
}

NOT = {
    "000": ["$425 million package", "155 mm and 105 mm artillery ammunition", "ranges of up to 300 kilometers",
            "roughly 100 U.S. troops", "56th Security Consultative Meeting", "3 Soldiers From Ohio"],
    "002": ["€4.2bn tranche", "72 Shahed-type drones", "two Iskander-M ballistic missiles", "50 of the drones were shot down",
            "240mm multiple rocket launchers", "170mm self-propelled guns", "death toll from Christmas market attack rises to five",
            "£4.6bn", "Comments (412)"],
    "003": ["born in 2005", "born in 1999", "since 2016", "3 former ministers", "179 victims' flight data",
            "KOSPI 2,489.56", "4 things to know"],
    "004": ["58 drones, 2 missiles", "roughly 500 square kilometers", "around 1,300 square kilometers", "from $5 a month",
            "Aug. 6, 2024"],
    "007": ["some 220 artillery pieces", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
            "several hundred million dollars a year", "8.7 trillion yen", "$10bn", "Nikkei 225 38,256.17"],
    "008": ["9 months after Ukraine's incursion", "7:10 PM GMT+9"],
    "010": ["1,000 sappers", "5,000 military builders", "second visit to the DPRK in two weeks",
            "restoration of 28 settlements", "June 19, 2024"],
    "011": ["the 6,000 sappers and military construction workers that Pyongyang promised Moscow in June",
            "12-year-old daughter", "80th anniversary", "chip sales jump 27%", "59%"],
    "013": ["after 120 days", "1,000 deminers and 5,000 builders", "653 drones, 51 missiles", "2% of GDP", "June 19, 2024"],
    "014": ["about 2,600 soldiers is expected to be moved to the Kursk region", "five bases",
            "about 50 miles from the North Korean border", "5 Swing States", "Death Toll Rises to 24"],
}

OFF = ["001", "005", "009", "012"]
DUP = {"006": "003"}

may = [
    # casualties, north_korea: a cumulative count weeks or months later
    ["002-3", "004-1", "about 1,100 (JCS, 23 Dec 2024) against more than 4,000 (HUR, 16 Jan 2025): a cumulative count three weeks later"],
    ["002-3", "008-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): months apart, a cumulative count rising"],
    # killed, north_korea: estimates months apart
    ["003-1", "008-2", "about 300 (NIS, Jan 2025) against about 600 (NIS, Apr 2025): the same agency's cumulative count, months later"],
    ["004-2", "008-2", "around 1,000 (HUR, Jan 2025) against about 600 (NIS, Apr 2025): months apart"],
    ["003-1", "011-1", "about 300 (Jan 2025) against about 2,000 (Sep 2025): months apart"],
    ["004-2", "011-1", "around 1,000 (Jan 2025) against about 2,000 (Sep 2025): months apart"],
    ["008-2", "011-1", "about 600 (Apr 2025) against about 2,000 (Sep 2025): months apart"],
    ["003-1", "013-4", "about 300 (Jan 2025) against around 2,000 (Sep 2025, recalled in Dec): months apart"],
    ["004-2", "013-4", "around 1,000 (Jan 2025) against around 2,000 (Sep 2025, recalled in Dec): months apart"],
    ["008-2", "013-4", "about 600 (Apr 2025) against around 2,000 (Sep 2025, recalled in Dec): months apart"],
    # troops, north_korea: months apart
    ["000-1", "007-2", "about 10,000 (Nov 2024) against roughly eleven thousand (Feb 2025): months apart"],
    ["000-1", "008-3", "about 10,000 (Nov 2024) against about 11,000 (Apr 2025): months apart"],
    # troops, north_korea: an additional force against the first one
    ["000-1", "007-1", "about 10,000 against an additional 3,000, months later"],
    ["000-2", "007-1", "at least 8,000 in Kursk against an additional 3,000, months later"],
    ["007-1", "007-2", "an additional 3,000 against the roughly eleven thousand sent first"],
    ["007-1", "008-3", "an additional 3,000 against about 11,000 sent last fall"],
    ["007-1", "013-1", "an additional 3,000 against 10,000-12,000 sent first"],
    ["000-1", "013-2", "about 10,000 against some three thousand more"],
    ["000-2", "013-2", "at least 8,000 in Kursk against some three thousand more"],
    ["007-2", "013-2", "roughly eleven thousand against some three thousand more"],
    ["008-3", "013-2", "about 11,000 against some three thousand more"],
    ["013-1", "013-2", "10,000-12,000 sent first against some three thousand more"],
]

conflicts = {
    "must": [
        ["002-1", "002-3", "more than 3,000 casualties (Zelenskyy) against roughly 1,100 (South Korea's JCS), in one live blog on the same day"],
        ["003-1", "004-2", "about 300 killed (South Korea's NIS, 13 Jan 2025) against around 1,000 killed (Ukraine's HUR, 16 Jan 2025), three days apart"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
