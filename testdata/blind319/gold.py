#!/usr/bin/env python3
"""Gold labels for blind319 (written blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NIS = ["National Intelligence Service", "NIS", "South Korea's intelligence agency", "spy agency", "South Korea"]

A = {
 "000": [
  ("troops", "north_korea", 1500, None, "at_least", NIS,
   "at least 1,500 North Korean special forces personnel were carried from areas near the North's port of Chongjin to Vladivostok", False),
 ],
 "001": [
  ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
   "Around 3,000 North Korean soldiers have now been moved to Russia", False),
 ],
 "003": [
  ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
   "Eleven thousand North Korean soldiers are already in the Kursk region", False),
  ("troops", "north_korea", 10000, 12000, "range",
   ["Western and South Korean intelligence officials", "Western intelligence", "South Korean intelligence", "South Korea", "intelligence officials"],
   "put the total sent to Russia at between 10,000 and 12,000", False),
  ("troops", "north_korea", 2000, 9999, "vague", ["Seoul", "South Korea"],
   "Several thousand of them are thought to belong to the elite \"Storm Corps\"", True),
 ],
 "005": [
  ("casualties", "north_korea", 1100, None, "about",
   ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
   "estimated to have suffered around 1,100 casualties in recent combat against Ukrainian forces in the Kursk region", False),
  ("killed", "north_korea", 100, None, "at_least", NIS,
   "at least 100 North Korean soldiers had been killed", False),
  ("wounded", "north_korea", 1000, None, "about", NIS,
   "nearly 1,000 wounded", False),
  ("troops", "north_korea", 11000, None, "about", ["unattributed"],
   "The North has sent an estimated 11,000 troops to Russia", False),
 ],
 "007": [
  ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
   "the number of North Korean soldiers killed and wounded in Kursk Oblast had passed 3,000", False),
  ("killed", "north_korea", 200, 900, "vague", ["Ukrainian commanders", "Kyiv Independent", "Ukraine"],
   "Hundreds of North Koreans have died crossing open fields without armored support", True),
  ("casualties", "north_korea", 50, None, "exact",
   ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
   "its operators had killed or wounded 50 North Korean soldiers over three days of fighting near the village of Plekhovo", False),
  ("casualties", "russia", 781410, None, "exact", ["General Staff", "General Staff of Ukraine's Armed Forces", "Ukraine"],
   "Russia has lost 781,410 troops in Ukraine since the start of its full-scale invasion on Feb. 24, 2022", False),
  ("casualties", "russia", 1830, None, "exact", ["General Staff", "General Staff of Ukraine's Armed Forces", "Ukraine"],
   "The number includes 1,830 casualties Russian forces suffered over the past day", False),
 ],
 "008": [
  ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweon", "South Korean lawmaker"],
   "About 300 North Korean soldiers have been killed", False),
  ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweon", "South Korean lawmaker"],
   "about 2,700 wounded", False),
  ("casualties", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweon", "South Korean lawmaker"],
   "That brings the North's casualties to about 3,000", False),
  ("casualties", "north_korea", 4000, None, "about", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine", "Kyiv"],
   "close to 4,000 North Koreans had been killed or wounded in Kursk", False),
  ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelenskiy", "Zelenskiy", "Zelensky", "Ukraine"],
   "his forces had captured two North Korean soldiers in Kursk", False),
  ("troops", "north_korea", 10000, None, "more_than",
   ["Ukrainian, South Korean and U.S. officials", "officials", "Ukraine", "South Korea", "U.S.", "United States"],
   "North Korea has sent more than 10,000 troops to Russia", False),
 ],
 "010": [
  ("troops", "north_korea", 3000, None, "about", NIS,
   "North Korea has sent some three thousand additional soldiers to Russia since the start of the year", False),
  ("troops", "north_korea", 11000, None, "about", NIS + ["Seoul"],
   "about 11,000 North Korean troops were dispatched to Russia last year", False),
  ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Kyiv", "Ukraine"],
   "Kyiv was holding two North Korean prisoners", False),
 ],
 "011": [
  ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweon"],
   "around 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
  ("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweon"],
   "including some 600 dead", False),
  ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
   "Gerasimov claimed that Ukraine had lost more than 76,000 troops during its eight-month incursion", False),
  ("casualties", "north_korea", 6000, None, "up_to", ["Ukrainian officials", "Kyiv", "Ukraine"],
   "as many as 6,000 of Pyongyang's soldiers have been killed or wounded", False),
  ("troops", "north_korea", 14000, None, "about", ["unattributed"],
   "Pyongyang is believed to have sent around 14,000 soldiers to Russia in two waves", False),
 ],
 "012": [],
 "013": [
  ("troops", "north_korea", 11000, None, "about",
   ["South Korean and western intelligence", "South Korean intelligence", "western intelligence", "South Korea"],
   "About 11,000 in the autumn of 2024", False),
  ("troops", "north_korea", 3000, None, "about",
   ["South Korean and western intelligence", "South Korean intelligence", "western intelligence", "South Korea"],
   "roughly 3,000 reinforcements in January and February this year", False),
  ("killed", "north_korea", 2000, None, "about", NIS,
   "about 2,000 North Korean soldiers had died", False),
  ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
   "Ukraine captured two North Korean soldiers in January 2025", False),
 ],
}

NOT = {
 "000": ["some 12,000 soldiers in four brigades", "four Russian landing ships and three escort vessels",
         "Ukraine says 18 North Koreans deserted", "between October 8 and 13", "Watch video 1:48"],
 "001": ["some 10,000 soldiers by December", "about 100 Russian military terms", "in their early 20s",
         "What does Pyongyang get for 12,000 troops?", "30th straight week"],
 "003": ["death toll climbs to 217", "170 mm self-propelled guns", "some 500 km south-west of Moscow"],
 "005": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "87 countries", "1.6 pct lower"],
 "007": ["78 missiles and 106 drones", "59 missiles and 54 drones", "Join our community of 12,000 members"],
 "008": ["one born in 2005 and the other aged 26", "death toll rises to 24"],
 "010": ["about two weeks"],
 "011": ["eight-month incursion", "Victory Day Parade With 11,500 Troops", "$2 $5 $15"],
 "012": ["1,000 sappers", "5,000 military builders", "more than two hours", "Over 2,300 explosive objects",
         "Article 4 of the treaty"],
 "013": ["1,000 deminers and 5,000 military construction workers", "6 August 2024", "28 April 2025",
         "40,000 told to evacuate"],
}

OFF = ["002", "004", "006", "009"]
DUP = {"014": "008"}

conflicts = {
 "must": [
  ["005-1", "007-1", "about 1,100 casualties (South Korea's JCS, 23 Dec 2024) against more than 3,000 killed and wounded (Zelensky, 23 Dec 2024, reported 26 Dec)"],
  ["008-3", "008-4", "about 3,000 casualties (NIS via Lee Seong-kweon) against close to 4,000 killed or wounded (HUR, the week before), in one Reuters report of 13 Jan 2025"],
 ],
 "may": [
  # the first contingent grew from October to November 2024 (cumulative, two to three weeks apart)
  ["001-1", "003-1", "about 3,000 (24 Oct 2024) against 11,000 in Kursk (5 Nov): the deployment was still growing"],
  ["001-1", "003-2", "about 3,000 (24 Oct 2024) against 10,000-12,000 (early Nov): the deployment was still growing"],
  ["001-1", "005-4", "about 3,000 (Oct 2024) against an estimated 11,000 two months later"],
  ["001-1", "008-6", "about 3,000 (Oct 2024) against more than 10,000 (Jan 2025), months apart"],
  ["001-1", "010-2", "about 3,000 (Oct 2024) against about 11,000 sent last year (Feb 2025), months apart"],
  ["001-1", "011-5", "about 3,000 (Oct 2024) against around 14,000 in two waves (Apr 2025), months apart"],
  ["001-1", "013-1", "about 3,000 (Oct 2024) against about 11,000 (Sep 2025), months apart"],
  # additional forces against the first contingent
  ["010-1", "003-1", "some 3,000 additional soldiers against the first contingent of 11,000"],
  ["010-1", "003-2", "some 3,000 additional soldiers against the first contingent of 10,000-12,000"],
  ["010-1", "005-4", "some 3,000 additional soldiers against the first contingent of about 11,000"],
  ["010-1", "008-6", "some 3,000 additional soldiers against more than 10,000 sent before"],
  ["010-1", "010-2", "some 3,000 additional soldiers against the 11,000 sent last year, same article"],
  ["010-1", "011-5", "some 3,000 additional soldiers against around 14,000 in all"],
  ["010-1", "013-1", "some 3,000 additional soldiers against the first contingent of about 11,000"],
  ["013-2", "003-1", "roughly 3,000 reinforcements against the first contingent of 11,000"],
  ["013-2", "003-2", "roughly 3,000 reinforcements against the first contingent of 10,000-12,000"],
  ["013-2", "005-4", "roughly 3,000 reinforcements against the first contingent of about 11,000"],
  ["013-2", "008-6", "roughly 3,000 reinforcements against more than 10,000 sent before"],
  ["013-2", "010-2", "roughly 3,000 reinforcements against about 11,000 sent last year"],
  ["013-2", "011-5", "roughly 3,000 reinforcements against around 14,000 in all"],
  ["013-2", "013-1", "roughly 3,000 reinforcements against the first 11,000, same article"],
  # the total including the reinforcements against the first contingent, months apart
  ["011-5", "003-1", "around 14,000 in two waves (Apr 2025) against 11,000 (Nov 2024)"],
  ["011-5", "003-2", "around 14,000 in two waves (Apr 2025) against 10,000-12,000 (Nov 2024)"],
  ["011-5", "005-4", "around 14,000 in two waves (Apr 2025) against an estimated 11,000 (Dec 2024)"],
  ["011-5", "010-2", "around 14,000 in two waves against about 11,000 sent last year (the first wave)"],
  ["011-5", "013-1", "around 14,000 in two waves against about 11,000 in the first wave"],
  # cumulative casualties rising over weeks and months
  ["005-1", "008-3", "about 1,100 casualties (23 Dec 2024) against about 3,000 (13 Jan 2025), three weeks apart"],
  ["005-1", "008-4", "about 1,100 casualties (23 Dec 2024) against close to 4,000 (HUR, early Jan 2025)"],
  ["005-1", "011-1", "about 1,100 casualties (Dec 2024) against around 4,700 (Apr 2025), months apart"],
  ["008-3", "011-1", "about 3,000 casualties (Jan 2025) against around 4,700 (Apr 2025), months apart"],
  ["008-4", "011-1", "close to 4,000 casualties (Jan 2025) against around 4,700 (Apr 2025), months apart"],
  ["005-3", "008-2", "nearly 1,000 wounded (Dec 2024) against about 2,700 (Jan 2025), weeks apart"],
  ["008-1", "011-2", "about 300 killed (Jan 2025) against some 600 (Apr 2025), months apart"],
  ["008-1", "013-3", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025), months apart"],
  ["011-2", "013-3", "some 600 killed (Apr 2025) against about 2,000 (Sep 2025), months apart"],
 ],
}

about = ("Gold labels for blind319, fifteen articles written and labelled blind. See ../corpus/README.md for "
         "the meaning of every field and how a system's output is scored.")

if __name__ == "__main__":
    goldlib.write(about, A, NOT, OFF, DUP, conflicts)
