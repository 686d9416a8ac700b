#!/usr/bin/env python3
"""Write gold.json for the blind14 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
SYR = ["Syrskyi", "Commander-in-Chief", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Sabrina Singh", "Singh"],
          "The Pentagon believes roughly 10,000 North Korean soldiers are now training in eastern Russia", False),
         ("troops", "north_korea", 3000, None, "exact", ["U.S. officials", "US officials", "Pentagon", "Singh"],
          "the estimate had risen from the 3,000 that U.S. officials cited only a week and a half ago", True),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "Antony Blinken", "Secretary of State"],
          "Of that force, about 8,000 have already moved toward Kursk", False)],
 "001": [("troops", "north_korea", 1500, None, "about", NIS,
          "North Korea had shipped about 1,500 special forces soldiers to Russia's Far East in the first wave", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS + ["Park Sun-won"],
          "Between 10,000 and 12,000 North Korean troops are now in Russia", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the casualties, about 1,100 in total", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US military official", "US official", "Washington"],
          "several hundred North Koreans had been killed or wounded", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "have already lost more than 3,000 men killed and wounded", False),
         ("casualties", "north_korea", 1100, None, "about", ["Seoul", "South Korea"],
          "Seoul said last week that its neighbour's losses were about 1,100", False),
         ("troops", "north_korea", 2000, 9999, "vague", ["Western and South Korean officials", "Western", "South Korean officials"],
          "North Korea sent thousands of soldiers to Russia this autumn", True)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "Ukraine's forces captured two North Korean soldiers in Russia's Kursk Oblast", False),
         ("wounded", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "Both were injured.", True),
         ("troops", "north_korea", 11000, None, "about", ["Ukrainian intelligence", "Ukrain"],
          "Ukrainian intelligence has said about 11,000 North Korean troops were sent to Kursk Oblast", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "Zelensky said in December that more than 3,000 of them had already been killed or wounded", False)],
 "005": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korean troops in Russia have suffered about 3,000 casualties in Kursk", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "around 300 dead", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "some 2,700 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "In December the NIS put the toll at roughly 1,100", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers had been taken prisoner by Ukraine", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "a contingent that Seoul says numbers roughly 11,000", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers have already been killed or wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "around 300 North Korean troops had died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "2,700 had been wounded", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukraine", "Ukrain"],
          "Ukraine, meanwhile, released video of two North Korean prisoners this week", False)],
 "007": [("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
          "Some 3,000 additional soldiers were dispatched in January and February", False),
         ("troops", "north_korea", 11000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Le Monde"],
          "the roughly 11,000 men that Pyongyang began sending in October 2024", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "Kiev's forces lost more than 76,000 troops killed and wounded during the eight-month incursion", False),
         ("casualties", "north_korea", 2000, 9999, "vague", ["Western media", "Kiev", "Seoul"],
          "figures of thousands of Korean casualties", True)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers sent to fight for Russia have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 troops to Russia in total", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", SYR,
          "North Korean personnel losses in Kursk Oblast have exceeded 4,000 killed and wounded", False),
         ("troops", "russia", 50000, None, "more_than", SYR,
          "Russia has concentrated more than 50,000 troops in the Kursk direction", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "roughly 4,700 North Korean personnel have been killed or wounded", False)],
 "011": [("killed", "north_korea", 2000, None, "about", NIS,
          "roughly 2,000 North Korean soldiers have died fighting for Russia", False),
         ("killed", "russia", 120000, None, "more_than", ["Mediazona", "BBC Russian Service", "BBC"],
          "has confirmed by name the deaths of more than 120,000 Russian soldiers since February 2022", False)],
}
NOT = {
 "000": ["$0.99", "Share on X (412)", "152 mm shells", "more than $60 billion", "about 300 kilometres",
         "3.5% (headline)", "4-3, 11 games (headline)", "Two killed (headline)", "27 comments", "since 2022"],
 "001": ["about US$2,000 a month", "since 1953", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
         "seventh nuclear test", "Nov. 15 (headline)", "1.2 pct (headline)", "some 10 artillery rounds (headline)"],
 "002": ["240mm rocket launchers", "about 800 sq km", "more than 1,300 sq km", "Share 4,381", "4.75% (headline)",
         "2 killed (headline)", "£2 a month", "more than 1 year old"],
 "003": ["42 drones, 25 shot down, 16 lost", "six embassies", "five-year deal", "1 January", "Comments 96",
         "70mph (headline)", "12.3 million (headline)", "Three dead (headline)"],
 "004": ["Russia loses 1,510 troops over past day (headline)", "born in 2005", "Jan. 9", "300 prisoners of war (headline)",
         "$5 a month", "17,400 members", "Share 2.1K", "Comments 58", "4 min read"],
 "005": ["nearly tripling", "almost a third", "about two months", "$35 a month or $349 a year",
         "1,500 km (headline)", "6 things (headline)", "Comments (14)"],
 "006": ["more than a third", "about 15 miles", "roughly 500 square kilometers", "January 17, 2025",
         "5% (headline)", "$300B (headline)", "25,000 National Guard Troops (headline)", "SHARE 1.2K"],
 "007": [
         "around 220 artillery pieces", "170 mm", "240 mm", "1,300 km²", "30-day halt (headline)",
         "€6.5 billion (headline)", "73.2%", "€7.99/month", "December 3", "3 min read"],
 "008": ["412 tanks, 677 infantry fighting vehicles, more than 1,800 artillery pieces", "Article 4",
         "around 1,300 square kilometers", "August 6, 2024", "eight-month", "1.5% (headline)",
         "40,000 runners (headline)", "Share 311"],
 "009": ["more than 1,000 kilometers", "11 North Korean and Russian entities", "2.5% (headline)",
         "1 million visitors (headline)", "1,980 yen a month"],
 "010": ["170 Shahed-type drones, two Iskander-M, one Kh-59/69, 74 downed", "roughly two kilometers",
         "810th Naval Infantry Brigade", "$50", "numbered key takeaways", "December 2024"],
 "011": ["1,000 deminers and 5,000 military builders (planned)", "more than three times", "65,000 rubles",
         "72 (age)", "€5, €10 or €25", "4,812 people", "Share: 1,046", "18 charts (headline)",
         "Twenty-five years (headline)", "perhaps half of the real toll"],
}
OFF = ["013", "014"]
DUP = {"012": "006"}

goldlib.write(
    "Gold labels for the blind14 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-1", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), five days apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 10,000 now against the 3,000 cited a week and a half earlier: a superseded figure restated"],
            ["001-1", "001-2", "about 1,500 in the first wave against 10,000-12,000 now: an earlier, partial figure"],
            ["002-3", "002-4", "about 1,100 (NIS) against several hundred (US official): a vague figure"],
            ["002-4", "003-1", "several hundred (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["003-1", "003-2", "more than 3,000 (Zelensky) against about 1,100 restated from Seoul in the same live page"],
            ["004-3", "005-4", "more than 3,000 (Zelensky, December) against the December NIS 1,100 restated as superseded"],
            ["005-1", "005-4", "the NIS's own new and old estimates in one article"],
            ["005-4", "006-1", "the superseded December 1,100 (NIS) against nearly 4,000 (Zelensky)"],
            ["007-1", "007-2", "about 3,000 additional against about 11,000 initially: an additional force"],
        ],
    },
)
