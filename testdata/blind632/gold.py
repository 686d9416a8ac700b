#!/usr/bin/env python3
"""Gold labels for testdata/blind632 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind632 articles in articles/, written and labelled blind. "
         "See testdata/corpus/README.md for the meaning of every field and how a system's output is scored.")

NK, RU, UA = "north_korea", "russia", "ukraine"
US = ["Antony Blinken", "Blinken", "State Department", "United States", "U.S."]
PENTAGON = ["Pentagon", "Defense Department", "United States", "U.S."]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskiy", "Volodymyr Zelenskiy", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea"]
NIS_LEE = NIS + ["Lee Seong-kweun"]

A = {
 "000": [
  ("troops", NK, 8000, None, "about", US,
   "About 8,000 North Korean soldiers are now in Russia's Kursk region", False),
  ("troops", NK, 10000, None, "about", PENTAGON,
   "North Korea had sent roughly 10,000 troops to Russia in all", False),
 ],
 "002": [
  ("troops", NK, 11000, None, "exact", ZEL,
   "Eleven thousand North Korean soldiers are already in Russia's Kursk region", False),
  ("troops", NK, 500, None, "about",
   ["Defence Intelligence of Ukraine", "Defence Intelligence", "HUR", "Ukrainian intelligence", "Ukraine"],
   "the contingent that Pyongyang has sent includes about 500 officers", False),
  ("troops", NK, 10000, 12000, "range", NIS,
   "between 10,000 and 12,000 North Korean troops have been sent to Russia in total", False),
 ],
 "003": [
  ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi"],
   "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
  ("casualties", NK, 1100, None, "about", ["joint chiefs of staff", "Joint Chiefs of Staff", "JCS", "South Korea"],
   "roughly 1,100 North Korean soldiers had been killed or wounded", False),
  ("killed", NK, 100, None, "at_least", NIS_LEE,
   "at least 100 North Korean soldiers had been killed", False),
  ("wounded", NK, 1000, None, "about", NIS_LEE,
   "close to 1,000 had been wounded", False),
  ("casualties", UA, 340, None, "up_to", ["Russia's defence ministry", "Russian defence ministry", "defence ministry", "Russia"],
   "Ukraine lost up to 340 servicemen in the Kursk region over the past day", False),
  ("troops", NK, 12000, None, "up_to", ["unattributed"],
   "North Korea is believed to have sent up to 12,000 troops to Russia this autumn", False),
 ],
 "005": [
  ("captured", NK, 2, None, "exact", ZEL,
   "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's Kursk Oblast", False),
  ("casualties", NK, 3800, None, "more_than", ZEL,
   "the number of North Koreans killed and wounded in Kursk had passed 3,800", False),
 ],
 "006": [
  ("killed", NK, 300, None, "about", NIS_LEE,
   "about 300 North Korean soldiers sent to Russia have been killed", False),
  ("wounded", NK, 2700, None, "about", NIS_LEE,
   "Some 2,700 others have been wounded", False),
  ("captured", NK, 2, None, "exact", NIS,
   "Ukraine had taken two North Korean soldiers captive", False),
 ],
 "007": [
  ("troops", NK, 3000, None, "about", NIS,
   "North Korea is estimated to have sent about 3,000 additional soldiers to Russia in January and February", False),
  ("casualties", NK, 4000, None, "about", NIS,
   "North Korean casualties had risen to about 4,000", False),
  ("casualties", NK, 200, 900, "vague", ["Ukraine's special operations forces", "special operations forces", "Ukraine"],
   "hundreds of North Korean soldiers had been killed or wounded", True),
 ],
 "009": [
  ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
   "the Ukrainian side lost more than 76,000 servicemen", False),
 ],
 "010": [
  ("casualties", NK, 4700, None, "about", NIS_LEE,
   "North Korea has suffered about 4,700 casualties among the troops it sent to fight for Russia", False),
  ("killed", NK, 600, None, "about", NIS_LEE,
   "including around 600 deaths", False),
  ("troops", NK, 15000, None, "about", NIS_LEE,
   "the North had dispatched around 15,000 troops to Russia in total", False),
 ],
 "012": [
  ("troops", NK, 11000, None, "about",
   ["Western and South Korean intelligence", "Western intelligence", "South Korean intelligence", "South Korea"],
   "around 11,000 North Korean troops were sent to Russia in the autumn of 2024", False),
  ("troops", NK, 3000, None, "about",
   ["Western and South Korean intelligence", "Western intelligence", "South Korean intelligence", "South Korea"],
   "about three thousand more followed early this year", False),
  ("killed", NK, 600, None, "about", NIS,
   "about 600 North Korean soldiers had died", False),
 ],
 "014": [
  ("killed", NK, 2000, None, "about", NIS,
   "About 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
  ("troops", NK, 1000, None, "about", NIS,
   "Some 1,000 deminers have already arrived in Kursk", False),
  ("troops", NK, 2000, 9999, "vague", NIS,
   "Several thousand North Korean troops are believed to remain in the Kursk region", True),
 ],
}

NOT = {
 "000": ["more than 1,000 square kilometers", "56th annual Security Consultative Meeting",
         "83 Ukrainian drones", "3 killed as guided bombs hit Zaporizhzhia", "Oil prices climb 2%"],
 "002": ["a possible 100,000 over time", "1,270 invaders and 32 artillery systems",
         "36 of 50 Russian drones", "August 6", "Views: 2,315"],
 "003": ["22 of the 38 drones", "another 14 were lost to electronic jamming",
         "power cuts of up to four hours", "2m people expected at UK airports"],
 "005": ["born in 2005", "aged 26", "14,000+ members", "Russia has lost 1,500 troops in Ukraine over past day",
         "Russian strike on Zaporizhzhia kills 13", "Jan. 9"],
 "006": ["108 lawmakers in the 300-seat Assembly", "61 trillion won", "Jan. 9"],
 "007": ["170-mm self-propelled guns", "240-mm multiple rocket launchers"],
 "009": ["over 7,000 pieces of weaponry and military hardware", "more than 400 tanks",
         "115 Ukrainian drones", "August 6, 2024"],
 "010": ["2 ballistic missiles", "1st trilateral air drill"],
 "012": ["6,000 military engineers and builders", "1,000 sappers", "5,000 military construction workers",
         "about 30,000 sq km", "about 1.05 million", "245 km"],
 "014": ["the remaining 5,000 builders", "North Korea Sent 3K More Troops to Russia, Seoul Says",
         "4 Regions Where Russia Is Advancing"],
}

OFF = ["001", "004", "008", "013"]
DUP = {"011": "002"}


def may_all(a, others, why):
    return [[a, b, why] for b in others]


may = [
 ["000-2", "002-1", "roughly 10,000 sent to Russia in all (Pentagon) against 11,000 in Kursk (Zelensky): different scope, four days apart"],
 ["000-1", "012-1", "8,000 in Kursk on 31 October against about 11,000 sent to Russia that autumn, as recalled in June 2025"],
 ["000-2", "012-1", "roughly 10,000 (Pentagon, October 2024) against around 11,000 sent that autumn, recalled in June 2025"],
]
may += may_all("010-3", ["000-1", "000-2", "002-1", "002-3", "003-6", "012-1"],
               "around 15,000 sent in total by April 2025, after reinforcements, against an autumn 2024 figure months earlier")
may += may_all("007-1", ["000-1", "000-2", "002-1", "002-3", "010-3", "012-1", "014-2"],
               "about 3,000 additional soldiers (January-February 2025) against another contingent or total")
may += may_all("012-2", ["000-1", "000-2", "002-1", "002-3", "010-3", "012-1", "014-2"],
               "about three thousand more (early 2025) against another contingent or total")
may += may_all("014-2", ["000-1", "000-2", "002-1", "002-3", "010-3", "012-1"],
               "some 1,000 deminers arrived by September 2025 (a new contingent) against an earlier total")
may += may_all("014-3", ["000-2", "002-1", "002-3", "010-3", "012-1", "014-2"],
               "several thousand still in Kursk in September 2025 (vague) against another figure")
may += may_all("003-2", ["005-2", "007-2", "010-1"],
               "about 1,100 casualties (JCS, 23 December 2024) against a later cumulative figure weeks or months on")
may += [["007-2", "010-1", "about 4,000 casualties in February 2025 against about 4,700 in April 2025 (NIS, cumulative)"]]
may += may_all("007-3", ["003-1", "003-2", "005-2", "007-2", "010-1"],
               "hundreds killed or wounded around two villages (vague, a part) against a total")
may += [
 ["006-1", "010-2", "about 300 killed (January 2025) against about 600 (April 2025), NIS, cumulative"],
 ["006-1", "012-3", "about 300 killed (January 2025) against about 600 (April 2025, recalled in June), NIS"],
 ["006-1", "014-1", "about 300 killed (January 2025) against about 2,000 (September 2025), NIS"],
 ["010-2", "014-1", "about 600 killed (April 2025) against about 2,000 (September 2025), NIS, cumulative"],
 ["012-3", "014-1", "about 600 killed (April 2025) against about 2,000 (September 2025), NIS, cumulative"],
 ["003-5", "009-1", "up to 340 Ukrainian losses in one day (December 2024) against more than 76,000 over the whole operation (April 2025)"],
]

conflicts = {
 "must": [
  ["000-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, 31 October 2024) against 11,000 in Kursk (Zelensky, 4 November 2024)"],
  ["003-1", "003-2", "more than 3,000 North Korean casualties (Zelenskiy) against roughly 1,100 (South Korea's JCS), both on 23 December 2024"],
 ],
 "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
