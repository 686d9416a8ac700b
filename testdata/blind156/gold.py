#!/usr/bin/env python3
"""Write gold.json for the blind156 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output). Run:
python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence", "Lee Seong-kweun",
       "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "military"]
ZEL = ["Zelensky", "Zelenskyy"]
US = ["U.S.", "US", "United States", "Washington", "American"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "North Korea has moved about 1,500 special operations troops to Russia's Far East", False),
         ("troops", "north_korea", 400, None, "about", NIS,
          "roughly 400 North Korean personnel lined up at a Russian military training ground in Ussuriysk", False)],
 "001": [("troops", "north_korea", 8000, None, "about", ["Blinken", "State"] + US,
          "Some 8,000 North Korean soldiers have moved to Russia's Kursk border region", False),
         ("troops", "north_korea", 10000, None, "about", ["Austin", "Pentagon", "Defense"] + US,
          "Roughly 10,000 North Korean troops are now inside Russia, Austin said", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are now 11,000 soldiers from North Korea in Russia's Kursk Oblast", False),
         ("troops", "north_korea", 8000, None, "about", US,
          "Washington said it believed about 8,000 North Korean troops were in the Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", US,
          "out of roughly 10,000 in Russia as a whole", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "have suffered more than 3,000 killed and wounded, President Volodymyr Zelensky of Ukraine said", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "Approximately 1,100 North Korean soldiers have been killed or wounded, the Joint Chiefs of Staff in Seoul said", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had died", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 had been wounded", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "US military official", "Pentagon", "U.S.", "US"],
          "\"several hundred\" North Korean troops had been killed or wounded", True),
         ("troops", "north_korea", 11000, 12000, "range", US,
          "The North has sent roughly 11,000 to 12,000 soldiers to Russia, according to American estimates", False)],
 "004": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korean losses in Russia's Kursk region have reached about 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "with roughly 300 soldiers dead", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "Pyongyang's troops had lost nearly 4,000 killed and wounded in the Kursk fighting", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "SBU"],
          "Two North Korean soldiers were nonetheless taken alive by Ukrainian forces last week, Zelensky announced", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the North is believed to have deployed roughly 11,000 troops to the region since October", False)],
 "006": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea dispatched an estimated 3,000 additional soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "sent on top of the force of about 11,000 that arrived last autumn", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "Casualties among the North Korean troops are estimated at around 4,000", False)],
 "007": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Roughly 4,700 North Korean troops dispatched to Russia have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "The agency estimates the North has sent about 15,000 soldiers to Russia since last October", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "HUR", "Defense Intelligence", "Defence Intelligence"],
          "The losses of the North Korean contingent in Russia's Kursk region have already exceeded 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's intelligence later estimated the North's losses at about 4,700 killed and wounded", False)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "Troops sent since autumn 2024 | about 15,000 | South Korea's NIS", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Killed or wounded | about 4,700 | NIS", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "of whom killed | about 600 | NIS", False),
         ("captured", "north_korea", 2, None, "exact", ["Kyiv", "Ukrain"],
          "Taken prisoner by Ukraine | 2 | Kyiv", False)],
 "013": [("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers have died fighting for Russia against Ukraine", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "more than three times the roughly 600 it gave in April", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "Kim"],
          "Nine of the regiment's soldiers were killed during the 120-day mission, the Korean Central News Agency said", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed in the war overall", False)],
}
NOT = {
 "000": ["a total of some 12,000 troops in four brigades (planned)", "preparing 10,000 soldiers to send (Zelensky, planned)",
         "four amphibious ships and three escort vessels", "Oct. 8 and 13", "10 a.m.", "11th Corps", "Share 2.1K",
         "2 inter-Korean roads (headline)", "7.5 pct (headline)", "Over 3,000 people (headline)", "1,368.20 per dollar",
         "24.3 tln won by 2033"],
 "001": ["range of up to 300 km (186 miles)", "roughly 1,000 square km (386 square miles)", "top 1,500 a day (headline)",
         "1%, $73.16 (headline)", "200 ballistic missiles (headline)", "6.1%", "5 hours ago"],
 "002": ["23 October", "Article 4", "5 guided bombs: 7 injured (ticker)", "1,350 personnel, 9,190 tanks (ticker)",
         "50 of 73 drones (ticker)", "€50 billion (ticker)", "08:25"],
 "003": ["about a third of that", "groups of 20 to 30 men", "more than 1,000 days", "412 comments", "10 gifts remaining",
         "Dec. 24, 2024, Section A, Page 8", "12K North Korean Troops (related headline)", "500 Miles (headline)", "$1 a week"],
 "004": ["842 partners", "born in 2005 / 1999", "01:47", "2 killed, 13 injured (headline)",
         "16th sanctions package, 74 vessels (headline)", "death toll rises to 24 (headline)", "07:00 CET"],
 "006": ["some 220 artillery pieces", "170 mm self-propelled guns and 240 mm multiple rocket launchers", "March 14 (photo)",
         "¥8.7 trillion (headline)", "Up to 2,000 North Korean troops killed? (related headline)", "5 comments"],
 "007": ["over 400 tanks and more than 1,500 armored vehicles", "June 19, 2024 / Article 4", "August 6, 2024",
         "115 drones over seven regions (ticker)", "Over 2,000 residents (ticker)", "7.5% (ticker)"],
 "008": ["11-nation monitoring team", "15 stories", "25 million users (headline)", "1,426.0 to the dollar", "Share 318",
         "Comments (3)"],
 "010": ["About half of the artillery shells", "April 28", "1,310 soldiers, 958,000 (Read also)",
         "94 times, 1 killed (Read also)", "2015-2025"],
 "011": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 builders and deminers (headline, fact box; planned)",
         "second trip in as many weeks", "kills 28, injures over 130 (headline)", "6 joint statements (headline)", "day 6 (headline)"],
 "013": ["5,000 military construction workers (planned)", "more than three times", "80 years", "810 drones (headline)",
         "26 countries (headline)", "2019", "2 min"],
 "014": ["120-day mission, about four months", "1,000 deminers and 5,000 military builders (planned, restated)",
         "more than 150 villages", "60,000 over next 5 years (headline)", "4,167.16, up 1.2% (headline)",
         "$34 million (headline)", "Share 86"],
}
OFF = ["005", "012"]
DUP = {"009": "008"}

goldlib.write(
    "Gold labels for the blind156 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-1", "002-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), four days apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), same day"],
            ["004-1", "004-4", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), same report"],
        ],
        "may": [
            ["002-1", "002-2", "11,000 in Kursk (Zelensky) against the US 8,000 restated in the same report: the disagreement 001-1~002-1 already carries"],
            ["001-2", "002-1", "about 10,000 in Russia (Austin) against 11,000 in Kursk (Zelensky): bands touch, Kursk is a part of Russia"],
            ["002-1", "002-3", "11,000 in Kursk (Zelensky) against roughly 10,000 in Russia (US, restated): as above"],
            ["003-1", "003-5", "more than 3,000 (Zelensky) against several hundred (US official): a vague figure"],
            ["003-2", "003-5", "about 1,100 (JCS) against several hundred (US official): a vague figure"],
            ["006-1", "006-2", "an additional 3,000 against the first 11,000: an additional force"],
            ["013-1", "013-2", "about 2,000 killed (NIS, September) against the roughly 600 it gave in April, restated: same source, months apart"],
        ],
    },
)
