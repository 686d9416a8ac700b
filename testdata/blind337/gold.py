#!/usr/bin/env python3
"""Gold labels for blind337 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind337: fifteen articles written in our own words about the real "
         "story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military", "South Korea"]
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
NIS_PARK = NIS + ["Park Sun-won"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy"]
HUR = ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukrainian intelligence",
       "Defence Intelligence", "Ukraine"]
GENSTAFF_UA = ["Ukraine's general staff", "general staff", "General Staff of Ukraine", "Ukraine"]

A = {
    "000": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "have suffered an estimated 1,100 casualties in recent clashes with Ukrainian forces", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "estimating that around 11,000 of its soldiers remain in Russia, most of them in Kursk", False),
        ("casualties", "north_korea", 200, 900, "vague", JCS + ["JCS official"],
         "several hundred of the casualties were believed to have been caused by Ukrainian drone attacks", True),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had died in combat", False),
    ],
    "001": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia’s Kursk Oblast", False),
        ("casualties", "north_korea", 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded in fighting near the villages of Plekhovo, Vorobyovka and Martynovka", False),
        ("troops", "north_korea", 11000, 12000, "range", HUR,
         "Pyongyang has sent an estimated 11,000-12,000 troops to Russia", False),
    ],
    "002": [
        ("captured", "north_korea", 2, None, "exact", NIS + ["Yonhap"],
         "Ukraine took two North Korean soldiers captive on 9 January", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
        ("casualties", "russia", 1480, None, "exact", GENSTAFF_UA,
         "Russia lost 1,480 troops killed or wounded over the past day", False),
        ("casualties", "russia", 812000, None, "about", GENSTAFF_UA,
         "bringing its total since February 2022 to about 812,000", False),
    ],
    "003": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "North Korea has lost about 300 soldiers killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "some 2,700 wounded fighting for Russia against Ukraine", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "around 1,000 had been wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS_LEE,
         "Ukraine captured two North Korean soldiers in the Kursk region on Jan. 9", False),
    ],
    "004": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has sent roughly 3,000 additional soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "come on top of the some 11,000 troops Pyongyang dispatched last autumn", False),
    ],
    "006": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the enemy lost more than 76,000 servicemen killed and wounded", False),
    ],
    "007": [
        ("casualties", "north_korea", 4700, None, "about", NIS_PARK,
         "North Korea has suffered about 4,700 casualties in the war against Ukraine", False),
        ("killed", "north_korea", 600, None, "about", NIS_PARK,
         "including roughly 600 dead", False),
        ("troops", "north_korea", 15000, None, "about", NIS_PARK,
         "around 15,000 North Korean soldiers have been dispatched to Russia", False),
        ("troops", "north_korea", 3000, None, "about", NIS_PARK,
         "including some 3,000 reinforcements sent early this year", False),
        ("casualties", "north_korea", 6000, None, "more_than", HUR + ["senior official at Ukraine's military intelligence agency"],
         "North Korean losses in Kursk, killed and wounded together, had exceeded 6,000", False),
    ],
    "010": [
        ("troops", "north_korea", 15000, None, "up_to", NIS,
         "up to 15,000 North Korean soldiers have been sent to Russia since last autumn", False),
    ],
    "012": [
        ("troops", "north_korea", 11000, None, "about", ["South Korean intelligence", "South Korea", "unattributed"],
         "eleven thousand or so North Korean soldiers were believed to be in Russia's Kursk region", False),
        ("troops", "north_korea", 3000, None, "about", ["South Korean intelligence", "South Korea", "unattributed"],
         "some three thousand more were sent in January and February", False),
        ("troops", "north_korea", 14000, 15000, "range", ["South Korean intelligence", "South Korea"],
         "brought the total to between 14,000 and 15,000", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died in the fighting", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "Several thousand are thought to remain", True),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"],
         "Two soldiers captured in January remain in Ukrainian custody", False),
    ],
    "014": [
        ("troops", "north_korea", 10000, None, "about",
         ["senior U.S. defense official", "U.S. defense official", "United States", "U.S.", "Pentagon"],
         "About 10,000 North Korean troops are now in Russia's Kursk region", False),
        ("troops", "north_korea", 11000, None, "exact", HUR,
         "saying 11,000 North Korean soldiers had already arrived in Kursk", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "the contingent includes about 500 officers", False),
        ("troops", "north_korea", 10000, 12000, "range", NIS,
         "between 10,000 and 12,000 troops have been sent to Russia overall since October", False),
    ],
}

NOT = {
    "000": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "paras 5-8",
            "2 fan concerts", "2,435.93", "1,451.9", "lowest in 15 years", "6 bills"],
    "001": ["almost three times", "Russia loses 1,830 troops in 24 hours", "more than 20,000 members",
            "$5 a month", "70 missiles, 100 drones", "400 kilometers inside Russia", "Three reasons"],
    "002": ["Comments (1,214)", "he was 26", "since 2021", "74 drones", "47 were shot down",
            "23 were \"lost\"", "3.5m internally displaced"],
    "003": ["near 1,470 per dollar", "up 0.4 pct", "5 things to know", "2025 tax rules"],
    "004": ["about 220 artillery pieces", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
            "Nikkei falls 2.8%", "5% growth target"],
    "006": ["over 400 tanks", "more than 280 infantry fighting vehicles",
            "in excess of 7,000 pieces of other weaponry and equipment", "80th anniversary",
            "1.2% to $680.8 billion", "June 2024"],
    "007": ["KOSPI 2,556.61", "KOSDAQ 731.21", "1,426.40", "around $20 billion", "12.2 trillion won",
            "6 in 10 Koreans", "3rd week", "1,700 won per liter"],
    "010": ["1,000 sappers", "5,000 military construction workers", "second trip",
            "1.7% in May", "60 years of ties", "2 summits"],
    "012": ["1,000 deminers", "5,000 military builders", "6,000 engineers and builders pledged",
            "more than three times", "90-minute speech"],
    "014": ["$425 million", "155 mm artillery rounds", "eight years", "6 F-16s",
            "35,000 troops to high-readiness force"],
}

OFF = ["005", "009", "011", "013"]
DUP = {"008": "004"}

conflicts = {
    "must": [
        ["000-1", "001-1", "about 1,100 casualties (South Korea's JCS, 19 Dec 2024) against more than 3,000 "
         "killed and wounded (Zelensky, 23 Dec 2024), four days apart"],
        ["007-1", "007-5", "about 4,700 casualties (NIS, via Park Sun-won) against more than 6,000 killed and "
         "wounded (Ukraine's HUR), in the same article"],
    ],
    "may": [],
}

# may: incompatible values for the same metric and subject that are months apart, or that set
# an additional force against a total; listed pair by pair below.
MAY = [
    # casualties, months apart
    ("000-1", "007-1", "1,100 in December 2024 against 4,700 in April 2025: a cumulative toll, four months later"),
    ("000-1", "007-5", "1,100 in December 2024 against more than 6,000 in April 2025, four months later"),
    # killed, months apart (the same agency's cumulative toll)
    ("003-1", "007-2", "about 300 killed in January against about 600 in April (NIS), months apart"),
    ("003-1", "012-4", "about 300 killed in January against about 2,000 in September (NIS), months apart"),
    ("007-2", "012-4", "about 600 killed in April against about 2,000 in September (NIS), months apart"),
    # troops: 10,000 against 11,000, the same day
    ("014-1", "014-2", "about 10,000 in Kursk (US official) against 11,000 (HUR), the same day: close estimates"),
    # troops: about 10,000 (Nov 2024) against 11,000-ish later
    ("014-1", "000-2", "about 10,000 in November against around 11,000 in December"),
    ("014-1", "001-3", "about 10,000 in November against 11,000-12,000 in December"),
    ("014-1", "004-2", "about 10,000 in November against some 11,000 sent last autumn, months later"),
    ("014-1", "012-1", "about 10,000 in November against eleven thousand or so by the end of 2024, months later"),
    # troops: 11,000-ish against the later total of 14,000-15,000
    ("000-2", "007-3", "around 11,000 in December 2024 against around 15,000 in April 2025, with reinforcements"),
    ("000-2", "012-3", "around 11,000 in December 2024 against 14,000-15,000 in September 2025"),
    ("001-3", "007-3", "11,000-12,000 in December 2024 against around 15,000 in April 2025"),
    ("001-3", "012-3", "11,000-12,000 in December 2024 against 14,000-15,000 in September 2025"),
    ("004-2", "007-3", "some 11,000 sent last autumn against around 15,000 in all, two months later"),
    ("004-2", "012-3", "some 11,000 sent last autumn against 14,000-15,000 in all, months later"),
    ("012-1", "007-3", "eleven thousand by the end of 2024 against around 15,000 in all"),
    ("014-1", "007-3", "about 10,000 in November 2024 against around 15,000 in April 2025"),
    ("014-1", "012-3", "about 10,000 in November 2024 against 14,000-15,000 in September 2025"),
    ("014-2", "007-3", "11,000 in November 2024 against around 15,000 in April 2025"),
    ("014-2", "012-3", "11,000 in November 2024 against 14,000-15,000 in September 2025"),
    ("014-4", "007-3", "10,000-12,000 in November 2024 against around 15,000 in April 2025"),
    ("014-4", "012-3", "10,000-12,000 in November 2024 against 14,000-15,000 in September 2025"),
]
# an additional force (some 3,000 reinforcements) against any total
ADD = ["004-1", "007-4", "012-2"]
TOTALS = ["000-2", "001-3", "004-2", "007-3", "010-1", "012-1", "012-3", "014-1", "014-2", "014-4"]
for a in ADD:
    for t in TOTALS:
        MAY.append((t, a, "a total against some 3,000 reinforcements, an additional force"))
conflicts["may"] = [[a, b, why] for a, b, why in MAY]

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
