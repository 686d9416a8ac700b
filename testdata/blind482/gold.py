#!/usr/bin/env python3
"""Gold labels for testdata/blind482 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind482: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (Oct 2024 - Dec 2025), labelled blind. See ../corpus/README.md for the fields.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency", "intelligence agency"]

A = {
 "000": [
  ("troops", "north_korea", 1500, None, "about", NIS,
   "North Korea has moved about 1,500 special operations troops to Russia's Far East", False),
 ],
 "002": [
  ("troops", "north_korea", 8000, None, "about",
   ["Lloyd Austin", "Austin", "Defense Secretary", "Pentagon", "United States", "U.S.", "US"],
   "Roughly 8,000 of the North Korean soldiers Pyongyang has sent to Russia are now in the Kursk border region", False),
  ("troops", "north_korea", 2000, 9999, "vague",
   ["Pentagon spokesperson", "Pentagon", "United States", "U.S.", "US"],
   "a few thousand of the troops had begun moving west", True),
  ("troops", "north_korea", 10000, None, "about",
   ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US"],
   "put the overall number of North Korean soldiers in Russia at about 10,000", False),
 ],
 "003": [
  ("troops", "north_korea", 11000, None, "exact",
   ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Ukrainian intelligence", "Ukraine's intelligence services"],
   "Eleven thousand North Korean soldiers are already in the Kursk region", False),
  ("troops", "north_korea", 7000, None, "more_than",
   ["Defense Intelligence", "HUR", "Ukraine's Defense Intelligence agency", "Ukrainian intelligence", "Ukraine"],
   "more than 7,000 North Korean troops had been moved to areas close to Ukraine’s border", False),
  ("casualties", "russia", 20000, None, "more_than",
   ["Oleksandr Syrskyi", "Syrskyi", "Commander-in-Chief", "Ukraine"],
   "Russia had lost more than 20,000 soldiers killed and wounded in the Kursk region", False),
 ],
 "005": [
  ("casualties", "north_korea", 3000, None, "more_than",
   ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Syrsky"],
   "have suffered more than 3,000 killed and wounded", False),
  ("casualties", "north_korea", 1100, None, "about",
   ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "South Korea's military"],
   "it estimated around 1,100 North Korean casualties in the fighting so far", False),
  ("killed", "north_korea", 100, None, "at_least", NIS,
   "at least 100 North Korean soldiers had been killed", False),
  ("wounded", "north_korea", 1000, None, "about", NIS,
   "around 1,000 others wounded", False),
  ("troops", "russia", 50000, None, "about", ["Kyiv", "Ukraine"],
   "Russia massed some 50,000 of its own soldiers in the region", False),
 ],
 "006": [
  ("killed", "north_korea", 200, 900, "vague", ["Seoul's spies", "Seoul", "South Korea", "NIS"],
   "Seoul's spies say hundreds more have died", True),
  ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "SBU"],
   "Two soldiers from North Korea's army were taken prisoner in the Kursk region", False),
  ("troops", "north_korea", 12000, None, "up_to", ["unattributed"],
   "Pyongyang is believed to have sent up to 12,000 soldiers", False),
  ("killed", "north_korea", 300, None, "about", NIS,
   "about 300 North Korean soldiers have been killed", False),
  ("wounded", "north_korea", 2700, None, "about", NIS,
   "some 2,700 wounded", False),
  ("killed", "north_korea", 100, None, "at_least", NIS,
   "the agency counted at least 100 dead", False),
 ],
 "008": [
  ("troops", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
   "North Korea has sent an additional 3,000 or so troops to Russia since the start of the year", False),
  ("casualties", "north_korea", 4000, None, "about", NIS + ["Lee Seong-kweun"],
   "North Korean casualties in the fighting are estimated at around 4,000", False),
  ("troops", "north_korea", 11000, 12000, "range", NIS,
   "The North had dispatched between 11,000 and 12,000 troops to Russia last autumn", False),
 ],
 "010": [
  ("casualties", "north_korea", 4700, None, "about", NIS + ["Park Sun-won"],
   "North Korea has suffered about 4,700 casualties in Russia's Kursk region", False),
  ("killed", "north_korea", 600, None, "about", NIS + ["Park Sun-won"],
   "including roughly 600 soldiers killed", False),
  ("casualties", "ukraine", 76000, None, "more_than",
   ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
   "Gerasimov put Ukraine's losses in the Kursk operation at more than 76,000 soldiers killed and wounded", False),
 ],
 "011": [
  ("casualties", "ukraine", 76000, None, "more_than",
   ["Russian General Staff", "General Staff", "Russia", "TASS"],
   "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded in the region", False),
 ],
 "012": [
  ("killed", "north_korea", 2000, None, "about", NIS + ["Lee Seong-kweun"],
   "roughly two thousand North Korean soldiers have died in the fighting for Russia", False),
  ("troops", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
   "about 1,000 North Korean military engineers had arrived in Kursk to clear mines", False),
  ("wounded", "north_korea", 200, 900, "vague", NIS + ["Lee Seong-kweun"],
   "Hundreds of wounded North Korean soldiers have been treated in Russian military hospitals", True),
 ],
 "014": [
  ("killed", "north_korea", 9, None, "exact",
   ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"],
   "nine of the soldiers died during the mission", False),
  ("troops", "north_korea", 2000, 9999, "vague",
   ["South Korean, U.S. and Ukrainian assessments", "South Korea", "United States", "Ukraine"],
   "North Korea has sent thousands of combat troops to Russia since last fall", True),
  ("killed", "north_korea", 2000, None, "about", NIS,
   "about 2,000 North Korean soldiers have been killed", False),
 ],
}

NOT = {
 "000": ["a force that would number around 12,000 once every unit has been shipped",
         "four Russian landing ships and three escort vessels", "the 11th Corps",
         "some 100 kilometers north of Vladivostok", "7 dead, 11 injured as tour bus overturns in Gangwon",
         "1 million copies in 6 days"],
 "002": ["the 56th of its kind", "$425 million", "155mm artillery rounds",
         "1,000 one-way attack drones a month by 2026"],
 "003": ["Russia Has Lost 1,950 Troops in Past Day", "several hundred square kilometers",
         "UAH/USD 41.27", "our 30,000 members on Telegram"],
 "005": ["240-millimetre multiple rocket launchers", "30 North Korean soldiers killed or wounded in Kursk fighting",
         "47th Mechanised Brigade", "came into force on December 4"],
 "006": ["one of the men is 20 and the other 26", "joined the army in 2021", "We and our 862 partners",
         "4 avalanches in the French Alps"],
 "008": ["some 200 long-range artillery pieces", "passed the three-year mark",
         "Japan's January exports rise 7.2%"],
 "010": ["Key Rate at 21%", "even $2 a month"],
 "011": ["1,000 sappers to clear mines in Russia's Kursk Region",
         "5,000 military construction workers to rebuild infrastructure",
         "a thousand sappers", "five thousand military builders", "second visit to the DPRK in two weeks",
         "about 1,500 homes in the border districts", "liberate 2 communities in Donetsk People's Republic"],
 "012": ["At least four people were killed and 24 injured", "502 drones and 24 missiles",
         "the 6,000 construction and demining troops Moscow announced in June", "pledges from 26 countries",
         "Comments (1,384)", "more than 300,000 readers"],
 "014": ["about 120 days of work", "pledged to send 5,000 military construction workers",
         "keep about 28,500 troops in South Korea"],
}

OFF = ["001", "004", "009", "013"]
DUP = {"007": "008"}

conflicts = {
 "must": [
  ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Austin, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
  ["005-1", "005-2", "more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's JCS), the same day in one article"],
 ],
 "may": [
  ["002-3", "003-1", "about 10,000 in all of Russia (Blinken) against 11,000 in Kursk alone (Zelensky), four days apart; close values"],
  ["002-1", "008-3", "8,000 in Kursk in November against 11,000-12,000 dispatched last autumn, four months later"],
  ["002-3", "008-3", "about 10,000 in Russia in November against 11,000-12,000, four months later"],
  ["000-1", "008-1", "a first batch of 1,500 against an additional 3,000"],
  ["002-1", "008-1", "an additional 3,000 against 8,000 in Kursk, months apart"],
  ["002-3", "008-1", "an additional 3,000 against about 10,000, months apart"],
  ["003-1", "008-1", "an additional 3,000 against 11,000, months apart"],
  ["003-2", "008-1", "an additional 3,000 against more than 7,000, months apart"],
  ["006-3", "008-1", "an additional 3,000 against up to 12,000"],
  ["008-1", "008-3", "an additional 3,000 against the 11,000-12,000 sent last autumn"],
  ["005-2", "008-2", "1,100 casualties in December against around 4,000 two months later"],
  ["005-2", "010-1", "1,100 casualties in December against 4,700 four months later"],
  ["008-2", "010-1", "around 4,000 casualties in February against 4,700 two months later"],
  ["006-4", "010-2", "about 300 killed in January against about 600 in April"],
  ["006-4", "012-1", "about 300 killed in January against about 2,000 in September"],
  ["006-4", "014-3", "about 300 killed in January against about 2,000 in December"],
  ["010-2", "012-1", "about 600 killed in April against about 2,000 in September"],
  ["010-2", "014-3", "about 600 killed in April against about 2,000 in December"],
 ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
