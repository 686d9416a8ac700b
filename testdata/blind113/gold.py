#!/usr/bin/env python3
"""Write gold.json for the blind113 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "lawmaker", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "About 1,500 soldiers were aboard, the agency said in a statement", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "Eleven thousand North Korean soldiers are now in Russia's Kursk border region", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon", "United States", "U.S.", "US"],
          "The Pentagon said last week that roughly 10,000 North Korean troops had been sent to Russia", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 North Korean soldiers sent to fight for Russia have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded, a South Korean lawmaker said", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the losses amount to roughly 1,100 North Korean casualties", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "US military official", "U.S. official", "US official"],
          "several hundred North Korean troops had been killed or wounded", True),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon believes 11,000 to 12,000 North Korean troops are in Kursk", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead was at least one high-ranking officer", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 soldiers of the North Korean army have been killed or wounded in Russia's Kursk region", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "Roughly 300 North Korean soldiers have been killed in the fighting", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and another 2,700 or so wounded, lawmakers who attended said", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That puts the North's combined losses at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL,
          "two North Korean soldiers were captured by Ukrainian forces on Saturday", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 of their soldiers have now been killed or wounded, Ukrainian President Volodymyr Zelensky said", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "Kyiv"],
          "the two North Korean soldiers it captured on January 11", False)],
 "006": [("troops", "north_korea", 3000, None, "about", NIS,
          "Pyongyang has sent roughly 3,000 more troops to Russia since the start of the year", False),
         ("troops", "north_korea", 11000, None, "about", NIS + ["US"],
          "the about 11,000 North Korean soldiers who the agency believes were deployed to Russia last autumn", False),
         ("casualties", "russia", 860000, None, "more_than", ["Ministry of Defence", "MoD", "London", "UK", "British"],
          "Russian forces had probably suffered more than 860,000 killed and wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Killed and wounded, to mid-January: about 3,000 according to the NIS", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "nearly 4,000 according to Volodymyr Zelensky", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Independent"],
          "Prisoners held by Ukraine: 2", False)],
 "007": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "Moscow", "General Staff"],
          "Ukraine had lost over 76,000 troops killed and wounded in the Kursk operation", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["HUR", "military intelligence", "Ukrain"],
          "North Korea has lost more than 4,000 soldiers killed and wounded since the troops entered combat in December, Ukraine's military intelligence agency (HUR) told", False)],
 "008": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 troops to Russia since last autumn, South Korea's spy agency said", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "an estimated 4,700 of them have been killed or wounded in the fighting in Kursk", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Some 600 of the casualties were deaths, the National Intelligence Service told", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "The second wave, around 3,000 soldiers, arrived in January and February", False)],
 "009": [("killed", "north_korea", 600, None, "about", NIS,
          "South Korea's intelligence agency estimated in April that about 600 North Korean soldiers had been killed there", False)],
 "011": [("killed", "north_korea", 2000, None, "about", NIS,
          "Around 2,000 North Korean soldiers have died fighting for Russia in the Kursk region", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "roughly 1,000 North Korean deminers are already at work in Kursk", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "About 11,000 North Korean soldiers remain stationed in the Kursk border area", False)],
 "013": [("killed", "north_korea", 9, None, "exact", ["Kim Jong Un", "Kim", "KCNA", "Korean Central News Agency"],
          "Kim said nine servicemen of the regiment had died while carrying out the mission", False)],
}
NOT = {
 "000": ["a total of four brigades, around 12,000 troops (planned)", "12K (headline, planned)", "about 400 vehicles",
         "four Russian landing ships", "Oct. 8 and 13", "more than 13,000 containers", "1.1 mln pre-orders (headline)",
         "4.6 pct, 22 pct, 2,593.82 (headlines)", "2 days after warning (headline)", "Like 51"],
 "001": ["86 minutes", "over 7,000 kilometers", "some 200 km west of Okushiri", "more than $12 billion",
         "3 bombers (headline)", "1.1%, ¥152 (headline)", "¥1,950 per month", "Comments (14)", "2 min read"],
 "002": ["170-mm self-propelled guns", "240-mm multiple rocket launchers", "21% (headline)", "2% slide (headline)",
         "0.7% (headline)", "7:48 AM GMT"],
 "003": ["6 injured, including 2 children (headline)",
         "about 777,100 personnel (+1,580 per day), 9,573 tanks, 19,770 armored combat vehicles (loss widget)",
         "23.12.2024 18:27"],
 "004": ["born in 2005", "about $2,000 a month", "1,470 per dollar (headline)", "179 killed in Jeju Air crash (headline)",
         "29% (headline)", "less than three months"],
 "005": ["about 40 percent of the area", "several hundred square kilometres", "16th package of sanctions",
         "third anniversary, February 24", "3 dead (headline)", "€3 billion (headline)", "3 min"],
 "006": ["170mm Koksan guns, 240mm rocket launchers", "millions of shells", "roughly 10,000km",
         "19 June 2024", "1950-53 Korean War", "2 runways, 40 minutes (headline)", "6.4% (headline)",
         "2.5% by 2027 (headline)", "Comments (412)"],
 "007": ["around 1,300 square kilometers", "injures 9, damages 40 buildings (headline)", "over 20,000 members",
         "$5 a month", "4 min read", "since 2022"],
 "008": ["around 28 trillion won ($20 billion)", "0.3%, 2,565.42 (headline)", "2nd TV debate (headline)",
         "23 C", "3,000 more troops (related headline)", "1st time (related headline)"],
 "009": ["1,000 deminers and 5,000 military construction workers (planned)", "6,000 builders and deminers (headline, planned)",
         "second visit in two weeks", "about 10 ballistic missiles (headline)", "3.7% (headline)",
         "4,000 yen per 5 kilograms (headline)", "1:48", "20 languages"],
 "011": ["about 5,000 military construction troops to be sent in stages (planned)",
         "about 28,500 US troops in South Korea (not a subject)", "about 40 miles", "since 2021",
         "$30 million (headline)", "2 soldiers hurt (headline, US)", "48 aircraft (headline)", "Comments (37)", "$2.99 a month"],
 "013": ["120-day mission", "treaty signed in 2024", "2026 (headline)", "20 warships (headline)", "5 schools (headline)"],
}
OFF = ["010", "012"]
DUP = {"014": "013"}

goldlib.write(
    "Gold labels for the blind113 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS via Lee Seong-kweun) against more than 3,000 (Zelensky), four days apart"],
            ["004-3", "005-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), five days apart"],
        ],
        "may": [
            ["001-1", "001-2", "11,000 in Kursk (Zelensky) against roughly 10,000 sent to Russia (Pentagon, restated from last week): the bands touch, and Kursk is a part of Russia"],
            ["002-3", "002-4", "about 1,100 (NIS) against several hundred (US official, earlier in the week): a vague figure"],
            ["002-4", "003-1", "several hundred (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["006-1", "006-2", "roughly 3,000 more against about 11,000 sent last autumn: an additional force, same source"],
            ["006-4", "006-5", "fact box restating the January disagreement (about 3,000 NIS, nearly 4,000 Zelensky), both already alerted in January"],
            ["008-1", "008-4", "about 15,000 in total against a second wave of around 3,000: a part of the whole, same source"],
            ["009-1", "011-1", "about 600 killed (April estimate restated in June) against about 2,000 killed in September: months apart, a later count"],
            ["011-2", "011-3", "about 1,000 deminers against about 11,000 stationed: different groups, same source and report"],
        ],
    },
)
