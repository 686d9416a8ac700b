#!/usr/bin/env python3
"""Write gold.json for the blind174 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul", "lawmakers"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
HUR = ["Budanov", "HUR", "Defence Intelligence", "Defense Intelligence", "military intelligence"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "shipping some 1,500 special operations soldiers to the Russian Far East over the past week", False)],
 "001": [("troops", "north_korea", 8000, None, "up_to", ["Blinken", "Secretary of State", "U.S.", "United States", "State Department"],
          "As many as 8,000 North Korean soldiers have made their way to Russia's Kursk border region", False),
         ("troops", "north_korea", 10000, None, "about", ["Austin", "Pentagon", "Defense Secretary", "U.S.", "United States"],
          "roughly 10,000 North Korean troops in total had been sent to eastern Russia for training", False),
         ("troops", "north_korea", 1500, None, "exact", NIS,
          "South Korea's spy agency had spoken of 1,500 special forces earlier in October", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 soldiers from North Korea in the Kursk region", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed in combat against Ukrainian forces", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Nearly 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That brings the North's losses to around 1,100, Lee said", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "out of the roughly 11,000 troops the agency believes Pyongyang has sent to Russia", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "has now lost more than 3,000 men killed and wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "South Korea's National Intelligence Service put North Korean losses at about 1,100", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "including at least 100 dead", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the agency now puts the North's losses at roughly 3,000 in total", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers were captured by Ukrainian forces on Saturday", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have lost nearly 4,000 men killed and wounded, according to Volodymyr Zelenskyy", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the North had suffered about 3,000 casualties", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "among them roughly 300 dead", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "the two North Korean prisoners taken last week", False),
         ("casualties", "russia", 38000, None, "more_than", ["Syrskyi", "commander-in-chief", "Ukrain"],
          "Russian forces there had lost more than 38,000 soldiers killed and wounded", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea has dispatched an estimated 3,000 additional troops to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "adding to the roughly 11,000 it sent last year", False),
         ("casualties", "north_korea", 4700, None, "about", JCS,
          "The North Korean soldiers have suffered about 4,700 casualties so far", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "Ukraine's losses during the operation exceeded 76,000 servicemen killed and wounded", False)],
 "009": [("killed", "north_korea", 600, None, "about", NIS,
          "About 600 of the North Korean soldiers sent to fight for Russia have died", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "the North has taken around 4,700 casualties", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Around 15,000 North Korean troops have been sent to Russia in all", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "Of which second wave, January-February 2025 | about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Prisoners held by Ukraine | 2", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "had lost more than 4,000 men killed and wounded in Russia's Kursk Oblast", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "of about 15,000 North Korean troops sent to Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 had been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "some 600 of them fatally", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Ukrainska Pravda", "Budanov", "HUR"],
          "Ukraine holds two North Korean prisoners of war captured in January", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["Kim Jong Un", "Kim", "KCNA", "Korean Central News Agency", "state media"],
          "said nine of its soldiers had died on the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed since the deployment began", False)],
}
NOT = {
 "000": ["about 12,000 once the remaining units follow (planned)", "four brigades, 11th Army Corps",
         "Oct. 8 and 13, 4 rounds over six days", "24 years", "more than 13,000 containers of munitions",
         "100 warning shots (headline)", "12,000-strong deployment (headline)", "2,593.82 (KOSPI)",
         "3 dead, 24 hurt (headline)", "Share 2.4K"],
 "001": ["some 28,500 U.S. troops in South Korea (not a subject)", "56th Security Consultative Meeting",
         "86 minutes", "5 days to go (headline)", "6.08%", "Share 312, 14 comments", "since 2017"],
 "002": ["1,380 troops over past day, total at 699,870 (Read also headline)", "48 Shaheds, 31 shot down (headline)",
         "more than 900 guided aerial bombs", "October 23", "Views 4,873", "Telegram 67K"],
 "003": ["170 mm self-propelled guns, 240 mm multiple rocket launchers", "Dec. 3 martial law", "two-week pause",
         "6 bills (headline)", "1,451 against dollar, March 2009", "10,000? 12,000? (graphic headline)",
         "3 times a week", "Share 58"],
 "004": ["about 1,300 square kilometres", "6 August", "27 member states, 15th package",
         "4 hours, 30 minutes and 2.2 million questions (headline)", "812 partners", "5 stories", "Comments 54"],
 "005": ["Listen (1:48)", "16:30 JST", "8.7 trillion yen (headline)", "magnitude 6.6 (headline)"],
 "006": ["39 Shahed-type drones and two ballistic missiles", "24 shot down, 15 lost", "about 2,000 homes",
         "1,058th day", "€3bn aid package", "Comments (1,208)", "3 days to go, 50 best TV shows (headlines)",
         "sixth month"],
 "007": ["around 220 pieces of artillery", "170 mm, 240 mm", "30-day energy pause (headline)",
         "dies at 63 (headline)", "$3,057 an ounce (headline)", "3 minute read"],
 "008": ["412 tanks, 360 infantry fighting vehicles, 280 armored personnel carriers, 1,700 armored combat vehicles",
         "1,100 pieces of artillery and multiple rocket launchers", "Article 4", "August 2024",
         "115 drones over 6 regions (headline)", "1.2M subscribers"],
 "009": ["6 months (headline)", "6.7 trillion won (headline)", "20 points, June 3 (headline)", "7 a.m.",
         "Share 46, Comments 7"],
 "010": ["about half of the shells", "in 2024", "injures 9 people, including 2 children (headline)",
         "50% off, 10 May", "14 comments"],
 "011": ["1,000 deminers and 5,000 military builders (planned)", "120 days", "two short-range ballistic missiles",
         "about 700 kilometers", "¥1,650 a month", "908,574 (headline)", "50,000 (headline)", "3 tips"],
}
OFF = ["012", "013"]
DUP = {"014": "003"}

goldlib.write(
    "Gold labels for the blind174 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-1", "002-1", "as many as 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), five days apart"],
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["001-2", "002-1", "about 10,000 sent to Russia (Austin) against 11,000 in Kursk alone (Zelensky): the bands touch, and Kursk is a part of Russia"],
            ["001-3", "002-1", "1,500 special forces restated as October's first group against 11,000 in Kursk"],
            ["001-2", "001-3", "about 10,000 (Austin) against the 1,500 first group the same article recalls from earlier in October"],
            ["004-1", "004-2", "more than 3,000 (Zelensky) against the NIS 1,100 restated from last week: the same disagreement as 003-3~004-1"],
            ["006-1", "006-2", "nearly 4,000 (Zelensky) against the NIS 3,000 restated from Monday: the same disagreement as 005-3~006-1"],
            ["007-1", "007-2", "an additional 3,000 against the 11,000 sent last year"],
        ],
    },
)
