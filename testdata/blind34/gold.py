#!/usr/bin/env python3
"""Write gold.json for the blind34 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskiy", "Zelenskyy"]
HUR = ["HUR", "Defense Intelligence", "military intelligence", "Yusov", "Ukrain"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]
KYIV = ["Ukrain", "SBU", "Security Service", "Kyiv"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("captured", "north_korea", 2, None, "exact", NIS + ZEL + KYIV,
          "it has confirmed that Ukrainian forces captured two North Korean soldiers in Russia's western Kursk region", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "North Korea is believed to have sent some 11,000 troops to Russia last autumn, the NIS has said", False),
         ("captured", "north_korea", 1, None, "at_least", NIS,
          "at least one other North Korean soldier had been captured in late December but died of his wounds", True)],
 "001": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and roughly 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That would put Pyongyang's overall losses at around 3,000, the lawmaker told reporters", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "North Korean losses in Kursk had already passed 3,000 killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", KYIV + ZEL,
          "took custody of two North Korean soldiers captured in Kursk Oblast", False)],
 "002": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have suffered nearly 4,000 casualties, Ukrainian President Volodymyr Zelenskiy said", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "U.S.", "US "],
          "The Pentagon has said it believes there are between 11,000 and 12,000 North Korean soldiers in the Kursk region", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "it estimated North Korean casualties at around 3,000", False)],
 "003": [("captured", "north_korea", 2, None, "exact", KYIV,
          "One of the two North Korean soldiers held by Ukraine as prisoners of war", False),
         ("killed", "north_korea", 300, None, "more_than", NIS,
          "The National Intelligence Service said last month that more than 300 North Korean soldiers had died in Kursk", False)],
 "004": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea sent roughly 3,000 additional troops to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "the some 11,000 soldiers the North dispatched in October and November last year", False)],
 "005": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "Gerasimov said the enemy had lost more than 76,000 servicemen during the Kursk operation", False)],
 "006": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "The North has sent about 15,000 troops to Russia in total since last October, the NIS said", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "counting the roughly 3,000 reinforcements that arrived early this year", False),
         ("wounded", "north_korea", 2000, None, "about", NIS,
          "Some 2,000 injured soldiers were flown or taken by train back to Pyongyang", True)],
 "007": [("casualties", "north_korea", 4500, None, "more_than", HUR,
          "have lost more than 4,500 servicemen killed and wounded, Andriy Yusov", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "About 500 North Korean gunners and rocket-launcher crews are still stationed in the border districts", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "South Korean intelligence estimated on April 30 that about 15,000 North Korean soldiers had been sent to Russia", False)],
 "008": [("troops", "north_korea", 15000, None, "about", NIS,
          "South Korea's National Intelligence Service estimates that North Korea has sent about 15,000 troops", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Of those, around 4,700 have been killed or wounded, the spy agency told lawmakers in April", False)],
 "009": [("killed", "north_korea", 2000, None, "about", NIS,
          "About 2,000 North Korean soldiers have died in the war in Ukraine, South Korea's spy agency estimated", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "the roughly 600 deaths the agency reported in the spring", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "about 1,000 North Korean military engineers are already clearing mines in the Kursk region", False)],
 "010": [("killed", "north_korea", 2500, None, "more_than", HUR,
          "More than 2,500 North Korean soldiers have been killed ... according to the Defense Intelligence of Ukraine (HUR)", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "South Korea's National Intelligence Service put the number of North Korean troops killed at about 2,000", False)],
 "011": [("troops", "north_korea", 10000, None, "about", NIS,
          "Around 10,000 North Korean troops remain in Russia, ... South Korea's National Intelligence Service told lawmakers", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "they have been joined by roughly 5,000 military construction troops, ... the agency said", False),
         ("casualties", "north_korea", 6000, None, "more_than", HUR,
          "HUR, now puts the North's total losses in killed and wounded at more than 6,000", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "Seoul ... estimated that around 2,000 North Koreans had died", False),
         ("captured", "north_korea", 2, None, "exact", KYIV + ["Seoul", "South Korea"],
          "The two prisoners of war captured by Ukraine in January remain in Kyiv", False)],
}
NOT = {
 "000": ["born in 2005 / 1999, joined 2021 / 2016", "Jan. 9", "1 missile, 3rd launch in 2 months (headline)",
         "7 dead, 39 injured (headline)", "3 pct, 1,470 per dollar (headline)", "236 defectors (headline)",
         "12 provinces, 400,000 tickets (headline)", "Share 1.9K", "02-398-3114"],
 "001": ["28,000 members", "1,480 personnel, 14 artillery systems (General Staff widget)", "Aug. 6, 2024",
         "around 1,300 square kilometers", "61 of 94 drones (headline)", "2 dead, 11 injured (headline)",
         "five years", "14 cookie categories", "3 min read"],
 "002": ["100-year partnership", "more than 60% of the territory", "152mm artillery", "$500,000, 30 years (ad)",
         "49 drones over 6 regions (headline)", "Jan. 20 (headline)", "2%, $82 (headline)"],
 "003": ["26-year-old, 21 (ages)", "around 34,000 North Korean defectors (not a metric)", "1990s, 2020",
         "Facebook 412 | X 96", "Comments (57)", "20%, 236, 3 fishermen (headlines)", "2012"],
 "004": ["170-millimeter self-propelled guns", "240-millimeter rocket launchers", "about 220 pieces of artillery",
         "over 10 million artillery shells", "August 2023", "Share 1.2K", "40% off",
         "24 killed, 35,000 hectares (headline)", "5.2 trillion won", "4-2", "June 27"],
 "005": ["7,700 pieces of weaponry, 417 tanks", "June 2024, December 4, 2024", "over 1,200 square kilometers",
         "19 drones (headline)", "82 per US dollar (headline)", "3,000 volunteers, 80th anniversary (headline)"],
 "006": ["5,000-ton destroyer, 2nd (headline)", "3.7 pct (headline)", "6 out of 10 (headline)", "80 mm (headline)",
         "Share 2.4K", "more troops, engineers and construction workers (planned, no number)"],
 "007": ["240mm multiple rocket launchers", "a range of up to 60 kilometers", "2 346 views", "April 28, April 30",
         "1,210 troops and 29 artillery systems (General Staff headline)", "54 countries (headline)",
         "over 20,000 Ukrainians (headline)"],
 "008": ["1,000 deminers and 5,000 military builders (planned)", "6K military builders and deminers (headline, planned)",
         "thousands of military construction workers and deminers (planned)", "thousands of laborers (workers, not troops)",
         "second trip in two weeks, third since March", "$1 for 3 months", "61°F", "Comments (19)",
         "$48.6M, 2.5% (headline)", "28-21", "3 hurt (headline)", "12 cents, $3.09", "7 stories, 6 a.m."],
 "009": ["5,000 military construction troops promised (planned, not yet arrived)", "more than three times",
         "Share 874", "3,200, 4 years (headline)", "150,000 won (headline)", "Typhoon No. 14, 300mm (headline)"],
 "010": ["up to 40% of the shells", "millions of shells", "about 5 kilometers deep", "1,103 views, Comments 34",
         "$10 a month", "23 killed, 4 children (headline)", "4 million a year (headline)",
         "19th package, 118 tankers (headline)", "since 2014"],
 "011": ["a further group of deminers (planned, no number)", "more than 2,000 houses and 150 kilometres of roads",
         "40 billion roubles", "thousands of North Korean workers (labourers, not troops)", "1 342 shares",
         "653 drones and 51 missiles (headline)", "6 more Mirage 2000 (headline)", "1,021 partners", "5 min"],
}
OFF = ["013", "014"]
DUP = {"012": "006"}

goldlib.write(
    "Gold labels for the blind34 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-3", "002-1", "about 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelenskiy, Jan 17)"],
            ["002-1", "002-3", "nearly 4,000 casualties (Zelenskiy) against around 3,000 (NIS, earlier that week), in one report"],
            ["009-1", "010-1", "about 2,000 killed (NIS, Sep 4) against more than 2,500 (HUR, Sep 9)"],
            ["010-1", "010-2", "more than 2,500 killed (HUR) against about 2,000 (NIS, last Thursday), in one report"],
        ],
        "may": [
            ["004-1", "004-2", "about 3,000 additional troops against the some 11,000 sent first: an additional force"],
            ["006-3", "006-4", "about 15,000 in total against the roughly 3,000 reinforcements it counts: a part and an additional force"],
            ["006-4", "007-3", "roughly 3,000 reinforcements (NIS) against about 15,000 in total (NIS, restated): a part and an additional force"],
            ["009-1", "009-2", "about 2,000 killed now against the roughly 600 reported in the spring: an earlier figure restated"],
            ["009-2", "010-1", "roughly 600 killed (NIS's spring figure, restated) against more than 2,500 (HUR): months apart in fact"],
            ["009-2", "010-2", "roughly 600 killed (spring, restated) against about 2,000 (September): months apart in fact"],
            ["011-1", "011-2", "about 10,000 troops remaining against about 5,000 construction troops who joined them: another group"],
        ],
    },
)
