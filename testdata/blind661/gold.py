#!/usr/bin/env python3
"""Gold labels for testdata/blind661 (written blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind661: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025). See testdata/corpus/README.md for the "
         "meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine"]
UNATTR = ["unattributed"]

A = {
 "000": [
  ("troops", NK, 12000, None, "about", NIS,
   "some 12,000 soldiers in all", False),
  ("troops", NK, 1500, None, "about", NIS,
   "Russian navy ships carried about 1,500 special forces troops", False),
 ],
 "001": [
  ("troops", NK, 11000, None, "exact", ZEL,
   "there are currently eleven thousand North Korean soldiers in Russia's Kursk Oblast", False),
  ("troops", NK, 7000, None, "more_than", ["Defence Intelligence", "HUR", "Ukraine", "Ukrainian intelligence"],
   "Russia had already moved over 7,000 North Korean soldiers to areas close to the Ukrainian border", False),
 ],
 "002": [
  ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "US"],
   "Some 8,000 North Korean soldiers have moved to Russia's Kursk region", False),
  ("troops", NK, 10000, None, "about", ["Pentagon", "Pat Ryder", "Ryder", "United States", "US"],
   "about 10,000 North Korean troops have been sent to eastern Russia for training", False),
  ("troops", NK, 10000, 12000, "range", ["Kim Yong-hyun", "South Korea", "Seoul", "defense ministry", "South Korean officials"],
   "between 10,000 and 12,000", False),
 ],
 "003": [
  ("casualties", NK, 3000, None, "more_than", ZEL,
   "the number of North Korean soldiers killed and wounded in the Kursk region already exceeds 3,000", False),
  ("casualties", NK, 1100, None, "about", JCS,
   "it judged the North Koreans had suffered about 1,100 casualties", False),
  ("casualties", NK, 24, 99, "vague", ["special operations forces", "Ukraine", "Ukraine's special operations forces"],
   "dozens of North Korean soldiers were killed or wounded", True),
 ],
 "005": [
  ("captured", NK, 2, None, "exact", ZEL,
   "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's Kursk Oblast", False),
  ("troops", NK, 11000, None, "about", UNATTR,
   "Pyongyang sent roughly 11,000 soldiers to Russia late last year", False),
  ("casualties", RU, 38000, None, "about", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
   "Russia had lost around 38,000 troops killed and wounded in the Kursk region", False),
 ],
 "006": [
  ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
   "About 300 North Korean soldiers have been killed", False),
  ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
   "some 2,700 wounded", False),
  ("casualties", NK, 3000, None, "about", ["Lee Seong-kweun"] + NIS,
   "they put the North's casualties at roughly 3,000", False),
  ("captured", NK, 2, None, "exact", NIS,
   "two North Korean soldiers taken alive by Ukrainian troops on Jan. 9", False),
 ],
 "007": [
  ("troops", NK, 3000, None, "about", JCS,
   "North Korea has sent some three thousand more soldiers to Russia since the start of the year", False),
  ("troops", NK, 11000, None, "about", ["South Korea", "South Korean estimate", "Seoul"],
   "about 11,000 troops sent to Russia (South Korean estimate)", False),
  ("casualties", NK, 3000, None, "about", NIS,
   "Casualties by mid-January: about 3,000", False),
  ("killed", NK, 300, None, "about", NIS,
   "including some 300 dead (National Intelligence Service)", False),
  ("captured", NK, 2, None, "exact", UNATTR,
   "Prisoners held by Ukraine: 2", False),
 ],
 "008": [
  ("killed", NK, 600, None, "about", NIS,
   "around 600 North Korean soldiers had been killed fighting for Russia", False),
  ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
   "the North has suffered about 4,700 casualties", False),
  ("troops", NK, 15000, None, "about", NIS,
   "Pyongyang had dispatched around 15,000 troops to Russia in total", False),
  ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia", "Russian General Staff"],
   "Ukraine had lost more than 76,000 soldiers there since August", False),
 ],
 "009": [],
 "011": [
  ("troops", NK, 13000, 15000, "range", UNATTR,
   "between 13,000 and 15,000 North Korean soldiers are believed to have been sent to Russia since October 2024", False),
  ("killed", NK, 2000, None, "about", NIS,
   "it believed about 2,000 North Korean soldiers had been killed", False),
  ("wounded", NK, 200, 900, "vague", ["South Korean lawmakers", "NIS", "National Intelligence Service", "South Korea"],
   "Hundreds of wounded soldiers have been brought home for treatment", True),
  ("captured", NK, 2, None, "exact", UNATTR,
   "The two North Korean soldiers captured by Ukraine in January 2025", False),
  ("troops", NK, 2000, 5000, "vague", ["Seoul-based analyst", "analyst"],
   "They have a few thousand men who have seen a modern war close up", True),
 ],
}

NOT = {
 "000": ["four Russian landing ships and three escort vessels", "between Oct. 8 and 13",
         "preparing to send 10,000 personnel, including workers and soldiers",
         "1.4 million young people volunteered for army", "60-meter stretches", "2,593.82", "1,375.0"],
 "001": ["at least 28 military aircraft", "96 drones overnight: 64 shot down",
         "142 combat clashes in a day", "another 1,180 soldiers and 17 artillery systems"],
 "002": ["$425 million security package", "155mm artillery rounds", "2+2"],
 "003": ["37 of the 59 drones", "240mm rocket launchers", "170mm self-propelled guns",
         "2.1 million expected", "40 Russian drones downed in single night", "Comments (1,284)"],
 "005": ["born in 2005", "since 2021", "13 killed, over 100 injured", "$5 a month"],
 "006": ["fall 1.04%", "cut 10,000 conscripts' unit assignments to 18-month cycle"],
 "007": ["170-millimeter self-propelled guns", "240-mm multiple rocket launchers", "down 1.2% at 37,256"],
 "008": ["Article 4", "within 36 hours"],
 "009": ["1,000 sappers", "5,000 military builders", "a thousand sappers", "five thousand military builders",
         "more than 100 settlements", "December 4, 2024"],
 "011": ["1,000 sappers and 5,000 military construction workers", "653 drones and 51 missiles",
         "since 1953", "0.6% growth"],
}

OFF = ["004", "010", "013", "014"]
DUP = {"012": "008"}

conflicts = {
 "must": [
  ["001-1", "002-1", "11,000 North Korean troops in Kursk (Zelensky, Nov 4) against about 8,000 in Kursk (Blinken, Oct 31), four days apart"],
  ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), the same day in one live blog"],
 ],
 "may": [
  ["000-1", "001-1", "12,000 committed in all (NIS, Oct 18) against 11,000 in Kursk (Zelensky, Nov 4): a part that may fit the whole"],
  ["000-1", "002-2", "12,000 committed (NIS) against about 10,000 already in Russia (Pentagon) two weeks later"],
  ["001-1", "002-2", "11,000 in Kursk against about 10,000 in all of Russia: different scopes, days apart"],
  ["005-2", "002-1", "11,000 sent to Russia against 8,000 in Kursk, two months apart and different scopes"],
  ["005-2", "002-2", "11,000 against about 10,000, two months apart"],
  ["005-2", "000-1", "11,000 against 12,000 committed, nearly three months apart"],
  ["007-2", "002-1", "11,000 (Oct-Dec estimate, reported Feb) against 8,000 in Kursk, months apart"],
  ["007-2", "002-2", "11,000 against about 10,000, months apart"],
  ["007-2", "000-1", "11,000 against 12,000 committed, months apart"],
  ["007-1", "005-2", "an additional 3,000 against the original 11,000"],
  ["007-1", "007-2", "an additional 3,000 against the original 11,000 in the same fact box"],
  ["007-1", "001-1", "an additional 3,000 against 11,000 in Kursk"],
  ["008-3", "000-1", "15,000 in total including reinforcements against 12,000, six months apart"],
  ["008-3", "001-1", "15,000 in total against 11,000, months apart"],
  ["008-3", "002-1", "15,000 in total against 8,000 in Kursk, months apart"],
  ["008-3", "002-2", "15,000 against about 10,000, months apart"],
  ["008-3", "002-3", "15,000 against 10,000-12,000, months apart"],
  ["008-3", "005-2", "15,000 including reinforcements against 11,000, months apart"],
  ["008-3", "007-2", "15,000 including reinforcements against 11,000 in the first wave"],
  ["008-3", "007-1", "15,000 in total against an additional 3,000"],
  ["011-1", "000-1", "13,000-15,000 in total against 12,000, a year apart"],
  ["011-1", "001-1", "13,000-15,000 against 11,000, a year apart"],
  ["011-1", "002-1", "13,000-15,000 against 8,000 in Kursk, a year apart"],
  ["011-1", "002-2", "13,000-15,000 against about 10,000, a year apart"],
  ["011-1", "002-3", "13,000-15,000 against 10,000-12,000, a year apart"],
  ["011-1", "005-2", "13,000-15,000 against 11,000, months apart"],
  ["011-1", "007-2", "13,000-15,000 against 11,000 in the first wave"],
  ["011-1", "007-1", "13,000-15,000 in total against an additional 3,000"],
  ["006-3", "003-1", "roughly 3,000 (NIS, Jan 13) against more than 3,000 (Zelensky, Dec 23): a bound nearly met, three weeks apart"],
  ["007-3", "003-1", "about 3,000 by mid-January against more than 3,000 in December"],
  ["007-3", "003-2", "about 3,000 by mid-January against about 1,100 in December: a cumulative rise, two months apart"],
  ["008-2", "003-1", "4,700 casualties (April) against more than 3,000 (December), months apart"],
  ["008-2", "003-2", "4,700 casualties (April) against about 1,100 (December), months apart"],
  ["008-2", "006-3", "4,700 (April) against roughly 3,000 (January), a cumulative rise"],
  ["008-2", "007-3", "4,700 (April) against about 3,000 by mid-January, a cumulative rise"],
  ["008-1", "006-1", "600 killed (April) against about 300 (January), a cumulative rise"],
  ["008-1", "007-4", "600 killed (April) against some 300 (mid-January), a cumulative rise"],
  ["011-2", "006-1", "about 2,000 killed (September) against about 300 (January)"],
  ["011-2", "007-4", "about 2,000 killed against some 300 (mid-January)"],
  ["011-2", "008-1", "about 2,000 killed (September) against around 600 (April)"],
  ["011-3", "006-2", "hundreds of wounded brought home against 2,700 wounded: a part, months apart"],
 ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
