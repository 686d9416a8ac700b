#!/usr/bin/env python3
"""Write gold.json for the blind147 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "South Korea", "Seoul", "Lee Seong-kweun", "Park Sun-won"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
PENTAGON = ["Pentagon", "Sabrina Singh", "Singh", "U.S.", "US officials", "Washington"]
HUR = ["Budanov", "HUR", "military intelligence", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "North Korea has moved some 1,500 special operations troops to Russia's Far East", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "putting the size of the whole contingent at between 10,000 and 12,000", False),
         ("troops", "north_korea", 10000, None, "more_than", PENTAGON,
          "More than 10,000 North Korean troops have moved into Russia's Kursk region", False),
         ("troops", "north_korea", 12000, None, "up_to", NIS,
          "North Korea has up to 12K troops in Russia (headline)", True)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "The death toll stands at 100 or more", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 soldiers have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "that puts the North's losses at roughly 1,100, the NIS estimated", False),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "they assess the North Korean force in Kursk at 11,000 to 12,000", False),
         ("casualties", "north_korea", 200, 900, "vague", PENTAGON,
          "it has taken \"several hundred\" casualties", True),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "at least one general-grade officer was among the dead", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "have already lost more than 3,000 of their soldiers in killed and wounded", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "some 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting the North Korean troops' combined casualties at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers were taken alive by Ukrainian forces on Saturday", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Almost 4,000 North Korean soldiers sent to help Russia have now been killed or wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Seoul estimated North Korean losses at about 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "around 300 of them dead", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "SBU", "Kyiv"],
          "Ukraine is holding two North Korean soldiers captured last weekend", False)],
 "006": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea has sent roughly three thousand more soldiers to Russia since the start of the year", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "the approximately 11,000 troops that Pyongyang dispatched last autumn", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "North Korean casualties now total about 4,000, according to the JCS", False),
         ("casualties", "north_korea", 2000, 9999, "vague", JCS + ["military"],
          "Casualties among North Korean troops are estimated in the thousands", True),
         ("troops", "north_korea", 2000, 9999, "vague", JCS,
          "North Korea sends thousands more soldiers to Russia, Seoul says (headline)", True)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has dispatched about 15,000 troops to Russia in all", False)],
 "008": [("troops", "north_korea", 15000, None, "about", NIS + ["South Korean intelligence"],
          "South Korean intelligence estimates the total at about 15,000", False),
         ("casualties", "north_korea", 4000, None, "more_than", HUR,
          "Losses have passed 4,000 killed and wounded, Ukraine's military intelligence chief, Kyrylo Budanov", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Killed or wounded | about 4,700, including about 600 killed | NIS, April 30", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 killed | NIS, April 30", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Taken prisoner by Ukraine | 2 | Ukrainian government", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia"],
          "claimed that Ukraine had lost more than 76,000 soldiers there", False)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS,
          "a military force that South Korea's National Intelligence Service believes numbered about 15,000 at its peak", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "of which it estimates some 4,700 were killed or wounded", False)],
 "010": [("killed", "north_korea", 2000, None, "about", NIS,
          "Around 2,000 North Korean soldiers have died in Russia's war against Ukraine", False),
         ("troops", "north_korea", 11000, None, "about", HUR,
          "Roughly 11,000 of them remain stationed in Kursk Oblast, Ukraine's military intelligence (HUR) chief Kyrylo Budanov said", False),
         ("troops", "north_korea", 1000, None, "about", HUR,
          "Of those, about 1,000 are sappers clearing the mines", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim"],
          "acknowledging that nine of its soldiers died during the mission", False),
         ("troops", "north_korea", 15000, None, "about", ["South Korea", "Ukrain", "assessments"],
          "North Korea has sent an estimated 15,000 troops to Russia since the fall of 2024", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "South Korea's spy agency estimated in September that about 2,000 of them had been killed", False),
         ("troops", "north_korea", 200, 900, "vague", ["analysts"],
          "which foreign analysts believe numbered in the hundreds", True)],
}
NOT = {
 "000": ["four brigades, or roughly 12,000 troops (planned: 'has decided to send')", "more than 13,000 containers",
         "152 mm and 122 mm", "over 8 million rounds", "about 200,000 strong special operations force (not deployed)",
         "11th Corps", "Oct. 8, five days", "0.25 percentage point, 3.25 pct (headline)", "2,593.82 (headline)",
         "1,500 pct (headline)", "677 trillion won (headline)", "2 days (headline)"],
 "001": ["about 1,000 square km (386 square miles)", "170 mm, 240 mm", "34 drones, 84 nationwide (headline)",
         "155 yen, 6-month (headline)", "$90,000 (headline)"],
 "002": ["2,435.93 (-1.95%), 677.15, 1,451.90 (ticker)", "240-mm, 170-mm", "voted 204-85", "Dec. 3",
         "Dec. 27 (headline)", "3.4% (headline)", "1.4%, 20 days (headline)", "Facebook 312 | X 87", "Comments (14)",
         "5 stories"],
 "003": ["more than four months", "52 Russian attacks (headline)", "$2 billion (headline)",
         "about 779,850 (+1,510 per day), tanks 9,584, artillery 21,006, drones 20,711 (General Staff widget)",
         "Telegram 84K | X 212K", "23.12.2024 15:40"],
 "004": ["669 times, fiscal 2023 (headline)", "8.7 trillion yen (headline)", "25 storms, 2024 (headline)",
         "Share 1.2K", "18:10 JST"],
 "005": ["around 40 percent", "up to 300 kilometres", "$500 million", "August 2024",
         "39 drones and 4 missiles (headline)", "15th sanctions package (headline)", "1,000 days, 20 pictures (headline)"],
 "006": ["some 10 kilometers (6 miles)", "about 500 square kilometers, roughly 1,300", "€100 billion (headline)",
         "3 years (headline)", "€6 billion (headline)", "27.02.2025"],
 "007": ["28 trillion won ($20 billion)", "6.7 trillion won (headline)", "June 3 (headline)", "3.1% (headline)",
         "Recommend 37 | Comments 5", "2025.04.30 16:35", "two days after"],
 "008": ["millions of artillery shells", "about 4,000 miles", "up to $20 billion", "Share 214 | Comments 1,287",
         "100 days (headline)", "9th straight day (headline)", "900 measles cases (headline)", "5 most important stories",
         "August 2024, April 26"],
 "009": ["1,000 mine-clearing specialists and 5,000 military construction workers (planned)",
         "6,000 military builders and deminers (headline, planned)", "third visit, three months", "2017",
         "0.4%", "145 per dollar", "3.7% (headline)", "$10bn (headline)", "first month for $1"],
 "010": ["5,000 military construction workers (pledged, planned)", "about 1,300 square kilometers", "$5 a month",
         "21,000 members", "810 drones and 13 missiles (headline)",
         "1,082,960 (+960), tanks 11,183, artillery 32,413 (General Staff widget)", "19 incursions (headline)",
         "Shares 1.1K", "3 min read", "since 2014, since 2022"],
 "011": ["120 days", "27°F", "$1 for 4 weeks", "34-26, 9-4 (sports)", "4.2% to $3.1 billion (headline)",
         "112 new notices", "treaty in 2024"],
}
OFF = ["012", "013"]
DUP = {"014": "004"}

goldlib.write(
    "Gold labels for the blind147 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-3", "005-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["005-1", "005-2", "nearly 4,000 (Zelensky) against Seoul's about 3,000 restated in the same article: the same disagreement as 004-3/005-1"],
            ["006-1", "006-2", "roughly 3,000 more since January against about 11,000 last autumn: an additional force"],
            ["002-3", "002-5", "about 1,100 (NIS) against \"several hundred\" (Pentagon): a vague figure"],
            ["002-5", "003-1", "\"several hundred\" (Pentagon) against more than 3,000 (Zelensky): a vague figure"],
        ],
    },
)
