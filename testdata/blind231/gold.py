#!/usr/bin/env python3
"""Write gold.json for the blind231 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import itertools
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy", "Zelensk"]
PENTAGON = ["Pentagon", "Singh", "Defense Department", "U.S.", "US "]
HUR = ["Defence Intelligence", "Defense Intelligence", "HUR", "military intelligence", "Budanov", "Yusov", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "with about 1,500 special operations personnel already moved to the Russian Far East in a first wave", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "About 10,000 North Korean soldiers are now in Russia", False),
         ("troops", "north_korea", 11000, None, "exact", HUR,
          "Eleven thousand North Korean troops had arrived in Kursk by Monday, its chief Kyrylo Budanov told", False),
         ("troops", "russia", 50000, None, "about", ZEL,
          "Moscow has massed around 50,000 troops of its own in the area, Ukrainian President Volodymyr Zelenskiy said", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers deployed to Russia have been killed in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Nearly 1,000 more have been wounded, the National Intelligence Service told", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That would put the North's total casualties at roughly 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Of the roughly 11,000 troops Pyongyang has sent", False),
         ("killed", "north_korea", 50, None, "exact", ["special operations forces", "SSO", "Ukrain"],
          "their units had killed 50 North Korean soldiers", False),
         ("wounded", "north_korea", 47, None, "exact", ["special operations forces", "SSO", "Ukrain"],
          "and wounded 47 in three days of fighting", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "North Korean troops fighting for Russia in Kursk Oblast have already lost more than 3,000 soldiers, killed and wounded", False),
         ("casualties", "north_korea", 200, None, "at_least", HUR,
          "North Korean units in Kursk Oblast had lost at least 200 soldiers in several days of assaults", False),
         ("troops", "russia", 50000, None, "about", ZEL,
          "Russia keeps about 50,000 of its own troops in the Kursk direction", False),
         ("killed", "north_korea", 100, None, "exact", NIS,
          "South Korea's intelligence service put the North's losses last week at 100 killed", False),
         ("wounded", "north_korea", 1000, None, "exact", NIS,
          "and 1,000 wounded", False)],
 "004": [("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "military", "South Korea"],
          "North Korean soldiers dispatched to Russia have suffered some 1,100 casualties", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "North Korea has sent about 11,000 troops to Russia", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers fighting alongside Russian forces against Ukraine have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 others wounded, South Korea's spy agency said Monday", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "bring the North's losses to roughly 3,000", False),
         ("troops", "north_korea", 11000, None, "about", ["U.S.", "South Korea", "Ukrain", "assessments"],
          "North Korea sent about 11,000 soldiers to Russia last fall", False),
         ("captured", "north_korea", 2, None, "exact", ZEL,
          "Zelenskyy said his forces had captured two wounded North Korean soldiers in Kursk", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "Zelenskyy said late last month that more than 3,000 North Korean soldiers had been killed or injured", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL + ["president"],
          "North Korean units have suffered almost four thousand losses in the Kursk region, killed and wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Seoul's spy agency put the number at about 300 dead", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 injured", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "the two North Korean soldiers captured on 11 January", False)],
 "007": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea dispatched an estimated 3,000 additional soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the roughly 11,000 troops Pyongyang began moving to Russia last October", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the enemy had lost more than 76,000 servicemen killed and wounded", False),
         ("troops", "ukraine", 1000, None, "up_to", ["Russian Defense Ministry", "Defense Ministry", "Russia"],
          "a force the Russian Defense Ministry estimated at the time at up to 1,000 servicemen and 11 tanks", True)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korean troops sent to Russia have suffered around 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "In total, the North has deployed about 15,000 troops to Russia, he told reporters", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korea's losses in Russia's Kursk Oblast have passed 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's National Intelligence Service had earlier put the North's casualties at about 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 dead", False),
         ("captured", "north_korea", 2, None, "exact", HUR,
          "Ukraine was still holding the two North Korean prisoners captured in January", False)],
 "011": [("troops", "north_korea", 1500, None, "about", NIS,
          "Oct 2024 | South Korea's National Intelligence Service (NIS) | about 1,500 special forces sent in a first wave", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "Nov 2024 | Pentagon | about 10,000 North Korean troops in Russia", False),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "Dec 2024 | Pentagon | 11,000 to 12,000 troops in the Kursk region", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "Dec 2024 | NIS | about 100 killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and 1,000 wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Jan 2025 | NIS | about 300 killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "Jan 2025 | Volodymyr Zelensky | nearly 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Apr 2025 | NIS | about 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 killed", False),
         ("casualties", "north_korea", 6000, None, "more_than", ["Ministry of Defence", "MoD", "UK", "British"],
          "Sep 2025 | UK Ministry of Defence | more than 6,000 casualties", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "South Korea's spy agency now believes the North has rotated roughly 15,000 soldiers through Russia", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "the two prisoners held by Ukraine since January", True)],
}
NOT = {
 "000": ["a total of 12,000 soldiers in four brigades (planned; '12K' in the headline)", "11th Corps",
         "Oct. 8 and 13", "more than 13,000 containers", "2 fan meetings", "2,593.82", "1,371.4 per dollar",
         "10,000 N. Korean troops preparing (related headline)", "1.5 mln artillery shells (headline)",
         "2 N. Korean officers among 6 killed (headline)", "Facebook 1.2K, X 864"],
 "001": ["roughly 1,300 square km", "about half of it", "300-km ATACMS", "$5,000 a month, the 4% rule",
         "50 Ukrainian drones, 2 people hurt (headline)", "Oil rises 3% (headline)", "82 million votes (headline)"],
 "002": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "Dec. 4", "Share 341",
         "30 N. Korean troops killed or wounded (related headline)", "Dec. 27", "2.1%", "1.4%", "1.8 trillion won",
         "250 new suicide drones (headline)", "10 cm", "17:30 / 17:46"],
 "003": ["Russian losses widget: personnel about 774,310 (+1,540), 9,559 tanks, 19,742 armoured vehicles, 21,076 artillery, 1,262 MLRS",
         "From $3 a month", "7 ballistic missiles: 2 killed, 11 injured (headline)", "150 defenders (headline)",
         "80% of Ukraine without power (headline)", "Comments (214)", "17:05"],
 "004": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled howitzers", "seventh nuclear test",
         "January 20", "1,450 (won-dollar, headline)", "15 years", "2,000 flights (headline)", "2 prospects",
         "Views 3,408", "06:00 / 07:10 / 08:00"],
 "005": ["born in 2005", "joined the army in 2021", "death toll rises to 24 (headline)", "Pope Francis, 88",
         "4.8% (headline)"],
 "006": ["around 700 kilometres", "some 1,300 square kilometres", "6 August 2024", "Comments 57",
         "15 years (headline)", "5 things (headline)", "40 missiles, 70 drones (headline)", "847 partners",
         "3 free newsletters", "8am"],
 "007": ["8.7 trillion yen ($58 billion)", "fiscal 2025", "70 years", "about two weeks", "2+2 talks in 9 years (headline)",
         "30% (headline)", "2 cruise missiles (headline)", "Nikkei Asia 300", "$1.99"],
 "008": ["7,700 units of weaponry", "415 tanks", "364 infantry fighting vehicles", "1,000 guns and mortars", "11 tanks",
         "Article 4", "June 19, 2024", "72-hour ceasefire (headline)", "3 Ukrainian counterattacks (headline)",
         "82.3 per dollar", "2.1 million subscribers"],
 "009": ["around $20 billion", "roughly a fifth", "since 2023", "after 8 months (headline)",
         "Three killed in Dnipro (headline)", "0.8% (headline)", "Facebook (2,310)", "X (412)"],
 "010": ["Koksan 170-mm guns", "240-mm rocket systems", "10 to 15 kilometres", "99 UAH a month",
         "29 injured, including 4 children (headline)", "338 MPs (headline)",
         "Russia lost 1,210 soldiers over past day (headline)", "140K subscribers", "Views 18,906"],
 "011": ["1,000 deminers and 5,000 military builders to be sent (planned, fact box row)",
         "1,000 sappers and 5,000 military construction workers (planned)", "up to $20 billion, about a fifth of its GDP",
         "Twelve months", "6 min read", "600 drones and 50 missiles (headline)", "€108 billion (headline)",
         "35 years (headline)", "3 minutes", "Share 1,104"],
}
OFF = ["012", "013"]
DUP = {"014": "005"}

# Interval reading of a claim, as the README defines conflicts: about ±10%, exact ±2%, bounds, ranges.
INF = float("inf")


def interval(c):
    _, _, v, vmax, q = c[:5]
    return {"about": (v * 0.9, v * 1.1), "exact": (v * 0.98, v * 1.02), "more_than": (v, INF),
            "at_least": (v, INF), "less_than": (0, v), "at_most": (0, v), "up_to": (0, v),
            "range": (v, vmax)}[q]


def clash(a, b):
    (alo, ahi), (blo, bhi) = interval(a), interval(b)
    return a[:2] == b[:2] and (ahi < blo or bhi < alo)


# The fact box in 011 restates estimates months apart on one page: a pair from it is defensible either way.
BOX_MAY = [["011-%d" % (i + 1), "011-%d" % (j + 1), "fact box rows months apart, restated on one page"]
           for (i, a), (j, b) in itertools.combinations(enumerate(A["011"]), 2) if clash(a, b)]

goldlib.write(
    "Gold labels for the blind231 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, 19 Dec) against more than 3,000 (Zelensky, 23 Dec), four days apart"],
            ["003-1", "004-1", "more than 3,000 casualties (Zelensky) against some 1,100 (JCS), the same day"],
            ["005-3", "006-1", "roughly 3,000 casualties (NIS, 13 Jan) against almost 4,000 (Zelensky, 15 Jan), two days apart"],
        ],
        "may": [
            ["001-1", "001-2", "about 10,000 in Russia (Pentagon) against 11,000 in Kursk (HUR): the bands touch, and Kursk is a part of Russia"],
            ["007-1", "007-2", "an additional 3,000 against the initial 11,000: an additional force"],
        ] + BOX_MAY,
    },
)
