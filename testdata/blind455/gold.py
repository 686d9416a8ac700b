#!/usr/bin/env python3
"""Gold labels for testdata/blind455 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for testdata/blind455: fifteen articles written in our own words about the "
         "real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field and how a system's output is scored.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "intelligence service"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Zelenskiy", "Ukraine"]
HUR = ["HUR", "military intelligence", "Defence Intelligence", "Ukraine"]
RU_MOD = ["Russian Defense Ministry", "Russia's Defense Ministry", "Russian Ministry of Defence", "Russia"]
GERASIMOV = ["Gerasimov", "Valery Gerasimov", "General Staff", "Russia"]

A = {
    # Korea Herald, 13 Jan 2025
    "000": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 others wounded", False),
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "put the North's combat losses at around 3,000", False),
        ("captured", NK, 2, None, "exact", NIS + ["Zelensky", "Ukraine"],
         "the two North Korean soldiers captured by Ukraine in the Kursk region", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "The North is believed to have sent about 11,000 troops to the region last fall", False),
    ],
    # Reuters, 24 Oct 2024
    "002": [
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has moved roughly three thousand soldiers to Russia this month", False),
        ("troops", NK, 1500, None, "exact", NIS,
         "1,500 special forces troops had been shipped from the North's east coast to Vladivostok", False),
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "U.S."],
         "at least 3,000 North Korean soldiers were moved to eastern Russia", False),
    ],
    # Guardian, 30 Apr 2025
    "003": [
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
         "About 600 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("troops", NK, 15000, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 15,000 troops deployed since last autumn", False),
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "about 4,700 had been killed or wounded", False),
        ("wounded", NK, 2000, None, "about", NIS + ["Lee Seong-kweun"],
         "about 2,000 wounded soldiers had been sent home by air and rail", False),
        ("killed", NK, 1500, None, "at_least", HUR + ["Ukraine's military intelligence agency"],
         "no fewer than 1,500 North Koreans had died in Kursk since December", False),
    ],
    # Newsweek, 6 Nov 2024
    "004": [
        ("troops", NK, 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "US Department of Defense"],
         "about 10,000 North Korean soldiers have been sent to eastern Russia in total", False),
        ("troops", NK, 8000, None, "about", ["Sabrina Singh", "Pentagon", "United States"],
         "some 8,000 have now moved into the Kursk border region", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "up to 12,000 North Korean servicemen are now on Russian soil", False),
        ("troops", NK, 500, None, "exact", HUR,
         "among them 500 officers", False),
        ("troops", NK, 3, None, "exact", HUR,
         "three generals", True),
        ("troops", NK, 200, 900, "vague", ["Ukrainian defense officials", "Ukraine"],
         "Several hundred North Korean soldiers were already positioned near the front line", True),
        ("casualties", UA, 30000, None, "more_than", RU_MOD,
         "Ukraine had lost more than 30,000 servicemen in the Kursk region since August", False),
    ],
    # Yonhap, 23 Dec 2024
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "are estimated to have suffered about 1,100 casualties", False),
        ("troops", NK, 11000, None, "about", JCS,
         "Some 11,000 North Korean troops are believed to be stationed in Russia's western Kursk region", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "around 1,000 injured", False),
    ],
    # TASS, 28 Apr 2025
    "007": [
        ("casualties", UA, 76000, None, "more_than", GERASIMOV,
         "the enemy lost more than 76,000 servicemen", False),
        ("troops", UA, 10000, None, "up_to", GERASIMOV,
         "a grouping of up to 10,000 troops in the region", False),
    ],
    # Kyiv Post live blog, 27 Feb 2025
    "008": [
        ("troops", NK, 3000, None, "about", JCS,
         "an estimated 3,000 additional soldiers", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "puts them at around four thousand, killed and wounded combined", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "the two captured North Korean soldiers", False),
        ("casualties", UA, 195, None, "up_to", RU_MOD,
         "Ukraine lost up to 195 servicemen in the Kursk border area over the previous 24 hours", False),
    ],
    # Ukrainska Pravda, 26 Dec 2024
    "010": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean troops killed and wounded in Russia's Kursk Oblast has passed 3,000", False),
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean servicemen had been killed or wounded", False),
    ],
    # Kyodo, 18 Jun 2025
    "011": [
        ("troops", NK, 15000, None, "about", NIS + ["South Korea's intelligence service"],
         "North Korea sent around 15,000 soldiers to Russia", False),
        ("killed", NK, 600, None, "about", NIS + ["South Korea's intelligence service"],
         "some 600 had been killed as of April", False),
    ],
    # DW explainer, 16 Dec 2025
    "014": [
        ("troops", NK, 11000, 12000, "range",
         ["Western and South Korean intelligence agencies", "Western intelligence", "South Korean intelligence", "South Korea"],
         "between 11,000 and 12,000 North Korean soldiers had been sent to Russia", False),
        ("troops", NK, 15000, None, "about", NIS,
         "raised its count to roughly 15,000", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("killed", NK, 600, None, "about", NIS,
         "some 600 in April", False),
        ("killed", NK, 2000, 9999, "vague", ["Ukrainian officials", "Ukraine"],
         "speaking of thousands of North Korean dead", True),
        ("killed", NK, 9, None, "exact", ["state media", "North Korean state media", "KCNA", "Kim Jong Un", "North Korea"],
         "nine of its soldiers had died during the 120-day mission", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine captured two North Korean soldiers in January 2025", False),
    ],
}

NOT = {
    "000": ["born in 2005", "born in 1999", "240-millimeter rocket launcher", "KOSPI 2,489.56",
            "USD/KRW 1,470.80", "2 million Ukrainian shells", "3 short-range missiles",
            "1 in 4 young adults", "12 regions", "Jan. 9"],
    "002": ["a total of 10,000 soldiers by December", "three military sites", "Oct. 27 or 28",
            "100 drones overnight, 66 downed", "3,488-km border"],
    "003": ["about 200 long-range artillery pieces", "£2 / $5 a month", "2,000-year-old tomb",
            "Trump's first 100 days"],
    "004": ["about 40 percent", "roughly 1,300 square kilometers", "some 16 miles southeast of Korenevo",
            "Bitcoin Price Hits $75K", "1,000th Glide Bomb", "November 5, 2024"],
    "006": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "paras 4-6",
            "Won falls to 1,450 per dollar", "up 6.6 pct"],
    "007": ["over 400 tanks", "300 infantry fighting vehicles", "more than 3,500 other pieces of military equipment",
            "Article 4", "June 19, 2024", "repel 8 counterattacks", "82.10 per dollar"],
    "008": ["About 26,000 households", "177 Shahed-type and decoy drones", "110 were shot down",
            "another 66", "16th sanctions package", "74 vessels", "$5 a month", "UTC+2"],
    "010": ["14-15 December", "78 missiles and 106 drones", "38 killed", "first 20 Swedish CV90 vehicles",
            "4 December"],
    "011": ["1,000 sappers", "5,000 military construction workers", "6,000 deminers, military builders",
            "third visit to Pyongyang in about three months", "38,536.74"],
    "014": ["1,000 deminers", "5,000 military construction workers", "about $20 billion", "120-day mission",
            "€108 billion"],
}

OFF = ["001", "005", "009", "012"]
DUP = {"013": "000"}

must = [
    ["006-1", "010-1", "about 1,100 North Korean casualties (South Korea's JCS, 23 Dec 2024) against more than "
     "3,000 killed and wounded (Zelensky, 26 Dec 2024), three days apart"],
    ["003-1", "003-5", "about 600 North Koreans killed (South Korea's NIS) against no fewer than 1,500 dead "
     "(Ukraine's HUR), in the same article on the same day"],
]

may = [
    # troops: a deployment that was still growing, 'additional' forces, and later totals
    ["002-2", "002-1", "1,500 special forces (18 Oct) against roughly 3,000 a week later: a build-up reported as such"],
    ["002-2", "002-3", "1,500 special forces (18 Oct) against at least 3,000 (White House, a week later)"],
    ["002-1", "004-1", "about 3,000 (24 Oct) against about 10,000 (6 Nov): the deployment was still growing"],
    ["002-1", "004-2", "about 3,000 in Russia (24 Oct) against some 8,000 in Kursk (6 Nov)"],
    ["002-2", "004-1", "1,500 (18 Oct) against about 10,000 (6 Nov)"],
    ["002-2", "004-2", "1,500 (18 Oct) against some 8,000 in Kursk (6 Nov)"],
    ["004-2", "006-2", "some 8,000 in Kursk (6 Nov) against some 11,000 in Kursk (23 Dec), seven weeks apart"],
    ["004-1", "006-2", "about 10,000 (6 Nov) against some 11,000 (23 Dec)"],
    ["004-2", "000-5", "some 8,000 (Nov 2024) against about 11,000 (Jan 2025)"],
    ["004-1", "000-5", "about 10,000 (Nov 2024) against about 11,000 (Jan 2025)"],
    ["004-1", "014-1", "about 10,000 (Nov 2024) against 11,000-12,000 'in late 2024', told in Dec 2025"],
    ["004-2", "014-1", "some 8,000 in Kursk (Nov 2024) against 11,000-12,000 sent to Russia"],
    ["002-1", "006-2", "about 3,000 (Oct) against some 11,000 (Dec): months apart"],
    ["002-1", "000-5", "about 3,000 (Oct) against about 11,000 (Jan): months apart"],
    ["002-2", "006-2", "1,500 (Oct) against some 11,000 (Dec): months apart"],
    ["002-2", "000-5", "1,500 (Oct) against about 11,000 (Jan): months apart"],
    ["002-1", "014-1", "about 3,000 (Oct 2024) against 11,000-12,000 (late 2024)"],
    ["002-2", "014-1", "1,500 (Oct 2024) against 11,000-12,000 (late 2024)"],
    ["004-3", "003-2", "up to 12,000 (Nov 2024) against roughly 15,000 (Apr 2025), after reinforcements"],
    ["004-3", "011-1", "up to 12,000 (Nov 2024) against around 15,000 (Jun 2025)"],
    ["004-3", "014-2", "up to 12,000 (Nov 2024) against roughly 15,000 (later count)"],
    ["006-2", "003-2", "some 11,000 (Dec 2024) against roughly 15,000 (Apr 2025), after reinforcements"],
    ["006-2", "011-1", "some 11,000 (Dec 2024) against around 15,000 (Jun 2025)"],
    ["006-2", "014-2", "some 11,000 (Dec 2024) against roughly 15,000 (later count)"],
    ["000-5", "003-2", "about 11,000 'last fall' against roughly 15,000 (Apr 2025)"],
    ["000-5", "011-1", "about 11,000 'last fall' against around 15,000 (Jun 2025)"],
    ["000-5", "014-2", "about 11,000 'last fall' against roughly 15,000 (later count)"],
    ["014-1", "003-2", "11,000-12,000 (late 2024) against roughly 15,000 (Apr 2025)"],
    ["014-1", "011-1", "11,000-12,000 (late 2024) against around 15,000 (Jun 2025)"],
    ["014-1", "014-2", "11,000-12,000 in late 2024 against the later count of roughly 15,000, in the same explainer"],
    ["002-1", "003-2", "about 3,000 (Oct 2024) against roughly 15,000 (Apr 2025)"],
    ["002-1", "011-1", "about 3,000 (Oct 2024) against around 15,000 (Jun 2025)"],
    ["002-1", "014-2", "about 3,000 (Oct 2024) against roughly 15,000 (later count)"],
    ["002-2", "003-2", "1,500 (Oct 2024) against roughly 15,000 (Apr 2025)"],
    ["002-2", "011-1", "1,500 (Oct 2024) against around 15,000 (Jun 2025)"],
    ["002-2", "014-2", "1,500 (Oct 2024) against roughly 15,000 (later count)"],
    ["004-1", "003-2", "about 10,000 (Nov 2024) against roughly 15,000 (Apr 2025)"],
    ["004-1", "011-1", "about 10,000 (Nov 2024) against around 15,000 (Jun 2025)"],
    ["004-1", "014-2", "about 10,000 (Nov 2024) against roughly 15,000 (later count)"],
    ["004-2", "003-2", "some 8,000 in Kursk (Nov 2024) against roughly 15,000 (Apr 2025)"],
    ["004-2", "011-1", "some 8,000 in Kursk (Nov 2024) against around 15,000 (Jun 2025)"],
    ["004-2", "014-2", "some 8,000 in Kursk (Nov 2024) against roughly 15,000 (later count)"],
    ["008-1", "002-2", "an additional 3,000 (Feb 2025) against 1,500 (Oct 2024)"],
    ["008-1", "004-1", "an additional 3,000 against a total of about 10,000"],
    ["008-1", "004-2", "an additional 3,000 against some 8,000 in Kursk"],
    ["008-1", "004-3", "an additional 3,000 against up to 12,000"],
    ["008-1", "006-2", "an additional 3,000 against some 11,000 already there"],
    ["008-1", "000-5", "an additional 3,000 against about 11,000 sent last fall"],
    ["008-1", "003-2", "an additional 3,000 against a total of roughly 15,000"],
    ["008-1", "011-1", "an additional 3,000 against a total of around 15,000"],
    ["008-1", "014-1", "an additional 3,000 against 11,000-12,000 sent in 2024"],
    ["008-1", "014-2", "an additional 3,000 against a total of roughly 15,000"],
    # casualties: a cumulative toll rising over weeks and months
    ["006-1", "000-3", "about 1,100 (23 Dec) against around 3,000 (13 Jan): the toll rose over three weeks"],
    ["006-1", "008-2", "about 1,100 (Dec) against around 4,000 (Feb): a cumulative rise"],
    ["006-1", "003-3", "about 1,100 (Dec) against about 4,700 (Apr): a cumulative rise"],
    ["010-1", "000-3", "more than 3,000 (26 Dec) against around 3,000 (13 Jan)"],
    ["000-3", "008-2", "around 3,000 (Jan) against around 4,000 (Feb): a cumulative rise"],
    ["000-3", "003-3", "around 3,000 (Jan) against about 4,700 (Apr): a cumulative rise"],
    ["008-2", "003-3", "around 4,000 (Feb) against about 4,700 (Apr): a cumulative rise"],
    # killed
    ["000-1", "003-1", "about 300 (Jan) against about 600 (Apr): a cumulative rise"],
    ["000-1", "011-2", "about 300 (Jan) against some 600 as of April"],
    ["000-1", "014-4", "about 300 (Jan) against some 600 in April"],
    ["000-1", "003-5", "about 300 (Jan) against no fewer than 1,500 (Apr)"],
    ["000-1", "014-3", "about 300 (Jan) against about 2,000 (Sep)"],
    ["000-1", "014-5", "about 300 (Jan) against 'thousands' (Ukrainian officials)"],
    ["011-2", "003-5", "the NIS April figure of some 600, restated in June, against HUR's no fewer than 1,500"],
    ["014-4", "003-5", "the NIS April figure of some 600, restated in December, against HUR's no fewer than 1,500"],
    ["003-1", "014-3", "about 600 (Apr) against about 2,000 (Sep): a cumulative rise"],
    ["011-2", "014-3", "some 600 as of April against about 2,000 (Sep)"],
    ["014-4", "014-3", "some 600 in April against about 2,000 in September, told as an update in the same explainer"],
    ["003-1", "014-5", "about 600 against 'thousands' (Ukrainian officials)"],
    ["011-2", "014-5", "some 600 against 'thousands' (Ukrainian officials)"],
    ["014-4", "014-5", "some 600 against 'thousands' (Ukrainian officials)"],
    # wounded
    ["006-4", "000-2", "around 1,000 (mid-Dec) against some 2,700 (Jan): a cumulative rise"],
    ["006-4", "003-4", "around 1,000 (Dec) against about 2,000 wounded sent home (Apr)"],
    ["000-2", "003-4", "some 2,700 wounded (Jan) against about 2,000 wounded sent home (Apr): a part, months later"],
]

conflicts = {"must": must, "may": may}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
