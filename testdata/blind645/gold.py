#!/usr/bin/env python3
"""Gold labels for testdata/blind645 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind645: fifteen articles written in our own words about the real "
         "story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]

A = {
 "000": [
  ("troops", "north_korea", 1500, None, "exact", NIS,
   "an initial group of 1,500 special forces troops already delivered to the Russian Far East", False),
  ("troops", "north_korea", 12000, None, "about", NIS,
   "the North is sending around 12,000 soldiers organized into four brigades", False),
 ],
 "001": [
  ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "There are already 11,000 of them in Kursk region", False),
  ("troops", "north_korea", 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "U.S.", "US"],
   "about 8,000 of the roughly 10,000 North Korean troops sent to eastern Russia had moved to Kursk Oblast", False),
  ("troops", "north_korea", 10000, None, "about", ["Antony Blinken", "Blinken", "United States", "U.S.", "US"],
   "the roughly 10,000 North Korean troops sent to eastern Russia", False),
 ],
 "003": [
  ("casualties", "ukraine", 33550, None, "more_than", ["Russian Defense Ministry", "Defense Ministry", "Russia"],
   "has lost more than 33,550 servicemen in the Kursk area", False),
  ("casualties", "ukraine", 370, None, "up_to", ["Russian Defense Ministry", "Defense Ministry", "Russia"],
   "the enemy lost up to 370 servicemen", False),
 ],
 "004": [
  ("casualties", "north_korea", 1100, None, "about",
   ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
   "have sustained an estimated 1,100 casualties, killed and wounded combined", False),
  ("troops", "north_korea", 10000, 12000, "range",
   ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
   "between 10,000 and 12,000 North Korean soldiers have been deployed to Russia", False),
  ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
   "at least 100 North Korean soldiers had been killed and around 1,000 wounded", False),
  ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
   "at least 100 North Korean soldiers had been killed and around 1,000 wounded", False),
 ],
 "005": [
  ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "more than three thousand North Korean soldiers have already been killed or wounded in Kursk region", False),
  ("killed", "north_korea", 21, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
   "its operators had killed 21 North Korean soldiers and wounded 40 more", False),
  ("wounded", "north_korea", 40, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
   "its operators had killed 21 North Korean soldiers and wounded 40 more", False),
  ("troops", "north_korea", 12000, None, "up_to", ["Defense Intelligence", "HUR", "Ukraine"],
   "up to 12,000 North Korean military personnel are now deployed in the Kursk region", False),
  ("casualties", "russia", 774950, None, "exact", ["General Staff", "General Staff of Ukraine's Armed Forces", "Ukraine"],
   "puts Russia's personnel losses since February 24, 2022 at 774,950", False),
  ("casualties", "russia", 1430, None, "exact", ["General Staff", "General Staff of Ukraine's Armed Forces", "Ukraine"],
   "including 1,430 over the past day", False),
 ],
 "006": [
  ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "Ukraine has taken two North Korean soldiers prisoner in Russia's Kursk region", False),
  ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
   "roughly 300 North Korean troops had been killed and 2,700 wounded", False),
  ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
   "roughly 300 North Korean troops had been killed and 2,700 wounded", False),
  ("troops", "north_korea", 2000, 9999, "vague", ["Kyiv", "Seoul", "Ukraine", "South Korea"],
   "Pyongyang has sent thousands of troops to help Moscow push Ukrainian forces out of Kursk", True),
 ],
 "008": [
  ("troops", "north_korea", 3000, None, "about", NIS + ["Yonhap"],
   "North Korea has shipped some three thousand additional soldiers to Russia since the start of the year", False),
  ("casualties", "north_korea", 4000, None, "about", ["Kyrylo Budanov", "Budanov", "HUR", "Ukraine's military intelligence", "Ukraine"],
   "North Korean units had lost roughly 4,000 killed and wounded by mid-January", False),
  ("casualties", "north_korea", 200, 900, "vague", ["drone battalion commander", "Skif", "Ukraine"],
   "his crews had hit hundreds of North Korean infantrymen", True),
 ],
 "009": [
  ("killed", "north_korea", 9, None, "exact",
   ["Korean Central News Agency", "KCNA", "North Korean state media", "state media", "North Korea", "Pyongyang"],
   "nine of its members had died during the mission", False),
  ("troops", "north_korea", 1000, None, "about", ["unattributed"],
   "The regiment was among roughly 1,000 North Korean deminers deployed to the Kursk region since the summer", False),
  ("killed", "north_korea", 2000, None, "about", NIS,
   "about 2,000 North Korean soldiers had been killed in the Kursk fighting", False),
 ],
 "010": [
  ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
   "About 4,700 North Korean soldiers have been killed or wounded while fighting for Russia", False),
  ("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweun"],
   "including some 600 who died", False),
  ("troops", "north_korea", 15000, None, "about", NIS + ["Lee Seong-kweun"],
   "Of the roughly 15,000 troops Pyongyang has dispatched since last October", False),
  ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
   "Ukraine had lost more than 76,000 servicemen there since August", False),
  ("captured", "north_korea", 2, None, "exact", ["unattributed"] + NIS,
   "Ukraine is still holding two North Korean prisoners of war", False),
 ],
 "013": [
  ("troops", "north_korea", 15000, None, "up_to", ["South Korean and Western officials", "South Korea", "Western officials"],
   "put the number sent since last October at up to 15,000", False),
  ("killed", "north_korea", 600, None, "about", NIS,
   "about 600 North Korean soldiers had died", False),
  ("wounded", "north_korea", 2000, 9999, "vague", NIS,
   "Several thousand more have been wounded, according to the same briefing", True),
 ],
}

NOT = {
 "000": ["between Oct. 8 and 13", "the 11th Corps", "four brigades",
         "N. Korea blows up sections of inter-Korean roads, 60 soldiers mobilized for the work",
         "Zelensky says 10,000 N. Korean personnel being readied for Russian army",
         "KOSPI closes down 0.1 pct at 2,593.46", "2026 defense cost-sharing deal"],
 "001": ["the 810th Separate Naval Infantry Brigade", "around 700 square kilometers of Kursk Oblast",
         "targets up to 300 kilometers inside Russia", "Russia launches 96 drones overnight, 3 injured in Kharkiv",
         "Pentagon: up to 12K North Korean troops could reach the front",
         "Join our community of more than 15,000 members", "41 comments", "for four years"],
 "003": ["repelled four counterattacks", "203 tanks", "1,190 armored combat vehicles", "48 multiple rocket launchers",
         "seven armored combat vehicles", "in 17 localities",
         "Ukrainian army loses up to 1,490 troops in special op zone over past day - ministry",
         "Putin signs decree on 180,000 increase in army personnel"],
 "004": ["KOSPI 2,442.01 (+0.19%)", "USD/KRW 1,452.40", "170mm self-propelled guns",
         "240mm multiple rocket launchers", "3 soldiers hurt in training accident in Gangwon"],
 "005": ["Views: 2,187", "in three days of fighting", "Ukrainian defenders capture 9 Russian servicemen near Pokrovsk",
         "Czech initiative to deliver 1.2 million rounds of ammunition by year-end"],
 "006": ["who said he was born in 2005", "The other, aged 26",
         "Two soldiers, although wounded, survived and were taken to Kyiv"],
 "008": ["They come in lines of 20 or 30", "outage schedules in 6 regions", "up to 48 hours", "up to $500 billion",
         "shot down 110 of the 177 Shahed-type and decoy drones", "66 decoys were lost to electronic warfare",
         "reporting on Ukraine since 1995"],
 "009": ["around 120 days clearing mines", "the North would also send 5,000 military construction workers",
         "N. Korea fires 2 ballistic missiles into Sea of Japan", "construction of 5,000-ton destroyer",
         "12 hours ago"],
 "010": ["KOSPI 2,556.61", "USD/KRW 1,426.80", "Seoul's spy agency says North sent 3,000 more soldiers to Russia"],
 "013": ["North Korea will send 1,000 deminers and 5,000 military builders",
         "Pyongyang has promised thousands more personnel", "1,000: deminers Pyongyang has promised to send",
         "5,000: military construction workers to follow", "About 7,000 km: distance from Pyongyang to Kursk by rail",
         "hundreds of thousands of mines and unexploded shells", "up to $20 billion",
         "spend 5% of GDP on defense by 2035", "4 million units a year", "Listen 05:12"],
}

OFF = ["002", "007", "011", "014"]
DUP = {"012": "006"}

must = [
 ["001-1", "001-2", "11,000 North Korean troops in Kursk (Zelensky, Nov 4) against about 8,000 in Kursk (Blinken, Oct 31), days apart, in one article"],
 ["004-1", "005-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed or wounded (Zelensky, Dec 26), three days apart"],
]

may = [
 # troop totals of different scope (all of Russia vs Kursk, being sent vs arrived), close in time
 ["000-2", "001-1", "about 12,000 being sent in all (NIS, Oct 18) against 11,000 already in Kursk (Zelensky, Nov 4)"],
 ["000-2", "001-2", "about 12,000 being sent in all against about 8,000 moved to Kursk (a part), 2 weeks later"],
 ["000-2", "001-3", "about 12,000 being sent (NIS, Oct 18) against roughly 10,000 sent so far (Blinken, Oct 31)"],
 ["001-1", "001-3", "11,000 in Kursk (Zelensky) against 10,000 in all of eastern Russia (Blinken), different scope"],
 ["001-2", "004-2", "about 8,000 in Kursk (Oct 31) against 10,000-12,000 in Russia, mostly in Kursk (Dec 23), seven weeks apart"],
 # reinforcements: 'additional' force
 ["008-1", "000-2", "some 3,000 additional soldiers against the original contingent"],
 ["008-1", "001-1", "some 3,000 additional soldiers against the original contingent"],
 ["008-1", "001-2", "some 3,000 additional soldiers against the original contingent"],
 ["008-1", "001-3", "some 3,000 additional soldiers against the original contingent"],
 ["008-1", "004-2", "some 3,000 additional soldiers against the original contingent"],
 ["008-1", "005-4", "some 3,000 additional soldiers against the original contingent"],
 ["008-1", "010-3", "some 3,000 additional soldiers against the total including reinforcements"],
 # later total including reinforcements, months apart
 ["000-2", "010-3", "about 12,000 (Oct 2024) against roughly 15,000 including reinforcements (Apr 2025), months apart"],
 ["001-1", "010-3", "11,000 (Nov 2024) against roughly 15,000 (Apr 2025), months apart"],
 ["001-2", "010-3", "about 8,000 in Kursk (Oct 2024) against roughly 15,000 in all (Apr 2025), months apart"],
 ["001-3", "010-3", "roughly 10,000 (Oct 2024) against roughly 15,000 (Apr 2025), months apart"],
 ["004-2", "010-3", "10,000-12,000 (Dec 2024) against roughly 15,000 (Apr 2025), months apart"],
 ["005-4", "010-3", "up to 12,000 (Dec 2024) against roughly 15,000 (Apr 2025), months apart"],
 # cumulative casualty estimates rising over time (updates)
 ["004-1", "008-2", "about 1,100 casualties (Dec 23) against roughly 4,000 by mid-January (Budanov, Feb 27 article)"],
 ["004-1", "010-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025), months apart, cumulative"],
 ["008-2", "010-1", "roughly 4,000 by mid-January against about 4,700 by late April, cumulative"],
 ["004-4", "006-3", "NIS: around 1,000 wounded (Dec 19) then about 2,700 (Jan 13): an update of a cumulative figure"],
 ["006-2", "010-2", "NIS: about 300 killed (Jan) then about 600 (Apr): an update of a cumulative figure, months apart"],
 ["006-2", "013-2", "NIS: about 300 killed (Jan) then about 600 (as of April, June article): update, months apart"],
 ["006-2", "009-3", "NIS: about 300 killed (Jan) then about 2,000 (Sept): update, months apart"],
 ["010-2", "009-3", "NIS: about 600 killed (Apr) then about 2,000 (Sept): update, months apart"],
 ["013-2", "009-3", "NIS: about 600 killed (Apr) then about 2,000 (Sept): update, months apart"],
]

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
