#!/usr/bin/env python3
"""Gold labels for testdata/blind550 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the articles in articles/ (blind550: fifteen articles written for crosscheck "
         "in our own words). See testdata/corpus/README.md for the meaning of every field and how a "
         "system's output is scored.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]

A = {
    "000": [
        ("troops", NK, 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "U.S.", "US"],
         "North Korea has sent about 10,000 soldiers to train in eastern Russia", False),
        ("troops", NK, 2000, 9000, "vague", ["U.S. official", "United States", "U.S.", "US"],
         "several thousand were believed to be either already in the Kursk region or on their way there", True),
        ("troops", NK, 10000, 12000, "range", ["Kyrylo Budanov", "Budanov", "Ukraine's military intelligence", "HUR", "Ukraine"],
         "between 10,000 and 12,000 North Korean soldiers were being prepared for the fight", False),
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 North Korean special forces had been ferried to Vladivostok", False),
    ],
    "002": [
        ("killed", NK, 100, None, "at_least", NIS_LEE, "At least 100 have been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE, "around 1,000 wounded", False),
        ("casualties", NK, 1100, None, "about", NIS_LEE,
         'put the combined toll at "about 1,100 at this point"', False),
        ("troops", NK, 11000, None, "about", NIS,
         "Pyongyang sent about 11,000 troops to Russia in October and November", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "more than 3,000 North Korean soldiers have already been killed or wounded in Kursk Oblast", False),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "South Korea's Joint Chiefs of Staff estimated North Korea's losses at around 1,100 killed and wounded", False),
        ("troops", NK, 12000, None, "up_to", ["HUR", "military intelligence", "Ukraine"],
         "up to 12,000 North Korean troops are deployed in the area", False),
    ],
    "004": [
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukraine has captured two North Korean soldiers alive in Russia's Kursk region", False),
        ("troops", NK, 11000, None, "about", ["Ukraine", "South Korea", "US", "United States"],
         "North Korea is believed to have sent about 11,000 troops to fight alongside Russian forces", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS_LEE, "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "some 2,700 others wounded", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "brings the number of North Korean casualties to about 3,000", False),
        ("captured", NK, 2, None, "exact", NIS,
         "Ukraine had captured two North Korean soldiers on Jan. 9", False),
    ],
    "007": [
        ("troops", NK, 11000, None, "about", ["Western and South Korean estimates", "Western", "South Korea"],
         "Western and South Korean estimates put the first contingent at around eleven thousand soldiers", False),
        ("troops", NK, 3000, None, "about", NIS,
         "a further three thousand or so had been sent in January and February as reinforcements", False),
        ("killed", NK, 300, None, "about", NIS, "some 300 North Korean soldiers had died", False),
        ("wounded", NK, 2700, None, "about", NIS, "2,700 had been wounded", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"], "it had captured two North Korean soldiers", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia", "Russian Defense Ministry"],
         "the enemy lost more than 76,000 servicemen", False),
        ("troops", UA, 2000, 9999, "vague", ["unattributed", "TASS"],
         "formations numbering thousands of servicemen crossed the border", True),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "North Korea has lost around 4,700 soldiers killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS_LEE, "including roughly 600 dead", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "some 15,000 North Korean soldiers have been sent to Russia since October", False),
    ],
    "012": [
        ("troops", NK, 15000, None, "about", ["unattributed"],
         "Around 15,000 North Korean soldiers are believed to have been sent to Russia since the autumn of 2024", False),
        ("killed", NK, 600, None, "about", ["South Korean intelligence", "South Korea", "NIS"],
         "South Korean intelligence estimated that about 600 of them had been killed", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won"],
         "Roughly 2,000 North Korean soldiers have died in the war between Russia and Ukraine", False),
        ("troops", NK, 1000, None, "about", NIS + ["Park Sun-won"],
         "North Korea had sent about 1,000 military engineers to Russia's Kursk region this summer", False),
        ("casualties", NK, 6000, None, "more_than", ["Defence Intelligence", "Britain", "UK", "United Kingdom"],
         "the number of North Korean troops killed or wounded in Kursk at more than 6,000", False),
        ("killed", NK, 200, 900, "vague", ["unattributed", "State television"],
         "relatives of hundreds of fallen soldiers", True),
    ],
}

NOT = {
    "000": ["roughly 1.2 million people under arms", "between Oct. 8 and Oct. 13", "millions of artillery shells",
            "dozens of ballistic missiles", "At least 4 dead as storm sweeps through Philippines",
            "5 of the biggest tech companies", "Dow rises 273 points"],
    "002": ["Dec. 8", "240 mm multiple rocket launchers", "170 mm self-propelled guns", "in their early 20s",
            "Won falls to 1,450 against dollar", "15th straight month", "7 ways to warm your home"],
    "003": ["Russian attacks on Kherson Oblast killed two people and injured seven others",
            "Russian attacks kill two, injure seven in Kherson Oblast", "Ukraine downs 52 of 81 drones",
            "42 settlements", "11 private houses", "over 13 oblasts", "28 decoys",
            "Ukraine's 2025 budget"],
    "004": ["the pair were aged 20 and 26", "Why has Kim Jong Un sent 12,000 soldiers to Russia?"],
    "005": ["paras 5-7", "US$683 bln", "5 key questions", "solo concert tour in 15 cities"],
    "007": ["the end of the Korean War in 1953", "hundreds of millions of dollars a year", "3 years on",
            "4 cruise missiles", "2 Russian oil refineries"],
    "009": ["over 7,000 units of weapons and military equipment", "412 tanks", "2,900 armored fighting vehicles",
            "1,300 artillery pieces", "810th Separate Guards Marine Brigade", "15-kilometer gas pipeline",
            "parade rehearsal to involve 1,500 troops"],
    "010": ["Article 4 of its mutual defence treaty", "a third dispatch", "3-hour talks",
            "evacuation of 5 communities"],
    "012": ["1,000 sappers", "5,000 military builders", "more than 1,500 hectares",
            "tens of thousands of explosive objects", "28 border settlements", "from $5 a month",
            "its 3rd deputy minister"],
    "014": ["about 5,000 construction troops are expected to follow", "the 80th anniversary",
            "new 5,000-ton destroyer", "2.5 hours", "2 times a year"],
}

OFF = ["001", "008", "011", "013"]
DUP = {"006": "005"}

UPD = "a later rise in a cumulative count, weeks or months apart (an update, not a contradiction)"
LATER = "months apart; the later total includes reinforcements sent in early 2025"
ADD = "an additional force (reinforcements) against a total"

conflicts = {
    "must": [
        ["002-3", "003-1", "about 1,100 casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 "
                           "killed and wounded (Zelensky, Dec 23), four days apart"],
        ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's JCS), "
                           "given the same day in the same article"],
    ],
    "may": [
        # casualties, north_korea
        ["002-3", "005-3", UPD], ["003-2", "005-3", UPD],
        ["003-1", "005-3", "more than 3,000 (Dec 23) against about 3,000 (Jan 13): a bound at its edge, three weeks apart"],
        ["002-3", "010-1", UPD], ["003-2", "010-1", UPD], ["005-3", "010-1", UPD],
        ["002-3", "014-3", UPD], ["003-2", "014-3", UPD], ["005-3", "014-3", UPD], ["010-1", "014-3", UPD],
        # wounded
        ["002-2", "005-2", UPD], ["002-2", "007-4", UPD],
        # killed
        ["005-1", "010-2", UPD], ["007-3", "010-2", UPD], ["005-1", "012-2", UPD], ["007-3", "012-2", UPD],
        ["005-1", "014-1", UPD], ["007-3", "014-1", UPD], ["010-2", "014-1", UPD], ["012-2", "014-1", UPD],
        # troops, north_korea
        ["000-1", "002-4", "about 10,000 (Oct 28) against about 11,000 (Dec 19), weeks apart"],
        ["000-1", "004-2", "about 10,000 (Oct 28) against about 11,000 (Jan 12), months apart"],
        ["000-1", "007-1", "about 10,000 (Oct 28) against around eleven thousand (Feb 28), months apart"],
        ["000-1", "010-3", LATER], ["000-3", "010-3", LATER], ["002-4", "010-3", LATER],
        ["003-3", "010-3", LATER], ["004-2", "010-3", LATER], ["007-1", "010-3", LATER],
        ["000-1", "012-1", LATER], ["000-3", "012-1", LATER], ["002-4", "012-1", LATER],
        ["003-3", "012-1", LATER], ["004-2", "012-1", LATER], ["007-1", "012-1", LATER],
        ["000-1", "007-2", ADD], ["000-3", "007-2", ADD], ["002-4", "007-2", ADD], ["003-3", "007-2", ADD],
        ["004-2", "007-2", ADD], ["007-1", "007-2", ADD], ["007-2", "010-3", ADD], ["007-2", "012-1", ADD],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
