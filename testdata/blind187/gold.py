#!/usr/bin/env python3
"""Write gold.json for the blind187 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, earlier sets' articles or any crosscheck
output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "South Korea", "Seoul", "Lee Seong-kweun", "Park Sun-won"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Defence Intelligence", "HUR", "GUR", "military intelligence", "Budanov", "Ukrain"]
PENT = ["Pentagon", "Singh", "U.S.", "United States", "defense official"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has dispatched some 3,000 troops to Russia so far this month", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "A first group of about 1,500 was ferried from ports near Chongjin to Vladivostok", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has sent about 10,000 soldiers to eastern Russia for training", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 others wounded fighting Ukrainian forces", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "The losses, which the spy agency put at roughly 1,100 in total", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "Between 11,000 and 12,000 North Korean troops are now believed to be in the Kursk area, the official added", False),
         ("casualties", "north_korea", 200, 900, "vague", PENT,
          "the North's troops had suffered \"several hundred\" casualties, both killed and wounded", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "the number of North Korean soldiers put out of action in Kursk Oblast – killed and wounded together – now stands above 3,000", False),
         ("casualties", "north_korea", 200, None, "at_least", HUR,
          "North Korean units lost at least 200 men killed and wounded in three days of assaults", False),
         ("troops", "north_korea", 12000, None, "about", HUR,
          "around 12,000 North Korean soldiers have been sent to Russia in total", False)],
 "004": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "had suffered close to 4,000 casualties, both dead and wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers had died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 had been wounded, the agency told lawmakers in Seoul on Monday", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "a toll of about 3,000 in all", False),
         ("captured", "north_korea", 2, None, "exact", ["SBU", "Security Service", "security service", "Ukrain"] + ZEL,
          "two North Korean soldiers captured in Kursk on January 9 and 11", False)],
 "005": [("troops", "north_korea", 3000, None, "about", NIS,
          "Pyongyang has sent roughly 3,000 additional soldiers to Russia since January", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Troops sent in first wave (Oct.-Dec. 2024) | about 11,000 | NIS, Dec. 2024", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Killed | about 300 | NIS, Jan. 13", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "Wounded | about 2,700 | NIS, Jan. 13", False),
         ("captured", "north_korea", 2, None, "exact", ["SBU", "Ukrain"],
          "Taken prisoner by Ukraine | 2 | SBU, Jan. 11", False)],
 "007": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "The Ukrainian armed forces lost more than 76,000 servicemen killed and wounded in the Kursk Region since August 2024, according to Gerasimov", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korean casualties in the war against Ukraine had risen to around 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North has sent some 15,000 troops to Russia in total since last October", False)],
 "009": [("casualties", "north_korea", 4000, 5000, "range", HUR,
          "Between 4,000 and 5,000 North Korean soldiers were killed or wounded over the months of fighting", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "the roughly 4,700 casualties South Korea's intelligence service estimated last week", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "the North has sent around 15,000 troops to Russia since last autumn", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "Around 2,000 North Korean soldiers have been killed fighting for Russia", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "About 1,000 deminers have already been dispatched, it said", False)],
 "013": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "Kim"],
          "Nine of its soldiers were killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "South Korea's spy agency estimated in September that about 2,000 North Korean soldiers had died", False),
         ("troops", "north_korea", 10000, None, "about", NIS,
          "around 10,000 North Korean troops remained stationed in Russia's border areas", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "some 5,000 military construction troops had been moving into Russia since September", False)],
}
NOT = {
 "000": ["around 10,000 by December (planned)", "a second group of similar size (no figure)", "more than 13,000 containers",
         "a team of 10 or so officers (South Korean, not a subject)", "Share 1.2K", "12K troops (related headline)",
         "12.8%", "0.6%", "8-3", "37-year-old, 2 restaurants", "August 2023", "2024.05.01"],
 "001": ["some 9,000 kilometers", "3,000-kilometer-class missiles", "45,000 personnel (headline)", "215 seats (headline)",
         "2 short-range ballistic missiles (headline)", "1,650 yen", "30 days", "since August"],
 "002": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "paras 6-7", "Dec. 27 (headline)",
         "1.95 pct, 2,435.93, 1,451.9 per dollar", "1 million copies", "6 bills", "1,200 more bus drivers by 2026"],
 "003": ["771,960 soldiers (Read also: General Staff)", "13 injured (headline)", "150 defenders (headline)",
         "60mm mortars", "$5 a month", "3,400 patrons", "Share 214", "Comments 47"],
 "004": ["122 mm howitzer", "some 1,000 kilometers", "February 2022", "February 23", "16th sanctions package",
         "70% of Europeans", "January 9 and 11 (dates)"],
 "005": ["about 9,300 km", "several million shells", "115.5 trillion yen", "38,256, 0.3%", "$14bn", "$1.99",
         "several weeks"],
 "007": ["over 400 tanks and about 300 infantry fighting vehicles", "June 2024", "115 Ukrainian drones (headline)",
         "Zapad-2025", "USD 81.98, EUR 93.35, CNY 11.24", "450K subscribers"],
 "008": ["28 trillion won (US$19.5 billion)", "two days after", "0.34 pct, 2,556.61", "46 pct", "5,000-ton destroyer"],
 "009": ["as many as 30,000 additional soldiers (planned, not arrived)", "Personnel: about 957,840 (+1,250) (Ukrainian widget)",
         "Tanks: 10,733 (+4)", "Artillery systems: 26,712 (+35)", "187 drones, 112 shot down (headline)",
         "17th sanctions package", "$4.99", "Share 96", "4 min read"],
 "010": ["1,000 deminers and 5,000 military construction workers (planned)", "three-day visit",
         "more than 600 residential buildings", "125 seats", "3 prefectures", "7th straight week", "0:58"],
 "012": ["6,000 military engineers and construction workers (pledged)", "the remaining 5,000 builders (expected, planned)",
         "more than three times", "1.3m households", "6-1, 6-4", "12 new species", "$5 per month", "214 comments"],
 "013": ["about 120 days", "June 2024", "Hwasong-20", "80th anniversary"],
}
OFF = ["006", "011"]
DUP = {"014": "013"}

goldlib.write(
    "Gold labels for the blind187 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-1", "001-1", "some 3,000 sent to Russia (NIS) against about 10,000 sent to Russia (Pentagon), five days apart"],
            ["002-3", "003-1", "roughly 1,100 casualties (NIS) against more than 3,000 (Zelensky), five days apart"],
            ["004-1", "004-4", "close to 4,000 casualties (Zelenskyy) against about 3,000 (NIS, same week), in one article"],
        ],
        "may": [
            ["002-5", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-3", "002-5", "roughly 1,100 (NIS) against several hundred (US official): a vague figure"],
            ["005-1", "005-2", "about 3,000 reinforcements against about 11,000 in the first wave: an additional force"],
        ],
    },
)
