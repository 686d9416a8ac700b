#!/usr/bin/env python3
"""Write gold.json for the blind216 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "Park Sun-won", "lawmaker", "South Korea", "Seoul"]
ZEL = ["Zelensk"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has sent around 3,000 soldiers to Russia so far", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "a first group of about 1,500 special forces troops was ferried from the North's east coast to Vladivostok", False)],
 "001": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Sabrina Singh", "Singh", "Defense"],
          "Roughly 10,000 North Korean soldiers are now in Russia", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL + ["Ukrainian intelligence"],
          "President Volodymyr Zelenskyy said 11,000 North Korean troops were in the Kursk region", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least a hundred of them have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "North Korea had sent between 10,000 and 12,000 soldiers in total", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "US military official", "senior U.S.", "Washington"],
          "several hundred North Korean troops had been killed or wounded", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False)],
 "004": [("casualties", "north_korea", 1100, None, "about", JCS,
          "About 1,100 North Korean soldiers have been killed or wounded fighting alongside Russian forces", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers had been killed or wounded in Russia's Kursk region", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Defense Department", "Pentagon", "U.S."],
          "The U.S. Defense Department has estimated that 11,000 to 12,000 North Korean troops are in the Kursk area", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded fighting for Russia against Ukraine", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That puts Pyongyang's losses at roughly 3,000 in total", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers had been captured by Ukrainian forces", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea's losses in Russia's Kursk region have reached almost 4,000 soldiers killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Kyiv", "Ukrain", "SBU", "Security Service"],
          "the two North Koreans it captured last week", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Koreans had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "around 600 of them fatally", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea had dispatched some 15,000 soldiers in total", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "That includes roughly 3,000 reinforcements who arrived in January and February", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["military intelligence", "Ukrain"],
          "Ukraine's military intelligence, which had put North Korean losses at more than 4,000 in March", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Defense Ministry", "Defence Ministry", "ministry", "Russia"],
          "the Ukrainian armed forces lost over 76,000 servicemen in the region during the failed incursion", False)],
 "009": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "Kim"],
          "honored nine of its soldiers who were killed during the mission", False),
         ("troops", "north_korea", 15000, None, "about", ["South Korean and Ukrainian officials", "officials", "South Korea", "Ukrain"],
          "North Korea has sent an estimated 15,000 combat troops to Russia since late 2024", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the fighting", False)],
}
NOT = {
 "000": ["about 10,000 by December (planned)", "roughly 10,000 by December (planned, quote)", "up to 100 words",
         "1950-53", "US$2,000 per soldier a month", "12,000 N. Korean troops training (related headline)",
         "0.76 pct, 2,599.62 (headline)", "3.3 trillion won (headline)", "30th straight week (headline)"],
 "001": ["about 28,500 U.S. troops in South Korea (not a subject)", "$425 million", "Stryker armored vehicles", "1953",
         "1.1K shares", "2:15", "270 (headline)", "$122 million (headline)", "6 inches (headline)", "5 things",
         "Comments (312)"],
 "002": ["at least one general-level officer among the casualties (a detail, not a total)",
         "170-millimeter guns, 240-millimeter rocket launchers", "some 20,000 containers of munitions",
         "about 7,000 km", "June 19, 2024", "155-millimeter shells (headline)", "3.5 trillion won (headline)",
         "7 short-range ballistic missiles (headline)", "12 military officers (headline)", "1,450 per dollar, 2009",
         "Share 2.4K", "5 minutes"],
 "003": ["Views: 8,415", "about 40 kilometers", "August 6", "four months", "12 injured (headline)",
         "150 defenders (headline)", "772,820 (+1,380) personnel, 9,562 tanks, 20,918 artillery (sidebar widget)"],
 "004": ["240-mm rocket launchers, 170-mm guns", "8.7 trillion yen, 9.4 percent, fiscal 2025",
         "12K more troops (related headline, a possibility)", "2+2 (headline)", "0.24% at 39,036 (headline)"],
 "005": ["2% (headline)", "12th day (headline)", "1.1% (headline)", "one of whom had a jaw injury"],
 "006": ["aged 20 and 26", "about 10 km from the border", "6 August 2024", "about 1,300 square kilometres",
         "16th sanctions package, 74 tankers (headline)", "700km by 2028 (headline)", "843 partners", "8am"],
 "007": ["more than 50% trade growth", "100 days, 39% (headline)", "169 seats (headline)",
         "50 million people (headline)", "£2 a month", "214 comments",
         "more engineers and labourers (planned, no figure)"],
 "008": ["1,000 sappers/deminers (planned)", "5,000 military construction workers/builders (planned)",
         "6,000 deminers and builders (headline, planned)", "more than 400 tanks, about 2,000 armored vehicles",
         "more than 1,500 residential buildings", "June 4, June 2024, two weeks", "48 drones (headline)",
         "2026 (headline)", "78.45, 90.62"],
 "009": ["1,000 deminers and 5,000 military construction workers (planned, restated)", "120 days", "122 mm",
         "3.1K", "2 ballistic missiles (headline)", "1,200 prisoners each (headline)", "KOSPI 4,000 (headline)"],
}
OFF = ["011", "012", "013", "014"]
DUP = {"010": "005"}

goldlib.write(
    "Gold labels for the blind216 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-1", "004-1", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), one day apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against almost 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 3,000 sent in total against a first group of about 1,500: a part, same source"],
            ["001-1", "001-2", "about 10,000 in Russia (Pentagon) against 11,000 in Kursk alone (Zelensky): the bands touch, and Kursk is a part of Russia"],
            ["004-1", "004-2", "about 1,100 (JCS) against Zelensky's more than 3,000 restated in the same report"],
            ["002-4", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-4", "004-1", "several hundred casualties (US official) against about 1,100 (JCS): a vague figure"],
            ["002-4", "004-2", "several hundred casualties (US official) against Zelensky's more than 3,000 restated: a vague figure"],
            ["007-3", "007-4", "about 15,000 in total against roughly 3,000 reinforcements: an additional force within the total"],
        ],
    },
)
