#!/usr/bin/env python3
"""Gold labels for testdata/blind747 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind747/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukrainian military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "US Secretary of State", "State Department", "United States", "US", "U.S."]
PENTAGON = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "US", "U.S."]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military", "South Korea"]
GS = ["General Staff of the Armed Forces of Ukraine", "General Staff", "Ukraine's General Staff", "Ukraine"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "A first group of about 1,500 special forces soldiers was carried to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENTAGON,
         "the DPRK has sent about 10,000 soldiers in total to train in eastern Russia", False),
        # the earlier figure, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "about", ["Lloyd Austin", "Austin", "the Secretary", "Secretary of Defense"] + PENTAGON,
         "up from the roughly 3,000 the Secretary spoke about in Rome last Wednesday", False),
        ("casualties", RU, 600000, None, "more_than", PENTAGON,
         "more than 600,000 Russian soldiers have been killed or wounded", False),
    ],
    "002": [
        # Kursk only: a part of the total in Russia given below
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", BLINKEN,
         "put the total number of North Korean soldiers sent to Russia at around 10,000", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukrainian intelligence"],
         "Eleven thousand North Korean soldiers are already in Russia's Kursk region", False),
    ],
    "005": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "Antony Blinken said about 8,000 North Korean troops were in the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukrainian military intelligence"],
         "President Volodymyr Zelensky put the figure at 11,000", False),
        ("troops", NK, 10000, None, "more_than", NIS,
         "said on Wednesday that \"more than 10,000\" North Korean soldiers were now in Russia", False),
        ("troops", RU, 50000, None, "about", ["US officials", "U.S. officials", "New York Times", "United States", "US"],
         "Russia has massed about 50,000 of its own soldiers there", False),
    ],
    "007": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed in combat in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 have been wounded", False),
        ("casualties", NK, 200, 900, "vague", ["Pentagon official", "Pentagon", "United States", "Washington", "US"],
         "put North Korea's killed and wounded at several hundred", True),
        # one battle near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded in fighting near three villages", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "The number of North Korean soldiers killed and wounded in Russia's Kursk Oblast has already exceeded 3,000", False),
        ("casualties", RU, 775000, None, "about", GS,
         "Russia had lost around 775,000 troops killed and wounded", False),
    ],
    "009": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered an estimated 1,100 casualties", False),
        ("troops", NK, 11000, None, "about", JCS,
         "North Korea has sent about 11,000 troops to Russia in all", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
    ],
    "011": [
        ("casualties", NK, 3000, None, "about", LEE,
         "North Korean casualties had reached about 3,000", False),
        ("killed", NK, 300, None, "about", LEE,
         "roughly 300 killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        # quote first, speaker named in the next sentence
        ("casualties", NK, 4000, None, "about", HUR + ["HUR spokesman"],
         "We estimate around 4,000 North Korean soldiers killed or wounded in the Kursk region", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "012": [
        ("casualties", NK, 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS,
         "including around 600 who died", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "a second wave of about 3,000 soldiers in January and February", False),
        ("troops", NK, 11000, 12000, "range", NIS,
         "the 11,000-12,000 dispatched last autumn", False),
    ],
    "014": [
        # one engineering regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"],
         "Nine of the regiment's soldiers died during the mission", False),
        ("troops", NK, 11000, None, "about", U,
         "a force of roughly 11,000 that Pyongyang began sending to Russia in October 2024", False),
        ("troops", NK, 10000, None, "about", ["Park Sun-won"] + NIS,
         "About 10,000 North Korean soldiers remain deployed in Russia's border areas", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "about", NIS,
         "some 5,000 military construction troops are being moved into Russia in stages", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed since the deployment began", False),
        # the earlier figure, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "about", NIS,
         "up from about 600 it reported in April", False),
        # one day only, whole front
        ("casualties", UA, 1340, None, "up_to", ["Russia's Defence Ministry", "Russian Defence Ministry", "Defence Ministry", "Russia"],
         "Ukraine had lost up to 1,340 servicemen along the entire front over the past day", False),
        ("casualties", RU, 1186020, None, "exact", GS,
         "Russia has lost 1,186,020 troops killed and wounded", False),
    ],
}

NOT = {
    "000": ["roughly 12,000 soldiers in all", "four brigades", "between Oct. 8 and 13", "four Russian navy landing ships",
            "three warships", "11th Storm Corps", "more than 13,000 containers", "some 8 million rounds",
            "122mm and 152mm", "Comments 214", "3 dead, 12 injured as bus overturns", "30th straight week",
            "up to 10% of overseas staff", "I was 17", "2,593.82"],
    "001": ["as many as 100,000", "about 43,000 service members", "two carrier strike groups", "155mm artillery rounds",
            "$425 million", "2:41 p.m."],
    "002": ["several hundred square kilometres", "August 6", "October 23"],
    "003": ["bring the North Korean contingent to 15,000", "Views: 3,214", "1,350 soldiers in past day", "9 injured",
            "2nd batch of F-16s"],
    "005": ["thousands more could follow", "Four days later", "Article 4", "November 5", "a 40% approval rating",
            "We lost 200 men in two days", "read 20 articles a month", "Reading time 4 min"],
    "007": ["three villages", "Dec. 14 and 15", "Runtime 04:12", "3 workers hurt in Incheon warehouse fire",
            "KOSPI 2,435.93", "1,451.9 per dollar", "up to 15 cm"],
    "008": ["dozens of settlements", "around 800 square kilometers", "over 16,000 members", "kills 1, injures 11",
            "8th massive strike", "2 min read", "Aug. 6"],
    "009": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "KOSPI 2,442.01", "KRW/USD 1,450.40",
            "2 soldiers injured in grenade accident", "3rd straight month", "61.2 tril. won"],
    "011": ["A thousand-man gap in nine days", "a 20-year-old", "aged 26", "more than 34,000 North Korean defectors",
            "about 20 North Korean soldiers doing border work", "14th such crossing", "join 24,310 readers",
            "Issue #87", "Learn Korean in 90 days", "30% off", "written by two former correspondents", "Nine days later"],
    "012": ["Nikkei 225: 36,045.38", "in six months", "in 70 years", "fall 12%", "hire 1,500 engineers",
            "profit jumps 43%"],
    "014": ["Day 1,389", "6 oblasts", "four months of mine clearance", "1,000 sappers and 5,000 military builders",
            "11,427 tanks", "34,512 artillery systems", "133 drones and 4 missiles", "shot down 108 drones",
            "UAH/USD 42.18"],
}

OFF = ["004", "010", "013"]
DUP = {"006": "002"}

# when each claim's figure was given (for the reasons below) and what kind of count it is
WHEN = {
    "000-1": "Oct 18 2024", "001-1": "Oct 28 2024", "001-2": "Oct 23 2024", "001-3": "Oct 28 2024",
    "002-1": "Oct 31 2024", "002-2": "Oct 31 2024", "003-1": "Nov 4 2024",
    "005-1": "Oct 31 2024, restated Nov 13", "005-2": "Nov 4 2024, restated Nov 13", "005-3": "Nov 13 2024",
    "005-4": "Nov 10 2024",
    "007-1": "Dec 19 2024", "007-2": "Dec 19 2024", "007-3": "Dec 17 2024", "007-4": "Dec 14-15 2024",
    "008-1": "Dec 23 2024", "008-2": "Dec 23 2024", "009-1": "Dec 23 2024", "009-2": "Dec 23 2024",
    "009-3": "Dec 19 2024, restated Dec 23",
    "011-1": "Jan 13 2025", "011-2": "Jan 13 2025", "011-3": "Jan 13 2025", "011-4": "Jan 22 2025",
    "011-5": "Jan 11 2025",
    "012-1": "Apr 30 2025", "012-2": "Apr 30 2025", "012-3": "Jan-Feb 2025, reported Apr 30",
    "012-4": "autumn 2024, reported Apr 30 2025",
    "014-1": "Dec 12 2025", "014-2": "Oct 2024, restated Dec 2025", "014-3": "Dec 2025", "014-4": "Dec 2025",
    "014-5": "Sep-Dec 2025", "014-6": "Apr 2025, restated Dec 2025", "014-7": "Dec 2025", "014-8": "Dec 2025",
}
KIND = {
    "000-1": "a first group", "002-1": "Kursk only", "003-1": "Kursk only", "005-1": "Kursk only",
    "005-2": "Kursk only", "001-2": "the earlier figure quoted as the base of a rise",
    "007-3": "vague", "007-4": "one battle only", "012-3": "an additional wave of reinforcements",
    "014-1": "one engineering regiment only", "014-4": "a separate construction contingent",
    "014-6": "the earlier figure quoted as the base of a rise", "014-3": "those remaining a year on",
}

conflicts = {
    "must": [
        ["005-1", "005-2", "within one explainer: Blinken's about 8,000 in Kursk (Oct 31) against Zelensky's 11,000 in Kursk (Nov 4), set against each other, four days apart"],
        ["002-1", "003-1", "about 8,000 North Koreans in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart: the first articles carrying each"],
        ["008-1", "009-1", "more than 3,000 North Korean killed and wounded (Zelensky) against about 1,100 (South Korea's JCS), both on Dec 23"],
        ["011-1", "011-4", "within one newsletter: NIS about 3,000 casualties (Jan 13) against HUR about 4,000 (Jan 22), nine days apart, set against each other"],
    ],
    "may": [],
}

# every other pair of the same metric and subject whose values differ: defensible either way
ids = {}
for aid, cl in A.items():
    for n, c in enumerate(cl, 1):
        ids["%s-%d" % (aid, n)] = c
must = {frozenset(p[:2]) for p in conflicts["must"]}
RESTATED = {frozenset(("002-1", "005-2")): "the same Blinken/Zelensky pair restated in a later article",
            frozenset(("003-1", "005-1")): "the same Blinken/Zelensky pair restated in a later article"}
def fmt(c):
    v = "{:,}".format(c[2]) + ("-{:,}".format(c[3]) if c[3] is not None else "")
    return "%s %s" % (c[4].replace("_", " "), v)
keys = sorted(ids)
for i, a in enumerate(keys):
    for b in keys[i + 1:]:
        ca, cb = ids[a], ids[b]
        if (ca[0], ca[1]) != (cb[0], cb[1]) or frozenset((a, b)) in must:
            continue
        if (ca[2], ca[3]) == (cb[2], cb[3]) and (ca[4] == cb[4] or {ca[4], cb[4]} <= {"exact", "about"}):
            continue  # the same figure: no disagreement
        why = RESTATED.get(frozenset((a, b)))
        if not why:
            notes = [KIND[x] for x in (a, b) if x in KIND]
            why = "%s %s (%s) against %s (%s)" % (ca[0], fmt(ca), WHEN[a], fmt(cb), WHEN[b])
            if a.split("-")[0] == b.split("-")[0]:
                why += ", in one article"
            if not notes:
                notes = ["the same number, one a bound or a range" if ca[2] == cb[2] else
                         "a bound the other satisfies, a rising total, or figures weeks to months apart"]
            why += ": " + "; ".join(notes)
        conflicts["may"].append([a, b, why])

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
