#!/usr/bin/env python3
"""Gold labels for testdata/blind480, written blind (see README.md). Run: python3 gold.py > gold.json"""
import os, sys
from datetime import datetime
from itertools import combinations

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind480: fifteen articles written in our own words about the real story's known "
         "reporting, labelled blind. See ../corpus/README.md for the meaning of every field.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "spy agency", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
HUR = ["Defense Intelligence of Ukraine", "HUR", "Ukrainian intelligence", "Ukraine's military intelligence", "Ukraine", "Kyiv"]
LEE = ["Lee Seong-kweun", "lawmakers"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 special operations troops was shipped from the North's east coast to Vladivostok", False),
        # the headline, repeated at the top of the body
        ("troops", NK, 1500, None, "exact", NIS,
         "N. Korea sends 1,500 special forces troops to Russia, more to follow: NIS", True),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 soldiers from North Korea in Russia's Kursk region", False),
        # attribution a sentence away; a part of the whole
        ("troops", NK, 500, None, "about", HUR, "About 500 of them are officers", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Zelensky: 11,000 North Korean soldiers already in Kursk region", True),
    ],
    "002": [
        ("troops", NK, 10000, None, "more_than", ["Antony Blinken", "Blinken", "United States", "U.S.", "Secretary of State"],
         "More than 10,000 North Korean soldiers have been sent to Russia", False),
        ("troops", NK, 12000, None, "up_to", HUR + ["military intelligence agency"],
         "has put the size of the force at up to 12,000", False),
        ("troops", NK, 12000, None, "exact", ["unattributed", "Newsweek"] + HUR,
         "12K North Korean Troops Join the Fight", True),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS + LEE,
         "At least 100 North Korean soldiers have been killed in combat against Ukrainian forces in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", NIS + LEE, "about 1,000 others wounded", False),
        ("casualties", NK, 1100, None, "about", LEE + NIS,
         "the North had suffered some 1,100 casualties since its troops entered combat in early December", False),
        ("troops", NK, 11000, None, "about", NIS + LEE, "the roughly 11,000-strong contingent", False),
        ("casualties", NK, 24, 99, "vague", HUR + ["Ukraine's military intelligence"],
         "dozens of North Korean soldiers were killed or wounded", True),
        ("killed", NK, 100, None, "at_least", NIS, "At least 100 N. Korean soldiers killed in Russia", True),
        ("wounded", NK, 1000, None, "about", NIS, "about 1,000 wounded: NIS", True),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "more than three thousand North Korean soldiers have been killed or wounded in the Kursk region", False),
        ("casualties", NK, 1100, None, "about",
         ["South Korea's joint chiefs of staff", "Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "North Korean troops fighting in Kursk had suffered around 1,100 casualties", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Zelensky says North Korean losses in Kursk top 3,000", True),
    ],
    "005": [
        ("captured", NK, 2, None, "exact", NIS + ZEL + ["intelligence agency"],
         "Ukraine captured two North Korean soldiers in Russia's Kursk region", False),
        ("killed", NK, 300, None, "about", NIS + ["lawmakers"], "about 300 North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["lawmakers"], "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "more_than", NIS, "North Korean casualties have thus exceeded 3,000", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has sent some three thousand more soldiers to Russia since the start of the year", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "an original contingent of roughly 11,000 troops that arrived in autumn", False),
        ("casualties", NK, 2000, 9999, "vague", ["Ukrainian commanders", "Ukraine"],
         "several thousand of the original force have been killed or wounded", True),
        ("troops", NK, 3000, None, "exact", ["Seoul", "South Korea", "NIS", "National Intelligence Service"],
         "3K More North Korean Troops Sent to Russia, Seoul Says", True),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS + LEE,
         "About 4,700 North Korean soldiers have been killed or wounded fighting alongside Russian troops against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS + LEE, "including some 600 who died", False),
        ("troops", NK, 15000, None, "about", LEE + NIS,
         "North Korea has sent about 15,000 troops to Russia in total", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "North Korea first sent thousands of troops to Russia last fall", True),
        ("casualties", NK, 4700, None, "about", NIS,
         "South Korea says about 4,700 North Korean soldiers killed or wounded fighting for Russia", True),
    ],
    "010": [
        ("troops", NK, 10000, 12000, "range",
         ["Seoul", "South Korea", "Kyiv", "Ukraine", "Washington", "United States"],
         "at between 10,000 and 12,000 soldiers", False),
        ("troops", NK, 3000, None, "about", NIS,
         "a further 3,000 or so were sent in January and February this year", False),
        ("casualties", NK, 4700, None, "about", NIS, "some 4,700 North Koreans had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS, "about 600 of them fatally", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS + ["South Korean intelligence", "lawmakers", "intelligence committee"],
         "around 2,000 North Korean soldiers have been killed in the war against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS, "In April, the agency had put the number of dead at about 600", False),
        ("troops", NK, 1000, None, "about", NIS + ["lawmakers"],
         "about 1,000 North Korean sappers are already clearing mines in the Kursk region", False),
        ("troops", NK, 2000, 9999, "vague", NIS + ["lawmakers"],
         "several thousand military builders are being moved there in stages", True),
        ("killed", NK, 2000, None, "about", NIS + ["South Korean intelligence"],
         "South Korean intelligence: about 2,000 North Korean soldiers have died fighting for Russia", True),
    ],
}

NOT = {
    "000": ["a total of up to 12,000 soldiers in four brigades", "four amphibious ships and three escort vessels",
            "between Oct. 8 and 13", "the 90-minute meeting", "hundreds of missiles and millions of artillery shells",
            "book sales past 1 million copies in six days", "9.1 tln won", "Comments 41"],
    "001": ["five Russian training grounds", "60 mm mortars", "Russian guided bombs hit Zaporizhzhia, 13 injured",
            "Air defense downs 48 of 79 Russian drones overnight", "Views: 2,318", "05.11.2024 09:40"],
    "002": ["about 1,300 square kilometers", "around 40 percent", "about 100 words and phrases",
            "the remaining $6 billion", "Russia Loses 1,500 Soldiers in a Day, Kyiv Says",
            "ATACMS Range of 190 Miles", "Share 🗨 118", "February 2022"],
    "003": ["hearing in Yoon impeachment trial for Dec. 27", "Won slides to 1,450 per dollar",
            "Jeju Air to add 12 routes", "Published : Dec. 19, 2024 - 17:30"],
    "004": ["Russia launched 63 Shahed-type drones", "41 drones were shot down and 22 more were \"lost\"",
            "expires on 31 December", "Comments (312)", "2,000 homes still without power", "17.2m car journeys"],
    "005": ["the pair were aged 20 and 26", "joined the army in 2021", "record 8.7 tril. yen"],
    "007": ["about 200 long-range artillery pieces", "a three-minute video", "Minerals Deal Worth $500 Billion",
            "160 Russian Drones Launched Overnight, 103 Shot Down", "Join 80,000 readers", "64 comments",
            "August 2024"],
    "009": ["more than 20,000 containers of munitions", "on Jan. 1, 2025", "Updated 6:05 AM GMT, April 30, 2025"],
    "010": ["1,000 deminers and 5,000 military builders", "North Korea to send 6,000 more to Russia's Kursk",
            "Signed: June 19, 2024", "Article 4", "more than 6,000 km", "hits Kyiv, 28 killed",
            "several billion dollars"],
    "012": ["USD 82.47 ₽", "EUR 96.31 ₽", "Brent $66.9", "since January 2023", "5 September 2025, 12:50"],
}

OFF = ["006", "008", "011", "013"]
DUP = {"014": "005"}

must = [
    ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), in the same live blog on the same day"],
    ["003-3", "004-1", "some 1,100 casualties (NIS via Lee Seong-kweun, 19 Dec) against Zelensky's more than 3,000 four days later"],
]

# may: the headline copies of the must claims, a headline rounding, and (generated below) every incompatible
# pair of the same metric months apart or against "an additional" force. Parts of the whole (the first 1,500,
# 500 officers, sappers and builders, dozens hit in particular strikes) are left out: they are not conflicts.
# Not listed on purpose (updates, not conflicts): NIS's 1,100 casualties / 1,000 wounded on 19 Dec rising to
# more than 3,000 / 2,700 on 13 Jan (003 -> 005), and the JCS 1,100 (004-2) against NIS's 3,000+ three weeks later.
may = [
    ["004-3", "004-2", "headline copy of Zelensky's more than 3,000 against the JCS's 1,100"],
    ["003-3", "004-3", "headline copy of Zelensky's more than 3,000 against NIS's 1,100 four days earlier"],
    ["001-1", "002-3", "11,000 (Zelensky) against a headline's 12K, a rounding of 'up to 12,000', eight days later"],
    ["001-3", "002-3", "11,000 (Zelensky, headline) against a headline's 12K, eight days later"],
    ["002-3", "003-4", "a headline's 12K against NIS's roughly 11,000 five weeks later"],
    ["010-1", "010-2", "first wave of 10,000-12,000 against a further 3,000 (an additional force), same article"],
    ["012-2", "012-1", "about 600 dead (April) against about 2,000 (September), the later figure of a cumulative toll"],
    ["012-2", "012-5", "about 600 dead (April) against the headline's 2,000 (September)"],
]

PARTS = {"000-1", "000-2", "001-2", "012-3", "012-4", "003-5"}
ADDITIONAL = {"007-1", "007-4", "010-2"}


def published(aid):
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "articles", aid + ".txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("published:"):
                return datetime.fromisoformat(line.split(":", 1)[1].strip().replace("Z", "+00:00"))


def interval(c):
    m, s, v, vmax, q = c[:5]
    if q == "exact":
        return (v, v)
    if q == "about":
        return (v * 0.95, v * 1.05)
    if q == "more_than":
        return (v + 1e-9, float("inf"))
    if q == "at_least":
        return (v, float("inf"))
    if q in ("less_than",):
        return (0, v - 1e-9)
    if q in ("at_most", "up_to"):
        return (0, v)
    return (v, vmax)


claims = [("%s-%d" % (aid, n), aid, c) for aid, cl in A.items() for n, c in enumerate(cl, 1)]
listed = {frozenset(p[:2]) for p in must + may}
for (ia, aa, ca), (ib, ab, cb) in combinations(claims, 2):
    if ca[0] != cb[0] or ca[1] != cb[1] or frozenset((ia, ib)) in listed:
        continue
    if ia in PARTS or ib in PARTS:
        continue
    lo_a, hi_a = interval(ca)
    lo_b, hi_b = interval(cb)
    if lo_a <= hi_b and lo_b <= hi_a:
        continue  # compatible: a bound the other value satisfies, or the same figure
    days = abs((published(ab) - published(aa)).days)
    if ia in ADDITIONAL or ib in ADDITIONAL:
        why = "an additional force of about 3,000 against a count of the whole contingent"
    elif days >= 45:
        why = "%s: %s against %s, %d days apart" % (ca[0], ca[2], cb[2], days)
    else:
        continue
    may.append([ia, ib, why])
    listed.add(frozenset((ia, ib)))

conflicts = {"must": must, "may": may}

if __name__ == "__main__":
    goldlib.write(about, A, NOT, OFF, DUP, conflicts)
