#!/usr/bin/env python3
"""Gold labels for blind577 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service", "South Korea", "Seoul"]
UA_ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

about = ("Blind evaluation set blind577: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025), labelled without reading the extractor. "
         "See ../corpus/README.md for the meaning of every field.")

A = {
    "000": [
        ("casualties", NK, 3000, None, "more_than", UA_ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region", False),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"],
         "around 1,100 North Korean troops had been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 had died", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "roughly 1,000 had been wounded", False),
        ("troops", NK, 11000, None, "about", ["Ukraine", "South Korea", "United States", "US", "Ukrainian, South Korean and US estimates"],
         "North Korea has sent around 11,000 troops to Russia", False),
        ("killed", NK, 200, 900, "vague", ["Ukrainian special forces", "Ukraine"],
         "killed hundreds of North Korean soldiers", True),
    ],
    "002": [
        ("troops", NK, 12000, None, "up_to", NIS,
         "a force of up to 12,000 troops", False),
        ("troops", NK, 1500, None, "about", NIS,
         "around 1,500 special forces soldiers made up the first contingent", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "about", ["Rustem Umerov", "Umerov", "Ukraine's Minister of Defense", "Ukraine"],
         "some eleven thousand soldiers of the DPRK army in Russia's Kursk region", False),
        ("troops", NK, 11000, None, "exact", UA_ZEL,
         "11,000 North Korean soldiers were in the Kursk region", False),
    ],
    "004": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "US", "Washington"],
         "About 8,000 North Korean soldiers have moved into Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Pentagon", "United States", "US"],
         "roughly 10,000 North Korean troops were training in eastern Russia", False),
    ],
    "006": [
        ("captured", NK, 2, None, "exact", NIS + UA_ZEL + ["SBU"],
         "Ukrainian forces had captured two North Korean soldiers in Russia's Kursk region", False),
        ("killed", NK, 300, None, "about", NIS,
         "the agency put the North's dead at around 300", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "A further 2,700 or so have been wounded", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "The North Korean force, estimated at about 11,000", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has sent about 3,000 more soldiers to Russia", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "Washington", "South Korea", "United States", "US"],
         "Pyongyang had already deployed about 11,000 soldiers last fall", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "About 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", ["Lee Seong-kweun"] + NIS,
         "Some 600 of those casualties were deaths", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "the roughly 3,000 casualties the spy agency cited in January", False),
    ],
    "010": [],
    "012": [
        ("troops", NK, 11000, 12000, "range", ["South Korea", "United States", "US", "South Korean and U.S. estimates", "Seoul", "Washington"],
         "between 11,000 and 12,000 soldiers reached Russia in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", ["South Korea", "United States", "US", "South Korean and U.S. estimates", "Seoul", "Washington"],
         "some three thousand more followed in January and February", False),
        ("killed", NK, 2000, None, "about", NIS,
         "About 2,000, South Korea's National Intelligence Service told lawmakers", False),
        ("killed", NK, 600, None, "about", NIS,
         "In April the agency had put the number of dead at around 600", False),
        ("killed", NK, 24, 99, "vague", ["analysts", "state media", "North Korea"],
         "analysts counted dozens of portraits", True),
        ("troops", NK, 1000, None, "about", NIS,
         "roughly 1,000 deminers had already arrived", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"],
         "disclosing that nine of them died during the mission", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "North Korea sent thousands of combat troops to Russia", True),
        ("killed", NK, 2000, None, "about", NIS + ["spy agency"],
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
    ],
}

NOT = {
    "000": ["52 of the 81 drones", "a further 25 lost to electronic jamming", "more than 2.2tn hryvnias",
            "captured two more villages", "Comments (1,214)", "3m people expected on roads", "Man, 74"],
    "002": ["drawn from four brigades", "four Russian navy landing ships", "between Oct. 8 and 13",
            "more than 13,000 containers", "18 North Korean soldiers deserted", "sections of 2 roads",
            "10 books to read next"],
    "003": ["up to 15,000 in the near future", "12 categories of weapons", "155 mm artillery shells",
            "eliminate 1,160 invaders in past day", "10 more Gepard anti-aircraft guns", "2146 views"],
    "004": ["more than 6,000 kilometers", "several thousand additional troops could follow",
            "$425 million package", "155mm artillery rounds", "for 11 years", "$1.1B robotic combat vehicle",
            "14 new ship-to-shore connectors"],
    "006": ["born in 2005", "The other, 26", "since 2021", "30% of overseas staff", "won at 1,470", "minus 15 C"],
    "007": ["about 220 170mm self-propelled guns", "240mm multiple rocket launchers", "1,434 per dollar",
            "25% Tariffs"],
    "009": ["Article 4", "exports rise 3.7% in April"],
    "010": ["1,000 sappers", "5,000 military builders", "June 4", "On April 26", "June 19, 2024"],
    "012": ["promised 1,000 deminers and 5,000 military construction workers", "Hwasong-19",
            "record 8.8 tril. yen", "3-way air drills"],
    "014": ["worked for 120 days", "another 6,000 military engineers and construction workers", "1950-53 Korean War"],
}

OFF = ["001", "005", "008", "013"]
DUP = {"011": "006"}


def troops_may():
    """An additional force against the other troop counts is defensible either way (corpus README)."""
    order = ["002-1", "002-2", "004-1", "004-2", "003-1", "003-2", "000-5", "006-4",
             "007-1", "007-2", "012-1", "012-2", "012-6"]
    additional = {"007-1": "about 3,000 more sent in Jan-Feb 2025",
                  "012-2": "some three thousand more sent in Jan-Feb 2025",
                  "012-6": "roughly 1,000 deminers sent in 2025"}
    pairs = []
    for i, a in enumerate(order):
        for b in order[i + 1:]:
            if a not in additional and b not in additional:
                continue
            if {a, b} == {"007-1", "012-2"}:
                continue  # the same reinforcement, the same value
            x = b if b in additional else a
            pairs.append([a, b, "%s (%s): an additional force against %s" % (additional[x], x, b if x == a else a)])
    return pairs


conflicts = {
    "must": [
        ["004-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, 1 Nov 2024) against some eleven thousand in Kursk (Umerov, 5 Nov 2024), four days apart"],
        ["004-1", "003-2", "about 8,000 in Kursk (Blinken, 1 Nov 2024) against 11,000 in Kursk (Zelensky, 4 Nov 2024)"],
        ["000-1", "000-2", "more than 3,000 killed or wounded (Zelensky) against around 1,100 (South Korea's JCS), the same day in one live blog"],
    ],
    "may": [
        ["004-2", "003-1", "about 10,000 in all of Russia (Pentagon) against eleven thousand in Kursk alone, days apart; within estimate error"],
        ["004-2", "003-2", "about 10,000 in Russia (Pentagon) against 11,000 in Kursk (Zelensky)"],
        ["004-1", "000-5", "8,000 in Kursk (1 Nov) against around 11,000 sent to Russia (23 Dec), seven weeks later"],
        ["004-2", "000-5", "10,000 (1 Nov) against around 11,000 (23 Dec)"],
        ["004-1", "006-4", "8,000 in Kursk (Nov 2024) against about 11,000 (Jan 2025), months apart"],
        ["004-2", "006-4", "10,000 (Nov 2024) against about 11,000 (Jan 2025)"],
        ["004-1", "007-2", "8,000 in Kursk (Nov 2024) against about 11,000 deployed last fall (Feb 2025)"],
        ["004-2", "007-2", "10,000 (Nov 2024) against about 11,000 (Feb 2025)"],
        ["004-1", "012-1", "8,000 in Kursk (Nov 2024) against 11,000-12,000 initial contingent (Sep 2025)"],
        ["004-2", "012-1", "10,000 (Nov 2024) against 11,000-12,000 (Sep 2025)"],
        ["000-2", "009-1", "around 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): months apart, a cumulative rise"],
        ["000-2", "009-3", "around 1,100 casualties (JCS, 23 Dec) against roughly 3,000 (NIS, January): weeks apart, a cumulative rise"],
        ["000-1", "009-3", "more than 3,000 (Zelensky, Dec) against roughly 3,000 (NIS, Jan): a bound an 'about' figure may or may not meet"],
        ["000-4", "006-3", "about 1,000 wounded (NIS, 19 Dec) against 2,700 or so (NIS, 13 Jan): a cumulative rise weeks later"],
        ["006-2", "009-2", "around 300 killed (Jan 2025) against some 600 (Apr 2025): months apart, a cumulative rise"],
        ["006-2", "012-4", "around 300 killed (Jan 2025) against around 600 (April, cited Sep 2025)"],
        ["006-2", "012-3", "around 300 killed (Jan 2025) against about 2,000 (Sep 2025)"],
        ["009-2", "012-3", "some 600 killed (Apr 2025) against about 2,000 (Sep 2025): months apart, a cumulative rise"],
        ["006-2", "014-3", "around 300 killed (Jan 2025) against about 2,000 (cited Dec 2025)"],
        ["009-2", "014-3", "some 600 killed (Apr 2025) against about 2,000 (cited Dec 2025)"],
        ["012-4", "014-3", "around 600 killed (April figure) against about 2,000 (cited Dec 2025)"],
    ] + troops_may(),
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
