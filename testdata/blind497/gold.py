#!/usr/bin/env python3
"""Gold labels for testdata/blind497 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind497 articles in articles/, written and labelled blind. "
         "See testdata/corpus/README.md for the meaning of every field and how a system's output is scored.")

HUR = ["HUR", "Ukraine's military intelligence", "Defense Intelligence of Ukraine", "military intelligence",
       "Main Intelligence Directorate", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
GENSTAFF = ["General Staff", "General Staff of Ukraine's Armed Forces", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", HUR,
         "around 12,000 North Korean servicemen were being prepared at five training grounds in eastern Russia", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "among them roughly 500 officers", False),
        ("troops", "north_korea", 3000, None, "at_least",
         ["Sabrina Singh", "Pentagon", "United States", "US", "Washington"],
         "at least 3,000 North Korean soldiers had moved to eastern Russia since early October", False),
    ],
    "002": [
        ("casualties", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korean troops fighting for Russia against Ukraine have suffered around 3,000 casualties", False),
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 300 of them believed to have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "Some 2,700 others are believed to have been wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces captured two North Korean soldiers alive in Kursk", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded fighting for Russia in the Kursk region", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "around 1,100 North Korean troops had been killed or wounded", False),
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died since they entered combat in early December", False),
        ("troops", "north_korea", 11000, None, "about",
         ["Kyiv", "Washington", "Seoul", "Ukraine", "United States", "South Korea"],
         "some 11,000 North Korean troops were deployed to Russia this autumn", False),
    ],
    "004": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "General Staff", "Russian General Staff", "Russia"],
         "Ukraine had lost more than 76,000 troops in the nine-month Kursk operation", False),
        ("troops", "north_korea", 11000, 12000, "range",
         ["Western and South Korean intelligence agencies", "Western intelligence", "South Korean intelligence",
          "South Korea"],
         "between 11,000 and 12,000 North Korean troops were sent to the region last autumn", False),
        ("troops", "north_korea", 2000, 9999, "vague",
         ["Western and South Korean intelligence agencies", "Western intelligence", "South Korean intelligence",
          "South Korea"],
         "followed by several thousand reinforcements early this year", True),
    ],
    "005": [
        ("troops", "north_korea", 11000, None, "about", HUR,
         "Around 11,000 North Korean soldiers are now stationed in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 12000, None, "up_to", NIS,
         "up to 12,000 North Korean soldiers are now in Russia", False),
        ("casualties", "russia", 719580, None, "exact", GENSTAFF,
         "Russia has lost 719,580 troops in Ukraine since the start of its full-scale invasion", False),
        ("casualties", "russia", 1770, None, "exact", GENSTAFF,
         "This number includes 1,770 casualties Russian forces suffered over the past day", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
         "North Korea sent some three thousand more soldiers to Russia in January and February", False),
        ("troops", "north_korea", 11000, None, "about", NIS + ["Park Sun-won"],
         "the roughly 11,000 troops it believes Pyongyang dispatched last autumn", False),
        ("troops", "north_korea", 200, 900, "vague", NIS + ["Park Sun-won"],
         "Several hundred of the newcomers appear to have gone straight to front-line units", True),
    ],
    "008": [
        ("casualties", "north_korea", 4000, None, "about", HUR + ["Andrii Yusov", "Yusov"],
         "the North Korean contingent has lost around 4,000 people killed and wounded", False),
        ("killed", "north_korea", 1000, None, "at_least", HUR + ["Andrii Yusov", "Yusov"],
         "At least a thousand of them are dead", False),
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "010": [
        ("troops", "north_korea", 15000, None, "about", ["unattributed"],
         "About 15,000 North Korean troops are believed to have been sent to Russia since last autumn", False),
    ],
    "012": [
        ("casualties", "north_korea", 4700, None, "about", JCS,
         "around 4,700 North Korean soldiers have been killed or wounded in Russia's war against Ukraine", False),
        ("killed", "north_korea", 600, None, "about", JCS,
         "about 600 of them fatally", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "the toll stood at around 3,000", False),
        ("troops", "north_korea", 15000, None, "about", JCS,
         "Pyongyang has sent some 15,000 troops to Russia in total since last autumn", False),
    ],
    "014": [
        ("troops", "north_korea", 11000, None, "about",
         ["Seoul", "Washington", "South Korea", "United States"],
         "Seoul and Washington believed about eleven thousand soldiers had made the journey", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "A further 3,000 or so followed in January and February", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("killed", "north_korea", 600, None, "about", ["Seoul's military", "South Korea's military", "JCS",
                                                       "Joint Chiefs of Staff", "South Korea", "Seoul"],
         "the roughly 600 deaths that Seoul's military estimated in April", False),
        ("casualties", "north_korea", 4700, None, "about", ["Seoul's military", "South Korea's military", "JCS",
                                                            "Joint Chiefs of Staff", "South Korea", "Seoul"],
         "put overall casualties - killed and wounded - at about 4,700", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine", "Ukrainian forces"],
         "Two soldiers, captured by Ukrainian forces in January", False),
    ],
}

NOT = {
    "000": ["five training grounds", "North's 11th Corps", "roughly 245 km (152 miles)", "about 30 km into the region",
            "several hundred square kilometres", "key rate to 21%", "Brent at $74.38", "Gold 2,741.10"],
    "002": ["a 26-year-old rifleman", "about two hours", "several short-range ballistic missiles",
            "2.4 mln low-income households", "Zelensky says two N. Korean soldiers captured in Kursk region"],
    "003": ["nearly three times higher", "around 1,000 square kilometres", "122mm multiple rocket launchers",
            "Ten dead as Christmas market car attack", "December 4"],
    "004": ["the nine-month Kursk operation", "more than 1,000 square kilometers", "just $2",
            "Inflation Slows to 10.2%", "3-Day Victory Day Ceasefire"],
    "005": ["37 of 49 Russian drones", "Another 10 drones", "two private houses", "9,274 tanks",
            "1.5 billion euros ($1.6 billion)", "We are 14,000 members strong", "help us get to 20,000"],
    "007": ["28 trillion won ($19.6 billion)", "Seoul says 2 captured N. Korean soldiers can come to South",
            "KOSPI 2,641.09", "three days after the third anniversary"],
    "008": ["Views 2,417", "some 100 long-range artillery systems",
            "Russian army loses 1,630 soldiers in Ukraine over past day"],
    "010": ["1,000 deminers and 5,000 military construction workers", "second visit to the North in about two weeks",
            "about 10 rockets", "June 19 last year", "Nikkei 38,536.74"],
    "012": ["some 200 long-range artillery pieces", "test-fires 5 cruise missiles", "Three years on"],
    "014": ["6,000 military engineers and builders", "more than three times", "up to $20bn",
            "North Korea to send 6,000 workers to Russia's Kursk", "21 August"],
}

OFF = ["001", "006", "011", "013"]

DUP = {"009": "003"}

conflicts = {
    "must": [
        ["003-1", "003-2", "more than 3,000 killed and wounded (Zelensky) against about 1,100 (South Korea's JCS), same article, same day"],
        ["002-1", "008-1", "about 3,000 casualties (NIS, Jan 13) against about 4,000 (HUR's Yusov, Jan 16), three days apart"],
        ["002-2", "008-2", "about 300 killed (NIS, Jan 13) against at least 1,000 killed (HUR's Yusov, Jan 16), three days apart"],
    ],
    "may": [
        # casualties: cumulative toll rising over weeks and months, or a bound barely met
        ["003-1", "002-1", "more than 3,000 (Dec 23) against about 3,000 three weeks later: borderline bound"],
        ["003-1", "012-3", "more than 3,000 (Dec 23) against the January estimate of about 3,000, reported four months later"],
        ["003-2", "002-1", "1,100 (JCS, Dec 23) against 3,000 (NIS, Jan 13): cumulative toll three weeks later"],
        ["003-2", "008-1", "1,100 (JCS, Dec 23) against 4,000 (HUR, Jan 16): cumulative toll three weeks later"],
        ["003-2", "012-1", "1,100 in December against 4,700 in April: months apart, cumulative"],
        ["003-2", "012-3", "1,100 in December against the January 3,000 reported in April"],
        ["003-2", "014-5", "1,100 in December against 4,700 reported in September"],
        ["002-1", "012-1", "3,000 in January against 4,700 in April: later rise in a cumulative figure"],
        ["002-1", "014-5", "3,000 in January against 4,700 reported in September"],
        ["008-1", "012-1", "4,000 (HUR, January) against 4,700 (JCS, April): months apart"],
        ["008-1", "012-3", "4,000 (HUR, January) against NIS's January 3,000 as recalled in April"],
        ["008-1", "014-5", "4,000 in January against 4,700 reported in September"],
        ["012-3", "014-5", "January's 3,000 (recalled in April) against 4,700 (reported in September)"],
        # killed
        ["002-2", "012-2", "300 killed in January against 600 in April: later rise in a cumulative figure"],
        ["002-2", "014-3", "300 killed in January against 2,000 in September"],
        ["002-2", "014-4", "300 killed in January against 600 (April, recalled in September)"],
        ["008-2", "012-2", "at least 1,000 killed (HUR, January) against about 600 (JCS, April): months apart"],
        ["008-2", "014-4", "at least 1,000 killed (HUR, January) against April's 600 recalled in September"],
        ["012-2", "014-3", "600 killed in April against 2,000 in September: later rise"],
        # troops: estimates months apart, first wave against total, additional forces
        ["000-1", "005-1", "12,000 being trained in eastern Russia against 11,000 in Kursk, both from HUR, 19 days apart"],
        ["000-1", "003-4", "12,000 in October against 11,000 in December"],
        ["000-1", "007-1", "12,000 against an additional 3,000"],
        ["000-1", "007-2", "12,000 in October against 11,000 recalled in February"],
        ["000-1", "012-4", "12,000 in October against 15,000 in total in April"],
        ["000-1", "010-1", "12,000 in October against 15,000 in total in June"],
        ["000-1", "014-1", "12,000 in October against eleven thousand recalled in September"],
        ["000-1", "014-2", "12,000 against a further 3,000"],
        ["005-1", "007-1", "11,000 against an additional 3,000"],
        ["005-1", "012-4", "11,000 in November against 15,000 in total in April"],
        ["005-1", "010-1", "11,000 in November against 15,000 in total in June"],
        ["005-1", "014-2", "11,000 against a further 3,000"],
        ["005-2", "012-4", "up to 12,000 in November against 15,000 in total in April"],
        ["005-2", "010-1", "up to 12,000 in November against 15,000 in total in June"],
        ["003-4", "007-1", "11,000 against an additional 3,000"],
        ["003-4", "012-4", "11,000 in December against 15,000 in total in April"],
        ["003-4", "010-1", "11,000 in December against 15,000 in total in June"],
        ["003-4", "014-2", "11,000 against a further 3,000"],
        ["007-1", "007-2", "an additional 3,000 on top of 11,000, same article"],
        ["007-1", "004-2", "an additional 3,000 against the first wave of 11,000-12,000"],
        ["007-1", "012-4", "an additional 3,000 against 15,000 in total"],
        ["007-1", "010-1", "an additional 3,000 against 15,000 in total"],
        ["007-1", "014-1", "an additional 3,000 against the first wave of eleven thousand"],
        ["007-2", "012-4", "11,000 first wave against 15,000 in total"],
        ["007-2", "010-1", "11,000 first wave against 15,000 in total"],
        ["007-2", "014-2", "11,000 against a further 3,000"],
        ["004-2", "012-4", "11,000-12,000 first wave against 15,000 in total, two days apart"],
        ["004-2", "010-1", "11,000-12,000 first wave against 15,000 in total"],
        ["004-2", "014-2", "11,000-12,000 against a further 3,000"],
        ["012-4", "014-1", "15,000 in total against the first wave of eleven thousand"],
        ["012-4", "014-2", "15,000 in total against a further 3,000"],
        ["010-1", "014-1", "15,000 in total against the first wave of eleven thousand"],
        ["010-1", "014-2", "15,000 in total against a further 3,000"],
        ["014-1", "014-2", "eleven thousand first wave and a further 3,000, same article"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
