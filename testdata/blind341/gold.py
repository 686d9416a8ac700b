#!/usr/bin/env python3
"""Gold labels for testdata/blind341 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

ABOUT = ("Gold labels for blind341: 15 articles written in our own words about the real story's known "
         "reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun", "South Korea's intelligence agency", "South Korea's intelligence service"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskiy", "Ukraine", "President of Ukraine"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "Pyongyang is moving around 12,000 soldiers", False),
        ("troops", NK, 1500, None, "about", NIS,
         "The first group of about 1,500 special forces troops was ferried to Vladivostok", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in the Kursk region", False),
        ("troops", NK, 500, None, "about",
         ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukraine"],
         "the group includes some 500 officers of the Korean People's Army", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS_LEE, "at least 100 killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE, "around 1,000 wounded", False),
        ("casualties", NK, 1100, None, "about", NIS_LEE,
         "puts the North's casualties at roughly 1,100", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than three thousand North Korean soldiers have already been killed or wounded in Kursk Oblast", False),
        ("casualties", NK, 200, 900, "vague",
         ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
         "killed or wounded hundreds of North Korean soldiers", True),
    ],
    "006": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
        ("troops", NK, 12000, None, "up_to",
         ["Ukrainian and South Korean intelligence", "Ukrainian intelligence", "South Korean intelligence",
          "Ukraine", "South Korea"],
         "Pyongyang has sent up to 12,000 soldiers to Russia", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "about 3,000 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 300, None, "about", NIS_LEE, "roughly 300 killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "about 2,700 wounded", False),
        ("casualties", NK, 4000, None, "about",
         ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine", "Ukrainian officials"],
         "North Korean casualties in Kursk had reached about 4,000", False),
        ("troops", NK, 2000, 9999, "vague", ["American officials", "United States", "US"],
         "Several thousand more are believed to be training in Russia's Far East", True),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea appears to have sent some three thousand more soldiers to Russia", False),
        ("troops", NK, 11000, None, "about",
         ["Ukrainian and South Korean officials", "Ukrainian officials", "South Korean officials",
          "Ukraine", "South Korea"],
         "about 11,000 North Korean soldiers were first deployed last autumn", False),
        ("captured", NK, 2, None, "exact", ZEL, "hand over two North Korean prisoners", False),
    ],
    "010": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Chief of the Russian General Staff", "Russia"],
         "the enemy's losses during the Kursk operation exceeded 76,000 servicemen killed and wounded", False),
        ("troops", NK, 10000, 12000, "range", ["Western media"],
         "Western media earlier estimated it at between 10,000 and 12,000 troops", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "North Korea had suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS_LEE, "including around 600 deaths", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "About 11,000 North Korean soldiers were deployed to Russia's Kursk region last autumn", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS,
         "Some 2,000 North Korean soldiers have now died in and around Kursk", False),
        ("killed", NK, 600, None, "about", NIS,
         "it had put the death toll at about 600", False),
    ],
}

NOT = {
    "000": ["Ukraine says 18 N. Korean soldiers deserted near border", "four brigades",
            "between Oct. 8 and 13", "four Russian navy amphibious ships", "more than 13,000 containers",
            "N. Korea blows up sections of two inter-Korean roads", "0.25 percentage point to 3.25 pct"],
    "002": ["more than 6,000 kilometres", "about $2,000 a month", "59 of 96 Russian drones", "August 6"],
    "003": ["240mm multiple rocket launchers", "170mm self-propelled guns", "at least one senior officer",
            "about 10 kilometers from the border", "Won slides past 1,450 per dollar", "39th straight week",
            "vetoes six bills"],
    "004": ["the 155th Marine Brigade", "On 20 December",
            "Russians attack Kharkiv with ballistic missiles: 3 people injured", "what is open on 25 December"],
    "006": ["born in 2005", "serving since 2021", "born in 1999",
            "Ukrainian Drones Hit Fuel Depot 1,000 km Behind Russian Lines", "Trump's 24-Hour Peace Promise"],
    "007": ["had not fought a war since 1953", "the 1950-53 Korean War", "Section A, Page 9",
            "Jan. 15, 2025"],
    "008": ["including the KN-23", "170-mm self-propelled howitzers"],
    "010": ["Article 4 of the treaty", "June 19, 2024", "more than 400 tanks",
            "over 7,000 pieces of other equipment", "August 6, 2024", "dollar at 82.3 rubles"],
    "011": ["Russia launched 108 drones", "57 had been shot down", "36 lost to electronic jamming",
            "50% of future revenues", "three-day truce from 8 to 10 May", "80th anniversary",
            "at least 30 days"],
    "012": ["1,000 sappers to clear mines", "5,000 military construction workers", "serve for up to 10 years",
            "Exports rise 1.3% in August"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"014": "008"}

conflicts = {
    "must": [
        ["003-3", "004-1", "roughly 1,100 casualties (South Korea's NIS, 19-20 Dec) against more than 3,000 "
                           "killed or wounded (Zelensky, 23 Dec), three days apart"],
        ["007-1", "007-4", "about 3,000 casualties (NIS) against about 4,000 (Ukraine's HUR), both given on the "
                           "same Monday, in one article"],
    ],
    "may": [
        ["000-1", "002-1", "about 12,000 being moved to Russia (NIS, 18 Oct) against 11,000 already in Kursk "
                           "(Zelensky, 5 Nov): close estimates of different scope"],
        ["004-1", "007-1", "more than 3,000 (Zelensky, 23 Dec) against about 3,000 (NIS, three weeks later): "
                           "the bound is all but satisfied"],
        ["003-3", "007-4", "1,100 (NIS, 20 Dec) against about 4,000 (HUR, 14 Jan): a rising cumulative toll, "
                           "different sources, 25 days apart"],
        ["003-3", "011-1", "1,100 in December against 4,700 in April: months apart, cumulative"],
        ["007-1", "011-1", "NIS's 3,000 in January against its 4,700 in April: months apart, cumulative update"],
        ["007-4", "011-1", "HUR's 4,000 in January against NIS's 4,700 in April: months apart"],
        ["007-2", "011-2", "300 killed in January against 600 in April (NIS): months apart, cumulative update"],
        ["007-2", "012-1", "300 killed in January against 2,000 in September (NIS): months apart"],
        ["007-2", "012-2", "300 killed in January against the April figure of 600 (NIS): months apart"],
        ["011-2", "012-1", "600 killed in April against 2,000 in September (NIS): months apart"],
        ["012-1", "012-2", "2,000 killed now against the 600 the same agency gave in April, quoted as the earlier "
                           "figure in the same article: months apart"],
        ["000-1", "008-2", "12,000 (Oct 2024) against 11,000 first deployed (Feb 2025): months apart"],
        ["000-1", "011-3", "12,000 (Oct 2024) against 11,000 (Apr 2025): months apart"],
        ["000-1", "008-1", "an additional 3,000 against the 12,000 total"],
        ["002-1", "008-1", "an additional 3,000 against 11,000 in Kursk"],
        ["006-2", "008-1", "an additional 3,000 against up to 12,000"],
        ["008-1", "010-2", "an additional 3,000 against 10,000-12,000"],
        ["008-1", "011-3", "an additional 3,000 against 11,000"],
    ],
}

goldlib.write(ABOUT, A, NOT, OFF, DUP, conflicts)
