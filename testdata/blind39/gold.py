#!/usr/bin/env python3
"""Write gold.json for the blind39 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["military intelligence", "Budanov", "HUR", "GUR", "Ukrain", "Kyiv"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Singh", "U.S.", "US", "Washington"],
          "North Korea has sent about 10,000 soldiers to train in eastern Russia", False)],
 "001": [("troops", "north_korea", 10000, None, "more_than", NIS,
          "North Korea has now dispatched more than 10,000 soldiers to Russia", False),
         ("troops", "north_korea", 11000, None, "about", HUR,
          "around 11,000 North Korean troops had arrived in the Kursk region", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed, he said, citing the agency", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 others are estimated to have been wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "Washington"],
          "it believes 11,000 to 12,000 North Korean troops are in the Kursk region", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead was at least one soldier of general rank", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False),
         ("killed", "north_korea", 50, None, "about", ["Special Operations Forces", "SSO"],
          "its units had killed nearly 50 North Korean soldiers in a single engagement", False),
         ("wounded", "ukraine", 5, None, "exact", ["Syniehubov", "Governor", "Kharkiv"],
          "Russian attacks on Kharkiv injured five people overnight", True)],
 "004": [("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
          "have suffered around 1,100 casualties in their first weeks of combat", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "the National Intelligence Service said about 100 North Korean soldiers had been killed", False)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "Ukrainian forces have taken two North Korean soldiers prisoner", False)],
 "006": [("casualties", "north_korea", 3000, None, "about", NIS,
          "to around 3,000 dead and wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Some 300 North Korean soldiers have died in the Kursk region", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "another 2,700 or so have been injured", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Kyiv", "Ukrain"],
          "Ukraine had captured two North Korean soldiers", False),
         ("killed", "north_korea", 100, None, "exact", NIS,
          "The agency's last estimate, given in December, was that 100 had died", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers have been killed or wounded, Ukrainian President Volodymyr Zelenskyy said", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "puts the number of North Koreans killed at around 300", False)],
 "008": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has dispatched about 15,000 troops to Russia since last autumn", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "roughly 4,700 of them have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS + ["lawmakers"],
          "Of that toll, some 600 soldiers died", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "The total includes around 3,000 reinforcements the North sent in January and February", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Defence Ministry", "Russia"],
          "the Ukrainian armed forces lost more than 76,000 servicemen during the Kursk adventure", False)],
 "010": [("killed", "north_korea", 2000, None, "about", NIS,
          "Roughly 2,000 North Korean soldiers have been killed fighting for Russia", False),
         ("troops", "north_korea", 11000, None, "about", HUR,
          "about 11,000 North Korean troops were still stationed in the Kursk region", False),
         ("casualties", "north_korea", 6000, None, "more_than", ["Ministry of Defence", "MoD", "UK"],
          "has put North Korea's overall casualties at more than 6,000 killed and wounded", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media"],
          "Nine soldiers were killed while removing mines, according to the agency", False),
         ("troops", "north_korea", 1000, None, "about", NIS + ["lawmakers"],
          "roughly 1,000 North Korean deminers had been working in Kursk since the summer", False),
         ("troops", "north_korea", 2000, 9999, "vague", NIS,
          "along with several thousand military builders", True),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 of the North's soldiers have died in the war so far", False)],
}
NOT = {
 "000": ["a total of 12,000 troops in four brigades (planned)", "3 days", "roughly 1,300 square kilometres",
         "about 100 km (60 miles)", "February 2022", "83 Ukrainian drones (headline)", "14% (headline)",
         "Three killed (headline)", "Share 2.4K", "over 6%"],
 "001": ["86 minutes", "October 31", "Over 1,300 evacuated (headline)", "2.6% (headline)", "20 languages",
         "17:15 JST"],
 "002": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "February 2022", "Share 1,284",
         "1.4% (headline)", "1,450 per dollar (headline)", "52-hour workweek (headline)", "3% (headline)"],
 "003": ["around 800 square kilometers", "two guided aerial bombs", "a 12-year-old",
         "775,000 (other story's headline)", "Two killed, 17 injured (headline)",
         "personnel 1,420; tanks 7 (daily-loss widget)", "20,000 members", "$5 a month", "Share 3.1K",
         "Comments 214", "6 min read"],
 "004": ["paras 5-7", "240 mm rocket launchers", "170 mm self-propelled guns", "248-kilometer-long DMZ",
         "2nd week (headline)", "3% by 2030 (headline)"],
 "005": ["9 January", "born in 2005, served since 2021", "born in 1999, in the army since 2016", "June 2024",
         "25 defenders (headline)", "1,690 soldiers and 11 tanks (headline)", "Views 48,710", "310K subscribers"],
 "006": ["Facebook 212 X 97", "1,470 against dollar (headline)", "3.1 trillion won (headline)",
         "1,100 kilometers (headline)", "Comments (36)"],
 "007": ["Japan's Self-Defense Forces, about 247,000 personnel (not a subject)", "1954", "8.7 trillion yen",
         "9.4%", "10.8m vehicles (headline)", "158 per dollar (headline)", "1.7% (headline)"],
 "008": ["$20 billion", "two days after", "0.8% (headline)", "3 candidates, 34 days (headline)",
         "9 dead, 21 injured in Ulsan wildfire (headline)"],
 "009": ["1,000 sappers and 5,000 military builders (planned)", "second visit in two weeks",
         "more than 7,000 units of weapons, including 420 tanks", "April 26", "June 19, 2024", "Article 4",
         "41 Ukrainian UAVs (headline)", "78.5 per dollar (headline)", "1.2 mln subscribers"],
 "010": ["millions of artillery shells", "dozens of KN-23 ballistic missiles", "up to 700km",
         "600 drones and missiles (headline)", "1,000 days (headline)", "34C", "Nine people arrested (headline)",
         "Arsenal 3-0 Leeds"],
 "011": ["1,000 deminers and 5,000 military construction workers (planned, Shoigu in June)", "about 120 days",
         "600-mm multiple rocket launchers (headline)", "8.8 tril. yen (headline)", "700,000 births (headline)",
         "2026 (headline)"],
}
OFF = ["012", "013"]
DUP = {"014": "006"}

goldlib.write(
    "Gold labels for the blind39 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-1", "004-1", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), same day"],
            ["006-1", "007-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["006-5", "007-2", "NIS's superseded December toll of 100 dead, restated, against NIS's about 300 four days later"],
        ],
    },
)
