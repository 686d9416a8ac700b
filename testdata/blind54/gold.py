#!/usr/bin/env python3
"""Write gold.json for the blind54 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]
USO = ["US military official", "US official", "U.S. official", "American"]
SSO = ["Special Operations Forces", "SSO"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "The first contingent, roughly 1,500 soldiers drawn from the special operations forces, was ferried", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "We are now seeing 11,000 North Korean soldiers in the Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon"],
          "About 10,000 | North Korean troops in Russia overall | Pentagon, Oct. 28", False),
         ("casualties", "russia", 1440, None, "about", ["General Staff", "Ukrain"],
          "Russia had lost about 1,440 soldiers over the previous day", True)],
 "002": [("troops", "north_korea", 10000, None, "more_than", NIS + ["Park Sun-won"],
          "More than 10,000 North Korean soldiers have now been deployed to Russia", False),
         ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
          "some 3,000 soldiers have been moved to positions close to the front in Kursk Oblast", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed since they entered combat in early December", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Nearly 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That puts the losses at around 1,100 in total", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "out of a force of roughly 11,000 deployed to Russia", False),
         ("casualties", "north_korea", 200, 900, "vague", USO,
          "a US military official said several hundred North Korean troops had been killed or wounded", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "are estimated to have suffered about 1,100 casualties", False),
         ("casualties", "north_korea", 200, 900, "vague", USO,
          "US military official | December 16 | \"several hundred\"", True)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean units there had suffered \"almost 4,000 killed and wounded,\"", False),
         ("killed", "north_korea", 14, None, "exact", SSO,
          "their units had eliminated 14 North Korean soldiers", False),
         ("wounded", "north_korea", 21, None, "exact", SSO,
          "and wounded 21 during fighting for one village in Kursk Oblast", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the agency reckons the North has lost about 3,000 men in Russia's Kursk region", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers had been taken prisoner by Ukrainian forces on Jan. 9", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea had dispatched roughly 3,000 additional soldiers to Russia in January and February 2025", False),
         ("troops", "north_korea", 11000, None, "about", ["South Korea"],
          "North Korea initially deployed about 11,000 troops to Russia in autumn 2024, according to South Korean estimates", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers, South Korea's spy agency told lawmakers on Wednesday, have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "The toll includes roughly 600 dead, the National Intelligence Service said", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Troops sent: around 15,000 in total since last October", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "HUR", "military intelligence"],
          "North Korean losses in Russia's Kursk Oblast have passed 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's intelligence service put the number higher, at about 4,700", False)],
 "010": [("killed", "north_korea", 2000, None, "about", NIS,
          "About 2,000 of the country's soldiers have now been killed in Russia", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent around 15,000 soldiers to Russia since October 2024, according to previous NIS estimates", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media"],
          "Nine members of the regiment, it said, were killed while carrying out their duties", False)],
}
NOT = {
 "000": ["a total of about 12,000 troops organised in four brigades (planned)", "12K to follow (headline, planned)",
         "between Oct. 8 and 13", "more than 13,000 containers of munitions", "August 2023", "Share 1,284",
         "2,609.30 (headline)", "7,000 athletes (headline)", "60-meter sections (headline)", "1 million copies",
         "22 C", "9.1 trillion won"],
 "001": ["12,000 total Pyongyang has decided to send (table, planned)", "31 drones, 26 shot down (headline)",
         "120 kilometers", "€35 billion", "5 years", "18,000 members", "$5 a month", "Share: 812", "Comments: 64",
         "4 min read", "signed in June"],
 "002": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "17 visits", "522,670 students (headline)",
         "1,406 per dollar (headline)", "12 hours (headline)", "Facebook 213 | X 96", "5 stories, 5 minutes"],
 "003": ["240 mm rocket launchers", "170 mm self-propelled howitzers", "three villages", "June 2024", "Dec. 4",
         "11% (headline)", "2,435.93 (headline)", "24 million TEU (headline)", "Like 1.7K", "Share 356"],
 "004": ["4 Gepard anti-aircraft guns", "20 Marder infantry fighting vehicles", "54 drones over 5 regions (headline)",
         "€52 billion (headline)", "04:26", "02:31", "3 comments", "17:10 CET"],
 "005": ["groups of 20 to 30 men (tactics, not a count of the force)", "6 August 2024", "about 1,300 square kilometres",
         "personnel: about 806,500 (+1,650) and the other loss-widget rows", "13 dead, 113 injured (headline)",
         "2nd batch of F-16 jets (headline)", "42.15 per dollar", "240,000 readers", "Views: 21 466"],
 "006": ["aged 20", "the other, 26", "Jan. 9", "1,500 rail cars of munitions (headline)",
         "3,000 police officers (headline)", "1,470.8 (headline)", "Kakao 402 | Facebook 188 | Comments 35", "2016"],
 "007": ["numbered key takeaways", "within 2 kilometers of Sudzha", "810th Naval Infantry Brigade", "38K-028 highway",
         "27 Russian assaults", "11 airstrikes", "17 guided glide bombs", "6.25 million tons", "152K followers"],
 "008": ["an estimated $20 billion", "2% (headline)", "2 months of talks (headline)", "0.6%, 4-week high (headline)",
         "3 min read"],
 "009": ["more than 40,000 (the corrected error)", "about half of the artillery ammunition",
         "120 long-range artillery systems and 120 multiple rocket launchers", "12 drones, 46 injured (headline)",
         "5 stations (headline)", "18-24 year olds, 1,000+ applications (headline)", "150 UAH", "Views 9 312",
         "Comments 18"],
 "010": ["1,000 sappers and 5,000 military construction workers (planned, June)", "2,400+ North Korean officials",
         "14-day free trial", "3 new launch pads (headline)", "9th munitions factory visit (headline)",
         "28% (headline)", "Share on X (74)", "12 comments"],
 "011": ["roughly 120 days", "1,000 deminers and 5,000 military builders (planned, June)",
         "400 flights (headline)", "Arsenal 2-1 Wolves", "no. 17,305", "7am GMT", "Share 1,021", "88 comments"],
}
OFF = ["012", "013"]
DUP = {"014": "006"}

CONFLICTS = {
    "must": [
        ["003-3", "004-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23)"],
        ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS, appended update), same day"],
        ["005-1", "006-3", "almost 4,000 casualties (Zelensky, Jan 9) against about 3,000 (NIS, Jan 13)"],
    ],
    "may": [
        ["003-3", "003-5", "about 1,100 (NIS) against several hundred (US official, earlier that week): a vague figure"],
        ["003-5", "004-1", "several hundred (US official) against more than 3,000 (Zelensky): a vague figure"],
        ["004-1", "004-3", "more than 3,000 (Zelensky) against 'several hundred' restated in the table: a vague figure"],
        ["003-3", "004-3", "about 1,100 (NIS) against 'several hundred' (US official): a vague figure"],
        ["004-2", "004-3", "about 1,100 (JCS) against 'several hundred' (US official): a vague figure"],
        ["003-5", "004-2", "several hundred (US official) against about 1,100 (JCS): a vague figure"],
        ["007-1", "007-2", "roughly 3,000 additional against about 11,000 initially: an additional force"],
    ],
}

if __name__ == "__main__":
    goldlib.write(
        "Gold labels for the blind54 set in articles/ (written for crosscheck, not copied from news; labelled "
        "without looking at the extractor). Same schema as testdata/corpus/gold.json.",
        A, NOT, OFF, DUP, CONFLICTS)
