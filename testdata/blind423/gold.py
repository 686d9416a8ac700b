#!/usr/bin/env python3
"""Gold labels for testdata/blind423 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
US = ["U.S. officials", "United States", "US", "Pentagon", "Sabrina Singh"]
ZEL = ["Zelenskyy", "Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelensky", "Ukraine"]
HUR = ["HUR", "Ukraine's military intelligence", "Ukrainian military intelligence", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]

A = {
    "000": [
        ("troops", NK, 8000, None, "about", US,
         "Roughly 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean troops were in Kursk", False),
        ("troops", NK, 500, None, "about", HUR,
         "the force sent by Pyongyang includes about 500 officers", False),
    ],
    "001": [
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers deployed to Russia have been killed in combat against Ukrainian forces", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "some 1,000 others have been wounded", False),
        ("casualties", NK, 1100, None, "about", NIS,
         "casualties come to roughly 1,100", False),
        ("troops", NK, 11000, None, "about", NIS,
         "Pyongyang has sent around 11,000 troops to Russia", False),
        ("casualties", NK, 200, 900, "vague", ["White House", "United States", "US"],
         "North Korean troops had suffered \"several hundred\" casualties", True),
    ],
    "002": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi", "Oleksandr Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", NK, 11000, 12000, "range", HUR,
         "between 11,000 and 12,000 North Korean troops are deployed in Kursk Oblast", False),
        ("troops", RU, 50000, None, "about", ["unattributed"],
         "Roughly 50,000 Russian troops have been massed in Kursk Oblast", False),
    ],
    "003": [
        ("killed", NK, 300, None, "about", NIS,
         "around 300 North Korean soldiers have died", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "about 2,700 have been wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "two North Korean soldiers were captured alive by Ukrainian forces in Kursk", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea dispatched about 3,000 additional soldiers to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the roughly 11,000 troops Pyongyang sent in the autumn of last year", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "around 4,000 have been killed or wounded", False),
        ("captured", NK, 2, None, "exact", ZEL + ["unattributed"],
         "the two North Korean soldiers captured in January", False),
    ],
    "008": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia",
          "Russian Defense Ministry"],
         "the enemy lost more than 76,000 servicemen killed and wounded", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS,
         "Some 4,700 North Korean soldiers have been killed or wounded in the Kursk region", False),
        ("killed", NK, 600, None, "about", NIS,
         "roughly 600 of them fatally", False),
        ("troops", NK, 15000, None, "about", NIS,
         "the North has now sent about 15,000 troops to Russia in total", False),
    ],
    "011": [
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "thousands of North Korean troops fight against Ukraine", True),
        ("killed", NK, 200, 900, "vague", ["unattributed"],
         "Hundreds of North Korean soldiers have been killed in the Kursk campaign", True),
        ("wounded", NK, 2000, 9999, "vague", ["South Korea"],
         "South Korea estimates thousands more were wounded", True),
        ("troops", NK, 12000, None, "up_to", HUR,
         "up to 12,000 North Korean troops were sent last year", False),
        ("troops", NK, 11000, None, "about", HUR,
         "about 11,000 North Korean troops are still stationed in Kursk", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS + ["lawmakers"],
         "around 2,000 North Korean soldiers have died fighting alongside Russian troops", False),
        ("troops", NK, 1000, None, "about", NIS + ["Park Sun-won"],
         "North Korea had sent roughly 1,000 combat engineers to Kursk", False),
        ("troops", NK, 2000, 9999, "vague", NIS + ["Park Sun-won"],
         "several thousand military construction workers", True),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range",
         ["Kyiv", "Seoul", "Washington", "Ukraine", "South Korea", "United States"],
         "between 10,000 and 12,000 North Korean soldiers were sent to Russia in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", JCS,
         "Some three thousand more followed in January and February 2025", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean losses then stood at about 4,700 killed and wounded", False),
        ("killed", NK, 2000, None, "about", NIS,
         "the dead alone numbered some two thousand", False),
        ("captured", NK, 2, None, "exact", ["unattributed"],
         "Only two have been taken alive by Ukraine", False),
    ],
}

NOT = {
    "000": ["about 500,000", "1.2 million troops under arms", "450 kilometers (280 miles)",
            "1,500 North Korean special forces went to Russia first", "5 ballistic missiles",
            "2 dead", "3%", "Oct. 2, 2024"],
    "001": ["paras 5-7", "170 mm self-propelled guns", "240 mm multiple rocket launchers", "11th Corps",
            "2,435.93", "1,451.9 per dollar", "90 countries"],
    "002": ["778,190 personnel", "several hundred square kilometers", "kills 1, injures 13",
            "over 1,000 days", "14,000 members", "Dec. 21", "Aug. 6"],
    "003": ["aged 20", "in 2021", "Jan. 9", "two days before", "10,030 won per hour",
            "four-day winning streak"],
    "006": ["around 220 units", "170-millimeter self-propelled guns", "240-mm multiple rocket launchers",
            "38,256"],
    "008": ["over 7,700 pieces of weapons and military equipment", "417 tanks",
            "353 multiple launch rocket systems", "August 6, 2024", "115 Ukrainian drones"],
    "009": ["20 trillion won ($14 billion)", "June 2024", "3K more troops"],
    "011": ["6,000 military personnel", "1,000 sappers", "5,000 military builders",
            "more than 1,000 square kilometers", "6K More", "50 Days", "second time in two weeks"],
    "012": ["five missiles", "120 attack drones", "97 of the drones", "26 countries", "12K troops"],
    "014": ["6,000 men", "1,000 deminers", "5,000 military builders", "up to $20 billion",
            "twelve months", "thirty years", "about 7,000 km", "1.08 million",
            "2 North Korean prisoners", "5 min read"],
}

OFF = ["005", "007", "010", "013"]
DUP = {"004": "003"}

conflicts = {
    "must": [
        ["000-1", "000-2", "about 8,000 North Korean troops in Kursk (US officials) against 11,000 in Kursk (Zelenskyy), same article, same day"],
        ["001-3", "002-1", "roughly 1,100 casualties (South Korea's NIS, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
    ],
    "may": [
        # troops: counts weeks or months apart, Kursk against all of Russia, totals with reinforcements
        ["000-1", "001-4", "8,000 in Kursk (Nov 5) against around 11,000 sent to Russia (NIS, Dec 19): six weeks apart, Kursk against the whole"],
        ["000-1", "002-2", "8,000 (Nov 5) against 11,000-12,000 in Kursk (HUR, Dec 23): seven weeks apart"],
        ["000-1", "006-2", "8,000 (Nov 2024) against 11,000 sent in the autumn (JCS, Feb 2025): months apart"],
        ["000-1", "009-3", "8,000 (Nov 2024) against about 15,000 in total (NIS, Apr 2025): months apart"],
        ["000-1", "011-5", "8,000 (Nov 2024) against about 11,000 still in Kursk (HUR, Jun 2025): months apart"],
        ["000-1", "014-1", "8,000 (Nov 2024) against 10,000-12,000 (Dec 2025 retrospective): months apart"],
        ["000-2", "009-3", "11,000 (Nov 2024) against 15,000 in total including reinforcements (Apr 2025)"],
        ["001-4", "009-3", "11,000 (Dec 2024) against 15,000 in total including reinforcements (Apr 2025)"],
        ["002-2", "009-3", "11,000-12,000 (Dec 2024) against 15,000 in total including reinforcements (Apr 2025)"],
        ["006-2", "009-3", "11,000 sent in the autumn (Feb 2025) against 15,000 in total including reinforcements (Apr 2025)"],
        ["009-3", "011-4", "15,000 in total (NIS, Apr) against up to 12,000 sent last year (HUR, Jun): different scope, seven weeks apart"],
        ["009-3", "011-5", "15,000 sent in total against about 11,000 still stationed, seven weeks apart"],
        ["009-3", "014-1", "15,000 in total (Apr 2025) against 10,000-12,000 sent in autumn 2024 (Dec 2025 retrospective)"],
        # troops: the additional force of about 3,000 against the main force
        ["000-1", "006-1", "an additional 3,000 (Feb 2025) against 8,000 (Nov 2024)"],
        ["000-2", "006-1", "an additional 3,000 against 11,000"],
        ["001-4", "006-1", "an additional 3,000 against 11,000"],
        ["002-2", "006-1", "an additional 3,000 against 11,000-12,000"],
        ["006-1", "006-2", "an additional 3,000 against the 11,000 sent in the autumn, same article"],
        ["006-1", "009-3", "an additional 3,000 against 15,000 in total"],
        ["006-1", "011-4", "an additional 3,000 against up to 12,000"],
        ["006-1", "011-5", "an additional 3,000 against 11,000 still stationed"],
        ["006-1", "014-1", "an additional 3,000 against 10,000-12,000"],
        ["000-1", "014-2", "an additional three thousand against 8,000"],
        ["000-2", "014-2", "an additional three thousand against 11,000"],
        ["001-4", "014-2", "an additional three thousand against 11,000"],
        ["002-2", "014-2", "an additional three thousand against 11,000-12,000"],
        ["006-2", "014-2", "an additional three thousand against 11,000"],
        ["009-3", "014-2", "an additional three thousand against 15,000 in total"],
        ["011-4", "014-2", "an additional three thousand against up to 12,000"],
        ["011-5", "014-2", "an additional three thousand against 11,000"],
        ["014-1", "014-2", "an additional three thousand against 10,000-12,000, same article"],
        # casualties
        ["001-3", "001-5", "roughly 1,100 (NIS) against \"several hundred\" (White House) a few days earlier: vague"],
        ["001-5", "002-1", "\"several hundred\" (White House) against more than 3,000 (Zelensky): vague"],
        ["001-5", "006-3", "\"several hundred\" (Dec 2024) against around 4,000 (Feb 2025): months apart"],
        ["001-5", "009-1", "\"several hundred\" (Dec 2024) against about 4,700 (Apr 2025): months apart"],
        ["001-5", "014-3", "\"several hundred\" (Dec 2024) against about 4,700 (Dec 2025 retrospective): months apart"],
        ["001-3", "006-3", "1,100 (Dec 2024) against around 4,000 (Feb 2025): a cumulative count ten weeks later"],
        ["001-3", "009-1", "1,100 (Dec 2024) against 4,700 (Apr 2025): months apart"],
        ["001-3", "014-3", "1,100 (Dec 2024) against 4,700 (Dec 2025 retrospective): months apart"],
        ["006-3", "009-1", "around 4,000 (JCS, Feb) against about 4,700 (NIS, Apr): a cumulative count two months later"],
        ["006-3", "014-3", "around 4,000 (Feb 2025) against 4,700 (Dec 2025 retrospective): months apart"],
        # killed
        ["003-1", "009-2", "about 300 dead (NIS, Jan) against about 600 (NIS, Apr): same agency's count months later"],
        ["003-1", "012-1", "about 300 dead (Jan) against about 2,000 (Sep): months apart"],
        ["003-1", "014-4", "about 300 dead (Jan) against some two thousand (Dec retrospective): months apart"],
        ["009-2", "012-1", "about 600 dead (Apr) against about 2,000 (Sep): months apart"],
        ["009-2", "014-4", "about 600 dead (Apr) against some two thousand (Dec retrospective): months apart"],
        ["011-2", "012-1", "hundreds dead (Jun) against about 2,000 (Sep): vague, months apart"],
        ["011-2", "014-4", "hundreds dead (Jun) against some two thousand (Dec): vague, months apart"],
        # wounded
        ["001-2", "011-3", "some 1,000 wounded (Dec 2024) against thousands (Jun 2025): vague, months apart"],
    ],
}

goldlib.write(
    "Gold labels for testdata/blind423/articles, written and labelled blind. See ../corpus/README.md "
    "for the meaning of every field and how a system's output is scored.",
    A, NOT, OFF, DUP, conflicts)
