#!/usr/bin/env python3
"""Gold labels for blind651. Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind651, fifteen articles written and labelled blind for crosscheck. "
         "See testdata/corpus/README.md for the meaning of every field and how output is scored.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "Russian navy transport ships ferried about 1,500 North Korean special forces troops to Vladivostok between Oct. 8 and 13", False),
        ("troops", NK, 1000, None, "about", NIS + ["satellite imagery"],
         "Satellite imagery released with the statement shows some 1,000 of the soldiers gathering at a training ground in Ussuriysk", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "US"],
         "About 8,000 North Korean soldiers have moved into Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Pentagon", "United States", "US"],
         "Sabrina Singh put it at about 10,000", False),
        ("troops", NK, 3000, None, "exact", ["Sabrina Singh", "Pentagon", "United States", "US"],
         "up from 3,000 a week earlier", False),
        ("troops", NK, 10000, 12000, "range", ["U.S. officials", "US officials", "United States", "Pentagon"],
         "U.S. officials were estimating that between 10,000 and 12,000 had arrived", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean troops in Russia's Kursk Oblast", False),
        ("troops", NK, 12000, None, "up_to", ["HUR", "military intelligence", "Defence Intelligence", "Ukraine"],
         "up to 12,000 North Korean soldiers are in Russia in total", False),
        ("troops", NK, 10000, None, "more_than", NIS + ["Seoul"],
         "more than 10,000 have been sent", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers have been killed or wounded in Kursk", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean troops had been killed or wounded in fighting against Ukrainian forces", False),
        ("casualties", NK, 200, 900, "vague", ["John Kirby", "Kirby", "White House", "United States"],
         "the North Koreans had suffered \"several hundred\" casualties", True),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 300 North Korean soldiers have died", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "another 2,700 have been wounded", False),
        ("wounded", NK, 200, 999, "vague", NIS,
         "hundreds of wounded soldiers have been treated at military hospitals in Moscow and St. Petersburg", True),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has sent some three thousand more soldiers to Russia since the start of the year", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Some 11,000 North Korean soldiers were sent to Russia last autumn", False),
        ("casualties", RU, 38000, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine", "Kyiv"],
         "Russian forces had lost more than 38,000 troops killed and wounded in the region since August", False),
        ("killed", RU, 15000, None, "about", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine", "Kyiv"],
         "among them about 15,000 killed", False),
    ],
    "009": [
        ("troops", NK, 11000, None, "about", ["South Korean and Western officials", "South Korea", "Western officials"],
         "about 11,000 North Korean troops went to Russia in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", ["South Korean and Western officials", "South Korea", "Western officials"],
         "roughly 3,000 more arriving in January and February this year", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "It put North Korean casualties at about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 dead", False),
        ("killed", NK, 300, None, "about", NIS,
         "the roughly 300 deaths the spy agency counted in January", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Kyiv", "Zelensky"],
         "Ukraine says it holds two North Korean soldiers, both taken prisoner in Kursk in January", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than", ["Russian Defense Ministry", "Russian Defence Ministry", "Ministry of Defence", "Russia", "TASS"],
         "the Ukrainian armed forces lost more than 76,000 servicemen during the operation in the Kursk area", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS + ["lawmakers", "Park Sun-won"],
         "About 2,000 North Korean soldiers have been killed in the fighting in Russia's Kursk region", False),
        ("killed", NK, 600, None, "about", NIS,
         "the 600 or so deaths the agency reported in April", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "Pyongyang's troops had suffered some 4,700 casualties in all", False),
        ("troops", NK, 1000, None, "about", NIS + ["Park Sun-won"],
         "About 1,000 of them, mostly deminers, have already arrived in Kursk", False),
    ],
    "014": [
        ("troops", NK, 14000, 15000, "range", ["South Korean and Western officials", "South Korea", "Western officials"],
         "between 14,000 and 15,000 North Korean soldiers rotated through Russia's Kursk region in 2024 and 2025", False),
        ("killed", NK, 2000, None, "about", NIS,
         "Seoul's spy agency put the number killed at roughly two thousand in September", False),
        ("troops", NK, 3000, None, "at_most", ["South Korean military official", "South Korea", "South Korean military"],
         "no more than 3,000 North Korean soldiers remain in the Kursk region today", False),
    ],
}

NOT = {
    "000": ["around 12,000 troops drawn from four brigades", "more than 13,000 containers",
            "an estimated 8 million rounds", "four Russian amphibious landing ships", "since 1990",
            "N. Korea fires 2 short-range ballistic missiles", "up 7.5 pct in September",
            "9.1 tln won", "Won falls to 1,370 per dollar"],
    "001": ["roughly 1.2 million active-duty personnel", "more than 6,000 kilometers",
            "a $425 million package", "death toll rises above 150", "5 things to know"],
    "002": ["60 mm mortars", "some 30 kilometers from the border", "95th Air Assault Brigade",
            "Russia launches 96 drones overnight, 62 shot down", "Join 15,000 members",
            "hundreds of square kilometers", "3 most important battles", "7 districts without power"],
    "004": ["42 Ukrainian drones", "about €1.4bn", "27 January", "240mm multiple rocket launchers",
            "170mm self-propelled guns", "The 25 best TV shows of 2024", "10 deals worth waiting for"],
    "005": ["born in 2005", "aged 26", "14th straight month", "0.8% lower"],
    "008": ["170mm self-propelled guns", "240mm multiple rocket launchers",
            "about 200 long-range artillery pieces", "could send several thousand more troops if Russia asks"],
    "009": ["the 11th Corps", "about $20bn (£15bn)", "5,000-tonne destroyer", "Kursk in 60 seconds",
            "After six months of silence"],
    "011": ["6,000 sappers and military builders", "dispatch 1,000 sappers", "5,000 military builders",
            "1,000 deminers", "over 400 tanks", "350 infantry fighting vehicles",
            "2,000 armored vehicles of other types", "June 19, 2024", "78.4 to US dollar"],
    "012": ["the remaining 5,000 military construction workers", "Hundreds of bereaved family members",
            "N. Korea's 12K-strong Kursk force", "Aug. 21", "14th straight month", "4.5% pay offer"],
    "014": ["about 450,000 troops", "the 80th Air Assault Brigade", "95th Air Assault Brigade",
            "groups of three or four", "up to 100 kilometers", "more than 12 million artillery and mortar rounds"],
}

OFF = ["003", "007", "010", "013"]
DUP = {"006": "005"}

conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, 31 Oct 2024) against 11,000 in Kursk "
                           "(Zelensky, 5 Nov 2024): same metric and place, different sources, five days apart"],
        ["004-1", "004-2", "more than 3,000 killed or wounded (Zelensky) against about 1,100 (South Korea's JCS), "
                           "the same day in the same live blog"],
    ],
    "may": [
        # the phased build-up of October 2024: the NIS's first wave against later totals
        ["000-1", "001-1", "1,500 in the first wave (18 Oct) against 8,000 in Kursk two weeks later; phased deployment"],
        ["000-1", "001-2", "1,500 in the first wave against about 10,000 ten days later; phased deployment"],
        ["000-1", "001-3", "1,500 (NIS, 18 Oct) against 3,000 (Pentagon, about 23 Oct); phased deployment"],
        ["000-1", "001-4", "1,500 in the first wave against 10,000-12,000 two weeks later; phased deployment"],
        ["000-1", "002-1", "1,500 in the first wave against 11,000 in Kursk 18 days later; phased deployment"],
        ["001-3", "002-1", "an outdated Pentagon figure (3,000, a week before 31 Oct) against 11,000 on 5 Nov"],
        ["001-2", "002-1", "about 10,000 in Russia (28 Oct) against 11,000 in Kursk (5 Nov), a week apart while numbers grew"],
        # months apart or additional forces
        ["001-1", "008-2", "8,000 in Kursk (Oct 2024) against 11,000 sent, four months later"],
        ["001-1", "009-1", "8,000 in Kursk (Oct 2024) against 11,000 sent, six months later"],
        ["001-1", "014-1", "8,000 in Kursk (Oct 2024) against 14,000-15,000 rotated through by Dec 2025"],
        ["002-1", "014-1", "11,000 (Nov 2024) against a cumulative 14,000-15,000 (Dec 2025)"],
        ["008-2", "014-1", "11,000 first contingent against a cumulative 14,000-15,000, ten months later"],
        ["009-1", "014-1", "11,000 first contingent against a cumulative 14,000-15,000, seven months later"],
        ["008-1", "008-2", "an additional 3,000 against the first 11,000"],
        ["009-1", "009-2", "the first 11,000 against roughly 3,000 more"],
        ["008-1", "009-1", "an additional 3,000 against the first 11,000"],
        ["008-2", "009-2", "the first 11,000 against roughly 3,000 more"],
        # cumulative casualty and death counts rising over months
        ["004-2", "009-3", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): a cumulative count, months apart"],
        ["004-2", "012-3", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): a cumulative count, months apart"],
        ["005-1", "009-4", "about 300 dead (Jan 2025) against about 600 (Apr 2025): NIS update"],
        ["005-1", "012-1", "about 300 dead (Jan 2025) against about 2,000 (Sep 2025): NIS update"],
        ["005-1", "012-2", "about 300 dead (Jan 2025) against about 600 (Apr 2025): NIS update"],
        ["005-1", "014-2", "about 300 dead (Jan 2025) against about 2,000 (Sep 2025): NIS update"],
        ["009-5", "009-4", "the NIS's January count of about 300 dead against its April count of about 600, in one article"],
        ["009-5", "012-1", "about 300 dead (Jan 2025) against about 2,000 (Sep 2025): NIS update"],
        ["009-5", "012-2", "about 300 dead (Jan 2025) against about 600 (Apr 2025): NIS update"],
        ["009-5", "014-2", "about 300 dead (Jan 2025) against about 2,000 (Sep 2025): NIS update"],
        ["009-4", "012-1", "about 600 dead (Apr 2025) against about 2,000 (Sep 2025): NIS update"],
        ["009-4", "014-2", "about 600 dead (Apr 2025) against about 2,000 (Sep 2025): NIS update"],
        ["012-2", "012-1", "the NIS's April count of about 600 dead against its September count of about 2,000, in one article"],
        ["012-2", "014-2", "about 600 dead (Apr 2025) against about 2,000 (Sep 2025): NIS update"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
