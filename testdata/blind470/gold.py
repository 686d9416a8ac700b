#!/usr/bin/env python3
"""Gold labels for testdata/blind470 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind470: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025), labelled blind. See ../corpus/README.md "
         "for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS_000 = ["National Intelligence Service", "NIS", "South Korea", "Park Sun-won", "spy agency"]
NIS_LEE = ["National Intelligence Service", "NIS", "Lee Seong-kweun", "South Korea", "spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelensky", "Ukraine"]

A = {
 "000": [
  ("troops", NK, 3000, None, "about", NIS_000,
   "North Korea has so far sent about 3,000 soldiers to Russia", False),
  ("troops", NK, 1500, None, "exact", NIS_000,
   "a first group of 1,500 special operations troops was shipped from the North's east coast to Vladivostok", False),
  ("troops", NK, 1500, None, "about", ["Park Sun-won", "National Intelligence Service", "NIS", "South Korea"],
   "Another 1,500 or so have followed since then", False),
 ],
 "001": [
  ("troops", NK, 11000, None, "exact", ZEL,
   "Eleven thousand North Korean soldiers are already in the Kursk region", False),
  ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "Secretary of State", "United States", "U.S.", "Washington"],
   "about 8,000 North Korean soldiers had been moved to the area close to the Ukrainian border", False),
  ("troops", NK, 10000, None, "about", ["Pentagon", "United States", "U.S.", "Washington"],
   "some 10,000 were sent in total to train in Russia’s far east in October", False),
 ],
 "002": [
  ("casualties", NK, 1100, None, "about", JCS,
   "About 1,100 North Korean soldiers are estimated to have been killed or wounded", False),
  ("killed", NK, 100, None, "at_least", NIS_LEE,
   "at least 100 North Korean troops had been killed in combat this month", False),
  ("wounded", NK, 1000, None, "about", NIS_LEE,
   "nearly 1,000 others injured", False),
 ],
 "004": [
  ("casualties", NK, 3000, None, "more_than", ZEL,
   "more than three thousand North Korean soldiers have already been killed or wounded in the Kursk region", False),
  ("troops", NK, 12000, None, "about",
   ["Ukrainian, South Korean, and U.S. intelligence", "Ukrainian intelligence", "South Korean intelligence",
    "U.S. intelligence", "Ukraine", "South Korea", "United States"],
   "Pyongyang has deployed around 12,000 troops to Russia", False),
  ("killed", NK, 8, None, "exact", ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"],
   "eight North Korean soldiers were killed when a Russian unit mistakenly opened fire on them", False),
  ("casualties", RU, 38000, None, "more_than", ["Syrskyi", "Oleksandr Syrskyi", "Ukraine"],
   "more than 38,000 Russian soldiers had been killed, wounded, or captured in Kursk Oblast", False),
 ],
 "005": [
  ("killed", NK, 300, None, "about", NIS_LEE,
   "Around 300 North Korean soldiers have died", False),
  ("wounded", NK, 2700, None, "about", NIS_LEE,
   "2,700 have been wounded while fighting for Russia against Ukraine", False),
  ("captured", NK, 2, None, "exact", ["Ukraine", "Zelenskiy", "Zelensky", "Volodymyr Zelenskiy"],
   "it had captured two North Korean soldiers in the Kursk region", False),
  ("casualties", NK, 2000, 9000, "vague", ["Ukrainian officials", "Ukraine"],
   "several thousand North Koreans were killed or wounded", True),
 ],
 "007": [
  ("troops", NK, 3000, None, "about", JCS,
   "North Korea appears to have sent some three thousand additional troops to Russia", False),
  ("troops", NK, 11000, None, "about", JCS,
   "the roughly 11,000 soldiers Pyongyang dispatched last autumn", False),
 ],
 "008": [
  ("casualties", UA, 76000, None, "more_than",
   ["Gerasimov", "Valery Gerasimov", "General Staff", "Russian Defense Ministry", "Russia"],
   "the losses of the Ukrainian armed forces during the fighting in the Kursk direction came to more than 76,000 servicemen", False),
 ],
 "009": [
  ("casualties", NK, 4700, None, "about", NIS_LEE + ["South Korea’s intelligence service"],
   "About 4,700 North Korean soldiers have been killed or wounded", False),
  ("killed", NK, 600, None, "about", NIS_LEE + ["South Korea’s intelligence service"],
   "including roughly 600 deaths", False),
  ("troops", NK, 15000, None, "about", NIS_LEE,
   "Pyongyang has dispatched about 15,000 troops in all", False),
  ("troops", NK, 10000, 12000, "range", ["Seoul", "Washington", "Kyiv", "South Korea", "United States", "Ukraine"],
   "between 10,000 and 12,000 had been sent", False),
  ("troops", NK, 2000, 9000, "vague", ["unattributed", "Seoul", "Washington", "Kyiv", "South Korea"],
   "several thousand reinforcements following early this year", True),
 ],
 "011": [
  ("troops", NK, 12000, None, "up_to",
   ["South Korean and Ukrainian intelligence", "South Korean intelligence", "Ukrainian intelligence", "South Korea", "Ukraine"],
   "North Korea sent up to 12,000 soldiers to Kursk last autumn", False),
  ("troops", NK, 2000, 9000, "vague",
   ["South Korean and Ukrainian intelligence", "South Korean intelligence", "Ukrainian intelligence", "South Korea", "Ukraine"],
   "later reinforced them with several thousand more", True),
 ],
 "012": [
  ("troops", NK, 11000, None, "about", ["unattributed"],
   "About 11,000 North Korean soldiers arrived in Russia's Kursk region in the autumn of 2024", False),
  ("troops", NK, 2000, 5000, "vague", ["unattributed"],
   "a few thousand more followed early this year", True),
  ("troops", NK, 1000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
   "about 1,000 deminers were already at work in Kursk", False),
  ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea", "lawmakers"],
   "the agency now puts the number of North Korean dead at around 2,000", False),
  ("killed", NK, 600, None, "about", ["National Intelligence Service", "NIS", "South Korea", "spy agency"],
   "the roughly 600 killed it reported in April", False),
  ("captured", NK, 2, None, "exact", ["unattributed"],
   "Two North Korean soldiers captured by Ukraine in January 2025", False),
  ("troops", NK, 15000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
   "Troops sent in total: ~15K (NIS estimate)", False),
 ],
}

NOT = {
 "000": ["the total could reach 10,000 by December", "US$2,000 a month per soldier", "between Oct. 8 and 13",
         "the 11th Corps", "N. Korea blows up 2 road links with S. Korea", "20-minute phone call",
         "ADDS details in paras 4-7", "KOSPI closes 1.31 pct lower at 2,581.03"],
 "001": ["about 1,000 square kilometers (386 square miles)", "80th Air Assault Brigade", "a 122 mm howitzer",
         "5 things to watch", "Russian glide bombs kill 2 in Kharkiv", "Inflation ticks up to 2.4%"],
 "002": ["around 20,000 containers of munitions and weapons", "a seventh nuclear test", "on Jan. 20",
         "3 killed in Gyeonggi apartment fire", "W1.8tr merger", "KOSPI 2,442.01", "USD/KRW 1,450.30"],
 "004": ["Russia launches 78 drones overnight, 52 shot down", "over 20,000 members", "3 min read",
         "came into force on Dec. 4"],
 "005": ["born in 2005", "26 years old", "One soldier who was about to be captured", "Updated 2 hours ago", "Russia launched 74 drones and 3 missiles overnight"],
 "007": ["day 1,100", "2.5% of GDP", "more than six hours", "about 160,000 households without power",
         "128 of the 177 drones", "about 8 kilometres southwest", "170mm self-propelled guns",
         "240mm multiple rocket launchers", "for about a month"],
 "008": ["over 7,700 units of weapons and military equipment", "412 tanks", "318 infantry fighting vehicles",
         "283 armored personnel carriers", "1,551 other armored vehicles", "August 6, 2024",
         "2 injured as drone debris falls on house", "82.3 per dollar"],
 "009": ["about 200 long-range artillery guns", "Trump’s first 100 days", "readers in 180 countries"],
 "011": ["1,000 deminers and 5,000 military construction workers", "third trip to North Korea in about three months",
         "tens of thousands of laborers", "2 B-52 bombers", "5,000-ton destroyer", "fall 1.7% in May"],
 "012": ["some 5,000 construction troops would follow in stages", "about 7,000 km",
         "Years since North Korea last fought a war abroad: 50+", "more than three times",
         "millions of artillery shells"],
}

OFF = ["003", "006", "010", "013"]
DUP = {"014": "004"}

MAY = [
 # troop totals at different dates or scopes: defensible either way, not scored
 ["000-1", "001-1", "3,000 sent to Russia by Oct 23 against 11,000 in Kursk on Nov 5: deployment still growing (NIS expected 10,000 by December)"],
 ["000-1", "001-2", "3,000 by Oct 23 against about 8,000 a week later: deployment still growing"],
 ["000-1", "001-3", "3,000 by Oct 23 against about 10,000 a week later: deployment still growing"],
 ["000-1", "004-2", "3,000 in October against around 12,000 two months later"],
 ["000-1", "007-2", "3,000 in October against the roughly 11,000 sent last autumn, stated months later"],
 ["000-1", "009-3", "3,000 in October against about 15,000 in all, six months later"],
 ["000-1", "009-4", "3,000 in October against 10,000-12,000 said last autumn"],
 ["000-1", "012-1", "3,000 in October against about 11,000 arrived in autumn, stated a year later"],
 ["000-1", "012-7", "3,000 in October against ~15K in total, a year later"],
 ["001-1", "001-3", "11,000 in Kursk against some 10,000 sent in total to Russia's far east (different scope)"],
 ["001-1", "004-2", "11,000 in Kursk against around 12,000 in Russia seven weeks later"],
 ["001-1", "007-1", "11,000 against some 3,000 additional troops"],
 ["001-1", "009-3", "11,000 in November against about 15,000 in all including reinforcements"],
 ["001-1", "012-7", "11,000 in November against ~15K in total including reinforcements"],
 ["001-2", "004-2", "about 8,000 near Kursk against around 12,000 in Russia seven weeks later"],
 ["001-2", "007-1", "8,000 against some 3,000 additional troops"],
 ["001-2", "007-2", "8,000 near Kursk against roughly 11,000 sent last autumn, stated months later"],
 ["001-2", "009-3", "8,000 in November against about 15,000 in all"],
 ["001-2", "009-4", "8,000 near Kursk against 10,000-12,000 sent, restated months later"],
 ["001-2", "012-1", "8,000 in November against about 11,000 arrived in autumn, stated a year later"],
 ["001-2", "012-7", "8,000 in November against ~15K in total"],
 ["001-3", "004-2", "about 10,000 against around 12,000 seven weeks later"],
 ["001-3", "007-1", "10,000 against some 3,000 additional troops"],
 ["001-3", "007-2", "10,000 against roughly 11,000, stated months later"],
 ["001-3", "009-3", "10,000 against about 15,000 in all"],
 ["001-3", "012-1", "10,000 against about 11,000, stated a year later"],
 ["001-3", "012-7", "10,000 against ~15K in total"],
 ["004-2", "007-1", "12,000 against some 3,000 additional troops"],
 ["004-2", "007-2", "around 12,000 against roughly 11,000, two months apart"],
 ["004-2", "009-3", "12,000 in December against about 15,000 in all by April"],
 ["004-2", "012-1", "around 12,000 against about 11,000, months apart"],
 ["004-2", "012-7", "12,000 in December against ~15K in total by September"],
 ["007-1", "007-2", "some 3,000 additional troops against the 11,000 sent earlier (an additional force)"],
 ["007-1", "009-3", "3,000 additional against about 15,000 in all"],
 ["007-1", "009-4", "3,000 additional against 10,000-12,000 sent last autumn"],
 ["007-1", "012-1", "3,000 additional against about 11,000 arrived in autumn"],
 ["007-1", "012-7", "3,000 additional against ~15K in total"],
 ["007-2", "009-3", "11,000 sent last autumn against about 15,000 in all including reinforcements"],
 ["007-2", "012-7", "11,000 sent last autumn against ~15K in total"],
 ["009-3", "009-4", "about 15,000 in all now against 10,000-12,000 said last autumn, before reinforcements"],
 ["009-3", "011-1", "about 15,000 in all against up to 12,000 sent last autumn (different scope)"],
 ["009-3", "012-1", "about 15,000 in all against about 11,000 arrived in autumn 2024"],
 ["009-4", "012-7", "10,000-12,000 said last autumn against ~15K in total"],
 ["011-1", "012-7", "up to 12,000 sent last autumn against ~15K in total"],
 ["012-1", "012-7", "about 11,000 arrived in autumn 2024 against ~15K in total including later reinforcements"],
 # cumulative losses rising over weeks or months (same agency): updates, defensible either way
 ["002-3", "005-2", "NIS: nearly 1,000 wounded (Dec 19) rising to 2,700 (Jan 13), a cumulative update"],
 ["005-1", "009-2", "NIS: about 300 killed (January) rising to about 600 (April), a cumulative update"],
 ["005-1", "012-4", "NIS: about 300 killed (January) against about 2,000 (September)"],
 ["005-1", "012-5", "NIS: about 300 killed (January) against 600 reported in April"],
 ["009-2", "012-4", "NIS: about 600 killed (April) rising to about 2,000 (September)"],
 ["012-4", "012-5", "NIS: about 2,000 killed now against 600 reported in April, stated as an update"],
 ["002-1", "009-1", "1,100 casualties (JCS, December) against about 4,700 (NIS, April), months apart"],
]

conflicts = {
 "must": [
  ["001-1", "001-2", "11,000 North Korean troops in Kursk (Zelenskyy) against about 8,000 moved to the area (Blinken), same article, same week"],
  ["002-1", "004-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed or wounded (Zelensky, reported Dec 26), three days apart"],
 ],
 "may": MAY,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
