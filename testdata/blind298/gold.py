#!/usr/bin/env python3
"""Gold labels for testdata/blind298 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
DOD = ["Sabrina Singh", "Pentagon", "Department of Defense", "United States", "US"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "Some three thousand North Korean soldiers have already been moved to Russia", False),
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 special operations troops", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", DOD,
         "approximately 10,000 North Korean soldiers have been sent to eastern Russia to train", False),
        ("troops", NK, 8000, None, "about", DOD,
         "roughly 8,000 are now in the Kursk Oblast", False),
        ("troops", NK, 11000, None, "about", ["Ukrainian officials", "Ukraine", "Kyiv"],
         "about 11,000 North Korean troops are already in Kursk", False),
    ],
    "002": [
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "around 1,000 wounded", False),
        ("casualties", NK, 1100, None, "about", NIS_LEE,
         "put the North's losses at roughly 1,100", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "US"],
         'the North Koreans had suffered "several hundred" casualties', True),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Preliminary figures put the North Korean losses – dead and wounded together – at more than 3,000", False),
        ("casualties", NK, 30, None, "at_least",
         ["Main Intelligence Directorate", "HUR", "Defence Ministry", "Ukraine"],
         "North Korean units had lost at least 30 soldiers killed and wounded in battles near the villages of Plekhovo, Vorozhba and Martynovka", False),
    ],
    "004": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "About 300 have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "the North's casualties now stand at around 3,000", False),
        ("captured", NK, 2, None, "exact", ZEL + ["NIS"],
         "his forces had captured two North Korean soldiers in the Kursk region", False),
        ("killed", NK, 1000, None, "more_than",
         ["Ukraine's special operations forces", "special operations forces", "Ukraine", "Kyiv"],
         "more than a thousand North Korean soldiers had been killed since early December", False),
    ],
    "005": [
        ("casualties", "russia", 1550, None, "exact", ["General Staff", "Ukraine"],
         "Russia had lost 1,550 troops in the past 24 hours", False),
        ("casualties", "russia", 702000, None, "about", ["General Staff", "Ukraine"],
         "bringing its total losses since the start of the full-scale invasion to about 702,000", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "eleven thousand North Korean soldiers were now in Russia's Kursk Oblast", False),
        ("troops", NK, 12000, None, "up_to", ["HUR", "military intelligence", "Ukraine"],
         "up to 12,000 North Korean servicemen were brought to Russia for training", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
         "Another 3,000 or so North Korean soldiers have arrived in Russia since January", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Russian Defense Ministry", "Defense Ministry", "Russia", "Gerasimov"],
         "the Ukrainian armed forces lost more than 76,000 servicemen during the fighting in the region", False),
    ],
    "011": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have died in the Kursk campaign", False),
        ("wounded", NK, 2000, 9999, "vague", ["unattributed"],
         "Thousands more are thought to have been wounded", True),
    ],
    "013": [
        ("killed", NK, 600, None, "about", NIS_LEE,
         "Around 600 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "the North's troops have suffered around 4,700 casualties", False),
        ("troops", NK, 10000, None, "more_than", ["Seoul", "Washington", "South Korea", "United States"],
         "Pyongyang sent more than 10,000 soldiers to Russia last year", False),
    ],
    "014": [
        ("troops", NK, 11000, 12000, "range", ["unattributed"],
         "Between 11,000 and 12,000 North Korean troops arrived in Russia in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", ["South Korea's military", "South Korea", "Joint Chiefs of Staff"],
         "A second wave of roughly 3,000 followed in January and February 2025", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea"],
         "Nine of its soldiers were killed during the mission", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "The two North Korean soldiers captured by Ukraine in January 2025 are still held in Kyiv", False),
    ],
}

NOT = {
    "000": ["a total of around 10,000 troops by December", "some are as young as 18",
            "more than 13,000 containers of artillery shells", "155 mm artillery shells",
            "between Oct. 8 and 13", "Why Pyongyang would trade 12,000 soldiers for Russian know-how",
            "Seoul apartment prices rise for 31st straight week",
            "Han Kang's Nobel win sends book sales past 1 million copies"],
    "001": ["56th Security Consultative Meeting", "$425 million security assistance package",
            "a range of around 300 kilometers", "$7.1 billion in remaining drawdown authority"],
    "002": ["which lasted about three hours", "about $2,000 a month", "voted on Dec. 14",
            "Won falls to 1,450 per dollar", "Hyundai Motor to invest 24.3 tril. won"],
    "003": ["Russia loses 1,520 soldiers and 11 tanks in a day", "over 14-15 December",
            "Three Ukrainian regions to face power outages on 24 December"],
    "004": ["born in 2005", "The other, 26", "served as a rifleman since 2021",
            "some 200 long-range artillery guns", "Ukraine marks 1,000 days of war", "Reading time 3 min"],
    "005": ["96 Shahed-type and decoy drones", "two Iskander-M ballistic missiles", "61 of the drones",
            "9 tanks, 31 artillery systems and 45 drones", "DKK 1.3 billion (about $190 million)",
            "$5 a month", "Share 124 | Comments 37"],
    "007": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "11 entities and 4 individuals",
            "KOSPI 2,641.09", "How 13,000 containers of shells moved from Rajin to the front",
            "$1.3bn Romania howitzer deal"],
    "009": ["send 1,000 sappers to clear mines in Russia's Kursk Region",
            "5,000 military builders to restore infrastructure", "over 7,700 units of weapons and military equipment",
            "June 19, 2024", "2.5 bln rubles in housing compensation"],
    "011": ["In a country of 26 million people", "Millions of readers in 180 countries",
            "UK inflation rises to 3.8%", "Seven in 10 voters back a four-day week"],
    "013": ["a 5,000-tonne destroyer"],
    "014": ["1,000 deminers and 5,000 military construction workers", "120 days of mine clearance",
            "500,000 barrels a year", "as much as $20 billion", "explained in 5 maps"],
}

OFF = ["006", "010", "012"]
DUP = {"008": "013"}

conflicts = {
    "must": [
        ["002-3", "003-1", "roughly 1,100 casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["001-2", "001-3", "roughly 8,000 in Kursk (Pentagon) against about 11,000 in Kursk (Ukrainian officials, put to the briefer), in one briefing"],
        ["001-2", "005-3", "roughly 8,000 in Kursk (Pentagon, Nov 4) against eleven thousand in Kursk (Zelensky's address the same evening)"],
        ["004-1", "004-5", "about 300 killed (NIS) against more than a thousand killed since early December (Ukraine's special operations forces), in one article"],
    ],
    "may": [
        # troops: the autumn 2024 build-up, days apart
        ["000-1", "001-1", "some 3,000 sent (Oct 23) against about 10,000 (Nov 4): a build-up twelve days later"],
        ["000-1", "001-2", "some 3,000 in Russia (Oct 23) against 8,000 in Kursk (Nov 4): a build-up"],
        ["000-1", "001-3", "some 3,000 (Oct 23) against about 11,000 (Nov 4): a build-up"],
        ["000-1", "005-3", "some 3,000 (Oct 23) against 11,000 (Nov 4-5): a build-up"],
        ["001-1", "001-3", "about 10,000 in Russia against about 11,000 in Kursk: close, different scopes"],
        ["001-1", "005-3", "about 10,000 in Russia against 11,000 in Kursk: close, different scopes"],
        # troops: months apart or an additional force
        ["000-1", "013-3", "some 3,000 (Oct 2024) against more than 10,000 (Apr 2025), months apart"],
        ["000-1", "014-1", "some 3,000 (Oct 2024) against 11,000-12,000 (Dec 2025), months apart"],
        ["001-2", "013-3", "8,000 in Kursk (Nov 2024) against more than 10,000 sent (Apr 2025), months apart"],
        ["001-1", "014-1", "about 10,000 (Nov 2024) against 11,000-12,000 (Dec 2025), months apart"],
        ["001-2", "014-1", "8,000 in Kursk (Nov 2024) against 11,000-12,000 (Dec 2025), months apart"],
        ["001-1", "007-1", "about 10,000 against an additional 3,000"],
        ["001-2", "007-1", "8,000 against an additional 3,000"],
        ["001-3", "007-1", "11,000 against an additional 3,000"],
        ["005-3", "007-1", "11,000 against an additional 3,000"],
        ["007-1", "013-3", "an additional 3,000 against more than 10,000 sent last year"],
        ["007-1", "014-1", "an additional 3,000 against the first 11,000-12,000"],
        ["001-1", "014-2", "about 10,000 against a second wave of 3,000"],
        ["001-2", "014-2", "8,000 against a second wave of 3,000"],
        ["001-3", "014-2", "11,000 against a second wave of 3,000"],
        ["005-3", "014-2", "11,000 against a second wave of 3,000"],
        ["013-3", "014-2", "more than 10,000 against a second wave of 3,000"],
        ["014-1", "014-2", "11,000-12,000 in autumn 2024 against a second wave of 3,000"],
        # casualties
        ["002-3", "002-4", "roughly 1,100 (NIS) against 'several hundred' (Pentagon, days earlier)"],
        ["002-4", "003-1", "'several hundred' (Pentagon) against more than 3,000 (Zelensky), a week apart"],
        ["002-4", "004-3", "'several hundred' (Dec) against around 3,000 (Jan)"],
        ["002-4", "013-2", "'several hundred' (Dec) against around 4,700 (Apr), months apart"],
        ["002-3", "013-2", "1,100 (Dec) against 4,700 (Apr), months apart, a cumulative count"],
        ["004-3", "013-2", "around 3,000 (Jan) against 4,700 (Apr), months apart, a cumulative count"],
        # killed
        ["004-1", "013-1", "about 300 (Jan) against about 600 (Apr), months apart, NIS's cumulative count"],
        ["004-5", "013-1", "more than a thousand (Ukraine, Jan) against about 600 (NIS, Apr), months apart"],
        ["004-1", "011-1", "about 300 (Jan) against about 2,000 (Sep), months apart"],
        ["004-1", "014-3", "about 300 (Jan) against about 2,000 (Sep estimate, Dec article), months apart"],
        ["013-1", "011-1", "about 600 (Apr) against about 2,000 (Sep), months apart, NIS's cumulative count"],
        ["013-1", "014-3", "about 600 (Apr) against about 2,000 (Dec article), months apart"],
        # wounded
        ["002-2", "011-2", "around 1,000 (Dec 2024) against 'thousands' (Sep 2025), months apart"],
    ],
}

about = ("Gold labels for testdata/blind298: fifteen articles written and labelled blind "
         "(see README.md here and testdata/corpus/README.md for the meaning of every field).")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
