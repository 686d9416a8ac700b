#!/usr/bin/env python3
"""Gold labels for testdata/blind429 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind429: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025). See testdata/corpus/README.md for the "
         "meaning of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
LEE = NIS + ["Lee Seong-kweun", "lawmakers"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korean military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
SSO = ["Special Operations Forces", "SSO", "Ukraine"]
HUR = ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "Some 1,500 members of the North's special operations forces were carried from the port areas of Chongjin, Hamhung and Musudan to Vladivostok", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "there were now 11,000 North Korean soldiers in Russia's Kursk region", False),
        ("troops", "north_korea", 8000, None, "at_least",
         ["Antony Blinken", "Blinken", "US Secretary of State", "United States", "US", "Washington"],
         "at least 8,000 North Korean soldiers had been moved to the Kursk area", False),
        ("troops", "north_korea", 12000, None, "up_to",
         ["Kyrylo Budanov", "Budanov", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "Up to 12,000 North Korean troops, Ukraine's military intelligence chief Kyrylo Budanov said in mid-October, were being trained at five training grounds in Russia's Far East", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "The number of North Korean soldiers killed and wounded in Russia's Kursk region has now passed 3,000", False),
        ("killed", "north_korea", 50, None, "exact", SSO,
         "their units had killed 50 North Korean soldiers", False),
        ("wounded", "north_korea", 47, None, "exact", SSO,
         "wounded 47 in a three-day battle near the village of Plekhovo", False),
        ("killed", "north_korea", 200, 900, "vague", ["military observers", "Military observers"],
         "hundreds of North Korean soldiers have died in frontal assaults on Ukrainian positions", True),
    ],
    "004": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "roughly 1,100 North Korean soldiers have been killed or wounded", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "believes the North has some 11,000 troops in Russia", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", LEE,
         "North Korea has sent some three thousand additional soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 11000, 12000, "range",
         ["Seoul", "Kyiv", "Washington", "South Korea", "Ukraine", "United States"],
         "Pyongyang sent 11,000 to 12,000 troops in the autumn", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "Kyiv"],
         "Ukraine said it had captured two North Korean soldiers", False),
    ],
    "008": [
        ("casualties", "north_korea", 3000, None, "about", LEE,
         "About 3,000 North Korean soldiers have been killed or wounded in fighting against Ukraine", False),
        ("killed", "north_korea", 300, None, "about", LEE,
         "around 300 are believed dead", False),
        ("wounded", "north_korea", 2700, None, "about", LEE,
         "about 2,700 injured", False),
        ("captured", "north_korea", 2, None, "exact", LEE + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "two North Korean soldiers had been captured by Ukrainian forces", False),
        ("killed", "north_korea", 1000, None, "more_than", HUR,
         "more than 1,000 North Korean soldiers had died in the fighting by early January", False),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", LEE + ["South Korean lawmakers"],
         "North Korea has suffered around 4,700 casualties fighting alongside Russian forces", False),
        ("killed", "north_korea", 600, None, "about", LEE + ["South Korean lawmakers"],
         "about 600 of them fatal", False),
        ("troops", "north_korea", 10000, 12000, "range", ["Western officials"],
         "between 10,000 and 12,000 North Korean troops were sent to the Kursk border region last autumn", False),
    ],
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the losses of the Ukrainian armed forces in the Kursk area since August 2024 exceeded 76,000 servicemen", False),
    ],
    "013": [
        ("troops", "north_korea", 14000, None, "about", ["unattributed"],
         "Roughly 14,000 North Korean soldiers are thought to have served in Kursk since last autumn", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["South Korea's spy agency", "NIS", "South Korea"],
         "South Korea's spy agency says thousands have been killed or wounded", True),
    ],
    "014": [
        ("killed", "north_korea", 2000, None, "about", LEE,
         "South Korea's National Intelligence Service now believes about 2,000 North Korean soldiers have been killed in the fighting in Russia", False),
    ],
}

NOT = {
    "000": ["as many as 12,000 soldiers once the remaining units follow", "could send 12K troops to Russia",
            "4 landing ships, 3 escort vessels", "about 40 kilometers from the Russian border",
            "3 injured as car hits food stall", "61.2 trillion won", "four brigades of its 11th Corps",
            "KOSPI 2,593.91"],
    "002": ["96 Shahed-type attack drones", "shot down 62 of them", "30 were \"locationally lost,\"",
            "$1.35 billion", "day 986", "Ukraine hits 3 Russian airfields", "55% of the vote",
            "five training grounds", "UAH/USD 41.23"],
    "003": ["Air defense downs 52 of 81 Russian drones overnight", "about 1,300 square kilometers",
            "UAH 2.23 trillion", "August 6, 2024"],
    "004": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "Over 1 million rally in Seoul", "4 pending bills", "1,450 per dollar", "after 2 months"],
    "007": ["240 mm multiple rocket launchers", "5 States Where Egg Prices Have Doubled",
            "$5 Million 'Gold Card' Visa", "at least twice this year", "Tesla Stock Falls 8%"],
    "008": ["born in 2005", "The other is aged 26", "nearly three times the estimate",
            "2+2 security talks", "Nikkei closes at 38,474", "Russia sentences 2 Japanese nationals"],
    "010": ["Trump's first 100 days", "At least 14 injured as gas blast", "3 min Reading time"],
    "011": ["more than 7,000 pieces of weapons and military hardware", "over 400 tanks", "Article 4",
            "35th settlement since March", "1-2% in 2025", "June 19, 2024"],
    "013": ["1,000 deminers", "5,000 military construction workers", "North Korea to send 6,000 more",
            "about 45,000 hectares", "more than 1,000 kilometers long", "as much as $20 billion",
            "Resolution 2397", "swap 1,000 bodies each", "3.5% of GDP"],
    "014": ["most of the 5,000 military builders were still due to arrive",
            "7 months under Ukrainian control", "cuts key rate to 17%", "donate from €5 a month"],
}

OFF = ["001", "006", "009", "012"]

DUP = {"005": "008"}

conflicts = {
    "must": [
        ["004-1", "003-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, reported Dec 26): same metric, three days apart"],
        ["008-2", "008-5", "about 300 North Koreans killed (NIS via lawmaker Lee) against more than 1,000 killed (Ukraine's military intelligence) in the same article, same period"],
    ],
    "may": [
        ["000-1", "002-1", "first contingent of about 1,500 (Oct 18) against 11,000 in Kursk three weeks later"],
        ["000-1", "002-2", "first contingent of about 1,500 against at least 8,000 two weeks later"],
        ["000-1", "004-2", "first contingent of about 1,500 (October) against some 11,000 (December)"],
        ["000-1", "007-1", "first contingent (October) against about 3,000 reinforcements (February): different contingents"],
        ["000-1", "007-2", "first contingent of about 1,500 against 11,000-12,000 sent in the autumn"],
        ["000-1", "010-3", "first contingent of about 1,500 against 10,000-12,000, months later"],
        ["000-1", "013-1", "first contingent of about 1,500 against about 14,000 in all, months later"],
        ["007-1", "002-1", "an additional 3,000 against the 11,000 total sent earlier"],
        ["007-1", "002-2", "an additional 3,000 against at least 8,000 sent earlier"],
        ["007-1", "004-2", "an additional 3,000 against some 11,000 sent earlier"],
        ["007-1", "007-2", "an additional 3,000 against the 11,000-12,000 sent in the autumn, same article"],
        ["007-1", "010-3", "an additional 3,000 against 10,000-12,000 sent in the autumn"],
        ["007-1", "013-1", "an additional 3,000 against about 14,000 in all including reinforcements"],
        ["013-1", "002-1", "about 14,000 including reinforcements (June 2025) against 11,000 (November 2024)"],
        ["013-1", "002-3", "about 14,000 including reinforcements (June 2025) against up to 12,000 (October 2024)"],
        ["013-1", "004-2", "about 14,000 including reinforcements against some 11,000, six months earlier"],
        ["013-1", "007-2", "about 14,000 including reinforcements against 11,000-12,000 sent in the autumn"],
        ["013-1", "010-3", "about 14,000 including reinforcements against 10,000-12,000 sent in the autumn"],
        ["003-1", "008-1", "more than 3,000 (Zelensky, Dec 26) against about 3,000 (NIS, Jan 13): borderline bound"],
        ["004-1", "010-1", "about 1,100 casualties (December) against about 4,700 (April): months apart"],
        ["008-1", "010-1", "about 3,000 casualties (January) against about 4,700 (April): months apart"],
        ["008-2", "010-2", "about 300 killed (January) against about 600 (April): months apart"],
        ["008-5", "010-2", "more than 1,000 killed (HUR, January) against about 600 (NIS, April): months apart"],
        ["010-2", "014-1", "about 600 killed (April) against about 2,000 (September): months apart, a rising estimate"],
        ["008-2", "014-1", "about 300 killed (January) against about 2,000 (September): months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
