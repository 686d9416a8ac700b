#!/usr/bin/env python3
"""Write gold.json for the blind126 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
UKR = ["Ukrain", "Security Service", "SBU"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "a first group of some 1,500 special operations soldiers already shipped to the Russian Far East", False)],
 "001": [("troops", "north_korea", 10000, None, "more_than", NIS,
          "more than 10,000 North Korean soldiers have been deployed to Russia", False),
         ("troops", "north_korea", 2000, None, "about", ["military intelligence", "Ukrain"],
          "around 2,000 of the North Korean soldiers had been moved into assault units close to the front", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Close to 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That would put North Korean losses at about 1,100", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "US military official", "U.S.", "US official"],
          "several hundred North Korean troops had been killed or wounded during the past week", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have already been killed or wounded in the Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "had suffered about 1,100 casualties", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have died fighting for Russia against Ukraine", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "some 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "bringing Pyongyang's casualties to around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + UKR,
          "two North Korean soldiers had been taken alive by Ukrainian forces in the Kursk region", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers have been killed or wounded", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "he had put North Korean losses at more than 3,000", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon estimated last month that 11,000 to 12,000 North Korean troops were in the Kursk region", False),
         ("captured", "north_korea", 2, None, "exact", UKR + ZEL,
          "Ukrainian forces are holding two North Korean soldiers who were captured on Jan. 11", False)],
 "006": [("troops", "north_korea", 3000, None, "about", NIS,
          "an additional 3,000 or so soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the roughly 11,000 troops Pyongyang dispatched last autumn", False)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "some 600 are believed to have died", False),
         ("troops", "north_korea", 15000, None, "about", NIS + ["agency"],
          "The agency estimated the total number of North Korean troops sent to Russia at about 15,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + UKR,
          "Taken prisoner by Ukraine: 2", False)],
 "008": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "HUR", "Defense Intelligence", "military intelligence"],
          "North Korea's losses in Russia's Kursk region have passed 4,000 killed and wounded", False),
         ("troops", "north_korea", 15000, None, "about", ["South Korea", "intelligence", "NIS"],
          "about 15,000 North Korean servicemen had been sent to Russia since autumn 2024", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Russian Defense Ministry", "Defense Ministry", "Russia", "Gerasimov", "Moscow"],
          "the Ukrainian armed forces lost more than 76,000 troops killed and wounded during the fighting in the Kursk Region", False)],
 "011": [("killed", "north_korea", 2000, None, "about", NIS,
          "Around 2,000 North Korean soldiers have been killed fighting for Russia", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "About 1,000 deminers are already working in the Kursk region", False),
         ("casualties", "russia", 1000000, None, "more_than", ["Britain", "British", "defence ministry", "Ministry of Defence", "MoD", "UK"],
          "Russia has suffered more than a million casualties since it invaded Ukraine", False)],
 "013": [("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 North Korean soldiers have been sent to Russia in total", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "up from its April count of roughly 600 dead", False),
         ("troops", "north_korea", 10000, None, "more_than", NIS,
          "| Nov. 2024 | NIS (South Korea) | more than 10,000 troops in Russia |", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "| Dec. 2024 | Pentagon | 11,000 to 12,000 troops in Kursk |", False),
         ("captured", "north_korea", 2, None, "exact", UKR,
          "Two North Korean soldiers captured by Ukraine in January remain in Kyiv", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "| April 2025 | NIS | about 4,700 killed or wounded |", False)],
}
NOT = {
 "000": ["a total of around 12,000 troops organized in four brigades (planned)", "between Oct. 8 and 13", "about 90 minutes",
         "about US$200 million", "10 meters (headline)", "7.5 pct (headline)", "2,593.82 (headline)",
         "3 injured after bus collides (headline)", "5.6 trillion won (headline)", "10 degrees", "Share (1,248)"],
 "001": ["170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers", "October 31", "about 86 minutes",
         "more than 7,000 kilometers", "0.9% (headline)", "over 2,000 people evacuated (headline)",
         "about 10 short-range ballistic missiles (headline)", "20 languages", "3 min 12 sec"],
 "002": ["170mm self-propelled howitzers", "240mm multiple rocket launchers", "millions of artillery shells",
         "several billion dollars", "Dec. 3 / Dec. 14", "12 years", "9.5 trillion won (headline)", "0.25% (headline)",
         "8.7 trillion yen (headline)", "$9 a month", "30-day free trial"],
 "003": ["almost three times higher", "about 10 kilometers from the border", "15 settlements, 1 killed (headline)",
         "103 drones, 52 shot down (headline)", "20 more Leopard 1A5 tanks (headline)",
         "personnel about 770,920 (+1,520), tanks 9,539 (Russian-losses widget)", "64,000 subscribers"],
 "004": ["nearly triples", "born in 2005 / born in 1999 / since 2021", "less than two months",
         "1,000 officers (headline)", "1,470 per dollar (headline)", "179 deaths (headline)", "4.14m cars (headline)",
         "Comments (87)"],
 "005": ["several hundred square miles", "roughly half", "Jan. 19, 2025, Section A, Page 8", "33 missiles (headline)",
         "24 hours (headline)", "2 North Korean prisoners (other story's headline)", "1.2K comments"],
 "006": ["about a month", "several weeks", "240 mm rocket launchers", "20 trillion won ($13.7 billion)",
         "138 of 213 drones (headline)", "1%, $73.40 (headline)", "3.2% (headline)"],
 "007": ["$1 billion or more", "April 28, 2025", "46% (headline)", "10,000 demonstrators, 21st week (headline)",
         "5,000-ton destroyer (headline)", "Facebook 214 X 58 Kakao 31"],
 "008": ["9 injured, among them 2 children (headline)", "4 Patriot systems (headline)", "96 of 165 drones (headline)",
         "about 960,880 personnel (+1,050 per day), 10,762 tanks (Russian-losses widget)", "120K followers", "April 26"],
 "009": ["1,000 sappers / deminers (planned)", "5,000 military builders (planned)", "second visit in two weeks",
         "June 2024 / December 4, 2024", "about 8 hours", "12 billion rubles (headline)", "78.3 per dollar (headline)",
         "2 tanks destroyed (headline)"],
 "011": ["a planned contingent of 5,000 military construction workers (planned)", "around 30 percent",
         "February 2022", "2.5 hours (headline)", "1,000 km (headline)", "4 partners"],
 "013": ["6,000 military engineers and construction workers (pledged, planned)", "120 days", "$20 billion",
         "$1.1 billion (headline)", "7 dead (headline)", "0.25 point, 2 more cuts in 2026 (headline)"],
}
OFF = ["010", "012"]
DUP = {"014": "004"}

goldlib.write(
    "Gold labels for the blind126 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23)"],
            ["003-1", "003-2", "more than 3,000 (Zelensky) against about 1,100 (South Korea's JCS), same day"],
            ["004-3", "005-1", "about 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 18)"],
        ],
        "may": [
            ["002-4", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["002-4", "002-3", "several hundred (US official, days earlier) against about 1,100 (NIS): a vague figure"],
            ["002-4", "003-2", "several hundred (US official) against about 1,100 (JCS): a vague figure"],
            ["006-1", "006-2", "an additional 3,000 or so against the roughly 11,000 first sent: an additional force"],
            ["013-2", "013-3", "about 2,000 killed (Sept) against 600 (April), both restated in one explainer: months apart"],
            ["013-1", "013-5", "about 15,000 in total (now) against 11,000-12,000 in Kursk (Dec 2024 table row): a year apart"],
        ],
    },
)
