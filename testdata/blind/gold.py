#!/usr/bin/env python3
"""Write gold.json for the blind set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
before reading the extractor's rules or running it on these articles. Run: python3 gold.py > gold.json
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "Lee Seong-kweun", "Park Sun-won", "South Korea"]
JCS = ["Joint Chiefs", "JCS", "Lee Sung-jun", "South Korea"]
HUR = ["HUR", "GUR", "Main Intelligence", "Budanov", "military intelligence", "Ukrain"]
US = ["U.S. official", "US official", "U.S. defense official", "US defense official", "defense official", "Pentagon"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", US, "About 10,000 North Korean soldiers are now in Russia's Kursk region", False),
         ("troops", "north_korea", 8000, None, "about", ["Pentagon"], "roughly 8,000 of the troops had moved to Kursk", False)],
 "001": [("casualties", "north_korea", 3000, None, "more_than", ["Zelensky", "Ukraine's president"], "North Korean losses in the Kursk region had exceeded 3,000 killed and wounded", False),
         ("casualties", "north_korea", 1100, None, "about", JCS, "about 1,100 North Korean soldiers had been killed or wounded in Kursk", False),
         ("casualties", "russia", 1870, None, "exact", ["General Staff"], "Russia had lost 1,870 troops over the past 24 hours", True),
         ("casualties", "russia", 771000, None, "about", ["General Staff"], "reported losses since February 2022 to about 771,000", True)],
 "002": [("casualties", "north_korea", 3000, None, "more_than", NIS, "have suffered more than 3,000 casualties", False),
         ("killed", "north_korea", 300, None, "about", NIS, "including about 300 killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS, "and 2,700 wounded", False),
         ("troops", "north_korea", 11000, None, "about", NIS, "About 11,000 North Korean soldiers were sent to Russia last October, according to the agency", False)],
 "003": [("casualties", "north_korea", 4000, None, "about", HUR, "have lost nearly 4,000 soldiers killed and wounded", False),
         ("killed", "north_korea", 1000, None, "more_than", HUR, "Of those, more than 1,000 have been killed, HUR chief Kyrylo Budanov said", False),
         ("casualties", "russia", 1420, None, "exact", ["General Staff"], "reported 1,420 Russian losses over the past day", True)],
 "004": [("troops", "north_korea", 12000, None, "up_to", ["Kyiv", "Western"], "Kyiv and its Western sponsors have claimed that up to 12,000 soldiers from the DPRK", False),
         ("casualties", "ukraine", 40000, None, "more_than", ["Defence Ministry", "Defense Ministry", "Russia"], "the enemy has lost more than 40,000 servicemen in the Kursk direction", False)],
 "005": [("troops", "north_korea", 11000, 12000, "range", ["Western"], "the Western estimates of 11,000 to 12,000 North Korean troops", False),
         ("casualties", "north_korea", 4000, None, "about", ["Kyiv"], "Kyiv says something like 4,000 have been killed or wounded", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS, "South Korea's National Intelligence Service told lawmakers on Jan. 13 that about 300 had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS, "and 2,700 wounded", False),
         ("killed", "north_korea", 1000, None, "more_than", HUR, "HUR, put the dead at more than 1,000", False),
         ("casualties", "north_korea", 200, 900, "vague", ["Pentagon"], "the Pentagon has spoken only of \"several hundred\" killed and wounded", True),
         ("killed", "north_korea", 10000, None, "more_than", ["post", "Ukrainian sources"], "a widely shared post says \"over 10,000 North Koreans have died in Kursk\" (debunked)", True)],
 "007": [("troops", "north_korea", 11000, 12000, "range", NIS, "Troops sent: 11,000 – 12,000 (NIS, autumn 2024)", False),
         ("troops", "north_korea", 3000, None, "about", NIS, "Reinforcements: about 3,000 (NIS, early 2025)", False),
         ("casualties", "north_korea", 4700, None, "about", NIS, "Killed and wounded: around 4,700 (NIS, April 2025)", False),
         ("killed", "north_korea", 600, None, "about", NIS, "Killed: about 600 (NIS, April 2025)", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"], "Captured: 2 (Ukraine, January 2025)", False)],
 "008": [("captured", "north_korea", 2, None, "exact", ["Zelensky"], "Zelensky: Ukraine captures two North Korean soldiers in Kursk (headline only)", False)],
 "009": [("troops", "north_korea", 3000, None, "about", JCS, "around 3,000 additional North Korean soldiers were sent to Russia (speaker in the next paragraph)", False),
         ("casualties", "north_korea", 4200, None, "about", JCS, "their casualties have reached roughly 4,200 (speaker in the next paragraph)", False)],
 "010": [("killed", "north_korea", 1000, None, "about", ["U.S. officials", "US officials"], "An estimated 1,000 North Korean soldiers were believed killed", False),
         ("troops", "north_korea", 11000, None, "about", ["U.S. officials", "US officials"], "Some 11,000 troops were thought to have been deployed in the first wave", False),
         ("troops", "north_korea", 2000, 9000, "vague", ["U.S. officials", "US officials"], "thousands more were sent as replacements", True),
         ("captured", "north_korea", 2, None, "exact", ["Kyiv", "reported", "Ukrain", "U.S. officials", "US officials"], "Two soldiers captured in January were still being held in Kyiv", True)],
 "011": [("killed", "north_korea", 2000, None, "about", NIS, "North Korea has lost about 2,000 soldiers killed in Russia", False),
         ("troops", "north_korea", 15000, None, "about", NIS, "about 15,000 North Korean troops had been dispatched in total", False)],
}
NOT = {
 "000": ["427 points", "2 dead as storm hits Gulf coast"],
 "001": ["Kherson: two killed, 11 wounded (not this story)", "07:00", "day 1,034", "56 updates"],
 "002": ["2,500 won"],
 "003": ["42.1 per dollar", "10 years", "12,000 readers"],
 "004": ["230 tanks", "310,000 subscribers"],
 "005": ["three million Chinese volunteers (history)", "1.2 million-strong army", "200 pilots in Vietnam (history)", "14 years", "5 charts"],
 "006": ["312 claims", "a factor of three"],
 "007": ["7,000 km", "16:40"],
 "008": ["3 today"],
 "009": ["4 Russian bombers", "2 min read"],
 "010": ["1 of 3 free articles"],
 "011": ["1,000 deminers and 5,000 military construction workers (planned)", "6,000 builders and deminers (planned, headline)", "31C", "6 numbers"],
}
OFF = ["012", "013"]
DUP = {"014": "002"}

MUST = [
    ["001-1", "001-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), the same day"],
    ["002-2", "003-2", "about 300 killed (NIS) against more than 1,000 killed (HUR), two days apart"],
    ["010-1", "007-4", "about 1,000 killed (U.S. officials) against about 600 killed (NIS), a week apart"],
]
# Defensible either way: old figures restated, months apart, additional forces, part of a force.
MAY = [
    ["000-1", "000-2", "about 10,000 now against 8,000 a week earlier, in Kursk only"],
    ["006-1", "006-3", "a fact-check restating NIS's and HUR's January figures"],
    ["006-1", "003-2", "restated January figures"], ["006-3", "002-2", "restated January figures"],
    ["007-1", "007-2", "reinforcements against the first wave"], ["007-1", "000-1", "±10% bands"],
    ["007-1", "000-2", "months apart, part"], ["007-2", "002-4", "additional"], ["007-2", "010-2", "additional"],
    ["007-2", "000-1", "additional"], ["007-2", "011-2", "additional"], ["007-2", "000-2", "additional"],
    ["007-4", "003-2", "months apart"], ["007-4", "006-3", "months apart"], ["007-4", "006-1", "months apart"],
    ["007-4", "002-2", "months apart"], ["007-3", "003-1", "months apart"], ["007-3", "005-2", "months apart"],
    ["007-3", "009-2", "bands touch, weeks apart"], ["007-3", "001-2", "months apart"],
    ["011-1", "007-4", "months apart"], ["011-1", "010-1", "months apart"], ["011-1", "002-2", "months apart"],
    ["011-1", "006-1", "months apart"], ["011-2", "007-1", "total including replacements"],
    ["011-2", "002-4", "total including replacements"], ["011-2", "010-2", "total including replacements"],
    ["011-2", "000-1", "total including replacements"], ["011-2", "000-2", "total including replacements"],
    ["011-2", "005-1", "total including replacements"],
    ["010-1", "006-1", "months apart"], ["010-1", "002-2", "months apart"],
    ["009-1", "002-4", "additional"], ["009-1", "007-1", "additional"], ["009-1", "010-2", "additional"],
    ["009-1", "000-1", "additional"], ["009-1", "000-2", "additional"], ["009-1", "005-1", "additional"],
    ["009-2", "001-2", "months apart"], ["003-1", "001-2", "three weeks apart, rising toll"],
    ["002-1", "001-2", "three weeks apart, rising toll"], ["005-2", "001-2", "two months apart"],
    ["002-4", "000-2", "two months apart, Kursk only"], ["010-2", "000-2", "months apart, Kursk only"],
    ["005-1", "000-2", "months apart, Kursk only"], ["005-1", "000-1", "±10% bands, months apart"],
    ["004-1", "000-2", "an upper bound"], ["007-1", "002-4", "range touches about 11,000"],
]

goldlib.write(
    "Gold labels for the blind set in articles/ (written for crosscheck, not copied from news). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {"must": MUST, "may": MAY},
)
