#!/usr/bin/env python3
"""Gold labels for testdata/blind312 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind312: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskiy", "Ukraine"]
HUR = ["HUR", "Defense Intelligence", "Ukraine's Defense Intelligence agency", "Ukrainian military intelligence",
       "military intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "A first group of some 1,500 special operations troops", False),
        ("troops", "north_korea", 12000, None, "up_to", NIS,
         "North Korea is moving up to 12,000 troops organized in four brigades to Russia", False),
    ],
    "001": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed since Pyongyang's troops joined combat", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "close to 1,000 more have been wounded", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "Of the some 11,000 North Korean troops dispatched to Russia", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "North Korean units committed to the Kursk fighting have lost roughly 1,100 men killed or wounded", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died", False),
        ("casualties", "north_korea", 200, 900, "vague", HUR,
         "several hundred North Korean troops had been killed or wounded in the Kursk fighting over the past week alone", True),
        ("casualties", "russia", 35000, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "Russian losses in Kursk Oblast since the start of Ukraine's incursion in August had passed 35,000 killed and wounded", False),
    ],
    "006": [
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "North Korean troops deployed to Russia's Kursk region have suffered around 3,000 casualties", False),
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "about 300 have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Ukraine"],
         "Ukraine captured two North Korean soldiers on Jan. 9", False),
        # the same capture told again, by Zelenskiy: neither required nor penalised
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "his forces had taken two North Korean soldiers prisoner", True),
    ],
    "007": [
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "the roughly eleven thousand troops that Pyongyang sent to Russia", False),
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "about 300 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "2,700 wounded", False),
        ("killed", "north_korea", 1000, None, "more_than", HUR,
         "North Korean dead already numbered more than 1,000", False),
        ("captured", "north_korea", 2, None, "exact", ZEL + ["NIS"],
         "Ukrainian forces had captured two North Korean soldiers", False),
        # the same two men mentioned again: neither required nor penalised
        ("captured", "north_korea", 2, None, "exact", ["unattributed"],
         "The two captured men are being held in Kyiv", True),
    ],
    "008": [
        ("troops", "north_korea", 11000, None, "about",
         ["South Korean and Western intelligence", "South Korean intelligence", "Western intelligence", "South Korea"],
         "The first wave, roughly 11,000 soldiers, arrived last autumn", False),
        ("troops", "north_korea", 1000, 3000, "range", NIS,
         "between 1,000 and 3,000 additional troops had been sent to Russia in January and February", False),
    ],
    "009": [
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "About 600 North Korean soldiers have been killed in the fighting against Ukrainian forces", False),
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "the North's overall casualties, killed and wounded, stood at about 4,700", False),
    ],
    "010": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Russian Defense Ministry", "Russian Defence Ministry", "Defense Ministry", "Russia", "TASS"],
         "the Ukrainian armed forces lost more than 76,000 servicemen during the fighting in the Kursk Region", False),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS,
         "some two thousand North Korean soldiers had been killed", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "Roughly 11,000 North Korean troops remain stationed in the Kursk border area", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "Ukraine still holds the two soldiers it captured in January", False),
    ],
}

NOT = {
    "000": ["four Russian amphibious landing ships and three escort vessels", "between Oct. 8 and 13",
            "about 30 vehicles", "more than 8 million artillery shells", "1.4 million youths volunteer",
            "1,371.3 per dollar", "up 7.5 pct"],
    "001": ["more than 13,000 containers", "top $680 billion", "past 1,450 against dollar", "Kospi slips 1.95%",
            "first time in nine years"],
    "003": ["240mm multiple rocket launchers", "170mm self-propelled guns", "42 Ukrainian drones",
            "power cuts would be applied in six regions", "2.7 million cars", "4.75%", "February 2022"],
    "004": ["Russian attacks kill 6, injure 30", "1,100 kilometers from front line",
            "several hundred square kilometers", "$5 a month", "Dec. 12, 2024"],
    "006": ["one aged 20 and the other 26", "on Jan. 9", "KOSPI down 1.04% at 2,489.56",
            "misses forecast by 13%"],
    "007": ["Kim Jong Un's 12K-Strong Army", "Missile 1,100 Km", "3K Square Miles", "1.2k comments"],
    "008": ["around $2,000 a month", "some 200 long-range artillery pieces",
            "3K North Korean soldiers killed, wounded", "28.5% of the vote", "around two weeks",
            "June 2024"],
    "009": ["around $20 billion", "approval rating at 39%", "drew 250,000 people", "since 2023"],
    "010": ["1,000 sappers", "5,000 military builders", "1,250 Ukrainian troops lost in past day",
            "June 19, 2024", "2,815 points", "April 26"],
    "013": ["'sent 12K troops'", "autumn of 2024", "more than three times its April estimate"],
}

OFF = ["002", "005", "012", "014"]

DUP = {"011": "006"}

conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, 23 Dec 2024) against more than 3,000 killed "
                           "and wounded (Zelensky, 23-26 Dec 2024): same metric and subject, three days apart"],
        ["006-2", "007-4", "about 300 killed (NIS, 13 Jan 2025) against more than 1,000 killed (Ukraine's HUR, "
                           "15-16 Jan 2025): three days apart"],
        ["007-2", "007-4", "within one article: about 300 killed (NIS) against more than 1,000 killed (HUR), "
                           "the same week"],
    ],
    "may": [
        ["000-2", "008-2", "up to 12,000 against an additional 1,000-3,000"],
        ["001-3", "008-2", "11,000 against an additional 1,000-3,000"],
        ["007-1", "008-2", "11,000 against an additional 1,000-3,000"],
        ["008-1", "008-2", "the first wave of 11,000 against an additional 1,000-3,000, same article"],
        ["008-2", "013-2", "an additional 1,000-3,000 (Feb 2025) against 11,000 remaining (Sept 2025)"],
        ["001-2", "006-3", "close to 1,000 wounded (19 Dec) against 2,700 (13 Jan): the same agency's cumulative "
                           "tally weeks later"],
        ["001-2", "007-3", "close to 1,000 wounded (19 Dec) against 2,700 (mid-Jan): cumulative tally weeks later"],
        ["003-1", "006-1", "1,100 casualties (JCS, 23 Dec) against about 3,000 (NIS, 13 Jan): a cumulative figure "
                           "three weeks later"],
        ["004-1", "006-1", "more than 3,000 (Zelensky, Dec) against about 3,000 (NIS, Jan): at the bound"],
        ["003-1", "009-2", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025): months apart"],
        ["006-1", "009-2", "3,000 casualties (Jan) against 4,700 (Apr): months apart, cumulative"],
        ["006-2", "009-1", "300 killed (Jan) against 600 (Apr): months apart, cumulative"],
        ["007-2", "009-1", "300 killed (Jan) against 600 (Apr): months apart, cumulative"],
        ["007-4", "009-1", "more than 1,000 killed (HUR, Jan) against about 600 (NIS, Apr): months apart"],
        ["006-2", "013-1", "300 killed (Jan) against 2,000 (Sept): months apart, cumulative"],
        ["007-2", "013-1", "300 killed (Jan) against 2,000 (Sept): months apart, cumulative"],
        ["009-1", "013-1", "600 killed (Apr) against 2,000 (Sept): months apart, cumulative"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
