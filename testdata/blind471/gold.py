#!/usr/bin/env python3
"""Gold labels for testdata/blind471 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind471: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025), labelled blind. Same schema as "
         "testdata/corpus/gold.json; see testdata/corpus/README.md.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "North Korea is in the process of sending around 12,000 troops to Russia", False),
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of about 1,500 special operations soldiers", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "the number of North Korean soldiers in Russia's Kursk border region had grown to 11,000", False),
        ("troops", NK, 8000, None, "about", ["U.S. defense official", "United States", "US", "U.S.", "Pentagon", "Washington"],
         "About 8,000 North Korean troops are now in the Kursk area", False),
        ("troops", NK, 10000, 12000, "range", ["U.S. officials", "United States", "US", "U.S.", "Washington"],
         "North Korea has sent between 10,000 and 12,000 troops to Russia", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea"],
         "an estimated 1,100 North Korean soldiers had been killed or wounded", False),
        ("troops", NK, 11000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
         "its roughly 11,000-strong contingent in Russia", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had died in battle", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "some 1,000 had been wounded", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", NK, 12000, None, "up_to", ["unattributed"],
         "North Korea has sent up to 12,000 troops to Russia", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun", "South Korean lawmaker"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun", "South Korean lawmaker"],
         "2,700 wounded fighting for Russia against Ukraine", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelenskiy", "Zelenskiy", "Zelensky", "Ukraine"],
         "his forces had taken two North Korean soldiers prisoner", False),
        ("troops", NK, 10000, None, "more_than", ["Ukrainian, South Korean and U.S. estimates", "Ukraine", "South Korea", "United States", "U.S."],
         "North Korea has sent more than 10,000 troops to Russia", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", NIS,
         "sent some three thousand more soldiers to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 it dispatched last year", False),
    ],
    "008": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russian General Staff", "Russia"],
         "the enemy has lost over 76,000 servicemen in the Kursk area", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS + ["Park Sun-won"],
         "roughly 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS + ["Park Sun-won"],
         "including about 600 who died", False),
        ("casualties", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "the January estimate of around 3,000 casualties", False),
        ("wounded", NK, 200, 900, "vague", NIS + ["Park Sun-won"],
         "Hundreds of the wounded have been flown or sent by train back to North Korea", True),
    ],
    "011": [
        ("troops", NK, 11000, 12000, "range", ["South Korean and Western intelligence agencies", "South Korea", "Western intelligence"],
         "estimate the first deployment, which began in October 2024, at 11,000-12,000 troops", False),
        ("troops", NK, 3000, None, "about", NIS,
         "roughly 3,000 more arrived in January and February", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "the NIS put North Korean casualties at about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "including about 600 killed", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"],
         "Ukraine says it captured two North Korean soldiers in Kursk in January", False),
    ],
    "013": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea", "North Korean state media"],
         "nine of its soldiers were killed during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "it estimated about 2,000 North Korean soldiers had been killed", False),
        ("troops", NK, 2000, 9000, "vague", NIS,
         "several thousand North Korean troops remain in Russia", True),
    ],
}

NOT = {
    "000": ["more than 13,000 containers", "four Russian amphibious landing ships", "three escort vessels",
            "between Oct. 8 and 13", "four brigades", "11th Army Corps", "KOSPI ends at 2,593.82",
            "1,368.4 per dollar", "7.5 pct"],
    "002": ["up to 300 kilometers (186 miles)", "1,000-kilometer (620-mile) front line", "about $175 billion",
            "February 2022", "Russia lost a record 1,770 soldiers in a single day"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "a seventh nuclear test",
            "1,451 per dollar", "Samsung Electronics shares slip 1.7%"],
    "004": ["thousands more soldiers", "72 Shahed-type attack drones", "51 of them", "20 others",
            "around $3 billion", "Russia has lost 777,000 troops", "Comments (14)"],
    "005": ["born in 2005", "born in 1999", "Asian shares slip 1.2%", "Oil climbs 2%"],
    "006": ["170-mm self-propelled artillery", "June 2024", "Nikkei 225 closes at 37,256.17",
            "falls below 730,000 in 2024"],
    "008": ["more than 7,000 units of weapons and military equipment", "over 400 tanks", "Article 4",
            "June 19, 2024", "115 Ukrainian drones", "from May 8 to May 11", "Since August 6, 2024"],
    "009": ["shrinks 0.2% in Q1", "April 28"],
    "011": ["1,000 sappers", "5,000 military construction workers", "about $20 billion", "€62 billion",
            "440 drones and 32 missiles", "eight months after it began"],
    "013": ["around 120 days", "[VIDEO 2:48]", "closes at 50,836", "120 trillion yen"],
}

OFF = ["001", "007", "010", "012"]
DUP = {"014": "005"}

conflicts = {
    "must": [
        ["002-1", "002-2", "11,000 North Korean troops in Kursk (Zelenskyy) against about 8,000 in the Kursk area "
                           "(U.S. defense official), in the same article on the same day"],
        ["003-1", "004-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 19) against more than 3,000 "
                           "killed and wounded (Zelensky, Dec 23), four days apart"],
    ],
    "may": [
        ["000-1", "002-1", "about 12,000 being sent to Russia (NIS, Oct 18) against 11,000 in Kursk (Zelenskyy, Nov 5): "
                           "close values, different scopes"],
        ["000-1", "002-2", "about 12,000 sent to Russia (NIS) against about 8,000 in Kursk (U.S.) 18 days later: "
                           "arguably a part of the whole"],
        ["002-2", "003-2", "about 8,000 in Kursk (Nov 5) against a roughly 11,000-strong contingent in Russia (JCS, Dec 19), six weeks apart"],
        ["002-2", "005-4", "about 8,000 in Kursk (Nov 5) against more than 10,000 sent to Russia (Jan 13), two months apart"],
        ["002-2", "006-2", "about 8,000 in Kursk (Nov 2024) against roughly 11,000 sent last year (NIS, Feb 2025), months apart"],
        ["002-2", "011-1", "about 8,000 in Kursk (Nov 2024) against 11,000-12,000 first deployment (June 2025), months apart"],
        ["006-1", "000-1", "some 3,000 additional troops against the 12,000 total: an additional force"],
        ["006-1", "002-1", "some 3,000 additional troops against 11,000: an additional force"],
        ["006-1", "002-2", "some 3,000 additional troops against about 8,000: an additional force"],
        ["006-1", "002-3", "some 3,000 additional troops against 10,000-12,000: an additional force"],
        ["006-1", "003-2", "some 3,000 additional troops against about 11,000: an additional force"],
        ["006-1", "005-4", "some 3,000 additional troops against more than 10,000: an additional force"],
        ["006-1", "011-1", "some 3,000 additional troops against 11,000-12,000: an additional force"],
        ["011-2", "000-1", "roughly 3,000 more troops against the 12,000 total: an additional force"],
        ["011-2", "002-1", "roughly 3,000 more troops against 11,000: an additional force"],
        ["011-2", "002-2", "roughly 3,000 more troops against about 8,000: an additional force"],
        ["011-2", "002-3", "roughly 3,000 more troops against 10,000-12,000: an additional force"],
        ["011-2", "003-2", "roughly 3,000 more troops against about 11,000: an additional force"],
        ["011-2", "005-4", "roughly 3,000 more troops against more than 10,000: an additional force"],
        ["011-2", "006-2", "roughly 3,000 more troops against roughly 11,000: an additional force"],
        ["003-1", "009-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): months apart, cumulative"],
        ["003-1", "009-3", "about 1,100 casualties (Dec 2024) against about 3,000 (January estimate): weeks to months apart, cumulative"],
        ["003-1", "011-3", "about 1,100 casualties (Dec 2024) against about 4,700 (June 2025 report): months apart, cumulative"],
        ["004-1", "009-3", "more than 3,000 (Zelensky, Dec 23) against around 3,000 (NIS January estimate): borderline bound"],
        ["009-3", "011-3", "around 3,000 (January estimate) against about 4,700 (late April estimate): a later rise, months apart"],
        ["003-4", "005-2", "some 1,000 wounded (NIS, Dec 19) against about 2,700 wounded (NIS, Jan 13): the agency's own rising count"],
        ["005-1", "009-2", "about 300 killed (Jan) against about 600 (Apr): months apart, cumulative"],
        ["005-1", "011-4", "about 300 killed (Jan) against about 600 (reported June): months apart, cumulative"],
        ["005-1", "013-2", "about 300 killed (Jan) against about 2,000 (Sep estimate): months apart, cumulative"],
        ["009-2", "013-2", "about 600 killed (Apr) against about 2,000 (Sep estimate): months apart, cumulative"],
        ["011-4", "013-2", "about 600 killed (June report) against about 2,000 (Sep estimate): months apart, cumulative"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
