#!/usr/bin/env python3
"""Write gold.json for the blind97 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Budanov", "HUR", "military intelligence", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy landing ships carried about 1,500 soldiers from the North's elite units to Vladivostok", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS + ["lawmakers"],
          "North Korea now has between 10,000 and 12,000 soldiers in Russia", False),
         ("troops", "north_korea", 10000, None, "about", ["Defense Department", "Pentagon", "U.S.", "Washington"],
          "about 10,000 North Korean troops had been sent to eastern Russia for training", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "About 500 officers and three generals are among the deployed troops", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "About 500 officers and three generals are among the deployed troops", True)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least a hundred North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS + ["Lee"],
          "Together, he said, the killed and wounded bring the North's casualties to about 1,100.", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of killed and wounded North Korean soldiers in the Kursk region has already exceeded 3,000", False)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL,
          "Two were taken alive, he wrote.", False)],
 "005": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korean soldiers deployed to Russia have suffered some 3,000 casualties in the Kursk region", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Roughly 300 of the North's soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded, the agency estimated", False),
         ("captured", "north_korea", 2, None, "exact", NIS,
          "The agency confirmed that two North Korean soldiers were captured by Ukrainian forces on Jan. 9", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean units fighting for Russia have lost nearly four thousand men killed and wounded in the Kursk region", False),
         ("captured", "north_korea", 2, None, "exact", ZEL,
          "Ukraine was holding two North Korean soldiers taken prisoner last week", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Kiev regime's losses during the fighting in the region came to more than 76,000 servicemen killed and wounded", False)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 soldiers to Russia since last fall", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 of them have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "That casualty toll includes roughly 600 deaths", False),
         ("troops", "north_korea", 3000, None, "about", NIS + ["Lee"],
          "The roughly 15,000 include some 3,000 reinforcements that arrived in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS + ["Lee"],
          "after the first contingent of about 11,000 took heavy losses", False)],
 "010": [("casualties", "north_korea", 5000, None, "about", HUR,
          "North Korean forces sent to Russia's Kursk region have lost around 5,000 men killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "among them some 600 dead", False)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "the North has sent about 15,000 combat troops to Russia since last autumn", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "It put their losses at around 4,700 killed or wounded in April.", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Kim", "state media", "North Korea"],
          "honoured nine of its soldiers who died during the mission", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "roughly 1,000 deminers went to Kursk over the summer", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the war", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "out of roughly 15,000 sent to Russia since October 2024", False),
         ("casualties", "russia", 1170, None, "exact", ["General Staff", "Ukrain"],
          "Russia had lost 1,170 soldiers in the past 24 hours", True)],
}
NOT = {
 "000": ["a total of 12,000 soldiers in four brigades (planned)", "some 10,000 more personnel to send (planned)",
         "Oct. 8 and 13", "two hours", "3,000-seat hall (headline)", "2,593.82", "30th straight week", "1,370.5",
         "Facebook 2,114 | X 987 | KakaoTalk 5,402"],
 "001": ["12K (headline)", "170mm self-propelled guns, 240mm rocket launchers", "23 ballistic missiles in 2024",
         "Nov. 6", "$2,000 per soldier per month, ¥300,000", "7 ballistic missiles (headline)", "¥2.4 billion (headline)",
         "1.2% at 38,721 (headline)", "¥1,650 per month", "Share 1.1K, Bookmark 86"],
 "002": ["some 10 kilometers", "Dec. 27 (headline)", "1,450 against dollar (headline)", "5 things, 45% (headline)",
         "30 North Korean troops killed or wounded (Related headline)", "Share 3,402", "Comment (27)"],
 "003": ["assault groups of 20 to 30 men", "about 70 km", "12 Russian tanks and 31 artillery systems (READ ALSO)",
         "personnel about 776,610 (+1,550), 9,486 tanks, 21,012 artillery, 20,433 drones (loss widget)",
         "18 744 views, 63 comments", "412K subscribers"],
 "004": ["74 attack drones and four ballistic missiles; 47 shot down, 20 lost", "214 comments",
         "10,000 structures (headline)", "Arsenal 2-0", "four times (headline)", "7am GMT"],
 "005": ["240mm multiple rocket launchers", "Jan. 9", "0.4 pct (headline)", "6.6 pct (headline)",
         "179 victims (headline)", "Facebook 1,378 | X 644 | KakaoTalk 3,915"],
 "006": ["100-year partnership", "about 1,300 square kilometers", "about half", "Three killed in Zaporizhzhia (headline)",
         "€3 billion (headline)", "15th sanctions package (headline)", "Comments: 38"],
 "008": ["412 tanks, 340 infantry fighting vehicles, over 1,500 armored combat vehicles, 1,300 artillery pieces",
         "Article 4", "August 6, 2024", "115 drones over 7 regions (headline)", "2026 (headline)", "1.6 million subscribers"],
 "009": ["3 candidates, June 3 (headline)", "2,556.61", "5th store (headline)",
         "12,000 N. Korean troops may be sent (Related headline, planned)", "Share 2,031", "Comment (14)"],
 "010": ["5K (headline)", "about 1,376 square kilometers", "less than 5 percent", "more than 9 million rounds",
         "several billion dollars", "39% (headline)", "Russia Loses 1,200 Soldiers in a Day (headline)",
         "4 U.S. Aircraft Carriers (headline)", "$1 for your first month", "212 comments"],
 "011": ["1,000 deminers and 5,000 military construction workers (planned)", "6,000 sappers and builders (headline, planned)",
         "thousands more personnel (planned)", "second visit in two weeks, third this year",
         "about 100,000 North Korean laborers abroad, 2017", "19 days", "5,000-ton destroyer (headline)",
         "¥8.7 trillion (headline)", "10 rockets (headline)", "Share 532"],
 "014": ["1,000 deminers and 5,000 military builders (Shoigu's June pledge, planned)", "four months, 120 days",
         "3 villages (headline)", "2 short-range ballistic missiles (headline)", "1%, $61.12 (headline)"],
}
OFF = ["012", "013"]
DUP = {"007": "006"}

goldlib.write(
    "Gold labels for the blind97 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-1", "006-1", "some 3,000 casualties (NIS) against nearly four thousand (Zelensky), three days apart"],
        ],
        "may": [
            ["009-1", "009-4", "about 15,000 in total against some 3,000 reinforcements: a part, and an additional force"],
            ["009-1", "009-5", "about 15,000 now against a first contingent of about 11,000: the same report's history"],
            ["009-4", "009-5", "some 3,000 reinforcements against a first contingent of about 11,000: an additional force"],
        ],
    },
)
