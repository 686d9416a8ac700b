#!/usr/bin/env python3
"""Gold labels for testdata/blind538 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the 15 articles in articles/ (blind538), written and labelled without reading "
         "the extractor or any crosscheck output. See ../corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun", "lawmakers"]
NIS_LAW = NIS + ["lawmakers", "South Korean lawmakers"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "Seoul's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Kyiv"]
HUR = ["HUR", "Ukraine's military intelligence", "military intelligence", "Defence Intelligence of Ukraine", "Ukraine", "Kyiv"]

A = {
 "000": [
  ("troops", "north_korea", 1500, None, "exact", NIS,
   "North Korea has shipped 1,500 of its special operations troops to Russia's Far East", False),
 ],
 "002": [
  ("troops", "north_korea", 10000, None, "more_than",
   ["Antony Blinken", "Blinken", "US Secretary of State", "United States", "US", "Washington"],
   "More than 10,000 North Korean soldiers have been sent to eastern Russia", False),
  ("troops", "north_korea", 11000, None, "about", ZEL + ["Kyiv's intelligence", "Ukrainian intelligence"],
   "puts the number of North Korean soldiers already in Kursk Oblast at about eleven thousand", False),
  ("troops", "russia", 50000, None, "about", ZEL,
   "Moscow has concentrated around 50,000 of its own troops in the region", False),
  ("troops", "north_korea", 500, None, "about", HUR,
   "the North Korean contingent includes about 500 officers", False),
 ],
 "003": [
  ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
   "with at least 100 killed since they were sent into combat this month", False),
  ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
   "it had also confirmed around 1,000 wounded", False),
  ("casualties", "north_korea", 1100, None, "about", NIS_LEE,
   "the agency estimates North Korea's losses at roughly 1,100 soldiers", False),
  ("troops", "north_korea", 11000, None, "about", NIS_LEE,
   "the roughly 11,000 North Korean soldiers believed to be in Russia", False),
 ],
 "005": [
  ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
   "more than 3,000 soldiers from North Korea have already been killed or wounded in Kursk Oblast", False),
  ("killed", "north_korea", 50, None, "exact",
   ["Special Operations Forces", "Ukraine's Special Operations Forces", "SSO", "Ukraine"],
   "they had killed 50 North Korean soldiers and wounded 47 others", False),
  ("wounded", "north_korea", 47, None, "exact",
   ["Special Operations Forces", "Ukraine's Special Operations Forces", "SSO", "Ukraine"],
   "they had killed 50 North Korean soldiers and wounded 47 others", False),
 ],
 "006": [
  ("troops", "north_korea", 12000, None, "up_to",
   ["Western and South Korean officials", "Western officials", "South Korean officials", "South Korea", "Guardian"],
   "Western and South Korean officials estimate that up to 12,000 North Korean troops have been deployed to Russia", False),
  ("captured", "north_korea", 1, None, "exact", NIS + ["Yonhap"],
   "one North Korean soldier was captured by Ukrainian forces", False),
  ("killed", "north_korea", 200, 900, "vague", ["Ukrainian commanders", "Ukraine"],
   "Hundreds of North Koreans have been killed in waves of infantry assaults across open fields in recent days", True),
 ],
 "008": [
  ("captured", "north_korea", 2, None, "exact", ZEL,
   "Ukraine has captured two North Korean soldiers in Russia's Kursk region", False),
  ("killed", "north_korea", 300, None, "about", NIS + ["lawmakers"],
   "around 300 North Korean soldiers had been killed and 2,700 wounded", False),
  ("wounded", "north_korea", 2700, None, "about", NIS + ["lawmakers"],
   "around 300 North Korean soldiers had been killed and 2,700 wounded", False),
  ("killed", "north_korea", 1000, None, "about", HUR,
   "about 1,000 North Koreans had already been killed in Kursk", False),
  ("troops", "north_korea", 11000, None, "about", ["Seoul", "Washington", "South Korea", "United States"],
   "Pyongyang is estimated by Seoul and Washington to have sent some 11,000 troops to Russia last autumn", False),
 ],
 "010": [
  ("troops", "north_korea", 3000, None, "about", JCS,
   "North Korea has dispatched roughly 3,000 additional soldiers to Russia since the start of the year", False),
  ("troops", "north_korea", 11000, None, "about", JCS,
   "add to an estimated 11,000 troops Pyongyang sent last year", False),
  ("casualties", "north_korea", 4000, None, "about", JCS,
   "About 4,000 North Korean soldiers have been killed or wounded, the JCS estimated", False),
  ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
   "Ukraine has released videos of interrogations of two North Korean soldiers it captured in January", False),
 ],
 "011": [
  ("casualties", "north_korea", 4700, None, "about", NIS_LAW,
   "North Korean troops deployed to Russia have suffered about 4,700 casualties", False),
  ("killed", "north_korea", 600, None, "about", NIS_LAW,
   "about 4,700 casualties, including around 600 deaths", False),
  ("troops", "north_korea", 15000, None, "about", NIS_LAW,
   "North Korea has sent about 15,000 soldiers to Russia in total", False),
 ],
 "013": [],
 "014": [
  ("troops", "north_korea", 10000, 12000, "range",
   ["intelligence services in Ukraine, South Korea and the United States", "Ukraine", "South Korea", "United States"],
   "put the first contingent at between 10,000 and 12,000 troops", False),
  ("troops", "north_korea", 3000, None, "about", JCS,
   "Reinforcements followed early in 2025, some three thousand according to Seoul's military", False),
  ("troops", "north_korea", 15000, None, "about", NIS,
   "about 15,000 North Koreans had been sent in total", False),
  ("killed", "north_korea", 2000, None, "about", NIS_LAW,
   "around 2,000 North Korean soldiers had been killed", False),
  ("captured", "north_korea", 2, None, "exact", ["unattributed", "DW", "Ukraine"],
   "Ukraine, which captured two North Korean soldiers in January", False),
  ("troops", "north_korea", 2000, 9000, "vague", ["South Korean estimates", "South Korea"],
   "Several thousand are believed to remain in the Kursk region", True),
 ],
}

NOT = {
 "000": ["a total of around 12,000 troops", "four large Russian landing ships and three escort vessels",
         "between Oct. 8 and 13", "Seoul shares close 0.64 pct lower at 2,593.75",
         "S. Korea's exports up 7.5 pct in September", "sections of 2 inter-Korean roads"],
 "002": ["UAH/USD 41.27", "Brent $72.15", "4 min read", "the roughly 600 square kilometers they still hold there",
         "a range of about 300 kilometers", "the roughly $9 billion in Ukraine assistance",
         "from $4.99 a month", "Ukraine Downs 37 of 90 Russian Drones Overnight",
         "Three Killed as Russian Glide Bombs Hit Zaporizhzhia", "Comments (12)"],
 "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "lasted about two hours",
         "Yoon's approval fell to 11% before impeachment vote", "Korean won slides past 1,450 per dollar",
         "Dec. 3 martial law"],
 "005": ["personnel ~773,370 (+1,530)", "tanks 9,580", "artillery systems 21,090", "UAVs 20,810",
         "Russia attacks Kharkiv with 6 ballistic missiles, injuring 4", "EU agrees 15th package of sanctions"],
 "006": ["destroyed 59 Ukrainian drones overnight", "Russia launched 78 missiles and 106 drones",
         "59 missiles and 54 drones were shot down", "killing 38 of the 67 people on board",
         "Rebuilding Gaza could take 350 years", "footfall down 4.6% on last year"],
 "008": ["born in 2005", "The other, 26", "a sniper since 2021", "a one-minute video"],
 "010": ["about 220 pieces of 170mm self-propelled artillery and 240mm multiple rocket launchers",
         "1,437.20 per dollar", "The Kospi index fell 0.7%", "25% Tariffs on Cars",
         "$500 Billion in US Over Four Years"],
 "011": ["Watch video 1:42", "on April 26", "24.6 million expected to travel domestically"],
 "013": ["send 1,000 sappers to the Kursk Region", "5,000 military builders",
         "his second visit to the DPRK in two weeks", "June 19, 2024", "1.2 billion rubles"],
 "014": ["agreed to send 1,000 deminers and 5,000 military construction workers",
         "up to 28 trillion won (about $20 billion)", "North Korea's 12K soldiers"],
}

OFF = ["001", "004", "007", "009"]
DUP = {"012": "008"}

must = [
 ["003-3", "005-1", "about 1,100 casualties (South Korea's NIS, 19 Dec 2024) against more than 3,000 killed "
                    "and wounded (Zelensky, 23 Dec 2024), four days apart"],
 ["008-2", "008-4", "about 300 killed (South Korea's NIS) against about 1,000 killed (Ukraine's HUR), "
                    "reported in the same article within a week"],
]

# The first contingent as reported Nov 2024 - Jan 2025 (all compatible with one another).
first = {"002-1": "more than 10,000", "002-2": "about 11,000", "003-4": "about 11,000",
         "006-1": "up to 12,000", "008-5": "about 11,000", "010-2": "about 11,000",
         "014-1": "10,000-12,000"}
may = []
for c, v in first.items():
    may.append(["000-1", c, "1,500 special forces in the first wave (18 Oct 2024) against the later count of the "
                            "whole contingent (%s), weeks or months later" % v])
for add in ("010-1", "014-2"):
    for c, v in first.items():
        may.append([c, add, "%s against an additional 3,000 reinforcements" % v])
    may.append(["000-1", add, "1,500 in the first wave against an additional 3,000, months later"])
for tot in ("011-3", "014-3"):
    for c, v in first.items():
        if c == "002-1":
            continue  # more than 10,000 is satisfied by 15,000
        may.append([c, tot, "%s (the first contingent, late 2024) against about 15,000 sent in total "
                             "including reinforcements (April 2025)" % v])
    may.append(["000-1", tot, "1,500 in the first wave against about 15,000 in total, months later"])
    may.append(["010-1", tot, "an additional 3,000 against about 15,000 in total"])
    may.append(["014-2", tot, "an additional 3,000 against about 15,000 in total"])
for c in list(first) + ["011-3", "014-3", "000-1"]:
    may.append([c, "014-6", "several thousand still in Kursk (late 2025, vague) against the number sent"])
may += [
 ["003-3", "010-3", "1,100 casualties (Dec 2024) against about 4,000 (Feb 2025): a cumulative count, months apart"],
 ["003-3", "011-1", "1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): a cumulative count, months apart"],
 ["010-3", "011-1", "about 4,000 casualties (Feb 2025) against about 4,700 (Apr 2025): a cumulative count, two months apart"],
 ["008-2", "011-2", "about 300 killed (Jan 2025) against about 600 (Apr 2025), months apart"],
 ["008-2", "014-4", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025), months apart"],
 ["008-4", "011-2", "about 1,000 killed (HUR, Jan 2025) against about 600 (NIS, Apr 2025), months apart"],
 ["008-4", "014-4", "about 1,000 killed (HUR, Jan 2025) against about 2,000 (NIS, Sep 2025), months apart"],
 ["011-2", "014-4", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025), months apart"],
 ["006-3", "008-4", "'hundreds' killed (vague) against about 1,000, two weeks apart"],
 ["006-3", "014-4", "'hundreds' killed (vague, Dec 2024) against about 2,000 (Sep 2025)"],
 ["006-2", "010-4", "one captured (Dec 2024) against two captured (reported Feb 2025): a cumulative count, months apart"],
 ["006-2", "014-5", "one captured (Dec 2024) against two captured (reported Dec 2025): a cumulative count, months apart"],
]

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
