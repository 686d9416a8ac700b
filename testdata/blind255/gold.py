#!/usr/bin/env python3
"""Write gold.json for the blind255 set from the compact table below.

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
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korean military", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
GUR = ["Budanov", "HUR", "Defence Intelligence of Ukraine", "military intelligence", "Ukrain"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "shipping a first group of around 1,500 special operations soldiers to the Russian Far East", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between 10,000 and 12,000 North Korean soldiers are now stationed in Russia", False),
         ("troops", "north_korea", 500, None, "about", NIS,
          "The contingent, the agency said, includes about 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", NIS,
          "includes about 500 officers and three generals", True)],
 "002": [("troops", "north_korea", 11000, None, "about", GUR,
          "The number of North Korean servicemen in Russia's Kursk region has reached around 11,000", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "Earlier, South Korean intelligence assessed the contingent at 10,000 to 12,000.", False)],
 "003": [("casualties", "north_korea", 1100, None, "about", JCS,
          "it is estimated that around 1,100 North Korean troops have been killed or wounded", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had died", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 others had been wounded", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "the number of North Korean soldiers killed and wounded in the Kursk region has already exceeded 3,000", False),
         ("casualties", "russia", 1570, None, "exact", ["General Staff", "Ukrain"],
          "the General Staff said Russia lost 1,570 soldiers over the past 24 hours", True)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded in the war in Ukraine", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That brings the North's casualties to roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL,
          "two North Korean soldiers had been captured by Ukrainian forces on Saturday", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Almost 4,000 North Koreans have already been put out of action, killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "The two prisoners, who were captured on January 11", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "An estimated 3,000 additional troops were dispatched in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "Pyongyang had already sent about 11,000 soldiers to Russia last autumn", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "| Killed | around 300 | NIS, Jan 2025 |", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "| Wounded | around 2,700 | NIS, Jan 2025 |", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "| Captured by Ukraine | 2 | Ukraine, Jan 2025 |", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded since the deployment began", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 who died in combat", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Of the roughly 15,000 troops the North has sent to Russia", False)],
 "011": [("casualties", "ukraine", 76000, None, "more_than",
          ["Russian Defence Ministry", "Defence Ministry", "Defense Ministry", "Russia", "Shoigu"],
          "Ukrainian losses during the Kursk adventure exceeded 76,000 servicemen killed and wounded", False)],
 "013": [("casualties", "north_korea", 6000, None, "more_than",
          ["Ministry of Defence", "MoD", "Defence Intelligence", "UK", "Britain"],
          "More than 6,000 North Korean soldiers have been killed or wounded since they joined the fighting", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's spy agency, which in April put the toll at about 4,700", False),
         ("killed", "north_korea", 101, None, "at_least", ["NK News", "Analysts"],
          "Analysts at NK News counted 101 portraits in state TV footage", True)],
 "014": [("killed", "north_korea", 9, None, "exact", KCNA,
          "Nine soldiers of the regiment were killed during the mission", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "some 5,000 construction troops had been moving to Russia since September", False),
         ("troops", "north_korea", 10000, None, "about", NIS,
          "about 10,000 North Korean soldiers remained in Russia's border areas", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in total", False),
         ("killed", "north_korea", 1000, 9999, "vague", ["Chosun"],
          "the thousands of North Koreans killed in last winter's ground fighting", True)],
}
NOT = {
 "000": ["some 12,000 soldiers organised in four brigades (planned)", "four amphibious ships",
         "Oct. 8 and 13", "more than 13,000 containers of munitions", "11th Corps", "Share 1,284",
         "10 days (headline)", "7.5 pct", "3 out of 10", "2 short-range missiles (headline)", "1,380 vs. dollar"],
 "001": ["170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers", "$2,000 a month",
         "$100 million", "more than 8 million rounds", "dozens of KN-23", "Share 642", "Comments 37",
         "4 in 10 (headline)", "5% (headline)", "8 stories. 5 minutes"],
 "002": ["810th brigade, 106th and 76th divisions", "about 100 units of 170-mm howitzers and 240-mm rocket launchers",
         "1,950 troops, 11 tanks (headline)", "10 more air-defence systems, 300 km (headline)", "👁 4218",
         "November 21"],
 "003": ["2 B-52 bombers (headline)", "8 ballistic missiles (headline)", "8.5 trillion yen (headline)",
         "Video 1:24", "16:30 JST"],
 "004": ["nearly three times higher", "1,000 km (headline)", "15th sanctions package, 52 tankers (headline)",
         "2 killed, 6 injured (headline)", "7 years", "$9.99 a month", "Facebook 212 | X 95", "Comments (58)",
         "3 min read"],
 "005": ["born in 2005", "Both prisoners were injured", "0.02% for 9th straight week (headline)",
         "5 members (headline)", "10 stories before 8 a.m.", "Like 1.1K"],
 "006": ["some 1,300 square kilometres", "about half of it", "2 to 3 Russian drone teams",
         "74 drones and 4 missiles, 56 shot down (headline)", "first 100 days (headline)",
         "2 power units (headline)", "100 UAH", "Comments: 112", "since August 2024"],
 "008": ["about two weeks", "500-square-kilometre pocket", "over 9 million artillery shells (fact box)",
         "28.5%, 20.8% (headline)", "€800bn (headline)", "5 key stories"],
 "010": ["June 2024", "Two days after", "89.77% (headline)", "1 in 5 (headline)", "0.2% (headline)"],
 "011": ["1,000 sappers and 5,000 military builders (planned, headline, lede and quote)",
         "third visit in three months", "more than 400 tanks and 300 infantry fighting vehicles",
         "over 2,000 explosive objects each week", "47 settlements", "4.3% (headline)",
         "42 Ukrainian drones over 7 regions (headline)", "6.3 trillion rubles (headline)"],
 "013": ["$20bn", "810 drones (headline)", "19 incursions (headline)", "2.1k shares", "11:45"],
 "014": ["about 120 days", "1,000 deminers ... along with 5,000 military builders (planned in June)",
         "April 25 House of Culture", "portraits of the nine", "12K troops, 6K casualties (headline)",
         "2 hypersonic missiles (headline)", "KOSPI 4,000 (headline)", "Comments 14", "Share: 322"],
}
OFF = ["009", "012"]
DUP = {"007": "005"}

goldlib.write(
    "Gold labels for the blind255 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS) against more than 3,000 (Zelensky), one day apart"],
            ["005-3", "006-1", "roughly 3,000 casualties (NIS) against almost 4,000 (Zelensky), five days apart"],
        ],
        "may": [
            ["008-1", "008-2", "an estimated 3,000 additional troops against about 11,000 sent last autumn: an additional force"],
            ["013-1", "013-2", "more than 6,000 (UK MoD, September) against about 4,700 (NIS) restated from April"],
            ["014-2", "014-3", "5,000 construction troops on the move against about 10,000 in the border areas: maybe a part, maybe an addition"],
            ["014-1", "014-4", "nine engineers killed (KCNA) against about 2,000 killed in total (NIS): a part of the whole"],
            ["001-2", "002-1", "about 500 officers against around 11,000 in Kursk: a part of the whole"],
        ],
    },
)
