#!/usr/bin/env python3
"""Write gold.json for the blind145 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, its output, or other sets' articles).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Singh", "U.S.", "US official", "Defense Department"]
KYIV = ZEL + ["Ukrain", "Kyiv", "SBU"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
          "North Korea has so far moved roughly 3,000 of its soldiers to Russia, South Korea's spy agency said", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "The first contingent, some 1,500 special operations troops, crossed into Russia's Far East", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between 10,000 and 12,000 North Korean soldiers are now in Russia, according to fresh estimates South Korea's National Intelligence Service presented", False)],
 "002": [("troops", "north_korea", 10000, None, "more_than", PENT,
          "We assess that more than 10,000 North Korean soldiers are in Russia", False),
         ("troops", "russia", 50000, None, "about", ZEL + ["U.S. officials", "US officials"],
          "Russia had pulled together a force of roughly 50,000 of its own troops", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "with at least 100 killed, according to the country's spy agency", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Roughly 1,000 more have been wounded, the National Intelligence Service (NIS) told lawmakers", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "which would put Pyongyang's losses at about 1,100", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "the Pentagon put the size of the North Korean contingent at 11,000 to 12,000 troops", False),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "up from an earlier estimate of about 10,000", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region, President Volodymyr Zelensky has said", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded fighting for Russia against Ukraine, a South Korean lawmaker said Monday, citing the country's spy agency", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That puts North Korea's losses at some 3,000 troops", False),
         ("captured", "north_korea", 2, None, "exact", KYIV + NIS,
          "his forces had captured two North Korean soldiers in the Kursk region", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", KYIV,
          "Nearly 4,000. That is how many North Korean troops have now been killed or wounded in Russia's Kursk region, according to the latest count from Kyiv", False),
         ("captured", "north_korea", 2, None, "exact", KYIV,
          "The two North Korean soldiers captured by Ukrainian forces last week", False)],
 "007": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea had sent roughly 3,000 more troops to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "on top of the about 11,000 it deployed last autumn", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean losses in Kursk stood at nearly 4,000 killed and wounded as of mid-January, President Volodymyr Zelensky said", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces had lost over 76,000 servicemen killed and wounded in the Kursk Region", False),
         ("troops", "north_korea", 10000, None, "about", ["Western reports", "Western"],
          "Western reports of a deployment of some 10,000 troops", True)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korean soldiers deployed to Russia have suffered about 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the agency believes Pyongyang has dispatched about 15,000 troops to Russia in total", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS + ["officials"],
          "North Korea is believed to have sent about 15,000 soldiers to Russia since last fall", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "South Korea's spy agency estimated in April that around 600 had been killed", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media"],
          "Nine of its soldiers did not come back, state media said", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "Troops sent in the first wave | 11,000-12,000 | Pentagon | Dec 2024", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "By April, South Korea's National Intelligence Service said, the North had sent about 15,000 in all", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Killed and wounded | about 4,700 | South Korea's NIS | Apr 2025", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "the NIS told lawmakers that about 2,000 North Korean soldiers had been killed", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "a sharp increase from the roughly 600 it counted in the spring", False)],
}
NOT = {
 "000": ["a total of 10,000 troops by December (planned)", "a second group of about the same size (no figure)",
         "US$2,000 per soldier each month", "152 mm and 122 mm rounds", "240 mm multiple rocket launchers",
         "at least two weeks", "10 km north of MDL (headline)", "11-day drills (headline)",
         "15 pct, 9.1 tln won (headline)", "Share: 214 | 1.2K | 87", "paras 5-7"],
 "001": ["around 200 pilots in the Vietnam War (another war)", "8.5 trillion yen", "about 1,000 kilometers",
         "more than 13,000 containers of munitions", "about 20 percent", "fiscal 2025", "August 2023",
         "7 ballistic missiles (headline)", "1.7% (headline)", "¥1,100 a month", "4 min read"],
 "002": ["about 300 kilometers (190 miles)", "$61 billion", "$6 billion", "170 mm self-propelled guns",
         "8 years", "2,000 aviation slots (headline)", "$1.3B, 3 years (headline)", "5 weapons (headline)",
         "Comments (214)", "Share 3.4K", "03:18 PM"],
 "003": ["240 mm rocket launchers, 170 mm guns", "Dec. 8", "three villages", "a little over a week",
         "180 days (headline)", "1,450 per dollar, 2009 (headline)", "3 soldiers hurt in DMZ mine blast (headline)",
         "2,000 flights (headline)", "Dec. 26, 93 countries (headline)", "2025"],
 "004": ["12 attacks", "78 missiles and 106 drones (headline)", "15th sanctions package (headline)",
         "personnel about 775,940 (+1,980) (General Staff widget)", "9,593 tanks, 21,233 artillery, 20,456 UAVs (widget)",
         "👁 4 817", "126K subscribers"],
 "005": ["born in 2005 / 1999", "1,000 km (headline)", "$500 million (headline)", "death toll rises to 24 (LA fire headline)"],
 "006": ["100-year partnership", "£2.26 billion (€2.7bn)", "roughly 500 square kilometres", "1850 (headline)",
         "5 things (headline)", "1 in 4 (headline)", "7 days a week", "842 partners"],
 "007": ["around 1,300 square kilometers, less than 500", "about 50 percent of the artillery ammunition",
         "170 mm Koksan, 240 mm rocket launchers", "August 2024", "March 4 assessment", "20,000+ readers, $5 a month",
         "83 of 112 drones (headline)", "880,000 (headline, General Staff)", "Comments (57)"],
 "008": ["more than 7,700 weapons, 410 tanks, 3,000 armored vehicles, 1,200 artillery guns", "August 6, 2024",
         "2024 Treaty", "2026 bridge (headline)", "115 UAVs over seven regions (headline)"],
 "009": ["around 1 million reservists to train in drone use (planned)", "18 languages", "0.2% (headline)",
         "3 prefectures (headline)", "1.1%, 36,045 (headline)", "13:15 JST"],
 "010": ["1,000 sappers and 5,000 military builders (planned)", "6,000 builders and deminers (headline, planned)",
         "millions of artillery shells and dozens of ballistic missiles", "tens of millions of dollars",
         "June 2024", "June 4", "about two weeks", "death toll passes 200 (headline)", "3 wars (headline)",
         "28 states (headline)"],
 "011": ["120 days", "Deminers and builders pledged | 6,000 (fact box, planned)", "1,000 deminers and 5,000 builders (planned)",
         "$20 billion", "roughly 80 percent", "2026", "312 comments", "6 min read", "4 years of war (headline)",
         "2% of GDP (headline)", "5 hours (headline)", "4 weeks for $1", "2015-2019"],
}
OFF = ["013", "014"]
DUP = {"012": "005"}

goldlib.write(
    "Gold labels for the blind145 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 24), five days apart"],
            ["005-3", "006-1", "some 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 17), four days apart"],
        ],
        "may": [
            ["003-4", "003-5", "11,000-12,000 (Pentagon) against its own earlier 'about 10,000' that it replaced: the bands touch at 11,000"],
            ["007-1", "007-2", "roughly 3,000 more against the about 11,000 deployed last autumn: an additional force"],
            ["008-2", "009-3", "'some 10,000' in Western reports the Kremlin dismissed (months old) against about 15,000 in total (NIS)"],
            ["011-2", "011-3", "11,000-12,000 in the first wave (Dec 2024) against about 15,000 in total (Apr 2025): a part, months apart"],
            ["011-1", "011-5", "nine engineers killed (KCNA, Dec 2025) against about 2,000 killed (NIS, Sept 2025): a later unit, a part"],
            ["011-1", "011-6", "nine engineers killed against roughly 600 (NIS, spring): a later unit, months apart"],
            ["011-5", "011-6", "about 2,000 killed (Sept) against roughly 600 (spring): the article says the estimate rose over time"],
        ],
    },
)
