#!/usr/bin/env python3
"""Write gold.json for the blind127 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "South Korea", "Seoul", "Lee Seong-kweun", "Park Sun-won", "lawmakers"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky"]
HUR = ["HUR", "GUR", "military intelligence", "Ukrainian intelligence", "Ukrain"]
SBU = ["SBU", "security service", "Ukrain"] + ZEL
RUMOD = ["Russian Defense Ministry", "Defense Ministry", "Russia", "Moscow", "ministry"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has already moved around 3,000 soldiers to Russia", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "the total contingent now estimated at between 10,000 and 12,000", False),
         ("troops", "north_korea", 10000, None, "about", ["State Department", "Blinken", "U.S.", "US", "Washington"],
          "roughly 10,000 North Korean troops were now in Kursk Oblast", False)],
 "002": [("troops", "north_korea", 11000, None, "about", HUR,
          "the North Korean contingent deployed in Russia's Kursk region numbers about 11,000 soldiers", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "Among them, the agency said, are some 500 officers", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "including three generals", True)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers sent to support Russia have been killed in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "nearly 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "that leaves North Korea's losses at around 1,100 killed or wounded", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. official", "US official", "American official"],
          "put the number of North Korean casualties at \"several hundred\"", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than 3,000 North Korean soldiers have already been killed or wounded in Russia's Kursk region", False),
         ("troops", "north_korea", 11000, None, "about", HUR,
          "The HUR estimates it at about 11,000 men", False)],
 "005": [("captured", "north_korea", 2, None, "exact", SBU,
          "Two North Korean soldiers are in Ukrainian custody after being captured in the Kursk region", False),
         ("casualties", "north_korea", 3000, None, "more_than", ["Kyiv", "Ukrain"] + ZEL,
          "Kyiv estimates that more than 3,000 North Korean soldiers have been killed or wounded", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded while fighting for Russia against Ukraine", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting the overall toll at roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + SBU,
          "two North Korean soldiers captured in Russia's Kursk region over the weekend were being held by Ukraine", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "South Korea estimated last year that Pyongyang had sent some 11,000 soldiers to Russia", False)],
 "008": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean forces fighting for Russia have lost close to 4,000 men killed and wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "U.S.", "US"],
          "The Pentagon has estimated that between 11,000 and 12,000 North Korean troops were sent", False),
         ("captured", "north_korea", 2, None, "exact", SBU,
          "one of two North Korean soldiers captured on January 9", False)],
 "009": [("casualties", "ukraine", 320, None, "up_to", RUMOD,
          "The Ukrainian armed forces lost up to 320 servicemen", True),
         ("casualties", "ukraine", 66000, None, "more_than", RUMOD,
          "the enemy has lost more than 66,000 servicemen in the Kursk direction", False),
         ("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "Pyongyang has sent some three thousand more servicemen to Russia in January and February", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has suffered some 4,700 casualties among the troops it sent to fight for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 of them deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 North Korean troops have been dispatched to Russia in total", False),
         ("captured", "north_korea", 2, None, "exact", NIS,
          "Soldiers held by Ukraine | 2", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than",
          ["Ministry of Defence", "MoD", "UK", "defence intelligence", "London"],
          "North Korea has \"likely\" lost more than 4,000 soldiers killed or wounded in the Kursk region", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 North Koreans had been killed or wounded", False)],
 "013": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Pyongyang"],
          "Nine members of the unit were killed during its 120 days of work", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers have been killed in the war overall", False)],
}
NOT = {
 "000": ["a total of 10,000 troops by December (planned)", "60 mm mortars", "1,200-km (745-mile) sea trip",
         "1,500 troop transfer (headline)", "0.6% (headline)", "12 drones (headline)", "3 dead, 580 flights (headline)",
         "1,380 per dollar", "Share: 1.1K", "5 stories in 5 minutes", "Oct. 18"],
 "001": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "522,670 students (headline)",
         "25 basis points, 3.25%", "2 dead, 17 injured (headline)", "48 hours", "Facebook 214, X 96, Kakao 58",
         "Comments (37)", "Nov. 9"],
 "002": ["some 300 kilometers to the south", "roughly 600 square kilometers", "€650 million", "50 drones (headline)",
         "100,000 North Koreans (fact-check headline)", "2,4K shares", "12/04/2024"],
 "003": ["240 mm rocket launchers", "paras 5-7", "1.4% / 14th straight month (headline)", "Dec. 27",
         "10th nuclear consultative talks", "34 pct", "Facebook 88 | X 41"],
 "004": ["Views: 18 264", "14 enemy tanks, 36 artillery systems (headline)", "personnel - about 775,460 (+1,920) (widget)",
         "tanks - 9,591 (+3), artillery 21,195, UAVs 20,541 (widget)", "57 guided aerial bombs (headline)",
         "17 settlements, 2 people injured (headline)", "$1.1B (headline)", "December 21"],
 "005": ["Comments 212", "1 million without power (headline)", "2.4% (headline)", "10 injured (headline)",
         "3 times a week", "812 partners"],
 "006": ["Hatena 64", "8.7 trillion yen (headline)", "1,500 km (headline)", "1.1% (headline)", "7 dead (headline)",
         "700,000 births (headline)", "10-year deal (headline)"],
 "008": ["1.3K shares", "02:47", "$500 million weapons package", "$2,400 benefit, 1965 (ad)", "3-minute (ad)",
         "500 miles (headline)", "40 killed in Sudan (headline)", "Comments (341)", "January 9"],
 "009": ["five combat armored vehicles, 19 motor vehicles and five artillery guns", "about 200 long-range artillery systems",
         "August 2024", "June 19, 2024", "February 24, 2022", "88 drones over 7 regions (headline)",
         "2.1%, 88.5 per dollar (headline)", "100% power (headline)", "views 6 041", "No. 0123456", "18+"],
 "010": ["more than 20 trillion won (about $14 billion)", "over 10 million rounds of artillery shells",
         "5 months in combat", "3,000 more troops left Wonsan (headline)", "1.2% to 6.7 trillion won (headline)",
         "June 3, 7 candidates (headline)", "Share 356", "Comment 19", "3 stories"],
 "011": ["84 comments", "677 seats (headline)", "Arsenal 2-1 Bournemouth", "4.5% (headline)", "£4"],
 "013": ["1,000 deminers and 5,000 military builders (planned)", "a further 6,000 personnel (planned rotation)",
         "120 days", "regiment's number, 528", "37 minutes", "12,000-ton destroyer (headline)",
         "101 names carved (headline)", "10 rockets from 240mm launchers (headline)", "48,000 readers", "$9.99/mo",
         "Share (2,141)", "5 min"],
}
OFF = ["012", "014"]
DUP = {"007": "006"}

goldlib.write(
    "Gold labels for the blind127 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["006-3", "008-1", "roughly 3,000 casualties (NIS) against close to 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["003-4", "004-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["003-3", "003-4", "about 1,100 (NIS) against several hundred (US official, earlier in the week): a vague figure"],
        ],
    },
)
