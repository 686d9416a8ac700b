#!/usr/bin/env python3
"""Write gold.json for the blind153 set from the compact table below.

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
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "military"]
KCNA = ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Kim Jong Un", "Pyongyang"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Defense Department", "Sabrina Singh", "Singh", "U.S."],
          "North Korea has now sent roughly 10,000 soldiers to eastern Russia for training", False),
         ("troops", "north_korea", 3000, None, "at_least", ["Kirby", "White House", "U.S. intelligence"],
          "At least 3,000 North Korean soldiers had been shipped to Russia's Far East in early to mid-October", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "North Korea has dispatched between 10,000 and 12,000 troops to Russia", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL,
          "11,000 North Korean soldiers were already in the Kursk region", False),
         ("troops", "russia", 50000, None, "about", ZEL,
          "Russia has massed some 50,000 of its own soldiers around Kursk", False)],
 "002": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False)],
 "003": [("casualties", "north_korea", 1100, None, "about", JCS,
          "North Korean troops fighting for Russia against Ukraine have suffered about 1,100 casualties", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had died", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "nearly 1,000 had been wounded", False)],
 "004": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korean casualties in the war between Russia and Ukraine now stand at roughly 3,000 in all", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "with about 300 soldiers dead", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers were captured by Ukrainian forces on Saturday", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Of the roughly 11,000 troops Pyongyang has dispatched to Russia since October", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean forces in Russia's Kursk region have now suffered almost four thousand dead and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "the two North Korean soldiers captured last weekend", False),
         ("killed", "north_korea", 40, None, "exact", ["95th", "air assault brigade", "brigade", "Ukrain"],
          "its drone operators had killed 40 North Korean soldiers in a single failed assault", False),
         ("killed", "ukraine", 4, None, "exact", ["Klitschko", "mayor"],
          "Four people were killed and three injured in the capital", True),
         ("wounded", "ukraine", 3, None, "exact", ["Klitschko", "mayor"],
          "Four people were killed and three injured in the capital", True),
         ("casualties", "russia", 790000, None, "more_than", ["defence ministry", "Ministry of Defence", "Britain", "UK", "MoD"],
          "Russia's total losses since February 2022, killed and wounded, now stand at more than 790,000", False),
         ("casualties", "russia", 1500, None, "more_than", ["defence ministry", "Ministry of Defence", "Britain", "UK", "MoD"],
          "daily casualties averaging well above 1,500 in December", True)],
 "007": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "military intelligence", "HUR", "GUR", "Ukrain"],
          "North Korea has lost more than 4,000 soldiers killed or wounded", False),
         ("troops", "north_korea", 11000, None, "about", ["U.S. and South Korean", "U.S.", "South Korea"],
          "The first wave, roughly 11,000 soldiers by U.S. and South Korean estimates", False),
         ("troops", "north_korea", 3000, None, "about", ["South Korea's military", "South Korea", "Joint Chiefs", "military"],
          "Pyongyang had since sent some 3,000 more as reinforcements", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Kyiv regime's losses during the operation in the region exceeded 76,000 servicemen killed and wounded", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent around 15,000 troops to Russia in total", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "Troops sent to Russia | about 15,000 | South Korea's NIS, April 2025", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Killed or wounded | about 4,700 | NIS, April 2025", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "of whom killed | about 600 | NIS, April 2025", False),
         ("captured", "north_korea", 2, None, "exact", ["SBU", "Ukrain"],
          "Taken prisoner by Ukraine | 2 | Ukraine's SBU, January 2025", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "Around 2,000 North Korean soldiers have been killed fighting for Russia", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 North Korean troops had been sent to Russia in total", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "roughly 4,700 of them had been killed or wounded by the end of April", False)],
 "014": [("killed", "north_korea", 9, None, "exact", KCNA,
          "Nine members of the unit were killed during a 120-day mine-clearing mission", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "about 1,000 North Korean deminers had been sent to Kursk", False),
         ("troops", "north_korea", 2000, 9999, "vague", NIS,
          "alongside several thousand military construction workers", True),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "roughly 2,000 North Korean soldiers had died in the fighting there", False)],
}
NOT = {
 "000": ["as many as 12,000 troops in all (NIS, planned)", "more than three times", "¥7.95 trillion, fiscal 2024",
         "86 minutes", "1950-53, seven decades", "215 of 465 seats (headline)", "2 types of missiles (headline)",
         "153 to the dollar", "1 million vehicles (headline)", "X 214, Facebook 1.1K, Hatena 38", "¥1,650 a month"],
 "001": ["170 mm self-propelled howitzers and 240 mm multiple rocket launchers", "paras 6-8",
         "second trip in six weeks", "10 short-range ballistic missiles (headline)", "10-20 officers (headline)",
         "97 countries", "1.9 pct"],
 "002": ["120-mm mortars", "August 6, 2024", "more than 1,000 square kilometers", "1 killed, 9 wounded (headline)",
         "52 of 81 drones (headline)", "Personnel about 774,370 (+1,380), tanks 9,613 (General Staff widget)",
         "4,187 views", "312K subscribers"],
 "003": ["500,000 without heating (headline)", "66 human cases (headline)", "1,456 per dollar", "2 min read",
         "15-year low"],
 "004": ["20 years old and the other 26", "1,500 kilometers", "nearly tripled", "4.2% (headline)",
         "3,000 police officers (headline)", "captured 2 N. Korean soldiers (related headline)", "Comments (62)",
         "Like 318", "[Share] 1,284"],
 "006": ["100-year partnership", "£3bn a year", "more than two hours", "1,932 comments", "-12C (headline)",
         "40 minutes (headline)", "£2 a month", "7am GMT"],
 "007": ["more than 100 KN-23 and KN-24 ballistic missiles", "millions of artillery shells", "about half of the shells",
         "kills 12, injures 90 (headline)", "250,000 expected (headline)", "Share: 412", "Comments 289"],
 "008": ["more than 7,700 units of weaponry", "417 tanks, 280 infantry fighting vehicles and 370 multiple rocket launchers",
         "Article 4", "June 2024", "August 6, 2024", "more than 1,300 square kilometers and about 100 settlements",
         "72-hour truce (headline)", "Over 300 residents of Sudzha (headline)"],
 "009": ["about 80 percent", "2 destroyers (headline)", "5,000-ton destroyer (headline)", "11 killed (headline)"],
 "010": ["1,000 sappers and 5,000 military construction workers (planned)", "Sappers and builders promised | 6,000 (planned)",
         "up to 12 million artillery shells", "120 billion rubles ($1.5 billion)", "second trip in two weeks",
         "$2 a month", "1.5% (headline)", "1,200 bodies (headline)", "20,000 guests (headline)", "14,000 readers"],
 "012": ["roughly 6,000 more soldiers, mostly engineers and deminers (planned)", "120 mm mortars, 170 mm Koksan guns",
         "about 240 multiple rocket launchers", "502 drones and missiles, killing 23 (headline)", "41 aircraft (headline)",
         "1,077,900 personnel (+960) (widget)", "20,000+ members", "$5 a month", "2 min read"],
 "014": ["120-day mission", "12-city tour", "80th party anniversary (headline)", "38% (headline)", "Facebook 96"],
}
OFF = ["011", "013"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind153 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-1", "003-1", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), one day apart"],
            ["004-1", "006-1", "about 3,000 casualties (NIS) against almost four thousand (Zelensky), three days apart"],
        ],
        "may": [
            ["003-1", "003-2", "about 1,100 (JCS) against the same article's restatement of Zelensky's more than 3,000: the must pair again"],
            ["007-2", "007-3", "about 11,000 in the first wave against some 3,000 more: an additional force"],
            ["007-2", "009-3", "11,000 in the first wave against 15,000 in total, six days apart: the first wave is part of the total"],
            ["007-3", "009-3", "3,000 reinforcements against 15,000 in total, six days apart: an additional force, part of the total"],
            ["014-1", "014-4", "nine dead in one engineer regiment (KCNA) against about 2,000 dead (NIS, restated from September): a part, months apart"],
            ["014-2", "014-3", "about 1,000 deminers against several thousand builders: different groups, a vague figure"],
        ],
    },
)
