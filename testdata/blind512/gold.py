#!/usr/bin/env python3
"""Gold labels for testdata/blind512 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind512: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - September 2025). Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "around 1,500 special forces soldiers already moved to the Russian Far East", False),
        ("troops", NK, 12000, None, "about", NIS,
         "Pyongyang is sending a total of about 12,000 troops from four brigades", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in Russia's Kursk region", False),
    ],
    "002": [
        ("troops", NK, 2000, 9999, "vague", ["U.S. and Ukrainian officials", "U.S. officials", "Ukrainian officials", "United States", "US", "Ukraine"],
         "with thousands now in the Kursk region", True),
        ("troops", NK, 10000, 12000, "range", ["U.S. and South Korean officials", "U.S. officials", "South Korean officials", "United States", "US", "South Korea"],
         "North Korea has sent between 10,000 and 12,000 troops to Russia", False),
        ("troops", NK, 8000, None, "up_to", ["Sabrina Singh", "Pentagon", "U.S.", "United States", "US"],
         "as many as 8,000 of those soldiers had since arrived in the Kursk region", False),
        ("casualties", RU, 600000, None, "more_than", ["U.S. officials", "United States", "US"],
         "Russian troops have suffered more than 600,000 casualties, killed and wounded", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
         "have suffered an estimated 1,100 casualties in their first weeks of combat against Ukrainian forces", False),
        ("killed", NK, 100, None, "at_least", ["National Intelligence Service", "NIS", "Lee Seong-kweun", "South Korea"],
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", ["National Intelligence Service", "NIS", "Lee Seong-kweun", "South Korea"],
         "close to 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Some 11,000 North Korean soldiers are believed to have been sent to Russia since October", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Zelensky", "Volodymyr Zelensky", "Syrskyi", "Oleksandr Syrskyi", "Ukraine"],
         "have lost more than 3,000 soldiers killed and wounded", False),
        ("killed", NK, 50, None, "about", ["Special Operations Forces", "SSO", "Ukraine"],
         "its troops had killed around 50 North Korean soldiers in three days of fighting near the village of Plekhovo", False),
        ("troops", NK, 11000, 12000, "range", ["Ukrainian and Western intelligence", "Ukrainian intelligence", "Western intelligence", "Ukraine"],
         "Pyongyang has sent 11,000-12,000 troops to Russia", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", ["National Intelligence Service", "NIS", "Lee Seong-kweun", "South Korea"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", ["National Intelligence Service", "NIS", "Lee Seong-kweun", "South Korea"],
         "2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", ["National Intelligence Service", "NIS", "Lee Seong-kweun", "South Korea"],
         "the agency's figures put the North's combined losses at roughly 3,000", False),
        ("casualties", NK, 3800, None, "more_than", ZEL,
         "more than 3,800 North Korean soldiers had been killed or wounded in the Kursk region", False),
        ("captured", NK, 2, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine", "NIS"],
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Roughly 11,000 North Korean troops are believed to have been sent to Russia last autumn", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the enemy had lost more than 76,000 servicemen killed and wounded", False),
        ("captured", UA, 200, 999, "vague", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "Hundreds of Ukrainian servicemen were taken prisoner during the operation", True),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", ["National Intelligence Service", "NIS", "South Korean lawmakers", "Park Sun-won", "South Korea"],
         "North Korea has suffered about 4,700 casualties among the troops it sent to fight for Russia", False),
        ("killed", NK, 600, None, "about", ["National Intelligence Service", "NIS", "South Korean lawmakers", "Park Sun-won", "South Korea"],
         "including around 600 killed", False),
        ("troops", NK, 15000, None, "about", ["National Intelligence Service", "NIS", "spy agency", "Park Sun-won", "South Korea"],
         "Pyongyang has sent a total of about 15,000 troops to Russia", False),
        ("troops", NK, 3000, None, "about", ["National Intelligence Service", "NIS", "spy agency", "Park Sun-won", "South Korea"],
         "some 3,000 reinforcements dispatched in January and February", False),
        ("casualties", NK, 3000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "the roughly 3,000 killed and wounded that the agency reported in January", False),
    ],
    "013": [
        ("troops", NK, 15000, None, "about", ["South Korea's intelligence service", "National Intelligence Service", "NIS", "South Korea"],
         "about 15,000 North Korean troops have been sent to Russia", False),
        ("killed", NK, 600, None, "about", ["South Korea's intelligence service", "National Intelligence Service", "NIS", "South Korea"],
         "about 600 of them have been killed", False),
        ("troops", NK, 10000, None, "more_than", ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "more than ten thousand North Korean soldiers are still stationed in the Kursk region", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "Park Sun-won", "South Korea"],
         "Some two thousand North Korean soldiers sent to fight for Russia have died", False),
        ("troops", NK, 15000, None, "about", ["National Intelligence Service", "NIS", "Park Sun-won", "South Korea"],
         "the roughly 15,000 combat troops North Korea has sent since last October", False),
        ("troops", NK, 1000, None, "about", ["National Intelligence Service", "NIS", "Park Sun-won", "South Korea"],
         "Pyongyang has also sent about 1,000 deminers to Kursk", False),
        ("casualties", NK, 6000, None, "more_than", ["Britain's Ministry of Defence", "Ministry of Defence", "UK Ministry of Defence", "Britain", "UK"],
         "North Korean forces had suffered more than 6,000 casualties in Kursk", False),
    ],
}

NOT = {
    "000": ["Oct. 8-13", "four Russian amphibious and escort ships", "about 1.2 million active-duty troops",
            "top 1 million copies sold in six days", "60-meter sections of inter-Korean roads",
            "KOSPI 2,593.88", "KRW/USD 1,371.50"],
    "001": ["1,250 Russian invaders over past day", "over 2,000 Shahed drones", "tens of thousands more soldiers",
            "on November 4"],
    "002": ["more than 4,000 miles from the front", "82mm mortars", "about $2,000 a month", "February 2022",
            "a country of about 26 million people", "Russian Airfield 700 Miles From Border",
            "Russia Loses 1,500 Troops in a Day"],
    "003": ["roughly 30 kilometers wide", "below 54,000 won", "100,000 won in travel vouchers"],
    "004": ["some 1,300 square kilometers", "roughly 40% of that territory", "Join more than 20,000 members",
            "$10 a month", "on Aug. 6"],
    "005": ["aged 20", "the other, 26", "since 2016", "49 Ukrainian drones"],
    "009": ["Article 4 of the Treaty", "more than 400 tanks", "some 360 infantry fighting vehicles",
            "over 1,600 armored combat vehicles", "June 19, 2024", "December 4, 2024",
            "loses over 1,200 servicemen in past day"],
    "010": ["more than 20,000 containers of munitions", "new 5,000-ton destroyer"],
    "013": ["1,000 sappers to clear mines", "5,000 military construction workers",
            "to send 1,000 deminers and 5,000 military builders", "has risen to 28", "440 drones and 32 missiles",
            "Comments (1,204)"],
    "014": ["The 5,000 military construction workers the North promised in June", "a 3-hectare site",
            "N. Korean troops deployed to Russia numbered 11,000", "for 30th straight week"],
}

OFF = ["006", "007", "008", "012"]
DUP = {"011": "010"}

conflicts = {
    "must": [
        ["001-1", "002-3", "11,000 North Korean soldiers already in Kursk (Zelensky, Nov 4) against 'as many as 8,000' "
                           "in Kursk (Pentagon), nine days apart"],
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and "
                           "wounded (Zelensky, same week), articles four days apart"],
        ["005-3", "005-4", "roughly 3,000 casualties (NIS via Lee Seong-kweun) against more than 3,800 (Zelensky), "
                           "in the same article, a week apart"],
    ],
    "may": [],
}

# "may" pairs: defensible either way (months apart, an additional force, a cumulative count weeks apart).
# Not listed, so an alert on them is false: parts against the whole in the same period (000-1 first batch,
# 002-3 Kursk share, 004-2 one battle, 010-4 reinforcements inside the 15,000), bounds that the other value
# satisfies, and the update inside 010 (4,700 now, "up from" the 3,000 of January).
MAY = [
    # troops: the same total months apart, or grown with reinforcements
    ("000-2", "003-4", "about 12,000 (Oct) against some 11,000 (Dec), two months apart"),
    ("000-2", "005-6", "about 12,000 (Oct) against roughly 11,000 (Jan), three months apart"),
    ("000-2", "010-3", "12,000 (Oct) against 15,000 including reinforcements (Apr)"),
    ("000-2", "013-1", "12,000 (Oct) against 15,000 (Jun)"),
    ("000-2", "014-2", "12,000 (Oct) against 15,000 (Sep)"),
    ("001-1", "010-3", "11,000 in Kursk (Nov) against 15,000 sent in all (Apr)"),
    ("001-1", "013-1", "11,000 in Kursk (Nov) against 15,000 sent in all (Jun)"),
    ("001-1", "014-2", "11,000 in Kursk (Nov) against 15,000 sent in all (Sep)"),
    ("002-2", "010-3", "10,000-12,000 (Nov) against 15,000 (Apr)"),
    ("002-2", "013-1", "10,000-12,000 (Nov) against 15,000 (Jun)"),
    ("002-2", "014-2", "10,000-12,000 (Nov) against 15,000 (Sep)"),
    ("002-3", "013-3", "up to 8,000 in Kursk (Nov) against more than 10,000 in Kursk (Jun)"),
    ("003-4", "010-3", "11,000 (Dec) against 15,000 including reinforcements (Apr)"),
    ("003-4", "013-1", "11,000 (Dec) against 15,000 (Jun)"),
    ("003-4", "014-2", "11,000 (Dec) against 15,000 (Sep)"),
    ("004-3", "010-3", "11,000-12,000 (Dec) against 15,000 including reinforcements (Apr)"),
    ("004-3", "013-1", "11,000-12,000 (Dec) against 15,000 (Jun)"),
    ("004-3", "014-2", "11,000-12,000 (Dec) against 15,000 (Sep)"),
    ("005-6", "010-3", "11,000 (Jan) against 15,000 including reinforcements (Apr)"),
    ("005-6", "013-1", "11,000 (Jan) against 15,000 (Jun)"),
    ("005-6", "014-2", "11,000 (Jan) against 15,000 (Sep)"),
    # troops: additional forces (3,000 reinforcements, 1,000 deminers)
    ("000-2", "010-4", "an additional 3,000 against the first 12,000"),
    ("001-1", "010-4", "an additional 3,000 against 11,000"),
    ("002-2", "010-4", "an additional 3,000 against 10,000-12,000"),
    ("003-4", "010-4", "an additional 3,000 against 11,000"),
    ("004-3", "010-4", "an additional 3,000 against 11,000-12,000"),
    ("005-6", "010-4", "an additional 3,000 against 11,000"),
    ("010-4", "013-3", "3,000 reinforcements against more than 10,000 in Kursk"),
    ("000-1", "010-4", "first batch of 1,500 (Oct) against 3,000 reinforcements (Apr): different groups"),
    ("000-1", "014-3", "first batch of 1,500 (Oct) against 1,000 deminers (Sep): different groups"),
    ("010-4", "014-3", "3,000 reinforcements against 1,000 deminers: different groups"),
    ("000-2", "014-3", "1,000 deminers, an additional force, against 12,000"),
    ("001-1", "014-3", "1,000 deminers, an additional force, against 11,000"),
    ("002-2", "014-3", "1,000 deminers against 10,000-12,000"),
    ("003-4", "014-3", "1,000 deminers against 11,000"),
    ("004-3", "014-3", "1,000 deminers against 11,000-12,000"),
    ("005-6", "014-3", "1,000 deminers against 11,000"),
    ("010-3", "014-3", "1,000 deminers against 15,000 combat troops"),
    ("013-1", "014-3", "1,000 deminers against 15,000 combat troops"),
    ("013-3", "014-3", "1,000 deminers against more than 10,000 in Kursk"),
    ("014-2", "014-3", "1,000 deminers sent as well as 15,000 combat troops, same article"),
    # casualties: cumulative counts weeks or months apart
    ("003-1", "005-3", "1,100 (JCS, Dec 23) against 3,000 (NIS, Jan 13): Seoul's own count rising over three weeks"),
    ("003-1", "005-4", "1,100 (JCS, Dec 23) against more than 3,800 (Zelensky, Jan), three weeks apart"),
    ("004-1", "005-3", "more than 3,000 (Zelensky, Dec) against roughly 3,000 (NIS, Jan): a bound nearly met"),
    ("003-1", "010-1", "1,100 (Dec) against 4,700 (Apr)"),
    ("003-1", "010-5", "1,100 (Dec) against the January figure of 3,000 restated in April"),
    ("003-1", "014-4", "1,100 (Dec) against more than 6,000 (Sep)"),
    ("004-1", "010-5", "more than 3,000 (Dec) against roughly 3,000 (January figure, restated in April)"),
    ("005-3", "010-1", "3,000 (NIS, Jan) against 4,700 (NIS, Apr): a later rise, months apart"),
    ("005-4", "010-5", "more than 3,800 (Zelensky, Jan) against NIS's January 3,000, restated in April"),
    ("005-3", "014-4", "3,000 (Jan) against more than 6,000 (Sep)"),
    ("010-1", "014-4", "4,700 (Apr) against more than 6,000 (Sep): a later rise"),
    ("010-5", "014-4", "3,000 (January figure) against more than 6,000 (Sep)"),
    # killed: cumulative counts months apart
    ("005-1", "010-2", "300 (Jan) against 600 (Apr): a later rise"),
    ("005-1", "013-2", "300 (Jan) against 600 (Jun)"),
    ("005-1", "014-1", "300 (Jan) against 2,000 (Sep)"),
    ("010-2", "014-1", "600 (Apr) against 2,000 (Sep): a later rise"),
    ("013-2", "014-1", "600 (Jun) against 2,000 (Sep): a later rise"),
    # wounded
    ("003-3", "005-2", "close to 1,000 (Dec 19) against 2,700 (Jan 13): Seoul's own count rising over three weeks"),
]
conflicts["may"] = [[a, b, why] for a, b, why in MAY]

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
