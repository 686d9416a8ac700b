#!/usr/bin/env python3
"""Gold labels for testdata/blind502 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind502: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025), labelled blind. See testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency", "intelligence agency"]
LEE = ["Lee Seong-kweun"] + NIS
HUR = ["Defence Intelligence of Ukraine", "Defense Intelligence", "HUR", "Ukrainian intelligence", "Ukraine"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 10000, None, "about", ZEL + ["Ukrainian intelligence"],
         "We are talking about roughly 10,000 soldiers", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "up to 12,000 North Korean servicemen are going through training at five ranges in Russia's Far East", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "among them some 500 officers", False),
    ],
    "001": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["Kyiv", "Seoul", "Washington", "Ukraine", "South Korea", "United States", "US"],
         "Their estimates put the number sent to Russia at between 10,000 and 12,000", False),
        ("troops", "north_korea", 11000, None, "exact", ["Zelensky", "Volodymyr Zelensky"],
         "saying 11,000 of them were already in Kursk", False),
    ],
    "002": [
        ("casualties", "north_korea", 1100, None, "about", LEE,
         "North Korean casualties in Russia's Kursk region have reached about 1,100", False),
        ("killed", "north_korea", 100, None, "at_least", LEE,
         "including at least 100 deaths", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "The soldiers belong to a force of around 11,000 that Pyongyang has sent to Russia since October", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Zelensky", "Volodymyr Zelensky"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 11000, 12000, "range", ["unattributed"],
         "Pyongyang has sent an estimated 11,000-12,000 troops to Russia", False),
        ("casualties", "north_korea", 200, 900, "vague", ["John Kirby", "Kirby", "White House", "United States", "US"],
         'North Korean units had suffered "several hundred" casualties', True),
    ],
    "005": [
        ("casualties", "north_korea", 4000, None, "more_than",
         ["Special Operations Forces", "special operations forces", "SSO", "Ukraine"],
         "the North Korean units in Kursk had lost more than 4,000 killed and wounded", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in Kursk region", False),
        ("killed", "north_korea", 300, None, "about", LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", LEE,
         "2,700 wounded in Kursk", False),
        ("casualties", "north_korea", 3000, None, "about", LEE,
         "putting total North Korean casualties at roughly 3,000", False),
    ],
    "006": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has dispatched roughly 3,000 additional soldiers to Russia since January", False),
        ("troops", "north_korea", 11000, None, "about",
         ["Western and South Korean intelligence", "Western intelligence", "South Korean intelligence", "South Korea"],
         "Some 11,000 North Korean troops arrived in Russia last fall", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["Seoul", "South Korea"],
         "Seoul has estimated North Korean casualties in the thousands", True),
    ],
    "007": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the losses of the Ukrainian armed forces during the Kursk adventure exceeded 76,000 servicemen", False),
    ],
    "008": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["lawmakers"],
         "about 4,700 North Korean soldiers have been killed or wounded while fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["lawmakers"],
         "around 600 of them have died", False),
    ],
    "010": [
        ("troops", "north_korea", 11000, None, "about", ["Seoul", "South Korea"],
         "North Korea sent around 11,000 soldiers to Russia last year", False),
        ("troops", "north_korea", 3000, None, "about", ["Seoul", "South Korea"],
         "about 3,000 more early this year to fill its ranks", False),
        ("killed", "north_korea", 600, None, "about", ["South Korea", "Seoul"],
         "some 600 of them had been killed", False),
        ("wounded", "north_korea", 2000, 9999, "vague", ["South Korea", "Seoul"],
         "thousands more wounded", True),
    ],
    "012": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["lawmakers"],
         "South Korea's spy agency believes about two thousand North Korean soldiers have been killed in the war", False),
        ("killed", "north_korea", 200, 900, "vague", NIS,
         "the agency's estimate of the dead was in the hundreds", True),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "the roughly eleven thousand troops North Korea first sent last fall", False),
        ("troops", "north_korea", 1000, None, "about", NIS + ["lawmakers"],
         "around 1,000 North Korean military engineers have been sent to Kursk this summer to clear mines", False),
    ],
}

NOT = {
    "000": ["The first 2,600 of them are due to be moved to the Kursk region by November 1", "five ranges",
            "412 times over past day, one killed", "37 of 56 drones", "26 times, two people wounded",
            "EUR 1.5 bn", "EUR 6.6 bn", "since August 6"],
    "001": ["11th Corps", "more than 9,000km", "about $2,000 a month", "more than 13,000 containers of artillery shells",
            "aged 18 to 24", "shot down 50 Russian drones", "since the 1950s"],
    "002": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "Dec. 3", "3 dead in Incheon apartment fire",
            "tops 30 charts", "1,450 per dollar", "10 keywords", "up 1.4%"],
    "003": ["more than 1,000-kilometer front line", "Join over 15,000 members", "72 drones overnight, 43 downed",
            "3 ATACMS strikes", "Ukraine returns 150 POWs in 58th exchange", "Dec. 19, 2024"],
    "005": ["94 drones and four ballistic missiles", "57 of the drones", "another 37", "One is 20 and the other 26",
            "$500m package", "20 January", "Girl, 4, dies after dog attack", "death toll rises to 24"],
    "006": ["USD 88.46", "EUR 92.83", "Brent 73.10", "$2 a month", "Jails 3 Journalists for 5.5 Years",
            "Falls by 600,000 in 2024"],
    "007": ["Article 4", "June 19, 2024", "December 4, 2024", "over 400 tanks", "more than 7,000 units of other equipment",
            "115 Ukrainian drones", "1,500 servicemen from 13 countries", "about three hours"],
    "008": ["5,000-ton destroyer", "4 Chinese ships", "2nd ship by next year", "3-way air drill", "Watch video 1:12"],
    "010": ["1,000 deminers", "5,000 military construction workers", "1,000 sappers", "5,000 military builders",
            "Ukraine says 28 killed", "3 Pacific leaders"],
    "012": ["several thousand construction troops to follow them later this year", "[10:31:12]", "[10:34:40]"],
}

OFF = ["004", "009", "013", "014"]
DUP = {"011": "010"}

may = [
    ["002-1", "003-3", "about 1,100 (NIS) against \"several hundred\" (Kirby, the week before): vague, optional"],
    ["003-1", "003-3", "more than 3,000 (Zelensky) against \"several hundred\" (Kirby, a week earlier): vague, optional"],
    ["002-1", "005-1", "about 1,100 (NIS, Dec 19) against more than 4,000 (Ukraine's SSO, Jan 13): cumulative figures 25 days apart"],
    ["003-1", "005-5", "more than 3,000 (Zelensky, Dec 23) against roughly 3,000 (NIS, Jan 13): a lower bound about met, three weeks on"],
    ["002-1", "008-1", "NIS's cumulative casualty estimate, 1,100 in December against 4,700 in April: months apart"],
    ["005-5", "008-1", "NIS's cumulative casualty estimate, 3,000 in January against 4,700 in April: months apart"],
    ["005-3", "008-2", "killed: about 300 (January) against about 600 (April), cumulative, months apart"],
    ["005-3", "010-3", "killed: about 300 (January) against about 600 (April estimate reported in June)"],
    ["005-3", "012-1", "killed: about 300 (January) against about 2,000 (September)"],
    ["008-2", "012-1", "killed: about 600 (April) against about 2,000 (September), cumulative, months apart"],
    ["010-3", "012-1", "killed: about 600 (April estimate) against about 2,000 (September)"],
    ["012-1", "012-2", "killed: about 2,000 now against 'in the hundreds' in the spring (vague, another period)"],
    ["000-1", "001-2", "about 10,000 in Russia (Oct 18) against 11,000 in Kursk (Nov 11), 25 days apart"],
    ["000-1", "002-3", "about 10,000 (October) against around 11,000 (December)"],
    ["000-1", "003-2", "about 10,000 (October) against 11,000-12,000 (December)"],
    ["000-1", "006-2", "about 10,000 (October) against some 11,000 (February)"],
    ["000-1", "010-1", "about 10,000 (October) against around 11,000 (June)"],
    ["000-1", "012-3", "about 10,000 (October) against roughly 11,000 (September)"],
]
# additional forces (reinforcements, engineers) against the other troop figures: "an additional" force
additional = ["006-1", "010-2", "012-4"]
others = ["000-1", "000-2", "000-3", "001-1", "001-2", "002-3", "003-2", "006-2", "010-1", "012-3"]
for a in additional:
    for o in others:
        may.append([o, a, "an additional force (reinforcements or engineers) against another troop figure"])
may.append(["006-1", "012-4", "3,000 reinforcements (February) against 1,000 engineers (September): different additional forces"])
may.append(["010-2", "012-4", "3,000 reinforcements against 1,000 engineers sent later: different additional forces"])

conflicts = {
    "must": [
        ["002-1", "003-1", "about 1,100 casualties (South Korea's NIS, Dec 19) against more than 3,000 killed and "
                           "wounded (Zelensky, Dec 23), four days apart"],
        ["005-1", "005-5", "more than 4,000 casualties (Ukraine's SSO) against roughly 3,000 (South Korea's NIS), "
                           "the same day in the same live blog"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
