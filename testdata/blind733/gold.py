#!/usr/bin/env python3
"""Gold labels for testdata/blind733 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
from datetime import date
from itertools import combinations
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind733/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]
HUR = ["Defense Intelligence of Ukraine", "HUR", "Ukraine's Defense Intelligence", "Ukraine's military intelligence", "Ukraine"]
SSO = ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US"]
AUSTIN = ["Lloyd Austin", "Austin", "Secretary Austin", "Pentagon", "Defense Secretary", "United States", "U.S.", "US"]
USOFF = ["U.S. officials", "US officials", "United States", "U.S.", "US"]
USMIL = ["U.S. military official", "senior U.S. military official", "Pentagon", "United States", "U.S.", "US"]
GERASIMOV = ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia", "Moscow"]
KCNA = ["KCNA", "Korean Central News Agency", "state media", "North Korea's state media", "North Korea", "Pyongyang"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "roughly 1,500 North Korean special operations troops", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 of those soldiers are in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", AUSTIN,
         "the DPRK has sent about ten thousand soldiers to eastern Russia", False),
        # the count of a week earlier, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "at_least", AUSTIN,
         "A week ago, our count was at least 3,000", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand soldiers from North Korea in Russia's Kursk region", False),
        # officers only: a part of the whole contingent
        ("troops", NK, 500, None, "up_to", HUR,
         "As many as 500 officers travelled with the rank and file", False),
    ],
    "005": [
        ("troops", NK, 10000, None, "about", USOFF,
         "about 10,000 North Korean troops have been sent to eastern Russia", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 of them had already been moved to the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers were already in Kursk", False),
        ("troops", RU, 50000, None, "about", USOFF + ["Ukrainian officials", "Ukraine"],
         "Russia has assembled about 50,000 of its own soldiers", False),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 killed in action", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "The number of wounded is nearing 1,000", False),
        ("troops", NK, 11000, 12000, "range", NIS,
         "11,000-12,000 North Korean troops are now in Russia", False),
        ("casualties", NK, 200, 900, "vague", USMIL,
         'North Korean troops had suffered "several hundred" casualties', True),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "estimated to have suffered about 1,100 casualties", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "killed and wounded in Russia's Kursk Oblast has already topped 3,000", False),
        # one three-day fight: a part of the whole
        ("killed", NK, 50, None, "about", SSO,
         "its units had killed nearly 50 North Korean soldiers during three days of fighting", False),
    ],
    "010": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered around 1,100 casualties", False),
    ],
    "011": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian troops had captured two North Korean soldiers in the Kursk region", False),
        ("killed", NK, 300, None, "about", LEE,
         "about 300 North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        # the sum of the two NIS figures, stated by the show
        ("casualties", NK, 3000, None, "about", LEE + U,
         "puts the North's total losses at around 3,000", False),
    ],
    "013": [
        ("casualties", NK, 4700, None, "about", NIS,
         "estimates North Korean casualties at about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "roughly 600 of them killed", False),
        ("troops", NK, 11000, 12000, "range", ["Western and South Korean estimates", "Western officials", "South Korea"],
         "at between 11,000 and 12,000 soldiers", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "a further 3,000 or so arrived as replacements", False),
        ("casualties", NK, 4000, None, "about", ZEL,
         "put them at nearly 4,000 killed and wounded", False),
        ("casualties", UA, 76000, None, "more_than", GERASIMOV,
         "put Ukraine's losses in the region at more than 76,000 troops", False),
    ],
    "014": [
        ("troops", NK, 10000, None, "about", NIS,
         "Roughly 10,000 North Korean troops remain deployed in Russian territory", False),
        # one engineer regiment, a vague count: a part of the whole
        ("killed", NK, 2, 9, "vague", KCNA,
         "several soldiers of an engineer regiment had died while clearing mines", True),
        ("killed", NK, 2000, None, "about", NIS,
         "About 2,000. That is the spy agency's September estimate of North Korean soldiers killed in the war", False),
        # the spring figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "the 600 or so it counted in the spring", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Zelensky says 11,000 North Korean soldiers are in the Kursk region", False),
        ("captured", NK, 2, None, "exact", U + ["Ukraine"],
         "Ukraine captures two North Korean soldiers alive", False),
    ],
}

NOT = {
    "000": ["Views 23,918", "between Oct. 8 and 13", "four brigades, about 12,000 troops in all", "11th Corps",
            "Shares Slide 4.6%", "3 Dead, 11 Hurt", "30th Straight Week",
            "Ukraine Says 18 North Korean Soldiers Deserted Near Kursk Border", "Oct. 18, 2024 18:20"],
    "002": ["about 86 minutes", "roughly 100 American troops operating the THAAD battery", "Audio (31:42)",
            "(2+2)", "October 31, 2024"],
    "003": ["Views: 7,302", "about 20 kilometers from the Ukrainian border", "August 6",
            "Russia's war losses rise by 1,320 soldiers in one day", "7 people injured", "05.11.2024 09:40"],
    "005": ["1,204 comments", "6 min", "could eventually send as many as 12,000", "several hundred square miles",
            "about $2,000 a month per soldier", "1950-53 Korean War",
            "Tens of thousands flee as Typhoon Man-yi", "Russian glide bombs kill 7", "J-35A"],
    "006": ["KOSPI 2,435.93", "▼1.95%", "USD/KRW 1,451.90", "Dec. 19, 2024 - 15:55", "Dec. 27",
            "Hyundai Motor to hire 1,100 new technicians", "12 frostbite cases", "key rate at 3%"],
    "007": ["paras 4-6", "170 mm self-propelled guns", "240 mm multiple rocket launchers", "Jan. 20", "Dec. 18",
            "N. Korean troops suffer 'several hundred' casualties in Kursk: Pentagon",
            "At least 100 N. Korean soldiers killed in Kursk, NIS says", "2 more reconnaissance satellites",
            "2024/12/23 12:40 KST"],
    "008": ["December 23, 2024 9:02 PM", "2 min read", "more than 15,000 members", "kills 1, injures 15",
            "61 of 89 Russian drones", "15th sanctions package", "Dec. 17"],
    "010": ["two people were wounded", "almost three times the estimate", "Updated at 10:25", "our 06:15 post",
            "December 24, 2024"],
    "011": ["14,206 plays", "38 min", "One is 20", "the other, 26", "25% off", "the 190 lawmakers who ended it",
            "1.1K or 3K? Counting North Korea's losses in Kursk", "Ep. 131", "Two days later", "11:05",
            "one soldier had shouted for his general", "Martial law, six hours"],
    "013": ["No. 25-11", "Reading time: 12 minutes", "640 KB", "roughly a third of the force", "about $20 billion",
            "12,000 troops? Reading the NIS's October estimate", "2024 treaty", "[3]", "April 26, 2025",
            "After six months of denials", "Two days later, the Central Military Commission"],
    "014": ["Issue #147", "9 min read", "18,340 readers", "1,000 sappers and 5,000 military construction workers",
            "more than three times", "Russia says 400,000 signed army contracts in 2025", "11th Corps",
            "37 of you", "14 Samcheong-ro", "Apr. 26-28, 2025", "(38 North)"],
}

OFF = ["001", "004", "012"]
DUP = {"009": "007"}

# When each claim's figure was stated, what it counts, and whether it is a part of the whole ("part"),
# an additional or separate force ("add"), or an earlier figure restated as the base of a rise ("base").
D = date
META = {
    "000-1": (D(2024, 10, 18), "a first group of about 1,500 (NIS, Oct 18 2024)", "first"),
    "002-1": (D(2024, 10, 31), "about 8,000 in Kursk (Blinken, Oct 31 2024)", ""),
    "002-2": (D(2024, 10, 31), "about 10,000 in eastern Russia (Austin, Oct 31 2024)", ""),
    "002-3": (D(2024, 10, 23), "at least 3,000 (the U.S. count of Oct 23 2024)", "base"),
    "003-1": (D(2024, 11, 4), "11,000 in Kursk (Zelensky, Nov 4 2024)", ""),
    "003-2": (D(2024, 11, 5), "up to 500 officers (HUR, Nov 2024)", "part"),
    "005-1": (D(2024, 11, 11), "about 10,000 in eastern Russia (U.S. officials, Nov 11 2024)", ""),
    "005-2": (D(2024, 10, 31), "about 8,000 in Kursk (Blinken, Oct 31 2024, restated)", ""),
    "005-3": (D(2024, 11, 4), "11,000 in Kursk (Zelensky, Nov 4 2024, restated)", ""),
    "006-3": (D(2024, 12, 19), "11,000-12,000 in Russia (NIS, Dec 19 2024)", ""),
    "013-3": (D(2024, 11, 30), "11,000-12,000 in the first contingent (autumn 2024, restated May 2025)", ""),
    "013-4": (D(2025, 2, 27), "a further 3,000 replacements (NIS, Feb 2025)", "add"),
    "014-1": (D(2025, 11, 4), "about 10,000 remaining near the border (NIS, Nov 2025)", ""),
    "014-5": (D(2024, 11, 4), "11,000 in Kursk (Zelensky, Nov 4 2024, restated Dec 2025)", ""),
    "006-4": (D(2024, 12, 16), "several hundred casualties (U.S. official, Dec 16 2024, vague)", "vague"),
    "007-1": (D(2024, 12, 23), "about 1,100 casualties (JCS, Dec 23 2024)", ""),
    "008-1": (D(2024, 12, 23), "more than 3,000 casualties (Zelensky, Dec 23 2024)", ""),
    "010-1": (D(2024, 12, 23), "more than 3,000 casualties (Zelensky, Dec 23 2024, live blog)", ""),
    "010-2": (D(2024, 12, 23), "about 1,100 casualties (JCS, Dec 23 2024, live blog)", ""),
    "011-4": (D(2025, 1, 13), "about 3,000 casualties (NIS, Jan 13 2025)", ""),
    "013-1": (D(2025, 4, 30), "about 4,700 casualties (NIS, Apr 30 2025)", ""),
    "013-5": (D(2025, 2, 5), "nearly 4,000 casualties (Zelensky, early Feb 2025)", ""),
    "006-1": (D(2024, 12, 19), "at least 100 killed (NIS, Dec 19 2024)", ""),
    "008-2": (D(2024, 12, 17), "nearly 50 killed in one three-day fight (SSO, Dec 17 2024)", "part"),
    "011-2": (D(2025, 1, 13), "about 300 killed (NIS, Jan 13 2025)", ""),
    "013-2": (D(2025, 4, 30), "about 600 killed (NIS, Apr 30 2025)", ""),
    "014-2": (D(2025, 12, 10), "several engineers killed clearing mines (state media, Dec 2025, vague)", "part"),
    "014-3": (D(2025, 9, 4), "about 2,000 killed (NIS, Sep 2025)", ""),
    "014-4": (D(2025, 4, 30), "the spring figure of about 600 killed (NIS, restated Dec 2025)", "base"),
    "006-2": (D(2024, 12, 19), "nearly 1,000 wounded (NIS, Dec 19 2024)", ""),
    "011-3": (D(2025, 1, 13), "about 2,700 wounded (NIS, Jan 13 2025)", ""),
}

conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Koreans in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
         "(Zelensky, Nov 4), four days apart: the first articles that carry each"],
        ["005-2", "005-3", "within one explainer that sets them against each other (\"Estimates differ\"): "
         "Blinken's about 8,000 in Kursk against Zelensky's 11,000 in Kursk, days apart"],
        ["007-1", "008-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 "
         "(Zelensky, Dec 23), the same day: the first articles that carry each"],
        ["010-2", "010-1", "within one live blog that sets them against each other: the JCS's about 1,100 "
         "casualties against Zelensky's more than 3,000, the same day"],
    ],
    "may": [],
}


def claim(cid):
    aid, n = cid.split("-")
    return A[aid][int(n) - 1]


def inside(a, b):
    va, vb, mb = claim(a)[2], claim(b)[2], claim(b)[3]
    return mb is not None and vb <= va <= mb


def why(a, b):
    (da, ta, ka), (db, tb, kb) = META[a], META[b]
    kinds = {ka, kb}
    if "part" in kinds:
        k = "a part against the whole"
    elif "add" in kinds:
        k = "an additional force against the main contingent or another total"
    elif "first" in kinds:
        k = "a first group against a later total"
    elif "vague" in kinds:
        k = "a vague count from a week or more earlier, defensible either way"
    elif inside(a, b) or inside(b, a):
        k = "a value within the other's range, no real disagreement"
    elif "base" in kinds:
        k = "an earlier figure restated as the base of a rise, an update"
    elif abs((da - db).days) > 60:
        k = "months apart, a changing total"
    elif abs((da - db).days) > 14:
        k = "weeks apart, a rising total"
    elif claim(a)[5] == claim(b)[5] or {a, b} & {"005-1", "002-2"}:
        k = "different scope (all of Russia against Kursk) or a bound, defensible either way"
    else:
        k = "a later restatement of two reports already told apart, or a bound the other satisfies"
    return "%s against %s: %s" % (ta, tb, k)


must = {frozenset(p[:2]) for p in conflicts["must"]}
ids = sorted(META)
for a, b in combinations(ids, 2):
    ca, cb = claim(a), claim(b)
    if (ca[0], ca[1]) != (cb[0], cb[1]) or frozenset((a, b)) in must:
        continue
    if (ca[2], ca[3], ca[4]) == (cb[2], cb[3], cb[4]):
        continue  # the same figure told again: no disagreement
    conflicts["may"].append([a, b, why(a, b)])

for aid, cl in A.items():  # every claim that can pair has its metadata
    for n, c in enumerate(cl, 1):
        if c[1] == NK and c[0] != "captured":
            assert "%s-%d" % (aid, n) in META, (aid, n)

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
