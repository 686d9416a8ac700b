#!/usr/bin/env python3
"""Write gold.json for the blind278 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output). Run:
python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

SEOUL = ["South Korea", "Seoul"]
NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun"] + SEOUL
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Washington", "Defense Department", "U.S."]
UKR = ["Ukrain", "SBU", "Security Service", "Kyiv"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "North Korea has moved about 1,500 of its special operations soldiers to Russia's Far East", False)],
 "001": [("troops", "north_korea", 10000, None, "more_than", NIS,
          "The number sent since October now exceeds 10,000", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "roughly 10,000 North Korean soldiers had been moved to the Kursk region", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 North Korean soldiers have died", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 have been wounded", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "most of the roughly 11,000 North Korean soldiers sent to Russia are in Kursk", False),
         ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS"] + SEOUL,
          "Losses among the North Korean forces, killed and wounded combined, have reached roughly 1,100", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of killed and wounded North Korean soldiers in the Kursk region already exceeds 3,000", False),
         ("casualties", "north_korea", 30, None, "at_least", ["Defence Intelligence", "HUR", "Ukrain"],
          "at least 30 North Korean soldiers had been killed or wounded during assaults on three villages", False)],
 "004": [("casualties", "north_korea", 1000, None, "more_than", ["Kirby", "White House", "National Security Council"],
          "suffered more than 1,000 casualties in just the past week", False),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "The Pentagon has estimated that 11,000-12,000 North Korean soldiers are in the Kursk region", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers had been killed or wounded", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers sent to fight for Russia have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "The agency estimates some 2,700 others have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That puts the North's casualties at around 3,000, it says", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + UKR,
          "two North Korean soldiers were captured by Ukrainian forces", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean losses are already close to four thousand killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", UKR + ZEL,
          "two North Korean servicemen captured in Kursk region on January 9 and 11", False)],
 "007": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has sent about 3,000 more soldiers to Russia since January", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "in addition to the roughly 11,000 it deployed last year", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "The NIS said last month that about 3,000 North Korean soldiers had been killed or wounded", False)],
 "008": [("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "Washington puts the first contingent at 11,000 to 12,000", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "roughly 3,000 more had arrived as reinforcements", False),
         ("casualties", "north_korea", 2000, 9000, "vague", UKR,
          "Kyiv says thousands have been killed or wounded", True),
         ("captured", "north_korea", 2, None, "exact", UKR,
          "two were taken prisoner in January", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 | killed or wounded | Volodymyr Zelensky | Jan 2025", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded in the region", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS + ["Park Sun-won"],
          "North Korea has suffered about 4,700 casualties among its troops deployed to Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS + ["Park Sun-won"],
          "including around 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS + ["Park Sun-won"],
          "the North has sent about 15,000 troops to Russia in total", False),
         ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
          "the roughly 3,000 soldiers who were sent as reinforcements in January and February", False)],
 "012": [("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang sent some 15,000 troops in all", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 of them were killed or wounded", False)],
}
NOT = {
 "000": ["four brigades, or some 12,000 soldiers (planned)", "four amphibious ships and three escort vessels",
         "Oct. 8 and 13", "since 1990", "paras 4-7", "11th Corps: 10,000-strong unit (related headline)",
         "after 4 months (headline)", "60-meter stretches (headline)", "6 tracks", "0.4%, 2,593.37",
         "3.6%, 61.6 trillion won", "Share 1,284"],
 "001": ["170-millimeter self-propelled guns and 240-mm multiple rocket launchers", "3 bombers (headline)",
         "2% of GDP by fiscal 2027 (headline)", "7 short-range ballistic missiles (headline)",
         "Nikkei 225: 38,721.66 (-0.5%)", "USD/JPY 155.48", "¥1,200 a month"],
 "002": ["240-millimeter rocket launchers and 170-millimeter self-propelled guns", "180 days (headline)",
         "1,450 per dollar, March 2009 (headline)", "2,000-ton frigate (headline)", "100th U.S. store",
         "0.05% for 38th week", "Comments (7)", "top 5 stories", "18:30, 18:52"],
 "003": ["5 guided aerial bombs: 2 injured (headline)", "100 million euros (headline)", "3 districts (headline)",
         "Personnel: about 772,850 (+1,570) (General Staff widget on Russian losses)", "Tanks: 9,548 (+4)",
         "Artillery systems: 21,154 (+31)", "1,204 people already support us", "612K", "Comments: 23",
         "14-15 December, three villages"],
 "004": ["$1.25 billion", "24 days left in his term", "Dow 42,992, 333-point drop", "3 buildings, $14.6 million",
         "Eagles beat Wildcats 61-48", "Comments (41)", "3 months for $1", "38°", "'1K' and '11K-12K' in the headline (the body carries the claims)"],
 "005": ["wounded in the jaw (no number)", "1:52", "8.7 trillion yen (headline)", "1,100 kilometers (headline)",
         "30 years (headline)"],
 "006": ["74 drones overnight, 47 shot down, 26 lost (headline)", "3-storey building, 6 injured (headline)",
         "personnel about 817,190 (+1,530), tanks 9,748, armored combat vehicles 20,268 (widget on Russian losses)",
         "January 9 and 11, January 16 (dates)", "148K subscribers", "17.01.2025 18:25"],
 "007": ["about 220 170-mm self-propelled howitzers and 240-mm multiple rocket launchers (weapons)",
         "three-year war", "5 days a week", "2 Russian refineries (headline)", "3.5% (headline)"],
 "008": ["1,300 square kilometres", "less than 10 percent", "6,500 km rail distance", "19 June 2024",
         "1.2 million strong on paper (whole army, not this deployment)", "several hundred million dollars a year",
         "March 12", "4 min", "30-day energy ceasefire (headline)", "€6.5 billion by 2030 (headline)"],
 "009": ["over 410 tanks, 340 infantry fighting vehicles and 290 armored personnel carriers (vehicles)",
         "115 Ukrainian drones over seven regions (headline)", "72-hour ceasefire from May 8 (headline)",
         "dollar at 82.45, euro at 93.70", "No. 03247, 2 April 1999", "August 6, 2024"],
 "010": ["1.2% to 6.7 trillion won (headline)", "7 candidates, June 3 (headline)", "3.7% in April (headline)",
         "two days after"],
 "012": ["1,000 sappers to clear mines (planned)", "5,000 military construction workers (planned)",
         "6,000 deminers and builders (headline, planned)", "9.4% trade growth", "about 1 kilometer long bridge",
         "224 killed in Iran (headline)", "3.5% of GDP by 2029 (headline)", "second visit in little over two weeks"],
}
OFF = ["013", "014"]
DUP = {"011": "010"}

goldlib.write(
    "Gold labels for the blind278 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-4", "003-1", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky), four days apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against close to four thousand (Zelensky), four days apart"],
        ],
        "may": [
            ["002-4", "004-3", "about 1,100 (JCS) against Zelensky's more than 3,000 restated in a US report nine days later: outside the seven-day window, but the same pair as the must"],
            ["007-1", "007-2", "about 3,000 more against roughly 11,000 deployed last year: an additional force"],
            ["008-1", "008-2", "11,000-12,000 first contingent against about 3,000 reinforcements: an additional force"],
            ["010-3", "010-4", "about 15,000 in total against the roughly 3,000 reinforcements it includes: a part of the whole"],
            ["008-3", "008-5", "'thousands' (Kyiv) against nearly 4,000 (Zelensky): a vague figure"],
        ],
    },
)
