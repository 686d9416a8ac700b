#!/usr/bin/env python3
"""Write gold.json for the blind40 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, earlier sets' articles or any crosscheck
output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
WH = ["Kirby", "White House"]
PENT = ["Pentagon", "Singh", "Department of Defense", "Defense Department"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
UKMOD = ["Ministry of Defence", "MoD", "Britain", "UK"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "putting the first contingent at about 1,500 soldiers", False)],
 "001": [("troops", "north_korea", 3000, None, "at_least", WH,
          "North Korea has moved at least 3,000 soldiers into eastern Russia since early October", False)],
 "002": [("troops", "north_korea", 10000, None, "about", PENT,
          "Roughly 10,000 North Korean soldiers have been sent to train in eastern Russia", False),
         ("troops", "north_korea", 3000, None, "at_least", WH,
          "more than three times the \"at least 3,000\" that the White House cited a week ago", False)],
 "003": [("troops", "north_korea", 8000, None, "about", ["Blinken", "Secretary of State", "US", "U.S."],
          "Some 8,000 North Korean soldiers are now in Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", ["Blinken", "Secretary of State", "US", "U.S."],
          "the US believed roughly 10,000 troops had been sent to Russia in total", False),
         ("casualties", "ukraine", 30000, None, "more_than", ["defence ministry", "Russia"],
          "Ukraine has lost more than 30,000 troops in the region since then", False)],
 "004": [("troops", "north_korea", 11000, None, "exact", ZEL + ["Ukrainian intelligence"],
          "Ukrainian intelligence now counts 11,000 North Korean soldiers in Russia's Kursk Oblast", False),
         ("troops", "north_korea", 500, None, "about", ["Budanov", "military intelligence", "HUR", "GUR"],
          "The North Korean contingent includes around 500 officers", False)],
 "005": [("troops", "north_korea", 10000, None, "more_than", NIS,
          "More than 10,000 North Korean soldiers are now stationed in Russia", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL,
          "the 11,000 that Ukrainian President Volodymyr Zelensky said last week were in the Kursk region", False)],
 "007": [("casualties", "north_korea", 200, 900, "vague", WH + ["United States", "US", "U.S."],
          "putting the toll in the \"several hundred\" range", True),
         ("casualties", "north_korea", 30, None, "at_least", ["military intelligence", "HUR", "GUR", "Ukrain"],
          "at least 30 North Korean soldiers had been killed or wounded over the weekend", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "raised its estimate of the force to between 11,000 and 12,000", False),
         ("casualties", "russia", 45000, None, "more_than", UKMOD,
          "Russian forces had suffered more than 45,000 killed and wounded in November alone", False)],
 "008": [("casualties", "north_korea", 1100, None, "about", JCS,
          "estimated to have suffered around 1,100 casualties", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 wounded", False)],
 "009": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers have already been killed or wounded", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "South Korea's Joint Chiefs of Staff estimated North Korean losses at around 1,100", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US official", "U.S. official"],
          "a US official said last week that \"several hundred\" had been killed or wounded", True)],
 "010": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "Ukrainian forces have taken two North Korean soldiers prisoner", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean losses had reached almost four thousand killed and wounded", False)],
 "011": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have died in the war against Ukraine", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting the North's combined losses at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"] + NIS,
          "it had captured two wounded North Korean soldiers in the Kursk region", False)],
 "013": [("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 North Korean soldiers killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "of whom roughly 600 died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang had sent about 15,000 troops to Russia overall", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "some 3,000 reinforcements who arrived in January and February", False),
         ("casualties", "russia", 900000, None, "more_than", UKMOD,
          "Russia has suffered more than 900,000 killed and wounded since February 2022", False)],
}
NOT = {
 "000": ["around 12,000 soldiers in four brigades (planned)", "12K troops (headline, planned)",
         "up to 10,000 soldiers (Zelensky, planned)", "more than 13,000 containers", "Oct. 8 to 13, four days",
         "1950-53", "Facebook 1.2K, X 388", "7.5 pct, 0.41 pct, 2,593.22", "2,140 COVID-19 cases (headline)",
         "3,000 fans (headline)", "21 C"],
 "001": ["as many as 10,000 soldiers by December (projection)", "$1 for 6 months", "58°", "Comments (58)",
         "6 cents, $3.09", "$4.2 million", "Route 250", "35, 14 (score)", "3-0", "62%, 38%, 1,204 votes"],
 "002": ["about 28,500 US troops in South Korea (not a subject)", "$60 billion", "690 kilometers", "152mm",
         "KN-23", "$1.2B, 155mm (headline)", "30 more launchers by 2026 (headline)", "six years", "214 shares",
         "12 advertising partners", "February 2022"],
 "003": ["more than 1,000 sq km", "about 500km (310 miles)", "10,000 troops (related headline)",
         "3 training sites (headline)", "five days to go", "above 200 (other story's death toll)", "Man, 45",
         "1,500 costumes"],
 "004": ["15,000 readers, $5 a month", "a number of generals (vague, no figure)", "96 drones, 64 shot down (headline)",
         "about 1,300 square kilometers", "170-mm guns, 240-mm rocket launchers", "Aug. 6",
         "702,170 (+1,400) personnel, 9,226 tanks, 20,218 artillery (General Staff sidebar widget)",
         "1,000 days, 2 killed (headline)", "843 partners", "five years", "3 min read"],
 "005": ["170 mm, 240 mm", "Nov. 9", "Article 4", "1,400 per dollar, 2 years (headline)", "7 new cast members",
         "100,000 more care workers by 2030", "13:02, 15:40"],
 "007": ["three T-72 tanks and 12 armoured vehicles", "thousands gather in Damascus (headline)", "4.3%",
         "Comments (312)", "£2 a month", "200 years", "more than 1 year old"],
 "008": ["240 mm rocket launchers, 170 mm guns", "1.4 pct", "Dec. 27", "3 injured in apartment fire (headline)",
         "Facebook 864, X 251"],
 "009": ["3 injured (headline)", "18 more Leopard tanks", "7 oblasts", "12%", "23:42, 22:15", "24 December 2024, 08:00"],
 "010": ["born in 2005 / 1999", "several hundred square kilometres", "dozens of times a day", "day 1,053",
         "1.4M followers", "4 mins"],
 "011": ["Jan. 9", "$25/month", "3 new models (headline)", "ep. 356", "236 defectors in 2024 (headline)", "Share 417"],
 "013": ["two days after", "April 26", "2 killed, 40 injured in Kharkiv (headline)", "7 CDU ministers (headline)",
         "01:47 min video", "04/30/2025"],
}
OFF = ["006", "014"]
DUP = {"012": "011"}

goldlib.write(
    "Gold labels for the blind40 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-1", "004-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), five days apart"],
            ["008-1", "009-1", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky), one day apart"],
            ["010-2", "011-3", "almost 4,000 casualties (Zelensky) against around 3,000 (NIS), one day apart"],
        ],
        "may": [
            ["002-1", "003-1", "about 10,000 in Russia (Pentagon) against about 8,000 in Kursk (Blinken): Kursk is a part of Russia"],
            ["003-1", "003-2", "8,000 in Kursk against 10,000 in Russia, same speaker: a part of the whole"],
            ["009-1", "009-2", "more than 3,000 (Zelensky) against the JCS's 1,100 restated in the same article: the conflict already raised by 008-1"],
            ["007-1", "008-1", "several hundred (US) against about 1,100 (JCS): a vague figure"],
            ["007-1", "009-1", "several hundred (US) against more than 3,000 (Zelensky): a vague figure"],
            ["009-3", "009-1", "several hundred restated against more than 3,000: a vague figure"],
            ["009-3", "008-1", "several hundred restated against about 1,100: a vague figure"],
            ["009-3", "009-2", "several hundred restated against 1,100 restated: a vague figure"],
            ["007-1", "009-2", "several hundred (US) against 1,100 restated: a vague figure"],
            ["013-3", "013-4", "about 15,000 overall against some 3,000 reinforcements: a part of the whole"],
        ],
    },
)
