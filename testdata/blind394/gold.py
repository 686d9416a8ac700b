#!/usr/bin/env python3
"""Gold labels for testdata/blind394 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind394: fifteen articles written in our own words about the real story's "
         "known reporting, labelled blind. Same schema and rules as testdata/corpus/gold.json (see its README.md).")

NK, RU, UA = "north_korea", "russia", "ukraine"
HUR = ["Defence Intelligence of Ukraine", "HUR", "Budanov", "Kyrylo Budanov", "Ukrainian intelligence", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
NIS_PARK = NIS + ["Park Sun-won"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
YUSOV = ["HUR", "Andrii Yusov", "Yusov", "military intelligence", "Ukraine's military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
GENSTAFF = ["General Staff", "General Staff of Ukraine's Armed Forces", "Ukraine"]
SK_EST = ["South Korean estimates", "South Korea"]

A = {
    "000": [
        ("troops", NK, 11000, None, "about", HUR,
         "Some eleven thousand North Korean infantrymen are undergoing training at military ranges in Russia's Far East", False),
        ("troops", NK, 500, None, "about", HUR,
         "the contingent includes about 500 officers", False),
        ("troops", NK, 12000, None, "up_to", ZEL + ["Ukrainian intelligence"],
         "according to Ukrainian intelligence up to 12,000 North Korean soldiers were already on Russian territory", False),
    ],
    "001": [
        ("troops", NK, 3000, None, "about", NIS_LEE,
         "North Korea has moved about 3,000 soldiers to Russia so far", False),
        ("troops", NK, 1500, None, "exact", NIS_LEE,
         "The first 1,500 were shipped from the North's eastern coast earlier this month", False),
    ],
    "003": [
        ("troops", NK, 10000, None, "more_than", NIS_PARK + ["intelligence agency"],
         "more than 10,000 North Korean soldiers have now been deployed to Russia", False),
        ("troops", NK, 10000, 12000, "range", ["Defense Department", "Pentagon", "United States", "US"],
         "between 10,000 and 12,000 North Korean troops were in Russia", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "Roughly 300 North Korean soldiers have been killed in the fighting in Russia's Kursk region", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "another 2,700 or so have been wounded", False),
        ("troops", NK, 11000, None, "about", NIS_LEE,
         "the roughly 11,000 troops Pyongyang dispatched to Kursk last autumn", False),
        ("captured", NK, 2, None, "exact", NIS_LEE + ["Ukrainian forces", "Ukraine"],
         "the capture of two North Korean soldiers by Ukrainian forces", False),
    ],
    "006": [
        ("killed", NK, 1000, None, "more_than", YUSOV,
         "more than 1,000 North Korean soldiers have been killed in Russia's Kursk Oblast since they entered combat in December", False),
        ("casualties", NK, 200, 900, "vague", ["Special Operations Forces", "Ukraine"],
         "hundreds of North Korean soldiers were killed or wounded", True),
        ("casualties", NK, 4000, None, "about", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "North Korean losses in killed and wounded stood at around 4,000", False),
        ("captured", NK, 2, None, "exact", ZEL + ["Ukrainian forces"],
         "Ukrainian forces captured two North Korean soldiers in Kursk Oblast", False),
        ("casualties", RU, 822460, None, "exact", GENSTAFF,
         "Russia has lost 822,460 troops in Ukraine since the beginning of its full-scale invasion", False),
        ("casualties", RU, 1630, None, "exact", GENSTAFF,
         "1,630 casualties Russian forces suffered over the past day", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has sent an estimated 3,000 additional troops to Russia since January", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "about 4,000 North Korean soldiers were estimated to have been killed or wounded so far", False),
        ("troops", NK, 11000, None, "about", ["South Korean and Ukrainian estimates", "South Korea", "Ukraine"],
         "Pyongyang initially deployed roughly 11,000 soldiers to Russia late last year", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean casualties, the agency told lawmakers, numbered roughly 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "of whom some six hundred were killed", False),
        ("casualties", NK, 6000, None, "more_than", ["HUR", "Ukraine's military intelligence", "military intelligence", "Kyiv", "Ukraine"],
         "North Korean losses in killed and wounded have passed 6,000", False),
    ],
    "012": [
        ("casualties", UA, 76000, None, "more_than", ["Russian Defense Ministry", "Defense Ministry", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen in the Kursk direction", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS_PARK,
         "Around 2,000 North Korean soldiers have lost their lives fighting for Russia", False),
        ("wounded", NK, 2000, 9999, "vague", NIS_PARK,
         "with several thousand more wounded", True),
    ],
    "014": [
        ("troops", NK, 11000, None, "about", SK_EST,
         "About 11,000 soldiers went in the first wave in late 2024", False),
        ("troops", NK, 3000, None, "about", SK_EST,
         "roughly 3,000 more followed early this year", False),
        ("troops", NK, 14000, None, "about", SK_EST,
         "bringing the total to about 14,000", False),
        ("troops", NK, 1000, None, "about", ["unattributed", "Sergei Shoigu", "Shoigu"],
         "Pyongyang has since sent around 1,000 deminers", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed", "Sergei Shoigu", "Shoigu"],
         "several thousand military builders", True),
        ("killed", NK, 2000, None, "about", NIS,
         "South Korea's spy agency said in September that about 2,000 had been killed", False),
        ("casualties", NK, 6000, None, "more_than", ["UK Ministry of Defence", "Ministry of Defence", "UK", "Britain"],
         "put North Korean casualties at more than 6,000", False),
        ("killed", NK, 9, None, "exact", ["KCNA", "state media", "North Korea"],
         "lost nine of their comrades during the mission", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Ukraine captured two North Korean soldiers in January", False),
    ],
}

NOT = {
    "000": ["The first group, numbering 2,600, is expected to reach the Kursk border area by November 1",
            "at least five training grounds", "some 100 kilometres north of Vladivostok",
            "more than 3 million artillery rounds", "Russia's combat losses in Ukraine up to 684,560",
            "Enemy drone attack injures 14 in Kharkiv", "19.10.2024 12:40"],
    "001": ["is expected to send a total of 10,000 by December", "aged between 18 and 20",
            "some 13,000 containers of 152 mm artillery shells", "BTS' Jin to hold solo fan meeting Nov. 16",
            "KOSPI ends 1.3 pct lower", "2 allies weigh response"],
    "003": ["170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
            "Nov. 12", "Nov. 11", "Nov. 13, 2024 17:30 JST"],
    "005": ["KOSPI 2,489.56", "KOSDAQ 711.92", "USD/KRW 1,472.50", "One of the captured men is 20 years old and the other 26",
            "Seoul apartment prices fall for 6th straight week", "tops Billboard chart for 2nd week"],
    "006": ["55 Shahed-type attack drones", "three ballistic missiles", "Air defense downed 34 drones",
            "18 others were \"lost\"", "40 million euros", "Join more than 20,000 members", "Feb. 24, 2022"],
    "008": ["about 220 units of 170-mm self-propelled guns", "240-mm multiple rocket launchers", "Feb. 7"],
    "010": ["Kim, 41", "around $20 billion", "August 2024", "Reading time 4 min."],
    "012": ["North Korea will send 1,000 sappers to clear mines in Russia's Kursk Region",
            "5,000 military builders to restore infrastructure",
            "one thousand sappers for demining the territory and five thousand military builders",
            "June 19, 2024", "April 26"],
    "013": ["about 6,000 more engineers and military builders", "rises for 2nd straight year, to 0.75"],
    "014": ["cleared mines across the region in 120 days", "Kim's 12,000 troops", "5 November 2024",
            "14 December 2025"],
}

OFF = ["002", "004", "007", "011"]
DUP = {"009": "008"}

conflicts = {
    "must": [
        ["000-1", "001-1", "about 11,000 North Korean troops in Russia (Ukraine's HUR, 19 Oct 2024) against about "
                           "3,000 so far (South Korea's NIS, 23 Oct 2024), four days apart"],
        ["005-1", "006-1", "about 300 North Korean soldiers killed (NIS, 13 Jan 2025) against more than 1,000 killed "
                           "(Ukraine's HUR, 16 Jan 2025), three days apart"],
        ["010-1", "010-3", "roughly 4,700 casualties (NIS) against more than 6,000 (HUR), in the same article"],
    ],
    "may": [
        # troops: three weeks apart, different sources, a deployment still growing
        ["001-1", "003-2", "3,000 (NIS, 23 Oct) against 10,000-12,000 (US, 13 Nov), three weeks apart while the deployment grew"],
        # troops: an additional force against a total
        ["008-1", "008-3", "an additional 3,000 against the initial 11,000"],
        ["014-1", "014-2", "3,000 more against the first wave of 11,000"],
        ["000-1", "008-1", "11,000 against an additional 3,000, four months later"],
        ["003-1", "008-1", "more than 10,000 against an additional 3,000, three months later"],
        ["003-2", "008-1", "10,000-12,000 against an additional 3,000, three months later"],
        ["005-3", "008-1", "11,000 against an additional 3,000, six weeks later"],
        ["000-1", "014-2", "11,000 against 3,000 more, fourteen months later"],
        ["003-1", "014-2", "more than 10,000 against 3,000 more, thirteen months later"],
        ["003-2", "014-2", "10,000-12,000 against 3,000 more, thirteen months later"],
        ["005-3", "014-2", "11,000 against 3,000 more, eleven months later"],
        ["008-3", "014-2", "11,000 against 3,000 more, ten months later"],
        ["008-1", "014-3", "an additional 3,000 against a 14,000 total, ten months later"],
        ["008-1", "014-1", "an additional 3,000 against an 11,000 first wave, ten months later"],
        # troops: months apart, a total that grew with reinforcements
        ["001-1", "005-3", "3,000 (Oct 2024) against 11,000 (Jan 2025), months apart"],
        ["001-1", "008-3", "3,000 (Oct 2024) against 11,000 (Feb 2025), months apart"],
        ["001-1", "014-1", "3,000 (Oct 2024) against an 11,000 first wave (Dec 2025)"],
        ["001-1", "014-3", "3,000 (Oct 2024) against a 14,000 total (Dec 2025)"],
        ["000-1", "014-3", "11,000 (Oct 2024) against a 14,000 total (Dec 2025)"],
        ["000-3", "014-3", "up to 12,000 (Oct 2024) against a 14,000 total (Dec 2025)"],
        ["003-2", "014-3", "10,000-12,000 (Nov 2024) against a 14,000 total (Dec 2025)"],
        ["005-3", "014-3", "11,000 (Jan 2025) against a 14,000 total (Dec 2025)"],
        ["008-3", "014-3", "11,000 initially (Feb 2025) against a 14,000 total (Dec 2025)"],
        # killed: months apart
        ["005-1", "010-2", "300 killed (Jan) against 600 (Apr), a later NIS update"],
        ["006-1", "010-2", "more than 1,000 killed (HUR, Jan) against 600 (NIS, Apr), months apart"],
        ["005-1", "013-1", "300 killed (Jan) against 2,000 (Sep), months apart"],
        ["005-1", "014-6", "300 killed (Jan) against 2,000 (Sep, restated Dec), months apart"],
        ["010-2", "013-1", "600 killed (Apr) against 2,000 (Sep), months apart"],
        ["010-2", "014-6", "600 killed (Apr) against 2,000 (Sep, restated Dec), months apart"],
        # casualties: months apart
        ["006-3", "010-1", "about 4,000 (Zelensky, Jan) against 4,700 (NIS, Apr)"],
        ["006-3", "010-3", "about 4,000 (Zelensky, Jan) against more than 6,000 (HUR, May)"],
        ["006-3", "014-7", "about 4,000 (Jan) against more than 6,000 (UK MoD, later 2025)"],
        ["008-2", "010-1", "about 4,000 (JCS, Feb) against 4,700 (NIS, Apr), two months apart"],
        ["008-2", "010-3", "about 4,000 (JCS, Feb) against more than 6,000 (HUR, May)"],
        ["008-2", "014-7", "about 4,000 (Feb) against more than 6,000 (UK MoD, later 2025)"],
        ["010-1", "014-7", "4,700 (NIS, Apr) against more than 6,000 (UK MoD, later 2025)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
