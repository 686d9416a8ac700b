#!/usr/bin/env python3
"""Write gold.json for the blind247 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENT = ["Pentagon", "Singh", "U.S.", "US official", "Washington"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has sent about 10,000 soldiers to eastern Russia for training", False),
         ("troops", "north_korea", 3000, None, "at_least", PENT,
          "the Pentagon had put the deployment at no fewer than 3,000 troops", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy ships carrying roughly 1,500 North Korean special forces soldiers", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "between 10,000 and 12,000 North Korean troops are now in Russia", False),
         ("troops", "north_korea", 8000, None, "about", ["State Department", "U.S.", "Washington"],
          "The U.S. State Department has said some 8,000 of the North Korean soldiers have moved to Kursk", False)],
 "002": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 of the North Korean troops Pyongyang shipped to help Vladimir Putin have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That puts the North's losses at roughly 1,100", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US military official", "US official", "Washington"],
          "\"several hundred\" North Koreans had been killed or wounded", True),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "between 11,000 and 12,000 of Kim's soldiers are now in the Kursk region", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "The number of North Korean troops killed and wounded in Russia's Kursk region has passed 3,000", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "around 1,100 North Korean soldiers had been killed or wounded", False)],
 "005": [("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "Ukrainian forces had captured two North Korean soldiers alive", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers had died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "some 2,700 had been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting total losses at about 3,000", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean casualties in Russia's Kursk Oblast are now close to 4,000 killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ["Kyiv", "Ukrain"] + ZEL,
          "the two North Korean soldiers captured on Jan. 11", False)],
 "007": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea sent roughly 3,000 additional soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the approximately 11,000 troops North Korea deployed in the fall of 2024", False)],
 "008": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia", "Moscow"],
          "Gerasimov also claimed that Ukraine had lost more than 76,000 servicemen", False),
         ("troops", "north_korea", 11000, None, "about", ["Western", "South Korea", "intelligence"],
          "Western and South Korean intelligence put the original contingent at around 11,000 soldiers", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "military intelligence", "Ukrain"],
          "Kyrylo Budanov said in an interview earlier this month that they had exceeded 4,000 killed and wounded", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "among them roughly 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea is believed to have dispatched about 15,000 troops to Russia since October", False)],
 "010": [("troops", "north_korea", 11000, None, "about", NIS,
          "Troops sent, autumn 2024 | about 11,000 | South Korea's NIS", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "Reinforcements, Jan-Feb 2025 | about 3,000 | NIS", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Killed or wounded, as of April 2025 | about 4,700 | NIS", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "of whom killed | about 600 | NIS", False),
         ("captured", "north_korea", 2, None, "exact", ["SBU", "Ukrain"],
          "Captured by Ukraine | 2 | Ukraine's SBU", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "Roughly 2,000 North Korean soldiers have now died fighting for Russia", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Kim", "North Korea", "Pyongyang"],
          "Nine members of the regiment were killed during the roughly 120-day mission", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "a contingent of about 1,000 sappers that Pyongyang sent to Kursk over the summer", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "roughly 2,000 North Korean soldiers had been killed", False)],
}
NOT = {
 "000": ["12,000 troops in four brigades (planned)", "about 28,500 troops in South Korea (not a subject)", "1953",
         "43 Ukrainian drones over seven regions (headline)", "Oil falls 6% (headline)", "215 of 465 seats (headline)",
         "5 dividend stocks, over 7% (sponsored)"],
 "001": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "millions of artillery shells since 2023",
         "1,500 N. Korean special forces (related headline)", "about 10 short-range ballistic missiles (headline)",
         "6 tracks", "3.6 pct", "minus 5 C"],
 "002": ["12K (headline)", "groups of 20 to 30 soldiers (formation size, not a count)", "barely two weeks",
         "$2M (headline)", "32-25, 7th straight loss (headline)", "3 months for $1.99", "148 comments", "12/19/24"],
 "003": ["almost three times", "103 drones and three missiles", "five dead, more than 200 injured (headline)",
         "15th sanctions package (headline)", "842 partners", "2:14", "23/12/2024 - 17:40"],
 "005": ["born in 2005", "the other, 26 (age)", "about 1,100 kilometers", "¥8.7 trillion (headline)",
         "80% within 30 years (headline)", "158 per dollar (headline)", "save 30%"],
 "006": ["about 10 kilometers from the border", "kills 13, injures more than 110 (headline)",
         "Personnel: 823,980 (+1,580), Tanks 9,767, Artillery 21,880 (loss widget)", "50,000+ members", "six years",
         "2 min read"],
 "007": ["Key Takeaways numbering 1-3", "about three weeks", "up to 2.5 kilometers", "155th Naval Infantry Brigade",
         "11:30am ET", "501(c)(3)", "$25 | $50 | $100"],
 "008": ["upwards of 400 tanks", "eight months", "half a year / six months", "two captured North Koreans (headline)",
         "21 percent (headline)", "more than 200,000 people", "€5 a month"],
 "009": ["more than 10 million artillery and rocket rounds", "as much as $20 billion", "1,420 per dollar (headline)",
         "46% ahead of June 3 vote (headline)", "18 C", "30-year-old chef (headline)"],
 "010": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 deminers and builders (headline, planned)",
         "Pledged sappers 1,000 / Pledged military builders 5,000 (fact box rows, planned)", "second visit in two weeks",
         "Death toll in Iran passes 220 (other story)", "5 claims, 5% spending target (headline)"],
 "012": ["some 6,000 more personnel: about 1,000 deminers and 5,000 military construction workers (planned)",
         "80th anniversary", "2011", "2+2 talks in 7 years (headline)", "3,184.42, 0.6% (headline)",
         "3 free articles", "9,900 won"],
 "014": ["roughly 120-day mission", "six months", "653 drones and 51 missiles (headline)", "14 years, £3m (headline)",
         "£2 a month", "Share 214"],
}
OFF = ["011", "013"]
DUP = {"004": "003"}

goldlib.write(
    "Gold labels for the blind247 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "003-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelenskyy, Dec 23)"],
            ["005-4", "006-1", "about 3,000 casualties (NIS, Jan 13) against close to 4,000 (Zelensky, Jan 17)"],
        ],
        "may": [
            ["003-1", "003-2", "more than 3,000 (Zelenskyy) against the NIS's 1,100 restated in the same article: the same disagreement as the must pair"],
            ["002-4", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelenskyy): a vague figure"],
            ["002-3", "002-4", "about 1,100 (NIS) against several hundred (US official): a vague figure"],
            ["000-1", "000-3", "about 10,000 (Pentagon) against roughly 1,500 special forces in the first shipment (NIS, Oct 18): a part, and 11 days older"],
            ["007-1", "007-2", "about 3,000 additional against about 11,000 initial: an additional force"],
            ["010-1", "010-2", "about 11,000 initial against about 3,000 reinforcements: an additional force"],
            ["008-2", "009-3", "around 11,000 in the original contingent against about 15,000 in total with reinforcements: different scope"],
        ],
    },
)
