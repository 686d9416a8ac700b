#!/usr/bin/env python3
"""Write gold.json for the blind183 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "Lee Seong-kweun",
       "South Korea", "South Korean intelligence", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
PENT = ["Pentagon", "U.S.", "US"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between 10,000 and 12,000 North Korean soldiers are now in Russia", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "a first contingent of about 1,500 special forces had been shipped out of the port of Chongjin", False),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "about 10,000 North Korean soldiers had been moved to the Kursk border region", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL,
          "11,000 North Korean troops were in Kursk", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "about 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "puts the North's losses at roughly 1,100 in all", False),
         ("casualties", "north_korea", 200, 900, "vague", ["senior U.S. military official", "U.S. military official", "U.S. official", "Washington"],
          "several hundred North Korean soldiers had been killed or wounded", True),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon has put the total North Korean force in the region at 11,000 to 12,000", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "the dead included at least one officer of general rank", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "it assessed North Korean losses at around 1,100 killed and wounded", False)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain", "National Intelligence Service"],
          "Ukrainian forces have taken two North Korean soldiers prisoner", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "another 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "bringing Pyongyang's casualties to some 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Kyiv"],
          "the two North Korean soldiers Kyiv says it caught in the Kursk region", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "The number of North Korean soldiers killed and wounded in Russia's Kursk region now stands at nearly 4,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "it believed about 300 had died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 had been wounded", False)],
 "009": [("troops", "north_korea", 3000, None, "about", JCS,
          "Some 3,000 additional troops arrived in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS + ["military sources"],
          "a force that initially numbered around 11,000", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "The JCS has put its losses at about 4,000 killed and wounded", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "around 600 of them fatally", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has so far dispatched some 15,000 troops to Russia", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "the roughly 3,000 soldiers sent as reinforcements earlier this year", False),
         ("captured", "north_korea", 2, None, "exact", NIS,
          "Taken prisoner by Ukraine | 2", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "HUR", "Defense Intelligence"],
          "have exceeded 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "exact", NIS,
          "estimated the North's casualties at 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 killed", False),
         ("killed", "north_korea", 27, None, "exact", ["Special Operations Forces", "SSO"],
          "one of its units had killed 27 North Korean soldiers in the border area over three days", False),
         ("casualties", "russia", 958000, None, "about", ["General Staff", "Ukrain"],
          "Russia has lost about 958,000 troops, according to Ukraine's General Staff", True)],
 "013": [("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers have been killed fighting for Russia", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "North Korea had sent about 1,000 deminers to Kursk this summer", False),
         ("killed", "north_korea", 9, None, "exact", ["state media", "KCNA", "Kim Jong-un", "North Korea"],
          "nine soldiers who had been killed on the mission", False),
         ("casualties", "north_korea", 6000, None, "about", ["British defence intelligence", "Defence Intelligence", "UK", "Ministry of Defence"],
          "roughly 6,000 North Korean troops had been killed or wounded in Kursk", False)],
}
NOT = {
 "001": ["a total of 12,000 soldiers in four brigades (planned)", "170 mm guns, 240 mm rocket launchers",
         "300 km (headline)", "40% (headline)", "$1 a barrel (headline)", "Save 25%", "Nov 30", "some deployed to the front (no figure)"],
 "002": ["three brigades", "Group of Seven", "about $12 billion in aid", "8 ballistic missiles (headline)",
         "3 dead, 45,000 homes (headline)", "X 312, Facebook 88, LINE 41", "1,500 yen", "2025 (headline)"],
 "003": ["about 1,300 square kilometers", "$5 a month", "70 missiles, 100 drones (headline)", "1,034 days (headline)",
         "155mm (headline)", "12 years", "Comments (126)", "2,500 members"],
 "004": ["born in 2005 / 1999, served since 2021 / 2016", "$500 million (headline)", "kills 13, injures 113 (headline)",
         "16 dead (headline)", "Share (2.1K)", "Comments 389"],
 "006": ["240-millimeter rocket launchers, 170-millimeter howitzers", "1,100 km (headline)", "2,489.56, 0.2% (headline)",
         "58% (headline)", "2,841 views", "10% off", "almost three times"],
 "007": ["groups of 20 to 30 men (assault group size)", "€4 billion", "3 killed (headline)", "15th sanctions package (headline)",
         "2% (headline)", "Share 214", "4 minutes"],
 "009": ["about 120 long-range guns", "20-km supply road", "30-day ceasefire (headline)", "3% of GDP by 2030 (headline)",
         "€800 billion (headline)", "€7.99/month", "2 articles left", "4 min"],
 "010": ["hundreds of millions of dollars", "Artillery pieces supplied | 220", "8 months", "6.6 trillion won (headline)",
         "3-day concert draws 150,000 (headline)", "2% (headline)", "3,918 views", "Comments 48"],
 "011": ["30-day ceasefire from May 8 (headline)", "165 drones, 101 shot down (headline)", "3 injured (headline)",
         "180K subscribers", "Views 5,112"],
 "013": ["5,000 military construction workers (planned)", "thousands of workers to rebuild Kursk (planned)",
         "as much as $20bn", "500 drones (headline)", "Ten years (headline)", "2-1 win (headline)", "£4 a month",
         "412 comments", "nearly three times"],
}
OFF = ["000", "008", "012", "014"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind183 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), the same day"],
            ["006-3", "007-1", "some 3,000 casualties (NIS) against nearly 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["002-4", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-3", "002-4", "about 1,100 (NIS) against several hundred (US official): a vague figure"],
            ["009-1", "009-2", "some 3,000 additional troops against an initial force of about 11,000: an additional force"],
            ["010-3", "010-4", "about 15,000 in all against roughly 3,000 reinforcements: a part of the whole"],
            ["001-1", "001-2", "10,000-12,000 now against a first contingent of about 1,500 (restated from October): a part"],
        ],
    },
)
