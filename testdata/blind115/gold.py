#!/usr/bin/env python3
"""Write gold.json for the blind115 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, earlier sets' articles or any crosscheck
output on this set). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
PENTAGON = ["Pentagon", "Defense Department", "defence department", "Singh", "Ryder", "U.S. officials", "US officials"]
HUR = ["HUR", "GUR", "Main Military Intelligence Directorate", "military intelligence", "Budanov", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships carried roughly 1,500 North Korean special operations troops", False)],
 "001": [("troops", "north_korea", 3000, None, "about", PENTAGON,
          "Around 3,000 North Korean soldiers traveled by ship to eastern Russia", False),
         ("troops", "north_korea", 3000, None, "at_least", NIS + ["Park Sun-won"],
          "at least 3,000 North Korean troops had already left for Russia", False)],
 "002": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "Around 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
         ("casualties", "ukraine", 29000, None, "more_than", ["defence ministry", "defense ministry", "Russia", "Moscow"],
          "Kyiv has lost more than 29,000 soldiers in the region since then", False)],
 "003": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "The number of North Korean troops in Russia's Kursk Oblast has grown to 11,000", False),
         ("troops", "north_korea", 12000, None, "about", HUR,
          "has put the total force in Russia at some twelve thousand", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "Among them are around 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "around 500 officers and three generals", True)],
 "004": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "the North Korean contingent in the region had reached 11,000", False),
         ("troops", "north_korea", 8000, None, "about", ["State Department", "Miller", "Washington", "United States", "U.S."],
          "about 8,000 North Korean soldiers have moved to the Kursk border region", False)],
 "005": [("troops", "north_korea", 10000, None, "more_than", NIS,
          "More than 10,000 North Korean troops are now in Russia", False)],
 "006": [("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "between 11,000 and 12,000 North Korean soldiers are in Russia's Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "up from the roughly 10,000 it counted in late October", True),
         ("casualties", "russia", 1271, None, "exact", ["Defence Intelligence", "Britain", "British"],
          "an average of 1,271 killed and wounded per day in October", True)],
 "007": [("casualties", "north_korea", 30, None, "at_least", HUR,
          "At least 30 North Korean soldiers were killed or wounded near Plekhovo, Vorozhba, and Martynovka", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US military official", "US official", "U.S. official", "American"],
          "North Korean forces had suffered \"several hundred\" casualties", True)],
 "008": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 wounded", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The North has sent roughly 11,000 troops to Russia", False)],
 "009": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
          "estimated North Korean casualties at around 1,100 killed and wounded", False)],
 "011": [("captured", "north_korea", 2, None, "exact", ZEL,
          "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean losses in Kursk had reached nearly 4,000 killed and wounded", False),
         ("casualties", "russia", 38000, None, "about", ["Syrskyi", "Ukrain"],
          "Russia had lost about 38,000 soldiers killed and wounded in the Kursk region since August", False)],
 "012": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have died in fighting against Ukraine", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "another 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That puts the North's total casualties in Kursk at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "two North Korean soldiers were captured by Ukrainian forces over the weekend", False)],
}
NOT = {
 "000": ["a total of some 12,000 soldiers in four brigades (planned)", "four Russian landing ships and three escort vessels",
         "more than 13,000 containers", "between Oct. 8 and 13", "Share f 312 X 1.1K in 48",
         "2 days after warning (headline)", "25 basis points to 3.25 pct (headline)", "2,593.70 (headline)",
         "1 million copies in 6 days (headline)", "5 things ... 2025 (headline)"],
 "001": ["about 10,000 in place by December (planned)", "about 28,500 troops in South Korea (US troops)",
         "three military sites", "twice the number it had given last week", "$1 for 6 months", "61°F",
         "Comments (47)", "3 hurt (headline)", "Clovis West 35, Central 14", "9 cents to $4.61"],
 "002": ["1.2-million-strong armed forces (the whole army, not a deployment)", "1953", "6 August",
         "about 50km", "about 700km", "more than tripling the estimate", "Share 2,184", "£40bn",
         "81 drones (headline)", "70mph", "Comments (1,302)", "7am", "more than 1 year old"],
 "003": ["60mm mortars, AK-12", "five ranges", "Aug. 6", "over 1,000 square kilometers",
         "2 missiles, 30 drones (headline)", "over 200 glide bombs (headline)",
         "personnel 704,300 (+1,610), tanks 9,337, artillery systems 20,211 (widget)", "$5 a month",
         "since 2022, two regional newspapers (bio)", "56 comments"],
 "004": ["Koksan 170mm", "up to 60 kilometres", "$425 million", "155mm", "312 electoral votes (headline)",
         "10,000 North Korean soldiers in Russia (other story's headline)", "death toll rises to 219 (headline)",
         "3 times a week", "07/11/2024 - 12:05"],
 "005": ["810th Naval Infantry Brigade, 11th Air Assault Brigade", "about 100 Russian military terms",
         "170mm guns, 240mm rocket launchers", "Share 3", "4% to 49,900 won, 4 years (headline)",
         "K-pop at 30, next 10 years (headline)", "33rd straight week (headline)", "17:05"],
 "006": ["five of the six missiles", "up to 300 kilometers (190 miles)", "12 years (bio)", "$1.4 billion",
         "Share 87"],
 "007": ["groups of 20 to 30 personnel (assault group size, not a count)", "about 1.5 kilometers",
         "23 Ukrainian armored vehicles", "footnote markers [1]-[5]", "Key Takeaways 1-3", "December 14 and 15",
         "7:30pm"],
 "008": ["$2,000 a month per soldier", "240mm rocket launchers", "Dec. 27 (headline)",
         "1,451 against the dollar, 15-year low (headline)", "3 free articles", "Share 24", "16:50"],
 "009": ["about a third of that", "Koksan 170-millimeter", "40 to 60 kilometers", "240-millimeter",
         "June 2024", "injures 7 (headline)", "35 chapters, 2025 (headline)"],
 "011": ["born in 2005 / 1999", "74 drones (headline)", "4% (headline)", "6:55 PM", "2 hours ago"],
 "012": ["nearly triple the estimate", "one soldier ... grenade", "3,000 police officers (headline)",
         "12.7% (headline)", "Facebook 19 X 41", "15:30, 17:02"],
}
OFF = ["013", "014"]
DUP = {"010": "009"}

goldlib.write(
    "Gold labels for the blind115 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-1", "004-2", "11,000 in Kursk (Zelensky) against about 8,000 in Kursk (US State Department), two days apart"],
            ["004-1", "004-2", "11,000 in Kursk (Zelensky) against about 8,000 in Kursk (US State Department), the same article"],
            ["009-1", "009-2", "more than 3,000 casualties (Zelenskyy) against around 1,100 (South Korea's JCS), the same day"],
            ["011-2", "012-3", "nearly 4,000 casualties (Zelenskiy) against around 3,000 (NIS), two days apart"],
        ],
        "may": [
            ["000-1", "001-1", "1,500 (NIS) against about 3,000 (Pentagon) five days later: the build-up, a second transport"],
            ["000-1", "001-2", "1,500 against at least 3,000, both NIS, five days apart: the agency updating its own count"],
            ["001-1", "002-1", "about 3,000 against about 10,000, both Pentagon, six days apart: a revision as troops arrived"],
            ["003-2", "004-2", "about 12,000 in Russia (HUR) against about 8,000 in Kursk (State Department): a part of the whole"],
            ["004-2", "005-1", "about 8,000 in Kursk against more than 10,000 in Russia (NIS): a part of the whole"],
            ["007-2", "009-2", "several hundred casualties (US official) against around 1,100 (JCS): a vague figure"],
            ["007-2", "009-1", "several hundred casualties (US official) against more than 3,000 (Zelenskyy): a vague figure"],
        ],
    },
)
