#!/usr/bin/env python3
"""Gold labels for testdata/blind802 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
from datetime import date
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind802/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service",
       "South Korea's spy agency", "spy agency", "South Korean intelligence", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military",
       "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "President Volodymyr Zelensky", "Ukraine", "Kyiv"]
SYR = ["Oleksandr Syrskyi", "Syrskyi"]
HUR = ["Defence Intelligence of Ukraine", "Ukraine's Defence Intelligence", "HUR", "Ukraine's military intelligence",
       "Ukraine"]
USA = ["United States", "U.S.", "US", "Washington"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State Antony Blinken", "State Department"] + USA
PENT = ["Pentagon", "Sabrina Singh", "Singh", "Department of Defense", "U.S. Defense Department"] + USA
PENT_OFF = ["senior U.S. military official", "U.S. military official", "Pentagon"] + USA
WH = ["John Kirby", "Kirby", "White House", "National Security Council"] + USA
US_OFF = ["U.S. officials", "US officials"] + USA
GS_UA = ["General Staff of Ukraine's Armed Forces", "General Staff", "Ukraine's General Staff", "Ukraine"]
GERAS = ["Valery Gerasimov", "Gerasimov", "Russia's General Staff", "Russia"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korean state media", "Kim Jong Un",
        "North Korea", "Pyongyang"]
U = ["unattributed"]

# Each claim: (metric, subject, value, value_max, qualifier, by, quote, optional, reported, note)
# `reported` is when the figure was first given (for the conflict reasons); `note` says what it counts.
C = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special operations troops", False,
         "2024-10-18", "a first group, in the Far East"),
    ],
    "001": [
        ("troops", NK, 3000, None, "at_least", WH,
         "North Korea moved at least 3,000 soldiers into eastern Russia", False,
         "2024-10-23", "an early count, in eastern Russia"),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "We now have about 8,000 North Korean soldiers in the Kursk region", False,
         "2024-10-31", "in Kursk"),
        ("troops", NK, 10000, None, "about", PENT,
         "North Korea had sent about 10,000 soldiers to eastern Russia for training", False,
         "2024-10-28", "in all of Russia"),
        # the base of the update ("up from"), quoted from a week earlier
        ("troops", NK, 3000, None, "about", WH,
         "up from the 3,000 or so that the White House cited a week earlier", False,
         "2024-10-23", "the earlier figure, quoted as the base of an update"),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in Russia's Kursk region", False,
         "2024-11-04", "in Kursk"),
        # officers only: a part of the contingent
        ("troops", NK, 500, None, "about", HUR,
         "the North Korean contingent includes about 500 officers", False,
         "2024-11-05", "officers only, a part of the whole"),
    ],
    "005": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers were in the Kursk region", False,
         "2024-10-31", "in Kursk"),
        ("troops", NK, 10000, None, "about", PENT,
         "about 10,000 North Korean troops had been sent to eastern Russia in all", False,
         "2024-10-28", "in all of Russia"),
        ("troops", NK, 11000, None, "exact", ZEL,
         "\"Eleven thousand,\" he said in his nightly address, of the North Koreans he said were now in the region", False,
         "2024-11-04", "in Kursk"),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", LEE + NIS,
         "At least 100 North Korean soldiers have been killed", False,
         "2024-12-19", "NIS's December count"),
        ("wounded", NK, 1000, None, "about", LEE + NIS,
         "nearly 1,000 wounded since they joined the fighting in Kursk", False,
         "2024-12-19", "NIS's December count"),
        ("casualties", NK, 200, 900, "vague", PENT_OFF,
         "North Korean troops had suffered \"several hundred\" casualties", True,
         "2024-12-16", "a vague count"),
        ("troops", NK, 10000, 12000, "range", U,
         "Estimates of the North Korean force in Kursk run at 10,000-12,000", False,
         "2024-12-20", "background estimate"),
        ("troops", RU, 50000, None, "about", US_OFF,
         "some 50,000 Russian troops, backed by the North Korean contingent, had been massed", False,
         "2024-11-11", "Russia's force for the counteroffensive"),
    ],
    "007": [
        ("troops", NK, 11000, 12000, "range", U,
         "North Korea is thought to have sent 11,000 to 12,000 troops", False,
         "2024-12-23", "background estimate"),
        ("casualties", NK, 3000, None, "more_than", ZEL + SYR,
         "more than three thousand North Korean soldiers have been killed and wounded in the region so far", False,
         "2024-12-23", "Zelensky's count"),
        ("killed", NK, 100, None, "about", NIS,
         "around a hundred North Koreans had been killed", False,
         "2024-12-19", "NIS's December count"),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to a thousand wounded", False,
         "2024-12-19", "NIS's December count"),
    ],
    "008": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops fighting in Russia's Kursk Oblast had suffered about 1,100 casualties", False,
         "2024-12-23", "the JCS count"),
        ("casualties", RU, 1780, None, "exact", GS_UA,
         "Russia has lost 1,780 soldiers killed and wounded over the past 24 hours", False,
         "2024-12-24", "one day's Russian losses"),
        ("casualties", NK, 3000, None, "more_than", ZEL + SYR,
         "more than 3,000 North Korean soldiers have been killed and wounded in Kursk Oblast", False,
         "2024-12-23", "Zelensky's count"),
    ],
    "010": [
        ("killed", NK, 300, None, "about", NIS + LEE,
         "About 300 North Korean soldiers have been killed", False,
         "2025-01-13", "NIS's January count"),
        ("wounded", NK, 2700, None, "about", NIS + LEE,
         "some 2,700 wounded", False,
         "2025-01-13", "NIS's January count"),
        ("casualties", NK, 3000, None, "more_than", NIS + LEE,
         "The North's combined casualties have thus passed 3,000", False,
         "2025-01-13", "NIS's January count"),
        # the December figures, quoted as the base of the update
        ("killed", NK, 100, None, "at_least", NIS,
         "the at least 100 dead", False,
         "2024-12-19", "the earlier figure, quoted as the base of an update"),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded the agency reported to lawmakers last month", False,
         "2024-12-19", "the earlier figure, quoted as the base of an update"),
        ("troops", NK, 11000, None, "about", U,
         "North Korea is believed to have sent some 11,000 troops to Russia last year", False,
         "2025-01-13", "background estimate"),
        ("captured", NK, 2, None, "exact", NIS + ZEL,
         "two North Korean soldiers were captured by Ukrainian forces", False,
         "2025-01-11", "two prisoners"),
    ],
    "011": [
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 North Korean special forces have been shipped to Russia's Far East", False,
         "2024-10-18", "a first group, in the Far East"),
        ("troops", NK, 10000, None, "about", PENT,
         "around 10,000 North Korean soldiers have been sent to eastern Russia to train", False,
         "2024-10-28", "in all of Russia"),
        ("casualties", NK, 1100, None, "about", JCS,
         "roughly 1,100 North Korean soldiers have been killed or wounded in Kursk", False,
         "2024-12-23", "the JCS count"),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers", False,
         "2025-01-11", "two prisoners"),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "up_to", JCS,
         "Pyongyang sent as many as 3,000 more troops to Russia", False,
         "2025-03-24", "reinforcements, an additional force"),
        ("casualties", UA, 76000, None, "more_than", GERAS,
         "Ukraine's losses in the region topped 76,000 servicemen", False,
         "2025-04-26", "Ukraine's losses in Kursk"),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or wounded", False,
         "2025-04-30", "NIS's April count"),
        ("killed", NK, 600, None, "about", NIS,
         "around 600 of them killed", False,
         "2025-04-30", "NIS's April count"),
    ],
    "014": [
        ("troops", NK, 11000, 12000, "range", NIS,
         "Between 11,000 and 12,000 North Korean soldiers were sent to Russia in the autumn of 2024", False,
         "2025-12-15", "the first wave of 2024"),
        ("troops", NK, 3000, None, "about", NIS,
         "some 3,000 more followed in January and February 2025", False,
         "2025-03-24", "reinforcements, an additional force"),
        ("troops", NK, 10000, None, "about", NIS,
         "Roughly 10,000 North Korean troops remain stationed in Russia's border areas", False,
         "2025-11-15", "troops remaining a year later"),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died in the war", False,
         "2025-09-04", "NIS's September count"),
        # the April figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 in its April estimate", False,
         "2025-04-30", "the earlier figure, quoted as the base of an update"),
        # one engineer regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "honoured nine of its soldiers who were killed in the work", False,
         "2025-12-13", "one engineer regiment only, a part of the whole"),
    ],
}

A = {aid: [c[:8] for c in cl] for aid, cl in C.items()}

NOT = {
    "000": ["Pyongyang plans to send some 12,000 troops in all", "four brigades", "11th Corps",
            "between Oct. 8 and 13", "about 100 kilometers north of Vladivostok",
            "North Korea was preparing 10,000 soldiers to be sent to Russia",
            "Keen Sword drills with 45,000 personnel", "Nikkei ends down 0.2% at 38,981", "Oct. 10, 2024"],
    "001": ["FEMA now has more than 1,300 staff on the ground", "more than $1.2 billion",
            "three Russian military training sites", "could eventually send as many as 12,000",
            "the 2,000-pound bombs", "1:36 P.M. EDT", "2:41 P.M. EDT"],
    "002": ["155mm artillery shells", "more than 1,000 square kilometers (386 square miles)",
            "152 per dollar", "$20 decillion", "35 of 62 Russian drones", "Updated 7 min ago", "4:58 PM EDT"],
    "004": ["Views: 2,871", "thousands more could be sent", "67 times in past day", "14th aid package",
            "DKK 1.2 bn", "05.11.2024 09:30"],
    "005": ["Ukraine's figure is 3,000 higher than the American one", "five days apart",
            "In Gaza, 43,000 dead according to the local health ministry", "6.3% of GDP",
            "seven swing states", "Reading time 5 min", "at 5:20 pm"],
    "006": ["Issue #214", "6 min read", "38,402 readers", "around 800 square kilometers",
            "236 North Korean defectors", "180 days to rule", "rose 1.6%", "53,700 won",
            "Russia lost 1,500 soldiers in a single day of Kursk assaults", "the 2 million shells",
            "120-km drive", "Annual plan $49, 30% off", "a team of three"],
    "007": ["Death toll from Christmas market attack rises to 5, some 200 injured",
            "power to 30,000 homes", "Air raid alert lifted in 14 regions", "DAX 19,848",
            "BRENT $72.63", "it comes only four days later", "[00:00:31]"],
    "008": ["31 of the 52 Shahed-type drones", "Another 21 were", "17,000+ readers", "from $5 a month",
            "240mm rocket launchers", "a school teaches 1,200 children", "Seoul's count of North Korean losses is a third of Kyiv's",
            "December 24, 2024 12:15 PM"],
    "010": ["paras 5-7", "one of whom was wounded in the jaw", "born in 2005", "The other is 26",
            "one soldier facing capture had tried to detonate a grenade", "KOSPI closes at 2,489.56, down 1.0%",
            "foreign workers at 130,000", "adds 4 U.S. dates"],
    "011": ["Nikkei 225 36,830.69 +1.04%", "USD/JPY 144.93", "KOSPI 2,559.79", "For six months",
            "Golden Week travel tops 24 million trips", "$1.5bn tanker order"],
    "014": ["ISSUE BRIEF | 2025-31", "Download PDF (412 KB)", "1,000 sappers", "5,000 military builders",
            "a 120-day mine-clearing mission", "several hundred million dollars a year",
            "for 12 years", "6,000 personnel for Kursk", "Sept. 4, 2025"],
}

OFF = ["003", "009", "012"]
DUP = {"013": "010"}

MUST = [
    ["002-1", "004-1", "about 8,000 North Korean soldiers in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
                       "(Zelensky, Nov 4): the same count five days apart, the first articles to carry each"],
    ["005-1", "005-3", "within one fact-check: Blinken's about 8,000 in Kursk against Zelensky's eleven thousand "
                       "in Kursk, five days apart, which the article itself calls conflicting"],
    ["007-2", "008-1", "more than 3,000 North Korean killed and wounded (Zelensky, Dec 23) against about 1,100 "
                       "casualties (South Korea's JCS, Dec 23): the same day, the first articles to carry each"],
    ["008-1", "008-3", "within one live blog: the JCS's about 1,100 casualties against Zelensky's more than 3,000, "
                       "the same day, set against each other by the entry"],
]

INF = float("inf")


def bounds(c):
    m, s, v, vmax, q = c[:5]
    if q in ("exact", "about"):
        return v, v
    if q == "more_than":
        return v + 0.5, INF
    if q == "at_least":
        return v, INF
    if q == "less_than":
        return 0, v - 0.5
    if q in ("at_most", "up_to"):
        return 0, v
    return v, vmax  # range, vague


def compatible(a, b):
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    return max(alo, blo) <= min(ahi, bhi)


QW = {"exact": "", "about": "about ", "more_than": "more than ", "at_least": "at least ",
      "less_than": "less than ", "at_most": "at most ", "up_to": "up to ", "range": "", "vague": ""}


def label(c):
    v = "{:,}".format(c[2]) if c[3] is None else ("{:,}-{:,}".format(c[2], c[3]) if c[4] == "range"
                                                    else "several hundred")
    who = c[5][0] if c[5] != U else "unattributed"
    return "%s%s (%s, %s)" % (QW[c[4]], v, who, c[8])


def why(a, b, same):
    notes = a[9] + " / " + b[9]
    days = abs((date.fromisoformat(a[8]) - date.fromisoformat(b[8])).days)
    if "part of the whole" in notes:
        r = "a part against the whole"
    elif "additional force" in notes:
        r = "an additional force against another count"
    elif "first group" in notes or "early count" in notes:
        r = "a first group or early count against a later total"
    elif "remaining" in notes:
        r = "troops remaining against troops sent"
    elif "base of an update" in notes:
        r = "a rising total: the earlier figure quoted as the base of an update"
    elif "vague" in notes:
        r = "a vague count"
    elif ("in Kursk" in notes) and ("all of Russia" in notes):
        r = "Kursk only against all of Russia"
    elif days > 45:
        r = "months apart, a rising total"
    elif days > 10:
        r = "weeks apart, a rising total"
    else:
        r = "a later restatement of a disagreement already told, or estimates of differing scope"
    return "%s against %s%s: %s, %d days apart" % (label(a), label(b), ", within one article" if same else "",
                                                   r, days)


def pairs():
    flat = [("%s-%d" % (aid, n), aid, c) for aid in sorted(C) for n, c in enumerate(C[aid], 1)]
    must = {frozenset(p[:2]) for p in MUST}
    may = []
    for i, (ia, aa, ca) in enumerate(flat):
        for ib, ab, cb in flat[i + 1:]:
            if ca[0] != cb[0] or ca[1] != cb[1]:
                continue
            if frozenset((ia, ib)) in must or compatible(ca, cb):
                continue
            may.append([ia, ib, why(ca, cb, aa == ab)])
    return may


conflicts = {"must": MUST, "may": pairs()}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
