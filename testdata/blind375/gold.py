#!/usr/bin/env python3
"""Gold labels for testdata/blind375 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind375: 15 articles written for crosscheck in our own words about the real "
         "story's known reporting, labelled blind. See ../corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korean intelligence", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
HUR = ["Kyrylo Budanov", "Budanov", "HUR", "Defense Intelligence", "Ukrainian military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "North Korea is sending around 12,000 troops", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "a first contingent of some 1,500 special forces soldiers", False),
    ],
    "001": [
        ("troops", "north_korea", 10000, None, "about",
         ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States"],
         "the DPRK has sent approximately 10,000 soldiers in total to train in eastern Russia", False),
        ("troops", "north_korea", 3000, None, "about",
         ["South Korea's intelligence service", "National Intelligence Service", "NIS", "South Korea"],
         "about 3,000 North Korean troops were already in Russia", False),
    ],
    "002": [
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "North Korea has sent up to 12,000 military personnel to Russia", False),
        ("troops", "north_korea", 11000, None, "about", HUR,
         "about 11,000 of them are already in Kursk Oblast", False),
        ("troops", "russia", 50000, None, "about", ZEL,
         "Russia had gathered about 50,000 of its own troops in Kursk Oblast", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "have suffered around 1,100 casualties", False),
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "some 1,000 wounded", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded in Kursk", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "estimated North Korean casualties at about 1,100", False),
        ("casualties", "north_korea", 200, 900, "vague", ["U.S. official", "United States", "Pentagon"],
         "several hundred North Korean troops had been killed or wounded", True),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS_LEE + ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "two North Korean soldiers had been captured alive by Ukrainian forces", False),
    ],
    "006": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Yonhap"],
         "North Korea has dispatched roughly 3,000 additional soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Pyongyang initially sent some eleven thousand soldiers to the Kursk region last autumn", False),
    ],
    "007": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "about 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "around 600 of them fatally", False),
        ("killed", "north_korea", 1000, None, "at_least", ["HUR", "Ukraine's military intelligence", "Ukraine", "Kyiv"],
         "North Korean dead already number no fewer than 1,000", False),
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "Ukraine had lost more than 76,000 servicemen in the Kursk operation", False),
    ],
    "009": [
        ("troops", "north_korea", 15000, None, "about",
         ["South Korean and Ukrainian assessments", "South Korea", "Ukraine"],
         "North Korea sent around 15,000 troops to Russia last year and earlier this year", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "about 600 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 2000, 9999, "vague", NIS,
         "several thousand wounded", True),
    ],
    "014": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["US, South Korean and Ukrainian intelligence", "United States", "South Korea", "Ukraine"],
         "between 10,000 and 12,000 soldiers were shipped to Russia’s far east", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "some three thousand more followed in January and February 2025", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "it estimated that about 2,000 North Korean soldiers had been killed", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
         "Ukraine captured two North Korean soldiers in January", False),
    ],
}

NOT = {
    "000": ["about 1.28 million", "Special operations forces: about 200,000", "four brigades", "11th Corps",
            "between Oct. 8 and 13", "about 7 to 10 years",
            "Zelensky says 10,000 North Korean soldiers being readied for Russia's war"],
    "001": ["56th Security Consultative Meeting", "The last one was $425 million", "F-16 fleet",
            "170-millimeter artillery"],
    "002": ["USD/UAH 41.26", "about 50 M1989 Koksan 170 mm self-propelled guns",
            "some 20 modernized 240 mm multiple rocket launchers", "810th Separate Guards Naval Infantry Brigade",
            "Russia Has Lost 717,000 Troops in Ukraine Since February 2022", "$1.5 Billion Aid Package",
            "as little as $5 a month"],
    "003": ["paras 4-6", "240-mm multiple rocket launchers", "170-mm self-propelled guns",
            "Suga's 2nd drunk-driving case", "15-year low"],
    "004": ["some 1,000 kilometers", "January 20", "Half a Million Without Heating in Kharkiv"],
    "005": ["aged 26", "the other, 20", "since 2019", "60th anniversary", "range of 1,500 km"],
    "006": ["177 drones overnight, 110 shot down", "$500 billion", "66 were lost to electronic warfare",
            "more than 15,000 members"],
    "007": ["30,000 monthly supporters", "13.5 trillion rubles", "the 2024 mutual defense treaty"],
    "009": ["1,000 deminers and 5,000 military construction workers", "6,000 military builders and deminers",
            "June 19, 2024"],
    "014": ["1,000 deminers and 5,000 military builders", "Kim Jong Un, 41", "as much as $20bn", "£2 a month",
            "Millions turn to the Guardian"],
}

OFF = ["010", "011", "012", "013"]
DUP = {"008": "005"}

# Troop figures are many and of different kinds (a committed total, a first contingent, arrivals so far,
# the share in Kursk, later reinforcements, a running total). Pairs that are parts of a whole, bounds that
# are satisfied, or a same-agency running count rising within days are not listed (alerting on them is
# wrong); every other incompatible pair of troop figures is listed as may.
may_troops = [
    ["000-1", "001-1", "about 12,000 being sent (NIS) against about 10,000 sent so far (Pentagon), nine days apart, deployment under way"],
    ["000-1", "002-2", "about 12,000 (NIS) against about 11,000 in Kursk (HUR): close, and the 11,000 is the Kursk share"],
    ["000-1", "006-1", "about 12,000 against an additional 3,000"],
    ["000-1", "006-2", "about 12,000 against some eleven thousand, four months apart"],
    ["000-1", "009-1", "about 12,000 against a running total of 15,000 including reinforcements, eight months apart"],
    ["000-1", "014-2", "about 12,000 against some three thousand more"],
    ["000-2", "006-1", "a first contingent of 1,500 (Oct 2024) against an additional 3,000 (Feb 2025)"],
    ["000-2", "014-2", "a first contingent of 1,500 against some three thousand more, months apart"],
    ["001-1", "001-2", "10,000 (Pentagon) against 3,000 already in Russia a week earlier (NIS, relayed by a reporter); the Pentagon says its figure includes them"],
    ["001-1", "002-2", "about 10,000 against about 11,000 in Kursk, two weeks apart"],
    ["001-1", "006-1", "about 10,000 against an additional 3,000"],
    ["001-1", "006-2", "about 10,000 against some eleven thousand, four months apart"],
    ["001-1", "009-1", "about 10,000 against a running total of 15,000, eight months apart"],
    ["001-1", "014-2", "about 10,000 against some three thousand more"],
    ["001-2", "002-2", "3,000 arrived by late October against 11,000 in Kursk by mid-November, different sources"],
    ["001-2", "006-2", "3,000 arrived by late October against eleven thousand sent last autumn, months apart"],
    ["001-2", "009-1", "3,000 in October 2024 against 15,000 by June 2025"],
    ["001-2", "014-1", "3,000 arrived by late October against 10,000-12,000 shipped in October-November"],
    ["002-1", "009-1", "up to 12,000 (Nov 2024) against 15,000 (June 2025, reinforcements included)"],
    ["002-2", "006-1", "about 11,000 against an additional 3,000"],
    ["002-2", "009-1", "about 11,000 against 15,000, seven months apart"],
    ["002-2", "014-2", "about 11,000 against some three thousand more"],
    ["006-1", "006-2", "an additional 3,000 against the eleven thousand first sent, same article"],
    ["006-1", "009-1", "an additional 3,000 against a running total of 15,000"],
    ["006-1", "014-1", "an additional 3,000 against the 10,000-12,000 first wave"],
    ["006-2", "009-1", "eleven thousand first sent against a running total of 15,000, months apart"],
    ["006-2", "014-2", "eleven thousand first sent against some three thousand more"],
    ["009-1", "014-1", "a running total of 15,000 against a first wave of 10,000-12,000"],
    ["009-1", "014-2", "a running total of 15,000 against some three thousand more"],
    ["014-1", "014-2", "a first wave of 10,000-12,000 against some three thousand more, same article"],
]

may_losses = [
    ["004-3", "003-1", "several hundred (U.S. official, mid-December, vague) against about 1,100 (JCS)"],
    ["004-3", "004-1", "several hundred (vague, earlier) against more than 3,000 (Zelensky)"],
    ["004-3", "004-2", "several hundred (vague, earlier) against about 1,100 (JCS)"],
    ["004-3", "007-1", "several hundred (Dec 2024, vague) against about 4,700 (Apr 2025)"],
    ["003-1", "007-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): a later rise in a running count"],
    ["004-2", "007-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): a later rise in a running count"],
    ["005-1", "007-2", "NIS's running count of dead, about 300 in January, about 600 in April: an update, months apart"],
    ["005-1", "007-3", "about 300 (NIS, January) against no fewer than 1,000 (HUR, late April)"],
    ["005-1", "009-2", "about 300 (January) against about 600 (the April estimate)"],
    ["005-1", "014-3", "about 300 (January) against about 2,000 (September)"],
    ["007-2", "014-3", "NIS's running count of dead, about 600 in April, about 2,000 in September"],
    ["007-3", "009-2", "no fewer than 1,000 (HUR) against the same April NIS estimate of about 600, reported seven weeks later"],
    ["009-2", "014-3", "about 600 (April) against about 2,000 (September)"],
    ["003-3", "009-3", "some 1,000 wounded (December) against several thousand (April, vague)"],
]

conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed and wounded (Zelensky), both given on Dec 23; reported four days apart"],
        ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), same day, same article"],
        ["007-2", "007-3", "about 600 killed (NIS) against no fewer than 1,000 killed (Ukraine's HUR), same week, same article"],
    ],
    "may": may_troops + may_losses,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
