#!/usr/bin/env python3
"""Write gold.json for the blind112 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, its tests, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensk", "Ukrainian President"]
US = ["Blinken", "Secretary of State", "U.S.", "United States", "Washington", "State Department"]
HUR = ["Budanov", "HUR", "Defence Intelligence", "military intelligence"]
GER = ["Gerasimov", "General Staff", "Russia", "Moscow"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
          "North Korea has shipped roughly 3,000 soldiers to Russia so far", False),
         ("troops", "north_korea", 1500, None, "exact", NIS,
          "twice the 1,500 special forces personnel the spy agency said last week had been carried to Vladivostok", False)],
 "001": [("troops", "north_korea", 8000, None, "about", US,
          "About 8,000 of the roughly 10,000 North Korean soldiers sent to Russia have moved to the Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", US,
          "the roughly 10,000 North Korean soldiers sent to Russia", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "there are already 11,000 North Korean soldiers in Russia's Kursk region", False),
         ("troops", "north_korea", 12000, None, "about", HUR,
          "about 12,000 North Korean military personnel, among them 500 officers, had been sent to Russia", False),
         ("troops", "north_korea", 500, None, "exact", HUR,
          "among them 500 officers", False)],
 "003": [("casualties", "north_korea", 1100, None, "about", NIS,
          "North Korean soldiers fighting for Russia have sustained about 1,100 casualties", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the some 11,000 troops it has deployed to the Kursk border region", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region, according to Ukrainian President Volodymyr Zelenskyy", False),
         ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "South Korea's Joint Chiefs of Staff put the North's casualties at about 1,100 on Monday", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "The National Intelligence Service put the North's total casualties at about 3,000", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "some 11,000 North Korean troops were sent to Russia late last year", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "NIS"],
          "his forces had captured two North Korean soldiers in Kursk region", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Pyongyang's units in Russia's Kursk Oblast have lost almost 4,000 men killed and wounded, he said", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "the two North Korean soldiers taken prisoner in Kursk Oblast on 9 and 11 January", False),
         ("killed", "north_korea", 17, None, "exact", ["95th", "Air Assault", "paratroopers"],
          "they had killed 17 North Korean soldiers", False),
         ("wounded", "north_korea", 31, None, "exact", ["95th", "Air Assault", "paratroopers"],
          "and wounded 31 more", False)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has suffered around 4,700 casualties fighting for Russia against Ukraine", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "roughly 600 of them deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North had sent about 15,000 soldiers to Russia in total", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "including some 3,000 reinforcements who arrived in January and February", False),
         ("casualties", "ukraine", 76000, None, "more_than", GER,
          "Ukraine had lost more than 76,000 troops killed and wounded in the region", False)],
 "008": [("troops", "north_korea", 10000, None, "about", ["U.S. officials", "U.S.", "United States"],
          "U.S. officials first said about 10,000 North Koreans had arrived in eastern Russia last fall", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "South Korea's intelligence service now counts about 15,000 once reinforcements are included", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["Syrskyi", "Syrsky", "commander", "Ukrain"],
          "the North Koreans had lost more than 4,000 men killed and wounded in Kursk alone", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "11,000-12,000 North Korean troops in Russia", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "~300 killed, ~2,700 wounded", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "~300 killed, ~2,700 wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "~4,700 killed or wounded, ~600 of them dead", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "~4,700 killed or wounded, ~600 of them dead", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", GER,
          "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded", False)],
 "010": [("killed", "north_korea", 2000, None, "about", NIS,
          "Roughly 2,000 North Korean soldiers have died fighting for Russia", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "the North had also moved about 1,000 military engineers into Russia's Kursk region", False),
         ("casualties", "russia", 1000000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "British"],
          "Russia has suffered more than 1m casualties, killed and wounded", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korea", "Kim", "state news"],
          "KCNA reported that nine servicemen of the regiment died during the 120-day deployment", False),
         ("troops", "north_korea", 10000, None, "about", NIS,
          "about 10,000 North Korean soldiers remain deployed in Russia's border regions", False)],
}
NOT = {
 "000": ["around 10,000 troops by December (planned)", "an interpreter to every 100 or so men", "five or more bases",
         "170 mm guns, 240 mm rocket launchers", "13,000 containers", "Facebook 214, X 1.1K", "60-meter (headline)",
         "2,599.62 (headline)", "7 N. Koreans defect (headline)", "1,000-fold, 1,382 per dollar, 10 percent (most viewed)"],
 "001": ["about 300 km (ATACMS)", "11 Russian and North Korean entities", "¥153, ¥8.5 trillion (headlines)",
         "86 minutes (headline)", "¥1,650 a month, 30 days", "Comments (37)"],
 "002": ["👁 2841", "1,480 invaders (headline)", "23 October", "7.62 mm rifles, 60 mm mortars",
         "412 times, 2 killed (headline)"],
 "003": ["about 1,000 square kilometers", "Dec. 3, Dec. 14, Dec. 27", "240-mm rocket launchers (headline)",
         "1,450 per dollar (headline)", "6 a.m."],
 "004": ["78 missiles and 106 drones, 59 downed", "€4.2 billion, €18.1 billion", "five-year transit deal",
         "almost three times higher", "1,000 days (headline)", "3 million on blackouts (headline)", "Share 362"],
 "005": ["born in 2005 / 1999, sniper since 2016", "one soldier tried to detonate a grenade", "85 drones (headline)",
         "2% (headline)", "0.8%, 1,470 (headline)"],
 "006": ["6 August 2024", "three days of fighting", "KN-23, 170 mm Koksan", "39 drones, 23 downed (headline)",
         "1,820 soldiers over past 24 hours (headline)", "US$5 a month"],
 "007": ["article 4", "2 min", "three-day ceasefire (headline)", "3% (headline)", "two days after"],
 "008": ["12K (headline; the body gives 11,000-12,000)", "more than a third (headline)", "$2,000 a month",
         "about 1,300 square kilometers", "486 comments", "2019, 12 years (bio)", "900 in 29 states (most read)",
         "$1 trillion (most read)", "$4 every 4 weeks", "ninth day"],
 "009": ["1,000 sappers and 5,000 military builders (planned)", "over 400 tanks and 2,700 pieces of equipment",
         "second visit in two weeks, third since March", "more than 20 districts", "52 UAVs (headline)",
         "100% capacity (headline)", "end-2026 (headline)", "1.2 million subscribers", "April 26", "June 2024"],
 "010": ["another 5,000 military construction workers due to follow (planned)", "more than three times",
         "66 years", "£300m", "19th package", "34C, Arsenal 3-1 (most viewed)", "£2 a month", "💬 214", "February 2022"],
 "011": ["120-day deployment", "about 700 kilometers", "2.4 kilometers", "48 assaults", "$50", "December 11 and 12"],
}
OFF = ["012", "013"]
DUP = {"014": "007"}

goldlib.write(
    "Gold labels for the blind112 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-1", "002-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), five days apart"],
            ["003-1", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), five days apart"],
            ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), the same day"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against almost 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["000-1", "000-2", "3,000 now against 1,500 a week earlier, same agency: an update of a growing deployment"],
            ["001-2", "002-1", "about 10,000 in Russia against 11,000 in Kursk alone: the bands touch, and Kursk is a part of Russia"],
            ["001-2", "002-2", "about 10,000 (US) against about 12,000 (Budanov): the ±10% bands overlap only between 10,800 and 11,000"],
            ["007-2", "008-5", "about 600 killed (NIS, April) against about 300 killed (NIS, January, restated in a fact box)"],
            ["008-5", "008-8", "two rows of the same fact box: 300 killed in January against 600 killed in April"],
            ["007-3", "008-4", "about 15,000 with reinforcements against 11,000-12,000 in November 2024 (restated)"],
            ["008-2", "008-4", "about 15,000 with reinforcements against 11,000-12,000 in November 2024, same article"],
            ["007-3", "008-1", "about 15,000 now against about 10,000 last fall (restated)"],
            ["008-1", "008-2", "about 10,000 last fall against about 15,000 now, same article"],
            ["008-1", "008-4", "about 10,000 against 11,000-12,000: the bands touch at 11,000"],
        ],
    },
)
