#!/usr/bin/env python3
"""Gold labels for testdata/blind672 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind672: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (Oct 2024 - Dec 2025). Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
HUR = ["HUR", "Defence Intelligence", "Defense Intelligence", "military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "North Korea has started shipping a force of some 12,000 soldiers", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "a first contingent of about 1,500 special operations troops", False),
    ],
    "001": [
        ("troops", "north_korea", 10000, None, "about",
         ["Lloyd Austin", "Austin", "Pentagon", "United States", "US"],
         "roughly 10,000 DPRK soldiers have been sent to eastern Russia", False),
        ("troops", "north_korea", 8000, None, "up_to",
         ["Antony Blinken", "Blinken", "State Department", "United States", "US"],
         "as many as 8,000 have been moved to the Kursk oblast", False),
    ],
    "003": [
        ("troops", "north_korea", 11000, None, "about",
         ["Kyrylo Budanov", "Budanov"] + HUR,
         "North Korean troops in Russia's Kursk region now number some eleven thousand", False),
        ("troops", "north_korea", 500, None, "at_least", HUR,
         "at least 500 officers were among the soldiers sent from North Korea", False),
    ],
    "004": [
        ("casualties", "north_korea", 3800, None, "more_than", ["Andrii Yusov", "Yusov"] + HUR,
         "have lost more than 3,800 people killed and wounded", False),
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "President Volodymyr Zelensky reported more than 3,000 North Korean soldiers killed or wounded", False),
    ],
    "005": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Our soldiers have captured two North Korean servicemen in the Kursk region", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["SBU"],
         "the two captured men were North Korean soldiers", False),
        ("killed", "north_korea", 200, 900, "vague", ["Ukraine's military", "Ukrainian military", "Ukraine"],
         "hundreds of North Koreans have been killed in assaults since December", True),
    ],
    "006": [
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "North Korean casualties in Russia's war against Ukraine have reached around 3,000", False),
        ("killed", "north_korea", 300, None, "about", NIS_LEE, "some 300 soldiers killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE, "2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS_LEE,
         "the capture of two North Korean soldiers by Ukrainian forces", False),
    ],
    "009": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "approximately 3,000 additional soldiers", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "the roughly 11,000 believed to have been deployed last autumn", False),
    ],
    "010": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "General Staff", "Russian General Staff", "Russia"],
         "the enemy lost more than 76,000 servicemen", False),
    ],
    "012": [
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "Pyongyang has dispatched about 15,000 soldiers in total", False),
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "put North Korean casualties at about 4,700", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE, "including around 600 deaths", False),
        ("casualties", "north_korea", 6000, None, "about", HUR,
         "roughly 6,000 North Koreans have been killed or wounded since the autumn", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine", "Kyiv"],
         "Ukraine still holds the two North Korean soldiers captured in January", False),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"],
         "acknowledging that nine of its soldiers died during the mission", False),
        ("troops", "north_korea", 200, 900, "vague", ["unattributed"],
         "believed to number several hundred troops", True),
        ("troops", "north_korea", 14000, 15000, "range", ["unattributed"],
         "North Korea has sent an estimated 14,000 to 15,000 troops to Russia", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
    ],
}

NOT = {
    "000": ["four brigades", "four Russian landing ships and three escort vessels", "the 11th Corps",
            "Active personnel: approx. 1.28 million", "Special operations forces: approx. 200,000",
            "Kospi ends down 0.4% at 2,593.46", "1.2 trillion won", "between Oct. 8 and Oct. 13"],
    "001": ["28,500 service members on the peninsula", "perhaps fewer than 10 officers",
            "the $425 million package", "155mm artillery rounds", "the 56th Security Consultative Meeting",
            "$1.9 billion contract", "10 new warships", "1,000-drone"],
    "003": ["152-mm howitzers", "roughly 90 kilometers from the Ukrainian border",
            "several thousand more could follow", "Russia Lost 1,230 Troops in a Day",
            "Three Killed in Russian Drone Attack on Zaporizhzhia", "2.2 Trillion Hryvnias",
            "Comments (214)", "USD/UAH 41.22"],
    "004": ["one interpreter for 30 or 40 soldiers", "up to two battalions of North Korean and Russian infantry",
            "47th Separate Mechanised Brigade", "13 killed, over 100 injured", "UAH 20 billion", "on 4-5 January"],
    "005": ["74 drones and four ballistic missiles", "shot down 47 of the drones", "another 27",
            "aged 20 and 26", "a further $500m", "Comments (1,342)", "100,000 federal workers",
            "death toll rises to 16"],
    "006": ["Kospi opens lower at 2,502.67", "up 6.6 pct", "paras 5-7"],
    "009": ["about 220 artillery pieces", "170-millimeter self-propelled guns",
            "240-millimeter multiple rocket launchers", "record 3.77 million", "38,256", "Watch video 1:42"],
    "010": ["over 400 tanks", "more than 300 infantry fighting vehicles", "over 1,000 field artillery pieces",
            "Article 4", "August 6, 2024", "115 Ukrainian drones", "1.5% in 2025", "June 19, 2024"],
    "012": ["aged 20 and 26", "an estimated $20 billion", "June 3", "4 min"],
    "014": ["1,000 deminers", "5,000 military construction workers", "120 days of work", "Kim, 41",
            "in 2026, maybe earlier"],
}

OFF = ["002", "007", "011", "013"]
DUP = {"008": "006"}

TROOPS_2024 = ["000-1", "001-1", "001-2", "003-1"]
may = [
    ["000-1", "001-1", "about 12,000 being shipped in all (NIS, Oct 18) against about 10,000 in eastern Russia so far (Pentagon, Oct 31)"],
    ["000-1", "001-2", "12,000 in all against up to 8,000 of them in Kursk: part of the force"],
    ["000-1", "003-1", "12,000 in all against some 11,000 in Kursk, three weeks apart"],
    ["001-1", "003-1", "about 10,000 in eastern Russia against some 11,000 in Kursk, five days apart: different scope"],
]
for c in ["000-1", "001-1", "001-2"]:
    may.append([c, "009-2", "autumn 2024 count against the JCS's look back from February 2025, months apart"])
for c in TROOPS_2024 + ["009-2", "012-1", "014-3"]:
    may.append(["009-1", c, "3,000 additional soldiers against a count of the earlier force"])
for c in TROOPS_2024 + ["009-2"]:
    may.append([c, "012-1", "earlier count against the April 2025 total after reinforcements, months apart"])
    may.append([c, "014-3", "earlier count against the December 2025 cumulative estimate, months apart"])
may += [
    ["004-2", "006-1", "more than 3,000 (Zelensky, Dec 23) against around 3,000 (NIS, Jan 13), three weeks apart"],
    ["006-1", "012-2", "NIS casualty estimate rising from about 3,000 (January) to about 4,700 (April): cumulative update"],
    ["006-1", "012-4", "about 3,000 in January against roughly 6,000 in April, months apart"],
    ["006-2", "012-3", "about 300 killed (January) against around 600 (April): cumulative, months apart"],
    ["006-2", "014-4", "about 300 killed (January) against about 2,000 (September): cumulative, months apart"],
    ["012-3", "014-4", "around 600 killed (April) against about 2,000 (September): cumulative, months apart"],
]

conflicts = {
    "must": [
        ["001-2", "003-1", "as many as 8,000 North Korean troops in Kursk (Blinken, Oct 31) against some eleven thousand in Kursk (Budanov, Nov 5), five days apart"],
        ["004-1", "006-1", "more than 3,800 casualties (HUR, Jan 8) against around 3,000 (NIS, Jan 13), five days apart"],
        ["012-2", "012-4", "about 4,700 casualties (NIS) against roughly 6,000 (HUR) in the same week, in one article"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
