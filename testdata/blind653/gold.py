#!/usr/bin/env python3
"""Gold labels for testdata/blind653 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind653 articles in articles/. Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md for what counts as a claim and a conflict.")

NK, RU = "north_korea", "russia"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
NIS_LP = NIS + ["Lee Seong-kweun", "Park Sun-won"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "North Korea is sending around 12,000 troops, including special operations forces, to support Russia's war against Ukraine", False),
        ("troops", NK, 1500, None, "about", NIS,
         "Some 1,500 special forces soldiers were moved from areas near Chongjin, Hamhung and Musudan to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand North Korean soldiers in the Kursk region", False),
        ("troops", NK, 8000, None, "about", ["State Department", "United States", "Washington", "US", "Antony Blinken"],
         "around 8,000 of the North Korean soldiers shipped to the Russian Far East in October have since been moved west toward Kursk", False),
        ("troops", NK, 10000, None, "about", ["Pentagon", "United States", "Washington", "US"],
         "some 10,000 North Korean troops have been sent to Russia in all", False),
        ("troops", NK, 10000, 12000, "range", ["Western estimates", "Western", "Le Monde"],
         "Estimated size: between 10,000 and 12,000 men", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean soldiers fighting for Russia have suffered around 1,100 casualties in the Kursk region", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "some 1,000 had been wounded", False),
        ("troops", NK, 11000, 12000, "range", ["South Korean and U.S. officials", "South Korea", "United States", "U.S. officials", "officials"],
         "North Korea has sent an estimated 11,000-12,000 troops to Russia since October", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean losses in the Kursk region had already passed 3,000 killed and wounded", False),
        ("killed", NK, 50, None, "exact", ["Special Operations Forces", "Ukraine's Special Operations Forces", "SSO", "Ukraine"],
         "they had killed 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", ["Special Operations Forces", "Ukraine's Special Operations Forces", "SSO", "Ukraine"],
         "wounded 47 over three days of fighting", False),
        ("casualties", NK, 200, 999, "vague", ["Pentagon", "United States", "US"],
         "hundreds of North Korean soldiers killed and wounded", True),
        ("troops", NK, 11000, None, "about", ["Western counts", "Western", "most Western counts"],
         "North Korea has about 11,000 soldiers in Russia", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS,
         "around 300 North Korean soldiers have been killed in fighting against Ukrainian forces in Russia", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "It estimates that about 2,700 others have been wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "Ukrainian forces captured two North Korean soldiers in Russia's Kursk region on January 9", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has sent some three thousand more soldiers to Russia since January", False),
        ("troops", NK, 12000, None, "up_to", ["U.S. and South Korean officials", "United States", "South Korea", "U.S. officials", "officials"],
         "Pyongyang's initial force in Russia numbered up to 12,000", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS_LP,
         "North Korean troops fighting alongside Russian forces have suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS_LP,
         "including roughly 600 killed", False),
        ("casualties", NK, 3000, None, "about", NIS_LP,
         "the roughly 3,000 casualties the agency had reported in January", False),
        ("troops", NK, 15000, None, "about", NIS_LP,
         "North Korea has dispatched around 15,000 troops to Russia in total", False),
        ("troops", NK, 11000, None, "about", NIS_LP,
         "an initial force of about 11,000", False),
    ],
    "010": [
        ("casualties", NK, 6000, None, "more_than", ["Ministry of Defence", "MoD", "UK", "Britain", "British defence intelligence", "United Kingdom"],
         "North Korean forces have taken more than 6,000 casualties in the Kursk region", False),
        ("casualties", RU, 1210, None, "exact", ["general staff", "Ukraine's general staff", "General Staff of Ukraine", "Ukraine"],
         "Russia has lost 1,210 troops killed and wounded over the past day", False),
    ],
    "012": [
        ("troops", NK, 14000, None, "more_than", ["unattributed"],
         "North Korea has sent more than 14,000 soldiers to fight for Russia since last autumn", False),
        ("casualties", NK, 2000, 9000, "vague", ["unattributed"],
         "several thousand of them have been killed or wounded", True),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"],
         "paid tribute to nine of its soldiers who died there", False),
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "spy agency", "Seoul's spy agency", "South Korea", "Seoul"],
         "about 2,000 North Korean soldiers had been killed since they entered combat in late 2024", False),
    ],
}

NOT = {
    "000": ["four Russian navy transport ships", "between Oct. 8 and 13", "four brigades of the 11th Corps",
            "more than 13,000 containers", "2,593.82", "1,509 medical school seats", "2 days after military discharge"],
    "001": ["more than 20 military trains", "170-mm self-propelled guns", "240-mm multiple rocket launchers",
            "30 to 60 km from the front line", "from October 8", "4 min read"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "KOSPI 2,442.01",
            "9 days into leadership crisis", "Comments (3)"],
    "004": ["nearly three times the estimate", "more than a quarter of the contingent", "Injures 6",
            "join more than 12,000 members", "2 More Air Defense Systems"],
    "006": ["aged 20 and 26", "Watch video 01:58"],
    "007": ["220 pieces of 170 mm self-propelled artillery", "240 mm multiple rocket launchers",
            "small assault groups of 10 to 20", "3 dead after small plane crashes"],
    "008": ["Koksan 170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
            "first time in 9 years", "KOSPI ends at 2,556.61", "1,200 more bus drivers"],
    "010": ["183 drones", "two Iskander-M ballistic missiles", "77 drones had been shot down", "another 73 lost to electronic jamming",
            "from 8 to 10 May", "a 30-day truce", "Comments (1,204)", "leaders from 130 countries"],
    "012": ["1,000 deminers and 5,000 military construction workers", "his third since March"],
    "014": ["four months clearing mines", "120-day mission", "June 2024"],
}

OFF = ["002", "005", "009", "011"]
DUP = {"013": "008"}

conflicts = {
    "must": [
        ["001-1", "001-2", "eleven thousand in Kursk (Zelensky) against about 8,000 in Kursk (US State Department), same week, same article"],
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, 23 Dec) against more than 3,000 (Zelensky, 23 Dec, reported 27 Dec)"],
        ["008-1", "010-1", "about 4,700 casualties (NIS, 30 Apr) against more than 6,000 (UK MoD, 3 May)"],
    ],
    "may": [
        # casualties: earlier and later estimates, weeks or months apart, cumulative rises, vague counts
        ["003-1", "004-4", "1,100 (JCS) against 'hundreds' (Pentagon) a week earlier; vague"],
        ["004-1", "004-4", "more than 3,000 against 'hundreds' a week earlier; vague"],
        ["003-1", "008-3", "1,100 (JCS, Dec) against 3,000 (NIS, Jan): a later rise"],
        ["004-1", "008-3", "more than 3,000 (Zelensky, Dec) against about 3,000 (NIS, Jan)"],
        ["008-3", "008-1", "3,000 in January against 4,700 in April: a later rise in a cumulative figure"],
        ["008-3", "010-1", "3,000 in January against more than 6,000 in May"],
        ["003-1", "008-1", "1,100 in December against 4,700 in April: months apart"],
        ["003-1", "010-1", "1,100 in December against more than 6,000 in May: months apart"],
        ["004-4", "008-1", "'hundreds' in December against 4,700 in April"],
        ["004-4", "008-3", "'hundreds' in December against 3,000 in January"],
        ["004-4", "010-1", "'hundreds' in December against more than 6,000 in May"],
        ["004-4", "012-2", "'hundreds' in December against 'several thousand' in June"],
        ["003-1", "012-2", "1,100 in December against 'several thousand' in June"],
        ["008-3", "012-2", "3,000 in January against 'several thousand' in June; vague"],
        # killed and wounded: cumulative rises months apart
        ["003-3", "006-2", "some 1,000 wounded (NIS, Dec) against about 2,700 (NIS, Jan): a later rise"],
        ["006-1", "008-2", "about 300 killed (Jan) against about 600 (Apr): a later rise"],
        ["006-1", "014-2", "about 300 killed (Jan) against about 2,000 (Sep): a later rise"],
        ["008-2", "014-2", "about 600 killed (Apr) against about 2,000 (Sep): a later rise"],
        # troops: early estimates of a growing force, totals against Kursk-only counts, additional forces
        ["000-1", "001-1", "about 12,000 sent to Russia against eleven thousand in Kursk"],
        ["000-1", "001-3", "about 12,000 (NIS) against about 10,000 (Pentagon), weeks apart, force still arriving"],
        ["000-1", "004-5", "about 12,000 against about 11,000, two months apart"],
        ["000-1", "008-4", "about 12,000 (Oct) against about 15,000 in total (Apr) after reinforcements"],
        ["000-1", "008-5", "about 12,000 against an initial force of about 11,000, months apart"],
        ["000-1", "012-1", "about 12,000 (Oct) against more than 14,000 (Jun) after reinforcements"],
        ["001-1", "001-3", "eleven thousand in Kursk against about 10,000 sent to Russia in all"],
        ["001-1", "008-4", "eleven thousand in Kursk against about 15,000 in total, months apart"],
        ["001-1", "012-1", "eleven thousand in Kursk against more than 14,000 in total, months apart"],
        ["001-2", "003-4", "about 8,000 in Kursk against 11,000-12,000 sent, seven weeks apart"],
        ["001-2", "004-5", "about 8,000 in Kursk against about 11,000 in Russia, seven weeks apart"],
        ["001-2", "008-4", "about 8,000 in Kursk against about 15,000 in total, months apart"],
        ["001-2", "008-5", "about 8,000 in Kursk against an initial force of about 11,000, months apart"],
        ["001-2", "012-1", "about 8,000 in Kursk against more than 14,000 in total, months apart"],
        ["001-3", "003-4", "about 10,000 (Pentagon, Nov) against 11,000-12,000 (Dec)"],
        ["001-3", "004-5", "about 10,000 (Pentagon, Nov) against about 11,000 (Dec)"],
        ["001-3", "008-4", "about 10,000 against about 15,000, months apart"],
        ["001-3", "008-5", "about 10,000 against an initial force of about 11,000, months apart"],
        ["001-3", "012-1", "about 10,000 against more than 14,000, months apart"],
        ["001-4", "008-4", "10,000-12,000 (Nov) against about 15,000 (Apr) after reinforcements"],
        ["001-4", "012-1", "10,000-12,000 (Nov) against more than 14,000 (Jun) after reinforcements"],
        ["003-4", "008-4", "11,000-12,000 (Dec) against about 15,000 (Apr) after reinforcements"],
        ["003-4", "012-1", "11,000-12,000 (Dec) against more than 14,000 (Jun) after reinforcements"],
        ["004-5", "008-4", "about 11,000 (Dec) against about 15,000 (Apr) after reinforcements"],
        ["004-5", "012-1", "about 11,000 (Dec) against more than 14,000 (Jun) after reinforcements"],
        ["007-2", "008-4", "initial force up to 12,000 against about 15,000 in total"],
        ["007-2", "012-1", "initial force up to 12,000 against more than 14,000 in total"],
        ["007-1", "000-1", "some 3,000 additional troops against the whole force"],
        ["007-1", "000-2", "some 3,000 additional troops against the first group of 1,500"],
        ["007-1", "001-1", "some 3,000 additional troops against the whole force"],
        ["007-1", "001-2", "some 3,000 additional troops against the whole force"],
        ["007-1", "001-3", "some 3,000 additional troops against the whole force"],
        ["007-1", "001-4", "some 3,000 additional troops against the whole force"],
        ["007-1", "003-4", "some 3,000 additional troops against the whole force"],
        ["007-1", "004-5", "some 3,000 additional troops against the whole force"],
        ["007-1", "007-2", "some 3,000 additional troops against the initial force"],
        ["007-1", "008-4", "some 3,000 additional troops against the whole force"],
        ["007-1", "008-5", "some 3,000 additional troops against the initial force"],
        ["007-1", "012-1", "some 3,000 additional troops against the whole force"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
