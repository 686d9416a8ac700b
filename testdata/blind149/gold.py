#!/usr/bin/env python3
"""Write gold.json for the blind149 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, the feed code or any crosscheck output on this set).
Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "intelligence agency",
       "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy"]
HUR = ["Budanov", "Defence Intelligence", "HUR", "military intelligence"]
SSO = ["Special Operations Forces", "SSO"]
RUMOD = ["Defense Ministry", "Defence Ministry", "Ministry of Defense", "MoD", "Russia"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 11000, None, "about", HUR,
          "The force now numbers about 11,000 men, Kyrylo Budanov said", False),
         ("troops", "north_korea", 500, None, "about", HUR,
          "the contingent includes some 500 officers", False),
         ("troops", "north_korea", 3, None, "exact", HUR,
          "and three generals of the Korean People's Army", True)],
 "001": [("troops", "north_korea", 10000, None, "about", ["Pentagon", "Singh", "U.S.", "US", "Defense"],
          "North Korea has sent about 10,000 soldiers to train in eastern Russia", False),
         ("troops", "north_korea", 3000, None, "at_least", ["Austin", "Defense Secretary", "U.S.", "US"],
          "the U.S. had evidence that at least 3,000 North Korean troops had gone to Russia", False)],
 "002": [("troops", "north_korea", 10000, 12000, "range", NIS,
          "North Korea has sent between 10,000 and 12,000 soldiers to Russia", False)],
 "003": [("casualties", "north_korea", 1100, None, "about", JCS,
          "About 1,100 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "about 100 North Korean soldiers had died in combat", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 had been injured", False)],
 "004": [("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
          "North Korean losses in the Kursk region have passed 3,000 killed and wounded", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon believes North Korea has sent between 11,000 and 12,000 soldiers to the region", False),
         ("killed", "ukraine", 2, None, "exact", ["Prokudin", "governor", "Kherson"],
          "a Russian guided bomb killed two people", True),
         ("wounded", "ukraine", 5, None, "exact", ["Prokudin", "governor", "Kherson"],
          "and injured five in Kherson's Dniprovskyi district", True)],
 "005": [("killed", "north_korea", 300, None, "about", NIS,
          "By the agency's count, around 300 of them have died", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 have been wounded", False),
         ("casualties", "north_korea", 3000, None, "about", NIS,
          "bringing the North's casualties to roughly 3,000", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ZEL + ["Ukrain"],
          "Ukrainian forces captured two North Korean soldiers in the Kursk region on Saturday", False),
         ("troops", "north_korea", 11000, None, "about", NIS + ["Tokyo", "Japan", "estimate"],
          "North Korea is estimated to have dispatched about 11,000 troops to Russia last autumn", False)],
 "006": [("casualties", "north_korea", 4000, None, "about", ZEL,
          "The losses are already almost 4 thousand killed and wounded, President Volodymyr Zelensky said", False),
         ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU", "Security Service"],
          "the two North Korean soldiers captured this month", False),
         ("killed", "north_korea", 27, None, "exact", SSO,
          "their operators killed 27 North Korean soldiers", False),
         ("wounded", "north_korea", 39, None, "exact", SSO,
          "and wounded 39", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "South Korea's intelligence service said this week that about 300 North Koreans have been killed", False)],
 "008": [("troops", "north_korea", 3000, None, "about", NIS,
          "North Korea has shipped some 3,000 additional soldiers to Russia since January", False),
         ("troops", "north_korea", 11000, None, "about", NIS,
          "on top of the roughly 11,000 it deployed last fall", False)],
 "009": [("casualties", "ukraine", 67000, None, "more_than", RUMOD,
          "the Ukrainian Armed Forces have lost more than 67,000 servicemen", False),
         ("casualties", "ukraine", 190, None, "up_to", RUMOD,
          "Over the past day, the enemy lost up to 190 servicemen", False)],
 "010": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including roughly 600 dead, South Korea's spy agency said", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has deployed about 15,000 troops to Russia in total, lawmaker Lee Seong-kweun told reporters", False),
         ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Russia", "general staff"],
          "He said Ukraine had lost more than 76,000 troops killed and wounded there", False)],
 "011": [("troops", "north_korea", 11000, None, "about", NIS + ["believed", "intelligence"],
          "North Korea is believed to have sent some eleven thousand combat troops to Kursk last autumn", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "South Korean intelligence estimated in April that about 600 of them had been killed", False)],
 "014": [("killed", "north_korea", 9, None, "exact", ["KCNA", "state media", "North Korea", "Pyongyang", "Kim"],
          "mourned nine of its men who were killed there, state media said", False),
         ("killed", "north_korea", 2000, None, "about", NIS,
          "South Korea's National Intelligence Service told lawmakers that about 2,000 North Korean soldiers had been killed", False),
         ("casualties", "north_korea", 6000, None, "more_than", ["Ministry of Defence", "MoD", "Britain", "UK"],
          "Britain's Ministry of Defence said earlier in the summer that North Korean casualties in Kursk had passed 6,000", False),
         ("troops", "north_korea", 10000, 12000, "range", NIS,
          "Troops first deployed (NIS, Nov 2024): 10,000-12,000", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "Reinforcements (NIS, Feb 2025): about 3,000", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "Killed and wounded (NIS, Apr 2025): about 4,700", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "incl. about 600 killed", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Prisoners held by Ukraine: 2, captured in January 2025", False)],
}
NOT = {
 "000": ["five ranges", "1 November", "more than 6,000 kilometres", "122mm and 152mm shells, millions", "since 2023",
         "Russia loses 1,270 troops (Read also headline)", "Seven drones (headline)",
         "Personnel ~ 682,340 (+1,270), tanks, artillery (sidebar widget)", "Share 1.2K", "8,431 views", "150K subscribers"],
 "001": ["about 28,500 U.S. troops in South Korea (not a subject)", "$425 million", "12K North Korean troops (other story's headline)",
         "at least 4 killed (headline)", "9 cents, $3.07", "61°", "Hawks 28, Central 21", "$1 for 3 months",
         "Comments (47), Share 312"],
 "002": ["170 mm self-propelled guns, 240 mm rocket launchers", "about 40 kilometers", "paras 5-7",
         "7 short-range ballistic missiles (headline)", "6 tracks", "1,406 per dollar, 2 years"],
 "003": ["'hundreds' of casualties (related headline)", "0.74", "1,450 per dollar", "3.2%", "10% of overseas staff", "Share 57"],
 "004": ["€1.5 billion", "12 charts (headline)", "January 1", "812 partners", "2 editions a day", "09:58, 10:42, 11:30"],
 "005": ["Jan. 6 missile launch", "1,500 km", "700,000 births", "1.3 trillion yen", "Share: 46"],
 "006": ["817,190 (+1,830), tanks 9,772, artillery 21,871 (sidebar widget)", "2 killed, 13 injured (headline)",
         "14.5%", "20 more F-16 pilots (headline)", "100 UAH", "Comments 23", "three days"],
 "008": ["170-millimeter howitzers, 240-millimeter rocket launchers", "more than 200 long-range guns",
         "300 killed, 2,700 wounded (related headline)", "600,000 won", "1.1%", "5 days a week", "Share 88"],
 "009": ["over 380 tanks and 310 infantry fighting vehicles", "two tanks and 11 motor vehicles", "12 settlements",
         "more than 100 square kilometers", "five days", "77 drones (headline)", "4.1%"],
 "010": ["GMT+9", "2,556.61, 0.2%", "1 email a day"],
 "011": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 deminers and builders (headline, planned)",
         "second visit in two weeks", "hundreds of millions of dollars", "28 killed in Kyiv (headline)", "sixth day",
         "18th sanctions package, $45"],
 "014": ["the 1,000 deminers promised, 5,000 construction troops (planned)", "Promised: 1,000 deminers, 5,000 builders (fact box, planned)",
         "four months, 120 days", "about 7,000km", "126 comments", "48,000 homes (headline)", "2.4m car journeys", "3.6%", "£2 a month"],
}
OFF = ["012", "013"]
DUP = {"007": "006"}

goldlib.write(
    "Gold labels for the blind149 set in articles/ (written for crosscheck, not copied from news; labelled without looking at the extractor). Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-1", "004-1", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky), one day apart"],
            ["005-3", "006-1", "about 3,000 casualties (NIS) against almost 4,000 (Zelensky), four days apart"],
        ],
        "may": [
            ["008-1", "008-2", "some 3,000 additional troops against roughly 11,000 deployed earlier: an additional force"],
            ["014-4", "014-5", "10,000-12,000 first deployed against about 3,000 reinforcements (fact box): an additional force"],
            ["014-2", "014-7", "about 2,000 killed (NIS, September) against about 600 killed (NIS, April): months apart, same article"],
            ["014-3", "014-6", "more than 6,000 casualties (UK MoD, summer) against about 4,700 (NIS, April): months apart, same article"],
        ],
    },
)
