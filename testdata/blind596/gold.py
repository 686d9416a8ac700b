#!/usr/bin/env python3
"""Gold labels for testdata/blind596 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "The first contingent of some 1,500 special forces troops was taken to Vladivostok", False),
        ("troops", "north_korea", 12000, None, "about", NIS,
         "Pyongyang is in the process of sending four brigades, around 12,000 troops in all", False),
    ],
    "001": [
        ("troops", "north_korea", 10000, None, "about",
         ["US Defense Department", "Defense Department", "Pentagon", "Sabrina Singh", "United States", "US"],
         "North Korea has sent around 10,000 soldiers to eastern Russia", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "eleven thousand soldiers from the Democratic People's Republic of Korea are now in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "US Secretary of State", "United States", "US", "Washington"],
         "about 8,000 North Korean troops had been moved into Kursk Oblast", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korean military", "South Korea"],
         "North Korean soldiers fighting alongside Russian forces in the Kursk region have suffered around 1,100 casualties", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "roughly 1,000 others wounded", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded", False),
        ("killed", "north_korea", 50, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "its troops killed 50 North Koreans", False),
        ("wounded", "north_korea", 47, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 47 more", False),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "around 300 North Korean soldiers have been killed fighting for Russia", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "another 2,700 or so wounded", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "007": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia", "Russian Armed Forces"],
         "the Ukrainian armed forces lost over 76,000 servicemen", False),
    ],
    "008": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "North Korea has suffered about 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including roughly 600 deaths", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "The tally is up from around 3,000 that the agency estimated in January", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "about 3,000 reinforcements arrived early this year", False),
    ],
    "010": [
        ("troops", "north_korea", 14000, None, "about", NIS,
         "North Korea has sent around 14,000 troops to Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "of whom about 600 have been killed", False),
    ],
    "012": [
        ("troops", "north_korea", 11000, None, "about",
         ["Intelligence services in Seoul, Kyiv and Washington", "South Korea", "Ukraine", "United States", "Seoul", "Kyiv", "Washington"],
         "the first wave, which arrived in the autumn of 2024, numbered some 11,000 men", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "roughly 3,000 more were sent as replacements in January and February 2025", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
        ("wounded", "north_korea", 2000, 9999, "vague", NIS,
         "thousands more had been wounded", True),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine captured two North Korean soldiers in January 2025", False),
    ],
}

NOT = {
    "000": ["Oct. 8 and 13", "Four landing ships and three escort vessels", "four brigades",
            "more than 13,000 containers of artillery shells", "274 pct", "9.1 tln won", "2,593.23",
            "43 N. Korean defectors arrived in Q3"],
    "001": ["more than 9,000 kilometers by rail", "Watch video 1:52", "wins 215 seats", "gains 691 points"],
    "002": ["five ranges in the Russian Far East", "Personnel: about 706,170 (+1,210)", "Tanks: 9,180 (+12)",
            "Artillery systems: 20,123 (+37)", "6 injured", "30 downed overnight"],
    "003": ["170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
            "KOSPI slips below 2,440", "1,450 per dollar", "No. 4 on Billboard 200", "up to 10 centimeters"],
    "004": ["UAH/USD 41.83", "from $5 a month", "78 missiles and 106 drones", "59 missiles and 54 drones shot down",
            "founded in 1995"],
    "005": ["3 ballistic missiles and 94 drones", "47 of the drones were shot down", "Comments (214)",
            "death toll rises to 24"],
    "007": ["more than 7,700 pieces of weapons and military equipment", "417 tanks", "353 infantry fighting vehicles",
            "August 6, 2024", "three-hour talks", "1,200 damaged homes"],
    "008": ["1,422.6 per dollar", "rose 0.4%", "First 100 Days", "6.7 Trillion Won"],
    "010": ["1,000 deminers", "5,000 military construction workers", "6,000 military builders",
            "Oil jumps 4%", "4.25%-4.50%"],
    "012": ["1,000 deminers and 5,000 military builders", "11th Corps", "one aged 20 and the other 26",
            "80th anniversary", "$2,000 a month", "67 Ukrainian drones"],
}

OFF = ["009", "011", "013", "014"]
DUP = {"006": "008"}

MUST = [
    ["002-1", "002-2", "eleven thousand North Korean troops in Kursk (Zelensky) against about 8,000 moved into Kursk "
                       "(Blinken), set side by side in one article as current figures"],
    ["003-1", "004-1", "around 1,100 casualties (South Korea's JCS) against more than 3,000 killed or wounded "
                       "(Zelensky), both as of 23 December 2024, in articles three days apart"],
]

MAY = [
    # troops: planned or running totals, additional forces, months apart
    ["000-2", "001-1", "about 12,000 being sent in all (NIS) against around 10,000 sent so far (Pentagon), 11 days later"],
    ["000-2", "002-1", "12,000 total deployment against 11,000 in Kursk, 18 days later"],
    ["000-2", "002-2", "12,000 total deployment against 8,000 moved into Kursk"],
    ["000-2", "008-4", "12,000 against 3,000 reinforcements (an additional force)"],
    ["000-2", "010-1", "12,000 in October 2024 against 14,000 in June 2025, months apart"],
    ["000-2", "012-1", "12,000 expected in October 2024 against a first wave of 11,000, recalled a year later"],
    ["000-2", "012-2", "12,000 against 3,000 replacements (an additional force)"],
    ["001-1", "002-1", "around 10,000 in eastern Russia against 11,000 in Kursk a week later"],
    ["001-1", "008-4", "10,000 against 3,000 reinforcements (an additional force)"],
    ["001-1", "010-1", "10,000 in October 2024 against 14,000 in June 2025, months apart"],
    ["001-1", "012-1", "10,000 in October 2024 against a first wave of 11,000, recalled a year later"],
    ["001-1", "012-2", "10,000 against 3,000 replacements (an additional force)"],
    ["002-1", "008-4", "11,000 against 3,000 reinforcements (an additional force)"],
    ["002-1", "010-1", "11,000 in November 2024 against 14,000 in all in June 2025, months apart"],
    ["002-1", "012-2", "11,000 against 3,000 replacements (an additional force)"],
    ["002-2", "008-4", "8,000 against 3,000 reinforcements (an additional force)"],
    ["002-2", "010-1", "8,000 in Kursk in October 2024 against 14,000 in June 2025, months apart"],
    ["002-2", "012-1", "8,000 in Kursk in October 2024 against a first wave of 11,000, recalled a year later"],
    ["002-2", "012-2", "8,000 against 3,000 replacements (an additional force)"],
    ["008-4", "012-1", "3,000 reinforcements against the 11,000 of the first wave (different contingents)"],
    ["012-1", "012-2", "a first wave of 11,000 and 3,000 more sent as replacements (an additional force)"],
    ["000-1", "008-4", "a first contingent of 1,500 against 3,000 reinforcements months later (an additional force)"],
    ["000-1", "012-2", "a first contingent of 1,500 against 3,000 replacements (an additional force)"],
    # casualties: a cumulative figure rising over weeks or months
    ["003-1", "008-1", "1,100 in December 2024 against 4,700 in April 2025, a cumulative figure months apart"],
    ["003-1", "008-3", "1,100 (JCS, 23 December) against about 3,000 (NIS, January), a cumulative figure weeks apart"],
    ["004-1", "008-3", "more than 3,000 (Zelensky, December) against about 3,000 (NIS, January): a bound that 'about' may or may not meet"],
    # killed: NIS updates months apart
    ["005-1", "008-2", "about 300 killed in January against about 600 in April (NIS), months apart"],
    ["005-1", "010-2", "about 300 killed in January against about 600 in June, months apart"],
    ["005-1", "012-3", "about 300 killed in January against about 2,000 in September, months apart"],
    ["008-2", "012-3", "about 600 killed in April against about 2,000 in September, months apart"],
    ["010-2", "012-3", "about 600 killed in June against about 2,000 in September, months apart"],
    # wounded: NIS update weeks apart, a vague later figure
    ["003-3", "005-2", "roughly 1,000 wounded (NIS, 19 December) against about 2,700 (NIS, 13 January), an update weeks apart"],
    ["003-3", "012-4", "roughly 1,000 wounded in December 2024 against 'thousands' a year later"],
]

about = ("Gold labels for testdata/blind596: fifteen articles written in our own words and labelled blind. "
         "See testdata/corpus/README.md for the meaning of every field and how a system's output is scored.")

goldlib.write(about, A, NOT, OFF, DUP, {"must": MUST, "may": MAY})
