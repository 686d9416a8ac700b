#!/usr/bin/env python3
"""Gold labels for testdata/blind740 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind740/articles: fifteen articles written in our own words about "
         "the real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency",
       "South Korean intelligence", "Seoul", "South Korea"]
LEE = ["Lee Seong-kweun", "Rep. Lee Seong-kweun"] + NIS
USA = ["United States", "US", "U.S.", "Washington"]
PENT = ["Pentagon", "Department of Defense", "U.S. Department of Defense", "Pentagon spokesman"] + USA
SINGH = ["Sabrina Singh", "Singh"] + PENT
BLINKEN = ["Antony Blinken", "Blinken", "US Secretary of State", "State Department"] + USA
AUSTIN = ["Lloyd Austin", "Austin", "Defense Secretary"] + PENT
NYT = ["US officials", "U.S. officials", "The New York Times", "New York Times"] + USA
WEST = ["Western officials", "Western estimates", "Western governments"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Zelenskiy", "Ukrainian President", "Ukraine", "Kyiv"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "military intelligence",
       "Ukraine", "Kyiv"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea's military",
       "South Korean military", "South Korea", "Seoul"]
RUMOD = ["Russia's defence ministry", "Russian Defence Ministry", "Russian defence ministry",
         "Ministry of Defence of Russia", "Russia", "Moscow"]
GERAS = ["Valery Gerasimov", "Gerasimov", "chief of the general staff", "Russian General Staff", "Russia", "Moscow"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang", "Kim Jong Un"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has shipped about 1,500 special forces soldiers to Russia's Far East", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", SINGH,
         "North Korea has sent around 10,000 soldiers in total to train in eastern Russia", False),
        # the figure of the week before, quoted as the base of the rise: an update
        ("troops", NK, 3000, None, "at_least", SINGH + ["White House"],
         "Last week we said at least 3,000 had arrived", False),
    ],
    "003": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "About 8,000 North Korean soldiers have moved into Russia's Kursk region", False),
        # Russia as a whole: the whole against Blinken's Kursk part
        ("troops", NK, 10000, None, "about", AUSTIN,
         "roughly 10,000 North Korean soldiers were in Russia as a whole", False),
    ],
    "004": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand North Korean soldiers in Russia's Kursk region", False),
        # officers only: a part of the whole contingent
        ("troops", NK, 500, None, "up_to", HUR,
         "the North Korean contingent includes as many as 500 officers", False),
    ],
    "005": [
        ("troops", NK, 8000, None, "about", BLINKEN,
         "roughly 8,000 North Korean soldiers were in the Kursk region", False),
        ("troops", NK, 10000, None, "about", PENT,
         "the Pentagon had put the number in Russia as a whole at around 10,000", False),
        # the speaker is named in the next sentence
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in the Kursk region.", False),
        # the first group only
        ("troops", NK, 1500, None, "about", NIS,
         "counted some 1,500 special forces in a first group", False),
        ("troops", NK, 10000, 12000, "range", WEST,
         "Estimates of the whole force that Western officials give off the record fall between 10,000 and 12,000", False),
        ("troops", RU, 50000, None, "about", NYT,
         "Russia had massed about 50,000 of its own soldiers for a counteroffensive", False),
    ],
    "007": [
        ("killed", NK, 100, None, "at_least", LEE,
         "North Korea has lost at least 100 soldiers killed in combat", False),
        ("wounded", NK, 1000, None, "about", LEE,
         "nearly 1,000 more have been wounded", False),
        ("casualties", NK, 200, 900, "vague", PENT,
         'North Korean soldiers had suffered "several hundred" casualties', True),
        # one weekend's fighting near three villages: a part of the whole
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "008": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "The number of North Korean soldiers killed and wounded in Russia's Kursk region has topped 3,000", False),
    ],
    "009": [
        # repeated in the 16.02 post ("already exceeds three thousand"): labelled once
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded in Russia's Kursk region", False),
        # repeated in the 10.05 post: labelled once
        ("casualties", NK, 1100, None, "about", JCS,
         "putting North Korean casualties at about 1,100", False),
        ("casualties", UA, 45000, None, "more_than", RUMOD,
         "Ukraine had lost more than 45,000 servicemen in the Kursk region since August", False),
    ],
    "011": [
        ("killed", NK, 300, None, "about", LEE,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "have been killed and 2,700 wounded", False),
        # the December figure, quoted as the base of the rise: an update
        ("killed", NK, 100, None, "at_least", NIS,
         "up from at least 100 dead the agency reported in December", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces captured two North Korean soldiers in Kursk", False),
    ],
    "013": [
        ("casualties", UA, 76000, None, "more_than", GERAS,
         "Ukraine's losses in the region had exceeded 76,000 servicemen", False),
        ("troops", NK, 11000, 12000, "range", U,
         "Estimates of the first deployment have settled at 11,000-12,000", False),
        # reinforcements: an additional force
        ("troops", NK, 3000, None, "about", JCS,
         "Pyongyang sent about 3,000 more soldiers as reinforcements", False),
        # also in the key points ("about 4,700 North Korean casualties, about 600 of them killed"): labelled once
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "including about 600 dead", False),
        ("casualties", NK, 4000, None, "more_than", HUR,
         "North Korean losses had exceeded 4,000", False),
        # the timeline
        ("troops", NK, 11000, None, "exact", ZEL,
         "Zelensky says 11,000 North Korean soldiers are in the Kursk region", False),
        ("captured", NK, 2, None, "exact", U,
         "Two North Korean soldiers are captured by Ukrainian forces", False),
    ],
    "014": [
        # one engineering regiment only: a part of the whole
        ("killed", NK, 9, None, "exact", KCNA,
         "portraits of nine members of the unit who were killed during the deployment", False),
        # builders, a separate contingent; vague
        ("troops", NK, 2000, 9000, "vague", NIS,
         "thousands of those builders have since arrived", True),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
        # the April figure, quoted as the base of the rise: an update
        ("killed", NK, 600, None, "about", NIS,
         "up from around 600 in its estimate in April", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean troops remain deployed in Russian territory", False),
    ],
}

NOT = {
    "000": ["3 min read", "between October 8 and 13", "four brigades, some 12,000 soldiers",
            "getting 10,000 soldiers ready", "less than 30 kilometres",
            "some 1.2 million active-duty personnel", "more than 13,000 containers",
            "kills more than 140", "Boeing to cut 17,000 jobs", "10 millionth visitor"],
    "002": ["2:04 PM", "56th Security Consultative Meeting", "The two leaders", "Tower 22", "as many as 12,000",
            "roughly 100 U.S. soldiers", "killed three U.S. soldiers", "U.S. Marines, 2,300 Strong",
            "Audio: 37:14", "112 KB"],
    "003": ["Nov. 1, 2024 - 09:12", "two-plus-two", "The four ministers", "56th Security Consultative Meeting",
            "2,556.15", "Some 6,500 police officers", "29-year-old", "40,000 to Seoul Olympic Stadium",
            "a fourth straight month"],
    "004": ["Views 2,971", "five training grounds", "October 30",
            "Enemy losses in Ukraine reach 705,130 personnel, 1,250 in past day",
            "12 communities, two civilians injured"],
    "005": ["6 min read", "Nearly four weeks", "up to 12,000 soldiers could eventually be sent",
            "differ by 3,000 soldiers", "about 600 square kilometres", "Subscribers' comments (37)",
            "Some 4,000 police"],
    "007": ["170mm self-propelled guns", "240mm multiple rocket launchers", "near three villages",
            "some 1.2 million", "2,435.93", "Dec. 27", "Four dead, 11 injured", "7 episodes"],
    "008": ["hundreds of square kilometres", "42 drones, 20 of which were shot down over eight regions",
            "2:14 AM GMT"],
    "009": ["Comments (1,204)", "6 August", "42 drones overnight; 20 were shot down and 22",
            "240mm rocket launchers", "2.1m cars", "Two killed as storm"],
    "011": ["Issue No. 1,047", "39,190.40", "2,489.56", "one of the men is 20 and the other 26",
            "rose to 24", "33%"],
    "013": ["No. 25-14", "12 pages", "April 26-28", "500,000 barrels a year", "24 years",
            "9 million rounds", "1 in 3 Storm Corps soldiers"],
    "014": ["about 120 days", "1,000 sappers and 5,000 military builders", "4,090.12", "10 minutes late",
            "1,300 extra snow-clearing workers"],
}

OFF = ["001", "006", "012"]
DUP = {"010": "008"}

# Every claim's short description, for the may reasons below.
D = {
    "000-1": "NIS first group of about 1,500 (Oct 18 2024)",
    "002-1": "Pentagon about 10,000 in Russia (Oct 28 2024)",
    "002-2": "Pentagon at least 3,000 (the week before Oct 28)",
    "003-1": "Blinken about 8,000 in Kursk (Oct 31 2024)",
    "003-2": "Austin about 10,000 in Russia as a whole (Oct 31 2024)",
    "004-1": "Zelensky 11,000 in Kursk (Nov 4 2024)",
    "004-2": "HUR up to 500 officers (Nov 2024)",
    "005-1": "Blinken about 8,000 in Kursk, restated (Oct 31 2024)",
    "005-2": "Pentagon about 10,000 in Russia, restated (Oct 28 2024)",
    "005-3": "Zelensky 11,000 in Kursk, restated (Nov 4 2024)",
    "005-4": "NIS first group of some 1,500, restated (Oct 18 2024)",
    "005-5": "Western estimates 10,000-12,000 for the whole force (Nov 2024)",
    "013-2": "11,000-12,000 first deployment (summed up May 2025)",
    "013-3": "JCS about 3,000 reinforcements (Jan-Feb 2025)",
    "013-7": "Zelensky 11,000 in Kursk, restated in a timeline (Nov 4 2024)",
    "014-2": "thousands of builders (vague, 2025)",
    "014-5": "NIS about 10,000 remaining (Sep-Dec 2025)",
    "007-3": "Pentagon several hundred casualties (vague, Dec 17 2024)",
    "007-4": "HUR at least 30 casualties in one weekend's fighting (Dec 16 2024)",
    "008-1": "Zelensky more than 3,000 casualties (Dec 23 2024)",
    "009-1": "Zelensky more than 3,000 casualties, restated (Dec 23 2024)",
    "009-2": "JCS about 1,100 casualties (Dec 23 2024)",
    "013-4": "NIS about 4,700 casualties (Apr 30 2025)",
    "013-6": "HUR more than 4,000 casualties (early Feb 2025)",
    "009-3": "Russian MoD more than 45,000 Ukrainian losses in Kursk (Dec 2024)",
    "013-1": "Gerasimov more than 76,000 Ukrainian losses in Kursk (Apr 26 2025)",
    "007-1": "NIS at least 100 killed (Dec 19 2024)",
    "011-1": "NIS about 300 killed (Jan 13 2025)",
    "011-3": "NIS at least 100 killed, the December base (Dec 19 2024)",
    "013-5": "NIS about 600 killed (Apr 30 2025)",
    "014-1": "nine engineers of one regiment killed (KCNA, Dec 2025)",
    "014-3": "NIS about 2,000 killed (Sep 2025)",
    "014-4": "NIS about 600 killed, the April base (Apr 2025)",
    "007-2": "NIS nearly 1,000 wounded (Dec 19 2024)",
    "011-2": "NIS 2,700 wounded (Jan 13 2025)",
}
PART = {"004-2": "officers only", "007-4": "one weekend's fighting", "014-1": "one engineering regiment"}
FIRST = {"000-1", "005-4"}
EXTRA = {"013-3": "reinforcements", "014-2": "builders"}
# When each figure was first reported (day number from 1 Oct 2024), for the spacing of a pair.
WHEN = {"000-1": 18, "002-1": 28, "002-2": 23, "003-1": 31, "003-2": 31, "004-1": 35, "004-2": 35,
        "005-1": 31, "005-2": 28, "005-3": 35, "005-4": 18, "005-5": 42, "013-2": 214, "013-3": 140,
        "013-7": 35, "014-2": 330, "014-5": 350, "007-3": 78, "007-4": 77, "008-1": 84, "009-1": 84,
        "009-2": 84, "013-4": 212, "013-6": 127, "009-3": 84, "013-1": 208, "007-1": 80, "011-1": 105,
        "011-3": 80, "013-5": 212, "014-1": 438, "014-3": 345, "014-4": 212, "007-2": 80, "011-2": 105}
RESTATED = {"005-1": "003-1", "005-3": "004-1", "013-7": "004-1"}


def span(c):
    v, q = c["value"], c["qualifier"]
    if q in ("range", "vague"):
        return v, c["value_max"]
    if q == "about":
        return 0.9 * v, 1.1 * v
    if q in ("more_than", "at_least"):
        return v, float("inf")
    if q in ("up_to", "at_most", "less_than"):
        return 0, v
    return v, v


def apart(a, b):
    d = abs(WHEN[a] - WHEN[b])
    if d <= 10:
        return "days apart"
    if d <= 45:
        return "weeks apart"
    return "months apart"


def why(a, b, C):
    for x in (a, b):
        if x in PART:
            return "a part (%s) against a whole" % PART[x]
    for x in (a, b):
        if x in EXTRA:
            return "an additional or separate force (%s), %s" % (EXTRA[x], apart(a, b))
    for x in (a, b):
        if x in FIRST:
            return "the first group against a later or larger total, %s" % apart(a, b)
    if {a, b} & {"007-3", "014-2"}:
        return "a vague count, %s" % apart(a, b)
    if {RESTATED.get(a, a), RESTATED.get(b, b)} == {"003-1", "004-1"}:
        return "a later restatement of Blinken's 8,000 against Zelensky's 11,000, already told"
    if {a, b} in ({"002-1", "002-2"}, {"011-1", "011-3"}, {"014-3", "014-4"}):
        return "a rising total and the figure it rose from, in one article"
    kursk, whole = {"003-1", "005-1"}, {"002-1", "003-2", "005-2", "005-5"}
    if ({a, b} & kursk) and ({a, b} & whole):
        return "Kursk alone against Russia as a whole, %s" % apart(a, b)
    (lo1, hi1), (lo2, hi2) = span(C[a]), span(C[b])
    if lo1 <= hi2 and lo2 <= hi1:
        return "the values overlap (a bound, a range or 'about'), %s" % apart(a, b)
    return "a rising or falling total, %s" % apart(a, b)


def pairs(*groups):
    out = []
    for g in groups:
        for i in range(len(g)):
            for j in range(i + 1, len(g)):
                out.append((g[i], g[j]))
    return out


MUST = [
    ["003-1", "004-1", "Blinken's about 8,000 North Korean soldiers in Kursk (Oct 31) against Zelensky's "
     "eleven thousand in Kursk (Nov 4), four days apart"],
    ["005-1", "005-3", "within one fact-check: Blinken's roughly 8,000 in Kursk against Zelensky's 11,000 in "
     "Kursk the same week"],
    ["008-1", "009-2", "Zelensky's more than 3,000 North Korean killed and wounded against South Korea's JCS "
     "about 1,100 casualties, the same day (Dec 23)"],
    ["009-2", "009-1", "within one live blog: the JCS's about 1,100 casualties against Zelensky's more than "
     "3,000, the same day"],
]

C = {}
for aid, cl in A.items():
    for n, (m, s, v, vmax, q, by, quote, opt) in enumerate(cl, 1):
        C["%s-%d" % (aid, n)] = {"metric": m, "subject": s, "value": v, "value_max": vmax, "qualifier": q}

TROOPS_NK = ["000-1", "002-1", "002-2", "003-1", "003-2", "004-1", "004-2", "005-1", "005-2", "005-3", "005-4",
             "005-5", "013-2", "013-3", "013-7", "014-2", "014-5"]
CAS_NK = ["007-3", "007-4", "008-1", "009-1", "009-2", "013-4", "013-6"]
CAS_UA = ["009-3", "013-1"]
KILLED_NK = ["007-1", "011-1", "011-3", "013-5", "014-1", "014-3", "014-4"]
WOUNDED_NK = ["007-2", "011-2"]

musts = {frozenset(p[:2]) for p in MUST}
may = []
for a, b in pairs(TROOPS_NK, CAS_NK, CAS_UA, KILLED_NK, WOUNDED_NK):
    if frozenset((a, b)) in musts:
        continue
    ka = (C[a]["value"], C[a]["value_max"], C[a]["qualifier"])
    if ka == (C[b]["value"], C[b]["value_max"], C[b]["qualifier"]):
        continue  # the same figure: not a conflict, not listed
    may.append([a, b, "%s against %s: %s" % (D[a], D[b], why(a, b, C))])

conflicts = {"must": MUST, "may": may}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
