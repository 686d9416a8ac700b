#!/usr/bin/env python3
"""Gold labels for testdata/blind518 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for testdata/blind518: fifteen articles written in our own words about North Korean "
         "troops in Russia's Kursk region (October 2024 - December 2025), labelled blind. Same schema as "
         "testdata/corpus/gold.json; see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "spy agency", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"]
US = ["Antony Blinken", "Blinken", "United States", "U.S.", "US"]
BUDANOV = ["Kyrylo Budanov", "Budanov", "HUR", "military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "North Korea has sent about 1,500 special forces soldiers to Russia's Far East", False),
    ],
    "001": [
        ("troops", "north_korea", 10000, None, "about", US,
         "the roughly 10,000 North Korean soldiers the U.S. believes have been sent to eastern Russia", False),
        ("troops", "north_korea", 8000, None, "about", US,
         "about 8,000 have now moved into the Kursk border region", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", BUDANOV,
         "Eleven thousand North Korean soldiers have already arrived in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 200, 900, "vague", BUDANOV,
         "Several hundred of them are officers", True),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "more than three thousand North Korean soldiers had been killed or wounded fighting for Russia in the Kursk region", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "the North's contingent had suffered around 1,100 casualties", False),
        ("casualties", "ukraine", 45000, None, "more_than",
         ["Russia's defence ministry", "Russian defence ministry", "defence ministry", "Russia"],
         "Ukraine had lost more than 45,000 servicemen in the region since August", False),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "Around 300 North Korean soldiers sent to Russia have died in combat", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "some 2,700 others have been wounded in the fighting against Ukrainian forces", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ZEL,
         "two North Korean soldiers had been taken prisoner by Ukrainian forces in Kursk", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "roughly 3,000 additional soldiers to Russia in January and February", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "some 4,000 of the troops Pyongyang has dispatched to fight Ukraine have been killed or wounded", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine", "South Korean media", "Seoul"],
         "Two North Korean prisoners held by Ukraine since January", False),
    ],
    "008": [
        ("troops", "north_korea", 11000, 12000, "range",
         ["Ukrainian and South Korean intelligence", "Ukrainian intelligence", "South Korean intelligence",
          "Ukraine", "South Korea"],
         "between 11,000 and 12,000 North Korean soldiers arrived in Russia last autumn", False),
        ("troops", "north_korea", 3000, None, "about",
         ["unattributed", "Ukrainian and South Korean intelligence", "Ukraine", "South Korea"],
         "Around 3,000 more are thought to have followed in January and February", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "Seoul and Kyiv say thousands of the North Korean soldiers have been killed or wounded", True),
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russia", "Russia's general staff"],
         "the Ukrainian operation in Kursk had cost Kyiv more than 76,000 servicemen killed and wounded", False),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "About 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "Some 600 of them died", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "they put the North's casualties at around 4,000", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "about 15,000 North Korean troops have been deployed to Russia since the autumn", False),
    ],
    "011": [
        ("troops", "north_korea", 11000, None, "at_least",
         ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "at least 11,000 North Korean servicemen are still stationed in Kursk Oblast", False),
        ("troops", "russia", 50000, None, "more_than", ZEL,
         "Russia had concentrated more than 50,000 troops in Kursk Oblast", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["Seoul", "South Korea"],
         "Seoul estimates they have suffered thousands of casualties", True),
    ],
    "014": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["lawmakers"],
         "About 2,000 of them have now been killed", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "the spy agency had put the number of dead at around 600", False),
        ("wounded", "north_korea", 2000, 9999, "vague", NIS,
         "with several thousand more wounded", True),
        ("troops", "north_korea", 15000, None, "up_to", ["unattributed"],
         "Pyongyang is thought to have sent up to 15,000 troops to Russia in total since October 2024", False),
        ("troops", "north_korea", 1000, None, "about", NIS + ["lawmakers"],
         "about 1,000 North Korean deminers have already begun work in the Kursk region", False),
        ("killed", "north_korea", 24, 99, "vague",
         ["North Korean state television", "state television", "unattributed"],
         "portraits of dozens of soldiers killed in Kursk", True),
    ],
}

NOT = {
    "000": ["a total of up to 12,000 troops organised in four brigades", "between Oct. 8 and Oct. 13",
            "three other vessels", "60-metre stretches of roads", "56 of 100 Russian drones",
            "KOSPI 2,593.82", "USD/KRW 1,368.10", "Brent crude $74.45"],
    "001": ["$425 million", "155 mm artillery rounds", "Harris leads in 3 of 7 battlegrounds",
            "The 5 numbers that could decide the Senate", "last 96 hours", "Oct. 31, 2024", "at 10 a.m."],
    "002": ["more than 1,000 square kilometers", "up to 300 kilometers away", "96 drones overnight",
            "18,000 members", "on Aug. 6", "since 2021"],
    "004": ["almost three times higher", "about 1.28 million", "about 600,000", "more than 3,500",
            "hundreds of square kilometres", "several dozen villages", "6 million expected on French roads",
            "$95,000", "on August 6"],
    "005": ["born in 2005", "the other in 1999", "paras 5-8", "6.6 pct", "15 cities", "death toll at 179"],
    "007": ["some 220 pieces", "170-millimeter self-propelled guns", "240-mm multiple rocket launchers",
            "down 0.6%", "150 vs dollar"],
    "008": ["around 1,300 square kilometres", "June 2024", "250,000 attend funeral", "5 things to know"],
    "010": ["around $2,000 a month", "from €1 for the first month", "Reading time 2 min."],
    "011": ["1,000 sappers", "5,000 military construction workers", "1,000 deminers and 5,000 military builders",
            "20 drones: 2 killed, 17 injured", "second time in two weeks"],
    "014": ["the 5,000 military builders", "every $2 counts", "since October 2024"],
}

OFF = ["003", "006", "009", "013"]
DUP = {"012": "004"}

conflicts = {
    "must": [
        ["001-2", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31 2024) against 11,000 in "
                           "Kursk (Budanov/HUR, Nov 4 2024), four days apart"],
        ["004-1", "004-2", "more than 3,000 killed and wounded (Zelensky) against around 1,100 casualties "
                           "(South Korea's JCS), the same day in the same article"],
    ],
    "may": [
        ["000-1", "001-1", "1,500 special forces in the first contingent (Oct 18) against roughly 10,000 sent (Oct 31): a cumulative rise, and a part"],
        ["000-1", "001-2", "1,500 in the Far East (Oct 18) against 8,000 in Kursk (Oct 31): a part, two weeks apart"],
        ["000-1", "002-1", "1,500 in the first contingent (Oct 18) against 11,000 in Kursk (Nov 4)"],
        ["001-1", "002-1", "roughly 10,000 in Russia (US) against 11,000 in Kursk (HUR): close values, whole against part"],
        ["001-1", "008-1", "about 10,000 (Oct 2024) against 11,000-12,000 'last autumn', six months later"],
        ["001-2", "008-1", "about 8,000 in Kursk (Oct 2024) against 11,000-12,000 sent, six months later"],
        ["007-1", "001-1", "an additional 3,000 against the first deployment"],
        ["007-1", "002-1", "an additional 3,000 against the first deployment"],
        ["008-1", "008-2", "around 3,000 more against the 11,000-12,000 of the first wave"],
        ["010-4", "008-1", "15,000 including reinforcements against 11,000-12,000 of the first wave, two days apart"],
        ["010-4", "001-1", "15,000 including reinforcements (Apr 2025) against 10,000 (Oct 2024)"],
        ["010-4", "001-2", "15,000 deployed (Apr 2025) against 8,000 in Kursk (Oct 2024)"],
        ["010-4", "002-1", "15,000 deployed (Apr 2025) against 11,000 in Kursk (Nov 2024)"],
        ["011-1", "001-2", "at least 11,000 in Kursk (Jun 2025) against 8,000 in Kursk (Oct 2024)"],
        ["004-2", "007-2", "1,100 (Dec 2024) against 4,000 (Mar 2025): cumulative casualties rising, months apart"],
        ["004-2", "010-1", "1,100 (Dec 2024) against 4,700 (Apr 2025): cumulative rise, months apart"],
        ["004-2", "010-3", "1,100 (Dec 2024) against 4,000 (end of March 2025): cumulative rise, months apart"],
        ["007-2", "010-1", "4,000 (JCS, Mar 27) against 4,700 (NIS, Apr 30): a later rise in a cumulative figure"],
        ["005-1", "010-2", "300 killed (Jan 2025) against 600 killed (Apr 2025): cumulative rise"],
        ["005-1", "014-1", "300 killed (Jan 2025) against 2,000 killed (Sep 2025): cumulative rise"],
        ["005-1", "014-2", "300 killed (Jan 2025) against 600 killed in April: cumulative rise"],
        ["010-2", "014-1", "600 killed (Apr 2025) against 2,000 killed (Sep 2025): cumulative rise"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
