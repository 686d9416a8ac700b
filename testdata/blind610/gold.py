#!/usr/bin/env python3
"""Gold labels for blind610 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind610: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning of "
         "every field and how a system's output is scored.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "President of Ukraine", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 8000, None, "about",
         ["Antony Blinken", "Blinken", "US", "United States", "State Department"],
         "about 8,000 North Korean soldiers are now in Russia's Kursk region, near the border with Ukraine", False),
        ("troops", NK, 10000, None, "about",
         ["US Defense Department", "Defense Department", "Pentagon", "US", "United States"],
         "roughly 10,000 North Korean troops have been sent to eastern Russia for training", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand soldiers from North Korea are already in Russia's Kursk region", False),
        ("troops", NK, 500, None, "more_than",
         ["Defence Intelligence of Ukraine", "HUR", "Ukrainian military intelligence", "Ukraine"],
         "more than 500 North Korean officers had arrived in Russia together with the troops", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about",
         ["South Korea's Joint Chiefs of Staff", "Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "around 1,100 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean dead and wounded in the Kursk region at more than 3,000", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "US", "United States"],
         "North Korean units had already suffered \"several hundred\" casualties", True),
    ],
    "004": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian soldiers have taken two North Korean servicemen prisoner in Russia's Kursk Oblast", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS,
         "Around 300 North Korean soldiers have died in combat in Russia's Kursk region", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "some 2,700 have been wounded", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "North Korean casualties to roughly 3,000 in all", False),
        ("troops", NK, 11000, None, "about", NIS,
         "Pyongyang sent about 11,000 troops to Russia in October and November", False),
        ("captured", NK, 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky"],
         "Ukraine had taken two North Korean soldiers alive in Kursk", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", NIS,
         "some 3,000 additional troops to Russia between January and February", False),
        ("troops", NK, 2000, 9999, "vague", ["Ukrainian commanders", "Ukraine", "AFP"],
         "\"several thousand\" North Korean soldiers were again taking part in assaults", True),
    ],
    "008": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen in the Kursk area", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "some 600 deaths", False),
    ],
    "011": [
        ("troops", NK, 12000, None, "up_to",
         ["South Korean and Western intelligence agencies", "South Korea", "Western intelligence"],
         "Pyongyang sent up to 12,000 troops to Kursk in the autumn of that year", False),
        ("killed", NK, 600, None, "about", NIS,
         "around 600 North Korean soldiers had been killed", False),
        ("wounded", NK, 2000, 9999, "vague", NIS,
         "thousands more wounded", True),
    ],
    "013": [
        ("troops", NK, 10000, 12000, "range", ["Ukraine", "US", "United States", "South Korea"],
         "between 10,000 and 12,000 North Korean troops had been sent to Russia", False),
        ("troops", NK, 15000, None, "about", ["unattributed"],
         "Around 15,000 North Korean soldiers are thought to have served in Russia in all", False),
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "some 2,000 North Korean soldiers had died in the fighting", False),
        ("killed", NK, 9, None, "exact", ["North Korean state media", "state media", "KCNA", "North Korea"],
         "nine soldiers of an engineering regiment had been killed while clearing mines in Kursk", False),
        ("killed", NK, 20, 99, "vague", ["North Korean television", "state media", "KCNA", "North Korea"],
         "the portraits of dozens of fallen soldiers", True),
        ("captured", NK, 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine still holds the two North Korean soldiers it captured in January 2025", False),
    ],
}

NOT = {
    "000": ["more than 6,000 kilometers", "a total of about 12,000 troops", "September 2023",
            "flies 1,000 km", "past 153 to the dollar", "17 languages"],
    "001": ["more than 900 guided aerial bombs", "about 30 missiles", "almost 500 attack drones",
            "five ranges", "Russian army losses in Ukraine hit 1,950 per day in October", "09:40, 05.11.2024"],
    "003": ["72 Shahed-type and decoy drones", "Fifty-two were shot down", "another 18",
            "1.5bn kroner", "about £106m", "2m people expected to leave London", "17 December"],
    "004": ["a 20-year-old rifleman born in 2005", "born in 1999", "Aug. 6, 2024",
            "Russia's daily losses exceed 1,500 troops for third time this week",
            "$1.2 billion military aid package", "9:20 PM"],
    "005": ["11th Corps", "North sent 1,500 special forces in first wave", "8.2% in 2024", "18:05 KST"],
    "006": ["240mm multiple rocket launchers", "170mm self-propelled guns", "February 24, 2022",
            "three years", "0.8%"],
    "008": ["Article 4", "June 19, 2024", "over 7,000 pieces of weapons and military equipment",
            "more than 400 tanks", "05:35 UTC+3", "since August 2024"],
    "009": ["paras 5-7", "more than 20,000 containers of munitions", "240 mm multiple rocket launchers",
            "170 mm self-propelled guns", "since August 2023", "May 9", "3.7 pct"],
    "011": ["1,000 sappers", "5,000 military construction workers", "more than 2,000 hectares",
            "499 drones and missiles", "Reading time 2 min", "€7.99/month"],
    "013": ["a 120-day mission", "Russia lost 1,000 troops a day in 2025", "billions of dollars",
            "16 December 2025"],
}

OFF = ["007", "010", "012", "014"]
DUP = {"002": "001"}

add = "an additional force against a total"
conflicts = {
    "must": [
        ["000-1", "001-1", "about 8,000 North Korean troops in Kursk (Blinken, 31 Oct 2024) against 11,000 in Kursk "
                           "(Zelensky, 4-5 Nov 2024), five days apart"],
        ["003-1", "003-2", "about 1,100 North Koreans killed or wounded (South Korea's JCS) against more than 3,000 "
                           "(Zelenskyy), the same day in one live blog"],
    ],
    "may": [
        ["000-2", "001-1", "about 10,000 sent to eastern Russia against 11,000 in Kursk, days apart: close values, different scope"],
        ["000-1", "005-4", "8,000 in Kursk (Oct 2024) against about 11,000 sent (Jan 2025), months apart"],
        ["000-2", "005-4", "about 10,000 (Oct 2024) against about 11,000 (Jan 2025), months apart"],
        ["000-1", "013-1", "8,000 in Kursk against 10,000-12,000 sent, reported over a year later"],
        ["000-1", "013-2", "8,000 (Oct 2024) against around 15,000 in all (Dec 2025)"],
        ["000-2", "013-2", "about 10,000 (Oct 2024) against around 15,000 in all (Dec 2025)"],
        ["001-1", "013-2", "11,000 (Nov 2024) against around 15,000 in all (Dec 2025)"],
        ["005-4", "013-2", "about 11,000 (Jan 2025) against around 15,000 in all (Dec 2025)"],
        ["011-1", "013-2", "up to 12,000 in autumn 2024 against around 15,000 in all, reinforcements included"],
        ["013-1", "013-2", "10,000-12,000 first sent against around 15,000 in all, reinforcements included"],
        ["000-1", "006-1", add], ["000-2", "006-1", add], ["001-1", "006-1", add], ["005-4", "006-1", add],
        ["006-1", "011-1", add], ["006-1", "013-1", add], ["006-1", "013-2", add],
        ["003-2", "005-3", "more than 3,000 (Zelenskyy, 23 Dec) against roughly 3,000 (NIS, 13 Jan): a bound nearly met"],
        ["003-1", "009-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): months apart, a cumulative toll"],
        ["005-3", "009-1", "roughly 3,000 (Jan 2025) against about 4,700 (Apr 2025): months apart, a cumulative toll"],
        ["005-1", "009-2", "300 killed (Jan 2025) against 600 (Apr 2025): months apart, a cumulative toll"],
        ["005-1", "011-2", "300 killed (Jan 2025) against 600 (as of Apr, reported Jun 2025): months apart"],
        ["005-1", "013-3", "300 killed (Jan 2025) against 2,000 (Sep 2025): months apart"],
        ["009-2", "013-3", "600 killed (Apr 2025) against 2,000 (Sep 2025): months apart"],
        ["011-2", "013-3", "600 killed (reported Jun 2025) against 2,000 (Sep 2025): months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
