#!/usr/bin/env python3
"""Write gold.json for the blind221 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Defense Department", "Singh", "U.S.", "United States"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "North Korea has sent roughly 10,000 soldiers to train in eastern Russia", False),
         ("troops", "north_korea", 1500, None, "at_least", NIS,
          "at least 1,500 special operations troops had already been shipped across by Russian navy vessels", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "it now believes 10,000 to 12,000 North Korean soldiers have been sent to Russia", False),
         ("troops", "north_korea", 500, None, "about", ["Budanov", "military intelligence", "Ukrain"],
          "Around 500 officers, including three generals, were among the North Koreans sent to Russia", False),
         ("troops", "north_korea", 3, None, "exact", ["Budanov", "military intelligence", "Ukrain"],
          "including three generals", True)],
 "002": [("killed", "north_korea", 100, None, "about", NIS + ["Lee Seong-kweun"],
          "with about 100 killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
          "and nearly 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS + ["Lee Seong-kweun"],
          "The casualties come to about 1,100", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of killed and wounded North Korean soldiers in Kursk region already exceeds 3,000", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "the Pentagon estimates that between 11,000 and 12,000 North Korean servicemen are in the Kursk region", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "a combined toll the agency put at roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers were taken alive by Ukrainian forces", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "nearly 4,000 North Korean soldiers have now been killed or wounded fighting for Russia in the Kursk region", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "Kyiv"],
          "hand the two captured North Korean soldiers back to Kim Jong-un", False),
         ("killed", "ukraine", 3, None, "exact", ["Fedorov", "governor", "Zaporizhzhia"],
          "A Russian strike on Zaporizhzhia killed three people", True)],
 "006": [("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "the North had dispatched an additional 3,000 or so soldiers in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the roughly 11,000 that the National Intelligence Service estimates were deployed in the first wave", False)],
 "007": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the enemy lost more than 76,000 servicemen killed and wounded", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "has lost some 4,700 soldiers killed or wounded in the fighting in Russia's Kursk region", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 of them dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North had dispatched about 15,000 soldiers to Russia in total", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "GUR", "military intelligence", "Ukrain"],
          "North Korean losses in Kursk Oblast have exceeded 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korean forces had suffered about 4,700 casualties", False),
         ("casualties", "ukraine", 300, None, "up_to", ["Ministry of Defense", "MoD", "Russia"],
          "Ukrainian forces lost up to 300 servicemen in the Kursk and Belgorod directions in the past day", True)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea sent around 15,000 troops to fight for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 of whom were killed", False),
         ("killed", "ukraine", 28, None, "at_least", ["AFP", "Ukrain", "Kyiv"],
          "Russia launched 440 drones and 32 missiles overnight on Kyiv, killing at least 28 people", True)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea"],
          "Nine of the regiment's sappers died during the roughly 120-day mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed since the first units arrived", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "it has said the North sent about 15,000 in all", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Killed and wounded | about 4,700 | South Korea's NIS", False),
         ("captured", "north_korea", 2, None, "exact", ["SBU", "Security Service", "Ukrain"],
          "Taken prisoner by Ukraine | 2 | Ukraine's SBU", False),
         ("casualties", "russia", 1100000, None, "more_than", ["General Staff", "Ukrain"],
          "Russia's own losses since February 2022 have passed 1.1 million soldiers killed and wounded", False)],
}
NOT = {
 "000": ["about 28,500 troops in South Korea (US, not a subject)", "at least three training sites", "1950-53",
         "300-kilometer ATACMS", "$1 for your first 6 months", "52°F", "Share 214", "Comments (37)",
         "$4.2 million, 5-2 vote (headline)", "Central 28, Northridge 21", "6 cents to $3.09"],
 "001": ["¥8.5 trillion, 7.4 percent", "2 percent of GDP by 2027", "170 mm guns, 240 mm rocket launchers",
         "7 short-range ballistic missiles (headline)", "2,000-km-range (headline)", "400 Tomahawk (headline)",
         "1.2 million readers", "Share this story: 38", "4 min read"],
 "002": ["240-mm rocket launchers", "paras 5-8", "15:48 KST", "Share 1.1K", "250,000 copies (headline)",
         "KOSPI 1.95 pct at 2,435.93", "1,451.9 per dollar", "5 killed, 12 hurt in apartment fire (headline)"],
 "003": ["Views 6,821", "Facebook 412, X 95", "47 times, 2 people injured (headline)",
         "155 mm shells, 500,000 delivered (headline)", "59 of 103 drones (headline)", "19:32"],
 "004": ["born in 2005 / 1999", "joined in 2021 / served since 2016", "4 in 10 (headline)", "11% (headline)",
         "0.3 percentage point", "Share 265", "Comments 12"],
 "005": ["4 ballistic missiles and 55 drones", "34 shot down, 18 lost to jamming", "100-year partnership", "£150m",
         "3% of GDP", "418 comments", "£2", "12 hurt as storm hits Cornwall (headline)", "4 words (headline)",
         "70 new species (headline)"],
 "006": ["more than $20 billion, about 80%", "KN-23 range of about 700 km", "more than 800 sq km",
         "29% to 6.5 trillion won (headline)", "3.2% (headline)", "1,200 troops on Kinmen (headline, Taiwan)",
         "$1 / $40.99 a month", "Share 56", "several weeks"],
 "007": ["7,700 pieces of weaponry, 412 tanks, 677 infantry fighting vehicles", "December 4, 2024",
         "115 drones over 6 regions (headline)", "81.6 per dollar (headline)", "May 8 to May 11 (headline)",
         "1 487 views", "18+"],
 "008": ["170-millimeter guns, 240-millimeter rocket launchers", "more than 10,000 shipping containers", "since 2023",
         "May 9, 80th anniversary", "46% (headline)", "1.5 trillion won (headline)",
         "3 dead, 48,000 hectares (headline)", "Share 9"],
 "010": ["170mm M-1989 Koksan, range of up to 60 kilometers", "within 5 kilometers", "1:30 pm ET",
         "Key Takeaways 1. 2. 3.", "$50 an hour"],
 "011": ["1,000 deminers and 5,000 military builders (planned)", "6,000 deminers and builders (headline, planned)",
         "440 drones and 32 missiles", "about 6 km from Ukraine", "5,000-tonne destroyer (headline)",
         "$1 trillion (headline)", "1.4% (headline)", "23 comments", "second visit in as many weeks"],
 "014": ["6,000 deminers and builders promised (planned, fact box)", "dozens of Hwasong-11 missiles",
         "roughly 120-day mission", "214 comments", "9-2 (headline)", "44 dead, 300 missing (headline)",
         "$900 billion (headline)", "$1 for 1 month", "2024-2025"],
}
OFF = ["012", "013"]
DUP = {"009": "008"}

goldlib.write(
    "Gold labels for the blind221 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23)"],
            ["004-3", "005-1", "roughly 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 17)"],
        ],
        "may": [
            ["006-1", "006-2", "an additional 3,000 or so (JCS) against roughly 11,000 in the first wave (NIS): an additional force"],
        ],
    },
)
