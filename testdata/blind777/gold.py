#!/usr/bin/env python3
"""Gold labels for testdata/blind777 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind777/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency",
       "South Korea's intelligence agency", "South Korea", "Seoul"]
NISLEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun", "Lee"] + NIS
DOD = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "U.S. Department of Defense",
       "the department", "United States", "U.S.", "US"]
PENT = ["Pentagon", "Pentagon official", "United States", "U.S.", "US"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US"]
USOFF = ["US officials", "U.S. officials", "The New York Times", "New York Times", "United States", "U.S.", "US"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "President Volodymyr Zelensky", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
SSO = ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military",
       "South Korea", "Seoul"]
RUMOD = ["Russia's defence ministry", "Russian defence ministry", "Russian Defence Ministry", "defence ministry", "Russia"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un", "Pyongyang"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "About 1,500 soldiers of the North's special forces were carried on Russian navy vessels", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", DOD,
         "North Korea has sent approximately 10,000 soldiers in total to train in eastern Russia", False),
        # the figure of the week before, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "about", DOD,
         "an increase from the roughly 3,000 that we briefed to you last week", False),
        ("casualties", RU, 600000, None, "more_than", DOD,
         "Russian casualties have topped 600,000 killed and wounded", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers have been moved to Russia's Kursk region", False),
        # the whole force in Russia, of which the 8,000 in Kursk are a part
        ("troops", NK, 10000, None, "about", PENT,
         "part of the roughly 10,000 that the Pentagon believes North Korea has sent to Russia", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are now in Russia's Kursk region", False),
        # officers only: a part of the whole contingent
        ("troops", NK, 500, None, "about", HUR,
         "the contingent includes about 500 officers", False),
        ("troops", NK, 2000, 9000, "vague", HUR,
         "thousands more North Korean soldiers were still completing training at ranges in Russia's Far East", True),
    ],
    "005": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "put the number of North Korean soldiers in Russia's Kursk region at about 8,000", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "President Volodymyr Zelensky said there were 11,000 of them there", False),
        # the first group, a month earlier
        ("troops", NK, 1500, None, "about", NIS,
         "an advance party of about 1,500 special forces shipped to Vladivostok", False),
        ("troops", RU, 50000, None, "about", USOFF,
         "Moscow has massed about 50,000 soldiers of its own", False),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", NISLEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", NISLEE,
         "nearly 1,000 others wounded", False),
        ("troops", NK, 11000, None, "about", NISLEE,
         "around 11,000 North Korean troops remain deployed in Russia", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "North Korean troops had suffered several hundred casualties", True),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops fighting for Russia have suffered around 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed in action", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False),
        # three days of fighting by one branch: parts of the whole
        ("killed", NK, 50, None, "about", SSO,
         "its units had killed nearly 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", SSO,
         "wounded another 47", False),
    ],
    "010": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean casualties in the Kursk region have exceeded 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "roughly 1,100 North Korean soldiers had been killed or wounded", False),
        # one day's losses claimed by Moscow
        ("casualties", UA, 250, None, "up_to", RUMOD,
         "Ukraine had lost up to 250 servicemen in the Kursk region over the past 24 hours", False),
    ],
    "011": [
        ("killed", NK, 300, None, "about", NISLEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NISLEE,
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NISLEE,
         "That puts the North's combined losses at roughly 3,000", False),
        # December's figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 100, None, "at_least", NISLEE,
         "The death toll is up from at least 100 in the spy agency's December briefing", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "014": [
        ("troops", NK, 11000, 12000, "range", NIS,
         "Between 11,000 and 12,000 North Korean soldiers were shipped to Russia", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "Some 3,000 more followed in January and February 2025 as replacements", False),
        ("captured", NK, 2, None, "exact", U,
         "Ukrainian forces take two North Korean soldiers prisoner in the Kursk region", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "Ukraine's military intelligence puts North Korean losses at about 4,000 killed and wounded", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "The NIS estimates North Korean casualties at about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 killed", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed", False),
        # one engineer regiment clearing mines: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "nine soldiers of an engineer regiment died clearing mines in Kursk", False),
        ("troops", NK, 10000, None, "about", NIS,
         "About 10,000 North Korean troops are still stationed near Russia's border with Ukraine", False),
        # a separate construction contingent, actually arriving (Shoigu's June plan is not a claim)
        ("troops", NK, 5000, None, "about", NIS,
         "some 5,000 military construction troops have been arriving in stages", False),
    ],
}

NOT = {
    "000": ["Nikkei 225 38,981.75", "between Oct. 8 and 13", "some 12,000 troops in four brigades",
            "four Russian amphibious and escort ships", "roughly 1.2 million active-duty personnel",
            "2 inter-Korean roads", "3-way air drills", "28%"],
    "001": ["56th Security Consultative Meeting", "since February of 2022", "roughly 100 U.S. troops",
            "$425 million", "155mm"],
    "002": ["1,284 comments", "5 min", "about 190 miles", "February 2022", "tops 60 million",
            "7 swing states", "Man, 34", "2 officers hurt"],
    "003": ["Views: 3,127", "170mm", "1,950 soldiers killed, wounded in past day", "59 of 96 drones"],
    "005": ["Four days later", "roughly 12,000 in total", "as many as 100,000", "about 1.2 million",
            "since 1953", "around 600 km²", "Article 4", "90 missiles and 200 drones", "Reading time 4 min"],
    "006": ["paras 4-6", "240-mm", "170-mm", "6 opposition-led bills", "2,435.93", "1.95 pct",
            "2 dead, 11 injured"],
    "007": ["Listen (01:38)", "240-millimeter", "170-millimeter", "four days after", "1,450 per dollar",
            "March 2009", "1.9 million foreign tourists"],
    "009": ["3 min read", "three days of fighting", "about 1,300 square kilometers", "injures 9",
            "12 buildings", "90 days", "1.5 million shells", "18,000 members"],
    "010": ["Comments (487)", "almost three times", "31 December", "250,000 homes",
            "Zelensky says North Korean losses in Kursk top 3,000", "third wartime December"],
    "011": ["One of them", "a 20-year-old", "aged 26", "in 2016", "for the 3rd time", "92 countries", "9 years"],
    "014": ["Issue #212", "9 min read", "14,300 readers", "five items",
            "1,000 sappers and 5,000 military builders", "more than three times", "a 120-day mission",
            "1,286 votes", "52%"],
}

OFF = ["004", "008", "012"]
DUP = {"013": "006"}

# who says what, when (day 0 = Oct 1, 2024) and what kind of figure it is: used to word the may reasons
L = {
    "000-1": ("NIS's first group of about 1,500 (Oct 18, 2024)", 17, "first"),
    "001-1": ("the Pentagon's about 10,000 in eastern Russia (Oct 28)", 27, "russia"),
    "001-2": ("the Pentagon's earlier roughly 3,000 (the week before Oct 28)", 21, "earlier"),
    "002-1": ("Blinken's about 8,000 in Kursk (Oct 31)", 30, "kursk"),
    "002-2": ("the Pentagon's roughly 10,000 in Russia (Oct 31)", 30, "russia"),
    "003-1": ("Zelensky's 11,000 in Kursk (Nov 4)", 34, "kursk"),
    "003-2": ("HUR's about 500 officers (Nov 5)", 35, "part"),
    "003-3": ("HUR's thousands more in training (Nov 5)", 35, "vague"),
    "005-1": ("Blinken's about 8,000 in Kursk, restated Nov 14", 30, "kursk"),
    "005-2": ("Zelensky's 11,000 in Kursk, restated Nov 14", 34, "kursk"),
    "005-3": ("NIS's first group of about 1,500, restated Nov 14", 17, "first"),
    "006-3": ("NIS's about 11,000 in Russia (Dec 19)", 79, "russia"),
    "014-1": ("NIS's 11,000-12,000 sent in autumn 2024 (restated Dec 2025)", 45, "russia"),
    "014-2": ("NIS's some 3,000 reinforcements (Jan-Feb 2025)", 130, "additional"),
    "014-9": ("NIS's about 10,000 still stationed (Dec 2025)", 435, "russia"),
    "014-10": ("NIS's some 5,000 construction troops (autumn 2025)", 400, "additional"),
    "006-4": ("the Pentagon's several hundred (Dec 16)", 76, "vague"),
    "007-1": ("JCS's about 1,100 (Dec 23)", 83, ""),
    "009-1": ("Zelensky's more than 3,000 (Dec 23)", 83, ""),
    "010-1": ("Zelensky's more than 3,000, restated Dec 24", 83, ""),
    "010-2": ("JCS's about 1,100, restated Dec 24", 83, ""),
    "011-3": ("NIS's roughly 3,000 (Jan 13, 2025)", 104, ""),
    "014-4": ("HUR's about 4,000 (Feb 2025)", 130, ""),
    "014-5": ("NIS's about 4,700 (Apr 30, 2025)", 211, ""),
    "006-1": ("NIS's at least 100 killed (Dec 19)", 79, "bound"),
    "007-2": ("NIS's at least 100 killed, restated Dec 23", 79, "bound"),
    "009-2": ("SSO's nearly 50 killed in three days (Dec 21)", 81, "part"),
    "011-1": ("NIS's about 300 killed (Jan 13, 2025)", 104, ""),
    "011-4": ("NIS's at least 100 killed, restated Jan 13 as the base of the rise", 79, "bound"),
    "014-6": ("NIS's some 600 killed (Apr 30, 2025)", 211, ""),
    "014-7": ("NIS's about 2,000 killed (Sep 2025)", 350, ""),
    "014-8": ("nine engineers killed clearing mines (Dec 2025)", 430, "part"),
    "006-2": ("NIS's nearly 1,000 wounded (Dec 19)", 79, ""),
    "009-3": ("SSO's 47 wounded in three days (Dec 21)", 81, "part"),
    "011-2": ("NIS's some 2,700 wounded (Jan 13, 2025)", 104, ""),
}

MUST = [
    ["002-1", "003-1", "Blinken's about 8,000 North Koreans in Kursk (Oct 31) against Zelensky's 11,000 in Kursk (Nov 4), four days apart; the first two articles to carry them"],
    ["005-1", "005-2", "within one fact-check: Blinken's about 8,000 against Zelensky's 11,000 in Kursk, the same week, set against each other"],
    ["007-1", "009-1", "JCS's about 1,100 North Korean casualties (Dec 23) against Zelensky's more than 3,000 (Dec 23), the same day; the first two articles to carry them"],
    ["010-2", "010-1", "within one live blog: JCS's roughly 1,100 against Zelensky's more than 3,000, the same day, set against each other"],
]

# every other pair of the same metric and subject whose values differ, except the plainly compatible
# (the same figure restated, or a value inside the other's range)
GROUPS = {
    "troops NK": ["000-1", "001-1", "001-2", "002-1", "002-2", "003-1", "003-2", "003-3", "005-1", "005-2",
                  "005-3", "006-3", "014-1", "014-2", "014-9", "014-10"],
    "casualties NK": ["006-4", "007-1", "009-1", "010-1", "010-2", "011-3", "014-4", "014-5"],
    "killed NK": ["006-1", "007-2", "009-2", "011-1", "011-4", "014-6", "014-7", "014-8"],
    "wounded NK": ["006-2", "009-3", "011-2"],
}
SAME = {frozenset(p) for p in [
    ("000-1", "005-3"), ("001-1", "002-2"), ("001-1", "014-9"), ("002-2", "014-9"), ("002-1", "005-1"),
    ("003-1", "005-2"), ("003-1", "006-3"), ("005-2", "006-3"), ("001-2", "014-2"),
    ("003-1", "014-1"), ("005-2", "014-1"), ("006-3", "014-1"),
    ("007-1", "010-2"), ("009-1", "010-1"), ("006-1", "007-2"), ("006-1", "011-4"), ("007-2", "011-4"),
]}
RESTATED = {frozenset(p) for p in [("002-1", "005-2"), ("003-1", "005-1"), ("007-1", "010-1"), ("009-1", "010-2")]}
KIND = {"first": "a first group against a later total", "earlier": "an earlier figure against a later one",
        "part": "a part against the whole", "vague": "a vague count",
        "additional": "an additional or separate force", "bound": "a lower bound the other may satisfy"}


def why(a, b):
    (_, da, ka), (_, db, kb) = L[a], L[b]
    if frozenset((a, b)) in RESTATED:
        return "the same two reports again, restated later: only their first pair and the one within an article are must"
    out = [KIND[k] for k in dict.fromkeys((ka, kb)) if k in KIND]
    if {ka, kb} == {"kursk", "russia"}:
        out.append("troops in Kursk against troops in all of Russia")
    gap = abs(da - db)
    out.append("months apart" if gap > 60 else "weeks apart" if gap > 14 else "days apart")
    if len(out) == 1 and gap > 14:
        out.append("a rising total")
    return ", ".join(out)


must_set = {frozenset(p[:2]) for p in MUST}
may = []
for g, ids in GROUPS.items():
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            p = frozenset((a, b))
            if p in must_set or p in SAME:
                continue
            may.append([a, b, "%s against %s: %s" % (L[a][0], L[b][0], why(a, b))])

conflicts = {"must": MUST, "may": may}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
