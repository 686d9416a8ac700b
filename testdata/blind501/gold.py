#!/usr/bin/env python3
"""Gold labels for testdata/blind501 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind501: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
HUR = ["HUR", "Defense Intelligence", "military intelligence", "Ukraine's military intelligence",
       "Ukraine's Defense Intelligence", "Ukraine"]

A = {
    # Korea Herald, 13 Jan 2025
    "000": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "An estimated 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "bringing the North's combat casualties to around 3,000", False),
        ("captured", "north_korea", 2, None, "exact", NIS_LEE + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "two North Korean soldiers were captured by Ukrainian forces in Kursk on Jan. 9", False),
    ],
    # AP, 31 Oct 2024
    "002": [
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US"],
         "About 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", "north_korea", 10000, None, "about",
         ["Lloyd Austin", "Austin", "Defense Secretary", "Pentagon", "United States", "U.S.", "US"],
         "around 10,000 North Korean troops have been sent to eastern Russia in all", False),
        ("troops", "north_korea", 2000, 5000, "vague", ["Pentagon", "United States", "U.S.", "US"],
         "the Pentagon had put the number in Kursk at a few thousand", True),
    ],
    # Yonhap, 18 Oct 2024
    "004": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "has already moved about 1,500 special operations troops to Russia's Far East", False),
    ],
    # Guardian live blog, 23 Dec 2024
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelenskiy", "Zelenskiy", "Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "the North Korean dead and wounded in the Kursk region now number more than 3,000", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "around 1,100 North Korean soldiers had been killed or wounded in fighting in Kursk", False),
    ],
    # Kyiv Independent, 5 Nov 2024
    "006": [
        ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Kyiv"],
         "Eleven thousand. That is how many North Korean soldiers are now in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 12000, None, "about", HUR,
         "some 12,000 North Korean personnel, among them 500 officers and several generals, were training at five ranges in Russia's Far East",
         False),
        ("troops", "north_korea", 500, None, "exact", HUR,
         "among them 500 officers", False),
    ],
    # Kyiv Post, 16 Jan 2025
    "008": [
        ("casualties", "north_korea", 4000, None, "about", HUR + ["Andriy Yusov", "Yusov"],
         "Close to 4,000 North Korean soldiers have now been killed or wounded in Kursk Oblast", False),
        ("casualties", "north_korea", 200, 900, "vague", HUR + ["Andriy Yusov", "Yusov"],
         "had at times lost hundreds of men in a single day", True),
        ("captured", "north_korea", 2, None, "exact",
         ["unattributed", "Security Service of Ukraine", "SBU", "Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "The two North Korean soldiers captured on Jan. 9", False),
        ("casualties", "russia", 38000, None, "more_than",
         ["Oleksandr Syrskyi", "Syrskyi", "Commander-in-Chief", "Ukraine"],
         "Russia has lost more than 38,000 troops killed and wounded in the Kursk direction", False),
    ],
    # Korea JoongAng Daily, 19 Dec 2024 (007 is its syndicated copy)
    "010": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "close to 1,000 wounded", False),
    ],
    # Bloomberg, 27 Feb 2025
    "011": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea has sent roughly 3,000 additional soldiers to Russia since the start of the year", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["Kyiv", "Seoul", "Ukraine", "South Korea"],
         "thousands of North Korean soldiers had been killed or wounded", True),
    ],
    # Kyodo, 30 Apr 2025
    "013": [
        ("killed", "north_korea", 600, None, "about", NIS + ["intelligence agency", "lawmaker"],
         "About 600 North Korean soldiers have died", False),
        ("casualties", "north_korea", 4700, None, "about", NIS + ["intelligence agency", "lawmaker"],
         "roughly 4,700 casualties", False),
    ],
    # Moscow Times explainer, 8 Dec 2025
    "014": [
        ("troops", "north_korea", 10000, 12000, "range", ["South Korean intelligence"] + NIS,
         "between 10,000 and 12,000 combat troops arrived in the autumn of 2024", False),
        ("troops", "north_korea", 3000, None, "about", ["South Korean intelligence"] + NIS,
         "some three thousand reinforcements in the first weeks of 2025", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed since the deployment began", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "several thousand North Korean soldiers and military builders remain in the Kursk region today", True),
    ],
}

NOT = {
    "000": ["a 20-year-old", "the other, 26", "joined the army in 2021", "Nov. 9, 2024", "Article 4",
            "black boxes stopped recording 4 minutes before impact", "shares rise 2.3%"],
    "002": ["more than 13,000 containers of artillery shells", "$425 million",
            "shot down 83 Ukrainian drones", "4 killed as Russian glide bombs hit Kharkiv"],
    "004": ["a total of around 12,000 troops, drawn from four brigades", "87 air force pilots",
            "14 of whom were killed in combat", "four amphibious ships and three escort ships",
            "Eight injured as escalator malfunctions", "KOSPI closes at 2,593.82"],
    "005": ["72 drones", "52 were shot down", "A further 20", "Four civilians were killed",
            "day 1,034 of the invasion", "wait 14 hours"],
    "006": ["five ranges", "several hundred square kilometers", "96 drones overnight, 62 shot down",
            "more than 15,000 members"],
    "008": ["120K subscribers", "UAH/USD 42.18", "40 Missiles, 70 Drones", "since 1995"],
    "010": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "N. Korean troops in Russia now number over 10,000, NIS says", "1,450 per dollar", "Dec. 27",
            "minus 11 degrees"],
    "011": ["at least 200 long-range artillery systems", "1,433.10 per dollar", "4.2%",
            "$500 Billion", "$40 Billion"],
    "013": ["5,000-ton destroyer", "1.1% in March", "2.5% in March"],
    "014": ["1,000 sappers", "5,000 military construction workers", "North Korea's 12K",
            "1,200 Homes Still Uninhabitable", "$2 / $5 / $10"],
}

OFF = ["001", "003", "009", "012"]
DUP = {"007": "010"}

conflicts = {
    "must": [
        ["002-1", "006-1", "about 8,000 North Korean troops in Kursk (Blinken, 31 Oct 2024) against 11,000 in Kursk "
                           "(Zelensky, 4 Nov 2024), different sources five days apart"],
        ["005-1", "005-2", "more than 3,000 killed and wounded (Zelenskiy) against around 1,100 (South Korea's JCS), "
                           "the same day in the same live blog"],
        ["000-3", "008-1", "around 3,000 casualties (NIS, 13 Jan 2025) against close to 4,000 (Ukraine's HUR, "
                           "16 Jan 2025), three days apart"],
    ],
    "may": [
        # troops: first contingent, totals in different places, additional forces, months apart
        ["004-1", "002-1", "1,500 in the first shipment (18 Oct) against 8,000 in Kursk two weeks later"],
        ["004-1", "002-2", "1,500 in the first shipment against 10,000 sent in all two weeks later"],
        ["004-1", "002-3", "1,500 in the first shipment against 'a few thousand' in Kursk (vague)"],
        ["004-1", "006-1", "1,500 in the first shipment against 11,000 in Kursk two and a half weeks later"],
        ["004-1", "006-2", "1,500 already moved (NIS) against 12,000 training (HUR), both mid-October: first batch against the whole"],
        ["004-1", "011-1", "first contingent against an additional 3,000, months apart"],
        ["004-1", "014-1", "1,500 in October 2024 against 10,000-12,000 in the autumn, reported a year later"],
        ["004-1", "014-2", "first contingent against 3,000 reinforcements, months apart"],
        ["002-1", "002-3", "8,000 in Kursk against the Pentagon's earlier 'few thousand' (vague, superseded)"],
        ["002-1", "006-2", "8,000 in Kursk against 12,000 training in the Far East: a part against the whole"],
        ["002-1", "011-1", "8,000 against an additional 3,000"],
        ["002-1", "014-1", "8,000 in Kursk (Oct 2024) against 10,000-12,000 reported a year later"],
        ["002-1", "014-2", "8,000 against 3,000 reinforcements"],
        ["002-2", "006-1", "10,000 in Russia in all against 11,000 in Kursk, five days apart"],
        ["002-2", "006-2", "around 10,000 against some 12,000 in Russia, two weeks apart"],
        ["002-2", "011-1", "10,000 against an additional 3,000"],
        ["002-2", "014-2", "10,000 against 3,000 reinforcements"],
        ["002-3", "006-1", "'a few thousand' (vague) against 11,000 a week later"],
        ["006-1", "006-2", "11,000 in Kursk (4 Nov) against 12,000 training in the Far East (mid-October)"],
        ["006-1", "011-1", "11,000 against an additional 3,000"],
        ["006-1", "014-2", "11,000 against 3,000 reinforcements"],
        ["006-2", "011-1", "12,000 against an additional 3,000"],
        ["006-2", "014-2", "12,000 against 3,000 reinforcements"],
        ["011-1", "014-1", "an additional 3,000 against the 10,000-12,000 of the first deployment"],
        ["014-1", "014-2", "10,000-12,000 against some 3,000 reinforcements, same article"],
        ["014-1", "014-4", "10,000-12,000 in autumn 2024 against 'several thousand' still there in December 2025"],
        ["002-3", "006-2", "'a few thousand' in Kursk (vague) against 12,000 training in the Far East"],
        ["002-3", "014-1", "'a few thousand' (vague, Oct 2024) against 10,000-12,000 reported a year later"],
        ["002-2", "014-4", "10,000 sent (Oct 2024) against 'several thousand' still there (Dec 2025)"],
        ["004-1", "014-4", "1,500 in the first shipment (Oct 2024) against 'several thousand' still there (Dec 2025)"],
        ["006-1", "014-4", "11,000 in Kursk (Nov 2024) against 'several thousand' still there (Dec 2025)"],
        ["006-2", "014-4", "12,000 (Oct 2024) against 'several thousand' still there (Dec 2025)"],
        # casualties: cumulative estimates weeks or months apart
        ["005-1", "000-3", "more than 3,000 (23 Dec) against around 3,000 (13 Jan): a bound roughly met"],
        ["005-2", "000-3", "1,100 (JCS, 23 Dec) against 3,000 (NIS, 13 Jan): cumulative, three weeks apart"],
        ["005-2", "008-1", "1,100 (23 Dec) against close to 4,000 (16 Jan): cumulative, three weeks apart"],
        ["005-2", "011-2", "1,100 (23 Dec) against 'thousands' (vague, 27 Feb)"],
        ["005-2", "013-2", "1,100 (Dec 2024) against 4,700 (Apr 2025), months apart"],
        ["000-3", "013-2", "the NIS's cumulative estimate rising from 3,000 (Jan) to 4,700 (Apr): an update"],
        ["008-1", "013-2", "close to 4,000 (Jan) against 4,700 (Apr), months apart"],
        # killed and wounded: the same agency's cumulative figures over time
        ["000-1", "013-1", "300 killed (Jan) against 600 killed (Apr), the NIS updating its figure"],
        ["000-1", "014-3", "300 killed (Jan) against 2,000 killed (Sep), months apart"],
        ["013-1", "014-3", "600 killed (Apr) against 2,000 killed (Sep), months apart"],
        ["010-2", "000-2", "close to 1,000 wounded (19 Dec) against 2,700 (13 Jan), the NIS updating its figure"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
