#!/usr/bin/env python3
"""Gold labels for testdata/blind778 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind778/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukrainian president", "Ukraine"]
HUR = ["Military intelligence", "Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine"]
KIRBY = ["John Kirby", "Kirby", "White House", "United States", "U.S.", "US"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary Blinken", "State Department", "United States", "U.S.", "US"]
AUSTIN = ["Lloyd Austin", "Austin", "Secretary Austin", "Pentagon", "United States", "U.S.", "US"]
WEST_SK = ["Western and South Korean estimates", "Western officials", "South Korean officials", "South Korea"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "Russian Navy landing ships carried about 1,500 North Korean special forces", False),
    ],
    "001": [
        ("troops", NK, 3000, None, "at_least", KIRBY,
         "At least 3,000 North Korean soldiers were ferried by ship from the Wonsan area to Vladivostok", False),
        ("troops", NK, 3000, None, "about", ["Park Sun-won"] + NIS,
         "Pyongyang had dispatched about 3,000 soldiers so far", False),
        # the agency's earlier figure, quoted as the base of the rise: an update
        ("troops", NK, 1500, None, "exact", ["Park Sun-won"] + NIS,
         "double the 1,500 it reported last week", False),
    ],
    "003": [
        # in Kursk only: a part of the whole contingent
        ("troops", NK, 8000, None, "about", BLINKEN,
         "we now assess that about 8,000 are in the Kursk region", False),
        ("troops", NK, 10000, None, "about", AUSTIN,
         "Pyongyang has sent roughly 10,000 soldiers to eastern Russia in total", False),
    ],
    "004": [
        # the quote's speaker is named in the next sentence
        ("troops", NK, 11000, None, "exact", ZEL,
         "We already count eleven thousand North Korean soldiers in the Kursk region", False),
    ],
    "005": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of about 1,500 special forces had landed in Vladivostok", False),
        ("troops", NK, 8000, None, "about", BLINKEN,
         "put the number of North Korean troops in the Kursk region at about 8,000", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers are now in Kursk, the Ukrainian president said", False),
        ("troops", NK, 10000, 12000, "range", WEST_SK,
         "put the whole contingent sent to Russia at between 10,000 and 12,000", False),
    ],
    "007": [
        ("troops", RU, 50000, None, "about", ["American and Ukrainian officials", "American officials", "Ukrainian officials",
                                              "U.S. officials", "United States", "Ukraine"],
         "Russia has gathered a force of about 50,000 soldiers, North Korean troops among them", False),
        ("troops", NK, 10000, None, "more_than", ["a U.S. official", "U.S. official", "U.S. officials", "United States", "U.S."],
         "More than 10,000 North Korean troops have now been sent to Russia", False),
        ("casualties", UA, 30000, None, "more_than", ["Russia's Defense Ministry", "Russian Defence Ministry", "Defense Ministry", "Russia"],
         "Ukraine has lost more than 30,000 soldiers killed and wounded in the Kursk region since August", False),
    ],
    "009": [
        ("casualties", NK, 1100, None, "about", JCS,
         "About 1,100 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "U.S."],
         'North Korean troops had taken "several hundred" casualties', True),
        ("troops", NK, 12000, None, "up_to", U,
         "The North is believed to have sent as many as 12,000 troops to Russia", False),
    ],
    "010": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean losses in Russia's Kursk region have topped three thousand soldiers killed and wounded", False),
        # two days near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded in fighting near three villages", False),
    ],
    "011": [
        ("casualties", NK, 1100, None, "about", JCS + ["Michael Clarke-Hughes"],
         "South Korea's Joint Chiefs of Staff put North Korean casualties at roughly 1,100 on Monday", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Koreans killed and wounded was already above 3,000", False),
        # one day's losses
        ("casualties", RU, 1580, None, "exact", ["General Staff of the Armed Forces of Ukraine", "Ukraine's General Staff",
                                                 "General Staff", "Ukraine"],
         "Russia lost 1,580 soldiers killed and wounded over the past 24 hours", False),
    ],
    "012": [
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", LEE,
         "bringing the North's casualties to around 3,000", False),
        ("captured", NK, 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers on Jan. 9", False),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range", WEST_SK,
         "10,000-12,000 North Korean soldiers are deployed", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "Pyongyang sends about 3,000 more soldiers as reinforcements", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "Ukraine's losses there exceeded 76,000 troops", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Koreans have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "roughly 600 of them killed", False),
        # an update: "up from roughly 600 in the spring" restates 014-5
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed", False),
        # builders and deminers: a separate contingent, vague
        ("troops", NK, 2000, 9000, "vague", NIS,
         "Thousands of North Korean military builders and deminers arrive in the Kursk region", True),
        # one engineer regiment: a part, vague
        ("killed", NK, 3, 9, "vague", ["state media", "North Korean state media", "KCNA", "North Korea"],
         "several sappers of an engineer regiment died clearing mines", True),
        ("troops", NK, 10000, None, "about", NIS,
         "About 10,000 North Korean troops remain deployed in Russian border areas", False),
        ("captured", NK, 2, None, "exact", U,
         "The two North Koreans captured in January 2025", False),
    ],
}

NOT = {
    "000": ["Between Oct. 8 and 13", "around 12,000 troops in all", "some 200 air force pilots",
            "about 200,000 troops", "11th Corps", "Views 21,583", "38 Injured as Express Bus Overturns",
            "up to 10% of Overseas Staff", "30th Straight Week", "2022 white paper"],
    "001": ["roughly 10,000 by December", "as early as November 1", "kill at least 18",
            "downed 35 Ukrainian drones", "leaders of 36 countries"],
    "003": ["56th Security Consultative Meeting", "some 28,500 U.S. service members", "3:02 p.m. EDT",
            "3:41 p.m. EDT", "October 31, 2024"],
    "004": ["about 1,300 square kilometres", "Russia loses 1,290 soldiers over past day",
            "three villages shelled overnight, one injured", "Views: 2,947", "August 6, 2024", "October 23"],
    "005": ["some 12,000 men", "death toll rises to 217", "80,000 protesters", "Reading time 5 min", "€1.99"],
    "007": ["6:48 min", "1,617 comments", "about 600 square kilometers",
            "Zelensky Says 11,000 North Korean Troops Are Now in Kursk", "2,000 Residents Stay Behind",
            "The 1,000-Day War", "Section A, Page 1"],
    "009": ["240 mm multiple rocket launchers", "170 mm self-propelled howitzers", "KOSPI 2,442.01",
            "injures 14", "1.2 million visitors", "after four years"],
    "010": ["in groups of twenty to thirty soldiers", "shifts of twelve hours", "86,000 households",
            "Air raid alert lifted in 14 regions", "23 holiday trains", "Running time 28:40"],
    "011": ["122mm howitzer", "2.6 million cars", "Man, 41", "killed three"],
    "012": ["aged 20", "The other, 26", "in 2016", "Over 3,000 police officers",
            "Ukraine says it captured 2 N. Korean soldiers in Kursk", "paras 5-8", "Views 3,204"],
    "014": ["1,000 sappers and 5,000 military builders", "Rated 4.8 (2,311 ratings)", "1,240 listeners",
            "for 14 years", "20% off", "52 min", "Episode 187", "Fourteen months"],
}

OFF = ["002", "008", "013"]
DUP = {"006": "001"}

must = [
    ["003-1", "004-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
    ["005-2", "005-3", "within one fact-check: Blinken's about 8,000 in Kursk against Zelensky's 11,000 in Kursk, the same week"],
    ["009-1", "010-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than three thousand (Zelensky, Dec 23), the same day"],
    ["011-1", "011-2", "within one live blog: the JCS's roughly 1,100 casualties against Zelensky's above 3,000, the same day"],
]

# When and what each claim is, for the may reasons: (date, kind). Kinds: total, part, first (a first group),
# add (an additional or separate force), vague, restate (an earlier figure restated).
WHEN = {
    "000-1": ("2024-10-18", "first"), "001-1": ("2024-10-23", "total"), "001-2": ("2024-10-23", "total"),
    "001-3": ("2024-10-18", "first"), "003-1": ("2024-10-31", "part"), "003-2": ("2024-10-31", "total"),
    "004-1": ("2024-11-04", "part"), "005-1": ("2024-10-18", "first"), "005-2": ("2024-10-31", "part"),
    "005-3": ("2024-11-04", "part"), "005-4": ("2024-11-06", "total"), "007-1": ("2024-11-11", "total"),
    "007-2": ("2024-11-11", "total"), "007-3": ("2024-11-11", "total"), "009-1": ("2024-12-23", "total"),
    "009-2": ("2024-12-19", "total"), "009-3": ("2024-12-19", "total"), "009-4": ("2024-12-17", "vague"),
    "009-5": ("2024-12-23", "total"), "010-1": ("2024-12-23", "total"), "010-2": ("2024-12-16", "part"),
    "011-1": ("2024-12-23", "total"), "011-2": ("2024-12-23", "total"), "011-3": ("2024-12-24", "part"),
    "012-1": ("2025-01-13", "total"), "012-2": ("2025-01-13", "total"), "012-3": ("2025-01-13", "total"),
    "012-4": ("2025-01-11", "total"), "014-1": ("2024-12-01", "restate"), "014-2": ("2025-03-01", "add"),
    "014-3": ("2025-04-26", "total"), "014-4": ("2025-04-30", "total"), "014-5": ("2025-04-30", "total"),
    "014-6": ("2025-09-01", "total"), "014-7": ("2025-10-01", "add"), "014-8": ("2025-12-01", "part"),
    "014-9": ("2025-12-01", "total"), "014-10": ("2025-01-11", "total"),
}


# The same report carried by several articles: a later article restating both sides of a must pair.
REPORT = {"003-1": "Blinken 8,000", "005-2": "Blinken 8,000", "004-1": "Zelensky 11,000", "005-3": "Zelensky 11,000",
          "009-1": "JCS 1,100", "011-1": "JCS 1,100", "010-1": "Zelensky 3,000+", "011-2": "Zelensky 3,000+"}


def may_pairs():
    """Every other pair of the same metric and subject with different figures: months apart, first
    groups against totals, additional forces, parts against wholes, rising totals, restatements of a
    must pair in a later article, and bounds or ranges the other figure satisfies."""
    from datetime import date
    flat = []
    for aid, cl in A.items():
        for n, c in enumerate(cl, 1):
            flat.append(("%s-%d" % (aid, n), c))
    musts = {frozenset(p[:2]) for p in must}
    out = []
    for i, (ia, a) in enumerate(flat):
        for ib, b in flat[i + 1:]:
            if (a[0], a[1]) != (b[0], b[1]) or frozenset((ia, ib)) in musts:
                continue
            if (a[2], a[3]) == (b[2], b[3]):
                continue  # the same figure: no conflict either way
            (da, ka), (db, kb) = WHEN[ia], WHEN[ib]
            days = abs((date.fromisoformat(da) - date.fromisoformat(db)).days)
            fig = lambda c: ("%s-%s" % (c[2], c[3]) if c[3] else "%s %s" % (c[4].replace("_", " "), c[2]))
            what = "%s (%s, %s) against %s (%s, %s)" % (fig(a), ia, da, fig(b), ib, db)
            kinds = {ka, kb}
            rep = {REPORT.get(ia), REPORT.get(ib)}
            must_reps = [{REPORT[p[0]], REPORT[p[1]]} for p in must]
            if rep in must_reps:
                why = "the same two reports as a must pair, restated in a later article (already told once)"
            elif "vague" in kinds or a[4] == "vague" or b[4] == "vague":
                why = "a vague count"
            elif "add" in kinds:
                why = "an additional or separate force"
            elif "part" in kinds and ka != kb:
                why = "a part against the whole"
            elif "first" in kinds and ka != kb:
                why = "a first group against a later total"
            elif "restate" in kinds:
                why = "a year-later restatement of the 2024 estimate"
            elif days > 14:
                why = "weeks or months apart, a rising total"
            else:
                why = "days apart, a rising total or a bound the other satisfies"
            out.append([ia, ib, "%s: %s" % (what, why)])
    return out


conflicts = {"must": must, "may": may_pairs()}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
