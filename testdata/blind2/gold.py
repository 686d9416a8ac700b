#!/usr/bin/env python3
"""Write gold.json for the blind2 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
without reading the extractor or running it. Run: python3 gold.py > gold.json
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "Lee Seong-kweun", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]
ZEL = ["Zelensky", "Zelenskiy"]  # also matches "Zelenskyy"
DOD = ["Department of Defense", "Defense Department", "Pentagon", "U.S.", "US official", "United States"]
UKMOD = ["Ministry of Defence", "MoD", "Britain", "British", "UK", "United Kingdom"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, 12000, "range", NIS, "North Korea has sent an estimated 10,000-12,000 soldiers to Russia", False),
         ("troops", "north_korea", 8000, None, "about", ["U.S. officials", "US officials", "U.S.", "United States", "Washington"], "about 8,000 of the North Korean soldiers in Russia had moved into the Kursk area", False)],
 "001": [("casualties", "north_korea", 200, 900, "vague", DOD + ["senior official"], "numbering in the \"several hundred\"", True),
         ("troops", "north_korea", 11000, 12000, "range", DOD, "approximately 11,000 to 12,000 North Korean soldiers are now in Kursk", False),
         ("troops", "north_korea", 10000, None, "about", DOD, "the department had said about 10,000 had been sent to Russia for training", True)],
 "002": [("killed", "north_korea", 100, None, "at_least", NIS, "At least 100 North Korean soldiers sent to Russia have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS, "the number of wounded is nearing 1,000", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL, "More than three thousand North Korean soldiers, he says, have now been killed or wounded", False)],
 "004": [("casualties", "north_korea", 1100, None, "about", JCS, "about 1,100 North Korean soldiers dispatched to Russia have been killed or wounded", False)],
 "005": [("captured", "north_korea", 2, None, "exact", ["Ministry of Foreign Affairs", "MFA", "Ukrain", "Special Operations Forces"], "took prisoner two servicemen of the Korean People's Army", False),
         ("troops", "north_korea", 12000, None, "about", ["Defence Intelligence", "Ukrain", "Ministry of Foreign Affairs", "MFA"], "around 12,000 DPRK military personnel have been deployed", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS, "About 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS, "and 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS, "putting Pyongyang's losses at around 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Zelensk"], "two North Korean soldiers had been taken prisoner by Ukraine", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL, "Almost 4,000 North Korean troops have been killed or wounded", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["Kyiv", "Ukrain"], "a prisoner swap involving two captured soldiers", True),
         ("troops", "north_korea", 11000, None, "about", ["Kyiv", "Seoul", "Ukrain", "South Korea"], "Pyongyang deployed some 11,000 troops to Russia last year, according to Kyiv and Seoul", False),
         ("killed", "north_korea", 300, None, "about", NIS, "about 300 had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS, "and 2,700 wounded", False)],
 "008": [("troops", "north_korea", 11000, None, "exact", ["South Korean and Western intelligence", "intelligence agencies", "South Korea", "Western"], "Eleven thousand men, by the reckoning of South Korean and Western intelligence agencies, crossed into Russia", False),
         ("killed", "north_korea", 200, None, "about", ["special forces", "Ukrain"], "One Ukrainian special forces unit said it had killed about 200 North Korean soldiers", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["Syrskyi", "commander-in-chief", "Ukrain"], "North Korean losses had exceeded 4,000 killed and wounded", False),
         ("troops", "north_korea", 3000, None, "about", JCS, "Roughly 3,000 more arrived in January and February, South Korea's Joint Chiefs of Staff said", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"], "Ukraine has two North Korean prisoners, taken in January", True)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS, "Around 4,700 North Korean soldiers sent to Russia have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS, "including about 600 deaths", False),
         ("troops", "north_korea", 15000, None, "about", NIS, "Pyongyang had dispatched some 15,000 troops to Russia in total", False)],
 "010": [("casualties", "north_korea", 6000, None, "more_than", UKMOD, "North Korea has likely suffered more than 6,000 casualties", False),
         ("casualties", "russia", 950000, None, "about", UKMOD, "Russia itself has suffered around 950,000 casualties", False)],
 "011": [("troops", "north_korea", 11000, None, "about", ["Budanov", "HUR", "military intelligence", "Ukrain"], "about 11,000 North Korean soldiers remained in the Kursk region", False),
         ("troops", "north_korea", 15000, None, "about", NIS, "Pyongyang had sent some 15,000 troops in total", False),
         ("casualties", "north_korea", 4700, None, "about", NIS, "about 4,700 of them had been killed or wounded", False)],
}
NOT = {
 "000": ["Accept all (we and our 847 partners)", "Share 1,284", "170mm self-propelled howitzers", "240mm multiple rocket launchers",
         "more than 13,000 containers", "the 1950-53 Korean War", "since 2011",
         "7 short-range ballistic missiles (Related)", "2 killed, 11 injured as truck ploughs into market in Daegu (Related)",
         "62 of 90 Russian drones (Related)"],
 "001": ["2 free articles left", "about 86 minutes", "2% of gross domestic product in fiscal 2027", "¥8.5 trillion",
         "3-way summit (Related)", "Nikkei average falls 1.2%, 39,000 line (Related)", "2 short-range missiles (Related)",
         "Share 325", "Comments (12)", "¥1,980 a month"],
 "002": ["paras 4-7", "240-mm multiple rocket launchers", "exports rise 1.4 pct (Most read)", "2 fan concerts (Most read)",
         "1,450 per dollar ... 15 years (Most read)"],
 "003": ["SEGMENT 4 OF 9 (RUNTIME 3:48)", "on-screen graphic \"3,000+\" (repeats 003-1)", "119 million Americans",
         "full broadcast (22:14)", "Share 2.1K"],
 "004": ["11th Army Corps", "KN-23 short-range ballistic missiles", "Cheer 214 | Sad 37 | Angry 502 | Comments 96",
         "1,456.4, highest in 15 years (Popular)", "within 3 days (Popular)", "up to 5 cm (Popular)"],
 "005": ["9 January 2025", "born in 2005", "resolutions 1718 (2006), 1874 (2009) and 2270 (2016)", "12 August 1949",
         "+380 44 238 17 48", "Statement No. 012/25", "X (1.1M) | Facebook (412K) | Telegram (96K)"],
 "006": ["barely three months into the deployment", "aged between 20 and 30", "400 km behind the front line (Read next)",
         "15-year low (Read next)", "3 min read"],
 "007": ["around 1,300 square kilometres", "aged 20 and 26", "Eight dead in Russian strike on Zaporizhzhia (Read also)", "4 min read"],
 "008": ["31:05", "in seventy years", "tens of thousands of subscribers", "around 1,300 square kilometres",
         "3 to 4 kilometres in a week", "about 120 M1989 Koksan 170mm self-propelled guns", "240mm multiple rocket launchers",
         "$20bn", "roughly 70 per cent", "a 26-year-old rifleman", "who is 20, had joined the army at 17",
         "An army of 1.2 million men, the world's fourth-largest (size of the North's home army, not a deployment)",
         "2022, 2023 and 2024", "published in 2021", "4 issues for $29", "Join 180,000 readers", "Comments (143) | Share 4.6K"],
 "009": ["Article 4", "June 2024", "36.9 mil. foreign visitors (Related)", "210 buildings (Related)", "5% rise (Related)", "Share 96"],
 "010": ["February 2022", "4 injured in knife attack (Related)", "2 Ukrainian drones downed over Kursk region (Related)", "Share 642"],
 "011": ["1,000 sappers (planned)", "5,000 military construction workers (planned)",
         "6,000 military builders and deminers (headline; planned)", "second visit to Pyongyang in two weeks", "June 2024",
         "21% (Read next)", "17th sanctions package (Read next)"],
}
OFF = ["013", "014"]
DUP = {"012": "009"}

CONFLICTS = {
 "must": [
  ["003-1", "004-1", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), announced the same day"],
  ["006-3", "007-1", "about 3,000 casualties (NIS) against almost 4,000 (Zelensky), four days apart"],
  ["009-1", "010-1", "about 4,700 casualties (NIS) against more than 6,000 (UK Ministry of Defence), three days apart"],
 ],
 "may": [
  ["001-1", "003-1", "several hundred casualties (US official) against more than 3,000 (Zelensky), six days apart: a vague figure"],
  ["001-1", "004-1", "several hundred casualties against about 1,100 (JCS), six days apart: a vague figure"],
  ["008-1", "008-4", "11,000 sent in the autumn against roughly 3,000 more in January-February: an additional force"],
  ["011-1", "011-2", "about 11,000 still in Kursk (Budanov) against some 15,000 sent in total (NIS, in April): part against whole"],
 ],
}

goldlib.write(
    "Gold labels for the blind2 set in articles/ (written for crosscheck, not copied from news; labelled blind). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    CONFLICTS,
)
