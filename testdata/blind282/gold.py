#!/usr/bin/env python3
"""Gold labels for testdata/blind282 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind282: 15 articles written for crosscheck about the real story's known "
         "reporting (October 2024 - December 2025). See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul's spy agency", "Seoul", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
NIS_PARK = NIS + ["Park Sun-won"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "North Korea is sending some 12,000 soldiers, including elite special forces, to Russia", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "around 1,500 special operations troops", False),
    ],
    "002": [
        ("troops", "north_korea", 12000, None, "up_to", NIS,
         "Pyongyang was sending up to 12,000 soldiers in total", False),
        ("troops", "north_korea", 8000, None, "about",
         ["Matthew Miller", "US State Department", "State Department", "United States", "US", "Washington"],
         "about 8,000 North Korean soldiers were now in the Kursk region", False),
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers are already in the Kursk region", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea"],
         "have suffered about 1,100 casualties in fighting against Ukrainian forces", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi", "Oleksandr Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Kursk Oblast", False),
        ("troops", "north_korea", 10000, 12000, "range", ["unattributed"],
         "Pyongyang is believed to have sent between 10,000 and 12,000 soldiers to Russia", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", NIS_LEE,
         "North Korea's casualties in Russia's war against Ukraine have passed 3,000", False),
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "around 300 soldiers killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "roughly 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", ZEL + NIS,
         "his forces had captured two North Korean soldiers in Kursk", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", NIS_LEE,
         "North Korea has sent some three thousand more soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 11000, 12000, "range",
         ["U.S. and South Korean intelligence", "US", "United States", "South Korea", "Seoul"],
         "the estimated 11,000-12,000 troops that U.S. and South Korean intelligence say Pyongyang shipped to Russia last autumn", False),
    ],
    "008": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen in the Kursk area", False),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS_PARK,
         "About 4,700 North Korean troops have been killed or wounded fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS_PARK,
         "including roughly 600 who died", False),
        ("troops", "north_korea", 15000, None, "about", NIS_PARK,
         "has deployed about 15,000 soldiers to Russia in total since last autumn", False),
        ("casualties", "north_korea", 3000, None, "more_than", NIS_PARK,
         "when it put casualties above 3,000", False),
    ],
    "011": [
        ("troops", "north_korea", 3000, 9999, "vague", ["unattributed"],
         "Several thousand North Korean soldiers are believed to have fought in Kursk", True),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["lawmakers"],
         "roughly 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("troops", "north_korea", 1000, None, "about", NIS + ["lawmakers"],
         "about 1,000 North Korean deminers are now working in Kursk", False),
    ],
    "014": [
        ("troops", "north_korea", 11000, None, "about", NIS,
         "put by Seoul at some eleven thousand soldiers", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "some three thousand replacements", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["British defence intelligence", "British", "Britain", "UK", "United Kingdom", "Defence Intelligence"],
         "total North Korean casualties at more than 6,000", False),
        ("killed", "north_korea", 200, 999, "vague", ["state television", "North Korean state television", "North Korea", "Pyongyang"],
         "portraits of the dead numbering in the hundreds", True),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "2 - North Korean soldiers held as prisoners by Ukraine", False),
    ],
}

NOT = {
    "000": ["four brigades of the 11th Corps", "between Oct. 8 and 13", "three Ropucha-class landing ships",
            "more than three decades", "155 mm artillery shells", "9.1 tln won", "KOSPI 2,593.82",
            "USD/KRW 1,369.50"],
    "002": ["several hundred square kilometers", "60 mm mortars", "around $2,000", "about 1.1 million",
            "about 30,000 square kilometers", "about 90 kilometers", "August 6, 2024",
            "3 guided bombs, 2 dead", "a few soldiers had been hurt"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "1,450 per dollar", "for two more months"],
    "004": ["almost three times the one released by South Korea's military", "78 missiles, 106 drones",
            "Comments (14)", "after two months"],
    "005": ["born in 2005", "born in 1999", "since 2021", "flies 1,100 kilometers", "7 a.m."],
    "007": ["some 200 long-range artillery pieces", "Russia Loses 1,300 Troops in a Day"],
    "008": ["over 7,700 items of weapons and military equipment", "417 tanks", "Article 4",
            "June 19, 2024", "Over 11,500 servicemen to march in Victory Day parade"],
    "010": ["80th anniversary", "46.5%", "3.7% in April", "25 million users"],
    "011": ["1,000 deminers", "5,000 military builders", "about 10 rockets", "Watch video 1:52"],
    "013": ["a further 5,000 military builders", "more than three times the agency's previous estimate",
            "502 drones and 24 missiles", "430 drones and 21 missiles", "hundreds of drones", "Comments (312)",
            "I lost 40kg"],
    "014": ["Fourteen months on", "1,000 deminers and 5,000 military builders", "around 20 trillion won",
            "about $14 billion", "1,000 / 5,000", "families of 101 fallen soldiers"],
}

OFF = ["001", "006", "012"]
DUP = {"009": "004"}

ADD = "an additional contingent against a total or another contingent"
MONTHS = "months apart; the cumulative count kept rising"

conflicts = {
    "must": [
        ["002-2", "002-3", "about 8,000 North Korean troops in Kursk (US State Department) against 11,000 in Kursk (Zelenskyy), same day, same article"],
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed or wounded (Zelensky, Dec 23/25), reported three days apart"],
    ],
    "may": [
        # casualties
        ["003-1", "005-1", "1,100 (JCS, Dec 23) against more than 3,000 (NIS, Jan 13): three weeks apart, cumulative"],
        ["003-1", "010-1", "1,100 (Dec 2024) against about 4,700 (Apr 2025): " + MONTHS],
        ["003-1", "010-4", "1,100 (JCS, Dec) against NIS's January 'above 3,000' restated in April: " + MONTHS],
        ["003-1", "014-4", "1,100 (Dec 2024) against more than 6,000 (UK, recalled Dec 2025): " + MONTHS],
        ["010-1", "014-4", "about 4,700 (NIS, Apr) against more than 6,000 (UK, later): " + MONTHS],
        # killed
        ["005-2", "010-2", "about 300 killed (Jan) against about 600 (Apr), same agency: " + MONTHS],
        ["005-2", "013-1", "about 300 killed (Jan) against about 2,000 (Sep): " + MONTHS],
        ["005-2", "014-3", "about 300 killed (Jan) against about 2,000 (recalled Dec): " + MONTHS],
        ["010-2", "013-1", "about 600 killed (Apr) against about 2,000 (Sep): " + MONTHS],
        ["010-2", "014-3", "about 600 killed (Apr) against about 2,000 (recalled Dec): " + MONTHS],
        # troops: totals months apart
        ["000-1", "010-3", "about 12,000 (Oct 2024) against about 15,000 in total (Apr 2025, includes reinforcements)"],
        ["000-1", "014-1", "about 12,000 (Oct 2024) against some eleven thousand first contingent (recalled Dec 2025): months apart"],
        ["002-1", "010-3", "up to 12,000 (Nov 2024) against about 15,000 in total (Apr 2025, includes reinforcements)"],
        ["002-2", "004-2", "about 8,000 in Kursk (Nov 5) against 10,000-12,000 sent to Russia (Dec 26): seven weeks apart, Kursk against Russia"],
        ["002-2", "007-2", "about 8,000 in Kursk (Nov 2024) against 11,000-12,000 sent (Feb 2025): months apart"],
        ["002-2", "010-3", "about 8,000 in Kursk (Nov 2024) against about 15,000 in total (Apr 2025): months apart"],
        ["002-2", "014-1", "about 8,000 in Kursk (Nov 2024) against some eleven thousand (recalled Dec 2025): months apart"],
        ["002-3", "010-3", "11,000 (Nov 2024) against about 15,000 in total (Apr 2025): months apart"],
        ["004-2", "010-3", "10,000-12,000 (Dec 2024) against about 15,000 in total (Apr 2025): months apart"],
        ["007-2", "010-3", "11,000-12,000 last autumn (Feb) against about 15,000 in total (Apr), with reinforcements"],
        ["010-3", "014-1", "about 15,000 in total (Apr) against the first contingent of some eleven thousand (Dec)"],
    ],
}

# An additional contingent (3,000 reinforcements, 1,000 deminers) against any other troop figure
# of a different value: defensible either way.
_troops = ["000-1", "000-2", "002-1", "002-2", "002-3", "004-2", "007-1", "007-2", "010-3", "013-2", "014-1", "014-2"]
_val = {"000-1": 12000, "000-2": 1500, "002-1": 12000, "002-2": 8000, "002-3": 11000, "004-2": 10000,
        "007-1": 3000, "007-2": 11000, "010-3": 15000, "013-2": 1000, "014-1": 11000, "014-2": 3000}
_extra = {"007-1", "013-2", "014-2"}
_seen = {tuple(sorted(p[:2])) for p in conflicts["may"] + conflicts["must"]}
for i, a in enumerate(_troops):
    for b in _troops[i + 1:]:
        if (a in _extra or b in _extra) and _val[a] != _val[b] and (a, b) not in _seen:
            conflicts["may"].append([a, b, ADD])
            _seen.add((a, b))

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
