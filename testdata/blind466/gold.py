#!/usr/bin/env python3
"""Gold labels for blind466 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind466/articles, fifteen articles written for crosscheck in our own "
         "words and labelled blind. Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "exact", NIS,
         "Russian navy vessels carried 1,500 North Korean special operations troops from Chongjin and nearby ports to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 3000, None, "about", NIS + ["lawmakers"],
         "bringing the number of its troops there to around 3,000", False),
    ],
    "002": [
        ("troops", NK, 3000, None, "about", JCS + ["South Korea's military"],
         "North Korea has sent roughly 3,000 more soldiers to fight for Russia since January", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Roughly 11,000 troops were sent last autumn", False),
    ],
    "004": [],
    "005": [
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "Another 1,000 or so have been wounded", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 North Korean soldiers dispatched to Russia", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops deployed to Russia have suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 had died", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "around 1,000 had been injured", False),
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi"],
         "over 3,000 North Korean soldiers had been killed and wounded there", False),
    ],
    "008": [
        ("casualties", NK, 3800, None, "more_than", ZEL,
         "The number of North Korean soldiers killed and wounded in Kursk has already exceeded 3,800", False),
    ],
    "009": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have died fighting for Russia", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "around 2,700 more have been wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Ukraine's special operations forces", "special operations forces", "Ukraine"],
         "killed and wounded hundreds of North Korean soldiers", True),
        ("captured", NK, 2, None, "exact", ZEL,
         "the two North Korean soldiers its forces captured in Kursk at the weekend", False),
    ],
    "011": [
        ("troops", NK, 11000, None, "about", ["South Korea", "US", "United States", "Ukraine", "South Korean, US and Ukrainian estimates"],
         "Some eleven thousand soldiers were sent in the first wave last autumn", False),
        ("troops", NK, 3000, None, "about", ["Seoul", "South Korea"],
         "A second wave of about 3,000 followed in January and February", False),
        ("troops", NK, 15000, None, "about", NIS,
         "the total had risen to around 15,000", False),
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "around 600 dead", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea", "Pyongyang"],
         "Nine of its members died during the mission", False),
        ("killed", NK, 2000, None, "about", NIS + ["Seoul"],
         "The figure most often cited in Seoul is about 2,000", False),
        ("casualties", NK, 6000, None, "about", ["Defence Intelligence", "Britain's Defence Intelligence", "Britain", "UK"],
         "put the North's total casualties, dead and wounded, at around 6,000", False),
        ("troops", NK, 10000, 12000, "range", ["US", "United States", "South Korea", "US and South Korean estimates"],
         "between 10,000 and 12,000 combat troops", False),
        ("troops", NK, 2000, 9999, "vague", NIS,
         "several thousand of the builders have since arrived in Russia", True),
    ],
}

NOT = {
    "000": ["around 12,000 soldiers drawn from four brigades", "some 10,000 personnel", "up to 12K troops",
            "Four Russian amphibious landing ships", "three escort vessels",
            "Number of foreign residents tops 2.6 million", "Driver, 24", "KOSPI 2,593.82"],
    "001": ["more than 10,000 troops in total by December", "2 N. Korean soldiers cross MDL",
            "Q3 GDP grows 0.1 pct", "early 20s"],
    "002": ["around 220 pieces of artillery", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "fourth year", "500 Square Miles", "3 Russian Refineries"],
    "004": ["1,000 sappers", "5,000 military builders", "6,000 military builders and sappers", "Article 4",
            "3.5 bln rubles", "USD 78.52"],
    "005": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "Dec. 27", "15-year low"],
    "006": ["Oct. 8-13", "Dec. 4", "KOSPI 2,442.01"],
    "008": ["95th Air Assault Brigade", "8th Special Operations Regiment", "roughly 800 square kilometers",
            "about 1,300", "$5.99", "Russian Drone Attack Kills 2 in Kherson", "37 of 52 Shahed Drones", "312 shares"],
    "009": ["55 of the 74 drones", "18 more", "Comments (1,214)", "The 10 best new novels", "£59m"],
    "011": ["more than a million barrels of oil", "millions of artillery shells", "dozens of ballistic missiles",
            "2 minutes 14 seconds"],
    "014": ["528th Engineer Regiment", "120 days", "1,000 deminers", "5,000 military construction workers",
            "Fourteen months", "450 trillion won", "80th anniversary", "0.3%"],
}

OFF = ["003", "007", "010", "013"]
DUP = {"012": "005"}

conflicts = {
    "must": [
        ["006-1", "006-4", "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed and wounded (Zelensky), reported the same day in one article"],
        ["006-1", "008-1", "about 1,100 casualties (JCS, Dec 23) against more than 3,800 killed and wounded (Zelensky, Dec 27), four days apart"],
    ],
    "may": [
        # troops: a force that grew from October 2024 onwards; figures weeks or months apart, or an "additional" wave
        ["000-1", "002-1", "1,500 (NIS, Oct 2024) against an additional 3,000 (JCS, Feb 2025), four months apart"],
        ["000-1", "002-2", "1,500 in mid-October 2024 against 11,000 'sent last autumn' (Feb 2025)"],
        ["000-1", "005-3", "1,500 (NIS, Oct 18) against about 11,000 (NIS, Dec 19), two months into the build-up"],
        ["000-1", "011-1", "1,500 in October 2024 against about 11,000 in the first wave (Apr 2025)"],
        ["000-1", "011-2", "1,500 in October 2024 against a second wave of about 3,000 (Apr 2025)"],
        ["000-1", "011-3", "1,500 in October 2024 against a total of about 15,000 (Apr 2025)"],
        ["000-1", "014-4", "1,500 in October 2024 against 10,000-12,000 in the initial force (Dec 2025)"],
        ["001-1", "002-2", "about 3,000 (Oct 23 2024) against 11,000 'sent last autumn' (Feb 2025)"],
        ["001-1", "005-3", "about 3,000 (NIS, Oct 23) against about 11,000 (NIS, Dec 19), two months apart"],
        ["001-1", "011-1", "about 3,000 (Oct 2024) against about 11,000 in the first wave (Apr 2025)"],
        ["001-1", "011-3", "about 3,000 (Oct 2024) against a total of about 15,000 (Apr 2025)"],
        ["001-1", "014-4", "about 3,000 (Oct 2024) against 10,000-12,000 (Dec 2025)"],
        ["002-1", "002-2", "an additional 3,000 against 11,000 sent last autumn"],
        ["002-1", "005-3", "an additional 3,000 (Feb 2025) against about 11,000 (Dec 2024)"],
        ["002-1", "011-1", "an additional 3,000 against a first wave of about 11,000"],
        ["002-1", "011-3", "an additional 3,000 (Feb 2025) against a total of about 15,000 (Apr 2025)"],
        ["002-1", "014-4", "an additional 3,000 against an initial force of 10,000-12,000"],
        ["002-2", "011-2", "11,000 sent last autumn against a second wave of about 3,000"],
        ["002-2", "011-3", "11,000 sent last autumn (Feb 2025) against a total of about 15,000 (Apr 2025)"],
        ["005-3", "011-2", "about 11,000 (Dec 2024) against a second wave of about 3,000"],
        ["005-3", "011-3", "about 11,000 (Dec 2024) against a total of about 15,000 (Apr 2025), four months apart"],
        ["011-1", "011-2", "a first wave of about 11,000 against a second wave of about 3,000"],
        ["011-2", "014-4", "a second wave of about 3,000 against an initial force of 10,000-12,000"],
        ["011-3", "014-4", "a total of about 15,000 (Apr 2025) against an initial force of 10,000-12,000 (Dec 2025)"],
        # cumulative tolls months (or weeks) apart
        ["005-2", "009-2", "about 1,000 wounded (NIS, Dec 19) against about 2,700 (NIS, Jan 13), a cumulative count weeks later"],
        ["006-3", "009-2", "about 1,000 wounded (NIS, as of mid-December) against about 2,700 (NIS, Jan 13)"],
        ["006-1", "011-4", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025), four months apart"],
        ["006-1", "014-3", "about 1,100 casualties (Dec 2024) against about 6,000 (Sep 2025)"],
        ["011-4", "014-3", "about 4,700 casualties (NIS, Apr 2025) against about 6,000 (UK, Sep 2025)"],
        ["009-1", "011-5", "about 300 killed (NIS, Jan 2025) against about 600 (NIS, Apr 2025)"],
        ["009-1", "014-2", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025)"],
        ["011-5", "014-2", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
