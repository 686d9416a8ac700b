#!/usr/bin/env python3
"""Gold labels for blind544 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind544: fifteen articles written in our own words about the real "
         "story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

US = ["John Kirby", "Kirby", "White House", "United States", "US", "Washington"]
NIS_PARK = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "Park Sun-won"]
HUR = ["Kyrylo Budanov", "Budanov", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
NIS_LEE = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "Seoul's spy agency", "spy agency",
           "intelligence agency", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Oleksandr Syrskyi", "Syrskyi"]
SOF = ["Special Operations Forces", "SOF", "Ukraine"]
HUR2 = ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukraine"]
RUMOD = ["Russia's Defence Ministry", "Defence Ministry", "Russian Defence Ministry", "Russia"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "Kim Jong Un", "North Korea", "Pyongyang"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "at_least", US,
         "at least 3,000 soldiers into Russia's far east", False),
        ("troops", "north_korea", 3000, None, "about", NIS_PARK,
         "Some three thousand North Korean troops have already been shipped over", False),
        ("troops", "north_korea", 11000, 12000, "range", HUR,
         "between 11,000 and 12,000 North Korean soldiers were already in eastern Russia", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "About 500 officers were part of the contingent", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, None, "more_than", NIS_LEE,
         "More than 10,000 North Korean soldiers are now stationed in Russia", False),
        ("troops", "north_korea", 2000, 9999, "vague", NIS_LEE,
         "Thousands of them are already in Kursk", True),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "North Korean soldiers fighting alongside Russian forces have suffered around 1,100 casualties", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "around 1,000 wounded", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "North Korea is believed to have sent some 11,000 troops to Russia's Kursk border region", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "have lost more than 3,000 people killed and wounded", False),
        ("killed", "north_korea", 50, None, "about", SOF,
         "had killed about 50 North Korean soldiers", False),
        ("wounded", "north_korea", 47, None, "exact", SOF,
         "wounded 47 in a single engagement", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR2,
         "the North Korean contingent numbers up to 12,000 troops", False),
        ("casualties", "ukraine", 48000, None, "more_than", RUMOD,
         "Ukraine has lost more than 48,000 servicemen in Kursk Oblast since August", False),
    ],
    "006": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces have taken two North Korean soldiers prisoner", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "about 300 North Korean soldiers dispatched to Russia have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "about 2,700 others wounded", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "two North Korean soldiers had been captured", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea has sent about 3,000 more soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 1000, 3000, "range", ["National Intelligence Service", "NIS", "South Korea", "Seoul"],
         "between 1,000 and 3,000 troops had been sent", False),
        ("troops", "north_korea", 11000, None, "exact", ["Lee Min-jae", "military analyst", "analyst"],
         "Kim sent eleven thousand of his best troops last autumn", False),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "About 4,700 North Korean soldiers have been killed or wounded in Russia's war against Ukraine", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "the casualties included about 600 deaths", False),
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "North Korea had sent some 15,000 troops in total", False),
    ],
    "012": [
        ("killed", "north_korea", 2000, None, "about", NIS_PARK + ["spy agency"],
         "around 2,000 North Korean soldiers killed in and around Russia's Kursk region", False),
        ("troops", "north_korea", 2000, 9999, "vague", NIS_PARK,
         "several thousand military construction workers", True),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact", KCNA,
         "nine of its soldiers had died during the mission", False),
        ("killed", "north_korea", 2000, None, "about", ["South Korean intelligence", "National Intelligence Service",
                                                         "NIS", "South Korea"],
         "around 2,000 North Korean soldiers have been killed", False),
    ],
}

NOT = {
    "000": ["expects the total to reach 10,000 by December", "as early as November 1",
            "Hanwha Aerospace Co. rose as much as 4.1%", "KOSPI 2,581.03", "Listen to this article 4:12 min",
            "China's $1.4 Trillion Local Debt Swap", "Cut Up to 10% of Overseas Staff"],
    "002": ["170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
            "at least several hundred million dollars a year",
            "North Korea's 11K troops could enter fighting 'within days,' says Kyiv",
            "Won slides past 1,400 per dollar", "677 trillion won", "recall 3,700 Ioniq 5 vehicles"],
    "003": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "paras 5-7", "on Jan. 20",
            "Won tumbles to 1,450 level against dollar"],
    "004": ["Russia strikes Kharkiv with ballistic missiles, injuring 6",
            "Syrskyi says 40 Russian assaults repelled on Pokrovsk front in a day", "came into force on 4 December"],
    "006": ["Russia launches 74 drones, 2 ballistic missiles overnight", "74 Shahed-type attack drones",
            "shot down 47 drones over 13 oblasts", "he was born in 2005 and had served since 2021",
            "some 400 kilometers from the border", "Russia lost 1,500 troops in a day near Pokrovsk, Ukraine's army says",
            "extends martial law for another 90 days", "Join over 15,000 members"],
    "007": ["Watch video 0:58", "Get the latest news in 20 languages"],
    "008": ["Starmer to host 18 leaders at London summit on Ukraine", "You've read 31 articles in the last year",
            "from just £2 a month"],
    "010": ["more than six months after", "North Korea sends 3K more troops to Russia, South Korean military says",
            "new 5,000-ton destroyer"],
    "012": ["Pyongyang would dispatch 6,000 military engineers and builders to Kursk", "the 80th anniversary",
            "Won weakens to 1,395 per dollar", "approval rating slips to 58%", "rise for 31st straight week"],
    "014": ["over 120 days", "North Korea would send 1,000 sappers and 5,000 military builders",
            "mutual defense treaty in June 2024"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"011": "010"}

conflicts = {
    "must": [
        ["000-2", "000-3", "some three thousand North Korean troops already in Russia (South Korea's NIS, via Park "
         "Sun-won) against between 11,000 and 12,000 already in eastern Russia (Ukraine's HUR, Budanov), same article, same day"],
        ["003-1", "004-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 "
         "killed and wounded (Zelensky, reported Dec 26), three days apart"],
    ],
    "may": [
        ["000-2", "003-4", "3,000 sent by late October against some 11,000 two months later (a cumulative deployment)"],
        ["000-2", "008-3", "3,000 in late October against 'eleven thousand last autumn', told four months later"],
        ["000-2", "010-3", "3,000 in late October against 15,000 in total six months later"],
        ["000-3", "010-3", "11,000-12,000 in October against 15,000 in total, with reinforcements, six months later"],
        ["003-4", "010-3", "some 11,000 in December against 15,000 in total in April"],
        ["004-4", "010-3", "up to 12,000 in December against 15,000 in total four months later"],
        ["000-3", "008-1", "an additional 3,000 against the original 11,000-12,000"],
        ["000-3", "008-2", "an additional 1,000-3,000 against the original 11,000-12,000"],
        ["002-1", "008-1", "an additional 3,000 against more than 10,000"],
        ["002-1", "008-2", "an additional 1,000-3,000 against more than 10,000"],
        ["003-4", "008-1", "an additional 3,000 against some 11,000"],
        ["003-4", "008-2", "an additional 1,000-3,000 against some 11,000"],
        ["008-1", "008-3", "an additional 3,000 against the original eleven thousand"],
        ["008-2", "008-3", "an additional 1,000-3,000 against the original eleven thousand"],
        ["008-1", "010-3", "an additional 3,000 against 15,000 in total"],
        ["008-2", "010-3", "an additional 1,000-3,000 against 15,000 in total"],
        ["008-3", "010-3", "eleven thousand last autumn against 15,000 in total, reinforcements included"],
        ["003-1", "010-1", "1,100 casualties in December against 4,700 in April, a cumulative count months later"],
        ["007-1", "010-2", "about 300 killed in January against about 600 in April (cumulative, months apart)"],
        ["007-1", "012-1", "about 300 killed in January against about 2,000 in September"],
        ["007-1", "014-2", "about 300 killed in January against about 2,000 in December"],
        ["010-2", "012-1", "about 600 killed in April against about 2,000 in September"],
        ["010-2", "014-2", "about 600 killed in April against about 2,000 in December"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
