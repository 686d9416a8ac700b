#!/usr/bin/env python3
"""Gold labels for testdata/blind662 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind662: 15 articles written for crosscheck in our own words about the real "
         "story's known reporting (October 2024 - December 2025). Same schema and rules as testdata/corpus "
         "(see its README.md).")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "intelligence agency"]

A = {
    "000": [
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers have been killed in combat against Ukrainian forces in Russia's Kursk region", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "close to 1,000 North Korean troops have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", ["Lee Seong-kweun"] + NIS,
         "the North's losses come to some 1,100 soldiers", False),
        ("troops", "north_korea", 11000, 12000, "range", NIS,
         "Pyongyang has deployed 11,000-12,000 troops to Russia", False),
    ],
    "002": [
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "Secretary of State", "State Department", "United States", "US"],
         "About 8,000 North Korean soldiers have now reached Russia's Kursk region", False),
        ("troops", "north_korea", 10000, None, "about",
         ["Sabrina Singh", "Pentagon", "Defense Department", "United States", "US"],
         "roughly 10,000 North Korean troops had been sent to eastern Russia for training", False),
        ("troops", "north_korea", 10000, 12000, "range",
         ["Kim Yong-hyun", "South Korean Defense Minister", "South Korea", "Seoul"],
         "put the overall number somewhere between 10,000 and 12,000", False),
    ],
    "003": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Russia's General Staff", "General Staff", "Valery Gerasimov", "Gerasimov", "Russia", "Russian Defence Ministry"],
         "the Ukrainian armed forces lost more than 76,000 servicemen during the Kursk adventure", False),
    ],
    "004": [
        ("troops", "north_korea", 11000, None, "exact",
         ["Kyrylo Budanov", "Budanov", "Defence Intelligence of Ukraine", "HUR", "Ukraine"],
         "Eleven thousand North Korean soldiers are already in Kursk Oblast", False),
        ("troops", "north_korea", 500, None, "about",
         ["Kyrylo Budanov", "Budanov", "Defence Intelligence of Ukraine", "HUR", "Ukraine"],
         "Among the arrivals are some 500 officers", False),
    ],
    "006": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "have suffered more than 3,000 killed and wounded", False),
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "the North had sustained around 1,100 casualties", False),
        ("casualties", "north_korea", 24, 99, "vague",
         ["Special Operations Forces", "Ukraine's Special Operations Forces", "Ukraine"],
         "killed or wounded dozens of North Korean soldiers in a single day of fighting", True),
    ],
    "007": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "North Korea has moved some 1,500 special operations troops to Russia's Far East", False),
    ],
    "008": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "put the North's total losses at some three thousand", False),
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "his forces had captured two North Korean soldiers in Russia's Kursk region", False),
    ],
    "010": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea dispatched about 3,000 additional troops to Russia in January and February", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Pyongyang sent around 11,000 soldiers to Russia last autumn", False),
    ],
    "012": [
        ("troops", "north_korea", 15000, None, "up_to", NIS,
         "the North had sent up to 15,000 soldiers to Russia in two waves", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "about 4,700 casualties among the North Korean troops", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including about 600 deaths", False),
    ],
    "014": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["Lee Seong-kweun"],
         "around 2,000 North Korean soldiers had died in the fighting", False),
        ("troops", "north_korea", 5000, None, "about", NIS,
         "some 5,000 military construction troops were being moved to Russia", False),
        ("troops", "north_korea", 10000, None, "more_than", ["Western officials", "Western"],
         "more than 10,000 North Korean combat troops have rotated through Russia since October 2024", False),
        ("troops", "north_korea", 2000, 9000, "vague", ["unattributed"],
         "Several thousand North Korean troops remain in the Kursk region", True),
    ],
}

NOT = {
    "000": ["W61.2tr", "Dec. 27", "1.9% lower", "Nearly 40% of single-person households", "W1.74tr",
            "\"dozens\" a month"],
    "002": ["$425 million package", "October 31, 2024", "late teens"],
    "003": ["send 1,000 sappers to the Kursk Region", "another 5,000 military builders",
            "send 1,000 deminers", "5,000 military construction workers", "over 400 tanks",
            "some 2,700 field artillery guns and mortars", "about 1,400 km of roads", "more than 200 bridges",
            "78.45 rubles", "over 140 countries", "June 19, 2024", "two more settlements"],
    "004": ["about US$2,000 a month", "about 80 km from the North Korean border",
            "Russia loses 1,340 soldiers and 9 tanks over past day", "40 drones overnight", "31 of 44 Shaheds"],
    "006": ["170mm Koksan self-propelled guns", "240mm multiple rocket launchers", "59 of 103 Russian Drones",
            "52 More Shadow Fleet Tankers", "almost three times"],
    "007": ["the force is set to reach about 12,000 troops, or four brigades", "12K expected in all",
            "4 Russian landing ships and 3 escort vessels", "six days", "more than 13,000 containers of munitions",
            "Oct. 8 and 13", "2,593.82", "6.2 pct"],
    "008": ["aged 20 and 26", "nearly three times the figure it gave lawmakers in December", "115 tril. yen",
            "1.05%", "157 per dollar", "2+2 security talks"],
    "010": ["as many as 200 long-range artillery guns", "about 1.2 million personnel", "1,432.10 per dollar",
            "0.7%", "25% Tariffs", "$8 Billion Merger Case"],
    "012": ["18-hour blackout", "7 May", "€500 million", "€200 million", "several billion dollars"],
    "014": ["Fourteen months", "2.5 hectares", "450,000-strong military", "155 mm-class artillery shell",
            "1,400 new Infantry Squad Vehicles", "$2.3 billion", "20 more F-47 jets", "¥9.04 trillion",
            "first three months", "15 years"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"011": "006"}

conflicts = {
    "must": [
        ["002-1", "004-1", "about 8,000 North Korean troops in Kursk (Blinken, 31 Oct 2024) against eleven thousand "
                           "already in Kursk Oblast (Budanov, 5 Nov 2024), five days apart"],
        ["006-1", "006-2", "more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's JCS), "
                           "the same day in one article"],
        ["000-3", "006-1", "some 1,100 casualties (NIS via Lee Seong-kweun, 19 Dec 2024) against more than 3,000 "
                           "(Zelensky, 23 Dec 2024), four days apart"],
    ],
    "may": [
        ["002-2", "004-1", "roughly 10,000 sent to Russia in all (Pentagon) against 11,000 in Kursk alone (Budanov); "
                           "whole against part, close values"],
        ["002-1", "000-4", "8,000 in Kursk (Oct 2024) against 11,000-12,000 deployed (Dec 2024), seven weeks apart"],
        ["002-2", "000-4", "roughly 10,000 (Oct 2024) against 11,000-12,000 (Dec 2024), seven weeks apart"],
        ["002-1", "010-2", "8,000 in Kursk (Oct 2024) against around 11,000 sent last autumn (Feb 2025)"],
        ["002-2", "010-2", "roughly 10,000 (Oct 2024) against around 11,000 (Feb 2025), months apart"],
        ["002-1", "014-3", "8,000 in Kursk (Oct 2024) against more than 10,000 rotated through Russia (Dec 2025)"],
        ["002-2", "014-3", "roughly 10,000 (Oct 2024) against more than 10,000 (Dec 2025), a year apart"],
        ["010-1", "002-1", "about 3,000 additional troops (Feb 2025) against 8,000 in Kursk (Oct 2024)"],
        ["010-1", "002-2", "about 3,000 additional troops against roughly 10,000 sent in 2024"],
        ["010-1", "002-3", "about 3,000 additional troops against 10,000-12,000 sent in 2024"],
        ["010-1", "004-1", "about 3,000 additional troops against eleven thousand in Kursk (Nov 2024)"],
        ["010-1", "000-4", "about 3,000 additional troops against 11,000-12,000 deployed (Dec 2024)"],
        ["010-1", "010-2", "an additional 3,000 against around 11,000 sent last autumn, same article"],
        ["010-1", "014-3", "an additional 3,000 (Feb 2025) against more than 10,000 in all (Dec 2025)"],
        ["014-2", "002-1", "some 5,000 construction troops (Sep 2025) against 8,000 in Kursk (Oct 2024)"],
        ["014-2", "002-2", "some 5,000 construction troops (Sep 2025) against roughly 10,000 (Oct 2024)"],
        ["014-2", "002-3", "some 5,000 construction troops (Sep 2025) against 10,000-12,000 (Oct 2024)"],
        ["014-2", "004-1", "some 5,000 construction troops (Sep 2025) against eleven thousand (Nov 2024)"],
        ["014-2", "000-4", "some 5,000 construction troops (Sep 2025) against 11,000-12,000 (Dec 2024)"],
        ["014-2", "010-1", "some 5,000 construction troops (Sep 2025) against 3,000 reinforcements (Feb 2025)"],
        ["014-2", "010-2", "some 5,000 construction troops (Sep 2025) against around 11,000 (Feb 2025)"],
        ["014-2", "014-3", "an additional 5,000 construction troops against more than 10,000 combat troops, same article"],
        ["000-3", "012-2", "some 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): a cumulative count, months later"],
        ["006-2", "012-2", "around 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): months apart"],
        ["008-3", "012-2", "some three thousand casualties (Jan 2025) against about 4,700 (Apr 2025): months apart"],
        ["008-1", "012-3", "around 300 killed (Jan 2025) against about 600 (Apr 2025): months apart"],
        ["008-1", "014-1", "around 300 killed (Jan 2025) against around 2,000 (Sep 2025): months apart"],
        ["012-3", "014-1", "about 600 killed (Apr 2025) against around 2,000 (Sep 2025): months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
