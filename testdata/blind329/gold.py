#!/usr/bin/env python3
"""Gold labels for testdata/blind329 (written and labelled blind). python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind329: fifteen articles written in our own words about the real story's "
         "known reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Lee Seong-kweun"]

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has shipped about 3,000 of its soldiers to Russia so far", False),
        # the first contingent: a part of the whole
        ("troops", NK, 1500, None, "exact", NIS,
         "The first group of 1,500 soldiers was ferried from the North's east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ["Zelensky", "Ukraine"],
         "eleven thousand North Korean soldiers were already in the Kursk region", False),
        ("troops", NK, 8000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "US", "Washington"],
         "around 8,000 North Korean troops had been moved to the Kursk area", False),
    ],
    "002": [
        ("troops", NK, 10000, 12000, "range",
         ["Seoul", "Washington", "Kyiv", "South Korea", "United States", "Ukraine", "officials"],
         "Pyongyang has sent between 10,000 and 12,000 soldiers", False),
        ("casualties", NK, 200, 900, "vague", ["Ukrainian officials", "Ukraine"],
         "the North Koreans have already taken losses running into the hundreds", True),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", NIS,
         "North Korean soldiers fighting for Russia have suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "including at least 100 killed", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Zelensky", "Syrskyi", "Ukraine"],
         "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
    ],
    "005": [
        ("captured", NK, 2, None, "exact", ["Zelensky", "SBU", "Security Service", "Ukraine"],
         "two North Korean soldiers captured by Ukrainian troops in Russia's Kursk Oblast", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "estimates North Korean casualties in the Kursk area at about 3,000", False),
        ("killed", NK, 300, None, "about", NIS,
         "some 300 dead", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "about 2,700 wounded", False),
        ("casualties", "russia", 38000, None, "more_than", ["Zelensky", "Ukraine"],
         "Russia has lost more than 38,000 soldiers killed and wounded in the Kursk operation", False),
    ],
    "006": [
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has sent some three thousand more soldiers to Russia", False),
    ],
    "007": [
        ("casualties", NK, 4700, None, "about", NIS + ["Yonhap"],
         "North Korea has lost about 4,700 soldiers killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS + ["Yonhap"],
         "including some 600 dead", False),
        ("troops", NK, 15000, None, "about", NIS + ["Yonhap"],
         "Of the roughly 15,000 troops Pyongyang has sent to Russia in all", False),
    ],
    "008": [],
    "009": [
        # the engineer regiment's dead: a part of the whole
        ("killed", NK, 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"],
         "paid tribute to nine of its members who died during the 120-day mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting in Russia", False),
    ],
}

NOT = {
    "000": ["around 10,000 by December", "between Oct. 8 and 13", "about 100 basic Russian military terms",
            "North Korean troop dispatch to Russia could reach 12,000", "3 short-range ballistic missiles",
            "KOSPI 2,599.62"],
    "001": ["82mm mortars", "some 1,000 square kilometres", "August 6",
            "more than 80 million early votes", "02:14"],
    "002": ["around $2,000 a month each", "Article 4", "1950-53", "more than 13,000 containers",
            "4,000 AI-enabled strike drones"],
    "003": ["240 mm multiple rocket launchers", "1,450 per dollar", "first time in 15 years", "Dec. 27"],
    "004": ["Russia's losses in the war exceed 773,000 soldiers", "damages 15 buildings"],
    "005": ["74 Shahed-type attack drones", "47 of them", "27 were \"lost,\"", "1.3 billion kroner",
            "16th sanctions package", "nearly three times the toll"],
    "006": ["240mm multiple rocket launchers", "KN-23", "first time in 9 years"],
    "007": ["For six months", "After 100 Days in Office", "62% of Americans",
            "She joined Newsweek in 2023 after six years"],
    "008": ["1,000 sappers", "5,000 military builders", "second visit to Pyongyang in two weeks",
            "signed in June 2024"],
    "009": ["the 120-day mission", "1,000 deminers and 5,000 military construction workers",
            "3-way air drills"],
}

OFF = ["010", "011", "012", "013"]
DUP = {"014": "009"}

conflicts = {
    "must": [
        ["001-1", "001-2", "eleven thousand in Kursk (Zelensky) against around 8,000 in Kursk (the Pentagon), in one article on the same day"],
        ["003-1", "004-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 killed or wounded (Zelensky, Dec 23), four days apart"],
    ],
    "may": [
        ["000-1", "001-2", "3,000 moved so far (Oct 23) against 8,000 in Kursk two weeks later, while the deployment was under way"],
        ["000-1", "001-1", "3,000 moved so far (Oct 23) against 11,000 two weeks later, while the deployment was under way"],
        ["000-1", "002-1", "3,000 (Oct 23) against 10,000-12,000 five weeks later"],
        ["000-1", "007-3", "3,000 (Oct 2024) against 15,000 in all (Apr 2025), months apart"],
        ["001-2", "002-1", "8,000 in Kursk (Nov 5) against 10,000-12,000 sent (Nov 28), three weeks apart"],
        ["001-2", "006-1", "8,000 against some 3,000 more, an additional force months later"],
        ["001-1", "006-1", "11,000 against some 3,000 more, an additional force months later"],
        ["002-1", "006-1", "10,000-12,000 against some 3,000 more, an additional force months later"],
        ["001-2", "007-3", "8,000 (Nov 2024) against 15,000 in all (Apr 2025), months apart"],
        ["001-1", "007-3", "11,000 (Nov 2024) against 15,000 in all (Apr 2025), months apart"],
        ["002-1", "007-3", "10,000-12,000 (Nov 2024) against 15,000 in all (Apr 2025), months apart"],
        ["006-1", "007-3", "some 3,000 reinforcements against 15,000 in all"],
        ["002-2", "003-1", "losses in the hundreds (Nov 28) against about 1,100 three weeks later"],
        ["002-2", "004-1", "losses in the hundreds (Nov 28) against more than 3,000 a month later"],
        ["002-2", "005-2", "losses in the hundreds (Nov 2024) against about 3,000 (Jan 2025)"],
        ["002-2", "007-1", "losses in the hundreds (Nov 2024) against about 4,700 (Apr 2025)"],
        ["004-1", "005-2", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13): the bound is met only roughly"],
        ["003-1", "007-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["005-2", "007-1", "about 3,000 (Jan 2025) against about 4,700 (Apr 2025), months apart, a cumulative toll"],
        ["005-3", "007-2", "some 300 dead (Jan 2025) against some 600 (Apr 2025), months apart"],
        ["005-3", "009-2", "some 300 dead (Jan 2025) against about 2,000 (Sep 2025 estimate), months apart"],
        ["007-2", "009-2", "some 600 dead (Apr 2025) against about 2,000 (Sep 2025 estimate), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
