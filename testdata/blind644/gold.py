#!/usr/bin/env python3
"""Gold labels for blind644 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind644/articles: fifteen articles written for crosscheck, "
         "labelled blind. Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea"]

A = {
 "000": [
  ("troops", NK, 1500, None, "about", NIS,
   "North Korea has moved about 1,500 special operations troops to Russia's Far East", False),
 ],
 "001": [
  ("troops", NK, 11000, None, "about",
   ["Kyrylo Budanov", "Budanov", "Defense Intelligence of Ukraine", "HUR", "Ukraine's military intelligence", "Ukraine"],
   "Some eleven thousand North Korean soldiers are already on Russian soil", False),
  ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
   "around 3,000 North Korean troops had been moved to Russia so far", False),
  ("troops", NK, 3000, None, "at_least",
   ["John Kirby", "Kirby", "White House", "National Security Council", "United States", "U.S.", "Washington"],
   "at least 3,000 soldiers traveled by ship from the North's east coast to Vladivostok", False),
 ],
 "003": [
  ("troops", NK, 10000, None, "about",
   ["Pentagon", "Department of Defense", "Sabrina Singh", "Singh", "United States", "U.S."],
   "Roughly 10,000 North Korean soldiers are now inside Russia", False),
  ("troops", NK, 8000, None, "about",
   ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "U.S."],
   "about 8,000 of them have been moved toward Kursk", False),
  ("troops", NK, 11000, None, "exact",
   ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine", "Kyiv"],
   "the number of North Korean troops already in Kursk had reached 11,000", False),
 ],
 "004": [
  ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
   "At least 100 North Korean soldiers have been killed", False),
  ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
   "close to 1,000 others wounded", False),
  ("casualties", NK, 1100, None, "about", ["Lee Seong-kweun"] + NIS,
   "the North's losses at roughly 1,100 so far", False),
  ("troops", NK, 11000, None, "about", NIS + ["Lee Seong-kweun"],
   "the some 11,000 soldiers it had already dispatched", False),
  ("casualties", NK, 200, 900, "vague",
   ["John Kirby", "Kirby", "White House", "Washington", "United States", "U.S."],
   "the North's troops had suffered several hundred casualties", True),
  ("casualties", NK, 30, None, "at_least",
   ["Ukraine's military intelligence", "HUR", "Defense Intelligence of Ukraine", "Ukraine"],
   "at least 30 North Korean soldiers were killed or wounded in fighting near three villages in Kursk", False),
 ],
 "005": [
  ("casualties", NK, 3000, None, "more_than",
   ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
   "Over three thousand North Korean servicemen have been killed or wounded in Russia's Kursk Oblast", False),
  ("killed", NK, 100, None, "at_least", NIS,
   "at least 100 North Korean soldiers had been killed", False),
  ("wounded", NK, 1000, None, "about", NIS,
   "about 1,000 wounded in Kursk Oblast", False),
  ("killed", NK, 50, None, "exact",
   ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
   "its units had killed 50 North Korean soldiers", False),
  ("wounded", NK, 47, None, "exact",
   ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
   "wounded 47 during a two-day battle", False),
 ],
 "007": [
  ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
   "Around 300 North Korean soldiers have been killed", False),
  ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
   "2,700 others wounded while fighting for Russia against Ukraine", False),
  ("casualties", NK, 3000, None, "about", ["Lee Seong-kweun"] + NIS,
   "the North's losses have climbed to some three thousand", False),
  ("captured", NK, 2, None, "exact", NIS + ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
   "two North Korean soldiers were taken prisoner by Ukrainian forces in the Kursk region", False),
 ],
 "009": [
  ("troops", NK, 11000, 12000, "range",
   ["Ukrainian, South Korean and US intelligence", "US intelligence", "Ukraine", "South Korea", "United States"],
   "The first contingent, which arrived in the autumn, numbered between 11,000 and 12,000", False),
  ("troops", NK, 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
   "Pyongyang had sent roughly 3,000 more soldiers in January and February", False),
  ("troops", NK, 14000, None, "about", ["unattributed", "Kyiv Post"],
   "the total comes to roughly 14,000", False),
  ("casualties", NK, 4000, None, "more_than",
   ["HUR", "Ukraine's military intelligence", "Defense Intelligence of Ukraine", "Ukraine"],
   "North Korean losses had passed 4,000 killed and wounded", False),
  ("casualties", NK, 3000, None, "about", NIS,
   "put the figure at about 3,000", False),
  ("captured", NK, 2, None, "exact", ["unattributed", "SBU", "Security Service of Ukraine", "Ukraine"],
   "The two soldiers captured in January", False),
 ],
 "010": [
  ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
   "about 600 North Korean soldiers have been killed in the fighting in Russia's Kursk region", False),
  ("casualties", NK, 4700, None, "about", ["Lee Seong-kweun"] + NIS,
   "overall estimate of North Korean casualties now stood at around 4,700", False),
  ("troops", NK, 15000, None, "about", ["Lee Seong-kweun"] + NIS,
   "the North had sent a total of about 15,000 troops since last autumn", False),
  ("troops", NK, 11000, 12000, "range", ["Western officials"],
   "the first deployment, last autumn, numbered 11,000 to 12,000", False),
 ],
 "011": [],
 "014": [
  ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won"],
   "about 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
  ("troops", NK, 1000, None, "about", NIS + ["Park Sun-won"],
   "North Korea had also sent about 1,000 military engineers to clear mines in Russia's Kursk border region", False),
  ("troops", NK, 15000, None, "about", ["South Korean estimates", "South Korea", "Seoul"] + NIS,
   "North Korea has sent some 15,000 troops to Russia since last fall", False),
  ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
   "Two North Korean soldiers captured by Ukraine in January", False),
 ],
}

NOT = {
 "000": ["as many as 12,000 soldiers in four brigades", "about 200 air force pilots", "about 4 hectares",
         "over four days from Oct. 8", "11th Army Corps", "2 inter-Korean roads", "2,593.82",
         "1,370 per dollar", "2.3 pct"],
 "001": ["reach 10,000 by December", "nearly 4 times Seoul's count", "five ranges", "by Nov. 1",
         "late teens or early 20s", "37,913", "2 more Aegis-equipped destroyers"],
 "003": ["more than 16,000 containers of munitions", "$425 million", "155mm artillery rounds",
         "roughly 1.2 million active-duty personnel", "a war in 70 years", "$1.2 billion",
         "3 US troops injured"],
 "004": ["three villages", "1,451 per dollar", "Dec. 27", "39th straight week"],
 "005": ["Russia loses 1,570 soldiers and 13 tanks in a day", "2nd F-16 batch", "a two-day battle"],
 "007": ["aged 20 and 26", "2,491.40", "Jan. 12, 2025"],
 "009": ["groups of 20 to 30", "up to 150 KN-23 ballistic missiles", "$4.99 a month",
         "Russia Loses 1,160 Soldiers in 24 Hours", "16th Sanctions Package", "since 1995"],
 "010": ["108 drones and two ballistic missiles", "59 drones had been shot down", "45 had been",
         "8-10 May", "30-day ceasefire", "$15 per month"],
 "011": ["6,000 military builders and deminers", "1,000 sappers", "5,000 military builders",
         "a thousand sappers", "five thousand military builders", "some 1,800 hectares",
         "some 1,000 houses", "Article 4", "36 Ukrainian drones"],
 "014": ["a further 5,000 military construction workers are expected to follow", "2,000-seat",
         "more than triple the agency's April estimate"],
}

OFF = ["002", "006", "008", "013"]
DUP = {"012": "007"}

must = [
 ["001-1", "001-2", "about 11,000 North Korean troops in Russia (Budanov, HUR) against about 3,000 moved to Russia so far (NIS via Park Sun-won), the same week, in one article"],
 ["003-2", "003-3", "about 8,000 moved toward Kursk (Pentagon, Singh) against 11,000 already in Kursk (Zelenskyy), the same day, in one article"],
 ["004-3", "005-1", "about 1,100 casualties (NIS via Lee Seong-kweun, 19 Dec) against more than 3,000 killed or wounded (Zelensky, 23 Dec), four days apart"],
]

# Pairs defensible either way: deployment still under way (days to weeks apart), months apart,
# an additional force, a vague figure, approximate figures close to each other.
may = [
 # troops
 ["000-1", "001-1", "1,500 (NIS, first stage) against about 11,000 (Budanov) a week later while the deployment was under way"],
 ["000-1", "001-3", "1,500 against at least 3,000 (Kirby) a week later, deployment under way"],
 ["000-1", "003-1", "1,500 in mid-October against about 10,000 in early November"],
 ["000-1", "003-2", "1,500 in mid-October against about 8,000 moved toward Kursk in early November"],
 ["000-1", "003-3", "1,500 in mid-October against 11,000 in Kursk in early November"],
 ["000-1", "004-4", "1,500 (October) against some 11,000 (December), months apart"],
 ["000-1", "009-1", "months apart"], ["000-1", "009-2", "months apart; an additional force"],
 ["000-1", "009-3", "months apart"], ["000-1", "010-3", "months apart"], ["000-1", "010-4", "months apart"],
 ["000-1", "014-3", "months apart"],
 ["001-1", "003-1", "about 11,000 against roughly 10,000 in Russia, ten days apart: close approximate figures"],
 ["001-1", "009-2", "an additional 3,000, months later"], ["001-1", "009-3", "months apart"],
 ["001-1", "010-3", "months apart"], ["001-1", "014-3", "months apart"],
 ["001-2", "003-1", "about 3,000 against about 10,000, ten days apart while the deployment grew"],
 ["001-2", "003-2", "about 3,000 in Russia against about 8,000 moved toward Kursk, ten days apart"],
 ["001-2", "003-3", "about 3,000 against 11,000, ten days apart while the deployment grew"],
 ["001-2", "004-4", "NIS 3,000 (October) against NIS some 11,000 (December), months apart"],
 ["001-2", "009-1", "months apart"], ["001-2", "009-3", "months apart"], ["001-2", "010-3", "months apart"],
 ["001-2", "010-4", "months apart"], ["001-2", "014-3", "months apart"],
 ["003-1", "003-3", "roughly 10,000 in Russia against 11,000 in Kursk, same day: close approximate figures for different areas"],
 ["003-1", "004-4", "roughly 10,000 against some 11,000, six weeks apart"],
 ["003-1", "009-1", "months apart"], ["003-1", "009-2", "an additional force, months later"],
 ["003-1", "009-3", "months apart"], ["003-1", "010-3", "months apart"], ["003-1", "010-4", "months apart"],
 ["003-1", "014-3", "months apart"],
 ["003-2", "009-2", "an additional force, months later"],
 ["003-3", "009-2", "an additional force, months later"], ["003-3", "009-3", "months apart"],
 ["003-3", "010-3", "months apart"], ["003-3", "014-3", "months apart"],
 ["004-4", "009-2", "an additional force"], ["004-4", "009-3", "months apart"],
 ["004-4", "010-3", "months apart"], ["004-4", "014-3", "months apart"],
 ["009-1", "009-2", "first contingent against an additional 3,000"],
 ["009-2", "010-4", "an additional 3,000 against the first deployment"],
 ["009-2", "014-2", "two later contingents, months apart"],
 ["009-3", "010-3", "14,000 (February) against 15,000 (April), months apart"],
 ["009-3", "014-3", "months apart"],
 # casualties
 ["004-3", "004-5", "about 1,100 against several hundred (vague), the same week"],
 ["004-5", "005-1", "several hundred (vague) against more than 3,000"],
 ["004-5", "007-3", "vague, weeks apart"], ["004-5", "009-4", "vague, months apart"],
 ["004-5", "009-5", "vague, weeks apart"], ["004-5", "010-2", "vague, months apart"],
 ["004-3", "009-4", "months apart"], ["004-3", "009-5", "NIS December against NIS mid-January figure reported in February"],
 ["004-3", "010-2", "months apart"],
 ["005-1", "007-3", "more than 3,000 against some three thousand three weeks later"],
 ["005-1", "009-5", "more than 3,000 against about 3,000, weeks apart"],
 ["007-3", "009-4", "about 3,000 (mid-January) against more than 4,000 (February)"],
 ["009-4", "009-5", "more than 4,000 (HUR, February) against about 3,000 (NIS, mid-January), in one article"],
 ["007-3", "010-2", "months apart"], ["009-5", "010-2", "months apart"],
 # killed
 ["007-1", "010-1", "months apart"], ["007-1", "014-1", "months apart"], ["010-1", "014-1", "months apart"],
]

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
