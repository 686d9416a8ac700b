#!/usr/bin/env python3
"""Gold labels for testdata/blind338 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind338: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting (October 2024 - December 2025). See testdata/corpus/README.md.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]

A = {
    "000": [
        ("captured", NK, 2, None, "exact",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Two soldiers from North Korea were taken prisoner by Ukrainian troops in Russia's Kursk region", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about",
         ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "US", "U.S.", "Washington"],
         "Roughly 8,000 North Korean soldiers have moved into Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about",
         ["Pentagon", "Lloyd Austin", "Austin", "Defense Secretary", "United States", "US", "U.S.", "Washington"],
         "the some 10,000 troops the Pentagon believes Pyongyang has sent to Russia this month", False),
        ("troops", NK, 10000, 12000, "range",
         ["Ukrainian officials", "Ukraine", "Kyiv"],
         "Ukrainian officials have put the number sent at between 10,000 and 12,000", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korean troops fighting for Russia have suffered about 3,000 casualties in the Kursk region", False),
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "about 300 were killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS,
         "Ukrainian forces had captured two North Korean soldiers last week", False),
        ("casualties", NK, 4000, None, "more_than",
         ["Ukraine's military intelligence agency", "military intelligence", "HUR", "Defense Intelligence of Ukraine", "Ukraine", "Kyiv"],
         "North Korean losses in Kursk had already passed 4,000 killed and wounded", False),
    ],
    "005": [
        ("troops", NK, 11000, None, "exact",
         ["Rustem Umerov", "Umerov", "Defense Minister", "Ukraine"],
         "Eleven thousand soldiers of the DPRK are already there, in the Kursk region", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"],
         "About 1,100 North Korean soldiers deployed to help Russia have been killed or wounded in fighting with Ukrainian forces", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "about 1,000 had been wounded", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"],
         "North Korea has sent some three thousand more soldiers to Russia since January", False),
        ("casualties", NK, 4000, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"],
         "North Korean casualties now stood at about 4,000", False),
    ],
    "010": [],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS + ["Park Sun-won"],
         "About 4,700, the NIS told the National Assembly's intelligence committee on Wednesday", False),
        ("killed", NK, 600, None, "about", NIS + ["Park Sun-won"],
         "Some 600 of them died, he said", False),
        ("troops", NK, 15000, None, "about", NIS,
         "Around 15,000, the agency believes", False),
        ("wounded", NK, 4100, None, "about", NIS,
         "Wounded: about 4,100", False),
        ("captured", NK, 2, None, "exact", NIS,
         "Taken prisoner by Ukraine: 2", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS + ["Lee Seong-kweun"],
         "About 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("troops", NK, 10000, None, "more_than", ["unattributed"],
         "More than 10,000 North Korean troops were sent to Russia last year", False),
        ("killed", NK, 24, 99, "vague", ["state media", "KCNA", "North Korea", "Kim Jong Un"],
         "framed portraits of dozens of soldiers killed in action", True),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
         "In April, the agency had put the number of dead at about 600", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["North Korean state media", "state media", "KCNA", "North Korea"],
         "Nine of its soldiers died on the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Koreans had been killed", False),
        ("troops", NK, 11000, 15000, "range", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "a force that Seoul and Kyiv have put at between 11,000 and 15,000", False),
    ],
}

NOT = {
    "000": ["Day 1,053", "aged 20 and 26", "47 of the 74", "41 assaults", "groups of 20 to 30 soldiers",
            "100 more air-defense interceptors", "38 comments"],
    "002": ["expects the contingent to reach about 12,000 by December", "roughly 1.2 million active-duty personnel",
            "$425M", "5 swing states", "Early vote tops 60 million"],
    "003": ["for 3rd time", "1 billion streams", "KOSPI 2,489.56"],
    "005": ["as many as 15,000 by the end of the year", "more than 1,000 square kilometers",
            "1,260 invaders, 10 tanks, 37 artillery systems"],
    "006": ["240-millimeter multiple rocket launchers", "170-mm self-propelled guns", "2% of GDP",
            "Nikkei 225 39,081.71"],
    "007": ["some 220 of its 170-mm self-propelled guns and 240-mm multiple rocket launchers"],
    "010": ["1,000 sappers", "5,000 military builders", "Article 4", "June 19, 2024"],
    "011": ["several thousand more in the second half of the year", "as much as $20 billion",
            "over 3 candidates", "12 civic groups"],
    "013": ["the 6,000 military engineers and builders Pyongyang promised in June", "Aug. 21, 2025"],
    "014": ["1,000 deminers and 5,000 military construction workers", "120-day deployment",
            "3 killed in Russian drone strike on Odesa"],
}

OFF = ["001", "004", "008", "012"]
DUP = {"009": "003"}

conflicts = {
    "must": [
        ["002-1", "005-1", "about 8,000 North Korean troops in Kursk (Blinken, 31 Oct 2024) against 11,000 already in Kursk (Umerov, 5 Nov 2024), five days apart"],
        ["003-1", "003-5", "about 3,000 casualties (NIS) against more than 4,000 killed and wounded (Ukraine's military intelligence), in the same article and week"],
    ],
    "may": [
        ["002-1", "002-3", "8,000 in Kursk against 10,000-12,000 sent in all: a part against the whole, but not said in so many words"],
        ["002-2", "005-1", "about 10,000 sent to Russia (Pentagon) against 11,000 in Kursk (Umerov), five days apart"],
        ["002-2", "013-2", "about 10,000 against more than 10,000, ten months apart"],
        ["002-1", "007-1", "8,000 against an additional 3,000, four months later"],
        ["002-2", "007-1", "10,000 against an additional 3,000"],
        ["002-3", "007-1", "10,000-12,000 against an additional 3,000"],
        ["005-1", "007-1", "11,000 against an additional 3,000"],
        ["007-1", "011-3", "an additional 3,000 against 15,000 in all, reinforcements included"],
        ["007-1", "013-2", "an additional 3,000 against more than 10,000"],
        ["007-1", "014-3", "an additional 3,000 against 11,000-15,000"],
        ["002-1", "011-3", "8,000 in Kursk (Oct 2024) against 15,000 in all (Apr 2025), months apart"],
        ["002-2", "011-3", "10,000 (Oct 2024) against 15,000 (Apr 2025), months apart, reinforcements since"],
        ["002-3", "011-3", "10,000-12,000 (Oct 2024) against 15,000 (Apr 2025), months apart"],
        ["005-1", "011-3", "11,000 in Kursk (Nov 2024) against 15,000 in all (Apr 2025), months apart"],
        ["002-1", "013-2", "8,000 in Kursk against more than 10,000 sent, ten months apart"],
        ["002-1", "014-3", "8,000 in Kursk against 11,000-15,000, a year apart"],
        ["002-2", "014-3", "about 10,000 against 11,000-15,000, a year apart"],
        ["003-5", "006-1", "more than 4,000 (Ukraine, early Jan) against 1,100 (JCS, 19 Dec), three weeks apart, different sources"],
        ["003-5", "007-2", "more than 4,000 against about 4,000, seven weeks apart"],
        ["003-1", "007-2", "3,000 (NIS, Jan) against 4,000 (JCS, Feb): a cumulative figure rising over six weeks"],
        ["003-1", "011-1", "3,000 (Jan) against 4,700 (Apr), the NIS's own cumulative figure months later"],
        ["006-1", "007-2", "1,100 (Dec) against 4,000 (Feb), the JCS's cumulative figure months later"],
        ["006-1", "011-1", "1,100 (Dec) against 4,700 (Apr), months apart"],
        ["007-2", "011-1", "4,000 (Feb) against 4,700 (Apr), cumulative, two months apart"],
        ["003-2", "011-2", "300 killed (Jan) against 600 (Apr), cumulative, months apart"],
        ["003-2", "013-1", "300 killed (Jan) against 2,000 (Sep), months apart"],
        ["003-2", "013-4", "300 killed (Jan) against 600 (Apr), months apart"],
        ["003-2", "014-2", "300 killed (Jan) against 2,000 (Sep), months apart"],
        ["011-2", "013-1", "600 killed (Apr) against 2,000 (Sep), months apart"],
        ["011-2", "014-2", "600 killed (Apr) against 2,000 (Sep), months apart"],
        ["013-1", "013-4", "2,000 killed now against the NIS's own April figure of 600, said as such"],
        ["013-4", "014-2", "600 killed (April estimate) against 2,000 (September estimate)"],
        ["003-3", "011-4", "2,700 wounded (Jan) against 4,100 (Apr), months apart"],
        ["006-3", "011-4", "1,000 wounded (Dec) against 4,100 (Apr), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
