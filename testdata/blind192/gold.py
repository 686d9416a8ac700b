#!/usr/bin/env python3
"""Write gold.json for the blind192 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Department of Defense", "Defense Department", "Sabrina Singh", "Singh", "U.S.", "US"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "Kim Jong Un", "North Korea", "Pyongyang"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "at_least", NIS,
          "North Korea has already moved at least 3,000 soldiers to Russia", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "a further group of about 1,500 troops left the North this week", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "a first batch of roughly 1,500 special operations forces that was shipped to Vladivostok", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "\"about 10,000\" North Korean soldiers had been sent to eastern Russia for training, Pentagon Deputy Press Secretary Sabrina Singh told reporters", False),
         ("casualties", "ukraine", 27000, None, "more_than", ["Defense Ministry", "Russia", "Moscow"],
          "Ukraine had lost more than 27,000 servicemen in the Kursk direction", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "Around a hundred North Korean soldiers sent to fight for Russia have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded, South Korea's spy agency said Thursday", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "that puts North Korean casualties at about 1,100, according to the figures relayed by Lee", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "The NIS estimated last month that between 10,000 and 12,000 North Korean troops had been deployed to Russia", False),
         ("casualties", "north_korea", 200, 900, "vague", ["Kirby", "White House", "Washington"],
          "North Korean troops had suffered \"several hundred\" killed and wounded", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "have lost more than 3,000 soldiers killed and wounded, according to President Volodymyr Zelensky", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "The U.S. Defense Department believes that between 11,000 and 12,000 North Korean soldiers are in Kursk Oblast", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers deployed to Russia have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 others wounded in the war against Ukraine, South Korea's spy agency said Monday", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "It brings the North's casualties to around 3,000, the NIS said", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "a jump from its estimate of about 1,100 in December", True),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers had been captured by Ukrainian forces on Jan. 9", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The NIS said it believes about 11,000 North Korean troops were deployed to the Kursk region", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "\"Almost 4,000 North Korean soldiers have already been killed or wounded,\" Volodymyr Zelensky told reporters", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Zelensky", "SBU", "Security Service"],
          "Two North Korean soldiers were captured by Ukrainian troops last week", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Seoul's intelligence service put the figure at about 3,000 earlier this week", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea has sent roughly 3,000 more soldiers to Russia since the start of the year, South Korea's military says", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "They join an initial force of about 11,000 that Pyongyang dispatched last autumn", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded fighting Ukrainian forces", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 dead, the National Intelligence Service told lawmakers", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia", "Moscow"],
          "According to Gerasimov, Ukrainian forces lost more than 76,000 troops in Kursk since last August", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "The NIS said North Korea had sent about 15,000 troops to Russia in total", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Soldiers held by Ukraine: 2", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "South Korea's intelligence service believes about 15,000 North Korean soldiers have been sent to Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Seoul estimates that about 600 of them have died", False),
         ("wounded", "north_korea", 2000, 9999, "vague", NIS,
          "and thousands more have been wounded", True)],
 "014": [("killed", "north_korea", 9, None, "exact", KCNA,
          "acknowledged that nine of its soldiers died during the mission, according to state media", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "some 5,000 construction troops had been moving to Russia in stages since September", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "The NIS has estimated that about 2,000 North Korean soldiers have been killed in the war", False),
         ("casualties", "north_korea", 6000, None, "more_than", ["Ministry of Defence", "Britain", "UK", "MoD"],
          "Britain's Ministry of Defence has said that the North likely suffered more than 6,000 casualties in Kursk", False)],
}
NOT = {
 "000": ["12,000 troops in four brigades by December (planned)", "12K in the headline (planned)",
         "about 100 words of military Russian", "November 1", "1,000 km (headline)", "Typhoon No. 21, 216 km/h (headline)",
         "8.5 trillion yen (headline)", "Video 2:14", "18:20 JST"],
 "001": ["165 tanks and 109 infantry fighting vehicles", "six attacks", "42 Ukrainian drones, 21 over the Kursk Region",
         "75 years (headline)", "97.3 rubles (headline)", "134 paragraphs (headline)", "1862417 (URL id)"],
 "002": ["two infantry fighting vehicles and a 120mm mortar position", "800 km² (headline)",
         "93 missiles and almost 200 drones (headline)", "204-85 (headline)", "Facebook 312, X 1.1K", "16 channels", "2 min"],
 "003": ["nearly three times as high", "1,900 troops in a day (headline)", "$15 billion (headline)",
         "Russia's losses widget: ~776,610 (+1,930), 9,523 tanks, 20,854 artillery, 20,600 drones",
         "40,000 members", "5 years (bio)", "Comments (27)"],
 "004": ["born in 2005 / 1999", "Jan. 9", "2,700 police mobilized (headline)", "0.26 pct, 2,489.56 (headline)",
         "179 (headline)", "3rd week (headline)"],
 "005": ["100-year partnership", "2.5-kilometre stretch", "£40 million", "145 million people a month",
         "50 years (headline)", "18 countries (headline)", "600,000 homes (headline)", "1:47"],
 "007": ["some 2,500 kilometers of rail", "some 220 170mm self-propelled guns and 240mm multiple rocket launchers",
         "$20 billion", "smaller groups of 10 to 15", "7 ballistic missiles", "$0.99, $39 a month",
         "30% (headline)", "5,000 troops in exercises (Japan-Philippines headline)", "150 (headline)"],
 "008": ["two days after", "about 1 million barrels of oil", "April 28, 2025", "2012 (bio)",
         "5,000-ton destroyer (headline)", "June 3, 7 candidates (headline)", "1.2 percent (headline)", "Most Popular 1-5"],
 "010": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 deminers and builders (headline, planned)",
         "second visit in two weeks", "up to 40% of the artillery shells", "30 to 50 kilometers",
         "440 drones and 32 missiles (headline)", "5% of GDP (headline)", "6 days a week"],
 "014": ["528th engineer regiment", "120-day deployment", "1,000 deminers and 5,000 military builders (planned, restated)",
         "late 2024", "3 villages (headline)", "Arsenal 2-1 Chelsea (headline)", "3.6% (headline)", "£2 a month",
         "Comments (184)", "Share 1,240"],
}
OFF = ["009", "011", "012", "013"]
DUP = {"006": "004"}

goldlib.write(
    "Gold labels for the blind192 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-3", "005-1", "about 3,000 casualties (NIS) against almost 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["002-5", "003-1", "several hundred casualties (Kirby) against more than 3,000 (Zelensky): a vague figure"],
            ["002-3", "002-5", "about 1,100 (NIS) against several hundred (Kirby), same article: a vague figure"],
            ["005-1", "005-3", "almost 4,000 (Zelensky) against about 3,000 (NIS restated in the same article): the must pair 004-3/005-1 told again"],
            ["004-3", "004-4", "about 3,000 now against about 1,100 in December (NIS): an old estimate restated"],
            ["004-4", "005-1", "about 1,100 (NIS, December estimate restated) against almost 4,000 (Zelensky): an old estimate"],
            ["007-1", "007-2", "roughly 3,000 more against an initial force of about 11,000: an additional force"],
        ],
    },
)
