#!/usr/bin/env python3
"""Gold labels for blind671 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind671: 15 articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 already moved to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about",
         ["Pentagon", "Sabrina Singh", "Defense Department", "United States", "U.S."],
         "Roughly 10,000 North Korean soldiers have now arrived in Russia for training", False),
        ("troops", NK, 8000, None, "up_to",
         ["Antony Blinken", "Blinken", "State Department", "United States"],
         "as many as 8,000 had been moved to the Kursk region", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers have been killed or wounded fighting Ukrainian forces", False),
        ("troops", NK, 11000, None, "about", JCS,
         "Of the roughly 11,000 troops the North sent", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 had died", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "another 1,000 or so had been wounded", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "had already passed the 3,000 mark, counting both the dead and the wounded", False),
        ("casualties", NK, 30, None, "at_least",
         ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"],
         "at least 30 North Korean soldiers were killed or wounded in fighting near the villages of Plekhovo, Vorozhba and Martynovka", False),
        ("troops", NK, 12000, None, "up_to", ["Kyiv", "Ukraine"],
         "up to 12,000 North Korean soldiers are in the Kursk region", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "about", NIS,
         "Casualties among North Korean soldiers fighting for Russia against Ukraine have reached around 3,000", False),
        ("killed", NK, 300, None, "about", NIS,
         "Some 300 of them have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "2,700 wounded", False),
        ("casualties", NK, 4000, None, "exact", ZEL,
         "North Korea had so far lost 4,000 soldiers, killed and wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "007": [
        ("casualties", NK, 4000, None, "more_than", ZEL,
         "We understand their losses are over four thousand", False),
        ("troops", NK, 2000, 3000, "range", ZEL,
         "another 2,000 to 3,000 North Korean soldiers were now being moved into the Kursk region", False),
    ],
    "008": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the enemy lost more than 76,000 servicemen", False),
    ],
    "009": [
        ("troops", NK, 15000, None, "about", NIS,
         "Seoul's National Intelligence Service now puts the total at around 15,000", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the first contingent of some eleven thousand that arrived last autumn", False),
        ("troops", NK, 3000, None, "about", NIS,
         "roughly 3,000 reinforcements who were sent early this year", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "About 4,700, including some 600 dead", False),
        ("killed", NK, 600, None, "about", NIS,
         "some 600 dead", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "the roughly 3,000 casualties the agency reported in January", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Kyiv"],
         "Ukraine says it is holding two North Korean soldiers captured in January", False),
    ],
    "011": [
        ("troops", NK, 10000, 12000, "range", ["unattributed"],
         "Between 10,000 and 12,000 North Korean soldiers were sent to Kursk last autumn", False),
        ("killed", NK, 200, 900, "vague", ["unattributed"],
         "hundreds of them were killed in the winter fighting", True),
    ],
    "012": [
        ("killed", NK, 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "North Korea", "state media", "Kim Jong Un"],
         "nine of the unit's soldiers were killed during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "roughly 2,000 North Korean soldiers had been killed in the fighting", False),
        ("troops", NK, 15000, None, "about", NIS,
         "out of around 15,000 sent to Russia since last year", False),
    ],
}

NOT = {
    "000": ["as many as 12,000 soldiers could eventually be dispatched over the coming months",
            "four brigades of its elite Storm Corps", "three smaller vessels",
            "70 kilometers north of Vladivostok", "2 killed, 5 hurt in Busan apartment fire",
            "KOSPI closes down 0.5 pct at 2,593.82"],
    "001": ["a range of up to 300 kilometers", "a $425 million security package", "155mm artillery rounds",
            "57 days remained", "Army eyes 1,000 new drones per brigade by 2026", "$1.2 billion"],
    "003": ["170 mm self-propelled guns", "240 mm multiple rocket launchers",
            "Won hits 1,450 per dollar", "3 in 10 Koreans plan to skip year-end parties",
            "Seoul condo prices rise for 39th straight week"],
    "004": ["810th Naval Infantry Brigade", "up to 10 kilometers away", "Shares: 412", "from $4.99 per month",
            "Russia Launches 78 Missiles and 106 Drones", "12 New War-Crimes Cases", "$20 Billion G7 Loan"],
    "005": ["One of the soldiers, aged 20, joined the army in 2021", "the other is 26 and has served since 2016",
            "Nikkei ends 1.8% down at 38,470", "1.2 bil. yen aid for Ukraine demining equipment"],
    "007": ["133 Shahed-type and decoy drones", "73 were shot down", "58 were lost to electronic countermeasures",
            "reactor No 4", "about €1.5bn", "The 50 best albums of 2025 so far"],
    "008": ["over 400 tanks", "280 infantry fighting vehicles", "around 2,000 other armored vehicles",
            "Article 4 of the Treaty", "Over 200 sq km of Belgorod Region borderland", "1.5 bln rubles"],
    "009": ["around 220 170mm self-propelled guns and 240mm rocket launchers"],
    "011": ["1,000 military deminers and 5,000 military construction workers",
            "N. Korea to send 6,000 deminers and builders to Kursk", "restore inter-Korean military hotline \"within 100 days\"",
            "Why 30 years of nuclear talks failed"],
    "012": ["in 120 days of \"extremely difficult\" work"],
}

OFF = ["002", "006", "010", "014"]
DUP = {"013": "012"}

conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 North Korean casualties (South Korea's JCS) against more than 3,000 "
         "(Zelensky), both stated on Dec 23 2024, in articles three days apart"],
        ["005-1", "005-4", "about 3,000 North Korean casualties (South Korea's NIS, Jan 13 2025) against 4,000 "
         "(Zelensky at Ramstein, Jan 9 2025), in one article"],
    ],
    "may": [
        # troops: first batch, Kursk-only parts, later totals with reinforcements, weeks or months apart
        ["000-1", "001-1", "first group of about 1,500 (Oct 18) against about 10,000 two weeks later"],
        ["000-1", "001-2", "first group of about 1,500 in the Far East against up to 8,000 in Kursk two weeks later"],
        ["000-1", "003-4", "about 1,500 (Oct) against about 11,000 (Dec)"],
        ["000-1", "009-1", "about 1,500 (Oct 2024) against about 15,000 in all (Apr 2025)"],
        ["000-1", "009-2", "first group of about 1,500 against first contingent of about 11,000"],
        ["000-1", "011-1", "about 1,500 against 10,000-12,000 sent last autumn"],
        ["000-1", "012-3", "about 1,500 (Oct 2024) against about 15,000 (Dec 2025)"],
        ["001-1", "003-4", "about 10,000 (Nov 1) against about 11,000 (Dec 23)"],
        ["001-2", "003-4", "up to 8,000 in Kursk (Nov 1) against about 11,000 sent (Dec 23)"],
        ["001-2", "009-2", "up to 8,000 in Kursk (Nov 2024) against about 11,000 first contingent"],
        ["001-2", "011-1", "up to 8,000 in Kursk against 10,000-12,000"],
        ["001-1", "009-1", "about 10,000 (Nov 2024) against about 15,000 with reinforcements (Apr 2025)"],
        ["001-1", "009-2", "about 10,000 against about 11,000, months apart"],
        ["001-1", "012-3", "about 10,000 (Nov 2024) against about 15,000 (Dec 2025)"],
        ["001-2", "009-1", "up to 8,000 in Kursk against about 15,000 in all"],
        ["001-2", "012-3", "up to 8,000 in Kursk against about 15,000 in all"],
        ["003-4", "009-1", "about 11,000 (Dec 2024) against about 15,000 with reinforcements (Apr 2025)"],
        ["003-4", "012-3", "about 11,000 against about 15,000 a year later"],
        ["004-3", "009-1", "up to 12,000 (Dec 2024) against about 15,000 with reinforcements (Apr 2025)"],
        ["004-3", "012-3", "up to 12,000 against about 15,000 a year later"],
        ["011-1", "009-1", "10,000-12,000 first wave against about 15,000 in all"],
        ["011-1", "012-3", "10,000-12,000 first wave against about 15,000 in all"],
        ["007-2", "000-1", "2,000-3,000 additional against a first group of 1,500"],
        ["007-2", "001-1", "2,000-3,000 additional against about 10,000"],
        ["007-2", "001-2", "2,000-3,000 additional against up to 8,000"],
        ["007-2", "003-4", "2,000-3,000 additional against about 11,000"],
        ["007-2", "004-3", "2,000-3,000 additional against up to 12,000"],
        ["007-2", "009-1", "2,000-3,000 additional against about 15,000 in all"],
        ["007-2", "009-2", "2,000-3,000 additional against about 11,000"],
        ["007-2", "011-1", "2,000-3,000 additional against 10,000-12,000"],
        ["007-2", "012-3", "2,000-3,000 additional against about 15,000 in all"],
        ["009-3", "000-1", "about 3,000 reinforcements against a first group of about 1,500"],
        ["009-3", "001-1", "about 3,000 reinforcements against about 10,000"],
        ["009-3", "001-2", "about 3,000 reinforcements against up to 8,000 in Kursk"],
        ["009-3", "003-4", "about 3,000 reinforcements against about 11,000"],
        ["009-3", "004-3", "about 3,000 reinforcements against up to 12,000"],
        ["009-3", "011-1", "about 3,000 reinforcements against 10,000-12,000"],
        ["009-3", "012-3", "about 3,000 reinforcements against about 15,000 in all"],
        # casualties: weeks or months apart, cumulative figures that grow
        ["003-1", "005-1", "about 1,100 (Dec 23) against about 3,000 three weeks later"],
        ["003-1", "005-4", "about 1,100 (Dec 23) against 4,000 (Jan 9)"],
        ["003-1", "007-1", "about 1,100 (Dec 23) against more than 4,000 (Feb 14)"],
        ["003-1", "009-4", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025)"],
        ["003-1", "009-6", "about 1,100 (Dec 23) against about 3,000 (January)"],
        ["005-1", "007-1", "about 3,000 (NIS, Jan 13) against more than 4,000 (Zelensky, Feb 14)"],
        ["009-6", "005-4", "NIS January figure of about 3,000, restated in April, against Zelensky's 4,000 of Jan 9"],
        ["009-6", "007-1", "NIS January figure of about 3,000 against more than 4,000 (Feb 14)"],
        ["005-4", "009-4", "4,000 (Zelensky, Jan) against about 4,700 (NIS, Apr)"],
        ["004-1", "005-1", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13): a bound the other may or may not satisfy"],
        ["004-1", "009-6", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, January)"],
        # killed and wounded, months apart
        ["011-2", "012-2", "hundreds killed (vague) against about 2,000"],
        ["011-2", "009-5", "hundreds killed (vague) against about 600"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
