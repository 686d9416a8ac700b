#!/usr/bin/env python3
"""Write gold.json for the blind146 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, earlier sets' articles, or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "Park Sun-won", "lawmaker", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korean military", "Seoul"]
PENT = ["Pentagon", "Sabrina Singh", "Singh", "Ryder", "Defense Department", "Department of Defense"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
USOFF = ["U.S. military official", "US military official", "U.S. official", "US official", "senior U.S."]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "North Korea has moved some 1,500 of its special operations troops to Russia's Far East", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has sent around 10,000 soldiers to eastern Russia to train", False),
         ("troops", "north_korea", 3000, None, "at_least", ["Kirby", "White House"],
          "at least 3,000 North Korean troops had arrived in Russia in early to mid-October", False)],
 "002": [("troops", "north_korea", 10000, None, "more_than", NIS,
          "More than 10,000 North Korean soldiers are now in Russia", False)],
 "003": [("troops", "north_korea", 11000, 12000, "range", PENT,
          "Between 11,000 and 12,000 North Korean soldiers are now in the Kursk area", False),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "In late October the department had estimated that about 10,000 had been sent to Russia", False),
         ("casualties", "north_korea", 200, 900, "vague", USOFF,
          "several hundred North Korean troops had been killed or wounded", True)],
 "004": [("casualties", "north_korea", 1100, None, "about", JCS,
          "About 1,100 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 wounded", False),
         ("troops", "north_korea", 11000, None, "more_than", JCS,
          "North Korea, which the JCS said has more than 11,000 troops deployed in Russia", False)],
 "005": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean soldiers killed and wounded in Russia's Kursk region has already exceeded 3,000", False),
         ("killed", "north_korea", 50, None, "about", ["Special Operations Forces", "SSO"],
          "their units had destroyed nearly 50 North Korean servicemen in a single day", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "put the North's losses at about 3,000 in all", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain", "Kyiv"],
          "two North Korean soldiers were captured by Ukrainian forces on Saturday", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea has lost close to 4,000 men in Russia's Kursk region, killed or wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "around 300 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Kyiv", "Ukrain"],
          "the two North Korean soldiers captured on 11 January", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "Pyongyang has dispatched an estimated 3,000 extra troops in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "the roughly 11,000 soldiers it sent last autumn, according to the JCS", False),
         ("casualties", "ukraine", 60000, None, "more_than", ["Defense Ministry", "Defence Ministry", "Ministry of Defense", "Russia"],
          "Ukraine has lost more than 60,000 troops killed and wounded in the Kursk region", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 North Korean soldiers had been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North has sent around 15,000 troops to Russia in total", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Troops sent (NIS estimates): about 11,000 in October–December 2024", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "about 3,000 more in January–February 2025", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain", "Kyiv"],
          "Prisoners held by Ukraine: 2 (captured Jan. 11, 2025)", False)],
 "011": [("casualties", "north_korea", 6000, None, "more_than", ["Ministry of Defence", "UK", "MoD", "British"],
          "North Korean forces have probably suffered more than 6,000 casualties", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's spy agency put the figure at about 4,700 in April", False),
         ("captured", "north_korea", 2, None, "exact", ["Kyiv", "Ukrain"],
          "Kyiv has said it holds two North Korean prisoners of war", False)],
 "013": [("troops", "north_korea", 5000, None, "about", NIS,
          "North Korea has sent about 5,000 military construction troops to Russia since September", False),
         ("troops", "north_korea", 10000, None, "about", NIS,
          "Around 10,000 North Korean soldiers also remain deployed in the border areas of Russia's Kursk region", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "the NIS estimated that about 2,000 North Korean servicemen had been killed", False)],
}
NOT = {
 "000": ["a total of 12,000 troops in four brigades (planned)", "four amphibious landing ships", "Oct. 8 and 13",
         "40 kilometers", "more than 13,000 containers", "11th Army Corps", "Share 2.1K",
         "7 short-range ballistic missiles (headline)", "7.5%", "2,593.37", "3 dead (headline)", "1,369.5"],
 "001": ["roughly 28,500 troops on the Korean Peninsula (U.S., not a subject)", "$425 million", "155mm",
         "more than three times", "Comments (47)", "24,000 positions (headline)", "2 recruits (headline)",
         "six years", "6 a.m."],
 "002": ["170 mm, 240 mm", "about 20 minutes", "about 54,000 U.S. service members (not a subject)", "SHARE 312",
         "3.58 million (headline)", "¥156, ¥39 trillion", "¥1,650", "7 days", "241 partners"],
 "003": ["12K in the headline (restates the body's 11,000-12,000 range)", "roughly 500 square miles (1,300 square kilometers)",
         "around 40%", "$500 million", "Jan. 20", "kills 4, injures 11 (headline)", "2 dead, 6 wounded (headline)"],
 "004": ["240-mm, 170-mm", "millions of artillery shells", "Jan. 20", "Comments (9)", "10,030 won",
         "1.8 trillion won", "1.3%, 1,450", "38-year-old", "5 things (headline)"],
 "005": ["1,842 views", "24 of 28 Shahed drones (headline)", "43 times, two civilians injured (headline)",
         "112,000 subscribers"],
 "006": ["about 1.2 million active personnel (the North's whole army, not the deployment)", "36.87 million (headline)",
         "1,500-km range (headline)", "3.8%", "1,100 yen", "7 days"],
 "007": ["27 member states", "16th package", "third anniversary", "39 drones and 4 missiles (headline)",
         "-15°C", "5 days a week", "912 partners", "20 January"],
 "008": ["two-thirds of the territory", "some 10 kilometers", "3 million rubles ($33,000)", "88 to the dollar",
         "6 years (headline)", "21%", "$2 a month", "3 min read"],
 "009": ["170-mm, 240-mm, KN-23/24", "June 19, 2024; Dec. 4, 2024", "5,000-ton destroyer (headline)",
         "tens of thousands of shells (headline)", "9 North Korean fishermen (headline)", "$10.99", "27 comments", "6 min read"],
 "011": ["1,000 sappers and 5,000 military builders (planned)", "6,000 deminers and builders (headline, planned)",
         "second visit in two weeks", "1,000km front line", "1.2-mile bridge, 2026", "312 comments",
         "34C", "210,000 festivalgoers", "380 matches", "£4", "200 years"],
 "013": ["1,000 deminers (promised in June, planned)", "2,395 views", "up to half of the artillery ammunition",
         "1,140 soldiers (headline, Russian losses per General Staff)", "25 Patriot systems (headline)", "300K+ readers"],
}
OFF = ["012", "014"]
DUP = {"010": "003"}

goldlib.write(
    "Gold labels for the blind146 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["004-1", "005-1", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky), one day apart"],
            ["006-3", "007-1", "about 3,000 casualties (NIS) against close to 4,000 (Zelenskyy), four days apart"],
        ],
        "may": [
            ["003-1", "003-2", "11,000-12,000 now against about 10,000 in late October: the same source's update, restated"],
            ["003-2", "004-4", "about 10,000 (Pentagon's October figure, restated) against more than 11,000 (JCS) six days later"],
            ["003-3", "004-1", "several hundred casualties (US official) against about 1,100 (JCS): a vague figure"],
            ["003-3", "005-1", "several hundred casualties (US official) against more than 3,000 (Zelensky), seven days apart: a vague figure"],
            ["008-1", "008-2", "about 3,000 extra against about 11,000 last autumn: an additional force"],
            ["009-4", "009-5", "about 11,000 in the first wave against about 3,000 more: an additional force"],
            ["011-1", "011-2", "more than 6,000 (UK MoD, June) against about 4,700 (NIS, April): two months apart"],
        ],
    },
)
