#!/usr/bin/env python3
"""Gold labels for testdata/blind579 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
NIS = ["National Intelligence Service", "NIS", "intelligence agency", "spy agency", "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Syrskyi", "Ukraine"]
HUR = ["military intelligence", "HUR", "Ukraine's military intelligence agency", "Ukraine"]
UNATTR = ["unattributed"]

A = {
    "000": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean soldiers sent to fight alongside Russian forces in the Kursk region have suffered around 1,100 casualties", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the some 11,000 troops the North is believed to have dispatched", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed in clashes in Kursk this month", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "around 1,000 others had been wounded", False),
    ],
    "001": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", RU, 778150, None, "exact", ["General Staff", "Ukraine's Armed Forces", "Ukraine"],
         "Russia has lost 778,150 troops in Ukraine since the beginning of its full-scale invasion", False),
        ("casualties", RU, 1870, None, "exact", ["General Staff", "Ukraine's Armed Forces", "Ukraine"],
         "This number includes 1,870 casualties that Russian forces suffered over the past day", False),
    ],
    "003": [
        ("killed", NK, 300, None, "about", NIS,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "North Korea's combined losses had reached about 3,000", False),
        ("casualties", NK, 3800, None, "about", HUR,
         "North Korean units had lost about 3,800 soldiers killed or wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "his forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "005": [
        ("troops", NK, 2000, 9999, "vague", UNATTR,
         "Thousands of soldiers sent by Kim Jong-un are now close to the front line", True),
        ("troops", NK, 10000, 12000, "range", HUR,
         "Pyongyang has sent between 10,000 and 12,000 soldiers", False),
        ("troops", NK, 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "US"],
         "about 10,000 had been moved to eastern Russia for training", False),
        ("troops", NK, 8000, None, "exact", ["Antony Blinken", "Blinken", "US secretary of state", "United States", "US"],
         "8,000 of them had moved to the Kursk border region", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has sent some three thousand additional troops to Russia since January", False),
        ("troops", NK, 11000, None, "about", JCS,
         "The North's original contingent, estimated by the JCS at around 11,000", False),
        ("casualties", NK, 2000, 9999, "vague", JCS,
         "lost several thousand men to death and injury over the winter", True),
    ],
    "007": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean troops fighting for Russia have suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "including around 600 deaths", False),
        ("troops", NK, 15000, None, "about", NIS,
         "North Korea had dispatched about 15,000 soldiers to Russia in total", False),
    ],
    "010": [
        ("troops", NK, 11000, 12000, "range", UNATTR,
         "the 11,000-12,000 combat troops the North sent to Kursk last autumn", False),
        ("killed", NK, 200, 900, "vague", UNATTR,
         "hundreds of whom never came home", True),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than", ["Gerasimov", "Valery Gerasimov", "Russian General Staff", "Russia"],
         "the enemy has lost more than 76,000 servicemen killed and wounded in the Kursk area", False),
    ],
    "013": [
        ("killed", NK, 9, None, "exact", ["North Korea", "Korean Central News Agency", "KCNA", "Pyongyang", "state media"],
         "nine soldiers of a military engineering regiment died while clearing mines in Russia's Kursk region", False),
        ("troops", NK, 11000, None, "about", ["South Korean and Western estimates", "South Korea", "Western"],
         "Pyongyang sent some eleven thousand soldiers to the Kursk front in late 2024", False),
        ("troops", NK, 2000, 9999, "vague", ["South Korean and Western estimates", "South Korea", "Western"],
         "followed by several thousand more early this year", True),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
        ("troops", NK, 5000, None, "about", NIS,
         "some 5,000 military construction troops had been moving into Russia since September", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remained deployed near the border with Ukraine", False),
    ],
    "014": [
        ("casualties", NK, 1000, None, "more_than", ["John Kirby", "Kirby", "White House", "United States", "U.S."],
         "have suffered more than 1,000 casualties in the past week alone", False),
        ("troops", NK, 12000, None, "up_to", ["U.S. and Ukrainian estimates", "U.S.", "United States", "Ukraine", "Ukrainian"],
         "Up to 12K: North Korean soldiers believed to have been sent to Russia", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean losses in Kursk had already exceeded 3,000 killed and wounded", False),
    ],
}

NOT = {
    "000": ["paras 5-7", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
            "200 long-range artillery pieces", "Won falls to 1,450 against dollar",
            "10 pct of overseas staff", "30,000 visitors expected"],
    "001": ["500,000 artillery shells", "Feb. 24, 2022", "9,580 tanks", "19,900 armored fighting vehicles",
            "1.5 million in 2024", "$5 a month", "70 missiles and 100 drones"],
    "003": ["born in 2005", "aged 26", "since 2021", "Magnitude 6.6", "4-day trip", "Video 1:58"],
    "005": ["about 10,000 by December", "about 700 sq km", "$2,000 a month", "more than 6,000km",
            "500,000-strong armed forces", "death toll rises to 205", "1,204 comments", "6 August"],
    "006": ["KOSPI 2,621.75", "USD/KRW 1,438.20", "around 220 pieces of 170 mm self-propelled artillery",
            "240 mm multiple rocket launchers", "over 70 years", "5th straight week", "40 countries"],
    "007": ["28 trillion won ($20 billion)", "April 30 (Reuters)"],
    "010": ["1,000 sappers", "5,000 military construction workers", "6,000 personnel",
            "more than 1,000 houses", "since 2017", "25th anniversary"],
    "011": ["412 tanks", "415 infantry fighting vehicles", "360 armored personnel carriers",
            "more than 1,000 artillery pieces", "2 more communities", "certificate No. 06124"],
    "013": ["528th Engineer Regiment", "120-day mission", "1,000 deminers", "5,000 military builders",
            "5th time this year", "$3bn chip packaging plant", "$2.99"],
    "014": ["about $2.5 billion", "12/27/24, 5:12 p.m. ET", "January 20"],
}

OFF = ["002", "004", "009", "012"]
DUP = {"008": "007"}

conflicts = {
    "must": [
        ["000-1", "001-1", "about 1,100 casualties (South Korea's JCS, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["003-3", "003-4", "about 3,000 casualties (NIS via Lee Seong-kweun) against about 3,800 (Ukraine's military intelligence, the week before), in the same article"],
    ],
    "may": [
        ["000-1", "014-3", "JCS 1,100 against Zelensky's more than 3,000 repeated by Newsweek; the same disagreement already raised by 001-1"],
        ["000-1", "003-3", "JCS 1,100 (Dec 19) against NIS about 3,000 (Jan 13): Seoul's cumulative toll rising over three weeks"],
        ["000-1", "003-4", "1,100 (JCS, Dec 19) against about 3,800 (HUR, early January), three weeks apart"],
        ["000-1", "007-1", "1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["001-1", "003-3", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13): the bound is borderline"],
        ["014-3", "003-3", "more than 3,000 (Zelensky, repeated Dec 27) against about 3,000 (NIS, Jan 13): the bound is borderline"],
        ["003-4", "007-1", "about 3,800 (HUR, Jan) against about 4,700 (NIS, Apr), months apart"],
        ["005-3", "000-2", "about 10,000 (Pentagon, Oct 28) against about 11,000 (JCS, Dec 19), seven weeks apart"],
        ["005-4", "000-2", "8,000 moved to Kursk (Blinken, Oct 31) against 11,000 dispatched in all (JCS, Dec 19): part of the whole, weeks apart"],
        ["005-3", "006-2", "about 10,000 (Nov 2024) against around 11,000 (Feb 2025), months apart"],
        ["005-3", "010-1", "about 10,000 (Nov 2024) against 11,000-12,000 (Jun 2025), months apart"],
        ["005-3", "013-2", "about 10,000 (Nov 2024) against some eleven thousand (Dec 2025), a year apart"],
        ["006-1", "000-2", "an additional 3,000 against the original 11,000"],
        ["006-1", "006-2", "an additional 3,000 against the original contingent of 11,000, same article"],
        ["006-1", "005-3", "an additional 3,000 against about 10,000, months apart"],
        ["000-2", "007-3", "11,000 (Dec 2024) against 15,000 in total (Apr 2025): reinforcements, months apart"],
        ["006-2", "007-3", "original 11,000 against 15,000 in total including reinforcements"],
        ["005-2", "007-3", "10,000-12,000 (Nov 2024) against 15,000 in total (Apr 2025), months apart"],
        ["014-2", "007-3", "up to 12,000 (Dec 2024) against 15,000 in total (Apr 2025), months apart"],
        ["007-3", "010-1", "15,000 in total against 11,000-12,000 sent last autumn"],
        ["007-3", "013-2", "15,000 in total against some eleven thousand sent in late 2024"],
        ["007-3", "013-6", "15,000 sent in total (Apr) against about 10,000 still deployed (Nov), months apart"],
        ["000-2", "013-6", "11,000 dispatched (Dec 2024) against 10,000 still deployed (Nov 2025), a year apart"],
        ["010-1", "013-6", "11,000-12,000 sent in 2024 against about 10,000 still deployed in late 2025"],
        ["013-2", "013-6", "some eleven thousand sent in late 2024 against about 10,000 still deployed a year later, same article"],
        ["013-5", "013-6", "5,000 construction troops (an additional force) against 10,000 deployed, same article"],
        ["013-5", "013-2", "5,000 construction troops (an additional force) against eleven thousand combat troops"],
        ["013-5", "007-3", "5,000 construction troops (an additional force) against 15,000 dispatched, months apart"],
    ],
}

goldlib.write(
    "Gold labels for testdata/blind579/articles, written and labelled blind. See ../corpus/README.md for the meaning of every field and how a system's output is scored.",
    A, NOT, OFF, DUP, conflicts)
