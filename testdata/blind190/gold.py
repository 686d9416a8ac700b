#!/usr/bin/env python3
"""Write gold.json for the blind190 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Republic of Korea", "Seoul", "military"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Sabrina Singh", "Singh", "Defense", "U.S.", "US"]
RUMOD = ["Russian Defense Ministry", "Defense Ministry", "Russia", "ministry", "Moscow"]
BUD = ["Budanov", "HUR", "Defence Intelligence", "military intelligence"]
KCNA = ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Pyongyang", "Kim"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Around 1,500 special operations troops were carried from the port of Chongjin to Vladivostok", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "Roughly 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
         ("troops", "north_korea", 8000, None, "about", PENT,
          "of that total, about 8,000 have been moved to Russia's Kursk region", False),
         ("troops", "north_korea", 11000, None, "about", ZEL,
          "Some 11,000 North Korean soldiers are already in the Kursk region, he said", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "North Korean losses had \"reached roughly 1,100\" when the dead and wounded were added up", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US military official", "senior US", "US official"],
          "\"several hundred\" North Korean soldiers had been killed or wounded", True),
         ("troops", "north_korea", 11000, 12000, "range", ["Western", "South Korean officials", "officials"],
          "Pyongyang has sent 11,000 to 12,000 soldiers to Russia in total", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "We assess that about 1,100 casualties have occurred", False)],
 "004": [("casualties", "north_korea", 3000, None, "about", NIS,
          "have suffered some 3,000 casualties, the National Intelligence Service (NIS) said Monday", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "About 300 have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL,
          "two North Korean soldiers were captured by Ukrainian forces", False),
         ("troops", "north_korea", 11000, None, "about", NIS + ["Yonhap"],
          "The North is believed to have sent about 11,000 troops to Russia's Kursk border region", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Pyongyang's soldiers had suffered close to 4,000 losses, killed and wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Koreans had died", False),
         ("wounded", "north_korea", 2700, None, "exact", NIS,
          "while 2,700 had been wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["special forces", "Ukrain"],
          "the two North Korean soldiers captured by Ukrainian special forces", False)],
 "007": [("casualties", "ukraine", 55000, None, "more_than", RUMOD,
          "have lost more than 55,000 servicemen in the Kursk area", False),
         ("casualties", "ukraine", 200, None, "up_to", RUMOD,
          "the enemy's losses in the Kursk direction amounted to up to 200 servicemen", False),
         ("troops", "north_korea", 2000, 9000, "vague", ["Western reports", "Western"],
          "Western reports that several thousand North Korean military personnel were fighting", True),
         ("captured", "north_korea", 2, None, "exact", ["Kyiv", "Ukrain"],
          "Kyiv paraded what it said were two North Korean soldiers taken prisoner", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea dispatched an additional 3,000 or so troops to Russia in January and February", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "Around 4,000 North Korean soldiers are estimated to have been killed or wounded", False),
         ("troops", "north_korea", 11000, None, "about", ["South Korean and Ukrainian governments", "South Korea", "Ukrain"],
          "North Korea had initially sent about 11,000 soldiers last autumn", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has lost around 4,700 soldiers killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North has deployed some 15,000 soldiers to Russia since last October", False),
         ("troops", "north_korea", 1500, None, "exact", NIS,
          "Oct. 2024 - first 1,500 special forces shipped to Vladivostok", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Dec. 2024 - losses put at roughly 1,100", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Jan. 2025 - about 300 killed", False),
         ("wounded", "north_korea", 2700, None, "exact", NIS,
          "2,700 wounded", False),
         ("troops", "north_korea", 3000, None, "exact", JCS,
          "Mar. 2025 - JCS: 3,000 more troops sent", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", BUD,
          "Their losses, killed and wounded, are more than 4,000", False),
         ("troops", "north_korea", 14000, None, "about", BUD,
          "Pyongyang had sent roughly 14,000 servicemen to Russia in all", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's intelligence service estimated North Korean losses at about 4,700 killed and wounded", False)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "roughly 15,000 North Korean soldiers have been sent to Russia in total", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 of them were killed or wounded as of April", False)],
 "014": [("killed", "north_korea", 9, None, "exact", KCNA,
          "Nine of the regiment's soldiers died during the mission, state media said", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the war", False),
         ("troops", "north_korea", 13000, None, "about", NIS,
          "out of roughly 13,000 sent in the first two rotations", False)],
}
NOT = {
 "000": ["a total of 12,000 soldiers in four brigades (planned)", "11th Corps", "Oct. 8 and 13",
         "four Russian landing ships", "several hundred people near the port (not troops)", "60 years, 1965",
         "60-meter sections (headline)", "2-day drill, 3 Aegis ships (headline)", "150 per dollar (headline)", "Share 2.3K"],
 "001": ["about 28,500 U.S. troops in South Korea (not a subject)", "1953 armistice", "155 mm artillery shells",
         "1,300 square kilometers (500 square miles)", "Aug. 6", "6 a.m. in 14 states (headline)", "6.8% (headline)",
         "2 dead, 9 hurt (headline)"],
 "002": ["240mm multiple rocket launchers and 170mm self-propelled guns", "$2,000 (€1,920) a month per soldier",
         "December 4", "65 drones, 3 ballistic missiles (headline)", "€3 billion (headline)", "two weeks"],
 "003": ["Views 8,412", "240 mm and 170 mm", "about 800 square kilometres", "August 6, 2024",
         "512 times, killing 2 and wounding 14 (headline)", "12th F-16 (headline)", "150 defenders (headline)",
         "42K subscribers"],
 "004": ["born in 2005, enlisted in 2021; born in 1999, served since 2016", "Jan. 11", "paras 5-8",
         "6.8% (headline)", "2 fan concerts in 2025 (headline)", "0.4% (headline)"],
 "006": ["January 9 and 10", "30 Caesar 155mm guns", "€3 billion", "72.4%", "€7.99", "Comments (57)", "3 min read"],
 "007": ["six armored vehicles and 12 motor vehicles", "152mm artillery, FAB-500", "June 19, 2024",
         "83 Ukrainian drones over 7 regions (headline)", "2.5-hour, 2.5% (headline)", "1.3% to 3,050 points (headline)"],
 "008": ["about 220 artillery guns, 170mm and 240mm", "3.1%, $13.1 billion (headline)", "magnitude 7.7, hundreds feared dead (headline)",
         "2 hours ago"],
 "009": ["$20 billion", "six months", "two days", "14 comments", "18 months of service (headline)"],
 "010": ["about half of the artillery shells", "past 12 months", "28 April", "personnel about 958,540 (+1,230) (sidebar widget)",
         "tanks 10,776, artillery 26,410 (sidebar)", "2 guided bombs: 1 killed, 5 injured (headline)", "$500 billion (headline)",
         "Comments (36)"],
 "011": ["1,000 sappers and 5,000 military builders (planned)", "6K workers and deminers (headline, planned)",
         "second trip in two weeks", "about 1 million people", "more than 150,000 residents forced to leave (civilians)",
         "2,000 square kilometers", "5,000-ton destroyer (headline)", "440 drones and 32 missiles (headline)", "3 times a week"],
 "014": ["120 days", "1,000 deminers and 5,000 military construction workers (planned, June)", "90mph, 10,000 homes (headline)",
         "Comments (212)", "$15 per month"],
}
OFF = ["012", "013"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind190 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-2", "001-3", "about 8,000 in Kursk (Pentagon) against some 11,000 in Kursk (Zelensky), same report"],
            ["002-3", "003-1", "roughly 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), same day"],
            ["004-1", "006-1", "some 3,000 casualties (NIS) against close to 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["002-4", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-3", "002-4", "roughly 1,100 (NIS) against several hundred (US official, days earlier): a vague figure"],
            ["008-1", "008-3", "an additional 3,000 against about 11,000 initially: an additional force"],
            ["009-5", "010-1", "Seoul's December figure of 1,100, restated in a fact box, against more than 4,000 (Budanov): months apart in substance"],
            ["009-4", "010-2", "Seoul's October figure of 1,500, restated in a fact box, against about 14,000 (Budanov): months apart in substance"],
            ["009-8", "010-2", "3,000 more troops (JCS, fact box) against about 14,000 in all (Budanov): an additional force"],
        ],
    },
)
