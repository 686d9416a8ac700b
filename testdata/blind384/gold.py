#!/usr/bin/env python3
"""Gold labels for testdata/blind384 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind384: fifteen articles written in our own words about the real story's "
         "known reporting, labelled blind. Same schema and rules as testdata/corpus (see its README.md).")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korean intelligence",
       "spy agency", "intelligence agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
SYRSKYI = ["Syrskyi", "Oleksandr Syrskyi", "Commander-in-Chief", "Armed Forces of Ukraine", "Ukraine"]
SEOUL = ["Seoul", "South Korea"]

A = {
 "000": [
  ("killed", NK, 100, None, "at_least", NIS_LEE,
   "At least 100 North Korean soldiers deployed to Russia have died in combat", False),
  ("wounded", NK, 1000, None, "about", NIS_LEE,
   "close to 1,000 have been wounded", False),
  ("troops", NK, 11000, None, "about", NIS_LEE,
   "The agency put the size of the contingent at roughly 11,000", False),
 ],
 "001": [
  ("casualties", NK, 1100, None, "about",
   ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"],
   "North Korean troops had suffered about 1,100 casualties", False),
  ("troops", NK, 11000, 12000, "range", ["Kyiv", "Seoul", "Ukraine", "South Korea"],
   "11,000-12,000 North Korean soldiers were sent to Russia in the autumn", False),
  ("casualties", NK, 3000, None, "more_than", ["Zelenskyy", "Zelensky", "Volodymyr Zelenskyy", "Syrskyi", "Ukraine"],
   "more than 3,000 North Korean soldiers have now been killed or wounded in Kursk", False),
 ],
 "003": [
  ("casualties", NK, 3000, None, "about", NIS_LEE,
   "The number of North Korean soldiers killed or wounded in Russia's war with Ukraine has climbed to around 3,000", False),
  ("killed", NK, 300, None, "about", NIS_LEE,
   "about 300 are believed to have died", False),
  ("wounded", NK, 2700, None, "about", NIS_LEE,
   "some 2,700 to have been wounded", False),
  ("captured", NK, 2, None, "exact", NIS_LEE,
   "Ukrainian forces had taken two North Korean soldiers alive in Kursk last Thursday", False),
 ],
 "004": [
  ("captured", NK, 2, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
   "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
  ("troops", NK, 10000, 12000, "range", ["Ukraine and its Western allies", "Ukraine", "Western allies"],
   "Pyongyang has sent between 10,000 and 12,000 soldiers", False),
 ],
 "005": [
  ("casualties", NK, 4000, None, "more_than", SYRSKYI,
   "the units of the DPRK army have lost over 4,000 soldiers killed and wounded", False),
  ("killed", NK, 1000, None, "at_least", SYRSKYI,
   "At least 1,000 of them have been killed", False),
  ("casualties", RU, 38000, None, "about", SYRSKYI,
   "Russian troops in Kursk Oblast had suffered nearly 38,000 casualties", False),
  ("captured", RU, 900, None, "more_than", SYRSKYI,
   "Ukrainian forces had taken more than 900 Russian servicemen prisoner there", False),
  ("captured", NK, 2, None, "exact", SYRSKYI + ["SBU"],
   "the two North Korean soldiers captured on 9 January remain in the custody of the SBU", False),
 ],
 "006": [
  ("troops", NK, 3000, None, "about", NIS,
   "North Korea appears to have dispatched some three thousand additional troops to Russia in January and February", False),
  ("troops", NK, 200, 900, "vague", NIS,
   "Several hundred of the new arrivals are believed to be specialists in drone operation and artillery", True),
  ("troops", NK, 12000, None, "up_to", NIS,
   "the North's initial deployment, which began in October, numbered up to 12,000 soldiers", False),
 ],
 "007": [
  ("troops", NK, 11000, 12000, "range",
   ["Ukrainian, South Korean and American officials", "Ukrainian", "South Korean", "American officials",
    "Ukraine", "South Korea", "United States", "US"],
   "put the first contingent at eleven thousand to twelve thousand men", False),
  ("troops", NK, 3000, None, "about", SEOUL,
   "Seoul believes roughly 3,000 more followed as replacements in January and February", False),
  ("troops", NK, 500, None, "about", ["Ukraine's military intelligence", "military intelligence", "HUR", "GUR", "Ukraine"],
   "the first wave included about 500 officers", False),
  ("casualties", NK, 4700, None, "about", NIS,
   "about 4,700 North Korean soldiers had been killed or wounded", False),
  ("killed", NK, 600, None, "about", NIS,
   "around 600 of them fatally", False),
  ("casualties", UA, 76000, None, "more_than",
   ["Gerasimov", "Valery Gerasimov", "Chief of General Staff", "General Staff", "Russia"],
   "Ukraine had lost more than 76,000 soldiers during its eight months in Kursk", False),
  ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
   "The two prisoners taken by Ukraine in January", False),
 ],
 "012": [
  ("troops", NK, 11000, None, "more_than", SEOUL,
   "the 11K-plus combat troops", False),
  ("troops", NK, 3000, None, "about", SEOUL,
   "roughly 3K reinforcements that Seoul says Kim has already sent", False),
 ],
 "013": [
  ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won"],
   "roughly 2,000 North Korean soldiers are believed to have been killed in the fighting", False),
  ("troops", NK, 1000, None, "about", NIS + ["Park Sun-won"],
   "around 1,000 North Korean military engineers have been working to clear mines in Kursk", False),
  ("troops", NK, 2000, 9000, "vague", NIS + ["Park Sun-won"],
   "several thousand military builders have followed", True),
 ],
 "014": [
  ("killed", NK, 9, None, "exact",
   ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"],
   "acknowledging that nine of its soldiers died during the mission", False),
  ("troops", NK, 1000, None, "about", ["South Korea's spy agency", "spy agency", "NIS", "South Korea"],
   "about 1,000 North Korean sappers were dispatched to Kursk over the summer", False),
  ("troops", NK, 2000, 9999, "vague", ["South Korea's spy agency", "spy agency", "NIS", "South Korea"],
   "thousands of construction troops", True),
  ("troops", NK, 10000, None, "more_than", ["unattributed"],
   "North Korea has sent more than 10,000 troops to Russia since late 2024", False),
  ("killed", NK, 2000, None, "about", ["South Korean intelligence", "NIS", "South Korea"],
   "about 2,000 North Korean soldiers have been killed in the fighting", False),
 ],
}

NOT = {
 "000": ["240-mm multiple rocket launchers", "170-mm self-propelled guns",
         "more than 20,000 containers of munitions", "80th anniversary of the Soviet victory",
         "a general-grade officer", "1.2 tln won", "673.3 tln-won budget bill", "KOSPI 2,435.93"],
 "001": ["14 houses and a kindergarten", "at least three districts", "1.2m drivers", "Inflation falls to 2.6%",
         "since 2022"],
 "003": ["One North Korean soldier, about to be captured", "born in 2005 and the other in 1999",
         "swap 2 N. Korean POWs", "falls 29% to 6.5tr won", "5th straight week"],
 "004": ["born in 2005", "since 2021", "26-year-old sniper", "hundreds of square kilometres",
         "2.2 trillion hryvnias", "January 11, 2025"],
 "005": ["Views: 18604", "58 of 82 Russian drones", "12 more Mirage jets", "Comments (37)",
         "several kilometres north-east of Sudzha", "October 2024"],
 "006": ["170-millimeter self-propelled howitzers", "1st launch since Trump took office",
         "1st trilateral air drill of 2025", "June 2024"],
 "007": ["Article 4", "June 2024", "eight months", "six months of silence", "3.2 trillion rubles"],
 "012": ["1,000 sappers to clear mines", "5,000 military construction workers", "Kim's 6K for Kursk",
         "approving it 55-2", "more than 13 hours", "second trip to Pyongyang in two weeks"],
 "013": ["June 19, 2024", "April 28, 2025", "June 17, 2025", "1,300 drones launched in a single week"],
 "014": ["120-day deployment", "Kim's 12K", "Russia hands over 1,000 bodies of fallen soldiers"],
}

OFF = ["008", "009", "010", "011"]
DUP = {"002": "004"}

must = [
 ["001-1", "001-3", "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed or wounded "
  "(Zelenskyy), same day, same live blog"],
 ["003-1", "005-1", "around 3,000 casualties (South Korea's NIS, 13 Jan 2025) against over 4,000 (Syrskyi, "
  "16 Jan 2025), three days apart"],
 ["003-2", "005-2", "about 300 killed (NIS, 13 Jan 2025) against at least 1,000 killed (Syrskyi, 16 Jan 2025), "
  "three days apart"],
]

may = [
 ["001-1", "003-1", "1,100 (JCS, 23 Dec) against about 3,000 (NIS, 13 Jan): three weeks apart, a cumulative toll"],
 ["001-3", "003-1", "more than 3,000 against about 3,000, three weeks apart: the bound is borderline"],
 ["001-1", "005-1", "1,100 (23 Dec) against over 4,000 (16 Jan): weeks apart, a cumulative toll"],
 ["001-1", "007-4", "1,100 (Dec 2024) against about 4,700 (Apr 2025): months apart"],
 ["003-1", "007-4", "NIS about 3,000 (Jan) against NIS about 4,700 (Apr): months apart, the same agency's update"],
 ["003-2", "007-5", "NIS about 300 killed (Jan) against about 600 (Apr): months apart, an update"],
 ["003-2", "013-1", "about 300 killed (Jan) against about 2,000 (Sep): months apart, an update"],
 ["003-2", "014-5", "about 300 killed (Jan) against about 2,000 (Dec): months apart, an update"],
 ["005-2", "007-5", "at least 1,000 killed (Syrskyi, Jan) against about 600 (NIS, Apr): months apart"],
 ["007-5", "013-1", "about 600 killed (Apr) against about 2,000 (Sep): months apart, an update"],
 ["007-5", "014-5", "about 600 killed (Apr) against about 2,000 (Dec): months apart, an update"],
]
# Additional forces (reinforcements, deminers) against the first contingent or the total: "an additional" force.
ADD = ["006-1", "007-2", "012-2", "013-2", "014-2"]
TOT = ["000-3", "001-2", "004-2", "006-3", "007-1", "012-1", "014-4"]
val = {"006-1": 3000, "007-2": 3000, "012-2": 3000, "013-2": 1000, "014-2": 1000}
for a in ADD:
    for t in TOT:
        may.append([a, t, "an additional force (reinforcements or engineers) against the first contingent or the total"])
for i, a in enumerate(ADD):
    for b in ADD[i + 1:]:
        if val[a] != val[b]:
            may.append([a, b, "two different additional forces: about 3,000 reinforcements against about 1,000 engineers"])

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
