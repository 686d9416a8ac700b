#!/usr/bin/env python3
"""Gold labels for testdata/blind543 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]

about = ("Gold labels for testdata/blind543: fifteen articles written for crosscheck in our own words about "
         "the real story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json.")

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "Russian navy transport ships carried about 1,500 North Korean special operations troops", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ["Zelenskyy", "Zelensky", "Volodymyr Zelenskyy", "Ukraine"],
         "eleven thousand North Korean soldiers were now in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "more_than", NIS + ["US officials", "United States"],
         "has put the total in Russia at more than 10,000", False),
        ("troops", NK, 10000, 12000, "range", ["Western and South Korean estimates", "Western", "South Korea"],
         "somewhere between 10,000 and 12,000", False),
        ("troops", NK, 200, 900, "vague", ["HUR", "Ukraine's military intelligence", "Ukraine"],
         "several hundred of them are officers", True),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", ["Pat Ryder", "Ryder", "Pentagon", "United States", "US"],
         "the DPRK has sent roughly 10,000 soldiers in total to eastern Russia", False),
        ("troops", NK, 8000, None, "about", ["Pat Ryder", "Ryder", "Pentagon", "United States", "US"],
         "approximately 8,000 have now moved into the Kursk Oblast", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "preliminary data showed more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region", False),
        ("troops", NK, 12000, None, "up_to", ["Washington and Seoul", "Washington", "Seoul", "United States", "South Korea"],
         "North Korea is thought to have sent up to 12,000 troops to Russia this autumn", False),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"],
         "An estimated 1,100 North Korean soldiers have been killed or wounded", False),
    ],
    "004": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Some 300 North Korean soldiers have died", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "about 2,700 others have been wounded", False),
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "puts the North's total losses at some three thousand", False),
        ("captured", NK, 2, None, "exact", NIS,
         "two North Korean soldiers captured by Ukrainian forces in the Kursk region on Jan. 9", False),
    ],
    "005": [
        ("killed", NK, 1000, None, "more_than", ["Andriy Yusov", "Yusov", "HUR", "Defence Intelligence", "Ukrainian intelligence", "Ukraine"],
         "more than 1,000 North Korean servicemen have already been killed in Kursk Oblast", False),
        ("wounded", NK, 200, 900, "vague", ["Andriy Yusov", "Yusov", "HUR", "Ukraine"],
         "hundreds of wounded Koreans had been taken to military hospitals deep inside Russia", True),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers in Kursk Oblast", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has sent roughly 3,000 additional soldiers to Russia since January", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "South Korea"],
         "Pyongyang had already sent an estimated 11,000 troops to Russia last autumn", False),
    ],
    "009": [
        ("casualties", NK, 2000, 9999, "vague", NIS + ["Seoul"],
         "thousands have been killed or wounded", True),
        ("casualties", NK, 4700, None, "about", NIS,
         "some 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "among them about 600 dead", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "the roughly 3,000 casualties it reported in January", False),
        ("troops", NK, 15000, None, "about", NIS,
         "Pyongyang has sent some 15,000 soldiers to Russia", False),
        ("troops", NK, 11000, 12000, "range", NIS,
         "an initial contingent of 11,000-12,000 last autumn", False),
        ("troops", NK, 3000, None, "about", NIS,
         "about 3,000 reinforcements early this year", False),
    ],
    "011": [
        ("troops", NK, 10000, None, "more_than", ["unattributed"],
         "North Korea is believed to have sent more than 10,000 troops to Russia last year", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", ["Park Sun-won"] + NIS,
         "About 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("troops", NK, 2000, 9999, "vague", NIS,
         "Several thousand North Korean troops remain stationed in the Kursk region", True),
        ("troops", NK, 1000, None, "about", ["Park Sun-won"] + NIS,
         "about 1,000 have already arrived to clear mines", False),
        ("killed", NK, 9, None, "exact", ["Kim Jong Un", "KCNA", "North Korea"],
         "nine soldiers of the regiment had died", False),
    ],
}

NOT = {
    "000": ["12K expected", "around 12,000 soldiers from four brigades", "preparing 10,000 troops",
            "Four Russian amphibious landing ships", "aged between 19 and 25", "3 in 10 Koreans",
            "1,200 more bus drivers", "2 days after threat"],
    "001": ["more than 7,000 kilometers", "60mm mortars", "around $2,000 a month", "October 24",
            "90 drones overnight"],
    "002": ["up to $425 million", "155mm artillery rounds", "5th Bomb Wing", "6.8mm Rifle",
            "$2.9 Billion Contract"],
    "003": ["81 drones", "52 were shot down", "156 combat clashes", "two more villages", "Comments (1,214)"],
    "004": ["born in 1999", "aged 20", "240-millimeter multiple rocket launchers", "170-mm self-propelled guns",
            "death toll finalized at 179", "exports rise 8.2 pct"],
    "005": ["groups of 20 to 30 people", "13 people killed", "1,070 Russian soldiers"],
    "007": ["around 220 artillery pieces", "170mm self-propelled guns", "KOSPI 2,641.09", "25% tariffs",
            "first time in 9 years"],
    "009": ["as much as $20 billion", "500,000 barrels a year", "since 1953", "EUR 7.99 per month",
            "June 2024"],
    "011": ["6,000 military personnel", "1,000 sappers", "5,000 military construction workers",
            "June 19, 2024", "M5.3 earthquake"],
    "014": ["6,000 military engineers and builders", "120-day mission", "USD 80.68", "3 Million Rubles",
            "since 1992"],
}

OFF = ["008", "010", "012", "013"]
DUP = {"006": "004"}

conflicts = {
    "must": [
        ["001-1", "002-2",
         "eleven thousand North Korean troops in Kursk (Zelenskyy, Nov 5) against approximately 8,000 moved into Kursk (Pentagon, Nov 4)"],
        ["003-1", "003-3",
         "more than 3,000 killed or wounded (Zelensky) against an estimated 1,100 (South Korea's JCS), same day, same live blog"],
        ["004-1", "005-1",
         "some 300 killed (NIS, Jan 13) against more than 1,000 killed (Ukraine's HUR, Jan 16), three days apart"],
    ],
    "may": [],
}

# may: other incompatible pairs of the same metric and subject that are months apart, or an
# additional force against the first one, or Kursk-only against all of Russia (filled in below).
ADD = "an additional force (reinforcements or engineers) against a whole contingent, or the two apart in time"
MONTHS = "incompatible values months apart"
MAY = [
    ["001-1", "002-1", "11,000 in Kursk (Zelenskyy) against roughly 10,000 in all of eastern Russia (Pentagon)"],
    ["001-2", "002-2", "more than 10,000 in Russia against about 8,000 of them in Kursk"],
    ["001-3", "002-2", "10,000-12,000 in Russia against about 8,000 of them in Kursk"],
    ["007-1", "007-2", "roughly 3,000 additional soldiers against the 11,000 sent last autumn"],
    ["009-6", "009-7", "an initial 11,000-12,000 against about 3,000 reinforcements"],
    ["001-1", "007-1", ADD],
    ["001-1", "009-5", MONTHS],
    ["001-1", "009-7", ADD],
    ["001-1", "014-3", ADD],
    ["001-2", "007-1", ADD],
    ["001-2", "009-7", ADD],
    ["001-2", "014-3", ADD],
    ["001-3", "007-1", ADD],
    ["001-3", "009-5", MONTHS],
    ["001-3", "009-7", ADD],
    ["001-3", "014-3", ADD],
    ["002-1", "007-1", ADD],
    ["002-1", "009-5", MONTHS],
    ["002-1", "009-7", ADD],
    ["002-1", "014-3", ADD],
    ["002-2", "007-1", ADD],
    ["002-2", "007-2", MONTHS],
    ["002-2", "009-5", MONTHS],
    ["002-2", "009-6", MONTHS],
    ["002-2", "009-7", ADD],
    ["002-2", "011-1", MONTHS],
    ["002-2", "014-3", ADD],
    ["003-2", "009-5", MONTHS],
    ["003-3", "004-3", "1,100 (JCS, Dec 23) against some 3,000 (NIS, Jan 13): three weeks apart, a cumulative toll rising"],
    ["003-3", "009-2", MONTHS],
    ["003-3", "009-4", MONTHS],
    ["004-1", "009-3", MONTHS],
    ["004-1", "014-1", MONTHS],
    ["004-3", "009-2", MONTHS],
    ["005-1", "009-3", MONTHS],
    ["007-1", "009-5", ADD],
    ["007-1", "009-6", ADD],
    ["007-1", "011-1", ADD],
    ["007-1", "014-3", ADD],
    ["007-2", "009-5", MONTHS],
    ["007-2", "009-7", ADD],
    ["007-2", "014-3", ADD],
    ["009-3", "014-1", MONTHS],
    ["009-5", "014-3", ADD],
    ["009-6", "014-3", ADD],
    ["009-7", "011-1", ADD],
    ["009-7", "014-3", ADD],
    ["011-1", "014-3", ADD],
]
conflicts["may"] = MAY

if __name__ == "__main__":
    goldlib.write(about, A, NOT, OFF, DUP, conflicts)
