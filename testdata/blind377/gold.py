#!/usr/bin/env python3
"""Gold labels for testdata/blind377 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

ABOUT = ("Gold labels for blind377: fifteen articles written in our own words about the real story's "
         "known reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korean military", "South Korea", "Seoul"]
BLINKEN = ["Antony Blinken", "Blinken", "United States", "US", "U.S.", "Washington"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskiy", "Zelenskyy", "Ukraine", "President of Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "about 12,000 troops in all", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "carried some 1,500 special forces soldiers", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, None, "about", BLINKEN,
         "North Korea has sent roughly 10,000 soldiers to Russia", False),
        ("troops", "north_korea", 8000, None, "about", BLINKEN,
         "about 8,000 of them have moved into Kursk", False),
        ("troops", "north_korea", 10000, 12000, "range",
         ["Kim Yong-hyun", "South Korean Defense Minister", "South Korea", "Seoul"],
         "put Seoul's estimate at between 10,000 and 12,000 troops", False),
    ],
    "003": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "Eleven thousand of them are already in the Kursk region", False),
        ("troops", "north_korea", 7000, None, "more_than",
         ["Defense Intelligence of Ukraine", "HUR", "Ukrainian intelligence", "Ukraine"],
         "more than 7,000 North Korean military personnel had been moved to areas near the Ukrainian border", False),
    ],
    "004": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 dead", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "the number of wounded is estimated at close to 1,000", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "put the number of North Korean dead and wounded in the Kursk region at “already more than 3,000”", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers have been killed or wounded fighting Ukrainian forces in Kursk", False),
        ("casualties", "north_korea", 200, 900, "vague",
         ["White House", "John Kirby", "Kirby", "United States", "US"],
         "North Korean troops had suffered \"several hundred\" casualties", True),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS + ["intelligence committee"],
         "about 300 North Korean soldiers deployed to Russia have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["intelligence committee"],
         "around 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "009": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea has sent some three thousand more soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "the roughly 11,000 troops it dispatched last autumn", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "North Korean losses had climbed to about 4,000 killed and wounded", False),
    ],
    "011": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "an estimated 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "about 600 deaths", False),
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "North Korea had deployed around 15,000 troops to Russia in total", False),
    ],
    "012": [
        ("troops", "north_korea", 11000, 12000, "range", ["unattributed"],
         "North Korea sent an estimated 11,000-12,000 troops to Kursk last autumn", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "several thousand more followed early this year", True),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang", "Kim Jong Un"],
         "acknowledging that nine of them died during the mission", False),
        ("troops", "north_korea", 15000, None, "up_to",
         ["South Korean and Ukrainian estimates", "South Korea", "Ukraine"],
         "North Korea has sent up to 15,000 troops to Russia since late 2024", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
    ],
}

NOT = {
    "000": ["more than 13,000 containers", "Four amphibious landing ships and three escort vessels",
            "an active-duty force of around 1.28 million", "between Oct. 8 and 13", "the 11th Corps",
            "Han Kang's books top 1 million copies", "2 days of talks"],
    "002": ["about 300 kilometers away", "$425 million", "the 56th Security Consultative Meeting",
            "3 robotic combat vehicle prototypes", "56 A-10s"],
    "003": ["60mm mortars", "AK-12 rifles", "50 drones overnight, air defense downs 33"],
    "004": ["38th straight week", "3 in 10 young Koreans", "past 1,450 per dollar"],
    "005": ["42 Ukrainian drones", "more than 3,000 customers without electricity",
            "240mm multiple rocket launchers", "170mm self-propelled guns", "the 10 best albums of 2024",
            "24-hour wind warning"],
    "007": ["Watch video 01:36", "Nikkei average ends at 39,190"],
    "009": ["about 220 artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "Key rate 21%", "USD 84.15", "as little as $2"],
    "011": ["28 trillion won ($19.6 billion)", "KOSPI 2,556.61", "the May 9 Victory Day parade"],
    "012": ["1,000 sappers", "5,000 military construction workers", "6,000 military builders and deminers",
            "some 150,000 residents", "nine months of combat", "3 min Reading time"],
    "014": ["over 120 days", "1,000 deminers and 5,000 military construction workers",
            "exports rise 8.4% in November"],
}

OFF = ["001", "006", "010", "013"]
DUP = {"008": "007"}

MUST = [
    ["002-2", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 already in "
     "Kursk (Zelensky, Nov 4-5): same place, five days apart"],
    ["005-1", "005-2", "more than 3,000 killed and wounded (Zelenskiy) against about 1,100 (South Korea's JCS), "
     "the same day, in the same live blog"],
]

MAY = [
    # troops: a deployment still under way, estimates of a total against a Kursk figure
    ["000-1", "002-1", "about 12,000 being dispatched in all (NIS, Oct 18) against roughly 10,000 sent so far (US, Oct 31)"],
    ["000-1", "003-1", "about 12,000 to Russia (NIS) against 11,000 in Kursk (Zelensky), two and a half weeks apart"],
    ["002-1", "003-1", "roughly 10,000 in Russia (US) against 11,000 in Kursk (Zelensky), five days apart: close, but Kursk exceeds the total"],
    ["000-1", "009-2", "12,000 (Oct 2024) against 11,000 sent last autumn, reported five months later"],
    ["002-1", "009-2", "10,000 (Oct 2024) against 11,000 sent last autumn, reported five months later"],
    ["002-2", "009-2", "8,000 in Kursk (Oct 2024) against 11,000 sent last autumn, months later"],
    ["002-2", "012-1", "8,000 in Kursk (Oct 2024) against 11,000-12,000 sent to Kursk last autumn, eight months later"],
    ["002-1", "012-1", "10,000 (Oct 2024) against 11,000-12,000, eight months later"],
    ["000-1", "011-3", "12,000 (Oct 2024) against 15,000 in total including reinforcements (Apr 2025)"],
    ["002-1", "011-3", "10,000 (Oct 2024) against 15,000 in total including reinforcements (Apr 2025)"],
    ["002-3", "011-3", "10,000-12,000 (Oct 2024) against 15,000 in total including reinforcements (Apr 2025)"],
    ["003-1", "011-3", "11,000 (Nov 2024) against 15,000 in total including reinforcements (Apr 2025)"],
    ["009-2", "011-3", "11,000 first contingent against 15,000 in total, a month apart"],
    ["011-3", "012-1", "15,000 in total against 11,000-12,000 in the first contingent"],
    # "an additional" force
    ["009-1", "009-2", "some 3,000 more against the 11,000 sent earlier: an additional force"],
    ["009-1", "000-1", "an additional 3,000 against the first deployment"],
    ["009-1", "002-1", "an additional 3,000 against the first deployment"],
    ["009-1", "002-2", "an additional 3,000 against the first deployment"],
    ["009-1", "002-3", "an additional 3,000 against the first deployment"],
    ["009-1", "003-1", "an additional 3,000 against the first deployment"],
    ["009-1", "003-2", "an additional 3,000 against more than 7,000 near the border"],
    ["009-1", "011-3", "an additional 3,000 against 15,000 in total"],
    ["009-1", "012-1", "an additional 3,000 against the first deployment"],
    # cumulative tolls months apart
    ["005-2", "009-3", "1,100 casualties (Dec 2024) against about 4,000 (Mar 2025): a cumulative toll three months later"],
    ["005-2", "011-1", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025): a cumulative toll four months later"],
    ["007-1", "011-2", "about 300 killed (Jan 2025) against about 600 (Apr 2025): a cumulative toll months later"],
    ["007-1", "014-3", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025 estimate)"],
    ["011-2", "014-3", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025 estimate)"],
]

goldlib.write(ABOUT, A, NOT, OFF, DUP, {"must": MUST, "may": MAY})
