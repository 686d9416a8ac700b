#!/usr/bin/env python3
"""Write gold.json for the blind121 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "Park Sun-won", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Defense Department", "Pentagon", "Sabrina Singh", "Singh", "US", "U.S."]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
BUDANOV = ["Budanov", "military intelligence", "HUR", "GUR", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between 10,000 and 12,000 North Korean soldiers have been deployed to Russia", False),
         ("troops", "north_korea", 500, None, "about", NIS,
          "Among them are some 500 officers, including three generals", False),
         ("troops", "north_korea", 3, None, "exact", NIS,
          "including three generals", True)],
 "001": [("troops", "north_korea", 10000, None, "more_than", PENTAGON,
          "More than 10,000 North Korean soldiers have now been moved into Russia's Kursk region", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "between 10,000 and 12,000 North Korean soldiers had been deployed to Russia", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "have lost at least 100 soldiers killed in combat in the Kursk region", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "nearly 1,000 others have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the North's losses since it entered the fighting in early December come to roughly 1,100", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have already been killed or wounded in Russia's Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "South Korea's National Intelligence Service, which put the North's losses at about 1,100", False)],
 "004": [("casualties", "north_korea", 1100, None, "about", JCS,
          "\"around 1,100\" North Korean soldiers had been killed or wounded", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Kyiv"],
          "which Seoul's military puts at some 1,100 killed and wounded and Kyiv at more than 3,000", False),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "between 11,000 and 12,000 North Korean troops in Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "up from its earlier count of around 10,000", True)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded fighting for Russia against Ukraine", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting the North's total casualties at about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers had been captured by Ukrainian forces", False),
         ("troops", "north_korea", 11000, None, "about", ["South Korean and Western estimates", "South Korea", "Western"],
          "North Korea has sent about 11,000 troops to help Russia in its war", False)],
 "006": [("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "SBU", "Security Service"] + NIS,
          "Ukraine's capture of two North Korean soldiers in the Kursk region", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "some 300 North Korean soldiers had died in the fighting", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers have already been killed or wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the North's casualties stood at about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "Kyiv"],
          "the two men captured last week", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia", "Moscow"],
          "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded in the Kursk direction", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has suffered about 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has sent about 15,000 troops to Russia in total", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "including some 3,000 reinforcements dispatched in January and February", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", BUDANOV,
          "North Korea's losses in Russia had \"exceeded 4,000 killed and wounded\"", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "put the toll at about 4,700, including some 600 dead", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 dead", False),
         ("casualties", "russia", 1200, None, "about", ["Ministry of Defence", "MoD", "U.K.", "UK", "London"],
          "Russia suffered an average of 1,200 casualties a day in April", True)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "the North sent about 15,000 troops to Russia last year and early this year", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "of whom some 4,700 were killed or wounded", False)],
}
NOT = {
 "000": ["170-mm self-propelled guns, 240-mm multiple rocket launchers", "since August 2023",
         "about 2,000 U.S. dollars a month", "6 tracks (headline)", "2.64 pct to 2,417.08 (headline)",
         "1,406 against dollar, 2 years (headline)", "90 aircraft (headline)", "2 dead, 14 hurt (headline)", "Copyright 2024"],
 "001": ["Share 214", "Comments (57)", "roughly 600 square kilometers", "190-mile-range ATACMS", "$425 million",
         "155mm artillery rounds", "since 2004", "55,000 goal (headline)", "7 sailors hurt (headline)", "10,000 jobs (headline)"],
 "002": ["Share 1,032", "240-mm rocket launchers and 170-mm artillery", "10 to 20 kilometers from the front",
         "30% of overseas staff (headline)", "200 votes, 8 of 9 justices (headline)", "14 hours (headline)",
         "40cm (headline)", "3 issues a week"],
 "003": ["Views 18,442", "nearly three times", "some 25 km from the border", "772,260 troops, 9,480 tanks (headline)",
         "52 guided bombs (headline)", "120 howitzer barrels (headline)"],
 "004": ["Comments 312", "82mm mortars", "columns of 20 to 30 men", "15th package (headline)",
         "59 of 103 Russian drones (headline)", "5 things, 2024 (headline)", "5 days a week"],
 "005": ["nearly triple", "Oil jumps 2% (headline)", "3,000 police deployed (headline)", "1.8%, 157 per dollar (headline)"],
 "006": ["Share (887)", "aged 20 and born in 2005, 26 and born in 1999", "Jan. 9", "since 2021 / since 2016",
         "1,000 police (headline)", "0.4% at 2,497.03 (headline)", "179 victims, 2 survivors (headline)"],
 "007": ["Facebook 1.2K, X 640", "Comments (96)", "$5 a month", "founded in 1995",
         "1,490 soldiers, 12 tanks (headline)", "3 killed (headline)", "3.5% in 2024 (headline)"],
 "008": ["7,364 units of weaponry, 415 tanks, 354 infantry fighting vehicles", "since August 2024", "June 2024",
         "81.9 per dollar (headline)", "80th Victory Day, 11,500 participants (headline)"],
 "009": ["10 million artillery shells", "200 long-range artillery pieces", "two days earlier",
         "3.7% (headline)", "$160,000 (headline)"],
 "010": ["170mm Koksan guns", "some 60 kilometers", "17th sanctions package", "nearly 200 shadow fleet tankers",
         "100 days, 45% approval", "€9, 12 cafés", "turns 67"],
 "011": ["1,000 deminers and 5,000 military construction workers (planned)", "6,000 deminers and builders (headline, planned)",
         "as many as 30,000 more soldiers (could send, planned)", "second visit in two weeks",
         "more than 1,000 square kilometers", "Share 548", "2 min", "5 takeaways, day six (headline)",
         "$40 billion (headline)", "38C (headline)", "3 times a week"],
}
OFF = ["013", "014"]
DUP = {"012": "005"}

goldlib.write(
    "Gold labels for the blind121 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23)"],
            ["003-1", "004-1", "more than 3,000 casualties (Zelensky, Dec 23) against around 1,100 (JCS, Dec 23, reported Dec 24)"],
            ["005-3", "007-1", "about 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 18)"],
        ],
        "may": [
            ["003-1", "003-2", "Zelensky against NIS restated in the same report: the clash 002-3~003-1 again"],
            ["002-3", "004-2", "NIS against Zelensky restated a day later: a repeat of 002-3~003-1"],
            ["003-2", "004-2", "both figures restated: a repeat of 002-3~003-1"],
            ["004-1", "004-2", "JCS against Zelensky in the same sentence: the same clash as 003-1~004-1"],
            ["007-1", "007-2", "Zelensky against NIS restated in the same report: the clash 005-3~007-1 again"],
            ["002-2", "005-2", "nearly 1,000 wounded (Dec 19) against 2,700 wounded (Jan 13): 25 days apart, an update"],
            ["002-3", "005-3", "about 1,100 (Dec 19) against about 3,000 (Jan 13), both NIS: an update weeks apart"],
            ["005-1", "009-2", "about 300 killed (Jan) against about 600 killed (Apr): months apart"],
            ["006-2", "009-2", "about 300 killed (Jan) against about 600 killed (Apr): months apart"],
            ["005-3", "009-1", "about 3,000 casualties (Jan) against about 4,700 (Apr): months apart"],
            ["007-1", "009-1", "nearly 4,000 (Jan) against about 4,700 (Apr): months apart"],
            ["007-2", "009-1", "about 3,000 (restated Jan) against about 4,700 (Apr): months apart"],
            ["005-5", "009-3", "about 11,000 (Jan) against about 15,000 in total (Apr): months apart and reinforcements"],
            ["009-3", "009-4", "about 15,000 in total against some 3,000 reinforcements: an additional force, part of the whole"],
            ["005-5", "009-4", "about 11,000 against 3,000 reinforcements: an additional force"],
            ["009-4", "011-1", "3,000 reinforcements against 15,000 in total: part of the whole"],
            ["004-3", "009-3", "11,000-12,000 (Dec) against about 15,000 (Apr): months apart"],
            ["001-2", "004-3", "10,000-12,000 (Nov) against 11,000-12,000 (Dec): overlapping, months apart"],
        ],
    },
)
