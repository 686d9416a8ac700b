#!/usr/bin/env python3
"""Write gold.json for the blind265 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
SSO = ["Special Operations Forces", "SSO", "Ukrain"]
PENT = ["Pentagon", "Singh", "United States", "U.S.", "US", "Washington"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "North Korea has shipped about 1,500 special operations troops to Russia's Far East", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between 10,000 and 12,000 North Korean troops are now in Russia", False),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "The United States believes about 10,000 North Korean soldiers have moved into Kursk", False),
         ("troops", "north_korea", 11000, None, "exact", ["Budanov", "military intelligence", "Ukrain", "Kyiv"],
          "11,000 North Korean soldiers had been deployed to the Kursk region", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers deployed to Russia have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Around 1,100 North Korean troops have thus been killed or wounded", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The North sent some 11,000 soldiers to Russia in October and November", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "Over 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
         ("killed", "north_korea", 50, None, "about", SSO,
          "their units had killed about 50 North Korean servicemen", False),
         ("wounded", "north_korea", 47, None, "exact", SSO,
          "and wounded 47 others", False)],
 "004": [("casualties", "north_korea", 3000, None, "about", NIS,
          "The toll for North Korean soldiers fighting for Russia has reached some 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "roughly 300 dead", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers had been captured alive in the Kursk region", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Almost four thousand killed and wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "which put North Korean losses at about 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "including some 300 killed", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon has said 11,000 to 12,000 North Korean troops are in the Kursk region", False),
         ("casualties", "russia", 800000, None, "about", ["Ministry of Defence", "Britain", "UK", "MoD"],
          "Russian forces had suffered around 800,000 casualties", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "Ukraine is holding two North Korean prisoners captured on Jan. 9", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "claiming that Ukraine had lost more than 76,000 servicemen in the region", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["HUR", "military intelligence", "Ukrain"],
          "put North Korean losses at more than 4,000 killed and wounded", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers sent to help Russia have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 who died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "has sent roughly 15,000 troops to Russia in total", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "about 3,000 soldiers who were dispatched in January and February to replenish units", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Taken prisoner by Ukraine: 2 (January 2025)", False)],
 "010": [("casualties", "ukraine", 76000, None, "more_than", ["Defense Ministry", "Russia"],
          "the Armed Forces of Ukraine lost more than 76,000 servicemen during their incursion", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "state media", "Pyongyang", "North Korea"],
          "nine of its soldiers were killed doing so", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had died fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "the roughly 600 deaths it had counted in April", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korean troops sent to Russia, 2024-25 | about 15,000 | NIS", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "... of which reinforcements in early 2025 | about 3,000 | NIS", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Killed or wounded (as of April 2025) | about 4,700 | NIS", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Taken prisoner by Ukraine | 2 | Ukraine", False)],
}
NOT = {
 "000": ["a total of about 12,000 troops in four brigades (planned)", "up to 10,000 personnel (Zelensky, planned)",
         "four landing ships and three escort vessels", "Oct. 8 and 13", "more than 13,000 containers",
         "Share 2.1K", "Comments 37", "18 N. Korean soldiers deserted (headline)", "N. Korea's 12K troops (headline)",
         "2,593.37", "1 million book sales", "3.25 pct"],
 "001": ["about 1,000 square km", "Koksan 170mm, 240mm", "$2,000 a month", "20 years", "a small number",
         "120 missiles and 90 drones (headline)", "1%, 2.1 million barrels (headline)", "Nov 16",
         "5,000 peacekeepers (headline, planned)", "5 minutes"],
 "002": ["240 mm, 170 mm", "more than 20,000 containers", "Share 318", "93 countries (headline)",
         "1,450 per dollar, 15 years (headline)", "3 more brigades (headline)", "3rd time (headline)",
         "7 short-range missiles (headline)", "Comments (64)", "7 a.m."],
 "003": ["two tanks and 11 armoured vehicles", "155mm", "groups of 20 to 30 soldiers", "three days",
         "1,200 soldiers over past day (headline)", "2 killed, 6 injured (headline)",
         "777,570 (+1,250), 9,590 tanks, 20,908 artillery (sidebar widget)", "8.3K"],
 "004": ["born in 2005", "26 (age)", "170-millimeter", "1,000 police officers (headline)", "1,100 km (headline)",
         "1.2%, 2,521.90 (headline)", "Share 142", "Comments 9"],
 "006": ["groups of 20 to 30 men", "February 2022", "1,200 soldiers to Poland (headline, US troops)",
         "nine-month rotation", "$500 million (headline)", "2 airmen injured (headline)", "$5.99/month",
         "Comments (212)"],
 "008": ["2024 mutual defence treaty", "August 2024", "October 2024", "180,000 convicts (headline)",
         "30-hour truce (headline)", "17th package in 7 points (headline)", "€5 a month"],
 "009": ["170mm, 240mm", "8.7 trillion yen, 1.8% of GDP (headline)", "5,000-ton destroyer (headline)",
         "Typhoon No. 1 (headline)", "17th straight week", "1 million visitors in 2 weeks", "1:42"],
 "010": ["1,000 sappers and 5,000 military builders (planned)", "third visit in less than three months",
         "June 2024", "24 modular houses (headline)", "twice a month (headline)", "2 settlements (headline)",
         "1,200 news items daily"],
 "014": ["120 days", "Fourteen months", "Deminers and builders pledged | 1,000 + 5,000 (planned)",
         "6,000 engineers and builders promised (planned)", "about 5,000 construction troops in 2026 (planned)",
         "1,000 days in 10 charts (headline)", "€11.5 billion (headline)", "1.1 million (headline, Russia's losses)",
         "Share 4.6K"],
}
OFF = ["007", "011", "012", "013"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind265 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-1", "006-1", "about 3,000 casualties (NIS) against almost 4,000 (Zelenskyy), four days apart"],
            ["006-1", "006-2", "almost 4,000 (Zelenskyy) against about 3,000 (NIS, restated) in the same report"],
        ],
        "may": [
            ["001-2", "001-3", "about 10,000 in Kursk (Pentagon) against 11,000 (Budanov): the bands just touch, and the article calls Kyiv's figure higher"],
        ],
    },
)
