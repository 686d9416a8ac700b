#!/usr/bin/env python3
"""Gold labels for testdata/blind301 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun", "Lee"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
PENTAGON = ["Pentagon", "Defense Department", "United States", "U.S.", "US"]
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "United States", "U.S.", "US"]
UNATT = ["unattributed"]

about = ("Gold labels for testdata/blind301: 15 articles written for crosscheck in our own words and "
         "labelled blind. See testdata/corpus/README.md for the meaning of every field.")

A = {
    # Yonhap, Oct 18 2024: first contingent of special forces; the 12,000 is a possible future total
    "003": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has moved around 1,500 special operations troops to Russia's Far East", False),
        ("troops", NK, 20, 99, "vague", NIS,
         "dozens of North Korean officers and engineers have been seen near the front lines in Ukraine", True),
    ],
    # Politico newsletter, Oct 31 2024: the whole (10,000), its part near Kursk (8,000), last week's count (3,000)
    "010": [
        ("troops", NK, 10000, None, "about", PENTAGON,
         "The Pentagon now believes roughly ten thousand North Korean soldiers are inside Russia", False),
        ("troops", NK, 3000, None, "about", PENTAGON,
         "up from the roughly 3,000 it counted only a week ago", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 of those troops have now moved to Russia's Kursk region", False),
    ],
    # JoongAng Daily, Dec 20 2024 (012 is its syndicated copy)
    "000": [
        ("casualties", NK, 1100, None, "about", NIS_LEE,
         "North Korean soldiers fighting for Russia in the Kursk region have suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 of those soldiers had been killed", False),
        ("troops", NK, 11000, None, "about", NIS,
         "The NIS has estimated the size of the deployment at around 11,000 troops", False),
        ("casualties", NK, 20, 99, "vague", ["Ukrainian military", "Ukraine"],
         "losing \"dozens\" of men to drone strikes", True),
    ],
    # Ukrainska Pravda, Dec 23 2024
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean servicemen have been killed or wounded in the Kursk region", False),
    ],
    # Kyiv Independent live blog, Jan 11 2025
    "004": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk Oblast", False),
    ],
    # Korea Times, Jan 13 2025: attribution a sentence after the figures
    "011": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "Around 300 North Korean soldiers have died", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "some 2,700 have been wounded fighting for Russia", False),
        ("captured", NK, 2, None, "exact", NIS,
         "two North Korean soldiers had been taken prisoner by Ukraine", False),
    ],
    # Bloomberg, Feb 27 2025: reinforcements on top of the original force
    "002": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has dispatched some three thousand additional soldiers to Russia", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the roughly 11,000 troops Pyongyang sent to Russia last autumn", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "around 4,000 have been killed or wounded", False),
    ],
    # Le Monde English, Apr 30 2025: NIS against HUR in one article
    "006": [
        ("troops", NK, 10000, 12000, "range", ["Western governments", "Western"],
         "Pyongyang sent between 10,000 and 12,000 soldiers to Russia in the autumn of 2024", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "some 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "about 600 of them fatally", False),
        ("casualties", NK, 6000, None, "more_than", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine", "Kyiv"],
         "North Korean losses in the Kursk region amounted to more than 6,000 killed and wounded", False),
    ],
    # Nikkei Asia, Jun 18 2025: the deminers and builders are planned, not claims
    "008": [
        ("troops", NK, 14000, None, "about", UNATT,
         "North Korea has sent an estimated 14,000 soldiers to Russia since late 2024", False),
    ],
    # Moscow Times, Sep 4 2025: attribution inside the figure's sentence
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "Some 2,000 North Korean soldiers, South Korea's National Intelligence Service told lawmakers on Thursday, have been killed fighting on Russia's side", False),
        ("wounded", NK, 2000, 9999, "vague", NIS,
         "Several thousand more were wounded", True),
        ("troops", NK, 11000, None, "about", UNATT,
         "The first contingent of roughly eleven thousand men arrived in Russia in October 2024", False),
    ],
}

NOT = {
    "003": ["up to 12,000 soldiers in four brigades", "up to 12K more", "more than 13,000 containers",
            "one Russian amphibious landing ship and three escort vessels", "11th Corps", "between Oct. 8 and 13",
            "Exports up 7.5 pct", "0.4 pct lower"],
    "010": ["Monday, Nov. 4", "a range of about 190 miles", "For 75 years", "tracks 1,000 targets at once",
            "$2 billion sale", "three NASAMS batteries", "20 targets in Iran"],
    "000": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "in their early 20s",
            "shares fall 2.1%", "300,000 leaflets"],
    "007": ["22 Russian assaults", "7 ballistic missiles: 1 killed, 11 injured", "42.15 per dollar",
            "52 of 72 Russian drones"],
    "004": ["injuring 13", "40 of 74 drones", "at least four guided aerial bombs", "20 years old", "the other is 26",
            "in 2021", "84th Separate Special Purpose Detachment", "95th Air Assault Brigade", "155 mm artillery shells",
            "($150 million)", "more than 16,000 people support our journalism"],
    "011": ["aged 20", "aged 26", "since 2016", "1,470 per dollar", "weakest in 15 years", "5 things to know"],
    "002": ["about 220 artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "56,800 KRW", "641,000 KRW", "Take Effect March 4", "Below $85,000", "3:12 min"],
    "006": ["Kim Jong Un, 41", "Article 4", "May 9 Victory Day parade", "June 2024", "For six months"],
    "008": ["1,000 sappers", "5,000 military construction workers", "6,000 deminers and builders", "about 500 km",
            "thousands of hectares", "38,536.74", "fall 1.7%", "average $270", "$0.99", "June 4 trip"],
    "014": ["nine soldiers", "twice a month", "just $2"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"012": "000"}

conflicts = {
    "must": [
        ["000-1", "007-1", "about 1,100 casualties (NIS via Lee Seong-kweun, Dec 20) against more than 3,000 killed and wounded (Zelensky, Dec 23), three days apart"],
        ["006-2", "006-4", "about 4,700 casualties (NIS, Apr 30) against more than 6,000 killed and wounded (HUR, the week before), in one article"],
    ],
    "may": [
        ["010-2", "010-3", "last week's 3,000 in Russia against 8,000 now near Kursk: an earlier count"],
        ["010-2", "000-3", "Pentagon's October count of 3,000 against 11,000 two months later"],
        ["010-2", "002-2", "Pentagon's October count of 3,000 against 11,000 sent last autumn, four months later"],
        ["010-2", "006-1", "Pentagon's October count of 3,000 against 10,000-12,000, six months later"],
        ["010-2", "008-1", "Pentagon's October count of 3,000 against 14,000 in all, eight months later"],
        ["010-2", "014-3", "Pentagon's October count of 3,000 against a first contingent of 11,000, ten months later"],
        ["010-1", "000-3", "about 10,000 (Oct 31) against about 11,000 (Dec 20), seven weeks apart"],
        ["010-1", "002-2", "about 10,000 (Oct 2024) against 11,000 sent last autumn (Feb 2025)"],
        ["010-1", "008-1", "10,000 (Oct 2024) against 14,000 in all including reinforcements (Jun 2025)"],
        ["010-1", "014-3", "10,000 (Oct 2024) against a first contingent of 11,000 (Sep 2025)"],
        ["010-1", "002-1", "10,000 against 3,000 additional troops"],
        ["010-3", "000-3", "8,000 near Kursk (Oct 31) against 11,000 in all (Dec 20): part and whole, weeks apart"],
        ["010-3", "002-2", "8,000 near Kursk against 11,000 sent last autumn, months apart"],
        ["010-3", "006-1", "8,000 near Kursk against 10,000-12,000 sent, months apart"],
        ["010-3", "008-1", "8,000 near Kursk against 14,000 in all, months apart"],
        ["010-3", "014-3", "8,000 near Kursk against a first contingent of 11,000, months apart"],
        ["010-3", "002-1", "8,000 near Kursk against 3,000 additional troops"],
        ["000-3", "008-1", "11,000 (Dec 2024) against 14,000 including reinforcements (Jun 2025)"],
        ["000-3", "002-1", "11,000 against 3,000 additional troops"],
        ["002-1", "002-2", "3,000 additional troops on top of 11,000"],
        ["002-1", "006-1", "3,000 additional troops against 10,000-12,000 sent in 2024"],
        ["002-1", "008-1", "3,000 additional troops against 14,000 in all"],
        ["002-1", "014-3", "3,000 additional troops against a first contingent of 11,000"],
        ["002-2", "008-1", "11,000 sent last autumn (Feb) against 14,000 in all (Jun)"],
        ["006-1", "008-1", "10,000-12,000 in autumn 2024 against 14,000 in all including reinforcements"],
        ["008-1", "014-3", "14,000 in all (Jun) against a first contingent of 11,000 (Sep)"],
        ["000-1", "002-3", "1,100 casualties (Dec 2024) against 4,000 (Feb 2025): a rising toll, two months apart"],
        ["000-1", "006-4", "1,100 casualties (Dec 2024) against more than 6,000 (Apr 2025), months apart"],
        ["002-3", "006-2", "4,000 casualties (JCS, Feb) against 4,700 (NIS, Apr), two months apart"],
        ["002-3", "006-4", "4,000 casualties (JCS, Feb) against more than 6,000 (HUR, Apr), two months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
