#!/usr/bin/env python3
"""Gold labels for testdata/blind525 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "South Korean intelligence"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
PENTAGON = ["Pentagon", "Department of Defense", "Sabrina Singh", "United States", "US"]

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has shipped some three thousand soldiers to Russia so far", False),
        ("troops", NK, 1500, None, "exact", NIS + ["Park Sun-won"],
         "an additional 1,500 troops had been moved to Russia's Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, 12000, "range", PENTAGON,
         "Between 10,000 and 12,000 North Korean soldiers are now in Russia", False),
        ("troops", NK, 8000, None, "at_least", PENTAGON,
         "at least 8,000 of them have moved into the Kursk border region", False),
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "White House", "United States", "US"],
         "there was evidence of at least 3,000 North Korean soldiers in eastern Russia", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in the Kursk region", False),
    ],
    "002": [
        ("casualties", NK, 1100, None, "about", JCS,
         "Around 1,100 soldiers sent by Pyongyang have been killed or wounded in fighting in the Kursk region", False),
        ("troops", NK, 11000, 12000, "range", JCS,
         "11,000-12,000 North Korean troops are now deployed in Kursk", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "around 1,000 had been injured", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "This is already more than three thousand killed and wounded", False),
        ("casualties", "russia", 35000, None, "more_than",
         ["Oleksandr Syrskyi", "Syrskyi", "Armed Forces of Ukraine", "Ukraine"],
         "the enemy's losses in killed and wounded in the Kursk direction since August 6 had exceeded 35,000 servicemen", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 3,000 casualties in all", False),
        ("casualties", NK, 4000, None, "more_than",
         ["HUR", "Ukraine's military intelligence", "Defence Intelligence of Ukraine", "Andriy Yusov", "Ukraine"],
         "more than 4,000 North Korean troops have been killed or wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea appears to have dispatched roughly 3,000 additional troops to Russia in January and February", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "North Korean casualties in the Kursk region are now estimated at around 4,000", False),
    ],
    "008": [
        ("killed", NK, 600, None, "about", NIS + ["South Korea's intelligence agency", "Lee Seong-kweun"],
         "About 600 North Korean soldiers have been killed fighting alongside Russian troops in the Kursk region", False),
        ("casualties", NK, 4700, None, "exact", NIS + ["Lee Seong-kweun"],
         "North Korean casualties totalled 4,700", False),
        ("troops", NK, 15000, None, "about", NIS,
         "Pyongyang had deployed about 15,000 troops in all", False),
    ],
    "010": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Russian General Staff", "General Staff", "Valery Gerasimov", "Gerasimov", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS + ["lawmakers"],
         "about 2,000 North Korean soldiers have died in Russia's war against Ukraine", False),
        ("wounded", NK, 200, 900, "vague", NIS,
         "hundreds of injured soldiers had been flown back to North Korea", True),
        ("troops", NK, 10000, None, "more_than", ["unattributed"],
         "Pyongyang sent more than 10,000 soldiers to the Kursk region last autumn", False),
        ("troops", NK, 2000, 9000, "vague", ["unattributed"],
         "later reinforced them with several thousand more", True),
    ],
    "014": [
        ("troops", NK, 15000, None, "up_to", NIS,
         "Up to 15,000 North Korean soldiers have now served in Russia", False),
        ("killed", NK, 2000, None, "about", NIS + ["Seoul"],
         "about 2,000 North Korean soldiers had been killed", False),
        ("killed", NK, 9, None, "exact", ["state media", "KCNA", "North Korea", "Kim Jong Un"],
         "The engineering regiment welcomed home last week lost nine of its soldiers during its mission", False),
        ("captured", NK, 2, None, "exact", ["unattributed"],
         "Two soldiers captured by Ukraine in January 2025 remain in Ukrainian custody in Kyiv", False),
    ],
}

NOT = {
    "000": ["could climb to around 10,000 by December", "many aged between 19 and 25", "more than 100 words",
            "more than 13,000 containers", "60 kg of explosives", "25-minute phone call", "1,386.9"],
    "001": ["some 6,000 kilometers", "up to 300 kilometers", "$425 million security package", "155mm artillery rounds",
            "$1.2 billion contract", "3 more Constellation-class frigates", "40 robotic vehicles"],
    "002": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "5-day session",
            "cut staff by 10 percent", "sentenced to 7 years", "USD 1,451.90 won"],
    "004": ["about 1,300 square kilometers of territory", "more than 90 settlements", "since August 6",
            "Up to 12K North Korean troops in Russia", "2 more IRIS-T systems"],
    "005": ["born in 2005", "aged 26", "since 2021", "a range of around 700 km", "38,474.30",
            "tops 8 trillion yen"],
    "006": ["177 drones", "110 shot down", "66 decoys", "3.5 billion euros", "about 30 reporters and editors",
            "50-billion-euro support program", "5 dollars a month"],
    "008": ["about $20bn", "Kim, 41", "about 250,000 mourners", "first 100 days", "fourth term"],
    "010": ["1,000 sappers", "5,000 military builders", "over 400 tanks", "300 infantry fighting vehicles",
            "more than 3,500 other armored vehicles", "June 19, 2024", "4 per month", "his third since March"],
    "012": ["12-hour shifts", "80th anniversary", "USD 80.92"],
    "014": ["1,000 sappers and 5,000 military construction workers", "signed in June 2024", "Kim Jong Un, 41"],
}

OFF = ["003", "007", "011", "013"]
DUP = {"009": "008"}

MUST = [
    ["002-1", "004-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded "
                       "(Zelensky, citing Syrskyi), reported three days apart for the same period"],
    ["005-3", "005-4", "roughly 3,000 casualties (South Korea's NIS) against more than 4,000 killed or wounded "
                       "(Ukraine's HUR), in the same article"],
]

MAY = [
    # the early troop build-up: October counts against November-December ones
    ["000-1", "001-1", "some 3,000 (NIS, Oct 23) against 10,000-12,000 (Pentagon, Nov 5), two weeks into a build-up"],
    ["000-1", "001-2", "some 3,000 (NIS, Oct 23) against at least 8,000 in Kursk (Pentagon, Nov 5), during a build-up"],
    ["000-1", "001-4", "some 3,000 (NIS, Oct 23) against 11,000 (Zelensky, Nov 5), during a build-up"],
    ["000-1", "002-2", "some 3,000 (Oct 2024) against 11,000-12,000 (Dec 2024), two months apart"],
    ["000-1", "008-3", "some 3,000 (Oct 2024) against about 15,000 in all (Apr 2025), months apart"],
    ["000-1", "012-3", "some 3,000 (Oct 2024) against more than 10,000 (Sep 2025), months apart"],
    # an additional 1,500 / an additional 3,000 against totals
    ["000-2", "001-1", "an additional 1,500 against a total of 10,000-12,000"],
    ["000-2", "001-2", "an additional 1,500 against at least 8,000 in Kursk"],
    ["000-2", "001-3", "an additional 1,500 against at least 3,000"],
    ["000-2", "001-4", "an additional 1,500 against 11,000"],
    ["000-2", "002-2", "an additional 1,500 against 11,000-12,000"],
    ["000-2", "006-1", "an additional 1,500 (Oct 2024) against an additional 3,000 (Feb 2025)"],
    ["000-2", "008-3", "an additional 1,500 against about 15,000 in all"],
    ["000-2", "012-3", "an additional 1,500 against more than 10,000"],
    ["006-1", "001-1", "an additional 3,000 against 10,000-12,000"],
    ["006-1", "001-2", "an additional 3,000 against at least 8,000"],
    ["006-1", "001-4", "an additional 3,000 against 11,000"],
    ["006-1", "002-2", "an additional 3,000 against 11,000-12,000"],
    ["006-1", "008-3", "an additional 3,000 against about 15,000 in all"],
    ["006-1", "012-3", "an additional 3,000 against more than 10,000"],
    ["006-1", "014-1", "an additional 3,000 against up to 15,000"],
    # later totals that include reinforcements, months apart
    ["001-1", "008-3", "10,000-12,000 (Nov 2024) against about 15,000 including reinforcements (Apr 2025)"],
    ["001-4", "008-3", "11,000 (Nov 2024) against about 15,000 including reinforcements (Apr 2025)"],
    ["002-2", "008-3", "11,000-12,000 (Dec 2024) against about 15,000 including reinforcements (Apr 2025)"],
    # casualties: different sources weeks apart, or borderline bounds
    ["002-1", "005-4", "about 1,100 (JCS, Dec 23) against more than 4,000 (HUR, Jan 14), three weeks apart"],
    ["004-1", "005-3", "more than 3,000 (Zelensky, Dec 26) against roughly 3,000 (NIS, Jan 14)"],
    ["005-4", "006-2", "more than 4,000 (HUR, Jan 14) against around 4,000 (JCS, Feb 27)"],
    # Seoul's cumulative estimates months apart
    ["002-1", "006-2", "about 1,100 (Dec 2024) against around 4,000 (Feb 2025), a cumulative count two months on"],
    ["002-1", "008-2", "about 1,100 (Dec 2024) against 4,700 (Apr 2025), a cumulative count months on"],
    ["005-3", "008-2", "roughly 3,000 (Jan 2025) against 4,700 (Apr 2025), a cumulative count months on"],
    ["006-2", "008-2", "around 4,000 (Feb 2025) against 4,700 (Apr 2025), a cumulative count two months on"],
    ["005-1", "008-1", "about 300 killed (Jan 2025) against about 600 (Apr 2025), a cumulative count months on"],
    ["005-1", "012-1", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025)"],
    ["005-1", "014-2", "about 300 killed (Jan 2025) against about 2,000 (Dec 2025)"],
    ["008-1", "012-1", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025)"],
    ["008-1", "014-2", "about 600 killed (Apr 2025) against about 2,000 (Dec 2025)"],
    # "several thousand more" reinforcements (optional) against totals
    ["012-4", "001-1", "several thousand more (reinforcements) against 10,000-12,000"],
    ["012-4", "001-4", "several thousand more (reinforcements) against 11,000"],
    ["012-4", "002-2", "several thousand more (reinforcements) against 11,000-12,000"],
    ["012-4", "008-3", "several thousand more (reinforcements) against about 15,000 in all"],
    ["012-4", "012-3", "several thousand more (reinforcements) against more than 10,000 sent first"],
]

about = ("Gold labels for blind525: fifteen articles written and labelled blind for crosscheck, in the format "
         "of testdata/corpus (see its README.md). Not conflicts, on purpose: Seoul's estimate rising within "
         "weeks (002-1 -> 005-3 -> 006-2 casualties, 002-4 -> 005-2 wounded), parts of the whole (001-2 of "
         "001-1, 000-2 of 000-1, 014-3 nine engineers of the dead), bounds satisfied, and planned figures "
         "(010, 014: 1,000 sappers and 5,000 builders).")

goldlib.write(about, A, NOT, OFF, DUP, {"must": MUST, "may": MAY})
