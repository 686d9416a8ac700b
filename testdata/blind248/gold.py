#!/usr/bin/env python3
"""Write gold.json for the blind248 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence", "Lee Seong-kweun",
       "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Department of Defense", "Defense Department", "Ryder", "United States", "US", "U.S."]
HUR = ["Defence Intelligence", "Defense Intelligence", "HUR", "Ukrain"]
KCNA = ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Pyongyang"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 8000, None, "about", ["Blinken", "Secretary of State", "State Department"],
          "About 8,000 North Korean soldiers have moved into Russia's Kursk region near the border with Ukraine", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "roughly 10,000 North Korean soldiers had been sent to eastern Russia for training since early October", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 North Korean soldiers in Russia's Kursk region", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "the North Korean contingent includes some 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "some 500 officers and three generals", True)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 of them have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Around 1,100 North Korean soldiers have been killed or wounded in all, he said", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "The NIS had estimated last month that Pyongyang had sent 10,000 to 12,000 soldiers to Russia", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers had been killed or wounded in Russia's Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "put North Korean losses at around 1,100 killed and wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "the United States believed between 11,000 and 12,000 North Korean troops were now in the Kursk region", False),
         ("casualties", "north_korea", 200, 900, "vague", PENTAGON,
          "\"several hundred\" of them had been killed or wounded", True)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and about 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS + ["lawmaker"],
          "That puts the North's total casualties at roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"] + ZEL,
          "Ukraine said it had captured two wounded North Korean soldiers in Kursk", False),
         ("troops", "north_korea", 11000, None, "about", NIS + ["Kyodo", "believed"],
          "North Korea is believed to have sent around 11,000 troops to Russia last autumn", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have lost nearly 4,000 soldiers killed and wounded, Ukrainian President Volodymyr Zelensky said", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "Kyiv"],
          "the two North Korean soldiers captured last week", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "it said about 300 North Koreans had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "Pyongyang had sent some three thousand more troops to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "Seoul believes the original contingent numbered about 11,000", False),
         ("killed", "russia", 90000, None, "more_than", ["Mediazona", "BBC"],
          "Mediazona has confirmed the names of more than 90,000 Russian soldiers killed since February 2022", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has suffered some 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea is estimated to have dispatched around 15,000 soldiers to Russia in total", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Ukraine has said it is holding two North Korean prisoners captured in January", False)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "around 15,000 North Korean soldiers had been deployed to Russia since last autumn", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "some 4,700 of them had been killed or wounded", False)],
 "014": [("killed", "north_korea", 9, None, "exact", KCNA,
          "Nine members of the regiment were killed during the mission, KCNA said", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "Nov 2024 | South Korea's National Intelligence Service (NIS) | 10,000 to 12,000 troops", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "Oct 2024 | US Department of Defense | about 10,000 troops sent to eastern Russia", False),
         ("troops", "north_korea", 3000, None, "about", JCS,
          "Jan–Feb 2025 | South Korea's Joint Chiefs of Staff | about 3,000 more troops as reinforcements", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Apr 2025 | NIS | about 15,000 troops in total", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 of them killed", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "Sep 2025 | NIS | about 2,000 killed", False)],
}
NOT = {
 "000": ["190-mile ATACMS", "86 minutes", "about 28,500 US troops in South Korea (not a subject)",
         "several hundred square miles", "Russia lost 1,690 troops in a day (other story's headline)",
         "41 million ballots, 5 days", "$1.2 billion", "3 injured (headline)", "Ravens 41, Broncos 10",
         "Share 1.2K / 318"],
 "002": ["about 20 interpreters for each company-size unit", "more than 1,300 square kilometers", "about 100 settlements",
         "August 6", "9 injured (headline)", "Russia lost 1,180 troops (headline)", "100 more tanks (headline)",
         "Views 4,812"],
 "003": ["240-millimeter rocket launchers", "170-millimeter guns", "Dec. 27", "KOSPI 1.95% 2,435.93",
         "1,500 troops, 3 drills (other story's headline)", "Like 37", "Comments 12", "5 days a week"],
 "004": ["170mm guns, 240mm rocket launchers", "around 800 / about 1,300 square kilometres", "August 6",
         "killed 5 (headline)", "toll rises to 39 (headline)", "PSG 4-2, 6 points", "Comments (54)", "3 min"],
 "005": ["born in 2005", "since 2021", "60 years", "$4.39 million", "1st launch in 2025", "2 comments",
         "5 premium articles"],
 "007": ["a dozen soldiers in a drone video", "$500 million package", "AIM-9M, 155mm", "three days",
         "800,000 soldiers / 1,500 a day (headline)", "47% (headline)", "9-0", "$90 million", "Comments 211", "4 min"],
 "008": ["about three weeks", "six-month hold", "about 10 kilometers", "a few hundred square kilometers",
         "3 million rubles", "5 euros a month", "1,540 drones (headline)", "two weeks (headline)", "88 to the dollar",
         "5 min"],
 "009": ["tens of billions of won", "3.7 pct (headline)", "2 concerts, 31 cities (headline)",
         "5 candidates, June 3 (headline)", "paras 5-7"],
 "011": ["1,000 military deminers and 5,000 military construction workers (planned)",
         "6,000 deminers and builders (headline, planned)", "second trip in two weeks", "more than 90%",
         "1 km bridge", "9 billion rubles ($115 million)", "June 4", "2023", "NIKKEI 225 38,885.15 +0.90%",
         "3.2% (headline)", "$1.5bn (headline)", "14% in 5 months (headline)", "¥4,277 a month", "30-day"],
 "014": ["1,000 deminers and 5,000 military builders to be sent (fact box, planned)", "120 days", "four months",
         "more than eight months", "$20 billion (€17 billion)", "1 million without power (headline)",
         "€108 billion (headline)", "1,500 characters", "5 things", "5 min read"],
}
OFF = ["001", "010", "012", "013"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind248 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-1", "002-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), five days apart"],
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), five days apart"],
            ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against around 1,100 (JCS), same day"],
            ["005-3", "007-1", "roughly 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["000-2", "002-1", "about 10,000 sent to Russia (Pentagon) against 11,000 in Kursk (Zelensky): the bands touch, and Kursk is a part of Russia"],
            ["004-4", "004-1", "several hundred casualties (US) against more than 3,000 (Zelensky): a vague figure"],
            ["004-4", "004-2", "several hundred (US) against around 1,100 (JCS): a vague figure"],
            ["004-4", "003-3", "several hundred (US) against about 1,100 (NIS): a vague figure"],
            ["008-1", "008-2", "some 3,000 more against about 11,000 originally: an additional force"],
            ["014-3", "014-4", "fact box: 10,000 (Oct 2024) against 3,000 more (early 2025): an additional force, months apart"],
            ["014-3", "014-5", "fact box: 10,000 (Oct 2024) against 15,000 in total (Apr 2025): months apart"],
            ["014-2", "014-4", "fact box: 10,000-12,000 (Nov 2024) against 3,000 more: an additional force"],
            ["014-2", "014-5", "fact box: 10,000-12,000 (Nov 2024) against 15,000 (Apr 2025): months apart"],
            ["014-4", "014-5", "fact box: 3,000 more against 15,000 in total: a part of the whole"],
            ["014-7", "014-8", "fact box: about 600 killed (Apr 2025) against about 2,000 killed (Sep 2025): months apart"],
        ],
    },
)
