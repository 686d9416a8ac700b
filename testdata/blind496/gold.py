#!/usr/bin/env python3
"""Gold labels for testdata/blind496 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind496 held-out set: 15 articles written in our own words about the "
         "real story's known reporting. See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]

A = {
    "000": [
        ("troops", "north_korea", 11000, 12000, "range", ["HUR", "military intelligence", "Budanov", "Ukraine"],
         "putting the size of the contingent at between 11,000 and 12,000 troops", False),
        ("troops", "north_korea", 500, None, "about", ["Budanov", "HUR", "military intelligence", "Ukraine"],
         "the force includes some 500 officers", False),
        ("troops", "north_korea", 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "Washington"],
         "We believe roughly 10,000 North Korean soldiers have been sent to train in eastern Russia", False),
    ],
    "002": [
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers deployed to Russia have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "about 1,000 others wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS,
         "the casualties, totaling around 1,100", False),
        ("troops", "north_korea", 10000, None, "more_than", NIS,
         "Pyongyang has sent more than 10,000 troops to Russia", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Zelensky", "Volodymyr Zelensky", "Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "around 1,100 North Korean troops had been killed or wounded", False),
        ("killed", "north_korea", 50, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "they had killed 50 North Korean soldiers", False),
        ("wounded", "north_korea", 47, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 47 others", False),
    ],
    "005": [
        ("captured", "north_korea", 2, None, "exact", ["Zelenskyy", "Zelensky", "Ukraine"],
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
        ("troops", "north_korea", 11000, None, "about", ["Western", "South Korean intelligence", "South Korea"],
         "Pyongyang sent some 11,000 soldiers to Russia last fall", False),
        ("casualties", "north_korea", 1000, None, "more_than", ["John Kirby", "Kirby", "White House", "United States"],
         "more than 1,000 North Korean soldiers had been killed or wounded in just one week of fighting", False),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "roughly 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS,
         "Ukraine had captured two North Korean soldiers", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "Some three thousand more soldiers reached Russia from North Korea in January and February", False),
        ("casualties", "north_korea", 4700, None, "about", JCS,
         "about 4,700 killed and wounded", False),
    ],
    "009": [
        ("killed", "north_korea", 600, None, "about", NIS,
         "Some 600 North Korean soldiers have been killed fighting for Russia in the Kursk region", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "about 4,700 of the roughly 15,000 troops Pyongyang has dispatched since last autumn were killed or wounded", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "the roughly 15,000 troops Pyongyang has dispatched since last autumn", False),
        ("killed", "north_korea", 1000, None, "at_least", ["Western intelligence", "Western officials", "BBC"],
         "at least 1,000 North Koreans had been killed within three months of entering combat", False),
    ],
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Russian Defense Ministry", "Defense Ministry", "Russia", "TASS"],
         "the Ukrainian armed forces lost more than 76,000 servicemen", False),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about",
         ["National Intelligence Service", "NIS", "intelligence agency", "South Korea", "Park Sun-won"],
         "North Korea has likely lost around 2,000 soldiers killed in action", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Britain's Defence Ministry", "Defence Ministry", "Ministry of Defence", "Britain", "UK"],
         "North Korean forces had suffered more than 6,000 casualties since they were first deployed", False),
    ],
    "014": [
        ("troops", "north_korea", 11000, None, "about", ["South Korean", "Western intelligence", "South Korea"],
         "Eleven thousand, give or take, in the first wave", False),
        ("troops", "north_korea", 14000, None, "about", ["unattributed"],
         "roughly 14,000 North Korean soldiers have served in Kursk in all", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "Several thousand have been killed or wounded", True),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"],
         "Two soldiers, taken in January, remain in Ukrainian custody", False),
    ],
}

NOT = {
    "000": ["roughly 7,000 kilometers", "AK-12 rifles", "around $2,000 a month", "Oct. 27-28",
            "81 drones overnight, 53 shot down", "Russia's losses pass 690,000", "from $5 a month"],
    "002": ["paras 5-7", "exports rise 8.2 pct in 2024"],
    "003": ["about 800 square kilometers", "Russian Strike on Kharkiv Injures 9", "Dec. 4", "from $4.99 a month"],
    "005": ["born in 2005", "had served since 2021", "The other is 26", "74 drones and 4 missiles"],
    "006": ["squads of 10 to 15", "Jan. 9"],
    "008": ["about 30 countries", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "3,500 households", "163 drones", "89 were shot down", "51 lost to electronic jamming"],
    "009": ["April 26", "June 2024", "Article 4", "in 10 charts"],
    "011": ["1,000 sappers", "5,000 military builders", "more than 7,000 pieces of military hardware",
            "over 400 tanks", "June 19, 2024", "USD 78.65"],
    "013": ["some 6,000 military engineers and construction troops", "Aug. 30, 2025", "2 ballistic missiles"],
    "014": ["1,000 deminers and 5,000 military builders", "more than a million barrels", "April 28",
            "Update 12/9/25", "15 States"],
}

OFF = ["001", "004", "007", "012"]
DUP = {"010": "006"}

conflicts = {
    "must": [
        ["002-3", "003-1", "NIS: about 1,100 casualties (Dec 19) against Zelensky: more than 3,000 killed or wounded (Dec 23), four days apart"],
        ["003-1", "003-2", "Zelensky: more than 3,000 casualties against South Korea's JCS: around 1,100, same day, same article"],
        ["009-1", "009-4", "NIS: some 600 killed (Apr 30) against Western intelligence: at least 1,000 killed within three months, same article"],
    ],
    "may": [
        ["000-1", "000-3", "HUR 11,000-12,000 against the Pentagon's roughly 10,000, a day apart"],
        ["000-1", "008-1", "11,000-12,000 against 'some three thousand more' (an additional force)"],
        ["005-2", "008-1", "some 11,000 against 'some three thousand more' (an additional force)"],
        ["000-1", "009-3", "11,000-12,000 (Oct 2024) against roughly 15,000 dispatched in all (Apr 2025), months apart"],
        ["005-2", "009-3", "some 11,000 (Jan) against roughly 15,000 dispatched in all (Apr), months apart"],
        ["009-3", "014-2", "roughly 15,000 (Apr) against roughly 14,000 (Dec), months apart"],
        ["005-2", "014-2", "some 11,000 sent last fall against roughly 14,000 in all, months apart"],
        ["000-3", "014-1", "roughly 10,000 (Oct 2024) against eleven thousand in the first wave (Dec 2025), months apart"],
        ["006-1", "009-4", "NIS about 300 killed (Jan) against Western at least 1,000 killed (told the BBC in February), months apart"],
        ["006-1", "009-1", "NIS cumulative killed, about 300 (Jan) then some 600 (Apr), months apart"],
        ["009-1", "013-1", "NIS cumulative killed, some 600 (Apr) then around 2,000 (Sep), months apart"],
        ["006-1", "013-1", "NIS cumulative killed, about 300 (Jan) then around 2,000 (Sep), months apart"],
        ["002-3", "008-2", "about 1,100 casualties (Dec) against about 4,700 (Mar), months apart"],
        ["003-2", "008-2", "about 1,100 casualties (Dec) against about 4,700 (Mar), months apart"],
        ["002-3", "009-2", "about 1,100 casualties (Dec) against about 4,700 (Apr), months apart"],
        ["003-2", "009-2", "about 1,100 casualties (Dec) against about 4,700 (Apr), months apart"],
        ["008-2", "013-2", "about 4,700 casualties (Mar) against more than 6,000 (Sep), months apart"],
        ["009-2", "013-2", "about 4,700 casualties (Apr) against more than 6,000 (Sep), months apart"],
        ["002-3", "013-2", "about 1,100 casualties (Dec) against more than 6,000 (Sep), months apart"],
        ["003-2", "013-2", "about 1,100 casualties (Dec) against more than 6,000 (Sep), months apart"],
        ["002-4", "008-1", "more than 10,000 sent against 'some three thousand more' (an additional force)"],
        ["000-3", "008-1", "roughly 10,000 against 'some three thousand more' (an additional force)"],
        ["008-1", "014-1", "'some three thousand more' against eleven thousand in the first wave (an additional force)"],
        ["000-3", "005-2", "roughly 10,000 (Oct 2024) against some 11,000 (Jan 2025), months apart"],
        ["000-3", "009-3", "roughly 10,000 (Oct 2024) against roughly 15,000 in all (Apr 2025), months apart"],
        ["000-3", "014-2", "roughly 10,000 (Oct 2024) against roughly 14,000 in all (Dec 2025), months apart"],
        ["000-1", "014-2", "11,000-12,000 (Oct 2024) against roughly 14,000 in all (Dec 2025), months apart"],
        ["009-3", "014-1", "roughly 15,000 in all (Apr) against eleven thousand in the first wave (Dec), months apart"],
        ["005-3", "013-2", "more than 1,000 in one week (Dec) against more than 6,000 in all (Sep)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
