#!/usr/bin/env python3
"""Write gold.json for the blind105 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import itertools
import os
import sys
from datetime import datetime

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence officials",
       "Lee Seong-kweun", "Park Sun-won", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "U.S.", "US ", "Western governments"]
KCNA = ["Korean Central News Agency", "KCNA", "state media", "Kim Jong Un", "North Korea", "Pyongyang"]
UKMOD = ["Ministry of Defence", "MoD", "Britain", "UK", "British"]
UKR = ["Ukrain", "SBU", "Security Service", "special forces"] + ZEL

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has already moved about 3,000 soldiers to Russia", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "An initial group of roughly 1,500 troops was carried by Russian navy ships to Vladivostok", False),
         ("troops", "north_korea", 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States"],
          "at least 3,000 North Korean soldiers had gone by ship to eastern Russia", False)],
 "001": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "The losses, roughly 1,100 in all according to the National Intelligence Service", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon, which believes 11,000 to 12,000 North Korean soldiers are now in the Kursk region", False),
         ("casualties", "north_korea", 200, 900, "vague", ["Pentagon"],
          "several hundred of them had been killed or wounded", True),
         ("troops", "russia", 50000, None, "about", ["Kyiv", "Ukrain"],
          "Kyiv says Russia has gathered around 50,000 of its own soldiers", False)],
 "002": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
         ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "North Korean units fighting in Kursk had suffered about 1,100 casualties", False)],
 "003": [("killed", "north_korea", 300, None, "about", NIS,
          "Some three hundred North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and about 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting the North's combined losses at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + UKR,
          "two North Korean soldiers were captured alive by Ukrainian forces", False)],
 "004": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "had so far suffered nearly four thousand killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", UKR,
          "the two North Korean soldiers captured in Kursk", False)],
 "005": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "among them roughly 600 who died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea had sent about 15,000 soldiers in all", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "That total includes roughly 3,000 reinforcements", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "general staff"],
          "Ukraine had lost more than 76,000 troops, killed and wounded, in the region", False)],
 "006": [("killed", "north_korea", 600, None, "about", NIS,
          "about 600 North Korean soldiers had been killed in Kursk", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "out of some 4,700 total casualties", False)],
 "007": [("troops", "north_korea", 10000, None, "about", NIS,
          "North Korea still has about 10,000 troops stationed in Russia's Kursk border area", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "Some 5,000 military construction troops have also been moving to Russia in stages since September", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers have been killed in the war", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "first troops sent, about 1,500 special forces", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 dead", False)],
 "008": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "10,000 to 12,000 North Koreans had been sent", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon gave a similar range, 11,000-12,000, for those deployed in the Kursk region", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "By April the NIS had raised its count to about 15,000", False),
         ("troops", "north_korea", 10000, None, "about", NIS,
          "about 10,000 remain in the border area", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "Volodymyr Zelensky put North Korean losses at over 3,000 killed and wounded", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "In January he said it was nearly 4,000", False),
         ("casualties", "north_korea", 4700, None, "exact", NIS,
          "In April the NIS estimated 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 dead", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "in September it raised its count of the dead to around 2,000", False),
         ("killed", "north_korea", 2000, None, "at_least", ["Budanov", "military intelligence", "Ukrain"],
          "at least 2,000 North Korean soldiers had been killed in Kursk", False),
         ("captured", "north_korea", 2, None, "exact", UKR + ["Northbridge"],
          "Two, both wounded, were taken by Ukrainian special forces on 11 January", False)],
 "009": [("killed", "north_korea", 2000, None, "about", NIS,
          "in Seoul's count, has cost the North about 2,000 dead", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "about 1,500 special forces are the first to arrive", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "Zelensky says more than 3,000 North Koreans have been killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", UKR + ["Seaboard"],
          "Ukrainian forces capture two North Korean soldiers", False),
         ("killed", "north_korea", 300, None, "exact", NIS,
          "The NIS estimates 300 North Koreans killed", False),
         ("wounded", "north_korea", 2700, None, "exact", NIS,
          "and 2,700 wounded", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "Around 3,000 more North Korean soldiers are sent as reinforcements, according to the NIS", False),
         ("casualties", "north_korea", 4700, None, "exact", NIS,
          "The NIS says casualties have reached 4,700", False),
         ("killed", "north_korea", 600, None, "exact", NIS,
          "including 600 killed", False),
         ("killed", "north_korea", 9, None, "exact", KCNA,
          "KCNA says nine of them were killed clearing mines", False),
         ("troops", "north_korea", 10000, None, "about", NIS,
          "around 10,000 North Korean troops are still in Russia", False)],
 "010": [("troops", "north_korea", 1500, None, "exact", NIS,
          "an initial 1,500 special forces", False),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "about 10,000 North Koreans were in eastern Russia", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "later put those in Kursk at 11,000 to 12,000", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "The NIS's later total of roughly 15,000", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "includes about 3,000 soldiers sent as replacements", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "NIS (South Korea) | Dec. 2024 | about 100 killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "about 1,000 wounded", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "Volodymyr Zelensky | Jan. 2025 | nearly 4,000 killed and wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "NIS | Jan. 2025 | about 300 killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "2,700 wounded", False),
         ("casualties", "north_korea", 4700, None, "exact", NIS,
          "NIS | Apr. 2025 | 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "of them about 600 killed", False),
         ("casualties", "north_korea", 6000, None, "more_than", UKMOD,
          "UK Ministry of Defence | Sept. 2025 | more than 6,000 casualties", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "NIS | Sept. 2025 | about 2,000 killed", False),
         ("killed", "north_korea", 9, None, "exact", KCNA,
          "KCNA (North Korea) | Dec. 2025 | 9 engineers killed while demining", False)],
 "014": [("killed", "north_korea", 9, None, "exact", KCNA,
          "nine of its soldiers died during a 120-day mission to clear mines", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "put the North's dead at about 2,000 in September", False),
         ("casualties", "north_korea", 6000, None, "more_than", UKMOD,
          "North Korean forces had suffered more than 6,000 casualties", False)],
}
NOT = {
 "000": ["some 10,000 by December (planned)", "152mm and 122mm artillery shells", "155mm shells", "$13 billion",
         "2 days (headline)", "KOSPI 2,599.62, 0.6%, 8% (headline)", "2 roads, 60 meters (headline)",
         "74 years (headline)", "Share 2.1K", "Comments (87)", "5 stories, 6 a.m.", "joined in 2017"],
 "001": ["170mm guns, 240mm rocket launchers", "roughly 1,000 square km", "0.4%, two cuts in 2025 (headline)",
         "12 drones (headline)", "2nd month (headline)", "Dow 42,326, KOSPI 2,435, USD/KRW 1,451"],
 "002": ["777,730 troops lost by Russia (other story's headline)", "over 100 drones, 7 missiles (headline)",
         "25,000 members, $5 a month", "6 years", "2 killed, 9 injured (headline)", "3rd batch (headline)",
         "Share 4.6K", "212 comments"],
 "003": ["born in 2005 / 1999", "18 days (headline)", "1,470 won, 15 years (headline)", "1,100 km (headline)",
         "[Share] 1,318", "[Comments] 64"],
 "004": ["€3 billion", "two IRIS-T systems", "24 drones (headline)", "1.2 million-strong army (headline)",
         "a-71322410"],
 "005": ["$20 billion", "80 percent", "250,000 at the funeral (headline)", "4 killed in Kharkiv (headline)",
         "169 seats (headline)", "5:12 min", "🗨 311", "$1 a week", "since 2011"],
 "006": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 deminers and builders (headline, planned)",
         "second visit in two weeks", "€700 to €1,000 a month", "around 1,300 square kilometres",
         "17th package, 189 tankers (headline)", "5% (headline)", "10 more Patriots (headline)", "812 partners",
         "Share 938"],
 "007": ["more than 15,000 km", "2 days (headline)", "KOSPI 4,000 (headline)", "6 out of 10 (headline)",
         "20251104003851315"],
 "008": ["1,000 deminers and 5,000 military builders (planned)", "about $20bn", "at least two shipments of Pantsir systems",
         "1,356 days (headline)", "80th (headline)", "2 POWs (headline; the captured two again)", "30,000 homes (headline)",
         "5 things, 3 words (headlines)", "7 years", "£2", "1,942 comments", "six months"],
 "009": ["1,000 deminers and 5,000 builders (planned)", "fourteen months", "12 pictures, 16%, 25 books (box)",
         "$4 every four weeks", "💬 96", "Share 1.7K"],
 "010": ["about two divisions", "120-day mission", "99% (headline)", "5 charts (headline)", "80, 15,000 km (headline)",
         "a-75102236", "6 min"],
 "014": ["120-day mission", "528th Engineer Regiment", "1,000 deminers and 5,000 military builders (pledged, planned)",
         "several thousand more workers (drone factories, planned)", "26 April", "1,120 soldiers (headline)",
         "2 more Patriot systems (headline)", "2026 (headline)", "₴100, ₴250, ₴500", "👁 6 214", "💬 37", "since 2015"],
}
OFF = ["012", "013"]
DUP = {"011": "008"}

MUST = [
 ["001-3", "002-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
 ["002-1", "002-2", "more than 3,000 (Zelensky) against about 1,100 (South Korea's JCS) on the same day, in one report"],
 ["003-3", "004-1", "about 3,000 casualties (NIS, Jan 13) against nearly four thousand (Zelensky, Jan 17)"],
]

# Parts of a whole at the same moment, not conflicts (README): the first 1,500 (000-2) within the 3,000 of
# October 2024, and the nine engineers KCNA named against any total of the dead.
PART = {"000-2", "009-10", "010-15", "014-1"}
# Other groups beside a total: reinforcements, construction troops, the first contingent.
OTHER_GROUP = {"005-4", "007-2", "007-4", "009-2", "009-7", "010-1", "010-5"}


def published(aid):
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "articles", aid + ".txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("published:"):
                return datetime.fromisoformat(line.split(":", 1)[1].strip().replace("Z", "+00:00"))


def interval(c):
    _, _, v, vmax, q = c[:5]
    return {"about": (v * 0.9, v * 1.1), "exact": (v * 0.98, v * 1.02), "range": (v, vmax),
            "more_than": (v, float("inf")), "at_least": (v, float("inf"))}.get(q, (0, v))


def may_pairs():
    """Every other incompatible pair of required claims within 7 days: in these recaps they are
    estimates restated from different dates (or another group beside a total), so defensible either way."""
    claims = [("%s-%d" % (aid, n), aid, c) for aid, cs in A.items() for n, c in enumerate(cs, 1) if not c[7]]
    must = {frozenset(p[:2]) for p in MUST}
    out = []
    for (i1, a1, c1), (i2, a2, c2) in itertools.combinations(claims, 2):
        if c1[:2] != c2[:2] or {i1, i2} & PART or frozenset([i1, i2]) in must:
            continue
        if abs((published(a1) - published(a2)).days) > 7:
            continue
        x, y = interval(c1), interval(c2)
        if x[1] >= y[0] and y[1] >= x[0]:
            continue
        why = "another group beside a total" if {i1, i2} & OTHER_GROUP else "estimates restated from different dates"
        out.append([i1, i2, "%s %s against %s: %s" % (c1[0], format(c1[2], ","), format(c2[2], ","), why)])
    return out


goldlib.write(
    "Gold labels for the blind105 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP, {"must": MUST, "may": may_pairs()},
)
