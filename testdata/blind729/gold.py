#!/usr/bin/env python3
"""Gold labels for testdata/blind729 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
from itertools import combinations
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind729/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency",
       "South Korean intelligence", "South Korea", "Seoul"]
NISLEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military",
       "South Korea", "Seoul"]
PENT = ["Pentagon", "U.S. Department of Defense", "Department of Defense", "United States", "U.S.", "US"]
SINGH = ["Sabrina Singh", "Singh"] + PENT
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "United States", "U.S.", "US"]
AUSTIN = ["Lloyd Austin", "Austin"] + PENT
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukrainian President", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence",
       "Ukraine's military intelligence agency", "Ukraine"]
RYDER = ["Pat Ryder", "Ryder", "Pentagon press secretary"] + PENT
RUMOD = ["Russian Defence Ministry", "Russia's defence ministry", "Russian Defense Ministry",
         "Ministry of Defence", "Russia"]
GER = ["Valery Gerasimov", "Gerasimov", "General Staff", "Russian General Staff", "Russia"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of about 1,500 special operations soldiers has already been shipped to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", SINGH,
         "the DPRK has sent around 10,000 soldiers in total to train in eastern Russia", False),
        # last week's figure, restated as the base of the update
        ("troops", NK, 3000, None, "at_least", SINGH,
         "at least 3,000 North Korean soldiers had moved into eastern Russia", False),
    ],
    "002": [
        # in Kursk: a part of the whole force in Russia
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean troops are now in Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", AUSTIN,
         "Of the roughly 10,000 soldiers Pyongyang has sent to Russia so far", False),
    ],
    "003": [
        # quote first, speaker named in the next sentence
        ("troops", NK, 11000, None, "exact", ZEL,
         "there are already eleven thousand of them in the Kursk region", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers had been moved to the Kursk region", False),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered around 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NISLEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NISLEE,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "North Korean troops had suffered casualties numbering in the several hundreds", True),
        ("troops", NK, 11000, None, "about", U,
         "Pyongyang is believed to have sent some 11,000 troops to Russia", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "The number of North Korean soldiers killed and wounded in Russia's Kursk Oblast has topped 3,000", False),
        # the first two days of fighting only: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded in their first two days of fighting", False),
        ("troops", NK, 11000, None, "about", ["Kyiv and Seoul", "Kyiv", "Seoul", "Ukraine", "South Korea"],
         "Around 11,000 North Korean troops have been deployed to Kursk Oblast", False),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean forces fighting for Russia had suffered about 1,100 casualties", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Koreans killed and wounded was more than 3,000", False),
        ("killed", NK, 100, None, "at_least", NISLEE,
         "at least 100 killed", False),
        ("wounded", NK, 1000, None, "about", NISLEE,
         "almost 1,000 injured", False),
        ("casualties", NK, 200, 900, "vague", RYDER,
         "had put North Korean casualties at \"several hundred\"", True),
        ("troops", NK, 11000, 12000, "range",
         ["South Korean and US officials", "South Korean officials", "US officials", "South Korea", "United States"],
         "between 11,000 and 12,000 soldiers, according to South Korean and US officials", False),
    ],
    "008": [
        ("casualties", UA, 230, None, "up_to", RUMOD,
         "Ukraine had lost up to 230 servicemen there over the past day", False),
        ("killed", NK, 300, None, "about", NISLEE,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NISLEE,
         "2,700 wounded fighting alongside Russian forces", False),
        # the December figure, restated as the base of the rise
        ("killed", NK, 100, None, "at_least", NIS,
         "the NIS said at least 100 had been killed", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "010": [
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "up_to", JCS,
         "North Korea sent as many as 3,000 additional soldiers to Russia in January and February", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "the North's losses so far come to some 4,700 killed and wounded", False),
        ("casualties", NK, 4000, None, "about", ZEL,
         "Zelensky put at roughly 4,000 North Korean casualties in February", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than", GER,
         "the enemy's losses in the Kursk direction since August 6, 2024 amounted to over 76,000 servicemen", False),
        ("troops", NK, 11000, 12000, "range", ["South Korean intelligence", "foreign media", "NIS", "South Korea"],
         "Foreign media, citing South Korean intelligence, have put the figure at 11,000-12,000", False),
    ],
    "014": [
        # one engineering unit's dead only: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "laid flowers before the portraits of nine sappers killed while clearing the fields", False),
        # the builders: a separate contingent, a vague count
        ("troops", NK, 2000, 9000, "vague", NIS,
         "thousands of them are now at work in the region", True),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
        # the April figure, restated as the base of the rise
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 it estimated in April", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain in Russia", False),
    ],
}

NOT = {
    "000": ["between Oct. 8 and 13", "four brigades", "some 12,000 troops in all", "11th Corps",
            "around 40,000 members", "millions of artillery rounds", "Gimpo warehouse fire leaves 3 dead, 12 injured",
            "30th straight week", "15 months", "KOSPI 2,593.82"],
    "001": ["up to 12,000 could eventually be sent", "the roughly 100 U.S. soldiers who operate it",
            "the 2,500 troops there", "56th Security Consultative Meeting", "Oct. 28, 2024"],
    "002": ["millions of artillery shells", "dozens of ballistic missiles",
            "the 28,500 U.S. troops stationed in South Korea", "155 mm artillery shells",
            "Death toll from Spain's flash floods rises to 158"],
    "003": ["1,964 views", "Russia loses another 1,260 troops in a day, 27 artillery systems", "122mm howitzers"],
    "005": ["170mm self-propelled guns", "Police estimate 18,000 at Saturday's Gwanghwamun rally",
            "1,450 per dollar", "Reading time: 3 min"],
    "006": ["around 800 square kilometers", "Join 15,000 members", "Russian attack on Kharkiv injures 7, including child",
            "3 min read"],
    "007": ["viewed more than 400,000 times", "three or four to one",
            "Video does not show 10,000-strong anti-war march in Moscow", "North Korean losses in Kursk top 3K"],
    "008": ["one aged 20, the other 26", "one soldier facing capture", "Russia launched 88 drones overnight, of which 58 were shot down",
            "another 30 were lost to electronic jamming",
            "LA wildfires: death toll rises to 24"],
    "010": ["21.7K plays", "1,312 ratings", "a further rotation of several thousand", "join 1,900 listeners on Patreon",
            "20% off", "51 MIN"],
    "011": ["more than 7,700 units of weapons and military equipment", "Article 4 of the treaty",
            "Some 11,500 servicemen to march in Victory Day parade"],
    "014": ["1,000 sappers", "5,000 military builders", "2 dead, 14 injured", "150 residents evacuated",
            "37,000-seat stadium", "leaves 3 dead in road accidents", "KOSPI 4,090.59"],
}

OFF = ["004", "009", "013"]
DUP = {"012": "005"}

# short descriptions of every claim that can pair: (what, when)
D = {
    "000-1": "about 1,500 first group (NIS, Oct 18 2024)",
    "001-1": "around 10,000 in Russia (Pentagon, Oct 28 2024)",
    "001-2": "at least 3,000 (Pentagon, Oct 23 2024, restated Oct 28)",
    "002-1": "about 8,000 in Kursk (Blinken, Oct 31 2024)",
    "002-2": "roughly 10,000 in Russia (Austin, Oct 31 2024)",
    "003-1": "11,000 in Kursk (Zelensky, Nov 4 2024)",
    "003-2": "about 8,000 in Kursk (Blinken, restated Nov 5 2024)",
    "005-5": "some 11,000 (unattributed, Dec 23 2024)",
    "006-3": "around 11,000 (Kyiv and Seoul, Dec 23 2024)",
    "007-6": "11,000-12,000 (South Korean and US officials, Dec 30 2024)",
    "010-1": "as many as 3,000 reinforcements (JCS, Jan-Feb 2025)",
    "011-2": "11,000-12,000 (foreign media citing South Korean intelligence, Apr 2025)",
    "014-2": "thousands of military builders (NIS, autumn 2025, vague)",
    "014-5": "about 10,000 remaining (NIS, Dec 2025)",
    "005-1": "about 1,100 casualties (JCS, Dec 23 2024)",
    "005-4": "several hundred casualties (Pentagon, Dec 16 2024, vague)",
    "006-1": "more than 3,000 casualties (Zelensky, Dec 23 2024)",
    "006-2": "at least 30 casualties in the first two days (HUR, mid-Dec 2024)",
    "007-1": "about 1,100 casualties (JCS, Dec 23 2024, restated Dec 30)",
    "007-2": "more than 3,000 casualties (Zelensky, Dec 23 2024, restated Dec 30)",
    "007-5": "several hundred casualties (Ryder, Dec 17 2024, vague)",
    "010-2": "some 4,700 casualties (JCS, Mar 2025)",
    "010-3": "roughly 4,000 casualties (Zelensky, Feb 2025)",
    "005-2": "at least 100 killed (NIS, Dec 19 2024)",
    "007-3": "at least 100 killed (NIS, Dec 19 2024, restated Dec 30)",
    "008-2": "about 300 killed (NIS, Jan 13 2025)",
    "008-4": "at least 100 killed (NIS, Dec 2024, restated Jan 13)",
    "014-1": "nine sappers killed (KCNA, one engineering unit, Dec 2025)",
    "014-3": "about 2,000 killed (NIS, Sep 2025)",
    "014-4": "roughly 600 killed (NIS, Apr 2025, restated Dec)",
    "005-3": "nearly 1,000 wounded (NIS, Dec 19 2024)",
    "007-4": "almost 1,000 wounded (NIS, Dec 19 2024, restated Dec 30)",
    "008-3": "about 2,700 wounded (NIS, Jan 13 2025)",
    "008-1": "up to 230 Ukrainian losses in one day (Russian Defence Ministry, Jan 13 2025)",
    "011-1": "over 76,000 Ukrainian losses since August 2024 (Gerasimov, Apr 26 2025)",
}

must = [
    ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
                       "(Zelensky, Nov 4): the first articles to carry each, four days apart"],
    ["003-2", "003-1", "within one article: Blinken's about 8,000 against Zelensky's eleven thousand in Kursk, "
                       "set side by side, the same week"],
    ["005-1", "006-1", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky), both on Dec 23: "
                       "the first articles to carry each"],
    ["007-1", "007-2", "within one fact-check: the JCS's about 1,100 against Zelensky's more than 3,000, "
                       "the same day, set against each other"],
]

# why each remaining pair of the same metric and subject may or may not be called a conflict
WHY = {
    ("000-1",): "the first group of about 1,500 against a later or larger total",
    ("010-1",): "an additional force (reinforcements) against the contingent's total",
    ("014-2",): "a separate contingent of builders (vague) against the fighting force",
    ("006-2",): "a part (the first two days of fighting) against the whole",
    ("014-1",): "a part (one engineering unit's dead) against the whole",
    ("005-4",): "a vague 'several hundred' from mid-December against another count, while losses were rising",
    ("007-5",): "a vague 'several hundred' from mid-December against another count, while losses were rising",
    ("008-1", "011-1"): "one day's claimed Ukrainian losses against the whole operation's",
    ("001-2",): "a bound (at least 3,000) the other value satisfies, or a first count against a later one",
    ("001-1", "002-1"): "8,000 in Kursk is part of 10,000 in Russia",
    ("002-1", "002-2"): "8,000 in Kursk is part of 10,000 in Russia, within one article",
    ("001-1", "003-2"): "8,000 in Kursk is part of 10,000 in Russia",
    ("002-2", "003-2"): "8,000 in Kursk is part of 10,000 in Russia",
    ("001-1", "003-1"): "about 10,000 in Russia (Oct 28) against 11,000 in Kursk a week later, a rising count",
    ("002-2", "003-1"): "roughly 10,000 in Russia (Oct 31) against 11,000 in Kursk four days later, a rising count",
    ("008-2", "008-4"): "an update within one live blog: about 300 killed, up from at least 100 a month earlier",
    ("003-1", "007-6"): "11,000 lies within 11,000-12,000, weeks apart",
    ("003-1", "011-2"): "11,000 lies within 11,000-12,000, months apart",
    ("005-5", "007-6"): "some 11,000 lies within 11,000-12,000, a week apart",
    ("006-3", "007-6"): "around 11,000 lies within 11,000-12,000, a week apart",
    ("005-5", "011-2"): "some 11,000 lies within 11,000-12,000, months apart",
    ("006-3", "011-2"): "around 11,000 lies within 11,000-12,000, months apart",
    ("005-1", "007-2"): "a later restatement of the JCS/Zelensky pair already told",
    ("006-1", "007-1"): "a later restatement of the JCS/Zelensky pair already told",
    ("010-2", "010-3"): "4,700 (JCS, late March) against roughly 4,000 (Zelensky, February): a month apart, a rising total",
    ("014-3", "014-4"): "an update: 2,000 in September up from 600 in April",
}


def why(a, b):
    for k in ((a, b), (b, a)):
        if k in WHY and WHY[k]:
            return WHY[k]
    for c in (a, b):
        if (c,) in WHY:
            return WHY[(c,)]
    da, db = D[a], D[b]
    if "restated" in da and "restated" in db:
        return "restatements of earlier figures, weeks or months apart"
    if ("Jan 13 2025" in da) != ("Jan 13 2025" in db) and "Dec" in da + db and "2025" not in da + db.replace("Jan 13 2025", ""):
        return "December against mid-January: weeks apart, a rising total"
    return "weeks or months apart: a rising or changing total"


def key(c):
    art = A[c.split("-")[0]][int(c.split("-")[1]) - 1]
    return art[0], art[1]


def same_value(a, b):
    x = A[a.split("-")[0]][int(a.split("-")[1]) - 1]
    y = A[b.split("-")[0]][int(b.split("-")[1]) - 1]
    return (x[2], x[3]) == (y[2], y[3])


must_keys = {frozenset(p[:2]) for p in must}
may = []
for a, b in combinations(sorted(D), 2):
    if key(a) != key(b) or frozenset((a, b)) in must_keys or same_value(a, b):
        continue
    may.append([a, b, "%s against %s: %s" % (D[a], D[b], why(a, b))])

conflicts = {"must": must, "may": may}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
