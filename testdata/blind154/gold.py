#!/usr/bin/env python3
"""Write gold.json for the blind154 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, its output, or earlier sets' articles).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "South Korea", "Seoul"]
LEE = NIS + ["Lee Seong-kweun", "lawmaker"]
PARK = NIS + ["Park Sun-won", "lawmaker"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Defense Department", "U.S.", "US"]
UKR = ["Ukrain", "Kyiv"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships ferried some 1,500 North Korean special operations troops", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "Roughly 10,000 North Korean soldiers have now been sent into Russia, the Pentagon said Monday", False),
         ("troops", "north_korea", 8000, None, "about", PENT + ["Sabrina Singh", "Singh"],
          "Of that total, an estimated 8,000 have reached Russia's Kursk border region", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL,
          "11,000 North Korean soldiers are now in the Kursk region", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", LEE,
          "At least 100 North Korean troops deployed to Russia have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", LEE,
          "nearly 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", LEE,
          "Combined, the North's losses come to around 1,100, he said.", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "between 10,000 and 12,000 North Korean soldiers had been sent to Russia", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US military official", "US official", "senior US"],
          "\"several hundred\" North Korean troops had been killed or wounded", True),
         ("killed", "north_korea", 1, None, "at_least", LEE,
          "at least one general-grade officer was among those killed", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than three thousand North Korean soldiers have already been killed or wounded in the Kursk region", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "11,000-12,000 North Korean servicemen are now deployed in the Kursk region", False)],
 "004": [("killed", "north_korea", 300, None, "about", LEE,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", LEE,
          "and 2,700 wounded fighting alongside Russian forces", False),
         ("casualties", "north_korea", 3000, None, "about", LEE,
          "That brings the North's combined toll to roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + UKR,
          "Ukraine was holding two North Korean soldiers", False),
         ("troops", "north_korea", 10000, None, "more_than", NIS,
          "Seoul estimates that Pyongyang has sent more than 10,000 troops to Russia since October", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean forces fighting in Russia's Kursk Oblast have lost almost 4,000 soldiers killed and wounded, he said", False),
         ("captured", "north_korea", 2, None, "exact", ZEL,
          "the two North Korean soldiers captured last week", False),
         ("wounded", "ukraine", 4, None, "exact", ["Syniehubov", "Governor"],
          "injuring four people, including a 12-year-old girl", True),
         ("casualties", "russia", 1520, None, "exact", ["General Staff", "Ukrain"],
          "Russia had lost 1,520 troops over the past 24 hours", True)],
 "006": [("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "Pyongyang had sent about 3,000 additional servicemen to Russia in January and February", False),
         ("casualties", "ukraine", 67000, None, "more_than", ["Defense Ministry", "Defence Ministry", "Russia", "Moscow"],
          "the Ukrainian armed forces have lost more than 67,000 servicemen in the Kursk direction", False),
         ("casualties", "ukraine", 210, None, "up_to", ["Defense Ministry", "ministry", "Russia"],
          "the enemy lost up to 210 servicemen in the area", True)],
 "007": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 troops to Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "of whom roughly 4,700 have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 deaths", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "military intelligence", "HUR", "GUR"],
          "North Korean losses in Kursk had topped 4,000 killed and wounded", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "the North had already dispatched about 15,000 soldiers to Russia by April", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "Moscow"],
          "Ukraine had lost more than 76,000 troops killed and wounded in Kursk", False)],
 "012": [("killed", "north_korea", 2000, None, "about", PARK,
          "North Korea has lost about 2,000 soldiers killed in its deployment to Russia", False),
         ("killed", "north_korea", 600, None, "about", PARK,
          "the roughly 600 deaths the agency reported in April", False),
         ("troops", "north_korea", 1000, None, "about", PARK,
          "About 1,000 North Korean deminers have been working in Kursk since the summer", False)],
 "014": [("troops", "north_korea", 1500, None, "about", NIS,
          "about 1,500 special forces shipped to Vladivostok | NIS", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "11,000-12,000 troops in Kursk region | Pentagon", False),
         ("captured", "north_korea", 2, None, "exact", UKR,
          "2 soldiers captured | Ukraine", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 troops sent in total | NIS", False),
         ("casualties", "north_korea", 4700, None, "exact", NIS,
          "4,700 killed or wounded | NIS", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 killed | NIS", False),
         ("casualties", "russia", 1100000, None, "more_than", ["General Staff", "Ukrain"],
          "Ukraine's General Staff now puts Russia's casualties since February 2022 at more than 1.1 million killed and wounded", False)],
}
NOT = {
 "000": ["12K troops (headline, planned)", "four brigades in all, or about 12,000 soldiers (planned)",
         "some 200 air force pilots to North Vietnam in the 1960s (another war)", "more than 13,000 containers",
         "four Russian amphibious vessels and three escort ships", "about 700 kilometers", "1961", "paras 4-7",
         "Share 1,204", "10,000 soldiers (related headline)", "9.1 tln won", "0.4 pct", "1.1 mln copies in 6 days", "22 C"],
 "001": ["62°", "Closings & Delays (0)", "Video 2:14", "about 190 miles", "about 28,500 troops in South Korea (US)",
         "more than $60 billion", "3 dead, 2 hurt (headline)", "$115 million", "14 counties", "Central 28, Eastside 21",
         "Comments (47)"],
 "002": ["240-mm multiple rocket launchers, 170-mm self-propelled guns", "11th Corps", "1,451 per dollar, 15 years",
         "Dec. 14 / Dec. 27", "Share 836", "93 countries (headline)", "2 SRBMs (headline)", "1.9 percent", "2015"],
 "003": ["52 of 103 drones (headline)", "772,500 personnel, 9,620 tanks (headline)", "two infantry groups",
         "1,000,000 readers", "23.12.2024 16:27"],
 "004": ["3 min", "214 comments", "three months", "up to a battalion (no figure)", "250 km (headline)",
         "100 days (headline)", "41st birthday", "14 partners"],
 "005": ["3,412 reading now", "16th sanctions package", "39 drones, 23 shot down, 14 locally lost, nine oblasts",
         "three Iskander-M missiles", "12-year-old", "11 tanks and 37 artillery systems", "about 19%",
         "$5 a month", "18,400 members", "Comments (92)"],
 "006": ["Article 4", "June 19, 2024", "two tanks, 11 armored combat vehicles, nine artillery pieces, 14 motor vehicles",
         "August 6 / August 9", "510K subscribers", "94 drones over six regions (headline)", "1.2%", "0.8% to 3,246 points"],
 "007": ["170-millimeter, 240-millimeter", "2 Comments", "one in three", "more troops later this year (planned, no figure)",
         "No. 7 (headline)", "3.6 trillion won", "25 million users", "Six-day holiday"],
 "009": ["six months", "April 28", "more than 15,000 km (missile range)", "8.7 trillion yen ($60 billion)",
         "2% of GDP by 2027", "about 40%, $34 million", "1953", "3.5%, 4-day trip, 36,830, 1.0%, 145 (headlines)",
         "$0.99, $13.99", "Comments (18)"],
 "010": ["6,000 military builders and deminers (headline, planned)", "1,000 sappers and 5,000 military construction workers (planned)",
         "thousands of workers (planned)", "third visit in three months", "Listen 03:41", "Share 322",
         "about 30,000 square kilometers", "100 billion rubles ($1.3 billion)", "50,000 troops near Sumy (headline)",
         "5% spending goal (headline)", "60,000 more soldiers (headline)", "142 partners"],
 "012": ["5,000 military construction workers (planned)", "$20 billion", "80 years", "4:35 PM GMT+9",
         "1,040 Russian troops (headline)", "6 trillion won (headline)", "over 7%"],
 "014": ["1,000 deminers, 5,000 builders pledged (planned)", "6,000 deminers and builders (planned)", "Fourteen months",
         "Share 2.3K", "19th sanctions package, 90 billion euro (headline)", "100,000 volunteers (headline)",
         "5 charts (headline)", "48 comments", "2026"],
}
OFF = ["011", "013"]
DUP = {"008": "007"}

goldlib.write(
    "Gold labels for the blind154 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-2", "001-3", "about 8,000 in Kursk (Pentagon) against 11,000 in Kursk (Zelensky), same report"],
            ["002-3", "003-1", "about 1,100 casualties (NIS via Lee) against more than 3,000 (Zelensky), four days apart"],
            ["004-3", "005-1", "roughly 3,000 casualties (NIS via Lee) against almost 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["001-1", "001-3", "about 10,000 sent to Russia (Pentagon) against 11,000 in Kursk alone (Zelensky): the bands touch, and Kursk is part of Russia"],
            ["002-5", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-3", "002-5", "about 1,100 (NIS) against several hundred (US official): a vague figure"],
            ["012-1", "012-2", "about 2,000 killed now against the 600 the same agency reported in April: a restated older figure"],
            ["014-1", "014-2", "fact box rows 14 months apart: the first batch of 1,500 against 11,000-12,000"],
            ["014-1", "014-4", "fact box rows: the first batch of 1,500 against 15,000 in total"],
            ["014-2", "014-4", "fact box rows four months apart: 11,000-12,000 in Kursk (Pentagon) against 15,000 sent in total (NIS)"],
        ],
    },
)
