#!/usr/bin/env python3
"""Gold labels for testdata/blind391 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind391: 15 articles written in our own words about the real story's known "
         "reporting, labelled blind. Same schema and rules as testdata/corpus (see its README.md).")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency", "Lee Seong-kweun"]
HUR = ["Defence Intelligence", "Defense Intelligence", "HUR", "military intelligence", "Ukraine", "Kyiv"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "South Korea's military"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 11000, None, "exact", HUR + ["Budanov"],
         "Eleven thousand North Korean soldiers have now arrived in Russia's Kursk Oblast", False),
        ("troops", NK, 500, None, "about", HUR,
         "Among them are around 500 officers", False),
        ("troops", NK, 10000, None, "at_least", ["Pentagon", "United States", "U.S."],
         "at least 10,000 North Korean troops had been sent to Russia for training", False),
    ],
    "002": [
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers deployed to Russia have been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "about 1,000 others have been wounded", False),
        ("troops", NK, 11000, None, "about", NIS,
         "Some 11,000 North Korean soldiers are in Russia", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "around 1,100 North Korean troops had been killed or wounded so far", False),
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi"],
         "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "up to 12,000 North Koreans are now in the Kursk area", False),
        ("casualties", RU, 1630, None, "exact", ["General Staff", "Ukraine's general staff", "Ukraine"],
         "Russian forces lost 1,630 soldiers killed and wounded over the past day", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "2,700 wounded while fighting alongside Russian forces against Ukraine", False),
        ("captured", NK, 2, None, "exact", ZEL + ["NIS"],
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
        ("troops", NK, 11000, None, "about", ["Ukraine", "South Korea", "United States"],
         "North Korea has sent an estimated 11,000 troops to Russia", False),
    ],
    "006": [
        ("killed", NK, 1000, None, "more_than", HUR,
         "More than a thousand of Pyongyang's soldiers have been killed in the Kursk region", False),
        ("wounded", NK, 2000, 9999, "vague", HUR,
         "the number of wounded runs into the thousands", True),
        ("troops", NK, 11000, 12000, "range", HUR,
         "The contingent, which Kyiv puts at 11,000 to 12,000 men", False),
        ("captured", NK, 2, None, "exact", HUR,
         "The two North Korean soldiers captured last week", False),
    ],
    "009": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has sent some three thousand additional soldiers to Russia since January", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "the North's casualties, including the dead and wounded, are estimated to have reached about 4,000", False),
        ("troops", NK, 200, 900, "vague", JCS,
         "Several hundred of the newly arrived troops", True),
    ],
    "010": [
        ("killed", NK, 600, None, "about", NIS,
         "About 600 North Korean soldiers have died", False),
        ("wounded", NK, 2000, 9999, "vague", NIS,
         "thousands more have been wounded", True),
        ("troops", NK, 15000, None, "about", NIS,
         "the North had sent about 15,000 troops to Russia in total", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "its casualties had reached some 4,700", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia"],
         "Ukraine had lost more than 76,000 troops during the Kursk operation", False),
    ],
    "011": [
        ("troops", NK, 10000, None, "more_than", ["unattributed"],
         "Pyongyang sent more than 10,000 soldiers to the region last year", False),
        ("killed", NK, 600, None, "about", ["South Korea", "intelligence agency", "NIS", "National Intelligence Service"],
         "about 600 of them died", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had been killed", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "About 11,000 troops made up the first contingent", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "thousands more followed as reinforcements", True),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range", ["Western and Ukrainian officials", "Western officials", "Ukraine"],
         "between 10,000 and 12,000 North Korean troops had arrived in Russia", False),
        ("troops", NK, 15000, None, "about", NIS,
         "raised its count to around 15,000", False),
        ("troops", NK, 5000, None, "about", NIS,
         "some 5,000 military construction troops have also been moving to Russia", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("killed", NK, 9, None, "exact", ["KCNA", "state media", "North Korea"],
         "nine of its soldiers had died", False),
    ],
}

NOT = {
    "000": ["the total could grow to 12,000 by the end of the year", "AK-12 assault rifles", "RPG-7",
            "more than 6,000 kilometers", "about $2,000 a month", "about 1,300 square kilometers",
            "31 of 50 drones", "Join 14,000+ members", "Comments (27)"],
    "002": ["the North's 11th Corps", "240-mm multiple rocket launchers", "MiG-29 and Su-27",
            "expand drone units by 3,000 personnel", "fires 2 short-range ballistic missiles"],
    "003": ["€4.1bn", "72 Shahed-type drones", "52 of the drones were shot down", "20 more were \"lost\"",
            "Comments (412)"],
    "005": ["aged 20", "The other, 26", "since 2021", "Nikkei falls 1.8%"],
    "006": ["small infantry groups of 20 to 30 men", "Russian army loses 1,660 soldiers over past day"],
    "009": ["more than 200 long-range artillery pieces", "KN-23", "Won slides past 1,450 per dollar",
            "KOSPI 2,641.96"],
    "010": ["Article 4 of the mutual defense treaty", "June 2024"],
    "011": ["1,000 sappers", "5,000 military construction workers", "Shoigu, 70", "B-52 bomber", "July 20"],
    "013": ["more than three times its April estimate", "a 90-second segment", "USD 80.9"],
    "014": ["after 120 days", "up to 20 trillion won ($13.6 billion)"],
}

OFF = ["001", "004", "007", "012"]
DUP = {"008": "010"}

conflicts = {
    "must": [
        ["003-1", "003-2", "about 1,100 casualties (South Korea's JCS) against more than 3,000 (Zelensky), "
         "same day, same live blog"],
        ["005-1", "006-1", "about 300 killed (South Korea's NIS, 13 Jan 2025) against more than a thousand "
         "killed (Ukraine's HUR, 16 Jan 2025), three days apart"],
    ],
    "may": [
        # killed: later rises in the cumulative count, or estimates months apart
        ["005-1", "010-1", "NIS about 300 killed (Jan) rising to about 600 (Apr): update of a cumulative figure"],
        ["005-1", "011-2", "about 300 killed (Jan) vs about 600 (Jun): update, months apart"],
        ["005-1", "013-1", "about 300 killed (Jan) vs about 2,000 (Sep): update, months apart"],
        ["005-1", "014-4", "about 300 killed (Jan) vs about 2,000 (Sep, reported Dec): update, months apart"],
        ["006-1", "010-1", "more than 1,000 killed (HUR, Jan) vs about 600 (NIS, Apr): months apart"],
        ["006-1", "011-2", "more than 1,000 killed (HUR, Jan) vs about 600 (Jun): months apart"],
        ["010-1", "013-1", "about 600 killed (Apr) vs about 2,000 (Sep): update, months apart"],
        ["010-1", "014-4", "about 600 killed (Apr) vs about 2,000 (Dec): update, months apart"],
        ["011-2", "013-1", "about 600 killed (Jun) vs about 2,000 (Sep): update, months apart"],
        ["011-2", "014-4", "about 600 killed (Jun) vs about 2,000 (Dec): update, months apart"],
        # wounded
        ["002-2", "005-2", "about 1,000 wounded (Dec 19) rising to about 2,700 (Jan 13), same agency: update"],
        ["002-2", "006-2", "about 1,000 wounded (Dec) vs 'thousands' (Jan): update"],
        ["002-2", "010-2", "about 1,000 wounded (Dec) vs 'thousands' (Apr): update, months apart"],
        # casualties
        ["003-1", "009-2", "about 1,100 (Dec) vs about 4,000 (Feb): update, months apart"],
        ["003-1", "010-4", "about 1,100 (Dec) vs about 4,700 (Apr): update, months apart"],
        ["009-2", "010-4", "about 4,000 (JCS, Feb) rising to about 4,700 (NIS, Apr): update, two months apart"],
        # troops: the additional 3,000, the later 15,000 total, the separate 5,000 builders
        ["000-1", "009-1", "11,000 vs an additional 3,000"],
        ["000-3", "009-1", "at least 10,000 vs an additional 3,000"],
        ["002-3", "009-1", "about 11,000 vs an additional 3,000"],
        ["005-4", "009-1", "about 11,000 vs an additional 3,000"],
        ["006-3", "009-1", "11,000-12,000 vs an additional 3,000"],
        ["009-1", "010-3", "an additional 3,000 vs about 15,000 in total"],
        ["009-1", "011-1", "an additional 3,000 vs more than 10,000 last year"],
        ["009-1", "013-2", "an additional 3,000 vs about 11,000 in the first contingent"],
        ["009-1", "014-1", "an additional 3,000 vs 10,000-12,000 in late 2024"],
        ["009-1", "014-2", "an additional 3,000 vs about 15,000 in total"],
        ["009-1", "014-3", "an additional 3,000 vs an additional 5,000 builders"],
        ["000-1", "010-3", "11,000 (Nov 2024) vs about 15,000 in total incl. reinforcements (Apr 2025)"],
        ["002-3", "010-3", "about 11,000 (Dec) vs about 15,000 in total (Apr), months apart"],
        ["003-3", "010-3", "up to 12,000 (Dec) vs about 15,000 in total (Apr), months apart"],
        ["005-4", "010-3", "about 11,000 (Jan) vs about 15,000 in total (Apr), months apart"],
        ["006-3", "010-3", "11,000-12,000 (Jan) vs about 15,000 in total (Apr), months apart"],
        ["000-1", "014-2", "11,000 (Nov 2024) vs around 15,000 (count raised in Apr 2025)"],
        ["002-3", "014-2", "about 11,000 vs around 15,000, months apart"],
        ["003-3", "014-2", "up to 12,000 vs around 15,000, months apart"],
        ["005-4", "014-2", "about 11,000 vs around 15,000, months apart"],
        ["006-3", "014-2", "11,000-12,000 vs around 15,000, months apart"],
        ["010-3", "013-2", "about 15,000 in total vs about 11,000 in the first contingent"],
        ["010-3", "014-1", "about 15,000 in total vs 10,000-12,000 in late 2024"],
        ["013-2", "014-2", "about 11,000 first contingent vs around 15,000 in total"],
        ["014-1", "014-2", "10,000-12,000 in late 2024 vs around 15,000 after reinforcements"],
        ["000-1", "014-3", "11,000 vs a separate 5,000 builders"],
        ["000-3", "014-3", "at least 10,000 vs a separate 5,000 builders"],
        ["002-3", "014-3", "about 11,000 vs a separate 5,000 builders"],
        ["005-4", "014-3", "about 11,000 vs a separate 5,000 builders"],
        ["006-3", "014-3", "11,000-12,000 vs a separate 5,000 builders"],
        ["010-3", "014-3", "about 15,000 vs a separate 5,000 builders"],
        ["011-1", "014-3", "more than 10,000 vs a separate 5,000 builders"],
        ["013-2", "014-3", "about 11,000 vs a separate 5,000 builders"],
        ["014-1", "014-3", "10,000-12,000 vs a separate 5,000 builders"],
        ["014-2", "014-3", "around 15,000 vs a separate 5,000 builders"],
        ["000-1", "013-3", "11,000 vs 'thousands more' who followed: an additional force"],
        ["000-3", "013-3", "at least 10,000 vs 'thousands more' who followed: an additional force"],
        ["002-3", "013-3", "about 11,000 vs 'thousands more' who followed: an additional force"],
        ["005-4", "013-3", "about 11,000 vs 'thousands more' who followed: an additional force"],
        ["006-3", "013-3", "11,000-12,000 vs 'thousands more' who followed: an additional force"],
        ["010-3", "013-3", "about 15,000 in total vs 'thousands more' who followed: an additional force"],
        ["011-1", "013-3", "more than 10,000 vs 'thousands more' who followed: an additional force"],
        ["013-2", "013-3", "about 11,000 in the first contingent vs 'thousands more' who followed: an additional force"],
        ["013-3", "014-1", "'thousands more' who followed vs 10,000-12,000 in late 2024"],
        ["013-3", "014-2", "'thousands more' who followed vs around 15,000 in total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
