#!/usr/bin/env python3
"""Write gold.json for the blind166 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, its tests or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskiy"]
PENTAGON = ["Pentagon", "U.S."]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "at_least", ["White House", "Kirby", "Washington"],
          "North Korea moved at least 3,000 soldiers into eastern Russia between early and mid-October, the White House said", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "which now reckons roughly 3,000 North Korean troops are in Russia in all", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "a first contingent of about 1,500 special forces that the agency said last Friday had been shipped out", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "estimating the size of the force at between 10,000 and 12,000", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "the Pentagon's, which late last month put the number of North Korean soldiers sent for training in eastern Russia at about 10,000", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have died in combat in Russia's Kursk region", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 others have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That puts the North's combined losses at around 1,100", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "US military official", "U.S. official", "Pentagon"],
          "several hundred North Korean troops had been killed or wounded since they went into battle", True),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon says between 11,000 and 12,000 North Korean soldiers are now deployed in the Kursk area", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 soldiers of the North Korean contingent have already been killed or wounded", False),
         ("casualties", "north_korea", 30, None, "at_least", ["Defence Intelligence", "HUR", "Ukrain"],
          "On December 14–15 alone, the agency said, at least 30 North Korean soldiers were killed or wounded there", False)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL,
          "Ukrainian troops have taken two North Korean soldiers prisoner in Russia's Kursk Oblast, President Volodymyr Zelensky announced", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean units in Kursk Oblast have already lost close to 4,000 soldiers killed and wounded, he said", False)],
 "005": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korea's casualties in Russia's Kursk region have climbed to about 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 of them are believed to have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and roughly 2,700 wounded", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "In December, the NIS estimated that about 100 North Korean soldiers had died.", False),
         ("captured", "north_korea", 2, None, "exact", NIS,
          "The agency also confirmed that two North Korean soldiers had been captured by Ukrainian forces on Jan. 9", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The roughly 11,000 North Korean troops dispatched to Russia last autumn", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "Roughly 3,000 more North Korean soldiers were sent to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "on top of the approximately 11,000 the North dispatched last year", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the enemy lost more than 76,000 servicemen killed and wounded", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has lost about 4,700 soldiers killed or wounded since it joined Russia's war", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "The toll includes roughly 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "In all, the North has sent about 15,000 troops to Russia, the NIS believes", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "Defence Intelligence", "HUR"],
          "North Korea has lost more than 4,000 soldiers killed and wounded in Russia's Kursk region, according to the head of Ukraine's Defence Intelligence", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's National Intelligence Service estimated that the North had lost about 4,700 troops killed and wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 killed", False)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS + ["South Korean intelligence"],
          "South Korean intelligence believes about 15,000 North Korean soldiers have been sent to Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS + ["South Korean intelligence"],
          "and that some 600 of them have been killed", False),
         ("killed", "russia", 110000, None, "more_than", ["BBC", "Mediazona"],
          "had confirmed the names of more than 110,000 Russian servicemen killed in the war", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "Kim"],
          "paid tribute to nine of its soldiers who died there", False),
         ("casualties", "north_korea", 2000, 9999, "vague", ["Analysts", "analysts"],
          "the deployment, which cost the North thousands of casualties", True),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Troops sent, autumn 2024 | about 11,000 | South Korea's National Intelligence Service (NIS)", False),
         ("troops", "north_korea", 3000, None, "about", JCS,
          "Reinforcements, January–February 2025 | about 3,000 more | South Korea's Joint Chiefs of Staff", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Killed or wounded, by April 2025 | about 4,700 | NIS", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "Killed, September 2025 estimate | about 2,000 | NIS", False)],
}
NOT = {
 "000": ["some 10,000 men by December (planned)", "preparing about 10,000 soldiers (Zelenskiy, planned)",
         "about 1,000 km (620 miles)", "399 votes to none", "32 members",
         "kills 3, injures 21 (headline)", "2% (headline)", "12% (headline)", "53% (headline)"],
 "001": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "US$2,000 a month",
         "7 short-range ballistic missiles (headline)", "6 tracks", "1,405.1 per dollar", "2,418.86", "20 pct"],
 "002": ["¥8.7 trillion", "more than 40 ballistic missiles", "about 200 kilometers", "Six killed (headline)",
         "60th anniversary", "¥1,650/month", "fiscal 2025"],
 "003": ["1,530 soldiers over past day (headline)", "40 more M113 (headline)",
         "Russian losses widget: about 772,400 (+1,530), 9,517 tanks, 20,907 artillery systems"],
 "004": ["born in 2005 / 1999", "several hundred square kilometers", "12K troops (Read also headline)",
         "74 drones, 4 missiles (headline)", "$5 a month", "42 combat clashes (headline)", "$500 million", "3 min read"],
 "005": ["5 munitions factories (headline)", "6-hour standoff (headline)", "$683.8 billion", "42nd straight week",
         "3 ex-ministers", "0 / 1000", "Jan. 9 (a date)"],
 "007": ["11-Day drills from March 10 (headline)", "4th launch (headline)", "Jan. 19, 2025"],
 "008": ["over 7,700 pieces of weaponry and equipment, 417 tanks", "115 drones over 8 regions (headline)",
         "1,200 residents (headline)", "1.4% to 2,958 points"],
 "009": ["76,000 Ukrainian losses (Most viewed headline)", "52-48", "18 hours, £100m", "€2 / €10 a month",
         "Comments (418)", "10.12 BST"],
 "010": ["roughly half of the ammunition", "Russian losses widget: about 953,220 (+1,190), 10,691 tanks ...",
         "12 drones, 47 injured, 5 children (headline)", "50% of new royalties (headline)"],
 "011": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 (headline, planned)",
         "3.4 trillion rubles", "5.5 years", "40,000 readers", "€5, €10 or €25 a month", "second visit in two weeks"],
 "014": ["120 days", "6,000 (1,000 + 5,000) pledged (fact box, planned)", "653 drones and 51 missiles (headline)",
         "Share: 1.2K", "843 partners"],
}
OFF = ["012", "013"]
DUP = {"006": "002"}

goldlib.write(
    "Gold labels for the blind166 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-2", "005-1", "close to 4,000 casualties (Zelensky) against about 3,000 (NIS), two days apart"],
        ],
        "may": [
            ["002-3", "002-4", "about 1,100 (NIS) against several hundred (US official, earlier in the week): a vague figure"],
            ["002-4", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["005-2", "005-4", "about 300 killed now against about 100 killed in December, restated in the same report: two periods"],
            ["007-1", "007-2", "roughly 3,000 more against about 11,000 sent last year: an additional force"],
            ["014-3", "014-4", "about 11,000 in autumn 2024 against about 3,000 more in early 2025: an additional force"],
        ],
    },
)
