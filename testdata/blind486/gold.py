#!/usr/bin/env python3
"""Gold labels for testdata/blind486 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind486: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. See ../corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "South Korea", "Seoul",
       "Lee Seong-kweun", "lawmakers"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"]
ZEL = ["Zelensky", "Zelenskiy", "Zelenskyy", "Volodymyr Zelensky", "President of Ukraine", "Ukraine"]
BLINKEN = ["Blinken", "Antony Blinken", "United States", "US", "U.S.", "Washington", "State Department"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has moved some 3,000 of its soldiers to Russia so far", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "An initial contingent of roughly 1,500 special operations personnel left earlier this month", False),
    ],
    "001": [
        ("troops", "north_korea", 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers have been moved into Russia's Kursk border region", False),
        ("troops", "north_korea", 10000, None, "about", BLINKEN,
         "the approximately 10,000 troops that Pyongyang has sent to Russia", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "Eleven thousand soldiers from North Korea are already in the Kursk region", False),
    ],
    "004": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "North Korean soldiers fighting for Russia have suffered around 1,100 casualties", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "which it put at about 11,000 troops", False),
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "roughly 1,000 others injured", False),
    ],
    "005": [
        ("casualties", "north_korea", 1000, None, "more_than",
         ["John Kirby", "Kirby", "White House", "United States", "US", "U.S."],
         "have suffered more than 1,000 killed or wounded in the past week alone", False),
        ("casualties", "russia", 782000, None, "about",
         ["Ukraine's general staff", "general staff", "General Staff", "Ukraine"],
         "Russian losses since the start of the full-scale invasion had reached about 782,000 soldiers killed and wounded", False),
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "North Korean losses in Kursk – dead and wounded together – had passed the 3,000 mark", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "About 300 North Korean soldiers sent to fight alongside Russian forces have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "some 2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "putting the North's total casualties at around 3,000", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Zelensky", "Zelenskyy", "Ukraine"],
         "Ukraine had captured two North Korean soldiers", False),
        ("casualties", "north_korea", 4000, None, "more_than", ZEL,
         "more than four thousand North Korean soldiers had been killed or wounded", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "roughly 3,000 additional soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 10000, None, "more_than", ["unattributed"],
         "Pyongyang dispatched more than 10,000 soldiers to Russia last year", False),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "North Korean troops deployed to Russia's Kursk region have suffered about 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "Roughly 600 of them were killed", False),
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia", "Russian military"],
         "Ukrainian forces had lost more than 76,000 soldiers during the Kursk incursion", False),
    ],
    "011": [
        ("troops", "north_korea", 14000, None, "about", ["South Korea", "South Korean estimates", "Seoul"],
         "North Korea has so far sent around 14,000 troops to Russia", False),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS,
         "Around 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("troops", "north_korea", 10000, 12000, "range",
         ["Kyiv", "Washington", "Seoul", "Ukraine", "United States", "South Korea", "officials"],
         "between 10,000 and 12,000 North Korean soldiers were being sent to Russia", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "about 15,000 North Korean troops have been deployed in total", False),
        ("wounded", "north_korea", 2000, 9999, "vague", NIS,
         "Several thousand more have been wounded", True),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Defence Intelligence", "Britain", "British", "UK", "U.K.", "Ministry of Defence"],
         "North Korean forces had suffered more than 6,000 casualties", False),
    ],
}

NOT = {
    "000": ["about 10,000 by December", "11th Army Corps", "US$2,000 per soldier per month",
            "1.4 million young people", "KOSPI ends at 2,599.62", "paras 6-8"],
    "001": ["more than 7,000 kilometers (4,350 miles)", "about 86 minutes", "Hwasong-19",
            "Death toll climbs past 150", "5 days to go", "Oct. 31, 2024"],
    "002": ["nearly 900 guided aerial bombs", "about 500 attack drones", "more than 30 missiles",
            "36th Separate Marine Brigade", "225th Separate Assault Battalion", "1,330 Russian invaders"],
    "004": ["more than 20,000 containers of munitions", "Dec. 4", "We had 72 hours",
            "1,450 per dollar", "3 in 10 young Koreans"],
    "005": ["78 missiles and 106 drones", "500,000 left without heating", "two thermal power plants"],
    "007": ["20 years old", "the other 26", "1st launch of 2025"],
    "008": ["12K North Koreans", "26-year-old North Korean prisoner", "27/02/2025"],
    "009": ["167 clashes", "$2"],
    "011": ["1,000 deminers", "5,000 military construction workers", "as many as 200 long-range artillery systems",
            "second visit to North Korea in two weeks"],
    "013": ["6,000 military engineers and builders", "as much as $20 billion", "3K More Troops",
            "100 Models Unveiled", "more than three times the figure"],
}

OFF = ["003", "006", "010", "012"]
DUP = {"014": "011"}

conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
        ["004-1", "005-3", "around 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 23), reported four days apart"],
        ["007-3", "007-5", "around 3,000 casualties (NIS) against more than four thousand killed or wounded (Zelenskyy), in the same article"],
    ],
    "may": [
        # the October 2024 build-up: a week or two apart, or weeks/months apart
        ["000-1", "001-1", "3,000 sent (Oct 23) against 8,000 in Kursk (Oct 31): a build-up a week later"],
        ["000-1", "001-2", "3,000 sent (Oct 23) against about 10,000 sent (Oct 31): a build-up a week later"],
        ["000-1", "002-1", "3,000 sent (Oct 23) against 11,000 in Kursk (Nov 4): a build-up"],
        ["000-1", "004-2", "3,000 (Oct) against about 11,000 (Dec), two months apart"],
        ["000-1", "008-2", "3,000 (Oct) against more than 10,000 last year, months apart"],
        ["000-1", "011-1", "3,000 (Oct 2024) against about 14,000 in total (Jun 2025)"],
        ["000-1", "013-2", "3,000 sent so far (Oct 23) against 10,000-12,000 being sent (estimates of the time)"],
        ["000-1", "013-3", "3,000 (Oct 2024) against about 15,000 in total (Sep 2025)"],
        ["001-1", "004-2", "8,000 in Kursk (Oct) against about 11,000 (Dec), two months apart"],
        ["001-1", "008-1", "8,000 in Kursk against an additional 3,000"],
        ["001-1", "008-2", "8,000 in Kursk against more than 10,000 sent to Russia, months apart"],
        ["001-1", "011-1", "8,000 in Kursk (Oct 2024) against 14,000 in total (Jun 2025)"],
        ["001-1", "013-2", "8,000 in Kursk against 10,000-12,000 sent to Russia"],
        ["001-1", "013-3", "8,000 in Kursk (Oct 2024) against 15,000 in total (Sep 2025)"],
        ["001-2", "002-1", "about 10,000 in Russia against 11,000 in Kursk, four days apart"],
        ["001-2", "004-2", "about 10,000 (Oct) against about 11,000 (Dec)"],
        ["001-2", "008-1", "about 10,000 against an additional 3,000"],
        ["001-2", "008-2", "about 10,000 against more than 10,000, months apart"],
        ["001-2", "011-1", "about 10,000 (Oct 2024) against 14,000 in total (Jun 2025)"],
        ["001-2", "013-3", "about 10,000 (Oct 2024) against 15,000 in total (Sep 2025)"],
        ["002-1", "008-1", "11,000 against an additional 3,000"],
        ["002-1", "011-1", "11,000 (Nov 2024) against 14,000 in total (Jun 2025)"],
        ["002-1", "013-3", "11,000 (Nov 2024) against 15,000 in total (Sep 2025)"],
        ["004-2", "008-1", "about 11,000 against an additional 3,000"],
        ["004-2", "011-1", "about 11,000 (Dec 2024) against 14,000 in total (Jun 2025)"],
        ["004-2", "013-3", "about 11,000 (Dec 2024) against 15,000 in total (Sep 2025)"],
        ["008-1", "008-2", "an additional 3,000 against more than 10,000 sent last year"],
        ["008-1", "011-1", "an additional 3,000 against 14,000 in total"],
        ["008-1", "013-2", "an additional 3,000 against 10,000-12,000 first sent"],
        ["008-1", "013-3", "an additional 3,000 against 15,000 in total"],
        ["011-1", "013-2", "14,000 in total (Jun 2025) against 10,000-12,000 first sent (2024)"],
        ["011-1", "013-3", "about 14,000 (Jun) against about 15,000 (Sep), months apart"],
        ["013-2", "013-3", "10,000-12,000 first sent against 15,000 in total, reinforcements between"],
        # casualties over weeks and months
        ["004-1", "005-1", "1,100 in all (JCS) against more than 1,000 in the past week alone (Kirby)"],
        ["004-1", "007-3", "about 1,100 (Dec 23) against about 3,000 (Jan 13), three weeks apart"],
        ["004-1", "007-5", "about 1,100 (Dec 23) against more than 4,000 (Jan 12), three weeks apart"],
        ["004-1", "009-1", "about 1,100 (Dec) against about 4,700 (Apr), months apart"],
        ["004-1", "013-5", "about 1,100 (Dec 2024) against more than 6,000 (2025), months apart"],
        ["005-3", "007-3", "more than 3,000 (Zelensky, Dec 23) against around 3,000 (NIS, Jan 13)"],
        ["007-3", "013-5", "around 3,000 (Jan) against more than 6,000 (later 2025), months apart"],
        ["009-1", "013-5", "about 4,700 (NIS, Apr) against more than 6,000 (British Defence Intelligence, later), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
