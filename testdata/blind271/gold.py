#!/usr/bin/env python3
"""Write gold.json for the blind271 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "spy service", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
PENTAGON = ["Department of Defense", "Defense Department", "Pentagon", "U.S.", "US ", "Washington"]
SYRSKYI = ["Syrskyi", "Commander-in-Chief"]
BUDANOV = ["Budanov", "military intelligence", "HUR", "GUR", "Ukrain"]
UKMOD = ["Ministry of Defence", "MoD", "Defence Intelligence", "UK"]
GERASIMOV = ["Gerasimov", "General Staff", "Russia"]
KCNA = ["KCNA", "Korean Central News Agency", "state media", "Kim"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "It put the size of that group at about 1,500 soldiers", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "North Korea now has between 10,000 and 12,000 soldiers on Russian soil", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "it believed about 10,000 North Korean troops had been sent to eastern Russia for training", False)],
 "002": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "have already lost more than 3,000 men killed and wounded", False)],
 "003": [("casualties", "north_korea", 1100, None, "about", JCS,
          "Some 1,100 North Korean soldiers have been killed or wounded fighting against Ukraine", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "around 100 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 wounded", False),
         ("troops", "north_korea", 11000, None, "about", ["South Korean and Western estimates", "estimates", "South Korea", "Western"],
          "North Korea is believed to have sent some 11,000 soldiers to Russia", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers had been killed or wounded in Kursk", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "Roughly 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "puts the North's combined losses at roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "his forces had captured two North Korean soldiers in the Kursk region", False),
         ("troops", "north_korea", 11000, None, "about", ["officials", "U.S.", "South Korea", "Ukrain"],
          "North Korea sent about 11,000 troops to Russia last fall", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "Zelenskyy said last month that more than 3,000 of them had already been killed or wounded", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "has suffered close to 4,000 killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "the two North Korean soldiers captured on Jan. 9", False),
         ("casualties", "russia", 38000, None, "more_than", SYRSKYI,
          "Russian forces, including North Korean units, had lost more than 38,000 troops in the Kursk sector", False),
         ("killed", "russia", 15000, None, "about", SYRSKYI,
          "nearly 15,000 of them killed", False)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "roughly 600 of them fatally", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North has dispatched about 15,000 troops to Russia in all", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "That total includes some 3,000 reinforcements sent in January and February", False),
         ("casualties", "north_korea", 4000, None, "more_than", BUDANOV,
          "put the North's losses earlier this month at more than 4,000 killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "NIS", "National Intelligence Service"],
          "Taken prisoner by Ukraine | 2", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", GERASIMOV,
          "during the Kursk operation the enemy lost more than 76,000 servicemen", False)],
 "009": [("casualties", "north_korea", 6000, None, "more_than", UKMOD,
          "More than 6,000 North Korean soldiers are now thought to have been killed or wounded", False),
         ("troops", "north_korea", 11000, None, "about", UKMOD,
          "North Korea had deployed about 11,000 soldiers to the Kursk region", False)],
 "010": [("killed", "north_korea", 9, None, "exact", KCNA,
          "honored nine of its soldiers who were killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had died in the fighting in Kursk", False),
         ("troops", "north_korea", 11000, None, "about", BUDANOV,
          "around 11,000 North Korean troops were still in the Kursk region", False)],
}
NOT = {
 "000": ["a total of 12,000 soldiers in four brigades (planned)", "more than 13,000 containers of munitions",
         "Oct. 8 and 13", "24 years", "Share 2.4K", "KOSPI 2,593.91, won at 1,369.5 (Most Viewed)",
         "3 killed, 11 hurt (other story's headline)", "2 inter-Korean roads, 10 artillery rounds (headlines)"],
 "001": ["170 mm self-propelled guns and 240 mm multiple rocket launchers", "roughly 1,000 square kilometers",
         "about 60 percent of respondents", "8.7 trillion yen (headline)", "86 minutes (headline)",
         "980 yen a month", "4 min read", "Comments (37)"],
 "002": ["78 missiles and 106 drones (Read also)", "2 killed and 9 injured (Read also)", "Views 5,381",
         "120,000 subscribers"],
 "003": ["€650 million (headline)", "23 February 2025 (headline)", "500,000 without heating (headline)",
         "Share: 312"],
 "004": ["aged 26", "two days after", "less than three months", "7 days a week, 5 stories, 5 minutes"],
 "005": ["about 1,300 square kilometers", "Aug. 6, 2024", "'Up to 12,000' (Related headline)",
         "816,540 troops (Related headline)", "21,400 members, $4.99 a month", "Share: 186 | Comments: 54"],
 "007": ["June 19, 2024", "12th straight week, 8-3, 1.2% to 6.7 tril. won (Most Popular)",
         "2 dead, 4 missing (headline)", "48,000 readers", "Share 1,208"],
 "008": ["1,000 sappers and 5,000 military builders (planned)", "over 400 tanks, about 250 infantry fighting vehicles, more than 1,500 armored combat vehicles",
         "more than 150,000 residents evacuated (civilians, not a metric)", "about 1.2 million explosive objects",
         "78.45 rubles", "end of 2026"],
 "009": ["well over half of the original force (no figure)", "millions of artillery shells, dozens of KN-23 missiles",
         "122mm howitzer round", "1,300km (headline)", "1,300 days in 13 maps (headline)", "Share 1.6k",
         "1,042 partners", "4 min"],
 "010": ["1,000 deminers and 5,000 military construction workers (planned, restated)", "roughly 120 days",
         "9 tril. yen (headline)", "50,000 Nikkei (headline)", "2 cruise missiles (headline)", "1,500 yen/month",
         "43 comments"],
}
OFF = ["011", "012", "013", "014"]
DUP = {"006": "004"}

goldlib.write(
    "Gold labels for the blind271 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-1", "003-1", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), a day apart"],
            ["004-3", "005-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["003-1", "003-5", "about 1,100 (JCS) against Zelensky's more than 3,000 restated in the same article: the disagreement already flagged as 002-1~003-1"],
            ["007-3", "007-4", "about 15,000 in all against some 3,000 reinforcements: a part of the whole"],
            ["010-1", "010-2", "nine engineers killed on one mission against about 2,000 killed overall: a part, months apart"],
        ],
    },
)
