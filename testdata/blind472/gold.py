#!/usr/bin/env python3
"""Gold labels for testdata/blind472 (run: python3 gold.py > gold.json)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind472: fifteen articles written blind for crosscheck about North Korean "
         "troops in Russia's Kursk region (October 2024 - December 2025). Same schema as corpus/gold.json; "
         "see corpus/README.md for what counts as a claim and a conflict.")

NK, RU, UA = "north_korea", "russia", "ukraine"

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
PENTAGON = ["Pentagon", "Sabrina Singh", "Singh", "Defense Department", "United States", "U.S.", "US"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Ukraine"]

A = {
    # Kyodo, 23 Oct 2024
    "000": [
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has moved around 3,000 of its soldiers to Russia so far", False),
        ("troops", NK, 1500, None, "about", NIS + ["Park Sun-won"],
         "a first contingent of about 1,500 troops", False),
    ],
    # Defense News, 5 Nov 2024
    "002": [
        ("troops", NK, 10000, None, "more_than", PENTAGON,
         "North Korea has now sent more than 10,000 soldiers to Russia", False),
        ("troops", NK, 8000, None, "about", PENTAGON,
         "roughly 8,000 of them have moved to the Kursk border region", False),
        ("troops", NK, 500, None, "about", ["Ukrainian military intelligence", "military intelligence", "HUR", "Ukraine"],
         "the contingent includes about 500 officers", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "there were already 11,000 North Korean soldiers in Kursk", False),
    ],
    # Korea Herald, 13 Jan 2025
    "003": [
        ("casualties", NK, 3000, None, "more_than", NIS + ["Lee Seong-kweun"],
         "North Korean troops fighting for Russia have taken more than 3,000 casualties", False),
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "some 300 killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "around 2,700 wounded since they were thrown into combat in Russia's Kursk region late last year", False),
        ("captured", NK, 2, None, "exact", NIS + ["Lee Seong-kweun", "Zelensky", "Ukraine"],
         "two North Korean soldiers had been taken prisoner by Ukraine", False),
    ],
    # Guardian live blog, 23 Dec 2024
    "005": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi"],
         "the number of North Korean soldiers killed and wounded in Kursk region already exceeds three thousand", False),
        ("casualties", NK, 1100, None, "about",
         ["joint chiefs of staff", "Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
         "about 1,100 North Korean soldiers had been killed or wounded in fighting against Ukrainian forces", False),
        ("casualties", UA, 46000, None, "more_than",
         ["Russia's defence ministry", "defence ministry", "Russian Defence Ministry", "Russian Defense Ministry", "Russia"],
         "Ukrainian forces have lost more than 46,000 troops in the Kursk region", False),
    ],
    # AP, 17 Jun 2025 (012 is a syndicated copy)
    "006": [
        ("troops", NK, 10000, 12000, "range",
         ["U.S., South Korean and Ukrainian assessments", "U.S.", "US", "United States", "South Korea", "Ukraine"],
         "North Korea sent between 10,000 and 12,000 troops to Russia last fall", False),
        ("troops", NK, 3000, None, "about", NIS,
         "It followed up with about 3,000 more early this year", False),
        ("killed", NK, 600, None, "about", ["South Korean officials", "South Korea"],
         "around 600 of the North Korean soldiers have died", False),
        ("wounded", NK, 2000, 9999, "vague", ["South Korean officials", "South Korea"],
         "thousands more have been wounded", True),
    ],
    # Kyiv Independent, 11 Jan 2025
    "008": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk Oblast", False),
        ("killed", NK, 1000, None, "more_than",
         ["HUR", "military intelligence", "Ukraine's military intelligence agency", "Andrii Yusov", "Yusov", "Ukraine"],
         "More than 1,000 North Korean soldiers have been killed in Kursk Oblast so far", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Pyongyang is estimated to have sent around 11,000 troops to fight alongside Russian forces in the region", False),
    ],
    # Bloomberg, 27 Feb 2025
    "009": [
        ("troops", NK, 3000, None, "about", NIS + ["South Korea's intelligence agency", "intelligence agency"],
         "some three thousand additional soldiers to Russia since the start of the year", False),
        ("troops", NK, 11000, None, "about", NIS + ["South Korea's intelligence agency", "intelligence agency"],
         "an initial force of about 11,000 that Pyongyang began shipping to Russia in October", False),
        ("casualties", NK, 4000, None, "about", NIS + ["lawmaker"],
         "put total North Korean casualties at roughly 4,000", False),
        ("troops", NK, 200, 900, "vague", NIS + ["lawmaker"],
         "Hundreds of the new arrivals have already been sent to the front", True),
    ],
    # TASS, 28 Apr 2025
    "011": [
        ("casualties", UA, 76000, None, "more_than",
         ["Gerasimov", "Valery Gerasimov", "General Staff", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded during the operation", False),
    ],
    # JoongAng Daily, 30 Apr 2025
    "013": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "About 4,700 North Korean soldiers have been killed or wounded while fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
         "including some 600 who died", False),
        ("troops", NK, 15000, None, "about", NIS,
         "Troops sent in total: about 15,000 (NIS estimate)", False),
    ],
    # DW Q&A, 5 Dec 2025
    "014": [
        ("troops", NK, 12000, None, "up_to", ["Ukrainian and Western officials", "Western officials", "Ukraine"],
         "was put at up to 12,000 by Ukrainian and Western officials at the time", False),
        ("troops", NK, 11000, None, "about", NIS,
         "roughly eleven thousand combat troops", False),
        ("troops", NK, 2000, 9999, "vague", ["Seoul", "South Korea"],
         "Several thousand more were sent as reinforcements early in 2025", True),
        ("killed", NK, 2000, None, "about", NIS + ["Lee Seong-kweun"],
         "around 2,000 North Korean soldiers had died in the fighting", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Ukraine captured two North Korean soldiers in January 2025", False),
    ],
}

NOT = {
    "000": ["10,000 soldiers in total by December", "about $2,000 a month", "0.8% lower at 38,104",
            "233-seat majority", "Oct. 27 vote"],
    "002": ["more than 1,000 square kilometers", "roughly 40% of it", "$425 million",
            "155 mm artillery rounds", "3,000 more loitering munitions", "$8.5 billion", "six years"],
    "003": ["One soldier facing capture", "the 11th Corps", "1.04% lower", "70 flights", "$95,000"],
    "005": ["killed two people and wounded four", "37 of 52 Russian drones", "a further 15",
            "200 flights cancelled", "21m cars"],
    "006": ["1,000 deminers", "5,000 military construction workers", "the 6,000 workers"],
    "008": ["born in 2005", "74 drones", "16,000+ members"],
    "009": ["about 200 long-range artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "1,445.20 per dollar", "as much as 2.3%", "25% Tariffs", "$39 Billion", "KOSPI 2,621.30"],
    "011": ["over 7,700 pieces of weapons and military equipment", "412 tanks", "Article 4",
            "3 settlements", "August 6, 2024"],
    "013": ["2,556.61", "up 0.21%", "April 26, 2025"],
    "014": ["1,000 deminers and 5,000 military builders", "several billion dollars a year", "05.12.2025"],
}

OFF = ["001", "004", "007", "010"]
DUP = {"012": "006"}

MAY_TROOPS = "troop counts from different stages of a growing deployment, weeks or months apart"
MAY_ADD = "an additional (reinforcement) force against a total"

conflicts = {
    "must": [
        ["002-2", "002-4", "about 8,000 North Korean troops in Kursk (Pentagon) against 11,000 in Kursk (Zelenskyy), same day, same article"],
        ["005-1", "005-2", "more than 3,000 casualties (Zelenskyy) against about 1,100 (South Korea's JCS), same day, same live blog"],
        ["008-2", "003-2", "more than 1,000 killed (Ukraine's HUR, 11 Jan 2025) against about 300 killed (South Korea's NIS, 13 Jan 2025), two days apart"],
    ],
    "may": [
        ["000-1", "002-1", MAY_TROOPS], ["000-1", "002-2", MAY_TROOPS], ["000-1", "002-4", MAY_TROOPS],
        ["000-1", "008-3", MAY_TROOPS], ["000-1", "009-2", MAY_TROOPS], ["000-1", "013-3", MAY_TROOPS],
        ["000-1", "006-1", MAY_TROOPS], ["000-1", "014-2", MAY_TROOPS],
        ["002-2", "008-3", MAY_TROOPS], ["002-2", "009-2", MAY_TROOPS], ["002-2", "013-3", MAY_TROOPS],
        ["002-2", "006-1", MAY_TROOPS], ["002-2", "014-2", MAY_TROOPS],
        ["002-2", "009-1", MAY_ADD], ["002-2", "006-2", MAY_ADD],
        ["002-1", "009-1", MAY_ADD], ["002-1", "006-2", MAY_ADD],
        ["002-4", "009-1", MAY_ADD], ["002-4", "006-2", MAY_ADD], ["002-4", "013-3", MAY_TROOPS],
        ["008-3", "013-3", MAY_TROOPS], ["008-3", "009-1", MAY_ADD], ["008-3", "006-2", MAY_ADD],
        ["009-1", "009-2", MAY_ADD], ["009-1", "013-3", MAY_ADD], ["009-1", "006-1", MAY_ADD],
        ["009-1", "014-2", MAY_ADD],
        ["009-2", "013-3", MAY_TROOPS], ["009-2", "006-2", MAY_ADD],
        ["013-3", "006-1", "total including reinforcements against the first wave, months apart"],
        ["013-3", "006-2", MAY_ADD],
        ["013-3", "014-1", "total including reinforcements against the first wave, months apart"],
        ["013-3", "014-2", "total including reinforcements against the first wave, months apart"],
        ["006-1", "006-2", MAY_ADD], ["006-2", "014-2", MAY_ADD],
        ["005-2", "003-1", "1,100 casualties (JCS, Dec 2024) against more than 3,000 (NIS, Jan 2025): three weeks apart, cumulative"],
        ["005-2", "009-3", "1,100 casualties (JCS, Dec 2024) against about 4,000 (NIS, Feb 2025): months apart, cumulative"],
        ["005-2", "013-1", "1,100 casualties (JCS, Dec 2024) against about 4,700 (NIS, Apr 2025): months apart, cumulative"],
        ["008-2", "013-2", "more than 1,000 killed (HUR, Jan) against about 600 (NIS, Apr): months apart"],
        ["008-2", "006-3", "more than 1,000 killed (HUR, Jan) against about 600 (South Korean officials, Jun): months apart"],
        ["003-2", "006-3", "300 killed (NIS, Jan) against 600 (South Korean officials, Jun): months apart, cumulative"],
        ["006-3", "014-4", "600 killed (Jun) against about 2,000 (NIS, Sep): months apart, cumulative"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
