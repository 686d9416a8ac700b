#!/usr/bin/env python3
"""Gold labels for testdata/blind347 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind347: fifteen articles written in our own words about the real story's "
         "known reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

US = ["Antony Blinken", "Blinken", "U.S. Secretary of State", "United States", "U.S.", "US", "Washington"]
ZEL = ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky", "Zelenskyy", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "Lee Seong-kweun",
       "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea"]
SKW = ["South Korean and Western intelligence", "South Korea", "Western intelligence", "Seoul"]

A = {
    "000": [
        ("troops", "north_korea", 10000, None, "about", US,
         "Around 10,000 North Korean soldiers have been sent to Russia", False),
        ("troops", "north_korea", 8000, None, "about", US,
         "about 8,000 of them have moved to the Kursk region near the Ukrainian border", False),
        ("troops", "north_korea", 12000, None, "up_to", ZEL,
         "as many as 12,000 North Korean soldiers are now in Russia", False),
    ],
    "001": [
        ("casualties", "north_korea", 1100, None, "about", NIS,
         "North Korean soldiers sent to fight for Russia have taken around 1,100 casualties", False),
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "At least 100 of the soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "Some 1,000 others had been wounded", False),
    ],
    "002": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers have been killed or wounded in Russia’s Kursk Oblast", False),
        ("casualties", "russia", 1580, None, "exact",
         ["General Staff of the Armed Forces of Ukraine", "General Staff", "Ukraine's General Staff", "Ukraine"],
         "put Russia’s losses over the previous 24 hours at 1,580 killed and wounded", False),
        ("casualties", "north_korea", 30, None, "at_least",
         ["Ukraine’s Defence Intelligence", "Ukraine's Defence Intelligence", "Defence Intelligence", "HUR", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "003": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces have taken two North Korean soldiers prisoner in Russia’s Kursk region", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "North Korea is believed to have sent around 11,000 soldiers to Russia in the autumn", False),
    ],
    "004": [
        ("killed", "north_korea", 1000, None, "more_than",
         ["HUR", "Ukraine's military intelligence agency", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "more than 1,000 North Korean soldiers had died in the Kursk region", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "2,700 wounded in fighting against Ukraine", False),
        ("captured", "north_korea", 2, None, "exact", NIS,
         "The NIS also confirmed the capture of two North Korean soldiers", False),
    ],
    "006": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "some three thousand additional soldiers to Russia since January", False),
        ("troops", "north_korea", 200, 900, "vague", JCS,
         "several hundred troops from the so-called Storm Corps", True),
    ],
    "008": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russia's chief of the general staff", "Russia"],
         "Ukraine had lost more than 76,000 soldiers during its incursion", False),
        ("troops", "north_korea", 11000, None, "about", SKW,
         "North Korea dispatched roughly eleven thousand soldiers in the autumn of 2024", False),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "Roughly 4,700 North Korean soldiers have been killed or wounded since the deployment began last year", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "about 600 of them fatally", False),
    ],
    "012": [
        ("troops", "north_korea", 11000, 12000, "range", SKW + ["South Korean and Western intelligence agencies"],
         "put the first contingent, which arrived in the fall of 2024, at 11,000-12,000 soldiers", False),
        ("troops", "north_korea", 2000, 9000, "vague", ["Russian military bloggers"],
         "several thousand North Korean soldiers remain in the Kursk region", True),
    ],
    "013": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["US, South Korean and Ukrainian estimates", "United States", "US", "South Korea", "Ukraine"],
         "Between 10,000 and 12,000 in a first wave that started arriving in October 2024", False),
        ("troops", "north_korea", 3000, None, "about", ["Seoul", "South Korea"],
         "about 3,000 more followed in January and February", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "roughly 2,000 North Korean soldiers had died in the fighting", False),
    ],
}

NOT = {
    "000": ["about 86 minutes", "more than 7,000 kilometers", "about 110 aircraft", "February 2022",
            "the sixth meeting", "Ukraine says 6 N. Korean officers among dead", "3 new steps",
            "Japan's population shrinks by record 837,000", "Osaka Expo ticket sales pass 8 million"],
    "001": ["240mm multiple rocket launchers", "170mm self-propelled guns", "more than 20,000 containers",
            "voted 204-85", "Dec. 3", "What 11,000 troops in Kursk mean", "12 ruling party lawmakers"],
    "002": ["52 of 72 Russian drones", "6 August"],
    "003": ["born in 2005 and 1999", "who is 20", "the older soldier, 26", "about 500 square kilometers",
            "30,000 Long-Range Drones", "46 Ukrainian Drones"],
    "004": ["85 Ukrainian drones over seven regions", "an extra €3 billion in military aid"],
    "006": ["KOSPI 2,641.96", "units of 10 to 20 soldiers", "about 220 artillery systems",
            "170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
            "5th straight week", "first time in 9 years", "24 trillion won"],
    "008": ["some 1,300 square kilometers", "June 2024", "eight months of war", "€1.99"],
    "009": ["paras 5-8", "about US$20 billion", "80th anniversary", "11-day air drill with 90 aircraft",
            "16 concerts in 10 cities"],
    "012": ["1,000 sappers", "5,000 military construction workers", "second trip to North Korea in two weeks",
            "more than 100 billion rubles", "More than 30,000 readers", "€5 / €10 / €25"],
    "013": ["S&P 500 6,502.08", "$1 Trillion Pay Package", "4 Party Executives", "100 New Weapons",
            "more than 12 million artillery shells", "1,000 deminers and 5,000 military builders"],
}

OFF = ["005", "007", "011", "014"]
DUP = {"010": "000"}

conflicts = {
    "must": [
        ["001-1", "002-1", "about 1,100 casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 "
                           "killed and wounded (Zelensky, Dec 23), four days apart"],
        ["004-1", "004-2", "more than 1,000 killed (Ukraine's HUR) against about 300 killed (South Korea's NIS), "
                           "the same day in one live blog"],
    ],
    "may": [
        ["000-1", "003-2", "about 10,000 in Russia (Oct 31) against around 11,000 (Jan 11), ten weeks apart"],
        ["000-2", "003-2", "8,000 moved to Kursk (a part) against around 11,000 sent, ten weeks apart"],
        ["000-1", "008-2", "about 10,000 (Oct 2024) against roughly 11,000 (Apr 2025), months apart"],
        ["000-2", "008-2", "8,000 in Kursk (a part, Oct 2024) against roughly 11,000 (Apr 2025), months apart"],
        ["000-1", "012-1", "about 10,000 (Oct 2024) against 11,000-12,000 (Jun 2025), months apart"],
        ["000-2", "012-1", "8,000 in Kursk (a part, Oct 2024) against 11,000-12,000 (Jun 2025), months apart"],
        ["000-2", "013-1", "8,000 in Kursk (a part, Oct 2024) against 10,000-12,000 (Sep 2025), months apart"],
        ["006-1", "000-1", "some 3,000 additional soldiers against about 10,000"],
        ["006-1", "000-2", "some 3,000 additional soldiers against about 8,000"],
        ["006-1", "003-2", "some 3,000 additional soldiers against around 11,000"],
        ["006-1", "008-2", "some 3,000 additional soldiers against roughly 11,000"],
        ["006-1", "012-1", "some 3,000 additional soldiers against 11,000-12,000"],
        ["006-1", "013-1", "some 3,000 additional soldiers against 10,000-12,000"],
        ["013-2", "000-1", "about 3,000 more against about 10,000"],
        ["013-2", "000-2", "about 3,000 more against about 8,000"],
        ["013-2", "003-2", "about 3,000 more against around 11,000"],
        ["013-2", "008-2", "about 3,000 more against roughly 11,000"],
        ["013-2", "012-1", "about 3,000 more against 11,000-12,000"],
        ["013-2", "013-1", "about 3,000 more against a first wave of 10,000-12,000, same article"],
        ["001-1", "009-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025), the NIS's own "
                           "cumulative count four months later"],
        ["004-2", "009-2", "about 300 killed (Jan 2025) against about 600 (Apr 2025), NIS cumulative count months later"],
        ["004-2", "013-3", "about 300 killed (Jan 2025) against roughly 2,000 (Sep 2025), months apart"],
        ["004-1", "009-2", "more than 1,000 killed (HUR, Jan 2025) against about 600 (NIS, Apr 2025), months apart"],
        ["009-2", "013-3", "about 600 killed (Apr 2025) against roughly 2,000 (Sep 2025), NIS cumulative count months later"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
