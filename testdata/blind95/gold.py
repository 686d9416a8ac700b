#!/usr/bin/env python3
"""Write gold.json for the blind95 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian Navy transport ships carried about 1,500 North Korean special operations troops", False)],
 "001": [("troops", "north_korea", 10000, None, "about", ["Austin", "Defense Secretary", "Pentagon", "Defense"],
          "Roughly 10,000 soldiers from North Korea have arrived in eastern Russia for training", False),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "Secretary of State", "State Department", "State"],
          "Some 8,000 of them have now been moved into Russia's Kursk border region", False),
         ("troops", "north_korea", 2000, 9999, "vague", ["U.S. officials", "US officials"],
          "Thousands of the troops are believed to be moving west by rail", True)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL + ["President"],
          "There are already 11,000 North Korean soldiers in Russia's Kursk region", False),
         ("casualties", "ukraine", 30000, None, "more_than", ["Defence Ministry", "Russia", "Moscow"],
          "Ukraine had lost more than 30,000 servicemen killed and wounded in the Kursk direction", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS + ["lawmaker"],
          "North Korea has lost at least 100 soldiers killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS + ["lawmaker"],
          "and nearly 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS + ["lawmaker"],
          "that puts the North's battlefield casualties at roughly 1,100", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "between 10,000 and 12,000 North Korean troops are in Russia", False),
         ("casualties", "north_korea", 1, None, "at_least", NIS,
          "At least one general-grade officer is believed to be among the casualties", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Ukrain"],
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon believes 11,000 to 12,000 of them are now in the region", False),
         ("casualties", "russia", 790000, None, "about", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "nearly 790,000 Russian troops have been killed or wounded since the full-scale invasion", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded while fighting for Russia", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the toll for the North's units in Russia's western Kursk region has now reached about 3,000 casualties in all", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "his country's forces had captured two North Korean soldiers in Kursk", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL + ["Syrskyi"],
          "Close to four thousand of the North Korean soldiers sent to Russia's Kursk region have now been killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Kyiv", "Ukrain"],
          "the two North Korean soldiers its forces captured last week", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "An estimated 3,000 additional soldiers were sent between January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "They join the roughly 11,000 troops the North dispatched last autumn", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Of the roughly 4,700 North Korean soldiers killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 have died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "The North has sent some 15,000 troops to Russia in total", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "That includes around 3,000 reinforcements dispatched in January and February", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "general staff"],
          "He claimed Ukraine had lost more than 76,000 troops killed and wounded", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "HUR", "Defence Intelligence", "intelligence"],
          "North Korean units fighting in Russia's Kursk Oblast have lost upwards of 4,000 men killed and wounded", False)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "some 15,000 North Koreans have been deployed to Russia since last autumn", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "it believes about 600 of them have died", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "Kim"],
          "acknowledging that nine of them had died during the mission", False),
         ("troops", "north_korea", 2000, 9999, "vague", ["Seoul"],
          "a deployment that Seoul says numbers in the thousands", True),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "about 5,000 military construction troops had been moving to Russia since September", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "in addition to some 1,000 deminers", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed in the fighting in Kursk", False)],
}
NOT = {
 "000": ["a total of 12,000 troops in four brigades (planned)", "12K-strong force to follow (headline, planned)",
         "2,000-ton-class landing ship", "US$2,000 a month", "Share 1.4K", "2 inter-Korean roads (headline)",
         "3-day drills with 110 aircraft (headline)", "24 pct", "1,370 vs. dollar", "0.6 pct", "Oct. 8 and 13", "1990",
         "11th Corps"],
 "001": ["about 28,500 American troops in South Korea (not a subject)", "about 190 miles", "$425 million",
         "61°", "$1 for 3 months", "Millbrook 28, Eastview 21", "9 cents to $3.02", "$4.6 million", "Comments (47)"],
 "002": ["about 7,000 kilometres", "about 600 square kilometres", "96 drones, 62 shot down (headline)",
         "20 more Patriot interceptors (headline)", "701,140 personnel (+1,510), 9,360 tanks, 20,254 artillery (sidebar widget)",
         "2 145 views", "48K followers", "August 6"],
 "003": ["170-mm self-propelled guns and 240-mm multiple rocket launchers", "31st Security Consultative Meeting (headline)",
         "3 dead, 12 hurt (headline)", "2.3 trillion won (headline)", "7 comments", "less than three weeks"],
 "004": ["roughly a third of that figure (Seoul's count, no number given)", "78 missiles and 106 drones (headline)",
         "312 comments", "$5 a month", "February 2022", "more than 11 months old"],
 "006": ["born in 2005 / 1999", "about 1,100 kilometers (headline)", "1.8% (headline)", "up to 70 centimeters",
         "video 2:14", "Two days earlier"],
 "007": ["groups of 20 to 30 men (ISW, size of assault groups, not a deployment)", "$81 (headline)",
         "1,000 km from border (headline)", "1.1% (headline)", "fourth weekly gain"],
 "008": ["some 10 kilometres", "a little over 40 percent", "16th package", "€1.5 billion", "10 maps (headline)",
         "02:36", "4.3/5 (27 votes)", "Facebook 96"],
 "009": ["170mm self-propelled howitzers and 240mm multiple rocket launchers", "1.2% to 6.7 trillion won (headline)",
         "4.5-day workweek (headline)", "10.5% (headline)", "12 comments", "eight months", "two days after"],
 "010": ["roughly half of all the artillery ammunition", "KN-23", "2 injured (latest news)",
         "30-day ceasefire from 8 May (latest news)", "41.3 per dollar", "1,230 soldiers in a day (headline)", "28 April"],
 "011": ["1,000 sappers and 5,000 military builders (planned)", "6,000 sappers and builders (headline, planned)",
         "second trip in two weeks", "5% of GDP", "€150 billion", "kills 28, injures more than 130 (headline)",
         "4% (headline)", "1.2M views", "01:45", "August 2024"],
 "014": ["528th Engineer Regiment", "120 days", "hundreds of millions of dollars", "$700 billion (headline)",
         "45th straight week (headline)", "65% (headline)", "second half of 2025"],
}
OFF = ["012", "013"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind95 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-2", "002-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), four days apart"],
            ["003-3", "004-1", "roughly 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["006-3", "007-1", "about 3,000 casualties (NIS) against close to four thousand (Zelenskiy), four days apart"],
        ],
        "may": [
            ["001-1", "002-1", "about 10,000 in eastern Russia (Austin) against 11,000 in Kursk (Zelensky): the bands touch, and Kursk is a part of Russia"],
            ["008-1", "008-2", "an estimated 3,000 additional soldiers against the roughly 11,000 sent in the autumn: an additional force"],
            ["009-3", "009-4", "some 15,000 in total against the 3,000 reinforcements it includes: a part of the whole"],
            ["014-3", "014-4", "about 5,000 construction troops against some 1,000 deminers 'in addition': an additional force"],
        ],
    },
)
