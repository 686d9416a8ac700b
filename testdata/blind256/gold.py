#!/usr/bin/env python3
"""Write gold.json for the blind256 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
US_STATE = ["Blinken", "U.S.", "US", "State", "Washington"]
US_DEF = ["Defense Department", "Pentagon", "Singh", "U.S.", "US", "administration"]
BUD = ["Budanov", "HUR", "Defence Intelligence", "military intelligence"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "moving roughly 1,500 special operations soldiers to the Russian Far East this month", False),
         ("troops", "north_korea", 400, 500, "range", NIS,
          "gatherings of about 400 to 500 people near a Russian military facility", True)],
 "001": [("troops", "north_korea", 8000, None, "about", US_STATE,
          "about 8,000 have now moved into the Kursk region bordering Ukraine", False),
         ("troops", "north_korea", 10000, None, "about", US_DEF,
          "roughly 10,000 North Korean soldiers have been sent to eastern Russia", False),
         ("troops", "north_korea", 3000, None, "exact", US_DEF,
          "the number had grown from the estimate of 3,000 the administration gave only days before", False)],
 "002": [("troops", "north_korea", 11000, None, "about", ZEL,
          "Some 11,000 North Korean soldiers are already in Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon", "U.S.", "US"],
          "the North has sent about 10,000 troops to Russia in total", False),
         ("troops", "north_korea", 10000, None, "more_than", NIS + ["intelligence"],
          "more than 10,000 North Korean soldiers have arrived in the country", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "the North's troops had suffered around 1,100 casualties", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "around 100 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Washington", "U.S.", "US"],
          "Washington believes between 11,000 and 12,000 North Korean soldiers are now in Russia", False)],
 "004": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korea has suffered about 3,000 casualties", False),
         ("killed", "north_korea", 300, None, "about", NIS, "around 300 killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS, "some 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers were taken prisoner by Ukrainian forces", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL + ["Syrskyi"],
          "has now lost close to 4,000 men killed and wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Koreans had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS, "and 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "Kyiv"],
          "Ukraine is holding two North Korean soldiers who were captured in Kursk on January 11", False)],
 "006": [("troops", "north_korea", 3000, None, "about", JCS + ["military"],
          "North Korea has dispatched roughly 3,000 additional soldiers to Russia this year", False),
         ("troops", "north_korea", 11000, None, "about", JCS + ["military"],
          "on top of the 11,000-odd troops it deployed last autumn", False)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea's forces fighting for Russia have suffered roughly 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS, "including around 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North has sent about 15,000 soldiers to Russia in total", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "incl. about 3,000 reinforcements in January-February", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "NIS", "Nikkei"],
          "Soldiers held prisoner by Ukraine: 2", False)],
 "008": [("casualties", "north_korea", 4000, None, "more_than", BUD,
          "have exceeded 4,000 killed and wounded", False),
         ("troops", "north_korea", 11000, None, "about", BUD,
          "about 11,000 North Korean servicemen remain in the Kursk region today", False),
         ("casualties", "north_korea", 4700, None, "exact", NIS,
          "estimated North Korean casualties at 4,700", False),
         ("killed", "north_korea", 600, None, "exact", NIS, "including 600 killed", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces had lost more than 76,000 servicemen in the Kursk direction", False)],
 "010": [("killed", "north_korea", 2000, None, "about", NIS,
          "Roughly 2,000 North Korean troops have died in Russia's war against Ukraine", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "the agency had put the number of dead at about 600", False),
         ("casualties", "north_korea", 6000, None, "more_than", ["Defence Intelligence", "Britain", "British", "UK"],
          "North Korean forces in Kursk had likely suffered more than 6,000 casualties", False),
         ("casualties", "russia", 1080000, None, "more_than", ["General Staff", "Ukrain"],
          "more than 1.08 million killed and wounded since February 2022", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "Kim"],
          "nine of its soldiers had been killed during a mine-clearing mission", False),
         ("troops", "north_korea", 10000, None, "about", NIS,
          "around 10,000 North Korean troops were still stationed in Russia", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "roughly 5,000 construction troops had been moving there since September", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "Seoul's spy agency estimated in September that about 2,000 had died", False)],
}
NOT = {
 "000": ["four brigades, some 12,000 personnel in all (planned)", "Oct. 8 and 13", "three smaller craft",
         "11th Corps", "more than 13,000 containers", "0.25 percentage point, 3.25 pct (headline)",
         "2 killed, 5 injured (headline)", "9.1 tln won", "155mm shells (headline)"],
 "001": ["about 54,000 service members in Japan and some 28,500 in South Korea (US forces, not a subject)",
         "Hwasong-19, 86 minutes", "more than 7,000 kilometers", "about 200 km", "15 years (headline)",
         "¥8.5 trillion (headline)", "¥1,650 per month", "SHARE 34"],
 "002": ["60mm mortars", "three weeks of training", "more than 1,000 square kilometres",
         "6 injured (headline)", "Over 700,000 (headline, General Staff)", "€4.2 billion", "1 254 views", "August 2024"],
 "003": ["170mm self-propelled guns", "240mm multiple rocket launchers", "about 10 kilometres", "two more villages",
         "6 injured, 500,000 without heating (headline)", "57 of 72 drones (headline)", "Facebook 1.8K", "3 min"],
 "004": ["aged 20", "26", "240-millimeter", "170-millimeter", "1,500 km (headline)", "$683.8 billion (headline)",
         "3,000 police (headline)", "179 remembered (headline)", "KOSPI 2,489.56, 0.24%", "Comments 27"],
 "005": ["about 20 kilometers", "€28 billion", "Leopard 1", "injures 4 (headline)", "10 drones (headline)",
         "30% (headline)", "7 days a week", "August 2024"],
 "006": ["around 220 artillery pieces", "170-mm", "240-mm", "more than 1,100 square km", "3.0% (headline)",
         "death toll rises to 26 (headline, wildfire)", "25% (headline)", "April 2"],
 "007": ["June 19, 2024", "about 6,800 km", "3.7%, 2.6m vehicles (headline)", "898,000 (headline)",
         "36,045, 0.57%", "$1 for your first month"],
 "008": ["165 drones, 110 shot down (headline)", "at least 20% (headline)", "41.54 UAH", "187K subscribers",
         "Views 12 480", "August 2024", "March 2025"],
 "009": ["1,000 sappers and 5,000 military construction workers (planned)", "second visit in two weeks",
         "over 400 tanks and 2,800 other armored vehicles", "more than 150,000 residents (civilians)",
         "June 19, 2024", "Article 4", "two settlements, 49 UAVs (headlines)", "1.4% (headline)", "25.6K",
         "No. 03247, 02 April 1999"],
 "010": ["about 6,000 more personnel, engineers and builders (planned)",
         "25,000 to 30,000 additional troops (possible, not confirmed)", "more than three times",
         "6 min read", "Comment 312", "2-hour call (headline)", "more than 1,400 (headline, earthquake)",
         "60,000 reservists (headline)", "since 2014", "$40"],
 "011": ["1,000 deminers and 5,000 military builders (June plan)", "about 120 days", "roughly four months",
         "nearly six months", "at least 11 buildings", "$8.99/month, 20%", "2 ballistic missiles (headline)",
         "12 charts (headline)", "40% (headline)", "47 comments"],
}
OFF = ["012", "013"]
DUP = {"014": "006"}

goldlib.write(
    "Gold labels for the blind256 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-1", "002-1", "about 8,000 in Kursk (Blinken) against some 11,000 in Kursk (Zelensky), four days apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's JCS), the same day"],
            ["004-1", "005-1", "about 3,000 casualties (NIS) against close to 4,000 (Zelensky), five days apart"],
        ],
        "may": [
            ["001-3", "001-1", "a superseded 3,000 restated beside the new 8,000 in Kursk"],
            ["001-3", "001-2", "a superseded 3,000 restated beside the new 10,000"],
            ["001-3", "002-1", "a superseded 3,000 (restated) against 11,000 in Kursk"],
            ["001-3", "002-2", "a superseded 3,000 (restated) against about 10,000"],
            ["001-3", "002-3", "a superseded 3,000 (restated) against more than 10,000"],
            ["001-2", "002-1", "about 10,000 sent to Russia against some 11,000 in Kursk: the bands touch, and Kursk is a part of Russia"],
            ["002-1", "002-2", "about 10,000 in Russia (Pentagon) against some 11,000 in Kursk (Zelensky): the bands touch"],
            ["001-1", "002-2", "8,000 in Kursk against about 10,000 in Russia in total: a part against the whole"],
            ["001-1", "002-3", "8,000 in Kursk against more than 10,000 in Russia: a part against the whole"],
            ["006-1", "006-2", "an additional 3,000 against the 11,000 sent first: an additional force"],
            ["007-3", "008-2", "15,000 sent in all (NIS) against 11,000 still in Kursk (Budanov): not the same quantity"],
            ["007-4", "008-2", "3,000 reinforcements against 11,000 still in Kursk: an additional force"],
            ["010-1", "010-2", "about 2,000 killed now against about 600 in April, restated by the same agency"],
            ["011-1", "011-4", "nine engineers killed demining against about 2,000 killed in combat: a part, months apart"],
            ["011-2", "011-3", "10,000 stationed against 5,000 builders moving in: different groups"],
            ["000-1", "000-2", "1,500 moved against 400-500 seen in one image: a part"],
        ],
    },
)
