#!/usr/bin/env python3
"""Gold labels for testdata/blind490 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind490: 15 articles written for crosscheck in our own words about the real "
         "story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
US = ["Pentagon", "U.S. Defense Department", "Defense Department", "Sabrina Singh", "United States", "U.S.", "US", "Washington"]
ZEL = ["Volodymyr Zelenskyy", "Zelenskyy", "Volodymyr Zelensky", "Zelensky", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "Lee Seong-kweun", "South Korea", "Seoul"]

A = {
    "000": [
        ("troops", NK, 10000, None, "about", US,
         "North Korea now has roughly 10,000 soldiers in Russia", False),
        ("troops", NK, 8000, None, "about", US,
         "About 8,000 of those troops are in Russia's Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "he said 11,000 North Korean troops were already in the Kursk region", False),
    ],
    "002": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean soldiers fighting alongside Russian forces have suffered roughly 1,100 casualties", False),
        ("troops", NK, 11000, None, "about", JCS,
         "around 11,000 North Korean troops are in Russia", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded in the fighting", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than three thousand North Korean military personnel have been killed or wounded in Russia's Kursk region", False),
        ("troops", NK, 12000, None, "up_to", ["Defense Intelligence of Ukraine", "HUR", "Ukrainian intelligence", "Ukraine"],
         "up to 12,000 North Korean military personnel were in Russia", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", NIS,
         "have suffered more than 3,000 casualties", False),
        ("killed", NK, 300, None, "about", NIS,
         "About 300 of the soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "around 2,700 wounded", False),
        ("casualties", NK, 200, 999, "vague", ["Ukrainian units", "Ukraine"],
         "the North Koreans have lost hundreds of men", True),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Kursk Oblast", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has sent around 3,000 additional troops to Russia", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea had already sent some 11,000 troops last autumn", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "put North Korea's total casualties at around 4,000", False),
    ],
    "007": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen", False),
        ("troops", NK, 10000, 12000, "range", ["Western and Ukrainian media", "Western media", "Ukrainian media"],
         "Pyongyang sent between 10,000 and 12,000 servicemen to Russia", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korea has suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 deaths", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "around 3,000 casualties estimated in January", False),
    ],
    "011": [
        ("troops", NK, 11000, 12000, "range", ["South Korean and Western estimates", "South Korea", "Western estimates", "Seoul"],
         "South Korean and Western estimates put the number of North Korean soldiers sent to Russia in late 2024 at 11,000-12,000", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 of them had been killed or wounded", False),
    ],
    "012": [
        ("troops", NK, 11000, None, "about", NIS,
         "about 11,000 troops arrived in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", NIS,
         "Roughly 3,000 more were sent as reinforcements", False),
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had died", False),
        ("killed", NK, 600, None, "about", NIS,
         "put the death toll at about 600", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "roughly 4,700 casualties in all", False),
        ("wounded", NK, 2000, 9999, "vague", NIS,
         "several thousand others had been wounded", True),
        ("captured", NK, 2, None, "exact", ["Ukraine"],
         "Ukraine says it holds two North Korean soldiers", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["Kim Jong Un", "Korean Central News Agency", "KCNA", "North Korea", "state media"],
         "said nine of them were killed during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed while fighting for Russia", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "North Korea sent thousands of combat troops", True),
    ],
}

NOT = {
    "000": ["about 86 minutes", "more than 7,000 kilometers", "Oct. 31", "38,474", "4.5 billion yen"],
    "002": ["240-millimeter rocket launchers", "170-millimeter self-propelled guns", "1,450 per dollar",
            "after 4 years", "150 won"],
    "003": ["$3B", "52 of 78 Russian drones", "26.12.2024 11:10"],
    "004": ["born in 2005", "The other, 26", "since 2021", "94 drones", "two Iskander-M ballistic missiles",
            "47 of the drones", "46 others"],
    "006": ["Hwasong-11", "1950-53 Korean War", "August 2024"],
    "007": ["more than 7,000 pieces of weapons and military equipment", "417 tanks", "June 19, 2024", "Article 4"],
    "008": ["28 trillion won", "US$19.5 billion", "paras 4-6", "3.7 pct", "2 global charts"],
    "011": ["1,000 sappers and 5,000 military construction workers", "June 19, 2024", "Article 4"],
    "012": ["a further 6,000 military engineers and builders", "early 20s", "5 charts"],
    "014": ["120-day mission", "1,000 deminers and 5,000 military construction workers"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"009": "008"}

must = [
    ["000-2", "000-3", "about 8,000 in Kursk (Pentagon) against 11,000 in Kursk (Zelenskyy), same week, same article"],
    ["002-1", "003-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed or wounded "
                       "(Zelensky, reported Dec 26), three days apart"],
]

may = [
    # troops: whole against a count for one region, and counts weeks or months apart
    ["000-1", "000-3", "about 10,000 in all of Russia (Pentagon) against 11,000 in Kursk (Zelenskyy)"],
    ["000-1", "002-2", "about 10,000 (Nov 5) against about 11,000 (Dec 23), seven weeks apart"],
    ["000-2", "002-2", "about 8,000 in Kursk (Nov 5) against about 11,000 in Russia (Dec 23), seven weeks apart"],
    ["000-1", "006-2", "10,000 in November against 11,000 'last autumn', months apart"],
    ["000-1", "011-1", "10,000 in November against 11,000-12,000, months apart"],
    ["000-1", "012-1", "10,000 in November against 11,000, months apart"],
    ["000-2", "006-2", "8,000 in Kursk in November against 11,000 'last autumn', months apart"],
    ["000-2", "007-2", "8,000 in Kursk in November against 10,000-12,000, months apart"],
    ["000-2", "011-1", "8,000 in Kursk in November against 11,000-12,000, months apart"],
    ["000-2", "012-1", "8,000 in Kursk in November against 11,000, months apart"],
]
# the ~3,000 reinforcements are an additional force, not the whole
for add in ("006-1", "012-2"):
    for whole in ("000-1", "000-2", "000-3", "002-2", "006-2", "007-2", "011-1", "012-1"):
        may.append([add, whole, "an additional ~3,000 reinforcements against the whole first deployment"])
may += [
    # casualties: a cumulative figure rising over weeks and months (updates, not conflicts)
    ["002-1", "004-1", "1,100 casualties (Dec 23) against more than 3,000 (Jan 13): cumulative toll rising three weeks later"],
    ["002-1", "006-3", "1,100 (Dec) against about 4,000 (Feb): cumulative toll rising"],
    ["002-1", "008-1", "1,100 (Dec) against about 4,700 (Apr): cumulative toll rising"],
    ["002-1", "008-3", "1,100 (Dec) against about 3,000 (Jan): cumulative toll rising"],
    ["002-1", "011-2", "1,100 (Dec) against about 4,700 (Apr): cumulative toll rising"],
    ["002-1", "012-5", "1,100 (Dec) against about 4,700 (Apr): cumulative toll rising"],
    ["003-1", "008-3", "more than 3,000 against about 3,000: a bound nearly met"],
    ["004-1", "008-3", "more than 3,000 against about 3,000 in January: the same estimate"],
    ["006-3", "008-1", "about 4,000 (Feb) against about 4,700 (Apr): update"],
    ["006-3", "008-3", "about 3,000 (Jan) against about 4,000 (Feb): update"],
    ["006-3", "011-2", "about 4,000 (Feb) against about 4,700 (Apr): update"],
    ["006-3", "012-5", "about 4,000 (Feb) against about 4,700 (Apr): update"],
    ["008-1", "008-3", "4,700 now against 3,000 in January, in the same article: update"],
    ["008-3", "011-2", "3,000 in January against 4,700 in April: update"],
    ["008-3", "012-5", "3,000 in January against 4,700 in April: update"],
    ["004-1", "004-4", "more than 3,000 casualties against 'hundreds' lost in frontal assaults (vague, a part)"],
    # killed: a cumulative toll rising over months
    ["004-2", "008-2", "about 300 killed (Jan) against about 600 (Apr): update"],
    ["004-2", "012-4", "about 300 killed (Jan) against about 600 (Apr): update"],
    ["004-2", "012-3", "about 300 killed (Jan) against about 2,000 (Sept): update"],
    ["004-2", "014-2", "about 300 killed (Jan) against about 2,000 (Sept): update"],
    ["008-2", "012-3", "about 600 killed (Apr) against about 2,000 (Sept): update"],
    ["008-2", "014-2", "about 600 killed (Apr) against about 2,000 (Sept): update"],
    ["012-3", "012-4", "2,000 killed (Sept) against 600 (Apr), in the same article: update"],
    ["012-4", "014-2", "600 killed (Apr) against 2,000 (Sept): update"],
    # wounded
    ["002-4", "004-3", "nearly 1,000 wounded (Dec 19) against about 2,700 (Jan 13): update"],
]

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
