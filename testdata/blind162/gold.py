#!/usr/bin/env python3
"""Write gold.json for the blind162 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "joint chiefs", "JCS", "South Korea", "Seoul"]
HUR = ["military intelligence", "HUR", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "About 1,500 special forces soldiers left ports near Chongjin, Hamhung and Musudan", False)],
 "001": [("troops", "north_korea", 10000, None, "about", ["U.S. officials", "US officials", "Pentagon", "Singh", "Blinken"],
          "North Korea has sent about 10,000 soldiers to train in eastern Russia", False),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "State Department", "U.S. officials", "US officials"],
          "Of that number, about 8,000 are now in the Kursk oblast", False),
         ("troops", "north_korea", 3000, None, "exact", ["U.S. officials", "US officials", "Pentagon", "Singh"],
          "the total had risen from the 3,000 that U.S. officials reported a week ago", True)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 North Korean soldiers in the Kursk region", False),
         ("troops", "russia", 50000, None, "about", ["Ukrainian commanders", "Ukrain"],
          "Moscow has since massed an estimated 50,000-strong grouping", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 others wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That puts the North's casualties at around 1,100 in total", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The NIS still estimates that about 11,000 North Korean troops are in Russia", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon said this week it believed there were between 11,000 and 12,000 in the Kursk area alone", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "US military official", "Pentagon"],
          "they had taken \"several hundred\" casualties, according to a senior U.S. military official", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean soldiers killed and wounded in Kursk Oblast has already exceeded 3,000", False),
         ("troops", "north_korea", 12, None, "exact", ["Main Intelligence Directorate", "HUR", "Ukrain"],
          "12 North Korean soldiers had been spotted using drones for reconnaissance", True)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and another 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Together the figures put North Korea's losses at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "Two of the North's soldiers were captured by Ukrainian forces on Jan. 9", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers have already been killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "pressing to use two captured North Korean soldiers as bargaining chips", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "sending roughly 3,000 extra soldiers in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "The new arrivals joined the estimated 11,000 troops Pyongyang dispatched last autumn", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "The joint chiefs estimated that about 4,000 North Korean soldiers had been killed or wounded", False),
         ("casualties", "russia", 900000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "Russia's total casualties since the full-scale invasion had passed 900,000", False),
         ("casualties", "russia", 1300, None, "about", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "with the daily average in March running at about 1,300", True)],
 "009": [("troops", "north_korea", 10000, None, "more_than", ["US", "U.S.", "South Korea", "Ukraine"],
          "the US, South Korea and Ukraine said more than 10,000 had been deployed", False),
         ("casualties", "north_korea", 4000, None, "more_than", HUR,
          "the number of North Koreans killed and wounded had topped 4,000", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has suffered some 4,700 casualties among the troops it sent to help Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 killed", False),
         ("troops", "north_korea", 15000, None, "exact", NIS,
          "Of the 15,000 soldiers Pyongyang has sent to Russia in total", False),
         ("casualties", "north_korea", 3000, None, "exact", NIS,
          "The NIS toll compares with the 3,000 that it gave in January", True),
         ("casualties", "north_korea", 4000, None, "more_than", HUR,
          "Ukraine's military intelligence put the losses at more than 4,000 earlier this month", False)],
 "011": [("casualties", "ukraine", 76000, None, "more_than", ["Defense Ministry", "Defence Ministry", "Russia"],
          "the enemy lost more than 76,000 servicemen", False),
         ("casualties", "north_korea", 2000, 9999, "vague", ["Western media", "Kiev"],
          "the DPRK's casualties run into the thousands", True)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
          "North Korea's dead in the Russian war had reached some 2,000", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "| Oct. 2024 | 10,000-12,000 troops sent in total | NIS |", False),
         ("troops", "north_korea", 3000, None, "exact", JCS,
          "| Jan.-Feb. 2025 | 3,000 additional troops | JCS |", False),
         ("captured", "north_korea", 2, None, "exact", NIS,
          "| Jan. 2025 | two soldiers captured by Ukraine | NIS |", False)],
}
NOT = {
 "000": ["a total of 12,000 troops in four brigades (planned)", "Oct. 8 and 13", "4,000 square meters",
         "four landing ships", "roughly 2,000 kilometers", "US$100 million", "more than 13,000 containers",
         "3 seconds (headline)", "2,593.86", "6 tracks", "7.9 pct", "2 soldiers injured (headline, other story)",
         "Facebook 1.2K"],
 "001": ["28,500 U.S. troops (not a subject)", "about 600 square km", "300-km ATACMS", "second visit in six weeks",
         "1% / 3% (headline)", "70 million Americans (headline)", "2 minutes"],
 "002": ["Aug. 6", "five ranges", "100 kilometers", "16,000+ members", "$5 a month",
         "3 guided bombs, 8 injured (headline)", "701,190 troops (headline, General Staff widget)",
         "over 2,000 Ukrainian children (headline)", "Share 1.3K", "2 min read"],
 "003": ["at least one general-grade officer", "240-millimeter / 170-millimeter", "187 defectors, 5 percent",
         "up to 12K North Korean troops (related headline)", "155mm shells (headline)", "2.1% (headline)",
         "7 most important stories"],
 "004": ["Plekhovo, 10 km from the border", "78 attack drones and 3 missiles", "1,947 patrons",
         "1 killed, 14 injured (headline)", "-10°C", "30 more Leopard 1A5 tanks", "Comments 59"],
 "005": ["20-year-old rifleman", "158 to the dollar", "22% this year", "8.7 trillion yen (headline)",
         "1 hypersonic missile, 1,100 km (headline)", "4.14 million vehicles", "$0.99", "Share 842"],
 "006": ["100-year partnership", "about two weeks", "£40 million", "up to 150 km", "5% of its workforce",
         "15th sanctions package", "Five dead (headline, floods)", "214 Comments", "842 partners"],
 "008": ["about 220 artillery pieces", "170mm self-propelled guns and 240mm rocket launchers", "less than 100 sq km",
         "2 weeks (headline)", "kill 4, 1,500 from homes (headline, wildfires)", "2.8%", "£2", "1,014 comments"],
 "009": ["June 2024", "3 minutes (headline)", "$3,500 an ounce", "2 killed (headline, Kyiv strike)", "Share 2.1K"],
 "010": ["May 9, the 80th anniversary", "5,000-ton destroyer", "3.7% in April", "up to 30 mm", "June 3",
         "1,420 per dollar", "4 in 10 young Koreans"],
 "011": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 builders and deminers (headline, planned)",
         "second visit in two weeks, third this year", "April 26", "over 400 tanks and 2,500 armored vehicles",
         "2 settlements (headline)", "78.5 per dollar", "6 trillion rubles", "18.4K"],
 "012": ["around 1,000 deminers and several thousand construction troops (planned)",
         "6,000 engineers and builders pledged (fact box, planned)", "portraits of 101 soldiers",
         "more than three times", "up to $20 billion", "38-year-old defector", "24 hours a day",
         "f 312 | X 88 | Comments 17", "10 rockets (headline)", "14% (headline)", "80 years, 3 generations (headline)"],
}
OFF = ["013", "014"]
DUP = {"007": "006"}

goldlib.write(
    "Gold labels for the blind162 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-2", "002-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), five days apart"],
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["001-1", "002-1", "about 10,000 sent to Russia (Pentagon) against 11,000 in Kursk (Zelensky): the bands touch, and Kursk is a part of Russia"],
            ["001-3", "002-1", "3,000 reported a week earlier (a superseded figure, restated) against 11,000"],
            ["001-3", "001-1", "the superseded 3,000 against the current 10,000 in the same report"],
            ["003-6", "004-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["003-3", "003-6", "about 1,100 (NIS) against several hundred (US official): a vague figure"],
            ["008-1", "008-2", "roughly 3,000 extra against the 11,000 sent last autumn: an additional force"],
            ["009-2", "010-4", "more than 4,000 (HUR) against the 3,000 NIS gave in January, restated as history"],
            ["010-1", "010-4", "about 4,700 now against 3,000 in January, both NIS, restated in the same report"],
            ["012-2", "012-3", "10,000-12,000 in total against 3,000 additional: an additional force (fact box)"],
        ],
    },
)
