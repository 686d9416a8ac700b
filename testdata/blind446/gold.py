#!/usr/bin/env python3
"""Gold labels for testdata/blind446 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind446: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025), labelled blind. Same schema as "
         "testdata/corpus/gold.json; see testdata/corpus/README.md.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul's spy agency", "Seoul"]
NIS_LEE = ["National Intelligence Service", "NIS", "Lee Seong-kweun", "South Korea"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military", "South Korea's military"]
UN = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has shipped some 1,500 special operations troops to Russia's Far East", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", ["Pentagon", "US", "United States", "US defense official"],
         "roughly 10,000 North Korean soldiers have been sent to train in eastern Russia", False),
        ("troops", NK, 10000, None, "more_than", ["National Intelligence Service", "NIS", "South Korea", "lawmakers"],
         "more than 10,000 North Koreans were now in Russia", False),
        ("troops", NK, 12000, None, "up_to", ["Kyrylo Budanov", "Budanov", "HUR", "Ukraine's military intelligence", "Ukraine"],
         "the figure could be as high as 12,000", False),
        ("troops", NK, 200, 900, "vague", ["Kyrylo Budanov", "Budanov", "HUR", "Ukraine"],
         "including several hundred officers", True),
        ("troops", NK, 2000, 9999, "vague", ["United States", "South Korea", "Ukraine"],
         "Thousands of North Korean soldiers have arrived in Russia in recent weeks", True),
    ],
    "003": [
        ("troops", RU, 50000, None, "about", ["Zelensky", "Volodymyr Zelensky"],
         "Russia has concentrated about 50,000 soldiers in Kursk Oblast", False),
        ("troops", NK, 11000, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukrainian intelligence", "Ukraine"],
         "Ukrainian intelligence has counted eleven thousand troops from North Korea in the region so far", False),
        ("casualties", UA, 33000, None, "more_than", ["Russian Defense Ministry", "Russian Ministry of Defence", "Russia"],
         "Ukraine has lost more than 33,000 troops in Kursk Oblast since August", False),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean soldiers deployed to Russia's Kursk region have suffered around 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "close to 1,000 injured", False),
        ("troops", NK, 11000, None, "about", JCS,
         "Some 11,000 North Korean troops are believed to be in Russia", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "North Korean losses in Russia's Kursk Oblast have passed 3,000 soldiers killed and wounded", False),
        ("killed", NK, 50, None, "more_than", ["Special Operations Forces", "SSO", "Ukraine"],
         "killed more than 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 47", False),
    ],
    "008": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "about 300 North Korean soldiers have died in the fighting in Russia's Kursk region", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "some 2,700 have been wounded", False),
        ("killed", NK, 1000, None, "about", ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence directorate", "Ukraine", "Kyiv"],
         "puts North Korean deaths at close to 1,000", False),
        ("troops", NK, 11000, 12000, "range", ["South Korea", "U.S.", "United States", "South Korean and U.S. estimates"],
         "Pyongyang is believed to have sent between 11,000 and 12,000 troops", False),
        ("captured", NK, 2, None, "exact", ["Zelenskyy", "Volodymyr Zelenskyy", "Zelensky", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
    ],
    "010": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has sent some three thousand additional troops to Russia this year", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "North Korean casualties now stood at roughly 4,000", False),
        ("troops", NK, 11000, None, "about", UN,
         "Around 11,000 North Korean soldiers were sent to Russia last fall", False),
        ("casualties", RU, 1320, None, "exact", ["Ukraine's General Staff", "General Staff", "Ukraine"],
         "Russia had lost 1,320 troops over the past day", False),
        ("casualties", RU, 861000, None, "about", ["Ukraine's General Staff", "General Staff", "Ukraine"],
         "bringing its total losses since February 2022 to about 861,000", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "have suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "including roughly 600 killed", False),
        ("killed", NK, 300, None, "about", NIS_LEE,
         "it estimated that about 300 North Korean soldiers had been killed", False),
    ],
    "012": [
        ("troops", NK, 11000, None, "about", ["South Korea", "Seoul"],
         "about 11,000 North Korean soldiers arrived in autumn 2024", False),
        ("troops", NK, 3000, None, "about", ["South Korea", "Seoul"],
         "some 3,000 more followed in January and February", False),
        ("casualties", NK, 2000, 9999, "vague", ["Kyiv", "Ukraine"],
         "Kyiv says several thousand North Koreans have been killed or wounded", True),
        ("killed", NK, 600, None, "about", ["South Korean intelligence", "South Korea", "NIS"],
         "South Korean intelligence estimated in April that about 600 had died", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "Park Sun-won", "South Korea", "South Korea's spy agency"],
         "About 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("troops", NK, 11000, None, "about", UN,
         "North Korea sent about 11,000 troops to Russia's Kursk region last autumn", False),
        ("troops", NK, 2000, 9999, "vague", UN,
         "later adding several thousand reinforcements", True),
    ],
}

NOT = {
    "000": ["around 12,000 troops", "more than 13,000 containers", "four Russian amphibious ships and three escort vessels",
            "2 dead, 5 injured in Incheon logistics warehouse fire", "1 mln book sales", "1,371.9"],
    "002": ["more than 6,000 kilometers (3,700 miles)", "around $2,000 a month", "since 1953",
            "Satellite images show 3 North Korean ships", "The 5 credit cards", "02:41"],
    "003": ["Pentagon: 8,000 North Korean troops now in Kursk", "15,000 members", "about 1,300 square kilometers",
            "roughly 40% of that area", "47th Mechanized Brigade", "90 missiles, 200 drones"],
    "005": ["170 mm self-propelled howitzers", "240 mm rocket launchers", "more than 20,000 containers",
            "6 opposition bills", "3 killed as car plunges off Gangwon mountain road", "140 million won", "Comment 4"],
    "006": ["78 missiles and 106 drones", "USD 41.93", "Comments (27)", "over three days of fighting"],
    "008": ["aged 20", "the other, 26", "38,474.30", "157.95", "$11bn", "hundreds of millions of dollars"],
    "010": ["Map Shows 12 Russian Regions", "6 years"],
    "011": ["about 250 artillery pieces", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
            "68% of this article", "€7.99/month", "Ukraine says it has captured two North Korean soldiers in Kursk"],
    "012": ["1,000 sappers", "5,000 military construction workers", "third trip", "hundreds of square kilometers",
            "USD 78.45", "€10 a month"],
    "014": ["around 6,000 engineers and military builders", "about 30 countries", "more than 500 drones and 24 missiles",
            "502 drones and 24 missiles", "430 drones and 21 missiles", "€6bn", "1.2 million readers in 180 countries"],
}

OFF = ["001", "004", "009", "013"]
DUP = {"007": "006"}

conflicts = {
    "must": [
        ["005-1", "006-1", "about 1,100 North Korean casualties (South Korea's JCS, 23 December) against more than 3,000 "
                           "killed and wounded (Zelensky, given 23 December, reported 26 December): three days apart"],
        ["008-1", "008-3", "about 300 North Korean dead (NIS) against close to 1,000 dead (Ukraine's HUR), "
                           "the same week, in the same article"],
    ],
    "may": [
        ["000-1", "002-1", "a first wave of about 1,500 (NIS, 18 October) against a total of about 10,000 two weeks later: part and growth"],
        ["000-1", "002-2", "a first wave of about 1,500 (NIS, 18 October) against a total of about 10,000 two weeks later: part and growth"],
        ["000-1", "003-2", "a first wave of about 1,500 (October 2024) against the whole deployment of about 11,000, weeks or months later"],
        ["000-1", "005-4", "a first wave of about 1,500 (October 2024) against the whole deployment of about 11,000, weeks or months later"],
        ["000-1", "008-4", "a first wave of about 1,500 (October 2024) against the whole deployment of about 11,000, weeks or months later"],
        ["000-1", "010-3", "a first wave of about 1,500 (October 2024) against the whole deployment of about 11,000, weeks or months later"],
        ["000-1", "012-1", "a first wave of about 1,500 (October 2024) against the whole deployment of about 11,000, weeks or months later"],
        ["000-1", "014-2", "a first wave of about 1,500 (October 2024) against the whole deployment of about 11,000, weeks or months later"],
        ["000-1", "010-1", "the first wave of October 2024 against the reinforcements of early 2025: different batches, months apart"],
        ["000-1", "012-2", "the first wave of October 2024 against the reinforcements of early 2025: different batches, months apart"],
        ["002-1", "010-1", "the first deployment against an additional 3,000 sent in January-February 2025, months later"],
        ["002-1", "012-2", "the first deployment against an additional 3,000 sent in January-February 2025, months later"],
        ["002-2", "010-1", "the first deployment against an additional 3,000 sent in January-February 2025, months later"],
        ["002-2", "012-2", "the first deployment against an additional 3,000 sent in January-February 2025, months later"],
        ["003-2", "010-1", "the first deployment against an additional 3,000 sent in January-February 2025, months later"],
        ["003-2", "012-2", "the first deployment against an additional 3,000 sent in January-February 2025, months later"],
        ["005-4", "010-1", "the first deployment against an additional 3,000 sent in January-February 2025, months later"],
        ["005-4", "012-2", "the first deployment against an additional 3,000 sent in January-February 2025, months later"],
        ["008-4", "010-1", "the first deployment against an additional 3,000 sent in January-February 2025, months later"],
        ["008-4", "012-2", "the first deployment against an additional 3,000 sent in January-February 2025, months later"],
        ["010-1", "010-3", "some three thousand additional troops against the 11,000 sent last fall: an additional force"],
        ["010-1", "012-1", "an additional 3,000 against the 11,000 of autumn 2024: an additional force"],
        ["010-1", "014-2", "an additional 3,000 against the 11,000 of autumn 2024: an additional force, months apart"],
        ["010-3", "012-2", "the 11,000 of autumn 2024 against some 3,000 more: an additional force"],
        ["012-1", "012-2", "about 11,000 in autumn 2024 and some 3,000 more in early 2025: an additional force"],
        ["012-2", "014-2", "some 3,000 more against the 11,000 of autumn 2024: an additional force, months apart"],
        ["002-1", "003-2", "roughly 10,000 in eastern Russia (Pentagon, October 2024) against about 11,000 later: close values, a growing deployment, weeks or months apart"],
        ["002-1", "005-4", "roughly 10,000 in eastern Russia (Pentagon, October 2024) against about 11,000 later: close values, a growing deployment, weeks or months apart"],
        ["002-1", "008-4", "roughly 10,000 in eastern Russia (Pentagon, October 2024) against about 11,000 later: close values, a growing deployment, weeks or months apart"],
        ["002-1", "010-3", "roughly 10,000 in eastern Russia (Pentagon, October 2024) against about 11,000 later: close values, a growing deployment, weeks or months apart"],
        ["002-1", "012-1", "roughly 10,000 in eastern Russia (Pentagon, October 2024) against about 11,000 later: close values, a growing deployment, weeks or months apart"],
        ["002-1", "014-2", "roughly 10,000 in eastern Russia (Pentagon, October 2024) against about 11,000 later: close values, a growing deployment, weeks or months apart"],
        ["005-1", "011-1", "about 1,100 casualties (JCS, December 2024) against about 4,700 (NIS, April 2025): a cumulative toll, four months apart"],
        ["010-2", "011-1", "roughly 4,000 casualties (JCS, February) against about 4,700 (NIS, April): a cumulative toll, two months apart"],
        ["008-3", "011-2", "close to 1,000 dead (HUR, January) against roughly 600 (NIS, April): months apart"],
        ["008-3", "011-3", "close to 1,000 dead (HUR, January) against the NIS January figure of about 300, restated in an article three and a half months later"],
        ["008-3", "012-4", "close to 1,000 dead (HUR, January) against about 600 (South Korean intelligence, April, reported in June): months apart"],
        ["008-3", "014-1", "close to 1,000 dead (HUR, January) against about 2,000 (NIS, September): a cumulative toll, eight months apart"],
    ],
}

# Deliberately in neither list (not conflicts; any alert on them is a false alert):
# - same-source cumulative updates: NIS dead 300 (January) -> 600 (April, 011-3 -> 011-2 in one article,
#   "double the death toll the agency gave in January") -> 2,000 (September); NIS wounded ~1,000 (005-3,
#   December) -> ~2,700 (008-2, January); JCS casualties ~1,100 (005-1) -> ~4,000 (010-2).
# - parts against wholes: the SSO's three-day counts (006-2, 006-3) against the NIS totals; Russia's losses
#   over one day (010-4) against its losses since February 2022 (010-5).
# - bounds satisfied: more than 3,000 casualties (006-1) against ~4,000 (010-2) and ~4,700 (011-1);
#   up to 12,000 troops (002-3) and more than 10,000 (002-2) against ~11,000.

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
