#!/usr/bin/env python3
"""Gold labels for testdata/blind594 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind594: fifteen articles written in our own words about the real story's known "
         "reporting on North Korean troops in Russia's Kursk region (October 2024 - December 2025). "
         "See testdata/corpus/README.md for the meaning of every field and how output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
NIS_PARK = NIS + ["Park Sun-won"]
US = ["U.S. State Department", "State Department", "Vedant Patel", "United States", "U.S.", "Washington"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Ukrainian President"]
HUR = ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"]
GENSTAFF = ["General Staff of Ukraine's Armed Forces", "General Staff", "Ukraine's General Staff", "Ukraine"]

A = {
    "000": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "North Korean troops fighting for Russia in Kursk Oblast have suffered more than 3,000 casualties", False),
        ("casualties", "north_korea", 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded in fighting near the villages of Plekhovo, Vorobzha and Martynovka", False),
        ("casualties", "russia", 778470, None, "exact", GENSTAFF,
         "Russia has lost 778,470 troops in Ukraine since the beginning of its full-scale invasion", False),
        ("casualties", "russia", 1630, None, "exact", GENSTAFF,
         "This number includes 1,630 casualties that Russian forces suffered over the past day", False),
    ],
    "002": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "an initial contingent of about 1,500 soldiers already shipped to the Russian Far East", False),
    ],
    "003": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "including roughly 600 deaths", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "the roughly 3,000 casualties", False),
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "including about 300 dead, that the agency reported in January", False),
        ("casualties", "north_korea", 6000, None, "more_than", HUR + ["Andriy Yusov", "Yusov"],
         "North Korean losses in Kursk had exceeded 6,000 killed and wounded", False),
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "North Korea has sent about 15,000 soldiers to Russia in all since last autumn", False),
    ],
    "004": [
        ("troops", "north_korea", 10000, None, "more_than", US,
         "More than 10,000 North Korean soldiers have been moved into Russia's western Kursk region", False),
        ("troops", "north_korea", 11000, 12000, "range", US,
         "the North has sent between 11,000 and 12,000 soldiers to Russia in total", False),
        ("troops", "north_korea", 11000, None, "about", ZEL,
         "about 11,000 North Korean soldiers were in the Kursk area", False),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "Roughly 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "combined casualties to around 3,000 in less than three months of combat", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Ukrainian forces captured two North Korean soldiers alive on Jan. 9", False),
    ],
    "007": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Russian Defense Ministry", "Defense Ministry", "Russia", "Russian Ministry of Defence", "TASS"],
         "the Ukrainian army lost more than 76,000 servicemen during the Kursk adventure", False),
    ],
    "008": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers sent to fight for Russia have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "Another 1,000 or so have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS_LEE,
         "North Korean casualties are already at around 1,100", False),
        ("troops", "north_korea", 11000, 12000, "range", NIS,
         "North Korea has deployed 11,000-12,000 troops to Russia", False),
    ],
    "010": [
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korea", "state media", "Kim Jong Un"],
         "nine of its soldiers were killed during the mission", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "some two thousand North Korean soldiers had been killed in the war", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "roughly fifteen thousand sent to Russia since October 2024", False),
    ],
    "012": [
        ("troops", "north_korea", 10000, 12000, "range", ["Ukraine", "South Korea", "US", "United States"],
         "put the number at between 10,000 and 12,000", False),
        ("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "Seoul's military", "South Korea", "Seoul"],
         "some three thousand more have arrived in two waves in January and February", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "about 300 had died", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "about 2,700 had been injured", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["Kyiv", "Ukraine"],
         "Kyiv says thousands of North Koreans have been killed or wounded", True),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"],
         "Two were captured alive in January", False),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS_PARK,
         "around 2,000 North Korean soldiers have been killed in the war between Russia and Ukraine", False),
        ("troops", "north_korea", 1000, None, "about", NIS_PARK,
         "about 1,000 deminers have already arrived in Kursk", False),
        ("wounded", "north_korea", 200, 900, "vague", NIS,
         "several hundred badly wounded soldiers are being treated at military hospitals in Pyongyang", True),
    ],
}

NOT = {
    "000": ["Share 1.4K", "72 drones and two Iskander-M ballistic missiles", "52 of the drones", "another 20 were \"lost,\"",
            "9,586 tanks", "$5 per month", "Why Russia needs 10,000 foreign soldiers on its own soil",
            "Prices for firewood up 40%", "Feb. 24, 2022", "Dec. 14-15"],
    "002": ["up to 12,000 soldiers in four brigades", "four Russian landing ships and three escort vessels",
            "more than 13,000 containers", "some 100 kilometers and 650 km", "KOSPI closes 0.12 pct higher at 2,593.82",
            "11-day air exercise", "over 1 million copies in 6 days", "paras 5-8"],
    "003": ["about 220 artillery pieces", "about 20 trillion won ($14 billion)", "about 30 km (19 miles)",
            "exports rise 3.7%", "winning streak to 8 sessions"],
    "004": ["KN-23", "a range of about 700 kilometers", "around $12 billion", "falls 1.1%", "Nov. 15", "February 2022"],
    "006": ["aged 20", "the other, 26", "Kospi closes at 2,489.56", "rise 0.02%", "four-day streak"],
    "007": ["1,000 sappers", "5,000 military builders", "1,000 deminers", "over 7,000 units of weapons and military equipment",
            "Article 4", "more than 1,300 residential buildings", "dozens of kilometers of roads",
            "Over 120 children from Belgorod Region", "grew by 4.1%", "June 19, 2024"],
    "008": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "MiG-29", "Comments 14",
            "draws 1,800 to Stockholm concert hall", "Won falls to 1,450 against dollar", "in 15 years"],
    "010": ["120 days", "a thousand deminers and five thousand military construction workers", "April 25 House of Culture",
            "at least 7 dead as Russia pounds Odesa energy sites"],
    "012": ["about $2,000 a month for each soldier", "1950-53 Korean War", "We lost 80% of our unit"],
    "013": ["The 5,000 military builders are expected to follow", "about 30,000 square meters",
            "3.8% defense budget rise", "73% of South Koreans", "103 Boeing jets", "$36 billion", "fall 30%"],
}

OFF = ["001", "005", "011", "014"]
DUP = {"009": "004"}

conflicts = {
    "must": [
        ["000-1", "008-3", "more than 3,000 North Korean casualties (Zelensky, Dec 23) against about 1,100 (South Korea's NIS via Lee Seong-kweun, Dec 19), four days apart"],
        ["003-1", "003-5", "about 4,700 North Korean casualties (NIS) against more than 6,000 (Ukraine's HUR, Yusov), the same week, in one article"],
    ],
    "may": [
        # casualties: cumulative figures from different weeks or months
        ["008-3", "006-3", "NIS casualties about 1,100 (Dec 19) then about 3,000 (Jan 13): a later estimate of a rising total"],
        ["000-1", "006-3", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13): roughly compatible, three weeks apart"],
        ["000-1", "003-3", "more than 3,000 (Zelensky, Dec 23) against the NIS's January figure of about 3,000, restated in April"],
        ["008-3", "003-1", "1,100 (Dec) against 4,700 (Apr): months apart"],
        ["008-3", "003-3", "1,100 (Dec 19) against NIS's January 3,000, restated: an update"],
        ["008-3", "003-5", "1,100 (Dec) against more than 6,000 (Apr): months apart"],
        ["006-3", "003-1", "3,000 (Jan) against 4,700 (Apr): months apart, same agency's update"],
        ["006-3", "003-5", "3,000 (NIS, Jan) against more than 6,000 (HUR, Apr): months apart"],
        ["003-3", "003-5", "NIS's January 3,000 against HUR's April figure above 6,000: different periods"],
        # killed: cumulative deaths over months
        ["006-1", "003-2", "300 killed (Jan) against 600 (Apr): months apart"],
        ["012-3", "003-2", "300 killed (NIS, Jan, restated Feb 28) against 600 (Apr): months apart"],
        ["006-1", "013-1", "300 killed (Jan) against 2,000 (Sep): months apart"],
        ["006-1", "010-2", "300 killed (Jan) against 2,000 (Sep, restated Dec): months apart"],
        ["012-3", "013-1", "300 killed against 2,000: months apart"],
        ["012-3", "010-2", "300 killed against 2,000: months apart"],
        ["003-2", "013-1", "600 killed (Apr) against 2,000 (Sep): months apart"],
        ["003-2", "010-2", "600 killed (Apr) against 2,000 (restated Dec): months apart"],
        ["003-4", "013-1", "January's 300 killed against 2,000 (Sep): months apart"],
        ["003-4", "010-2", "January's 300 killed against 2,000: months apart"],
        ["008-1", "010-1", "at least 100 killed (Dec 2024) against nine sappers killed (Dec 2025): a part, a year apart"],
        ["006-1", "010-1", "300 killed against nine sappers killed: a part, months apart"],
        ["012-3", "010-1", "300 killed against nine sappers killed: a part, months apart"],
        ["003-2", "010-1", "600 killed against nine sappers killed: a part, months apart"],
        ["003-4", "010-1", "300 killed against nine sappers killed: a part, months apart"],
        ["013-1", "010-1", "2,000 killed against nine sappers killed: a part, months apart"],
        # wounded
        ["008-2", "006-2", "1,000 wounded (Dec 19) then 2,700 (Jan 13): the same agency's later estimate"],
        ["008-2", "012-4", "1,000 wounded (Dec) against 2,700 (Jan, restated Feb): weeks apart, rising total"],
        # troops: initial contingent, additional forces, later totals, parts
        ["002-1", "004-1", "an initial contingent of 1,500 (Oct 18) against more than 10,000 in Kursk (Nov 13)"],
        ["002-1", "004-2", "an initial contingent of 1,500 against 11,000-12,000 in total, weeks later"],
        ["002-1", "004-3", "an initial contingent of 1,500 against about 11,000 in Kursk, weeks later"],
        ["002-1", "008-4", "1,500 (Oct) against 11,000-12,000 (Dec): months apart"],
        ["002-1", "012-1", "1,500 first contingent against the 10,000-12,000 reported in October-November"],
        ["002-1", "012-2", "1,500 (Oct 2024) against 3,000 more (Feb 2025): different forces"],
        ["002-1", "003-6", "1,500 (Oct) against 15,000 in all (Apr): months apart"],
        ["002-1", "010-3", "1,500 (Oct 2024) against 15,000 in all: months apart"],
        ["002-1", "013-2", "1,500 special forces (Oct 2024) against 1,000 deminers (Sep 2025): different units, months apart"],
        ["012-2", "004-1", "3,000 more (an additional force) against more than 10,000"],
        ["012-2", "004-2", "3,000 more (an additional force) against 11,000-12,000"],
        ["012-2", "004-3", "3,000 more (an additional force) against 11,000"],
        ["012-2", "008-4", "3,000 more (an additional force) against 11,000-12,000"],
        ["012-2", "012-1", "3,000 more (an additional force) against the original 10,000-12,000"],
        ["012-2", "003-6", "3,000 more (an additional force) against 15,000 in all"],
        ["012-2", "010-3", "3,000 more (an additional force) against 15,000 in all"],
        ["012-2", "013-2", "3,000 reinforcements (Feb) against 1,000 deminers (Sep): different units"],
        ["003-6", "004-1", "15,000 in all (Apr 2025) against more than 10,000 in Kursk (Nov 2024): months apart, reinforcements since"],
        ["003-6", "004-2", "15,000 (Apr 2025) against 11,000-12,000 (Nov 2024): months apart, reinforcements since"],
        ["003-6", "004-3", "15,000 (Apr 2025) against 11,000 (Nov 2024): months apart"],
        ["003-6", "008-4", "15,000 (Apr 2025) against 11,000-12,000 (Dec 2024): months apart"],
        ["003-6", "012-1", "15,000 in all against the original 10,000-12,000: months apart, reinforcements since"],
        ["010-3", "004-1", "15,000 (restated Dec 2025) against more than 10,000 (Nov 2024): a year apart"],
        ["010-3", "004-2", "15,000 against 11,000-12,000: a year apart"],
        ["010-3", "004-3", "15,000 against 11,000: a year apart"],
        ["010-3", "008-4", "15,000 against 11,000-12,000: a year apart"],
        ["010-3", "012-1", "15,000 against the original 10,000-12,000: months apart"],
        ["013-2", "004-1", "1,000 deminers (a part, Sep 2025) against more than 10,000 (Nov 2024)"],
        ["013-2", "004-2", "1,000 deminers (a part) against 11,000-12,000, months apart"],
        ["013-2", "004-3", "1,000 deminers (a part) against 11,000, months apart"],
        ["013-2", "008-4", "1,000 deminers (a part) against 11,000-12,000, months apart"],
        ["013-2", "012-1", "1,000 deminers (a part) against 10,000-12,000, months apart"],
        ["013-2", "003-6", "1,000 deminers (a part) against 15,000 in all, months apart"],
        ["013-2", "010-3", "1,000 deminers (a part, Sep) against 15,000 in all (restated Dec)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
