#!/usr/bin/env python3
"""Gold labels for testdata/blind669 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind669: fifteen articles written in our own words about the real story's known "
         "reporting (Oct 2024 - Dec 2025), labelled blind. See testdata/corpus/README.md for the schema.")

NK = "north_korea"
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "South Korea", "Seoul", "Lee Seong-kweun"]

A = {
    # Yonhap, 2024-12-23
    "000": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean soldiers dispatched to Russia have suffered around 1,100 casualties in clashes with Ukrainian forces", False),
        ("troops", NK, 11000, None, "about", JCS,
         "North Korea has sent some 11,000 troops to Russia since October", False),
        ("killed", NK, 100, None, "at_least", ["National Intelligence Service", "NIS", "South Korea"],
         "at least 100 North Korean soldiers had been killed in combat", False),
    ],
    # Korea Herald, 2025-01-13 (009 is its syndicated copy)
    "002": [
        ("killed", NK, 300, None, "about", NIS,
         "Around 300 North Korean soldiers have been killed in fighting alongside Russian forces against Ukraine", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "about 2,700 others have been wounded", False),
        ("captured", NK, 2, None, "exact", NIS,
         "two North Korean soldiers had been captured by Ukrainian forces in the Kursk region on Jan. 9", False),
    ],
    # AFP, 2024-10-31
    "003": [
        ("troops", NK, 8000, None, "about", ["Blinken", "United States", "US", "Washington"],
         "Some 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", ["Austin", "Pentagon", "United States", "US", "Washington"],
         "the Pentagon's count of North Korean soldiers in Russia as a whole had now reached about 10,000", False),
    ],
    # Kyiv Independent, 2024-12-23
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Zelensky", "Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean units had suffered about 1,100 casualties since they began fighting in the region in early December", False),
        ("troops", NK, 11000, 12000, "range", ["HUR", "military intelligence", "Ukraine"],
         "between 11,000 and 12,000 North Korean troops are deployed in Kursk Oblast", False),
    ],
    # DW Q&A, 2025-05-01
    "005": [
        ("troops", NK, 15000, None, "about", NIS,
         "around fifteen thousand North Korean soldiers had been sent to Russia in total", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean forces have suffered approximately 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "Some 600 of them were killed", False),
        ("captured", NK, 2, None, "exact", ["Kyiv", "Ukraine"],
         "Kyiv says it holds two North Korean soldiers, captured in January", False),
    ],
    # Ukrainska Pravda interview transcript, 2025-01-16
    "007": [
        ("killed", NK, 1000, None, "about", ["Yusov", "HUR", "Defence Intelligence", "Ukraine"],
         "roughly a thousand North Korean soldiers have already been killed in Kursk Oblast", False),
        ("killed", NK, 300, None, "about", ["South Korea", "intelligence service", "NIS", "Seoul"],
         "about 300 North Koreans had been killed", False),
        ("captured", NK, 2, None, "exact", ["Yusov", "HUR", "Defence Intelligence", "Ukraine"],
         "The two North Korean soldiers captured on 9 January are in Kyiv", False),
    ],
    # Nikkei Asia analysis, 2025-02-27
    "008": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has sent some three thousand additional soldiers to Russia since the start of the year", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "The roughly 11,000 soldiers who travelled to Russia last autumn", False),
    ],
    # Guardian-style live blog, 2025-01-06
    "010": [
        ("casualties", NK, 3800, None, "exact", ["Zelensky", "Ukraine"],
         "3,800 North Korean soldiers have now been killed or wounded fighting for Russia in the Kursk region", False),
        ("troops", NK, 2000, 9000, "vague", ["special operations forces", "commander", "Ukraine"],
         "several thousand North Korean troops were taking part in Russian counterattacks around the village of Makhnovka", True),
    ],
    # TASS, 2025-06-17: only planned figures
    "012": [],
    # AP, 2025-12-13
    "014": [
        ("killed", NK, 9, None, "exact", ["state media", "Korean Central News Agency", "KCNA", "North Korea", "Pyongyang"],
         "nine of its soldiers died during the mission", False),
        ("troops", NK, 1000, None, "about", ["South Korean officials", "South Korea", "Seoul"],
         "about 1,000 North Korean sappers were sent to Kursk last summer", False),
        ("troops", NK, 2000, 9999, "vague", ["National Intelligence Service", "NIS", "South Korea", "Seoul"],
         "thousands of military construction workers have followed them", True),
        ("killed", NK, 2000, None, "up_to", ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"],
         "as many as 2,000 North Korean soldiers had been killed in the fighting", False),
    ],
}

NOT = {
    "000": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "KOSPI at 2,415.88",
            "20 more F-35A stealth fighters", "1,452.7 per dollar", "taken Nov. 28, 2024"],
    "002": ["aged 20 and 26", "580,000 won per don", "Boeing 747-400", "3 percent"],
    "003": ["as many as 12,000 soldiers", "155mm artillery shells", "flies 86 minutes",
            "some 900 glide bombs in a week", "five days before the US presidential election"],
    "004": ["152 mm shell", "103 drones overnight, 52 shot down", "Three killed in Russian strike on Kharkiv",
            "15th sanctions package", "$5 a month"],
    "005": ["around $20 billion", "June 2024"],
    "007": ["20 years old, the other 26", "small groups of three or four", "4512 views",
            "94 times over past day", "39 of 55 attack drones", "100-year partnership agreement"],
    "008": ["about 200 long-range artillery pieces", "KN-23", "as much as $20 billion", "Nikkei 225 38,256.17",
            "since the 1950s", "1tn yen"],
    "010": ["waves of 20 to 30 men", "61 of 96 drones", "another 34 lost to electronic jamming",
            "8 Ukrainian drones", "Comments (318)", "-10C"],
    "012": ["1,000 sappers to the Kursk Region", "5,000 military builders", "a thousand sappers",
            "five thousand military builders", "Article 4", "2,786.04 points", "140 countries"],
    "014": ["120 days", "Kim, 41", "3 MIN READ", "2 ballistic missiles"],
}

OFF = ["001", "006", "011", "013"]
DUP = {"009": "002"}

conflicts = {
    "must": [
        ["000-1", "004-1", "about 1,100 casualties (South Korea's JCS, Yonhap) against more than 3,000 killed and wounded (Zelensky), the same day, two articles"],
        ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS) within one article, the same day"],
        ["002-1", "007-1", "about 300 killed (NIS, Jan 13) against roughly a thousand killed (HUR's Yusov, Jan 16), three days apart"],
        ["007-1", "007-2", "roughly a thousand killed (Yusov) against about 300 killed (South Korean intelligence, cited by the host) in one interview"],
    ],
    "may": [
        ["000-1", "010-1", "1,100 casualties (Dec 23) against 3,800 (Jan 6): two weeks apart, a cumulative count"],
        ["004-2", "010-1", "1,100 casualties (Dec 23) against 3,800 (Jan 6): two weeks apart, a cumulative count"],
        ["000-1", "005-2", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025): months apart"],
        ["004-2", "005-2", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025): months apart"],
        ["010-1", "005-2", "3,800 casualties (Jan) against 4,700 (Apr): months apart"],
        ["002-1", "005-3", "about 300 killed (NIS, Jan) against some 600 (NIS, Apr): months apart, the same agency's later count"],
        ["007-2", "005-3", "about 300 killed (Jan) against some 600 (Apr): months apart"],
        ["007-1", "005-3", "roughly 1,000 killed (HUR, Jan) against some 600 (NIS, Apr): months apart"],
        ["003-1", "000-2", "8,000 in Kursk (Oct 31) against some 11,000 sent to Russia (Dec 23): seven weeks apart, Kursk is a part"],
        ["003-1", "004-3", "8,000 in Kursk (Oct 31) against 11,000-12,000 in Kursk (Dec 23): seven weeks apart"],
        ["003-2", "000-2", "about 10,000 in Russia (Oct 31) against some 11,000 (Dec 23): seven weeks apart"],
        ["003-2", "004-3", "about 10,000 in Russia (Oct 31) against 11,000-12,000 in Kursk (Dec 23): seven weeks apart"],
        ["003-1", "008-2", "8,000 in Kursk (Oct 31) against roughly 11,000 sent last autumn (Feb 27): months apart"],
        ["003-2", "008-2", "about 10,000 (Oct 31) against roughly 11,000 sent last autumn (Feb 27): months apart"],
        ["008-1", "000-2", "some 3,000 additional soldiers against 11,000: an additional force"],
        ["008-1", "004-3", "some 3,000 additional soldiers against 11,000-12,000: an additional force"],
        ["008-1", "008-2", "some 3,000 additional soldiers against the roughly 11,000 sent earlier: an additional force"],
        ["008-1", "003-1", "some 3,000 additional soldiers against 8,000: an additional force, months apart"],
        ["008-1", "003-2", "some 3,000 additional soldiers against 10,000: an additional force, months apart"],
        ["008-1", "005-1", "some 3,000 additional soldiers against about 15,000 in total: an additional force"],
        ["005-1", "000-2", "about 15,000 in total (Apr 2025, reinforcements included) against 11,000 (Dec 2024): months apart"],
        ["005-1", "004-3", "about 15,000 in total (Apr 2025) against 11,000-12,000 in Kursk (Dec 2024): months apart"],
        ["005-1", "008-2", "about 15,000 in total against the roughly 11,000 first sent: reinforcements included"],
        ["005-1", "003-1", "about 15,000 (Apr 2025) against 8,000 in Kursk (Oct 2024): months apart"],
        ["005-1", "003-2", "about 15,000 (Apr 2025) against about 10,000 (Oct 2024): months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
