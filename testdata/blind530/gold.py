#!/usr/bin/env python3
"""Gold labels for testdata/blind530 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind530: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025), labelled blind. Same schema and rules "
         "as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Ukrainian President"]
US = ["Pentagon", "Sabrina Singh", "United States", "U.S.", "US", "Washington"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
         "Some three thousand North Korean soldiers have already been shipped to Russia", False),
        ("troops", "north_korea", 1500, None, "about", NIS + ["Park Sun-won"],
         "The first of them, about 1,500 men", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in the Kursk region", False),
        ("troops", "north_korea", 10000, None, "about", US,
         "some 10,000 North Korean soldiers had been sent to train in eastern Russia", False),
        ("troops", "north_korea", 8000, None, "about", US,
         "about 8,000 of them had since moved to Kursk Oblast", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers fighting for Russia have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "close to 1,000 others wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS + ["Lee Seong-kweun"],
         "the NIS estimates North Korea's losses at roughly 1,100 so far", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi"],
         "More than three thousand North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("troops", "north_korea", 11000, 12000, "range", ["unattributed"],
         "Pyongyang has sent an estimated 11,000-12,000 troops to Russia since October", False),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS + ["South Korea's intelligence agency", "lawmakers"],
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["South Korea's intelligence agency", "lawmakers"],
         "some 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "his forces had captured two North Korean soldiers", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "roughly 3,000 additional soldiers", False),
        ("troops", "north_korea", 200, 900, "vague", NIS,
         "several hundred of the newcomers are believed to be drone and artillery specialists", True),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Yonhap", "Lee Seong-kweun"],
         "about 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["Yonhap", "Lee Seong-kweun"],
         "roughly 600 of them have died", False),
        ("captured", "north_korea", 2, None, "exact", ["HUR", "Ukraine's military intelligence", "Ukraine"],
         "it is still holding the two North Korean soldiers captured in January", False),
    ],
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia", "Russian Defense Ministry"],
         "the Ukrainian army had lost over 76,000 servicemen in the Kursk Region", False),
    ],
    "013": [
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "North Korea", "North Korean state media", "Pyongyang"],
         "nine of its members had been killed in the process", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had lost their lives in the war", False),
        ("troops", "north_korea", 15000, None, "up_to", NIS,
         "up to 15,000 soldiers have been sent in all since the autumn of 2024", False),
        ("troops", "north_korea", 1000, None, "about", NIS,
         "roughly a thousand combat engineers who arrived over the summer to clear mines", False),
    ],
    "014": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["South Korea", "Seoul", "Ukraine", "Kyiv", "United States", "Washington", "intelligence services"],
         "between 10,000 and 12,000 North Korean soldiers had been sent to Russia", False),
        ("troops", "north_korea", 3000, None, "about", ["Seoul", "South Korea"],
         "A second wave of about 3,000 followed in early 2025", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "Around 2,000, according to South Korea's National Intelligence Service", False),
        ("wounded", "north_korea", 2000, 9999, "vague", NIS + ["unattributed"],
         "Thousands more have been wounded", True),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"],
         "Ukrainian forces took two North Korean soldiers prisoner in Kursk in January 2025", False),
    ],
}

NOT = {
    "000": ["about 10,000 troops in Russia by December", "155 mm artillery shells",
            "N. Korea to send 12K troops", "1,382.50 per dollar", "14 cars", "around two months"],
    "002": ["82 mm mortars", "about 1,300 square kilometers", "42 Russian attacks",
            "Over 15,000 members", "145 drones", "62 of 66 Russian drones"],
    "003": ["the 11th Corps", "Koksan 170 mm self-propelled guns", "240 mm multiple rocket launchers",
            "1,450 per dollar", "7 in 10 Koreans", "KOSPI 2,435.93"],
    "004": ["roughly two weeks", "about 10 km from the border", "Russia loses 1,580 troops in past day",
            "1,247 views"],
    "006": ["20 years old", "the other 26", "158 per dollar"],
    "007": ["about 220 pieces of 170mm self-propelled guns", "as much as $20 billion",
            "1,445.80 per dollar", "$130 Billion", "25% Tariffs"],
    "009": ["105 Ukrainian drones", "72-hour ceasefire", "30-day truce", "article 4"],
    "011": ["1,000 deminers", "5,000 military builders",
            "a thousand sappers and five thousand military construction workers",
            "more than 400 tanks", "more than 500 square kilometers", "68 Ukrainian UAVs"],
    "013": ["since the 1970s", "in 2026"],
    "014": ["1,000 deminers and 5,000 military construction workers", "up to $20 billion",
            "ninth congress", "Last 24 Hours", "Putin's 4 Demands"],
}

OFF = ["001", "005", "010", "012"]
DUP = {"008": "003"}

may = []
for a in ("002-1", "002-2", "002-3", "004-2"):
    may.append(["000-1", a, "3,000 already shipped (NIS, Oct 23 2024) against later totals while the deployment was still under way, two weeks to two months apart"])
may.append(["002-1", "002-2", "11,000 in Kursk (Zelensky) against some 10,000 sent to Russia in all (Pentagon), same day: 'some' may cover it"])
for a in ("002-2", "002-3"):
    may.append([a, "004-2", "Pentagon figure of Nov 5 against an unattributed 11,000-12,000 seven weeks later"])
for a in ("002-1", "002-2", "002-3", "004-2"):
    may.append([a, "007-1", "an additional 3,000 (Feb 2025) against the initial force"])
for a in ("000-1", "002-3", "007-1"):
    may.append([a, "014-1", "10,000-12,000 'in late 2024' reported in December 2025 against a figure given months earlier"])
for a in ("002-1", "002-2", "002-3", "004-2", "014-1"):
    may.append([a, "014-2", "a second wave of about 3,000 against the initial force"])

conflicts = {
    "must": [
        ["002-1", "002-3", "11,000 North Korean soldiers in Kursk (Zelensky) against about 8,000 moved to Kursk (Pentagon), same day, same article"],
        ["003-3", "004-1", "roughly 1,100 North Korean casualties (NIS, Dec 19 2024) against more than 3,000 killed and wounded (Zelensky, Dec 23 2024), four days apart"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
