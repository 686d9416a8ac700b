#!/usr/bin/env python3
"""Labels for blind304 (written blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind304: fifteen articles written for crosscheck in our own words, labelled blind. "
         "Same schema and rules as testdata/corpus (see its README.md).")

NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "Seoul"]
HUR = ["Defence Intelligence", "Defence Intelligence of Ukraine", "HUR", "military intelligence", "Ukraine"]
US = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "U.S."]
U = ["unattributed"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "North Korea has shipped around 1,500 special operations troops to Russia's Far East", False),
    ],
    "001": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won", "lawmakers"],
         "Some three thousand North Korean soldiers have now been moved to Russia", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, None, "about", US,
         "roughly 10,000 DPRK soldiers in Russia in total", False),
        ("troops", "north_korea", 8000, None, "about", US,
         "about 8,000 have moved into the Kursk oblast", False),
    ],
    "003": [
        ("casualties", "north_korea", 30, None, "at_least", HUR,
         "lost at least 30 servicemen killed and wounded", False),
        ("troops", "north_korea", 200, 900, "vague", HUR,
         "hundreds of North Korean soldiers had been thrown into the attacks", True),
        ("killed", "russia", 8, None, "exact", HUR,
         "killing eight of its members", False),
        ("troops", "north_korea", 11000, None, "about", HUR,
         "about 11,000 North Korean troops had arrived in Kursk Oblast", False),
    ],
    "005": [
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's Joint Chiefs of Staff", "Seoul"],
         "North Korean troops fighting for Russia in the Kursk region have suffered an estimated 1,100 casualties", False),
        ("casualties", "north_korea", 3000, None, "more_than", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "the number of North Korean soldiers killed and wounded in Kursk had passed 3,000", False),
    ],
    "006": [
        ("captured", "north_korea", 2, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
        ("troops", "north_korea", 11000, None, "about", ["Kyiv", "Ukraine", "Western governments"],
         "North Korea sent about 11,000 soldiers to Russia last year", False),
    ],
    "007": [
        ("killed", "north_korea", 1000, None, "more_than", HUR + ["Andriy Yusov", "Yusov"],
         "North Korean units fighting in Russia's Kursk region have lost more than a thousand men killed", False),
        ("troops", "north_korea", 11000, 12000, "range", HUR + ["Andriy Yusov", "Yusov"],
         "Pyongyang has sent between eleven and twelve thousand soldiers into the Kursk sector", False),
        ("wounded", "north_korea", 2000, 9999, "vague", HUR + ["Andriy Yusov", "Yusov"],
         "several thousand of them have been wounded", True),
        ("captured", "north_korea", 2, None, "exact", U,
         "Last week Ukraine captured two wounded North Korean soldiers", False),
    ],
    "008": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "2,700 others wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Lee Seong-kweun"],
         "two North Korean soldiers were captured alive by Ukrainian forces", False),
    ],
    "010": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["South Korea's intelligence agency"],
         "North Korea appears to have sent about 3,000 additional soldiers to Russia this year", False),
        ("troops", "north_korea", 11000, None, "about", NIS + ["South Korea's intelligence agency"],
         "the roughly 11,000 North Korean soldiers sent last year", False),
    ],
    "011": [
        ("troops", "north_korea", 15000, None, "about", NIS,
         "around 15,000 North Korean soldiers have been sent to Russia in total", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "around 600 of them fatally", False),
        ("captured", "north_korea", 2, None, "exact", U,
         "Ukraine holds two soldiers captured in January", False),
    ],
    "014": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["lawmakers"],
         "Around 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("troops", "north_korea", 11000, None, "about", U,
         "North Korea sent roughly 11,000 soldiers to Kursk in the autumn of 2024", False),
        ("troops", "north_korea", 2000, 9999, "vague", U,
         "several thousand reinforcements", True),
    ],
}

NOT = {
    "000": ["as many as 12,000 troops in four brigades", "about 10,000 troops to Russia",
            "1.4 million young people", "between Oct. 8 and 13", "four trips over five days",
            "three smaller warships", "3-way air drill"],
    "001": ["roughly 10,000 by December", "about 100 basic military terms", "3-5 officers",
            "2 short-range ballistic missiles", "20% amid restructuring", "KOSPI 2,581.27"],
    "002": ["up to $425 million", "155mm and 105mm artillery rounds", "roughly 5,000 sailors",
            "5th Bomb Wing", "B-52"],
    "003": ["11th Airborne Assault Brigade", "155th Marine Brigade", "120 mm mortars",
            "2 killed, 7 injured", "53 of 70 Russian drones", "15th package of sanctions", "From 14 to 15 December"],
    "005": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "2 dead, 5 injured", "15-year low"],
    "006": ["January 11, 2025", "14 comments"],
    "007": ["groups of 20 to 30", "11th Corps", "74 Drones and 3 Missiles Overnight; 47 Downed",
            "100-Day Deadline", "more than three times the estimate", "$4.99 a month"],
    "008": ["paras 5-8", "51.2 mln", "5th straight year"],
    "010": ["170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
            "Watch video 1:32", "12 entities"],
    "011": ["kills 12", "€500 billion", "30.04.2025"],
    "014": ["1,000 deminers", "5,000 military construction workers", "Twenty-six countries",
            "502 drones and 24 missiles", "430 drones and 21 missiles", "eight regions", "Man, 41"],
}

OFF = ["004", "009", "013"]
DUP = {"012": "006"}

must = [
    ["005-1", "005-2", "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed and wounded "
                       "(Zelensky), the same day, in one article"],
    ["007-1", "008-1", "more than 1,000 killed (Ukraine's HUR, Jan 16 2025) against about 300 killed "
                       "(South Korea's NIS, Jan 13 2025), three days apart"],
]

may = [
    # troops: the deployment grew week by week in Oct-Nov 2024; different sources weeks apart
    ["000-1", "002-1", "1,500 (NIS, Oct 18) against 10,000 in Russia (Pentagon, Nov 4): a deployment still under way, 17 days apart"],
    ["000-1", "002-2", "1,500 (NIS, Oct 18) against 8,000 in Kursk (Pentagon, Nov 4), 17 days apart"],
    ["001-1", "002-1", "3,000 (NIS, Oct 24) against 10,000 (Pentagon, Nov 4): growing deployment, 11 days apart"],
    ["001-1", "002-2", "3,000 (NIS, Oct 24) against 8,000 in Kursk (Pentagon, Nov 4), 11 days apart"],
    ["002-2", "003-4", "8,000 in Kursk (Pentagon, Nov 4) against 11,000 in Kursk (HUR, 'in early November', told in a Dec 16 article)"],
    ["002-1", "003-4", "10,000 in Russia (Pentagon) against 11,000 in Kursk (HUR), six weeks apart"],
    ["002-1", "006-2", "10,000 (Nov 2024) against 11,000 (Jan 2025), two months apart"],
    ["002-2", "006-2", "8,000 in Kursk (Nov 2024) against 11,000 (Jan 2025)"],
    ["002-1", "007-2", "10,000 (Nov 2024) against 11,000-12,000 (Jan 2025)"],
    ["002-2", "007-2", "8,000 in Kursk (Nov 2024) against 11,000-12,000 in Kursk (Jan 2025)"],
    ["002-1", "010-2", "10,000 (Nov 2024) against 11,000 sent last year (Feb 2025)"],
    ["002-2", "010-2", "8,000 in Kursk (Nov 2024) against 11,000 (Feb 2025)"],
    ["002-1", "014-2", "10,000 (Nov 2024) against 11,000 (Sep 2025, unattributed)"],
    ["002-2", "014-2", "8,000 in Kursk (Nov 2024) against 11,000 (Sep 2025)"],
    ["002-1", "011-1", "10,000 (Nov 2024) against 15,000 in total (Apr 2025), months apart"],
    ["002-2", "011-1", "8,000 in Kursk (Nov 2024) against 15,000 in total (Apr 2025)"],
    ["000-1", "003-4", "1,500 (Oct 2024) against 11,000 (Dec 2024 article), months apart"],
    ["000-1", "006-2", "1,500 (Oct 2024) against 11,000 (Jan 2025)"],
    ["000-1", "007-2", "1,500 (Oct 2024) against 11,000-12,000 (Jan 2025)"],
    ["000-1", "010-2", "1,500 (Oct 2024) against 11,000 (Feb 2025)"],
    ["000-1", "011-1", "1,500 (Oct 2024) against 15,000 (Apr 2025)"],
    ["000-1", "014-2", "1,500 (Oct 2024) against 11,000 (Sep 2025)"],
    ["001-1", "003-4", "3,000 (Oct 2024) against 11,000 (Dec 2024 article)"],
    ["001-1", "006-2", "3,000 (Oct 2024) against 11,000 (Jan 2025)"],
    ["001-1", "007-2", "3,000 (Oct 2024) against 11,000-12,000 (Jan 2025)"],
    ["001-1", "010-2", "3,000 (Oct 2024) against 11,000 (Feb 2025)"],
    ["001-1", "011-1", "3,000 (Oct 2024) against 15,000 (Apr 2025)"],
    ["001-1", "014-2", "3,000 (Oct 2024) against 11,000 (Sep 2025)"],
    ["000-1", "010-1", "1,500 (Oct 2024) against an additional 3,000 (Feb 2025)"],
    # an additional force against the main contingent
    ["002-1", "010-1", "10,000 against an additional 3,000"],
    ["002-2", "010-1", "8,000 in Kursk against an additional 3,000"],
    ["003-4", "010-1", "11,000 against an additional 3,000"],
    ["006-2", "010-1", "11,000 against an additional 3,000"],
    ["007-2", "010-1", "11,000-12,000 against an additional 3,000"],
    ["010-1", "010-2", "an additional 3,000 against the 11,000 sent last year, one article"],
    ["010-1", "011-1", "an additional 3,000 against 15,000 in total"],
    ["010-1", "014-2", "an additional 3,000 against 11,000"],
    # the total after reinforcements against the first contingent, months apart
    ["003-4", "011-1", "11,000 (HUR, Dec 2024 article) against 15,000 in total (NIS, Apr 2025)"],
    ["006-2", "011-1", "11,000 (Jan 2025) against 15,000 in total (Apr 2025)"],
    ["007-2", "011-1", "11,000-12,000 (Jan 2025) against 15,000 in total (Apr 2025)"],
    ["010-2", "011-1", "11,000 sent last year (NIS, Feb) against 15,000 in total with reinforcements (NIS, Apr)"],
    ["011-1", "014-2", "15,000 in total (Apr 2025) against 11,000 in autumn 2024 (Sep 2025)"],
    # casualties / killed months apart
    ["005-1", "011-2", "1,100 casualties (JCS, Dec 2024) against 4,700 (NIS, Apr 2025), four months apart"],
    ["007-1", "011-3", "more than 1,000 killed (HUR, Jan 2025) against about 600 (NIS, Apr 2025), months apart"],
    ["008-1", "011-3", "NIS's cumulative killed estimate rising from 300 (Jan) to 600 (Apr)"],
    ["008-1", "014-1", "NIS's cumulative killed estimate rising from 300 (Jan) to 2,000 (Sep)"],
    ["011-3", "014-1", "NIS's cumulative killed estimate rising from 600 (Apr) to 2,000 (Sep)"],
]

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
