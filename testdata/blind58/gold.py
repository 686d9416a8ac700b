#!/usr/bin/env python3
"""Write gold.json for the blind58 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Budanov", "HUR", "GUR", "Defence Intelligence", "Defense Intelligence", "military intelligence"]
RUMOD = ["Defence Ministry", "Defense Ministry", "Russian Defence", "Russian Defense", "MoD", "Russia", "Moscow"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 11000, None, "about", HUR,
          "Nearly 11,000 North Korean infantrymen are now undergoing training at ranges in Russia's Far East", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "Some 1,500 North Korean special forces troops, the agency said, were carried from the ports", False),
         ("troops", "north_korea", 2000, 9999, "vague", HUR,
          "Pyongyang has already moved thousands of soldiers onto Russian soil", True)],
 "001": [("troops", "north_korea", 10000, None, "about", ["Singh", "Pentagon"],
          "about 10,000 North Korean soldiers had been sent to eastern Russia for training", False),
         ("casualties", "ukraine", 26000, None, "more_than", RUMOD,
          "the Armed Forces of Ukraine have lost more than 26,000 servicemen, the ministry said", False)],
 "002": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "Eleven thousand soldiers from the DPRK are already in the Kursk region, he said", False),
         ("troops", "russia", 45000, None, "about", ["Syrskyi", "Syrsky", "Commander-in-Chief"],
          "Russia had gathered about 45,000 of its own troops against the Ukrainian bridgehead", False),
         ("troops", "north_korea", 500, None, "about", ["Severny Front", "war blogger", "Telegram", "pro-war"],
          "On the line near Sudzha there are maybe 500 of them", False)],
 "003": [("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "Kim"],
          "Nine of the sappers died while carrying out the mission, KCNA said", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "it estimated about 2,000 North Korean soldiers had been killed in Russia", False)],
 "005": [("casualties", "north_korea", 1100, None, "about", JCS,
          "North Korean troops deployed to Russia's Kursk region have suffered about 1,100 casualties", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "the spy agency said about 100 North Korean soldiers had been killed in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "The NIS put the wounded at nearly 1,000.", False)],
 "006": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False)],
 "007": [("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service", "Ukrain"],
          "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk Oblast", False)],
 "008": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korea's losses in the war against Ukraine have reached roughly 3,000 soldiers", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "about 300 were killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "two North Korean soldiers had been taken prisoner by Ukraine", False)],
 "009": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "have now lost almost 4,000 soldiers killed and wounded, according to Volodymyr Zelensky", False),
         ("casualties", "russia", 38000, None, "more_than", ["Syrskyi", "Syrsky", "commander"],
          "Russia had lost more than 38,000 troops killed, wounded and captured in the region since August", False),
         ("casualties", "ukraine", 48000, None, "more_than", RUMOD,
          "The Ukrainian army's losses in the Kursk direction, it said on Thursday, have risen to over 48,000 troops", False),
         ("casualties", "russia", 800000, None, "more_than", ["Defence Intelligence", "Britain", "British", "UK"],
          "put total Russian casualties in the war at more than 800,000 since February 2022", False),
         ("casualties", "russia", 1523, None, "exact", ["Defence Intelligence", "Britain", "British", "UK"],
          "with an average of 1,523 per day in December", True)],
 "011": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea dispatched roughly 3,000 additional soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "the initial contingent of about 11,000 troops that arrived in the autumn, the JCS said", False),
         ("casualties", "north_korea", 4700, None, "about", JCS,
          "North Korean forces had suffered about 4,700 casualties in the Kursk region", False)],
 "012": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "They have lost more than 4,000 people, killed and wounded.", False),
         ("casualties", "ukraine", 67000, None, "more_than", RUMOD,
          "Ukraine had lost more than 67,000 servicemen in the Kursk region since August 2024", False)],
 "013": [("killed", "north_korea", 600, None, "about", NIS,
          "around 600 North Korean soldiers have been killed in the fighting", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "the North's total casualties stand at about 4,700, killed and wounded", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "Pyongyang has sent some 15,000 troops to Russia altogether", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "claimed that Ukraine lost more than 76,000 troops killed and wounded there", False)],
}
NOT = {
 "000": ["a total of 12,000 soldiers in four brigades (planned)", "120mm mortars", "some 8,000 km from the front line",
         "1 November", "since 1950", "1,380 soldiers and 9 tanks (headline)", "3 killed, 12 injured (headline)",
         "155mm shells (headline)", "2,418 views", "Share counts 312 / 87 / 1.1K", "120,000 readers", "2015-2024"],
 "001": ["168 tanks, 119 infantry fighting vehicles and 1,150 armoured combat vehicles", "some 20 km from the border",
         "35% of world GDP (headline)", "41 Ukrainian drones (headline)", "key rate 21% (headline)",
         "USD 96.99 / EUR 104.84 / CNY 13.58", "+6°C", "certificate No. 03247, 1999"],
 "002": ["170mm Koksan, 240mm rocket launchers", "millions of artillery shells", "not tens of thousands (a denial, no figure)",
         "380,000 subscribers", "$5 a month", "1,780 soldiers in past day (headline)", "11 injured (headline)",
         "4.7% growth (headline)", "Comments (96)"],
 "003": ["120 days", "1.5 million explosive objects", "450 hectares",
         "1,000 deminers and 5,000 military construction workers (planned, restated)", "autumn of 2024",
         "2.1 million questions (headline)", "79 to the dollar (headline)", "38 cm, 1966 (headline)", "18+"],
 "005": ["170 mm self-propelled guns, 240 mm rocket launchers", "additional troops (planned, no figure)",
         "Dec. 27 (headline)", "1,450 against dollar, 15 years (headline)", "Share: 1,204", "Comments 37"],
 "006": ["about 1,300 square kilometers", "Aug. 6", "almost three times (ratio)", "1,033 days", "$5 a month",
         "103 drones, 75 shot down (headline)", "1 killed, 8 injured (headline)",
         "774,830 troops since Feb. 24, 2022 (other story's headline)", "Share: 2.7K", "Comments 142"],
 "007": ["born in 2005 / 1999, served since 2021", "210,000 subscribers", "1,630 soldiers in one day (headline)",
         "2 killed, 4 injured (headline)", "25 prisoners each (headline)", "Comments (218)"],
 "008": ["$2,000 a month per soldier", "January 11", "42.15 (exchange rate headline)", "20 Russian assaults (headline)",
         "-12°C", "Share 386"],
 "009": ["1,100 pieces of equipment, 54 tanks, 129 armoured vehicles, 250 artillery systems",
         "280 tanks, more than 1,400 artillery pieces", "groups of 10 to 15 men (tactics)", "$7.99/month",
         "18 more F-16s (headline)", "12 hurt (headline)", "4 days to go (headline)", "Comments (61)", "Share 1.3K"],
 "011": ["220 170mm self-propelled guns and 240mm rocket launchers", "several weeks", "1,390 glide bombs (headline)",
         "1,250 soldiers, 14 artillery systems (headline)", "12 hours of talks (headline)", "1,072 views",
         "share counts 156 / 44 / 702"],
 "012": ["near 2 villages", "March 30", "6 F-16s (headline)", "19 drones, 2 injured (headline)",
         "97K subscribers", "100 ₴", "more artillery crews (planned, no figure)"],
 "013": ["April 26", "additional forces (planned, no figure)", "$5 a month", "170 drones, 5 missiles, 2 killed (headline)",
         "50% of revenues (headline)", "1,170 days (headline)", "Share: 1.9K", "Comments 88"],
}
OFF = ["004", "014"]
DUP = {"010": "006"}

goldlib.write(
    "Gold labels for the blind58 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["005-1", "006-1", "about 1,100 casualties (South Korea's JCS) against more than 3,000 (Zelensky), the same day"],
            ["008-1", "009-1", "roughly 3,000 casualties (NIS) against almost 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["000-1", "000-2", "nearly 11,000 in training (HUR) against a first shipment of some 1,500 (NIS) of a planned 12,000: a first wave against the whole"],
            ["011-1", "011-2", "roughly 3,000 additional against an initial contingent of about 11,000: an additional force"],
        ],
    },
)
