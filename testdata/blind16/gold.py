#!/usr/bin/env python3
"""Write gold.json for the blind16 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "lawmaker", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky"]
HUR = ["HUR", "Budanov", "Defence Intelligence", "military intelligence", "Ukrain"]
US = ["Pentagon", "Sabrina Singh", "Singh", "United States", "U.S.", "US", "Washington"]
GS_UA = ["General Staff", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "ferried around 1,500 North Korean special forces soldiers", False)],
 "001": [("troops", "north_korea", 10000, None, "about", US,
          "About 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "Secretary of State", "State Department"],
          "roughly 8,000 of those soldiers are now in Russia's Kursk region", False)],
 "002": [("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "US military official", "military official", "U.S. official", "US official"],
          "with several hundred killed or wounded", True),
         ("troops", "north_korea", 11000, 12000, "range", US,
          "between 11,000 and 12,000 North Korean troops are now in Russia", False),
         ("casualties", "north_korea", 30, None, "at_least", HUR,
          "at least 30 North Korean soldiers were killed or wounded", False)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the casualties, some 1,100 in all", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The agency believes about 11,000 North Korean troops are in Russia", False),
         ("casualties", "north_korea", 1, None, "at_least", NIS,
          "at least one general-level officer was thought to be among the casualties", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "have lost more than 3,000 soldiers killed and wounded", False),
         ("casualties", "russia", 777760, None, "exact", GS_UA,
          "personnel 777,760", True)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "SBU"],
          "Ukrainian forces have captured two North Korean soldiers", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "around 300 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "about 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "casualties of roughly 3,000 in all", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have suffered close to 4,000 casualties, killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Kyiv", "Ukrain"],
          "the two North Koreans captured last week", False)],
 "008": [("troops", "north_korea", 11000, None, "about", NIS,
          "North Korea originally sent around 11,000 soldiers", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "an additional 3,000 or so were dispatched in January and February", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "put North Korean casualties at nearly 4,000 killed and wounded", False),
         ("casualties", "russia", 900000, None, "about", ["Ministry of Defence", "MoD", "Britain", "UK", "British"],
          "Russia has suffered around 900,000 killed and wounded", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia", "Moscow"],
          "the Ukrainian side lost more than 76,000 servicemen killed and wounded in the region", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea had so far sent about 15,000 soldiers to Russia in total", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "when the agency estimated about 3,000 casualties", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korea has lost over 4,000 soldiers killed and wounded", False),
         ("casualties", "russia", 1250, None, "exact", GS_UA,
          "Enemy losses over the past day: 1,250 personnel", True)],
 "012": [("killed", "north_korea", 9, None, "exact", ["State media", "KCNA", "North Korea", "Pyongyang", "Kim"],
          "State media said nine of the regiment's soldiers died during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "estimated that about 2,000 North Korean soldiers had been killed in Russia", False)],
}
NOT = {
 "000": ["as many as 12,000 soldiers organized into four brigades (planned)", "more than 13,000 containers",
         "Oct. 8 and 13", "2 inter-Korean roads (headline)", "1,368.2 per dollar, 0.6 pct (headline)",
         "3.2 tln won (headline)", "$1.2 bln (headline)", "12 injured (headline)", "Nov. 15"],
 "001": ["about 86 minutes", "over 7,000 kilometers", "about 200 km", "about 54,000 U.S. service members (not a subject)",
         "100 yen, 1,980 yen a month", "152 against dollar (headline)", "191 seats (headline)", "2 dead in Taiwan (headline)",
         "1.2K shares", "within weeks"],
 "002": ["$500 million", "155mm and 105mm artillery rounds", "$5.9 billion", "roughly 800 square kilometers, about 1,300",
         "93 missiles and nearly 200 drones (headline)", "2 killed in Kherson (headline)", "Comments (214)",
         "Dec. 14-15", "Jan. 20"],
 "003": ["240-mm multiple rocket launchers and 170-mm self-propelled guns", "25 basis-point (headline)",
         "53,000 won, 4-year low (headline)", "0.7% (headline)"],
 "004": ["27 attacks", "Aug. 6", "five years", "1,033 days", "$5 a month", "tanks 9,569, artillery 20,920 (widget)",
         "72 missiles, 1 killed (headline)", "15th sanctions package, 52 vessels (headline)", "20 Mirage 2000 (headline)",
         "nearly three times higher", "2 min read"],
 "005": ["aged 20", "joined the army in 2021", "8.7 trillion yen (headline)", "7 Chinese vessels (headline)",
         "about 80% within 30 years (headline)", "5 articles a month"],
 "006": ["day 1,059", "14 new posts, 3,412 readers", "about 40 minutes", "64 Shahed-type drones, two Iskander-M, 38 shot down, 24 lost",
         "€50 million", "about 1,000 interceptor drones", "Share 2.1K, Comments 377", "5 minutes"],
 "008": ["6 min", "Five months", "pre-war population of about 5,000", "30-day pause (headline)",
         "€800 billion (headline)", "70 years (headline)", "Share (548)", "February 2022"],
 "009": ["over 400 tanks, 2,700 units of artillery and 1,000 drones", "June 2024", "145,000 subscribers",
         "29 foreign leaders (headline)", "82.5 per dollar (headline)", "10.2% (headline)", "80th anniversary"],
 "010": ["$20 billion", "two days after", "0.8% (headline)", "35 days (headline)", "9 regions (headline)",
         "Shares 312, Comments 45"],
 "011": ["Views: 8,417", "two villages", "18 artillery systems, 2 tanks (widget)", "9 people injured, 4 high-rises (headline)",
         "50% of revenues (headline)", "205 prisoners for 205 (headline)", "April 30"],
 "012": ["1,000 deminers and 5,000 military builders (planned)", "those 6,000 (planned)", "some four months",
         "several billion dollars", "more than 50%", "1,000-kilometer front line", "fifth year", "56 comments",
         "9 min read", "12 books, $65 billion, 4 in 10 (headlines)", "$2.50 a week", "2021", "2026"],
}
OFF = ["013", "014"]
DUP = {"007": "005"}

goldlib.write(
    "Gold labels for the blind16 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-4", "006-1", "roughly 3,000 casualties (NIS) against close to 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["002-1", "003-3", "several hundred casualties (US official) against about 1,100 (NIS): a vague figure"],
            ["002-1", "004-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["008-1", "008-2", "about 11,000 originally against an additional 3,000 or so: an additional force"],
            ["010-1", "010-4", "about 4,700 now against about 3,000 in January (same agency, restated earlier estimate)"],
            ["010-4", "011-1", "the January NIS estimate of about 3,000, restated on Apr 30, against more than 4,000 (Budanov) on May 2: the restated figure is for an earlier period"],
        ],
    },
)
