#!/usr/bin/env python3
"""Gold labels for testdata/blind440 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind440 evaluation set: 15 articles written in our own words about the "
         "real story's known reporting. Same schema as testdata/corpus/gold.json; see its README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
NK, RU, UA = "north_korea", "russia", "ukraine"

A = {
 "000": [
  ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
   "North Korea has moved around 3,000 soldiers to Russia so far", False),
  ("troops", NK, 1500, None, "exact", NIS,
   "1,500 North Korean special forces troops had been carried from ports near Chongjin, Hamhung and Musudan to Vladivostok", False),
 ],
 "002": [
  ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "There are already eleven thousand North Korean soldiers in the Kursk region", False),
  ("troops", NK, 500, None, "about", ["HUR", "military intelligence", "Ukraine's military intelligence agency", "Ukraine"],
   "the contingent includes about 500 officers", False),
 ],
 "003": [
  ("troops", NK, 10000, 12000, "range", ["officials", "Washington", "Seoul", "Kyiv", "United States", "U.S.", "South Korea", "Ukraine"],
   "Officials in Washington, Seoul and Kyiv have put the total at between 10,000 and 12,000", False),
  ("troops", NK, 8000, None, "at_least", ["Antony Blinken", "Blinken", "U.S. Secretary of State", "United States", "U.S."],
   "at least 8,000 of them had already moved to the Kursk border area", False),
  ("troops", NK, 2000, 9999, "vague", ["unattributed", "officials"],
   "Several thousand are believed to come from the 11th Corps", True),
 ],
 "004": [
  ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "the number of North Korean soldiers killed and wounded had already passed 3,000", False),
  ("casualties", NK, 1100, None, "about", ["joint chiefs of staff", "JCS", "South Korea's joint chiefs of staff", "South Korea", "Seoul"],
   "About 1,100 North Korean soldiers have been killed or wounded fighting Ukrainian forces in Kursk", False),
  ("casualties", NK, 200, 900, "vague", ["Pentagon", "United States", "U.S."],
   "North Korean troops had suffered several hundred casualties", True),
 ],
 "006": [
  ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
   "About 300 North Korean soldiers have been killed", False),
  ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
   "roughly 2,700 wounded while fighting for Russia against Ukraine", False),
  ("captured", NK, 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "Ukrainian forces captured two North Korean soldiers in Kursk on Jan. 9", False),
 ],
 "007": [
  ("killed", NK, 1000, None, "about", ["Defence Intelligence", "HUR", "Ukrainian intelligence", "Ukraine's Defence Intelligence", "Ukraine"],
   "about a thousand North Korean soldiers have been killed in Russia's Kursk Oblast", False),
  ("killed", NK, 300, None, "about", ["National Intelligence Service", "NIS", "South Korea", "South Korea's National Intelligence Service"],
   "which put North Korean deaths at around 300", False),
  ("casualties", RU, 38000, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Commander-in-Chief", "Ukraine"],
   "Russia's losses in Kursk Oblast since the start of the Ukrainian operation in August had exceeded 38,000 killed and wounded", False),
  ("captured", RU, 700, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Commander-in-Chief", "Ukraine"],
   "more than 700 Russian servicemen had been taken prisoner there", False),
  ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "Ukrainian forces had captured two North Korean soldiers", False),
 ],
 "008": [
  ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
   "the Ukrainian Armed Forces lost more than 76,000 servicemen killed and wounded in the region since August 6, 2024", False),
 ],
 "009": [
  ("casualties", NK, 4700, None, "about", NIS + ["South Korea's intelligence agency", "intelligence agency"],
   "have suffered about 4,700 casualties", False),
  ("killed", NK, 600, None, "about", NIS + ["South Korea's intelligence agency", "intelligence agency"],
   "some 600 of them fatal", False),
  ("troops", NK, 3000, None, "about", NIS + ["lawmaker"],
   "North Korea dispatched an additional 3,000 or so troops to Russia in January and February", False),
 ],
 "012": [
  ("troops", NK, 12000, None, "up_to", ["South Korean and Western estimates", "South Korea", "Western estimates", "Western"],
   "Up to 12,000 North Korean soldiers were deployed to the Kursk region in the autumn of 2024", False),
  ("killed", NK, 600, None, "about", ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service", "South Korea"],
   "about 600 of them had been killed", False),
 ],
 "013": [
  ("killed", NK, 2000, None, "about", NIS + ["South Korean intelligence"],
   "Around 2,000 North Korean soldiers have been killed fighting for Russia", False),
  ("killed", NK, 600, None, "exact", NIS + ["South Korean intelligence"],
   "the 600 deaths the agency reported in April", False),
  ("troops", NK, 11000, None, "about", ["unattributed"],
   "Pyongyang sent roughly 11,000 troops to Russia's Kursk region in late 2024", False),
  ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
   "Two North Korean soldiers captured in January remain in Ukrainian custody", False),
 ],
}

NOT = {
 "000": ["some 10,000 by December", "around 100 basic military terms", "11th Corps", "paras 5-7",
         "between Oct. 8 and 13", "in their early 20s", "3.25 pct", "3-day concerts", "KOSPI 2,599.62", "USD/KRW 1,383.50"],
 "002": ["Russia has lost 699,080 troops in Ukraine since Feb. 24, 2022", "15,000+ members", "$5 a month",
         "KN-23 ballistic missiles", "several hundred square kilometers", "Nov. 4"],
 "003": ["about 1.2 million active-duty troops", "around $2,000 a month per soldier", "1950-53 Korean War",
         "serve up to 10 years", "for the first time in 24 years", "Article 4", "destroys 132 homes", "magnitude 6.8"],
 "004": ["240mm multiple rocket launchers", "170mm self-propelled guns", "52 of the 73 drones",
         "Kyiv and four other regions", "two more villages"],
 "006": ["One of them is 26", "born in 2005", "One soldier, about to be captured", "Families of 179 Jeju Air crash victims",
         "June 19, 2024", "80 countries"],
 "007": ["Russia loses 1,520 soldiers and 12 tanks in a day", "Ukraine brings home 25 defenders from Russian captivity",
         "Drone debris damages 3 houses", "16 January 2025"],
 "008": ["Article 4", "June 19, 2024", "over 400 tanks", "300 infantry fighting vehicles",
         "more than 3,500 pieces of other equipment", "115 Ukrainian drones over six regions"],
 "009": ["new 5,000-ton destroyer", "3-way air drill", "April 26", "June 2024"],
 "012": ["1,000 sappers to clear mines", "5,000 military builders", "for the second time in two weeks",
         "hundreds of square kilometers"],
 "013": ["$2 a month", "August 2024 offensive"],
}

OFF = ["001", "005", "011", "014"]
DUP = {"010": "009"}

conflicts = {
 "must": [
  ["004-1", "004-2", "more than 3,000 North Korean casualties (Zelensky) against about 1,100 (South Korea's JCS), same live blog, same day"],
  ["006-1", "007-1", "about 300 North Korean killed (NIS, Jan 13) against about a thousand killed since December (HUR, Jan 16), three days apart"],
  ["007-1", "007-2", "about a thousand killed (HUR) against the NIS's around 300, set side by side in the same article"],
 ],
 "may": [
  ["000-1", "002-1", "3,000 moved to Russia (Oct 23) against 11,000 in Kursk (Nov 4): a cumulative figure rising over 12 days"],
  ["000-1", "003-1", "3,000 (Oct 23) against a total of 10,000-12,000 (Nov 8): cumulative, two weeks later"],
  ["000-1", "003-2", "3,000 in Russia (Oct 23) against at least 8,000 in Kursk (Nov 8): cumulative, two weeks later"],
  ["000-2", "002-1", "1,500 in the first stage (mid-October) against 11,000 (Nov 4): cumulative"],
  ["000-2", "003-1", "1,500 in the first stage against a total of 10,000-12,000: cumulative"],
  ["000-2", "003-2", "1,500 in the first stage against at least 8,000 in Kursk: cumulative"],
  ["000-1", "013-3", "3,000 (Oct 2024) against roughly 11,000 sent in late 2024 (Sep 2025): months apart"],
  ["000-2", "013-3", "1,500 (Oct 2024) against roughly 11,000 (Sep 2025): months apart"],
  ["009-3", "002-1", "an additional 3,000 (Jan-Feb 2025) against the first 11,000"],
  ["009-3", "003-1", "an additional 3,000 against the first 10,000-12,000"],
  ["009-3", "003-2", "an additional 3,000 against at least 8,000"],
  ["009-3", "013-3", "an additional 3,000 against roughly 11,000 in late 2024"],
  ["009-3", "000-2", "an additional 3,000 (2025) against the 1,500 first stage (Oct 2024): months apart"],
  ["004-2", "009-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): cumulative, four months apart"],
  ["006-1", "009-2", "about 300 killed (Jan) against about 600 (Apr): cumulative, months apart"],
  ["006-1", "012-2", "about 300 killed (Jan) against about 600 (NIS April figure, June article): months apart"],
  ["006-1", "013-1", "about 300 killed (Jan) against about 2,000 (Sep): months apart"],
  ["006-1", "013-2", "about 300 killed (Jan) against 600 reported in April (Sep article): months apart"],
  ["007-1", "009-2", "about 1,000 killed (HUR, Jan) against about 600 (NIS, Apr): months apart"],
  ["007-1", "012-2", "about 1,000 killed (HUR, Jan) against about 600 (NIS, June article): months apart"],
  ["007-1", "013-1", "about 1,000 killed (Jan) against about 2,000 (Sep): months apart"],
  ["007-1", "013-2", "about 1,000 killed (HUR, Jan) against 600 (NIS April figure): months apart"],
  ["007-2", "009-2", "around 300 killed (Jan) against about 600 (Apr): cumulative, months apart"],
  ["007-2", "012-2", "around 300 killed (Jan) against about 600 (June article): months apart"],
  ["007-2", "013-1", "around 300 killed (Jan) against about 2,000 (Sep): months apart"],
  ["007-2", "013-2", "around 300 killed (Jan) against 600 (Sep article): months apart"],
  ["009-2", "013-1", "about 600 killed (Apr) against about 2,000 (Sep): same agency's cumulative figure rising, months apart"],
  ["012-2", "013-1", "about 600 killed (June article) against about 2,000 (Sep): cumulative update, months apart"],
 ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
