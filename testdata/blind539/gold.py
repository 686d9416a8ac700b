#!/usr/bin/env python3
"""Labels for blind539 (written blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("blind539: fifteen articles written for crosscheck in our own words about the real story's "
         "known reporting on North Korean troops in Russia's Kursk region (October 2024 - December 2025), "
         "labelled blind.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
NIS_PARK = NIS + ["Park Sun-won"]

A = {
    "000": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Oleksandr Syrskyi"],
         "more than 3,000 North Korean servicemen had been killed or injured in the Kursk area", False),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea"],
         "the North Korean units had sustained about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed in action", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "around 1,000 others had been wounded", False),
        ("troops", NK, 10000, 12000, "range", ["unattributed"],
         "North Korea is believed to have sent between 10,000 and 12,000 troops to Russia", False),
    ],
    "002": [
        ("troops", NK, 12000, None, "about", NIS,
         "North Korea has begun moving a force of about 12,000 troops, including special operations units, to Russia", False),
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 North Korean special forces soldiers were carried to Vladivostok aboard Russian navy vessels", False),
    ],
    "003": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "US", "State Department"],
         "About 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", ["Pentagon", "United States", "US", "Defense Department"],
         "North Korea has sent a total of roughly 10,000 soldiers to train in eastern Russia", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "there are now 11,000 North Korean troops in Russia's Kursk Oblast", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "Around 300 North Korean soldiers have died", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "2,700 have been wounded fighting alongside Russian forces", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "his forces had captured two North Korean soldiers in the Kursk region", False),
        ("troops", NK, 12000, None, "up_to", ["US, South Korean and Ukrainian officials", "United States", "US", "South Korea", "Ukraine"],
         "Pyongyang sent up to 12,000 soldiers to Russia last autumn", False),
    ],
    "007": [
        ("killed", NK, 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korean state media", "state media", "North Korea", "Kim Jong Un"],
         "nine soldiers had died during the deployment", False),
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had been killed", False),
        ("casualties", NK, 2000, 9999, "vague", ["Independent analysts", "analysts"],
         "total casualties run to several thousand", True),
    ],
    "009": [
        ("troops", NK, 3000, None, "about", NIS_PARK,
         "Some three thousand additional soldiers are estimated to have been sent in January and February", False),
        ("troops", NK, 11000, None, "about", NIS_PARK,
         "the roughly 11,000 deployed last year", False),
        ("troops", NK, 200, 900, "vague", NIS_PARK,
         "several hundred appear to have been trained as drone operators and artillery spotters", True),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "the two North Korean soldiers captured by Ukraine in January", False),
    ],
    "010": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "Kyiv's losses in the eight-month operation exceeded 76,000 troops", False),
        ("troops", NK, 11000, 12000, "range", ["Seoul and Kyiv", "Seoul", "Kyiv", "South Korea", "Ukraine"],
         "Seoul and Kyiv had estimated the original contingent at 11,000-12,000 soldiers", False),
        ("casualties", NK, 2000, 9999, "vague", ["South Korean intelligence", "South Korea"],
         "several thousand of them have been killed or wounded", True),
    ],
    "012": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "North Korea has suffered some 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "including around 600 killed", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "about 3,000 casualties that the agency reported in January", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "North Korea has sent around 15,000 soldiers to Russia since last October", False),
    ],
    "013": [
        ("killed", NK, 600, None, "about", NIS,
         "around 600 North Korean troops were killed in the fighting", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "out of some 4,700 casualties", False),
    ],
}

NOT = {
    "000": ["240-millimeter multiple rocket launchers", "170-mm self-propelled guns", "Dec 24, 2024 - 12:15",
            "14 North Korea-linked entities", "25 km off west coast", "8.7 tril. yen", "close to three times"],
    "002": ["four brigades", "four landing ships and three escort vessels", "more than 13,000 containers",
            "between Oct. 8 and 13", "paras 4-7", "Oct. 16, 2024"],
    "003": ["hundreds of square miles", "roughly 4,000 miles west of Pyongyang", "Russia launches 43 drones overnight",
            "flight lasting 86 minutes"],
    "004": ["US: 8,000 North Korean troops in Kursk Oblast, fighting expected in coming days", "roughly 800 sq km",
            "on 6 August", "5 November 2024, 08:20"],
    "006": ["born in 2005", "aged 26", "since 2016", "early 20s", "Death toll rises to 24"],
    "007": ["1,000 deminers and 5,000 military construction workers", "120 days", "since 1953", "02:31",
            "1,400 km from border"],
    "009": ["around 220 170-mm self-propelled guns and 240-mm multiple rocket launchers", "24.3 tril. won",
            "Over 70% of Koreans"],
    "010": ["from 8 May until the end of 10 May", "80th anniversary", "at least 30 days", "Article 4",
            "eight-month operation", "a dozen apartment blocks"],
    "012": ["the elite 11th Corps", "about 28 trillion won ($20 billion)", "Kospi rises 0.6%", "cut flights by 10%"],
    "013": ["1,000 sappers", "5,000 military construction workers", "6,000 North Koreans are to be dispatched",
            "third to North Korea in less than three months", "thousands of homes", "eight months of Ukrainian presence"],
}

OFF = ["001", "005", "008", "014"]
DUP = {"011": "003"}

conflicts = {
    "must": [
        ["000-1", "000-2", "more than 3,000 North Korean casualties (Zelensky) against about 1,100 (South Korea's JCS), both given on 23 December 2024, in one article"],
        ["003-1", "004-1", "about 8,000 North Korean troops in Kursk (Blinken, 31 October 2024) against 11,000 in Kursk (Zelenskyy, 4 November), days apart"],
    ],
    "may": [
        # troops: totals weeks or months apart, additional forces, original contingent against total
        ["002-1", "003-2", "about 12,000 (NIS, 18 October) against about 10,000 (Pentagon, late October): close estimates, two weeks apart"],
        ["003-2", "004-1", "about 10,000 in Russia against 11,000 in Kursk, days apart: rounding of similar estimates"],
        ["002-1", "009-2", "12,000 against 11,000 deployed last year, four months apart"],
        ["002-1", "012-4", "12,000 in October 2024 against 15,000 in total by April 2025 (includes reinforcements)"],
        ["003-1", "009-2", "8,000 in Kursk against 11,000 deployed, four months apart"],
        ["003-1", "010-2", "8,000 in Kursk against an original contingent of 11,000-12,000, six months apart"],
        ["003-2", "009-2", "10,000 against 11,000, four months apart"],
        ["003-2", "010-2", "10,000 against 11,000-12,000, six months apart"],
        ["003-2", "012-4", "10,000 in October 2024 against 15,000 in total by April 2025"],
        ["000-5", "012-4", "10,000-12,000 in December against 15,000 in total by April (includes reinforcements)"],
        ["006-4", "012-4", "up to 12,000 last autumn against 15,000 in total by April (includes reinforcements)"],
        ["009-2", "012-4", "11,000 deployed last year against 15,000 in total, two months later"],
        ["010-2", "012-4", "original contingent of 11,000-12,000 against 15,000 in total (includes reinforcements)"],
        ["002-1", "009-1", "an additional 3,000 against the whole force"],
        ["003-1", "009-1", "an additional 3,000 against the whole force"],
        ["003-2", "009-1", "an additional 3,000 against the whole force"],
        ["004-1", "009-1", "an additional 3,000 against the whole force"],
        ["000-5", "009-1", "an additional 3,000 against the whole force"],
        ["006-4", "009-1", "an additional 3,000 against the whole force"],
        ["009-1", "009-2", "an additional 3,000 on top of 11,000, in one sentence"],
        ["009-1", "010-2", "an additional 3,000 against the original contingent"],
        ["009-1", "012-4", "an additional 3,000 against the total"],
        # casualties: cumulative figures rising over months
        ["000-1", "012-3", "more than 3,000 (Zelensky, December) against about 3,000 (NIS, January)"],
        ["000-2", "012-3", "1,100 (December) against 3,000 (January): cumulative rise, weeks apart"],
        ["000-2", "012-1", "1,100 (December 2024) against 4,700 (April 2025): cumulative rise, months apart"],
        ["000-2", "013-2", "1,100 (December 2024) against 4,700 (June 2025): cumulative rise, months apart"],
        ["012-1", "012-3", "4,700 now, up from 3,000 in January: an update, not a conflict"],
        ["012-3", "013-2", "3,000 in January against 4,700 in June: cumulative rise"],
        # killed and wounded: cumulative figures rising over months
        ["006-1", "012-2", "300 killed (January) against 600 (April): cumulative rise"],
        ["006-1", "013-1", "300 killed (January) against 600 (June): cumulative rise"],
        ["006-1", "007-2", "300 killed (January) against 2,000 (September): cumulative rise"],
        ["012-2", "007-2", "600 killed (April) against 2,000 (September): cumulative rise"],
        ["013-1", "007-2", "600 killed (June) against 2,000 (September): cumulative rise"],
        ["000-4", "006-2", "about 1,000 wounded (19 December) against 2,700 (13 January): cumulative rise, weeks apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
