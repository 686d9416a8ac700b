#!/usr/bin/env python3
"""Gold labels for testdata/blind476 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

ABOUT = ("Gold labels for blind476: 15 articles written in our own words about the real story's known "
         "reporting, labelled blind. Same schema and rules as testdata/corpus (see its README.md).")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "the North is sending a total of around 12,000 troops across four brigades", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "carried some 1,500 North Korean special operations troops", False),
        ("troops", "north_korea", 200, 900, "vague", ["Ukrainian media", "Ukraine"],
         "Hundreds of North Korean military engineers were separately reported in occupied parts of Ukraine's Donetsk region", True),
    ],
    "001": [
        ("troops", "north_korea", 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "US", "State Department"],
         "about 8,000 North Korean soldiers are now in the Kursk region", False),
        ("troops", "north_korea", 10000, None, "about", ["Pentagon", "United States", "US", "Defense Department"],
         "North Korea had sent about 10,000 soldiers to train in eastern Russia", False),
    ],
    "003": [
        ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "11,000 North Korean soldiers were already in Russia's Kursk region", False),
        ("troops", "north_korea", 8000, None, "about", ["Pentagon", "Sabrina Singh", "Defense Department", "United States", "US"],
         "about 8,000 North Korean troops had moved into Kursk", False),
        ("troops", "russia", 50000, None, "about", ["Ukrainian officials", "Ukraine"],
         "Russia has concentrated roughly 50,000 of its own troops in the region", False),
    ],
    "004": [
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "about 1,000 more wounded", False),
        ("casualties", "north_korea", 1100, None, "about", ["Lee Seong-kweun"] + NIS,
         "The casualties number about 1,100 in all", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Ukraine"],
         "have suffered more than 3,000 killed and wounded", False),
        ("casualties", "north_korea", 30, None, "at_least", ["HUR", "military intelligence", "Ukraine's military intelligence agency", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded in two days of fighting", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun", "South Korean lawmaker"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun", "South Korean lawmaker"],
         "2,700 wounded fighting alongside Russian forces against Ukraine", False),
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelenskiy", "Zelenskiy", "Zelensky", "Ukraine"],
         "his forces had captured two North Korean soldiers in Russia's Kursk region", False),
    ],
    "009": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "some three thousand additional soldiers to Russia since January", False),
        ("troops", "north_korea", 11000, 12000, "range", ["Ukrainian and Western estimates", "Ukraine", "Western"],
         "Between 11,000 and 12,000 North Korean troops were dispatched last autumn", False),
        ("casualties", "ukraine", 60000, None, "more_than", ["Russia's Defense Ministry", "Russian Defense Ministry", "Defense Ministry", "Russia"],
         "Ukraine had lost more than 60,000 troops in the Kursk region since August", False),
    ],
    "011": [
        ("killed", "north_korea", 600, None, "about", NIS,
         "About 600 North Korean soldiers have died fighting for Russia", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "total casualties have reached around 4,700", False),
    ],
    "012": [
        ("troops", "north_korea", 12000, None, "up_to", ["unattributed"],
         "Pyongyang sent up to 12,000 soldiers in the autumn of 2024", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "roughly 3,000 more followed in January and February", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "the NIS estimated that about 600 had been killed", False),
    ],
    "014": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
         "roughly two thousand North Korean soldiers have been killed in the fighting for Russia", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["Park Sun-won"] + NIS,
         "several thousand North Korean troops are still stationed in the Kursk region", True),
    ],
}

NOT = {
    "000": ["between Oct. 8 and 13", "four Russian amphibious ships and three escort vessels",
            "a cargo ship of about 11,000 tonnes", "Article 4", "2+2 talks",
            "KOSPI closes 0.31 pct lower at 2,593.82", "S. Korea's jobless rate at 2.5 pct in September",
            "Hanwha Ocean wins 1.4 tln-won LNG carrier order", "paras 5-7"],
    "001": ["the 56th Security Consultative Meeting", "about 86 minutes", "more than 7,000 kilometers",
            "Watch video 02:14", "10:30 JST"],
    "003": ["February 2022", "dozens of KN-23 ballistic missiles", "about 230 square miles",
            "more than 500 square miles", "Trump Leads in 4 Swing States", "11/5/24, 12:02 p.m."],
    "004": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "about $2,000 a month", "Won hits 1,450 per dollar", "with 7 episodes", "19 Dec. 2024, 17:50"],
    "005": ["Russia has lost 776,010 troops in Ukraine since Feb. 24, 2022", "Russian strike on Kharkiv injures 7",
            "30 more Swedish-made armored vehicles", "$5 a month", "2 min read", "came into force on Dec. 4"],
    "007": ["One of the soldiers was born in 2005 and the other is 26", "Japan's Nikkei falls 1.1%",
            "up 10.7% in December", "5:30 PM GMT+9"],
    "009": ["Article 4", "more than six hours", "Support us for just $2", "Key Rate at 21%",
            "First Time in 2 Years", "June 2024"],
    "011": ["April 26", "Exports fall 1.5% in April", "narrows to 3 candidates", "Kospi ends at 2,556.61"],
    "012": ["1,000 sappers", "5,000 military construction workers", "as much as $20bn",
            "about 1.1 million people", "roughly 1,300 sq km", "Heatwave warnings issued for 7 regions",
            "£2 a month"],
    "014": ["26 countries", "Three people were killed and 11 injured",
            "shot down 57 Ukrainian drones overnight, 19 of them over the Kursk region",
            "19th sanctions package", "26.2°C"],
}

OFF = ["002", "006", "010", "013"]
DUP = {"008": "007"}

CONFLICTS = {
    "must": [
        ["001-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky), four days apart"],
        ["003-1", "003-2", "11,000 in Kursk (Zelensky) against about 8,000 in Kursk (Pentagon), in the same article"],
        ["004-3", "005-1", "about 1,100 casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 (Zelensky, Dec 23)"],
    ],
    "may": [
        ["000-1", "001-2", "around 12,000 being sent in all (Oct 18) against about 10,000 in eastern Russia two weeks later"],
        ["000-1", "001-1", "12,000 in all against about 8,000 in Kursk: part of the whole, two weeks apart"],
        ["000-1", "003-2", "12,000 in all against about 8,000 in Kursk: part of the whole, two and a half weeks apart"],
        ["000-1", "003-1", "around 12,000 in all against 11,000 in Kursk: close values, part of the whole"],
        ["001-2", "003-1", "about 10,000 in eastern Russia against 11,000 in Kursk alone, four days apart"],
        ["009-1", "009-2", "some 3,000 additional troops against 11,000-12,000 sent last autumn"],
        ["009-1", "000-1", "an additional 3,000 against the first deployment, months apart"],
        ["009-1", "001-1", "an additional 3,000 against the first deployment, months apart"],
        ["009-1", "001-2", "an additional 3,000 against the first deployment, months apart"],
        ["009-1", "003-1", "an additional 3,000 against the first deployment, months apart"],
        ["009-1", "003-2", "an additional 3,000 against the first deployment, months apart"],
        ["009-2", "001-1", "11,000-12,000 sent last autumn against about 8,000 in Kursk in November, months apart"],
        ["009-2", "001-2", "11,000-12,000 against about 10,000 in November, months apart"],
        ["009-2", "003-2", "11,000-12,000 against about 8,000 in Kursk in November, months apart"],
        ["012-2", "009-2", "roughly 3,000 more against 11,000-12,000 sent in the autumn"],
        ["012-2", "000-1", "an additional 3,000 against the first deployment, months apart"],
        ["012-2", "001-1", "an additional 3,000 against the first deployment, months apart"],
        ["012-2", "001-2", "an additional 3,000 against the first deployment, months apart"],
        ["012-2", "003-1", "an additional 3,000 against the first deployment, months apart"],
        ["012-2", "003-2", "an additional 3,000 against the first deployment, months apart"],
        ["014-2", "000-1", "several thousand still in Kursk (Sep 2025) against the 2024 deployment"],
        ["014-2", "001-2", "several thousand still in Kursk (Sep 2025) against the 2024 deployment"],
        ["014-2", "003-1", "several thousand still in Kursk (Sep 2025) against the 2024 deployment"],
        ["014-2", "009-2", "several thousand still in Kursk (Sep 2025) against 11,000-12,000 sent in autumn 2024"],
        ["004-3", "011-2", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): a cumulative toll four months later"],
        ["007-1", "011-1", "about 300 killed (Jan 2025) against about 600 (Apr 2025): cumulative, months apart"],
        ["007-1", "012-3", "about 300 killed (Jan 2025) against about 600 (June 2025 recap of April): cumulative, months apart"],
        ["007-1", "014-1", "about 300 killed (Jan 2025) against roughly 2,000 (Sep 2025): cumulative, months apart"],
        ["011-1", "014-1", "about 600 killed (Apr 2025) against roughly 2,000 (Sep 2025): cumulative, months apart"],
        ["012-3", "014-1", "about 600 killed against roughly 2,000 (Sep 2025): cumulative, months apart"],
    ],
}

goldlib.write(ABOUT, A, NOT, OFF, DUP, CONFLICTS)
