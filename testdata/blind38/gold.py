#!/usr/bin/env python3
"""Write gold.json for the blind38 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "military"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Singh", "Defense Department", "U.S.", "US "]
BUD = ["Budanov", "HUR", "military intelligence"]
UKR = ["Ukrain", "Kyiv"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy amphibious ships ferried around 1,500 North Korean special forces troops", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "We have seen about 10,000 North Korean troops move into the Kursk Oblast", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "South Korea's National Intelligence Service has put that at between 10,000 and 12,000", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed in action since the troops joined combat in early December, he said, quoting the agency", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "The wounded number close to 1,000, the spy agency estimated", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Around 11,000 North Korean troops were sent to Russia this autumn, according to the agency's earlier assessment", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "have already lost more than 3,000 men killed and wounded, President Volodymyr Zelensky said", False)],
 "004": [("casualties", "north_korea", 1100, None, "about", JCS,
          "North Korean troops deployed to Russia have suffered about 1,100 casualties, killed and wounded combined", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "which counted at least 100 dead", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Roughly 300 North Korean troops have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded since they began fighting for Russia, South Korea's National Intelligence Service told lawmakers", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Its figures for the North's losses in the Kursk region now add up to about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"] + UKR,
          "Our soldiers captured North Korean military personnel in the Kursk region. Two soldiers, though wounded, survived", False),
         ("wounded", "north_korea", 2, None, "exact", ZEL,
          "Two soldiers, though wounded, survived and were brought to Kyiv", True)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "nearly 4,000 North Korean soldiers have now been killed or wounded in the Kursk region", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "South Korea's intelligence service, which tends to be more cautious, counts fewer: about 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "including roughly 300 dead", False),
         ("casualties", "russia", 790000, None, "more_than", ["Ministry of Defence", "Britain", "UK", "British"],
          "Russian forces have suffered more than 790,000 casualties since February 2022", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea has sent roughly 3,000 additional soldiers to Russia this year, South Korea's military says", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "They joined the roughly 11,000 troops who went in last autumn", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "the JCS said the North's casualties now stand at around 4,000", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces have lost more than 76,000 servicemen killed and wounded in the region", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS + ["lawmakers"],
          "North Korea has suffered about 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS + ["lawmakers"],
          "including some 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS + ["lawmakers"],
          "among the roughly 15,000 troops it has sent to Russia", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", BUD,
          "have lost more than 4,000 soldiers killed and wounded in the Kursk operation", False),
         ("troops", "north_korea", 1500, None, "about", BUD,
          "about 1,500 North Koreans are still in the border area of Kursk Oblast", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "which put the North's losses at around 4,700", False),
         ("captured", "north_korea", 2, None, "exact", UKR,
          "the two North Korean soldiers captured in January", False)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea had sent around 15,000 soldiers to Russia in total since October 2024", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the first group of about 11,000", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "followed by some 3,000 reinforcements early in 2025", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "the same agency put the North's casualties at about 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 killed", False),
         ("troops", "north_korea", 30000, None, "exact", ["viral post", "post"],
          "North Korea has just sent another 30,000 soldiers to Russia's front line.", True)],
}
NOT = {
 "000": ["four brigades totalling some 12,000 soldiers (planned)", "12K (headline, planned)", "more than 13,000 containers",
         "Oct. 8 and 13", "Share 2.3K", "11-day drills, 60 meters (headlines)", "2,593.82", "3 dead (headline)",
         "2 soldiers injured (headline)", "30th straight week"],
 "001": ["about 54,000 American troops in Japan (not a subject)", "86 minutes", "7,000 km", "1950-53", "$2,000 a month",
         "191 seats (headline)", "153 to the dollar", "1.02 million vehicles", "¥100, ¥4,277"],
 "002": ["240-millimeter rocket launchers, 170-millimeter guns", "Listen 3:41", "Facebook 412 · X 96", "Dec. 27 (headline)",
         "1,450 per dollar", "2 killed (headline)", "Comments (57)", "joined in 2017"],
 "003": ["👁 18,442 💬 63", "Aug. 6", "around 1,300 square kilometers", "5 missiles and 72 drones (headline)",
         "2 killed, 16 injured (headline)", "€4.1 billion", "120,000 readers", "$5/month", "Facebook (1.1K)"],
 "004": ["170 mm guns with a range of up to 60 kilometers", "240 mm rocket launchers", "2 ballistic missiles (headline)",
         "8 in 10 (headline)", "1.3 pct, 1,452.3", "4 flights", "Share 1.1K"],
 "005": ["day 1,055", "4,812 readers", "aged 20, since 2021, born in 1999", "64 drones, 34 shot down, 25 lost",
         "42 Russian attacks", "$500 million (headline)", "5 questions", "€3 billion", "812 partners"],
 "006": ["one in four", "hundreds of millions of dollars", "60-plus vessels", "$1.2 trillion", "17 readers", "42%",
         "🗨 214 comments", "7 min read", "2009 to 2013", "28°F", "Lakeshore 3, Riverside 1", "$1 a week for 6 months"],
 "007": ["about 220 artillery pieces", "170 mm, 240 mm", "millions of artillery shells", "pause of about two weeks",
         "1.3% (headline)", "5 missing (headline)", "4.1 km by 2028", "35,000 subscribers", "Share: 236"],
 "008": ["over 7,000 units of weaponry", "420 tanks and 1,200 armored vehicles", "2024 treaty",
         "up to 1,210 servicemen in the past 24 hours (widget)", "81.9 per dollar", "26,000 runners",
         "11,000 troops on Red Square (headline)"],
 "009": ["2.2% (headline)", "2 dead, 45 injured (headline)", "250,000 mourners (headline)", "first two months"],
 "010": ["Views 9,734", "47 injured, 4 children (headline)", "30-day ceasefire", "13% (headline)", "3 stories", "Comments (28)"],
 "011": ["1,000 deminers and 5,000 military construction workers (planned)",
         "up to 30,000 more troops / 25,000 to 30,000 additional troops (possible, not a deployment)",
         "30K (headline, refuted)", "1.2 million views", "Shared 6.8K times", "since 2019", "400,000 soldiers (headline)",
         "€40 billion", "3 viral videos", "5 min read"],
}
OFF = ["013", "014"]
DUP = {"012": "003"}

goldlib.write(
    "Gold labels for the blind38 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-1", "004-1", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), the same day"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
            ["006-1", "006-2", "nearly 4,000 casualties (Zelensky) against about 3,000 (NIS), set side by side in one column"],
        ],
        "may": [
            ["007-1", "007-2", "about 3,000 sent this year against about 11,000 last autumn: an additional force"],
            ["011-1", "011-2", "about 15,000 in total against the first group of about 11,000: a part of the whole"],
            ["011-1", "011-3", "about 15,000 in total against some 3,000 reinforcements: a part of the whole"],
            ["011-2", "011-3", "the first group of about 11,000 against some 3,000 reinforcements: two different groups"],
            ["011-1", "011-6", "15,000 sent in total (NIS) against a refuted viral claim of another 30,000"],
            ["011-2", "011-6", "the first group of about 11,000 against a refuted viral claim of another 30,000"],
            ["011-3", "011-6", "some 3,000 reinforcements against a refuted viral claim of another 30,000"],
        ],
    },
)
