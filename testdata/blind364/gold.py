#!/usr/bin/env python3
"""Gold labels for testdata/blind364 (written blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind364: 15 articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. See ../corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]
HUR = ["HUR", "military intelligence", "Main Intelligence Directorate", "Ukraine"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "North Korea has begun sending around 12,000 soldiers in four brigades", False),
        ("troops", NK, 1500, None, "about", NIS,
         "an initial group of some 1,500 special forces troops was ferried from the North's east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "There are already 11,000 North Korean troops in Kursk Oblast", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "up to 12,000 North Korean soldiers have been sent to Russia in total", False),
        ("troops", RU, 50000, None, "about", ["Oleksandr Syrskyi", "Syrskyi", "Commander-in-Chief", "Ukraine"],
         "Russia has concentrated about 50,000 of its own soldiers in the region", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "Some 1,100 North Korean soldiers have been killed or wounded in fighting against Ukrainian forces", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean troops had died in combat", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "the number of wounded stood at around 1,000", False),
        ("casualties", NK, 200, 999, "vague", ["Pentagon", "United States", "US", "Washington"],
         "North Korean casualties numbered in the hundreds", True),
        ("troops", NK, 11000, None, "about", ["JCS", "Joint Chiefs of Staff", "South Korea", "Korea Herald", "unattributed"],
         "Troops deployed: about 11,000", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "The number of killed and wounded North Korean soldiers in the Kursk region has passed 3,000", False),
        ("killed", NK, 50, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "their units killed 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 47 more", False),
    ],
    "005": [
        ("troops", NK, 11000, None, "about", ["South Korean and Western officials", "South Korea", "Western officials"],
         "about 11,000 soldiers went in the first wave in autumn 2024", False),
        ("troops", NK, 3000, None, "about", ["South Korean and Western officials", "South Korea", "Western officials"],
         "Another 3,000 or so followed in January and February this year as reinforcements", False),
        ("troops", NK, 14000, 15000, "range", NIS,
         "now puts the total at between 14,000 and 15,000", False),
        ("killed", NK, 2000, None, "about", NIS,
         "it believed around 2,000 North Korean soldiers had died in the fighting", False),
        ("casualties", NK, 6000, None, "about", ["British defence intelligence", "Defence Intelligence", "UK", "Britain"],
         "some 6,000 North Koreans killed or wounded", False),
        ("wounded", NK, 2000, 9999, "vague", U,
         "Several thousand wounded soldiers are thought to have been treated in Russian military hospitals", True),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Two soldiers were taken prisoner by Ukrainian forces in January", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS,
         "it put the number of North Korean soldiers killed in Kursk at about 300", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "the number wounded at about 2,700", False),
        ("killed", NK, 1000, None, "about", HUR,
         "roughly 1,000 North Koreans have been killed since the troops were thrown into assaults in December", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has sent some three thousand additional soldiers to Russia this year", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "Washington", "South Korea", "United States"],
         "The North had already dispatched around 11,000 soldiers to Russia last year", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"],
         "it had captured two North Korean soldiers", False),
    ],
    "009": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "About 4,700 North Korean soldiers have been killed or wounded while fighting alongside Russian forces against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "including roughly 600 dead", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "in January the spy agency put North Korean casualties at around 3,000", False),
    ],
    "012": [
        ("troops", NK, 11000, None, "about", U,
         "deployed some eleven thousand troops to the region last year", False),
    ],
}

NOT = {
    "000": ["in four brigades", "Four Russian amphibious landing ships and three escort vessels",
            "more than 13,000 containers", "Oct. 13, 2024", "BOK cuts key rate to 3.25 pct",
            "past 1 million copies", "K-pop group sweeps 5 trophies"],
    "001": ["as many as 15,000 soldiers in total by the end of the year", "about 7,000 kilometers",
            "82mm mortars", "Russia loses 1,310 soldiers in a day", "Join the 12,500 members",
            "$61 billion", "90 days in", "a small group of North Korean soldiers"],
    "003": ["June 19, 2024", "over 20,000 containers", "1,450 per dollar", "fall 1.3%",
            "7 things to know"],
    "004": ["Russian army losses in Ukraine reach 781,060", "downs 52 of 72 Russian drones", "26.12.2024 12:15"],
    "005": ["1,000 deminers and 5,000 military builders", "2 October 2025",
            "Two captured North Korean soldiers 'want to live in South Korea'"],
    "006": ["more than 11 months old", "One, aged 20", "the other, 26", "9 articles in the last year",
            "death toll rises to 25", "$2 a month"],
    "008": ["170mm self-propelled guns", "February 24, 2022", "third anniversary", "KN-23"],
    "009": ["over 400 tanks", "more than 1,500 field artillery guns", "Article 4", "June 19, 2024",
            "August 6, 2024", "28 Ukrainian drones"],
    "010": ["around 15,000 workers", "falls 1.1% in March", "36,045.38"],
    "012": ["1,000 sappers", "5,000 military construction workers", "6,000 deminers and builders",
            "428 of the 472 drones and missiles", "C$2 billion", "$45 a barrel", "18th sanctions package",
            "Kim sent 11K to Kursk", "41.47"],
}

OFF = ["002", "007", "011", "014"]
DUP = {"013": "008"}

conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 North Korean casualties (South Korea's JCS, 23 Dec 2024) against more than 3,000 (Zelensky, 26 Dec 2024): same metric and period, three days apart"],
        ["006-1", "006-3", "about 300 North Koreans killed (NIS) against roughly 1,000 killed (Ukraine's HUR), both mid-January 2025, in one article"],
    ],
    "may": [
        # troops: 12,000 total (Oct 2024) against later 11,000 figures, months apart or within 'about'
        ["000-1", "001-1", "around 12,000 being sent (18 Oct) against 11,000 already in Kursk (5 Nov): within 'about' or not"],
        ["000-1", "003-5", "about 12,000 (Oct 2024) against about 11,000 (Dec 2024), two months apart"],
        ["000-1", "005-1", "about 12,000 (Oct 2024) against about 11,000 first wave, reported a year later"],
        ["000-1", "008-2", "about 12,000 (Oct 2024) against around 11,000 (Feb 2025), months apart"],
        ["000-1", "012-1", "about 12,000 (Oct 2024) against some 11,000 (Jun 2025), months apart"],
        ["000-1", "005-3", "about 12,000 (Oct 2024) against a 14,000-15,000 total including later reinforcements, a year later"],
        ["000-1", "005-2", "12,000 first deployment against 3,000 reinforcements: an additional force, months apart"],
        ["000-1", "008-1", "12,000 first deployment against 3,000 reinforcements: an additional force, months apart"],
        ["001-2", "005-3", "up to 12,000 (Nov 2024) against 14,000-15,000 total (Oct 2025), a year apart"],
        # troops: the 3,000 reinforcements against the 11,000 first wave ('an additional' force)
        ["008-1", "008-2", "some 3,000 additional troops against around 11,000 sent last year: an additional force"],
        ["005-1", "005-2", "about 11,000 first wave against another 3,000 reinforcements: an additional force"],
        ["001-1", "008-1", "11,000 against an additional 3,000"],
        ["001-1", "005-2", "11,000 against an additional 3,000"],
        ["003-5", "008-1", "about 11,000 against an additional 3,000"],
        ["003-5", "005-2", "about 11,000 against an additional 3,000"],
        ["005-1", "008-1", "about 11,000 against an additional 3,000"],
        ["008-2", "005-2", "around 11,000 against an additional 3,000"],
        ["012-1", "008-1", "some 11,000 against an additional 3,000"],
        ["012-1", "005-2", "some 11,000 against an additional 3,000"],
        # troops: 11,000 against the later 14,000-15,000 total
        ["001-1", "005-3", "11,000 (Nov 2024) against a 14,000-15,000 total (Oct 2025)"],
        ["003-5", "005-3", "about 11,000 (Dec 2024) against a 14,000-15,000 total (Oct 2025)"],
        ["008-2", "005-3", "around 11,000 (Feb 2025) against a 14,000-15,000 total (Oct 2025)"],
        ["012-1", "005-3", "some 11,000 (Jun 2025) against a 14,000-15,000 total (Oct 2025)"],
        # casualties
        ["003-4", "003-1", "casualties 'in the hundreds' (Pentagon, a week earlier) against about 1,100 (JCS)"],
        ["003-4", "004-1", "casualties 'in the hundreds' (Pentagon) against more than 3,000 (Zelensky), ten days apart"],
        ["003-1", "010-3", "about 1,100 (Dec 2024) against around 3,000 (January 2025): weeks apart, a cumulative rise"],
        ["004-1", "010-3", "more than 3,000 (Zelensky, Dec 2024) against around 3,000 (NIS, January 2025)"],
        ["003-1", "010-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["003-1", "005-5", "about 1,100 (Dec 2024) against some 6,000 (summer 2025), months apart"],
        ["003-4", "010-1", "'hundreds' (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["003-4", "010-3", "'hundreds' (Dec 2024) against around 3,000 (Jan 2025)"],
        ["003-4", "005-5", "'hundreds' (Dec 2024) against some 6,000 (summer 2025), months apart"],
        ["010-1", "005-5", "about 4,700 (NIS, Apr 2025) against some 6,000 (UK, summer 2025), months apart"],
        ["010-3", "005-5", "around 3,000 (Jan 2025) against some 6,000 (summer 2025), months apart"],
        # killed
        ["006-1", "010-2", "about 300 killed (Jan 2025) against roughly 600 (Apr 2025): months apart, a cumulative rise"],
        ["006-3", "010-2", "roughly 1,000 killed (HUR, Jan 2025) against roughly 600 (NIS, Apr 2025), months apart"],
        ["006-1", "005-4", "about 300 killed (Jan 2025) against around 2,000 (Sep 2025), months apart"],
        ["006-3", "005-4", "roughly 1,000 killed (Jan 2025) against around 2,000 (Sep 2025), months apart"],
        ["010-2", "005-4", "roughly 600 killed (Apr 2025) against around 2,000 (Sep 2025), months apart"],
        # wounded
        ["003-3", "006-2", "around 1,000 wounded (NIS, 19 Dec) against about 2,700 (NIS, 13 Jan): a cumulative rise weeks apart"],
        ["003-3", "005-6", "around 1,000 wounded (Dec 2024) against 'several thousand' (Oct 2025), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
