#!/usr/bin/env python3
"""Write gold.json for the blind177 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "South Korean intelligence",
       "Lee Seong-kweun", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South's military", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Singh", "U.S.", "US"]
HUR = ["Budanov", "HUR", "Defence Intelligence", "Defense Intelligence", "military intelligence"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy landing ships ferried roughly 1,500 North Korean special forces", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has sent about 10,000 soldiers to eastern Russia", False),
         ("troops", "north_korea", 8000, None, "about", PENT,
          "about 8,000 of those troops have now been moved to Russia's Kursk border region", False),
         ("troops", "north_korea", 500, None, "about", ["Ukraine's military intelligence", "military intelligence", "Ukrain"],
          "the contingent includes some 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", ["Ukraine's military intelligence", "military intelligence", "Ukrain"],
          "some 500 officers and three generals", True)],
 "002": [("casualties", "north_korea", 1100, None, "about", JCS,
          "have sustained about 1,100 casualties", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had died in the fighting", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Nearly 1,000 more were injured, the agency said at the time", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The North has been estimated to have about 11,000 soldiers in the Kursk area, according to the NIS", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "have lost more than 3,000 soldiers killed and wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon has put the total North Korean contingent in Russia at 11,000 to 12,000 soldiers", False),
         ("casualties", "north_korea", 30, None, "at_least", ["Defense Intelligence", "Ukrain"],
          "at least 30 North Korean soldiers were killed or wounded", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Combined, that puts the North's losses at roughly 3,000 men, he said", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["NIS", "Ukrain"],
          "his forces had captured two North Korean soldiers", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have suffered nearly 4,000 killed and wounded, Ukrainian President Volodymyr Zelensky said", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"] + ZEL,
          "the two North Korean prisoners it captured last week", False)],
 "006": [("troops", "north_korea", 3000, None, "about", JCS + ["NIS"],
          "about 3,000 additional soldiers arrived", False),
         ("troops", "north_korea", 11000, None, "about", NIS + JCS,
          "the initial contingent of roughly 11,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "South Korean intelligence gave a toll of around 300 dead", False),
         ("wounded", "north_korea", 2700, None, "exact", NIS,
          "it said 2,700 were wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "| Captured by Ukraine | 2 | Zelensky |", False),
         ("casualties", "north_korea", 200, 900, "vague", ["Ukrainian commanders", "Ukrain"],
          "hundreds of North Koreans killed or wounded in single assaults", True)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "roughly four-thousand-700 North Korean troops have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 of them fatally", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has sent approximately 15-thousand soldiers to Russia", False)],
 "008": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korea has now lost more than 4,000 killed and wounded", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Moscow", "Russia"],
          "Ukraine had lost more than 76,000 servicemen killed and wounded there", False)],
 "009": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency"],
          "Nine servicemen of the regiment died while performing the task, KCNA reported", False)],
}
NOT = {
 "000": ["a total of 12,000 soldiers in four brigades (planned)", "between Oct. 8 and 13", "11th Corps",
         "more than 13,000 containers", "over 8 million rounds of 122 mm and 152 mm ammunition",
         "10 roads, 60 m each (headline)", "3 B-52 bombers (headline)", "2,000 drones (headline)", "Share 214",
         "KOSPI 2,593.82, 0.53 pct", "1,371.2 per dollar", "Nov. 15"],
 "001": ["$1 for 6 months", "Comments (57)", "Two weeks ago", "23 polling places (headline)", "28-21",
         "6 cents to $4.79", "High of 71°, low of 48°"],
 "002": ["170 mm self-propelled guns and 240 mm multiple rocket launchers", "Share 96", "Comment 14",
         "Dec. 27 (headline)", "2.3% (headline)", "13 injured (headline)", "0.08% for 39th straight week",
         "+82-2-727-0114"],
 "003": ["1 642 (views)", "1,630 troops over past day (headline)", "36 settlements, 12 people (headline)",
         "€1.9 billion, 8 IRIS-T systems, 40 km", "December 14-15", "three villages"],
 "004": ["born in 2005", "The other, 26", "11 entities and 14 individuals", "Share 1.3K", "Nikkei 40,000, ¥158 (headline)",
         "3 straight days (headline)", "24-year-old, 5 hurt (headline)"],
 "005": ["more than 6 million Ukrainians abroad (displaced, not a metric)", "about 20 percent of territory", "4 min",
         "2 million votes (headline)", "14.6 billion kroner (headline)", "third anniversary"],
 "006": ["Shells supplied to Russia 9m+", "$2,000 a month per soldier", "312 comments", "around two weeks",
         "1,200km (headline)", "$1bn (headline)", "£1.6bn (headline)", "27 partners", "ratified in 2024"],
 "007": ["another 3,000 troops for rebuilding work (planned, not confirmed)", "Views 5,812", "21℃",
         "KRW/USD 1,426.50 (-3.20)", "3 parties (headline)", "0.8% (headline)", "5,000-ton destroyer (headline)"],
 "008": ["👁 3,417", "8 min read", "April 26", "range of up to 690 kilometers", "170mm Koksan guns", "$5 a month",
         "149 drones and 3 missiles (headline)", "50% of revenue (headline)", "2 dead, 11 injured (headline)",
         "Comments (22)"],
 "009": ["1,000 sappers and 5,000 military builders (planned, restated from June)", "120 days",
         "more than 1,500 hectares", "460 km of roads", "Article 4", "two settlements (headline)",
         "57 Ukrainian drones (headline)", "4 times a week from 2026 (headline)"],
}
OFF = ["010", "011", "012", "013"]
DUP = {"014": "004"}

goldlib.write(
    "Gold labels for the blind177 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-1", "003-1", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky), one day apart"],
            ["004-3", "005-1", "roughly 3,000 casualties (NIS via Lee Seong-kweun) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["006-1", "006-2", "about 3,000 additional soldiers against the initial roughly 11,000: an additional force"],
        ],
    },
)
