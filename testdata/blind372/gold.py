#!/usr/bin/env python3
"""Gold labels for blind372 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
PENTAGON = ["Pentagon", "Sabrina Singh", "Singh", "Defense Department", "United States", "U.S.", "US"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
HUR = ["military intelligence", "HUR", "Ukraine", "Kyiv"]
SYR = ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"]

A = {
 "000": [
  ("troops", NK, 12000, None, "about", NIS, "North Korea is sending around 12,000 troops, including special forces, to Russia", False),
  ("troops", NK, 1500, None, "about", NIS, "the North moved some 1,500 special operations troops to Vladivostok", False),
 ],
 "001": [
  ("troops", NK, 10000, None, "about", PENTAGON, "Roughly 10,000 of them are now in the country", False),
  ("troops", NK, 8000, None, "about", PENTAGON, "about 8,000 of those troops have made their way west to the Kursk region", False),
 ],
 "003": [
  ("troops", NK, 11000, None, "exact", ZEL, "Eleven thousand North Korean soldiers are now in Russia's Kursk Oblast", False),
  ("troops", NK, 12000, None, "up_to", HUR, "up to 12,000 North Korean troops", False),
  ("troops", NK, 500, None, "about", HUR, "among them around 500 officers", False),
  ("troops", RU, 50000, None, "about", SYR, "Russia had massed roughly 50,000 of its own troops in Kursk Oblast", False),
 ],
 "004": [
  ("killed", NK, 100, None, "at_least", NIS_LEE, "At least 100 North Korean soldiers sent to fight for Russia have been killed", False),
  ("wounded", NK, 1000, None, "about", NIS_LEE, "around 1,000 others have been wounded", False),
  ("casualties", NK, 1100, None, "about", NIS_LEE, "the agency puts North Korean casualties at around 1,100", False),
  ("troops", NK, 11000, None, "about", NIS_LEE, "the roughly 11,000-strong contingent", False),
  ("casualties", NK, 30, None, "at_least", HUR, "at least 30 North Korean soldiers had been killed or wounded in fighting near three villages in Kursk over the weekend", False),
 ],
 "005": [
  ("casualties", NK, 3000, None, "more_than", ZEL, "more than 3,000 North Korean soldiers killed or wounded in Kursk Oblast", False),
  ("killed", NK, 50, None, "about", ["Special Operations Forces", "SSO", "Ukraine"], "killed around 50 North Korean soldiers in three days of fighting", False),
  ("killed", NK, 100, None, "at_least", NIS, "at least 100 North Korean soldiers had been killed", False),
  ("wounded", NK, 1000, None, "about", NIS, "about 1,000 wounded", False),
  ("casualties", RU, 38000, None, "more_than", SYR, "Russia had lost more than 38,000 troops in Kursk Oblast", False),
  ("killed", RU, 15000, None, "about", SYR, "around 15,000 of them killed", False),
 ],
 "007": [
  ("casualties", UA, 190, None, "more_than", ["Russia's defence ministry", "defence ministry", "Russian defence ministry", "Russia"], "Ukrainian forces lost more than 190 servicemen in the Kursk region over the past 24 hours", False),
  ("killed", NK, 1000, None, "more_than", HUR + ["Ukrainian military intelligence official"], "Kyiv's own tally of North Korean dead was above 1,000", False),
  ("killed", NK, 300, None, "about", NIS_LEE, "about 300 North Korean soldiers have been killed", False),
  ("wounded", NK, 2700, None, "about", NIS_LEE, "about 2,700 wounded", False),
  ("casualties", NK, 3000, None, "about", NIS_LEE, "That puts the North's total casualties at roughly 3,000", False),
  ("captured", NK, 2, None, "exact", ZEL + ["SBU"], "the two North Korean soldiers it captured last week", False),
 ],
 "008": [
  ("troops", NK, 3000, None, "about", NIS, "North Korea has dispatched some 3,000 additional troops to Russia since the start of this year", False),
  ("troops", NK, 11000, None, "about", ["Ukraine and South Korea", "South Korea", "Ukraine"], "North Korea first sent some 11,000 soldiers to Russia last autumn", False),
 ],
 "010": [
  ("casualties", NK, 4700, None, "about", NIS, "North Korea has suffered about 4,700 casualties in Russia's Kursk region", False),
  ("killed", NK, 600, None, "about", NIS, "including roughly 600 soldiers killed", False),
  ("troops", NK, 11000, None, "about", ["unattributed"], "Around 11,000 North Korean soldiers were sent to Kursk last autumn", False),
  ("troops", NK, 2000, 9999, "vague", ["unattributed"], "several thousand more arrived as reinforcements early this year", True),
 ],
 "012": [
  ("casualties", UA, 76000, None, "more_than", ["General Staff", "Russian General Staff", "Gerasimov", "Russia"], "the Ukrainian armed forces lost more than 76,000 servicemen", False),
 ],
 "014": [
  ("troops", NK, 11000, 12000, "range", ["South Korean and Ukrainian intelligence", "South Korea", "Ukraine", "intelligence"], "Pyongyang sent between 11,000 and 12,000 soldiers in the autumn of 2024", False),
  ("troops", NK, 3000, None, "about", NIS, "Some three thousand more followed in January and February 2025", False),
  ("troops", NK, 2000, 9999, "vague", ["unattributed"], "Several thousand North Korean soldiers are still thought to be in Russia", True),
  ("killed", NK, 2000, None, "about", NIS, "around 2,000 North Korean soldiers had died in the fighting", False),
  ("casualties", NK, 6000, None, "more_than", ["Britain's Ministry of Defence", "Ministry of Defence", "Britain", "UK"], "North Korean casualties, dead and wounded together, had passed 6,000", False),
  ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"], "Ukraine holds two North Korean soldiers who were captured in Kursk in January 2025", False),
 ],
}

NOT = {
 "000": ["Several thousand more are expected to be shipped out soon", "four brigades", "Four Russian landing ships and three escort vessels",
         "more than 13,000 containers", "an estimated 1.2 million active-duty troops", "between Oct. 8 and 13", "over 1 mln copies", "KOSPI 2,593.82"],
 "001": ["$425 million package", "155 mm artillery rounds", "about $6 billion", "$100 billion", "78 million", "The 7 counties", "Oct. 30, 2024"],
 "003": ["five military ranges", "about 1,300 square kilometers", "96 drones, 3 missiles", "Oct. 31, 2024", "2 years of sanctions"],
 "004": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "Dec. 27", "past 1,450 per dollar", "87 countries", "KRW/USD 1,451.90"],
 "005": ["3 guided aerial bombs: 4 injured", "59 of 103 drones", "USD 41.52", "On 21 December"],
 "007": ["two tanks", "born in 2005", "the other, 26", "since 2019", "3 missiles and 55 drones", "34 were shot down"],
 "008": ["240-mm multiple rocket launchers", "about 90 minutes", "1st trilateral air drill", "up 3.2%", "19 months"],
 "010": ["June 2024", "April 26", "21%", "Three Killed in Ukrainian Drone Attack"],
 "012": ["1,000 sappers", "5,000 military builders", "6,000 military builders and deminers", "over 7,000 units of weapons and military equipment",
         "June 19, 2024", "second visit to Pyongyang in two weeks", "Over 140 Ukrainian drones", "2,793 points"],
 "014": ["1,000 deminers", "5,000 military construction workers", "as much as $20 billion"],
}

OFF = ["002", "006", "011", "013"]
DUP = {"009": "008"}

MUST = [
 ["001-2", "003-1", "about 8,000 North Korean troops in Kursk (Pentagon, 4 Nov 2024) against 11,000 in Kursk (Zelensky, reported 5 Nov), a day apart"],
 ["004-3", "005-1", "about 1,100 casualties (South Korea's NIS, 19 Dec 2024) against more than 3,000 killed or wounded (Zelensky, 23 Dec), four days apart"],
 ["007-3", "007-2", "about 300 killed (NIS) against more than 1,000 killed (Ukrainian military intelligence), same article, same day"],
]

MAY = [
 ["000-1", "001-1", "around 12,000 being sent (NIS, 18 Oct) against roughly 10,000 now in Russia (Pentagon, 4 Nov): a total in progress, weeks apart"],
 ["000-1", "001-2", "12,000 being sent in all against about 8,000 in Kursk, weeks apart: the second may be a part of the first"],
 ["001-1", "003-1", "roughly 10,000 in all of Russia (Pentagon) against 11,000 in Kursk alone (Zelensky) a day later: close values"],
 ["001-1", "004-4", "roughly 10,000 (4 Nov) against roughly 11,000 (19 Dec): close values, weeks apart"],
 ["001-1", "008-2", "roughly 10,000 against some 11,000 sent last autumn, months apart"],
 ["001-1", "010-3", "roughly 10,000 against around 11,000 sent last autumn, months apart"],
 ["001-1", "014-1", "roughly 10,000 against 11,000-12,000 in autumn 2024, a year apart"],
 ["001-2", "004-4", "about 8,000 in Kursk (4 Nov) against an 11,000-strong contingent (19 Dec), six weeks apart"],
 ["001-2", "008-2", "about 8,000 against some 11,000 sent last autumn, months apart"],
 ["001-2", "010-3", "about 8,000 against around 11,000 sent last autumn, months apart"],
 ["001-2", "014-1", "about 8,000 against 11,000-12,000 in autumn 2024, a year apart"],
 ["000-1", "008-1", "12,000 against some 3,000 additional troops"],
 ["001-1", "008-1", "10,000 against some 3,000 additional troops"],
 ["001-2", "008-1", "8,000 against some 3,000 additional troops"],
 ["003-1", "008-1", "11,000 against some 3,000 additional troops"],
 ["004-4", "008-1", "11,000 against some 3,000 additional troops"],
 ["008-1", "008-2", "some 3,000 additional troops against the first 11,000, same article"],
 ["008-1", "010-3", "some 3,000 additional troops against around 11,000 sent last autumn"],
 ["008-1", "014-1", "some 3,000 additional troops against 11,000-12,000 in the first wave"],
 ["000-1", "014-2", "12,000 against some three thousand more (additional)"],
 ["001-1", "014-2", "10,000 against some three thousand more (additional)"],
 ["001-2", "014-2", "8,000 against some three thousand more (additional)"],
 ["003-1", "014-2", "11,000 against some three thousand more (additional)"],
 ["004-4", "014-2", "11,000 against some three thousand more (additional)"],
 ["008-2", "014-2", "11,000 against some three thousand more (additional)"],
 ["010-3", "014-2", "11,000 against some three thousand more (additional)"],
 ["014-1", "014-2", "11,000-12,000 against some three thousand more (additional), same article"],
 ["000-1", "010-4", "12,000 against several thousand reinforcements (additional, vague)"],
 ["001-1", "010-4", "10,000 against several thousand reinforcements (additional, vague)"],
 ["001-2", "010-4", "8,000 against several thousand reinforcements (additional, vague)"],
 ["003-1", "010-4", "11,000 against several thousand reinforcements (additional, vague)"],
 ["004-4", "010-4", "11,000 against several thousand reinforcements (additional, vague)"],
 ["008-2", "010-4", "11,000 against several thousand reinforcements (additional, vague)"],
 ["010-3", "010-4", "11,000 against several thousand reinforcements (additional, vague), same article"],
 ["010-4", "014-1", "several thousand reinforcements against 11,000-12,000 in the first wave"],
 ["000-1", "014-3", "12,000 against several thousand still in Russia a year later"],
 ["001-1", "014-3", "10,000 against several thousand still in Russia a year later"],
 ["001-2", "014-3", "8,000 against several thousand still in Russia a year later"],
 ["003-1", "014-3", "11,000 against several thousand still in Russia a year later"],
 ["004-4", "014-3", "11,000 against several thousand still in Russia a year later"],
 ["008-2", "014-3", "11,000 against several thousand still in Russia months later"],
 ["010-3", "014-3", "11,000 against several thousand still in Russia months later"],
 ["014-1", "014-3", "11,000-12,000 sent against several thousand still in Russia, same article"],
 ["007-2", "010-2", "more than 1,000 killed (Kyiv, January) against about 600 killed (NIS, April), months apart"],
 ["007-3", "010-2", "about 300 killed (January) against about 600 (April): a later rise, months apart"],
 ["007-3", "014-4", "about 300 killed (January) against about 2,000 (September estimate), months apart"],
 ["010-2", "014-4", "about 600 killed (April) against about 2,000 (September estimate), months apart"],
 ["005-1", "007-5", "more than 3,000 casualties (Zelensky, December) against roughly 3,000 (NIS, January): borderline bound"],
 ["004-3", "010-1", "about 1,100 casualties (December) against about 4,700 (April): a later rise, months apart"],
 ["004-3", "014-5", "about 1,100 casualties (December 2024) against more than 6,000 (2025), months apart"],
 ["007-5", "010-1", "roughly 3,000 casualties (January) against about 4,700 (April): a later rise, months apart"],
 ["007-5", "014-5", "roughly 3,000 casualties (January) against more than 6,000 (later 2025), months apart"],
 ["010-1", "014-5", "about 4,700 casualties (April) against more than 6,000 (later estimate), months apart"],
]

conflicts = {"must": MUST, "may": MAY}
about = ("blind372: fifteen articles written for crosscheck in our own words about North Korean troops in Russia's Kursk region "
         "(October 2024 - December 2025), labelled blind. Same schema as corpus/gold.json; see corpus/README.md.")

if __name__ == "__main__":
    goldlib.write(about, A, NOT, OFF, DUP, conflicts)
