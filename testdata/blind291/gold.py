#!/usr/bin/env python3
"""Gold labels for testdata/blind291 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind291 articles in articles/, written and labelled blind. "
         "See testdata/corpus/README.md for the meaning of every field and how output is scored.")

HUR = ["Kyrylo Budanov", "Budanov", "Defense Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]
ZEL = ["Volodymyr Zelenskyy", "Zelenskyy", "Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 11000, None, "about", HUR,
         "North Korea is training about eleven thousand infantrymen at military ranges in Russia's Far East", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "roughly 500 officers", False),
    ],
    "002": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has sent around 3,000 troops to Russia so far", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "with at least 100 killed in action", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 1,000 others have been wounded", False),
        ("troops", "north_korea", 11000, None, "about", NIS + ["Lee Seong-kweun"],
         "the roughly 11,000-strong contingent", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
         "an estimated 1,100 North Korean troops had been killed or wounded", False),
        ("casualties", "north_korea", 200, 900, "vague", ["Pentagon", "US officials", "United States", "US"],
         'North Korean units had suffered "several hundred" casualties', True),
        ("troops", "north_korea", 11000, 12000, "range", ["unattributed"],
         "Pyongyang is thought to have sent 11,000 to 12,000 soldiers to Russia", False),
    ],
    "006": [
        ("captured", "north_korea", 2, None, "exact", ZEL + ["Security Service of Ukraine", "SBU"],
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk Oblast", False),
        ("casualties", "north_korea", 3800, None, "more_than", ZEL,
         "North Korean troops killed and wounded in Kursk now number more than 3,800", False),
        ("troops", "north_korea", 10000, 12000, "range", ["Kyiv", "Seoul", "Ukraine", "South Korea", "intelligence from Kyiv and Seoul"],
         "North Korea is estimated to have sent between 10,000 and 12,000 soldiers to Russia", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 300 North Korean soldiers have died", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 have been wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Lee Seong-kweun"],
         "two North Korean soldiers had been taken prisoner by Ukraine", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has dispatched roughly 3,000 additional soldiers to Russia since January", False),
        ("casualties", "north_korea", 4000, None, "about", NIS + ["Yonhap", "Yonhap News Agency"],
         "North Korean troops have now suffered about 4,000 casualties", False),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 4,700 North Korean troops have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 600 dead", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "Pyongyang had sent thousands of troops to Russia last year", True),
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia", "Russian General Staff"],
         "Ukraine had lost more than 76,000 troops", False),
    ],
    "012": [
        ("killed", "north_korea", 600, None, "about", NIS + ["South Korea's intelligence agency"],
         "about 600 North Korean soldiers have been killed there", False),
    ],
    "014": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
         "An estimated two thousand North Korean soldiers have died in the fighting", False),
    ],
}

NOT = {
    "000": ["about 1.28 million active personnel", "roughly 9,000 kilometers", "five training grounds",
            "Russian Losses Top 684,000", "With 20 Drones", "UAH/USD 41.23", "214 comments", "June 19, 2024"],
    "002": ["some 10,000 by December", "11th Army Corps", "more than 13,000 containers", "paras 5-7",
            "KOSPI closes at 2,599.62"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "1,450 per dollar",
            "world's 12th-largest carrier", "Dec. 27"],
    "004": ["52 of the 72 drones", "a further 20 lost to electronic jamming", "€4.1bn", "more than €16bn",
            "the top 50 shows"],
    "006": ["born in 2005", "aged 26", "Jan. 9", "injures 13, including two children", "3 min read"],
    "007": ["Updated 2 hours ago"],
    "008": ["about 200 long-range artillery pieces", "Russia Loses 1,500 Soldiers in a Day", "KN-23 and KN-24"],
    "010": ["eight-month incursion", "billions of dollars"],
    "012": ["1,000 sappers", "5,000 military construction workers",
            "thousands of military engineers and construction workers", "June 19 last year",
            "60 years of diplomatic ties", "Watch video 01:24"],
    "014": ["80th anniversary", "Aug. 21", "12% rise in defense spending", "3 million foreign tourists",
            "5-day strike", "56% in Gallup poll"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"011": "010"}

conflicts = {
    "must": [
        ["000-1", "002-1", "about 11,000 North Korean troops training in Russia (Ukraine's HUR, Oct 18) against "
                           "about 3,000 sent so far (South Korea's NIS, Oct 23), five days apart"],
        ["004-1", "004-2", "more than 3,000 killed or wounded (Zelenskyy) against about 1,100 (South Korea's JCS), "
                           "same day, same live blog"],
    ],
    "may": [
        ["002-1", "003-3", "3,000 sent (Oct 23) against an 11,000-strong contingent two months later; the NIS expected growth"],
        ["002-1", "004-4", "3,000 (Oct 23) against 11,000-12,000 two months later"],
        ["002-1", "006-3", "3,000 (Oct 23) against 10,000-12,000 almost three months later"],
        ["008-1", "000-1", "an additional 3,000 against the original 11,000, four months apart"],
        ["008-1", "003-3", "an additional 3,000 against the 11,000-strong contingent"],
        ["008-1", "004-4", "an additional 3,000 against 11,000-12,000"],
        ["008-1", "006-3", "an additional 3,000 against 10,000-12,000"],
        ["004-3", "004-1", "vague 'several hundred' a week earlier (Pentagon) against more than 3,000"],
        ["004-3", "004-2", "vague 'several hundred' a week earlier (Pentagon) against about 1,100"],
        ["004-3", "006-2", "vague 'several hundred' against more than 3,800, a month apart"],
        ["004-3", "008-2", "vague 'several hundred' against about 4,000, two months apart"],
        ["004-3", "010-1", "vague 'several hundred' against about 4,700, four months apart"],
        ["004-2", "006-2", "about 1,100 (Dec 23) against more than 3,800 (Jan 12): cumulative losses, three weeks apart"],
        ["004-2", "008-2", "about 1,100 (Dec) against about 4,000 (Feb): cumulative, two months apart"],
        ["004-2", "010-1", "about 1,100 (Dec) against about 4,700 (Apr): cumulative, four months apart"],
        ["008-2", "010-1", "about 4,000 (Feb) against about 4,700 (Apr), same agency, cumulative update"],
        ["003-2", "007-2", "about 1,000 wounded (Dec 19) against about 2,700 (Jan 13), same agency, cumulative update"],
        ["007-1", "010-2", "about 300 killed (Jan) against about 600 (Apr), same agency, cumulative update"],
        ["007-1", "012-1", "about 300 killed (Jan) against about 600 (Jun), cumulative"],
        ["007-1", "014-1", "about 300 killed (Jan) against about 2,000 (Sep), cumulative"],
        ["010-2", "014-1", "about 600 killed (Apr) against about 2,000 (Sep), cumulative"],
        ["012-1", "014-1", "about 600 killed (Jun) against about 2,000 (Sep), cumulative"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
