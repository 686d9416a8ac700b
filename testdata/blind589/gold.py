#!/usr/bin/env python3
"""Gold labels for testdata/blind589 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind589: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting (October 2024 - December 2025). See testdata/corpus/README.md "
         "for the meaning of every field and how output is scored.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea"]
HUR = ["Budanov", "Kyrylo Budanov", "HUR", "military intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has moved about 3,000 soldiers to Russia so far", False),
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 North Korean special forces troops were shipped from ports near Chongjin and Hamhung to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 12000, None, "about", HUR,
         "Pyongyang has put roughly 12,000 soldiers in Russia", False),
        ("troops", NK, 500, None, "about", HUR,
         "among them about 500 officers and generals", False),
        ("troops", NK, 2000, 9999, "vague", HUR,
         "Several thousand of them have already been moved west by rail towards Kursk", True),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ["Zelenskyy", "Zelensky", "Volodymyr Zelenskyy", "Ukraine"],
         "North Korean losses in Kursk, dead and wounded together, are now above three thousand", False),
        ("casualties", NK, 1100, None, "about", ["joint chiefs of staff", "JCS", "South Korea", "Seoul"],
         "put North Korea's losses at roughly 1,100, counting both dead and wounded", False),
        ("killed", NK, 100, None, "about", NIS,
         "about 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 wounded", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "have suffered some 3,000 casualties in the Kursk region", False),
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 300 of them are believed to have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "the number of wounded estimated at about 2,700", False),
        ("captured", NK, 2, None, "exact", NIS + ["Lee Seong-kweun", "Ukraine"],
         "the two North Korean soldiers captured by Ukrainian forces in Kursk last week", False),
    ],
    "005": [
        ("captured", NK, 2, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Ukrainian troops have taken two North Korean soldiers prisoner in Russia's Kursk Oblast", False),
        ("troops", NK, 11000, None, "about", ["Ukrainian intelligence", "Ukraine"],
         "around 11,000 North Korean troops were sent to Kursk Oblast last autumn", False),
    ],
    "008": [
        ("troops", NK, 15000, None, "about", NIS,
         "Of the roughly 15,000 soldiers North Korea has sent to fight for Russia", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "some 4,700 have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "The agency counted about 600 deaths among them", False),
        ("troops", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "about 3,000 soldiers who had arrived in January and February", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than", ["Gerasimov", "Valery Gerasimov", "General Staff", "Russia"],
         "the Ukrainian armed forces had lost more than 76,000 servicemen", False),
    ],
    "011": [
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had been killed in the fighting for the Kursk region", False),
        ("killed", NK, 600, None, "about", NIS,
         "In April, the same agency had put the dead at roughly 600", False),
        ("troops", NK, 10000, None, "about", NIS,
         "roughly 10,000 North Korean troops remain in the Kursk region guarding the border", False),
        ("troops", NK, 1000, None, "about", NIS,
         "about 1,000 sappers clearing mines", False),
        ("casualties", NK, 6000, None, "more_than", ["British military intelligence", "British", "UK", "Britain"],
         "North Korean units suffered more than 6,000 casualties", False),
    ],
    "013": [
        ("troops", NK, 10000, 12000, "range", ["United States", "US", "South Korea", "Ukraine"],
         "put the force at between 10,000 and 12,000", False),
        ("casualties", NK, 30, None, "at_least", ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 200, 900, "vague", ["John Kirby", "Kirby", "White House", "United States"],
         "North Korean units had taken \"several hundred\" casualties", True),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "Kim Jong Un", "North Korea"],
         "nine of its soldiers had died during the 120-day mission", False),
        ("troops", NK, 15000, None, "about", ["unattributed"],
         "North Korea sent about 15,000 troops to Russia from late 2024", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 of them had been killed", False),
    ],
}

NOT = {
    "000": ["a further 7,000 or so", "some 10,000 by December", "more than 100 basic military terms",
            "(3rd LD) N. Korea sends 1,500 special forces to Russia in first deployment: NIS",
            "Yoon calls for 'phased' response as 12,000-strong deployment feared",
            "between Oct. 8 and 13", "K-pop group adds 14 dates to world tour"],
    "001": ["by Oct. 27-28", "five ranges in Russia's Far East", "about $2,000 a month per soldier",
            "more than 600 square kilometers",
            "North Korea could send up to 100,000 troops to Russia, Ukrainian lawmaker claims",
            "Join more than 20,000 members"],
    "003": ["17 of the 33 drones", "14 more were lost to electronic jamming", "170mm self-propelled guns",
            "240mm multiple rocket launchers", "day 1,034 of Russia's full-scale invasion",
            "Comments (412)", "The 50 best TV shows of 2024"],
    "004": ["born in 2005", "born in 1999", "Ukraine says it captured 2 North Korean soldiers in Kursk",
            "Korean Air to retire 12 aging jets by 2027"],
    "005": ["Zelensky: North Korean losses in Kursk top 3K",
            "Russian guided bombs hit Zaporizhzhia: 13 killed, over 100 injured", "August 2024"],
    "008": ["about US$20 billion", "N. Korean troops could be rotated as 3,000 more seen heading to Russia",
            "[Column] What 11,000 young men from the North tell us about Kim's war",
            "what happens in the next 60 days", "Samsung's chip profit falls 42%"],
    "009": ["1,000 sappers", "5,000 military builders", "a thousand deminers and five thousand military builders",
            "over 400 tanks", "more than 7,000 other pieces of military equipment",
            "more than 1,000 square kilometres", "11 southern airports"],
    "011": ["the 5,000 military builders Pyongyang promised in June", "hundreds of relatives in the audience"],
    "013": ["about 50 170mm self-propelled guns", "20 240mm multiple rocket launchers", "about 7,000 km",
            "about 800 sq km", "Wildlife officials cull 2,000 ducks"],
    "014": ["1,000 deminers and 5,000 military construction workers", "Nikkei up 412 points"],
}

OFF = ["002", "007", "010", "012"]

DUP = {"006": "005"}

conflicts = {
    "must": [
        ["000-1", "001-1", "about 3,000 troops moved to Russia (South Korea's NIS, Oct 23) against roughly 12,000 in Russia (Ukraine's HUR, Budanov, Oct 26), three days apart"],
        ["003-1", "003-2", "more than 3,000 casualties (Zelenskyy) against roughly 1,100 (South Korea's JCS), same article, same day"],
    ],
    "may": [
        # superseded earlier estimate (Oct 18) against a different source a week later
        ["000-2", "001-1", "NIS's earlier 1,500 (Oct 18, already raised to 3,000) against HUR's 12,000 (Oct 26)"],
        # a later rise in cumulative casualty counts, weeks apart
        ["003-2", "004-1", "about 1,100 casualties (JCS, Dec 23) against some 3,000 (NIS, Jan 13): later rise, three weeks apart"],
        ["003-3", "004-2", "about 100 killed (NIS, Dec 19) against about 300 (NIS, Jan 13): later rise, weeks apart"],
        ["003-4", "004-3", "close to 1,000 wounded (NIS, Dec 19) against about 2,700 (NIS, Jan 13): later rise, weeks apart"],
    ],
}

# months-apart pairs with incompatible values (same metric and subject) are defensible either way
MONTHS_APART = [
    # troops: autumn 2024 counts against later totals and 'additional' forces
    ("000-1", "013-1"), ("000-2", "013-1"), ("000-1", "005-2"), ("000-2", "005-2"),
    ("000-1", "008-1"), ("000-2", "008-1"), ("000-2", "008-4"), ("000-1", "011-3"), ("000-2", "011-3"),
    ("000-1", "014-2"), ("000-2", "014-2"),
    ("001-1", "008-1"), ("001-1", "008-4"), ("001-1", "011-3"), ("001-1", "014-2"),
    ("013-1", "008-1"), ("013-1", "008-4"), ("013-1", "014-2"),
    ("005-2", "008-1"), ("005-2", "008-4"), ("005-2", "011-3"), ("005-2", "014-2"),
    ("008-1", "011-3"), ("008-4", "011-3"), ("008-4", "014-2"), ("011-3", "014-2"),
    # casualties
    ("003-2", "008-2"), ("003-2", "011-5"), ("004-1", "008-2"), ("004-1", "011-5"), ("008-2", "011-5"),
    # killed
    ("003-3", "008-3"), ("003-3", "011-1"), ("003-3", "011-2"), ("003-3", "014-3"),
    ("004-2", "008-3"), ("004-2", "011-1"), ("004-2", "011-2"), ("004-2", "014-3"),
    ("008-3", "011-1"), ("008-3", "014-3"), ("011-2", "014-3"),
]
for a, b in MONTHS_APART:
    conflicts["may"].append([a, b, "incompatible values months apart (cumulative counts rising, or total against additional/remaining force)"])

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
