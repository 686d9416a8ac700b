#!/usr/bin/env python3
"""Write gold.json for the blind209 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "lawmaker", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "Seoul's military", "South Korea", "Seoul"]
HUR = ["Budanov", "HUR", "military intelligence", "Defence Intelligence", "Defense Intelligence", "Ukrain"]
KCNA = ["KCNA", "Korean Central News Agency", "state news agency", "North Korea", "Pyongyang", "Kim"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport vessels ferried around 1,500 North Korean special operations personnel", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", HUR,
          "As of now, 11,000 North Korean soldiers are in Kursk", False),
         ("troops", "north_korea", 10000, None, "about", ["Ryder", "Pentagon", "U.S. officials", "Washington"],
          "Washington believes roughly 10,000 North Korean soldiers have been sent to eastern Russia for training in all", False),
         ("troops", "north_korea", 8000, None, "about", ["State Department", "U.S. officials", "Washington"],
          "about 8,000 have moved to Kursk, near the Ukrainian border, according to the State Department", False)],
 "002": [("troops", "north_korea", 10000, None, "more_than", NIS + ["Park Sun-won", "lawmakers"],
          "Over 10,000 North Korean soldiers are now in Russia", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded fighting for Russia against Ukraine", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "The casualties, which the National Intelligence Service puts at about 1,100 in total", False),
         ("troops", "north_korea", 11000, 12000, "range", ["U.S. and South Korean", "U.S.", "South Korea"],
          "Pyongyang has sent an estimated 11,000 to 12,000 troops to Russia, according to U.S. and South Korean estimates", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "The number of North Korean soldiers killed and wounded in Russia's Kursk region has surpassed 3,000", False),
         ("casualties", "russia", 772000, None, "about", ["General Staff", "Ukrain"],
          "Russia has lost some 772,000 personnel, according to the General Staff of the Armed Forces of Ukraine", True)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 have been wounded fighting alongside Russian forces", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That puts the North's total casualties at roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "The agency also confirmed that Ukraine had captured two North Korean soldiers", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "The toll among Pyongyang's forces fighting for Moscow is close to 4,000 dead and injured", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Kyiv", "Ukrain"],
          "the two North Korean prisoners captured last week", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea is estimated to have sent an additional 3,000 or so soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "on top of roughly 11,000 troops dispatched last autumn", False),
         ("casualties", "north_korea", 4700, None, "about", JCS + ["official"],
          "about 4,700 have been killed or wounded, a JCS official said", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded in the region", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Some 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "The toll includes around 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North has sent roughly 15,000 troops to Russia since last October", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "AFP"],
          "Captured by Ukraine: two soldiers, since January 2025", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "Their losses – killed and wounded – are already over 4,000 people", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 North Koreans had been killed or wounded", False),
         ("casualties", "russia", 950000, None, "about", ["Ministry of Defence", "UK", "MoD"],
          "Russia has suffered around 950,000 casualties since February 2022", False)],
 "013": [("killed", "north_korea", 9, None, "exact", KCNA,
          "bowing before portraits of nine of its members who died during the mission", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "about 5,000 of those builders had been moving to Russia since September", False),
         ("troops", "north_korea", 10000, None, "about", NIS,
          "some 10,000 North Korean troops remain deployed in Russian border areas", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "The NIS put North Korean deaths at around 2,000 in September", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "up from roughly 600 in the spring", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "About 1,500 special forces shipped to Vladivostok | NIS", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "11,000 to 12,000 troops in Kursk | Pentagon", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "2 soldiers captured | Ukraine", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 killed or wounded | NIS", False)],
}
NOT = {
 "000": ["a total of 12,000 soldiers in four brigades (planned)", "13,000 containers of shells", "about 90 minutes",
         "Oct. 8 and 13", "1950-53", "Nov. 15, 7.5%, 2,593.75, 0.36% (Most Viewed)", "3 dead, 12 injured (headline)"],
 "001": ["about 1,300 square kilometers", "roughly half", "$425 million", "155 mm artillery rounds", "Aug. 6",
         "160 million voters, 50 states (headline)", "25 people injured in Kharkiv (headline)", "5-Minute Listen",
         "214 comments"],
 "002": ["170-millimeter guns, 240-millimeter rocket launchers", "second visit in two months",
         "10-plus officers (headline)", "2.6%, 2,417 (headline)", "32nd launch (headline)", "Share 327 · Comment 19",
         "19:05 | 19:40"],
 "003": ["at least one general-grade officer", "240-mm rocket launchers and 170-mm artillery", "since August",
         "157.7 per dollar (headline)", "38 Ukrainian drones (headline)", "$54 billion (headline)"],
 "004": ["9 tanks and 20 artillery systems", "February 24, 2022", "December 17",
         "Russia lost 1,580 soldiers over past day (Read also headline)", "97 times, 3 injured (headline)",
         "15th sanctions package, 52 vessels (headline)", "Views: 4,812", "23.12.2024 19:20"],
 "005": ["born in 2005", "since 2021", "one injured in the jaw", "890,000 (Most popular)", "39,000 (Most popular)",
         "magnitude 6.9, 1-meter tsunami (Most popular)"],
 "006": ["about 450 square kilometres", "August 2024", "4 things (headline)", "3% (headline)",
         "death toll rises to 27 (headline)", "3 other purposes (cookie notice)", "14:02 GMT+1"],
 "007": ["some 220 units of 170-mm guns and 240-mm rocket launchers", "Hwasong-11", "about 1,500 kilometers",
         "Feb. 26", "2nm yield 40% (headline)", "1,469 won (headline)", "death toll 26 (headline)", "Share 1.2K"],
 "008": ["over 410 tanks and 3,500 armoured vehicles", "Article 4", "December 4, 2024", "about 10 km",
         "72-hour ceasefire, May 8-10 (headline)", "81 per US dollar (headline)", "115 UAVs (headline)", "16+"],
 "009": ["about 7,000 km by rail", "two days after", "39%, 80 years (headline)", "99% of homes (headline)",
         "death toll passes 3,700 (headline)", "(432) shares"],
 "010": ["12 drones, 47 injured, 3 children (headline)", "50% of new revenue (headline)", "30-day ceasefire (headline)",
         "2 May", "February 2022"],
 "013": ["1,000 deminers and 5,000 military construction workers (planned, Shoigu in June)", "120 days",
         "a 5-kilometer strip", "$2,000 a month per worker", "20 killed, 500,000 displaced (headline)",
         "$100 billion (headline)", "2% defense target (headline)", "6 min read", "🗨 88", "top 5 stories"],
}
OFF = ["011", "012"]
DUP = {"014": "005"}

goldlib.write(
    "Gold labels for the blind209 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-1", "001-3", "11,000 in Kursk (Budanov, HUR) against about 8,000 in Kursk (State Department), same report"],
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["001-1", "001-2", "11,000 in Kursk (HUR) against about 10,000 in all of Russia (Pentagon): the bands touch, but Kursk is a part of Russia"],
            ["007-1", "007-2", "an additional 3,000 or so against 11,000 sent last autumn: an additional force"],
            ["013-2", "013-3", "about 5,000 military builders against some 10,000 troops in border areas: separate contingents"],
            ["013-2", "013-7", "about 5,000 builders (2025) against 11,000-12,000 troops (Dec 2024 table row): separate contingents, a year apart"],
            ["013-2", "013-6", "about 5,000 builders against about 1,500 special forces first shipped: separate contingents, a year apart"],
            ["013-4", "013-5", "about 2,000 killed (Sept) against roughly 600 (spring): the same agency's estimates months apart"],
        ],
    },
)
