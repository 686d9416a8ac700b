#!/usr/bin/env python3
"""Write gold.json for the blind159 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
BLINKEN = ["Blinken", "Secretary of State", "US", "U.S.", "Washington"]
RUMOD = ["Defense Ministry", "Ministry of Defense", "MoD", "Russia"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"]
UKMOD = ["Ministry of Defence", "MoD", "Britain", "UK"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "Russian navy transport ships carried some 1,500 North Korean special operations personnel", False)],
 "001": [("troops", "north_korea", 10000, None, "about", BLINKEN,
          "about 10,000 DPRK servicemen were now in Russia", False),
         ("troops", "north_korea", 8000, None, "about", BLINKEN,
          "about 8,000 of them had been moved to the Kursk Region", False),
         ("casualties", "ukraine", 300, None, "up_to", RUMOD,
          "Over the past 24 hours, the enemy lost up to 300 servicemen", True),
         ("casualties", "ukraine", 28300, None, "more_than", RUMOD,
          "the enemy has lost more than 28,300 servicemen", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 of them in Kursk region", False)],
 "003": [("troops", "north_korea", 10000, 12000, "range", NIS + ["lawmaker"],
          "North Korea has sent between 10,000 and 12,000 soldiers to Russia", False)],
 "004": [("killed", "north_korea", 100, None, "at_least", NIS,
          "have suffered their first significant losses, with at least 100 killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "the agency had also counted nearly 1,000 wounded", False),
         ("casualties", "north_korea", 1100, None, "about", JCS,
          "put the North's combined dead and wounded at around 1,100", False),
         ("casualties", "north_korea", 200, 900, "vague", ["US military official", "US official", "Washington"],
          "several hundred North Korean soldiers had been killed or wounded in the fighting", True)],
 "005": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "had already lost more than 3,000 men killed and wounded", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had died", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Washington", "US", "U.S.", "United States"],
          "Washington estimates that Pyongyang sent some 11,000 to 12,000 troops to Russia", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded, it said", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That puts the North's casualties at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "NIS"],
          "his forces had captured two North Korean soldiers in Kursk", False),
         ("troops", "north_korea", 11000, None, "about", ["assessments", "South Korea", "U.S.", "Ukrain"],
          "South Korean, U.S. and Ukrainian assessments say North Korea sent about 11,000 troops to Russia", False)],
 "008": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have lost almost 4,000 men killed and wounded", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Koreans had died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 had been wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Kyiv", "Ukrain"],
          "as Kyiv tries to turn two captured soldiers into leverage", False),
         ("casualties", "russia", 790000, None, "about", UKMOD,
          "Russia had suffered around 790,000 killed and wounded", False),
         ("casualties", "russia", 1500, None, "more_than", UKMOD,
          "with losses averaging more than 1,500 a day", True)],
 "009": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea sent roughly 3,000 more troops to Russia in January and February 2025", False),
         ("troops", "north_korea", 2000, 9999, "vague", ["Syrskyi", "Commander-in-Chief"],
          "several thousand North Korean soldiers remain in Kursk Oblast", True),
         ("casualties", "ukraine", 67000, None, "more_than", RUMOD,
          "Ukrainian forces have lost over 67,000 personnel in Kursk Oblast", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea's battlefield losses in Russia have climbed to around 4,700 killed and wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "About 600 of them died, the National Intelligence Service told lawmakers", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang had sent some 15,000 troops in total", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia"],
          "Gerasimov claimed that Ukraine had lost more than 76,000 troops in the region", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "military intelligence", "Ukrain"],
          "North Korean losses had passed 4,000 killed and wounded", False),
         ("troops", "north_korea", 3000, None, "about", JCS + ["Nikkei"],
          "incl. roughly 3,000 reinforcements in Jan.-Feb. 2025 (South Korean military)", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Nikkei"],
          "Prisoners held by Ukraine: 2 (captured Jan. 2025)", False)],
 "012": [("killed", "north_korea", 2000, None, "about", NIS,
          "An estimated 2,000 North Korean soldiers have been killed fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "the roughly 600 deaths the agency estimated in April", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "Kim"],
          "acknowledging that nine of the soldiers died during the operation", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed in the war", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "a force of roughly 15,000 troops that Pyongyang is believed to have sent to Russia", False)],
}
NOT = {
 "000": ["around 12,000 troops in four brigades (planned)", "four landing ships and three escort vessels", "11th Corps",
         "more than 13,000 containers", "five days from Oct. 8", "0.47 pct, 2,593.82 (headline)", "10.3 pct (headline)",
         "78 countries (headline)", "1,368.2 per dollar", "Facebook 187 X 96"],
 "001": ["eight armored fighting vehicles", "155mm howitzer", "August 6", "two settlements (headline)",
         "$3.9 bln (headline)", "19 heads of state (headline)", "1.2 mln subscribers", "18+"],
 "002": ["96 drones, 52 shot down (headline)", "4 injured (headline)",
         "about 703,900 (+1,520) personnel, 9,090 tanks, 19,760 artillery (loss widget)", "123K followers", "November 4"],
 "003": ["170 mm self-propelled guns, 240 mm multiple rocket launchers", "about 54,000 U.S. military personnel (not a subject)",
         "¥1,650 a month", "third trilateral drill (headline)", "7 short-range ballistic missiles (headline)",
         "¥117.6 trillion (headline)", "first runoff in 30 years", "¥100 million", "X 38 Facebook 112 LINE 9"],
 "004": ["around 200 long-range artillery pieces", "170 mm", "at least one general-rank officer", "17:20, 17:48",
         "7 in 10 (headline)", "204-85 (headline)", "1,450 per dollar, 15 years (headline)", "93 countries", "2015",
         "Facebook 42 X 17 KakaoTalk 63"],
 "005": ["kills 1, injures 13 (headline)", "at least 20 (headline)", "15th sanctions package", "1,412 partners",
         "3 min", "18:55, 19:30"],
 "006": ["24 dead, 12,000 structures (headline)", "1,600 troops in a single day (headline)", "183 vessels (headline)",
         "two days after"],
 "008": ["born in 2005", "26 (age)", "9 and 10 January", "February 2022", "-11C (headline)", "33 hostages (headline)",
         "2-2", "Comments (412)", "£4 per month"],
 "009": ["172 Shahed-type and decoy drones and two Iskander-M", "170mm, 240mm", "810th Naval Infantry Brigade",
         "up to 1.5 kilometers", "501(c)(3)", "$25", "48,000 readers", "footnotes [1]-[4]", "numbered key takeaways"],
 "010": ["Oct. 8-13, 2024", "170mm, 240mm, KN-23", "about 7,000 km by rail", "64% to $34 million (headline)",
         "1.4 million tourists (headline)", "6.7 trillion won (headline)", "50% off for 3 months, ¥2,500",
         "X 204 LinkedIn 51"],
 "012": ["1,000 deminers and 5,000 military construction workers (planned)", "thousands of military engineers (planned)",
         "more than three times", "6,000 military builders and deminers (headline, planned)",
         "near 600 (headline of an older story)", "80 years (headline)", "2011", "3,200 (headline)",
         "475 detained (headline)", "Comments 0", "Facebook 21 X 8"],
 "014": ["120 days", "1,000 deminers and 5,000 military builders (planned)", "a fresh rotation (planned)",
         "11 months on (headline)", "2026 (headline)", "2.3 million subscribers", "Facebook 1.2K X 486 Comments 214",
         "October 2024"],
}
OFF = ["011", "013"]
DUP = {"007": "006"}

goldlib.write(
    "Gold labels for the blind159 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["001-2", "002-1", "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelensky), four days apart"],
            ["004-3", "005-1", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky), four days apart"],
            ["006-3", "008-1", "about 3,000 casualties (NIS) against almost 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["001-1", "002-1", "about 10,000 in Russia (Blinken) against 11,000 in Kursk (Zelensky): the bands touch, and Kursk is a part of Russia"],
            ["001-1", "001-2", "about 10,000 in Russia against about 8,000 of them in Kursk: part of the whole, same article"],
            ["001-3", "001-4", "up to 300 in a day against more than 28,300 since August: a day's losses against the total"],
            ["004-3", "004-4", "about 1,100 (JCS) against several hundred (US official): a vague figure"],
            ["004-4", "005-1", "several hundred (US official) against more than 3,000 (Zelensky): a vague figure"],
            ["008-5", "008-6", "a daily average against the total since 2022"],
            ["010-3", "010-6", "about 15,000 in total against roughly 3,000 reinforcements: an additional force within the total"],
            ["012-1", "012-2", "about 2,000 killed (NIS, September) against the 600 it estimated in April: the same agency's old and new estimate"],
            ["014-1", "014-2", "nine engineers killed (KCNA) against about 2,000 killed in all (NIS): part of the whole"],
        ],
    },
)
