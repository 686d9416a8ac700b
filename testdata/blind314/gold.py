#!/usr/bin/env python3
"""Gold labels for testdata/blind314 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
NK, RU, UA = "north_korea", "russia", "ukraine"

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "North Korea is sending around 12,000 troops organised in four brigades to Russia", False),
        # the first batch: a part of the 12,000, not a rival figure
        ("troops", NK, 1500, None, "about", NIS,
         "some 1,500 special operations troops were carried from port areas near Chongjin, Hamhung and Musudan to Vladivostok", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "about", ["Kyrylo Budanov", "Budanov", "Defence Intelligence", "HUR", "Ukraine"],
         "about 11,000 North Korean soldiers are now in Russia's Kursk Oblast", False),
        ("troops", RU, 50000, None, "about", ["Kyrylo Budanov", "Budanov", "Defence Intelligence", "HUR", "Ukraine"],
         "Russia has gathered roughly 50,000 of its own troops in Kursk Oblast", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", NK, 12000, None, "up_to", ["Ukrainian and South Korean intelligence", "Ukrainian intelligence",
                                               "South Korean intelligence", "Ukraine", "South Korea"],
         "Pyongyang has sent up to 12,000 soldiers to fight alongside Russia", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "North Korean soldiers fighting for Russia have suffered an estimated 1,100 casualties in battles with Ukrainian forces", False),
        # the NIS's killed and wounded of Dec 19: parts of the casualty total
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "nearly 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Of the some 11,000 soldiers North Korea sent to Russia starting in October", False),
    ],
    "006": [
        ("killed", NK, 1000, None, "more_than", ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine", "Kyiv"],
         "More than 1,000 North Korean soldiers have been killed in Kursk since they were sent into battle in December", False),
        ("killed", NK, 300, None, "about", NIS_LEE,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "some 2,700 wounded fighting for Russia in the Kursk region", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "the agency now put the North's total casualties at around 3,000", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "SBU"],
         "hand two captured North Korean soldiers back to Kim Jong Un", False),
    ],
    "007": [
        ("troops", NK, 11000, 12000, "range", ["South Korean, Ukrainian and US officials", "South Korean", "Ukrainian",
                                                "US officials", "South Korea", "Ukraine", "United States"],
         "Pyongyang sent between 11,000 and 12,000 soldiers last autumn", False),
        # reinforcements: an additional force, not a rival total
        ("troops", NK, 3000, None, "about", NIS,
         "some three thousand additional soldiers had arrived in January and February", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "put the toll at roughly 3,000 killed and wounded", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Two soldiers, as far as is publicly known", False),
    ],
    "008": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "the enemy's losses during the Kursk adventure exceeded 76,000 servicemen", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "North Korea has suffered about 4,700 casualties fighting for Russia in its war against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "including some 600 deaths", False),
        # January's estimate, quoted as the base of the rise
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "The toll is up from about 3,000 killed and wounded that the spy agency estimated in January", False),
    ],
    "011": [
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "Thousands of North Korean soldiers were sent to Kursk last autumn", True),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "The two North Korean soldiers captured by Ukraine in January", False),
    ],
    "014": [
        # engineers who died clearing mines: a part, not a rival death toll
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "Kim Jong Un", "North Korea"],
         "mourned nine of them who died during the mission", False),
        ("troops", NK, 10000, 12000, "range", ["South Korean, Ukrainian and U.S. officials", "South Korean", "Ukrainian",
                                                "U.S. officials", "South Korea", "Ukraine", "United States"],
         "North Korea sent 10,000 to 12,000 troops to Russia in the fall of 2024", False),
        ("troops", NK, 2000, 9999, "vague", ["South Korean, Ukrainian and U.S. officials", "South Korea", "Ukraine", "United States"],
         "several thousand more soldiers, engineers and construction workers since then", True),
        ("killed", NK, 2000, None, "about", ["spy agency", "National Intelligence Service", "NIS", "South Korea"],
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
    ],
}

NOT = {
    "000": ["organised in four brigades", "between Oct. 8 and 13", "four Russian navy amphibious ships",
            "more than 13,000 containers", "some 8 million rounds of 152 mm and 122 mm shells",
            "2 days after warning", "top 1 million copies in 6 days", "KOSPI closes at 2,593.90",
            "2-year prison term"],
    "002": ["aged between 18 and 30", "170-mm Koksan self-propelled guns", "240-mm multiple-launch rocket systems",
            "Views: 38.4K", "3 guided bombs: 12 injured", "downs 58 of 90 Russian drones", "15th sanctions package"],
    "003": ["Personnel: 774,570 (+1,630)", "Tanks: 9,621", "Russia launches 72 drones", "more than 1,000 days",
            "Feb. 24, 2022"],
    "004": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "on Dec. 18",
            "Won falls to 1,460 per dollar", "cut 2025 capex by 20%", "Comments (14)", "for 3rd week"],
    "006": ["One is 20 and the other 26", "74 drones and a ballistic missile", "47 of the drones were shot down",
            "27 were \"lost\"", "death toll rises to 24"],
    "007": ["around $2,000 per soldier a month", "ended in 1953", "in June 2024", "after winning 28.5%"],
    "008": ["more than 7,000 pieces of weaponry and military equipment", "410 tanks", "3,500 armored combat vehicles",
            "more than 1,700 field artillery guns and mortars", "on August 6, 2024", "three-hour meeting"],
    "009": ["as many as 12 million artillery shells", "about $20 billion", "Trump's First 100 Days",
            "Buffett, 94", "KOSPI 2,556.61", "USD/KRW 1,426.90", "Slumps Most in 16 Months"],
    "011": ["1,000 deminers and 5,000 military construction workers", "1,000 sappers", "5,000 military builders",
            "up to 500,000 won", "Kospi tops 2,950"],
    "014": ["more than 120 days of work", "in August 2024"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"012": "009"}

conflicts = {
    "must": [
        ["003-1", "004-1", "more than 3,000 North Korean casualties (Zelensky, Dec 23) against an estimated 1,100 "
                           "(South Korea's JCS, reported Dec 26): same metric and subject, three days apart"],
        ["006-1", "006-2", "more than 1,000 North Koreans killed (Ukraine's HUR) against about 300 killed "
                           "(South Korea's NIS), the same day in one live blog"],
    ],
    "may": [
        # cumulative figures that rose over months (updates, months apart)
        ["004-1", "007-3", "1,100 casualties in December against about 3,000 in January, quoted in late February: a later rise"],
        ["004-1", "009-1", "1,100 casualties in December against 4,700 at the end of April: a later rise, months apart"],
        ["004-1", "009-3", "1,100 casualties in December against January's 3,000 quoted in April: a later rise"],
        ["006-4", "009-1", "about 3,000 casualties in January against 4,700 in April: the same agency's later count"],
        ["007-3", "009-1", "January's 3,000 casualties (quoted Feb 27) against 4,700 in April: a later count"],
        ["009-3", "009-1", "January's 3,000 against April's 4,700 in one article that calls it a rise: an update"],
        ["006-2", "009-2", "about 300 killed in January against about 600 in April: the same agency's later count"],
        ["006-2", "014-4", "about 300 killed in January against about 2,000 in September: months apart"],
        ["009-2", "014-4", "about 600 killed in April against about 2,000 in September: months apart"],
        ["006-1", "009-2", "more than 1,000 killed (HUR, January) against about 600 (NIS, April): different sources, months apart"],
        # the reinforcements of early 2025: an additional force against the first contingent
        ["000-1", "007-2", "about 12,000 sent in October against some 3,000 additional soldiers in February"],
        ["002-1", "007-2", "about 11,000 in Kursk in November against some 3,000 additional soldiers in February"],
        ["004-4", "007-2", "some 11,000 sent from October against some 3,000 additional soldiers in February"],
        ["007-1", "007-2", "11,000-12,000 sent last autumn against some 3,000 additional soldiers, in one explainer"],
        ["007-2", "014-2", "some 3,000 additional soldiers in February against 10,000-12,000 sent in autumn 2024"],
        ["000-2", "007-2", "the first batch of 1,500 in October against 3,000 reinforcements in February: two different groups"],
        # close values that a strict reading could set against each other
        ["000-1", "002-1", "about 12,000 being sent (NIS, October) against about 11,000 in Kursk (Budanov, November)"],
        ["000-1", "004-4", "about 12,000 being sent (October) against some 11,000 sent (December)"],
        ["003-1", "006-4", "more than 3,000 casualties (Zelensky, December) against around 3,000 (NIS, January): the bound may be met"],
        ["003-1", "007-3", "more than 3,000 casualties (December) against roughly 3,000 (January's estimate): the bound may be met"],
        ["003-1", "009-3", "more than 3,000 casualties (December) against about 3,000 (January's estimate): the bound may be met"],
    ],
}

about = ("Gold labels for testdata/blind314: fifteen articles written and labelled blind. "
         "See testdata/corpus/README.md for the meaning of every field and how a system's output is scored.")
goldlib.write(about, A, NOT, OFF, DUP, conflicts)
