#!/usr/bin/env python3
"""Gold labels for testdata/blind316 (run: python3 gold.py > gold.json)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind316: fifteen articles written blind in our own words about the real "
         "story's reporting (October 2024 - December 2025). See testdata/corpus/README.md for the meaning "
         "of every field.")

NK, RU = "north_korea", "russia"
NIS = ["National Intelligence Service", "NIS", "South Korea"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine"]
BUD = ["Budanov", "Kyrylo Budanov", "Defence Intelligence", "HUR", "Ukraine"]

A = {
 "000": [
  ("troops", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
   "bringing the number it has dispatched there so far to about 3,000", False),
 ],
 "001": [
  ("troops", NK, 11000, None, "exact", BUD,
   "eleven thousand North Korean soldiers are now on Russian territory", False),
  ("troops", NK, 500, None, "at_least", BUD,
   "The contingent includes at least 500 officers", False),
 ],
 "003": [
  ("casualties", NK, 1100, None, "about", JCS,
   "About 1,100 North Korean soldiers have been killed or wounded fighting Ukrainian forces in Russia's Kursk region", False),
  ("killed", NK, 100, None, "at_least", NIS + ["Park Sun-won"],
   "at least 100 North Korean soldiers had been killed", False),
  ("wounded", NK, 1000, None, "about", NIS + ["Park Sun-won"],
   "about 1,000 wounded", False),
 ],
 "004": [
  ("casualties", NK, 1000, None, "more_than", ["John Kirby", "Kirby", "White House", "United States"],
   "more than 1,000 killed and wounded in just the past week", False),
  ("casualties", NK, 200, 900, "vague", ["Pat Ryder", "Ryder", "Pentagon", "United States"],
   "had put North Korean losses at \"hundreds\" killed and wounded", True),
  ("casualties", NK, 3000, None, "more_than", ZEL,
   "had already put more than 3,000 North Korean soldiers out of action, killed and wounded", False),
  ("casualties", RU, 1770, None, "exact", ["General Staff", "Ukraine"],
   "Russia lost 1,770 personnel killed and wounded over the past day", False),
 ],
 "005": [
  ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
   "North Korean soldiers fighting for Russia have suffered some 3,000 casualties since they were thrown into battle in the Kursk region in December", False),
  ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
   "roughly 300 North Korean soldiers had been killed", False),
  ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
   "had been killed and 2,700 wounded", False),
  ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
   "the agency put the number of wounded at around 1,000", False),
  ("casualties", NK, 4000, None, "about", ["Andriy Yusov", "Yusov", "HUR", "military intelligence", "Ukraine"],
   "North Korean losses had reached \"around 4,000 killed and wounded\"", False),
  ("troops", NK, 2000, 9999, "vague", ["Western and South Korean intelligence", "Western intelligence", "South Korea"],
   "Pyongyang sent thousands of troops to Russia last autumn", True),
  ("captured", NK, 2, None, "exact", ZEL,
   "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
 ],
 "007": [
  ("troops", NK, 3000, None, "about", JCS,
   "North Korea has shipped about 3,000 more soldiers to Russia since the start of the year", False),
  ("troops", NK, 11000, None, "about", ["unattributed"],
   "North Korean troops in Russia, late 2024: about 11,000", False),
 ],
 "009": [
  ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
   "have suffered about 4,700 casualties", False),
  ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
   "including some 600 deaths", False),
  ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
   "up from about 3,000 casualties the National Intelligence Service cited in January", False),
 ],
 "011": [
  ("troops", NK, 11000, 12000, "range", ["South Korean and Ukrainian intelligence", "South Korea", "Ukraine"],
   "Between 11,000 and 12,000 in the autumn of 2024", False),
  ("troops", NK, 3000, None, "about", ["Seoul", "South Korea"],
   "Seoul says a further 3,000 or so arrived in January and February", False),
  ("killed", NK, 600, None, "about", NIS,
   "Around 600, according to South Korea's National Intelligence Service", False),
  ("captured", NK, 2, None, "exact", ["unattributed"],
   "Two, both wounded and taken by Ukrainian forces in January", False),
 ],
 "013": [
  ("killed", NK, 2000, None, "about", NIS + ["lawmakers", "Park Sun-won"],
   "Some two thousand North Korean soldiers are now believed to have died since the deployment began last autumn", False),
  ("troops", NK, 15000, None, "up_to", NIS + ["Park Sun-won"],
   "as many as 15,000 soldiers have been rotated through Russia in total", False),
  ("troops", NK, 2000, 9999, "vague", NIS + ["Park Sun-won"],
   "several thousand remain in and around Kursk", True),
 ],
 "014": [
  ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "Kim Jong Un", "North Korea", "state media"],
   "acknowledging that nine of them died during the mission", False),
  ("killed", NK, 2000, None, "about", ["South Korea's spy agency", "National Intelligence Service", "NIS", "South Korea"],
   "about 2,000 North Korean soldiers had been killed since the North first sent troops to Russia", False),
 ],
}

NOT = {
 "000": ["a total of 10,000 troops by December", "more than 13,000 containers", "around 100 containers a day",
         "KOSPI 2,593.79", "1,383.2 per dollar", "60 more surveillance drones", "2 days of civil defense drills",
         "paras 5-8", "Oct. 8"],
 "001": ["120-mm mortars", "more than 7,000 km from the front line", "1 November",
         "Russian forces lose 1,380 soldiers in a day", "North Korea could send up to 12K troops",
         "Two killed, 14 injured"],
 "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "Dec. 17",
         "Won falls past 1,450 against dollar", "7 injured as car crashes", "2nd straight month"],
 "004": ["Day 1,038", "13 tanks, 41 artillery systems and 76 drones", "25 of 40 Shahed-type drones",
         "15 more were", "two houses", "€18 billion", "70 missiles", "UTC+2"],
 "005": ["born in 2005", "aged 26", "since 2021", "12 Ukrainian missiles", "February 23"],
 "007": ["around 220 artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
         "1,443.20 per dollar", "slipped 0.5%", "about 6,900 km", "25% Tariffs", "78% Revenue Surge",
         "$500 Billion", "Listen (3 min)"],
 "009": ["20 trillion won ($14 billion)", "5,000-ton destroyer", "0.6% at 36,045", "2 plus 2"],
 "011": ["1,000 sappers", "5,000 military construction workers", "Article 4", "June 2024", "April 28",
         "3 min Reading time", "5 days of strikes in 10 key points"],
 "013": ["1.2-hectare site", "October 10", "80th anniversary", "10 rockets", "56%", "3,000 separated families"],
 "014": ["120 days", "1,000 deminers", "5,000 military construction workers", "$1.1 billion", "200,000"],
}

OFF = ["002", "006", "010", "012"]
DUP = {"008": "005"}

conflicts = {
 "must": [
  ["000-1", "001-1", "about 3,000 North Korean troops sent to Russia so far (NIS, Oct 23) against 11,000 already in Russia (Budanov, Oct 25), two days apart"],
  ["003-1", "004-3", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 27), four days apart"],
  ["005-1", "005-5", "some 3,000 casualties (NIS) against around 4,000 killed and wounded (HUR's Yusov) in the same article"],
 ],
 "may": [
  ["000-1", "007-2", "3,000 so far in October 2024 against about 11,000 for late 2024, reported four months later"],
  ["000-1", "011-1", "3,000 so far in October 2024 against 11,000-12,000 for the autumn, reported eight months later"],
  ["001-1", "007-1", "11,000 against an additional 3,000"],
  ["001-1", "011-2", "11,000 against a further 3,000"],
  ["007-1", "007-2", "an additional 3,000 against the 11,000 sent in 2024"],
  ["007-1", "011-1", "an additional 3,000 against 11,000-12,000"],
  ["007-2", "011-2", "11,000 against a further 3,000"],
  ["011-1", "011-2", "11,000-12,000 against a further 3,000"],
  ["003-1", "005-1", "1,100 casualties in December against 3,000 three weeks later (a cumulative rise)"],
  ["003-1", "005-5", "1,100 casualties in December against 4,000 three weeks later"],
  ["003-1", "009-1", "1,100 in December against 4,700 four months later"],
  ["003-1", "009-3", "1,100 in December against 3,000 in January, reported in April"],
  ["004-3", "005-1", "more than 3,000 against some 3,000, bound about met"],
  ["004-3", "009-3", "more than 3,000 against about 3,000 in January"],
  ["005-1", "009-1", "3,000 in January against 4,700 in April (same agency, cumulative)"],
  ["005-5", "009-1", "4,000 in January against 4,700 in April"],
  ["005-5", "009-3", "4,000 (HUR, January) against NIS's January 3,000 restated in April"],
  ["005-2", "009-2", "300 killed in January against 600 in April (same agency, cumulative)"],
  ["005-2", "011-3", "300 killed in January against 600 from April, reported in June"],
  ["005-2", "013-1", "300 killed in January against 2,000 in September"],
  ["005-2", "014-2", "300 killed in January against 2,000 from September, reported in December"],
  ["009-2", "013-1", "600 killed in April against 2,000 in September (same agency, cumulative)"],
  ["009-2", "014-2", "600 killed in April against 2,000 from September"],
  ["011-3", "013-1", "600 killed (April figure) against 2,000 in September"],
  ["011-3", "014-2", "600 killed (April figure) against 2,000 from September"],
 ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
