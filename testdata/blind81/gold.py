#!/usr/bin/env python3
"""Write gold.json for the blind81 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Singh", "Defense", "U.S.", "US"]
HUR = ["HUR", "military intelligence", "Budanov", "Ukrain", "GUR"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "describing the first batch as about 1,500 special forces soldiers", False)],
 "001": [("troops", "north_korea", 3000, None, "at_least", ["Kirby", "White House"],
          "At least 3,000 North Korean soldiers were moved by ship into eastern Russia", False),
         ("troops", "north_korea", 1500, None, "about", NIS + ["Park Sun-won", "lawmaker"],
          "A further contingent of roughly 1,500 troops had arrived since its first report last week", False),
         ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won", "lawmaker"],
          "about 3,000 North Korean soldiers have now made the trip", False)],
 "002": [("troops", "north_korea", 12000, None, "about", HUR,
          "Some twelve thousand North Korean soldiers are being prepared in Russia's Far East", False),
         ("troops", "north_korea", 500, None, "exact", HUR,
          "among them 500 officers", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "and three generals", True)],
 "003": [("troops", "north_korea", 10000, None, "about", PENT,
          "Roughly 10,000, Pentagon press secretary Sabrina Singh said, have been sent by Pyongyang to train in eastern Russia", False)],
 "004": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "Eleven thousand North Korean soldiers are now in the Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "The Pentagon said last week that roughly 10,000 North Korean soldiers had been sent to Russia in total", False),
         ("troops", "russia", 50000, None, "about", ZEL + ["intelligence"],
          "Russia has concentrated about 50,000 of its own troops in the region", False)],
 "005": [("troops", "north_korea", 10000, None, "more_than", NIS,
          "more than 10,000 North Korean troops had been deployed to Russia", False),
         ("troops", "north_korea", 10000, None, "more_than", ["State Department", "Patel", "U.S.", "US", "Washington"],
          "More than 10,000 DPRK soldiers", False)],
 "007": [("casualties", "north_korea", 200, 900, "vague", ["military official", "U.S. official", "US official", "Pentagon"],
          "put them at several hundred killed and wounded", True),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "Between 11,000 and 12,000 North Korean troops are now in the Kursk region", False),
         ("killed", "north_korea", 50, None, "exact", ["Special Operations Forces", "SSO", "Ukrain"],
          "its units had killed 50 North Korean soldiers", False),
         ("wounded", "north_korea", 47, None, "exact", ["Special Operations Forces", "SSO", "Ukrain"],
          "and wounded 47 in three days of fighting", False),
         ("casualties", "russia", 1500, None, "more_than", ["General Staff", "Ukrain"],
          "overall Russian losses at more than 1,500 a day this month", True)],
 "008": [("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun", "lawmaker"],
          "at least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun", "lawmaker"],
          "almost 1,000 more have been wounded", False),
         ("troops", "north_korea", 11000, None, "about", NIS + ["Lee Seong-kweun", "lawmaker"],
          "The agency's estimate of the size of the force was unchanged, at about 11,000 soldiers", False),
         ("casualties", "north_korea", 1, None, "at_least", NIS + ["Lee Seong-kweun", "lawmaker"],
          "the casualties included at least one general-grade officer", True)],
 "009": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers had been killed or wounded in Russia's Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "About 1,100 North Korean soldiers have been killed or wounded", False),
         ("troops", "north_korea", 11000, None, "about", ["Western", "Ukrainian intelligence", "intelligence agencies"],
          "some 11,000 North Korean soldiers have been sent to the region since October", False)],
 "011": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "about 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting the North's total losses at some 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "Ukraine was holding two North Korean soldiers captured on 9 January", False),
         ("casualties", "russia", 1523, None, "exact", ["Ministry of Defence", "MoD", "UK"],
          "Moscow's forces had suffered 1,523 casualties a day on average in November", True)],
 "013": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea's army has now lost nearly 4,000 soldiers killed and wounded in the Kursk region", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Security Service", "SBU", "Ukrain"],
          "the two North Korean soldiers captured by Ukrainian special forces and paratroopers this month", False)],
 "014": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "The North has dispatched about 15,000 troops in all", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "among them some 3,000 reinforcements who arrived in January and February", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia"],
          "Ukraine had lost more than 76,000 troops killed and wounded", False)],
}
NOT = {
 "000": ["around 12,000 troops in four brigades (planned)", "four Russian landing and escort vessels", "Oct. 8 and Oct. 13",
         "11th Corps", "more than 13,000 containers of shells", "Share 1.2K", "2 days (headline)", "10 million won (headline)",
         "11-day drills with 110 aircraft (headline)", "2 fan events, 0.68 pct, 2,593.82, 9.1 trillion won", "3 types of cookies",
         "15:40 KST", "August 2023"],
 "001": ["around 10,000 troops in all by December (planned)", "about 28,500 US troops in South Korea (not a subject)", "1953",
         "214 Comments", "03:20 PM", "6 years", "6 a.m.", "2 points, 1,004 likely voters (headline)", "$95 billion, 79-18 (headline)",
         "$425 million (headline)"],
 "002": ["$9.99/month, $99/year", "38 comments", "50 centimeters", "35 km (22 miles)", "at least 14 large tents, roughly 60 trucks",
         "2,000 people or 200 (hypothetical)", "152mm and 122mm artillery", "since at least 2021", "four times (ratio)",
         "3 Russian landing ships in 6 days (headline)", "26 launches, 41 missiles (headline)", "40,000-strong special forces (headline)",
         "X (1,046), Facebook (312), LinkedIn (58)", "since 2015"],
 "003": ["32 members", "about 600 square kilometres", "since 2022", "Share this article (1.4K)", "more than three times (ratio)",
         "€35bn (headline)", "53.9% (headline)", "12 EU leaders (headline)", "38 partners", "09:15 GMT+1"],
 "004": ["14,000 members, €5 a month", "groups of up to 30 men (unit size)", "several hundred square kilometers",
         "96 drones, 62 downed (headline)", "€1.9 billion (headline)", "personnel about 705,720 (+1,680) (losses widget)",
         "9,232 tanks, 20,152 artillery systems, 18,575 drones (widget)", "Telegram (2.3K)", "since 2022"],
 "005": ["170 mm self-propelled guns, 240 mm multiple rocket launchers", "1950-53", "several hundred million dollars", "17 comments",
         "3 hawks (headline)", "1,406 per dollar, 2 years (headline)", "522,670 students (headline)",
         "100,000 more N. Korean soldiers (headline, speculative)", "1,500 troops in first wave (related headline)",
         "top 10 stories at 7 a.m."],
 "007": ["12K-strong (headline, the top of the Pentagon's range)", "$1 for 3 months", "38°F", "0 comments", "about 3 miles",
         "Lakeshore 64, Central 51, 7-0", "$4.2M, 2025", "12 displays", "412 Main St"],
 "008": ["7 artillery rounds", "since 2023", "Facebook 96, X 41", "2 soldiers (related headline)",
         "1.4%, $56.4 billion (headline)", "3 ministers, 9 hours (headline)", "2024.06.01"],
 "009": ["02:41", "240 mm multiple rocket launchers, 170 mm self-propelled guns", "hundreds of square kilometers",
         "injures 8, including 2 children (headline)", "€650 million (headline)", "over 1,000 days (headline)",
         "3-minute daily news digest", "14 vendors"],
 "011": ["born in 2005, served since 2021", "the other, 26 (age)", "less than three months", "312 comments",
         "death toll rises to 24 (headline)", "1-1, 5-3 (headline)", "4.5% (headline)", "7am GMT", "£2 a month"],
 "013": ["Views: 2,318", "34 of 58 drones (headline)", "1,500 ships, August 2023 (headline)"],
 "014": ["$20 billion", "eight-month incursion", "11,500 troops to march (headline, Russian parade)", "PMI at 49.0 (headline)",
         "2 months of talks (headline)", "3 min read, 5 min read"],
}
OFF = ["006", "012"]
DUP = {"010": "009"}

goldlib.write(
    "Gold labels for the blind81 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-3", "002-1", "about 3,000 arrived (NIS) against some twelve thousand in Russia (HUR), three days apart"],
            ["001-3", "003-1", "about 3,000 (NIS) against roughly 10,000 (Pentagon), five and a half days apart"],
            ["009-1", "009-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), same report"],
            ["011-3", "013-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["000-1", "001-1", "about 1,500 (NIS, Oct 18) against at least 3,000 (Kirby): the later report explains a second contingent"],
            ["000-1", "001-3", "about 1,500 against about 3,000, the same agency's count growing, and the later report says why"],
            ["001-1", "001-2", "at least 3,000 (Kirby) against a further 1,500 (NIS): an additional force"],
            ["001-2", "002-1", "a further 1,500 (NIS) against some twelve thousand (HUR): an additional force"],
            ["001-2", "003-1", "a further 1,500 (NIS) against roughly 10,000 (Pentagon): an additional force"],
            ["007-1", "009-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["007-1", "009-2", "several hundred casualties (US official) against about 1,100 (JCS): a vague figure"],
        ],
    },
)
