#!/usr/bin/env python3
"""Gold labels for blind454 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "intelligence agency", "Lee Seong-kweun"]
HUR = ["Ukraine's military intelligence", "military intelligence", "Defense Intelligence of Ukraine", "Defense Intelligence", "HUR", "Ukraine"]

about = ("Gold labels for blind454: 15 articles written for crosscheck in our own words, labelled blind. "
         "See ../corpus/README.md for the meaning of every field and how a system's output is scored.")

A = {
    "000": [
        ("troops", NK, 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "U.S.", "US"],
         "North Korea has sent about 10,000 soldiers to eastern Russia for training", False),
        ("troops", NK, 500, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "the contingent includes roughly 500 officers", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "up to 12,000 North Korean troops have been sent", False),
    ],
    "002": [
        ("casualties", NK, 3000, None, "more_than", ["Zelensky", "Volodymyr Zelensky", "Zelenskyy", "Ukraine", "Syrskyi"],
         "more than three thousand soldiers of the North Korean contingent have already been killed or wounded in the Kursk region", False),
        ("casualties", NK, 200, 900, "vague", HUR,
         "North Korean units had lost several hundred soldiers killed and wounded", True),
    ],
    "003": [
        ("troops", NK, 11000, 12000, "range", ["South Korea", "Ukraine", "Seoul", "Kyiv"],
         "South Korea and Ukraine put the initial force at 11,000-12,000 soldiers", False),
        ("troops", NK, 3000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "a further 3,000 or so followed in January and February", False),
        ("casualties", NK, 4700, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "around 600 of them fatally", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"],
         "two North Koreans were captured alive in January", False),
    ],
    "005": [
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers dispatched to Russia have been killed in combat", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 others have been wounded", False),
        ("troops", NK, 11000, None, "about", NIS,
         "The spy agency put the size of the contingent at around eleven thousand", False),
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded in clashes near three villages in Kursk over the weekend", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "more_than", NIS,
         "Total North Korean casualties now exceed 3,000", False),
        ("captured", NK, 2, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Zelenskyy", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers in Kursk Oblast", False),
        ("killed", NK, 1000, None, "more_than", ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
         "more than 1,000 North Korean soldiers had been killed in Kursk Oblast since they entered combat in December", False),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's Joint Chiefs of Staff"],
         "it put North Korean casualties in Russia's Kursk region at around 1,100", False),
        ("troops", NK, 11000, None, "about", ["unattributed", "South Korea", "Joint Chiefs of Staff", "JCS"],
         "the roughly 11,000 troops Pyongyang is believed to have sent to Russia since October", False),
        ("troops", NK, 2000, 9000, "vague", ["analysts in Seoul", "analysts", "Seoul"],
         "Several thousand North Korean soldiers are now thought to be fighting on the front line itself", True),
    ],
    "010": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea appears to have sent some three thousand more soldiers to Russia since January", False),
        ("casualties", NK, 4000, None, "about", NIS,
         "casualties among the North Korean troops have climbed to about 4,000", False),
    ],
    "011": [],
    "013": [
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea", "spy agency"],
         "The North has lost roughly 2,000 soldiers killed since the deployment began in late 2024", False),
        ("casualties", NK, 6000, None, "about", ["Ministry of Defence", "Britain's Ministry of Defence", "UK Ministry of Defence", "Britain", "UK", "British"],
         "North Korean forces suffered about 6,000 casualties in Kursk", False),
        ("troops", NK, 10000, 12000, "range", ["Seoul", "Kyiv", "Washington", "South Korea", "Ukraine", "United States"],
         "Pyongyang sent between 10,000 and 12,000 troops in late 2024", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["North Korean state media", "state media", "KCNA", "North Korea"],
         "nine of the sappers died in the minefields", False),
        ("troops", NK, 1000, None, "about", ["South Korea", "South Korean estimates", "South Korean"],
         "roughly a thousand troops, by South Korean estimates", False),
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea", "spy agency"],
         "about 2,000 North Korean soldiers had been killed in the Kursk fighting itself", False),
        ("wounded", NK, 2000, 9999, "vague", ["National Intelligence Service", "NIS", "South Korea", "spy agency"],
         "it believes thousands more were wounded", True),
    ],
}

NOT = {
    "000": ["roughly 1.2 million active-duty troops", "thousands of kilometers from the front",
            "more than seven decades", "$425 million", "kills 2, injures 14"],
    "002": ["774,000", "52 of 79 Russian drones", "23.12.2024 16:20"],
    "003": ["about $20 billion", "for 6th night", "Date 30.04.2025"],
    "005": ["KOSPI 2,435.93", "more than 20,000 containers of munitions", "a general-level officer",
            "for 3rd day", "within 2 years", "Won hovers near 1,450"],
    "006": ["injuring six people, including a 12-year-old boy", "a 26-year-old rifleman", "at least one soldier",
            "$5 a month", "A nine-story building"],
    "008": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "its first war in 70 years",
            "8.7 trillion yen", "2-plus-2"],
    "010": ["about 200 long-range artillery guns", "Watch Video 1:48", "3 new species"],
    "011": ["1,000 sappers", "5,000 military builders", "second visit to Pyongyang in two weeks",
            "more than 3,000 hectares", "27 Ukrainian drones", "Article 4"],
    "013": ["Kim, 41", "Thousands of mourners", "more than 3 months old", "kill 4 in Kyiv region",
            "The 50 best TV shows", "£2 a month"],
    "014": ["about four months", "5,000 military builders", "4-Minute Listen"],
}

OFF = ["001", "004", "009", "012"]
DUP = {"007": "002"}

conflicts = {
    "must": [
        ["002-1", "008-1", "more than 3,000 North Korean casualties (Zelensky, Dec 23) against about 1,100 (South Korea's JCS, the same day), in articles three days apart"],
        ["006-1", "006-5", "about 300 North Koreans killed (South Korea's NIS) against more than 1,000 killed (Ukraine's SSO), same article, same period"],
    ],
    "may": [
        ["000-1", "005-3", "about 10,000 sent (Pentagon, late October) against about 11,000 (NIS, December): seven weeks apart, deployment still growing"],
        ["000-1", "008-2", "about 10,000 (late October) against about 11,000 (late December)"],
        ["000-1", "003-1", "about 10,000 (October 2024) against 11,000-12,000 initial force (April 2025)"],
        ["010-1", "005-3", "some 3,000 more sent (additional) against the first 11,000"],
        ["010-1", "008-2", "some 3,000 more sent (additional) against the first 11,000"],
        ["010-1", "000-1", "some 3,000 more sent (additional) against the first 10,000"],
        ["010-1", "003-1", "some 3,000 more sent (additional) against the initial 11,000-12,000"],
        ["010-1", "013-3", "some 3,000 more sent (additional) against 10,000-12,000 in late 2024"],
        ["003-2", "003-1", "a further 3,000 (additional) against the initial 11,000-12,000"],
        ["003-2", "005-3", "a further 3,000 (additional) against the first 11,000"],
        ["003-2", "008-2", "a further 3,000 (additional) against the first 11,000"],
        ["003-2", "000-1", "a further 3,000 (additional) against the first 10,000"],
        ["003-2", "013-3", "a further 3,000 (additional) against 10,000-12,000 in late 2024"],
        ["006-3", "008-1", "more than 3,000 casualties (NIS, Jan 13) against about 1,100 (JCS, Dec 23): three weeks apart, cumulative"],
        ["010-2", "008-1", "about 4,000 casualties (NIS, Feb 2025) against about 1,100 (JCS, Dec 2024): two months apart"],
        ["003-3", "010-2", "about 4,700 casualties (April) against about 4,000 (February), same agency, cumulative"],
        ["003-3", "008-1", "about 4,700 casualties (April 2025) against about 1,100 (December 2024)"],
        ["003-4", "006-1", "about 600 killed (April) against about 300 (January), same agency, cumulative"],
        ["003-4", "006-5", "about 600 killed (NIS, April) against more than 1,000 (SSO, January), months apart"],
        ["013-1", "003-4", "about 2,000 killed (September) against about 600 (April), same agency, cumulative"],
        ["013-1", "006-1", "about 2,000 killed (September) against about 300 (January)"],
        ["014-3", "003-4", "about 2,000 killed (restated in December) against about 600 (April)"],
        ["014-3", "006-1", "about 2,000 killed (restated in December) against about 300 (January)"],
        ["013-2", "003-3", "about 6,000 casualties (UK MoD, September) against about 4,700 (NIS, April)"],
        ["013-2", "010-2", "about 6,000 casualties (UK MoD, September) against about 4,000 (NIS, February)"],
        ["013-2", "008-1", "about 6,000 casualties (September 2025) against about 1,100 (December 2024)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
