#!/usr/bin/env python3
"""Gold labels for testdata/blind604 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "Ukrainian military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

about = ("Gold labels for testdata/blind604: 15 articles written in our own words about the real story's "
         "known reporting, labelled blind. Same schema and rules as testdata/corpus/gold.json (see its README.md).")

A = {
 "000": [
  ("troops", NK, 12000, None, "about", NIS,
   "North Korea is dispatching around 12,000 soldiers, organized into four brigades", False),
  ("troops", NK, 1500, None, "about", NIS,
   "a first contingent of about 1,500 special operations troops", False),
 ],
 "001": [
  ("troops", NK, 10000, None, "about",
   ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "Defense Department", "United States", "U.S."],
   "the DPRK has sent around 10,000 soldiers in total to train in eastern Russia", False),
  ("troops", NK, 3000, None, "about",
   ["South Korea's intelligence service", "National Intelligence Service", "NIS", "South Korea"],
   "some 3,000 had already been moved to Russia", False),
 ],
 "003": [
  ("casualties", NK, 30, None, "at_least", HUR,
   "at least 30 servicemen of the DPRK army were killed or wounded", False),
  ("troops", NK, 200, 900, "vague", HUR,
   "hundreds of North Korean soldiers", True),
  ("troops", NK, 11000, 12000, "range", HUR,
   "Between 11,000 and 12,000 troops from the North are now deployed in the Kursk region", False),
 ],
 "004": [
  ("casualties", NK, 3000, None, "more_than", ZEL,
   "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
  ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
   "The North Korean contingent has suffered an estimated 1,100 casualties", False),
  ("troops", NK, 11000, None, "about", ["Kyiv", "Seoul", "Washington", "Ukraine", "South Korea", "United States"],
   "North Korea has sent some 11,000 troops to Russia", False),
 ],
 "005": [
  ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
   "North Korean troops fighting for Russia have suffered some 3,000 casualties in the Kursk region", False),
  ("killed", NK, 300, None, "about", ["Lee Seong-kweun"] + NIS,
   "About 300 have been killed and 2,700 wounded", False),
  ("wounded", NK, 2700, None, "about", ["Lee Seong-kweun"] + NIS,
   "About 300 have been killed and 2,700 wounded", False),
  ("captured", NK, 2, None, "exact", NIS + ["Lee Seong-kweun", "Ukraine"],
   "Ukrainian forces captured two North Korean soldiers in the Kursk region on Jan. 9", False),
 ],
 "006": [
  ("killed", NK, 1000, None, "at_least", HUR,
   "at least a thousand of them have been killed outright", False),
  ("captured", NK, 2, None, "exact", ZEL,
   "Ukrainian troops had captured two North Korean soldiers in Kursk", False),
  ("casualties", RU, 38000, None, "about", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
   "Russia had lost about 38,000 soldiers killed and wounded in the Kursk region", False),
 ],
 "008": [
  ("troops", NK, 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"],
   "North Korea appears to have dispatched about 3,000 additional troops to Russia in January and February", False),
 ],
 "009": [
  ("casualties", NK, 4700, None, "about", NIS,
   "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
  ("killed", NK, 600, None, "about", NIS,
   "Of those, around 600 were killed", False),
  ("troops", NK, 15000, None, "about", NIS,
   "North Korea had sent around 15,000 troops to Russia in total since last autumn", False),
  ("casualties", NK, 3000, None, "more_than", ZEL,
   "\"more than 3,000\" casualties Ukrainian President Volodymyr Zelensky announced in December", False),
  ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia", "Russian General Staff"],
   "Ukraine had lost more than 76,000 soldiers in the region", False),
 ],
 "011": [
  ("troops", NK, 15000, None, "about", ["unattributed"],
   "roughly 15,000 are thought to have fought in the Kursk region", False),
  ("casualties", NK, 2000, 9999, "vague", ["unattributed"],
   "thousands of them were killed or wounded", True),
  ("troops", NK, 3000, None, "about", ["Seoul's spy agency", "National Intelligence Service", "NIS", "South Korea", "Seoul"],
   "Pyongyang also sent some three thousand reinforcements at the start of the year", False),
 ],
 "014": [
  ("killed", NK, 9, None, "exact", ["KCNA", "Korean Central News Agency", "state media", "North Korea"],
   "honored nine of its soldiers who were killed during the mission", False),
  ("troops", NK, 2000, 9999, "vague", NIS,
   "several thousand of the construction troops are already in Russia", True),
  ("killed", NK, 2000, None, "about", ["Seoul's spy agency"] + NIS,
   "By then about 2,000 North Korean soldiers had died in the war", False),
 ],
}

NOT = {
 "000": ["more than 13,000 containers", "over 8 million rounds of 152 mm and 122 mm ammunition",
         "three escort vessels", "since 1990", "KOSPI 2,593.91", "3 days after threat", "3.3 tln won"],
 "001": ["the total could reach 10,000 by December", "56th Security Consultative Meeting",
         "$425 million", "about 100 U.S. soldiers"],
 "003": ["the 810th separate marine brigade", "Russian army losses in Ukraine since start of invasion reach 767,850",
         "39 drones at Ukraine overnight, 24 shot down", "USD 41.55"],
 "004": ["170mm self-propelled guns", "240mm multiple rocket launchers", "two more villages",
         "more than 1,000 kilometres", "nearly three times higher"],
 "005": ["born in 1999", "since 2016", "born in 2005", "$683.8b", "4 minutes before impact"],
 "006": ["around 500 square kilometers", "$5 a month", "Kills 13", "74 Missiles"],
 "008": ["about 220 units of 170mm self-propelled guns", "hundreds of square kilometres", "38,256.17"],
 "009": ["Video 03:12", "eight months of fighting", "two days after"],
 "011": ["1,000 military deminers", "5,000 military construction workers", "6,000 more people", "$1 = 78.50"],
 "014": ["1,000 deminers and 5,000 military builders", "for 120 days", "1,470.60", "450 tril. won"],
}

OFF = ["002", "007", "010", "013"]
DUP = {"012": "005"}

may = [
 # troop totals: a deployment still under way, running counts, reinforcements
 ["000-1", "001-1", "about 12,000 being dispatched (NIS, Oct 18) against about 10,000 sent so far (Pentagon, Oct 28): a deployment still under way"],
 ["000-1", "001-2", "12,000 in all (NIS) against the 3,000 moved by late October: a running count"],
 ["001-1", "001-2", "3,000 moved (NIS, relayed by a reporter) against 10,000 in Russia five days later: a running count"],
 ["001-1", "003-3", "10,000 (late October) against 11,000-12,000 (mid-December), seven weeks apart"],
 ["001-1", "004-3", "10,000 (late October) against some 11,000 (late December), two months apart"],
 ["000-1", "004-3", "about 12,000 (October) against some 11,000 (December), two months apart, both approximate"],
 ["001-2", "003-3", "3,000 moved by October against 11,000-12,000 in December: a running count"],
 ["001-2", "004-3", "3,000 moved by October against 11,000 in December: a running count"],
 ["008-1", "000-1", "an additional 3,000 against the first force of 12,000"],
 ["008-1", "001-1", "an additional 3,000 against the first force of 10,000"],
 ["008-1", "003-3", "an additional 3,000 against 11,000-12,000 in December"],
 ["008-1", "004-3", "an additional 3,000 against 11,000 in December"],
 ["009-3", "000-1", "15,000 in all by April (with reinforcements) against 12,000 in October"],
 ["009-3", "001-1", "15,000 by April against 10,000 in October"],
 ["009-3", "001-2", "15,000 by April against 3,000 moved by October"],
 ["009-3", "003-3", "15,000 by April against 11,000-12,000 in December"],
 ["009-3", "004-3", "15,000 by April against 11,000 in December"],
 ["009-3", "008-1", "15,000 in all against the additional 3,000 included in it"],
 ["011-1", "000-1", "15,000 by June against 12,000 in October"],
 ["011-1", "001-1", "15,000 by June against 10,000 in October"],
 ["011-1", "001-2", "15,000 by June against 3,000 moved by October"],
 ["011-1", "003-3", "15,000 by June against 11,000-12,000 in December"],
 ["011-1", "004-3", "15,000 by June against 11,000 in December"],
 ["011-1", "008-1", "15,000 in all against the additional 3,000 included in it"],
 ["011-3", "000-1", "3,000 reinforcements against the first force of 12,000"],
 ["011-3", "001-1", "3,000 reinforcements against the first force of 10,000"],
 ["011-3", "003-3", "3,000 reinforcements against 11,000-12,000 in December"],
 ["011-3", "004-3", "3,000 reinforcements against 11,000 in December"],
 ["011-3", "009-3", "3,000 reinforcements, part of the 15,000 in all"],
 ["011-3", "011-1", "3,000 reinforcements, part of the 15,000 in all, same article"],
 # casualties: a cumulative toll rising over weeks and months
 ["004-2", "005-1", "about 1,100 (JCS, Dec 23) against about 3,000 (NIS, Jan 13): a cumulative toll three weeks later"],
 ["004-2", "009-1", "1,100 (December) against 4,700 (April), months apart"],
 ["005-1", "009-1", "the NIS's own count rising from about 3,000 (January) to about 4,700 (April)"],
 ["004-2", "009-4", "Zelensky's December 'more than 3,000', restated in April, against the JCS's 1,100 of December: the 004-1/004-2 disagreement again"],
 # killed: a cumulative count rising
 ["005-2", "009-2", "the NIS's killed count rising from about 300 (January) to about 600 (April)"],
 ["006-1", "009-2", "at least 1,000 (HUR, January) against about 600 (NIS, April), months apart"],
 ["005-2", "014-3", "about 300 (January) against about 2,000 (September)"],
 ["009-2", "014-3", "about 600 (April) against about 2,000 (September)"],
]

conflicts = {
 "must": [
  ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against an estimated 1,100 (South Korea's JCS), the same day, in one article"],
  ["005-2", "006-1", "about 300 killed (NIS via Lee Seong-kweun, Jan 13) against at least a thousand killed (Ukraine's HUR, Jan 16), three days apart"],
 ],
 "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
