#!/usr/bin/env python3
"""Gold labels for testdata/blind629 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul's military", "South Korea's military"]

about = ("Gold labels for testdata/blind629/articles, fifteen articles written and labelled blind. "
         "See testdata/corpus/README.md for the meaning of every field and how output is scored.")

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS, "North Korea is sending about 12,000 troops", False),
        ("troops", NK, 1500, None, "about", NIS, "carried about 1,500 North Korean special operations troops", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ["Zelenskyy", "Zelensky"], "There are already 11,000 North Korean soldiers in the Kursk region", False),
        ("troops", NK, 8000, None, "at_least", ["Blinken", "United States", "US"], "at least 8,000 North Korean troops had been moved to the Kursk region", False),
        ("troops", NK, 12000, None, "about", ["Budanov", "HUR", "Defence Intelligence", "Ukraine"], "the contingent in Russia numbers roughly 12,000", False),
        ("troops", NK, 500, None, "about", ["Budanov", "HUR", "Defence Intelligence", "Ukraine"], "of whom about 500 are officers", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS, "roughly 1,100 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS, "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS, "about 1,000 had been wounded", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "South Korea"], "some 11,000 North Korean troops have been sent to Russia since October", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Zelensky", "Syrskyi"], "the number of North Korean soldiers killed and wounded in the Kursk region has already exceeded 3,000", False),
        ("troops", NK, 12000, None, "up_to", ["Kyiv", "Ukraine"], "up to 12,000 North Korean soldiers have been deployed to Russia", False),
        ("casualties", NK, 200, 900, "vague", ["Kirby", "White House", "National Security Council", "United States", "US"], 'North Korean troops had suffered "several hundred" casualties', True),
    ],
    "005": [
        ("captured", NK, 2, None, "exact", ["Zelenskyy", "Zelensky", "Ukraine"], "Ukraine has captured two North Korean soldiers in Russia's Kursk region", False),
    ],
    "007": [
        ("killed", NK, 300, None, "about", NIS_LEE, "Around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "2,700 wounded fighting Ukrainian forces in Russia's Kursk region", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE, "the agency now puts North Korea's total losses in Kursk at about 3,000", False),
        ("casualties", NK, 4000, None, "about", ["HUR", "military intelligence", "Ukraine"], "close to 4,000 North Korean soldiers had been killed or wounded", False),
        ("captured", NK, 2, None, "exact", ["Kyiv", "Ukraine", "unattributed"], "the two soldiers captured by Ukrainian forces on Jan. 9", False),
    ],
    "010": [
        ("troops", NK, 11000, 12000, "range", ["South Korea", "United States", "Ukraine"], "between 11,000 and 12,000 North Korean soldiers were sent to Russia last fall", False),
        ("troops", NK, 3000, None, "about", JCS + ["Seoul"], "around 3,000 more had been dispatched in January and February as reinforcements", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS_LEE, "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS_LEE, "including some 600 who died in combat", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE, "up from about 3,000 casualties the spy agency reported in January", False),
    ],
    "012": [],
    "014": [
        ("troops", NK, 11000, 12000, "range", ["unattributed"], "Between 11,000 and 12,000 North Korean soldiers arrived in Russia's Far East in October and November 2024", False),
        ("troops", NK, 3000, None, "about", ["South Korea", "South Korea's military"], "roughly 3,000 more followed in January and February 2025", False),
        ("killed", NK, 2000, None, "about", NIS, "around 2,000 North Korean soldiers had been killed", False),
        ("killed", NK, 9, None, "exact", ["Kim Jong Un", "Kim", "North Korea", "KCNA", "state media"], "nine members of the regiment had lost their lives clearing mines", False),
        ("captured", NK, 2, None, "exact", ["unattributed"], "Two North Korean soldiers captured by Ukrainian forces in January 2025", False),
    ],
}

NOT = {
    "000": ["four brigades in all", "between Oct. 8 and 13", "four Russian amphibious ships and three escort vessels",
            "the first time in 34 years", "more than 13,000 containers", "the 11th Army Corps", "9.1 tln won",
            "0.4 pct higher", "3.25 pct"],
    "001": ["five Russian military training grounds", "injuring 15 people", "33 of 47 Russian drones",
            "another 16 tanks in a day", "Comments (12)"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "N. Korea sending 12,000 troops 'a grave security threat'", "How 1,500 North Korean soldiers reached Russia's Far East",
            "15-year low against dollar at 1,450", "1.8 tril. won merger"],
    "004": ["78 missiles, 106 drones", "as little as $5 a month", "capture of 2 villages", "'We need 20 brigades'",
            "2 min read"],
    "005": ["Of the 74 drones, 47 were shot down and 27 were lost to electronic jamming", "One was born in 2005",
            "the other, aged 26", "180,000 households", "death toll rises to 16", "$1bn inauguration fund",
            "The 50 best TV shows"],
    "007": ["almost three times the figure", "End the War Within 24 Hours", "Advance 4 Kilometers Near Pokrovsk",
            "Comments (14)"],
    "010": ["Article 4 of the comprehensive strategic partnership treaty", "June 2024", "new 5,000-ton destroyer",
            "3-way air drills", "below 700,000 for first time", "134 points higher"],
    "011": ["more than 20,000 containers of munitions", "since August 2023", "on April 24", "2,556.61"],
    "012": ["1,000 sappers", "5,000 military builders", "6,000 military builders and sappers",
            "more than 400 square kilometers", "around 1,200 residential buildings", "the 80th anniversary",
            "over 1.5 million explosive objects", "at least two years"],
    "014": ["1,000 deminers and 5,000 military construction workers", "a 120-day mission", "as much as $20 billion",
            "millions of artillery shells", "more than 1,000 square kilometres", "80 years of Workers' Party",
            "4 min Reading time"],
}

OFF = ["002", "006", "008", "009"]
DUP = {"013": "011"}

must = [
    ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed and wounded "
     "(Zelensky), both given on Dec. 23 and reported three days apart"],
    ["007-3", "007-4", "about 3,000 casualties (NIS, via Lee Seong-kweun) against close to 4,000 (Ukraine's HUR), "
     "same day, same article"],
]

may = [
    # casualties: cumulative figures weeks or months apart
    ["003-1", "007-3", "1,100 (JCS, Dec. 23) against about 3,000 (NIS, Jan. 13): three weeks apart, a cumulative toll"],
    ["003-1", "007-4", "1,100 (JCS, Dec. 23) against close to 4,000 (HUR, Jan. 13): three weeks apart"],
    ["004-1", "007-3", "more than 3,000 (Zelensky, Dec. 23) against about 3,000 (NIS, Jan. 13)"],
    ["004-3", "003-1", "'several hundred' (Kirby, Dec. 17) against 1,100 (JCS, Dec. 23): vague, a week apart"],
    ["004-3", "004-1", "'several hundred' (Kirby, Dec. 17) against more than 3,000 (Zelensky, Dec. 23): vague, a week apart"],
    ["011-1", "003-1", "4,700 (NIS, April) against 1,100 (JCS, December): months apart, cumulative"],
    ["011-1", "007-3", "4,700 (NIS, April) against 3,000 (NIS, January): months apart, an update"],
    ["011-1", "007-4", "4,700 (NIS, April) against close to 4,000 (HUR, January): months apart"],
    ["011-3", "003-1", "NIS's January 3,000, restated in April, against JCS's December 1,100"],
    ["011-3", "007-4", "NIS's January 3,000, restated in April, against HUR's January 4,000"],
    ["011-3", "004-1", "NIS's January 3,000, restated in April, against Zelensky's more than 3,000"],
    # killed and wounded: later rises in cumulative figures
    ["007-1", "011-2", "300 killed (NIS, January) against 600 (NIS, April): an update"],
    ["007-1", "014-3", "300 killed (NIS, January) against 2,000 (NIS, September)"],
    ["011-2", "014-3", "600 killed (NIS, April) against 2,000 (NIS, September): an update"],
    ["003-3", "007-2", "about 1,000 wounded (NIS, December) against 2,700 (NIS, January): an update"],
    # troops: totals given weeks or months apart, in Kursk against in Russia
    ["000-1", "003-4", "about 12,000 (NIS, October) against some 11,000 (Seoul, December)"],
    ["000-1", "001-1", "12,000 being sent (NIS, October) against 11,000 already in Kursk (Zelensky, November)"],
    ["001-1", "001-3", "11,000 in Kursk (Zelensky) against roughly 12,000 in Russia (Budanov)"],
    ["001-3", "003-4", "roughly 12,000 (Budanov, November) against some 11,000 (Seoul, December)"],
]
# the reinforcements ("around 3,000 more") are an additional force, not a rival total
for extra in ["010-2", "014-2"]:
    for total in ["000-1", "001-1", "001-2", "001-3", "003-4", "004-2", "010-1", "014-1"]:
        may.append([extra, total, "an additional 3,000 reinforcements against the first contingent's total"])

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
