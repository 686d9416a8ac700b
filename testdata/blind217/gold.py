#!/usr/bin/env python3
"""Write gold.json for the blind217 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
BUD = ["Budanov", "HUR", "Defence Intelligence", "Defense Intelligence", "military intelligence"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
          "North Korea has so far moved around 3,000 of its soldiers to Russia", False),
         ("troops", "north_korea", 1500, None, "about", NIS + ["Park Sun-won"],
          "a second group of about 1,500 troops had reached the Russian Far East", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "Eleven thousand North Korean soldiers are already in Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon", "Singh", "United States", "U.S.", "US officials", "Defense"],
          "the United States believes roughly 10,000 North Korean soldiers have been sent to eastern Russia for training", False)],
 "002": [("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "U.S.", "United States", "Washington"],
          "The Pentagon has claimed that between 11,000 and 12,000 DPRK servicemen are in the Kursk Region", False),
         ("casualties", "ukraine", 36000, None, "more_than", ["Defense Ministry", "Defence Ministry", "Ministry of Defense", "Russia", "Moscow"],
          "the Ukrainian armed forces have lost over 36,000 servicemen in the Kursk direction", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "The toll among North Korean troops fighting for Russia, President Volodymyr Zelensky said on Monday, now stands at more than 3,000 killed and wounded", False),
         ("casualties", "north_korea", 67, None, "exact", ["Special Operations Forces", "SSO"],
          "their operators had killed or wounded 67 North Korean servicemen", False)],
 "004": [("casualties", "north_korea", 1100, None, "about", JCS,
          "Around 1,100 North Korean soldiers have been killed or wounded fighting alongside Russian forces", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "North Korean casualties had passed 3,000", False),
         ("troops", "north_korea", 10000, None, "more_than", ["Seoul", "Washington", "South Korea", "United States"],
          "North Korea has sent more than 10,000 soldiers to Russia since October", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
          "around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
          "the figures put North Korea's total losses at roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Lee Seong-kweun", "Ukrain"],
          "the capture on Saturday of two North Korean soldiers by Ukrainian forces", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea's losses in Kursk Oblast are approaching 4,000 killed and wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "when it put the North's combined toll at roughly 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "with about 300 of them killed", False),
         ("captured", "north_korea", 2, None, "exact", ["SBU", "Security Service", "Ukrain"] + ZEL,
          "The two North Korean soldiers captured in Kursk Oblast on Jan. 11", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS + ["military"],
          "North Korea dispatched roughly 3,000 additional soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS + ["military"],
          "on top of the some 11,000 it first sent last fall", False),
         ("casualties", "north_korea", 4700, None, "about", JCS,
          "an estimated 4,700 have been killed or wounded", False)],
 "009": [("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweun"],
          "Around 600 North Korean soldiers have been killed while fighting for Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
          "the North has suffered about 4,700 casualties", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 soldiers to Russia since last year", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", BUD,
          "North Korea has lost more than four thousand soldiers killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "exact", NIS,
          "the North had suffered 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 killed", False),
         ("casualties", "russia", 950000, None, "more_than", ["Ministry of Defence", "UK", "MoD"],
          "Russian casualties since February 2022 have passed 950,000 killed and wounded", False),
         ("casualties", "russia", 1200, None, "about", ["Ministry of Defence", "UK", "MoD"],
          "with an average of about 1,200 a day in April", True)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS + ["Lee Seong-kweun"],
          "North Korean military deaths in the war between Russia and Ukraine have reached about 2,000", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Troops sent: about 15,000 in total", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "first deployment, autumn 2024: about 11,000", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "reinforcements, early 2025: about 3,000", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Killed or wounded (as of April 2025): about 4,700", False)],
 "013": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media"],
          "saying nine of its soldiers had died during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "South Korea's spy agency has estimated that about 2,000 North Korean soldiers were killed in the fighting in Kursk", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "out of roughly 15,000 the North sent to Russia", False)],
}
NOT = {
 "000": ["some 10,000 soldiers in total by December (a projection, planned)", "Sept. 18", "summer of 2023",
         "SHARE 312", "5 min read", "2 inter-Korean roads (headline)", "0.8% at 38,104 (headline)",
         "up to 50 seats, Oct. 27 (headline)", "2% of GDP by fiscal 2027 (headline)", "¥1,650 a month, 30 days",
         "24 categories of cookies"],
 "001": ["Listen 4:31", "Comments (57)", "up to 300 kilometers (ATACMS range)", "about 1,300 square kilometers",
         "Aug. 6", "about 28,500 U.S. troops (not a subject)", "7 swing states (headline)",
         "3 guided bombs (headline)", "$425 million (headline)", "48 languages, 354 million people"],
 "002": ["June 19, October 24, November 9", "Article 4", "210 tanks, 145 infantry fighting vehicles and 1,200 motor vehicles",
         "25 Ukrainian drones over five regions (headline)", "5,500 km (headline)", "$200 bln (headline)",
         "2014-2024", "18+"],
 "003": ["Views 18,402", "August 6", "about 40 kilometers", "32 combat clashes",
         "2 districts (headline)", "UAH 1.6 billion (headline)",
         "Russian losses widget: 775,680 (+1,580), 9,538 tanks, 20,952 artillery, 20,531 drones",
         "95 years", "210K subscribers"],
 "004": ["24/12/2024 - 08:45", "3 min", "170mm self-propelled guns and 240mm multiple rocket launchers", "December 4",
         "death toll rises to 39 (other story's headline)", "2 more villages (headline)", "842 partners"],
 "005": ["18:40 JST", "Watch 1:32", "2 dead, 41 flights (headline)", "700 points (headline)",
         "207 million yen (headline)", "6.6-magnitude (headline)", "2nd straight week", "18 languages"],
 "006": ["6 min read", "born in 2005", "26 (age)", "33 of 58 drones", "16,000+ people, $5 a month",
         "1,350 troops in one day (other story's headline)", "2 more F-16s (headline)", "Comments (44)"],
 "008": ["Share 96", "around 220 units of 170mm self-propelled guns and 240mm multiple rocket launchers",
         "last August", "death toll rises to 28 (headline)", "dies at 63 (headline)", "1.4% (headline)",
         "8 justices (headline)"],
 "009": ["Share 41", "April 28, April 26", "92 seats, 33 constituencies (headline)", "3.9% (headline)",
         "49.0 (headline)", "S$9.90 a month for the first 3 months"],
 "010": ["Views 9,870 | Comments 12", "28 April, 30 April", "72-hour ceasefire for 8-10 May", "UAH 200 a month",
         "12 drones, 2 districts (headline)", "50/50 fund (headline)"],
 "012": ["about 6,000 more personnel: 1,000 deminers and 5,000 military construction workers (planned)",
         "Planned: 1,000 deminers, 5,000 military builders (fact box, planned)", "17:30 KST, 18:02 KST",
         "56% (headline)", "1.3% (headline)", "1,390 per dollar, 3 months (headline)", "₩10,000 a month"],
 "013": ["120 days", "June 2024", "17-km border", "winter of 2024-25", "3rd round (headline)",
         "€210 billion (headline)", "-15°C (headline)", "12 languages"],
}
OFF = ["007", "011"]
DUP = {"014": "005"}

goldlib.write(
    "Gold labels for the blind217 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-1", "004-1", "more than 3,000 casualties (Zelensky, Dec 23) against about 1,100 (South Korea's JCS, Dec 24), a day apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS, Jan 13) against approaching 4,000 (Zelensky, Jan 17), four days apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 3,000 so far against a second group of about 1,500: an additional force, same source"],
            ["001-1", "001-2", "11,000 in Kursk (Zelensky) against roughly 10,000 sent to eastern Russia (Pentagon): the bands touch, and different places"],
            ["004-1", "004-2", "JCS 1,100 against Zelensky's restated 3,000+ in the same article: the 003-1~004-1 conflict told again"],
            ["006-1", "006-2", "Zelensky's near 4,000 against the NIS's restated 3,000 in the same article: the 005-3~006-1 conflict told again"],
            ["008-1", "008-2", "about 3,000 additional against about 11,000 first sent: an additional force"],
            ["012-2", "012-3", "15,000 in total against 11,000 in the first deployment: the whole against a part, one fact box"],
            ["012-2", "012-4", "15,000 in total against 3,000 reinforcements: the whole against an additional force"],
            ["012-3", "012-4", "11,000 first against 3,000 reinforcements: an additional force"],
        ],
    },
)
