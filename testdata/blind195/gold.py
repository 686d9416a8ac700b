#!/usr/bin/env python3
"""Write gold.json for the blind195 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence", "Lee Seong-kweun",
       "lawmaker", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskiy", "Zelenskyy"]
PENTAGON = ["Pentagon", "Sabrina Singh", "Singh", "Defense Department", "U.S."]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "North Korea has shipped some 1,500 special operations troops to Russia's Far East", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "between 10,000 and 12,000 North Korean soldiers are now in Russia", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "roughly 10,000 North Korean troops had been sent to eastern Russia", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "About a hundred of them have been killed since they were thrown into battle this month", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "roughly a thousand more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Losses in the Kursk region therefore come to around 1,100 in all", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "US military official", "U.S.", "US"],
          "several hundred North Korean soldiers had been killed or wounded", True),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead was at least one general-grade officer", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "the number of North Korean troops killed and wounded in the Kursk region already exceeds 3,000", False)],
 "004": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korea has lost roughly 3,000 soldiers killed or wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Of those, around 300 were killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded, the NIS told lawmakers", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "The agency had put the toll at about 1,100 in December", False),
         ("troops", "north_korea", 11000, None, "about", NIS + ["Reuters"],
          "about 11,000 North Korean troops were deployed late last year", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "Ukraine had captured two North Korean soldiers in Kursk on Saturday", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have lost close to 4,000 soldiers killed and wounded, President Volodymyr Zelensky said", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "South Korea's National Intelligence Service (NIS) earlier this week, which put North Korean casualties at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "the two North Korean soldiers captured by Ukrainian forces on Jan. 9 and 11", False),
         ("killed", "ukraine", 2, None, "exact", ["Fedorov", "Governor", "Zaporizhzhia"],
          "A Russian guided aerial bomb strike on Zaporizhzhia killed two people", True),
         ("wounded", "ukraine", 13, None, "exact", ["Fedorov", "Governor", "Zaporizhzhia"],
          "and injured 13 on Jan. 17, Governor Ivan Fedorov reported", True)],
 "007": [("troops", "north_korea", 11000, None, "about", NIS,
          "Troops sent in autumn 2024 | around 11,000 | South Korean intelligence (NIS)", False),
         ("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
          "Reinforcements, January-February 2025 | some 3,000 | South Korea's Joint Chiefs of Staff", False),
         ("casualties", "north_korea", 4000, None, "at_least", ["military intelligence", "HUR", "GUR", "Ukrain"],
          "Killed or wounded | at least 4,000 | Ukraine's military intelligence (HUR)", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Soldiers taken prisoner by Ukraine | 2 | Ukrainian government", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "general staff"],
          "Gerasimov also claimed Ukraine had lost more than 76,000 soldiers killed and wounded in the Kursk operation", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Roughly 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "with around 600 of them dead, South Korean lawmakers said Wednesday, citing the country's spy agency", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea had sent about 15,000 troops in all, the agency estimated", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "CNN"],
          "Ukraine still holds two North Korean soldiers it captured in January", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "Around 2,000 North Korean soldiers have been killed fighting for Russia in the Kursk region, according to a new estimate from South Korea's National Intelligence Service", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "In April, the agency had put the number of dead at about 600", False),
         ("killed", "russia", 120000, None, "more_than", ["Mediazona", "Meduza"],
          "have confirmed by name more than 120,000 Russian military personnel killed since February 2022", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Kim", "KCNA", "Korean Central News Agency", "state media", "North Korea"],
          "disclosed that nine of its soldiers died during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "The NIS estimated in September that about 2,000 North Korean soldiers had been killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "out of about 15,000 sent to Russia since October 2024", False)],
}
NOT = {
 "000": ["four brigades totaling some 12,000 troops (planned)", "more than 13,000 containers", "170 mm, 240 mm",
         "four Russian navy vessels, Oct. 8 and 13", "Like 212, Share 1.3K", "11,000-seat arena (headline)",
         "1,370 against dollar (headline)", "2 inter-Korean roads (headline)", "2 dead, 7 injured (headline)"],
 "001": ["up to 12K (headline, same as the range)", "about 86 minutes", "above 7,000 kilometers", "Share/Save 47",
         "first in 3 months (headline)", "¥155", "43rd straight year", "¥1,800 a month"],
 "002": ["170-millimeter, 240-millimeter", "10 a.m.", "Comments 26", "2 leaflet balloons (headline)",
         "1,450 per dollar, 15 years (headline)", "Dec. 27", "3.3% rate cut", "9 years", "20 percent"],
 "003": ["👁 2,041", "40 Shahed drones and 7 missiles (headline)", "155mm artillery", "1,200 km (headline)",
         "December 20", "2015-2024"],
 "004": ["nearly triple", "at least 100 ballistic missiles and millions of artillery rounds", "Item 1 of 2",
         "1,100 km (headline)", "0.4%, 3.00% (headline)"],
 "005": ["Share 318, Comments 57", "4 min read", "Jan. 9 and 11", "more than 20,000 members, $5 a month",
         "819,090 troops (other story's headline)", "2 oil depots (headline)"],
 "007": ["about 7,000 km", "Listen 03:41", "August 2024", "kills 12 (headline)", "4 more IRIS-T (headline)",
         "3 years of war (headline)"],
 "008": ["3 minute read", "8-0 (headline)", "2 dead, 1,000 miles (headline)", "25% tariffs (headline)"],
 "012": ["about 1,000 military deminers and some 5,000 military construction workers (planned)",
         "October 2024", "€5, €10 or €20", "17-year-old, 6 years (headline)", "40% (headline)", "Share on Telegram 1,146"],
 "014": ["about 1,000 deminers and 5,000 military construction workers (planned)", "120 days, four months",
         "28-point plan (headline)", "52% (headline)", "Three dead (headline)", "$2", "Comments (87)", "Share 152"],
}
OFF = ["006", "010", "011", "013"]
DUP = {"009": "008"}

goldlib.write(
    "Gold labels for the blind195 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-1", "005-1", "roughly 3,000 casualties (NIS) against close to 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["002-3", "002-4", "about 1,100 (NIS) against several hundred (US official, earlier in the week): a vague figure"],
            ["002-4", "003-1", "several hundred (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["004-1", "004-4", "about 3,000 now against about 1,100 in December: the same agency's update, restated"],
            ["004-4", "005-1", "the restated December figure of about 1,100 against close to 4,000: not a current estimate"],
            ["004-4", "005-2", "the restated December 1,100 against the restated January 3,000, both NIS and both history"],
            ["003-1", "004-4", "more than 3,000 against the restated 1,100, three weeks apart"],
            ["002-3", "004-1", "about 1,100 against about 3,000, 25 days apart: the same agency's update"],
            ["005-1", "005-2", "close to 4,000 (Zelensky) against the restated NIS 3,000 in the same article: the must pair restated"],
            ["000-1", "001-1", "1,500 special forces in the first wave against 10,000-12,000 a month later"],
            ["000-1", "001-2", "1,500 special forces in the first wave against about 10,000 a month later"],
            ["007-1", "007-2", "around 11,000 sent in autumn against some 3,000 reinforcements: an additional force"],
            ["007-1", "008-3", "around 11,000 sent in autumn against about 15,000 in all, two days apart: initial against total"],
            ["007-2", "008-3", "some 3,000 reinforcements against about 15,000 in all: a part against the whole"],
            ["004-5", "008-3", "about 11,000 in January against about 15,000 in April: months apart, after reinforcements"],
            ["002-1", "004-2", "about 100 killed in December against about 300 in January: the same agency's update"],
            ["002-2", "004-3", "about 1,000 wounded in December against 2,700 in January: the same agency's update"],
            ["008-2", "012-1", "about 600 killed in April against about 2,000 in September: months apart"],
            ["012-1", "012-2", "about 2,000 killed now against about 600 in April: the same agency's update, restated"],
            ["012-2", "014-2", "the restated April 600 against 2,000: months apart"],
        ],
    },
)
