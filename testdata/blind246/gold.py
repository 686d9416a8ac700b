#!/usr/bin/env python3
"""Write gold.json for the blind246 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Sabrina Singh", "Singh", "U.S.", "Washington"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "North Korea has sent about 10,000 soldiers to eastern Russia for training", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "around 3,000 North Korean soldiers had arrived in Russia so far", False)],
 "001": [("troops", "north_korea", 10000, None, "more_than", NIS,
          "North Korean soldiers sent to Russia, numbering more than 10,000 according to South Korea's spy agency", False),
         ("troops", "russia", 50000, None, "about", ZEL,
          "Russia had massed around 50,000 troops, North Koreans among them", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Nearly 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Casualties among the North Korean contingent now stand at roughly 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "North Korea sent around 11,000 soldiers to Russia", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had died in the fighting", False),
         ("casualties", "north_korea", 50, None, "about", ["Special Operations Forces", "SSO", "Ukrain"],
          "one of their units had killed or wounded about 50 North Korean soldiers in a single day", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded since they joined Russia's war", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting the North's total losses at roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL,
          "his forces had captured two North Korean soldiers in Kursk", False),
         ("troops", "north_korea", 11000, 12000, "range", ["U.S. officials", "US officials", "U.S."],
          "between 11,000 and 12,000 North Korean troops are in the Kursk region", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "had suffered close to 4,000 killed and wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "put the toll at about 300 dead", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL,
          "the two North Korean soldiers captured last week", False)],
 "006": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "Ukraine had lost more than 76,000 troops killed and wounded there", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "military intelligence", "HUR", "GUR", "Ukrain"],
          "North Korea's losses, Ukraine's military intelligence chief Kyrylo Budanov has said, run to more than 4,000 killed and wounded", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "about 3,000 reinforcements had been sent in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the roughly 11,000 dispatched last autumn", False)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has suffered about 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "The North dispatched about 15,000 soldiers to Russia in total", False)],
 "008": [("troops", "north_korea", 15000, None, "about", NIS + ["South Korean intelligence"],
          "Pyongyang is believed to have sent roughly 15,000 combat troops to Russia since last fall", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "| Killed or wounded | ~4,700 | South Korea's NIS (April) |", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "| Of whom killed | ~600 | South Korea's NIS (April) |", False)],
 "009": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "Kim Jong Un"],
          "honored nine of its members who were killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed in the fighting", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "up from its estimate of about 600 dead in April", False)],
}
NOT = {
 "000": ["about 1,000 square kilometres (390 square miles)", "about 500,000 active-duty troops (South Korea, not a subject)",
         "170mm self-propelled guns and 240mm rocket launchers", "several billion dollars", "26 Ukrainian drones (headline)",
         "Oil climbs 2%, exports fall 13% (headlines)", "1.2K shares", "since 2009"],
 "001": ["170 mm self-propelled guns and 240 mm multiple rocket launchers", "millions of artillery shells",
         "US$2,000 a month", "0.25 percentage point to 3.25 pct (headline)", "4.5 pct (headline)",
         "7 short-range ballistic missiles (headline)", "2 exhibition games (headline)",
         "522,670 students, up 18,000 (headline)", "Share 87", "paras 5-8"],
 "002": ["at least one general-rank officer (unconfirmed reports)", "Dec. 14 and 15", "several thousand suicide drones",
         "600 mm super-large rocket launchers", "1,450 per dollar, 15 years (headline)", "240-mm rocket launchers (headline)",
         "KOSPI 2,435.93, 1.95%", "4 in 10 workers", "Comments 54"],
 "003": ["1,870 soldiers over past day (headline)", "50 states and 500 days (headline)",
         "sidebar widget: personnel ~ 777,760 (+1,870), tanks 9,549", "$5 a month", "Comments (312)", "6 August"],
 "004": ["aged 26", "Hwasong-19 flew about 1,000 kilometers", "more than 11,000 containers", "¥8.7 trillion (headline)",
         "60th anniversary (headline)", "1.8% (headline)", "¥1,980 per month", "12 categories of cookies", "(213) shares"],
 "005": ["more than 40% of the ground", "€3 billion tranche of a €50-billion facility", "Kyiv strike kills 4 (headline)",
         "At least 12 killed in Zaporizhzhia (headline)", "37 countries (headline)", "3 min"],
 "006": ["3 Years On: The 155 mm Shell Race (headline)", "Trump's 100 Days (headline)", "2 Killed, 11 Injured (headline)",
         "97 of 149 Russian drones (headline)", "Kyiv Post at 30, $10 a month", "118K subscribers", "Share 64, Comments 27",
         "5 min read"],
 "007": ["may send additional soldiers (planned, no figure)", "about US$20 billion", "3.7 pct (headline)",
         "1 passenger (headline)", "6.6 mln people, 5-day holiday (headline)", "Share 142", "2nd LD"],
 "008": ["6,000 soldiers to clear mines and rebuild (planned)", "1,000 sappers and 5,000 military construction workers (planned)",
         "table rows: 1,000 deminers / 5,000 builders to be sent (planned)", "about 7,000 km",
         "more than 1,400 explosive objects", "second visit in two weeks", "440 drones and 32 missiles, at least 28 (headline)",
         "10 most expensive cities (headline)", "3 times a week", "17 comments"],
 "009": ["about 120 days", "1,000 deminers and 5,000 military builders (announced in June, planned)",
         "15,000 kilometers", "June 2024", "2 ballistic missiles (headline)", "2026 (headline)", "3 takeaways (headline)"],
}
OFF = ["010", "011", "012", "013"]
DUP = {"014": "007"}

goldlib.write(
    "Gold labels for the blind246 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
            ["004-3", "005-1", "about 3,000 casualties (NIS, Jan 13) against close to 4,000 (Zelensky, Jan 17), four days apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 10,000 sent (Pentagon, Oct 28) against around 3,000 arrived 'so far' (NIS, Oct 23): a deployment still growing"],
            ["006-3", "006-4", "about 3,000 reinforcements against roughly 11,000 sent last autumn: an additional force"],
            ["006-4", "007-3", "roughly 11,000 sent last autumn against about 15,000 in total: the first wave is part of the total"],
            ["006-3", "007-3", "about 3,000 reinforcements against about 15,000 in total: part against whole"],
            ["009-2", "009-3", "around 2,000 killed (NIS, September) against about 600 killed (NIS, April), restated as the earlier estimate"],
        ],
    },
)
