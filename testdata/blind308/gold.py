#!/usr/bin/env python3
"""Labels for blind308 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind308: fifteen articles written for crosscheck in our own words about the "
         "real story's reporting (October 2024 - December 2025), labelled blind. Same schema as corpus/gold.json; "
         "see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency", "Lee Seong-kweun"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine"]
PENT = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "U.S.", "US"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "South Korean military", "South Korea's military"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "some 1,500 soldiers from the North's special forces were ferried from the port of Chongjin", False),
        ("troops", "north_korea", 200, 900, "vague", NIS,
         "Hundreds of North Korean military engineers and technicians were already believed to be in Russian-occupied parts of eastern Ukraine", True),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "There are already 11,000 soldiers from North Korea in the Kursk region", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers sent to fight for Russia have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "Around 1,000 others have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS,
         "that puts North Korean casualties at roughly 1,100", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "Of the roughly 11,000 North Korean soldiers in Russia", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
         "Over 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 11000, 12000, "range",
         ["Ukrainian and Western intelligence", "Ukrainian intelligence", "Western intelligence", "Ukraine"],
         "North Korea sent an estimated 11,000-12,000 troops to Russia this fall", False),
        ("killed", "north_korea", 50, None, "exact",
         ["Special Operations Forces", "Ukraine's Special Operations Forces", "SSO", "Ukraine"],
         "they had killed 50 North Korean soldiers over three days of fighting", False),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "some 2,700 wounded fighting for Russia", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "put the total at some 3,000", False),
        ("casualties", "north_korea", 3800, None, "more_than", ZEL,
         "North Korean losses in Kursk – killed and wounded together – had now passed 3,800", False),
        ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrainian forces"],
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
    ],
    "006": [
        ("troops", "north_korea", 10000, None, "more_than", PENT,
         "the more than 10,000 North Korean soldiers that were sent to eastern Russia", False),
        ("troops", "north_korea", 8000, None, "more_than", PENT,
         "Upwards of 8,000 is the number I can give you right now", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has dispatched some three thousand additional soldiers to Russia since January", False),
        ("troops", "north_korea", 10000, 12000, "range",
         ["South Korean, Ukrainian and U.S. officials", "officials", "South Korea", "Ukraine", "U.S.", "United States"],
         "Pyongyang sent between 10,000 and 12,000 troops last autumn", False),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", JCS,
         "Roughly 4,700 North Korean soldiers have been killed or wounded since they entered combat last year", False),
        ("killed", "north_korea", 600, None, "about", JCS,
         "including about 600 dead", False),
        ("troops", "north_korea", 15000, None, "about", JCS,
         "Of the roughly 15,000 troops the North has sent to Russia in total", False),
        ("troops", "north_korea", 2000, 9999, "vague", JCS,
         "several thousand remain in the Kursk region", True),
    ],
    "012": [
        ("troops", "north_korea", 11000, 12000, "range", ["unattributed"],
         "North Korea is believed to have sent 11,000 to 12,000 soldiers to Kursk last autumn", False),
        ("killed", "north_korea", 600, None, "about", JCS,
         "South Korea's military says about 600 of them have been killed", False),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS,
         "Around 2,000 North Korean soldiers have died fighting alongside Russian forces against Ukraine", False),
        ("troops", "north_korea", 10000, None, "more_than", ["Seoul", "South Korea"],
         "Pyongyang has sent more than 10,000 soldiers to Russia, mainly to the Kursk region", False),
    ],
    "014": [
        ("troops", "north_korea", 11000, None, "about",
         ["Ukrainian, South Korean and US intelligence", "intelligence agencies", "Ukraine", "South Korea", "US", "United States"],
         "roughly eleven thousand North Korean troops had been moved to Russia", False),
        ("troops", "north_korea", 3000, None, "about", ["Seoul", "South Korea"],
         "A further 3,000 or so followed early in 2025, according to Seoul", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 had been killed", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine", "Ukrainian forces", "BBC"],
         "Two men were captured by Ukrainian forces in January 2025", False),
        ("troops", "north_korea", 14000, 15000, "range", ["South Korea", "South Korean estimate"],
         "Deployed (South Korean estimate): about 14,000-15,000", False),
    ],
}

NOT = {
    "000": ["around 12,000 troops in four brigades", "between Oct. 8 and 13", "Four Russian landing ships and three escort vessels",
            "about 110 kilometers from the North Korean border", "about 90 minutes", "3 dead, 12 injured in Incheon apartment fire",
            "1,368.9 vs. dollar"],
    "001": ["some 50 km from the state border", "More than 26,000 people already support our journalism",
            "12 injured, high-rise damaged", "downs 31 of 40 drones overnight"],
    "003": ["KOSPI 2,435.93", "240mm multiple rocket launchers", "about $2,000 a month for each soldier",
            "W24tr"],
    "004": ["Budanov says 12K North Korean troops expected to join Russian assaults", "15th sanctions package",
            "as little as $5 a month", "Join more than 15,000 members", "40% of the budget for defense"],
    "005": ["one of the men, aged 26", "The other, aged 20", "a rifleman since 2021",
            "shot down 58 of the 94 drones Russia launched overnight", "Debris damaged two houses"],
    "006": ["155mm rounds", "about $4.3 billion in presidential drawdown authority", "155mm shell output at 100,000 a month"],
    "008": ["more than 200 long-range artillery pieces", "Ukraine hands Russia 150 prisoners in latest exchange",
            "Samsung Electronics shares fall 3%"],
    "009": ["Signed: June 19, 2024", "Article 4: immediate military assistance", "trilateral drill involving 3 destroyers",
            "jobless rate rises to 2.5% in March"],
    "012": ["1,000 deminers and 5,000 military construction workers", "his third trip to North Korea in about three months",
            "Tokyo 31°C / 24°C"],
    "013": ["some of the 5,000 military construction troops promised in June", "some 13,000 square metres",
            "Russian strike on Kyiv kills 23, including 4 children"],
    "014": ["6,000 military engineers and deminers would follow", "Pledged engineers and deminers: 6,000",
            "One, 26, said he wanted to go to South Korea", "as much as $20bn", "more than 6,000km",
            "North Korea sends 3K more troops to Russia, Seoul says"],
}

OFF = ["002", "007", "011"]
DUP = {"010": "009"}

conflicts = {
    "must": [
        ["003-3", "004-1", "about 1,100 North Korean casualties (NIS via Lee Seong-kweun, Dec 19) against more than "
         "3,000 killed and wounded (Zelensky, Dec 23): four days apart, different sources"],
        ["005-3", "005-4", "some 3,000 casualties (NIS, Jan 13) against more than 3,800 (Zelensky, same day), in one live blog"],
    ],
    "may": [
        ["000-1", "001-1", "1,500 special forces in the first wave (mid-October) against 11,000 in Kursk three weeks later: a build-up"],
        ["000-1", "006-1", "1,500 in the first wave against more than 10,000 nearly four weeks later"],
        ["000-1", "006-2", "1,500 in the first wave against upwards of 8,000 in Kursk nearly four weeks later"],
        ["000-1", "003-4", "1,500 in October against about 11,000 two months later"],
        ["000-1", "004-2", "1,500 in October against 11,000-12,000 two months later"],
        ["000-1", "008-2", "1,500 in October against 10,000-12,000 'last autumn', months later"],
        ["000-1", "012-1", "1,500 in October 2024 against 11,000-12,000 'last autumn', months later"],
        ["000-1", "013-2", "1,500 in October 2024 against more than 10,000 in all, a year later"],
        ["000-1", "014-1", "1,500 in October 2024 against about eleven thousand, recalled a year later"],
        ["000-1", "009-3", "1,500 in October 2024 against 15,000 in total, months later"],
        ["000-1", "014-5", "1,500 in October 2024 against 14,000-15,000 in total, a year later"],
        ["008-1", "001-1", "an additional 3,000 against 11,000"],
        ["008-1", "003-4", "an additional 3,000 against about 11,000"],
        ["008-1", "004-2", "an additional 3,000 against 11,000-12,000"],
        ["008-1", "006-1", "an additional 3,000 against more than 10,000"],
        ["008-1", "006-2", "an additional 3,000 against upwards of 8,000"],
        ["008-1", "008-2", "an additional 3,000 against the 10,000-12,000 sent last autumn, in one article"],
        ["008-1", "009-3", "an additional 3,000 against 15,000 in total"],
        ["008-1", "012-1", "an additional 3,000 against 11,000-12,000 sent last autumn"],
        ["008-1", "013-2", "an additional 3,000 against more than 10,000"],
        ["008-1", "014-1", "an additional 3,000 against about eleven thousand"],
        ["008-1", "014-5", "an additional 3,000 against 14,000-15,000 in total"],
        ["008-1", "000-1", "an additional 3,000 against the first wave of 1,500, months earlier"],
        ["014-2", "001-1", "a further 3,000 against 11,000"],
        ["014-2", "003-4", "a further 3,000 against about 11,000"],
        ["014-2", "004-2", "a further 3,000 against 11,000-12,000"],
        ["014-2", "006-1", "a further 3,000 against more than 10,000"],
        ["014-2", "006-2", "a further 3,000 against upwards of 8,000"],
        ["014-2", "008-2", "a further 3,000 against 10,000-12,000"],
        ["014-2", "009-3", "a further 3,000 against 15,000 in total"],
        ["014-2", "012-1", "a further 3,000 against 11,000-12,000"],
        ["014-2", "013-2", "a further 3,000 against more than 10,000"],
        ["014-2", "014-1", "a further 3,000 against the first eleven thousand, in one article"],
        ["014-2", "014-5", "a further 3,000 against 14,000-15,000 in total, in one article"],
        ["014-2", "000-1", "a further 3,000 against the first wave of 1,500"],
        ["009-3", "001-1", "15,000 in total (April 2025) against 11,000 (November 2024): months apart, reinforcements since"],
        ["009-3", "003-4", "15,000 in total (April 2025) against about 11,000 (December 2024)"],
        ["009-3", "004-2", "15,000 in total (April 2025) against 11,000-12,000 (December 2024)"],
        ["009-3", "008-2", "15,000 in total against 10,000-12,000 sent in the autumn"],
        ["009-3", "012-1", "15,000 in total against 11,000-12,000 sent 'last autumn'"],
        ["009-3", "014-1", "15,000 in total against the first eleven thousand"],
        ["014-5", "001-1", "14,000-15,000 in total (December 2025) against 11,000 (November 2024)"],
        ["014-5", "003-4", "14,000-15,000 in total against about 11,000 a year earlier"],
        ["014-5", "004-2", "14,000-15,000 in total against 11,000-12,000 a year earlier"],
        ["014-5", "008-2", "14,000-15,000 in total against 10,000-12,000 sent in autumn 2024"],
        ["014-5", "012-1", "14,000-15,000 in total against 11,000-12,000 sent in autumn 2024"],
        ["014-5", "014-1", "14,000-15,000 in total against the first eleven thousand, in one article"],
        ["003-3", "005-4", "about 1,100 (NIS, Dec 19) against more than 3,800 (Zelensky, Jan 13): three and a half weeks apart"],
        ["004-1", "005-3", "more than 3,000 (Zelensky, Dec 23) against some 3,000 (NIS, Jan 13): three weeks apart"],
        ["003-3", "009-1", "about 1,100 (December) against about 4,700 (April): months apart"],
        ["005-3", "009-1", "some 3,000 (January) against about 4,700 (April): months apart, a rising tally"],
        ["005-1", "009-2", "about 300 killed (January) against about 600 (April): months apart"],
        ["005-1", "012-2", "about 300 killed (January) against about 600 (June): months apart"],
        ["005-1", "013-1", "about 300 killed (January) against about 2,000 (September): months apart"],
        ["005-1", "014-3", "about 300 killed (January) against about 2,000 (recalled in December)"],
        ["009-2", "013-1", "about 600 killed (April) against about 2,000 (September): months apart"],
        ["009-2", "014-3", "about 600 killed (April) against about 2,000 (December)"],
        ["012-2", "013-1", "about 600 killed (June) against about 2,000 (September): months apart"],
        ["012-2", "014-3", "about 600 killed (June) against about 2,000 (December)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
