#!/usr/bin/env python3
"""Write gold.json for the blind277 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
BUD = ["Budanov", "military intelligence", "HUR", "GUR", "Ukrain"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "a first contingent of some 1,500 special operations troops already moved to the Russian Far East", False)],
 "001": [("troops", "north_korea", 10000, None, "more_than", ["Austin", "Pentagon", "Defense Secretary", "U.S.", "US"],
          "More than 10,000 North Korean soldiers have now been sent to Russia", False),
         ("troops", "north_korea", 500, None, "about", BUD,
          "the North Korean contingent includes about 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", BUD,
          "about 500 officers and three generals", True)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "Eleven thousand North Korean soldiers are in the Kursk region", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers had been killed or wounded fighting for Russia in the Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "about 1,100 North Korean soldiers were believed to have been killed or wounded", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had died", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 others had been wounded", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Some 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and around 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting the North's total casualties at roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "NIS", "National Intelligence Service"],
          "Ukrainian forces had captured two wounded North Korean soldiers in the Kursk region", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "The agency's previous estimate, given in December, had been at least 100 killed.", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 of Kim Jong Un's soldiers have now been killed or wounded in Russia's Kursk region", False),
         ("troops", "north_korea", 11000, 12000, "range", ["U.S. officials", "US officials", "U.S.", "United States"],
          "U.S. officials have put the total number of North Korean troops in Russia at between 11,000 and 12,000", False),
         ("captured", "north_korea", 2, None, "exact", ["SBU", "security service", "Ukrain"] + ZEL,
          "two North Korean soldiers captured on Jan. 9", False)],
 "007": [("troops", "north_korea", 3000, None, "about", NIS,
          "around 3,000 soldiers dispatched in January and February, the National Intelligence Service told MPs", False),
         ("casualties", "russia", 860000, None, "about", ["Ministry of Defence", "MoD", "UK"],
          "Russia has suffered around 860,000 killed and wounded since February 2022", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Troops sent in first deployment (autumn 2024) | about 11,000 | South Korea's NIS", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Killed (to mid-January) | about 300 | South Korea's NIS", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "Wounded (to mid-January) | about 2,700 | South Korea's NIS", False),
         ("captured", "north_korea", 2, None, "exact", ["SBU", "Ukrain"],
          "Captured by Ukraine | 2 | Ukraine's SBU", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia", "Moscow"],
          "the Ukrainian side lost more than 76,000 servicemen killed and wounded in the region", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 who died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has sent a total of around 15,000 troops to Russia since last October", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "The estimate had been roughly 3,000 casualties in January", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "Kim", "North Korea", "Pyongyang"],
          "disclosing that nine of its soldiers were killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed since the deployment began in late 2024", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "out of some 15,000 sent in total", False)],
}
NOT = {
 "000": ["a total of around 12,000 soldiers in four brigades (planned)", "four landing ships and three escort vessels",
         "five days from Oct. 8 to Oct. 13", "10 warning shots (headline)", "7.5 pct (headline)", "3.25 pct (headline)",
         "1.4 million young people volunteered to join army (headline)", "2 trillion won", "300,000 book sales",
         "2 dead, 5 hurt (headline)", "Like 1,204 Share 386"],
 "001": ["8.5 trillion yen ($55.6 billion)", "86 minutes", "over 7,000 kilometers", "X 212 Facebook 97 LINE 1.1K",
         "38,474, 1.1%, 152 to the dollar (headline)", "215 of 465 lower house seats (headline)", "7 a.m."],
 "002": ["300-kilometer ATACMS", "around 1,000 square kilometers and 28 settlements", "96 drones and 3 missiles (headline)",
         "Russian losses widget: personnel ~706,080 (+1,770), 9,188 tanks", "3 injured (headline)",
         "45 shadow fleet tankers (headline)", "277 electoral votes (headline)", "18,932 views", "$5 a month, 17,400 readers",
         "Comments (64)"],
 "003": ["nearly three times higher", "170mm self-propelled guns and 240mm multiple rocket launchers", "December 4",
         "12 injured, including 3 children (headline)", "two more villages (headline)", "January 1 (headline)", "3 min"],
 "005": ["born in 2005", "12th day (headline)", "1,470 per dollar (headline)", "1.04% lower at 2,489.56 (headline)",
         "Comments (27) Share 1.8K", "6 p.m."],
 "006": ["100-year partnership", "$500 million weapons package", "155mm artillery rounds", "65%, 27 dead (headline)",
         "9-0 (headline)", "12-degree wind chill (headline)", "1.4K shares | 213 comments"],
 "007": ["about 7,000 km (fact box)", "about three weeks", "2.5% of GDP by 2027 (headline)", "95 (headline)",
         "11 regions (headline)", "£2 a month", "1,873 comments", "Tens of millions"],
 "009": ["7,700 pieces of weaponry, 1,000 tanks and armored vehicles", "August 6", "two villages", "81 per dollar (headline)",
         "80th Victory Day, 13 foreign contingents (headline)", "25°C (headline)", "Comments: 52"],
 "010": ["$20 billion", "80% of its annual gross domestic product", "six months", "1.2% to 6.7tn won (headline)",
         "3.5% (headline)", "June 3 (headline)", "5 remaining this month"],
 "014": ["1,000 deminers and 5,000 military construction workers (planned)", "120 days", "more than 1,500 hectares",
         "2026", "2.50% (headline)", "1.3% (headline)", "3 killed in Odesa (headline)"],
}
OFF = ["008", "011", "012", "013"]
DUP = {"004": "003"}

goldlib.write(
    "Gold labels for the blind277 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), the same day"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["007-1", "007-3", "about 3,000 reinforcements against about 11,000 in the first deployment: an additional force"],
            ["010-1", "010-4", "about 4,700 casualties now against roughly 3,000 in January, restated in the same article: different periods"],
        ],
    },
)
