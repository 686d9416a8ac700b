#!/usr/bin/env python3
"""Gold labels for testdata/blind491 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind491: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025), labelled blind. See testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea's intelligence agency", "South Korea"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Ukraine"]
HUR = ["HUR", "Defense Intelligence", "Ukraine's military intelligence", "Kyiv", "Ukraine"]

A = {
 "000": [
  ("troops", "north_korea", 12000, None, "about", NIS,
   "North Korea has decided to dispatch around 12,000 troops, including special operations forces, to support Russia's war against Ukraine", False),
  ("troops", "north_korea", 1500, None, "about", NIS,
   "the first group of about 1,500 special forces transported from the North's east coast to Vladivostok", False),
  ("troops", "north_korea", 200, 999, "vague", NIS,
   "hundreds of North Korean military engineers and officers were believed to have been sent to the Russian-occupied part of Ukraine's Donetsk region", True),
 ],
 "001": [
  ("troops", "north_korea", 10000, None, "more_than", ["Pentagon", "Sabrina Singh", "United States", "US", "U.S."],
   "More than 10,000 North Korean soldiers have been moved into Russia's Kursk border region", False),
  ("troops", "north_korea", 12000, None, "up_to", HUR + ["Ukraine's military intelligence agency"],
   "Pyongyang has dispatched up to 12,000 soldiers in all", False),
  ("troops", "north_korea", 11000, None, "exact", ZEL,
   "President Volodymyr Zelenskyy said last week that 11,000 were already in Kursk", False),
  ("troops", "russia", 50000, None, "about", ["U.S. officials", "US officials", "United States", "U.S.", "US"],
   "Russia has massed some 50,000 of its own troops in the area", False),
 ],
 "002": [
  ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
   "At least 100 North Korean soldiers sent to fight for Russia have been killed in combat against Ukrainian forces", False),
  ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
   "close to a thousand more have been wounded", False),
  ("troops", "north_korea", 11000, None, "about", NIS + ["Lee Seong-kweun"],
   "Some 11,000 North Korean soldiers remain stationed in Kursk", False),
 ],
 "004": [
  ("casualties", "north_korea", 3000, None, "more_than", ZEL,
   "more than 3,000 North Korean soldiers had been killed or wounded in the region", False),
  ("killed", "north_korea", 100, None, "at_least", NIS,
   "at least 100 North Koreans had died", False),
  ("wounded", "north_korea", 1000, None, "about", NIS,
   "about 1,000 had been wounded", False),
 ],
 "005": [
  ("killed", "north_korea", 300, None, "about", NIS + ["Park Sun-won"],
   "about 300 North Korean soldiers dispatched to Russia have been killed", False),
  ("wounded", "north_korea", 2700, None, "about", NIS + ["Park Sun-won"],
   "some 2,700 others wounded", False),
  ("casualties", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
   "roughly three thousand killed and wounded", False),
  ("captured", "north_korea", 2, None, "exact", NIS + ZEL,
   "two North Korean soldiers had been captured by Ukrainian forces in the Kursk region", False),
 ],
 "007": [
  ("casualties", "north_korea", 4000, None, "about", HUR + ["Andriy Yusov", "Yusov"],
   "Around 4,000 North Korean soldiers have been killed or wounded in Russia's Kursk region since they entered combat in December", False),
  ("troops", "north_korea", 11000, 12000, "range", HUR + ["Andriy Yusov", "Yusov"],
   "the North Korean units, which Kyiv estimates at 11,000-12,000 men", False),
  ("casualties", "russia", 38000, None, "more_than", ["Syrskyi", "Oleksandr Syrskyi", "Ukraine"],
   "Russia's losses in the Kursk operation had exceeded 38,000 troops killed, wounded and captured since August", False),
 ],
 "008": [
  ("troops", "north_korea", 3000, None, "about", JCS,
   "North Korea has sent some three thousand additional soldiers to Russia since the start of the year", False),
  ("troops", "north_korea", 11000, None, "exact", JCS,
   "the eleven thousand troops that North Korea dispatched last fall", False),
  ("casualties", "north_korea", 4000, None, "about", JCS,
   "around 4,000 of the North Koreans sent to Russia have been killed or wounded so far", False),
 ],
 "010": [
  ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
   "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
  ("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweun"],
   "including roughly 600 dead", False),
  ("troops", "north_korea", 15000, None, "about", NIS + ["Lee Seong-kweun"],
   "about 15,000 North Korean troops have been sent to Russia in total", False),
  ("casualties", "north_korea", 6000, None, "about", HUR + ["Ukraine's military intelligence directorate"],
   "at around 6,000 killed and wounded", False),
 ],
 "011": [
  ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Valery Gerasimov", "Russian General Staff", "Russia"],
   "the enemy's losses during the Kursk adventure exceeded 76,000 servicemen", False),
 ],
 "014": [
  ("troops", "north_korea", 10000, 12000, "range",
   ["South Korean, Ukrainian and Western intelligence agencies", "intelligence agencies", "Western intelligence", "South Korea", "Ukraine"],
   "Pyongyang sent between 10,000 and 12,000 soldiers in the autumn of 2024", False),
  ("troops", "north_korea", 15000, None, "about", ["unattributed"],
   "Around 15,000 North Korean soldiers are thought to have gone to Russia in all", False),
  ("killed", "north_korea", 2000, None, "about", NIS,
   "it estimates about 2,000 North Korean soldiers have been killed", False),
  ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
   "the two North Korean soldiers it captured in January", False),
  ("troops", "north_korea", 2000, 9000, "vague", NIS + ["the South Korean agency"],
   "several thousand North Korean troops are still stationed in the Kursk region", True),
 ],
}

NOT = {
 "000": ["four brigades", "three escort vessels", "between Oct. 8 and 13", "since 1990",
         "1.4 million young people volunteered to join army", "up 7.5 pct", "KOSPI closes at 2,593.91", "lows of 8 C"],
 "001": ["roughly 1,000 square kilometers", "nearly 400 square miles", "about $275 million", "Share 1,284",
         "90 missiles and 200 drones", "12 of 15 cruise missiles"],
 "002": ["170-millimeter self-propelled howitzers", "240-millimeter multiple rocket launchers",
         "KOSPI at 2,435.93", "lows of minus 12 C"],
 "004": ["42 Ukrainian drones", "launched 72 drones overnight", "52 were shot down", "Comments (1,847)",
         "I spent £45 on two mulled wines", "five things we learned"],
 "005": ["aged 20 and 26", "Jan. 6 ballistic missile launch", "fall 3.1 percent", "NEWSROOM TOKYO (30 min)", "9°C / 1°C"],
 "007": ["around 500 square kilometers", "about 1,300 square kilometers", "kills 13, injures more than 100",
         "8,412 views", "95th Air Assault Brigade", "from $5/month"],
 "008": ["retaken 12 villages", "about 5,000 residents before the war", "a 30-day ceasefire", "Jails Siberian Shaman for 22 Years",
         "85 Per Dollar", "just $2 a month"],
 "010": ["more than 9 million artillery shells", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
         "Nikkei 225 36,045.38", "USD/JPY 142.96", "June 19, 2024"],
 "011": ["over 7,000 units of weapons and military equipment", "412 tanks", "Article 4", "June 19, 2024", "81.9 per dollar"],
 "014": ["1,000 sappers to clear mines", "5,000 military construction workers", "29,997 square kilometres",
         "about 9,800 km", "June 19, 2024"],
}

OFF = ["003", "006", "009", "012"]
DUP = {"013": "002"}

conflicts = {
 "must": [
  ["005-3", "007-1", "South Korea's NIS (via Park Sun-won): roughly 3,000 North Korean killed and wounded (13 Jan 2025) against Ukraine's HUR: around 4,000 (16 Jan 2025), three days apart"],
  ["010-1", "010-4", "NIS: about 4,700 North Korean casualties against Ukraine's military intelligence: around 6,000, in the same article (30 Apr 2025)"],
 ],
 "may": [
  ["000-1", "001-3", "around 12,000 decided on (NIS, Oct 2024) against 11,000 already in Kursk (Zelenskyy, Nov 2024), weeks apart"],
  ["004-1", "005-3", "more than 3,000 casualties (Zelenskyy, 23 Dec) against roughly 3,000 (NIS, 13 Jan), three weeks apart, bound borderline"],
  ["008-1", "008-2", "an additional 3,000 against the original 11,000"],
  ["000-1", "008-1", "an additional 3,000 against the original force"],
  ["001-1", "008-1", "an additional 3,000 against the original force"],
  ["001-3", "008-1", "an additional 3,000 against the original force"],
  ["002-3", "008-1", "an additional 3,000 against the original force"],
  ["007-2", "008-1", "an additional 3,000 against the original force"],
  ["008-1", "010-3", "an additional 3,000 against the total"],
  ["008-1", "014-1", "an additional 3,000 against the original force"],
  ["008-1", "014-2", "an additional 3,000 against the total"],
  ["000-1", "002-3", "troops, months apart"],
  ["000-1", "008-2", "troops, months apart"],
  ["000-1", "010-3", "troops, months apart (total after reinforcements)"],
  ["000-1", "014-2", "troops, months apart (total after reinforcements)"],
  ["001-2", "010-3", "troops, months apart (total after reinforcements)"],
  ["001-2", "014-2", "troops, months apart (total after reinforcements)"],
  ["001-3", "010-3", "troops, months apart (total after reinforcements)"],
  ["001-3", "014-2", "troops, months apart (total after reinforcements)"],
  ["002-3", "010-3", "troops, months apart (total after reinforcements)"],
  ["002-3", "014-2", "troops, months apart (total after reinforcements)"],
  ["007-2", "010-3", "troops, months apart (total after reinforcements)"],
  ["007-2", "014-2", "troops, months apart (total after reinforcements)"],
  ["008-2", "010-3", "original 11,000 against a later total of 15,000, seven weeks apart"],
  ["008-2", "014-2", "original 11,000 against a later total of 15,000, months apart"],
  ["010-3", "014-1", "total 15,000 against the initial 10,000-12,000, months apart"],
  ["005-1", "010-2", "killed, NIS cumulative estimate months later (300 -> 600)"],
  ["005-1", "014-3", "killed, NIS cumulative estimate months later (300 -> 2,000)"],
  ["010-2", "014-3", "killed, NIS cumulative estimate months later (600 -> 2,000)"],
  ["005-3", "008-3", "casualties, two months apart (cumulative)"],
  ["005-3", "010-1", "casualties, months apart (cumulative)"],
  ["005-3", "010-4", "casualties, months apart (cumulative)"],
  ["007-1", "010-1", "casualties, months apart (cumulative)"],
  ["007-1", "010-4", "casualties, months apart (cumulative)"],
  ["008-3", "010-1", "casualties, seven weeks apart (cumulative)"],
  ["008-3", "010-4", "casualties, seven weeks apart (cumulative)"],
 ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
