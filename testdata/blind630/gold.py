#!/usr/bin/env python3
"""Gold labels for testdata/blind630 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind630: fifteen articles written in our own words about the real story's "
         "known reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskiy", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "North Korea is sending about 12,000 troops, including elite special forces, to Russia", False),
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of some 1,500 special operations soldiers", False),
    ],
    "002": [
        ("troops", NK, 3000, None, "about", ["John Kirby", "White House", "United States"],
         "roughly 3,000 North Korean troops had been shipped to Russia's Far East in early and mid-October", False),
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Pentagon", "Defense Department", "United States"],
         "North Korea has sent around ten thousand soldiers total to train in eastern Russia", False),
        ("troops", NK, 12000, None, "exact", ["Seoul's spy agency", "National Intelligence Service", "NIS", "Seoul", "South Korea"],
         "Seoul's spy agency has said 12,000", False),
    ],
    "004": [
        ("troops", RU, 50000, None, "about", ZEL,
         "Russia has gathered around 50,000 troops in Kursk Oblast, including North Korean soldiers", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers were already in the region", False),
        ("troops", NK, 7000, None, "more_than", ["HUR", "military intelligence", "Ukraine's military intelligence agency", "Ukraine"],
         "more than 7,000 North Korean soldiers had been transferred to regions bordering Ukraine", False),
        ("troops", NK, 200, 900, "vague", ["Rustem Umerov", "Umerov", "Ukraine"],
         "hundreds of North Korean soldiers were already close to the front line", True),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
         "North Korean soldiers fighting for Russia in the Kursk region have suffered an estimated 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "around 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
         "the roughly 11,000 troops it sent this autumn", False),
    ],
    "007": [
        ("casualties", RU, 1430, None, "exact", ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "Russia lost 1,430 troops over the past 24 hours", False),
        ("casualties", RU, 782290, None, "exact", ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "bringing its total losses since the start of the full-scale invasion to 782,290", False),
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi"],
         "more than 3,000 North Korean soldiers had been killed or wounded in Kursk Oblast", False),
        ("killed", NK, 21, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "its fighters had killed 21 North Korean soldiers", False),
    ],
    "008": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
        ("troops", NK, 12000, None, "up_to", ["South Korea", "Ukraine", "Seoul", "Kyiv"],
         "North Korea sent up to 12,000 soldiers to fight for Russia", False),
    ],
    "009": [
        ("killed", NK, 200, 900, "vague", ["South Korea's intelligence service"] + NIS,
         "hundreds of North Korean soldiers have died fighting for Russia", True),
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded", False),
        ("killed", NK, 1000, None, "more_than", ["Ukrainian military intelligence", "military intelligence", "HUR", "Ukraine"],
         "well over 1,000 North Koreans have been killed since the start of December", False),
    ],
    "011": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea dispatched some three thousand more soldiers to Russia in January and February", False),
        ("troops", NK, 10000, 12000, "range", ["Western governments"],
         "a contingent that Western governments put at between 10,000 and 12,000", False),
    ],
    "013": [
        ("troops", NK, 11000, None, "about", ["Seoul", "Washington", "South Korea", "United States"],
         "some eleven thousand North Korean soldiers were sent to Russia last autumn", False),
        ("troops", NK, 3000, None, "about", ["Seoul", "Washington", "South Korea", "United States"],
         "about 3,000 reinforcements in January and February", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 dead", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "Ukraine had lost more than 76,000 troops in the region since August", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS + ["lawmakers"],
         "around 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("troops", NK, 14000, None, "about", ["unattributed"],
         "Pyongyang has sent some 14,000 soldiers to Russia since last October", False),
        ("troops", NK, 11000, None, "about", NIS,
         "about 11,000 of them are still stationed in the Kursk region", False),
        ("troops", NK, 1000, None, "about", NIS,
         "roughly 1,000 military engineers who arrived over the summer to clear mines", False),
    ],
}

NOT = {
    "000": ["the remaining 10,500 or so to be moved in stages before the end of the year", "11th Corps",
            "four other naval vessels", "estimated at about 200,000", "87 air force pilots",
            "between Oct. 8 and 13", "9.1 tln won", "1 mln copies", "KOSPI 2,593.91"],
    "002": ["roughly 500 kilometers southwest of Moscow", "more than $59 billion", "$425 million package",
            "155mm artillery rounds", "72 more F-15EX fighters", "Army picks 3 firms", "5-month sea trials"],
    "004": ["82 mm mortars", "about 1,300 square kilometers", "around 800 square kilometers",
            "record 145 drones"],
    "005": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "1,450 per dollar", "Dec. 16"],
    "007": ["12 tanks and 31 artillery systems", "78 missiles and 106 drones", "about 500,000 residents",
            "killing 38 of the 67 people on board", "Day 1,038", "12 moments that defined 2024",
            "1 million drones for 2025"],
    "008": ["born in 2005", "Oil jumps nearly 4%", "death toll rises to 11"],
    "009": ["about 1.28 million", "about 600,000", "more than seven decades", "death toll rises to 24"],
    "011": ["several thousand more soldiers to follow before summer", "more than 200 long-range artillery pieces",
            "about 690 km", "about 8.7 trillion yen ($58 billion)", "37,155.50", "core inflation hits 3.2%"],
    "013": ["212 partners", "N. Korea sends 3K more troops to Russia, Seoul says", "250,000 mourners"],
    "014": ["1,000 sappers", "5,000 military construction workers", "Kim, 41", "more than 1,500 residential buildings",
            "$2 a month", "USD/RUB 80.59"],
}

OFF = ["001", "003", "010", "012"]
DUP = {"006": "008"}

conflicts = {
    "must": [
        ["005-1", "007-3", "about 1,100 North Korean casualties (South Korea's JCS, Dec. 23) against more than 3,000 "
                           "killed or wounded (Zelensky, Dec. 23), reported three days apart"],
        ["009-2", "009-4", "about 300 North Koreans killed (NIS) against well over 1,000 killed (Ukrainian military "
                           "intelligence), same period, same article"],
    ],
    "may": [],
}

# Troop counts of North Korean soldiers: pairs given weeks or months apart while the force was still
# arriving, or one of them an additional force ("3,000 more", "reinforcements"), are defensible either
# way. Left out on purpose: a part against its whole in the same article (000-2 first batch of 000-1;
# 014-3 "of them" and 014-4 engineers against 014-2; 004-4 "hundreds near the front line"), and the
# update 002-1 -> 002-2 (about 3,000 a week earlier, now around ten thousand: the same count rising).
TROOPS = {
    "000-1": "about 12,000 being sent (NIS, Oct. 18 2024)",
    "000-2": "a first batch of some 1,500 (NIS, Oct. 18 2024)",
    "002-1": "roughly 3,000 shipped (Kirby, Oct. 23 2024)",
    "002-2": "around ten thousand (Pentagon, Oct. 28 2024)",
    "002-3": "12,000 (Seoul, cited Oct. 28 2024)",
    "004-2": "11,000 in Kursk (Zelensky, early Nov. 2024)",
    "004-3": "more than 7,000 (HUR, Nov. 1 2024)",
    "005-4": "roughly 11,000 (JCS, Dec. 2024)",
    "008-2": "up to 12,000 (Seoul and Kyiv, Jan. 2025)",
    "011-1": "an additional 3,000 (NIS, Feb. 2025)",
    "011-2": "10,000-12,000 originally (Western governments)",
    "013-1": "some eleven thousand last autumn (Seoul and Washington, Apr. 2025)",
    "013-2": "an additional 3,000 (Seoul and Washington, Apr. 2025)",
    "014-2": "some 14,000 in all (Sept. 2025)",
    "014-3": "about 11,000 still stationed (NIS, Sept. 2025)",
    "014-4": "roughly 1,000 engineers who arrived in summer 2025 (NIS)",
}
TROOP_MAY = [
    ("000-1", "002-1"), ("000-1", "002-2"), ("000-1", "004-2"), ("000-1", "005-4"), ("000-1", "013-1"),
    ("000-1", "014-2"), ("000-1", "014-3"), ("000-1", "011-1"), ("000-1", "013-2"), ("000-1", "014-4"),
    ("000-2", "002-1"), ("000-2", "002-2"), ("000-2", "002-3"), ("000-2", "004-2"), ("000-2", "004-3"),
    ("000-2", "005-4"), ("000-2", "011-1"), ("000-2", "013-2"), ("000-2", "011-2"), ("000-2", "013-1"),
    ("000-2", "014-2"), ("000-2", "014-3"), ("000-2", "014-4"),
    ("002-1", "002-3"), ("002-1", "004-2"), ("002-1", "004-3"), ("002-1", "005-4"), ("002-1", "011-2"),
    ("002-1", "013-1"), ("002-1", "014-2"), ("002-1", "014-3"), ("002-1", "014-4"),
    ("002-2", "002-3"), ("002-2", "004-2"), ("002-2", "005-4"), ("002-2", "011-1"), ("002-2", "013-2"),
    ("002-2", "013-1"), ("002-2", "014-2"), ("002-2", "014-3"), ("002-2", "014-4"),
    ("002-3", "004-2"), ("002-3", "005-4"), ("002-3", "013-1"), ("002-3", "014-2"), ("002-3", "014-3"),
    ("002-3", "011-1"), ("002-3", "013-2"), ("002-3", "014-4"),
    ("004-2", "011-1"), ("004-2", "013-2"), ("004-2", "014-2"), ("004-2", "014-4"),
    ("004-3", "011-1"), ("004-3", "013-2"), ("004-3", "014-4"),
    ("005-4", "011-1"), ("005-4", "013-2"), ("005-4", "014-2"), ("005-4", "014-4"),
    ("008-2", "011-1"), ("008-2", "013-2"), ("008-2", "014-2"),
    ("011-1", "011-2"), ("011-1", "013-1"), ("011-1", "014-2"), ("011-1", "014-3"), ("011-1", "014-4"),
    ("011-2", "013-2"), ("011-2", "014-2"), ("011-2", "014-4"),
    ("013-1", "013-2"), ("013-1", "014-2"), ("013-1", "014-4"),
    ("013-2", "014-2"), ("013-2", "014-3"), ("013-2", "014-4"),
]
for a, b in TROOP_MAY:
    conflicts["may"].append([a, b, "%s against %s: weeks or months apart, or an additional force" % (TROOPS[a], TROOPS[b])])

# Casualty, killed and wounded figures weeks or months apart (cumulative counts that rise), and a
# vague "hundreds" against a figure over 1,000. Left out on purpose: 007-4 (21 killed in one battle,
# a part) against any total; 007-1 (one day's Russian losses) against 007-2 (the running total).
conflicts["may"] += [
    ["005-1", "013-3", "about 1,100 casualties (JCS, Dec. 2024) against about 4,700 (NIS, Apr. 2025)"],
    ["005-3", "009-3", "around 1,000 wounded (NIS, Dec. 19) against some 2,700 wounded (NIS, Jan. 13)"],
    ["009-1", "009-4", "hundreds killed (NIS) against well over 1,000 killed (Ukraine): vague"],
    ["009-2", "013-4", "about 300 killed (NIS, Jan. 2025) against some 600 (NIS, Apr. 2025)"],
    ["009-4", "013-4", "well over 1,000 killed (Ukraine, Jan. 2025) against some 600 (NIS, Apr. 2025)"],
    ["009-2", "014-1", "about 300 killed (Jan. 2025) against around 2,000 (Sept. 2025)"],
    ["009-1", "014-1", "hundreds killed (Jan. 2025) against around 2,000 (Sept. 2025)"],
    ["013-4", "014-1", "some 600 killed (Apr. 2025) against around 2,000 (Sept. 2025)"],
]

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
