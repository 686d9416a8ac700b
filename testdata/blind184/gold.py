#!/usr/bin/env python3
"""Write gold.json for the blind184 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, its output, or earlier sets' articles).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "Lee Seong-kweun",
       "South Korea", "South Korean intelligence", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
PENT = ["Pentagon", "Sabrina Singh", "Singh", "Washington", "U.S.", "US "]
GER = ["Gerasimov", "General Staff", "Russia"]
BUD = ["Budanov", "HUR", "Defence Intelligence", "military intelligence", "GUR"]
SSO = ["Special Operations Forces", "SSO"]
KCNA = ["KCNA", "Korean Central News Agency", "state media", "Kim Jong-un", "North Korea", "Pyongyang"]
UKMOD = ["Ministry of Defence", "MoD", "Britain", "UK"]
UKR = ["Ukrain", "SBU"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "About 1,500 soldiers of the North's special forces left for Russia's Far East", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "North Korea now has somewhere between 10,000 and 12,000 soldiers inside Russia", False),
         # an older estimate, superseded in the same article
         ("troops", "north_korea", 1500, None, "about", NIS,
          "In October, the NIS said roughly 1,500 special forces had been moved by ship", True),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "roughly 10,000 North Korean soldiers were in eastern Russia for training", False),
         ("troops", "north_korea", 8000, None, "up_to", PENT,
          "up to 8,000 of them had since moved toward Kursk", False)],
 "003": [("casualties", "north_korea", 1100, None, "about", JCS,
          "North Korean troops fighting for Russia have suffered around 1,100 casualties", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 injured", False),
         ("killed", "north_korea", 1, None, "exact", NIS,
          "One of the dead was believed to be an officer of general rank", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean soldiers killed and wounded in the Kursk region has already exceeded 3,000", False)],
 "005": [("casualties", "north_korea", 3000, None, "about", NIS,
          "have taken roughly 3,000 casualties, South Korea's National Intelligence Service said", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about three hundred have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and around 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + UKR,
          "two North Korean soldiers had been taken alive by Ukrainian forces on Saturday", False),
         # the December estimate, superseded in the same article
         ("killed", "north_korea", 100, None, "about", NIS,
          "In December the agency had put the toll at about 100 dead", True),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and 1,000 wounded", True)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean units in the Kursk region had so far lost close to 4,000 men, either killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + UKR,
          "the two North Korean soldiers captured last week", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Seoul's spy agency told lawmakers on Monday that it had counted about 3,000 North Korean casualties", False),
         ("casualties", "russia", 800000, None, "more_than", UKMOD,
          "Russia's own casualties since February 2022 had probably passed 800,000 killed and wounded", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea sent an estimated 3,000 additional soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "the roughly 11,000 North Korean troops that Seoul believes were deployed to Russia last fall", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", GER,
          "the Ukrainian army lost more than 76,000 servicemen killed and wounded during the Kursk adventure", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has lost some 4,700 soldiers killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Roughly 600 of them died, the spy agency told lawmakers", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North has dispatched around 15,000 soldiers to Russia, the NIS said", False),
         ("wounded", "north_korea", 4100, None, "about", NIS,
          "Apr. 2025 | about 15,000 in total | about 600 | about 4,100", False),
         ("captured", "north_korea", 2, None, "exact", NIS + UKR,
          "Prisoners held by Ukraine: 2 (since Jan. 11, 2025)", False),
         # fact-box rows for earlier months: restated, superseded estimates
         ("troops", "north_korea", 1500, None, "about", NIS, "Oct. 2024 | about 1,500 (first batch)", True),
         ("troops", "north_korea", 10000, 12000, "range", NIS, "Nov. 2024 | 10,000-12,000", True),
         ("killed", "north_korea", 100, None, "about", NIS, "Dec. 2024 | - | about 100 | about 1,000", True),
         ("wounded", "north_korea", 1000, None, "about", NIS, "Dec. 2024 | - | about 100 | about 1,000", True),
         ("killed", "north_korea", 300, None, "about", NIS, "Jan. 2025 | - | about 300 | about 2,700", True),
         ("wounded", "north_korea", 2700, None, "about", NIS, "Jan. 2025 | - | about 300 | about 2,700", True),
         ("troops", "north_korea", 3000, None, "about", JCS, "Jan.-Feb. 2025 | about 3,000 more (JCS)", True)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", BUD,
          "North Korea has lost more than 4,000 troops killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korean intelligence's latest estimate, published on 30 April, which put North Korean losses at about 4,700", False),
         ("killed", "north_korea", 23, None, "exact", SSO,
          "its operators had killed 23 North Korean soldiers", False),
         ("wounded", "north_korea", 9, None, "exact", SSO,
          "and wounded 9 more in a single engagement", False),
         ("captured", "north_korea", 2, None, "exact", UKR,
          "Ukraine holds two North Korean prisoners of war", False)],
 "012": [("troops", "north_korea", 15000, None, "about", NIS,
          "some 15,000 North Korean troops had been sent to Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 of them had been killed or wounded", False)],
 "014": [("killed", "north_korea", 9, None, "exact", KCNA,
          "state media said nine of its members were killed while clearing landmines", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "The North sent about 1,000 deminers to Kursk over the summer", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed since the country first sent troops", False),
         ("captured", "north_korea", 2, None, "exact", UKR,
          "Ukraine, for its part, continues to hold two North Korean soldiers captured in January", False),
         ("killed", "north_korea", 2000, 9999, "vague", ["analysts", "Guardian"],
          "analysts estimate thousands of North Koreans have died", True)],
}
NOT = {
 "000": ["four brigades with a combined strength of 12,000 troops (planned)", "Oct. 8 and 13", "roughly 30 hours",
         "about 100 ships' worth of cargo", "240-mm rocket launchers", "four landing ships and three escort vessels",
         "7.5 pct (headline)", "6 tracks", "1,370 per dollar", "250,000 families", "2 inter-Korean roads"],
 "002": ["170-millimeter guns, 240-millimeter launchers", "Dec. 18", "200 flights (headline)", "3.6%, 61.2 trillion won",
         "50,000 won", "522,670 test-takers", "1,400 against dollar", "Comments (12)"],
 "003": ["170mm, 240mm", "about 20,000 containers of munitions", "June", "8.7 trillion yen (headline)",
         "2% (headline)", "Nikkei Asia 300", "$2.49 for 3 months", "Share: 146"],
 "004": ["1,690 soldiers in one day, 774,480 total (other story's headline)", "1 killed, 15 injured (headline)",
         "2 more Patriot systems", "Views: 2,174", "09:05"],
 "005": ["26 (age)", "240-millimeter, 170-millimeter", "3,000 police officers (headline)", "$1.3b", "12 cm",
         "1,823 views", "almost three times"],
 "006": ["roughly 500 square kilometres", "August 2024", "15th sanctions package", "20,000 police officers, 30 km (headline)",
         "50% of aid", "a little over two months"],
 "007": ["about 220 artillery systems", "170-millimeter, 240-millimeter", "3-year-old war", "4 killed, 1,500 evacuate (headline)",
         "April 2"],
 "009": ["over 7,000 units of weapons, 417 tanks, 352 infantry fighting vehicles", "Article 4", "August 6, 2024",
         "115 Ukrainian drones (headline)", "over 1,500 residents (headline)", "$55.8 per barrel", "120,000 readers"],
 "010": ["about US$20 billion", "Kospi 2,556, 0.4%", "23 million users", "12th straight week", "31 Comments"],
 "011": ["about 50% of the Russian army's needs", "10 drones, 14 injured, 2 children (headline)", "50% of revenues",
         "1,260 soldiers over past day (headline)", "Comments: 64", "second wave"],
 "012": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 deminers and builders (headline, planned)",
         "third trip", "up to 10 kilometers", "about 1,500 square kilometers", "10 years", "June 4",
         "28 killed in Kyiv (headline)", "5% defense spending"],
 "014": ["5,000 military construction workers (announced plan)", "120 days", "350 square feet", "Arsenal 2-1 Wolves",
         "3.6%", "£2 a month", "Comments (212)", "late 2024"],
}
OFF = ["001", "013"]
DUP = {"008": "007"}

goldlib.write(
    "Gold labels for the blind184 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-1", "004-1", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky), one day apart"],
            ["005-1", "006-1", "about 3,000 casualties (NIS) against close to 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["006-1", "006-3", "the same NIS/Zelensky pair restated inside 006: an alert on either copy is the same news"],
            ["002-1", "002-4", "10,000-12,000 in Russia (NIS) against up to 8,000 moved toward Kursk (Pentagon): a part of the whole"],
            ["007-1", "007-2", "an additional 3,000 against 11,000 deployed last fall: an additional force, one source"],
        ],
    },
)
