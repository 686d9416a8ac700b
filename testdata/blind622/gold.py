#!/usr/bin/env python3
"""Gold labels for testdata/blind622 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind622: 15 articles written in our own words about the real story's known "
         "reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korean intelligence", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]

A = {
    "000": [
        ("troops", NK, 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "U.S."],
         "Roughly 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
        ("troops", NK, 3000, None, "about", NIS,
         "about 3,000 North Korean soldiers had been sent to Russia so far", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Eleven thousand soldiers from North Korea are already in Kursk Oblast", False),
        ("troops", NK, 500, None, "about", ["Kyrylo Budanov", "Budanov", "Defence Intelligence", "HUR", "Ukraine"],
         "the contingent included about 500 officers", False),
        ("troops", NK, 10000, 12000, "range", ["Western estimates", "Western", "unattributed"],
         "Western estimates of the size of the North Korean force sent to Russia range between 10,000 and 12,000 troops", False),
    ],
    "002": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
         "North Korean soldiers fighting alongside Russian forces against Ukraine have suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed in combat", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "about 1,000 others had been wounded", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "the toll of North Koreans killed or wounded in the Kursk region already exceeded three thousand", False),
        ("casualties", NK, 1000, None, "more_than", ["John Kirby", "Kirby", "White House", "United States", "Washington"],
         "North Korean units had suffered more than 1,000 killed or wounded in the past week alone", False),
        ("troops", NK, 12000, None, "up_to", ["American and South Korean intelligence", "United States", "South Korea", "US intelligence"],
         "Pyongyang has sent up to 12,000 troops to Russia", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "North Korea's losses in Russia have reached around 3,000", False),
        ("killed", NK, 300, None, "about", NIS_LEE,
         "roughly 300 dead", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "2,700 wounded", False),
        ("casualties", NK, 4000, None, "about", ["Special Operations Forces", "special operations forces", "SSO", "Ukraine"],
         "North Korean units had lost about 4,000 men killed and wounded", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "his forces took two North Korean soldiers prisoner in the Kursk region", False),
    ],
    "006": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen", False),
    ],
    "007": [
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "North Korea has sent around 15,000 troops to Russia since last fall", False),
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "some 4,700 of them have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "Of the casualties, about 600 were deaths", False),
        ("troops", NK, 3000, None, "about", NIS_LEE,
         "roughly 3,000 soldiers sent as reinforcements in January and February", False),
    ],
    "010": [
        ("troops", NK, 10000, None, "more_than", ["unattributed"],
         "North Korea is believed to have sent more than 10,000 troops to Russia last year", False),
        ("killed", NK, 600, None, "about", NIS,
         "South Korean intelligence has estimated that about 600 of them were killed", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS,
         "Around 2,000, according to South Korea's National Intelligence Service (NIS)", False),
        ("killed", NK, 600, None, "about", NIS,
         "In April the agency had put the number of dead at about 600", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Two soldiers captured in January remain in Ukrainian custody", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea", "state media", "Pyongyang"],
         "saying nine of its soldiers had died during the mission", False),
        ("troops", NK, 200, 900, "vague", ["Korean Central News Agency", "KCNA", "North Korea", "state media"],
         "the regiment, made up of several hundred sappers", True),
        ("troops", NK, 5000, None, "about", NIS,
         "about 5,000 North Korean military construction troops had been moving to Russia since September", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in combat in Kursk", False),
    ],
}

NOT = {
    "000": ["the number would reach 10,000 by December", "roughly 1,000 square kilometers (about 390 square miles)",
            "roughly 700 kilometers (435 miles)", "kills at least 93", "Oct. 23"],
    "001": ["82 mm mortars", "AK-12 rifles", "11 people injured", "44 of 59 drones", "6 August"],
    "002": ["paras 4-6", "240-mm multiple rocket launchers", "170-mm self-propelled guns", "15-year low",
            "2nd week", "Dec. 4"],
    "003": ["in groups of 20 to 30 soldiers", "about 1.2 million active-duty soldiers", "about $2,000 a month",
            "seventy years", "5 min read"],
    "004": ["aged 20", "The other, 26", "in 2021", "killed 13 people and injured more than 100",
            "22 Ukrainian drones", "74 drones and 3 missiles", "Comments (1,412)"],
    "006": ["over 7,700 units of weapons and military hardware", "Article 4", "June 19, 2024", "3 more settlements"],
    "007": ["about $20 billion", "10th straight week", "tops 2.6m", "25m users"],
    "010": ["1,000 deminers", "5,000 military construction workers", "thousands of workers",
            "44th straight year", "Watch video 1:34"],
    "012": ["Kim Jong Un, 41", "another 6,000 engineers and builders", "since 1953"],
    "014": ["120 days", "1,000 deminers and 5,000 military builders", "tens of thousands",
            "more than 1,200 residential buildings"],
}

OFF = ["005", "009", "011", "013"]
DUP = {"008": "007"}

conflicts = {
    "must": [
        ["002-1", "003-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed or wounded "
                           "(Zelensky, the same day), reported four days apart"],
        ["004-1", "004-4", "around 3,000 casualties (South Korea's NIS) against about 4,000 killed and wounded "
                           "(Ukraine's SSO), both on January 13, in one article"],
    ],
    "may": [
        # troops: a growing force, reinforcements and later contingents
        ["000-1", "000-2", "the Pentagon's roughly 10,000 against the NIS's 3,000 'so far' from a few days earlier; a force still arriving"],
        ["000-1", "001-1", "roughly 10,000 in eastern Russia (Oct 28) against 11,000 in Kursk (Nov 4)"],
        ["000-2", "001-1", "3,000 'so far' (NIS, late October) against 11,000 (Zelensky, Nov 4); a force still arriving"],
        ["000-2", "001-3", "3,000 'so far' against Western estimates of the whole force, 10,000-12,000"],
        ["000-2", "010-1", "3,000 'so far' in October 2024 against more than 10,000 sent 'last year', months later"],
        ["000-1", "007-1", "roughly 10,000 (Oct 2024) against around 15,000 including reinforcements (Apr 2025)"],
        ["000-2", "007-1", "3,000 'so far' (Oct 2024) against around 15,000 (Apr 2025)"],
        ["001-1", "007-1", "11,000 (Nov 2024) against around 15,000 including reinforcements (Apr 2025)"],
        ["001-3", "007-1", "10,000-12,000 (Nov 2024) against around 15,000 (Apr 2025)"],
        ["003-3", "007-1", "up to 12,000 (Dec 2024) against around 15,000 including reinforcements (Apr 2025)"],
        ["000-1", "007-4", "roughly 10,000 against an additional 3,000 reinforcements"],
        ["001-1", "007-4", "11,000 against an additional 3,000 reinforcements"],
        ["001-3", "007-4", "10,000-12,000 against an additional 3,000 reinforcements"],
        ["007-4", "010-1", "an additional 3,000 reinforcements against more than 10,000 sent last year"],
        ["000-1", "010-1", "roughly 10,000 against more than 10,000, months apart"],
        ["000-1", "014-3", "roughly 10,000 (Oct 2024) against an additional 5,000 construction troops (Nov 2025)"],
        ["000-2", "014-3", "3,000 (Oct 2024) against an additional 5,000 construction troops (Nov 2025)"],
        ["001-1", "014-3", "11,000 (Nov 2024) against an additional 5,000 construction troops (Nov 2025)"],
        ["001-3", "014-3", "10,000-12,000 against an additional 5,000 construction troops a year later"],
        ["007-1", "014-3", "around 15,000 (Apr 2025) against an additional 5,000 construction troops (Nov 2025)"],
        ["007-4", "014-3", "3,000 reinforcements (Jan-Feb 2025) against 5,000 construction troops (Nov 2025)"],
        ["010-1", "014-3", "more than 10,000 sent last year against an additional 5,000 construction troops"],
        # casualties: a cumulative count rising (updates, not conflicts)
        ["002-1", "004-1", "1,100 (Dec 23) against around 3,000 (Jan 13): a cumulative figure rising three weeks later"],
        ["002-1", "004-4", "1,100 (Dec 23) against about 4,000 (Jan 13): three weeks later"],
        ["003-1", "004-1", "more than 3,000 (Dec 23) against around 3,000 (Jan 13)"],
        ["002-1", "007-2", "1,100 (Dec 2024) against 4,700 (Apr 2025): a cumulative figure, months later"],
        ["004-1", "007-2", "the NIS's 3,000 (Jan) against its 4,700 (Apr): the same agency's cumulative count rising"],
        ["004-4", "007-2", "about 4,000 (SSO, Jan) against 4,700 (NIS, Apr), months apart"],
        # killed and wounded: cumulative counts rising
        ["002-3", "004-3", "about 1,000 wounded (Dec 19) against 2,700 wounded (Jan 13): cumulative, weeks later"],
        ["004-2", "007-3", "300 killed (Jan) against 600 (Apr): the same agency's cumulative count rising"],
        ["004-2", "010-2", "300 killed (Jan) against about 600 (restated in June)"],
        ["004-2", "012-1", "300 killed (Jan) against about 2,000 (Sep)"],
        ["004-2", "012-2", "300 killed (Jan) against about 600 (April figure restated in Sep)"],
        ["004-2", "014-4", "300 killed (Jan) against about 2,000 (Sep figure restated in Dec)"],
        ["007-3", "012-1", "600 killed (Apr) against about 2,000 (Sep): the same agency's cumulative count rising"],
        ["007-3", "014-4", "600 killed (Apr) against about 2,000 (Sep estimate, restated in Dec)"],
        ["010-2", "012-1", "about 600 killed (restated in June) against about 2,000 (Sep)"],
        ["010-2", "014-4", "about 600 killed (June) against about 2,000 (restated in Dec)"],
        ["012-1", "012-2", "the NIS's new 2,000 against its own April figure of 600, restated as an update"],
        ["012-2", "014-4", "the April figure of 600 (restated) against the September 2,000 (restated)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
