#!/usr/bin/env python3
"""Write gold.json for the blind136 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "lawmaker", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskiy", "Zelenskyy"]
US = ["Blinken", "U.S.", "US government", "US officials", "US estimates", "United States", "Washington", "Pentagon", "State Department"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "military"]
UKMOD = ["Ministry of Defence", "MoD", "UK", "Britain", "British", "defence intelligence"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
          "North Korea has already sent around 3,000 of its soldiers to Russia", False)],
 "001": [("troops", "north_korea", 8000, None, "about", US,
          "Some 8,000 North Korean soldiers have been moved to Russia's Kursk region bordering Ukraine", False),
         ("troops", "north_korea", 10000, None, "about", US,
          "Of the roughly 10,000 troops Pyongyang has dispatched to Russia in total", False),
         ("troops", "north_korea", 3000, None, "exact", US,
          "the total had grown from the 3,000 Washington cited only a week earlier", True)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "between 10,000 and 12,000 North Korean soldiers were now in Russia", False),
         ("troops", "north_korea", 10000, None, "about", US,
          "Washington has said for weeks that North Korea dispatched around 10,000 soldiers", False),
         ("troops", "russia", 50000, None, "about", ZEL,
          "Moscow has gathered some 50,000 of its own soldiers in the region", False),
         ("troops", "north_korea", 12000, None, "up_to", NIS,
          "Up to 12K North Korean troops in Russia (headline)", True)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 North Korean soldiers have died", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 have been injured", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "would put North Korean casualties at roughly 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The NIS believes around 11,000 North Korean troops are now in Russia", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "North Korea's losses in Russia's Kursk region have passed 3,000 killed and wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "South Korea's intelligence service ... put North Korean casualties at around 1,100", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. officials", "US officials"],
          "U.S. officials last week spoke of \"several hundred\" North Koreans killed and wounded", True)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Some 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "would put the North's casualties at about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL,
          "two North Korean soldiers were taken prisoner by Ukrainian forces on Jan. 9 and 10", False),
         ("troops", "north_korea", 11000, None, "about", ["South Korean and Western estimates", "South Korea", "Western"],
          "Pyongyang has sent about 11,000 soldiers to Russia, according to South Korean and Western estimates", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have already lost nearly 4,000 soldiers killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Security Service", "SBU"],
          "the two North Korean servicemen who were taken prisoner in the Kursk region last week", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea appears to have sent roughly 3,000 additional soldiers to Russia", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "the some 11,000 troops the North dispatched last autumn", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "Casualties among the North Korean troops have reached around 4,000, the JCS estimated", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", UKMOD,
          "have probably suffered more than 4,000 casualties", False),
         ("troops", "north_korea", 11000, 12000, "range", UKMOD,
          "The ministry put the original deployment at 11,000 to 12,000 personnel", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Around 600 of those casualties were deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North has sent some 15,000 soldiers to Russia since last fall", False)],
 "011": [("casualties", "ukraine", 76000, None, "more_than", ["Defense Ministry", "Russia", "Gerasimov", "Moscow"],
          "the Ukrainian army lost more than 76,000 servicemen killed and wounded", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "Kim Jong Un", "state media",
                                                      "North Korea", "Pyongyang"],
          "paid tribute to nine of its soldiers who were killed there", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had died in the war", False),
         ("troops", "north_korea", 10000, None, "about", NIS,
          "around 10,000 North Korean troops remained deployed near the border in the Kursk region", False)],
}
NOT = {
 "000": ["roughly 10,000 personnel in Russia by December (planned)", "10 km north of border (headline)",
         "0.25 percentage point, 3.25 pct (headline)", "2 N. Koreans defect, 15-hour (headline)",
         "1.5 trillion-won, 3 LNG carriers", "2,599.62, 1.3 pct", "21-floor, 4 injured (headline)", "Sept. 26",
         "1961 treaty", "Share 214", "paras 4-7"],
 "001": ["$12 billion", "about 1,100 kilometers", "around 1,000 square km", "86-minute (headline)",
         "38,474, 1.1%", "0.1%", "880 yen", "3 free articles", "Nov. 15", "February 2022"],
 "002": ["roughly 800 sq km, about 1,300 sq km", "millions of shells", "170mm, 240mm", "around 700 km",
         "more than 2,000 sq km", "6 November", "224 detained (headline)", "23% (headline)", "112% of GDP",
         "14 partners", "7 stories, 5 minutes", "f 312 X 95 in 18"],
 "003": ["at least one officer", "170-millimeter, 240-millimeter", "Dec. 3", "204 to 85",
         "13,000 shipping containers (headline)", "1,450 against dollar, 15 years (headline)", "8 days (headline)",
         "3%, 2,435.93", "6 Comments, Share 47"],
 "004": ["almost three times higher", "groups of 20 to 30", "8 kilometers",
         "70 missiles, over 100 drones, 500,000 (headline)", "1,930 soldiers, 776,080 (headline)", "30 years (headline)",
         "$8 a month, 12,400 readers", "Shares 1.9K, Views 36,410", "11 years", "2022"],
 "005": ["born in 2005 / 1999", "Jan. 9 and 10", "June 2024", "1,000 km (headline)", "2%, 4-month high (headline)",
         "3,000 police (headline)", "3 min read"],
 "007": ["14 Russian military targets", "more than 600 km", "3 FPV drones", "1,520 soldiers, 818,560 (headline)",
         "$1.5 billion (headline)", "100-year (headline)", "Views 2,847"],
 "008": ["240-millimeter, 170mm", "around 220 and 200 systems", "at least three times",
         "0.36%, 4th week (headline)", "20,000 fans (headline)", "6 dead in Busan fire (headline)",
         "20,000 containers (headline)", "2 captured N. Korean soldiers (headline)", "Share 88"],
 "009": ["roughly 400 sq km", "within 10km", "181 drones, two ballistic missiles, 112 shot down", "about $1bn",
         "€800bn", "0.1% (headline)", "12 arrested (headline)", "2,311 comments", "£2", "August 2024"],
 "010": ["about 3 million rounds", "about $20 billion", "12 drones, 2 children (headline)", "5,000-ton (headline)",
         "100 days (headline)"],
 "011": ["1,000 sappers and 5,000 military builders (planned)", "6,000 builders and sappers (headline, planned)",
         "over 400 tanks, 300 infantry fighting vehicles, 1,500 armored combat vehicles",
         "more than 150,000 residents evacuated", "about 1,200 square kilometers", "at least three years", "July 27",
         "April 26", "second time in two weeks", "4-hour (headline)", "41 drones over 7 regions (headline)", "78.4"],
 "014": ["120 days", "528th engineer regiment", "1,000 deminers and 5,000 military construction workers (planned, restated)",
         "more than $20 billion", "1.2-million-strong military", "62% (headline)", "2 Russian bombers (headline)",
         "11 dead (headline)", "Share 1.2K", "3 min"],
}
OFF = ["012", "013"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind136 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-3", "007-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["001-1", "001-3", "8,000 now (US) against the 3,000 Washington cited a week earlier: a restated old figure"],
            ["001-2", "001-3", "10,000 now (US) against the 3,000 Washington cited a week earlier: a restated old figure"],
            ["004-1", "004-2", "more than 3,000 (Zelensky) against NIS's 1,100 restated in the same article: the 003 pair again"],
            ["004-1", "004-3", "more than 3,000 (Zelensky) against several hundred (US officials): a vague figure"],
            ["003-3", "004-3", "about 1,100 (NIS) against several hundred (US officials): a vague figure"],
            ["004-2", "004-3", "about 1,100 (NIS, restated) against several hundred (US officials): a vague figure"],
            ["008-1", "008-2", "about 3,000 additional against some 11,000 sent last autumn: an additional force"],
            ["008-1", "009-2", "about 3,000 additional against an original 11,000-12,000: an additional force"],
        ],
    },
)
