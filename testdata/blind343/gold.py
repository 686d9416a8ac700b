#!/usr/bin/env python3
"""Gold labels for testdata/blind343 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind343: fifteen articles written in our own words about the real story's "
         "known reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS, "North Korea is sending around 12,000 soldiers", False),
        ("troops", NK, 1500, None, "about", NIS, "the first contingent, about 1,500 special forces personnel", False),
    ],
    "002": [
        ("troops", NK, 10000, 12000, "range",
         ["senior administration official", "U.S. intelligence", "United States", "US", "Washington"],
         "puts the North Korean presence in Russia at between 10,000 and 12,000 soldiers", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand North Korean soldiers in the Kursk region", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "the number of North Korean soldiers killed and wounded in Russia's Kursk region has passed 3,000", False),
        ("casualties", NK, 1100, None, "about",
         ["South Korea's joint chiefs of staff", "Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "North Korean units have suffered roughly 1,100 casualties", False),
    ],
    "004": [
        ("casualties", NK, 3800, None, "about", ZEL, "they have already lost about 3,800 men killed and wounded", False),
        ("casualties", RU, 38000, None, "up_to", ZEL, "Russia has lost up to 38,000 soldiers killed and wounded", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS_LEE, "Around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "some 2,700 others wounded", False),
        ("troops", NK, 11000, None, "about", NIS_LEE, "the North Korean force in Kursk, which it estimates at around 11,000", False),
        ("captured", NK, 2, None, "exact", NIS_LEE + ZEL,
         "two North Korean soldiers had been taken prisoner by Ukrainian forces", False),
    ],
    "007": [
        ("killed", NK, 1000, None, "at_least",
         ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
         "At least a thousand North Korean soldiers have been killed in Russia's Kursk Oblast", False),
        ("captured", NK, 2, None, "exact",
         ["Ukraine", "Security Service of Ukraine", "SBU", "unattributed", "Kyiv Independent"],
         "Ukraine is holding two North Korean soldiers captured in Kursk Oblast", False),
    ],
    "009": [
        ("troops", NK, 3000, None, "about", NIS,
         "Some three thousand more North Korean soldiers have been sent to Russia since the start of the year", False),
        ("troops", NK, 11000, None, "about", ["unattributed"] + NIS,
         "the 11,000 or so soldiers who arrived last autumn", False),
        ("casualties", NK, 2000, 9000, "vague", ["Analysts in Seoul", "analysts"],
         "several thousand of the first wave have been killed or wounded", True),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "North Korea's casualties from its deployment to Russia's war with Ukraine have reached about 4,700", False),
        ("killed", NK, 600, None, "about", NIS_LEE, "some 600 soldiers who were killed", False),
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russia's General Staff", "Russia"],
         "Ukraine had lost more than 76,000 troops in the Kursk operation", False),
    ],
    "012": [
        ("troops", NK, 10000, None, "more_than",
         ["South Korean, Ukrainian and U.S. officials", "South Korea", "Ukraine", "United States", "US", "officials"],
         "North Korea has sent more than 10,000 troops to Russia since last autumn", False),
        ("killed", NK, 200, 999, "vague", NIS, "hundreds of North Korean soldiers had been killed", True),
        ("wounded", NK, 2000, 9999, "vague", NIS, "thousands wounded", True),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS + ["South Korea's intelligence agency", "Nakamura Kenji", "NHK"],
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"], "the thousands of soldiers it sent", True),
    ],
}

NOT = {
    "000": ["four Russian landing ships and three escort vessels", "between Oct. 8 and Oct. 13",
            "2 roads linking it to South Korea", "Oct. 27 election", "150 per dollar"],
    "002": ["270 electoral votes", "$425 million drawdown package", "roughly 190-mile reach",
            "more than 1,000 Aerion radars"],
    "003": ["59 of the 103 drones", "another 40 were", "Man, 72", "2.7m cars", "The 50 best TV shows of 2024"],
    "004": ["13 injured", "3.6% in 2024", "42.3 per dollar", "23 December"],
    "005": ["paras 6-8", "aged 20", "the other, 26", "since 2016", "US$683.8 billion", "2 more concerts"],
    "007": ["groups of 20 to 30 men", "Russia loses 1,600 soldiers in a day", "more than 17,000 members",
            "five years"],
    "009": ["KOSPI 2,641.09", "USD/KRW 1,437.50", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
            "jumped 12%", "top $20bn in 2025"],
    "011": ["KOSPI closes at 2,556.61", "falls 0.8% in March"],
    "012": ["1,000 mine-clearing specialists", "5,000 military construction workers",
            "hundreds of billions of roubles", "Updated 2 hours ago"],
    "014": ["above 49,000", "Typhoon No. 24", "120 flights canceled"],
}

OFF = ["001", "006", "010", "013"]
DUP = {"008": "005"}

conflicts = {
    "must": [
        ["003-1", "003-2", "more than 3,000 North Korean casualties (Zelenskyy) against roughly 1,100 (South Korea's JCS), same day, same live blog"],
        ["005-1", "007-1", "about 300 North Korean killed (NIS, Jan 13) against at least 1,000 killed (Ukraine's SSO, Jan 17), four days apart"],
    ],
    "may": [
        ["000-1", "009-1", "12,000 sent (Oct 2024) against some 3,000 more sent in 2025: an additional force"],
        ["000-2", "009-1", "a first contingent of 1,500 (Oct 2024) against 3,000 reinforcements four months later: different groups"],
        ["002-1", "009-1", "10,000-12,000 (Nov 2024) against an additional 3,000"],
        ["002-2", "009-1", "11,000 in Kursk (Nov 2024) against an additional 3,000"],
        ["005-3", "009-1", "around 11,000 in Kursk (Jan 2025) against an additional 3,000"],
        ["009-1", "009-2", "3,000 reinforcements on top of the 11,000 or so who came first: an additional force"],
        ["009-1", "012-1", "an additional 3,000 against more than 10,000 sent in all, months later"],
        ["003-2", "004-1", "1,100 casualties (JCS, Dec 23) against about 3,800 (Zelensky, Jan 7): a cumulative toll two weeks later"],
        ["003-2", "011-1", "1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): months apart"],
        ["004-1", "011-1", "about 3,800 casualties (Jan 2025) against about 4,700 (Apr 2025): months apart"],
        ["005-1", "011-2", "about 300 killed (Jan 2025) against some 600 (Apr 2025): the NIS's own cumulative count, months apart"],
        ["007-1", "011-2", "at least 1,000 killed (SSO, Jan 2025) against some 600 (NIS, Apr 2025): months apart"],
        ["005-1", "014-1", "about 300 killed (Jan 2025) against about 2,000 (Sept 2025): months apart"],
        ["011-2", "014-1", "some 600 killed (Apr 2025) against about 2,000 (Sept 2025): months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
