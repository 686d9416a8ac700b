#!/usr/bin/env python3
"""Write gold.json for the blind230 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Sabrina Singh", "Singh", "Defense Department", "US officials"]
BUDANOV = ["Budanov", "HUR", "Defense Intelligence", "Defence Intelligence", "military intelligence"]
GERASIMOV = ["Gerasimov", "General Staff", "Russia", "Moscow"]
BRIGADE = ["95th Air Assault Brigade", "95th", "brigade", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy landing ships carried about 1,500 North Korean special forces", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are now 11,000 North Korean soldiers in Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "About 10,000 North Korean troops, the Pentagon said on Monday, have already moved to the Kursk border area", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "the North is deploying 10,000 to 12,000 soldiers in total", False)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 North Korean soldiers have been killed so far", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That puts the North's combat losses at roughly 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Pyongyang has around 11,000 troops in Russia, the agency estimates", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead is at least one officer of general rank", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than three thousand North Korean soldiers have now been killed or wounded", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "it said at least 100 of the North Koreans had died", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Some 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "approximately 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "put the North's total casualties at about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "it confirmed that Ukraine had captured two of them alive", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have lost close to 4,000 men killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "the two North Korean prisoners it holds", False),
         ("killed", "north_korea", 27, None, "exact", BRIGADE,
          "its troops had killed 27 North Korean soldiers in a single engagement", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "some 300 North Koreans had been killed", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", GERASIMOV,
          "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded in the Kursk Region", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "have suffered about 4,700 casualties, South Korea's spy agency said", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Around 600 of them were killed, the National Intelligence Service told lawmakers", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "In all, the North has sent about 15,000 troops to Russia, the agency said", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "some 3,000 reinforcements dispatched in January and February", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", BUDANOV,
          "North Korea has lost more than 4,000 of its soldiers killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "The NIS put North Korean casualties at about 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 dead", False)],
 "013": [("killed", "north_korea", 2000, None, "about", NIS,
          "About 2,000 North Korean soldiers have been killed fighting for Russia", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "roughly 11,000 North Korean troops remain stationed in the Kursk area", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "about 1,000 of the deminers may already have arrived", True),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Sent in total: about 15,000 (April 2025)", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Killed or wounded: about 4,700 (April 2025)", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Taken prisoner by Ukraine: 2 (January 2025, Ukraine)", False)],
}
NOT = {
 "000": ["a total of four brigades, or roughly 12,000 soldiers (planned)", "four Russian landing ships and three escort vessels",
         "more than 13,000 containers", "about 40 percent", "122 mm and 152 mm rounds", "11th Corps", "Oct. 8 and 13",
         "Facebook 1.4K | X 388", "12.8 pct, 9.1 tln won (headline)", "110 warplanes (headline)", "1,368.2 per dollar (headline)"],
 "002": ["96 drones, 62 shot down, 31 lost", "2.2tn hryvnias ($53bn)", "26% of GDP", "15th sanctions package",
         "8.6%, 4% target", "214 comments", "7am GMT", "seven-year sentence, 1,000-rouble (headline)"],
 "003": ["240-millimeter rocket launchers, 170-millimeter guns", "about two weeks", "4,300-word speech",
         "11,000 North Korean troops (related headline)", "250 missile launchers (headline)", "1,450 per dollar, 2009 (headline)",
         "38th straight week (headline)", "Share 52", "Dec. 27"],
 "004": ["several hundred square kilometres", "€50 billion, 1,000 days (headline)", "13 partners", "2 min", "18:20"],
 "005": ["born in 2005 / 1999, entered the army in 2021, served since 2016", "June 2024", "1,500 km (headline)",
         "36.9 million visitors (headline)", "X 312 | Facebook 88 | LINE 41"],
 "006": ["groups of 20 to 30 infantrymen", "Russian losses widget: about 821,000 (+1,590), 9,780 tanks, 21,912 artillery",
         "$5 a month", "Comments (87)", "Views: 14,322", "4 dead, 12 wounded (headline)", "$500 million (headline)"],
 "008": ["over 400 tanks and about 2,500 other armored vehicles", "Article 4", "June 19, 2024", "April 26",
         "2 communities (headline)", "10% (headline)"],
 "009": ["28 trillion won ($20 billion)", "since 2023", "89.8% (headline)", "5% (headline)", "25 million USIMs (headline)",
         "36.8 million won (headline)", "Share 27", "02-727-0114"],
 "010": ["roughly half of what Russian artillery fires", "170-mm Koksan, 240-mm rocket launchers",
         "1,270 soldiers and 13 artillery systems (headline)", "338 MPs (headline)", "2 tankers (headline)",
         "250K subscribers", "Share 96 | Views 5,840", "April 28"],
 "013": ["an additional 6,000 soldiers: 1,000 deminers and 5,000 military builders (planned)",
         "Planned: 1,000 deminers and 5,000 military builders (fact box row, planned)", "more than three times",
         "state titles to 101 of them", "3 storms (headline)", "$1.7 billion (headline)", "3 MIN READ"],
}
OFF = ["001", "007", "012", "014"]
DUP = {"011": "009"}

goldlib.write(
    "Gold labels for the blind230 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["002-1", "002-2", "11,000 in Kursk (Zelensky) against roughly 10,000 (Pentagon), same day: the bands just touch"],
            ["009-3", "009-4", "about 15,000 sent in all against some 3,000 reinforcements it includes: a part of the whole"],
            ["013-2", "013-4", "about 11,000 still stationed against about 15,000 sent in all (April): a part of the whole, months apart"],
        ],
    },
)
