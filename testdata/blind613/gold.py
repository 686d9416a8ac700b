#!/usr/bin/env python3
"""Gold labels for blind613 (see ../corpus/README.md). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind613: fifteen articles written and labelled blind, in our own words, "
         "about the real story's known reporting. Same schema as testdata/corpus/gold.json; see its README.md.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "United States", "U.S."]
HUR = ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"]
SYR = ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"]

A = {
    "001": [
        ("troops", NK, 1500, None, "about", NIS + ["Seoul's spy agency"],
         "a first contingent of some 1,500 special operations soldiers has already arrived in the Russian Far East", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", BLINKEN,
         "there are roughly 10,000 soldiers from the DPRK in Russia", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 of them have been moved to Russia's Kursk Oblast", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are now in Russia's Kursk Oblast", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "Pyongyang sent up to 12,000 troops to Russia", False),
        ("casualties", RU, 20000, None, "more_than", SYR,
         "Russia has lost more than 20,000 troops killed and wounded in Kursk Oblast", False),
        ("captured", RU, 700, None, "more_than", SYR,
         "Ukrainian forces have taken over 700 Russian soldiers prisoner", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "Roughly 1,100 North Korean troops have been killed or wounded", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than three thousand North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "U.S. Department of Defense"],
         "North Korean troops had suffered several hundred casualties", True),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "some 2,700 injured", False),
        ("captured", NK, 2, None, "exact", NIS_LEE + ["Zelensky"],
         "Ukraine captured two North Korean soldiers in the Kursk region", False),
        ("troops", NK, 11000, 12000, "range", ["unattributed"],
         "The North is believed to have sent 11,000-12,000 soldiers to Russia last fall", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", NIS,
         "roughly 3,000 additional troops", False),
        ("troops", NK, 11000, None, "about", NIS,
         "about 11,000 soldiers that Pyongyang dispatched last autumn", False),
    ],
    "007": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen", False),
    ],
    "008": [
        ("killed", NK, 600, None, "about", NIS_LEE,
         "Some 600 North Korean soldiers have died fighting alongside Russian forces", False),
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "the North has suffered about 4,700 casualties", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "the roughly 15,000 troops it sent", False),
        ("killed", NK, 300, None, "about", NIS_LEE,
         "the number of dead at around 300", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "the number of wounded at roughly 2,700", False),
    ],
    "009": [
        ("troops", NK, 14000, None, "more_than", ["unattributed", "most estimates"],
         "by most estimates upward of 14,000 of them", False),
        ("casualties", NK, 2000, 9999, "vague", ["South Korea", "Ukraine", "South Korean and Ukrainian assessments"],
         "Several thousand of them were killed or wounded", True),
    ],
    "010": [
        ("killed", NK, 2000, None, "about", NIS + ["lawmakers"],
         "about 2,000 North Korean soldiers have been killed", False),
        ("troops", NK, 14000, 15000, "range", ["Seoul", "South Korea"],
         "Pyongyang sent between 14,000 and 15,000 soldiers in total", False),
        ("troops", NK, 11000, None, "about", HUR,
         "around 11,000 North Korean troops remain in the Kursk region", False),
    ],
}

NOT = {
    "001": ["a total of some 12,000 soldiers", "Four Russian navy amphibious ships and three escort vessels",
            "between Oct. 8 and 13", "readying some 10,000 soldiers for Russia's war", "1st solo album on Nov. 15",
            "up 7.5 pct in first 10 days of October", "top 1 million copies"],
    "002": ["the 28,500 American troops who serve on the peninsula", "more than seven decades", "October 31, 2024"],
    "003": ["around 1,300 square kilometers", "a range of about 300 kilometers",
            "50,000 Russian troops massing near Kursk", "$5 a month", "Aug. 6"],
    "004": ["€400m", "injured four other people", "a 68-year-old man", "42 Ukrainian drones",
            "17 of them over the Kursk region", "Comments (1,284)", "2.6 million expected on UK roads",
            "The 20 best albums of 2024"],
    "005": ["born in 2005", "The other, 26", "Jan. 9", "1,470 per dollar", "92 countries"],
    "006": ["more than 100 pieces of self-propelled artillery", "3rd launch this year",
            "2 N. Korean soldiers captured in Kursk", "$4.5 billion"],
    "007": ["over 7,000 units of weapons and military equipment", "more than 400 tanks", "2 more settlements",
            "115 Ukrainian drones", "June 19, 2024"],
    "008": ["some $20 billion", "3 min Reading time"],
    "009": ["1,000 deminers and 5,000 military construction workers", "more than one million barrels",
            "more than 20,000 containers of munitions", "10 years or more",
            "keep thousands of North Korean soldiers on Russian soil", "Page 8",
            "second trip to Pyongyang in two weeks"],
    "010": ["1,000 deminers and 5,000 military builders", "812 partners", "NATO's 32 allies", "45.8C",
            "19th sanctions package"],
}

OFF = ["000", "012", "013", "014"]
DUP = {"011": "003"}

conflicts = {
    "must": [
        ["002-2", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), days apart"],
        ["004-1", "004-2", "about 1,100 casualties (South Korea's JCS) against more than 3,000 (Zelensky), the same day, in one live blog"],
    ],
    "may": [],
}

def may(a, b, why):
    conflicts["may"].append([a, b, why])

# troops: Blinken's whole (10,000 in Russia) against Zelensky's 11,000 in Kursk days later
may("002-1", "003-1", "about 10,000 in Russia against 11,000 in Kursk four days later: different scope, close values")
# first contingent against totals given months later
for c in ["005-4", "006-1", "006-2", "008-3", "009-1", "010-2", "010-3"]:
    may("001-1", c, "a first contingent of 1,500 (Oct 2024) against a figure given months later")
# autumn 2024 totals against figures months later
for a in ["002-1", "002-2"]:
    for c in ["005-4", "006-1", "006-2", "008-3", "009-1", "010-2", "010-3"]:
        may(a, c, "an October 2024 figure against one given months later (or an additional force)")
for c in ["006-1", "008-3", "009-1", "010-2"]:
    may("003-1", c, "11,000 in Kursk (Nov 2024) against an additional force or a total months later")
for c in ["008-3", "009-1", "010-2"]:
    may("003-2", c, "up to 12,000 (Nov 2024) against a later total including reinforcements")
for c in ["006-1", "008-3", "009-1", "010-2"]:
    may("005-4", c, "11,000-12,000 (Jan 2025) against an additional force or a later total")
may("006-1", "006-2", "an additional 3,000 against the 11,000 sent earlier")
for c in ["008-3", "009-1", "010-2", "010-3"]:
    may("006-1", c, "an additional 3,000 against a total months later")
for c in ["008-3", "009-1", "010-2"]:
    may("006-2", c, "11,000 sent last autumn against a later total including reinforcements")
may("008-3", "010-3", "15,000 sent in all (Apr) against 11,000 still in Kursk (summer), months apart")
may("009-1", "010-3", "upward of 14,000 sent (Jun) against 11,000 still in Kursk (summer), months apart")
# casualties
may("004-1", "004-3", "about 1,100 (JCS) against several hundred (Pentagon, a week earlier)")
may("004-2", "004-3", "more than 3,000 (Zelensky) against several hundred (Pentagon, a week earlier)")
for a in ["004-1", "004-3"]:
    may(a, "008-2", "a December 2024 casualty figure against 4,700 in April 2025 (cumulative, months apart)")
    may(a, "009-2", "a December 2024 casualty figure against several thousand in June 2025")
# killed
may("005-1", "008-1", "about 300 dead (Jan) against about 600 (Apr): a cumulative figure months later")
for a in ["005-1", "008-1", "008-4"]:
    may(a, "010-1", "an earlier death toll against about 2,000 in September 2025 (cumulative, months apart)")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
