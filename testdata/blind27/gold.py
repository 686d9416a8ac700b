#!/usr/bin/env python3
"""Write gold.json for the blind27 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "Park Sun-won", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Budanov", "HUR", "GUR", "military intelligence"]
PENT = ["Pentagon", "Singh", "Washington", "U.S."]
RUMOD = ["Defense Ministry", "Defence Ministry", "Ministry of Defense", "Russia"]
SSO = ["Special Operations Forces", "SSO"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 11000, None, "about", HUR,
          "roughly 11,000 North Korean infantrymen have been undergoing training", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "Among them, Budanov told the Ukrainian outlet The War Zone in a short interview, are around 500 officers", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "and three generals of the Korean People's Army", True)],
 "001": [("troops", "north_korea", 10000, None, "about", PENT,
          "Pyongyang had dispatched some 10,000 soldiers to Russia's east for training", False),
         ("casualties", "ukraine", 28600, None, "more_than", RUMOD,
          "the enemy has lost more than 28,600 servicemen", False),
         ("casualties", "ukraine", 300, None, "up_to", RUMOD,
          "Ukraine lost up to 300 servicemen in the area", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "11,000 of them are in the Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", PENT,
          "Washington had said a week earlier that about 10,000 troops had been sent to Russia as a whole", False),
         ("troops", "russia", 50000, None, "about", ["analysts", "Ukrainian commanders"],
          "Russia's own force in the region has grown to about 50,000 troops", False)],
 "003": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "North Korea has sent between 10,000 and 12,000 soldiers to Russia", False)],
 "004": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Nearly 1,000 more have been wounded, lawmaker Lee Seong-kweun told reporters", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Put together, North Korean losses stand at about 1,100, the NIS believes", False),
         ("casualties", "north_korea", 30, None, "at_least", HUR + ["Ukrain"],
          "North Korean units had suffered at least 30 killed and wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "between 11,000 and 12,000 North Korean soldiers are in the Kursk region", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon"],
          "up from the \"about 10,000\" it cited in late October", True)],
 "005": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of killed and wounded North Korean soldiers in the Kursk region already exceeds 3,000", False)],
 "007": [("captured", "north_korea", 2, None, "exact", ZEL + ["Ukrain"],
          "Ukrainian forces have taken two North Korean soldiers prisoner", False)],
 "008": [("killed", "north_korea", 300, None, "about", NIS,
          "roughly 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and about 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "That is about 3,000 casualties altogether", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "The NIS also confirmed that Ukraine had captured two North Korean soldiers", False)],
 "009": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean units have already lost nearly 4,000 people killed and wounded", False),
         ("killed", "north_korea", 14, None, "exact", SSO,
          "its operators had killed 14 North Korean soldiers", False),
         ("wounded", "north_korea", 9, None, "exact", SSO,
          "and wounded 9 more in a single clash", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain", "Security Service", "SBU"],
          "One of the two North Korean soldiers captured by Ukraine", True)],
 "010": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "claimed that Ukraine's losses in the Kursk region exceeded 76,000 servicemen killed and wounded", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "About 15,000 North Korean soldiers have been sent to Russia in total", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "including some 3,000 reinforcements who arrived in January and February", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "roughly 4,700 have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "among them about 600 dead", False)],
 "011": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "North Korea has lost more than 4,000 soldiers killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "South Korea's spy agency put the figure at around 4,700 on Wednesday", False),
         ("troops", "north_korea", 2000, 9000, "vague", HUR,
          "A few thousand remain near the border as a reserve", True)],
 "012": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Kim", "North Korea", "Pyongyang"],
          "Nine of the regiment's soldiers were killed during the mission, KCNA said", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed", False),
         ("casualties", "north_korea", 6000, None, "more_than", ["Defence Ministry", "U.K.", "UK", "MoD"],
          "Pyongyang's casualties were \"likely over 6,000.\"", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Ukraine says it still holds the two North Korean soldiers captured in January", False)],
}
NOT = {
 "000": ["first 2,600 soldiers expected at the front by Nov. 1 (planned)", "7.62 mm", "up to 300 kilometers",
         "several hundred square kilometers", "1,000 days", "15,000 members, $5 a month", "1,270 troops (headline)",
         "3 killed (headline)", "over 80% (headline)", "6 years (bio)", "Share 2.1K", "Comments 87"],
 "001": ["178 tanks, 118 infantry fighting vehicles, 1,009 artillery pieces", "four armored combat vehicles",
         "155-mm howitzer", "12:15", "21% key rate (headline)", "over 1,500 evacuated (headline)", "1.2 mln subscribers"],
 "002": ["8.6% inflation", "98 to the dollar", "5.5 years (headline)", "13.5 trillion rubles (headline)",
         "112,000 residents displaced (headline)", "since 1992", "€1", "Comments (34)"],
 "003": ["170 mm self-propelled guns, 240 mm rocket launchers", "312 evening news bulletins", "480,000 subscribers",
         "roughly 600 square kilometres", "19-year-old conscript (headline)", "6.3% of GDP (headline)",
         "40 years (headline)", "Telegram 1.4K"],
 "004": ["villages on Dec. 14-15", "10-12 more Patriot systems (headline)",
         "771,290 troops, 9,500 tanks, 20,916 artillery (daily widget)", "13,000 people, $5 a month", "Share 3.4K",
         "Comments 152"],
 "005": ["11 assaults", "42 guided aerial bombs", "78 missiles and 106 drones (headline)", "1 billion euros (headline)",
         "6 injured (headline)", "120K subscribers", "Views: 18,407"],
 "007": ["born in 2005 / 1999, served since 2021 / 2016", "100, 200 or 500 UAH", "13 killed, 30 injured (headline)",
         "25 defenders (headline)", "42.1 per dollar (headline)"],
 "008": ["a threefold rise", "2 million followers (headline)", "40% (headline)", "17% (headline)", "€5", "3 minutes"],
 "009": ["2-minute-40-second clip", "about 40 minutes", "2 square kilometers", "43 missiles, 74 drones (headline)",
         "10 months, 2 tanks, 1 brigade (headline)", "3% GDP (headline)", "Share 5.8K", "Comments 311"],
 "010": ["six months", "more than $20 billion", "72-year-old, 6 years, 500 rubles (headline)",
         "around 650,000 people left Russia (headline)", "Tu-95 70 years (headline)", "3 stories a day, 365 days", "€5"],
 "011": ["4.7% of GDP", "about 200,000 Polish soldiers, 300,000 by 2035", "180 K2 tanks and 212 K9 howitzers",
         "140 drones (headline)", "80 years (headline)", "12% (headline)", "857 partners", "4:12", "Share: 312",
         "Comments 19"],
 "012": ["120 days", "1,000 deminers and 5,000 military construction workers (planned)", "5 km (headline)",
         "1,400 days (headline)", "20 drones, 2 ships (headline)", "over 17,000 people, $5 a month", "Share 1.9K",
         "Comments 64"],
}
OFF = ["013", "014"]
DUP = {"006": "005"}

goldlib.write(
    "Gold labels for the blind27 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["004-3", "005-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["008-3", "009-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), two days apart"],
        ],
        "may": [
            ["001-1", "002-1", "about 10,000 sent to Russia (Pentagon) against 11,000 in Kursk alone (Zelensky): the bands touch, but Kursk is a part of Russia"],
            ["002-1", "002-2", "11,000 in Kursk (Zelensky) against about 10,000 in Russia (Washington, restated): the bands touch"],
        ],
    },
)
