#!/usr/bin/env python3
"""Write gold.json for the blind135 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "Lee Seong-kweun",
       "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korean military", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "President of Ukraine"]
PENT = ["Pentagon", "Sabrina Singh", "Singh", "Defense Department", "U.S.", "US"]
HUR = ["Budanov", "HUR", "Defence Intelligence of Ukraine", "military intelligence", "Ukrain"]
UKMOD = ["UK Ministry of Defence", "Ministry of Defence", "MoD", "UK", "British"]
GERAS = ["Gerasimov", "General Staff", "Russian General Staff", "Russia", "Moscow"]
KCNA = ["Korean Central News Agency", "KCNA", "North Korea", "state media", "Pyongyang"]
SBU = ["Security Service of Ukraine", "SBU", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport vessels ferried around 1,500 North Korean special forces", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea now has roughly 10,000 soldiers inside Russia", False),
         ("troops", "north_korea", 8000, None, "about", PENT,
          "about 8,000 have been deployed to Russia's Kursk border region", False),
         ("casualties", "russia", 1200, None, "about", ["U.S. officials", "US officials"],
          "Moscow suffers an average of roughly 1,200 casualties a day across the whole front", True)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 others have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "that puts the North's casualties at roughly 1,100", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead was at least one general-rank officer", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "The number of North Korean soldiers killed and wounded in Russia's Kursk region has already passed 3,000", False)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + SBU,
          "Ukrainian forces have taken two North Korean soldiers prisoner", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "put the number of North Koreans killed and wounded at nearly 4,000", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Some 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded while fighting alongside Russian forces", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "The estimate puts the North's total casualties at about 3,000", False),
         ("casualties", "north_korea", 1100, None, "exact", NIS,
          "up from the 1,100 the agency gave last month", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "the capture of two North Korean soldiers in the Kursk region on Jan. 9", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea sent an estimated 3,000 or so additional soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "the roughly 11,000 troops Pyongyang dispatched last autumn", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "About 4,000 of the North Koreans have been killed or wounded, the South Korean report said", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 who were killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent some 15,000 soldiers to Russia in total", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "stand at more than four thousand killed and wounded", False),
         ("troops", "north_korea", 2000, 9999, "vague", HUR,
          "it was \"several thousand\" and that new groups were arriving", True),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 North Koreans had been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 fatalities", False),
         ("casualties", "russia", 950000, None, "about", UKMOD,
          "Russia had likely suffered around 950,000 killed and wounded since the start of the full-scale invasion", False),
         ("casualties", "russia", 1250, None, "exact", UKMOD,
          "with an average of 1,250 a day in April", True)],
 "010": [("casualties", "ukraine", 76000, None, "more_than", GERAS,
          "the Ukrainian armed forces had lost more than 76,000 servicemen killed and wounded during the fighting in the Kursk Region", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "about two thousand North Korean soldiers have died in Russia's war against Ukraine", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "an initial group of about 1,000 deminers had already arrived in Kursk", False)],
 "014": [("killed", "north_korea", 9, None, "exact", KCNA,
          "Nine members of the regiment were killed during the mission", False),
         ("troops", "north_korea", 11000, None, "about", NIS + ["US"],
          "Troops first sent, autumn 2024 | about 11,000", False),
         ("troops", "north_korea", 3000, None, "about", JCS,
          "Reinforcements, Jan.-Feb. 2025 | about 3,000 more", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Killed or wounded, by April 2025 | about 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "(incl. about 600 dead)", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "Killed, by September 2025 | about 2,000", False),
         ("captured", "north_korea", 2, None, "exact", SBU,
          "Soldiers captured by Ukraine | 2", False)],
}
NOT = {
 "000": ["a total of 12,000 soldiers in four brigades (planned)", "Oct. 8 and 13", "1950-53",
         "missile launches total 38 (headline)", "up to 12K troops by year-end (headline, planned)",
         "0.12 pct, 2,593.82", "US$100 million", "2,400 fans", "1,368.9 per dollar", "f 214, X 1.3K"],
 "001": ["99¢ for 3 months", "4 min read", "about 300 kilometers (190 miles)", "14 precincts, 6:30 a.m.",
         "Westfield 28, North Ridge 21", "$3.7 million", "6 cents, $2.97", "61°", "Comments (47)"],
 "002": ["170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers", "1,451 per dollar",
         "March 2009", "Dec. 26 with 7 episodes", "1.4%", "10 must-read stories", "Like 56", "Comments 12"],
 "003": ["2 041 views", "two BMP infantry fighting vehicles", "D-30 122-mm howitzer", "48 assaults",
         "103 drones, 61 downed (headline)", "two killed, 18 injured (headline)",
         "772,980 (+1,840) personnel, 9,560 tanks, 21,203 artillery (enemy-loss widget)", "31,5K subscribers"],
 "004": ["aged 20 and 26", "kills 13 and injures over 110 (key developments)", "3 North Korean and 12 Russian assaults",
         "15th sanctions package", "18,000 members, $5 per month", "after 3 months (headline)",
         "Russia lost 1,630 troops (headline)", "Comments (86)", "3 min read"],
 "005": ["three days", "240 mm multiple rocket launchers, 170 mm self-propelled guns", "f 88 X 612 in 40",
         "3.7 pct, in 3 years (headline)", "1 intermediate-range ballistic missile (headline)", "top 5 stories"],
 "007": ["up to 5 km", "roughly 400 square km from a peak of about 1,300", "800 billion euros ($864 billion)",
         "Oil slips 1% (headline)", "2 of 10 German plants (headline)", "$2,925 (headline)"],
 "008": ["$20 billion, 80% of its annual economy", "six months", "(1:42)", "Comments 9", "€500m and €200m (headline)",
         "50 million people, 18 hours (headline)", "133 cardinal electors (headline)", "842 partners", "top 10 stories"],
 "009": ["5 618 views", "three months", "3,217 patrons", "11 guided bombs, 2 injured (headline)", "50/50 (headline)",
         "12 drones, 9 people injured (headline)"],
 "010": ["1,000 sappers and 5,000 military builders (planned)", "second visit in two weeks",
         "over 400 tanks and 7,000 units of other equipment", "December 4, 2024", "more than 1,500 residential buildings",
         "about 112,000 people evacuated", "78.45 per US dollar", "20,000 participants from 140 countries (headline)",
         "35 Ukrainian UAVs (headline)"],
 "012": ["6,000 engineers and builders promised (planned)", "80th anniversary", "¥8.8 trillion ($59.6 billion)",
         "fiscal 2026", "15 ballistic missile launches in 2024", "86 minutes", "¥1,950 per month, 30 days",
         "23% (headline)", "Typhoon No. 15, 120 flights (headline)", "1.5%, 42,580 (headline)"],
 "014": ["14K troops (headline)", "about 120 days", "14 months", "6,000 engineers and builders promised (planned)",
         "up to $20 billion", "3.7%, eight years", "1846", "f 2.4K X 5.6K Comments 312",
         "1.2 million Russian casualties (other story's headline)", "0.80 (headline)", "$1.1 billion (headline)",
         "more than six months"],
}
OFF = ["011", "013"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind135 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
            ["004-2", "005-3", "nearly 4,000 casualties (Zelensky, restated Jan 12) against about 3,000 (NIS, Jan 13), one day apart"],
        ],
        "may": [
            ["004-2", "005-4", "nearly 4,000 (Zelensky) against the 1,100 the NIS gave last month, restated as superseded"],
            ["005-3", "005-4", "about 3,000 against the NIS's own earlier 1,100, printed as an update"],
            ["007-1", "007-2", "about 3,000 additional against roughly 11,000 sent last autumn: an additional force"],
            ["008-3", "009-2", "about 15,000 sent in total (NIS) against several thousand still in Russia (Budanov): a vague figure"],
            ["014-2", "014-3", "about 11,000 first sent against about 3,000 more: an additional force"],
            ["014-5", "014-6", "about 600 dead by April against about 2,000 by September: months apart"],
        ],
    },
)
