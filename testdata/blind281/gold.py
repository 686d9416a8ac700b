#!/usr/bin/env python3
"""Gold labels for blind281 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
PENTAGON = ["Pentagon", "United States", "US", "Washington"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS, "four brigades, or about 12,000 soldiers", False),
        ("troops", NK, 1500, None, "about", NIS,
         "some 1,500 special operations forces already moved to the Russian Far East", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "There are already eleven thousand North Korean soldiers in the Kursk region", False),
        ("troops", NK, 8000, None, "about", PENTAGON,
         "the Pentagon said about 8,000 North Korean soldiers had reached the Kursk area", False),
        ("troops", NK, 10000, None, "about", PENTAGON,
         "out of roughly 10,000 it believes were sent to Russia for training", False),
        ("troops", NK, 2000, 9999, "vague",
         ["military intelligence", "HUR", "Defence Intelligence", "Ukraine's military", "Ukraine"],
         "several thousand of the North Koreans have already moved up to positions near the front", True),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS_LEE + ["Seoul"],
         "with at least 100 killed in clashes with Ukrainian forces", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE, "The number of wounded has reached around 1,000", False),
        ("casualties", NK, 1100, None, "about", NIS_LEE, "the losses come to roughly 1,100", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "have lost more than 3,000 soldiers killed and wounded", False),
        ("casualties", NK, 30, None, "at_least",
         ["military intelligence", "HUR", "Defence Intelligence", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS_LEE, "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS_LEE + ["Zelenskyy", "Zelensky", "Ukraine"],
         "two North Korean soldiers were captured alive by Ukrainian forces", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE, "the North's losses now stand at some 3,000", False),
    ],
    "007": [
        ("troops", NK, 11000, 12000, "range",
         ["Seoul", "Kyiv", "Washington", "South Korea", "Ukraine", "United States"],
         "North Korea sent between 11,000 and 12,000 soldiers to Russia last autumn", False),
        ("killed", NK, 300, None, "about", NIS, "roughly 300 North Koreans had died", False),
        ("wounded", NK, 2700, None, "about", NIS, "2,700 had been wounded", False),
        ("killed", NK, 1000, None, "at_least", ["Western officials", "DW", "Western"],
         "put the number of dead far higher — at a minimum of 1,000 since December", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Kyiv"], "it had taken two soldiers alive", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS,
         "Some 3,000 fresh soldiers were sent in January and February", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia in the Kursk region", False),
        ("killed", NK, 600, None, "about", NIS, "roughly 600 of them fatally", False),
        ("troops", NK, 200, 900, "vague", ["Russian military bloggers", "military bloggers"],
         "several hundred North Korean soldiers joined the final push on the town of Sudzha in March", True),
    ],
    "011": [
        ("troops", NK, 11000, None, "about", NIS,
         "the estimated 11,000 combat troops that Pyongyang sent last autumn", False),
        ("troops", NK, 3000, None, "about", NIS,
         "some three thousand reinforcements that followed early this year", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS,
         "About 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("troops", NK, 15000, None, "up_to", ["unattributed"],
         "North Korea is believed to have sent as many as 15,000 soldiers to Russia since last fall", False),
    ],
}

NOT = {
    "000": ["Four Russian amphibious landing ships and three escort vessels", "between Oct. 8 and 13",
            "past 1 million copies", "Seoul shares close 0.8 pct lower", "Won falls to 1,370.5 per dollar",
            "on Oct. 16, 2024"],
    "002": ["Russia launched 96 attack drones", "62 had been shot down", "31 \"lost\" to electronic jamming",
            "Comments (1,248)", "US election 2024", "Updated 10.18 GMT"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "Seoul won ends at 1,451.9", "weakest since March 2009", "after 32 launches this year"],
    "004": ["Russia has lost 772,330 troops in Ukraine since Feb. 24, 2022", "Russian drone attack on Kyiv injures 4",
            "$500 million air defense package", "for just $5 a month", "Since 2014", "on Aug. 6"],
    "006": ["born in 2005", "born in 1999", "one soldier who was about to be captured",
            "Japan's Nikkei index falls 1.05% to close at 39,190"],
    "007": ["roughly 7,000 kilometers to the west", "in groups of 20 to 30", "170mm Koksan self-propelled guns",
            "240mm rocket launchers", "about two weeks", "Date 12.02.2025"],
    "008": ["Update 2/27/25, 8:05 a.m. ET", "some 200 long-range artillery pieces", "KN-23 ballistic missiles"],
    "010": ["on April 26", "for as little as $2", "signed last June"],
    "011": ["1,000 sappers to clear mines", "5,000 military construction workers", "the 6,000 personnel",
            "Jun.18,2025 16:20 KST", "took office on June 4", "second trip to the North in two weeks"],
    "013": ["thousands more military engineers and laborers", "the 80th anniversary of the end of World War II",
            "millions of rounds of ammunition"],
}

OFF = ["001", "005", "009", "012"]
DUP = {"014": "006"}

conflicts = {
    "must": [
        ["003-3", "004-1", "about 1,100 North Korean casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["002-1", "002-2", "11,000 North Korean soldiers in the Kursk region (Zelensky) against about 8,000 in the Kursk area (Pentagon, the week before), in one live blog"],
        ["007-2", "007-4", "about 300 North Koreans killed (NIS, mid-January) against at least 1,000 killed since December (Western officials), in one explainer"],
    ],
    "may": [
        # troops: 12,000 being sent (NIS, Oct 18) against the November figures
        ["000-1", "002-1", "about 12,000 being sent against 11,000 in Kursk, two and a half weeks apart"],
        ["000-1", "002-2", "about 12,000 being sent in all against about 8,000 reached Kursk (a part?)"],
        ["000-1", "002-3", "about 12,000 against roughly 10,000 sent to Russia, two and a half weeks apart"],
        ["000-1", "011-1", "about 12,000 (Oct 2024) against an estimated 11,000 (June 2025), months apart"],
        ["002-1", "002-3", "11,000 in Kursk against roughly 10,000 sent to Russia: within about 10%"],
        ["002-2", "007-1", "about 8,000 (Nov 2024) against 11,000-12,000 (Feb 2025), months apart"],
        ["002-2", "011-1", "about 8,000 (Nov 2024) against 11,000 (June 2025), months apart"],
        ["002-3", "007-1", "roughly 10,000 (Nov 2024) against 11,000-12,000 (Feb 2025), months apart"],
        ["002-3", "011-1", "roughly 10,000 (Nov 2024) against 11,000 (June 2025), months apart"],
        # troops: the additional ~3,000 reinforcements against the first contingent
        ["000-1", "008-1", "about 12,000 against some 3,000 additional soldiers"],
        ["000-1", "011-2", "about 12,000 against some three thousand reinforcements"],
        ["000-2", "008-1", "first 1,500 special forces against some 3,000 fresh soldiers: different contingents"],
        ["000-2", "011-2", "first 1,500 special forces against some three thousand reinforcements: different contingents"],
        ["002-1", "008-1", "11,000 against some 3,000 additional soldiers"],
        ["002-1", "011-2", "11,000 against some three thousand reinforcements"],
        ["002-2", "008-1", "about 8,000 against some 3,000 additional soldiers"],
        ["002-2", "011-2", "about 8,000 against some three thousand reinforcements"],
        ["002-3", "008-1", "roughly 10,000 against some 3,000 additional soldiers"],
        ["002-3", "011-2", "roughly 10,000 against some three thousand reinforcements"],
        ["007-1", "008-1", "11,000-12,000 against some 3,000 additional soldiers, two weeks later"],
        ["007-1", "011-2", "11,000-12,000 against some three thousand reinforcements"],
        ["008-1", "011-1", "some 3,000 additional soldiers against the 11,000 combat troops"],
        ["011-1", "011-2", "11,000 combat troops against some three thousand reinforcements, one sentence"],
        # casualties: the NIS's cumulative count rising
        ["003-3", "006-4", "about 1,100 (NIS, Dec 19) against some 3,000 (NIS, Jan 13): the same agency's count, weeks later"],
        ["003-3", "010-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["004-1", "006-4", "more than 3,000 (Zelensky) against some 3,000 (NIS), three weeks apart"],
        ["006-4", "010-1", "some 3,000 (NIS, Jan) against about 4,700 (NIS, Apr): a later rise in a cumulative figure"],
        # killed
        ["006-1", "007-4", "about 300 (NIS, Jan 13) against at least 1,000 (Western officials, Feb 12), a month apart"],
        ["006-1", "010-2", "about 300 (Jan) against roughly 600 (Apr): a later rise, months apart"],
        ["006-1", "013-1", "about 300 (Jan) against about 2,000 (Sept): a later rise, months apart"],
        ["007-2", "010-2", "about 300 (Jan figure) against roughly 600 (Apr), months apart"],
        ["007-2", "013-1", "about 300 (Jan figure) against about 2,000 (Sept), months apart"],
        ["007-4", "010-2", "at least 1,000 (Feb) against roughly 600 (Apr), months apart"],
        ["010-2", "013-1", "roughly 600 (Apr) against about 2,000 (Sept): a later rise, months apart"],
        # wounded
        ["003-2", "006-2", "around 1,000 (Dec 19) against 2,700 (Jan 13): the same agency's count, weeks later"],
        ["003-2", "007-3", "around 1,000 (Dec 2024) against 2,700 (the January figure, Feb 2025)"],
    ],
}

about = ("Gold labels for blind281: 15 articles written and labelled blind for crosscheck. "
         "See ../corpus/README.md for the meaning of every field and how a system's output is scored.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
