#!/usr/bin/env python3
"""Write gold.json for the blind125 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "military"]
ZEL = ["Zelensky", "Zelenskiy", "Zelenskyy"]
USA = ["U.S.", "United States", "Washington", "State Department", "American"]
RUMOD = ["Defense Ministry", "Defence Ministry", "Russia", "Moscow"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Defense Department", "Singh"] + USA,
          "North Korea has sent around 10,000 soldiers to eastern Russia", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "Eleven thousand North Korean soldiers are now in Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", USA,
          "About 10,000 North Korean troops have moved into the Kursk border area", False),
         ("troops", "north_korea", 8000, None, "exact", USA,
          "up from an earlier U.S. estimate of 8,000 made last week", False)],
 "002": [("troops", "north_korea", 11000, None, "about", ["Kiev", "Kyiv", "Ukrain", "Western", "Washington", "Seoul"],
          "The Kiev regime has been insisting for several weeks that about 11,000 North Korean troops have arrived in the border region", False),
         ("casualties", "ukraine", 36000, None, "more_than", RUMOD,
          "the Ukrainian army had lost more than 36,000 servicemen in the Kursk direction", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Close to 1,000 more have been wounded", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The agency had earlier estimated that the North sent about 11,000 troops in total", False),
         ("casualties", "north_korea", 1, None, "at_least", NIS,
          "At least one general-grade officer was believed to be among the casualties", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean troops have been killed or wounded fighting for Russia in the Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "about 1,100 North Korean soldiers had been killed or injured since they joined the fighting", False)],
 "006": [("troops", "north_korea", 11000, None, "about", NIS,
          "the North sent about 11,000 troops, mostly from the special-operations Storm Corps", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"] + USA,
          "11,000 to 12,000 North Korean soldiers were in Russia's Kursk region", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the agency's figures put North Korean casualties at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "Two North Korean soldiers were captured alive in the Kursk region", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea has now lost close to 4,000 soldiers killed or wounded", False),
         ("killed", "north_korea", 17, None, "exact", ["special operations forces", "SSO", "Ukrain"],
          "their drone teams and infantry killed 17 North Korean soldiers", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "Kyiv"],
          "the two prisoners captured a week ago", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea dispatched some 3,000 additional troops to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "Of the roughly 11,000 troops the North initially deployed", False),
         ("casualties", "north_korea", 4700, None, "about", JCS,
          "around 4,700 had been killed or wounded as of early March", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has lost around 4,700 soldiers killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "In total, the North sent about 15,000 troops to Russia", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "general staff"],
          "Ukraine had lost more than 76,000 troops killed or wounded in Kursk", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Seoul estimates those troops suffered roughly 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "among them about 600 dead", False),
         ("troops", "north_korea", 11000, None, "about", ["Budanov", "HUR", "military intelligence", "Ukrain"],
          "Around 11,000 North Korean service members are still stationed in the Kursk region", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "Around 2,000 North Korean soldiers have now been killed fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "up from about 600 in April", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "put the toll at roughly 4,700 killed and wounded", False),
         ("casualties", "north_korea", 6000, None, "more_than", ["Defence Intelligence", "Ministry of Defence", "UK", "Britain", "MoD"],
          "North Korean forces had suffered more than 6,000 casualties in Kursk", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "state media", "Kim Jong Un", "North Korea", "Pyongyang"],
          "nine of its soldiers were killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the war", False)],
}
NOT = {
 "000": ["a force that would eventually number 12,000 across four brigades (planned)", "8.7 trillion yen (headline)",
         "2 short-range ballistic missiles (headline)", "191 seats (headline)", "M6.1 (headline)", "LINE 214",
         "1950-1953", "a handful (no number)"],
 "001": ["several hundred square kilometres", "152mm artillery", "Aug. 6", "96 drones (headline)",
         "14th sanctions package, 50 tankers (headline)", "2% (headline)", "7 swing states (headline)"],
 "002": ["214 tanks, 145 infantry fighting vehicles, 1,120 armored combat vehicles", "eight counterattacks",
         "range of up to 300 km", "19 out of 20 (headline)", "Views 4,317"],
 "003": ["240-millimeter rocket launchers, 170-millimeter guns", "more than 9,000 kilometers", "Dec. 3",
         "1 million sales (headline)", "3 generals questioned (headline)", "1.95%, 1,450 per dollar", "1.4%", "Share 27"],
 "004": ["more than 1,000 square kilometers", "78 missiles and 100 drones (headline)", "turns 100 (headline)",
         "5 purposes", "3 min read"],
 "006": ["born in 2005 / 1999", "KN-23, 170mm, 240mm", "$2,000 per month", "roughly a quarter of the force",
         "1,000 officers (headline)", "death toll climbs to 24 (headline)", "30 drones (headline)", "Three months"],
 "007": ["two BMP armoured vehicles", "three days", "about 1,300 square kilometres", "€50 billion (headline)",
         "33 hostages (headline)", "May 4 (headline)", "58 Comments"],
 "008": ["about 220 170-mm self-propelled guns and 240-mm multiple rocket launchers", "1,300 square kilometers",
         "April 4 (headline)", "Wildfires kill 26 (headline)", "1,300-year-old", "dies at 63", "3% (headline)",
         "top 5 stories", "Facebook 38, X 12"],
 "009": ["$20bn (£15bn)", "10 charts, first 100 days (headline)", "55 million people (headline)",
         "12K-follower (headline)", "more than 7 months old", "127 comments", "£2 a month", "August 2024"],
 "010": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 builders and deminers (headline, planned)",
         "second trip in as many weeks", "11 entities and 14 individuals", "5,000-ton destroyer (headline)",
         "1,000-km range (headline)", "0.9%, 38,536", "¥0", "Share/Save 91", "Comments 14"],
 "012": ["about 6,000 more personnel (planned)", "more than 12 million rounds", "about 250 ballistic missiles",
         "2.5-kilometer rail spur", "$9.99/month", "2 new air-defense missiles (headline)", "3 takeaways (headline)",
         "Share this story: 46", "Comments (9)"],
 "014": ["120 days", "1,000 deminers and 5,000 builders (planned)", "1 million troops (headline)",
         "10 rockets (headline)", "3.6% (headline)", "28-point plan (headline)", "early 2026"],
}
OFF = ["011", "013"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind125 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), the same day"],
            ["006-5", "007-1", "about 3,000 casualties (NIS) against close to 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["001-1", "001-3", "11,000 in Kursk (Zelensky) against the superseded US estimate of 8,000 from the week before"],
            ["001-2", "001-3", "the US raising its own estimate from 8,000 to about 10,000"],
            ["000-1", "001-3", "about 10,000 sent to Russia against an older 8,000 in Kursk: a part, and a superseded figure"],
            ["008-1", "008-2", "some 3,000 additional troops against roughly 11,000 initially: an additional force"],
            ["012-1", "012-2", "about 2,000 killed (NIS, September) against its own April figure of about 600, quoted as superseded"],
            ["012-3", "012-4", "about 4,700 casualties (NIS, April) against more than 6,000 (UK MoD, July): restated figures months apart"],
        ],
    },
)
