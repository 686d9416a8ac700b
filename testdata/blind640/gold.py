#!/usr/bin/env python3
"""Gold labels for testdata/blind640 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind640: fifteen articles written for crosscheck in our own words "
         "about the real story's known reporting, labelled blind. See testdata/corpus/README.md for the "
         "meaning of every field and how a system's output is scored.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Ukraine"]
HUR = ["HUR", "Defence Intelligence", "military intelligence", "Ukrainian intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "in the process of sending a force of around 12,000 soldiers", False),
        ("troops", NK, 1500, None, "about", NIS,
         "some 1,500 special operations troops was ferried", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", ["Pentagon", "US", "United States"],
         "the Pentagon said it believed about 10,000 North Korean troops had been sent to eastern Russia for training", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "US secretary of state", "US", "United States"],
         "around 8,000 of them had moved on to the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "there were 11,000 North Korean soldiers in Kursk already", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers have been killed in combat in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "the number of wounded has reached about 1,000", False),
        ("troops", NK, 11000, None, "about", NIS,
         "The NIS believes about 11,000 North Korean soldiers are now in the Kursk area", False),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered roughly 1,100 casualties in the Kursk region", False),
        ("troops", NK, 12000, None, "up_to", ["South Korea", "US", "United States", "Ukraine"],
         "North Korea has sent up to 12,000 soldiers to Russia", False),
        ("casualties", NK, 200, 900, "vague", ["White House", "US", "United States"],
         'North Korean troops had suffered "several hundred" casualties, killed and wounded', True),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "have lost more than three thousand soldiers killed and wounded", False),
        ("casualties", NK, 200, None, "at_least", HUR,
         "North Korean units lost at least 200 soldiers killed and wounded", False),
        ("troops", NK, 11000, 12000, "range", HUR,
         "11,000-12,000 North Korean troops are currently deployed in the Kursk region", False),
    ],
    "007": [
        ("killed", NK, 300, None, "about", NIS,
         "about 300 of them have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL + ["Ukrainian forces", "NIS", "SBU"],
         "Ukrainian forces had taken two North Korean soldiers alive in Kursk", False),
    ],
    "009": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea dispatched an estimated 3,000 additional soldiers to Russia in January and February", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "North Korea has so far suffered around 4,000 casualties in the Kursk region", False),
        ("troops", NK, 2000, 9000, "vague", HUR + ["Andrii Yusov", "Yusov"],
         "with several thousand North Korean soldiers involved", True),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine", "Ukrainian forces", "Yu Yong-weon"],
         "One of the two North Korean soldiers captured by Ukrainian forces in Kursk Oblast in January", False),
    ],
    "010": [
        ("casualties", UA, 76000, None, "more_than",
         ["Gerasimov", "Valery Gerasimov", "General Staff", "Russia"],
         "the enemy lost more than 76,000 servicemen", False),
        ("troops", NK, 11000, None, "about", ["Western media", "Ukrainian intelligence", "Ukraine"],
         "about 11,000 soldiers from the DPRK had arrived in the Kursk region", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
         "including roughly 600 deaths", False),
        ("troops", NK, 15000, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korea has sent around 15,000 troops to Russia in all", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"],
         "Ukraine has said it is holding two North Korean prisoners of war", False),
    ],
    "014": [
        ("troops", NK, 11000, None, "about", ["Western estimates", "unattributed"],
         "some eleven thousand men, according to most Western estimates", False),
        ("killed", NK, 2000, None, "about", NIS,
         "it believed around 2,000 North Korean soldiers had been killed", False),
        ("casualties", NK, 6000, None, "more_than",
         ["Defence Intelligence", "Britain", "UK", "United Kingdom", "British"],
         "the North's casualties, dead and wounded together, had passed 6,000", False),
        ("troops", NK, 200, 900, "vague", NIS,
         "several hundred of those engineers had already arrived", True),
    ],
}

NOT = {
    "000": ["four brigades", "four Russian navy transport ships", "between Oct. 8 and 13", "11th Corps",
            "87 fighter pilots", "about 1.28 million active-duty personnel",
            "Zelensky says 10,000 North Korean soldiers being readied for Russia's army",
            "past 1 million copies", "KOSPI closes at 2,593.82"],
    "002": ["one interpreter for every 30 soldiers", "about $2,000 a month",
            "more than 13,000 containers of munitions", "as many as 100,000 soldiers on a rotating basis",
            "more than 2,000 drones in October", "64 articles", "£2 a month"],
    "003": ["12-member Intelligence Committee", "five days after", "past 1,450 to the dollar",
            "a general-grade officer had been hurt", "Dec. 27"],
    "005": ["170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
            "Below $95,000", "1,450 Per Dollar", "3% Wage Hikes", "USDKRW 1,450.85"],
    "006": ["December 20-21", "Russian army loses 1,630 soldiers in past day"],
    "007": ["he is 20 years old", "served since 2021", "he is 26", "one soldier who was about to be captured",
            "minus 8 degrees", "record 317,812", "39,190"],
    "009": ["177 drones and two ballistic missiles", "downed 74 drones", "81 were \"lost\"",
            "some 12,000 households", "over 1,000 guided bombs"],
    "010": ["more than 7,700 units of weapons and military equipment", "412 tanks", "August 6, 2024",
            "more than 150,000 residents", "1,200 families", "USD 82.65"],
    "011": ["millions of artillery rounds", "dozens of ballistic missiles"],
    "014": ["1,000 deminers", "5,000 military construction workers",
            "as many as 30,000 more soldiers who could be sent to Russia", "some 50 new houses"],
}

OFF = ["001", "004", "008", "012"]
DUP = {"013": "011"}

conflicts = {
    "must": [
        ["002-2", "002-3", "around 8,000 North Korean troops in Kursk (Blinken) against 11,000 in Kursk (Zelenskyy), "
                           "stated days apart and reported in the same article"],
        ["005-1", "006-1", "about 1,100 casualties (South Korea's JCS, 23 Dec 2024) against more than 3,000 killed and "
                           "wounded (Zelensky, 26 Dec 2024), three days apart"],
    ],
    "may": [
        # troop totals weeks or months apart, or totals against a part of the force
        ["000-1", "002-1", "about 12,000 (NIS, 18 Oct) against about 10,000 (Pentagon, end of October)"],
        ["000-1", "002-2", "12,000 sent in all against 8,000 moved on to Kursk: a part, weeks later"],
        ["000-1", "002-3", "about 12,000 against 11,000, three weeks apart"],
        ["002-1", "002-3", "about 10,000 in eastern Russia against 11,000 in Kursk"],
        ["000-1", "003-3", "12,000 (October) against about 11,000 in Kursk (December)"],
        ["002-1", "003-3", "10,000 (October) against 11,000 (December)"],
        ["002-2", "003-3", "8,000 (early November) against 11,000 (December)"],
        ["002-1", "006-3", "10,000 (October) against 11,000-12,000 (December)"],
        ["002-2", "006-3", "8,000 (early November) against 11,000-12,000 (December)"],
        ["000-1", "010-2", "12,000 (NIS, October 2024) against about 11,000 as recalled in April 2025"],
        ["002-1", "010-2", "10,000 against about 11,000, months apart"],
        ["002-2", "010-2", "8,000 against about 11,000, months apart"],
        ["000-1", "011-3", "12,000 (October 2024) against about 15,000 in all including reinforcements (April 2025)"],
        ["002-1", "011-3", "months apart; 15,000 includes reinforcements"],
        ["002-2", "011-3", "months apart; 15,000 includes reinforcements"],
        ["002-3", "011-3", "months apart; 15,000 includes reinforcements"],
        ["003-3", "011-3", "months apart; 15,000 includes reinforcements"],
        ["005-2", "011-3", "up to 12,000 (December) against about 15,000 including reinforcements (April)"],
        ["006-3", "011-3", "11,000-12,000 (December) against about 15,000 including reinforcements (April)"],
        ["010-2", "011-3", "11,000 first arrivals (recalled) against 15,000 in all"],
        ["000-1", "014-1", "12,000 (NIS, 2024) against some eleven thousand first contingent (recalled in 2025)"],
        ["002-1", "014-1", "months apart"],
        ["002-2", "014-1", "months apart"],
        ["011-3", "014-1", "15,000 in all against the first contingent of about 11,000"],
        # an additional force against totals
        ["009-1", "000-1", "3,000 additional troops against a total"],
        ["009-1", "002-1", "3,000 additional troops against a total"],
        ["009-1", "002-2", "3,000 additional troops against a total"],
        ["009-1", "002-3", "3,000 additional troops against a total"],
        ["009-1", "003-3", "3,000 additional troops against a total"],
        ["009-1", "005-2", "3,000 additional troops against a total"],
        ["009-1", "006-3", "3,000 additional troops against a total"],
        ["009-1", "010-2", "3,000 additional troops against a total"],
        ["009-1", "011-3", "3,000 additional troops against a total"],
        ["009-1", "014-1", "3,000 additional troops against a total"],
        # cumulative casualties and deaths months apart
        ["005-1", "009-2", "1,100 (December) against about 4,000 (late February)"],
        ["005-1", "011-1", "1,100 (December) against about 4,700 (April)"],
        ["005-1", "014-3", "1,100 (December 2024) against more than 6,000 (2025)"],
        ["009-2", "011-1", "about 4,000 (February) against about 4,700 (April): a cumulative rise"],
        ["009-2", "014-3", "about 4,000 (February) against more than 6,000 (autumn)"],
        ["011-1", "014-3", "about 4,700 (April) against more than 6,000 (autumn)"],
        ["007-1", "011-2", "about 300 killed (January) against about 600 (April)"],
        ["007-1", "014-2", "about 300 killed (January) against about 2,000 (September)"],
        ["011-2", "014-2", "about 600 killed (April) against about 2,000 (September)"],
        # an optional vague figure
        ["005-3", "005-1", "'several hundred' casualties (White House, a week earlier) against about 1,100"],
        ["005-3", "006-1", "'several hundred' casualties against more than 3,000"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
