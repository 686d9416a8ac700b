#!/usr/bin/env python3
"""Gold labels for testdata/blind540 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has so far shipped some 3,000 of its soldiers to Russia", False),
        ("troops", NK, 1500, None, "about", NIS,
         "an advance group of around 1,500 special operations troops", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Eleven thousand North Korean soldiers are already in Russia's Kursk Oblast", False),
        ("troops", NK, 500, None, "about", ["Defence Intelligence", "HUR", "Ukraine"],
         "included roughly 500 officers", False),
    ],
    "003": [
        ("troops", NK, 10000, 12000, "range",
         ["American", "United States", "U.S.", "South Korea", "South Korean", "Ukraine", "Ukrainian officials"],
         "Pyongyang has dispatched between 10,000 and 12,000 soldiers to Russia", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Syrskyi", "Ukraine"],
         "North Korean losses in the Kursk region had passed 3,000 killed and wounded", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "roughly 1,100 North Korean soldiers had been killed or wounded", False),
    ],
    "005": [
        ("killed", NK, 1000, None, "about", ["Special Operations Forces", "SSO", "Ukraine"],
         "Roughly a thousand North Korean soldiers have now died in Russia's Kursk region", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS,
         "Some 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "about 2,700 wounded in the fighting in Russia's Kursk region", False),
        ("captured", NK, 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukraine had captured two of the North's troops alive", False),
    ],
    "009": [
        ("troops", NK, 3000, None, "about", JCS + ["South Korea's military"],
         "North Korea has sent an estimated 3,000 additional soldiers to Russia since the start of the year", False),
        ("troops", NK, 11000, None, "about", JCS + ["South Korea's military"],
         "the roughly 11,000 troops Pyongyang first sent last autumn", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", ["National Intelligence Service", "NIS", "South Korea", "intelligence service", "lawmakers"],
         "roughly 4,700 of them have been killed or wounded", False),
        ("killed", NK, 600, None, "about", ["National Intelligence Service", "NIS", "South Korea", "lawmakers"],
         "about 600 of the casualties were deaths", False),
        ("troops", NK, 14000, None, "about", ["unattributed"],
         "Pyongyang is believed to have sent around 14,000 soldiers in all", False),
    ],
    "012": [
        ("troops", NK, 2000, 9999, "vague", ["Moscow", "Russia", "unattributed"],
         "Pyongyang had already sent thousands of soldiers", True),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea", "Seoul"],
         "around 2,000 North Korean soldiers had died in the Kursk campaign", False),
        ("killed", NK, 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korea", "Pyongyang"],
         "nine soldiers of an engineering regiment had died while clearing mines in Kursk", False),
    ],
}

NOT = {
    "000": ["the total is expected to climb to around 10,000 by December", "four Russian navy transport ships",
            "between Oct. 8 and 13", "more than 13,000 containers", "around $2,000 a month",
            "1,380 per dollar", "60-meter stretches"],
    "001": ["Russia lost 1,330 soldiers over the past day", "810th Naval Infantry Brigade", "about 10 km from the border",
            "6 August", "the 11th Corps"],
    "003": ["a standing army of 1.2 million", "1.2 million: active-duty personnel", "155mm artillery shells",
            "several hundred million dollars", "1961: year of the last Moscow-Pyongyang mutual defense treaty",
            "the elite 11th Corps", "'victory plan' in 5 points"],
    "004": ["31 of the 47 attack drones", "another 14 were lost", "€4.1 billion", "above €16 billion",
            "since February 2022", "expires on January 1"],
    "005": ["waves of 20 to 30 men", "six armoured vehicles and a T-80 tank", "Russia Loses 1,730 Troops, 14 Tanks in Past Day",
            "from $5 a month", "Comments (12)"],
    "006": ["born in 2005", "born in 1999", "on Jan. 9", "cut key rate to 2.75%", "3,000 police on standby",
            "tops Netflix charts in 92 countries", "rise by 150 won"],
    "009": ["170mm self-propelled guns", "240mm multiple rocket launchers", "February 27, 2025"],
    "010": ["Nikkei 225 36,045.38", "KOSPI 2,556.61", "Article 4 of the mutual defense treaty", "5,000-ton destroyer",
            "rise 3.2% in March"],
    "012": ["1,000 sappers", "5,000 military construction workers", "third trip to North Korea in three months",
            "about 1,300 square kilometers", "tens of billions of rubles"],
    "014": ["1,000 deminers and 5,000 military builders", "a 120-day mission", "six months refusing to admit",
            "the two North Korean prisoners held by Kyiv", "a year in 11 launches"],
}

OFF = ["002", "008", "011", "013"]
DUP = {"007": "006"}

conflicts = {
    "must": [
        ["004-1", "004-2", "more than 3,000 North Korean killed and wounded (Zelenskyy) against about 1,100 "
                           "(South Korea's JCS), same day, same live blog"],
        ["005-1", "006-1", "about 1,000 North Korean soldiers killed since mid-December (Ukraine's SSO, 10 Jan 2025) "
                           "against about 300 killed (South Korea's NIS, 13 Jan 2025), three days apart"],
    ],
    "may": [
        ["000-1", "001-1", "3,000 moved so far (23 Oct 2024) against 11,000 in Kursk two weeks later: a build-up under way"],
        ["000-1", "003-1", "3,000 moved so far (23 Oct 2024) against 10,000-12,000 three weeks later: a build-up under way"],
        ["000-1", "009-2", "3,000 in October against 11,000 first sent last autumn, reported four months later"],
        ["000-1", "010-3", "3,000 in October against 14,000 in all, six months later"],
        ["009-1", "009-2", "an additional 3,000 against the original 11,000"],
        ["009-1", "001-1", "an additional 3,000 (Feb 2025) against 11,000 (Nov 2024)"],
        ["009-1", "003-1", "an additional 3,000 (Feb 2025) against 10,000-12,000 (Nov 2024)"],
        ["009-1", "010-3", "an additional 3,000 against 14,000 in all, counting reinforcements"],
        ["009-2", "010-3", "11,000 first sent against 14,000 in all with reinforcements, two months apart"],
        ["001-1", "010-3", "11,000 (Nov 2024) against 14,000 in all (Apr 2025), months apart, reinforcements"],
        ["003-1", "010-3", "10,000-12,000 (Nov 2024) against 14,000 in all (Apr 2025), months apart, reinforcements"],
        ["004-2", "010-1", "1,100 casualties (JCS, Dec 2024) against 4,700 (NIS, Apr 2025), four months apart, cumulative"],
        ["005-1", "010-2", "1,000 killed (SSO, Jan 2025) against 600 killed (NIS, Apr 2025), months apart"],
        ["005-1", "014-1", "1,000 killed (SSO, Jan 2025) against 2,000 killed (NIS, Sept 2025), months apart"],
    ],
}

about = ("Gold labels for testdata/blind540: fifteen articles written in our own words and labelled blind. "
         "See testdata/corpus/README.md for the meaning of every field and how output is scored.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
