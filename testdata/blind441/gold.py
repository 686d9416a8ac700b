#!/usr/bin/env python3
"""Gold labels for testdata/blind441 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind441: fifteen articles written in our own words about the real story's "
         "known reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
HUR = ["Defense Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukrainian intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "North Korea is in the process of sending about 12,000 soldiers, including special operations forces, to Russia", False),
        ("troops", NK, 1500, None, "about", NIS,
         "carried some 1,500 special operations personnel from ports near Chongjin, Hamhung and Musudan to Vladivostok", False),
    ],
    "002": [
        ("troops", NK, 10000, 12000, "range", HUR,
         "Pyongyang had moved between 10,000 and 12,000 troops to Russia", False),
        ("troops", NK, 10000, None, "about", ["Pentagon", "United States", "U.S. Department of Defense", "US"],
         "roughly ten thousand of them had reached Kursk Oblast", False),
        ("troops", NK, 500, None, "exact", HUR,
         "the contingent includes 500 officers", False),
        ("troops", NK, 2000, 9999, "vague", HUR,
         "several thousand North Koreans have been moved up to positions close to the line of contact", True),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers have been killed in combat against Ukrainian forces in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "nearly 1,000 more have been wounded", False),
        ("troops", NK, 11000, None, "about", NIS + ["Lee Seong-kweun"],
         "which the agency believes numbers around 11,000", False),
        ("captured", NK, 1, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least one North Korean soldier was believed to have been taken prisoner by Ukrainian forces", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Ukraine"],
         "Over 3,000 North Korean servicemen have been killed or wounded in Kursk Oblast", False),
        ("troops", NK, 12000, None, "up_to",
         ["Ukrainian and South Korean intelligence", "Ukrainian intelligence", "South Korean intelligence", "Ukraine", "South Korea"],
         "North Korea has sent up to 12,000 troops to help Russia", False),
        ("killed", NK, 20, 99, "vague", ["Special Operations Forces", "SSO", "Ukraine"],
         "its operators had killed several dozen North Korean soldiers", True),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "roughly 1,100 North Korean soldiers have become casualties in fighting with Ukrainian forces", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS + ["Park Sun-won"],
         "About 300 North Korean soldiers sent to fight for Russia have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Park Sun-won"],
         "roughly 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "two North Korean soldiers had been captured alive by Ukrainian forces", False),
        ("troops", NK, 11000, None, "about", ["South Korean and Ukrainian estimates", "South Korea", "Ukraine"],
         "North Korea is believed to have deployed about 11,000 troops to Russia", False),
    ],
    "007": [
        ("killed", NK, 1000, None, "about", HUR,
         "roughly a thousand North Korean soldiers have been killed in Russia's Kursk region", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "North Korean losses are close to 4,000", False),
        ("captured", NK, 2, None, "exact", ["Security Service of Ukraine", "SBU", "Ukraine"],
         "The two North Korean soldiers captured in the region on Jan. 9", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has sent roughly 3,000 additional soldiers to Russia since the start of the year", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the 11,000 or so troops that Pyongyang dispatched to Russia in October and November", False),
        ("troops", NK, 14000, None, "about", ["unattributed", "Newsweek"] + NIS,
         "some fourteen thousand North Korean personnel have been sent to fight for Moscow since the autumn", False),
        ("casualties", NK, 2000, 9999, "vague", ["Western officials"],
         "several thousand of the original contingent have been killed or wounded", True),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "About 4,700 North Korean soldiers have been killed or wounded while fighting for Russia against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
         "including some 600 who died", False),
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "up from roughly 3,000 dead and wounded in its January assessment", False),
        ("troops", NK, 15000, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korea has sent about 15,000 troops to Russia", False),
    ],
    "012": [
        ("troops", NK, 14000, None, "about", ["unattributed"],
         "North Korea is estimated to have sent about 14,000 soldiers to Russia since last year", False),
        ("killed", NK, 600, None, "about", ["South Korean officials", "South Korea"],
         "about 600 of them have died in combat in the Kursk region", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea", "Pyongyang"],
         "Nine of the engineers were killed during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "some two thousand North Korean soldiers had died fighting in Russia", False),
        ("killed", NK, 600, None, "about", NIS,
         "up from about 600 in the spring", False),
    ],
}

NOT = {
    "000": ["Four Russian amphibious landing ships and three escort vessels", "the 11,800-ton landing ship",
            "more than 13,000 containers of artillery shells", "about 100 kilometers north of Vladivostok",
            "between Oct. 8 and 13", "since 1990", "Won closes at 1,368.2 against dollar",
            "2 injured in apartment fire in Incheon", "25 basis points"],
    "002": ["60mm mortars", "170mm Koksan self-propelled guns", "240mm multiple rocket launchers",
            "around $2,000 a month", "roughly 700 square kilometers", "Russia launches 96 drones overnight, 62 shot down",
            "$5 a month", "6 min read"],
    "003": ["Won falls to 1,450 against dollar for first time in 15 years", "Dec. 27",
            "Samsung to cut 10 percent of overseas staff"],
    "004": ["52 of the 78 Shahed-type attack drones", "Another 24 drones", "177 combat clashes", "49 of them",
            "up to 4 hours at a time", "seven oblasts", "from 100 UAH"],
    "005": ["born in 2005", "aged 26", "one soldier was found to have tried to blow himself up",
            "1st launch of 2025", "60th year of normalization", "157 range against dollar"],
    "007": ["a 26-year-old rifleman", "the more than 1,000-kilometer front line", "Russia Loses 1,800 Troops in a Day",
            "1,000 Days of Full-Scale War", "2 Captured North Koreans Could Be Swapped", "3 min read"],
    "008": ["170mm self-propelled howitzers", "240mm multiple rocket launchers", "412 comments",
            "Russia Lost 1,200 Soldiers in 24 Hours"],
    "010": ["The treaty's Article 4", "millions of rounds of ammunition", "4:45 PM GMT+9"],
    "012": ["6,000 military personnel", "1,000 sappers for demining work", "5,000 military construction workers",
            "Watch video 1:48", "38,536, up 225 points"],
    "014": ["worked for 120 days", "from just $2", "$1 = 79.12 rubles"],
}

OFF = ["001", "006", "009", "013"]
DUP = {"011": "010"}

conflicts = {
    "must": [
        ["004-1", "004-4", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), same day, same live blog"],
        ["005-1", "007-1", "about 300 killed (NIS, Jan 13) against roughly a thousand killed (Ukraine's HUR, Jan 16), three days apart"],
    ],
    "may": [
        # casualties: cumulative figures weeks or months apart
        ["004-4", "007-2", "1,100 casualties (Dec 23) against close to 4,000 (Jan 16), three weeks apart"],
        ["004-4", "010-1", "1,100 casualties (Dec) against 4,700 (Apr), months apart"],
        ["004-4", "010-3", "1,100 casualties (Dec) against 3,000 in January (published Apr)"],
        ["004-1", "010-3", "more than 3,000 (Dec) against roughly 3,000 in January: bound arguably satisfied"],
        ["007-2", "010-1", "close to 4,000 (Jan) against 4,700 (Apr), months apart"],
        ["007-2", "010-3", "close to 4,000 (HUR, Jan) against roughly 3,000 for January (NIS, published Apr)"],
        # wounded
        ["003-2", "005-2", "nearly 1,000 wounded (Dec 19) against 2,700 (Jan 13), cumulative NIS update weeks apart"],
        # killed: cumulative figures months apart
        ["005-1", "010-2", "300 killed (Jan) against 600 (Apr), NIS update"],
        ["005-1", "012-2", "300 killed (Jan) against 600 (Jun)"],
        ["005-1", "014-2", "300 killed (Jan) against 2,000 (Dec article)"],
        ["005-1", "014-3", "300 killed (Jan) against 600 in the spring (Dec article)"],
        ["007-1", "010-2", "about 1,000 killed (Jan) against 600 (Apr), months apart"],
        ["007-1", "012-2", "about 1,000 killed (Jan) against 600 (Jun)"],
        ["007-1", "014-2", "about 1,000 killed (Jan) against 2,000 (Dec article)"],
        ["007-1", "014-3", "about 1,000 killed (Jan) against 600 in the spring"],
        ["010-2", "014-2", "600 killed (Apr) against 2,000 (Dec article), cumulative"],
        ["012-2", "014-2", "600 killed (Jun) against 2,000 (Dec article), cumulative"],
        # troops: totals before and after reinforcements, Kursk subset against the whole, additional force
        ["000-1", "002-2", "12,000 sent to Russia against 10,000 in Kursk, three weeks apart"],
        ["000-1", "008-3", "12,000 (Oct) against 14,000 after reinforcements (Feb)"],
        ["000-1", "010-4", "12,000 (Oct) against 15,000 in all (Apr)"],
        ["000-1", "012-1", "12,000 (Oct) against 14,000 (Jun)"],
        ["000-1", "008-2", "12,000 (Oct) against 11,000 originally sent (Feb)"],
        ["002-1", "008-3", "10,000-12,000 (Nov) against 14,000 (Feb)"],
        ["002-1", "010-4", "10,000-12,000 (Nov) against 15,000 (Apr)"],
        ["002-1", "012-1", "10,000-12,000 (Nov) against 14,000 (Jun)"],
        ["002-2", "008-3", "10,000 in Kursk (Nov) against 14,000 (Feb)"],
        ["002-2", "010-4", "10,000 in Kursk (Nov) against 15,000 (Apr)"],
        ["002-2", "012-1", "10,000 in Kursk (Nov) against 14,000 (Jun)"],
        ["003-3", "008-3", "11,000 (Dec) against 14,000 (Feb)"],
        ["003-3", "010-4", "11,000 (Dec) against 15,000 (Apr)"],
        ["003-3", "012-1", "11,000 (Dec) against 14,000 (Jun)"],
        ["004-2", "008-3", "up to 12,000 (Dec) against 14,000 (Feb)"],
        ["004-2", "010-4", "up to 12,000 (Dec) against 15,000 (Apr)"],
        ["004-2", "012-1", "up to 12,000 (Dec) against 14,000 (Jun)"],
        ["005-4", "008-3", "11,000 (Jan) against 14,000 (Feb)"],
        ["005-4", "010-4", "11,000 (Jan) against 15,000 (Apr)"],
        ["005-4", "012-1", "11,000 (Jan) against 14,000 (Jun)"],
        ["008-2", "010-4", "11,000 originally sent against 15,000 in all (Apr)"],
        ["008-2", "012-1", "11,000 originally sent against 14,000 (Jun)"],
        ["008-3", "010-4", "about 14,000 (Feb) against about 15,000 (Apr)"],
        ["010-4", "012-1", "about 15,000 (Apr) against about 14,000 (Jun)"],
        ["008-1", "000-1", "an additional 3,000 against 12,000"],
        ["008-1", "002-1", "an additional 3,000 against 10,000-12,000"],
        ["008-1", "002-2", "an additional 3,000 against 10,000 in Kursk"],
        ["008-1", "003-3", "an additional 3,000 against 11,000"],
        ["008-1", "004-2", "an additional 3,000 against up to 12,000"],
        ["008-1", "005-4", "an additional 3,000 against 11,000"],
        ["008-1", "010-4", "an additional 3,000 against 15,000 in all"],
        ["008-1", "012-1", "an additional 3,000 against 14,000"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
