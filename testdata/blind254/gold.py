#!/usr/bin/env python3
"""Write gold.json for the blind254 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskiy", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]
PENT = ["Pentagon", "U.S.", "Defense Department"]
HUR = ["HUR", "military intelligence", "Defense Intelligence", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport vessels carried around 1,500 North Korean special forces soldiers", False)],
 "002": [("troops", "north_korea", 10000, None, "more_than", ["Blinken", "Secretary of State", "State Department", "U.S.", "America"],
          "More than 10,000 of them have been moved into Russia's Kursk border region", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "the force included about 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "the force included about 500 officers and three generals", True)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "Around 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "North Korean losses have reached roughly 1,100 killed and wounded", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "about 11,000 North Korean troops are now in Russia", False),
         ("casualties", "north_korea", 1, None, "at_least", NIS,
          "Among the casualties is at least one officer of general rank", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "have suffered more than 3,000 killed and wounded", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Some 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "about 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That puts total North Korean casualties at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers were captured by Ukrainian forces on Saturday", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have taken nearly 4,000 casualties, killed and wounded", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "he put the losses at more than 3,000", False),
         ("troops", "north_korea", 11000, None, "about", ["Ukraine's military", "Ukrain"],
          "North Korea has about 11,000 soldiers in the area", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "The Pentagon has put the contingent at 11,000 to 12,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "SBU"],
          "the two North Korean soldiers its forces captured last weekend", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia", "Moscow"],
          "Ukraine had lost more than 76,000 troops killed and wounded", False),
         ("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korean losses in Kursk had passed 4,000 killed and wounded by early April", False),
         ("troops", "north_korea", 3000, None, "about", JCS,
          "roughly 3,000 more North Korean soldiers had been sent to Russia", False)],
 "010": [("killed", "north_korea", 600, None, "about", NIS,
          "About 600 North Korean soldiers have died fighting", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the roughly 15,000 troops Pyongyang has dispatched to Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "some 4,700 have been killed or wounded", False)],
 "012": [("casualties", "ukraine", 76000, None, "more_than", ["Russian Defense Ministry", "Defense Ministry", "Russia", "TASS"],
          "the Ukrainian armed forces lost over 76,000 servicemen", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "Pyongyang", "North Korea"],
          "Nine members of the unit were killed during the deployment", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "about 1,500 special forces shipped in the first batch", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "11,000-12,000 North Korean troops in Kursk", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 killed and 2,700 wounded", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "about 300 killed and 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "two soldiers captured, still held in Kyiv", False),
         ("troops", "north_korea", 3000, None, "about", JCS,
          "roughly 3,000 reinforcements sent", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 sent in total", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 killed or wounded", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 killed", False)],
}
NOT = {
 "000": ["four brigades, or roughly 12,000 troops in all (planned: 'decided to dispatch')", "4,000-tonne landing ship",
         "Oct. 8 and 13", "60-meter stretches (headline)", "10.7% to US$174 bln (headline)", "1,368.4 per dollar",
         "1.2 bln streams", "8 C", "9.1 tln won", "Share f 1.3K X 842"],
 "002": ["nearly three-year-old war", "190-mile-range ATACMS", "about $275 million", "155mm artillery rounds", "Jan. 20",
         "1,243 comments", "$202 million (headline)", "3 killed, 11 hurt (headline)", "7 House races (headline)", "24/7"],
 "003": ["240-mm multiple rocket launchers", "170-mm Koksan", "204-85 (headline)", "1,450 per dollar (headline)",
         "10% of executive posts (headline)", "Kakao 211, Facebook 87", "18:30"],
 "004": ["1,480 soldiers, 9 tanks, 27 artillery systems (headline)", "2 killed, 9 injured (headline)",
         "500,000 consumers (headline)", "Russia's combat losses widget: 774,850 (+1,480), 9,552 tanks, 21,034 artillery",
         "Views 3,412", "56K subscribers"],
 "005": ["born in 2005, joined 2021; born in 1999, serving since 2016", "nearly tripled",
         "179 victims' families (headline)", "KOSPI 2,489.56, 1.04%", "third summons"],
 "007": ["500 square kilometres", "40 missiles, 70 drones (headline)", "Brent at $81.29", "minus 12 C", "7:42 PM"],
 "009": ["eight-month operation", "Kills 12, Injures 90 (headline)", "30-Hour truce (headline)",
         "1,140 personnel, 3 tanks, 41 artillery systems (widget)", "$9.99/month", "Comments (38)", "Facebook 412, X 97"],
 "010": ["170-millimeter self-propelled guns", "2 plus 2 (headline)", "0.2% (headline)", "5,000-ton destroyer (headline)",
         "1,650 yen per month"],
 "012": ["1,000 sappers/deminers and 5,000 military builders (planned)", "6,000 builders and deminers (headline, planned)",
         "over 7,700 units of weapons, 415 tanks", "June 19, 2024", "Article 4", "20,000 participants (headline)",
         "48 Ukrainian drones (headline)", "30 degrees", "16+"],
 "014": ["1,000 deminers and 5,000 military construction workers (planned)", "120 days", "142 comments",
         "653 drones and 51 missiles (headline)", "12m viewers (headline)", "3.75% (headline)", "£2 a month", "7am"],
}
OFF = ["001", "008", "011", "013"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind254 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), five days apart"],
            ["005-3", "007-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["009-3", "010-2", "roughly 3,000 more sent (JCS, February) against about 15,000 in total (NIS): an additional force against the whole"],
            ["014-2", "014-3", "about 1,500 in the first batch (Oct 2024) against 11,000-12,000 (Nov 2024): dated rows of one table"],
            ["014-2", "014-8", "about 1,500 in the first batch against about 15,000 in total, months apart"],
            ["014-3", "014-8", "11,000-12,000 (Nov 2024) against about 15,000 in total (Apr 2025), months apart"],
            ["014-7", "014-3", "roughly 3,000 reinforcements against 11,000-12,000: an additional force"],
            ["014-7", "014-8", "roughly 3,000 reinforcements against about 15,000 in total: an additional force"],
            ["014-2", "014-7", "about 1,500 first batch against roughly 3,000 reinforcements: two parts, months apart"],
            ["014-4", "014-10", "about 300 killed (Jan 2025) against about 2,000 killed (Sep 2025): dated rows, months apart"],
        ],
    },
)
