#!/usr/bin/env python3
"""Gold labels for testdata/blind738 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind738/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine"]
BUD = ["Kyrylo Budanov", "Budanov"] + HUR
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]
KIRBY = ["John Kirby", "Kirby", "White House", "United States", "U.S.", "US", "Washington"]
USO = ["U.S. officials", "US officials", "United States", "U.S.", "US", "Washington"]
GS = ["General Staff", "Ukraine's General Staff", "Ukraine", "Kyiv"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "Around 1,500 special operations troops were carried to Vladivostok", False),
        # one group photographed at one training ground: a part of the whole
        ("troops", NK, 400, 500, "range", NIS,
         "what it said were 400 to 500 North Korean soldiers at a training ground in Ussuriysk", False),
    ],
    "001": [
        ("troops", NK, 3000, None, "about", KIRBY,
         "somewhere around 3,000 of them, by our count", False),
        # the first group, a week earlier
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 special forces soldiers had already gone", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "about", BUD,
         "Roughly eleven thousand of them, infantrymen, are going through training in the east of Russia right now", False),
        ("troops", NK, 3000, None, "about", KIRBY,
         "it counted about three thousand North Korean soldiers in eastern Russia", False),
        # officers only: a part of the whole
        ("troops", NK, 500, None, "about", HUR,
         "the force includes around 500 officers", False),
    ],
    "003": [
        # the base of a rising estimate, restated
        ("troops", NK, 3000, None, "about", USO,
         "U.S. officials spoke of about 3,000 soldiers", False),
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Singh", "Pentagon", "United States", "U.S.", "US"],
         "Sabrina Singh put the total at about 10,000", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "Secretary of State", "United States", "U.S.", "US"],
         "roughly 8,000 of them were in the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL + ["Ukrainian intelligence"],
         "11,000 North Korean soldiers were now in Kursk", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about", JCS,
         "About 1,100 North Korean soldiers have been killed or wounded in combat against Ukrainian forces", False),
        ("killed", NK, 100, None, "at_least", LEE,
         "At least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", NK, 200, 900, "vague", ["senior U.S. military official", "U.S. military official", "Pentagon", "United States", "U.S.", "US"],
         "the losses among the North Koreans ran to several hundred killed and wounded", True),
        ("troops", NK, 11000, None, "about", ["Ukrainian and South Korean intelligence", "Ukrainian intelligence", "South Korean intelligence", "Ukraine", "South Korea"],
         "North Korea has deployed around 11,000 troops to Kursk Oblast", False),
        ("casualties", RU, 775000, None, "about", GS,
         "Russia has lost roughly 775,000 troops, killed and wounded", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "South Korea's Joint Chiefs of Staff put the toll at about 1,100", False),
        ("casualties", RU, 1870, None, "exact", GS,
         "Russia lost 1,870 soldiers killed and wounded over the past 24 hours", False),
    ],
    "009": [
        ("casualties", NK, 3000, None, "more_than", NIS,
         "North Korean casualties in the Kursk region have now exceeded three thousand", False),
        ("killed", NK, 300, None, "about", LEE,
         "roughly 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "his forces had taken two North Korean soldiers alive in Kursk", False),
    ],
    "011": [
        ("troops", NK, 11000, None, "about", U + NIS,
         "The first contingent, some 11,000 soldiers drawn largely from the 11th Corps", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "a second wave of roughly 3,000 reinforcements", False),
        ("troops", NK, 14000, 15000, "range", U + ["Asan Institute", "Han Jae-young"] + JCS,
         "somewhere between 14,000 and 15,000", False),
        ("casualties", NK, 4000, None, "more_than", HUR,
         "North Korean losses had topped 4,000 killed and wounded", False),
        ("casualties", NK, 4700, None, "about", JCS + NIS,
         "about 4,700 killed and wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "some 600 had been killed", False),
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "Ukraine had lost more than 76,000 troops in the Kursk region", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed in the Kursk campaign", False),
        # the April figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 in its April count", False),
        ("troops", NK, 10000, None, "about", NIS,
         "the figure of ten thousand troops still posted along the border", False),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range", U,
         "some 10,000-12,000 North Korean soldiers have fought, died and in some cases stayed on in the Kursk region", False),
        ("troops", NK, 1500, None, "about", NIS,
         "a first group of around 1,500 special forces has been shipped to Vladivostok", False),
        ("troops", RU, 50000, None, "about", USO,
         "Russia has massed about 50,000 of its own troops", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukraine has captured two North Korean soldiers", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have died in the fighting", False),
        ("troops", NK, 10000, None, "about", NIS,
         "roughly 10,000 North Korean troops remain deployed along the Russian border", False),
        # a separate construction contingent
        ("troops", NK, 5000, None, "up_to", NIS,
         "as many as 5,000 military builders are arriving in stages", False),
        # deminers only: a part of the whole, a vague count
        ("killed", NK, 2, 5, "vague", ["Korean Central News Agency", "KCNA", "state media", "North Korea"],
         "a few of the deminers sent to Kursk were killed clearing mines", True),
    ],
}

NOT = {
    "000": ["some 12,000 soldiers, or four brigades", "between Oct. 8 and 13", "three escort vessels",
            "more than 8 million artillery and mortar rounds", "11th Corps", "Comments (27)", "1,380 per dollar",
            "3 workers killed, 12 hurt in Incheon logistics center fire", "4.9 million viewers", "150 won"],
    "001": ["thousands more", "12,000 in total", "Zelenskyy says 10,000 North Korean soldiers being readied for Ukraine",
            "Aug. 6", "12th week"],
    "002": ["nearly four times that", "14 people were injured, among them two children", "80 percent",
            "Up to 14 degrees", "Running time 27:55", "25.6 MB", "1,873 listens", "by the first of November"],
    "003": ["the gap of some 3,000 soldiers", "about 12,000 in all", "$1,000 to $2,000 per soldier a month",
            "about 1,000 square kilometers (390 square miles)", "Comments (1,214)",
            "At 22, she commands a drone unit of 30 soldiers", "1.5 million drones", "The 700-mile front line"],
    "004": ["KOSPI 2,442.01", "USD/KRW 1,451.90", "240-millimeter", "170-millimeter",
            "NIS says 100 North Koreans dead in Kursk, 1,000 hurt", "3 more duck farms", "Dec. 27"],
    "005": ["Dec. 19, 2024", "Aug. 6", "five years", "Join 15,400 members", "4 months on",
            "Russian strike on Kryvyi Rih injures 13, including 3 children", "another 90 days", "3 min read"],
    "007": ["59 Ukrainian drones", "around 200 people spent the night", "day 1,035", "Freeview channel 233",
            "21.3 million car journeys"],
    "009": ["aged 20", "KOSPI 2,491.81", "USD/KRW 1,470.80", "73.1 CASES PER 1,000 OUTPATIENTS",
            "2.1 MILLION TRAVELERS", "Views 3,412", "two days after",
            "One soldier who was about to be taken prisoner"],
    "011": ["No. 2025-07", "1.3 MB", "12 pages", "ISSN 2288-4726", "11th Corps", "22 years",
            "The 600,000-strong reserve", "13 November 2024", "six months of official denial"],
    "012": ["1,000 sappers and 5,000 military builders", "14,302 plays", "25% off",
            "The 28,500: what a US troop cut would mean for Seoul", "2,000 km",
            "Could 50,000 North Korean workers rebuild Kursk?", "Comments (38)", "48 min"],
    "014": ["1,000 sappers and 5,000 military builders", "after 120 days",
            "Seoul says 2 North Korean POWs want to go to the South", "43-billion-euro", "Fourteen months"],
}

OFF = ["006", "010", "013"]
DUP = {"008": "001"}

must = [
    ["001-1", "002-1", "about 3,000 North Korean troops in Russia (White House's Kirby, Oct 23) against roughly eleven thousand (HUR's Budanov, Oct 24), a day apart"],
    ["002-2", "002-1", "within one broadcast: the White House's about three thousand set against Budanov's roughly eleven thousand, a day apart"],
    ["003-3", "003-4", "within one explainer: roughly 8,000 North Koreans in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 5), five days apart"],
    ["004-1", "005-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 (Zelensky, Dec 23), the same day"],
    ["007-2", "007-1", "within one live blog: JCS's about 1,100 against Zelensky's more than 3,000, the same day"],
]

# What each claim is, for the reasons of the may pairs: (when it was reported, what it counts, kind).
# kind: total, first (a first group), part (one unit or group), extra (reinforcements or a separate
# contingent), remain (those still there a year on), vague.
META = {
    "000-1": ("Oct 18 2024", "a first group of about 1,500 (NIS)", "first"),
    "000-2": ("Oct 18 2024", "400-500 at one training ground (NIS)", "part"),
    "001-1": ("Oct 23 2024", "about 3,000 in Russia (Kirby)", "total"),
    "001-2": ("Oct 18 2024", "a first group of about 1,500 (NIS, restated)", "first"),
    "002-1": ("Oct 24 2024", "about 11,000 training in Russia's east (Budanov)", "total"),
    "002-2": ("Oct 23 2024", "about 3,000 (White House, restated)", "total"),
    "002-3": ("Oct 24 2024", "about 500 officers (HUR)", "part"),
    "003-1": ("Oct 23 2024", "about 3,000 (US officials, restated)", "total"),
    "003-2": ("Oct 28 2024", "about 10,000 in Russia (Pentagon)", "total"),
    "003-3": ("Oct 31 2024", "about 8,000 in Kursk (Blinken)", "total"),
    "003-4": ("Nov 5 2024", "11,000 in Kursk (Zelensky)", "total"),
    "005-3": ("Dec 23 2024", "about 11,000 in Kursk (Ukrainian and South Korean intelligence)", "total"),
    "011-1": ("Oct 2024", "a first contingent of about 11,000", "total"),
    "011-2": ("Jan-Feb 2025", "about 3,000 reinforcements (JCS)", "extra"),
    "011-3": ("May 2025", "14,000-15,000 sent in all", "total"),
    "012-3": ("Sep 2025", "about 10,000 still posted on the border (NIS)", "remain"),
    "014-1": ("Dec 2025", "10,000-12,000 who went in all", "total"),
    "014-2": ("Oct 18 2024", "a first group of about 1,500 (NIS, restated)", "first"),
    "014-6": ("Nov 2025", "about 10,000 remaining on the border (NIS)", "remain"),
    "014-7": ("Nov 2025", "up to 5,000 military builders arriving (NIS)", "extra"),
    "004-1": ("Dec 23 2024", "about 1,100 casualties (JCS)", "total"),
    "005-1": ("Dec 23 2024", "more than 3,000 casualties (Zelensky)", "total"),
    "005-2": ("Dec 16-17 2024", "several hundred casualties (Pentagon, vague)", "vague"),
    "007-1": ("Dec 23 2024", "more than 3,000 casualties (Zelensky, restated)", "total"),
    "007-2": ("Dec 23 2024", "about 1,100 casualties (JCS, restated)", "total"),
    "009-1": ("Jan 13 2025", "more than 3,000 casualties (NIS)", "total"),
    "011-4": ("early Feb 2025", "more than 4,000 casualties (HUR)", "total"),
    "011-5": ("Mar-Apr 2025", "about 4,700 casualties (JCS, NIS)", "total"),
    "004-2": ("Dec 19 2024", "at least 100 killed (NIS)", "total"),
    "009-2": ("Jan 13 2025", "about 300 killed (NIS)", "total"),
    "011-6": ("Apr 30 2025", "about 600 killed (NIS)", "total"),
    "012-1": ("Sep 2025", "about 2,000 killed (NIS)", "total"),
    "012-2": ("Apr 2025", "about 600 killed (NIS, the base of the rise)", "total"),
    "014-5": ("Sep 2025", "about 2,000 killed (NIS, restated)", "total"),
    "014-8": ("Dec 2025", "a few deminers killed (KCNA, vague)", "part"),
    "004-3": ("Dec 19 2024", "nearly 1,000 wounded (NIS)", "total"),
    "009-3": ("Jan 13 2025", "about 2,700 wounded (NIS)", "total"),
    "005-4": ("Dec 23 2024", "about 775,000 Russian casualties since 2022 (General Staff)", "total"),
    "007-3": ("Dec 24 2024", "1,870 Russian casualties in one day (General Staff)", "part"),
}

# The two must pairs across articles, restated later: a repeat, not a new disagreement.
RESTATED = {frozenset(("003-1", "002-1")), frozenset(("004-1", "007-1")), frozenset(("005-1", "007-2"))}
# Pairs whose reason the rules below would not give.
OVERRIDE = {
    frozenset(("003-2", "003-3")): "the Kursk figure is a part of the total in Russia",
    frozenset(("003-2", "003-4")): "all of Russia against Kursk alone, a week apart: compatible within rounding or a rising count",
    frozenset(("002-1", "003-3")): "training in the Far East against those already in Kursk, a week apart",
}


def may_pairs():
    claims = {}
    for aid, cl in A.items():
        for n, c in enumerate(cl, 1):
            claims["%s-%d" % (aid, n)] = c
    done = {frozenset(p[:2]) for p in must}
    ids = sorted(claims)
    out = []
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            ca, cb = claims[a], claims[b]
            if (ca[0], ca[1]) != (cb[0], cb[1]) or frozenset((a, b)) in done:
                continue
            if ca[2] == cb[2] and ca[3] == cb[3]:
                continue  # the same figure twice: no disagreement at all
            (wa, da, ka), (wb, db, kb) = META[a], META[b]
            if frozenset((a, b)) in OVERRIDE:
                why = OVERRIDE[frozenset((a, b))]
            elif frozenset((a, b)) in RESTATED:
                why = "a later restatement of a disagreement already told (its first pair is must)"
            elif "part" in (ka, kb):
                why = "a part against the whole"
            elif "extra" in (ka, kb):
                why = "an additional or separate force"
            elif "first" in (ka, kb):
                why = "a first group against a later or larger total"
            elif "remain" in (ka, kb):
                why = "those still there against those sent, months apart"
            elif "vague" in (ka, kb):
                why = "a vague count against a figure"
            elif wa == wb:
                why = "compatible within rounding or a bound the other satisfies"
            else:
                why = "different dates: a rising total, or compatible within rounding"
            out.append([a, b, "%s (%s) against %s (%s): %s" % (da, wa, db, wb, why)])
    return out


conflicts = {"must": must, "may": may_pairs()}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
