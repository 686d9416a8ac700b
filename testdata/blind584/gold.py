#!/usr/bin/env python3
"""Gold labels for testdata/blind584 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]

about = ("Gold labels for testdata/blind584: fifteen articles written in our own words about the real "
         "story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "four brigades totalling around 12,000 troops", False),
        ("troops", NK, 1500, None, "about", NIS,
         "has already shipped some 1,500 special operations soldiers to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about",
         ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "U.S."],
         "the DPRK has sent a total of approximately 10,000 soldiers to train in eastern Russia", False),
        ("troops", NK, 2000, 9000, "vague",
         ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "U.S."],
         "Several thousand of those soldiers have already moved closer to Ukraine", True),
        ("troops", NK, 12000, None, "up_to",
         ["Ukraine's military intelligence", "Ukrainian military intelligence", "HUR", "Ukraine"],
         "up to twelve thousand North Korean soldiers are either in Russia already or on their way", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"],
         "About 1,100 North Korean soldiers sent to Russia have been killed or wounded in fighting with Ukrainian forces", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died in combat in the Kursk region", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "roughly 1,000 had been wounded", False),
        ("troops", NK, 11000, None, "about",
         ["South Korea", "United States", "U.S.", "Ukraine", "South Korean, U.S. and Ukrainian estimates"],
         "North Korea is believed to have sent around 11,000 troops to Russia", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Ukrainian President"],
         "more than 3,000 North Korean soldiers have been killed or wounded in the Kursk region", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "killed and 2,700 wounded while fighting for Russia", False),
        ("captured", NK, 2, None, "exact", NIS + ["Lee Seong-kweun"],
         "two of them had been taken alive by Ukraine", False),
        ("troops", NK, 11000, None, "about", NIS,
         "puts the number of North Korean troops sent to the Kursk front at around 11,000", False),
    ],
    "007": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the losses of the Armed Forces of Ukraine during the Kursk adventure exceeded 76,000 servicemen", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "among them around 600 dead", False),
        ("killed", NK, 300, None, "about", NIS,
         "the roughly 300 deaths it reported then", False),
        ("killed", NK, 1000, None, "at_least",
         ["Western intelligence", "Western intelligence assessment", "Western"],
         "put the number of dead at no fewer than 1,000", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "South Korea", "NIS"],
         "North Korea sent some 11,000 troops in the autumn", False),
        ("troops", NK, 3000, None, "about", ["Seoul", "South Korea", "NIS"],
         "roughly 3,000 more in January and February", False),
    ],
    "010": [
        ("killed", NK, 600, None, "about", ["South Korean intelligence", "NIS", "South Korea"],
         "around six hundred North Korean soldiers had died there", False),
        ("troops", NK, 11000, None, "about",
         ["HUR", "Ukraine's military intelligence", "Ukrainian military intelligence", "Ukraine"],
         "some 11,000 North Korean soldiers are still stationed in the Kursk region", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS,
         "About 2,000 North Korean soldiers have been killed fighting for Russia in its war against Ukraine", False),
        ("troops", NK, 1000, None, "about", NIS,
         "about 1,000 military engineers had already been sent to Russia's Kursk region to clear mines", False),
        ("troops", NK, 13000, 15000, "range", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "between 13,000 and 15,000 North Korean troops have been sent to Russia since late last year", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["Kim Jong Un", "KCNA", "North Korea"],
         "Nine of the regiment's soldiers were killed during the mission", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Pyongyang sent around 11,000 soldiers to the Kursk region in late 2024", False),
        ("troops", NK, 200, 900, "vague", ["unattributed"],
         "has since rotated hundreds of engineers and builders through the area", True),
        ("casualties", NK, 6000, None, "more_than",
         ["Britain's Ministry of Defence", "Ministry of Defence", "UK Ministry of Defence", "Britain", "UK"],
         "more than 6,000 killed and wounded", False),
    ],
}

NOT = {
    "000": ["Four Russian amphibious ships and three escort vessels", "1.2 million-strong military",
            "1950-53 Korean War", "exports up 4.6 pct", "won at 1,368.0 per dollar",
            "top 1 million copies sold"],
    "001": ["28,500 troops stationed in South Korea", "56th Security Consultative Meeting",
            "$425 million package", "about 100 aircraft took part in the strikes on Iran"],
    "003": ["240-millimeter multiple rocket launchers", "170-mm self-propelled guns",
            "Nikkei ends up 1.2% at 39,161", "record 8.7 trillion yen"],
    "004": ["about 1,300 sq km", "roughly 6,500 km", "78 Missiles, 106 Drones", "UAH 300 a month"],
    "006": ["born in 2005", "born in 1999 and had served since 2016", "1.8 trillion won takeover",
            "closes down 1 percent at 2,489.56", "base fare by 150 won"],
    "007": ["more than 7,700 pieces of weapons and military equipment", "over 400 tanks", "Article 4",
            "USD 82.15", "up to +24 in Moscow"],
    "009": ["Article 4"],
    "010": ["1,000 sappers", "5,000 military construction workers", "roughly 245-kilometer border",
            "hundreds of buildings", "from €5 a month"],
    "013": ["a further 5,000 construction troops were expected to follow", "since taking power in 2011",
            "close up 0.6%"],
    "014": ["day 1,389", "465 drones and 30 missiles", "390 drones and 23 missiles were shot down",
            "spent 120 days clearing mines", "20-point framework", "tens of thousands of households"],
}

OFF = ["002", "005", "008", "012"]
DUP = {"011": "006"}

must = [
    ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS) against more than 3,000 (Zelensky), "
                       "both given on 23 December 2024, reported three days apart"],
    ["009-2", "009-4", "about 600 killed (NIS, end of April 2025) against no fewer than 1,000 killed "
                       "(Western intelligence, April 2025), in one article"],
]

may = [
    ["003-1", "009-1", "1,100 casualties in December 2024 against 4,700 in April 2025: a cumulative figure, months apart"],
    ["003-1", "014-4", "1,100 casualties in December 2024 against more than 6,000 a year later"],
    ["009-1", "014-4", "4,700 casualties in April 2025 against more than 6,000 in December 2025"],
    ["006-1", "009-4", "300 killed (NIS, January) against at least 1,000 (Western, April): months apart"],
    ["009-3", "009-4", "the NIS's January figure of 300 killed, restated, against at least 1,000 (Western, April)"],
    ["010-1", "009-4", "the NIS's April figure of 600 killed, restated in June, against at least 1,000 (Western, April)"],
    ["000-2", "013-2", "1,500 special forces (October 2024) against 1,000 engineers (September 2025): different groups, months apart"],
]

# Whole-force troop figures: about 12,000 (NIS, Oct 2024), about 10,000 (US, Oct 2024), up to 12,000 (HUR),
# about 11,000 (several, Dec 2024 - Dec 2025), 13,000-15,000 (Sep 2025). Differing values given weeks or
# months apart, or an early plan against a later count: defensible either way.
totals = {"000-1": (12000, None, "about"), "001-1": (10000, None, "about"), "001-3": (12000, None, "up_to"),
          "003-4": (11000, None, "about"), "006-4": (11000, None, "about"), "009-5": (11000, None, "about"),
          "010-2": (11000, None, "about"), "013-3": (13000, 15000, "range"), "014-2": (11000, None, "about")}


def compatible(a, b):
    (va, ma, qa), (vb, mb, qb) = a, b
    if qa == qb and va == vb and ma == mb:
        return True
    if qa == "up_to" and qb != "range" and vb <= va:
        return True
    if qb == "up_to" and qa != "range" and va <= vb:
        return True
    return False


ids = sorted(totals)
for i, x in enumerate(ids):
    for y in ids[i + 1:]:
        if not compatible(totals[x], totals[y]):
            may.append([x, y, "whole-force troop estimates that differ, given weeks or months apart"])

# "roughly 3,000 more" (an additional force) against every other troop figure.
for x in ids + ["000-2", "013-2"]:
    may.append(["009-6", x, "an additional 3,000 troops against another troop figure"])

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
