#!/usr/bin/env python3
"""Write gold.json for the blind241 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong",
       "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Singh", "Defense Department", "U.S.", "United States"]
GUR = ["GUR", "HUR", "Main Intelligence Directorate", "military intelligence", "Budanov", "Yusov"]
RUMOD = ["Russian Defence Ministry", "Russian Defense Ministry", "Defence Ministry", "Russia", "Moscow"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "about 1,500 of them have already been ferried to the Russian Far East", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", GUR + ["Ukrain"],
          "eleven thousand North Korean infantrymen were being trained in the Russian Far East", False),
         ("casualties", "ukraine", 26000, None, "more_than", RUMOD,
          "the Ukrainian Armed Forces had lost more than 26,000 servicemen", False)],
 "002": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "About 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
         ("troops", "north_korea", 8000, None, "about", PENTAGON,
          "Roughly 8,000 of them are in Russia's Kursk border region", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Put together, that comes to about 1,100 casualties", False),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "Between 11,000 and 12,000 North Korean soldiers are now in the Kursk area", False),
         ("casualties", "north_korea", 200, 900, "vague", PENTAGON,
          "adding that several hundred had been killed or wounded", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "the number of North Korean soldiers killed and wounded in the Kursk region has already passed 3,000", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That brings the North's total losses in Russia's Kursk region to roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Ukrainian forces captured two North Korean soldiers on Saturday", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea has lost nearly 4,000 troops killed and wounded in Russia's Kursk region", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "SBU", "Security Service"],
          "Ukrainian special forces and paratroopers captured two North Korean soldiers alive", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "An estimated 3,000 additional troops were dispatched in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "on top of the roughly 11,000 Pyongyang sent last autumn", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "Around 4,000 of its soldiers had been killed or wounded by the end of February", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "some 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 of them fatally", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has sent roughly 15,000 troops to Russia in all", False)],
 "009": [("casualties", "north_korea", 5000, None, "about", GUR + ["Ukrain"],
          "North Korean forces have suffered roughly 5,000 casualties since arriving in Kursk Oblast", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "Ukrainian forces lost over 76,000 personnel in Kursk Oblast since August 2024", False)],
 "010": [("killed", "north_korea", 2000, None, "about", NIS,
          "Roughly 2,000 North Korean soldiers have been killed fighting for Russia", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea sent about 15,000 combat troops to Russia's Kursk region last year and early this year", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "around 1,000 military engineers have gone to Kursk to clear mines", False)],
 "011": [("troops", "north_korea", 11000, None, "about", NIS,
          "the North sent about 11,000 troops in October and November 2024", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "and roughly 3,000 more early in 2025", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Combat troops sent, in total | about 15,000 | South Korea's NIS", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "Killed | about 2,000 | South Korea's NIS", False),
         ("casualties", "north_korea", 6000, None, "more_than",
          ["Defence Intelligence", "UK", "Ministry of Defence", "MoD", "British", "Britain"],
          "Killed and wounded | more than 6,000 | UK Defence Intelligence", False),
         ("captured", "north_korea", 2, None, "exact", ["SBU", "Security Service", "Ukrain"],
          "Taken prisoner by Ukraine | 2 | Ukraine's SBU", False)],
}
NOT = {
 "000": ["A total of 12,000 soldiers, organised in four brigades (planned)", "12K (headline, planned)",
         "4,600-tonne landing vessel", "more than 13,000 containers", "between Oct. 8 and 13",
         "60 meters each (headline)", "2,593.82", "22 pct", "Nov. 15", "6.5 pct", "3 dead, 17 hurt (headline)"],
 "001": ["180 tanks and 150 infantry fighting vehicles", "since August 6", "Article 4", "by November 1",
         "36 countries, 22 of them", "Over 400 Ukrainian servicemen lost in past day (other story's headline)",
         "after 14 days (headline)", "35% of global GDP (headline)", "two settlements"],
 "002": ["190-mile-range ATACMS", "about 28,500 troops in South Korea (US troops, not a subject)", "86 minutes",
         "6:30 a.m.", "sends 3 to hospital (headline)", "9 cents to $2.94", "Rio Grande 28, Oak Hill 21",
         "$1 for 6 months", "Comments (14)", "61°"],
 "003": ["2,000-kilometer-range missiles", "8.7 trillion yen", "fiscal 2025", "\"2+2\" talks on Jan. 10 (headline)",
         "3 killed (headline)", "38,813 / 1.0%", "14:55 JST"],
 "004": ["2 killed, 11 injured (headline)", "30 more Leopard 1A5 tanks (headline)",
         "personnel about 771,540 (+1,580), 9,640 tanks, 21,027 artillery (daily widget)", "23.12.2024"],
 "005": ["aged 26", "aged 20", "1,100 km (headline)", "2,489.56, 1 percent", "Comments (37)"],
 "006": ["16th sanctions package", "€210 billion", "January 27", "6 a.m. CET", "$500 billion (headline)",
         "180 days (headline)", "14 comments"],
 "007": ["about 220 artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
         "KN-23", "1,100 days on (headline)", "2:14", "5 March 2025"],
 "008": ["28 trillion won ($20 billion)", "97 percent", "2023", "2 more charges (headline)",
         "20 points, June 3 (headline)", "5 things (headline)", "17:10"],
 "009": ["72-hour ceasefire, May 8 to 10", "12 assaults", "2.4 kilometers", "240mm", "footnotes [1]-[5]",
         "3,218 shares", "December 2024 and January 2025"],
 "010": ["another 5,000 military construction workers (planned)", "more than three times", "four months",
         "¥1,650/month", "5 photos", "1 missing (headline)", "43,000 (headline)", "47th homer, 9-2",
         "2025 defense white paper"],
 "011": ["1,000 deminers, 5,000 builders (pledged, planned)", "about $20 billion", "1,482 shares",
         "More than a year"],
}
OFF = ["012", "013"]
DUP = {"014": "005"}

goldlib.write(
    "Gold labels for the blind241 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelenskyy), four days apart"],
        ],
        "may": [
            ["000-1", "001-1", "about 1,500 shipped so far (NIS) against 11,000 in training (Budanov), six days apart: a first batch against the whole contingent"],
            ["003-5", "004-1", "several hundred casualties (Pentagon) against more than 3,000 (Zelensky): a vague figure"],
            ["003-3", "003-5", "about 1,100 (NIS) against several hundred (Pentagon) in one article: a vague figure"],
            ["007-1", "007-2", "an additional 3,000 against the first 11,000: an additional force"],
            ["010-2", "010-3", "about 15,000 combat troops against about 1,000 engineers sent since: an additional force"],
            ["011-1", "011-2", "about 11,000 first against roughly 3,000 more: an additional force"],
        ],
    },
)
