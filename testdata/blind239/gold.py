#!/usr/bin/env python3
"""Write gold.json for the blind239 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "South Korea", "Seoul",
       "Lee Seong-kweun", "Park Sun-won", "lawmakers"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
BLINKEN = ["Blinken", "Secretary of State", "United States", "U.S."]
HUR = ["HUR", "military intelligence", "Ukrain"]
UK = ["Ministry of Defence", "MoD", "defence intelligence", "UK", "British"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Roughly 1,500 North Korean special forces troops have already been carried to Russia's Far East", False)],
 "001": [("troops", "north_korea", 10000, None, "about", BLINKEN,
          "North Korea has sent about 10,000 soldiers to Russia", False),
         ("troops", "north_korea", 8000, None, "about", BLINKEN,
          "some 8,000 of them have moved close to Ukraine's border in the Kursk region", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are now 11,000 North Korean soldiers in Russia's Kursk region", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "Around 500 of its members are officers", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "among them three generals", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers have already been killed and wounded in Russia’s Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "The South Korean Joint Chiefs of Staff put the North’s losses at about 1,100 soldiers", False),
         ("killed", "north_korea", 100, None, "at_least", NIS + ["intelligence committee"],
          "at least 100 North Korean soldiers had been killed in the fighting", False),
         ("wounded", "north_korea", 1000, None, "about", NIS + ["intelligence committee"],
          "and close to 1,000 wounded", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 others wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "puts the North’s overall casualties at roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "Ukraine’s forces had captured two North Korean soldiers in the Kursk region", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers have now been killed or wounded in Russia's Kursk region", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Kyiv", "Ukrain", "SBU"],
          "the two North Koreans it captured a week ago", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "russia", 38000, None, "more_than", ["Syrskyi", "Ukrain"],
          "Russian losses in the Kursk operation since August had passed 38,000 killed, wounded and captured", False)],
 "006": [("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "NIS", "US and South Korean officials", "U.S.", "South Korea"],
          "US and South Korean officials have estimated its size at between 11,000 and 12,000 soldiers", False),
         ("troops", "north_korea", 3000, None, "about", ["Seoul", "NIS", "National Intelligence Service", "South Korea"],
          "In January and February, Seoul believes, some 3,000 more followed as replacements", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "Killed and wounded | about 4,000 | Zelenskyy (January)", False),
         ("captured", "north_korea", 2, None, "exact", ["SBU", "Ukrain"],
          "Captured by Ukraine | 2 | Ukraine's SBU", False)],
 "007": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces lost more than 76,000 servicemen in the Kursk direction", False)],
 "008": [("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 soldiers have been dispatched so far", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "4,700 or so of them had been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 who died", False)],
 "009": [("killed", "north_korea", 2000, None, "about", NIS,
          "North Korea is estimated to have lost about 2,000 soldiers killed in action", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "Some 1,000 North Korean deminers have already arrived in the Kursk region", False)],
 "010": [("casualties", "north_korea", 6000, None, "about", UK,
          "North Korea's losses in Russia's war against Ukraine have risen to about 6,000 killed and wounded", False),
         ("killed", "north_korea", 2000, None, "more_than", UK,
          "the UK Ministry of Defence said more than 2,000 of those had died", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed", False),
         ("casualties", "russia", 1000000, None, "more_than", UK,
          "Russia itself has suffered more than one million casualties", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "Kim Jong Un", "state media", "North Korea", "Pyongyang"],
          "acknowledging that nine of them had died there", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "South Korea's spy agency estimates that about 2,000 North Koreans have been killed", False)],
}
NOT = {
 "000": ["a total of 12,000 troops, organised into four brigades (planned)", "12K-strong expeditionary force (other story's headline)",
         "four landing ships and three escort vessels", "Oct. 8 and Oct. 13", "1950-53", "millions of artillery shells",
         "136 drones and two missiles, 11 injured (headline)", "2.1%", "38,981", "5 minutes"],
 "001": ["56th Security Consultative Meeting", "2 dead, more than 500 injured (headline)", "86 minutes (headline)",
         "233-seat majority (headline)", "Ver. 5.2.1", "8:55 JST"],
 "002": ["1.9K views | 27 comments", "five Russian military ranges", "more than 6,000 kilometers", "around 1,300 square kilometers",
         "range of up to 300 kilometers", "1,230 troops in past day, 701,140 (headline)", "injures 16, two children (headline)",
         "155mm, 1 million target (headline)", "$5 a month, 4,800 people", "since 1995"],
 "003": ["2186 views", "170-mm self-propelled guns, 240-mm multiple rocket launchers",
         "losses exceed 775,000, 1,570 over past day (headline)", "8 people injured (headline)", "1996-2024", "23.12.2024 17:10"],
 "004": ["born in 2005 / born in 1999", "nearly triple", "kills 13 and wounds more than 100 (headline)", "Nikkei down 1.1%",
         "death toll rises to 24, 3 fires (headline)", "6 days, 5 takeaways, Jan. 6"],
 "005": ["aged 20 and 26", "47th president, 5 things (headline)", "15-month war, 3 hostages (headline)",
         "1 million tourists (headline)", "1,482 partners", "16 languages", "12:05 GMT+1"],
 "006": ["less than 500 sq km", "$2,000 a month", "3 years, 3 scenarios (headline)", "4th time (headline)",
         "€100 billion (headline)", "6 min read", "March 5, 2025", "pulled off the front line for several weeks"],
 "007": ["over 400 tanks, 300 infantry fighting vehicles and more than 1,500 armored vehicles", "more than 150,000 residents",
         "115 Ukrainian drones (headline)", "2 settlements (headline)", "82.3 per dollar", "No. 03247", "December 4, 2024",
         "August 6, 2024"],
 "008": ["1,000 military deminers and 5,000 military construction workers (planned)", "6,000 deminers, military builders (headline, planned)",
         "second visit in two weeks", "nearly 20,000 guests (headline)", "60 years (headline)", "0.9% to 38,536 (headline)"],
 "009": ["5,000 military construction troops promised in June (planned)", "third round of troop dispatches (no figure)",
         "more than triple", "34 shows (headline)", "1.3% (headline)", "3,184.94", "paras 5-7"],
 "010": ["February 2022", "10 months, 70 years", "19 killed (headline)", "6 killed (headline)", "3.8% (headline)",
         "£2 a month", "312 comments"],
 "011": ["120 days / four months", "about 7 hectares", "June 2024", "the heroic nine (same nine, restated)",
         "death toll rises to 20 (headline)", "$88,000", "48 teams, 12 groups", "4 purposes and 712 vendors"],
}
OFF = ["012", "013"]
DUP = {"014": "004"}

goldlib.write(
    "Gold labels for the blind239 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-2", "002-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), five days apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), the same day"],
            ["004-3", "005-1", "roughly 3,000 casualties (NIS) against nearly 4,000 (Zelenskyy), six days apart"],
        ],
        "may": [
            ["001-1", "002-1", "about 10,000 sent to Russia (Blinken) against 11,000 in Kursk (Zelensky): the bands touch, and Kursk is a part of Russia"],
            ["006-1", "006-2", "11,000-12,000 in the first wave against some 3,000 more as replacements: an additional force"],
        ],
    },
)
