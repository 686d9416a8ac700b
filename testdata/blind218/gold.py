#!/usr/bin/env python3
"""Write gold.json for the blind218 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "South Korea", "Seoul"]
NIS_PARK = NIS + ["Park Sun-won", "Park"]
NIS_LEE = NIS + ["Lee Seong-kweun", "Lee", "lawmaker"]
PENT = ["Pentagon", "Sabrina Singh", "Singh", "Department of Defense", "Defense Department", "U.S.", "Washington"]
HUR = ["Budanov", "HUR", "military intelligence", "Ukrain"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "joint chiefs", "South Korea", "Seoul"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS_PARK,
          "North Korea has moved roughly 1,500 more soldiers to Russia", False),
         ("troops", "north_korea", 3000, None, "about", NIS_PARK,
          "The agency now puts the North Korean troops in Russia at about 3,000", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has sent around 10,000 soldiers to train in eastern Russia, the Pentagon said Monday", False),
         ("troops", "north_korea", 3000, None, "at_least", ["U.S. officials", "US officials", "U.S.", "Washington"],
          "the \"at least 3,000\" that U.S. officials cited just last week", False),
         ("troops", "north_korea", 12000, None, "about", HUR,
          "close to 12,000 North Korean personnel were being trained at five sites in Russia's Far East", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "That number, he said, included roughly 500 officers", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "and three generals", True)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS + ["lawmakers"],
          "Some of the between 10,000 and 12,000 North Korean soldiers now in Russia have begun taking part in combat", False),
         ("troops", "north_korea", 10000, None, "more_than", ["State Department", "US", "Washington"],
          "more than 10,000 North Korean troops had been moved to Kursk", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS_LEE,
          "at least 100 North Korean soldiers deployed to Russia have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
          "Nearly a thousand others, he said, have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS_LEE,
          "roughly 1,100 casualties in all, according to the lawmaker", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Department of Defense", "Defense", "US", "Pentagon"],
          "between 11,000 and 12,000 North Korean troops in Russia", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "killed and wounded more than 3,000 North Korean soldiers in Russia's Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "South Korea's Joint Chiefs of Staff estimated North Korean losses at around 1,100 killed and wounded", False)],
 "005": [("casualties", "north_korea", 3000, None, "more_than", NIS,
          "North Korean casualties in Russia's war against Ukraine have passed 3,000, Seoul's spy agency said Monday", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "About 300 have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded, according to the National Intelligence Service", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL,
          "two North Korean soldiers had been taken alive by Ukrainian forces", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Pyongyang is believed to have sent around 11,000 soldiers to Russia since October", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "nearly 4,000 North Korean soldiers have been killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Kyiv", "Ukrain"],
          "the two North Korean soldiers captured last weekend", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS + ["military"],
          "Around 3,000 more soldiers, it believes, were dispatched in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS + ["military"],
          "on top of the roughly 11,000 sent last autumn", False),
         ("casualties", "russia", 870000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "It estimated that Russia's own casualties since the February 2022 invasion had passed 870,000", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the enemy has lost more than 76,000 servicemen in the Kursk direction, Gerasimov said", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korean troops sent to Russia have suffered about 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North had dispatched roughly 15,000 soldiers to Russia since last October", False),
         # the fact box's earlier rows: dated restatements in a table, defensible either way
         ("troops", "north_korea", 3000, None, "about", NIS,
          "| Oct. 23, 2024 | about 3,000 |", True),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "| Nov. 13, 2024 | 10,000–12,000 |", True),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "| Jan. 13, 2025 | about 11,000 |", True),
         ("casualties", "north_korea", 3000, None, "more_than", NIS,
          "| Jan. 13, 2025 | about 11,000 | over 3,000 |", True),
         ("killed", "north_korea", 300, None, "about", NIS,
          "| Jan. 13, 2025 | about 11,000 | over 3,000 | about 300 |", True)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korea's losses in Russia's Kursk Oblast have passed four thousand killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's spy agency last week put the figure higher, at about 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 dead", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media"],
          "Nine of the engineers were killed, it said", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the fighting in Kursk", False)],
}
NOT = {
 "000": ["some 10,000 soldiers in all by December (planned)", "about 100 basic Russian military terms",
         "early 20s", "Share 1,204", "Kospi 1.3 pct, 2,581.03 (headline)", "0.1 pct (headline)",
         "1 million copies in six days (headline)", "2 trillion won (headline)", "four months"],
 "001": ["five sites", "roughly $6 billion", "$425 million package", "about 28,500 U.S. troops in South Korea (not a subject)",
         "Comments (312)", "19,500 crowd (headline)", "48%, 47% (headline)", "41 million ballots (headline)",
         "10/28/2024 05:12 PM"],
 "002": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "roughly 40% of the area",
         "around 1,300 square kilometers", "1,000 days (headline)", "€400 million (headline)",
         "90 missiles and 200 drones (headline)", "Share: 86", "13.11.2024"],
 "003": ["1:42 video", "837,000 population drop (headline)", "8.7 trillion yen (headline)", "17:30 JST"],
 "004": ["Views 2,314", "7 ballistic missiles, 6 injured (headline)", "16th batch (headline)",
         "Russian losses widget: about 778,100 (+1,580), 9,540 tanks, 21,130 artillery systems (sidebar)"],
 "005": ["born in 2005 / 1999", "two days after", "Kospi 0.2 percent, 2,489.56", "25 trillion won (headline)",
         "179 victims (headline, other story)", "2 charts (headline)", "₩9,900 a month"],
 "006": ["857 partners", "Share 1.1K", "01:12 video", "40 missiles and more than 70 drones", "up to 4 kilometres",
         "€50 billion Ukraine Facility", "33 hostages (headline)", "5 things (headline)", "1.6°C (headline)"],
 "008": ["170mm self-propelled guns", "£2.26bn loan", "£1.6bn deal for 5,000 air defence missiles",
         "Comments (1,207)", "five awards (headline)", "Fifteen dead in Mexico bus crash (headline)",
         "$1 a month", "7am", "February 2022"],
 "009": ["Article 4", "June 19, 2024", "over 7,000 units of weaponry, 410 tanks, 3,000 armored vehicles",
         "155th separate guards marine brigade", "82.4 per dollar (headline)", "115 Ukrainian drones (headline)",
         "May 8-10 (headline)"],
 "010": ["28 trillion won ($20 billion)", "1.2% to 6.7 trillion won (headline)", "9th straight month (headline)",
         "1.5 trillion won (headline)", "Comments (23)", "5 stories"],
 "011": ["170 drones, 2 killed in Kyiv Oblast (latest-news bar)", "about 90 square kilometers",
         "20,000 members", "$5 a month", "3 years", "954,000 troops (headline, other story)",
         "injures 7 (headline)", "17th sanctions package (headline)", "2 min read"],
 "014": ["1,000 deminers and 5,000 military construction workers (planned, June pledge)", "120 days",
         "1,300 Ukrainian drones (headline)", "2 ballistic missiles (headline)", "$350 billion (headline)"],
}
OFF = ["012", "013"]
DUP = {"007": "006"}

goldlib.write(
    "Gold labels for the blind218 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-2", "001-1", "about 3,000 in Russia (NIS) against around 10,000 sent (Pentagon), five days apart"],
            ["000-2", "001-3", "about 3,000 in Russia (NIS) against close to 12,000 (HUR's Budanov), five days apart"],
            ["003-3", "004-1", "roughly 1,100 casualties (NIS via Lee) against more than 3,000 (Zelensky), four days apart"],
            ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against around 1,100 (JCS), the same day"],
        ],
        "may": [
            ["001-1", "001-3", "around 10,000 (Pentagon) against close to 12,000 (HUR): about-bands touch (9,000-11,000 and 10,800-13,200)"],
            ["000-1", "000-2", "roughly 1,500 more against about 3,000 in all: an additional force, a part of the whole"],
            ["000-1", "001-1", "1,500 more (NIS) against around 10,000 (Pentagon): an additional force"],
            ["000-1", "001-2", "1,500 more (NIS) against at least 3,000 (U.S.): an additional force"],
            ["000-1", "001-3", "1,500 more (NIS) against close to 12,000 (HUR): an additional force"],
            ["008-1", "008-2", "around 3,000 more against roughly 11,000 sent last autumn: an additional force"],
            ["010-3", "010-4", "about 15,000 now against the fact box's October 2024 row (about 3,000): months apart"],
            ["010-3", "010-5", "about 15,000 now against the fact box's November 2024 row (10,000-12,000): months apart"],
            ["010-3", "010-6", "about 15,000 now against the fact box's January 2025 row (about 11,000): months apart"],
            ["010-2", "010-8", "some 600 dead now against the fact box's January 2025 row (about 300): months apart"],
            ["011-3", "010-8", "roughly 600 dead (restated) against the fact box's January row (about 300): months apart"],
            ["014-1", "014-2", "nine engineers killed on the demining mission against about 2,000 killed in the fighting (NIS, September): a part, months apart"],
        ],
    },
)
