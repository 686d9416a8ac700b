#!/usr/bin/env python3
"""Gold labels for testdata/blind537 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind537: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025). See testdata/corpus/README.md for the "
         "meaning of every field and how a system's output is scored.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Lee Seong-kweun"]

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has moved some three thousand soldiers to Russia so far this month", False),
        ("troops", NK, 1500, None, "about", NIS,
         "The first contingent, roughly 1,500 soldiers believed to be drawn from the elite 11th Corps", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", ["Pentagon", "United States", "US Defense Department"],
         "roughly 10,000 North Korean soldiers had been sent to eastern Russia for training", False),
        ("troops", NK, 8000, None, "about", ["Antony J. Blinken", "Blinken", "Secretary of State", "United States"],
         "about 8,000 had moved to the Kursk border region", False),
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Kyiv"],
         "Eleven thousand North Korean soldiers are already in the Kursk region", False),
        ("troops", NK, 500, None, "about", ["South Korea's spy agency", "National Intelligence Service", "NIS", "South Korea"],
         "the force includes some 500 officers", False),
        ("troops", RU, 50000, None, "about", ["Ukrainian officials", "Ukraine"],
         "Russia has massed about 50,000 of its own troops", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers have been killed in combat against Ukrainian forces in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "roughly 1,000 have been wounded", False),
        ("troops", NK, 11000, None, "about", NIS,
         "Of the roughly 11,000 North Korean soldiers believed to be in Russia", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "US"],
         "North Korean troops had suffered \"several hundred\" casualties", True),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"],
         "Around 1,100 North Korean soldiers have been killed or wounded fighting Ukrainian forces in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "more_than", ["Seoul", "Kyiv", "Washington", "South Korea", "Ukraine", "United States"],
         "North Korea has sent more than 10,000 soldiers to Russia this year", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Oleksandr Syrskyi"],
         "North Korean losses in Kursk, killed and wounded together, had already passed 3,000", False),
        ("killed", NK, 50, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "its units had killed 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 47 others", False),
        ("casualties", NK, 200, 999, "vague", ["Andrii Yusov", "Yusov", "HUR", "Military intelligence", "Ukraine"],
         "North Korean units had lost \"hundreds\" of men", True),
        ("troops", NK, 11000, 12000, "range", ["HUR", "Ukraine's military intelligence agency", "military intelligence", "Ukraine"],
         "Between 11,000 and 12,000 North Korean soldiers are now in the Kursk region", False),
    ],
    "007": [
        ("killed", NK, 300, None, "about", NIS + ["South Korean intelligence"],
         "Around 300 North Korean servicemen have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["South Korean intelligence"],
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian soldiers had captured two North Korean servicemen in the Kursk region", False),
    ],
    "009": [
        ("troops", NK, 3000, None, "up_to", ["National Intelligence Service", "NIS", "South Korea's intelligence agency", "South Korea"],
         "North Korea appears to have sent as many as 3,000 additional soldiers to Russia since the start of the year", False),
        ("casualties", NK, 4000, None, "about", ["Ukraine's military", "Ukraine"],
         "North Korean casualties have reached around 4,000", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded in the Kursk campaign", False),
        ("killed", NK, 600, None, "about", NIS,
         "including roughly 600 dead", False),
        ("killed", NK, 1000, None, "at_least", ["Western security officials", "Western officials", "Western intelligence", "BBC"],
         "put the number of North Korean dead at no fewer than 1,000 over the first three months of fighting alone", False),
        ("troops", NK, 14000, None, "about", ["unattributed"],
         "Around 14,000 North Korean soldiers are believed to have been sent to Russia in all", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian general staff", "Russia"],
         "the Ukrainian side had lost more than 76,000 troops, killed and wounded", False),
    ],
    "012": [
        ("troops", NK, 2000, 9999, "vague", ["Sergey Shoigu", "Shoigu", "Russian Security Council", "Russia"],
         "several thousand Korean servicemen had fought shoulder to shoulder with Russian soldiers", True),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["KCNA", "North Korea", "Kim Jong Un", "state media"],
         "Nine of its soldiers died during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed fighting for Russia", False),
        ("troops", NK, 15000, None, "less_than", NIS,
         "the total number sent, reinforcements included, remained below 15,000", False),
    ],
}

NOT = {
    "000": ["expects the deployment to reach 10,000 by December", "between Oct. 8 and 13", "in their early twenties",
            "2,599.62", "9.1 tln won"],
    "001": ["about 1.2 million active-duty personnel", "since 1953", "more than 13,000 shipping containers",
            "about $2,000 a month", "Page 9", "3 Months On", "241 Comments"],
    "003": ["240-millimeter multiple rocket launchers", "1,450 per dollar", "March 2009", "Five things to do"],
    "004": ["170mm self-propelled guns", "240mm multiple rocket launchers", "1950-53", "21 Chinese military aircraft",
            "39,161.34"],
    "005": ["lines of 20 or 30", "400 to 500 soldiers", "six battalions", "roughly 800 square kilometers",
            "78 missiles, 106 drones", "Budanov says 12K North Koreans in Kursk", "$5 a month"],
    "007": ["born in 2005", "26 years old", "35 Russian attacks", "13.01.2025 14:05"],
    "009": ["about 220 artillery systems", "170-millimeter self-propelled guns", "1.2 percent", "14°C"],
    "010": ["eight-month operation", "29,997 sq km", "about 1.08 million", "245 km", "6 August 2024",
            "€1.5 billion", "99% of homes"],
    "012": ["will send 1,000 sappers", "5,000 military builders", "one thousand sappers", "five thousand military builders",
            "more than 4,000 hectares", "0.8% to 2,780 points"],
    "014": ["roughly 120 days", "6,000 sappers and military builders", "How 12,000 North Koreans ended up in Kursk",
            "2024-2025"],
}

OFF = ["002", "008", "011", "013"]
DUP = {"006": "004"}

conflicts = {
    "must": [
        ["001-2", "001-3", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4): same place, same week, one article"],
        ["004-1", "005-1", "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed and wounded (Zelensky), both given on Dec 23; articles three days apart"],
        ["010-2", "010-3", "about 600 killed in the whole campaign (NIS) against at least 1,000 killed in its first three months alone (Western officials via the BBC), one article"],
    ],
    "may": [
        ["000-1", "001-1", "3,000 in Russia on Oct 23 against about 10,000 two weeks later, while the deployment was growing"],
        ["000-1", "001-2", "3,000 on Oct 23 against about 8,000 in Kursk two weeks later, while the deployment was growing"],
        ["000-1", "001-3", "3,000 on Oct 23 against 11,000 in Kursk two weeks later, while the deployment was growing"],
        ["000-1", "003-3", "3,000 in October against about 11,000 two months later"],
        ["000-1", "004-2", "3,000 in October against more than 10,000 two months later"],
        ["000-1", "005-5", "3,000 in October against 11,000-12,000 two months later"],
        ["001-1", "001-3", "about 10,000 in eastern Russia (Pentagon) against 11,000 in Kursk (Zelensky): different places, close values"],
        ["001-1", "003-3", "about 10,000 against about 11,000, six weeks apart"],
        ["001-1", "005-5", "about 10,000 against 11,000-12,000, two months apart"],
        ["001-2", "003-3", "about 8,000 in Kursk in early November against about 11,000 in Russia six weeks later"],
        ["001-2", "004-2", "about 8,000 in early November against more than 10,000 seven weeks later"],
        ["001-2", "005-5", "about 8,000 in early November against 11,000-12,000 seven weeks later"],
        ["009-1", "001-3", "an additional 3,000 against the 11,000 first sent"],
        ["009-1", "003-3", "an additional 3,000 against the 11,000 first sent"],
        ["009-1", "005-5", "an additional 3,000 against the 11,000-12,000 first sent"],
        ["010-4", "001-1", "about 14,000 in all (April 2025, reinforcements included) against about 10,000 in October 2024"],
        ["010-4", "001-2", "about 14,000 in all (April 2025) against about 8,000 in Kursk in November 2024"],
        ["010-4", "001-3", "about 14,000 in all (April 2025) against 11,000 in November 2024"],
        ["010-4", "003-3", "about 14,000 in all (April 2025) against about 11,000 in December 2024"],
        ["010-4", "005-5", "about 14,000 in all (April 2025) against 11,000-12,000 in December 2024"],
        ["010-4", "009-1", "14,000 in all against an additional 3,000"],
        ["003-4", "004-1", "\"several hundred\" casualties (Pentagon, Dec 16) against about 1,100 a week later: vague and cumulative"],
        ["003-4", "005-1", "\"several hundred\" casualties (Pentagon, Dec 16) against more than 3,000 a week later: vague and cumulative"],
        ["004-1", "009-2", "about 1,100 casualties in December against around 4,000 two months later"],
        ["004-1", "010-1", "about 1,100 casualties in December against about 4,700 four months later"],
        ["009-2", "010-1", "around 4,000 casualties (Ukraine, February) against about 4,700 (NIS, April), two months apart"],
        ["007-1", "010-2", "about 300 killed in January against about 600 in April: cumulative, months apart"],
        ["007-1", "010-3", "about 300 killed by mid-January (NIS) against at least 1,000 over the first three months (Western officials)"],
        ["007-1", "014-2", "about 300 killed in January against about 2,000 in September"],
        ["010-2", "014-2", "about 600 killed in April against about 2,000 in September"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
