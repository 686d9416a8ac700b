#!/usr/bin/env python3
"""Gold labels for testdata/blind509 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind509: 15 articles written in our own words about the real story's known "
         "reporting, labelled blind. Same schema and rules as testdata/corpus/gold.json (see its README.md).")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "South Korea's military"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukrainian intelligence", "Ukraine"]
UN = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has moved about 1,500 special operations soldiers to Russia's Far East", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "Secretary of State", "United States", "U.S.", "US"],
         "Roughly 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Pentagon", "United States", "U.S.", "US"],
         "around 10,000 North Korean troops had been sent to Russia for training", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "there are already 11,000 in the Kursk region", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "up to 12,000 North Korean military personnel, including some 500 officers, had been brought into Russia", False),
        ("troops", NK, 500, None, "about", HUR,
         "including some 500 officers", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Over 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops in Kursk had suffered around 1,100 casualties", False),
        ("troops", NK, 11000, None, "about",
         ["Ukrainian, South Korean and U.S. intelligence", "Ukrainian intelligence", "South Korean intelligence",
          "U.S. intelligence", "intelligence", "Ukraine", "South Korea", "United States"],
         "North Korea has sent around 11,000 soldiers to Russia, according to Ukrainian, South Korean and U.S. intelligence", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun", "lawmaker"],
         "Around 300 North Korean soldiers dispatched to Russia have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun", "lawmaker"],
         "some 2,700 others wounded", False),
        ("captured", NK, 2, None, "exact", ZEL + ["National Intelligence Service", "NIS"],
         "Ukrainian forces had taken two North Korean soldiers prisoner in the Kursk region", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", JCS,
         "Roughly 3,000 additional North Korean soldiers were sent to Russia in January and February", False),
        ("troops", NK, 11000, None, "exact", JCS,
         "on top of the 11,000 dispatched last autumn", False),
        ("casualties", NK, 4000, None, "at_least", JCS,
         "Casualties among the North Korean contingent stand at no fewer than 4,000", False),
    ],
    "008": [
        ("troops", NK, 10000, 12000, "range",
         ["South Korean and U.S. officials", "South Korean officials", "U.S. officials", "South Korea", "United States", "U.S."],
         "South Korean and U.S. officials have put the first wave at between 10,000 and 12,000 soldiers", False),
        ("troops", NK, 3000, None, "about", NIS,
         "Seoul's spy agency believes roughly three thousand more followed in January and February", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "among them some 600 dead", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "the roughly 3,000 casualties the agency reported in January", False),
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Chief of the General Staff", "Russian General Staff", "Russia"],
         "Ukraine's forces had lost more than 76,000 servicemen there since their incursion in August", False),
    ],
    "010": [],
    "012": [
        ("killed", NK, 2000, None, "about", NIS + ["Park Seon-woo", "lawmaker"],
         "About 2,000 North Korean soldiers are estimated to have died fighting for Russia against Ukraine", False),
        ("troops", NK, 11000, 12000, "range", NIS,
         "The North initially dispatched 11,000 to 12,000 troops to Russia's Kursk region in late 2024", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"],
         "acknowledging that nine of its soldiers were killed during the mission", False),
        ("troops", NK, 200, 900, "vague", UN,
         "The regiment, several hundred sappers strong, was sent in August", True),
        ("troops", NK, 11000, None, "about", UN,
         "Some 11,000 North Korean troops arrived in Kursk in the autumn of 2024", False),
        ("troops", NK, 2000, 9999, "vague", UN,
         "several thousand more followed in early 2025", True),
        ("casualties", NK, 6000, None, "more_than",
         ["Britain's Defence Intelligence", "Defence Intelligence", "British Defence Intelligence", "UK Defence Intelligence",
          "Britain", "UK"],
         "more than 6,000 North Koreans had been killed or wounded in the fighting", False),
    ],
}

NOT = {
    "000": ["a total of around 12,000 troops, organised in four brigades, over the coming weeks",
            "as many as 10,000 soldiers", "an estimated 1.2 million active-duty personnel",
            "four Russian navy landing ships and three escort vessels", "more than 13,000 containers",
            "170 mm self-propelled guns", "Sony to cut 300 jobs", "more than 6%"],
    "002": ["about $425 million", "155mm artillery rounds", "57th Security Consultative Meeting",
            "the Army for eight years", "$1.2 billion contract for 155mm shell plant", "100 drones to start"],
    "003": ["five Russian military training grounds", "40 of 59 drones",
            "personnel – about 700,920 (+1,480 per day)", "tanks – 9,096", "artillery systems – 19,871"],
    "004": ["groups of 20 to 30", "70 missiles, 100 drones", "We've got 15,000 members", "help us reach 20,000",
            "$5 a month"],
    "006": ["born in 2005", "a 26-year-old rifleman", "KOSPI falls 1.04 pct to 2,489.56",
            "1 million won in energy vouchers to 1.3 million households"],
    "007": ["$500bn in future revenues", "almost six hours", "128 Ukrainian drones over 13 regions",
            "110 of 177 Russian drones", "2.5% of GDP by 2027", "second round of contacts between the two sides in nine days"],
    "008": ["around $20 billion", "June 2024", "Nikkei 225  35,839.99", "rise 3.1% in March"],
    "010": ["1,000 sappers to clear mines in the Kursk Region and 5,000 military builders",
            "some 6,000 DPRK servicemen are expected to take part", "more than two hours",
            "more than 1,500 residential buildings and 14 bridges", "23 Ukrainian drones over five regions",
            "1-2% in 2025"],
    "012": ["a further 6,000 personnel, made up of 1,000 deminers and 5,000 military construction workers",
            "a ninth party congress", "a new five-year economic plan", "8,000-seat stadium", "Kospi closes at 3,200.83",
            "2.6% in August"],
    "014": ["120 days clearing mines", "5,000 military construction workers", "1 million without power"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"011": "004"}

conflicts = {
    "must": [
        ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's JCS), "
                           "given the same day in one article"],
        ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
                           "(Zelensky, Nov 4-5), five days apart"],
    ],
    "may": [
        # troops: months apart
        ["002-1", "004-3", "8,000 in Kursk (Oct 31) against about 11,000 sent to Russia (Dec 23), seven weeks on"],
        ["002-1", "007-2", "8,000 (Oct 2024) against 11,000 sent last autumn, reported four months later"],
        ["002-1", "008-1", "8,000 (Oct 2024) against 10,000-12,000 first wave, reported six months later"],
        ["002-1", "012-2", "8,000 (Oct 2024) against 11,000-12,000, reported ten months later"],
        ["002-1", "014-3", "8,000 (Oct 2024) against some 11,000, reported fourteen months later"],
        ["002-2", "003-1", "about 10,000 in all of Russia against 11,000 in Kursk alone: different scopes, 'about'"],
        ["002-2", "004-3", "about 10,000 (Oct) against about 11,000 (Dec), months apart"],
        ["002-2", "007-2", "about 10,000 (Oct 2024) against 11,000, reported four months later"],
        ["002-2", "012-2", "about 10,000 (Oct 2024) against 11,000-12,000, reported ten months later"],
        ["002-2", "014-3", "about 10,000 (Oct 2024) against some 11,000, reported fourteen months later"],
        # troops: an additional force
        ["002-1", "007-1", "8,000 against an additional 3,000"],
        ["002-1", "008-2", "8,000 against three thousand more"],
        ["002-2", "007-1", "10,000 against an additional 3,000"],
        ["002-2", "008-2", "10,000 against three thousand more"],
        ["003-1", "007-1", "11,000 against an additional 3,000"],
        ["003-1", "008-2", "11,000 against three thousand more"],
        ["004-3", "007-1", "11,000 against an additional 3,000"],
        ["004-3", "008-2", "11,000 against three thousand more"],
        ["007-1", "007-2", "an additional 3,000 on top of 11,000, in one sentence"],
        ["007-1", "008-1", "an additional 3,000 against a 10,000-12,000 first wave"],
        ["007-1", "012-2", "an additional 3,000 against 11,000-12,000"],
        ["007-1", "014-3", "an additional 3,000 against some 11,000"],
        ["007-2", "008-2", "11,000 against three thousand more"],
        ["008-1", "008-2", "a 10,000-12,000 first wave and three thousand more, in one answer"],
        ["008-2", "012-2", "three thousand more against 11,000-12,000"],
        ["008-2", "014-3", "three thousand more against some 11,000"],
        # casualties: months apart (a cumulative figure that rises)
        ["004-1", "008-5", "more than 3,000 (Dec 23) against roughly 3,000 (NIS, January)"],
        ["004-2", "007-3", "around 1,100 (Dec 2024) against no fewer than 4,000 (Feb 2025)"],
        ["004-2", "008-3", "around 1,100 (Dec 2024) against about 4,700 (Apr 2025)"],
        ["004-2", "008-5", "around 1,100 (Dec 23) against roughly 3,000 (NIS, mid-January)"],
        ["004-2", "014-5", "around 1,100 (Dec 2024) against more than 6,000 (2025)"],
        ["007-3", "008-5", "no fewer than 4,000 (Feb 2025) against roughly 3,000 (January)"],
        ["008-3", "014-5", "about 4,700 (Apr 2025) against more than 6,000 (later in 2025)"],
        ["008-5", "014-5", "roughly 3,000 (January) against more than 6,000 (later in 2025)"],
        # killed: months apart
        ["006-1", "008-4", "around 300 killed (Jan) against some 600 (Apr)"],
        ["006-1", "012-1", "around 300 killed (Jan) against about 2,000 (Sep)"],
        ["008-4", "012-1", "some 600 killed (Apr) against about 2,000 (Sep)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
