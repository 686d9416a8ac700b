#!/usr/bin/env python3
"""Gold labels for testdata/blind784 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
from datetime import date
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind784/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korean intelligence", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
PARK = ["Park Sun-won", "Rep. Park Sun-won"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S."]
AUSTIN = ["Lloyd Austin", "Austin", "Secretary Austin", "Pentagon", "United States", "U.S."]
PENT = ["Pentagon", "U.S. Department of Defense", "United States", "U.S."]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
GS = ["General Staff", "Ukraine's General Staff", "General Staff of the Armed Forces of Ukraine", "Ukraine"]
USOFF = ["U.S. officials", "US officials", "American officials", "American and Ukrainian officials", "United States", "U.S."]
UAOFF = ["Ukrainian officials", "Ukraine"]
SSO = ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"]
GER = ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"]
KCNA = ["North Korean state media", "state media", "KCNA", "Korean Central News Agency", "North Korea"]
SKEST = ["South Korean and Western estimates", "South Korean estimates", "Western estimates", "South Korea"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "some 1,500 soldiers from the North's special operations forces were ferried", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "we now assess that roughly 8,000 of them are in the Kursk region", False),
        ("troops", NK, 10000, None, "about", AUSTIN,
         "about 10,000 North Korean troops have been sent to eastern Russia in all", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukrainian intelligence"],
         "Eleven thousand soldiers from North Korea are already in the Kursk region", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers had reached the Kursk region", False),
        ("troops", NK, 10000, None, "about", PENT,
         "the Pentagon put the number sent to Russia as a whole at around 10,000", False),
        # officers only: a part of the contingent
        ("troops", NK, 500, None, "about", HUR,
         "the contingent is led by around 500 officers", False),
        # one day's losses: a part of the total
        ("casualties", RU, 1630, None, "exact", GS,
         "Russia lost 1,630 soldiers killed and wounded over the past day", False),
        ("casualties", RU, 700000, None, "about", GS,
         "bringing the total it reports since the start of the full-scale invasion to about 700,000", False),
    ],
    "004": [
        ("troops", RU, 50000, None, "about", USOFF + UAOFF,
         "a force of about 50,000 Russian troops", False),
        ("troops", NK, 10000, None, "more_than", USOFF,
         "more than 10,000 of whom have been sent to Russia according to U.S. officials", False),
        ("troops", NK, 12000, None, "up_to", UAOFF,
         "Ukrainian officials put the number of North Koreans in Russia at as many as 12,000", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in the Kursk region has already exceeded 3,000", False),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered an estimated 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", SKEST,
         "North Korea sent about 11,000 soldiers to Russia in October and November", False),
    ],
    "007": [
        ("casualties", NK, 200, 900, "vague", PENT,
         "North Korean troops had suffered several hundred casualties", True),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "close to 1,000 wounded", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "putting North Korean casualties at around 1,100", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded", False),
        # one engagement of one unit: parts of the whole
        ("killed", NK, 50, None, "exact", SSO,
         "they had killed 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", SSO,
         "wounded 47 over three days of fighting", False),
        # the social-media claim being checked: a vague count
        ("casualties", NK, 2000, 9000, "vague", ["social media posts", "posts"] + U,
         "thousands of North Koreans have already been killed or wounded", True),
    ],
    "008": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
        ("killed", NK, 300, None, "about", PARK,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", PARK,
         "some 2,700 wounded", False),
    ],
    "010": [
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea had sent about 3,000 additional soldiers to Russia in January and February", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "estimates North Korean casualties at some 4,700", False),
        ("casualties", NK, 4000, None, "about", ZEL,
         "about 4,000 North Korean soldiers had been killed or wounded", False),
        ("troops", NK, 11000, None, "about", U,
         "the roughly eleven thousand soldiers Pyongyang sent in the autumn", False),
    ],
    "012": [
        ("casualties", NK, 4700, None, "about", NIS,
         "N. Korean casualties in Russia at about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "some 600 dead", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "some 3,000 reinforcements", False),
        ("casualties", UA, 76000, None, "more_than", GER,
         "Kyiv lost over 76,000 troops in Kursk incursion", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "the National Intelligence Service estimated that about 2,000 North Korean soldiers had been killed", False),
        # the earlier figure, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "about", NIS,
         "compared with about 600 in its April assessment", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean soldiers remained in the Russian border areas", False),
        # cumulative total including the reinforcements
        ("troops", NK, 14000, 15000, "range", SKEST,
         "somewhere between 14,000 and 15,000 combat troops", False),
        # one unit, a vague count: a part of the whole
        ("killed", NK, 3, 9, "vague", KCNA,
         "several members of the engineering unit had died", True),
        ("captured", NK, 2, None, "exact", ZEL,
         "Zelensky says two North Korean soldiers have been captured", False),
    ],
}

NOT = {
    "000": ["around 12,000 troops in all", "four brigades", "between Oct. 8 and 13", "11th Corps",
            "more than 13,000 containers", "Oct. 16", "Comments (47)", "Like (312)", "4.2%",
            "30th straight week", "Over 1,000 trainee doctors", "2,300 runners", "2024.10.19 10:14 KST"],
    "001": ["possibly several thousand more", "Our 28,500 service members in Korea", "four questions",
            "3:12 p.m. to 3:58 p.m. EDT", "October 31, 2024", "6th U.S.-ROK Foreign and Defense Ministerial Meeting",
            "over the past two weeks"],
    "002": ["18,000 members", "6 updates", "34 of 47 Shahed-type drones", "8 more were lost", "152 mm howitzers",
            "5 injured", "2 killed, 11 injured", "19-year-olds", "90 days", "Comments (86)", "Nov. 5, 2024, 21:40"],
    "004": ["7:18 min", "1,204 comments", "about 1,300 square kilometers", "Jan. 20", "Frontline Village of 300",
            "145 Drones", "The 19-Year-Old Conscripts", "Section A, Page 1"],
    "005": ["23.12.2024 20:10", "top 775,000", "59 of 81 Russian drones", "Views: 2,947", "Feb 24, 2022"],
    "006": ["paras 4-6", "240 mm multiple rocket launchers", "170 mm self-propelled guns", "four days after",
            "Dec. 17", "Dec. 27", "6.6 pct", "Defector arrivals in South fall to 224", "2024-12-23 12:20"],
    "007": ["27 December 2024 at 10:05", "5 min read", "Posts shared thousands of times", "nearly triple",
            "filmed in 2019", "3K North Korean \"deserters\"", "evacuation of 120,000 Kursk residents", "2017-2024"],
    "008": ["Episode 148", "47 min", "1,312 ratings", "#12 in News Commentary", "he is 20", "the other, 26",
            "in 2021", "28 years in uniform", "Episode 139", "Eleven thousand and counting",
            "10 years in a North Korean border guard unit", "2,140 listeners", "15% off", "02:41"],
    "010": ["Issue #87", "6 min read", "24,310 readers", "less than 500 square kilometers", "more than 1,200",
            "62% said yes, 38% said no (1,875 votes)", "PO Box 4417", "close to half"],
    "012": ["up to 3 times per hour", "KOSPI 2,556.61", "USD/KRW 1,422.50", "21°C", "46%", "14 km backup",
            "3 hikers rescued", "6.7 tril. won", "15:00-16:00 KST"],
    "014": ["No. 2025-31", "12 pages", "1.4 MB", "more than three times its figure from the spring",
            "1,000 sappers and 5,000 military construction workers", "1,000 sappers to clear mines",
            "5,000 military builders", "6,000 more personnel", "24 years in the ROK Army", "[3]", "April 28"],
}

OFF = ["003", "009", "011"]
DUP = {"013": "006"}

# When each figure was reported (or refers to) and what kind of count it is, for the may reasons.
# kinds: total (all sent to Russia), kursk (in Kursk only), first (the first group), part (officers,
# one battle, one unit, one day), add (reinforcements), remain (still deployed), cumul (everything sent
# including reinforcements), vague (a vague count).
META = {
    "000-1": (date(2024, 10, 18), "first", "the first group of about 1,500 (NIS, Oct 18 2024)"),
    "001-1": (date(2024, 10, 31), "kursk", "about 8,000 in Kursk (Blinken, Oct 31 2024)"),
    "001-2": (date(2024, 10, 31), "total", "about 10,000 in Russia (Austin, Oct 31 2024)"),
    "002-1": (date(2024, 11, 4), "kursk", "11,000 in Kursk (Zelensky, Nov 4 2024)"),
    "002-2": (date(2024, 10, 31), "kursk", "about 8,000 in Kursk (Blinken, Oct 31 2024, restated)"),
    "002-3": (date(2024, 10, 31), "total", "around 10,000 in Russia (Pentagon, restated Nov 5 2024)"),
    "002-4": (date(2024, 11, 5), "part", "around 500 officers (HUR, Nov 2024)"),
    "002-5": (date(2024, 11, 5), "part", "1,630 Russian casualties in one day (General Staff)"),
    "002-6": (date(2024, 11, 5), "total", "about 700,000 Russian casualties since 2022 (General Staff)"),
    "004-1": (date(2024, 11, 10), "total", "about 50,000 Russian troops (Nov 10 2024)"),
    "004-2": (date(2024, 11, 10), "total", "more than 10,000 in Russia (U.S. officials, Nov 10 2024)"),
    "004-3": (date(2024, 11, 10), "total", "as many as 12,000 (Ukrainian officials, Nov 10 2024)"),
    "005-1": (date(2024, 12, 23), "total", "more than 3,000 casualties (Zelensky, Dec 23 2024)"),
    "006-1": (date(2024, 12, 23), "total", "about 1,100 casualties (JCS, Dec 23 2024)"),
    "006-2": (date(2024, 12, 19), "total", "at least 100 killed (NIS, Dec 19 2024)"),
    "006-3": (date(2024, 12, 19), "total", "nearly 1,000 wounded (NIS, Dec 19 2024)"),
    "006-4": (date(2024, 12, 23), "total", "about 11,000 sent (South Korean and Western estimates, Dec 2024)"),
    "007-1": (date(2024, 12, 16), "vague", "several hundred casualties (Pentagon, Dec 16 2024)"),
    "007-2": (date(2024, 12, 19), "total", "at least 100 killed (NIS, Dec 19 2024, restated)"),
    "007-3": (date(2024, 12, 19), "total", "close to 1,000 wounded (NIS, Dec 19 2024, restated)"),
    "007-4": (date(2024, 12, 23), "total", "around 1,100 casualties (JCS, Dec 23 2024, restated)"),
    "007-5": (date(2024, 12, 23), "total", "more than 3,000 casualties (Zelensky, Dec 23 2024, restated)"),
    "007-6": (date(2024, 12, 17), "part", "50 killed in three days of fighting (SSO)"),
    "007-7": (date(2024, 12, 17), "part", "47 wounded in three days of fighting (SSO)"),
    "007-8": (date(2024, 12, 27), "vague", "thousands of casualties (social media posts)"),
    "008-1": (date(2025, 1, 11), "total", "two captured (Zelensky, Jan 11 2025)"),
    "008-2": (date(2025, 1, 13), "total", "about 300 killed (NIS, Jan 13 2025)"),
    "008-3": (date(2025, 1, 13), "total", "some 2,700 wounded (NIS, Jan 13 2025)"),
    "010-1": (date(2025, 3, 13), "add", "about 3,000 reinforcements (JCS, Mar 2025)"),
    "010-2": (date(2025, 3, 13), "total", "some 4,700 casualties (JCS, Mar 13 2025)"),
    "010-3": (date(2025, 2, 5), "total", "about 4,000 casualties (Zelensky, early Feb 2025)"),
    "010-4": (date(2024, 11, 15), "total", "roughly eleven thousand sent in autumn 2024 (unattributed)"),
    "012-1": (date(2025, 4, 30), "total", "about 4,700 casualties (NIS, Apr 30 2025)"),
    "012-2": (date(2025, 4, 30), "total", "some 600 killed (NIS, Apr 30 2025)"),
    "012-3": (date(2025, 4, 30), "add", "some 3,000 reinforcements (NIS, Apr 30 2025)"),
    "012-4": (date(2025, 4, 26), "total", "more than 76,000 Ukrainian casualties (Gerasimov)"),
    "014-1": (date(2025, 9, 15), "total", "about 2,000 killed (NIS, Sep 2025)"),
    "014-2": (date(2025, 4, 30), "total", "about 600 killed (NIS, April 2025, restated in December)"),
    "014-3": (date(2025, 11, 15), "remain", "about 10,000 remaining (NIS, Nov 2025)"),
    "014-4": (date(2025, 12, 9), "cumul", "14,000-15,000 sent in all, reinforcements included (Dec 2025)"),
    "014-5": (date(2025, 12, 1), "part", "several engineers killed clearing mines (state media, Dec 2025)"),
    "014-6": (date(2025, 1, 11), "total", "two captured (Zelensky, restated Dec 2025)"),
}

must = [
    ["002-1", "001-1", "Zelensky's 11,000 North Korean soldiers in Kursk (Nov 4) against Blinken's about 8,000 in Kursk (Oct 31), four days apart: the first articles carrying each"],
    ["002-1", "002-2", "within one live blog: Zelensky's 11,000 in Kursk set against Blinken's about 8,000 in Kursk, the same week"],
    ["005-1", "006-1", "more than 3,000 North Korean killed and wounded (Zelensky, Dec 23) against about 1,100 casualties (South Korea's JCS, Dec 23), the same day"],
    ["007-5", "007-4", "within one fact-check: Zelensky's more than 3,000 killed and wounded against the JCS's around 1,100, the same day"],
]


def interval(c):
    v, vmax, q = c[2], c[3], c[4]
    if q == "exact":
        return (v, v)
    if q == "about":
        return (v, v)  # strict on purpose: lists every near miss as may
    if q == "more_than":
        return (v + 1e-6, float("inf"))
    if q == "at_least":
        return (v, float("inf"))
    if q in ("up_to", "at_most"):
        return (0, v)
    if q == "less_than":
        return (0, v - 1e-6)
    return (v, vmax)


TOLD = {frozenset(("005-1", "007-4")), frozenset(("006-1", "007-5"))}


def why(a, b):
    ka, kb = META[a][1], META[b][1]
    ks = {ka, kb}
    if "part" in ks:
        return "a part (one unit, one battle, one day or officers only) against the whole"
    if "add" in ks:
        return "an additional force (reinforcements) against a total"
    if "first" in ks:
        return "the first group against a later total"
    if "remain" in ks:
        return "troops still deployed against troops sent"
    if "cumul" in ks:
        return "everything sent including reinforcements against an earlier total"
    if "vague" in ks:
        return "a vague count against a precise one"
    if ks == {"kursk", "total"}:
        return "troops in Kursk against troops in Russia as a whole"
    if frozenset((a, b)) in TOLD:
        return "the same two reports already told (005-1/006-1), restated in a later article"
    if abs((META[a][0] - META[b][0]).days) > 14:
        return "weeks or months apart: a rising total"
    return "close or differently worded estimates of the same period"


claims = {}
for aid, cl in A.items():
    for n, c in enumerate(cl, 1):
        claims["%s-%d" % (aid, n)] = c
assert set(claims) == set(META), set(claims) ^ set(META)

must_keys = {frozenset(p[:2]) for p in must}
may = []
ids = sorted(claims)
for i, a in enumerate(ids):
    for b in ids[i + 1:]:
        ca, cb = claims[a], claims[b]
        if (ca[0], ca[1]) != (cb[0], cb[1]) or frozenset((a, b)) in must_keys:
            continue
        (lo1, hi1), (lo2, hi2) = interval(ca), interval(cb)
        if lo1 <= hi2 and lo2 <= hi1:
            continue  # compatible values: not a conflict
        may.append([a, b, "%s against %s: %s" % (META[a][2], META[b][2], why(a, b))])

conflicts = {"must": must, "may": may}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
