#!/usr/bin/env python3
"""Gold labels for testdata/blind334 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind334: fifteen articles written in our own words about the real story's known "
         "reporting, labelled blind. See ../corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "North Korea has shipped around 1,500 special operations troops to Russia's Far East", False),
    ],
    "001": [
        ("troops", "north_korea", 2000, 9000, "vague", ["Washington", "United States"],
         "several thousand North Korean soldiers are now near the front line in Russia's Kursk region", True),
        ("troops", "north_korea", 10000, 12000, "range", ["United States", "South Korea", "Washington", "Seoul"],
         "put the total number sent to Russia at between 10,000 and 12,000", False),
        ("troops", "north_korea", 8000, None, "about",
         ["Lloyd Austin", "Austin", "US Defense Secretary", "United States", "Pentagon"],
         "roughly 8,000 of them had moved into the Kursk region", False),
        ("troops", "north_korea", 11000, None, "exact",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "Eleven thousand North Koreans are already in Kursk", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "around 1,000 more have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", ["Lee Seong-kweun"] + NIS,
         "That brings North Korea's casualties to roughly 1,100 in a matter of weeks", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "have already lost more than 3,000 soldiers killed and wounded", False),
        ("troops", "north_korea", 11000, None, "about", ["Western intelligence"],
         "North Korea sent around 11,000 soldiers to Russia in autumn", False),
        ("casualties", "north_korea", 200, None, "at_least",
         ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukraine"],
         "at least 200 North Korean soldiers had been killed or wounded", False),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE + ["lawmakers"],
         "roughly 300 soldiers dead", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE + ["lawmakers"],
         "another 2,700 or so wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky"],
         "two North Korean soldiers had been taken prisoner by Ukrainian forces", False),
    ],
    "006": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has dispatched roughly 3,000 additional soldiers to Russia since January", False),
        ("troops", "north_korea", 2000, 9999, "vague", NIS,
         "Thousands of North Korean troops are still deployed in Kursk", True),
    ],
    "008": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "North Korea has suffered some 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "including around 600 deaths", False),
        ("troops", "north_korea", 11000, None, "about", ["Lee Seong-kweun"] + NIS,
         "about 11,000 in the autumn", False),
        ("troops", "north_korea", 3000, None, "about", ["Lee Seong-kweun"] + NIS,
         "roughly 3,000 more in January and February", False),
    ],
    "009": [
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Ministry of Defence", "UK", "Britain", "United Kingdom", "UK defence intelligence"],
         "North Korean forces have likely suffered more than 6,000 casualties", False),
        ("troops", "north_korea", 14000, None, "about", ["unattributed"],
         "North Korea is believed to have sent around 14,000 soldiers to fight for Russia", False),
    ],
    "010": [
        ("troops", "north_korea", 11000, 12000, "range", ["South Korean intelligence", "South Korea", "NIS"],
         "Pyongyang first sent 11,000-12,000 soldiers last autumn", False),
        ("troops", "north_korea", 3000, None, "about", ["South Korean intelligence", "South Korea", "NIS"],
         "some three thousand more early this year", False),
    ],
    "012": [
        ("killed", "north_korea", 2000, None, "about", NIS_LEE,
         "About 2,000 North Korean soldiers have died fighting for Russia", False),
        ("troops", "north_korea", 2000, 9000, "vague", NIS_LEE,
         "several thousand North Korean military engineers and builders have arrived in Kursk", True),
    ],
}

NOT = {
    "000": ["up to 12,000 soldiers from four brigades", "four Russian amphibious landing ships and three escort vessels",
            "between Oct. 8 and 13", "more than 13,000 containers", "exports up 7.5 pct", "KOSPI 2,593.82"],
    "001": ["60 mm mortars", "roughly three weeks", "some $2,000 per soldier per month",
            "50,000 Russian troops massing near Kursk", "2.0% in October"],
    "003": ["Dec. 3", "1,450 per dollar", "Dec. 27", "150 won"],
    "004": ["Russia lost another 1,570 soldiers over past day", "2 injured", "€4.2 billion",
            "over three days in mid-December", "On 16 December"],
    "005": ["born in 1999", "the other in 2005", "Jan. 9", "1,470 per dollar", "3,000 officers"],
    "006": ["around 220 self-propelled artillery guns", "about 500 square kilometres", "$2,956 an ounce",
            "39%", "2.75%"],
    "008": ["June 2024", "6.7 trillion won", "89.77% of votes", "2,556.61"],
    "009": ["79 of the 133 drones", "a further 46", "8-10 May", "80th anniversary", "30-day ceasefire",
            "677 council seats"],
    "010": ["1,000 deminers and 5,000 military construction workers", "Deminers promised: 1,000",
            "Military builders promised: 5,000", "Shoigu visits to Pyongyang since March: 3", "more than 12 million",
            "38,536.74"],
    "012": ["more than three times", "hundreds of bereaved family members", "about two and a half hours"],
}

OFF = ["002", "007", "011", "013"]
DUP = {"014": "004"}

conflicts = {
    "must": [
        ["001-3", "001-4", "roughly 8,000 in Kursk (Austin, Nov 4) against 11,000 already in Kursk (Zelenskyy, Nov 5), in the same article"],
        ["003-3", "004-1", "about 1,100 casualties (NIS via Lee, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
        ["008-1", "009-1", "about 4,700 casualties (NIS, Apr 30) against more than 6,000 (UK Ministry of Defence, May 3), three days apart"],
    ],
    "may": [
        ["001-3", "004-2", "8,000 in Kursk in early November against about 11,000 sent to Russia, seven weeks later"],
        ["001-3", "008-3", "8,000 in Kursk in November against about 11,000 in the autumn wave, months later"],
        ["001-3", "010-1", "8,000 in Kursk in November against 11,000-12,000 sent last autumn, months later"],
        ["001-3", "009-2", "8,000 in Kursk in November against about 14,000 in all, months later"],
        ["001-2", "009-2", "10,000-12,000 in November against 14,000 in all including reinforcements, months later"],
        ["001-4", "009-2", "11,000 in November against 14,000 in all including reinforcements, months later"],
        ["004-2", "009-2", "11,000 in autumn against 14,000 in all including reinforcements, months later"],
        ["008-3", "009-2", "about 11,000 in the first wave against about 14,000 in all (part against whole)"],
        ["009-2", "010-1", "about 14,000 in all against 11,000-12,000 in the first wave (part against whole)"],
        ["001-2", "006-1", "an additional 3,000 against the 10,000-12,000 first sent"],
        ["001-3", "006-1", "an additional 3,000 against 8,000 in Kursk, months earlier"],
        ["001-4", "006-1", "an additional 3,000 against 11,000 in Kursk, months earlier"],
        ["004-2", "006-1", "an additional 3,000 against about 11,000 sent in autumn"],
        ["006-1", "008-3", "an additional 3,000 against about 11,000 in the first wave"],
        ["006-1", "009-2", "an additional 3,000 against about 14,000 in all"],
        ["006-1", "010-1", "an additional 3,000 against 11,000-12,000 in the first wave"],
        ["008-3", "008-4", "about 11,000 in the first wave against roughly 3,000 more (additional)"],
        ["008-4", "009-2", "an additional 3,000 against about 14,000 in all"],
        ["008-4", "010-1", "an additional 3,000 against 11,000-12,000 in the first wave"],
        ["009-2", "010-2", "about 14,000 in all against some 3,000 more (additional)"],
        ["010-1", "010-2", "11,000-12,000 in the first wave against some 3,000 more (additional)"],
        ["004-2", "010-2", "about 11,000 sent in autumn against some 3,000 more (additional)"],
        ["001-2", "010-2", "10,000-12,000 against some 3,000 more (additional), months later"],
        ["001-3", "010-2", "8,000 in Kursk against some 3,000 more (additional), months later"],
        ["001-4", "010-2", "11,000 in Kursk against some 3,000 more (additional), months later"],
        ["008-3", "010-2", "about 11,000 in the first wave against some 3,000 more (additional)"],
        ["001-2", "008-4", "10,000-12,000 against roughly 3,000 more (additional), months later"],
        ["001-3", "008-4", "8,000 in Kursk against roughly 3,000 more (additional), months later"],
        ["001-4", "008-4", "11,000 in Kursk against roughly 3,000 more (additional), months later"],
        ["004-2", "008-4", "about 11,000 sent in autumn against roughly 3,000 more (additional), months later"],
        ["003-3", "008-1", "NIS's cumulative casualties, 1,100 in December against 4,700 in April, months apart"],
        ["003-3", "009-1", "1,100 casualties in December against more than 6,000 in May, months apart"],
        ["005-1", "008-2", "NIS's cumulative dead, 300 in January against 600 in April, months apart"],
        ["005-1", "012-1", "NIS's cumulative dead, 300 in January against 2,000 in September, months apart"],
        ["008-2", "012-1", "NIS's cumulative dead, 600 in April against 2,000 in September, months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
