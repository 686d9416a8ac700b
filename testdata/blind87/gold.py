#!/usr/bin/env python3
"""Write gold.json for the blind87 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "South Korea", "Seoul"]
LEE = NIS + ["Lee Seong-kweun", "lawmaker"]
ZEL = ["Zelensky", "Zelenskyy"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Some fifteen hundred North Korean special operations troops are already in the Russian Far East", False)],
 "001": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Sabrina Singh", "Singh", "Defense Department"],
          "Roughly 10,000 North Korean soldiers have now moved into Russia's Kursk region", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS + ["Park Sun-won"],
          "North Korea has sent between 10,000 and 12,000 soldiers to Russia", False),
         ("troops", "north_korea", 12000, None, "up_to", NIS,
          "Up to 12K North Korean troops in Russia", True),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon"],
          "the Pentagon said about 10,000 North Korean troops had moved to Kursk", False)],
 "003": [("killed", "north_korea", 100, None, "about", LEE,
          "Around 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", LEE,
          "and close to 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", LEE,
          "That puts the North's losses at about 1,100 in all", False),
         ("killed", "north_korea", 24, 99, "vague", ["military intelligence", "Ukrain"],
          "dozens of North Korean soldiers had been killed", True),
         ("killed", "north_korea", 1, None, "at_least", LEE,
          "the dead included at least one officer", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "The number of North Korean soldiers killed and wounded in Russia's Kursk Oblast has passed 3,000", False)],
 "005": [("casualties", "north_korea", 1000, None, "more_than", ["John Kirby", "Kirby", "White House"],
          "took more than 1,000 casualties, killed or wounded, in the past week alone", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "North Korea has between 11,000 and 12,000 troops in Russia", False)],
 "006": [("captured", "north_korea", 2, None, "exact", ZEL,
          "Ukrainian troops have taken two North Korean soldiers alive in Russia's Kursk region", False)],
 "007": [("killed", "north_korea", 300, None, "about", LEE,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", LEE,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", LEE,
          "put the North's total losses at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", LEE,
          "The NIS also confirmed that Ukraine has captured two North Korean soldiers", False)],
 "009": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea's losses in the Kursk operation have reached around 4,000 killed and wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Seoul's spy agency put the North Korean dead at about 300", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and the wounded at roughly 2,700", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU"],
          "The two North Korean soldiers captured on Jan. 9 remain in SBU custody, Zelensky said", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", LEE,
          "North Korean losses in the war in Ukraine have climbed to about 4,700", False),
         ("killed", "north_korea", 600, None, "about", LEE,
          "including roughly 600 soldiers killed", False),
         ("troops", "north_korea", 15000, None, "about", LEE,
          "the North has sent around 15,000 troops to Russia, the NIS estimates", False),
         ("troops", "north_korea", 3000, None, "about", LEE,
          "about 3,000 who arrived as reinforcements in January and February", False)],
 "011": [("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 North Korean soldiers had been killed or wounded during the Kursk campaign", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media"],
          "Nine of the regiment's soldiers were killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed fighting for Russia", False)],
}
NOT = {
 "000": ["a total of 12,000 soldiers in four brigades (planned)", "11th Corps", "four days starting Oct. 8",
         "roughly 400 kilometers", "KOSPI 0.4 pct at 2,609.30 (headline)", "9.1 trillion won (headline)",
         "3 dead in Gimpo warehouse fire (headline)", "2 new singles (headline)", "Facebook 214, X 1.1K, KakaoTalk 96", "7 a.m."],
 "001": ["thousands of miles", "about 600 square kilometers, roughly 1,300 square kilometers",
         "about 28,500 US troops in South Korea (not a subject)", "300 kilometers (190 miles)", "Comments (312)",
         "6 p.m.", "Northfield 28, Lakeview 21", "9 cents, $2.89", "$4.2 million", "54°", "$1 for 6 months", "4 min"],
 "002": ["810th Naval Infantry Brigade", "170-mm self-propelled guns, 240-mm multiple rocket launchers", "six days",
         "1950-53", "50,000 Russian and North Korean troops (other story's headline)", "1,400 per dollar, 2 years (headline)",
         "7 short-range missiles (headline)", "$88,000", "3 injured (headline)", "Reactions 87, Comments 15"],
 "003": ["240mm rocket launchers and 170mm artillery", "minus 10C", "93 missiles and nearly 200 drones (headline)",
         "Three killed (headline)", "2 December (headline)", "Share 1,284", "Comments (86)", "14 partners", "7am GMT"],
 "004": ["Russia's losses widget: 776,660 (+1,570), tanks 9,592, artillery 21,089", "Aug. 6",
         "5 injured, 20 buildings (headline)", "150 POWs, 60th exchange (headline)", "since 2014", "12,000 members", "$5 a month"],
 "005": ["$2.5 billion, $1.25 billion", "Jan. 20", "Seoul says 1,100 North Koreans killed or wounded (other story's headline)",
         "78 missiles (headline)", "38 dead, 29 survivors (headline)", "6.85%", "5 things", "Share 2.3K"],
 "006": ["born in 2005, served since 2021", "born in 1999, sniper since 2016", "94 Ukrainian drones (headline)",
         "3 billion euros (headline)", "Comments 118, Share 3.2K"],
 "007": ["one soldier about to be captured", "Dec. 3", "three weeks", "3%, 1,470 per dollar (headline)",
         "1,100 km (headline)", "179 killed in Jeju Air crash (headline)", "Reactions 526, Comments 41"],
 "009": ["Russia's losses widget: 818,560 (+1,530), tanks 9,759, artillery 21,960", "152 mm artillery", "about 30 kilometers",
         "August 2024", "13 killed, 113 injured (headline)", "100-year (headline)", "12,000 members", "$5 a month"],
 "010": ["170mm self-propelled guns", "$20 billion", "April 26", "several weeks in February", "6.8% (headline)",
         "June 3, 5 things (headline)", "1,050 soldiers in a day (headline)", "3:12", "Share (611)", "5 stories, 5 minutes"],
 "011": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 military builders and deminers (headline, planned)",
         "third visit in three months", "June 19, first anniversary", "5.4% of GDP", "44 Leopard 2 tanks, 950 million euro (headline)",
         "3 Russian diplomats (headline)", "4th year (headline)", "3 euros a month", "1,940 views", "Comments (7)"],
 "014": ["120 days", "1,000 deminers and thousands of military builders (planned, earlier)", "2026", "fourth year",
         "58% (headline)", "3 new destroyers for $4.5 billion (headline)", "1,200 Ukrainian troops in a day (headline)",
         "1.3M readers", "Share 873, 64 comments"],
}
OFF = ["012", "013"]
DUP = {"008": "007"}

goldlib.write(
    "Gold labels for the blind87 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["007-3", "009-1", "about 3,000 casualties (NIS) against around 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["010-3", "010-4", "about 15,000 sent in all against about 3,000 reinforcements: a part of the whole"],
            ["014-1", "014-2", "nine engineers killed demining (KCNA) against about 2,000 killed (NIS, September): a part, months apart"],
            ["003-1", "003-4", "about 100 killed (NIS) against dozens killed (Ukrainian intelligence): a vague figure"],
        ],
    },
)
