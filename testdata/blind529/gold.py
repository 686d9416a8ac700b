#!/usr/bin/env python3
"""Gold labels for testdata/blind529 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for the blind529 articles in articles/ (written in our own words and labelled blind). "
         "Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
US = ["Antony Blinken", "Blinken", "United States", "US", "U.S.", "State Department", "Washington"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
         "About 3,000 North Korean soldiers have already been shipped to Russia", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "a first contingent of some 1,500 special operations troops had been sent to Russia's Far East", False),
    ],
    "001": [
        ("troops", "north_korea", 10000, None, "about", US,
         "there are roughly 10,000 North Korean soldiers in eastern Russia", False),
        ("troops", "north_korea", 8000, None, "about", US,
         "we believe about 8,000 have now moved down into Kursk oblast", False),
        ("troops", "north_korea", 12000, None, "up_to",
         ["Ukraine's military intelligence", "Ukrainian military intelligence", "military intelligence", "Ukraine", "HUR"],
         "Ukraine's military intelligence says there are already up to 12,000 North Korean personnel in Russia", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "the number of North Korean soldiers in Russia's Kursk region has reached eleven thousand", False),
        ("troops", "north_korea", 200, 999, "vague", ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukraine"],
         "hundreds of North Korean servicemen, among them officers of the country's special operations forces, are already positioned near the line of contact", True),
        ("captured", "russia", 700, None, "more_than",
         ["General Staff", "General Staff of the Armed Forces of Ukraine", "Ukraine"],
         "Ukrainian forces have taken more than 700 Russian servicemen prisoner", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Oleksandr Syrskyi", "Syrskyi"],
         "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("killed", "north_korea", 50, None, "at_least",
         ["special operations forces", "Ukraine's special operations forces", "Ukrainian special forces", "SSO", "Ukraine"],
         "they had killed at least 50 North Korean soldiers", False),
        ("wounded", "north_korea", 47, None, "exact",
         ["special operations forces", "Ukraine's special operations forces", "Ukrainian special forces", "SSO", "Ukraine"],
         "wounded 47 in three days of fighting in the Kursk region", False),
        ("casualties", "north_korea", 1100, None, "about",
         ["joint chiefs of staff", "Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"],
         "About 1,100 North Korean troops have been killed or wounded since they were thrown into the fighting in Kursk", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", NIS + ["Lee Seong-kweun"],
         "North Korean casualties in the fighting in Russia's Kursk region have passed 3,000", False),
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "with about 300 soldiers killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"] + NIS,
         "Ukrainian forces had taken two North Korean soldiers prisoner in Kursk", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Pyongyang is believed to have sent roughly eleven thousand troops to Russia last autumn", False),
    ],
    "006": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has sent about 3,000 more soldiers to Russia since the start of the year", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["Ukrainian estimates", "Ukrainian officials", "Ukraine"],
         "Several thousand of them have been killed or wounded", True),
        ("troops", "north_korea", 11000, 12000, "range",
         ["South Korean and Western officials", "Western officials", "South Korea", "Seoul"],
         "Pyongyang had earlier deployed 11,000-12,000 troops", False),
    ],
    "007": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["US, South Korean and Ukrainian intelligence", "intelligence estimates", "United States", "US", "South Korea", "Ukraine"],
         "Between 10,000 and 12,000 North Korean troops were sent to Russia last autumn", False),
        ("killed", "north_korea", 1000, None, "more_than",
         ["HUR", "Ukraine's military intelligence agency", "military intelligence", "Ukraine"],
         "more than 1,000 of them have been killed", False),
    ],
    "008": [
        ("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweun"],
         "About 600 North Korean soldiers have died fighting for Russia", False),
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 4,700 casualties the North has suffered", False),
        ("troops", "north_korea", 15000, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 15,000 soldiers have been dispatched", False),
    ],
    "010": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Chief of the General Staff", "Russian General Staff", "Russia", "TASS"],
         "the Ukrainian armed forces lost more than 76,000 servicemen in the Kursk area during the operation", False),
    ],
    "014": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["Ukrainian, US and South Korean intelligence", "intelligence", "Ukraine", "United States", "US", "South Korea"],
         "Somewhere between ten and twelve thousand soldiers", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "some three thousand reinforcements followed early in 2025", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine has held two North Korean prisoners since January 2025", False),
    ],
}

NOT = {
    "000": ["some 10,000 troops in all by December", "around 100 Russian military terms", "between Oct. 8 and 13",
            "his first trip there in 24 years", "KOSPI at 2,588.34", "1,379.2 per dollar", "1st solo fan meeting tour"],
    "001": ["some 28,500 American service members", "the 56th Security Consultative Meeting", "2+2",
            "3 more long-range fires battalions"],
    "002": ["Russia lost 1,230 troops over past day", "Views 4 812", "began on August 6"],
    "003": ["42 Ukrainian drones", "14 over the Kursk region", "power cuts of up to four hours", "captured two villages",
            "Comments (214)", "from as little as $2"],
    "005": ["born in 2005", "born in 1999", "served as a sniper since 2016", "KOSPI 2,489.56", "KOSDAQ 711.00"],
    "006": ["Hwasong-11 short-range ballistic missiles", "about three weeks", "Article 4"],
    "007": ["Russian strike on Kyiv kills 12", "2 min Reading time"],
    "008": ["the 80th anniversary of the Soviet victory", "KOSPI at 2,556.61", "1,426.9 per dollar"],
    "010": ["1,000 sappers", "5,000 military builders", "49 Ukrainian drones over five regions", "On June 4",
            "Russia's GDP growth slows to 1.4%"],
    "014": ["the elite 11th Corps", "1,000 deminers and 5,000 military builders", "around 28 trillion won (about $20 billion)"],
}

OFF = ["004", "011", "012", "013"]
DUP = {"009": "006"}

# Troop figures that differ across articles weeks or months apart, or where one is an "additional" force or a
# different scope (all of Russia against Kursk alone): defensible either way, so "may".
TROOP_MAY = [
    ("000-1", "001-1", "3,000 'so far' (NIS, Oct 23) against about 10,000 in eastern Russia (US, Oct 31); the deployment was still growing"),
    ("000-1", "001-2", "3,000 'so far' (Oct 23) against about 8,000 in Kursk (Oct 31); deployment still growing"),
    ("000-1", "002-1", "3,000 so far (Oct 23) against 11,000 in Kursk (Nov 5); deployment still growing"),
    ("000-1", "005-5", "3,000 in October against about 11,000 sent last autumn (Jan)"),
    ("000-1", "006-3", "3,000 in October against 11,000-12,000 deployed earlier (Feb)"),
    ("000-1", "007-1", "3,000 in October against 10,000-12,000 sent last autumn (Apr)"),
    ("000-1", "008-3", "3,000 in October against roughly 15,000 in all (Apr)"),
    ("000-1", "014-1", "3,000 in October 2024 against 10,000-12,000 (Dec 2025 explainer)"),
    ("000-2", "001-1", "first contingent of 1,500 against about 10,000 a week later"),
    ("000-2", "001-2", "first contingent of 1,500 against about 8,000 in Kursk a week later"),
    ("000-2", "002-1", "first contingent of 1,500 against 11,000 in Kursk"),
    ("000-2", "005-5", "first contingent of 1,500 against about 11,000, months later"),
    ("000-2", "006-1", "first contingent of 1,500 against 3,000 reinforcements, months later"),
    ("000-2", "006-3", "first contingent of 1,500 against 11,000-12,000, months later"),
    ("000-2", "007-1", "first contingent of 1,500 against 10,000-12,000, months later"),
    ("000-2", "008-3", "first contingent of 1,500 against roughly 15,000 in all, months later"),
    ("000-2", "014-1", "first contingent of 1,500 against 10,000-12,000, a year later"),
    ("000-2", "014-2", "first contingent of 1,500 against 3,000 reinforcements, a year later"),
    ("001-1", "002-1", "about 10,000 in all of eastern Russia against 11,000 in Kursk alone, five days later"),
    ("001-1", "005-5", "about 10,000 (Oct 31) against about 11,000 (Jan)"),
    ("001-1", "006-1", "10,000 against an additional 3,000"),
    ("001-1", "006-3", "about 10,000 (Oct 31) against 11,000-12,000 (Feb)"),
    ("001-1", "008-3", "about 10,000 (Oct 31) against roughly 15,000 in all including reinforcements (Apr)"),
    ("001-1", "014-2", "10,000 against an additional 3,000"),
    ("001-2", "005-5", "about 8,000 in Kursk (Oct 31) against about 11,000 sent (Jan)"),
    ("001-2", "006-1", "8,000 against an additional 3,000"),
    ("001-2", "006-3", "about 8,000 in Kursk (Oct 31) against 11,000-12,000 (Feb)"),
    ("001-2", "007-1", "about 8,000 in Kursk (Oct 31) against 10,000-12,000 (Apr)"),
    ("001-2", "008-3", "about 8,000 in Kursk (Oct 31) against roughly 15,000 in all (Apr)"),
    ("001-2", "014-1", "about 8,000 in Kursk (Oct 2024) against 10,000-12,000 (Dec 2025 explainer)"),
    ("001-2", "014-2", "8,000 against an additional 3,000"),
    ("001-3", "008-3", "up to 12,000 (Oct 31) against roughly 15,000 including reinforcements (Apr)"),
    ("002-1", "006-1", "11,000 against an additional 3,000"),
    ("002-1", "008-3", "11,000 in Kursk (Nov) against roughly 15,000 in all (Apr)"),
    ("002-1", "014-2", "11,000 against an additional 3,000"),
    ("005-5", "006-1", "11,000 against an additional 3,000"),
    ("005-5", "008-3", "about 11,000 (Jan) against roughly 15,000 including reinforcements (Apr)"),
    ("005-5", "014-2", "11,000 against an additional 3,000"),
    ("006-1", "006-3", "3,000 reinforcements against the 11,000-12,000 deployed earlier (same article)"),
    ("006-1", "007-1", "an additional 3,000 against 10,000-12,000"),
    ("006-1", "008-3", "an additional 3,000 against roughly 15,000 in all"),
    ("006-1", "014-1", "an additional 3,000 against 10,000-12,000"),
    ("006-3", "008-3", "11,000-12,000 (Feb) against roughly 15,000 in all (Apr)"),
    ("006-3", "014-2", "11,000-12,000 against an additional 3,000"),
    ("007-1", "008-3", "10,000-12,000 sent last autumn against roughly 15,000 in all including reinforcements, two days later"),
    ("007-1", "014-2", "10,000-12,000 against an additional 3,000"),
    ("008-3", "014-1", "roughly 15,000 in all (Apr) against 10,000-12,000 sent in autumn 2024 (Dec 2025)"),
    ("008-3", "014-2", "roughly 15,000 in all against an additional 3,000"),
    ("014-1", "014-2", "10,000-12,000 first sent against some 3,000 reinforcements (same article)"),
]

conflicts = {
    "must": [
        ["001-2", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 5), five days apart"],
        ["003-1", "003-4", "more than 3,000 killed or wounded (Zelensky) against about 1,100 (South Korea's JCS), same day, same live blog"],
        ["007-2", "008-1", "more than 1,000 North Koreans killed (Ukraine's HUR, Apr 28) against about 600 killed (NIS, Apr 30), two days apart"],
    ],
    "may": [[a, b, why] for a, b, why in TROOP_MAY] + [
        ["005-2", "007-2", "about 300 killed (NIS, Jan) against more than 1,000 killed (HUR, Apr): months apart"],
        ["005-2", "008-1", "about 300 killed (Jan) rising to about 600 (Apr), same agency: months apart, cumulative"],
        ["005-2", "014-3", "about 300 killed (Jan) against about 2,000 (Sept estimate): months apart, cumulative"],
        ["008-1", "014-3", "about 600 killed (Apr) against about 2,000 (Sept estimate): months apart, cumulative"],
        ["003-4", "008-2", "about 1,100 casualties (Dec) against about 4,700 (Apr): months apart, cumulative"],
        ["003-3", "005-3", "47 wounded in three days of fighting (a part) against about 2,700 wounded in all"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
