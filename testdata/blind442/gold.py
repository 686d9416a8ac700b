#!/usr/bin/env python3
"""Gold labels for testdata/blind442 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
NIS_LAW = NIS + ["Lee Seong-kweun", "Park Sun-won", "lawmakers"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"]
HUR = ["Defence Intelligence", "HUR", "Yusov", "Andrii Yusov", "Ukraine", "Ukrainian intelligence"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS, "shipping some 1,500 of them to the Russian Far East over the past week", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Eleven thousand North Korean soldiers are already in Russia's Kursk Oblast", False),
        ("troops", NK, 500, None, "about", ["Kyrylo Budanov", "Budanov", "HUR", "Military intelligence", "Ukraine"],
         "the North Korean force includes about 500 officers", False),
        ("troops", NK, 10000, None, "more_than", ["Matthew Miller", "State Department", "U.S.", "United States", "Washington"],
         "the U.S. was aware of \"more than 10,000\" North Korean soldiers having been sent to eastern Russia", False),
        ("troops", RU, 50000, None, "about", ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "The Russian command has brought together around 50,000 of its own troops for a counteroffensive in the area", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelenskiy", "Zelenskiy", "Zelensky", "Syrskyi", "Ukraine"],
         "more than 3,000 North Korean soldiers have been killed or wounded in the Kursk region", False),
        ("casualties", NK, 1100, None, "about", ["joint chiefs of staff", "JCS", "South Korea", "Seoul"],
         "North Korean troops fighting in Kursk have suffered about 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS + ["MPs"],
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + ["MPs"],
         "around 1,000 wounded", False),
        ("troops", NK, 2000, 9999, "vague", ["Kyiv", "Seoul", "Ukraine", "South Korea"],
         "North Korea is believed to have sent thousands of soldiers to Russia", True),
    ],
    "004": [
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "North Korean troops fighting for Russia in the Kursk region have suffered some 3,000 casualties", False),
        ("killed", NK, 300, None, "about", NIS_LEE, "about 300 killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS_LEE,
         "the agency had also confirmed the capture of two North Korean soldiers by Ukraine", False),
    ],
    "005": [
        ("killed", NK, 1000, None, "about", HUR,
         "close to a thousand North Korean soldiers have been killed in Russia's Kursk Oblast", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "had captured two North Korean soldiers in Kursk Oblast", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea sent about 3,000 more troops to Russia in January and February", False),
        ("troops", NK, 14000, None, "about", JCS,
         "The reinforcements have taken the number of North Korean soldiers sent to Russia since last autumn to around 14,000", False),
        ("troops", NK, 200, 900, "vague", JCS,
         "Hundreds of the new arrivals have since joined front-line units in Kursk", True),
        ("casualties", NK, 2000, 9999, "vague", NIS,
         "the North Korean contingent has suffered thousands of casualties", True),
    ],
    "008": [
        ("troops", NK, 11000, 12000, "range", ["South Korean and Western intelligence", "Western intelligence", "South Korea", "South Korean intelligence"],
         "Between 11,000 and 12,000 North Korean soldiers were sent to Russia in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", ["Seoul", "South Korea"],
         "some three thousand more arrived in January and February", False),
        ("killed", NK, 1000, None, "more_than", ["Western officials", "Western intelligence", "West"],
         "Western officials believe more than a thousand have been killed", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine captured two soldiers in January", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS_LAW,
         "North Korean troops deployed to Russia have suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS_LAW, "some 600 of them fatal", False),
        ("casualties", NK, 3000, None, "about", NIS_LAW,
         "In January, it had put North Korea's losses at around 3,000", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than", ["Russian Defense Ministry", "Defense Ministry", "Russia", "Russian Ministry of Defence"],
         "the Ukrainian armed forces lost more than 76,000 servicemen", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS + ["Seoul"],
         "roughly 2,000 North Korean soldiers had been killed in and around Kursk", False),
        ("troops", NK, 12000, None, "up_to", ["unattributed"],
         "The first contingent, up to 12,000 troops, arrived in late 2024", False),
        ("troops", NK, 15000, None, "about", ["Seoul", "South Korea"],
         "Seoul now estimates that some 15,000 North Koreans have served in the Kursk theater in total", False),
        ("wounded", NK, 200, 900, "vague", ["Japanese government source", "Japan", "Japanese government"],
         "Hundreds of wounded soldiers have been treated in Pyongyang's military hospitals", True),
    ],
}

NOT = {
    "000": ["up to 12,000 troops", "a total of four brigades", "three other vessels", "about 13,000 containers",
            "more than 8 million rounds", "between Oct. 8 and 13", "since 1990", "KOSPI ends lower at 2,593.82",
            "top 1 mln copies in six days", "up 7.5 pct in September"],
    "001": ["several hundred square kilometers", "around $2,000 a month", "the 300-kilometer ATACMS",
            "Russia loses 1,250 soldiers in a day", "join 16,000+ members of our community", "on Aug. 6"],
    "003": ["day 1,034 of the invasion", "42 Ukrainian drones overnight", "21 of them over Kursk region",
            "The EU's 15th package of sanctions"],
    "004": ["One was born in 1999 and the other in 2005", "death toll confirmed at 179", "above 2,500",
            "NIS says at least 100 North Korean soldiers killed in Kursk", "nearly triple the agency's estimate"],
    "005": ["possibly several thousand more soldiers", "4 injured", "EUR 3 billion", "national 24/7 telethon"],
    "007": ["about 220 artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "KOSPI 2,607.15", "USD/KRW 1,466.20", "kill 26"],
    "008": ["Article 4 of the treaty", "in their early 20s", "up to $20bn", "in Pyongyang in 2023"],
    "009": ["leads rivals by 20 points"],
    "011": ["1,000 sappers", "5,000 military builders", "over 7,000 pieces of weapons and military equipment",
            "including 420 tanks", "more than 100 explosive objects a day", "dollar at 78.6 rubles", "June 19, 2024"],
    "014": ["1,000 deminers, 5,000 military builders", "about 6,500 km", "up to $20 billion", "5 candidates, 1 big question",
            "get 3 months for $9", "more than tripled since the spring"],
}

OFF = ["002", "006", "010", "012"]
DUP = {"013": "004"}

conflicts = {
    "must": [
        ["003-1", "003-2", "more than 3,000 casualties (Zelenskiy) against about 1,100 (South Korea's JCS), reported the same day in the same live blog"],
        ["004-2", "005-1", "about 300 killed (South Korea's NIS, 13 Jan 2025) against close to a thousand killed (Ukraine's HUR, 16 Jan 2025), three days apart"],
        ["008-3", "009-2", "more than a thousand killed (Western officials, 28 Apr 2025) against about 600 killed (NIS, 30 Apr 2025), two days apart"],
    ],
    "may": [
        # troops: early batch, later totals, reinforcements, months apart
        ["000-1", "001-1", "1,500 special forces in the Far East (18 Oct) against 11,000 in Kursk (5 Nov): first shipment, then the build-up"],
        ["000-1", "001-3", "1,500 (18 Oct) against more than 10,000 (4 Nov): first shipment, then the build-up"],
        ["000-1", "007-2", "1,500 (Oct 2024) against around 14,000 in total (Mar 2025), months apart"],
        ["000-1", "008-1", "1,500 (Oct 2024) against 11,000-12,000 sent in autumn 2024, months apart"],
        ["000-1", "014-3", "1,500 (Oct 2024) against some 15,000 in total (Sep 2025), months apart"],
        ["000-1", "007-1", "first 1,500 against about 3,000 more (additional force, months apart)"],
        ["000-1", "008-2", "first 1,500 against some 3,000 more (additional force, months apart)"],
        ["001-1", "007-1", "11,000 against about 3,000 more: an additional force"],
        ["001-1", "008-2", "11,000 against some three thousand more: an additional force"],
        ["001-3", "007-1", "more than 10,000 against about 3,000 more: an additional force"],
        ["001-3", "008-2", "more than 10,000 against some three thousand more: an additional force"],
        ["001-1", "007-2", "11,000 (Nov 2024) against around 14,000 including reinforcements (Mar 2025), months apart"],
        ["001-1", "014-3", "11,000 (Nov 2024) against some 15,000 in total (Sep 2025), months apart"],
        ["007-1", "007-2", "about 3,000 more against around 14,000 in total: an additional force within the total"],
        ["007-1", "008-1", "about 3,000 more against 11,000-12,000 in the first wave: an additional force"],
        ["007-1", "014-3", "about 3,000 more against some 15,000 in total: an additional force, months apart"],
        ["008-2", "007-2", "some three thousand more against around 14,000 in total: an additional force"],
        ["008-2", "008-1", "some three thousand more against 11,000-12,000 in the first wave: an additional force"],
        ["008-2", "014-3", "some three thousand more against some 15,000 in total: an additional force, months apart"],
        ["007-2", "008-1", "around 14,000 in total against 11,000-12,000 sent in autumn 2024 (first wave only)"],
        ["007-2", "014-2", "around 14,000 in total against up to 12,000 in the first contingent, months apart"],
        ["007-2", "014-3", "around 14,000 (Mar 2025) against some 15,000 (Sep 2025), months apart"],
        ["008-1", "014-3", "11,000-12,000 first wave (Apr 2025) against some 15,000 in total (Sep 2025)"],
        ["014-2", "014-3", "up to 12,000 in the first contingent against some 15,000 in total, reinforcements included"],
        # casualties: a cumulative toll rising over the months (updates, not conflicts)
        ["003-1", "004-1", "more than 3,000 (Zelenskiy, 23 Dec) against some 3,000 (NIS, 13 Jan), three weeks apart"],
        ["003-2", "004-1", "about 1,100 (JCS, 23 Dec) against some 3,000 (NIS, 13 Jan): a later rise in a cumulative figure"],
        ["003-2", "009-1", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["003-2", "009-3", "about 1,100 (Dec 2024) against around 3,000 (NIS's January figure)"],
        ["003-1", "009-3", "more than 3,000 (Dec 2024) against around 3,000 (NIS's January figure)"],
        ["004-1", "009-1", "some 3,000 (Jan 2025) against about 4,700 (Apr 2025): the NIS updating a cumulative toll"],
        ["009-1", "009-3", "about 4,700 now against around 3,000 in January: the NIS updating a cumulative toll"],
        # killed and wounded: updates and months apart
        ["003-4", "004-3", "around 1,000 wounded (Dec 2024) against about 2,700 (Jan 2025): a later rise"],
        ["004-2", "009-2", "about 300 killed (Jan 2025) against some 600 (Apr 2025): the NIS updating a cumulative toll"],
        ["004-2", "008-3", "about 300 killed (Jan 2025) against more than a thousand (Apr 2025), months apart"],
        ["004-2", "014-1", "about 300 killed (Jan 2025) against roughly 2,000 (Sep 2025), months apart"],
        ["005-1", "008-3", "close to a thousand killed (Jan 2025) against more than a thousand (Apr 2025), months apart"],
        ["005-1", "009-2", "close to a thousand killed (Jan 2025) against some 600 (Apr 2025), months apart"],
        ["005-1", "014-1", "close to a thousand killed (Jan 2025) against roughly 2,000 (Sep 2025), months apart"],
        ["009-2", "014-1", "some 600 killed (Apr 2025) against roughly 2,000 (Sep 2025): a later rise"],
    ],
}

about = ("Gold labels for testdata/blind442 (fifteen articles written and labelled blind). "
         "See testdata/corpus/README.md for the meaning of every field and how a system's output is scored.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
