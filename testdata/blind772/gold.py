#!/usr/bin/env python3
"""Gold labels for testdata/blind772 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind772/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun", "Lee"] + NIS
PENT = ["Pentagon", "Sabrina Singh", "Singh", "U.S. Department of Defense", "United States", "U.S.", "US"]
BLINKEN = ["Antony Blinken", "Blinken", "U.S. Secretary of State", "State Department", "United States", "U.S.", "US"]
AUSTIN = ["Lloyd Austin", "Austin", "Washington", "Pentagon", "United States", "U.S.", "US"]
RYDER = ["Pat Ryder", "Maj. Gen. Pat Ryder", "Ryder", "Pentagon", "United States", "U.S.", "US"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military",
       "South Korea", "Seoul"]
HUR = ["Andriy Yusov", "Yusov", "Defense Intelligence", "Ukraine's Defense Intelligence", "HUR",
       "Ukraine's military intelligence", "Ukraine"]
SSO = ["Special Operations Forces", "Ukraine's Special Operations Forces", "SSO", "Ukraine"]
GERASIMOV = ["Valery Gerasimov", "Gerasimov", "Russia's General Staff", "General Staff", "Russia"]
KCNA = ["North Korean state media", "state media", "KCNA", "Korean Central News Agency", "North Korea"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "About 1,500 soldiers from the Korean People's Army's special operations forces have already been ferried to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENT,
         "North Korea has sent approximately 10,000 soldiers in total to train in eastern Russia", False),
        # last week's figure, quoted as the base of the rise: an update, not a conflict
        ("troops", NK, 3000, None, "at_least", PENT + ["John Kirby", "White House"],
         "the at least 3,000 that we described to you last week", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean troops are now in Russia's Kursk border region", False),
        # the whole contingent in Russia, of which the 8,000 in Kursk are a part
        ("troops", NK, 10000, None, "about", AUSTIN,
         "the total number of North Korean soldiers in Russia stood at roughly 10,000", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "the number of North Korean troops in Russia's Kursk region has reached 11,000", False),
    ],
    "006": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of about 1,500 special forces troops had been shipped to Russia's Far East", False),
        ("troops", NK, 10000, None, "about", PENT,
         "the Pentagon put the total at about 10,000", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers had reached the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukraine's military intelligence"],
         "There are already 11,000 soldiers from North Korea in the Kursk region", False),
        ("troops", RU, 50000, None, "about",
         ["U.S. and Ukrainian officials", "U.S. officials", "Ukrainian officials", "United States", "U.S.", "Ukraine"],
         "Russia has massed about 50,000 of its own soldiers in the Kursk region", False),
    ],
    "007": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed in battles in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "close to 1,000 have been wounded", False),
        ("troops", NK, 11000, None, "about", LEE,
         "of the roughly 11,000 North Korean troops dispatched to Russia", False),
        ("casualties", NK, 200, 900, "vague", RYDER,
         "North Korean troops had suffered several hundred casualties", True),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        # one three-day battle only: a part of the whole
        ("killed", NK, 50, None, "about", SSO,
         "its operators had killed nearly 50 North Korean soldiers in three days of fighting near the village of Plekhovo", False),
    ],
    "010": [
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers have been killed or wounded while fighting alongside Russian forces against Ukraine", False),
    ],
    "011": [
        ("killed", NK, 300, None, "about", LEE,
         "The North Korean dead number about 300", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "the wounded some 2,700", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "the two North Korean soldiers captured last week", False),
    ],
    "012": [
        ("killed", NK, 1000, None, "more_than", HUR,
         "more than 1,000 North Korean soldiers have now been killed in Russia's Kursk region", False),
        ("captured", NK, 2, None, "exact", HUR + ["SBU", "Kyiv"],
         "the two North Korean soldiers captured in the Kursk region last week", False),
    ],
    "013": [
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain in Russian territory close to the Ukrainian border", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting in and around the Kursk region", False),
        # April's figure, quoted as the base of the rise (and restated in the timeline): an update
        ("killed", NK, 600, None, "about", NIS,
         "up from its April figure of about 600", False),
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 North Korean special forces troops has been shipped to Russia's Far East", False),
        ("troops", NK, 11000, 12000, "range",
         ["South Korean and Western estimates", "South Korean and Western officials", "South Korea", "Western officials"],
         "Between 11,000 and 12,000 North Korean soldiers are sent to Russia in all", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS + JCS,
         "Some 3,000 more arrive as reinforcements", False),
        ("casualties", UA, 76000, None, "more_than", GERASIMOV,
         "Ukraine lost more than 76,000 troops killed and wounded in the region", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "The NIS estimates North Korean casualties at about 4,700", False),
        # one engineer regiment's demining losses: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "nine soldiers of an engineer regiment were killed clearing mines in the Kursk region", False),
    ],
}

NOT = {
    "000": ["a total of about 12,000 troops in four brigades", "some 1.2 million active-duty members", "11th Corps",
            "A former Army general, 67", "in 34 years", "more than 8 million artillery rounds", "155 mm artillery shells",
            "between Oct. 8 and 13", "2,500 staff", "One million expected at Yeouido fireworks", "58% of South Koreans",
            "up to 10% of overseas workforce", "Comments 87", "Share 1.4K", "KOSPI 2,593.51", "USD/KRW 1,367.40",
            "4 min read"],
    "001": ["could send as many as 12,000 altogether", "about 100 U.S. soldiers",
            "the 2,000 troops who were put on prepare-to-deploy orders", "56th Security Consultative Meeting",
            "$425 million", "155 mm artillery rounds", "2:03 p.m. EDT"],
    "002": ["several hundred square kilometres", "Aug. 6", "Article 4", "downed 62 of 79 Russian drones",
            "Thousands evacuated as floods hit Spain's Valencia region", "3 minute read", "Oil rises 1%"],
    "004": ["Views: 3,217", "almost 900 guided aerial bombs", "more than 30 missiles", "about 500 attack drones",
            "another 1,430 soldiers in past day", "three Russian ammunition depots", "11th Corps", "October 23"],
    "006": ["about 12,000 troops in all", "about $2,000 a month", "About 70 percent of South Koreans",
            "Comments 1,214", "Thousands rally in Tbilisi", "at least 12 Cabinet picks", "77 million voters",
            "7 min read", "AK-12 rifles", "Three weeks after"],
    "007": ["small groups of 10 to 20", "204 of the 300 lawmakers", "Dec. 3", "Over 2 million sign petition",
            "KOSPI 2,435.93", "USD/KRW 1,451.90", "fall 2.8%", "first time in 9 years", "Dec. 27"],
    "008": ["around 1,300 square kilometers", "around 40% of that territory", "more than 15,000 members",
            "1,830 Russian casualties over past day", "injures 14, including 3 children", "47th military aid package",
            "2 min read", "Aug. 6"],
    "010": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "Jan. 20", "below 9.4 million",
            "Over-65s now 20% of population", "Kospi closes at 2,442.01", "past 1,450", "first time in 37 years"],
    "011": ["another 1,200 Ukrainian soldiers", "three more IRIS-T systems", "85 Shahed-type and decoy drones",
            "55 were shot down", "30 were \"lost\" to electronic warfare", "1,150 residents", "within 10 km",
            "aged 20", "1,532 comments", "1,000 days of war in 40 photographs", "one soldier about to be captured"],
    "012": ["groups of 20 to 30 soldiers", "48,302 views", "120 more evacuees", "3 Chinese ships",
            "Up to 50 centimeters", "Segment 2 of 6", "high of 11 degrees", "the Group of Seven", "one of them, who has injuries to both hands"],
    "013": ["1,000 sappers", "5,000 military builders", "1,014 South Korean adults", "61%",
            "a former 20-year Army officer", "Issue Brief No. 47", "Fourteen months", "14 pp."],
}

OFF = ["003", "009", "014"]
DUP = {"005": "002"}

FG = "the NIS's first group of about 1,500 against a later or larger total"
PW = "the whole contingent in Russia against the part of it in the Kursk region"
ADD = "an additional force of reinforcements against another total"
YR = "totals a year or more apart: those sent in 2024 against those remaining in late 2025"
RS = "a later restatement of the same two reports already told in the must pairs"
PART = "one battle or one unit's dead against a total, or against another part"

def pairs(reason, *ps):
    return [[a, b, reason] for a, b in ps]

conflicts = {
    "must": [
        ["002-1", "004-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
         "(Zelensky, Nov 4), four days apart"],
        ["006-3", "006-4", "within one explainer: Blinken's about 8,000 in Kursk against Zelensky's 11,000 in Kursk, "
         "the same week, set side by side as a gap"],
        ["010-1", "008-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 "
         "killed and wounded (Zelensky, Dec 23), the same day"],
        ["011-1", "012-1", "about 300 North Korean killed (NIS via Lee Seong-kweun, Jan 13) against more than 1,000 "
         "killed (HUR's Yusov, Jan 16), three days apart"],
    ],
    "may": (
        # troops: the first group of 1,500 (Oct 18) against later totals
        pairs(FG, ("000-1", "001-1"), ("000-1", "001-2"), ("000-1", "002-1"), ("000-1", "002-2"),
              ("000-1", "004-1"), ("000-1", "006-2"), ("000-1", "006-3"), ("000-1", "006-4"),
              ("000-1", "007-3"), ("000-1", "013-1"), ("000-1", "013-5"), ("000-1", "013-6"),
              ("006-1", "001-1"), ("006-1", "001-2"), ("006-1", "002-1"), ("006-1", "002-2"),
              ("006-1", "004-1"), ("006-1", "006-2"), ("006-1", "006-3"), ("006-1", "006-4"),
              ("006-1", "007-3"), ("006-1", "013-1"), ("006-1", "013-5"), ("006-1", "013-6"),
              ("013-4", "001-1"), ("013-4", "001-2"), ("013-4", "002-1"), ("013-4", "002-2"),
              ("013-4", "004-1"), ("013-4", "006-2"), ("013-4", "006-3"), ("013-4", "006-4"),
              ("013-4", "007-3"), ("013-4", "013-1"), ("013-4", "013-5"), ("013-4", "013-6"))
        + [["001-2", "001-1", "within one briefing: last week's at least 3,000 as the base of the rise to about 10,000, an update"]]
        # troops: the whole in Russia against the part in Kursk, days to weeks apart
        + pairs(PW, ("001-1", "002-1"), ("001-1", "006-3"), ("002-2", "002-1"), ("002-2", "006-3"),
                ("006-2", "002-1"), ("006-2", "006-3"))
        + pairs("about 10,000 in Russia (Oct 28-31) against 11,000 in Kursk (Nov 4): different scopes, a week apart",
                ("001-1", "004-1"), ("001-1", "006-4"), ("002-2", "004-1"), ("002-2", "006-4"),
                ("006-2", "004-1"), ("006-2", "006-4"))
        + pairs(RS, ("002-1", "006-4"), ("006-3", "004-1"))
        + pairs("about 8,000 or 10,000 (late Oct) against the NIS's roughly 11,000 (Dec 19), weeks apart, a rising total",
                ("001-1", "007-3"), ("002-1", "007-3"), ("002-2", "007-3"), ("006-2", "007-3"), ("006-3", "007-3"))
        + pairs("autumn 2024 figures against the 11,000-12,000 sent in all, as summed up a year later",
                ("001-1", "013-5"), ("002-1", "013-5"), ("002-2", "013-5"), ("006-2", "013-5"), ("006-3", "013-5"))
        + pairs(YR, ("002-1", "013-1"), ("004-1", "013-1"), ("006-3", "013-1"), ("006-4", "013-1"),
                ("007-3", "013-1"), ("013-5", "013-1"))
        + pairs(ADD, ("013-6", "001-1"), ("013-6", "002-1"), ("013-6", "002-2"), ("013-6", "004-1"),
                ("013-6", "006-2"), ("013-6", "006-3"), ("013-6", "006-4"), ("013-6", "007-3"),
                ("013-6", "013-1"), ("013-6", "013-5"))
        # casualties
        + pairs("several hundred (Pentagon, Dec 17, vague) against a figure a week or months later",
                ("007-4", "008-1"), ("007-4", "010-1"), ("007-4", "013-8"))
        + [["010-1", "013-8", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), a rising total months apart"]]
        # killed: parts against wholes
        + pairs(PART, ("008-2", "007-1"), ("008-2", "011-1"), ("008-2", "012-1"), ("008-2", "013-2"),
                ("008-2", "013-3"), ("008-2", "013-9"), ("013-9", "007-1"), ("013-9", "011-1"),
                ("013-9", "012-1"), ("013-9", "013-2"), ("013-9", "013-3"))
        # killed: rising totals months apart
        + pairs("a rising total of dead, months apart", ("011-1", "013-2"), ("011-1", "013-3"), ("012-1", "013-3"),
                ("013-3", "013-2"))
        # wounded
        + [["007-2", "011-2", "close to 1,000 wounded (Dec 19) against some 2,700 (Jan 13), a rising total weeks apart"]]
    ),
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
