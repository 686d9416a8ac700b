#!/usr/bin/env python3
"""Labels for blind559 (written blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind559/articles, written blind (without reading the extractor, "
         "earlier sets or crosscheck output). Same schema and rules as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md.")

NK = "north_korea"
NIS_LEE = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul", "Lee Seong-kweun"]
NIS_PARK = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul", "Park Sun-won"]
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS, "a total of some 12,000 soldiers", False),
        ("troops", NK, 1500, None, "about", NIS, "A first contingent of about 1,500 special operations troops", False),
    ],
    "001": [
        ("troops", NK, 2000, 9999, "vague", ["U.S. and Ukrainian officials", "United States", "Ukraine"],
         "Thousands of North Korean soldiers have reached Russia's Kursk border region", True),
        ("troops", NK, 8000, None, "about", ["State Department", "Matthew Miller", "United States", "US", "Washington"],
         "about 8,000 North Korean soldiers had been moved into the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean troops in the Kursk region", False),
        ("troops", NK, 10000, None, "about", ["Pentagon", "Defense Department", "Sabrina Singh", "United States", "US"],
         "Pyongyang had sent some 10,000 soldiers to train in eastern Russia", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered around 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "around 1,000 more had been wounded", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "put the North's losses at roughly 1,100 killed and wounded", False),
        ("killed", NK, 50, None, "at_least", ["Special Operations Forces", "SSO", "Ukraine"],
         "its units had killed at least 50 North Korean soldiers", False),
        ("troops", NK, 11000, None, "about", ["Ukrainian, South Korean and U.S. intelligence", "intelligence", "Ukraine", "South Korea", "United States"],
         "Pyongyang sent an estimated 11,000 troops to Russia this autumn", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "roughly 2,700 wounded while fighting for Russia against Ukraine", False),
        ("troops", NK, 11000, None, "about", NIS_LEE,
         "the North Korean contingent, estimated at some 11,000, joined combat in the Kursk region", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Our soldiers have captured two North Korean soldiers in the Kursk region", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", NIS_LEE,
         "The reinforcements, estimated at some three thousand soldiers", False),
        ("troops", NK, 2000, 9999, "vague", NIS,
         "several thousand remained in the region", True),
        ("casualties", "russia", 1290, None, "exact", ["General Staff", "Ukraine's general staff", "Ukraine", "Kyiv"],
         "Russian forces lost 1,290 troops over the past day", False),
        ("casualties", "russia", 866000, None, "about", ["General Staff", "Ukraine's general staff", "Ukraine", "Kyiv"],
         "bringing their total losses since February 2022 to about 866,000", False),
    ],
    "008": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the losses of the Ukrainian armed forces during the Kursk adventure exceeded 76,000 servicemen", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS_PARK,
         "Some 4,700 North Korean troops have been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS_PARK,
         "including around 600 deaths", False),
        ("killed", NK, 300, None, "about", NIS,
         "the agency's January estimate of about 300 dead", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "about 300 dead and 2,700 wounded", False),
        ("troops", NK, 15000, None, "about", NIS_PARK,
         "In total, Pyongyang has dispatched some 15,000 troops", False),
        ("troops", NK, 3000, None, "about", NIS_PARK,
         "including about 3,000 reinforcements sent early this year", False),
    ],
    "011": [
        ("troops", NK, 15000, None, "about", ["unattributed"],
         "North Korea is believed to have sent roughly fifteen thousand troops to Russia since last autumn", False),
        ("casualties", NK, 2000, 9999, "vague", ["South Korean officials", "South Korea"],
         "its losses have run into the thousands", True),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range", ["Ukraine", "South Korea", "US", "United States"],
         "between 10,000 and 12,000 soldiers had gone in the first wave", False),
        ("troops", NK, 3000, None, "about", ["Seoul", "South Korea"],
         "A further 3,000 or so followed early in 2025 as replacements", False),
        ("troops", NK, 10000, None, "about", NIS,
         "Around 10,000 North Korean soldiers are still posted in Russian border areas", False),
        ("killed", NK, 2000, None, "about", NIS,
         "About 2,000 North Korean soldiers have died", False),
        ("casualties", NK, 6000, None, "about", ["Ministry of Defence", "Britain", "UK", "United Kingdom", "Defence Intelligence"],
         "put total casualties, killed and wounded together, at around 6,000", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"],
         "The two soldiers Ukraine captured in January 2025", False),
    ],
}

NOT = {
    "000": ["four brigades", "three escort vessels", "between Oct. 8 and 13", "KOSPI closes at 2,593.62",
            "past 1 million copies", "150 won", "2,000-drone light show"],
    "001": ["about 1,300 square kilometers (500 square miles)", "Aug. 6", "35 drones", "22 of them were shot down",
            "More than 82 million Americans voted early"],
    "003": ["170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
            "N. Korean troops lost 'hundreds' in first Kursk battles, Kyiv says", "1,450 per dollar", "7 a.m."],
    "004": ["nearly three times the estimate", "more than 70 missiles, 100 drones", "More than 20,000 members",
            "damages 12 apartment buildings", "26% of GDP"],
    "006": ["20 years old and the other 26", "all 179 victims", "1,470 range", "6.5 tril. won"],
    "007": ["177 drones", "110 were shot down", "$500 billion", "152mm howitzer"],
    "008": ["Article 4", "June 2024", "more than 7,700 pieces of weapons and military equipment", "over 400 tanks",
            "restore 1,200 damaged homes", "USD 82.35"],
    "009": ["around 200 long-range artillery pieces", "The 41-year-old leader", "shrinks 0.2%", "89.8% of vote",
            "25 million users"],
    "011": ["North Korea will send thousands of military personnel", "1,000 sappers",
            "5,000 military construction workers", "second visit to the country in two weeks",
            "B-52 bomber", "4,000 yen per 5 kilograms"],
    "014": ["as much as $20bn", "Two North Korean prisoners in Ukraine", "Kim Jong Un, 41",
            "more than three times its figure from the spring"],
}

OFF = ["002", "005", "010", "012"]
DUP = {"013": "006"}

conflicts = {
    "must": [
        ["001-2", "001-3", "about 8,000 North Korean troops in Kursk (US State Department) against 11,000 in Kursk (Zelenskyy), same article, same days"],
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed or wounded (Zelensky, Dec 23), articles three days apart"],
        ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against roughly 1,100 (South Korea's JCS), same day, same article"],
    ],
    "may": [
        ["000-1", "001-4", "some 12,000 being sent (NIS, Oct 18) against some 10,000 sent so far (Pentagon, late Oct)"],
        ["001-3", "001-4", "11,000 in Kursk (Zelenskyy) against some 10,000 in eastern Russia in all (Pentagon), a week apart"],
        ["000-1", "004-4", "12,000 (NIS, October) against an estimated 11,000 (intelligence, December), two months apart"],
        ["001-2", "004-4", "8,000 in Kursk (November) against 11,000 sent to Russia (December), seven weeks apart"],
        ["001-4", "004-4", "10,000 (Pentagon, October) against 11,000 (December)"],
        ["001-2", "006-3", "8,000 in Kursk (November) against some 11,000 (NIS, January), two months apart"],
        ["001-4", "006-3", "10,000 (Pentagon, October) against some 11,000 (NIS, January)"],
        ["004-4", "007-1", "11,000 sent against some 3,000 additional reinforcements"],
        ["001-2", "007-1", "8,000 in Kursk (Nov 2024) against some 3,000 additional reinforcements (Feb 2025)"],
        ["001-3", "007-1", "11,000 in Kursk (Nov 2024) against some 3,000 additional reinforcements (Feb 2025)"],
        ["001-4", "007-1", "10,000 (Oct 2024) against some 3,000 additional reinforcements (Feb 2025)"],
        ["004-4", "014-2", "11,000 (Dec 2024) against a further 3,000 or so replacements"],
        ["006-3", "014-2", "11,000 (Jan 2025) against a further 3,000 or so replacements"],
        ["009-5", "014-2", "15,000 in total against a further 3,000 or so replacements"],
        ["011-1", "014-2", "roughly 15,000 in total against a further 3,000 or so replacements"],
        ["011-1", "009-6", "roughly 15,000 in total against about 3,000 reinforcements"],
        ["006-3", "007-1", "11,000 contingent against some 3,000 additional reinforcements"],
        ["001-2", "009-5", "8,000 in Kursk (Nov 2024) against 15,000 in total (Apr 2025), months apart, reinforcements since"],
        ["001-3", "009-5", "11,000 (Nov 2024) against 15,000 in total (Apr 2025), months apart"],
        ["001-4", "009-5", "10,000 (Oct 2024) against 15,000 in total (Apr 2025), months apart"],
        ["004-4", "009-5", "11,000 (Dec 2024) against 15,000 in total (Apr 2025), months apart"],
        ["000-1", "011-1", "12,000 (Oct 2024) against roughly 15,000 (Jun 2025), months apart"],
        ["001-2", "011-1", "8,000 (Nov 2024) against roughly 15,000 (Jun 2025), months apart"],
        ["001-3", "011-1", "11,000 (Nov 2024) against roughly 15,000 (Jun 2025), months apart"],
        ["001-4", "011-1", "10,000 (Oct 2024) against roughly 15,000 (Jun 2025), months apart"],
        ["004-4", "011-1", "11,000 (Dec 2024) against roughly 15,000 (Jun 2025), months apart"],
        ["006-3", "011-1", "11,000 (Jan 2025) against roughly 15,000 (Jun 2025), months apart"],
        ["001-2", "014-1", "8,000 in Kursk (Nov 2024) against 10,000-12,000 first wave, reported a year later"],
        ["009-5", "014-1", "15,000 in total against 10,000-12,000 in the first wave, months apart"],
        ["011-1", "014-1", "roughly 15,000 in total against 10,000-12,000 in the first wave, months apart"],
        ["011-1", "014-3", "roughly 15,000 sent (Jun) against some 10,000 still posted (Nov), months apart"],
        ["001-2", "014-3", "8,000 in Kursk (Nov 2024) against 10,000 still posted (Nov 2025), a year apart"],
        ["001-3", "014-3", "11,000 in Kursk (Nov 2024) against 10,000 still posted (Nov 2025), a year apart"],
        ["004-4", "014-3", "11,000 (Dec 2024) against 10,000 still posted (Nov 2025), a year apart"],
        ["003-1", "009-1", "1,100 casualties (JCS, Dec 2024) against 4,700 (NIS, Apr 2025): cumulative, months apart"],
        ["004-2", "009-1", "1,100 casualties (JCS, Dec 2024) against 4,700 (NIS, Apr 2025): cumulative, months apart"],
        ["009-1", "014-5", "4,700 casualties (NIS, Apr) against around 6,000 (UK MoD, later 2025): cumulative, months apart"],
        ["003-1", "014-5", "1,100 casualties (Dec 2024) against around 6,000 (2025): a year apart"],
        ["004-2", "014-5", "1,100 casualties (Dec 2024) against around 6,000 (2025): a year apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
