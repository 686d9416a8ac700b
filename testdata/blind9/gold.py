#!/usr/bin/env python3
"""Write gold.json for the blind9 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output). Conflict pairs are
checked, not guessed: every pair of claims with the same metric and subject, incompatible intervals
(exact +-2%, about +-10%, bounds, ranges) and publication dates at most 7 days apart must be listed
as must, may or NOT_CONFLICT below, or this script stops. Run: python3 gold.py > gold.json
"""
import os
import sys
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
HUR = ["Budanov", "HUR", "Main Intelligence Directorate", "military intelligence", "Ukrain"]
PENT = ["Pentagon", "Department of Defense", "Defense Department", "United States", "U.S.", "Singh"]
SSO = ["Special Operations Forces", "SSO", "Kursk Direction Monitor", "drone unit"]
WEST = ["Western", "South Korea", "estimates", "Novaya Gazeta"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "The tally, roughly 1,100 dead and wounded in all", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The NIS believes about 11,000 North Korean soldiers are now in Russia", False)],
 "001": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "putting their losses at more than 3,000", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT + ["American officials"],
          "The Pentagon has said that it believes 11,000 to 12,000 North Korean troops are in Russia", False)],
 "002": [("troops", "north_korea", 10000, None, "more_than", PENT,
          "More than 10,000 North Korean soldiers have now arrived in eastern Russia, the Pentagon said", False),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "Secretary of State", "State Department"],
          "about 8,000 of the North Koreans had already reached Kursk", False)],
 "003": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "Ukrainian forces have taken two North Korean soldiers prisoner", False),
         ("captured", "north_korea", 1, None, "exact", ["officials in Seoul", "Seoul", "South Korea"],
          "Ukrainian troops also took a North Korean soldier alive late last month", True)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "The figure -- about 3,000 in total", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL,
          "the two North Korean soldiers whose capture was announced by President Volodymyr Zelenskiy", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The spy agency believes Pyongyang has sent roughly 11,000 soldiers to Russia", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL + ["Office of the President"],
          "North Korean units in the Kursk region have already lost nearly 4,000 men killed and wounded", False),
         ("killed", "north_korea", 17, None, "exact", SSO,
          "its operators killed 17 North Korean soldiers", False),
         ("wounded", "north_korea", 29, None, "exact", SSO,
          "and wounded 29 more", False),
         ("casualties", "ukraine", 180, None, "up_to", ["Ministry of Defence", "Defence Ministry", "Russia"],
          "the enemy lost up to 180 servicemen", False),
         ("casualties", "north_korea", 2000, 9000, "vague", ["Frontline Z-Notes", "Russian channel", "Russian milblogger"],
          "a few thousand allies", True)],
 "006": [("troops", "north_korea", 3000, None, "about", NIS,
          "a further 3,000 or so North Korean troops had arrived in Russia", False),
         ("troops", "north_korea", 11000, None, "exact", NIS,
          "the NIS number for the original deployment was 11,000", False),
         ("troops", "north_korea", 12000, None, "exact", HUR + ["Kyiv"],
          "one in three of the 12,000 that Pyongyang first sent", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "President Zelensky's last public figure, back in January, was nearly 4,000 killed and wounded", False)],
 "007": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "have exceeded 4 000 killed and wounded", False),
         ("troops", "north_korea", 11000, None, "about", HUR,
          "Pyongyang initially sent about 11 000 servicemen", False),
         ("troops", "north_korea", 3000, None, "exact", HUR,
          "another 3 000 to replace the losses", False),
         ("captured", "north_korea", 2, None, "exact", ["Special Operations Forces", "paratroopers", "Militarnyi", "Ukrain"],
          "fighters of the Special Operations Forces and paratroopers captured two North Korean soldiers", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "Ukraine had lost more than 76 000 soldiers killed and wounded in the region", False),
         ("troops", "north_korea", 11000, 12000, "range", WEST,
          "Western and South Korean estimates put the initial contingent at 11 000–12 000", False),
         ("troops", "north_korea", 3000, None, "about", WEST,
          "with about 3 000 more arriving this winter", False)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent some 15,000 troops to Russia since last autumn", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 of them have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 deaths", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "The figure is up from about 3,000 casualties that the agency reported in January", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "of the roughly 15,000 North Korean soldiers dispatched to Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 had been killed or wounded", False),
         ("troops", "north_korea", 1500, None, "about", ["Kim Yong-hyun", "defense minister", "defence minister"],
          "about 1,500 North Korean special forces had been moved to Russia in the first wave", False)],
 "011": [("troops", "north_korea", 1500, None, "about", NIS,
          "about 1,500 special forces troops were moved from North Korea to Vladivostok", False),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "about 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL,
          "11,000 North Korean troops are in the Kursk region", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 wounded", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers have been killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Ukrainian forces capture two North Korean soldiers in the Kursk region", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "a further 3,000 or so troops were sent to Russia", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 troops have been sent in all", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 killed", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers have been killed in the war", False)],
}
NOT = {
 "000": ["at least one soldier of general rank", "170mm self-propelled guns, 240mm rocket launchers",
         "1,451.9 per dollar", "March 2009", "Dec. 3", "37 Ukrainian drones (headline)", "Feb. 23 election (headline)",
         "38 a month (headline)", "6:48 AM GMT"],
 "001": ["nearly triple", "about 500 square miles", "roughly 40 miles wide", "$1.25 billion", "155-millimeter",
         "70 missiles and 100 drones (headline)", "2 Young Soldiers, 4,000 Miles (headline)", "Share 214",
         "311 Comments", "Page 8", "Dec. 3"],
 "002": ["If as many as 100,000 were sent (hypothetical)", "about 1.2 million active-duty troops (North Korea's army, not a deployment)",
         "about 28,500 troops in South Korea (US troops)", "about 190 miles", "0.7%, 1.1% (headline)", "38% raise (headline)",
         "$4 per week", "Listen (4 min)", "127 comments"],
 "003": ["born in 2005 / 1999, since 2021 / 2016", "January 9", "Over 3K (headline)", "$500 million (headline)",
         "2 drone strikes, 900 kilometers (headline)", "Comments (48)"],
 "004": ["more than a quarter (ratio)", "August 6, 2024", "more than 1,000 square kilometers",
         "1,520 troops in a day (headline)", "600 kilometers (headline)", "Comments: 0", "5 min read"],
 "005": ["fairy tales about 4,000 'Koreans' (a denial naming Kiev's figure)", "about a dozen men (in a video)",
         "1.5 km", "2 tanks, 4 armoured vehicles, a 155-mm howitzer", "58 drones, 2 Iskander-M, 34 shot down",
         "subscriber counts 1.1M, 212K, 486K, 2.3M, 97K, 640K", "18,400 reactions", "about 140 channels",
         "Issue No. 214", "€5 a month, 1,932 readers"],
 "006": ["~12,000 (episode title)", "roughly half of the 11,000 (part)", "one in three (ratio)",
         "11 or 12 thousand (the same baselines again)", "If as many as 100,000 were sent (hypothetical)",
         "some thousands", "1950s", "about six weeks", "1.2-million-strong army", "20% off a 2-year plan",
         "$3 a month", "Episode 112/113, 42:17, 4.8 (1,203 ratings)", "60 km (headline)", "1,100 days (headline)",
         "Transcript comments (22)", "timestamps"],
 "007": ["24.IV.2025, 23.IV.2025, 9.I.2025 (dates)", "3 812 views, 14 comments", "170-mm, 240-mm M1991, KN-23",
         "about 50% of the ammunition", "3 tanks and 7 armoured combat vehicles", "about 60 km", "100 UAH a month",
         "1 270 soldiers and 32 artillery systems (headline)", "4 more Mirage 2000 (headline)"],
 "008": ["214 news bulletins", "2024 treaty, Article 4", "€10 a month", "100 000 dead Russian soldiers (headline)",
         "30 days (headline)", "3 times a week", "six months", "5 min"],
 "009": ["28 trillion won ($19.6 billion)", "since 2023", "April 2025 (document title)", "KOSPI 2,556.61, 0.4% (headline)",
         "28 C (headline)", "2 dead, 11 injured (headline)", "Share 1.1K", "Comments (12)"],
 "010": ["1,000 deminers and 5,000 military construction workers (planned)", "6,000 sappers and builders (headline, planned)",
         "The 6,000 people now being sent (planned)", "second visit in two weeks", "Article 4", "at least 10 years",
         "75th anniversary, June 25", "5% short (headline)", "7.5%, 66 trillion won (headline)", "50% bonus (headline)",
         "3 years on (headline)", "416 shares"],
 "011": ["a total of 12,000 troops in four brigades (planned)", "between 8 and 13 October",
         "1,000 deminers and 5,000 military builders (planned)", "1,482 edits by 211 users",
         "reference titles with 1,500 / 10,000 / Over 3,000 / 600 killed / 2,000", "1943, 2000 (See also)",
         "License 4.0", "26–28 April"],
}
OFF = ["012", "013"]
DUP = {"014": "000"}

MUST = {
 ("000-3", "001-1"): "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart",
 ("004-3", "005-1"): "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart",
}
MAY = {
 ("006-1", "006-2"): "a further 3,000 against the original 11,000: an additional force",
 ("006-1", "006-3"): "a further 3,000 against the 12,000 first sent: an additional force",
 ("006-2", "006-3"): "the original contingent as 11,000 (NIS) against 12,000 (HUR), both spoken as round baselines in a podcast",
 ("007-2", "007-3"): "about 11,000 initially against another 3,000: an additional force",
 ("007-2", "008-3"): "about 11,000 initially against about 3,000 more: an additional force",
 ("007-2", "009-1"): "about 11,000 initially (HUR) against some 15,000 in all (NIS): first wave against the total",
 ("007-3", "008-2"): "another 3,000 against an initial 11,000-12,000: an additional force",
 ("007-3", "009-1"): "another 3,000 against some 15,000 in all: part of the whole",
 ("007-1", "009-4"): "more than 4,000 now (HUR) against about 3,000 'reported in January' (NIS): months apart",
 ("008-2", "008-3"): "an initial 11,000-12,000 against about 3,000 more: an additional force",
 ("008-2", "009-1"): "an initial 11,000-12,000 against some 15,000 in all (NIS): first wave against the total",
 ("008-3", "009-1"): "about 3,000 more against some 15,000 in all: part of the whole",
 ("009-2", "009-4"): "about 4,700 now against about 3,000 in January, same agency: an update months apart",
 ("010-1", "010-3"): "about 15,000 in all against about 1,500 in the first wave (October 2024): part and months apart",
}
# Incompatible intervals within the window that are NOT conflicts: the README's part against the whole.
NOT_CONFLICT = {
 ("002-1", "002-2"): "about 8,000 of them in Kursk against more than 10,000 in Russia: part of the whole",
 ("004-1", "005-2"): "17 killed by one unit over two days against about 300 killed in all: part of the whole",
 ("004-2", "005-3"): "29 wounded by one unit over two days against about 2,700 wounded in all: part of the whole",
 ("003-1", "003-2"): "two captured on 9 January against one taken in December who died: different events",
 ("003-2", "004-4"): "one taken in December who died against the two captured in January: different events",
 ("004-3", "005-5"): "a few thousand (vague, optional) against about 3,000",
}


def interval(c):
    m, s, v, vmax, q = c[:5]
    if q == "exact":
        return v * 0.98, v * 1.02
    if q == "about":
        return v * 0.9, v * 1.1
    if q in ("more_than", "at_least"):
        return v, float("inf")
    if q in ("less_than", "at_most", "up_to"):
        return 0, v
    return v, vmax


def published(aid):
    with open(os.path.join(HERE, "articles", aid + ".txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("published:"):
                return datetime.fromisoformat(line.split(":", 1)[1].strip().replace("Z", "+00:00"))
    raise SystemExit("no published: header in %s" % aid)


def timeline_pairs():
    """The timeline (011) lists dated entries a year apart: its incompatible pairs are may."""
    cl = A["011"]
    out = {}
    for i in range(len(cl)):
        for j in range(i + 1, len(cl)):
            a, b = cl[i], cl[j]
            (alo, ahi), (blo, bhi) = interval(a), interval(b)
            if a[0] == b[0] and a[1] == b[1] and (ahi < blo or bhi < alo):
                out[("011-%d" % (i + 1), "011-%d" % (j + 1))] = (
                    "timeline entries on different dates: %s %s against %s" % (a[0], a[2], b[2]))
    return out


def check(pairs):
    """Every incompatible same-metric pair within 7 days must be classified."""
    flat = [(aid, n, c) for aid, cl in A.items() for n, c in enumerate(cl, 1)]
    for x in range(len(flat)):
        for y in range(x + 1, len(flat)):
            (a1, n1, c1), (a2, n2, c2) = flat[x], flat[y]
            if c1[0] != c2[0] or c1[1] != c2[1]:
                continue
            if abs(published(a1) - published(a2)) > timedelta(days=7):
                continue
            (lo1, hi1), (lo2, hi2) = interval(c1), interval(c2)
            if hi1 < lo2 or hi2 < lo1:
                key = ("%s-%d" % (a1, n1), "%s-%d" % (a2, n2))
                if key not in pairs:
                    raise SystemExit("unclassified incompatible pair %s %s" % key)


MAY.update(timeline_pairs())
check(set(MUST) | set(MAY) | set(NOT_CONFLICT))

goldlib.write(
    "Gold labels for the blind9 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [[a, b, why] for (a, b), why in MUST.items()],
        "may": [[a, b, why] for (a, b), why in MAY.items()],
    },
)
