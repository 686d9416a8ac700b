#!/usr/bin/env python3
"""Gold labels for testdata/blind564 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
HUR = ["HUR", "Defence Intelligence", "Defense Intelligence", "military intelligence", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul", "Lee Seong-kweun"]
NIS2 = NIS + ["Park Sun-won"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "South Korean military"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Ukraine", "Kyiv"]
PENT = ["Pentagon", "Sabrina Singh", "Singh", "United States", "US", "U.S.", "Washington"]

about = ("Gold labels for testdata/blind564: fifteen articles written in our own words about the real "
         "story's reporting, labelled blind. Same schema as testdata/corpus/gold.json; see that README.")

A = {
    "000": [
        ("troops", NK, 12000, None, "up_to", HUR,
         "North Korea is readying up to 12,000 soldiers to fight on Russia's side", False),
        # part of the whole: the officers among the contingent
        ("troops", NK, 500, None, "exact", HUR, "Among the contingent are 500 officers", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENT,
         "North Korea now has roughly 10,000 soldiers in eastern Russia", False),
        ("troops", NK, 3000, None, "at_least", PENT + ["Lloyd Austin", "Defense Department"],
         "evidence of \"at least 3,000\" North Korean troops in Russia", False),
    ],
    "002": [
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers deployed to Russia have been killed in combat", False),
        ("wounded", NK, 1000, None, "about", NIS, "Around 1,000 more have been wounded", False),
        ("casualties", NK, 1100, None, "about", NIS, "bringing the North's losses to roughly 1,100", False),
        ("troops", NK, 11000, None, "about", NIS, "about 11,000 North Korean troops are now in Russia", False),
        ("casualties", NK, 200, 900, "vague", ["United States", "US", "U.S.", "Washington"],
         "put the North's losses at \"several hundred\" killed and wounded", True),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi"],
         "North Korea has lost upwards of three thousand soldiers killed and wounded in Russia's Kursk Oblast", False),
        # one engagement: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "004": [
        ("killed", NK, 300, None, "about", NIS, "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS, "2,700 wounded fighting for Russia in Kursk", False),
        ("casualties", NK, 3000, None, "about", NIS, "put the North's losses at about 3,000", False),
        ("captured", NK, 2, None, "exact", ZEL + ["SBU"],
         "the two North Korean soldiers captured by its forces in Kursk", False),
        ("casualties", NK, 3800, None, "exact", ZEL,
         "the number of North Korean soldiers killed or wounded in Kursk had climbed to 3,800", False),
    ],
    "005": [
        ("troops", NK, 3000, None, "about", JCS, "some 3,000 additional troops to Russia", False),
        ("troops", NK, 11000, None, "about", JCS, "an initial contingent of around 11,000 soldiers", False),
        ("casualties", NK, 2000, 9999, "vague", JCS,
         "North Korean casualties in Kursk now run into the thousands", True),
    ],
    "006": [
        ("troops", NK, 11000, 12000, "range", ["South Korea", "Ukraine", "South Korean and Ukrainian officials", "Seoul", "Kyiv"],
         "between 11,000 and 12,000 North Korean soldiers arrived in Russia", False),
        ("troops", NK, 3000, None, "about", ["Seoul's military", "South Korea", "Seoul", "Joint Chiefs of Staff", "JCS"],
         "another 3,000 or so followed", False),
        ("casualties", NK, 4000, None, "more_than", HUR,
         "more than 4,000 North Koreans had been killed or wounded", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine captures two North Korean soldiers", False),
    ],
    "007": [
        ("troops", NK, 15000, None, "about", NIS2,
         "roughly 15,000 North Korean troops have been dispatched to Russia", False),
        ("casualties", NK, 4700, None, "about", NIS2,
         "around 4,700 of them have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS2, "including about 600 deaths", False),
    ],
    "009": [
        ("troops", NK, 10000, None, "more_than", ["unattributed"],
         "North Korea, which has sent more than 10,000 combat troops to fight against Ukrainian forces", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Koreans had been killed or wounded", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died in the fighting", False),
        ("casualties", NK, 6000, None, "about", ["Britain's Defence Intelligence", "Defence Intelligence", "Britain", "UK", "British"],
         "the North had suffered some six thousand casualties in Kursk", False),
    ],
}

NOT = {
    "000": ["Enemy loses 1,290 troops, 14 tanks and 38 artillery systems in past day",
            "five training grounds", "about 150 kilometres from the border", "82-mm mortars", "by November 1"],
    "001": ["about 9,000 kilometers (5,600 miles) from Moscow", "Thousands more could follow",
            "more than triple the number"],
    "002": ["within 180 days", "3 pct", "1,450 per dollar", "lowest in 15 years", "about three hours",
            "5 things to know"],
    "003": ["Personnel 774,820 (+1,570)", "Tanks 9,558 (+7)", "about 1,300 square kilometers",
            "more than 20,000 members", "7 missiles overnight", "Aug. 6"],
    "004": ["85 Ukrainian drones", "about 40,000 households", "aged 20 and 26", "25% levy",
            "death toll rises to 24", "1.2 million readers in 180 countries"],
    "005": ["11-day Freedom Shield exercise", "0.8 pct", "11 hearings", "paras 4-6"],
    "006": ["Article 4 of the mutual defense treaty", "June 2024", "20 trillion won ($14 billion)",
            "3.5% of GDP", "Russian strike on Kyiv kills 12"],
    "007": ["170 mm self-propelled guns", "240 mm multiple rocket launchers",
            "a further 30,000 troops could be sent", "75 years after the war", "Exports rise 3.7%"],
    "009": ["1,000 mine-clearing troops", "5,000 military construction workers", "60th anniversary",
            "about a third of the force"],
    "012": ["Hundreds of mourners", "600,000 to evacuate"],
}

OFF = ["008", "011", "013", "014"]
DUP = {"010": "007"}

MONTHS = "months apart, a cumulative figure that rose over time"
ADD = "an additional force of about 3,000 against a figure for the whole or the first contingent"
may = [
    # troops: months apart or totals that include later reinforcements
    ["000-1", "007-1", "up to 12,000 (Oct 2024) against about 15,000 in total including reinforcements (Apr 2025)"],
    ["001-1", "002-4", "about 10,000 (Pentagon, Oct) against about 11,000 (NIS, Dec), seven weeks apart"],
    ["001-1", "005-2", "about 10,000 (Oct) against an initial contingent of about 11,000 (Feb): " + MONTHS],
    ["001-1", "006-1", "about 10,000 (Oct) against 11,000-12,000 (Apr): " + MONTHS],
    ["001-1", "007-1", "about 10,000 (Oct) against about 15,000 in total (Apr): " + MONTHS],
    ["001-1", "009-1", "about 10,000 (Oct 2024) against more than 10,000 (Jun 2025)"],
    ["002-4", "007-1", "about 11,000 (Dec) against about 15,000 in total (Apr): " + MONTHS],
    ["005-2", "007-1", "initial contingent of about 11,000 against about 15,000 in total"],
    ["006-1", "007-1", "11,000-12,000 in the autumn against about 15,000 in total, a day apart"],
]
for add in ["005-1", "006-2"]:
    for other in ["001-1", "002-4", "005-2", "006-1", "007-1", "009-1"]:
        may.append([add, other, ADD])
may += [
    # casualties
    ["002-3", "002-5", "roughly 1,100 (NIS) against \"several hundred\" (US) in the same week"],
    ["002-5", "003-1", "\"several hundred\" (US) against more than 3,000 (Zelensky), a week apart"],
    ["002-5", "004-3", "\"several hundred\" (US, Dec) against about 3,000 (NIS, Jan)"],
    ["002-5", "004-5", "\"several hundred\" (US, Dec) against 3,800 (Zelensky, Jan)"],
    ["002-3", "004-5", "roughly 1,100 (NIS, 19 Dec) against 3,800 (Zelensky, 6 Jan), a rising cumulative toll"],
    ["002-3", "005-3", "roughly 1,100 (Dec) against \"thousands\" (Feb)"],
    ["002-5", "005-3", "\"several hundred\" (Dec) against \"thousands\" (Feb)"],
    ["003-1", "004-3", "more than 3,000 (Zelensky, 23 Dec) against about 3,000 (NIS, 13 Jan)"],
    ["004-3", "006-3", "about 3,000 (Jan) against more than 4,000 (Apr): " + MONTHS],
    ["004-5", "006-3", "3,800 (Jan) against more than 4,000 (Apr): " + MONTHS],
    ["012-2", "004-3", "about 6,000 (UK, Aug 2025) against about 3,000 (NIS, Jan): " + MONTHS],
    ["012-2", "004-5", "about 6,000 (UK, Aug 2025) against 3,800 (Zelensky, Jan): " + MONTHS],
    ["012-2", "007-2", "about 6,000 (UK, Aug 2025) against about 4,700 (NIS, Apr): " + MONTHS],
    ["012-2", "009-2", "about 6,000 (UK) against about 4,700 (NIS's April figure, repeated in June): " + MONTHS],
]
for early in ["002-3", "002-5", "004-3", "004-5"]:
    for late in ["006-3", "007-2", "009-2", "012-2"]:
        pair = [early, late]
        if any(sorted(pair) == sorted(m[:2]) for m in may):
            continue
        may.append([early, late, MONTHS])
may += [
    # killed
    ["004-1", "007-3", "about 300 killed (Jan) against about 600 (Apr): " + MONTHS],
    ["004-1", "012-1", "about 300 killed (Jan) against about 2,000 (Sep): " + MONTHS],
    ["007-3", "012-1", "about 600 killed (Apr) against about 2,000 (Sep): " + MONTHS],
]

conflicts = {
    "must": [
        ["002-3", "003-1", "roughly 1,100 casualties (South Korea's NIS, 19 Dec) against more than 3,000 killed and wounded (Zelensky, 23 Dec), four days apart"],
        ["004-3", "004-5", "about 3,000 casualties (NIS, 13 Jan) against 3,800 killed or wounded (Zelensky, 6 Jan), in the same live blog"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
