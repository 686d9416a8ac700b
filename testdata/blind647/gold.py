#!/usr/bin/env python3
"""Gold labels for testdata/blind647 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind647: fifteen articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025), labelled blind. Same schema as corpus/gold.json; "
         "see corpus/README.md for what counts as a claim and a conflict.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "South Korean intelligence"]
NIS_LEE = NIS + ["Lee Seong-kweun", "lawmakers"]
RYDER = ["Pat Ryder", "Ryder", "Pentagon", "United States", "US", "Department of Defense"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Ukraine", "Kyiv"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "is sending some 12,000 soldiers across four brigades to support Moscow's war against Ukraine", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "a first group of about 1,500 North Korean special operations troops", False),
    ],
    "002": [
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "United States", "US", "State Department"],
         "Roughly 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
        ("troops", "north_korea", 10000, None, "about", ["Pentagon", "United States", "US"],
         "The Pentagon put the overall North Korean presence in Russia at about 10,000", False),
    ],
    "003": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in the Kursk region", False),
        ("troops", "russia", 50000, None, "about", ["Ukrainian commanders", "Ukraine"],
         "Russia has assembled about 50,000 of its own troops in the area", False),
    ],
    "004": [
        ("casualties", "north_korea", 100, 999, "vague", RYDER,
         "North Korean troops being killed and wounded in the hundreds", True),
        ("troops", "north_korea", 11000, 12000, "range", RYDER,
         "somewhere between 11,000 and 12,000 North Korean soldiers in the Kursk region", False),
    ],
    "005": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed in combat against Ukrainian forces", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "Roughly 1,000 others have been wounded", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "2,700 wounded fighting for Russia in the Kursk region", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "they put the North's losses at around 3,000", False),
        ("casualties", "north_korea", 3800, None, "exact", ZEL,
         "3,800 North Korean troops had been killed or wounded", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
        ("troops", "north_korea", 11000, None, "about", ["South Korea", "US", "United States", "Ukraine"],
         "the North sent about 11,000 troops to Russia last autumn", False),
    ],
    "008": [
        ("troops", "north_korea", 11000, None, "about",
         ["Defense Intelligence", "HUR", "Ukraine's Defense Intelligence", "Ukraine"],
         "Pyongyang first sent roughly 11,000 soldiers in autumn 2024", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "some three thousand more had been sent as reinforcements in January and February", False),
        ("casualties", "north_korea", 4000, None, "about", ["Kyiv", "Ukraine"],
         "around 4,000 killed or wounded since December", False),
        ("captured", "north_korea", 2, None, "exact", ["SBU", "Security Service of Ukraine", "Ukraine"],
         "The two soldiers captured in January remain in Ukrainian custody", False),
    ],
    "010": [
        ("troops", "north_korea", 12000, None, "up_to",
         ["Western and South Korean media", "Western media", "South Korean media", "intelligence sources"],
         "up to 12,000 North Korean servicemen were sent to Russia in the autumn of last year", False),
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia", "Russian General Staff"],
         "the losses of the Ukrainian Armed Forces during the Kursk adventure exceeded 76,000 servicemen", False),
    ],
    "011": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "roughly 4,700 North Korean soldiers sent to Russia have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "including about 600 who died", False),
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "North Korea has sent some 15,000 troops to Russia in total", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "up from about 3,000 that the agency gave in January", False),
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "some 300 soldiers had died", False),
    ],
    "014": [
        ("troops", "north_korea", 10000, 12000, "range", ["unattributed"],
         "The first contingent of between 10,000 and 12,000 soldiers entered combat in December 2024", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "North Korea", "Korean Central News Agency"],
         "nine members of the regiment had died while clearing explosives", False),
    ],
}

NOT = {
    "000": ["1.28 million-strong armed forces", "between Oct. 8 and 13", "the 11th Army Corps",
            "1950-53 Korean War", "Yoon's approval rating falls to 20 pct"],
    "002": ["roughly 6,000 kilometers (3,700 miles)", "$425 million military aid package", "155 mm artillery rounds",
            "kills 2, wounds 35", "$10 billion increase in defense spending"],
    "003": ["more than 1,000 square kilometers", "Russia loses 1,250 invaders in past day",
            "two civilians injured", "Ukrinform 2015-2024"],
    "004": ["about 900 U.S. troops in Syria", "the 900 figure", "$725 million package", "155mm rounds"],
    "005": ["170 mm howitzers", "240 mm multiple rocket launchers", "1,450 per dollar",
            "about two months of training", "even a few high-ranking officers"],
    "007": ["1,184 comments", "death toll rises to 24", "GBP 2 a month", "almost trebled in less than a month"],
    "008": ["about 200 long-range artillery pieces", "170mm self-propelled guns", "aged 26", "aged 21",
            "roughly 500 square kilometers", "as many as 20,000 more soldiers", "about $2,000 a month for each soldier",
            "46,000 Ukrainian soldiers killed", "$53 billion", "$5/month"],
    "010": ["more than 7,000 items of military equipment", "over 400 tanks", "115 Ukrainian drones",
            "72-hour ceasefire", "USD/RUB 82.08", "Article 4"],
    "011": ["2.4% in March", "1.2 million expected to leave Japan", "9 days early", "Video duration 1:42"],
    "014": ["1,000 sappers to clear mines", "5,000 military construction workers", "30 hectares",
            "142 comments", "4 Million a Year", "2 Brigades", "several hundred million dollars a year"],
}

OFF = ["001", "006", "009", "012"]
DUP = {"013": "003"}

must = [
    ["002-1", "003-1", "about 8,000 North Korean troops in the Kursk region (US, Blinken, 31 Oct 2024) against "
     "11,000 in the Kursk region (Zelensky, 4 Nov 2024), four days apart"],
    ["007-3", "007-4", "about 3,000 North Korean killed and wounded (NIS via Lee Seong-kweun) against 3,800 "
     "(Zelenskyy), in the same article, a day apart"],
]

may = [
    # troop totals at different times or scopes (Russia overall, Kursk, first contingent, cumulative)
    ["000-1", "002-2", "12,000 being sent (NIS, 18 Oct) against about 10,000 in Russia (Pentagon, late Oct): deployment under way"],
    ["002-2", "003-1", "about 10,000 in Russia overall (Pentagon, late Oct) against 11,000 in Kursk (Zelensky, 4 Nov): different scopes, a week apart"],
    ["002-1", "004-2", "8,000 in Kursk (31 Oct) against 11,000-12,000 in Kursk (16 Dec): six weeks apart, deployment growing"],
    ["002-2", "004-2", "10,000 in Russia (late Oct) against 11,000-12,000 in Kursk (16 Dec): weeks apart"],
    ["002-1", "007-6", "8,000 in Kursk (Oct) against about 11,000 sent to Russia last autumn (reported Jan)"],
    ["002-2", "007-6", "about 10,000 in Russia (Oct) against about 11,000 sent last autumn (reported Jan)"],
    ["002-1", "008-1", "8,000 in Kursk (Oct) against roughly 11,000 first sent (reported Feb)"],
    ["002-2", "008-1", "about 10,000 (Oct) against roughly 11,000 first sent (reported Feb)"],
    ["002-1", "014-1", "8,000 (Oct 2024) against a first contingent of 10,000-12,000 (reported Dec 2025)"],
    ["000-1", "007-6", "about 12,000 (Oct) against about 11,000 (Jan), months apart"],
    ["000-1", "008-1", "about 12,000 (Oct) against roughly 11,000 (Feb), months apart"],
    ["000-1", "011-3", "12,000 (Oct 2024) against 15,000 in total including reinforcements (Apr 2025)"],
    ["002-1", "011-3", "8,000 in Kursk (Oct 2024) against 15,000 in total (Apr 2025)"],
    ["002-2", "011-3", "10,000 (Oct 2024) against 15,000 in total (Apr 2025)"],
    ["003-1", "011-3", "11,000 (Nov 2024) against 15,000 in total (Apr 2025)"],
    ["004-2", "011-3", "11,000-12,000 (Dec 2024) against 15,000 in total (Apr 2025)"],
    ["007-6", "011-3", "about 11,000 last autumn against 15,000 in total including reinforcements"],
    ["008-1", "011-3", "roughly 11,000 first sent against 15,000 in total, two months apart"],
    ["010-2", "011-3", "up to 12,000 sent last autumn (media) against 15,000 in total (NIS), two days apart: initial force against cumulative"],
    ["011-3", "014-1", "15,000 in total against a first contingent of 10,000-12,000"],
    # an additional force
    ["008-2", "000-1", "some 3,000 additional troops against the 12,000 first reported"],
    ["008-2", "002-1", "some 3,000 additional troops against 8,000 in Kursk"],
    ["008-2", "002-2", "some 3,000 additional troops against 10,000 in Russia"],
    ["008-2", "003-1", "some 3,000 additional troops against 11,000 in Kursk"],
    ["008-2", "004-2", "some 3,000 additional troops against 11,000-12,000 in Kursk"],
    ["008-2", "007-6", "some 3,000 additional troops against about 11,000 sent last autumn"],
    ["008-2", "008-1", "some 3,000 reinforcements against the roughly 11,000 first sent, same article"],
    ["008-2", "010-2", "some 3,000 additional troops against up to 12,000"],
    ["008-2", "011-3", "some 3,000 reinforcements against 15,000 in total"],
    ["008-2", "014-1", "some 3,000 additional troops against a first contingent of 10,000-12,000"],
    # cumulative casualty figures weeks or months apart, different sources
    ["007-3", "008-3", "about 3,000 (NIS, 13 Jan) against around 4,000 (Kyiv, late Feb): six weeks apart"],
    ["007-4", "011-1", "3,800 (Zelenskyy, Jan) against about 4,700 (NIS, Apr): months apart"],
    ["007-4", "011-4", "3,800 (Zelenskyy, Jan) against the NIS's January 3,000 repeated in April: a repeat of the 007 conflict, months later"],
    ["008-3", "011-1", "around 4,000 (Kyiv, Feb) against about 4,700 (NIS, Apr): two months apart"],
    ["008-3", "011-4", "around 4,000 (Kyiv, Feb) against the NIS's January 3,000 (reported Apr)"],
]

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
