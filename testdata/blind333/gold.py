#!/usr/bin/env python3
"""Gold labels for blind333 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"

NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]
NIS_LEE = ["Lee Seong-kweun", "National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]
UN = ["unattributed"]

about = ("Gold labels for testdata/blind333/articles, written and labelled blind (see README.md). "
         "Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md for the meaning of every field.")

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "North Korea is sending some 12,000 soldiers", False),
        ("troops", NK, 1500, None, "about", NIS,
         "the first contingent of around 1,500 special forces", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about",
         ["Antony Blinken", "Blinken", "State Department", "United States", "US", "U.S.", "Washington"],
         "About 8,000 North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", NK, 11000, 12000, "range", ["South Korean officials", "South Korea", "Seoul"],
         "Pyongyang is sending a total of 11,000-12,000 troops", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "the number of North Korean troops deployed to Russia's Kursk region has reached 11,000", False),
        ("troops", NK, 10000, 12000, "range",
         ["Defence Intelligence", "HUR", "Ukrainian intelligence", "Ukraine"],
         "Pyongyang has dispatched between 10,000 and 12,000 servicemen to Russia overall", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Syrskyi", "Ukraine"],
         "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("casualties", NK, 1100, None, "about",
         ["joint chiefs of staff", "Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"],
         "North Korean units fighting in Kursk had suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "about", NIS,
         "about 100 North Korean soldiers had been killed", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "Some 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "about 2,700 wounded fighting for Russia against Ukraine", False),
        ("captured", NK, 2, None, "exact",
         ["Volodymyr Zelenskiy", "Zelenskiy", "Zelensky", "Ukraine", "National Intelligence Service", "NIS", "South Korea"],
         "Ukraine had captured two North Korean soldiers", False),
        ("killed", NK, 200, 900, "vague", ["special operations forces", "Ukraine's special operations forces", "Ukraine"],
         "killed hundreds of North Korean soldiers in the Kursk region in the last month", True),
        ("troops", NK, 11000, None, "about",
         ["Seoul", "Kyiv", "Washington", "South Korea", "Ukraine", "United States"],
         "Pyongyang has sent around 11,000 troops to Russia", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about",
         ["Seoul's intelligence service", "National Intelligence Service", "NIS", "South Korea", "Seoul"],
         "North Korea has quietly sent some three thousand additional soldiers to Russia since the start of the year", False),
        ("troops", NK, 2000, 9999, "vague", UN,
         "Several thousand North Korean soldiers were reportedly pulled back from front-line positions in late January", True),
    ],
    "010": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "Ukrainian losses during the Kursk adventure exceeded 76,000 servicemen", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "Around 4,700 North Korean soldiers have been killed or wounded since the deployment began", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "roughly 600 of them fatally", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "about 15,000 troops have been dispatched, the NIS believes", False),
    ],
    "012": [
        ("troops", NK, 11000, None, "about",
         ["Vadym Skibitskyi", "Skibitskyi", "Defense Intelligence of Ukraine", "HUR",
          "Ukraine's military intelligence", "Ukraine"],
         "Some eleven thousand North Korean soldiers are still stationed there", False),
    ],
    "014": [
        ("troops", NK, 12000, None, "up_to", UN,
         "it sent up to 12,000 of them", False),
        ("troops", NK, 2000, 9999, "vague", UN,
         "Thousands more followed in 2025", True),
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 had been killed", False),
        ("casualties", NK, 6000, None, "more_than",
         ["British defence intelligence", "British", "Britain", "UK", "United Kingdom"],
         "puts total North Korean casualties, the dead and the wounded together, at more than six thousand", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Ukraine captures two North Korean soldiers", False),
    ],
}

NOT = {
    "000": ["four brigades", "four Russian landing ships and three escort vessels", "between Oct. 8 and 13",
            "60-meter sections of inter-Korean roads", "20 more F-35A stealth jets by 2028",
            "KOSPI 2,593.82", "USD/KRW 1,370.50", "9.1 tln won"],
    "001": ["flew for 86 minutes", "about 7,000 kilometers", "about 28,500 troops in South Korea", "1950-53",
            "$425 million", "155 mm artillery rounds", "900 glide bombs", "6 in 10 Americans"],
    "003": ["170mm Koksan self-propelled guns", "some 40 km from the Ukrainian border",
            "another 1,290 invaders in past day"],
    "004": ["78 drones and one Iskander-M ballistic missile", "37 drones were shot down and 41",
            "two Iris-T air defence systems", "Comments (412)", "record 3m passengers", "20 festive staples"],
    "005": ["aged 20 and 26", "40 Ukrainian drones"],
    "008": ["three weeks", "about 1,300 square kilometres", "more than 200 long-range guns",
            "170mm Koksan", "240mm multiple rocket launchers", "since 2014", "from $5 a month",
            "Over 1,200 Troops in Past Day", "10 Numbers That Tell the Story"],
    "010": ["more than 400 tanks", "over 300 infantry fighting vehicles", "more than 2,000 artillery pieces and mortars",
            "June 19, 2024", "up to 30 kilometres", "USD 82.09", "MOEX 2,871.44", "up 1.7 times"],
    "011": ["two days after", "3.7% in April", "5,000-ton destroyer", "Six weeks out", "150 won"],
    "012": ["1,000 deminers and 5,000 military construction workers", "6,000 military builders, deminers",
            "second visit to Pyongyang in as many weeks", "dozens of ballistic missiles", "10 rounds",
            "1.7% in May"],
    "014": ["1,000 deminers and 5,000 military builders", "running 84 minutes", "30 years of waiting",
            "500,000 subscribers", "€7.99 a month"],
}

OFF = ["002", "006", "009", "013"]
DUP = {"007": "000"}

ADD = "an additional force"
MONTHS = "months apart"
SCOPE = "total sent against the number in Kursk, in different articles"

conflicts = {
    "must": [
        ["001-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
        ["004-1", "004-2", "more than 3,000 casualties (Zelenskyy) against about 1,100 (South Korea's JCS), same day, same live blog"],
    ],
    "may": [
        # troops
        ["000-1", "001-1", SCOPE + ", two weeks apart"],
        ["000-1", "003-1", "about 12,000 sent in all against 11,000 in Kursk, " + SCOPE],
        ["000-1", "005-5", "about 12,000 against around 11,000, " + MONTHS],
        ["000-1", "008-1", ADD],
        ["000-1", "011-3", "12,000 (October) against 15,000 in all including a second wave, " + MONTHS],
        ["000-1", "012-1", "12,000 sent against 11,000 still in Kursk, " + MONTHS],
        ["001-1", "003-2", SCOPE + ", four days apart"],
        ["001-1", "005-5", MONTHS],
        ["001-1", "008-1", ADD],
        ["001-1", "011-3", MONTHS],
        ["001-1", "012-1", MONTHS],
        ["001-2", "008-1", ADD],
        ["001-2", "011-3", MONTHS + ", 15,000 includes a second wave"],
        ["003-1", "008-1", ADD],
        ["003-1", "011-3", MONTHS],
        ["003-2", "008-1", ADD],
        ["003-2", "011-3", MONTHS],
        ["005-5", "008-1", ADD],
        ["005-5", "011-3", MONTHS],
        ["008-1", "011-3", ADD],
        ["008-1", "012-1", ADD],
        ["008-1", "014-1", ADD],
        ["011-3", "012-1", "15,000 sent in all against 11,000 still in Kursk, seven weeks apart"],
        ["011-3", "014-1", "15,000 in all against up to 12,000 in the first wave, " + MONTHS],
        ["000-1", "014-2", ADD], ["001-1", "014-2", ADD], ["001-2", "014-2", ADD], ["003-1", "014-2", ADD],
        ["003-2", "014-2", ADD], ["005-5", "014-2", ADD], ["011-3", "014-2", ADD], ["012-1", "014-2", ADD],
        ["014-1", "014-2", ADD],
        # casualties
        ["004-2", "011-1", "1,100 (December) against 4,700 (April), cumulative, " + MONTHS],
        ["004-2", "014-4", MONTHS],
        ["011-1", "014-4", "about 4,700 (April) against more than 6,000 (later), cumulative, " + MONTHS],
        # killed
        ["004-3", "005-4", "about 100 (NIS) against hundreds (Ukraine's special forces), three weeks apart"],
        ["004-3", "011-2", "cumulative rise, " + MONTHS],
        ["004-3", "014-3", MONTHS],
        ["005-1", "011-2", "NIS's own cumulative count rising from 300 to 600, " + MONTHS],
        ["005-1", "014-3", MONTHS],
        ["005-4", "014-3", MONTHS],
        ["011-2", "014-3", "cumulative rise, " + MONTHS],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
