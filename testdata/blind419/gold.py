#!/usr/bin/env python3
"""Gold labels for testdata/blind419 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NK, UA = "north_korea", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]
HUR = ["HUR", "Ukraine's military intelligence", "Defense Intelligence of Ukraine", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]

about = ("Gold labels for testdata/blind419: fifteen articles written in our own words about the real "
         "story's known reporting and labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "Russian navy transport ships carried some 1,500 North Korean special forces", False),
    ],
    "001": [
        ("troops", NK, 10000, 12000, "range", ["Kyiv", "Seoul", "Washington", "Ukraine", "South Korea", "United States"],
         "Estimates from Kyiv, Seoul and Washington have converged on between 10,000 and 12,000 soldiers", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "eleven thousand of them were already in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "more_than", ["Pentagon", "Pat Ryder", "United States"],
         "more than 10,000 had been sent to train in eastern Russia", False),
        ("troops", NK, 500, None, "about", HUR,
         "the contingent includes about 500 officers", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "The agency put the number of wounded at close to 1,000", False),
        ("casualties", NK, 1100, None, "about", NIS + ["Lee Seong-kweun"],
         "the NIS estimates some 1,100 North Korean casualties", False),
        ("troops", NK, 11000, None, "about", NIS,
         "Pyongyang has sent around 11,000 soldiers to Russia since October", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been put out of action in the Kursk region, either killed or wounded", False),
    ],
    "006": [
        ("killed", NK, 1000, None, "at_least", HUR,
         "no fewer than 1,000 North Koreans have died in Kursk", False),
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "the two North Korean soldiers captured by its forces on Saturday", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has sent some three thousand additional soldiers to Russia since January", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "Around 4,000 North Korean soldiers have been killed or wounded since they entered combat in early December", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korea has suffered about 4,700 casualties among the troops it sent to fight for Russia", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
         "including some 600 killed", False),
        ("troops", NK, 2000, 9999, "vague", ["Lee Seong-kweun"] + NIS,
         "Several thousand North Korean soldiers are believed to remain in the Kursk border area", True),
    ],
    "012": [
        ("troops", NK, 11000, 12000, "range", ["Ukrainian intelligence", "South Korean intelligence", "Ukraine", "South Korea"],
         "An estimated 11,000-12,000 North Korean soldiers were sent to Kursk last autumn", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS + ["South Korean lawmakers", "Park Sun-won"],
         "About 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea sent roughly 11,000 troops to Russia in the autumn of 2024", False),
    ],
    "014": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
        ("troops", NK, 11000, None, "about", ["Kyiv", "Seoul", "Ukraine", "South Korea"],
         "Kyiv and Seoul estimate that Pyongyang has sent around 11,000 troops", False),
        ("casualties", UA, 48000, None, "more_than", ["Russia's defence ministry", "Russian defence ministry", "Russia"],
         "Ukraine has lost more than 48,000 troops in the Kursk region since August", False),
    ],
}

NOT = {
    "000": ["12K troops expected in total", "up to 12,000 soldiers in four brigades", "three escort vessels",
            "some 400 kilometers northeast of Pyongyang", "2 days after threat", "first 10 days of October",
            "1 million streams in a day"],
    "001": ["aged between 18 and 24", "82mm mortars", "roughly 30 kilometres from the border",
            "around $2,000 (€1,860) a month per soldier", "1,254 partners", "62 drones overnight",
            "first €1.5 billion"],
    "003": ["At least one of the dead was a general-rank officer", "240 mm multiple rocket launchers",
            "170 mm self-propelled guns", "Won falls to 1,450 vs. dollar", "5-city Japan dome tour"],
    "004": ["52 of the 81 Shahed-type attack drones", "Russian army loses another 1,830 troops in Ukraine over past day",
            "1,000th armored vehicle"],
    "006": ["58 of the 110 drones Russia launched overnight", "a further 50 were \"lost\"", "Debris damaged two houses",
            "Comments (312)"],
    "008": ["two to three weeks", "Russia launches 213 drones and missiles", "Join the 19,000 members",
            "from $5 a month"],
    "010": ["some 220 artillery pieces", "170-mm self-propelled guns", "240-mm multiple rocket launchers",
            "Nikkei ends up 0.57% at 36,045", "3-way talks"],
    "012": ["1,000 military deminers", "5,000 military construction workers", "6,000 Deminers and Builders",
            "second trip to the North Korean capital in under two weeks", "monthly from $10"],
    "013": ["a further 6,000 military engineers and builders", "600mm rocket launchers"],
    "014": ["aged 20 and 26", "94 Ukrainian drones", "$500 million arms package",
            "hundreds of square kilometres"],
}

OFF = ["002", "005", "007", "011"]
DUP = {"009": "003"}

FIRST = "1,500 special forces in the first shipment (Oct 18) against the later whole contingent, weeks or months later"
ADDL = "an additional 3,000 reinforcements (Feb 2025) against the original contingent"
REMAIN = "several thousand still in Kursk (Apr 2025) against the contingent sent months earlier"

conflicts = {
    "must": [
        ["003-3", "004-1",
         "about 1,100 casualties (South Korea's NIS, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["006-1", "006-2",
         "no fewer than 1,000 killed (Ukraine's HUR) against about 300 killed (South Korea's NIS), same live blog, same day"],
    ],
    "may": [
        # first shipment against the whole
        ["000-1", "001-1", FIRST], ["000-1", "001-2", FIRST], ["000-1", "001-3", FIRST],
        ["000-1", "003-4", FIRST], ["000-1", "014-2", FIRST], ["000-1", "012-1", FIRST],
        ["000-1", "013-2", FIRST], ["000-1", "008-1", FIRST], ["000-1", "010-3", FIRST],
        # an additional force
        ["008-1", "001-1", ADDL], ["008-1", "001-2", ADDL], ["008-1", "001-3", ADDL],
        ["008-1", "003-4", ADDL], ["008-1", "014-2", ADDL], ["008-1", "012-1", ADDL],
        ["008-1", "013-2", ADDL],
        # what remains, months later
        ["010-3", "001-1", REMAIN], ["010-3", "001-2", REMAIN], ["010-3", "001-3", REMAIN],
        ["010-3", "003-4", REMAIN], ["010-3", "014-2", REMAIN], ["010-3", "012-1", REMAIN],
        ["010-3", "013-2", REMAIN],
        # cumulative figures rising over weeks and months (updates, not contradictions)
        ["003-2", "006-3", "NIS wounded close to 1,000 (Dec 19) rising to about 2,700 (Jan 13): a cumulative update"],
        ["003-3", "008-2", "about 1,100 casualties (Dec 19) against about 4,000 (Feb 28), two months later"],
        ["003-3", "010-1", "NIS casualties about 1,100 (Dec 19) rising to about 4,700 (Apr 30): a cumulative update"],
        ["008-2", "010-1", "about 4,000 casualties (HUR, Feb 28) against about 4,700 (NIS, Apr 30), two months apart"],
        ["006-2", "010-2", "NIS killed about 300 (Jan 13) rising to about 600 (Apr 30): a cumulative update"],
        ["006-1", "010-2", "at least 1,000 killed (HUR, Jan 13) against about 600 (NIS, Apr 30), months apart"],
        ["006-2", "013-1", "about 300 killed (Jan 13) against about 2,000 (Sep 4), months apart"],
        ["010-2", "013-1", "NIS killed about 600 (Apr 30) rising to about 2,000 (Sep 4): a cumulative update"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
