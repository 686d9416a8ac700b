#!/usr/bin/env python3
"""Write gold.json for the blind141 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "military"]
PENT = ["Pentagon", "Singh", "Defense", "U.S. officials", "US officials", "department"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships carried some 1,500 soldiers of the North's special forces", False)],
 "001": [("troops", "north_korea", 10000, None, "more_than", NIS,
          "More than 10,000 North Korean soldiers have been sent to Russia", False)],
 "002": [("troops", "north_korea", 11000, 12000, "range", PENT,
          "There are now between 11,000 and 12,000 North Korean troops in the Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "the roughly 10,000 the department said at the start of the month had arrived in eastern Russia", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers sent to Russia have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 others wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "The casualties, which the National Intelligence Service put at about 1,100 in all", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Of the roughly 11,000 North Korean troops dispatched to Russia", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. official", "US official", "Washington"],
          "several hundred North Korean troops had been killed or wounded", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "have lost more than 3,000 soldiers killed and wounded, according to preliminary data", False),
         ("casualties", "north_korea", 200, None, "at_least", ["Defence Intelligence", "HUR", "Ukrain"],
          "at least 200 North Korean servicemen were killed or wounded", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "some 2,700 have been wounded fighting for Russia", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting the North's casualties in the war at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers were taken prisoner by Ukrainian forces", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL + ["Ukraine's president"],
          "Close to 4,000 of Pyongyang's soldiers have now been killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "Kyiv"],
          "the two North Korean soldiers captured last weekend", False),
         ("troops", "north_korea", 11000, None, "about", ["Western", "South Korean intelligence", "intelligence"],
          "to have sent about 11,000 troops to Russia last autumn", False),
         ("killed", "north_korea", 300, None, "about", NIS + ["South Korea's intelligence service"],
          "about 300 had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS + ["South Korea's intelligence service"],
          "and 2,700 wounded", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "estimating the new contingent at about 3,000 soldiers", False),
         ("troops", "north_korea", 11000, None, "about", JCS + ["South Korean officials"],
          "a force that South Korean officials have put at around 11,000 troops sent last year", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea had dispatched roughly 15,000 soldiers to Russia in all", False)],
 "010": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded in the region", False)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS + ["South Korean intelligence"],
          "The North is thought to have sent about 15,000 soldiers to Russia since last autumn", False),
         ("casualties", "north_korea", 2000, 9999, "vague", NIS + ["South Korean intelligence"],
          "thousands of whom have been killed or wounded", True),
         ("casualties", "russia", 1000000, None, "about", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "Russian casualties in the war had reached about 1 million", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state news agency", "North Korea", "Pyongyang"],
          "nine of its soldiers were killed while removing explosives", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Combat troops sent in 2024 | about 11,000 | South Korea's NIS, Nov 2024", False),
         ("troops", "north_korea", 3000, None, "about", JCS,
          "Reinforcements in early 2025 | about 3,000 | South Korea's JCS, Feb 2025", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Killed or wounded | about 4,700 | NIS, Apr 2025", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "Killed | about 2,000 | NIS, Sept 2025", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "Captured by Ukraine | 2 | Zelensky, Jan 2025", False),
         ("casualties", "russia", 1180000, None, "more_than", ["General Staff", "Ukrain"],
          "Russia has lost more than 1.18 million troops killed or wounded since February 2022", False)],
}
NOT = {
 "000": ["around 12,000 troops in four brigades (planned)", "more than 180 transport flights",
         "more than 13,000 containers", "Oct. 8 to 13", "11th Army Corps", "0.48 pct, 2,593.82 (headline)",
         "1,371.5 per dollar (headline)", "2 dead, 5 hurt (headline)", "Share 146"],
 "001": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "about 1,000 square kilometers",
         "522,670 test-takers (headline)", "4.5% (headline)", "4 in 10 (headline)", "3 million trees (headline)",
         "Heart 12", "Comments 3", "7 a.m."],
 "002": ["up to 12K (own headline; the body gives 11,000-12,000)", "190 miles (300 kilometers)", "1,000th day",
         "$275 million", "155 mm and 105 mm artillery rounds", "two months", "Share 1.2K", "48 comments",
         "12 Russian targets (headline)", "5 GOP senators (headline)", "3 weeks (headline)"],
 "003": ["8.5 trillion yen ($55 billion)", "fiscal 2025", "38,813, 0.69% (headline)",
         "3 dead, 12 injured (headline)", "30th anniversary (headline)", "16:41"],
 "004": ["December 20-21", "48 enemy assaults", "78 drones, 59 shot down (headline)",
         "1,580 troops, 12 tanks, 31 artillery systems (daily-losses headline)", "700 sq km (headline)", "Share 35"],
 "005": ["born in 2005 / 1999", "Jan. 11", "6.5 trillion won (headline)", "3,000 police officers (headline)",
         "179 killed, 14 days (Jeju Air headline)", "Top 10"],
 "006": ["1,432 partners (cookie notice)", "5 things (headline)", "3% (headline)", "16th sanctions package (headline)",
         "Comments 0", "11:02 GMT+1"],
 "008": ["170-mm self-propelled guns", "240-mm rocket launchers", "12:48 PM GMT+9", "3 rules, 10 best-performing (sponsored)"],
 "009": ["around 70 percent", "two days", "100 days, 5 charts (headline)", "2 min read"],
 "010": ["over 7,700 pieces of weaponry and equipment", "115 Ukrainian drones (headline)",
         "80th anniversary (headline)", "4.1% (headline)", "June 2024"],
 "011": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 builders and deminers (headline, planned)",
         "second visit in two weeks", "about 10% year on year", "£2 a month, £12 a year",
         "16 people killed (Kyiv strike headline)", "200,000 (headline)", "214 comments"],
 "014": ["about 120 days", "1,000 deminers and 5,000 military construction workers (planned)",
         "Deminers and builders pledged | 6,000 (table, planned)", "4 years", "$5 a month", "20,000+ members",
         "2 dead, 7 injured (headline)", "$60 billion, 2026 budget (headline)"],
}
OFF = ["012", "013"]
DUP = {"007": "003"}

goldlib.write(
    "Gold labels for the blind141 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against close to 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["002-1", "002-2", "11,000-12,000 in Kursk now against roughly 10,000 in eastern Russia earlier in the month: same source, the bands touch"],
            ["003-5", "004-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["003-3", "003-5", "about 1,100 (NIS) against several hundred (US official): a vague figure"],
            ["008-1", "008-2", "about 3,000 reinforcements against around 11,000 sent last year: an additional force"],
            ["014-2", "014-3", "about 11,000 in 2024 against about 3,000 reinforcements: an additional force (fact box)"],
            ["014-1", "014-5", "nine engineers killed (KCNA) against about 2,000 killed (NIS): a part of the whole"],
            ["014-4", "014-5", "about 4,700 killed or wounded against about 2,000 killed: different metrics, months apart"],
        ],
    },
)
