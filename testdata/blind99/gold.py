#!/usr/bin/env python3
"""Write gold.json for the blind99 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck
output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korean intelligence", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Singh", "Defense Department", "U.S.", "United States"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
UKDI = ["Defence Intelligence", "UK", "Britain", "British"]
RU = ["Gerasimov", "General Staff", "Russia", "Moscow", "Kremlin"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "at_least", PENT,
          "at least 3,000 North Korean soldiers have arrived in eastern Russia for training", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy landing ships had ferried roughly 1,500 North Korean special forces to Vladivostok in a first batch", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "About 10,000 North Korean soldiers have now been sent to Russia to train", False),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "State Department", "Secretary of State", "U.S.", "United States"],
          "about 8,000 have been moved to the Kursk border region", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 North Korean soldiers in the Kursk region of Russia", False),
         ("troops", "russia", 50000, None, "about", ["General Staff", "Ukrain"],
          "Russia has concentrated a grouping of about 50,000 troops in the Kursk direction", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers deployed to Russia have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 have been injured", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the dead and wounded put the North's losses at roughly 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "some 11,000 North Korean soldiers were in Russia", False)],
 "005": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "North Korea's losses in Russia's Kursk region have passed 3,000 killed and wounded", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "put the North's losses at about 1,100 dead and wounded", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "US military official", "U.S.", "US official"],
          "several hundred North Korean troops had been killed or wounded in Kursk", True),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon says between 11,000 and 12,000 North Korean soldiers are in the region", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "roughly 300 North Korean soldiers have died fighting for Russia", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "about 2,700 more have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Combined, the agency's numbers put Pyongyang's losses at about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "SBU"],
          "two wounded North Koreans taken prisoner in the Kursk region", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "put the figure at almost four thousand killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "SBU"],
          "the two North Korean soldiers its forces captured earlier this month", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", RU,
          "the Kiev regime's losses exceeded 76,000 servicemen killed and wounded", False),
         ("troops", "ukraine", 11000, None, "more_than", RU,
          "a force that Moscow has estimated at over 11,000 personnel in the first days", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent some 15,000 troops to Russia since last year", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 of whom have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "roughly 600 are believed to have died", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "The 15,000 include about 3,000 soldiers Pyongyang sent as reinforcements in January and February", False)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 were sent last year and early this year", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 of them were killed or wounded", False)],
 "013": [("casualties", "north_korea", 6000, None, "more_than", UKDI,
          "North Korea has probably suffered more than 6,000 casualties", False),
         ("troops", "north_korea", 11000, None, "about", ["Western officials", "Western"],
          "a contingent that Western officials have put at around 11,000 in the first wave", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "December 2024 | Volodymyr Zelensky | more than 3,000", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "January 2025 | South Korea's NIS | about 3,000", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "April 2025 | South Korea's NIS | about 4,700", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "The NIS believes around 1,000 of the deminers have arrived", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "Kim", "North Korea"],
          "honored nine of them who died during the 120-day mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "South Korea's spy agency estimated in September that about 2,000 North Korean soldiers had been killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea sent around 15,000 troops to Russia in all, according to Seoul", False)],
}
NOT = {
 "000": ["a total of 12,000 troops in four brigades (planned)", "about 10,000 by December (planned)",
         "roughly 28,500 troops stationed in South Korea (US, not a subject)", "three military sites", "five locations",
         "1953, 2022", "31 Ukrainian drones (headline)", "another 90 days (headline)", "2%, $76.05, 3.4% (headlines)"],
 "001": ["more than tripling (ratio)", "about 1.2 million active personnel (army size, not a deployment)",
         "tens of thousands (hypothetical)", "about 300 kilometers (190 miles)", "$1.3 billion, 12 allies (headline)",
         "155mm guns (headline)", "4-month pause", "24 years, 3 Keller awards (bio)", "Comments (57)"],
 "002": ["97 Russian attacks in 24 hours (headline)", "personnel about 710,050 (+1,480 per day), tanks 9,224, artillery 20,067, armored vehicles 18,460 (losses widget)",
         "06.11.2024", "Share: 2.1K", "the first paragraph"],
 "003": ["240-millimeter rocket launchers, 170-millimeter guns", "barely two weeks", "1,450 per dollar, 2009 (headline)",
         "3rd week (headline)", "1.95% (headline)", "minus 10 degrees (headline)"],
 "005": ["nearly three times (ratio)", "15th sanctions package, 52 vessels", "6 a.m.", "2 Russian oil depots, 61 drones (headline)",
         "1 of 2 EU leaders, 2022 (headline)", "Share 842", "Comments 96"],
 "006": ["aged 20 and 26", "Jan. 9 (date)", "8.7 trillion yen ($55 billion), 9.4%", "1.8% to 38,474.30", "1,470 to the dollar",
         "$3bn (headline)", "33 years (headline)", "6 days (headline)", "1 month for $0.99"],
 "007": ["groups of 20 to 30 men (unit size)", "34 of 50 Shahed-type drones, 15 more", "since 2014", "16,000+ members, $5 per month",
         "39 missiles, 4 regions (headline)", "100-year partnership (headline)", "2 villages (headline)", "42 comments"],
 "009": ["more than 7,700 units of weapons, 412 tanks, 1,434 guns and mortars", "April 26, August 2024",
         "4 counterattacks, 2 Leopard tanks (headline)", "82.5 against dollar (headline)", "38.1 mln tons (headline)", "5,000 characters"],
 "010": ["paras 4-6", "170 mm self-propelled guns", "0.08%, 10th week (headline)", "46% (headline)", "3.8% (headline)"],
 "011": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 military builders and deminers (headline, planned)",
         "second visit", "4 June", "3 killed in Nottingham (headline)", "2-1 (headline)", "200 years ago, £2 a month", "Comments (1,204)"],
 "013": ["1,000 deminers and 5,000 military builders (pledged, planned)", "September 2025 | UK Defence Intelligence | more than 6,000 (table row restating claim 1)",
         "six months", "29 killed in Kyiv (headline)", "19 drones (headline)", "€9 billion, 2026 (headline)", "3 stories"],
 "014": ["1,000 deminers and 5,000 military construction workers (agreed in June, planned)", "120-day mission", "August 2024",
         "millions of artillery shells, dozens of ballistic missiles", "$1.25 billion (headline)", "3 dead, 11 hurt (headline)",
         "48,000 (headline)", "a year ago"],
}
OFF = ["008", "012"]
DUP = {"004": "003"}

goldlib.write(
    "Gold labels for the blind99 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-2", "002-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), five days apart"],
            ["003-3", "005-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelenskyy), four days apart"],
            ["005-1", "005-2", "more than 3,000 casualties (Zelenskyy) against about 1,100 (JCS), the same day, one article"],
            ["006-3", "007-1", "about 3,000 casualties (NIS) against almost four thousand (Zelensky), three days apart"],
        ],
        "may": [
            ["000-1", "000-2", "at least 3,000 (Pentagon) against about 1,500 in a first batch (NIS): the batch is a part"],
            ["000-2", "001-1", "about 1,500 in a first batch against about 10,000 a week later: a part, and the force grew"],
            ["000-2", "001-2", "about 1,500 in a first batch against about 8,000 in Kursk: a part, and the force grew"],
            ["003-3", "005-3", "about 1,100 (NIS) against several hundred (US official): a vague figure"],
            ["005-1", "005-3", "more than 3,000 (Zelenskyy) against several hundred (US official): a vague figure"],
            ["005-2", "005-3", "about 1,100 (JCS) against several hundred (US official): a vague figure"],
            ["013-5", "013-6", "table rows: about 3,000 (Jan 2025) against about 4,700 (Apr 2025), months apart"],
            ["013-5", "013-1", "table row about 3,000 (Jan 2025) against more than 6,000 (Sep 2025), months apart"],
            ["013-6", "013-1", "table row about 4,700 (Apr 2025) against more than 6,000 (Sep 2025), months apart"],
            ["013-2", "013-7", "about 11,000 in the first wave against about 1,000 deminers arrived: a later, separate deployment"],
            ["014-1", "014-2", "nine engineers died on a later demining mission against about 2,000 killed (NIS, September): a part, different period"],
        ],
    },
)
