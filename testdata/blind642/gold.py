#!/usr/bin/env python3
"""Labels for testdata/blind642 (written blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind642, fifteen articles written and labelled blind for crosscheck. "
         "See testdata/corpus/README.md for the meaning of every field and how output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]

A = {
 "000": [
  ("troops", "north_korea", 1500, None, "about", NIS,
   "About 1,500 special forces troops were ferried from the North's east coast to Vladivostok between Oct. 8 and 13", False),
 ],
 "001": [
  ("troops", "north_korea", 10000, None, "about", ["Antony Blinken", "Blinken", "United States", "State Department"],
   "Roughly 10,000 North Korean soldiers are now inside Russia", False),
  ("troops", "north_korea", 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "State Department"],
   "about 8,000 of them have moved into the Kursk region on the border with Ukraine", False),
 ],
 "002": [
  ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "the number of North Korean troops in Russia's Kursk Oblast has already reached 11,000", False),
  ("troops", "russia", 50000, None, "about", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
   "Russia had gathered a force of some 50,000 troops to try to push Ukraine out of Kursk Oblast", False),
  ("troops", "north_korea", 200, 900, "vague", ["Defence Intelligence", "HUR", "Ukraine"],
   "several hundred North Korean military specialists are already working with Russian units", True),
 ],
 "004": [
  ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
   "At least a hundred North Korean soldiers have been killed since their units were sent into battle against Ukrainian forces in Russia's Kursk region", False),
  ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
   "Around 1,000 others are thought to have been wounded", False),
 ],
 "005": [
  ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Syrskyi"],
   "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
  ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
   "North Korean units had suffered around 1,100 casualties, dead and wounded together", False),
  ("troops", "north_korea", 11000, 12000, "range", ["Ukrainian and South Korean estimates", "Ukraine", "South Korea"],
   "North Korea is believed to have sent 11,000-12,000 troops to Russia", False),
 ],
 "006": [
  ("killed", "north_korea", 300, None, "about", NIS_LEE,
   "About 300 North Korean soldiers have been killed", False),
  ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
   "some 2,700 wounded fighting against Ukraine", False),
  ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
   "his forces had captured two North Korean soldiers in Russia's Kursk region", False),
  ("troops", "north_korea", 11000, None, "about", ["unattributed"],
   "Some 11,000 North Korean troops are thought to be deployed in the Kursk region", False),
 ],
 "007": [
  ("troops", "north_korea", 3000, None, "about", NIS,
   "North Korea sent some three thousand more soldiers to Russia in January and February", False),
 ],
 "008": [
  ("casualties", "north_korea", 4700, None, "about", NIS,
   "about 4,700 North Korean soldiers have been killed or wounded while fighting for Russia", False),
  ("killed", "north_korea", 600, None, "about", NIS,
   "including some 600 who died", False),
  ("casualties", "north_korea", 3000, None, "about", NIS,
   "the roughly 3,000 killed and wounded the agency reported in January", False),
 ],
 "010": [
  ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
   "the Ukrainian armed forces, Chief of the General Staff Valery Gerasimov said earlier, lost more than 76,000 servicemen", False),
 ],
 "013": [
  ("troops", "north_korea", 10000, 12000, "range", ["South Korea", "Ukraine", "United States"],
   "Between 10,000 and 12,000 North Korean soldiers arrived in Russia in the autumn of 2024", False),
  ("troops", "north_korea", 3000, None, "about", ["Seoul", "South Korea"],
   "Roughly 3,000 reinforcements followed early in 2025", False),
  ("troops", "north_korea", 2000, 9000, "vague", NIS,
   "Several thousand of them are already at work there", True),
  ("killed", "north_korea", 2000, None, "about", NIS,
   "about 2,000 North Korean soldiers had died in the fighting", False),
  ("casualties", "north_korea", 6000, None, "about", ["British defence intelligence", "Defence Intelligence", "Britain", "UK"],
   "British defence intelligence has put the overall toll of killed and wounded higher, at around 6,000", False),
  ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
   "Ukraine is known to hold two North Korean prisoners", False),
 ],
}

NOT = {
 "000": ["a total of about 12,000 soldiers from four brigades", "Four Russian amphibious landing ships and three escort vessels",
         "preparing to send 10,000 troops", "the 11th Corps", "'hundreds' of trash balloons", "Kospi closes at 2,593.92",
         "past 1 million copies"],
 "001": ["56th Security Consultative Meeting", "about $425 million", "Pentagon: 3K North Korean troops training in Russia's Far East"],
 "002": ["nearly 900 guided aerial bombs", "10 injured, including a child", "31 of 50 Russian drones"],
 "004": ["KN-23 short-range ballistic missiles", "Dec. 3 martial law declaration",
         "after 10,000 N. Korean troops show up in Russia", "past 1,450 to the dollar"],
 "005": ["Two civilians were killed and four injured", "52 of the 72 drones", "20 more were lost to electronic jamming",
         "our 212 partners"],
 "006": ["Nikkei 225 39,190.40", "Kospi 2,489.56", "USD/KRW 1,472.30", "20 and 26 years old", "6.5 trillion won",
         "60 years of ties"],
 "007": ["about 220 170mm self-propelled guns", "240mm multiple rocket launchers", "1,437.85 per dollar", "EU Tariffs of 25%"],
 "008": ["Watch video 1:46", "April 26", "new 5,000-ton destroyer"],
 "010": ["1,000 sappers", "5,000 military builders", "over 7,000 pieces of weaponry and military equipment",
         "more than 100 billion rubles", "second visit to the DPRK in a little over two weeks"],
 "013": ["up to 6,000 more", "as much as $20 billion", "Seoul says 2,000 North Korean soldiers killed fighting for Russia"],
}

OFF = ["003", "009", "011", "014"]
DUP = {"012": "007"}

conflicts = {
 "must": [
  ["001-2", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
  ["005-1", "005-2", "more than 3,000 killed and wounded (Zelensky) against around 1,100 (South Korea's JCS), the same day in one live blog"],
 ],
 "may": [
  # troops: the first batch of 1,500 against later totals (an earlier stage, a part)
  ["000-1", "001-1", "first batch of 1,500 (Oct 18) against roughly 10,000 in Russia two weeks later"],
  ["000-1", "001-2", "first batch of 1,500 against 8,000 in Kursk two weeks later"],
  ["000-1", "002-1", "first batch of 1,500 against 11,000 in Kursk"],
  ["000-1", "005-3", "first batch of 1,500 against 11,000-12,000 sent, two months later"],
  ["000-1", "006-4", "first batch of 1,500 against some 11,000, three months later"],
  ["000-1", "013-1", "first batch of 1,500 against 10,000-12,000 sent in autumn 2024, a year later"],
  ["000-1", "007-1", "two different batches, months apart"],
  ["000-1", "013-2", "two different batches, a year apart"],
  # troops: totals against each other
  ["001-1", "002-1", "roughly 10,000 in all of Russia against 11,000 in Kursk alone, four days later"],
  ["001-1", "005-3", "roughly 10,000 (Oct 31) against 11,000-12,000 (Dec 23), seven weeks apart"],
  ["001-1", "006-4", "roughly 10,000 (Oct 31) against some 11,000 (Jan 13), months apart"],
  ["001-2", "005-3", "8,000 in Kursk (Oct 31) against 11,000-12,000 sent (Dec 23), seven weeks apart"],
  ["001-2", "006-4", "8,000 (Oct 31) against some 11,000 (Jan 13), months apart"],
  ["001-2", "013-1", "8,000 (Oct 2024) against 10,000-12,000, a year apart"],
  # troops: the additional 3,000 against totals
  ["007-1", "001-1", "an additional 3,000 against a total, months apart"],
  ["007-1", "001-2", "an additional 3,000 against a total, months apart"],
  ["007-1", "002-1", "an additional 3,000 against a total, months apart"],
  ["007-1", "005-3", "an additional 3,000 against a total, two months apart"],
  ["007-1", "006-4", "an additional 3,000 against a total, six weeks apart"],
  ["007-1", "013-1", "an additional 3,000 against the first deployment's total"],
  ["013-2", "001-1", "an additional 3,000 against a total, a year apart"],
  ["013-2", "001-2", "an additional 3,000 against a total, a year apart"],
  ["013-2", "002-1", "an additional 3,000 against a total, a year apart"],
  ["013-2", "005-3", "an additional 3,000 against a total, a year apart"],
  ["013-2", "006-4", "an additional 3,000 against a total, eleven months apart"],
  ["013-1", "013-2", "first deployment of 10,000-12,000 against 3,000 reinforcements, one article"],
  # casualties
  ["005-1", "008-3", "more than 3,000 (Dec 23) against roughly 3,000 reported in January"],
  ["005-2", "008-3", "around 1,100 (Dec 23) against roughly 3,000 reported in January"],
  ["005-2", "008-1", "around 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
  ["005-2", "013-5", "around 1,100 (Dec 2024) against around 6,000 (a year later)"],
  ["008-1", "013-5", "about 4,700 (Apr 2025) against around 6,000 (Dec 2025), months apart"],
  ["008-3", "013-5", "roughly 3,000 (Jan 2025) against around 6,000 (Dec 2025)"],
  # killed
  ["006-1", "008-2", "about 300 killed (Jan) against some 600 (Apr), months apart, same agency"],
  ["006-1", "013-4", "about 300 killed (Jan) against about 2,000 (Sep), months apart"],
  ["008-2", "013-4", "some 600 killed (Apr) against about 2,000 (Sep), months apart"],
  # wounded
  ["004-2", "006-2", "around 1,000 wounded (Dec 19) against some 2,700 (Jan 13), same agency a month later"],
 ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
