#!/usr/bin/env python3
"""Gold labels for testdata/blind344 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind344: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. See testdata/corpus/README.md for every field.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
HUR = ["Kyrylo Budanov", "Budanov", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine", "Kyiv"]
SSO = ["Special Operations Forces", "special operations forces", "SSO", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]

A = {
    "000": [
        ("troops", NK, 1500, None, "exact", NIS,
         "has already moved 1,500 special forces troops to Russia's Far East", False),
    ],
    "001": [
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "around 3,000 North Korean soldiers had been moved to Russia so far", False),
        ("troops", NK, 11000, None, "about", HUR,
         "some eleven thousand North Korean infantrymen were being trained at five sites in Russia's far east", False),
        ("troops", NK, 500, None, "about", HUR,
         "the contingent included about 500 officers", False),
        ("troops", NK, 100, 999, "vague", ["Ukrainian officials", "Ukraine", "Kyiv"],
         "the first North Korean units, numbering in the hundreds, reached the Kursk border region", True),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", NIS + ["Lee Seong-kweun"],
         "have suffered casualties of around 1,100", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "including at least 100 dead", False),
        ("wounded", NK, 1000, None, "about", ["Lee Seong-kweun"] + NIS,
         "Around 1,000 have been wounded", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("killed", NK, 50, None, "exact", SSO,
         "they had killed 50 North Korean soldiers and wounded 47 in three days of fighting", False),
        ("wounded", NK, 47, None, "exact", SSO,
         "they had killed 50 North Korean soldiers and wounded 47 in three days of fighting", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "with about 300 killed and 2,700 wounded", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "with about 300 killed and 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL + ["SBU"],
         "the two North Korean soldiers captured in Kursk", False),
        ("killed", NK, 24, 99, "vague", SSO,
         "dozens of North Korean soldiers had been killed in the assault", True),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", JCS,
         "has sent an estimated 3,000 additional soldiers to Russia since January", False),
        ("troops", NK, 10000, 12000, "range", JCS,
         "the North dispatched between 10,000 and 12,000 troops last autumn", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
         "including around 600 dead", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen in the Kursk Region", False),
    ],
    "012": [
        ("troops", NK, 14000, None, "about", ["unattributed"],
         "Around 14,000 North Korean soldiers have been sent to Russia since last autumn", False),
        ("casualties", NK, 2000, 9999, "vague", ["unattributed"],
         "the Kursk fighting has left thousands of them dead or wounded", True),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["KCNA", "North Korea", "Kim Jong Un", "state news agency"],
         "nine members of the engineer regiment were killed during the 120-day mission", False),
        ("troops", NK, 1000, None, "about", NIS,
         "roughly a thousand sappers that South Korea's National Intelligence Service says Pyongyang sent over the summer", False),
        ("killed", NK, 2000, None, "about", NIS,
         "the NIS estimated that about 2,000 North Korean soldiers had died in the Kursk fighting overall", False),
    ],
}

NOT = {
    "000": ["a total of around 12,000 soldiers in four brigades", "four amphibious ships and three escort vessels",
            "between Oct. 8 and 13", "the 11th Corps", "up 7.5 pct", "1,368.6 per dollar"],
    "001": ["some 10,000 by December", "five sites", "November 1", "around $2,000 a month", "Article 4", "nearly four times Seoul's",
            "five points and three secret annexes", "down 0.7%"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "Jan. 20",
            "Dec. 27", "KOSPI 2,404.15", "USD/KRW 1,451.40", "fall 2.4%"],
    "004": ["on 14 December", "on 4 December", "110 combat clashes", "41.9 per dollar", "5 oblasts", "From $2 a month"],
    "005": ["one soldier about to be captured", "61 of 94 drones", "aged 20", "aged 26", "on 9 January", "16th sanctions package", "DKK 1.3bn",
            "Comments (1,204)", "$5 per month"],
    "007": ["over 20,000", "about 220", "KN-23/KN-24 short-range ballistic missiles: over 100", "August 2023",
            "Kospi closes at 2,621.75", "3rd straight week"],
    "008": ["28 trillion won ($19.6 billion)", "May 9", "rises 1.5%", "falls 1.1%"],
    "009": ["over 7,700 pieces of weaponry and military equipment", "412 tanks", "678 infantry fighting vehicles",
            "283 multiple rocket launchers", "August 6, 2024", "about 1,300 square kilometers", "3 additional trains"],
    "012": ["1,000 sappers and 5,000 military construction workers", "second trip to Pyongyang in two weeks",
            "1,000-kilometer front line", "more than 4,000 homes", "USD 78.52", "$2 a month"],
    "014": ["the 120-day mission", "Thousands of North Korean military construction workers are expected",
            "4-Minute Listen"],
}

OFF = ["002", "006", "011", "013"]
DUP = {"010": "008"}

MONTHS = "months apart"
conflicts = {
    "must": [
        ["001-1", "001-2", "about 3,000 in Russia (NIS) against some eleven thousand (Budanov), same article, same day"],
        ["003-1", "004-1", "about 1,100 casualties (NIS, 20 Dec 2024) against more than 3,000 (Zelensky, 23 Dec 2024)"],
    ],
    "may": [
        # troops
        ["000-1", "001-2", "a first batch of 1,500 against some eleven thousand in Russia six days later"],
        ["000-1", "001-4", "vague 'hundreds' reaching Kursk, a part"],
        ["001-1", "001-4", "vague 'hundreds' reaching Kursk, a part"],
        ["001-2", "001-4", "vague 'hundreds' reaching Kursk, a part"],
        ["000-1", "007-1", "an additional 3,000, " + MONTHS],
        ["001-2", "007-1", "an additional 3,000, " + MONTHS],
        ["001-3", "007-1", "an additional 3,000 against 500 officers, " + MONTHS],
        ["001-4", "007-1", "an additional 3,000, " + MONTHS],
        ["000-1", "007-2", MONTHS],
        ["001-1", "007-2", MONTHS],
        ["001-3", "007-2", "500 officers, a part, " + MONTHS],
        ["001-4", "007-2", MONTHS],
        ["007-1", "007-2", "an additional 3,000 against the 10,000-12,000 sent last autumn"],
        ["000-1", "012-1", MONTHS], ["001-1", "012-1", MONTHS], ["001-2", "012-1", MONTHS],
        ["001-3", "012-1", MONTHS], ["001-4", "012-1", MONTHS],
        ["007-1", "012-1", "a total including reinforcements against the reinforcements, " + MONTHS],
        ["007-2", "012-1", "a total including reinforcements against the first wave, " + MONTHS],
        ["000-1", "014-2", "sappers sent in the summer, " + MONTHS], ["001-1", "014-2", MONTHS],
        ["001-2", "014-2", MONTHS], ["001-3", "014-2", MONTHS],
        ["007-1", "014-2", MONTHS], ["007-2", "014-2", MONTHS], ["012-1", "014-2", "sappers, a part, " + MONTHS],
        # casualties
        ["003-1", "008-1", "the same agency's running total, " + MONTHS],
        ["003-1", "012-2", "vague 'thousands', " + MONTHS],
        # killed
        ["003-2", "014-1", "nine engineers, a part, " + MONTHS],
        ["003-2", "005-4", "vague 'dozens' in one assault"],
        ["004-2", "008-2", MONTHS], ["004-2", "014-1", MONTHS], ["004-2", "014-3", MONTHS],
        ["005-1", "005-4", "vague 'dozens' in one assault against the total"],
        ["005-1", "008-2", "the same agency's running total, " + MONTHS],
        ["005-1", "014-1", MONTHS], ["005-1", "014-3", MONTHS],
        ["005-4", "008-2", MONTHS], ["005-4", "014-1", MONTHS], ["005-4", "014-3", MONTHS],
        ["008-2", "014-1", MONTHS], ["008-2", "014-3", MONTHS],
        # wounded
        ["003-3", "005-2", "the same agency's running total three weeks later"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
