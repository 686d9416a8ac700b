#!/usr/bin/env python3
"""Gold labels for testdata/blind658 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind658: 15 articles written in our own words about the real story's known "
         "reporting (October 2024 - December 2025), labelled blind. Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md for what counts as a claim and a conflict.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 special forces soldiers already shipped to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "US"],
         "About 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Pentagon", "Defense Department", "United States", "US"],
         "Roughly 10,000 North Korean soldiers are now in the country", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in Russia's Kursk region", False),
        ("troops", NK, 500, None, "about", ["Kyrylo Budanov", "Budanov", "HUR", "Defence Intelligence of Ukraine", "Ukraine"],
         "Among the contingent are around 500 officers", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "the number of North Korean soldiers killed and wounded in Russia's Kursk region has gone past 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean troops had been killed or wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "US"],
         "North Korean casualties numbered in the hundreds", True),
    ],
    "005": [
        ("casualties", NK, 3800, None, "more_than", ZEL,
         "more than 3,800 North Korean soldiers have been killed or wounded", False),
        ("troops", NK, 11000, None, "about", ["South Korean and U.S. intelligence", "South Korea", "United States", "U.S.", "US"],
         "North Korea is believed to have sent about 11,000 troops to Russia", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korean troops deployed to Russia have suffered some three thousand casualties", False),
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"], "about 300 killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"], "about 2,700 wounded", False),
        ("troops", NK, 11000, None, "about", NIS,
         "Some 11,000 North Korean troops were sent to Russia late last year", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "Ukraine captured two North Korean soldiers in Kursk", False),
    ],
    "008": [
        ("troops", NK, 1000, 3000, "range", JCS,
         "between 1,000 and 3,000 additional troops arrived in January and February", False),
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "Around 3,000 reinforcements have been dispatched", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "the roughly 11,000 soldiers North Korea sent last fall", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "About 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"], "roughly 600 of them fatally", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "the agency's January estimate of some 3,000 casualties", False),
    ],
    "012": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "General Staff of the Russian Armed Forces", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces had lost more than 76,000 servicemen, killed and wounded", False),
    ],
    "014": [
        ("troops", NK, 11000, 12000, "range", ["unattributed"], "numbered 11,000 to 12,000 soldiers", False),
        ("troops", NK, 3000, None, "about", NIS + ["Seoul's intelligence service"],
         "a second wave of about 3,000 early in 2025", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "several thousand military engineers and builders", True),
        ("troops", NK, 15000, None, "up_to", ["South Korean lawmakers", "South Korea"],
         "up to 15,000 North Korean soldiers may have served in Russia", False),
        ("killed", NK, 2000, None, "about", NIS,
         "an estimated 2,000 North Korean soldiers had died", False),
        ("killed", NK, 9, None, "exact", ["Kim Jong Un", "KCNA", "state media", "North Korea"],
         "Nine of its members were killed during the mission", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Ukraine captured two North Korean soldiers in January 2025", False),
    ],
}

NOT = {
    "000": ["as many as 12,000 soldiers in four brigades", "four Russian navy landing and escort ships",
            "first visit to the North in 24 years", "Oil set for 7% weekly drop",
            "cut up to 10% of overseas staff"],
    "001": ["roughly 1,000 square kilometers", "more than two and a half years",
            "Russia fires 50 drones at Ukraine overnight", "Spain flood death toll rises to 158",
            "Early vote tops 60 million"],
    "003": ["82-mm mortars", "about two weeks", "Russian army lost 1,550 soldiers over past day",
            "Views 4,317", "began on August 6"],
    "004": ["37 Shahed-type drones", "two Iskander-M missiles", "24 drones were shot down",
            "hourly power cuts will be applied in seven regions", "the attack that killed five",
            "Comments (412)"],
    "005": ["115.5 tril. yen budget", "Tokyo stocks end 1.8% higher", "Nikkei at 5-month high"],
    "007": ["born in 2005", "aged 26", "had served since 2016", "joined the army in 2021",
            "240-mm multiple rocket launchers", "170-mm self-propelled guns", "Exports up 8.2 pct in 2024",
            "on Jan. 9"],
    "008": ["about 220 long-range artillery systems", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "as far as 60 kilometers away", "1,437.50 per dollar", "KOSPI 2,641.09", "25% Tariffs on EU Goods",
            "Bitcoin Slides Below $85,000"],
    "010": ["around 20 trillion won ($14 billion)", "recaptured on April 26", "April 2.9 percent higher",
            "SIM cards for 25 million users", "12 trillion won extra budget"],
    "012": ["1,000 sappers to clear mines in the Kursk Region",
            "5,000 military builders to restore infrastructure destroyed by the Ukrainian armed forces",
            "send 1,000 sappers for demining Russian territory",
            "more than 7,000 units of weapons and military hardware", "45 border villages to be rebuilt",
            "signed on June 19, 2024"],
    "014": ["1,000 deminers and 5,000 construction troops", "120 days of mine-clearing",
            "more than 8,000 kilometres", "signed June 19, 2024"],
}

OFF = ["002", "006", "011", "013"]
DUP = {"009": "007"}

must = [
    ["001-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31 2024) against 11,000 already in "
                       "Kursk (Zelensky, Nov 5 2024): different sources, five days apart"],
    ["004-1", "004-2", "more than 3,000 killed and wounded (Zelensky) against about 1,100 (South Korea's JCS), "
                       "the same day in the same live blog"],
    ["004-2", "005-1", "about 1,100 casualties (JCS, Dec 23 2024) against more than 3,800 (Zelensky, Dec 27 2024), "
                       "four days apart"],
]

may = []
# troops: the deployment grew from October 2024; totals weeks or months apart are defensible either way
early = ["000-1"]
totals = ["001-1", "001-2", "003-1", "005-2", "007-4", "008-3", "014-1"]
for t in totals:
    may.append(["000-1", t, "about 1,500 in the first shipment (NIS, Oct 18 2024) against a later, larger total"])
for t in ["005-2", "007-4", "008-3", "014-1"]:
    may.append(["001-1", t, "about 8,000 in Kursk (Oct 31 2024) against a total of 11,000 or more reported months later"])
for t in ["003-1", "005-2", "007-4", "008-3", "014-1"]:
    may.append(["001-2", t, "roughly 10,000 in Russia (Pentagon, Oct 31 2024) against about 11,000 or more in "
                            "Kursk/Russia, days to months later"])
# additional forces against the original contingent
for a in ["008-1", "008-2", "014-2"]:
    for t in ["000-1"] + totals:
        may.append([t, a, "an additional force (reinforcements in early 2025) against the original contingent"])
# casualties: cumulative counts weeks or months apart
may += [
    ["004-3", "004-1", "vague 'in the hundreds' (Pentagon, a week earlier) against more than 3,000"],
    ["004-3", "004-2", "vague 'in the hundreds' (Pentagon, a week earlier) against about 1,100"],
    ["004-3", "005-1", "vague 'in the hundreds' (Pentagon, mid-December) against more than 3,800 (Dec 27)"],
    ["004-2", "007-1", "about 1,100 (JCS, Dec 23) against about 3,000 (NIS, Jan 13): cumulative count three weeks later"],
    ["005-1", "007-1", "more than 3,800 (Zelensky, Dec 27) against about 3,000 (NIS, Jan 13): different sources, "
                       "cumulative counts 17 days apart"],
    ["004-2", "010-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): months apart"],
    ["007-1", "010-1", "NIS's own cumulative count rising from about 3,000 (Jan) to about 4,700 (Apr)"],
    ["004-2", "010-3", "about 1,100 (JCS, Dec 23) against the NIS January estimate of about 3,000"],
    ["005-1", "010-3", "more than 3,800 (Zelensky, Dec 27) against the NIS January estimate of about 3,000"],
    ["007-2", "010-2", "NIS killed count rising from about 300 (Jan) to about 600 (Apr)"],
    ["007-2", "014-5", "about 300 killed (Jan 2025) against about 2,000 killed (Sep 2025 estimate)"],
    ["010-2", "014-5", "about 600 killed (Apr 2025) against about 2,000 killed (Sep 2025 estimate)"],
]

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
