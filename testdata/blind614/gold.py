#!/usr/bin/env python3
"""Gold labels for testdata/blind614 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
UNATTR = ["unattributed"]

about = ("Gold labels for blind614: 15 articles written for crosscheck in our own words, labelled blind. "
         "Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "North Korea has begun moving some 12,000 troops, including special operations forces, to Russia", False),
        ("troops", NK, 1500, None, "exact", NIS,
         "a first contingent of 1,500 special forces", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact",
         ["Kyrylo Budanov", "Budanov", "HUR", "military intelligence", "Ukraine"],
         "eleven thousand North Korean soldiers had already reached Kursk Oblast", False),
        ("troops", NK, 10000, None, "about",
         ["Sabrina Singh", "Pentagon", "United States", "US", "Washington"],
         "roughly 10,000 North Korean soldiers in eastern Russia", False),
        ("troops", NK, 12000, None, "up_to",
         ["South Korea", "South Korean intelligence", "Seoul"],
         "puts the size of the contingent at up to 12,000", False),
        ("troops", NK, 500, None, "exact",
         ["HUR", "Ukraine's military intelligence agency", "military intelligence", "Ukraine"],
         "the force includes 500 officers", False),
        ("troops", NK, 10000, 12000, "range",
         ["Ukraine", "US", "United States", "South Korea", "Ukraine, US, South Korea"],
         "Estimated size: 10,000–12,000 (Ukraine, US, South Korea)", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea"],
         "have suffered an estimated 1,100 killed and wounded", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers killed", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "close to 1,000 wounded", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "More than three thousand soldiers from the DPRK have been killed or wounded in the Kursk region", False),
        ("killed", NK, 50, None, "exact",
         ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
         "had killed 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact",
         ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
         "wounded 47 more", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "US"],
         "North Korean troops had suffered \"several hundred\" casualties", True),
    ],
    "007": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "killed and 2,700 wounded in Russia's Kursk region", False),
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "put North Korean casualties at about 3,000", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
        ("casualties", NK, 4000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "nearly 4,000 North Korean soldiers had been killed or wounded in Kursk", False),
        ("troops", NK, 11000, None, "about", UNATTR,
         "Around 11,000 North Korean troops are believed to have been sent to the region in the autumn", False),
        ("casualties", RU, 1690, None, "exact", ["Ukraine's general staff", "general staff", "General Staff", "Ukraine"],
         "Russian forces had lost 1,690 soldiers killed or wounded over the past 24 hours", False),
        ("casualties", RU, 817000, None, "about", ["Ukraine's general staff", "general staff", "General Staff", "Ukraine"],
         "bringing its count of Russian losses since the February 2022 invasion to about 817,000", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "sent an estimated 3,000 additional troops to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", NIS + ["Park Sun-won"],
         "some 11,000 soldiers the North dispatched last autumn", False),
        ("captured", NK, 2, None, "exact", NIS + ["Park Sun-won", "Ukraine", "unattributed"],
         "one of two North Korean soldiers captured by Ukraine in January", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "General Staff of the Russian Armed Forces", "Russia"],
         "the enemy's losses during the operation in the Kursk Region exceeded 76,000 servicemen killed and wounded", False),
        ("captured", UA, 200, 900, "vague", ["Valery Gerasimov", "Gerasimov", "Russia"],
         "Several hundred Ukrainian servicemen laid down their arms and surrendered", True),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or wounded while fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS,
         "including around 600 who lost their lives", False),
        ("troops", NK, 15000, None, "about", NIS,
         "North Korea has dispatched roughly 15,000 troops to Russia in total", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "the roughly 3,000 the agency reported in January", False),
    ],
    "011": [
        ("troops", NK, 10000, 12000, "range",
         ["Western and South Korean intelligence", "Western intelligence", "South Korean intelligence", "South Korea"],
         "Pyongyang sent between 10,000 and 12,000 soldiers to Kursk last autumn", False),
        ("troops", NK, 2000, 9999, "vague",
         ["Western and South Korean intelligence", "Western intelligence", "South Korean intelligence", "South Korea"],
         "followed by several thousand reinforcements early this year", True),
        ("killed", NK, 200, 900, "vague", UNATTR,
         "Hundreds of them are believed to have been killed in the fighting", True),
    ],
    "014": [
        ("killed", NK, 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "Kim Jong Un", "North Korea", "state media"],
         "paid tribute to nine members of the unit who died during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("troops", NK, 10000, None, "about", NIS,
         "around 10,000 North Korean troops remained deployed in Russian border areas", False),
        ("troops", NK, 5000, None, "about", NIS,
         "about 5,000 military construction workers had been moving to Russia since September", False),
    ],
}

NOT = {
    "000": ["four amphibious landing ships and three escort vessels", "roughly 1.2 million-strong armed forces",
            "intended to send 10,000 soldiers in the coming weeks", "four brigades of the 11th Corps",
            "between Oct. 8 and 13", "operating profit falls 12.8 pct", "3.25 pct",
            "60-meter sections of inter-Korean roads", "3 dead after fire"],
    "002": ["60-mm mortars", "AK-12 rifles", "more than 13,000 containers of artillery shells",
            "between 30 and 50 kilometers from the front line", "30–50 km",
            "Russia launches 96 drones overnight, Ukraine downs 62", "5 min read"],
    "004": ["about 200 long-range artillery pieces", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
            "Won falls to 1,450 level against dollar, lowest in 15 years", "5 in 10 Koreans"],
    "005": ["Russian marines of the 810th brigade", "between December 20 and 22", "repel 42 Russian attacks",
            "186 combat clashes", "USD 41.98"],
    "007": ["destroyed 12 Ukrainian drones", "74 drones and one ballistic missile", "47 drones were shot down",
            "death toll rises to 24", "40C heat"],
    "008": ["around 220 units of 170mm self-propelled howitzers", "240mm multiple rocket launchers",
            "about $2,000 a month per soldier", "Nikkei closes down 1.4%"],
    "009": ["more than 420 tanks", "380 infantry fighting vehicles", "about 2,600 armored vehicles",
            "2,700 motor vehicles", "about 1,300 square kilometers", "August 6, 2024", "3-hour talks"],
    "010": ["new 5,000-ton destroyer", "15:22 JST"],
    "011": ["1,000 sappers and 5,000 military construction workers", "about 30 of the region's villages",
            "at least 30 billion rubles ($380 million)", "Support from just $2", "his third since March"],
    "014": ["a 120-day mission", "Kim, 41", "record $700 billion", "12 nations"],
}

OFF = ["001", "003", "006", "013"]
DUP = {"012": "008"}

conflicts = {
    "must": [
        ["004-1", "005-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and "
         "wounded (Zelensky, reported Dec 26): same metric and subject, three days apart"],
        ["007-3", "007-5", "about 3,000 casualties (NIS via Lee Seong-kweun) against nearly 4,000 (Zelensky), "
         "the same day in one live blog"],
    ],
    "may": [
        ["000-1", "002-1", "about 12,000 (NIS, Oct 18) against 11,000 in Kursk (HUR, Nov 5): close, deployment under way"],
        ["000-1", "002-2", "about 12,000 (NIS) against roughly 10,000 in eastern Russia (Pentagon), weeks apart"],
        ["002-1", "002-2", "11,000 in Kursk (HUR) against roughly 10,000 in eastern Russia (Pentagon): close, different places"],
        ["000-1", "007-6", "about 12,000 against around 11,000, three months apart"],
        ["000-1", "008-2", "about 12,000 against some 11,000 'last autumn', four months apart"],
        ["002-2", "007-6", "roughly 10,000 against around 11,000, two months apart"],
        ["002-2", "008-2", "roughly 10,000 against some 11,000, months apart"],
        ["008-1", "008-2", "an additional 3,000 against the 11,000 sent earlier"],
        ["008-1", "007-6", "an additional 3,000 against 11,000 sent in the autumn"],
        ["008-1", "000-1", "an additional 3,000 against about 12,000"],
        ["008-1", "002-1", "an additional 3,000 against 11,000"],
        ["008-1", "002-2", "an additional 3,000 against roughly 10,000"],
        ["008-1", "002-3", "an additional 3,000 against up to 12,000"],
        ["008-1", "002-5", "an additional 3,000 against 10,000-12,000"],
        ["010-3", "000-1", "15,000 in total including reinforcements against about 12,000, six months apart"],
        ["010-3", "002-1", "15,000 in total against 11,000, months apart"],
        ["010-3", "002-2", "15,000 in total against roughly 10,000, months apart"],
        ["010-3", "002-3", "15,000 in total against up to 12,000, months apart"],
        ["010-3", "002-5", "15,000 in total against 10,000-12,000, months apart"],
        ["010-3", "007-6", "15,000 in total against around 11,000 sent in the autumn"],
        ["010-3", "008-2", "15,000 in total against some 11,000 sent last autumn"],
        ["010-3", "008-1", "15,000 in total against an additional 3,000"],
        ["011-1", "010-3", "10,000-12,000 sent last autumn against 15,000 in total"],
        ["014-3", "010-3", "around 10,000 still deployed (Nov) against 15,000 sent in total (Apr)"],
        ["014-3", "000-1", "around 10,000 remaining against about 12,000, a year apart"],
        ["014-3", "007-6", "around 10,000 remaining against around 11,000, months apart"],
        ["014-3", "008-2", "around 10,000 remaining against some 11,000, months apart"],
        ["014-3", "008-1", "around 10,000 remaining against an additional 3,000"],
        ["014-3", "002-1", "around 10,000 remaining against 11,000, a year apart"],
        ["004-1", "007-3", "1,100 (Dec 23) against about 3,000 (Jan 13): a cumulative figure three weeks later"],
        ["004-1", "007-5", "1,100 (Dec 23) against nearly 4,000 (Jan 13), three weeks apart"],
        ["004-1", "010-1", "1,100 (Dec) against 4,700 (Apr): months apart, cumulative"],
        ["004-1", "010-4", "1,100 (Dec) against roughly 3,000 reported in January"],
        ["005-4", "004-1", "'several hundred' (Pentagon, vague) against 1,100"],
        ["005-4", "005-1", "'several hundred' (Pentagon, vague) against more than 3,000"],
        ["007-3", "010-1", "about 3,000 (Jan) against 4,700 (Apr): months apart, cumulative"],
        ["007-5", "010-1", "nearly 4,000 (Jan) against 4,700 (Apr): months apart, cumulative"],
        ["007-5", "010-4", "nearly 4,000 (Zelensky, Jan) against roughly 3,000 (NIS, Jan), reported months apart"],
        ["007-1", "010-2", "300 killed (Jan) against 600 (Apr): months apart, cumulative"],
        ["007-1", "014-2", "300 killed (Jan) against 2,000 (Sep estimate): months apart"],
        ["010-2", "014-2", "600 killed (Apr) against 2,000 (Sep estimate): months apart"],
        ["011-3", "014-2", "'hundreds' killed (vague) against about 2,000"],
        ["004-3", "007-2", "close to 1,000 wounded (Dec 19) against 2,700 (Jan 13): cumulative, weeks apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
