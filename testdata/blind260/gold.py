#!/usr/bin/env python3
"""Write gold.json for the blind260 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
RUMOD = ["Russian Defense Ministry", "Russian defence ministry", "Defense Ministry", "defence ministry",
         "Russia", "Moscow"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "at_least", ["White House", "Kirby", "United States", "U.S.", "US", "Washington"],
          "North Korea moved at least 3,000 soldiers into eastern Russia between early and mid-October", False),
         ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
          "the agency now believes roughly 3,000 North Korean troops are already in Russia", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "somewhere between 10,000 and 12,000 North Korean soldiers are now in Russia", False),
         # the headline restates the body's range as its top end; a system that reads titles may say so
         ("troops", "north_korea", 12000, None, "up_to", NIS,
          "Up to 12K North Korean troops now in combat in Kursk", True)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That would put North Korean casualties at roughly 1,100", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "have lost more than 3,000 soldiers killed and wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "U.S.", "US"],
          "The Pentagon has put the number of North Korean troops in Russia at between 11,000 and 12,000", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "U.S. official", "US official", "U.S."],
          "several hundred of them had been killed or wounded", True)],
 "004": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Almost 4,000 of the North Korean soldiers sent to Russia's Kursk region have already been killed or wounded", False),
         ("casualties", "ukraine", 310, None, "up_to", RUMOD,
          "Ukraine had lost up to 310 servicemen in the Kursk direction over the past 24 hours", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "put total North Korean casualties at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain", "Security Service"],
          "two North Korean soldiers had been taken prisoner by Ukrainian forces", False)],
 "007": [("casualties", "ukraine", 57000, None, "more_than", RUMOD + ["TASS"],
          "The Ukrainian armed forces have lost more than 57,000 servicemen in the Kursk area", False),
         ("casualties", "ukraine", 180, None, "up_to", RUMOD + ["TASS"],
          "Over the past day, the enemy lost up to 180 servicemen", False),
         ("troops", "north_korea", 11000, None, "about", ["Western media", "Western"],
          "publications in Western media, which claim that about 11,000 North Korean servicemen are fighting in the region", False)],
 "008": [("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "North Korea has dispatched around 3,000 additional soldiers to Russia since the start of the year", False),
         ("troops", "north_korea", 11000, None, "about", ["South Korean intelligence", "South Korea", "NIS", "Seoul"],
          "Initial deployment, Oct.-Dec. 2024: about 11,000 soldiers (South Korean intelligence)", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Killed and wounded, estimate of mid-January: about 3,000 (NIS)", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Taken prisoner by Ukraine: 2 (Ukrainian authorities)", False)],
 "009": [("troops", "north_korea", 14000, None, "about", ["South Korean and western officials", "South Korea", "western officials", "Western"],
          "South Korean and western officials estimate that about 14,000 North Korean troops have been sent to Russia", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["UK Ministry of Defence", "Ministry of Defence", "UK", "MoD"],
          "North Korean units had likely suffered more than 4,000 casualties", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "Of the roughly 15,000 troops North Korea has sent to Russia since last fall", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 of them fatally", False)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "South Korea's intelligence service estimated in April that about 15,000 North Korean soldiers had been sent to Russia", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "roughly 2,000 North Korean soldiers have been killed while fighting for Russia", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "Pyongyang has deployed about 1,000 deminers to Kursk Oblast", False),
         ("troops", "north_korea", 11000, None, "about", ["Budanov", "HUR", "military intelligence", "Ukrain"],
          "about 11,000 North Korean troops remain in Russia's Kursk Oblast", False)],
}
NOT = {
 "000": ["10,000 there by December (planned)", "around 100 words", "roughly 1,000 square kilometres (386 square miles)",
         "1953", "2% / $76.04 (headline)", "50 of 75 drones (headline)", "0.1% (headline)"],
 "001": ["170-millimeter self-propelled guns, 240-millimeter multiple rocket launchers", "August 2023",
         "KOSPI 2,417.08 ▼ 65.49 (-2.64%), USD/KRW 1,406.60", "50,000 won (headline)",
         "7 short-range ballistic missiles (headline)", "522,670 students (headline)", "300 new stores (headline)", "Comments 0"],
 "002": ["Dec. 4", "JOIN THE CONVERSATION (14)", "¥1,650 a month", "33.4 million foreign visitors (headline)",
         "0.25%, 157 (headline)", "38,813.58, 0.69% (headline)"],
 "003": ["4,812 views", "170mm Koksan guns, KN-23", "August 6", "78 missiles and 106 drones (headline)",
         "775,220 (+1,520) personnel, 9,571 tanks (Russian-loss widget)"],
 "004": ["812 partners", "up to a battalion", "two tanks and 19 armoured vehicles", "several kilometres, roughly 20 km",
         "12K North Korean troops in Russia (other story's headline)", "0.2% (headline)", "70% (headline)",
         "15 flights (headline)", "1% (headline)", "Comments (38)"],
 "005": ["born in 2005 / 1999, served since 2021 / 2016", "roughly tripled", "10 days (headline)", "0.75 (headline)",
         "0.34%, 2,521.90 (headline)", "1 million EVs by 2030 (headline)"],
 "007": ["two tanks, five armored combat vehicles, eight motor vehicles and three artillery pieces", "nine settlements",
         "335 tanks, 291 infantry fighting vehicles and 2,020 motor vehicles", "June 19, 2024 / December 4, 2024",
         "4.1% (headline)", "1.3% to 3,312 points (headline)", "450K subscribers"],
 "008": ["some 220 pieces of 170mm self-propelled artillery and 240mm multiple rocket launchers", "millions of shells",
         "about 6,500 km", "June 19, 2024", "3 sanctions (headline)", "€2 billion (headline)", "2 min reading time",
         "Advertising 2 of 3"],
 "009": ["more than 7 months old", "1,287 comments", "about 1,300 sq km", "250,000 people (headline)",
         "55 million people (headline)", "1.2 million people in 180 countries", "£2"],
 "010": ["nine months (headline)", "DOW 40,527.62 +0.75%, S&P 500 5,560.83, NASDAQ 17,461.32", "August 2024"],
 "011": ["6,000 military construction workers and deminers (planned, headline and lede)",
         "1,000 sappers and 5,000 military builders (planned)", "several hundred million dollars a year",
         "Nikkei 225 38,536.74 +0.90%, USD/JPY 145.09", "$10bn by 2030 (headline)", "1.7% (headline)",
         "50% off your first 3 months"],
 "012": ["5,000 military construction troops expected to follow (planned)", "February 2022 / August 2024",
         "502 drones, 24 missiles (headline)", "1,081,540 personnel (+870), 11,130 tanks (widget)", "$5 a month",
         "12,000 members", "2 min read"],
}
OFF = ["013", "014"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind260 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 24)"],
            ["004-1", "005-3", "almost 4,000 casualties (Zelensky, Jan 7) against about 3,000 (NIS, Jan 13)"],
        ],
        "may": [
            ["002-3", "003-3", "about 1,100 (NIS) against several hundred (US official, a week earlier): a vague figure"],
            ["003-1", "003-3", "more than 3,000 (Zelensky) against several hundred (US official): a vague figure, one article"],
            ["008-1", "008-2", "around 3,000 reinforcements against about 11,000 initially: an additional force"],
        ],
    },
)
