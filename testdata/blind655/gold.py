#!/usr/bin/env python3
"""Gold labels for testdata/blind655 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korean intelligence", "spy agency", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military", "Seoul"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine", "Kyiv"]

about = ("Gold labels for testdata/blind655: 15 articles written in our own words about the real story's known "
         "reporting, in the format of testdata/corpus. See testdata/corpus/README.md for the meaning of every field.")

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "North Korea has decided to dispatch about 12,000 troops, including special operations units, to Russia", False),
        ("troops", NK, 1500, None, "about", NIS,
         "an advance group of some 1,500 has already left the country", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "the number of North Korean troops in Russia's Kursk Oblast had reached 11,000", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", ["US Department of Defense", "Department of Defense", "Pentagon", "United States", "US"],
         "roughly 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
        ("troops", NK, 8000, None, "up_to", ["Antony Blinken", "Blinken", "US Secretary of State", "United States", "US"],
         "as many as 8,000 of them had moved to the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Zelensky said 11,000 were already in Kursk", False),
        ("troops", NK, 12000, None, "about", NIS,
         "has put the total at around 12,000", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered about 1,100 casualties, killed and wounded combined", False),
        ("troops", NK, 10000, None, "more_than", JCS,
         "Pyongyang has sent more than 10,000 troops to Russia", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "the number of wounded was close to 1,000", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean losses in Kursk Oblast – killed and wounded together – now stand at over three thousand", False),
        ("troops", NK, 11000, 12000, "range", ["Defence Intelligence of Ukraine", "Defence Intelligence", "HUR", "Ukrainian intelligence", "Ukraine"],
         "Pyongyang has sent between 11,000 and 12,000 North Korean soldiers to Russia", False),
    ],
    "007": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers", False),
        ("troops", NK, 10000, None, "more_than", ["Kyiv", "Seoul", "Washington", "Ukraine", "South Korea", "United States"],
         "North Korea has sent more than 10,000 soldiers to help Moscow", False),
    ],
    "009": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had taken two North Koreans prisoner", False),
        ("killed", NK, 300, None, "about", NIS_LEE,
         "about three hundred North Korean troops had been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
    ],
    "010": [
        ("troops", NK, 3000, None, "about", JCS,
         "some three thousand additional soldiers to Russia", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "North Korean units had suffered about 4,000 casualties", False),
    ],
    "012": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "Ukraine had lost more than 76,000 troops, killed and wounded", False),
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "had suffered about 4,700 casualties since last autumn", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "including about 600 dead", False),
        ("killed", NK, 1000, None, "at_least", ["Western intelligence", "Western intelligence sources", "BBC"],
         "at least 1,000 were killed in the space of three months", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have died fighting for Russia", False),
        ("troops", NK, 10000, None, "more_than", ["unattributed"],
         "North Korea sent more than 10,000 soldiers to Russia last year", False),
        ("killed", NK, 200, 900, "vague", ["unattributed"],
         "hundreds of them are believed to have died in the first months of combat", True),
    ],
}

NOT = {
    "000": ["four Russian landing ships and three escort vessels", "KOSPI 2,593.82", "USD/KRW 1,370.60",
            "sections of 2 inter-Korean roads", "jobless rate at 2.5 pct", "3 injured as truck rams into bus stop",
            "between Oct. 8 and 13", "the elite 11th Corps", "four brigades"],
    "001": ["Russia has lost 699,080 troops in Ukraine since Feb. 24, 2022", "Join 15,000+ members",
            "Russia launches 96 drones overnight", "Aug. 6"],
    "002": ["about $2,000 a month", "AK-12 rifles", "Article 4", "Seoul watches 3,000 miles away"],
    "004": ["more than 20,000 containers of munitions", "Won falls to 1,450 per dollar",
            "winter heating support to 40,000 households", "a general-level officer"],
    "006": ["776,720 personnel (+1,850 over the past day)", "9,567 tanks", "Six embassies damaged"],
    "007": ["born in 2005", "born in 1999, had been a sniper since 2016", "several hundred square kilometres"],
    "009": ["74 Shahed-type and decoy drones", "shot down 47 of them", "27 were lost to electronic warfare",
            "13 apartment buildings", "42 Russian assaults"],
    "010": ["about 200 long-range artillery pieces", "KN-23", "Russia Loses 1,200 Soldiers in a Day, Kyiv Claims"],
    "012": ["during the eight months of its Kursk operation"],
    "014": ["1,000 deminers and 5,000 military construction workers"],
}

OFF = ["003", "005", "011", "013"]
DUP = {"008": "007"}

must = [
    ["004-1", "006-1", "about 1,100 North Korean casualties (South Korea's JCS, 19 Dec) against more than 3,000 (Zelensky, 23 Dec), four days apart"],
    ["002-2", "002-3", "as many as 8,000 in Kursk (Blinken) against 11,000 already in Kursk (Zelensky), in the same article"],
    ["001-1", "002-2", "11,000 in Kursk (Zelensky, 4 Nov) against as many as 8,000 in Kursk (Blinken, reported 7 Nov)"],
    ["012-3", "012-4", "about 600 killed in all (NIS) against at least 1,000 killed in three months (Western intelligence via the BBC), same article"],
]

may = [
    ["000-1", "002-1", "about 12,000 (NIS, 18 Oct) against about 10,000 (Pentagon, reported 7 Nov)"],
    ["002-1", "002-4", "about 10,000 (Pentagon) against around 12,000 (NIS), same article: rough estimates of a growing force"],
    ["002-1", "002-3", "about 10,000 in Russia against 11,000 in Kursk alone"],
    ["001-1", "002-1", "11,000 in Kursk against about 10,000 in Russia"],
    ["002-1", "006-2", "about 10,000 (November) against 11,000-12,000 (late December), weeks apart"],
    ["004-1", "010-2", "JCS's cumulative casualties rose from about 1,100 (Dec) to about 4,000 (Feb): an update, months apart"],
    ["004-4", "009-3", "NIS's wounded rose from close to 1,000 (16 Dec) to some 2,700 (13 Jan): an update of a cumulative figure"],
    ["010-2", "012-2", "about 4,000 casualties (JCS, Feb) to about 4,700 (NIS, Apr): an update, two months apart"],
    ["004-1", "012-2", "1,100 (Dec) against 4,700 (Apr), months apart"],
    ["009-2", "012-3", "about 300 killed (NIS, Jan) to about 600 (NIS, Apr): an update, months apart"],
    ["009-2", "012-4", "about 300 killed (NIS, Jan) against at least 1,000 killed in three months (Western, Apr), months apart"],
    ["012-3", "014-1", "about 600 killed (NIS, Apr) to about 2,000 (NIS, Sep): an update, months apart"],
    ["009-2", "014-1", "about 300 killed (Jan) to about 2,000 (Sep), months apart"],
]
# the 3,000 reinforcements are "an additional" force: against any earlier troop total, defensible either way
for t in ["000-1", "000-2", "001-1", "002-1", "002-2", "002-3", "002-4", "004-2", "006-2", "007-2"]:
    may.append([t, "010-1", "an additional 3,000 (JCS, Feb) against an earlier troop figure"])
may.append(["010-1", "014-2", "an additional 3,000 (Feb) against more than 10,000 sent last year (Sep)"])

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
