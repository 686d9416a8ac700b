#!/usr/bin/env python3
"""Gold labels for blind296 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind296/articles: fifteen articles written blind in our own words "
         "about the real story's known reporting. Same schema and rules as testdata/corpus/gold.json.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Lee Seong-kweun"]
US_PENTAGON = ["Pentagon", "Sabrina Singh", "Department of Defense", "United States", "US"]

A = {
    "000": [
        ("troops", NK, 10000, None, "about", US_PENTAGON,
         "The Pentagon now believes roughly 10,000 North Korean soldiers have been shipped to eastern Russia for training", False),
        ("troops", NK, 3000, None, "about", ["White House", "United States", "US"],
         "the 3,000 or so the White House cited just last week", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "US"],
         "about 8,000 of them have already moved into Russia's Kursk region", False),
    ],
    "001": [
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers have been killed in combat against Ukrainian forces in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "Around 1,000 more have been wounded", False),
        ("casualties", NK, 1100, None, "about", NIS,
         "that puts North Korean casualties at roughly 1,100", False),
        ("troops", NK, 11000, None, "about", NIS,
         "of the roughly 11,000 soldiers Pyongyang sent to Russia", False),
    ],
    "003": [
        ("troops", NK, 1500, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "North Korea has sent about 1,500 special operations troops to Russia's Far East", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", NK, 200, 900, "vague", ["Ukrainian soldiers", "unattributed"],
         "losing hundreds of men in some attacks", True),
    ],
    "005": [
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "Ukraine has captured two North Korean soldiers in Russia's Kursk region", False),
        ("killed", NK, 300, None, "about", ["National Intelligence Service", "NIS", "South Korea", "spy agency"],
         "roughly 300 North Korean troops have died fighting for Russia", False),
        ("wounded", NK, 2700, None, "exact", NIS,
         "Another 2,700 have been wounded", False),
    ],
    "006": [
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded since the deployment began", False),
        ("killed", NK, 600, None, "about", NIS,
         "Of those, some 600 had died", False),
        ("killed", NK, 1000, None, "at_least",
         ["Western intelligence officials", "Western intelligence", "Western officials", "British journalists"],
         "they put the number of North Korean dead at no fewer than 1,000 over roughly three months of intense fighting", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Of the estimated 11,000 soldiers who arrived in Russia last autumn", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "Some three thousand more soldiers were dispatched to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "the roughly 11,000 that arrived last autumn", False),
        ("casualties", NK, 2000, 9999, "vague", ["Ukrainian officials", "Ukraine"],
         "several thousand North Koreans have been killed or wounded since they entered combat in December", True),
        ("captured", NK, 2, None, "exact", ["Ukraine", "unattributed"],
         "The two soldiers Ukraine captured in January", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "the Ukrainian armed forces lost over 76,000 servicemen", False),
    ],
    "011": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "there are now eleven thousand North Korean soldiers in Russia's Kursk region", False),
    ],
    "012": [
        ("troops", NK, 10000, 12000, "range", ["South Korean and Western estimates", "South Korea", "Western"],
         "South Korean and Western estimates put that force at between 10,000 and 12,000 soldiers", False),
        ("casualties", NK, 4700, None, "about", ["National Intelligence Service", "NIS", "South Korea", "spy agency"],
         "about 4,700 of the North Koreans had been killed or wounded", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korea"],
         "Nine soldiers of the regiment were killed during the mission", False),
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "roughly 2,000 North Korean soldiers had been killed in the war since the deployment began in late 2024", False),
    ],
}

NOT = {
    "000": ["more than 300 miles from the front", "For 75 years", "2,400 American suppliers in 46 states",
            "$895 billion", "two Virginia-class submarines", "as much as 24 months"],
    "001": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "NIS says 1,500 special forces already in Russia's Far East",
            "Zelensky says 11,000 North Korean troops now in Kursk", "2 lawmakers say",
            "past 1,450 against the dollar", "for sixth time", "19 Dec. 2024, 18:12"],
    "003": ["the total could eventually reach around 12,000 troops once the remaining units are moved",
            "send four brigades in all", "four Russian amphibious landing ships and three escort vessels",
            "between Oct. 8 and 13", "3 in 10 S. Koreans back arms aid to Ukraine", "1,368.8 per dollar"],
    "004": ["2 ballistic missiles, injuring 9", "below 11 bcm", "15th sanctions package",
            "Monday, 23 December 2024, 15:27", "On 16 December"],
    "005": ["One, 26,", "The other, 20,", "a sniper since 2019", "Jan. 12, 2025"],
    "006": ["also known as the 11th Corps", "last saw combat in 1953", "2018 Singapore summit",
            "Trump's first 100 days", "55 million in Spain and Portugal", "since 2016"],
    "008": ["27/02/2025 - 17:30", "June 2024", "1950-53 Korean War", "1,000 days of a war"],
    "009": ["August 6, 2024", "June 19, 2024", "December 4, 2024", "Article 4 of the treaty",
            "thousands of units of weapons and military equipment", "hundreds of tanks and armored fighting vehicles"],
    "011": ["1 min 28 sec", "about 86 minutes", "more than 7,000 kilometers",
            "US: About 10,000 North Korean troops in eastern Russia", "24-hour news"],
    "012": ["1,000 sappers to clear mines", "5,000 military construction workers", "Shoigu, 70,",
            "in less than two weeks", "June 2024", "June 17"],
    "014": ["465 drones and 30 missiles", "440 drones and 26 missiles", "11 oblasts", "528th Engineer Regiment",
            "spent 120 days clearing mines", "28-point plan", "More than 20,000 readers", "$5 a month"],
}

OFF = ["002", "007", "013"]
DUP = {"010": "005"}

GROW = "October-November 2024, the deployment was still being built up (1,500 was the first leg)"
APART = "months apart"
ADD = "an additional 3,000 sent in 2025, against the first contingent"

may = []
def m(a, b, why):
    may.append([a, b, why])

# troops
for other in ["000-1", "000-2", "000-3", "011-1"]:
    m("003-1", other, GROW)
for other in ["001-4", "006-4", "008-2", "012-1"]:
    m("003-1", other, "1,500 (October 2024) against the whole contingent, " + APART)
m("003-1", "008-1", ADD)
m("000-2", "011-1", "the White House's earlier figure against Zelenskyy's two weeks later, while the deployment grew")
for other in ["001-4", "006-4", "008-2", "012-1"]:
    m("000-2", other, "3,000 (October 2024) against the whole contingent, " + APART)
m("000-1", "011-1", "about 10,000 in Russia against 11,000 in Kursk, five days apart; close within 'about'")
for other in ["001-4", "006-4", "008-2"]:
    m("000-1", other, "about 10,000 against about 11,000, " + APART)
for other in ["001-4", "006-4", "008-2", "012-1"]:
    m("000-3", other, "8,000 in Kursk (October 2024) against 11,000 or 10,000-12,000, " + APART)
for other in ["000-1", "000-3", "001-4", "006-4", "008-2", "011-1", "012-1"]:
    m("008-1", other, ADD)
# killed
for other in ["006-2", "006-3", "014-2"]:
    m("005-2", other, "about 300 dead (January 2025) against a later count, " + APART)
m("006-2", "014-2", "the NIS's 600 dead (April) against its 2,000 (September): a later rise, " + APART)
# casualties
for other in ["006-1", "012-2"]:
    m("001-3", other, "the NIS's 1,100 (December 2024) against its 4,700 (April 2025): a later rise, " + APART)
m("004-2", "001-3", "vague losses in single attacks (a part) against a total")
m("004-2", "004-1", "vague losses in single attacks (a part) against a total")
m("008-3", "001-3", "vague 'several thousand' (February 2025) against 1,100 (December 2024), two months apart")

conflicts = {
    "must": [
        ["001-3", "004-1", "about 1,100 North Korean casualties (NIS via Lee Seong-kweun, 19 Dec 2024) against more than 3,000 killed and wounded (Zelensky, 23 Dec 2024), four days apart"],
        ["006-2", "006-3", "about 600 North Korean dead (NIS, 30 Apr 2025) against no fewer than 1,000 dead (Western intelligence officials, the same week), in one article"],
        ["000-3", "011-1", "about 8,000 North Korean troops in Kursk (Blinken, 31 Oct 2024) against eleven thousand in Kursk (Zelenskyy, 4 Nov 2024), five days apart"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
