#!/usr/bin/env python3
"""Gold labels for testdata/blind764 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind764/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"]
HUR = ["Defence Intelligence of Ukraine", "Defence Intelligence", "HUR", "Ukraine's military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military",
       "South Korea", "Seoul"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US"]
KIRBY = ["John Kirby", "Kirby", "White House", "United States", "U.S.", "US"]
USDEF = ["US defense official", "U.S. defense official", "Pentagon", "United States", "U.S.", "US"]
U = ["unattributed"]

A = {
    "000": [
        # the first group only; 12,000 is what Pyongyang has decided to send (planned, in NOT)
        ("troops", NK, 1500, None, "about", NIS,
         "A first group of about 1,500 special operations soldiers was ferried from Chongjin", False),
    ],
    "001": [
        # repeated later as "at least three thousand": labelled once
        ("troops", NK, 3000, None, "at_least", KIRBY,
         "We assess that at least 3,000 North Korean soldiers moved into eastern Russia", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", BLINKEN,
         "Roughly 10,000 North Korean troops are now in Russia", False),
        # the part of the 10,000 in Kursk
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 of them have been moved to the Kursk region", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "up to 12,000 North Koreans were trained at ranges in Russia's Far East", False),
    ],
    "005": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "President Volodymyr Zelensky said a week ago that 11,000 North Korean soldiers were in the Kursk region", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Antony Blinken had put the number sent to Kursk at about 8,000", False),
        ("troops", NK, 10000, 12000, "range", ["South Korean and Western officials", "South Korean officials",
                                               "Western officials", "South Korea"],
         "Between 10,000 and 12,000 North Koreans are in Russia altogether", False),
        ("troops", RU, 50000, None, "about", ["The New York Times", "New York Times", "American and Ukrainian officials",
                                              "American officials", "US officials", "United States"],
         "Russia has gathered about 50,000 of its own soldiers", False),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", NIS + LEE,
         "At least 100 North Korean soldiers have been killed in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", NIS + LEE,
         "nearly 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", NIS + LEE,
         "the North has sent about 11,000 soldiers to Russia in all", False),
        ("casualties", NK, 200, 900, "vague", USDEF,
         "North Korean troops had suffered \"several hundred\" casualties", True),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops fighting for Russia have suffered about 1,100 casualties", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "The number of North Korean soldiers killed and wounded in Russia's Kursk Oblast has already exceeded 3,000", False),
    ],
    "010": [
        # repeated later as "more than three thousand": labelled once
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in Kursk had \"already exceeded 3,000\"", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "South Korea's Joint Chiefs of Staff put North Korean casualties at about 1,100", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", USDEF,
         "the North Koreans had suffered \"several hundred\" killed and wounded", True),
    ],
    "012": [
        ("casualties", NK, 4700, None, "about", NIS + LEE,
         "About 4,700 North Korean soldiers have been killed or wounded in the Kursk region", False),
        ("killed", NK, 600, None, "about", NIS + LEE,
         "roughly 600 of them have died", False),
        # January's figures, quoted as the base of the rise: updates, not conflicts
        ("killed", NK, 300, None, "about", NIS,
         "about 300 North Koreans had been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "around 2,700 wounded", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "an additional 3,000 or so soldiers to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 that arrived last autumn", False),
        ("captured", NK, 2, None, "exact", U + ["Ukraine", "Security Service of Ukraine", "SBU", "Zelensky"],
         "Ukraine still holds two North Korean soldiers captured in January", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the Kursk fighting", False),
        # the April figure, quoted as the base of the rise
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 in its April estimate", False),
        ("troops", NK, 10000, None, "about", NIS,
         "Roughly 10,000 North Korean troops remain in Russian border areas", False),
        # deminers only: a part, and vague
        ("troops", NK, 200, 900, "vague", ["Russian state television", "state television", "Russia"],
         "Several hundred North Korean deminers were already clearing fields near Sudzha", True),
        # one engineer regiment only: a part of the dead
        ("killed", NK, 9, None, "exact", ["state media", "North Korean state media", "KCNA", "Kim Jong Un", "North Korea"],
         "Kim Jong Un honoured nine soldiers of an engineer regiment who died clearing mines", False),
    ],
}

NOT = {
    "000": ["between Oct. 8 and 13", "four Russian navy amphibious ships and three escort vessels",
            "a total of about 12,000 soldiers in four brigades", "11th Corps", "If all twelve thousand go",
            "more than 8 million artillery shells", "an estimated 1.2 million active-duty personnel", "1950-53",
            "4 min read", "112 comments", "KOSPI closes at 2,593.82",
            "3 dead, 14 injured as fire tears through Gimpo logistics warehouse", "30th straight week",
            "2 in 5 young job seekers", "170,000 SUVs"],
    "001": ["1:36 P.M. EDT", "More than 7,900 federal personnel remain deployed", "$1.6 billion",
            "the North has decided to send as many as 12,000", "about 1,100 Americans", "2:29 P.M. EDT"],
    "002": ["Issue No. 1,204", "7 min read", "312,000 people", "a few dozen miles", "Pyongyang could send thousands more",
            "climbed above 150", "Some 1,200 soldiers from the army's emergency unit", "54 percent", "about 8 percent",
            "Tom, 71"],
    "004": ["👁 7,384", "82mm and 120mm mortars", "AK-12", "October 27-28",
            "Russian army losses in Ukraine: 1,480 soldiers in past day", "46 of 63 Shahed drones"],
    "005": ["Day 992 of the war", "around 600 square kilometres", "about 1,300 at the height", "34 Ukrainian drones",
            "One woman, 52, was injured", "106th anniversary", "1,000 days of war in 10 charts",
            "Six North Korean officers killed in Donetsk strike, Kyiv says", "3 dead as glide bomb hits apartment block"],
    "006": ["240 mm multiple rocket launchers", "170 mm self-propelled howitzers", "Dec. 15",
            "1,450 per dollar", "4 missing, 8 rescued", "30 million views"],
    "007": ["240mm multiple rocket launchers and 170mm self-propelled guns", "paras 4-5", "KOSPI at 2,425.14",
            "Dec. 1-20", "6.6 pct", "2 firefighters hurt"],
    "008": ["3 min read", "Dec. 22", "Aug. 6", "21,000 members", "kills 1, injures 13", "19-year-old drone pilot",
            "Russia has lost 777,000 troops since 2022"],
    "010": ["almost three times Seoul's", "5 min read", "2018 military parade",
            "500 North Korean soldiers surrendering", "Copyright © AFP 2017-2024"],
    "012": ["NIKKEI 225 35,839.99 +0.57%", "USD/JPY 142.71", "KOSPI 2,556.61", "April 26",
            "Japan's population falls by 898,000", "18%", "3 navies"],
    "014": ["Episode 187", "52 min", "2,314 ratings", "1,000 sappers and 5,000 military builders", "120-day mission",
            "03:45", "NIS: N. Korea may send more troops, 2,000 killed", "11,000 soldiers, no press release",
            "$5 a month"],
}

OFF = ["003", "009", "013"]
DUP = {"011": "008"}

# --- conflicts -------------------------------------------------------------------------------
must = [
    ["002-2", "004-1", "about 8,000 North Koreans in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
                       "(Zelensky, Nov 4), four days apart"],
    ["005-2", "005-1", "within one live blog: Blinken's about 8,000 in Kursk against Zelensky's 11,000 in Kursk, "
                       "set side by side as figures that do not agree"],
    ["007-1", "008-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 "
                       "killed and wounded (Zelensky, Dec 23), the same day"],
    ["010-2", "010-1", "within one fact-check: the JCS's about 1,100 casualties against Zelensky's more than "
                       "3,000, the same day"],
]

# a short description of every claim that takes part in a may pair
D = {
    "000-1": "a first group of about 1,500 moved to the Far East (NIS, Oct 18 2024)",
    "001-1": "at least 3,000 in eastern Russia (Kirby, Oct 23 2024), a lower bound",
    "002-1": "about 10,000 in Russia (Blinken, Oct 31 2024)",
    "002-2": "about 8,000 in Kursk (Blinken, Oct 31 2024)",
    "004-1": "11,000 in Kursk (Zelensky, Nov 4 2024)",
    "004-2": "up to 12,000 trained in the Far East (HUR, autumn 2024), an upper bound",
    "005-1": "11,000 in Kursk (Zelensky, restated Nov 11 2024)",
    "005-2": "about 8,000 in Kursk (Blinken, restated Nov 11 2024)",
    "005-3": "10,000-12,000 in Russia altogether (South Korean and Western officials, Nov 2024)",
    "006-3": "about 11,000 sent to Russia in all (NIS, Dec 19 2024)",
    "012-5": "an additional 3,000 or so reinforcements (NIS, Jan-Feb 2025)",
    "012-6": "about 11,000 arrived in autumn 2024 (NIS, restated Apr 2025)",
    "014-3": "about 10,000 remaining near the border (NIS, Dec 2025)",
    "014-4": "several hundred deminers near Sudzha (Russian TV, summer 2025), vague and a part",
    "006-4": "several hundred casualties (US defense official, Dec 16 2024), vague",
    "007-1": "about 1,100 casualties (JCS, Dec 23 2024)",
    "008-1": "more than 3,000 casualties (Zelensky, Dec 23 2024)",
    "010-1": "more than 3,000 casualties (Zelensky, restated Dec 27 2024)",
    "010-2": "about 1,100 casualties (JCS, restated Dec 27 2024)",
    "010-5": "several hundred casualties (US defense official, restated Dec 27 2024), vague",
    "012-1": "about 4,700 casualties (NIS, Apr 30 2025)",
    "006-1": "at least 100 killed (NIS, Dec 19 2024), a lower bound",
    "010-3": "at least 100 killed (NIS, restated Dec 27 2024), a lower bound",
    "012-2": "about 600 killed (NIS, Apr 30 2025)",
    "012-3": "about 300 killed (NIS, Jan 2025)",
    "014-1": "about 2,000 killed (NIS, Sep 2025)",
    "014-2": "about 600 killed (NIS, April 2025, restated Dec 2025)",
    "014-5": "nine engineers killed clearing mines (state media, Dec 2025), a part",
    "006-2": "nearly 1,000 wounded (NIS, Dec 19 2024)",
    "010-4": "close to 1,000 wounded (NIS, restated Dec 27 2024)",
    "012-4": "about 2,700 wounded (NIS, Jan 2025)",
}

# special reasons; every other pair gets the two descriptions side by side
WHY = {
    frozenset(("002-2", "005-1")): "a later restatement of the must pair 002-2/004-1 (8,000 against 11,000 in Kursk)",
    frozenset(("005-2", "004-1")): "a later restatement of the must pair 002-2/004-1 (8,000 against 11,000 in Kursk)",
    frozenset(("007-1", "010-1")): "a later restatement of the must pair 007-1/008-1 (1,100 against more than 3,000)",
    frozenset(("008-1", "010-2")): "a later restatement of the must pair 007-1/008-1 (1,100 against more than 3,000)",
    frozenset(("002-1", "002-2")): "within one article: the part in Kursk against the whole in Russia",
    frozenset(("012-2", "012-3")): "within one article: a rising total, 600 killed in April up from 300 in January",
    frozenset(("014-1", "014-2")): "within one article: a rising total, 2,000 killed in September up from 600 in April",
}

GROUPS = [
    # troops, north_korea
    ["000-1", "001-1", "002-1", "002-2", "004-1", "004-2", "005-1", "005-2", "005-3", "006-3",
     "012-5", "012-6", "014-3", "014-4"],
    # casualties, north_korea
    ["006-4", "007-1", "008-1", "010-1", "010-2", "010-5", "012-1"],
    # killed, north_korea
    ["006-1", "010-3", "012-2", "012-3", "014-1", "014-2", "014-5"],
    # wounded, north_korea
    ["006-2", "010-4", "012-4"],
]

# the same figure from the same source, restated: not a conflict, so in neither list
SAME = [{"002-2", "005-2"}, {"004-1", "005-1"}, {"006-3", "012-6"}, {"007-1", "010-2"}, {"008-1", "010-1"},
        {"006-4", "010-5"}, {"006-1", "010-3"}, {"012-2", "014-2"}, {"006-2", "010-4"}]

C = {"%s-%d" % (aid, n): c for aid, cl in A.items() for n, c in enumerate(cl, 1)}

def agree(a, b):
    """The same number, both plain (exact or about): no conflict whoever says it."""
    ca, cb = C[a], C[b]
    return (ca[2] == cb[2] and ca[3] is None and cb[3] is None
            and ca[4] in ("exact", "about") and cb[4] in ("exact", "about"))

may = []
done = {frozenset(p[:2]) for p in must} | {frozenset(s) for s in SAME}
for g in GROUPS:
    for i, a in enumerate(g):
        for b in g[i + 1:]:
            k = frozenset((a, b))
            if k in done or agree(a, b):
                continue
            done.add(k)
            why = WHY.get(k) or ("%s against %s: scope, period, bound or vagueness differ" % (D[a], D[b]))
            may.append([a, b, why])

conflicts = {"must": must, "may": may}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
