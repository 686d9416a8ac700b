#!/usr/bin/env python3
"""Write gold.json for the blind214 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskiy", "Zelenskyy"]
PENTAGON = ["Pentagon", "Defense Department", "Department of Defense", "Sabrina Singh", "U.S.", "Washington"]
BUDANOV = ["Budanov", "military intelligence", "HUR", "GUR", "Ukrain"]
SSO = ["Special Operations Forces", "SSO", "Ukrain"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
          "North Korea has moved around 3,000 soldiers to Russia so far", False),
         ("troops", "north_korea", 1500, None, "about", NIS + ["Park Sun-won"],
          "A second group of some 1,500 troops left the North for the Russian Far East earlier this week", False)],
 "001": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "Some of the roughly 10,000 soldiers North Korea has sent to eastern Russia for training", False),
         ("troops", "north_korea", 3000, None, "at_least", ["John Kirby", "Kirby", "White House"],
          "at least 3,000 North Korean soldiers had been moved to Russia in early to mid-October", False)],
 "002": [("troops", "north_korea", 11000, None, "about", BUDANOV,
          "North Korea has concentrated some 11,000 soldiers in Russia's Kursk region", False),
         ("troops", "north_korea", 500, None, "about", BUDANOV,
          "the group includes about 500 officers and three generals", False),
         ("troops", "north_korea", 3, None, "exact", BUDANOV,
          "and three generals", True),
         ("troops", "north_korea", 10000, None, "more_than", NIS,
          "more than 10,000 North Korean troops had been deployed to Russia", False)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "About a hundred North Korean soldiers have been killed fighting alongside Russian troops", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 others have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "that puts North Korea's losses at roughly 1,100 men", False),
         ("casualties", "north_korea", 200, 900, "vague", ["Pentagon", "U.S."],
          "\"several hundred\" North Korean troops had been killed or wounded", True),
         ("troops", "north_korea", 10000, None, "more_than", ["Seoul", "Washington", "South Korea", "U.S."],
          "More than 10,000 North Korean soldiers have been deployed to Russia", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "North Korea has already lost more than three thousand of its soldiers killed and wounded in Russia's Kursk Oblast", False),
         ("killed", "north_korea", 50, None, "exact", SSO,
          "their units killed 50 North Korean soldiers", False),
         ("wounded", "north_korea", 47, None, "exact", SSO,
          "and wounded 47", False)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU"],
          "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korea's losses in Kursk had reached almost 4,000 killed and wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Kyiv", "Washington", "Ukrain", "U.S."],
          "Between 11,000 and 12,000 North Korean soldiers have been sent to Russia", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "another 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "put the North's total losses at about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "the two North Korean soldiers captured by Ukraine over the weekend", False)],
 "008": [("troops", "north_korea", 1000, 3000, "range", JCS,
          "North Korea deployed an estimated 1,000 to 3,000 additional troops to Russia in January and February", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Department of Defense", "DoD", "Pentagon", "U.S."],
          "the 11,000 to 12,000 North Korean troops that the US Department of Defense assessed in December 2024 had deployed to Russia", False),
         ("casualties", "north_korea", 2000, 9999, "vague", ["Ministry of Defence", "MoD", "UK", "British"],
          "North Korean forces have likely suffered several thousand casualties", True)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has suffered about 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including some 600 dead", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "up from the roughly 3,000 killed and wounded that the National Intelligence Service had reported in January", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "the North initially dispatched some 11,000 soldiers last autumn", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "topped up the force with roughly 3,000 more in January and February", False)],
 "010": [("casualties", "north_korea", 5000, None, "about", ["Yusov", "military intelligence", "Ukrain"],
          "North Korean losses now stand at nearly 5,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 North Korean soldiers had been killed or wounded", False)],
 "011": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces lost more than 76,000 servicemen", False)],
 "014": [("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed", False),
         ("troops", "north_korea", 1500, None, "exact", NIS,
          "1,500 special forces in the first wave", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Department of Defense", "Pentagon", "U.S.", "US Department"],
          "11,000-12,000 troops sent to Russia", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "2 soldiers captured alive", False),
         ("troops", "north_korea", 3000, None, "about", JCS,
          "about 3,000 reinforcements", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "incl. about 600 killed", False)],
}
NOT = {
 "000": ["about 10,000 troops in all by December (a projection, planned)", "11th Corps", "more than 13,000 containers",
         "60-mm and 82-mm mortar rounds", "since 2022", "paras 5-9", "Share 412",
         "7 short-range ballistic missiles (headline)", "4.6 pct, 12th straight month (headline)", "22 pct (headline)",
         "6 tracks, 2 tln won, 31st week (most viewed)"],
 "001": ["about 54,000 U.S. military personnel in Japan (not a subject)", "¥8.5 trillion", "1,000 kilometers",
         "fiscal 2025", "SHARE 57", "215 seats (headline)", "2 dead, 500 injured (headline)", "2.5%, ¥153",
         "¥1,650/month"],
 "002": ["170-mm Koksan", "240-mm multiple rocket launchers", "1,530 Russian invaders (headline)",
         "120 missiles and 90 drones (headline)", "about 1,300 square kilometers", "August 6, 2024", "Views 8,214"],
 "003": ["240-mm rocket launchers", "1950-1953", "40,000 soldiers in Kursk (headline)", "15th sanctions package (headline)",
         "toll rises to 35 (headline)", "842 partners", "2 min", "seven decades"],
 "004": ["three days of fighting", "since 1995", "$5/month", "Comments 64", "70+ Missiles, Nearly 100 Drones (headline)",
         "3.6% (headline)", "1,000 Days (headline)", "Read time: 3 min"],
 "005": ["born in 2005, served since 2021", "August 2024, Jan. 5", "94 Ukrainian drones (headline)",
         "$500 million (headline)", "Five killed (headline)", "3 min read"],
 "006": ["11th Corps", "60-mm mortars", "close to triple", "casualties reach 1,100 (related headline)",
         "6.5 trillion won", "minus 12 degrees", "1.04%, 2,489.56", "Shares 238"],
 "008": ["roughly three-week pause", "groups of two to three personnel", "170mm Koksan", "240mm MLRS",
         "five kilometers", "12-kilometer front", "501(c)(3)", "$25 | $50 | $100", "numbered key takeaways"],
 "009": ["Article 4 of the 2024 treaty", "$20 billion", "Share 1.3K", "0.2% (headline)", "3 shows, 20 points, 0.8%",
         "two days after"],
 "010": ["1.2 million-strong armed forces (the whole army, not a deployment)", "68°", "99¢ for 3 months",
         "Mariners 5, Rangers 3, 2 homers", "$12 million", "9 cents, $3.89", "Comments (17)"],
 "011": ["1,000 deminers/sappers and 5,000 military builders (planned)", "over 400 tanks, more than 300 IFVs, about 3,500 units",
         "second visit in two weeks, third this year", "June 19, 2024; December 4, 2024",
         "49 Ukrainian drones over six regions (headline)", "July 1"],
 "014": ["1,000 deminers and 5,000 military builders pledged (planned)", "more than three times", "12 months, 70 years",
         "45,000 rubles", "twice a month", "653 drones and 51 missiles (headline)", "14 years (headline)",
         "€90 billion (headline)", "12K troops, 4.7K casualties (this article's headline)"],
}
OFF = ["012", "013"]
DUP = {"007": "006"}

goldlib.write(
    "Gold labels for the blind214 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-1", "001-1", "around 3,000 sent so far (NIS) against roughly 10,000 (Pentagon), five days apart"],
            ["003-3", "004-1", "roughly 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-2", "006-3", "almost 4,000 casualties (Zelenskiy) against about 3,000 (NIS), a day apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 3,000 in all against a second group of some 1,500: an additional force"],
            ["000-2", "001-1", "a second group of 1,500 (NIS) against roughly 10,000 in all (Pentagon): an additional force"],
            ["000-2", "001-2", "a second group of 1,500 (NIS) against at least 3,000 in all (Kirby): an additional force"],
            ["003-3", "003-4", "roughly 1,100 (NIS) against several hundred (Pentagon, three days earlier): a vague figure"],
            ["003-4", "004-1", "several hundred (Pentagon) against more than 3,000 (Zelensky): a vague figure"],
            ["008-1", "008-2", "1,000 to 3,000 additional troops against the 11,000 to 12,000 sent before: an additional force"],
            ["009-1", "009-3", "about 4,700 now against the roughly 3,000 reported in January: the same agency's earlier estimate"],
            ["009-3", "010-1", "the January estimate of about 3,000 restated against nearly 5,000 (HUR): months apart in substance"],
            ["009-3", "010-2", "the January estimate of about 3,000 restated against today's 4,700: months apart in substance"],
            ["009-4", "009-5", "some 11,000 initially against roughly 3,000 more: an additional force"],
            ["014-1", "014-7", "about 2,000 killed (September) against about 600 killed (April) in one timeline: months apart"],
            ["014-2", "014-3", "1,500 in the first wave against 11,000-12,000 sent in all: a first wave"],
            ["014-2", "014-5", "1,500 in the first wave against about 3,000 reinforcements: different contingents"],
            ["014-3", "014-5", "11,000-12,000 sent against about 3,000 reinforcements: an additional force"],
        ],
    },
)
