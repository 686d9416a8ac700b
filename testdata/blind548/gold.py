#!/usr/bin/env python3
"""Gold labels for blind548 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind548/articles: fifteen articles written in our own words about the "
         "real story's known reporting, labelled blind. Same schema and rules as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul", "Lee Seong-kweun"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"],
         "shipping some 1,500 soldiers to the Russian Far East in the first wave", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "more_than", ["Pentagon", "Sabrina Singh", "United States", "US", "Washington"],
         "more than 10,000 North Korean soldiers have been sent to eastern Russia", False),
        ("troops", RU, 50000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Russia has massed about 50,000 troops, including North Korean units", False),
        ("troops", NK, 11000, None, "about", ["Kyrylo Budanov", "Budanov", "Ukraine's military intelligence", "HUR", "Ukraine"],
         "about 11,000 North Korean soldiers are now in Kursk Oblast", False),
        ("troops", NK, 500, None, "about", ["Kyrylo Budanov", "Budanov", "Ukraine's military intelligence", "HUR", "Ukraine"],
         "roughly 500 officers", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"],
         "Around 1,100 North Korean soldiers have been killed or wounded in fighting with Ukrainian forces", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died in combat", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "roughly 1,000 others had been wounded", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "South Korea"],
         "the North sent some 11,000 soldiers to Russia in October and November", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "North Korean losses in Russia's Kursk Oblast have passed the 3,000 mark", False),
        ("casualties", NK, 30, None, "at_least", ["Ukraine's military intelligence", "HUR", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded in assaults on three villages", False),
        ("troops", NK, 11000, 12000, "range", ["Ukrainian intelligence", "Ukraine", "HUR"],
         "Pyongyang has sent 11,000 to 12,000 soldiers to Russia", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS,
         "roughly 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "2,700 wounded while fighting alongside Russian forces", False),
        ("killed", NK, 1000, None, "at_least", ["Ukraine's military intelligence directorate", "HUR", "Ukraine", "Kyiv"],
         "No fewer than 1,000 North Koreans had died since being committed to battle in Kursk", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "Ukrainian troops had taken two North Korean soldiers prisoner in Kursk", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", ["National Intelligence Service", "NIS", "South Korea", "spy agency"],
         "Around three thousand, according to South Korea's National Intelligence Service (NIS)", False),
        ("troops", NK, 10000, 12000, "range", ["Western and South Korean officials", "Western officials", "South Korean officials", "South Korea"],
         "between 10,000 and 12,000 troops", False),
        ("casualties", NK, 4000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "around 4,000 North Koreans had been killed or wounded", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Kyiv"],
         "Ukraine said in January it had captured two soldiers", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces lost over 76,000 servicemen killed and wounded", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS,
         "Around 4,700 North Korean troops sent to help Russia have become casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "among them some 600 who died", False),
        ("wounded", NK, 200, 900, "vague", NIS,
         "Several hundred wounded soldiers have been flown back to Pyongyang for treatment", True),
    ],
    "012": [
        ("troops", NK, 10000, None, "more_than", ["South Korea", "Ukraine", "Seoul", "Kyiv"],
         "North Korea has sent more than 10,000 soldiers to Russia since last autumn", False),
        ("casualties", NK, 2000, 9999, "vague", ["South Korea", "Ukraine", "Seoul", "Kyiv"],
         "thousands of them have been killed or wounded", True),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"],
         "nine of its soldiers died during the mission", False),
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea", "spy agency"],
         "about 2,000 North Korean soldiers had been killed in the war", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea sent around 11,000 troops to Kursk in late 2024", False),
        ("troops", NK, 3000, None, "about", ["unattributed"],
         "another 3,000 or so early this year", False),
    ],
}

NOT = {
    "000": ["around 12,000 troops in total", "four brigades", "four Russian amphibious landing ships and three escort vessels",
            "more than 13,000 containers of artillery shells", "between Oct. 8 and 13",
            "Parliament to summon 37 witnesses", "KOSPI 2,593.91"],
    "001": ["a 500-kilogram guided aerial bomb", "84 Shahed-type attack drones", "Air defence shot down 51 drones",
            "UAH 41.27 to the dollar", "first batch of 100 armoured ambulances", "Facebook (214)", "Comments (12)"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "Facebook 24",
            "won slides past 1,450 per dollar", "2.6 trillion won"],
    "004": ["Join more than 16,000 members", "78 missiles, 106 drones", "1,300 new armored vehicles", "for seven years",
            "on Aug. 6"],
    "006": ["aged 26", "The other, who is 20", "since 2021", "death toll rises to 24", "Man, 62, fined",
            "30-year-old tortoise", "42 health conditions"],
    "008": ["as much as $20 billion", "January 12, 2025"],
    "009": ["more than 7,000 units of weapons and military hardware", "over 400 tanks", "Article 4",
            "June 19, 2024", "115 Ukrainian drones"],
    "010": ["about 200 long-range artillery pieces", "two days after Pyongyang admitted", "3 of 10 aid groups",
            "first time in 9 years", "2 in 3 young Koreans"],
    "012": ["1,000 sappers", "5,000 military construction workers", "second visit to Pyongyang in two weeks",
            "dozens of ballistic missiles", "Brent crude $76.45"],
    "014": ["120 days", "1,000 deminers and 5,000 military builders", "Order of National Flag First Class",
            "122 trillion yen budget"],
}

OFF = ["002", "007", "011", "013"]
DUP = {"005": "003"}

conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 killed "
                           "and wounded (Zelensky, Dec 23, repeated Dec 25), reported three days apart"],
        ["006-1", "006-3", "about 300 North Koreans killed (NIS, via Lee Seong-kweun) against no fewer than 1,000 killed "
                           "(Ukraine's HUR), both January 2025, in the same article"],
    ],
    "may": [
        ["000-1", "001-1", "some 1,500 shipped by Oct 18 against more than 10,000 sent by Nov 12: the deployment was still under way"],
        ["000-1", "001-3", "some 1,500 shipped by Oct 18 against about 11,000 in Kursk on Nov 12: deployment under way"],
        ["000-1", "003-4", "1,500 in the first wave (October) against some 11,000 sent in October and November"],
        ["000-1", "004-3", "1,500 in the first wave (October) against 11,000-12,000 by late December"],
        ["000-1", "008-2", "1,500 in the first wave against the whole first contingent of 10,000-12,000, four months later"],
        ["000-1", "012-1", "1,500 in October 2024 against more than 10,000 by June 2025"],
        ["000-1", "014-3", "1,500 in the first wave against around 11,000 sent in late 2024, told a year later"],
        ["000-1", "008-1", "1,500 first wave (October) against about 3,000 reinforcements (Feb 2025): different contingents"],
        ["000-1", "014-4", "1,500 first wave (October 2024) against another 3,000 or so in early 2025: different contingents"],
        ["008-1", "001-1", "an additional 3,000 against the first contingent"],
        ["008-1", "001-3", "an additional 3,000 against the first contingent"],
        ["008-1", "003-4", "an additional 3,000 against the first contingent"],
        ["008-1", "004-3", "an additional 3,000 against the first contingent"],
        ["008-1", "008-2", "an additional 3,000 against the first contingent of 10,000-12,000"],
        ["008-1", "012-1", "an additional 3,000 against more than 10,000 in all, months later"],
        ["008-1", "014-3", "an additional 3,000 against the 11,000 sent in late 2024"],
        ["014-4", "001-1", "another 3,000 or so against the first contingent"],
        ["014-4", "001-3", "another 3,000 or so against the first contingent"],
        ["014-4", "003-4", "another 3,000 or so against the first contingent"],
        ["014-4", "004-3", "another 3,000 or so against the first contingent"],
        ["014-4", "008-2", "another 3,000 or so against the first contingent of 10,000-12,000"],
        ["014-4", "012-1", "another 3,000 or so against more than 10,000 in all"],
        ["014-4", "014-3", "another 3,000 or so against the 11,000 sent in late 2024, in the same sentence"],
        ["003-1", "008-3", "about 1,100 casualties (Dec 23) against around 4,000 (Zelensky, January): a rising toll weeks apart"],
        ["003-1", "010-1", "about 1,100 casualties (December 2024) against about 4,700 (April 2025), months apart"],
        ["008-3", "010-1", "around 4,000 (Zelensky, January) against about 4,700 (NIS, April), months apart"],
        ["006-1", "010-2", "about 300 killed (NIS, January) against some 600 (NIS, April): the same agency's later count"],
        ["006-1", "014-2", "about 300 killed (January) against about 2,000 (September), months apart"],
        ["006-3", "010-2", "no fewer than 1,000 killed (HUR, January) against some 600 (NIS, April), months apart"],
        ["010-2", "014-2", "some 600 killed (April) against about 2,000 (September), the same agency months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
