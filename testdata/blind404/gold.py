#!/usr/bin/env python3
"""Gold labels for testdata/blind404 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind404: 15 articles written in our own words about the real story's known "
         "reporting, labelled blind. Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
PENTAGON = ["Pentagon", "United States", "U.S.", "US"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "the North is in the middle of sending a force of about 12,000 troops", False),
        ("troops", NK, 1500, None, "about", NIS,
         "Some 1,500 special forces soldiers were carried from the North's east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", PENTAGON,
         "Roughly 8,000 North Korean troops are now in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", ["Sabrina Singh"] + PENTAGON,
         "Pyongyang has sent about 10,000 soldiers in all to Russia", False),
        ("troops", NK, 11000, None, "exact",
         ["HUR", "Ukraine's military intelligence", "military intelligence", "Zelenskyy", "Zelensky", "Ukraine"],
         "11,000 North Korean soldiers have already arrived in Kursk", False),
        ("casualties", RU, 600000, None, "more_than", ["U.S. officials", "United States", "U.S.", "US"],
         "Russia has suffered more than 600,000 killed and wounded since it invaded Ukraine in February 2022", False),
    ],
    "002": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
         "have suffered an estimated 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "close to 1,000 wounded", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "More than three thousand North Korean soldiers have already been killed or wounded in Russia's Kursk region", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "About 11,000 North Korean servicemen were deployed to the Kursk region in the autumn", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "2,700 wounded fighting for Russia", False),
        ("casualties", NK, 200, 999, "vague", ["special operations forces", "Special Operations Forces", "Ukraine"],
         'North Korean units had lost "hundreds" of men', True),
        ("captured", NK, 2, None, "exact", ["Zelenskyy", "Zelensky", "Ukraine"],
         "the two North Korean soldiers his forces captured in the Kursk region", False),
        ("troops", NK, 10000, 12000, "range", ["Ukraine", "South Korea", "US", "United States"],
         "Ukraine, South Korea and the US say 10,000-12,000 North Korean troops have been sent to Russia", False),
    ],
    "007": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the Ukrainian armed forces had lost more than 76,000 servicemen", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "have suffered around 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "about 600 of them killed", False),
        ("troops", NK, 15000, None, "about", NIS,
         "Pyongyang has sent some 15,000 troops to Russia in total", False),
        ("troops", NK, 3000, None, "about", NIS,
         "about 3,000 more that arrived in January and February", False),
    ],
    "010": [
        ("troops", NK, 11000, 12000, "range", ["South Korean and Ukrainian officials", "South Korea", "Ukraine"],
         "North Korea had sent between 11,000 and 12,000 soldiers", False),
        ("troops", NK, 3000, None, "about", NIS + ["Seoul"],
         "some three thousand more arrived in early 2025", False),
        ("troops", NK, 2000, 9999, "vague", ["Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "several thousand North Korean soldiers remain in the Kursk region", True),
        ("casualties", NK, 4700, None, "about", NIS + ["Seoul"],
         "the NIS put North Korean casualties at roughly 4,700", False),
        ("killed", NK, 600, None, "about", NIS + ["Seoul"],
         "including some 600 dead", False),
    ],
    "011": [
        ("killed", NK, 2000, None, "about", NIS_LEE,
         "Around 2,000 North Korean soldiers have been killed while fighting for Russia in its war against Ukraine", False),
        ("troops", NK, 1000, None, "about", NIS,
         "about 1,000 sappers are already clearing mines in Russia's Kursk region", False),
    ],
    "013": [
        ("killed", NK, 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"],
         "mourned nine of its soldiers who died during the mission", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "North Korea has sent thousands of troops", True),
        ("killed", NK, 2000, None, "about", ["South Korea's spy agency"] + NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
    ],
}

NOT = {
    "000": ["four brigades", "four Russian navy landing ships", "between Oct. 8 and 13",
            "more than 13,000 containers of artillery shells", "Seoul to add 1,200 electric buses by 2026",
            "KOSPI 2,593.20"],
    "001": ["up to 300 kilometers (186 miles)", "$425 million weapons package",
            "The 5 counties that could decide Pennsylvania", "polls close in 6 states at 7 p.m.",
            "$1.5 billion ad war"],
    "002": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "Dec. 4",
            "Won slides past 1,450 per dollar, weakest since 2009", "Seoul apartment prices fall for 2nd straight week"],
    "003": ["Russia's combat losses in Ukraine reach 780,020, including 1,630 over past day",
            "Koksan 170 mm self-propelled guns", "several million artillery shells"],
    "005": ["Russia launched 74 drones overnight", "47 were shot down", "27 were \"lost\" to electronic jamming",
            "four more Iris-T air defence systems"],
    "007": ["Article 4", "June 19, 2024", "over 7,700 pieces of weaponry and military equipment", "412 tanks",
            "Ukrainian army loses up to 1,180 troops in past day", "August 6, 2024"],
    "008": ["Kim Jong-un, 41", "Kospi closes at 2,556.61", "Seoul bus drivers set to strike from May 8"],
    "010": ["North Korea to send 6K builders and deminers to Kursk",
            "North Korea would send 1,000 deminers and 5,000 military construction workers",
            "about 500 kilometers (310 miles)", "June 2024",
            "Kyiv says 28 civilians killed in overnight strikes"],
    "011": ["80th anniversary", "the 6,000 military engineers and construction workers Pyongyang promised Moscow",
            "first visit in 6 years", "1,100 yen a month"],
    "013": ["The 120 days you spent there",
            "pledged in June to send an additional 1,000 deminers and 5,000 military construction workers",
            "Kim, 41"],
}

OFF = ["004", "006", "009", "012"]
DUP = {"014": "013"}

must = [
    ["001-1", "001-3", "about 8,000 North Korean troops in Kursk (Pentagon) against 11,000 already in Kursk "
     "(Ukraine's HUR, repeated by Zelenskyy), in the same article on the same day"],
    ["002-1", "003-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 "
     "killed and wounded (Zelensky, Dec 25), reported three days apart"],
]

may = [
    ["000-1", "001-2", "about 12,000 being sent (NIS, Oct 18) against about 10,000 sent so far (Pentagon, Nov 5)"],
    ["001-2", "001-3", "about 10,000 in all of Russia (Pentagon) against 11,000 in Kursk alone (HUR): different scope"],
    ["001-1", "003-2", "8,000 in Kursk (Nov 5) against about 11,000 deployed to Kursk (Dec 26), seven weeks apart"],
    ["001-2", "003-2", "about 10,000 (Nov 5) against about 11,000 (Dec 26), seven weeks apart"],
    ["000-1", "003-2", "about 12,000 (Oct 18) against about 11,000 (Dec 26), two months apart"],
    ["001-1", "005-5", "8,000 in Kursk (Nov 5) against 10,000-12,000 sent to Russia (Jan 13), ten weeks apart"],
    ["001-1", "010-1", "8,000 in Kursk (Nov 2024) against between 11,000 and 12,000 (recalled in June 2025)"],
    ["001-2", "010-1", "about 10,000 (Nov 2024) against between 11,000 and 12,000 (recalled in June 2025)"],
]
# the April 2025 total of about 15,000 includes the reinforcements: months after the first-contingent figures
for c in ["000-1", "001-1", "001-2", "001-3", "003-2", "005-5", "010-1"]:
    may.append([c, "008-3", "first-contingent figure against a total of about 15,000 that includes later "
                "reinforcements, months apart"])
# "some 3,000 more": an additional force (README: may) against the totals
for extra in ["008-4", "010-2"]:
    for c in ["000-1", "001-1", "001-2", "001-3", "003-2", "005-5", "010-1"]:
        may.append([c, extra, "an additional force of about 3,000 against a total troop figure"])
may.append(["008-3", "010-2", "an additional force of about 3,000 against the total of about 15,000"])
# later rises in cumulative tolls, months apart
may += [
    ["002-1", "008-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): cumulative toll, months apart"],
    ["002-1", "010-4", "about 1,100 casualties (Dec 2024) against roughly 4,700 (Apr 2025 estimate): months apart"],
]
for a, b in [("005-1", "008-2"), ("005-1", "010-5"), ("005-1", "011-1"), ("005-1", "013-3"),
             ("008-2", "011-1"), ("008-2", "013-3"), ("010-5", "011-1"), ("010-5", "013-3")]:
    may.append([a, b, "NIS killed estimate rising over the months (cumulative toll): an update, months apart"])

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
