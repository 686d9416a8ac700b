#!/usr/bin/env python3
"""Write gold.json for the blind273 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Singh", "U.S.", "US", "Washington"]
SSO = ["Special Operations Forces", "SSO", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENT,
          "Roughly 10,000 North Korean soldiers have been sent to eastern Russia to train", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "about 1,500 North Korean special forces had already been ferried to Vladivostok", False)],
 "001": [("killed", "north_korea", 100, None, "about", NIS,
          "Around 100 North Korean soldiers sent to help Russia have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 others have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "puts the combined toll at roughly 1,100", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "it believes 11,000 to 12,000 North Korean soldiers are now in Russia", False)],
 "002": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "more than 3,000 North Korean soldiers have already been killed or wounded", False),
         ("casualties", "russia", 1523, None, "exact", ["Defence Intelligence", "British", "UK"],
          "Russian casualties in November averaged 1,523 a day", True)],
 "003": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers fighting for Russia have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Roughly 3,000 casualties in all, the National Intelligence Service told lawmakers", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Security Service", "SBU", "Ukrain"] + NIS,
          "Ukrainian forces had captured two wounded North Korean soldiers", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers have been killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "return two captured North Korean soldiers", False),
         ("killed", "north_korea", 27, None, "exact", SSO,
          "one of their units had killed 27 North Korean soldiers", False),
         ("wounded", "north_korea", 11, None, "exact", SSO,
          "and wounded 11 more", False)],
 "006": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has sent roughly 3,000 more soldiers to Russia this year", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "Troops deployed (Pentagon, Dec. 2024) | 11,000–12,000", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "Killed and wounded (Zelensky, Jan. 2025) | nearly 4,000", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Taken prisoner by Ukraine | 2", False)],
 "007": [("casualties", "north_korea", 4000, None, "more_than", ["HUR", "military intelligence", "Budanov", "Ukrain", "Kyiv"],
          "has put North Korean losses in the Kursk region at more than 4,000 killed and wounded", False)],
 "008": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea sent about 15,000 troops to Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "some 4,700 of them have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 who died", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "the North's captured soldiers, two of whom are still held in Ukraine", False)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 North Korean soldiers took part in the fighting", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "of whom some 600 were killed", False)],
 "010": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "Kim", "North Korea", "Pyongyang"],
          "acknowledging that nine of its soldiers died during the mission", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 North Korean troops were deployed to Russia over the course of the war", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 of them have been killed", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "a figure it raised from roughly 600 in April", True)],
}
NOT = {
 "000": ["a total of some 12,000 troops in four brigades (planned)", "about 300 kilometers (190 miles)",
         "Share 212", "Comments (47)", "4 min read", "$14.6 million", "Lakers 112, Suns 105, Davis 31",
         "9 cents to $3.12", "high 64°, low 48°", "3 months for $1"],
 "001": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "Dec. 4", "5 left this month",
         "2+2 talks in 6 years (headline)", "8 artillery shells (headline)", "157 to the dollar", "¥1,650 a month"],
 "002": ["Views 18,432", "52 of 78 drones (headline)", "15th sanctions package (headline)",
         "personnel about 776,460 (+1,380) (daily loss widget)", "tanks 9,515 (+12)", "artillery systems 20,950 (+32)",
         "February 2022", "2015-2024"],
 "003": ["one is 20 and the other 26 (ages)", "36 Ukrainian drones (headline)", "Oil rises 2% (headline)",
         "2nd time (headline)", "3 minute read", "Updated 2 hours ago"],
 "005": ["groups of 5 to 10 men", "captured on 9 January", "three days", "€1.5 billion (headline)",
         "Avalanche kills 3 (most viewed)", "12% (most viewed)"],
 "006": ["200+ long-range guns (fact box)", "June 2024 (fact box)", "groups of up to 40 men",
         "90 minutes (headline)", "up to $500 billion (headline)", "3 min"],
 "007": ["5,000-ton destroyer (headline)", "2.3% (headline)", "two days after"],
 "008": ["about $20 billion", "roughly 80 percent", "12 hours (headline)", "0.7%", "1.2% to W6.7tr",
         "9th month", "$3b", "15%", "Share 37"],
 "009": ["1,000 deminers and 5,000 military construction workers (planned)", "6,000 Sappers and Builders (headline, planned)",
         "second trip in two weeks, third this year", "at least 100 billion rubles ($1.3 billion)", "9.6% (headline)",
         "1,200 Kilometers (headline)", "10 Months (headline)", "from $2"],
 "010": ["1,000 deminers and 5,000 military builders (planned)", "120 days", "more than 1.5 million square meters",
         "3 times a week", "2:14", "4 countries (headline)", "above 70% (headline)", "188 dead (headline)"],
}
OFF = ["011", "012", "013", "014"]
DUP = {"004": "003"}

goldlib.write(
    "Gold labels for the blind273 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-3", "002-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), five days apart"],
            ["003-3", "005-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), five days apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 10,000 sent (Pentagon) against the first 1,500 special forces shipped (NIS, ten days earlier): a part, and superseded"],
            ["006-1", "006-2", "about 3,000 more (NIS) against 11,000-12,000 deployed (Pentagon fact box): an additional force"],
        ],
    },
)
