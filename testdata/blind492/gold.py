#!/usr/bin/env python3
"""Gold labels for testdata/blind492 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind492: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting (October 2024 - December 2025). See testdata/corpus/README.md for "
         "the meaning of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = ["Lee Seong-kweun", "National Intelligence Service", "NIS", "South Korea", "spy agency"]
HUR = ["HUR", "military intelligence", "defense intelligence", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskiy", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "a first contingent of some 1,500 special operations soldiers already moved to the Russian Far East", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "US", "U.S."],
         "North Korea now has about 10,000 soldiers in Russia", False),
        ("troops", "north_korea", 8000, None, "up_to", ["Antony Blinken", "Blinken", "State Department", "United States", "US", "U.S."],
         "as many as 8,000 of them, he said, are now in Kursk", False),
        ("troops", "north_korea", 11000, 12000, "range", HUR + ["defense intelligence directorate"],
         "between 11,000 and 12,000 North Koreans were being trained at five ranges in Russia's Far East", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers sent to fight for Russia have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "close to a thousand more have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS_LEE,
         "the combined casualties were estimated at about 1,100", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "roughly 11,000 North Korean soldiers are in Russia", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "upwards of three thousand North Korean soldiers killed or wounded in Russia's Kursk Oblast", False),
        ("killed", "north_korea", 200, 999, "vague", ["Ukrainian commanders", "Ukraine"],
         "hundreds have been killed by drones and artillery before reaching Ukrainian positions", True),
        ("casualties", "north_korea", 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded in fighting around the villages of Plekhovo, Vorozhba and Martynovka", False),
    ],
    "006": [
        ("casualties", "north_korea", 4000, None, "more_than", HUR,
         "North Korean losses in Kursk had passed 4,000 killed and wounded", False),
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "About 300 soldiers have died", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "2,700 have been wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "losses of around 3,000 in total", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian troops took two North Korean soldiers alive in the Kursk region", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "some three thousand more troops to Russia in January and February", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "its casualties in the war against Ukraine had climbed to about 4,000", False),
        ("troops", "north_korea", 11000, None, "about", ["South Korean and Western intelligence", "South Korea", "Western intelligence"],
         "Pyongyang had already deployed about eleven thousand soldiers to Russia last year", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded", False),
    ],
    "011": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "Roughly 4,700 North Korean soldiers have been killed or wounded in Russia since last autumn", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "around 600 of them fatally", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "the roughly 3,000 casualties the spy agency reported in January", False),
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "North Korea has by now dispatched around 15,000 troops in all", False),
    ],
    "012": [
        ("troops", "north_korea", 14000, 15000, "range", ["South Korean intelligence", "South Korea"],
         "14,000 to 15,000 North Korean soldiers have been sent to Russia since last autumn", False),
        ("troops", "north_korea", 2000, 9000, "vague", ["South Korean intelligence", "South Korea"],
         "several thousand of whom are thought to remain in the Kursk area", True),
    ],
    "014": [
        ("troops", "north_korea", 11000, 12000, "range", ["unattributed"],
         "Of the soldiers the North shipped to Russia in the autumn of 2024, somewhere in the 11,000-12,000 range", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed since the deployment began", False),
        ("casualties", "north_korea", 6000, None, "more_than", ["UK Ministry of Defence", "Ministry of Defence", "British defence intelligence", "United Kingdom", "UK", "Britain"],
         "North Korean forces had likely suffered more than 6,000 casualties", False),
        ("troops", "north_korea", 3000, None, "about", JCS,
         "Reinforcements sent in early 2025: about 3,000", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "Soldiers captured by Ukraine: 2", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "Casualty estimate of South Korea's NIS in April 2025: about 4,700", False),
    ],
}

NOT = {
    "000": ["could grow to up to 12,000 troops", "about 1.28 million active-duty personnel",
            "preparing to send 10,000 soldiers", "18 N. Korean soldiers said to have deserted",
            "Four Russian amphibious landing ships and three escort vessels", "11th Corps",
            "1,368.6 against U.S. dollar"],
    "002": ["five ranges", "$425 million", "155 mm artillery rounds", "86 minutes", "12 years", "17 ships"],
    "003": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "204-85", "1,451 per dollar", "150 won"],
    "004": ["about 1,300 square kilometers", "more than 40%", "Russia lost 1,870 troops in the past day",
            "$5 a month", "Day 140", "nearly three times"],
    "006": ["54 Shahed-type drones", "32 drones were shot down", "aged 26", "The other, 20", "conscripted in 2021"],
    "007": ["about 220 units of 170mm self-propelled guns", "240mm multiple rocket launchers", "Nikkei down 1.2%"],
    "009": ["over 7,700 pieces of military hardware", "more than 410 tanks", "Article 4", "index up 1.8%"],
    "011": ["about 28 trillion won ($20 billion)", "1,420 per dollar", "2 in 3 South Koreans"],
    "012": ["1,000 deminers", "5,000 military construction workers", "6,000 military engineers",
            "fall 1.7%", "38,536.74"],
    "014": ["1,000 deminers and 5,000 military builders", "about 6,300 km", "€1 for the first month"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"008": "004"}

conflicts = {
    "must": [
        ["003-3", "004-1", "about 1,100 casualties (South Korea's NIS via Lee Seong-kweun, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["006-4", "006-1", "around 3,000 casualties (NIS via Lee Seong-kweun) against more than 4,000 killed and wounded (Ukraine's HUR), same day, same live blog"],
    ],
    "may": [
        # troops: close estimates from different sources, parts (Kursk vs Russia), months apart, reinforcements
        ["002-1", "002-3", "about 10,000 (Pentagon) against 11,000-12,000 (HUR), same day: close estimates"],
        ["002-2", "002-3", "up to 8,000 in Kursk against 11,000-12,000 trained in the Far East: part against whole"],
        ["002-1", "003-4", "about 10,000 (Oct 31) against about 11,000 (Dec 19), seven weeks apart"],
        ["002-2", "003-4", "up to 8,000 in Kursk (Oct 31) against about 11,000 in Russia (Dec 19)"],
        ["002-1", "007-3", "about 10,000 against about 11,000 'last year', four months apart"],
        ["002-2", "007-3", "up to 8,000 in Kursk against about 11,000 in Russia, months apart"],
        ["002-1", "014-1", "about 10,000 against 11,000-12,000 sent in autumn 2024, reported months later"],
        ["002-2", "014-1", "up to 8,000 in Kursk against 11,000-12,000 sent"],
        ["002-1", "011-4", "about 10,000 against 15,000 in all including reinforcements, six months apart"],
        ["002-2", "011-4", "up to 8,000 in Kursk against 15,000 in all, six months apart"],
        ["002-3", "011-4", "11,000-12,000 against 15,000 in all including reinforcements"],
        ["002-1", "012-1", "about 10,000 against 14,000-15,000 sent so far, months apart"],
        ["002-2", "012-1", "up to 8,000 in Kursk against 14,000-15,000 sent so far"],
        ["002-3", "012-1", "11,000-12,000 against 14,000-15,000 including reinforcements"],
        ["003-4", "012-1", "about 11,000 (Dec) against 14,000-15,000 (June), including reinforcements"],
        ["007-3", "011-4", "about 11,000 last year against 15,000 in all including reinforcements"],
        ["007-3", "012-1", "about 11,000 last year against 14,000-15,000 sent so far"],
        ["014-1", "011-4", "11,000-12,000 in autumn 2024 against 15,000 in all"],
        ["014-1", "012-1", "11,000-12,000 in autumn 2024 against 14,000-15,000 sent so far"],
        ["007-1", "007-3", "an additional 3,000 against 11,000 deployed last year"],
        ["007-1", "003-4", "an additional 3,000 against 11,000"],
        ["007-1", "002-1", "an additional 3,000 against 10,000"],
        ["007-1", "002-2", "an additional 3,000 against up to 8,000 in Kursk"],
        ["007-1", "002-3", "an additional 3,000 against 11,000-12,000"],
        ["007-1", "011-4", "an additional 3,000 against 15,000 in all"],
        ["007-1", "012-1", "an additional 3,000 against 14,000-15,000 in all"],
        ["007-1", "014-1", "an additional 3,000 against 11,000-12,000 in autumn 2024"],
        ["014-4", "014-1", "reinforcements of 3,000 against 11,000-12,000 sent in autumn 2024"],
        ["014-4", "003-4", "reinforcements of 3,000 against 11,000"],
        ["014-4", "007-3", "reinforcements of 3,000 against 11,000"],
        ["014-4", "002-1", "reinforcements of 3,000 against 10,000"],
        ["014-4", "002-2", "reinforcements of 3,000 against up to 8,000 in Kursk"],
        ["014-4", "002-3", "reinforcements of 3,000 against 11,000-12,000"],
        ["014-4", "011-4", "reinforcements of 3,000 against 15,000 in all"],
        ["014-4", "012-1", "reinforcements of 3,000 against 14,000-15,000 in all"],
        # casualties: cumulative figures from different sources weeks or months apart
        ["003-3", "006-1", "1,100 (NIS, Dec 19) against more than 4,000 (HUR, Jan 13), three and a half weeks apart"],
        ["003-3", "007-2", "1,100 (NIS, Dec) against about 4,000 (JCS, Feb), two months apart"],
        ["003-3", "014-3", "1,100 (Dec 2024) against more than 6,000 (UK, Sep 2025), months apart"],
        ["004-1", "006-4", "more than 3,000 (Zelensky, Dec 23) against around 3,000 (NIS, Jan 13)"],
        ["004-1", "011-3", "more than 3,000 (Zelensky, Dec 23) against roughly 3,000 (NIS, January)"],
        ["006-4", "007-2", "around 3,000 (NIS, Jan) against about 4,000 (JCS, Feb), six weeks apart"],
        ["006-1", "007-2", "more than 4,000 (HUR, Jan) against about 4,000 (JCS, Feb)"],
        ["006-1", "011-3", "more than 4,000 (HUR, Jan 13) against the 3,000 the NIS gave in January, reported in April"],
        ["007-2", "011-1", "about 4,000 (JCS, Feb) against about 4,700 (NIS, Apr), two months apart"],
        ["007-2", "011-3", "about 4,000 (JCS, Feb) against 3,000 (NIS, January)"],
        ["007-2", "014-6", "about 4,000 (JCS, Feb) against 4,700 (NIS, April)"],
        ["006-4", "014-3", "around 3,000 (Jan) against more than 6,000 (Sep), months apart"],
        ["007-2", "014-3", "about 4,000 (Feb) against more than 6,000 (Sep), months apart"],
        ["011-1", "014-3", "about 4,700 (NIS, Apr) against more than 6,000 (UK, Sep), months apart"],
        ["011-3", "014-3", "3,000 (NIS, January) against more than 6,000 (UK, Sep)"],
        ["014-6", "014-3", "4,700 (NIS, April) against more than 6,000 (UK, September), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
