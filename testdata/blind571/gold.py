#!/usr/bin/env python3
"""Gold labels for testdata/blind571 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind571: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning of "
         "every field and how a system's output is scored.")

NK, RU, UA = "north_korea", "russia", "ukraine"
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Ukraine"]
HUR = ["HUR", "Defense Intelligence", "military intelligence", "Andriy Yusov", "Yusov", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul", "lawmakers"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
RUMOD = ["Russian Defense Ministry", "Russia's defence ministry", "Russian defence ministry",
         "Defense Ministry", "Ministry of Defence", "Russia"]

A = {
    "000": [
        ("troops", NK, 10000, None, "at_least", ZEL,
         "North Korea has committed no fewer than 10,000 soldiers to Russia's war against Ukraine", False),
        ("troops", NK, 10000, None, "more_than", ZEL,
         "Zelensky: North Korea committing 10K+ soldiers to Russia", True),
        ("troops", NK, 11000, None, "about", HUR,
         "about 11,000 North Korean infantry are undergoing training at five ranges in Russia's Far East", False),
        ("troops", NK, 11000, None, "exact", HUR,
         "HUR: 11K North Korean infantry training in Russia's Far East", True),
        ("troops", NK, 500, None, "about", HUR,
         "Roughly 500 officers have arrived with the units", False),
        ("troops", NK, 3, None, "exact", HUR,
         "three of them generals", True),
        ("troops", NK, 1500, None, "exact", NIS,
         "1,500 North Korean special forces were shipped from the port of Chongjin to Vladivostok", False),
        ("troops", NK, 1500, None, "exact", NIS,
         "first 1,500 North Korean special forces already in Vladivostok", True),
    ],
    "002": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers have already been killed or wounded in the Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops fighting in Kursk were believed to have suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "around 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "US"],
         "the North Koreans had suffered several hundred casualties", True),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Zelensky: North Korean losses in Kursk top 3K", True),
        ("casualties", NK, 1100, None, "about", JCS,
         "Seoul's military: about 1,100 North Korean casualties", True),
        ("casualties", UA, 46000, None, "more_than", RUMOD,
         "Ukraine has lost more than 46,000 troops in the Kursk region since its incursion in August", False),
        ("casualties", UA, 46000, None, "exact", RUMOD,
         "Russia says Ukraine has lost 46,000 in Kursk", True),
    ],
    "003": [
        ("killed", NK, 1000, None, "more_than", HUR,
         "More than 1,000 North Korean servicemen have been killed in Russia's Kursk region", False),
        ("troops", NK, 11000, 12000, "range", HUR,
         "HUR has put the size of the North Korean contingent at between 11,000 and 12,000", False),
        ("killed", NK, 21, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "its operators killed 21 North Korean soldiers", False),
        ("wounded", NK, 40, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 40 more", False),
    ],
    "004": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
        ("troops", NK, 11000, None, "about",
         ["U.S., South Korean and Ukrainian officials", "United States", "South Korea", "Ukraine", "officials"],
         "North Korea has sent an estimated 11,000 troops to Russia", False),
        ("killed", NK, 200, 999, "vague", ["Ukraine's military", "Ukraine"],
         "the North Koreans had suffered heavy losses, with hundreds killed", True),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "more_than", NIS_LEE,
         "The casualty toll among North Korean troops is believed to have exceeded 3,000", False),
        ("captured", NK, 2, None, "exact", NIS_LEE,
         "Ukrainian forces captured two wounded North Korean soldiers last week", False),
        ("troops", NK, 11000, None, "about", NIS_LEE,
         "Pyongyang is believed to have deployed about 11,000 troops to Russia", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea appears to have sent about 3,000 more soldiers to Russia in January and February", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "estimated North Korean casualties at about 4,000", False),
        ("troops", NK, 11000, None, "about", ["unattributed", "Reuters"],
         "About 11,000 North Korean soldiers were sent to Russia last autumn", False),
    ],
    "009": [
        ("troops", NK, 11000, 12000, "range",
         ["South Korean and Western intelligence", "South Korea", "Western intelligence", "BBC"],
         "11,000-12,000 North Korean soldiers arrived in Russia in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about",
         ["South Korean and Western intelligence", "South Korea", "Western intelligence", "BBC"],
         "some three thousand more followed in January and February", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "around 600 have died", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine", "BBC"],
         "The two soldiers captured by Ukraine in January", False),
    ],
    "010": [
        ("casualties", UA, 76000, None, "more_than", RUMOD,
         "the Ukrainian armed forces lost more than 76,000 servicemen in the region during the fighting", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS,
         "some two thousand North Korean soldiers have died fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS,
         "the roughly 600 deaths the agency reported in April", False),
        ("troops", NK, 15000, None, "up_to", ["South Korean estimates", "South Korea"],
         "Pyongyang has sent up to 15,000 soldiers to Russia", False),
        ("wounded", NK, 2000, 9999, "vague", NIS,
         "Thousands more have been wounded", True),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea", "state media", "Kim Jong Un"],
         "nine of its soldiers died during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers were killed in the fighting in Kursk", False),
    ],
}

NOT = {
    "000": ["the first 2,600 could reach the Kursk region by Nov. 1",
            "a total of about 12,000 troops, organized into four brigades",
            "four Russian navy landing ships",
            "five ranges",
            "3 killed in Kharkiv strike",
            "Russian glide bombs hit Zaporizhzhia, 2 injured",
            "over 1,000 days",
            "more than 18,000 members",
            "32 members"],
    "002": ["240mm multiple rocket launchers and 170mm self-propelled guns",
            "Russia launched 103 drones at Ukraine overnight",
            "52 were shot down and another 47",
            "power cuts of up to four hours",
            "2.2m cars expected on roads"],
    "003": ["the 11th Corps",
            "about $2,000 a month for each North Korean soldier",
            "Ukraine Downs 58 of 72 Russian Drones Overnight",
            "Three Killed as Russian Guided Bomb Hits Zaporizhzhia Apartment Block",
            "Held Its Line for 300 Days",
            "followed by 120K readers"],
    "004": ["born in 2005", "in the military since 2021", "The other, 26,", "captured on Jan. 9",
            "Russian drones hit 3 regions of Ukraine overnight",
            "1,000 days of Russia's war in Ukraine"],
    "005": ["families of 179 victims", "1,470 per dollar", "first solo fan concert in 6 cities"],
    "008": ["about 220 more 170mm self-propelled guns and 240mm multiple rocket launchers",
            "3 conditions must be met before any ceasefire",
            "cuts rates to 2.75%, lowest in over 2 years"],
    "009": ["June 2024", "Article 4",
            "as many as 12 million artillery shells",
            "Inside the Ukrainian unit that captured two North Korean soldiers",
            "152mm shells"],
    "010": ["a thousand sappers and five thousand military builders",
            "1,000 sappers for demining Russian territory, as well as 5,000 military builders",
            "DPRK to send 6,000 sappers and military builders",
            "over 400 tanks and more than 300 infantry fighting vehicles",
            "detachment of 3 ships",
            "2,700 residential buildings"],
    "013": ["another 6,000 personnel, 1,000 deminers and 5,000 military builders",
            "about $20 billion in economic benefits",
            "the roughly $2,000 a month Moscow pays per man",
            "the first three months",
            "5 things to know about their treaty"],
    "014": ["120 days",
            "1,000 sappers and 5,000 military construction workers",
            "N. Korea fires 2 ballistic missiles"],
}

OFF = ["001", "007", "011", "012"]
DUP = {"006": "004"}

# Troops totals that an "additional" reinforcement figure must not be alerted against (README: an
# additional force is a may pair at most).
TOTALS = ["000-1", "000-3", "003-2", "004-2", "005-5", "008-3", "009-1"]
may = [
    # optional repeats from the live blog's key-events list
    ["002-6", "002-2", "the key-events repeat of Zelensky's 3K against the JCS's 1,100 (the must pair, restated)"],
    ["002-1", "002-7", "Zelensky's figure against the key-events repeat of the JCS's 1,100"],
    ["002-6", "002-7", "both key-events repeats of the must pair"],
    ["002-5", "002-1", "the Pentagon's vague 'several hundred' (a week earlier) against more than 3,000"],
    ["002-5", "002-2", "the Pentagon's vague 'several hundred' against about 1,100"],
    ["003-1", "004-3", "more than 1,000 killed (HUR) against a vague 'hundreds killed' said a week earlier"],
    # cumulative figures rising over weeks or months
    ["002-4", "005-2", "NIS wounded about 1,000 (Dec 19) then about 2,700 (Jan 13): an update, weeks apart"],
    ["002-2", "005-3", "JCS about 1,100 casualties (Dec 23) against NIS more than 3,000 (Jan 13): three weeks apart"],
    ["002-7", "005-3", "key-events repeat of the JCS's 1,100 against NIS more than 3,000, three weeks later"],
    ["002-2", "008-2", "JCS about 1,100 casualties in December, about 4,000 in late February: an update"],
    ["002-7", "008-2", "key-events repeat of the JCS's 1,100 against its 4,000 two months later"],
    ["008-2", "009-3", "about 4,000 casualties (February) against about 4,700 (April): an update"],
    ["002-2", "009-3", "about 1,100 casualties (December) against about 4,700 (April)"],
    ["002-7", "009-3", "key-events repeat of 1,100 against 4,700 four months later"],
    ["003-1", "009-4", "more than 1,000 killed (HUR, January) against about 600 (NIS, April), months apart"],
    ["005-1", "009-4", "NIS about 300 killed (January) then about 600 (April): an update"],
    ["003-1", "013-2", "more than 1,000 killed (HUR, January) against the NIS's April 600, months apart"],
    ["005-1", "013-2", "NIS 300 killed (January) against its 600 (April), restated in September"],
    ["005-1", "013-1", "NIS 300 killed (January) against about 2,000 (September)"],
    ["009-4", "013-1", "NIS about 600 killed (April) against about 2,000 (September)"],
    ["005-1", "014-2", "NIS 300 killed (January) against about 2,000 (as cited in December)"],
    ["009-4", "014-2", "NIS about 600 killed (April) against about 2,000 (as cited in December)"],
    ["013-2", "014-2", "the April 600 (restated in September) against about 2,000 (December)"],
    ["004-3", "005-1", "vague 'hundreds killed' against about 300"],
    ["002-9", "010-1", "key-events '46,000' Ukrainian losses (December) against more than 76,000 (June), months apart"],
]
for add in ("008-1", "009-2"):
    for tot in TOTALS:
        may.append(sorted([tot, add]) + ["a total against about 3,000 additional troops sent in January and February"])

conflicts = {
    "must": [
        ["002-1", "002-2",
         "more than 3,000 North Korean killed and wounded (Zelensky) against about 1,100 casualties "
         "(South Korea's JCS), in the same live blog on the same day"],
        ["003-1", "005-1",
         "more than 1,000 North Koreans killed (Ukraine's HUR, Jan 10) against about 300 killed "
         "(South Korea's NIS, Jan 13-14), four days apart"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
