#!/usr/bin/env python3
"""Gold labels for testdata/blind500 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]

about = ("Gold labels for testdata/blind500: 15 articles written for crosscheck in our own words and "
         "labelled blind. Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

A = {
    # Ukrinform, 2024-11-12
    "000": [
        ("troops", "russia", 50000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Russia has gathered about 50,000 of its own troops in Kursk region", False),
        ("troops", NK, 11000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "the North Korean contingent there numbers some eleven thousand", False),
        # part of the whole: those moved up to the line of contact
        ("troops", NK, 3000, None, "about",
         ["Defense Intelligence", "HUR", "Andrii Yusov", "Yusov", "Ukraine"],
         "About 3,000 of the North Korean servicemen have been moved closer to the line of contact", False),
    ],
    # DW Q&A, 2025-01-14
    "002": [
        ("troops", NK, 10000, 12000, "range", ["Western governments", "Western", "South Korea"],
         "Estimates by Western governments and South Korea put the contingent at between 10,000 and 12,000 soldiers",
         False),
        ("casualties", NK, 3000, None, "about", NIS,
         "it counts around 3,000 casualties in total", False),
        ("killed", NK, 300, None, "about", NIS, "about 300 dead", False),
        ("wounded", NK, 2700, None, "about", NIS, "some 2,700 wounded", False),
        ("casualties", NK, 4000, None, "about",
         ["HUR", "Ukraine's military intelligence", "military intelligence", "Kyiv", "Ukraine"],
         "puts the number of North Koreans killed or wounded at around 4,000", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "SBU"],
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
    ],
    # Bloomberg, 2024-10-24
    "003": [
        ("troops", NK, 3000, None, "at_least",
         ["US", "United States", "Washington", "Lloyd Austin", "John Kirby", "Pentagon"],
         "putting the number at no fewer than 3,000", False),
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "some three thousand troops had already crossed into Russia", False),
        ("troops", NK, 11000, None, "up_to",
         ["Kyrylo Budanov", "Budanov", "military intelligence", "Ukraine"],
         "as many as 11,000 North Korean infantrymen were being trained at five sites in eastern Russia", False),
    ],
    # Guardian live blog, 2025-04-30
    "004": [
        ("troops", NK, 15000, None, "about", NIS + ["Lee Seong-kweun", "Yonhap"],
         "North Korea had sent about 15,000 soldiers to Russia in all", False),
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun", "Yonhap"],
         "some 4,700 have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun", "Yonhap"],
         "about 600 who died", False),
    ],
    # JoongAng Daily, 2024-12-19
    "007": [
        ("casualties", NK, 1100, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korean troops fighting for Russia have suffered roughly 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 of them killed", False),
        ("troops", NK, 11000, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 11,000 soldiers Pyongyang sent to Russia in October and November", False),
    ],
    # TASS, 2025-06-17: only planned figures (sappers and builders to be sent)
    "008": [],
    # NHK World, 2024-12-23
    "010": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine", "Oleksandr Syrskyi"],
         "more than 3,000 North Korean soldiers have been killed or wounded in Russia's western region of Kursk",
         False),
        ("casualties", NK, 200, 900, "vague",
         ["US Department of Defense", "Department of Defense", "Pentagon", "US", "United States"],
         "North Korean forces had suffered several hundred casualties", True),
    ],
    # Yonhap, 2025-02-27
    "011": [
        ("troops", NK, 3000, None, "about", NIS,
         "dispatched an additional 3,000 or so troops to Russia in January and February", False),
        # part of the reinforcements: those at the front
        ("troops", NK, 1000, None, "less_than", NIS,
         "fewer than 1,000 of the reinforcements are thought to have reached front-line positions so far", False),
        ("captured", NK, 2, None, "exact", NIS + ["Ukrainian forces", "Ukraine"],
         "one of the two North Korean soldiers captured by Ukrainian forces in January", False),
    ],
    # Korea Times, 2025-09-04
    "012": [
        ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won"],
         "Around 2,000 North Korean soldiers have died fighting in Russia's war against Ukraine", False),
        ("casualties", NK, 6000, None, "about",
         ["U.K. Ministry of Defence", "Ministry of Defence", "UK", "United Kingdom", "Britain", "London"],
         "put total North Korean casualties at some 6,000", False),
    ],
    # Defense News analysis, 2025-12-09
    "014": [
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "roughly 11,000 North Korean soldiers arrived in Russia's Kursk region", False),
        ("troops", NK, 12000, None, "up_to", ["U.S. officials", "US officials", "US", "United States"],
         "an initial contingent of up to 12,000 soldiers", False),
        ("wounded", NK, 2000, 9999, "vague", ["unattributed"],
         "Thousands of them were wounded in those first months", True),
        ("troops", NK, 11000, 12000, "range", ["Ukraine", "U.S.", "US", "South Korea"],
         "First contingent (Oct.-Dec. 2024) | 11,000-12,000", False),
        ("troops", NK, 3000, None, "about", ["South Korea's NIS", "NIS", "South Korea"],
         "Reinforcements (Jan.-Feb. 2025) | about 3,000", False),
        ("killed", NK, 2000, None, "about", ["South Korea's NIS", "NIS", "South Korea"],
         "Killed (to September 2025) | about 2,000", False),
        ("casualties", NK, 6000, None, "about", ["U.K. Ministry of Defence", "Ministry of Defence", "UK", "Britain"],
         "Killed and wounded (to August 2025) | about 6,000", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"],
         "Taken prisoner by Ukraine | 2", False),
    ],
}

NOT = {
    "000": ["about 1,300 square kilometers", "about 800 square kilometers",
            "injures 10, including two children", "August 6"],
    "002": ["one of the men is 20 years old", "since 2021", "the other is 26", "groups of 20 to 30",
            "Death toll rises to 24", "3.5% of GDP"],
    "003": ["about 10,000 by December", "more than 9,000 kilometers", "13.5 trillion rubles",
            "1,381.45 per dollar", "Shares Jump 12%"],
    "004": ["8-10 May", "a 30-day halt", "injured nine people", "108 drones", "about 955,000 troops",
            "1,240 over the past day", "killing two people and injuring 15", "Comments (287)"],
    "007": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "an estimated 100 short-range ballistic missiles", "1,450 per dollar"],
    "008": ["1,000 sappers", "5,000 military builders", "Article 4", "up to 165 troops", "12% more cargo"],
    "010": ["Watch video 1:38", "11°C / 3°C"],
    "011": ["about 200 long-range artillery guns", "paras 4-7", "2.75 pct"],
    "012": ["1,000 deminers and 5,000 military construction workers", "Kospi tops 3,200", "31st straight week"],
    "014": ["Deminers and builders pledged (June 2025) | 6,000", "about 40 kilometers", "as much as $20 billion",
            "66.3 trillion won", "Taiwan aims to recruit 2,000 drone operators", "since 2016", "6 a.m. ET"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"006": "011"}

MONTHS = "months apart; cumulative figures grew in between"
conflicts = {
    "must": [
        ["007-1", "010-1", "roughly 1,100 casualties (South Korea's NIS, Dec 19) against more than 3,000 killed and "
                           "wounded (Zelensky, Dec 23), four days apart"],
        ["002-2", "002-5", "around 3,000 casualties (NIS) against around 4,000 (Ukraine's HUR), same article, same day"],
    ],
    "may": [
        # troops
        ["003-2", "000-2", "some 3,000 had crossed (NIS, Oct 24) against 11,000 in Kursk (Zelensky, Nov 12): the deployment grew in between"],
        ["003-2", "007-3", "NIS 3,000 in October against NIS 11,000 in December: a later total, two months apart"],
        ["003-2", "002-1", "3,000 in October against 10,000-12,000 in January: " + MONTHS],
        ["003-2", "004-1", "3,000 in October 2024 against 15,000 in all in April 2025: " + MONTHS],
        ["003-2", "014-1", "first 3,000 in October 2024 against 11,000 recalled a year later"],
        ["003-2", "014-4", "first 3,000 in October 2024 against a first contingent of 11,000-12,000 recalled a year later"],
        ["003-3", "004-1", "up to 11,000 (Budanov, October 2024) against 15,000 in all including reinforcements (April 2025)"],
        ["000-2", "011-1", "11,000 against an additional 3,000"],
        ["000-2", "004-1", "11,000 in November 2024 against 15,000 in all in April 2025: " + MONTHS],
        ["000-2", "014-5", "11,000 against 3,000 reinforcements"],
        ["007-3", "011-1", "11,000 against an additional 3,000"],
        ["007-3", "004-1", "11,000 in December 2024 against 15,000 in all in April 2025: " + MONTHS],
        ["007-3", "014-5", "11,000 against 3,000 reinforcements"],
        ["002-1", "011-1", "10,000-12,000 against an additional 3,000"],
        ["002-1", "004-1", "10,000-12,000 in January against 15,000 in all in April: " + MONTHS],
        ["002-1", "014-5", "10,000-12,000 against 3,000 reinforcements"],
        ["011-1", "004-1", "an additional 3,000 against 15,000 in all"],
        ["011-1", "014-1", "an additional 3,000 against the first 11,000"],
        ["011-1", "014-4", "an additional 3,000 against a first contingent of 11,000-12,000"],
        ["004-1", "014-1", "15,000 in all against the first 11,000"],
        ["004-1", "014-2", "15,000 in all against an initial contingent of up to 12,000"],
        ["004-1", "014-4", "15,000 in all against a first contingent of 11,000-12,000"],
        ["004-1", "014-5", "15,000 in all against 3,000 reinforcements (a part)"],
        ["014-1", "014-5", "the first 11,000 against 3,000 reinforcements, same table"],
        ["014-4", "014-5", "first contingent 11,000-12,000 against 3,000 reinforcements, same table"],
        # casualties
        ["007-1", "010-2", "1,100 (NIS) against 'several hundred' (Pentagon, a few days earlier), vague"],
        ["007-1", "002-5", "1,100 (NIS, Dec 19) against 4,000 (HUR, Jan 14): cumulative figure, weeks apart"],
        ["007-1", "004-2", "1,100 in December against 4,700 in April: " + MONTHS],
        ["007-1", "012-2", "1,100 in December 2024 against 6,000 in August 2025: " + MONTHS],
        ["007-1", "014-7", "1,100 in December 2024 against 6,000 to August 2025: " + MONTHS],
        ["010-1", "010-2", "more than 3,000 (Zelensky) against 'several hundred' a week earlier (Pentagon), vague"],
        ["010-1", "002-2", "more than 3,000 (Dec 23) against around 3,000 (Jan 14): borderline bound"],
        ["010-2", "002-2", "'several hundred' in mid-December against 3,000 in January, vague"],
        ["010-2", "002-5", "'several hundred' in mid-December against 4,000 in January, vague"],
        ["010-2", "004-2", "'several hundred' against 4,700: " + MONTHS],
        ["010-2", "012-2", "'several hundred' against 6,000: " + MONTHS],
        ["010-2", "014-7", "'several hundred' against 6,000: " + MONTHS],
        ["002-2", "004-2", "NIS 3,000 in January against NIS 4,700 in April: " + MONTHS],
        ["002-5", "004-2", "4,000 in January against 4,700 in April: " + MONTHS],
        ["002-2", "012-2", "3,000 in January against 6,000 in August: " + MONTHS],
        ["002-5", "012-2", "4,000 in January against 6,000 in August: " + MONTHS],
        ["002-2", "014-7", "3,000 in January against 6,000 to August: " + MONTHS],
        ["002-5", "014-7", "4,000 in January against 6,000 to August: " + MONTHS],
        ["004-2", "012-2", "4,700 in April against 6,000 in August: " + MONTHS],
        ["004-2", "014-7", "4,700 in April against 6,000 to August: " + MONTHS],
        # killed
        ["002-3", "004-3", "NIS 300 dead in January against NIS 600 in April: " + MONTHS],
        ["002-3", "012-1", "300 dead in January against 2,000 in September: " + MONTHS],
        ["002-3", "014-6", "300 dead in January against 2,000 to September: " + MONTHS],
        ["004-3", "012-1", "600 dead in April against 2,000 in September: " + MONTHS],
        ["004-3", "014-6", "600 dead in April against 2,000 to September: " + MONTHS],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
