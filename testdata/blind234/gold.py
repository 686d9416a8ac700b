#!/usr/bin/env python3
"""Write gold.json for the blind234 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
SSO = ["Special Operations Forces", "SSO", "Ukrain"]
SEOUL_KYIV = ["Seoul and Kyiv", "Seoul", "Kyiv", "South Korea", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Singh", "Defense Department", "U.S.", "US"],
          "North Korea has sent roughly 10,000 soldiers to eastern Russia for training", False),
         ("troops", "north_korea", 3000, None, "at_least", ["Kirby", "White House", "National Security Council", "U.S.", "US"],
          "no fewer than 3,000 North Korean soldiers had arrived in Russia by mid-October", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "11,000 North Korean soldiers are now in Russia's Kursk region", False),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "State Department", "United States", "U.S.", "Washington"],
          "around 8,000 of the North Korean soldiers in Russia had been moved to the Kursk region", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "South Korea's National Intelligence Service puts the total number sent to Russia at 10,000 to 12,000", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "North Korea has lost at least 100 soldiers killed in action", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the North's combat losses had therefore reached about 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The roughly 11,000 North Korean troops in Russia have been assigned to frontline units in Kursk, the NIS said", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than 3,000 North Korean soldiers have already been killed or wounded", False),
         ("killed", "north_korea", 50, None, "exact", SSO,
          "their units had killed 50 North Korean soldiers", False),
         ("wounded", "north_korea", 47, None, "exact", SSO,
          "and wounded 47 others", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon has estimated that between 11,000 and 12,000 North Korean soldiers are in Russia", False)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "Ukrainian forces have captured two North Korean soldiers", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea had already lost almost 4,000 men killed and wounded", False),
         ("troops", "north_korea", 11000, None, "about", ["western and South Korean intelligence", "western", "South Korea", "intelligence"],
          "About 11,000 North Korean troops were sent to Russia last autumn", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "some 2,700 others have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the figures put the North's casualties at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Ukraine captured two North Korean soldiers in the Kursk region", False)],
 "006": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "Moscow"],
          "Ukraine had lost more than 76,000 troops killed and wounded in the region", False),
         ("troops", "north_korea", 10000, None, "more_than", SEOUL_KYIV,
          "which Seoul and Kyiv say has involved more than 10,000 soldiers since last autumn", False),
         ("troops", "north_korea", 3000, None, "about", SEOUL_KYIV,
          "followed by some 3,000 reinforcements sent in January and February", False),
         ("casualties", "north_korea", 4000, None, "about", ["South Korea's military", "South Korea", "military", "Joint Chiefs", "JCS"],
          "around 4,000 North Korean soldiers had been killed or wounded", False)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Roughly 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent around 15,000 troops to Russia in total", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "the two North Korean soldiers held by Ukraine since January", False)],
 "008": [("killed", "north_korea", 2000, None, "about", NIS,
          "Some 2,000 North Korean soldiers have been killed fighting for Russia", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "About 1,000 deminers had already arrived in the Kursk region", False),
         ("casualties", "north_korea", 6000, None, "about", ["Defence Intelligence", "Britain", "British", "UK", "Ministry of Defence", "MoD"],
          "North Korean forces had probably suffered about 6,000 casualties in Kursk", False)],
 "009": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "Kim", "North Korea", "Pyongyang"],
          "paid tribute to nine of its soldiers who died there", False),
         ("troops", "north_korea", 15000, None, "about", ["South Korean intelligence", "South Korea", "intelligence"],
          "around 15,000 North Korean troops have been sent to Russia since late 2024", False),
         ("killed", "north_korea", 2000, None, "about", ["South Korean intelligence", "South Korea", "intelligence"],
          "about 2,000 of them have been killed", False)],
}
NOT = {
 "000": ["some 10,000 by December (planned, NIS)", "five or more Russian bases", "about 200 kilometers",
         "155 mm artillery rounds", "February 2022", "about 1,000 square kilometers",
         "roughly 28,500 U.S. troops in South Korea (not a subject)", "Share 2.1K", "six years, 2019 (bio)",
         "24,000 positions (headline)", "$3.4 billion, 2-year delay (headline)", "1,500-mile drone (headline)", "Comments (87)"],
 "001": ["about $12 billion in support", "2022", "36.9 million visitors (headline)", "1.1% at 38,474 (headline)",
         "8% drop (headline)", "3 free articles, ¥1,400 a month", "2 comments"],
 "002": ["240 mm multiple rocket launchers, 170 mm self-propelled guns", "204 to 85", "Dec. 3", "Share (315)",
         "3%, 1,450 per dollar (headline)", "hire 10,000 (headline)", "up to 10 cm (headline)", "3 trophies (headline)"],
 "003": ["1 284 views", "three days", "1,580 soldiers over past day (headline)", "45 guided aerial bombs (headline)",
         "at least 10 more Patriot systems (headline)", "774,940 (+1,580), tanks 9,598, artillery 21,203 (widget)"],
 "004": ["more than 11 months old", "412 comments", "death toll rises to 16, 70mph (headline)", "1-1 draw (headline)",
         "three in five Britons, 2025 (headline)", "7am GMT", "£2 a month"],
 "005": ["paras 5-8", "0.3 pct, 2,508.55 (headline)", "1.4 tln won (headline)", "US$683.8 bln (headline)"],
 "006": ["two days after", "250,000 attend funeral (headline)", "4-year mandate (headline)"],
 "007": ["about 7,000 kilometers", "Facebook (96)", "0.5%, 2,556.61 (headline)", "3 new routes (headline)",
         "2 additional charges (headline)", "1.2%, 6.7 trillion won (headline)", "12th straight week (headline)",
         "comment (14)"],
 "008": ["1,000 sappers and 5,000 military builders (planned, Shoigu in June)", "28 trillion won ($20 billion)", "80%",
         "80 years", "10,000 troops, 100 aircraft at China's parade (headline)", "2-day party vote (headline)", "1% (headline)"],
 "009": ["roughly 120 days", "1,000 deminers and 5,000 military construction workers (planned in June)", "2026",
         "80th party anniversary (headline)", "killing 4 (headline)", "12K fans (headline)", "3 times a week", "3 min read"],
}
OFF = ["011", "012", "013", "014"]
DUP = {"010": "008"}

goldlib.write(
    "Gold labels for the blind234 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-1", "001-2", "11,000 in Kursk (Zelenskyy) against around 8,000 in Kursk (Blinken), four days apart"],
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-2", "005-3", "almost 4,000 casualties (Zelenskyy) against around 3,000 (NIS), one day apart"],
        ],
        "may": [
            ["000-1", "001-1", "about 10,000 in Russia (Pentagon) against 11,000 in Kursk (Zelenskyy): the bands touch at 11,000"],
            ["000-1", "001-2", "about 10,000 in Russia against around 8,000 of them in Kursk: a part of the whole"],
            ["001-2", "001-3", "around 8,000 in Kursk against 10,000-12,000 sent to Russia: a part of the whole"],
            ["002-1", "003-2", "at least 100 killed in total (NIS) against 50 killed by one unit in three days (SSO): a part"],
            ["002-2", "003-3", "nearly 1,000 wounded in total (NIS) against 47 wounded by one unit (SSO): a part"],
            ["006-2", "006-3", "more than 10,000 since autumn against some 3,000 reinforcements: an additional force"],
            ["006-3", "007-3", "some 3,000 reinforcements against about 15,000 in total: an additional force"],
            ["009-1", "009-3", "nine dead engineers (KCNA) against about 2,000 killed in all (South Korea): a part"],
        ],
    },
)
