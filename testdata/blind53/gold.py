#!/usr/bin/env python3
"""Write gold.json for the blind53 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, its tests or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Budanov", "Defence Intelligence", "HUR", "Main Intelligence Directorate", "military intelligence", "Ukrain"]
PENTAGON = ["Pentagon", "Sabrina Singh", "Singh", "US", "U.S.", "Washington"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 11000, None, "about", HUR,
          "Around eleven thousand infantrymen are being prepared there right now", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "about 10,000 North Korean soldiers had been sent to eastern Russia for training", False)],
 "002": [("troops", "north_korea", 10000, None, "more_than", NIS,
          "More than 10,000 North Korean troops are now in Russia", False),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "Secretary of State", "US", "U.S.", "Washington"],
          "about 8,000 of the North Koreans had been moved to Kursk", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers sent to fight for Russia have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "puts North Korea's losses in Kursk at roughly 1,100 men", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead was at least one high-ranking officer", True),
         ("casualties", "north_korea", 200, 900, "vague", ["Pentagon"],
          "North Korean troops had suffered \"several hundred\" casualties", True),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "between 11,000 and 12,000 of them are now in the Kursk area", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "the number of North Korean soldiers killed and wounded there already exceeds three thousand", False),
         ("casualties", "north_korea", 200, 900, "vague", ["Ministry of Defence", "MoD", "UK", "Defence Intelligence"],
          "the North Koreans had likely taken \"several hundred\" casualties in their first assaults", True)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have lost nearly 4,000 men killed and wounded", False),
         ("casualties", "russia", 1690, None, "exact", ["General Staff", "Ukrain"],
          "the Russian army had lost 1,690 personnel over the past day", False),
         ("casualties", "ukraine", 48000, None, "more_than", ["Russian Defence Ministry", "Defence Ministry", "Russia", "Moscow"],
          "Ukraine had lost more than 48,000 troops killed and wounded in the Kursk region since August", False)],
 "006": [("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "SBU", "Security Service"],
          "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's Kursk Oblast", False),
         ("captured", "north_korea", 1, None, "exact", ["Kyiv", "Ukrain"],
          "it briefly held a North Korean soldier in late December", True)],
 "007": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Pyongyang's losses have reached roughly 3,000 in about three months", False),
         ("captured", "north_korea", 2, None, "exact", NIS,
          "two North Korean soldiers had been captured by Ukrainian forces on Jan. 9", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia", "Moscow"],
          "the enemy has lost more than 76,000 servicemen killed and wounded in the region", False)],
 "010": [("killed", "north_korea", 600, None, "about", NIS,
          "Roughly 600 North Korean soldiers have died fighting for Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "out of about 4,700 casualties in total", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 troops to Russia in all", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "the roughly 3,000 reinforcements it dispatched in January and February", False)],
 "011": [("casualties", "north_korea", 1000, None, "less_than", ["Severny Veter", "blogger", "Telegram channel"],
          "the brothers lost less than a thousand men killed and wounded together", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Severny Veter", "blogger"],
          "the khokhly left more than 76 thousand in the region, as Gerasimov reported", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["Yusov", "HUR", "military intelligence", "Ukrain"],
          "North Korean losses in Kursk came to more than 4,000 killed and wounded", False)],
 "012": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Kim Jong Un", "North Korea", "Pyongyang"],
          "Nine of the regiment's soldiers were killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "it estimated roughly 2,000 North Korean soldiers had died in the fighting in Kursk", False)],
}
NOT = {
 "000": ["first contingent of 2,600 to be moved to Kursk (planned)", "five training grounds", "November 1",
         "122mm and 152mm rounds", "August 6, up to 30 km", "1,380 troops, 9 tanks (headline)",
         "2 killed, 7 injured (headline)", "five points and three annexes (headline)", "Share 1.1K",
         "14.2K followers", "1 of 3 options", "Comments (37)"],
 "001": ["19 June 2024, 23 articles", "14 days", "28 drones (headline)", "97.26 rubles",
         "36 countries, 22 heads of state (headline)", "312K subscribers", "18+"],
 "002": ["170mm howitzers, 240mm rocket launchers", "$2 billion", "7 short-range ballistic missiles (headline)",
         "17 pct (headline)", "3-day drill with 110 aircraft (headline)", "7 stories, 07:00"],
 "003": ["15 December", "several kilometres wide", "55% (headline)", "1,550 soldiers, 770,000 (headline)",
         "20 more F-16s (headline)", "Share: 842", "5 minutes", "Comments: 64"],
 "004": ["an entire company (no count)", "about 70 assaults a day", "about 60 km", "17 December",
         "3 ballistic missiles: 1 killed, 9 injured (headline)", "500th Bradley (headline)",
         "12 years (headline)", "6 years (bio)", "1.2M subscribers", "Share: 3.4K", "Comments: 211"],
 "005": ["a little more than 20 km", "83 combat engagements, 26", "1970s-era", "small groups of 20 to 30",
         "-2°C", "13 killed, 113 injured (headline)", "150 POWs, 58th exchange (headline)",
         "5 years (headline)", "18 likes, 19 comments", "2 kinds of cookies"],
 "006": ["born in 2005, served since 2021; born in 1999, in the army since 2016", "16,000 members, $5 a month",
         "3 glide bombs, 13 killed (headline)", "300 km (headline)", "1,300 children (headline)",
         "Share 5.8K", "Comments (148)"],
 "007": ["about three months", "in their 20s", "1 million won", "minus 12 C (headline)",
         "3rd warrant (headline)", "0.5 pct, 1,472 (headline)"],
 "009": ["7,700 pieces of equipment, 417 tanks", "Article 4 of the 2024 treaty", "about 1,300 square kilometres",
         "11,500 troops, 150 vehicles at the parade (headline)", "2 more settlements (headline)", "$66.9", "16+"],
 "010": ["about 12 million rounds of shells", "5,000-ton destroyer (headline)", "46% (headline)",
         "3 dead, 48,000 ha (headline)", "1.2 million circulation", "Share 276", "Comments 9"],
 "011": ["480,000 subscribers", "900,000 views", "at least a dozen other channels", "about three weeks",
         "up to 50% of artillery ammunition", "1,120 troops and 38 artillery systems (headline)",
         "90-day deal (headline)", "4 killed (headline)", "1 hryvnia a day", "Share 412", "8 min read", "Comments (52)"],
 "012": ["1,000 deminers and 5,000 military builders (planned)", "about 120 days", "at least 3 new agreements",
         "1,040 Russian soldiers, total 1,186,000 (headline)", "6,000 builders (headline, planned)",
         "653 drones, 51 missiles, 3 killed (headline)", "2,400 patrons", "Share 198", "Comments (27)"],
}
OFF = ["013", "014"]
DUP = {"008": "007"}

goldlib.write(
    "Gold labels for the blind53 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-1", "007-3", "nearly 4,000 casualties (Zelensky) against roughly 3,000 (NIS), six days apart"],
            ["010-2", "011-1", "about 4,700 casualties (NIS) against less than 1,000 (Severny Veter), two days apart"],
            ["011-1", "011-3", "less than 1,000 casualties (Severny Veter) against more than 4,000 (HUR's Yusov), same article"],
        ],
        "may": [
            ["003-5", "004-1", "several hundred casualties (Pentagon) against more than 3,000 (Zelensky): a vague figure"],
            ["004-2", "004-1", "several hundred casualties (UK MoD, 17 Dec) against more than 3,000 (Zelensky): a vague figure"],
            ["004-2", "003-3", "several hundred (UK MoD) against about 1,100 (NIS): a vague figure"],
            ["003-5", "003-3", "several hundred (Pentagon) against about 1,100 (NIS): a vague figure"],
        ],
    },
)
