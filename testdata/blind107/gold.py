#!/usr/bin/env python3
"""Write gold.json for the blind107 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "spy service", "intelligence service",
       "intelligence agency", "Lee Seong-kweun", "Park Sun-won", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
PENTAGON = ["Pentagon", "U.S.", "United States", "Washington"]
OFFICIALS = ["South Korean and Western officials", "Western officials", "South Korea", "officials"]
GUR = ["military intelligence", "Budanov", "Ukrain", "HUR", "GUR"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian amphibious vessels ferried roughly 1,500 special forces soldiers", False)],
 "001": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "The National Intelligence Service estimates that 10,000 to 12,000 North Korean troops are now in Russia", False),
         ("troops", "north_korea", 10000, None, "about", PENTAGON,
          "The Pentagon said last week that about 10,000 North Korean soldiers had deployed to Kursk", False)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers deployed to help Russia against Ukraine have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "The total number of casualties is estimated at around 1,100", False),
         ("wounded", "north_korea", 1, None, "at_least", NIS,
          "At least one North Korean general was reported among the wounded", True)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "Around a hundred North Korean soldiers have died in fighting on Russia's side", False),
         ("wounded", "north_korea", 1000, None, "about", NIS + ["Yonhap"],
          "Another 1,000 or so were injured", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "North Korea is estimated to have sent about 11,000 soldiers to Russia, according to the intelligence service", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "North Korean forces had suffered about 1,100 casualties in recent fighting, the Joint Chiefs of Staff said", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and nearly 1,000 wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", PENTAGON,
          "The Pentagon has said it believes 11,000 to 12,000 North Korean troops are in the Kursk region", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. officials", "US officials", "U.S.", "officials"],
          "U.S. officials said last week that \"several hundred\" of them had been killed or wounded", True)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Some 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False)],
 "006": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korean troops fighting for Russia have suffered about 3,000 casualties, South Korea's spy agency said", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "the estimate of about 1,100 casualties the agency gave last month", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "Kyiv"],
          "Ukraine said on Saturday its forces had captured two wounded North Korean soldiers", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean forces fighting for Russia in the Kursk region had suffered nearly 4,000 killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL,
          "the two North Korean soldiers captured earlier this month", False)],
 "008": [("troops", "north_korea", 14000, None, "about", OFFICIALS,
          "North Korea sent an estimated 14,000 troops in total", False),
         ("troops", "north_korea", 11000, None, "about", OFFICIALS,
          "around 11,000 last fall", False),
         ("troops", "north_korea", 3000, None, "about", OFFICIALS,
          "roughly 3,000 more early this year as reinforcements", False),
         ("casualties", "north_korea", 4000, None, "more_than", GUR,
          "Ukraine's military intelligence agency has put North Korean losses at more than 4,000 killed and wounded", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has sustained some 4,700 casualties among the troops it sent to help Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has dispatched about 15,000 soldiers to Russia since last autumn", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "some 3,000 sent in January and February as reinforcements", False)],
 "010": [("troops", "north_korea", 15000, None, "about", NIS,
          "South Korea's spy agency said in April that Pyongyang had sent about 15,000 troops", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "of whom some 4,700 had been killed or wounded", False),
         ("casualties", "russia", 1000000, None, "more_than", ["Defence Ministry", "Britain", "British", "UK", "MoD"],
          "Russia's own casualties in the war had passed 1 million killed and wounded", False)],
 "011": [("killed", "north_korea", 2000, None, "about", NIS,
          "Around 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
         ("casualties", "russia", 930, None, "exact", ["General Staff", "Ukrain"],
          "Russian forces had lost 930 soldiers in the past 24 hours", True)],
}
NOT = {
 "000": ["a total of 12,000 soldiers in four brigades (planned)", "13,000 containers of artillery rounds",
         "Oct. 8 and Oct. 13", "18 North Korean soldiers deserted (related headline)", "23 articles (headline)",
         "1.1% (headline)", "KOSPI 2,593.82 -0.41%", "1,368.90", "$74.45", "1-0", "best-of-seven"],
 "001": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "about $2,000 a month",
         "21 Pacific Rim leaders (headline)", "90 missiles and 100 drones (headline)", "26-18, 6th straight win",
         "0.1%", "Comments (57)", "12 vendors"],
 "002": ["170mm self-propelled howitzers, 240mm rocket launchers", "192 votes (headline)", "35 bodies (headline)",
         "$250 million", "$100,000", "3-0", "27 partners", "19/12/2024 - 05:30"],
 "003": ["27 leaders", "DAX 1.4% 19,969", "$1.0355", "2016 attack anniversary", "5-1, 4 points", "2.2 percent",
         "+49 30 2852 31472"],
 "004": ["nearly three times higher", "240mm rocket launchers", "170mm self-propelled guns", "$1.1 billion",
         "4,000 travelers (headline)", "36 points, 12 rebounds, 132-129", "66 points, 1%", "Comments (214)",
         "1,469 partners"],
 "005": ["death toll rises to 24, 12,000 structures (headline)", "two North Korean soldiers captured (headline)",
         "1.1%, 1.0%", "4 sets, 429 matches"],
 "006": ["born in 2005 / 1999", "almost triple", "7 Chinese warships, 16 aircraft (headline)", "4% to $91,000",
         "31-7, 22-10"],
 "007": ["28 assaults over the previous 24 hours", "11 armoured vehicles", "February 2022", "fourth year",
         "some 1,000 square kilometres", "4.6 million people (headline)", "220,000 tickets (headline)",
         "4-0, 15 unbeaten", "2.3% 11,950 points"],
 "008": ["at least two settlements", "250,000 mourners; 130 delegations (headline)", "at least 160 seats (headline)",
         "55 million people (headline)", "94-93, 3-1", "Comments (388)"],
 "009": ["5,000-ton destroyer (headline)", "0.8%", "8th homer, 7-2", "0.57% 36,045.38, 142.35", "1,100 yen a month"],
 "010": ["1,000 deminers and 5,000 military construction workers (planned)", "6,000 Engineers, Deminers (headline, planned)",
         "more than 1,000 a day (a daily average, not a count)", "as much as $20 billion", "0.3% 1,368.5",
         "second trip in two weeks", "142 comments", "4% (headline)", "$4 Trillion", "120-109", "0.5%"],
 "011": ["about 6,000 more personnel (planned)", "Around 1,000 of them could leave (planned)",
         "thousands more military workers (planned)", "more than three times", "170mm guns", "June 2024",
         "80 years", "10,000 troops at the parade (headline)", "63,000 killed in Gaza (headline)",
         "5%, $1 trillion", "6-1, 6-4, 6-2"],
}
OFF = ["013", "014"]
DUP = {"012": "004"}

goldlib.write(
    "Gold labels for the blind107 set in articles/ (wire-service styles, written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["002-3", "004-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23)"],
            ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), same day"],
            ["006-1", "007-1", "about 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 18)"],
        ],
        "may": [
            ["004-6", "004-1", "several hundred (US officials) against more than 3,000 (Zelensky): a vague figure"],
            ["004-6", "004-2", "several hundred (US officials) against about 1,100 (JCS): a vague figure"],
            ["004-6", "002-3", "several hundred (US officials) against about 1,100 (NIS): a vague figure"],
            ["006-4", "006-1", "the NIS's own December estimate of 1,100, quoted as superseded by its 3,000"],
            ["006-4", "007-1", "1,100 (NIS, explicitly last month's estimate, recalled Jan 13) against nearly 4,000 (Zelensky, Jan 18)"],
            ["008-1", "008-3", "about 14,000 in total against roughly 3,000 more as reinforcements: an additional force"],
            ["008-2", "008-3", "around 11,000 last fall against roughly 3,000 more: an additional force"],
            ["008-1", "009-4", "about 14,000 in total (AP) against some 3,000 reinforcements (NIS): an additional force"],
            ["008-2", "009-4", "around 11,000 last fall (AP) against some 3,000 reinforcements (NIS): an additional force"],
            ["008-3", "009-3", "roughly 3,000 reinforcements (AP) against about 15,000 in total (NIS): an additional force"],
            ["009-3", "009-4", "about 15,000 in total against some 3,000 reinforcements: an additional force"],
        ],
    },
)
