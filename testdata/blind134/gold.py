#!/usr/bin/env python3
"""Write gold.json for the blind134 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "Lee Seong-kweun",
       "Park Sun-won", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has so far moved about 3,000 of its soldiers to Russia", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "some 1,500 North Korean special forces troops had been carried to Russia", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 North Korean soldiers in the Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", ["Defense Department", "Pentagon", "Singh", "U.S."],
          "put the overall size of the contingent at about 10,000 troops sent to eastern Russia", False),
         ("troops", "north_korea", 500, None, "about", ["Defense Intelligence", "GUR", "Budanov", "Ukrain"],
          "the force included around 500 officers", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers deployed to Russia have been killed in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "put the North's losses at around 1,100 in all", False),
         ("killed", "north_korea", 2, 9, "vague", NIS,
          "Among the dead were several high-ranking officers", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds three thousand", False)],
 "004": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean units there have now lost almost 4,000 men killed and wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon has said it believes 11,000 to 12,000 North Korean troops are in Russia", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the agency's assessment puts the North's total casualties at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "two North Korean soldiers had been captured alive in the Kursk region", False)],
 "006": [("troops", "north_korea", 3000, None, "about", JCS,
          "An estimated 3,000 more North Korean soldiers arrived in Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "roughly 11,000 soldiers the North dispatched last fall", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "Around 4,000 North Koreans have been killed or wounded in the fighting so far", False)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has lost around 4,700 soldiers killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang had sent some 15,000 troops to Russia in all", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Taken prisoner by Ukraine | 2", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Earlier casualty estimate | about 3,000 | Jan. 13, 2025", True)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", ["Syrskyi", "Syrsky", "Commander-in-Chief"],
          "North Korean forces fighting in Russia's Kursk Oblast have lost more than 4,000 soldiers killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "the North's casualties had reached about 4,700", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "About 15,000 North Korean soldiers have been sent to Russia in total", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Of those, some 600 are believed to have died", False)],
 "013": [("casualties", "north_korea", 6000, None, "about", ["Ministry of Defence", "MoD", "Defence Intelligence", "UK", "Britain"],
          "North Korea has lost around 6,000 soldiers killed and wounded", False),
         ("troops", "north_korea", 1000, None, "about", ["Institute for the Study of War", "ISW"],
          "roughly 1,000 North Korean deminers were now working in Kursk Oblast", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "Kim Jong Un", "DPRK", "North Korea"],
          "Nine servicemen of the regiment died while carrying out the mission", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian army lost more than 76,000 troops killed and wounded during the Kursk incursion", False)],
}
NOT = {
 "000": ["a total of 10,000 soldiers by December (planned)", "two rounds", "a three-star general",
         "2,000 fans", "2,599.62", "10 short-range ballistic missiles in 3 days (headline)", "155 mm artillery shells",
         "1,380.2 per dollar", "1,500 special forces (Related headline, Oct. 18)", "34 comments"],
 "001": ["60 mm mortars", "about 400 kilometers", "August 2023", "3 aircraft carriers (headline)", "38,474.90",
         "2.5-hour summit", "X 2.1K, Facebook 845, LINE 312", "1,980 yen a month"],
 "002": ["240-millimeter rocket launchers", "roughly six weeks", "204-85 vote (headline)",
         "11,000, three generals (Related headline, Nov. 13)", "1,451.9 per dollar", "7 episodes",
         "1.8 trillion won", "2.4%", "2 comments", "top 5 stories"],
 "003": ["1,530 troops, 9 tanks (Read also headline)", "7 guided bombs, 12 injured (headline)",
         "Russian losses widget: 776,930 (+1,530), 9,602 tanks, 21,098, 20,516", "August 6, 2024",
         "1 480 views", "118K subscribers"],
 "004": ["about 10 kilometers (6 miles)", "12 tanks and 23 armored vehicles", "€650 million ($670 million)",
         "January 20", "five months", "pop. 18,000 (headline)", "€52 billion (headline)", "1 in 4 (headline)", "57 comments"],
 "005": ["one soldier killed by his own grenade (anecdote)", "1 min 32 sec", "6.5 million foreign visitors",
         "1.8%, 158 per dollar", "Magnitude 6.9", "20 languages"],
 "006": ["170 mm self-propelled guns", "240 mm rocket launchers", "millions of artillery shells",
         "about $2,000 per soldier each month", "58-44", "12 cents to $3.19", "$4.5 million, Route 30",
         "$1 for 3 months", "Comments (16)"],
 "007": ["Share 1.2K, Reactions 86", "April 26", "two days after", "Exports fall 1.3%, 25% tariffs (headline)",
         "1.2% to 6.7 trillion won (headline)", "14 comments"],
 "009": ["17,000+ members from €5 a month", "187 drones, 2 missiles, 9 injured (headline)",
         "$11 billion (headline)", "Russian losses reach 953,000 (headline)", "1,203 comments", "3 min read"],
 "010": ["a thousand sappers (planned)", "5,000 military construction workers (planned)",
         "6,000 military builders and deminers (headline, planned)", "third visit in three months",
         "Share 214", "34C", "210,000 fans", "at least 224 killed in Iran, 24 in Israel (headline)", "£1", "Comments (387)"],
 "013": ["5,000 military construction workers (planned, not yet arrived)", "465 drones and 32 missiles",
         "1,324 days (headline)", "19th sanctions package, 117 tankers (headline)", "19 drones (headline)",
         "Comments 22", "8 AM"],
 "014": ["more than 120 days", "October 2024", "April 2025", "November 2024", "3 communities (headline)",
         "16.5% (headline)", "around 1% (headline)", "FS77-81571", "18+"],
}
OFF = ["011", "012"]
DUP = {"008": "007"}

goldlib.write(
    "Gold labels for the blind134 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 24)"],
            ["004-1", "005-3", "almost 4,000 casualties (Zelensky, Jan 8) against about 3,000 (NIS, Jan 13)"],
        ],
        "may": [
            ["000-1", "000-2", "about 3,000 now against the 1,500 the same agency gave a week earlier: a restated earlier figure"],
            ["001-1", "001-2", "11,000 in Kursk (Zelensky) against about 10,000 in Russia (Pentagon): the bands touch, and Kursk is a part of Russia"],
            ["006-1", "006-2", "an additional 3,000 against the 11,000 sent last fall: an additional force"],
            ["007-1", "007-5", "about 4,700 now against the fact box's earlier estimate of about 3,000 (Jan. 13): same source, dated earlier"],
            ["007-5", "009-1", "the fact box's January estimate of about 3,000 against more than 4,000 (Syrskyi): a stale figure, months apart in what it counts"],
            ["007-5", "009-2", "the fact box's January estimate of about 3,000 against about 4,700 restated: a stale figure"],
        ],
    },
)
