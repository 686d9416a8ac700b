#!/usr/bin/env python3
"""Write gold.json for the blind232 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy"]
GER = ["Gerasimov", "General Staff", "Russia"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 3000, None, "at_least", ["White House", "Kirby", "National Security Council", "U.S.", "United States", "Washington"],
          "North Korea moved at least three thousand soldiers into eastern Russia during the first weeks of October", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "Eleven thousand North Korean soldiers are already in the Kursk region", False),
         ("troops", "russia", 50000, None, "about", ZEL,
          "Moscow has concentrated around 50,000 of its own troops in Kursk Oblast", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon", "US", "U.S.", "Defense"],
          "the Pentagon said that about 10,000 North Korean soldiers had been sent to eastern Russia for training", False),
         ("troops", "north_korea", 8000, None, "about", ["Blinken", "US", "U.S.", "Secretary of State"],
          "Antony Blinken said roughly 8,000 of them had already been moved to the Kursk region", False)],
 "002": [("casualties", "north_korea", 1100, None, "about", NIS,
          "have suffered roughly 1,100 casualties since they first saw combat this month, South Korea's spy agency said", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 of them have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon has separately put the size of the North Korean force in the region at 11,000 to 12,000", False),
         ("casualties", "north_korea", 30, None, "at_least", ["military intelligence", "Ukrain", "GUR", "HUR"],
          "at least 30 North Korean soldiers had been killed or wounded in fighting near three villages in Kursk Oblast on Dec. 14 and 15", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among those killed was at least one high-ranking officer", True)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than three thousand North Korean soldiers have been killed or wounded in Russia's Kursk region, according to preliminary figures that President Volodymyr Zelensky shared", False),
         ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs", "JCS", "South Korea", "Seoul"],
          "Seoul's military said Monday it believed the North Korean units had suffered about 1,100 casualties", False)],
 "004": [("killed", "north_korea", 300, None, "about", NIS,
          "Some 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded while fighting for Russia against Ukraine, South Korea's spy agency said", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "putting the North's total casualties at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["SBU", "Ukrain"],
          "confirmed that two North Korean soldiers had been captured by Ukrainian forces", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "The spy agency has previously estimated that North Korea sent about 11,000 troops to Russia's Kursk region", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "the North Korean force fighting for Russia in the western Kursk region had suffered nearly 4,000 casualties", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "estimated on Monday that some three hundred North Korean soldiers had died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and about 2,700 had been wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain", "Kyiv", "SBU"],
          "Ukraine is holding two North Korean soldiers captured in the Kursk region last week", False)],
 "007": [("casualties", "ukraine", 76000, None, "more_than", GER,
          "According to Gerasimov, the Ukrainian armed forces lost more than 76,000 servicemen in the Kursk Region", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's intelligence agency says about 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including about 600 who died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent about 15,000 troops to Russia since last autumn", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "some 3,000 soldiers who were dispatched as reinforcements in January and February", False)],
 "009": [("casualties", "north_korea", 4000, None, "more_than", ["Budanov", "GUR", "Military Intelligence", "HUR"],
          "North Korean losses in Kursk Oblast have exceeded 4,000 killed and wounded since the fall of 2024", False),
         ("casualties", "ukraine", 76000, None, "more_than", GER,
          "Gerasimov claimed on April 26 that Ukrainian forces lost more than 76,000 personnel in Kursk Oblast", False)],
 "010": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "Kim Jong Un", "state media", "North Korea"],
          "acknowledging that nine of its soldiers were killed during the mission", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "it estimated about 2,000 North Korean soldiers had been killed in the war", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Troops sent to Russia: about 15,000 (NIS, April 2025)", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Killed or wounded: about 4,700 (NIS, April 2025)", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Captured by Ukraine: 2 (Ukraine, January 2025)", False)],
}
NOT = {
 "000": ["a total of 12,000 soldiers ... in four brigades (planned)", "about 28,500 U.S. troops (not a subject)",
         "1950-53", "more than 13,000 containers", "100 drones; 3 killed in Kharkiv (headline)", "9 cents, $2.89",
         "$4.2 million", "Central 28, Westfield 21", "Share (214)", "Comments (37)", "61°", "$1 for 6 months"],
 "001": ["23 October / 28 October (dates)", "27 member states", "8 injured (headline)", "43 out of 66 drones (headline)",
         "UAH 2.2 trillion (headline)", "$3 a month", "1,842 views", "Share 63", "Comments: 12", "19:00"],
 "002": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
         "a delegation of about 20 North Korean military officials (not a deployment)", "about 50 kilometers",
         "Dec. 27 (headline)", "1,450 per dollar, 2009 (headline)", "2 chart lists", "20 centimeters", "Share 88"],
 "003": ["almost three times", "groups of 20 to 30 men", "Dec. 4", "1995", "$5 a month",
         "78 Missiles, 106 Drones (headline)", "3rd F-16 batch, 1,000-Day (headline)", "1 Killed, 15 Injured (headline)",
         "Share 512", "Comments 48"],
 "004": ["born in 2005", "less than three months", "Russian strike on Zaporizhzhia kills 13, wounds 113 (headline)",
         "Oil jumps 2% (headline)", "3 newsletters"],
 "006": ["100-year partnership agreement", "about 1,300 square kilometers (500 square miles)", "£3 billion ($3.7 billion)",
         "40 missiles (headline)", "€3 billion (headline)", "92 comments", "3 minutes read"],
 "007": ["Article 4", "June 2024", "over 400 tanks and more than 3,600 other pieces of equipment",
         "115 Ukrainian drones (headline)", "9,000 residents (headline)", "80th anniversary", "FS77-81753"],
 "008": ["16th straight week, 5 kilograms, 4,200 yen (headline)", "2.7 million (headline)", "magnitude 5.1",
         "20 languages", "18:20 JST"],
 "009": ["91 of 170 Russian drones", "810th Naval Infantry Brigade", "11th Airborne (VDV) Brigade", "6.5 kilometers",
         "captured Gornal (a village)", "May 4, May 5", "Share 1.2K"],
 "010": ["1,000 deminers and 5,000 military construction workers (planned)",
         "Pledged deminers / builders: 1,000 / 5,000 (fact box, planned)", "120 days, about four months", "2026",
         "300-meter wall", "Kospi above 4,100 (headline)", "Two more North Korean soldiers cross MDL (headline)",
         "1,475 per dollar", "Share 146", "Comments 9"],
}
OFF = ["011", "012", "013", "014"]
DUP = {"005": "004"}

MUST = [
    ["001-1", "001-4", "11,000 in Kursk (Zelensky) against about 8,000 in Kursk (Blinken, five days earlier), reported together"],
    ["002-1", "003-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
    ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), the same day"],
    ["004-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
]
MAY = [
    ["008-3", "008-4", "about 15,000 in total against some 3,000 reinforcements: a part (an additional force) of the whole"],
    ["002-1", "004-3", "about 1,100 casualties (NIS, Dec 19) against about 3,000 (NIS, Jan 13): weeks apart, the count rose"],
    ["002-1", "006-1", "about 1,100 casualties (NIS, Dec 19) against nearly 4,000 (Zelensky, Jan 17): weeks apart"],
    ["003-2", "004-3", "about 1,100 casualties (JCS, Dec 23) against about 3,000 (NIS, Jan 13): weeks apart, the count rose"],
    ["003-2", "006-1", "about 1,100 casualties (JCS, Dec 23) against nearly 4,000 (Zelensky, Jan 17): weeks apart"],
    ["002-3", "004-2", "close to 1,000 wounded (Dec 19) against 2,700 wounded (Jan 13): weeks apart, the count rose"],
    ["002-3", "006-3", "close to 1,000 wounded (Dec 19) against about 2,700 wounded (restated Jan 17): weeks apart"],
]

if __name__ == "__main__":
    goldlib.write(
        "Gold labels for the blind232 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
        A, NOT, OFF, DUP, {"must": MUST, "may": MAY},
    )
