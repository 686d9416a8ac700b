#!/usr/bin/env python3
"""Write gold.json for the blind122 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "intelligence service", "spy agency", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Defense Department", "defense official", "U.S."]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy ships carried about 1,500 North Korean special forces soldiers to Vladivostok", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT + ["Sabrina Singh", "Singh"],
          "About 10,000 North Korean soldiers have been sent to eastern Russia for training, Pentagon press secretary Sabrina Singh said", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "South Korea's National Intelligence Service says between 10,000 and 12,000 North Korean troops are now in Russia", False)],
 "003": [("troops", "north_korea", 11000, 12000, "range", PENT + ["senior defense official"],
          "The Defense Department now believes North Korea has between 11,000 and 12,000 soldiers in Russia, a senior defense official said", False),
         ("troops", "north_korea", 11000, None, "about", ["Ministry of Defence", "Britain", "British", "UK"],
          "Britain's Ministry of Defence put the total at about 11,000 in its own assessment last week", False)],
 "004": [("killed", "north_korea", 100, None, "about", NIS,
          "Roughly a hundred North Korean soldiers have been killed in combat against Ukrainian forces", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "about 1,100 casualties in all", False)],
 "005": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region, President Volodymyr Zelensky said", False)],
 "007": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korea's losses in Russia have risen to about 3,000, the NIS told lawmakers Monday", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "some 300 soldiers killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and around 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers were taken prisoner by Ukrainian forces on Saturday", False)],
 "008": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean troops fighting for Russia in Kursk Oblast have suffered nearly 4,000 killed and wounded, President Zelensky said", False),
         ("killed", "north_korea", 19, None, "exact", ["Special Operations Forces", "SSO", "Ukrain"],
          "Ukraine's Special Operations Forces say their units killed 19 North Korean soldiers in a single assault", False)],
 "009": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has sent some three thousand more soldiers to Russia since January, South Korea's National Intelligence Service said", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Pyongyang initially sent about 11,000 troops in the autumn, the agency said", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 killed, the National Intelligence Service said", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang had sent around 15,000 troops in total, it said", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "military intelligence", "HUR", "GUR"],
          "Military intelligence chief Kyrylo Budanov says North Korea's losses in Kursk Oblast now exceed 4,000 killed and wounded", False)],
 "012": [("troops", "north_korea", 15000, None, "about", NIS,
          "South Korea's intelligence service has estimated that North Korea has already sent about 15,000 soldiers to Russia", False)],
}
NOT = {
 "000": ["a total of 12,000 troops in four brigades (planned)", "Oct. 8 and 13", "f 2.1K, X 684 (share bar)",
         "2 inter-Korean roads (headline)", "0.8 pct, 1,368.0 per dollar (headline)", "3 injured (headline)",
         "25 pct (headline)", "9.1 tln won (headline)", "10 ways (headline)"],
 "001": ["5 stories, 4 min, 4:12", "1.8%", "153 per dollar", "6%, $71.42 a barrel", "14 municipalities, two lines",
         "$3.5 billion, 41% premium", "4-2, 3-0", "128,400 readers", "$1 for 3 months"],
 "002": ["1,204 comments", "37 of 44 drones", "15th sanctions package", "40,000 households", "Updated Nov 4 (furniture)",
         "Share 2.7K", "7am GMT"],
 "003": ["170mm self-propelled guns", "240mm multiple rocket launchers", "about half of the shells",
         "$988 million", "more than 500 air-defense interceptors", "about 1,300 square kilometers", "roughly 40%",
         "six years (bio)", "6 things, $988 million (headline)", "kills 10 (headline)", "75 years (headline)", "Comments (312)"],
 "004": ["One of the fatalities was a general-rank officer", "8 artillery rounds (headline)", "1.4 pct, 1,450 (headline)",
         "2 dead in apartment fire (headline)", "f 3.4K, X 1.1K, Kakao 402 (share bar)"],
 "005": ["1 min, 18.6K views, 2.2K shares"],
 "007": ["Issue #412", "Four things", "about 1,000 officers (police)", "6.6%, $61.4 billion", "$683.8 billion",
         "-12°C", "5 to 10 cm of snow", "42,000 readers", "04519 (postcode)"],
 "008": ["two armoured vehicles", "8 regions", "42.15 per dollar", "33 of 39 attack drones, 6 lost",
         "24,880 views, 57 comments", "Russia lost 1,830 soldiers in a day (headline)", "155mm shell output tripled (headline)"],
 "009": ["240mm rocket launchers, 170mm self-propelled guns", "three-year-old rapprochement", "since 2011 (bio)",
         "¥8.7 trillion, 9.4% (headline)", "5 takeaways (headline)", "24 Chinese aircraft (headline)",
         "Comments (86), Share 1.3K", "5 min read"],
 "010": ["f 5.8K, X 2.0K (share bar)", "1,420 per dollar (headline)", "4 things, June 3 (headline)", "two days after"],
 "011": ["two border villages", "3 cars", "58.9 hryvnias, 1.2%", "149 drones, 74 shot down", "31,540 views, 112 comments",
         "205 defenders in prisoner swap (headline)", "2 killed in Kharkiv (headline)"],
 "012": ["1,000 sappers (planned)", "5,000 military construction workers (planned)", "6,000 deminers and builders (headline, planned)",
         "9.4K views, 640 shares"],
}
OFF = ["013", "014"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind122 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["004-3", "005-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["007-1", "008-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["009-1", "009-2", "some three thousand more against about 11,000 initially: an additional force"],
        ],
    },
)
