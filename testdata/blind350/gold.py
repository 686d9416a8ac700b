#!/usr/bin/env python3
"""Gold labels for testdata/blind350 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind350: fifteen articles written in our own words about the real story's "
         "known reporting, labelled blind. Same schema as corpus/gold.json; see corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]
LEE_NIS = ["Lee Seong-kweun", "National Intelligence Service", "NIS", "spy agency", "Seoul", "South Korea"]
SEOUL = ["Seoul", "South Korea"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "some 1,500 special operations troops already ferried to the Russian Far East", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "there are now 11,000 North Korean soldiers in Russia's western Kursk region", False),
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "Lloyd Austin", "Austin", "United States", "U.S.", "Washington"],
         "about 8,000 of the North Korean soldiers in Russia had been moved to Kursk", False),
    ],
    "002": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "are estimated to have suffered around 1,100 casualties", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "the roughly 11,000 North Korean troops believed to be in Russia", False),
        ("killed", "north_korea", 100, None, "at_least", ["Lee Seong-kweun"] + NIS,
         "at least 100 North Korean soldiers had been killed in action", False),
        ("wounded", "north_korea", 1000, None, "about", ["Lee Seong-kweun"] + NIS,
         "about 1,000 more had been wounded", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Andrii Yusov", "Yusov", "Defense Intelligence", "HUR", "Ukraine", "Volodymyr Zelensky", "Zelensky"],
         "have suffered losses of more than 3,000 killed and wounded", False),
    ],
    "004": [
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian soldiers have captured two North Korean servicemen in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 11000, 12000, "range",
         ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine", "Kyiv"],
         "between 11,000 and 12,000 North Korean troops were sent to fight in Kursk Oblast", False),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", LEE_NIS,
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", LEE_NIS,
         "2,700 wounded fighting for Russia against Ukraine", False),
        ("troops", "north_korea", 10000, None, "more_than", ["unattributed"],
         "Pyongyang sent more than 10,000 soldiers to Russia last year", False),
        ("captured", "north_korea", 2, None, "exact", LEE_NIS,
         "two North Korean soldiers had been captured by Ukrainian forces", False),
    ],
    "006": [
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Around eleven thousand North Korean troops were sent to Russia last autumn", False),
        ("troops", "north_korea", 3000, None, "about", JCS,
         "some three thousand reinforcements arrived in January and February", False),
        ("killed", "north_korea", 300, None, "about", ["National Intelligence Service", "NIS", "Seoul", "South Korea"],
         "about 300 North Koreans had died", False),
        ("wounded", "north_korea", 2700, None, "about", ["National Intelligence Service", "NIS", "Seoul", "South Korea"],
         "2,700 had been wounded", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
         "its troops took two North Koreans alive", False),
    ],
    "007": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["lawmakers"],
         "about 4,700 North Korean soldiers have been killed or wounded in the war in Ukraine", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["lawmakers"],
         "including about 600 deaths", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "the roughly 3,000 casualties it reported in January", False),
        ("troops", "north_korea", 2000, 9000, "vague", NIS,
         "several thousand North Korean soldiers remain in the Kursk area", True),
    ],
    "008": [
        ("troops", "north_korea", 14000, None, "up_to", SEOUL,
         "up to 14,000 North Korean soldiers have been sent to Russia since last autumn", False),
        ("killed", "north_korea", 200, 900, "vague", SEOUL,
         "hundreds have been killed in the fighting", True),
    ],
    "009": [
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "Kim Jong Un", "North Korea"],
         "nine soldiers of the regiment died during the mission", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had been killed in the war against Ukraine", False),
        ("troops", "north_korea", 2000, None, "less_than", ["HUR", "Defence Intelligence", "Ukraine"],
         "fewer than 2,000 North Korean troops are still stationed in Kursk Oblast", False),
    ],
}

NOT = {
    "000": ["could swell to around 12,000 troops in four brigades", "between Oct. 8 and 13",
            "four Russian amphibious landing ships and three escort vessels", "some 11 North Korean vessels",
            "the 11th Corps", "KOSPI closes 0.3 pct higher at 2,593.82", "21 pct rise in exports",
            "book sales past 1 mln copies"],
    "001": ["Japan's Nikkei rises 1,100 points", "February 2022", "Nov. 1, 2024"],
    "002": ["240-millimeter multiple rocket launchers", "170-mm self-propelled guns",
            "Won falls to 1,450 per dollar", "3 dead in apartment fire in Gunpo", "drops in 93 countries", "Dec. 16"],
    "003": ["Russia's losses in Ukraine reach 779,610, including 1,810 over past day", "78 missiles and 106 drones"],
    "004": ["born in 2005", "since 2021", "born in 1999", "Aug. 6, 2024",
            "What 12K North Korean troops change on the Kursk front", "74 drones, 3 missiles",
            "join 18,000 members", "$5 a month"],
    "005": ["two wounded men", "June 2024", "Article 4"],
    "006": ["Day 1,102", "hundreds of millions of dollars", "a pause of about three weeks", "4 min Reading time"],
    "007": ["for six months", "crowd of 50,000", "first time in 9 years", "583 billion won"],
    "008": ["1,000 sappers", "5,000 military construction workers", "6,000 deminers and military builders",
            "58 drones and two ballistic missiles", "Forty of the drones", "$45 a barrel", "day 1,210",
            "18th package"],
    "009": ["120 days", "1,000 deminers and 5,000 military builders", "1,180 soldiers and 33 artillery systems"],
}

OFF = ["010", "011", "012", "013"]
DUP = {"014": "005"}

conflicts = {
    "must": [
        ["001-1", "001-2", "11,000 North Korean soldiers in Kursk (Zelenskyy) against about 8,000 moved to Kursk (Blinken and Austin) days earlier, in one article"],
        ["002-1", "003-1", "around 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Ukraine's HUR, repeating Zelensky, Dec 26)"],
    ],
    "may": [
        ["000-1", "001-1", "a first batch of 1,500 (Oct 18) against 11,000 in Kursk three weeks later: a cumulative deployment that grew"],
        ["000-1", "001-2", "a first batch of 1,500 (Oct 18) against about 8,000 in Kursk two weeks later"],
        ["000-1", "002-2", "a first batch of 1,500 against 11,000 two months later"],
        ["000-1", "004-2", "a first batch of 1,500 against 11,000-12,000 three months later"],
        ["000-1", "005-3", "a first batch of 1,500 against more than 10,000 three months later"],
        ["000-1", "006-1", "a first batch of 1,500 against about 11,000, months later"],
        ["000-1", "006-2", "a first batch against 3,000 reinforcements, months later"],
        ["001-1", "006-2", "11,000 against an additional 3,000 reinforcements"],
        ["001-1", "009-3", "11,000 in Kursk (Nov 2024) against fewer than 2,000 still there (Dec 2025)"],
        ["001-2", "002-2", "about 8,000 in Kursk (Nov) against about 11,000 in Russia seven weeks later"],
        ["001-2", "004-2", "about 8,000 (Nov) against 11,000-12,000 two months later"],
        ["001-2", "005-3", "about 8,000 in Kursk (Nov) against more than 10,000 sent to Russia, two months later"],
        ["001-2", "006-1", "about 8,000 (Nov) against about 11,000, months later"],
        ["001-2", "006-2", "8,000 against an additional 3,000 reinforcements"],
        ["001-2", "009-3", "about 8,000 (Nov 2024) against fewer than 2,000 still there (Dec 2025)"],
        ["002-1", "007-1", "1,100 casualties (Dec) against 4,700 four months later: cumulative"],
        ["002-1", "007-3", "1,100 casualties (Dec) against the roughly 3,000 of January: cumulative"],
        ["002-2", "006-2", "11,000 against an additional 3,000 reinforcements"],
        ["002-2", "009-3", "11,000 (Dec 2024) against fewer than 2,000 remaining (Dec 2025)"],
        ["002-3", "009-1", "at least 100 killed overall against nine deminers killed a year later"],
        ["002-4", "006-4", "about 1,000 wounded (Dec) against 2,700 repeated months later: cumulative"],
        ["004-2", "006-2", "11,000-12,000 against an additional 3,000 reinforcements"],
        ["004-2", "009-3", "11,000-12,000 (Jan 2025) against fewer than 2,000 remaining (Dec 2025)"],
        ["005-1", "007-2", "about 300 killed (Jan) against about 600 (Apr): cumulative"],
        ["005-1", "009-1", "300 killed overall against nine deminers, months later"],
        ["005-1", "009-2", "300 killed (Jan) against about 2,000 (Sept estimate): cumulative"],
        ["005-3", "006-2", "more than 10,000 against an additional 3,000 reinforcements"],
        ["005-3", "009-3", "more than 10,000 sent (Jan 2025) against fewer than 2,000 remaining (Dec 2025)"],
        ["006-1", "006-2", "about 11,000 sent last autumn against some 3,000 reinforcements on top"],
        ["006-1", "009-3", "about 11,000 sent against fewer than 2,000 remaining, months later"],
        ["006-2", "009-3", "3,000 reinforcements against fewer than 2,000 remaining, months later"],
        ["006-3", "007-2", "about 300 killed (January figure, Mar) against about 600 (Apr): cumulative"],
        ["006-3", "009-1", "300 killed overall against nine deminers, months later"],
        ["006-3", "009-2", "about 300 killed against about 2,000, months later: cumulative"],
        ["007-2", "009-1", "600 killed overall against nine deminers, months later"],
        ["007-2", "009-2", "about 600 killed (Apr) against about 2,000 (Sept estimate): cumulative"],
        ["008-1", "009-3", "up to 14,000 sent since autumn 2024 against fewer than 2,000 still stationed in Dec 2025"],
    ],
}

if __name__ == "__main__":
    goldlib.write(about, A, NOT, OFF, DUP, conflicts)
