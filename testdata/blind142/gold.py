#!/usr/bin/env python3
"""Write gold.json for the blind142 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korean military", "South Korea", "Seoul"]
UKR = ["Ukrain", "SBU", "Kyiv"]
GS = ["General Staff", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships carried about 1,500 North Korean special operations soldiers", False)],
 "001": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Singh", "Defense Department"],
          "Roughly 10,000 North Korean soldiers are now inside Russia, the Pentagon said Monday", False),
         ("troops", "north_korea", 8000, None, "at_least", ["State Department"],
          "At least 8,000 of them have reached Kursk, according to the State Department", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "with about 100 soldiers killed, South Korea's spy agency told lawmakers Thursday", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "The wounded number close to 1,000", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Taken together, he said, the North's casualties come to around 1,100", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "the Pentagon said this week it believes there are between 11,000 and 12,000 North Korean troops in Russia's Kursk region", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "Preliminary data put the number of North Korean soldiers killed and wounded in Russia's Kursk region at more than 3,000", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "About 1,100 North Korean soldiers have been killed or wounded, the JCS said", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded fighting for Russia against Ukraine", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "put the North's total casualties at roughly 3,000", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "up sharply from the 1,100 the South Korean military estimated in December", False),
         ("captured", "north_korea", 2, None, "exact", NIS + UKR,
          "two North Korean soldiers had been captured by Ukrainian forces on Saturday", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "The number of North Korean soldiers killed or wounded in Russia's Kursk region is now close to 4,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers had died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "some 2,700 had been wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + UKR,
          "the two North Korean soldiers captured by Ukraine last week", False)],
 "006": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces had lost over 76,000 servicemen during the Kursk adventure", False)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "suffered about 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has dispatched some 15,000 soldiers in total, according to the agency", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "That includes about 3,000 replacements who arrived in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "first wave, Oct.-Dec. 2024 | about 11,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + UKR + ["JoongAng"],
          "Captured by Ukraine | 2", False)],
 "008": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "HUR", "military intelligence"],
          "More than four thousand North Korean troops have been killed or wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 North Korean soldiers had been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "roughly 600 of them fatally", False),
         ("wounded", "ukraine", 12, None, "exact", ["Terekhov", "Mayor", "Kharkiv"],
          "a Russian drone attack on Kharkiv overnight on May 2 injured 12 people", True),
         ("casualties", "russia", 956150, None, "exact", GS,
          "Russia has lost 956,150 troops in Ukraine", True),
         ("casualties", "russia", 1120, None, "exact", GS,
          "including 1,120 over the past day", True)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS,
          "It says around 15,000 North Korean soldiers were sent to Russia last year and early this year", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "and roughly 600 of them were killed", False)],
 "010": [("killed", "north_korea", 2000, None, "about", NIS,
          "Around 2,000 North Korean servicemen have been killed in Russia's war against Ukraine", False),
         ("killed", "russia", 120000, None, "more_than", ["Mediazona", "BBC"],
          "confirmed the names of more than 120,000 Russian soldiers killed since February 2022", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea"],
          "disclosing that nine of its soldiers died during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed in the war against Ukraine", False)],
}
NOT = {
 "000": ["four brigades, or some 12,000 soldiers in all (planned)", "12K troops (headline, planned)",
         "more than 13,000 containers", "Oct. 8 and 13", "August 2023", "Share 1.2K", "60 meters (headline)",
         "7 trash balloons (headline)", "0.4 pct, 2,593.32 (headline)", "Nov. 15", "3 southern provinces"],
 "001": ["about 300 kilometers (190 miles)", "$425 million", "4 min", "Share 312", "Comments 87",
         "42,000 insiders", "50 states (headline)", "4 seats (headline)", "3,000 protest (headline)"],
 "002": ["170-mm self-propelled guns, 240-mm multiple rocket launchers", "Dec. 4", "3,416 reads", "Dec. 27 (headline)",
         "1,450 per dollar, 2009 (headline)", "12 K-dramas (headline)", "7 days a week"],
 "003": ["Russian losses widget: 775,520 (+1,680), 9,547 tanks, 19,671 ACVs, 21,132 artillery, 1,018, 369",
         "Views: 2,418", "August 6", "14 times, two civilians injured (headline)", "1,680 soldiers, 13 artillery systems (headline)",
         "11 regions (headline)", "410K subscribers", "2015-2024"],
 "004": ["37 Ukrainian drones (headline)", "1.04%, 2,489.56 (headline)", "7:55 AM"],
 "005": ["183 tankers", "33 hostages (headline)", "11 killed in Zaporizhzhia (headline)", "847 partners", "3 min"],
 "006": ["Article 4", "April 26", "hundreds of tanks and armoured vehicles", "81.7 rubles (headline)",
         "1.2%, 2,951 points (headline)", "over 30,000 residents returned (headline)", "115 drones (headline)",
         "No. 76064", "18+"],
 "007": ["170-mm guns, 240-mm rocket launchers, KN-23", "28,000 containers", "Aug. 2023", "Comments 0/300",
         "0.6%, 2,556 (headline)", "3 in 10, June 3 (headline)"],
 "008": ["another 2,000 to 3,000 to rotate in (planned)", "two children", "four districts", "50% of royalties",
         "May 8", "20,000 members", "$5 a month", "Share 1.1K", "4 min read", "12-page (headline)",
         "170 drones, 2 killed in Odesa (headline)"],
 "009": ["1,000 deminers and 5,000 military construction workers (planned)", "6,000 (headline, planned)",
         "second trip in two weeks", "6-3 (headline)", "$2.89, July 4 (headline)", "60 targets (headline)",
         "91°", "$1 for 6 months", "Share 58", "Comments (14)"],
 "010": ["about 6,000 more troops (planned)", "February 2022", "€5, €10 or €25", "Three years (headline)"],
 "011": ["about four months", "1,000 deminers and 5,000 military builders (planned, restated)",
         "50,836, 1.4% (headline)", "3 Chinese coast guard ships (headline)", "2 cruise missiles (headline)"],
}
OFF = ["012", "013"]
DUP = {"014": "004"}

goldlib.write(
    "Gold labels for the blind142 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), the same day"],
            ["004-3", "005-1", "about 3,000 casualties (NIS, Jan 13) against close to 4,000 (Zelensky, Jan 17), four days apart"],
        ],
        "may": [
            ["004-3", "004-4", "about 3,000 now against the 1,100 of December, restated in the same report as the earlier figure"],
            ["004-4", "005-1", "the December 1,100 restated on Jan 13 against close to 4,000 on Jan 17: an old figure, not the same period"],
        ],
    },
)
