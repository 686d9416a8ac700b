#!/usr/bin/env python3
"""Gold labels for testdata/blind791 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind791/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defense Intelligence of Ukraine", "Ukraine's military intelligence", "military intelligence", "HUR",
       "Ukraine"]
US = ["United States", "U.S.", "US", "Washington"]
BLINKEN = ["Antony Blinken", "Antony J. Blinken", "Blinken", "Secretary of State", "State Department"] + US
AUSTIN = ["Lloyd Austin", "Austin", "Secretary of Defense", "Pentagon"] + US
PENTAGON = ["Pentagon", "Pentagon official", "Department of Defense"] + US
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"]
RUMOD = ["Russian defence ministry", "Russia's defence ministry", "Russian Defense Ministry", "defence ministry",
         "Russia"]
GERASIMOV = ["Valery Gerasimov", "Gerasimov", "chief of the general staff", "General Staff", "Russia"]
USOFF = ["US officials", "U.S. officials"] + US
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has shipped about 1,500 special operations troops to Russia's Far East", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers are in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", AUSTIN,
         "some 10,000 North Korean troops have been sent to Russia altogether", False),
        ("casualties", RU, 600000, None, "more_than", AUSTIN,
         "Russia has already suffered more than 600,000 killed and wounded in this war", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand soldiers from North Korea in Kursk region", False),
    ],
    "004": [
        ("troops", NK, 10000, 12000, "range", ["South Korean and American officials", "South Korea"] + US,
         "South Korean and American officials put the total sent to Russia at between 10,000 and 12,000", False),
        ("troops", NK, 10000, None, "about", PENTAGON,
         "The Pentagon's most recent count, made public on October 28, was about 10,000 in Russia as a whole", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Antony Blinken said about 8,000 North Korean soldiers were in the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukrainian military intelligence"],
         "Volodymyr Zelensky said 11,000 were already there", False),
        # officers only: a part of the whole contingent
        ("troops", NK, 500, None, "up_to", HUR,
         "as many as 500 North Korean officers have accompanied the rank and file", False),
    ],
    "005": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers sent to fight for Russia have been killed in the Kursk region", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 have been wounded", False),
        # one engagement only: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         "North Korean troops had suffered several hundred casualties", True),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "About 1,100 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 had been wounded", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in Russia's Kursk region has already exceeded 3,000",
         False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Volodymyr Zelensky said more than 3,000 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "South Korea's joint chiefs of staff estimated North Korean casualties at about 1,100", False),
        # one day on one axis: a part of the whole
        ("casualties", UA, 250, None, "up_to", RUMOD,
         "Ukraine lost up to 250 servicemen in the Kursk direction over the past 24 hours", False),
    ],
    "011": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "putting total North Korean casualties at roughly 3,000", False),
        ("captured", NK, 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukraine had captured two North Korean soldiers", False),
    ],
    "013": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korea's casualties in the Kursk region have reached some 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "including about 600 deaths", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "Pyongyang sent roughly 3,000 additional soldiers in January and February", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the some 11,000 it dispatched last autumn", False),
        ("casualties", UA, 76000, None, "more_than", GERASIMOV,
         "Ukraine had lost more than 76,000 troops during the Kursk operation", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "Ukraine's military intelligence had already estimated North Korean losses at about 4,000 in February",
         False),
    ],
    "014": [
        # one engineer regiment on a demining mission: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "Nine sappers from the regiment, sent to clear Russia's Kursk region of mines, died", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died in the fighting", False),
        # the April figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 in its April estimate", False),
        ("troops", NK, 10000, None, "about", NIS,
         "put the number of North Korean troops still deployed in Russian border areas at about 10,000", False),
        # builders and deminers: a separate contingent, vague
        ("troops", NK, 2000, 9000, "vague", NIS,
         "Several thousand builders and deminers have arrived since", True),
        # the first group, restated in the timeline
        ("troops", NK, 1500, None, "exact", NIS,
         "the first 1,500 North Korean special forces land in Vladivostok", False),
        ("troops", RU, 50000, None, "about", USOFF,
         "Russia has massed some 50,000 of its own troops", False),
        ("captured", NK, 2, None, "exact", U + ["Ukraine"],
         "Ukraine captures two North Korean soldiers", False),
        # reinforcements, restated: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "about 3,000 reinforcements arrive", False),
        ("casualties", NK, 4700, None, "exact", NIS,
         "the NIS puts North Korean casualties at 4,700", False),
    ],
}

NOT = {
    "000": ["KOSPI 2,593.37", "four Russian navy amphibious ships and three escort vessels",
            "a total of some 12,000 troops in four brigades", "11th Corps", "roughly 1.2 million strong",
            "1950-53", "1.4 million youths", "11-day air drills", "30th straight week", "Over 6,000 runners",
            "draws 90,000"],
    "002": ["OCTOBER 31, 2024", "17 minute read", "four ministers", "two questions from each side", "71 years",
            "as many as 100,000 soldiers", "about 300 kilometers", "4:12 p.m."],
    "003": ["November 5, 2024 10:45 AM", "3 min read", "several hundred square kilometers", "Aug. 6",
            "more than 15,000 members", "Russia has lost 703,600 troops", "7 killed in Russian glide bomb attack"],
    "004": ["3,000 higher than Washington's", "about $2,000 a month per soldier", "since 1953", "June 19",
            "Article 4", "Reading time 5 min", "Russia lost 1,500 soldiers in a single day"],
    "005": ["KOSPI 2,435.93", "Dec. 14-15", "240-millimeter", "204 to 85", "1,450 per dollar",
            "More than 3,000 travelers", "Dec. 27"],
    "007": ["240-millimeter", "170-mm", "below 700,000", "2nd summons"],
    "008": ["776,170 troops", "kills 2 in Kherson", "Views: 3 418", "December 16"],
    "009": ["almost three times as high", "captured two villages", "42 of the 62 drones", "a further 20",
            "two tanks", "Comments (1,146)", "death toll rises to five", "more than 200 injured",
            "2.7 million drivers"],
    "011": ["aged 20", "aged 26", "179 victims", "Over 1,000 police", "2025.01.13 17:28"],
    "013": ["Runtime 2:31", "KOSPI 2,556.61", "17°C", "23 MILLION SUBSCRIBERS", "JUNE 3", "(2:04)"],
    "014": ["Issue No. 214", "7 min read", "38,400 readers", "four-month mission", "1,000 sappers",
            "5,000 military builders", "727.9 trillion won", "20-year-old men", "66.3 trillion won", "about 365,000",
            "2.4 million", "How 1,500 became 14,000", "12: straight months"],
}

OFF = ["001", "006", "012"]
DUP = {"010": "008"}

# Short descriptions of the claims that appear in conflict pairs, for the reasons below.
D = {
    "000-1": "NIS's first group of about 1,500 (Oct 18 2024)",
    "002-1": "Blinken's about 8,000 in Kursk (Oct 31 2024)",
    "002-2": "Austin's some 10,000 in Russia (Oct 31 2024)",
    "003-1": "Zelensky's 11,000 in Kursk (Nov 4 2024)",
    "004-1": "10,000-12,000 sent in all (Nov 2024)",
    "004-2": "the Pentagon's about 10,000 in Russia (Oct 28 2024)",
    "004-3": "Blinken's about 8,000 in Kursk (Oct 31 2024)",
    "004-4": "Zelensky's 11,000 in Kursk (Nov 4 2024)",
    "004-5": "as many as 500 officers (Nov 2024)",
    "013-3": "about 3,000 reinforcements (Jan-Feb 2025)",
    "013-4": "some 11,000 sent in autumn 2024 (said Apr 2025)",
    "014-4": "about 10,000 still deployed (Nov 2025)",
    "014-5": "several thousand builders and deminers (late 2025, vague)",
    "014-6": "the first 1,500 (Oct 2024, restated Dec 2025)",
    "014-9": "about 3,000 reinforcements (Jan-Feb 2025, restated)",
    "005-3": "at least 30 casualties in one weekend's assaults (HUR, Dec 14-15 2024)",
    "005-4": "several hundred casualties (Pentagon, Dec 2024, vague)",
    "007-1": "the JCS's about 1,100 casualties (Dec 23 2024)",
    "008-1": "Zelensky's more than 3,000 casualties (Dec 23 2024)",
    "009-1": "Zelensky's more than 3,000 casualties (Dec 23 2024)",
    "009-2": "the JCS's about 1,100 casualties (Dec 23 2024)",
    "011-3": "the NIS's roughly 3,000 casualties (Jan 13 2025)",
    "013-1": "the NIS's about 4,700 casualties (Apr 30 2025)",
    "013-6": "HUR's about 4,000 casualties (Feb 2025)",
    "014-10": "the NIS's 4,700 casualties (Apr 2025, restated)",
    "005-1": "at least 100 killed (NIS, Dec 19 2024)",
    "007-2": "at least 100 killed (NIS, Dec 19 2024, restated)",
    "011-1": "about 300 killed (NIS, Jan 13 2025)",
    "013-2": "about 600 killed (NIS, Apr 30 2025)",
    "014-1": "nine sappers killed clearing mines (2025)",
    "014-2": "about 2,000 killed (NIS, Sep 2025)",
    "014-3": "roughly 600 killed (NIS, April 2025, restated)",
    "005-2": "nearly 1,000 wounded (NIS, Dec 19 2024)",
    "007-3": "close to 1,000 wounded (NIS, Dec 19 2024, restated)",
    "011-2": "some 2,700 wounded (NIS, Jan 13 2025)",
    "009-3": "up to 250 Ukrainian losses in one day (Russian MoD, Dec 23 2024)",
    "013-5": "more than 76,000 Ukrainian losses over the whole Kursk operation (Gerasimov, Apr 2025)",
}

FIRST = "a first group against a later or larger figure, weeks or months apart"
PART = "a part (officers, one unit, one battle, one day) against a whole"
ADD = "an additional or separate force against the main contingent"
MONTHS = "months apart: a rising or changed total"
PLACE = "all of Russia against the Kursk region, days apart: a whole against a part, or a loose disagreement"
AGAIN = "a restatement of a pair already told (the first cross-article pair or the within-article pair)"
RISE = "weeks apart: a rising total"
VAGUE = "a vague figure against a firm one"
UPDATE = "an update within one article: the earlier figure quoted as the base of the rise"


def pairs(reason, *ps):
    return [[a, b, "%s against %s: %s" % (D[a], D[b], reason)] for a, b in ps]


conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Korean soldiers in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
                           "(Zelensky, Nov 4, reported Nov 5), five days apart: the first articles carrying each"],
        ["004-3", "004-4", "within one explainer: Blinken's about 8,000 in Kursk against Zelensky's 11,000 in Kursk, "
                           "set side by side, five days apart"],
        ["007-1", "008-1", "about 1,100 North Korean casualties (South Korea's JCS) against more than 3,000 "
                           "(Zelensky), the same day: the first articles carrying each"],
        ["009-2", "009-1", "within one live blog: the JCS's about 1,100 casualties against Zelensky's more than "
                           "3,000, the same day"],
    ],
    "may": (
        # troops, North Korea
        pairs(FIRST, ("000-1", "002-1"), ("000-1", "002-2"), ("000-1", "003-1"), ("000-1", "004-1"),
              ("000-1", "004-2"), ("000-1", "004-3"), ("000-1", "004-4"), ("000-1", "013-4"),
              ("000-1", "014-4"), ("014-6", "002-1"), ("014-6", "002-2"), ("014-6", "003-1"),
              ("014-6", "004-1"), ("014-6", "004-2"), ("014-6", "004-3"), ("014-6", "004-4"),
              ("014-6", "013-4"), ("014-6", "014-4"))
        + pairs(PART, ("004-5", "000-1"), ("004-5", "002-1"), ("004-5", "002-2"), ("004-5", "003-1"),
                ("004-5", "004-1"), ("004-5", "004-2"), ("004-5", "004-3"), ("004-5", "004-4"),
                ("004-5", "013-3"), ("004-5", "013-4"), ("004-5", "014-4"), ("004-5", "014-5"),
                ("004-5", "014-6"), ("004-5", "014-9"),
                ("002-1", "002-2"), ("002-1", "004-1"), ("002-1", "004-2"),
                ("004-3", "004-1"), ("004-3", "004-2"), ("002-2", "004-3"))
        + pairs(PLACE, ("002-2", "003-1"), ("002-2", "004-4"), ("004-2", "003-1"), ("004-2", "004-4"))
        + pairs(AGAIN, ("002-1", "004-4"), ("004-3", "003-1"))
        + pairs(ADD, ("013-3", "000-1"), ("013-3", "002-1"), ("013-3", "002-2"), ("013-3", "003-1"),
                ("013-3", "004-1"), ("013-3", "004-2"), ("013-3", "004-3"), ("013-3", "004-4"),
                ("013-3", "013-4"), ("013-3", "014-4"), ("013-3", "014-5"), ("013-3", "014-6"),
                ("014-9", "000-1"), ("014-9", "002-1"), ("014-9", "002-2"), ("014-9", "003-1"),
                ("014-9", "004-1"), ("014-9", "004-2"), ("014-9", "004-3"), ("014-9", "004-4"),
                ("014-9", "013-4"), ("014-9", "014-4"), ("014-9", "014-5"), ("014-9", "014-6"),
                ("014-5", "000-1"), ("014-5", "002-1"), ("014-5", "002-2"), ("014-5", "003-1"),
                ("014-5", "004-1"), ("014-5", "004-2"), ("014-5", "004-3"), ("014-5", "004-4"),
                ("014-5", "013-4"), ("014-5", "014-4"), ("014-5", "014-6"))
        + pairs(MONTHS, ("002-1", "013-4"), ("004-3", "013-4"), ("002-1", "014-4"), ("004-3", "014-4"),
                ("002-2", "013-4"), ("004-2", "013-4"), ("003-1", "014-4"), ("004-4", "014-4"),
                ("013-4", "014-4"))
        # casualties, North Korea
        + pairs(PART, ("005-3", "005-4"), ("005-3", "007-1"), ("005-3", "008-1"), ("005-3", "009-1"),
                ("005-3", "009-2"), ("005-3", "011-3"), ("005-3", "013-1"), ("005-3", "013-6"),
                ("005-3", "014-10"))
        + pairs(VAGUE, ("005-4", "007-1"), ("005-4", "008-1"), ("005-4", "009-1"), ("005-4", "009-2"),
                ("005-4", "011-3"), ("005-4", "013-1"), ("005-4", "013-6"), ("005-4", "014-10"))
        + pairs(AGAIN, ("007-1", "009-1"), ("009-2", "008-1"))
        + pairs(RISE, ("007-1", "011-3"), ("009-2", "011-3"))
        + pairs(MONTHS, ("007-1", "013-1"), ("007-1", "013-6"), ("007-1", "014-10"),
                ("009-2", "013-1"), ("009-2", "013-6"), ("009-2", "014-10"),
                ("011-3", "013-1"), ("011-3", "013-6"), ("011-3", "014-10"),
                ("013-6", "013-1"), ("013-6", "014-10"))
        # killed, North Korea
        + pairs(PART, ("014-1", "005-1"), ("014-1", "007-2"), ("014-1", "011-1"), ("014-1", "013-2"),
                ("014-1", "014-2"), ("014-1", "014-3"))
        + pairs(MONTHS, ("011-1", "013-2"), ("011-1", "014-3"), ("011-1", "014-2"), ("013-2", "014-2"))
        + pairs(UPDATE, ("014-3", "014-2"))
        # wounded, North Korea
        + pairs(RISE, ("005-2", "011-2"), ("007-3", "011-2"))
        # casualties, Ukraine
        + pairs(PART, ("009-3", "013-5"))
    ),
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
