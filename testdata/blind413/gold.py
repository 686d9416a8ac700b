#!/usr/bin/env python3
"""Gold labels for testdata/blind413 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind413: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025), labelled blind. Same schema as "
         "testdata/corpus/gold.json; see testdata/corpus/README.md.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service", "South Korea", "spy agency"]
LEE = ["Lee Seong-kweun"]

A = {
 "000": [
  ("troops", NK, 12000, None, "about", NIS,
   "North Korea has decided to dispatch some 12,000 soldiers", False),
  ("troops", NK, 1500, None, "about", NIS,
   "A first contingent of around 1,500 special operations troops has already been ferried to the Russian port city of Vladivostok", False),
 ],
 "001": [
  ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "US"],
   "Roughly 8,000 North Korean soldiers are now in Russia's Kursk region near the Ukrainian border", False),
  ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Pentagon", "United States", "US"],
   "a total of about 10,000 North Korean troops had been sent to eastern Russia for training", False),
 ],
 "003": [
  ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "There are eleven thousand North Korean soldiers in Russia's Kursk region", False),
  ("casualties", RU, 20000, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
   "Russian losses in the Kursk operation since August 6 exceed 20,000 killed and wounded", False),
  ("captured", RU, 700, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
   "more than 700 Russian servicemen have been taken prisoner", False),
 ],
 "004": [
  ("killed", NK, 100, None, "at_least", NIS + LEE,
   "with at least 100 killed in combat in the Kursk region", False),
  ("wounded", NK, 1000, None, "about", LEE + NIS,
   "Another 1,000 or so have been wounded", False),
 ],
 "005": [
  ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine", "Oleksandr Syrskyi"],
   "more than 3,000 North Korean soldiers have been killed or wounded in the Kursk region", False),
  ("casualties", NK, 1100, None, "about", ["South Korea's joint chiefs of staff", "Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
   "about 1,100 North Korean troops had been killed or wounded in the fighting in Kursk", False),
  ("casualties", UA, 240, None, "more_than", ["Russia's defence ministry", "Russian defence ministry", "defence ministry", "Russia"],
   "Ukraine had lost more than 240 servicemen in the Kursk direction over the past 24 hours", False),
 ],
 "006": [
  ("killed", NK, 300, None, "about", LEE + NIS,
   "About 300 North Korean soldiers sent to help Russia have died", False),
  ("wounded", NK, 2700, None, "about", LEE + NIS,
   "roughly 2,700 have been wounded", False),
  ("captured", NK, 2, None, "exact", NIS + ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
   "two North Korean soldiers were captured by Ukrainian forces on Saturday", False),
  ("troops", NK, 11000, None, "about", ["unattributed"],
   "North Korea is believed to have sent about 11,000 troops to Russia last fall", False),
 ],
 "009": [
  ("troops", NK, 3000, None, "about", NIS,
   "North Korea has sent an estimated 3,000 additional soldiers to Russia since January", False),
  ("troops", NK, 10000, 12000, "range", ["Western officials"],
   "a force of between 10,000 and 12,000 that Western officials say Pyongyang sent last October and November", False),
  ("killed", NK, 200, 900, "vague", ["Ukrainian officials", "Ukraine"],
   "hundreds of North Koreans were killed in January alone", True),
 ],
 "012": [
  ("casualties", NK, 4700, None, "about", NIS + LEE,
   "North Korea has suffered about 4,700 casualties", False),
  ("killed", NK, 600, None, "about", NIS + LEE,
   "including around 600 deaths", False),
  ("troops", NK, 15000, None, "about", NIS + LEE,
   "Pyongyang has sent roughly fifteen thousand troops in total", False),
 ],
 "013": [
  ("casualties", UA, 76000, None, "more_than", ["Russian General Staff", "General Staff", "Russia"],
   "the Ukrainian armed forces had lost more than 76,000 servicemen killed and wounded", False),
 ],
 "014": [
  ("killed", NK, 2000, None, "about", NIS,
   "an estimated 2,000 North Korean soldiers had been killed", False),
  ("casualties", NK, 6000, None, "about", ["Britain's Defence Intelligence", "Defence Intelligence", "UK Ministry of Defence", "Britain", "UK"],
   "put combined North Korean losses, killed and wounded, at around 6,000", False),
  ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
   "The two soldiers captured in January remain in Ukrainian custody", False),
  ("troops", NK, 2000, 9999, "vague", ["South Korean officials", "South Korea"],
   "Several thousand engineers and builders are thought to be working in Kursk now", True),
 ],
}

NOT = {
 "000": ["four brigades", "four Russian amphibious landing ships and three escort vessels",
         "more than 13,000 containers of artillery shells", "between Oct. 8 and 13", "11th Corps",
         "S. Korea logs 3.2 mln foreign visitors", "Samsung to cut 1,000 jobs", "tour in 14 cities",
         "KOSPI 2,593.91"],
 "001": ["roughly 1.2 million personnel", "152mm ammunition", "more than $60 billion in military aid",
         "February 2022", "Early voting tops 60 million", "11th storm"],
 "003": ["about 1,300 square kilometres", "170mm Koksan self-propelled guns", "240mm multiple rocket launchers",
         "since August 6", "Air defence downs 31 of 45 drones", "EUR 35 billion loan", "Three killed in Zaporizhzhia shelling"],
 "004": ["the 300-seat National Assembly", "in their late teens and early 20s", "KOSPI 2,435.93",
         "USD/KRW 1,451.90", "Won slides past 1,450 per dollar", "5-minute drone deliveries", "minus 10 C"],
 "005": ["52 more vessels", "up to four hours a day", "two villages in the Donetsk region", "1 January",
         "record 3m passengers", "Ten books"],
 "006": ["born in 2005", "born in 1999", "Nikkei average sheds 716 points"],
 "009": ["170mm self-propelled guns", "240mm multiple rocket launchers", "nearly three weeks",
         "cuts rates to 2.75%", "$21 billion"],
 "012": ["Kim, 41,", "exports rise 3.7 percent", "100 days to go", "5,000-ton destroyer", "Seoul 18°C"],
 "013": ["1,000 sappers", "5,000 military construction workers", "third visit to the DPRK in the past three months",
         "over 400 tanks", "more than 300 hectares", "June 19, 2024", "Article 4",
         "Over 1,500 residents of Kursk Region have returned to their homes", "USD/RUB 78.41"],
 "014": ["1,000 deminers and 5,000 military builders", "billions of dollars", "25-year-old treaty",
         "0.2% decline", "338 candidates", "Watch 02:45"],
}

OFF = ["002", "007", "008", "011"]
DUP = {"010": "006"}

conflicts = {
 "must": [
  ["001-1", "003-1", "roughly 8,000 North Korean troops in Kursk (Blinken, 31 Oct 2024) against eleven thousand in Kursk (Zelensky, 5 Nov 2024): same place, five days apart"],
  ["005-1", "005-2", "more than 3,000 killed or wounded (Zelenskyy) against about 1,100 (South Korea's JCS), both on 23 Dec 2024 in the same live blog"],
 ],
 "may": [
  ["000-1", "001-1", "12,000 to be sent in all (NIS, 18 Oct) against 8,000 now in Kursk two weeks later: whole against part, arguably"],
  ["000-1", "001-2", "12,000 decided (NIS, 18 Oct) against about 10,000 sent to eastern Russia (Pentagon, 28 Oct)"],
  ["000-1", "003-1", "about 12,000 (NIS, 18 Oct) against 11,000 in Kursk (Zelensky, 5 Nov)"],
  ["000-1", "006-4", "about 12,000 against about 11,000 three months later"],
  ["000-1", "009-1", "12,000 against an additional 3,000"],
  ["000-1", "012-3", "12,000 in October against 15,000 in total six months later, reinforcements included"],
  ["001-1", "006-4", "8,000 in Kursk (Nov) against about 11,000 sent to Russia (Jan): months apart, different scope"],
  ["001-1", "009-1", "8,000 against an additional 3,000"],
  ["001-1", "009-2", "8,000 in Kursk against 10,000-12,000 sent, four months later"],
  ["001-1", "012-3", "8,000 in Kursk (Nov) against 15,000 in total (Apr)"],
  ["001-2", "003-1", "about 10,000 in eastern Russia against 11,000 in Kursk a week later: close values, different scope"],
  ["001-2", "006-4", "about 10,000 against about 11,000, months apart"],
  ["001-2", "009-1", "10,000 against an additional 3,000"],
  ["001-2", "012-3", "10,000 (Oct) against 15,000 in total (Apr)"],
  ["003-1", "009-1", "11,000 against an additional 3,000"],
  ["003-1", "012-3", "11,000 in Kursk (Nov) against 15,000 in total (Apr)"],
  ["006-4", "009-1", "about 11,000 against an additional 3,000"],
  ["006-4", "012-3", "about 11,000 (Jan) against 15,000 in total (Apr), reinforcements included"],
  ["009-1", "009-2", "an additional 3,000 against the first 10,000-12,000"],
  ["009-1", "012-3", "an additional 3,000 against 15,000 in total"],
  ["009-2", "012-3", "10,000-12,000 last autumn against 15,000 in total, reinforcements included"],
  ["012-3", "014-4", "15,000 in total (Apr) against several thousand builders now in Kursk (Oct): different contingents, months apart"],
  ["006-1", "012-2", "about 300 killed (NIS, Jan) rising to about 600 (NIS, Apr): a cumulative update, months apart"],
  ["006-1", "014-1", "about 300 killed (Jan) against about 2,000 (Sept): months apart"],
  ["012-2", "014-1", "about 600 killed (Apr) against about 2,000 (Sept): a cumulative update, months apart"],
  ["009-3", "014-1", "hundreds killed in January alone against about 2,000 in all by September"],
  ["005-2", "012-1", "about 1,100 casualties (Dec) against about 4,700 (Apr): months apart"],
  ["005-2", "014-2", "about 1,100 casualties (Dec) against about 6,000 (Oct): months apart"],
  ["012-1", "014-2", "about 4,700 casualties (NIS, Apr) against about 6,000 (UK, Oct): months apart"],
 ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
