#!/usr/bin/env python3
"""Gold labels for testdata/blind280 (written and labelled blind). Run: python3 gold.py > gold.json"""
import itertools, os, sys
from datetime import datetime
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military", "Seoul"]

A = {
 "000": [
  ("troops", NK, 12000, None, "about", NIS,
   "North Korea is sending about 12,000 troops in four brigades to Russia in stages", False),
  ("troops", NK, 1500, None, "about", NIS,
   "Russian navy transport vessels carried about 1,500 special forces soldiers", False),
 ],
 "001": [
  ("troops", NK, 11000, None, "exact", ["Kyrylo Budanov", "Budanov", "HUR", "military intelligence", "Ukraine"],
   "Eleven thousand North Korean soldiers have arrived in Russia's Kursk Oblast", False),
  ("troops", NK, 10000, None, "more_than", ["Pentagon", "United States", "US"],
   "more than 10,000 North Korean troops had been sent to eastern Russia for training", False),
 ],
 "003": [
  ("casualties", NK, 1100, None, "about", JCS,
   "Around 1,100 North Korean soldiers have been killed or wounded in the fighting in Russia's Kursk region", False),
 ],
 "004": [
  ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Syrskyi", "Ukraine"],
   "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
  ("casualties", NK, 200, 900, "vague", ["White House", "John Kirby", "Kirby", "United States", "US"],
   "North Korean forces had suffered \"several hundred\" casualties", True),
  ("casualties", "russia", 777000, None, "about", ["Ukraine's general staff", "general staff", "Ukraine"],
   "Russia had lost about 777,000 troops killed or wounded since February 2022", False),
 ],
 "005": [
  ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "Ukrainian forces have taken two North Korean soldiers prisoner in Russia\u2019s Kursk region", False),
 ],
 "006": [
  ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun", "lawmaker"],
   "Around 300 North Korean soldiers have been killed", False),
  ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun", "lawmaker"],
   "some 2,700 wounded", False),
  ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun", "lawmaker"],
   "takes the North's total casualties to about 3,000", False),
  ("killed", NK, 1000, None, "more_than", ["HUR", "military intelligence", "Ukraine", "Kyiv"],
   "more than 1,000 North Korean soldiers had been killed in the Kursk region", False),
  ("captured", NK, 2, None, "exact", ["Ukraine", "Kyiv"],
   "it had captured two North Korean soldiers in the Kursk region", False),
 ],
 "007": [
  ("troops", NK, 3000, None, "about", JCS + ["South Korea's military"],
   "dispatched some three thousand more soldiers to Russia since the beginning of the year", False),
  ("troops", NK, 11000, None, "about", JCS,
   "North Korea initially sent about 11,000 soldiers to Russia from last October", False),
 ],
 "009": [
  ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun", "Park Sun-won"],
   "roughly 4,700 North Korean soldiers had been killed or wounded in the fighting", False),
  ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun", "Park Sun-won"],
   "about 600 of them fatally", False),
  ("troops", NK, 15000, None, "about", NIS,
   "some 15,000 North Korean soldiers have been sent to Russia in all since last autumn", False),
 ],
 "010": [],
 "013": [
  ("troops", NK, 2000, 9999, "vague", ["Seoul", "Kyiv", "Washington", "South Korea", "Ukraine", "United States"],
   "Pyongyang has sent thousands of soldiers to help Moscow push Ukrainian forces out of the Kursk region", True),
  ("troops", NK, 10000, 12000, "range", ["Ukraine", "South Korea", "United States", "US"],
   "between 10,000 and 12,000 North Korean soldiers have been sent to Russia since October", False),
 ],
 "014": [
  ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"],
   "Nine of the engineers did not come back", False),
  ("troops", NK, 11000, None, "about", ["unattributed", "Seoul", "South Korea"],
   "Around 11,000 combat troops went in the first wave in late 2024", False),
  ("troops", NK, 3000, None, "about", ["unattributed", "Seoul", "South Korea"],
   "followed by some 3,000 reinforcements early this year", False),
  ("troops", NK, 2000, 9999, "vague", ["Seoul", "South Korea"],
   "several thousand more were sent over the summer as deminers and construction workers", True),
  ("killed", NK, 2000, None, "about", NIS,
   "about 2,000 North Korean soldiers had been killed in the Kursk campaign", False),
 ],
}

NOT = {
 "000": ["four Russian amphibious landing ships and three escort vessels", "between Oct. 8 and 13", "since 1990",
         "the 11th Corps", "Zelensky says 10,000 N. Korean soldiers being readied for Russia",
         "KOSPI closes at 2,593.91", "shared 1,214 times"],
 "001": ["roughly 800 square kilometers", "the 810th Naval Infantry Brigade", "a small newsroom of 40 people",
         "more than 20,000 members", "Russian attacks kill 5, injure 31 over past day",
         "Russia launches 96 drones overnight, Ukraine downs 62", "North Korea has sent 12K troops, Seoul says"],
 "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
         "about 20,000 containers of munitions", "since August 2023", "10 moments that shook Korea in 2024",
         "1 in 3 Koreans now live alone"],
 "004": ["day 1,037 of the war", "78 missiles and 106 drones", "59 of the missiles and 54 of the drones",
         "38 of the 67 people on board were killed", "on 1 January", "Man, 34, arrested"],
 "005": ["aged 20 and 26", "captured on Jan. 9", "Ukraine Returns 25 POWs in New Exchange With Russia",
         "Capture of Two More Villages Near Pokrovsk", "every morning at 8 am"],
 "006": ["a North Korean soldier who was about to be captured", "nearly three times the figure"],
 "007": ["Watch video 1:52", "18:10 JST", "Newsline at 12:00, 15:00 and 20:00 JST",
         "sanctions on N.Korea for 2 more years"],
 "009": ["in line with Article 4", "signed in June 2024", "on April 26", "about 28 trillion won (US$20 billion)",
         "N. Korea sends 3K more troops to Russia: JCS", "Kospi ends at 2,556.61"],
 "010": ["North Korea will send 1,000 deminers", "5,000 military builders", "send 1,000 sappers to Russia",
         "June 19, 2024", "December 4, 2024", "over 300 km of roads and more than 40 bridges"],
 "013": ["about 450 kilometers (280 miles)", "some 50 self-propelled 170 mm howitzers",
         "about 20 240 mm multiple rocket launchers", "around $2,000 (\u20ac1,900) a month", "on November 6"],
 "014": ["Nikkei 225 50,168.11", "Kospi 4,090.59", "USD/JPY 155.12", "the 120-day mission",
         "the 80th anniversary of the Workers' Party on Oct. 10", "as much as $20 billion",
         "$4.1bn on new chip line", "$1 for your first month"],
}

OFF = ["002", "008", "011"]
DUP = {"012": "006"}

MUST = [
 ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded "
                    "(Zelensky, in a live blog three days later): same metric and period, incompatible"],
 ["006-1", "006-4", "about 300 killed (NIS via lawmaker Lee) against more than 1,000 killed (Ukraine's HUR, the "
                    "week before), in one article"],
]

# Pairs that are not conflicts and are not listed at all: parts of the whole (000-2 first group of 1,500; 014-1 nine
# engineers), bounds the other value satisfies, equal values, and the update 003-1 -> 006-3 (Seoul's cumulative
# casualty count rising from 1,100 to about 3,000 three weeks later, which the article itself calls a rise).
PARTS = {"000-2", "014-1"}
UPDATES = {("003-1", "006-3")}
EXTRA_MAY = [
 ["004-1", "006-3", "more than 3,000 (Zelensky, December) against about 3,000 (NIS, three weeks later): the bound "
                    "is only just not met"],
]


def span(c):
    v, vm, q = c[2], c[3], c[4]
    if q in ("more_than", "at_least"):
        return (v, float("inf"))
    if q in ("less_than", "at_most", "up_to"):
        return (0, v)
    if vm is not None:
        return (v, vm)
    return (v, v)


ADDITIONAL = {"007-1", "014-3", "014-4"}
REASON = {
 ("000-1", "001-1"): "about 12,000 being sent in stages (NIS) against 11,000 already in Kursk (HUR) 18 days later: "
                     "a total in progress against those arrived",
}


def pub(aid):
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "articles", aid + ".txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("published:"):
                return datetime.fromisoformat(line.split(":", 1)[1].strip().replace("Z", "+00:00"))


def reason(i, a, j, b):
    if (i, j) in REASON:
        return REASON[(i, j)]
    fmt = lambda c: ("%s-%s" % (c[2], c[3]) if c[3] is not None else str(c[2]))
    days = abs((pub(i[:3]) - pub(j[:3])).days)
    why = []
    if i in ADDITIONAL or j in ADDITIONAL:
        why.append("one is an additional force")
    if a[7] or b[7]:
        why.append("one is a vague amount")
    if days >= 60:
        why.append("%d months apart" % round(days / 30.4))
    if not why:
        why.append("%d days apart" % days)
    return "%s %s %s against %s: %s" % (a[1], a[0], fmt(a), fmt(b), ", ".join(why))


def may_pairs():
    ids = []
    for aid, cl in sorted(A.items()):
        for n, c in enumerate(cl, 1):
            ids.append(("%s-%d" % (aid, n), c))
    must = {tuple(sorted(p[:2])) for p in MUST}
    extra = {tuple(sorted(p[:2])) for p in EXTRA_MAY}
    out = list(EXTRA_MAY)
    for (i, a), (j, b) in itertools.combinations(ids, 2):
        if a[0] != b[0] or a[1] != b[1] or i in PARTS or j in PARTS:
            continue
        key = tuple(sorted((i, j)))
        if key in must or key in extra or key in UPDATES:
            continue
        lo1, hi1 = span(a)
        lo2, hi2 = span(b)
        if lo1 <= hi2 and lo2 <= hi1:
            continue
        out.append([i, j, reason(i, a, j, b)])
    return out


about = ("Gold labels for testdata/blind280 (fifteen articles written and labelled blind). Same schema as "
         "testdata/corpus/gold.json; see testdata/corpus/README.md.")
goldlib.write(about, A, NOT, OFF, DUP, {"must": MUST, "may": may_pairs()})
