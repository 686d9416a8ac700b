#!/usr/bin/env python3
"""Write gold.json for the blind191 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "Park Sun-won", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
PENTAGON = ["Pentagon", "Singh", "U.S.", "Washington", "Defense"]
UKMOD = ["Ministry of Defence", "MoD", "UK", "British", "London"]
KCNA = ["Kim Jong Un", "Kim", "KCNA", "Korean Central News Agency", "state media", "North Korea", "Pyongyang"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", PENTAGON,
          "North Korea has moved roughly 10,000 soldiers into eastern Russia for training", False),
         ("troops", "north_korea", 3000, None, "about", ["U.S. officials", "US officials", "U.S.", "Washington"],
          "up from an estimate of about 3,000 given by U.S. officials only a week earlier", False),
         ("troops", "north_korea", 1500, None, "about", NIS,
          "a first group of about 1,500 special forces soldiers had been shipped from the North's east coast to Vladivostok", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "There are already 11,000 soldiers from North Korea in the Kursk region", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "North Korea has shipped between 10,000 and 12,000 soldiers to Russia", False),
         ("troops", "north_korea", 11000, None, "exact", ZEL,
          "Zelensky said last week that 11,000 North Korean troops were in Kursk", False),
         ("troops", "north_korea", 12000, None, "up_to", NIS,
          "Up to 12K North Korean troops in Russia (headline)", True)],
 "003": [("killed", "north_korea", 100, None, "about", NIS,
          "About 100 North Korean soldiers deployed to Russia have been killed in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 others have been wounded", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "Dispatched since October : about 11,000", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Total casualties : about 1,100", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "North Korean losses in Russia's Kursk Oblast have already passed 3,000 soldiers killed and wounded", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "about 100 North Korean soldiers had been killed since they joined the fighting in December", False)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "The National Intelligence Service put the North's total casualties at about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "Ukrainian forces had captured two North Korean soldiers on Saturday", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "Nearly 4,000 North Korean soldiers have now been killed or wounded in Russia's Kursk region", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Ukrain"],
          "the two North Korean soldiers captured on 11 January", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon has put the size of the North Korean contingent at 11,000 to 12,000 troops", False)],
 "007": [("troops", "north_korea", 11000, None, "about", NIS,
          "The first contingent was put at roughly 11,000 soldiers by the NIS last autumn", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "Pyongyang has since sent about 3,000 more troops as reinforcements", False),
         ("troops", "north_korea", 1000, None, "about", ["Special Operations Forces", "Ukrain", "officer"],
          "his unit had faced two North Korean battalions, about 1,000 men in total", False),
         ("killed", "russia", 90000, None, "more_than", ["Mediazona", "BBC"],
          "confirmed the names of more than 90,000 Russian soldiers killed since February 2022", False)],
 "009": [("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
          "the Ukrainian armed forces lost over 76,000 servicemen killed and wounded in the region", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "North Korea has lost around 4,700 soldiers killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 dead", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North has deployed about 15,000 troops to Russia in total. That figure, too, came from the agency", False)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "Of the roughly 15,000 soldiers Pyongyang is believed to have sent to Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "around 4,700 were killed or wounded, according to the latest estimate by South Korea's National Intelligence Service", False),
         ("casualties", "russia", 1000000, None, "about", UKMOD,
          "Russia has suffered around 1 million killed and wounded since February 2022", False),
         ("casualties", "russia", 30000, None, "about", UKMOD,
          "including some 30,000 in May alone", False)],
 "013": [("killed", "north_korea", 9, None, "exact", KCNA,
          "said nine of them had been killed during the mission, state media reported", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed fighting for Russia", False)],
}
NOT = {
 "000": ["as many as 12,000 troops in four brigades (planned)", "some 28,500 U.S. troops (not a subject)", "1953",
         "155mm artillery shells", "7:10 PM UTC, 2 hours ago", "Oil prices slump 6% (headline)",
         "$25 billion (headline)", "up to $400,000 (sponsored)"],
 "001": ["ATACMS range of up to 300 kilometers", "personnel about 709,240 (+1,230) (General Staff widget)",
         "9,125 tanks, 18,440 armoured vehicles, 20,102 artillery systems (widget)",
         "12 guided bombs, 5 injured (headline)", "2025 grant worth $100 million (headline)", "2341 views",
         "45K subscribers"],
 "002": ["170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
         "KOSPI 2,531.66, down 1.15 percent", "50,000 won (headline)", "2.6 million copies (headline)",
         "0.1% for 33rd straight week (headline)"],
 "003": ["240-mm rocket launchers, 170-mm self-propelled guns", "around 10 km behind the front", "Dec. 4",
         "7 short-range ballistic missiles (headline)", "1.4 pct in first 20 days (headline)",
         "Over 2,000 flights cancelled (headline)"],
 "004": ["7 missiles and 59 drones, 40 downed (headline)", "1,284 people have already joined",
         "1 killed, 9 injured (headline)", "-12°C"],
 "005": ["aged 20 and 26", "Jan. 16 for two days", "8.7 trillion yen (headline)", "1,100 km flight (headline)",
         "36 million visitors (headline)", "3 free articles"],
 "006": ["1.9K shares", "Comments 214", "3 min read", "August 2024", "several hundred square kilometres",
         "16th package", "27 January", "$150 million (headline)", "80,000 homes (headline)", "723 partners",
         "5 stories"],
 "007": ["5 euros a month", "6 min read", "February 2022", "200 days (headline)", "2 million rubles (headline)",
         "50 wounded a night (headline)", "120,000 readers"],
 "009": ["more than 7,000 pieces of weaponry and equipment", "June 2024", "April 26",
         "115 Ukrainian drones (headline)", "29 foreign leaders, May 9 (headline)", "300K"],
 "010": ["about $20 billion since 2023", "28% (headline)", "100 million streams in 9 days (headline)",
         "60,000 won per 20 kg (headline)", "16:50:12"],
 "011": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 in the headline (planned)",
         "second time in two weeks", "June 4", "more than 20,000 containers of munitions",
         "3 questions (headline)", "33 million tonnes, up 25% (headline)", "€1", "Reading time 2 min"],
 "013": ["about 120 days", "1,000 deminers and 5,000 military construction workers (planned, restated)",
         "nearly four years", "65% approval (headline)", "18 crew detained (headline)",
         "$1.1 billion (headline)", "5 things"],
}
OFF = ["008", "012"]
DUP = {"014": "013"}

goldlib.write(
    "Gold labels for the blind191 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-4", "004-1", "about 1,100 casualties (NIS fact box) against more than 3,000 (Zelensky), four days apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["000-1", "000-2", "about 10,000 (Pentagon) against the superseded U.S. estimate of about 3,000 a week earlier"],
            ["000-1", "000-3", "about 10,000 in all against a first group of about 1,500 (NIS, ten days earlier): part of the whole"],
            ["000-1", "001-1", "about 10,000 in Russia (Pentagon) against 11,000 in Kursk (Zelensky): eight days apart, and Kursk is a part of Russia"],
            ["007-1", "007-2", "about 11,000 first contingent against about 3,000 more: an additional force"],
        ],
    },
)
