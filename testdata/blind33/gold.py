#!/usr/bin/env python3
"""Write gold.json for the blind33 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, its output, or other sets' articles). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

# Attribution strings are matched as lowercase substrings of the system's attribution, so none of
# them may be a substring of another party's name ("US" is inside "Russia", "UK" inside "Ukraine").
NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "Park Sun-won", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Singh", "U.S.", "United States", "Washington", "Defense Department"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "the U.S. now believes about 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "roughly 3,000 North Korean soldiers had already arrived in Russia", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "estimated that between 10,000 and 12,000 North Korean soldiers are now in Russia", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "that puts North Korean casualties at about 1,100", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead, the spy agency said, was at least one officer of high rank", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers had been killed or wounded in Russia's Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "North Korea's losses stood at about 1,100 killed and wounded", False)],
 "004": [("casualties", "north_korea", 1000, None, "more_than", ["Kirby", "White House", "U.S.", "United States", "Washington"],
          "North Korean troops had suffered more than 1,000 killed and wounded in just one week of fighting", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon estimates that between 11,000 and 12,000 North Korean soldiers are currently in the Kursk region", False),
         ("killed", "north_korea", 1, None, "exact", ["special operations forces", "Ukrain"],
          "they found the body of one soldier who had apparently blown himself up with a grenade", True)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's Kursk region", False),
         ("wounded", "north_korea", 2, None, "exact", ZEL,
          "Two soldiers, although wounded, survived and were delivered to Kyiv", True)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 of them have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "puts the total losses of Pyongyang's expeditionary force at roughly 3,000 men", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Kyiv"],
          "Ukraine says it has captured two North Korean soldiers, both wounded, on January 9 and 11", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have reached almost 4,000 killed and wounded, Ukrainian President Volodymyr Zelenskyy said", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "South Korea's National Intelligence Service gave a lower number: around 300 dead", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "russia", 1500, None, "about", ["Kiviselg", "Estonian Defence Forces", "EDF", "Estonia"],
          "Russia continued to lose on average around 1,500 men a day killed and wounded along the whole front", True)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "among them roughly 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent around 15,000 troops to Russia since last autumn", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "including some 3,000 reinforcements who arrived in January and February", False),
         ("troops", "russia", 60000, None, "about", ["Kyiv", "Ukrain"],
          "Kyiv estimated in March that its incursion, launched in August 2024, had tied down some 60,000 Russian troops", False)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS,
          "Seoul's intelligence service estimates that the North sent some 15,000 men", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "nearly a third of them — around 4,700 — were killed or wounded", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "military intelligence", "Ukrain"],
          "Kyrylo Budanov, said that North Korean losses had passed 4,000 killed and wounded", False)],
 "010": [("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed, a figure that counts only the dead", False),
         ("casualties", "north_korea", 6000, None, "more_than", ["Ministry of Defence", "MoD", "British", "UK Ministry", "UK MoD", "UK Defence"],
          "North Korean casualties, killed and wounded, \"have highly likely exceeded 6,000\"", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "a force that, according to the NIS, reached about 15,000 personnel across two rotations", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["KCNA", "state media", "state news agency", "Kim", "North Korea", "Pyongyang"],
          "Nine members of the regiment were killed during the 120-day mission, KCNA said", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers have died fighting for Russia since late 2024", False)],
}
NOT = {
 "000": ["10,000 in total by December (expected, planned)", "14 years as Dutch prime minister", "€40 billion a year (headline)",
         "700-km (headline)", "4 more IRIS-T; 17 promised by 2026 (headline)", "15th sanctions package, 3 tankers (headline)",
         "48K followers", "7 a.m.", "Share 2.1K", "Comments 312", "18:05 CET"],
 "001": ["170mm self-propelled guns, 240mm multiple rocket launchers", "some 13,000 containers", "more than 8 million rounds",
         "since August 2023", "1953", "100th day (headline)", "1.2 million strong (headline)", "9% inflation (headline)",
         "€7.99 a month", "842 partners", "4 min read", "6:32 pm"],
 "002": ["1,340-kilometre border", "December 2023", "several hundred square kilometres", "2 more air defence systems, €316 million (headline)",
         "Over 90% (headline)", "3 arrested (headline)", "Share: 64", "Comments (17)", "12:45, 13:10"],
 "003": ["almost three times", "January 20", "December 14", "3.5% (headline)", "20% (headline)", "$100bn (headline)",
         "$1 for 4 weeks, $75 per month", "147 comments", "ATACMS and Storm Shadow"],
 "004": ["78 missiles and 106 drones (headline)", "38 dead, 29 survivors (headline)", "24 crew (headline)",
         "1,500 soldiers a day (other story's headline)", "15th package of sanctions", "16 December", "8am", "09:15 GMT+1"],
 "005": ["born in 2005 and 1999", "since 2021", "5-6% of GDP from 2026", "44 Leopard 2 tanks (headline)", "3 hours (headline)",
         "67% (headline)", "5 minutes", "Share 211", "9 comments"],
 "006": ["over a million men under arms (the whole army, not a deployment)", "one case, a soldier about to be taken prisoner",
         "3/2025", "1,000 Days (headline)", "€100 Billion (headline)", "2029 (headline)", "€1 for the first month",
         "86 comments", "Share 1,024", "17.00 Uhr"],
 "007": ["94 attacks in 24 hours", "the 16th sanctions package", "3.7% of GDP", "6 more HIMARS for €200 million (headline)",
         "12 arrested (headline)", "2 hours (headline)", "Comments: 4", "15:25"],
 "008": ["more than 200 long-range artillery pieces", "KN-23", "around 90% of aid", "$524 billion", "August 2024",
         "20 zł a month", "4.7% of GDP (headline)", "Over 1,000 Polish soldiers (headline)", "77% (headline)",
         "Share on Facebook (312)", "28 comments"],
 "009": ["28,500 U.S. troops (not a subject)", "20 trillion won (about $14 billion)", "nearly a third", "six months",
         "3.5% (headline)", "100 days, 5 charts (headline)", "10-day free trial", "Share 640", "Comments 57", "5 min read"],
 "010": ["1,000 deminers and 5,000 military construction workers (planned)", "groups of three to five", "170mm Koksan guns, 240mm rocket launchers",
         "30-40 km", "around 40% of those deployed", "Key points 1. 2. 3.", "12 years", "15 km (headline)",
         "700,000 Troops (headline)", "155mm, 2 Million Shells (headline)", "£95 a year", "1,8K views", "9 Minute Read"],
 "011": ["1,000 deminers and 5,000 military construction workers (planned)", "120-day mission / 120 days",
         "a hundred battles", "June 2024", "1,000 Russian drones (headline)", "20,000 volunteers (headline)",
         "28 points (headline)", "13.12.2025"],
}
OFF = ["013", "014"]
DUP = {"012": "006"}

goldlib.write(
    "Gold labels for the blind33 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelenskyy, Dec 23)"],
            ["006-3", "007-1", "roughly 3,000 casualties (NIS, Jan 13) against almost 4,000 (Zelenskyy, Jan 16)"],
        ],
        "may": [
            ["000-1", "000-2", "about 10,000 sent (Pentagon) against roughly 3,000 arrived a week earlier (NIS): a deployment still growing"],
            ["003-1", "003-2", "the same NIS-against-Zelenskyy disagreement restated inside one article"],
            ["008-3", "008-4", "about 15,000 in total against some 3,000 reinforcements: an additional force, a part of the whole"],
            ["008-4", "009-1", "some 3,000 reinforcements against some 15,000 in total: an additional force, a part of the whole"],
        ],
    },
)
