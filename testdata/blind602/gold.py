#!/usr/bin/env python3
"""Gold labels for testdata/blind602 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind602: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU = "north_korea", "russia"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
HUR = ["military intelligence", "Defence Intelligence", "HUR", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "some 1,500 soldiers already carried to the Russian Far East aboard Russian navy ships", False),
        ("troops", NK, 12000, None, "about", NIS,
         "The agency put the overall deployment at four brigades, or around 12,000 troops", False),
    ],
    "001": [
        ("troops", NK, 12000, None, "about", ["Kyrylo Budanov", "Budanov"] + HUR,
         "Around twelve thousand servicemen of the Korean People's Army are already on Russian territory", False),
        ("troops", NK, 500, None, "exact", ["Kyrylo Budanov", "Budanov"] + HUR,
         "the contingent includes 500 officers", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "U.S.", "US"],
         "About 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", ["Pentagon", "United States", "U.S.", "US"],
         "North Korea had sent roughly 10,000 soldiers to train in eastern Russia", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Eleven thousand North Korean soldiers have now been moved into Russia's Kursk region", False),
        ("troops", NK, 11000, 12000, "range", HUR,
         "between 11,000 and 12,000 North Korean troops are now in Russia as a whole", False),
        ("troops", RU, 50000, None, "about", ["Ukrainian officials", "Ukraine"],
         "Moscow has gathered some fifty thousand troops around the Kursk salient", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Syrskyi", "Ukraine"],
         "North Korean troops fighting for Russia in Kursk Oblast have suffered more than 3,000 casualties", False),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "roughly 1,100 North Korean soldiers have been killed or wounded in battles with Ukrainian forces", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "around 1,000 wounded", False),
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
        ("troops", NK, 200, 900, "vague", ["Ukrainian drone units", "Ukraine"],
         "hundreds of North Korean soldiers advancing on foot", True),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun", "Seoul"],
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun", "Seoul"],
         "some 2,700 wounded fighting for Russia", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Zelenskyy", "Zelensky"],
         "it had captured two North Korean soldiers in the Kursk region", False),
        ("killed", NK, 200, 900, "vague", ["Seoul", "South Korea", "NIS", "National Intelligence Service"],
         "hundreds of North Korean troops killed in Kursk", True),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS + ["Seoul"],
         "North Korea has sent some three thousand more soldiers to Russia since early January", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "South Korea"],
         "the roughly 11,000 troops that Seoul says Pyongyang sent in October and November", False),
        ("troops", NK, 2000, 9000, "vague", HUR,
         "\"several thousand\" fresh North Korean soldiers had arrived in the Kursk area", True),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korean troops sent to fight for Russia have suffered around 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
         "including about 600 killed", False),
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "up from about 3,000 casualties that the spy agency reported in January", False),
    ],
    "012": [
        ("troops", NK, 10000, None, "more_than", ["unattributed"],
         "More than 10,000 North Korean soldiers were shipped to Russia in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
         "a further 3,000 or so arrived in January and February", False),
        ("casualties", NK, 4700, None, "about", NIS + ["Seoul"],
         "about 4,700 North Koreans had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS + ["Seoul"],
         "some 600 of them fatally", False),
        ("casualties", NK, 6000, None, "up_to", ["Ukrainian officials", "Kyiv", "Ukraine"],
         "as many as 6,000 North Korean soldiers had been killed or wounded", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won", "Seoul"],
         "about 2,000 North Korean soldiers have been killed in Russia", False),
        ("troops", NK, 10000, None, "about", NIS + ["Park Sun-won", "Seoul"],
         "some 10,000 North Korean troops remain deployed in the Kursk region", False),
        ("troops", NK, 1000, None, "about", NIS + ["Park Sun-won", "Seoul"],
         "about 1,000 deminers are already at work clearing the former combat zone", False),
    ],
}

NOT = {
    "000": ["between Oct. 8 and 13", "four Russian landing and escort ships", "since 1990", "more than 10 buses",
            "a few dozen fighter pilots", "KOSPI at 2,593.37", "24 pct", "1,370 per dollar", "2 hours after warning"],
    "001": ["five military ranges", "by November 1", "120mm mortars", "about $2,000 a month",
            "North Korea was preparing to send 10,000 soldiers", "686,950 troops, including 1,270 in past day",
            "48 of 64 Russian attack drones", "Views: 14,382", "41.28 per dollar"],
    "002": ["more than 7,000 kilometers (4,350 miles)", "86 minutes", "$425 million",
            "about 28,500 troops in South Korea", "1950-53 Korean War", "kills 3, including a child"],
    "003": ["several hundred square kilometres", "82 mm mortars", "64 of 96 Russian Drones",
            "478 Square Kilometers", "UAH 500", "Comments (27)"],
    "005": ["nearly three times higher", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
            "roughly 800 square kilometers", "kill 2, injure 9", "$5 a month", "over three days"],
    "006": ["aged 20 and 26", "74 Shahed-type attack drones", "47 were shot down", "16th sanctions package"],
    "008": ["a pause of about a month", "more than 200 long-range artillery guns", "millions of artillery shells",
            "falls 2.7% in January", "KOSPI down 0.7%"],
    "011": ["a further three months of fighting", "Article 4", "28 trillion won ($20 billion)",
            "KOSPI at 2,565.42", "8.3% rise"],
    "012": ["1,000 deminers", "5,000 military builders", "thousands of military engineers", "twice in two weeks",
            "eight months of fighting", "about 5,000 residents", "up to half of the artillery shells",
            "6,000 engineers and builders"],
    "014": ["The 5,000 military builders promised to Moscow in June", "€10"],
}

OFF = ["004", "007", "010", "013"]
DUP = {"009": "008"}

must = [
    ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
     "(Zelensky, Nov 4), different sources days apart"],
    ["005-1", "005-2", "more than 3,000 casualties (Zelensky) against roughly 1,100 (South Korea's JCS), "
     "the same day, in one article"],
]

may = [
    # troop totals that differ modestly or are days/months apart
    ["000-2", "002-2", "about 12,000 overall (NIS, Oct 18) against roughly 10,000 sent (Pentagon, Oct 28)"],
    ["001-1", "002-2", "about 12,000 in Russia (Budanov, Oct 25) against roughly 10,000 (Pentagon, Oct 28)"],
    ["002-2", "003-1", "roughly 10,000 in eastern Russia against 11,000 in Kursk"],
    ["002-2", "003-2", "roughly 10,000 against 11,000-12,000 in Russia, a week apart"],
    ["002-2", "008-2", "10,000 (Oct) against roughly 11,000 sent in the autumn (said in Feb)"],
    ["002-2", "012-1", "about 10,000 against more than 10,000, months apart"],
    ["002-1", "008-2", "8,000 in Kursk (Oct) against 11,000 sent (Feb), months apart"],
    ["002-1", "012-1", "8,000 in Kursk against more than 10,000 sent, months apart"],
    ["002-1", "014-2", "8,000 in Kursk (Oct 2024) against 10,000 in Kursk (Sep 2025)"],
    ["000-2", "008-2", "about 12,000 (Oct) against roughly 11,000 (Feb), months apart"],
    ["001-1", "008-2", "about 12,000 (Oct) against roughly 11,000 (Feb), months apart"],
    ["000-2", "014-2", "12,000 (Oct 2024) against 10,000 remaining (Sep 2025)"],
    ["001-1", "014-2", "12,000 (Oct 2024) against 10,000 remaining (Sep 2025)"],
    ["003-1", "014-2", "11,000 in Kursk (Nov 2024) against 10,000 remaining (Sep 2025)"],
    ["003-2", "014-2", "11,000-12,000 (Nov 2024) against 10,000 remaining (Sep 2025)"],
    ["008-2", "014-2", "11,000 sent in the autumn against 10,000 remaining (Sep 2025)"],
    ["012-1", "014-2", "more than 10,000 sent in 2024 against about 10,000 remaining in 2025"],
    # casualties and killed: cumulative figures from different dates
    ["005-2", "011-1", "1,100 casualties (Dec) against 4,700 (Apr), months apart"],
    ["005-2", "011-3", "1,100 casualties (JCS, Dec 23) against about 3,000 (NIS, January)"],
    ["005-2", "012-3", "1,100 casualties (Dec) against 4,700 (Apr), months apart"],
    ["011-3", "012-3", "about 3,000 casualties (January) against 4,700 (April): a later cumulative figure"],
    ["006-1", "011-2", "300 killed (Jan) against 600 killed (Apr): a later cumulative figure"],
    ["006-1", "012-4", "300 killed (Jan) against 600 killed (Apr): a later cumulative figure"],
    ["006-1", "014-1", "300 killed (Jan) against 2,000 killed (Sep)"],
    ["011-2", "014-1", "600 killed (Apr) against 2,000 killed (Sep)"],
    ["012-4", "014-1", "600 killed (Apr) against 2,000 killed (Sep)"],
    ["006-4", "014-1", "hundreds killed (Jan) against 2,000 killed (Sep)"],
    ["005-4", "006-2", "about 1,000 wounded (Dec 19) against 2,700 wounded (Jan 13), same agency, weeks apart"],
]

# additional forces (3,000 reinforcements, several thousand fresh arrivals, 1,000 deminers) against totals
additional = ["008-1", "012-2", "014-3", "008-3"]
totals = ["000-2", "001-1", "002-1", "002-2", "003-1", "003-2", "008-2", "012-1", "014-2"]
for a in additional:
    for t in totals:
        may.append([a, t, "an additional force against an earlier or overall total"])
for a, b in [("008-1", "014-3"), ("012-2", "014-3"), ("008-3", "014-3")]:
    may.append([a, b, "two different additional contingents"])

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
