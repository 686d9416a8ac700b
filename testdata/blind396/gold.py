#!/usr/bin/env python3
"""Gold labels for testdata/blind396 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind396: fifteen articles written in our own words about North Korean "
         "troops in Russia's Kursk region (October 2024 - December 2025). See testdata/corpus/README.md.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "South Korea's spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
 "000": [
  ("troops", NK, 3000, None, "about", NIS + ["lawmakers"],
   "North Korea has dispatched roughly 3,000 additional soldiers to Russia since January", False),
  ("troops", NK, 11000, None, "about", NIS + ["lawmakers"],
   "the first contingent of around 11,000", False),
  ("troops", NK, 200, 900, "vague", NIS,
   "Several hundred of the newcomers are believed to be drone and artillery specialists", True),
 ],
 "002": [
  ("killed", NK, 100, None, "at_least", NIS_LEE,
   "At least 100 North Korean soldiers sent to fight for Russia have died in combat in the Kursk region", False),
  ("wounded", NK, 1000, None, "about", NIS_LEE,
   "around 1,000 more have been wounded", False),
  ("casualties", NK, 1100, None, "about", NIS_LEE,
   "The losses, roughly 1,100 in all", False),
  ("troops", NK, 11000, None, "about", NIS,
   "Of the approximately 11,000 North Korean soldiers in Russia", False),
 ],
 "003": [
  ("casualties", "ukraine", 76000, None, "more_than",
   ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
   "the enemy lost over 76,000 servicemen killed and wounded", False),
 ],
 "004": [
  ("troops", NK, 10000, None, "about",
   ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "US"],
   "the DPRK has sent around ten thousand soldiers in total to train in eastern Russia", False),
  ("troops", NK, 200, 900, "vague",
   ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "US"],
   "it's in the hundreds, possibly more, that we believe are now in the Kursk oblast", True),
 ],
 "006": [
  ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi"],
   "the number of North Korean troops killed or wounded around Kursk at more than 3,000", False),
  ("troops", NK, 10000, 12000, "range", ["unattributed"],
   "An estimated 10,000 to 12,000 North Korean troops are in Russia", False),
 ],
 "007": [
  ("killed", NK, 2000, None, "about", NIS + ["lawmakers"],
   "Roughly 2,000 North Korean soldiers have died fighting for Russia", False),
  ("casualties", NK, 6000, None, "more_than",
   ["Britain's Ministry of Defence", "Ministry of Defence", "Britain", "UK", "United Kingdom"],
   "North Korea had suffered more than 6,000 casualties in Kursk", False),
  ("casualties", "russia", 1000000, None, "more_than",
   ["Ukraine's General Staff", "General Staff", "Ukraine"],
   "puts Russia's own losses since February 2022 at more than 1 million killed and wounded", False),
 ],
 "008": [
  ("troops", NK, 1500, None, "about", NIS,
   "the first group, numbering around 1,500 soldiers", False),
  ("troops", NK, 10000, None, "up_to", ZEL + ["Kyiv"],
   "as many as 10,000 North Korean soldiers were being prepared to join Russian forces", False),
 ],
 "010": [
  ("captured", NK, 2, None, "exact", ZEL,
   "his forces had taken two North Korean soldiers prisoner in the Kursk region", False),
  ("killed", NK, 300, None, "about", NIS,
   "Around 300 of Pyongyang's soldiers have been killed", False),
  ("wounded", NK, 2700, None, "about", NIS,
   "some 2,700 wounded", False),
  ("casualties", NK, 3000, None, "about", NIS,
   "roughly 3,000 casualties in all", False),
  ("casualties", NK, 4000, None, "about",
   ["Oleksandr Syrskyi", "Syrskyi", "Ukraine", "Ukraine's armed forces"],
   "North Korean losses in Kursk stood at about 4,000 dead and wounded", False),
 ],
 "012": [
  ("killed", NK, 600, None, "about", NIS_LEE,
   "About 600 North Korean soldiers have been killed fighting Ukrainian forces in Russia's Kursk region", False),
  ("casualties", NK, 4700, None, "about", NIS_LEE,
   "the North has suffered around 4,700 casualties", False),
  ("troops", NK, 15000, None, "about", NIS_LEE,
   "some 15,000 North Korean soldiers had been sent to Russia since last autumn", False),
 ],
 "014": [
  ("troops", NK, 11000, 12000, "range", ["Western and South Korean estimates", "Western", "South Korea"],
   "put the number sent last year at between 11,000 and 12,000", False),
  ("troops", NK, 3000, None, "about", ["Western and South Korean estimates", "Western", "South Korea"],
   "some three thousand reinforcements arriving early this year", False),
  ("casualties", NK, 4700, None, "about", NIS,
   "about 4,700 had been killed or wounded", False),
  ("killed", NK, 600, None, "about", NIS,
   "including some 600 dead", False),
 ],
}

NOT = {
 "000": ["some 200 long-range artillery pieces", "up to $20 billion", "38,256.17", "1.5 trillion won",
         "tariffs of 25%"],
 "002": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "more than 13,000 containers",
         "Why 300 days of doctors' strike", "Dec. 3 declaration of martial law"],
 "003": ["more than 7,000 pieces of weapons and military hardware", "over 400 tanks", "Article 4",
         "June 19, 2024", "115 Ukrainian drones"],
 "004": ["a $425 million Presidential Drawdown package", "about 100 U.S. soldiers",
         "up to 12,000 in all by December", "the 56th Security Consultative Meeting"],
 "006": ["103 drones overnight", "52 were shot down", "about 26% of GDP", "£2 a month"],
 "007": ["around 6,000 more personnel", "North Korea Sent 12K Troops to Russia",
         "5 States Where Gas Prices Dropped Below $3"],
 "008": ["could eventually reach some 12,000 soldiers", "aged between 18 and 25",
         "four Russian landing ships and three escort vessels", "four brigades of its 11th Corps",
         "North Korea blows up 2 inter-Korean roads", "5 trillion won"],
 "010": ["One of them, 20", "The other, 26", "30 kilometers from the Russian border", "Geneva Conventions of 1949"],
 "012": ["about 1,300 square kilometers", "dozens of KN-23 and KN-24 ballistic missiles", "just $2"],
 "014": ["1,000 sappers", "5,000 military construction workers", "the 6,000 personnel",
         "more than 12 million artillery shells"],
}

OFF = ["001", "005", "011", "013"]
DUP = {"009": "002"}

conflicts = {
 "must": [
  ["002-3", "006-1", "about 1,100 casualties (South Korea's NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
  ["010-4", "010-5", "roughly 3,000 casualties (NIS) against about 4,000 (Syrskyi) in the same article, the same weekend"],
 ],
 "may": [
  # casualties, different sources, weeks or months apart
  ["002-3", "010-5", "1,100 (NIS, Dec 19) against about 4,000 (Syrskyi, Jan 13): three weeks apart, a cumulative count"],
  ["002-3", "007-2", "1,100 (NIS, Dec 2024) against more than 6,000 (UK MoD, reported Sep 2025): months apart"],
  ["006-1", "010-4", "more than 3,000 (Zelensky, Dec 23) against roughly 3,000 (NIS, Jan 13): a bound arguably met, three weeks apart"],
  ["010-4", "007-2", "roughly 3,000 (NIS, Jan) against more than 6,000 (UK MoD, reported Sep): months apart"],
  ["010-5", "007-2", "about 4,000 (Syrskyi, Jan) against more than 6,000 (UK MoD, reported Sep): months apart"],
  ["010-5", "012-2", "about 4,000 (Syrskyi, Jan) against about 4,700 (NIS, Apr 30): months apart, cumulative"],
  ["010-5", "014-3", "about 4,000 (Syrskyi, Jan) against about 4,700 (NIS estimate, retold in June): months apart"],
  ["012-2", "007-2", "about 4,700 (NIS, Apr 30) against more than 6,000 (UK MoD, May, reported in September)"],
  ["014-3", "007-2", "about 4,700 (NIS, retold in June) against more than 6,000 (UK MoD, reported in September)"],
  # troops, different sources, weeks or months apart
  ["008-2", "002-4", "up to 10,000 (Zelensky, Oct) against about 11,000 (NIS, Dec): two months apart"],
  ["008-2", "006-2", "up to 10,000 (Oct) against 10,000-12,000 (Dec): two months apart"],
  ["008-2", "000-2", "up to 10,000 (Oct 2024) against about 11,000 (Feb 2025): months apart"],
  ["008-2", "012-3", "up to 10,000 (Oct 2024) against some 15,000 in total (Apr 2025): months apart"],
  ["008-2", "014-1", "up to 10,000 (Oct 2024) against 11,000-12,000 (Jun 2025): months apart"],
  ["004-1", "002-4", "about 10,000 (Pentagon, Oct 28) against about 11,000 (NIS, Dec 19): seven weeks apart"],
  ["004-1", "000-2", "about 10,000 (Pentagon, Oct 2024) against about 11,000 (NIS, Feb 2025): months apart"],
  ["004-1", "012-3", "about 10,000 (Oct 2024) against some 15,000 in total (Apr 2025): months apart"],
  ["004-1", "014-1", "about 10,000 (Oct 2024) against 11,000-12,000 (Jun 2025): months apart"],
  ["004-1", "000-1", "about 10,000 against an additional 3,000 (Feb 2025)"],
  ["004-1", "014-2", "about 10,000 against some three thousand reinforcements"],
  ["006-2", "000-1", "10,000-12,000 against an additional 3,000"],
  ["006-2", "014-2", "10,000-12,000 against some three thousand reinforcements"],
  ["006-2", "012-3", "10,000-12,000 (Dec 2024) against some 15,000 in total (Apr 2025): months apart"],
  ["014-1", "012-3", "11,000-12,000 sent last year (June) against some 15,000 in total (NIS, Apr 30)"],
  ["014-1", "000-1", "11,000-12,000 against an additional 3,000"],
  ["014-1", "014-2", "11,000-12,000 against some three thousand reinforcements, same article"],
  ["014-2", "002-4", "some three thousand reinforcements against about 11,000"],
  ["014-2", "000-2", "some three thousand reinforcements against a first contingent of about 11,000"],
  ["014-2", "012-3", "some three thousand reinforcements against some 15,000 in total"],
  ["014-2", "008-1", "some three thousand reinforcements (2025) against a first group of 1,500 (Oct 2024)"],
  ["000-1", "002-4", "an additional 3,000 against about 11,000"],
  ["000-1", "000-2", "an additional 3,000 against a first contingent of about 11,000, same article"],
  ["000-1", "012-3", "an additional 3,000 against some 15,000 in total"],
  ["000-1", "008-1", "an additional 3,000 (Feb 2025) against a first group of 1,500 (Oct 2024)"],
 ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
