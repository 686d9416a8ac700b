#!/usr/bin/env python3
"""Gold labels for blind444 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]

A = {
 "000": [
  ("troops", "north_korea", 1500, None, "exact", NIS + ["Park Sun-won"],
   "North Korea has moved an additional 1,500 soldiers to Russia", False),
  ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
   "bringing the number it has dispatched so far to some three thousand", False),
 ],
 "001": [
  ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Ukrainian intelligence"],
   "Eleven thousand North Korean soldiers are now in Russia's Kursk Oblast", False),
  ("troops", "north_korea", 8000, None, "about", ["Antony Blinken", "Blinken", "Lloyd Austin", "Austin", "United States", "U.S.", "Washington"],
   "about 8,000 North Korean soldiers had moved to the Kursk area near the Ukrainian border", False),
  ("troops", "north_korea", 12000, None, "up_to", ["HUR", "Ukraine's military intelligence", "Ukraine"],
   "has put the total number of North Korean troops in Russia at up to 12,000", False),
 ],
 "002": [
  ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
   "At least 100 North Korean soldiers have been killed in combat in Russia's Kursk region", False),
  ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
   "around 1,000 more have been wounded", False),
  ("casualties", "north_korea", 1100, None, "about", NIS + ["Lee Seong-kweun"],
   "the NIS puts the North's losses at about 1,100", False),
  ("troops", "north_korea", 11000, None, "about", ["South Korean and U.S. intelligence", "South Korea", "United States", "U.S."],
   "North Korea is believed to have sent about 11,000 soldiers to Russia in October and November", False),
 ],
 "003": [
  ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
   "North Korean losses in the Kursk region, dead and wounded together, now stand at more than 3,000", False),
  ("casualties", "north_korea", 20, 99, "vague", ["Special Operations Forces", "Ukraine's Special Operations Forces", "Ukraine"],
   "killed or wounded dozens of North Korean soldiers", True),
  ("casualties", "ukraine", 45000, None, "more_than", ["Russia's Defense Ministry", "Russian Defense Ministry", "Russia"],
   "Ukraine had lost more than 45,000 personnel in the Kursk direction", False),
 ],
 "005": [
  ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "Ukrainian forces have taken two servicemen of the North Korean army prisoner in Russia's Kursk region", False),
 ],
 "007": [
  ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
   "about 300 North Korean soldiers sent to Russia have been killed in fighting with Ukrainian forces", False),
  ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
   "around 2,700 others have been wounded", False),
  ("captured", "north_korea", 2, None, "exact", NIS + ["Lee Seong-kweun", "Ukraine"],
   "two North Korean soldiers had been captured", False),
 ],
 "009": [
  ("troops", "north_korea", 3000, None, "about", JCS,
   "North Korea sent around 3,000 more soldiers to Russia in January and February", False),
  ("troops", "north_korea", 11000, None, "about", JCS,
   "the roughly 11,000 troops the North dispatched last year", False),
 ],
 "010": [
  ("casualties", "north_korea", 4700, None, "about", NIS,
   "have suffered some 4,700 casualties", False),
  ("killed", "north_korea", 600, None, "about", NIS,
   "including around 600 dead", False),
  ("casualties", "north_korea", 3000, None, "about", NIS,
   "when the agency put the North's casualties at roughly 3,000", False),
  ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia's General Staff", "Russia"],
   "Ukraine had lost more than 76,000 troops during the eight-month incursion", False),
 ],
 "012": [
  ("troops", "north_korea", 10000, 12000, "range", ["Ukraine", "South Korea", "United States", "US", "estimates by Ukraine, South Korea and the US"],
   "North Korea has already sent between 10,000 and 12,000 troops to fight for Russia", False),
  ("casualties", "north_korea", 2000, 9999, "vague", ["unattributed", "Ukraine", "South Korea", "United States", "US"],
   "Thousands of them are believed to have been killed or wounded", True),
 ],
 "014": [
  ("troops", "north_korea", 11000, None, "about", ["unattributed"],
   "Roughly 11,000 soldiers went in the first wave in the autumn of 2024", False),
  ("troops", "north_korea", 3000, None, "about", ["unattributed"],
   "followed by about 3,000 replacements early in 2025", False),
  ("killed", "north_korea", 2000, None, "about", NIS,
   "around 2,000 North Korean soldiers had been killed", False),
  ("wounded", "north_korea", 2000, 9999, "vague", NIS,
   "with thousands more wounded", True),
  ("killed", "north_korea", 9, None, "exact", ["Kim Jong Un", "KCNA", "North Korea", "Pyongyang"],
   "Nine of its soldiers were killed during the mission", False),
  ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
   "The two soldiers captured by Ukraine in January 2025", False),
 ],
}

NOT = {
 "000": ["about 10,000 troops by December", "four Russian navy landing ships", "born around 2005",
         "some 100 Russian military terms", "Zelensky says 10,000 N. Korean troops being prepared to join Russia's war",
         "0.25 percentage point to 3.25 pct", "2,599.62", "1,379.4 per dollar"],
 "001": ["more than 1,000 square kilometers", "155 mm artillery shells", "Russia launches 96 drones overnight",
         "62 shot down", "more than 60,000 members", "five years", "killing 1"],
 "002": ["Dec. 27", "673.3 trillion won", "about two months", "19 Dec. 2024, 18:05"],
 "003": ["Day 1,034", "over 270 tanks", "51 of 79", "Another 26", "41.83 hryvnias per dollar", "3,500 readers",
         "93 Missiles", "Below 30 Million"],
 "005": ["born in 2005", "since 2021", "born in 1999", "34 of 72 Russian drones", "six regions"],
 "007": ["Watch video 1:52", "39,190.40", "4-day workweek"],
 "009": ["the 11th Corps", "some 220 170mm self-propelled guns and 240mm multiple rocket launchers",
         "more than 20,000 containers of munitions", "June 2024", "$3,050 an ounce"],
 "010": ["Article 4", "a town of about 5,000 people", "as little as $2", "1,400 Drones", "82 per Dollar",
         "eight-month incursion"],
 "012": ["1,000 deminers", "5,000 military construction workers", "More than 130,000 residents",
         "less than a fortnight", "60-day campaign"],
 "014": ["about 120 days", "1,000 deminers", "5,000 military builders", "€1.2 billion", "15.12.2025"],
}

OFF = ["004", "008", "011", "013"]
DUP = {"006": "005"}

conflicts = {
 "must": [
  ["001-1", "001-2", "11,000 North Korean troops in Kursk (Zelensky) against about 8,000 in Kursk (Blinken and Austin), set side by side in one article days apart"],
  ["002-3", "003-1", "about 1,100 North Korean casualties (NIS, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
 ],
 "may": [
  ["000-2", "001-1", "some 3,000 sent so far (Oct 23) against 11,000 in Kursk (Nov 4): the deployment was still arriving"],
  ["000-2", "001-2", "some 3,000 sent so far (Oct 23) against about 8,000 in Kursk (Oct 31): the deployment was still arriving"],
  ["000-2", "002-4", "3,000 (Oct) against 11,000 (Dec), months apart and still arriving"],
  ["000-2", "009-2", "3,000 (Oct 2024) against 11,000 sent last year (Mar 2025), months apart"],
  ["000-2", "012-1", "3,000 (Oct 2024) against 10,000-12,000 (Jun 2025), months apart"],
  ["000-2", "014-1", "3,000 (Oct 2024) against 11,000 in the first wave (Dec 2025), months apart"],
  ["000-1", "001-1", "an additional 1,500 against 11,000 in Kursk"],
  ["000-1", "001-2", "an additional 1,500 against about 8,000 in Kursk"],
  ["000-1", "002-4", "an additional 1,500 against about 11,000"],
  ["000-1", "009-1", "an additional 1,500 (Oct 2024) against 3,000 more (Mar 2025)"],
  ["000-1", "009-2", "an additional 1,500 against 11,000 sent last year"],
  ["000-1", "012-1", "an additional 1,500 against 10,000-12,000"],
  ["000-1", "014-1", "an additional 1,500 against 11,000 in the first wave"],
  ["000-1", "014-2", "an additional 1,500 (Oct 2024) against 3,000 replacements (Dec 2025)"],
  ["001-1", "009-1", "11,000 against 3,000 more sent early 2025 (an additional force)"],
  ["001-1", "014-2", "11,000 against 3,000 replacements (an additional force)"],
  ["001-2", "002-4", "about 8,000 in Kursk (Oct 31) against about 11,000 sent (Dec 19), seven weeks apart"],
  ["001-2", "009-1", "about 8,000 against 3,000 more (an additional force, months apart)"],
  ["001-2", "009-2", "about 8,000 (Oct 2024) against 11,000 sent last year (Mar 2025), months apart"],
  ["001-2", "012-1", "about 8,000 (Oct 2024) against 10,000-12,000 (Jun 2025), months apart"],
  ["001-2", "014-1", "about 8,000 (Oct 2024) against 11,000 (Dec 2025), months apart"],
  ["001-2", "014-2", "about 8,000 against 3,000 replacements (an additional force)"],
  ["002-4", "009-1", "11,000 against 3,000 more (an additional force)"],
  ["002-4", "014-2", "11,000 against 3,000 replacements (an additional force)"],
  ["009-1", "012-1", "3,000 more against 10,000-12,000 (an additional force)"],
  ["009-1", "014-1", "3,000 more against 11,000 in the first wave (an additional force)"],
  ["009-2", "014-2", "11,000 against 3,000 replacements (an additional force)"],
  ["012-1", "014-2", "10,000-12,000 against 3,000 replacements (an additional force)"],
  ["002-3", "010-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): a cumulative figure, months apart"],
  ["002-3", "010-3", "about 1,100 casualties (Dec 2024) against roughly 3,000 (NIS's January figure, reported Apr 2025)"],
  ["007-1", "010-2", "about 300 killed (Jan 2025) against about 600 (Apr 2025): the same agency's cumulative count, months apart"],
  ["007-1", "014-3", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025): cumulative, months apart"],
  ["010-2", "014-3", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025): cumulative, months apart"],
 ],
}

about = ("Gold labels for blind444: fifteen articles written and labelled blind about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025). Same schema as testdata/corpus/gold.json.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
