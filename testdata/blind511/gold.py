#!/usr/bin/env python3
"""Gold labels for testdata/blind511 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind511: 15 articles written for crosscheck in our own words about the real "
         "story's known reporting (October 2024 - December 2025). See ../corpus/README.md for the meaning "
         "of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
HUR = ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "North Korea has sent around 1,500 special forces soldiers to Russia's Far East", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, None, "about",
         ["Sabrina Singh", "Pentagon", "Defense Department", "United States", "US", "U.S."],
         "about 10,000 North Korean soldiers in all have gone to eastern Russia to train", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "up to 12,000 North Korean personnel are now in Russia", False),
        ("troops", "north_korea", 500, None, "at_least", HUR,
         "at least 500 officers", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 100 North Korean soldiers have died in combat in the Kursk region", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "about 1,000 more have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS + ["Lee Seong-kweun"],
         "the agency puts the North's casualties at roughly 1,100", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "Pyongyang has sent about 11,000 soldiers to Russia", False),
        ("casualties", "north_korea", 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 11000, 12000, "range", ["unattributed"],
         "Pyongyang has sent an estimated 11,000-12,000 troops", False),
    ],
    "005": [
        ("killed", "north_korea", 1000, None, "more_than", ["Andriy Yusov", "Yusov"] + HUR,
         "more than a thousand of its soldiers killed in Kursk", False),
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "around 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "about 2,700 wounded in the Kursk region", False),
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
    ],
    "007": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["South Korean and Western intelligence", "Western intelligence", "South Korea", "Seoul"],
         "put the first wave at between 10,000 and 12,000 soldiers", False),
        ("troops", "north_korea", 3000, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
         "an additional 3,000 or so troops had been sent between January and February", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "the two North Korean soldiers Ukraine captured in January", False),
    ],
    "008": [
        ("troops", "north_korea", 10000, None, "more_than", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "North Korea sent more than 10,000 soldiers to Russia last year", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["Seoul's spy agency"] + NIS,
         "thousands of them were killed or wounded in their first months at the front", True),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Park Sun-won"],
         "some 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["Park Sun-won"],
         "of whom around 600 have died", False),
    ],
    "012": [],
    "014": [
        ("killed", "north_korea", 9, None, "exact",
         ["state media", "Korean Central News Agency", "KCNA", "North Korea"],
         "nine of the soldiers died during the mission", False),
        ("troops", "north_korea", 200, 999, "vague", ["unattributed", "Korean Central News Agency", "KCNA"],
         "Hundreds of North Korean sappers were sent to Kursk over the summer", True),
        ("killed", "north_korea", 2000, None, "about",
         ["South Korea's intelligence agency"] + NIS,
         "around two thousand North Korean soldiers had been killed in the fighting in Kursk", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["British defence intelligence", "UK Ministry of Defence", "Ministry of Defence", "Britain", "UK",
          "United Kingdom"],
         "put North Korean casualties, the dead and the wounded together, at more than six thousand", False),
    ],
}

NOT = {
    "000": ["as many as 12,000 personnel in total", "about four brigades",
            "preparing to send 10,000 soldiers", "more than 13,000 containers",
            "between Oct. 8 and Oct. 13", "3-way air drill", "1st phone talks"],
    "002": ["Aug. 6 incursion", "about 300 kilometers (190 miles)",
            "$425 million package", "12 years", "Army picks 2 firms", "381-ship goal"],
    "003": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "three villages",
            "voted 204-85", "Dec. 3", "39th straight week"],
    "004": ["Dec. 19, 2024", "93 missiles, nearly 200 drones", "Personnel 777,580", "Tanks 9,486",
            "2 min read"],
    "005": ["Comments (412)", "97 attack drones", "64 were shot down", "born in 2005",
            "the other that he is 26"],
    "007": ["about 220 of its 170-mm self-propelled guns", "240-mm multiple rocket launchers",
            "about two weeks", "as much as $20 billion", "2 N. Korean POWs", "3-day festival",
            "KOSPI slips 1.3%"],
    "008": ["two days after", "June 2024", "Article 4"],
    "010": ["at least seven times", "28 trillion won (US$20 billion)", "2 North Korean POWs",
            "10,000 won a month"],
    "012": ["1,000 sappers", "5,000 military builders",
            "second visit to the DPRK in less than two weeks", "around 400 square kilometres",
            "2 more settlements"],
    "014": ["about 120 days", "five thousand military construction workers", "2 min 48 sec",
            "up to 70 centimeters"],
}

OFF = ["001", "006", "011", "013"]
DUP = {"009": "008"}

conflicts = {
    "must": [
        ["003-3", "004-1", "roughly 1,100 casualties (South Korea's NIS via Lee Seong-kweun, Dec 19) against "
                           "more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["005-1", "005-2", "more than a thousand killed (HUR's Andriy Yusov) against around 300 killed "
                           "(South Korea's NIS), in the same live blog on the same day"],
    ],
    "may": [
        ["002-1", "003-4", "about 10,000 (Pentagon, Oct 29) against about 11,000 (NIS, Dec 19), seven weeks apart"],
        ["002-1", "004-2", "about 10,000 (Oct 29) against 11,000-12,000 (Dec 23), eight weeks apart"],
        ["002-1", "008-1", "about 10,000 (Oct 2024) against more than 10,000 (Apr 2025), six months apart"],
        ["007-2", "002-1", "an additional 3,000 against a total of about 10,000"],
        ["007-2", "002-2", "an additional 3,000 against a total of up to 12,000"],
        ["007-2", "003-4", "an additional 3,000 against a total of about 11,000"],
        ["007-2", "004-2", "an additional 3,000 against a total of 11,000-12,000"],
        ["007-2", "007-1", "an additional 3,000 against a first wave of 10,000-12,000"],
        ["007-2", "008-1", "an additional 3,000 against more than 10,000 sent last year"],
        ["003-3", "008-2", "1,100 casualties (Dec 2024) against 'thousands' (Apr 2025), months apart"],
        ["003-3", "010-1", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025), months apart"],
        ["003-3", "014-4", "1,100 casualties (Dec 2024) against more than 6,000 (summer 2025), months apart"],
        ["010-1", "014-4", "4,700 casualties (Apr 2025) against more than 6,000 (summer 2025), months apart"],
        ["003-1", "005-1", "about 100 killed (NIS, Dec 19) against more than a thousand (HUR, Jan 13), "
                           "different sources, 25 days apart"],
        ["003-1", "010-2", "about 100 killed (Dec 2024) against about 600 (Apr 2025), months apart"],
        ["003-1", "014-3", "about 100 killed (Dec 2024) against about 2,000 (Sep 2025), months apart"],
        ["005-2", "010-2", "about 300 killed (Jan 2025) against about 600 (Apr 2025), months apart"],
        ["005-2", "014-3", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025), months apart"],
        ["005-1", "010-2", "more than a thousand killed (HUR, Jan 2025) against about 600 (NIS, Apr 2025), "
                           "months apart"],
        ["010-2", "014-3", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
