#!/usr/bin/env python3
"""Gold labels for blind605 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of some 1,500 special forces soldiers has already been shipped to the Russian Far East", False),
        ("troops", NK, 12000, None, "about", NIS,
         "the North has committed roughly 12,000 troops, organised in four brigades, to the war", False),
    ],
    "002": [
        ("killed", NK, 100, None, "at_least", NIS_LEE, "at least 100 killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "close to 1,000 wounded in battles in Russia's Kursk region", False),
        ("casualties", NK, 1100, None, "about", NIS_LEE,
         "the agency's estimate of casualties comes to about 1,100", False),
        ("troops", NK, 11000, None, "about", NIS,
         "Of the some 11,000 North Korean soldiers in Russia", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi"],
         "the tally of North Korean dead and wounded in the Kursk region has passed 3,000", False),
        ("killed", NK, 24, 99, "vague", ["Special Operations Forces", "Ukraine's Special Operations Forces", "Ukraine"],
         "their troops had destroyed dozens of North Korean soldiers", True),
    ],
    "004": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "U.S.", "State Department"],
         "Roughly 8,000 North Korean soldiers have moved into Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", ["Pentagon", "United States", "U.S.", "Antony Blinken", "Blinken"],
         "the roughly 10,000 troops Pyongyang has shipped to Russia since early October", False),
        ("troops", NK, 2000, None, "about", ["U.S. officials", "United States", "U.S."],
         "The remainder, some two thousand, are still at training grounds in Russia's Far East", False),
    ],
    "005": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea appears to have sent about 3,000 additional soldiers to Russia this year", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "About 4,000 North Korean soldiers have been killed or wounded", False),
        ("troops", NK, 11000, None, "about", ["South Korean, U.S. and Ukrainian assessments", "South Korea", "United States", "U.S.", "Ukraine"],
         "North Korea had earlier sent some 11,000 troops to Russia in the fall", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Yu Yong-weon", "unattributed"],
         "the two North Korean soldiers captured by Ukraine in January", False),
    ],
    "007": [
        ("killed", NK, 300, None, "about", NIS,
         "Some 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS, "about 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "That puts total North Korean casualties at around 3,000", False),
        ("captured", NK, 2, None, "exact", ZEL + ["NIS", "National Intelligence Service", "South Korea"],
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "008": [
        ("killed", NK, 1000, None, "more_than", ["Andriy Yusov", "Yusov", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "More than 1,000 North Korean soldiers have been killed since they entered the fighting in early December", False),
        ("killed", NK, 300, None, "about", NIS,
         "the roughly 300 deaths South Korea's National Intelligence Service estimated on Monday", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "the two North Korean soldiers captured in Kursk last week", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Pyongyang is thought to have sent some eleven thousand soldiers to fight for Russia", False),
    ],
    "010": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "Kyiv's forces had lost more than 76,000 servicemen in the region since August", False),
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "About 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS_LEE, "including roughly 600 dead", False),
        ("troops", NK, 14000, None, "about", NIS,
         "In all, Seoul estimates, some 14,000 North Koreans have been sent to Russia", False),
    ],
    "012": [
        ("troops", NK, 10000, 12000, "range", ["Intelligence estimates from Seoul, Kyiv and Washington", "Seoul", "Kyiv", "Washington", "South Korea", "Ukraine", "United States"],
         "Intelligence estimates from Seoul, Kyiv and Washington put it at between 10,000 and 12,000 soldiers", False),
        ("troops", NK, 3000, None, "about", JCS,
         "Some three thousand more followed in January and February 2025 to make up for losses", False),
        ("killed", NK, 2000, None, "about", NIS,
         "Around 2,000 North Korean soldiers have now been killed", False),
        ("wounded", NK, 2000, 9000, "vague", NIS,
         "Several thousand more have been wounded, the NIS says", True),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Kim Jong Un"],
         "paid tribute to nine of its members who were killed during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died in the war since October 2024", False),
    ],
}

NOT = {
    "000": ["Four landing ships and three escort vessels", "between Oct. 8 and 13", "11th Corps",
            "2,593.82", "1,368.5 per dollar", "over 1 million copies", "paras 4-8"],
    "002": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "late teens to early 20s",
            "1,450 per dollar", "39th straight week", "$14b", "Dec. 27"],
    "003": ["47 comments", "47th Mechanized Brigade", "95th Air Assault Brigade", "Nearly 1,000 Glide Bombs",
            "several hundred square kilometers", "$5 a month", "Aug. 6"],
    "004": ["the total could climb to as many as 12,000 in the coming weeks", "a range of up to 190 miles",
            "56th Security Consultative Meeting", "$425 million", "155 mm artillery ammunition",
            "48 percent", "60 million ballots", "ELECTION DAY IS IN 5 DAYS", "The 7 swing states"],
    "005": ["170 mm self-propelled guns", "240 mm multiple rocket launchers",
            "North Korea, which has about 1.2 million troops", "Nvidia drops 8.5%", "Gene Hackman, 95"],
    "007": ["aged 26", "joined the North Korean army in 2016", "who is 20", "enlisted in 2021",
            "1st launch of 2025", "60th anniv."],
    "008": ["21 Ukrainian drones", "a 64-year-old woman was killed and three people were wounded",
            "day 1,056 of the invasion", "$2 a month"],
    "010": ["Lost 200 Troops in Failed Belgorod Push", "$2 a month", "New Mobilization Wave in 2025"],
    "012": ["1,000 deminers and 5,000 military construction workers", "28 trillion won", "around $20 billion",
            "September 4", "100 days in office", "€9 billion"],
    "014": ["about 120 days", "1,000 deminers and 5,000 military builders", "$700 billion"],
}

OFF = ["001", "006", "011", "013"]
DUP = {"009": "005"}


def pairs(ids_a, ids_b, why):
    return [[a, b, why] for a in ids_a for b in ids_b]


may = []
# first-wave troop totals that differ, weeks or months apart
may += [["000-2", "004-2", "12,000 committed in all (NIS) against 10,000 shipped so far (Pentagon), 13 days apart"],
        ["000-2", "004-1", "12,000 committed in all against 8,000 moved into Kursk, 13 days apart"]]
may += pairs(["000-2"], ["002-4", "008-4", "005-3"], "12,000 against about 11,000, months apart")
may += pairs(["004-2"], ["002-4", "008-4", "005-3"], "10,000 against about 11,000, months apart")
may += pairs(["004-1"], ["002-4", "008-4", "005-3", "012-1"], "8,000 in Kursk against a later total in Russia, months apart")
may += pairs(["010-4"], ["000-2", "002-4", "004-1", "004-2", "005-3", "008-4", "012-1"],
             "14,000 in all counting reinforcements against first-wave figures, months apart")
# an additional force against totals
for add in ["005-1", "012-2"]:
    may += pairs([add], ["000-2", "002-4", "004-1", "004-2", "005-3", "008-4", "010-4", "012-1"],
                 "about 3,000 additional troops against the first wave or the total")
# cumulative casualties that rose over months
may += [["002-3", "005-2", "1,100 (Dec) against 4,000 (Feb): a cumulative figure two months later"],
        ["002-3", "010-2", "1,100 (Dec) against 4,700 (Apr): months apart"],
        ["003-1", "007-3", "more than 3,000 (Zelensky) against around 3,000 (NIS) three weeks later"],
        ["007-3", "005-2", "3,000 (NIS, Jan) against 4,000 (JCS, Feb): six weeks, cumulative"],
        ["007-3", "010-2", "3,000 (Jan) against 4,700 (Apr): months apart"],
        ["005-2", "010-2", "4,000 (Feb) against 4,700 (Apr): months apart"]]
# killed, months apart
may += pairs(["007-1", "008-2", "008-1"], ["010-3"], "killed in January against 600 dead in April, months apart")
may += pairs(["007-1", "008-2"], ["012-3", "014-2"], "300 dead in January against 2,000 in September, months apart")
may += pairs(["010-3"], ["012-3", "014-2"], "600 dead in April against 2,000 in September, months apart")
may += [["002-2", "012-4", "close to 1,000 wounded (Dec 2024) against several thousand (Sep 2025)"]]

conflicts = {
    "must": [
        ["002-3", "003-1", "about 1,100 casualties (South Korea's NIS, via Lee Seong-kweun) against more than 3,000 killed and wounded (Zelensky), four days apart"],
        ["008-1", "008-2", "more than 1,000 killed (HUR's Andriy Yusov) against roughly 300 dead (South Korea's NIS), in the same article"],
        ["007-1", "008-1", "some 300 killed (NIS, Jan 13) against more than 1,000 killed (HUR, Jan 15), two days apart"],
    ],
    "may": may,
}

about = ("Gold labels for blind605: fifteen articles written and labelled blind about North Korean troops in "
         "Russia's Kursk region. See ../corpus/README.md for the meaning of every field.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
