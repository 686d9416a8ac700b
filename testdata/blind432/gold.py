#!/usr/bin/env python3
"""Gold labels for testdata/blind432 (python3 gold.py > gold.json)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind432: fifteen articles written and labelled blind, in the format of "
         "testdata/corpus (see its README.md for what counts as a claim and a conflict).")

NK, RU, UA = "north_korea", "russia", "ukraine"
PENTAGON = ["Pentagon", "Sabrina Singh", "Defense Department", "United States", "U.S."]
HUR = ["HUR", "Budanov", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"]

A = {
    "000": [
        ("troops", NK, 10000, None, "about", PENTAGON,
         "Roughly 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "Up to 12,000 North Korean personnel are now in Russia", False),
        ("troops", NK, 500, None, "about", HUR + ["directorate"],
         "the contingent is commanded by about 500 officers of its own", False),
        ("troops", NK, 1500, None, "exact", NIS,
         "1,500 special forces troops had been ferried to Vladivostok aboard Russian navy transport ships", False),
        ("troops", NK, 10000, None, "about", PENTAGON,
         "on Monday the department put the figure at about 10,000", False),
    ],
    "002": [
        ("troops", NK, 10000, 12000, "range", ["unattributed"],
         "The force is generally put at between 10,000 and 12,000 soldiers", False),
        ("troops", NK, 11000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "some eleven thousand of them were now in the Kursk region", False),
        ("troops", NK, 10000, None, "more_than", ["Antony Blinken", "Blinken", "United States", "US"],
         "more than 10,000 had been sent to eastern Russia", False),
        ("troops", NK, 200, 900, "vague", ["unattributed"],
         "Only a few hundred are believed to have seen combat so far", True),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops sent to Russia have suffered about 1,100 casualties in fighting with Ukrainian forces in the Kursk region", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "some 1,000 wounded", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("killed", NK, 50, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "its units had killed 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 47 in Kursk Oblast", False),
        ("killed", NK, 200, None, "at_least", ["Defence Intelligence", "HUR", "Ukraine"],
         "at least 200 North Korean soldiers had been killed in fighting", False),
    ],
    "006": [
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's Kursk region", False),
        ("casualties", RU, 808190, None, "exact", ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "Russia's total combat losses since February 2022 at 808,190 troops", False),
        ("casualties", RU, 1480, None, "exact", ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "1,480 of them over the past 24 hours", False),
        ("captured", NK, 2, None, "exact", NIS,
         "Ukraine had captured the two North Korean soldiers on Jan. 9", False),
    ],
    "008": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Lee Seong-kweun"],
         "Ukraine had captured two North Korean soldiers last Thursday", False),
    ],
    "009": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea appears to have sent about 3,000 additional soldiers to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the roughly 11,000 it dispatched last year", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or wounded while fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS,
         "including roughly 600 deaths", False),
        ("casualties", NK, 6000, None, "more_than", ["Ministry of Defence", "UK Ministry of Defence", "UK", "Britain"],
         "North Korean forces had suffered more than 6,000 casualties in Kursk", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine", "BBC"],
         "Ukraine captures two North Korean soldiers", False),
    ],
    "012": [
        ("casualties", UA, 76000, None, "more_than", ["Russian Defense Ministry", "Defense Ministry", "Russia", "Gerasimov"],
         "the Ukrainian armed forces lost more than 76,000 servicemen in the Kursk area during the incursion", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has lost an estimated two thousand soldiers killed in the war in Russia", False),
        ("killed", NK, 600, None, "about", NIS + ["Park Sun-won"],
         "up from about 600 deaths it reported in April", False),
        ("troops", NK, 2000, 9999, "vague", NIS + ["Park Sun-won"],
         "thousands of North Korean soldiers remain in Russia's border regions", True),
    ],
}

NOT = {
    "000": ["a total of 12,000 by December", "about 1.28 million", "$425 million weapons package",
            "155 mm artillery rounds", "Oct. 23", "3 new long-range fires battalions by 2027",
            "$1.2B contract for 12 landing craft", "six years", "June 19, 2024", "214 comments"],
    "002": ["60 mm mortars", "more than 13,000 containers", "August 2023", "170 mm Koksan self-propelled guns",
            "hundreds of millions of dollars a year", "up to 300 km", "4 min Reading time",
            "Russia's 2025 budget: defence spending to rise by a quarter"],
    "003": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "13th anniversary",
            "Won falls to 1,450 per dollar", "2 dead, 5 injured in apartment fire in Gwangju",
            "for 3rd week", "paras 4-7"],
    "005": ["Russians attack Kharkiv with 12 drones overnight: 3 injured", "42.2 per dollar",
            "Ukraine's Air Force downs 52 of 72 Shahed drones", "26 December 2024"],
    "006": ["born in 2005", "aged 26", "9,700 tanks", "22,840 unmanned aerial vehicles",
            "74 Shahed-type drones", "47 were shot down", "25 were lost to electronic jamming",
            "Seoul: 1,100 North Korean Casualties in Kursk (Dec. 23)",
            "Ukraine Says 200 North Korean Soldiers Killed So Far", "40th Aid Package",
            "$4.99 a month", "87 comments"],
    "008": ["300-seat National Assembly", "aged 20 and 26", "KOSPI 2,489.56", "USD/KRW 1,472.50"],
    "009": ["about 220 artillery pieces", "170-millimeter self-propelled guns",
            "240-millimeter multiple rocket launchers", "Watch video 1:42",
            "N.Korea test-fires 4 cruise missiles", "3-way air drill"],
    "011": ["some $20bn (£15bn)", "28 April 2025"],
    "012": ["1,000 sappers", "5,000 military builders", "one thousand sappers",
            "five thousand military builders", "June 19, 2024", "December 4, 2024", "Article 4",
            "over 1,500 explosive objects defused in May"],
    "014": ["the 6,000 military engineers and builders it pledged to send", "dozens of portraits",
            "cut NIS domestic intelligence division by 30%"],
}

OFF = ["001", "004", "010", "013"]
DUP = {"007": "005"}

conflicts = {
    "must": [
        ["003-1", "005-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 26), three days apart"],
        ["011-1", "011-3", "about 4,700 casualties (NIS) against more than 6,000 (UK Ministry of Defence) in the same article, the same month"],
    ],
    "may": [
        ["000-1", "002-2", "roughly 10,000 (Pentagon, Oct 30) against about 11,000 (Zelensky) two weeks later, while the count was growing"],
        ["000-5", "002-2", "about 10,000 (Pentagon) against about 11,000 (Zelensky) two weeks later"],
        ["000-1", "009-2", "roughly 10,000 (Oct 2024) against roughly 11,000 'dispatched last year', five months later"],
        ["000-5", "009-2", "about 10,000 (Oct 2024) against roughly 11,000, five months later"],
        ["000-1", "009-1", "about 10,000 in all against about 3,000 additional soldiers, months later"],
        ["000-5", "009-1", "about 10,000 in all against about 3,000 additional soldiers, months later"],
        ["002-1", "009-1", "10,000-12,000 in all against about 3,000 additional soldiers"],
        ["002-2", "009-1", "about 11,000 in Kursk against about 3,000 additional soldiers"],
        ["002-3", "009-1", "more than 10,000 sent against about 3,000 additional soldiers"],
        ["003-3", "008-2", "some 1,000 wounded (NIS, mid-December) against some 2,700 (NIS, Jan 13): a later rise in a cumulative figure"],
        ["003-1", "011-1", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025): a cumulative figure months later"],
        ["003-1", "011-3", "1,100 casualties (Dec 2024) against more than 6,000 (Apr 2025): months apart"],
        ["008-1", "011-2", "about 300 killed (Jan) against about 600 (Apr), same agency: a later rise"],
        ["008-1", "014-1", "about 300 killed (Jan) against about 2,000 (Sep), same agency: a later rise"],
        ["008-1", "014-2", "about 300 killed (Jan) against about 600 (the April figure): a later rise"],
        ["011-2", "014-1", "about 600 killed (Apr) against about 2,000 (Sep), same agency: an update, not a conflict"],
        ["014-2", "014-1", "the April figure of about 600 restated against the new 2,000: an update, not a conflict"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
