#!/usr/bin/env python3
"""Write gold.json for the blind179 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["HUR", "military intelligence", "Yusov", "Ukrain"]
KCNA = ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Pyongyang"]
US = ["Pentagon", "Defense", "U.S. officials", "US officials", "United States", "U.S."]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Around 1,500 special forces troops made the first crossing, it said.", False)],
 "001": [("troops", "north_korea", 10000, None, "more_than", ["Blinken", "Secretary of State", "State Department"] + US,
          "More than 10,000 North Korean soldiers have been sent to eastern Russia", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between 10,000 and 12,000 North Korean soldiers are now thought to be in Russia", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Nearly 1,000 others were wounded, the spy agency estimated", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "putting the North's combined casualties in Kursk at roughly 1,100", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False),
         ("troops", "north_korea", 2000, 9999, "vague", ["military intelligence", "Ukrain"],
          "Thousands of North Korean troops have been thrown into assaults in the Kursk region", True)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded, it said", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "The National Intelligence Service put the North's total casualties at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + NIS + ["Ukrain"],
          "his forces had captured two North Korean soldiers in the Kursk region", False),
         ("troops", "north_korea", 11000, None, "about", ["South Korean and U.S. governments", "South Korea", "U.S.", "US"],
          "North Korea is believed to have sent about 11,000 troops to Russia, according to the South Korean and U.S. governments", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Pyongyang's soldiers have lost close to 4,000 men killed and wounded in Russia's Kursk region", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "the two North Korean soldiers Ukraine captured last week", False)],
 "007": [("troops", "north_korea", 3000, None, "about", NIS,
          "An estimated 3,000 or so reinforcements arrived in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The North had already sent about 11,000 soldiers to Russia last year, the agency has said", False)],
 "008": [("troops", "north_korea", 10000, None, "about", US,
          "The Pentagon followed in late October, saying about 10,000 had been sent to eastern Russia for training", False),
         ("troops", "north_korea", 11000, 12000, "range", US,
          "U.S. officials believed the force in Kursk had grown to 11,000 to 12,000", False),
         ("troops", "north_korea", 1500, None, "exact", NIS,
          "Oct. 18, 2024 | South Korea's NIS | 1,500 special forces sent in first wave", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Jan. 13, 2025 | South Korea's NIS | about 300 killed, 2,700 wounded", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "Jan. 13, 2025 | South Korea's NIS | about 300 killed, 2,700 wounded", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "Jan. 2025 | President Zelensky | nearly 4,000 killed or wounded", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "Feb. 27, 2025 | South Korea's NIS | about 3,000 more sent", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Some 4,700 North Korean soldiers have been killed or wounded fighting for Russia since last autumn", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Of that number, around 600 have died, the spy agency said", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has so far sent roughly 15,000 troops to Russia in total, said Rep. Lee Seong-kweun", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "By HUR's count, North Korea has lost more than 4,000 men killed or wounded since the autumn.", False),
         ("casualties", "north_korea", 1500, None, "about", HUR,
          "Roughly 1,500 of those losses came in March alone, he said.", False)],
 "011": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces had lost more than 76,000 servicemen during the failed incursion into Kursk Region", False)],
 "014": [("killed", "north_korea", 9, None, "exact", KCNA,
          "acknowledged that nine of its soldiers had died during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in Russia's war against Ukraine", False),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "some 5,000 military construction troops had been moving to Russia since September", False)],
}
NOT = {
 "000": ["as many as twelve thousand in four brigades (planned)", "as many as 10,000 could eventually join (projection)",
         "four landing ships and three escort vessels", "five days from Oct. 8", "KOSPI 2,593.82", "1,368.0 won",
         "2 inter-Korean roads (headline)", "10,000 N. Korean personnel (other story's headline)",
         "7 short-range ballistic missiles (headline)", "9.1 tln won", "Dec. 6"],
 "001": ["up to 300km (190 miles)", "roughly 1,000 square kilometers", "about 28,500 US troops in South Korea (not a subject)",
         "1953", "Share 2.1K", "Video (2:14)", "90 missiles and 200 drones (headline)", "at 44 (headline)",
         "Dow 0.2%", "Comments (1,217)", "top 5 stories", "two weeks ago"],
 "002": ["170 mm self-propelled guns, 240 mm multiple rocket launchers", "two weeks of fighting", "1,450 per dollar, 2009",
         "26 additional departures (headline)", "5 things (headline)", "3 comments"],
 "003": ["59 of 78 drones (headline)", "injures 6 (headline)", "personnel about 776,530 (+1,570) (widget)",
         "tanks 9,596 (+3)", "artillery 21,230 (+28)", "148K subscribers", "09:30"],
 "004": ["1,100 km (headline)", "2+2 talks on Feb. 7 (headline)", "down 1.05% at 39,190", "1,980 yen a month",
         "7-day free trial", "tripled"],
 "006": ["100-year partnership", "£3 billion a year", "several hundred square kilometres", "62% in six EU countries",
         "812 partners", "kills 13, injures 113 (headline)", "15th sanctions package", "3 minutes", "Comments 86"],
 "007": ["an estimated 200 170-mm self-propelled howitzers and 240-mm rocket launchers", "August 2024", "2 min read",
         "Oil rises 1% (headline)", "50% of revenues (headline)", "mid-January"],
 "008": ["several hundred million dollars a year", "June 2024 treaty", "Hwasong-11", "8.7 trillion yen (headline)",
         "4% (headline)", "3 months for $1", "Five months"],
 "009": ["Article 4", "June 19 last year", "1,437.50 won", "KOSPI 2,556.61 (+0.17%)", "5th time (headline)",
         "3.7% (headline)", "40% (headline)", "comments (0)"],
 "010": ["958,620 personnel (+1,250), 10,771 tanks, 27,011 artillery systems (widget)", "183 drones, 4 missiles (headline)",
         "2 killed, 29 injured in Kharkiv (headline)", "$5/month", "3 min read", "April 28"],
 "011": ["1,000 sappers and 5,000 military builders (planned)", "6,000 military builders, sappers (headline, planned)",
         "over 7,000 pieces of military hardware", "second trip", "June 19, 2024", "Article 4", "78.5 per dollar",
         "Kursk NPP-2 unit 1, 100% capacity"],
 "014": ["1,000 deminers and 5,000 military construction workers (planned in June)", "about 120 days", "81-74",
         "$2.79 a gallon", "5 holiday light shows", "$1 for 6 months", "36 Comments"],
}
OFF = ["012", "013"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind179 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 24), five days apart"],
            ["004-3", "006-1", "about 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 17), four days apart"],
        ],
        "may": [
            ["007-1", "007-2", "about 3,000 reinforcements against about 11,000 sent last year: an additional force"],
            ["008-1", "008-3", "about 10,000 (Pentagon, October) against 1,500 in the first wave: a table of figures months apart"],
            ["008-2", "008-3", "11,000-12,000 (December) against 1,500 first wave (October): months apart, and a part"],
            ["008-1", "008-2", "about 10,000 (October) against 11,000-12,000 (December): bands touch, months apart"],
            ["008-3", "008-7", "1,500 first wave against about 3,000 more sent: two different waves"],
            ["008-1", "008-7", "about 10,000 against about 3,000 more sent: an additional force"],
            ["008-2", "008-7", "11,000-12,000 against about 3,000 more sent: an additional force"],
        ],
    },
)
