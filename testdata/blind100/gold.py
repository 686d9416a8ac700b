#!/usr/bin/env python3
"""Write gold.json for the blind100 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, earlier sets' articles or any crosscheck
output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
SK = NIS + ["Joint Chiefs of Staff", "JCS", "South Korean estimates"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Austin", "Singh", "U.S.", "United States", "Defense Department"]
HUR = ["Defense Intelligence", "HUR", "Budanov", "military intelligence", "Ukrain"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "Kim Jong Un", "Pyongyang", "North Korea"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "North Korea has sent about 10,000 soldiers to eastern Russia", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "a first contingent of around 1,500 special forces had been shipped", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS + ["Park Sun-won"],
          "North Korea has sent 10,000 to 12,000 troops to Russia so far", False),
         ("troops", "north_korea", 500, None, "about", NIS,
          "includes about 500 officers", False),
         ("troops", "north_korea", 3, None, "exact", NIS,
          "and three generals", True)],
 "002": [("killed", "north_korea", 9, None, "exact", KCNA,
          "nine members of the unit had died during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed", False),
         ("troops", "north_korea", 15000, None, "about", SK,
          "North Korea is believed to have sent roughly 15,000 combat troops to Russia in total", False)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "About a hundred North Korean soldiers fighting for Russia have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "put the North's losses at roughly 1,100 men", False),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "The United States puts the overall size of the deployment at between 11,000 and 12,000 soldiers", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds three thousand", False)],
 "005": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korean casualties in Russia's war against Ukraine now stand at around 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "including about 300 dead", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain", "SBU"],
          "two North Korean soldiers had been captured by Ukrainian forces", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "SBU"],
          "the two North Korean soldiers captured last weekend", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Koreans had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("troops", "north_korea", 11000, None, "about", ["U.S. officials", "US officials", "American officials"],
          "about 11,000 North Korean troops are in the Kursk area", False)],
 "007": [("troops", "north_korea", 3000, None, "about", SK,
          "Some 3,000 additional troops were dispatched in January and February", False),
         ("troops", "north_korea", 11000, None, "about", SK,
          "on top of the roughly 11,000 the North sent last autumn", False),
         ("killed", "north_korea", 300, None, "about", SK,
          "| Killed, as of Jan. 13 | about 300 |", False),
         ("wounded", "north_korea", 2700, None, "about", SK,
          "| Wounded, as of Jan. 13 | about 2,700 |", False),
         ("captured", "north_korea", 2, None, "exact", SK + ["Ukrain"],
          "| Held prisoner by Ukraine | 2 |", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia", "Moscow"],
          "the enemy's losses during the operation in the Kursk region exceeded 76,000 servicemen", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North has dispatched about 15,000 soldiers to Russia since last October", False),
         ("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korean losses in the Kursk campaign had passed 4,000", False)],
 "010": [("troops", "north_korea", 11000, None, "about", HUR,
          "North Korea continues to keep roughly 11,000 soldiers in Kursk Oblast", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "some 15,000 North Korean troops have been sent to Russia since last autumn", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 of them were killed or wounded", False),
         ("casualties", "russia", 1000000, None, "about", ["Defence Intelligence", "British", "Britain", "UK", "Ministry of Defence"],
          "Russia has suffered around one million casualties, killed and wounded", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
          "Some 2,000 North Korean soldiers have died fighting for Russia", False),
         ("troops", "north_korea", 1000, None, "about", NIS + ["Park Sun-won"],
          "the North had also sent roughly 1,000 deminers to Russia's Kursk region", False)],
}
NOT = {
 "000": ["some 6,500 km (4,000 miles)", "at least three training sites", "June 2024", "$2,000 a month",
         "1.2-million-strong army (the whole army, not a deployment)", "since 1945",
         "47 Ukrainian drones (headline)", "$53 billion (headline)", "2% (headline)", "5 stories, 5 minutes",
         "Share 1.4K, Comments 212"],
 "001": ["10K-12K in the headline restates 001-1", "paras 4-6", "170-mm self-propelled guns", "240-mm multiple rocket launchers",
         "June 19", "Nov. 15 (headline)", "2.64 pct, 2,417.08 (headline)", "1,410.6 per dollar (headline)",
         "18 injured (headline)"],
 "002": ["about 120 days", "the nine (restates 002-1)", "8.8 trillion yen (headline)", "64% (headline)",
         "2 killed, 10 injured, M7.5 (headline)"],
 "003": ["a 60-kilometer stretch", "December 4", "19.12.2024", "Facebook 318, X 96",
         "93 missiles and nearly 200 drones (headline)", "€650 million (headline)", "15th sanctions package (headline)",
         "3 times a week"],
 "004": ["4,512 views", "December 16", "1,840 soldiers in one day (headline)", "12 more Leopard 1A5 tanks (headline)",
         "59 of 103 Shahed drones (headline)", "personnel ~775,280 (+1,840), tanks 9,570 (General Staff widget)",
         "62K followers"],
 "005": ["Share 2,114", "born in 2005", "The other is 26", "Jan. 14 (headline)", "0.8% (headline)",
         "179 killed in Jeju Air crash (headline)", "two N. Korean soldiers (related headline)"],
 "006": ["$500 million", "61 percent", "through 2025", "10 biggest winners (headline)", "3 more Trump picks (headline)",
         "40,000 insiders", "1,312 Comments"],
 "007": ["over 9 million artillery shells (fact box)", "about two-thirds of the roughly 1,300 sq km",
         "¥8.7 trillion", "more than 1,000 km", "$1 trillion (headline)", "¥990, 3 months"],
 "008": ["more than 420 tanks, 360 infantry fighting vehicles, over 1,500 armored combat vehicles", "Article 4",
         "June 2024", "18+", "1.3% (headline)", "115 Ukrainian drones (headline)",
         "11,500 servicemen and 180 units of equipment (Victory Day parade headline)", "FS77-81054"],
 "009": ["more than 12 million artillery shells", "170mm self-propelled howitzers, 240mm rocket launchers",
         "39% (headline)", "44.6C (headline)", "Three killed (headline)", "143 partners"],
 "010": ["1,000 deminers and 5,000 military builders (planned)", "6,000 sappers and builders (headline, planned)",
         "$8/month, 43,000 readers", "second visit in two weeks", "February 2022",
         "440 drones and 32 missiles, killing 28 (headline)", "€2 billion (headline)", "1,200 bodies (headline)",
         "Comments (37)"],
 "012": ["another 5,000 military construction workers (planned)", "80th anniversary", "some 20 hours", "70 percent",
         "$26 billion, 475 detained (headline)", "3,184.38, 0.7 pct (headline)", "2 dead, 5 hurt (headline)",
         "Comments 86, Likes 1,207"],
}
OFF = ["011", "013"]
DUP = {"014": "005"}

goldlib.write(
    "Gold labels for the blind100 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
            ["005-1", "006-1", "about 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelenskyy, Jan 17), four days apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 10,000 sent (Pentagon) against a first contingent of around 1,500 (NIS, earlier this month): an earlier, partial figure"],
            ["000-2", "001-1", "a first contingent of 1,500 against 10,000-12,000 two weeks later: a part and an earlier stage"],
            ["007-1", "007-2", "about 3,000 additional against roughly 11,000 sent last autumn: an additional force"],
            ["006-5", "007-1", "about 11,000 in Kursk (US officials) against about 3,000 reinforcements, six weeks apart: an additional force"],
            ["010-1", "010-2", "roughly 11,000 still in Kursk (HUR) against some 15,000 sent in total (Seoul): present against cumulative"],
            ["003-3", "005-1", "about 1,100 against around 3,000 casualties (both NIS), 25 days apart: a later estimate"],
            ["009-2", "012-1", "about 600 killed (April) against some 2,000 killed (September): a later estimate, months apart"],
            ["006-1", "009-1", "nearly 4,000 (January) against around 4,700 casualties (April): months apart"],
        ],
    },
)
