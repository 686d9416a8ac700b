#!/usr/bin/env python3
"""Gold labels for testdata/blind810 (written and labelled blind). Run: python3 gold.py > gold.json"""
import itertools, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind810/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
HUR = ["Defense Intelligence of Ukraine", "Defence Intelligence of Ukraine", "HUR",
       "Ukraine's military intelligence", "Ukraine"]
YUSOV = ["Andrii Yusov", "Yusov"] + HUR
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
PENT = ["Pentagon", "Pentagon official", "United States", "U.S."]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of about 1,500 special operations soldiers already shipped to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "Secretary of State", "United States", "U.S."],
         "About 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        # in Russia as a whole, reported three days earlier: the Kursk figure above is a part of it
        ("troops", NK, 10000, None, "about", PENT,
         "roughly 10,000 North Korean troops had been sent to Russia for training", False),
        # the earlier figure quoted as the base of the rise
        ("troops", NK, 3000, None, "at_least", ["U.S. officials", "US officials", "United States", "U.S."],
         "the at least 3,000 that U.S. officials cited a week before", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "North Korea now has 11,000 soldiers in Russia's Kursk region", False),
        # officers and generals only: parts of the contingent
        ("troops", NK, 500, None, "about", HUR,
         "about 500 officers", False),
        ("troops", NK, 3, None, "exact", HUR,
         "three generals", False),
    ],
    "004": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 already in Russia", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         "North Korean forces had taken several hundred casualties", True),
        # one weekend's assaults on three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about", JCS + ["Col. Lee Sung-jun"],
         "North Korean troops deployed to Russia have suffered around 1,100 casualties", False),
    ],
    "006": [
        # the quote comes first, its speaker is named in the next sentence
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "the number of North Korean soldiers killed and wounded in the Kursk region has already topped three thousand", False),
        ("casualties", RU, 1870, None, "exact", ["General Staff", "Ukraine's general staff", "General Staff of Ukraine", "Ukraine"],
         "Russia has lost 1,870 troops in the past 24 hours", False),
        ("casualties", RU, 770000, None, "more_than", ["General Staff", "Ukraine's general staff", "General Staff of Ukraine", "Ukraine"],
         "bringing its count of Russian dead and wounded since the full-scale invasion began to more than 770,000", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "about", LEE,
         "North Korean troops fighting for Russia have suffered some 3,000 casualties", False),
        ("killed", NK, 300, None, "about", LEE,
         "about 300 of them killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "roughly 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers", False),
    ],
    "009": [
        ("casualties", NK, 4000, None, "about", YUSOV,
         "North Korean troops have lost about 4,000 soldiers killed and wounded", False),
        ("captured", NK, 2, None, "exact", ["Security Service of Ukraine", "SBU", "Ukraine"],
         "the two North Korean soldiers captured on Jan. 9", False),
    ],
    "011": [
        ("casualties", NK, 20000, 90000, "vague", ["social media posts", "posts on X, Facebook and Telegram", "unattributed"],
         'North Korea has lost "tens of thousands" of soldiers killed and wounded', True),
        # the fact-checker's own summary, repeated later in the article ("between 3,000 and 4,000")
        ("casualties", NK, 3000, 4000, "range", ["Reuters", "Reuters Fact Check", "unattributed"],
         "range from about 3,000 to about 4,000", False),
        ("killed", NK, 300, None, "about", NIS,
         "about 300 North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "roughly 3,000 casualties in all", False),
        ("casualties", NK, 4000, None, "about", YUSOV,
         "Around 4,000", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         '"several hundred" North Korean casualties', True),
        ("casualties", NK, 1100, None, "about", JCS,
         "put the figure at about 1,100 on Dec. 23", False),
    ],
    "012": [
        ("troops", NK, 14000, 15000, "range", ["Asan Institute", "Yoo Jae-won", "unattributed"],
         "Pyongyang has now sent 14,000-15,000 troops to Russia", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", ["Asan Institute", "Yoo Jae-won", "unattributed"] + NIS,
         "some 3,000 reinforcements who arrived early this year", False),
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of about 1,500 special forces has reached Russia's Far East", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Zelensky says 11,000 North Korean soldiers are in the Kursk region", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Zelensky"],
         "Ukraine announces the capture of two North Korean soldiers", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "claims that Ukraine's losses there exceeded 76,000", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "some 600 of them dead", False),
    ],
    "014": [
        ("troops", NK, 10000, None, "about", NIS,
         "North Korea still keeps about 10,000 troops there", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "the roughly 600 dead it reported in April", False),
        # deminers and builders actually arriving: separate contingents (Shoigu's June pledge is not a claim)
        ("troops", NK, 1000, None, "about", NIS,
         "about 1,000 deminers arrived over the summer", False),
        ("troops", NK, 5000, None, "about", NIS,
         "some 5,000 builders have been moving in in stages since September", False),
        # a few engineers killed clearing mines: a part of the whole, vague
        ("killed", NK, 2, 9, "vague", ["North Korean state media", "state media", "KCNA", "North Korea"],
         "several engineers had died while clearing mines", True),
    ],
}

NOT = {
    "000": ["four brigades, or up to 12,000 troops in all", "Thousands more are being readied",
            "between Oct. 8 and 13", "four Russian navy landing ships", "three Russian patrol vessels",
            "the 11th Corps", "over 8 million rounds of 152 mm and 122 mm shells",
            "236 N. Korean defectors arrived in S. Korea in Q3", "24 pct", "2 cross-border roads",
            "1.2 mln-strong army", "2,593.82", "17:12"],
    "001": ["more than 1,000 square kilometers (390 square miles)", "about 1.2 million active-duty personnel",
            "1950-53", "Ukraine says 2 killed, 14 hurt", "86-minute flight", "1,000-day war", "Aug. 6",
            "3:40 PM EDT"],
    "002": ["Views 6 204", "60mm mortars", "AK-12", "RPG-7", "several hundred square kilometers",
            "Enemy losses: 1,540 troops, 14 tanks and 47 artillery systems in past day", "UAH/USD 41.22",
            "August 6", "05.11.2024 12:25"],
    "004": ["KOSPI 2,435.93", "USD/KRW 1,451.90", "240 mm multiple rocket launchers", "early 20s",
            "11%", "3 injured as fire breaks out at Busan apartment", "10% of overseas staff",
            "Korea's foreign residents top 2.6m", "18:30"],
    "005": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "Fire at Hwaseong battery plant warehouse injures 7", "-7 C", "KOSPI opens at 2,431", "(4:32)",
            "12:00 KST"],
    "006": ["42 Ukrainian drones", "about 15 miles", "two thermal plants",
            "Man, 34, charged after 3 people hurt in Christmas market crash", "Comments (1,204)", "21.55 GMT"],
    "008": ["aged 20 and 26", "families of 179 victims", "3,000 police officers on standby",
            "6.5 trillion won", "17:40"],
    "009": ["around 500 square kilometers", "$5 a month", "Russia's losses in war pass 820,000",
            "100-day peace plan", "3 min read", "Jan. 20"],
    "011": ["Posts shared thousands of times", "about a quarter of the contingent", "Shares 12.4K",
            "filmed in 2023", "Updated 2 days ago"],
    "012": ["four brigades are to follow", "1,000 sappers and 5,000 military builders", "one in three",
            "groups of three to five", "Korean People's Army of 1.28 million", "Issue Brief No. 2025-17",
            "412 KB", "9 min", "first two months"],
    "014": ["1,000 sappers and 5,000 military builders", "about 4,500 residents", "some 20,000",
            "Nikkei 225 49,303.28", "USD/JPY 155.27", "KOSPI 3,977.45", "Eight months",
            "births set to fall below 670,000", "drop 25%", "$310bn"],
}

OFF = ["003", "010", "013"]
DUP = {"007": "001"}

must = [
    ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk "
                       "(Zelensky, Nov 5), five days apart"],
    ["005-1", "006-1", "about 1,100 North Korean casualties (South Korea's JCS) against more than three thousand "
                       "(Zelensky), both on Dec 23"],
    ["008-1", "009-1", "some 3,000 North Korean casualties (NIS via Lee Seong-kweun, Jan 13) against about 4,000 "
                       "(HUR's Yusov, Jan 21), eight days apart"],
    ["011-5", "011-6", "within one fact-check: NIS's roughly 3,000 casualties against HUR's around 4,000, "
                       "a week apart, set against each other"],
]

# When each figure was reported (not when the article carrying it appeared), and what it counts.
WHEN = {
    "000-1": ("2024-10-18", "first group"), "001-1": ("2024-10-31", "in Kursk"), "001-2": ("2024-10-28", "in Russia"),
    "001-3": ("2024-10-23", "early count"), "002-1": ("2024-11-05", "in Kursk"), "002-2": ("2024-11-05", "part"),
    "002-3": ("2024-11-05", "part"), "004-1": ("2024-12-19", ""), "004-2": ("2024-12-19", ""),
    "004-3": ("2024-12-19", "in Russia"), "004-4": ("2024-12-17", "vague"), "004-5": ("2024-12-15", "part"),
    "005-1": ("2024-12-23", ""), "006-1": ("2024-12-23", ""), "006-2": ("2024-12-23", "one day"),
    "006-3": ("2024-12-23", "whole war"), "008-1": ("2025-01-13", ""), "008-2": ("2025-01-13", ""),
    "008-3": ("2025-01-13", ""), "008-4": ("2025-01-11", ""), "009-1": ("2025-01-21", ""),
    "009-2": ("2025-01-20", ""), "011-1": ("2025-01-28", "vague"), "011-2": ("2025-01-28", "summary"),
    "011-3": ("2025-01-13", ""), "011-4": ("2025-01-13", ""), "011-5": ("2025-01-13", ""),
    "011-6": ("2025-01-21", ""), "011-7": ("2024-12-17", "vague"), "011-8": ("2024-12-23", ""),
    "012-1": ("2025-07-08", "total sent"), "012-2": ("2025-02-15", "additional"), "012-3": ("2024-10-18", "first group"),
    "012-4": ("2024-11-04", "in Kursk"), "012-5": ("2025-01-11", ""), "012-6": ("2025-04-26", ""),
    "012-7": ("2025-04-30", ""), "012-8": ("2025-04-30", ""), "014-1": ("2025-12-03", "remaining"),
    "014-2": ("2025-09-15", ""), "014-3": ("2025-04-30", ""), "014-4": ("2025-08-15", "additional"),
    "014-5": ("2025-10-01", "additional"), "014-6": ("2025-11-15", "part"),
}
MUST_REPORTS = [({"005-1", "011-8"}, {"006-1"}), ({"008-1", "011-5"}, {"009-1", "011-6"}),
                ({"001-1"}, {"002-1", "012-4"})]


def claims():
    for aid, cl in A.items():
        for n, c in enumerate(cl, 1):
            yield "%s-%d" % (aid, n), c


def compatible(a, b):
    """True when the two figures plainly agree: same numbers, or a bound or range the other satisfies."""
    (_, _, va, ma, qa, *_), (_, _, vb, mb, qb, *_) = a, b
    if (va, ma) == (vb, mb) and (qa == qb or {qa, qb} <= {"exact", "about"}):
        return True
    for (v, m, q), (w, x, r) in (((va, ma, qa), (vb, mb, qb)), ((vb, mb, qb), (va, ma, qa))):
        lo, hi = w, (x if x is not None else w)
        if (q == "more_than" and lo > v) or (q == "at_least" and lo >= v):
            return True
        if q in ("less_than", "at_most", "up_to") and hi <= v:
            return True
        if q == "range" and r != "vague" and v <= lo and hi <= m:
            return True
    return False


def fmt(cid, c):
    m, s, v, vmax, q, by = c[:6]
    num = "{:,}".format(v) + ("-{:,}".format(vmax) if vmax is not None else "")
    when, kind = WHEN[cid]
    return "%s %s %s%s (%s, %s)" % (cid, q, num, (" " + kind) if kind else "", by[0], when)


def reason(ia, a, ib, b):
    from datetime import date
    da, ka = WHEN[ia]
    db, kb = WHEN[ib]
    days = abs((date.fromisoformat(da) - date.fromisoformat(db)).days)
    why = []
    for lst in MUST_REPORTS:
        if (ia in lst[0] and ib in lst[1]) or (ib in lst[0] and ia in lst[1]):
            why.append("a restatement of a pair already told once")
    kinds = {ka, kb}
    if "part" in kinds or ({"in Kursk", "in Russia"} <= kinds) or "one day" in kinds:
        why.append("a part against the whole")
    if "first group" in kinds or "early count" in kinds:
        why.append("a first group or early count against a later total")
    if "additional" in kinds or "remaining" in kinds or "total sent" in kinds:
        why.append("an additional, separate or remaining force against another count")
    if "vague" in kinds or "summary" in kinds:
        why.append("a vague count or a summary range")
    if days > 14:
        why.append("%d days apart, a rising total or a later update" % days)
    elif not why:
        why.append("%d days apart, close but defensible either way" % days)
    if ia[:3] == ib[:3]:
        why.insert(0, "within one article")
    return "%s against %s: %s" % (fmt(ia, a), fmt(ib, b), "; ".join(why))


must_pairs = {frozenset(p[:2]) for p in must}
may = []
allc = list(claims())
for (ia, a), (ib, b) in itertools.combinations(allc, 2):
    if a[0] != b[0] or a[1] != b[1] or frozenset((ia, ib)) in must_pairs or compatible(a, b):
        continue
    may.append([ia, ib, reason(ia, a, ib, b)])

conflicts = {"must": must, "may": may}

if __name__ == "__main__":
    goldlib.write(about, A, NOT, OFF, DUP, conflicts)
