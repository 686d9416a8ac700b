#!/usr/bin/env python3
"""Write gold.json for the blind32 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
PENTAGON = ["Pentagon", "Sabrina Singh", "Singh", "Defense Department"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "North Korea has sent roughly 10,000 soldiers to Russia to train alongside Russian forces", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "last week put the number of North Korean soldiers already transferred to Russia at some 3,000", False),
         ("troops", "north_korea", 500, None, "about", NIS,
          "Seoul's spy agency also said the contingent included about 500 officers", False)],
 "001": [("troops", "north_korea", 8000, None, "about", ["Blinken", "Secretary of State", "State Department", "U.S.", "US"],
          "an estimated 8,000 North Korean soldiers had now been moved to the Kursk border region", False),
         ("troops", "north_korea", 10000, None, "about", ["Austin", "Defence Secretary", "Pentagon", "U.S.", "US"],
          "put the total that Pyongyang had dispatched to Russia at roughly 10,000", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 soldiers from North Korea in the Kursk region", False),
         ("troops", "north_korea", 8000, None, "about", ["U.S. officials", "US officials", "Washington", "U.S.", "US"],
          "U.S. officials said last week that about 8,000 North Korean soldiers had been moved to Kursk", False)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "Around 100 North Korean soldiers have been killed fighting for Russia in the Kursk region", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Nearly 1,000 more had been wounded, the agency estimated", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That put the North's losses at about 1,100 in total, Lee said", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "Ryder", "United States", "US"],
          "between 11,000 and 12,000 North Korean soldiers were in the Kursk area", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US official", "U.S. official"],
          "described North Korean casualties as \"several hundred\" killed and wounded", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "have suffered more than 3,000 casualties, including those killed and wounded", False),
         ("troops", "north_korea", 11000, None, "about", ["South Korean and Western intelligence", "intelligence"],
          "Some 11,000 North Korean troops are believed to have been deployed to the region", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "South Korea's spy agency said last week that about 100 of them had been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and roughly 1,000 injured", False)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "SBU"],
          "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 of them have been killed in the fighting against Ukrainian forces in the Kursk region, the spy agency estimated", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the North sent some 11,000 soldiers to Russia last autumn", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "NIS"] + ZEL,
          "Ukraine said on Saturday it had captured two wounded North Korean soldiers in Kursk", False)],
 "007": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded fighting for Russia against Ukraine", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "bringing its estimate of the North's casualties to about 3,000", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "The agency said last month that about 100 had been killed", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "which the NIS says sent some 11,000 troops to Russia last year", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "NIS"] + ZEL,
          "it had confirmed that Ukraine captured two North Korean soldiers on Saturday", False)],
 "008": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea has lost nearly 4,000 soldiers killed or wounded in Russia's Kursk region", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "the agency said about 300 North Koreans had died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 had been wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "one of two North Korean prisoners", False)],
 "010": [("troops", "north_korea", 3000, None, "about", JCS,
          "an estimated 3,000 additional troops to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "the some 11,000 troops the North dispatched last year", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "Casualties among the North Korean troops are estimated to total around 4,000", False)],
 "011": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Some 600 of them were killed, the National Intelligence Service told lawmakers", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North had deployed about 15,000 troops to Russia", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "military intelligence", "Ukrain"],
          "North Korea's losses had exceeded 4,000 killed and wounded", False)],
 "012": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media"],
          "disclosing that nine of its soldiers had died during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in Russia", False),
         ("casualties", "north_korea", 6000, None, "about", ["Defence Intelligence", "Britain", "UK", "British"],
          "put the North's casualties at around 6,000", False)],
}
NOT = {
 "000": ["about 10,000 by December (planned)", "about 28,500 troops in South Korea (US troops, not a subject)",
         "1950-53", "Facebook 1.2K, X 864", "7 hurt (headline)", "36 drones over 4 regions (headline)",
         "2 ballistic missiles (headline)", "S&P 500 climbs 0.3%", "21-17 loss, No. 4"],
 "001": ["1,412 partners (cookie notice)", "14 new posts", "70 years", "17 drones, six near Lgov",
         "about 70 km (43 miles)", "November 1", "range of 300 km", "day 981", "3 killed (headline)",
         "15th sanctions package", "fourth-largest", "Share 3.4K, Comments (57)"],
 "002": ["Aug. 6", "February 2022", "98 per dollar (headline)", "18% (headline)", "3 of 7 swing states (headline)"],
 "003": ["10,000 wounded (the corrected error in the correction note)",
         "up to 12K (own headline restating the Pentagon range)", "Share 312", "KN-23",
         "170-millimetre self-propelled guns", "240-millimetre multiple rocket launchers",
         "€650 million (headline)", "2 injured (headline)", "February 23", "191100 Dec 24"],
 "004": ["five-year buildup", "2 percent of GDP", "fiscal 2027", "8.7 trillion yen ($56 billion)",
         "5 short-range missiles (headline)", "1,000 tourists a day (headline)", "6.3 pct (headline)", "23:20"],
 "005": ["death toll 16 (Los Angeles fires)", "12,000 structures", "153,000 residents", "$135 billion",
         "28.8% of the vote", "more than 500 km", "59 drones across 8 regions", "0.5%", "$79.76",
         "2,300,000 subscribers", "6 min read", "4 comments, Share 96"],
 "006": ["Jan 13"],
 "007": ["paragraphs 2, 5-7, 9", "29% (headline)", "3,000 police (headline)", "2% (headline)"],
 "008": ["26-year-old", "2,611 shares", "64 drones and 3 missiles", "$106 million (headline)", "5 things (headline)"],
 "010": ["paras 4-6", "170-mm self-propelled howitzers", "240-mm multiple rocket launchers", "11 days from March 10",
         "31 shows in 15 cities (headline)", "1.0 pct (headline)", "1,445.6 (headline)", "over 1,500 km (headline)"],
 "011": ["Facebook 523, X 1.1K", "last June", "15K (other story's headline)",
         "76,000 soldiers in Kursk (other story's headline)", "3.7% (headline)", "5 stories"],
 "012": ["1,000 deminers and 5,000 military construction workers (planned)", "fall of 2024",
         "Share 1.8K, Comments 214", "2.5% (headline)", "2 trillion yen (headline)", "28-point plan, 20 points (headline)"],
}
OFF = ["013", "014"]
DUP = {"009": "008"}

# Every pair of claims with the same metric and subject, incompatible intervals (about ±10%, exact ±2%,
# bounds) and published within 7 days is listed here as must or may, except part-against-whole pairs,
# which are not conflicts (README): 500 officers (000-3) against the whole force (000-1, 000-2, 001-1,
# 001-2); 8,000 in Kursk (001-1, 002-2) against about 10,000 in Russia (000-1, 001-2); nine dead engineers
# of one regiment (012-1) against about 2,000 killed in all (012-2).
CONFLICTS = {
    "must": [
        ["001-1", "002-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), five days apart"],
        ["002-1", "002-2", "11,000 in Kursk (Zelensky) against about 8,000 in Kursk (U.S. officials), in one story"],
        ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelenskyy), four days apart"],
        ["007-3", "008-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelenskyy), three days apart"],
    ],
    "may": [
        ["000-1", "000-2", "about 10,000 (Pentagon) against 3,000 (NIS, the week before): a deployment still arriving"],
        ["000-2", "001-2", "3,000 (NIS, eight days earlier) against about 10,000 (Austin): a deployment still arriving"],
        ["000-2", "001-1", "3,000 in Russia (NIS, earlier) against 8,000 in Kursk (Blinken): a deployment still arriving"],
        ["003-3", "003-5", "about 1,100 (NIS) against several hundred (US official): a vague figure"],
        ["003-5", "004-1", "several hundred (US official) against more than 3,000 (Zelenskyy): a vague figure"],
        ["006-1", "007-4", "about 300 killed against the NIS's own earlier 100, quoted as last month's estimate"],
        ["007-1", "007-4", "about 300 killed against the NIS's own earlier 100, quoted as last month's estimate"],
        ["007-4", "008-2", "the NIS's superseded 100 killed against its current 300"],
        ["010-1", "010-2", "an additional 3,000 against some 11,000 sent last year: an additional force"],
    ],
}

if __name__ == "__main__":
    goldlib.write(
        "Gold labels for the blind32 set in articles/ (wire services and rolling coverage, written for crosscheck, "
        "not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
        A, NOT, OFF, DUP, CONFLICTS)
