#!/usr/bin/env python3
"""Gold labels for testdata/blind585 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind585: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (Oct 2024 - Dec 2025). Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NK, RU = "north_korea", "russia"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency"]
LEE = ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "South Korean military"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine", "Kyiv"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS, "North Korea has shipped around 1,500 special operations troops to Russia's Far East", False),
        ("troops", NK, 12000, None, "up_to", NIS, "the deployment is being carried out in stages and involves up to 12,000 troops across four brigades", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL, "eleven thousand soldiers from North Korea are now in Russia's Kursk Oblast", False),
        ("troops", NK, 8000, None, "at_least", ["US State Department", "State Department", "United States", "US", "Washington"],
         "the US State Department said at least 8,000 North Korean troops had been moved to Kursk Oblast", False),
        ("troops", RU, 45000, None, "about", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "Russia had massed around 45,000 of its own troops in Kursk Oblast", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS + LEE,
         "At least 100 North Korean soldiers have been killed fighting Ukrainian forces in Russia's Kursk region", False),
        ("casualties", NK, 1100, None, "about", LEE + NIS, "Counting the wounded, the toll comes to roughly 1,100", False),
        ("troops", NK, 11000, None, "about", NIS + LEE, "Of the roughly 11,000 soldiers Pyongyang has sent to Russia", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", NK, 1100, None, "about", JCS, "North Korea had suffered about 1,100 casualties", False),
        ("troops", NK, 11000, None, "about", ["Kyiv", "Washington", "Seoul", "Ukraine", "United States", "South Korea"],
         "Pyongyang has deployed around 11,000 soldiers to fight alongside Russia", False),
        ("casualties", NK, 30, None, "at_least", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS + LEE, "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + LEE, "roughly 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL, "the two North Korean soldiers it captured", False),
        ("casualties", NK, 4000, None, "about", ZEL, "North Korea's total losses in Kursk at around 4,000 killed and wounded", False),
        ("troops", NK, 200, 900, "vague", ["Ukrainian special forces", "special forces spokesperson", "Ukraine"],
         "Several hundred North Korean soldiers have been pulled back from the front line", True),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", JCS, "some three thousand additional soldiers", False),
        ("troops", NK, 11000, None, "about", JCS, "around 11,000 troops deployed last autumn", False),
        ("casualties", NK, 4000, None, "about", JCS, "the North's troops had suffered about 4,000 casualties", False),
    ],
    "010": [
        ("killed", NK, 600, None, "about", NIS + LEE,
         "About 600 North Korean soldiers have been killed while fighting for Russia against Ukraine", False),
        ("troops", NK, 15000, None, "about", NIS + LEE, "North Korea has dispatched about 15,000 troops to Russia since last year", False),
        ("casualties", NK, 4700, None, "about", NIS + LEE, "about 4,700 of them have been killed or wounded", False),
        ("wounded", NK, 2000, 9999, "vague", LEE + NIS, "Thousands more have been wounded", True),
        ("killed", NK, 200, None, "less_than", ["Severny Veter", "pro-war military blogger", "military blogger", "blogger"],
         "fewer than 200 North Koreans had died in Kursk", False),
    ],
    "011": [
        ("troops", NK, 15000, None, "about", NIS, "around 15,000 North Korean troops have been sent to Russia", False),
        ("casualties", NK, 4700, None, "about", NIS, "some 4,700 of them have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS, "including roughly 600 dead", False),
    ],
    "012": [
        ("troops", NK, 11000, 12000, "range", ["U.S., South Korean and Ukrainian intelligence", "US", "United States", "South Korea", "Ukraine"],
         "The first contingent, sent in October and November 2024, numbered between 11,000 and 12,000", False),
        ("troops", NK, 3000, None, "about", ["Seoul", "South Korea"], "About 3,000 more followed early this year", False),
        ("killed", NK, 2000, None, "about", NIS, "about 2,000 North Korean soldiers had died", False),
        ("killed", NK, 600, None, "about", NIS, "up from its April estimate of around 600", False),
        ("casualties", NK, 6000, None, "more_than", ["Britain's Ministry of Defence", "Ministry of Defence", "UK", "Britain"],
         "North Korean forces had suffered more than 6,000 casualties in Kursk", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"], "Ukraine holds two North Korean soldiers captured in January", False),
        ("troops", NK, 2000, 9000, "vague", ["Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "Several thousand North Korean soldiers remain in the Kursk region", True),
        ("troops", NK, 1000, None, "about", NIS, "About 1,000 of the deminers are already at work in Kursk", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["KCNA", "North Korea", "state media"], "Nine of the regiment's soldiers were killed during the mission", False),
        ("troops", NK, 10000, None, "about", NIS, "about 10,000 North Korean soldiers are still stationed in Russia's border areas", False),
        ("troops", NK, 2000, 9999, "vague", NIS, "thousands of military construction workers had also arrived", True),
        ("killed", NK, 2000, None, "about", NIS, "roughly 2,000 North Korean soldiers had been killed", False),
        ("troops", NK, 200, 900, "vague", ["Kyiv", "Ukraine"], "North Korean artillery crews, numbering in the hundreds", True),
    ],
}

NOT = {
    "000": ["four Russian navy landing ships and three escort vessels", "between Oct. 8 and 13", "roughly 80 fighter pilots",
            "four brigades", "the elite 11th Corps", "KOSPI closes 0.49 pct higher at 2,593.90"],
    "002": ["roughly 7,000 km from the front", "at least 28 military transport flights", "about 1,300 sq km",
            "Russians launch 62 attack drones on Ukraine overnight, 43 downed", "Up to 15% of Ukrainian brigades"],
    "003": ["between 20 and 24 years old", "240-mm multiple rocket launchers", "170-mm self-propelled guns",
            "voted 204 to 85", "Won falls past 1,450 per dollar", "1.8 trillion won"],
    "004": ["nearly three times the estimate", "more than 17,000 people already do", "Russia launches 72 drones overnight, air force says 49 downed"],
    "006": ["injured 11 people", "74 drones", "47 were shot down", "One was born in 2005 and the other in 1999",
            "LA fires: death toll rises to 24"],
    "007": ["about 200 long-range artillery pieces", "June 2024", "1.5 billion yen", "38,256.17"],
    "010": ["as much as $20 billion", "Kim, 41,", "Three years of war in 50 images"],
    "011": ["1,000 deminers and 5,000 military construction workers", "1,000 sappers", "5,000 military builders",
            "6,000 Sappers and Military Builders", "about 1,300 square kilometers", "43 billion rubles ($550 million)",
            "Russian Central Bank Holds Key Rate at 21%"],
    "012": ["1,000 deminers and 5,000 military builders", "A street of 50 new homes", "Update 9/5/25, 11:42 a.m. ET"],
    "014": ["the 81st anniversary", "October 2026", "June 2024"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"008": "004"}


def pairs(xs, ys, why):
    return [[x, y, why] for x in xs for y in ys]


must = [
    ["003-2", "004-1", "about 1,100 casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 killed or wounded (Zelensky, Dec 23), four days apart"],
    ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), same day, same article"],
    ["010-1", "010-5", "about 600 killed (NIS) against fewer than 200 dead (a pro-war Russian blogger), same day, same article"],
]

may = []
# Casualty totals weeks or months apart from different sources (cumulative figure rising).
may += pairs(["003-2", "004-2"], ["006-4"], "1,100 casualties in December against around 4,000 (Zelensky) three weeks later")
may += [["003-2", "007-3", "1,100 casualties (NIS, Dec) against about 4,000 (JCS, Feb), two months later"]]
may += pairs(["004-2"], ["010-3", "011-2"], "1,100 casualties (JCS, Dec) against 4,700 (NIS), four to six months later")
may += pairs(["006-4", "007-3"], ["010-3", "011-2"], "about 4,000 casualties (Jan-Feb) against about 4,700 (NIS, Apr-Jun)")
may += pairs(["003-2", "004-2", "006-4", "007-3", "010-3", "011-2"], ["012-5"],
             "earlier casualty estimates against more than 6,000 (UK MoD, July)")
# Killed: the blogger's 'fewer than 200' against NIS figures from other months.
may += pairs(["010-5"], ["006-1", "011-3", "012-4", "012-3", "014-4"], "fewer than 200 killed (blogger, Apr) against NIS figures from other months")
# Troops: the additional 3,000 against totals; later totals (15,000; 10,000 still stationed) against 2024 totals.
totals_2024 = ["000-2", "002-1", "002-2", "003-3", "004-3", "007-2", "012-1"]
may += pairs(["007-1", "012-2"], totals_2024 + ["010-2", "011-1", "014-2"], "an additional 3,000 against a total force")
may += pairs(["010-2", "011-1"], [t for t in totals_2024 if t != "002-2"], "15,000 sent in all (2025) against 11,000-12,000 (2024), months apart, reinforcements since")
may += pairs(["014-2"], ["002-1", "003-3", "004-3", "007-2", "012-1", "010-2", "011-1"], "about 10,000 still stationed (Nov 2025) against earlier totals sent, months apart")

conflicts = {"must": must, "may": may}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
