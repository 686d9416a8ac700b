#!/usr/bin/env python3
"""Gold labels for testdata/blind431 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind431: fifteen articles written in our own words about the real "
         "story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NK = "north_korea"
HUR = ["HUR", "Budanov", "military intelligence", "Ukraine"]
NIS = ["NIS", "National Intelligence Service", "spy agency", "South Korea", "Seoul", "Lee Seong-kweon"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", HUR,
         "North Korea has moved around 12,000 soldiers to training grounds in Russia's Far East", False),
        ("troops", NK, 500, None, "about", HUR,
         "The contingent includes some 500 officers", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukrainian intelligence"],
         "Eleven thousand soldiers from North Korea are already in the Kursk region", False),
        ("troops", NK, 8000, None, "about", ["Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US", "Washington", "Pentagon"],
         "about 8,000 North Korean soldiers had been moved to Kursk", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "some 1,000 wounded", False),
        ("casualties", NK, 1100, None, "about", NIS,
         "that puts North Korea's losses at roughly 1,100", False),
        ("troops", NK, 11000, None, "about", NIS,
         "some 11,000 North Korean soldiers were dispatched to Russia in October and November", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi"],
         "more than 3,000 soldiers from North Korea have already been killed or wounded in Russia's Kursk Oblast", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS + ["South Korean lawmaker"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["South Korean lawmaker"],
         "2,700 wounded fighting alongside Russian forces against Ukraine", False),
        ("captured", NK, 2, None, "exact", NIS,
         "Ukraine had captured two North Korean soldiers in Russia's Kursk region", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "his forces had captured two wounded soldiers", False),
        ("troops", NK, 10000, None, "more_than", ["South Korea", "Ukraine", "United States"],
         "North Korea has sent more than 10,000 troops to Russia", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", NIS + ["lawmakers"],
         "some three thousand additional soldiers to Russia since January", False),
        ("casualties", NK, 4000, None, "about", NIS + ["lawmakers"],
         "North Korean casualties in the fighting against Ukrainian forces had reached around 4,000", False),
        ("troops", NK, 11000, None, "about", NIS + ["lawmakers"],
         "the roughly 11,000 troops Pyongyang dispatched in the fall", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
         "the Ukrainian armed forces lost over 76,000 servicemen during the fighting in the region", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korea has suffered about 4,700 casualties in Russia's war against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS,
         "including around 600 killed", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "the roughly 3,000 casualties the agency had counted in January", False),
    ],
    "012": [
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "An estimated 11,000 North Korean soldiers fought in Kursk last winter", False),
        ("killed", NK, 200, 900, "vague", ["Seoul", "South Korea"],
         "Seoul says hundreds of them were killed", True),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range", ["Western", "South Korean officials", "South Korea"],
         "estimated the first deployment, in October and November 2024, at between 10,000 and 12,000 troops", False),
        ("troops", NK, 3000, None, "about", ["NIS", "National Intelligence Service", "South Korea"],
         "A further 3,000 or so were sent early in 2025 to make up for losses", False),
        ("killed", NK, 2000, None, "about", ["NIS", "National Intelligence Service", "South Korea"],
         "About 2,000 North Korean soldiers are now thought to have died", False),
        ("casualties", NK, 6000, None, "more_than", ["Defence Intelligence", "Britain", "British", "UK", "United Kingdom"],
         "put the total number of killed and wounded at more than 6,000", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"],
         "holding two North Korean soldiers captured in January", False),
    ],
}

NOT = {
    "000": ["the first 2,600 of them", "82 mm mortars", "roughly 6,500 kilometers from the front line",
            "Russia lost 1,250 soldiers over past day", "Join 15,000 members", "HUR posts footage of 3 soldiers in Kursk",
            "$5 a month"],
    "002": ["up to 100,000 soldiers", "$425 million package", "155mm artillery rounds", "7 swing states",
            "The 3 Senate races"],
    "003": ["240 mm multiple rocket launchers", "KOSPI 2,435.93", "USD/KRW 1,451.90", "at least three villages",
            "W1.8tr", "10 places to see the first sunrise of 2025", "Dec. 3"],
    "004": ["approx. 775,870 (+1,630)", "tanks – 9,560 (+12)", "6 people injured", "21 of 29 drones downed",
            "6 August 2024"],
    "006": ["aged 20 and 26", "Russian forces capture 2 more villages", "4:48 PM GMT+9"],
    "007": ["about 200 long-range artillery pieces", "N. Korea's troop casualties in Russia reach 3,000",
            "3K reinforcements"],
    "009": ["more than 7,700 items of weapons and military equipment", "412 tanks", "980 armored vehicles",
            "June 2024", "Over 300 drones downed"],
    "011": ["Article 4 of the treaty", "5,000-ton destroyer", "600mm rocket launchers"],
    "012": ["1,000 sappers", "5,000 military construction workers", "C$2bn", "Comments (1,243)"],
    "014": ["1,000 deminers", "5,000 military builders", "20-hour train journey"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"008": "006"}

must = [
    ["003-3", "004-1", "about 1,100 North Korean casualties (NIS via Lee Seong-kweon, 19 Dec 2024) against more "
     "than 3,000 killed and wounded (Zelensky, 23 Dec 2024), four days apart"],
    ["002-1", "002-2", "eleven thousand North Korean troops in Kursk (Zelensky) against about 8,000 moved to Kursk "
     "(Blinken, five days earlier), in the same article"],
]

may = [
    # troops: the main force, months apart or a part of it
    ["000-1", "002-2", "about 12,000 in Russia (HUR, 25 Oct) against about 8,000 moved to Kursk (Blinken): a part, eleven days apart"],
    ["000-1", "002-1", "about 12,000 in Russia against 11,000 already in Kursk, eleven days apart: compatible as a part, close as a total"],
    ["000-1", "003-4", "about 12,000 (HUR, Oct 2024) against some 11,000 (NIS, Dec 2024), two months apart"],
    ["000-1", "007-3", "about 12,000 (Oct 2024) against roughly 11,000 (Feb 2025), four months apart"],
    ["000-1", "012-1", "about 12,000 (Oct 2024) against an estimated 11,000 (Jun 2025), eight months apart"],
    ["002-2", "003-4", "about 8,000 in Kursk (Nov 2024) against some 11,000 sent to Russia (Dec 2024), six weeks apart"],
    ["002-2", "006-5", "about 8,000 in Kursk (Nov 2024) against more than 10,000 sent to Russia (Jan 2025), two months apart"],
    ["002-2", "007-3", "about 8,000 (Nov 2024) against roughly 11,000 (Feb 2025), months apart"],
    ["002-2", "012-1", "about 8,000 (Nov 2024) against an estimated 11,000 (Jun 2025), months apart"],
    ["002-2", "014-1", "about 8,000 (Nov 2024) against 10,000-12,000 (Sep 2025), months apart"],
]
for extra in ("007-1", "014-2"):
    for main in ("000-1", "002-1", "002-2", "003-4", "006-5", "007-3", "012-1", "014-1"):
        may.append([extra, main, "about 3,000 additional troops (reinforcements, early 2025) against the main deployment"])
may += [
    # casualties: a cumulative figure rising over months
    ["003-3", "007-2", "about 1,100 (Dec 2024) against around 4,000 (Feb 2025): cumulative, two months apart"],
    ["003-3", "011-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): cumulative, months apart"],
    ["003-3", "011-3", "about 1,100 (19 Dec 2024) against roughly 3,000 counted in January 2025: cumulative, weeks apart"],
    ["003-3", "014-4", "about 1,100 (Dec 2024) against more than 6,000 (Sep 2025): cumulative, months apart"],
    ["007-2", "011-1", "around 4,000 (Feb 2025) against about 4,700 (Apr 2025): cumulative, two months apart"],
    ["007-2", "011-3", "around 4,000 (Feb 2025) against roughly 3,000 counted in January: an earlier count"],
    ["007-2", "014-4", "around 4,000 (Feb 2025) against more than 6,000 (Sep 2025): cumulative, months apart"],
    ["011-1", "014-4", "about 4,700 (Apr 2025) against more than 6,000 (Sep 2025): cumulative, months apart"],
    ["011-3", "014-4", "roughly 3,000 (January count) against more than 6,000 (Sep 2025): cumulative, months apart"],
    # killed
    ["006-1", "011-2", "about 300 killed (Jan 2025) against around 600 (Apr 2025): cumulative, months apart"],
    ["006-1", "014-3", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025): cumulative, months apart"],
    ["011-2", "014-3", "around 600 killed (Apr 2025) against about 2,000 (Sep 2025): cumulative, months apart"],
    ["012-2", "014-3", "hundreds killed (Jun 2025) against about 2,000 (Sep 2025): vague, months apart"],
    # wounded
    ["003-2", "006-2", "some 1,000 wounded (19 Dec 2024) against 2,700 (13 Jan 2025): cumulative, weeks apart"],
]

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
