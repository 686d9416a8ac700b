#!/usr/bin/env python3
"""Write gold.json for the blind55 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

# Attribution strings a reader would accept. No bare "US": score.py matches substrings, and "us"
# is inside "Russian".
NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Ukrain", "Kyiv"]
PENTAGON = ["Pentagon", "Singh", "Defense Department", "U.S.", "US official", "United States", "Washington"]
GUR = ["military intelligence", "HUR", "GUR", "Budanov", "Ukrain", "Kyiv"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has so far moved about 3,000 of its soldiers to Russia", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "The first contingent, roughly 1,500 soldiers believed to be drawn from the elite Storm Corps, reached the Russian Far East", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "\"Roughly 10,000\" North Korean troops have been sent to eastern Russia to train", False),
         ("troops", "north_korea", 12000, None, "about", GUR,
          "says about 12,000 North Korean personnel are now in Russia", False),
         ("troops", "north_korea", 500, None, "exact", GUR,
          "among them 500 officers and three generals", True),
         ("troops", "north_korea", 3, None, "exact", GUR,
          "among them 500 officers and three generals", True)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "there were now 11,000 North Korean soldiers in Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "Of the roughly 10,000 North Koreans the Pentagon says Pyongyang has sent to Russia", False),
         ("troops", "north_korea", 8000, None, "about", PENTAGON + ["Blinken"],
          "around 8,000 have moved to the Kursk border region, US officials said", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Total losses among the North's troops, killed and wounded together, stood at around 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The NIS has previously put the size of the deployment at about 11,000", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US military official", "U.S.", "senior US", "Washington"],
          "\"several hundred\" North Korean troops had been killed or wounded", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False),
         ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "it estimated North Korean losses at about 1,100 killed and wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "it believed 11,000 to 12,000 North Korean soldiers were now in the Kursk region", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "some 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting the North's losses at roughly 3,000 in all", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain", "SBU"],
          "two North Korean soldiers had been captured by Ukrainian forces", False)],
 "006": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU"],
          "the two North Korean soldiers it captured at the weekend", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "have lost nearly 4,000 soldiers killed and wounded, according to Zelensky", False)],
 "007": [("killed", "north_korea", 1000, None, "about", ["senior US official", "US official", "U.S. official", "intelligence assessments"],
          "About 1,000 North Korean soldiers have been killed in the fighting in Russia's Kursk region since early December, according to a senior US official", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Kyiv"],
          "Ukraine's capture of two North Korean soldiers", False)],
 "008": [("troops", "north_korea", 3000, None, "about", NIS,
          "sent an additional 3,000 or so troops to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "on top of the roughly 11,000 it dispatched last autumn", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "the two prisoners held in Ukraine since January", True)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "The North's casualties now stand at around 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea had sent about 15,000 troops to Russia in total", False),
         ("killed", "north_korea", 1000, None, "at_least", ["Ukrainian military intelligence", "military intelligence official", "Ukrain", "Kyiv"],
          "\"At least 1,000 of them were killed, and that is a conservative count,\" a Ukrainian military intelligence official", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "HUR", "military intelligence", "Ukrain", "Kyiv"],
          "North Korean losses had passed 4,000 killed and wounded", False),
         ("casualties", "russia", 940000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "British", "UK", "London"],
          "put total Russian casualties since the 2022 invasion at more than 940,000 killed and wounded", False)],
 "010": [("killed", "north_korea", 2000, None, "about", NIS,
          "Roughly 2,000 North Korean soldiers have died fighting alongside Russian forces", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "the roughly 600 deaths the agency reported in April", False)],
 "011": [("killed", "north_korea", 9, None, "exact", ["Kim Jong Un", "Kim", "KCNA"],
          "said nine of its soldiers had been killed there", False),
         ("troops", "north_korea", 1000, None, "about", ["South Korean intelligence", "intelligence", "Seoul"],
          "The regiment was part of about 1,000 deminers the North sent to Kursk over the summer, according to South Korean intelligence", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "estimated in September that about 2,000 North Korean soldiers had been killed", False)],
}
NOT = {
 "000": ["the total is expected to reach 10,000 by December (planned)", "170mm self-propelled guns and 240mm multiple rocket launchers",
         "the North's 1.2 million-strong armed forces (the whole army, not a deployment)", "the 1970s", "Share 1.3K", "Comments 87",
         "12.8% (headline)", "2,599.62 (headline)", "3 killed, 14 injured (headline)", "1.1 million albums (headline)",
         "2 N. Korean defectors (headline)", "joined the paper in 2016"],
 "001": ["14 new posts", "Share (412)", "$425 million", "155mm artillery rounds", "5 stories, 6 a.m.",
         "4,000 miles (headline)", "Russia's casualties top 690,000 (headline)", "the 2024 Putin-Kim defence pact (headline)",
         "Comments (312)", "Oct. 23"],
 "002": ["$2,000 a month per soldier", "155mm shells", "1,000 days of war (headline)", "66 of 96 Russian drones (headline)",
         "€35bn (headline)", "Share: 2.4k", "5 min read", "3x a week", "9 partners", "two weeks"],
 "003": ["two short-range ballistic missiles", "about 400 kilometers", "170mm guns", "1,450 per dollar, 2009 (headline)",
         "2.3 trillion won (headline)", "18-month military service (headline)",
         "11,000 N. Korean troops moved to front (other story's headline)", "2 ballistic missiles (headline)"],
 "004": ["170mm self-propelled guns and 240mm rocket launchers", "78 missiles and 106 drones",
         "personnel 771,000+; tanks 9,512; artillery 21,033 (daily widget)", "1,876 comments", "10 stories, at 7am",
         "the next 8 hours", "6 years", "40% off (headline)", "Man, 84 (headline)", "Arsenal 1-0 Ipswich (headline)"],
 "005": ["believed to be 26, served since 2021", "born in 2005", "240mm rocket launchers", "Hwasong-11, several a month",
         "3,000 police (headline)", "6.6% (headline)", "179 killed in Muan air crash (headline)", "4-minute recording (headline)"],
 "006": ["day 1,056", "[f] 3.1K [x] 804 [in] 56", "155mm shell plant, €180 million, 2026, 150 people",
         "34 of 64 drones, 27 more", "Kursk operation has cost Russia 38,000 troops (other story's headline)",
         "within 100 days (headline)", "5 things (headline)", "€1 a month"],
 "007": ["about 28,500 US troops (not a subject)", "Comment 1,042", "30 countries", "$4 every 4 weeks",
         "12,000 structures destroyed (headline)", "9-0 (headline)", "Jan. 20 (headline)"],
 "008": ["170-millimeter self-propelled howitzers", "two waves", "several weeks from mid-January", "Share 641",
         "Feb. 24 (headline)", "1,437.3 won per dollar (headline)"],
 "009": ["six months", "10 new barracks", "6 months; 3 agencies; 1 admission", "17th sanctions package, 189 tankers (headline)",
         "'I saw 20 of my friends die' (headline)", "17% in 2024 (headline)", "€9.99 a month", "812 partners",
         "Shares 5.8k | Comments 233"],
 "010": ["1,000 deminers and 5,000 military construction workers (planned)", "more than three times", "29 minutes",
         "5,000-ton-class destroyer", "148 to the dollar (headline)", "3 dead, 40,000 homes (headline)",
         "Hwasong-20, 80th anniversary (headline)", "Share 1,147", "since 2012"],
 "011": ["about 120 days", "the further 5,000 military builders promised (planned, not all arrived)", "300 million roubles",
         "15.7% (headline)", "50 years (headline)", "1.5 million-strong army (headline)", "Share this story: 322", "4 min read"],
}
OFF = ["013", "014"]
DUP = {"012": "005"}

goldlib.write(
    "Gold labels for the blind55 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-1", "001-1", "about 3,000 sent (NIS, Oct 23) against roughly 10,000 sent (Pentagon, Oct 28-29), six days apart"],
            ["000-1", "001-2", "about 3,000 sent (NIS) against about 12,000 in Russia (HUR), six days apart"],
            ["002-1", "002-3", "11,000 in Kursk (Zelensky) against around 8,000 in Kursk (US officials), same roundup"],
            ["003-3", "004-1", "around 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23-24), five days apart"],
            ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), same live page"],
            ["005-3", "006-2", "roughly 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 14)"],
            ["005-1", "007-1", "around 300 killed (NIS, Jan 13) against about 1,000 killed (senior US official, Jan 17)"],
            ["009-2", "009-4", "roughly 600 killed (NIS) against at least 1,000 killed (Ukrainian military intelligence official), same roundup"],
        ],
        "may": [
            ["002-1", "002-2", "11,000 in Kursk (Zelensky) against roughly 10,000 sent to Russia (Pentagon): the bands touch, but Kursk is a part of Russia"],
            ["003-3", "003-5", "around 1,100 (NIS) against several hundred (US official): a vague figure"],
            ["003-5", "004-1", "several hundred (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["003-5", "004-2", "several hundred (US official) against about 1,100 (JCS): a vague figure"],
            ["008-1", "008-2", "an additional 3,000 against the roughly 11,000 sent last autumn: an additional force"],
            ["010-1", "010-2", "about 2,000 killed (NIS, September) against its own April figure of 600, restated: an update"],
        ],
    },
)
