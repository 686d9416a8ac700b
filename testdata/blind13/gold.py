#!/usr/bin/env python3
"""Write gold.json for the blind13 set from the compact table below.

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
US = ["Pentagon", "Defense Department", "U.S.", "US", "Washington"]
BLOG = ["Severny Veter", "North Wind", "blogger", "Telegram"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "North Korea has dispatched from 10,000 to 12,000 soldiers to Russia", False),
         ("troops", "north_korea", 10000, None, "about", US,
          "some 10,000 North Korean soldiers were now in eastern Russia", False),
         ("troops", "north_korea", 8000, None, "about", US,
          "about 8,000 of them had moved toward the Kursk region", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "Eleven thousand North Korean military personnel are already in the Kursk region", False),
         ("troops", "russia", 50000, None, "about", ZEL,
          "Russia has concentrated around 50,000 of its own troops in the area", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed in fighting in Russia's Kursk region", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "almost 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That puts the toll at roughly 1,100", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "The NIS has put the contingent at 10-12 thousand", False),
         ("casualties", "north_korea", 1, None, "at_least", NIS,
          "included at least one general-rank officer", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean soldiers killed and wounded in the Kursk region has already passed 3,000", False)],
 "004": [("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "Defense Department", "U.S."],
          "the Pentagon's estimate of North Korean forces in the Kursk region stood at 11,000 to 12,000", False),
         ("casualties", "north_korea", 3000, None, "at_least", ["Institute for the Study of War", "ISW"],
          "North Korean units had suffered at least 3,000 casualties since entering combat", False),
         ("troops", "north_korea", 2000, 9999, "vague", ["War on the Rocks", "author"],
          "It now has several thousand officers and soldiers who have seen how 155 mm artillery", True)],
 "005": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korean soldiers fighting for Russia have now suffered about 3,000 casualties in total", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "around 300 North Korean soldiers have died in the Kursk region", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 have been wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers were captured by Ukrainian forces on January 11", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean units fighting alongside Russian forces in Kursk had lost nearly 4,000 men killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "the two North Korean soldiers captured by Ukraine last week", False),
         ("casualties", "north_korea", 500, None, "at_most", BLOG,
          "all of their losses together, dead and wounded, are at most 500", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "some 300 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False)],
 "007": [("troops", "north_korea", 11000, None, "about", NIS + US + ["South Korean and U.S. estimates"],
          "North Korea first sent roughly 11,000 troops to Russia from October 2024", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "Pyongyang has since sent about 3,000 more soldiers", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "The North has lost, according to the NIS, around 300 killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded as of mid-January", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "the number of North Korean killed and wounded was nearly 4,000", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Reuters"],
          "Two North Korean soldiers were captured by Ukrainian forces on Jan. 11", False)],
 "008": [("casualties", "north_korea", 4000, None, "more_than", ["HUR", "military intelligence", "Budanov", "Ukrain"],
          "North Korea's losses in Kursk have climbed to upwards of 4,000 killed and wounded", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia", "Moscow"],
          "Ukraine had lost more than 76,000 troops killed and wounded there since August 2024", False),
         ("wounded", "ukraine", 9, None, "exact", ["Syniehubov", "governor"],
          "A Russian drone attack on Kharkiv overnight injured nine people", True)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea's casualties in the fighting in Russia's Kursk region have reached some 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North has sent about 15,000 soldiers in all", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has already dispatched roughly 15,000 combat troops to the region", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "some 4,700 of them have been killed or wounded", False)],
 "011": [("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had died in the Kursk campaign", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "the roughly 600 dead it reported in April", False),
         ("troops", "north_korea", 15000, None, "about", NIS + ["The Conversation", "author"],
          "Pyongyang is believed to have sent roughly 15,000 soldiers in total", False),
         ("wounded", "north_korea", 200, 900, "vague", ["The Conversation", "author", "reported"],
          "A few hundred wounded are reported to have been flown back to Pyongyang", True)],
}
NOT = {
 "000": ["more than 9,000 kilometers", "¥8.5 trillion", "16.5%", "Hwasong-19, 86 minutes", "about 7,000 kilometers",
         "Oct. 31", "Article 4", "45,000 personnel (headline)", "2.6%, 150 to dollar (headline)",
         "3 dead, 11 injured (headline)", "¥300 per month", "13:10 JST"],
 "001": ["up to 300 km", "August 6", "November 4", "1,480 soldiers, 700,000 (headline)", "10 injured (headline)",
         "Facebook 312 | X 87 | Telegram 1.1K", "16:20"],
 "002": ["11th Corps", "170 mm guns", "240 mm multiple rocket launchers", "1967-1973", "42% (headline)",
         "250 missile launchers (headline)", "KRW 59.4 trillion", "$50 a month", "Share: 56 | Comments: 4", "6 min read"],
 "003": ["Dec. 23", "$400", "2,418 views", "1,380 soldiers, 13 tanks (headline)", "7 injured (headline)",
         "2nd batch of F-16s", "UAH 100", "95K subscribers", "Comments (24)"],
 "004": ["1953", "155 mm artillery", "more than 3 million rounds", "$20 billion", "24 years, two tours",
         "$5 a month", "700-episode", "Comments (37)"],
 "005": ["January 11", "about 1,100 kilometers", "10°C, 0% chance of rain", "0.5%", "4:32", "19:00"],
 "006": ["more than 400,000 subscribers", "Four thousand? (the blogger repeating Zelensky's figure)", "21% (headline)",
         "65,000 Ruble (headline)", "70 (headline)", "$5 a month", "Share 128 | Comments 51", "3:40 p.m."],
 "007": ["about 1,300 square km (500 square miles)", "less than half", "millions of artillery shells",
         "170 mm self-propelled guns", "KN-23", "Feb. 27", "$2,950 an ounce (headline)", "4% (headline)", "3 min ago"],
 "008": ["around 250,000 people attended (funeral)", "15-minute meeting", "12-year-old girl", "GMT+2",
         "99% (headline)", "fourth term (headline)", "6 games (headline)", "2024 treaty", "timestamps 07:30-19:45"],
 "009": ["6,000 killed (the erroneous figure named in the correction)", "0.3% at 2,556 (headline)",
         "June 3; 7 candidates (headline)", "18 injured (headline)", "17:20, 21:05"],
 "010": ["1,000 deminers and 5,000 military construction workers (planned)", "up to 6,000 more (planned, standfirst)",
         "third visit in three months", "3.7 percent", "eight years", "$20 billion", "two to three years",
         "5 Percent (headline)", "90% (headline)", "40%, $1 a week", "June 17"],
 "011": ["more than 70 years", "more than three times", "one in seven", "1950-53",
         "a further 6,000 military engineers and builders (planned)", "220,000 readers", "$25", "3.15pm AEST"],
}
OFF = ["013", "014"]
DUP = {"012": "003"}

goldlib.write(
    "Gold labels for the blind13 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-3", "001-1", "about 8,000 in Kursk (Pentagon) against 11,000 in Kursk (Zelensky), two days apart"],
            ["002-3", "003-1", "roughly 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-1", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), two days apart"],
            ["006-1", "006-3", "nearly 4,000 casualties (Zelensky) against at most 500 (pro-war blogger), same article"],
            ["005-1", "006-3", "about 3,000 casualties (NIS) against at most 500 (pro-war blogger), two days apart"],
        ],
        "may": [
            ["000-1", "000-3", "10,000-12,000 in Russia against about 8,000 of them in Kursk: a part against the whole"],
            ["000-2", "000-3", "about 10,000 in Russia against about 8,000 of them in Kursk: a part against the whole"],
            ["000-2", "001-1", "about 10,000 in Russia (Pentagon) against 11,000 in Kursk (Zelensky): the bands touch"],
            ["002-3", "004-2", "roughly 1,100 (NIS) against at least 3,000 (ISW): eight days apart, just outside the window"],
            ["002-3", "002-5", "roughly 1,100 casualties against 'at least one general-rank officer': a part, optional"],
            ["007-1", "007-2", "roughly 11,000 first sent against about 3,000 more: an additional force"],
            ["011-1", "011-2", "about 2,000 killed (September) against roughly 600 (April), same source: an update"],
        ],
    },
)
