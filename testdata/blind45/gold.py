#!/usr/bin/env python3
"""Write gold.json for the blind45 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck
output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Singh", "Defense", "U.S.", "US officials", "Washington"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
F = False

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "North Korea had already shipped some 1,500 special forces troops to Russia's Far East", F),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "by then, it said, about 3,000 were in Russia", F),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has sent a total of around 10,000 soldiers to train in eastern Russia", F),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "State", "Secretary of State"],
          "About 8,000 of those soldiers, he said, are now in Russia's Kursk region", F)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 North Korean soldiers in the Kursk region", F)],
 "002": [("troops", "north_korea", 10000, None, "more_than", NIS,
          "More than ten thousand North Korean soldiers are now in Russia, the National Intelligence Service said", F),
         ("troops", "north_korea", 11000, None, "exact", ZEL + ["Kyiv", "Ukrain"],
          "Kyiv, for its part, counts 11,000 of them already in the Kursk region", F)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 North Korean soldiers have been killed in combat", F),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 others wounded", F),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That would put Pyongyang's losses at around 1,100", F),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon has said it believes between 11,000 and 12,000 North Korean soldiers are in Russia's Kursk region", F)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", F)],
 "005": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Kyiv"],
          "North Korean killed and wounded had passed 3,000", F),
         ("killed", "north_korea", 100, None, "about", NIS,
          "roughly 100 North Koreans had died", F),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "nearly 1,000 had been wounded", F),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "about 1,100 killed and wounded", F),
         ("casualties", "north_korea", 1000, None, "more_than", ["Kirby", "White House", "Washington"],
          "North Korean units had suffered more than 1,000 killed or wounded in the past week alone", F),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon's last figure was 11,000 to 12,000 men", F),
         ("troops", "north_korea", 12000, None, "exact", ["Ukrainian officials", "Ukrain"],
          "Ukrainian officials have spoken of 12,000 too", F),
         ("casualties", "russia", 790000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "Russia itself has lost more than 790,000 soldiers killed and wounded since February 2022", F),
         ("casualties", "russia", 1500, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "its losses in November averaged over 1,500 a day", True)],
 "006": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk Oblast", F),
         ("casualties", "north_korea", 4000, None, "about", ZEL + ["Ukrain"],
          "Zelensky put its losses last week at close to 4,000 killed and wounded", F)],
 "007": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korean casualties in the war between Russia and Ukraine have reached some 3,000, the state spy agency said", F),
         ("killed", "north_korea", 300, None, "about", NIS,
          "including around 300 killed", F),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "The remaining 2,700 or so have been wounded", F),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Ukrainian forces captured two North Korean soldiers on Jan. 11", F)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea had sent roughly 3,000 additional soldiers to Russia in January and February", F),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "the first contingent, which it put at around 11,000 troops", F)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", F),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 dead", F),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has dispatched about 15,000 soldiers to Russia in total, the National Intelligence Service said", F),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "Gerasimov claimed Ukraine had lost more than 76,000 troops killed and wounded in the region", F)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's intelligence service says about 4,700 were killed or wounded", F),
         ("killed", "north_korea", 600, None, "about", NIS,
          "roughly six hundred of them fatally", F),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "out of some 15,000 sent", F),
         ("casualties", "north_korea", 4000, None, "more_than", ["Syrskyi", "Ukrain"],
          "Ukraine's own figure, given by commander-in-chief Oleksandr Syrskyi ..., is that North Korean losses exceed 4,000", F),
         ("troops", "north_korea", 2000, 9999, "vague", ["KCNA", "North Korea"],
          "now it has a few thousand veterans of the most modern battlefield on earth", True)],
 "011": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "South Korea's National Intelligence Service reckoned that 10,000 to 12,000 North Korean soldiers had reached Russia", F),
         ("troops", "north_korea", 11000, None, "about", ["Pentagon"],
          "The Pentagon, a few weeks behind, settled on \"about 11,000\"", F),
         ("killed", "north_korea", 100, None, "about", NIS,
          "some 100 North Koreans had been killed", F),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and about 1,000 wounded", F),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 killed and wounded, he said on 23 December", F),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "By the new year he was saying nearly 4,000", F),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 dead, it said", F),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and roughly 2,700 wounded", F),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "special forces"],
          "Ukrainian special forces took two North Korean soldiers alive", F),
         ("troops", "north_korea", 3000, None, "about", ["South Korea's military", "South Korea", "Seoul", "JCS", "Joint Chiefs"],
          "In January and February, South Korea's military said, it sent about 3,000 more men", F),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the NIS estimated that some 15,000 North Koreans had served there", F),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 had been killed or wounded", F),
         ("killed", "north_korea", 600, None, "exact", NIS,
          "600 of them fatally", F),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "In September the agency raised its count of the dead to about 2,000", F),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "the NIS said roughly 1,000 deminers were already at work in the region", F)],
}
NOT = {
 "000": ["12K (headline, planned)", "a force of 12,000 in four brigades (planned)", "roughly 1,000 square kilometers",
         "170mm self-propelled guns", "over $5 billion", "about 28,500 American troops in South Korea (not a subject)",
         "1953", "Share 4.3K", "Comments (287)", "12 partner vendors", "3 ammunition depots (headline)",
         "61% (headline)", "5 things (headline)", "7 a.m.", "210,000 readers", "14 countries", "9 min read"],
 "001": ["300km ATACMS", "five ranges", "more than 7,000 kilometres", "6 injured, 12 homes (headline)",
         "2 more F-16s (headline)", "95 Ukrainian defenders (headline, an exchange)", "Views: 18,406",
         "Facebook 1.2K, X 640", "since 1918"],
 "002": ["as many as 100,000 men (hypothetical)", "1953", "155mm shell", "71 years of armistice",
         "61.2 trillion won, up 3.6 percent", "34 years", "KOSPI 2.6% (headline)", "7 arrested, 3 billion won (headline)",
         "-2 C", "Share 312", "09:30"],
 "003": ["240mm multiple rocket launchers, 170mm guns", "94 missiles and 193 drones (headline)",
         "15-year low, 1,450 per dollar (headline)"],
 "004": ["about 40% of it", "12th time (headline)", "€650 million (headline)", "1,000 days (headline)", "00:58",
         "8 stories"],
 "005": ["a factor of almost three", "a quarter / one in ten", "for seven days", "Listen (14:06)", "96 comments",
         "12 min read", "6 weapons (headline)", "3% of GDP (headline)", "episode 212", "12 issues for $12"],
 "006": ["$5/month, 11,482 members", "born in 2005, served since 2021", "the other, 26", "74 drones, 47 shot down (headline)",
         "16th package, 50 more vessels (headline)", "13th day (headline)", "Comments (54)", "Share 2.9K", "4 years"],
 "007": ["one soldier had tried to (one of the two captured)", "paras 5-6", "US$20 billion", "about 70 percent",
         "5 things (headline)", "KOSPI 2,497.42", "179 victims (headline)"],
 "008": ["2.4 MB", "numbered key takeaways", "three weeks", "about 10 kilometers", "240mm, 170mm", "KN-23",
         "148 North Korean missile launches", "assault groups of 10 to 15 soldiers (group size)",
         "roughly 30 kilometers wide", "about 1,300 square kilometers", "8:00pm ET"],
 "009": ["two days after", "2,000 images"],
 "010": ["seven months", "184 partners", "41 comments", "6 min read", "1953", "some 2 million (shells) a year",
         "500,000 barrels", "ten times", "800-billion-euro (headline)", "3 lessons (headline)", "100 days (headline)",
         "58,000 subscribers"],
 "011": ["1,000 deminers and 5,000 military builders (planned, June)", "the builders are expected to follow (planned)",
         "more than 70 years", "$10 billion to $20 billion", "about 40%", "27 names of missing soldiers",
         "21 min read, Share 1,9K, 312 comments", "7am GMT", "10 best books, 40,000 march, 5 dead (headlines)",
         "the previous 70 (years)"],
}
OFF = ["012", "013"]
DUP = {"014": "009"}

RESTATED = "a timeline restating figures from different months side by side"
may = [
    ["000-1", "000-2", "the NIS's 1,500 arrivals and its count of 3,000 five days later: the same agency updating"],
    ["000-1", "000-3", "1,500 special forces shipped (Oct 18) against 10,000 sent (Oct 28): an arrival count restated"],
    ["000-1", "000-4", "1,500 shipped (Oct 18) against 8,000 in Kursk (Oct 31): an arrival count restated"],
    ["000-2", "000-3", "3,000 arrived (Oct 23) against 10,000 sent (Oct 28): an arrival count restated"],
    ["000-2", "000-4", "3,000 arrived (Oct 23) against 8,000 in Kursk (Oct 31): an arrival count restated"],
    ["000-1", "001-1", "1,500 arrivals restated (Oct 18) against 11,000 in Kursk (Zelensky)"],
    ["000-2", "001-1", "3,000 arrivals restated (Oct 23) against 11,000 in Kursk (Zelensky)"],
    ["000-3", "001-1", "about 10,000 sent to Russia (Pentagon) against 11,000 in Kursk alone: the bands touch, Kursk is a part"],
    ["000-3", "002-2", "about 10,000 (Pentagon) against 11,000 in Kursk (Kyiv), 13 days apart"],
    ["005-1", "005-4", "Zelensky's more than 3,000 restated beside the JCS's 1,100 in one analysis: the dispute already alerted"],
    ["003-3", "005-1", "NIS 1,100 (Dec 19) against Zelensky's more than 3,000 restated on Dec 27: eight days apart"],
    ["008-1", "008-2", "roughly 3,000 additional against the first contingent of 11,000: an additional force"],
    ["010-5", "009-3", "a few thousand veterans against 15,000 sent: a vague figure"],
    ["010-5", "010-3", "a few thousand veterans against 15,000 sent: a vague figure"],
]
# Every incompatible pair inside the December 2025 long read restates figures months apart.
_l = A["011"]
for i in range(len(_l)):
    for j in range(i + 1, len(_l)):
        if _l[i][0] == _l[j][0] and _l[i][1] == _l[j][1] and (_l[i][2], _l[i][3]) != (_l[j][2], _l[j][3]):
            may.append(["011-%d" % (i + 1), "011-%d" % (j + 1), RESTATED])

goldlib.write(
    "Gold labels for the blind45 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-4", "001-1", "about 8,000 in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky), four days apart"],
            ["003-3", "004-1", "around 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-1", "005-4", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS, a separate estimate), four days apart"],
            ["006-2", "007-1", "close to 4,000 casualties (Zelensky) against some 3,000 (NIS), one day apart"],
        ],
        "may": may,
    },
)
