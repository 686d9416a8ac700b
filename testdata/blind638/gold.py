#!/usr/bin/env python3
"""Gold labels for testdata/blind638 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("blind638: 15 articles written for crosscheck in our own words about the real story's known "
         "reporting (October 2024 - December 2025); labels follow testdata/corpus/README.md.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
HUR = ["Defence Intelligence", "HUR", "Ukraine"]
UKDI = ["Defence Intelligence", "Britain", "UK", "British Defence Intelligence", "Ministry of Defence"]

A = {
 "000": [
  ("troops", NK, 12000, None, "about", NIS, "a deployment the National Intelligence Service (NIS) estimates at around 12,000 troops", False),
  ("troops", NK, 1500, None, "about", NIS, "some 1,500 special operations forces were carried from the North's eastern port areas", False),
 ],
 "001": [
  ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Pentagon", "Department of Defense", "United States", "US"],
   "North Korea has sent around 10,000 soldiers in total to train in eastern Russia", False),
  ("troops", NK, 2000, 5000, "vague", ["Sabrina Singh", "Pentagon", "United States"],
   "it's a few thousand of them at this point", True),
 ],
 "002": [
  ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "eleven thousand soldiers from North Korea are now in Russia's Kursk Oblast", False),
  ("troops", NK, 500, None, "about", ["Kyrylo Budanov", "Budanov", "HUR", "Defence Intelligence", "Ukraine"],
   "the force included about 500 officers", False),
 ],
 "004": [
  ("casualties", NK, 1100, None, "about", JCS,
   "North Korea has suffered an estimated 1,100 casualties among the troops it sent to fight Ukrainian forces", False),
  ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"], "at least 100 North Korean soldiers had been killed", False),
  ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"], "around 1,000 injured", False),
  ("troops", NK, 11000, None, "about", NIS, "Troops sent: about 11,000 (NIS, November)", False),
 ],
 "005": [
  ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region", False),
  ("casualties", NK, 200, None, "at_least", HUR,
   "North Korean units lost at least 200 soldiers killed and wounded over the past three days alone", False),
  ("troops", NK, 12000, None, "up_to", HUR, "up to 12,000 North Korean troops are now deployed in the Kursk region", False),
 ],
 "007": [
  ("killed", NK, 300, None, "about", NIS + ["Lee Seong Kweun"],
   "About 300 North Korean soldiers dispatched to Russia have been killed", False),
  ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong Kweun"], "some 2,700 others wounded", False),
  ("captured", NK, 2, None, "exact", ["Ukraine", "Zelensky", "National Intelligence Service", "NIS", "South Korea"],
   "it had captured two North Korean soldiers", False),
 ],
 "008": [
  ("troops", NK, 3000, None, "about", JCS, "some three thousand additional troops to Russia", False),
  ("troops", NK, 11000, None, "about", ["unattributed", "Joint Chiefs of Staff", "JCS"],
   "Pyongyang first sent roughly 11,000 soldiers to Russia last fall", False),
  ("troops", NK, 14000, None, "about", JCS, "bring the total Pyongyang has sent to around 14,000", False),
  ("casualties", NK, 4000, None, "about", JCS, "had suffered around 4,000 casualties so far", False),
 ],
 "009": [
  ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
   "the Ukrainian armed forces lost more than 76,000 servicemen", False),
 ],
 "011": [
  ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"], "have suffered about 4,700 casualties", False),
  ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"], "including roughly 600 deaths", False),
  ("troops", NK, 3000, None, "about", NIS, "some 3,000 additional troops in January and February", False),
  ("casualties", NK, 6000, None, "more_than", UKDI, "North Korea had taken more than 6,000 casualties", False),
  ("troops", NK, 11000, None, "about", UKDI, "the roughly 11,000 troops originally sent to Kursk", False),
 ],
 "014": [
  ("troops", NK, 10000, 12000, "range", ["US and South Korean officials", "United States", "US", "South Korea"],
   "between 10,000 and 12,000 troops had been sent", False),
  ("troops", NK, 14000, None, "about", ["South Korea's military", "South Korea", "Joint Chiefs of Staff", "JCS"],
   "taking the estimated total to about 14,000", False),
  ("killed", NK, 2000, None, "about", NIS, "roughly 2,000 North Korean soldiers have been killed", False),
  ("killed", NK, 200, 900, "vague", ["Ukrainian officials", "Ukraine"],
   "hundreds were killed as units advanced in close formation", True),
  ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
   "Two soldiers captured by Ukraine in January are still held in Kyiv", False),
 ],
}

NOT = {
 "000": ["preparing to send 10,000 troops to Russia", "four Russian navy landing and escort ships",
         "between Oct. 8 and 13", "11th Corps", "four brigades", "more than 13,000 containers",
         "up 7.5 pct", "60 meters each", "1,368.9 per dollar", "over 1 million copies"],
 "001": ["about 100 U.S. soldiers", "$425 million", "155 mm artillery rounds", "about 28,500 service members"],
 "002": ["up to 15,000 more soldiers", "around 800 square kilometres", "3 people injured",
         "47 of 70 Russian drones", "€1.9 billion", "6 August"],
 "004": ["240mm multiple rocket launchers", "170mm self-propelled guns", "about $2,000 a month per soldier",
         "1,450 per dollar", "3 of 4 Koreans", "10% of overseas staff"],
 "005": ["12 pieces of Russian equipment", "777,180"],
 "007": ["a 26-year-old", "a 20-year-old", "born in 2005", "1st in 2025"],
 "008": ["177 drones", "74 of the 177 drones", "another 90", "up to $500 billion", "30,000-strong reassurance force"],
 "009": ["1,000 deminers and 5,000 military builders", "1,000 sappers", "6,000 military builders and deminers",
         "more than 1,000 homes", "Article 4", "June 19, 2024"],
 "011": ["240mm multiple rocket launchers", "170mm self-propelled guns", "250,000 mourners", "169 seats", "$1"],
 "014": ["1,000 deminers and 5,000 military builders", "10 of the soldiers", "about $20bn",
         "60,000 reservists", "7 dead"],
}

OFF = ["003", "006", "010", "013"]
DUP = {"012": "007"}

must = [
 ["004-1", "005-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded "
  "(Zelensky, Dec 23): the same week, articles three days apart"],
 ["011-1", "011-4", "about 4,700 casualties (NIS) against more than 6,000 (British Defence Intelligence), "
  "the same week, in one article"],
]

# Whole-force troop figures, with when they were given; pairs of these that disagree are defensible
# either way (a planned total against the number sent so far, revisions weeks or months apart,
# a total that counts the reinforcements against the first wave).
troops = {"000-1": "12,000 (NIS, Oct 2024, the whole deployment)", "001-1": "10,000 (Pentagon, Oct 2024)",
          "002-1": "11,000 in Kursk (Zelensky, Nov 2024)", "004-4": "11,000 (NIS, Nov 2024)",
          "005-3": "up to 12,000 (HUR, Dec 2024)", "008-2": "14,000 with the reinforcements (JCS, Feb 2025)",
          "008-3": "11,000 first sent (Feb 2025, of last fall)", "011-4": "11,000 originally sent (UK, Apr 2025)",
          "014-1": "10,000-12,000 (late 2024, told in Sep 2025)", "014-2": "14,000 with the reinforcements (Sep 2025)"}
incompatible = [("000-1", "001-1"), ("000-1", "002-1"), ("000-1", "004-4"), ("000-1", "008-2"), ("000-1", "008-3"),
                ("000-1", "011-4"), ("000-1", "014-2"),
                ("001-1", "002-1"), ("001-1", "004-4"), ("001-1", "008-2"), ("001-1", "008-3"), ("001-1", "011-4"),
                ("001-1", "014-2"),
                ("002-1", "008-2"), ("002-1", "014-2"), ("004-4", "008-2"), ("004-4", "014-2"),
                ("005-3", "008-2"), ("005-3", "014-2"),
                ("008-2", "008-3"), ("008-2", "011-4"), ("008-2", "014-1"),
                ("008-3", "014-2"), ("011-4", "014-2"), ("014-1", "014-2")]
may = [[a, b, "%s against %s: different moments or a total with the reinforcements" % (troops[a], troops[b])]
       for a, b in incompatible]
# the additional ~3,000 (Jan-Feb 2025) against whole-force figures it does not satisfy
for add in ("008-1", "011-3"):
    for w in ("000-1", "001-1", "002-1", "004-4", "008-2", "008-3", "011-4", "014-1", "014-2"):
        may.append([add, w, "an additional 3,000 against the whole force, %s" % troops[w]])
may += [
 ["004-1", "008-4", "1,100 casualties (Dec 2024) against 4,000 (Feb 2025): the same JCS count two months on"],
 ["004-1", "011-1", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025): months apart"],
 ["004-1", "011-4", "1,100 casualties (Dec 2024) against more than 6,000 (Apr 2025): months apart"],
 ["008-4", "011-1", "4,000 casualties (Feb 2025) against 4,700 (Apr 2025): two months apart"],
 ["008-4", "011-4", "4,000 casualties (Feb 2025) against more than 6,000 (Apr 2025): two months apart"],
 ["007-1", "011-2", "300 killed (Jan 2025) against 600 (Apr 2025): the NIS count months later"],
 ["007-1", "014-3", "300 killed (Jan 2025) against 2,000 (Sep 2025): months apart"],
 ["011-2", "014-3", "600 killed (Apr 2025) against 2,000 (Sep 2025): months apart"],
]
# Not a conflict at all: 004-3 (about 1,000 wounded, NIS, Dec 2024) and 007-2 (about 2,700 wounded,
# the same agency three weeks later, told as a rise since its December estimate) - an update.

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
