#!/usr/bin/env python3
"""Gold labels for blind639 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind639's articles/, written and labelled blind. "
         "See ../corpus/README.md for the meaning of every field and how a system's output is scored.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]

A = {
 "000": [
  ("troops", NK, 12000, None, "up_to", NIS,
   "is sending as many as 12,000 soldiers in four brigades", False),
  ("troops", NK, 1500, None, "about", NIS,
   "about 1,500 special operations troops", False),
 ],
 "001": [
  ("troops", NK, 8000, None, "about", ["US officials", "United States", "US", "Antony Blinken", "Blinken", "State Department"],
   "Roughly 8,000 North Korean soldiers have moved into Russia's Kursk region", False),
  ("troops", NK, 10000, None, "about", ["Pentagon", "United States", "US", "Lloyd Austin"],
   "Pyongyang has sent about 10,000 soldiers to Russia in all", False),
 ],
 "002": [
  ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "There are already 11,000 North Korean soldiers in Russia's Kursk region", False),
  ("casualties", RU, 705660, None, "about", ["General Staff of the Armed Forces of Ukraine", "General Staff", "Ukraine", "Ukrinform"],
   "estimates Russia's total combat losses since 24 February 2022 at approximately 705,660 personnel", False),
 ],
 "004": [
  ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Ukraine"],
   "North Korea had lost more than 3,000 soldiers killed and wounded in the Kursk region", False),
  ("casualties", NK, 1100, None, "about", ["joint chiefs of staff", "Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
   "about 1,100 North Korean soldiers had been killed or wounded", False),
  ("killed", NK, 100, None, "at_least", ["Lee Seong-kweun"] + NIS,
   "at least 100 North Korean soldiers had been killed", False),
  ("wounded", NK, 1000, None, "about", ["Lee Seong-kweun"] + NIS,
   "roughly 1,000 wounded", False),
  ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "US"],
   "North Korean troops had suffered hundreds of casualties", True),
 ],
 "005": [
  ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun", "Park Sun-won"],
   "Roughly 300 North Korean soldiers have died", False),
  ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun", "Park Sun-won"],
   "some 2,700 have been wounded", False),
  ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "Ukrainian forces had taken two North Korean soldiers alive in the Kursk region", False),
 ],
 "007": [
  ("troops", NK, 3000, None, "about", NIS + ["Yonhap"],
   "The reinforcements numbered some three thousand", False),
  ("casualties", NK, 2000, 9000, "vague", ["Andriy Yusov", "Yusov", "HUR", "Ukraine's military intelligence", "Ukraine"],
   "North Korean losses now ran to several thousand killed and wounded", True),
 ],
 "010": [
  ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
   "North Korean troops fighting for Russia have suffered about 4,700 casualties", False),
  ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
   "including around 600 killed", False),
  ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
   "the agency put the toll at roughly 3,000 killed and wounded", False),
  ("troops", NK, 15000, None, "about", NIS,
   "Pyongyang has sent about 15,000 troops to Russia in all", False),
 ],
 "011": [
  ("casualties", UA, 76000, None, "more_than", ["Russian Defense Ministry", "Defense Ministry", "Russian Defence Ministry", "Ministry of Defence", "Russia"],
   "the Ukrainian armed forces lost more than 76,000 servicemen", False),
 ],
 "013": [
  ("killed", NK, 2000, None, "about", NIS + ["lawmakers"],
   "around 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
  ("troops", NK, 10000, None, "more_than", ["unattributed"],
   "North Korea is thought to have sent more than 10,000 troops to Russia since last autumn", False),
  ("troops", NK, 1000, None, "about", NIS,
   "the North has also sent about 1,000 military engineers to clear land mines", False),
 ],
 "014": [
  ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea", "state media"],
   "nine of its soldiers had died during the mission", False),
  ("troops", NK, 11000, 12000, "range", ["South Korea", "Ukraine", "South Korean and Ukrainian estimates"],
   "Pyongyang sent between eleven and twelve thousand soldiers to the Kursk front in late 2024", False),
  ("troops", NK, 2000, 9000, "vague", ["South Korea", "Ukraine", "South Korean and Ukrainian estimates"],
   "several thousand more the following year", True),
  ("killed", NK, 2000, None, "about", NIS + ["Seoul's spy agency"],
   "around 2,000 North Koreans had been killed in the fighting", False),
 ],
}

NOT = {
 "000": ["four landing ships and three escort vessels", "more than 13,000 containers", "between Oct. 8 and 13",
         "since 1990", "3 N. Korean soldiers briefly cross MDL", "2 inter-Korean roads", "1,375 per dollar", "KOSPI 2,593.49"],
 "001": ["about 1,000 square kilometers", "more than $60 billion", "Death toll from Spain floods rises to 158",
         "Russia launched 62 drones overnight", "the final five days"],
 "002": ["05.11.2024 08:15", "since 24 February 2022", "the first small group of North Korean soldiers"],
 "004": ["72 drones", "52 were shot down", "240mm multiple rocket launchers", "nearly three times",
         "Comments (1,024)", "death toll rises to five", "100 photographs"],
 "005": ["born in 2005", "aged 26", "1,000 investigators", "first 5 hearing dates", "9.7%"],
 "007": ["about 200 long-range artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
         "Russia Loses 1,230 Soldiers in a Day", "1,000 Km From Border", "$5 a month"],
 "010": ["1,425 per dollar", "two days after Pyongyang acknowledged", "\"100 days\""],
 "011": ["1,000 sappers", "5,000 military construction workers", "over 400 tanks", "more than 1,500 other armored vehicles",
         "more than 1,500 residential buildings", "second visit to the DPRK in two weeks"],
 "013": ["the 5,000 military construction workers it promised Moscow", "Typhoon No. 15", "43rd consecutive month",
         "8.8 trillion yen", "01:42"],
 "014": ["120 days", "13/12/2025", "2 min"],
}

OFF = ["003", "006", "008", "012"]
DUP = {"009": "002"}

conflicts = {
 "must": [
  ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (US officials, 31 Oct 2024) against 11,000 in Kursk (Zelensky, 5 Nov 2024), five days apart"],
  ["004-1", "004-2", "more than 3,000 North Korean casualties (Zelensky) against about 1,100 (South Korea's JCS), same day, same article"],
 ],
 "may": [
  # troops: totals months apart, an additional force, or a whole against a place
  ["001-2", "002-1", "about 10,000 sent to Russia in all (Pentagon) against 11,000 in Kursk (Zelensky), five days apart"],
  ["000-1", "010-4", "up to 12,000 (Oct 2024) against about 15,000 in all including reinforcements (Apr 2025)"],
  ["001-1", "010-4", "8,000 in Kursk (Oct 2024) against 15,000 in all (Apr 2025)"],
  ["001-2", "010-4", "10,000 (Oct 2024) against 15,000 in all (Apr 2025)"],
  ["002-1", "010-4", "11,000 (Nov 2024) against 15,000 in all (Apr 2025)"],
  ["001-1", "007-1", "8,000 against an additional 3,000, months apart"],
  ["001-2", "007-1", "10,000 against an additional 3,000, months apart"],
  ["002-1", "007-1", "11,000 against an additional 3,000, months apart"],
  ["007-1", "010-4", "an additional 3,000 against 15,000 in all"],
  ["007-1", "013-2", "an additional 3,000 against more than 10,000 in all"],
  ["007-1", "014-2", "an additional 3,000 against 11,000-12,000 first sent"],
  ["001-1", "013-2", "8,000 in Kursk (Oct 2024) against more than 10,000 (Sep 2025)"],
  ["001-2", "013-2", "about 10,000 (Oct 2024) against more than 10,000 (Sep 2025)"],
  ["001-1", "014-2", "8,000 in Kursk (Oct 2024) against 11,000-12,000 (Dec 2025)"],
  ["001-2", "014-2", "about 10,000 (Oct 2024) against 11,000-12,000 (Dec 2025)"],
  ["010-4", "014-2", "15,000 in all (Apr 2025) against 11,000-12,000 first sent (Dec 2025)"],
  ["001-1", "014-3", "8,000 against several thousand more the following year"],
  ["001-2", "014-3", "10,000 against several thousand more the following year"],
  ["002-1", "014-3", "11,000 against several thousand more the following year"],
  ["010-4", "014-3", "15,000 in all against several thousand more the following year"],
  ["013-2", "014-3", "more than 10,000 against several thousand more the following year"],
  ["014-2", "014-3", "11,000-12,000 first sent against several thousand more (an additional force)"],
  # casualties: vague, or weeks and months apart
  ["004-1", "004-5", "more than 3,000 (23 Dec) against 'hundreds' (Pentagon, 16 Dec)"],
  ["004-2", "004-5", "about 1,100 (23 Dec) against 'hundreds' (Pentagon, 16 Dec)"],
  ["004-2", "007-2", "about 1,100 (Dec 2024) against several thousand (Feb 2025)"],
  ["004-5", "007-2", "hundreds (Dec 2024) against several thousand (Feb 2025)"],
  ["004-2", "010-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025)"],
  ["004-2", "010-3", "about 1,100 (Dec 2024) against roughly 3,000 (NIS, January)"],
  ["004-5", "010-1", "hundreds (Dec 2024) against about 4,700 (Apr 2025)"],
  ["004-5", "010-3", "hundreds (Dec 2024) against roughly 3,000 (January)"],
  ["004-1", "010-3", "more than 3,000 (Zelensky, Dec) against roughly 3,000 (NIS, January)"],
  # killed and wounded: cumulative figures rising over weeks and months
  ["004-4", "005-2", "roughly 1,000 wounded (19 Dec) against some 2,700 wounded (13 Jan)"],
  ["005-1", "010-2", "about 300 killed (Jan 2025) against about 600 killed (Apr 2025)"],
  ["005-1", "013-1", "about 300 killed (Jan 2025) against about 2,000 killed (Sep 2025)"],
  ["005-1", "014-4", "about 300 killed (Jan 2025) against about 2,000 killed (Dec 2025)"],
  ["010-2", "013-1", "about 600 killed (Apr 2025) against about 2,000 killed (Sep 2025)"],
  ["010-2", "014-4", "about 600 killed (Apr 2025) against about 2,000 killed (Dec 2025)"],
 ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
