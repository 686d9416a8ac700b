#!/usr/bin/env python3
"""Gold labels for testdata/blind385 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind385: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025), labelled blind. "
         "See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul", "Lee Seong-kweun"]
HUR = ["Ukraine's military intelligence", "military intelligence", "Defence Intelligence", "HUR", "Ukraine"]
YUSOV = ["Andrii Yusov", "Yusov", "Defence Intelligence of Ukraine", "Defence Intelligence", "HUR", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has so far moved some three thousand of its soldiers to Russia", False),
        ("troops", "north_korea", 1500, None, "exact", NIS,
         "a first contingent of 1,500 special forces troops had been shipped out", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "As many as 12,000 North Korean soldiers", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "around 500 of them officers", False),
    ],
    "002": [
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "State Department", "United States", "US", "Washington"],
         "About 8,000 of the North Korean soldiers sent to Russia have now moved into the Kursk border region", False),
        ("troops", "north_korea", 10000, None, "about",
         ["Sabrina Singh", "Singh", "Pentagon", "Defense Department", "United States", "US"],
         "roughly 10,000 North Korean troops had been sent to eastern Russia for training", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Syrskyi", "Ukraine"],
         "more than 3,000 North Korean soldiers have already been killed or wounded in the Kursk region", False),
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "North Korean casualties were estimated at around 1,100", False),
        ("casualties", "north_korea", 200, 900, "vague",
         ["Pentagon", "United States", "US"],
         "North Korean casualties in Kursk ran to several hundred", True),
    ],
    "004": [
        ("captured", "north_korea", 2, None, "exact", NIS + ["Ukraine"],
         "Ukraine has captured two North Korean soldiers in Russia's Kursk region", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "roughly three hundred North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "about 2,700 wounded in the fighting there", False),
    ],
    "006": [
        ("killed", "north_korea", 1000, None, "more_than", YUSOV,
         "more than a thousand North Korean soldiers have been killed in Russia's Kursk Oblast", False),
        ("casualties", "north_korea", 3800, None, "about", YUSOV,
         "the North Korean contingent has lost about 3,800 men killed and wounded", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has dispatched roughly 3,000 additional soldiers to Russia since January", False),
        ("troops", "north_korea", 11000, None, "about",
         ["Seoul", "Kyiv", "Washington", "South Korea", "Ukraine", "United States", "US"],
         "Pyongyang sent about 11,000 soldiers last autumn", False),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including roughly 600 who died", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "up from around 3,000 casualties the agency reported in January", False),
    ],
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Russian Defense Ministry", "Russian Ministry of Defence", "Defense Ministry", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen in the Kursk direction", False),
    ],
    "013": [
        ("troops", "north_korea", 14000, None, "about", ["unattributed"],
         "Some 14,000 North Korean soldiers have been sent to Russia since the autumn of 2024", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "About 2,000 of the North's soldiers are now believed to have died in the fighting for the Kursk region", False),
    ],
    "014": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["Ukraine", "United States", "US", "South Korea", "Ukrainian, US and South Korean intelligence"],
         "Pyongyang had sent between 10,000 and 12,000 soldiers", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "roughly 3,000 more were sent as reinforcements", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had been killed", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Britain's Defence Ministry", "Defence Ministry", "Ministry of Defence", "Britain", "United Kingdom", "UK"],
         "North Korean casualties, killed and wounded, had passed 6,000", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
         "Ukraine holds two North Korean prisoners of war", False),
    ],
}

NOT = {
    "000": ["expects the number to reach about 10,000 by December", "about 100 Russian military terms",
            "around US$2,000 a month", "between Oct. 8 and 13", "11th Corps",
            "Ukraine says 2,600 N. Korean troops training for Kursk deployment",
            "60-meter sections of inter-Korean roads", "KOSPI closes at 2,599.62"],
    "002": ["a range of about 300 kilometers (190 miles)", "$425 million package", "155mm artillery rounds",
            "$1.3 billion contract", "390 manned ships", "2 new deltas"],
    "003": ["81 Shahed-type attack drones", "Fifty-two were shot down and 29", "€1.5 billion tranche",
            "more than 120 new domestically made weapons systems", "27 comments", "$5 a month",
            "downs 52 drones", "3-day outage", "UTC+2"],
    "004": ["one born in 2005", "the other 26 years old", "on Jan. 9", "240 mm multiple rocket launchers",
            "170 mm self-propelled guns", "KOSPI closes at 2,489.56", "7 things to know", "cut 12 routes"],
    "006": ["small groups of 20 to 30 men", "6 August 2024", "On 11 January", "72 combat clashes",
            "42.3 per dollar"],
    "007": ["some 220 artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "February 24, 2022"],
    "009": ["36,045.38", "2,556.61", "142.34", "012450/KRX", "closed up 3.1%", "shrinks 0.2%",
            "6.7 trillion won"],
    "011": ["one thousand sappers and five thousand military builders",
            "one thousand sappers for demining and five thousand military builders",
            "more than 380 tanks", "over 1,500 armored vehicles", "on April 26", "Article 4",
            "2025-2027 joint projects"],
    "013": ["Hundreds of families", "on 10 October", "the 80th anniversary", "£2 a month", "33C",
            "The 10 best autumn walks"],
    "014": ["1,000 deminers and 5,000 military construction workers", "$20 billion (€17 billion)",
            "Kim Jong Un, 41", "record $700 billion"],
}

OFF = ["001", "005", "010", "012"]
DUP = {"008": "007"}

conflicts = {
    "must": [
        ["003-1", "003-2", "more than 3,000 North Korean casualties (Zelensky) against about 1,100 (South Korea's JCS), "
                           "given the same day in one live blog"],
        ["004-2", "006-1", "about 300 North Koreans killed (South Korea's NIS, 13 January 2025) against more than a "
                           "thousand killed (Ukraine's HUR, 16 January 2025), three days apart"],
    ],
    "may": [],  # filled below
}

# may pairs: same metric and subject, values incompatible, but weeks or months apart, or an "additional" force.
MAY = [
    ("000-1", "002-1", "3,000 moved 'so far' (NIS, 23 Oct) against 8,000 in Kursk (US, 31 Oct): a deployment still growing"),
    ("000-1", "002-2", "3,000 'so far' (NIS, 23 Oct) against 10,000 in eastern Russia (Pentagon, 28 Oct): a deployment still growing"),
    ("000-1", "007-2", "3,000 in October against 11,000 'last autumn', four months later"),
    ("000-1", "013-1", "3,000 in October 2024 against a running total of 14,000, eleven months later"),
    ("000-1", "014-1", "3,000 in October 2024 against 10,000-12,000 recalled in December 2025"),
    ("000-3", "013-1", "up to 12,000 (October 2024) against 14,000 including reinforcements (September 2025)"),
    ("002-1", "007-2", "8,000 in Kursk (October) against 11,000 last autumn (February)"),
    ("002-2", "007-2", "about 10,000 (October) against about 11,000 (February)"),
    ("002-1", "013-1", "8,000 against 14,000, ten months apart"),
    ("002-2", "013-1", "10,000 against 14,000, ten months apart"),
    ("002-1", "014-1", "8,000 in Kursk against 10,000-12,000 sent, fourteen months apart"),
    ("007-2", "013-1", "11,000 last autumn against 14,000 in all, months apart"),
    ("014-1", "013-1", "10,000-12,000 sent in late 2024 against 14,000 in all by September 2025"),
    ("007-1", "007-2", "an additional 3,000 against the 11,000 sent last autumn"),
    ("007-1", "002-1", "an additional 3,000 against 8,000, months apart"),
    ("007-1", "002-2", "an additional 3,000 against 10,000, months apart"),
    ("007-1", "013-1", "an additional 3,000 against 14,000 in all"),
    ("007-1", "014-1", "an additional 3,000 against 10,000-12,000"),
    ("014-2", "014-1", "3,000 more as reinforcements against 10,000-12,000 first sent"),
    ("014-2", "002-1", "3,000 more against 8,000, fourteen months apart"),
    ("014-2", "002-2", "3,000 more against 10,000, fourteen months apart"),
    ("014-2", "007-2", "3,000 more against 11,000, months apart"),
    ("014-2", "013-1", "3,000 more against 14,000 in all"),
    ("003-3", "003-1", "several hundred (Pentagon, the week before) against more than 3,000 (Zelensky)"),
    ("003-3", "003-2", "several hundred (Pentagon, the week before) against about 1,100 (JCS)"),
    ("003-3", "006-2", "several hundred (Pentagon, mid-December) against 3,800 (HUR, January)"),
    ("003-3", "009-1", "several hundred (Pentagon, December) against 4,700 (NIS, April)"),
    ("003-3", "009-3", "several hundred (Pentagon, December) against 3,000 (NIS, January)"),
    ("003-3", "014-4", "several hundred (Pentagon, December 2024) against more than 6,000 (UK, December 2025)"),
    ("003-2", "006-2", "1,100 (JCS, 23 Dec) against 3,800 (HUR, 16 Jan): a rising cumulative toll, weeks apart"),
    ("003-2", "009-1", "1,100 in December against 4,700 in April: a cumulative toll, months apart"),
    ("003-2", "009-3", "1,100 in December against the 3,000 NIS reported in January"),
    ("003-2", "014-4", "1,100 in December 2024 against more than 6,000 in December 2025"),
    ("003-1", "009-3", "more than 3,000 (Zelensky, December) against about 3,000 (NIS, January), reported in April"),
    ("006-2", "009-3", "3,800 (HUR, January) against 3,000 (NIS, January), reported months apart"),
    ("006-2", "009-1", "3,800 in January against 4,700 in April: a cumulative toll"),
    ("006-2", "014-4", "3,800 in January against more than 6,000 in December"),
    ("009-1", "014-4", "4,700 in April against more than 6,000 in December: a cumulative toll"),
    ("009-3", "014-4", "3,000 (January) against more than 6,000 (December)"),
    ("004-2", "009-2", "300 killed in January against 600 in April: the same agency's cumulative toll"),
    ("004-2", "013-2", "300 killed in January against 2,000 in September"),
    ("004-2", "014-3", "300 killed in January against 2,000 recalled in December"),
    ("006-1", "009-2", "more than 1,000 killed (HUR, January) against about 600 (NIS, April)"),
    ("009-2", "013-2", "600 killed in April against 2,000 in September: the same agency's cumulative toll"),
    ("009-2", "014-3", "600 killed in April against 2,000 recalled in December"),
]
conflicts["may"] = [list(p) for p in MAY]

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
