#!/usr/bin/env python3
"""Gold labels for testdata/blind580 (written and labelled blind). Run: python3 gold.py > gold.json"""
import itertools, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind580: 15 articles written in our own words about the real story's known "
         "reporting on North Korean troops in Russia's Kursk region, labelled blind. Same schema as "
         "testdata/corpus/gold.json; see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]
LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
T, C, K, W, P = "troops", "casualties", "killed", "wounded", "captured"
NK, RU, UA = "north_korea", "russia", "ukraine"

A = {
    "000": [
        (T, NK, 1500, None, "about", NIS,
         "carried about 1,500 North Korean special forces from ports near Chongjin, Hamhung and Musudan to Vladivostok", False),
        (T, NK, 12000, None, "about", NIS,
         "Pyongyang has decided to send four brigades, around 12,000 troops in all", False),
    ],
    "001": [
        (T, NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are now in Russia's Kursk region", False),
        (T, NK, 8000, None, "about", ["Pentagon", "Pat Ryder", "United States", "U.S.", "Washington"],
         "Roughly 8,000 North Korean troops have reached the Kursk area", False),
        (T, NK, 12000, None, "up_to", NIS,
         "Pyongyang has committed up to 12,000 troops to Russia's war", False),
    ],
    "003": [
        (K, NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed in fighting in Russia's Kursk region", False),
        (W, NK, 1000, None, "about", LEE,
         "roughly 1,000 have been wounded", False),
        (C, NK, 1100, None, "about", LEE,
         "Casualties come to around 1,100 in total", False),
    ],
    "004": [
        (C, NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "more than 3,000 North Korean soldiers have already been killed or wounded in the Kursk region", False),
        (C, NK, 1100, None, "about", NIS,
         "which put North Korean killed and wounded at around 1,100", False),
        (K, NK, 24, 99, "vague", ["Special Operations Forces", "Ukraine's Special Operations Forces", "Ukraine"],
         "its units had killed dozens of North Korean soldiers over three days of fighting in the Kursk region", True),
        (C, RU, 1580, None, "exact", ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "Russia has lost 1,580 personnel over the past day", False),
        (C, RU, 774000, None, "about", ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "bringing its total losses since the start of the full-scale invasion to around 774,000", False),
    ],
    "005": [
        (K, NK, 300, None, "about", LEE + ["South Korea's intelligence agency"],
         "roughly 300 North Korean soldiers have died fighting for Russia against Ukraine", False),
        (W, NK, 2700, None, "about", LEE + ["South Korea's intelligence agency"],
         "about 2,700 others have been wounded", False),
        (C, NK, 3000, None, "about", LEE,
         "That adds up to some three thousand casualties", False),
        (T, NK, 11000, None, "about", LEE,
         "a force the agency believes numbers around 11,000", False),
        (P, NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "007": [
        (T, NK, 3000, None, "about", JCS,
         "North Korea dispatched about 3,000 additional troops to Russia in January and February", False),
        (T, NK, 11000, None, "about", JCS,
         "about 11,000 troops Pyongyang sent last year", False),
        (C, NK, 4000, None, "about", JCS,
         "roughly 4,000 North Korean soldiers have been killed or wounded", False),
    ],
    "008": [
        (T, NK, 15000, None, "about", LEE,
         "North Korea has sent around 15,000 soldiers to Russia in total", False),
        (C, NK, 4700, None, "about", LEE,
         "some 4,700 of them have been killed or wounded", False),
        (K, NK, 600, None, "about", LEE,
         "including about 600 dead", False),
        (T, NK, 2000, 9999, "vague", NIS,
         "several thousand soldiers remain stationed in the Kursk region", True),
        (C, UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia", "Russian general staff"],
         "Ukraine had lost more than 76,000 troops there since its incursion in August 2024", False),
    ],
    "009": [
        (T, NK, 10000, 12000, "range",
         ["Ukrainian, South Korean and American intelligence", "Ukraine", "South Korea", "United States",
          "Ukrainian intelligence", "South Korean intelligence", "American intelligence"],
         "Pyongyang sent between 10,000 and 12,000 soldiers to Russia", False),
        (T, NK, 2000, 9999, "vague", ["unattributed"],
         "Several thousand more followed early this year", True),
        (K, NK, 600, None, "about", NIS,
         "about 600 North Korean soldiers had been killed", False),
        (C, NK, 4700, None, "about", NIS,
         "total losses, counting the wounded, stood at around 4,700", False),
    ],
    "011": [
        (K, NK, 2000, None, "about", NIS + ["Park Sun-won", "lawmakers"],
         "about 2,000 North Korean soldiers have been killed since Pyongyang sent troops to help Russia fight Ukraine", False),
        (T, NK, 1000, None, "about", NIS,
         "About 1,000 North Korean combat engineers are already clearing mines in the Kursk region", False),
        (K, NK, 600, None, "about", NIS,
         "when the agency put the number of dead at about 600", False),
        (P, NK, 2, None, "exact", ["Ukraine", "unattributed"],
         "The two North Korean soldiers captured by Ukraine in January", False),
    ],
    "012": [
        (K, NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea", "state media"],
         "nine of its members were killed while carrying out the mission", False),
        (T, NK, 15000, None, "about", ["unattributed"],
         "North Korea has sent an estimated 15,000 troops to Russia since late 2024", False),
        (K, NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died in the fighting", False),
    ],
}

NOT = {
    "000": ["between Oct. 8 and 13", "Comments 48", "four Russian vessels", "AK-12 rifles",
            "3 injured as bus hits guardrail", "KOSPI ends at 2,593.67", "1,370 per dollar", "by 150 won"],
    "001": ["more than 13,000 containers of artillery shells", "152mm artillery ammunition",
            "a journey of roughly 9,000 kilometers", "can reach up to 300 kilometers", "2,000 robotic mules",
            "$1.7 billion deal", "50 aging tankers", "since August 2023"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "the 11th Corps",
            "Seoul to send 2 officials to Kyiv", "Won hits 15-year low at 1,451 per dollar",
            "minus 12 degrees", "delivered 5 days a week"],
    "004": ["almost three times the estimate", "52 of 81 Shahed-type attack and decoy drones",
            "Another 29 drones", "13 tanks and 31 artillery systems", "5 killed in Russian strike on Kharkiv",
            "extend martial law by 90 days", "from $5 a month", "since 1995", "6 updates"],
    "005": ["was born in 2005", "the other in 1999", "19:00 JST", "Video 2:41", "reaching 9 degrees",
            "24 hours a day"],
    "007": ["about 220 pieces of artillery", "170mm self-propelled guns", "240mm rocket launchers",
            "KN-23 and KN-24", "as much as 5.2%", "2,607.15", "Listen 3:24", "25% Auto Tariffs",
            "1,470 Per Dollar", "Dies at 63"],
    "008": ["Article 4 of the comprehensive strategic partnership treaty", "signed with Moscow in June 2024",
            "a 60-day race for the presidency", "Time to read 4 min"],
    "009": ["six thousand more people", "1,000 sappers", "5,000 military builders", "Korean War of 1950–1953",
            "bonuses of up to 3 million rubles", "150,000 evacuees", "6 min read", "donate from €5"],
    "011": ["around 5,000 construction troops", "more than three times the one given in April", "Aug. 21",
            "728 trillion won", "3 storms expected"],
    "012": ["about 120 days", "past 154 per dollar", "2 dead, 14 hurt as bus overturns"],
}

OFF = ["002", "006", "010", "014"]
DUP = {"013": "012"}

must = [
    ["001-1", "001-2", "11,000 North Korean troops in Kursk (Zelensky) against roughly 8,000 in Kursk (Pentagon), same article, same day"],
    ["003-3", "004-1", "about 1,100 casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
    ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's spy agency), in the same post"],
]

# Troop figures for the whole force that differ and are weeks or months apart, or count an
# additional force, a first batch, or a total against those in Kursk: defensible either way.
troops = [("000-1", 1500, None, "about"), ("000-2", 12000, None, "about"), ("001-1", 11000, None, "exact"),
          ("001-2", 8000, None, "about"), ("001-3", 12000, None, "up_to"), ("005-4", 11000, None, "about"),
          ("007-1", 3000, None, "about"), ("007-2", 11000, None, "about"), ("008-1", 15000, None, "about"),
          ("009-1", 10000, 12000, "range"), ("012-2", 15000, None, "about")]

def compatible(a, b):
    (_, va, ma, qa), (_, vb, mb, qb) = a, b
    if qa == "range" or qb == "range":
        r, o = (a, b) if qa == "range" else (b, a)
        return o[3] != "range" and r[1] <= o[1] <= r[2]
    if qa == "up_to":
        return vb <= va
    if qb == "up_to":
        return va <= vb
    return va == vb

may = []
mustset = {frozenset(p[:2]) for p in must}
for a, b in itertools.combinations(troops, 2):
    if a[0][:3] == b[0][:3] or compatible(a, b) or frozenset((a[0], b[0])) in mustset:
        continue
    may.append([a[0], b[0], "troop totals %s vs %s: different dates, scope (first batch, in Kursk, all sent, additional force) or months apart" % (a[1], b[1])])
may.append(["004-1", "005-3", "more than 3,000 casualties (Zelensky, Dec 23) against some three thousand (NIS, Jan 13): roughly the same, three weeks apart"])

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
