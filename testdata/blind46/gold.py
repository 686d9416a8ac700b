#!/usr/bin/env python3
"""Write gold.json for the blind46 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Defense Department", "Department of Defense", "U.S.", "US ", "United States", "Washington"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korean military", "South Korea", "Seoul"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy vessels ferried roughly 1,500 of the North's special forces", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT + ["Singh"],
          "North Korea has sent roughly 10,000 soldiers to train in eastern Russia", False),
         ("troops", "north_korea", 3000, None, "about", PENT + ["Singh"],
          "raising its estimate from about 3,000 it gave last week", True)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 North Korean troops in the Kursk region", False),
         ("troops", "north_korea", 10000, None, "more_than", NIS + ["Park Sun-won"],
          "the agency believes more than 10,000 North Korean soldiers have been sent to Russia", False),
         ("troops", "north_korea", 500, None, "about", NIS + ["Park Sun-won"],
          "including about 500 officers", False),
         ("troops", "north_korea", 3, None, "exact", NIS + ["Park Sun-won"],
          "and three generals", True),
         ("troops", "russia", 50000, None, "about", ["Ukrainian commanders", "Ukrain"],
          "Russia has gathered some 50,000 of its own soldiers near Kursk", False)],
 "003": [("killed", "north_korea", 100, None, "about", NIS + ["Lee Seong-kweun"],
          "Around 100 soldiers had died", False),
         ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
          "and close to 1,000 had been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS + ["Lee Seong-kweun"],
          "which would put casualties at roughly 1,100 in all", False),
         ("killed", "north_korea", 1, None, "at_least", NIS + ["Lee Seong-kweun"],
          "at least one general-grade officer was believed to be among the dead", True),
         ("casualties", "north_korea", 200, 900, "vague", ["defense official", "US official", "Pentagon", "US ", "U.S."],
          "in numbers the official described as being in the several hundreds", True),
         ("troops", "north_korea", 11000, 12000, "range", ["Ryder", "Pentagon"],
          "there are between 11,000 and 12,000 North Korean soldiers in the Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", ["Washington", "Pentagon", "Ryder"],
          "Washington had earlier put the number at around 10,000", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "North Korean forces had suffered around 1,100 casualties", False),
         ("troops", "north_korea", 10000, None, "more_than", ["Seoul", "Washington", "South Korea", "United States"],
          "Pyongyang has sent more than 10,000 soldiers to Russia, according to Seoul and Washington", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Some 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "bringing the North's losses to roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "SBU"],
          "Two North Korean soldiers were captured alive in the Kursk region on Saturday", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Of the roughly 11,000 North Korean troops sent to Russia", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Close to 4,000 North Korean soldiers have now been killed or wounded, he said", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "it counted some 3,000 North Korean casualties", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "SBU", "AP"],
          "the two North Korean soldiers captured by Ukrainian special forces last Saturday", False)],
 "007": [("troops", "north_korea", 1000, None, "at_least", JCS,
          "at least 1,000 and possibly more troops have been additionally dispatched", False),
         ("troops", "north_korea", 3000, None, "about", JCS,
          "the military's estimate of the new contingent was around 3,000 soldiers", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "the roughly 11,000 troops the North sent to Russia last fall, the JCS said", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 soldiers had been killed or wounded in the fighting in the Kursk region, it said", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 who died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North had sent about 15,000 troops to Russia in all", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "military intelligence", "Ukrain"],
          "North Korea's losses in Russia's Kursk region have passed 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "the North had suffered about 4,700 casualties", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "General Staff"],
          "Ukrainian forces had lost more than 76,000 soldiers killed and wounded", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "the North had sent about 15,000 troops to Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "of whom about 4,700 had been killed or wounded", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "Kim", "North Korea"],
          "Nine of the sappers were killed while clearing mines, KCNA said", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the fighting in Kursk", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "some 5,000 military construction troops had been moving to Russia since September", False)],
}
NOT = {
 "000": ["12,000 soldiers in four brigades (planned)", "four amphibious ships and three escort vessels",
         "more than 13,000 containers", "1.4 mln young people volunteered (related headline)", "7.5 pct (headline)",
         "1,369.5 won", "2 tln won", "Share 1,482", "five-day stretch from Oct. 8"],
 "001": ["about 54,000 U.S. service members in Japan (not a subject)", "8.5 trillion yen", "2 percent of GDP",
         "over 1,000 kilometers", "2 B-52 bombers (headline)", "191 seats (headline)", "153 per dollar", "990 yen", "37 shares"],
 "002": ["810th naval infantry brigade", "155mm artillery shells", "3.2% (headline)", "7 swing states (headline)",
         "1,390 to the dollar", "$21 billion by 2028", "Comments 57", "Share 312"],
 "003": ["11 organizations and 3 individuals", "7 short-range ballistic missiles (headline)", "13.9 trillion yen (headline)",
         "5 things to know", "12K ratings", "3:42", "30 min"],
 "004": ["170mm self-propelled guns, 240mm rocket launchers", "around 1,000 square kilometres", "about 40 percent",
         "5 dead, over 200 injured (headline)", "600,000 without heating (headline)", "$95,000", "218 shares", "14 newsletters"],
 "005": ["born in 2005, joined in 2021", "890,000 (headline)", "4-day trip", "158 per dollar", "¥4,400 a month", "2 comments"],
 "006": ["about 1,300 square kilometers (500 square miles)", "roughly half", "170 million users (headline)",
         "27 dead, 12,000 structures (headline)", "33 hostages (headline)"],
 "007": ["roughly 200 long-range artillery pieces", "Feb. 22", "March 10, 16 field exercises (headline)", "2,558.13, 1.2 percent",
         "third launch of 2025", "Like 41", "Comments 9"],
 "008": ["as much as $20 billion", "about 9 million artillery shells", "100 days, 24% tariffs (headline)", "10% (headline)",
         "2+2 talks", "¥1,100 per month"],
 "009": ["eight-month incursion", "two border villages", "50/50 governance", "three-day ceasefire May 8-10",
         "170 drones and two ballistic missiles, 149 downed", "6 days a week", "3%, 8th straight session, 4% (trending)"],
 "010": ["6,000 military construction workers and deminers (planned)", "1,000 sappers and 5,000 military builders (planned)",
         "second trip in two weeks", "June 4, June 14", "3 bilateral talks (headline)", "2,800-room (headline)", "2.3 pct (headline)",
         "Share 906"],
 "011": ["about 120 days", "528th Engineer Regiment", "1,000 deminers and 5,000 military builders (planned, restated)",
         "completion set for 2026", "4,102.5, 0.8 percent", "0.25%, 40th straight week", "79 shows in 34 cities", "Share 88"],
}
OFF = ["012", "013"]
DUP = {"014": "004"}

goldlib.write(
    "Gold labels for the blind46 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against around 1,100 (JCS), the same day"],
            ["005-3", "006-1", "roughly 3,000 casualties (NIS) against close to 4,000 (Zelenskyy), four days apart"],
        ],
        "may": [
            ["006-1", "006-2", "close to 4,000 (Zelenskyy) against some 3,000 (NIS, restated from 005): the same conflict as 005-3~006-1, told again inside one report"],
            ["001-1", "001-2", "roughly 10,000 against the Pentagon's own earlier 3,000: a source revising itself, not two sources disagreeing"],
            ["003-3", "003-5", "about 1,100 (NIS) against several hundred (US official): a vague figure"],
            ["003-5", "004-1", "several hundred (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["003-5", "004-2", "several hundred (US official) against around 1,100 (JCS): a vague figure"],
            ["007-2", "007-3", "around 3,000 more against roughly 11,000 sent last fall: an additional force"],
        ],
    },
)
