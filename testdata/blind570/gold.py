#!/usr/bin/env python3
"""Gold labels for testdata/blind570 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind570/articles: fifteen articles written in our own words about the "
         "real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning of "
         "every field and how a system's output is scored.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]

A = {
    "000": [
        ("troops", NK, 1500, None, "exact", NIS,
         "1,500 special operations forces were carried from the North's east coast to Vladivostok", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", ["Pentagon", "Sabrina Singh", "Singh", "United States", "U.S."],
         "North Korea has sent roughly 10,000 soldiers to train in eastern Russia", False),
        ("troops", NK, 2000, 9000, "vague", ["U.S. officials", "United States", "U.S."],
         "several thousand had been taken by train to western Russia", True),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "there are already eleven thousand North Korean soldiers in Russia's Kursk region", False),
        ("troops", NK, 10000, 12000, "range", ["Defence Intelligence of Ukraine", "Defence Intelligence", "HUR", "Ukraine"],
         "between 10,000 and 12,000 servicemen", False),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops fighting alongside Russia have suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Park Sun-won"],
         "at least 100 North Korean deaths", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Park Sun-won"],
         "around 1,000 more had been wounded", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "North Korean losses in Russia's Kursk region now exceed 3,000 soldiers killed and wounded", False),
    ],
    "008": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Some 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "around 2,700 wounded", False),
        ("captured", NK, 2, None, "exact",
         ["Volodymyr Zelenskiy", "Zelenskiy", "Zelensky", "Ukraine", "National Intelligence Service", "NIS", "South Korea"],
         "Ukraine had captured two North Korean soldiers in the Kursk region on Saturday", False),
        ("troops", NK, 11000, None, "about", NIS,
         "has roughly 11,000 troops in Russia", False),
    ],
    "009": [
        ("troops", NK, 3000, None, "about", JCS,
         "an estimated three thousand additional troops", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "It put North Korean casualties at around 4,700", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS + ["intelligence agency"],
         "About 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS + ["intelligence agency"],
         "around 600 of them fatally", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea is believed to have dispatched about 11,000 troops to Russia last autumn", False),
        ("killed", NK, 1000, None, "at_least", ["British Defence Ministry", "Defence Ministry", "Britain", "UK", "British"],
         "no fewer than 1,000 North Korean soldiers had died in Kursk", False),
    ],
    "012": [
        ("casualties", UA, 76000, None, "more_than", ["Russian Defense Ministry", "Defense Ministry", "Russia", "Gerasimov"],
         "Ukrainian formations lost more than 76,000 servicemen killed and wounded", False),
    ],
    "013": [
        ("troops", NK, 11000, 12000, "range", ["Western and South Korean estimates", "Western", "South Korea"],
         "Western and South Korean estimates put it at 11,000-12,000 soldiers", False),
        ("troops", NK, 3000, None, "about", ["unattributed"],
         "Some 3,000 reinforcements followed in January and February 2025", False),
        ("troops", NK, 11000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "about 11,000 North Korean troops remain in the Kursk region", False),
        ("troops", NK, 1000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "roughly a thousand sappers are already clearing mines", False),
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "about 2,000 North Korean soldiers have been killed", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine", "Kyiv"],
         "the two North Korean soldiers captured in January", False),
    ],
}

NOT = {
    "000": ["around 12,000 troops in all", "four landing ships and three escort vessels",
            "up to 10,000 N. Korean soldiers could join Russia's war", "between Oct. 8 and 13", "US$3.3 bln"],
    "002": ["up to 12,000 troops", "about 1.2 million active-duty personnel", "roughly 150 miles",
            "$425 million", "80 drones overnight"],
    "003": ["five Russian military ranges", "reach 704,260", "a small group of North Korean soldiers", "UAH/USD 41.27"],
    "005": ["122-mm multiple rocket launchers", "Dec. 3 martial law declaration", "1,450 per dollar", "12 routes"],
    "006": ["78 missiles and 106 drones", "more than half a million people", "38 of the 67 people on board",
            "roughly 170km cable", "658 megawatts", "two more villages"],
    "008": ["a 20-year-old", "aged 26", "groups of 10 to 20", "joined the army in 2021", "10.7% in December"],
    "009": ["about 220 170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
            "100,000 Russian Troops Are Massing", "Dow Slides 0.6%"],
    "011": ["Kim Jong Un, 41", "8.7 tril. yen", "5,000-ton destroyer"],
    "012": ["1,000 sappers", "5,000 military construction workers", "more than 400 tanks", "47 Ukrainian drones",
            "second visit to Pyongyang in two weeks"],
    "013": ["Pyongyang would send 1,000 deminers and 5,000 military builders", "20 trillion won (about $14 billion)",
            "about 9,000 km", "June 19, 2024", "shrank 0.3%"],
}

OFF = ["001", "004", "007", "010"]
DUP = {"014": "002"}

MUST = [
    ["005-1", "006-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded "
                       "(Zelenskyy, Dec 26): same metric and subject, three days apart, different sources"],
    ["011-2", "011-4", "about 600 killed (South Korea's NIS) against no fewer than 1,000 killed (British Defence "
                       "Ministry), in the same article"],
]
MAY = [
    ["002-1", "003-1", "about 10,000 sent to eastern Russia (Pentagon, Oct 28) against 11,000 in Kursk (Zelensky, "
                       "Nov 5): close values a week apart while the count was still growing"],
    # the first batch of 1,500 (Oct 2024) is a part; against figures given months later it is also months apart
    ["000-1", "008-4", "first batch of 1,500 (Oct 2024) against about 11,000 (Jan 2025): a part, months apart"],
    ["000-1", "009-1", "first batch of 1,500 against 3,000 reinforcements five months later"],
    ["000-1", "011-3", "first batch of 1,500 against about 11,000 sent last autumn, reported six months later"],
    ["000-1", "013-1", "first batch of 1,500 against the 11,000-12,000 first contingent, a year later"],
    ["000-1", "013-2", "first batch of 1,500 against 3,000 reinforcements, a year later"],
    ["000-1", "013-3", "first batch of 1,500 against about 11,000 remaining, a year later"],
    ["000-1", "013-4", "first batch of 1,500 special forces against about 1,000 sappers, a year later"],
    # additional forces (reinforcements, sappers) against the main contingent
    ["002-1", "009-1", "about 10,000 (Oct 2024) against an additional 3,000 (Mar 2025)"],
    ["002-1", "013-2", "about 10,000 (Oct 2024) against 3,000 reinforcements (Sep 2025)"],
    ["002-1", "013-4", "about 10,000 (Oct 2024) against about 1,000 sappers (Sep 2025)"],
    ["003-1", "009-1", "11,000 in Kursk (Nov 2024) against an additional 3,000 (Mar 2025)"],
    ["003-1", "013-2", "11,000 (Nov 2024) against 3,000 reinforcements (Sep 2025)"],
    ["003-1", "013-4", "11,000 (Nov 2024) against about 1,000 sappers (Sep 2025)"],
    ["003-2", "009-1", "10,000-12,000 (Nov 2024) against an additional 3,000 (Mar 2025)"],
    ["003-2", "013-2", "10,000-12,000 (Nov 2024) against 3,000 reinforcements (Sep 2025)"],
    ["003-2", "013-4", "10,000-12,000 (Nov 2024) against about 1,000 sappers (Sep 2025)"],
    ["008-4", "009-1", "about 11,000 (Jan 2025) against an additional 3,000 (Mar 2025)"],
    ["008-4", "013-2", "about 11,000 (Jan 2025) against 3,000 reinforcements (Sep 2025)"],
    ["008-4", "013-4", "about 11,000 (Jan 2025) against about 1,000 sappers (Sep 2025)"],
    ["009-1", "011-3", "an additional 3,000 (JCS, Mar 27) against about 11,000 sent last autumn (Apr 30)"],
    ["009-1", "013-1", "an additional 3,000 against the 11,000-12,000 first contingent, months apart"],
    ["009-1", "013-3", "an additional 3,000 against about 11,000 remaining, months apart"],
    ["009-1", "013-4", "3,000 reinforcements against about 1,000 sappers, months apart"],
    ["011-3", "013-2", "about 11,000 sent last autumn against 3,000 reinforcements, months apart"],
    ["011-3", "013-4", "about 11,000 sent last autumn against about 1,000 sappers, months apart"],
    ["013-1", "013-2", "first contingent of 11,000-12,000 against 3,000 reinforcements that followed"],
    ["013-2", "013-3", "3,000 reinforcements against about 11,000 still in Kursk"],
    ["013-1", "013-4", "first contingent against about 1,000 sappers sent later: a separate engineering force"],
    ["013-3", "013-4", "about 11,000 still in Kursk against about 1,000 sappers: part or addition"],
    ["013-2", "013-4", "3,000 reinforcements against about 1,000 sappers: different contingents"],
    # the optional "several thousand" moved west (Oct 2024), a part, against figures months later
    ["002-2", "008-4", "several thousand moved west (Oct 2024) against about 11,000 (Jan 2025): a part, months apart"],
    ["002-2", "011-3", "several thousand moved west against about 11,000 sent last autumn, reported six months later"],
    ["002-2", "013-1", "several thousand moved west against the 11,000-12,000 first contingent, a year later"],
    ["002-2", "013-3", "several thousand moved west against about 11,000 remaining, a year later"],
    ["002-2", "013-4", "several thousand moved west against about 1,000 sappers, a year later"],
    # casualties and deaths: cumulative counts months apart
    ["005-1", "009-2", "about 1,100 casualties (Dec 2024) against about 4,700 (Mar 2025): a cumulative count, months apart"],
    ["005-1", "011-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): months apart"],
    ["008-1", "011-2", "NIS: about 300 killed (Jan 2025), about 600 (Apr 2025): an update of a cumulative count"],
    ["008-1", "011-4", "about 300 killed (Jan 2025) against at least 1,000 (Apr 2025): months apart"],
    ["008-1", "013-5", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025): months apart"],
    ["011-2", "013-5", "NIS: about 600 killed (Apr 2025), about 2,000 (Sep 2025): an update, months apart"],
]
# Not conflicts and deliberately not listed:
#  005-3 / 008-2: the NIS's wounded count rising from about 1,000 (Dec 19) to about 2,700 (Jan 13), the same
#    agency updating a cumulative figure three weeks later.
#  000-1 / 002-1, 003-1, 003-2: the first batch of 1,500 is a part of the whole, reported within weeks.
#  002-2 (optional): several thousand moved west, a part of the 10,000.

goldlib.write(about, A, NOT, OFF, DUP, {"must": MUST, "may": MAY})
