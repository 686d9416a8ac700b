#!/usr/bin/env python3
"""Write gold.json for the blind50 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck
output on this set). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Budanov", "HUR", "Defence Intelligence", "military intelligence", "Ukrain"]
PENT = ["Pentagon", "Ryder", "Defense Department", "US", "U.S."]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
          "The number of North Korean soldiers who have crossed into Russia has grown to about 3,000", False),
         ("troops", "north_korea", 1500, None, "about", NIS + ["Park Sun-won"],
          "An additional 1,500 or so were moved in the past days", False),
         ("troops", "north_korea", 1500, None, "about", NIS + ["Park Sun-won"],
          "The first group, numbering some 1,500 personnel, was carried from Chongjin", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", HUR,
          "11,000 soldiers of the DPRK are now located in Russia's Kursk Oblast", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "among the North Koreans there are about 500 officers, including three generals", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "including three generals", True)],
 "002": [("troops", "north_korea", 11000, 12000, "range", PENT,
          "between 11,000 and 12,000 North Korean soldiers are in the region", False),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "the Pentagon had still spoken of some 10,000 soldiers who had been sent to eastern Russia", False),
         ("casualties", "north_korea", 200, 900, "vague", ["senior US military official", "US military official", "Pentagon", "Defense Department"],
          "North Korean soldiers have taken \"several hundred\" casualties", True),
         ("troops", "north_korea", 12000, None, "up_to", PENT,
          "Pentagon: up to 12K North Korean troops in Kursk", True)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers deployed to Russia have died in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 have been wounded, the spy agency told lawmakers", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Altogether, according to the agency, the North's losses come to about 1,100", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "the number of North Korean soldiers killed and wounded in Kursk region has already exceeded 3,000", False),
         ("troops", "north_korea", 11000, None, "exact", HUR,
          "the Defence Intelligence of Ukraine said that 11,000 North Korean soldiers had arrived in the Kursk region", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Approximately 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded in fighting against Ukrainian forces", False),
         ("casualties", "north_korea", 3000, None, "about", NIS + ["lawmaker"],
          "bringing the casualties of the North to some 3,000, according to a lawmaker", False),
         ("captured", "north_korea", 2, None, "exact", ZEL,
          "Zelenskyy announced Saturday that two soldiers from North Korea had been captured alive", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL + ["Syrskyi"],
          "have killed and wounded almost 4,000 North Korean servicemen", False),
         ("captured", "north_korea", 2, None, "exact", ZEL,
          "The two DPRK soldiers who were taken prisoner last Saturday are in Kyiv", False),
         ("killed", "north_korea", 21, None, "exact", ["Special Operations Forces", "SSO"],
          "its operators had eliminated 21 North Korean soldiers", False),
         ("wounded", "north_korea", 23, None, "exact", ["Special Operations Forces", "SSO"],
          "and wounded 23 more in two days", False),
         ("troops", "north_korea", 11000, None, "about", ["South Korean intelligence", "South Korea", "NIS"],
          "the South Korean intelligence estimated that about 11,000 North Korean soldiers had been sent to Kursk Oblast", False)],
 "008": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea sent roughly 3,000 additional soldiers to Russia in January and February 2025", False),
         ("casualties", "north_korea", 4000, None, "about", ["Ukrainian officials", "Ukrain", "Zelensky"],
          "North Korean forces suffered nearly 4,000 casualties in their first two months of fighting", False),
         ("troops", "russia", 64000, None, "about", ["Syrskyi"],
          "Russia has concentrated a grouping of about 64,000 troops, North Korean units included", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Ministry of Defense", "Russia"],
          "the enemy lost more than 76,000 servicemen killed and wounded", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has suffered around 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "The North has dispatched some 15,000 troops to Russia in total since last autumn", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "including the 3,000 or so reinforcements sent early this year", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korea's losses in the Russian region of Kursk have surpassed 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", ["intelligence services of South Korea", "South Korea", "NIS"],
          "the toll is closer to 4,700 killed and wounded", False),
         ("casualties", "russia", 950000, None, "about", ["British Ministry of Defence", "Ministry of Defence", "MoD", "British"],
          "Russia has probably lost about 950,000 soldiers killed and wounded", False),
         ("casualties", "russia", 1200, None, "about", ["British Ministry of Defence", "Ministry of Defence", "MoD", "British"],
          "including some 1,200 per day on average in April", True)],
 "012": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea"],
          "nine members of the unit died during the mine-clearing operations", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the fighting in Kursk", False)],
}
NOT = {
 "000": ["a total of roughly 10,000 troops by December (planned)", "13,000 containers", "170mm / 240mm",
         "some 5,000 km", "61.6 trillion won, 3.6 percent", "2 inter-Korean roads, 60-meter (headline)",
         "2,599.62 / 1.3%", "1,000 more medical school seats", "2 killed, 11 injured (headline)",
         "Like 312, Share 47, Comments 58", "7 stories before 7 a.m.", "the 8th and the 13th", "11th Corps"],
 "001": ["7.62 mm, 82 mm", "US$2,000 a month", "698,540 troops (headline)", "40 guided aerial bombs, 2 injured (headline)",
         "100 UAH", "701,580 (+1,160), 9,270 tanks (loss widget)", "Comments (214)", "4 November"],
 "002": ["€650 million", "40 kilometres", "15 Leopard 1A5 tanks", "2 dead (headline)", "400 arrested in 18 days (headline)",
         "300,000 flee (headline)", "46 comments", "5 days a week", "end of 2025"],
 "003": ["ten-odd 240mm multiple rocket launchers and 170mm self-propelled guns", "4 kilometers",
         "7 trillion won ($4.8 billion)", "1,450 per dollar", "8 of 10", "2 cruise missiles (headline)", "3 times a week"],
 "004": ["1,862 views", "6 August 2024", "1,300 square kilometres", "78 missiles and 106 drones (headline)",
         "16 injured (headline)", "503 fallen defenders (headline)", "771,750 (+1,870), 9,511 tanks (loss widget)"],
 "005": ["8.7 trillion yen", "2 Chinese ship intrusions (headline)", "1.05%, 39,190", "6.9 quake", "9 reactions"],
 "006": ["12 387 views", "2 BMP-2, 122-mm D-30 howitzer", "15%", "3 queues", "42.20 / 43.51",
         "145K subscribers", "(38) shares"],
 "008": ["143 combat engagements", "footnote markers [1]-[8]", "1.5 kilometers", "810th and 155th Naval Infantry Brigade",
         "208 drones and 14 missiles, 103 shot down", "1:30 pm ET", "501(c)(3)", "2007-2025"],
 "009": ["7,700 units of weaponry, 400 tanks, 3,000 vehicles", "150,000 residents evacuated (civilians)",
         "1,200 square kilometers", "August 6, 2024", "18:00 (headline)", "82 rubles (headline)", "5 counterattacks (headline)", "16+"],
 "010": ["US$20 billion", "3.7 pct, 25 pct (headline)", "2 Coachella stages (headline)", "3 dead, 5 hurt (headline)",
         "Like 88, Comments 12", "paras 4-6", "June 2024"],
 "011": ["40% of the artillery shells", "195 million euros", "80 years, 8 May 1945 (headline)", "41% (headline)",
         "133 cardinals (headline)", "Share: 213", "3 min reading time"],
 "012": ["1,000 deminers and 5,000 military construction workers (planned)", "120 days", "several hundred hectares",
         "1.2-meter", "2 ballistic missiles", "900,000 (headline)", "50,000 (headline)", "3 injured (headline)", "1.2M followers"],
}
OFF = ["013", "014"]
DUP = {"007": "005"}

goldlib.write(
    "Gold labels for the blind50 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS, 19 Dec) against more than 3,000 (Zelensky, 23 Dec), four days apart"],
            ["005-3", "006-1", "some 3,000 casualties (NIS, 13 Jan) against almost 4,000 (Zelensky, 16 Jan), three days apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 3,000 in total against an additional 1,500 or so: an additional force"],
            ["000-1", "000-3", "about 3,000 in total against the first group of some 1,500: a part of the whole"],
            ["002-1", "002-2", "11,000-12,000 against the Pentagon's own earlier 'some 10,000': the bands touch"],
            ["002-3", "003-3", "several hundred casualties (US official) against about 1,100 (NIS), two days apart: a vague figure"],
            ["002-3", "004-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["010-3", "010-4", "some 15,000 in total against the 3,000 or so reinforcements: a part of the whole"],
        ],
    },
)
