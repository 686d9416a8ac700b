#!/usr/bin/env python3
"""Gold labels for testdata/blind656 (written blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind656: 15 articles written in our own words about the real story's known "
         "reporting, labelled blind. Same schema and rules as testdata/corpus (see its README.md).")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about",
         NIS + ["Seoul's spy agency"],
         "North Korea has moved about 1,500 special operations troops to Russia's Far East", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about",
         ["Antony Blinken", "Blinken", "State Department", "United States", "US", "U.S."],
         "About 8,000 North Korean soldiers have been moved to Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about",
         ["Sabrina Singh", "Pentagon", "United States", "US", "U.S."],
         "roughly 10,000 North Korean troops had been sent to eastern Russia for training", False),
        ("troops", NK, 2000, 9999, "vague",
         ["Sabrina Singh", "Pentagon", "United States", "US"],
         "several thousand of them had already moved closer to the border with Ukraine", True),
        ("troops", NK, 3000, None, "at_least",
         ["U.S. officials", "United States", "US", "U.S."],
         "at least 3,000 North Korean troops were in Russia", False),
    ],
    "002": [
        ("troops", NK, 10000, 12000, "range",
         ["Seoul", "Washington", "Kyiv", "South Korea", "United States", "Ukraine"],
         "Estimates have settled at between 10,000 and 12,000 soldiers", False),
        ("troops", NK, 11000, None, "about",
         NIS,
         "now puts the figure at around eleven thousand", False),
        ("troops", NK, 500, None, "about",
         NIS,
         "about 500 officers travelling with the troops", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about",
         NIS + ["Lee Seong-kweun"],
         "have suffered some 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least",
         NIS + ["Lee Seong-kweun"],
         "at least 100 were killed", False),
        ("wounded", NK, 1000, None, "about",
         NIS + ["Lee Seong-kweun"],
         "close to 1,000 were wounded", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"],
         "put North Korean casualties at around 1,100", False),
        ("casualties", NK, 30, None, "at_least",
         ["HUR", "military intelligence", "Ukraine's military intelligence agency", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "007": [
        ("killed", NK, 300, None, "about",
         NIS + ["South Korea's intelligence agency", "Members of parliament", "lawmakers"],
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about",
         NIS + ["South Korea's intelligence agency", "Members of parliament", "lawmakers"],
         "some 2,700 wounded", False),
        ("killed", NK, 1000, None, "more_than",
         ["Ukrainian military intelligence", "military intelligence", "HUR", "Ukraine"],
         "more than 1,000 North Korean soldiers had been killed in Kursk since early December", False),
        ("captured", NK, 2, None, "exact",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "two North Korean soldiers had been captured alive", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about",
         NIS,
         "an estimated 3,000 additional troops", False),
        ("troops", NK, 11000, None, "about",
         NIS,
         "the roughly 11,000 it dispatched last autumn", False),
        ("killed", NK, 200, 900, "vague",
         NIS,
         "suffering hundreds of deaths", True),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about",
         NIS + ["Lee Seong-kweun"],
         "North Korea's forces had suffered some 4,700 casualties", False),
        ("killed", NK, 600, None, "about",
         NIS + ["Lee Seong-kweun"],
         "about 600 of them fatal", False),
        ("troops", NK, 15000, None, "about",
         NIS,
         "the North has sent around 15,000 soldiers to Russia in total", False),
    ],
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Russian Defense Ministry", "Defense Ministry", "Russia", "Russian Defence Ministry"],
         "the Ukrainian armed forces lost over 76,000 servicemen", False),
    ],
    "013": [
        ("casualties", NK, 6000, None, "more_than",
         ["Ministry of Defence", "UK Ministry of Defence", "Britain", "UK", "British intelligence"],
         "North Korean forces have likely suffered more than 6,000 casualties", False),
        ("killed", NK, 2000, None, "about",
         NIS + ["lawmakers"],
         "around 2,000 North Korean soldiers have been killed in Russia", False),
        ("troops", NK, 15000, None, "about",
         ["unattributed"],
         "North Korea has sent roughly 15,000 soldiers to Russia since autumn 2024", False),
    ],
}

NOT = {
    "000": ["around 12,000 troops organized in four brigades", "four amphibious landing ships and three escort vessels",
            "more than 13,000 containers", "11th Corps", "1.4 million youths", "Oct. 8 and 13",
            "past 1 million copies", "8 C"],
    "001": ["86 minutes", "2 Russian glide bombs", "5 days to go", "five days before the U.S. presidential election"],
    "002": ["50km (30 miles)", "about $2,000 a month", "up to 12,000 could be fighting in Kursk by the end of the year",
            "12K North Korean troops", "11th Corps", "214"],
    "003": ["MiG-29 and Su-27", "KN-23 and KN-24", "past 1,450 per dollar", "15-year low", "within 2 hours of Seoul"],
    "004": ["almost three times higher", "about 1,300 square kilometers", "Aug. 6", "more than 20,000 members",
            "3 ballistic missiles"],
    "007": ["20 years old and the other 26", "13:10 JST"],
    "008": ["around 200 long-range artillery pieces", "about three weeks"],
    "010": ["Article 4", "Nearly one in three", "extra 3K troops", "June 3 vote", "10th straight week"],
    "011": ["1,000 sappers", "5,000 military builders", "more than 400 tanks", "over 7,000 other pieces of military equipment",
            "June 19, 2024", "second trip to Pyongyang in two weeks", "end of 2026"],
    "013": ["26 countries", "101 portraits", "112 drones and two missiles", "84 of the drones"],
}

OFF = ["006", "009", "012", "014"]

DUP = {"005": "004"}

conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 casualties (NIS via Lee Seong-kweun, 19 Dec) against more than 3,000 (Zelensky, 23 Dec), four days apart"],
        ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's JCS), the same day, in one article"],
        ["007-1", "007-3", "about 300 killed (NIS) against more than 1,000 killed (Ukrainian military intelligence), same period, in one article"],
    ],
    "may": [
        # troops: Kursk-only figure against totals for Russia, weeks or months apart
        ["001-1", "002-1", "8,000 in Kursk (31 Oct) against 10,000-12,000 sent to Russia (14 Nov): part against whole"],
        ["001-1", "002-2", "8,000 in Kursk against about 11,000 in Russia, two weeks later: part against whole"],
        ["001-1", "008-2", "8,000 in Kursk against 11,000 sent last autumn, months apart"],
        ["001-1", "010-3", "8,000 in Kursk against 15,000 in total, months apart"],
        ["001-1", "013-3", "8,000 in Kursk against 15,000 in total, months apart"],
        ["001-2", "002-2", "about 10,000 (Pentagon, late Oct) against about 11,000 (NIS, 14 Nov): close, two weeks apart"],
        ["001-2", "008-2", "about 10,000 against about 11,000, months apart"],
        ["001-2", "010-3", "10,000 against 15,000 in total after reinforcements, months apart"],
        ["001-2", "013-3", "10,000 against 15,000 in total, months apart"],
        ["002-1", "010-3", "10,000-12,000 against 15,000 in total after reinforcements, months apart"],
        ["002-1", "013-3", "10,000-12,000 against 15,000, months apart"],
        ["002-2", "010-3", "11,000 against 15,000 after reinforcements, months apart"],
        ["002-2", "013-3", "11,000 against 15,000, months apart"],
        ["008-2", "010-3", "11,000 sent last autumn against 15,000 in total, two months later"],
        ["008-2", "013-3", "11,000 sent last autumn against 15,000 in total, months later"],
        # troops: 'additional' reinforcements against totals
        ["000-1", "008-1", "first batch of 1,500 special forces against 3,000 additional troops, months apart"],
        ["001-1", "008-1", "8,000 against an additional 3,000"],
        ["001-2", "008-1", "10,000 against an additional 3,000"],
        ["002-1", "008-1", "10,000-12,000 against an additional 3,000"],
        ["002-2", "008-1", "11,000 against an additional 3,000"],
        ["008-1", "008-2", "an additional 3,000 on top of 11,000, same article"],
        ["008-1", "010-3", "an additional 3,000 against 15,000 in total"],
        ["008-1", "013-3", "an additional 3,000 against 15,000 in total"],
        # casualties: cumulative tallies months apart
        ["003-1", "010-1", "1,100 (Dec 2024) against 4,700 (Apr 2025): cumulative, months apart"],
        ["004-2", "010-1", "1,100 (Dec 2024) against 4,700 (Apr 2025): cumulative, months apart"],
        ["003-1", "013-1", "1,100 (Dec 2024) against more than 6,000 (Sep 2025): cumulative, months apart"],
        ["004-2", "013-1", "1,100 (Dec 2024) against more than 6,000 (Sep 2025): cumulative, months apart"],
        ["010-1", "013-1", "4,700 (Apr 2025, NIS) against more than 6,000 (Sep 2025, UK): cumulative, months apart"],
        # killed: cumulative tallies months apart (NIS's own figure rising: an update)
        ["007-1", "010-2", "NIS: about 300 killed (Jan) rising to about 600 (Apr): a later update, months apart"],
        ["007-1", "013-2", "NIS: about 300 killed (Jan) against about 2,000 (Sep): a later update, months apart"],
        ["010-2", "013-2", "NIS: about 600 killed (Apr) against about 2,000 (Sep): a later update, months apart"],
        ["007-3", "010-2", "more than 1,000 killed (HUR, Jan) against about 600 (NIS, Apr), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
