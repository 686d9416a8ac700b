#!/usr/bin/env python3
"""Gold labels for testdata/blind295 (written blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind295: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025). See testdata/corpus/README.md for the "
         "meaning of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"]
HUR = ["HUR", "military intelligence", "Ukraine's military intelligence agency", "Ukraine", "Kyiv"]

A = {
 "000": [
  ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
   "North Korea has shipped about 3,000 soldiers to Russia so far this month", False),
  ("troops", "north_korea", 1500, None, "exact", NIS + ["Park Sun-won"],
   "an initial group of 1,500 troops had left the North on Russian navy transport ships", False),
  ("troops", "north_korea", 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "Washington"],
   "at least 3,000 North Korean soldiers had moved into eastern Russia between early and mid-October", False),
 ],
 "002": [
  ("casualties", "north_korea", 1100, None, "about", JCS,
   "have suffered about 1,100 casualties in clashes with Ukrainian forces", False),
  ("troops", "north_korea", 10000, None, "more_than", JCS,
   "The North has so far sent more than 10,000 troops to Russia", False),
  ("killed", "north_korea", 100, None, "at_least", NIS + ["lawmakers"],
   "at least 100 North Korean soldiers had been killed", False),
  ("wounded", "north_korea", 1000, None, "about", NIS + ["lawmakers"],
   "around 1,000 others had been wounded", False),
 ],
 "003": [
  ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
   "more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region", False),
  ("troops", "north_korea", 12000, None, "up_to", HUR,
   "up to 12,000 North Korean soldiers were sent to Russia this autumn", False),
  ("casualties", "russia", 38000, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
   "Russian losses in the Kursk operation have passed 38,000 killed and wounded", False),
 ],
 "004": [
  ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
   "About 300 North Korean soldiers have been killed", False),
  ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
   "some 2,700 wounded while fighting for Russia against Ukraine", False),
  ("captured", "north_korea", 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "two North Korean soldiers were captured by Ukrainian forces in Kursk", False),
 ],
 "006": [
  ("troops", "north_korea", 3000, None, "about", NIS + ["Seoul's spy agency", "Seoul"],
   "some three thousand more soldiers have arrived since January", False),
  ("troops", "north_korea", 11000, None, "about", NIS + ["Seoul's spy agency", "Seoul"],
   "the roughly eleven thousand sent last autumn", False),
  ("troops", "north_korea", 11000, 12000, "range", HUR,
   "11,000 to 12,000 soldiers in the first wave alone", False),
  ("troops", "north_korea", 500, None, "about", NIS,
   "It included about 500 officers", False),
  ("killed", "north_korea", 200, 999, "vague", ["South Korean intelligence", "South Korea"],
   "Hundreds have been killed", True),
  ("wounded", "north_korea", 2000, 9999, "vague", ["South Korean intelligence", "South Korea"],
   "thousands wounded", True),
  ("captured", "north_korea", 2, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
   "Ukrainian forces had captured two North Korean soldiers", False),
 ],
 "008": [
  ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
   "the enemy's losses during the Kursk adventure amounted to more than 76,000 servicemen", False),
 ],
 "009": [
  ("casualties", "north_korea", 4700, None, "about", NIS + ["South Korea's intelligence service"],
   "North Korea has suffered about 4,700 casualties fighting for Russia", False),
  ("killed", "north_korea", 600, None, "about", NIS + ["South Korea's intelligence service"],
   "including roughly 600 deaths", False),
  ("killed", "north_korea", 1000, None, "at_least", ["Intelligence officials", "western intelligence", "western", "British journalists", "the Guardian"],
   "at least 1,000 North Korean soldiers had been killed in the first three months of 2025 alone", False),
 ],
 "012": [
  ("troops", "north_korea", 10000, 12000, "range", ["South Korean and Ukrainian estimates", "South Korea", "Ukraine"],
   "Between 10,000 and 12,000 North Korean soldiers were sent to Kursk from last autumn", False),
  ("killed", "north_korea", 600, None, "about", NIS,
   "about 600 of them have been killed", False),
 ],
 "013": [
  ("killed", "north_korea", 2000, None, "about", NIS + ["Lee Seong-kweun"],
   "roughly 2,000 North Korean soldiers have now been killed since the deployment began last year", False),
  ("troops", "north_korea", 2000, 9999, "vague", NIS + ["Lee Seong-kweun"],
   "several thousand North Korean troops remain in the Kursk border area", True),
 ],
 "014": [
  ("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korea", "Kim Jong Un"],
   "Nine of the unit's sappers died during the mission", False),
  ("troops", "north_korea", 1000, None, "about", ["Russian officials", "Russia"],
   "Around 1,000 North Korean deminers were sent to Kursk over the summer", False),
  ("troops", "north_korea", 11000, None, "about", ["unattributed"],
   "Roughly 11,000 North Korean soldiers were first sent to the Kursk region in late 2024", False),
 ],
}

NOT = {
 "000": ["the total to reach about 10,000 by December", "more than 13,000 containers", "August 2023",
         "Ukraine's spy chief says 11,000 North Korean soldiers training in Russia's east",
         "won slides to 1,386 per dollar", "Oil rises 1%"],
 "002": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "Dec. 4",
         "Won falls to 1,450 against dollar, lowest in 15 years", "BTS' Jin album tops 2 Billboard charts",
         "paras 4-6"],
 "003": ["11th Army Corps", "around 1,300 square kilometers", "78 missiles, 106 drones",
         "$5 a month", "Show comments (14)"],
 "004": ["aged 20 and 26", "families of 179 victims", "6.5 tln won", "rising 1.5% in 2025", "150 won",
         "Zelensky says Ukraine captured 2 N. Korean soldiers in Kursk", "240mm rocket launchers"],
 "006": ["more than 200 long-range artillery pieces", "170-millimeter Koksan guns", "around $20 billion",
         "Russia launches 267 drones", "CDU wins 28.5%", "Date 28.02.2025"],
 "008": ["over 7,700 units of weapons and military equipment", "417 tanks", "1,540 artillery guns and mortars",
         "Article 4", "June 19, 2024", "115 Ukrainian drones"],
 "009": ["40km south of the border", "Trump's first 100 days", "hit 50 million people", "£2 a month",
         "the first three months of 2025"],
 "012": ["1,000 deminers and 5,000 military construction workers", "second visit to the North in about two weeks",
         "60 years of diplomatic ties", "10 rounds of multiple rocket launchers", "June 4"],
 "013": ["6,000 more personnel", "North Korea Sent 12K Troops to Russia", "5,000-Ton Destroyer"],
 "014": ["57 of the 70 Shahed-type drones", "up to 16 hours a day", "42.18 per US dollar", "$4.99 a month",
         "5,000 military builders", "9 locations"],
}

OFF = ["001", "005", "007", "010"]
DUP = {"011": "004"}

conflicts = {
 "must": [
  ["002-1", "003-1", "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed and wounded "
   "(Zelensky), both given on Dec 23 2024 and reported four days apart"],
  ["009-2", "009-3", "about 600 killed (South Korea's NIS) against at least 1,000 killed in the first three "
   "months of 2025 alone (western intelligence officials), in the same article"],
 ],
 "may": [
  ["000-2", "000-3", "1,500 was the NIS count of the week before; at least 3,000 (White House) is the new one"],
  ["000-1", "002-2", "3,000 in October 2024 against more than 10,000 two months later, as the deployment grew"],
  ["000-2", "002-2", "1,500 in mid-October 2024 against more than 10,000 two months later"],
  ["000-1", "006-2", "3,000 in October 2024 against about 11,000 sent last autumn, months later"],
  ["000-2", "006-2", "1,500 in October 2024 against about 11,000 sent last autumn, months later"],
  ["000-1", "006-3", "3,000 in October 2024 against 11,000-12,000 in the first wave, months later"],
  ["000-2", "006-3", "1,500 in October 2024 against 11,000-12,000 in the first wave, months later"],
  ["000-1", "012-1", "3,000 in October 2024 against 10,000-12,000 sent, eight months later"],
  ["000-2", "012-1", "1,500 in October 2024 against 10,000-12,000 sent, eight months later"],
  ["000-1", "014-3", "3,000 in October 2024 against 11,000 first sent, a year later"],
  ["000-2", "014-3", "1,500 in October 2024 against 11,000 first sent, a year later"],
  ["006-1", "002-2", "some 3,000 more (an additional force) against more than 10,000"],
  ["006-1", "006-2", "some 3,000 more (an additional force) against the 11,000 sent last autumn"],
  ["006-1", "006-3", "some 3,000 more (an additional force) against 11,000-12,000 in the first wave"],
  ["006-1", "012-1", "some 3,000 more (an additional force) against 10,000-12,000"],
  ["006-1", "014-3", "some 3,000 more (an additional force) against 11,000"],
  ["002-1", "009-1", "1,100 casualties in December 2024 against 4,700 in April 2025: a cumulative toll, months apart"],
  ["004-1", "009-2", "300 killed in January against 600 in April (same agency): a cumulative toll, months apart"],
  ["004-1", "009-3", "300 killed in January against at least 1,000 in the first three months of 2025"],
  ["004-1", "012-2", "300 killed in January against 600 in June (same agency), months apart"],
  ["004-1", "013-1", "300 killed in January against 2,000 in September (same agency), months apart"],
  ["009-2", "013-1", "600 killed in April against 2,000 in September (same agency), months apart"],
  ["012-2", "013-1", "600 killed in June against 2,000 in September (same agency), months apart"],
  ["009-3", "012-2", "at least 1,000 killed (western, reported April) against about 600 (NIS, relayed in June), seven weeks apart"],
  ["006-5", "009-3", "hundreds killed (February) against at least 1,000 killed in the first three months of 2025"],
  ["006-5", "013-1", "hundreds killed in February against 2,000 in September"],
  ["002-4", "006-6", "about 1,000 wounded in December against thousands in February: a cumulative toll"],
 ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
