#!/usr/bin/env python3
"""Gold labels for testdata/blind821 (written and labelled blind). Run: python3 gold.py > gold.json"""
import itertools, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind821/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "State Department", "United States", "U.S.", "US", "Washington"]
PENTAGON = ["Pentagon", "Department of Defense", "United States", "U.S.", "US", "Washington"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "National Security Council",
                                                "United States", "US", "Washington"],
         "At least 3,000 North Korean soldiers were moved into eastern Russia", False),
        # a first group: part of the later total
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special forces soldiers had been shipped to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENTAGON + ["Sabrina Singh", "Singh"],
         "the figure the Pentagon gave on Monday is about 10,000 North Korean soldiers", False),
        # the base of the rise, restated: an update, not a conflict
        ("troops", NK, 3000, None, "exact", ["White House", "United States", "US", "Washington"],
         "up from the 3,000 the White House cited just last week", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "Ukraine's military intelligence says up to 12,000 North Korean soldiers are now training at bases in Russia's Far East", False),
        # officers only: a part of the whole
        ("troops", NK, 500, None, "about", HUR,
         "about 500 officers, senior generals among them, are in the contingent", False),
    ],
    "003": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers are now in Russia's Kursk region", False),
        # all of Russia: the whole of which Kursk is a part
        ("troops", NK, 10000, None, "about", ["Lloyd Austin", "Austin"] + PENTAGON,
         "the roughly 10,000 North Koreans Washington believes have been sent to Russia in all", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand North Korean soldiers in the Kursk region", False),
    ],
    "005": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Blinken put the number of North Korean soldiers in the Kursk region at about 8,000", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Volodymyr Zelensky said 11,000 North Korean soldiers were in Kursk", False),
        ("troops", NK, 10000, None, "about", PENTAGON,
         "The US total for Russia as a whole, roughly 10,000", False),
        ("troops", RU, 50000, None, "about", ["US officials", "U.S. officials", "United States", "US"],
         "Russia had massed some 50,000 troops, North Korean soldiers among them", False),
    ],
    "007": [
        ("casualties", NK, 200, 900, "vague", PENTAGON + ["Pat Ryder", "Ryder"],
         "they have taken casualties in the several hundreds", True),
        ("troops", NK, 10000, 12000, "range", PENTAGON + ["Pat Ryder", "Ryder"],
         "between 10,000 and 12,000 North Korean troops in the Kursk Oblast", False),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "About 1,100 North Korean soldiers have been killed or wounded", False),
        ("troops", NK, 11000, None, "about", ["South Korean and U.S. intelligence", "South Korea", "United States", "U.S."],
         "North Korea sent about 11,000 troops to Russia in October and November", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "The number of North Korean soldiers killed and wounded in Russia's Kursk Oblast has exceeded 3,000", False),
        # one unit, one morning: a part of the whole
        ("killed", NK, 17, None, "exact", ["Ryzhyi", "commander of a Ukrainian special operations unit",
                                           "Ukrainian special operations unit", "Ukraine"],
         "his men had killed 17 North Korean soldiers in a single morning", False),
    ],
    "010": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Preliminary data show more than 3,000 North Korean soldiers killed or wounded in Kursk", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "put the toll at roughly 1,100 North Korean soldiers killed or wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon spokesman"] + PENTAGON,
         "North Korean units had suffered several hundred casualties", True),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 had been wounded", False),
        ("killed", UA, 43000, None, "exact", ZEL,
         "43,000 Ukrainian soldiers had been killed since February 2022", False),
    ],
    "012": [
        ("killed", NK, 300, None, "about", LEE,
         "Some 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "about 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Zelensky", "Volodymyr Zelensky"],
         "two North Korean soldiers had been taken captive by Ukrainian forces", False),
        ("troops", NK, 11000, None, "about", U,
         "North Korea sent roughly 11,000 troops to Russia last fall", False),
    ],
    "014": [
        ("troops", NK, 11000, None, "about", ["Western and South Korean estimates", "Western officials", "South Korea"],
         "some 11,000 North Korean soldiers arrive in Russia, most of them in the Kursk region", False),
        ("captured", NK, 2, None, "exact", ["Kyiv", "Ukraine", "Zelensky", "Volodymyr Zelensky"],
         "two wounded North Korean soldiers have been taken prisoner", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "About 3,000 more North Korean troops arrive in Russia as reinforcements", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "estimates North Korean losses at about 4,000 killed and wounded", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "general staff", "Russia"],
         "Ukraine lost more than 76,000 troops there", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 dead", False),
        # September: a rising total ("up from roughly 600" restates 014-7)
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed", False),
        ("troops", NK, 10000, None, "about", NIS,
         "Around 10,000 North Korean troops remain deployed near the border with Ukraine", False),
        # builders and deminers: a separate contingent, vague
        ("troops", NK, 2000, 9000, "vague", NIS,
         "several thousand military builders and deminers have joined them", True),
        # one engineering regiment: a part of the whole
        ("killed", NK, 9, None, "exact", ["North Korean state media", "state media", "KCNA", "North Korea"],
         "nine soldiers of an engineering regiment died clearing mines in Kursk", False),
    ],
}

NOT = {
    "000": ["Oct 24, 2024", "between October 8 and 13", "up to 12,000 troops in all", "four brigades",
            "about 1.2 million active-duty soldiers", "August 6", "240mm multiple rocket launcher", "October 10, 2020",
            "31 Ukrainian drones", "Ukraine says Russia lost 1,480 troops in past 24 hours", "\"15 drones\"",
            "Typhoon Trami leaves 26 dead", "Nikkei 225 down 0.8% at 38,143", "Brent $75.12"],
    "001": ["October 29, 2024, 22:00 KST", "Running time 28:40", "Segment 1 of 6", "KOSPI 2,617.80 +0.8%",
            "USD/KRW 1,385.90", "Seoul 12°C", "second security meeting in a week", "its 32 member states",
            "Article 4", "3.25 percent", "Ukraine says Russia lost 1,290 troops in past day",
            "Fire at Incheon logistics centre injures 4", "62% back humanitarian aid",
            "1.6 million across 105 countries"],
    "003": ["some 1,000 square kilometres (385 square miles)", "roughly 100 km (60 miles)", "Oil rises 1%",
            "retaken two more villages", "$20 billion from G7 loan"],
    "004": ["the 810th brigade", "August 6", "Views: 3,907", "Russia's combat losses in Ukraine top 700,000",
            "Sumy region 82 times", "injures 13 people", "UAH/USD 41.25"],
    "005": ["ISSUE BRIEF No. 2024-31", "6 pages", "9 minutes", "more than 6,000 kilometres",
            "between 600 and 800 square kilometres", "a peak of about 1,300", "as many as 100,000 soldiers",
            "roughly 1.2 million", "Article 4 of the June 2024 treaty", "since 1953", "served 22 years",
            "ISSN 2799-4413", "412 KB", "1,204 downloads", "31 October 2024"],
    "007": ["$500 million", "155mm artillery rounds", "about 2,000 U.S. troops in Syria", "not the 900",
            "The roughly 900", "Still about 2,500?", "approximately 2,500 in Iraq", "$895 billion", "Share: 17",
            "Runtime 31:12"],
    "008": ["paras 4-6", "240-mm multiple rocket launchers", "170-mm self-propelled guns", "Dec. 16",
            "1.6 pct lower", "1,450 per dollar", "192 lawmakers vote in favour", "draws 12,000 in Tokyo"],
    "009": ["Issue #512", "7 min read", "Russian strike on Kharkiv injures six", "250,000 households",
            "injured six people", "19 of 28 Shahed-type drones", "15,000 members", "$5 a month",
            "Russia has lost 778,000 troops"],
    "010": ["Reading time: 5 minutes", "347 comments", "almost three times as large", "Share: 1.2K",
            "2 million people crossed the border", "600 U.S. soldiers in Kharkiv", "16 million jobs", "Dec. 8"],
    "012": ["KOSPI 2,489.56", "USD/KRW 1,470.80", "born in 2005", "One soldier who was about to be captured",
            "Zelensky: N. Korean losses in Kursk top 3K", "hire 1,200 welders", "minus 15 degrees"],
    "014": ["December 12, 2025, at 5 pm", "Reading time 4 min.", "for six months",
            "1,000 sappers and 5,000 military builders", "1.1 million people", "1,000 prisoners exchanged",
            "Kim Jong Un, 41"],
}

OFF = ["002", "006", "011"]
DUP = {"013": "008"}

# ---- conflicts ------------------------------------------------------------------------------
MUST = [
    ["003-1", "004-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
                       "(Zelensky, Nov 4), four days apart: the first articles to carry each"],
    ["005-1", "005-2", "within one brief: Blinken's about 8,000 in Kursk against Zelensky's 11,000 in Kursk, "
                       "the same week, set against each other"],
    ["008-1", "009-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 "
                       "(Zelensky, Dec 23), the same day: the first articles to carry each"],
    ["010-2", "010-1", "within one fact-check: the JCS's roughly 1,100 against Zelensky's more than 3,000, "
                       "the same day, set against each other"],
]

# what each claim is, for the may reasons
D = {
    "000-1": "at least 3,000 in eastern Russia (White House, Oct 23 2024)",
    "000-2": "a first group of about 1,500 (NIS, Oct 18 2024)",
    "001-1": "about 10,000 in Russia (Pentagon, Oct 28 2024)",
    "001-2": "3,000 (White House, Oct 23 2024, restated as the base of a rise)",
    "001-3": "up to 12,000 training in the Far East (HUR, Oct 29 2024)",
    "001-4": "about 500 officers (HUR, Oct 29 2024)",
    "003-1": "about 8,000 in Kursk (Blinken, Oct 31 2024)",
    "003-2": "about 10,000 in Russia in all (Austin, Oct 31 2024)",
    "004-1": "11,000 in Kursk (Zelensky, Nov 4 2024)",
    "005-1": "about 8,000 in Kursk (Blinken, Oct 31 2024, restated Nov 14)",
    "005-2": "11,000 in Kursk (Zelensky, Nov 4 2024, restated Nov 14)",
    "005-3": "roughly 10,000 in Russia (US, Oct 28 2024, restated Nov 14)",
    "007-1": "several hundred casualties (Pentagon, Dec 17 2024, vague)",
    "007-2": "10,000-12,000 in Kursk (Pentagon, Dec 17 2024)",
    "008-1": "about 1,100 casualties (JCS, Dec 23 2024)",
    "008-2": "about 11,000 sent to Russia (South Korean and US intelligence, Dec 23 2024)",
    "008-3": "at least 100 killed (NIS, Dec 19 2024)",
    "008-4": "nearly 1,000 wounded (NIS, Dec 19 2024)",
    "009-1": "more than 3,000 casualties (Zelensky, Dec 23 2024)",
    "009-2": "17 killed by one unit in one morning (Ukrainian commander, Dec 2024)",
    "010-1": "more than 3,000 casualties (Zelensky, Dec 23 2024, restated Dec 27)",
    "010-2": "roughly 1,100 casualties (JCS, Dec 23 2024, restated Dec 27)",
    "010-3": "several hundred casualties (Pentagon, Dec 17 2024, vague, restated Dec 27)",
    "010-4": "at least 100 killed (NIS, Dec 19 2024, restated Dec 27)",
    "010-5": "close to 1,000 wounded (NIS, Dec 19 2024, restated Dec 27)",
    "012-1": "some 300 killed (NIS via Lee, Jan 13 2025)",
    "012-2": "about 2,700 wounded (NIS via Lee, Jan 13 2025)",
    "012-4": "roughly 11,000 sent last fall (unattributed, Jan 13 2025)",
    "014-1": "some 11,000 arriving Oct-Nov 2024 (Western and South Korean estimates, timeline Dec 2025)",
    "014-3": "about 3,000 more as reinforcements (JCS, Jan-Feb 2025)",
    "014-4": "about 4,000 casualties (HUR, Feb 2025)",
    "014-6": "about 4,700 casualties (NIS, Apr 30 2025)",
    "014-7": "some 600 killed (NIS, Apr 30 2025)",
    "014-8": "about 2,000 killed (NIS, Sep 2025)",
    "014-9": "around 10,000 remaining near the border (NIS, Nov-Dec 2025)",
    "014-10": "several thousand builders and deminers (NIS, Nov-Dec 2025, vague)",
    "014-11": "nine engineers killed clearing mines (state media, Dec 2025)",
}
# why a pair may be told or not, by the kind of one of its claims (first match wins)
KIND = {
    "000-2": "a first group against a later total",
    "001-2": "the earlier base of a rising US count",
    "001-4": "officers only: a part against the whole",
    "009-2": "one unit's morning: a part against the whole",
    "014-11": "one engineering regiment: a part against the whole",
    "014-3": "an additional force of reinforcements",
    "014-10": "a separate contingent of builders, vaguely counted",
    "014-9": "the force remaining a year later",
    "007-1": "a vague count",
    "010-3": "a vague count",
    "000-1": "a lower bound the other figure satisfies",
    "001-3": "an upper bound the other figure satisfies",
    "008-3": "a lower bound, a total rising over the weeks",
    "010-4": "a lower bound, a total rising over the weeks",
}
RESTATED = {frozenset(p) for p in [("003-1", "005-2"), ("004-1", "005-1"), ("008-1", "010-1"), ("009-1", "010-2")]}
RUSSIA_WIDE = {"000-1", "001-1", "001-2", "001-3", "003-2", "005-3", "008-2", "012-4", "014-1"}
KURSK = {"003-1", "004-1", "005-1", "005-2", "007-2"}
LATER = {"014-4": "Feb 2025", "014-6": "Apr 2025", "014-7": "Apr 2025", "014-8": "Sep 2025", "012-1": "Jan 2025",
         "012-2": "Jan 2025", "012-4": "Jan 2025", "014-1": "Dec 2025"}


def why(a, b):
    if frozenset((a, b)) in RESTATED:
        return "the same two reports as a must pair, restated in a later article"
    for c in sorted((a, b), key=lambda c: list(KIND).index(c) if c in KIND else len(KIND)):
        if c in KIND:
            return KIND[c]
    if (a in RUSSIA_WIDE and b in KURSK) or (b in RUSSIA_WIDE and a in KURSK):
        return "all of Russia against the Kursk region alone, and a count that changed over the weeks"
    for c in (a, b):
        if c in LATER:
            return "weeks to months apart: a changing total"
    if a.split("-")[0] == b.split("-")[0]:
        return "within one article: an earlier figure and its update"
    return "different sources weeks apart: a count that changed as troops arrived"


claims = {"%s-%d" % (aid, n): c for aid, cl in A.items() for n, c in enumerate(cl, 1)}
must_set = {frozenset(p[:2]) for p in MUST}
MAY = []
for a, b in itertools.combinations(sorted(claims), 2):
    ca, cb = claims[a], claims[b]
    if ca[0] != cb[0] or ca[1] != cb[1]:
        continue
    if (ca[2], ca[3]) == (cb[2], cb[3]):
        continue  # the same figure: no conflict to tell
    if frozenset((a, b)) in must_set:
        continue
    MAY.append([a, b, "%s against %s: %s" % (D[a], D[b], why(a, b))])

conflicts = {"must": MUST, "may": MAY}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
