#!/usr/bin/env python3
"""Gold labels for testdata/blind675 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind675/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
HUR = ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
LEE = ["Lee Seong-kweun", "Lee"] + NIS
GEN = ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "Secretary of State", "United States", "US"],
         "Some 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
        # all of Russia: the Kursk figure above is a part of it
        ("troops", NK, 10000, None, "about", ["Lloyd Austin", "Austin", "United States", "US", "Pentagon"],
         "the United States estimates that Pyongyang has shipped roughly 10,000 soldiers to Russia", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "eleven thousand North Korean soldiers are now in Russia's Kursk region", False),
        # those still in rear camps: a part of the whole
        ("troops", NK, 2000, 9999, "vague", ["Ukrainian officials", "Ukraine"],
         "thousands of them are still in camps behind the front line", True),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops deployed to Russia have suffered an estimated 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 had been wounded", False),
        ("troops", NK, 11000, None, "about", U,
         "North Korea is believed to have sent some 11,000 troops to Russia", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Kursk Oblast", False),
        # one weekend's fighting: a part of the whole
        ("killed", NK, 24, 99, "vague", ["Special Operations Forces", "SSO", "Ukraine"],
         "their operators had killed dozens of North Korean soldiers", True),
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean forces have lost about 1,100 soldiers killed or wounded", False),
    ],
    "005": [
        ("killed", NK, 300, None, "exact", NIS,
         "300 — North Korean soldiers killed in Kursk so far", False),
        ("casualties", NK, 3000, None, "more_than", LEE,
         "The number of North Koreans killed or wounded in Kursk has climbed past 3,000", False),
        ("killed", NK, 300, None, "about", LEE,
         "Roughly 300 of those were killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL + NIS,
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
    ],
    "007": [
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "Pyongyang had dispatched an additional 3,000 or so troops to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", JCS,
         "on top of the roughly 11,000 it sent last autumn", False),
        ("troops", NK, 10000, 12000, "range", ["Ukrainian and Western estimates", "Ukrainian", "Western", "Ukraine"],
         "Earlier Ukrainian and Western estimates put the first deployment at between 10,000 and 12,000", False),
        ("casualties", NK, 3000, None, "more_than", NIS,
         "put North Korean dead and wounded at more than 3,000", False),
        # one week only: a part of the whole
        ("casualties", NK, 1000, None, "more_than", ["John Kirby", "Kirby", "White House", "United States", "Washington"],
         "more than 1,000 North Koreans had been killed or wounded in a single week of fighting", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"],
         "Ukraine says it has taken two North Korean soldiers prisoner", False),
        ("troops", RU, 50000, None, "about", ["US officials", "U.S. officials", "United States"],
         "Russia had massed a force of some 50,000 troops to retake Kursk", False),
    ],
    "008": [
        ("casualties", UA, 76000, None, "more_than", GEN,
         "the enemy had lost over 76,000 servicemen", False),
        ("troops", UA, 1000, None, "up_to", GEN,
         "up to 1,000 servicemen of the Ukrainian armed forces with tanks and armoured vehicles took part in the attack", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS,
         "Roughly 4,700 North Korean soldiers were killed or wounded in the fighting", False),
        ("killed", NK, 600, None, "about", NIS,
         "some 600 of them dead", False),
        ("killed", NK, 1000, None, "at_least", ["Western intelligence officials", "Western intelligence", "BBC"],
         "have put the number killed at no fewer than 1,000", False),
        ("captured", NK, 2, None, "exact", U + ["Ukraine"],
         "Ukraine, which captured two North Korean soldiers in January", False),
    ],
    "011": [
        ("troops", NK, 14000, None, "about", ["South Korean and Western estimates", "South Korean", "Western", "South Korea"],
         "North Korea has sent roughly 14,000 soldiers to Russia", False),
        # the first group only
        ("troops", NK, 1500, None, "about", NIS,
         "A first group of about 1,500 has been shipped to Vladivostok aboard Russian navy vessels", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean troops are in Russia's Kursk region", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Kursk", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "The NIS estimates North Korean casualties at 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "including around 600 killed", False),
        # September's rise of the cumulative toll: an update of 011-6, not a conflict
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed", False),
    ],
    "012": [
        # one engineer regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state news agency", "North Korea"],
         "Nine of the regiment's soldiers died during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Koreans had been killed in the Kursk fighting", False),
        ("troops", NK, 11000, 12000, "range", U + ["most estimates"],
         "The first wave, 11,000-12,000 soldiers in the autumn of 2024", False),
        ("troops", NK, 15000, None, "up_to", U + ["most estimates"],
         "bringing the total to as many as 15,000 by most estimates", False),
        ("troops", NK, 10000, None, "about", NIS,
         "around 10,000 North Korean soldiers were still stationed in Russian border areas", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "about", NIS,
         "roughly 5,000 military construction personnel were being moved into Russia in stages", False),
    ],
    "013": [
        # one weekend's assaults: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "lost at least 30 men killed or wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States"],
         "the North Koreans had taken several hundred casualties", True),
    ],
}

NOT = {
    "000": ["31/10/2024 - 20:40", "31/10/2024 - 21:15", "October 31, 2024", "56th Security Consultative Meeting",
            "a total of about 12,000 may eventually be sent", "Spain flood death toll climbs to 158",
            "US economy grows 2.8% in third quarter"],
    "002": ["November 5, 2024 - 03:00 ET", "[03:14:22]", "just after 11 in the morning", "The 46-year-old president",
            "several hundred square kilometres", "[03:17:05]", "less than three hours", "DOW FUTURES +0.3%",
            "POLLS OPEN 6 A.M. ET"],
    "003": ["paras 4-6", "240-mm multiple rocket launchers", "170-mm self-propelled guns", "2024/12/23 11:40 KST",
            "15-year low near 1,450 per dollar", "exports up 6.6 pct in first 20 days of December"],
    "004": ["Day 1,034", "23 December 2024, 23:35", "Russian losses today: +1,860", "UAH/USD 41.95",
            "Two injured in guided bomb attack", "a 58-year-old man", "25 of 32 Shahed drones", "from $3 a month"],
    "005": ["Tuesday, January 14, 2025", "Read time: 4 minutes", "one was born in 2005 and the other in 1999",
            "on Jan. 6 flew about 1,100 km", "short of the 1,500 km", "Zelensky: North Korean losses in Kursk top 3K (Dec. 23)",
            "from $10 a month"],
    "007": ["28 Mar 2025", "6 mins", "some 220 artillery pieces", "170mm self-propelled guns",
            "240mm multiple rocket launchers", "for several weeks in February", "area about 30,000 square km",
            "population about 1.1 million"],
    "008": ["14:25 26.04.2025", "16:02 26.04.2025", "48 211 views", "over 7,700 pieces of weaponry and military equipment",
            "August 6, 2024", "more than 150,000 residents of the border districts", "30-hour Easter truce"],
    "009": ["shared more than 12,000 times", "April 28", "April 30"],
    "011": ["September 5, 2025 2:30 PM GMT+9", "Updated 2 hours ago", "OCT. 18, 2024",
            "as many as 12,000 are expected to follow", "1,000 deminers and 5,000 military builders"],
    "012": ["December 13", "after 120 days of clearing mines", "Kim Jong Un, 41",
            "more than three times the figure it gave in the spring", "6,000 sappers and builders",
            "could send as many as 30,000 more soldiers", "about 28 trillion won", "1.5 million active personnel",
            "for 12 years", "Just $5 a month"],
    "013": ["Tuesday 17 December 2024 08:40", "Read 1 min", "14-15 December",
            "Russia lost 1,530 soldiers over past day", "third tranche"],
}

OFF = ["001", "006", "010"]
DUP = {"014": "000"}

A_ = "an additional or separate force (reinforcements, construction troops), not the same count"
P_ = "a part against the whole (one unit, one battle, one week, a first group or those in camps)"
V_ = "a vague quantity (optional claim) against a figure"
conflicts = {
    "must": [
        ["000-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4, reported Nov 5), five days apart"],
        ["003-1", "004-1", "about 1,100 North Korean casualties (South Korea's JCS, Yonhap, Dec 23) against more than 3,000 (Zelensky, Kyiv Post, Dec 23), the same day"],
        ["004-3", "004-1", "within one live blog: about 1,100 casualties (JCS) against more than 3,000 (Zelensky), the same day"],
        ["009-2", "009-3", "within one fact-check: about 600 North Korean killed (NIS, Apr 30) against no fewer than 1,000 killed (Western intelligence via the BBC), the same week"],
    ],
    "may": [
        # troops, north_korea
        ["000-1", "000-2", "8,000 in Kursk against about 10,000 in all of Russia, same article: " + P_],
        ["000-1", "003-4", "8,000 (Oct 31) against some 11,000 (Dec 23), seven weeks apart, a growing deployment"],
        ["000-1", "007-1", "8,000 (Oct 2024) against 3,000 reinforcements (Mar 2025): " + A_],
        ["000-1", "007-2", "8,000 in Kursk (Oct 2024) against roughly 11,000 sent in autumn (Mar 2025), months apart"],
        ["000-1", "007-3", "8,000 (Oct 2024) against 10,000-12,000 (Mar 2025), months apart"],
        ["000-1", "011-1", "8,000 (Oct 2024) against roughly 14,000 in all (Sep 2025), months apart, reinforcements included"],
        ["000-1", "011-2", "8,000 in Kursk against the first group of 1,500 restated in a 2025 timeline: " + P_],
        ["000-1", "011-3", "8,000 (Oct 31) against Zelensky's 11,000 restated in a timeline ten months later"],
        ["000-1", "012-3", "8,000 (Oct 2024) against 11,000-12,000 restated in Dec 2025, a year apart"],
        ["000-1", "012-5", "8,000 (Oct 2024) against about 10,000 still stationed (Dec 2025), a year apart"],
        ["000-1", "012-6", "8,000 against 5,000 construction troops a year later: " + A_],
        ["000-2", "002-1", "about 10,000 in all of Russia (Oct 31) against 11,000 in Kursk (Nov 5): different scope, a growing deployment"],
        ["000-2", "002-2", "10,000 in Russia against thousands still in camps: " + P_],
        ["000-2", "003-4", "about 10,000 (Oct 31) against some 11,000 (Dec 23), seven weeks apart"],
        ["000-2", "007-1", "10,000 (Oct 2024) against 3,000 reinforcements: " + A_],
        ["000-2", "007-2", "about 10,000 (Oct 2024) against roughly 11,000 (Mar 2025), months apart"],
        ["000-2", "011-1", "about 10,000 (Oct 2024) against roughly 14,000 in all (Sep 2025), months apart"],
        ["000-2", "011-2", "10,000 against the first group of 1,500: " + P_],
        ["000-2", "011-3", "about 10,000 in Russia (Oct 2024) against 11,000 in Kursk restated ten months later"],
        ["000-2", "012-3", "about 10,000 (Oct 2024) against 11,000-12,000 restated in Dec 2025"],
        ["000-2", "012-6", "10,000 against 5,000 construction troops: " + A_],
        ["002-1", "002-2", "11,000 in Kursk against thousands still in camps, same transcript: " + P_],
        ["002-1", "007-1", "11,000 against 3,000 reinforcements: " + A_],
        ["002-1", "011-1", "11,000 (Nov 2024) against roughly 14,000 in all (Sep 2025), months apart"],
        ["002-1", "011-2", "11,000 against the first group of 1,500: " + P_],
        ["002-1", "012-5", "11,000 (Nov 2024) against about 10,000 still stationed (Dec 2025), a year apart"],
        ["002-1", "012-6", "11,000 against 5,000 construction troops: " + A_],
        ["002-2", "003-4", "thousands in camps against some 11,000 in all: " + V_],
        ["002-2", "007-2", "thousands in camps against roughly 11,000: " + V_],
        ["002-2", "007-3", "thousands in camps against 10,000-12,000: " + V_],
        ["002-2", "011-1", "thousands in camps against roughly 14,000: " + V_],
        ["002-2", "011-2", "thousands in camps against a first group of 1,500: " + V_],
        ["002-2", "011-3", "thousands in camps against 11,000: " + V_],
        ["002-2", "012-3", "thousands in camps against 11,000-12,000: " + V_],
        ["002-2", "012-5", "thousands in camps (Nov 2024) against about 10,000 (Dec 2025): " + V_],
        ["003-4", "007-1", "some 11,000 against 3,000 reinforcements: " + A_],
        ["003-4", "011-1", "some 11,000 (Dec 2024) against roughly 14,000 in all (Sep 2025), months apart"],
        ["003-4", "011-2", "some 11,000 against the first group of 1,500: " + P_],
        ["003-4", "012-5", "some 11,000 (Dec 2024) against about 10,000 still stationed (Dec 2025), a year apart"],
        ["003-4", "012-6", "some 11,000 against 5,000 construction troops: " + A_],
        ["007-1", "007-2", "within one explainer: 3,000 reinforcements on top of 11,000: " + A_],
        ["007-1", "007-3", "3,000 reinforcements against the first deployment of 10,000-12,000: " + A_],
        ["007-1", "011-1", "3,000 reinforcements against roughly 14,000 in all: " + A_],
        ["007-1", "011-2", "3,000 reinforcements against a first group of 1,500: " + A_],
        ["007-1", "011-3", "3,000 reinforcements against 11,000: " + A_],
        ["007-1", "012-3", "3,000 reinforcements against the first wave of 11,000-12,000: " + A_],
        ["007-1", "012-5", "3,000 reinforcements against about 10,000 still stationed: " + A_],
        ["007-1", "012-6", "3,000 reinforcements against 5,000 construction troops: " + A_],
        ["007-2", "011-1", "roughly 11,000 (first deployment) against roughly 14,000 in all, reinforcements included"],
        ["007-2", "011-2", "roughly 11,000 against the first group of 1,500: " + P_],
        ["007-2", "012-5", "roughly 11,000 sent (Mar 2025) against about 10,000 still stationed (Dec 2025), months apart"],
        ["007-2", "012-6", "roughly 11,000 against 5,000 construction troops: " + A_],
        ["007-3", "011-1", "10,000-12,000 (first deployment) against roughly 14,000 in all, reinforcements included"],
        ["007-3", "011-2", "10,000-12,000 against the first group of 1,500: " + P_],
        ["007-3", "012-6", "10,000-12,000 against 5,000 construction troops: " + A_],
        ["011-1", "011-2", "within one timeline: roughly 14,000 in all against the first group of 1,500 (Oct 2024): " + P_],
        ["011-1", "011-3", "within one timeline: roughly 14,000 in all (2025) against 11,000 in Kursk (Nov 2024)"],
        ["011-1", "012-3", "roughly 14,000 in all against the first wave of 11,000-12,000"],
        ["011-1", "012-5", "roughly 14,000 sent (Sep 2025) against about 10,000 still stationed (Dec 2025)"],
        ["011-1", "012-6", "roughly 14,000 against 5,000 construction troops: " + A_],
        ["011-2", "011-3", "within one timeline: first group of 1,500 (Oct 18) against 11,000 (Nov 4): " + P_],
        ["011-2", "012-3", "first group of 1,500 against the first wave of 11,000-12,000: " + P_],
        ["011-2", "012-5", "first group of 1,500 (Oct 2024) against about 10,000 still stationed (Dec 2025)"],
        ["011-2", "012-6", "first group of 1,500 against 5,000 construction troops: " + A_],
        ["011-3", "012-5", "11,000 (Nov 2024) against about 10,000 still stationed (Dec 2025), a year apart"],
        ["011-3", "012-6", "11,000 against 5,000 construction troops: " + A_],
        ["012-3", "012-5", "within one analysis: the first wave of 11,000-12,000 against about 10,000 still stationed a year later"],
        ["012-3", "012-6", "within one analysis: the first wave against 5,000 construction troops: " + A_],
        ["012-5", "012-6", "within one analysis: troops stationed against a separate construction contingent: " + A_],
        # casualties, north_korea
        ["003-1", "005-2", "about 1,100 (JCS, Dec 23) against more than 3,000 (NIS, Jan 13), three weeks apart, a rising total"],
        ["003-1", "007-4", "about 1,100 (Dec 2024) against January's more than 3,000 restated in March"],
        ["003-1", "009-1", "about 1,100 (Dec 2024) against roughly 4,700 (Apr 2025), months apart"],
        ["003-1", "011-5", "about 1,100 (Dec 2024) against 4,700 (Apr 2025, restated Sep), months apart"],
        ["003-1", "013-2", "about 1,100 (Dec 23) against several hundred (Pentagon, Dec 16): " + V_],
        ["004-1", "013-2", "more than 3,000 (Dec 23) against several hundred (Pentagon, Dec 16): " + V_],
        ["004-3", "005-2", "about 1,100 (JCS, Dec 23) against more than 3,000 (NIS, Jan 13), three weeks apart, a rising total"],
        ["004-3", "007-4", "about 1,100 (Dec 2024) against January's more than 3,000 restated in March"],
        ["004-3", "009-1", "about 1,100 (Dec 2024) against roughly 4,700 (Apr 2025), months apart"],
        ["004-3", "011-5", "about 1,100 (Dec 2024) against 4,700 (Apr 2025, restated Sep), months apart"],
        ["004-3", "013-2", "about 1,100 (Dec 23) against several hundred (Pentagon, Dec 16): " + V_],
        ["005-2", "013-2", "more than 3,000 (Jan 13) against several hundred (Dec 16): " + V_],
        ["007-4", "013-2", "more than 3,000 (Jan, restated Mar) against several hundred (Dec 16): " + V_],
        ["007-5", "013-2", "more than 1,000 in one week (Kirby, late Dec) against several hundred in all (Dec 16): " + V_],
        ["009-1", "013-2", "roughly 4,700 (Apr 2025) against several hundred (Dec 2024): " + V_],
        ["011-5", "013-2", "4,700 (Apr 2025) against several hundred (Dec 2024): " + V_],
        # killed, north_korea
        ["003-2", "004-2", "at least 100 (NIS, Dec 19) against dozens in one weekend's fighting (SSO): " + V_],
        ["003-2", "012-1", "at least 100 in all (Dec 2024) against nine in one engineer regiment (Dec 2025): " + P_],
        ["004-2", "005-1", "dozens in one weekend against 300 in all: " + V_],
        ["004-2", "005-3", "dozens in one weekend against roughly 300 in all: " + V_],
        ["004-2", "009-2", "dozens in one weekend against about 600 in all: " + V_],
        ["004-2", "009-3", "dozens in one weekend against no fewer than 1,000: " + V_],
        ["004-2", "011-6", "dozens in one weekend against about 600 in all: " + V_],
        ["004-2", "011-7", "dozens in one weekend against about 2,000 in all: " + V_],
        ["004-2", "012-1", "dozens (Dec 2024) against nine deminers (Dec 2025): " + V_],
        ["004-2", "012-2", "dozens in one weekend against about 2,000 in all: " + V_],
        ["005-1", "009-2", "300 (Jan) against about 600 (Apr), months apart, a rising total"],
        ["005-1", "009-3", "300 (NIS, Jan) against no fewer than 1,000 (Western intelligence, reported May), months apart"],
        ["005-1", "011-6", "300 (Jan) against 600 (Apr, restated Sep), months apart"],
        ["005-1", "011-7", "300 (Jan) against about 2,000 (Sep), months apart, a rising total"],
        ["005-1", "012-1", "300 in all against nine in one engineer regiment: " + P_],
        ["005-1", "012-2", "300 (Jan) against about 2,000 (restated Dec), months apart"],
        ["005-3", "009-2", "roughly 300 (Jan) against about 600 (Apr), months apart, a rising total"],
        ["005-3", "009-3", "roughly 300 (NIS, Jan) against no fewer than 1,000 (reported May), months apart"],
        ["005-3", "011-6", "roughly 300 (Jan) against 600 (Apr, restated Sep), months apart"],
        ["005-3", "011-7", "roughly 300 (Jan) against about 2,000 (Sep), months apart, a rising total"],
        ["005-3", "012-1", "roughly 300 in all against nine in one engineer regiment: " + P_],
        ["005-3", "012-2", "roughly 300 (Jan) against about 2,000 (restated Dec), months apart"],
        ["009-2", "011-7", "about 600 (Apr) against about 2,000 (Sep), a rising total months apart"],
        ["009-2", "012-1", "about 600 in all against nine in one engineer regiment: " + P_],
        ["009-2", "012-2", "about 600 (Apr) against about 2,000 (Sep, restated Dec), months apart"],
        ["009-3", "011-6", "no fewer than 1,000 (reported May) against the April figure of 600 restated in a September timeline"],
        ["009-3", "012-1", "no fewer than 1,000 in all against nine in one engineer regiment: " + P_],
        ["011-6", "012-1", "600 in all against nine in one engineer regiment: " + P_],
        ["011-6", "012-2", "the April figure of 600 against September's 2,000 restated in December, a rising total"],
        ["011-7", "012-1", "about 2,000 in all against nine in one engineer regiment: " + P_],
        ["012-1", "012-2", "within one analysis: nine deminers against about 2,000 in all: " + P_],
        # wounded, north_korea
        ["003-3", "005-4", "nearly 1,000 wounded (NIS, Dec 19) against some 2,700 (NIS, Jan 13), a rising total"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
