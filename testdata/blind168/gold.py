#!/usr/bin/env python3
"""Write gold.json for the blind168 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "North Korea has moved about 1,500 special operations troops to Russia's Far East", False)],
 "001": [("troops", "north_korea", 8000, None, "about", ["Blinken", "Secretary of State", "State Department"],
          "Roughly 8,000 North Korean soldiers have moved into Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", ["Austin", "Pentagon", "Defense Secretary", "Defense"],
          "There are now about 10,000 North Korean troops in Russia, Austin told reporters", False),
         ("troops", "north_korea", 3000, None, "at_least", ["White House"],
          "the White House said it had evidence of at least 3,000 in the country's far east", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 North Korean servicemen in Russia's Kursk region", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers sent to fight for Russia have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "nearly 1,000 others have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "The total casualties are thus estimated at some 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The agency believes some 11,000 North Korean troops are now in Russia", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than 3,000 North Korean soldiers have already been killed or wounded in Russia's Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "it estimated that about 1,100 North Korean soldiers had been killed or wounded", False),
         ("casualties", "ukraine", 47000, None, "more_than", ["defence ministry", "Russia", "Moscow"],
          "Russia's defence ministry says Ukraine has lost more than 47,000 troops in the Kursk region", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Some 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded since the troops were sent into combat in December", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the spy agency's figures put the North's casualties at roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Ukraine had captured two North Korean soldiers on Saturday", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "almost 4,000 North Korean soldiers killed or wounded in little more than a month", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Its spy agency told lawmakers on Monday that about 300 North Koreans had died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 had been wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "Ukraine was holding two North Korean prisoners", False)],
 "008": [("troops", "north_korea", 15000, None, "about", NIS,
          "Of the roughly 15,000 soldiers Pyongyang has sent to Russia since last October", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 have become casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "among them some 600 killed", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "The total includes about 3,000 reinforcements who arrived in January and February", False)],
 "009": [("casualties", "north_korea", 5000, None, "about", ["Budanov", "HUR", "Defense Intelligence", "Ukrain"],
          "Roughly 5,000 North Korean soldiers were killed or wounded", False),
         ("casualties", "north_korea", 4700, None, "exact", NIS,
          "the one South Korea's spy agency gave this week, 4,700", False)],
 "010": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "had lost more than 76,000 servicemen", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "About 2,000 North Korean soldiers are believed to have died fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Its previous estimate, in April, was about 600 dead", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "among some 4,700 casualties", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Troops sent (NIS estimate) | about 15,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain", "Herald", "Yonhap"],
          "Taken prisoner by Ukraine | 2", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "state media", "state news agency", "North Korea", "Kim"],
          "Nine of the regiment's soldiers died during the mission, according to KCNA", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent around 15,000 combat troops to Russia since October 2024", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "and that about 2,000 of them have been killed", False),
         ("casualties", "russia", 1100000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "British", "UK"],
          "Russia had suffered more than 1.1 million casualties", False)],
}
NOT = {
 "000": ["a total of 12,000 soldiers in four brigades (planned)", "preparing 10,000 troops (Zelenskiy, planned)",
         "four amphibious ships, Oct. 8 and Oct. 13", "110 drones, 47 over Kursk (headline)", "$74",
         "2.1% (headline)", "38,981, 0.18% (headline)"],
 "001": ["as many as 100,000 soldiers eventually (Ukrainian officials, speculative)", "190-mile ATACMS",
         "02:14", "5 days to go", "$201 million", "14 injured, 6 inches (headline)", "a quarter point, 2 officials",
         "six years (bio)"],
 "002": ["more than 9,000 km", "412 times, one person injured (headline)", "1,480 troops in a day, 701,750 in total (headline)",
         "36 artillery systems and 25 tanks (headline)", "Views: 2,318"],
 "003": ["at least one officer among the dead", "240-mm multiple rocket launchers, 170-mm self-propelled guns",
         "1.95 pct, 2,435.93", "1,451.9 per dollar", "1.2 million copies", "2 dead, 12 injured (headline)", "paras 5-7"],
 "004": ["almost three times higher", "several hundred square kilometres", "two more villages",
         "100,000 bodies (headline)", "70 missiles and 100 drones (headline)", "2,000 protest (headline)", "day 1,034", "00:45"],
 "005": ["almost tripled", "born in 2005, 26", "170-mm howitzers and 240-mm rocket launchers (headline)",
         "6.5 trillion won", "14 Asiana jets by 2027", "KOSPI 2,489.56 0.24%", "1,470.8", "Comments (12)"],
 "007": ["100-year partnership", "£3bn a year", "two days to go", "100mph", "20kg in six months", "day 1,060",
         "Comments (412)", "$5 per month"],
 "008": ["$20 billion (28.7 trillion won)", "268,000 vehicles, 3.4 percent (headline)", "1,426.6 per dollar",
         "23 million users", "7 dead (headline)", "0 comments"],
 "009": ["KN-23 range about 600 kilometers", "¥8.7 trillion", "fiscal 2025", "36,830.69, 1.04%", "2.6 million travellers",
         "9th homer, 5-4", "7 days free"],
 "010": ["1,000 sappers and 5,000 military builders (planned)", "6,000 (headline, planned)",
         "over 7,000 units of weapons, 420 tanks", "second visit in two weeks", "June 19, 2024",
         "52 UAVs (headline)", "78.45 rubles", "+24°C", "18+"],
 "012": ["around 6,000 engineers and military builders (planned, body and fact box)", "October 2024, April 26, 2025 (fact box)",
         "12K North Korean workers (headline)", "3,200.83, 0.8%", "15% tariff", "Share 1.1K"],
 "014": ["120 days, four months", "a further 5,000 military builders (planned)", "almost four years", "26:03",
         "15 F-35 jets for €2.5 billion", "€90 billion"],
}
OFF = ["011", "013"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind168 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-1", "002-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), five days apart"],
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), the same day in one report"],
            ["005-3", "007-1", "roughly 3,000 casualties (NIS) against almost 4,000 (Zelenskyy), five days apart"],
        ],
        "may": [
            ["001-1", "001-2", "about 8,000 in Kursk (Blinken) against about 10,000 in Russia (Austin): Kursk is a part of Russia"],
            ["001-2", "002-1", "about 10,000 in Russia (Austin) against 11,000 in Kursk (Zelensky): the bands touch, and Kursk is a part of Russia"],
            ["012-1", "012-2", "about 2,000 killed (NIS, September) against the restated April estimate of about 600: months apart"],
        ],
    },
)
