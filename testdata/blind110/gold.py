#!/usr/bin/env python3
"""Write gold.json for the blind110 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck
output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Sabrina Singh", "Singh", "U.S.", "US "]
BUD = ["Budanov", "HUR", "military intelligence", "Ukrain"]
UKR = ["Ukrain", "Kyiv"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has sent roughly 10,000 soldiers to eastern Russia for training", False),
         ("troops", "north_korea", 2, 20, "vague", PENT,
          "\"a handful\" have already drifted west toward Ukraine", True)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "10,000–12,000: North Korean troops in Russia, per South Korea's National Intelligence Service", False),
         ("troops", "north_korea", 10000, None, "more_than", PENT,
          "More than 10,000: the Pentagon's figure", False),
         ("troops", "north_korea", 500, None, "about", BUD,
          "About 500: North Korean officers among them, according to Ukraine's military intelligence chief Kyrylo Budanov", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Together, by the NIS count, that comes to about 1,100 North Korean casualties", False),
         ("troops", "north_korea", 11000, 12000, "range", PENT,
          "it now believes between 11,000 and 12,000 North Korean soldiers are in Russia", False),
         ("casualties", "north_korea", 200, 900, "vague", PENT + ["senior defense official"],
          "\"several hundred\" of them have been killed or wounded", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean soldiers killed and wounded in Kursk was already more than three thousand", False)],
 "004": [("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "Ukrainian soldiers had captured two North Korean soldiers in the Kursk region", False),
         ("captured", "ukraine", 2000, 9999, "vague", UKR,
          "Kyiv says Russia holds thousands of Ukrainians", True)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers have been killed in the Kursk fighting", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Seoul's count, at roughly 3,000 casualties in all", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "In December it spoke of only about a hundred dead", False),
         ("captured", "north_korea", 2, None, "exact", UKR,
          "The two soldiers captured by Ukraine last week", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers have now been killed or wounded in Russia's Kursk region", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Kyiv"],
          "Kyiv's figure has climbed from over 3,000 on Dec. 23, per Zelensky's own earlier statements", False),
         ("captured", "north_korea", 2, None, "exact", ["Seoul", "South Korea"],
          "Seoul still counts the captured soldiers, two of them, as the only confirmed North Korean prisoners", False)],
 "007": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia", "Moscow"],
          "Gerasimov claimed that Ukraine had lost more than 76,000 soldiers killed and wounded in the Kursk operation", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "~15,000:** North Korean troops sent to Russia in total since October", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "~600:** of those, killed", False),
         ("captured", "north_korea", 2, None, "exact", NIS,
          "2:** prisoners held in Ukraine", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "In January, the same agency put the toll at about 3,000", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", BUD,
          "North Korea's losses in Kursk had passed 4,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Seoul's \"about 4,700\" from Wednesday", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Seoul said around 600", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "South Korea's intelligence service has previously put that at around 3,000 extra soldiers", False),
         ("captured", "north_korea", 2, None, "exact", UKR,
          "the two North Korean prisoners Ukraine has held since January", False),
         ("casualties", "russia", 1200, None, "about", ["Ministry of Defence", "UK", "MoD"],
          "Russia averaging around 1,200 casualties a day in April", True)],
 "010": [("troops", "north_korea", 15000, None, "about", ["South Korean officials", "South Korea", "Seoul"],
          "South Korean officials estimate that some 15,000 North Korean soldiers have already served in Russia", False),
         ("killed", "ukraine", 28, None, "at_least", ["Ukrainian officials", "Ukrain"],
          "At least 28 people were killed in the capital", True)],
 "011": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "Pyongyang", "North Korea", "Kim"],
          "According to KCNA, nine soldiers of the regiment were killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had died in the fighting", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "after earlier estimates of about 600 in the spring", False),
         ("captured", "north_korea", 2, None, "exact", UKR,
          "The two soldiers Ukraine captured in January are still held in Kyiv", False)],
}
NOT = {
 "000": ["around 12,000 troops in all, in four brigades (planned)", "\"12,000 North Korean troops in Russia\" (a headline the author refuses to write)",
         "6,800 new subscribers", "♡ 412, 58 comments, 37 restacks", "60mm mortars", "roughly 6,500 km", "1950-53",
         "61.2 trillion won, up 3.6%", "155mm rounds", "2 ballistic missiles (headline)", "1,000-container (headline)",
         "600,000th casualty (headline)", "14 years", "40,000 analysts, 25% off", "$8/month or $80/year"],
 "001": ["170mm and 240mm", "1,000 square km", "Jan. 20", "2 min read", "21% interest rates (headline)",
         "37 sanctioned ships (headline)", "1.2 million subscribers", "30,000 freight lanes", "👍 1,204 · 👎 38"],
 "002": ["under three weeks", "75 years, 31 allied air forces, 40%", "85-14", "$895 billion", "1,800-page", "180 days",
         "about 200 guests, two senators", "12 years", "turns 52", "1,100 km (headline)", "10,000 drones a day (headline)",
         "66 more F-16s (headline)", "128,000 readers"],
 "003": ["Episode 212, 48 min", "4.8 (2,310 ratings)", "chapter timestamps 02:41, 14:32", "episode 200 / 198", "155mm",
         "20% off and 3 extra months", "groups of twenty, thirty men (description, not a count)", "14-kilometre stretch",
         "11 years", "9,400 supporters, $5 a month"],
 "004": ["6:40", "31,000 readers, 30% off", "born in 2005 / 1999", "January 9", "2.5-hour video",
         "38 of 61 Russian drones (headline)", "1,358 Ukrainians home (headline)", "less than $50,000 (headline)", "8 years"],
 "005": ["close to triple", "one soldier blew himself up (anecdote)", "3 websites", "312 KB", "X 211 · LinkedIn 96",
         "1949", "$1.2 million", "9 years", "70 years (headline)", "13.5 trillion rubles, 32.5% (headline)",
         "1,000-km front (headline)", "1,400 donors"],
 "006": ["about 1,000 apart (a difference)", "three days", "55 of 92 drones", "100-day (headline)", "61 trillion won (headline)",
         "3 million shells (headline)", "12 charts", "1.2M subscribers", "2.3K shares"],
 "007": ["♡ 1,106, 204 comments", "11 min", "2,500 new subscribers", "1,268 square kilometres", "2024 mutual defence treaty",
         "12 months", "eight months, not the two", "$7/month"],
 "008": ["170mm self-propelled guns and 240mm rocket launchers", "about $20 billion", "below a quarter", "roughly 57%",
         "5,000-ton destroyer (headline)", "1,268 sq km (headline)", "25% tariffs (headline)", "1.2 million subscribers",
         "10,000 companies", "👍 962 · 👎 41"],
 "009": ["3 hours and 12 minutes", "1,350 artillery systems", "Article 4", "50% of new revenue (headline)",
         "30-day ceasefire (headline)", "4,000 glide bombs (headline)", "31,000 readers", "$6/month, or $60/year"],
 "010": ["1,000 deminers and 5,000 military construction workers (planned)", "second visit in two weeks",
         "3 of the 5 largest NATO air forces", "stand B-214", "1,100 amendments", "28,500 U.S. troops in South Korea (not a subject)",
         "440 drones and 32 missiles", "3,500-soldier brigade (bio)", "6,000 workers (headline)", "day 6 (headline)",
         "$1 trillion (headline)", "128,000 readers"],
 "011": ["about 1,000 deminers had been pledged (planned)", "a further 5,000 military construction workers being moved (planned, in progress)",
         "120 days / four months", "1.5 million square metres", "Note No. 47", "240 KB", "X 88 · LinkedIn 41",
         "1.2 million Russian casualties (headline)", "15.7% (headline)", "$200 million (headline)", "6,300 readers"],
}
OFF = ["013", "014"]
DUP = {"012": "005"}

goldlib.write(
    "Gold labels for the blind110 set in articles/ (newsletters, think-tank notes, bullet briefs and a podcast, written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["002-3", "002-5", "about 1,100 (NIS) against several hundred (Pentagon): a vague figure"],
            ["002-5", "003-1", "several hundred (Pentagon) against more than 3,000 (Zelensky): a vague figure"],
            ["000-1", "000-2", "about 10,000 sent against a handful moved west: a part, and vague"],
            ["001-1", "001-3", "10,000-12,000 troops against about 500 officers among them: a part of the whole"],
            ["001-2", "001-3", "more than 10,000 against about 500 officers among them: a part of the whole"],
            ["005-1", "005-4", "about 300 killed (NIS, January) against about 100 (NIS, December, recalled): an earlier estimate"],
            ["008-1", "008-5", "about 4,700 (NIS, April) against about 3,000 (NIS, January, recalled): an earlier estimate"],
            ["008-5", "009-1", "about 3,000 (January estimate recalled) against more than 4,000 (Budanov, May): months apart"],
            ["008-2", "009-4", "about 15,000 in total against about 3,000 extra: an additional force, part of the total"],
            ["011-1", "011-2", "nine sappers killed (KCNA) against about 2,000 killed in all (NIS): a part of the whole"],
            ["011-2", "011-3", "about 2,000 killed (NIS, September) against about 600 (spring estimate recalled): months apart"],
            ["009-3", "011-2", "about 600 killed (May) against about 2,000 (December note): months apart"],
            ["008-3", "011-2", "about 600 killed (April) against about 2,000 (December note): months apart"],
        ],
    },
)
