#!/usr/bin/env python3
"""Gold labels for testdata/blind283 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind283: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025). Same schema as testdata/corpus/gold.json.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]

A = {
 "000": [
  ("troops", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
   "North Korea has sent around 3,000 troops to Russia this month", False),
  ("troops", "north_korea", 1500, None, "about", NIS + ["Lee Seong-kweun"],
   "about 1,500 of them made up a first contingent", False),
 ],
 "002": [
  ("troops", "north_korea", 11000, None, "about",
   ["Kyrylo Budanov", "Budanov", "HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
   "About 11,000 North Korean soldiers are now in Kursk oblast", False),
  ("troops", "north_korea", 8000, None, "about",
   ["Pentagon", "defence department", "United States", "US", "Washington"],
   "around 8,000 North Korean soldiers are now in the Kursk region", False),
  ("casualties", "russia", 1770, None, "exact",
   ["Ukraine's general staff", "general staff", "Ukraine"],
   "Russian forces had lost 1,770 troops, killed or wounded, over the past day", False),
 ],
 "003": [
  ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
   "At least 100 North Korean soldiers sent to Russia have been killed", False),
  ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
   "some 1,000 more have been wounded", False),
  ("casualties", "north_korea", 1100, None, "about", NIS + ["Lee Seong-kweun"],
   "that puts the North's losses at roughly 1,100", False),
  ("troops", "north_korea", 10000, 12000, "range", NIS,
   "Pyongyang has sent between 10,000 and 12,000 troops to Russia since October", False),
 ],
 "005": [
  ("casualties", "north_korea", 3000, None, "more_than",
   ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
   "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
 ],
 "007": [
  ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
   "About 300 North Korean soldiers have been killed", False),
  ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
   "2,700 wounded while fighting for Russia against Ukraine", False),
  ("casualties", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
   "The new tally brings Pyongyang's casualties to around 3,000", False),
  ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "his forces had captured two North Korean soldiers in the Kursk region", False),
  ("troops", "north_korea", 11000, None, "about", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
   "Pyongyang has sent around 11,000 soldiers to Russia, according to Seoul and Kyiv", False),
 ],
 "008": [
  ("troops", "north_korea", 3000, None, "up_to",
   ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korean military", "South Korea"],
   "Pyongyang has sent as many as three thousand additional soldiers to Russia since the start of the year", False),
  ("casualties", "north_korea", 2000, 9999, "vague", ["Ukrainian officials", "Ukraine"],
   "thousands of North Korean soldiers were killed or wounded in the fighting over the winter", True),
 ],
 "009": [
  ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
   "About 4,700 North Korean soldiers have been killed or wounded fighting Ukrainian forces in the Kursk region", False),
  ("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweun"],
   "including some 600 dead", False),
  ("troops", "north_korea", 15000, None, "about", NIS,
   "North Korea has deployed around 15,000 troops to Russia since last autumn", False),
  ("casualties", "ukraine", 76000, None, "more_than",
   ["Valery Gerasimov", "Gerasimov", "Chief of the General Staff", "Russia"],
   "Ukraine had lost more than 76,000 troops during its time in the region", False),
 ],
 "011": [
  ("troops", "north_korea", 11000, None, "about",
   ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukraine"],
   "about eleven thousand North Korean servicemen are currently in Kursk Oblast", False),
  ("troops", "north_korea", 1500, None, "about",
   ["Defence Intelligence", "HUR", "intelligence agency", "Ukraine"],
   "Roughly 1,500 of them are artillerymen and drone operators", False),
 ],
 "012": [
  ("killed", "north_korea", 2000, None, "about", NIS + ["Park Sun-won"],
   "About 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
  ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
   "the two North Korean soldiers held by Ukraine", False),
 ],
 "014": [
  ("troops", "north_korea", 11000, 12000, "range",
   ["US, South Korean and Ukrainian officials", "United States", "US", "South Korea", "Ukraine"],
   "11,000-12,000 North Korean soldiers had been sent", False),
  ("troops", "north_korea", 3000, None, "about", ["unattributed"],
   "Roughly 3,000 reinforcements followed in early 2025", False),
  ("killed", "north_korea", 2000, None, "about", NIS,
   "about 2,000 had died", False),
  ("casualties", "north_korea", 6000, None, "about",
   ["Britain's Ministry of Defence", "Ministry of Defence", "UK Ministry of Defence", "Britain", "UK"],
   "Britain's Ministry of Defence has put total North Korean casualties, killed and wounded together, at around 6,000", False),
  ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
   "Ukraine says it still holds two North Korean prisoners", False),
 ],
}

NOT = {
 "000": ["a total of 10,000 soldiers by December", "between Oct. 8 and 13", "about 100 basic Russian military terms",
         "152 mm shells", "more than 13,000 containers", "9.1 tln won", "1.3 pct lower", "2-day defense talks",
         "1,383.5 against dollar"],
 "002": ["270 electoral college votes", "59 drones", "two Iskander-M ballistic missiles", "30 of the drones",
         "another 25", "155mm self-propelled howitzer", "13-minute call", "1,204 comments"],
 "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "Dec. 3 martial law", "Dec. 14",
         "1,450 per dollar", "1.5% in November", "2 fan concerts"],
 "005": ["around 1,300 square kilometers", "Aug. 6", "injures 3", "five years", "12,000 members"],
 "007": ["aged 20 and 26", "January 9, 2025", "Russia's Kursk war in 10 dates"],
 "008": ["Watch video 1:52", "8.7 trillion yen", "20:30 JST"],
 "009": ["USD 81.75", "Brent $62.1", "$2 a month", "1.4% Growth", "3-Day Victory Day Truce"],
 "011": ["1,000 sappers", "5,000 military builders", "6,000 sappers and military builders",
         "about 40% of the artillery shells", "Views: 4381", "less than two weeks"],
 "012": ["another 6,000 troops", "about 1,000 deminers and 5,000 military construction workers", "Kim, 41",
         "2 new air defense missiles"],
 "014": ["6,000 military engineers and deminers", "about $20 billion", "Listen to audio 04:12", "12K troops"],
}

OFF = ["001", "006", "010", "013"]
DUP = {"004": "005"}

conflicts = {
 "must": [
  ["002-1", "002-2", "about 11,000 (Budanov/HUR) against around 8,000 (Pentagon) North Korean troops in Kursk, in one live blog on the same day"],
  ["003-3", "005-1", "roughly 1,100 casualties (NIS, Dec 19) against more than 3,000 killed or wounded (Zelensky, Dec 23), four days apart"],
 ],
 # Not conflicts, on purpose (and so not listed): 003-3/007-3 and 003-2/007-2 (the same agency's
 # cumulative tally revised upwards three weeks later, "nearly tripling its December estimate");
 # 000-1/000-2 and 011-1/011-2 (a part against its whole); every pair with 000-2 or 011-2 (parts);
 # 003-1 against later killed figures (an "at least 100" bound they satisfy); 005-1 against
 # 009-1/014-4 (a "more than 3,000" bound they satisfy).
 "may": [
  ['000-1', '002-1', '3,000 sent so far (Oct 23, with more forecast) against 11,000 in Kursk two weeks later: a build-up in progress'],
  ['000-1', '002-2', '3,000 sent so far (Oct 23, with more forecast) against 8,000 in Kursk two weeks later: a build-up in progress'],
  ['000-1', '003-4', '3,000 in October against 10,000-12,000 two months later'],
  ['000-1', '007-5', '3,000 in October against 11,000 nearly three months later'],
  ['000-1', '009-3', '3,000 in October 2024 against 15,000 in all by April 2025'],
  ['000-1', '011-1', '3,000 in October 2024 against 11,000 in Kursk in June 2025'],
  ['000-1', '014-1', '3,000 in October 2024 against 11,000-12,000 in a December 2025 look back'],
  ['002-1', '008-1', '11,000 in Kursk against up to 3,000 additional soldiers'],
  ['002-1', '009-3', '11,000 in November 2024 against 15,000 in all by April 2025, reinforcements included'],
  ['002-1', '014-2', '11,000 against roughly 3,000 reinforcements'],
  ['002-2', '003-4', '8,000 in Kursk (Nov 6) against 10,000-12,000 sent to Russia six weeks later'],
  ['002-2', '007-5', '8,000 in Kursk (Nov 2024) against 11,000 (Jan 2025)'],
  ['002-2', '008-1', '8,000 in Kursk against up to 3,000 additional soldiers'],
  ['002-2', '009-3', '8,000 (Nov 2024) against 15,000 in all (Apr 2025)'],
  ['002-2', '011-1', '8,000 (Nov 2024) against 11,000 (Jun 2025)'],
  ['002-2', '014-1', '8,000 in Kursk (Nov 2024) against 11,000-12,000 in a December 2025 look back at the same autumn'],
  ['002-2', '014-2', '8,000 against roughly 3,000 reinforcements'],
  ['003-4', '008-1', '10,000-12,000 against up to 3,000 additional soldiers'],
  ['003-4', '009-3', '10,000-12,000 (Dec 2024) against 15,000 in all (Apr 2025)'],
  ['003-4', '014-2', '10,000-12,000 against roughly 3,000 reinforcements'],
  ['007-5', '008-1', '11,000 against up to 3,000 additional soldiers'],
  ['007-5', '009-3', '11,000 (Jan 2025) against 15,000 in all (Apr 2025)'],
  ['007-5', '014-2', '11,000 against roughly 3,000 reinforcements'],
  ['008-1', '009-3', 'up to 3,000 additional against 15,000 in all'],
  ['008-1', '011-1', 'up to 3,000 additional against 11,000 in Kursk'],
  ['008-1', '014-1', 'up to 3,000 additional against the first 11,000-12,000'],
  ['009-3', '011-1', '15,000 sent in all (Apr 2025) against 11,000 still in Kursk (Jun 2025)'],
  ['009-3', '014-1', '15,000 in all against 11,000-12,000 in the first wave'],
  ['009-3', '014-2', '15,000 in all against roughly 3,000 reinforcements'],
  ['011-1', '014-2', '11,000 in Kursk against roughly 3,000 reinforcements'],
  ['014-1', '014-2', '11,000-12,000 first sent and roughly 3,000 reinforcements that followed (an additional force)'],
  ['005-1', '007-3', 'more than 3,000 (Zelensky, Dec 23) against around 3,000 (NIS, Jan 13), three weeks apart'],
  ['003-3', '009-1', '1,100 casualties (Dec 2024) against 4,700 (Apr 2025): months apart'],
  ['003-3', '014-4', '1,100 casualties (Dec 2024) against 6,000 (Dec 2025): a year apart'],
  ['007-3', '009-1', "3,000 casualties (Jan 2025) against 4,700 (Apr 2025), same agency's later tally"],
  ['007-3', '014-4', '3,000 casualties (Jan 2025) against 6,000 (Dec 2025)'],
  ['009-1', '014-4', '4,700 casualties (Apr 2025) against 6,000 (Dec 2025)'],
  ['007-1', '009-2', "300 killed (Jan 2025) against 600 (Apr 2025), same agency's later tally"],
  ['007-1', '012-1', '300 killed (Jan 2025) against 2,000 (Sep 2025)'],
  ['007-1', '014-3', '300 killed (Jan 2025) against 2,000 (cited Dec 2025)'],
  ['009-2', '012-1', "600 killed (Apr 2025) against 2,000 (Sep 2025), same agency's later tally"],
  ['009-2', '014-3', '600 killed (Apr 2025) against 2,000 (cited Dec 2025)'],
 ],
}

if __name__ == "__main__":
    goldlib.write(about, A, NOT, OFF, DUP, conflicts)
