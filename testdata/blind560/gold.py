#!/usr/bin/env python3
"""Gold labels for blind560 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea"]
NIS_LEE = NIS + ["Lee Seong-kweun"]

about = ("Gold labels for blind560: 15 articles written in our own words about the real story's known "
         "reporting, labelled blind. Same schema as corpus/gold.json; see corpus/README.md.")

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "ferried some 1,500 North Korean special operations troops", False),
    ],
    "001": [
        ("troops", NK, 10000, 12000, "range",
         ["US, South Korean and Ukrainian officials", "United States", "South Korea", "Ukraine"],
         "between 10,000 and 12,000 North Korean soldiers have been sent to Russia since early October", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "US"],
         "about 8,000 North Korean troops had been moved there", False),
        ("troops", NK, 500, None, "exact", ["HUR", "military intelligence", "Ukraine"],
         "the force includes 500 officers", False),
        ("troops", NK, 12000, None, "up_to", ["unattributed"],
         "Up to 12K North Korean troops in Russia", True),
    ],
    "002": [
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
         "have suffered around 1,100 casualties in their first weeks of combat", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had died", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Syrskyi", "Ukraine"],
         "have already lost more than three thousand soldiers killed and wounded", False),
        ("troops", NK, 12000, None, "up_to",
         ["Ukrainian military intelligence", "military intelligence", "HUR", "Ukraine"],
         "up to 12,000 North Korean servicemen are currently in the Kursk region", False),
        ("killed", NK, 20, 99, "vague", ["Special Operations Forces", "SSO", "Ukraine"],
         "had killed dozens of North Korean soldiers in several days of assaults", True),
    ],
    "004": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "roughly 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "about 2,700 wounded in the Kursk region", False),
        ("killed", NK, 1000, None, "at_least", ["special operations forces", "SSO", "Ukraine"],
         "no fewer than 1,000 North Korean soldiers have been killed", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces captured two North Korean soldiers in the Kursk region", False),
        ("casualties", NK, 4000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "killed and wounded together - were now nearly 4,000", False),
        ("casualties", UA, 190, None, "up_to", ["Russia's defence ministry", "defence ministry", "Russia"],
         "Ukraine had lost up to 190 servicemen in the region", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea dispatched some three thousand reinforcements to Russia in January and February", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukrainian forces", "Ukraine"],
         "one of the two North Korean soldiers captured by Ukrainian forces in January", False),
    ],
    "007": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "the enemy's losses during the fighting in the region exceeded 76,000 servicemen", False),
        ("captured", UA, 200, 900, "vague", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "hundreds of Ukrainian servicemen had laid down their arms and been taken prisoner", True),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "Around 4,700 North Korean soldiers have been killed or wounded in the fighting against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "including about 600 deaths", False),
    ],
    "010": [
        ("troops", NK, 11000, None, "about",
         ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "Some eleven thousand North Korean troops were still stationed in the Kursk region", False),
    ],
    "011": [
        ("killed", NK, 9, None, "exact",
         ["KCNA", "Korean Central News Agency", "state media", "North Korea"],
         "nine of its soldiers had died during the mission", False),
        ("troops", NK, 14000, None, "about", ["unattributed"],
         "North Korea is believed to have sent around 14,000 troops to Russia in all", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 of them had been killed", False),
    ],
}

NOT = {
    "000": ["about 12,000 soldiers", "four amphibious ships and three escort vessels",
            "more than 13,000 containers", "4 killed, 11 hurt", "2,593.82", "1,368.7 per dollar"],
    "001": ["up to 10 years", "since 1953", "about $2,000 a month", "hundreds of millions of dollars"],
    "002": ["KOSPI 2,442.01", "USD/KRW 1,452.10", "240-millimeter multiple rocket launchers",
            "170-millimeter self-propelled guns", "1.2 trillion won", "Dec. 14"],
    "003": ["personnel - about 777,860 (+1,580 per day)", "tanks - 9,509 (+7)", "two more Patriot systems"],
    "004": ["eight Ukrainian counterattacks", "47 Shahed-type drones", "32 of the drones",
            "about 120,000 households"],
    "006": ["170-millimeter self-propelled howitzers", "in his mid-20s", "1,437.2 per dollar", "Jan. 19"],
    "007": ["more than 7,000 pieces of weaponry", "over 400 tanks", "about 300 infantry fighting vehicles",
            "More than 150,000 residents", "115 Ukrainian drones"],
    "008": ["28 trillion won ($20 billion)", "GSDF to add 1,000 personnel", "0.6%"],
    "010": ["1,000 sappers", "5,000 military builders", "two weeks", "41 Percent"],
    "011": ["120 days", "1,000 deminers", "5,000 military builders", "June 2024"],
}

OFF = ["005", "009", "013", "014"]
DUP = {"012": "011"}

conflicts = {
    "must": [
        ["002-1", "003-1", "around 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 "
                           "killed and wounded (Zelensky, same day), in articles three days apart"],
        ["004-1", "004-3", "roughly 300 killed (NIS via Lee Seong-kweun) against no fewer than 1,000 killed "
                           "(Ukraine's SSO), same day, same article"],
    ],
    "may": [
        ["002-1", "004-5", "1,100 casualties (JCS, Dec 23) against nearly 4,000 (Zelensky, Jan 12), three weeks apart"],
        ["002-1", "008-1", "1,100 casualties in December against about 4,700 in April, months apart"],
        ["004-5", "008-1", "nearly 4,000 (Zelensky, January) against about 4,700 (NIS, April), months apart"],
        ["004-1", "008-2", "the NIS's own count of the dead rising from about 300 (January) to about 600 (April)"],
        ["004-3", "008-2", "at least 1,000 killed (SSO, January) against about 600 (NIS, April), months apart"],
        ["004-1", "011-3", "about 300 killed (January) against about 2,000 (September)"],
        ["008-2", "011-3", "about 600 killed (April) against about 2,000 (September), the NIS's rising count"],
        ["001-1", "006-1", "10,000-12,000 against an additional 3,000"],
        ["001-2", "006-1", "8,000 in Kursk against an additional 3,000"],
        ["006-1", "010-1", "an additional 3,000 against eleven thousand in Kursk"],
        ["006-1", "011-2", "an additional 3,000 against around 14,000 in all"],
        ["001-1", "011-2", "10,000-12,000 (Nov 2024) against around 14,000 in all (Dec 2025), after reinforcements"],
        ["001-2", "010-1", "about 8,000 in Kursk (Nov 2024) against eleven thousand (May 2025)"],
        ["001-2", "011-2", "about 8,000 in Kursk (Nov 2024) against around 14,000 in all (Dec 2025)"],
        ["001-4", "011-2", "headline 'up to 12K' (Nov 2024) against around 14,000 in all (Dec 2025)"],
        ["003-2", "011-2", "up to 12,000 in Kursk (Dec 2024) against around 14,000 in all (Dec 2025)"],
        ["010-1", "011-2", "eleven thousand in Kursk (May 2025) against around 14,000 in all (Dec 2025)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
