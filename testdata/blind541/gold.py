#!/usr/bin/env python3
"""Gold labels for testdata/blind541 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind541: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025), labelled blind. Same schema as "
         "testdata/corpus/gold.json; see testdata/corpus/README.md.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]

A = {
 "000": [
  ("troops", NK, 12000, None, "about", NIS,
   "North Korea is sending around 12,000 troops, including special forces, to fight for Russia", False),
  ("troops", NK, 1500, None, "about", NIS,
   "a first contingent of about 1,500 special operations troops", False),
 ],
 "002": [
  ("troops", NK, 11000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "About 11,000 North Korean soldiers are already in Russia's Kursk Oblast", False),
  ("troops", NK, 500, None, "about", ["Kyrylo Budanov", "Budanov", "HUR", "military intelligence", "Ukraine"],
   "Pyongyang sent around 500 officers", False),
 ],
 "003": [
  ("troops", NK, 3000, None, "about", NIS + ["Park Jin-woo"],
   "Some 3,000 North Korean soldiers have been moved to Russia so far", False),
 ],
 "004": [
  ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
   "already passed 3,000 killed and wounded", False),
  ("casualties", NK, 1100, None, "about",
   ["South Korea's joint chiefs of staff", "Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
   "about 1,100 North Korean soldiers had been killed or wounded", False),
  ("casualties", NK, 200, 900, "vague", ["John Kirby", "Kirby", "White House", "United States", "US"],
   "North Korean troops had suffered \"hundreds\" of casualties", True),
  ("troops", NK, 11000, 12000, "range", ["Ukraine", "South Korea", "US", "United States"],
   "Pyongyang has sent between 11,000 and 12,000 soldiers to Russia", False),
 ],
 "005": [
  ("killed", NK, 300, None, "about", NIS + ["Lee Hoon-ki"],
   "About 300 North Korean soldiers have been killed", False),
  ("wounded", NK, 2700, None, "about", NIS + ["Lee Hoon-ki"],
   "some 2,700 wounded", False),
  ("captured", NK, 2, None, "exact", NIS + ["Lee Hoon-ki", "Zelensky", "Ukraine"],
   "two North Korean soldiers had been captured alive by Ukrainian troops", False),
 ],
 "007": [
  ("killed", NK, 1000, None, "more_than",
   ["Andriy Yusov", "Yusov", "Defense Intelligence", "HUR", "military intelligence", "Ukraine"],
   "well over a thousand men killed", False),
  ("killed", NK, 27, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
   "had killed 27 North Korean soldiers in a single engagement", False),
  ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "Ukraine had captured two North Korean soldiers", False),
 ],
 "009": [
  ("casualties", NK, 4700, None, "about", NIS,
   "Roughly 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
  ("killed", NK, 600, None, "about", NIS,
   "including about 600 deaths", False),
  ("troops", NK, 15000, None, "about", NIS,
   "North Korea has sent a total of about 15,000 troops to Russia", False),
  ("troops", NK, 3000, None, "about", NIS,
   "some 3,000 dispatched as reinforcements in January and February", False),
 ],
 "010": [
  ("troops", NK, 10000, 12000, "range", ["Western, Ukrainian and South Korean estimates", "Western", "Ukraine", "South Korea"],
   "put the first wave at between 10,000 and 12,000 soldiers", False),
  ("troops", NK, 2000, 5000, "vague", ["Western, Ukrainian and South Korean estimates", "Western", "Ukraine", "South Korea"],
   "with a few thousand more arriving early this year", True),
  ("casualties", NK, 4700, None, "about", NIS,
   "around 4,700 had been killed or wounded", False),
 ],
 "012": [
  ("killed", NK, 2000, None, "about", NIS + ["Kang Dong-hoon"],
   "About 2,000 North Korean soldiers have died fighting for Russia against Ukraine", False),
  ("troops", NK, 1000, None, "about", NIS + ["Kang Dong-hoon"],
   "the North had also sent about 1,000 military engineers to clear mines in the Kursk region", False),
 ],
 "014": [
  ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea", "DPRK", "Kim Jong Un", "TASS"],
   "Nine servicemen were killed while performing the combat task", False),
 ],
}

NOT = {
 "000": ["four Russian navy landing ships", "three escort vessels", "more than 13,000 containers",
         "about 1.2 million active-duty personnel", "1950-53 Korean War", "24 years",
         "Samsung Electronics third-quarter profit seen down 12%", "150 per dollar"],
 "002": ["more than 7,000 kilometers", "roughly 800 square kilometers", "4 guided bombs, 45 clashes",
         "$425 million aid package", "from $5 a month"],
 "003": ["around 10,000 by December", "about 100 terms", "11th Corps", "6-track solo album",
         "1.2 tril. won"],
 "004": ["52 of 79 Russian drones", "another 24 lost to electronic jamming", "expiring on 1 January",
         "2.5m cars", "Five-year-old girl", "180 countries"],
 "005": ["born in 2005", "aged 26", "joined the army in 2021", "3 in 10 Koreans", "1,470 per dollar"],
 "007": ["in groups of 20 or 30", "74 Drones and 4 Missiles", "€50 Billion", "700-Kilometre", "UAH/USD 42.18"],
 "009": ["about 250 short-range ballistic missiles", "some 220 artillery pieces", "170-millimeter",
         "240-mm multiple rocket launchers", "5,000-ton destroyer", "2.5% in March"],
 "010": ["1,000 sappers", "5,000 military builders", "second trip to Pyongyang in two weeks",
         "19 June 2024", "since 1953", "40°C", "18th sanctions package"],
 "012": ["5,000 military construction workers", "80th anniversary of the end of World War II"],
 "014": ["528th engineer regiment", "120 days", "Article 4", "USD/RUB 79.12", "1.5 mln questions"],
}

OFF = ["001", "008", "011", "013"]
DUP = {"006": "005"}

conflicts = {
 "must": [
  ["004-1", "004-2", "more than 3,000 casualties (Zelenskyy) against about 1,100 (South Korea's JCS), four days apart, in one live blog"],
  ["005-1", "007-1", "about 300 killed (NIS, 13 Jan 2025) against well over a thousand killed (HUR's Yusov, 16 Jan 2025)"],
 ],
 "may": [
  # troops
  ["000-1", "002-1", "about 12,000 (NIS) against about 11,000 (Zelensky), 18 days apart: close estimates"],
  ["003-1", "002-1", "3,000 moved so far (23 Oct) against 11,000 in Kursk (5 Nov): cumulative build-up, different sources"],
  ["003-1", "004-4", "3,000 so far in October against 11,000-12,000 in December: two months apart"],
  ["000-1", "009-3", "12,000 in October against 15,000 in total in April: months apart, includes reinforcements"],
  ["002-1", "009-3", "11,000 in November against 15,000 in total in April: months apart"],
  ["004-4", "009-3", "11,000-12,000 in December against 15,000 in April: months apart"],
  ["003-1", "009-3", "3,000 so far in October against 15,000 in April: months apart"],
  ["000-1", "009-4", "an additional 3,000 reinforcements against the original 12,000"],
  ["002-1", "009-4", "an additional 3,000 reinforcements against 11,000"],
  ["004-4", "009-4", "an additional 3,000 reinforcements against 11,000-12,000"],
  ["000-2", "009-4", "first contingent of 1,500 against 3,000 reinforcements months later"],
  ["009-3", "010-1", "15,000 in total against a first wave of 10,000-12,000"],
  ["003-1", "010-1", "3,000 so far in October 2024 against 10,000-12,000 in June 2025"],
  ["009-4", "010-1", "3,000 reinforcements against a first wave of 10,000-12,000"],
  ["000-1", "012-2", "an additional 1,000 engineers (September 2025) against 12,000 (October 2024)"],
  ["002-1", "012-2", "an additional 1,000 engineers against 11,000, ten months apart"],
  ["004-4", "012-2", "an additional 1,000 engineers against 11,000-12,000"],
  ["009-3", "012-2", "an additional 1,000 engineers against 15,000 in total"],
  ["009-4", "012-2", "1,000 engineers against 3,000 reinforcements"],
  ["010-1", "012-2", "1,000 engineers against a first wave of 10,000-12,000"],
  ["003-1", "012-2", "1,000 engineers against 3,000 so far, eleven months apart"],
  ["000-2", "012-2", "1,000 engineers against a first contingent of 1,500, eleven months apart"],
  ["002-2", "009-4", "500 officers (November) against 3,000 reinforcements (April): different groups, months apart"],
  ["002-2", "012-2", "500 officers (November 2024) against 1,000 engineers (September 2025)"],
  # casualties
  ["004-2", "009-1", "1,100 (December) against 4,700 (April): cumulative rise, months apart"],
  ["004-2", "010-3", "1,100 (December) against 4,700 (June): cumulative rise, months apart"],
  # killed
  ["005-1", "009-2", "300 killed (January) against 600 (April), same agency: cumulative rise, months apart"],
  ["007-1", "009-2", "more than 1,000 killed (January, HUR) against about 600 (April, NIS): months apart"],
  ["005-1", "012-1", "300 killed (January) against 2,000 (September): cumulative rise, months apart"],
  ["009-2", "012-1", "600 killed (April) against 2,000 (September): cumulative rise, months apart"],
 ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
