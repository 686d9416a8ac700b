#!/usr/bin/env python3
"""Gold labels for testdata/blind378 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind378: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025). See testdata/corpus/README.md for the "
         "meaning of every field and how a system's output is scored.")

NK, UA = "north_korea", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun", "lawmakers"]
PENTAGON = ["Pentagon", "Sabrina Singh", "United States", "U.S.", "US", "Washington"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Ukraine"]
HUR = ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"]

A = {
 "000": [
  ("troops", NK, 1500, None, "about", NIS,
   "a first contingent of about 1,500 special forces troops was carried from the North's east coast to Vladivostok", False),
 ],
 "002": [
  ("troops", NK, 10000, None, "about", PENTAGON,
   "about 10,000 North Korean soldiers were now in Russia", False),
  ("troops", NK, 8000, None, "about", PENTAGON,
   "roughly 8,000 of them had moved into Kursk", False),
  ("troops", NK, 11000, None, "exact", ZEL,
   "There are already 11,000 North Korean soldiers in the Kursk region", False),
 ],
 "003": [
  ("killed", NK, 100, None, "at_least", NIS_LEE,
   "At least 100 North Korean troops have died in combat", False),
  ("wounded", NK, 1000, None, "about", NIS_LEE,
   "close to 1,000 others had been wounded", False),
  ("casualties", NK, 1100, None, "about", NIS_LEE,
   "Overall, the NIS believes casualties have reached roughly 1,100", False),
  ("troops", NK, 11000, None, "about", NIS,
   "The NIS maintains that some 11,000 North Korean troops have been sent to Russia since October", False),
  ("casualties", NK, 20, 99, "vague", HUR,
   "dozens of North Korean soldiers had been killed or wounded in attacks on several villages in Kursk over the weekend", True),
 ],
 "004": [
  ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi", "Oleksandr Syrskyi"],
   "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
  ("troops", NK, 11000, None, "about", ["Ukrainian and Western intelligence", "Ukrainian intelligence", "Western intelligence", "Ukraine"],
   "North Korea is believed to have sent around 11,000 troops to Russia this autumn", False),
  ("casualties", NK, 30, None, "at_least", HUR,
   "at least 30 North Korean soldiers were killed or wounded over the weekend of Dec. 14-15", False),
 ],
 "005": [
  ("killed", NK, 300, None, "about", NIS + ["South Korean lawmakers", "lawmakers"],
   "Around 300 North Korean soldiers sent to fight for Russia against Ukraine have been killed", False),
  ("wounded", NK, 2700, None, "about", NIS + ["South Korean lawmakers", "lawmakers"],
   "about 2,700 others wounded", False),
  ("casualties", NK, 3000, None, "about", NIS + ["South Korean lawmakers", "lawmakers"],
   "The toll brings overall North Korean casualties to around 3,000", False),
  ("captured", NK, 2, None, "exact", NIS + ["Zelenskyy", "Zelensky", "Ukraine"],
   "two North Korean soldiers had been taken prisoner by Ukrainian forces", False),
 ],
 "007": [
  ("troops", NK, 3000, None, "about", NIS + ["lawmakers"],
   "North Korea sent some three thousand additional soldiers to Russia in January and February", False),
  ("troops", NK, 11000, None, "about", ["unattributed"],
   "Pyongyang is believed to have sent about 11,000 troops to Russia last autumn", False),
 ],
 "008": [
  ("casualties", UA, 76000, None, "more_than", ["Gerasimov", "Valery Gerasimov", "Russian General Staff", "General Staff", "Russia"],
   "the Ukrainian armed forces lost over 76,000 servicemen", False),
 ],
 "009": [
  ("casualties", NK, 4700, None, "about", NIS_LEE,
   "North Korean troops sent to fight for Russia have suffered about 4,700 casualties", False),
  ("killed", NK, 600, None, "about", NIS_LEE,
   "including roughly 600 deaths", False),
  ("troops", NK, 14000, None, "about", NIS_LEE,
   "Around 14,000 North Korean soldiers have now been sent to Russia in total", False),
 ],
 "011": [
  ("troops", NK, 10000, 12000, "range", ["Western and South Korean intelligence", "Western intelligence", "South Korean intelligence", "South Korea"],
   "between 10,000 and 12,000 North Korean soldiers had been sent to Russia", False),
  ("troops", NK, 2000, 9999, "vague", NIS,
   "thousands more had followed as reinforcements", True),
  ("casualties", NK, 4700, None, "about", NIS,
   "around 4,700 North Korean soldiers had been killed or wounded by April", False),
  ("killed", NK, 600, None, "about", NIS,
   "about 600 of them fatally", False),
  ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
   "Ukraine captured two North Korean soldiers in January", False),
 ],
 "013": [
  ("killed", NK, 2000, None, "about", NIS,
   "roughly 2,000 North Korean soldiers had been killed in the fighting in Russia", False),
  ("troops", NK, 12000, None, "up_to", ["American and South Korean officials", "American officials", "South Korean officials", "United States", "U.S.", "South Korea"],
   "the North dispatched up to 12,000 troops in the autumn of 2024", False),
  ("troops", NK, 3000, None, "about", ["American and South Korean officials", "American officials", "South Korean officials", "United States", "U.S.", "South Korea"],
   "followed by a further 3,000 or so early this year", False),
  ("troops", NK, 1000, None, "about", NIS,
   "the intelligence service said about 1,000 of them were now working there", False),
  ("troops", NK, 2000, 9000, "vague", NIS,
   "several thousand military builders also arriving", True),
 ],
}

NOT = {
 "000": ["four brigades of around 12,000 troops in total", "four Russian amphibious landing ships and three escort vessels",
         "more than 13,000 containers", "more than 8 million rounds of 122 mm and 152 mm ammunition",
         "2,000 foreign seasonal farm workers", "2,593.79", "6 shows in Japan"],
 "002": ["a handful of North Korean soldiers", "60 mm mortars", "roughly 600 square kilometers (230 square miles)",
         "about 1,300 square kilometers", "more than $59 billion", "96 drones and three missiles",
         "62 drones were shot down", "death toll climbs above 200", "53-day strike", "polls open in 50 states"],
 "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "some 200 long-range artillery pieces",
         "1,451 per dollar", "10 percent of overseas staff", "4 in 10 Koreans"],
 "004": ["57 drones overnight, 40 downed", "15th sanctions package", "$5 a month", "worked for 2 years", "Aug. 6"],
 "005": ["aged 20", "The other, 26", "36.87 million foreign visitors", "Tokyo stocks fall 1.05%", "158 per dollar"],
 "007": ["Seoul says North Korea sent 3K more troops", "50% of future revenues", "$500bn", "about 400 sq km",
         "about 1,300 sq km", "repelled 14 Russian assaults", "177 drones", "110 were shot down",
         "2.5% of GDP", "3,000 flights cancelled"],
 "008": ["more than 7,700 pieces of weaponry and military equipment", "412 tanks", "1,500 armoured combat vehicles",
         "Article 4", "June 19, 2024", "5 settlements"],
 "009": ["around $20 billion", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
         "N. Korea sends 3,000 more troops to Russia, NIS says"],
 "011": ["thousands of military engineers and construction workers", "1,000 sappers",
         "5,000 military construction workers", "around $20 billion", "€1.9 billion"],
 "013": ["Mr. Kim, 41", "about 1.5 kilometers long", "Section A, Page 9", "Share full article  118",
         "dozens of ballistic missiles", "Ukraine Holds 2 North Korean Soldiers"],
}

OFF = ["001", "006", "012", "014"]
DUP = {"010": "003"}

def may_all(a, bs, why):
    return [[a, b, why] for b in bs]

may = []
may += [["002-1", "002-3", "about 10,000 in all of Russia (Pentagon) against 11,000 in Kursk alone (Zelenskyy): incompatible only if the scopes are read strictly"]]
may += may_all("002-1", ["003-4", "004-2", "007-2"], "about 10,000 (Pentagon, early November) against about 11,000 sent, weeks or months later")
may += may_all("002-2", ["003-4", "004-2", "007-2", "011-1"], "8,000 in Kursk (November) against 11,000 or 10,000-12,000 sent to Russia, most to Kursk, reported weeks or months later")
may += may_all("007-1", ["002-1", "002-2", "002-3", "003-4", "004-2", "007-2", "011-1"], "some 3,000 additional soldiers against the first force: an additional deployment")
may += may_all("009-3", ["002-1", "002-2", "002-3", "003-4", "004-2", "007-2", "011-1", "013-2"], "about 14,000 in total including reinforcements (April 2025) against the first force months earlier")
may += may_all("013-3", ["002-1", "002-2", "002-3", "003-4", "004-2", "007-2", "011-1", "013-2"], "a further 3,000 or so against the first force: an additional deployment")
may += may_all("000-1", ["003-4", "004-2", "007-1", "007-2", "009-3", "011-1", "013-2", "013-3", "013-4"], "the first contingent of about 1,500 (October 2024) against other troop figures months apart")
may += may_all("013-4", ["007-1", "013-3"], "about 1,000 deminers (autumn 2025) against about 3,000 reinforcements: different contingents")
may += may_all("003-3", ["005-3", "009-1", "011-3"], "about 1,100 casualties (Dec 2024) against a later cumulative estimate weeks or months on")
may += [["004-1", "005-3", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13): roughly compatible, three weeks apart"]]
may += may_all("005-3", ["009-1", "011-3"], "about 3,000 casualties (January) against about 4,700 (April): the same agency's later cumulative figure")
may += may_all("005-1", ["009-2", "011-4", "013-1"], "about 300 killed (January) against a later cumulative figure months on")
may += may_all("013-1", ["009-2", "011-4"], "about 2,000 killed (September 2025) against about 600 (April): later cumulative figure")
may += [["003-2", "005-2", "close to 1,000 wounded (Dec 19) against about 2,700 (Jan 13): later cumulative figure"]]

conflicts = {
 "must": [
  ["002-2", "002-3", "roughly 8,000 North Korean troops in Kursk (Pentagon) against 11,000 in Kursk (Zelenskyy), in the same article on the same day"],
  ["003-3", "004-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
 ],
 "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
