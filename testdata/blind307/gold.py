#!/usr/bin/env python3
"""Gold labels for blind307 (see ../corpus/README.md). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"]
HUR = ["HUR", "Ukraine's military intelligence", "Ukrainian military intelligence", "military intelligence", "Ukraine"]

A = {
 "000": [
  ("troops", NK, 3000, None, "about", NIS + ["Park Sun Won"],
   "North Korea has so far moved some three thousand soldiers to Russia", False),
 ],
 "002": [
  ("troops", NK, 10000, None, "more_than", ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "US"],
   "the more than 10,000 North Korean soldiers sent to eastern Russia", False),
  ("troops", NK, 12000, None, "up_to", HUR,
   "up to 12,000 are now in Kursk", False),
 ],
 "003": [
  ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
   "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
  ("troops", NK, 11000, 12000, "range", ["Kyiv", "Seoul", "Ukraine", "South Korea"],
   "North Korea has deployed between 11,000 and 12,000 troops", False),
  ("casualties", NK, 30, None, "at_least", HUR,
   "at least 30 North Korean soldiers had been killed or wounded in a single weekend of fighting", False),
 ],
 "004": [
  ("casualties", NK, 1100, None, "about", JCS,
   "North Korean forces have suffered around 1,100 casualties", False),
  ("killed", NK, 100, None, "at_least", NIS_LEE,
   "at least 100 North Korean soldiers had died", False),
  ("wounded", NK, 1000, None, "about", NIS_LEE,
   "roughly 1,000 had been wounded", False),
  ("troops", NK, 11000, None, "about", ["unattributed"],
   "Some 11,000 North Korean soldiers are believed to have been sent to the Kursk front", False),
 ],
 "007": [
  ("killed", NK, 200, 900, "vague", NIS_LEE + ["Seoul"], "hundreds killed", True),
  ("wounded", NK, 2000, 9999, "vague", NIS_LEE + ["Seoul"], "thousands wounded", True),
  ("killed", NK, 300, None, "about", NIS_LEE,
   "Around 300 North Korean soldiers, the National Intelligence Service told lawmakers on Monday, have been killed", False),
  ("wounded", NK, 2700, None, "about", NIS_LEE,
   "some 2,700 wounded", False),
  ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "the two North Korean soldiers captured in Kursk", False),
 ],
 "008": [
  ("troops", NK, 3000, None, "about", JCS,
   "an additional 3,000 or so soldiers to Russia in January and February", False),
  ("troops", NK, 11000, None, "about", JCS,
   "the roughly 11,000 troops Pyongyang sent last fall", False),
  ("troops", NK, 1000, None, "less_than", JCS,
   "fewer than 1,000 had been moved up to the front line", False),
 ],
 "009": [
  ("casualties", NK, 4700, None, "about", NIS,
   "about 4,700 North Korean soldiers had been killed or wounded in the Kursk region", False),
  ("killed", NK, 600, None, "about", NIS,
   "including some 600 who died", False),
  ("wounded", NK, 200, 900, "vague", NIS,
   "hundreds of the wounded had already been sent home for treatment", True),
  ("casualties", NK, 6000, None, "more_than", HUR,
   "North Korean losses had passed 6,000 killed and wounded", False),
 ],
 "011": [
  ("troops", NK, 14000, None, "about", NIS,
   "about 14,000 have been sent in all", False),
  ("troops", NK, 11000, None, "about", NIS,
   "eleven thousand or so last autumn", False),
  ("troops", NK, 3000, None, "at_least", NIS,
   "another 3,000 or more at the start of 2025", False),
  ("troops", NK, 13000, 15000, "range", HUR + ["Kyiv"],
   "between 13,000 and 15,000 North Korean troops have served in the Kursk region", False),
  ("casualties", NK, 2000, 9999, "vague", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
   "put North Korean losses in the thousands", True),
 ],
 "012": [
  ("killed", NK, 2000, None, "about", NIS_LEE,
   "About 2,000 North Korean soldiers are believed to have been killed in the fighting in Russia's Kursk region", False),
  ("captured", NK, 2, None, "exact", ["Ukraine", "Lee Seong-kweun", "NIS", "unattributed"],
   "The two North Korean soldiers captured by Ukraine in January", False),
 ],
 "014": [
  ("killed", NK, 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korea", "Kim Jong Un"],
   "Nine servicemen lost their lives while carrying out the mission", False),
  ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
   "the Ukrainian armed forces had lost more than 76,000 servicemen during the operation there", False),
 ],
}

NOT = {
 "000": ["around 10,000 by December", "aged between 19 and 25", "465-seat lower house",
         "152 per dollar", "Nov. 1"],
 "002": ["155mm artillery ammunition", "as many as 100,000 soldiers", "out to 300 kilometers",
         "the 2,000 Marines on the USS Wasp"],
 "003": ["one interpreter for every 30 soldiers", "captured around 1,300 square kilometers",
         "72 drones, 3 missiles", "more than 15,000 members", "$5 a month", "martial law for 90 days"],
 "004": ["170 mm self-propelled guns", "lasted 6 hours", "rise 1.4% in December", "within 48 hours",
         "Why 2 North Korean soldiers' bodies matter to Seoul", "15-year low"],
 "007": ["aged 26", "the other, 20", "74 drones", "47 were shot down", "death toll rises to 24",
         "Comments (1,284)", "$1 per week"],
 "008": ["about 220 artillery pieces", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
         "a town of about 5,000 people", "Retaken 24 Villages", "$1 = 84.12", "as little as $2"],
 "009": ["about $20 billion", "Nikkei 225 36,045.38", "fall 1.8%", "$912 million battery plant"],
 "011": ["1,000 deminers and 5,000 military builders", "a thousand sappers",
         "five thousand military construction workers", "around $2,000 a month",
         "600mm multiple rocket launcher", "17th package"],
 "012": ["paras 5-7", "the 6,000 sappers and military builders Pyongyang promised to send in June",
         "some 12 million artillery shells", "10,000 flats", "1.3 pct", "2 more concerts"],
 "014": ["the 528th Engineer Regiment", "120 days", "June 19, 2024", "15 settlements over past week"],
}

OFF = ["001", "006", "010", "013"]
DUP = {"005": "003"}

months = "months apart while the deployment grew (reinforcements)"
conflicts = {
 "must": [
  ["003-1", "004-1", "more than 3,000 killed and wounded (Zelensky, Dec 23) against around 1,100 casualties (South Korea's JCS, estimate of the same Monday, reported three days later)"],
  ["009-1", "009-4", "about 4,700 killed and wounded (NIS) against more than 6,000 (Ukraine's HUR), a day apart, in one article"],
 ],
 "may": [
  ["000-1", "002-1", "about 3,000 so far (Oct 23) against more than 10,000 three weeks later; the deployment was still under way"],
  ["000-1", "003-2", "about 3,000 in October against 11,000-12,000 two months later"],
  ["000-1", "004-4", "about 3,000 in October against some 11,000 two months later"],
  ["000-1", "008-2", "about 3,000 in October against 11,000 sent over the whole autumn, reported in March"],
  ["000-1", "011-1", "about 3,000 in October against about 14,000 in all, June 2025"],
  ["000-1", "011-2", "about 3,000 in October against eleven thousand over the whole autumn, reported in June"],
  ["000-1", "011-4", "about 3,000 in October against 13,000-15,000 in all, June 2025"],
  ["002-2", "011-1", "up to 12,000 (Nov 2024) against about 14,000 in all (Jun 2025): " + months],
  ["002-2", "011-4", "up to 12,000 (Nov 2024) against 13,000-15,000 (Jun 2025): " + months],
  ["008-1", "002-1", "an additional 3,000 against more than 10,000"],
  ["008-1", "003-2", "an additional 3,000 against 11,000-12,000"],
  ["008-1", "004-4", "an additional 3,000 against some 11,000"],
  ["008-1", "008-2", "an additional 3,000 on top of the roughly 11,000"],
  ["008-1", "011-2", "an additional 3,000 against eleven thousand last autumn"],
  ["008-1", "011-4", "an additional 3,000 against 13,000-15,000 in all"],
  ["011-1", "003-2", "about 14,000 in all (Jun 2025) against 11,000-12,000 (Dec 2024): " + months],
  ["011-1", "004-4", "about 14,000 in all (Jun 2025) against some 11,000 (Dec 2024): " + months],
  ["011-1", "008-2", "about 14,000 in all (Jun) against 11,000 sent last fall (Mar), which excludes the reinforcements"],
  ["011-4", "003-2", "13,000-15,000 (Jun 2025) against 11,000-12,000 (Dec 2024): " + months],
  ["011-4", "004-4", "13,000-15,000 (Jun 2025) against some 11,000 (Dec 2024): " + months],
  ["011-4", "008-2", "13,000-15,000 in all (Jun) against 11,000 sent last fall (Mar)"],
  ["004-1", "009-1", "around 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): a cumulative count four months later"],
  ["004-1", "009-4", "around 1,100 casualties (Dec 2024) against more than 6,000 (Apr 2025): four months apart"],
  ["004-1", "011-5", "around 1,100 casualties (Dec 2024) against losses in the thousands (Jun 2025)"],
  ["007-3", "009-2", "about 300 killed (NIS, Jan) against some 600 (NIS, Apr): the same agency's cumulative count months later"],
  ["007-3", "012-1", "about 300 killed (Jan) against about 2,000 (Sep): cumulative, months apart"],
  ["009-2", "012-1", "some 600 killed (Apr) against about 2,000 (Sep): cumulative, months apart, now counting deaths from wounds"],
  ["007-1", "012-1", "hundreds killed (Jan) against about 2,000 (Sep): cumulative, months apart"],
 ],
}

about = ("Gold labels for blind307: fifteen articles written and labelled blind for crosscheck, "
         "in the format of testdata/corpus (see its README.md for every field and how output is scored).")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
