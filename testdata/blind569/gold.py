#!/usr/bin/env python3
"""Gold labels for testdata/blind569 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind569: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "some 1,500 special operations forces already ferried to the Russian Far East", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "eleven thousand soldiers from North Korea are now in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 500, None, "about",
         ["Kyrylo Budanov", "Budanov", "Defence Intelligence of Ukraine", "Defence Intelligence", "HUR", "Ukraine"],
         "Around 500 officers are among them", False),
        ("troops", "russia", 50000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "massed around 50,000 of its own troops in the oblast", False),
    ],
    "003": [
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "Pyongyang has sent thousands of troops to fight alongside Russia's army in Kursk", True),
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "upwards of 3,000 North Korean troops have been killed or wounded in Russia's Kursk region", False),
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "put the North's losses at about 1,100 soldiers killed or injured", False),
        ("killed", "north_korea", 100, None, "at_least", NIS + ["lawmakers"],
         "at least 100 North Korean soldiers had been killed", False),
    ],
    "004": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS_LEE + ["Ukraine", "Zelensky"],
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "006": [
        ("killed", "north_korea", 1000, None, "more_than",
         ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
         "More than a thousand North Korean soldiers have been killed in Russia's Kursk region", False),
        ("captured", "north_korea", 2, None, "exact",
         ["Security Service of Ukraine", "SBU", "Ukraine", "Zelensky", "unattributed"],
         "The two North Korean soldiers captured last week", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has sent around 3,000 additional troops to Russia since January", False),
        ("troops", "north_korea", 11000, 12000, "range",
         ["officials in Seoul, Kyiv and Washington", "South Korea", "Ukraine", "United States", "Seoul", "Kyiv", "Washington"],
         "Pyongyang had dispatched 11,000-12,000 soldiers to Russia last year", False),
    ],
    "008": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "North Korean troops dispatched to Russia have suffered about 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "some 600 of them deaths", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "up from about 3,000 casualties the NIS reported in January", False),
    ],
    "010": [
        ("troops", "north_korea", 12000, None, "up_to", ["Joint Chiefs of Staff", "JCS", "South Korea"],
         "up to 12,000 North Korean soldiers were sent to Russia last autumn", False),
        ("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea"],
         "some three thousand more followed at the start of this year", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["Japan's Defense Ministry", "Defense Ministry", "Japan"],
         "thousands of North Korean soldiers are still stationed in the Kursk Region", True),
    ],
    "012": [
        ("killed", "north_korea", 2000, None, "about", NIS_LEE,
         "About 2,000 North Korean soldiers have been killed fighting for Russia in its war with Ukraine", False),
        ("troops", "north_korea", 10000, None, "more_than", ["unattributed"],
         "Pyongyang sent more than 10,000 soldiers to Russia last year", False),
    ],
    "014": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["US, South Korean and Ukrainian officials", "United States", "South Korea", "Ukraine"],
         "between 10,000 and 12,000 North Korean soldiers had been sent", False),
        ("troops", "north_korea", 3000, None, "about", ["South Korea's intelligence agency"] + NIS,
         "roughly 3,000 more arrived in January and February 2025", False),
        ("killed", "north_korea", 2000, None, "about", ["South Korea's spy agency"] + NIS,
         "Killed, by Sept 2025: about 2,000 (South Korea's spy agency)", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
         "Ukraine says it captured two soldiers in January 2025", False),
    ],
}

NOT = {
    "000": ["up to 12K could follow", "about 12,000 soldiers in all", "four brigades", "between Oct. 8 and 13",
            "Won closes at 1,368.2 against U.S. dollar", "2 dead, 5 injured in Busan apartment fire",
            "exports up 7.5 pct in September", "11th Corps"],
    "002": ["Russia lost 1,550 soldiers over past day", "12 injured", "arrived in Kursk Oblast on 23 October"],
    "003": ["52 of the 78 Shahed-type drones", "another 24 were \"lost\" to electronic jamming",
            "1bn kroner (£70m)", "two more villages", "Comments (1,284)", "27 December"],
    "004": ["aged 20 and 26", "Ukraine says it captured 2 North Korean soldiers in Kursk",
            "6.5 trillion won", "10 centimeters", "Jan. 14"],
    "006": ["10 to 15 meters apart", "two supply trucks", "Russia Loses 1,630 Troops in 24 Hours",
            "2025 Drone Production Target"],
    "007": ["240mm multiple rocket launchers", "170mm self-propelled guns", "Updated 2 hours ago"],
    "008": ["28 trillion won ($20 billion)", "12 injured as bus overturns", "Exports rise 3.7% in April",
            "150 stores in Japan"],
    "010": ["1,000 deminers and 5,000 military construction workers", "6,000 deminers and military builders",
            "Watch video 01:38", "908,574", "several ballistic missiles"],
    "012": ["around 6,000 more personnel", "1,000 deminers and 5,000 military builders",
            "Russia launches one of largest drone attacks of the war on Kyiv, 23 killed", "2 min"],
    "014": ["Deminers and builders promised: 6,000", "about 6,400km", "thousands more workers",
            "80th party anniversary"],
}

OFF = ["001", "005", "011", "013"]
DUP = {"009": "007"}

conflicts = {
    "must": [
        ["003-2", "003-3", "upwards of 3,000 killed or wounded (Zelensky) against about 1,100 (South Korea's JCS, four days earlier), in one live-blog entry"],
        ["004-1", "006-1", "about 300 killed (NIS via Lee Seong-kweun, 13 Jan 2025) against more than 1,000 killed (Ukraine's SSO, 16 Jan 2025), three days apart"],
    ],
    "may": [
        ["003-2", "008-3", "more than 3,000 casualties (Dec 2024) against about 3,000 (NIS's January figure, reported in April)"],
        ["003-3", "008-1", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025): months apart, cumulative"],
        ["003-3", "008-3", "1,100 casualties (Dec 2024) against about 3,000 (January figure, reported in April)"],
        ["004-1", "008-2", "300 killed (Jan) against 600 (Apr): NIS's cumulative count, months apart"],
        ["004-1", "012-1", "300 killed (Jan) against 2,000 (Sep): months apart"],
        ["004-1", "014-3", "300 killed (Jan) against 2,000 (Dec table): months apart"],
        ["006-1", "008-2", "more than 1,000 killed (SSO, Jan) against about 600 (NIS, Apr): months apart"],
        ["008-2", "012-1", "600 killed (Apr) against 2,000 (Sep): cumulative, months apart"],
        ["008-2", "014-3", "600 killed (Apr) against 2,000 (Dec table): months apart"],
        ["000-1", "002-1", "1,500 in the first wave (18 Oct) against 11,000 in Kursk (4 Nov): the deployment was growing"],
        ["000-1", "007-1", "1,500 first wave (Oct 2024) against 3,000 reinforcements (Feb 2025)"],
        ["000-1", "007-2", "1,500 first wave against 11,000-12,000 sent last year, months later"],
        ["000-1", "010-2", "1,500 first wave against 3,000 reinforcements, months later"],
        ["000-1", "012-2", "1,500 first wave against more than 10,000, months later"],
        ["000-1", "014-1", "1,500 first wave against 10,000-12,000, a year later"],
        ["000-1", "014-2", "1,500 first wave against 3,000 reinforcements, a year later"],
        ["002-1", "007-1", "11,000 against an additional 3,000"],
        ["002-1", "010-2", "11,000 against an additional 3,000"],
        ["002-1", "014-2", "11,000 against an additional 3,000"],
        ["007-1", "007-2", "an additional 3,000 against 11,000-12,000 sent last year"],
        ["007-1", "012-2", "an additional 3,000 against more than 10,000"],
        ["007-1", "014-1", "an additional 3,000 against 10,000-12,000"],
        ["007-2", "010-2", "11,000-12,000 against an additional 3,000"],
        ["007-2", "014-2", "11,000-12,000 against an additional 3,000"],
        ["010-2", "012-2", "an additional 3,000 against more than 10,000"],
        ["010-2", "014-1", "an additional 3,000 against 10,000-12,000"],
        ["012-2", "014-2", "more than 10,000 against an additional 3,000"],
        ["014-1", "014-2", "10,000-12,000 against an additional 3,000"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
