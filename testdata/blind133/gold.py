#!/usr/bin/env python3
"""Write gold.json for the blind133 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "Park Sun-won", "lawmaker", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Department of Defense", "Sabrina Singh", "U.S.", "Washington"]
HUR = ["Defense Intelligence of Ukraine", "HUR", "GUR", "military intelligence", "Budanov", "Ukrain"]
SBU = ["Security Service of Ukraine", "SBU", "Ukrain", "Kyiv", "Zelensky"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has so far shipped about 3,000 of its soldiers to Russia", False),
         ("troops", "north_korea", 3000, None, "at_least", ["John Kirby", "Kirby", "White House"],
          "At least 3,000 North Korean soldiers travelled to eastern Russia between early and mid-October", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "there are now 11,000 North Korean soldiers in Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "Washington believes about 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "Among those sent are about 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "about 500 officers and three generals", True)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 North Korean soldiers sent to Russia have been killed in combat with Ukrainian forces", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 others have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Combined, that puts the North's casualties at roughly 1,100, Lee said", False),
         ("casualties", "north_korea", 200, 999, "vague", ["U.S. military official", "U.S. official", "senior U.S.", "U.S. officials"],
          "several hundred North Koreans had been killed or wounded in Kursk", True),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon estimates that 11,000 to 12,000 North Korean troops are in the Kursk border region", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead was at least one high-ranking officer", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "The number of North Korean soldiers killed and wounded in Russia's Kursk region has passed 3,000", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "some 100 North Korean soldiers had died", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "about 1,000 had been wounded", False)],
 "004": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korean troops fighting for Russia have suffered casualties of some three thousand", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 are estimated to have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "with around 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Ukrainian forces captured two North Korean soldiers in Kursk on Saturday", False),
         ("troops", "north_korea", 11000, None, "about", NIS + ["Yonhap"],
          "North Korea is believed to have sent about 11,000 troops to Russia last year", False),
         ("killed", "north_korea", 100, None, "exact", NIS,
          "The death toll is up from the 100 it reported in mid-December", True)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea's expeditionary force in Russia has lost nearly 4,000 soldiers killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", SBU,
          "new footage of two North Koreans it captured last week", False)],
 "006": [("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "joint chiefs", "South Korea", "Seoul"],
          "Pyongyang sent roughly 3,000 more troops to Russia in January and February", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "Oct 2024 | South Korea's NIS | about 1,500 special forces in the first batch", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "Nov 2024 | NIS | 10,000 to 12,000 troops in Russia", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Jan 2025 | NIS | about 300 killed and 2,700 wounded", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "Jan 2025 | NIS | about 300 killed and 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", SBU,
          "Jan 2025 | Ukraine's SBU | 2 soldiers captured", False)],
 "007": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded during the Kursk adventure", False),
         ("casualties", "ukraine", 190, None, "up_to", ["Russian Defense Ministry", "Defense Ministry", "Russia"],
          "inflicted losses of up to 190 servicemen on the Ukrainian armed forces in the Sumy and Kharkov directions over the past day", True)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea's losses among the troops it sent to fight for Russia stand at around 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North had dispatched about 15,000 troops to Russia in total since last autumn", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "More than 4,000 North Korean soldiers have been killed or wounded since Pyongyang sent troops to help Russia retake the Kursk region", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "the North had suffered around 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 dead", False)],
 "010": [("killed", "north_korea", 2000, None, "about", NIS,
          "About 2,000 North Korean soldiers have been killed, it estimated", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "Pyongyang had sent around 1,000 military engineers to Russia's Kursk region to clear mines", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"],
          "nine of its soldiers had died on the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed in the war as a whole", False)],
}
NOT = {
 "000": ["roughly 10,000 there by December (planned)", "two rotations", "8.5 trillion yen", "fiscal 2025", "Article 4",
         "5 bombers (headline)", "2 road links, 60 artillery rounds (headline)", "1,344 candidates, 465 seats (headline)",
         "1,500 yen a month", "837,000 (headline)", "2-0 (headline)", "162 kph", "Share 412", "18:40"],
 "001": ["August 6", "more than 1,000 square kilometers", "300 km deep", "4 guided bombs, 12 injured (headline)",
         "155-mm shells (headline)", "personnel about 702,140 (+1,290), 9,260 tanks (widget)", "2 341 views", "09:15"],
 "002": ["240mm multiple rocket launchers and 170mm self-propelled guns", "93 missiles and nearly 200 drones (headline)",
         "204 lawmakers (headline)", "3:20 PM KST"],
 "003": ["40-kilometre stretch", "more than 40 percent", "August 6", "78 missiles (headline)", "4-hour (headline)",
         "843 partners", "Share 1.2K", "7 days a week", "3 min"],
 "004": ["about 2,000 U.S. dollars a month", "early 20s, mid-20s", "paras 5-7", "14:12", "2 encore concerts, 20,000-seat (headline)",
         "6.6 pct, US$683.8 bln (headline)", "death toll 179 (Jeju Air headline)"],
 "005": ["born in 2005 / 1999, sniper from 2016", "Jan. 9 and Jan. 11", "personnel 820,460 (+1,430), 9,761 tanks (widget)",
         "$5 a month", "61 drones, 34 shot down (headline)", "155th Brigade (headline)", "Comments (47)", "4 min read"],
 "006": ["about two weeks", "about two-thirds of the roughly 1,300 sq km", "more than 10,000 containers of munitions",
         "$1bn (headline)", "five awards (headline)", "£2 a month", "2,114 comments", "more than 9 months old"],
 "007": ["over 400 tanks and some 2,000 other armored vehicles", "Article 4", "April 26",
         "72-hour ceasefire, May 8-10 (headline)", "82.3 per dollar", "1.2 mln subscribers"],
 "008": ["about $20 billion", "about 80 percent", "1.2%, W6.7tr (headline)", "3 injured (headline)", "top 10 stories", "17:10:01"],
 "009": ["30-day ceasefire (headline)", "$76 million (headline)", "$2.2 billion (headline)", "10:25 AM EDT"],
 "010": ["a further 5,000 military construction workers (planned)", "80 years", "14 years in power", "4:45 PM GMT+9"],
 "011": ["120 days", "some 1,300 square kilometres", "145 million Europeans", "5 cities, 12% (headline)",
         "€90 billion (headline)", "7 types of cookies", "2024 treaty"],
}
OFF = ["012", "014"]
DUP = {"013": "010"}

goldlib.write(
    "Gold labels for the blind133 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-1", "005-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["001-1", "001-2", "11,000 in Kursk (Zelensky) against about 10,000 sent to eastern Russia (Pentagon, a week earlier): the bands touch, and Kursk is a part of Russia"],
            ["002-4", "003-1", "several hundred casualties (U.S. official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-3", "002-4", "about 1,100 (NIS) against several hundred (U.S. official, earlier in the week): a vague figure"],
            ["004-2", "004-6", "about 300 killed against the 100 reported in mid-December: the same source updating itself"],
            ["006-1", "006-3", "roughly 3,000 more troops (JCS) against 10,000-12,000 (NIS fact box): an additional force"],
        ],
    },
)
