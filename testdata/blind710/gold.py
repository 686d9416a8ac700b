#!/usr/bin/env python3
"""Gold labels for testdata/blind710 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
from datetime import date
from itertools import combinations
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind710/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
US = ["United States", "U.S.", "US", "Washington", "American officials", "U.S. officials"]
KIRBY = ["John Kirby", "Kirby", "White House", "National Security Council"] + US
BLINKEN = ["Antony Blinken", "Antony J. Blinken", "Blinken", "Secretary Blinken", "State Department"] + US
USUA = ["American and Ukrainian officials", "officials"] + US + ["Ukrainian officials", "Ukraine"]
PENT = ["Pentagon", "Defense Department", "U.S. Department of Defense"] + US
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military",
       "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Andrii Yusov", "Yusov", "Ukraine's military intelligence", "HUR", "Defence Intelligence of Ukraine", "Ukraine"]
SSO = ["Special Operations Forces", "Ukraine's Special Operations Forces", "SSO", "Ukraine"]
GER = ["Valery Gerasimov", "Gerasimov", "Russia's General Staff", "General Staff", "Russia"]
KCNA = ["state media", "KCNA", "Korean Central News Agency", "North Korea", "Kim Jong Un", "Kim"]

A = {
    "000": [
        ("troops", NK, 3000, None, "at_least", KIRBY,
         "North Korea has shipped at least 3,000 soldiers to eastern Russia", False),
        # the first group, a week before the White House figure
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of about 1,500 special forces troops had been ferried", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", BLINKEN,
         "there are roughly 10,000 North Korean soldiers in Russia", False),
        # last week's figure, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "about", BLINKEN,
         "up from the 3,000 or so we described last week", False),
        # Kursk only: a part of the 10,000 in Russia
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 have been moved to Kursk Oblast", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are now in Russia's Kursk region", False),
    ],
    "004": [
        ("troops", RU, 50000, None, "about", USUA,
         "a force of about 50,000 Russian troops", False),
        ("troops", NK, 10000, None, "more_than", USUA,
         "The North Korean contingent in Russia has grown to more than 10,000 troops", False),
        ("troops", NK, 2000, 9999, "vague", USUA,
         "joined by thousands of North Korean soldiers", True),
    ],
    "005": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers deployed to Russia have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 others have been wounded", False),
        ("troops", NK, 11000, None, "about", NIS,
         "North Korea sent some 11,000 troops to Russia in October and November", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "North Korean troops had suffered \"several hundred\" casualties", True),
    ],
    "006": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered an estimated 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 had been wounded", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "have lost more than 3,000 soldiers killed and wounded", False),
        # one ambush: a part of the whole
        ("killed", NK, 8, None, "exact", SSO,
         "their drone operators had killed eight North Korean soldiers in a single ambush", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers had been killed or wounded in Kursk", False),
    ],
    "009": [
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers have died", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "roughly 2,700 have been wounded since they went into battle", False),
        ("casualties", NK, 3000, None, "about", LEE,
         "the agency's numbers add up to about 3,000 casualties", False),
        # December's figure, quoted as the base of the rise: an update
        ("killed", NK, 100, None, "at_least", NIS,
         "up from at least 100 dead in the agency's December briefing", False),
        ("captured", NK, 2, None, "exact", NIS + ZEL + ["Ukrainian forces"],
         "the two soldiers Ukraine said it captured on Jan. 9", False),
    ],
    "011": [
        ("killed", NK, 1000, None, "more_than", HUR,
         "more than 1,000 North Korean soldiers have been killed in the Kursk region", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian troops had captured two North Korean soldiers in Kursk", False),
    ],
    "012": [
        ("troops", NK, 11000, 12000, "range", JCS,
         "The first wave, sent in October and November 2024, numbered 11,000-12,000 soldiers", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "Some 3,000 reinforcements followed in January and February 2025", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean casualties had reached about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "including about 600 killed", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "the roughly 4,000 killed and wounded that Ukraine's military intelligence (HUR) cited in early February", False),
        ("casualties", UA, 76000, None, "more_than", GER,
         "Ukraine had lost more than 76,000 servicemen in the Kursk region", False),
    ],
    "014": [
        # unattributed: the first wave
        ("troops", NK, 11000, None, "more_than", ["unattributed"],
         "More than 11,000 North Korean soldiers went to Russia in the first wave in late 2024", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain deployed in Russian border areas", False),
        # the builders and deminers together: a separate contingent
        ("troops", NK, 6000, None, "up_to", NIS,
         "joined by as many as 6,000 military construction workers and deminers", False),
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 special forces already shipped to Vladivostok", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "his forces have captured two North Korean soldiers in Kursk", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "The NIS puts North Korean casualties at about 4,700", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed in Russia", False),
        # the April figure, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 in its April estimate", False),
        # separate contingents: builders and deminers
        ("troops", NK, 5000, None, "about", NIS,
         "some 5,000 military construction troops have been moving to Russia in stages", False),
        ("troops", NK, 1000, None, "about", NIS,
         "about 1,000 deminers are clearing mines in the Kursk region", False),
        # one engineer regiment: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "honored nine members of the unit killed while clearing mines", False),
    ],
}

NOT = {
    "000": ["some 12,000 soldiers in all", "between October 8 and 13", "October 27-28", "Yoon Suk Yeol, 63",
            "Brent $75.96", "Gold $2,736", "USD/KRW 1,383.20", "October 10, 2024",
            "Ukraine says Russia lost 1,510 soldiers in a day", "Thousands rally in Seoul",
            "medical school quota of 1,509 places", "3 min read",
            "in several rotations", "the two countries"],
    "002": ["28,500 U.S. service members", "$2.4 billion", "October 31, 2024", "2+2", "(3:24 p.m. EDT)", "our two countries"],
    "003": ["60mm mortars", "AK-12 rifles", "Views: 3,118", "Enemy losses in Ukraine: 1,430 soldiers",
            "17 artillery systems in past day", "32 of 44 Shahed drones", "05.11.2024 09:48"],
    "004": ["as many as 100,000 troops", "about 1,300 square kilometers", "Aug. 6", "roughly 40 percent",
            "about 10 weeks left in office", "Jan. 20", "in 24 hours", "1,184 comments",
            "North Korea's 1.2 Million-Strong Army", "96 Days Under Ukrainian Control", "Kills 7",
            "Section A, Page 1", "several of their best brigades"],
    "005": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "paras 4-6", "Dec. 18, 2024",
            "20,000 babies born in October", "for 3rd month", "streamed 1.1 billion times", "1,450 per dollar",
            "1.95 pct", "13:02 December 19, 2024"],
    "006": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "Dec. 23, 2024 - 14:10",
            "up to 30% of overseas sales staff", "below 9.35 million", "1,300 flights grounded",
            "456 new players", "7 episodes"],
    "007": ["nearly three times", "almost threefold", "41 of 60", "17 others", "some 180,000 households",
            "Comments 1,246", "within 4 years", "1 in 3 residents is over 65", "24-hour peace plan",
            "the 11:04 a.m. post"],
    "009": ["Issue #212", "6 min read", "-9°C", "aged 20", "the other, 26", "KOSPI 2,497.44",
            "KRW/USD 1,470.8", "KOSDAQ 713.40", "some 3,000 officers", "20,070 babies", "14.6%",
            "12 provinces", "-11°C", "one of 18,412 readers",
            "one soldier about to be captured"],
    "011": ["Season 3, Episode 143", "52 min", "14.2K plays", "27 years", "waves of 20 to 30 men",
            "a 20-year-old rifleman", "1,900 patrons", "2,310 ratings", "CC BY 4.0", "on Jan. 11", "made by two people"],
    "012": ["a further 3,000 to 4,000 troops", "11th Army Corps", "Policy Brief No. 31/2025", "ISSN 2753-4410",
            "412 KB", "1,842 downloads", "For six months", "26 April 2025", "19 June", "12 years",
            "Reading time: 11 min", "Two days later"],
    "014": ["1,000 sappers and 5,000 military builders", "7 min read", "12:30 JST", "April 26-28, 2025",
            "births fall below 700,000", "jumps 40%", "passes 101 million"],
}

OFF = ["001", "008", "010"]
DUP = {"013": "006"}

must = [
    ["006-1", "007-1", "about 1,100 casualties (South Korea's JCS, Korea Herald, Dec 23 morning) against more than "
                       "3,000 killed and wounded (Zelensky, the same evening): the first two articles carrying them"],
    ["007-3", "007-1", "within one live blog: JCS about 1,100 against Zelensky's more than 3,000, the same day"],
    ["002-3", "003-1", "about 8,000 North Koreans in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, "
                       "Nov 4-5), five days apart"],
    ["009-1", "011-1", "about 300 killed (NIS via Rep. Lee Seong-kweun, Jan 13) against more than 1,000 killed "
                       "(HUR's Yusov, Jan 16), three days apart"],
]

# When each figure was current (for the may reasons), and what kind of figure it is.
WHEN = {
    "000-1": "2024-10-23", "000-2": "2024-10-18", "002-1": "2024-10-31", "002-2": "2024-10-23",
    "002-3": "2024-10-31", "003-1": "2024-11-04", "004-1": "2024-11-11", "004-2": "2024-11-11",
    "005-1": "2024-12-19", "005-2": "2024-12-19", "005-3": "2024-12-19", "005-4": "2024-12-17",
    "006-1": "2024-12-23", "006-2": "2024-12-19", "006-3": "2024-12-19", "007-1": "2024-12-23",
    "007-2": "2024-12-22", "007-3": "2024-12-23", "009-1": "2025-01-13", "009-2": "2025-01-13",
    "009-3": "2025-01-13", "009-4": "2024-12-19", "009-5": "2025-01-11", "011-1": "2025-01-16",
    "011-2": "2025-01-11", "012-1": "2024-11-15", "012-2": "2025-03-01", "012-3": "2025-04-30",
    "012-4": "2025-04-30", "012-5": "2025-02-05", "012-6": "2025-04-26", "004-3": "2024-11-11",
    "014-1": "2024-11-15", "014-2": "2025-11-15", "014-3": "2025-12-12", "014-4": "2024-10-18",
    "014-5": "2025-01-11", "014-6": "2025-04-30", "014-7": "2025-09-15", "014-8": "2025-04-30",
    "014-9": "2025-11-15", "014-10": "2025-11-15", "014-11": "2025-12-10",
}
KIND = {
    "000-2": "first group", "014-4": "first group", "002-3": "Kursk only", "003-1": "Kursk only",
    "012-2": "reinforcements", "014-9": "builders", "014-10": "deminers", "014-3": "builders and deminers",
    "014-2": "troops remaining", "007-2": "one ambush", "014-11": "one regiment",
    "005-4": "vague", "004-3": "vague", "002-2": "update base", "009-4": "update base", "014-8": "update base",
}


def why(a, b):
    ka, kb = KIND.get(a), KIND.get(b)
    kinds = {ka, kb}
    days = abs((date.fromisoformat(WHEN[a]) - date.fromisoformat(WHEN[b])).days)
    if "vague" in kinds:
        return "a vague count (several hundred, thousands) against a figure"
    if kinds & {"one ambush", "one regiment"}:
        return "a part (one ambush or one unit) against the whole"
    if kinds & {"reinforcements", "builders", "deminers", "builders and deminers"}:
        return "an additional or separate force against another figure"
    if "first group" in kinds:
        return "the first group against a later total"
    if a[:3] == b[:3] and "update base" in kinds:
        return "within one article: the earlier figure quoted as the base of a rising total"
    if "update base" in kinds and days < 14:
        return "an earlier figure restated as the base of a rise against a later one"
    if "troops remaining" in kinds:
        return "troops remaining a year later against the 2024 deployment"
    if days >= 30:
        return "months apart (%d days), a rising total" % days
    if ka == "Kursk only" or kb == "Kursk only":
        return "Kursk only against all of Russia, or a bound the other satisfies"
    if days >= 7:
        return "weeks apart (%d days), a rising total or a bound the other satisfies" % days
    return "close in time, but a bound the other satisfies or a later restatement of a pair already told"


claims = {}
for aid, cl in A.items():
    for n, c in enumerate(cl, 1):
        claims["%s-%d" % (aid, n)] = c
musts = {frozenset(p[:2]) for p in must}
may = []
for a, b in combinations(sorted(claims, key=lambda k: (k[:3], int(k[4:]))), 2):
    ca, cb = claims[a], claims[b]
    if (ca[0], ca[1]) != (cb[0], cb[1]) or frozenset((a, b)) in musts:
        continue
    if (ca[2], ca[3], ca[4]) == (cb[2], cb[3], cb[4]):
        continue  # the same figure twice is no conflict
    r = why(a, b)
    if (ca[2], ca[3]) == (cb[2], cb[3]) and not (KIND.get(a) or KIND.get(b)):
        r = "the same figure with another qualifier"
    may.append([a, b, "%s (%s) against %s (%s): %s" % (a, WHEN[a], b, WHEN[b], r)])

conflicts = {"must": must, "may": may}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
