#!/usr/bin/env python3
"""Gold labels for testdata/blind353 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind353: fifteen articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025). Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md for what counts as a claim and a conflict.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
USSD = ["US State Department", "State Department", "United States", "US", "Washington"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "the North shipped about 1,500 special operations troops from areas near the northeastern port of Chongjin to Vladivostok", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", USSD,
         "about 10,000 North Korean soldiers had been sent to Russia's east", False),
        ("troops", NK, 8000, None, "about", USSD,
         "roughly 8,000 of them had since moved to the Kursk region", False),
        ("troops", NK, 10000, 12000, "range",
         ["Intelligence services in Kyiv and Seoul", "Kyiv", "Seoul", "Ukraine", "South Korea", "Ukrainian intelligence", "South Korean intelligence"],
         "Intelligence services in Kyiv and Seoul have given a total of between 10,000 and 12,000 for the whole contingent", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "Around 1,100 North Korean soldiers have been killed or wounded in clashes with Ukrainian forces in Russia's Kursk region", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had died in combat", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "about 1,000 had been wounded", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the roughly 11,000 North Korean troops believed to be stationed in Russia", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Syrskyi", "Ukraine"],
         "More than three thousand North Korean servicemen have been killed or wounded in Kursk Oblast", False),
        ("killed", NK, 21, None, "exact", ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
         "in a single engagement near the village of Plekhovo its operators killed 21 North Korean soldiers", False),
    ],
    "006": [
        ("casualties", NK, 4000, None, "about", ["HUR", "Andriy Yusov", "Ukraine's military intelligence", "Ukraine"],
         "some 4,000 North Korean soldiers had been killed or wounded since they were first thrown into combat in early December", False),
        ("killed", NK, 300, None, "about", NIS_LEE,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "have been killed and 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "roughly 3,000 casualties in all", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "Ukrainian soldiers had captured two North Korean soldiers in the Kursk region", False),
        ("killed", NK, 200, 900, "vague", ["Ukraine's special operations forces", "special operations forces", "Ukraine"],
         "hundreds of North Korean soldiers had been killed in fighting around the villages of Plekhovo, Vorobzha and Martynovka", True),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has sent some three thousand additional soldiers to Russia", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the eleven thousand or so troops Pyongyang dispatched last autumn", False),
        ("troops", NK, 2000, 9999, "vague", NIS,
         "Several thousand North Korean soldiers are believed to be at or near the front line now", True),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "Around 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "including roughly 600 deaths", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "Of the roughly 15,000 troops North Korea has sent to Russia since October", False),
    ],
    "010": [
        ("casualties", NK, 6000, None, "more_than",
         ["Britain's Defense Ministry", "UK Ministry of Defence", "British Defence Ministry", "Britain", "UK"],
         "North Korean forces had suffered more than 6,000 casualties since they were first committed to battle in the region", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS + ["Yonhap"],
         "About 2,000 North Korean soldiers have died fighting for Russia against Ukraine", False),
        ("troops", NK, 2000, 9999, "vague", NIS + ["Yonhap"],
         "thousands of North Korean soldiers remain in the Kursk region", True),
        ("captured", NK, 2, None, "exact", ["unattributed"],
         "Two North Korean soldiers were captured by Ukrainian forces in January", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "North Korea's state media", "North Korea", "Pyongyang", "Kim Jong Un"],
         "nine of its soldiers died during the mission", False),
        ("troops", NK, 1000, None, "about", ["South Korean intelligence officials", "South Korean intelligence", "South Korea"],
         "around one thousand North Korean engineers were sent to Kursk over the summer", False),
    ],
}

NOT = {
    "000": ["up to 12,000 troops", "its elite 11th Corps", "three escort vessels", "more than 13,000 containers",
            "24 years", "KOSPI closes at 2,593.82", "3 more batches of trash balloons", "1,368.4 per dollar"],
    "002": ["more than 6,000 kilometers from Kursk", "around $2,000 per soldier per month", "the 11th Corps", "Article 4",
            "155mm artillery shells", "RSF attack kills at least 40 in Darfur village", "typhoon death toll climbs to 150"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "at least three villages",
            "Won slides to 1,450 per dollar", "rise by 150 won"],
    "005": ["roughly 800 square kilometres", "about 1,300 at the peak", "Views: 14 327", "Air defence downs 52 of 71 drones overnight",
            "another 90 days", "outages scheduled in 6 oblasts"],
    "006": ["who says he was born in 2005", "the second, 26", "destroyed 49 Ukrainian drones overnight",
            "aid package of about $500m", "death toll rises to 24"],
    "007": ["240mm multiple rocket launchers", "170mm self-propelled howitzers", "a range of about 900 kilometres",
            "August 2024", "Oil falls more than 1%"],
    "009": ["more than 20,000 containers of munitions", "August 2023", "KOSPI ends 0.3% higher at 2,556.61", "2+2 tariff talks"],
    "010": ["1,000 sappers and 5,000 military construction workers", "send 1,000 deminers", "5,000 military builders",
            "more than 400 apartment blocks and private houses", "about 1,200 hectares of farmland",
            "thousands of North Korean laborers", "3.4 Trillion Rubles"],
    "013": ["another 5,000 military construction workers", "Russia Launches 810 Drones"],
    "014": ["for 120 days", "a high of 12 degrees", "a high of minus 2", "17:00 JST"],
}

OFF = ["001", "004", "008", "012"]
DUP = {"011": "003"}

conflicts = {
    "must": [
        ["003-1", "005-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded "
                           "(Zelensky, same day, reported Dec 26): same metric, subject and period, three days apart"],
        ["006-1", "006-4", "some 4,000 casualties (Ukraine's HUR, Andriy Yusov) against roughly 3,000 (NIS via Lee Seong-kweun), "
                           "same live blog, same morning"],
    ],
    "may": [
        # troops: a growing deployment, figures weeks or months apart, an additional force
        ["000-1", "002-1", "1,500 in the first stage (Oct 18) against 10,000 nearly three weeks later: a growing deployment"],
        ["000-1", "002-2", "1,500 first stage (Oct 18) against 8,000 in Kursk (Nov 5)"],
        ["000-1", "002-3", "1,500 first stage (Oct 18) against 10,000-12,000 in all (Nov 5)"],
        ["000-1", "003-4", "1,500 (Oct) against 11,000 (Dec), two months apart"],
        ["000-1", "007-1", "1,500 (Oct 2024) against an additional 3,000 (Feb 2025)"],
        ["000-1", "007-2", "1,500 first stage against 11,000 sent over the autumn, reported months later"],
        ["000-1", "009-3", "1,500 (Oct 2024) against 15,000 in total (Apr 2025)"],
        ["002-1", "003-4", "about 10,000 (Nov 5) against about 11,000 (Dec 23), seven weeks apart"],
        ["002-2", "003-4", "8,000 in Kursk (Nov 5) against 11,000 in Russia (Dec 23)"],
        ["002-1", "007-1", "10,000 against an additional 3,000"],
        ["002-2", "007-1", "8,000 in Kursk against an additional 3,000"],
        ["002-3", "007-1", "10,000-12,000 against an additional 3,000"],
        ["002-1", "007-2", "10,000 (Nov 2024) against 11,000 sent last autumn (Feb 2025), months apart"],
        ["002-2", "007-2", "8,000 in Kursk (Nov 2024) against 11,000 (Feb 2025)"],
        ["002-1", "009-3", "10,000 (Nov 2024) against 15,000 in total (Apr 2025)"],
        ["002-2", "009-3", "8,000 in Kursk (Nov 2024) against 15,000 in total (Apr 2025)"],
        ["002-3", "009-3", "10,000-12,000 (Nov 2024) against 15,000 (Apr 2025)"],
        ["003-4", "007-1", "11,000 against an additional 3,000"],
        ["003-4", "009-3", "11,000 (Dec 2024) against 15,000 (Apr 2025), after reinforcements"],
        ["007-1", "007-2", "an additional 3,000 against the 11,000 sent earlier, same sentence pair"],
        ["007-1", "009-3", "an additional 3,000 against a total of 15,000"],
        ["007-2", "009-3", "11,000 sent last autumn against 15,000 in total two months later, after reinforcements"],
        # casualties: a cumulative figure rising over weeks and months
        ["003-1", "006-1", "1,100 (Dec 23) against 4,000 (Jan 13): three weeks apart, cumulative"],
        ["003-1", "006-4", "1,100 (JCS, Dec 23) against 3,000 (NIS, Jan 13): three weeks apart, cumulative"],
        ["003-1", "009-1", "1,100 (Dec 2024) against 4,700 (Apr 2025), months apart"],
        ["003-1", "010-1", "1,100 (Dec 2024) against more than 6,000 (Jun 2025), months apart"],
        ["005-1", "006-4", "more than 3,000 (Dec 23) against about 3,000 (Jan 13)"],
        ["006-1", "009-1", "4,000 (HUR, Jan) against 4,700 (NIS, Apr), months apart"],
        ["006-1", "010-1", "4,000 (Jan) against more than 6,000 (Jun), months apart"],
        ["006-4", "009-1", "NIS update: about 3,000 in January, about 4,700 in April (a later rise, not a conflict)"],
        ["006-4", "010-1", "3,000 (Jan) against more than 6,000 (Jun), months apart"],
        ["009-1", "010-1", "4,700 (NIS, Apr 30) against more than 6,000 (UK MoD, Jun), seven weeks apart"],
        # killed and wounded: cumulative figures rising
        ["006-2", "009-2", "NIS update: about 300 killed in January, about 600 in April"],
        ["006-2", "013-1", "about 300 killed (Jan) against about 2,000 (Sep), months apart"],
        ["009-2", "013-1", "NIS update: about 600 killed in April, about 2,000 in September"],
        ["003-3", "006-3", "about 1,000 wounded (NIS, Dec 19) against 2,700 (NIS, Jan 13): cumulative, nearly four weeks apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
