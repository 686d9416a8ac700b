#!/usr/bin/env python3
"""Write gold.json for the blind157 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Budanov", "HUR", "GUR", "military intelligence", "Ukrain"]
PENTAGON = ["Pentagon", "Defense Department", "U.S.", "US", "United States"]
RU_MOD = ["Russian Defense Ministry", "Defense Ministry", "Russia", "Moscow"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships ferried roughly 1,500 special operations troops", False),
         ("troops", "north_korea", 11000, None, "about", HUR,
          "some 11,000 North Korean infantrymen were training at ranges in Russia's Far East", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENTAGON + ["Singh"],
          "About 10,000 North Korean soldiers have now been moved into Russia", False),
         ("troops", "north_korea", 8000, None, "about", ["Austin", "Defense Secretary", "Pentagon", "U.S.", "United States"],
          "About 8,000 of the North Koreans were in Kursk, he said", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL,
          "11,000 North Korean soldiers are now in the Kursk region", False)],
 "002": [("casualties", "north_korea", 1100, None, "about", JCS,
          "North Korean troops fighting for Russia have suffered an estimated 1,100 casualties", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "The Pentagon has put the number of North Korean soldiers in the Kursk border region at between 11,000 and 12,000", False),
         ("troops", "north_korea", 11000, None, "at_least", JCS,
          "Troops sent: 11,000 or more (JCS estimate)", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["head of state", "Syrskyi"],
          "North Korean casualties there, counting both the killed and the wounded, have already passed three thousand", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "around 300 North Korean soldiers sent to Russia have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "some 2,700 others have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "By that count, North Korea's total casualties come to roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + NIS + ["Ukrain"],
          "his forces had captured two North Korean soldiers in Russia's Kursk region", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Seoul believes North Korea has sent about 11,000 troops to Russia", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have suffered almost 4,000 casualties, killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "the two North Korean soldiers captured last weekend", False)],
 "007": [("casualties", "ukraine", 50000, None, "more_than", RU_MOD,
          "The Ukrainian armed forces have lost more than 50,000 servicemen killed and wounded in the Kursk area", False),
         ("casualties", "ukraine", 230, None, "up_to", RU_MOD,
          "Over the past 24 hours, the enemy lost up to 230 servicemen", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "The reinforcements—about 3,000 men, according to South Korea's Joint Chiefs of Staff", False),
         ("troops", "north_korea", 11000, None, "about", ["U.S. and South Korean", "South Korea", "U.S.", "US", "United States", "Seoul"],
          "They join roughly 11,000 troops that Pyongyang sent last fall, by U.S. and South Korean estimates", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia", "Moscow"],
          "claimed that Ukraine had lost more than 76,000 troops, killed and wounded, in the region", False),
         ("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korea's losses, the head of Ukraine's military intelligence HUR said, have surpassed 4,000 killed and wounded", False),
         ("casualties", "russia", 950000, None, "about", ["Ministry of Defence", "Britain", "British", "UK", "MoD"],
          "Russia's own casualties in the full-scale war are close to 950,000 killed and wounded", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Some 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "In total, around 15,000 North Korean soldiers have been deployed to Russia", False),
         ("casualties", "north_korea", 4000, None, "more_than", HUR,
          "Ukraine's military intelligence chief put the North's losses at more than 4,000", False)],
 "011": [("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "Dec 2024 | Pentagon | 11,000–12,000 troops in Kursk Oblast", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Jan 2025 | South Korea's NIS | about 300 killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "about 2,700 wounded", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Apr 2025 | South Korea's NIS | about 15,000 troops sent in total", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "incl. about 600 killed", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "state media", "state news agency", "North Korea", "Pyongyang", "Kim", "Rodong"],
          "Nine of the regiment's soldiers were killed during the mission, the state news agency said", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "roughly 1,000 North Korean sappers had been working in Kursk since the summer", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "some 5,000 military construction troops had been moving into Russia in stages since September", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the Kursk fighting", False)],
}
NOT = {
 "000": ["a total of 12,000 soldiers in four brigades (planned; '12K' in the headline)", "Oct. 8 and 13", "11th Corps",
         "more than 13,000 containers", "more than 8 million rounds of 152-millimeter and 122-millimeter ammunition",
         "1960s", "Facebook 214, X 96", "2 inter-Korean roads (headline)", "20 North Korean soldiers cross MDL (headline)",
         "0.8%, 2,609.30", "$100 million", "12.8%", "30th straight week", "Comments (37)", "five stories in five minutes"],
 "001": ["152 mm howitzers and T-72 tanks", "about 28,500 US troops in South Korea (not a subject)", "1950-53",
         "more than $61 billion", "February 2022", "50 states (headline)", "1 killed, 14 injured in Kharkiv (headline)",
         "No. 1, No. 2, Top 25 (headline)"],
 "002": ["240-mm multiple rocket launchers, 170-mm self-propelled guns", "June 19, 2024; Dec. 4, 2024",
         "2nd summons (headline)", "1,450 against dollar, 15 years (headline)", "6.8 pct, 20 days (headline)",
         "7 short-range ballistic missiles (headline)", "11:31"],
 "003": ["Views 18 452", "1,540 personnel, 10 tanks, 37 artillery systems (Read also headline)",
         "78 missiles and 106 drones; 12 regions (Read also headline)",
         "Personnel ≈ 772,330 (+1,540), tanks 9,523, artillery 20,899 (General Staff widget)", "120K readers"],
 "004": ["01:48", "one soldier had tried to blow himself up (not a count)", "record 900,000 (headline)",
         "1.1% (headline)", "3°C, 5°C, -4°C"],
 "006": ["100-year partnership agreement", "£40 million", "company-sized groups", "00:52",
         "15th sanctions package", "2.4%", "85%"],
 "007": ["two tanks, four armored combat vehicles, nine motor vehicles and a 155mm howitzer", "14 areas", "139 areas",
         "Article 4", "658 aircraft, 283 helicopters, 41,480 UAVs, 604 SAM systems, 22,330 tanks and armored vehicles",
         "91.5 per US dollar (headline)", "18+"],
 "008": ["a third of their original strength", "some 1,300 square kilometers, under 400 square kilometers",
         "about 220 artillery pieces, 170 mm guns, 240 mm rocket launchers", "about $70", "500,000 barrels",
         "Listen (6 min)", "214 Responses", "30-Day Cease-Fire (headline)", "1.4% (headline)", "3:12",
         "87990cbe856818d5eddac44c7b1cdeb8"],
 "009": ["28.04.2025", "2024 treaty", "02:14", "9 people, including 3 children (headline)", "0.0% growth (headline)",
         "400,000 attend funeral (headline)"],
 "010": ["several billion dollars", "2 killed in Dnipro, 24 injured (headline)", "3.7% (headline)"],
 "011": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 (headline, planned)",
         "Jun 2025 | Shoigu (announced plan) | 1,000 deminers + 5,000 military builders (planned)",
         "second trip in two weeks", "up to 10 kilometers", "toll rises to 28 (Read also headline)",
         "18th sanctions package (headline)", "more than 18,000 members", "$5 a month", "Comments (64)", "3 min read"],
 "014": ["about 120 days", "two years", "Share 1.2K", "23 Comments", "2 free articles",
         "2 cruise missiles (headline)", "8,700-ton submarine (headline)", "1,000 beds, 5 years (headline)"],
}
OFF = ["012", "013"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind157 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-1", "000-2", "roughly 1,500 in Russia (NIS) against some 11,000 already training in Russia (Budanov), same day: the article itself sets them against each other"],
            ["001-2", "001-3", "about 8,000 in Kursk (Austin, last Thursday) against 11,000 in Kursk (Zelenskyy), five days apart"],
            ["002-1", "003-1", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky), one day apart"],
            ["004-3", "006-1", "roughly 3,000 casualties (NIS) against almost 4,000 (Zelenskyy), three days apart"],
        ],
        "may": [
            ["001-1", "001-2", "about 10,000 in Russia against about 8,000 in Kursk: a part against the whole"],
            ["001-1", "001-3", "about 10,000 in Russia against 11,000 in Kursk: the bands touch, Kursk is a part of Russia"],
            ["007-1", "007-2", "more than 50,000 since August against up to 230 in one day: a part against the whole"],
            ["008-1", "008-2", "about 3,000 reinforcements against roughly 11,000 sent last fall: an additional force"],
            ["011-1", "011-4", "11,000-12,000 (Dec 2024) against about 15,000 (Apr 2025) in a fact box: months apart"],
            ["011-2", "011-6", "about 300 killed (Jan 2025) against about 600 killed (Apr 2025) in a fact box: months apart"],
            ["014-1", "014-4", "nine killed in one regiment against about 2,000 killed overall: a part against the whole"],
            ["014-2", "014-3", "about 1,000 sappers against some 5,000 construction troops: different units"],
        ],
    },
)
