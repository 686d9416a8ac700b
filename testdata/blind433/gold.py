#!/usr/bin/env python3
"""Gold labels for testdata/blind433 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind433: fifteen articles written in our own words about the real "
         "story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "at_least",
         ["John Kirby", "Kirby", "White House", "United States", "US", "Washington"],
         "at least 3,000 North Korean soldiers were moved by ship", False),
        ("troops", "north_korea", 3000, None, "more_than", NIS + ["Park Sun-won"],
         "more than 3,000 have already arrived", False),
        ("troops", "north_korea", 1500, None, "about", NIS + ["Park Sun-won"],
         "the roughly 1,500 special forces soldiers first reported last week", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 10000, 12000, "range",
         ["Kyrylo Budanov", "Budanov", "HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"],
         "between 10,000 and 12,000 North Korean troops have been sent to Russia in total", False),
    ],
    "003": [
        ("troops", "north_korea", 8000, None, "about",
         ["Pentagon", "Department of Defense", "United States", "US", "U.S.", "Sabrina Singh"],
         "Some 8,000 North Korean soldiers are now positioned in Russia's Kursk region", False),
        ("troops", "north_korea", 10000, None, "more_than",
         ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "US", "U.S."],
         "more than 10,000 North Korean troops have been sent to eastern Russia since October", False),
        ("casualties", "russia", 600000, None, "more_than",
         ["U.S. officials", "US officials", "United States", "US", "U.S."],
         "more than 600,000 Russian troops have been killed or wounded since the full-scale invasion began", False),
    ],
    "005": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 have been killed since the troops were sent into combat in early December", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "the number of wounded is estimated at about 1,000", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "Troops in Russia: about 11,000 (NIS estimate)", False),
    ],
    "006": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "North Korean soldiers killed and wounded in Russia's Kursk region now number more than 3,000", False),
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "Yonhap"],
         "North Korean troops sent to fight Ukraine have suffered about 1,100 casualties", False),
    ],
    "007": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian soldiers have taken two North Korean servicemen prisoner", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Around 11,000 North Korean troops were sent to Kursk Oblast last autumn", False),
    ],
    "008": [
        ("casualties", "north_korea", 3000, None, "more_than", NIS_LEE,
         "North Korean troops fighting alongside Russian forces have suffered more than 3,000 casualties", False),
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "about 300 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS_LEE,
         "two North Korean soldiers had been captured by Ukrainian forces", False),
    ],
    "011": [
        ("troops", "north_korea", 3000, None, "about",
         ["Yonhap", "parliamentary source", "Yonhap news agency, citing a parliamentary source"],
         "the number was some three thousand", False),
        ("troops", "north_korea", 12000, None, "up_to", NIS,
         "the original force of up to 12,000 that Pyongyang sent last autumn", False),
        ("killed", "north_korea", 200, 999, "vague", ["Ukrainian officials", "Ukraine"],
         "hundreds of the North Koreans have been killed", True),
    ],
    "012": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "Around 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "some 600 of them fatally", False),
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "the North had sent around 15,000 troops in total", False),
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russia", "Russian general staff"],
         "Ukraine had lost more than 76,000 servicemen in the Kursk operation", False),
    ],
    "014": [
        ("troops", "north_korea", 11000, 12000, "range", ["unattributed", "most estimates"],
         "Most estimates put the first wave at 11,000-12,000 soldiers", False),
        ("troops", "north_korea", 3000, None, "about",
         ["South Korean intelligence", "South Korea", "National Intelligence Service", "NIS"],
         "A second wave of about 3,000 followed early this year", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["British intelligence", "Britain", "UK", "United Kingdom", "Western estimates"],
         "a British intelligence update put them at more than 6,000", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"],
         "The two soldiers captured by Ukraine in January", False),
    ],
}

NOT = {
    "000": ["a total of about 10,000 troops by December", "152 to the dollar", "closes at 38,104",
            "Oct. 27 general election"],
    "002": ["60 mm mortars", "roughly 7,000 kilometers", "up to 100,000 troops to Russia",
            "4 guided bombs overnight, 7 injured", "Join 15,000 members", "Share: 412"],
    "003": ["$425 million", "155 mm artillery rounds", "1,200 new infantry squad vehicles", "364 ships"],
    "005": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "Dec. 4, 2024", "1,450 per dollar", "2 trillion won"],
    "006": ["52 of the 80 drones", "another 25 were lost", "up to four hours", "10 things to do",
            "More than 1.2 million readers", "240mm rocket launchers"],
    "007": ["aged 20 and 26", "3K North Korean soldiers killed and wounded",
            "1,570 troops in past day", "95th Brigade", "August 2024"],
    "008": ["paras 5-8", "1.1 million copies", "US$683 billion"],
    "011": ["more than 200 long-range artillery pieces", "around $20 billion", "0.2% in 2024"],
    "012": ["around 1,300 square kilometres", "30 km from the border", "250,000 mourners", "August 6"],
    "014": ["1,000 deminers", "5,000 military builders", "up to 28 trillion won",
            "50,000 North Korean Workers", "13 Months After Incursion"],
}

OFF = ["001", "004", "010", "013"]
DUP = {"009": "008"}

conflicts = {
    "must": [
        ["002-1", "003-1", "11,000 North Korean troops in Kursk (Zelensky, Nov 4) against some 8,000 in Kursk (Pentagon, Nov 8), three days apart"],
        ["006-1", "006-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), same day, same live blog"],
    ],
    "may": [
        ["003-1", "005-3", "some 8,000 in Kursk (Nov 8) against about 11,000 in Russia six weeks later"],
        ["003-1", "007-2", "some 8,000 in Kursk (Nov 8) against around 11,000 sent to Kursk, two months later"],
        ["003-1", "012-3", "some 8,000 in Kursk against around 15,000 sent in total, months later"],
        ["003-1", "014-1", "some 8,000 in Kursk against a first wave of 11,000-12,000, ten months later"],
        ["003-1", "011-1", "8,000 in Kursk against some 3,000 reinforcements, months later"],
        ["003-1", "014-2", "8,000 in Kursk against a second wave of about 3,000, months later"],
        ["000-2", "011-1", "more than 3,000 arrived (Oct 2024) against some 3,000 reinforcements (Feb 2025)"],
        ["000-2", "014-2", "more than 3,000 arrived (Oct 2024) against a second wave of about 3,000"],
        ["002-1", "011-1", "11,000 against an additional some 3,000"],
        ["002-1", "012-3", "11,000 in Kursk (Nov 2024) against 15,000 in total incl. reinforcements (Apr 2025)"],
        ["002-1", "014-2", "11,000 against a second wave of about 3,000"],
        ["002-2", "011-1", "10,000-12,000 against an additional some 3,000"],
        ["002-2", "012-3", "10,000-12,000 (Nov 2024) against 15,000 in total incl. reinforcements (Apr 2025)"],
        ["002-2", "014-2", "10,000-12,000 against a second wave of about 3,000"],
        ["003-2", "011-1", "more than 10,000 against an additional some 3,000"],
        ["003-2", "014-2", "more than 10,000 against a second wave of about 3,000"],
        ["005-3", "011-1", "about 11,000 against an additional some 3,000"],
        ["005-3", "012-3", "about 11,000 (Dec 2024) against 15,000 in total incl. reinforcements (Apr 2025)"],
        ["005-3", "014-2", "about 11,000 against a second wave of about 3,000"],
        ["007-2", "011-1", "around 11,000 against an additional some 3,000"],
        ["007-2", "012-3", "around 11,000 (autumn wave) against 15,000 in total, months later"],
        ["007-2", "014-2", "around 11,000 against a second wave of about 3,000"],
        ["011-1", "012-3", "some 3,000 reinforcements against 15,000 in total"],
        ["011-1", "014-1", "some 3,000 reinforcements against a first wave of 11,000-12,000"],
        ["011-2", "012-3", "an original force of up to 12,000 against 15,000 in total incl. reinforcements"],
        ["012-3", "014-1", "15,000 in total against a first wave of 11,000-12,000"],
        ["012-3", "014-2", "15,000 in total against a second wave of about 3,000"],
        ["014-1", "014-2", "a first wave of 11,000-12,000 against a second wave of about 3,000 (an additional force)"],
        ["006-2", "008-1", "about 1,100 casualties (JCS, Dec 23) against more than 3,000 (NIS, Jan 13): a cumulative count three weeks later"],
        ["006-2", "012-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025)"],
        ["006-2", "014-4", "about 1,100 casualties (Dec 2024) against more than 6,000 (Sep 2025)"],
        ["012-1", "014-4", "about 4,700 casualties (Apr 2025) against more than 6,000 (Sep 2025)"],
        ["008-2", "012-2", "about 300 killed (Jan) against some 600 (Apr): cumulative, months apart"],
        ["008-2", "014-3", "about 300 killed (Jan) against about 2,000 (Sep)"],
        ["012-2", "014-3", "some 600 killed (Apr) against about 2,000 (Sep)"],
        ["011-3", "014-3", "hundreds killed (Feb, optional) against about 2,000 (Sep)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
