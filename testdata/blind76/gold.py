#!/usr/bin/env python3
"""Write gold.json for the blind76 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, earlier sets' articles or any crosscheck output).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "intelligence service",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
HUR = ["Budanov", "HUR", "Defense Intelligence", "Defence Intelligence", "military intelligence"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 1500, None, "about", NIS,
          "about 1,500 soldiers have already arrived in the Russian Far East", False)],
 "001": [("troops", "north_korea", 11000, None, "exact", ZEL,
          "there are now 11,000 North Korean soldiers in Russia's Kursk Oblast", False),
         ("troops", "north_korea", 10000, None, "about", ["Pentagon", "Singh", "US officials", "U.S.", "United States"],
          "the Pentagon said that about 10,000 North Korean troops had moved into Kursk Oblast", False),
         ("troops", "russia", 50000, None, "about", ["US officials", "U.S. officials", "United States", "Pentagon", "Washington"],
          "Russia has concentrated around 50,000 of its own troops in the area", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "between 10,000 and 12,000 North Korean troops are now in Russia", False),
         ("casualties", "ukraine", 31000, None, "more_than", ["Defense Ministry", "Defence Ministry", "Russia", "Moscow"],
          "Ukraine has lost more than 31,000 servicemen since the start of hostilities in the Kursk direction", False),
         ("casualties", "ukraine", 330, None, "up_to", ["Defense Ministry", "Defence Ministry", "Russia", "Moscow"],
          "Over the past 24 hours alone, Kiev's forces lost up to 330 troops in the area", True)],
 "003": [("killed", "north_korea", 100, None, "at_least", NIS,
          "At least 100 North Korean soldiers have been killed fighting Ukrainian forces", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 more have been wounded", False),
         ("casualties", "north_korea", 1100, None, "about", NIS,
          "Counting both the dead and the injured, the casualties are estimated at around 1,100", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "about 11,000 North Korean soldiers were dispatched to Russia in the autumn", False),
         ("killed", "north_korea", 1, None, "at_least", NIS,
          "confirmed the deaths of some officers, including at least one high-ranking commander", True)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "More than 3,000 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 100, None, "at_least", NIS,
          "at least 100 North Korean soldiers had died in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "close to 1,000 had been injured", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon", "U.S.", "United States"],
          "The Pentagon has put the size of the North Korean contingent in Russia at between 11,000 and 12,000", False)],
 "005": [("casualties", "north_korea", 3000, None, "about", NIS,
          "North Korean troops sent to Russia have suffered about 3,000 casualties", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "including some 300 deaths", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "The remaining casualties, about 2,700, are wounded soldiers", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Ukraine has captured two North Korean soldiers in the Kursk region", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL + ["Syrskyi"],
          "Nearly 4,000 North Korean troops have been killed or wounded in Russia's Kursk Oblast", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "It estimated some 300 North Koreans killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and 2,700 wounded as of mid-January", False),
         ("captured", "north_korea", 2, None, "exact", ["Security Service", "SBU", "Ukrain"] + ZEL,
          "the two soldiers captured in Kursk Oblast on Jan. 9 and Jan. 10", False)],
 "007": [("troops", "north_korea", 3000, None, "about", JCS,
          "North Korea sent roughly 3,000 additional soldiers to Russia in January and February", False),
         ("troops", "north_korea", 11000, None, "about", JCS,
          "the roughly 11,000 troops the North had dispatched last fall", False),
         ("casualties", "north_korea", 4000, None, "about", JCS,
          "about 4,000 of the North Koreans had been killed or wounded so far", False)],
 "008": [("casualties", "north_korea", 4700, None, "about", NIS,
          "It said around 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "about 600 of them are believed to have died", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent a total of about 15,000 soldiers to Russia", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "General Staff"],
          "Ukraine lost more than 76,000 troops killed and wounded in the region", False)],
 "009": [("troops", "north_korea", 15000, None, "about", NIS,
          "of the roughly fifteen thousand men Pyongyang has dispatched since the autumn of 2024", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "some six hundred have died in combat", False)],
 "010": [("killed", "north_korea", 2000, None, "about", NIS,
          "around 2,000 North Korean soldiers have been killed while fighting alongside Russian troops", False),
         ("casualties", "north_korea", 6000, None, "more_than", ["Ministry of Defence", "MoD", "UK Ministry", "U.K.", "British", "Britain"],
          "North Korean forces had suffered more than 6,000 casualties in Kursk", False)],
 "012": [("troops", "north_korea", 11000, None, "about", HUR,
          "Around 11,000 North Korean military personnel are still stationed in Russia's Kursk region", False),
         ("troops", "north_korea", 1000, None, "about", HUR,
          "roughly a thousand of the North Koreans in the region are sappers and deminers", False)],
}
NOT = {
 "000": ["a total of around 12,000 soldiers in four brigades (planned)", "some 10,000 soldiers being prepared to send (Zelensky, planned)",
         "four Russian navy transport ships", "Oct. 8 and 13", "Share 214", "2 inter-Korean roads (headline)",
         "3 aircraft carriers (headline)", "1.4 million youths (headline)", "1,980 yen", "30 days"],
 "001": ["60-mm mortars and 152-mm ammunition", "about 6,000 km from the front", "6 August", "1,487 views", "Comments: 38",
         "62 drones, 5 injured (headline)", "20 Mirage jets (headline)", "700,000 Ukrainians (headline)", "$3 a month",
         "214K subscribers"],
 "002": ["300km-range ATACMS", "192 tanks, 142 infantry fighting vehicles, 1,108 armored vehicles", "August 6",
         "more than 40% of the territory", "312 electoral votes (headline)", "44 drones over 6 regions (headline)",
         "98 to the dollar", "Share 1.2K", "Comments (476)"],
 "003": ["170-millimeter self-propelled guns, 240-millimeter rocket launchers", "Dec. 16", "Dec. 3", "five days",
         "204 votes (headline)", "1,450 per dollar (headline)", "15% (headline)", "2 New Year's Eve shows", "12 comments"],
 "004": ["€50 million", "38 of 72 Russian drones", "roughly 40% of the territory", "injures 6, 2 schools (headline)",
         "5 killed in Magdeburg (headline)", "1,000 days (headline)", "Facebook 87 | X 41", "03:12", "23.12.2024"],
 "005": ["born in 2005 and 1999", "since 2021 and 2016", "about 100 KN-23 missiles", "240-mm multiple rocket launchers",
         "6th para", "1st solo tour (headline)", "2nd attempt with 1,000 police officers (headline)", "1.5% (headline)",
         "Share 3", "Comments 0"],
 "006": ["a 26-year-old rifleman, aged 20", "two T-72 tanks and three BMP vehicles", "3 years", "2 min read", "Comments (64)",
         "2 oil depots, 1 fuel terminal (headline)", "74 drones, 2 missiles, 31 shot down (headline)", "15,000 members, 20,000",
         "$5/month"],
 "007": ["170 mm self-propelled guns, 240 mm rocket launchers", "$20 billion", "30-day ceasefire", "Share 1.1K",
         "at least 32 killed in storms (headline)", "16,000 probationary workers (headline)"],
 "008": ["eight months of fighting", "898,000 (headline)", "5,000-ton destroyer (headline)", "1.13 million travelers (headline)",
         "24 hours a day"],
 "009": ["1,000 deminers and 5,000 military builders (planned)", "6,000 deminers and builders (headline, planned)",
         "second trip in two weeks, third since March", "August 2024", "about 40% of the shells", "several billion dollars",
         "28 killed in Kyiv (headline)", "1,210 days (headline)", "€1.99", "10 must-read stories", "3 min read"],
 "010": ["about 6,000 more military engineers and builders (planned)", "$20bn (£15bn)", "80% of annual GDP",
         "at least 17 dead (headline)", "10,000 troops march in Beijing (headline)", "25 best new novels", "$15 per month",
         "312 comments"],
 "012": ["a further 5,000 military builders (planned)", "about 40% of artillery ammunition", "several dozen 170 mm Koksan guns",
         "personnel ≈ 1,181,660 (+1,040), tanks 11,378 (losses widget)", "138 drones, 97 shot down (headline)",
         "6,000 Ukrainian children (headline)", "1,942 views", "65K subscribers"],
}
OFF = ["011", "013"]
DUP = {"014": "005"}

goldlib.write(
    "Gold labels for the blind76 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-3", "004-1", "about 1,100 casualties (NIS) against more than 3,000 (Zelensky), four days apart"],
            ["005-1", "006-1", "about 3,000 casualties (NIS) against nearly 4,000 (Zelensky), three days apart"],
        ],
        "may": [
            ["001-1", "001-2", "11,000 in Kursk (Zelensky) against about 10,000 in Kursk (Pentagon, the day before): the bands only touch, and the force was growing"],
            ["007-1", "007-2", "about 3,000 additional against about 11,000 sent last fall: an additional force"],
        ],
    },
)
