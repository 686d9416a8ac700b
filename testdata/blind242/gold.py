#!/usr/bin/env python3
"""Write gold.json for the blind242 set from the compact table below.

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
PENT = ["Pentagon", "Defense Department", "Department of Defense", "Sabrina Singh", "Singh"]
ZEL = ["Zelensky", "Zelenskyy", "President of Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korean military", "South Korea", "Seoul"]
HUR = ["Budanov", "HUR", "military intelligence", "Ukrain"]
RUMOD = ["Defense Ministry", "Defence Ministry", "Ministry of Defense", "Russian", "Russia"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENT,
          "Around 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "roughly 3,000 North Korean soldiers had arrived in Russia", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Somewhere between 10,000 and 12,000 North Korean soldiers are now in Russia", False),
         ("troops", "north_korea", 500, None, "about", NIS,
          "Among the contingent are about 500 officers, including three generals", False),
         ("troops", "north_korea", 3, None, "exact", NIS,
          "including three generals", True)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS + ["lawmakers"],
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS + ["lawmakers"],
          "and nearly 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "a combined toll of about 1,100 according to the National Intelligence Service", False),
         ("casualties", "north_korea", 200, 900, "vague", PENT,
          "North Korean troops had suffered casualties in the \"several hundreds\"", True),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "between 11,000 and 12,000 North Korean soldiers were now in the Kursk area", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of killed and wounded North Korean soldiers in the Kursk region already exceeds 3,000", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "another 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting Pyongyang's losses at roughly 3,000 men", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Security Service", "SBU", "Ukrain"],
          "his forces had captured two North Korean soldiers", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean units had lost nearly 4,000 men killed and wounded", False)],
 "005": [("troops", "north_korea", 11000, None, "about", ["Kyiv", "Western", "Ukrain"],
          "some 11,000 North Korean servicemen were sent to the Kursk area", False),
         ("casualties", "ukraine", 54000, None, "more_than", RUMOD,
          "Ukrainian formations had lost more than 54,000 servicemen in the Kursk direction", False),
         ("casualties", "ukraine", 270, None, "up_to", RUMOD,
          "inflicted losses of up to 270 servicemen on the enemy", True)],
 "006": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea sent roughly 3,000 more soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "the 11,000 or so troops Pyongyang had dispatched last fall", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "About 1,500 special forces troops shipped out first (fact box)", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "11,000 to 12,000 North Korean troops in Kursk (fact box)", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "About 300 killed (fact box)", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "about 2,700 wounded (fact box)", False)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has suffered about 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North has sent around 15,000 troops to Russia in total", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "The NIS earlier estimated, in January, that some 300 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and around 2,700 wounded", False)],
 "009": [("casualties", "north_korea", 5000, None, "about", HUR,
          "North Korean units that fought for Russia in Kursk Oblast suffered around 5,000 casualties", False),
         ("killed", "north_korea", 1000, None, "about", HUR,
          "roughly 1,000 of them killed", False)],
 "010": [("killed", "north_korea", 2000, None, "about", NIS,
          "Around 2,000 North Korean soldiers have been killed fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "the agency's spring estimate of some 600 dead", False),
         ("casualties", "north_korea", 6000, None, "about", ["Ministry of Defence", "MoD", "Britain", "UK", "British"],
          "North Korean forces had likely suffered around 6,000 casualties in Kursk", False)],
}
NOT = {
 "000": ["the total would likely grow to 10,000 by December (projection, not a claim)", "more than three times",
         "more than 30 ballistic missiles", "1960s", "11th Army Corps", "roughly $12 billion", "February 2022",
         "3 B-1B bombers (headline)", "1.8% at 38,605, past 153 (headline)", "Typhoon No. 21, 2 flights (headline)",
         "X 214 | Facebook 87 | LINE 32", "since 2009 (headline)", "5% or more (headline)", "90-minute (headline)"],
 "001": ["about $2,000 per soldier per month", "170-millimeter self-propelled guns, 240-millimeter rocket launchers",
         "KOSPI 2,417.08 (-2.64%), KOSDAQ 689.65, USD/KRW 1,406.40", "50,000 won (headline)",
         "Suneung 2025: 522,670 students (headline)", "38 injured (headline)", "Comments (56)", "joined in 2016"],
 "002": ["240mm rocket launchers, 170mm self-propelled howitzers", "December 4", "100,000 bodies (headline)",
         "within 10 days (headline)", "death toll rises to 35 (headline)", "842 partners", "3 stories, 5 minutes"],
 "003": ["155mm ammunition", "$500 million package", "December 16", "1,580 soldiers over past day (headline)",
         "7 ballistic missiles, 1 killed, 32 injured (headline)", "150 POWs (headline)", "Views: 5 823",
         "240K subscribers", "2015-2024"],
 "004": ["born in 2005, served since 2021", "The other, 26", "about 500 square kilometers, some 1,300 at its peak",
         "less than a month", "death toll rises to 24, 12,000 structures (headline)", "33 hostages (headline)",
         "4 years (headline)", "$1 for 6 months", "Westfield 62, Central Catholic 58", "28°", "Comments (34)"],
 "005": ["318 tanks, 260 infantry fighting vehicles, 1,736 armored combat vehicles", "four counterattacks",
         "14 settlements", "June 19, 2024; December 4, 2024", "Article 4", "USD 96.52 (+0.38) EUR 99.85 (-0.12)",
         "83 Ukrainian drones over 6 regions (headline)", "2.1% (headline)", "4.2 magnitude (headline)", "18+"],
 "006": ["about 220 pieces of 170-millimeter guns and 240-millimeter rocket launchers", "more than 25 years",
         "March 28, 2025, Section A, Page 9", "347 comments", "36 Hours (headline)",
         "1.2 Million Readers (headline)", "59% (headline)", "$1/week"],
 "007": ["paras 5-8", "May 9 Victory Day", "2nd solo album, May 16 (headline)", "3.7% (headline)",
         "7 candidates, June 3 (headline)", "2,000 articles a day in 6 languages", "AEN20250430004751315"],
 "009": ["another 20,000 to 30,000 soldiers (planned, not a claim)", "April 26", "Aug. 6, 2024",
         "around 1,300 square kilometers", "about 10 kilometers from the border", "3 years", "Over 22,000 members",
         "$5 a month", "958,830 troops (headline)", "injures 46, including 2 children (headline)",
         "17th sanctions package, nearly 100 vessels (headline)", "Share 1.1K | Comments 84"],
 "010": ["1,000 deminers and 5,000 military construction workers (planned, not a claim)",
         "millions of artillery shells", "billions of dollars", "June 2024", "24-metre monument",
         "5 things, one year on (headline)", "2 years, 140,000 residents still displaced (headline)",
         "11-minute speech, 02:41", "3 partner newsrooms", "1.9M followers"],
}
OFF = ["011", "012", "013", "014"]
DUP = {"008": "007"}

goldlib.write(
    "Gold labels for the blind242 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), five days apart"],
            ["004-3", "004-5", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), same article"],
            ["007-2", "009-2", "about 600 killed (NIS) against roughly 1,000 killed (Budanov), five days apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 10,000 (Pentagon) against the NIS's about 3,000 of the week before, which the article presents as superseded"],
            ["002-3", "002-4", "about 1,100 (NIS) against several hundred (Pentagon): a vague figure"],
            ["002-4", "003-1", "several hundred (Pentagon) against more than 3,000 (Zelensky): a vague figure"],
            ["006-1", "006-2", "about 3,000 more against the 11,000 sent last fall: an additional force"],
            ["006-1", "006-3", "3,000 reinforcements against the first 1,500: different contingents"],
            ["006-1", "006-4", "3,000 reinforcements against 11,000-12,000 in Kursk: an additional force"],
            ["006-2", "006-3", "11,000 sent against the first 1,500 shipped out: a part, dated months apart in the fact box"],
            ["006-3", "006-4", "1,500 first shipped (Oct 2024) against 11,000-12,000 (Dec 2024): fact-box rows months apart"],
            ["007-2", "007-4", "about 600 killed now against about 300 killed in January: an earlier estimate restated"],
            ["007-4", "009-2", "300 killed (NIS, January, restated) against roughly 1,000 killed (Budanov)"],
            ["010-1", "010-2", "about 2,000 killed now against the spring's about 600: an earlier estimate restated"],
        ],
    },
)
