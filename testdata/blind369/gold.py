#!/usr/bin/env python3
"""Gold labels for testdata/blind369 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind369: fifteen articles written in our own words about the real "
         "story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]

A = {
    # Yonhap-style, 2024-10-23
    "000": [
        ("troops", NK, 1500, None, "about", NIS + ["Park Sun-won"],
         "roughly 1,500 more soldiers to Russia", False),
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "bringing the number of its troops now in the country to around 3,000", False),
    ],
    # Ukrainska Pravda-style, 2024-10-26
    "002": [
        ("troops", NK, 12000, None, "about",
         ["Kyrylo Budanov", "Budanov", "Defence Intelligence", "HUR", "Ukraine"],
         "about 12,000 North Korean military personnel are currently in Russia", False),
        ("troops", NK, 500, None, "exact",
         ["Kyrylo Budanov", "Budanov", "Defence Intelligence", "HUR", "Ukraine"],
         "among them 500 officers", False),
        ("troops", NK, 3, None, "exact",
         ["Kyrylo Budanov", "Budanov", "Defence Intelligence", "HUR", "Ukraine"],
         "three generals", True),
    ],
    # Kyodo-style, 2024-12-19
    "003": [
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers sent to fight for Russia have been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "Roughly a thousand more have been wounded", False),
        ("troops", NK, 11000, 12000, "range", NIS + ["Lee Seong-kweun"],
         "the North has deployed between 11,000 and 12,000 troops to Russia", False),
    ],
    # Korea Herald-style, 2024-12-24
    "005": [
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
         "About 1,100 North Korean soldiers have been killed or wounded fighting Ukrainian forces in Russia's Kursk region", False),
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "North Korean losses in Kursk — killed and wounded combined — had topped 3,000", False),
    ],
    # Kyiv Independent-style, 2025-01-11
    "006": [
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian soldiers have taken two North Korean soldiers prisoner", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Pyongyang is believed to have sent some eleven thousand soldiers to Russia last autumn", False),
        ("killed", NK, 200, 999, "vague", ["unattributed"],
         "hundreds of them have since been killed", True),
    ],
    # JoongAng Daily-style, 2025-01-13
    "007": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "around 300 soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "about 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Lee Seong-kweun", "Ukraine"],
         "Ukraine had captured two North Korean soldiers", False),
    ],
    # AFP-style, 2025-02-27 (013 is a syndicated copy)
    "008": [
        ("troops", NK, 3000, None, "about", NIS + ["Seoul"],
         "North Korea has sent some 3,000 additional troops to Russia this year", False),
        ("troops", NK, 11000, None, "about", NIS + ["Seoul"],
         "Pyongyang deployed roughly 11,000 soldiers to Russia last autumn", False),
    ],
    # Moscow Times-style, 2025-04-30
    "010": [
        ("casualties", NK, 4700, None, "about", NIS + ["South Korean intelligence", "Lee Seong-kweun", "Yonhap"],
         "North Korea has suffered some 4,700 casualties fighting alongside Russian forces in the Kursk region", False),
        ("killed", NK, 600, None, "about", NIS + ["South Korean intelligence", "Lee Seong-kweun", "Yonhap"],
         "including around 600 soldiers killed", False),
        ("troops", NK, 15000, None, "about", NIS + ["Lee Seong-kweun", "Yonhap"],
         "Pyongyang has sent about 15,000 troops to Russia in total since last autumn", False),
    ],
    # Guardian-style live blog, 2025-06-18
    "011": [
        ("casualties", NK, 6000, None, "more_than",
         ["UK Ministry of Defence", "Ministry of Defence", "UK", "Britain", "British defence intelligence"],
         "North Korean forces have suffered more than 6,000 casualties since they entered the fighting", False),
        ("troops", NK, 2000, 9000, "vague", ["unattributed"],
         "Several thousand North Korean soldiers are still believed to be stationed in the region", True),
    ],
    # Newsweek-style Q&A explainer, 2025-12-09
    "014": [
        ("troops", NK, 14000, 15000, "range", ["Western and South Korean estimates", "Western", "South Korea"],
         "the number of combat troops sent since October 2024 at between 14,000 and 15,000", False),
        ("troops", NK, 5000, None, "about", NIS,
         "Pyongyang has moved roughly 5,000 military construction troops into Russia since September", False),
        ("troops", NK, 1000, None, "up_to", NIS,
         "up to 1,000 deminers clearing the Kursk countryside", False),
        ("killed", NK, 2000, None, "about", NIS,
         "Around two thousand North Korean soldiers have been killed", False),
    ],
}

NOT = {
    "000": ["KOSPI 2,599.62", "USD/KRW 1,383.50", "about 10,000 by December", "two round trips",
            "in their early 20s", "about US$2,000 a month per soldier", "155mm artillery shells",
            "N. Korea blows up 2 road sections", "Won falls to 1,380 per dollar"],
    "002": ["five training grounds", "from 1 November", "three Russian liaison officers to every 30 North Korean soldiers",
            "122 mm and 152 mm systems", "Russians lose 1,380 soldiers and 41 artillery systems over past day",
            "5 points and 3 secret annexes", "2nd time in 24 hours"],
    "003": ["took effect on Dec. 4", "3-way air drill with B-52 bomber", "13.9 tril. yen extra budget"],
    "005": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "15-year low of 1,450 per dollar", "3rd straight week", "1.8 trillion won takeover"],
    "006": ["born in 2005", "born in 1999", "Russia attacks Ukraine with 74 drones overnight", "shot down 47 of them",
            "3 billion euros ($3.1 billion)", "$50 billion G7 loan", "Syrskyi says Russia has massed 50,000 troops near Kursk",
            "as little as $5 a month"],
    "007": ["fires 3 short-range ballistic missiles", "Kospi closes at 2,489.56"],
    "008": ["in August 2024"],
    "010": ["USD 81.57", "Brent $63.12", "about 1,300 square kilometers", "Support us from just $2"],
    "011": ["1,000 mine-clearing specialists", "5,000 military construction workers", "the 6,000-strong contingent",
            "day 1,211 of the invasion", "18th package of sanctions", "$45 a barrel", "19 June 2024",
            "temperatures to hit 33C"],
    "014": ["What We Know After 14 Months", "approval rating hits 41 percent", "9 states set for snow",
            "up to $5,108"],
}

OFF = ["001", "004", "009", "012"]
DUP = {"013": "008"}

conflicts = {
    "must": [
        ["000-2", "002-1", "about 3,000 North Korean troops in Russia (NIS, 23 Oct 2024) against about 12,000 (HUR's Budanov, 26 Oct 2024), three days apart"],
        ["005-1", "005-2", "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed and wounded (Zelensky), same day, same article"],
    ],
    "may": [
        # troops: additional batches against totals
        ["000-1", "002-1", "an additional 1,500 (batch) against a total of about 12,000"],
        ["008-1", "002-1", "an additional 3,000 (Feb 2025 reinforcements) against 12,000 four months earlier"],
        ["008-1", "003-3", "an additional 3,000 against 11,000-12,000 two months earlier"],
        ["008-1", "006-2", "an additional 3,000 against about 11,000 sent last autumn"],
        ["008-1", "010-3", "an additional 3,000 against about 15,000 in total, two months later"],
        ["008-1", "014-1", "an additional 3,000 against 14,000-15,000 in total, ten months later"],
        ["000-1", "003-3", "an additional 1,500 (Oct) against 11,000-12,000 (Dec)"],
        ["000-1", "006-2", "an additional 1,500 (Oct) against about 11,000 (Jan)"],
        ["000-1", "008-2", "an additional 1,500 (Oct) against about 11,000 (Feb)"],
        ["000-1", "010-3", "an additional 1,500 (Oct) against about 15,000 (Apr)"],
        ["000-1", "014-1", "an additional 1,500 (Oct 2024) against 14,000-15,000 (Dec 2025)"],
        ["000-1", "008-1", "an additional 1,500 (Oct 2024) against an additional 3,000 (Feb 2025)"],
        # troops: totals months apart
        ["000-2", "003-3", "about 3,000 (Oct) against 11,000-12,000 (Dec), two months apart"],
        ["000-2", "006-2", "about 3,000 (Oct) against about 11,000 (Jan), months apart"],
        ["000-2", "008-2", "about 3,000 (Oct) against about 11,000 'last autumn' (Feb), months apart"],
        ["000-2", "010-3", "about 3,000 (Oct 2024) against about 15,000 (Apr 2025)"],
        ["000-2", "014-1", "about 3,000 (Oct 2024) against 14,000-15,000 (Dec 2025)"],
        ["002-1", "006-2", "about 12,000 (Oct) against about 11,000 (Jan), close values months apart"],
        ["002-1", "008-2", "about 12,000 (Oct) against about 11,000 (Feb), close values months apart"],
        ["002-1", "010-3", "about 12,000 (Oct 2024) against about 15,000 (Apr 2025), cumulative"],
        ["002-1", "014-1", "about 12,000 (Oct 2024) against 14,000-15,000 (Dec 2025), cumulative"],
        ["003-3", "010-3", "11,000-12,000 (Dec) against about 15,000 (Apr), cumulative"],
        ["003-3", "014-1", "11,000-12,000 (Dec 2024) against 14,000-15,000 (Dec 2025), cumulative"],
        ["006-2", "010-3", "about 11,000 (Jan) against about 15,000 (Apr), cumulative"],
        ["006-2", "014-1", "about 11,000 (Jan) against 14,000-15,000 (Dec), cumulative"],
        ["008-2", "010-3", "about 11,000 sent last autumn against about 15,000 in total, two months later"],
        ["008-2", "014-1", "about 11,000 sent last autumn against 14,000-15,000 in total, ten months later"],
        # troops: separate construction and demining contingents (Nov 2025) against earlier combat totals
        ["014-2", "000-2", "5,000 builders (2025) against about 3,000 (Oct 2024), different contingents"],
        ["014-2", "002-1", "5,000 builders against 12,000, different contingents, a year apart"],
        ["014-2", "003-3", "5,000 builders against 11,000-12,000, different contingents, a year apart"],
        ["014-2", "006-2", "5,000 builders against about 11,000, different contingents"],
        ["014-2", "008-1", "5,000 builders against 3,000 reinforcements, different contingents"],
        ["014-2", "008-2", "5,000 builders against about 11,000, different contingents"],
        ["014-2", "010-3", "5,000 builders against about 15,000 combat troops, different contingents"],
        ["014-3", "000-2", "up to 1,000 deminers against about 3,000, different contingents"],
        ["014-3", "002-1", "up to 1,000 deminers against 12,000, different contingents"],
        ["014-3", "003-3", "up to 1,000 deminers against 11,000-12,000, different contingents"],
        ["014-3", "006-2", "up to 1,000 deminers against about 11,000, different contingents"],
        ["014-3", "008-1", "up to 1,000 deminers against 3,000 reinforcements, different contingents"],
        ["014-3", "008-2", "up to 1,000 deminers against about 11,000, different contingents"],
        ["014-3", "010-3", "up to 1,000 deminers against about 15,000, different contingents"],
        ["014-2", "000-1", "5,000 builders against a 1,500 batch, different contingents"],
        ["014-3", "000-1", "up to 1,000 deminers against a 1,500 batch, different contingents"],
        # casualties: cumulative figures months apart
        ["005-1", "010-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), cumulative"],
        ["005-1", "011-1", "about 1,100 (Dec 2024) against more than 6,000 (Jun 2025), cumulative"],
        ["010-1", "011-1", "about 4,700 (NIS, Apr) against more than 6,000 (UK MoD, Jun), seven weeks apart"],
        # killed: cumulative figures months apart
        ["007-1", "010-2", "about 300 (Jan) against about 600 (Apr), cumulative"],
        ["007-1", "014-4", "about 300 (Jan) against about 2,000 (Sep), cumulative"],
        ["010-2", "014-4", "about 600 (Apr) against about 2,000 (Sep), cumulative"],
        ["006-3", "014-4", "hundreds (Jan, vague) against about 2,000 (Sep), cumulative"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
