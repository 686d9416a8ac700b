#!/usr/bin/env python3
"""Gold labels for testdata/blind422 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
HUR = ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine", "Kyiv"]

A = {
    "000": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean soldiers sent to fight for Russia have suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died in combat", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "with close to 1,000 others wounded", False),
        ("troops", NK, 11000, None, "about", JCS,
         "The North, which sent some 11,000 troops to Russia in October and November", False),
    ],
    "001": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Syrskyi", "Ukraine"],
         "North Korean losses in Russia's Kursk Oblast have topped 3,000 killed and wounded", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean troops had been killed or wounded in the fighting", False),
        ("troops", NK, 11000, None, "about",
         ["Ukrainian, South Korean and U.S. intelligence", "intelligence", "Ukraine", "South Korea", "United States", "U.S."],
         "North Korea sent roughly 11,000 troops to Russia in the autumn", False),
        ("casualties", NK, 30, None, "at_least", HUR,
         "North Korean units had lost at least 30 soldiers killed or wounded", False),
    ],
    "003": [
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian troops have taken two soldiers from North Korea prisoner", False),
        ("troops", NK, 11000, None, "about", ["Ukraine", "Kyiv"],
         "Ukraine says North Korea sent about eleven thousand soldiers to fight for Russia", False),
    ],
    "004": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "about 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "putting the North's losses at roughly 3,000", False),
        ("casualties", NK, 3800, None, "exact", HUR,
         "North Korean losses in the Kursk region now stand at 3,800 killed and wounded", False),
        ("captured", NK, 2, None, "exact", NIS_LEE + ["Ukraine"],
         "one of the two soldiers captured by Ukraine on Saturday", False),
    ],
    "006": [
        ("troops", NK, 2000, 9999, "vague", ["Washington, Seoul and Kyiv", "United States", "South Korea", "Ukraine"],
         "thousands of North Korean soldiers are in Russia", True),
        ("troops", NK, 10000, None, "about", ["Pentagon", "United States", "US", "Washington"],
         "about 10,000 North Korean troops have been sent to eastern Russia for training", False),
        ("troops", NK, 10000, 12000, "range", ["South Korea's spy agency", "spy agency", "National Intelligence Service", "NIS", "South Korea"],
         "it believes between 10,000 and 12,000 have arrived in total", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "US Secretary of State", "United States", "US"],
         "\"roughly 8,000\" of them have already moved to Russia's Kursk region", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", NIS,
         "an additional batch of around 3,000 soldiers to Russia", False),
        ("troops", NK, 14000, None, "about", ["unattributed", "National Intelligence Service", "NIS"],
         "the total number of North Korean soldiers sent to Russia is estimated at some fourteen thousand", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "About 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "including some 600 who died", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "around 15,000 North Korean soldiers in all had been dispatched to Russia", False),
    ],
    "009": [
        ("troops", NK, 15000, None, "up_to",
         ["Western and South Korean intelligence agencies", "Western intelligence", "intelligence agencies", "South Korea"],
         "as many as 15,000 North Korean soldiers were sent to Russia in total", False),
        ("casualties", NK, 4700, None, "about", ["Seoul's spy agency", "spy agency", "NIS", "National Intelligence Service", "South Korea", "Seoul"],
         "some 4,700 of them had been killed or wounded", False),
        ("troops", NK, 200, 900, "vague", ["Russian regional media", "Russian media", "reports in Russian regional media"],
         "Hundreds of North Korean army engineers are already working in the region's border districts", True),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won"],
         "About 2,000 North Korean soldiers have died fighting for Russia", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Kim Jong Un"],
         "nine of its members had died during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "roughly 2,000 North Korean soldiers had been killed in the war", False),
    ],
}

NOT = {
    "000": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "Won falls to 1,450 against dollar",
            "vetoes 6 bills", "Asiana merger after 4 years", "paras 4-6"],
    "001": ["in groups of 20 to 30", "Join more than 20,000 members", "damages 12 apartment buildings",
            "Russia launches 78 drones, 3 missiles", "2 min read", "nearly three times the estimate"],
    "003": ["a rifleman born in 2005", "born in 1999", "Saturday, 11 January 2025, 18:05"],
    "004": ["105 drones", "three ballistic missiles", "61 drones had been shot down", "40 others",
            "about 18,000 households without power", "Comments (412)"],
    "006": ["as many as 15,000 by the end of the year", "as young as 18", "82mm mortars",
            "more than 6,000 kilometres west", "02:14", "5 days to go"],
    "007": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled howitzers", "1950-53 Korean War",
            "KOSPI 2,641.09", "USD/KRW 1,434.50"],
    "008": ["roughly 20 trillion won ($14 billion)", "Nikkei closes up 0.6% at 36,045", "16:45"],
    "009": ["North Korea will send 1,000 sappers", "another 5,000 military construction workers",
            "more than 400 square kilometers", "several thousand homes were damaged", "1,700 Homes Destroyed",
            "$2 a month", "USD 78.45"],
    "013": ["a further 6,000 or so personnel", "17-kilometer border", "14th straight month", "3 weeks before deadline",
            "80th anniversary of liberation"],
    "014": ["about 120 days", "about 6,800 km", "Dec 12, 2025"],
}

OFF = ["002", "010", "011", "012"]
DUP = {"005": "001"}

must = [
    ["000-1", "001-1", "about 1,100 casualties (South Korea's JCS, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
    ["001-1", "001-2", "within one article: Zelensky's more than 3,000 casualties against the JCS's about 1,100 from four days earlier"],
    ["004-3", "004-4", "within one article, same day: about 3,000 casualties (NIS via Lee Seong-kweun) against 3,800 (Ukraine's HUR)"],
]

may = [
    # casualties: cumulative counts weeks or months apart, different sources or rising estimates
    ["000-1", "004-4", "JCS 1,100 (Dec 19) against HUR 3,800 (Jan 13), three and a half weeks apart, cumulative count"],
    ["001-2", "004-4", "JCS 1,100 (recalled Dec 23) against HUR 3,800 (Jan 13), cumulative count"],
    ["001-1", "004-3", "more than 3,000 (Dec 23) against roughly 3,000 (Jan 13): the bound is nearly met, three weeks apart"],
    ["000-1", "008-1", "1,100 (Dec) against 4,700 (Apr), months apart"],
    ["001-2", "008-1", "1,100 (Dec) against 4,700 (Apr), months apart"],
    ["000-1", "009-2", "1,100 (Dec) against 4,700 (Apr, recalled in June), months apart"],
    ["001-2", "009-2", "1,100 (Dec) against 4,700 (Apr, recalled in June), months apart"],
    ["004-3", "008-1", "NIS 3,000 (Jan) rising to 4,700 (Apr): an update months apart"],
    ["004-3", "009-2", "NIS 3,000 (Jan) against 4,700 (Apr), months apart"],
    ["004-4", "008-1", "HUR 3,800 (Jan) against NIS 4,700 (Apr), months apart"],
    ["004-4", "009-2", "HUR 3,800 (Jan) against NIS 4,700 (Apr), months apart"],
    # killed: a cumulative toll rising over months
    ["004-1", "008-2", "300 killed (Jan) against 600 (Apr), NIS update months apart"],
    ["004-1", "013-1", "300 killed (Jan) against 2,000 (Sep), months apart"],
    ["004-1", "014-2", "300 killed (Jan) against 2,000 (Sep estimate), months apart"],
    ["008-2", "013-1", "600 killed (Apr) against 2,000 (Sep), NIS update months apart"],
    ["008-2", "014-2", "600 killed (Apr) against 2,000 (Sep estimate), months apart"],
    # troops: about 10,000 against about 11,000, weeks apart
    ["006-2", "000-4", "about 10,000 (Pentagon, Nov 1) against some 11,000 (JCS, Dec 19)"],
    ["006-2", "001-3", "about 10,000 (Pentagon, Nov 1) against roughly 11,000 (Dec 23)"],
    ["006-2", "003-2", "about 10,000 (Pentagon, Nov 1) against about 11,000 (Ukraine, Jan 11)"],
]
# troops: "an additional" 3,000 (007-1) against every other troop figure
for other in ["000-4", "001-3", "003-2", "006-2", "006-3", "006-4", "007-2", "008-3", "009-1"]:
    may.append(["007-1", other, "an additional batch of about 3,000 against a total or another group"])
# troops: totals that grew with reinforcements, months apart
for other in ["000-4", "001-3", "003-2", "006-2", "006-3"]:
    may.append(["007-2", other, "total of some 14,000 after reinforcements (Feb 2025) against the first contingent months earlier"])
for other in ["000-4", "001-3", "003-2", "006-2", "006-3", "007-2"]:
    may.append(["008-3", other, "total of around 15,000 (Apr 2025) against an earlier count months before"])

about = ("Gold labels for testdata/blind422, fifteen articles written and labelled blind for crosscheck. "
         "See testdata/corpus/README.md for the meaning of every field.")

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
