#!/usr/bin/env python3
"""Gold labels for testdata/blind637 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind637: fifteen articles written in our own words about the real story's "
         "known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
PENTAGON = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "US", "U.S."]
HUR = ["Defense Intelligence", "HUR", "military intelligence", "Ukraine"]

A = {
    # Yonhap, 18 Oct 2024: the NIS on the decision to send four brigades; first batch moved.
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "a total of four brigades, or roughly 12,000 soldiers", False),
        ("troops", NK, 1500, None, "about", NIS,
         "some 1,500 North Korean special operations troops", False),
    ],
    # Pentagon briefing transcript, 28 Oct 2024.
    "001": [
        ("troops", NK, 10000, None, "about", PENTAGON,
         "North Korea has sent roughly 10,000 soldiers, in all, to train in eastern Russia", False),
        ("troops", NK, 3000, None, "at_least", PENTAGON,
         "at least 3,000 North Korean soldiers had arrived in eastern Russia", False),
        ("casualties", RU, 600000, None, "more_than", PENTAGON,
         "Russia has taken well over 600,000 killed and wounded since February 2022", False),
    ],
    # Reuters, 31 Oct 2024: Blinken, 8,000 in Kursk out of about 10,000 in Russia.
    "002": [
        ("troops", NK, 8000, None, "about",
         ["Antony Blinken", "Blinken", "State Department", "United States", "US", "U.S.", "Washington"],
         "About 8,000 North Korean soldiers have now reached Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about",
         ["U.S. officials", "US officials", "United States", "US", "U.S.", "Washington"],
         "Pyongyang has put roughly 10,000 troops into Russia", False),
    ],
    # Kyiv Independent, 5 Nov 2024: Budanov, 11,000 in Kursk Oblast.
    "003": [
        ("troops", NK, 11000, None, "about", ["Kyrylo Budanov", "Budanov"] + HUR,
         "Around 11,000 North Korean soldiers are now in Russia's Kursk Oblast", False),
        ("troops", NK, 10000, 12000, "range", HUR,
         "between 10,000 and 12,000 North Korean troops were being prepared for the war against Ukraine", False),
        ("troops", RU, 50000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "a Russian grouping of around 50,000 troops", False),
    ],
    # Guardian live blog, 23 Dec 2024: Zelenskyy against the JCS in one page.
    "004": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "more than three thousand North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "it estimated North Korean casualties at about 1,100 so far", False),
        ("casualties", NK, 200, 900, "vague", ["John Kirby", "Kirby", "White House", "United States", "US"],
         "\"several hundred\" North Korean soldiers had been killed or wounded", True),
    ],
    # Korea Herald, 13 Jan 2025: NIS via Rep. Lee Seong-kweun.
    "005": [
        ("casualties", NK, 3000, None, "more_than", NIS + ["Lee Seong-kweun"],
         "The number of North Korean soldiers killed or wounded while fighting for Russia has passed 3,000", False),
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "about 300 have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "around 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS,
         "two North Korean soldiers were captured alive by Ukrainian forces", False),
    ],
    # Kyiv Post, 16 Jan 2025: HUR, more than 1,000 killed.
    "006": [
        ("killed", NK, 1000, None, "more_than", HUR,
         "have lost more than 1,000 soldiers killed", False),
        ("casualties", NK, 3800, None, "about", HUR,
         "total North Korean losses stand at about 3,800", False),
        ("killed", NK, 24, 99, "vague", HUR,
         "dozens of North Korean soldiers were killed", True),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian troops had captured two North Korean soldiers in Kursk", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Pyongyang is believed to have sent around 11,000 troops to Russia last autumn", False),
    ],
    # NHK World, 30 Apr 2025: NIS after Pyongyang's admission.
    "008": [
        ("casualties", NK, 4700, None, "about", NIS + ["intelligence agency", "lawmakers"],
         "about 4,700 North Korean soldiers have been killed or wounded while fighting alongside Russian forces", False),
        ("killed", NK, 600, None, "about", NIS + ["intelligence agency", "lawmakers"],
         "roughly 600 deaths", False),
        ("troops", NK, 15000, None, "about", NIS + ["lawmakers"],
         "North Korea has sent around 15,000 troops to Russia in all", False),
        ("troops", NK, 3000, None, "about", NIS + ["lawmakers"],
         "some three thousand reinforcements that arrived early this year", False),
    ],
    # TASS, 17 Jun 2025: Shoigu's planned sappers and builders are not claims.
    "009": [
        ("casualties", UA, 76000, None, "more_than",
         ["Russian Defense Ministry", "Russian Defence Ministry", "Defense Ministry", "Ministry of Defence", "Russia"],
         "the Kiev regime's losses during the fighting in the Kursk area had exceeded 76,000 servicemen", False),
    ],
    # BBC Q&A, 5 Sep 2025.
    "011": [
        ("troops", NK, 11000, None, "about",
         ["South Korean intelligence", "Ukrainian intelligence", "South Korea", "Ukraine"],
         "some eleven thousand soldiers", False),
        ("troops", NK, 15000, None, "about", NIS,
         "now puts the total at about 15,000", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("killed", NK, 600, None, "about", NIS,
         "roughly 600 in its April assessment", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"],
         "the two North Korean soldiers its forces captured in January", False),
        ("troops", NK, 200, 900, "vague", ["Seoul", "South Korea"],
         "several hundred of the deminers are already at work there", True),
    ],
}

NOT = {
    "000": ["four Russian amphibious landing ships", "three escort vessels", "11th Corps",
            "more than 13,000 containers", "some 20 N. Korean soldiers cross MDL", "Oct. 8 and 13",
            "1,370 per dollar", "2,593.87"],
    "001": ["56th Security Consultative Meeting", "$425 million package", "155 mm artillery rounds", "24:16"],
    "002": ["up to 300 km (186 miles)", "several hundred square kilometres", "kill 4 in Kharkiv", "rise 1%"],
    "003": ["more than 1,000 square kilometers", "kill 9, injure 40", "Oct. 23", "2 min read"],
    "004": ["42 Ukrainian drones", "103 Shahed-type attack drones", "52 were shot down",
            "43 more were lost to electronic jamming", "13.5%", "Comments (1,247)", "Twelve days of Christmas"],
    "005": ["3,000 officers", "20 years old", "The other is 26", "0.02%", "last A380 by 2026"],
    "006": ["Some 38,000 Troops in Kursk Operation", "Second Batch of F-16s", "USD 42.15", "Since 1995",
            "4 min read"],
    "008": ["18:02 JST", "1:32", "April 26", "two days after"],
    "009": ["1,000 sappers", "5,000 military builders", "a thousand sappers", "five thousand military builders",
            "more than 420 tanks", "June 2024"],
    "011": ["1,000 deminers", "5,000 military construction workers", "6,000 builders and deminers", "22 August"],
}

OFF = ["007", "012", "013", "014"]
DUP = {"010": "005"}

MAY_TROOPS = [
    ("000-1", "001-1", "12,000 decided to be sent (NIS) against 10,000 sent so far (Pentagon), ten days apart"),
    ("000-1", "002-2", "12,000 decided (NIS) against about 10,000 in Russia (US), two weeks apart"),
    ("000-1", "002-1", "12,000 in all against 8,000 in Kursk: a part, two weeks apart"),
    ("000-1", "003-1", "12,000 in all against 11,000 in Kursk, two and a half weeks apart"),
    ("001-1", "002-1", "10,000 in eastern Russia against 8,000 of them in Kursk: a part"),
    ("001-1", "003-1", "10,000 in Russia (US) against 11,000 in Kursk (HUR), a week apart"),
    ("002-2", "003-1", "10,000 in Russia (US) against 11,000 in Kursk (HUR), five days apart"),
    ("002-1", "003-2", "8,000 in Kursk against 10,000-12,000 being prepared in all"),
    ("000-2", "001-2", "a first batch of 1,500 against at least 3,000 a week or two later"),
]
for a in ("000-1", "001-1", "002-1", "002-2", "003-1", "003-2", "006-5"):
    MAY_TROOPS.append((a, "008-3", "autumn 2024 figure against 15,000 in all after reinforcements, months later"))
    MAY_TROOPS.append((a, "011-2", "autumn 2024 figure against 15,000 in all, nearly a year later"))
for a in ("000-1", "000-2", "001-1", "002-1", "002-2", "003-1", "003-2", "006-5", "011-1", "011-2"):
    MAY_TROOPS.append((a, "008-4", "against some 3,000 reinforcements, an additional force"))
for a in ("000-1", "001-1", "002-1", "002-2"):
    MAY_TROOPS.append((a, "006-5", "autumn figure against 11,000 restated months later"))
    MAY_TROOPS.append((a, "011-1", "autumn figure against 11,000 restated nearly a year later"))
MAY_TROOPS.append(("008-3", "011-1", "15,000 in all against a first wave of 11,000"))

conflicts = {
    "must": [
        ["002-1", "003-1",
         "about 8,000 North Korean troops in Kursk (Blinken) against about 11,000 in Kursk (Budanov), five days apart"],
        ["004-1", "004-2",
         "more than 3,000 casualties (Zelenskyy) against about 1,100 (South Korea's JCS), the same day, in one live blog"],
        ["005-2", "006-1",
         "about 300 killed (NIS, 13 Jan) against more than 1,000 killed (HUR, 15 Jan)"],
    ],
    "may": [list(p) for p in MAY_TROOPS] + [
        ["004-2", "006-2", "1,100 casualties (JCS, 23 Dec) against 3,800 (HUR, 15 Jan): three weeks apart, rising"],
        ["004-2", "008-1", "1,100 casualties in December against 4,700 in April"],
        ["006-2", "008-1", "3,800 casualties in January against 4,700 in April"],
        ["004-3", "004-1", "'several hundred' a week earlier (optional) against more than 3,000"],
        ["004-3", "004-2", "'several hundred' a week earlier (optional) against 1,100"],
        ["004-3", "005-1", "'several hundred' (optional) against more than 3,000 a month later"],
        ["004-3", "006-2", "'several hundred' (optional) against 3,800 a month later"],
        ["004-3", "008-1", "'several hundred' (optional) against 4,700 months later"],
        ["005-2", "008-2", "300 killed in January against 600 in April: a later cumulative figure"],
        ["005-2", "011-3", "300 killed in January against 2,000 in September"],
        ["005-2", "011-4", "300 killed in January against 600 in April"],
        ["006-1", "008-2", "more than 1,000 killed (HUR, January) against 600 (NIS, April), months apart"],
        ["006-1", "011-4", "more than 1,000 killed (HUR, January) against 600 (NIS, April), months apart"],
        ["008-2", "011-3", "600 killed in April against 2,000 in September"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
