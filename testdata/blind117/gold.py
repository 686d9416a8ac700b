#!/usr/bin/env python3
"""Write gold.json for the blind117 set from the compact table below.

Labelled by hand from articles/*.txt following testdata/corpus/README.md, written and labelled
blind (without reading the extractor, its tests or its output). Run: python3 gold.py > gold.json
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence service", "Lee Seong-kweun",
       "South Korea", "Seoul"]
ZEL = ["Zelensk", "President of Ukraine"]
STATE = ["Senior State Department Official", "State Department", "Blinken", "Secretary", "United States", "U.S."]
DOD = ["Singh", "Pentagon", "Defense", "DoD", "United States", "U.S."]
MND = ["Ministry of National Defense", "MND", "Defense Ministry", "Jeon Ha-kyu", "South Korea", "Seoul",
       "National Intelligence Service", "NIS"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
RUMOD = ["Defense Ministry", "Defence Ministry", "Ministry of Defense", "Ministry of Defence", "MoD", "Russia"]
SYR = ["Syrskyi", "Syrsky", "Commander-in-Chief", "Armed Forces of Ukraine", "Ukrain"]

# id: [(metric, subject, value, value_max, qualifier, by, quote, optional)]
A = {
 "000": [("troops", "north_korea", 10000, None, "about", STATE,
          "there are now roughly ten thousand North Korean soldiers in Russia", False),
         ("troops", "north_korea", 8000, None, "about", STATE,
          "about eight thousand have been moved west to the Kursk region", False)],
 "001": [("troops", "north_korea", 10000, None, "more_than", DOD,
          "more than 10,000 North Korean soldiers have been sent to eastern Russia, and all of them have now moved into the Kursk oblast", False),
         ("troops", "north_korea", 11000, None, "exact", ["Ukrainian intelligence", "Ukrain"],
          "Ukrainian intelligence has been putting it at 11,000 in Kursk", True),
         ("casualties", "russia", 1200, None, "about", DOD,
          "it is losing something like 1,200 personnel killed or wounded every single day on average", True)],
 "002": [("troops", "north_korea", 10000, 12000, "range", MND,
          "North Korea has dispatched between 10,000 and 12,000 military personnel to Russia", False)],
 "003": [("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "the number of North Korean soldiers killed and wounded in the Kursk region has already exceeded three thousand", False)],
 "004": [("casualties", "north_korea", 1100, None, "about", JCS,
          "North Korea has suffered about 1,100 casualties, dead and wounded combined", False),
         ("casualties", "north_korea", 3000, None, "more_than", ZEL,
          "more than 3,000 North Korean soldiers had been killed or wounded in Kursk", False),
         ("killed", "north_korea", 100, None, "about", NIS,
          "about 100 North Korean soldiers had been killed", False),
         ("wounded", "north_korea", 1000, None, "about", NIS,
          "and close to 1,000 wounded", False)],
 "005": [("captured", "north_korea", 2, None, "exact", ZEL + ["Security Service", "SBU", "Ukrain"],
          "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's Kursk Oblast", False),
         ("troops", "north_korea", 11000, 12000, "range", ["Pentagon"],
          "The Pentagon has estimated that 11,000 to 12,000 North Korean troops are in the Kursk region", False)],
 "006": [("casualties", "north_korea", 3000, None, "about", NIS,
          "the North's losses there have now climbed to around 3,000", False),
         ("killed", "north_korea", 300, None, "about", NIS,
          "put the toll at about 300 killed", False),
         ("wounded", "north_korea", 2700, None, "about", NIS,
          "and some 2,700 wounded", False),
         ("captured", "north_korea", 2, None, "exact", NIS + ["Ukrain"],
          "Ukraine has taken two North Korean soldiers prisoner in Russia's Kursk region", False)],
 "007": [("killed", "ukraine", 12300, None, "more_than", ["Human Rights Monitoring Mission", "DiCarlo", "United Nations", "UN"],
          "more than 12,300 civilians had been killed in Ukraine since February 2022", True),
         ("killed", "ukraine", 650, None, "more_than", ["Human Rights Monitoring Mission", "DiCarlo", "United Nations", "UN"],
          "among them over 650 children", True),
         ("troops", "north_korea", 11000, None, "more_than", ["United States", "U.S."],
          "more than 11,000 soldiers from the Democratic People's Republic of Korea had been sent to the Kursk region", False),
         ("casualties", "north_korea", 4000, None, "about", ZEL + ["Ukrain"],
          "nearly 4,000 soldiers of the Democratic People's Republic of Korea had already been killed or wounded in the Kursk region", False),
         ("captured", "north_korea", 2, None, "exact", ["Ukrain"],
          "Two of them, captured on 9 January, were now in Kyiv", False),
         ("killed", "north_korea", 300, None, "about", ["Republic of Korea", "South Korea", "Korea"],
          "some 300 had been killed", False),
         ("wounded", "north_korea", 2700, None, "about", ["Republic of Korea", "South Korea", "Korea"],
          "and about 2,700 wounded", False)],
 "008": [("casualties", "ukraine", 210, None, "up_to", RUMOD,
          "the losses of the Ukrainian armed forces amounted to up to 210 servicemen", False),
         ("casualties", "ukraine", 54000, None, "more_than", RUMOD,
          "since the start of hostilities in the Kursk direction, the enemy has lost more than 54,000 servicemen", False),
         ("casualties", "ukraine", 230, None, "up_to", RUMOD,
          "Battlegroup West had inflicted losses of up to 230 Ukrainian servicemen", True),
         ("casualties", "ukraine", 455, None, "up_to", RUMOD,
          "and Battlegroup Center of up to 455", True)],
 "009": [("casualties", "north_korea", 4700, None, "about", NIS,
          "About 4,700 North Korean soldiers have been killed or wounded", False),
         ("killed", "north_korea", 600, None, "about", NIS,
          "including around 600 killed", False),
         ("troops", "north_korea", 15000, None, "about", NIS,
          "North Korea has sent some 15,000 troops to Russia", False),
         ("troops", "north_korea", 3000, None, "about", NIS,
          "counting the roughly 3,000 it dispatched in January and February as reinforcements", False)],
 "010": [("casualties", "north_korea", 4000, None, "more_than", SYR,
          "have lost more than 4,000 servicemen killed and wounded since November", False),
         ("killed", "north_korea", 1500, None, "at_least", SYR,
          "at least 1,500 of them have been killed", False),
         ("casualties", "russia", 60000, None, "more_than", SYR,
          "Russia's own losses in the Kursk operation since August 2024 had exceeded 60,000 killed and wounded", False),
         ("casualties", "north_korea", 4700, None, "about", NIS,
          "about 4,700 North Korean soldiers had been killed or wounded in Russia", False)],
 "011": [("troops", "north_korea", 11000, None, "about", ["Budanov", "GUR", "military intelligence", "Ukrain"],
          "about 11,000 North Korean troops were still in the Kursk region", False),
         ("casualties", "north_korea", 4000, None, "more_than", ["Ministry of Defence", "MoD", "United Kingdom", "UK"],
          "North Korea had likely suffered more than 4,000 casualties in Kursk since last autumn", False)],
}
NOT = {
 "000": ["sixth 2+2, first since 2021", "about 25 minutes", "about 86 minutes", "more than 7,000 kilometers",
         "$20 billion", "5:02 p.m. / 5:27 p.m.", "56th Security Consultative Meeting (headline)", "Share 1.1K"],
 "001": ["12th trip", "$425 million", "155mm and 105mm artillery rounds", "up to about 300 kilometers",
         "roughly 43,000 U.S. service members (not a subject)", "$6 billion", "Dec. 20 / Jan. 20",
         "3 new counter-drone systems (headline)", "3,412 views"],
 "002": ["more than 13,000 containers", "170mm self-propelled guns and 240mm multiple rocket launchers", "August 2023",
         "about 30 balloons", "some 80 civilian vessels and aircraft",
         "as many as 100,000 troops (speculation in a question, denied as unsupported)",
         "61.2 trillion won (headline)", "Views 2,315", "312KB", "4.2 / 5, 38 responses", "04383 / 02-748-1111"],
 "003": ["about 1,100 guided aerial bombs", "almost 550 attack drones", "more than 50 missiles", "€4.1 billion",
         "155-millimetre ammunition", "third Christmas", "25 soldiers of the 47th brigade (headline)",
         "27 months (headline)", "Video 08:41, Photos 12", "Creative Commons 4.0"],
 "004": ["240mm multiple rocket launchers and 170mm self-propelled guns", "Dec 4", "Aug 6",
         "more than 1,000 square km", "59 drones over seven regions (headline)", "$55 billion (headline)",
         "10% (headline)", "5 stories, 5 minutes", "3 min read"],
 "005": ["aged 20 / aged 26", "more than 1.1 million subscribers", "Jan. 11 / Jan. 12",
         "Russia lost 1,720 troops in a single day (headline)", "30 Ukrainian POWs (headline)", "$5 a month",
         "14,000 members", "three years", "within 100 days (headline)", "4 oblasts (headline)", "Comments (212)"],
 "006": ["born in 2005, joined the army in 2021", "20 trillion won (headline)", "valid for 7 days (headline)",
         "2nd week (headline)", "minus 12 (headline)", "179 victims (headline)"],
 "007": ["9,838th meeting, SC/15971", "at least 8 regions", "resolutions 1718 (2006) and 2270 (2016)", "9 January",
         "Article 51", "12 months (headline)", "$3.72 billion (headline)", "80th anniversary", "Share 2.4K",
         "3:04 p.m. / 5:41 p.m."],
 "008": ["four counterattacks", "53 drones and six HIMARS rockets",
         "two tanks, an infantry fighting vehicle, seven armored combat vehicles, 11 motor vehicles, three artillery guns",
         "155mm M777 howitzer", "289 tanks, 242 infantry fighting vehicles, 1,822 motor vehicles, 1,450 artillery pieces",
         "142 areas", "24 hours", "August 6, 2024", "3 settlements (headline)", "97.5 per dollar (headline)",
         "February 11 (headline)"],
 "009": ["Article 4", "June 2024", "152mm shells, KN-23", "billions of dollars", "2.75% (headline)",
         "25 million subscribers (headline)", "June 3, 46% (headline)", "$5.8 billion (headline)",
         "14 months (headline)", "7 a.m.", "Share 312"],
 "010": ["groups of 5-7 soldiers (tactics, not a count of the force)", "up to 10 kilometers", "155mm",
         "3rd Separate Assault Brigade", "26 April", "six months", "1,000 prostheses (headline)",
         "17 drones, 3 people injured (headline)", "23,000 hectares (headline)"],
 "011": ["1,000 sappers and 5,000 military construction workers (planned)", "6,000 deminers and builders (headline, planned)",
         "about 28,000 residents displaced (not a metric)", "$20bn", "second visit in two weeks", "Share (87)",
         "kills 28 (headline)", "600km (headline)", "Day 6 (headline)", "4 mins"],
}
OFF = ["012", "013"]
DUP = {"014": "004"}

goldlib.write(
    "Gold labels for the blind117 set in articles/ (official statements, transcripts and news reports about "
    "them, written for crosscheck, not copied from news; labelled without looking at the extractor). "
    "Same schema as testdata/corpus/gold.json.",
    A, NOT, OFF, DUP,
    {
        "must": [
            ["003-1", "004-1", "more than 3,000 casualties (Zelensky address) against about 1,100 (JCS), a day apart"],
            ["006-1", "007-4", "about 3,000 casualties (NIS) against nearly 4,000 (Ukraine at the UNSC, citing Zelensky), four days apart"],
            ["009-2", "010-2", "about 600 killed (NIS) against at least 1,500 killed (Syrskyi), three days apart"],
        ],
        "may": [
            ["004-1", "004-2", "JCS about 1,100 against Zelensky's more than 3,000 restated in the same report"],
            ["000-2", "001-1", "about 8,000 in Kursk (State, Oct 31) against more than 10,000 in Kursk (Pentagon, Nov 12): twelve days apart, the force was still arriving"],
            ["009-3", "009-4", "some 15,000 sent in all against the roughly 3,000 reinforcements: an additional force, part of the whole"],
            ["001-2", "000-2", "11,000 in Kursk (Ukrainian intelligence, in a reporter's question) against about 8,000 (State), twelve days apart"],
        ],
    },
)
