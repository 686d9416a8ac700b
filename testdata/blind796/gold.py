#!/usr/bin/env python3
"""Gold labels for testdata/blind796 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
from datetime import date
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind796/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine", "Kyiv"]
US = ["United States", "U.S.", "US", "Washington"]
PENT = ["Pentagon", "U.S. Defense Department", "Defense Department", "Sabrina Singh"] + US
KIRBY = ["John Kirby", "Kirby", "White House"] + US
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State"] + US
AUSTIN = ["Lloyd Austin", "Austin", "Defense Secretary"] + US
USOFF = ["US officials", "U.S. officials", "The New York Times", "New York Times"] + US
UAGS = ["General Staff of Ukraine's Armed Forces", "General Staff", "Ukraine's General Staff", "Ukraine"]
GERASIMOV = ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang", "Kim Jong-un"]
RUOFF = ["Russian regional officials", "Russian officials", "Russia"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "About 1,500 special operations troops were ferried from ports near Chongjin, Hamhung and Musudan to Vladivostok", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", PENT,
         "North Korea has sent about 10,000 soldiers to eastern Russia to train", False),
        # the earlier figure, quoted as the base of the rise
        ("troops", NK, 3000, None, "at_least", KIRBY,
         "up from at least 3,000 that White House national security spokesman John Kirby gave last Wednesday", False),
    ],
    "004": [
        # quote first, speaker named in the next sentence; "them" = the North Korean soldiers; Kursk only
        ("troops", NK, 8000, None, "about", BLINKEN,
         "We've seen roughly 8,000 of them moved into Kursk", False),
        ("troops", NK, 10000, None, "about", AUSTIN,
         "about 10,000 North Korean soldiers are in Russia in all", False),
        ("casualties", RU, 600000, None, "more_than", ["Pentagon"] + US,
         "Russia has suffered more than 600,000 killed and wounded", False),
    ],
    "005": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in the Kursk region", False),
    ],
    "006": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers are in the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are 11,000 North Korean soldiers in the Kursk region", False),
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 special forces had been shipped to Vladivostok", False),
        ("troops", NK, 10000, None, "about", PENT,
         "the Pentagon put the total in Russia at about 10,000", False),
        ("troops", RU, 50000, None, "about", USOFF,
         "Russia has massed a force of about 50,000 soldiers", False),
        # the outlet's own verdict, spanning the two figures it checks
        ("troops", NK, 8000, 11000, "range", U + ["Le Monde", "Les Décodeurs"],
         "there are between 8,000 and 11,000 North Korean troops in Kursk", True),
    ],
    "008": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed in fighting against Ukrainian forces in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 have been wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "had suffered several hundred casualties, killed and wounded", True),
        # one battle only: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded in battles near three villages", False),
    ],
    "009": [
        ("casualties", NK, 1100, None, "about", JCS,
         "around 1,100 North Korean soldiers have been killed or wounded", False),
    ],
    "010": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded in the Kursk region has already exceeded 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "Around 1,100 North Korean troops have been killed or wounded in Kursk Oblast", False),
        ("casualties", RU, 780000, None, "about", UAGS,
         "Russia has lost nearly 780,000 troops in its full-scale war against Ukraine", False),
    ],
    "011": [
        ("casualties", NK, 3000, None, "more_than", NIS,
         "North Korean casualties in Russia have now topped three thousand", False),
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "013": [
        ("troops", NK, 11000, 12000, "range", U,
         "North Korea is thought to have sent some 11,000-12,000 troops in the autumn of 2024", False),
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 North Korean special forces have been shipped to Russia's Far East", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers are in Russia's Kursk region", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "North Korean troops have suffered several hundred killed and wounded", True),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukraine has captured two North Korean soldiers", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "the North Koreans have lost about 4,000 killed and wounded", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "Pyongyang sent roughly 3,000 additional troops to Russia in January and February", False),
        ("casualties", NK, 4700, None, "about", JCS,
         "estimates the North's total casualties at around 4,700", False),
        ("casualties", UA, 76000, None, "more_than", GERASIMOV,
         "Ukraine's losses there exceeded 76,000 servicemen", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean casualties stand at about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 killed", False),
    ],
    "014": [
        # one engineering regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "nine of the regiment's soldiers had died while clearing mines", False),
        # a separate construction contingent, vague
        ("troops", NK, 2000, 9000, "vague", RUOFF,
         "Thousands of North Korean military builders and deminers have arrived in the region since the summer", True),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in Russia", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from around 600 in its April estimate", False),
        ("troops", NK, 10000, None, "up_to", NIS,
         "as many as 10,000 North Korean troops remain stationed in Russian border areas", False),
    ],
}

NOT = {
    "000": ["a total of some 12,000 soldiers, organised in four brigades", "four Russian navy landing and escort ships",
            "between Oct. 8 and 13", "11th Corps", "Army enlistments fall to 187,000, lowest in decades",
            "3 in 10 young Koreans", "KOSPI 2,593.82", "USD/KRW 1,368.50", "Reading time: 4 min", "2 trillion won",
            "30th straight week", "Oct. 16", "Seoul 17°C"],
    "002": ["reach 10,000 by December", "wins 215 of 465 seats", "jumps 691 points", "past 153 to dollar",
            "Oct 29, 2024 - 12:15"],
    "004": ["several hundred square miles", "Comment 1,284", "Listen  6 min", "Early vote tops 60 million",
            "tied at 47 percent among 1,411 likely voters", "The 11 House races",
            "Spain flood death toll climbs past 150", "February 2022"],
    "005": ["Russian losses in Ukraine reach 710,000, including 1,350 in past day", "Views: 6,214", "05.11.2024 10:20"],
    "006": ["some 12,000 in all", "five days apart", "5 min read", "6.7 million refugees", "nearly 1,000 days on",
            "Claim 1.", "Claim 2.", "October 18", "November 10"],
    "008": ["240 mm multiple rocket launchers", "16:30 December 19, 2024", "births rise for 4th month, top 20,000 in October",
            "Dec. 14-15", "24.3 tln won", "paras 4-5", "Dec. 27"],
    "009": ["240-millimeter multiple rocket launchers", "Over 1 million gather in Gwanghwamun", "Four in 10 Koreans",
            "1,450 per dollar", "Dec. 23, 2024 - 12:10"],
    "010": ["almost three times", "81 of 103 Russian drones downed", "81 of the 103 attack and decoy drones",
            "Another 22", "day 1,034", "Join 18,734 people", "two-hour air raid alert", "6 posts"],
    "011": ["Running time 02:14", "Views 48,310", "one aged 20 and the other 26", "KOSPI 2,489.56",
            "LA wildfires: death toll rises to 24", "Kyiv: Russia lost 1.5K troops in past day", "NEWS CENTER 20:00",
            "Seoul -7°C"],
    "013": ["the first of a planned 12,000", "36,045.38", "USD/JPY 143.05", "Brent $61.20",
            "Lee Jae-myung leads with 46% in poll of 1,002 adults", "24.6 million trips", "Dec. 16-17",
            "2024 mutual defense treaty", "For six months"],
    "014": ["1,000 sappers and 5,000 military builders", "120 days", "Issue No. 87", "31,400 readers",
            "up 0.2% on the week", "45th straight weekly gain", "238,300 babies", "0.75",
            "Retired at 60, back at work at 62", "The 1.1K club", "June 17"],
}

OFF = ["001", "007", "012"]
DUP = {"003": "002"}

MUST = [
    ["004-1", "005-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart; the earliest articles carrying each"],
    ["006-1", "006-2", "within one fact-check: Blinken's about 8,000 against Zelensky's 11,000 in Kursk, five days apart"],
    ["009-1", "010-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day; the earliest articles carrying each"],
    ["010-2", "010-1", "within one live blog: the JCS's about 1,100 against Zelensky's more than 3,000, the same day"],
]

# When each claim's figure was reported (or what period it describes), and what it counts.
WHEN = {
    "000-1": (date(2024, 10, 18), "first group"), "002-1": (date(2024, 10, 28), "total in Russia"),
    "002-2": (date(2024, 10, 23), "total in Russia"), "004-1": (date(2024, 10, 31), "in Kursk"),
    "004-2": (date(2024, 10, 31), "total in Russia"), "005-1": (date(2024, 11, 4), "in Kursk"),
    "006-1": (date(2024, 10, 31), "in Kursk"), "006-2": (date(2024, 11, 4), "in Kursk"),
    "006-3": (date(2024, 10, 18), "first group"), "006-4": (date(2024, 10, 28), "total in Russia"),
    "006-6": (date(2024, 11, 12), "in Kursk"), "013-1": (date(2024, 12, 1), "total sent in 2024"),
    "013-2": (date(2024, 10, 18), "first group"), "013-3": (date(2024, 11, 4), "in Kursk"),
    "013-7": (date(2025, 3, 27), "additional reinforcements"), "014-2": (date(2025, 11, 15), "builders and deminers"),
    "014-5": (date(2025, 11, 15), "remaining near the border"),
    "008-3": (date(2024, 12, 16), "total"), "008-4": (date(2024, 12, 15), "one battle"),
    "009-1": (date(2024, 12, 23), "total"), "010-1": (date(2024, 12, 23), "total"), "010-2": (date(2024, 12, 23), "total"),
    "011-1": (date(2025, 1, 13), "total"), "013-4": (date(2024, 12, 16), "total"), "013-6": (date(2025, 2, 15), "total"),
    "013-8": (date(2025, 3, 27), "total"), "013-10": (date(2025, 4, 30), "total"),
    "008-1": (date(2024, 12, 19), "total"), "011-2": (date(2025, 1, 13), "total"), "013-11": (date(2025, 4, 30), "total"),
    "014-1": (date(2025, 12, 10), "one regiment"), "014-3": (date(2025, 9, 15), "total"), "014-4": (date(2025, 4, 30), "total"),
    "008-2": (date(2024, 12, 19), "total"), "011-3": (date(2025, 1, 13), "total"),
    "004-3": (date(2024, 10, 31), "total"), "010-3": (date(2024, 12, 23), "total"),
}


def claims():
    out = {}
    for aid, cl in A.items():
        for n, (m, s, v, vmax, q, by, quote, opt) in enumerate(cl, 1):
            out["%s-%d" % (aid, n)] = (m, s, v, vmax, q, by[0])
    return out


def span(c):
    m, s, v, vmax, q, who = c
    if q in ("range", "vague"):
        return v, vmax
    if q in ("more_than", "at_least"):
        return v, float("inf")
    if q in ("less_than", "at_most", "up_to"):
        return 0, v
    if q == "about":
        return v * 0.95, v * 1.05
    return v, v


def may_pairs():
    """Every other pair of the same metric and subject whose values could be read as disagreeing."""
    C, must = claims(), {frozenset(p[:2]) for p in MUST}
    ids, out = sorted(C), []
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if C[a][:2] != C[b][:2] or frozenset((a, b)) in must:
                continue
            (alo, ahi), (blo, bhi) = span(C[a]), span(C[b])
            if alo <= bhi and blo <= ahi:
                continue  # compatible values (the same figure, a bound the other meets, an overlapping range)
            (da, sa), (db, sb) = WHEN[a], WHEN[b]
            gap = abs((da - db).days)
            if "vague" in (C[a][4], C[b][4]):
                why = "a vague count against a figure%s, %d days apart" % (
                    "" if sa == sb else " (%s against %s)" % (sa, sb), gap)
            elif sa != sb:
                why = "%s against %s: a part against the whole, or a different force" % (sa, sb)
            elif gap > 14:
                why = "%d days apart: a total that rose over time" % gap
            else:
                why = "a later restatement of a disagreement already told in earlier articles"
            out.append([a, b, "%s (%s, %s) against %s (%s, %s): %s" % (
                fig(C[a]), C[a][5], da.isoformat(), fig(C[b]), C[b][5], db.isoformat(), why)])
    # a bound the later figure meets, but printed as the base of a rise: an update
    out.append(["002-2", "002-1", "at least 3,000 (Kirby, Oct 23) restated as the base of the rise to about 10,000 (Pentagon, Oct 28): an update, not a conflict"])
    return out


def fig(c):
    m, s, v, vmax, q, who = c
    n = "{:,}".format(v) if vmax is None else "{:,}-{:,}".format(v, vmax)
    return n if q in ("exact", "range", "vague") else q.replace("_", " ") + " " + n


conflicts = {"must": MUST, "may": may_pairs()}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
