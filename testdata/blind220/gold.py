#!/usr/bin/env python3
"""Write gold.json for the blind220 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "Park Sun-won", "lawmaker", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "President of Ukraine", "Ukrainian President"]
UA = ["Ukrain", "Kyiv", "SBU", "Security Service"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships carried about 1,500 North Korean special operations soldiers", False),
         ("troops", "north_korea", 200, 900, "vague", NIS,
          "groups of several hundred North Korean soldiers gathering at a Russian military base", True)],
 "001": [("troops", "north_korea", 8000, None, "about", ["Blinken", "Secretary of State", "State Department", "United States", "Washington"],
          "around 8,000 North Korean soldiers have been moved to the Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", ["Austin", "Defense Secretary", "Pentagon", "United States", "Washington"],
          "the total number of North Korean soldiers now in Russia was about 10,000", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "with at least 100 dead", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That puts the North's toll at roughly 1,100", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "U.S.", "United States", "American"],
          "Pentagon estimates put the North Korean presence in Kursk at 11,000 to 12,000 troops", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. official", "US official", "American official", "U.S.", "United States"],
          "a few hundred North Korean soldiers had been killed or wounded", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of killed and wounded North Korean soldiers in the Kursk region already exceeds three thousand", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean troops have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Pyongyang's losses, dead and wounded together, now stand at roughly 3,000 men", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + UA + NIS,
          "his forces had captured two North Korean soldiers in the Kursk region", False),
         ("troops", "north_korea", 11000, None, "about", ["Seoul", "Washington", "South Korea", "United States", "NIS", "National Intelligence Service"],
          "North Korea sent some 11,000 soldiers to Russia last autumn, according to Seoul and Washington", False)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + UA,
          "Kyiv is ready to hand two captured North Korean soldiers back to Kim Jong Un", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea's losses, Zelensky said in his nightly address on Tuesday, have reached \"nearly 4,000\" killed and wounded", False),
         ("troops", "north_korea", 12000, None, "about", ["HUR", "military intelligence", "Ukrain"],
          "around 12,000 North Korean troops are now deployed in the Kursk area", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Defense Ministry", "Russia", "Moscow"],
          "The enemy's losses during the operation in the Kursk area exceeded 76,000 servicemen", False),
         ("casualties", "ukraine", 200, None, "up_to", ["Defense Ministry", "Russia", "Moscow"],
          "had inflicted losses of up to 200 servicemen on the enemy over the past day in the Kharkiv and Sumy directions", True)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has suffered about 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 soldiers killed", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the roughly 3,000 casualties the National Intelligence Service estimated in January", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent around 15,000 troops to Russia in total", False),
         ("troops", "north_korea", 11000, 12000, "range", NIS,
          "Between 11,000 and 12,000 were dispatched in a first wave last autumn", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "an additional 3,000 or so arrived in January and February", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "An estimated 2,000 North Korean soldiers have been killed", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "around 11,000 North Korean troops remain stationed in Russia's Kursk border area", False),
         ("casualties", "north_korea", 6000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "British", "UK", "Defence Intelligence"],
          "North Korean forces had likely suffered more than 6,000 casualties", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"],
          "Nine members of the regiment died during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers have died in the fighting", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "First troops shipped to Russia | about 1,500 | NIS, Oct. 2024", False),
         ("troops", "north_korea", 11000, 12000, "range", NIS,
          "Troops in first wave | 11,000-12,000 | NIS, Apr. 2025", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "Reinforcements | about 3,000 | NIS, Apr. 2025", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Killed and wounded | about 4,700 | NIS, Apr. 2025", False),
         ("captured", "north_korea", 2, None, "exact", UA,
          "Taken prisoner by Ukraine | 2 | Ukraine, Jan. 2025", False)],
}
NOT = {
 "000": ["four brigades of some 12,000 soldiers in total (planned)", "between Oct. 8 and 13",
         "11th Corps", "more than 13,000 containers", "24 years", "30 troops at the border (headline)",
         "up to 10,000 soldiers (headline)", "KOSPI 0.85 pct, 2,609.30", "10,030 won, 1.7 pct", "Share 2,431 | Like 318"],
 "001": ["more than 7,000 kilometers altitude", "about 200 kilometers west of Okushiri", "02:04", "300 flights (headline)",
         "2.6%, 152 per dollar", "12K North Korean troops at 5 Russian ranges (headline)", "4 games to 1", "18 languages"],
 "002": ["170-mm self-propelled guns, 240-mm rocket launchers", "65 missiles and 51 drones, 2 killed (headline)",
         "0.4%, $72.88", "6 bills (headline)", "4 minute read"],
 "003": ["Russian losses widget: personnel about 776,250 (+1,660 per day), 9,591 tanks, 21,049 artillery, 20,317 drones",
         "14 Russian tanks and 31 artillery systems (headline)", "1,428 views"],
 "004": ["possibly several thousand more (planned)", "aged 20 and 26", "August 2024", "some 1,300 square kilometres",
         "death toll 24, 12,000 structures (headline)", "$1.02", "Comments (57)"],
 "005": ["roughly a third of the force", "about 500 square kilometers", "$500 million", "3:12", "7 things", "703 points",
         "other prisoners (no number)"],
 "008": ["more than 7,700 pieces of weaponry, 412 tanks, 677 infantry fighting vehicles", "more than 3,000 homes",
         "Over 1,600 sq km, 12 settlements (headline)", "82 per dollar", "5,802 views"],
 "009": ["170-mm guns, 240-mm rocket launchers", "20 trillion won ($14 billion)", "two days after", "2,556.61, 0.2%",
         "89.77%", "25 million USIM cards", "8 A380s by 2030", "Share 1,214"],
 "012": ["1,000 deminers and 5,000 military construction workers (planned)", "20,000 guests", "19th sanctions package, 68% (headline)",
         "47.6°C", "400 drones (headline)", "1,362 partners", "Comments (214)"],
 "014": ["around four months", "August 2024", "Pledged deminers and builders | 6,000 (planned)", "2 percent of GDP",
         "9.04 trillion yen (headline)", "2 Japanese nationals, 5 years (headline)", "600-mm rocket launcher (headline)", "Share 182"],
}
OFF = ["007", "010", "011", "013"]
DUP = {"006": "004"}

goldlib.write(
    "Gold labels for the blind220 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "roughly 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-3", "005-2", "roughly 3,000 casualties (NIS) against nearly 4,000 (Zelensky), two days apart"],
        ],
        "may": [
            ["002-5", "003-1", "a few hundred casualties (U.S. official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-3", "002-5", "roughly 1,100 (NIS) against a few hundred (U.S. official, three days earlier): a vague figure"],
            ["009-1", "009-3", "about 4,700 now against the roughly 3,000 of January, restated in the same report"],
            ["009-4", "009-6", "about 15,000 in total against an additional 3,000 or so"],
            ["009-5", "009-6", "11,000-12,000 in the first wave against an additional 3,000 or so"],
            ["014-4", "014-5", "11,000-12,000 in the first wave against about 3,000 reinforcements (fact box)"],
            ["014-1", "014-2", "nine engineers dead (KCNA) against about 2,000 killed (NIS, September): part of the whole, partly later"],
        ],
    },
)
