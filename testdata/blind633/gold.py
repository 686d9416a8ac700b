#!/usr/bin/env python3
"""Gold labels for testdata/blind633 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind633: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025). Same schema as corpus/gold.json; "
         "see corpus/README.md for what counts as a claim and a conflict.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Volodymyr Zelensky", "Ukraine", "Kyiv"]
HUR = ["Andriy Yusov", "Yusov", "HUR", "Defense Intelligence", "Ukraine's military intelligence", "Ukraine"]
SSO = ["Special Operations Forces", "SSO", "Ukraine"]

A = {
 "000": [
  ("troops", NK, 1500, None, "about", NIS,
   "about 1,500 soldiers from North Korea's special operations forces were carried from ports near Chongjin, Hamhung and Musudan to Vladivostok", False),
  ("troops", NK, 200, 999, "vague", NIS,
   "hundreds of North Korean engineers and officers are working alongside Russian units", True),
 ],
 "002": [
  ("troops", NK, 11000, None, "exact", ZEL,
   "Eleven thousand North Korean soldiers are now in Russia's Kursk region", False),
  ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "U.S.", "US", "Washington"],
   "Blinken said roughly 8,000 of them had been moved to Kursk", False),
  ("troops", NK, 10000, None, "up_to", ["Pentagon", "Sabrina Singh", "United States", "U.S.", "US", "Washington"],
   "up to 10,000 North Korean troops are in Russia", False),
 ],
 "003": [
  ("captured", NK, 2, None, "exact", ZEL,
   "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's western Kursk region", False),
  ("troops", NK, 10000, None, "more_than", ["Ukraine and its Western allies", "Ukraine", "Western allies", "allies"],
   "North Korea has sent more than 10,000 soldiers to Russia since October", False),
 ],
 "004": [
  ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
   "about 300 North Korean soldiers have died", False),
  ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
   "roughly 2,700 have been wounded", False),
  ("casualties", NK, 3000, None, "about", ["Lee Seong-kweun", "Lee"] + NIS,
   "the North Korean contingent has lost some 3,000 men to death or injury", False),
  ("captured", NK, 2, None, "exact", NIS,
   "two North Korean soldiers had been captured by Ukrainian forces", False),
 ],
 "005": [
  ("killed", NK, 1000, None, "more_than", HUR,
   "has lost more than a thousand men killed since it was thrown into frontal assaults in mid-December", False),
  ("killed", NK, 17, None, "exact", SSO,
   "drone crews and artillery killed 17 North Korean soldiers", False),
  ("wounded", NK, 8, None, "exact", SSO,
   "wounded eight more", False),
  ("troops", RU, 50000, None, "about", HUR,
   "Russia has massed about 50,000 of its own troops for the Kursk counteroffensive", False),
  ("captured", NK, 2, None, "exact", ["Kyiv", "Ukraine", "Zelensky", "Zelenskyy"],
   "the two North Korean prisoners captured last week", False),
 ],
 "006": [
  ("casualties", NK, 3000, None, "more_than", ZEL,
   "More than 3,000 of the North Korean soldiers sent to the Kursk region have now been killed or wounded", False),
  ("casualties", NK, 1100, None, "about", JCS,
   "South Korea's Joint Chiefs of Staff puts North Korean casualties at around 1,100", False),
  ("killed", NK, 100, None, "at_least", NIS,
   "at least 100 North Korean soldiers had been killed since their first combat in early December", False),
  ("wounded", NK, 1000, None, "about", NIS,
   "close to 1,000 had been wounded", False),
 ],
 "007": [
  ("troops", NK, 11000, None, "about", ["unattributed"],
   "Around 11,000 North Korean soldiers arrived in the Kursk region last autumn", False),
  ("troops", NK, 3000, None, "about", JCS,
   "Pyongyang has sent some three thousand more to join them", False),
  ("casualties", NK, 2000, 9999, "vague", ["Ukraine", "South Korea", "estimates published in Ukraine and South Korea"],
   "put North Korea's combat losses at several thousand", True),
  ("casualties", UA, 53000, None, "more_than", ["Russian Defense Ministry", "Russian Ministry of Defense", "Defense Ministry", "Russia", "Moscow"],
   "Ukraine had lost more than 53,000 troops in the Kursk region since August", False),
 ],
 "008": [
  ("casualties", NK, 4700, None, "about", NIS + ["Park Sun-won"],
   "North Korea has suffered about 4,700 casualties fighting for Russia", False),
  ("killed", NK, 600, None, "about", NIS + ["Park Sun-won"],
   "including roughly 600 soldiers killed", False),
  ("troops", NK, 15000, None, "about", NIS + ["Park Sun-won"],
   "about 15,000 North Korean troops have been sent to Russia in total", False),
 ],
 "009": [
  ("casualties", NK, 4700, None, "about", NIS,
   "about 4,700 North Korean soldiers had been killed or wounded fighting in the region", False),
 ],
 "010": [
  ("killed", NK, 2000, None, "about", NIS,
   "it believed around 2,000 North Korean soldiers had been killed in the fighting", False),
  ("killed", NK, 600, None, "about", NIS,
   "up from the roughly 600 it had cited in April", False),
  ("troops", NK, 10000, 12000, "range", ["Ukraine", "US", "United States", "South Korea", "estimates by Ukraine, the US and South Korea"],
   "Pyongyang sent between 10,000 and 12,000 troops in the autumn of 2024", False),
  ("troops", NK, 2000, 9999, "vague", ["Ukraine", "US", "United States", "South Korea"],
   "added several thousand more this year", True),
 ],
}

NOT = {
 "000": ["12K-strong deployment", "intends to send a total of 12,000 troops in four brigades",
         "four Russian navy landing ships", "more than 13,000 containers of munitions",
         "10,000 soldiers' lives", "1.4 million young people volunteered", "60-meter sections",
         "past 1 million copies", "KOSPI 2,593.91"],
 "002": ["a range of about 300 kilometers", "$425 million security assistance package",
         "7 swing states", "The 270 paths"],
 "003": ["born in 2005", "born in 1999", "1st launch of 2025", "3 billion dollar loan"],
 "004": ["two days before", "families of 179 victims", "7 trillion won", "150 won", "KOSPI 2,489.56"],
 "005": ["Kills 13, Injures Dozens", "about 500 square kilometers", "$5 a month",
         "$50 Billion G7 Loan", "2nd Batch of F-16s"],
 "006": ["78 drones and seven missiles", "52 of the drones had been shot down",
         "a range of up to 60 kilometres", "15th package of sanctions", "52 vessels",
         "death toll rises to five"],
 "007": ["(1950–1953)", "about $2,000 a month for each soldier", "a Kursk village of 300 people",
         "€5 a month"],
 "008": ["as many as 12 million artillery shells", "about 220 units of 170mm self-propelled guns and 240mm multiple rocket launchers",
         "around $20 billion", "rose as much as 3.4%", "Blackout Hit 50 Million People", "First 100 Days"],
 "009": ["thousands of military workers", "1,000 sappers", "5,000 military construction workers",
         "send 6,000 military engineers and builders", "third trip to Pyongyang in about three months",
         "3-way air drills"],
 "010": ["up to 30,000 more troops", "Tens of millions have placed their trust",
         "200 years ago", "4,000-year-old mystery"],
}

OFF = ["001", "011", "013", "014"]
DUP = {"012": "003"}

conflicts = {
 "must": [
  ["002-1", "002-2", "Zelenskyy's 11,000 North Korean soldiers in Kursk against Blinken's roughly 8,000 moved to Kursk, five days apart, in one article"],
  ["006-1", "006-2", "more than 3,000 casualties (Zelenskyy) against around 1,100 (South Korea's JCS), the same day, in one live blog"],
  ["004-1", "005-1", "about 300 killed (NIS via Lee Seong-kweun, 13 Jan) against more than 1,000 killed (HUR's Yusov, 16 Jan), three days apart"],
 ],
 "may": [
  ["002-1", "002-3", "11,000 in Kursk against up to 10,000 in all of Russia, a day apart: a different scope"],
  ["002-2", "003-2", "8,000 moved to Kursk (Oct) against more than 10,000 sent to Russia (Jan): months apart, different scope"],
  ["002-3", "003-2", "up to 10,000 (Nov) against more than 10,000 (Jan): two months apart"],
  ["002-2", "007-1", "8,000 (Oct) against about 11,000 arrived last autumn (Feb article): months apart"],
  ["002-3", "007-1", "up to 10,000 in Russia (Nov) against about 11,000 in Kursk (Feb article): months apart"],
  ["002-1", "007-2", "11,000 against an additional three thousand"],
  ["002-2", "007-2", "8,000 against an additional three thousand"],
  ["002-3", "007-2", "up to 10,000 against an additional three thousand"],
  ["003-2", "007-2", "more than 10,000 against an additional three thousand"],
  ["007-1", "007-2", "11,000 arrived in autumn against some three thousand more since January"],
  ["000-1", "007-2", "1,500 first stage (Oct) against an additional three thousand (Feb)"],
  ["000-1", "007-1", "1,500 first stage (Oct) against about 11,000 (Feb): months apart, a part"],
  ["000-1", "003-2", "1,500 first stage (Oct) against more than 10,000 (Jan): months apart, a part"],
  ["000-1", "008-3", "1,500 first stage against 15,000 in total, six months apart"],
  ["000-1", "010-3", "1,500 first stage against 10,000-12,000 in the autumn, reported a year apart"],
  ["002-1", "008-3", "11,000 (Nov) against 15,000 in total with reinforcements (Apr)"],
  ["002-2", "008-3", "8,000 (Oct) against 15,000 in total (Apr)"],
  ["002-3", "008-3", "up to 10,000 (Nov) against 15,000 in total (Apr)"],
  ["003-2", "008-3", "more than 10,000 (Jan) against 15,000 in total (Apr)"],
  ["007-1", "008-3", "about 11,000 in the autumn against 15,000 in total with reinforcements"],
  ["007-2", "008-3", "an additional three thousand against 15,000 in total"],
  ["002-2", "010-3", "8,000 in Kursk (Oct 2024) against 10,000-12,000 sent that autumn (Sep 2025 article)"],
  ["008-3", "010-3", "15,000 in total (Apr) against 10,000-12,000 in the autumn of 2024"],
  ["007-2", "010-3", "an additional three thousand against 10,000-12,000 in the autumn"],
  ["010-3", "010-4", "10,000-12,000 against several thousand more this year"],
  ["008-3", "010-4", "15,000 in total against several thousand more this year"],
  ["006-2", "004-3", "about 1,100 casualties (JCS, 23 Dec) against some 3,000 (NIS via Lee, 13 Jan): three weeks of heavy fighting apart"],
  ["006-1", "004-3", "more than 3,000 (23 Dec) against some 3,000 (13 Jan)"],
  ["006-2", "007-3", "about 1,100 (Dec) against several thousand (Feb)"],
  ["006-2", "008-1", "about 1,100 (Dec) against about 4,700 (Apr): months apart"],
  ["006-2", "009-1", "about 1,100 (Dec) against about 4,700 (April figure)"],
  ["004-3", "008-1", "some 3,000 (Jan) against about 4,700 (Apr): a later rise, months apart"],
  ["004-3", "009-1", "some 3,000 (Jan) against about 4,700 (April figure)"],
  ["006-4", "004-2", "close to 1,000 wounded (NIS, Dec) against roughly 2,700 (NIS, Jan): a later rise, three weeks apart"],
  ["004-1", "008-2", "about 300 killed (Jan) against roughly 600 (Apr): a later rise by the same agency"],
  ["004-1", "010-1", "about 300 killed (Jan) against around 2,000 (Sep)"],
  ["004-1", "010-2", "about 300 killed (Jan) against roughly 600 (April figure)"],
  ["005-1", "008-2", "more than 1,000 killed (HUR, Jan) against roughly 600 (NIS, Apr): months apart"],
  ["005-1", "010-2", "more than 1,000 killed (HUR, Jan) against roughly 600 (NIS, April figure)"],
  ["008-2", "010-1", "roughly 600 killed (Apr) against around 2,000 (Sep): a later rise by the same agency"],
  ["010-1", "010-2", "around 2,000 now, up from roughly 600 in April: an update in one article"],
 ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
