#!/usr/bin/env python3
"""Write gold.json for the blind172 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "Lee Seong-kweun",
       "Park Sun-won", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Sabrina Singh", "Singh", "department", "Defense"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "exact", NIS,
          "North Korea has moved an additional 1,500 soldiers to Russia", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "bringing the number of its troops there to about 3,000", False)],
 "001": [("troops", "north_korea", 10000, None, "more_than", NIS,
          "More than 10,000 North Korean soldiers have been sent to Russia", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL,
          "11,000 North Korean troops were already in the Kursk region", False)],
 "002": [("troops", "north_korea", 11000, 12000, "range", PENT,
          "Between 11,000 and 12,000 North Korean troops are now in Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "had put the number of North Korean soldiers sent to eastern Russia at about 10,000", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers deployed to Russia have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 others have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That puts the North's total casualties at roughly 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the roughly 11,000 North Korean troops believed to be in Russia", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "have already lost more than 3,000 soldiers killed and wounded", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "estimated the North's casualties at around 1,100", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting the North's losses at roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + NIS,
          "his forces had captured two North Korean soldiers", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have suffered nearly 4,000 killed and wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers had died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "around 2,700 had been wounded", False),
         ("casualties", "north_korea", 80, None, "about", ["8th Special Operations Regiment", "Special Operations", "Ukrain"],
          "its fighters killed or wounded roughly 80 North Korean soldiers over three days", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "Ukraine is holding two North Korean prisoners of war", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea sent some three thousand additional soldiers to Russia", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "the North's total losses in the Kursk region have reached about 4,000 killed and wounded", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces lost more than 76,000 servicemen in the Kursk Region", False),
         ("casualties", "ukraine", 1150, None, "up_to", ["Defense Ministry", "Russia"],
          "Ukrainian forces lost up to 1,150 servicemen along the entire line of contact", True)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has sent about 15,000 troops to Russia in total", False)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "| Troops sent to Russia | about 15,000 | South Korea's NIS, 30 April 2025 |", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "| Killed or wounded | around 4,700 | South Korea's NIS, 30 April 2025 |", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "| Of whom killed | about 600 | South Korea's NIS, 30 April 2025 |", False),
         ("captured", "north_korea", 2, None, "exact", ["SBU", "Ukrain"],
          "| Soldiers captured by Ukraine | 2 | Ukraine's SBU, January 2025 |", False),
         ("casualties", "russia", 1000000, None, "more_than", ["General Staff", "Ukrain", "Kyiv"],
          "Russian losses in the war had passed 1 million", False)],
 "014": [("troops", "north_korea", 11000, None, "about", ["Budanov", "HUR", "military intelligence"],
          "Around 11,000 North Korean soldiers remain in Russia's Kursk Oblast", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed", False),
         ("casualties", "north_korea", 6000, None, "more_than", ["Defence Intelligence", "Britain", "UK"],
          "put the North's total casualties at over 6,000", False)],
}
NOT = {
 "000": ["a total of some 10,000 troops by December (planned)", "170 mm self-propelled guns, 240 mm rocket launchers",
         "KOSPI 2,599.62, 1.3 percent, 8 percent", "paras 4-7", "3 years (headline)", "500,000 won, 1,200 defectors (headline)",
         "40 aircraft (headline)", "2,400 fans (headline)", "1,380 per dollar", "4% (headline)", "1950s"],
 "001": ["about 20 ballistic missiles", "some 200 kilometers", "¥1,650", "2025 (headline)", "2.1%, 38,721, 155 (headline)",
         "7 dead, 12 missing (headline)", "29 comments"],
 "002": ["12K in the headline restates the range", "300 km (190 miles)", "$275 million", "155 mm",
         "1,700 troops in a day (headline)", "3% (headline)", "nearly 2 years (headline)"],
 "003": ["$500 apiece", "2 dead (headline)", "1.4%, 14th month (headline)", "10 years (headline)", "Share 1.2K", "Comments 87"],
 "004": ["6 injured (headline)", "1,770 troops, 12 artillery systems (headline)", "loss widget: 772,100 (+1,770), 9,510 tanks, 21,112",
         "98,000 readers", "23.12.2024"],
 "005": ["born in 2005 / 1999", "500 km (headline)", "2,400 individuals (headline)", "412, 1.1K shares", "3 min read"],
 "006": ["1,060th day", "$1 trillion", "5 things (headline)", "death toll 27 (headline, LA fires)",
         "33 hostages (headline)", "three days"],
 "007": ["about 10 kilometers", "€5 donation", "30-day ceasefire (headline)", "6 years (headline)", "40% (headline)"],
 "008": ["over 7,000 units of military equipment", "December 2024, August 2024", "2,870 points (headline)",
         "40 bln rubles (headline)", "April 26"],
 "009": ["240mm rocket launchers", "roughly 20,000 containers of munitions", "more than $5 billion", "1,024 words"],
 "011": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 planned deminers and builders (table row, planned)",
         "6,000 in the headline (planned)", "second trip in two weeks", "145 million viewers", "870 partners",
         "Share 356, Comments 42", "18th sanctions package (headline)", "46°C (headline)", "3 climbers (headline)", "14:10 GMT+2"],
 "014": ["further rotation of engineers in early 2026 (planned, no figure)", "505 square kilometers (headline)",
         "mobilize 409,000 in 2026 (headline, planned)", "15,000+ members", "$5 a month", "4 years", "June 2024",
         "Dec. 8"],
}
OFF = ["012", "013"]
DUP = {"010": "009"}

goldlib.write(
    "Gold labels for the blind172 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's JCS), the same day"],
            ["005-3", "006-1", "roughly 3,000 casualties (NIS) against nearly 4,000 (Zelensky), five days apart"],
        ],
        "may": [
            ["002-1", "002-2", "11,000-12,000 in Kursk now against the Pentagon's own earlier about 10,000 sent to eastern Russia: the bands touch, and the older figure is restated as history"],
        ],
    },
)
