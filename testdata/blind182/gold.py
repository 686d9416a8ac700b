#!/usr/bin/env python3
"""Write gold.json for the blind182 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "military"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships carried roughly 1,500 North Korean special forces troops", False),
         ("troops", "north_korea", 2000, 9999, "vague", ZEL + ["Kyiv"],
          "Pyongyang was preparing thousands of men to fight alongside Russian forces", True)],
 "001": [("troops", "north_korea", 8000, None, "up_to", ["Blinken", "Secretary of State", "US", "State Department"],
          "As many as 8,000 North Korean soldiers have moved into Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", ["Blinken", "US", "State Department"],
          "the US now believes roughly 10,000 North Korean troops in all are in Russia", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 of them have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 others have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the North has lost roughly 1,100 soldiers in total", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "a contingent the NIS believes numbers around 11,000", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. official", "US official", "Washington"],
          "North Korean forces had taken \"several hundred\" casualties", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean servicemen killed and wounded in Russia's Kursk region has already passed three thousand", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "Around 1,100 North Korean soldiers had been killed or wounded, the JCS said", False)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "Ukrainian forces have captured two North Korean soldiers", False),
         ("troops", "north_korea", 10000, None, "more_than", ["Kyiv", "Seoul", "Ukraine", "South Korea"],
          "Kyiv and Seoul say North Korea has sent more than 10,000 soldiers", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "Zelensky said earlier this month that close to 4,000 North Korean troops had been killed or wounded", False)],
 "006": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korean forces deployed to Russia's Kursk region have suffered some 3,000 casualties", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "the two soldiers taken prisoner by Ukraine last week were North Korean", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea dispatched around 3,000 additional soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "The North first sent some 11,000 soldiers to Russia last autumn", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "puts North Korean casualties at around 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "among them about 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korean troops sent to Russia in total | about 15,000 | South Korea's NIS", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "Initial deployment, autumn 2024 | 11,000-12,000 | Pentagon", False),
         ("troops", "north_korea", 3000, None, "about", JCS,
          "Reinforcements, January-February 2025 | about 3,000 | South Korea's JCS", False),
         ("captured", "north_korea", 2, None, "exact", ["SBU", "Ukrain"],
          "Captured by Ukraine | 2 | Ukraine's SBU", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "Defence Intelligence", "HUR", "GUR"],
          "North Korea's losses in Russia's Kursk Oblast have passed 4,000 killed and wounded", False),
         ("casualties", "russia", 950000, None, "about", ["Ministry of Defence", "MoD", "UK"],
          "Russian casualties in the war had likely reached about 950,000 killed and wounded", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "state media", "North Korea"],
          "Nine of the engineers died on the mission, according to KCNA", False),
         ("troops", "north_korea", 15000, None, "about", ["South Korea", "Seoul", "South Korean estimates"],
          "North Korea is believed to have sent about 15,000 combat troops to Russia", False),
         ("killed", "north_korea", 2000, None, "about", NIS + ["Seoul's spy agency"],
          "Seoul's spy agency said in September that some 2,000 of them had been killed", False),
         ("killed", "north_korea", 600, None, "about", NIS + ["Seoul's spy agency"],
          "the roughly 600 it had estimated in the spring", False)],
}
NOT = {
 "000": ["a total of around 12,000 soldiers from four brigades (planned)", "more than 13,000 containers",
         "Oct. 8 and 13", "Share 214", "10 km north of border (headline)", "2 trash balloons, 480 (headline)",
         "1,000-person fan event (headline)", "2,593.82", "3 prospects", "2 dead, 11 injured (headline)"],
 "001": ["about 86 minutes", "about 28,500 American troops (not a subject)", "60 million", "3 storms",
         "2 questions", "02:14", "10:18 PM"],
 "002": ["early December", "53,900 won, 2.1 percent", "5 takeaways", "4,000 public housing units",
         "June 10", "10 biggest stories, 7 a.m.", "at least one North Korean general (wounded, unverified)"],
 "003": ["three North Korean positions", "47 Russian attacks (headline)", "772,870 (+1,580), 9,581 tanks, 21,136 (loss widget)",
         "Ctrl + Enter", "23.12.2024 17:40"],
 "004": ["born in 2005 / born in 1999", "3 min", "34 Ukrainian drones (headline)", "11/01/2025 - 18:20"],
 "006": ["less than a month ago", "240mm multiple rocket launchers", "Comment 37", "2,700 police on standby (headline)",
         "$683.8b", "5 things (headline)", "2014"],
 "008": ["around 220 units of 170 mm self-propelled guns and 240 mm multiple rocket launchers", "¥8.7 trillion",
         "0.65% at 37,799", "14 crew held (headline)", "2 daily briefs"],
 "009": ["June 2024", "six months", "55 million (headline)", "7 May", "100 days in 10 charts",
         "100 drones, 2 killed in Dnipro (headline)", "12 partners", "16:05 GMT+2"],
 "010": ["957,900 personnel (+1,140), 10,750 tanks (widget)", "12 drones: 9 injured, including 2 children (headline)",
         "28 April, 2 May", "February 2022"],
 "014": ["1,000 deminers and 5,000 military builders (planned)", "120 days, four months", "several hundred million dollars",
         "4.7m accounts (headline)", "50 best films", "3 killed in Odesa (headline)", "180 countries, £2 a month"],
}
OFF = ["007", "011", "012", "013"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind182 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, via Lee Seong-kweun) against more than 3,000 (Zelensky), four days apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against around 1,100 (JCS), same day, same report"],
            ["004-3", "006-1", "close to 4,000 casualties (Zelensky) against some 3,000 (NIS), two days apart"],
        ],
        "may": [
            ["002-5", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-5", "003-2", "several hundred (US official) against around 1,100 (JCS): a vague figure"],
            ["002-3", "002-5", "roughly 1,100 (NIS) against several hundred (US official, earlier in the week): a vague figure"],
            ["008-1", "008-2", "around 3,000 additional against some 11,000 first sent: an additional force"],
            ["009-3", "009-4", "about 15,000 in total (NIS) against 11,000-12,000 in the initial deployment (Pentagon): different scope"],
            ["009-4", "009-5", "11,000-12,000 initially against about 3,000 reinforcements: an additional force"],
            ["014-3", "014-4", "some 2,000 killed (NIS, September) against roughly 600 (NIS, spring): an earlier estimate restated, months apart"],
        ],
    },
)
