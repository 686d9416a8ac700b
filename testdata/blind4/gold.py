#!/usr/bin/env python3
"""Write gold.json for the blind4 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "South Korea", "Seoul", "Park Sun-won", "Lee Seong-kweun", "lawmaker"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
BUD = ["Budanov", "military intelligence", "HUR", "GUR", "Ukrain", "Kyiv"]
RMOD = ["Defense Ministry", "Defence Ministry", "Russia", "Moscow"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "Around three thousand North Korean soldiers have already been shipped to Russia", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "the first contingent of roughly 1,500 special forces troops", False)],
 "001": [("troops", "north_korea", 10000, None, "about",
          ["Pentagon", "Department of Defense", "Singh", "US", "U.S.", "Washington"],
          "Roughly ten thousand North Korean soldiers have now been sent to eastern Russia to train", False)],
 "003": [("troops", "north_korea", 11000, None, "about", BUD,
          "Some eleven thousand North Korean soldiers have reached the Kursk border region of Russia", False),
         ("troops", "north_korea", 500, None, "about", BUD,
          "Among them are about 500 officers, Budanov said", False),
         ("troops", "north_korea", 3, None, "exact", BUD,
          "including three generals", True),
         ("troops", "north_korea", 10000, None, "more_than", ["Defense Ministry", "ministry official", "South Korea", "Seoul"],
          "more than 10,000 in Russia as a whole", False)],
 "004": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between ten thousand and twelve thousand North Korean troops are now in Russia", False)],
 "005": [("killed", "north_korea", 100, None, "about", NIS,
          "about one hundred North Korean soldiers sent to Russia have been killed in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "the number of wounded is close to a thousand", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Pyongyang's losses now total around 1,100, the agency said", False),
         ("casualties", "north_korea", 1, None, "at_least", NIS,
          "they are thought to include at least one high-ranking officer", True)],
 "006": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi", "Ukrain"],
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
         ("casualties", "north_korea", 200, 900, "vague", ["U.S. official", "US official"],
          "several hundred North Korean troops had been killed or wounded", True)],
 "007": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Kiev"],
          "more than 3,000 soldiers of the Democratic People's Republic of Korea were killed or wounded", False),
         ("casualties", "ukraine", 47000, None, "more_than", RMOD,
          "Ukrainian army losses in the Kursk direction since the start of the hostilities in August had exceeded 47,000 servicemen", False),
         ("casualties", "ukraine", 320, None, "up_to", RMOD,
          "the enemy lost up to 320 troops", True)],
 "008": [("captured", "north_korea", 2, None, "exact", ZEL,
          "Ukrainian forces have captured two North Korean soldiers in the Kursk region", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "roughly 300 North Korean soldiers have been killed in Kursk", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and about 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "the North's losses were now around three thousand in all", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers were captured by Ukraine on Jan. 9", False)],
 "009": [("troops", "north_korea", 11000, None, "about", ["U.S.", "US", "Ukrainian officials", "Ukrain", "Pentagon"],
          "Around 11,000 North Korean soldiers are in Kursk", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon has given a range of 11,000 to 12,000", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "the total sent was 10,000-12,000", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Koreans have been killed or wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "It said on Jan. 13 that some 300 had died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "Another 2,700 were wounded, it said", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"] + ZEL,
          "Two soldiers were captured in Kursk on Jan. 9 and taken to Kyiv", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "Around 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Roughly 600 of them died, the National Intelligence Service said", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has sent some fifteen thousand troops to Russia in all, the agency said", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", BUD,
          "North Korean losses have topped four thousand, killed and wounded together", False),
         ("casualties", "north_korea", 4700, None, "about", NIS + ["Park Ji-won"],
          "it was around forty-seven hundred casualties", False),
         ("killed", "north_korea", 600, None, "about", NIS + ["Park Ji-won"],
          "about six hundred of them dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS + ["Park Ji-won"],
          "The NIS thinks fifteen thousand or so in total", False),
         ("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "Park Ji-won"],
          "roughly three thousand more were sent in January and February", False)],
 "012": [("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media"],
          "Nine of its soldiers were killed during the mission", False)],
}
NOT = {
 "000": ["a total of about 10,000 troops by December (planned)", "US$2,000 monthly wage", "about 700 kilometers apart",
         "late teens or early twenties", "0.25 percentage point, 3.25 pct (headline)", "274 pct (headline)",
         "3 days (headline)", "1.2 million copies (headline)"],
 "001": ["NATO's 32 member states", "1950-53 Korean War", "seven decades", "170-millimeter self-propelled guns",
         "about 1,000 km", "85% (headline)", "11-day drills with 110 aircraft (headline)", "2nd visit in 2 months (headline)",
         "Share 1,284", "Comments 37"],
 "003": ["roughly 1,000 square kilometers", "155-millimeter shells", "7,000 kilometers away", "2.4% (headline)",
         "Two dead, 14 injured (headline)", "7-5 (headline)", "3,000 more troops (Related headline)",
         "7 N. Korean generals (Related headline)", "5 days a week", "Share 614", "Comments 22"],
 "004": ["at least two brigades (units, not a headcount)", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
         "about 1 million barrels of oil", "an army of about 1.2 million (the North's whole army, not a deployment)",
         "14.6 pct, 20 days (headline)", "2 N. Korean fishermen, 40 days (headline)", "0.8 pct (headline)"],
 "005": ["8.7 trillion yen (headline)", "magnitude 6.4 (headline)", "Two killed (headline)", "9°C / 2°C", "Watch 1:48"],
 "006": ["roughly three times the estimate (no figure)", "about 60 missile launches", "more than half of the area",
         "2025, 2026 (headlines)", "2 yrs (headline)", "World War II"],
 "007": ["five tanks and 14 armored combat vehicles", "a HIMARS launcher and 48 drones", "about 60% of the territory",
         "more than 1,100 residents unaccounted for (civilians, not a metric)", "110,000 people evacuated",
         "59 drones (headline)", "3.9% (headline)", "December 4"],
 "008": ["1,962 readers", "Share 2.3K", "Comments 418", "born in 2005 / 1999, served since 2021 / 2016",
         "812,670 personnel, 9,785 tanks, 1,610 over the past day (data widget)", "4 killed (headline)",
         "3,000 police officers deployed (headline)", "1.1% (headline)", "8 a.m."],
 "009": ["KN-23 and KN-24", "170 mm Koksan", "240 mm multiple rocket launchers", "more than 9 million rounds",
         "roughly $2,000 monthly pay", "2 Russian oil majors, 183 vessels (headline)", "6-hour standoff (headline)",
         "200 km (headline)"],
 "010": ["1.1% (headline)", "1 million visitors in 2 weeks (headline)", "5,000-ton destroyer (headline)"],
 "011": ["Runtime 6:12", "Share 312", "since 1953", "0.8% (ticker)", "up to 40 mm of rain", "6-3", "channel 24",
         "the second half of the year"],
 "012": ["about 120 days / four months", "1,000 deminers and 5,000 military construction workers (planned in June)",
         "thousands of mines", "seven-month occupation", "within 20km", "about US$30 million",
         "15,000 troops at a parade (headline)", "14,000 soldiers (headline)", "2nd time in 3 months (headline)",
         "23 comments"],
}
OFF = ["002", "014"]
DUP = {"013": "010"}

goldlib.write(
    "Gold labels for the blind4 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["000-1", "001-1", "about 3,000 already in Russia (NIS) against roughly 10,000 sent (Pentagon), six days apart"],
            ["005-3", "006-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelenskyy), five days apart"],
            ["008-4", "009-4", "about 3,000 casualties (NIS) against nearly 4,000 (Zelenskiy), four days apart"],
        ],
        "may": [
            ["006-1", "006-2", "more than 3,000 (Zelenskyy) against several hundred (US official, a week earlier): a vague figure"],
            ["005-3", "006-2", "about 1,100 (NIS) against several hundred (US official): a vague figure"],
            ["006-2", "007-1", "several hundred (US official) against more than 3,000 (Zelensky, via TASS): a vague figure"],
            ["011-4", "011-5", "about 15,000 in total against roughly 3,000 more: an additional force"],
            ["010-3", "011-5", "about 15,000 in total (NIS) against roughly 3,000 more (JCS): an additional force"],
        ],
    },
)
