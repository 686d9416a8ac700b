#!/usr/bin/env python3
"""Gold labels for testdata/blind434 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind434: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning of "
         "every field and how a system's output is scored.")

NK, RU, UA = "north_korea", "russia", "ukraine"
PENTAGON = ["Pentagon", "Sabrina Singh", "U.S. Defense Department", "Defense Department", "United States", "US", "U.S."]
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul", "Lee Seong-kweun"]

A = {
    "000": [
        ("troops", NK, 10000, None, "about", PENTAGON,
         "roughly 10,000 North Korean soldiers are in Russia", False),
        ("troops", NK, 8000, None, "about", PENTAGON,
         "some 8,000 of them have moved toward the Kursk border region", False),
        ("troops", NK, 1500, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "an initial contingent of about 1,500 special operations troops had been shipped to Vladivostok", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "The number of North Korean military personnel in Russia's Kursk region has reached 11,000", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ["Zelensky", "Volodymyr Zelensky", "Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "South Korea's Joint Chiefs of Staff put North Korean casualties at around 1,100", False),
        ("troops", NK, 11000, 12000, "range",
         ["Ukrainian and South Korean intelligence", "Ukrainian intelligence", "South Korean intelligence", "Ukraine", "South Korea"],
         "Pyongyang has sent between 11,000 and 12,000 troops to Russia", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS,
         "Around 300 North Korean soldiers sent to Russia have died in combat against Ukrainian forces", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "about 2,700 others have been wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Zelenskyy", "Zelensky", "Ukraine"],
         "two North Korean soldiers had been captured by Ukrainian forces", False),
        ("killed", NK, 100, None, "more_than", NIS,
         "more than 100 dead", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "about 1,000 wounded", False),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers sent to Russia have been killed in combat", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 others wounded", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 North Korean soldiers dispatched to Russia", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul", "lawmakers"],
         "about 3,000 more soldiers were dispatched in January and February", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Pyongyang's original contingent, estimated at 11,000", False),
    ],
    "010": [
        ("casualties", UA, 76000, None, "more_than",
         ["Gerasimov", "Valery Gerasimov", "General Staff", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS,
         "The number of North Korean soldiers killed or wounded in Russia's war against Ukraine has reached around 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "including about 600 deaths", False),
    ],
    "013": [
        ("troops", NK, 14000, None, "at_least", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "At least 14,000 North Korean soldiers have been sent to Russia since last autumn", False),
        ("killed", NK, 600, None, "about", ["South Korea's spy agency", "spy agency", "NIS", "National Intelligence Service", "South Korea"],
         "some 600 of them had been killed", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "Several thousand North Korean soldiers are believed to remain in the Kursk region", True),
    ],
    "014": [
        ("troops", NK, 13000, 15000, "range",
         ["South Korean and Western estimates", "South Korea", "Western", "Seoul"],
         "put the number of combat troops sent since October 2024 at between 13,000 and 15,000", False),
        ("killed", NK, 2000, None, "about", NIS,
         "About 2,000 North Korean soldiers have been killed", False),
        ("killed", NK, 600, None, "about", NIS,
         "around 600 dead", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "put total casualties at about 4,700", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"],
         "Ukraine says it captured two soldiers in January", False),
    ],
}

NOT = {
    "000": ["more than 6,000 kilometers", "$425 million package", "155mm artillery rounds",
            "roughly 600 kilometers to the southeast", "381 battle force ships", "9 of 28 sub-audits"],
    "002": ["HUR says more than 7,000 North Korean soldiers moved to areas near Ukraine's border",
            "700,830, including 1,270 in past day", "33 of 59 Shahed drones"],
    "003": ["122mm D-30 howitzer", "about 1,300 square kilometers", "more than 40% of it",
            "more than 17,000 members", "52 of 81 drones", "six injured"],
    "005": ["26-year-old rifleman", "20-year-old", "8.7 trillion yen"],
    "006": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "80th anniversary of Victory Day", "30 North Korean soldiers killed or wounded in single Kursk battle",
            "USD/KRW 1,451.40"],
    "007": ["177 drones", "110 were shot down", "2.5% of GDP by 2027", "more than six hours",
            "64-year-old man", "Comments (1,384)"],
    "010": ["more than 7,700 pieces of military equipment", "417 tanks", "11,500 servicemen"],
    "011": ["some 200 long-range artillery pieces", "N. Korea sends 3,000 more troops to Russia: NIS",
            "about six months"],
    "013": ["1,000 sappers and 5,000 military construction workers", "some 1,500 houses",
            "440 drones and 32 missiles"],
    "014": ["1,000 deminers and 5,000 military builders", "about $20 billion",
            "more than one million barrels of oil", "Heavy rain leaves 12 dead"],
}

OFF = ["001", "004", "009", "012"]
DUP = {"008": "005"}

conflicts = {
    "must": [
        ["000-2", "002-1", "some 8,000 troops near Kursk (Pentagon, Oct 31) against 11,000 in Kursk (Zelensky, Nov 5), five days apart"],
        ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's JCS), the same day, in one article"],
    ],
    "may": [
        ["000-1", "002-1", "about 10,000 in Russia as a whole against 11,000 in Kursk, five days apart"],
        ["000-1", "006-3", "10,000 (Oct 31) against about 11,000 (Dec 19), seven weeks apart"],
        ["000-2", "006-3", "8,000 near Kursk (Oct 31) against about 11,000 (Dec 19), seven weeks apart"],
        ["000-1", "003-3", "10,000 (Oct 31) against 11,000-12,000 (Dec 24), eight weeks apart"],
        ["000-2", "003-3", "8,000 near Kursk (Oct 31) against 11,000-12,000 (Dec 24), eight weeks apart"],
        ["000-1", "007-2", "10,000 (Oct 31) against an original contingent of 11,000, months apart"],
        ["000-2", "007-2", "8,000 near Kursk (Oct 31) against an original contingent of 11,000, months apart"],
        ["000-1", "007-1", "10,000 against an additional 3,000, months apart"],
        ["000-2", "007-1", "8,000 against an additional 3,000, months apart"],
        ["002-1", "007-1", "11,000 against an additional 3,000, months apart"],
        ["003-3", "007-1", "11,000-12,000 against an additional 3,000, two months apart"],
        ["006-3", "007-1", "about 11,000 against an additional 3,000, two months apart"],
        ["000-1", "013-1", "10,000 (Oct 2024) against at least 14,000 (Jun 2025), a later cumulative total"],
        ["000-2", "013-1", "8,000 (Oct 2024) against at least 14,000 (Jun 2025), a later cumulative total"],
        ["002-1", "013-1", "11,000 (Nov 2024) against at least 14,000 (Jun 2025), a later cumulative total"],
        ["003-3", "013-1", "11,000-12,000 (Dec 2024) against at least 14,000 (Jun 2025), a later cumulative total"],
        ["006-3", "013-1", "about 11,000 (Dec 2024) against at least 14,000 (Jun 2025), a later cumulative total"],
        ["007-1", "013-1", "an additional 3,000 against a total of at least 14,000, months apart"],
        ["007-2", "013-1", "an original 11,000 against a total of at least 14,000, months apart"],
        ["000-1", "014-1", "10,000 (Oct 2024) against 13,000-15,000 (Sep 2025), a later cumulative total"],
        ["000-2", "014-1", "8,000 (Oct 2024) against 13,000-15,000 (Sep 2025), a later cumulative total"],
        ["002-1", "014-1", "11,000 (Nov 2024) against 13,000-15,000 (Sep 2025), a later cumulative total"],
        ["003-3", "014-1", "11,000-12,000 (Dec 2024) against 13,000-15,000 (Sep 2025), a later cumulative total"],
        ["006-3", "014-1", "about 11,000 (Dec 2024) against 13,000-15,000 (Sep 2025), a later cumulative total"],
        ["007-1", "014-1", "an additional 3,000 against a total of 13,000-15,000, months apart"],
        ["007-2", "014-1", "an original 11,000 against a total of 13,000-15,000, months apart"],
        ["003-2", "011-1", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025): a cumulative figure four months later"],
        ["003-2", "014-4", "1,100 casualties (Dec 2024) against the April 2025 figure of 4,700"],
        ["005-1", "011-2", "about 300 killed (Jan) against about 600 (Apr): a cumulative figure months later"],
        ["005-1", "013-2", "about 300 killed (Jan) against some 600 (Jun)"],
        ["005-1", "014-3", "about 300 killed (Jan) against the April figure of 600"],
        ["005-1", "014-2", "about 300 killed (Jan) against about 2,000 (Sep)"],
        ["011-2", "014-2", "about 600 killed (Apr) against about 2,000 (Sep): a cumulative figure months later"],
        ["013-2", "014-2", "some 600 killed (Jun) against about 2,000 (Sep)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
