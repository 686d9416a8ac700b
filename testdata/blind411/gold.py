#!/usr/bin/env python3
"""Gold labels for blind411. Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for the blind411 articles, written and labelled blind. "
         "Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
HUR = ["HUR", "military intelligence", "Ukraine's military intelligence agency", "Ukraine", "Kyiv"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", ["Park Sun-won"] + NIS,
         "About 3,000 North Korean troops have been transferred to Russia so far", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "some 1,500 special operations soldiers", False),
    ],
    "001": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "roughly 1,000 wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS_LEE,
         "that puts North Korean casualties at around 1,100", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "Pyongyang sent about 11,000 troops to Russia in October and November", False),
    ],
    "002": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 11000, None, "about", ["Kyiv", "Ukraine"],
         "around eleven thousand North Korean troops were sent to the Kursk front", False),
        ("casualties", "north_korea", 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "003": [
        ("troops", "north_korea", 10000, None, "more_than",
         ["State Department", "Vedant Patel", "United States", "U.S.", "Washington"],
         "More than 10,000 North Korean soldiers have moved into Russia's Kursk region", False),
        ("troops", "north_korea", 11000, 12000, "range", HUR,
         "has put the number of North Korean servicemen in Kursk at 11,000-12,000", False),
        ("troops", "russia", 50000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Russia has gathered about 50,000 troops in Kursk", False),
    ],
    "004": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "2,700 wounded fighting for Russia against Ukraine", False),
        ("captured", "north_korea", 2, None, "exact", ["Kyiv", "Ukraine", "Zelensky"],
         "its forces had captured two wounded North Korean soldiers in Kursk", False),
        ("killed", "north_korea", 1000, None, "more_than", HUR,
         "more than 1,000 North Koreans had been killed", False),
    ],
    "006": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Yonhap"],
         "North Korea had dispatched some three thousand additional soldiers to Russia since January", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"],
         "the two North Korean soldiers held by Ukraine since January", False),
    ],
    "008": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen in the Kursk Region", False),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "North Korea's casualties in the war between Russia and Ukraine are estimated at about 4,700", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "including some 600 deaths", False),
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "when the NIS put it at around 300", False),
    ],
    "011": [
        ("troops", "north_korea", 12000, None, "up_to",
         ["South Korean and Ukrainian officials", "South Korea", "Ukraine", "officials"],
         "North Korea sent up to 12,000 troops to Russia last fall", False),
        ("troops", "north_korea", 3000, None, "about",
         ["South Korean and Ukrainian officials", "South Korea", "Ukraine", "officials"],
         "about 3,000 reinforcements early this year", False),
        ("killed", "north_korea", 200, 999, "vague", ["unattributed"],
         "Hundreds of them are believed to have been killed", True),
    ],
    "013": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["South Korean and US officials", "South Korea", "United States", "US officials"],
         "between 10,000 and 12,000 troops were sent in October and November 2024", False),
        ("troops", "north_korea", 3000, None, "about", ["Seoul", "South Korea"],
         "A second wave of roughly 3,000 followed early in 2025", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have died in the fighting", False),
        ("wounded", "north_korea", 2000, 9000, "vague", ["unattributed"],
         "several thousand more soldiers are thought to have been wounded", True),
        ("captured", "north_korea", 2, None, "exact", ["Kyiv", "Ukraine"],
         "Two North Korean soldiers captured in January 2025 remain in Ukrainian custody", False),
    ],
}

NOT = {
    "000": ["the total to reach 10,000 by December", "aged between 18 and 24", "about $2,000 a month",
            "1.28 million-strong military", "Japan's exports fall 1.7% in September, first drop in 10 months",
            "$3.3bn IPO", "Nikkei 225  38,104.86  -307.10"],
    "001": ["self-propelled 170-millimeter guns", "240-millimeter multiple rocket launchers",
            "losses near three villages", "impeached on Dec. 14", "closing at 1,451",
            "2nd special counsel bill"],
    "002": ["launched on Aug. 6", "took effect on Dec. 4", "around 800 square kilometers",
            "Russian drone strike on Kherson kills 2, injures 9", "Join from $5 a month",
            "Russia launches over 100 drones overnight"],
    "003": ["about 1,300 square kilometers (500 square miles)", "more than 13,000 containers of artillery shells",
            "up to 300 kilometers (186 miles)", "within 24 hours", "4 inches of snow"],
    "004": ["aged 20 and 26", "Zelensky offers to swap 2 North Korean POWs"],
    "006": ["24th Mechanised Brigade", "2.5 percent of GDP by 2027", "injuring four people",
            "Russia had launched 177 drones", "74 drones were shot down and 88 were \"lost\"",
            "more than six hours of talks"],
    "008": ["Article 4 of the Treaty", "over 400 tanks, 280 infantry fighting vehicles",
            "more than 1,500 armored combat vehicles", "Ukraine loses up to 1,165 troops in past day",
            "three-day ceasefire"],
    "009": ["about 28 trillion won (US$19.6 billion)", "two days after", "(3rd LD)", "for 1st time",
            "Kospi closes at 2,556.61"],
    "011": ["1,000 deminers and 5,000 military construction workers", "his second trip to the North in two weeks",
            "took office on June 4", "about 30,000 square kilometers"],
    "013": ["the elite 11th Corps", "6,000 military engineers and builders", "run up to $20 billion",
            "about 6,800 km"],
}

OFF = ["005", "007", "012", "014"]
DUP = {"010": "002"}

conflicts = {
    "must": [
        ["001-3", "002-1", "about 1,100 casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["004-1", "004-4", "about 300 killed (NIS via Lee Seong-kweun) against more than 1,000 killed (HUR), same article, same day"],
    ],
    "may": [
        # troops: the build-up in autumn 2024, weeks or months apart
        ["000-1", "003-1", "3,000 'so far' on Oct 23 against more than 10,000 three weeks later, during the build-up"],
        ["000-1", "003-2", "3,000 'so far' on Oct 23 against 11,000-12,000 three weeks later, during the build-up"],
        ["000-1", "001-4", "3,000 in October against about 11,000 two months later"],
        ["000-1", "002-2", "3,000 in October against about 11,000 two months later"],
        ["000-1", "013-1", "3,000 in October 2024 against 10,000-12,000 sent in Oct-Nov, a year later"],
        ["000-2", "006-1", "the first group of 1,500 (Oct 2024) against 3,000 reinforcements in 2025"],
        ["000-2", "011-2", "the first group of 1,500 (Oct 2024) against 3,000 reinforcements in 2025"],
        ["000-2", "013-2", "the first group of 1,500 (Oct 2024) against a second wave of 3,000 in 2025"],
        ["000-2", "013-1", "the first group of 1,500 against 10,000-12,000, a year apart"],
        ["000-2", "003-1", "the first group of 1,500 (a part) against more than 10,000 three weeks later, during the build-up"],
        ["000-2", "003-2", "the first group of 1,500 (a part) against 11,000-12,000 three weeks later, during the build-up"],
        ["000-2", "001-4", "the first group of 1,500 against 11,000, two months apart"],
        ["000-2", "002-2", "the first group of 1,500 against 11,000, two months apart"],
        # troops: additional forces against totals
        ["001-4", "006-1", "11,000 against an additional 3,000"],
        ["001-4", "011-2", "11,000 against an additional 3,000"],
        ["001-4", "013-2", "11,000 against an additional 3,000"],
        ["002-2", "006-1", "11,000 against an additional 3,000"],
        ["002-2", "011-2", "11,000 against an additional 3,000"],
        ["002-2", "013-2", "11,000 against an additional 3,000"],
        ["003-1", "006-1", "more than 10,000 against an additional 3,000"],
        ["003-1", "011-2", "more than 10,000 against an additional 3,000"],
        ["003-1", "013-2", "more than 10,000 against an additional 3,000"],
        ["003-2", "006-1", "11,000-12,000 against an additional 3,000"],
        ["003-2", "011-2", "11,000-12,000 against an additional 3,000"],
        ["003-2", "013-2", "11,000-12,000 against an additional 3,000"],
        ["006-1", "013-1", "an additional 3,000 against 10,000-12,000 in the first wave"],
        ["011-2", "013-1", "3,000 reinforcements against 10,000-12,000 in the first wave"],
        ["013-1", "013-2", "10,000-12,000 first wave against a second wave of 3,000, same article"],
        # casualties: cumulative figures months apart
        ["001-3", "009-1", "about 1,100 in December against about 4,700 in April, a cumulative figure four months later"],
        # killed: cumulative figures months apart
        ["004-1", "009-2", "about 300 in January against about 600 in April (the same agency's later count)"],
        ["004-1", "013-3", "about 300 in January 2025 against about 2,000 in September"],
        ["004-4", "009-2", "more than 1,000 (HUR, January) against about 600 (NIS, April)"],
        ["004-4", "009-3", "more than 1,000 (HUR, January) against the NIS's January figure of 300, retold in April"],
        ["004-4", "011-3", "more than 1,000 (HUR, January) against 'hundreds' (June)"],
        ["009-2", "013-3", "about 600 in April against about 2,000 in September"],
        ["009-3", "013-3", "about 300 (January) against about 2,000 in September"],
        ["011-3", "013-3", "'hundreds' in June against about 2,000 in September"],
        # wounded: cumulative figures weeks or months apart
        ["001-2", "004-2", "about 1,000 (Dec 19) against about 2,700 (Jan 13), the same agency's later count"],
        ["001-2", "013-4", "about 1,000 in December 2024 against several thousand, October 2025"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
