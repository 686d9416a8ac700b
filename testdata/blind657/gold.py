#!/usr/bin/env python3
"""Gold labels for testdata/blind657 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's Defence Intelligence", "Ukrainian military intelligence", "Ukraine"]

about = ("Gold labels for blind657: 15 articles written blind in our own words about the real story's known "
         "reporting. See testdata/corpus/README.md for the meaning of every field and how output is scored.")

A = {
    "000": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers are already in the Kursk region of Russia", False),
        ("troops", NK, 12000, None, "up_to", ["Pentagon", "United States", "U.S.", "US"],
         "up to 12,000 North Korean troops were shipped to eastern Russia for training", False),
        ("troops", NK, 1500, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "an initial contingent of about 1,500 special forces", False),
    ],
    "001": [
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers deployed to Russia have been killed in combat", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "Another roughly 1,000 have been wounded", False),
        ("casualties", NK, 1100, None, "about", NIS,
         "That puts the North's combat casualties at around 1,100", False),
        ("troops", NK, 11000, None, "about", NIS,
         "part of some 11,000 troops sent to Russia since October", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded during assaults on the villages of Plekhovo, Vorozhba and Martynovka", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS,
         "about 300 North Korean soldiers have died fighting for Russia in the Kursk region", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "roughly 2,700 have been wounded", False),
        ("killed", NK, 1000, None, "at_least", HUR,
         "no fewer than 1,000 North Korean servicemen have been killed since they were sent into combat in December", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "had taken two North Korean soldiers alive in Kursk Oblast", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", JCS,
         "an additional 3,000 or so troops to Russia in January and February", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "some four thousand of the roughly 11,000 soldiers dispatched last year had been killed or wounded", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the roughly 11,000 soldiers dispatched last year", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS + ["a member of parliament's intelligence committee"],
         "around 4,700 North Korean soldiers have been killed or wounded in Russia since they entered combat last autumn", False),
        ("killed", NK, 600, None, "about", NIS + ["a member of parliament's intelligence committee"],
         "including roughly 600 dead", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine", "Kyiv", "Ukraine's foreign ministry"],
         "which has held two North Korean prisoners since January", False),
    ],
    "009": [],
    "011": [
        ("troops", NK, 10000, 12000, "range", ["South Korea", "Ukraine", "United States", "US"],
         "Between 10,000 and 12,000 North Korean troops were sent to Russia in the first wave in the autumn of 2024", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed", "South Korea", "Ukraine", "United States"],
         "Several thousand more followed early in 2025 to replace losses", True),
        ("killed", NK, 2000, None, "about", NIS,
         "it believes around 2,000 North Korean soldiers have been killed", False),
        ("killed", NK, 200, 999, "vague", ["North Korean state television", "state television", "unattributed"],
         "portraits of hundreds of fallen soldiers", True),
    ],
    "013": [
        ("troops", NK, 11000, 12000, "range", ["unattributed"],
         "11,000-12,000 North Korean soldiers arrived in the region in autumn 2024", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "Ukraine had lost more than 76,000 soldiers, killed and wounded, in the operation", False),
    ],
    "014": [
        ("troops", NK, 15000, None, "about", NIS + ["Seoul's spy agency", "Daniel Shin"],
         "something like fifteen thousand North Koreans have been through Russia in total", False),
        ("casualties", NK, 6000, None, "more_than", ["British defence ministry", "British Ministry of Defence", "Ministry of Defence", "UK", "Britain", "United Kingdom"],
         "North Korean casualties at more than 6,000", False),
    ],
}

NOT = {
    "000": ["more than 6,000 kilometers (3,700 miles)", "Russia fires 90 drones", "2 killed as guided bombs hit Zaporizhzhia",
            "2024 partnership treaty"],
    "001": ["240-mm multiple rocket launchers", "took effect on Dec. 4", "tops iTunes charts in 85 countries",
            "15-year low of 1,450 against dollar"],
    "003": ["on 14-15 December", "Koksan 170 mm self-propelled guns", "240 mm multiple-launch rocket systems",
            "North Korea has 12K troops in Russia", "5 guided aerial bombs"],
    "005": ["aged 20 and 26", "Russian Strike on Zaporizhzhia Kills 13", "3rd Batch of F-16s", "$4.99 a month"],
    "006": ["around 220 pieces of artillery", "170-millimeter self-propelled guns", "240-mm multiple rocket launchers",
            "KN-23 and KN-24 short-range ballistic missiles"],
    "008": ["intercepted 115 Ukrainian drones", "17th package of sanctions", "Comments (212)", "2024 mutual defence treaty"],
    "009": ["send 1,000 sappers", "5,000 military builders", "1,000 deminers", "5,000 military construction workers",
            "signed on June 19, 2024", "on June 4"],
    "011": ["Kim Jong Un, 41", "1,000 deminers and 5,000 military builders", "3 dead after drone strike on Odesa", "Date 05.09.2025"],
    "013": ["Article 4", "5 euros a month", "three more ports"],
    "014": ["more than seventy years", "[11:21:04]", "Aired December 12, 2025 - 11:00 ET"],
}

OFF = ["002", "004", "007", "010"]
DUP = {"012": "001"}

ADD = "an additional force against a total"
conflicts = {
    "must": [
        ["001-3", "003-1", "about 1,100 North Korean casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["005-1", "005-3", "about 300 North Koreans killed (NIS) against no fewer than 1,000 killed (Ukraine's HUR), in the same article the same day"],
    ],
    "may": [
        ["006-1", "000-1", ADD], ["006-1", "000-2", ADD], ["006-1", "001-4", ADD], ["006-1", "006-3", ADD + ", same article"],
        ["006-1", "011-1", ADD], ["006-1", "013-1", ADD], ["006-1", "014-1", ADD],
        ["014-1", "000-1", "15,000 in total by December 2025 (incl. rotations) against 11,000 in November 2024, a year apart"],
        ["014-1", "000-2", "15,000 in total by December 2025 against up to 12,000 in November 2024, a year apart"],
        ["014-1", "001-4", "15,000 in total by December 2025 against some 11,000 in December 2024, a year apart"],
        ["014-1", "006-3", "15,000 in total against 11,000 dispatched in 2024 (the first wave), months apart"],
        ["014-1", "011-1", "15,000 in total against 10,000-12,000 in the first wave, months apart"],
        ["014-1", "013-1", "15,000 in total against 11,000-12,000 in the first wave, a month apart"],
        ["001-3", "006-2", "about 1,100 casualties (Dec 2024) against some 4,000 (Mar 2025), months apart: a cumulative rise"],
        ["001-3", "008-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025), months apart: a cumulative rise"],
        ["001-3", "014-2", "about 1,100 casualties (Dec 2024) against more than 6,000 (autumn 2025), months apart"],
        ["006-2", "008-1", "some 4,000 casualties (JCS, Mar 27) against about 4,700 (NIS, Apr 30), a month apart: a cumulative rise"],
        ["006-2", "014-2", "some 4,000 casualties (Mar 2025) against more than 6,000 (autumn 2025), months apart"],
        ["008-1", "014-2", "about 4,700 casualties (Apr 2025) against more than 6,000 (autumn 2025), months apart"],
        ["005-1", "008-2", "NIS: about 300 killed (Jan) rising to about 600 (Apr), an update of a cumulative count months apart"],
        ["005-1", "011-3", "NIS: about 300 killed (Jan) against about 2,000 (Sep), months apart"],
        ["005-3", "008-2", "at least 1,000 killed (HUR, Jan) against about 600 (NIS, Apr), months apart"],
        ["008-2", "011-3", "NIS: about 600 killed (Apr) rising to about 2,000 (Sep), months apart"],
        ["001-2", "005-2", "NIS: about 1,000 wounded (Dec 19) rising to about 2,700 (Jan 13), an update of a cumulative count weeks apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
