#!/usr/bin/env python3
"""Write gold.json for the blind148 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "South Korean intelligence",
       "South Korea", "Seoul", "Lee Seong-kweun", "Park Sun-won"]
ZEL = ["Zelensky", "Zelenskyy"]
UKR = ["Ukrain", "SBU", "Security Service", "Kyiv"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Sabrina Singh", "Singh", "U.S.", "US"],
          "North Korea has moved roughly 10,000 soldiers into eastern Russia for training, the Pentagon said on Monday", False),
         ("troops", "north_korea", 3000, None, "at_least", NIS,
          "At least 3,000 North Korean soldiers had already been shipped to Russia, Seoul's National Intelligence Service told lawmakers last week", False)],
 "001": [("troops", "north_korea", 10000, None, "more_than", ["State Department", "Washington", "U.S.", "US"],
          "More than 10,000 North Korean soldiers have moved into Russia's western Kursk region, Washington said Monday", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 soldiers from North Korea in the Kursk region", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "with at least 100 killed and close to 1,000 wounded", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded since they were sent into battle in the Kursk region this month, according to the National Intelligence Service", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Killed and wounded together, the North has lost about 1,100 men, it told the committee", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The NIS believes the North has sent roughly 11,000 troops to Russia since October", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 soldiers of the North Korean contingent have been killed or wounded in Russia's Kursk region, President Volodymyr Zelensky has said", False),
         ("casualties", "north_korea", 20, 99, "vague", ["Defense Intelligence", "Ukrain"],
          "North Korean units in the Kursk region had lost dozens of soldiers over the weekend", True)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "Roughly 300 North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and another 2,700 have been wounded in fighting alongside Russian troops, South Korea's spy agency said Monday", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the National Intelligence Service put the North's combat losses at some 3,000 in less than three months", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + NIS + UKR,
          "his forces had captured two North Korean soldiers in Russia's Kursk region", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers have now been killed or wounded in Russia's Kursk Oblast — that was the figure President Volodymyr Zelensky gave", False),
         ("killed", "north_korea", 17, None, "exact", ["Special Operations Forces", "SSO", "Ukrain"],
          "one of their units had killed 17 North Korean soldiers during a raid", False),
         ("captured", "north_korea", 2, None, "exact", UKR + ZEL,
          "Ukraine is still holding the two North Korean soldiers captured on Jan. 9", False)],
 "006": [("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "Roughly 3,000 additional troops arrived in January and February, South Korea's Joint Chiefs of Staff said", False),
         ("troops", "north_korea", 11000, None, "about", ["Seoul", "South Korea"],
          "the roughly 11,000 soldiers that, by Seoul's estimate, the North moved to Russia last autumn", False),
         ("troops", "north_korea", 2000, 9999, "vague", ["Seoul", "South Korea", "Joint Chiefs of Staff", "JCS"],
          "Seoul says North Korea quietly sent thousands more soldiers to Russia", True)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "general staff"],
          "Ukraine, Gerasimov claimed, had lost more than 76,000 servicemen killed and wounded in the region", False),
         ("troops", "north_korea", 14000, None, "about", ["South Korea", "Seoul", "military"],
          "South Korea's military estimates that some 14,000 North Korean soldiers have been sent to Russia", False),
         ("casualties", "north_korea", 2000, 9999, "vague", ["South Korea", "Seoul", "military"],
          "thousands of whom have been killed or wounded", True)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Some 4,700 of the roughly 15,000 North Korean soldiers sent to Russia have been killed or wounded", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the roughly 15,000 North Korean soldiers sent to Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "with the dead numbering about 600, the National Intelligence Service told lawmakers Wednesday", False)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "According to South Korean intelligence, that force numbered about 15,000", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "roughly 600 of them were killed in the battles to push Ukrainian forces out of Kursk earlier this year", False)],
 "013": [("troops", "north_korea", 10000, None, "about", NIS,
          "Around 10,000 North Korean soldiers remain stationed in Russia's Kursk region", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "About 2,000 North Korean soldiers have been killed since the North first sent units to Russia in October last year, the agency estimated", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "out of the roughly 15,000 combat troops dispatched in total", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea"],
          "The Korean Central News Agency said nine soldiers of the regiment were killed during the mission", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Combat troops sent since October 2024: about 15,000 (South Korea's NIS)", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "Killed in action: about 2,000 (NIS, November 2025)", False),
         ("captured", "north_korea", 2, None, "exact", UKR,
          "Soldiers held as prisoners by Ukraine: 2 (Ukraine's SBU)", False)],
}
NOT = {
 "000": ["about 12,000 in all, in four brigades, by December (planned)", "about 28,500 troops in South Korea (US forces, not a subject)",
         "300 km (190 miles)", "$2.3 billion", "June 2024", "Share 312", "Updated 6 hours ago",
         "Kharkiv, 4 wounded (headline)", "2 more villages (headline)", "Oil jumps 1% (headline)"],
 "001": ["around seven short-range ballistic missiles", "about 400 kilometers", "paras 4-5", "Share 1,204",
         "2.3 pct, 0.4 pct (headlines)", "2 fan events (headline)"],
 "002": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "about 20,000 containers of munitions",
         "August 2023", "two weeks", "Comments (7)", "Share 86", "20-30 tons a day (headline)", "5 days (headline)",
         "1.95%, 15-year low (headline)", "3 stories", "30 days (cookies)"],
 "003": ["Views 9,812", "778,580 including 1,750 over past day (Read also)", "68 times, 3 civilians wounded (Read also)",
         "41K subscribers", "20:20"],
 "004": ["born in 2005 / born in 1999", "240 mm rocket launchers, 170 mm self-propelled guns", "less than three months",
         "$1 for 6 months", "34°", "Obituaries (12)", "Comments (58)", "Lakeview 61, Central Catholic 54", "2.5% property tax",
         "9 cents to $2.89", "6 inches", "$4.2 million"],
 "005": ["about 300 metres", "two tanks and a BMP infantry fighting vehicle", "Jan. 16 / Jan. 9",
         "74 drones, three injured (Read also)", "16th sanctions package, February 24 (Read also)", "Facebook 214 | X 57",
         "48K subscribers", "100 UAH a month"],
 "006": ["13.5 trillion rubles", "about 6.3% of GDP", "4 charts (headline)", "5 years (headline)", "€5 a month", "3 min"],
 "008": ["June 2024", "3-day ceasefire for May 8-10 (headline)", "2 dead in Kharkiv (headline)", "250,000 (headline)",
         "843 partners", "Share 1.1K", "3 min"],
 "009": ["about 200 long-range artillery pieces", "additional forces (planned, no number)", "around 12 (age)", "paras 5-7",
         "Share 2,033", "2,556.61, 0.3 pct (headline)", "6.7 tln won, 1.5 pct (headline)", "3 party chiefs (headline)"],
 "011": ["1,000 deminers and 5,000 military construction workers (planned)", "6K builders, deminers (headline, planned)",
         "about two weeks", "¥3 trillion, about $20 billion, roughly 80%", "¥8.7 trillion (headline)",
         "10 rockets (headline)", "3 months (headline)", "¥1,950 a month", "Share/Save 128", "5 stories"],
 "013": ["about 5,000 military construction troops (planned, in stages)", "$350 billion", "9th Congress (headline)",
         "1.2% (headline)", "KOSPI 4,000 (headline)"],
 "014": ["Deminers pledged: 1,000 (planned)", "Military builders pledged: 5,000 (planned)", "about four months",
         "50 apartments", "9th Congress", "-2.3% (headline)", "$700B (headline)", "450 trillion won (headline)",
         "$0.99", "Share 472", "second winter"],
}
OFF = ["007", "012"]
DUP = {"010": "009"}

goldlib.write(
    "Gold labels for the blind148 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-3", "005-1", "some 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["000-1", "001-2", "about 10,000 sent to Russia (Pentagon) against 11,000 in Kursk (Zelensky) six days later: the bands barely touch, and Kursk is part of Russia"],
            ["006-1", "006-2", "roughly 3,000 additional troops against the roughly 11,000 sent last autumn: an additional force"],
            ["006-3", "006-2", "thousands more (headline, vague) against roughly 11,000: an additional force, a vague figure"],
            ["003-2", "002-3", "dozens lost over one weekend (vague, a part) against about 1,100 in total"],
            ["003-2", "003-1", "dozens lost over one weekend (vague, a part) against more than 3,000 in total"],
            ["013-1", "013-3", "about 10,000 still stationed in Kursk against about 15,000 dispatched in total: what remains against the whole"],
        ],
    },
)
