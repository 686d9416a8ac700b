#!/usr/bin/env python3
"""Write gold.json for the blind272 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Defence Intelligence", "HUR", "Budanov", "military intelligence", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS + ["Park Sun-won"],
          "North Korea has moved roughly 1,500 additional troops to Russia", False),
         ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
          "would put the number of North Korean soldiers sent there so far at around 3,000", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 North Korean soldiers in the Kursk region", False),
         ("troops", "north_korea", 12000, None, "about", HUR,
          "around 12,000 North Korean military personnel, including 500 officers, had been sent to Russia", False),
         ("troops", "north_korea", 500, None, "exact", HUR,
          "including 500 officers", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon"],
          "The Pentagon estimated last week that about 10,000 North Korean troops had been sent to eastern Russia", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "Around 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 others wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That would put the North's total losses at roughly 1,100", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "North Korea had between 11,000 and 12,000 troops in the Kursk region", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Seoul's National Intelligence Service said last week it believed about 1,100 North Korean soldiers had been killed or wounded", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "roughly 300 of Pyongyang's soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and about 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "The National Intelligence Service put the overall toll at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "it had captured two North Korean soldiers in Kursk Oblast", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean troops have been killed or wounded fighting for Russia in the Kursk region", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "the two North Korean soldiers captured by Ukrainian forces last week", False),
         ("troops", "north_korea", 11000, None, "about", ["Western", "South Korea", "officials"],
          "which Western and South Korean officials estimate at some 11,000 troops", False)],
 "006": [("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "North Korea has sent about 3,000 extra soldiers to Russia so far this year", False),
         ("troops", "north_korea", 11000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "a force that Britain's Ministry of Defence estimates at more than 11,000", False)],
 "007": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded during the Kursk adventure", False),
         ("casualties", "ukraine", 1205, None, "up_to", ["Defense Ministry", "Defence Ministry", "Russia"],
          "over the past 24 hours the enemy lost up to 1,205 servicemen along the line of contact", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "About 600 of them died, the agency said", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent some 15,000 troops to Russia since last autumn", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain", "CNN"],
          "Soldiers held prisoner in Ukraine: 2", False)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS,
          "Of the roughly 15,000 soldiers deployed", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "some 4,700 were killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 dead", False)],
 "011": [("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean servicemen have been killed fighting on Russia's side", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "The agency's previous figure, from April, was about 600 dead", False)],
 "013": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Pyongyang"],
          "Nine soldiers of the unit were killed during the deployment, the state news agency KCNA said", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "some 2,000 North Korean soldiers had been killed in the fighting in Kursk since late 2024", False)],
}
NOT = {
 "000": ["a total of around 10,000 soldiers to Russia by December (planned)", "170 mm self-propelled guns, 240 mm rocket launchers",
         "a three-star general", "1,380 per dollar (headline)", "1.31 pct (headline)", "2 dead, 14 injured (headline)",
         "3 times (headline)", "Nov. 15", "paras 5-7"],
 "001": ["63 attack drones, 37 downed", "Russia loses 1,500 soldiers in a day (headline)", "19 air defence systems (headline)",
         "501 children (headline)", "2 euros a month", "11K in the title restates 11,000"],
 "002": ["about 1,300 square kilometres", "less than half", "15th sanctions package, 52 vessels (headline)",
         "4 hours 28 minutes (headline)", "842 partners", "8% (headline)", "120,000 homes (headline)", "14:20 GMT+1"],
 "003": ["nearly three times higher", "15,000 members", "$5 a month", "kills 1, injures 14 (headline)",
         "11th batch of 155mm shells (headline)", "13.5 trillion rubles, 6.3% of GDP (headline)", "Comments (128)", "2 min read"],
 "004": ["nearly three times the figure", "born in 2005 / 1999", "Nikkei 225 39,190.40 -1.05%", "USD/JPY 157.82", "Brent $81.01 +1.6%",
         "8.7 trillion yen (headline)", "3 EV battery plants in 2 years (headline)", "29% (headline)", "$1.99 for 3 months"],
 "005": ["August 2024"],
 "006": ["a force of up to 30,000 (planned, not a subject)", "£2.26bn loan", "2.5% of GDP by 2027",
         "4 key takeaways (headline)", "Four dead, 200 homes (headline)", "7am GMT"],
 "007": ["over 420 tanks, 340 infantry fighting vehicles, nearly 1,900 armored vehicles", "115 fixed-wing drones",
         "4.1% in 2024 (headline)", "troops from 13 countries (headline)", "81.9 per dollar (headline)"],
 "008": ["about 6,600 km", "over 9 million rounds of artillery shells", "kills 12 in Kyiv (headline)",
         "1 minute 24 seconds (headline)", "3 times a week", "3 minute read"],
 "009": ["6,000 military builders and deminers (planned)", "1,000 sappers and 5,000 military construction workers (planned)",
         "second visit in two weeks", "more than $20 billion", "5 million in 2 months (headline)", "25th home run (headline)",
         "Typhoon No. 2 (headline)", "July 20 (headline)", "¥1,100 a month"],
 "011": ["1,600 houses, 150,000 rubles (headline)", "up to 3 million rubles (headline)", "5 euros a month"],
 "013": ["around 120 days", "1,200 years", "1,000 deminers and 5,000 military construction workers (planned)",
         "80th party anniversary (headline)", "€11.5 billion (headline)", "7 most important stories", "June 2024"],
}
OFF = ["010", "012"]
DUP = {"014": "005"}

goldlib.write(
    "Gold labels for the blind272 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
            ["004-3", "005-1", "about 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 16), three days apart"],
        ],
        "may": [
            ["003-1", "003-2", "more than 3,000 (Zelensky) against the restated NIS 1,100 in the same article: the pair is 002-3~003-1 again"],
            ["000-1", "000-2", "1,500 additional troops against about 3,000 in total: an additional force, part of the whole"],
            ["006-1", "006-2", "about 3,000 extra troops (JCS) against more than 11,000 (UK MoD): an additional force, part of the whole"],
            ["001-2", "001-4", "about 12,000 (HUR) against about 10,000 (Pentagon, a week earlier): the about-bands just touch"],
            ["011-1", "011-2", "about 2,000 killed (NIS, September) against the restated April figure of about 600: months apart, an update"],
        ],
    },
)
