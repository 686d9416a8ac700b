#!/usr/bin/env python3
"""Write gold.json for the blind42 set from the compact table below.

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
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
PENTAGON = ["Pentagon", "Defense Department", "Department of Defense", "U.S.", "US official", "US military"]
HUR = ["military intelligence", "Defense Intelligence", "Defence Intelligence", "HUR", "GUR", "Ukrain"]
UKMOD = ["Ministry of Defence", "MoD", "UK"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENTAGON + ["Singh"],
          "Roughly 10,000 North Korean soldiers have been moved to training grounds in Russia's far east", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "The agency said then that about 3,000 soldiers had reached Russia", False)],
 "001": [("troops", "north_korea", 10000, None, "more_than", NIS,
          "More than 10,000 North Korean soldiers are in Russia", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between 10,000 and 12,000 troops from the North's elite units had been sent in all", False)],
 "002": [("casualties", "north_korea", 1100, None, "about", NIS,
          "North Korean forces sent to fight alongside Russia have suffered about 1,100 casualties", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 were killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 were wounded", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "around 11,000 North Korean soldiers have been deployed to Russia", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "more than 3,000 North Korean soldiers had been killed or wounded in Russia's Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "about 1,100 North Korean soldiers were estimated to have been killed or wounded", False),
         ("casualties", "north_korea", 30, None, "at_least", HUR,
          "North Korean units had lost at least 30 soldiers killed and wounded near three villages", False)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "Ukrainian troops have taken prisoner two soldiers of the North Korean army", False),
         ("troops", "north_korea", 12000, None, "about", HUR,
          "Russia had set up a separate unit of about 12,000 troops from North Korea", False)],
 "005": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korean troops fighting for Russia have lost about 3,000 men killed or wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 of them died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "about 2,700 were wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain", "Kyiv"],
          "The agency confirmed that Ukraine had captured two North Korean soldiers", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the roughly 3,000 that South Korea's intelligence service told its parliament on Monday", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Kyiv", "president's office"] + ZEL,
          "The two soldiers captured last week are still being questioned in Kyiv", True)],
 "007": [("casualties", "north_korea", 200, 900, "vague", ["senior US military official", "US military official", "US official"],
          "have already suffered casualties numbering in the several hundreds", True),
         ("casualties", "russia", 1000, None, "more_than", ["US estimates", "US official", "US military official"],
          "Russian troops, who have been losing an average of more than 1,000 soldiers a day", True),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON + ["Ryder"],
          "The department believes between 11,000 and 12,000 North Korean troops are in the region", False),
         ("troops", "north_korea", 10000, None, "exact", PENTAGON + ["Ryder"],
          "an increase from the 10,000 it cited in late October", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "The Ukrainian side lost more than 76,000 servicemen killed and wounded", False),
         ("casualties", "ukraine", 1250, None, "up_to", ["Defense Ministry", "Russia"],
          "Ukrainian forces had lost up to 1,250 servicemen along the front over the past day", True)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "an estimated 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "The North has dispatched around 15,000 troops in all", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "About 11,000 were sent in the autumn", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "roughly 3,000 more were added in January and February", False)],
 "010": [("troops", "north_korea", 11000, None, "about", ["US and South Korean officials", "US officials", "U.S.", "South Korea", "Seoul"],
          "The first wave was put at around 11,000 by US and South Korean officials", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "roughly 3,000 further troops went to Russia in January and February", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["Budanov"] + HUR,
          "more than 4,000 North Koreans had been killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Two, both taken in January, according to Ukraine", False),
         ("casualties", "russia", 870000, None, "about", UKMOD,
          "Russian casualties - killed and wounded - in the war as a whole have probably reached about 870,000", False),
         ("casualties", "russia", 1200, None, "more_than", UKMOD,
          "with February averaging just over 1,200 a day", True)],
 "011": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media"],
          "Nine members of the regiment were killed during the deployment", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had died in the Kursk campaign", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "out of roughly 15,000 sent since October 2024", False),
         ("troops", "north_korea", 2000, 9999, "vague", ["Morishita"],
          "Pyongyang now has thousands of troops with drone-war experience", True)],
}
NOT = {
 "000": ["roughly 12,000 in four brigades by December (planned)", "155mm", "up to 300 km (186 miles)", "1950s",
         "47 Ukrainian drones (headline)", "4.3% (headline)", "6% (headline)", "Share 1.2K", "Comments 311",
         "five stories, five minutes, 7 days a week"],
 "001": ["10K-12K (headline, same as 001-2)", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
         "US$2,000 per soldier per month", "third such summons", "18-month (headline)", "2.64% (headline)",
         "2 soldiers injured near DMZ (headline)"],
 "002": ["three Chinese navy vessels", "several hundred kilometers", "Dec. 4",
         "7 ballistic missile launches (headline)", "157 to the dollar", "2 dead, 14 injured (headline)",
         "Reader comments: 58", "Share 402"],
 "003": ["52 of the 81 drones", "about 500,000 households without power", "48 hours", "day 1,034",
         "40,000 troops at Pokrovsk (headline, not the subjects' story)", "60mm mortars (headline)", "Comments (1,187)",
         "timestamps 21:28, 18:04, ..."],
 "004": ["born in 2005 / 1999, served since 2021 / 2016", "13 killed, 113 injured (headline)",
         "25 defenders (headline)", "about 500 sq km (headline)", "Share 3.1K", "142 comments"],
 "005": ["almost three times (ratio)", "Jan. 9", "240-millimeter rocket launchers", "5 hearings (headline)",
         "1,470 per dollar, 15-year low", "2 dead, 1,200 flights (headline)", "Likes 85", "Comments 27"],
 "006": ["roughly 500 square kilometres", "27 January", "16th package", "13 North Korean individuals and entities",
         "€650 million", "15 Leopard 1 tanks", "80,000 homes (headline)", "800-km (headline)", "8 am",
         "17/01/2025 - 15:10 GMT+1"],
 "007": ["January 20", "$988 million", "$5.9 billion", "2025 (headline)", "2:41", "318 Comments",
         "Russian general killed (headline)"],
 "008": ["June 19, 2024", "over 7,000 pieces of equipment", "417 tanks", "1,020 Ukrainian drones",
         "29 foreign leaders (headline)", "10.2% (headline)", "1.8% (headline)", "2.4M followers"],
 "009": ["some 12 million artillery shells", "more than 200 long-range guns", "since 2023",
         "11-day drill with 90 aircraft (headline)", "0.3% (headline)", "1,500 firefighters (headline)"],
 "010": ["almost five months", "about 1,300 sq km", "August 2024", "around half of the artillery shells",
         "KN-23", "170mm Koksan guns", "11 Feb", "1:58", "1,500 tanks in 2024 (headline)", "Most read: 1 2 3 4 5"],
 "011": ["120-day mission", "1,000 sappers and 5,000 military construction workers (planned, announced by Shoigu)",
         "as much as $20 billion", "about 80% of annual output", "15,000 km missile range",
         "1.8% (headline)", "$30bn (headline)", "1 million cars (headline)", "3 free articles, $1.99", "Comments (64)"],
}
OFF = ["013", "014"]
DUP = {"012": "005"}

goldlib.write(
    "Gold labels for the blind42 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-1", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
            ["003-2", "003-1", "about 1,100 casualties (South Korea's JCS) against more than 3,000 (Zelensky), same day, same live page"],
            ["005-1", "006-1", "about 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 17), four days apart"],
        ],
        "may": [
            ["006-2", "006-1", "the NIS's roughly 3,000 restated in the article that reports Zelensky's nearly 4,000: the same conflict as 005-1~006-1, told again"],
            ["000-1", "000-2", "about 10,000 (Pentagon) against about 3,000 'had reached Russia' a week earlier (NIS): an earlier count of a growing force"],
            ["007-3", "007-4", "11,000-12,000 against the Pentagon's own 10,000 from late October: the same source updating, months apart"],
            ["007-1", "002-1", "several hundred casualties (US official) against about 1,100 (NIS) two days later: a vague figure"],
            ["009-4", "009-5", "about 11,000 in the autumn against roughly 3,000 more: an additional force"],
            ["010-1", "010-2", "around 11,000 first wave against roughly 3,000 further troops: an additional force"],
        ],
    },
)
