#!/usr/bin/env python3
"""Gold labels for testdata/blind439 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind439: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "North Korea is sending some 12,000 soldiers, including special forces, to Russia", False),
        ("troops", NK, 1500, None, "about", NIS,
         "the first group, about 1,500 special operations troops, was carried by Russian navy ships", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about",
         ["Antony Blinken", "Blinken", "U.S. Secretary of State", "United States", "US"],
         "Around 8,000 North Korean soldiers have been moved to Russia's Kursk region near the border with Ukraine", False),
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Pentagon", "United States", "US"],
         "About 10,000 North Korean soldiers in all have been sent to eastern Russia for training", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "North Korea now has 11,000 soldiers in Russia's Kursk Oblast", False),
        ("troops", RU, 50000, None, "about",
         ["a senior official on Ukraine's General Staff", "General Staff", "Ukrainian official", "Ukraine"],
         "Russia has concentrated around 50,000 troops in Kursk Oblast for a counteroffensive", False),
    ],
    "004": [
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers sent to fight for Russia have been killed in battle", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "about 1,000 have been wounded", False),
        ("casualties", NK, 1100, None, "about", ["Lee Seong-kweun"] + NIS,
         "the casualty toll comes to roughly 1,100", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "US"],
         "North Korean troops had suffered \"several hundred\" casualties", True),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Pyongyang's losses in the Kursk region have passed three thousand killed and wounded", False),
        ("troops", NK, 12000, None, "up_to",
         ["Defense Intelligence", "Ukraine's Defense Intelligence", "HUR", "Ukraine"],
         "up to 12,000 North Korean servicemen had been sent to Russia since the autumn", False),
        ("casualties", NK, 30, None, "at_least",
         ["Main Intelligence Directorate", "HUR", "Defense Intelligence", "Ukraine"],
         "at least 30 North Korean soldiers were killed or wounded", False),
    ],
    "007": [
        ("captured", NK, 2, None, "exact", ["Ukraine", "Volodymyr Zelensky", "Zelensky", "SBU"],
         "Ukraine says it has captured two North Korean soldiers in Russia's Kursk region", False),
        ("killed", NK, 300, None, "about", NIS,
         "about 300 North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "about 2,700 wounded since they joined the fighting in December", False),
        ("killed", NK, 1000, None, "more_than",
         ["Military officials in Kyiv", "Ukrainian military officials", "Ukrainian officials", "Ukraine", "BBC"],
         "put the number of dead at more than 1,000", False),
    ],
    "008": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "Ukraine had lost more than 76,000 troops killed and wounded in the Kursk operation since August", False),
        ("troops", NK, 11000, None, "about", ["Seoul's spy agency"] + NIS,
         "roughly eleven thousand North Korean soldiers were dispatched in the autumn of 2024", False),
        ("troops", NK, 2000, 9000, "vague", ["Seoul's spy agency"] + NIS,
         "several thousand more arriving as reinforcements early this year", True),
        ("killed", RU, 95000, None, "more_than", ["Mediazona", "BBC Russian"],
         "confirmed the names of more than 95,000 Russian soldiers killed in Ukraine since February 2022", False),
    ],
    "009": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea", "state media"],
         "Nine members of the regiment lost their lives clearing mines during their 120-day mission", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "put North Korean casualties at about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "including roughly 600 dead", False),
        ("killed", NK, 2000, None, "about", NIS,
         "the number killed had risen to around 2,000", False),
        ("casualties", NK, 6000, None, "more_than",
         ["British defence intelligence", "Defence Intelligence", "UK", "Britain"],
         "more than 6,000 North Korean soldiers had been killed or wounded", False),
    ],
    "010": [
        ("troops", NK, 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "Seoul's military", "South Korea"],
         "Some three thousand fresh North Korean troops arrived in Russia in January and February", False),
        ("casualties", NK, 2000, 9999, "vague", ["Ukraine's military intelligence", "HUR", "Ukraine"],
         "the North Koreans have lost \"thousands\" of men since December", True),
    ],
    "011": [
        ("troops", NK, 10000, 12000, "range", ["unattributed"],
         "Pyongyang sent between 10,000 and 12,000 soldiers to Kursk last year", False),
        ("killed", NK, 600, None, "about", ["South Korea's spy agency"] + NIS,
         "around 600 of them were killed", False),
        ("troops", NK, 200, 900, "vague", ["Ukrainian intelligence", "Ukraine"],
         "Hundreds of North Korean troops are still believed to be in the region", True),
    ],
}

NOT = {
    "000": ["more than 13,000 containers", "about 8,000 containers", "three escort vessels",
            "a total of four brigades", "Ukraine says 10,000 N. Korean soldiers training in Russia's Far East",
            "KOSPI 2,593.62", "USD 1,370.50", "2 short-range missiles"],
    "001": ["about 86 minutes", "more than 7,600 kilometers",
            "S. Korea says 3,000 N. Korean troops already in Russia", "Nov. 13-21"],
    "002": ["810th Separate Guards Naval Infantry Brigade", "155th Naval Infantry Brigade",
            "about 1,300 square kilometers", "thousands more North Korean troops to follow in the coming weeks",
            "Russia loses 1,380 soldiers in past 24 hours", "more than 12,000 members"],
    "004": ["11th Corps", "in their 20s", "about $2,000 a month", "1,450 per dollar"],
    "005": ["Russia's combat losses in Ukraine reach 772,440 troops", "December 14-15",
            "Eleven Russian attacks repelled"],
    "007": ["born in 2005", "aged 26", "since 2016", "Ukraine strikes Russian airfield 600km from border"],
    "008": ["8-Month Ukrainian Incursion", "$2 a month"],
    "009": ["1,000 deminers and 5,000 military construction workers", "more than 10,000 km", "120 days",
            "Nikkei 225 50,168.11", "9 trillion yen", "$4bn"],
    "010": ["about 220 artillery systems", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "$1.2 billion contract for 155mm shells", "381 ships"],
    "011": ["1,000 sappers and 5,000 military construction workers", "June 4",
            "second visit to North Korea in two weeks"],
}

OFF = ["003", "006", "013", "014"]
DUP = {"012": "011"}

conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
                           "(Zelensky, Nov 4), four days apart"],
        ["004-3", "005-1", "roughly 1,100 casualties (NIS via Lee Seong-kweun, Dec 19) against more than "
                           "3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["007-2", "007-4", "about 300 killed (South Korea's NIS) against more than 1,000 killed (Ukrainian "
                           "military officials), in the same article"],
    ],
    "may": [
        ["000-1", "001-2", "about 12,000 being sent in all (NIS, Oct 18) against about 10,000 sent so far (Pentagon, Oct 28): a deployment still under way"],
        ["000-1", "002-1", "about 12,000 being sent to Russia against 11,000 in Kursk: compatible, but close enough to be read either way"],
        ["000-1", "008-2", "about 12,000 (Oct 2024) against roughly eleven thousand (Seoul, Apr 2025), months apart"],
        ["000-1", "008-3", "the whole force against several thousand additional reinforcements"],
        ["000-1", "010-1", "the whole force against an additional 3,000"],
        ["000-1", "011-3", "12,000 sent against hundreds still in the region eight months later"],
        ["001-1", "008-2", "8,000 in Kursk (Nov 2024) against roughly eleven thousand sent (Apr 2025), months apart"],
        ["001-1", "008-3", "8,000 against several thousand additional reinforcements"],
        ["001-1", "010-1", "8,000 against an additional 3,000"],
        ["001-1", "011-1", "8,000 (Nov 2024) against 10,000-12,000 sent (Jun 2025), months apart"],
        ["001-1", "011-3", "8,000 against hundreds still in the region months later"],
        ["001-2", "002-1", "about 10,000 in eastern Russia (Pentagon, Oct 28) against 11,000 in Kursk (Zelensky, Nov 4): a week apart, a force still growing"],
        ["001-2", "008-2", "about 10,000 (Oct 2024) against roughly eleven thousand (Apr 2025), months apart"],
        ["001-2", "008-3", "10,000 against several thousand additional reinforcements"],
        ["001-2", "010-1", "10,000 against an additional 3,000"],
        ["001-2", "011-3", "10,000 against hundreds still in the region months later"],
        ["002-1", "008-3", "11,000 against several thousand additional reinforcements"],
        ["002-1", "010-1", "11,000 against an additional 3,000"],
        ["002-1", "011-3", "11,000 against hundreds still in the region months later"],
        ["008-2", "008-3", "roughly eleven thousand against several thousand more as reinforcements (additional)"],
        ["008-2", "010-1", "roughly eleven thousand against an additional 3,000"],
        ["008-2", "011-3", "eleven thousand sent against hundreds still in the region"],
        ["008-3", "011-1", "several thousand reinforcements against 10,000-12,000 sent the year before"],
        ["008-3", "011-3", "several thousand reinforcements against hundreds still in the region"],
        ["010-1", "011-1", "an additional 3,000 against 10,000-12,000 sent the year before"],
        ["010-1", "011-3", "an additional 3,000 (Feb) against hundreds still in the region (Jun)"],
        ["011-1", "011-3", "10,000-12,000 sent last year against hundreds still there now"],
        ["007-2", "009-3", "about 300 killed (NIS, Jan) against roughly 600 (NIS, Apr): a cumulative rise, months apart"],
        ["007-2", "009-4", "about 300 killed (Jan) against around 2,000 (Sep): a cumulative rise, months apart"],
        ["007-2", "011-2", "about 300 killed (Jan) against around 600 (NIS, cited in June): a cumulative rise, months apart"],
        ["007-4", "009-3", "more than 1,000 killed (Ukrainian officials, Jan) against roughly 600 (NIS, Apr), months apart"],
        ["007-4", "011-2", "more than 1,000 killed (Jan) against around 600 (NIS, cited in June), months apart"],
        ["009-3", "009-4", "roughly 600 killed (NIS, Apr) against around 2,000 (NIS, Sep): a cumulative rise, months apart"],
        ["009-4", "011-2", "around 2,000 killed (Sep) against around 600 (cited in June), months apart"],
        ["004-3", "004-4", "roughly 1,100 casualties (NIS) against \"several hundred\" (Pentagon) a few days earlier; the latter is vague"],
        ["004-4", "005-1", "\"several hundred\" casualties (Pentagon, Dec 16) against more than 3,000 (Zelensky, Dec 23); the former is vague"],
        ["004-3", "009-2", "roughly 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): a cumulative rise, months apart"],
        ["004-3", "009-5", "roughly 1,100 casualties (Dec 2024) against more than 6,000 (Jun 2025), months apart"],
        ["004-3", "010-2", "roughly 1,100 casualties (Dec) against \"thousands\" (Feb), vague and months apart"],
        ["004-4", "009-2", "\"several hundred\" (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["004-4", "009-5", "\"several hundred\" (Dec 2024) against more than 6,000 (Jun 2025), months apart"],
        ["004-4", "010-2", "\"several hundred\" (Dec) against \"thousands\" (Feb), both vague"],
        ["009-2", "009-5", "about 4,700 casualties (NIS, Apr) against more than 6,000 (British defence intelligence, Jun), two months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
