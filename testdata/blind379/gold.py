#!/usr/bin/env python3
"""Gold labels for testdata/blind379 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind379 evaluation set: 15 articles written for crosscheck in our own words "
         "about the real story's known reporting. See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
HUR = ["Defense Intelligence", "military intelligence", "HUR", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has moved some three thousand soldiers to Russia so far this month", False),
        ("troops", "north_korea", 1500, None, "about", NIS + ["Park Sun-won"],
         "An initial group of around 1,500 was ferried from the North's east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukrainian intelligence", "Ukraine"],
         "Eleven thousand North Korean soldiers are already in Kursk Oblast", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "the contingent includes about 500 officers", True),
        ("troops", "north_korea", 3, None, "exact", HUR,
         "three generals", True),
        ("troops", "north_korea", 8000, None, "at_least", ["Antony Blinken", "Blinken", "Washington", "United States", "US", "U.S."],
         "no fewer than 8,000 North Korean troops had moved into Kursk Oblast", False),
    ],
    "002": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Zelenskyy", "Zelensky", "Volodymyr Zelenskyy", "Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "it estimated that about 1,100 North Korean troops had been killed or wounded", False),
        ("troops", "north_korea", 10000, 12000, "range", ["South Korean, U.S. and Ukrainian officials", "officials", "South Korea", "U.S.", "Ukraine"],
         "North Korea has sent between 10,000 and 12,000 troops to Russia", False),
    ],
    "004": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "about 2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "That puts the North's total losses at roughly 3,000", False),
        ("captured", "north_korea", 2, None, "exact", NIS_LEE + ["Zelensky", "Ukraine"],
         "Ukraine had captured two North Korean soldiers", False),
    ],
    "006": [
        ("killed", "north_korea", 1000, None, "about", HUR + ["Andriy Yusov", "Yusov"],
         "the North Koreans have lost roughly a thousand men killed", False),
        ("captured", "north_korea", 2, None, "exact", HUR + ["Zelensky", "Volodymyr Zelensky"],
         "two North Korean soldiers captured by Ukrainian special operations forces and paratroopers", False),
        ("casualties", "north_korea", 3000, None, "about", NIS + ["South Korean lawmakers", "Seoul"],
         "Seoul's spy agency put North Korean losses at about 3,000 killed and wounded", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "roughly 3,000 more North Korean soldiers reached Russia in January and February", False),
        ("troops", "north_korea", 11000, None, "about", JCS + ["unattributed"],
         "on top of the 11,000 or so sent last autumn", False),
    ],
    "010": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded during the Kursk adventure", False),
    ],
    "011": [
        ("troops", "north_korea", 15000, None, "about", NIS,
         "about 15,000 North Korean troops have already been deployed to Russia", False),
    ],
    "012": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "North Korea has suffered around 4,700 casualties in the war in Ukraine", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "including some 600 soldiers killed", False),
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "Of the roughly 15,000 troops the North has dispatched to Russia since last October", False),
    ],
    "013": [
        ("troops", "north_korea", 12000, None, "up_to", ["unattributed"],
         "The first contingent, of up to 12,000 soldiers, left for Russia's Far East in October 2024", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "around 15,000 were sent in all", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["Western officials"],
         "Western officials speak of thousands of casualties in all", True),
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "North Korea", "Pyongyang"],
         "nine of its sappers had died during the operation", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["Russia"],
         "several thousand North Korean military builders are now working in the Kursk region", True),
    ],
}

NOT = {
    "000": ["10,000 troops in Russia by December", "the elite 11th Corps", "four round trips",
            "12.8 pct", "3.25 pct", "60 meters each", "Zelenskyy says 10,000 N. Korean troops preparing to join Russia's war"],
    "001": ["30 Shahed-type attack drones", "shot down 24 of them", "24 of 30 Russian drones", "We lost 20 men in a week",
            "Russia's 810th Marine Brigade", "$5 a month", "14 comments"],
    "002": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "a range of about 60 kilometers",
            "nearly three times higher"],
    "004": ["One of the two is 20 years old", "aged 26", "has served since 2016", "KOSPI 2,489.56",
            "lows of minus 12 C", "4 minutes before impact", "W1.4tr deal"],
    "006": ["a 26-year-old sniper", "who is 20", "18,204", "2 Killed in Saratov Region", "4 Square Kilometers a Day",
            "155mm Shell Gap", "founded in 1995", "42 comments"],
    "008": ["170mm self-propelled guns", "240mm multiple rocket launchers", "a range of up to 800 kilometers",
            "well over 200 pieces", "since 1953", "about 500 square kilometers", "some 1,300 square kilometers",
            "$1.2 billion", "0 comments"],
    "010": ["Article 4 of the Treaty", "June 19, 2024", "over 7,000 units of weaponry and military equipment", "412 tanks",
            "302 multiple launch rocket systems", "28 settlements", "key rate at 21%", "Over 1,200 explosive devices"],
    "011": ["6,000 military builders and deminers", "1,000 sappers to clear mines", "5,000 military construction workers",
            "thousands more personnel", "3.5 percent", "6.0 magnitude earthquake", "1 min 42 sec"],
    "012": ["more than 10 million artillery shells", "3 trillion won", "2,556.61", "25 million users"],
    "013": ["after a 120-day mission", "up to $20 billion", "more than three times higher", "the elite 11th Corps",
            "Russia lost 1,000 soldiers a day in November", "six months in office", "€11.5 billion pledge"],
}

OFF = ["003", "005", "007", "014"]
DUP = {"009": "012"}

conflicts = {
    "must": [
        ["002-1", "002-2", "more than 3,000 casualties (Zelenskyy) against about 1,100 (South Korea's JCS), same article, same day"],
        ["004-1", "006-1", "about 300 killed (South Korea's NIS, Jan 13) against roughly a thousand killed (Ukraine's HUR, Jan 15), two days apart"],
    ],
    "may": [
        ["000-1", "001-1", "3,000 in Russia (Oct 23) against 11,000 in Kursk (Nov 5): deployment still under way"],
        ["000-1", "001-4", "3,000 (Oct 23) against no fewer than 8,000 (Blinken, about a week later): deployment still under way"],
        ["000-1", "002-3", "3,000 in October against 10,000-12,000 two months later"],
        ["000-1", "008-2", "3,000 in October against 11,000 'sent last autumn', four months later"],
        ["000-1", "011-1", "3,000 in October 2024 against about 15,000 in all, June 2025"],
        ["000-1", "012-3", "3,000 in October 2024 against about 15,000 in all, April 2025"],
        ["000-1", "013-2", "3,000 in October 2024 against about 15,000 in all, December 2025"],
        ["001-1", "011-1", "11,000 (Nov 2024) against about 15,000 including reinforcements (June 2025)"],
        ["001-1", "012-3", "11,000 (Nov 2024) against about 15,000 including reinforcements (April 2025)"],
        ["001-1", "013-2", "11,000 (Nov 2024) against about 15,000 including reinforcements (Dec 2025)"],
        ["002-3", "011-1", "10,000-12,000 (Dec 2024) against about 15,000 including reinforcements (June 2025)"],
        ["002-3", "012-3", "10,000-12,000 (Dec 2024) against about 15,000 including reinforcements (April 2025)"],
        ["002-3", "013-2", "10,000-12,000 (Dec 2024) against about 15,000 including reinforcements (Dec 2025)"],
        ["008-2", "011-1", "11,000 sent last autumn against about 15,000 in all, months later"],
        ["008-2", "012-3", "11,000 sent last autumn against about 15,000 in all, two months later"],
        ["008-2", "013-2", "11,000 sent last autumn against about 15,000 in all, ten months later"],
        ["008-1", "001-1", "3,000 additional reinforcements against the 11,000 first sent"],
        ["008-1", "002-3", "3,000 additional reinforcements against the 10,000-12,000 first sent"],
        ["008-1", "008-2", "3,000 additional reinforcements against the 11,000 first sent, same article"],
        ["008-1", "011-1", "3,000 additional reinforcements against about 15,000 in all"],
        ["008-1", "012-3", "3,000 additional reinforcements against about 15,000 in all"],
        ["008-1", "013-2", "3,000 additional reinforcements against about 15,000 in all"],
        ["008-1", "013-1", "3,000 additional reinforcements against a first contingent of up to 12,000"],
        ["013-1", "011-1", "first contingent of up to 12,000 against about 15,000 in all"],
        ["013-1", "012-3", "first contingent of up to 12,000 against about 15,000 in all"],
        ["013-1", "013-2", "first contingent of up to 12,000 against about 15,000 in all, same article"],
        ["002-1", "004-3", "more than 3,000 (Dec 23) against roughly 3,000 (Jan 13): a bound at its edge"],
        ["002-1", "006-3", "more than 3,000 (Dec 23) against about 3,000 (relayed Jan 15): a bound at its edge"],
        ["002-2", "012-1", "1,100 casualties (Dec 2024) against 4,700 (April 2025), months apart"],
        ["004-3", "012-1", "about 3,000 casualties (Jan 2025) against 4,700 (April 2025), months apart, same agency"],
        ["006-3", "012-1", "about 3,000 casualties (Jan 2025) against 4,700 (April 2025), months apart, same agency"],
        ["004-1", "012-2", "about 300 killed (Jan 2025) against 600 (April 2025), months apart, same agency"],
        ["004-1", "013-3", "about 300 killed (Jan 2025) against 2,000 (September 2025), months apart"],
        ["006-1", "012-2", "about 1,000 killed (HUR, Jan 2025) against 600 (NIS, April 2025), months apart"],
        ["006-1", "013-3", "about 1,000 killed (Jan 2025) against 2,000 (September 2025), months apart"],
        ["012-2", "013-3", "600 killed (April 2025) against 2,000 (September 2025), months apart, same agency"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
