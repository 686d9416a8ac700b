#!/usr/bin/env python3
"""Gold labels for blind317 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for testdata/blind317/articles, a held-out set written and labelled blind. "
         "Same schema and rules as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NK, UA = "north_korea", "ukraine"
KIRBY = ["John Kirby", "Kirby", "White House", "United States", "US", "U.S."]
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Lee Seong-kweun"]
BUDANOV = ["Kyrylo Budanov", "Budanov", "Defense Intelligence of Ukraine", "HUR", "Ukraine"]
HUR = ["HUR", "Defense Intelligence", "Defence Intelligence", "Ukraine", "Ukrinform"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]

A = {
    "000": [
        ("troops", NK, 3000, None, "at_least", KIRBY,
         "at least 3,000 North Korean soldiers had crossed by sea to the Russian port of Vladivostok", False),
        ("troops", NK, 3000, None, "about", NIS + ["lawmakers"],
         "Some three thousand troops have already left the North", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "about", BUDANOV,
         "About 11,000 troops from the DPRK have now been moved into Russia's Kursk region", False),
        ("troops", NK, 500, None, "about", BUDANOV,
         "the contingent includes about 500 officers", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "up to 12,000 North Korean servicemen were going through training at five ranges in Russia's Far East", False),
    ],
    "002": [
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers have been killed in combat in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "around 1,000 others wounded", False),
        ("casualties", NK, 1100, None, "about", NIS,
         "the casualties, roughly 1,100 in total", False),
        ("troops", NK, 11000, None, "about", NIS,
         "about 11,000 North Korean troops are in Russia", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "US"],
         "North Korean units had taken \"several hundred\" casualties", True),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
    ],
    "004": [
        ("captured", NK, 2, None, "exact", ZEL + ["SBU"],
         "Ukraine says it has taken two North Korean soldiers prisoner in Russia's Kursk region", False),
        ("killed", NK, 1000, None, "more_than", ["Special Operations Forces", "SSO", "Ukraine"],
         "more than 1,000 North Korean soldiers had been killed since they entered the fighting in December", False),
        ("killed", NK, 300, None, "about", NIS,
         "About 300 North Korean soldiers are estimated to have died", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "some 2,700 have been wounded", False),
    ],
    "006": [
        ("troops", NK, 10000, 12000, "range", ["US", "United States", "South Korea", "Ukraine", "intelligence"],
         "estimated the contingent at between 10,000 and 12,000 soldiers", False),
        ("troops", NK, 3000, None, "about", JCS,
         "roughly 3,000 more had been dispatched in January and February", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "around 4,000 North Korean soldiers have been killed or wounded", False),
        ("casualties", NK, 2000, 9000, "vague", ["Kyiv", "Ukraine"],
         "Kyiv has spoken of several thousand North Korean casualties", True),
    ],
    "007": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "Ukraine had lost more than 76,000 troops during its eight-month incursion in Kursk", False),
        ("troops", NK, 11000, None, "about", ["Western", "most Western counts", "BBC", "Jonathan Reade"],
         "some eleven thousand North Korean soldiers were sent to Kursk last autumn", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS + ["lawmakers"],
         "North Korea's losses in Russia's war against Ukraine have climbed to about 4,700 killed and wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "Around 600 of those, the spy agency said, were killed in action", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "roughly 3,000 North Korean soldiers had been killed or wounded", False),
    ],
    "010": [],
    "012": [
        ("killed", NK, 2000, None, "about", NIS + ["intelligence agency", "lawmakers"],
         "about 2,000 North Korean soldiers have died fighting for Russia against Ukraine", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea sent around 11,000 troops to Russia's Kursk region from October last year", False),
        ("troops", NK, 3000, None, "about", ["unattributed"],
         "a further 3,000 or so in early 2025", False),
    ],
}

NOT = {
    "000": ["three military training sites", "expects the figure to reach 10,000 by December",
            "about $2,000 a month for each soldier", "32 member states",
            "Zelenskiy says 10,000 North Korean soldiers being readied for Russia", "KOSPI 2,599.62"],
    "001": ["82mm mortars", "Enemy loses 1,270 troops in past day", "1120 views",
            "injures 14, including 3 children", "155mm shells"],
    "002": ["paras 5-7", "240-mm multiple rocket launchers", "170-mm self-propelled guns", "13th anniversary",
            "first hearing on Dec. 27", "1.95 pct lower"],
    "003": ["Russians strike Kharkiv with guided bombs: 6 injured"],
    "004": ["born in 2005", "aged 26", "about 500 square kilometers", "Russia Lost 1,830 Soldiers in One Day, Kyiv Says"],
    "006": ["some 220 artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "€3 billion more in military aid"],
    "007": ["100 Shahed-type drones", "65 were shot down", "another 25 were lost to electronic jamming",
            "eight-month incursion", "June 2024"],
    "008": ["Seoul's JCS says North sent 3,000 more troops to Russia", "May 9 Victory Day parade",
            "KOSPI ends at 2,556.61"],
    "010": ["1,000 sappers", "5,000 military construction workers", "home to about 5,000 people", "On June 4"],
    "012": ["1,000 deminers and 5,000 military builders",
            "pledged thousands of military engineers and construction workers", "Nikkei closes at 42,580"],
}

OFF = ["005", "009", "011", "013"]
DUP = {"014": "003"}

MAY = []
# troops: the early count against the full contingent, and the later reinforcements against the contingent
for x in ["001-1", "002-4", "006-1", "007-2", "012-2"]:
    MAY.append(["000-2", x, "about 3,000 already sent (NIS, 23 October 2024) against the full contingent "
                "reported weeks or months later, as the deployment grew"])
for add in ["006-2", "012-3"]:
    for x in ["001-1", "002-4", "006-1", "007-2", "012-2"]:
        MAY.append([add, x, "about 3,000 additional troops sent in early 2025 against the original contingent"])
MAY += [
    ["002-3", "003-3", "about 1,100 casualties (NIS) against 'several hundred' (Pentagon, a vague figure two days earlier)"],
    ["003-1", "003-3", "more than 3,000 casualties (Zelensky) against 'several hundred' (Pentagon, a week earlier, vague)"],
    ["002-3", "006-3", "1,100 casualties in December against 4,000 in March: months apart, cumulative"],
    ["002-3", "006-4", "1,100 casualties in December against 'several thousand' in March"],
    ["002-3", "008-1", "1,100 casualties in December against 4,700 in April: months apart, cumulative"],
    ["002-3", "008-3", "1,100 casualties in December against about 3,000 in January: cumulative rise"],
    ["003-1", "008-3", "more than 3,000 (Zelensky, December) against about 3,000 (NIS, January)"],
    ["003-3", "006-3", "'several hundred' in December against 4,000 in March"],
    ["003-3", "006-4", "'several hundred' in December against 'several thousand' in March"],
    ["003-3", "008-1", "'several hundred' in December against 4,700 in April"],
    ["003-3", "008-3", "'several hundred' in December against about 3,000 in January"],
    ["006-3", "008-1", "4,000 casualties (JCS, March) against 4,700 (NIS, April): a month apart, cumulative"],
    ["006-3", "008-3", "4,000 casualties (JCS, March) against NIS's January estimate of 3,000"],
    ["004-2", "008-2", "more than 1,000 killed (SSO, January) against about 600 killed (NIS, April): months apart"],
    ["004-3", "008-2", "about 300 killed (January) against about 600 (April): NIS update months later"],
    ["004-3", "012-1", "about 300 killed (January) against about 2,000 (September): NIS update months later"],
    ["008-2", "012-1", "about 600 killed (April) against about 2,000 (September): NIS update months later"],
    ["002-2", "004-4", "about 1,000 wounded (December) against about 2,700 (January): cumulative rise"],
]

conflicts = {
    "must": [
        ["002-3", "003-1", "about 1,100 North Korean casualties (South Korea's NIS via Lee Seong-kweun, 19 December) "
         "against more than 3,000 killed and wounded (Zelensky, 23 December), four days apart"],
        ["004-2", "004-3", "more than 1,000 North Korean soldiers killed (Ukraine's Special Operations Forces) against "
         "about 300 killed (South Korea's NIS), given the same day and reported in one article"],
    ],
    "may": MAY,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
