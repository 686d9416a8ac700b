#!/usr/bin/env python3
"""Gold labels for testdata/blind599 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind599: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region, labelled blind. Same schema as testdata/corpus/gold.json; see its README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
UA = "ukraine"
NK = "north_korea"
RU = "russia"

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has shipped some 1,500 of its special operations troops to Russia's Far East", False),
    ],
    "002": [
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won", "Lee Seong-kweun"],
         "bringing the number of its troops there to roughly 3,000", False),
        ("troops", NK, 1500, None, "exact", NIS,
         "the agency had put the first contingent at 1,500 special forces soldiers", False),
    ],
    "003": [
        ("troops", NK, 10000, None, "more_than", ["Antony Blinken", "Blinken", "State Department", "United States", "U.S."],
         "more than 10,000 North Korean soldiers had been sent to eastern Russia", False),
        ("troops", RU, 50000, None, "about", ["U.S. and Ukrainian officials", "U.S. officials", "Ukrainian officials", "United States", "Ukraine"],
         "Russia has massed some 50,000 of its own troops in the region", False),
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "11,000 North Korean troops were already in Kursk", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "Yonhap"],
         "estimated North Korean casualties at around 1,100", False),
        ("troops", NK, 12000, None, "up_to", ["Ukrainian intelligence", "Ukraine", "Kyiv"],
         "Pyongyang has sent up to 12,000 soldiers to fight for Moscow", False),
        ("casualties", NK, 30, None, "at_least", ["HUR", "military intelligence", "Ukraine's military intelligence agency", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded", False),
        ("casualties", RU, 38000, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "Russia's own losses in the region had exceeded 38,000 troops", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "about 3,000 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "some 300 have died", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 2,700 have been injured", False),
        ("captured", NK, 2, None, "exact", NIS + ["Zelensky", "Ukraine"],
         "two North Korean soldiers were taken prisoner by Ukrainian forces", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "the roughly 11,000 troops the North is believed to have sent", False),
    ],
    "008": [
        ("casualties", NK, 4000, None, "about", ["HUR", "military intelligence", "Ukraine's military intelligence agency", "Andriy Yusov", "Yusov", "Ukraine", "Kyiv"],
         "North Korean losses in Russia's Kursk region have reached about 4,000 soldiers killed and wounded", False),
        ("killed", NK, 1000, None, "about", ["Andriy Yusov", "Yusov", "HUR", "military intelligence", "Ukraine", "Kyiv"],
         "about a thousand of them had been killed", False),
        ("troops", NK, 10000, 12000, "range", ["Ukrainian, South Korean and US estimates", "Ukraine", "South Korea", "United States", "US"],
         "Pyongyang is believed to have sent between 10,000 and 12,000 soldiers to Russia", False),
        ("captured", NK, 2, None, "exact", ["Zelenskyy", "Zelensky", "Ukraine"],
         "the two North Korean soldiers captured last week", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the Ukrainian armed forces had lost more than 76,000 servicemen", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korea has suffered about 4,700 casualties in Russia's war against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
         "including roughly 600 deaths", False),
        ("troops", NK, 15000, None, "about", NIS + ["Lee Seong-kweun"],
         "The North has sent about 15,000 soldiers to Russia in total", False),
        ("troops", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "some 3,000 reinforcements shipped out in January and February", False),
    ],
    "011": [
        ("troops", NK, 15000, None, "about", ["unattributed"],
         "Pyongyang has already committed some 15,000 troops to the war", False),
        ("wounded", NK, 2000, 9000, "vague", ["unattributed"],
         "several thousand of them have been wounded", True),
    ],
    "013": [
        ("troops", NK, 11000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "The first wave, of roughly eleven thousand men, arrived in the autumn of 2024", False),
        ("troops", NK, 14000, 15000, "range", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "between 14,000 and 15,000 North Koreans have served in Kursk", False),
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "About 2,000 North Korean soldiers had been killed", False),
        ("killed", NK, 9, None, "exact", ["state media", "KCNA", "North Korea"],
         "nine of its sappers had died during the mission", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "The two soldiers captured by Ukraine in January 2025", False),
    ],
}

NOT = {
    "000": ["a total of about 12,000 troops in four brigades",
            "Four Russian amphibious landing ships and three escort vessels",
            "between Oct. 8 and 13",
            "Seoul shares close 0.17 pct lower at 2,593.82",
            "Over 300 N. Korean trash balloons spotted this week"],
    "002": ["around 10,000 troops in all by December",
            "roughly 100 basic Russian military terms",
            "mostly in their early 20s",
            "rise for 31st straight week",
            "KOSPI ends at 2,599.62",
            "tops 1 million preorders"],
    "003": ["more than 13,000 containers of artillery shells",
            "a range of about 300 kilometers (190 miles)",
            "170 mm self-propelled guns",
            "240 mm multiple rocket launchers",
            "Kim Jong Un, 40",
            "Russia launches 96 drones at Ukraine overnight",
            "As Russia's war nears 1,000 days"],
    "005": ["152 mm howitzer",
            "around 800 square kilometers of Kursk Oblast",
            "Russia attacks Ukraine with 103 drones overnight, 52 shot down",
            "Join over 15,000 members"],
    "007": ["One of the men, aged 20",
            "the other, 26",
            "about $2,000 a month per soldier",
            "Ukraine says it captured 2 N. Korean soldiers in Kursk",
            "ticks up for first time in 9 years"],
    "008": ["100-year partnership",
            "£3bn a year in military aid",
            "Russia launched 82 drones and four ballistic missiles overnight",
            "58 drones were shot down and 24 others",
            "race to build 4.5m units this year"],
    "009": ["Article 4 of the Treaty on Comprehensive Strategic Partnership",
            "over 400 tanks",
            "about 3,000 units of other armoured vehicles and artillery",
            "lasted almost nine months"],
    "010": ["about 28 trillion won ($20 billion)",
            "KOSPI closes at 2,556.61, won at 1,437 to the dollar"],
    "011": ["1,000 sappers to clear mines",
            "5,000 military construction workers",
            "Six thousand more is not a small number",
            "a country of 26 million",
            "843,000 won +2.31%",
            "Russia's 12K North Korean troops"],
    "013": ["spent 120 days clearing mines",
            "1,000 deminers and 5,000 military builders",
            "as high as $20 billion",
            "Area: 29,997 sq km",
            "Population: about 1.05 million (2024)",
            "Border with Ukraine: 245 km",
            "Kursk (pop. 440,000)"],
}

OFF = ["001", "004", "012", "014"]
DUP = {"006": "003"}

# Cross-article pairs with incompatible values that are months apart, an early count against a
# later one while the force was still arriving, or "reinforcements" against a total: defensible
# either way. Not listed (not conflicts): 000-1 against 002-1 (the NIS raising its own running
# count five days later), a part against its whole (002-2/002-1, 010-4/010-3, 013-1/013-2,
# 013-4/013-3, 005-4 against any total, 013-1 and 013-4 against later totals), and bounds that the
# other value satisfies.
may = []
def mays(a, bs, why):
    for b in bs:
        may.append([a, b, why])

early = "an October 2024 count while troops were still arriving, against a later total"
mays("000-1", ["003-1", "003-3", "007-5", "008-3", "010-3", "011-1", "013-1", "013-2"], early)
mays("002-2", ["003-1", "003-3", "007-5", "008-3", "010-3", "011-1", "013-1", "013-2"], early)
mays("002-1", ["003-1", "003-3", "007-5", "008-3", "010-3", "011-1", "013-1", "013-2"], early)
mays("000-1", ["010-4"], "1,500 in October 2024 against 3,000 reinforcements sent months later")
mays("002-2", ["010-4"], "1,500 in October 2024 against 3,000 reinforcements sent months later")
rein = "some 3,000 reinforcements (an additional force) against a total"
mays("010-4", ["003-1", "003-3", "007-5", "008-3", "011-1", "013-1", "013-2"], rein)
later = "the first wave's size (late 2024) against the total after reinforcements, months later"
mays("003-3", ["010-3", "011-1", "013-2"], later)
mays("005-3", ["010-3", "011-1", "013-2"], later)
mays("007-5", ["010-3", "011-1", "013-2"], later)
mays("008-3", ["010-3", "011-1", "013-2"], later)
may += [
    ["005-1", "007-1", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13): borderline, three weeks apart"],
    ["005-2", "007-1", "1,100 (JCS, Dec 23) against 3,000 (NIS, Jan 13): a cumulative toll three weeks later"],
    ["005-2", "008-1", "1,100 (JCS, Dec 23) against 4,000 (HUR, Jan 16): a cumulative toll three weeks later"],
    ["005-2", "010-1", "1,100 (Dec 2024) against 4,700 (Apr 2025): months apart"],
    ["007-1", "010-1", "NIS's cumulative toll rising from 3,000 (Jan) to 4,700 (Apr)"],
    ["008-1", "010-1", "4,000 (HUR, Jan) against 4,700 (NIS, Apr): months apart"],
    ["007-2", "010-2", "NIS's count of dead rising from 300 (Jan) to 600 (Apr)"],
    ["007-2", "013-3", "300 killed (Jan 2025) against 2,000 (Sept 2025): months apart"],
    ["008-2", "010-2", "1,000 killed (HUR, Jan) against 600 (NIS, Apr): months apart"],
    ["008-2", "013-3", "1,000 killed (Jan 2025) against 2,000 (Sept 2025): months apart"],
    ["010-2", "013-3", "NIS's count of dead rising from 600 (Apr) to 2,000 (Sept)"],
]

conflicts = {
    "must": [
        ["005-1", "005-2", "more than 3,000 killed and wounded (Zelensky) against about 1,100 casualties (South Korea's JCS), the same day, in one article"],
        ["007-1", "008-1", "about 3,000 casualties (NIS, Jan 13) against about 4,000 (Ukraine's HUR, Jan 16), three days apart"],
        ["007-2", "008-2", "about 300 killed (NIS, Jan 13) against about a thousand killed (Ukraine's HUR, Jan 16), three days apart"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
