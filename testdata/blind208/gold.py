#!/usr/bin/env python3
"""Write gold.json for the blind208 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["HUR", "military intelligence", "Defense Intelligence", "Budanov", "Ukrain"]
SSO = ["Special Operations Forces", "SSO", "Ukrain"]
UA = ["SBU", "Security Service", "General Staff", "Ukrain", "Zelensky", "Zelenskyy"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "That group, roughly 1,500 special operations soldiers, is now at military facilities in the Russian Far East", False)],
 "001": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Singh", "Defense", "U.S."],
          "North Korea has sent about 10,000 soldiers to train in eastern Russia", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "about 3,000 North Korean soldiers had arrived in Russia so far", False),
         ("troops", "north_korea", 12000, None, "about", HUR,
          "Some 12,000 North Koreans, including 500 officers and three generals, are training at five sites in Russia's Far East", False),
         ("troops", "north_korea", 500, None, "exact", HUR,
          "including 500 officers", True),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "and three generals", True)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "Between 10,000 and 12,000 North Korean soldiers are now stationed in Russia", False),
         ("troops", "north_korea", 12000, None, "up_to", NIS,
          "NIS: up to 12K North Korean troops now in Russia (headline)", True)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least a hundred North Korean soldiers have been killed in combat against Ukrainian forces", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "Nearly 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "The combined toll of roughly 1,100 dead and injured", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "Among the dead was at least one high-ranking officer", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean soldiers killed and wounded in Kursk region already exceeds 3,000", False)],
 "006": [("killed", "north_korea", 300, None, "about", NIS,
          "Around 300 North Korean soldiers have been killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS + ["South Korean intelligence"],
          "North Korea's casualties in its first months of fighting for Russia have climbed to about 3,000", False),
         ("captured", "north_korea", 2, None, "exact", UA,
          "Ukrainian forces had taken two North Korean soldiers prisoner in the Kursk region", False)],
 "007": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "North Korean forces in Russia's Kursk region have lost nearly 4,000 men killed and wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "The NIS put the North's losses at about 3,000 earlier this week", False),
         ("killed", "north_korea", 21, None, "exact", SSO,
          "its operators had killed 21 North Korean soldiers", False),
         ("wounded", "north_korea", 40, None, "exact", SSO,
          "and wounded 40 over three days of fighting near Makhnovka", False),
         ("captured", "north_korea", 2, None, "exact", UA,
          "The two North Korean prisoners captured on Jan. 11 remain in Ukrainian custody, the SBU said", False)],
 "008": [("casualties", "ukraine", 67000, None, "more_than", ["Defense Ministry", "ministry", "Russia", "Moscow"],
          "the enemy has lost more than 67,000 servicemen killed and wounded in this area", False),
         ("troops", "north_korea", 11000, None, "about", ["Western", "Ukrainian media"],
          "some eleven thousand soldiers from the DPRK were sent to the Kursk Region last autumn", False)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "Roughly 600 of them died, according to the NIS", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "the North had sent about 15,000 troops to Russia in total", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "That total includes some 3,000 reinforcements that arrived in January and February", False),
         ("captured", "north_korea", 2, None, "exact", UA,
          "The Ukrainian General Staff has said it is holding two North Korean prisoners of war", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", HUR,
          "more than 4,000 of them have been killed or wounded since they arrived", False),
         ("troops", "russia", 63000, None, "about", ["Syrskyi", "Commander-in-Chief", "Ukrain"],
          "Russia keeps a grouping of about 63,000 troops in the Kursk and Belgorod directions", False),
         ("casualties", "north_korea", 4700, None, "exact", NIS,
          "South Korea's National Intelligence Service estimated the North's casualties at 4,700", False),
         ("killed", "north_korea", 600, None, "exact", NIS,
          "including 600 dead", False)],
 "011": [("troops", "north_korea", 15000, None, "about", NIS,
          "By its count, some 15,000 North Korean soldiers have been sent to Russia", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "of whom about 4,700 have been killed or wounded", False)],
 "014": [("killed", "north_korea", 2000, None, "about", NIS,
          "about 2,000 North Korean soldiers had been killed", False),
         ("casualties", "north_korea", 6000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "UK", "British"],
          "the North had suffered more than 6,000 casualties in total", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "| Troops sent to Russia | about 15,000 | South Korea's NIS, April 2025 |", False),
         ("captured", "north_korea", 2, None, "exact", UA,
          "| Taken prisoner by Ukraine | 2 | Ukraine's SBU, January 2025 |", False),
         ("troops", "north_korea", 1000, None, "about", NIS,
          "with about 1,000 deminers among the first to deploy", True)],
}
NOT = {
 "000": ["a total of 12,000 troops in four brigades (planned)", "Oct. 8 and 13", "1950-53", "11th Corps",
         "11-day drill, 110 aircraft (headline)", "10 m wide (headline)", "2,593.82, 0.3 pct", "9.1 tln won",
         "Share 1,204", "14px", "since 2023"],
 "001": ["about 28,500 US troops in South Korea (not a subject)", "five sites", "6% (headline)",
         "$19 billion (headline)", "215 of 465 seats (headline)", "$1/week", "since August"],
 "002": ["more than 13,000 containers", "170-millimeter self-propelled guns", "240-millimeter multiple rocket launchers",
         "34th straight week (headline)", "1.2 billion won (headline)", "500,000 copies (headline)", "Comments (57)",
         "since August last year"],
 "003": ["240-mm multiple rocket launchers", "dozens of rounds", "Koksan 170-mm, about 40 to 60 km (fact box)",
         "about 7,000 km (fact box)", "October 2024", "43rd year, 14.01 million (headline)", "157, 0.25% (headline)",
         "38,813, 0.7% (headline)", "X 212 | Facebook 98 | LINE 41"],
 "004": ["August 6", "€650 million", "193 combat engagements", "7 missiles, 2 injured (headline)",
         "12 children (headline)", "Russian losses exceed 773,000 (headline)", "210K subscribers"],
 "006": ["one soldier shot dead (anecdote, not a count)", "born in 2005", "aged 26", "about 1,000 square kilometres",
         "roughly half of that", "24 dead, 16 missing (headline)", "€50 billion (headline)", "2-1", "4 partners and 3 purposes",
         "13/01/2025 - 12:10"],
 "007": ["12,530 views", "4 min read", "two T-72 tanks and five armoured vehicles", "about 1.5 kilometres wide",
         "five years", "8,400 readers, $5 a month", "74 drones, 3 regions (headline)", "3.6% (headline)",
         "six months (headline)", "Comments (96)", "Jan. 11"],
 "008": ["over 400 tanks", "about 2,000 homes", "65,000 rubles", "126 drones, 64 over the Kursk Region",
         "3,287 points, 1.8% (headline)", "56 mln hectares (headline)", "August 2024"],
 "009": ["1,422 per dollar (headline)", "25 million users (headline)", "8th straight month (headline)",
         "1,132 shares", "6 a.m."],
 "010": ["122-mm and 152-mm shells", "about half of the artillery ammunition", "9 drones, 47 people injured (headline)",
         "390 prisoners, 1000-for-1000 (headline)", "30 days (headline)", "Facebook 2.4K | Telegram 890 | X 311"],
 "011": ["1,000 deminers and 5,000 military builders (planned)", "6,000 builders and deminers (headline, planned)",
         "thousands of military engineers (planned)", "second visit in two weeks", "around 40% of the artillery rounds",
         "more than 100 billion rubles ($1.3 billion)", "about 150,000 residents fled (civilians)", "June 4",
         "220 in Iran, 24 in Israel (headline)", "60,000 more soldiers (headline, Germany)", "Share: 318"],
 "014": ["6,000 engineers and builders pledged (planned, table and prose)", "a further 5,000 construction troops (planned)",
         "about 12 million artillery shells (table)", "at least $20 billion, roughly 80% of GDP",
         "8.8 trillion yen ($57 billion)", "fiscal 2026", "Fourteen months", "80th anniversary",
         "more than three times its April estimate", "2 ballistic missiles (headline)", "11 years (headline)",
         "$1.5bn (headline)", "5 of 10 gifts", "78 comments"],
}
OFF = ["012", "013"]
DUP = {"005": "004"}

goldlib.write(
    "Gold labels for the blind208 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
            ["006-3", "007-1", "about 3,000 casualties (NIS, Jan 13) against nearly 4,000 (Zelensky, Jan 17), four days apart"],
        ],
        "may": [
            ["001-1", "001-3", "about 10,000 (Pentagon) against some 12,000 (HUR), same day: the about-bands touch"],
            ["001-1", "001-2", "about 10,000 (Pentagon) against about 3,000 (NIS, the previous week's count of a growing deployment)"],
            ["001-2", "001-3", "about 3,000 (NIS, the previous week's count) against some 12,000 (HUR)"],
            ["007-1", "007-2", "nearly 4,000 (Zelensky) against the NIS's about 3,000 restated in the same article; the must pair is 006-3~007-1"],
            ["009-3", "009-4", "about 15,000 in total against some 3,000 reinforcements: a part of the total"],
            ["014-3", "014-5", "about 15,000 combat troops (April) against about 1,000 deminers (December): a different deployment"],
        ],
    },
)
