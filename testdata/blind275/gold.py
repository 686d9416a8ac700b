#!/usr/bin/env python3
"""Write gold.json for the blind275 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "Park Sun-won", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "Seoul's military", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Budanov", "HUR", "Defense Intelligence", "military intelligence"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has so far shipped roughly 3,000 soldiers to Russia", False),
         ("troops", "north_korea", 1500, None, "exact", NIS,
          "an initial group of 1,500 special operations troops had been carried by Russian navy transport ships", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "An estimated 10,000 to 12,000 North Korean troops are now in Russia", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon"],
          "about 10,000 North Korean soldiers had been sent to eastern Russia to train", False),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "Secretary of State"],
          "about 8,000 of them had already moved to the Kursk border area", False)],
 "005": [("casualties", "north_korea", 1100, None, "about", JCS,
          "North Korean soldiers deployed to fight for Russia have suffered roughly 1,100 casualties", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "Pyongyang is estimated to have dispatched about 11,000 troops to Russia since October, according to the JCS", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "around 100 had died", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and 1,000 had been wounded", False)],
 "006": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 soldiers of the North Korean army have already been killed or wounded", False),
         ("casualties", "north_korea", 20, 99, "vague", ["Defence Intelligence", "Ukrain"],
          "had lost dozens of men in fighting near the villages", True)],
 "007": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have died there", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and roughly 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Combined, that puts the North's losses at around 3,000, the NIS said", False),
         ("casualties", "north_korea", 1100, None, "exact", JCS,
          "a sharp rise from the 1,100 that South Korea's military estimated just before Christmas", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers were captured by Ukrainian forces on Jan. 11", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "around 11,000 North Korean troops are deployed in Russia", False)],
 "009": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean units fighting for Russia in the Kursk region had suffered close to 4,000 casualties, killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL,
          "the two North Korean soldiers captured last week", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Seoul's spy agency on Monday put the North's dead at around 300", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "with about 2,700 more wounded", False)],
 "010": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea has sent roughly 3,000 additional soldiers to Russia since January", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "on top of the roughly 11,000 troops Pyongyang sent last fall", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "North Korean casualties so far number about 4,000, the JCS estimated", False),
         ("casualties", "ukraine", 67000, None, "more_than", ["defense ministry", "Russia", "Moscow"],
          "its defense ministry claimed Ukraine had lost more than 67,000 troops killed and wounded in the region", False),
         ("casualties", "russia", 870000, None, "more_than", ["Ministry of Defense", "Britain", "British", "UK"],
          "Russia itself has suffered more than 870,000 casualties", False)],
 "011": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Some 4,700 North Korean soldiers deployed to Russia have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 troops to Russia in total", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "up from the roughly 3,000 that the agency reported in January", False)],
 "012": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "\"More than four thousand killed and wounded,\" Kyrylo Budanov said", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "put the North's casualties at around 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 killed", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "state media", "Kim", "North Korea"],
          "acknowledging that nine of them were killed during the mission", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "Nov 2024 | South Korea's NIS | 10,000-12,000 troops in Russia", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Apr 2025 | NIS | about 15,000 troops sent in total", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Apr 2025 | NIS | about 4,700 killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 dead", False)],
}
NOT = {
 "000": ["about 10,000 by December (planned)", "11th Corps", "Share 214", "five days earlier", "1960s",
         "45,000 personnel (headline)", "233-seat majority (headline)", "2 roads (headline)", "1,100 yen"],
 "002": ["170-millimeter, 240-millimeter", "$2,000 a month", "Hit : 3,417", "Oct. 31", "4.3% (headline)",
         "34th straight week (headline)", "Dec. 26 (headline)", "nearly 520,000 students (headline)"],
 "005": ["240-millimeter, 170-millimeter Koksan", "Jan. 20", "100 North Korean soldiers killed (Related headline)",
         "$1.3 billion (headline)", "3.5 times (headline)", "1.4%, 1,450 per dollar (trending)"],
 "006": ["2,184 views", "over 2,000 children (headline)", "Russian losses widget: 776,460 (+1,530), 9,486 tanks, 21,081 artillery systems"],
 "007": ["Jan. 13, Jan. 11", "36.87 million foreign visitors (headline)", "1.8% (headline)", "1,980 yen",
         "3 more articles"],
 "009": ["small groups of 20 to 30 men (assault group size)", "1,300 square kilometres", "39 drones and four missiles",
         "5 charts (headline)", "50 years (headline)", "three months"],
 "010": ["220 units of 170 mm self-propelled guns and 240 mm multiple rocket launchers", "57 comments",
         "1,500 more troops to southern border (headline, US troops)", "S&P 500 1.8% (headline)",
         "at least 39 killed by tornadoes (headline)", "February 2022"],
 "011": ["1,302 views", "paras 4-7", "3.7% (headline)", "2nd week (headline)", "6.7 tln won (headline)"],
 "012": ["between 2,000 and 3,000 more soldiers (planned rotation)", "$5 a month", "Comments (23)",
         "more than 40 minutes", "30-day ceasefire", "96 drones, 20 hit (headline)", "50-50 fund (headline)",
         "3-day truce (headline)"],
 "014": ["1,000 deminers and 5,000 military construction workers (planned, in prose and in the fact box)",
         "1,000 rubles", "tens of millions of dollars", "12.6%, 13 trillion rubles (headline)", "5.5 years (headline)",
         "October 2024"],
}
OFF = ["001", "003", "004", "013"]
DUP = {"008": "007"}

goldlib.write(
    "Gold labels for the blind275 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["005-1", "006-1", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky), the same day"],
            ["007-3", "009-1", "about 3,000 casualties (NIS) against close to 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["006-1", "006-2", "more than 3,000 (Zelensky) against 'dozens' lost near three villages: a vague part of the whole"],
            ["005-1", "006-2", "about 1,100 (JCS) against 'dozens' (Defence Intelligence, one engagement): a vague figure"],
            ["007-3", "007-4", "about 3,000 (NIS, Jan 13) against the 1,100 the JCS gave three weeks earlier, restated"],
            ["007-4", "009-1", "the restated December figure of 1,100 (JCS) against close to 4,000 (Zelensky)"],
            ["010-1", "010-2", "an additional 3,000 against the 11,000 sent last fall: an additional force"],
            ["011-1", "011-4", "about 4,700 (NIS, April) against the roughly 3,000 it reported in January, restated"],
            ["011-4", "012-1", "the restated January figure of about 3,000 (NIS) against more than 4,000 (Budanov)"],
            ["011-4", "012-2", "the restated January figure of about 3,000 (NIS) against the April 4,700 (NIS), restated"],
            ["014-2", "014-3", "fact box: 10,000-12,000 (Nov 2024) against about 15,000 in total (Apr 2025), months apart"],
            ["014-1", "014-5", "nine engineers killed demining (KCNA, Dec 2025) against about 600 killed by April (NIS): another period"],
        ],
    },
)
