#!/usr/bin/env python3
"""Write gold.json for the blind64 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, earlier sets' articles, or any crosscheck
output on this set). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Defense Department", "Department of Defense", "Sabrina Singh", "Singh"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "North Korea has moved roughly ten thousand soldiers into Russia over the past several weeks, the Defense Department said Monday", False),
         ("troops", "north_korea", 2000, 9999, "vague", PENTAGON,
          "\"A few thousand\" of them, she said, appear to be heading toward the Kursk region", True),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "South Korea's National Intelligence Service had put the deployment at around 3,000 troops", False),
         ("casualties", "russia", 1200, None, "about", ["Ukraine's military", "Ukrain"],
          "Russia has lost about 1,200 soldiers a day in recent weeks along the eastern front", True)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS + ["Park Sun-won"],
          "North Korea has now sent somewhere between ten and twelve thousand soldiers to Russia", False),
         ("troops", "north_korea", 500, None, "about", NIS + ["Park Sun-won"],
          "the vanguard was a group of about 500 officers, among them three generals", False),
         ("troops", "north_korea", 3, None, "exact", NIS + ["Park Sun-won"],
          "among them three generals", True)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS + LEE,
          "At least a hundred North Korean soldiers have died fighting for Russia in the Kursk region", False),
         ("wounded", "north_korea", 1000, None, "about", NIS + LEE,
          "close to a thousand more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS + LEE,
          "The losses, taken together, come to about eleven hundred men", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "the Pentagon has said it believes 11,000 to 12,000 North Korean troops are in the Kursk area", False),
         ("casualties", "north_korea", 200, 900, "vague", ["Pentagon"],
          "\"several hundred\" had been killed or wounded as of last week", True),
         ("casualties", "north_korea", 1, None, "at_least", NIS + LEE,
          "At least one general-grade officer is believed to be among the casualties", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "Upwards of 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "when it estimated North Korean losses at about 1,100", False)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "Ukrainian forces have captured a pair of North Korean servicemen in Russia's Kursk region", False),
         ("wounded", "north_korea", 2, None, "exact", ZEL,
          "Two soldiers, though wounded, survived and were delivered to Kyiv", True)],
 "005": [("killed", "north_korea", 300, None, "about", NIS + LEE,
          "Some 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS + LEE,
          "and an estimated 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS + LEE,
          "That puts the North's casualties at roughly three thousand in all", False),
         ("captured", "north_korea", 2, None, "exact", NIS + LEE + ["Ukrain", "Kyiv"],
          "Ukraine had captured two North Korean soldiers on Jan. 9", False),
         ("troops", "north_korea", 40, None, "about", NIS + LEE,
          "some 40 trainee pilots had been sent to Russia for flight training", True)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have lost nearly 4,000 men killed or wounded, President Volodymyr Zelensky said", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "South Korea's spy agency, for its part, said on Monday it believed some 300 had died", False)],
 "007": [("troops", "north_korea", 3000, None, "about", NIS,
          "By its count they number roughly 3,000", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "on top of the original contingent of some eleven thousand", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean troops have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "with around 600 of them dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "It said North Korea had sent about 15,000 soldiers in all", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "HUR", "military intelligence"],
          "North Korean units have suffered well over 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "estimated North Korean casualties at about 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 dead", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "Moscow"],
          "Ukraine had lost more than 76,000 troops killed and wounded in Kursk Oblast", False),
         ("casualties", "north_korea", 20, 99, "vague", ["Special Operations Forces", "SSO", "Ukrain"],
          "hit a few dozen North Korean soldiers in a tree line", True),
         ("wounded", "ukraine", 9, None, "exact", ["Terekhov", "Mayor", "Kharkiv"],
          "A Russian drone attack on Kharkiv wounded nine people overnight", True)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea sent around 15,000 soldiers to the Kursk front", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "some 600 of them have been killed", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Kim Jong Un", "state media"],
          "he acknowledged that nine of them had been killed", False),
         ("troops", "north_korea", 1000, None, "about", ["South Korean officials", "South Korea"],
          "South Korean officials have said roughly a thousand deminers were dispatched", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the Russia deployment", False)],
}
NOT = {
 "000": ["well over a million personnel on paper (army size, not a deployment)", "170mm Koksan guns and 240mm rocket launchers",
         "1953", "Share 2.1K", "314 comments", "$4.99/month, 7 days", "11 years", "7 injured (headline)",
         "41 million, 8 days (headline)", "600 vessels (headline)", "$1.2 billion", "250,000 homes", "3 teens, $80,000",
         "12 partners", "5 min read"],
 "001": ["10-12K in the headline is the same range as the body", "$2,000 a month", "152mm guns", "1953",
         "a small team of South Korean officers (not a subject, not decided)", "Facebook 88", "2,418.86, 2.6%",
         "10 trillion won", "522,670 students", "5 days", "7 short-range ballistic missiles (headline)", "3 stories"],
 "002": ["240mm multiple rocket launchers and 170mm self-propelled guns", "Dec. 27 (headline)", "3 pct, 1.9 pct",
         "1,450 per dollar, 2009", "15:40"],
 "003": ["almost three times (a ratio)", "46 attacks", "Personnel: 776,990 (+1,520) (sidebar widget)", "Tanks: 9,630",
         "21,096 artillery systems", "1.3K shares", "3 more F-16s (headline)", "12,400 readers, $5 a month",
         "2 killed, 12 injured (headline)", "15th sanctions package, 52 vessels (headline)", "3.5% in 2025"],
 "004": ["born in 2005, served since 2021; born in 1999, in the army since 2016", "Jan. 9", "48,213 views", "3.2K",
         "13 killed, 113 injured (headline)", "25 defenders (headline)", "100 Shahed drones, 61 shot down (headline)",
         "Comments (118)", "180K subscribers"],
 "005": ["some 7,000 km by rail", "the 1960s", "1,500 km (headline)", "1,470.8 per dollar", "215 likes, 64 comments",
         "1 email, 5 stories"],
 "006": ["close to a thousand in three weeks (a change, not a count)", "about two-thirds of the nearly 4,000 (a share, no count)",
         "€100 million", "35mm gun systems", "33 of 55 drones", "37 updates", "2.4K, 389", "8 of 10 readers", "1 email, 6 days"],
 "007": ["about 220 artillery pieces", "170mm self-propelled guns and 240mm multiple rocket launchers", "$20 billion",
         "¥3,000 a month or $29.99 a year", "11.4% (headline)", "150 to the dollar (headline)", "$912 million (headline)",
         "Share: 1.1K"],
 "008": ["26 April", "two villages", "an 8km stretch", "from £4 a month", "276 comments", "10% (headline)",
         "2025 conclave (headline)", "34, 6 cars (headline)", "Arsenal 2-1 Bournemouth"],
 "009": ["Issue #412", "6 minutes", "three days", "August 2024", "31 of 40 drones", "50% of future revenues",
         "38,000 readers", "$8/month or $80/year"],
 "010": ["a thousand deminers and five thousand military construction workers (planned)",
         "6K deminers and builders (headline, planned)", "second visit in two weeks", "$500 million a year", "Il-96",
         "24 hours", "12 specialist reporters, $9/month", "2 new buildings (headline)", "200% (headline)",
         "5,000-ton destroyer (headline)", "Comments (17)"],
 "011": ["some 120 days", "roughly 3 hectares", "$60 billion (headline)", "3 dead (headline)", "5.9% (headline)",
         "3 minute read"],
}
OFF = ["012", "013"]
DUP = {"014": "005"}

goldlib.write(
    "Gold labels for the blind64 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against upwards of 3,000 (Zelensky, Dec 23), four days apart"],
            ["005-3", "006-1", "roughly 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 16), three days apart"],
        ],
        "may": [
            ["003-1", "003-2", "Zelensky's 3,000+ against the NIS's 1,100 restated in the same article: the must pair's disagreement, retold"],
            ["000-1", "000-3", "about 10,000 (Pentagon, Oct 28) against about 3,000 (NIS, the week before, restated): an earlier count overtaken"],
            ["002-3", "002-5", "about 1,100 (NIS) against several hundred (Pentagon, a week earlier): a vague figure"],
            ["002-5", "003-1", "several hundred (Pentagon) against more than 3,000 (Zelensky): a vague figure"],
            ["007-1", "007-2", "roughly 3,000 reinforcements against the original 11,000: an additional force"],
            ["004-2", "005-2", "the two wounded prisoners against 2,700 wounded (NIS): a part, and an optional claim"],
            ["009-1", "009-5", "more than 4,000 (Budanov) against a few dozen hit in one strike: a part, a vague figure"],
            ["009-2", "009-5", "about 4,700 (NIS) against a few dozen hit in one strike: a part, a vague figure"],
        ],
    },
)
