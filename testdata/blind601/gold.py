#!/usr/bin/env python3
"""Gold labels for blind601 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind601: 15 articles written in our own words about the real story's known "
         "reporting, labelled blind. Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NK, UA = "north_korea", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]

A = {
 "000": [
  ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "U.S.", "State Department"],
   "Roughly 8,000 North Korean soldiers have reached Russia's Kursk border region", False),
  ("troops", NK, 10000, None, "about", ["Pentagon", "United States", "U.S."],
   "some 10,000 North Korean soldiers had been sent to eastern Russia for training", False),
 ],
 "002": [
  ("troops", NK, 11000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "There are already some 11,000 North Korean soldiers in Russia's Kursk region", False),
  ("troops", NK, 500, None, "up_to", ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukraine"],
   "the North Korean contingent includes up to 500 officers", False),
 ],
 "004": [
  ("killed", NK, 100, None, "at_least", NIS_LEE,
   "At least 100 North Korean soldiers sent to Russia have been killed in fighting against Ukrainian forces", False),
  ("wounded", NK, 1000, None, "about", NIS_LEE,
   "about 1,000 others have been wounded", False),
  ("troops", NK, 11000, None, "about", NIS,
   "some 11,000 North Korean soldiers were deployed to Russia in the fall", False),
 ],
 "005": [
  ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
   "more than 3,000 North Korean soldiers had been killed or wounded in Russia's Kursk region", False),
  ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
   "it estimated North Korean casualties at around 1,100", False),
  ("casualties", NK, 30, None, "at_least", ["HUR", "military intelligence", "Ukraine"],
   "at least 30 North Korean troops had been killed or wounded in assaults near the villages of Plekhovo, Vorobyovka and Martynovka", False),
  ("troops", NK, 11000, None, "about", ["unattributed"],
   "Pyongyang is believed to have sent about 11,000 soldiers to Russia", False),
 ],
 "006": [
  ("casualties", NK, 3000, None, "more_than", NIS,
   "casualties among North Korean soldiers fighting for Russia have risen to more than 3,000", False),
  ("killed", NK, 300, None, "about", NIS,
   "about 300 North Korean soldiers have been killed", False),
  ("wounded", NK, 2700, None, "about", NIS,
   "about 2,700 wounded", False),
  ("captured", NK, 2, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
   "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
 ],
 "008": [
  ("troops", NK, 11000, 12000, "range", ["US", "United States", "South Korea", "South Korean", "Ukraine", "Ukrainian officials"],
   "Between 11,000 and 12,000 North Korean troops were sent to Russia in the autumn", False),
  ("troops", NK, 3000, None, "about", NIS,
   "some three thousand more had followed in January and February", False),
  ("killed", NK, 300, None, "about", NIS,
   "put the toll at about 300 dead and 2,700 wounded", False),
  ("wounded", NK, 2700, None, "about", NIS,
   "put the toll at about 300 dead and 2,700 wounded", False),
  ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
   "Two North Korean soldiers captured by Ukraine in January are being held in Kyiv", False),
 ],
 "010": [
  ("casualties", NK, 4700, None, "about", NIS_LEE,
   "About 4,700 of Pyongyang's soldiers have been killed or wounded", False),
  ("killed", NK, 600, None, "about", NIS_LEE,
   "including roughly 600 killed", False),
  ("troops", NK, 15000, None, "about", NIS_LEE,
   "North Korea had deployed around 15,000 troops to Russia in total", False),
  ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia's general staff", "Russia"],
   "Ukraine had lost more than 76,000 soldiers during its eight-month operation in Kursk", False),
 ],
 "011": [],
 "012": [
  ("killed", NK, 2000, None, "about", NIS,
   "About 2,000 North Korean soldiers have been killed fighting for Russia in its war against Ukraine", False),
  ("troops", NK, 1000, None, "about", NIS_LEE,
   "North Korea had also sent about 1,000 military engineers to clear land mines in Russia's Kursk border region", False),
  ("troops", NK, 10000, 12000, "range", ["South Korea", "South Korean and Western assessments", "Western"],
   "North Korea sent between 10,000 and 12,000 soldiers to Russia last fall", False),
  ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
   "The two North Korean soldiers captured by Ukraine in January remain in Ukrainian custody", False),
 ],
 "014": [
  ("killed", NK, 9, None, "exact", ["KCNA", "North Korea", "Kim Jong Un"],
   "nine of the regiment's soldiers had died during the mission", False),
  ("troops", NK, 200, 900, "vague", ["KCNA", "North Korea"],
   "several hundred soldiers in formation at the ceremony", True),
  ("killed", NK, 2000, None, "about", NIS,
   "about 2,000 North Korean soldiers had been killed since the deployment began in the autumn of 2024", False),
 ],
}

NOT = {
 "000": ["about 1.2 million active-duty personnel", "Spain flood death toll climbs to 158", "Oil settles up 0.8%"],
 "002": ["a journey of some 7,000 kilometres", "Russian army loses another 1,260 soldiers in Ukraine over past day",
         "Air defense downs 41 of 62 Russian drones overnight"],
 "004": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "voted 204-85",
         "BOK to inject 1 tln won", "exports up 6.8 pct in first 20 days of December"],
 "005": ["Ukraine's Global Voice since 1995", "subscribe from $3 a month", "52 of 72 Russian Drones Downed Overnight",
         "EU Agrees 15th Sanctions Package"],
 "006": ["aged 20 and 26", "Earthquake of magnitude 6.6", "nearly three times the agency's estimate from last month"],
 "008": ["estimated at more than a million", "several billion dollars a year", "Article 4 of the treaty",
         "hand over two North Korean POWs", "a military parade in Pyongyang in 2023"],
 "010": ["managed on a 50-50 basis", "more than 100 drones overnight", "Trump marks 100 days in office",
         "during its eight-month operation"],
 "011": ["dispatch 1,000 sappers", "5,000 military builders", "6,000 sappers and military builders",
         "thousands of homes"],
 "012": ["thousands of military construction workers", "Kim, 41,", "inflation slows to 1.7% in August"],
 "014": ["agreed to send 1,000 sappers and 5,000 military builders", "Join more than 30,000 people",
         "donate from €5 a month", "about four months"],
}

OFF = ["001", "003", "009", "013"]
DUP = {"007": "005"}

may_troops = [
 ("000-2", "002-1", "some 10,000 sent to eastern Russia (Pentagon) against some 11,000 in Kursk (Zelensky) days later: different scopes, close values"),
 ("000-1", "004-3", "8,000 in Kursk (October) against 11,000 sent to Russia (NIS, December): seven weeks apart, Kursk is part of the whole"),
 ("000-1", "005-4", "8,000 in Kursk (October) against about 11,000 sent to Russia (December): seven weeks apart, part of the whole"),
 ("000-1", "008-1", "8,000 in Kursk (October 2024) against 11,000-12,000 sent to Russia (February 2025): months apart"),
 ("000-1", "010-3", "8,000 in Kursk (October 2024) against about 15,000 in total (April 2025): months apart, cumulative"),
 ("000-1", "012-3", "8,000 in Kursk (October 2024) against 10,000-12,000 sent last fall (September 2025 article)"),
 ("000-2", "004-3", "10,000 (Pentagon, October) against 11,000 (NIS, December): weeks apart, the count grew"),
 ("000-2", "005-4", "10,000 (Pentagon, October) against about 11,000 (December): weeks apart, the count grew"),
 ("000-2", "008-1", "10,000 (October 2024) against 11,000-12,000 (February 2025): months apart"),
 ("000-2", "010-3", "10,000 (October 2024) against about 15,000 in total (April 2025): months apart, cumulative"),
 ("002-1", "010-3", "11,000 in Kursk (November 2024) against about 15,000 in total (April 2025): months apart, cumulative"),
 ("004-3", "010-3", "11,000 (December 2024) against about 15,000 in total (April 2025): months apart, cumulative"),
 ("005-4", "010-3", "11,000 (December 2024) against about 15,000 in total (April 2025): months apart, cumulative"),
 ("008-1", "010-3", "11,000-12,000 in the autumn against about 15,000 in total including reinforcements: months apart"),
 ("010-3", "012-3", "about 15,000 in total (April 2025) against 10,000-12,000 sent in the autumn of 2024: different periods"),
]
may_extra = [("008-2", x, "some three thousand more, an additional force, against a total") for x in
             ["000-1", "000-2", "002-1", "004-3", "005-4", "008-1", "010-3", "012-3"]]
may_cas = [
 ("005-2", "006-1", "about 1,100 casualties (JCS, 23 Dec) against more than 3,000 (NIS, 13 Jan): three weeks apart, cumulative tally rose"),
 ("005-2", "010-1", "about 1,100 casualties (December 2024) against about 4,700 (April 2025): months apart, cumulative"),
 ("004-2", "008-4", "about 1,000 wounded (NIS, December) against 2,700 wounded (restated in a February article): months apart, cumulative"),
]
may_killed = [(a, b, "a cumulative death toll months apart (about 300 in January, about 600 in April, about 2,000 in September)")
              for a, b in [("006-2", "010-2"), ("006-2", "012-1"), ("006-2", "014-3"), ("008-3", "010-2"),
                           ("008-3", "012-1"), ("008-3", "014-3"), ("010-2", "012-1"), ("010-2", "014-3")]]

conflicts = {
 "must": [
  ["000-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, 31 Oct) against some 11,000 in Kursk (Zelensky, 5 Nov), five days apart"],
  ["005-1", "005-2", "more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's JCS), the same day, in one article"],
 ],
 "may": [list(x) for x in may_troops + may_extra + may_cas + may_killed],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
