#!/usr/bin/env python3
"""Write gold.json for the blind222 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "Park Sun-won", "lawmaker", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
GER = ["Gerasimov", "General Staff", "Russia", "Moscow"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "Roughly 3,000 North Korean soldiers have been shipped to Russia so far this month", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "The first contingent, about 1,500 special forces troops", False),
         ("troops", "north_korea", 3000, None, "at_least", ["Kirby", "White House", "United States", "U.S."],
          "at least 3,000 North Korean troops had moved into eastern Russia", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "between 10,000 and 12,000 North Korean troops are in Russia", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL,
          "11,000 North Korean soldiers were already in the Kursk region", False),
         ("troops", "north_korea", 12000, None, "up_to", NIS,
          "Up to 12K North Korean soldiers in Russia, some already in combat: NIS (headline)", True)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 other North Korean soldiers have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That would bring the North's losses to around 1,100 in total", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US military official", "US official", "U.S."],
          "several hundred North Korean troops had been killed or wounded", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded fighting for Moscow", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Seoul's spy agency had put North Korean losses at around 1,100", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "among them about 100 dead", False)],
 "004": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korea's casualties from the fighting in Russia's Kursk region are estimated at around 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "including some 300 soldiers killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "Of the total, about 2,700 were wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + NIS + ["SBU", "Ukrain"],
          "his forces had captured two North Korean soldiers in the Kursk region", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean units fighting in Russia's Kursk region have now lost nearly 4,000 soldiers, killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["office", "SBU", "Ukrain"],
          "the two North Korean soldiers captured last week", False),
         ("killed", "ukraine", 3, None, "exact", ["Fedorov", "governor"],
          "A Russian missile strike on Zaporizhzhia has killed three people", True),
         ("wounded", "ukraine", 11, None, "exact", ["Fedorov", "governor"],
          "and wounded 11", True),
         ("casualties", "russia", 780000, None, "more_than", ["Ministry of Defence", "MoD", "UK"],
          "Russia has likely suffered more than 780,000 casualties since February 2022", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", GER,
          "the enemy lost more than 76,000 servicemen during the so-called Kursk adventure", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Roughly 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 who died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 troops in all", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "a second wave of roughly 3,000 soldiers who arrived in January and February", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "military intelligence", "Ukrain"],
          "North Korean losses had \"exceeded 4,000,\"", False),
         ("casualties", "ukraine", 76000, None, "more_than", GER,
          "Gerasimov, claimed that Ukraine lost more than 76,000 troops in the region", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "unattributed", "Post"],
          "2 — North Korean soldiers held prisoner in Ukraine", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "About 2,000 North Korean soldiers have been killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North had sent around 15,000 combat troops in total", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Pyongyang"],
          "nine of its soldiers were killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "South Korea's National Intelligence Service estimated that about 2,000 North Korean soldiers had died", False),
         ("troops", "north_korea", 11000, None, "about", ["Defence Intelligence", "HUR", "Ukrain"],
          "some 11,000 North Korean military personnel are still in Kursk region", False)],
}
NOT = {
 "000": ["expects the total to reach 10,000 by December (planned)", "several hundred square kilometres", "Aug. 6",
         "won fell 0.6%", "exports rise 4.6% (headline)", "Seven killed in Kharkiv (headline)", "274% (headline)",
         "Oct. 27 election (headline)", "3 minute read"],
 "001": ["170-millimeter guns, 240-millimeter rocket launchers", "about $2,000 a month", "over 13,000 containers of munitions",
         "about 9,000 km", "Nov. 9, 2024", "11th Corps", "1,000 more balloons (headline)", "KOSPI 1.1% (headline)",
         "2024 munitions expo (headline)", "Comments (12), Like 48", "35th straight week"],
 "002": ["Watch video 1:52", "jets 159 times (headline)", "19:05 JST"],
 "003": ["about 10 kilometres from the border", "up to 60 kilometres", "August 6", "500,000 without power (headline)",
         "€35 billion (headline)", "3 min", "10:40"],
 "004": ["born in 2005 / 1999, joined 2021 / served since 2016", "at least one soldier tried to do so", "paras 5-7",
         "Share 41", "1,100 km (headline)", "US$683.8 bln (headline)", "3rd week", "10 aircraft"],
 "006": ["2,314 comments", "100-year partnership", "£3bn a year", "39 drones and four missiles, 24 shot down, 15 lost",
         "52% (headline)", "170 million US users (headline)", "death toll rises to 27 (headline)"],
 "008": ["over 7,700 pieces of weapons", "412 tanks", "June 19, 2024", "December 4, 2024", "Article 4",
         "up to 1,215 troops in past day (headline)", "3 communities (headline)", "end of 2026 (headline)"],
 "009": ["about 4,000 miles from the battlefield", "about $20 billion", "over eight months", "Comments 317", "6 min",
         "250,000 at funeral (headline)", "169 seats (headline)", "100 days, 5 takeaways (headline)", "2019"],
 "012": ["thousands of military engineers and builders (planned)", "1,000 deminers and 5,000 military construction workers (planned)", "more than three times the previous estimate",
         "more than 12 million artillery shells", "152mm ammunition", "80 years (headline)",
         "kill 23 in Kyiv, 2 children (headline)", "3 more Patriot systems (headline)", "three-stage plan"],
 "014": ["120 days", "528th engineer regiment", "1,000 deminers and 5,000 military builders (planned)", "170mm, 240mm",
         "1,180 soldiers in past day (headline)", "Kherson 37 times, 2 injured (headline)", "Views 2 761"],
}
OFF = ["007", "010", "011", "013"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind222 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 24), five days apart"],
            ["003-1", "003-2", "more than 3,000 (Zelensky) against Seoul's around 1,100 restated in the same report"],
            ["004-1", "006-1", "about 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 17), four days apart"],
        ],
        "may": [
            ["002-4", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-3", "002-4", "about 1,100 (NIS) against several hundred (US official, earlier in the week): a vague figure"],
            ["002-4", "003-2", "several hundred (US official) against around 1,100 restated (NIS): a vague figure"],
            ["000-1", "001-1", "about 3,000 in October against 10,000-12,000 in November: a growing deployment, 27 days apart"],
            ["004-1", "009-1", "about 3,000 casualties in January against about 4,700 in May: a cumulative update"],
            ["004-2", "009-2", "about 300 killed in January against about 600 in May: a cumulative update"],
            ["009-2", "012-1", "about 600 killed in May against about 2,000 in September: a cumulative update"],
            ["012-2", "014-3", "15,000 sent in total (NIS, Sep) against 11,000 still in Kursk (HUR, Dec): months apart"],
            ["009-3", "014-3", "15,000 sent in total (NIS, May) against 11,000 still in Kursk (HUR, Dec): months apart"],
        ],
    },
)
