#!/usr/bin/env python3
"""Gold labels for testdata/blind458 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind458: 15 articles written in our own words about the real story's known "
         "reporting (October 2024 - December 2025), labelled blind. Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
UKMOD = ["UK Ministry of Defence", "Ministry of Defence", "Britain", "United Kingdom", "UK", "U.K."]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "Russian navy transport vessels ferried some 1,500 North Korean special operations soldiers", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "US", "U.S."],
         "Roughly 8,000 North Korean soldiers have moved to Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", ["Lloyd Austin", "Austin", "Pentagon", "United States", "US", "U.S."],
         "the Pentagon's count of North Korean soldiers in Russia as a whole had grown to about 10,000", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean troops are now in Russia's Kursk Oblast", False),
        ("troops", NK, 7000, None, "at_least", ["HUR", "military intelligence", "Ukraine's military intelligence agency", "Ukraine"],
         "at least 7,000 North Korean soldiers had been moved to areas near the Ukrainian border", False),
        ("troops", RU, 50000, None, "about", ["Ukrainian officials", "Ukraine"],
         "Russia has concentrated around 50,000 of its own troops in Kursk Oblast", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean troops fighting alongside Russian forces in the Kursk region have suffered more than 3,000 killed and wounded", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 200, 900, "vague", ["John Kirby", "Kirby", "White House", "United States", "US"],
         "North Korean units had already taken several hundred casualties", True),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", NIS + ["Lee Seong-kweun"],
         "North Korean soldiers fighting for Russia have suffered more than 3,000 casualties", False),
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "a toll that includes about 300 dead", False),
        ("wounded", NK, 2700, None, "about", ["Lee Seong-kweun"] + NIS,
         "Some 2,700 others had been wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "Ukrainian forces captured two North Korean soldiers in Kursk on Jan. 9", False),
    ],
    "009": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea sent roughly 3,000 additional soldiers to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", JCS,
         "some 11,000 North Korean soldiers had been deployed to Russia's Kursk region last autumn", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "about 4,000 of those soldiers have been killed or wounded", False),
    ],
    "010": [
        ("troops", NK, 11000, 12000, "range", ["South Korean and Western intelligence", "South Korea", "Western intelligence"],
         "South Korean and Western intelligence estimate that between 11,000 and 12,000 troops were sent in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", ["South Korean and Western intelligence", "South Korea", "Western intelligence"],
         "a second wave of roughly 3,000 soldiers", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Koreans had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "of whom roughly 600 had died", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "around 3,000 casualties the agency gave in January", False),
        ("captured", NK, 2, None, "exact", ["unattributed"],
         "the two North Korean soldiers its troops captured in January", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russian Armed Forces", "Russia"],
         "the enemy's losses during the Kursk adventure had exceeded 76,000 servicemen", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", ["Park Sun-won"] + NIS,
         "Some two thousand North Korean soldiers have died in Russia's war against Ukraine", False),
        ("troops", NK, 1000, None, "about", NIS + ["Park Sun-won"],
         "about 1,000 deminers are already working in Kursk", False),
        ("wounded", NK, 200, 999, "vague", ["Park Sun-won"] + NIS,
         "Hundreds of wounded soldiers have been flown home for treatment", True),
    ],
    "014": [
        ("casualties", NK, 6000, None, "about", UKMOD,
         "North Korea had suffered some six thousand casualties", False),
        ("troops", NK, 15000, None, "up_to", UKMOD,
         "up to 15,000 North Korean personnel had been deployed since autumn 2024", False),
        ("killed", NK, 2000, None, "about", NIS + ["Seoul"],
         "around 2,000 North Korean soldiers had been killed", False),
    ],
}

NOT = {
    "000": ["as many as 12,000 soldiers in total", "four brigades of its 11th Corps", "four Russian ships",
            "more than 13,000 containers", "over 8 million rounds", "1.4 mln youths volunteer for army",
            "3.25 pct, first cut in 38 months"],
    "001": ["about 500 kilometers (310 miles)", "1950-53 Korean War", "$425 million",
            "Storm leaves 2 dead, thousands without power", "$1.2 billion"],
    "003": ["60 mm mortars", "around 1,300 square kilometers",
            "Russia has lost 700,470 troops in Ukraine since Feb. 24, 2022", "a small group",
            "Explaining Ukraine's new mobilization rules in 5 charts"],
    "004": ["52 of the 81 attack drones", "27 more were", "240mm multiple rocket launchers",
            "170mm self-propelled guns", "9.3 million viewers"],
    "006": ["a 20-year-old who joined the army in 2021", "aged 26", "Seoul weighs options as 2 POWs surface",
            "155-mm shells", "KOSPI ends at 2,489.56"],
    "009": ["about 220 artillery pieces", "170-millimeter self-propelled guns",
            "240-millimeter multiple rocket launchers", "115 trillion yen"],
    "010": ["as much as $20bn", "June 2024", "26 April 2025", "two days after"],
    "011": ["1,000 sappers", "5,000 military builders", "one thousand sappers",
            "five thousand military construction workers", "over 400 tanks", "2 trains a month"],
    "013": ["roughly 6,000 military engineers and construction troops Pyongyang pledged to Moscow in June",
            "Seoul stocks close above 3,200"],
    "014": ["as many as 12 million artillery shells", "about 10,000 km", "up to 12 million",
            "North Korea sent 3K more troops to Russia, Seoul says",
            "Months between first deployment and Pyongyang's admission | 6"],
}

OFF = ["002", "007", "008", "012"]
DUP = {"005": "003"}

conflicts = {
    "must": [
        ["001-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, 31 Oct 2024) against 11,000 in Kursk "
                           "(Zelensky, 4 Nov 2024): same metric, subject and place, five days apart, different sources"],
        ["004-1", "004-2", "more than 3,000 killed and wounded (Zelensky) against about 1,100 (South Korea's JCS), "
                           "the same day in the same live blog"],
    ],
    "may": [
        # troops: first wave, totals in Russia vs in Kursk, additional waves and parts, months apart
        ["000-1", "001-1", "1,500 is the first wave shipped to the Far East; 8,000 in Kursk two weeks later"],
        ["000-1", "001-2", "1,500 first wave against about 10,000 in Russia two weeks later (a build-up)"],
        ["000-1", "003-1", "1,500 first wave against 11,000 in Kursk weeks later"],
        ["000-1", "003-2", "1,500 first wave against at least 7,000 near the border weeks later"],
        ["000-1", "009-2", "1,500 first wave against about 11,000 deployed last autumn, months later"],
        ["000-1", "010-1", "1,500 first wave against 11,000-12,000 sent in autumn 2024, months later"],
        ["000-1", "009-1", "first wave against an additional wave months later"],
        ["000-1", "010-2", "first wave against an additional wave months later"],
        ["000-1", "013-2", "first wave against 1,000 deminers a year later (a part)"],
        ["001-2", "003-1", "about 10,000 in Russia as a whole against 11,000 in Kursk: different places, days apart"],
        ["001-1", "009-2", "8,000 in Kursk (Oct 2024) against about 11,000 deployed last autumn, months later"],
        ["001-1", "010-1", "8,000 (Oct 2024) against 11,000-12,000, six months later"],
        ["001-2", "009-2", "10,000 (Oct 2024) against about 11,000, months later"],
        ["001-2", "010-1", "10,000 (Oct 2024) against 11,000-12,000, six months later"],
        ["001-1", "009-1", "8,000 against an additional 3,000, months later"],
        ["001-1", "010-2", "8,000 against an additional 3,000, months later"],
        ["001-2", "009-1", "10,000 against an additional 3,000, months later"],
        ["001-2", "010-2", "10,000 against an additional 3,000, months later"],
        ["003-1", "009-1", "11,000 against an additional 3,000, months later"],
        ["003-1", "010-2", "11,000 against an additional 3,000, months later"],
        ["003-2", "009-1", "at least 7,000 against an additional 3,000, months later"],
        ["003-2", "010-2", "at least 7,000 against an additional 3,000, months later"],
        ["009-1", "009-2", "an additional 3,000 on top of about 11,000, same article"],
        ["010-1", "010-2", "a second wave of about 3,000 after 11,000-12,000, same article"],
        ["009-2", "010-2", "about 11,000 against a second wave of 3,000"],
        ["010-1", "009-1", "11,000-12,000 against an additional 3,000"],
        ["001-1", "013-2", "1,000 deminers are a part, a year later"],
        ["001-2", "013-2", "1,000 deminers are a part, a year later"],
        ["003-1", "013-2", "1,000 deminers are a part, a year later"],
        ["003-2", "013-2", "1,000 deminers are a part, a year later"],
        ["009-1", "013-2", "1,000 deminers against an earlier additional 3,000, months apart"],
        ["009-2", "013-2", "1,000 deminers are a part, months later"],
        ["010-1", "013-2", "1,000 deminers are a part, months later"],
        ["010-2", "013-2", "1,000 deminers against an earlier second wave, months apart"],
        ["000-1", "014-2", "first wave against up to 15,000 in all, a year later"],
        # casualties: a cumulative toll that rises over months
        ["004-2", "006-1", "1,100 (JCS, 23 Dec) against more than 3,000 (NIS, 13 Jan): three weeks apart, a cumulative toll rising"],
        ["004-2", "009-3", "1,100 (Dec 2024) against about 4,000 (Mar 2025), months apart"],
        ["004-2", "010-3", "1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["004-2", "010-5", "1,100 (Dec 2024) against around 3,000 (Jan 2025, reported in April)"],
        ["004-2", "014-1", "1,100 (Dec 2024) against some 6,000 (Dec 2025), a year apart"],
        ["004-3", "004-1", "several hundred (Kirby, a week earlier, vague) against more than 3,000"],
        ["004-3", "004-2", "several hundred (Kirby, a week earlier, vague) against about 1,100"],
        ["004-3", "006-1", "several hundred (vague, Dec 2024) against more than 3,000 (Jan 2025)"],
        ["004-3", "009-3", "vague several hundred against about 4,000, months apart"],
        ["004-3", "010-3", "vague several hundred against about 4,700, months apart"],
        ["004-3", "010-5", "vague several hundred against around 3,000, weeks apart"],
        ["004-3", "014-1", "vague several hundred against some 6,000, a year apart"],
        ["009-3", "010-3", "about 4,000 (JCS, March) against about 4,700 (NIS, April): a cumulative toll rising, six weeks apart"],
        ["009-3", "010-5", "about 4,000 (March) against around 3,000 (January): the earlier stage of the same toll"],
        ["010-3", "010-5", "update in the same article: 4,700 now, up from around 3,000 in January (not a conflict)"],
        ["009-3", "014-1", "about 4,000 (Mar 2025) against some 6,000 (Dec 2025), months apart"],
        ["010-3", "014-1", "about 4,700 (Apr 2025) against some 6,000 (Dec 2025), months apart"],
        ["010-5", "014-1", "around 3,000 (Jan 2025) against some 6,000 (Dec 2025), months apart"],
        ["006-1", "010-5", "more than 3,000 against around 3,000, both the January figure"],
        ["004-1", "010-5", "more than 3,000 (Dec 2024) against around 3,000 (the January figure, reported in April)"],
        # killed: rising over months
        ["006-2", "010-4", "about 300 killed (Jan 2025) against about 600 (Apr 2025), months apart"],
        ["006-2", "013-1", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025), months apart"],
        ["006-2", "014-3", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025), months apart"],
        ["010-4", "013-1", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025), months apart"],
        ["010-4", "014-3", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025), months apart"],
        # wounded
        ["006-3", "013-3", "2,700 wounded (Jan 2025) against hundreds flown home (vague, a part, Sep 2025)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
