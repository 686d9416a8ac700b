#!/usr/bin/env python3
"""Write gold.json for the blind233 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Republic of Korea"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Defence Intelligence", "HUR", "Yusov", "military intelligence", "Budanov", "Ukrain"]
RUMOD = ["Russian Defense Ministry", "Defense Ministry", "Russia"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Defense Department", "Singh", "U.S.", "US"],
          "North Korea has sent roughly 10,000 soldiers to eastern Russia for training", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 North Korean soldiers in Russia's Kursk region", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "Among the North Koreans brought to the border area are about 500 officers", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "three of them generals", True)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between 10,000 and 12,000 North Korean soldiers are believed to have been dispatched to Russia", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "have lost more than 3,000 soldiers killed and wounded", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "North Korean forces had suffered around 1,100 casualties", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("troops", "russia", 20000, 99999, "vague", ["Ukrainian officials", "Ukrain"],
          "Russia has massed tens of thousands of troops", True)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "puts Pyongyang's total losses at roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "NIS"],
          "Ukrainian forces had captured two North Korean soldiers", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "now stands at nearly 4,000 killed and wounded", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "In late December he had put the number at more than 3,000.", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "two North Korean soldiers captured last week", False)],
 "006": [("troops", "north_korea", 3000, None, "about", JCS + ["Western media"],
          "Pyongyang had dispatched about 3,000 additional troops to Russia in January and February", False),
         ("casualties", "ukraine", 64000, None, "more_than", RUMOD,
          "the Armed Forces of Ukraine have lost more than 64,000 servicemen in the Kursk area", False),
         ("casualties", "ukraine", 250, None, "up_to", RUMOD,
          "the enemy lost up to 250 servicemen and 4 armored vehicles", True)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea's toll in the war in Russia has climbed to about 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Of those, some 600 were deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North has dispatched around 15,000 soldiers to Russia since last autumn", False)],
 "008": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korea's losses in the fighting for Russia's Kursk region have now exceeded 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's spy agency put the North's casualties at about 4,700 earlier this week.", False),
         ("wounded", "ukraine", 11, None, "exact", ["Klitschko", "mayor", "Kyiv"],
          "Eleven people, including two children, were injured", True),
         ("casualties", "russia", 1100, None, "about", ["Ministry of Defence", "Britain", "UK", "MoD"],
          "Russian casualties probably averaged about 1,100 a day in April", True)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS,
          "the North has sent around 15,000 troops to Russia since late last year", False)],
 "010": [("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers have been killed fighting for Russia", False)],
 "011": [("troops", "north_korea", 5000, None, "about", NIS,
          "about 5,000 military construction troops had been moving to Russia since September", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "| Nov. 2024 | NIS | 10,000 to 12,000 troops deployed |", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "| Jan. 2025 | NIS | about 300 killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "2,700 wounded |", False),
         ("troops", "north_korea", 3000, None, "about", JCS,
          "| Feb. 2025 | Joint Chiefs of Staff | about 3,000 reinforcements |", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "| Apr. 2025 | NIS | about 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 dead |", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "| Sep. 2025 | NIS | about 2,000 killed |", False),
         ("killed", "north_korea", 101, None, "at_least", ["state television", "Korean Central", "KCTV", "Kim Jong Un", "North Korea"],
          "state television showed him before a wall of portraits of 101 of the fallen", True)],
}
NOT = {
 "000": ["about 54,000 U.S. service members (not a subject)", "several hundred square kilometers",
         "since 2006", "up to 300 mm of rain (headline)", "233-seat majority (headline)",
         "1,046 points, 153 per dollar (headline)", "3 killed (headline)", "Share 214", "11:42"],
 "001": ["1,690 troops in past day (headline)", "5 injured (headline)", "about two weeks",
         "more than 6,000 kilometres", "2,841 views", "60+ news items daily"],
 "002": ["170 mm self-propelled howitzers and 240 mm multiple rocket launchers", "1,000th day",
         "3 million dollars' worth per month", "paras 5-7", "2 dead, 5 injured (headline)",
         "KOSPI 1.8 pct to 2,470 (headline)", "0.5 pct (headline)", "3 iTunes charts", "Share 1.2K", "Comments 37"],
 "003": ["776,000 troops since 2022 (headline)", "170 mm guns and 240 mm rocket launchers",
         "kills 1, injures 13 (headline)", "5 years (bio)", "20,000+ members", "$5 a month", "Share 387", "Aug. 6"],
 "004": ["born in 2005 / 1999, sniper since 2016", "¥8.7 trillion (headline)", "magnitude 6.9, 1 m tsunami (headline)",
         "¥1,650 a month", "1,051 shares", "3 min read"],
 "005": ["hundreds of square miles", "34F, 21F", "Millbrook 62-58", "$1 for 3 months", "Comments (41)", "2 hrs ago"],
 "006": ["June 19, 2024", "4 armored vehicles", "400 tanks and 300 infantry fighting vehicles",
         "89.35 per US dollar", "14:22"],
 "007": ["1950-53", "exports 3.7% (headline)", "KOSPI 2,556.61, 0.3% (headline)", "2nd time (headline)",
         "7 a.m.", "Share 582"],
 "008": ["165 drones, 98 shot down, 50 lost", "three-day truce from 8 to 10 May", "30-day ceasefire",
         "three districts", "1,342 comments", "7am"],
 "009": ["1,000 deminers and 5,000 military construction workers (planned)", "6,000 builders and deminers (headline, planned)",
         "second trip in two weeks, third since March", "fifth day; oil up 4%; 2% target (headlines)"],
 "010": ["roughly 6,000 more personnel, including engineers and deminers (planned)", "47 assaults",
         "within roughly two kilometers", "502 drones and 24 missiles; 430 drones and 21 missiles",
         "Kh-101, Iskander-M", "September 7 / September 8", "Suite 515, 1400 16th Street"],
 "011": ["1,000 deminers and 5,000 construction workers (planned, June)", "12K North Korean troops (headline)",
         "$1.5 billion (headline)", "2,318 comments", "7 min", "8 years", "$4 every 4 weeks"],
}
OFF = ["012", "014"]
DUP = {"013": "004"}

goldlib.write(
    "Gold labels for the blind233 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's JCS), same day"],
            ["004-3", "005-1", "roughly 3,000 casualties (NIS) against nearly 4,000 (Zelenskyy), four days apart"],
        ],
        "may": [
            ["000-1", "001-1", "about 10,000 sent to Russia (Pentagon) against 11,000 in Kursk alone (Zelensky), seven days apart: within 10%, but Kursk is a part of Russia"],
            ["011-3", "011-7", "about 300 killed (Jan) against about 600 (Apr): the NIS timeline in one table, months apart"],
            ["011-3", "011-8", "about 300 killed (Jan) against about 2,000 (Sep): months apart"],
            ["011-7", "011-8", "about 600 killed (Apr) against about 2,000 (Sep): months apart"],
            ["011-2", "011-5", "10,000-12,000 deployed (Nov 2024) against about 3,000 reinforcements: an additional force"],
            ["011-1", "011-2", "about 5,000 construction troops (since Sep 2025) against 10,000-12,000 (Nov 2024): a later, additional deployment"],
            ["011-1", "011-5", "about 5,000 construction troops against about 3,000 reinforcements: different waves"],
        ],
    },
)
