#!/usr/bin/env python3
"""Gold labels for testdata/blind652 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind652 articles (15 articles written for crosscheck in our own words, "
         "labelled blind). See testdata/corpus/README.md for the meaning of every field and how a system's "
         "output is scored.")

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "South Korea", "Seoul"]
HUR = ["Kyrylo Budanov", "Budanov", "Defence Intelligence", "HUR", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Zelenskiy", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "is committing some 12,000 soldiers in all", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "carried about 1,500 North Korean special operations troops", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in Russia's Kursk region", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "the North Korean contingent now in Russia numbers up to 12,000 people", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "including about 500 officers", False),
    ],
    "002": [
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "State Department", "United States", "US", "U.S."],
         "About 8,000 North Korean soldiers have moved to Russia's Kursk region", False),
        ("troops", "north_korea", 10000, None, "about",
         ["Pentagon", "Defense Department", "United States", "US", "U.S."],
         "Its latest estimate, given Monday, was about 10,000 North Korean soldiers", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers have died in combat in Russia's Kursk region", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "Nearly 1,000 others have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS + ["Lee Seong-kweun"],
         "putting the overall toll at about 1,100 casualties", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("troops", "north_korea", 11000, 12000, "range", ["unattributed"],
         "An estimated 11,000-12,000 North Korean soldiers were sent to Russia this autumn", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "About 1,100 North Korean troops have been killed or wounded", False),
        ("casualties", "north_korea", 20, 99, "vague",
         ["Ukraine's special operations forces", "special operations forces", "Ukraine"],
         "killed and wounded dozens of North Korean soldiers", True),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "2,700 wounded fighting alongside Russian forces against Ukraine", False),
        ("captured", "north_korea", 2, None, "exact", ZEL + ["NIS"],
         "its forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea has sent some three thousand more soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "on top of roughly 11,000 deployed last autumn", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Russian General Staff", "General Staff", "Valery Gerasimov", "Gerasimov", "Russia",
          "Russian Defence Ministry", "TASS"],
         "Ukrainian armed forces' losses in the Kursk Region since August 2024 exceeded 76,000 servicemen killed and wounded",
         False),
    ],
    "010": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["South Korean, Ukrainian and US intelligence", "intelligence", "South Korea", "Ukraine", "US"],
         "ranged between 10,000 and 12,000 troops", False),
        ("troops", "north_korea", 3000, None, "about", ["Seoul", "South Korea"],
         "Seoul says around 3,000 more followed in January and February", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including around 600 deaths", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
         "Ukraine says it holds two North Korean prisoners of war", False),
    ],
    "011": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
         "around 2,000 North Korean soldiers have been killed fighting for Russia since last autumn", False),
        ("wounded", "north_korea", 200, 900, "vague", NIS + ["Park Sun-won"],
         "hundreds of wounded soldiers had been treated at military hospitals in Pyongyang", True),
    ],
}

NOT = {
    "000": ["11th Army Corps", "one of four", "between Oct. 8 and 13", "60-meter sections",
            "Zelenskyy says 10,000 N. Korean soldiers being readied for Russia", "7.5 pct",
            "KOSPI 2,593.82", "paras 9-10"],
    "001": ["five Russian training grounds", "45 Shahed attack drones", "26 of the drones", "August 6",
            "Russian losses in Ukraine exceed 700,000", "USD 41.18"],
    "002": ["the 56th", "more than 100 countries", "hundreds of square kilometers", "with 5 days to go"],
    "003": ["Dec. 16", "June 19", "KOSPI falls 1.95%", "Dec. 27"],
    "005": ["more than 1 year old", "29 Shahed-type drones", "16 were shot down", "$3bn", "31 December",
            "Comments (412)"],
    "006": ["born in 1999", "4:45 PM GMT+9", "Updated 2 hours ago", "1,470 per dollar"],
    "007": ["about 220 artillery pieces", "Watch video 01:08", "38,256.17", "fiscal 2025"],
    "009": ["Article 4", "more than 7,700 pieces of weaponry", "over 400 tanks", "12 border villages",
            "USD 82.34"],
    "010": ["20 trillion won", "about $14 billion", "3-day 'Victory Day' ceasefire", "May 8"],
    "011": ["1,000 deminers", "5,000 military construction workers", "dozens of portraits of fallen soldiers",
            "Aug. 21", "1.2 trillion won", "800 days", "40 minutes"],
}

OFF = ["004", "008", "013", "014"]
DUP = {"012": "006"}

conflicts = {
    "must": [
        ["003-3", "005-1", "about 1,100 casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23): four days apart, incompatible"],
        ["005-1", "005-3", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), reported the same day in one live blog"],
    ],
    "may": [
        ["000-1", "001-1", "about 12,000 committed (NIS, Oct 18) against 11,000 already in Kursk (Zelensky, Nov 4): different scope, deployment under way"],
        ["000-1", "002-2", "about 12,000 committed (NIS) against about 10,000 in Russia (Pentagon) two weeks later, deployment under way"],
        ["000-1", "002-1", "12,000 in all against 8,000 moved to Kursk: largely a part of the whole"],
        ["001-1", "002-1", "11,000 in Kursk (Nov 4) against about 8,000 in Kursk (Oct 31): four days apart while troops were still arriving"],
        ["001-1", "002-2", "11,000 in Kursk against about 10,000 in Russia a week earlier"],
        ["002-1", "005-2", "8,000 in Kursk (Oct 31) against 11,000-12,000 sent (Dec 23), weeks apart"],
        ["002-2", "005-2", "about 10,000 (Oct) against 11,000-12,000 (Dec), weeks apart"],
        ["000-1", "007-2", "about 12,000 (Oct 2024) against roughly 11,000 deployed last autumn (Feb 2025), months apart"],
        ["002-1", "007-2", "8,000 (Oct 2024) against 11,000 (Feb 2025), months apart"],
        ["002-2", "007-2", "10,000 (Oct 2024) against 11,000 (Feb 2025), months apart"],
        ["002-1", "010-1", "8,000 in Kursk (Oct 2024) against 10,000-12,000 first contingent (Apr 2025), months apart"],
        ["007-1", "007-2", "3,000 additional troops against the 11,000 sent earlier"],
        ["010-1", "010-2", "3,000 more against the 10,000-12,000 first contingent"],
        ["000-1", "007-1", "an additional 3,000 against the 12,000 first committed"],
        ["001-1", "007-1", "an additional 3,000 against 11,000 in Kursk"],
        ["002-1", "007-1", "an additional 3,000 against 8,000 in Kursk"],
        ["002-2", "007-1", "an additional 3,000 against 10,000 in Russia"],
        ["005-2", "007-1", "an additional 3,000 against 11,000-12,000 sent in the autumn"],
        ["010-1", "007-1", "an additional 3,000 against the 10,000-12,000 first contingent"],
        ["000-1", "010-2", "an additional 3,000 against the 12,000 first committed"],
        ["001-1", "010-2", "an additional 3,000 against 11,000 in Kursk"],
        ["002-1", "010-2", "an additional 3,000 against 8,000 in Kursk"],
        ["002-2", "010-2", "an additional 3,000 against 10,000 in Russia"],
        ["005-2", "010-2", "an additional 3,000 against 11,000-12,000 sent in the autumn"],
        ["007-2", "010-2", "an additional 3,000 against 11,000 deployed last autumn"],
        ["003-3", "010-3", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): months apart, cumulative"],
        ["005-3", "010-3", "about 1,100 casualties (JCS, Dec 2024) against about 4,700 (NIS, Apr 2025): months apart, cumulative"],
        ["006-1", "010-4", "about 300 killed (Jan 2025) against about 600 (Apr 2025): months apart, cumulative"],
        ["006-1", "011-1", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025): months apart, cumulative"],
        ["010-4", "011-1", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025): months apart, cumulative"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
