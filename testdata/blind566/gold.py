#!/usr/bin/env python3
"""Gold labels for testdata/blind566 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind566 articles in articles/, written and labelled blind. "
         "See ../corpus/README.md for the meaning of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]

A = {
 "000": [
  ("troops", "north_korea", 12000, None, "about", NIS,
   "North Korea is sending around 12,000 soldiers, including special operations forces, to Russia", False),
  ("troops", "north_korea", 1500, None, "about", NIS,
   "the North has already shipped some 1,500 special forces troops to the Russian Far East port of Vladivostok", False),
 ],
 "002": [
  ("troops", "north_korea", 10000, None, "about", ["Pentagon", "United States", "U.S.", "senior defense official"],
   "Some 10,000 North Korean soldiers are now inside Russia", False),
  ("troops", "north_korea", 8000, None, "about", ["Pentagon", "United States", "U.S.", "senior defense official"],
   "roughly 8,000 of them have moved into the Kursk border region", False),
  ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
   "11,000 North Korean soldiers were already in the Kursk region", False),
 ],
 "003": [
  ("troops", "north_korea", 10000, 12000, "range", ["Seoul", "Washington", "Kyiv", "South Korea", "United States", "Ukraine"],
   "between 10,000 and 12,000 North Korean soldiers have been sent to Russia since October", False),
  ("troops", "north_korea", 11000, None, "exact", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
   "eleven thousand, according to Ukraine's military intelligence agency HUR – are now deployed in the Kursk region", False),
 ],
 "004": [
  ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
   "about 1,100 North Korean soldiers sent to Russia have been killed or wounded in fighting against Ukrainian forces", False),
  ("killed", "north_korea", 100, None, "at_least", ["intelligence agency", "National Intelligence Service", "NIS", "South Korea"],
   "at least 100 North Korean soldiers had died in combat", False),
  ("wounded", "north_korea", 1000, None, "about", ["intelligence agency", "National Intelligence Service", "NIS", "South Korea"],
   "some 1,000 others had been wounded", False),
 ],
 "006": [
  ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Syrskyi", "Ukraine"],
   "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
  ("killed", "north_korea", 50, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
   "they had killed 50 North Korean servicemen", False),
  ("wounded", "north_korea", 47, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
   "killed 50 North Korean servicemen and wounded 47", False),
  ("casualties", "north_korea", 200, 900, "vague", ["Ukrainian commanders", "Ukraine"],
   "have lost several hundred men in such assaults on Ukrainian positions", True),
 ],
 "007": [
  ("killed", "north_korea", 300, None, "about", NIS_LEE,
   "Around 300 North Korean soldiers have been killed", False),
  ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
   "2,700 wounded since the deployment began", False),
  ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "Our soldiers have captured two North Korean military personnel in the Kursk region", False),
 ],
 "008": [
  ("troops", "north_korea", 3000, None, "about", NIS,
   "North Korea dispatched an additional 3,000 or so soldiers to Russia in January and February", False),
  ("troops", "north_korea", 11000, None, "about", ["unattributed"],
   "Pyongyang first sent some 11,000 soldiers to Russia last year", False),
  ("captured", "north_korea", 2, None, "exact", ["Kyiv", "Ukraine", "unattributed"],
   "Kyiv has offered to exchange two North Korean soldiers captured in January", False),
 ],
 "010": [
  ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
   "North Korea has suffered around 4,700 casualties", False),
  ("killed", "north_korea", 600, None, "about", NIS_LEE,
   "including some 600 deaths", False),
  ("killed", "north_korea", 300, None, "about", NIS_LEE,
   "about 300 North Korean soldiers had been killed", False),
  ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
   "roughly 2,700 wounded", False),
  ("troops", "north_korea", 15000, None, "about", NIS_LEE,
   "some 15,000 North Korean soldiers have been dispatched in total", False),
  ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
   "Kyiv had lost more than 76,000 troops during the eight-month operation", False),
 ],
 "011": [
  ("troops", "north_korea", 12000, None, "up_to", ["Ukrainian and South Korean intelligence", "Ukraine", "South Korea"],
   "Up to 12,000 North Korean soldiers were sent to Kursk last autumn", False),
  ("casualties", "north_korea", 2000, 9999, "vague", ["Ukrainian and South Korean intelligence", "unattributed"],
   "thousands of them were killed or wounded", True),
 ],
 "014": [
  ("troops", "north_korea", 11000, 12000, "range", ["Western and South Korean estimates", "Western", "South Korea"],
   "Pyongyang sent 11,000 to 12,000 soldiers to Russia", False),
  ("troops", "north_korea", 3000, None, "about", ["Seoul", "South Korea"],
   "Some three thousand reinforcements followed in January and February", False),
  ("killed", "north_korea", 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
   "about 2,000 North Korean soldiers had been killed", False),
  ("troops", "north_korea", 10000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
   "About 10,000 North Korean troops remain in Russia's border areas", False),
  ("troops", "north_korea", 5000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
   "some 5,000 military construction troops have been moving to Russia since September", False),
  ("troops", "north_korea", 12000, None, "exact", ["Ukraine"],
   "12K – soldiers in Pyongyang's first wave", False),
  ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
   "2 – prisoners of war taken by Ukraine in January 2025", False),
 ],
}

NOT = {
 "000": ["Pyongyang was preparing 10,000 soldiers to send to Russia's side", "four brigades", "11th Corps",
         "KOSPI 2,593.82", "between Oct. 8 and 13", "9.1 tln won", "past 1 mln copies"],
 "002": ["a range of roughly 300 kilometers", "$425 million", "155mm artillery rounds",
         "more than 13,000 containers of munitions", "Army wants 1,000 new launched effects by 2026",
         "296 battle force ships", "56 A-10s"],
 "003": ["18 North Korean soldiers had deserted their unit", "some 1.2 million active-duty personnel",
         "as many as 100,000 men", "1,000 days into the war", "since 1953"],
 "004": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "Watch video 01:12",
         "2 Japanese nationals among 4 hurt in Hokkaido bus crash", "Nikkei average closes at 39,161"],
 "006": ["80th Separate Air Assault Brigade", "78 missiles and 106 drones", "52 of 72 Shahed drones",
         "since 6 August 2024"],
 "007": ["one of the men was born in 2005 and the other in 1999", "114 drones and three ballistic missiles",
         "62 drones were shot down and 52 others"],
 "008": ["roughly 200 long-range artillery pieces"],
 "010": ["KOSPI 2,556.61", "Families of 179 Jeju Air crash victims", "USIM cards for 25 million users",
         "indicted on 3 new counts", "Seoul to 29 degrees"],
 "011": ["1,000 sappers and 5,000 military construction workers", "about 150,000 people fled or were evacuated",
         "more than 1,500 homes", "Roughly 13,000 North Koreans entered the country last year",
         "key rate to 20%", "3.4 trillion rubles"],
 "014": ["part of the 6,000 sappers and builders Moscow said in June that Pyongyang would send",
         "6,000 – sappers and builders Moscow said in June would follow", "about 20 trillion won ($14 billion)",
         "2026 – year the memorial museum", "9 trillion yen"],
}

OFF = ["001", "005", "009", "012"]
DUP = {"013": "008"}

conflicts = {
 "must": [
  ["002-2", "002-3", "roughly 8,000 North Korean troops in Kursk (Pentagon) against 11,000 in the Kursk region (Zelenskyy), in one article on the same day"],
  ["004-1", "006-1", "about 1,100 North Korean casualties (South Korea's JCS, 23 Dec 2024) against more than 3,000 killed or wounded (Zelensky), reported three days apart"],
 ],
 "may": [],
}

def may(a, b, why):
    conflicts["may"].append([a, b, why])

# troops: totals, parts, additional forces and later counts, weeks or months apart
may("000-1", "002-1", "around 12,000 being sent in stages (NIS, 18 Oct) against some 10,000 already in Russia (Pentagon, 5 Nov): weeks apart, deployment still under way")
may("002-1", "002-3", "some 10,000 in all of Russia (Pentagon) against 11,000 in Kursk alone (Zelenskyy): a part larger than the whole, but 'some 10,000' is loose")
may("002-1", "003-2", "some 10,000 in Russia (Pentagon, 5 Nov) against eleven thousand in Kursk (HUR, 21 Nov): two weeks apart, Kursk is a part")
may("002-2", "003-2", "roughly 8,000 in Kursk (Pentagon, 5 Nov) against eleven thousand in Kursk (HUR, 21 Nov): sixteen days apart, deployment growing")
for a, b, why in [
  ("000-1", "008-2", "around 12,000 being sent (Oct 2024) against some 11,000 first sent (Feb 2025 retrospect)"),
  ("000-1", "010-5", "around 12,000 (Oct 2024) against some 15,000 in total including reinforcements (Apr 2025)"),
  ("000-1", "014-4", "around 12,000 sent (Oct 2024) against about 10,000 still in Russia (Nov 2025)"),
  ("002-1", "008-2", "some 10,000 (Nov 2024) against some 11,000 first sent (Feb 2025)"),
  ("002-1", "010-5", "some 10,000 (Nov 2024) against some 15,000 in total (Apr 2025)"),
  ("002-1", "014-1", "some 10,000 (Nov 2024) against 11,000 to 12,000 first sent (Dec 2025 retrospect)"),
  ("002-1", "014-6", "some 10,000 (Nov 2024) against 12K in the first wave (Dec 2025 fact box)"),
  ("002-2", "008-2", "roughly 8,000 in Kursk (Nov 2024) against some 11,000 sent to Russia (Feb 2025)"),
  ("002-2", "010-5", "roughly 8,000 in Kursk (Nov 2024) against some 15,000 in total (Apr 2025)"),
  ("002-2", "014-1", "roughly 8,000 in Kursk (Nov 2024) against 11,000 to 12,000 first sent (Dec 2025)"),
  ("002-2", "014-4", "roughly 8,000 in Kursk (Nov 2024) against about 10,000 remaining (Nov 2025)"),
  ("002-2", "014-6", "roughly 8,000 in Kursk (Nov 2024) against 12K first wave (Dec 2025)"),
  ("002-3", "010-5", "11,000 in Kursk (Nov 2024) against some 15,000 in total (Apr 2025)"),
  ("002-3", "014-4", "11,000 in Kursk (Nov 2024) against about 10,000 remaining (Nov 2025)"),
  ("002-3", "014-6", "11,000 (Nov 2024) against 12K first wave (Dec 2025)"),
  ("003-1", "010-5", "10,000-12,000 sent (Nov 2024) against some 15,000 in total (Apr 2025)"),
  ("003-2", "010-5", "eleven thousand in Kursk (Nov 2024) against some 15,000 in total (Apr 2025)"),
  ("003-2", "014-4", "eleven thousand in Kursk (Nov 2024) against about 10,000 remaining (Nov 2025)"),
  ("003-2", "014-6", "eleven thousand (Nov 2024) against 12K first wave (Dec 2025)"),
  ("008-2", "010-5", "some 11,000 first sent against some 15,000 in total including reinforcements, two months apart"),
  ("008-2", "014-4", "some 11,000 first sent (Feb 2025) against about 10,000 remaining (Nov 2025)"),
  ("008-2", "014-6", "some 11,000 first sent (Feb 2025) against 12K first wave (Dec 2025)"),
  ("010-5", "011-1", "some 15,000 in total including reinforcements (Apr 2025) against up to 12,000 sent last autumn (Jun 2025)"),
  ("010-5", "014-1", "some 15,000 in total (Apr 2025) against 11,000 to 12,000 in the first wave (Dec 2025)"),
  ("010-5", "014-4", "some 15,000 in total (Apr 2025) against about 10,000 remaining (Nov 2025)"),
  ("010-5", "014-6", "some 15,000 in total (Apr 2025) against 12K in the first wave (Dec 2025)"),
  ("014-1", "014-4", "11,000 to 12,000 sent in autumn 2024 against about 10,000 remaining in Nov 2025, one article"),
  ("014-4", "014-6", "about 10,000 remaining (Nov 2025) against 12K in the first wave, one article"),
]:
    may(a, b, why + ": different periods")
# an additional force against the totals
for extra in ["008-1", "014-2"]:
    for tot in ["000-1", "002-1", "002-2", "002-3", "003-1", "003-2", "008-2", "010-5", "011-1", "014-1", "014-4", "014-6"]:
        may(extra, tot, "an additional 3,000 reinforcements against a count of the whole force")
# casualties, killed, wounded: cumulative counts weeks or months apart from different reports
may("004-1", "010-1", "about 1,100 casualties (JCS, Dec 2024) against around 4,700 (NIS, Apr 2025): a cumulative count, four months apart")
may("004-3", "007-2", "some 1,000 wounded (NIS, Dec 2024) against 2,700 (NIS, Jan 2025): a cumulative count, weeks apart")
may("004-3", "010-4", "some 1,000 wounded (NIS, Dec 2024) against roughly 2,700 (NIS's January figure, reported Apr 2025)")
may("007-1", "010-2", "about 300 killed (NIS, Jan 2025) against some 600 (NIS, Apr 2025): a cumulative count, months apart")
may("007-1", "014-3", "about 300 killed (NIS, Jan 2025) against about 2,000 (NIS, Sep 2025): a cumulative count, months apart")
may("010-2", "014-3", "some 600 killed (NIS, Apr 2025) against about 2,000 (NIS, Sep 2025): a cumulative count, months apart")
may("010-3", "014-3", "about 300 killed (NIS's January figure) against about 2,000 (NIS, Sep 2025): a cumulative count, months apart")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
