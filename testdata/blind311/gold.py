#!/usr/bin/env python3
"""Gold labels for testdata/blind311 (written blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind311: fifteen articles written for crosscheck in our own words about the real "
         "story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = ["Lee Seong-kweun", "National Intelligence Service", "NIS", "South Korea", "spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"]
DOD = ["Sabrina Singh", "Pentagon", "Department of Defense", "United States", "U.S."]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "putting the size of the force being sent at some 12,000 soldiers", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "an initial group of around 1,500 North Korean special operations troops", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, None, "about", DOD,
         "approximately 10,000 North Korean soldiers have been sent to eastern Russia", False),
        ("troops", "north_korea", 8000, None, "about", DOD,
         "roughly 8,000 have now moved into the Kursk oblast", False),
        ("troops", "north_korea", 12000, None, "up_to",
         ["South Korea's intelligence service", "South Korea", "National Intelligence Service", "NIS"],
         "South Korea's intelligence service has put the total at up to 12,000", False),
    ],
    "004": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "have suffered an estimated 1,100 casualties", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "the North Korean contingent, around 11,000 troops by its count", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "roughly 1,000 had been wounded", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Oleksandr Syrskyi"],
         "More than three thousand North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("troops", "north_korea", 10000, 12000, "range",
         ["Defense Intelligence", "HUR", "Ukraine", "Ukrainian military intelligence"],
         "between 10,000 and 12,000 North Korean troops have been deployed to the Kursk region", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["Andriy Yusov", "HUR", "Ukraine"],
         "\"several thousand\" North Koreans have so far taken part in assaults", True),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed and 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact",
         ["Volodymyr Zelenskiy", "Zelenskiy", "Zelensky", "Ukraine"],
         "Ukrainian forces captured two wounded North Korean soldiers in Kursk", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "North Korea has sent around 11,000 soldiers to Russia", False),
    ],
    "008": [
        ("casualties", "north_korea", 3000, None, "about", ["National Intelligence Service", "NIS", "South Korea", "Seoul"],
         "the expeditionary force had lost around 3,000 men killed or wounded", False),
        ("casualties", "north_korea", 4000, None, "about",
         ["Andriy Yusov", "GUR", "Ukraine's military intelligence", "Ukraine", "Kyiv"],
         "the real toll was \"closer to 4,000\"", False),
        ("troops", "north_korea", 11000, 12000, "range", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "an expeditionary corps that Seoul and Kyiv both put at 11,000 to 12,000 men", False),
        ("killed", "north_korea", 200, 900, "vague", ["Washington", "United States", "U.S."],
         "has spoken only of \"hundreds\" of North Koreans killed", True),
    ],
    "010": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea sent some three thousand additional soldiers to Russia in January and February", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "North Korean units have now suffered around 4,000 casualties", False),
    ],
    "011": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia", "Russian General Staff"],
         "the enemy lost more than 76,000 servicemen", False),
    ],
    "012": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "have suffered about 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "including roughly 600 deaths", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "the roughly 3,000 casualties it estimated in January", False),
    ],
    "014": [
        ("troops", "north_korea", 11000, None, "about", ["South Korean officials", "South Korea"],
         "roughly 11,000 went in the autumn of 2024", False),
        ("troops", "north_korea", 3000, None, "about", ["South Korean officials", "South Korea"],
         "about 3,000 more followed early this year", False),
        ("troops", "north_korea", 12000, None, "up_to", ["Ukraine", "United States", "U.S.", "Ukrainian and U.S. estimates"],
         "Ukrainian and U.S. estimates at the time ran up to 12,000", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "it believes about 2,000 North Korean soldiers have been killed", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "the agency had counted roughly 600 dead", False),
    ],
}

NOT = {
    "000": ["four amphibious landing ships", "three escort vessels", "between Oct. 8 and 13", "the 11th Corps", "in four brigades",
            "more than 13,000 containers", "11-day combined air exercise", "1,369.5 per dollar", "12.8 pct"],
    "002": ["$425 million", "155mm and 105mm artillery rounds", "the 68th such package",
            "more than 43,000 U.S. service members", "the 5th Bomb Wing", "56th Security Consultative Meeting"],
    "004": ["KN-23 and KN-24", "about 1,300 square kilometers", "around 40 percent", "June 19",
            "12K-strong force", "100 killed in first clashes", "1,450 per dollar"],
    "005": ["Day 1,037", "781,330 (+1,630)", "UAH/USD 41.93", "from $5/month", "52 of 78 Russian Drones",
            "500,000 Without Heat", "Jan. 1"],
    "007": ["who is 26", "aged 20", "1.8%", "at least 24"],
    "008": ["one aged 20 and the other 26", "some $2,000 a month per soldier", "since 1953", "January 9",
            "one soldier in three"],
    "010": ["about 220 self-propelled guns", "could send several thousand more soldiers", "on the 22nd", "M4.1",
            "steel tariffs of 25%"],
    "011": ["412 tanks", "383 infantry fighting vehicles", "3,800 drones", "6 August 2024", "Key rate 21%",
            "More than 11,000 servicemen to march in Victory Day parade", "2.3 million passengers"],
    "012": ["more than 7 months old", "from just £2 a month", "169 seats", "first 100 days", "180 countries",
            "half of the ammunition"],
    "014": ["1,000 military deminers", "5,000 military construction workers", "in their 20s and early 30s",
            "about $20 billion", "2nd time in two weeks"],
}

OFF = ["001", "003", "006", "013"]
DUP = {"009": "007"}


def pairs(a, bs, why):
    return [[a, b, why] for b in bs]


may = []
# troop totals reported weeks or months apart (the count rose as the force grew)
may += pairs("000-1", ["002-1", "004-2", "007-4", "014-1"], "about 12,000 (NIS, October 2024) against a later 10,000 or 11,000 total, weeks to months apart")
may += pairs("002-1", ["004-2", "007-4", "008-3", "014-1"], "about 10,000 (Pentagon, November 2024) against a later 11,000 or 11,000-12,000, weeks to months apart")
may += pairs("002-2", ["000-1", "004-2", "005-2", "007-4", "008-3", "014-1"], "8,000 moved into Kursk (a part, November 2024) against a total at another date")
# reinforcements: an additional force, not the whole
may += pairs("010-1", ["000-1", "002-1", "002-2", "004-2", "005-2", "007-4", "008-3", "014-1"], "about 3,000 additional troops (reinforcements, 2025) against the first contingent")
may += pairs("014-2", ["000-1", "002-1", "002-2", "004-2", "005-2", "007-4", "008-3", "014-1"], "about 3,000 more troops (reinforcements) against the first contingent")
# cumulative casualties weeks or months apart
may += pairs("004-1", ["008-1", "008-2", "010-2", "012-1", "012-3"], "1,100 casualties (December 2024) against a cumulative toll weeks or months later")
may += pairs("005-1", ["008-1", "012-3"], "more than 3,000 (Zelensky, December) against about 3,000 (NIS, January): the bound is borderline")
may += pairs("008-1", ["010-2", "012-1"], "about 3,000 casualties (January) against a cumulative toll two or more months later")
may += pairs("008-2", ["012-1", "012-3"], "closer to 4,000 (GUR, January) against the NIS figures quoted in April")
may += pairs("010-2", ["012-1", "012-3"], "about 4,000 casualties (JCS, March) against 4,700 (April) or the January 3,000")
# cumulative deaths months apart
may += pairs("007-1", ["012-2", "014-4", "014-5"], "about 300 killed (January) against a cumulative death toll months later")
may += pairs("012-2", ["014-4"], "about 600 killed (April) against about 2,000 (September)")
may += pairs("008-4", ["014-4"], "'hundreds' killed (US, January) against about 2,000 (September)")
# cumulative wounded weeks apart
may += pairs("004-4", ["007-2"], "roughly 1,000 wounded (December) against 2,700 wounded (January), same agency")

conflicts = {
    "must": [
        ["004-1", "005-1", "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed and wounded (Zelensky), both given on 23 December, reported three days apart"],
        ["008-1", "008-2", "around 3,000 casualties (NIS) against closer to 4,000 (Ukraine's GUR, via Andriy Yusov) in the same week, in one article"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
