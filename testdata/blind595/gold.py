#!/usr/bin/env python3
"""Gold labels for testdata/blind595 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]

about = ("Gold labels for the blind595 articles (written for crosscheck in our own words, labelled blind). "
         "Same schema and rules as testdata/corpus/gold.json; see testdata/corpus/README.md.")

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS + ["Seoul's spy agency"],
         "sending roughly 1,500 special operations soldiers to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "US", "U.S."],
         "about 10,000 North Korean soldiers had been sent to train in eastern Russia", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "Lloyd Austin", "Austin", "United States", "US"],
         "the number in the Kursk border region alone had reached about 8,000", False),
        ("troops", NK, 10000, 12000, "range", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "puts the total at between 10,000 and 12,000", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
         "have suffered about 1,100 casualties in combat against Ukrainian forces", False),
        ("troops", NK, 11000, None, "about", NIS,
         "Pyongyang is believed to have sent some 11,000 soldiers to Russia in October and November", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "about 1,000 wounded in the fighting", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Oleksandr Syrskyi"],
         "the number of killed and wounded North Korean soldiers in the Kursk region already exceeds three thousand", False),
        ("casualties", NK, 1000, None, "more_than", ["John Kirby", "Kirby", "White House", "United States", "Washington"],
         "North Korean units had suffered more than 1,000 killed and wounded in the past week alone", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "some 2,700 wounded since they joined the fighting in Russia's Kursk region", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "That puts total North Korean casualties at around 3,000", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces captured two North Korean soldiers in the Kursk region", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea is thought to have sent around 11,000 troops to Russia last autumn", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", NIS,
         "some three thousand more soldiers to Russia since the start of the year", False),
        ("casualties", NK, 4000, None, "about", NIS,
         "North Korean casualties have climbed to around 4,000", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "Washington", "Kyiv", "South Korea", "United States", "Ukraine"],
         "Some 11,000 North Korean soldiers had already been deployed to Russia last year", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "One of the two North Korean prisoners held by Ukraine", False),
    ],
    "008": [
        ("killed", NK, 600, None, "about", NIS,
         "About 600 North Korean soldiers have been killed fighting alongside Russian forces against Ukraine", False),
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "Overall casualties, including the wounded, stood at about 4,700", False),
        ("killed", NK, 1000, None, "at_least", ["senior western official", "western official", "western officials"],
         "at least 1,000 North Korean soldiers had been killed in Kursk", False),
        ("troops", NK, 14000, None, "about", ["Seoul", "South Korea"],
         "the North has sent about 14,000 troops to Russia in all", False),
    ],
    "010": [],
    "011": [
        ("killed", NK, 2000, None, "about", NIS_LEE,
         "About 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("wounded", NK, 2000, 9999, "vague", NIS_LEE,
         "Thousands more have been wounded", True),
        ("troops", NK, 1000, None, "about", NIS,
         "about 1,000 deminers already working in Russia's Kursk region", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "South Korea", "NIS"],
         "About 11,000 troops dispatched, mostly to Kursk", False),
        ("troops", NK, 3000, None, "about", ["Seoul", "South Korea", "NIS"],
         "About 3,000 reinforcements", False),
    ],
    "013": [
        ("killed", NK, 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Kim Jong Un"],
         "nine of its members had been killed during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had died", False),
        ("troops", NK, 15000, None, "up_to", ["Western and South Korean estimates", "South Korea", "Western"],
         "Pyongyang sent up to 15,000 soldiers to Russia in total", False),
    ],
}

NOT = {
    "000": ["a total of some 12,000 soldiers organized in four brigades",
            "four Russian amphibious landing ships and three escort vessels",
            "readying up to 10,000 soldiers to send to Russia's army",
            "between Oct. 8 and 13",
            "KOSPI closes 0.3% lower at 2,593.82",
            "since the 1950-53 Korean War"],
    "001": ["expects the total to reach 10,000 by December",
            "some 9,000 kilometres of Russian railway",
            "about $2,000 a month per soldier",
            "Ukraine says 12K North Korean troops training in Russia's Far East",
            "155mm shells",
            "every weekday at 6 a.m."],
    "003": ["240-mm multiple rocket launchers",
            "170-mm self-propelled guns",
            "ADDS details in paras 4-6",
            "exports up 8.2 pct in Dec. 1-20 period",
            "15-year low"],
    "004": ["in groups of 20 to 30",
            "from 2 kilometers away",
            "31 of 45 Shahed drones downed overnight",
            "Day 1,039",
            "Comments (38)"],
    "005": ["born in 2005",
            "born in 1999",
            "Death toll rises to 24"],
    "007": ["about 200 long-range artillery pieces",
            "Date 28.02.2025"],
    "008": ["Article 4 of the mutual defence treaty",
            "Trump's first 100 days",
            "Comments (287)"],
    "010": ["1,000 sappers to the Kursk Region",
            "5,000 military builders to restore infrastructure",
            "send 1,000 sappers to demine Russian territory",
            "June 19, 2024",
            "USD 78.49"],
    "011": ["The remaining 5,000 construction personnel are expected to be sent in stages",
            "Pyongyang pledges 6,000 engineers and builders",
            "Ukraine says 3K North Korean reinforcements spotted in Kursk",
            "Nikkei closes at 42,580"],
    "013": ["1,000 sappers and 5,000 military construction workers"],
}

OFF = ["002", "006", "009", "012"]
DUP = {"014": "003"}


def may_all(a, others, why):
    return [[a, b, why] for b in others]


MAY = []
# troop totals from late October 2024 against later totals, months apart
for a in ["001-1", "001-2"]:
    MAY += may_all(a, ["003-2", "005-5", "007-3", "011-4", "008-4"],
                   "late-October 2024 count against a total given months later")
MAY += [["001-3", "008-4", "10,000-12,000 in November 2024 against about 14,000 in all in April 2025, months apart"]]
MAY += may_all("008-4", ["003-2", "005-5", "007-3", "011-4"],
               "about 14,000 in all (April 2025, after reinforcements) against the earlier 11,000")
# additional forces against totals
for a in ["007-1", "011-5"]:
    MAY += may_all(a, ["000-1", "001-1", "001-2", "001-3", "003-2", "005-5", "007-3", "008-4", "011-4"],
                   "about 3,000 additional troops (reinforcements) against a total")
MAY += may_all("011-3", ["000-1", "001-1", "001-2", "001-3", "003-2", "005-5", "007-1", "007-3", "008-4", "011-4", "011-5"],
               "about 1,000 deminers, a new contingent, against other troop counts")
# cumulative casualty and death counts rising over months
MAY += [
    ["003-1", "007-2", "1,100 casualties (Dec 2024) against about 4,000 (Feb 2025): a cumulative figure two months later"],
    ["003-1", "008-2", "1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): months apart"],
    ["005-3", "007-2", "about 3,000 casualties (Jan 2025) against about 4,000 (Feb 2025): cumulative, six weeks later"],
    ["005-3", "008-2", "about 3,000 casualties (Jan 2025) against about 4,700 (Apr 2025): months apart"],
    ["007-2", "008-2", "about 4,000 casualties (Feb 2025) against about 4,700 (Apr 2025): months apart"],
    ["005-1", "008-1", "about 300 killed (Jan 2025) against about 600 (Apr 2025): months apart"],
    ["005-1", "008-3", "about 300 killed (Jan 2025) against at least 1,000 (Apr 2025): months apart"],
    ["005-1", "011-1", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025): months apart"],
    ["005-1", "013-2", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025 estimate): months apart"],
    ["008-1", "011-1", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025): months apart"],
    ["008-1", "013-2", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025 estimate): months apart"],
]

conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS) against more than three thousand killed and wounded "
                           "(Zelensky), both given on 23 Dec 2024, reported five days apart"],
        ["008-1", "008-3", "about 600 killed (South Korea's NIS) against at least 1,000 killed (a senior western official), "
                           "the same week, in one article"],
    ],
    "may": MAY,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
