#!/usr/bin/env python3
"""Gold labels for testdata/blind612 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"

PENTAGON = ["Pentagon", "Sabrina Singh", "United States", "U.S.", "US", "Department of Defense"]
HUR = ["HUR", "Ukraine's military intelligence", "military intelligence", "Defence Intelligence of Ukraine", "GUR", "Ukraine"]
NIS_LEE = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "Lee Seong-kweun", "spy agency", "South Korea's spy agency"]
NIS_PARK = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "Park Sun-won", "spy agency", "South Korea's spy agency"]
ZELENSKY = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
SOF = ["Special Operations Forces", "Ukraine's Special Operations Forces", "SSO", "Ukraine"]
SYRSKYI = ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea"]
KCNA = ["KCNA", "Korean Central News Agency", "North Korea", "Pyongyang", "state media", "Kim Jong Un"]

A = {
    "000": [
        ("troops", NK, 10000, None, "about", PENTAGON,
         "North Korea has sent around 10,000 soldiers to train in eastern Russia", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "up to 12,000 North Korean personnel are in Russia preparing for combat", False),
        ("troops", NK, 500, None, "exact", HUR,
         "among them 500 officers", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "more_than", NIS_LEE,
         "More than 10,000 North Korean troops have been deployed to Russia", False),
        ("troops", NK, 200, 900, "vague", NIS_LEE,
         "Officers numbering in the hundreds are thought to have been sent ahead of the main force", True),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ZELENSKY + ["Oleksandr Syrskyi", "Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("killed", NK, 50, None, "exact", SOF,
         "they had killed 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", SOF,
         "wounded 47 over three days of fighting in the region", False),
        ("casualties", RU, 38000, None, "about", SYRSKYI,
         "Russian forces had suffered roughly 38,000 casualties, killed and wounded, in Kursk Oblast", False),
        ("troops", NK, 11000, 12000, "range",
         ["Ukraine", "South Korea", "U.S.", "United States", "intelligence", "Intelligence from Ukraine, South Korea and the U.S."],
         "put the size of the deployment at 11,000-12,000 troops", False),
    ],
    "004": [
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed in combat against Ukrainian forces in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "about 1,000 have been wounded", False),
        ("casualties", NK, 1100, None, "about", NIS_LEE,
         "that comes to some 1,100 casualties", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS_PARK,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_PARK,
         "some 2,700 wounded in the Kursk region", False),
        ("casualties", NK, 3000, None, "about", NIS_PARK,
         "That puts total North Korean casualties at around 3,000", False),
        ("captured", NK, 2, None, "exact", NIS_PARK + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukraine had captured two North Korean soldiers", False),
        ("killed", NK, 1000, None, "more_than", HUR,
         "more than 1,000 North Korean soldiers had been killed in Kursk", False),
    ],
    "007": [
        ("captured", NK, 2, None, "exact", ZELENSKY,
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea is believed to have sent about 11,000 troops", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "Roughly 4,700 North Korean soldiers have been killed or wounded fighting for Moscow", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "about 600 of them have died", False),
        ("troops", NK, 3000, None, "about", NIS_LEE,
         "North Korea sent some three thousand reinforcements in January and February", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than",
         ["Russian Defense Ministry", "Russian Defence Ministry", "Russian Ministry of Defence", "Defense Ministry", "Russia"],
         "Ukrainian troops lost more than 76,000 servicemen killed and wounded", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS_LEE,
         "About 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "the roughly 600 deaths the spy agency reported in April", False),
        ("troops", NK, 2000, 9999, "vague", ["Russian military bloggers"],
         "several thousand North Koreans remain in the Kursk region", True),
        ("troops", NK, 10000, 12000, "range",
         ["U.S.", "United States", "South Korea", "Ukraine", "U.S., South Korean and Ukrainian estimates"],
         "between 10,000 and 12,000 troops sent to Russia", False),
        ("troops", NK, 3000, None, "about", JCS,
         "about 3,000 reinforcements", False),
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "about 4,700 casualties, including some 600 dead", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", KCNA,
         "nine of its soldiers died while clearing landmines in Russia's Kursk region", False),
        ("troops", NK, 1000, None, "about", NIS_LEE,
         "about 1,000 sappers were sent to Kursk", False),
        ("troops", NK, 2000, 9999, "vague", NIS_LEE,
         "several thousand military construction workers", True),
        ("killed", NK, 2000, None, "about", NIS_LEE,
         "about 2,000 North Korean soldiers had been killed in the war in total", False),
    ],
}

NOT = {
    "000": ["Oct. 24, 2024", "Aug. 6", "Oct. 18", "about 500 km (310 miles)", "Article 4", "more than $60 billion",
            "$425 million", "155mm artillery rounds", "Russian glide bombs kill 4 in Kharkiv", "Oil falls 6%",
            "153 per dollar", "S&P 500 5,823.52"],
    "002": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "more than 13,000 shipping containers",
            "around $2,000 a month", "Kakao 14", "Kospi ends at 2,480.63", "50,000 homes near subway stations",
            "10 trillion won", "since 1953"],
    "003": ["$5 a month", "Dec. 17", "Aug. 6", "several hundred square kilometers", "16,000 members",
            "120 km from border", "2 min read"],
    "004": ["11th Corps", "53,100 won", "Dec. 27"],
    "006": ["Jan. 9", "born in 2005", "the other in 1999", "paras 4-7", "14:42 January 13, 2025"],
    "007": ["Russian glide bomb kills two in Zaporizhzhia", "24 Ukrainian drones", "Two people were killed and seven injured",
            "74 drones overnight", "47 were shot down", "27 were lost to electronic jamming", "death toll rises to 11",
            "The 10 best winter walks"],
    "010": ["April 26", "about $20 billion", "Ukraine says 2 killed in Russian drone attack on Odesa", "4:55 PM GMT+9"],
    "011": ["1,000 sappers", "5,000 military builders", "one thousand sappers", "five thousand military builders",
            "June 4", "August 6, 2024", "about 1,300 residential buildings", "key rate to 20%",
            "3 injured in drone attack on Rylsk", "December 4, 2024"],
    "012": ["1,000 deminers and 5,000 military construction workers", "1,000 deminers and 5,000 builders pledged",
            "since 1945", "Russia Loses 1,000 Soldiers a Day", "Update 9/5/25"],
    "014": ["120-day mission", "April 2025"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"008": "003"}

ADDITIONAL = "about 3,000 reinforcements are an additional force, not a rival count of the first deployment"
conflicts = {
    "must": [
        ["004-3", "003-1", "some 1,100 casualties (South Korea's NIS via Lee Seong-kweun, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["006-1", "006-5", "about 300 killed (NIS via Park Sun-won, Jan 13) against more than 1,000 killed (Ukraine's military intelligence, the week before), in one article"],
    ],
    "may": [
        ["000-1", "002-1", "about 10,000 (Pentagon, Oct 28) against more than 10,000 (NIS, Nov 20): at the bound, three weeks apart"],
        ["000-1", "003-5", "about 10,000 (Oct 28) against 11,000-12,000 (Dec 23), two months apart"],
        ["000-1", "007-2", "about 10,000 (Oct 28) against about 11,000 (Jan 11), months apart"],
        ["010-3", "000-1", ADDITIONAL], ["010-3", "002-1", ADDITIONAL], ["010-3", "003-5", ADDITIONAL],
        ["010-3", "007-2", ADDITIONAL], ["010-3", "012-4", ADDITIONAL],
        ["012-5", "000-1", ADDITIONAL], ["012-5", "002-1", ADDITIONAL], ["012-5", "003-5", ADDITIONAL],
        ["012-5", "007-2", ADDITIONAL], ["012-5", "012-4", ADDITIONAL + " (same fact box)"],
        ["003-1", "006-3", "more than 3,000 (Zelensky, Dec 23) against around 3,000 (NIS, Jan 13): at the bound, three weeks apart"],
        ["004-3", "010-1", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025): a cumulative figure months later"],
        ["004-3", "012-6", "1,100 casualties (Dec 2024) against 4,700 (the April figure): months apart"],
        ["006-3", "010-1", "around 3,000 casualties (Jan) against 4,700 (Apr): a cumulative figure months later"],
        ["006-3", "012-6", "around 3,000 casualties (Jan) against 4,700 (the April figure): months apart"],
        ["006-1", "010-2", "about 300 killed (Jan) against about 600 (Apr): cumulative, months apart"],
        ["006-1", "012-1", "about 300 killed (Jan) against about 2,000 (Sep): cumulative, months apart"],
        ["006-1", "012-2", "about 300 killed (Jan) against about 600 (the April figure): months apart"],
        ["006-1", "014-4", "about 300 killed (Jan) against about 2,000 (Sep estimate): months apart"],
        ["006-5", "010-2", "more than 1,000 killed (Ukraine, Jan) against about 600 (NIS, Apr): months apart"],
        ["006-5", "012-2", "more than 1,000 killed (Ukraine, Jan) against about 600 (NIS's April figure): months apart"],
        ["010-2", "012-1", "about 600 killed (Apr) against about 2,000 (Sep): cumulative, months apart"],
        ["010-2", "014-4", "about 600 killed (Apr) against about 2,000 (Sep estimate): months apart"],
        ["012-2", "012-1", "the April figure of 600 dead restated beside September's 2,000: an update"],
        ["012-2", "014-4", "600 dead (April figure) against about 2,000 (Sep estimate): months apart"],
    ],
}

about = ("Gold labels for testdata/blind612: fifteen articles written and labelled blind, in the format of "
         "testdata/corpus (see its README.md for the meaning of every field and how output is scored).")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
