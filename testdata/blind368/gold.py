#!/usr/bin/env python3
"""Gold labels for testdata/blind368 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]

about = ("Gold labels for the blind368 articles: fifteen articles written in our own words about the "
         "real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field and how a system's output is scored.")

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS, "North Korea is sending some 12,000 troops", False),
        ("troops", NK, 1500, None, "about", NIS, "an advance contingent of about 1,500 North Korean special forces", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "more_than",
         ["U.S. State Department", "State Department", "United States", "US", "U.S.", "Vedant Patel", "Patel"],
         "Upwards of 10,000 North Korean soldiers have been dispatched to eastern Russia", False),
        ("troops", NK, 11000, None, "about",
         ["Zelenskyy", "Zelensky", "Volodymyr Zelenskyy", "Ukraine's military intelligence", "Ukraine", "HUR"],
         "about eleven thousand North Korean soldiers were already in the Kursk region", False),
    ],
    "002": [
        ("casualties", NK, 3000, None, "more_than",
         ["Zelenskyy", "Zelensky", "Volodymyr Zelenskyy", "Syrskyi", "Ukraine"],
         "the number of North Korean soldiers killed and wounded in Russia's Kursk Oblast has exceeded 3,000", False),
        ("troops", NK, 11000, 12000, "range",
         ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukraine"],
         "11,000-12,000 North Korean troops are currently deployed in Kursk Oblast", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers have been killed since the troops were first thrown into combat earlier this month", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "Some 1,000 others are believed to have been wounded", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "South Korean military"],
         "North Korea's casualties in Russia's war against Ukraine have reached about 1,100 killed and wounded", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded", False),
        ("killed", NK, 1000, None, "at_least",
         ["HUR", "military intelligence", "Ukraine's military intelligence", "Andrii Yusov", "Yusov", "Ukraine"],
         "no fewer than 1,000 North Korean servicemen have been killed in Kursk Oblast", False),
        ("captured", NK, 2, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Ukrainian forces captured two North Korean soldiers in Kursk Oblast", False),
    ],
    "007": [
        ("casualties", UA, 76000, None, "more_than",
         ["Gerasimov", "Valery Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the losses of the Ukrainian armed forces in the Kursk direction exceeded 76,000 servicemen killed and wounded", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has sent about 3,000 additional troops to Russia since January", False),
        ("troops", NK, 12000, None, "up_to", ["unattributed"],
         "North Korea sent up to 12,000 troops to Russia last year", False),
        ("troops", NK, 200, 900, "vague", ["Ukrainian officials", "Ukraine"],
         "several hundred North Korean soldiers had moved back into positions near the town of Sudzha", True),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS + ["lawmakers", "Park Sun-won"],
         "about 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS + ["lawmakers", "Park Sun-won"],
         "some 600 of them fatally", False),
        ("troops", NK, 15000, None, "about", NIS + ["Park Sun-won"],
         "Pyongyang is thought to have dispatched roughly 15,000 troops in all since last October", False),
    ],
    "010": [
        ("troops", NK, 10000, 12000, "range",
         ["Ukrainian, South Korean and US officials", "Ukraine", "South Korea", "US", "United States", "officials"],
         "between 10,000 and 12,000 troops had been sent", False),
        ("troops", NK, 3000, None, "about", ["Seoul", "South Korea"],
         "A second wave of some three thousand followed early in 2025", False),
        ("troops", NK, 15000, None, "about", NIS,
         "South Korea's National Intelligence Service now puts the total at about 15,000", False),
        ("killed", NK, 2000, None, "about", NIS + ["South Korean lawmakers"],
         "about 2,000 North Korean soldiers had been killed", False),
        ("casualties", NK, 6000, None, "about",
         ["UK Ministry of Defence", "Ministry of Defence", "UK", "Britain", "British"],
         "has put North Korea's total casualties, killed and wounded, at around 6,000", False),
    ],
}

NOT = {
    "000": ["Oct. 8 and 13", "more than 5,000 kilometers", "more than 13,000 containers", "21 military buses",
            "0.25 percentage point to 3.25 pct", "2 inter-Korean roads", "KOSPI at 2,611.38", "36 mln by 2072",
            "four brigades", "early 20s"],
    "001": ["roughly 50 of its 170-mm self-propelled howitzers", "about 20 240-mm multiple rocket launchers",
            "21 member economies", "about 60 percent of global GDP", "Nikkei loses 1.66% to 38,721",
            "by March 2025", "1st runoff vote in 30 years"],
    "002": ["810th Brigade", "6 August 2024", "about 800 sq km",
            "Russia loses another 1,600 soldiers over past day", "52 of 78 Shahed drones", "€1.5 billion"],
    "003": ["about $2,000 a month", "240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "2 new munitions factories", "KOSPI 2,435.93", "KRW/USD 1,451.90"],
    "004": ["groups of 20 to 30", "240-millimeter rocket launchers", "170-millimeter self-propelled artillery",
            "13th anniversary", "1,460 per dollar", "7 in 10"],
    "005": ["46 of 61 Russian drones", "aged 20 and 26", "61 Shahed-type and decoy drones", "$5 a month",
            "4 years", "800 km from front line"],
    "007": ["Article 4", "more than 7,000 pieces of military hardware", "417 tanks", "August 6, 2024",
            "up 1.2% at 2,913 points"],
    "008": ["some 220 pieces of 170-mm self-propelled guns", "240-mm multiple rocket launchers"],
    "009": ["nearly one in three", "28 trillion won (US$20 billion)", "7,000 km away", "6.7 trillion won",
            "June 3 election"],
    "010": ["1,000 sappers", "5,000 military construction workers", "more than $20bn since 2023",
            "hottest summer since 1884", "as little as $1"],
}

OFF = ["006", "012", "013", "014"]
DUP = {"011": "008"}

may = [
    ["000-1", "001-2", "some 12,000 being sent to Russia (NIS, 18 Oct) against about 11,000 in Kursk (Zelenskyy, relayed by Kyodo 13 Nov), four weeks apart"],
]
# the later total of about 15,000 against the first-wave estimates, months earlier
for total in ("009-3", "010-3"):
    for first in ("000-1", "001-2", "002-2", "008-2", "010-1"):
        may.append([first, total, "first-wave estimate of 2024 against the cumulative total of about 15,000 after reinforcements, months later"])
# about 3,000 additional troops against totals and the other part
for extra in ("008-1", "010-2"):
    for other in ("000-1", "000-2", "001-1", "001-2", "002-2", "008-2", "009-3", "010-1", "010-3"):
        if extra == "008-1" and other == "008-2":
            why = "about 3,000 additional troops against up to 12,000 sent last year, same article: an additional force"
        else:
            why = "about 3,000 additional (second-wave) troops against another group or total: an additional force"
        may.append([other, extra, why])
may += [
    ["004-1", "009-1", "about 1,100 casualties (JCS, Dec 2024) against about 4,700 (NIS, Apr 2025): later rise in a cumulative count, months apart"],
    ["004-1", "010-5", "about 1,100 casualties (Dec 2024) against around 6,000 (UK MoD, by Sep 2025), months apart"],
    ["009-1", "010-5", "about 4,700 casualties (NIS, Apr 2025) against around 6,000 (UK MoD, Sep 2025), months apart"],
    ["005-1", "009-2", "about 300 killed (NIS, Jan 2025) against some 600 (NIS, Apr 2025): the update, a later rise in a cumulative count"],
    ["005-1", "010-4", "about 300 killed (Jan 2025) against about 2,000 (NIS, Sep 2025): later rise, months apart"],
    ["005-3", "009-2", "at least 1,000 killed (HUR, Jan 2025) against some 600 (NIS, Apr 2025), months apart"],
    ["009-2", "010-4", "some 600 killed (NIS, Apr 2025) against about 2,000 (NIS, Sep 2025): later rise, months apart"],
    ["003-2", "005-2", "some 1,000 wounded (NIS, 19 Dec) against some 2,700 (NIS, 13 Jan): later rise in a cumulative count, weeks apart"],
]

conflicts = {
    "must": [
        ["002-1", "004-1", "more than 3,000 casualties (Zelenskyy, 23 Dec 2024) against about 1,100 (South Korea's JCS, reported 26 Dec 2024), three days apart"],
        ["005-1", "005-3", "about 300 killed (South Korea's NIS via Lee Seong-kweun) against no fewer than 1,000 killed (HUR's Yusov), same article, same day"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
