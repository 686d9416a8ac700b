#!/usr/bin/env python3
"""Gold labels for testdata/blind598 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind598: 15 articles written in our own words about the real story's known "
         "reporting, labelled blind. See ../corpus/README.md for the meaning of every field.")

NK, UA = "north_korea", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun", "South Korean lawmakers"]
ZEL = ["Volodymyr Zelenskyy", "Volodymyr Zelensky", "Zelenskyy", "Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "an initial contingent of around 1,500 special operations troops already moved to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already eleven thousand of them in Kursk", False),
        ("troops", NK, 8000, None, "about",
         ["Antony Blinken", "Blinken", "U.S. officials", "US officials", "United States", "State Department"],
         "roughly 8,000 North Korean soldiers had been moved to Kursk", False),
        ("troops", NK, 10000, None, "about",
         ["Pentagon", "Sabrina Singh", "United States", "US Department of Defense"],
         "the total that North Korea has sent to Russia at about 10,000", False),
    ],
    "002": [
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "South Korean military"],
         "suffered an estimated 1,100 casualties in clashes with Ukrainian forces in the Kursk region", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had died in combat", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "around 1,000 had been injured", False),
        ("troops", NK, 11000, None, "about", ["Seoul and Washington", "Seoul", "Washington", "South Korea", "United States"],
         "About 11,000 North Korean soldiers are believed to have been deployed to Kursk since October", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean losses in the Kursk region had passed 3,000 killed and wounded", False),
        ("casualties", NK, 200, None, "about",
         ["Defence Intelligence of Ukraine", "HUR", "Ukrainian military intelligence", "Ukraine"],
         "North Korean units had lost some 200 soldiers killed and wounded in a single day of assaults", False),
        ("killed", NK, 200, 900, "vague", ["Ukrainian commanders", "Ukraine"],
         "hundreds of North Koreans have been killed in recent assaults", True),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "roughly 2,700 wounded in the fighting in Russia's Kursk region", False),
        ("captured", NK, 2, None, "exact", ZEL + ["Ukrainian special forces"],
         "Ukrainian special forces had captured two North Korean soldiers in the Kursk region", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Pyongyang is thought to have sent around 11,000 troops to the Kursk region last autumn", False),
        ("casualties", UA, 49000, None, "more_than",
         ["Russia's defence ministry", "Russian defence ministry", "Russian Ministry of Defence", "Russia"],
         "Ukraine had lost more than 49,000 servicemen in the Kursk region", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", NIS,
         "shipped some three thousand additional soldiers to Russia in January and February", False),
        ("casualties", NK, 4000, None, "about", NIS,
         "North Korean casualties in the war are now estimated at around 4,000", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the initial force of about 11,000 troops that Pyongyang dispatched last autumn", False),
    ],
    "008": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "Ukraine had lost more than 76,000 troops in the region since its incursion last August", False),
        ("troops", NK, 11000, None, "about", NIS + ["South Korea's intelligence agency"],
         "the North sent around 11,000 soldiers in the autumn", False),
        ("troops", NK, 3000, None, "about", NIS + ["South Korea's intelligence agency"],
         "about 3,000 more early this year", False),
    ],
    "009": [
        ("killed", NK, 600, None, "about", NIS_LEE,
         "Around 600 North Korean soldiers have been killed in the fighting against Ukraine", False),
        ("troops", NK, 15000, None, "about", NIS,
         "North Korea has sent roughly 15,000 troops to Russia in total", False),
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "Their casualties number about 4,700", False),
        ("casualties", NK, 4000, None, "about", NIS,
         "around 4,000 in the agency's February estimate", False),
    ],
    "011": [
        ("troops", NK, 11000, 15000, "range",
         ["Western and South Korean estimates", "Western estimates", "South Korea", "Western intelligence"],
         "estimates of the contingent sent to fight put it at anywhere from 11,000 to 15,000 troops", False),
        ("killed", NK, 600, None, "about", ["Seoul's intelligence service", "South Korea's intelligence service"] + NIS,
         "put the toll at around 600 killed in April", False),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range",
         ["U.S., South Korean and Ukrainian estimates", "United States", "South Korea", "Ukraine"],
         "Between 10,000 and 12,000 North Korean soldiers were deployed to Kursk in late 2024", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 of them had been killed", False),
        ("captured", NK, 2, None, "exact", ["unattributed"],
         "Two North Korean soldiers captured in January remain in Ukrainian custody", False),
        ("troops", NK, 2000, 9999, "vague", ["Ukrainian and South Korean intelligence", "Ukrainian intelligence", "South Korean intelligence", "Ukraine", "South Korea"],
         "Several thousand North Korean military engineers and builders were moved to Kursk from the autumn", True),
        ("troops", NK, 10000, None, "about", NIS + ["South Korean lawmakers"],
         "about 10,000 North Korean soldiers were still stationed in the Kursk border area", False),
        ("troops", NK, 12000, None, "up_to", ["Kyrylo Budanov", "Budanov", "Ukrainian military intelligence", "HUR", "Ukraine"],
         "At the peak there were up to 12,000 of them in Kursk", False),
    ],
}

NOT = {
    "000": ["some 12,000 troops from four brigades", "Four Russian amphibious and escort ships",
            "around 18 North Korean soldiers had gone missing", "the 11th Corps", "1,380 per dollar",
            "2.7 tln won"],
    "001": ["$425 million military aid package", "Hwasong-19", "about 1,000 kilometers (620 miles)"],
    "002": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "Won falls to 1,450 against dollar", "8 tips for a cheaper year-end trip to Japan"],
    "003": ["78 missiles and 106 drones", "hundreds of thousands of households",
            "destroy 12 Russian ammunition depots"],
    "005": ["94 drones and four missiles", "31 of the drones were shot down", "a further 59 were \"lost\"",
            "death toll rises to 24", "The 10 best new novels", "Comments (412)"],
    "006": ["170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
            "Hwasong-11 short-range ballistic missiles", "N. Korea fires 4 cruise missiles", "rise 0.11%"],
    "008": ["Article 4", "about 500 kilometers south of Moscow", "2 Japanese nationals detained", "Watch video 1:32"],
    "009": ["3 min read"],
    "011": ["1,000 sappers", "5,000 military construction workers",
            "More than 150,000 people were evacuated", "3.4 trillion rubles"],
    "014": ["1,000 deminers and 5,000 builders", "Putin Says 700,000 Russian Troops Fighting in Ukraine",
            "Map Shows 5 Russian Regions Hit"],
}

OFF = ["004", "007", "010", "013"]
DUP = {"012": "009"}

must = [
    ["001-1", "001-2", "eleven thousand in Kursk (Zelensky) against roughly 8,000 in Kursk (Blinken), in the same report, the same week"],
    ["002-1", "003-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 26), four days apart"],
]

may = [
    ["001-1", "001-3", "11,000 in Kursk (Zelensky) against about 10,000 sent to Russia in all (Pentagon), same week, different scope"],
    ["006-1", "006-3", "an additional 3,000 against the initial 11,000"],
    ["006-1", "005-4", "an additional 3,000 against 11,000 sent last autumn"],
    ["006-1", "002-4", "an additional 3,000 against 11,000 deployed"],
    ["008-3", "008-2", "3,000 more against the 11,000 sent in the autumn"],
    ["008-3", "006-3", "3,000 more against the initial 11,000"],
    ["008-3", "009-2", "3,000 more against 15,000 in total"],
    ["002-1", "006-2", "1,100 casualties (JCS, December) against about 4,000 (NIS, February), two months apart"],
    ["002-1", "009-3", "1,100 casualties (JCS, December) against about 4,700 (NIS, April), four months apart"],
    ["002-1", "009-4", "1,100 casualties (JCS, December) against the NIS's February 4,000, two months apart"],
    ["005-1", "009-1", "about 300 killed (January) against about 600 (April): a cumulative toll months later"],
    ["005-1", "011-2", "about 300 killed (January) against about 600 (April): a cumulative toll months later"],
    ["005-1", "014-2", "about 300 killed (January) against about 2,000 (September)"],
    ["009-1", "014-2", "about 600 killed (April) against about 2,000 (September), months apart"],
    ["011-2", "014-2", "about 600 killed (April) against about 2,000 (September), months apart"],
]

# Troop totals for North Korea that differ, reported weeks or months apart, or of different
# scope (Kursk only, all of Russia, initial force, total with reinforcements, still stationed):
# defensible either way. 000-1 (the first 1,500-strong contingent) and the additional
# 3,000 (handled above) are left out.
def _interval(c):
    m, s, v, vmax, q = c[:5]
    if q == "range" or q == "vague":
        return (v, vmax)
    if q in ("more_than", "at_least"):
        return (v, float("inf"))
    if q in ("up_to", "at_most", "less_than"):
        return (0, v)
    return (v, v)

_troops = [("%s-%d" % (aid, n), c) for aid, cl in sorted(A.items()) for n, c in enumerate(cl, 1)
           if c[0] == "troops" and c[1] == NK and not c[7]
           and "%s-%d" % (aid, n) not in ("000-1", "006-1", "008-3")]
_listed = {frozenset(p[:2]) for p in must + may}
for i, (ida, ca) in enumerate(_troops):
    for idb, cb in _troops[i + 1:]:
        if ida.split("-")[0] == idb.split("-")[0] or frozenset((ida, idb)) in _listed:
            continue
        (a0, a1), (b0, b1) = _interval(ca), _interval(cb)
        if a1 < b0 or b1 < a0:
            may.append([ida, idb, "North Korean troop totals of different date or scope (%s against %s)" % (
                ca[6], cb[6])])

conflicts = {"must": must, "may": may}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
