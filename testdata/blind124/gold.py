#!/usr/bin/env python3
"""Write gold.json for the blind124 set from the compact table below.

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
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
HUR = ["Budanov", "Yusov", "HUR", "GUR", "military intelligence", "Ukrain"]
SSO = ["Special Operations Forces", "SSO", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has so far moved around 3,000 of its soldiers to Russia", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "an initial group of roughly 1,500 special operations personnel had left North Korea", False)],
 "001": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Singh", "Defense", "U.S.", "US"],
          "Around 10,000 North Korean soldiers have now moved into Russia's Kursk region", False),
         ("troops", "north_korea", 11000, None, "about", HUR,
          "about 11,000 North Korean troops had arrived in Kursk Oblast", False),
         ("troops", "russia", 50000, None, "about", ZEL,
          "a Russian force that Ukrainian President Volodymyr Zelenskyy said numbers roughly 50,000", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "North Korea has sent between 10,000 and 12,000 troops to Russia", False),
         ("troops", "north_korea", 12000, None, "up_to", NIS,
          "Up to 12K North Korean troops in Russia, Seoul tells Japan (headline)", True)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "with about 100 killed since they joined the battle in Kursk", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Another 1,000 or so have been wounded, the agency said", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "putting the North's total losses at roughly 1,100", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "More than 3,000 soldiers of the North Korean army have been killed or wounded", False),
         ("killed", "north_korea", 47, None, "exact", SSO,
          "their units had killed 47 North Korean soldiers", False),
         ("wounded", "north_korea", 23, None, "exact", SSO,
          "and wounded 23 in three days of fighting near the village of Plekhovo", False)],
 "005": [("casualties", "north_korea", 3000, None, "about", NIS,
          "estimating Pyongyang's losses at about 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "Roughly 300 of them have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 have been wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "Kyiv", "NIS"],
          "Ukraine on Saturday said it had captured two North Korean soldiers", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Pyongyang's troops have lost close to 4,000 soldiers killed and wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "the two North Korean prisoners held by Ukraine", False)],
 "009": [("casualties", "ukraine", 67000, None, "more_than", ["Defence Ministry", "Defense Ministry", "Russia", "Moscow", "ministry"],
          "The Ukrainian armed forces have lost more than 67,000 servicemen killed and wounded in the Kursk region", False),
         ("troops", "north_korea", 2000, 9999, "vague", ["Western media", "Western"],
          "thousands of North Korean soldiers had taken part in the offensive", True)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has suffered some 4,700 casualties among the troops it sent to fight for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "In all, about 15,000 North Korean soldiers have been dispatched to Russia", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "roughly 3,000 reinforcements the North sent in January and February", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "| Taken prisoner by Ukraine | 2 | January 2025 |", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korean units have lost more than 4,000 soldiers killed or wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "estimated North Korean casualties at about 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 dead", False),
         ("casualties", "russia", 1200, None, "about", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "Russian forces had suffered on average about 1,200 killed and wounded per day in April", True)],
 "012": [("troops", "north_korea", 15000, None, "about", NIS,
          "about 15,000 North Korean troops went to Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "some 4,700 of them were killed or wounded", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["Kim Jong Un", "Kim", "Korean Central News Agency", "KCNA", "state media", "North Korea"],
          "admitted that nine of its soldiers were killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "Roughly 2,000 North Korean soldiers, South Korea's spy agency estimated in September, have been killed", False)],
}
NOT = {
 "000": ["a total of about 10,000 troops by December (planned)", "more than 13,000 shipping containers",
         "2 inter-Korean roads (headline)", "0.82 pct, 1,200 bln won (headline)", "2-member team (headline)",
         "since 2022", "+82-2-398-3114"],
 "001": ["Share 412", "Comments 87", "up to 300 kilometers (about 190 miles)", "$425 million", "155mm artillery rounds",
         "6 years", "24,000 positions (headline)", "$9.5B, three years (headline)", "2 sites (headline)", "5 days a week"],
 "002": ["1,500 troops for joint drills (headline)", "about 86 minutes", "some 200 km", "8.5 trillion yen (about $55 billion)",
         "7.4 percent", "about 15 months", "4 missing, 36,000 households (headline)", "1.2%, 38,700 (headline)"],
 "003": ["1,284 shares", "170-millimeter guns, 240-millimeter rocket launchers", "Dec. 3, about six hours, 190-0",
         "1,450 per dollar, 15 years (headline)", "3 dead, 12 hurt (headline)", "1.9% (headline)", "48,000 readers"],
 "004": ["2,318 views", "38 Russian assaults", "810th Marine Brigade", "August 6, 2024", "up to 30 km",
         "78 drones and 3 missiles, 59 downed (headline)", "2 killed, 15 injured (headline)", "1,720 troops over past day (headline)"],
 "005": ["aged 26", "joined the army in 2016"],
 "006": ["Comments 64", "16th sanctions package", "third anniversary, 24 February", "74 more vessels", "minus 15 degrees",
         "4.7% of GDP (headline)", "1,500 drone operators (headline)", "3% target (headline)"],
 "009": ["more than 400 tanks and 3,000 armoured vehicles", "120 residents evacuated", "11 villages", "June 2024",
         "640 aircraft, 283 helicopters, 48,000 UAVs", "99.5K subscribers"],
 "010": ["👍 217, 💬 35", "over 12 million rounds", "$20 billion", "$21 billion (headline)", "June 3, 7 candidates (headline)",
         "25 million users (headline)"],
 "011": ["up to 2 million roubles", "80 years, May 9", "29 world leaders (headline)", "$75 million (headline)",
         "9 injured, 2 children (headline)"],
 "012": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 deminers and builders (headline, planned)",
         "second trip in two weeks", "February 2022", "more than 40%", "2-minute habit, 1965, $3,200 (sponsored)",
         "14 killed (headline)", "224 dead, 24 (headline)"],
 "014": ["120 days", "about 1,000 pledged in June (planned)", "5,000 military builders (planned)",
         "more than 1.5 million square metres", "£4 a month", "40,000 homes (headline)", "2-1", "3.2%", "🗨 246"],
}
OFF = ["008", "013"]
DUP = {"007": "005"}

goldlib.write(
    "Gold labels for the blind124 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23)"],
            ["005-1", "006-1", "about 3,000 casualties (NIS, Jan 13) against close to 4,000 (Zelenskyy, Jan 17)"],
        ],
        "may": [
            ["000-1", "000-2", "about 3,000 moved so far against the first 1,500 special forces: an earlier wave, part of the whole"],
            ["010-3", "010-4", "about 15,000 in all against about 3,000 reinforcements: a part of the whole"],
        ],
    },
)
