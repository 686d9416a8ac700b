#!/usr/bin/env python3
"""Gold labels for testdata/blind485 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind485: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting. See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
PENTAGON = ["Pentagon", "Sabrina Singh", "U.S. officials", "United States", "US", "American intelligence"]
SKINTEL = ["South Korean intelligence", "South Korea", "NIS"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "North Korea is sending a force of around 12,000 troops", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "the first contingent, some 1,500 special forces soldiers, was carried", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, None, "about", PENTAGON,
         "Roughly 10,000 North Korean troops are now in Russia", False),
        ("troops", "north_korea", 8000, None, "about", PENTAGON,
         "about 8,000 of them have moved to the Kursk region", False),
        ("troops", "north_korea", 10000, 12000, "range", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "Seoul and Kyiv have since put the full contingent at between 10,000 and 12,000 soldiers", False),
    ],
    "003": [
        ("troops", "north_korea", 11000, None, "exact", ["Zelensky", "Ukrainian intelligence", "Ukraine"],
         "Eleven thousand soldiers from North Korea are already in the Kursk region", False),
        ("troops", "russia", 50000, None, "about", ["Syrskyi", "Oleksandr Syrskyi", "Ukraine"],
         "Russia had assembled a grouping of about 50,000 troops in the Kursk direction", False),
    ],
    "004": [
        ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
         "About 1,100 North Korean soldiers have been killed or wounded fighting Ukrainian forces", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "around 1,000 wounded", False),
    ],
    "006": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Zelensky", "Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("killed", "north_korea", 50, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "its soldiers killed 50 North Korean troops", False),
        ("wounded", "north_korea", 47, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 47 more", False),
        ("casualties", "north_korea", 200, 999, "vague", ["Ukrainian commanders", "Ukraine"],
         "cost the North Koreans hundreds of men in a week", True),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE + ["intelligence agency"],
         "Around 300 North Korean soldiers sent to Russia have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE + ["intelligence agency"],
         "some 2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE + ["intelligence agency"],
         "putting Pyongyang's total casualties at roughly 3,000", False),
        ("captured", "north_korea", 2, None, "exact", ["Zelenskyy", "Zelensky", "Ukraine", "NIS", "South Korea"],
         "his forces had captured two North Korean soldiers in the Kursk region", False),
        ("casualties", "north_korea", 3800, None, "more_than", ["Zelenskyy", "Zelensky", "Ukraine"],
         "more than 3,800 North Koreans had been killed or wounded", False),
    ],
    "010": [
        ("troops", "north_korea", 11000, None, "about", NIS,
         "put the initial deployment at around 11,000 soldiers", False),
        ("troops", "north_korea", 12000, None, "up_to", ["US", "United States", "Ukrainian officials", "Ukraine"],
         "US and Ukrainian officials have spoken of up to 12,000", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "Pyongyang had sent some three thousand more soldiers to Russia in January and February as reinforcements", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "about 300 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "about 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "Ukrainian forces captured two North Korean soldiers in January", False),
    ],
    "011": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE + ["Seoul"],
         "North Korea has suffered about 4,700 casualties fighting for Russia against Ukraine", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE + ["Seoul"],
         "including some 600 soldiers killed", False),
    ],
    "012": [
        ("troops", "north_korea", 10000, None, "more_than", ["unattributed"],
         "Pyongyang sent more than 10,000 soldiers to the Kursk region last autumn", False),
        ("troops", "north_korea", 11000, 12000, "range", SKINTEL,
         "Soldiers sent in autumn 2024: 11,000–12,000", False),
        ("casualties", "north_korea", 4700, None, "about", SKINTEL,
         "Killed and wounded as of late April: about 4,700", False),
        ("killed", "north_korea", 600, None, "about", SKINTEL,
         "including some 600 dead", False),
    ],
    "014": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has lost around 2,000 soldiers killed in Russia's war against Ukraine", False),
        ("troops", "north_korea", 2000, 9000, "vague", NIS + ["Park Sun-won"],
         "several thousand military engineers had already arrived to clear mines in Kursk", True),
    ],
}

NOT = {
    "000": ["more than 13,000 containers", "four Russian amphibious landing ships", "three escort vessels",
            "four brigades", "between Oct. 8 and 13", "top 9,000 containers", "1 million copies"],
    "002": ["$425 million package", "155mm artillery rounds", "$1.6 billion drone contract",
            "40-mile loitering munition", "slips another 3 years"],
    "003": ["82mm mortars", "roughly 100 Russian words", "roughly 650 square kilometres", "702,470 troops"],
    "004": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "1,450 per dollar"],
    "006": ["personnel ~780,580", "tanks 9,555", "in three days of fighting"],
    "007": ["aged 26", "born in 2005"],
    "010": ["a 26-year-old rifleman", "aged 20", "about two weeks", "more than 1 million barrels of oil",
            "about $2,000 a month"],
    "011": ["some 1,700 higher than the agency's estimate in January", "some 200 long-range artillery pieces",
            "3K more troops"],
    "012": ["1,000 sappers", "5,000 military construction workers", "more than 7,000 homes",
            "1,000 deminers and 5,000 military builders", "less than two weeks"],
    "014": ["26 countries", "112 drones", "two Iskander-M ballistic missiles", "84 drones",
            "the 6,000 engineers and builders"],
}

OFF = ["001", "005", "008", "013"]
DUP = {"009": "007"}

conflicts = {
    "must": [
        ["002-2", "003-1", "about 8,000 North Korean troops in Kursk (Pentagon, Oct 31) against 11,000 in Kursk (Zelensky, Nov 5), five days apart"],
        ["004-1", "006-1", "about 1,100 killed or wounded (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 26), three days apart"],
        ["007-3", "007-5", "about 3,000 casualties (NIS) against more than 3,800 (Zelensky) in the same January article"],
    ],
    "may": [
        ["000-1", "002-1", "around 12,000 being sent (NIS, Oct 18) against roughly 10,000 now in Russia (Pentagon, Oct 31): a force still arriving"],
        ["000-1", "003-1", "around 12,000 being sent to Russia against 11,000 already in Kursk, weeks apart"],
        ["002-1", "003-1", "roughly 10,000 in Russia (Pentagon) against 11,000 in Kursk (Zelensky) five days later: close, and the force was still growing"],
        ["000-1", "010-1", "around 12,000 (October 2024) against an initial deployment of around 11,000 (March 2025), months apart"],
        ["002-1", "010-1", "roughly 10,000 (October 2024) against around 11,000 (March 2025), months apart"],
        ["002-2", "010-1", "8,000 in Kursk (October 2024) against an initial deployment of 11,000 (March 2025): part and months apart"],
        ["002-1", "012-1", "roughly 10,000 (October 2024) against more than 10,000 sent last autumn (June 2025), months apart"],
        ["002-2", "012-1", "8,000 in Kursk (October 2024) against more than 10,000 sent to Kursk last autumn (June 2025), months apart"],
        ["002-1", "012-2", "roughly 10,000 (October 2024) against 11,000-12,000 sent in autumn (June 2025), months apart"],
        ["002-2", "012-2", "8,000 in Kursk (October 2024) against 11,000-12,000 sent in autumn (June 2025), months apart"],
        ["010-1", "010-3", "an additional three thousand against the initial 11,000"],
        ["010-2", "010-3", "an additional three thousand against up to 12,000"],
        ["000-1", "010-3", "an additional three thousand against the first 12,000"],
        ["002-1", "010-3", "an additional three thousand against roughly 10,000"],
        ["002-2", "010-3", "an additional three thousand against 8,000 in Kursk"],
        ["002-3", "010-3", "an additional three thousand against 10,000-12,000"],
        ["003-1", "010-3", "an additional three thousand against 11,000 in Kursk"],
        ["010-3", "012-1", "an additional three thousand against more than 10,000 sent last autumn"],
        ["010-3", "012-2", "an additional three thousand against 11,000-12,000 sent in autumn"],
        ["004-1", "007-3", "about 1,100 (JCS, Dec 23) against about 3,000 (NIS, Jan 13): a later South Korean estimate three weeks on"],
        ["004-1", "007-5", "about 1,100 (JCS, Dec 23) against more than 3,800 (Zelensky, early January), weeks apart"],
        ["006-1", "007-3", "more than 3,000 (Zelensky, Dec 26) against about 3,000 (NIS, Jan 13): at the bound, weeks apart"],
        ["004-1", "011-1", "about 1,100 (JCS, December) against about 4,700 (NIS, April), months apart"],
        ["004-1", "012-3", "about 1,100 (JCS, December) against about 4,700 as of late April, months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
