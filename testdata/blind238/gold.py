#!/usr/bin/env python3
"""Write gold.json for the blind238 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "Lee Seong-kweun",
       "lawmakers", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Defense Department", "Department of Defense", "Pentagon", "U.S.", "United States"]
GUR = ["Budanov", "Defense Intelligence", "military intelligence", "HUR", "GUR"]
RUS = ["Gerasimov", "General Staff", "Defense Ministry", "Russia", "Moscow"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "Kim Jong Un"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships carried some 1,500 special forces troops", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Pyongyang has dispatched between 10,000 and 12,000 troops in all", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "The U.S. Defense Department has put the number at roughly ten thousand", False),
         ("troops", "north_korea", 500, None, "about", ["Ukrainian military intelligence"] + GUR,
          "the North Korean contingent includes about 500 officers", False),
         ("troops", "north_korea", 3, None, "exact", ["Ukrainian military intelligence"] + GUR,
          "three of them generals", True)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "with around 100 soldiers killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "The casualties, which Rep. Lee Seong-kweun of the People Power Party put at around 1,100 in all", False),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "it believes 11,000 to 12,000 North Korean troops are in Kursk", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. official", "US official"],
          "several hundred North Korean soldiers had been killed or wounded", True),
         ("casualties", "north_korea", 1, None, "at_least", NIS,
          "at least one officer of general rank was believed to be among the casualties", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "North Korea has now lost more than 3,000 soldiers killed or wounded", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed there", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 others have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That brings the total number of casualties to about 3,000, the lawmakers said", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + NIS + ["Ukrain"],
          "his forces had captured two North Korean soldiers in the region", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have lost \"nearly four thousand\" men killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "the two North Korean soldiers taken prisoner by Ukrainian special forces", False),
         ("troops", "north_korea", 11000, None, "about", ["Ukrainian, South Korean and US estimates", "estimates", "Ukrain", "South Korea", "U.S."],
          "Pyongyang has sent around 11,000 soldiers to Russia", False)],
 "006": [("casualties", "north_korea", 4000, None, "more_than", GUR,
          "North Korea's losses in Russia's Kursk region have passed 4,000 killed and wounded", False),
         ("casualties", "ukraine", 76000, None, "more_than", RUS,
          "Gerasimov claimed that Ukraine had lost more than 76,000 servicemen in the region", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrinform", "Ukrain"],
          "Ukrainian forces captured two North Korean soldiers in January", False)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers sent to Russia have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "some 600 of them fatally", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent around 15,000 troops to Russia since last autumn", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "roughly 3,000 reinforcements dispatched in January and February", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", RUS,
          "According to the Russian Defense Ministry, the enemy lost more than 76,000 servicemen during the Kursk adventure", False)],
 "009": [("killed", "north_korea", 9, None, "exact", KCNA + ["Kim"],
          "acknowledging that nine of its soldiers were killed during the unit's 120-day deployment", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the war", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "roughly 5,000 military construction troops had been moving to Russia in stages since September", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Combat troops sent, autumn 2024: about 11,000 (NIS)", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "Reinforcements, early 2025: about 3,000 (NIS)", False)],
}
NOT = {
 "000": ["a total of four brigades, or around 12,000 soldiers (planned)", "12K troops (headline, planned)",
         "4,000-ton landing ship", "more than 13,000 containers", "122 mm and 152 mm guns", "Oct. 8 and 13",
         "24 years", "Share 2,184", "96 more K9 howitzers (headline)", "2 short-range ballistic missiles (headline)",
         "1,368 per dollar", "1,000 percent", "KOSPI 2,593.82", "11th Corps"],
 "001": ["170-millimeter self-propelled guns, 240-mm rocket launchers", "the 1960s", "8.5 trillion yen ($55 billion)",
         "X 412, Facebook 96, LINE 58", "7 ballistic missiles (headline)", "1,600 heat stroke deaths (headline)",
         "250,000 fans (headline)", "300 mm of rain", "Nikkei 38,535", "1 of 10 free articles"],
 "002": ["240-mm rocket launchers and 170-mm guns", "voted 204-85", "Dec. 27 (headline)", "1,451 per dollar (headline)",
         "15 million tourists (headline)", "7 a.m.", "Facebook 318, X 144, Comments 27"],
 "003": ["groups of 20 to 30 soldiers (size of assault groups)", "1,300 square kilometers", "Aug. 6",
         "12 injured, 40 buildings (headline)", "1,870 troops in the past day (widget)", "15,000 members, 20,000, $5 a month",
         "8,000 residents (headline)", "15th sanctions package, 52 vessels (headline)", "12 meters", "Share 1.1K",
         "Comments 64", "since 2014"],
 "004": ["born in 2005 and 1999", "Watch video 1:48", "Magnitude 6.6 (headline)", "1.06 million turn 20 (headline)",
         "158 against dollar", "60% (headline)", "24 dead, 12,000 structures (headline)", "March 18", "19:05 JST"],
 "005": ["January 9 and 11", "2024 defense pact", "1,000 kilometers (620 miles)", "500 square kilometers",
         "4 killed, 17 injured (headline)", "79 tankers (headline)", "6 IRIS-T systems (headline)", "0 of 3 articles"],
 "006": ["810th Brigade", "149 drones, 57 shot down (headline)", "personnel ~ 945,330 (+1,170) (loss widget)",
         "tanks 10,721, artillery 27,049, drones 31,684 (widget)", "1,342 views", "August 2024"],
 "007": ["20 trillion won ($14 billion)", "5,000-ton destroyer (headline)", "0.1%, 1,426 per dollar (headline)",
         "6 in 10 (headline)", "52% (headline)", "25 million users (headline)", "Share 587"],
 "008": ["1,000 sappers and 5,000 military builders (planned)", "6,000 military builders and deminers (headline, planned)",
         "June 19, 2024, Article 4", "more than 1,000 residential buildings", "about 140 kilometers of power lines",
         "up to 1,340 troops (headline)", "28 UAVs over five regions (headline)", "20,000 participants from 140 countries",
         "18+", "Share 209", "second visit in two weeks"],
 "009": ["528th Engineer Regiment", "120-day deployment", "6,000 deminers and builders pledged (planned)",
         "2 short-range missiles (headline)", "4 new missile types (headline)", "15.7% of spending (headline)",
         "$35 a month, 30%", "Share 96, Comments 11", "4 min read"],
}
OFF = ["010", "011", "012", "013"]
DUP = {"014": "004"}

goldlib.write(
    "Gold labels for the blind238 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS via Lee Seong-kweun) against more than 3,000 (Zelensky), four days apart"],
            ["004-3", "005-1", "about 3,000 casualties (NIS via lawmakers) against nearly 4,000 (Zelenskyy), five days apart"],
        ],
        "may": [
            ["002-5", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-3", "002-5", "about 1,100 (NIS) against several hundred (US official) in the same article: a vague figure"],
        ],
    },
)
