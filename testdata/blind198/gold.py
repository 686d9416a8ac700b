#!/usr/bin/env python3
"""Write gold.json for the blind198 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence", "Lee Seong-kweun",
       "lawmaker", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
HUR = ["Budanov", "military intelligence", "HUR", "GUR", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 8000, None, "about", ["Blinken", "U.S.", "US", "State Department", "Washington"],
          "About 8,000 North Korean soldiers have moved into Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", ["Austin", "Pentagon", "Defense", "U.S.", "US"],
          "Roughly 10,000 North Korean troops have been sent to eastern Russia since early October, he said", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 North Korean soldiers in the Kursk region", False)],
 "002": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False)],
 "003": [("casualties", "north_korea", 1100, None, "about", JCS,
          "About 1,100 North Korean soldiers have been killed or wounded", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "around 11,000 North Korean troops are currently stationed in Russia", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "nearly 1,000 others wounded", False),
         ("killed", "north_korea", 1, None, "exact", NIS,
          "one North Korean general had been reported killed, though it said the report had not been confirmed", True)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 others wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That brings the total of North Korean casualties to roughly 3,000, the NIS said", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers were captured alive by Ukrainian forces", False),
         ("troops", "north_korea", 11000, None, "about", NIS + ["believed"],
          "North Korea is believed to have sent around 11,000 soldiers to Russia since October", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL + ["Syrskyi"],
          "have lost nearly 4,000 men killed and wounded, he said", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain", "Kyiv"],
          "The two men, captured on January 9 and 11 according to Ukraine's SBU security service", False),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "US", "U.S."],
          "Oct. 31, 2024 | US Secretary of State Antony Blinken | About 8,000 North Korean soldiers in Kursk region", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "Dec. 2024 | Pentagon | 11,000–12,000 North Korean troops in Kursk", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "Dec. 23, 2024 | Volodymyr Zelenskyy | More than 3,000 killed and wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Jan. 13, 2025 | South Korea's NIS | About 300 killed, about 2,700 wounded", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "about 2,700 wounded", False)],
 "007": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia", "Moscow"],
          "Ukraine lost more than 76,000 troops killed and wounded during the eight months of fighting", False),
         ("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korean losses in the Kursk region have passed 4,000 killed and wounded, the agency's chief Kyrylo Budanov said", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded since the deployment began", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 who died in combat, the spy agency said", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has dispatched about 15,000 troops to Russia in total", False),
         ("casualties", "north_korea", 4000, None, "more_than", HUR,
          "Ukraine's military intelligence said last week that North Korean losses had exceeded 4,000 killed and wounded", False)],
 "009": [("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers have died fighting for Russia", False)],
 "010": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "Kim Jong Un", "North Korea", "Pyongyang"],
          "Nine servicemen of the regiment were killed while carrying out the mission, KCNA said", False)],
}
NOT = {
 "000": ["about 1,000 square km (386 square miles)", "roughly half of that ground", "$425 million package",
         "Stryker armoured vehicles", "155 mm artillery rounds", "1,200 glide bombs (Read Next headline)",
         "Oil rises 2% (headline)", "3,000-metre altitude (headline)", "early October, this week, January"],
 "001": ["X 312 Facebook 87 (share counts)", "86 minutes", "7,000 kilometers", "since 2022", "$12 billion",
         "40 billion yen (headline)", "837,000 (headline)", "1,100 points, 152 (headline)", "Bear sightings top 20,000 (headline)",
         "¥4,900/month"],
 "002": ["6 August 2024", "several hundred square kilometres", "1.4M subscribers", "7 injured (headline)",
         "Russia has lost 1,250 soldiers over the past day (headline)", "16th batch of Leopard 1A5 tanks (headline)",
         "1 killed, 12 wounded (headline)", "€4.2 billion (headline)", "Comments (241)"],
 "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "6.8 pct (headline)", "3rd solo single (headline)",
         "1,450 per dollar (headline)", "2 killed as car plunges (headline)", "additional forces (no number)"],
 "004": ["almost three times the estimate", "self-propelled howitzers and multiple rocket launchers (planned, no number)",
         "20 trillion won (headline)", "6.5 trillion won (headline)", "179 dead (Jeju Air headline)", "1,470 against dollar (headline)",
         "5 days a week", "Comments (18)"],
 "006": ["January 9 and 11", "around 500 square kilometers, about 1,300 square kilometers",
         "Pentagon: 12K North Korean troops (Related headline)", "€650 million (headline)", "39 drones and 4 missiles (headline)",
         "4pB2x (short link)"],
 "007": ["hundreds of tanks and armored vehicles", "eight months", "about 2,000 civilians in Sudzha (not troops)",
         "hundreds of homes", "12K soldiers and counting (Read more headline)", "Three years in (headline)",
         "€5 a month", "28,417 readers"],
 "008": ["about 20 trillion won ($14 billion)", "June last year", "89.77% (headline)", "25 million subscribers (headline)",
         "5 billion won (headline)", "12th straight week (headline)"],
 "009": ["more than three times its estimate", "1,000 deminers and 5,000 military construction workers (planned)",
         "more than 12 million artillery shells", "170 mm self-propelled guns", "KN-23", "2025 white paper",
         "North Korea to send 6,000 soldiers to rebuild Kursk (Related headline, planned)", "3-way air drill (headline)",
         "43,018 (headline)", "1 of 3 free articles", "$9.99 a month"],
 "010": ["120 days", "more than 1.5 mln square meters", "thousands of explosive devices",
         "1,000 sappers and 5,000 military builders (planned)", "June 19, 2024",
         "three more settlements (headline)", "ahead of 2026 (headline)", "100% capacity (headline)"],
}
OFF = ["011", "012", "013", "014"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind198 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-1", "001-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), five days apart"],
            ["002-1", "003-1", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), the same day"],
            ["004-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["000-2", "001-1", "about 10,000 sent to Russia (Austin) against 11,000 in Kursk (Zelensky): the bands touch, and Kursk is a part of Russia"],
            ["004-5", "006-3", "about 11,000 sent (NIS) against the fact box's about 8,000 in Kursk, a row dated Oct. 31, 2024"],
            ["006-3", "006-4", "fact box rows: about 8,000 (Oct. 31) against 11,000-12,000 (Dec.): a timeline, not a dispute"],
        ],
    },
)
