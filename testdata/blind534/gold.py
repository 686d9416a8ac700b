#!/usr/bin/env python3
"""Labels for testdata/blind534 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind534: fifteen articles written for crosscheck in our own words, "
         "labelled blind. Same schema and rules as testdata/corpus/gold.json (see testdata/corpus/README.md).")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NK, RU, UA = "north_korea", "russia", "ukraine"

A = {
 "000": [
  ("troops", NK, 1500, None, "about", NIS,
   "carried some 1,500 North Korean special forces soldiers", False),
 ],
 "001": [
  ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "There are already 11,000 North Korean troops in Russia's Kursk Oblast", False),
  ("troops", NK, 500, None, "about", ["HUR", "military intelligence", "Ukraine's military intelligence agency", "Ukraine"],
   "the contingent sent to Russia includes about 500 officers", False),
  ("troops", NK, 2000, 9000, "vague", ["HUR", "military intelligence", "Ukraine"],
   "Several thousand more soldiers are still going through training there", True),
 ],
 "002": [
  ("troops", NK, 10000, None, "more_than", ["Matthew Miller", "State Department", "United States", "US", "Biden administration"],
   "More than 10,000 North Korean troops have been sent to eastern Russia since early October", False),
  ("troops", NK, 8000, None, "about", ["Matthew Miller", "State Department", "United States", "US", "Biden administration"],
   "About 8,000 of them are now in the Kursk border region", False),
  ("casualties", RU, 600000, None, "more_than", ["Pentagon", "United States", "US"],
   "Russia has suffered more than 600,000 killed and wounded since it invaded Ukraine in February 2022", False),
 ],
 "004": [
  ("killed", NK, 100, None, "at_least", ["Lee Seong-kweun"] + NIS,
   "At least 100 North Korean soldiers have been killed since they joined the fighting in Russia's Kursk region this month", False),
  ("wounded", NK, 1000, None, "about", ["Lee Seong-kweun"] + NIS,
   "It put the wounded at around 1,000", False),
  ("troops", NK, 11000, None, "about", ["Lee Seong-kweun"] + NIS,
   "The NIS puts the North Korean force at around 11,000 troops", False),
 ],
 "005": [
  ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelenskiy", "Zelenskiy", "Zelensky", "Ukraine"],
   "More than 3,000 North Korean soldiers have been killed or wounded fighting in Russia's Kursk region", False),
  ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"],
   "about 1,100 North Korean troops had been killed or wounded in the fighting", False),
  ("casualties", NK, 200, 900, "vague", ["U.S. official", "United States", "US"],
   "North Korean casualties ran into the hundreds", True),
 ],
 "008": [
  ("casualties", NK, 3000, None, "about", NIS,
   "The number of North Korean soldiers killed or wounded while fighting for Russia has climbed to around 3,000", False),
  ("killed", NK, 300, None, "about", ["Lee Seong-kweun"] + NIS,
   "About 300 North Korean soldiers are believed to have died", False),
  ("wounded", NK, 2700, None, "about", ["Lee Seong-kweun"] + NIS,
   "some 2,700 to have been wounded", False),
  ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"] + NIS,
   "his forces had captured two North Korean soldiers in Kursk", False),
 ],
 "009": [
  ("casualties", NK, 4000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "have lost about four thousand men killed and wounded", False),
  ("troops", NK, 11000, None, "about", ["unattributed", "Ukrinform"],
   "Around 11,000 North Korean troops were sent to the Kursk region last autumn", False),
  ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "SBU"],
   "the two North Korean servicemen captured in the Kursk region on January 9", False),
  ("killed", NK, 300, None, "about", NIS,
   "about 300 North Korean soldiers had been killed", False),
  ("wounded", NK, 2700, None, "about", NIS,
   "2,700 wounded", False),
 ],
 "011": [
  ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
   "the Ukrainian armed forces had lost more than 76,000 servicemen killed and wounded in the region", False),
  ("troops", NK, 12000, None, "up_to", ["Western and Ukrainian media", "Western media", "Ukrainian media"],
   "up to 12,000 North Korean soldiers were deployed in the region", False),
 ],
 "012": [
  ("casualties", NK, 4700, None, "about", NIS,
   "have suffered around 4,700 casualties", False),
  ("killed", NK, 600, None, "about", NIS,
   "including roughly 600 killed", False),
  ("casualties", NK, 3000, None, "about", NIS,
   "up from about 3,000 casualties the agency reported in January", False),
  ("troops", NK, 3000, None, "about", ["Park Sun-won"] + NIS,
   "The North sent roughly three thousand additional troops in January and February", False),
  ("troops", NK, 11000, None, "about", ["Park Sun-won"] + NIS,
   "They joined the roughly 11,000 soldiers deployed last autumn", False),
 ],
 "013": [
  ("troops", NK, 10000, 12000, "range", ["South Korea", "United States", "Ukraine"],
   "Between 10,000 and 12,000 soldiers were sent in that first wave", False),
  ("killed", NK, 2000, None, "about", NIS,
   "it now believes about 2,000 North Korean soldiers have been killed", False),
  ("troops", NK, 3000, None, "about", NIS,
   "Reinforcements sent in early 2025 (NIS): about 3,000", False),
  ("casualties", NK, 4700, None, "about", NIS,
   "Casualties by April 2025 (NIS): about 4,700", False),
  ("captured", NK, 2, None, "exact", ["Ukraine", "unattributed"],
   "Soldiers captured by Ukraine: 2", False),
 ],
}

NOT = {
 "000": ["the North would send about 12,000 troops in four brigades altogether",
         "Four Russian navy landing ships", "between Oct. 8 and 13", "about 5 kilometers off Chongjin",
         "more than 13,000 containers of artillery shells", "1,368.5 per dollar",
         "60-meter sections of inter-Korean roads", "first 10 days of October", "paras 5-8"],
 "001": ["Russian attacks kill 6, injure 27 in Kharkiv Oblast over past day",
         "around 1,300 square kilometers", "Aug. 6", "more than 15,000 members",
         "Why 50,000 Russian soldiers could be thrown at Kursk", "three years at a regional broadcaster"],
 "002": ["South Korea says 1,500 North Korean special forces shipped to Russia",
         "roughly 50 kilometers (30 miles)", "155 mm artillery shells", "February 2022"],
 "004": ["0.25 percent", "closed at 38,813, down 268 points", "up to 50 centimeters",
         "18:00 JST"],
 "005": ["nearly three times higher", "240-mm multiple rocket launchers", "170-mm self-propelled guns",
         "more than 20,000 containers of munitions", "August 2023", "S&P 500 5,974.07"],
 "008": ["Seoul says 1,100 North Korean soldiers killed or wounded in Kursk",
         "flies 1,100 kilometers", "Jan. 11"],
 "009": ["a 20-year-old rifleman", "aged 26", "since 2021",
         "Syrskyi: Russia lost 38,000 troops in Kursk region since August", "Share 34"],
 "011": ["over 7,700 units of weapons and military equipment", "more than 400 tanks", "Article 4",
         "June 19, 2024", "72-hour ceasefire"],
 "012": ["28 trillion won (US$20 billion)",
         "N. Korean casualties in Russia around 3,000, including 300 dead: NIS",
         "89.77% of vote", "23 million users"],
 "013": ["1,000 sappers", "5,000 military construction workers",
         "Pledged in June 2025: 1,000 deminers and 5,000 military builders",
         "Kim Jong Un, 41", "about 7,000 kilometers", "around $20 billion",
         "capture of 3 villages"],
}

OFF = ["003", "007", "010", "014"]
DUP = {"006": "005"}

conflicts = {
 "must": [
  ["001-1", "002-2", "11,000 North Korean troops in Kursk (Zelensky, Nov 4) against about 8,000 in Kursk (US State Department, Nov 6), two days apart"],
  ["005-1", "005-2", "more than 3,000 North Korean casualties (Zelenskiy) against about 1,100 (South Korea's JCS), the same day, in one article"],
  ["008-1", "009-1", "about 3,000 North Korean casualties (NIS, Jan 13) against about 4,000 (Zelensky, Jan 16), three days apart"],
 ],
 "may": [
  ["002-2", "004-3", "about 8,000 in Kursk (US, Nov 6) against about 11,000 (NIS, Dec 19), six weeks apart"],
  ["002-2", "009-2", "about 8,000 in Kursk (US, Nov 2024) against around 11,000 sent last autumn, ten weeks later"],
  ["002-2", "012-5", "about 8,000 (Nov 2024) against roughly 11,000 deployed last autumn, months later"],
  ["002-2", "013-1", "about 8,000 (Nov 2024) against 10,000-12,000 in the first wave, ten months later"],
  ["005-1", "008-1", "more than 3,000 casualties (Dec 23) against about 3,000 (Jan 13)"],
  ["005-2", "008-1", "1,100 casualties (Dec 23) against about 3,000 three weeks later: a cumulative rise"],
  ["005-1", "012-3", "more than 3,000 casualties (Dec 23) against NIS's January figure of about 3,000"],
  ["012-3", "013-4", "about 3,000 in January against about 4,700 by April: a cumulative rise"],
  ["005-2", "009-1", "1,100 casualties (Dec 23) against about 4,000 (Jan 16), weeks apart"],
  ["004-2", "008-3", "around 1,000 wounded (Dec 19) against some 2,700 (Jan 13): a cumulative rise"],
  ["004-2", "009-5", "around 1,000 wounded (Dec 19) against 2,700 (NIS, Jan 13, relayed Jan 16): a cumulative rise"],
  ["008-1", "012-1", "about 3,000 (Jan) against about 4,700 (Apr): cumulative rise, months apart"],
  ["008-1", "013-4", "about 3,000 (Jan) against about 4,700 by April, months apart"],
  ["009-1", "012-1", "about 4,000 (Jan) against about 4,700 (Apr), months apart"],
  ["009-1", "012-3", "about 4,000 (Zelensky, Jan) against NIS's January figure of about 3,000, reported months later"],
  ["009-1", "013-4", "about 4,000 (Jan) against about 4,700 by April, months apart"],
  ["005-2", "012-1", "1,100 (Dec) against 4,700 (Apr), months apart"],
  ["005-2", "012-3", "1,100 (Dec) against about 3,000 in January"],
  ["005-2", "013-4", "1,100 (Dec) against 4,700 by April, months apart"],
  ["008-2", "012-2", "about 300 killed (Jan) against roughly 600 (Apr), months apart"],
  ["009-4", "012-2", "about 300 killed (Jan) against roughly 600 (Apr), months apart"],
  ["008-2", "013-2", "about 300 killed (Jan) against about 2,000 (Sept), months apart"],
  ["009-4", "013-2", "about 300 killed (Jan) against about 2,000 (Sept), months apart"],
  ["012-2", "013-2", "roughly 600 killed (Apr) against about 2,000 (Sept), months apart"],
  ["012-4", "001-1", "roughly 3,000 additional troops against 11,000 in Kursk"],
  ["012-4", "002-1", "roughly 3,000 additional troops against more than 10,000"],
  ["012-4", "002-2", "roughly 3,000 additional troops against about 8,000 in Kursk"],
  ["012-4", "004-3", "roughly 3,000 additional troops against about 11,000"],
  ["012-4", "009-2", "roughly 3,000 additional troops against around 11,000"],
  ["012-4", "011-2", "roughly 3,000 additional troops against up to 12,000"],
  ["012-4", "012-5", "roughly 3,000 additional troops against the roughly 11,000 they joined"],
  ["013-3", "001-1", "about 3,000 reinforcements against 11,000 in Kursk"],
  ["013-3", "002-1", "about 3,000 reinforcements against more than 10,000"],
  ["013-3", "002-2", "about 3,000 reinforcements against about 8,000 in Kursk"],
  ["013-3", "004-3", "about 3,000 reinforcements against about 11,000"],
  ["013-3", "009-2", "about 3,000 reinforcements against around 11,000"],
  ["013-3", "011-2", "about 3,000 reinforcements against up to 12,000"],
  ["013-3", "012-5", "about 3,000 reinforcements against roughly 11,000"],
  ["013-3", "013-1", "about 3,000 reinforcements against 10,000-12,000 in the first wave"],
 ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
