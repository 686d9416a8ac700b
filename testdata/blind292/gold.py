#!/usr/bin/env python3
"""Gold labels for testdata/blind292 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind292: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting. See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]

A = {
 "000": [
  ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
   "North Korea has moved around 3,000 soldiers to Russia so far", False),
  ("troops", "north_korea", 1500, None, "about", NIS + ["Park Sun-won"],
   "The first group, about 1,500 special operations troops, was shipped out", False),
 ],
 "001": [
  ("troops", "north_korea", 8000, None, "about", ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "U.S."],
   "roughly 8,000 DPRK soldiers have moved into Russia's Kursk Oblast", False),
  ("troops", "north_korea", 11000, None, "exact", ["Ukraine's military intelligence", "Ukrainian military intelligence", "military intelligence", "HUR", "Ukraine"],
   "eleven thousand North Korean troops are now in the Kursk region", False),
 ],
 "003": [
  ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
   "have suffered an estimated 1,100 casualties, including killed and wounded", False),
  ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
   "At least 100 North Korean soldiers had been killed", False),
  ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
   "nearly 1,000 wounded", False),
 ],
 "004": [
  ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
   "more than 3,000 North Korean troops had been killed or wounded in Russia's Kursk region", False),
  ("troops", "north_korea", 12000, None, "up_to", ["Kyiv and Seoul", "Kyiv", "Seoul", "Ukraine", "South Korea"],
   "Pyongyang has sent up to 12,000 soldiers to Russia since October", False),
 ],
 "005": [
  ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
   "around 300 North Korean soldiers have been killed", False),
  ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
   "about 2,700 wounded", False),
  ("casualties", "north_korea", 3000, None, "about", ["Lee Seong-kweun"] + NIS,
   "North Korea's casualties now total some three thousand", False),
  ("captured", "north_korea", 2, None, "exact", NIS,
   "Ukrainian forces captured two North Korean soldiers", False),
 ],
 "006": [
  ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "Ukrainian troops have captured two North Korean soldiers in Russia's Kursk Oblast", False),
  ("troops", "north_korea", 11000, 12000, "range", ["Ukrainian and South Korean intelligence", "Ukrainian intelligence", "South Korean intelligence", "Ukraine", "South Korea"],
   "North Korea has sent between 11,000 and 12,000 soldiers to fight for Russia", False),
  ("killed", "north_korea", 100, 900, "vague", ["Kyiv", "Ukraine"],
   "Kyiv says hundreds of them have already been killed", True),
 ],
 "007": [
  ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
   "the enemy lost more than 76,000 servicemen during the fighting in the region", False),
 ],
 "009": [
  ("troops", "north_korea", 3000, None, "about", NIS,
   "North Korea sent some three thousand additional troops to Russia in January and February", False),
  ("casualties", "north_korea", 4000, None, "about", NIS,
   "The number of North Korean casualties has reached around 4,000", False),
  ("captured", "north_korea", 2, None, "exact", ["unattributed"],
   "Two prisoners held by Kyiv since January", False),
 ],
 "010": [
  ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
   "North Korea's casualties in Russia's war against Ukraine have climbed to about 4,700", False),
  ("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweun"],
   "including some 600 deaths", False),
  ("troops", "north_korea", 15000, None, "about", NIS + ["Lee Seong-kweun"],
   "around 15,000 North Korean troops have been dispatched to Russia in total", False),
 ],
 "012": [
  ("troops", "north_korea", 11000, None, "about", ["unattributed"],
   "North Korea is believed to have sent about 11,000 troops to Kursk in late 2024", False),
  ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
   "followed by several thousand reinforcements early this year", True),
  ("killed", "north_korea", 600, None, "about", NIS,
   "around 600 North Korean soldiers had died in the Kursk fighting", False),
 ],
 "014": [
  ("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea", "Pyongyang", "state media"],
   "Nine soldiers of the regiment were killed during the mission", False),
  ("killed", "north_korea", 2000, None, "about", NIS,
   "about 2,000 North Korean soldiers had died in the Kursk campaign", False),
 ],
}

NOT = {
 "000": ["send a total of 10,000 troops by December", "some 6,500 kilometers", "between 18 and 24 years old",
         "roughly 100 Russian words", "about $2,000 a month", "the 11th Army Corps", "31st straight week",
         "Police arrest 3", "W1.8tr"],
 "001": ["three thousand more than your number", "about $4.3 billion", "the $425 million package",
         "155mm artillery rounds", "Oct. 30", "January 20"],
 "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "15-year low of 1,451",
         "send 2 officers to Ukraine", "paras 4-7"],
 "004": ["78 Missiles and 106 Drones", "59 Missiles and 54 Drones", "2nd Batch of F-16s", "from $5 a month"],
 "005": ["20 years old", "the other 26", "Watch video 1:42", "8.7 trillion yen", "1.05% lower"],
 "006": ["95th Air Assault Brigade", "born in 2005", "trained for one week", "kills 13, injures 113",
         "450 kilometers inside Russia", "Join 15,000+ members", "Share: 1.2K", "Comments: 87"],
 "007": ["over 400 tanks", "some 300 infantry fighting vehicles", "more than 1,500 armored combat vehicles",
         "Article 4", "June 19, 2024", "115 Ukrainian drones", "August 6, 2024"],
 "009": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
         "20 trillion won ($14 billion)", "Kospi 2,621.32", "first time in 9 years", "3 trillion won"],
 "010": ["Imports Surge 41%", "Yen Holds at 142", "more than 200 long-range guns", "1,427 per dollar",
         "Kospi rose 0.3%"],
 "012": ["1,000 deminers", "5,000 military construction workers", "1,000 sappers", "5,000 military builders",
         "thousands of workers", "killed at least 28 people", "more than 130 injured", "440 drones and 32 missiles",
         "$45 a barrel", "18th package of sanctions"],
 "014": ["120 days", "over 1 trillion won", "The 9 lives lost in Kursk", "4 charges", "$700 billion"],
}

OFF = ["002", "008", "011"]
DUP = {"013": "010"}

conflicts = {
 "must": [
  ["001-1", "001-2", "roughly 8,000 in Kursk (Pentagon, Sabrina Singh) against eleven thousand in Kursk (Ukraine's military intelligence), in the same briefing on the same day"],
  ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed or wounded (Zelensky, said the same day, reported three days later)"],
 ],
 "may": [
  ["000-1", "001-1", "3,000 in Russia on Oct 23 against 8,000 in Kursk on Nov 4, while the deployment was still growing"],
  ["000-1", "001-2", "3,000 on Oct 23 against 11,000 on Nov 4, while the deployment was still growing"],
  ["000-1", "006-2", "3,000 in October against 11,000-12,000 in January"],
  ["000-1", "010-3", "3,000 in October 2024 against 15,000 in total in April 2025"],
  ["000-1", "012-1", "3,000 in October 2024 against about 11,000 in late 2024, reported in June 2025"],
  ["001-1", "006-2", "8,000 in November against 11,000-12,000 two months later"],
  ["001-1", "010-3", "8,000 in November 2024 against 15,000 in total in April 2025"],
  ["001-1", "012-1", "8,000 on Nov 4 2024 against about 11,000 'in late 2024', reported seven months later"],
  ["001-2", "010-3", "11,000 in November 2024 against 15,000 in total in April 2025, after reinforcements"],
  ["004-2", "010-3", "up to 12,000 in December 2024 against 15,000 in total in April 2025, after reinforcements"],
  ["006-2", "010-3", "11,000-12,000 in January against 15,000 in total in April, after reinforcements"],
  ["012-1", "010-3", "about 11,000 sent in late 2024 (a first contingent) against 15,000 in total"],
  ["009-1", "001-1", "an additional 3,000 against 8,000 months earlier"],
  ["009-1", "001-2", "an additional 3,000 against 11,000 months earlier"],
  ["009-1", "006-2", "an additional 3,000 against 11,000-12,000 a month earlier"],
  ["009-1", "010-3", "an additional 3,000 against 15,000 in total"],
  ["009-1", "012-1", "an additional 3,000 against about 11,000 sent in late 2024"],
  ["003-1", "009-2", "1,100 casualties in December against about 4,000 at the end of February (cumulative)"],
  ["003-1", "010-1", "1,100 casualties in December against about 4,700 in April (cumulative)"],
  ["005-3", "009-2", "some 3,000 casualties in January against about 4,000 six weeks later (cumulative)"],
  ["005-3", "010-1", "some 3,000 casualties in January against about 4,700 in April (cumulative)"],
  ["009-2", "010-1", "about 4,000 casualties in February against about 4,700 in April (cumulative)"],
  ["005-1", "010-2", "about 300 killed in January against about 600 in April (cumulative)"],
  ["005-1", "012-3", "about 300 killed in January against about 600 as of April (cumulative)"],
  ["005-1", "014-2", "about 300 killed in January against about 2,000 in September (cumulative)"],
  ["010-2", "014-2", "about 600 killed in April against about 2,000 in September (cumulative)"],
  ["012-3", "014-2", "about 600 killed as of April against about 2,000 in September (cumulative)"],
 ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
