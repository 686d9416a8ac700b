#!/usr/bin/env python3
"""Gold labels for testdata/blind665 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "Lee Seong-kweun", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "Seoul's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
 "000": [
  ("troops", NK, 1500, None, "about", NIS,
   "North Korea has already shipped some 1,500 special operations forces soldiers to Russia's Far East", False),
  ("troops", NK, 2000, None, "less_than", ["senior government official", "government official", "South Korea", "Seoul"],
   "the first contingent numbered \"fewer than 2,000\"", False),
 ],
 "001": [
  ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "U.S.", "US"],
   "About 8,000 North Korean soldiers have been moved to Russia's western Kursk region", False),
  ("troops", NK, 10000, None, "about", ["Pentagon", "United States", "U.S.", "US"],
   "Of the roughly 10,000 North Korean soldiers the United States believes have been sent to Russia in total", False),
 ],
 "002": [
  ("troops", NK, 10000, None, "more_than", ["US State Department", "State Department", "United States", "US"],
   "More than 10,000 North Korean soldiers who were sent to eastern Russia have moved west", False),
  ("troops", NK, 11000, None, "exact", ZEL,
   "eleven thousand North Koreans were now in Kursk", False),
  ("troops", NK, 12000, None, "up_to", ["Western officials", "Western officials briefed on the intelligence"],
   "up to 12,000 may already be on Russian soil", False),
  ("troops", "russia", 50000, None, "about", ["Ukrainian and American officials", "Ukrainian officials", "American officials", "Ukraine", "United States", "US"],
   "a force of about 50,000 Russian troops that Moscow has massed in Kursk", False),
 ],
 "004": [
  ("casualties", NK, 1100, None, "about", JCS,
   "about 1,100 North Korean troops were killed or wounded", False),
  ("killed", NK, 100, None, "at_least", NIS,
   "at least 100 North Korean soldiers had been killed in action", False),
  ("wounded", NK, 1000, None, "about", NIS,
   "nearly 1,000 injured", False),
  ("troops", NK, 11000, None, "about", ["Seoul", "South Korea", "Joint Chiefs of Staff", "JCS"],
   "which Seoul has put at around 11,000", False),
  ("casualties", NK, 200, 999, "vague", ["US official", "United States", "US"],
   "the North Koreans had suffered casualties \"in the hundreds,\"", True),
 ],
 "005": [
  ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
   "more than three thousand North Korean soldiers have been killed or wounded", False),
  ("casualties", NK, 200, 999, "vague", ["Special Operations Forces", "Ukraine's Special Operations Forces", "Ukraine"],
   "put hundreds of North Korean soldiers out of action", True),
 ],
 "006": [
  ("killed", NK, 300, None, "about", NIS,
   "about 300 North Korean soldiers have been killed", False),
  ("wounded", NK, 2700, None, "about", NIS,
   "have been killed and 2,700 wounded fighting for Russia", False),
  ("killed", NK, 1000, None, "more_than", ["HUR", "Ukraine's military intelligence agency", "military intelligence", "an official at the agency", "Ukraine", "Kyiv"],
   "\"well over a thousand\" North Koreans had been killed since they joined the fighting in December", False),
  ("captured", NK, 2, None, "exact", ZEL,
   "Ukrainian forces captured two North Korean soldiers in the Kursk region last week", False),
 ],
 "007": [
  ("troops", NK, 3000, None, "about", JCS,
   "about 3,000 additional troops to Russia in January and February", False),
  ("casualties", NK, 4000, None, "about", JCS,
   "North Korean casualties had risen to an estimated 4,000", False),
  ("troops", NK, 11000, None, "about", JCS,
   "joining an earlier contingent of some 11,000 that Pyongyang dispatched last fall", False),
  ("casualties", NK, 2000, 9999, "vague", ["Ukrainian officials", "Ukraine"],
   "the North Koreans have lost several thousand killed and wounded", True),
  ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
   "One of the two North Korean soldiers captured by Ukrainian forces in January", False),
 ],
 "008": [
  ("casualties", NK, 4700, None, "about", NIS,
   "Some 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
  ("killed", NK, 600, None, "about", NIS,
   "including roughly 600 deaths", False),
  ("casualties", NK, 4000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
   "up from the roughly 4,000 that the Joint Chiefs of Staff reported in February", False),
  ("troops", NK, 15000, None, "about", NIS,
   "The North has sent a total of around 15,000 soldiers to Russia", False),
 ],
 "009": [
  ("troops", NK, 14000, None, "about", ["unattributed"],
   "Pyongyang is believed to have sent around 14,000 soldiers to Russia since last autumn", False),
 ],
 "010": [
  ("troops", NK, 10000, 12000, "range", ["Western and South Korean officials", "Western officials", "South Korean officials", "South Korea"],
   "between 10,000 and 12,000 had been sent", False),
  ("troops", NK, 2000, 9999, "vague", ["unattributed"],
   "Pyongyang topped that up with thousands more early this year", True),
  ("killed", NK, 2000, None, "about", NIS,
   "it now believes about 2,000 North Korean soldiers have died", False),
  ("killed", NK, 600, None, "about", NIS,
   "the estimated 600 it reported in April", False),
  ("casualties", NK, 6000, None, "more_than", ["Britain's Ministry of Defence", "Ministry of Defence", "UK Ministry of Defence", "Britain", "UK"],
   "North Korea had suffered more than 6,000 casualties in Kursk", False),
  ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
   "Ukraine captures two North Korean soldiers", False),
 ],
}

NOT = {
 "000": ["a total of four brigades, or about 12,000 troops", "more than 13,000 containers of artillery shells",
         "between Oct. 8 and 13", "Won slips to 1,370 per dollar", "4 injured in fire at Incheon warehouse",
         "KOSPI 2,593.82"],
 "001": ["flew for about 86 minutes", "over 7,000 kilometers", "about 200 km west of Okushiri Island",
         "joint drills with 45,000 personnel"],
 "002": ["the four brigades South Korea's spy agency said in October that Pyongyang was preparing to send",
         "about 1,300 square kilometers", "Article 4", "the 1950-53 Korean War"],
 "004": ["KN-23 short-range ballistic missiles", "170-millimeter self-propelled guns",
         "Won falls past 1,450 per dollar", "2 dead, 12 hurt in multi-vehicle crash"],
 "005": ["Russia strikes Kharkiv on Christmas morning: 6 injured", "first batch of 155mm shells",
         "Russia lost 1,500 vehicles near Pokrovsk in a month"],
 "006": ["Russia launched 74 drones", "47 of the drones were shot down", "a man born in 2005",
         "death toll rises to 24"],
 "007": ["about 200 long-range artillery systems", "The 26-year-old rifleman"],
 "008": ["28 trillion won ($20 billion)", "new 5,000-ton destroyer", "Won 1,420.20 per dollar"],
 "009": ["1,000 sappers and 5,000 military construction workers", "send 1,000 deminers",
         "5,000 military builders to restore the destroyed infrastructure",
         "more than 1,000 residential buildings in the Sudzha district"],
 "010": ["1,000 deminers and 5,000 military builders", "Shoigu announces 6,000 builders and deminers will be sent"],
}

OFF = ["003", "011", "012", "013"]
DUP = {"014": "007"}

MAY_WHY = {
 "buildup": "troop totals weeks or months apart while the deployment was still growing",
 "additional": "an additional force of reinforcements against a total",
 "months": "cumulative losses estimated months apart",
 "weeks": "cumulative wounded count from the same agency three weeks apart",
}
may_pairs = [
 # troops: the contingent grew from October 2024 to spring 2025
 ("000-1", "001-1", "buildup"), ("000-1", "001-2", "buildup"), ("000-1", "002-1", "buildup"), ("000-1", "002-2", "buildup"),
 ("000-1", "004-4", "buildup"), ("000-1", "007-3", "buildup"), ("000-1", "008-4", "buildup"), ("000-1", "009-1", "buildup"),
 ("000-1", "010-1", "buildup"), ("000-1", "007-1", "additional"),
 ("000-2", "001-1", "buildup"), ("000-2", "001-2", "buildup"), ("000-2", "002-1", "buildup"), ("000-2", "002-2", "buildup"),
 ("000-2", "004-4", "buildup"), ("000-2", "007-3", "buildup"), ("000-2", "008-4", "buildup"), ("000-2", "009-1", "buildup"),
 ("000-2", "010-1", "buildup"), ("000-2", "007-1", "additional"),
 ("001-1", "002-1", "buildup"), ("001-1", "002-2", "buildup"), ("001-1", "004-4", "buildup"), ("001-1", "007-3", "buildup"),
 ("001-1", "008-4", "buildup"), ("001-1", "009-1", "buildup"), ("001-1", "010-1", "buildup"), ("001-1", "007-1", "additional"),
 ("001-2", "002-1", "buildup"), ("001-2", "002-2", "buildup"), ("001-2", "004-4", "buildup"), ("001-2", "007-3", "buildup"),
 ("001-2", "008-4", "buildup"), ("001-2", "009-1", "buildup"), ("001-2", "007-1", "additional"),
 ("002-1", "007-1", "additional"), ("002-2", "007-1", "additional"), ("002-2", "008-4", "buildup"), ("002-2", "009-1", "buildup"),
 ("002-3", "008-4", "buildup"), ("002-3", "009-1", "buildup"),
 ("004-4", "007-1", "additional"), ("004-4", "008-4", "buildup"), ("004-4", "009-1", "buildup"),
 ("007-1", "007-3", "additional"), ("007-1", "008-4", "additional"), ("007-1", "009-1", "additional"), ("007-1", "010-1", "additional"),
 ("007-3", "008-4", "buildup"), ("007-3", "009-1", "buildup"),
 ("008-4", "009-1", "buildup"), ("008-4", "010-1", "buildup"), ("009-1", "010-1", "buildup"),
 # casualties, months apart
 ("004-1", "007-2", "months"), ("004-1", "008-1", "months"), ("004-1", "008-3", "months"), ("004-1", "010-5", "months"),
 ("007-2", "008-1", "months"), ("007-2", "010-5", "months"), ("008-1", "010-5", "months"), ("008-3", "010-5", "months"),
 # killed, months apart
 ("006-1", "008-2", "months"), ("006-1", "010-3", "months"), ("006-1", "010-4", "months"),
 ("006-3", "008-2", "months"), ("006-3", "010-4", "months"),
 ("008-2", "010-3", "months"),
 # wounded
 ("004-3", "006-2", "weeks"),
]

conflicts = {
 "must": [
  ["004-1", "005-1", "about 1,100 North Korean casualties (South Korea's JCS, 23 Dec 2024) against more than three thousand killed and wounded (Zelensky, same week), reported three days apart"],
  ["006-1", "006-3", "about 300 North Koreans killed (South Korea's NIS) against \"well over a thousand\" killed (Ukraine's HUR), in the same live blog on the same day"],
 ],
 "may": [[a, b, MAY_WHY[w]] for a, b, w in may_pairs],
}

about = ("Gold labels for testdata/blind665 (15 articles written and labelled blind). See testdata/corpus/README.md "
         "for the meaning of every field. Not conflicts by design: 001-1/001-2 (Kursk part of the Russia total), "
         "008-1/008-3 and 010-3/010-4 (a later rise in a cumulative estimate, stated as an update).")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
