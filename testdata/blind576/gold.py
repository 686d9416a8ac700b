#!/usr/bin/env python3
"""Gold labels for testdata/blind576 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind576: fifteen articles written for crosscheck in our own words about the real "
         "story's known reporting, labelled blind. Same schema and rules as testdata/corpus (see its README.md).")

NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "Seoul"]
NK, RU, UA = "north_korea", "russia", "ukraine"

A = {
 "000": [
  ("troops", NK, 1500, None, "about", NIS,
   "shipping a first group of some 1,500 soldiers to the Russian Far East", False),
 ],
 "001": [
  ("troops", NK, 8000, None, "about", ["United States", "Washington", "U.S.", "Antony Blinken", "Blinken"],
   "Washington said roughly eight thousand of them had been moved to the Kursk region", False),
  ("troops", NK, 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "U.S."],
   "put the total number of North Korean soldiers sent to Russia for training at around 10,000", False),
 ],
 "002": [
  ("troops", NK, 11000, None, "about", ["Kyrylo Budanov", "Budanov", "Defence Intelligence of Ukraine", "HUR", "Ukraine"],
   "some eleven thousand North Korean soldiers are now in Russia's Kursk Oblast", False),
  ("troops", NK, 500, None, "up_to", ["Kyrylo Budanov", "Budanov", "Defence Intelligence of Ukraine", "HUR", "Ukraine"],
   "the contingent has up to 500 officers among its ranks", False),
  ("troops", NK, 200, 999, "vague", ["Kyrylo Budanov", "Budanov", "Defence Intelligence of Ukraine", "HUR", "Ukraine"],
   "Several hundred of them come from special operations units", True),
  ("troops", RU, 50000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "Russia had massed some 50,000 of its own soldiers in Kursk Oblast", False),
 ],
 "003": [
  ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
   "At least 100 North Korean soldiers have been killed", False),
  ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
   "some 1,000 wounded in fighting against Ukrainian forces", False),
  ("casualties", NK, 1100, None, "about", ["Lee Seong-kweun"] + NIS,
   "put the combined toll at about 1,100 killed and injured", False),
  ("troops", NK, 11000, None, "about", NIS,
   "the roughly 11,000 troops the North has sent", False),
 ],
 "004": [
  ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "North Korean losses – dead and wounded – are already above three thousand", False),
  ("troops", NK, 2000, 9999, "vague", ["Ukrainian officials", "Ukraine"],
   "thousands of North Korean soldiers are now being thrown into assaults", True),
  ("killed", NK, 50, None, "about", ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
   "had killed about 50 North Korean soldiers in a single clash near Plekhovo", False),
  ("casualties", NK, 1100, None, "about", NIS,
   "about 1,100 North Korean soldiers had been killed or wounded", False),
 ],
 "006": [
  ("casualties", NK, 3000, None, "about", NIS + ["South Korean intelligence", "Lee Seong-kweun"],
   "North Korean casualties in Kursk now around 3,000", False),
  ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
   "around 300 of the North's soldiers have been killed", False),
  ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
   "about 2,700 wounded", False),
  ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "SBU"],
   "the two North Korean soldiers captured by its forces in Kursk", False),
 ],
 "007": [
  ("troops", NK, 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
   "North Korea appears to have sent roughly three thousand additional soldiers to Russia since January", False),
  ("casualties", NK, 4000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
   "the North is estimated to have suffered about 4,000 casualties", False),
 ],
 "009": [
  ("killed", NK, 600, None, "about", NIS,
   "Around 600 North Korean soldiers have died fighting for Russia", False),
  ("casualties", NK, 4700, None, "about", NIS,
   "the country's total casualties — those killed and wounded — have reached about 4,700", False),
  ("casualties", NK, 3000, None, "about", NIS,
   "the roughly 3,000 casualties it estimated in January", False),
  ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia", "Russian General Staff"],
   "Gerasimov claimed Ukraine had lost more than 76,000 troops killed and wounded", False),
  ("troops", NK, 11000, 12000, "range", ["unattributed"],
   "Pyongyang is estimated to have sent between 11,000 and 12,000 soldiers to Kursk late last year", False),
 ],
 "011": [
  ("troops", NK, 14000, None, "about", ["South Korean officials", "South Korea", "Seoul"],
   "About 14,000 North Korean troops have been sent to Russia since last autumn", False),
  ("killed", NK, 600, None, "about", ["South Korean officials", "South Korea", "Seoul"],
   "around 600 of them have been killed in the Kursk fighting", False),
 ],
 "013": [
  ("killed", NK, 9, None, "exact", ["KCNA", "North Korea", "North Korean state media", "Korean Central News Agency"],
   "nine of the regiment's soldiers died during the mission", False),
  ("troops", NK, 1000, None, "about", NIS,
   "the engineers numbered about 1,000", False),
  ("killed", NK, 2000, None, "about", NIS,
   "about 2,000 North Korean soldiers had been killed fighting for Russia", False),
  ("troops", NK, 10000, None, "about", NIS,
   "about 10,000 North Korean soldiers remain deployed along Russia's border with Ukraine in the Kursk area", False),
 ],
}

NOT = {
 "000": ["a total of about 12,000 soldiers from four brigades", "preparing up to 10,000 soldiers for Russia",
         "18 N. Korean soldiers deserted", "four Russian navy amphibious and escort vessels", "11th Corps",
         "over 1 million copies"],
 "001": ["all 397 deputies present", "around $2,000 a month", "14 Ukrainian drones", "Kills 4 in Kharkiv",
         "Record 21%", "Support us from just $2 a month"],
 "002": ["93 times over past day: 2 injured", "Russia has lost 1,600 soldiers over past day", "31 of 51 Russian drones"],
 "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "KOSPI 2,435.93", "6 justices",
         "those 65 and older top 20%", "1,450 per dollar"],
 "004": ["72 Shahed Drones Overnight, 58 Downed", "Another 4 IRIS-T Systems", "Comments (14)", "since 1995",
         "nearly three times that of South Korea"],
 "006": ["one aged 20 and the other 26", "94 drones and four missiles", "54 of the drones", "40 more were \"lost\"",
         "1.5bn kroner (£107m)", "Comments (412)"],
 "007": ["about 220 long-range artillery pieces", "170-millimeter self-propelled guns",
         "240-millimeter multiple rocket launchers", "Watch video 1:24"],
 "009": ["Population: about 1.08 million (2024)", "Area: 29,997 square kilometers", "about 7,000 kilometers",
         "5,000-ton destroyer", "17 comments", "eight-month incursion", "3 civic groups"],
 "011": ["1,000 sappers", "5,000 military construction workers", "second trip to Pyongyang in two weeks",
         "Oil jumps 4%"],
 "013": ["roughly 120 days", "the 5,000 military builders promised in June", "around $20 billion",
         "trade 1,000 bodies", "winter battles of 2024-2025"],
}

OFF = ["005", "010", "012", "014"]
DUP = {"008": "004"}

must = [
 ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Washington, Blinken, 1 Nov 2024) against some 11,000 in "
  "Kursk Oblast (Budanov, 5 Nov 2024): the same place, four days apart"],
 ["003-3", "004-1", "about 1,100 killed and wounded (NIS via Lee Seong-kweun, 19 Dec 2024) against more than 3,000 "
  "(Zelensky, 23 Dec 2024): the same losses, four days apart"],
 ["004-1", "004-4", "more than 3,000 killed and wounded (Zelensky) against about 1,100 (South Korea's NIS), "
  "set side by side in one article"],
]

may = [
 # the first wave of 1,500 against later totals: a build-up, weeks or months apart
 ["000-1", "001-1", "a first group of 1,500 shipped to the Far East (18 Oct) against 8,000 in Kursk two weeks later: a build-up"],
 ["000-1", "001-2", "a first group of 1,500 (18 Oct) against about 10,000 in Russia ten days later: a build-up"],
 ["000-1", "002-1", "a first group of 1,500 (18 Oct) against 11,000 in Kursk (5 Nov): a build-up"],
 ["000-1", "003-4", "a first group of 1,500 (Oct) against 11,000 sent (Dec): months apart"],
 ["000-1", "009-5", "a first group of 1,500 (Oct 2024) against 11,000-12,000 (Apr 2025): months apart"],
 ["000-1", "011-1", "a first group of 1,500 (Oct 2024) against 14,000 sent in all (Jun 2025): months apart"],
 ["000-1", "013-4", "a first group of 1,500 (Oct 2024) against 10,000 still deployed (Dec 2025): months apart"],
 ["000-1", "007-1", "first group of 1,500 against an additional 3,000 four months later"],
 ["000-1", "013-2", "first group of 1,500 against about 1,000 sappers a year later: different contingents"],
 # 10,000 in all of Russia against figures for Kursk
 ["001-2", "002-1", "about 10,000 in all of Russia (Pentagon, late Oct) against 11,000 in Kursk (Budanov, 5 Nov): different scope"],
 ["001-2", "003-4", "about 10,000 in Russia (late Oct) against 11,000 sent (Dec): weeks apart, the count grew"],
 ["001-2", "009-5", "about 10,000 (Oct 2024) against 11,000-12,000 (Apr 2025): months apart"],
 ["001-2", "011-1", "about 10,000 (Oct 2024) against 14,000 in all (Jun 2025): months apart, reinforcements"],
 ["001-1", "003-4", "8,000 in Kursk (1 Nov) against 11,000 sent (19 Dec): seven weeks apart"],
 ["001-1", "009-5", "8,000 (Nov 2024) against 11,000-12,000 (Apr 2025): months apart"],
 ["001-1", "011-1", "8,000 (Nov 2024) against 14,000 in all (Jun 2025): months apart"],
 ["001-1", "013-4", "8,000 (Nov 2024) against 10,000 still deployed (Dec 2025): a year apart"],
 ["002-1", "011-1", "11,000 in Kursk (Nov 2024) against 14,000 sent in all including reinforcements (Jun 2025)"],
 ["002-1", "013-4", "11,000 (Nov 2024) against 10,000 still deployed (Dec 2025): a year apart"],
 ["003-4", "011-1", "11,000 sent (Dec 2024) against 14,000 in all (Jun 2025): months apart, reinforcements"],
 ["003-4", "013-4", "11,000 sent (Dec 2024) against 10,000 still deployed (Dec 2025): a year apart"],
 ["009-5", "011-1", "11,000-12,000 sent late last year against 14,000 in all including reinforcements, seven weeks later"],
 ["009-5", "013-4", "11,000-12,000 (Apr 2025) against 10,000 still deployed (Dec 2025): months apart"],
 ["011-1", "013-4", "14,000 sent in all (Jun 2025) against 10,000 still deployed (Dec 2025): months apart"],
 # the additional 3,000 (an additional force) against the totals
 ["007-1", "001-1", "an additional 3,000 (Feb 2025) against 8,000 in Kursk (Nov 2024)"],
 ["007-1", "001-2", "an additional 3,000 (Feb 2025) against about 10,000 (Oct 2024)"],
 ["007-1", "002-1", "an additional 3,000 against 11,000"],
 ["007-1", "003-4", "an additional 3,000 against 11,000"],
 ["007-1", "009-5", "an additional 3,000 against 11,000-12,000 sent late last year"],
 ["007-1", "011-1", "an additional 3,000 against 14,000 in all"],
 ["007-1", "013-4", "an additional 3,000 (Feb 2025) against 10,000 still deployed (Dec 2025)"],
 ["007-1", "013-2", "3,000 reinforcements against about 1,000 sappers: different contingents months apart"],
 # about 1,000 sappers: a separate contingent
 ["013-2", "001-1", "about 1,000 sappers (2025) against 8,000 troops in Kursk (Nov 2024): a separate contingent"],
 ["013-2", "001-2", "about 1,000 sappers against 10,000 troops a year earlier: a separate contingent"],
 ["013-2", "002-1", "about 1,000 sappers against 11,000 troops: a separate contingent"],
 ["013-2", "003-4", "about 1,000 sappers against 11,000 troops: a separate contingent"],
 ["013-2", "009-5", "about 1,000 sappers against 11,000-12,000 troops: a separate contingent"],
 ["013-2", "011-1", "about 1,000 sappers against 14,000 troops: a separate contingent"],
 ["013-2", "013-4", "about 1,000 sappers against 10,000 soldiers guarding the border: separate contingents in one article"],
 # cumulative losses rising: updates weeks or months apart
 ["003-3", "006-1", "about 1,100 casualties (Dec) against about 3,000 (Jan): the same agency's cumulative count, updated"],
 ["004-4", "006-1", "about 1,100 casualties (Dec) against about 3,000 (Jan): the same agency's cumulative count, updated"],
 ["004-1", "006-1", "more than 3,000 (Zelensky, Dec) against about 3,000 (NIS, Jan): a bound that 'about' may or may not meet"],
 ["004-1", "009-3", "more than 3,000 (Zelensky, Dec) against about 3,000 in January (NIS): a bound that 'about' may or may not meet"],
 ["003-3", "007-2", "about 1,100 (Dec) against about 4,000 (Feb): an update"],
 ["004-4", "007-2", "about 1,100 (Dec) against about 4,000 (Feb): an update"],
 ["003-3", "009-2", "about 1,100 (Dec) against about 4,700 (Apr): an update months later"],
 ["004-4", "009-2", "about 1,100 (Dec) against about 4,700 (Apr): an update months later"],
 ["003-3", "009-3", "about 1,100 (Dec) against about 3,000 (January, reported in April): an update"],
 ["004-4", "009-3", "about 1,100 (Dec) against about 3,000 (January, reported in April): an update"],
 ["006-1", "007-2", "about 3,000 (Jan) against about 4,000 (Feb): a later rise of a cumulative figure"],
 ["006-1", "009-2", "about 3,000 (Jan) against about 4,700 (Apr): the same agency's later rise, an update"],
 ["007-2", "009-2", "about 4,000 (JCS, Feb) against about 4,700 (NIS, Apr): a later rise"],
 ["007-2", "009-3", "about 4,000 (JCS, Feb) against about 3,000 estimated in January: different dates"],
 ["009-2", "009-3", "about 4,700 now against about 3,000 in January, in one article: an update, not a conflict"],
 ["003-2", "006-3", "about 1,000 wounded (Dec) against about 2,700 (Jan): the same agency's cumulative count, updated"],
 ["006-2", "009-1", "about 300 killed (Jan) against about 600 (Apr): an update"],
 ["006-2", "011-2", "about 300 killed (Jan) against about 600 (Jun): an update"],
 ["006-2", "013-3", "about 300 killed (Jan) against about 2,000 (Sep): an update"],
 ["009-1", "013-3", "about 600 killed (Apr) against about 2,000 (Sep): an update"],
 ["011-2", "013-3", "about 600 killed (Jun) against about 2,000 (Sep): an update"],
]

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
