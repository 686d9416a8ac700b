#!/usr/bin/env python3
"""Write gold.json for the blind240 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
SBU = ["Security Service of Ukraine", "SBU", "Ukrain"]
KCNA = ["KCNA", "Korean Central News Agency", "state media", "Kim Jong Un", "North Korea", "Pyongyang"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "001": [("troops", "north_korea", 10000, None, "more_than", ["Singh", "Pentagon", "US officials"],
          "More than 10,000 North Korean soldiers are now in the Kursk region", False),
         ("troops", "north_korea", 8000, None, "about", ["Austin", "Pentagon", "Defense Secretary"],
          "about 8,000 of the North Koreans had moved toward the border with Ukraine", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "has put the total deployment at 10,000 to 12,000", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the NIS puts the North's casualties at roughly 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Of the roughly 11,000 troops the North has sent", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead was at least one officer of general rank", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False),
         ("troops", "north_korea", 11000, None, "about", ["Ukrainian officials", "Ukrain"],
          "about 11,000 North Korean soldiers were brought to Kursk region", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded fighting for Russia", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That brings the North's losses to some 3,000 men in total", False),
         ("casualties", "north_korea", 1100, None, "exact", NIS,
          "a sharp rise from the 1,100 the agency had reported in December", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + SBU,
          "two North Korean soldiers had been taken prisoner by Ukrainian forces", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly four thousand North Korean soldiers have been killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + SBU,
          "the two North Korean soldiers who were captured on January 11", False)],
 "006": [("troops", "north_korea", 3000, None, "about",
          ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"],
          "North Korea has sent an additional 3,000 or so soldiers to Russia", False),
         ("casualties", "ukraine", 55000, None, "more_than", ["Defense Ministry", "Russia"],
          "Ukraine has lost more than 55,000 servicemen killed and wounded in the Kursk region", False)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "roughly 600 of them have died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North had dispatched around 15,000 troops to Russia in total", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "HUR", "Defense Intelligence", "Ukrain"],
          "North Korea's losses in Russia's Kursk region have exceeded 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "the North's casualties stood at around 4,700", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers have been killed", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "the roughly 600 deaths the agency reported in April", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "about 1,000 engineering troops had already arrived in Kursk to clear mines", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korean troops sent to Russia | about 15,000 | South Korea's NIS", False),
         ("casualties", "north_korea", 6000, None, "more_than", ["Defence Intelligence", "UK", "Britain", "British"],
          "North Korean forces had suffered more than 6,000 casualties in Kursk", False),
         ("captured", "north_korea", 2, None, "exact", SBU,
          "Taken prisoner by Ukraine | 2 | Security Service of Ukraine", False)],
 "014": [("killed", "north_korea", 9, None, "exact", KCNA,
          "Nine members of the unit were killed during the 120-day mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed", False)],
}
NOT = {
 "001": ["300-kilometer-range ATACMS", "$7.1 billion", "about 28,500 US troops in South Korea (not a subject)",
         "11th Corps", "6 years (bio)", "$1.2 billion, 155mm (headline)", "4-month (headline)", "$895 billion (headline)",
         "5 days a week", "Comments (47)"],
 "002": ["240-millimeter rocket launchers, 170-millimeter guns", "3.1 percent in 2023", "Dec. 27 (headline)",
         "1,450 per dollar (headline)", "2 songs (headline)", "1.4% (headline)", "Like 312", "Comments 28"],
 "003": ["columns of 50 to 60 men", "1,960 invaders, 12 tanks, 37 artillery systems (headline)", "6 embassy buildings (headline)",
         "4th batch (headline)", "personnel 775,630 (+1,840), tanks 9,590 (sidebar widget)", "Views: 4,187", "Telegram (18K)"],
 "004": ["born in 2005, served since 2021", "June 2024", "500 km (headline)", "6 months (headline)",
         "2.1 million visitors (headline)", "3 min"],
 "005": ["100-year partnership", "£2.26 billion", "40 missiles (headline)", "3 things (headline)", "$500 million (headline)",
         "1:48", "1 free email a day"],
 "006": ["prewar population of about 5,000", "around 400 square kilometers, about 1,300 square kilometers",
         "100,000-ruble payouts (headline)", "88 per dollar (headline)", "3 years (headline)", "$5 a month", "Share (642)"],
 "007": ["$20 billion", "152-millimeter shells, KN-23", "48% (headline)", "10th straight week (headline)",
         "25 million USIM cards (headline)", "1 in 3 (headline)", "Likes 1,104"],
 "009": ["another 3,000 to 5,000 soldiers (planned)", "two to three months", "170-mm, 240-mm", "about half of the shells",
         "Budanov, 39; since 2020", "$12 billion, ¥470 billion", "10 years, 2 nations (headlines)", "¥143", "¥1,500/month", "Hatena 57"],
 "012": ["1,000 deminers and 5,000 military construction workers (planned)", "Deminers and builders promised | 6,000 (planned)",
         "about 12 million artillery shells", "$20 billion, 80% of GDP", "2023 / October 2024 (correction)",
         "5 takeaways, 3 million, 1,000 days (headlines)", "$8 a month", "Comments: 164", "4:32"],
 "014": ["120-day mission", "1,000 deminers and 5,000 military builders (planned)", "a new group of builders (planned)",
         "460,000 explosive objects", "about 10% of farmland", "6 billion roubles", "1,500 km, ¥21 trillion, 3 banks (headlines)",
         "5 days a week"],
}
OFF = ["000", "010", "011", "013"]
DUP = {"008": "007"}

goldlib.write(
    "Gold labels for the blind240 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-3", "005-1", "some 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["001-1", "001-2", "more than 10,000 in Kursk now against about 8,000 moving toward the border two weeks earlier (restated)"],
            ["001-2", "001-3", "about 8,000 near the border against 10,000-12,000 sent in total: a part of the whole"],
            ["004-3", "004-4", "some 3,000 now against the 1,100 reported in December (restated, same agency)"],
            ["004-4", "005-1", "the December figure of 1,100, restated, against nearly 4,000 four days later"],
            ["012-1", "012-2", "about 2,000 dead now against the roughly 600 reported in April (restated)"],
            ["012-3", "012-4", "about 1,000 engineers in Kursk against about 15,000 sent in total: a part, and another period"],
            ["014-1", "014-2", "nine sappers killed in demining against about 2,000 killed in all: a part of the whole"],
        ],
    },
)
