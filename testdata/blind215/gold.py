#!/usr/bin/env python3
"""Write gold.json for the blind215 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
BUD = ["Budanov", "Defense Intelligence", "HUR", "Ukrain"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
SYR = ["Syrskyi", "Ukrainian command", "Ukrain"]
GER = ["Gerasimov", "General Staff", "Russia", "Moscow"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has moved roughly 3,000 soldiers to Russia so far", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "an initial contingent of about 1,500 special operations forces had been ferried", False)],
 "001": [("troops", "north_korea", 11000, None, "about", BUD,
          "Around 11,000 North Korean infantrymen are now training at bases in Russia's Far East", False),
         ("troops", "north_korea", 500, None, "about", BUD,
          "the contingent includes about 500 officers", False),
         ("troops", "north_korea", 3, None, "exact", BUD,
          "along with three generals", True),
         ("troops", "north_korea", 3000, None, "at_least", ["Kirby", "White House", "U.S.", "US", "Washington"],
          "At least 3,000 North Korean soldiers had arrived in eastern Russia by mid-October", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "Around 100 North Korean soldiers sent to help Russia have died in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 others have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Put together, the casualties come to roughly 1,100", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Defense Department", "Pentagon", "U.S.", "US"],
          "The U.S. Defense Department has put the size of the North Korean force in Kursk at 11,000 to 12,000 soldiers", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["head of state", "Syrskyi"],
          "Over 3,000 soldiers from North Korea have already been killed or wounded in Russia's Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the North had lost about 1,100 soldiers killed and wounded", False)],
 "004": [("casualties", "north_korea", 3000, None, "about", NIS,
          "has climbed to around 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "including some 300 dead", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and about 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers were captured alive by Ukrainian forces in the Kursk region", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Close to 4,000 of its soldiers have been killed or wounded in the Kursk region", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "Kyiv"],
          "the two North Korean soldiers captured by Ukrainian troops in Kursk last Saturday", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea dispatched another 3,000 or so soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS + ["U.S."],
          "the roughly 11,000 troops the North began sending last October", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Killed and wounded as of mid-January: about 3,000 (NIS)", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Soldiers held by Ukraine: 2 (Ukraine)", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", GER,
          "the Ukrainian army lost more than 76,000 servicemen in the Kursk Region", False),
         ("casualties", "ukraine", 1140, None, "up_to", ["Defense Ministry", "Defence Ministry", "Russia"],
          "Ukrainian formations lost up to 1,140 servicemen along the entire line of contact", True)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or injured while fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "among them roughly 600 who died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has dispatched around 15,000 troops to Russia in total", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "In January the agency had put North Korean casualties at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "CNN"],
          "2: North Korean prisoners held by Ukraine", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", SYR,
          "More than 4,000 North Korean troops have been killed or wounded there since November, by the Ukrainian command's count", False),
         ("troops", "russia", 50000, None, "more_than", SYR,
          "Russia still keeps more than 50,000 of its own troops in the Kursk direction", False),
         ("casualties", "ukraine", 76000, None, "more_than", GER,
          "who claimed that Ukraine had lost more than 76,000 troops in the Kursk operation", False),
         ("casualties", "russia", 20000, 99999, "vague", SYR,
          "had cost Russia \"tens of thousands\" of soldiers", True)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "around 15,000 North Korean soldiers had been deployed to Russia since last autumn", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "The National Intelligence Service said about 600 of them had died", False)],
 "013": [("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers have been killed fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "The agency's previous public estimate, in April, was about 600 dead", False)],
}
NOT = {
 "000": ["some 10,000 by December (expected, planned)", "12K troops in four brigades (headline, planned)",
         "roughly two months of training", "236 defectors, 9 pct (headline)", "1.3 pct, 2,599.62 (headline)",
         "1,382.4 against dollar", "3-2 (sports)", "Share 324", "16:12 KST"],
 "001": ["November 1", "several hundred square miles", "roughly 600 miles", "millions of artillery shells",
         "170mm Koksan, 240mm rocket launchers", "more than 25 miles", "1.1K shares, 212 comments",
         "four-hour (headline)", "2.4 million shells a year (headline)", "10 MQ-25s, $1.6B (headline)", "$1.99/month"],
 "002": ["12K troops in Russia (other story's headline)", "8.5 trillion yen (headline)", "40 countries (headline)",
         "2 plus 2", "1,500 yen a month", "7 days", "Share 58"],
 "003": ["almost three times higher", "155mm artillery", "some 10 km from the border", "810th brigade",
         "771,280 (+1,690), 9,545 tanks, 21,052 artillery (Russian-loss widget)", "1 killed, 15 injured (headline)",
         "1.2 million consumers (headline)", "EUR 4.1 bn", "2,148 views", "2015-2024"],
 "004": ["born in 2005 / 1999, enlisted 2021 / served since 2016", "1.2% (headline)", "within 2 years (headline)",
         "10% of flights, 179 killed in Muan crash (headline)", "Share 96", "production in 2025"],
 "005": ["43 missiles and 74 drones (headline)", "6-4, 6-2, 7-6 (sports)", "six more months", "846 partners", "3 min"],
 "007": ["around 220 artillery pieces", "170 mm, 240 mm", "roughly 7,000 km", "720,988 births (headline)",
         "150 yen", "6-3 (sports)", "¥1,800 a month", "31 shares"],
 "008": ["over 400 tanks and more than 1,500 armoured vehicles", "Article 4", "June 19, 2024",
         "over 11,000 troops in the Victory Day parade (headline, Russian troops)", "4.1% (headline)", "May 9, May 20"],
 "009": ["1,000+ days since the invasion", "12 killed in Kyiv (headline)", "80-mile-long tunnel (headline)",
         "1,326 comments", "4 min read", "two days after"],
 "010": ["122 mm rocket launchers, 170 mm Koksan", "12 drones, 46 injured (headline)", "poll of 1,000 Ukrainians (headline)",
         "41.43 per dollar", "UAH 99", "3,411 views, 12 comments", "August 6, 2024"],
 "011": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 builders and sappers (headline, planned)",
         "third visit in less than three months", "hundreds of billions of rubles", "more than 100,000 residents evacuated",
         "20,000 guests", "$2, $5 or $10", "20% key rate (headline)", "3 killed in Belgorod (headline)"],
 "013": ["more than 10,000 Chinese troops marched in the parade", "80 years", "about 2-1/2 hours",
         "1,000 deminers and 5,000 military construction workers (planned)", "854 flood deaths (headline)",
         "1% (headline)", "13-month high (headline)"],
}
OFF = ["012", "014"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind215 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-1", "001-1", "about 3,000 moved to Russia (NIS) against around 11,000 training in Russia (Budanov), two days apart"],
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-1", "005-1", "around 3,000 casualties (NIS) against close to 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["000-2", "001-1", "about 1,500 (NIS's count of the week before, restated) against around 11,000 (Budanov)"],
            ["000-2", "001-4", "about 1,500 (NIS's earlier count, restated) against at least 3,000 (Kirby): an old figure"],
            ["003-1", "003-2", "more than 3,000 (Zelensky) against the restated 1,100 (NIS) in the same report"],
            ["007-1", "007-2", "another 3,000 or so (JCS) against the roughly 11,000 sent before: an additional force"],
            ["009-4", "010-1", "the January NIS figure of about 3,000, restated in April, against more than 4,000 (Syrskyi)"],
        ],
    },
)
