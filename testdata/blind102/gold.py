#!/usr/bin/env python3
"""Write gold.json for the blind102 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "Park Sun-won", "lawmaker", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "Yu Yong-weon", "South Korea", "Seoul"]
PENT = ["Pentagon", "Ryder", "Department of Defense", "U.S.", "Washington"]
GUR = ["GUR", "military intelligence", "Defence Intelligence", "Budanov", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea is believed to have moved around 3,000 of its soldiers to Russia so far", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "including the roughly 1,500 special operations troops whose transfer was first reported last week", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "between 10,000 and 12,000 North Korean troops (10,000-12,000 in total) are now in Russia", False),
         ("troops", "north_korea", 500, None, "about", NIS,
          "Among them are about 500 officers", False),
         ("troops", "north_korea", 2, 9, "vague", NIS,
          "including several generals", True)],
 "002": [("casualties", "north_korea", 200, 900, "vague", PENT,
          "several hundred killed and wounded", True),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "the 11,000 to 12,000 North Korean troops in the region", False),
         ("casualties", "russia", 1523, None, "exact", ["Ministry of Defence", "Britain", "UK", "British"],
          "Russian forces had suffered an average of 1,523 casualties a day in November", True)],
 "003": [("casualties", "north_korea", 1100, None, "about", NIS,
          "North Korea has suffered about 1,100 casualties", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "with at least 100 of its soldiers killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 wounded (100 dead and 1,000 injured)", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "At least one high-ranking officer is believed to be among the dead", True),
         ("casualties", "north_korea", 30, None, "about", GUR,
          "around 30 North Korean soldiers had been killed or wounded in clashes", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers had been killed or wounded in Russia's Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "it estimated about 1,100 North Korean casualties, combining the dead and the wounded", False),
         ("casualties", "ukraine", 45000, None, "more_than", ["defense ministry", "Russia", "Moscow"],
          "Ukraine had lost more than 45,000 servicemen in the Kursk region", False)],
 "005": [("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers were captured alive by Ukrainian forces", False),
         ("wounded", "north_korea", 2, None, "exact", NIS + ZEL,
          "Both were wounded", True)],
 "006": [("casualties", "north_korea", 3000, None, "about", NIS,
          "had suffered some 3,000 casualties (300 killed, 2,700 wounded)", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "estimating that about 300 soldiers had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS,
          "The agency also confirmed the capture of two North Korean soldiers", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean troops have now been killed or wounded fighting for Russia in the Kursk region", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "about 3,000 North Korean soldiers had been killed or wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "including around 300 dead", False),
         ("captured", "north_korea", 2, None, "exact", ["NK News", "Ukrain"],
          "The two soldiers captured in Kursk earlier this month remain in Ukrainian custody", False)],
 "009": [("troops", "north_korea", 3000, None, "about", NIS,
          "dispatched an additional three thousand or so soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "on top of the roughly 11,000 it sent last year", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "the two North Korean prisoners of war could be handed over to South Korea", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "have suffered some 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "a total of about 15,000 North Korean troops had been dispatched to Russia", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", GUR,
          "The number of North Korean soldiers killed and wounded in Russia's Kursk region has exceeded 4,000", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea's casualties had reached some 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 of them deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North had sent around 15,000 troops in total", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers sent to Russia have been killed", False)],
}
NOT = {
 "000": ["expects the total to reach 10,000 by December (planned)", "more than six hours", "early 20s",
         "five locations", "some 100 words", "US$2,000 per soldier per month", "some 100 kilometers", "Aug. 6",
         "10 to 20 intelligence officers (a possible South Korean team)", "paras 5-8", "Facebook 214 | X 97",
         "2 short-range ballistic missiles (headline)", "2,581.03", "7 dead, 11 injured (headline)",
         "1,500 special forces (related headline)", "3 N. Korean soldiers cross MDL (headline)", "20241023001200315"],
 "001": ["170-millimeter", "240-millimeter", "some 13,000 containers", "several billion dollars", "9,900 won",
         "37 comments", "8 missiles in 3 hours (headline)", "2.3% (headline)", "11th Corps (headline)", "Photo 1 of 3",
         "Like 318", "5 stories"],
 "002": ["about 3 kilometers", "February 2022", "6 justices (headline)", "1,438 per dollar (headline)",
         "2 dead (headline)", "1,000 more troops (related headline)", "Facebook 56 | X 19 | Kakao 88", "Comments (12)"],
 "003": ["11th Corps", "10 to 20 kilometers", "240 mm", "170 mm", "1 trillion won", "Share 1.1K",
         "2 weeks after the Dec. 3 martial law (headline)", "11% (headline)", "64% in 2023 (headline)",
         "2 appointments (headline)", "5 things (headline)"],
 "004": ["nearly three times as high", "240 mm", "170 mm", "August", "Facebook 131", "3 Constitutional Court vacancies (headline)",
         "2,399.49, 9.6% (headline)", "4 killed (headline)", "1 N. Korean soldier may have been captured (related headline)",
         "Comments (64)"],
 "005": ["born in 2005 / 1999", "since 2021 / 2016", "1-minute video", "around 34,000 defectors", "1990s",
         "last 3 paras", "Facebook 502", "5 demands (headline)", "179 killed, 2 flight recorders (headline)",
         "8.2 pct, US$683.8 bln (headline)", "around 3,000 troops (related headline)"],
 "006": ["5 percent", "hundreds of millions of dollars", "Facebook 88 Twitter 36", "2nd hearing (headline)",
         "5-day, 29 million trips (headline)", "9 years, 3.6% (headline)", "1,100 km (headline)", "7 stories, 7 minutes"],
 "007": ["roughly a third higher", "a battalion", "two days", "born in 2005", "2 km", "KN-23", "two more villages",
         "14-day free trial, $29 a month", "since 2016, more than 9 years", "Share: 2.3K", "Comments 27", "4 min",
         "1st ballistic missile launch of 2025, 1,100 km (headline)", "3 munitions factories in 2 days (headline)",
         "estimates from 1,500 to 12,000 (headline)"],
 "009": ["Hwasong-11 / KN-23", "about 1 to 3 kilometers", "US$20 billion", "past 18 months", "about three weeks",
         "9,900 won", "21 comments", "2 captured North Korean soldiers (related headline)", "10.65 trillion won (headline)",
         "0.75, 9 years (headline)", "Photo 1 of 2", "Like 204 | Share 33"],
 "010": ["at least 2 border areas", "hundreds of millions of dollars", "paras 6-9", "Facebook 377",
         "7 candidates (headline)", "6.6 pct (headline)", "5,000-ton destroyer (headline)",
         "3,000 more troops (related headline)"],
 "011": ["the 2024 treaty", "Facebook 61 Twitter 23", "3 front-runners in 3-way poll (headline)", "2.1% (headline)",
         "12 injured (headline)", "80th anniversary (headline)", "7 stories, 7 minutes"],
 "012": ["around 6,000 more people (planned)", "about 1,000 deminers and 5,000 military construction workers (planned)",
         "6,000 engineers and builders (headline, planned)", "aged between 17 and 20", "250 billion rubles (about US$3 billion)",
         "founded in 2004", "$5 a month", "2 times a week", "3 min read", "7,500 won per kg, 40% (headline)",
         "3 officials (headline)", "over 300 border guards (headline)", "1,500-strong unit (related headline)"],
}
OFF = ["013", "014"]
DUP = {"008": "006"}

goldlib.write(
    "Gold labels for the blind102 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-1", "004-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelenskyy, Dec 23/24), five days apart"],
            ["004-1", "004-2", "more than 3,000 casualties (Zelenskyy) against about 1,100 (JCS), the same day"],
            ["006-1", "007-1", "about 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 17), four days apart"],
            ["007-1", "007-2", "nearly 4,000 casualties (Zelensky) against about 3,000 (NIS, restated), in the same report"],
        ],
        "may": [
            ["002-1", "003-1", "several hundred casualties (Pentagon) against about 1,100 (NIS): a vague figure"],
            ["002-1", "004-1", "several hundred casualties (Pentagon) against more than 3,000 (Zelenskyy): a vague figure"],
            ["002-1", "004-2", "several hundred casualties (Pentagon) against about 1,100 (JCS): a vague figure"],
            ["009-1", "009-2", "an additional 3,000 or so against the roughly 11,000 sent last year: an additional force"],
        ],
    },
)
