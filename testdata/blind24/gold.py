#!/usr/bin/env python3
"""Write gold.json for the blind24 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Singh", "Ryder", "Defense Department"]
SSO = ["Special Operations Forces", "SSO", "Ukrain"]
INTEL10 = ["South Korean and Western intelligence", "intelligence", "South Korea", "Western"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "North Korea has moved another 1,500 or so soldiers to Russia this month", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "bringing the number it has sent there to about 3,000", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has sent about 10,000 soldiers to train in eastern Russia", False),
         ("troops", "north_korea", 3000, None, "exact", PENT + ["officials", "U.S."],
          "the number was up from an estimate of 3,000 that officials gave last week", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "The agency put the total dispatched at 10,000 to 12,000", False),
         ("troops", "north_korea", 11000, None, "about", ["Budanov", "military intelligence", "HUR", "GUR", "Ukrain"],
          "In his account, roughly 11,000 North Korean soldiers are now in Kursk", False)],
 "003": [("casualties", "north_korea", 200, 900, "vague", ["US military official", "senior US", "US official", "U.S."],
          "I would put them at several hundred, ranging from light wounds up to killed in action", True),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "The Pentagon said it believes North Korea now has between 11,000 and 12,000 troops in the Kursk region", False),
         ("casualties", "north_korea", 30, None, "at_least", ["HUR", "military intelligence", "Ukrain"],
          "at least 30 North Korean soldiers were killed or wounded near the villages", False)],
 "004": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the dead and wounded put North Korea's losses at around 1,100", False),
         ("casualties", "north_korea", 200, 900, "vague", ["Washington", "U.S.", "US"],
          "Washington said this week the casualties numbered in the hundreds", True),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "The Pentagon believes 11,000 to 12,000 North Korean troops are in Kursk", False)],
 "005": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "North Korean losses in Russia's Kursk Oblast, killed and wounded taken together, have, according to preliminary data, already passed 3,000", False)],
 "006": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU"],
          "Ukrainian forces have taken two North Korean soldiers prisoner", False),
         ("troops", "north_korea", 11000, None, "about", ["Kyiv", "Seoul", "Ukrain", "South Korea"],
          "Kyiv and Seoul estimate that around 11,000 North Korean soldiers were sent to the Kursk region", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "Zelensky said in late December that more than 3,000 of them had been killed or wounded", False)],
 "007": [("killed", "north_korea", 300, None, "about", NIS,
          "About three hundred North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "The agency's figures put total North Korean casualties at some 3,000", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "a steep rise from the estimate of roughly 1,100 it gave last month", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "The NIS confirmed that two North Korean soldiers had been captured by Ukrainian forces", False)],
 "008": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean forces fighting in Russia's Kursk region have lost nearly four thousand men, counting the dead and the wounded together", False),
         ("captured", "north_korea", 2, None, "exact", ZEL,
          "hand over the two North Korean prisoners captured last week", False),
         ("killed", "north_korea", 17, None, "exact", SSO,
          "its operators killed 17 North Korean soldiers", False),
         ("wounded", "north_korea", 25, None, "exact", SSO,
          "and wounded another 25", False)],
 "009": [("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "even after Ukraine captured two North Korean soldiers in January", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Of the roughly 15,000 North Korean soldiers sent to Russia since the autumn", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "around 600 of them fatally", False)],
 "010": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "Gerasimov claimed that Ukrainian forces lost over 76,000 personnel killed and wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", INTEL10,
          "North Korea deployed roughly 11,000-12,000 troops to Kursk Oblast in late 2024", False),
         ("troops", "north_korea", 3000, None, "about", INTEL10,
          "reinforced them with approximately 3,000 additional personnel", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["state media", "KCNA", "North Korea", "Pyongyang"],
          "Nine soldiers of the regiment were killed during the 120-day mission, state media said", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 combat troops went to Russia in late 2024 and early 2025", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had died in the fighting", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "the agency counted some 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 of them dead", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Ukrainian forces captured two soldiers in January 2025", False)],
}
NOT = {
 "000": ["reach 10,000 by December (projected, not a claim)", "1,500 special forces in 1st batch (related headline)",
         "7 short-range ballistic missiles (headline)", "80 jobs (headline)", "2,599.62, 1.3 pct", "Share 213 | Like 88 | Comments 41",
         "paras 5-7", "2024/10/23 15:12 KST"],
 "001": ["about 28,500 troops in South Korea (US troops, not a subject)", "$425 million", "8 killed in Kharkiv (headline)",
         "41 million early votes", "24-21", "$1.2 billion", "3 days in canyon"],
 "002": ["170-mm self-propelled guns, 240-mm rocket launchers", "11th Corps", "about 86 minutes",
         "more than 7,000 kilometers", "¥39 trillion", "3 Chinese coast guard ships (headline)", "¥100 million", "3-2", "7 a.m."],
 "003": ["3 missiles and 46 drones", "1 of the 3 missiles and 33 of the 46 drones", "about 300 grams of TNT",
         "Kirillov, 54", "a 70-year-old man", "2.1K shares", "$3,600, born before 1965", "11K-12K in the post headline repeats 003-2"],
 "004": ["more than 40% of the area", "48 Ukrainian drones (headline)", "0.7%, 0.25%", "$1 billion of $50 billion",
         "in 5 minutes", "little more than two weeks"],
 "005": ["1,100 (Read also headline of another story)", "7 ballistic missiles: 1 killed, 26 injured (headline)",
         "Russian losses widget: 771,450 (+1,530), 9,606 tanks, 21,120 artillery, 20,493 drones",
         "1,530 soldiers in a day (Most read)", "about 1,300 sq km", "$5 a month", "up to 4 hours", "Comments (57)"],
 "006": ["born in 2005 / 1999, served since 2016", "Two soldiers, wounded but alive (the captured pair, not a wounded count)",
         "death toll 11, 12,000 structures (headline)", "TTF up 4%", "3 sets"],
 "007": ["Share 1,842", "3 December", "£2 a month, £75", "death toll 24 (headline)", "5-3", "2.5%", "Comments (1,087)",
         "14 January 2025"],
 "008": ["170-mm self-propelled guns", "1,460 soldiers in past day (headline)", "12 settlements shelled 78 times (headline)",
         "42K subscribers", "losses widget 820,970 (+1,460), 9,782 tanks, 20,346 armoured vehicles, 22,060 artillery", "20:40"],
 "009": ["1,000 sappers and 5,000 military builders (planned)", "6,000 sappers and builders (headline, planned)",
         "second trip in two weeks", "28 killed in Kyiv (headline)", "300,000 men called up (headline)",
         "up to six years in prison", "€5 or €10", "30,000 readers", "Telegram (12.4K)"],
 "010": ["Article 4 of the 2024 treaty", "up to 1.5 kilometers", "119 Shahed-type drones", "within 2 kilometers",
         "about 45 kilometers", "14 pages, 2.3 MB", "1:30 pm ET", "numbered key takeaways 1-5"],
 "011": ["1,000 deminers and 5,000 military construction workers (planned)", "120-day mission, four months",
         "hundreds of millions of dollars", "about 20%", "since 2011, 6 years", "3rd launch (headline)",
         "20 years (headline)", "250,000 readers", "842 partners", "Share 3.4K | Comments 96", "2 days ago"],
}
OFF = ["012", "014"]
DUP = {"013": "004"}

goldlib.write(
    "Gold labels for the blind24 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["004-3", "005-1", "about 1,100 casualties (NIS, 19 Dec) against more than 3,000 (Zelensky, 23 Dec), four days apart"],
            ["007-3", "008-1", "about 3,000 casualties (NIS, 13 Jan) against nearly 4,000 (Zelensky, 17 Jan), four days apart"],
        ],
        "may": [
            ["000-1", "000-2", "an additional 1,500 against the 3,000 sent in all: an additional force, one source"],
            ["000-1", "001-1", "an additional 1,500 (NIS) against about 10,000 in all (Pentagon): an additional force"],
            ["000-1", "001-2", "an additional 1,500 against the earlier US estimate of 3,000: an additional force"],
            ["000-2", "001-1", "about 3,000 (NIS, 23 Oct) against about 10,000 (Pentagon, 28 Oct): a deployment still under way, which 001 itself calls a rise"],
            ["001-1", "001-2", "about 10,000 against the Pentagon's own earlier 3,000, restated as superseded"],
            ["003-1", "004-3", "several hundred casualties (US official) against about 1,100 (NIS): a vague figure"],
            ["003-1", "005-1", "several hundred (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["004-4", "005-1", "'in the hundreds' (Washington, restated) against more than 3,000 (Zelensky): a vague figure"],
            ["004-4", "004-3", "'in the hundreds' (Washington) against about 1,100 (NIS) in one report: a vague figure"],
            ["007-3", "007-4", "about 3,000 against the NIS's own December 1,100, restated as superseded"],
            ["007-4", "008-1", "the NIS's December 1,100 restated on 13 Jan against nearly 4,000 (Zelensky, 17 Jan): a restated old figure"],
            ["006-3", "007-4", "more than 3,000 (Zelensky, restated 11 Jan) against the NIS's December 1,100 restated 13 Jan: both old figures"],
            ["010-2", "010-3", "11,000-12,000 deployed against about 3,000 additional: an additional force"],
            ["011-3", "011-5", "about 2,000 killed (NIS, September) against about 600 (NIS, April), restated in one explainer: months apart"],
        ],
    },
)
