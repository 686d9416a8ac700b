#!/usr/bin/env python3
"""Gold labels for testdata/blind302 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind302: 15 articles written in our own words about the real story's known "
         "reporting (October 2024 - December 2025). See testdata/corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Lee Seong-kweun", "lawmakers"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"]
US = ["Pentagon", "United States", "U.S.", "US", "Sabrina Singh"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelensky", "Ukraine"]

A = {
 "000": [
  ("troops", NK, 12000, None, "about", NIS,
   "North Korea is sending some 12,000 soldiers, including elite special operations troops, to Russia", False),
  ("troops", NK, 1500, None, "about", NIS,
   "A first contingent of about 1,500 special forces troops was carried from ports near Chongjin and Hamhung to Vladivostok", False),
 ],
 "002": [
  ("troops", NK, 10000, None, "about", US,
   "About 10,000 North Korean soldiers are now in eastern Russia", False),
  ("troops", NK, 8000, None, "about", US,
   "roughly 8,000 of them have moved into the Kursk border region", False),
  ("troops", NK, 11000, None, "exact", ZEL,
   "Eleven thousand North Korean soldiers are already in the Kursk region", False),
 ],
 "003": [
  ("casualties", NK, 1100, None, "about", JCS,
   "North Korean troops fighting alongside Russian forces have suffered about 1,100 casualties in clashes with Ukraine", False),
  ("killed", NK, 100, None, "at_least", NIS,
   "at least 100 North Korean soldiers had been killed", False),
  ("wounded", NK, 1000, None, "about", NIS,
   "some 1,000 others wounded", False),
 ],
 "004": [
  ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi", "Oleksandr Syrskyi"],
   "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
  ("troops", NK, 11000, 12000, "range", ["Ukrainian and Western intelligence", "Ukrainian intelligence", "Western intelligence", "Ukraine"],
   "Pyongyang has sent 11,000-12,000 troops to Russia, most of them to Kursk Oblast", False),
  ("casualties", NK, 200, None, "at_least", ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"],
   "at least 200 North Korean soldiers had been killed or wounded over the previous three days", False),
 ],
 "005": [
  ("killed", NK, 300, None, "about", NIS,
   "Around 300 North Korean soldiers have been killed", False),
  ("wounded", NK, 2700, None, "about", NIS,
   "2,700 wounded while fighting for Russia against Ukraine", False),
  ("captured", NK, 2, None, "exact", ZEL,
   "Ukraine had captured two North Korean soldiers in the Kursk region", False),
  ("troops", NK, 11000, None, "about", ["Ukrainian, South Korean and U.S. officials", "officials", "Ukraine", "South Korea", "United States", "U.S."],
   "North Korea has sent about 11,000 soldiers to support Russia's war", False),
 ],
 "007": [
  ("troops", NK, 3000, None, "about", JCS,
   "North Korea dispatched some three thousand more soldiers to Russia in January and February", False),
  ("casualties", NK, 4700, None, "about", JCS,
   "its forces there have now suffered about 4,700 casualties", False),
  ("troops", NK, 200, 900, "vague", ["Ukrainian commanders", "Ukraine"],
   "hundreds of North Korean troops were again taking part in assaults in Kursk region", True),
 ],
 "008": [
  ("casualties", UA, 76000, None, "more_than", ["Gerasimov", "Valery Gerasimov", "General Staff", "Russia"],
   "the Ukrainian armed forces lost more than 76,000 servicemen", False),
 ],
 "009": [
  ("killed", NK, 600, None, "about", NIS + ["intelligence agency", "South Korea's intelligence agency"],
   "about 600 North Korean soldiers have died while fighting alongside Russian forces against Ukraine", False),
  ("casualties", NK, 4700, None, "about", NIS + ["intelligence agency", "South Korea's intelligence agency"],
   "the total number of casualties among the North's troops, including the wounded, is estimated at around 4,700", False),
 ],
 "011": [
  ("troops", NK, 14000, 15000, "range", ["Seoul's intelligence service", "intelligence service", "NIS", "South Korea", "Seoul"],
   "Seoul's intelligence service puts the total at between 14,000 and 15,000 troops", False),
 ],
 "013": [
  ("killed", NK, 2000, None, "about", NIS,
   "around 2,000 North Korean soldiers have been killed fighting for Russia", False),
  ("killed", NK, 600, None, "about", NIS,
   "the roughly 600 deaths the agency reported in April", False),
  ("wounded", NK, 2000, 9999, "vague", NIS,
   "Thousands more have been wounded", True),
 ],
 "014": [
  ("troops", NK, 11000, None, "about", ["unattributed"],
   "Some 11,000 North Korean soldiers arrived in Russia in the autumn of 2024", False),
  ("troops", NK, 3000, None, "about", ["unattributed"],
   "followed by roughly 3,000 reinforcements early this year", False),
  ("casualties", NK, 6000, None, "more_than", ["Britain's Defence Intelligence", "Defence Intelligence", "Britain", "UK", "British"],
   "North Korea had suffered more than 6,000 casualties by the time the region was retaken", False),
  ("killed", NK, 9, None, "exact", ["KCNA", "North Korean state media", "North Korea"],
   "Nine members of the regiment died during the mission", False),
 ],
}

NOT = {
 "000": ["four brigades of the 11th Corps", "four Russian amphibious ships and three escort vessels",
         "between Oct. 8 and 13", "about 40 kilometers from the border with China", "KOSPI closes at 2,593.91",
         "exports up 7.5 pct", "top 1 million copies"],
 "002": ["about 300 kilometers (190 miles)", "roughly 1,000 kilometers (620 miles) southwest of Moscow",
         "worth $425 million", "155 mm artillery rounds", "Russia fires 3 ballistic missiles", "7 battleground states",
         "\"2+2\" meeting"],
 "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "Won falls to 1,450 per dollar",
         "shares slip 2.1%", "3 Constitutional Court justices", "5 things to know", "rise by 150 won"],
 "004": ["78 missiles and 106 drones", "shot down 59 missiles and 54 drones", "killing 38 of the 67 people on board",
         "$53 billion for defense", "join over 11,000 members", "4 min read"],
 "005": ["born in 2005", "joined the army in 2021", "aged 26", "served since 2014", "6.5 trillion won", "Nikkei down 1.1%"],
 "007": ["about 220 artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
         "Russia launched 99 drones at Ukraine, of which 57 were shot down and 37 were lost",
         "nine people, including two children, were injured", "a 30-day pause", "€3bn", "Comments (1,284)",
         "below $84,000"],
 "008": ["Article 4", "over 7,000 units of weapons and military equipment", "more than 400 tanks and 300 infantry fighting vehicles",
         "June 19, 2024", "August 6, 2024", "$57.80 per barrel"],
 "009": ["Watch video 1:32", "closes at 36,045", "24.6 million expected on the move", "6th straight day"],
 "011": ["1,000 deminers and 5,000 military builders", "thousands of military engineers and construction workers",
         "about 10 km from Ukraine", "more than 1,000 km long", "killing 28", "18th sanctions package", "3 min"],
 "013": ["as little as $2", "$2 | $5 | $10"],
 "014": ["120 days clearing mines", "up to $20 billion", "grow 0.2% in 2025", "90 billion euro loan"],
}

OFF = ["001", "006", "012"]
DUP = {"010": "005"}

conflicts = {
 "must": [
  ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky), reported four days apart"],
  ["002-2", "002-3", "roughly 8,000 North Korean troops in the Kursk region (Pentagon) against eleven thousand there (Zelenskyy), same article, same day"],
 ],
 "may": [
  # troops: a total being sent (Oct 18) against counts in Russia / Kursk weeks later
  ["000-1", "002-1", "some 12,000 being sent in total (NIS, Oct 18) against about 10,000 now in Russia (Pentagon, Nov 5)"],
  ["000-1", "002-2", "some 12,000 being sent in total (NIS) against roughly 8,000 in Kursk (Pentagon), weeks apart"],
  ["000-1", "002-3", "some 12,000 (NIS, Oct 18) against eleven thousand in Kursk (Zelenskyy, Nov 5)"],
  ["002-1", "002-3", "about 10,000 in Russia as a whole (Pentagon) against eleven thousand in Kursk (Zelenskyy)"],
  ["002-1", "004-2", "about 10,000 (Nov 5) against 11,000-12,000 (Dec 27), seven weeks apart"],
  ["002-2", "004-2", "roughly 8,000 in Kursk (Nov 5) against 11,000-12,000 (Dec 27), seven weeks apart"],
  ["000-1", "005-4", "some 12,000 (Oct 2024) against about 11,000 (Jan 2025), months apart"],
  ["002-1", "005-4", "about 10,000 (Nov 2024) against about 11,000 (Jan 2025), months apart"],
  ["002-2", "005-4", "roughly 8,000 in Kursk (Nov 2024) against about 11,000 (Jan 2025), months apart"],
  ["000-1", "011-1", "some 12,000 (Oct 2024) against 14,000-15,000 including reinforcements (Jun 2025)"],
  ["002-1", "011-1", "about 10,000 (Nov 2024) against 14,000-15,000 (Jun 2025), months apart"],
  ["002-2", "011-1", "roughly 8,000 (Nov 2024) against 14,000-15,000 (Jun 2025), months apart"],
  ["002-3", "011-1", "eleven thousand (Nov 2024) against 14,000-15,000 (Jun 2025), months apart"],
  ["004-2", "011-1", "11,000-12,000 (Dec 2024) against 14,000-15,000 (Jun 2025), months apart"],
  ["005-4", "011-1", "about 11,000 (Jan 2025) against 14,000-15,000 (Jun 2025), months apart"],
  ["000-1", "014-1", "some 12,000 (Oct 2024) against some 11,000 that arrived in autumn 2024, told in Dec 2025"],
  ["002-1", "014-1", "about 10,000 (Nov 2024) against some 11,000 (Dec 2025 article), months apart"],
  ["002-2", "014-1", "roughly 8,000 (Nov 2024) against some 11,000 (Dec 2025 article), months apart"],
  ["011-1", "014-1", "14,000-15,000 in all against the first 11,000 (Dec 2025), months apart"],
  # an additional force against totals
  ["000-1", "007-1", "an additional 3,000 against some 12,000"],
  ["002-1", "007-1", "an additional 3,000 against about 10,000"],
  ["002-2", "007-1", "an additional 3,000 against roughly 8,000"],
  ["002-3", "007-1", "an additional 3,000 against eleven thousand"],
  ["004-2", "007-1", "an additional 3,000 against 11,000-12,000"],
  ["005-4", "007-1", "an additional 3,000 against about 11,000"],
  ["007-1", "011-1", "an additional 3,000 against 14,000-15,000 in all"],
  ["007-1", "014-1", "an additional 3,000 against some 11,000"],
  ["000-1", "014-2", "roughly 3,000 reinforcements against some 12,000"],
  ["002-1", "014-2", "roughly 3,000 reinforcements against about 10,000"],
  ["002-2", "014-2", "roughly 3,000 reinforcements against roughly 8,000"],
  ["002-3", "014-2", "roughly 3,000 reinforcements against eleven thousand"],
  ["004-2", "014-2", "roughly 3,000 reinforcements against 11,000-12,000"],
  ["005-4", "014-2", "roughly 3,000 reinforcements against about 11,000"],
  ["011-1", "014-2", "roughly 3,000 reinforcements against 14,000-15,000 in all"],
  ["014-1", "014-2", "some 11,000 followed by roughly 3,000 reinforcements, the same article"],
  # casualties months apart
  ["003-1", "007-2", "about 1,100 (Dec 2024) against about 4,700 (Mar 2025), months apart"],
  ["003-1", "009-2", "about 1,100 (Dec 2024) against around 4,700 (Apr 2025), months apart"],
  ["003-1", "014-3", "about 1,100 (Dec 2024) against more than 6,000 (Dec 2025 article)"],
  ["007-2", "014-3", "about 4,700 (JCS, Mar 2025) against more than 6,000 by the spring (UK, told in Dec 2025)"],
  ["009-2", "014-3", "around 4,700 (NIS, Apr 2025) against more than 6,000 by the spring (UK, told in Dec 2025)"],
  # killed: the NIS raising its own count over months
  ["005-1", "009-1", "about 300 killed (NIS, Jan) against about 600 (NIS, Apr), months apart"],
  ["005-1", "013-2", "about 300 killed (NIS, Jan) against the roughly 600 reported in April"],
  ["005-1", "013-1", "about 300 killed (NIS, Jan) against around 2,000 (NIS, Sep)"],
  ["009-1", "013-1", "about 600 killed (NIS, Apr) against around 2,000 (NIS, Sep), months apart"],
  ["013-1", "013-2", "around 2,000 now against the 600 the NIS reported in April, the same article"],
 ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
