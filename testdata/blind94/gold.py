#!/usr/bin/env python3
"""Write gold.json for the blind94 set from the compact table below.

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
PENT = ["Pentagon", "Singh", "Defense Department", "U.S.", "US officials"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "military"]
RUMOD = ["Defense Ministry", "Defence Ministry", "Russia", "ministry", "Moscow"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "an advance group of about 1,500 special operations personnel already transported to the Russian Far East", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "roughly 10,000 North Korean soldiers are now in eastern Russia", False),
         ("troops", "north_korea", 8000, None, "about", PENT,
          "some 8,000 have moved into Russia's Kursk Oblast", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL,
          "there were already 11,000 North Korean soldiers in the Kursk region", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "Around 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That puts the North's overall casualties at roughly 1,100", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "between 10,000 and 12,000 North Korean soldiers were dispatched to Russia", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "The number of North Korean soldiers killed and wounded in Russia's Kursk region has already exceeded 3,000", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "assessed the losses of the North Korean forces that had recently taken part in battles against Ukraine at about 1,100 people", False)],
 "004": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers have been killed or wounded fighting for Moscow", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "between 11,000 and 12,000 North Korean troops were sent to Russia last autumn", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded fighting alongside Russian troops", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "which the National Intelligence Service put at roughly 3,000 in total", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Kyiv", "SBU", "Zelensky"],
          "it had captured two North Korean soldiers in the Kursk region", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "the North's losses were nearing 4,000 killed and wounded", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "roughly 3,000 soldiers estimated to have arrived in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "the roughly 11,000 soldiers the Joint Chiefs of Staff believes were deployed last autumn", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "North Korean casualties have now reached around 4,000", False)],
 "008": [("casualties", "ukraine", 67000, None, "more_than", RUMOD,
          "The Ukrainian armed forces have lost more than 67,000 servicemen in the Kursk area", False),
         ("casualties", "ukraine", 210, None, "more_than", RUMOD,
          "the losses of the Kyiv regime's units in the area amounted to more than 210 servicemen", False),
         ("troops", "north_korea", 11000, None, "about", ["Western media", "Western outlets", "Seoul", "Kyiv"],
          "some 11,000 North Korean servicemen had been sent to the Kursk area", False),
         ("troops", "ukraine", 2000, 9999, "vague", ["TASS", "Russia"],
          "several thousand troops backed by tanks crossed the border", True)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 troops to Russia since last year", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "some 4,700 of them have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 deaths", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "HUR", "military intelligence"],
          "Already more than 4,000, killed and wounded.", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korean casualties stood at about 4,700", False)],
 "011": [("troops", "north_korea", 15000, None, "about", ["South Korean and Ukrainian officials", "South Korea", "Ukrain", "officials"],
          "Pyongyang has sent about 15,000 soldiers to fight for Russia", False),
         ("casualties", "north_korea", 2000, 9999, "vague", ["South Korean and Ukrainian officials", "officials"],
          "thousands of whom have been killed or wounded", True)],
 "012": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media"],
          "Nine members of the unit died during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the fighting in Kursk", False),
         ("casualties", "north_korea", 6000, None, "about", ["Defence Ministry", "Britain", "British", "UK"],
          "Britain's Defence Ministry has put the North's total casualties at around 6,000", False)],
}
NOT = {
 "000": ["four brigades, or about 12,000 troops (planned: 'has decided to send')", "between Oct. 8 and 13",
         "11th Army Corps", "more than 13,000 containers", "1950-53", "Share 1.1K / 342 / 87",
         "1,368.6 won, 4.2 won (headline)", "7.5 pct (headline)", "2 dead, 5 injured (headline)", "2,593.18"],
 "001": ["190 miles (300 kilometers)", "$61 billion", "50 states (headline)", "48 percent (headline)",
         "2,000 drones (headline)", "Comments 1,482", "6 a.m."],
 "002": ["240-millimeter rocket launchers", "170-millimeter guns", "voted 204-85", "Dec. 3 / Dec. 27",
         "1,451 per dollar (headline)", "178th day (headline)", "9,900 won", "Share 274", "Comments 37"],
 "003": ["Views 8,611", "776,000 (other story's headline)", "6 injured (headline)", "40 mln euro (headline)",
         "2015-2024"],
 "004": ["12K / 4K in the headline (restate the body's range and Zelensky's figure)", "February 2022",
         "some 20 miles", "about 50 countries", "25th", "800,000 troops (headline)",
         "10 dead, 10,000 structures (headline)", "$170 million (headline)", "Share 2.3K", "Comments 312"],
 "005": ["240mm rocket launchers", "170mm howitzers", "February 2022", "June last year"],
 "007": ["about 200 long-range artillery pieces", "several weeks", "8.7 tril. yen (headline)",
         "1st in 2 months (headline)", "Share 41"],
 "008": ["4 tanks, 17 armored combat vehicles, 9 field artillery guns, 2 multiple rocket launchers",
         "about 86% of the territory", "past 24 hours", "August 6, 2024", "2.4% (headline)",
         "77 drones (headline)", "Views 3,417"],
 "009": ["5,000-ton destroyer", "1.2% (headline)", "34 days, June 3 (headline)", "8 injured (headline)",
         "Comments 12", "17:12:41"],
 "010": ["April 26", "seven months", "20,000 members", "2 killed, 29 injured (headline)",
         "$500 million (headline)", "170 drones, 105 downed (headline)", "Comments 64"],
 "011": ["1,000 deminers and 5,000 military builders (planned)", "6,000 deminers and builders (headline, planned)",
         "third visit in three months", "more than $20bn", "about 1,000 square kilometres",
         "220 dead, 241 on board, 210,000 tickets (headlines)", "112 articles", "£2", "287 comments"],
 "012": ["120 days", "1,000 deminers and 5,000 military construction workers (a pledge, planned)",
         "1st in 2 months (headline)", "9 tril. yen, fiscal 2026 (headline)", "Share 58"],
}
OFF = ["013", "014"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind94 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-2", "001-3", "some 8,000 in Kursk (Pentagon) against 11,000 in Kursk (Zelensky), the same day"],
            ["002-3", "003-1", "roughly 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), the same day"],
            ["004-1", "005-3", "nearly 4,000 casualties (Zelensky) against roughly 3,000 (NIS), three days apart"],
            ["005-3", "005-5", "roughly 3,000 casualties (NIS) against nearing 4,000 (Zelensky, restated), the same report"],
        ],
        "may": [
            ["001-1", "001-3", "about 10,000 in Russia (Pentagon) against 11,000 in Kursk (Zelensky): the bands touch, and Kursk is a part of Russia"],
            ["007-1", "007-2", "roughly 3,000 reinforcements against roughly 11,000 sent last autumn: an additional force"],
        ],
    },
)
