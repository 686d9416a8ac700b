#!/usr/bin/env python3
"""Write gold.json for the blind104 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "spies", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Singh", "Department of Defense", "DoD", "US", "U.S."]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "roughly 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL,
          "11,000 North Korean troops are already in Kursk Oblast", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy landing ships moved roughly 1,500 North Korean special forces personnel", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "between 10,000 and 12,000 North Korean troops are in Russia", False),
         ("troops", "north_korea", 10000, None, "more_than", ["Blinken", "secretary of state", "US", "Washington"],
          "more than 10,000 North Korean soldiers were in Russia", False),
         ("troops", "north_korea", 500, None, "about", ["HUR", "military intelligence", "Ukrain"],
          "the deployment includes around 500 officers, among them three generals", False),
         ("troops", "north_korea", 3, None, "exact", ["HUR", "military intelligence", "Ukrain"],
          "among them three generals", True)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "about 100 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 had been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That is a toll of roughly 1,100 in total", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US military official", "US official", "American"],
          "several hundred North Korean troops had been killed or wounded", True),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "a force that Seoul estimates at roughly 11,000 soldiers", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "have suffered more than 3,000 killed and wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "South Korea's National Intelligence Service put the toll at about 1,100 killed and wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon, which now says 11,000 to 12,000 North Korean soldiers are in the region", False)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "SBU"],
          "Ukrainian troops had captured two North Korean soldiers in the Kursk region", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers have been killed in Kursk", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and about 2,700 wounded since December", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That puts the North's losses near 3,000 men, the NIS said", False)],
 "005": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean forces had suffered nearly 4,000 killed and wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "South Korea's spies, who are usually more cautious, reckon the total is closer to 3,000", False),
         ("troops", "north_korea", 11000, None, "about", ["American", "South Korea", "estimates"],
          "a force that American and South Korean estimates put at roughly 11,000 men", False)],
 "006": [("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "Pyongyang had sent about 3,000 additional troops to Russia", False),
         ("troops", "north_korea", 11000, None, "about", ["Seoul", "South Korea"],
          "the initial deployment of about 11,000 soldiers that Seoul tracked", False)],
 "007": [("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 North Korean soldiers had been killed or wounded in Kursk", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "The agency now puts the total sent to Russia at some 15,000", False)],
 "008": [("casualties", "north_korea", 4000, 5000, "range", ["Ministry of Defence", "MoD", "defence intelligence", "UK", "Britain"],
          "North Korean forces in Kursk have likely suffered between 4,000 and 5,000 casualties", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "the figure of about 4,700 given by South Korea's spy agency last week", False),
         ("wounded", "ukraine", 8, None, "exact", ["Kharkiv", "officials"],
          "In Kharkiv, officials said eight people were injured", True)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 soldiers to Russia so far", False)],
 "010": [("killed", "north_korea", 2000, None, "about", NIS,
          "About 2,000 North Korean soldiers have been killed fighting for Russia", False),
         ("killed", "north_korea", 600, None, "exact", NIS,
          "a sharp rise from the 600 dead it reported in the spring", True),
         ("troops", "north_korea", 5000, None, "about", NIS,
          "about 5,000 North Korean military construction troops had been moving into Russia", False),
         ("troops", "north_korea", 2000, 9999, "vague", NIS,
          "thousands of North Korean military builders had started to arrive in Russia", True)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 soldiers to Russia in all", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "In September the National Intelligence Service said some 2,000 had been killed", False),
         ("casualties", "russia", 1100000, None, "more_than", ["general staff", "Ukrain"],
          "Russia has lost more than 1.1m soldiers killed and wounded since February 2022", False),
         ("casualties", "north_korea", 1100, None, "exact", NIS,
          "Dec 2024: combat begins; NIS counts its first 1,100 casualties", True),
         ("troops", "north_korea", 6000, None, "exact", ["Moscow", "Russia"],
          "The 6,000 deminers and builders Moscow asked for in June are arriving in batches", True)],
}
NOT = {
 "000": ["roughly 40 kilometers", "roughly 600 square kilometers", "KN-23, 170mm Koksan", "about half of the artillery shells",
         "four brigades in all (planned, no figure)", "Key Takeaways 1-3", "7:15pm ET; November 28/29", "$50 funds one hour",
         "1,000 days of war (related research)", "footnote URLs 2024/11/04, 22310455"],
 "001": ["could eventually grow to 100,000 (speculation)", "about $2,000 a month", "1961 treaty", "1,872 shares",
         "90 missiles and 200 drones (headline)", "Hegseth, 44 (headline)", "Arsenal 2-0 Chelsea in 12 minutes",
         "1.2 million readers at 7am", "Comments (214)"],
 "002": ["170-mm self-propelled guns, 240-mm rocket launchers", "about 700 kilometers", "1,000 days of war in 10 maps (headline)",
         "75th anniversary (headline)", "€7.99 per month", "812 partners", "5 min read, 3:20 pm"],
 "003": ["groups of 20 to 30 men (a tactical group, not a count of the force)", "almost three times", "318 comments",
         "78 Missiles (headline)", "4-Month Incursion (headline)", "Section A, Page 8", "$1 a week", "since 2022"],
 "004": ["born in 2005", "about 4,000 kilometers", "issue 3/2025, pages 74-77", "€650 million (headline)",
         "3.5 percent (headline)", "150 days (headline)", "3 left this month", "9 Min.", "almost three times"],
 "005": ["army of 1.2m (the whole army, not a deployment)", "perhaps $25bn a year", "3.1% in 2023", "since 1953",
         "about six weeks", "$m, 2019-24 chart", "12 weeks for £12", "60% (headline)", "7 things (headline)", "400km (headline)"],
 "006": ["more than 20,000 containers", "152mm and 122mm artillery rounds", "M1991 240mm rocket launchers", "about two weeks",
         "pp. 12-19", "1,000 Days of Lessons", "at 77", "LinkedIn 412, X 1.1K", "nine years", "8 minutes"],
 "007": ["20,000 or 30,000 more (unconfirmed future deployment)", "PDF (412 KB)", "MiG-29 and Su-27", "Article 4",
         "1,000-Day Missile Program", "30 Satellite Images", "April 28 / two days earlier"],
 "008": ["day 1,166", "165 drones and two ballistic missiles, 128 shot down", "8-10 May, 80th anniversary", "30-day truce",
         "4.2bn kroner ($640m)", "155mm howitzers", "$250 (headline)", "50-50 fund (headline)", "18-12 (headline)", "96 shares"],
 "009": ["1,000 deminers and 5,000 military construction workers (planned)", "third visit in three months",
         "several thousand homes", "several hundred dollars a month", "50,000 Russian soldiers killed (other story's headline)",
         "€7.99, €79.90", "3 min read"],
 "010": ["as many as 30,000 troops (hypothetical further contingent)", "October 10, 80th anniversary", "six years",
         "100 New Weapons (headline)", "Kills 23 in Kyiv (headline)", "97 comments", "$1 a week", "since 1997"],
 "011": ["perhaps $20bn over two years", "fourth article", "further rotations in 2026", "1,309 comments", "12 min read",
         "12 weeks for £12", "Sanctions at 10", "500 Days of the Alliance", "sidebar dates Oct 2024 - Sep 2025"],
}
OFF = ["012", "013"]
DUP = {"014": "004"}

goldlib.write(
    "Gold labels for the blind104 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23)"],
            ["004-4", "005-1", "about 3,000 casualties (NIS, Jan 14) against nearly 4,000 (Zelensky, Jan 17)"],
        ],
        "may": [
            ["003-1", "003-2", "more than 3,000 (Zelensky) against NIS's 1,100 restated in the same article: the same disagreement as the must pair"],
            ["005-1", "005-2", "nearly 4,000 (Zelensky) against NIS's ~3,000 restated in the same article: the same disagreement as the must pair"],
            ["002-3", "002-4", "about 1,100 (NIS) against several hundred (US official): a vague figure"],
            ["002-4", "003-1", "several hundred (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["000-1", "000-2", "about 10,000 sent to Russia (Pentagon) against 11,000 in Kursk (Zelensky): the bands touch, but Kursk is a part of Russia"],
            ["006-1", "006-2", "about 3,000 additional troops against the initial 11,000: an additional force"],
            ["010-1", "010-2", "about 2,000 killed (NIS, September) against the 600 it reported in the spring, restated"],
        ],
    },
)
