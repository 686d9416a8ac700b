#!/usr/bin/env python3
"""Gold labels for testdata/blind688 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind688/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine", "Kyiv"]
HUR = ["Ukraine's military intelligence", "HUR", "Defence Intelligence of Ukraine", "military intelligence", "Ukraine"]
KIRBY = ["John Kirby", "Kirby", "Admiral Kirby", "White House", "United States", "U.S.", "Washington"]
BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US", "Washington"]
PENTAGON = ["Pentagon", "Pentagon spokesman", "Department of Defense", "United States", "U.S.", "Washington"]
USOFF = ["U.S. officials", "US officials", "two U.S. officials", "United States", "U.S.", "Washington"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "A first contingent of about 1,500 special forces soldiers has already been shipped from the North's east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 3000, None, "at_least", KIRBY,
         "North Korea moved at least 3,000 soldiers into eastern Russia", False),
        # a reporter relays Seoul's first-wave figure
        ("troops", NK, 1500, None, "about", ["South Koreans", "South Korea", "Seoul"] + NIS,
         "The South Koreans say about 1,500 arrived in the first wave", False),
    ],
    "003": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers have moved to Russia's Kursk region near the Ukrainian border", False),
        # the whole of Russia, not Kursk alone
        ("troops", NK, 10000, None, "about", PENTAGON,
         "about 10,000 North Korean soldiers had been sent to eastern Russia for training", False),
    ],
    "004": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "put the number in the Kursk region, where Ukraine has held a pocket of Russian territory since August, at about 8,000", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers were already in the Kursk region", False),
        # the first group only
        ("troops", NK, 1500, None, "exact", NIS,
         "a vanguard of 1,500 special forces shipped to Vladivostok", False),
        # the commanders only: a part of the whole
        ("troops", NK, 3, None, "exact", HUR,
         "the contingent is commanded by three North Korean generals", False),
    ],
    "005": [
        ("troops", RU, 50000, None, "about", USOFF,
         "Russia has gathered a force of about 50,000 troops, among them North Korean soldiers", False),
        ("troops", NK, 10000, None, "more_than", USOFF,
         "the North Korean contingent in Russia now exceeds 10,000", False),
        ("troops", NK, 2000, 9000, "vague", USOFF,
         "thousands of the soldiers have moved into Kursk in recent weeks", True),
        ("troops", NK, 11000, None, "about", ["Ukrainian officials", "Ukraine", "Kyiv"],
         "about 11,000 North Korean troops are in the Kursk region", False),
    ],
    "006": [
        ("killed", NK, 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers have been killed in the Kursk region", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 wounded", False),
        ("casualties", NK, 200, 900, "vague", PENTAGON,
         'North Korean troops had suffered "several hundred" killed and wounded in Kursk', True),
        # one weekend's fighting for three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded in fighting for three villages", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers have already been killed or wounded in the Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean soldiers in Kursk had sustained around 1,100 casualties", False),
    ],
    "009": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered about eleven hundred casualties", False),
        ("troops", NK, 11000, None, "about", JCS,
         "North Korea has deployed roughly eleven thousand troops to Russia in total", False),
    ],
    "011": [
        ("captured", NK, 2, None, "exact", ZEL + NIS,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
        ("killed", NK, 300, None, "about", LEE,
         "some 300 North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "about 2,700 wounded", False),
        # Zelensky's December figure, restated three weeks later
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "Zelensky had put the number of North Korean dead and wounded at more than 3,000", False),
        ("troops", NK, 11000, 12000, "range", ["South Korean and Western estimates", "South Korea", "Western officials", "Western estimates"],
         "North Korea is believed to have sent between 11,000 and 12,000 soldiers to Russia", False),
    ],
    "012": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russian General Staff", "Russia", "Moscow"],
         "the Ukrainian armed forces lost more than 76,000 servicemen in the Kursk direction", False),
    ],
    "014": [
        ("troops", NK, 10000, None, "more_than", U,
         "North Korea sent more than 10,000 soldiers to Russia from October 2024", False),
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has sent some 1,500 special forces to Russia's Far East", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean troops are in Russia's Kursk region", False),
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers have been killed or wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Kursk", False),
        ("killed", NK, 300, None, "about", NIS,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "some 2,700 wounded", False),
        ("casualties", NK, 4000, None, "about", HUR,
         "puts North Korean losses at about 4,000 killed and wounded", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", ["Seoul", "South Korea"] + NIS + ["Joint Chiefs of Staff", "JCS"],
         "North Korea has sent about 3,000 more soldiers to Russia as reinforcements", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have died in the war", False),
        # the earlier figure, quoted as the base of the rise: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS,
         "up from roughly 600 it estimated in April", False),
        ("troops", NK, 10000, None, "about", NIS,
         "About 10,000 North Korean troops remain deployed in Russian border areas", False),
    ],
}

NOT = {
    "000": ["KOSPI 2,593.34", "USD/KRW 1,368.90", "Oct. 8", "some 12,000 soldiers in all",
            "around 1.2 million active personnel", "Oct. 13", "9.1 trillion won", "Three killed, eight hurt",
            "32,000 runners", "30th straight week"],
    "001": ["1:38 P.M. EDT", "more than 7,000 federal personnel", "over $1.2 billion",
            "three Russian military training sites", "as many as 12,000 going eventually", "about 100 U.S. troops",
            "2:21 P.M. EDT"],
    "003": ["Nikkei 225 38,053.67", "USD/JPY 152.03", "3 min read", '"2+2"', "The four discussed",
            "record low 727,277", "0.25%", "1 million vehicles"],
    "004": ["Three weeks after", "Reading time 5 min.", "Four days later", "expected the total to reach 12,000",
            "early twenties", "fourth article", "the 2,000 residents who stayed behind"],
    "005": ["10:20 AM EST", "two U.S. officials", "Aug. 6", "about 1,300 square kilometers (500 square miles)",
            "34 drones", "2 killed, 19 hurt", "$425 million"],
    "006": ["Issue #147", "6 min read", "Join 18,400 readers", "-7°C", "Dec. 27", "three villages",
            "2,404.15", "past 1,450 to the dollar", "Fourteen residents", "1.9%", "30% off", "the 27th"],
    "008": ["16,212 readers", "10:14 p.m.", "nearly triple", "61 of 85 Russian drones", "Another 22",
            "Russia has lost 780,000 troops since 2022", "9 things to know"],
    "009": ["Segment 3 of 9", "Duration 02:14", "240-millimeter multiple rocket launchers",
            "170-millimeter self-propelled guns", "KOSPI 2,442.01", "5 firefighters hurt", "-5°C",
            "9 changes to know"],
    "011": ["thousands of times", "January 9", "20 years old", "aged 26",
            "1,000 North Korean troops marching in Moscow", "a 2020 rehearsal", "40% of its farmland"],
    "012": ["Views: 5,113", "June 2024", "hundreds of tanks", "up to 1,235 troops in special military operation zone",
            "115 Ukrainian drones"],
    "014": ["Reading time: 4 min", "plans to send about 12,000 in all", "April 26-28",
            "1,000 sappers and 5,000 military builders", "falls by record 908,574", "2 ballistic missiles"],
}

OFF = ["002", "007", "013"]
DUP = {"010": "005"}

conflicts = {
    "must": [
        ["003-1", "004-2", "about 8,000 in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
        ["004-1", "004-2", "within one explainer: Blinken's about 8,000 against Zelensky's 11,000 in Kursk, four days apart, set against each other"],
        ["008-1", "008-2", "within one live blog: more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), the same day"],
        ["008-1", "009-1", "more than 3,000 casualties (Zelensky, Dec 23) against about eleven hundred (JCS on Arirang, Dec 23), the same day"],
    ],
    "may": [],
}

# may: every other pair of the same metric and subject, with the reason it is defensible either way
FIRST = "the first group of 1,500 against a later or larger count"
ADD = "about 3,000 reinforcements: an additional force, not the total"
REMAIN = "about 10,000 remaining in Dec 2025 against an earlier count, a year apart"
PART3 = "three generals: a part of the whole contingent"
VAGUE = "'thousands' in Kursk (vague, optional) against another count"
YEAR = "the same figure restated a year later in a timeline against a 2024 figure"
may = conflicts["may"]
troops = ["000-1", "001-1", "001-2", "003-1", "003-2", "004-1", "004-2", "004-3", "004-4", "005-2", "005-3", "005-4",
          "009-2", "011-5", "014-1", "014-2", "014-3", "014-9", "014-13"]
reasons = {}
for c in ("000-1", "001-2", "004-3", "014-2"):
    reasons[c] = FIRST
reasons["014-9"] = ADD
reasons["014-13"] = REMAIN
reasons["004-4"] = PART3
reasons["005-3"] = VAGUE
val = {"000-1": 1500, "001-2": 1500, "004-3": 1500, "014-2": 1500, "001-1": 3000, "003-1": 8000, "004-1": 8000,
       "003-2": 10000, "004-2": 11000, "005-2": 10000, "005-4": 11000, "009-2": 11000, "011-5": 11000,
       "014-1": 10000, "014-3": 11000, "014-9": 3000, "014-13": 10000, "004-4": 3, "005-3": 2000}
must_keys = {frozenset(p[:2]) for p in conflicts["must"]}
# pairs that are plainly the same figure or a bound the other satisfies, and so no conflict at all
SAME = {frozenset(p) for p in [
    ("000-1", "001-2"), ("000-1", "004-3"), ("000-1", "014-2"), ("001-2", "004-3"), ("001-2", "014-2"), ("004-3", "014-2"),
    ("003-1", "004-1"), ("004-2", "005-4"), ("004-2", "009-2"), ("004-2", "014-3"), ("005-4", "009-2"), ("005-4", "014-3"),
    ("009-2", "014-3"), ("003-2", "014-13"), ("005-2", "014-1"),
    ("001-1", "003-1"), ("001-1", "003-2"), ("001-1", "004-1"), ("001-1", "004-2"), ("001-1", "005-2"), ("001-1", "005-4"),
    ("001-1", "009-2"), ("001-1", "011-5"), ("001-1", "014-1"), ("001-1", "014-3"), ("001-1", "014-13"),
    ("005-2", "004-2"), ("005-2", "005-4"), ("005-2", "009-2"), ("005-2", "011-5"), ("005-2", "014-3"),
    ("014-1", "004-2"), ("014-1", "005-4"), ("014-1", "009-2"), ("014-1", "011-5"), ("014-1", "014-3"),
]}
SPECIFIC = {
    frozenset(("003-1", "003-2")): "about 8,000 in Kursk against about 10,000 in Russia as a whole: a part against the whole",
    frozenset(("003-1", "005-4")): "about 8,000 (Blinken, Oct 31) against about 11,000 (Ukrainian officials, Nov 11), eleven days apart while the count was rising",
    frozenset(("004-1", "005-4")): "Blinken's Oct 31 figure of about 8,000 against about 11,000 (Nov 11) while the count was rising",
    frozenset(("003-1", "005-2")): "about 8,000 in Kursk against more than 10,000 in Russia as a whole",
    frozenset(("004-1", "005-2")): "about 8,000 in Kursk against more than 10,000 in Russia as a whole",
    frozenset(("003-1", "009-2")): "about 8,000 (Oct 31) against about eleven thousand (Dec 23), seven weeks apart",
    frozenset(("004-1", "009-2")): "about 8,000 (Oct 31) against about eleven thousand (Dec 23), seven weeks apart",
    frozenset(("003-1", "011-5")): "about 8,000 in Kursk (Oct) against 11,000-12,000 sent in all (Jan)",
    frozenset(("004-1", "011-5")): "about 8,000 in Kursk (Oct) against 11,000-12,000 sent in all (Jan)",
    frozenset(("003-1", "014-1")): "about 8,000 (Oct 2024) against more than 10,000 sent in all, a timeline a year later",
    frozenset(("004-1", "014-1")): "about 8,000 (Oct 2024) against more than 10,000 sent in all, a timeline a year later",
    frozenset(("003-1", "014-3")): "about 8,000 (Blinken, Oct 31) against Zelensky's 11,000 of Nov 4 restated in a timeline a year later",
    frozenset(("004-1", "014-3")): "about 8,000 (Blinken, Oct 31) against Zelensky's 11,000 of Nov 4 restated in a timeline a year later",
    frozenset(("003-2", "004-1")): "about 10,000 in Russia as a whole against about 8,000 in Kursk: the whole against a part",
    frozenset(("003-2", "004-2")): "about 10,000 in Russia (Pentagon, Oct 28) against 11,000 in Kursk (Nov 4): the whole against a part, days apart",
    frozenset(("003-2", "005-4")): "about 10,000 in Russia (Oct 28) against about 11,000 in Kursk (Nov 11)",
    frozenset(("003-2", "009-2")): "about 10,000 (Oct 28) against about eleven thousand (Dec 23), weeks apart",
    frozenset(("003-2", "011-5")): "about 10,000 (Oct 28) against 11,000-12,000 (Jan), months apart",
    frozenset(("003-2", "014-3")): "about 10,000 in Russia (Oct 28) against 11,000 in Kursk restated a year later",
    frozenset(("003-2", "005-2")): "about 10,000 (Oct 28) against more than 10,000 (Nov 11), a rising count",
    frozenset(("003-2", "014-1")): "about 10,000 against more than 10,000 sent in all, a year apart",
    frozenset(("004-2", "011-5")): "11,000 (Nov) against 11,000-12,000 (Jan)",
    frozenset(("005-4", "011-5")): "about 11,000 (Nov) against 11,000-12,000 (Jan)",
    frozenset(("009-2", "011-5")): "about eleven thousand against 11,000-12,000, three weeks apart",
    frozenset(("011-5", "014-3")): "11,000-12,000 (Jan 2025) against 11,000 restated a year later",
}
for i, a in enumerate(troops):
    for b in troops[i + 1:]:
        k = frozenset((a, b))
        if k in must_keys or k in SAME:
            continue
        if k in SPECIFIC:
            r = SPECIFIC[k]
        elif a in reasons or b in reasons:
            r = reasons[a] if a in reasons else reasons[b]
            if a in reasons and b in reasons and reasons[a] != reasons[b]:
                r = reasons[a] + "; " + reasons[b]
        elif a == "001-1" or b == "001-1":
            r = "at least 3,000 (Oct 23) against another count"
        else:
            raise SystemExit("no reason for %s/%s" % (a, b))
        may.append([a, b, r])

may += [
    # casualties
    ["006-3", "008-1", "several hundred (Pentagon, Dec 16-17, vague) against more than 3,000 (Dec 23), a week apart"],
    ["006-3", "008-2", "several hundred (vague) against about 1,100, a week apart"],
    ["006-3", "009-1", "several hundred (vague) against about eleven hundred, a week apart"],
    ["006-3", "011-4", "several hundred (vague) against more than 3,000"],
    ["006-3", "014-4", "several hundred (vague) against more than 3,000 restated a year later"],
    ["006-3", "014-8", "several hundred (Dec) against about 4,000 (late Jan), a rising total"],
    ["006-3", "014-10", "several hundred (Dec) against about 4,700 (Apr), months apart"],
    ["006-3", "006-4", "several hundred against at least 30 in one battle: a part"],
    ["006-4", "008-1", "at least 30 in one battle: a part against the whole"],
    ["006-4", "008-2", "at least 30 in one battle: a part against the whole"],
    ["006-4", "009-1", "at least 30 in one battle: a part against the whole"],
    ["006-4", "011-4", "at least 30 in one battle: a part against the whole"],
    ["006-4", "014-4", "at least 30 in one battle: a part against the whole"],
    ["006-4", "014-8", "at least 30 in one battle: a part against the whole"],
    ["006-4", "014-10", "at least 30 in one battle: a part against the whole"],
    ["011-4", "008-2", "Zelensky's late-December figure restated in January against about 1,100 (JCS, Dec 23)"],
    ["011-4", "009-1", "Zelensky's late-December figure restated in January against about eleven hundred (JCS, Dec 23)"],
    ["014-4", "008-2", "Zelensky's Dec 23 figure restated a year later against about 1,100 (JCS, Dec 23)"],
    ["014-4", "009-1", "Zelensky's Dec 23 figure restated a year later against about eleven hundred (JCS, Dec 23)"],
    ["014-8", "008-1", "about 4,000 (late Jan) against more than 3,000 (Dec 23), a rising total"],
    ["014-8", "008-2", "about 4,000 (late Jan) against about 1,100 (Dec 23), five weeks apart"],
    ["014-8", "009-1", "about 4,000 (late Jan) against about eleven hundred (Dec 23), five weeks apart"],
    ["014-8", "011-4", "about 4,000 (late Jan) against more than 3,000 (Dec), a rising total"],
    ["014-8", "014-4", "within the timeline: about 4,000 (late Jan) against more than 3,000 (Dec 23), a rising total"],
    ["014-8", "014-10", "within the timeline: about 4,000 (HUR, late Jan) against about 4,700 (NIS, Apr 30), months apart"],
    ["014-10", "008-1", "about 4,700 (Apr) against more than 3,000 (Dec), months apart"],
    ["014-10", "008-2", "about 4,700 (Apr) against about 1,100 (Dec), months apart"],
    ["014-10", "009-1", "about 4,700 (Apr) against about eleven hundred (Dec), months apart"],
    ["014-10", "011-4", "about 4,700 (Apr) against more than 3,000 (Dec), months apart"],
    ["014-10", "014-4", "within the timeline: about 4,700 (Apr) against more than 3,000 (Dec), a rising total"],
    # killed: a rising total
    ["006-1", "011-2", "at least 100 (Dec 19) against some 300 (Jan 13), a rising total"],
    ["006-1", "014-6", "at least 100 (Dec 19) against about 300 (Jan 13), a rising total"],
    ["006-1", "014-11", "at least 100 (Dec 2024) against about 2,000 (Sep 2025), months apart"],
    ["006-1", "014-12", "at least 100 (Dec 2024) against roughly 600 (Apr 2025), months apart"],
    ["011-2", "014-11", "some 300 (Jan) against about 2,000 (Sep), months apart"],
    ["011-2", "014-12", "some 300 (Jan) against roughly 600 (Apr), months apart"],
    ["014-6", "014-11", "within the timeline: about 300 (Jan) against about 2,000 (Sep), a rising total"],
    ["014-6", "014-12", "within the timeline: about 300 (Jan) against roughly 600 (Apr), a rising total"],
    ["014-11", "014-12", "about 2,000 (Sep) up from roughly 600 (Apr): an update, not a conflict"],
    # wounded: a rising total
    ["006-2", "011-3", "nearly 1,000 (Dec 19) against about 2,700 (Jan 13), a rising total"],
    ["006-2", "014-7", "nearly 1,000 (Dec 19) against some 2,700 (Jan 13), a rising total"],
]

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
