#!/usr/bin/env python3
"""Gold labels for testdata/blind739 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind739/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defence Intelligence of Ukraine", "Defense Intelligence", "HUR", "Ukraine's military intelligence", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military", "South Korea"]
PENT = ["Pentagon", "U.S. Department of Defense", "Department of Defense", "United States", "U.S."]
KCNA = ["Korean Central News Agency", "KCNA", "North Korean state media", "state media", "North Korea"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has shipped roughly 1,500 of its special operations troops to Russia's Far East", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about",
         ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S."],
         "there are about 8,000 North Korean soldiers in the Kursk region", False),
        ("troops", NK, 10000, None, "about",
         ["Lloyd Austin", "Austin", "Defense Secretary", "Pentagon", "United States", "U.S."],
         "Of the roughly 10,000 North Korean troops we believe are now in Russia", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are now in Russia's Kursk Oblast", False),
        # officers only: a part of the whole contingent
        ("troops", NK, 500, None, "about", HUR,
         "the contingent includes about 500 officers", False),
    ],
    "004": [
        ("troops", RU, 50000, None, "about", ["U.S. officials", "US officials", "United States", "U.S.", "The New York Times"],
         "Russia has gathered about 50,000 troops, North Korean soldiers among them", False),
        ("troops", NK, 10000, None, "more_than", ["State Department", "U.S. State Department", "United States", "U.S.", "Washington"],
         "More than 10,000 of Kim Jong Un's soldiers are now in Russia", False),
        ("casualties", UA, 30000, None, "more_than",
         ["Russia's defense ministry", "Russian Defence Ministry", "Russian defense ministry", "defense ministry", "Russia", "Moscow"],
         "More than 30,000 Ukrainian servicemen have been killed or wounded in the Kursk region", False),
    ],
    "005": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "North Korean troops had suffered several hundred killed and wounded", True),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "the number of North Korean soldiers killed and wounded in the Kursk region has already exceeded 3,000", False),
        # one weekend's fighting near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "About 1,100 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 had been injured", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean losses in the Kursk region had passed 3,000 killed and wounded", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "roughly 1,100 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to a thousand injured", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "\"several hundred\" North Korean troops killed and wounded", True),
    ],
    "010": [
        ("killed", NK, 1000, None, "more_than", ["Andriy Yusov", "Yusov"] + HUR,
         "More than a thousand North Korean soldiers have already been killed in the Kursk region", False),
        ("killed", NK, 300, None, "about", LEE,
         "about 300 North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL + ["SBU", "Ukraine's security service", "unattributed"],
         "The two North Korean soldiers captured in Kursk last week", False),
    ],
    "012": [
        ("troops", NK, 11000, 12000, "range",
         ["South Korean and Western estimates", "Western estimates", "Western officials", "South Korean officials", "South Korea"],
         "it numbered between 11,000 and 12,000 soldiers", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "roughly 3,000 more soldiers arrived in January and February", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia's General Staff", "General Staff", "Russia"],
         "Ukraine's losses in the region since August 2024 at more than 76,000 servicemen", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "around 600 of them fatally", False),
        # the January figure, quoted as the base of the rise: an update, not a conflict
        ("casualties", NK, 3000, None, "about", NIS,
         "some 3,000 casualties the agency reported in mid-January", False),
        ("casualties", NK, 4000, None, "about", ZEL,
         "about 4,000 North Koreans had been killed or wounded", False),
        ("captured", NK, 2, None, "exact", U + ["Ukraine", "Kyiv"],
         "Kyiv also holds two prisoners, captured in January", False),
    ],
    "014": [
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops are still stationed in Russian border areas near Ukraine", False),
        ("troops", NK, 15000, None, "up_to", NIS,
         "the deployment may have involved as many as 15,000 soldiers", False),
        ("killed", NK, 2000, None, "about", NIS,
         "The NIS raised its estimate of North Korean dead to about 2,000 in September", False),
        # the spring figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "from around 600 in the spring", False),
        # one engineering regiment: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "Nine of its soldiers died during the mission", False),
        ("captured", NK, 2, None, "exact", U + ["Ukraine"],
         "The two North Korean soldiers captured by Ukraine in January", False),
    ],
}

NOT = {
    "000": ["some 12,000 troops in all", "four brigades", "11th Corps", "four Russian navy amphibious ships",
            "over five days", "about 100 meters", "for 90 minutes", "1.4 million young people",
            "KOSPI at 2,593.91", "2,600 N. Korean troops to be trained for Kursk front", "2024/10/18 15:41 KST"],
    "001": ["Listen 11 min", "Comment 214", "the number could climb to 12,000 by the end of the year",
            "60mm mortars", "millions of artillery rounds", "60 million ballots", "five days to go",
            "Pentagon to send 500 more troops to Middle East", "seven battleground states"],
    "003": ["3 min read", "82mm mortars", "some 25 to 50 kilometers", "several hundred square kilometers",
            "Aug. 6", "seven years", "12 regions", "Russia has lost 698,110 troops in Ukraine",
            "Russia launches 96 drones, Ukraine downs 60", "1,200 apartment buildings", "'We counted 40 bodies'"],
    "004": ["Issue No. 62", "6-minute read", "48,000 readers", "8.5 trillion yen", "153 Chinese military aircraft",
            "25-hour period", "1.2 million-strong armed forces", "9,000 km", "$2 billion",
            "3 -- bilateral defense ministers' meetings"],
    "005": ["KOSPI 2,435.93", "USD/KRW 1,451.90", "about two and a half hours", "240-millimeter multiple rocket launchers",
            "170-millimeter self-propelled guns", "11 days later", "1,500 soldiers deployed on Dec. 3", "since 2009",
            "12,000 trainee doctors", "46 hours alone"],
    "006": ["Views: 2,904", "23.12.2024 19:40", "December 16", "1,380 soldiers in past day", "2 billion euros",
            "Article 9", "No. 270/96-VR"],
    "007": ["240-mm multiple rocket launchers", "170-mm self-propelled artillery pieces", "over-65s tops 10 million",
            "W93 million", "9,200 residents still absent", "Kospi slides 1.6%", "1,450"],
    "009": ["more than 4,000 times", "filmed in 2022", "500 North Korean soldiers surrendering in Kursk",
            "2019 military cemetery", "200 North Korean officers defected", "AFP 2017-2024"],
    "010": ["1,245 comments", "58 drones", "34 were shot down", "21 were", "A 63-year-old woman", "aged 20",
            "The other, 26", "100-year partnership", "33 hostages", "'about 12,000' soldiers in Russia",
            "Thousands evacuated"],
    "012": ["Reading time 4 min.", "since August 2024", "June 2024", "millions of artillery shells",
            "170mm self-propelled guns", "\"We left 2,000 men behind in Sudzha,\"", "€1 for the first month"],
    "014": ["1,000 sappers", "5,000 military builders", "120 days", "Thousands of North Korean laborers",
            "47 Ukrainian drones", "$20 billion"],
}

OFF = ["002", "008", "013"]
DUP = {"011": "006"}

# when each figure was reported, and what kind of figure it is (for the reasons of the `may` pairs)
WHEN = {
    "000-1": ("2024-10-18", "first"), "001-1": ("2024-10-31", "kursk"), "001-2": ("2024-10-31", ""),
    "003-1": ("2024-11-04", "kursk"), "003-2": ("2024-11-05", "part"),
    "004-1": ("2024-11-10", ""), "004-2": ("2024-11-04", ""), "004-3": ("2024-11-12", ""),
    "005-1": ("2024-12-19", ""), "005-2": ("2024-12-19", ""), "005-3": ("2024-12-16", "vague"),
    "006-1": ("2024-12-23", ""), "006-2": ("2024-12-16", "part"),
    "007-1": ("2024-12-23", ""), "007-2": ("2024-12-19", ""), "007-3": ("2024-12-19", ""),
    "009-1": ("2024-12-23", ""), "009-2": ("2024-12-23", ""), "009-3": ("2024-12-19", ""),
    "009-4": ("2024-12-19", ""), "009-5": ("2024-12-16", "vague"),
    "010-1": ("2025-01-16", ""), "010-2": ("2025-01-13", ""), "010-3": ("2025-01-13", ""), "010-4": ("2025-01-11", ""),
    "012-1": ("2025-05-02", "total"), "012-2": ("2025-03-01", "additional"), "012-3": ("2025-04-26", ""),
    "012-4": ("2025-04-30", ""), "012-5": ("2025-04-30", ""), "012-6": ("2025-01-13", "base"),
    "012-7": ("2025-02-05", ""), "012-8": ("2025-05-02", ""),
    "014-1": ("2025-12-14", "remaining"), "014-2": ("2025-12-14", "peak"), "014-3": ("2025-09-15", ""),
    "014-4": ("2025-04-30", "base"), "014-5": ("2025-12-12", "part"), "014-6": ("2025-12-14", ""),
}

conflicts = {
    "must": [
        ["001-1", "003-1", "about 8,000 North Koreans in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
        ["007-1", "006-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day; the first articles carrying each"],
        ["009-2", "009-1", "within one fact-check: the JCS's roughly 1,100 against Zelensky's more than 3,000, the same day"],
        ["010-2", "010-1", "within one live blog: NIS's about 300 killed (Jan 13) against HUR's more than a thousand killed (Jan 16), three days apart"],
    ],
    "may": [],
}


def _build_may():
    """Every other pair of the same metric and subject whose figures differ, with the reason it is arguable."""
    from datetime import date
    flat = []
    for aid, cl in A.items():
        for n, c in enumerate(cl, 1):
            flat.append(("%s-%d" % (aid, n), c))
    must = {frozenset(p[:2]) for p in conflicts["must"]}
    kinds = {"first": "a first group", "part": "a part of the whole", "additional": "an additional force",
             "vague": "a vague count", "base": "an earlier figure restated as the base of a rise",
             "remaining": "the troops remaining", "peak": "a peak including reinforcements",
             "total": "the first wave's total", "kursk": "the force in Kursk alone"}

    def desc(cid, c):
        v = "%s-%s" % (format(c[2], ","), format(c[3], ",")) if c[3] else format(c[2], ",")
        return "%s %s %s (%s, %s)" % (c[4].replace("_", " "), v, c[0], cid, WHEN[cid][0])

    out = []
    for i in range(len(flat)):
        for j in range(i + 1, len(flat)):
            (a, ca), (b, cb) = flat[i], flat[j]
            if ca[0] != cb[0] or ca[1] != cb[1]:
                continue
            if (ca[2], ca[3], ca[4]) == (cb[2], cb[3], cb[4]):
                continue  # the same figure restated: no conflict
            if frozenset((a, b)) in must:
                continue
            why = []
            for cid in (a, b):
                k = WHEN[cid][1]
                if k in kinds and k != "kursk" and kinds[k] not in why:
                    why.append(kinds[k])
            if WHEN[a][1] == "kursk" or WHEN[b][1] == "kursk":
                if WHEN[a][1] != WHEN[b][1]:
                    why.append("the force in Kursk against the whole force in Russia")
            if a[:3] == b[:3]:
                why.append("within one article")
            da = date.fromisoformat(WHEN[a][0])
            db = date.fromisoformat(WHEN[b][0])
            d = abs((db - da).days)
            if d > 45:
                why.append("months apart, a rising or changing total")
            elif d > 10:
                why.append("weeks apart")
            elif (a[:3], b[:3]) in (("006", "009"), ("007", "009")):
                why.append("a later restatement of the same two reports")
            else:
                why.append("days apart, but bounds or methods that a reader could reconcile")
            out.append([a, b, "%s against %s: %s" % (desc(a, ca), desc(b, cb), "; ".join(why))])
    return out


conflicts["may"] = _build_may()

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
