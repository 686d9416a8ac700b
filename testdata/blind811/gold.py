#!/usr/bin/env python3
"""Gold labels for testdata/blind811 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
from datetime import date
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind811/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency",
       "South Korean intelligence", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "President of Ukraine", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "United States", "U.S.", "US"]
AUSTIN = ["Lloyd Austin", "Austin", "Secretary Austin", "Pentagon", "United States", "U.S.", "US"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"]
USOFF = ["American officials", "American and Ukrainian officials", "U.S. officials", "US officials",
         "Ukrainian officials", "United States", "U.S.", "US"]
USMIL = ["U.S. military official", "US military official", "U.S. official", "Pentagon", "United States", "U.S.", "US"]
SSO = ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"]
GER = ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia's General Staff", "Russia"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korean state media", "North Korea"]
U = ["unattributed"]

A = {
    "000": [
        # the first group only; the planned 12,000 is in NOT
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of some 1,500 special forces soldiers is already on Russian soil", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "about 8,000 North Korean soldiers are in Russia's Kursk region", False),
        # the whole contingent in Russia; the 8,000 in Kursk is part of it
        ("troops", NK, 10000, None, "about", AUSTIN,
         "roughly 10,000 North Korean troops have been sent to Russia in total", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in the Kursk region", False),
        # Blinken's Oct 31 figure, set against Zelensky's by the live blog itself
        ("troops", NK, 8000, None, "about", BLINKEN,
         "put the number of North Korean soldiers in Kursk at about 8,000", False),
    ],
    "004": [
        ("troops", RU, 50000, None, "about", USOFF,
         "Russia has gathered a force of about 50,000 troops, North Korean soldiers among them", False),
        ("troops", NK, 10000, None, "more_than", USOFF,
         "which American officials now put at more than 10,000 soldiers", False),
        ("troops", UA, 2000, 9000, "vague", U,
         "sending thousands of troops across the border into the Kursk region", True),
    ],
    "005": [
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 others wounded", False),
        ("troops", NK, 11000, None, "about", LEE,
         "North Korea has deployed about 11,000 troops to Russia", False),
        ("casualties", NK, 200, 900, "vague", USMIL,
         "North Korean troops had suffered \"several hundred\" casualties", True),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "The number of North Korean soldiers killed and wounded in Russia's Kursk region has already exceeded 3,000", False),
        # one two-day fight near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", SSO,
         "they had killed or wounded at least 30 North Korean soldiers", False),
    ],
    "007": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops are estimated to have suffered about 1,100 casualties", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region", False),
    ],
    "009": [
        ("killed", NK, 300, None, "about", LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "more_than", LEE,
         "North Korean casualties have topped 3,000", False),
        ("captured", NK, 2, None, "exact", NIS + ["Zelensky", "Volodymyr Zelensky"],
         "Ukrainian forces captured two North Korean soldiers in the Kursk region on Jan. 9", False),
        ("troops", NK, 11000, 12000, "range", NIS,
         "The NIS puts the total number of North Korean troops deployed since October at between 11,000 and 12,000", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than", GER,
         "Ukraine had lost more than 76,000 servicemen in the region", False),
        ("troops", NK, 11000, None, "about", NIS,
         "roughly 11,000 troops went in the autumn of 2024", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", NIS,
         "a further 3,000 or so arrived in January and February as reinforcements", False),
        ("troops", NK, 14000, None, "up_to", NIS,
         "That puts the total at up to 14,000", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "including roughly 600 dead", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have died in the Kursk fighting", False),
        # the April figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 in its April count", False),
    ],
    "014": [
        # one engineer regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "nine of its soldiers died during the mission", False),
        ("troops", NK, 11000, None, "about", U,
         "Pyongyang first sent around 11,000 soldiers to Russia in the autumn of 2024", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain deployed in areas along Russia's border with Ukraine", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "about", NIS,
         "some 5,000 military construction troops have been moving to Russia in stages", False),
    ],
}

NOT = {
    "000": ["KOSPI 2,593.19", "USD/KRW 1,368.00", "over five days from Oct. 8", "about 12,000 soldiers in four brigades",
            "11th Corps", "roughly 1.2 million-strong military", "more than 13,000 containers", "some 60 kilometers",
            "Fire at Gyeonggi nursing home kills 3, injures 14", "62-year-old man", "Kia to hire 500 production workers",
            "Oct. 19 print edition, page A1"],
    "001": ["as many as 100,000 troops", "2+2", "(3:21 p.m. EDT)", "$425 Million", "75th Anniversary"],
    "002": ["11:48 p.m.", "Russia has lost 1,330 troops over past day", "34 of 49 Shahed-type drones",
            "Another 13", "60mm mortars", "around 600 square kilometers", "some 35 kilometers deep",
            "5 killed and 17 injured", "for 90 days", "7 new Patriot batteries", "more than 120,000 people",
            "$5 a month"],
    "004": ["9:14 p.m. ET", "6:41 min", "between 10,000 and 12,000 troops in all", "about 40 percent",
            "60mm mortars", "five separate groups", "about 30 miles long", "up to 190 miles", "Section A, Page 1",
            "Read 1,127 Comments", "120,000 Civilians Fled", "3,000 Ukrainian Recruits"],
    "005": ["2024-12-19 12:12", "paras 5-7", "240 mm multiple rocket launchers", "Han vetoes 6 bills",
            "past 1,450 per dollar", "2 firefighters hurt", "about 10,000 N. Korean troops moved into Kursk",
            "2 N. Korean soldiers seen near Sudzha front"],
    "006": ["23.12.2024 21:38", "Views: 3,214", "December 15", "Enemy loses another 1,830 troops in past day",
            "2 civilians injured", "over two days"],
    "007": ["Issue No. 88", "7 min read", "41,000 readers", "nearly three times Seoul's tally", "past 1,450 per dollar",
            "March 2009", "six of its nine justices", "five days", "1.9%", "240mm",
            "2: issues of the Dispatch", "$29 a month"],
    "009": ["18:30", "One of the captives", "the body of one soldier", "one of the captured soldiers", "born in 2005", "in 2021", "a 26-year-old sniper", "10,030 won", "200 flights", "20%"],
    "011": ["Nikkei 225 36,045.38", "USD/JPY 142.98", "KOSPI 2,556.61", "Read time: 5 min", "June 2024",
            "the 80th", "92%", "32%", "10th overseas EV plant"],
    "013": ["Episode 147", "58 min", "53.4 MB", "1,000 sappers", "5,000 military builders",
            "more than 1,200 listeners", "$3 a month", "28,500 US troops", "00:00", "47:30"],
    "014": ["KOSPI 4,090.21", "USD/KRW 1,473.60", "-4°C", "up to 12 cm", "528th Engineer Regiment", "120-day mission",
            "3 workers treated for smoke inhalation", "Lotto draw No. 1,202", "15 min",
            "Each one of those deaths"],
}

OFF = ["003", "008", "012"]
DUP = {"010": "005"}

# What each claim is and when it was reported, for the reasons of the `may` pairs.
NOTE = {
    "000-1": ("first group of about 1,500", date(2024, 10, 18), "first"),
    "001-1": ("about 8,000 in Kursk (Blinken)", date(2024, 10, 31), "kursk"),
    "001-2": ("roughly 10,000 in all of Russia (Austin)", date(2024, 10, 31), "whole"),
    "002-1": ("11,000 in Kursk (Zelensky)", date(2024, 11, 4), "kursk"),
    "002-2": ("about 8,000 in Kursk (Blinken, restated)", date(2024, 10, 31), "kursk"),
    "004-2": ("more than 10,000 (US officials)", date(2024, 11, 10), ""),
    "005-1": ("at least 100 killed (NIS)", date(2024, 12, 19), ""),
    "005-2": ("nearly 1,000 wounded (NIS)", date(2024, 12, 19), ""),
    "005-3": ("about 11,000 sent (NIS)", date(2024, 12, 19), ""),
    "005-4": ("several hundred casualties (US official, vague)", date(2024, 12, 17), "vague"),
    "006-1": ("more than 3,000 casualties (Zelensky)", date(2024, 12, 23), ""),
    "006-2": ("at least 30 casualties in one two-day fight (SSO)", date(2024, 12, 15), "part"),
    "007-1": ("about 1,100 casualties (JCS)", date(2024, 12, 23), ""),
    "007-2": ("more than 3,000 casualties (Zelensky)", date(2024, 12, 23), ""),
    "009-1": ("about 300 killed (NIS)", date(2025, 1, 13), ""),
    "009-2": ("about 2,700 wounded (NIS)", date(2025, 1, 13), ""),
    "009-3": ("more than 3,000 casualties (NIS)", date(2025, 1, 13), ""),
    "009-5": ("11,000-12,000 deployed since October (NIS)", date(2025, 1, 13), ""),
    "011-2": ("roughly 11,000 sent in autumn 2024 (NIS, restated)", date(2025, 4, 30), ""),
    "011-3": ("a further 3,000 reinforcements (NIS)", date(2025, 4, 30), "additional"),
    "011-4": ("up to 14,000 in all, reinforcements included (NIS)", date(2025, 4, 30), ""),
    "011-5": ("about 4,700 casualties (NIS)", date(2025, 4, 30), ""),
    "011-6": ("about 600 killed (NIS)", date(2025, 4, 30), ""),
    "013-1": ("about 2,000 killed (NIS)", date(2025, 9, 12), ""),
    "013-2": ("about 600 killed (NIS's April figure, base of the rise)", date(2025, 4, 30), "update"),
    "014-1": ("nine engineers killed clearing mines (KCNA, one regiment)", date(2025, 12, 12), "part"),
    "014-2": ("around 11,000 sent in autumn 2024 (restated)", date(2025, 12, 14), "sent2024"),
    "014-3": ("about 10,000 remaining (NIS)", date(2025, 11, 30), ""),
    "014-4": ("some 5,000 construction troops (NIS)", date(2025, 11, 30), "additional"),
}

conflicts = {
    "must": [
        ["001-1", "002-1", "troops in Kursk: about 8,000 (Blinken, Oct 31) against 11,000 (Zelensky, Nov 4), four days apart"],
        ["002-2", "002-1", "within one live blog: Blinken's about 8,000 in Kursk against Zelensky's eleven thousand, set side by side"],
        ["006-1", "007-1", "casualties: more than 3,000 (Zelensky, Dec 23) against about 1,100 (JCS, Dec 23), the same day"],
        ["007-2", "007-1", "within one newsletter: the JCS's about 1,100 casualties against Zelensky's more than 3,000, the same day"],
    ],
    "may": [],
}


def _why(a, b):
    (na, da, ka), (nb, db, kb) = NOTE[a], NOTE[b]
    kinds = {ka, kb}
    if "part" in kinds:
        why = "a part against a whole"
    elif "additional" in kinds:
        why = "an additional or separate force against a total"
    elif "first" in kinds:
        why = "a first group against a later total"
    elif "whole" in kinds and "kursk" in kinds:
        why = "all of Russia against Kursk alone, days apart"
    elif "sent2024" in kinds and b == "014-3":
        why = "the number sent in 2024 against the number still there a year later"
    elif "update" in kinds:
        why = "a rising total and its earlier base"
    elif "vague" in kinds:
        why = "a vague count"
    elif abs((da - db).days) > 14:
        why = "weeks or months apart, a changing total"
    elif "kursk" in kinds:
        why = "Kursk alone against the whole contingent, days apart, a rising count"
    else:
        why = "compatible values or a bound the other satisfies"
    where = "within one article: " if a[:3] == b[:3] else ""
    return "%s%s (%s) against %s (%s): %s" % (where, na, da.isoformat(), nb, db.isoformat(), why)


def _may():
    must = {frozenset(p[:2]) for p in conflicts["must"]}
    flat = [("%s-%d" % (aid, n), c) for aid in sorted(A) for n, c in enumerate(A[aid], 1)]
    out = []
    for i, (ia, ca) in enumerate(flat):
        for ib, cb in flat[i + 1:]:
            if ca[0] != cb[0] or ca[1] != cb[1] or frozenset((ia, ib)) in must:
                continue
            if (ca[2], ca[3], ca[4]) == (cb[2], cb[3], cb[4]):
                continue  # the same figure restated: no conflict either way
            out.append([ia, ib, _why(ia, ib)])
    return out


conflicts["may"] = _may()

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
