#!/usr/bin/env python3
"""Write gold.json for the blind165 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, earlier sets' articles or any crosscheck
output on this set). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "Park Sun-won", "South Korea", "Seoul", "lawmakers"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Singh", "Defense Department", "U.S.", "United States", "Washington"]
GUR = ["Budanov", "GUR", "Main Military Intelligence Directorate", "military intelligence", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has sent roughly 10,000 soldiers to train in eastern Russia", False),
         ("troops", "north_korea", 3000, None, "at_least", ["Kirby", "White House"],
          "at least 3,000 North Korean troops had arrived in Russia between early and mid-October", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "North Korea is believed to have dispatched somewhere between 10,000 and 12,000 soldiers to Russia", False),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "broadly in line with the figure of about 10,000 the Pentagon released last week", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "The first group, about 1,500 special operations troops, was ferried from Chongjin", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "Roughly 100 North Korean soldiers have been killed since the troops began fighting", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 others have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That would put the North's losses at around 1,100 in less than three weeks of combat", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "The Pentagon has put the total number of North Korean soldiers in Russia at 11,000 to 12,000", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "US military official", "U.S.", "US official"],
          "several hundred North Korean troops had been killed or wounded", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["President of Ukraine", "Syrskyi"],
          "have already lost over 3 thousand men killed and wounded, President of Ukraine Volodymyr Zelensky has said", False),
         ("casualties", "north_korea", 50, None, "about", ["Special Operations Forces", "SSO", "Ukrain"],
          "its operators had killed or wounded nearly 50 North Korean soldiers during a three-day operation", False)],
 "004": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korean troops sent to help Russia have suffered about 3,000 casualties in the Kursk region, South Korea's spy agency said Monday", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded, Rep. Lee Seong-kweun of the People Power Party told reporters", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the roughly 11,000 soldiers the agency believes the North has deployed to Russia since October", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Ukrainian forces captured two North Korean soldiers on Saturday", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "close to 4,000 North Korean soldiers had now been killed or wounded fighting for Russia in the Kursk region", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Seoul's National Intelligence Service on Monday put the North Korean toll at around 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "including some 300 dead", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "Ukraine is holding two North Korean soldiers captured in Kursk on January 11", False)],
 "008": [("troops", "north_korea", 3000, None, "about", GUR,
          "North Korea sent roughly 3,000 additional personnel to Kursk Oblast in January and February to replace losses", False),
         ("troops", "north_korea", 11000, None, "about", GUR,
          "the initial contingent of about 11,000 troops suffered heavy losses", False),
         ("casualties", "north_korea", 4000, None, "more_than", GUR,
          "North Korean forces have lost more than 4,000 killed and wounded since entering combat", False)],
 "009": [("killed", "north_korea", 600, None, "about", NIS,
          "Roughly 600 North Korean soldiers have died fighting for Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "the overall number killed or wounded has climbed to about 4,700, according to South Korea's National Intelligence Service", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "In total, some 15,000 soldiers were dispatched, the NIS told the parliamentary intelligence committee", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "General Staff"],
          "Ukraine had lost more than 76,000 troops killed and wounded in the region", False)],
 "011": [("troops", "north_korea", 15000, None, "up_to", NIS,
          "Up to 15,000 North Korean soldiers were sent to Russia, South Korean intelligence has estimated", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "and about 4,700 of them were killed or wounded", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Pyongyang", "Kim"],
          "revealing that nine of its members had died during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in Russia", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "About 11,000 — troops in the first deployment, autumn 2024 (NIS)", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "About 3,000 — reinforcements sent in January–February 2025 (NIS)", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 — killed and wounded as of April 2025 (NIS)", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "About 600 — of those, killed (NIS, April 2025)", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "2 — soldiers captured by Ukraine, January 2025 (Ukraine)", False)],
}
NOT = {
 "000": ["about 10,000 troops in Russia by December (NIS expectation, planned)", "more than three times",
         "about 28,500 troops in South Korea (not a subject)", "1950-53", "152mm rounds", "$1 for 3 months", "61°",
         "Share 212", "Comments 47", "3 hurt (headline)", "28-14", "$2.4 million", "9 cents, $3.07",
         "86-year-old", "1,200 visitors"],
 "001": ["170mm self-propelled guns", "240mm multiple rocket launchers", "US$2,000 per soldier per month",
         "seventh nuclear test", "paras 6-8", "19 pct", "4.6 pct", "7 short-range missiles (headline)",
         "Up to 12K N. Korean troops (other story's headline)", "Nov. 15", "10 tln won"],
 "002": ["at least one of the dead held a senior rank", "86 minutes", "more than 7,000 kilometers (altitude)",
         "240-millimeter systems", "12°C", "Nikkei 225 38,813.58", "1.0%", "Share/Save 34", "¥115.5 trillion",
         "7 short-range ballistic missiles (headline)", "3 dead, 12,000 homes (headline)", "157 to the dollar",
         "3rd time", "5 things", "6 days a week"],
 "003": ["1,340 soldiers, 10 tanks and 31 artillery systems (widget headline)", "15 more air defense systems (headline)",
         "70 missiles and over 100 drones (headline)", "2 more (headline)", "$486 billion", "Views 2 430",
         "August 6", "2015-2024"],
 "004": ["more than a quarter", "one soldier (grenade)", "240-millimeter rocket launchers", "about 15 kilometers",
         "1,100 km (headline)", "7 days (headline)", "KOSPI 2,489.56, 1.04%", "Share 61", "Comments (0)", "100 Seosomun-ro"],
 "005": ["January 11", "about 1,300 square kilometres", "more than half", "33 hostages (headline)", "5.4% of GDP",
         "2,000 police deployed (headline)", "01:45", "3 min"],
 "008": ["38K-028 highway", "3.5 kilometers", "810th Naval Infantry Brigade", "11th Airborne (VDV) Brigade",
         "groups of five to 10 soldiers", "up to 1.5 kilometers", "Key Takeaways 1-5", "footnotes [1]-[8]",
         "12:45pm ET", "501(c)(3)"],
 "009": ["a monument (planned, no number)", "€1.5bn", "72% of Germans", "250,000 mourners (headline)",
         "55 million people (headline)", "915 partners", "GMT+2"],
 "011": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 sappers and builders (headline, planned)",
         "second in two weeks, third since March", "1.4% in Q1", "key rate to 20%, nearly 3 years",
         "200 flights (headline)", "$2"],
 "014": ["1,000 deminers / 5,000 builders (planned, pledged in June)", "120 days, around four months",
         "nine coffins / two thousand (analyst's rhetoric)", "$39 a month", "$1.2 billion (headline)",
         "4 munitions factories in 2 days (headline)", "1,000 Russian tourists (headline)", "40,000 readers",
         "Share 27", "Comments 9"],
}
OFF = ["007", "010", "012", "013"]
DUP = {"006": "004"}

goldlib.write(
    "Gold labels for the blind165 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-1", "005-1", "about 3,000 casualties (NIS) against close to 4,000 (Zelensky), four days apart"],
            ["005-1", "005-2", "close to 4,000 (Zelensky) against around 3,000 (NIS) in the same report, which contrasts them"],
        ],
        "may": [
            ["002-5", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-3", "002-5", "about 1,100 (NIS) against several hundred (US official, earlier in the week): a vague figure"],
            ["008-1", "008-2", "about 3,000 additional against an initial 11,000: an additional force"],
            ["014-3", "014-4", "about 11,000 first deployment against about 3,000 reinforcements: an additional force"],
            ["014-2", "014-6", "about 2,000 killed (NIS, September) against about 600 (NIS, April), restated as a timeline in one fact box"],
        ],
    },
)
