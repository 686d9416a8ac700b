#!/usr/bin/env python3
"""Gold labels for testdata/blind510 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "South Korean intelligence"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military", "Seoul"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine", "Ukrainian President"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of about 1,500 special forces", False),
        ("troops", NK, 10000, None, "up_to", ZEL,
         "North Korea had up to ten thousand soldiers training on Russian territory", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "more_than", NIS + ["Lee Seong-kweun"],
         "More than 10,000 North Korean soldiers have been sent to Russia", False),
        ("troops", NK, 10000, 12000, "range", ["State Department", "U.S. State Department", "United States", "US"],
         "between 10,000 and 12,000 North Korean troops were now in Russia", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean troops have already lost more than 3,000 soldiers killed and wounded in Russia's Kursk Oblast", False),
        ("casualties", NK, 30, None, "at_least", ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about", JCS,
         "roughly 1,100 North Korean soldiers had been killed or wounded in the Kursk fighting", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "about 1,000 had been injured", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "South Korea"],
         "the roughly 11,000 troops that Seoul believes Pyongyang has sent to Russia", False),
        ("casualties", NK, 200, 900, "vague", ["John Kirby", "White House", "United States", "Washington"],
         "North Korean troops had suffered several hundred casualties, both killed and wounded", True),
    ],
    "006": [
        ("casualties", "russia", 1690, None, "exact", ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "Russian forces lost 1,690 soldiers killed and wounded over the past 24 hours", False),
        ("casualties", "russia", 812670, None, "exact", ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "bringing the total since the start of the full-scale invasion to 812,670", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian troops have captured two North Korean soldiers in Russia's Kursk Oblast", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "An estimated 11,000 North Korean troops are fighting alongside Russian forces in Kursk Oblast", False),
    ],
    "007": [
        ("killed", NK, 300, None, "about", NIS + ["South Korea's intelligence agency", "lawmakers"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["South Korea's intelligence agency", "lawmakers"],
         "some 2,700 wounded in the Kursk fighting", False),
        ("casualties", NK, 3000, None, "about", NIS + ["South Korea's intelligence agency", "lawmakers"],
         "a total of around 3,000", False),
        ("casualties", NK, 4000, None, "about", ZEL,
         "roughly 4,000 North Korean soldiers had been killed or wounded", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "NIS", "National Intelligence Service", "South Korea"],
         "its forces had captured two North Korean soldiers in Kursk", False),
    ],
    "009": [
        ("troops", NK, 3000, None, "about", JCS,
         "about 3,000 additional soldiers to Russia", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "around 4,000 casualties", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "some 600 deaths", False),
        ("troops", NK, 15000, None, "about", NIS + ["Lee Seong-kweun"],
         "around 15,000 North Korean troops had been sent to Russia in total", False),
    ],
    "011": [
        ("troops", NK, 10000, None, "more_than", ["South Korean and Western intelligence", "Western intelligence", "South Korea", "Seoul"],
         "upwards of 10,000 troops to fight for Russia", False),
        ("killed", NK, 600, None, "about", ["Seoul", "South Korea"],
         "around 600 of whom have been killed", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["KCNA", "North Korea", "Korean Central News Agency", "Pyongyang"],
         "nine of the regiment's sappers had been killed during the mission", False),
        ("troops", NK, 11000, None, "about", ["Ukrainian military intelligence", "HUR", "Ukraine"],
         "about eleven thousand North Korean soldiers were still in Kursk region", False),
        ("killed", NK, 2000, None, "about", NIS,
         "roughly two thousand North Korean soldiers had been killed in the Kursk fighting", False),
        ("casualties", NK, 6000, None, "more_than", ["British Defence Intelligence", "Defence Intelligence", "UK", "Britain", "United Kingdom"],
         "put the North's total casualties — killed and wounded — at more than 6,000", False),
        ("wounded", NK, 100, 999, "vague", ["Russian army medics", "Russian medics", "Meduza"],
         "Hundreds of wounded North Koreans were treated in military hospitals", True),
    ],
}

NOT = {
    "000": ["roughly 12,000 soldiers in all", "four Russian navy landing ships and three escort vessels",
            "between October 8 and 13", "closing at 1,368.5 to the dollar", "kills 4, injures 11",
            "five-point 'victory plan'", "Comments (312)"],
    "002": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "around US$2,000 a month each",
            "2,417.08", "paras 5-7"],
    "003": ["seven ballistic missiles overnight, injuring 6", "52 of 103 Russian drones", "24 December"],
    "004": ["KRW/USD 1,456.40", "one in ten", "groups of 20 to 30 men", "1.2-million-strong armed forces",
            "Won slides past 1,450 per dollar", "2nd summons"],
    "006": ["1.3K shares", "9 tanks, 27 artillery systems and 41 drones", "74 Shahed-type attack drones",
            "shot down 47", "born in 2005", "he was 26", "a further $3 billion", "up to 1,500 men a day"],
    "007": ["Watch video 2:48", "one in four of the soldiers sent", "aged 20 and 26", "8.7 trillion yen"],
    "009": ["more than 200 long-range artillery pieces", "about two weeks", "falls 1.2%", "cuts rate to 2.75%"],
    "010": ["about 28 trillion won ($19.6 billion)", "on April 26", "2,556.61"],
    "011": ["1,000 deminers and 5,000 military construction workers", "6,000 builders and deminers",
            "second trip to Pyongyang in two weeks", "17th package of sanctions"],
    "014": ["120 days", "more than 1,500 hectares", "October 2026", "more than 30,000 people",
            "sends 3K more troops to Russia"],
}

OFF = ["001", "005", "008", "013"]
DUP = {"012": "011"}

must = [
    ["003-1", "004-1", "more than 3,000 killed and wounded (Zelensky, 23 Dec 2024) against about 1,100 (South Korea's JCS, "
     "the same Monday, reported three days later): same metric and subject, same week, incompatible"],
    ["007-3", "007-4", "about 3,000 casualties (NIS) against roughly 4,000 (Zelensky) in the same Q&A, the same week"],
]

may = [
    # troops: months apart, an update of an early count, or an "additional" force against a total
    ["000-1", "002-1", "1,500 first contingent (NIS, Oct) against more than 10,000 (NIS, Nov): the deployment grew"],
    ["000-1", "002-2", "1,500 in October against 10,000-12,000 a month later"],
    ["000-1", "004-4", "1,500 in October against about 11,000 in December"],
    ["000-1", "006-4", "1,500 in October against about 11,000 in January"],
    ["000-1", "009-1", "1,500 first contingent against 3,000 additional four months later"],
    ["000-1", "010-3", "1,500 in October 2024 against 15,000 in total in April 2025"],
    ["000-1", "011-1", "1,500 in October 2024 against more than 10,000 in June 2025"],
    ["000-1", "014-2", "1,500 in October 2024 against about 11,000 remaining in November 2025"],
    ["000-2", "002-1", "up to 10,000 (Zelensky, Oct) against more than 10,000 (NIS, Nov)"],
    ["000-2", "004-4", "up to 10,000 in October against about 11,000 in December"],
    ["000-2", "006-4", "up to 10,000 in October against about 11,000 in January"],
    ["000-2", "010-3", "up to 10,000 in October against 15,000 in total in April"],
    ["000-2", "011-1", "up to 10,000 in October 2024 against more than 10,000 in June 2025"],
    ["000-2", "014-2", "up to 10,000 in October 2024 against about 11,000 in November 2025"],
    ["002-1", "009-1", "more than 10,000 against an additional 3,000"],
    ["002-2", "009-1", "10,000-12,000 against an additional 3,000"],
    ["002-2", "010-3", "10,000-12,000 in November against 15,000 in total in April, after reinforcements"],
    ["004-4", "009-1", "about 11,000 against an additional 3,000"],
    ["004-4", "010-3", "about 11,000 in December against 15,000 in total in April, after reinforcements"],
    ["006-4", "009-1", "about 11,000 against an additional 3,000"],
    ["006-4", "010-3", "about 11,000 in January against 15,000 in total in April, after reinforcements"],
    ["009-1", "010-3", "an additional 3,000 against 15,000 in total (a part of it)"],
    ["009-1", "011-1", "an additional 3,000 against more than 10,000"],
    ["009-1", "014-2", "an additional 3,000 against about 11,000 remaining, months later"],
    ["010-3", "014-2", "15,000 sent in total (April) against about 11,000 still in Kursk (November)"],
    # casualties: cumulative counts rising over weeks and months
    ["003-1", "007-3", "more than 3,000 (Zelensky, Dec) against around 3,000 (NIS, Jan): bound nearly met"],
    ["004-1", "007-3", "1,100 (JCS, Dec) against about 3,000 (NIS, Jan), three weeks later: update"],
    ["004-1", "007-4", "1,100 (JCS, Dec) against roughly 4,000 (Zelensky, Jan), three weeks later"],
    ["004-1", "009-2", "1,100 in December against about 4,000 in February (both JCS)"],
    ["004-1", "010-1", "1,100 in December against 4,700 in April"],
    ["004-1", "014-4", "1,100 in December 2024 against more than 6,000 later"],
    ["007-3", "009-2", "about 3,000 (NIS, Jan) against about 4,000 (JCS, Feb), six weeks later"],
    ["007-3", "010-1", "the NIS's cumulative count rising from about 3,000 (Jan) to about 4,700 (Apr): an update, not a contradiction"],
    ["007-3", "014-4", "about 3,000 in January against more than 6,000 later"],
    ["007-4", "010-1", "roughly 4,000 (Zelensky, Jan) against 4,700 (NIS, Apr)"],
    ["007-4", "014-4", "roughly 4,000 in January against more than 6,000 later"],
    ["009-2", "010-1", "about 4,000 (Feb) against 4,700 (Apr)"],
    ["009-2", "014-4", "about 4,000 (Feb) against more than 6,000 later"],
    ["010-1", "014-4", "4,700 (NIS, Apr) against more than 6,000 (British intelligence, reported in December)"],
    # killed and wounded: cumulative counts rising
    ["007-1", "010-2", "about 300 killed (Jan) against about 600 (Apr), both NIS: update"],
    ["007-1", "011-2", "about 300 killed (Jan) against about 600 (June)"],
    ["007-1", "014-3", "about 300 killed (Jan) against about 2,000 (Sept)"],
    ["010-2", "014-3", "about 600 killed (Apr) against about 2,000 (Sept), both NIS: update"],
    ["011-2", "014-3", "about 600 killed (June) against about 2,000 (Sept)"],
    ["004-3", "007-2", "about 1,000 wounded (NIS, Dec) against about 2,700 (NIS, Jan): update"],
]

goldlib.write("Gold labels for testdata/blind510 articles, written and labelled blind. See testdata/corpus/README.md.",
              A, NOT, OFF, DUP, {"must": must, "may": may})
