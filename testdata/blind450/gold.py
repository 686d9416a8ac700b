#!/usr/bin/env python3
"""Gold labels for testdata/blind450 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind450/articles, fifteen articles written in our own words about the "
         "real story's known reporting. See testdata/corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has moved roughly 3,000 of its soldiers to Russia so far", False),
        ("troops", NK, 1500, None, "about", NIS + ["Park Sun-won"],
         "a second group of about 1,500 soldiers had left the North this week", False),
        ("troops", NK, 1500, None, "exact", NIS,
         "the first batch of 1,500 special forces troops", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "US"],
         "About 8,000 North Korean soldiers have been moved to Russia's Kursk region near the Ukrainian border", False),
        ("troops", NK, 10000, None, "about", ["Pentagon", "Pentagon officials", "United States", "US"],
         "roughly 10,000 North Korean troops had been sent to eastern Russia in all", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "about", ["Kyrylo Budanov", "Budanov", "HUR", "military intelligence", "Ukraine"],
         "Some 11,000 soldiers from North Korea are now in Russia's Kursk Oblast", False),
        ("troops", NK, 200, 900, "vague", ["Kyrylo Budanov", "Budanov", "HUR", "Ukraine"],
         "Several hundred of them are officers", True),
        ("casualties", UA, 28000, None, "more_than", ["Russia's Defense Ministry", "Russian Defense Ministry", "Defense Ministry", "Russia"],
         "Ukraine has lost more than 28,000 troops in the region since the incursion began", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Oleksandr Syrskyi", "Ukraine"],
         "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "about 1,000 others had been wounded", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Roughly 300 North Korean soldiers have died fighting for Russia", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 others wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukraine had captured two North Korean soldiers in Kursk on Jan. 9", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", JCS + ["Seo Ji-won"],
         "some three thousand additional North Korean troops were sent to Russia in January and February", False),
        ("troops", NK, 11000, 12000, "range", ["South Korea", "Seoul", "Kyiv", "Ukraine", "Seo Ji-won"],
         "The first wave, which both Seoul and Kyiv have put at eleven to twelve thousand", False),
        ("casualties", NK, 2000, 9999, "vague", ["Western estimates", "Seo Ji-won", "unattributed"],
         "several thousand of those men have been killed or wounded", True),
    ],
    "010": [
        ("casualties", NK, 2000, 9999, "vague", NIS,
         "South Korea's spy agency says thousands of them have been killed or wounded", True),
        ("troops", NK, 10000, 12000, "range", ["South Korea", "South Korean and US officials", "United States", "US"],
         "the North sent between 10,000 and 12,000 soldiers to Russia in the autumn of 2024", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "around 4,700 North Korean soldiers had been killed or wounded so far", False),
        ("killed", NK, 600, None, "about", NIS,
         "Among them, the agency said, were about 600 who had died", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine", "Ukrainian forces"],
         "Two soldiers captured by Ukrainian forces in January remain in Kyiv", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than", ["Russian Defense Ministry", "Defense Ministry", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen in the Kursk area", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed in the war", False),
        ("killed", NK, 600, None, "about", NIS,
         "the roughly 600 deaths the agency reported in April", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "put thousands of young men in harm's way", True),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea", "state media"],
         "KCNA said nine soldiers died while clearing mines and unexploded shells", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea is believed to have sent about 11,000 combat troops to Kursk in late 2024", False),
    ],
}

NOT = {
    "000": ["around 10,000 troops by December", "some are as young as 18", "between Oct. 8 and 13",
            "0.25 percentage point to 3.25 pct", "1,382.5 won per dollar", "56th annual security talks"],
    "002": ["Share 1.2K", "about 1,000 square kilometers", "about 28,500 troops in South Korea", "1950-53 Korean War",
            "S&P 500 down 1.9%", "5 days to go", "11 named storms"],
    "003": ["could eventually grow to around 15,000", "at least three generals", "60 mm mortars",
            "roughly 600 square kilometers", "Join 24,000 members", "$5 a month", "Comments (87)"],
    "004": ["Russia launched 103 drones overnight, of which 52 were shot down and 44 were lost", "about 3,200 homes",
            "170mm self-propelled guns", "240mm multiple rocket launchers", "almost three times higher",
            "Comments (1,248)", "1.3m people expected on UK roads", "We lost 40% of our stock"],
    "006": ["KOSPI 2,489.56", "USD/KRW 1,473.20", "born in 2005 and the other in 1999", "179 victims identified",
            "3 in 10 households", "W3.6tr"],
    "008": ["Episode 214", "roughly two hundred long-range artillery pieces", "170mm self-propelled guns",
            "240mm rocket launchers", "27 EU states", "our 842 partners", "[00:01:05]"],
    "010": ["Active personnel: about 1.28 million", "about 600,000 in the Reserve Military Training Units",
            "15.9% of GDP", "millions of artillery shells", "dozens of short-range ballistic missiles",
            "650 km from the border", "€150 billion"],
    "011": ["1,000 sappers", "5,000 military builders", "second time in two weeks", "about 1 km long",
            "second time in 13 days", "2,734 points"],
    "012": ["1,000 mine-clearing specialists", "5,000 military construction workers", "Mr. Kim, 41",
            "more than 90 percent", "212 comments", "Section A, Page 8", "At 94, a Nun Finishes Her 12th Marathon"],
    "014": ["about 120 days", "closes at 50,836", "minus 5 degrees", "2026 summit"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"007": "003"}

conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against some 11,000 in Kursk "
                           "(Budanov, Nov 4), four days apart"],
        ["004-1", "004-2", "more than 3,000 killed or wounded (Zelenskyy) against about 1,100 (South Korea's JCS), "
                           "the same day in the same live blog"],
    ],
    "may": [
        ["000-1", "002-1", "3,000 sent so far (Oct 23) against 8,000 in Kursk (Oct 31): the deployment was still growing"],
        ["000-1", "002-2", "3,000 sent so far (Oct 23) against 10,000 in Russia (Oct 28): the deployment was still growing"],
        ["000-1", "003-1", "3,000 sent so far (Oct 23) against 11,000 in Kursk (Nov 4): the deployment was still growing"],
        ["002-2", "003-1", "about 10,000 in Russia against about 11,000 in Kursk, a week apart"],
        ["000-1", "008-2", "3,000 in October against a first wave of 11,000-12,000, months apart"],
        ["000-1", "010-1", "3,000 in October against 10,000-12,000 sent that autumn, months apart"],
        ["000-1", "014-2", "3,000 in October 2024 against about 11,000 sent in late 2024, a year apart"],
        ["002-1", "008-2", "8,000 in Kursk against a first wave of 11,000-12,000, months apart"],
        ["002-1", "010-1", "8,000 in Kursk against 10,000-12,000 sent that autumn, months apart"],
        ["002-1", "014-2", "8,000 in Kursk against about 11,000 in Kursk, a year apart"],
        ["008-1", "002-1", "an additional 3,000 against 8,000, months apart"],
        ["008-1", "002-2", "an additional 3,000 against 10,000, months apart"],
        ["008-1", "003-1", "an additional 3,000 against 11,000, months apart"],
        ["008-1", "010-1", "an additional 3,000 against 10,000-12,000"],
        ["008-1", "014-2", "an additional 3,000 against 11,000"],
        ["004-2", "010-2", "1,100 casualties (JCS, December) against 4,700 (NIS, April): months apart, cumulative"],
        ["004-4", "006-2", "about 1,000 wounded (NIS, December) against 2,700 (NIS, January): a cumulative rise weeks apart"],
        ["006-1", "010-3", "300 killed (January) against 600 (April), months apart, cumulative"],
        ["006-1", "012-1", "300 killed (January) against 2,000 (September), months apart, cumulative"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
