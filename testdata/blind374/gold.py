#!/usr/bin/env python3
"""Gold labels for testdata/blind374 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind374 articles in articles/, written and labelled blind. "
         "See testdata/corpus/README.md for the meaning of every field and how output is scored.")

KIRBY = ["John Kirby", "Kirby", "White House", "United States", "US", "U.S."]
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "lawmakers", "legislators"]
NIS_LEE = ["National Intelligence Service", "NIS", "South Korea", "Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Volodymyr Zelenskiy", "Zelensky", "Zelenskiy", "President of Ukraine", "Ukraine"]
BUDANOV = ["Kyrylo Budanov", "Budanov", "HUR", "military intelligence", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "military intelligence", "Ukraine"]
SKW = ["South Korean and Western intelligence", "South Korea", "Western intelligence"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "at_least", KIRBY,
         "at least 3,000 North Korean soldiers were moved into eastern Russia", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "About 3,000 troops had already arrived in Russia", False),
        ("troops", "north_korea", 10000, None, "up_to", ZEL + ["Ukrainian intelligence"],
         "put the number of North Korean personnel now inside Russia at up to 10,000", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "about", BUDANOV,
         "Some eleven thousand North Korean soldiers have now been moved into Russia's Kursk Oblast", False),
        ("troops", "north_korea", 500, None, "about", ["HUR", "military intelligence", "Ukraine"],
         "around 500 officers are among the North Korean contingent", False),
        ("troops", "russia", 45000, None, "about", ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "Russia has meanwhile concentrated roughly 45,000 of its own troops in the region", False),
    ],
    "002": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "North Korean soldiers sent to help Russia in its war with Ukraine are estimated to have suffered around 1,100 casualties", False),
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"] + JCS,
         "North Korea is believed to have sent around 11,000 troops to Russia", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "more than three thousand North Korean servicemen have already been killed or wounded in Russia's Kursk region", False),
        ("casualties", "north_korea", 30, None, "at_least", HUR,
         "North Korean units suffered at least 30 casualties, dead and wounded", False),
    ],
    "005": [
        ("killed", "north_korea", 1000, None, "more_than", BUDANOV,
         "put the number of North Korean soldiers killed in Kursk at well over a thousand", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "the two North Korean soldiers captured by its forces in Kursk", False),
        ("casualties", "north_korea", 3000, None, "more_than", NIS_LEE,
         "North Korean troops fighting for Russia have now suffered more than 3,000 casualties", False),
        ("killed", "north_korea", 300, None, "about", NIS_LEE, "some 300 dead", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE, "roughly 2,700 wounded", False),
    ],
    "006": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has sent some three thousand more soldiers to Russia since the start of the year", False),
        ("casualties", "north_korea", 200, 999, "vague", ["Kyiv", "Ukraine"],
         "the North Koreans lost hundreds of men", True),
        ("casualties", "ukraine", 60000, None, "more_than", ["Defense Ministry", "Russian Defense Ministry", "Russia"],
         "Ukraine has lost more than 60,000 troops killed and wounded in the Kursk region", False),
    ],
    "008": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "Ukraine had lost more than 76,000 troops killed and wounded in the region", False),
        ("troops", "north_korea", 14000, None, "about", ["unattributed"],
         "An estimated 14,000 North Korean soldiers have been sent to Russia since last autumn", False),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "North Korean troops dispatched to Russia have suffered around 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE, "some 600 of them killed", False),
    ],
    "011": [
        ("troops", "north_korea", 11000, 12000, "range", SKW,
         "numbered between 11,000 and 12,000 soldiers", False),
        ("troops", "north_korea", 3000, None, "about", ["unattributed"] + SKW,
         "Around 3,000 more were dispatched at the start of this year", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Britain's Ministry of Defence", "Ministry of Defence", "UK", "Britain"],
         "the North Korean force had suffered more than 6,000 casualties", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine also holds two North Korean prisoners of war", False),
    ],
    "012": [
        ("killed", "north_korea", 2000, None, "about", NIS,
         "About 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("troops", "north_korea", 1000, None, "about", NIS,
         "about 1,000 North Korean military engineers had been sent to Kursk this summer", False),
        ("troops", "north_korea", 2000, 9999, "vague", NIS,
         "several thousand North Korean troops remained in the region", True),
    ],
}

NOT = {
    "000": ["a total of 10,000 by December", "about $2,000 a month", "as early as Oct. 27 or 28",
            "Delegations from 36 countries", "the three-day gathering", "Boeing's 33,000 striking machinists",
            "Oil edges up 1%", "7.12 per dollar"],
    "001": ["about 1,300 square kilometers", "on Aug. 6", "Join the 15,000 members",
            "Russia has lost 702,230 troops in Ukraine since Feb. 24, 2022", "a small group", "3 min read"],
    "002": ["ADDS details in paras 5-7", "the 11th Army Corps", "240-mm multiple rocket launchers",
            "170-mm self-propelled guns", "The pact took effect on Dec. 4", "passes with 204 votes",
            "exports up 1.4 pct in first 20 days of December", "tops iTunes charts in 80 countries",
            "Won falls to 15-year low"],
    "003": ["three villages in the Kursk region", "on December 14 and 15", "injures 12, including two children",
            "USD 41.61", "23.12.2024 16:05"],
    "005": ["destroyed 49 Ukrainian drones overnight", "aged 20 and 26", "Man, 34, charged",
            "closed M6 for nine hours", "doubled in 20 years", "nearly three times the estimate", "12.41 GMT"],
    "006": ["in August 2024", "under 500 square kilometers", "for as little as $2", "Key Rate at 21%",
            "Rise 10% From March"],
    "008": ["Watch video 1:48", "closes at 35,839", "falls by record 898,000", "two days after"],
    "009": ["hundreds of millions of dollars", "Kim Jong-un, 41", "the May 9 Victory Day celebrations",
            "KOSPI 2,556.61", "primary with 89.8%"],
    "011": ["1,000 deminers", "5,000 military builders",
            "thousands of military engineers and construction workers", "about 80 bridges",
            "third trip to the North Korean capital"],
    "012": ["more than three times the death toll it gave in April",
            "3 killed as Russian drones hit Odesa apartment block", "Copyright 2025"],
}

OFF = ["004", "007", "013", "014"]
DUP = {"010": "003"}

conflicts = {
    "must": [
        ["002-1", "003-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["005-1", "005-4", "more than a thousand North Korean soldiers killed (Budanov) against about 300 killed (NIS via Lee Seong-kweun), in the same live blog on the same day"],
    ],
    "may": [
        ["000-2", "001-1", "about 3,000 arrived (NIS, Oct 24) against some 11,000 in Kursk (Budanov, Nov 5): a deployment still under way"],
        ["000-3", "001-1", "up to 10,000 (Zelenskiy, Oct 24) against some 11,000 (Budanov, Nov 5): a deployment still under way"],
        ["000-2", "002-3", "about 3,000 in October against about 11,000 in December"],
        ["000-3", "002-3", "up to 10,000 in October against about 11,000 in December"],
        ["000-2", "008-2", "about 3,000 in October 2024 against about 14,000 in total in April 2025"],
        ["000-3", "008-2", "up to 10,000 in October 2024 against about 14,000 in total in April 2025"],
        ["000-2", "011-1", "about 3,000 in October 2024 against a first contingent of 11,000-12,000, months later"],
        ["000-3", "011-1", "up to 10,000 in October 2024 against a first contingent of 11,000-12,000, months later"],
        ["001-1", "006-1", "11,000 against some 3,000 more (an additional force)"],
        ["002-3", "006-1", "11,000 against some 3,000 more (an additional force)"],
        ["001-1", "008-2", "11,000 in November against 14,000 in total, including reinforcements, in April"],
        ["002-3", "008-2", "11,000 in December against 14,000 in total, including reinforcements, in April"],
        ["001-1", "011-2", "11,000 against around 3,000 more (an additional force)"],
        ["002-3", "011-2", "11,000 against around 3,000 more (an additional force)"],
        ["006-1", "008-2", "some 3,000 more (additional) against 14,000 in total"],
        ["006-1", "011-1", "some 3,000 more (additional) against a first contingent of 11,000-12,000"],
        ["008-2", "011-1", "14,000 in total against a first contingent of 11,000-12,000"],
        ["008-2", "011-2", "14,000 in total against around 3,000 more (additional)"],
        ["011-1", "011-2", "first contingent of 11,000-12,000 against around 3,000 more (additional), same article"],
        ["002-1", "009-1", "about 1,100 casualties in December against about 4,700 in April: months apart, cumulative"],
        ["002-1", "011-3", "about 1,100 casualties in December against more than 6,000 in June: months apart, cumulative"],
        ["009-1", "011-3", "about 4,700 casualties (NIS, Apr 30) against more than 6,000 (UK MoD, June): seven weeks apart, cumulative"],
        ["005-4", "009-2", "about 300 killed in January against about 600 in April: months apart, cumulative"],
        ["005-4", "012-1", "about 300 killed in January against about 2,000 in September: months apart, cumulative"],
        ["005-1", "009-2", "more than 1,000 killed (Budanov, January) against about 600 (NIS, April): months apart"],
        ["009-2", "012-1", "about 600 killed in April against about 2,000 in September: months apart, cumulative"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
