#!/usr/bin/env python3
"""Gold labels for testdata/blind625 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind625: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (Oct 2024 - Dec 2025). See testdata/corpus/README.md for the meaning of "
         "every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
HUR = ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukrainian officials", "Ukraine"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "a first group of about 1,500 soldiers", False),
        ("troops", "north_korea", 10000, None, "exact",
         ["Zelenskiy", "Zelensky", "Volodymyr Zelenskiy", "Kyiv's intelligence", "Ukrainian intelligence", "Ukraine", "Kyiv"],
         "North Korea was sending 10,000 soldiers", False),
    ],
    "001": [
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "U.S. officials", "United States", "US"],
         "Some 8,000 North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", "north_korea", 10000, None, "about",
         ["Sabrina Singh", "Singh", "Pentagon", "United States", "US"],
         "about 10,000 North Korean soldiers had been sent to eastern Russia for training", False),
        ("troops", "north_korea", 10000, 12000, "range",
         ["Kim Yong-hyun", "Kim", "South Korean minister", "Seoul's own intelligence", "South Korea", "Seoul"],
         "put the overall force at between 10,000 and 12,000", False),
    ],
    "002": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "more than 3,000 North Korean troops have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", "north_korea", 1100, None, "about",
         ["Seoul's military", "Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "estimated the toll at around 1,100 dead and injured", False),
        ("killed", "north_korea", 100, None, "at_least", NIS + ["lawmakers"],
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["lawmakers"],
         "about 1,000 wounded", False),
        ("troops", "north_korea", 11000, 12000, "range", ["Kyiv", "Seoul", "Ukraine", "South Korea"],
         "Pyongyang has deployed 11,000-12,000 troops to Russia in total", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "some 3,000 casualties", False),
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "around 300 had been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "about 2,700 injured", False),
        ("troops", "north_korea", 11000, None, "about", NIS_LEE,
         "the roughly 11,000 troops North Korea dispatched to Russia last fall", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "two North Korean soldiers captured by Ukrainian forces", False),
    ],
    "005": [
        ("killed", "north_korea", 1000, None, "at_least",
         ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
         "No fewer than 1,000 North Korean soldiers have been killed in Kursk Oblast", False),
        ("troops", "north_korea", 200, 900, "vague", ["SSO", "Special Operations Forces", "Ukraine"],
         "topped up with several hundred fresh soldiers", True),
        ("captured", "north_korea", 2, None, "exact", ["Kyiv", "Ukraine", "SBU", "Security Service of Ukraine", "unattributed"],
         "Kyiv has so far taken two North Korean soldiers prisoner", False),
    ],
    "006": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["lawmakers"],
         "Pyongyang had sent some three thousand more soldiers to Russia in January and February", False),
        ("troops", "north_korea", 11000, None, "about", NIS + ["lawmakers"],
         "the roughly eleven thousand deployed last autumn", False),
    ],
    "008": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "an estimated 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "about 600 of them deaths", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "the roughly 3,000 casualties the spy agency reported in January", False),
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "North Korea has sent around 15,000 troops to Russia", False),
    ],
    "009": [
        ("troops", "north_korea", 11000, None, "about", U,
         "About 11,000 North Korean soldiers were dispatched to Kursk last autumn", False),
        ("troops", "north_korea", 2000, 9999, "vague", U,
         "followed by several thousand more early this year", True),
    ],
    "011": [
        ("troops", "north_korea", 11000, None, "about", NIS,
         "about eleven thousand North Korean soldiers went to Russia in the autumn of 2024", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "roughly 3,000 more following in the first months of this year", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "the first wave numbered up to 12,000", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "put North Korean casualties at about 4,700", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including about 600 dead", False),
        ("killed", "north_korea", 2000, None, "about", NIS + ["lawmakers"],
         "around 2,000 North Korean soldiers had now been killed", False),
        ("casualties", "north_korea", 6000, None, "more_than", HUR,
         "North Korean losses, dead and wounded together, had passed 6,000", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine holds two North Korean prisoners", False),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact",
         ["KCNA", "Korean Central News Agency", "the agency", "North Korea", "Kim Jong Un", "TASS"],
         "Nine of the regiment's servicemen lost their lives during the mission", False),
    ],
}

NOT = {
    "000": ["a total of about 12,000 troops drawn from four brigades", "four brigades", "three escort vessels",
            "between Oct. 8 and Oct. 13", "34 of 56 drones", "KOSPI 2,593.91", "Brent $73.06"],
    "001": ["\"a small number\" of them", "$425 million weapons package", "155mm artillery rounds",
            "Active personnel: about 1.28 million", "Main battle tanks: more than 3,500",
            "Artillery pieces: more than 21,000", "nine years", "100 more collaborative combat aircraft"],
    "002": ["about 2,000 square meters", "repelled 42 Russian attacks", "81 Shahed-type drones",
            "two Iskander-M missiles", "downed 52 of the drones", "Join more than 15,000 members"],
    "004": ["One of the two", "a soldier about to be captured", "Jan. 12, 2025", "1.04 pct lower",
            "fall 5 pct"],
    "005": ["about 500 square kilometers", "aged 20", "the other, 26", "since 2016", "128K subscribers",
            "10th Massive Attack", "15th Sanctions Package"],
    "006": ["more than 500,000 subscribers", "assault groups of ten to fifteen men",
            "1,300 square kilometers", "5, 10 or 25 euros a month", "a lull of about three weeks"],
    "008": ["rises 1.2% on-year", "10th straight week", "5 things to know"],
    "009": ["North Korea will send 6,000 military personnel",
            "1,000 will be deminers and 5,000 military builders", "fall 1.7%"],
    "011": ["1,000 deminers and 5,000 military builders", "1.2 million-strong army", "$2 a month"],
    "014": ["spent 120 days clearing mines", "1,000 sappers and 5,000 military builders",
            "tens of thousands of explosive objects", "1,200 homes to be rebuilt"],
}

OFF = ["003", "007", "010", "012"]
DUP = {"013": "004"}

conflicts = {
    "must": [
        ["002-1", "002-2", "more than 3,000 casualties (Zelensky) against about 1,100 (Seoul's military), "
                           "in the same live-blog entry on Dec 23 2024"],
        ["004-2", "005-1", "about 300 killed (South Korea's NIS, Jan 13 2025) against no fewer than 1,000 killed "
                           "(Ukraine's SSO, Jan 16 2025), three days apart"],
    ],
    "may": [
        # troops: 8,000 'in Kursk' against totals for Russia as a whole (a part, or the same force?)
        ["000-2", "001-1", "10,000 sent to Russia against some 8,000 now in Kursk, two weeks apart (part of the force?)"],
        ["001-1", "001-2", "8,000 in Kursk against about 10,000 sent to eastern Russia (part of the force?)"],
        ["001-1", "001-3", "8,000 in Kursk against an overall force of 10,000-12,000 (part of the force?)"],
        ["001-1", "002-5", "8,000 in Kursk (Oct) against 11,000-12,000 in Russia (Dec)"],
        ["001-1", "004-4", "8,000 in Kursk (Oct) against about 11,000 (Jan), months apart"],
        ["001-1", "006-2", "8,000 (Oct 2024) against eleven thousand (Feb 2025), months apart"],
        ["001-1", "008-4", "8,000 (Oct 2024) against 15,000 in all incl. reinforcements (Apr 2025)"],
        ["001-1", "009-1", "8,000 (Oct 2024) against about 11,000 (Jun 2025), months apart"],
        ["001-1", "011-1", "8,000 (Oct 2024) against about eleven thousand (Sep 2025), months apart"],
        # troops: about 10,000 (Oct 2024) against about 11,000 or more (later)
        ["000-2", "002-5", "10,000 (Oct) against 11,000-12,000 (Dec), two months apart"],
        ["001-2", "002-5", "about 10,000 (Oct) against 11,000-12,000 (Dec), two months apart"],
        ["000-2", "004-4", "10,000 (Oct 2024) against about 11,000 (Jan 2025)"],
        ["001-2", "004-4", "about 10,000 (Oct 2024) against about 11,000 (Jan 2025)"],
        ["000-2", "006-2", "10,000 (Oct 2024) against eleven thousand (Feb 2025)"],
        ["001-2", "006-2", "about 10,000 (Oct 2024) against eleven thousand (Feb 2025)"],
        ["000-2", "009-1", "10,000 (Oct 2024) against about 11,000 (Jun 2025)"],
        ["001-2", "009-1", "about 10,000 (Oct 2024) against about 11,000 (Jun 2025)"],
        ["000-2", "011-1", "10,000 (Oct 2024) against about eleven thousand (Sep 2025)"],
        ["001-2", "011-1", "about 10,000 (Oct 2024) against about eleven thousand (Sep 2025)"],
        # troops: 15,000 in all (with reinforcements) against first-wave figures
        ["000-2", "008-4", "10,000 (Oct 2024) against 15,000 in all incl. reinforcements (Apr 2025)"],
        ["001-2", "008-4", "about 10,000 (Oct 2024) against 15,000 in all (Apr 2025)"],
        ["001-3", "008-4", "10,000-12,000 (Oct 2024) against 15,000 in all (Apr 2025)"],
        ["002-5", "008-4", "11,000-12,000 (Dec 2024) against 15,000 in all incl. reinforcements (Apr 2025)"],
        ["004-4", "008-4", "about 11,000 sent last fall against 15,000 in all incl. reinforcements"],
        ["006-2", "008-4", "eleven thousand in the autumn against 15,000 in all incl. reinforcements"],
        ["008-4", "009-1", "15,000 in all against about 11,000 in the autumn wave"],
        ["008-4", "011-1", "15,000 in all against about eleven thousand in the autumn wave"],
        ["008-4", "011-3", "15,000 in all against a first wave of up to 12,000"],
        # troops: 'additional' reinforcements against the totals
        ["004-4", "006-1", "about 11,000 against an additional three thousand"],
        ["006-1", "006-2", "three thousand more against eleven thousand deployed earlier (an additional force)"],
        ["002-5", "006-1", "11,000-12,000 against an additional three thousand"],
        ["000-2", "006-1", "10,000 against an additional three thousand"],
        ["001-2", "006-1", "about 10,000 against an additional three thousand"],
        ["001-3", "006-1", "10,000-12,000 against an additional three thousand"],
        ["006-1", "008-4", "three thousand more against 15,000 in all"],
        ["006-1", "009-1", "three thousand more against about 11,000 in the autumn"],
        ["006-1", "011-1", "three thousand more against about eleven thousand"],
        ["006-2", "011-2", "eleven thousand against roughly 3,000 more"],
        ["004-4", "011-2", "about 11,000 against roughly 3,000 more"],
        ["008-4", "011-2", "15,000 in all against roughly 3,000 more"],
        ["009-1", "011-2", "about 11,000 against roughly 3,000 more"],
        ["011-1", "011-2", "about eleven thousand against roughly 3,000 more (an additional force)"],
        ["002-5", "011-2", "11,000-12,000 against roughly 3,000 more"],
        ["000-2", "011-2", "10,000 against roughly 3,000 more"],
        ["001-2", "011-2", "about 10,000 against roughly 3,000 more"],
        ["001-3", "011-2", "10,000-12,000 against roughly 3,000 more"],
        ["001-1", "006-1", "8,000 in Kursk against three thousand more"],
        ["001-1", "011-2", "8,000 in Kursk against roughly 3,000 more"],
        # casualties: weeks or months apart, different agencies
        ["002-2", "004-1", "about 1,100 (JCS, Dec 23) against some 3,000 (NIS, Jan 13), three weeks apart"],
        ["002-2", "008-3", "about 1,100 (JCS, Dec) against the roughly 3,000 NIS reported in January"],
        ["002-1", "004-1", "more than 3,000 (Zelensky, Dec 23) against some 3,000 (NIS, Jan 13)"],
        ["002-1", "008-3", "more than 3,000 (Zelensky, Dec) against the roughly 3,000 NIS reported in January"],
        ["002-2", "008-1", "about 1,100 (JCS, Dec 2024) against 4,700 (NIS, Apr 2025)"],
        ["002-2", "011-4", "about 1,100 (JCS, Dec 2024) against about 4,700 (NIS, Apr 2025)"],
        ["002-2", "011-7", "about 1,100 (JCS, Dec 2024) against more than 6,000 (HUR, summer 2025)"],
        ["004-1", "011-7", "about 3,000 (NIS, Jan) against more than 6,000 (HUR, summer)"],
        ["008-3", "011-7", "about 3,000 (NIS, Jan) against more than 6,000 (HUR, summer)"],
        ["008-1", "011-7", "about 4,700 (NIS, Apr) against more than 6,000 (HUR, summer)"],
        ["011-4", "011-7", "about 4,700 (NIS, Apr) against more than 6,000 (HUR, summer), same explainer"],
        # killed: an earlier lower bound above a later estimate
        ["005-1", "008-2", "no fewer than 1,000 killed (SSO, Jan) against about 600 (NIS, Apr), months apart"],
        ["005-1", "011-5", "no fewer than 1,000 killed (SSO, Jan) against about 600 (NIS, Apr), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
