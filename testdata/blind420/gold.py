#!/usr/bin/env python3
"""Gold labels for testdata/blind420 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind420: fifteen articles written in our own words about the real "
         "story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
PENT = ["Pentagon", "Sabrina Singh", "Department of Defense", "United States", "US"]
UN = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 10000, None, "about", ZEL + ["Ukrainian intelligence"],
         "North Korea is transferring about ten thousand soldiers", False),
        ("troops", NK, 1500, None, "about", NIS + ["Yonhap"],
         "North Korea had already shipped about 1,500 special forces troops to Vladivostok", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", PENT,
         "North Korea has sent a total of about 10,000 soldiers to eastern Russia", False),
        ("troops", NK, 8000, None, "up_to", PENT,
         "up to 8,000 of them have moved into Russia's Kursk oblast", False),
        ("troops", NK, 11000, None, "about", ["Ukraine", "Ukrainians", "Ukrainian intelligence"],
         "there are around 11,000 North Korean soldiers in Kursk", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 wounded", False),
        ("casualties", NK, 1100, None, "about", NIS,
         "puts North Korean casualties at around 1,100", False),
        ("troops", NK, 11000, None, "about", NIS,
         "around 11,000 North Korean troops have been stationed since late October", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "North Korea's losses in Russia's Kursk Oblast have exceeded 3,000 killed and wounded", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean forces had sustained around 1,100 casualties", False),
    ],
    "008": [
        ("killed", NK, 300, None, "about", NIS,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "around 2,700 wounded fighting for Russia against Ukraine", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "his forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "010": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has sent some three thousand additional soldiers to Russia since the start of the year", False),
        ("troops", NK, 11000, None, "about", JCS,
         "roughly eleven thousand troops the North dispatched last autumn", False),
        ("casualties", NK, 2000, 9999, "vague", JCS,
         "the North Koreans have taken several thousand casualties", True),
    ],
    "011": [
        ("troops", NK, 15000, None, "about", NIS,
         "North Korea has sent around 15,000 troops to Russia since last year", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 of them have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 deaths", False),
    ],
    "012": [
        ("troops", NK, 10000, None, "more_than", UN,
         "North Korea is believed to have sent more than 10,000 soldiers to Kursk since last autumn", False),
        ("casualties", NK, 2000, 9999, "vague", UN,
         "thousands of them are thought to have been killed or wounded", True),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS,
         "About 2,000 North Korean soldiers are believed to have been killed in the fighting", False),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range",
         ["Washington", "United States", "US", "Seoul", "South Korea", "Kyiv", "Ukraine"],
         "put the contingent at between 10,000 and 12,000 soldiers", False),
        ("troops", NK, 15000, None, "about", NIS,
         "about 15,000 have served in total", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died", False),
        ("casualties", NK, 6000, None, "more_than",
         ["Britain's Ministry of Defence", "Ministry of Defence", "UK Ministry of Defence", "Britain", "UK"],
         "the North Koreans had suffered more than 6,000 casualties", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Ukrainian forces", "unattributed"],
         "Ukrainian forces captured two North Korean soldiers", False),
    ],
}

NOT = {
    "000": ["a total of some 12,000 troops", "four Russian navy transport ships", "25 Patriot systems",
            "more than 6,000 kilometres", "Bodies of 501 fallen defenders", "56 drones overnight",
            "Views: 3,112", "five points and three secret annexes"],
    "002": ["$425 million", "range of up to 300 kilometers", "56th Security Consultative Meeting"],
    "003": ["240 mm multiple rocket launchers", "170 mm self-propelled howitzers",
            "1,450 per dollar", "3 dead in apartment fire in Gwangju", "less than three weeks"],
    "006": ["small groups of 20 to 30 soldiers", "72 drones against Ukraine overnight: 47 shot down"],
    "008": ["aged 20 and 26", "the 11,000 North Korean troops fighting for Russia"],
    "010": ["170mm self-propelled guns", "240mm multiple rocket launchers", "around $2,000 a month"],
    "011": ["exports up 3.7 pct in April"],
    "012": ["1,000 sappers", "5,000 military builders", "new 5,000-ton destroyer", "60 years of diplomatic ties"],
    "013": ["a 9-meter granite stele", "about 10 kilometers from the Ukrainian border",
            "84 Ukrainian Drones", "for 5 Years"],
    "014": ["1,000 deminers", "5,000 military construction workers", "$20 billion"],
}

OFF = ["001", "004", "007", "009"]
DUP = {"005": "006"}

MAY_TROOPS = [
    # about-10,000 / up-to-8,000 in autumn 2024 against later, larger counts
    ("000-1", "002-3", "about 10,000 sent (Oct 18) against around 11,000 in Kursk (Nov 4): 17 days apart, whole vs Kursk"),
    ("000-1", "003-4", "about 10,000 (Oct 2024) against about 11,000 (Dec 2024): two months apart"),
    ("000-1", "010-2", "about 10,000 (Oct 2024) against about 11,000 sent last autumn (Feb 2025)"),
    ("000-1", "011-1", "10,000 (Oct 2024) against 15,000 in total with reinforcements (Apr 2025)"),
    ("000-1", "014-2", "10,000 (Oct 2024) against 15,000 in total (Dec 2025 recap)"),
    ("002-1", "002-3", "about 10,000 in eastern Russia (Pentagon) against around 11,000 in Kursk (Ukraine): close values, whole vs part"),
    ("002-1", "003-4", "about 10,000 (Nov 4) against about 11,000 (Dec 19): six weeks apart"),
    ("002-1", "010-2", "about 10,000 (Nov 2024) against about 11,000 sent last autumn (Feb 2025)"),
    ("002-1", "011-1", "10,000 (Nov 2024) against 15,000 in total (Apr 2025)"),
    ("002-1", "014-2", "10,000 (Nov 2024) against 15,000 in total (Dec 2025 recap)"),
    ("002-2", "003-4", "up to 8,000 in Kursk (Nov 4) against about 11,000 (Dec 19): six weeks apart"),
    ("002-2", "010-2", "up to 8,000 (Nov 2024) against about 11,000 sent last autumn (Feb 2025)"),
    ("002-2", "011-1", "up to 8,000 (Nov 2024) against 15,000 in total (Apr 2025)"),
    ("000-1", "012-1", "about 10,000 (Oct 2024) against more than 10,000 (Jun 2025)"),
    ("002-1", "012-1", "about 10,000 (Nov 2024) against more than 10,000 (Jun 2025)"),
    ("002-2", "012-1", "up to 8,000 (Nov 2024) against more than 10,000 (Jun 2025)"),
    ("002-2", "014-1", "up to 8,000 in Kursk against 10,000-12,000 in the autumn 2024 recap"),
    ("002-2", "014-2", "up to 8,000 (Nov 2024) against 15,000 in total (Dec 2025 recap)"),
    ("002-3", "011-1", "around 11,000 (Nov 2024) against 15,000 in total (Apr 2025)"),
    ("002-3", "014-2", "around 11,000 (Nov 2024) against 15,000 in total (Dec 2025 recap)"),
    ("003-4", "011-1", "about 11,000 (Dec 2024) against 15,000 with reinforcements (Apr 2025)"),
    ("003-4", "014-2", "about 11,000 (Dec 2024) against 15,000 in total (Dec 2025 recap)"),
    ("010-2", "011-1", "about 11,000 sent last autumn against 15,000 in total two months later"),
    ("010-2", "014-2", "about 11,000 sent in autumn 2024 against 15,000 in total"),
    ("011-1", "014-1", "15,000 in total (Apr 2025) against 10,000-12,000 in autumn 2024"),
    ("014-1", "014-2", "10,000-12,000 in autumn 2024 against 15,000 in total with reinforcements, same recap"),
    # an additional force of about 3,000
    ("010-1", "010-2", "an additional 3,000 against the 11,000 sent earlier"),
    ("000-1", "010-1", "an additional 3,000 (Feb 2025) against 10,000 (Oct 2024)"),
    ("002-1", "010-1", "an additional 3,000 against 10,000"),
    ("002-2", "010-1", "an additional 3,000 against up to 8,000 in Kursk"),
    ("002-3", "010-1", "an additional 3,000 against around 11,000"),
    ("003-4", "010-1", "an additional 3,000 against about 11,000"),
    ("010-1", "011-1", "an additional 3,000 against 15,000 in total"),
    ("010-1", "012-1", "an additional 3,000 against more than 10,000"),
    ("010-1", "014-1", "an additional 3,000 against 10,000-12,000"),
    ("010-1", "014-2", "an additional 3,000 against 15,000 in total"),
]
MAY_LOSSES = [
    ("003-3", "011-2", "NIS's cumulative casualties rising from about 1,100 (Dec 2024) to about 4,700 (Apr 2025): an update"),
    ("006-2", "011-2", "about 1,100 (JCS, Dec 2024) against about 4,700 (NIS, Apr 2025): four months apart"),
    ("003-3", "014-4", "about 1,100 (Dec 2024) against more than 6,000 (June 2025)"),
    ("006-2", "014-4", "about 1,100 (Dec 2024) against more than 6,000 (June 2025)"),
    ("011-2", "014-4", "about 4,700 (NIS, Apr 2025) against more than 6,000 (UK MoD, June 2025)"),
    ("003-2", "008-2", "NIS's wounded count rising from about 1,000 (Dec 19) to about 2,700 (Jan 13): an update"),
    ("008-1", "011-3", "NIS's killed count rising from about 300 (Jan) to about 600 (Apr): an update, not a conflict"),
    ("008-1", "013-1", "about 300 killed (Jan) against about 2,000 (Sep): NIS update"),
    ("008-1", "014-3", "about 300 killed (Jan) against about 2,000 (Sep): NIS update"),
    ("011-3", "013-1", "about 600 killed (Apr) against about 2,000 (Sep): NIS update"),
    ("011-3", "014-3", "about 600 killed (Apr) against about 2,000 (Sep): NIS update"),
]

conflicts = {
    "must": [
        ["002-2", "002-3", "up to 8,000 North Korean troops in Kursk (Pentagon) against around 11,000 in Kursk (Ukraine), same briefing"],
        ["003-3", "006-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
        ["006-1", "006-2", "more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's JCS), the same day"],
    ],
    "may": [list(p) for p in MAY_TROOPS + MAY_LOSSES],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
