#!/usr/bin/env python3
"""Gold labels for testdata/blind648 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind648: fifteen articles written in our own words about North Korean "
         "troops in Russia's Kursk region, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
NISL = NIS + ["Lee Seong-kweun", "lawmakers"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Ukraine"]
BUD = ["Budanov", "Kyrylo Budanov", "HUR", "Defence Intelligence", "Ukraine"]
NK, T, C, K, W, P = "north_korea", "troops", "casualties", "killed", "wounded", "captured"

A = {
    "000": [
        (T, NK, 1500, None, "about", NIS,
         "with some 1,500 soldiers already transported to the Russian Far East in the first wave", False),
    ],
    "001": [
        (T, NK, 11000, None, "exact", ZEL,
         "Eleven thousand soldiers of the North Korean army are already in Russia's Kursk region", False),
        (T, NK, 500, None, "about", BUD,
         "the contingent is led by about 500 North Korean officers", False),
        (T, NK, 12000, None, "up_to", BUD,
         "Budanov put the total number of North Korean soldiers sent to Russia at up to 12,000", False),
    ],
    "003": [
        (C, NK, 1100, None, "about", NISL,
         "have suffered roughly 1,100 casualties in their first weeks of fighting in the Kursk region", False),
        (K, NK, 100, None, "at_least", NISL, "at least 100 had been killed", False),
        (W, NK, 1000, None, "about", NISL, "close to 1,000 wounded", False),
        (T, NK, 11000, None, "about", NISL,
         "The agency put the total North Korean force in Russia at about 11,000", False),
        (C, NK, 200, 900, "vague", ["Pentagon", "Pentagon spokesperson", "US", "United States", "Washington"],
         "North Korean units had taken several hundred casualties", True),
    ],
    "004": [
        (C, NK, 3000, None, "more_than", ZEL,
         "North Korean losses in Kursk — dead and wounded — have now passed 3,000", False),
        (T, NK, 11000, 12000, "range", ["unattributed"],
         "Pyongyang has sent an estimated 11,000 to 12,000 troops to Russia", False),
        (C, "ukraine", 300, None, "up_to", ["Russia's defence ministry", "Russian defence ministry", "defence ministry", "Russia"],
         "Ukraine had lost up to 300 servicemen in the Kursk region over the past 24 hours", False),
    ],
    "005": [
        (P, NK, 2, None, "exact", ["Ukraine", "SBU", "Zelensky", "Kyiv"],
         "Ukraine announced it had taken two North Korean soldiers alive in Kursk", False),
        (T, NK, 11000, None, "about", ["South Korea", "US", "United States", "Ukraine"],
         "Pyongyang sent roughly 11,000 troops last autumn", False),
        (T, NK, 10000, None, "more_than", ["Washington", "US", "United States"],
         "more than 10,000 are in Russia", False),
        (K, NK, 300, None, "about", NIS, "some 300 North Korean soldiers had died", False),
        (W, NK, 2700, None, "about", NIS, "2,700 had been injured", False),
        (C, NK, 3000, None, "about", NIS, "the agency's count of casualties to roughly 3,000", False),
        (C, NK, 3800, None, "more_than", ZEL,
         "more than 3,800 North Koreans had been killed or wounded", False),
    ],
    "007": [
        (T, NK, 3000, None, "about", NIS,
         "North Korea appears to have sent about 3,000 additional soldiers to Russia since the start of the year", False),
        (T, NK, 11000, None, "about", ["South Korea", "US", "United States", "South Korean and US officials"],
         "around 11,000 North Korean soldiers were initially sent to Russia last year", False),
    ],
    "008": [
        (C, "ukraine", 76000, None, "more_than", ["Gerasimov", "Valery Gerasimov", "Russian General Staff", "Russia"],
         "the enemy lost more than 76,000 troops killed and wounded", False),
    ],
    "009": [
        (C, NK, 4700, None, "about", NISL,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        (K, NK, 600, None, "about", NISL, "including some 600 deaths", False),
        (C, NK, 3000, None, "about", NISL, "the agency's estimate of about 3,000 in January", False),
        (W, NK, 2000, None, "about", NISL,
         "around 2,000 of the wounded had been sent back to North Korea", False),
    ],
    "011": [
        (T, NK, 11000, None, "about", NIS,
         "North Korea sent some 11,000 soldiers to Russia in the fall of 2024", False),
        (T, NK, 3000, None, "about", NIS, "roughly 3,000 more in early 2025", False),
        (K, NK, 600, None, "about", NIS, "around 600 of them have been killed", False),
    ],
    "013": [
        (K, NK, 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Kim Jong Un"],
         "nine of its soldiers had died on the mission", False),
        (T, NK, 2000, 9999, "vague", ["unattributed"],
         "Pyongyang dispatched thousands of troops to Russia in 2024", True),
        (K, NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had been killed", False),
    ],
}

NOT = {
    "000": ["a total of about 12,000 soldiers organized in four brigades", "more than 13,000 containers",
            "about 110 kilometers from the border with Russia", "from Oct. 8 to 13",
            "Military to buy 1,000 more small reconnaissance drones by 2026", "past 1 million copies"],
    "001": ["several hundred square kilometers", "personnel about 703,620 (+1,270)", "tanks 9,173",
            "8 injured"],
    "003": ["more than 20,000 containers", "170mm self-propelled guns and 240mm multiple rocket launchers",
            "about 200 long-range pieces", "N. Korea has sent 13,000 containers of munitions to Russia",
            "1,450 per dollar"],
    "004": ["two tanks and several armoured vehicles", "78 attack drones", "52 were shot down", "Comments (412)"],
    "005": ["born in 2005", "aged 26", "about $2,000 a month per soldier", "since 2021"],
    "007": ["Watch video 01:42", "18:20 JST"],
    "008": ["over 400 tanks", "around 7,000 units of other weapons and military equipment", "June 19, 2024",
            "More than 150,000 residents of the border districts were evacuated", "USD 82.13", "Article 4"],
    "009": ["NIS says N. Korea has sent 3,000 more soldiers to Russia", "USIM cards for 25 million users"],
    "011": ["1,000 deminers and 5,000 military construction workers", "North Korea to Send 6K",
            "Map Shows Where 1,000 North Korean Sappers Will Work", "hundreds of homes, schools and bridges"],
    "013": ["1,000 deminers and 5,000 military builders", "120-day deployment"],
}

OFF = ["002", "006", "010", "014"]
DUP = {"012": "013"}

must = [
    ["003-1", "004-1", "about 1,100 casualties (South Korea's NIS, Dec 19) against more than 3,000 "
     "(Zelensky, Dec 23), four days apart"],
    ["005-6", "005-7", "about 3,000 casualties (NIS) against more than 3,800 (Zelensky), the same weekend, "
     "in one explainer"],
]

may = [
    ["003-1", "003-5", "about 1,100 (NIS) against 'several hundred' (Pentagon, vague), the same week"],
    ["003-5", "004-1", "'several hundred' (vague) against more than 3,000, a week apart"],
    ["003-5", "005-6", "'several hundred' (vague, Dec) against about 3,000 (Jan)"],
    ["003-5", "005-7", "'several hundred' (vague, Dec) against more than 3,800 (Jan)"],
    ["003-5", "009-1", "'several hundred' (vague, Dec) against about 4,700, months apart"],
    ["003-5", "009-3", "'several hundred' (vague, Dec) against NIS's January 3,000, reported months apart"],
    ["003-1", "005-7", "1,100 (NIS, Dec 19) against more than 3,800 (Zelensky, Jan): a cumulative count four weeks later"],
    ["004-1", "005-6", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 14): borderline bound"],
    ["005-7", "009-3", "more than 3,800 (Zelensky, Jan) against NIS's January estimate of about 3,000, restated in April"],
]
# "additional" reinforcements against the first contingent's size
TOTALS = ["000-1", "001-1", "001-3", "003-4", "004-2", "005-2", "005-3", "007-2", "011-1"]
for extra in ["007-1", "011-2"]:
    for t in TOTALS:
        may.append([t, extra, "an additional force of about 3,000 against the first contingent"])
# 'thousands' (vague, Dec 2025) against earlier totals, months apart
for t in TOTALS:
    may.append([t, "013-2", "'thousands' (vague, unattributed, Dec 2025) against an earlier figure, months apart"])

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
