#!/usr/bin/env python3
"""Write gold.json for the blind82 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
HUR = ["Budanov", "military intelligence", "HUR", "GUR", "Ukrain"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "military"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "a first contingent of about 1,500 soldiers already carried to the Russian Far East", False),
         ("troops", "north_korea", 11000, None, "about", HUR,
          "Some 11,000 North Korean infantrymen are being trained in eastern Russia, Kyrylo Budanov told a Ukrainian news outlet", False)],
 "001": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Singh", "Defense Department"],
          "North Korea has now sent roughly 10,000 soldiers to eastern Russia for training", False),
         ("troops", "north_korea", 3000, None, "at_least", ["U.S. officials", "US officials", "officials", "Pentagon"],
          "the at least 3,000 troops that U.S. officials said last Wednesday they had seen arriving in Russia", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS + ["Park Sun-won"],
          "Between 10,000 and 12,000 North Korean soldiers are now believed to be in Russia", False),
         ("troops", "north_korea", 12000, None, "up_to", NIS,
          "Up to 12,000 North Korean troops now in Russia, Seoul says (the headline restating the range)", True)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun", "lawmaker"],
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun", "lawmaker"],
          "and nearly 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS + ["Lee Seong-kweun", "lawmaker"],
          "Taken together, the deaths and injuries put North Korea's losses at around 1,100, he said", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "US military official", "U.S. official"],
          "a U.S. military official said North Korean soldiers in Kursk had suffered \"several hundred\" killed and wounded", True),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "Washington", "U.S."],
          "Washington believes 11,000 to 12,000 North Korean troops are in the Kursk region, the Pentagon has said", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "the number of North Korean soldiers killed and wounded in Russia's Kursk Oblast has already exceeded 3,000", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Some 300 North Korean soldiers have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 others have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the toll, which brings the North's casualties to about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain", "SBU"],
          "The agency also confirmed that Ukraine had captured two North Korean soldiers", False),
         ("troops", "north_korea", 11000, None, "about", ["South Korea", "U.S.", "Ukrain", "assessments"],
          "North Korea has sent about 11,000 troops to Russia, according to South Korean, U.S. and Ukrainian assessments", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean units have now lost nearly 4,000 soldiers killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "SBU", "Security Service"],
          "the two North Korean servicemen captured by Ukrainian forces on January 9", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["General Staff"],
          "In late December, the President put the figure at more than 3,000 killed and wounded", False)],
 "008": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea has sent roughly 3,000 more soldiers to Russia since the start of the year", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "on top of the 11,000 or so troops Pyongyang dispatched last autumn", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "About 4,000 North Korean soldiers have been killed or wounded, it estimated", False),
         ("casualties", "russia", 880000, None, "more_than", ["Defence Intelligence", "Britain", "UK", "British"],
          "Russia has suffered more than 880,000 casualties since it invaded Ukraine in February 2022", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has suffered around 4,700 casualties since it sent soldiers to fight for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "In total, it said, Pyongyang has dispatched about 15,000 troops to Russia since last October", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "General Staff"],
          "He claimed that Ukrainian forces had lost more than 76,000 soldiers killed and wounded in the region since August", False)],
 "010": [("troops", "north_korea", 11000, None, "about", HUR,
          "About 11,000 North Korean troops remain in the Kursk region, according to Ukraine's military intelligence chief, Kyrylo Budanov", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 North Korean soldiers had been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "roughly 600 of them fatally", False),
         ("troops", "north_korea", 2000, 9999, "vague", ["Guardian", "Moscow"],
          "a military alliance that has already brought thousands of North Korean soldiers to the war", True)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "Around two thousand North Korean soldiers have been killed fighting for Russia in the Kursk region", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "In April, the agency had put the number of dead at about 600", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "Kim", "state media", "North Korea"],
          "acknowledging that nine of its soldiers died during the mission", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "about 1,000 deminers were sent to Kursk over the summer", False),
         ("troops", "north_korea", 2000, 9999, "vague", NIS,
          "alongside several thousand military construction workers", True),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers had been killed since Pyongyang first sent combat troops to Russia", False)],
}
NOT = {
 "000": ["a total of 12,000 troops organized into four brigades (planned)", "four landing ships and three escort vessels",
         "Oct. 8 and 13", "Nov. 1", "early 20s", "up to 10,000 workers (related headline)",
         "2 short-range ballistic missiles (headline)", "2,593.82; 1,368.40", "Nov. 15, 7.5 pct, 30th week (most viewed)",
         "Facebook 1,204 | X 388"],
 "001": ["Share 1.1K", "152mm shells", "millions of rounds", "$425 million", "about 28,500 troops in South Korea (not a subject)",
         "1953", "Nov. 5", "6 years (bio)", "48%, 47%, 1.2 million (headline)", "$61 billion (headline)",
         "72-hour (headline)", "7 a.m.", "Comments (312)"],
 "002": ["86 minutes", "more than 7,000 kilometers", "around $2,000 a month", "¥8.5 trillion", "fiscal 2025",
         "8,000 North Korean troops have reached Kursk (related headline)", "215 seats (headline)", "1.8% at 38,053",
         "Typhoon No. 21", "¥1,650 a month"],
 "003": ["240mm multiple rocket launchers and 170mm self-propelled guns", "5:05 PM GMT+9", "2 hours ago",
         "kill 2, injure 17 (headline)", "2.2 trillion hryvnia (headline)", "5.4% (headline)", "$1 million, 5 things (sponsored)"],
 "004": ["Share: 2.4K", "about two weeks", "Aug. 6", "about 800 square kilometers", "78 drones, 3 missiles (headline)",
         "Personnel: 771,330 (+1,580), Tanks 9,551, Artillery 21,073 (General Staff widget)", "1,033 days",
         "15,000 members", "$5 a month", "5 years (bio)", "1 killed (headline)",
         "12,000 North Korean soldiers (explainer headline)", "26% of GDP (headline)", "2 min read"],
 "005": ["born in 2005 / born in 1999", "in November", "4 min", "5 degrees, 2 inches (trending)", "82-69, 21 points (trending)",
         "14 days (trending)", "99 cents, 3 months", "Comments (48)"],
 "006": ["16.01.2025 21:30", "3264 (view count)", "January 9", "October 2024", "412 times (headline)", "25th batch (headline)",
         "personnel about 823,010 (+1,480 per day) (widget)", "84,000 subscribers"],
 "008": ["about 220 pieces of 170mm self-propelled artillery and 240mm multiple rocket launchers", "KN-23 and KN-24",
         "March 13", "less than 100 square kilometres", "daily losses above 1,000 (a rate)", "February 2022",
         "Listen - 03:12", "30-day ceasefire (headline)", "killed 18 (headline)", "64 departments (headline)", "Share: 64"],
 "009": ["an estimated $20 billion", "5,000-ton destroyer (headline)", "3.7% (headline)",
         "25 points, No. 7, 2,556.61, 0.6% (most popular)", "₩9,900 a month"],
 "010": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 military builders and deminers (headline, planned)",
         "third trip in three months", "5,000 deminers (correction note)", "more than a decade",
         "sixth day, 34C (most viewed)", "£4 a month", "Comments (412)"],
 "012": ["a third dispatch (planned, no number)", "18% (headline)", "3 Killed in Belgorod (headline)", "150,000 rubles a month",
         "$2 a month", "82.45 per dollar, $67.10"],
 "014": ["about 120 days", "late 2024", "9 trillion yen (headline)", "9 years (headline)", "41 Ukrainian drones (headline)"],
}
OFF = ["011", "013"]
DUP = {"007": "006"}

goldlib.write(
    "Gold labels for the blind82 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS via Lee Seong-kweun) against more than 3,000 (Zelensky), four days apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["000-1", "000-2", "a first contingent of about 1,500 (NIS) against 11,000 being trained (Budanov): a part of the whole, but the agencies did disagree on how many had arrived"],
            ["003-3", "003-4", "about 1,100 (NIS) against 'several hundred' (US official, the same week): a vague figure"],
            ["003-4", "004-1", "'several hundred' (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["008-1", "008-2", "roughly 3,000 more against the 11,000 or so sent last autumn: an additional force"],
            ["012-1", "012-2", "about 2,000 dead now against the April estimate of about 600, restated in the same article: months apart"],
        ],
    },
)
