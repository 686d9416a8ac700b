#!/usr/bin/env python3
"""Write gold.json for the blind170 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "South Korea", "Seoul", "Lee Seong-kweun", "Park Sun-won"]
ZEL = ["Zelensky", "Zelenskyy"]
UA = ZEL + ["SBU", "Ukrain", "Kyiv"]
GUR = ["Budanov", "Defence Intelligence", "Defense Intelligence", "HUR", "GUR", "military intelligence"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has moved around 3,000 of its soldiers to Russia to date", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "a first batch of some 1,500 soldiers had already arrived near Vladivostok", False)],
 "001": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Singh", "U.S. officials", "US officials"],
          "North Korea has now sent roughly 10,000 soldiers to eastern Russia", False),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "Secretary of State"],
          "About 8,000 of the North Korean soldiers had by then moved into the Kursk border area, Blinken said", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL,
          "North Korean soldiers in Kursk now number 11,000, President Volodymyr Zelensky said", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "with at least 100 killed since they entered combat this month", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Nearly 1,000 more have been wounded, Rep. Lee Seong-kweun", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the figures put the North's losses in Kursk at about 1,100 men in a matter of weeks, by the agency's count", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Of the roughly 11,000 soldiers the North has sent", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "North Korean forces fighting on Russia's side in Kursk Oblast have lost more than 3,000 soldiers killed and wounded", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "some 3,000 North Korean casualties in all by the agency's estimate", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "Zelensky said last month that more than 3,000 North Korean soldiers had been killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + UA,
          "The NIS said it had confirmed the capture of two North Korean soldiers by Ukrainian forces", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Close to four thousand of its soldiers, he said, have now been killed or wounded fighting for Moscow", False),
         ("captured", "north_korea", 2, None, "exact", UA,
          "two North Korean soldiers captured in the Kursk region", False)],
 "006": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "Ukraine's losses during the operation in the Kursk region exceeded 76,000 servicemen, according to Gerasimov", False)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has suffered some 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "among them around 600 killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North has sent about 15,000 soldiers to Russia so far", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "roughly 11,000 troops sent in the first wave in October and November", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "an additional 3,000 or so dispatched in January and February", False),
         ("captured", "north_korea", 2, None, "exact", NIS + UA + ["Yonhap"],
          "Captured by Ukraine: 2 (January 2025)", False)],
 "008": [("casualties", "north_korea", 4000, None, "more_than", GUR,
          "North Korean losses in Russia's Kursk region had exceeded 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's intelligence agency put the North's losses earlier this week at about 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 dead", False)],
 "009": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Pyongyang"],
          "Nine soldiers from the regiment were killed during the mission, the state news agency KCNA said", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed by the end of the summer", False)],
}
NOT = {
 "000": ["a total of 10,000 troops by December (planned)", "about 1,500 km of new fencing", "Q3 GDP 0.1 pct (headline)",
         "7 short-range ballistic missiles (headline)", "9.1 tln won, 42,000 vehicles, 600,000 vacant homes (headlines)",
         "2-1 win", "Share 214", "paras 5-8"],
 "001": ["$425 million", "155mm artillery rounds", "about 300 km (190 miles)", "about 28,500 U.S. troops (not a subject)",
         "5 min", "212 Comments", "1,000 more drone operators by 2026 (headline)", "$9.5 billion, 3 years (headline)",
         "12 F-15Es (headline)", "2% goal", "6 years"],
 "002": ["2 short-range missile launches", "32 trash balloons", "1.95%, 1,450 per dollar (headline)",
         "170-mm self-propelled guns (headline)", "Dec. 27 (headline)", "Share 88"],
 "003": ["Russia's losses widget: about 775,000 (+1,780), 9,620 tanks, 20,980 artillery, 20,870 drones",
         "9 injured, including 2 children (headline)", "52 of 80 drones (headline)", "€4.2 billion (headline)",
         "3 killed in Russian strike (headline)", "16 December"],
 "004": ["about triple the December figure", "Jan 9", "2 ATACMS missiles (headline)", "2%, 183 vessels (headline)",
         "4-day trip (headline)"],
 "005": ["20-year-old rifleman, 26-year-old sniper", "August 2024", "more than 1,000 square kilometres", "-12°C",
         "6 more months, 6% (headline)", "20,000 flights cancelled (headline)", "842 partners", "Comments (47)", "5 stories"],
 "006": ["Article 4", "June 19, 2024; December 4, 2024", "more than 400 tanks and over 300 infantry fighting vehicles",
         "August 6, 2024", "115 Ukrainian drones over 8 regions (headline)", "1.8%", "1.2M subscribers"],
 "007": ["about 7,000 km by rail", "June 19, 2024; Dec. 4, 2024", "thousands of workers (not troops)",
         "2,556.61, 0.3% (headline)", "3.7%, 25% tariffs (headline)", "7 candidates, June 3 (headline)",
         "12 hurt (headline)", "1 of 3 free articles"],
 "008": ["as many as 20,000 additional North Korean troops could be sent (planned)", "about 12 billion dollars",
         "1.04% at 36,830 (headline)", "2.3 million people (headline)", "3 bird flu outbreaks (headline)", "17 languages"],
 "009": ["1,000 deminers and 5,000 military construction workers (planned, agreed in June)", "about 120 days",
         "138 comments", "1m accounts (headline)", "28-point plan (headline)", "40% of our harvest (headline)", "$2 a month"],
}
OFF = ["011", "012", "013", "014"]
DUP = {"010": "004"}

goldlib.write(
    "Gold labels for the blind170 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-2", "001-3", "about 8,000 in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), restated side by side"],
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-3", "005-1", "about 3,000 casualties (NIS) against close to four thousand (Zelensky), four days apart"],
        ],
        "may": [
            ["001-1", "001-3", "about 10,000 sent to eastern Russia (Pentagon) against 11,000 in Kursk (Zelensky): the bands touch, and Kursk is a part of Russia"],
            ["007-4", "007-5", "about 11,000 in the first wave against an additional 3,000 or so: an additional force"],
        ],
    },
)
