#!/usr/bin/env python3
"""Write gold.json for the blind151 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "Park Sun-won", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
US = ["U.S.", "United States", "Washington", "American"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has moved around 3,000 soldiers to Russia so far this month", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "Russian naval transport ships had carried a first contingent of about 1,500 special operations troops", False)],
 "001": [("troops", "north_korea", 8000, None, "about", ["Blinken", "State Department"] + US,
          "Some 8,000 North Korean soldiers have arrived in Russia's Kursk region near the Ukrainian border", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon", "Defense"] + US,
          "North Korea sent about 10,000 soldiers to eastern Russia for training", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between 10,000 and 12,000 North Korean soldiers are now inside Russia", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL + ["Kyiv", "Ukrain"],
          "11,000 North Korean soldiers were in the Kursk region", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed fighting for Russia in the Kursk region", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 more wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "that puts Pyongyang's losses at around 1,100 men in barely three weeks of fighting", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"] + US,
          "The Pentagon puts the size of the North Korean force in Russia at 11,000 to 12,000", False),
         ("casualties", "north_korea", 200, 999, "vague", US,
          "the soldiers had already suffered what it called \"hundreds\" of casualties", True),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "the dead included at least one high-ranking officer", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "over 3,000 North Korean servicemen have already been killed or wounded in Russia's Kursk region", False)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's Kursk region", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "close to 4,000 of the North Korean soldiers sent to Kursk have been killed or wounded", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded while fighting for Russia against Ukraine", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Combined, that comes to roughly 3,000 casualties", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers had been captured by Ukrainian forces in the Kursk region on Saturday", False)],
 "008": [("troops", "north_korea", 3000, None, "about", NIS,
          "Roughly 3,000 additional soldiers arrived in January and February, it said", False),
         ("troops", "north_korea", 11000, None, "about", ["South Korean"] + US,
          "an initial force of about 11,000 that the North dispatched last fall", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 North Korean soldiers have been killed or wounded fighting for Russia against Ukraine", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "among them roughly 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the total force Pyongyang has sent to Russia since last autumn to approximately 15,000", False)],
 "010": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "Kim Jong Un"],
          "Nine servicemen of the regiment died while carrying out the mission, KCNA said", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces had lost more than 76,000 servicemen during the incursion", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "HUR", "military intelligence"],
          "Their losses are over four thousand, killed and wounded together", False),
         ("troops", "russia", 60000, None, "about", ["Syrskyi"],
          "the operation tied down about 60,000 Russian troops", False),
         ("casualties", "russia", 950000, None, "more_than", ["Defence Ministry", "Britain", "UK", "MoD"],
          "Russian casualties since the start of the full-scale invasion had likely passed 950,000 killed and wounded", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers have died after being sent to fight alongside Russian forces", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "North Korea has already sent about 1,000 military engineers to Russia's Kursk Region to clear land mines", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Troops sent to Russia (South Korea's NIS, April 2025): about 15,000", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Killed and wounded (NIS, April 2025): about 4,700", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrainian government", "Ukrain"],
          "Soldiers captured by Ukraine (Ukrainian government, January 2025): 2", False)],
}
NOT = {
 "000": ["a total of 10,000 troops by December (planned)", "more than 13,000 containers", "Oct. 8 and 13",
         "early to mid-20s", "paras 4-7", "Share 1.2K", "2,599.62, 1.3 pct (headline)", "30 bln won, 5 arrested (headline)",
         "typhoon No. 21 (headline)", "August 2023"],
 "001": ["roughly 54,000 U.S. service members (not a subject)", "86 minutes", "about 200 km", "39,081, 2.6% (headline)",
         "40% (headline)", "first month ¥1,000, 50% off", "Save (14)", "11:30 JST", "'a small number' (no figure)"],
 "002": ["170mm self-propelled artillery", "240mm multiple rocket launchers", "27 member states", "15th sanctions package",
         "€1.5 billion", "1,000 days, 10 charts (headline)", "2.0% (headline)", "96 Apache helicopters, $10 billion (headline)",
         "Comments (37)", "3 partners", "12K in the headline (the body's range is the claim)"],
 "003": ["several hundred square kilometres", "roughly 40 percent", "170mm guns", "3 min reading time",
         "1,030 days (headline)", "kills 1, injures 13 (headline)", "€26.8 million (headline)"],
 "004": ["1418 (view count)", "59 of 103 drones (headline)", "injures 6, 12-year-old (headline)",
         "personnel about 774,900 (+1,850), tanks 9,550, artillery 21,100 (sidebar widget)", "16:20, 23.12.2024"],
 "005": ["born in 2005, served since 2021, born in 1999", "more than 40%", "five months", "Jan. 6",
         "kills 13, wounds 113 (headline)", "4% (headline)", "4.35% APY"],
 "006": ["240mm multiple rocket launchers", "170mm self-propelled guns", "Facebook 214, X 57",
         "2,489.56, 0.2% (headline)", "W1.8tr (headline)", "179 dead in Jeju Air crash (headline)", "minus 15 degrees"],
 "008": ["about 220 170mm self-propelled howitzers", "some 200 long-range multiple rocket launchers", "Feb. 18",
         "three years", "Comments 312", "28.5% (headline)", "Pope Francis, 88 (headline)", "620 Palestinian prisoners (headline)",
         "$4 every 4 weeks", "2019"],
 "009": ["Share 1,146", "169 seats (headline)", "55 million people (headline)", "100 days, 39% (headline)",
         "£2 a month", "Comments (412)"],
 "010": ["120 days", "fourth article", "June 2024", "August 6, 2024", "312,000 subscribers",
         "114 drones, seven regions (headline)", "78.40 per dollar (headline)", "13,000 personnel in 2026 (headline)"],
 "011": ["1950", "May 4", "170 drones, 2 missiles, 9 injured (headline)", "50% of new revenue (headline)",
         "$5 a month", "20,000+ members", "3 min read"],
 "012": ["some 5,000 construction troops (planned)", "1,000 deminers and 5,000 military builders (Shoigu's pledge, planned)",
         "Deminers pledged 1,000 / Military builders pledged 5,000 (fact box, planned)", "8.8 trillion yen", "fiscal 2026",
         "Typhoon No. 15, 3 injured (headline)", "148 yen (headline)", "M5.2 (headline)", "24/7"],
}
OFF = ["013", "014"]
DUP = {"007": "006"}

goldlib.write(
    "Gold labels for the blind151 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS, via Lee Seong-kweun) against more than 3,000 (Zelensky), four days apart"],
            ["005-2", "006-3", "close to 4,000 casualties (Zelenskiy, in a Jan 12 report) against about 3,000 (NIS), one day apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 3,000 now against a first contingent of about 1,500 reported the week before: a part, and a stale figure"],
            ["003-5", "004-1", "'hundreds' of casualties (Washington) against more than 3,000 (Zelensky): a vague figure"],
            ["003-3", "003-5", "about 1,100 (NIS) against 'hundreds' (Washington): a vague figure"],
            ["008-1", "008-2", "about 3,000 additional against an initial 11,000: an additional force"],
            ["012-2", "012-3", "1,000 engineers sent by September against 15,000 in total (fact box, April): a part, months apart"],
        ],
    },
)
