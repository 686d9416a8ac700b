#!/usr/bin/env python3
"""Gold labels for testdata/blind643 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind643: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting (October 2024 - December 2025). See testdata/corpus/README.md for "
         "the meaning of every field and how a system's output is scored.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "South Korean intelligence"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
NIS_PARK = NIS + ["Park Sun-won"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS, "a total of around 12,000 troops", False),
        ("troops", NK, 1500, None, "about", NIS, "some 1,500 special operations troops", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL, "Now there are 11,000 of them in Kursk Oblast", False),
        ("troops", NK, 10000, None, "more_than", ["Sabrina Singh", "Pentagon", "United States", "U.S.", "US"],
         "more than 10,000 North Korean troops have been sent to eastern Russia", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "up to 12,000 North Korean soldiers had been moved to Russia in all", False),
        ("troops", NK, 500, None, "about", HUR, "including around 500 officers", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean soldiers killed or wounded while fighting for Russia in the Kursk region now number more than 3,000", False),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "North Korean losses in recent fighting in Kursk, dead and wounded combined, at about 1,100", False),
        ("killed", NK, 100, None, "at_least", NIS, "at least 100 North Korean soldiers had been killed", False),
        ("troops", NK, 11000, 12000, "range", ["unattributed"],
         "Pyongyang is believed to have sent between 11,000 and 12,000 soldiers to Russia since October", False),
    ],
    "004": [
        ("killed", NK, 300, None, "about", NIS_LEE, "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE, "putting North Korea's combined losses at around 3,000", False),
        ("captured", NK, 2, None, "exact", NIS_LEE, "Ukraine captured two North Korean soldiers on Jan. 9", False),
    ],
    "006": [
        ("captured", NK, 2, None, "exact", ZEL + ["SBU", "Security Service of Ukraine"],
         "Our soldiers captured two North Korean servicemen", False),
        ("killed", NK, 1000, None, "at_least", ["Andriy Yusov", "Yusov"] + HUR,
         "At least 1,000 North Korean soldiers have been killed in Kursk Oblast since November", False),
        ("wounded", NK, 2000, 9999, "vague", ["Andriy Yusov", "Yusov"] + HUR, "Thousands more have been wounded", True),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", NIS + ["Yonhap"],
         "Pyongyang has shipped some three thousand additional soldiers", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "General Staff", "Russian General Staff", "Russia"],
         "the enemy lost more than 76,000 servicemen killed and wounded", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS_LEE, "have suffered around 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS_LEE, "including some 600 dead", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "the roughly 15,000 soldiers the North has dispatched to Russia since late last year", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS_PARK,
         "Around 2,000 North Korean soldiers have been killed fighting for Russia", False),
    ],
    "014": [
        ("troops", NK, 15000, None, "about", NIS, "Around 15,000 in all", False),
        ("troops", NK, 11000, None, "about", NIS, "The first wave of about 11,000 arrived in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", NIS, "a second of roughly 3,000 followed early in 2025", False),
        ("killed", NK, 2000, None, "about", NIS, "about 2,000 had died", False),
        ("killed", NK, 1000, None, "at_least", ["Ukraine's military", "Ukraine"],
         "at least 1,000 had been killed in Kursk", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Ukraine captured two North Korean soldiers in January 2025", False),
    ],
}

NOT = {
    "000": ["four brigades", "between Oct. 8 and 13", "four Russian landing ships and three escort vessels",
            "more than 13,000 containers of artillery shells", "the elite 11th Corps", "3.25 pct", "up 7.5 pct",
            "KOSPI at 2,593"],
    "002": ["96 Shahed-type drones", "Air defense downed 56 of them", "another 33 were", "\"zero\" reaction",
            "on Oct. 23", "Join more than 17,000 people", "12K soldiers, four brigades", "key rate to 21%"],
    "003": ["170-millimeter self-propelled guns", "240-mm multiple rocket launchers", "additional $3 bil.",
            "7 ballistic missiles", "Dec 23, 2024 - 22:55"],
    "004": ["a rifleman born in 2005", "1,470 per dollar", "Families of 179 Jeju Air crash victims",
            "Jan. 13, 2025 - 16:30", "nearly three times"],
    "006": ["he was 20", "The other, 26", "since 2021", "400 km From Border", "74 Drones Overnight",
            "over 50,000 readers"],
    "007": ["more than 500 civilians had been evacuated", "nearly seven months", "Key Rate at 21%",
            "Past 87 Per Dollar", "from just $2 a month"],
    "009": ["Article 4", "over 400 tanks", "about 300 infantry fighting vehicles", "some 1,500 other armored vehicles",
            "June 19, 2024", "feature 11,500 servicemen", "115 Ukrainian drones", "82.56 rubles"],
    "011": ["170mm self-propelled guns", "240mm multiple rocket launchers", "up to $20 billion",
            "5,000-tonne destroyer"],
    "012": ["1,000 sappers to clear mines", "5,000 military builders", "a 19-year-old private",
            "approval rating rises to 63%", "KOSPI tops 3,200"],
    "014": ["1,000 deminers", "5,000 military construction workers", "well into 2026", "party's 80th anniversary",
            "1,500 km from front"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"008": "004"}

conflicts = {
    "must": [
        ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), "
                           "the same day, in one article"],
        ["004-1", "006-2", "about 300 killed (South Korea's NIS, Jan 13) against at least 1,000 killed "
                           "(Ukraine's HUR, Jan 16), three days apart"],
    ],
    "may": [
        # troops: the first deployment against later totals, weeks or months apart, and 'additional' forces
        ["000-1", "002-1", "around 12,000 being sent (Oct 18) against 11,000 in Kursk (Nov 5), weeks apart"],
        ["000-1", "007-1", "12,000 against some 3,000 additional soldiers, months apart"],
        ["000-1", "011-3", "12,000 (Oct 2024) against 15,000 dispatched in all (Apr 2025), reinforcements included"],
        ["000-1", "014-1", "12,000 (Oct 2024) against 15,000 in all (Dec 2025)"],
        ["000-1", "014-2", "around 12,000 (Oct 2024) against a first wave of about 11,000 (Dec 2025 summary)"],
        ["000-1", "014-3", "12,000 against a second wave of 3,000, an additional force"],
        ["002-1", "007-1", "11,000 against some 3,000 additional soldiers, months apart"],
        ["002-1", "011-3", "11,000 (Nov 2024) against 15,000 (Apr 2025), months apart"],
        ["002-1", "014-1", "11,000 (Nov 2024) against 15,000 in all (Dec 2025)"],
        ["002-1", "014-3", "11,000 against a second wave of 3,000, an additional force"],
        ["002-2", "007-1", "more than 10,000 against some 3,000 additional soldiers"],
        ["002-2", "014-3", "more than 10,000 against a second wave of 3,000, an additional force"],
        ["002-3", "011-3", "up to 12,000 (Nov 2024) against 15,000 (Apr 2025), months apart"],
        ["002-3", "014-1", "up to 12,000 (Nov 2024) against 15,000 in all (Dec 2025)"],
        ["003-4", "007-1", "11,000-12,000 against some 3,000 additional soldiers"],
        ["003-4", "011-3", "11,000-12,000 (Dec 2024) against 15,000 (Apr 2025), months apart"],
        ["003-4", "014-1", "11,000-12,000 (Dec 2024) against 15,000 in all (Dec 2025)"],
        ["003-4", "014-3", "11,000-12,000 against a second wave of 3,000, an additional force"],
        ["007-1", "011-3", "some 3,000 additional soldiers against 15,000 in all"],
        ["007-1", "014-1", "some 3,000 additional soldiers against 15,000 in all"],
        ["007-1", "014-2", "some 3,000 additional soldiers against a first wave of 11,000"],
        # casualties
        ["003-1", "004-3", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13)"],
        ["003-2", "011-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), a cumulative toll months later"],
        ["004-3", "011-1", "about 3,000 (Jan 2025) against about 4,700 (Apr 2025), a cumulative toll months later"],
        # killed
        ["004-1", "011-2", "about 300 (Jan 2025) against about 600 (Apr 2025), months apart"],
        ["004-1", "012-1", "about 300 (Jan 2025) against about 2,000 (Sep 2025), months apart"],
        ["004-1", "014-4", "about 300 (Jan 2025) against about 2,000 (Dec 2025 summary)"],
        ["004-1", "014-5", "about 300 (NIS, Jan 2025) against Ukraine's at least 1,000, restated in Dec 2025"],
        ["006-2", "011-2", "at least 1,000 (HUR, Jan 2025) against about 600 (NIS, Apr 2025), months apart"],
        ["011-2", "012-1", "about 600 (Apr 2025) against about 2,000 (Sep 2025), a cumulative toll months later"],
        ["011-2", "014-4", "about 600 (Apr 2025) against about 2,000 (Dec 2025 summary)"],
        ["011-2", "014-5", "about 600 (NIS, Apr 2025) against at least 1,000 (Ukraine, restated Dec 2025)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
