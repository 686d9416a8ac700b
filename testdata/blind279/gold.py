#!/usr/bin/env python3
"""Write gold.json for the blind279 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskiy", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "exact", NIS + ["Park Sun-won"],
          "North Korea shipped an additional 1,500 soldiers to Russia earlier this week", False),
         ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
          "bringing the number of its troops sent there so far to about 3,000", False)],
 "001": [("troops", "north_korea", 10000, None, "about", ["Singh", "Pentagon", "Defense"],
          "Roughly 10,000 North Korean troops have moved into Russia's Kursk region", False),
         ("troops", "russia", 50000, None, "about", ZEL,
          "Russia has assembled some 50,000 troops, North Koreans among them, around the pocket, Zelensky said", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers have been killed in the fighting", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Nearly 1,000 more have been wounded, the agency estimated", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the North has lost around 1,100 soldiers", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "have lost more than 3,000 soldiers killed and wounded, according to preliminary data reported by President Volodymyr Zelensky", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "South Korea's National Intelligence Service told lawmakers on December 19 that about 1,100 North Korean soldiers had been killed or wounded", False)],
 "005": [("casualties", "north_korea", 3000, None, "about", NIS,
          "have suffered about 3,000 casualties, the National Intelligence Service (NIS) said Monday", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "The spy agency's estimate breaks down to some 300 killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and around 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Kyiv", "Ukrain"],
          "its forces had captured two North Korean soldiers alive in the Kursk region", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Of the roughly 11,000 troops Pyongyang sent in the fall, most remain deployed in Kursk, the agency believes", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea has lost nearly 4,000 troops killed and wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Seoul's intelligence agency told lawmakers on Monday that North Korea had suffered about 3,000 casualties", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "including some 300 dead", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "the two North Korean soldiers captured on Jan. 11", False),
         ("killed", "north_korea", 23, None, "exact", ["8th Special Operations Regiment", "Special Operations", "Ukrain"],
          "Ukraine's 8th Special Operations Regiment said it had killed 23 North Korean soldiers", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea has dispatched some three thousand additional soldiers to Russia since January", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "The new troops come on top of roughly 11,000 who were sent last autumn", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "The JCS put the number of North Koreans killed or wounded at around 4,000", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has suffered about 4,700 casualties in Russia's war against Ukraine", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Around 15,000 North Korean troops have been deployed to Russia in total, the National Intelligence Service told lawmakers", False),
         ("troops", "north_korea", 1500, None, "exact", NIS,
          "| Oct 2024 | NIS | 1,500 special forces in first transport |", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "Department of Defense", "US"],
          "| Nov 2024 | Pentagon | 11,000-12,000 troops in Russia |", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "| Jan 2025 | NIS | about 300 killed, about 2,700 wounded |", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "| Jan 2025 | NIS | about 300 killed, about 2,700 wounded |", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "HUR", "Defense Intelligence", "military intelligence"],
          "North Korea's losses in Russia have exceeded 4,000 killed and wounded, Ukraine's military intelligence chief Kyrylo Budanov said", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia"],
          "Ukraine had lost more than 76,000 servicemen killed and wounded during its eight months in Kursk", False)],
 "011": [("killed", "north_korea", 2000, None, "about", NIS,
          "Roughly two thousand North Korean soldiers have been killed fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "The agency had previously put the death toll at around 600", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "about 11,000 North Korean troops remain in Russia's Kursk region", False),
         ("casualties", "north_korea", 6000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "Britain's Ministry of Defence estimated in the spring that North Korea had suffered more than 6,000 casualties", False)],
}
NOT = {
 "000": ["around 10,000 troops by December (planned)", "11th Corps", "late teens or early 20s",
         "7 short-range ballistic missiles (headline)", "1.2 pct", "2nd batch of K2 tanks", "1,385 per dollar",
         "9.1 tln won", "Share 214", "Comments 37"],
 "001": ["several hundred square kilometers", "$425 million", "155mm artillery rounds", "about 300 kilometers",
         "14 countries, 6 years (bio)", "$1.2 billion (headline)", "17 ships (headline)", "4 F-35s after 2 incidents (headline)",
         "250,000 readers", "142 Comments"],
 "002": ["roughly two weeks", "240-millimeter rocket launchers", "170-millimeter guns", "157 per dollar (headline)",
         "6 prefectures (headline)", "8.7 trillion yen (headline)", "Newsline Asia 24 | 15:30 JST"],
 "003": ["almost three times higher", "2 killed, 9 injured (headline)", "30 Bradley vehicles (headline)",
         "776,010 (+1,580) personnel, 9,577 tanks, 19,861 artillery systems (loss widget)", "48,000 subscribers"],
 "005": ["near threefold jump", "born in 2005 / 1999", "$2,000 per soldier each month", "1,100 km (headline)",
         "3,000 police deployed (headline)", "2,500 (KOSPI)", "179 victims (headline)", "8-year high", "$160 million",
         "12 comments", "Share 88"],
 "006": ["two armored vehicles", "500 km from border (headline)", "2.4% (headline)", "16th sanctions package, Feb. 24 (headline)"],
 "007": ["170mm self-propelled howitzers", "240mm multiple rocket launchers", "three directions", "3 officials (headline)",
         "€500 billion (headline)", "30 days (headline)", "Share 1,9K", "Comments 206"],
 "008": ["Trump's first 100 days in 10 charts (headline)", "23 councils (headline)", "4 extra dates (headline)",
         "7am BST", "Comments (318)", "Share 2.4k"],
 "009": ["122mm and 152mm rounds", "roughly half of the artillery shells", "eight months", "8,500 members, $5 a month",
         "47 injured, including 5 children (headline)", "50% fund (headline)", "1,300 troops in past day (headline)",
         "1,027 views", "4 min read"],
 "011": ["6,000 more personnel: 1,000 deminers and 5,000 military construction workers (planned)", "the 2030s",
         "312 shares", "20% of border loudspeakers (headline)", "Nikkei up 1.5% (headline)", "4 Asia dates (headline)"],
}
OFF = ["010", "012", "013", "014"]
DUP = {"004": "003"}

goldlib.write(
    "Gold labels for the blind279 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["003-2", "003-1", "about 1,100 casualties (NIS, restated) against more than 3,000 (Zelensky), same article, different sources"],
            ["005-1", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelenskiy), three days apart"],
            ["006-2", "006-1", "about 3,000 casualties (NIS, restated) against nearly 4,000 (Zelenskiy), same article, different sources"],
        ],
        "may": [
            ["000-1", "000-2", "an additional 1,500 against about 3,000 so far (same NIS briefing): an additional force"],
            ["007-1", "007-2", "some 3,000 additional troops against roughly 11,000 sent last autumn: an additional force"],
            ["008-3", "008-4", "about 15,000 in total (April) against 1,500 in the first transport (fact box, October): a part, months apart"],
            ["008-3", "008-5", "about 15,000 in total (NIS, April) against 11,000-12,000 (Pentagon, November, fact box): months apart"],
            ["008-4", "008-5", "1,500 in the first transport against 11,000-12,000 a month later (both in the fact box)"],
            ["008-2", "008-6", "roughly 600 killed (April) against about 300 (January, fact box): months apart"],
            ["011-1", "011-2", "about 2,000 killed (September) against around 600 (the earlier estimate, restated): months apart"],
        ],
    },
)
