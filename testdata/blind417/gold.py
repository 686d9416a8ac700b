#!/usr/bin/env python3
"""Gold labels for testdata/blind417 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NK = "north_korea"

HUR = ["Defense Intelligence of Ukraine", "Defense Intelligence", "HUR", "Ukrainian intelligence", "Ukraine"]
PENTAGON = ["Pentagon", "Sabrina Singh", "Singh", "Defense Department", "United States", "U.S.", "US"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military", "South Korea", "Seoul"]
NIS_LEE = ["National Intelligence Service", "NIS", "spy agency", "Lee Seong-kweun", "South Korea", "Seoul"]
ZELENSKY = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
KIRBY = ["John Kirby", "Kirby", "White House", "National Security Council", "United States", "US"]
YUSOV = ["Andriy Yusov", "Yusov", "HUR", "Ukraine's military intelligence", "Ukrainian military intelligence", "Ukraine"]
NIS_NHK = ["National Intelligence Service", "NIS", "South Korea's intelligence agency", "South Korea", "Seoul"]
GERASIMOV = ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"]
NIS_PARK = ["National Intelligence Service", "NIS", "Seoul's spy agency", "spy agency", "Park Sun-won", "South Korea", "Seoul"]
WESTERN = ["South Korean, US and Ukrainian estimates", "South Korea", "United States", "US", "Ukraine"]
NIS_F24 = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service", "South Korea", "Seoul"]

A = {
    # Ukrinform, 25 Oct 2024
    "000": [
        ("troops", NK, 12000, None, "up_to", HUR, "up to 12,000 servicemen of the DPRK", False),
        ("troops", NK, 500, None, "about", HUR, "including about 500 officers", False),
        ("troops", NK, 3, None, "exact", HUR, "three generals", True),
        ("troops", NK, 2000, 9999, "vague", HUR,
         "several thousand of them have already been moved closer to the border with Ukraine", True),
    ],
    # AP, 29 Oct 2024
    "002": [
        ("troops", NK, 10000, None, "about", PENTAGON,
         "North Korea has sent about 10,000 soldiers to eastern Russia", False),
    ],
    # Korea Herald, 23 Dec 2024
    "003": [
        ("casualties", NK, 1100, None, "about", JCS, "have suffered an estimated 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE, "no fewer than 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE, "close to 1,000 injured", False),
        ("troops", NK, 11000, None, "about", JCS, "the roughly 11,000 North Korean soldiers in Russia", False),
    ],
    # Kyiv Post, 27 Dec 2024
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZELENSKY,
         "North Korean losses in Kursk – dead and wounded together – are now more than three thousand", False),
        ("casualties", NK, 1000, None, "more_than", KIRBY,
         "North Korean units had suffered more than 1,000 killed or wounded in just the past week near Kursk", False),
    ],
    # Guardian, 14 Jan 2025
    "006": [
        ("captured", NK, 2, None, "exact", ZELENSKY, "his forces had captured two North Korean soldiers", False),
        ("killed", NK, 300, None, "about", NIS_LEE, "about 300 North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "2,700 wounded", False),
        ("killed", NK, 1000, None, "about", YUSOV, "close to 1,000 of the North Koreans had been killed", False),
    ],
    # NHK World, 27 Feb 2025
    "007": [
        ("troops", NK, 3000, None, "about", NIS_NHK,
         "some three thousand additional North Korean soldiers are believed to have been dispatched to Russia", False),
    ],
    # TASS, 28 Apr 2025
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than", GERASIMOV,
         "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded", False),
    ],
    # JoongAng Daily, 30 Apr 2025
    "010": [
        ("casualties", NK, 4700, None, "about", NIS_PARK, "have suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS_PARK, "including roughly 600 deaths", False),
        ("casualties", NK, 3000, None, "about", NIS_PARK, "it put the North's losses at around 3,000", False),
    ],
    # Kyiv Independent live blog, 17 Jun 2025
    "012": [
        ("troops", NK, 11000, 12000, "range", ["unattributed"],
         "Pyongyang sent between 11,000 and 12,000 soldiers to Kursk Oblast", False),
        ("troops", NK, 200, 900, "vague", ["Russian media"],
         "several hundred North Korean sappers are already working in the region", True),
    ],
    # France 24 Q&A, 4 Sep 2025
    "014": [
        ("troops", NK, 11000, None, "about", WESTERN, "About 11,000 in the first wave in autumn 2024", False),
        ("troops", NK, 3000, None, "about", ["unattributed"],
         "Around 3,000 more are thought to have followed in January and February", False),
        ("killed", NK, 2000, None, "about", NIS_F24, "about 2,000 North Korean soldiers have died", False),
        ("wounded", NK, 2000, 9999, "vague", NIS_F24, "Thousands more have been wounded", True),
    ],
}

NOT = {
    "000": ["October 23", "five military ranges", "November 1", "another 10,000 soldiers",
            "1,380 soldiers in past day", "SEK 3 billion"],
    "002": ["some 9,000 kilometers by rail", "more than $59 billion", "$425 million package", "February 2022"],
    "003": ["170 mm guns", "240 mm multiple rocket launchers", "Jan. 20", "6.6% in first 20 days",
            "past 1,450 per dollar", "KOSPI 2,442.01"],
    "004": ["78 Missiles, 106 Drones", "Help Us Reach 10,000 Supporters", "groups of 20 to 30", "from $5 a month"],
    "006": ["more than 10 months old", "aged 20 and 26", "in 2021", "death toll rises to 24"],
    "007": ["around 200 long-range artillery guns", "01:12", "7.2% in January"],
    "009": ["Article 4", "June 19, 2024", "over 7,000 pieces of weapons and military equipment",
            "more than 400 tanks", "August 6, 2024", "72-hour ceasefire"],
    "010": ["two days after", "May 9 Victory Day", "6.7 trillion won"],
    "012": ["6,000 military builders, deminers", "1,000 deminers and 5,000 military construction workers",
            "58 drones", "2 billion Canadian dollars ($1.47 billion)", "30 of them"],
    "014": ["1,000 deminers and 5,000 military construction workers", "up to $20 billion", "80 years"],
}

OFF = ["001", "005", "011", "013"]
DUP = {"008": "002"}

conflicts = {
    "must": [
        ["003-1", "004-1",
         "about 1,100 casualties (South Korea's JCS, 23 Dec 2024) against more than 3,000 (Zelensky, reported 27 Dec 2024)"],
        ["006-2", "006-4",
         "about 300 killed (South Korea's NIS) against close to 1,000 killed (Ukraine's HUR, Yusov), same day, same article"],
    ],
    "may": [
        ["002-1", "003-4", "about 10,000 troops (Pentagon, Oct) against roughly 11,000 (JCS, Dec), two months apart"],
        ["002-1", "012-1", "about 10,000 (Oct 2024) against 11,000-12,000 (Jun 2025), months apart"],
        ["002-1", "014-1", "about 10,000 (Oct 2024) against about 11,000 (Sep 2025), months apart"],
        ["007-1", "002-1", "some 3,000 additional soldiers against the total force"],
        ["007-1", "003-4", "some 3,000 additional soldiers against the total force"],
        ["007-1", "012-1", "some 3,000 additional soldiers against the total force"],
        ["007-1", "014-1", "some 3,000 additional soldiers against the total force"],
        ["014-2", "002-1", "around 3,000 more against the total force"],
        ["014-2", "003-4", "around 3,000 more against the total force"],
        ["014-2", "012-1", "around 3,000 more against the total force"],
        ["014-2", "014-1", "around 3,000 more against the first wave of about 11,000, same article"],
        ["003-1", "010-1", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025): cumulative, months apart"],
        ["003-1", "010-3", "1,100 casualties (Dec 2024) against around 3,000 (NIS's January tally, reported Apr 2025)"],
        ["004-1", "010-3", "more than 3,000 against around 3,000: borderline bound, months apart"],
        ["006-2", "010-2", "about 300 killed (Jan) against about 600 (Apr): cumulative, months apart"],
        ["006-2", "014-3", "about 300 killed (Jan) against about 2,000 (Sep): cumulative, months apart"],
        ["006-4", "010-2", "close to 1,000 killed (HUR, Jan) against about 600 (NIS, Apr), months apart"],
        ["006-4", "014-3", "close to 1,000 killed (Jan) against about 2,000 (Sep): cumulative, months apart"],
        ["010-2", "014-3", "about 600 killed (Apr) against about 2,000 (Sep): cumulative, months apart"],
        ["003-3", "006-3", "close to 1,000 wounded (Dec) against 2,700 (Jan): cumulative, weeks apart"],
    ],
}

about = ("Gold labels for testdata/blind417: fifteen articles written in our own words and labelled blind. "
         "See testdata/corpus/README.md for the meaning of every field.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
