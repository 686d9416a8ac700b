#!/usr/bin/env python3
"""Gold labels for testdata/blind519 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind519: 15 articles written in our own words about the real story's known "
         "reporting on North Korean troops in Russia's Kursk region. Same schema as corpus/gold.json; "
         "see testdata/corpus/README.md for what counts as a claim and a conflict.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun", "Lee Seong Kweun"]
BLINKEN = ["Antony Blinken", "Blinken", "U.S. Secretary of State", "State Department", "United States", "U.S.", "US", "Washington"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Ukrainian intelligence", "Oleksandr Syrsky", "Syrsky"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"]
SEOUL_KYIV = ["Seoul", "South Korea", "Kyiv", "Ukraine"]
UN = ["unattributed"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "A first contingent of some 1,500 special operations soldiers was ferried from the North's east coast to Vladivostok", False),
        ("troops", "north_korea", 12000, None, "up_to", NIS,
         "Pyongyang is sending four brigades, or up to 12,000 soldiers", False),
    ],
    "002": [
        ("troops", "north_korea", 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", "north_korea", 10000, None, "about", BLINKEN,
         "roughly 10,000 troops had been sent from North Korea to Russia in all", False),
        ("troops", "north_korea", 10000, 12000, "range", SEOUL_KYIV,
         "Seoul and Kyiv have put the total dispatch at between 10,000 and 12,000", False),
    ],
    "003": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "The number of North Korean troops in Russia's Kursk Oblast has reached 11,000", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded fighting for Russia in the Kursk border region", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "We estimate that around 1,100 North Korean troops have been killed or wounded", False),
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "nearly 1,000 had been wounded", False),
        ("troops", "north_korea", 10000, None, "more_than", SEOUL_KYIV,
         "Pyongyang has dispatched more than 10,000 soldiers to Russia", False),
    ],
    "006": [
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "North Korea's losses in Russia's Kursk region have climbed to about 3,000 killed and wounded", False),
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "around 300 are believed to have died", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "roughly 2,700 to have been wounded", False),
        ("captured", "north_korea", 2, None, "exact", ZEL + ["NIS", "National Intelligence Service"],
         "Ukrainian forces had taken two North Korean soldiers prisoner in Kursk", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea sent some three thousand additional soldiers to Russia in January and February", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "the roughly 11,000 troops that Pyongyang dispatched last autumn", False),
        ("captured", "north_korea", 2, None, "exact", UN,
         "Ukrainian soldiers captured two North Korean servicemen in the Kursk region", False),
    ],
    "008": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "The Kyiv regime's losses during its incursion into the Kursk region exceeded 76,000 servicemen", False),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "Around 4,700 North Korean soldiers have been killed or wounded while fighting for Russia against Ukraine", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "with about 600 of them dead", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "up from about 3,000 casualties the agency estimated in January", False),
        ("troops", "north_korea", 2000, 9999, "vague", NIS_LEE,
         "Thousands of North Korean soldiers remain in the Kursk region", True),
    ],
    "011": [
        ("troops", "north_korea", 11000, 15000, "range", UN,
         "Most estimates put the number who have served in Russia at between 11,000 and 15,000", False),
        ("troops", "north_korea", 11000, None, "exact", NIS,
         "Eleven thousand of them arrived in the first wave last autumn", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "about 4,700 North Koreans had been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "some six hundred of them fatally", False),
        ("killed", "north_korea", 1000, 3000, "vague", ["Western officials", "Guardian"],
         "the true death toll could be in the low thousands", True),
    ],
    "014": [
        ("killed", "north_korea", 2000, None, "about", NIS_LEE,
         "North Korea has lost about 2,000 soldiers killed in Russia's war against Ukraine", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "That compares with about 600 deaths the agency reported in April", False),
    ],
}

NOT = {
    "000": ["four Russian navy landing ships", "three patrol vessels", "between Oct. 8 and 13",
            "Won closes at 1,368.4 per dollar", "2 firefighters injured", "1 mln copies sold", "for 4th week"],
    "002": ["56th Security Consultative Meeting", "62 drones and 2 missiles", "in 24 years",
            "9.18 trillion won", "S&P 500 5,705.45", "Oct. 23"],
    "003": ["Day 986", "several hundred square kilometers", "Russian drone attacks injure 12 in Kharkiv",
            "50 of 79 drones downed", "Join over 16,000 members", "drafting 160,000 more", "41.25 to the dollar",
            "Comments (37)"],
    "004": ["240mm multiple rocket launchers", "170mm self-propelled guns", "nearly three times",
            "in the next 180 days"],
    "006": ["a 20-year-old rifleman", "who is 26", "1,470.8 per dollar", "minus 12 C",
            "Asiana's 3 low-cost carriers", "for 3rd week"],
    "007": ["Russia lost 1,250 troops in past day", "128 of 177 Russian drones", "for about three weeks",
            "Part 3 of Article 9"],
    "008": ["more than 7,000 units of weaponry", "over 400 tanks", "more than 300 infantry fighting vehicles",
            "some 100 km from Kursk", "98.5 mln passengers", "4.2 mln hectares", "10th International Security Conference"],
    "009": ["B-52 bomber", "Nikkei ends at 36,045", "for 1st time"],
    "011": ["1,000 sappers", "5,000 military construction workers", "promising thousands more personnel",
            "exchange strikes for sixth day", "3.4% in May", "from just $1", "Comments (214)"],
    "014": ["502 drones and 24 cruise and ballistic missiles", "430 drones and 21 missiles", "about 38,000 homes",
            "about 30 countries", "two and a half hours", "at least six regions", "hundreds of drones",
            "0% interest until 2027"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"012": "004"}

conflicts = {
    "must": [
        ["004-1", "004-2", "more than 3,000 North Korean casualties (Zelensky) against about 1,100 (South Korea's JCS), "
                           "reported the same day in the same article"],
        ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
                           "(Zelensky, Nov 4), five days apart"],
    ],
    "may": [
        # troops: different scope (Kursk vs all of Russia), months apart, or an additional force
        ["002-2", "003-1", "about 10,000 in all of Russia (Blinken) against 11,000 in Kursk (Zelensky), days apart"],
        ["002-1", "004-5", "8,000 in Kursk against more than 10,000 sent to Russia, two months apart"],
        ["002-2", "004-5", "about 10,000 against more than 10,000, two months apart"],
        ["002-1", "007-2", "8,000 in October against roughly 11,000 sent last autumn, four months apart"],
        ["002-2", "007-2", "about 10,000 against roughly 11,000, four months apart"],
        ["002-1", "011-1", "8,000 against 11,000-15,000 in all, months apart"],
        ["002-2", "011-1", "about 10,000 against 11,000-15,000 in all, months apart"],
        ["002-1", "011-2", "8,000 against eleven thousand in the first wave, months apart"],
        ["002-2", "011-2", "about 10,000 against eleven thousand in the first wave, months apart"],
        ["000-2", "011-1", "up to 12,000 against 11,000-15,000, months apart"],
        ["000-1", "007-1", "first contingent of 1,500 against 3,000 reinforcements: both parts"],
        ["002-1", "007-1", "an additional 3,000"],
        ["002-2", "007-1", "an additional 3,000"],
        ["002-3", "007-1", "an additional 3,000"],
        ["003-1", "007-1", "an additional 3,000"],
        ["004-5", "007-1", "an additional 3,000"],
        ["007-1", "007-2", "an additional 3,000 on top of 11,000"],
        ["007-1", "011-1", "an additional 3,000"],
        ["007-1", "011-2", "an additional 3,000"],
        # casualties: cumulative figures weeks or months apart
        ["004-1", "006-1", "more than 3,000 (Dec) against about 3,000 (Jan)"],
        ["004-1", "009-3", "more than 3,000 (Dec) against about 3,000 (Jan)"],
        ["004-2", "006-1", "1,100 (Dec 23) against about 3,000 (Jan 13), three weeks apart, cumulative"],
        ["004-2", "009-1", "1,100 (Dec) against 4,700 (Apr)"],
        ["004-2", "009-3", "1,100 (Dec) against 3,000 (Jan)"],
        ["004-2", "011-3", "1,100 (Dec) against 4,700 (Apr)"],
        ["006-1", "009-1", "3,000 (Jan) against 4,700 (Apr), same agency, cumulative"],
        ["006-1", "011-3", "3,000 (Jan) against 4,700 (Apr)"],
        ["009-3", "011-3", "3,000 (Jan) against 4,700 (Apr)"],
        # killed: cumulative, months apart
        ["006-2", "009-2", "300 (Jan) against 600 (Apr)"],
        ["006-2", "011-4", "300 (Jan) against 600 (Apr)"],
        ["006-2", "014-1", "300 (Jan) against 2,000 (Sep)"],
        ["006-2", "014-2", "300 (Jan) against 600 (Apr)"],
        ["009-2", "014-1", "600 (Apr) against 2,000 (Sep)"],
        ["011-4", "014-1", "600 (Apr) against 2,000 (Sep)"],
        ["006-2", "011-5", "300 against 'low thousands' (vague)"],
        ["009-2", "011-5", "600 against 'low thousands' (vague)"],
        ["011-4", "011-5", "600 against 'low thousands' (vague)"],
        ["014-2", "011-5", "600 against 'low thousands' (vague)"],
        # wounded: cumulative, three weeks apart
        ["004-4", "006-3", "nearly 1,000 wounded (Dec) against 2,700 (Jan)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
