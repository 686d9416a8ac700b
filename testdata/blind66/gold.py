#!/usr/bin/env python3
"""Write gold.json for the blind66 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
BUD = ["Budanov", "military intelligence", "HUR", "GUR", "Ukrain"]
WH = ["Kirby", "White House", "United States", "U.S.", "US "]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships ferried some 1,500 soldiers of the North's special forces", False)],
 "001": [("troops", "north_korea", 11000, None, "about", BUD,
          "Around 11,000 North Korean infantrymen are being drilled at five ranges in Russia's Far East", False),
         ("troops", "north_korea", 500, None, "about", BUD,
          "among them some 500 officers", False),
         ("troops", "north_korea", 3, None, "exact", BUD,
          "and three generals", True),
         ("troops", "north_korea", 3000, None, "at_least", WH,
          "\"At least 3,000,\" White House spokesman John Kirby said", False)],
 "002": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Singh", "Defense"],
          "North Korea has sent about 10,000 soldiers to train in eastern Russia", False),
         ("troops", "north_korea", 3000, None, "at_least", WH,
          "Last week the White House said no fewer than 3,000 North Korean soldiers had arrived in Russia", False)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Close to 1,000 others have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "putting the North's total casualties at roughly 1,100", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
         ("troops", "north_korea", 11000, 12000, "range", ["US officials", "U.S. officials", "United States", "Pentagon", "Washington"],
          "US officials estimate that between 11,000 and 12,000 North Korean troops are now deployed", False)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's Kursk Oblast", False),
         ("wounded", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "Both men were wounded", True)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That puts Pyongyang's losses at roughly 3,000 men", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Ukraine had captured two North Korean soldiers on Saturday", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea's losses in Russia's Kursk region have climbed to almost 4,000 killed and wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "The National Intelligence Service put North Korean losses at around 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "including roughly 300 dead", False),
         ("casualties", "russia", 790000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "Russia had suffered more than 790,000 killed and wounded since February 2022", False),
         ("casualties", "russia", 1523, None, "exact", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "with an average of 1,523 a day in December", True),
         ("captured", "north_korea", 2, None, "exact", ZEL,
          "swap the two North Korean soldiers captured last week", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea has sent an additional 3,000 or so soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "on top of the roughly 11,000 it dispatched last year", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "The North's troops have suffered about 4,000 casualties in the Kursk region", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded fighting Ukrainian forces", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea had sent about 15,000 soldiers to Russia in total", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia"],
          "Ukraine had lost more than 76,000 troops in the Kursk operation", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "the total since last autumn is about 15,000", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "of whom around 4,700 were killed or wounded by the end of April", False)],
 "011": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "estimated in November 2024 that 10,000 to 12,000 North Korean troops had been sent", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "By April 2025 it put the total at about 15,000", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "the NIS told lawmakers that about 2,000 North Korean soldiers had died in the war", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "up from the roughly 600 dead it counted in April", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "within some 4,700 casualties", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "Volodymyr Zelensky said in December 2024 that more than 3,000 had been killed and wounded", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "Around 1,000 North Korean deminers are now clearing fields in the region", False)],
}
NOT = {
 "000": ["a total of 12,000 soldiers in four brigades (planned)", "could send up to 100,000 men (hypothetical)",
         "Storm Corps numbers around 40,000 at home (not deployed)", "Oct. 8 and 13", "Share 1,024", "Comments 37",
         "7 ballistic missiles (headline)", "KOSPI 2,593.18, 0.34 percent (headline)", "3 F-35A, 1.3 trillion won (headline)",
         "9.1 trillion won (headline)", "100-fold (headline)"],
 "001": ["five ranges", "Oct. 23, Nov. 1", "7.62mm rifles and 120mm mortars", "$2,000 a month",
         "an interpreter to every 30 North Korean soldiers", "56 of 81 drones (headline)", "€35 billion (headline)",
         "685,110 (+1,380), tanks 8,977, artillery 19,530 (sidebar widget)", "$5 a month, 12,000 readers",
         "Facebook 412, X 1.1K", "Comments (46)", "6 min read"],
 "002": ["more than tripled in a week", "$425 million", "Wildcats 28, Eagles 21; Central 3, Lincoln 0",
         "low 41°, high 58°", "$1 for 6 months", "Comments (14)", "10:30 PM"],
 "003": ["\"several hundred\" had died (retracted by the lawmaker)", "240 mm multiple rocket launchers and 170 mm guns",
         "paras 4-6", "2 cruise missiles (headline)", "1,453.2 per dollar, 15 years (headline)",
         "2 dead, 17 injured (headline)"],
 "004": ["August 6", "about 1,300 square kilometres", "less than half", "$3 billion loan", "Share: 287", "3 min",
         "2 minutes a day", "Day 1,034 (headline)", "2.2 trillion hryvnia (headline)", "kills 1, injures 13 (headline)"],
 "005": ["born in 2005 / 1999, served since 2016", "84th Special Operations Centre", "Share 3.4K",
         "74 drones, 4 missiles, 47 downed (headline)", "25 Ukrainian defenders (headline)", "18,000 members, $5 a month",
         "Comments (212)", "3 min read"],
 "006": ["Koksan 170 mm guns, 240 mm rocket launchers", "Share 96", "15:30, 17:02",
         "1,470.8 per dollar (headline)", "179 victims (headline)", "5 things (headline)"],
 "007": ["Comments 1,204", "£111 a year (headline)", "35 years, 12 pictures (headline)",
         "2,000 residents evacuated (headline)", "150,000 readers, 30 days", "7am"],
 "008": ["about 220 artillery pieces", "170 mm Koksan, 240 mm rocket launchers", "another 6,000 (conditional)",
         "several weeks", "30-day pause (headline)", "24 killed, 200 buildings (headline)", "2 min read"],
 "009": ["4,700 ... had been killed (the corrected error)", "$20 billion", "1,000 kilometers (headline)",
         "5:05 PM GMT+9", "two days after"],
 "010": ["1,000 deminers and 5,000 military construction workers (planned)", "6,000 (headline, planned)",
         "up to 30,000 additional soldiers (hypothetical)", "second visit in two weeks", "$15.99 a month",
         "Share 218, Comments 9", "10 missiles (headline)", "5,000-ton destroyer (headline)", "40,000 readers"],
 "011": ["35,000 massing near the front (withdrawn report)", "6,000 engineers and builders promised (planned)",
         "rotate about 5,000 more by spring (planned)", "$20bn", "40 percent", "day 1,386 (headline)",
         "3 years, 2 capitals (headline)", "Share 1.9K", "8 mins"],
}
OFF = ["013", "014"]
DUP = {"012": "004"}

goldlib.write(
    "Gold labels for the blind66 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["006-3", "007-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["007-1", "007-2", "nearly 4,000 (Zelensky) against the NIS's about 3,000 restated in the same report"],
            ["008-1", "008-2", "an additional 3,000 or so against about 11,000 sent last year: an additional force"],
            ["011-3", "011-4", "about 2,000 killed (NIS, September) against about 600 (NIS, April): months apart"],
            ["011-1", "011-2", "10,000-12,000 (NIS, November 2024) against about 15,000 (NIS, April 2025): months apart"],
        ],
    },
)
