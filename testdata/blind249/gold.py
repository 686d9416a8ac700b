#!/usr/bin/env python3
"""Write gold.json for the blind249 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output). Run:
python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
F = False

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
          "North Korea has so far dispatched an estimated 3,000 soldiers to Russia", F),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "the roughly 1,500 special forces personnel whom the agency said last week had been ferried", F)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between 10,000 and 12,000 North Korean troops are now in Russia, the National Intelligence Service estimated", F),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon", "U.S.", "US"],
          "The Pentagon said at the start of the month that about 10,000 North Korean soldiers had been sent to eastern Russia", F),
         ("troops", "north_korea", 8000, None, "up_to", ["Blinken", "Secretary of State", "U.S.", "US"],
          "as many as 8,000 of them had moved toward the Kursk region", F)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
          "with at least 100 killed", F),
         ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
          "and close to 1,000 wounded", F),
         ("casualties", "north_korea", 1100, None, "about", NIS + ["Lee Seong-kweun"],
          "That brings the combined toll to roughly 1,100", F),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "| Troops deployed | about 11,000 | NIS |", F)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers have already been killed or wounded in Russia's Kursk region", F),
         ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "South Korea's Joint Chiefs of Staff estimated the North's losses at about 1,100", F),
         ("killed", "north_korea", 50, None, "exact", ["Special Operations Forces", "SSO", "Ukrain"],
          "they had killed 50 North Korean soldiers", F),
         ("wounded", "north_korea", 47, None, "exact", ["Special Operations Forces", "SSO", "Ukrain"],
          "and wounded 47 others in three days of fighting", F)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL,
          "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk Oblast, President Volodymyr Zelensky announced", F),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "The total is already nearly 4,000 killed and wounded, he said", F)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "the agency now believes that around 300 North Korean soldiers have been killed", F),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "It said about 2,700 others have been wounded", F),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting total casualties at some 3,000", F),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "the two North Korean soldiers taken prisoner by Ukraine over the weekend", F),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the roughly 11,000 it is believed to have already dispatched", F)],
 "007": [("troops", "north_korea", 3000, None, "about", NIS,
          "An additional 3,000 or so soldiers arrived in Russia in January and February, according to the National Intelligence Service", F),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "which had estimated the initial deployment at around 11,000", F),
         ("casualties", "north_korea", 4000, None, "about", ["US official", "U.S. official"],
          "a US official, who put North Korean casualties at about 4,000 killed and wounded since December", F)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded in the Kursk direction", F)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS + ["Lee Seong-kweun"],
          "North Korea sent some 15,000 troops to Russia in total", F),
         ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
          "about 4,700 of them have been killed or wounded", F),
         ("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweun"],
          "including roughly 600 deaths", F),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "including the 3,000 or so reinforcements sent early this year", F),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Lee Seong-kweun"],
          "the captured soldiers held in Ukraine, two men in their 20s", True)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", ["Syrskyi", "Syrsky"],
          "North Korean losses in the Kursk region have exceeded 4,000 killed and wounded", F),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's intelligence agency put the North's casualties at about 4,700", F),
         ("casualties", "russia", 950000, None, "about", ["Ministry of Defence", "UK", "MoD"],
          "Russia has suffered an estimated 950,000 killed and wounded since the full-scale invasion", F),
         ("casualties", "russia", 1200, None, "about", ["Ministry of Defence", "UK", "MoD"],
          "Russian casualties in April averaged around 1,200 a day", True)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang sent about 15,000 soldiers in total", F),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "of whom some 4,700 were killed or wounded", F)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media"],
          "Nine members of the unit died during the mission, the official Korean Central News Agency (KCNA) said", F),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the fighting in Kursk", F),
         ("killed", "north_korea", 600, None, "exact", NIS,
          "up from its estimate of 600 in April", F)],
}
NOT = {
 "000": ["could reach 10,000 in total by December (planned)", "12,000 troops in 4 brigades (other story's headline, planned)",
         "3 divisions, 50-km front (headline)", "KOSPI 2,599.62, 1.3 pct", "3.5 trillion won", "8-3 win", "2nd launch in 10 days"],
 "001": ["$2,000 a month per soldier", "86 minutes", "more than 7,000 kilometers", "¥8.7 trillion, ¥43 trillion",
         "12 warships (headline)", "155 to the dollar", "Facebook 1,284", "Comments (57)", "38 partners", "7 stories a day"],
 "002": ["one general-grade officer among the casualties", "240-mm multiple rocket launchers",
         "over 20,000 containers", "about 7,000 km", "Dec. 4, 2024", "30% of overseas staff (headline)",
         "1,450 per dollar", "flight 2216", "38th straight week", "Share 812", "5 comments"],
 "003": ["170-mm self-propelled guns with a range of 40-60 km", "1,580 troops, 13 tanks (headline)",
         "1 killed, 8 injured (headline)", "15th sanctions package, 52 vessels", "personnel about 775,000 (+1,580) (sidebar widget)",
         "4,210 views", "1,102 shares"],
 "004": ["born in 2005 / 1999, since 2021 / 2016", "$5 a month", "20,000 readers", "74 drones, 47 downed (headline)",
         "1,620 soldiers over past day (headline)", "$53 billion (headline)", "Share 2.9K", "Comments (142)"],
 "005": ["1,500 km (headline)", "2% of GDP (headline)", "0.5%", "1:52"],
 "007": ["'a few hundred' off (error margin)", "roughly 400 square kilometers", "2:41", "$500 billion (headline)",
         "3 years (headline)", "$3,100", "45%"],
 "008": ["over 7,700 pieces of hardware, 417 tanks", "Article 4", "June 19, 2024", "263 days",
         "more than 1,500 residential buildings", "over 30 billion rubles", "1.4% (headline)", "115 drones (headline)", "100% (headline)"],
 "009": ["several hundred million dollars, over $20 billion", "1.2%, 6.7 trillion won (headline)", "89.77 percent (headline)",
         "5,000-ton destroyer (headline)", "Facebook 96", "two men in their 20s (ages)"],
 "010": ["1.5 million-strong army by 2026 (a goal)", "65 of 102 drones", "30-day ceasefire", "72-hour truce", "8 May",
         "677 seats (headline)", "Crossword 16,722", "1,406 comments"],
 "011": ["6,000 military engineers and construction workers (planned)", "1,000 deminers and 5,000 military builders (planned)",
         "third trip in about three months", "$800 to $1,000 a month", "203 drones, 36 over Kursk", "2+2 talks", "38,536"],
 "014": ["1,000 deminers and 5,000 military builders (planned, announced in June)", "about 120 days",
         "about 14,000 square meters", "42 images", "37% (headline)", "5,000-ton destroyer, 2 more (headline)",
         "3 fishermen (headline)", "$12 a month", "1.1K shares"],
}
OFF = ["012", "013"]
DUP = {"006": "004"}

goldlib.write(
    "Gold labels for the blind249 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), the same day in one report"],
            ["004-2", "005-3", "nearly 4,000 casualties (Zelensky) against about 3,000 (NIS), one day apart"],
        ],
        "may": [
            ["007-1", "007-2", "an additional 3,000 or so against the initial 11,000: an additional force"],
            ["014-2", "014-3", "about 2,000 killed (September) against the April estimate of 600, restated as history in the same article"],
        ],
    },
)
