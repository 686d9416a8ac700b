#!/usr/bin/env python3
"""Gold labels for testdata/blind453 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU = "north_korea", "russia"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul's spy agency", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "South Korean military"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "the North is moving a force of some 12,000 soldiers in four brigades", False),
        ("troops", NK, 1500, None, "about", NIS,
         "A first contingent of about 1,500 special forces troops was carried from the ports of Chongjin, Hamhung and Musudan to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers were now in Russia's Kursk Oblast", False),
    ],
    "002": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops fighting alongside Russian forces against Ukraine appear to have suffered around 1,100 casualties", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "The North is believed to have sent about 11,000 troops to Russia since October", False),
        ("killed", NK, 100, None, "about", NIS,
         "about 100 North Korean soldiers had died in combat", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 had been injured", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrsky"],
         "More than 3,000 North Korean soldiers have been killed or wounded fighting for Russia in the Kursk region", False),
        ("troops", NK, 10000, None, "more_than", ["Kyiv", "Western capitals", "Ukraine"],
         "Kyiv and Western capitals say Pyongyang has sent more than 10,000 soldiers to Russia", False),
    ],
    "005": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have taken two North Korean servicemen prisoner in Russia's Kursk region", False),
        ("troops", NK, 12000, None, "up_to",
         ["Ukrainian and South Korean intelligence", "Ukrainian intelligence", "South Korean intelligence", "Ukraine", "South Korea"],
         "Pyongyang has sent up to 12,000 soldiers to Russia", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS,
         "around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "about 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "the toll of some 3,000 casualties", False),
        ("captured", NK, 2, None, "exact", NIS,
         "two North Korean soldiers were captured by Ukrainian forces on Jan. 9", False),
    ],
    "007": [
        ("troops", NK, 11000, 12000, "range",
         ["Western and South Korean intelligence", "Western intelligence", "South Korean intelligence", "South Korea"],
         "put the original contingent, sent last autumn, at between 11,000 and 12,000 soldiers", False),
        ("troops", NK, 3000, None, "about", JCS,
         "Pyongyang had sent some three thousand more troops in January and February", False),
        ("killed", NK, 200, 900, "vague", ["Seoul's spy agency", "NIS", "National Intelligence Service", "South Korea"],
         "Seoul's spy agency has spoken of several hundred dead", True),
        ("wounded", NK, 2000, 9999, "vague", ["Seoul's spy agency", "NIS", "National Intelligence Service", "South Korea"],
         "thousands wounded", True),
        ("troops", RU, 50000, None, "about", ZEL,
         "it had massed around 50,000 of its own troops in the area", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean forces sent to Russia have suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 deaths", False),
        ("killed", NK, 1000, None, "at_least", ["Western officials", "British media", "Western"],
         "at least 1,000 North Korean soldiers had been killed in the space of three months", False),
    ],
    "009": [],
    "012": [
        ("killed", NK, 2000, None, "about", NIS + ["lawmakers"],
         "It says about 2,000 have died", False),
        ("troops", NK, 10000, None, "about", NIS + ["lawmakers"],
         "roughly ten thousand North Korean troops remain stationed near the border in Russia's Kursk region", False),
        ("troops", NK, 1000, None, "about", NIS + ["lawmakers"],
         "about 1,000 have already crossed into Russia", False),
    ],
}

NOT = {
    "000": ["four brigades", "four Russian amphibious landing ships and three escort vessels", "since 1990",
            "AK-12 rifles", "more than 13,000 containers of artillery shells", "between Oct. 8 and 13",
            "2 dead, 5 injured in Incheon factory fire", "up 7.5 pct", "won at 1,370.4 per dollar"],
    "001": ["Russia launches 96 drones overnight; Ukraine's Air Force downs 62", "another 28 were \"lost\" to electronic warfare",
            "18 Bohdana 155 mm self-propelled howitzers", "($159 million)", "Join more than 15,000 members",
            "a \"small group\" of North Korean soldiers", "five scenarios"],
    "002": ["240-millimeter multiple rocket launchers", "170-mm self-propelled guns", "Share 112",
            "Why 3 in 10 young Koreans say they will never marry", "won hits 15-year low at 1,452.1 per dollar",
            "5 year-end concerts"],
    "004": ["78 missiles and 106 drones", "more than half a million homes", "since the 1950-53 Korean conflict",
            "several hundred square kilometres", "taken a North Korean soldier prisoner"],
    "005": ["born in 2005", "since 2021", "aged 26", "Russian Strike on Zaporizhzhia Kills 13, Wounds Dozens",
            "F-16 Deliveries Mean for Ukraine in 2025"],
    "006": ["11th Corps", "a soldier about to be taken prisoner", "enters 12th day", "70 years on",
            "Three things to know about the NIS briefing"],
    "007": ["around 1,300 square kilometers", "as much as $20 billion", "around $2,000 a month",
            "Active personnel: about 1.28 million (IISS)", "up to 10 years for men",
            "2 killed as car drives into crowd in Mannheim", "€800 billion"],
    "008": ["170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
            "5,000-ton destroyer", "close up 0.4%"],
    "009": ["will send 1,000 sappers to clear mines", "5,000 military construction workers",
            "a thousand sappers for demining", "5,000 military builders to restore the infrastructure",
            "more than 400 km of power lines", "June 19, 2024", "Article 4"],
    "012": ["the 5,000 military builders Moscow announced in June", "tops 8.8 trillion yen", "Watch video 01:48"],
}

OFF = ["003", "010", "011", "013"]
DUP = {"014": "004"}

conflicts = {
    "must": [
        ["002-1", "004-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 26), four days apart"],
        ["008-2", "008-3", "about 600 killed (NIS, via Lee Seong-kweun) against at least 1,000 killed (Western officials, via British media), a week apart, in one article"],
    ],
    "may": [
        # troops: months apart, or an additional force
        ["000-1", "001-1", "some 12,000 being moved to Russia (NIS) against 11,000 in Kursk (Zelensky), 18 days apart"],
        ["000-1", "002-2", "some 12,000 (NIS, October) against about 11,000 (December)"],
        ["007-2", "000-1", "an additional 3,000 against the original 12,000"],
        ["007-2", "001-1", "an additional 3,000 against the original 11,000"],
        ["007-2", "002-2", "an additional 3,000 against the original 11,000"],
        ["007-2", "004-2", "an additional 3,000 against more than 10,000 sent"],
        ["007-2", "007-1", "an additional 3,000 against the original 11,000-12,000"],
        ["012-2", "000-1", "about 10,000 remaining (September 2025) against 12,000 sent (October 2024)"],
        ["012-2", "001-1", "about 10,000 remaining (September 2025) against 11,000 (November 2024)"],
        ["012-2", "002-2", "about 10,000 remaining (September 2025) against 11,000 (December 2024)"],
        ["012-2", "004-2", "about 10,000 remaining (September 2025) against more than 10,000 (December 2024)"],
        ["012-2", "007-1", "about 10,000 remaining (September 2025) against an original 11,000-12,000"],
        ["012-2", "007-2", "about 10,000 remaining against an additional 3,000"],
        # killed: cumulative estimates months apart
        ["002-3", "008-2", "about 100 killed (December) against about 600 (April)"],
        ["002-3", "008-3", "about 100 killed (December) against at least 1,000 (April)"],
        ["002-3", "012-1", "about 100 killed (December) against about 2,000 (September)"],
        ["006-1", "008-2", "about 300 killed (January) against about 600 (April)"],
        ["006-1", "008-3", "about 300 killed (January) against at least 1,000 (April)"],
        ["006-1", "012-1", "about 300 killed (January) against about 2,000 (September)"],
        ["008-2", "012-1", "about 600 killed (April) against about 2,000 (September), same agency"],
        ["007-3", "002-3", "several hundred dead (March) against about 100 (December)"],
        ["007-3", "008-3", "several hundred dead (March) against at least 1,000 (April)"],
        ["007-3", "012-1", "several hundred dead (March) against about 2,000 (September)"],
        # wounded
        ["007-4", "002-4", "thousands wounded (March) against close to 1,000 (December)"],
        # casualties
        ["004-1", "006-3", "more than 3,000 (Zelensky, December) against some 3,000 (NIS, January)"],
        ["002-1", "008-1", "about 1,100 (December) against about 4,700 (April)"],
        ["006-3", "008-1", "some 3,000 (January) against about 4,700 (April), same agency"],
    ],
}

about = ("Gold labels for testdata/blind453/articles, written and labelled blind. See testdata/corpus/README.md "
         "for the meaning of every field. Not conflicts: 002-1 -> 006-3, 002-3 -> 006-1 and 002-4 -> 006-2 are "
         "South Korea's cumulative estimates rising three weeks later (an update); 000-2 and 012-3 are parts of the whole.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
