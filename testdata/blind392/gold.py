#!/usr/bin/env python3
"""Gold labels for testdata/blind392 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind392: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025). Same schema and rules as testdata/corpus "
         "(see its README.md).")

NK, RU, UA = "north_korea", "russia", "ukraine"
US_BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "US", "United States", "Washington"]
US_AUSTIN = ["Lloyd Austin", "Austin", "Defense Secretary", "Pentagon", "US", "United States", "Washington"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Ukrainian President"]
HUR = ["HUR", "military intelligence", "Ukraine's military intelligence", "Budanov", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"]

A = {
    "000": [
        ("troops", NK, 8000, None, "about", US_BLINKEN,
         "Around 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", US_AUSTIN,
         "put the overall North Korean contingent in Russia at roughly 10,000", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in Russia's Kursk Oblast", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "estimated the North Korean force sent to Russia at up to 12,000 personnel", False),
        ("troops", NK, 500, None, "exact", HUR,
         "500 of them officers", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers deployed to Russia have been killed in combat against Ukraine", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "roughly 1,000 others wounded", False),
        ("troops", NK, 11000, None, "about", NIS,
         "some 11,000 North Korean troops have been sent to Russia", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi"],
         "more than 3,000 North Korean soldiers have been killed or wounded in fighting in Russia's western Kursk Region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean troops had been killed or wounded in battles with Ukrainian forces", False),
    ],
    "005": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian troops have taken two North Korean soldiers prisoner in Russia's Kursk Oblast", False),
        ("killed", NK, 200, 900, "vague", ["Special Operations Forces", "Ukraine's Special Operations Forces", "Ukraine"],
         "hundreds of North Korean soldiers have been killed since they joined the fighting in Kursk Oblast in December", True),
    ],
    "007": [
        ("killed", NK, 300, None, "about", NIS,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "2,700 others wounded while fighting for Russia against Ukraine", False),
        ("captured", NK, 2, None, "exact", NIS,
         "Ukraine had captured two North Korean soldiers last week", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", JCS,
         "some three thousand additional soldiers to Russia since January", False),
        ("troops", NK, 11000, None, "about", ["unattributed"] + JCS,
         "The first contingent, roughly eleven thousand strong", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "about 4,700 of them have since been killed or wounded", False),
    ],
    "010": [
        ("troops", NK, 10000, 12000, "range",
         ["South Korean, Ukrainian and US intelligence", "intelligence", "South Korea", "Ukraine", "US", "United States"],
         "put the initial deployment at between 10,000 and 12,000 soldiers", False),
        ("troops", NK, 3000, None, "about", ["Seoul", "South Korea"],
         "roughly 3,000 more were sent in January and February", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Koreans had become casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "around 600 of them killed", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Ukraine has captured two North Korean soldiers", False),
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russia's general staff", "Russia", "Moscow"],
         "Ukrainian losses in the region had exceeded 76,000 troops", False),
    ],
    "011": [],
    "014": [
        ("killed", NK, 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang", "Kim Jong Un"],
         "nine of its members died during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
        ("casualties", NK, 6000, None, "about",
         ["Britain's Defence Ministry", "Defence Ministry", "UK Ministry of Defence", "Britain", "UK"],
         "the number of North Koreans killed and wounded had reached around 6,000", False),
    ],
}

NOT = {
    "000": ["some 1,300 square kilometres", "a range of about 300 kilometres", "more than two years",
            "12.5 years", "Oil edges up 2%", "Spain flood toll rises to 158"],
    "001": ["Russia's losses in Ukraine reach 700,000", "Russia launches 96 drones, 2 missiles overnight",
            "$5 a month", "Share 214 | Comment 37", "3 min read"],
    "003": ["at least one general-grade officer", "Dec. 14-15", "paras 5-7",
            "Won falls to 15-year low of 1,451 per dollar", "1st solo album"],
    "004": ["a range of around 60 kilometers", "Watch video 1:52", "8.5 trillion yen"],
    "005": ["born in 2005", "since 2021", "13 killed, over 100 injured",
            "over 40 North Korean soldiers killed near Kursk in past 24 hours", "20 January inauguration"],
    "007": ["Won slips to 1,470 against dollar", "Why 2 million people left Seoul over past decade",
            "USD/KRW 1,470.80", "less than a month ago"],
    "008": ["roughly 220 artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "1950-1953 Korean War", "retreat from Sudzha after seven months", "30-day pause on energy strikes",
            "€9.99 a month"],
    "010": ["After six months of silence", "8 months after Ukraine's incursion", "What are the 5 main sticking points",
            "seven decades"],
    "011": ["1,000 deminers", "5,000 military builders", "1,000 sappers", "June 19, 2024", "Article 4",
            "78.4 per dollar", "Over 1.2 mln tourists"],
    "014": ["120 days", "1,000 deminers", "5,000 military construction workers", "2 cruise missiles",
            "21.3 trillion yen", "1st since 2015"],
}

OFF = ["002", "006", "009", "012"]
DUP = {"013": "014"}

ADD = "an additional force of about 3,000 against a total"
conflicts = {
    "must": [
        ["000-1", "001-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 already in "
                           "Kursk Oblast (Zelensky, Nov 4), different sources four days apart"],
        ["004-1", "004-2", "more than 3,000 killed or wounded (Zelenskyy) against about 1,100 (South Korea's JCS), "
                           "same day, same article"],
    ],
    "may": [
        ["000-2", "001-1", "about 10,000 in all of Russia (Austin) against 11,000 in Kursk alone (Zelensky): close values, different areas"],
        ["000-1", "003-3", "8,000 in Kursk (US, Nov 1) against some 11,000 sent to Russia (NIS, Dec 19), seven weeks apart"],
        ["000-2", "003-3", "roughly 10,000 (Austin, Nov 1) against some 11,000 (NIS, Dec 19), seven weeks apart"],
        ["000-1", "008-2", "8,000 (Nov 2024) against roughly eleven thousand first contingent, months apart"],
        ["000-2", "008-2", "10,000 (Nov 2024) against roughly eleven thousand, months apart"],
        ["000-1", "010-1", "8,000 (Nov 2024) against 10,000-12,000 initial deployment, months apart"],
        ["008-1", "000-1", ADD], ["008-1", "000-2", ADD], ["008-1", "001-1", ADD], ["008-1", "003-3", ADD],
        ["008-1", "008-2", ADD], ["008-1", "010-1", ADD],
        ["010-2", "000-1", ADD], ["010-2", "000-2", ADD], ["010-2", "001-1", ADD], ["010-2", "003-3", ADD],
        ["010-2", "008-2", ADD], ["010-2", "010-1", ADD],
        ["004-2", "008-3", "1,100 casualties (JCS, Dec 2024) against 4,700 (JCS, Mar 2025): cumulative, months apart"],
        ["004-2", "010-3", "1,100 casualties (Dec 2024) against 4,700 (NIS, Apr 2025): cumulative, months apart"],
        ["004-2", "014-3", "1,100 casualties (Dec 2024) against around 6,000 (UK, Sep 2025): months apart"],
        ["008-3", "014-3", "4,700 casualties (Mar 2025) against around 6,000 (Sep 2025): months apart"],
        ["010-3", "014-3", "4,700 casualties (Apr 2025) against around 6,000 (Sep 2025): months apart"],
        ["007-1", "010-4", "300 killed (NIS, Jan 2025) against 600 (NIS, Apr 2025): cumulative, months apart"],
        ["007-1", "014-2", "300 killed (Jan 2025) against about 2,000 (Sep 2025): months apart"],
        ["010-4", "014-2", "600 killed (Apr 2025) against about 2,000 (Sep 2025): months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
