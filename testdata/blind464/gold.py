#!/usr/bin/env python3
"""Gold labels for testdata/blind464 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind464: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning of "
         "every field and how a system's output is scored.")

NK, RU, UA = "north_korea", "russia", "ukraine"
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military", "Seoul"]
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]

A = {
 "000": [
  ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Ukraine"],
   "the number of North Korean soldiers killed and wounded in Kursk had passed 3,000", False),
  ("casualties", NK, 1100, None, "about", JCS,
   "South Korea's Joint Chiefs of Staff has put North Korean casualties in Kursk at roughly 1,100", False),
  ("casualties", RU, 1580, None, "exact", ["Ukraine's general staff", "general staff", "Ukraine"],
   "Russia lost 1,580 troops over the past day", False),
 ],
 "002": [
  ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia", "Russian General Staff"],
   "Ukraine had lost more than 76,000 servicemen over the course of its eight-month incursion", False),
  ("troops", NK, 11000, 12000, "range", ["Western and South Korean intelligence agencies", "Western intelligence",
   "South Korean intelligence", "South Korea"],
   "between 11,000 and 12,000 North Korean soldiers were sent to the Kursk region", False),
 ],
 "003": [
  ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "US"],
   "About 8,000 North Korean soldiers have arrived in Russia's Kursk border region", False),
  ("troops", NK, 10000, None, "about", ["Pentagon", "United States", "US"],
   "roughly 10,000 North Korean troops have been sent to Russia", False),
 ],
 "004": [
  ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won"],
   "North Korea has lost about 2,000 soldiers killed in the fighting for Russia", False),
  ("troops", NK, 2000, 9000, "vague", ["Ukrainian military intelligence", "Ukraine"],
   "several thousand North Korean soldiers are still stationed in the Kursk region", True),
 ],
 "006": [
  ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "Ukrainian troops captured two North Korean soldiers in the Kursk region", False),
  ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
   "about 300 North Korean soldiers have been killed", False),
  ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
   "some 2,700 wounded", False),
  ("killed", NK, 200, 900, "vague", ["Ukrainian special forces", "Ukraine"],
   "they killed hundreds of North Koreans in a single week", True),
  ("troops", NK, 11000, None, "about", ["Seoul and Washington", "Seoul", "Washington", "South Korea", "United States"],
   "Pyongyang has sent around 11,000 soldiers to Russia", False),
 ],
 "008": [
  ("troops", NK, 3000, None, "about", JCS,
   "some three thousand additional troops to Russia", False),
  ("troops", NK, 11000, None, "about", JCS,
   "the North's original contingent of about 11,000 soldiers", False),
 ],
 "009": [
  ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "There are now 11,000 North Korean soldiers in Russia's Kursk Oblast", False),
 ],
 "011": [
  ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun", "lawmakers"],
   "North Korea's military casualties in the war in Ukraine have risen to about 4,700", False),
  ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun", "lawmakers"],
   "including around 600 deaths", False),
  ("casualties", NK, 3000, None, "about", NIS,
   "the roughly 3,000 casualties the agency reported in January", False),
  ("captured", NK, 2, None, "exact", ["Kyiv", "Ukraine"],
   "the two North Korean soldiers it captured in January", False),
 ],
 "012": [
  ("troops", NK, 12000, None, "up_to", ["Seoul", "South Korea"],
   "the North sent up to 12,000 combat troops to Russia in late 2024", False),
  ("troops", NK, 3000, None, "about", ["South Korea's military", "South Korean military", "South Korea", "JCS", "Seoul"],
   "Another 3,000 or so followed in January and February", False),
 ],
 "014": [
  ("killed", NK, 9, None, "exact", ["KCNA", "North Korea", "Kim Jong Un", "state media"],
   "nine of its soldiers had died during the mission", False),
  ("troops", NK, 14000, None, "about", ["unattributed"],
   "About 14,000 North Korean soldiers have been deployed to Russia since late 2024", False),
  ("casualties", NK, 2000, 9999, "vague", ["unattributed"],
   "thousands of them have been killed or wounded", True),
 ],
}

NOT = {
 "000": ["Share 2,310", "Comments (1,284)", "240mm multiple rocket launchers", "170mm self-propelled guns",
         "12 tanks, 31 artillery systems and 93 drones", "72 drones and seven missiles", "51 of the drones",
         "about 40,000 households", "why 12,000 North Korean soldiers matter to Kim Jong Un", "78 missiles",
         "two-hour meeting", "The 25 best books of 2024"],
 "002": ["Article 4", "eight-month incursion", "just $2 a month"],
 "003": ["about 28,500 troops in South Korea", "56th Security Consultative Meeting", "$425 million", "1950-53 Korean War"],
 "004": ["about 6,000 more personnel", "1,000 deminers", "5,000 military construction workers", "October 2024"],
 "006": ["20 years old", "the other 26", "11th Corps", "€50 billion", "10 coldest capitals", "9 January"],
 "008": ["240-mm multiple rocket launchers", "170-mm self-propelled howitzers", "around 220 artillery pieces",
         "after 11 hearings", "KOSPI 2,641.32", "paras 4-6"],
 "009": ["82-mm mortars", "at least 28 military transport flights", "kill 3, injure 34", "Aug. 6"],
 "011": ["June 19, 2024", "Article 4", "May 9", "shrinks 0.2%", "2nd straight year"],
 "012": ["1,000 deminers", "5,000 military construction workers", "about $20 billion", "Nikkei 225 38,536.74",
         "9 trillion yen", "1.5 times"],
 "014": ["120 days"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"007": "003"}

def pairs(a, others, why):
    return [[a, b, why] for b in others]

may = [
 ["003-2", "009-1", "about 10,000 sent to Russia in all (Pentagon) against 11,000 in Kursk (Zelensky) five days later: both rough, different scope"],
]
may += pairs("003-1", ["006-5", "008-2", "002-2", "014-2"], "8,000 in Kursk in October 2024 against later, months-apart estimates of the whole deployment")
may += pairs("003-2", ["006-5", "008-2", "002-2", "014-2"], "about 10,000 in October 2024 against later, months-apart estimates of the whole deployment")
may += pairs("014-2", ["009-1", "006-5", "008-2", "002-2", "012-1"], "14,000 in December 2025 counts reinforcements; the others are the first contingent, months earlier")
may += pairs("008-1", ["003-1", "003-2", "009-1", "006-5", "008-2", "002-2", "012-1", "014-2", "004-2"], "an additional 3,000 reinforcements against the size of the whole force")
may += pairs("012-2", ["003-1", "003-2", "009-1", "006-5", "008-2", "002-2", "012-1", "014-2", "004-2"], "an additional 3,000 reinforcements against the size of the whole force")
may += pairs("004-2", ["003-2", "009-1", "006-5", "008-2", "002-2", "014-2"], "several thousand still stationed in September 2025 against the number sent, months earlier")
may += [
 ["006-2", "011-2", "about 300 killed (NIS, January) against about 600 (NIS, April): a cumulative count rising months apart"],
 ["006-2", "004-1", "about 300 killed (January) against about 2,000 (September): months apart"],
 ["011-2", "004-1", "about 600 killed (April) against about 2,000 (September): months apart"],
 ["006-4", "004-1", "hundreds killed in one week (January) against about 2,000 (September): months apart"],
 ["000-2", "011-1", "about 1,100 casualties (December 2024) against about 4,700 (April 2025): months apart"],
 ["000-2", "011-3", "about 1,100 casualties (JCS, December) against about 3,000 (NIS, January): weeks apart, cumulative"],
 ["000-1", "011-3", "more than 3,000 (Zelensky, December) against roughly 3,000 (NIS, January): close to the bound"],
 ["000-2", "014-3", "about 1,100 casualties (December 2024) against thousands (December 2025): a year apart"],
]

conflicts = {
 "must": [
  ["003-1", "009-1", "about 8,000 North Korean troops in Kursk (Blinken, US, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4-5), five days apart"],
  ["000-1", "000-2", "more than 3,000 North Korean casualties (Zelensky) against about 1,100 (South Korea's JCS), the same day in one live blog"],
 ],
 "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
