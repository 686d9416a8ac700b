#!/usr/bin/env python3
"""Write gold.json for the blind77 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Budanov", "Defence Intelligence", "Defense Intelligence", "HUR", "military intelligence"]
SSO = ["Special Operations Forces", "SSO"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 11000, None, "about", HUR,
          "Some 11,000 North Korean infantrymen are currently going through training at ranges in Russia's Far East", False),
         ("troops", "north_korea", 10000, None, "exact", ZEL,
          "Ukrainian intelligence had information about 10,000 soldiers from North Korea who were being prepared to join Russian forces", False),
         ("killed", "north_korea", 6, None, "exact", ["Ukraine's military", "Ukrainian military", "Ukrain"],
          "six North Korean officers had been killed in a strike near occupied Donetsk on October 3", False)],
 "001": [("troops", "north_korea", 10000, None, "about", ["Singh", "Pentagon"],
          "North Korea has sent around 10,000 soldiers to eastern Russia for training", False),
         ("troops", "north_korea", 3000, None, "at_least", ["Kirby", "White House"],
          "at least 3,000 North Korean soldiers had traveled by ship to Vladivostok", False),
         ("troops", "north_korea", 7000, 8000, "range", ["Ukrainian officials", "Ukrain"],
          "Ukrainian officials have spoken of seven to eight thousand soldiers heading to the area", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS + ["Park Sun-won"],
          "between 10,000 and 12,000 North Korean servicemen are in Russia", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon"],
          "the Pentagon said that around 10,000 North Korean soldiers were in Russia", False),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "Secretary of State"],
          "about 8,000 had been moved toward the Ukrainian border", False)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "Around 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That is about 1,100 North Korean casualties in total, according to Lee Seong-kweun", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US military official", "US official", "senior US"],
          "a senior US military official said that \"several hundred\" North Korean soldiers had been killed or wounded", True),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead, the NIS said, was at least one general-rank officer", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have already been killed or wounded in the Kursk region", False),
         ("killed", "north_korea", 50, None, "about", SSO,
          "they had eliminated about 50 North Korean soldiers", False),
         ("wounded", "north_korea", 47, None, "exact", SSO,
          "and wounded 47", False)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "Ukrainian troops have taken two North Korean soldiers prisoner in Russia's Kursk Oblast", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the president said that more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Combined, the losses come to roughly 3,000 men", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers had been captured by Ukraine on Jan. 9", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean units have already lost nearly four thousand killed and wounded", False),
         ("killed", "north_korea", 17, None, "exact", SSO,
          "their operators killed 17 North Korean servicemen", False),
         ("wounded", "north_korea", 9, None, "exact", SSO,
          "and wounded 9 in that battle", False)],
 "009": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea dispatched roughly 3,000 additional soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS + ["South Korean estimates"],
          "The first contingent numbered about 11,000 soldiers, according to earlier South Korean estimates", False)],
 "010": [("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon said in December that between 11,000 and 12,000 North Korean troops were in Russia", False),
         ("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korea's losses in the Kursk region have exceeded 4,000 killed and wounded since autumn", False)],
 "011": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Pyongyang has lost around 4,700 soldiers killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "and roughly 600 of them died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "In all, North Korea had sent around 15,000 troops to Russia, he said", False),
         ("casualties", "north_korea", 4000, None, "more_than", HUR,
          "Kyrylo Budanov said last week that North Korean losses in Kursk had passed 4,000", False)],
 "012": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "Kim"],
          "Nine of the regiment's soldiers were killed during the mission, KCNA said", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "around 1,000 of the deminers had already arrived in the region", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "It had earlier put total North Korean casualties in the war at about 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 dead", False)],
}
NOT = {
 "000": ["1,380 soldiers, 31 artillery systems (Read also headline)", "November 1", "half of the rounds",
         "152mm and 122mm ammunition", "up to 700 km", "loss widget: 680,550 (+1,380), 9,040 tanks, 18,036, 19,543",
         "4 183 views", "95K subscribers", "2015-2024"],
 "001": ["three times the figure (a ratio)", "roughly 1,000 square kilometers", "Aug. 6", "2024 treaty",
         "100 drones, 3 killed in Kharkiv (headline)", "$20 billion (headline)", "12,000 members", "$5 a month",
         "Share 1.7K", "Comments 64", "3 min read"],
 "002": ["12K in the headline (the top of the NIS range, restated in the body)", "as many as 100,000 (could eventually send, hypothetical)",
         "170mm howitzers, 240mm rocket launchers", "2 North Korean units over 72 hours (Telegram embed)", "21.4K views",
         "718,000 (headline)", "40 Patriot missiles (headline)", "5 injured, including 2 children (headline)", "300,000+ readers"],
 "003": ["Share 318 / 96", "5 key takeaways (headline)", "19% (headline)", "₴2.2 trillion (headline)", "47,000 subscribers",
         "99 UAH / month"],
 "004": ["three days of fighting", "Telegram embed counts 1.2M, 48K, 6.9K", "100 drones and 3 ballistic missiles (headline)",
         "74% (headline)", "776,960 (headline)", "3 times a week, 8:00"],
 "005": ["born in 2005 / 1999, served since 2021 / 2016", "Jan. 9", "13 killed, 113 injured (headline)",
         "$500 million (headline)", "25 defenders (headline)", "95,000 readers", "16,400 members", "Share 3.4K", "Comments 211"],
 "006": ["about 10 officials (NIS staff)", "paras 4-6", "Dec. 4", "8.2 pct, 683.8 bln dollars (headline)",
         "1,100 km (headline)", "5 new Aegis destroyers by 2028 (headline)"],
 "007": ["two armored vehicles", "groups of 10-15 (tactics)", "38.7K views", "1,500 soldiers in a day (headline)",
         "42.28", "2 regions (headline)", "16th sanctions package", "190K subscribers"],
 "009": ["about 220 pieces of 170mm self-propelled guns and 240mm rocket launchers", "several weeks", "19 June 2024",
         "loss widget: 915,800 (+1,340), 10,320 tanks, 24,975, 28,610", "2 906 views"],
 "010": ["two days earlier", "5,000+ patrons", "45 drones, 9 injured (headline)", "€1.5 billion (headline)",
         "14.6% (headline)", "Comments (57)"],
 "011": ["70% in 2024", "70 missiles and 145 drones (headline)", "50/50 fund (headline)", "955,000 (headline)",
         "52,000 subscribers", "99 UAH / month", "Share 204 / 71"],
 "012": ["1,000 sappers and 5,000 military construction workers (planned, announced after Shoigu's visit)",
         "120 days", "June 17", "dozens of clashes daily", "653 drones, 51 missiles (headline)", "40% (headline)",
         "€90 billion, 2026-2027 (headline)", "23,000 members", "$5 a month", "Share 942", "Comments 38"],
}
OFF = ["013", "014"]
DUP = {"008": "006"}

goldlib.write(
    "Gold labels for the blind77 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["006-3", "007-1", "roughly 3,000 casualties (NIS) against nearly four thousand (Zelensky), four days apart"],
        ],
        "may": [
            ["001-1", "001-3", "around 10,000 sent to eastern Russia (Pentagon) against seven to eight thousand heading to Kursk (Ukrainian officials): a part, not explicitly said to be one"],
            ["002-1", "002-3", "10,000-12,000 in Russia (NIS) against about 8,000 moved toward the border (Blinken, restated): a part"],
            ["002-2", "002-3", "around 10,000 in Russia (Pentagon, restated) against about 8,000 moved toward the border (Blinken, restated): a part"],
            ["003-3", "003-4", "about 1,100 (NIS) against several hundred (US official, earlier in the week): a vague figure"],
            ["003-4", "004-1", "several hundred (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["009-1", "009-2", "roughly 3,000 additional soldiers against a first contingent of about 11,000: an additional force"],
            ["010-1", "011-3", "11,000-12,000 (Pentagon, December figure restated) against around 15,000 sent in all (NIS, reinforcements included), two days apart"],
        ],
    },
)
