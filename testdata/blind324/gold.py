#!/usr/bin/env python3
"""Gold labels for testdata/blind324 (python3 gold.py > gold.json)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind324: fifteen articles written blind in our own words about the real "
         "story's known reporting. See testdata/corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military", "South Korea's military"]
HUR = ["HUR", "Defence Intelligence", "Ukraine's Defence Intelligence", "military intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "A first group of about 1,500 special forces soldiers was ferried from the North's east coast to the Russian port city of Vladivostok", False),
    ],
    "002": [
        ("troops", NK, 2000, 9999, "vague", ["U.S. officials", "United States", "US", "Pentagon"],
         "thousands of them are now moving toward the fighting in the Kursk region", True),
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Pentagon", "Department of Defense", "United States", "US"],
         "about 10,000 North Korean soldiers are training in eastern Russia", False),
        ("troops", NK, 3000, None, "about", ["Pentagon", "Department of Defense", "the department", "Sabrina Singh", "United States", "US"],
         "A week earlier the department had put the number at roughly 3,000", False),
        ("troops", NK, 8000, None, "up_to", ["Antony Blinken", "Blinken", "State Department", "United States", "US"],
         "as many as 8,000 of the North Korean troops had been moved into Kursk oblast", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "are assessed to have suffered around 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "the spy agency counted at least 100 North Korean dead", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "close to 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the roughly 11,000 troops it has in Russia", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Zelenskyy", "Zelensky", "Volodymyr Zelenskyy", "Oleksandr Syrskyi", "Ukraine"],
         "more than three thousand North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("killed", NK, 50, None, "exact", ["Special Operations Forces", "Ukraine's Special Operations Forces", "Ukraine"],
         "they had killed 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", ["Special Operations Forces", "Ukraine's Special Operations Forces", "Ukraine"],
         "wounded 47 in three days of fighting near the village of Plekhovo", False),
    ],
    "006": [
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
        ("troops", NK, 11000, 12000, "range", ["Ukrainian and South Korean intelligence", "Ukrainian intelligence",
                                                "South Korean intelligence", "Ukraine", "South Korea"],
         "Pyongyang sent between 11,000 and 12,000 soldiers to Russia last autumn", False),
    ],
    "007": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun", "South Korea's spy agency"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun", "South Korea's spy agency"],
         "roughly 2,700 wounded", False),
        ("killed", NK, 1000, None, "more_than", ["Andriy Yusov", "Yusov", "HUR", "Ukrainian military intelligence", "Ukraine"],
         "more than 1,000 North Koreans had been killed since they were sent into battle in December", False),
        ("captured", NK, 2, None, "exact", NIS + ["Lee Seong-kweun", "Ukraine"],
         "Ukraine had captured two North Korean soldiers", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", HUR,
         "Pyongyang has sent some three thousand additional soldiers to make up for its losses", False),
        ("troops", NK, 200, 900, "vague", HUR,
         "several hundred North Korean drone operators were training at ranges inside Russia", True),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea sent a force estimated at eleven thousand soldiers to Russia in the autumn of 2024", False),
    ],
    "010": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun", "Park Sun-won"],
         "North Korean troops sent to help Russia have suffered some 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun", "Park Sun-won"],
         "about 600 of them deaths", False),
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "when the agency put it at around 300", False),
        ("troops", NK, 15000, None, "about", NIS,
         "the North has dispatched around 15,000 troops to Russia in total", False),
        ("troops", NK, 3000, None, "about", NIS,
         "some 3,000 reinforcements sent in January and February", False),
        ("captured", NK, 2, None, "exact", NIS + ["Ukraine"],
         "the two North Korean soldiers captured by Ukraine in January", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had been killed", False),
    ],
}

NOT = {
    "000": ["roughly twelve thousand soldiers", "around 12,000 personnel", "up to 10,000 troops",
            "four Russian amphibious landing ships and three escort vessels", "between Oct. 8 and 13",
            "Japan's exports fall 1.7% in September, first drop in 10 months", "233 seats", "February 2018"],
    "002": ["about 1.2 million active-duty personnel", "the 1950-53 Korean War", "millions of artillery rounds",
            "dozens of KN-23 short-range ballistic missiles", "$425 million", "$1.6 billion", "155mm",
            "2 tank-related units", "Comments (214)"],
    "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "voted 204-85", "Nov. 15",
            "N. Korea may have sent 3,000 more troops, Ukrainian intelligence claims", "11 weeks of war",
            "$1.4B order for 4 LNG carriers"],
    "004": ["more than 70 missiles", "over 100 drones", "Hundreds of thousands of people in the Kharkiv region",
            "Azerbaijan Airlines plane crashes in Kazakhstan, killing 38", "5 of Europe's most festive cities"],
    "006": ["born in 2005", "aged 26", "since 2016", "Views: 12,408",
            "Russia Lost 1,500 Soldiers in Kursk Over Christmas Week", "since 1995"],
    "007": ["Los Angeles Wildfires Leave 24 Dead", "US Adds 256,000 Jobs in December", "1,473.4 per dollar",
            "Toward 5%", "fell 1%"],
    "008": ["143 Shahed-type attack drones", "shot down 87", "51 were \"lost\"", "up to 5 kilometres",
            "UAH 41.67", "about two weeks"],
    "010": ["over 7,000 pieces of weapons and military equipment", "more than 400 tanks", "June 19, 2024",
            "Article 4", "over 20 foreign leaders"],
    "011": ["about 20 trillion won ($13.9 billion)", "May 9", "KOSPI 2,556.61"],
    "014": ["1,000 sappers", "5,000 military construction workers", "Thousands of residents", "Kim, 41",
            "October 23", "the two North Korean prisoners held in Ukraine", "€1 for the first month"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"012": "006"}

conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, Monday Dec 23) against more than 3,000 killed or wounded (Zelenskyy, the same evening), reported three days apart"],
        ["007-1", "007-3", "about 300 killed (South Korea's NIS) against more than 1,000 killed (HUR's Yusov, a week earlier), in one article"],
    ],
    "may": [
        # troops: totals weeks or months apart, and additional forces against totals
        ["002-2", "003-4", "about 10,000 (early November) against about 11,000 seven weeks later"],
        ["002-2", "006-2", "about 10,000 (early November) against 11,000-12,000 ten weeks later"],
        ["002-2", "008-1", "total against an additional 3,000, three months later"],
        ["002-2", "008-3", "about 10,000 against about 11,000 'sent in the autumn', three months later"],
        ["002-2", "011-4", "about 10,000 against about 15,000 in total, six months later"],
        ["002-2", "011-5", "total against 3,000 reinforcements, months later"],
        ["002-3", "003-4", "Pentagon's superseded 3,000 (late October) against 11,000 two months later"],
        ["002-3", "006-2", "Pentagon's superseded 3,000 against 11,000-12,000 months later"],
        ["002-3", "008-3", "Pentagon's superseded 3,000 against 11,000 months later"],
        ["002-3", "011-4", "Pentagon's superseded 3,000 against 15,000 in total six months later"],
        ["003-4", "008-1", "about 11,000 against an additional 3,000"],
        ["003-4", "011-4", "about 11,000 (December) against about 15,000 in total (April)"],
        ["003-4", "011-5", "about 11,000 against 3,000 reinforcements"],
        ["006-2", "008-1", "11,000-12,000 against an additional 3,000"],
        ["006-2", "011-4", "11,000-12,000 (January) against about 15,000 in total (April)"],
        ["006-2", "011-5", "11,000-12,000 against 3,000 reinforcements"],
        ["008-1", "008-3", "an additional 3,000 against the 11,000 first sent, one article"],
        ["008-1", "011-4", "an additional 3,000 against about 15,000 in total"],
        ["008-3", "011-4", "11,000 sent in autumn 2024 against about 15,000 in total by April 2025"],
        ["008-3", "011-5", "11,000 against 3,000 reinforcements"],
        # casualties: a cumulative figure months apart
        ["003-1", "011-1", "about 1,100 (December) against about 4,700 (April): a cumulative rise four months later"],
        # killed: cumulative figures months apart
        ["007-1", "011-2", "NIS's about 300 (January) against its about 600 (April): an update"],
        ["007-1", "014-1", "about 300 (January) against about 2,000 (September)"],
        ["007-3", "011-2", "more than 1,000 (HUR, January) against about 600 (NIS, April)"],
        ["007-3", "011-3", "more than 1,000 against NIS's January 300 as recalled in April: a repeat of 007's conflict, months later"],
        ["011-2", "011-3", "about 600 now against about 300 in January, same agency, one article: an update"],
        ["011-2", "014-1", "about 600 (April) against about 2,000 (September)"],
        ["011-3", "014-1", "about 300 (January) against about 2,000 (September)"],
        # wounded: a cumulative figure weeks apart
        ["003-3", "007-2", "close to 1,000 wounded (NIS, Dec 19) against about 2,700 (NIS, Jan 13): a cumulative rise"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
