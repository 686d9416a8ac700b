#!/usr/bin/env python3
"""Write gold.json for the blind219 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Singh", "U.S.", "United States", "Washington"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has sent around 10,000 soldiers to train in eastern Russia", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "a first group of about 1,500 special forces had been ferried from North Korean ports to Vladivostok", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS + ["lawmakers"],
          "Somewhere between 10,000 and 12,000 North Korean soldiers are now in Russia", False),
         ("troops", "north_korea", 11000, None, "about", ["HUR", "military intelligence", "Ukrain", "Budanov"],
          "has put the number of North Korean soldiers gathered in Kursk at about 11,000", False)],
 "002": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "The number of North Korean soldiers killed and wounded in Russia's Kursk region has passed three thousand", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "the Pentagon estimates that between 11,000 and 12,000 North Korean soldiers are in Russia", False)],
 "003": [("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "military"],
          "North Korean soldiers deployed to Russia have suffered an estimated 1,100 casualties", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Koreans had been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 had been injured", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "North Korean losses in the Kursk region had topped 3,000 dead and wounded", False)],
 "004": [("casualties", "north_korea", 3000, None, "about", NIS,
          "Roughly 3,000 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Of the total, about 300 were killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "some 2,700 were wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "it confirmed that two of the North's troops had been taken alive by Ukrainian forces", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "The figure he gave was nearly 4,000 men killed and wounded.", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "the two North Korean soldiers it captured on January 11", False)],
 "006": [("troops", "north_korea", 3000, None, "about", NIS + ["Lawmakers"],
          "Pyongyang sent around 3,000 additional troops to Russia in January and February", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "Troops first deployed (autumn 2024) | 11,000–12,000 | Pentagon", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Killed (to mid-January) | about 300 | South Korea's NIS", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "Wounded (to mid-January) | about 2,700 | South Korea's NIS", False),
         ("captured", "north_korea", 2, None, "exact", ["SBU", "Security Service", "Ukrain"],
          "Soldiers held prisoner by Ukraine | 2 | Ukraine's SBU", False)],
 "007": [("killed", "north_korea", 600, None, "about", NIS,
          "About 600 of the roughly 15,000 soldiers North Korea sent to Russia have been killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the roughly 15,000 soldiers North Korea sent to Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "the National Intelligence Service estimates that about 4,700 North Korean soldiers have been killed or wounded", False)],
 "008": [("casualties", "north_korea", 4000, None, "at_least", ["Institute for the Study of War", "ISW", "think tank"],
          "puts North Korean losses at no fewer than 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 of the North's soldiers had been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "among them some 600 dead", False),
         ("casualties", "north_korea", 2000, 9000, "vague", ["Courier", "Harriet Vane"],
          "Pyongyang has lost thousands of men in Kursk", True)],
 "009": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea"],
          "nine of them died during the deployment", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the fighting in Kursk", False),
         ("troops", "north_korea", 10000, None, "about", NIS,
          "roughly 10,000 North Korean troops remained stationed in Russia's border areas", False)],
}
NOT = {
 "000": ["a total of 12,000 soldiers organised in four brigades (planned)", "about 28,500 troops stationed in South Korea (US, not a subject)",
         "155 mm artillery shells", "$425 million", "Share 2.1K", "38 drones over seven regions (headline)",
         "215 of 465 seats (headline)", "S&P 500 5,823.52, Nikkei 38,605.53, Brent $71.42", "top 10 stories"],
 "001": ["170-mm self-propelled guns, 240-mm rocket launchers", "US$2,000 a month", "paras 6-7",
         "2nd week (headline)", "KOSPI 2,420, 1.2 tln won (headline)", "3 dead, 11 missing (headline)",
         "1,000 more caregivers (headline)", "2024.11.14 12:10"],
 "002": ["1,380 soldiers and 13 tanks (headline)", "two KAB bombs, 4 injured (headline)",
         "250 armoured vehicles (headline)", "810th Separate Marine Brigade", "August 6, 2024", "about 60 km",
         "Russia's combat losses widget: 776,550 (+1,380), 9,585 tanks, 21,230 artillery", "2134 views", "48.2K subscribers"],
 "003": ["240-mm rocket launchers, 170-mm howitzers", "8.7 trillion yen", "fiscal 2025", "12 ballistic missiles",
         "124 million, 15th straight year (headline)", "32.6% (headline)", "1,100 yen a month", "11:35 JST"],
 "004": ["born in 2005, joined in 2021, aged 26", "about a week", "11th day (headline)", "487.6 million viewing hours (headline)",
         "179 killed in Jeju Air crash (headline)", "1,470 per dollar, 2009 (headline)", "16:55"],
 "005": ["three months", "more than 2 million followers", "about half of the 1,300 square kilometers",
         "88,055 Russian soldiers killed (other story's headline)", "5.2 million rubles (headline)", "€5 | €10 | €25"],
 "006": ["around 250 artillery barrels (weapons, not people)", "170 mm and 240 mm", "€800 billion",
         "€500 billion (headline)", "04:37", "03/06/2025", "5 top stories"],
 "007": ["1.2 million-strong armed forces (the whole army, not a deployment)", "100 days, 8 charts (headline)",
         "two months (headline)", "$8 a month", "5:12 AM ET"],
 "008": ["North Korea's 1.2 million-strong army (not a deployment)", "£400 each", "1950", "some 8,000 km from Pyongyang",
         "Comments 312", "187 drones (headline)", "6 councils, more than 600 seats (headline)", "£1 a month for 3 months"],
 "009": ["1,000 deminers and 5,000 military construction workers (planned, agreed in June)", "528th Engineer Regiment",
         "about 120 days", "M7.5 (headline)", "18.3 trillion yen (headline)", "20 languages", "17:40 JST"],
}
OFF = ["011", "012", "013", "014"]
DUP = {"010": "007"}

goldlib.write(
    "Gold labels for the blind219 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-1", "003-1", "more than 3,000 casualties (Zelensky) against an estimated 1,100 (South Korea's JCS), a day apart"],
            ["004-1", "005-1", "roughly 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["003-1", "003-4", "JCS 1,100 against Zelensky's more than 3,000 restated in the same article (already told by 002-1~003-1)"],
            ["003-1", "004-1", "1,100 (JCS) against roughly 3,000 (NIS) three weeks later: a later estimate, outside the 7 days"],
            ["003-3", "004-3", "close to 1,000 wounded against some 2,700 three weeks later: a later estimate, outside the 7 days"],
            ["003-1", "005-1", "1,100 (JCS) against nearly 4,000 (Zelensky) 24 days later: outside the 7 days"],
            ["006-1", "006-2", "about 3,000 reinforcements against 11,000-12,000 first deployed: an additional force"],
        ],
    },
)
