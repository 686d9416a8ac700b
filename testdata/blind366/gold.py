#!/usr/bin/env python3
"""Gold labels for testdata/blind366 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has shipped roughly 3,000 soldiers to Russia so far", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, None, "about",
         ["Sabrina Singh", "Pentagon", "United States", "US"],
         "about 10,000 North Korean soldiers are in Russia in total", False),
        ("troops", "north_korea", 8000, None, "about",
         ["Sabrina Singh", "Pentagon", "United States", "US"],
         "roughly 8,000 have been moved into Kursk", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers have been killed since Pyongyang's troops entered combat against Ukrainian forces this month", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "around 1,000 more have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", ["Lee Seong-kweun"] + NIS,
         "the North's losses come to roughly 1,100 killed and wounded", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Ukraine"],
         "North Korea's losses in Kursk Oblast have passed 3,000 killed and wounded", False),
        ("casualties", "russia", 771460, None, "exact", ["General Staff", "Ukraine"],
         "Russia has lost 771,460 troops since the start of its full-scale invasion", False),
        ("casualties", "russia", 1570, None, "exact", ["General Staff", "Ukraine"],
         "1,570 of them over the past day", False),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 300 North Korean soldiers have been killed in Russia's war against Ukraine", False),
        ("killed", "north_korea", 1000, None, "more_than",
         ["special operations forces", "Special Operations Forces", "SSO", "Ukraine"],
         "Ukrainian units had killed more than 1,000 North Koreans since they were thrown into the fighting in Kursk", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "Volodymyr Zelensky", "Zelensky", "SBU"],
         "its troops had taken two North Korean soldiers prisoner in Kursk", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "Some three thousand additional soldiers, the agency said, arrived in Russia in January and February", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "joining the eleven thousand or so that Pyongyang had sent in the autumn", False),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 4,700 North Korean troops have been killed or wounded fighting for Russia against Ukraine", False),
        ("killed", "north_korea", 600, None, "about", ["Lee Seong-kweun"] + NIS,
         "About 600 of them have died", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "the NIS put the North's casualties at some 3,000", False),
    ],
    "010": [
        ("killed", "north_korea", 600, None, "about", NIS,
         "about 600 North Korean soldiers had been killed in the fighting", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "North Korea sent thousands of troops to Kursk last year", True),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["Lee Seong-kweun"],
         "about 2,000 North Korean soldiers have been killed in the war", False),
        ("wounded", "north_korea", 2000, 9000, "vague", NIS,
         "Several thousand wounded soldiers have been flown home", True),
        ("troops", "north_korea", 11000, 12000, "range", ["unattributed", "The Moscow Times"],
         "Between 11,000 and 12,000 North Korean soldiers were sent to Russia in the autumn of 2024", False),
        ("troops", "north_korea", 2000, 5000, "vague", ["unattributed", "The Moscow Times"],
         "a few thousand more followed early this year", True),
        ("killed", "russia", 120000, None, "more_than", ["Mediazona", "BBC Russian", "BBC"],
         "has confirmed the names of more than 120,000 Russian soldiers killed in Ukraine", False),
    ],
    "014": [
        ("troops", "north_korea", 15000, None, "up_to", ["Western officials", "West"],
         "North Korea sent up to 15,000 soldiers in all", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "about 4,700 North Koreans had been killed or wounded", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Defence Intelligence", "Britain", "UK", "United Kingdom"],
         "put North Korean casualties at more than 6,000", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "BBC", "unattributed"],
         "Ukraine captured two North Korean soldiers in January", False),
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "North Korea", "Korean Central News Agency"],
         "during which nine of its soldiers were killed", False),
    ],
}

NOT = {
    "000": ["the total is expected to reach 10,000 by December", "30-minute phone call",
            "2 inter-Korean roads", "KOSPI 2,599.62", "USD/KRW 1,380.50"],
    "002": ["Some are within 50 kilometers", "$425 million security package", "155mm artillery rounds"],
    "003": ["voted 204-85", "180 days to rule", "1,450 per dollar", "2 years on", "Dec. 3"],
    "005": ["9,536 tanks", "20,640 artillery systems", "February 2022", "3 min read"],
    "006": ["110 Shahed-type attack drones", "67 had been shot down over 14 regions",
            "43 decoy drones", "1.6bn kroner", "Comments (412)"],
    "007": ["about 220 artillery pieces", "170-millimeter self-propelled guns",
            "240-millimeter multiple rocket launchers", "August 2024"],
    "009": ["Kim, 41", "six months", "June 2024"],
    "010": ["1,000 deminers and 5,000 military construction workers", "third visit to the North Korean capital in three months",
            "about 500 kilometers (310 miles)"],
    "013": ["'12K and Counting'", "Key Rate to 17%", "by 10%"],
    "014": ["1,000 deminers and 5,000 military builders", "120 days of mine clearance", "$20bn",
            "about 1,300 sq km", "6 August 2024"],
}

OFF = ["001", "004", "008", "011"]
DUP = {"012": "005"}

conflicts = {
    "must": [
        ["003-3", "005-1", "about 1,100 casualties (NIS via Lee Seong-kweun, 19 Dec 2024) against more than 3,000 killed and wounded (Zelensky, 23 Dec 2024), four days apart"],
        ["006-1", "006-2", "about 300 killed (NIS via Lee Seong-kweun) against more than 1,000 killed (Ukraine's special operations forces), same day, same article"],
        ["014-2", "014-3", "about 4,700 casualties (NIS, April 2025) against more than 6,000 (UK Defence Intelligence, at roughly the same time), same article"],
    ],
    "may": [
        ["000-1", "002-1", "3,000 already moved (NIS, 23 Oct) against about 10,000 in Russia (Pentagon, 4 Nov): deployment under way, NIS itself expected 10,000 by December"],
        ["000-1", "002-2", "3,000 moved (23 Oct) against 8,000 in Kursk (4 Nov): deployment under way"],
        ["000-1", "007-2", "3,000 in October 2024 against about 11,000 sent in the autumn, months later"],
        ["000-1", "013-3", "3,000 in October 2024 against 11,000-12,000 sent in the autumn, months later"],
        ["002-1", "007-1", "10,000 in Russia against an additional 3,000"],
        ["002-2", "007-1", "8,000 in Kursk against an additional 3,000"],
        ["002-1", "007-2", "about 10,000 (November 2024) against about 11,000 (February 2025), months apart"],
        ["002-2", "007-2", "8,000 in Kursk (November 2024) against about 11,000 (February 2025), months apart"],
        ["002-1", "013-3", "about 10,000 (November 2024) against 11,000-12,000 (September 2025), months apart"],
        ["002-2", "013-3", "8,000 in Kursk (November 2024) against 11,000-12,000 (September 2025), months apart"],
        ["007-1", "007-2", "an additional 3,000 against the 11,000 sent earlier"],
        ["007-1", "013-3", "an additional 3,000 against the 11,000-12,000 first wave"],
        ["006-1", "009-2", "NIS killed estimate rising from about 300 (January) to about 600 (April)"],
        ["006-1", "010-1", "NIS killed estimate about 300 (January) against about 600 (reported June)"],
        ["006-1", "013-1", "NIS killed estimate about 300 (January) against about 2,000 (September)"],
        ["006-2", "009-2", "more than 1,000 killed (SSO, January) against about 600 (NIS, April), months apart"],
        ["006-2", "010-1", "more than 1,000 killed (SSO, January) against about 600 (NIS, reported June), months apart"],
        ["009-2", "013-1", "NIS killed estimate about 600 (April) against about 2,000 (September)"],
        ["010-1", "013-1", "NIS killed estimate about 600 (reported June) against about 2,000 (September)"],
        ["003-2", "006-3", "NIS wounded estimate rising from about 1,000 (December) to about 2,700 (January)"],
        ["003-3", "009-1", "NIS casualties about 1,100 (December) against about 4,700 (April), months apart"],
        ["003-3", "009-3", "NIS casualties about 1,100 (December) against some 3,000 (January, reported April)"],
        ["003-3", "014-2", "NIS casualties about 1,100 (December 2024) against about 4,700 (April 2025)"],
        ["003-3", "014-3", "about 1,100 (NIS, December 2024) against more than 6,000 (UK, spring 2025), months apart"],
        ["005-1", "009-3", "more than 3,000 (Zelensky, December) against some 3,000 (NIS, January): borderline bound"],
        ["009-1", "014-3", "about 4,700 (NIS, 30 April) against more than 6,000 (UK, reported in December about the spring)"],
        ["009-3", "014-2", "NIS casualties some 3,000 (January) against about 4,700 (April): a later rise"],
        ["009-3", "014-3", "some 3,000 (NIS, January) against more than 6,000 (UK, spring), months apart"],
    ],
}

about = ("Gold labels for testdata/blind366: 15 articles written and labelled blind for crosscheck "
         "(see testdata/corpus/README.md for the meaning of every field).")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
