#!/usr/bin/env python3
"""Write gold.json for the blind131 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 8000, None, "about", ["Blinken", "State Department", "Secretary of State"],
          "About 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
         ("troops", "north_korea", 10000, None, "about", ["Singh", "Pentagon", "Defense Department"],
          "the Defense Department now counts roughly 10,000 North Korean troops sent to eastern Russia for training", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL + ["Ukrainian intelligence"],
          "there are already 11 thousand North Korean soldiers in the Kursk region", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "have suffered at least 100 deaths in combat against Ukrainian forces", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "with close to 1,000 more injured", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "between 10,000 and 12,000 North Korean troops are in Russia", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US military official", "US official"],
          "several hundred North Korean soldiers had been killed or wounded", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than 3,000 North Korean soldiers have been killed or wounded", False),
         ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "it believed North Korea's casualties to be around 1,100", False)],
 "004": [("casualties", "north_korea", 3000, None, "about", NIS,
          "have suffered about 3,000 casualties", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers were captured by Ukrainian forces", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have climbed to nearly 4,000 killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "The two North Korean soldiers captured in Kursk last week", False),
         ("killed", "ukraine", 2, None, "exact", ["governor", "regional"],
          "Two people were killed when a drone struck an apartment building in Kryvyi Rih", True)],
 "006": [("troops", "north_korea", 3000, None, "about", NIS,
          "roughly 3,000 additional soldiers were sent in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Troops sent in the first wave (autumn 2024) | about 11,000 | NIS, November 2024", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Killed | about 300 | NIS, January 2025", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "Wounded | about 2,700 | NIS, January 2025", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "Killed and wounded | nearly 4,000 | Volodymyr Zelenskyy, January 2025", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Taken prisoner by Ukraine | 2 | Ukrainian government, January 2025", False)],
 "007": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the enemy lost more than 76,000 servicemen killed and wounded", False)],
 "008": [("troops", "north_korea", 15000, None, "about", NIS + ["Park Sun-won"],
          "North Korea has sent around 15,000 soldiers to Russia since last fall", False),
         ("casualties", "north_korea", 4700, None, "about", NIS + ["Park Sun-won"],
          "of whom some 4,700 have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS + ["Park Sun-won"],
          "including approximately 600 deaths", False),
         ("troops", "north_korea", 11000, None, "about", NIS + ["Park Sun-won"],
          "the North sent around 11,000 troops in the first wave last autumn", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", ["Yusov", "HUR", "military intelligence"],
          "North Korea has lost over 4 thousand troops killed and wounded in Russia's Kursk Oblast", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korean casualties stood at around 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 dead", False)],
 "011": [("killed", "north_korea", 2000, None, "about", NIS + ["lawmakers"],
          "About 2,000 North Korean soldiers are estimated to have died fighting for Russia against Ukraine", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "it put North Korean casualties at around 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 killed", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media"],
          "Nine of them were killed during the mission", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "roughly 1,000 North Korean engineers had already been dispatched to Kursk for demining", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "some 15,000 North Korean soldiers have been sent to fight for Russia since October 2024", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 of them have been killed", False)],
}
NOT = {
 "000": ["about 28,500 U.S. troops stationed in South Korea (not a subject)", "56th round", "some 500 square miles",
         "about 6 miles from the border", "Aug. 6", "1,200 more soldiers to Poland (headline)",
         "below 200,000 claims (headline)", "19th Virginia-class submarine (headline)", "Share 214",
         "Comments (87)", "$3.99 a month", "2019, six years (bio)"],
 "001": ["24 of 30 Shahed drones (headline)", "1,350 soldiers in past day (headline)",
         "personnel about 703,270 (+1,350), tanks 9,163 (+9), artillery systems 20,141 (+21) (losses widget)",
         "05.11.2024 12:25", "Share: 96"],
 "002": ["240-millimeter rocket launchers, 170-millimeter guns", "voted 204-85", "Dec. 3", "about two hours",
         "1,450 per dollar (headline)", "Dec. 27 (headline)", "7 things (headline)", "17:40"],
 "003": ["240-mm rocket launchers, 170-mm howitzers", "February 2022", "tens of thousands of people on both sides (no side)",
         "500,000 without heating (headline)", "15th sanctions package (headline)", "Share 1.1K", "Comments 46",
         "23/12/2024 - 16:20"],
 "004": ["one soldier tried to detonate a grenade", "8.7 trillion yen (headline)", "Magnitude 6.6 (headline)",
         "9°C", "18:05 JST"],
 "005": ["100-year partnership", "£3bn a year", "30 of more than 40 missiles", "day 1,058",
         "death toll rises to 25 (headline)", "15 months (headline)", "200 years", "£1", "Comments (312)", "20 January"],
 "006": ["about 6,500 km", "about 1,300 sq km", "170-millimeter guns, 240-millimeter rocket launchers", "June 2024",
         "3 years in 5 charts (headline)", "€500 billion (headline)", "05.03.2025"],
 "007": ["more than 7,700 pieces of weaponry, over 400 tanks, more than 300 infantry fighting vehicles",
         "August 6, 2024", "April 26", "72-hour ceasefire from May 8 to May 10 (headline)",
         "Kursk NPP-2 unit 1 at 100% (headline)"],
 "008": ["KOSPI 2,556.61 ▲8.42 (0.33%), KOSDAQ 715.21, USD/KRW 1,426.30 (ticker)", "1.2 trillion won by 2027 (headline)",
         "6.7 trillion won (headline)", "2 concerts (headline)", "two days after", "15:30, 17:02"],
 "009": ["959,310 troops since Feb. 24, 2022 (widget headline)", "47 injured in Kharkiv (headline)",
         "over 20,000 members", "$5 a month", "Share 2.3K", "57 comments", "May 2", "since 2022"],
 "011": ["about 6,000 more personnel: around 1,000 deminers and 5,000 military construction workers (planned)",
         "five-year plan", "more than six months"],
 "014": ["1,000 deminers and 5,000 military builders (planned, the June deal)", "528th Engineer Regiment",
         "about 120 days", "See all 6 photos", "3 days a week", "80th anniversary (headline)", "October 2024"],
}
OFF = ["010", "013"]
DUP = {"012": "011"}

goldlib.write(
    "Gold labels for the blind131 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-1", "001-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), five days apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), the same day"],
            ["004-1", "005-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelenskyy), three days apart"],
        ],
        "may": [
            ["002-4", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-4", "003-2", "several hundred casualties (US official) against about 1,100 (JCS): a vague figure"],
            ["006-1", "006-2", "about 3,000 reinforcements against about 11,000 in the first wave: an additional force"],
            ["011-1", "011-3", "about 2,000 killed (NIS, September) against its own April figure of some 600, restated"],
        ],
    },
)
