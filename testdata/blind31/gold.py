#!/usr/bin/env python3
"""Write gold.json for the blind31 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
          "North Korea has moved some 3,000 soldiers to Russia in two batches this month", False),
         ("troops", "north_korea", 1500, None, "about", NIS + ["Park Sun-won"],
          "The first batch, about 1,500 special operations troops, left the port of Chongjin", False)],
 "001": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Singh", "Defense"],
          "North Korea has sent about 10,000 soldiers to train in eastern Russia", False),
         ("troops", "north_korea", 3000, None, "at_least", ["Kirby", "White House"],
          "at least 3,000 North Korean troops had arrived in Russia by mid-October", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "have suffered more than 3,000 killed and wounded, President Volodymyr Zelensky said", False)],
 "004": [("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
          "and nearly 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS + ["Lee Seong-kweun"],
          "That puts the North's casualties at around 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS + ["Lee Seong-kweun"],
          "The spy agency estimated the overall North Korean deployment at around 11,000 soldiers", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "Ryder", "Washington"],
          "between 11,000 and 12,000 North Korean troops were in Kursk", False)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "Ukrainian forces have taken two North Korean soldiers prisoner", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
          "Some 300 North Korean soldiers deployed to fight Ukraine have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
          "and 2,700 more wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
          "putting the North's total casualties at about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers had been captured alive by Ukrainian forces on Jan. 9", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers have already been killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "the two captured North Korean soldiers", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "South Korea's intelligence service put North Korean losses at around 3,000 this week", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea dispatched roughly 3,000 additional soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "the approximately 11,000 troops the North sent last autumn", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Among them, the agency estimated, were about 600 dead.", False),
         ("troops", "north_korea", 15000, None, "about", NIS + ["lawmakers"],
          "North Korea had sent around 15,000 soldiers to Russia in total", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "GUR", "Military Intelligence", "Ukrain"],
          "North Korean losses in Kursk Oblast since November 2024 have exceeded 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "which put North Korean casualties at around 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 killed in action", False),
         ("troops", "north_korea", 200, None, "about", ["military observer", "observer", "Ukrain"],
          "roughly 200 North Korean servicemen are operating near Tyotkino", False),
         ("troops", "russia", 60000, None, "more_than", ["Syrskyi"],
          "it still numbers more than 60,000 personnel", False)],
 "011": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Defense Ministry", "Russia"],
          "the enemy's losses during the Kursk adventure amounted to more than 76,000 servicemen killed and wounded", False)],
 "012": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "between 10,000 and 12,000 North Korean soldiers had been deployed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the total has risen to about 15,000, according to the NIS", False),
         ("killed", "north_korea", 2000, None, "about", NIS + ["lawmakers"],
          "some 2,000 North Korean soldiers had died", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "its April estimate of about 600 dead", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "a broader count of roughly 4,700 killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "The two North Korean soldiers captured by Ukraine in January", False)],
}
NOT = {
 "000": ["a total of 10,000 troops by December (planned)", "aged between 18 and 22", "more than 13,000 containers",
         "10,000 N. Korean troops preparing for war (related headline)", "1,380 won", "60-meter sections",
         "1.3 pct", "2 killed (headline)", "© 2024"],
 "001": ["more than tripling", "more than $60 billion", "155mm artillery rounds", "$425 million", "Lakers 123-116, 35 points",
         "$3.09, 12 cents", "61°, 44°, 30%", "99 cents for 3 months", "Comments (87)", "5 things"],
 "003": ["81 drones, 52 shot down, 27 lost", "around 1,300 square kilometers", "Aug. 6", "five-story",
         "General Staff widget 777,960 (+1,320), 9,567 tanks", "Over 1,000 ... killed or wounded in a week (Read also headline)",
         "$5 a month, 15,000 others", "Share 2.1K, Comments 64", "6 min read"],
 "004": ["roughly two weeks", "240-millimeter rocket launchers, 170-millimeter guns", "155-mm shells (headline)",
         "7 ballistic missiles (headline)", "1.95%", "14 comments"],
 "005": ["born in 2005 / 1999, served since 2021 / 2016", "8.7 trillion yen", "1.8%, 39,190", "1,100 km (headline)", "¥1 / $1"],
 "006": ["roughly triple", "120 170mm howitzers and 120 240mm rocket launchers", "'Over 100 killed' (related headline)",
         "1,470 against dollar"],
 "007": ["82-mm mortars", "1,750 soldiers over the past day (headline)", "5 observations", "182 vessels",
         "290K subscribers", "Views: 18 432"],
 "008": ["around 220 artillery pieces", "170mm, 240mm", "€800 billion", "80% of trains", "40-metre wave", "GMT+1"],
 "009": ["hundreds of millions of dollars", "2.7%, 20-day data", "12 years (headline)", "two days after"],
 "010": ["810th, 155th Naval Infantry, 30th Motorized Rifle", "within 3 kilometers", "59 Shahed-type drones, two Iskander-M, 33 downed, 19 lost",
         "2:30 pm, 7:55 pm", "numbered key takeaways"],
 "011": ["412 tanks, 304 infantry fighting vehicles, 1,522 armored combat vehicles, 1,280 artillery pieces",
         "June 19, 2024", "28 municipalities", "more than 150,000 civilians evacuated", "3 communities, 115 UAVs (headlines)", "21%"],
 "012": ["1,000 sappers and 5,000 military construction workers (planned)", "6K workers on the way (headline, planned)",
         "hundreds of millions of dollars, about $20 billion", "653 drones and 51 missiles (headline)", "0.75",
         "2026", "125 comments", "six months"],
}
OFF = ["002", "014"]
DUP = {"013": "007"}

goldlib.write(
    "Gold labels for the blind31 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-1", "001-1", "about 3,000 sent (NIS) against about 10,000 sent (Pentagon), five days apart"],
            ["003-1", "004-3", "more than 3,000 casualties (Zelensky) against about 1,100 (NIS), four days apart"],
            ["006-3", "007-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["007-1", "007-3", "nearly 4,000 (Zelensky) against the NIS's about 3,000 restated in the same report: the must pair is 006-3~007-1"],
            ["008-1", "008-2", "an additional 3,000 or so against about 11,000 sent last autumn: an additional force"],
            ["012-1", "012-2", "10,000-12,000 (NIS, Nov 2024) against about 15,000 (NIS, after reinforcements): restated, a year apart"],
            ["012-3", "012-4", "about 2,000 killed (NIS, September) against about 600 (NIS, April): restated, months apart"],
        ],
    },
)
