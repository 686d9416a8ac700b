#!/usr/bin/env python3
"""Write gold.json for the blind204 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck
output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskiy", "Zelenskyy", "Ukrainian President", "President of Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships carried around 1,500 soldiers of the North's special forces", False)],
 "001": [("troops", "north_korea", 10000, None, "more_than", NIS,
          "More than 10,000 North Korean soldiers have been deployed to Russia", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon", "Sabrina Singh", "Singh"],
          "about 10,000 North Korean troops had been sent to eastern Russia for training", False),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "Secretary of State", "State Department"],
          "around 8,000 of them had already moved to Kursk", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "estimating that around 100 have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Nearly 1,000 others were wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the agency put the North's losses at around 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The NIS believes the North still has about 11,000 soldiers in Russia", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead was at least one general-grade officer", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "have already lost more than 3,000 soldiers killed and wounded", False),
         ("troops", "russia", 50000, None, "about", ZEL,
          "Russia had concentrated about 50,000 troops of its own in the area", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That would bring Pyongyang's total losses to roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "SBU", "Kyiv"] + NIS,
          "Ukraine said on Saturday its forces had captured two North Korean soldiers in Kursk", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "who put the total at nearly 4,000", False),
         ("captured", "north_korea", 2, None, "exact", ["Kyiv", "Ukrain"] + ZEL,
          "Kyiv says it is still questioning the two North Korean soldiers captured last week", False),
         ("casualties", "north_korea", 200, 900, "vague", ZEL,
          "killed or wounded at a rate of hundreds a day", True)],
 "006": [("troops", "north_korea", 3000, None, "about", JCS,
          "Pyongyang had sent roughly 3,000 more soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "on top of the 11,000 or so it dispatched last autumn", False),
         ("casualties", "ukraine", 67000, None, "more_than", ["Gerasimov", "General Staff", "Russia", "Moscow"],
          "Ukraine had lost more than 67,000 troops killed and wounded in the Kursk region", False)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea had sent some 15,000 troops to Russia in all", False)],
 "008": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "HUR", "military intelligence"],
          "North Korean troops have suffered more than 4,000 casualties", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's National Intelligence Service put the North's losses at around 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "of whom around 600 were killed", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "South Korea's spy agency says about 2,000 of them have been killed", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "the roughly 600 deaths the agency reported in April", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "about 1,000 of the engineers had arrived so far", False),
         ("killed", "north_korea", 24, 99, "vague", ["state media", "KCNA", "North Korea"],
          "placing medals beside portraits of dozens of them", True),
         # the fact box: each row is a figure restated with its source
         ("troops", "north_korea", 1500, None, "exact", NIS,
          "Oct. 18, 2024 | NIS | 1,500 special forces moved to Russia", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "Dec. 2, 2024 | Pentagon | 11,000 to 12,000 troops in the Kursk region", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "Dec. 19, 2024 | NIS | about 100 killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "nearly 1,000 wounded", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "Jan. 18, 2025 | Zelensky | nearly 4,000 killed or wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Apr. 30, 2025 | NIS | about 4,700 killed or wounded", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 sent in total", False),
         ("casualties", "north_korea", 6000, None, "more_than", ["Defence Intelligence", "UK", "Ministry of Defence", "MoD", "Brit"],
          "June 2025 | UK Defence Intelligence | more than 6,000 casualties", False)],
}
NOT = {
 "000": ["a total of 12,000 troops in four brigades (planned)", "12K in the headline (planned)",
         "more than 13,000 containers", "Oct. 8 and 13", "about 80 minutes", "7.5 pct (headline)",
         "81-minute (headline)", "2,593.82 (headline)", "60-meter (headline)", "Like 1,214 | Share 386", "August 2023"],
 "001": ["¥8.7 trillion ($56 billion)", "170-mm self-propelled guns", "240-mm multiple rocket launchers",
         "1.7 percent", "about 10 short-range ballistic missiles (headline)", "3-day drill, 2,000-km (headline)",
         "5 months (headline)", "¥990", "1 April 2024", "Comments (57)"],
 "002": ["240-millimeter rocket launchers", "170-millimeter self-propelled howitzers", "Jan. 20", "Share 241",
         "10-day (headline)", "4%, $6.5 billion (headline)", "2 North Korean soldiers? (headline)",
         "Dec. 27 (headline)", "1,450 per dollar", "36-year-old"],
 "003": ["14-15 December", "27 times, 2 injured (headline)", "20 F-16 engines, €1.3 billion (headline)",
         "48,000 subscribers", "2 812 views"],
 "004": ["26, since 2016", "20, joined in 2021", "250 km (headline)", "1.5%, 21% (headline)",
         "7th nuclear device (headline)", "3 min read"],
 "005": ["40% or more", "Share 1.1K", "8.30am, 15 months (headline)", "Man, 31, 12 cars (headline)", "2-1"],
 "006": ["some 15 kilometers", "400,000 subscribers", "less than 110 square kilometers, about 1,300",
         "€5 a month", "2,000 destroyed homes (headline)", "2.5 million rubles (headline)", "1943", "6 min"],
 "007": ["more than 10 million rounds", "June 3", "46% (headline)", "2.2%, 3.4 trillion won (headline)",
         "12 trillion won", "25 million USIM cards", "5 Koreans, 50 Best (headline)", "Comment (14)"],
 "008": ["$5 a month, 14,000 members", "about half, around 60%", "47 injured, 5 children (headline)",
         "17th sanctions package, nearly 200 tankers (headline)", "958,760 troops, +1,210 (loss widget)",
         "Comments (62)", "April 26, April 28"],
 "012": ["12,000 planned in all (fact box)", "1,000 deminers and 5,000 military builders (pledged, planned)",
         "thousands of military engineers (planned)", "more than three times", "more than a million mines",
         "as much as $2 billion", "15,000 troops marching (headline)", "26 leaders (headline)",
         "6 fishermen (headline)", "1,000+ games", "Share 412"],
}
OFF = ["010", "011", "013", "014"]
DUP = {"009": "007"}

# Every pair of the fact box's figures that cannot both hold was published the same day but
# describes months-apart moments (or a part, the engineers, against the whole force): may.
BOX_MAY = [
    ["012-1", "012-2", "about 2,000 killed (Sept) against about 600 (April), restated in the same explainer"],
    ["012-1", "012-7", "about 2,000 killed (Sept) against about 100 (Dec 2024 row)"],
    ["012-2", "012-7", "about 600 killed (April) against about 100 (Dec 2024 row)"],
    ["012-1", "012-4", "about 2,000 killed against dozens honoured by Kim: vague"],
    ["012-2", "012-4", "about 600 killed against dozens honoured by Kim: vague"],
    ["012-7", "012-4", "about 100 killed against dozens honoured by Kim: vague"],
    ["012-9", "012-12", "nearly 4,000 (Jan row) against more than 6,000 (June row)"],
    ["012-10", "012-12", "about 4,700 (April row) against more than 6,000 (June row)"],
    ["012-3", "012-5", "1,000 engineers arrived against 1,500 special forces moved (Oct 2024 row)"],
    ["012-3", "012-6", "1,000 engineers against 11,000-12,000 (Dec 2024 row): a part"],
    ["012-3", "012-11", "1,000 engineers against 15,000 sent in total: a part"],
    ["012-5", "012-6", "1,500 moved (Oct 2024) against 11,000-12,000 (Dec 2024)"],
    ["012-5", "012-11", "1,500 moved (Oct 2024) against 15,000 in total (April)"],
    ["012-6", "012-11", "11,000-12,000 (Dec 2024) against 15,000 in total (April)"],
]

goldlib.write(
    "Gold labels for the blind204 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23)"],
            ["004-3", "005-1", "roughly 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 18)"],
        ],
        "may": [
            ["006-1", "006-2", "roughly 3,000 more soldiers against the 11,000 or so sent before: an additional force"],
            ["004-3", "005-3", "about 3,000 casualties against hundreds a day: a vague rate"],
            ["005-1", "005-3", "nearly 4,000 against hundreds a day: a vague rate"],
        ] + BOX_MAY,
    },
)
