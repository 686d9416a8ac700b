#!/usr/bin/env python3
"""Write gold.json for the blind268 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
PENTAGON = ["Pentagon", "Singh", "Department of Defense", "U.S.", "US"]
HUR = ["Budanov", "Defence Intelligence", "Defense Intelligence", "military intelligence",
       "Main Intelligence Directorate", "HUR", "GUR", "Ukrain"]
RUMOD = ["Defense Ministry", "Defence Ministry", "ministry", "Russia", "MoD"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships carried about 1,500 North Korean special forces", False),
         ("troops", "north_korea", 400, 500, "range", NIS + ["satellite"],
          "groups of 400 to 500 people gathering at training grounds in Ussuriysk and Khabarovsk", True)],
 "001": [("troops", "north_korea", 8000, None, "about", PENTAGON,
          "Roughly 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "They are part of the approximately 10,000 troops Pyongyang has sent to Russia", False),
         ("troops", "north_korea", 12000, None, "about", HUR,
          "nearly 12,000 North Korean troops, including some 500 officers and three generals, had arrived in Russia", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "including some 500 officers", True),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "and three generals", True)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
          "At least 100 of the North's soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
          "and close to 1,000 have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS + ["Lee Seong-kweun"],
          "That puts the North's total losses in Kursk at roughly 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The NIS estimates that around 11,000 North Korean troops are in Russia", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than 3,000 North Korean soldiers have been killed or wounded in the Kursk region", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "bringing Pyongyang's overall losses to about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers had been captured alive by Ukrainian forces", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have lost close to 4,000 soldiers killed or wounded, according to Ukrainian President Volodymyr Zelenskyy", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "The NIS put the North's losses at around 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "including about 300 dead", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "SBU"],
          "Ukraine was holding two North Korean prisoners of war", False)],
 "007": [("troops", "north_korea", 1000, 3000, "range", JCS,
          "North Korea appears to have sent between 1,000 and 3,000 additional troops to Russia since January", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "the roughly 11,000 soldiers Pyongyang dispatched last autumn", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "North Korean casualties, which the JCS now estimates at about 4,000 in total", False),
         ("troops", "north_korea", 2000, 9999, "vague", ["Ukrain"],
          "Thousands of North Korean troops are now back in combat", True),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "Kyiv"],
          "exchange two captured North Korean soldiers", False)],
 "008": [("casualties", "ukraine", 67000, None, "more_than", RUMOD,
          "the Ukrainian armed forces have lost more than 67,000 servicemen killed and wounded in the Kursk direction", False),
         ("casualties", "ukraine", 310, None, "up_to", RUMOD,
          "Ukrainian losses in the area amounted to up to 310 servicemen", False)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 troops to Russia in total", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "some 4,700 of them have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Roughly 600 are dead, it said", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "November 2024 | Pentagon | about 10,000 North Korean soldiers in Russia", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "December 2024 | Volodymyr Zelensky | more than 3,000 killed and wounded", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korea's losses in Russia's Kursk Oblast have passed 4,000 killed and wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 of the North Korean soldiers had been killed", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
          "some 2,000 North Korean soldiers have died in the war between Russia and Ukraine", False),
         ("troops", "north_korea", 11000, None, "about", NIS + ["Park Sun-won"],
          "the agency now counts about 11,000 North Korean troops stationed in the Kursk region", False),
         ("troops", "north_korea", 1000, None, "about", NIS + ["Park Sun-won"],
          "Included in that number are roughly 1,000 deminers who arrived over the summer", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "Kim Jong Un"],
          "saying nine of its soldiers had been killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed since Pyongyang entered the war", False)],
}
NOT = {
 "000": ["a total of 12,000 troops organised in four brigades (decided/planned)", "1.2 million men under arms (the whole army, not deployed)",
         "first time in 34 years", "Oct. 8 and 13", "11th Corps", "10 warning shots (headline)", "7.5 pct (headline)",
         "60 km border zone (headline)", "1,370 per dollar", "2,593.91", "Share 2.1K", "Comments 96"],
 "001": ["about 190 miles (300 kilometers)", "$425 million", "155 mm artillery rounds", "about 28,500 U.S. troops in South Korea",
         "1950-53", "7 battleground states (headline)", "16 electoral votes (headline)", "82 million voted early (headline)",
         "Comments (312)"],
 "002": ["Dec. 3 martial law", "11th Army Corps", "170 mm guns", "240 mm multiple rocket launchers", "4.8 percent",
         "Dec. 27 (headline)", "1,450 per dollar (headline)", "2 dead, 5 injured in Incheon (headline)", "60-year-old (headline)",
         "3 stories every morning"],
 "003": ["several hundred square kilometres", "August 6, 2024", "8 kilometres deep", "1 killed, 13 injured (headline)",
         "UAH 1.2 billion (headline)", "62% (headline)", "December 25"],
 "005": ["8.5 trillion yen", "fiscal 2025", "more than 30 ballistic missiles", "more than 7,000 kilometers",
         "2 plus 2 (headline)", "1,100 km (headline)", "60 years (headline)", "Share 187"],
 "006": ["100-year partnership", "June 2024", "€3 billion (headline)", "40 missiles, 70 drones (headline)",
         "day 1,058 (headline)", "412 comments"],
 "007": ["170-mm self-propelled guns", "25 basis points, 2.75% (headline)", "3% (headline)", "$21 billion (headline)"],
 "008": ["more than 100 settlements", "1,100 square kilometers", "400 tanks, 330 infantry fighting vehicles, 2,500 pieces of armor",
         "six armored vehicles and two artillery guns", "2,000 residents housed in Kursk (civilians)", "15 million rubles",
         "June 19, 2024", "Views: 3,211"],
 "009": ["about 20 Russian air-defence systems", "since 1953", "145%, 8% (headline)", "300 civilians still missing (headline)",
         "June 3, 5 questions (headline)", "14 cookie partners", "4 min", "1 other tab",
         "April 2025 table row repeats 009-1..3"],
 "010": ["up to half of the artillery shells", "RUSSIAN LOSSES widget: personnel ~ 955,260 (+1,330), tanks 10,762, artillery 26,790, drones 35,540",
         "2 killed, 8 injured (headline)", "30-day ceasefire (headline)", "€1 billion (headline)", "Comments: 57"],
 "012": ["around 5,000 military construction workers (planned)", "1,000 sappers and 5,000 builders (Shoigu's June announcement, planned)",
         "up to 20 trillion won", "more than 3 percent", "100 days, 56% (headline)", "3 Korean workers, 300 more held (headline)",
         "30th straight week (headline)", "Share: 312"],
 "014": ["120 days", "1,000 deminers (June announcement, planned)", "12 million shells", "since 2023",
         "4-hour outage (headline)", "16 months (headline)", "$4,300 (headline)", "Share: 96"],
}
OFF = ["011", "013"]
DUP = {"004": "003"}

goldlib.write(
    "Gold labels for the blind268 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against close to 4,000 (Zelenskyy), four days apart"],
            ["006-1", "006-2", "close to 4,000 (Zelenskyy) against the NIS's around 3,000, set side by side in one report"],
        ],
        "may": [
            ["007-1", "007-2", "1,000-3,000 additional troops against the roughly 11,000 of the first contingent: an additional force"],
            ["007-2", "007-4", "about 11,000 against 'thousands back in combat': a vague figure and a part"],
            ["009-1", "009-4", "about 15,000 sent in total (NIS, April 2025) against the Pentagon's November 2024 10,000 in the timeline table: months apart"],
        ],
    },
)
