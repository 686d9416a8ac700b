#!/usr/bin/env python3
"""Write gold.json for the blind56 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code, other sets' articles or any crosscheck output
on this set). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
PENT = ["Pentagon", "Department of Defense", "Singh", "U.S.", "US Department", "United States"]
SSO = ["Special Operations Forces", "SSO"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Roughly 1,500 special operations troops have already been carried to Vladivostok", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "North Korea has sent around 10,000 soldiers to Russia", False),
         ("troops", "north_korea", 3000, None, "exact", ["US government", "U.S. government", "United States"],
          "Her estimate is higher than the figure of 3,000 the US government gave last week", True),
         ("troops", "north_korea", 500, None, "about", ["defense intelligence", "Ukrain", "HUR", "GUR"],
          "Around 500 of them, including three generals, were among the personnel sent to Russia, the agency said", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS + ["Lee Seong-kweun"],
          "Between 10,000 and 12,000 North Korean soldiers are now estimated to be in Russia, Rep. Lee Seong-kweun", False)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 of the North's soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 have been wounded, the agency estimates", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "That put the overall losses at roughly 1,100, Lee said", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "out of a force of about 11,000 stationed in Russia", False)],
 "004": [("casualties", "north_korea", 200, 900, "vague", ["U.S. military official", "US military official", "U.S. official", "US official", "U.S. government"],
          "\"Several hundred\" North Korean troops had been killed or wounded, a senior U.S. military official told reporters", True),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon"],
          "The Pentagon, which had earlier estimated the force at about 10,000", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "U.S. military official", "US military official", "U.S. official"],
          "now believes between 11,000 and 12,000 North Korean troops are in Russia, the official said", False),
         ("killed", "north_korea", 50, None, "exact", SSO + ["Ukrain"],
          "its operators killed 50 North Korean soldiers", False),
         ("wounded", "north_korea", 47, None, "exact", SSO + ["Ukrain"],
          "and wounded 47 others who were advancing on foot", False)],
 "005": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "The number of North Korean soldiers killed or wounded in Russia's Kursk region has passed 3,000, Ukrainian President Volodymyr Zelensky claimed", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "North Korean troops deployed to the Ukraine war are estimated to have suffered around 1,100 casualties, the Joint Chiefs of Staff said", False)],
 "006": [("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "NIS", "National Intelligence Service"],
          "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's Kursk region, President Volodymyr Zelensky said", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean units fighting in Kursk had now lost nearly 4,000 men killed and wounded, Zelensky said", False)],
 "007": [("killed", "north_korea", 300, None, "about", NIS,
          "Some three hundred North Korean soldiers have died in combat so far", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and about 2,700 others have been wounded, Rep. Lee Seong-kweun told reporters afterward, relaying the agency's estimate", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "Taken together, the toll comes to roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "The NIS also confirmed that Ukraine was holding two North Korean soldiers captured on Jan. 9", False)],
 "009": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea dispatched roughly 3,000 additional soldiers to Russia in January and February, South Korea's Joint Chiefs of Staff said", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "The reinforcements come on top of the estimated 11,000 troops the North sent in the autumn, the JCS said", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded while fighting for Russia, South Korea's spy agency said", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Of the total, some 600 were killed, the lawmaker said", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea, the NIS estimates, has sent around 15,000 soldiers to Russia since October last year", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "Defence Intelligence", "military intelligence", "Ukrain"],
          "More than 4,000 North Koreans have been killed or wounded in Kursk, he said", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's intelligence agency said earlier this week that North Korean casualties had reached about 4,700", False),
         ("casualties", "russia", 950000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "UK", "British"],
          "Russian forces had likely suffered more than 950,000 killed and wounded since the full-scale invasion began", False),
         ("casualties", "russia", 1200, None, "about", ["Ministry of Defence", "MoD", "Britain", "UK", "British"],
          "with losses running at about 1,200 a day in April", True)],
 "012": [("troops", "north_korea", 15000, None, "about", NIS,
          "the North has sent about 15,000 combat troops in total", False),
         ("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
          "Around 2,000 North Korean soldiers were killed in the fighting, the NIS said in September", False)],
}
NOT = {
 "000": ["around 12,000 troops organized in four brigades (planned)", "up to 12K could follow (headline, planned)",
         "between Oct. 8 and 13", "four landing ships and three escort vessels", "more than 13,000 containers",
         "Share 2,311", "1.2% at 39,605.80 (headline)", "60-meter stretches (headline)", "2 dead, 14 injured (headline)",
         "Typhoon No. 21", "30 days, 1,800 yen", "3 purposes"],
 "001": ["11:15 JST", "2:08", "Oct. 23", "38,903, up 0.8% (headline)", "215 of 465 seats (headline)",
         "1 ballistic missile (headline)", "X 184 | Facebook 92 | LINE 61", "160 countries"],
 "002": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "Share 517", "Comments 23",
         "2,420 (headline)", "1,400 per dollar, 2022 (headline)", "522,670 (headline)", "minus 2 C (headline)",
         "5 stories in 5 minutes"],
 "003": ["250 kamikaze drones", "an estimated $20 million", "early December", "Facebook 1,024 | X 377 | Kakao 208",
         "Comments (41)", "Dec. 27 (headline)", "1,451 per dollar, 15 years (headline)", "1.8 trillion won (headline)",
         "12 Korean firms (headline)", "3 briefings a week"],
 "004": ["three days", "within 8 kilometers of the administrative border", "152 mm artillery", "Share 864",
         "0.25% (headline)", "6 Chinese vessels (headline)", "3.1%, 2nd month (headline)", "72-year-old (headline)",
         "2 newsletters a day"],
 "005": ["Share 2.1K", "Comments 318", "1,456 per dollar (headline)", "2% (headline)", "2.8 billion won (headline)",
         "3,000 police deployed (headline)"],
 "006": ["born in 1999, served since 2016", "born in 2005, joined in 2021", "paras 6-7", "Share 3,406",
         "2nd solo album (headline)", "179 victims (headline)", "3,000 police mobilized (headline)", "2,441.92 (headline)"],
 "007": ["nearly tripled", "One North Korean soldier (an anecdote, not a count)", "since mid-December", "Jan. 9", "Facebook 1,788 | X 602 | Kakao 411", "Comments (77)",
         "4 minutes (headline)", "1,000 investigators (headline)", "1,470 per dollar (headline)", "25% growth (headline)"],
 "009": ["KN-23 and KN-24", "about 220 pieces of 170 mm self-propelled artillery and 240 mm rocket launchers",
         "as much as $20 billion", "nearly 80% of its annual economic output", "June 2024", "more than seven months",
         "X 142 LinkedIn 58", "1.58%, 2008 (headline)", "20% cost increase (headline)", "12% (headline)",
         "25% auto tariffs, $21bn (headline)", "1 month for $1"],
 "010": ["June 2024", "two days earlier", "some $20 billion", "a third deployment", "Share 4,872", "paras 8-10",
         "2,556.61, 0.3% (headline)", "2 dead, 8 injured (headline)", "7 candidates, June 3 (headline)", "3.7% (headline)"],
 "011": ["February 2022", "1:46", "up to 35 km (headline)", "4-day trip (headline)", "9th home run (headline)",
         "X 211 | Facebook 74 | LINE 48", "160 countries"],
 "012": ["1,000 sappers and 5,000 military construction workers (planned)", "around 6,000 additional personnel (planned)",
         "Fourteen months", "5-hectare site", "Share 733", "Comments 58", "8 days (headline)", "1,468 per dollar (headline)",
         "10,320 won (headline)", "$1.2b (headline)", "5 stories in 5 minutes"],
}
OFF = ["013", "014"]
DUP = {"008": "007"}

CONFLICTS = {
    "must": [
        ["003-3", "005-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 24), five days apart"],
        ["005-1", "005-2", "more than 3,000 casualties (Zelensky) against about 1,100 (JCS), same article"],
        ["006-2", "007-3", "nearly 4,000 casualties (Zelensky, Jan 12) against roughly 3,000 (NIS, Jan 13)"],
    ],
    "may": [
        ["001-1", "001-2", "about 10,000 now against the 3,000 the US gave a week earlier: a superseded figure"],
        ["003-3", "004-1", "about 1,100 (NIS) against 'several hundred' (US official, three days earlier): a vague figure"],
        ["004-1", "005-1", "'several hundred' (US official) against more than 3,000 (Zelensky): a vague figure"],
        ["004-1", "005-2", "'several hundred' (US official) against about 1,100 (JCS): a vague figure"],
        ["004-2", "004-3", "about 10,000 earlier against 11,000-12,000 now (Pentagon): a revised estimate, the bands touch"],
        ["009-1", "009-2", "roughly 3,000 additional against about 11,000 initially: an additional force"],
    ],
}

if __name__ == "__main__":
    goldlib.write(
        "Gold labels for the blind56 set in articles/ (written for crosscheck, not copied from news; labelled "
        "without looking at the extractor). Same schema as testdata/corpus/gold.json.",
        A, NOT, OFF, DUP, CONFLICTS)
