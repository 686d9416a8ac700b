#!/usr/bin/env python3
"""Gold labels for testdata/blind349 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
PENTAGON = ["Sabrina Singh", "Pentagon", "Defense Department", "Department of Defense", "United States", "US", "U.S."]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
GS_UA = ["General Staff", "General Staff of Ukraine's Armed Forces", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS, "North Korea is sending about 12,000 troops, including special forces, to Russia", False),
        ("troops", NK, 1500, None, "about", NIS, "some 1,500 special operations personnel were moved from areas near Chongjin, Hamhung and Musudan to Vladivostok", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", PENTAGON, "North Korea has sent a total of about 10,000 soldiers to eastern Russia for training", False),
        ("troops", NK, 8000, None, "about", PENTAGON, "some 8,000 have moved into the Kursk region", False),
        ("troops", NK, 12000, None, "up_to", ["Ukraine's military intelligence", "Ukrainian military intelligence", "HUR", "Ukraine"],
         "Ukraine's military intelligence is saying up to 12,000 North Korean troops are now in Russia", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS, "North Korean soldiers fighting alongside Russian forces against Ukraine have suffered around 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE, "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE, "around 1,000 more had been wounded", False),
        ("troops", NK, 10000, None, "more_than", JCS, "Of the more than 10,000 troops the North sent in October and November", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"], "North Korea has lost more than 3,000 soldiers killed and wounded in Russia's Kursk Oblast", False),
        ("troops", NK, 11000, None, "about", ["unattributed"], "Pyongyang has sent around 11,000 soldiers to Russia", False),
        ("casualties", RU, 782410, None, "exact", GS_UA, "Russia has lost 782,410 troops in Ukraine since the beginning of the full-scale invasion", False),
        ("casualties", RU, 1880, None, "exact", GS_UA, "including 1,880 over the past day", False),
    ],
    "006": [
        ("casualties", NK, 3800, None, "about", ZEL, "North Korean losses in Kursk had climbed to about 3,800 killed and wounded", False),
        ("casualties", RU, 798060, None, "exact", ["Ukraine's general staff", "general staff", "General Staff", "Ukraine"], "Russia had lost 798,060 troops since the start of the full-scale invasion", False),
        ("casualties", RU, 1610, None, "exact", ["Ukraine's general staff", "general staff", "General Staff", "Ukraine"], "including 1,610 over the past 24 hours", False),
    ],
    "007": [
        ("captured", NK, 2, None, "exact", ZEL + ["National Intelligence Service", "NIS", "South Korea"], "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's Kursk region", False),
        ("casualties", NK, 3000, None, "more_than", NIS, "North Korean losses in the war had passed 3,000", False),
        ("killed", NK, 300, None, "about", NIS_LEE, "Around 300 North Koreans had been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "some 2,700 wounded", False),
        ("casualties", UA, 49000, None, "more_than", ["Defense Ministry", "Russian Defense Ministry", "Russia's Defense Ministry", "Russia"], "Ukraine had lost more than 49,000 troops in the Kursk region", False),
        ("killed", NK, 200, 900, "vague", ["Ukrainian military bloggers"], "Hundreds of North Koreans are believed to have died in Ukrainian drone and artillery strikes", True),
    ],
    "009": [
        ("troops", NK, 11000, None, "about", ["Seoul", "Kyiv", "Washington", "South Korea", "Ukraine", "United States", "US"], "About 11,000 North Korean soldiers were deployed to Russia from October last year", False),
        ("troops", NK, 3000, None, "about", NIS, "Pyongyang had sent some three thousand more since January", False),
        ("casualties", NK, 4000, None, "about", NIS, "The NIS estimates North Korea's casualties at about 4,000", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"], "Ukraine holds two North Korean prisoners", False),
    ],
    "010": [
        ("troops", NK, 10000, 12000, "range", ["South Korea", "United States", "US", "Seoul", "Washington", "South Korean and American estimates"],
         "a force of between 10,000 and 12,000 soldiers sent last autumn", False),
        ("casualties", NK, 4700, None, "about", NIS_LEE, "around 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS_LEE, "about 600 of them fatally", False),
        ("casualties", NK, 6000, None, "about", ["Kyrylo Budanov", "Budanov", "HUR", "Ukraine's military intelligence", "Ukraine", "Kyiv"],
         "put North Korean losses at around 6,000 killed and wounded", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff of the Russian Armed Forces", "Russia"],
         "the enemy's losses exceeded 76,000 servicemen", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS_LEE, "about 2,000 North Korean soldiers have been killed", False),
        ("troops", NK, 11000, None, "about", NIS_LEE, "about 11,000 North Korean troops remain in the Kursk border area", False),
    ],
}

NOT = {
    "000": ["more than 13,000 containers", "four landing ships and three escort vessels", "four brigades", "the 11th Corps",
            "between Oct. 8 and 13", "2,593.91", "30th straight week", "1.2 tln-won order for two LNG carriers"],
    "002": ["up to $425 million", "155mm and 105mm artillery ammunition", "It's about 100 soldiers", "$425 Million in Security Assistance"],
    "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "past 1,450 against dollar",
            "first time in 15 years", "signs 25 bills"],
    "004": ["around 1,300 square kilometers", "Join over 15,000 members", "Russian losses hit record 45,680 in November",
            "78 missiles, over 100 drones", "since 2021"],
    "006": ["two tanks, one engineering vehicle and 12 armoured combat vehicles", "launched 103 drones overnight",
            "of which 51 were shot down and 47", "up to a battalion of North Korean infantry", "on 1 January"],
    "007": ["born in 2005", "The other, 26", "since its incursion began on Aug. 6", "$2  $4  $6", "Capture of 2 More Villages"],
    "009": ["around 1.2 million active personnel", "several thousand more over the coming months", "around $2,000 a month per soldier",
            "in August 2024", "in their early twenties"],
    "010": ["Article 4", "in June 2024", "72 years after the armistice", "You have 63.4% of this article left to read"],
    "011": ["1,000 sappers", "5,000 military builders", "more than 7,000 units of weapons and military equipment", "412 tanks",
            "third trip to the DPRK in three months", "signed on June 19, 2024", "8% more cargo"],
    "012": ["an additional 6,000 troops", "the 1,000 deminers and 5,000 military construction workers", "about 15,000 laborers",
            "since taking power in 2011", "above 43,000", "80 years since war's end"],
}

OFF = ["001", "005", "008", "013"]
DUP = {"014": "003"}

conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 North Korean casualties (South Korea's JCS) against more than 3,000 (Zelensky), both given on Dec 23, reported three days apart"],
        ["010-2", "010-4", "about 4,700 North Korean casualties (NIS, Apr 30) against about 6,000 (Budanov, earlier the same month), in one article"],
    ],
    "may": [
        ["000-1", "002-1", "about 12,000 being sent (NIS, Oct 18) against about 10,000 sent so far (Pentagon, Oct 31)"],
        ["000-1", "002-2", "about 12,000 against some 8,000 in Kursk, a part of the whole, 13 days later"],
        ["000-1", "004-3", "about 12,000 (Oct) against around 11,000 (Dec), two months apart"],
        ["000-1", "009-1", "about 12,000 (Oct 2024) against about 11,000 (Feb 2025), months apart"],
        ["000-1", "012-2", "about 12,000 (Oct 2024) against about 11,000 remaining (Sep 2025), months apart"],
        ["002-1", "004-3", "about 10,000 (Oct 31) against around 11,000 (Dec 26), two months apart"],
        ["002-1", "009-1", "about 10,000 (Oct 2024) against about 11,000 (Feb 2025), months apart"],
        ["002-1", "012-2", "about 10,000 (Oct 2024) against about 11,000 remaining (Sep 2025), months apart"],
        ["002-2", "003-4", "8,000 in Kursk (Oct 31) against more than 10,000 sent (Dec 23), a part, weeks apart"],
        ["002-2", "004-3", "8,000 in Kursk (Oct 31) against around 11,000 (Dec 26), months apart"],
        ["002-2", "009-1", "8,000 in Kursk (Oct 2024) against about 11,000 (Feb 2025), months apart"],
        ["002-2", "010-1", "8,000 in Kursk (Oct 2024) against 10,000-12,000 (Apr 2025), months apart"],
        ["002-2", "012-2", "8,000 in Kursk (Oct 2024) against about 11,000 remaining (Sep 2025), months apart"],
        ["003-1", "006-1", "about 1,100 (JCS, Dec 23) against about 3,800 (Zelensky, Jan 6), two weeks apart"],
        ["003-1", "007-2", "about 1,100 (JCS, Dec 23) against more than 3,000 (NIS, Jan 13): a later South Korean figure"],
        ["003-1", "009-3", "about 1,100 (Dec 2024) against about 4,000 (Feb 2025), months apart"],
        ["003-1", "010-2", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["003-1", "010-4", "about 1,100 (Dec 2024) against about 6,000 (Apr 2025), months apart"],
        ["006-1", "010-2", "about 3,800 (Jan) against about 4,700 (Apr), months apart"],
        ["006-1", "010-4", "about 3,800 (Jan) against about 6,000 (Apr), months apart"],
        ["009-3", "010-4", "about 4,000 (NIS, Feb 27) against about 6,000 (Budanov, April), two months apart"],
    ],
}

about = ("Gold labels for testdata/blind349 (15 articles written and labelled blind). "
         "See testdata/corpus/README.md for the meaning of every field and how a system's output is scored.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
