#!/usr/bin/env python3
"""Gold labels for testdata/blind352 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military", "Lee Sung-jun"]
HUR = ["Ukraine's military intelligence", "Defence Intelligence of Ukraine", "HUR", "Ukraine", "Budanov"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "North Korea is sending a total of some 12,000 troops", False),
        ("troops", NK, 1500, None, "exact", NIS,
         "a first contingent of 1,500 special operations soldiers was carried by Russian navy transport vessels", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "US"],
         "North Korea has sent roughly 10,000 soldiers to train in eastern Russia", False),
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "National Security Council", "White House", "United States"],
         "at least 3,000 North Korean soldiers had been moved by ship to eastern Russia", False),
        ("troops", NK, 2000, 5000, "vague", ["U.S. official", "US official", "United States"],
         'the group traveling toward Kursk numbered "a few thousand', True),
    ],
    "002": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean soldiers deployed to Russia have suffered an estimated 1,100 casualties", False),
        ("killed", NK, 100, None, "about", NIS,
         "around 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the roughly 11,000 North Korean troops believed to be deployed in Russia's western Kursk region", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ["Zelensky", "Volodymyr Zelensky", "Ukraine", "Syrskyi"],
         "More than three thousand North Korean soldiers have already been killed or wounded in Russia's Kursk region", False),
        ("troops", NK, 11000, 12000, "range", ["unattributed", "Ukrinform"],
         "Some 11,000-12,000 North Korean troops are currently deployed in the Kursk region", False),
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean servicemen were killed or wounded", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 North Korean soldiers have died", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 have been wounded", False),
        ("captured", NK, 2, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
        ("killed", NK, 1000, None, "more_than", ["Grom", "Ukrainian special operations officer", "Ukrainian commander", "Ukraine"],
         "Well over 1,000 North Koreans have been killed since they went into battle", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea dispatched about 3,000 additional soldiers to Russia in January and February", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "losses among its troops there have climbed to around 4,000 killed and wounded", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS + ["Park Sun-won"],
         "North Korea has suffered some 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS + ["Park Sun-won"],
         "including about 600 deaths", False),
        ("troops", NK, 15000, None, "about", NIS + ["Park Sun-won"],
         "the North had sent around 15,000 soldiers to Russia in all", False),
    ],
    "009": [
        ("troops", NK, 11000, None, "about", HUR + ["Ukrainian officials"],
         "about 11,000 North Korean soldiers remain in Kursk Oblast", False),
        ("troops", NK, 3000, None, "about", HUR,
         "Around 3,000 more were sent as reinforcements at the start of the year", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS + ["Lee Seong-kweun"],
         "around 2,000 North Korean soldiers have been killed since the deployment began last autumn", False),
        ("casualties", NK, 6000, None, "more_than", ["Defence Intelligence", "Britain's Defence Intelligence", "Britain", "UK"],
         "North Korea had likely suffered more than 6,000 casualties in the Kursk fighting", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukrainian officials", "Ukraine"],
         "the two North Koreans captured in January", False),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range", ["Ukrainian, South Korean and US intelligence", "Ukraine", "South Korea", "United States", "US intelligence"],
         "converged on between 10,000 and 12,000 soldiers", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "South Korea"],
         "Seoul's own count for that first wave later settled at about eleven thousand", False),
        ("troops", NK, 12000, None, "up_to", ["Kyiv's military intelligence", "HUR", "Ukraine"],
         "up to 12,000 North Korean troops had been massed in the Kursk area", False),
        ("troops", NK, 3000, None, "about", NIS,
         "some three thousand more soldiers had crossed into Russia in January and February", False),
        ("killed", NK, 2000, None, "about", NIS,
         "the NIS said around 2,000 had been killed", False),
        ("killed", NK, 200, 900, "vague", ["Ukrainian commanders", "Ukraine"],
         "hundreds dying in a single week", True),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Ukraine captured two North Korean soldiers alive", False),
        ("troops", NK, 2000, 9000, "vague", NIS,
         "several thousand engineering and construction troops are now working there", True),
    ],
}

NOT = {
    "000": ["four brigades", "between Oct. 8 and 13", "about 4,000 people gathering at a nearby training ground",
            "about 112 meters long", "more than 13,000 containers", "1,375.4 per dollar", "18th week", "2,593.87"],
    "001": ["$425 million", "roughly $9 billion", "05:05 PM"],
    "002": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "1,451.9 against dollar",
            "Over 700 flights canceled", "2.4%"],
    "003": ["three North Koreans went missing", "1,320 Russian invaders", "18 artillery systems", "15th sanctions package",
            "50 armoured vehicles", "14-15 December"],
    "005": ["94 attack drones", "58 drones were shot down", "one ballistic missile", "born in 2005", "death toll rises to 24",
            "100% tax"],
    "006": ["roughly 220 170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
            "8.7 trillion yen", "Watch video 1:48"],
    "008": ["about $20 billion", "143 per dollar", "2 Ukrainian regions", "passes 3,700"],
    "009": ["1,000 sappers", "5,000 military construction workers", "send 6,000 deminers and military builders",
            "over 70 journalists", "over 18,000 members", "5 km from Ukrainian regional center", "April 26"],
    "013": ["in their early 20s", "about 120 days", "thousands of construction workers and deminers",
            "born before 1965", "The 7 best credit cards"],
    "014": ["1,000 deminers", "5,000 military construction workers", "several billion dollars", "74918256"],
}

OFF = ["004", "007", "010", "012"]
DUP = {"011": "008"}

may = [
    ["000-1", "001-1", "some 12,000 being sent (NIS) against roughly 10,000 already in eastern Russia (Pentagon), ten days apart"],
    ["000-1", "002-4", "12,000 (October) against about 11,000 (December), two months apart"],
    ["001-1", "002-4", "10,000 (October) against about 11,000 (December), seven weeks apart"],
    ["001-1", "003-3", "10,000 (October) against 11,000-12,000 (December), eight weeks apart"],
    ["000-1", "014-2", "12,000 (October 2024) against a retrospective count of about eleven thousand (December 2025)"],
    ["001-1", "014-2", "10,000 (October 2024) against a retrospective count of about eleven thousand (December 2025)"],
    ["000-1", "009-1", "12,000 sent (October 2024) against about 11,000 remaining (June 2025)"],
    ["001-1", "009-1", "10,000 (October 2024) against about 11,000 remaining (June 2025)"],
]
for t in ["000-1", "001-1", "002-4", "003-3", "009-1", "014-3"]:
    may.append(["008-3", t, "around 15,000 sent in all, reinforcements included (April 2025), against an earlier or narrower count, months apart"])
for extra in ["006-1", "009-2", "014-4"]:
    for t in ["000-1", "001-1", "002-4", "003-3", "008-3", "009-1", "014-1", "014-2", "014-3"]:
        may.append([extra, t, "about 3,000 additional troops (reinforcements) against a total force"])
may += [
    ["002-1", "008-1", "1,100 casualties (JCS, December 2024) against 4,700 (NIS, April 2025), a cumulative figure months later"],
    ["006-2", "008-1", "about 4,000 casualties (JCS, March 2025) against about 4,700 (NIS, April 2025), a cumulative figure a month later"],
    ["002-1", "013-2", "1,100 casualties (December 2024) against more than 6,000 (UK, June 2025)"],
    ["006-2", "013-2", "about 4,000 casualties (March 2025) against more than 6,000 (UK, June 2025)"],
    ["008-1", "013-2", "about 4,700 casualties (April 2025) against more than 6,000 (UK, June 2025)"],
    ["002-2", "005-4", "about 100 killed (NIS, 18 December) against well over 1,000 killed (Ukrainian officer, 13 January), four weeks apart"],
    ["005-4", "008-2", "well over 1,000 killed (Ukrainian officer, January) against about 600 killed (NIS, April), months apart"],
]

conflicts = {
    "must": [
        ["002-1", "003-1", "about 1,100 casualties (South Korea's JCS, 19 December 2024) against more than 3,000 killed and wounded (Zelensky, 23 December 2024), four days apart"],
        ["005-1", "005-4", "about 300 killed (South Korea's NIS via Lee Seong-kweun) against well over 1,000 killed (Ukrainian special operations officer), same live blog, same day"],
    ],
    "may": may,
}

about = ("Gold labels for testdata/blind352: 15 articles written and labelled blind in the format of "
         "testdata/corpus (see its README.md for the meaning of every field and how output is scored).")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
