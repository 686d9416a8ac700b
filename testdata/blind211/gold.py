#!/usr/bin/env python3
"""Write gold.json for the blind211 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
RUMOD = ["Defense Ministry", "defence ministry", "Russia", "Moscow"]
UKR = ["Ukrain", "Kyiv"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "has already shipped about 1,500 special operations troops to the Russian Far East", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "has already reached 11,000", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon", "Singh", "U.S.", "US"],
          "a total of about 10,000 North Korean troops have been sent to eastern Russia", False),
         ("casualties", "ukraine", 30000, None, "more_than", RUMOD,
          "Ukraine has lost more than 30,000 troops in the region since then", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "with about 100 killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Taken together, losses have reached roughly 1,100, he said.", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "some 11,000 North Korean troops are now in Russia", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Department of Defense", "Pentagon", "U.S.", "US"],
          "The U.S. Department of Defense has put the figure at 11,000 to 12,000.", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "has gone past three thousand", False),
         ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
          "North Korean units had sustained about 1,100 casualties", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers sent to Russia have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 others wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korean casualties in the war against Ukraine now total around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + UKR,
          "two North Korean soldiers were captured by Ukrainian forces", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have suffered close to 4,000 killed and wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Koreans had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", UKR + ZEL + ["AFP"],
          "Kyiv has been holding two North Korean soldiers captured in Kursk", False),
         ("casualties", "ukraine", 48000, None, "more_than", RUMOD,
          "Ukraine has lost more than 48,000 troops in the Kursk region", False)],
 "006": [("troops", "north_korea", 3000, None, "about", NIS,
          "Pyongyang had sent about 3,000 additional servicemen to Russia", False),
         ("casualties", "ukraine", 66000, None, "more_than", RUMOD,
          "losses in the Kursk area since the start of hostilities had exceeded 66,000 troops", False),
         ("casualties", "ukraine", 200, None, "up_to", RUMOD,
          "the Ukrainian armed forces lost up to 200 servicemen in the Kursk area", False)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has dispatched about 15,000 troops to Russia in total", False)],
 "008": [("troops", "north_korea", 15000, None, "about", NIS,
          "around 15,000 North Korean soldiers had been sent to Russia in all", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "a first contingent of roughly 11,000 last autumn", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "followed by some 3,000 more in the first months of this year", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "puts the North's losses at roughly 4,700 killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 of them fatally", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["Defense Intelligence", "HUR"] + UKR,
          "North Korean losses had exceeded 4,000 killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", UKR + ["Kyodo", "lawmaker"],
          "Two North Korean soldiers captured by Ukrainian forces in January remain in Kyiv", False)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 North Korean troops were sent to Russia", False),
         ("casualties", "russia", 1000000, None, "about", ["defence intelligence", "UK", "Ministry of Defence", "MoD"],
          "Russia has suffered about 1m casualties since February 2022", False)],
 "010": [("killed", "north_korea", 2000, None, "about", NIS,
          "About 2,000 North Korean soldiers have been killed fighting for Russia", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "Roughly 1,000 deminers have already arrived in Russia's Kursk region", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["KCNA", "state media", "Kim", "North Korea"],
          "nine of the unit's soldiers had died during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the Kursk campaign", False),
         ("troops", "north_korea", 10000, None, "about", NIS,
          "around 10,000 North Korean troops remained deployed in Russian border areas", False)],
}
NOT = {
 "000": ["a total of 12,000 troops in four brigades (planned)", "readying 10,000 soldiers to be sent (planned)",
         "four amphibious landing ships and three escort vessels", "Oct. 8 and 13", "Share 1,204",
         "7.5 pct (headline)", "2 injured (headline)", "2,593.37", "3,000 public parking spaces (headline)"],
 "001": ["11K (headline, same as the body's 11,000)", "190 miles", "about 28,500 U.S. troops (not a subject)",
         "270 electoral votes", "96 drones (headline)", "4 dead (headline)", "110 mph", "2:14", "1,318 comments", "Share 2.1K"],
 "002": ["240-millimeter multiple rocket launchers and 170-millimeter self-propelled guns",
         "more than 20,000 containers of munitions", "204 lawmakers (headline)", "2,435.93, 1,451 per dollar",
         "12 provinces, 15 centimeters", "30,000 passengers (headline)", "Comments 14", "1K (headline, same as body)"],
 "003": ["Russia lost 1,740 soldiers over past day (Read also headline)", "2 killed, 5 injured (headline)",
         "personnel ~776,250 (+1,740), tanks 9,560 (sidebar widget)", "4,872 views", "100 / 200 / 500 UAH"],
 "004": ["born in 2005 / 1999", "magnitude 6.9 (headline)", "39,190, 1.05%", "90 days, 8.7 million tickets"],
 "005": ["about 1,300 square kilometres", "more than half of that ground", "August 6", "day 1,059 (headline)",
         "€70 billion (headline)", "33 hostages (headline)", "3 min"],
 "006": ["three armored fighting vehicles, four motor vehicles and two field artillery guns", "12 settlements",
         "8 settlements (headline)", "88 Ukrainian drones (headline)", "4.1% (headline)", "June 2024"],
 "007": ["some 20 trillion won", "3.7% (headline)", "5 party leaders (headline)", "2,556.61"],
 "008": ["Article 4", "June 19, 2024", "170 mm self-propelled guns, 240 mm rocket launchers", "millions of artillery shells",
         "3.49 million visitors (headline)", "36,830.69, 143 per dollar", "¥1,800 per month", "Share 156 | Comments 9"],
 "009": ["1,000 deminers and 5,000 military construction workers (planned)", "6,000 engineers and deminers (headline, planned)",
         "second visit in a fortnight", "33C (headline)", "210,000 tickets (headline)", "at least 224 killed in Iran (headline)",
         "23 articles, $5 a month", "428 comments"],
 "010": ["the 5,000 military construction troops expected to follow (planned)", "78°F", "$1 for 3 months",
         "35-14", "Comments (7)"],
 "011": ["pledge to send 1,000 deminers and 5,000 military builders (planned)", "120 days", "1.4%, 5% (headline)",
         "more than six months"],
}
OFF = ["012", "013"]
DUP = {"014": "005"}

goldlib.write(
    "Gold labels for the blind211 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "roughly 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), the same day"],
            ["004-3", "005-1", "around 3,000 casualties (NIS) against close to 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["001-1", "001-2", "11,000 in Kursk (Zelensky) against about 10,000 sent to Russia (Pentagon): the bands touch and the scopes differ"],
            ["007-3", "008-2", "about 15,000 in total (NIS) against a first contingent of roughly 11,000: a restated earlier figure"],
            ["008-1", "008-2", "about 15,000 in all against a first contingent of roughly 11,000: a restated earlier figure"],
            ["008-2", "008-3", "roughly 11,000 first contingent against some 3,000 more: an additional force"],
        ],
    },
)
