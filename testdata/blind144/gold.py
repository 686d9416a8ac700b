#!/usr/bin/env python3
"""Write gold.json for the blind144 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "lawmaker", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
UKR = ZEL + ["Ukrain", "Kyiv"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "North Korea has moved some 1,500 special operations soldiers to Russia's Far East", False)],
 "001": [("troops", "north_korea", 8000, None, "about", ["Blinken", "Secretary of State", "State Department", "U.S.", "United States"],
          "Some 8,000 North Korean soldiers have reached Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon", "Defense", "U.S.", "United States"],
          "roughly 10,000 North Korean troops have been sent to Russia, the Pentagon has estimated", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are now 11,000 North Korean soldiers in Russia's Kursk Oblast, President Volodymyr Zelensky said", False)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That puts the North's combined casualties at roughly 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The roughly 11,000 North Korean troops stationed in Russia's Kursk region", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "have already lost more than 3,000 soldiers killed and wounded, according to preliminary data from President Volodymyr Zelensky", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "South Korea's National Intelligence Service estimated North Korean losses at about 1,100 killed and wounded", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "around 300 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the North's casualties had thus risen to about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + UKR,
          "Ukraine had captured two North Korean soldiers on Saturday", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "The dead and wounded among them now number nearly 4,000, he said", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "South Korea's intelligence agency put North Korea's casualties at about 3,000 earlier this week", False),
         ("captured", "north_korea", 2, None, "exact", UKR,
          "the two North Korean soldiers captured earlier this month", False),
         ("troops", "north_korea", 11000, 12000, "range", ["United States", "U.S.", "US", "Washington", "Pentagon"],
          "The United States estimates that 11,000 to 12,000 North Korean soldiers have been sent to Russia", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "The Ukrainian army's losses during the Kursk adventure exceeded 76,000 servicemen", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Roughly 4,700 North Korean soldiers were killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 who died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North has sent about 15,000 troops to Russia in total", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Troops sent in first wave (Oct.-Dec. 2024) | about 11,000 | NIS", False),
         ("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
          "Reinforcements (Jan.-Feb. 2025) | about 3,000 | Joint Chiefs of Staff", False),
         ("captured", "north_korea", 2, None, "exact", UKR,
          "Captured by Ukraine | 2 | Ukrainian government", False)],
 "011": [("casualties", "north_korea", 4000, None, "at_least", ["Ministry of Defence", "MoD", "UK", "British", "Britain", "Defence Intelligence", "military intelligence"],
          "North Korea has suffered at least 4,000 casualties among the troops it sent", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 North Korean soldiers had been killed or wounded", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "about two thousand North Korean soldiers have died in Russia's war against Ukraine", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "The agency had previously estimated that around 600 North Korean soldiers were killed by the spring", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "Kim", "North Korea", "Pyongyang"],
          "an event that also marked the deaths of nine of its soldiers", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "South Korea's intelligence agency estimated in September that about 2,000 North Korean soldiers had been killed", False)],
}
NOT = {
 "000": ["a total of four brigades, or roughly 12,000 soldiers (planned)", "11th Corps", "five-day period, Oct. 8",
         "more than 13,000 containers of shells", "2,593.37, 0.6 pct (headline)", "1,376.40 per dollar (headline)",
         "60-meter sections (headline)", "6 tracks (headline)", "1 million copies in 6 days (headline)", "Share 2.1K, Tweet 384"],
 "001": ["roughly 500 square miles", "$425 million weapons package", "70th anniversary, 1953", "35-14 (sports headline)",
         "9 cents, $3.02 a gallon", "$4.8 million bond, Route 9", "12 new notices", "61°", "99¢ for 3 months", "Comments (47)"],
 "002": ["around 1,300 square kilometers", "Aug. 6, three months", "96 drones, 62 shot down, 28 lost (headline)",
         "1,000 days", "$5 a month", "4 years", "3 missiles (headline)", "699,780 troops since Feb. 24, 2022 (other story's headline)",
         "$54 billion 2025 budget (headline)", "Share 1.2K", "2 min read"],
 "003": ["240-millimeter rocket launchers", "several soldiers captured (unconfirmed rumour the NIS could not confirm)",
         "KOSPI 1.95%, 2,435.93 (headline)", "3 dead, 6 injured (headline)", "10% of overseas staff (headline)",
         "20% aged 65 or over (headline)", "7 a.m. KST"],
 "004": ["1 killed, 13 injured in Kryvyi Rih (headline)",
         "personnel about 774,300 (+1,350), tanks 9,609, armoured vehicles 19,874, artillery 21,024 (losses widget)",
         "23.12.2024 16:20"],
 "006": ["170mm self-propelled howitzers, 240mm multiple rocket launchers", "$21 billion (headline)", "2% (headline)",
         "death toll rises to 24 (other story's headline)", "2 hours ago", "GMT+9"],
 "007": ["8.7 trillion yen (headline)", "Magnitude 5.2 (headline)", "38,451, 0.3% (headline)", "10 minutes", "19:05 JST"],
 "009": ["more than 7,700 pieces of equipment, 417 tanks, 435 artillery pieces", "Article 4", "115 drones over seven regions (headline)",
         "100% capacity (headline)", "Views 2,1K"],
 "010": ["more than 12 million artillery shells", "204 days", "64% (headline)", "10 years in the Storm Corps (headline)",
         "0.18%, May 3, 1.8 trillion won (headlines)", "1,024 comments"],
 "011": ["100% tariff (headline)", "1.5% (headline)", "37 songs (headline)", "7am BST", "312 comments", "£4 a month", "six months"],
 "012": ["1,000 deminers and 5,000 military construction workers (planned)", "thousands of workers (planned)",
         "Video 02:31", "500 drones and 40 missiles (headline)", "19th sanctions package (headline)", "€9 billion, 2026 (headline)"],
 "014": ["1,000 deminers and 5,000 military builders (planned)", "about four months, 120 days", "2026 drills (headline)",
         "$34 million, 6-month high (headline)", "24 portraits (headline)", "$12 a month or $120 a year", "9 comments"],
}
OFF = ["008", "013"]
DUP = {"005": "003"}

goldlib.write(
    "Gold labels for the blind144 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-1", "002-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), four days apart"],
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["006-3", "007-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelenskyy), five days apart"],
        ],
        "may": [
            ["001-2", "002-1", "about 10,000 sent to Russia (Pentagon) against 11,000 in Kursk (Zelensky): the bands touch, and Kursk is a part of Russia"],
            ["001-1", "001-2", "8,000 in Kursk against 10,000 in Russia in the same article: a part against the whole"],
            ["004-1", "004-2", "more than 3,000 (Zelensky) against the earlier NIS 1,100 restated in the same article"],
            ["007-1", "007-2", "nearly 4,000 (Zelenskyy) against the NIS 3,000 restated in the same article"],
            ["010-3", "010-4", "about 15,000 in total against about 11,000 in the first wave: a part against the whole"],
            ["010-3", "010-5", "about 15,000 in total against about 3,000 reinforcements: an additional force"],
            ["010-4", "010-5", "first wave against reinforcements: different forces"],
            ["012-1", "012-2", "about 2,000 killed now against about 600 by the spring, restated: months apart"],
            ["014-1", "014-2", "nine engineers killed against about 2,000 killed overall: a part against the whole, months apart"],
        ],
    },
)
