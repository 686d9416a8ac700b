#!/usr/bin/env python3
"""Gold labels for testdata/blind517 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind517: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning of "
         "every field and how a system's output is scored.")

US_BLINKEN = ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "US", "U.S."]
PENTAGON = ["Pentagon", "Sabrina Singh", "Singh", "Department of Defense", "United States", "US", "U.S."]
BUDANOV = ["Kyrylo Budanov", "Budanov", "Defence Intelligence of Ukraine", "Defence Intelligence", "HUR", "Ukrainian military intelligence", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "spy agency", "Lee Seong-kweun", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "South Korean military"]

A = {
 "000": [
  ("troops", "north_korea", 8000, None, "about", US_BLINKEN,
   "Around 8,000 North Korean soldiers have moved into Russia's Kursk region", False),
  ("troops", "north_korea", 10000, None, "about", PENTAGON,
   "North Korea had sent about 10,000 soldiers in all to eastern Russia", False),
 ],
 "002": [
  ("troops", "north_korea", 11000, None, "exact", BUDANOV,
   "Eleven thousand North Korean servicemen are now in Russia's Kursk region", False),
  ("troops", "north_korea", 500, None, "about", BUDANOV,
   "the North Korean contingent includes some 500 officers", False),
 ],
 "003": [
  ("killed", "north_korea", 100, None, "at_least", NIS,
   "At least 100 North Korean soldiers have been killed", False),
  ("wounded", "north_korea", 1000, None, "about", NIS,
   "some 1,000 others wounded", False),
  ("troops", "north_korea", 11000, None, "about", ["unattributed"],
   "North Korea is believed to have sent around 11,000 troops to Russia in October and November", False),
 ],
 "004": [
  ("casualties", "north_korea", 3000, None, "more_than",
   ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
   "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
  ("casualties", "north_korea", 1100, None, "about", JCS,
   "estimated North Korean casualties at around 1,100", False),
  ("casualties", "north_korea", 30, None, "at_least",
   ["HUR", "military intelligence", "Ukraine's military intelligence agency", "Ukraine"],
   "at least 30 North Korean troops had been killed or wounded", False),
  ("troops", "north_korea", 11000, None, "about",
   ["Ukrainian and South Korean intelligence", "Ukrainian intelligence", "South Korean intelligence", "Ukraine", "South Korea"],
   "North Korea has sent roughly 11,000 troops to Russia", False),
 ],
 "006": [
  ("killed", "north_korea", 300, None, "about", NIS,
   "About 300 North Korean soldiers have been killed", False),
  ("wounded", "north_korea", 2700, None, "about", NIS,
   "around 2,700 wounded", False),
  ("captured", "north_korea", 2, None, "exact", NIS + ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
   "Ukrainian forces had taken two North Korean soldiers prisoner", False),
 ],
 "007": [
  ("troops", "north_korea", 10000, 12000, "range", ["Ukraine", "United States", "South Korea", "US"],
   "Between 10,000 and 12,000 North Korean troops travelled to Russia in October and November 2024", False),
  ("troops", "north_korea", 3000, None, "about", JCS,
   "the North had sent some three thousand more as reinforcements in January and February", False),
  ("casualties", "north_korea", 2000, 9999, "vague", ["Kyiv", "Ukraine"],
   "Kyiv has spoken of several thousand North Korean soldiers killed or wounded", True),
  ("killed", "north_korea", 300, None, "about", NIS,
   "put the toll at about 300 dead", False),
  ("wounded", "north_korea", 2700, None, "about", NIS,
   "roughly 2,700 wounded", False),
  ("captured", "north_korea", 2, None, "exact", ["SBU", "security service", "Ukraine"],
   "its forces captured two North Korean soldiers in Kursk in January", False),
 ],
 "009": [
  ("casualties", "ukraine", 76000, None, "more_than",
   ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
   "Ukraine had lost more than 76,000 servicemen in the Kursk region since August 2024", False),
  ("troops", "north_korea", 12000, None, "up_to", ["Seoul and Kyiv", "Seoul", "Kyiv", "South Korea", "Ukraine"],
   "up to 12,000 North Korean troops were sent to the Kursk region last autumn", False),
 ],
 "011": [
  ("casualties", "north_korea", 4700, None, "about", NIS,
   "North Korea has suffered around 4,700 casualties", False),
  ("killed", "north_korea", 600, None, "about", NIS,
   "including about 600 deaths", False),
  ("casualties", "north_korea", 3000, None, "about", NIS,
   "the roughly 3,000 casualties the spy agency had reported in January", False),
  ("troops", "north_korea", 15000, None, "about", NIS,
   "Some 15,000 North Korean troops have been dispatched to Russia in total", False),
 ],
 "013": [
  ("killed", "north_korea", 2000, None, "about", NIS,
   "Around 2,000 North Korean soldiers are now thought to have died in Russia's war", False),
  ("killed", "north_korea", 600, None, "about", NIS,
   "up from the figure of about 600 it gave in April", False),
  ("casualties", "north_korea", 6000, None, "about",
   ["UK's Defence Intelligence", "Defence Intelligence", "UK", "United Kingdom", "Britain", "Ministry of Defence"],
   "North Korean forces had suffered around 6,000 casualties", False),
 ],
 "014": [
  ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
   "Pyongyang has already sent thousands of soldiers to fight for Russia", True),
  ("killed", "north_korea", 600, None, "about", ["South Korea's spy agency", "spy agency", "NIS", "South Korea"],
   "about 600 of them had been killed by late April", False),
 ],
}

NOT = {
 "000": ["up to 300 kilometers (190 miles)", "a $425 million package", "155 mm artillery rounds",
         "wounds 36", "final 5 days", "S&P 500 down 1.9%", "1,204 comments", "Nov. 5"],
 "002": ["60-mm mortars", "Russian losses in Ukraine reach 702,720", "4 guided bombs, 9 injured", "November 4"],
 "003": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "2,435.93", "1,451.9 per dollar",
         "six opposition-led bills", "paras 5-8", "3rd week"],
 "004": ["27 Shahed-type drones", "14 shot down", "around 1,300 square kilometers", "52 more vessels",
         "bringing the total to 79", "$1.1 billion", "12,000+ members", "from $5 a month", "15th sanctions package"],
 "006": ["aged 20", "joined the army in 2021", "The other, 26", "since 2016"],
 "007": ["around 220 artillery pieces", "around $2,000 a month per soldier", "about 1.28 million",
         "about 600,000", "up to 10 years for men", "halt strikes on energy sites for 30 days", "5 min"],
 "009": ["hundreds of tanks and armored vehicles", "about 1,300 square kilometers", "Up to 7 Million Rubles",
         "82 Per Dollar", "from just $2 a month", "dozens of ballistic missiles"],
 "011": ["about 220 170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
         "about 28 trillion won ($20 billion)", "roughly 1.5 times its annual GDP", "KOSPI 2,556.61",
         "150 won", "the North's leader, 41"],
 "013": ["a further 1,000 deminers and 5,000 military construction workers", "80th anniversary"],
 "014": ["1,000 deminers and 5,000 military builders", "1,000 sappers",
         "5,000 military construction workers", "about 500 kilometres south-west of Moscow",
         "Brent crude $76.45", "18th sanctions package", "almost eight months of fighting"],
}

OFF = ["001", "005", "008", "012"]
DUP = {"010": "006"}

conflicts = {
 "must": [
  ["000-1", "002-1", "around 8,000 North Korean troops in Kursk (Blinken, Oct 31) against eleven thousand in Kursk (Budanov, Nov 5), five days apart"],
  ["004-1", "004-2", "more than 3,000 North Korean casualties (Zelensky) against around 1,100 (South Korea's JCS), same day, same article"],
 ],
 "may": [
  # troops: weeks or months apart, a whole-of-Russia count against a Kursk count, reinforcements
  ["000-2", "002-1", "about 10,000 sent to Russia in all (Pentagon) against 11,000 in Kursk (Budanov), five days apart"],
  ["000-1", "003-3", "8,000 in Kursk (Oct 31) against around 11,000 sent (Dec 19), seven weeks apart"],
  ["000-1", "004-4", "8,000 in Kursk (Oct 31) against roughly 11,000 sent (Dec 23), seven weeks apart"],
  ["000-2", "003-3", "about 10,000 against around 11,000, seven weeks apart"],
  ["000-2", "004-4", "about 10,000 against roughly 11,000, seven weeks apart"],
  ["000-1", "007-1", "8,000 in Kursk against 10,000-12,000 sent, five months apart"],
  ["000-1", "011-4", "8,000 in Kursk (Oct 2024) against 15,000 in total including reinforcements (Apr 2025)"],
  ["000-2", "011-4", "10,000 (Oct 2024) against 15,000 in total including reinforcements (Apr 2025)"],
  ["002-1", "011-4", "11,000 (Nov 2024) against 15,000 in total including reinforcements (Apr 2025)"],
  ["003-3", "011-4", "11,000 (Dec 2024) against 15,000 in total including reinforcements (Apr 2025)"],
  ["004-4", "011-4", "11,000 (Dec 2024) against 15,000 in total including reinforcements (Apr 2025)"],
  ["007-1", "011-4", "10,000-12,000 first sent against 15,000 in total including reinforcements, a month apart"],
  ["009-2", "011-4", "up to 12,000 sent last autumn against 15,000 in total including reinforcements, two days apart"],
  ["000-1", "007-2", "an additional 3,000 against the first contingent"],
  ["000-2", "007-2", "an additional 3,000 against the first contingent"],
  ["002-1", "007-2", "an additional 3,000 against the first contingent"],
  ["003-3", "007-2", "an additional 3,000 against the first contingent"],
  ["004-4", "007-2", "an additional 3,000 against the first contingent"],
  ["007-1", "007-2", "an additional 3,000 against the first contingent, same article"],
  ["007-2", "009-2", "an additional 3,000 against the first contingent"],
  ["007-2", "011-4", "an additional 3,000 against 15,000 in total (a part of it)"],
  # casualties: cumulative figures from different sources weeks or months apart
  ["004-2", "011-3", "around 1,100 (JCS, Dec 23) against roughly 3,000 (NIS, January): a cumulative figure three weeks later"],
  ["004-1", "011-3", "more than 3,000 (Zelensky, Dec 23) against roughly 3,000 (NIS, January)"],
  ["004-2", "011-1", "around 1,100 (JCS, Dec 2024) against around 4,700 (NIS, Apr 2025)"],
  ["004-2", "013-3", "around 1,100 (JCS, Dec 2024) against around 6,000 (UK Defence Intelligence, Aug 2025)"],
  ["011-1", "013-3", "around 4,700 (NIS, Apr 2025) against around 6,000 (UK Defence Intelligence, Aug 2025)"],
  ["011-3", "013-3", "roughly 3,000 (NIS, Jan 2025) against around 6,000 (UK Defence Intelligence, Aug 2025)"],
 ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
