#!/usr/bin/env python3
"""Gold labels for blind326 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
LEE_NIS = ["Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
HUR = ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 special operations forces already shipped to the Russian Far East", False),
        ("troops", NK, 12000, None, "about", NIS,
         "four brigades totaling some 12,000 personnel", False),
    ],
    "001": [
        ("troops", NK, 2000, 9999, "vague", ["Western and South Korean officials", "Western officials", "South Korea", "United States"],
         "Thousands of North Korean troops are now in Russia", True),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "Secretary of State", "United States", "US"],
         "about 8,000 of them are now in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", ["Pentagon", "United States", "US"],
         "The Pentagon puts the total that has arrived in Russia at roughly 10,000", False),
        ("troops", NK, 10000, None, "more_than", ["Kim Yong-hyun", "South Korea's defense minister", "defense minister", "South Korea"],
         'The figure, he said, was "more than 10,000"', False),
        ("troops", NK, 10000, 12000, "range", HUR,
         "between 10,000 and 12,000 troops, it says, are being trained in Russia", False),
        ("troops", NK, 2000, 9999, "vague", HUR,
         "several thousand have already been moved to staging areas near the border", True),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 soldiers from North Korea in Russia's Kursk region", False),
    ],
    "004": [
        ("killed", NK, 100, None, "at_least", LEE_NIS + ["ruling party lawmaker"],
         "At least 100 North Korean soldiers deployed to Russia have been killed in combat against Ukrainian forces", False),
        ("wounded", NK, 1000, None, "about", LEE_NIS + ["ruling party lawmaker"],
         "about 1,000 others injured", False),
        ("troops", NK, 12000, None, "up_to", ["unattributed"],
         "North Korea is believed to have sent up to 12,000 troops to Russia since October", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi"],
         "have suffered more than 3,000 killed and wounded", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "put North Korean casualties at around 1,100", False),
        ("killed", NK, 24, 99, "vague", ["Special Operations Forces", "SSO", "Ukraine"],
         "dozens of North Korean soldiers had been killed during an assault near the village of Plekhovo", True),
    ],
    "007": [
        ("killed", NK, 300, None, "about", LEE_NIS,
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE_NIS,
         "2,700 wounded while fighting for Russia against Ukraine", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Our soldiers have captured two North Korean military personnel in the Kursk region", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea appears to have sent about 3,000 more soldiers to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", JCS,
         "roughly 11,000 troops that Pyongyang sent last year", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", LEE_NIS,
         "Some 4,700 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("killed", NK, 600, None, "about", LEE_NIS,
         "including about 600 dead", False),
        ("troops", NK, 15000, None, "about", NIS,
         "about 15,000 North Korean troops have been sent to Russia in total", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "Ukraine's losses in the Kursk operation exceeded 76,000 troops", False),
    ],
    "012": [],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "Some two thousand North Korean soldiers have now been killed fighting for Russia", False),
        ("troops", NK, 11000, 12000, "range", ["South Korean and Ukrainian estimates", "South Korea", "Ukraine"],
         "Pyongyang sent 11,000 to 12,000 soldiers in a first wave last autumn", False),
        ("troops", NK, 2000, 5000, "vague", ["South Korean and Ukrainian estimates", "South Korea", "Ukraine"],
         "a few thousand more this year", True),
        ("casualties", NK, 6000, None, "more_than", ["Britain's Ministry of Defence", "Ministry of Defence", "UK", "Britain"],
         "the North had suffered more than 6,000 casualties in Kursk", False),
        ("captured", NK, 2, None, "exact", ["unattributed"],
         "Two North Korean soldiers captured by Ukraine in January remain in Kyiv's custody", False),
    ],
}

NOT = {
    "000": ["paras 5-8", "between Oct. 8 and 13", "four Russian amphibious landing ships and three escort vessels",
            "since 1990", "in their early 20s", "KOSPI at 2,593.82", "0.25 percentage point to 3.25 pct",
            "1 mln copies", "2.4 times subscription"],
    "001": ["about $2,000 a month", "more than 13,000 containers", "1.2 million-strong army", "since 1953",
            "as many as 100,000 soldiers", "DOW 42,052.19", "Fear & Greed Index: 41", "Seniors born 1946-1966"],
    "003": ["a range of up to 300 km", "34 of 55 Shaheds", "August 6", "USD 41.27"],
    "004": ["240 mm multiple rocket launchers", "Dec. 3", "2,435.93", "6 bills", "1,450 per dollar",
            "3rd straight quarter"],
    "005": ["Russia launches 40 drones overnight, 24 shot down", "40 Shahed-type attack drones",
            "Air defense downed 24 of them", "about $580 million", "12,000 or more?", "$5 a month"],
    "007": ["one of the men was 20", "the other, 26", "since 2016", "Death toll rises to 24"],
    "008": ["about 220 170mm self-propelled guns", "240mm multiple rocket launchers", "KOSPI 2,641.09",
            "fall 3%", "USD/KRW 1,437.50"],
    "010": ["5,000-ton destroyer", "2.5% in March", "980 yen"],
    "012": ["1,000 sappers", "5,000 military builders", "5,000 military construction workers", "within two weeks",
            "June 4", "more than 1,500 explosive objects", "June 19, 2024", "Article 4", "USD 78.36"],
    "014": ["another 6,000 or so military engineers and builders", "more than three times", "80th anniversary",
            "August 2024", "23 States"],
}

OFF = ["002", "006", "011", "013"]
DUP = {"009": "008"}

conflicts = {
    "must": [
        ["001-2", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Nov 1) against 11,000 in Kursk (Zelensky, Nov 5), four days apart"],
        ["005-1", "005-2", "more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's JCS), the same day in one live blog"],
    ],
    "may": [
        ["000-2", "001-3", "some 12,000 being sent (NIS, Oct 18) against roughly 10,000 arrived (Pentagon, Nov 1)"],
        ["000-2", "003-1", "some 12,000 being sent in all against 11,000 already in Kursk, close values, different scope"],
        ["001-3", "003-1", "roughly 10,000 in Russia (Pentagon) against 11,000 in Kursk (Zelensky), four days apart, close values"],
        ["001-2", "008-2", "8,000 in Kursk (Nov) against roughly 11,000 sent last year (Feb), months apart"],
        ["001-3", "008-2", "roughly 10,000 (Nov) against roughly 11,000 (Feb), months apart"],
        ["001-2", "014-2", "8,000 (Nov 2024) against 11,000-12,000 in the first wave (Sep 2025)"],
        ["000-2", "010-3", "12,000 (Oct 2024) against 15,000 in total including reinforcements (Apr 2025)"],
        ["003-1", "010-3", "11,000 in Kursk (Nov 2024) against 15,000 in total (Apr 2025)"],
        ["008-2", "010-3", "11,000 sent last year against 15,000 in total, a part and months apart"],
        ["010-3", "014-2", "15,000 in total against 11,000-12,000 in the first wave, a part"],
        ["000-1", "008-1", "1,500 special forces against an additional 3,000"],
        ["000-2", "008-1", "an additional 3,000 against the first force"],
        ["001-2", "008-1", "an additional 3,000 against the first force"],
        ["001-3", "008-1", "an additional 3,000 against the first force"],
        ["001-4", "008-1", "an additional 3,000 against the first force"],
        ["001-5", "008-1", "an additional 3,000 against the first force"],
        ["003-1", "008-1", "an additional 3,000 against the first force"],
        ["005-2", "010-1", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025), a cumulative figure months later"],
        ["005-2", "014-4", "1,100 casualties (Dec 2024) against more than 6,000 (summer 2025)"],
        ["010-1", "014-4", "4,700 casualties (NIS, Apr) against more than 6,000 (UK MoD, summer), months apart"],
        ["007-1", "010-2", "about 300 killed (Jan) against about 600 (Apr), a cumulative figure months later"],
        ["007-1", "014-1", "about 300 killed (Jan) against about 2,000 (Sep)"],
        ["010-2", "014-1", "about 600 killed (Apr) against about 2,000 (Sep)"],
    ],
}

about = ("Gold labels for blind326: fifteen articles written and labelled blind. See ../corpus/README.md for the "
         "meaning of every field. 004-2 against 007-2 (NIS wounded, about 1,000 in December rising to about 2,700 "
         "in January, the article saying it is a rise on the earlier estimate) is an update, not a conflict.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
