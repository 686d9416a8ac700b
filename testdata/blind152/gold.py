#!/usr/bin/env python3
"""Write gold.json for the blind152 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "Lee Seong Kweun", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Ryder", "Defense Department", "U.S.", "US "]
BUDANOV = ["Budanov", "military intelligence", "HUR", "GUR", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "ferried roughly 1,500 North Korean special forces soldiers", False)],
 "001": [("troops", "north_korea", 10000, None, "more_than", NIS + ["lawmakers"],
          "North Korea has sent more than 10,000 soldiers to Russia", False),
         ("troops", "north_korea", 11000, None, "exact", BUDANOV,
          "Eleven thousand of them are in Kursk now", False)],
 "002": [("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "puts the force at between 11,000 and 12,000", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "up from the roughly 10,000 the department cited at the end of October", False),
         ("troops", "north_korea", 8000, None, "at_least", PENTAGON,
          "at least 8,000 of them had already reached Kursk", False)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "Around 100 North Korean soldiers sent to Russia have been killed in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Combined casualties are estimated at about 1,100", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US military official", "US official", "senior US", "Washington"],
          "several hundred North Korean troops had been killed or wounded", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean soldiers killed and wounded in Russia's Kursk region had risen to more than 3,000", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "South Korea's Joint Chiefs of Staff said its military estimated North Korean losses at about 1,100", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS + ["lawmaker"],
          "Some 300 North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS + ["lawmaker"],
          "and 2,700 others have been wounded", False),
         ("troops", "north_korea", 11000, None, "about", ["Seoul", "Washington", "South Korea", "United States", "U.S."],
          "Pyongyang has sent an estimated 11,000 troops to Russia's Kursk region", False),
         ("casualties", "north_korea", 3000, None, "about", NIS + ["lawmaker"],
          "the agency put Pyongyang's overall losses at about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["SBU", "Ukrain"],
          "two North Korean soldiers had been taken prisoner by Ukrainian forces", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea's losses in Kursk are approaching 4,000", False),
         ("casualties", "north_korea", 2000, 9999, "vague", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "had probably lost several thousand men to death and injury", True),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "the two North Korean soldiers captured in Kursk Oblast on Jan. 9 and Jan. 11", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS + ["military"],
          "North Korea dispatched roughly 3,000 more soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS + ["military"],
          "the approximately 11,000 troops that Pyongyang sent in the autumn of last year", False),
         ("casualties", "north_korea", 4700, None, "about", JCS + ["military"],
          "North Korean casualties now stand at around 4,700 killed and wounded", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "general staff"],
          "Ukraine had lost more than 76,000 troops killed and wounded in the region", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "About 15,000 North Korean troops have been sent to Russia in total", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 are estimated to have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "among them roughly 600 dead", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "BBC", "NIS", "National Intelligence Service"],
          "Taken prisoner by Ukraine: 2", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "estimated in April at about 15,000 combat troops", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 of them had been killed or wounded", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "About 2,000 North Korean soldiers have been killed fighting for Russia", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "Kim Jong Un", "TASS"],
          "Nine soldiers of the regiment died while carrying out the mission", False)],
}
NOT = {
 "000": ["a total of 12,000 troops organized in four brigades (planned)", "11th Corps", "about 100 kilometers",
         "more than 13,000 containers", "Oct. 8 and 13", "10 meters of roadway (headline)", "2,593.82 (headline)",
         "1.4 million young people volunteered (headline)", "1.2 million copies", "7.5 pct", "1,354.5 per dollar",
         "Facebook 412 X 96 Kakao 58"],
 "001": ["170-millimeter self-propelled guns", "240-mm multiple rocket launchers", "8.5 trillion yen",
         "7 short-range ballistic missiles (headline)", "3-way secretariat", "8 trillion yen (headline)",
         "1 month free, 1,100 yen a month", "Share 37 Post 21", "18:40"],
 "002": ["Up to 12K (headline: restates the 11,000-12,000 range)", "300 kilometers (190 miles)", "61 days",
         "$7.1 billion", "Share 1.2K", "Comments 214", "3 judges in 2 days (headline)", "$100B (headline)",
         "54 percent (headline)", "6 a.m.", "15 years"],
 "003": ["at least one general-grade officer among the wounded (a detail, not a count)", "240 mm rocket launchers",
         "170 mm self-propelled guns", "roughly a week of combat", "2nd summons (headline)", "1,450 per dollar, 2009 (headline)",
         "3 dead in warehouse fire (headline)", "30,000 won", "Share 83"],
 "004": ["1,580 soldiers, 9 tanks in past day (headline)", "4 killed, 17 injured in Kharkiv (headline)",
         "Views 4,215", "28.4K subscribers", "17:02"],
 "005": ["born in 2005 and 1999", "February 2022", "third anniversary", "12,000 structures, death toll 24 (headline)",
         "2 percent (headline)", "Share on Facebook 57 X 31 LinkedIn 4"],
 "006": ["about 1,300 square kilometers", "around 500 square kilometers", "113 injured (headline)",
         "Personnel 818,690 (+1,630), Tanks 9,704, Artillery 21,507 (loss widget)", "14,000+ members", "$5 a month",
         "Comments (48)", "2 min read"],
 "008": ["about 220 artillery pieces", "170 mm self-propelled howitzers", "240 mm multiple rocket launchers",
         "several weeks", "about three weeks", "1.3% (headline)", "17,000 hectares (headline)", "24 dead (headline)",
         "0.25% (headline)", "Share 146"],
 "009": ["six months", "6 August 2024", "October 2024", "7 things (headline)", "1,000-day war (headline)",
         "24 killed in Kryvyi Rih (headline)", "20.6m followers"],
 "010": ["1,000 sappers and 5,000 military builders (planned)", "6,000 deminers and builders (headline, planned)",
         "second trip in two weeks", "$20 billion", "1.7% (headline)", "$10bn (headline)", "38,885, 0.9% (headline)",
         "$0.99"],
 "012": ["about 6,000 more personnel (planned)", "day 1,288", "80 years", "502 drones and 24 missiles",
         "430 drones and 21 missiles", "26 countries", "19th sanctions package", "about 7km", "7am BST",
         "212 comments", "7 best budget smartphones (headline)"],
 "014": ["120 days", "several thousand hectares", "more than 1.5 million explosive objects", "Article 4",
         "June 2024", "3 settlements (headline)", "78.95 per US dollar", "minus 6 degrees"],
}
OFF = ["011", "013"]
DUP = {"007": "005"}

goldlib.write(
    "Gold labels for the blind152 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), the same day in one report"],
            ["005-4", "006-1", "about 3,000 casualties (NIS) against approaching 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["003-3", "003-4", "about 1,100 (NIS) against several hundred (US official, earlier in the week): a vague figure"],
            ["003-4", "004-1", "several hundred (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["003-4", "004-2", "several hundred (US official) against about 1,100 (JCS): a vague figure"],
            ["002-1", "002-2", "11,000-12,000 (Pentagon) against its own earlier roughly 10,000: a restated older estimate (and the bands touch)"],
            ["008-1", "008-2", "about 3,000 more against about 11,000 initially: an additional force"],
            ["008-2", "009-2", "about 11,000 sent in autumn against about 15,000 in total, five weeks apart: different periods"],
            ["003-1", "005-1", "about 100 killed (December) against about 300 killed (January), 25 days apart: a running toll"],
            ["004-2", "005-4", "about 1,100 (JCS, December) against about 3,000 (NIS, January), 21 days apart: a running toll"],
            ["005-1", "009-4", "about 300 killed (January) against about 600 (April): months apart"],
            ["009-4", "012-1", "about 600 killed (April) against about 2,000 (September): months apart"],
        ],
    },
)
