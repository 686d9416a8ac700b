#!/usr/bin/env python3
"""Gold labels for testdata/blind478 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind478: 15 articles about North Korean troops in Russia's Kursk region, "
         "written in our own words and labelled blind. Same schema as testdata/corpus/gold.json.")

NK = "north_korea"
HUR = ["Kyrylo Budanov", "Budanov", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
PENTAGON = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "US", "U.S."]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
NIS_LEE = ["Lee Seong-kweun"] + NIS
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Kyiv"]

A = {
    "000": [
        ("troops", NK, 11000, 12000, "range", HUR,
         "where 11,000-12,000 of them are now stationed", False),
        ("troops", NK, 500, None, "about", HUR,
         "The contingent includes roughly 500 officers", False),
        ("troops", NK, 10000, None, "about", PENTAGON,
         "about 10,000 North Korean soldiers had been sent to eastern Russia for training", False),
    ],
    "001": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered an estimated 1,100 casualties", False),
        ("troops", NK, 11000, None, "about", JCS,
         "Of the some 11,000 troops the North has dispatched to Russia", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "around 1,000 others wounded", False),
    ],
    "002": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers have already been killed or wounded in the Kursk region", False),
        ("troops", NK, 12000, None, "up_to", ["unattributed"],
         "Pyongyang sent up to 12,000 troops to Russia this autumn", False),
    ],
    "003": [
        ("captured", NK, 2, None, "exact", ZEL + ["National Intelligence Service", "NIS"],
         "Ukrainian troops had taken two North Korean servicemen prisoner in the Kursk region", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "raised its estimate of North Korean casualties to around 3,000", False),
        ("killed", NK, 300, None, "about", NIS_LEE,
         "about 300 were killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
        ("casualties", NK, 4000, None, "about",
         ["HUR", "Ukraine's military intelligence agency", "military intelligence", "Ukraine", "Kyiv"],
         "North Korean units had lost about 4,000 men killed and wounded", False),
    ],
    "004": [
        ("troops", NK, 3000, None, "about", NIS,
         "Some three thousand soldiers are believed to have arrived as reinforcements", False),
        ("wounded", NK, 200, 900, "vague", ["lawmaker", "National Intelligence Service", "NIS", "South Korea"],
         "Hundreds of wounded North Korean soldiers were flown home for treatment", True),
    ],
    "006": [
        ("casualties", NK, 4700, None, "about", NIS,
         "have suffered some 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "about 600 of them fatal", False),
    ],
    "007": [
        ("troops", NK, 15000, None, "about", NIS,
         "North Korea has sent roughly 15,000 soldiers to Russia since last autumn", False),
    ],
    "009": [
        ("killed", NK, 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "North Korean state media", "North Korea", "Pyongyang"],
         "nine members of the regiment had died while clearing mines", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers are believed to have been killed", False),
    ],
    "010": [
        ("troops", NK, 10000, 12000, "range", ["Ukraine", "South Korea", "United States", "US"],
         "between 10,000 and 12,000 troops", False),
        ("troops", NK, 15000, None, "about", ["Seoul", "South Korea", "NIS"],
         "Seoul now estimates the total at roughly fifteen thousand", False),
        ("killed", NK, 2000, None, "about", NIS,
         "some 2,000 had died", False),
        ("captured", NK, 2, None, "exact", ["Kyiv", "Ukraine"],
         "Kyiv says it holds two North Korean prisoners", False),
    ],
    "012": [
        ("troops", NK, 3000, None, "about", PENTAGON,
         "the DPRK sent approximately 3,000 soldiers to eastern Russia", False),
        ("troops", NK, 1500, None, "exact",
         ["South Korea's intelligence service", "National Intelligence Service", "NIS", "South Korea"],
         "1,500 North Korean special forces had already arrived in Russia", False),
    ],
}

NOT = {
    "000": ["join 18,000 members", "122 mm and 152 mm rounds", "dozens of KN-23 ballistic missiles",
            "numbers as high as 100,000", "a 245-kilometer border",
            "Russia has lost 700,000 soldiers since 2022", "Russian forces take 3 villages"],
    "001": ["KOSPI 2,442.01", "240-millimeter multiple rocket launchers", "170-mm self-propelled guns",
            "around 20,000 containers of munitions", "BTS' Jin tops iTunes charts in 90 countries",
            "N. Korean troops in Russia may top 12,000 by year-end",
            "N. Korean soldiers' deaths in Kursk top 100"],
    "002": ["about 780,140 personnel (+1,470 in the past day)", "3 412 views", "about 10 kilometers",
            "Russians shelled Sumy region 87 times"],
    "003": ["some 500 kilometers away", "born in 2005", "joined the army in 2021", "a 26-year-old rifleman",
            "3,000 police officers on standby", "Seoul -3°C"],
    "004": ["about 220 170-mm self-propelled guns and 240-mm multiple rocket launchers",
            "about three weeks", "Samsung Electronics shares rise 2.1%"],
    "006": ["Article 4 of the mutual defense treaty", "June 2024", "about six months",
            "Nikkei 225: 36,045.38", "3-way talks"],
    "007": ["1,000 deminers and 5,000 military construction workers", "some 1.2 million active personnel",
            "since 1953", "has risen to 28", "440 drones and 32 missiles", "C$2bn", "Comments (1,208)"],
    "009": ["a single soldier", "the partisans of the 1930s", "1,000 deminers and 5,000 military builders",
            "28 trillion won ($20 billion)", "rises to 60%", "sell out in 2 hours"],
    "010": ["aged 20 and 26", "1,000 deminers and 5,000 military builders", "1,400 km from the border"],
    "012": ["three Russian military training sites", "could reach 12,000 by December",
            "about 100 U.S. troops who will operate it"],
}

OFF = ["005", "008", "011", "013"]
DUP = {"014": "001"}

conflicts = {
    "must": [
        ["001-1", "002-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed or "
                           "wounded (Zelensky, reported Dec 26): same metric and period, three days apart"],
        ["003-2", "003-5", "around 3,000 casualties (NIS, Jan 13) against about 4,000 killed and wounded "
                           "(Ukraine's HUR, the week before), in the same article"],
    ],
    "may": [
        # troops: the contingent grew from October 2024 to mid-2025
        ["012-1", "012-2", "about 3,000 (Pentagon, Oct 23) against 1,500 (NIS, a week earlier): arrivals still under way"],
        ["012-1", "000-1", "3,000 in eastern Russia (Oct 23) against 11,000-12,000 in Kursk two weeks later"],
        ["012-1", "000-3", "3,000 (Oct 23) against 10,000 (Oct 28), both Pentagon: a later update"],
        ["012-2", "000-1", "1,500 (mid-October) against 11,000-12,000 (Nov 5)"],
        ["012-2", "000-3", "1,500 (mid-October) against 10,000 (Oct 28)"],
        ["012-1", "001-2", "3,000 (Oct) against 11,000 (Dec), two months apart"],
        ["012-2", "001-2", "1,500 (Oct) against 11,000 (Dec), two months apart"],
        ["012-2", "004-1", "1,500 (Oct 2024) against an additional 3,000 (Feb 2025)"],
        ["000-1", "000-3", "11,000-12,000 in Kursk (HUR, Nov 5) against 10,000 in eastern Russia (Pentagon, Oct 28)"],
        ["000-3", "001-2", "10,000 (Oct 28) against 11,000 (Dec 23), two months apart"],
        ["000-1", "004-1", "11,000-12,000 against an additional 3,000"],
        ["000-3", "004-1", "10,000 against an additional 3,000"],
        ["001-2", "004-1", "11,000 against an additional 3,000"],
        ["002-2", "004-1", "up to 12,000 against an additional 3,000"],
        ["004-1", "010-1", "an additional 3,000 against a first contingent of 10,000-12,000"],
        ["000-1", "007-1", "11,000-12,000 (Nov 2024) against 15,000 in total (Jun 2025)"],
        ["000-3", "007-1", "10,000 (Oct 2024) against 15,000 in total (Jun 2025)"],
        ["001-2", "007-1", "11,000 (Dec 2024) against 15,000 in total (Jun 2025)"],
        ["002-2", "007-1", "up to 12,000 (autumn 2024) against 15,000 in total (Jun 2025)"],
        ["004-1", "007-1", "an additional 3,000 against 15,000 in total, the reinforcements included"],
        ["012-1", "007-1", "3,000 (Oct 2024) against 15,000 (Jun 2025)"],
        ["012-2", "007-1", "1,500 (Oct 2024) against 15,000 (Jun 2025)"],
        ["000-1", "010-2", "11,000-12,000 (Nov 2024) against roughly 15,000 in total (Dec 2025)"],
        ["000-3", "010-2", "10,000 (Oct 2024) against roughly 15,000 in total (Dec 2025)"],
        ["001-2", "010-2", "11,000 (Dec 2024) against roughly 15,000 in total (Dec 2025)"],
        ["002-2", "010-2", "up to 12,000 (autumn 2024) against roughly 15,000 in total (Dec 2025)"],
        ["004-1", "010-2", "an additional 3,000 against roughly 15,000 in total"],
        ["012-1", "010-2", "3,000 (Oct 2024) against roughly 15,000 (Dec 2025)"],
        ["012-2", "010-2", "1,500 (Oct 2024) against roughly 15,000 (Dec 2025)"],
        ["010-1", "010-2", "first contingent 10,000-12,000 against a total of 15,000 with reinforcements, same article"],
        ["007-1", "010-1", "15,000 in total (Jun 2025) against a first contingent of 10,000-12,000 (late 2024)"],
        ["012-1", "010-1", "3,000 (Oct 23, 2024) against 10,000-12,000 (late 2024, reported Dec 2025)"],
        ["012-2", "010-1", "1,500 (mid-October 2024) against 10,000-12,000 (late 2024, reported Dec 2025)"],
        ["000-1", "010-1", "11,000-12,000 against 10,000-12,000: overlapping ranges"],
        # casualties: a cumulative figure that kept rising
        ["001-1", "003-2", "1,100 (Dec 23) against around 3,000 (Jan 13): three weeks apart, a rising total"],
        ["001-1", "003-5", "1,100 (Dec 23) against about 4,000 (HUR, early January)"],
        ["001-1", "006-1", "1,100 (Dec 2024) against 4,700 (Apr 2025): months apart, a rising total"],
        ["002-1", "003-2", "more than 3,000 (Dec) against around 3,000 (Jan): the bound is borderline"],
        ["003-2", "006-1", "around 3,000 (Jan) against 4,700 (Apr), both NIS: a later rise in a cumulative figure"],
        ["003-5", "006-1", "about 4,000 (HUR, Jan) against 4,700 (NIS, Apr): months apart"],
        # killed: the update that is not a conflict, and later estimates
        ["003-3", "006-2", "about 300 killed (Jan) against about 600 (Apr), both NIS: a later rise in a cumulative figure"],
        ["003-3", "009-2", "about 300 killed (Jan) against about 2,000 (Sep)"],
        ["003-3", "010-3", "about 300 killed (Jan) against some 2,000 (Sep, reported Dec)"],
        ["006-2", "009-2", "about 600 killed (Apr) against about 2,000 (Sep), both NIS: a rising total"],
        ["006-2", "010-3", "about 600 killed (Apr) against some 2,000 (Sep, reported Dec)"],
        # wounded
        ["001-4", "003-4", "around 1,000 wounded (Dec 19) against some 2,700 (Jan 13), both NIS: a rising total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
