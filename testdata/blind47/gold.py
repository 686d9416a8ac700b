#!/usr/bin/env python3
"""Write gold.json for the blind47 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
HUR = ["Budanov", "HUR", "Defence Intelligence", "military intelligence"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 11000, None, "about", HUR,
          "Around 11,000 infantrymen from the DPRK are being trained in eastern Russia right now", False)],
 "001": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Singh", "U.S.", "US", "Washington"],
          "North Korea has sent about 10,000 soldiers to train in eastern Russia", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "about 3,000 North Korean troops had reached Russia so far", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "North Korea has sent between 10,000 and 12,000 troops to Russia", False)],
 "003": [("casualties", "north_korea", 200, None, "about", ["Syrskyi", "Syrsky", "Commander-in-Chief"],
          "about 200 North Korean servicemen were killed or wounded", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US military official", "US official", "senior US"],
          "several hundred North Korean troops had been killed or wounded so far", True),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "between 11,000 and 12,000 North Korean soldiers are in Kursk Oblast", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded fighting for Russia in the Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
          "North Korean units had sustained around 1,100 casualties", False),
         ("troops", "north_korea", 11000, None, "about", ["Kyiv and Seoul", "Kyiv", "Seoul", "Ukrain", "South Korea"],
          "Kyiv and Seoul say North Korea has sent about 11,000 soldiers to Russia", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 wounded", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "that puts North Korea's losses at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers were captured by Ukrainian forces last week", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "the North Korean contingent has now suffered nearly 4,000 killed and wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Koreans had died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "Another 2,700 or so had been wounded, it said.", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "security service", "SBU"],
          "the two North Korean soldiers captured in Kursk last week", False),
         ("wounded", "ukraine", 13, None, "exact", ["Fedorov", "governor", "Zaporizhzhia"],
          "13 people were injured in his region", True)],
 "008": [("troops", "north_korea", 3000, None, "about", NIS,
          "about 3,000 more soldiers were dispatched in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "North Korea initially sent about 11,000 troops, according to the agency", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces lost over 76,000 servicemen during the Kursk adventure", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea had sent roughly 15,000 troops to Russia in all", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korean losses stand at about 4,700 killed and wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Of these, some 600 died, the NIS said", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "when it put the dead at about 300", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korean troops lost more than 4,000 soldiers killed and wounded in Russia's Kursk region", False)],
 "012": [("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 North Korean soldiers have been deployed to Russia since last October", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "with some 4,700 killed or wounded", False)],
}
NOT = {
 "000": ["100 drones, 66 downed (headline)", "more than 6,000 kilometres", "by 1 November", "18 October",
         "losses widget: personnel about 684,950 (+1,270), 9,048 tanks, 19,543 artillery, 17,821 UAVs",
         "14 injured (headline)", "10-point plan (headline)", "1,200 km (headline)", "210,000 readers",
         "100 UAH", "Share 1.1K"],
 "001": ["10,000 by December (planned)", "a small number (no figure)", "$1 for 3 months", "High 64° Low 47°",
         "roughly 1,000 square kilometers", "28-21 (sports headline)", "$4.6 million", "7 cents, $3.02",
         "Comments (14)"],
 "002": ["Up to 12K (headline restating the range)", "170-mm self-propelled guns", "240-mm multiple rocket launchers",
         "about 100 military terms", "7 short-range ballistic missiles (headline)", "1.8 tln won",
         "13th straight month", "Facebook 246 | X 118", "paras 5-6"],
 "003": ["12 missiles and 60 drones", "155th Naval Infantry Brigade", "roughly 6 km east of Sudzha",
         "up to 1.2 km", "up to a battalion with 14 armored vehicles", "three days",
         "numbered key takeaways 1-4", "3,412 people have supported", "December 19, December 25"],
 "004": ["about 40% of the territory", "70 missiles, 100 drones (headline)", "1% (headline)", "August"],
 "006": ["born in 2005 / 1999", "6.5 tln won (headline)", "0.02% for 7th week (headline)",
         "179 victims (other story's headline)", "2nd solo single", "5 stories every weekday",
         "15:48 / 18:02"],
 "007": ["up to a battalion (no figure)", "in the last two days", "1,126 comments",
         "more than 40 missiles and 70 drones", "€18bn", "day 1,056", "7am GMT", "18.30 GMT"],
 "008": ["Nikkei 37,256, down 0.3%", "149 yen", "M4.8 quake", "10,000 people at Sapporo snow festival (headline)",
         "24 hours a day", "several weeks"],
 "009": ["more than 7,000 units of equipment", "11,500 servicemen on Red Square (parade headline)",
         "82.6 rubles", "unit No. 3, 45-day repair (headline)", "18+", "April 26"],
 "010": ["some $20 billion", "about 1.2 million active soldiers (army size, not a deployment)",
         "€9 billion (headline)", "5 killed in Odesa (other story's headline)", "Share: 312", "5 min read",
         "04/30/2025", "2024"],
 "011": ["2 140 views", "170mm artillery systems", "240mm multiple launch rocket systems", "army of the 1950s",
         "1,230 personnel and 29 artillery systems (losses headline)", "50/50 fund", "28 April"],
 "012": ["1,000 deminers and 5,000 military construction workers (planned)",
         "6K military builders, deminers (headline, planned)", "second trip in two weeks",
         "$1,000 to $2,000 a month", "30-day plan (headline)", "KOSPI 2,950, 3 years (headline)",
         "7 dead in heavy rain (headline)", "Share 87", "1 email a day"],
}
OFF = ["013", "014"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind47 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["004-1", "004-2", "more than 3,000 casualties (Zelenskiy) against around 1,100 (South Korea's JCS), the same day"],
            ["006-3", "007-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelenskyy), two days apart"],
        ],
        "may": [
            ["000-1", "001-2", "about 11,000 in training (Budanov) against about 3,000 arrived so far (NIS, restated from the week before): a deployment counted at different stages"],
            ["001-1", "001-2", "about 10,000 (Pentagon) against about 3,000 so far (NIS, last week): the article itself says the count is growing"],
            ["003-1", "003-2", "about 200 in three days near Plekhovo (Syrskyi) against several hundred so far (US official): a vague figure, and a part"],
            ["003-2", "004-1", "several hundred casualties (US official) against more than 3,000 (Zelenskiy): a vague figure"],
            ["003-2", "004-2", "several hundred casualties (US official) against around 1,100 (JCS): a vague figure"],
            ["008-1", "008-2", "about 3,000 more against about 11,000 initially: an additional force"],
            ["010-3", "010-4", "some 600 dead now against about 300 in January (NIS's own earlier figure, restated): months apart"],
        ],
    },
)
