#!/usr/bin/env python3
"""Gold labels for testdata/blind618: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind618: 15 articles written blind in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025). See testdata/corpus/README.md for the "
         "meaning of every field and how a system's output is scored.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun", "Lee"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS + ["Seoul's spy agency"],
         "about 1,500 North Korean special operations troops", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "There are now 11,000 North Korean soldiers in Russia's Kursk region", False),
        ("troops", NK, 8000, None, "about",
         ["Antony Blinken", "Blinken", "U.S. Secretary of State", "United States", "Washington"],
         "about 8,000 North Korean troops had been moved to the Kursk region", False),
        ("troops", NK, 500, None, "more_than",
         ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukraine"],
         "more than 500 North Korean officers", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS_LEE, "with at least 100 killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "Some 1,000 other North Korean soldiers have been wounded", False),
        ("casualties", NK, 1100, None, "about", NIS_LEE, "the North's losses come to roughly 1,100", False),
        ("casualties", NK, 30, None, "at_least",
         ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Oleksandr Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia’s Kursk region", False),
    ],
    "005": [
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "Ukraine’s military has captured two North Korean soldiers", False),
        ("troops", NK, 10000, 12000, "range",
         ["U.S., South Korean and Ukrainian officials", "officials", "United States", "South Korea", "Ukraine"],
         "between 10,000 and 12,000 North Korean troops were sent to Russia last fall", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS_LEE, "Around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "some 2,700 injured", False),
        ("captured", NK, 2, None, "exact", NIS,
         "Ukraine had taken two North Korean soldiers prisoner on Jan. 9", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Around 11,000 North Korean soldiers arrived in Kursk Oblast in the autumn of 2024", False),
        ("casualties", NK, 3800, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "North Korean losses had reached about 3,800 killed and wounded", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS, "some three thousand additional troops", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 soldiers the spy agency says Pyongyang dispatched last year", False),
        ("troops", NK, 1000, None, "less_than", NIS,
         "Fewer than 1,000 of the new arrivals appear to have reached the front lines", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS, "some 600 have died", False),
        ("troops", NK, 15000, None, "about", NIS,
         "roughly 15,000 North Korean troops had been dispatched to Russia in total", False),
    ],
    "012": [
        ("troops", NK, 12000, None, "up_to", ["Ukrainian and Western estimates", "Ukraine", "Western"],
         "up to 12,000 soldiers there in late 2024", False),
        ("troops", NK, 2000, 9000, "vague", ["Ukrainian and Western estimates", "Ukraine", "Western"],
         "reinforcing them with several thousand more early this year", True),
        ("killed", "russia", 1100, None, "more_than", ["Mediazona", "BBC Russian Service", "BBC"],
         "the deaths of more than 1,100 Russian servicemen killed in the Kursk region", False),
    ],
    "014": [
        ("troops", NK, 11000, None, "about", NIS,
         "roughly 11,000 soldiers went in the first wave in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", NIS, "some 3,000 more followed in the first months of 2025", False),
        ("troops", NK, 1000, None, "about", NIS, "about 1,000 of the deminers had since arrived", False),
        ("killed", NK, 2000, None, "about", NIS, "about 2,000 North Korean soldiers had been killed", False),
        ("wounded", NK, 2000, 9999, "vague", ["Kyiv", "Seoul", "Ukraine", "South Korea"],
         "Thousands more have been wounded", True),
        ("captured", NK, 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine also holds two North Korean prisoners of war", False),
    ],
}

NOT = {
    "000": ["a total of around 12,000 troops in four brigades", "12K troops to follow",
            "four Russian landing ships and three escort vessels", "some 100 kilometers north of Vladivostok",
            "between Oct. 8 and 13", "S. Korea's exports jump 4.6 pct in September",
            "12,000-strong N. Korean deployment", "How 1,500 N. Korean soldiers could change Ukraine war"],
    "001": ["60-mm mortars", "AK-12 rifles", "RPG-7 grenade launchers", "EUR 1.5B tranche",
            "Russia launched 96 drones overnight, 62 shot down"],
    "003": ["170-mm self-propelled guns", "240-mm multiple rocket launchers", "Dec. 14-15",
            "N. Korea's 11th Corps at a glance", "KOSPI ends at 2,435.93", "Yoon impeachment trial on Dec. 27"],
    "004": ["injuring at least 12 people, including two children", "40 of the 79 drones",
            "a five-storey apartment building"],
    "005": ["born in 2005", "since 2021", "about 15 kilometers (9 miles)", "nearly three-year war"],
    "006": ["KN-23 ballistic missiles", "Russia has lost 814,660 troops in Ukraine since Feb. 24, 2022",
            "over 17,000 members"],
    "008": ["about 220 more units of 170-mm self-propelled guns and 240-mm multiple rocket launchers",
            "roughly 500 square km (195 square miles)", "Oil rises 1%"],
    "010": ["Article 4", "Nikkei ends at 36,045", "for 1st time"],
    "012": ["1,000 sappers and 5,000 military construction workers", "send 1,000 sappers to demine Russian territory",
            "5,000 military builders to restore destroyed infrastructure", "6,000 Military Builders and Deminers",
            "as little as $2", "second trip to Pyongyang in two weeks"],
    "014": ["1,000 deminers and 5,000 military builders", "as much as $20bn", "more than three times its April figure"],
}

OFF = ["002", "007", "011", "013"]
DUP = {"009": "008"}

must = [
    ["001-1", "001-2", "11,000 North Korean soldiers in Kursk (Zelensky, 4 Nov 2024) against about 8,000 moved "
     "to Kursk (Blinken, 31 Oct 2024): same article, days apart"],
    ["003-3", "004-1", "about 1,100 killed and wounded (NIS via Lee Seong-kweun, 19 Dec 2024) against more than "
     "3,000 killed or wounded (Zelensky, 23 Dec 2024): four days apart"],
]

may = [
    # totals of troops sent, months apart (the deployment grew; 15,000 includes the reinforcements)
    ["001-2", "005-2", "about 8,000 (31 Oct 2024) against 10,000-12,000 two months later"],
    ["001-2", "006-4", "about 8,000 (31 Oct 2024) against about 11,000 in the autumn, reported in January"],
    ["001-2", "008-2", "about 8,000 (31 Oct 2024) against about 11,000 'last year', reported in February"],
    ["001-2", "010-3", "about 8,000 (Oct 2024) against 15,000 in total (Apr 2025)"],
    ["001-2", "014-1", "about 8,000 (Oct 2024) against about 11,000 in the first wave, told a year later"],
    ["001-1", "010-3", "11,000 (Nov 2024) against 15,000 in total including reinforcements (Apr 2025)"],
    ["005-2", "010-3", "10,000-12,000 (Jan 2025) against 15,000 in total including reinforcements (Apr 2025)"],
    ["006-4", "010-3", "about 11,000 in the autumn against 15,000 in total (Apr 2025)"],
    ["008-2", "010-3", "about 11,000 sent last year against 15,000 in total (Apr 2025)"],
    ["010-3", "012-1", "15,000 in total against up to 12,000 in late 2024"],
    ["010-3", "014-1", "15,000 in total against about 11,000 in the first wave"],
    # casualties: a cumulative figure rising, weeks or months apart
    ["003-3", "006-5", "about 1,100 (NIS, 19 Dec) against about 3,800 (Zelensky, 6 Jan): cumulative, weeks apart"],
    ["003-3", "010-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): cumulative, months apart"],
    ["006-5", "010-1", "about 3,800 (Jan 2025) against about 4,700 (Apr 2025): cumulative, months apart"],
    ["006-1", "010-2", "about 300 killed (Jan) against about 600 (Apr): the NIS's own cumulative update"],
    ["006-1", "014-4", "about 300 killed (Jan) against about 2,000 (Sep): cumulative, months apart"],
    ["010-2", "014-4", "about 600 killed (Apr) against about 2,000 (Sep): cumulative, months apart"],
    ["003-2", "006-2", "about 1,000 wounded (Dec) against about 2,700 (Jan): the NIS's own cumulative update"],
    ["003-2", "014-5", "about 1,000 wounded (Dec 2024) against thousands (Dec 2025)"],
]

# An additional force (reinforcements, deminers) against a total: defensible either way.
ADDITIONAL = {"008-1": "some 3,000 additional troops sent early in 2025",
              "012-2": "several thousand more sent as reinforcements early in 2025",
              "014-2": "some 3,000 more who followed in early 2025",
              "014-3": "about 1,000 deminers sent after the fighting"}
# Parts of the whole (a first leg, officers, those at the front): not conflicts, never listed.
PARTS = {"000-1", "001-3", "008-3"}


def claims():
    out = {}
    for aid, cl in A.items():
        for n, c in enumerate(cl, 1):
            out["%s-%d" % (aid, n)] = c
    return out


def span(c):
    m, s, v, vmax, q = c[:5]
    if q in ("more_than", "at_least"):
        return (v, float("inf"))
    if q in ("less_than", "at_most", "up_to"):
        return (0, v)
    if vmax is not None:
        return (v, vmax)
    return (v, v)


def compatible(a, b):
    (lo1, hi1), (lo2, hi2) = span(a), span(b)
    return lo1 <= hi2 and lo2 <= hi1


C = claims()
listed = {frozenset(p[:2]) for p in must + may}
for a in ADDITIONAL:
    for b, cb in C.items():
        if b == a or b in PARTS or b[:3] == a[:3] or frozenset((a, b)) in listed:
            continue
        ca = C[a]
        if ca[0] != cb[0] or ca[1] != cb[1] or compatible(ca, cb):
            continue
        may.append([a, b, "an additional force (%s) against another count of troops (%s, %s)"
                    % (ADDITIONAL[a], "{:,}".format(cb[2]), cb[4])])
        listed.add(frozenset((a, b)))

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
