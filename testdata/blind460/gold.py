#!/usr/bin/env python3
"""Gold labels for testdata/blind460. Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind460: fifteen articles written and labelled blind for crosscheck "
         "(see testdata/corpus/README.md for the meaning of every field).")

NK = "north_korea"
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "United States", "U.S.", "US"]
PENTAGON = ["Pentagon", "Defense Department", "United States", "U.S.", "US"]
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency",
       "Lee Seong-kweun", "lawmakers"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Some 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", PENTAGON,
         "approximately 10,000 North Korean troops had been sent to eastern Russia", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "more_than", NIS,
         "More than 10,000 North Korean soldiers have been dispatched to Russia since October", False),
        ("troops", NK, 11000, 12000, "range",
         ["HUR", "Ukraine's military intelligence", "Ukrainian military intelligence", "Ukraine"],
         "has put their number in the Kursk area at 11,000 to 12,000", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered about 1,100 casualties", False),
        ("troops", NK, 11000, None, "about", ["South Korea", "Seoul"],
         "North Korea has sent around 11,000 troops to Russia in total", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "around 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", ["John Kirby", "Kirby", "White House", "United States", "U.S."],
         "had suffered several hundred casualties", True),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("captured", NK, 1, None, "exact",
         ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
         "had captured one North Korean soldier", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS,
         "about 300 North Korean soldiers deployed to Russia have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "about 2,700 North Korean soldiers have also been wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers", False),
    ],
    "007": [
        ("troops", NK, 11000, None, "about", ["South Korea", "United States", "Ukraine", "U.S."],
         "Pyongyang sent roughly eleven thousand soldiers", False),
        ("troops", NK, 3000, None, "about", JCS,
         "another 3,000 or so had arrived in January and February", False),
        ("troops", NK, 2000, 9999, "vague", ["Russian military bloggers", "military bloggers"],
         "several thousand Koreans", True),
        ("killed", NK, 300, None, "about", NIS,
         "about 300 killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "2,700 wounded", False),
        ("killed", NK, 1000, None, "at_least", ["Western officials", "Western intelligence"],
         "North Korean dead number no fewer than 1,000", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Ukrainian forces", "SBU", "Security Service of Ukraine"],
         "Yes — two. Ukrainian forces captured them on January 9", False),
    ],
    "008": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the enemy's losses over the course of the Kursk operation exceeded 76,000 servicemen", False),
    ],
    "010": [
        ("troops", NK, 15000, None, "about", NIS,
         "Of the roughly 15,000 troops the North has dispatched to Russia", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "some 600 of them fatally", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "when the agency estimated the North's casualties at roughly 3,000", False),
    ],
    "011": [
        ("troops", NK, 10000, 12000, "range", ["U.S.", "United States", "South Korea", "Ukraine"],
         "Pyongyang sent between 10,000 and 12,000 soldiers to Russia in late 2024", False),
        ("killed", NK, 600, None, "about", NIS,
         "roughly 600 North Korean soldiers had died in the fighting", False),
    ],
    "013": [
        ("killed", NK, 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korea", "state media", "Kim Jong Un"],
         "Nine of the regiment's soldiers were killed during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "some two thousand North Korean soldiers had been killed in the fighting in Kursk", False),
    ],
}

NOT = {
    "000": ["more than 13,000 containers", "stayed aloft for 86 minutes", "86-minute test flight",
            "Dow drops 378 points", "February 2022"],
    "001": ["the elite 11th Corps", "in their early to mid 20s", "240-millimeter multiple rocket launchers",
            "seven short-range ballistic missiles", "NK shipped 13,000 containers of arms",
            "KOSPI closes at 2,417.08", "34th straight week"],
    "003": ["Koksan 170-millimeter self-propelled guns", "June 2024",
            "Germany: 5 killed, over 200 injured in Magdeburg Christmas market attack"],
    "004": ["78 missiles and 106 drones", "13th Time This Year", "Personnel: 782,210 (+1,380)",
            "Tanks: 9,611 (+12)"],
    "006": ["aged 20", "The other is 26", "3rd straight day", "Watch video 01:52"],
    "007": ["about three weeks", "Article 4", "32 percent of spending to defense",
            "first three months of fighting"],
    "008": ["more than 400 tanks", "several thousand units of other armoured and motor vehicles",
            "June 19, 2024", "Article 4", "Kiev loses over 85 servicemen in Kursk area in past day",
            "two settlements"],
    "010": ["a new 5,000-ton destroyer", "Kim unveils 5,000-ton destroyer", "KOSPI ends at 2,556.61",
            "close to a third of the force"],
    "011": ["1,000 sappers to clear mines", "5,000 military construction workers",
            "thousands of military builders and deminers", "as many as 30,000 more troops",
            "a roughly 245-kilometer border", "second trip to Pyongyang in two weeks"],
    "013": ["120 days clearing mines", "1,000 deminers and 5,000 military builders",
            "20-point peace framework", "465 drones and 30 missiles"],
}

OFF = ["002", "005", "009", "012"]
DUP = {"014": "000"}

# Claim ids, for readability below:
#  000-1 troops 8,000 in Kursk (Blinken, 31 Oct 2024)   000-2 troops ~10,000 in eastern Russia (Pentagon, late Oct)
#  001-1 troops >10,000 (NIS, 13 Nov)                    001-2 troops 11,000-12,000 in Kursk (HUR, Nov)
#  003-1 casualties ~1,100 (JCS, 23 Dec)                 003-2 troops ~11,000 (Seoul, 23 Dec)
#  003-3 killed >=100 (NIS, 19 Dec)  003-4 wounded ~1,000 (NIS, 19 Dec)  003-5 casualties "several hundred" (Kirby, optional)
#  004-1 casualties >3,000 (Zelensky, 23 Dec)            004-2 captured 1 (SSO, 26 Dec)
#  006-1 killed ~300 (NIS, 13 Jan 2025)  006-2 wounded ~2,700 (NIS)  006-3 captured 2 (Zelensky, 11 Jan)
#  007-1 troops ~11,000 (first wave)  007-2 another ~3,000 (JCS, reinforcements)  007-3 "several thousand" (bloggers, optional)
#  007-4 killed ~300 (NIS, Jan)  007-5 wounded ~2,700 (NIS, Jan)  007-6 killed >=1,000 (Western officials, Feb)  007-7 captured 2
#  008-1 Ukrainian casualties >76,000 (Gerasimov)
#  010-1 troops ~15,000 (NIS, 30 Apr)  010-2 casualties ~4,700  010-3 killed ~600  010-4 casualties ~3,000 (NIS's January figure)
#  011-1 troops 10,000-12,000 (late 2024)  011-2 killed ~600 (NIS, April)
#  013-1 killed 9 (KCNA, engineers only: a part)  013-2 killed ~2,000 (NIS, September 2025)
conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, 23 Dec 2024) against more than 3,000 killed "
                           "or wounded (Zelensky, the same evening), reported four days apart"],
        ["007-4", "007-6", "about 300 killed (South Korea's NIS) against no fewer than 1,000 killed (Western "
                           "officials), set side by side for the same winter fighting in one article"],
    ],
    "may": [
        # troops: a growing deployment, weeks or months apart, or a part (Kursk) against the whole (Russia)
        ["000-1", "001-1", "8,000 in Kursk (31 Oct) against more than 10,000 in Russia two weeks later"],
        ["000-1", "001-2", "8,000 in Kursk (US, 31 Oct) against 11,000-12,000 in Kursk (Ukraine, mid-November)"],
        ["000-1", "003-2", "8,000 in Kursk (Oct) against about 11,000 in Russia (Dec)"],
        ["000-1", "007-1", "8,000 (Oct) against roughly 11,000 in the first wave (March retrospective)"],
        ["000-1", "010-1", "8,000 (Oct 2024) against about 15,000 in total (Apr 2025)"],
        ["000-1", "011-1", "8,000 (Oct 2024) against 10,000-12,000 sent in late 2024"],
        ["000-2", "001-1", "approximately 10,000 against more than 10,000, two weeks apart"],
        ["000-2", "001-2", "about 10,000 in eastern Russia against 11,000-12,000 in Kursk"],
        ["000-2", "003-2", "about 10,000 (Oct) against about 11,000 (Dec)"],
        ["000-2", "007-1", "about 10,000 (Oct) against roughly 11,000"],
        ["000-2", "010-1", "about 10,000 (Oct 2024) against about 15,000 in total (Apr 2025)"],
        ["001-2", "010-1", "11,000-12,000 (Nov 2024) against about 15,000 in total (Apr 2025)"],
        ["003-2", "010-1", "about 11,000 (Dec 2024) against about 15,000 in total (Apr 2025)"],
        ["007-1", "010-1", "roughly 11,000 first wave against about 15,000 in total, seven weeks later"],
        ["010-1", "011-1", "about 15,000 in total (Apr 2025) against 10,000-12,000 sent in late 2024"],
        # an additional force against the totals
        ["007-2", "000-1", "an additional 3,000 against the first contingent"],
        ["007-2", "000-2", "an additional 3,000 against the first contingent"],
        ["007-2", "001-1", "an additional 3,000 against the first contingent"],
        ["007-2", "001-2", "an additional 3,000 against the first contingent"],
        ["007-2", "003-2", "an additional 3,000 against the first contingent"],
        ["007-2", "007-1", "an additional 3,000 against the first wave of about 11,000"],
        ["007-2", "010-1", "an additional 3,000 against about 15,000 in total"],
        ["007-2", "011-1", "an additional 3,000 against 10,000-12,000"],
        # vague optional figures
        ["007-3", "007-1", "bloggers' 'several thousand' against roughly 11,000"],
        ["007-3", "001-1", "vague 'several thousand' against more than 10,000, months apart"],
        ["007-3", "001-2", "vague 'several thousand' against 11,000-12,000, months apart"],
        ["007-3", "003-2", "vague 'several thousand' against about 11,000"],
        ["007-3", "000-2", "vague 'several thousand' against about 10,000"],
        ["007-3", "010-1", "vague 'several thousand' against about 15,000"],
        ["007-3", "011-1", "vague 'several thousand' against 10,000-12,000"],
        ["003-5", "003-1", "Kirby's 'several hundred' (a week earlier) against about 1,100"],
        ["003-5", "004-1", "Kirby's 'several hundred' against more than 3,000, a week apart"],
        ["003-5", "010-4", "Kirby's 'several hundred' (Dec) against roughly 3,000 (Jan)"],
        ["003-5", "010-2", "Kirby's 'several hundred' (Dec) against about 4,700 (Apr)"],
        # casualties: weeks or months apart
        ["003-1", "010-4", "about 1,100 (JCS, Dec) against roughly 3,000 (NIS, Jan): a rise three weeks later"],
        ["003-1", "010-2", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025)"],
        ["004-1", "010-4", "more than 3,000 (Zelensky, Dec) against roughly 3,000 (NIS, Jan)"],
        ["010-2", "010-4", "NIS's April total against its own January figure: a cumulative rise"],
        # killed: months apart
        ["006-1", "007-6", "about 300 (NIS, Jan) against at least 1,000 (Western officials, Feb)"],
        ["006-1", "010-3", "about 300 (Jan) against some 600 (Apr): a cumulative rise"],
        ["006-1", "011-2", "about 300 (Jan) against roughly 600 (Apr)"],
        ["006-1", "013-2", "about 300 (Jan 2025) against about 2,000 (Sep 2025)"],
        ["007-4", "010-3", "about 300 (Jan) against some 600 (Apr)"],
        ["007-4", "011-2", "about 300 (Jan) against roughly 600 (Apr)"],
        ["007-4", "013-2", "about 300 (Jan) against about 2,000 (Sep)"],
        ["007-6", "010-3", "at least 1,000 (Feb) against some 600 (Apr)"],
        ["007-6", "011-2", "at least 1,000 (Feb) against roughly 600 (Apr)"],
        ["010-3", "013-2", "some 600 (Apr) against about 2,000 (Sep)"],
        ["011-2", "013-2", "roughly 600 (Apr) against about 2,000 (Sep)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
