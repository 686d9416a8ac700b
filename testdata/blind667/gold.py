#!/usr/bin/env python3
"""Gold labels for testdata/blind667 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind667 evaluation set (15 articles written in our own words about the real "
         "story's known reporting). See testdata/corpus/README.md for the meaning of every field and how a "
         "system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
HUR = ["HUR", "military intelligence", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]

A = {
 "000": [
  ("troops", "north_korea", 1500, None, "about", NIS,
   "North Korea has moved around 1,500 special operations troops to Russia's Far East aboard Russian navy vessels", False),
 ],
 "001": [
  ("troops", "north_korea", 11000, None, "about", ZEL,
   "Some 11,000 North Korean soldiers have arrived in Russia's Kursk Oblast", False),
  ("troops", "north_korea", 500, None, "about", HUR,
   "Roughly 500 of the North Korean soldiers are officers", False),
  ("troops", "russia", 50000, None, "about", ZEL,
   "Moscow has massed about 50,000 troops of its own in the region", False),
  ("troops", "north_korea", 8000, None, "at_least", ["Antony Blinken", "Blinken", "United States", "U.S.", "Secretary of State"],
   "at least 8,000 North Korean troops had reached the Kursk area", False),
 ],
 "003": [
  ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
   "At least 100 North Korean soldiers have been killed in combat against Ukrainian forces in Russia's Kursk region", False),
  ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
   "close to 1,000 have been wounded", False),
  ("casualties", "north_korea", 1100, None, "about", NIS + ["Lee Seong-kweun"],
   "the overall casualty count at roughly 1,100", False),
  ("troops", "north_korea", 11000, None, "about", NIS,
   "North Korea has sent about 11,000 soldiers to Russia", False),
  ("casualties", "north_korea", 200, 900, "vague", ["Pentagon", "United States", "U.S."],
   'North Korean units had suffered "several hundred" casualties', True),
 ],
 "004": [
  ("casualties", "north_korea", 3000, None, "more_than", ZEL,
   "North Korea's losses in Russia's Kursk region have passed three thousand killed and wounded", False),
  ("casualties", "russia", 38000, None, "about", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
   "Russia had lost roughly 38,000 soldiers killed, wounded and captured in the Kursk direction", False),
 ],
 "006": [
  ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
   "Some 300 North Korean soldiers have been killed", False),
  ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
   "2,700 wounded fighting alongside Russian troops against Ukraine", False),
  ("casualties", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
   "that adds up to roughly 3,000 casualties", False),
  ("captured", "north_korea", 2, None, "exact", ZEL,
   "his forces had captured two North Korean soldiers in the Kursk region", False),
  ("killed", "north_korea", 1000, None, "about", HUR,
   "it put the number of North Korean dead at around 1,000", False),
  ("troops", "north_korea", 11000, None, "about", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
   "about 11,000 North Korean troops were sent to Russia last autumn", False),
 ],
 "007": [
  ("troops", "north_korea", 3000, None, "about", JCS,
   "North Korea appears to have sent some three thousand additional soldiers to Russia since January", False),
  ("troops", "north_korea", 1000, 3000, "range", ["intelligence agency", "NIS", "National Intelligence Service", "South Korea"],
   "the reinforcements numbered between 1,000 and 3,000", False),
  ("killed", "north_korea", 200, 999, "vague", ["unattributed"],
   "Hundreds of North Korean soldiers are believed to have died in the fighting so far", True),
 ],
 "008": [
  ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
   "Ukraine's losses there had exceeded 76,000 servicemen", False),
  ("troops", "north_korea", 15000, None, "about", NIS,
   "some 15,000 North Korean soldiers had been sent to Russia in total", False),
  ("casualties", "north_korea", 4700, None, "about", NIS,
   "about 4,700 of them had become casualties", False),
  ("killed", "north_korea", 600, None, "about", NIS,
   "including roughly 600 killed", False),
  ("casualties", "north_korea", 3000, None, "about", NIS,
   "the roughly 3,000 casualties the agency reported in January", False),
 ],
 "010": [
  ("killed", "north_korea", 600, None, "about", NIS,
   "about 600 North Korean soldiers have been killed in the fighting", False),
  ("wounded", "north_korea", 4100, None, "about", NIS,
   "some 4,100 wounded", False),
 ],
 "011": [
  ("killed", "north_korea", 2000, None, "about", NIS + ["lawmakers", "Park Sun-won"],
   "Around 2,000 North Korean soldiers are estimated to have been killed while fighting for Russia against Ukraine", False),
  ("troops", "north_korea", 15000, None, "about", ["unattributed"],
   "North Korea is believed to have dispatched around 15,000 soldiers in total since the autumn of 2024", False),
  ("troops", "north_korea", 1000, None, "about", NIS + ["Park Sun-won"],
   "about 1,000 of the 6,000 military engineers and builders that Pyongyang promised in June have already arrived in the Kursk region", False),
 ],
 "014": [
  ("troops", "north_korea", 10000, 12000, "range", ["Ukraine", "South Korea", "United States", "U.S.", "officials"],
   "put the contingent at between 10,000 and 12,000 soldiers", False),
  ("troops", "north_korea", 3000, None, "about", JCS,
   "About 3,000 reinforcements arrived in January and February", False),
  ("killed", "north_korea", 2000, None, "about", ["Seoul", "South Korea", "NIS", "National Intelligence Service"],
   "put the number of dead at about 2,000", False),
  ("casualties", "north_korea", 6000, None, "up_to", ["Defence Intelligence", "Britain", "UK", "British"],
   "North Korean forces had suffered up to 6,000 casualties in Kursk", False),
  ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
   "Two North Korean soldiers were captured by Ukrainian forces in January 2025", False),
 ],
}

NOT = {
 "000": ["as many as 12,000 soldiers over the coming months", "four brigades",
         "more than 13,000 containers of munitions", "8 million rounds of 152 mm and 122 mm artillery shells",
         "four Russian amphibious landing ships escorted by three frigates", "between Oct. 8 and 13",
         "Zelensky says 10,000 N. Korean soldiers being readied to fight for Russia", "KOSPI up 0.4 pct at 2,620.11",
         "Won-dollar rate closes at 1,368.70 won", "raise minimum wage by 1.7 pct"],
 "001": ["60 mm mortars", "roughly 800 square kilometers", "about 1,300 square kilometers",
         "Russia has lost 698,800 troops in Ukraine since Feb. 24, 2022", "AK-12 assault rifles"],
 "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "204 lawmakers voted in favor",
         "minus 12 C", "the 80th anniversary of the Soviet victory"],
 "004": ["DAY 1,034", "1,204 views", "almost three times higher", "began on Aug. 6", "came into force on Dec. 4",
         "Russia Lost 1,500 Troops in Past Day", "for 30 years"],
 "006": ["born in 2005", "aged 26", "since 2016", "KOSPI ends 1.0% lower at 2,489.56"],
 "007": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "Watch video 1:24",
         "60th anniversary year", "13:30 JST"],
 "008": ["around $20 billion", "Key Rate at 21%", "Three-Day 'Victory Day Truce' From May 8", "from $2"],
 "010": ["North Korea will send 1,000 deminers and 5,000 military construction workers",
         "North Korea to send 6,000 workers to Kursk", "North Korea to send 6,000 to Kursk",
         "$45 a barrel from $60", "440 drones and 32 missiles", "18th package of sanctions", "nine-storey apartment block"],
 "011": ["KOSPI 3,184.23", "USD/KRW 1,392.50", "seventh nuclear test", "hit 70,000 won", "35 million trips expected"],
 "014": ["Pyongyang pledged to send 1,000 deminers and 5,000 military builders", "11th Army Corps",
         "Oct. 18, 2024", "June 17, 2025"],
}

OFF = ["002", "005", "009", "013"]
DUP = {"012": "004"}

may = []
def m(a, b, why):
    may.append([a, b, why])

# troops: first batch, additional forces and totals that grew over months
for other in ["001-1", "001-4", "003-4", "006-6", "008-2", "011-2", "014-1"]:
    m("000-1", other, "a first batch of about 1,500 (Oct 2024) against the whole contingent reported later")
for a in ["001-1", "003-4", "006-6", "014-1"]:
    for b in ["008-2", "011-2"]:
        m(a, b, "about 11,000 (or 10,000-12,000) first sent against about 15,000 in total after reinforcements, months apart")
for a in ["007-1", "007-2", "014-2"]:
    for b in ["000-1", "001-1", "001-4", "003-4", "006-6", "008-2", "011-2", "014-1"]:
        m(a, b, "an additional force of reinforcements against the size of the whole contingent")
# killed: cumulative toll rising over months, different sources
for a, b in [("006-1", "008-4"), ("006-1", "010-1"), ("006-1", "011-1"), ("006-1", "014-3"),
             ("006-5", "008-4"), ("006-5", "010-1"), ("006-5", "011-1"), ("006-5", "014-3"),
             ("008-4", "011-1"), ("008-4", "014-3"), ("010-1", "011-1"), ("010-1", "014-3")]:
    m(a, b, "cumulative death toll reported months apart (a later rise is an update)")
for b in ["006-5", "011-1", "014-3"]:
    m("007-3", b, "vague 'hundreds' killed against a specific toll")
# wounded: cumulative
for a, b in [("003-2", "006-2"), ("003-2", "010-2"), ("006-2", "010-2")]:
    m(a, b, "cumulative number of wounded reported weeks or months apart (update, not a contradiction)")
# casualties
m("003-3", "006-3", "about 1,100 (Dec 19) rising to about 3,000 (Jan 13): cumulative update three and a half weeks later")
for b in ["008-3", "008-5"]:
    m("003-3", b, "cumulative casualty estimate reported months apart")
for b in ["003-3", "004-1", "006-3", "008-3", "008-5"]:
    m("003-5", b, "vague 'several hundred' casualties (Pentagon) against a specific figure")
m("004-1", "006-3", "'more than 3,000' against 'about 3,000' three weeks later: the bound is roughly satisfied")
m("004-1", "008-5", "'more than 3,000' (Dec) against the 'roughly 3,000' NIS reported in January")
for a, b in [("006-3", "008-3"), ("008-5", "008-3")]:
    m(a, b, "NIS casualty estimate of about 3,000 in January rising to about 4,700 in April: an update, not a conflict")

conflicts = {
 "must": [
  ["003-3", "004-1", "about 1,100 North Korean casualties (NIS via Lee Seong-kweun, Dec 19) against more than "
   "3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
  ["006-1", "006-5", "about 300 North Korean killed (NIS via Lee Seong-kweun) against around 1,000 dead "
   "(Ukraine's HUR) in the same week, in the same article"],
 ],
 "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
