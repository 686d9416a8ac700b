#!/usr/bin/env python3
"""Gold labels for testdata/blind568 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU = "north_korea", "russia"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]

A = {
    "000": [
        ("troops", NK, 10000, None, "about", ["Pentagon", "Sabrina Singh", "Department of Defense", "United States", "US"],
         "roughly 10,000 North Korean soldiers had been sent to train in eastern Russia", False),
        ("troops", NK, 3000, None, "at_least", ["White House", "United States", "US"],
         "at least 3,000 North Korean soldiers had arrived in eastern Russia", False),
        ("troops", NK, 10000, 12000, "range", ["Ukrainian officials", "Ukraine", "Kyiv"],
         "Ukrainian officials put the number at between 10,000 and 12,000", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "There are already 11,000 North Korean soldiers in Russia's Kursk region", False),
        ("troops", NK, 500, None, "about", ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukraine"],
         "the North Korean contingent includes about 500 officers", False),
        ("troops", RU, 50000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "about 50,000 Russian soldiers that Moscow has massed in Kursk region", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korean military", "South Korea"],
         "have sustained about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "around 1,000 others had been wounded", False),
        ("troops", NK, 11000, None, "about", NIS,
         "some 11,000 soldiers to Russia in October and November", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("killed", NK, 20, 99, "vague", ["Special Operations Forces", "Ukraine's Special Operations Forces", "Ukraine"],
         "they had killed dozens of North Korean soldiers", True),
        ("casualties", RU, 783410, None, "exact", ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "Russia has lost 783,410 troops in Ukraine since the start of its full-scale invasion", False),
    ],
    "006": [
        ("troops", NK, 12000, None, "up_to", ["military intelligence", "Ukraine's military intelligence", "HUR", "Ukraine"],
         "the North Korean force in Kursk Oblast numbers up to 12,000", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Our soldiers have taken two North Korean servicemen prisoner in Kursk Oblast", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "have suffered some three thousand casualties", False),
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"], "about 300 killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"], "about 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS,
         "Ukrainian forces had captured two North Korean soldiers on Jan. 9", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS,
         "roughly 3,000 additional soldiers", False),
        ("casualties", NK, 4000, None, "about", NIS + ["lawmakers"],
         "The agency's casualty estimate has risen to about 4,000", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "South Korea", "NIS"],
         "the North initially dispatched about 11,000 soldiers last autumn", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "About 4,700 North Korean soldiers have been killed or wounded in the Kursk region", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"], "including some 600 who died", False),
        ("wounded", NK, 200, 999, "vague", NIS + ["Lee Seong-kweun"],
         "hundreds of wounded soldiers have been flown home", True),
        ("killed", NK, 2000, None, "more_than", ["military intelligence directorate", "HUR", "Ukraine's military intelligence", "Ukraine"],
         "more than 2,000 North Korean soldiers had been killed since the autumn", False),
    ],
    "013": [],
    "014": [
        ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won"],
         "About 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("troops", NK, 2000, 9999, "vague", NIS,
         "Several thousand North Korean soldiers remain in Russia's Kursk region", True),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "About 11,000 soldiers were sent in the first wave last autumn", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "followed by thousands of reinforcements early this year", True),
        ("killed", NK, 9, None, "exact", ["state media", "KCNA", "North Korea"],
         "nine of its soldiers had been killed during the mission", False),
    ],
}

NOT = {
    "000": ["planned to send around 12,000 soldiers in all", "more than 6,000 kilometers from the front line",
            "60 mm mortars", "about $2,000 per soldier a month",
            "Zelenskyy: 12K North Korean troops could be on the front within weeks"],
    "002": ["4,318 views", "roughly 600 square kilometres", "roughly 1.2 million active-duty personnel",
            "Russian Guided Bombs Hit Zaporizhzhia, 3 Wounded", "100K+ readers", "$3 a month"],
    "003": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "Dec. 17, 2024",
            "Won falls to 1,450 level against dollar", "Like 12"],
    "005": ["78 missiles and 106 drones", "59 of the missiles and 54 of the drones",
            "about half a million people in Kharkiv", "killing 38 of the 67 people on board",
            "Russian attacks kill 4, injure 21 over past day", "$5 a month"],
    "006": ["4 Iskander-M ballistic missiles and 74 Shahed-type attack drones", "47 drones were shot down",
            "Russia loses 1,600 soldiers in past day", "Russians attack Kherson Oblast 512 times over past day"],
    "007": ["one aged 20 and the other 26", "Investigators prepare 2nd attempt to detain Yoon", "lows of minus 15"],
    "008": ["around a month", "170-millimeter self-propelled guns", "240-mm multiple rocket launchers"],
    "010": ["Article 4", "June 2024", "about 1,300 words", "NIS says 3,000 more North Korean troops sent to Russia"],
    "013": ["1,000 sappers", "5,000 military builders", "a thousand sappers", "five thousand military builders",
            "80th anniversary", "Kursk Region to rebuild 1,200 homes in border districts by 2027"],
    "014": ["1,000 deminers and 5,000 military construction workers", "the 1950-53 Korean War", "3 mins read"],
}

OFF = ["001", "004", "009", "012"]
DUP = {"011": "005"}

ADD = "3,000 additional soldiers sent in early 2025 against a figure for the force as a whole"
may = [
    ["000-1", "002-1", "about 10,000 in eastern Russia (Oct 28) against 11,000 in Kursk a week later: within 'about', deployment still growing"],
    ["000-1", "003-4", "about 10,000 (Oct 2024) against some 11,000 sent in Oct-Nov, reported two months later"],
    ["000-1", "008-3", "about 10,000 (Oct 2024) against about 11,000 initially sent, reported four months later"],
    ["000-1", "014-3", "about 10,000 (Oct 2024) against about 11,000 in the first wave, reported ten months later"],
] + [[a, "008-1", ADD] for a in ["000-1", "000-3", "002-1", "003-4", "006-1"]] + [
    ["008-1", "008-3", "an additional 3,000 against the 11,000 sent initially, same article"],
    ["008-1", "014-3", ADD],
    ["014-2", "014-3", "several thousand still in Kursk (Sep 2025) against about 11,000 sent in the first wave"],
    ["014-3", "014-4", "first wave of about 11,000 against thousands of reinforcements that followed"],
    ["014-2", "008-3", "several thousand remaining (Sep 2025) against about 11,000 sent initially, months apart"],
    ["014-2", "003-4", "several thousand remaining (Sep 2025) against some 11,000 sent in Oct-Nov 2024"],
    ["014-2", "002-1", "several thousand remaining (Sep 2025) against 11,000 in Kursk in Nov 2024"],
    ["003-1", "007-1", "about 1,100 casualties (JCS, Dec 23) against some 3,000 (NIS, Jan 13): three weeks of fighting later"],
    ["003-1", "008-2", "about 1,100 casualties (Dec 2024) against about 4,000 (Feb 2025), two months apart"],
    ["003-1", "010-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025), months apart"],
    ["005-1", "007-1", "more than 3,000 (Zelensky) against some three thousand (NIS): borderline under 'about'"],
    ["007-1", "010-1", "NIS cumulative casualties, about 3,000 in January and 4,700 in April"],
    ["008-2", "010-1", "NIS cumulative casualties, about 4,000 in February and 4,700 in April"],
    ["003-3", "007-3", "NIS cumulative wounded, about 1,000 in mid-December and about 2,700 in mid-January"],
    ["007-2", "010-2", "NIS cumulative deaths, about 300 in January and about 600 in April"],
    ["007-2", "010-4", "about 300 killed (NIS, Jan) against more than 2,000 killed (HUR, Apr), months apart"],
    ["007-2", "014-1", "about 300 killed (Jan) against about 2,000 (Sep), months apart"],
    ["010-2", "014-1", "NIS cumulative deaths, about 600 in April and about 2,000 in September"],
    ["010-4", "014-1", "more than 2,000 killed (HUR, Apr) against about 2,000 (NIS, Sep)"],
]

conflicts = {
    "must": [
        ["003-1", "005-1", "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed and wounded (Zelensky), both given on Dec 23 and reported three days apart"],
        ["010-2", "010-4", "about 600 killed (NIS) against more than 2,000 killed (Ukraine's HUR), in the same article in April 2025"],
    ],
    "may": may,
}

about = ("Gold labels for testdata/blind568 (15 articles written and labelled blind). See testdata/corpus/README.md "
         "for the meaning of every field and how a system's output is scored.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
