#!/usr/bin/env python3
"""Gold labels for testdata/blind345 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

ABOUT = ("Gold labels for blind345: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (Oct 2024 - Dec 2025). See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "intelligence agency"]

A = {
 "000": [
  ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
   "North Korea appears to have moved some 3,000 soldiers to Russia so far", False),
  ("troops", "north_korea", 1500, None, "about", NIS + ["Park Sun-won"],
   "a second group of around 1,500 troops crossed into Russia earlier this week", False),
 ],
 "001": [
  ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "eleven thousand North Korean troops are now in Russia's Kursk Oblast", False),
  ("troops", "north_korea", 8000, None, "about", ["Pentagon", "Sabrina Singh", "U.S.", "United States", "US"],
   "some 8,000 North Korean soldiers are in the Kursk region", False),
 ],
 "002": [
  ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun", "Seoul"],
   "at least 100 soldiers killed in the Kursk region since they were sent into combat this month", False),
  ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
   "Close to 1,000 others have been wounded", False),
  ("troops", "north_korea", 11000, None, "about", NIS + ["Lee Seong-kweun"],
   "the roughly 11,000 North Korean soldiers the NIS believes are now in Russia", False),
 ],
 "003": [
  ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
   "North Korean losses in Kursk Oblast had already passed three thousand killed and wounded", False),
  ("troops", "north_korea", 10000, 12000, "range", ["Ukraine", "South Korea", "U.S.", "United States", "US"],
   "Pyongyang sent between 10,000 and 12,000 troops to Russia this autumn", False),
  ("casualties", "north_korea", 30, None, "at_least", ["HUR", "military intelligence", "Ukraine's military intelligence agency", "Ukraine"],
   "at least 30 North Korean soldiers had been killed or wounded in fighting near the villages of Plekhovo, Vorobzha and Martynovka", False),
 ],
 "004": [
  ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Lee Sung-jun"],
   "have lost about 1,100 soldiers killed or wounded in Kursk", False),
  ("troops", "north_korea", 2000, 9999, "vague", ["Joint Chiefs of Staff", "JCS", "Lee Sung-jun", "Seoul", "South Korea"],
   "several thousand of the North's soldiers have already been thrown into assault units at the front", True),
 ],
 "005": [
  ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
   "about 300 North Korean soldiers have been killed", False),
  ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
   "around 2,700 others wounded in the Kursk region", False),
  ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine", "NIS", "South Korea"],
   "his forces had captured two North Korean soldiers in Kursk", False),
 ],
 "006": [
  ("troops", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
   "North Korea has dispatched roughly 3,000 additional soldiers to Russia since the start of the year", False),
  ("troops", "north_korea", 12000, None, "up_to", ["US, Ukrainian and South Korean officials", "US", "United States", "Ukraine", "Ukrainian", "South Korea", "South Korean officials"],
   "the up to 12,000 troops Pyongyang sent last autumn", False),
  ("casualties", "north_korea", 4000, None, "about", NIS + ["Lee Seong-kweun"],
   "North Korean casualties in Russia's Kursk region now stand at about 4,000", False),
 ],
 "007": [
  ("troops", "north_korea", 15000, None, "about", NIS,
   "the roughly 15,000 soldiers the North is believed to have sent to Russia since the autumn", False),
  ("casualties", "north_korea", 4700, None, "about", NIS,
   "some 4,700 have been killed or wounded", False),
  ("killed", "north_korea", 600, None, "about", NIS,
   "Around 600 of them died", False),
  ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
   "Ukraine had lost more than 76,000 soldiers in the Kursk region", False),
  ("captured", "russia", 200, 900, "vague", ["Ukraine", "Kyiv"],
   "it captured hundreds of Russian soldiers during the operation", True),
 ],
 "010": [],
 "011": [
  ("killed", "north_korea", 2000, None, "about", NIS + ["Lee Seong-kweun", "Seoul"],
   "About 2,000 North Korean soldiers have been killed fighting alongside Russian forces against Ukraine", False),
  ("troops", "north_korea", 10000, None, "more_than", ["unattributed"],
   "More than 10,000 North Korean soldiers were sent to the Kursk region late last year", False),
  ("troops", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
   "about 1,000 North Korean military engineers had been sent to Kursk to clear mines", False),
 ],
}

NOT = {
 "000": ["the total expected to reach 10,000 by December", "10,000 expected by December", "more than 100 basic military terms",
         "about US$2,000 a month", "in their early 20s", "2 dead, 7 injured as bus overturns", "10 tln won", "paras 6-8"],
 "001": ["96 Shahed-type attack drones", "shot down 62 drones", "NOK 3.5 billion", "within roughly 30 kilometres",
         "Join 5,000+ members", "Comments (41)", "47th Mechanized Brigade: 100 days"],
 "002": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "1,451.9 per dollar",
         "Kospi falls 1.95%", "Kyiv says North Korean casualties near 200 after first assaults", "five days after"],
 "003": ["Glide bomb strike on Zaporizhzhia injures 11, damages 40 houses", "$5 a month", "2 min read"],
 "004": ["about 200 long-range artillery pieces", "first time in 9 years", "7 things to know"],
 "005": ["aged 20 and 26", "1.05% lower at 38,474", "3 dead in Aomori", "Watch video 1:42"],
 "006": ["25% Tariffs", "as much as $20 billion", "1,445.50 per dollar"],
 "007": ["Time to read 3 min", "June 2024", "August 2024"],
 "010": ["send 1,000 sappers to the Kursk Region", "5,000 military builders", "dispatch 1,000 deminers and 5,000 military builders",
         "Ukrainian army loses over 1,200 troops in special military operation zone in past day", "liberate two communities"],
 "011": ["the 5,000 military construction workers it pledged to Moscow in June", "the 80th anniversary", "40C",
         "The 25 best films", "as little as $1"],
}

OFF = ["008", "012", "013", "014"]
DUP = {"009": "006"}

conflicts = {
 "must": [
  ["001-1", "001-2", "eleven thousand North Korean troops in Kursk (Zelensky) against some 8,000 in the Kursk region (Pentagon), same day, same live blog"],
  ["003-1", "004-1", "more than 3,000 casualties (Zelensky, Dec 23) against about 1,100 (South Korea's JCS, disclosed the same Monday), reported three days apart"],
 ],
 "may": [
  ["000-1", "001-1", "about 3,000 sent by Oct 23 against eleven thousand two weeks later, while the deployment was under way"],
  ["000-1", "001-2", "about 3,000 sent by Oct 23 against some 8,000 in Kursk two weeks later, deployment under way"],
  ["000-1", "002-3", "3,000 in October against 11,000 in December"],
  ["000-1", "003-2", "3,000 in October against 10,000-12,000 sent this autumn"],
  ["000-1", "007-1", "3,000 in October 2024 against 15,000 in all by April 2025"],
  ["000-1", "011-2", "3,000 by Oct 23 against more than 10,000 sent late last year"],
  ["001-2", "002-3", "8,000 in Kursk (Nov 5) against 11,000 in Russia (Dec 19), six weeks apart"],
  ["001-2", "003-2", "8,000 in Kursk (Nov 5) against 10,000-12,000 sent (Dec 23), seven weeks apart"],
  ["001-2", "007-1", "8,000 in November against 15,000 in all by April"],
  ["001-2", "011-2", "8,000 (Nov 2024) against more than 10,000 (Sep 2025, about late 2024)"],
  ["001-1", "007-1", "11,000 in November against 15,000 in all, reinforcements included, months later"],
  ["002-3", "007-1", "11,000 in December against 15,000 in all, reinforcements included, months later"],
  ["003-2", "007-1", "10,000-12,000 in the autumn against 15,000 in all, reinforcements included"],
  ["006-2", "007-1", "up to 12,000 sent in the autumn against 15,000 in all, reinforcements included"],
  ["006-1", "001-1", "an additional 3,000 against the first force"],
  ["006-1", "001-2", "an additional 3,000 against the first force"],
  ["006-1", "002-3", "an additional 3,000 against the first force"],
  ["006-1", "003-2", "an additional 3,000 against the first force"],
  ["006-1", "006-2", "an additional 3,000 on top of up to 12,000, same article"],
  ["006-1", "007-1", "an additional 3,000 against the 15,000 in all"],
  ["006-1", "011-2", "an additional 3,000 against more than 10,000 sent late last year"],
  ["004-1", "006-3", "1,100 casualties in December against 4,000 two months later, cumulative"],
  ["004-1", "007-2", "1,100 casualties in December against 4,700 four months later, cumulative"],
  ["006-3", "007-2", "4,000 casualties in February against 4,700 two months later, cumulative"],
  ["005-1", "007-3", "300 killed in January against 600 in April, cumulative"],
  ["005-1", "011-1", "300 killed in January against 2,000 in September, cumulative"],
  ["007-3", "011-1", "600 killed in April against 2,000 in September, cumulative"],
 ],
}

goldlib.write(ABOUT, A, NOT, OFF, DUP, conflicts)
