#!/usr/bin/env python3
"""Write gold.json for the blind3 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy landing ships carried about 1,500 North Korean special forces troops", False)],
 "001": [("troops", "north_korea", 10000, None, "about", ["Austin", "U.S. officials", "US officials", "Pentagon", "Defense"],
          "About 10,000 North Korean soldiers have been sent to Russia", False),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "U.S. officials", "US officials", "State"],
          "about 8,000 of them have moved to the Kursk border region", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are now 11,000 North Korean soldiers in Russia's Kursk region", False),
         ("troops", "russia", 50000, None, "about", ["Ukrainian military officials", "Ukrain"],
          "Russia has also concentrated roughly 50,000 of its own troops around Kursk", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "North Korean losses in Kursk Oblast have reached about 1,100 in total", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US military official", "US official", "senior US"],
          "several hundred North Korean troops had been killed or wounded", True),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon has said it believes between 11,000 and 12,000 North Korean soldiers are now in the region", False),
         ("casualties", "north_korea", 30, None, "at_least", ["Defence Intelligence", "Ukrain"],
          "at least 30 North Korean soldiers had been killed or wounded in Kursk Oblast on 14-15 December", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "have lost more than 3,000 soldiers killed or wounded", False)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "Ukrainian forces have captured two North Korean soldiers", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "around 300 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting Pyongyang's losses at about 3,000 men", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers had been taken prisoner by Ukraine", False)],
 "008": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean forces in Kursk Oblast have suffered nearly 4,000 killed and wounded", False),
         ("killed", "north_korea", 21, None, "exact", ["Special Operations Forces", "SSO", "Ukrain"],
          "SSO elements killed 21 North Korean soldiers", False),
         ("wounded", "north_korea", 40, None, "exact", ["Special Operations Forces", "SSO", "Ukrain"],
          "and wounded 40", False)],
 "009": [("troops", "north_korea", 11000, None, "about", NIS,
          "North Korea initially sent about 11,000 troops", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "Pyongyang had since dispatched an additional 3,000 or so soldiers", False),
         ("casualties", "north_korea", 4000, None, "about", ["military intelligence", "Ukrain"],
          "roughly 4,000 North Koreans have been killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Ukraine says it is holding two North Korean soldiers captured in January", False),
         ("casualties", "russia", 850000, None, "more_than", ["Ministry of Defence", "UK", "MoD"],
          "Russia has suffered more than 850,000 killed and wounded", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea had sent about 15,000 troops to Russia", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "Moscow"],
          "Ukraine had lost more than 76,000 troops killed and wounded in the region", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "HUR", "military intelligence"],
          "North Korea's losses in Russia's Kursk Oblast have exceeded 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korean intelligence put the North's losses at around 4,700", False),
         ("wounded", "ukraine", 15, None, "exact", ["Terekhov", "Mayor", "Kharkiv"],
          "A Russian drone attack on Kharkiv overnight on May 2 injured 15 people", True),
         ("casualties", "russia", 1180, None, "exact", ["General Staff", "Ukrain"],
          "Russia had lost 1,180 troops over the past day", True),
         ("casualties", "russia", 960160, None, "exact", ["General Staff", "Ukrain"],
          "bringing its total losses since February 2022 to 960,160", True)],
 "012": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea sent about 15,000 troops to Russia in total", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "of whom some 4,700 were killed or wounded", False)],
}
NOT = {
 "000": ["a total of 12,000 soldiers in four brigades (planned)", "more than 1,000 square kilometers",
         "Russia has lost 679,340 troops (other story's headline)", "105 drones, 72 shot down (headline)",
         "12 injured (headline)", "15,000 members", "Share 1.4K", "$5 a month", "two years"],
 "001": ["about 28,500 US troops in South Korea (not a subject)", "86 minutes", "roughly 600 square miles",
         "Centerville 35, Springboro 14", "9 cents, $2.89", "$4.2 million", "54°", "$1 for 6 months", "Comments (23)", "1953"],
 "002": ["300km (190-mile) ATACMS", "7 short-range missiles (headline)", "50 states (headline)", "2:41"],
 "003": ["240-mm rocket launchers, 170-mm guns", "1,630 Russian soldiers killed over the past day (sidebar widget)",
         "773,580 personnel, 9,587 tanks (sidebar)", "2 killed, 6 injured (headline)", "4,2K views"],
 "004": ["€650 million", "15 Leopard 1 tanks", "500,000 without heating (headline)", "03:12"],
 "005": ["born in 2005 / 1999, served since 2021 / 2016", "25 defenders in exchange (headline)",
         "13 killed, 113 injured (headline)", "Share 3.2K", "Comments 118", "sixth month"],
 "006": ["about 60% of the area", "27 member states", "16th package", "€7.99", "3 articles", "Comments 41"],
 "008": ["two T-72 tanks and five BMP infantry fighting vehicles", "152mm artillery", "1,500 kilograms",
         "1.5 kilometers", "68 Russian assaults", "numbered key takeaways"],
 "009": ["240mm rocket launchers", "$2,000 a month", "about three weeks", "1,204 comments", "2,000-mile (headline)",
         "1,100 days (headline)"],
 "010": ["45 injured in Kharkiv (headline)", "52% (headline)", "02:58"],
 "011": ["another 2,000 to 3,000 soldiers to rotate in (planned)", "50% of future revenue", "17th sanctions package",
         "nearly 200 vessels", "twelve drones, four districts", "two children", "20,000 members", "$5 a month"],
 "012": ["1,000 deminers and 5,000 military construction workers (planned)", "6,000 deminers and builders (headline, planned)",
         "second in two weeks", "1,090 Russian soldiers, 1,003,770 personnel (sidebar widget)",
         "440 drones and 32 missiles, 28 killed (headline)", "$40 billion (headline)"],
}
OFF = ["013", "014"]
DUP = {"007": "006"}

goldlib.write(
    "Gold labels for the blind3 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-2", "002-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), four days apart"],
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["006-3", "008-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["001-1", "002-1", "about 10,000 sent to Russia (Austin) against 11,000 in Kursk alone (Zelensky): the bands touch, but Kursk is a part of Russia"],
            ["003-4", "004-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["003-3", "003-4", "about 1,100 (NIS) against several hundred (US official, earlier in the week): a vague figure"],
            ["009-1", "009-2", "about 11,000 initially against an additional 3,000 or so: an additional force"],
        ],
    },
)
