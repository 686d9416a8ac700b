#!/usr/bin/env python3
"""Gold labels for blind627 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind627/articles, a held-out set written blind in our own words "
         "about the real story's known reporting. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korean military", "South Korea", "Seoul"]
PENTAGON = ["Pentagon", "Sabrina Singh", "Singh", "United States", "U.S.", "US"]
HUR = ["Defence Intelligence", "Defence Intelligence of Ukraine", "HUR", "Ukrainian intelligence", "Ukraine"]

A = {
    # Yonhap, 13 Jan 2025: NIS via Rep. Lee Seong-kweun
    "000": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Some 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "about 2,700 others wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Lee Seong-kweun", "Ukraine", "Zelenskyy", "Zelensky"],
         "Ukraine had captured two North Korean soldiers on Jan. 9", False),
    ],
    # AP, 4 Nov 2024: Pentagon
    "002": [
        ("troops", NK, 10000, None, "about", PENTAGON,
         "Roughly 10,000 North Korean soldiers have now been sent to Russia", False),
        ("troops", NK, 8000, None, "about", PENTAGON,
         "about 8,000 of them have moved into the Kursk border region", False),
    ],
    # Moscow Times, 18 Jun 2025: Shoigu's planned builders and deminers are not claims
    "003": [
        ("troops", NK, 12000, None, "up_to", ["unattributed"],
         "Pyongyang sent up to 12,000 soldiers to the Kursk region last autumn", False),
        ("killed", NK, 600, None, "about", ["South Korea's intelligence agency"] + NIS,
         "estimated in April that around 600 of them had been killed", False),
    ],
    # Guardian live blog, 23 Dec 2024
    "004": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops have suffered about 1,100 casualties", False),
        ("casualties", NK, 200, 900, "vague", ["US official", "United States", "US"],
         'had already taken "several hundred" casualties', True),
    ],
    # Korea JoongAng Daily, 4 Sep 2025: NIS via Reps. Lee Seong-kweun and Park Sun-won
    "006": [
        ("killed", NK, 2000, None, "about", NIS + ["Lee Seong-kweun", "Park Sun-won"],
         "Around 2,000 North Korean soldiers are believed to have been killed in Russia's war against Ukraine", False),
        ("troops", NK, 2000, 9999, "vague", NIS,
         "several thousand North Korean troops remain in the Kursk region", True),
        ("troops", NK, 1000, None, "at_most", NIS,
         "no more than 1,000 have arrived so far", False),
    ],
    # Korea Herald, 23 Oct 2024: NIS via Rep. Park Sun-won
    "007": [
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won", "Lee Seong-kweun"],
         "North Korea has already moved around three thousand of its soldiers to Russia", False),
        ("troops", NK, 1500, None, "about", NIS + ["Park Sun-won"],
         "the first group of about 1,500 was shipped out between Oct. 8 and 13", False),
    ],
    # Kyiv Post, 10 Jan 2025
    "009": [
        ("killed", NK, 1000, None, "more_than", HUR + ["Andriy Yusov", "Yusov"],
         "More than 1,000 North Korean soldiers sent to Russia's Kursk region have been killed", False),
        ("casualties", NK, 3800, None, "about", ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"],
         "put North Korea's overall losses – killed and wounded – at about 3,800", False),
        ("casualties", RU, 38000, None, "at_least", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "Russia had lost at least 38,000 troops killed and wounded in the Kursk region", False),
    ],
    # BBC Q&A, 30 Apr 2025
    "011": [
        ("troops", NK, 11000, 12000, "range",
         ["South Korean, US and Ukrainian officials", "South Korea", "United States", "US", "Ukraine"],
         "11,000-12,000 North Korean soldiers were sent to Russia in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", JCS,
         "A further 3,000 or so arrived early this year", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 who died", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"],
         "its forces had captured two North Korean soldiers in Kursk", False),
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian general staff", "Russia"],
         "Ukraine's losses in the Kursk operation came to more than 76,000 troops", False),
    ],
    # Ukrinform, 7 Nov 2024
    "012": [
        ("troops", NK, 11000, None, "exact", ["Kyrylo Budanov", "Budanov"] + HUR,
         "Eleven thousand of them are already in the Kursk region", False),
        ("troops", NK, 500, None, "about", HUR + ["Budanov"],
         "the contingent includes some 500 officers", False),
    ],
    # Reuters, 27 Feb 2025
    "014": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea appears to have sent about 3,000 more soldiers to Russia since early January", False),
        ("troops", NK, 11000, None, "about",
         ["South Korean and Ukrainian estimates", "South Korea", "Ukraine"],
         "Pyongyang initially sent about 11,000 troops to Russia last autumn", False),
    ],
}

NOT = {
    "000": ["(ATTN: ADDS details in paras 5-7)", "aged 20 and 26",
            "Ukraine says 12K N. Korean troops are fighting for Russia",
            "1,100 km flight", "US$683 bln"],
    "002": ["$425 million", "Aug. 6", "39 of 70 Russian drones"],
    "003": ["1,000 sappers", "5,000 military construction workers", "at least 10 years", "$2 a month"],
    "004": ["up to four hours", "240mm multiple rocket launchers", "170mm self-propelled guns",
            "52 of the 78 Russian drones", "1,000 homes still without power", "The 25 best podcasts"],
    "006": ["6,000 military builders and deminers Pyongyang promised Moscow in June",
            "80th anniversary of the Workers' Party on Oct. 10",
            "North Korea to send 6,000 military builders to Russia's Kursk",
            "cut 2026 border loudspeaker budget by 30 percent", "Kospi tops 3,200",
            "35 million trips"],
    "007": ["reach 10,000 by December", "about $2,000 a month per soldier", "11th Corps", "early 20s",
            "monitoring team of 20 officers", "1,380 per dollar", "1.1 million copies", "150 won",
            "KOSPI 2,599.62"],
    "009": ["waves of 20 to 30 men", "about 500 square kilometres", "8th Special Operations Regiment",
            "since 1995", "$5 a month", "72 Drones and 4 Missiles", "155mm Shell"],
    "011": ["5,000-tonne destroyer"],
    "012": ["between 30 and 50 kilometres", "60mm mortars", "1,670 invaders eliminated in past day",
            "47 of 63 Shaheds"],
    "014": ["about 200 long-range artillery pieces", "3 minute read", "shares fall 2.1%"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"008": "002"}

conflicts = {
    "must": [
        ["004-1", "004-2", "more than 3,000 North Korean casualties (Zelenskyy) against about 1,100 (South Korea's JCS), same day, same live blog"],
        ["009-1", "000-1", "more than 1,000 North Koreans killed (Ukraine's HUR, 10 Jan 2025) against about 300 killed (South Korea's NIS, 13 Jan), three days apart"],
        ["002-2", "012-1", "about 8,000 North Korean troops in Kursk (Pentagon, 4 Nov 2024) against 11,000 in Kursk (Budanov, 7 Nov), three days apart"],
    ],
    "may": [],
}

MAY = [
    # troops: deployment growing over weeks, or months apart, or "additional" forces
    ["007-1", "002-1", "about 3,000 in Russia (NIS, 23 Oct) against about 10,000 (Pentagon, 4 Nov): twelve days apart while the deployment was growing"],
    ["007-1", "002-2", "about 3,000 in Russia (23 Oct) against about 8,000 in Kursk (4 Nov): deployment growing"],
    ["007-1", "012-1", "about 3,000 in Russia (23 Oct) against 11,000 in Kursk (7 Nov): deployment growing"],
    ["007-1", "011-1", "about 3,000 (Oct 2024) against 11,000-12,000 sent that autumn (Apr 2025): months apart"],
    ["007-1", "014-2", "about 3,000 (Oct 2024) against about 11,000 sent last autumn (Feb 2025): months apart"],
    ["002-1", "012-1", "about 10,000 in Russia (Pentagon) against 11,000 in Kursk (Budanov), three days apart: different scope, close values"],
    ["002-1", "011-1", "about 10,000 (Nov 2024) against 11,000-12,000 (Apr 2025): months apart"],
    ["002-1", "014-2", "about 10,000 (Nov 2024) against about 11,000 (Feb 2025): months apart"],
    ["002-2", "011-1", "about 8,000 in Kursk (Nov 2024) against 11,000-12,000 sent (Apr 2025): months apart"],
    ["002-2", "014-2", "about 8,000 in Kursk (Nov 2024) against about 11,000 sent (Feb 2025): months apart"],
    ["014-1", "002-1", "an additional 3,000 against the first 10,000"],
    ["014-1", "002-2", "an additional 3,000 against 8,000 in Kursk"],
    ["014-1", "012-1", "an additional 3,000 against 11,000 in Kursk"],
    ["014-1", "014-2", "an additional 3,000 against the initial 11,000, same article"],
    ["014-1", "011-1", "an additional 3,000 against 11,000-12,000"],
    ["011-2", "011-1", "a further 3,000 against 11,000-12,000, same article"],
    ["011-2", "002-1", "a further 3,000 against 10,000"],
    ["011-2", "002-2", "a further 3,000 against 8,000 in Kursk"],
    ["011-2", "012-1", "a further 3,000 against 11,000 in Kursk"],
    ["011-2", "014-2", "a further 3,000 against the initial 11,000"],
    # casualties: cumulative figures weeks or months apart
    ["004-2", "009-2", "about 1,100 (JCS, 23 Dec) against about 3,800 (Zelensky, early Jan): two and a half weeks apart, cumulative"],
    ["004-2", "011-3", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): months apart, cumulative"],
    ["009-2", "011-3", "about 3,800 (Jan 2025) against about 4,700 (Apr 2025): months apart, cumulative"],
    ["004-3", "004-1", "'several hundred' a week earlier (US) against more than 3,000 (optional claim)"],
    ["004-3", "004-2", "'several hundred' a week earlier (US) against about 1,100 (optional claim)"],
    ["004-3", "009-2", "'several hundred' (optional) against about 3,800 weeks later"],
    ["004-3", "011-3", "'several hundred' (optional) against about 4,700 months later"],
    # killed: cumulative figures months apart
    ["000-1", "011-4", "about 300 killed (Jan 2025) against about 600 (Apr 2025): the same agency's later, higher count"],
    ["000-1", "003-2", "about 300 killed (Jan 2025) against about 600 (reported Jun 2025): months apart"],
    ["000-1", "006-1", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025): months apart"],
    ["009-1", "011-4", "more than 1,000 killed (HUR, Jan) against about 600 (NIS, Apr): months apart"],
    ["009-1", "003-2", "more than 1,000 killed (HUR, Jan) against about 600 (reported Jun): months apart"],
    ["011-4", "006-1", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025): the same agency's later count"],
    ["003-2", "006-1", "about 600 killed (reported Jun 2025) against about 2,000 (Sep 2025): months apart"],
    # vague 'several thousand remain' (optional) against the deployment totals, months apart
    ["006-2", "002-1", "'several thousand' remaining (Sep 2025, optional) against about 10,000 (Nov 2024)"],
    ["006-2", "012-1", "'several thousand' remaining (Sep 2025, optional) against 11,000 (Nov 2024)"],
    ["006-2", "014-2", "'several thousand' remaining (optional) against about 11,000 sent"],
    ["006-2", "011-1", "'several thousand' remaining (optional) against 11,000-12,000 sent"],
    ["006-2", "007-2", "'several thousand' remaining (optional) against a first group of about 1,500"],
    ["006-2", "012-2", "'several thousand' remaining (optional) against some 500 officers"],
    ["006-2", "006-3", "'several thousand' remaining (optional) against no more than 1,000 builders arrived, same article: different groups"],
    # parts of the whole set against figures months later
    ["007-2", "014-1", "a first group of about 1,500 (Oct 2024) against an additional 3,000 (Feb 2025)"],
    ["007-2", "014-2", "a first group of about 1,500 (Oct 2024) against about 11,000 sent (Feb 2025)"],
    ["007-2", "011-1", "a first group of about 1,500 (Oct 2024) against 11,000-12,000 sent (Apr 2025)"],
    ["007-2", "011-2", "a first group of about 1,500 (Oct 2024) against a further 3,000 (Apr 2025)"],
    ["012-2", "014-1", "some 500 officers (Nov 2024) against an additional 3,000 (Feb 2025)"],
    ["012-2", "014-2", "some 500 officers (Nov 2024) against about 11,000 sent (Feb 2025)"],
    ["012-2", "011-1", "some 500 officers (Nov 2024) against 11,000-12,000 sent (Apr 2025)"],
    ["012-2", "011-2", "some 500 officers (Nov 2024) against a further 3,000 (Apr 2025)"],
    # builders and deminers arrived by Sep 2025: an additional force, months after every other troop figure
    ["006-3", "007-1", "no more than 1,000 builders arrived (Sep 2025) against about 3,000 (Oct 2024)"],
    ["006-3", "007-2", "no more than 1,000 builders arrived (Sep 2025) against a first group of about 1,500 (Oct 2024)"],
    ["006-3", "002-1", "no more than 1,000 builders arrived (Sep 2025) against about 10,000 (Nov 2024)"],
    ["006-3", "002-2", "no more than 1,000 builders arrived (Sep 2025) against about 8,000 in Kursk (Nov 2024)"],
    ["006-3", "012-1", "no more than 1,000 builders arrived (Sep 2025) against 11,000 in Kursk (Nov 2024)"],
    ["006-3", "014-1", "no more than 1,000 builders arrived (Sep 2025) against an additional 3,000 (Feb 2025)"],
    ["006-3", "014-2", "no more than 1,000 builders arrived (Sep 2025) against about 11,000 (Feb 2025)"],
    ["006-3", "011-1", "no more than 1,000 builders arrived (Sep 2025) against 11,000-12,000 (Apr 2025)"],
    ["006-3", "011-2", "no more than 1,000 builders arrived (Sep 2025) against a further 3,000 (Apr 2025)"],
]
conflicts["may"] = MAY

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
