#!/usr/bin/env python3
"""Write gold.json for the blind244 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, earlier sets' articles or any crosscheck
output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence", "Lee Seong-kweun",
       "lawmaker", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
US = ["Blinken", "Secretary of State", "State Department", "U.S.", "US", "United States", "Washington"]
HUR = ["HUR", "military intelligence", "Budanov", "spy chief", "Ukrain"]
KCNA = ["KCNA", "Korean Central News Agency", "state media", "Kim Jong Un", "Kim", "North Korea"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", US,
          "Around 10,000 North Korean soldiers are now inside Russia", False),
         ("troops", "north_korea", 8000, None, "about", US,
          "roughly 8,000 of them have been moved into the Kursk region bordering Ukraine", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "about 3,000 soldiers had already been shipped out", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "Some 100 North Korean soldiers deployed to Russia have been killed in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "with nearly 1,000 more wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Put together, North Korea's losses in the Kursk region come to roughly 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the North has sent about 11,000 soldiers to Russia", False),
         ("casualties", "north_korea", 1, None, "at_least", NIS,
          "The casualties include at least one high-ranking officer", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "Pyongyang's soldiers have lost more than 3,000 men killed and wounded in Russia's Kursk Oblast", False),
         ("troops", "north_korea", 12000, None, "about", HUR,
          "about 12,000 North Korean troops were sent to Russia this autumn", False)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["Kyiv", "SBU", "Ukrain"],
          "Kyiv, meanwhile, says it has taken two North Korean soldiers alive", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded, the agency told them", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That would put Pyongyang's total casualties at around 3,000", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "the North Korean contingent has already lost nearly 4,000 men killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "the two North Korean soldiers captured earlier this month", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 of them fatally", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 troops to Russia in all", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "some 3,000 reinforcements dispatched in January and February", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "KIM Jong Un's soldiers have suffered more than 4,000 casualties in Russia's Kursk region", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 were killed or injured, it said", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 dead", False),
         ("casualties", "russia", 950000, None, "about", ["Ministry of Defence", "MoD", "Britain", "British", "UK"],
          "Russia's own casualties since February 2022 were now likely to be around 950,000 killed and wounded", False)],
 "010": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia", "TASS"],
          "the Ukrainian armed forces lost more than 76,000 servicemen in the course of the Kursk adventure", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
          "Roughly two thousand North Korean soldiers have died fighting for Russia", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "November 2024 | 10,000–12,000 troops sent to Russia | NIS", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "January 2025 | about 300 killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "2,700 wounded | NIS", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "April 2025 | about 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 killed | NIS", False),
         ("troops", "north_korea", 12000, None, "about", NIS + ["Newsweek"],
          "12K Troops, 2K Dead (headline, unattributed)", True)],
 "014": [("killed", "north_korea", 9, None, "exact", KCNA,
          "nine of the regiment's soldiers were killed during the mission", False),
         ("troops", "north_korea", 10000, None, "about", NIS,
          "roughly 10,000 North Korean troops remained deployed in Russian border areas", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "about 5,000 military construction troops had been sent to Russia since September", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "the NIS estimated that around 2,000 North Korean soldiers had been killed in the fighting in Kursk", False)],
}
NOT = {
 "000": ["the total would reach 10,000 by December (planned)", "about 28,500 U.S. troops (not a subject)",
         "155mm howitzers", "roughly 1,300 square kilometres (500 square miles)", "about half of that ground",
         "$425 million", "Oct. 23, Aug. 6", "kills 3, injures 35 (related headline)", "Oil rises 2% (headline)",
         "20% drop (headline)"],
 "002": ["170 mm self-propelled guns and 240 mm multiple rocket launchers", "millions of artillery shells",
         "voted 204-85", "Dec. 3, Dec. 27", "1,450 per dollar, 15 years (headline)", "2nd solo album (headline)",
         "1.95 pct (headline)", "paras 4-7"],
 "003": ["773,640 troops, 9,590 tanks, 19,970 artillery systems (General Staff widget)", "15,000+ members",
         "roughly 800 square kilometers, peak of about 1,300", "Aug. 6", "injures 4, damages 12 homes (headline)",
         "Mirage 2000 jets in early 2025 (headline)", "Share 1.1K", "$5 a month", "since 2022"],
 "005": ["almost three times the agency's December estimate", "January 20",
         "3 ballistic missiles and 64 drones (headline)", "€3 billion (headline)", "13.01.2025", "p/4p7Qz"],
 "006": ["21:48, 17 January 2025", "October 2024", "74 drones overnight, 47 shot down (headline)",
         "after 5 years (headline)", "$3, $10 or $25", "24 years old", "310K subscribers"],
 "008": ["two days after", "92% (headline)", "April 27 (headline)", "Typhoon No. 1 (headline)", "1:52",
         "18 languages"],
 "009": ["4K+ (headline; the same claim as 009-1)", "Brit tourist, 24 (headline)", "£7.4million",
         "5 cars torched, three men (headline)", "0207 782 4104", "342 comments", "more than 40 countries"],
 "010": ["1,000 sappers and 5,000 military builders (planned)", "over 7,000 units of weapons and military equipment",
         "420 tanks", "second visit in two weeks", "June 19, 2024, Article 4", "April 26", "0.5% (headline)",
         "3-day forum (headline)"],
 "012": ["1,000 deminers and 5,000 military builders (pledged, table row)", "more than tripled",
         "more than 12 million artillery shells", "up to $20 billion, about 80 percent", "since 2014",
         "3 dead, 120,000 without power (headline)", "6.29%, 11 months (headline)", "43% (headline)",
         "Comments (87)"],
 "014": ["120 days", "1,000 deminers and 5,000 military builders (pledged in June, restated)",
         "15.7 percent, 2026", "Kospi 1.4%, 4,102.33 (headline)", "200,000 won (headline)",
         "1 billion streams (headline)"],
}
OFF = ["001", "007", "011", "013"]
DUP = {"004": "003"}

goldlib.write(
    "Gold labels for the blind244 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-4", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["000-1", "000-3", "about 10,000 (US, Oct 31) against about 3,000 (NIS, Oct 23, restated): an earlier count while troops were still arriving"],
            ["000-2", "000-3", "about 8,000 in Kursk (US) against about 3,000 shipped by Oct 23 (NIS, restated): an earlier count"],
            ["008-3", "008-4", "about 15,000 in all against some 3,000 reinforcements: an additional force within the total"],
            ["012-3", "012-6", "about 300 killed (Jan 2025 table row) against about 600 killed (Apr 2025 row): dated history in one fact box"],
            ["012-1", "012-3", "about 2,000 killed (Sep 2025) against about 300 (Jan 2025 table row): dated history"],
            ["012-1", "012-6", "about 2,000 killed (Sep 2025) against about 600 (Apr 2025 table row): dated history"],
            ["014-2", "014-3", "about 10,000 troops in border areas against about 5,000 construction troops: different forces"],
        ],
    },
)
