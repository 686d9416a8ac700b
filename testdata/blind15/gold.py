#!/usr/bin/env python3
"""Write gold.json for the blind15 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "military"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
KYIV = ZEL + ["Kyiv", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 11000, None, "exact", ["Budanov", "military intelligence", "GUR", "HUR", "Kyiv"],
          "11,000 North Korean troops were now in the Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon", "Sabrina Singh", "Singh", "Washington"],
          "roughly 10,000 North Korean soldiers had been sent to eastern Russia for training", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "between 10,000 and 12,000 North Korean soldiers have been sent to Russia since October", False),
         ("troops", "north_korea", 8000, None, "about", ["U.S. officials", "US officials", "U.S.", "Washington"],
          "roughly 8,000 of them have moved to the Kursk region", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "The number of wounded was approaching 1,000", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "puts North Korean losses at roughly 1,100 men", False),
         ("casualties", "north_korea", 200, 900, "vague", ["Pentagon"],
          "the Pentagon had spoken only of \"several hundred\" North Koreans killed or wounded", True),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead, the NIS said, was at least one officer of high rank", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "North Korean units have suffered more than 3,000 killed and wounded in the Kursk region", False),
         ("killed", "north_korea", 21, None, "at_least", ["@kursk_mapper", "kursk_mapper", "open-source", "OSINT"],
          "I count at least 21 North Korean bodies", False),
         ("casualties", "russia", 1523, None, "about", ["Ministry of Defence", "MoD", "UK", "Britain"],
          "Russian forces suffered an average of 1,523 casualties a day in November", True),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "it estimates that around 1,100 North Korean soldiers have been killed or wounded in Kursk", False)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "Ukrainian forces have captured two soldiers of the North Korean army", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "Zelensky said North Korean troops had suffered more than 3,000 killed and wounded in Kursk Oblast", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That brings the North's casualties to around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS,
          "two North Korean soldiers were captured by Ukrainian forces on Saturday", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Pyongyang sent about 11,000 troops to Russia last fall", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "the number of North Korean soldiers killed and wounded in Russia's Kursk region has reached nearly 4,000", False),
         ("captured", "north_korea", 2, None, "exact", KYIV,
          "two North Korean prisoners captured last weekend", False),
         ("casualties", "russia", 38000, None, "more_than", ["Syrskyi", "commander-in-chief"],
          "Russian forces had lost more than 38,000 soldiers killed and wounded in the Kursk region", False),
         ("killed", "russia", 15000, None, "about", ["Syrskyi", "commander-in-chief"],
          "about 15,000 of them dead", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea had sent about 3,000 more soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "the roughly 11,000 it dispatched last autumn", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "the North had suffered about 4,000 casualties by the end of February", False),
         ("casualties", "russia", 870000, None, "about", ["defence ministry", "UK", "Ministry of Defence", "MoD"],
          "Russia has suffered about 870,000 killed and wounded since February 2022", False),
         ("killed", "north_korea", 2000, 9999, "vague", ["Financial Times", "FT", "analysis"],
          "For the price of a few thousand lives", True)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the enemy lost more than 76,000 servicemen", False)],
 "009": [("troops", "north_korea", 14000, None, "about", JCS,
          "the North sent roughly 14,000 soldiers in two waves", False),
         ("casualties", "north_korea", 2000, 9999, "vague", JCS,
          "thousands of them were killed or wounded", True)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 soldiers killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "some 600 have died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has sent around 15,000 troops to Russia since October", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state news agency", "Kim Jong-un", "Pyongyang"],
          "nine of its members died during the mission", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 combat troops were sent in total", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "a first wave of roughly 11,000", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "about 5,000 construction troops had begun moving to Russia", True)],
}
NOT = {
 "000": ["about 700 square km (270 square miles)", "around 1,300 square km", "about 450 km (280 miles)",
         "86 minutes", "Hwasong-19", "50,000 Russian troops (Read Next headline)", "2% (headline)",
         "4 battleground states (headline)", "55% of vote (headline)"],
 "001": ["01:58 (video length)", "190 miles (300 km)", "five of six missiles", "1,000 days", "February 2022",
         "1 day (headline)", "$85 million (headline)", "5 things (headline)"],
 "002": ["214 comments", "four and a half hours", "more than 20,000 containers of ammunition", "170-millimetre",
         "240-millimetre", "€650 million", "2 more villages (headline)", "13 years (headline)",
         "16 December (headline)", "€2.99 a week", "6 a.m."],
 "003": ["1,042 comments", "103 attack drones and three missiles", "61 drones shot down, 42 lost",
         "51.26N, 34.91E", "3 clips", "1/5 ... 5/5 thread numbering", "2.1K reposts", "9.4K likes",
         "£9.99 a month", "750,000 (Related headline)", "Three killed in strike on Kryvyi Rih (Related headline)",
         "5 Christmas markets", "5pm"],
 "004": ["born in 2005", "born in 1999", "served since 2016", "1,660 soldiers and 15 artillery systems (headline)",
         "3 demands (headline)", "813,830 (+1,660), 9,726, 21,779 (losses widget)", "100 hryvnias", "300,000+ readers"],
 "005": ["aged 26", "2,489.56, 0.3% (headline)", "3,000 police officers (headline)", "6.5 trillion won (headline)",
         "Comments 0"],
 "006": ["€10 a month", "12 years, $50 (headline)", "since 1999 (headline)", "6.3% of GDP (headline)", "5 euros",
         "roughly half of the territory"],
 "007": ["8 stories", "Three weeks later", "170mm self-propelled guns", "240mm multiple rocket launchers", "$20bn",
         "Rbs2mn ($22,000)", "around 400 sq km", "less than a third", "five years", "Comments (214)", "$75 per month"],
 "008": ["over 7,700 pieces of weapons", "412 tanks", "318 multiple launch rocket systems", "1,000 artillery pieces",
         "Article 4", "15:45", "76781 (link)"],
 "009": ["about 1.28 million strong (the North's whole army, not a deployment)", "23 PLA aircraft, 7 navy ships (headline)",
         "3.1% (headline)", "NT$1,500 (headline)", "viewed 3,214 times", "page6", "about 14,000 troops (deck, restated in body)"],
 "010": ["17th package", "more than 100 additional ships", "first 100 days, 39% (headline)",
         "15 gigawatts, five seconds (headline)", "€1 for the first month", "Comments (37)"],
 "011": ["120 days", "1,000 deminers and 5,000 military construction workers (planned)", "US$20 billion",
         "80 per cent", "90-minute documentary", "9.9 trillion yen (headline)", "2 Chinese aircraft carriers (headline)",
         "3 words (headline)", "5-minute read"],
}
OFF = ["012", "013"]
DUP = {"014": "000"}

goldlib.write(
    "Gold labels for the blind15 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["003-4", "003-1", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky), the same day"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["000-1", "000-2", "11,000 in Kursk (Budanov) against about 10,000 sent to eastern Russia (Pentagon): the bands touch, and Kursk is a part of Russia"],
            ["002-4", "002-3", "several hundred casualties (Pentagon, earlier in the week) against about 1,100 (NIS): a vague figure"],
            ["002-4", "003-1", "several hundred casualties (Pentagon) against more than 3,000 (Zelensky): a vague figure"],
            ["007-1", "007-2", "about 3,000 more soldiers against the roughly 11,000 sent last autumn: an additional force"],
            ["011-5", "011-2", "about 5,000 construction troops (optional) against about 15,000 combat troops: different contingents"],
            ["011-5", "011-3", "about 5,000 construction troops (optional) against a first wave of about 11,000: different contingents"],
        ],
    },
)
