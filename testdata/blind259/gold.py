#!/usr/bin/env python3
"""Write gold.json for the blind259 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Defense Department", "Defence Department", "Sabrina Singh", "Singh"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENT,
          "About 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
         ("troops", "north_korea", 3000, None, "at_least", NIS,
          "at least 3,000 North Korean troops had already been moved to Russia", False)],
 "001": [("troops", "north_korea", 10000, None, "more_than", NIS,
          "More than 10,000 North Korean troops are now in Russia", False),
         ("troops", "north_korea", 500, None, "about", ["military intelligence", "Ukrain"],
          "the contingent includes about 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", ["military intelligence", "Ukrain"],
          "the contingent includes about 500 officers and three generals", True)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 more wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the agency puts the North's combat losses at roughly 1,100 men", False),
         ("casualties", "north_korea", 100, 999, "vague", ["U.S. military official", "US military official", "U.S. official", "US official"],
          "North Korean casualties in Kursk ran into the hundreds", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "According to preliminary data, the number of those killed and wounded has passed 3,000.", False),
         ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
          "North Korean forces had lost about 1,100 soldiers killed and wounded", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded fighting alongside Russian troops", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the casualties, a toll of roughly 3,000 in all", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "Ukrainian soldiers had captured two North Korean servicemen in Kursk", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "\"Nearly four thousand\" North Korean soldiers had been killed or wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "South Korea's National Intelligence Service said Monday the number stood at about 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "including around 300 dead", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "The North is believed to have sent 11,000 to 12,000 troops to Russia, according to the U.S. Defense Department.", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "Ukraine is holding the two North Korean soldiers it captured in Kursk", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers had been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "among them roughly 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea had sent about 15,000 troops to Russia in all, the NIS said", False)],
 "010": [("casualties", "ukraine", 76000, None, "more_than", ["Defense Ministry", "Defence Ministry", "Russia", "Moscow"],
          "the Kyiv regime lost more than 76,000 servicemen killed and wounded", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "Around 2,000 North Korean soldiers have been killed fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "had put the number of dead at about 600 in April", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "some 4,700 North Koreans had been killed or wounded", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "about 1,000 North Korean deminers are already working in Russia's Kursk region", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media"],
          "Nine of the engineers were killed during the mission", False),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "Oct 28, 2024 | Pentagon | About 10,000 troops sent to Russia for training", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "Dec 16, 2024 | Pentagon | 11,000 to 12,000 troops, most of them in Kursk", False),
         ("captured", "north_korea", 2, None, "exact", ZEL,
          "Jan 11, 2025 | Zelensky | 2 North Korean soldiers captured by Ukraine", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Jan 13, 2025 | NIS | About 300 killed and 2,700 wounded", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "Jan 13, 2025 | NIS | About 300 killed and 2,700 wounded", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "Feb 27, 2025 | NIS | Some 3,000 more troops sent as reinforcements", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Apr 30, 2025 | NIS | Roughly 4,700 casualties, including about 600 dead", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Apr 30, 2025 | NIS | Roughly 4,700 casualties, including about 600 dead", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "Sep 4, 2025 | NIS | Around 2,000 killed", False)],
}
NOT = {
 "000": ["total expected to reach 10,000 by December (planned)", "more than 6,000 km (3,700 miles)", "roughly $60 billion",
         "155mm artillery shells", "two years", "1,380 soldiers in a single day (other story's headline)",
         "Oil 6%, Nikkei 1.8%, KOSPI 0.6% (headlines)", "2 missile launches (headline)", "Share 1.2K", "148 partners"],
 "001": ["170 mm self-propelled guns, 240 mm multiple rocket launchers", "about 28,500 U.S. troops in South Korea (not a subject)",
         "since 2017", "paras 5-6", "7 short-range ballistic missiles (headline)", "1,384 per dollar, 1.2 pct, 3rd week (headlines)"],
 "002": ["170 mm guns, 240 mm rocket launchers", "a little over two weeks", "3 short-range ballistic missiles (headline)",
         "7.6% (headline)", "2 aircraft carriers (headline)", "5 stories at 7 a.m.", "Comments (14)"],
 "003": ["777,150 (+1,980) personnel, 9,530 tanks, 20,912 artillery, 20,153 UAV (daily enemy-losses widget)",
         "52 of 103 drones (headline)", "€1.3 billion (headline)", "2 injured in shelling (headline)", "19:15"],
 "005": ["born in 2005, served since 2021, born in 1999", "about 20% of their combat strength (UK MoD, no number)",
         "4 days before Trump inauguration (headline)", "below 60% (headline)", "3 min reading time", "152 partners", "24/7"],
 "006": ["8.7 trillion yen", "about 1,000 kilometers range", "1st launch of 2025 (headline)", "4 times a year (headline)",
         "38,451 (headline)", "2 min"],
 "009": ["June 2024 treaty", "Article 4", "two days after", "57% (headline)", "42 comments"],
 "010": ["1,000 sappers and 5,000 military builders (planned)", "6,000 sappers and builders (headline, planned)",
         "over 400 tanks", "third visit in three months", "about eight days over 10,000 km",
         "1 million casualties (headline, Russian losses denial)", "1,500 hectares (headline)", "June 19, 2024 / December 4, 2024"],
 "012": ["some 5,000 military construction workers expected to follow (planned)", "101 portraits counted in footage (not a stated toll)",
         "more than three times", "30 killed in Gaza (headline)", "21 stages, 3,320 km (headline)", "2 hours (headline)",
         "Share (2.4K), Comment (58)"],
 "014": ["120 days", "Jun 17, 2025 | Shoigu (planned) | 1,000 deminers and 5,000 military builders",
         "several billion dollars", "more than a year", "$901 billion, 77-20 (headline)", "28-point plan (headline)",
         "3 boat strikes (headline)", "5 days a week by 10 a.m."],
}
OFF = ["007", "008", "011", "013"]
DUP = {"004": "003"}

goldlib.write(
    "Gold labels for the blind259 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), same day, same article"],
            ["005-3", "006-1", "about 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelenskyy, Jan 17), five days apart"],
        ],
        "may": [
            ["006-1", "006-2", "nearly 4,000 (Zelenskyy) against the NIS 3,000 restated in the same article: the same pair as 005-3~006-1"],
            ["002-3", "002-4", "about 1,100 (NIS) against 'ran into the hundreds' (US official): a vague figure"],
            ["002-4", "003-1", "'ran into the hundreds' (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-4", "003-2", "'ran into the hundreds' against about 1,100 (JCS): a vague figure"],
            ["012-1", "012-2", "about 2,000 killed (NIS, September) against about 600 (NIS, April, restated): a revision months apart"],
            ["014-5", "014-9", "fact box: about 300 killed (January) against about 600 (April): months apart"],
            ["014-5", "014-10", "fact box: about 300 killed (January) against about 2,000 (September): months apart"],
            ["014-9", "014-10", "fact box: about 600 killed (April) against about 2,000 (September): months apart"],
            ["014-2", "014-3", "fact box: about 10,000 (October) against 11,000-12,000 (December): bands touch, two months apart"],
            ["014-2", "014-7", "fact box: about 10,000 against 3,000 more as reinforcements: an additional force"],
            ["014-3", "014-7", "fact box: 11,000-12,000 against 3,000 more as reinforcements: an additional force"],
        ],
    },
)
