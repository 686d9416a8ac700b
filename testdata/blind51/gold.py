#!/usr/bin/env python3
"""Write gold.json for the blind51 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence", "Lee Seong-kweun",
       "Park Sun-won", "South Korea", "Seoul", "lawmaker"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "military"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Singh", "Department of Defense", "Defense", "U.S.", "US", "United States", "Washington"]
UA_INT = ["Defence Intelligence", "Defense Intelligence", "military intelligence", "GUR", "HUR", "Budanov", "Ukrain", "Kyiv"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport vessels carried some 1,500 soldiers from ports near Chongjin, Hamhung and Musudan to Vladivostok", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has sent roughly 10,000 soldiers to train in eastern Russia", False),
         ("troops", "north_korea", 3000, None, "exact", PENT,
          "The estimate was up from the 3,000 the U.S. had cited only last week", False),
         ("troops", "north_korea", 2000, None, "about", UA_INT,
          "An estimated 2,000 or so of the men were there by the weekend, it said", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between 10,000 and 12,000 North Korean soldiers are now believed to be in Russia", False),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "the U.S. Department of Defense, which then put the number sent to eastern Russia at about 10,000", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Another 1,000 or so have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the casualties, roughly 1,100 in all", False),
         ("troops", "north_korea", 11000, None, "about", NIS + ["Korea Herald", "Korean"],
          "since the deployment of about 11,000 troops was detected in October", False),
         ("casualties", "north_korea", 30, None, "about", UA_INT,
          "around 30 North Korean soldiers were killed or wounded in a single set of assaults near three villages", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead was at least one high-ranking officer", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "have lost more than 3,000 soldiers killed and wounded, President Volodymyr Zelensky said", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "it estimates North Korean casualties in Kursk at around 1,100, including both the dead and the wounded", False),
         ("casualties", "russia", 1780, None, "exact", ["General Staff", "Ukrain"],
          "Russia lost 1,780 troops over the past 24 hours", True)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "Ukrainian forces have taken two North Korean servicemen prisoner in Russia's Kursk Oblast", False),
         ("troops", "north_korea", 11000, None, "about", UA_INT,
          "Ukraine's Defence Intelligence has put the North Korean contingent in Kursk Oblast at about 11,000 troops", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers have died fighting for Russia", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and around 2,700 have been injured", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "bring Pyongyang's total losses in Russia's Kursk region to roughly 3,000 men", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers had been captured alive by Ukraine", False)],
 "008": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Almost 4,000 North Korean soldiers have now been killed or wounded in Russia's Kursk region, according to Ukrainian President Volodymyr Zelensky", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "That agency put the dead at some 300", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and the wounded at about 2,700", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "the two North Korean prisoners Ukraine captured last week", False)],
 "009": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea dispatched some three thousand additional soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "on top of the roughly 11,000 it sent last autumn", False)],
 "010": [("killed", "north_korea", 600, None, "about", NIS,
          "about 600 North Korean soldiers have been killed fighting for Russia", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea had dispatched around 15,000 troops to Russia in total", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Of those, roughly 4,700 have been killed or wounded, he said, citing the agency", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", UA_INT,
          "North Korea has lost more than 4,000 troops killed and wounded in Russia's Kursk region since the autumn, Kyrylo Budanov", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "roughly 4,700 North Koreans had been killed or wounded in Kursk", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 of them fatally", False)],
 "012": [("troops", "north_korea", 11000, 12000, "range", PENT,
          "the Pentagon was putting it at 11,000 to 12,000 men", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has sent about 15,000 combat troops in total", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "In April, the NIS said about 4,700 North Koreans had been killed or wounded", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "By September, the agency told lawmakers, roughly 2,000 had died", False)],
}
NOT = {
 "000": ["around 12,000 soldiers across four brigades (planned)", "more than 4,500 square meters", "about 300 kilometers",
         "more than 13,000 containers", "2 km stretch (headline)", "60 trash balloons (headline)", "2,593.82", "1,368.3",
         "Share: 1,204", "Oct. 8 and 13", "1990s"],
 "001": ["about 28,500 troops in South Korea (US, not a subject)", "1953", "Oil falls 6% (headline)", "$19 billion (headline)",
         "215 of 465 seats (headline)", "5 stories, 6 a.m."],
 "002": ["86 minutes", "more than 7,000 kilometers", "about 200 km", "170-mm, 240-mm", "fiscal 2025, ¥8.5 trillion",
         "38,352, 0.16%", "3 dead, 12 injured (headline)", "60%", "4,000 more, ¥990"],
 "003": ["240-mm rocket launchers, 170-mm artillery", "Dec. 14 and 15, three villages", "2.5-fold", "Dec. 27",
         "1,451 per dollar, 15 years", "4 new routes", "38th straight week", "7 a.m.", "Comments (14)"],
 "004": ["2,314 people reading", "16th sanctions package", "5,000 km", "day 1,034",
         "personnel 774,130, tanks 9,562 (General Staff widget)", "$5 a month, 14,850 members", "1,000 km (headline)",
         "over 800 children (headline)"],
 "005": ["born in 2005, served since 2021; born in 1999, since 2016", "9 January", "August 2024",
         "25 POWs (headline)", "Nearly 80 combat clashes (headline)", "₴100", "Views: 32,761", "Comments: 96"],
 "006": ["June 2024", "01:48", "500 km range (headline)", "€50 billion (headline)", "3 border crossings (headline)"],
 "008": ["about 1,300 square kilometers", "around 500 square kilometers", "groups of 20 to 30 men (unit size, not a count)",
         "21 percent", "10 days", "3.6 million rubles", "€5, €10, €25", "2,108 reactions"],
 "009": ["about 220 170-millimeter self-propelled guns, 240-millimeter rocket launchers", "about 50 percent of its forward artillery",
         "30% off", "2:05:44", "8 justices (headline)", "kill 24, 35,000 hectares (headline)", "1.4%", "Views 4,821"],
 "010": ["170-mm", "100 days, 39% (headline)", "99% (headline)", "169 seats (headline)"],
 "011": ["military engineers and deminers (planned, no figure)", "October 2024", "1,160 soldiers and 31 artillery systems (headline)",
         "30-day (headline)", "50% of royalties (headline)", "212K, 1.4M, 98K"],
 "012": ["1,000 deminers and 5,000 military construction workers (planned)", "several thousand laborers (planned)",
         "about $20 billion", "roughly 80% of its annual GDP", "until 2030", "10 artillery rounds (headline)",
         "300-mile drones, 5 charts (headline)", "28-point plan (headline)", "1.5 million readers", "Facebook 3.2K", "9 min read"],
}
OFF = ["013", "014"]
DUP = {"007": "006"}

goldlib.write(
    "Gold labels for the blind51 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against around 1,100 (JCS), same day, same live page"],
            ["006-3", "008-1", "roughly 3,000 casualties (NIS) against almost 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["001-1", "001-2", "about 10,000 (Pentagon) against the 3,000 the U.S. cited a week earlier: the same source's superseded figure"],
            ["009-1", "009-2", "some 3,000 additional against roughly 11,000 initially: an additional force"],
            ["012-1", "012-2", "11,000-12,000 at the end of 2024 (Pentagon) against about 15,000 in total with reinforcements (NIS): restated figures of different periods"],
        ],
    },
)
