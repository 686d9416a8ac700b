#!/usr/bin/env python3
"""Gold labels for testdata/blind443 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind443: fifteen articles written for crosscheck in our own words "
         "about the real story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md for what counts as a claim and a conflict.")

US_KIRBY = ["White House", "John Kirby", "Kirby", "National Security Council", "United States", "U.S.", "US", "Washington"]
NIS_OCT = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "lawmakers", "Park Sun-won"]
HUR = ["HUR", "military intelligence", "Ukraine's military intelligence", "Andrii Yusov", "Yusov", "Ukraine", "Defence Intelligence of Ukraine"]
NIS_LEE = ["National Intelligence Service", "NIS", "Lee Seong-kweun", "South Korea", "Seoul", "spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"]
NIS_YON = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "Yonhap", "lawmakers", "spy agency"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "at_least", US_KIRBY,
         "At least 3,000 North Korean soldiers moved into eastern Russia between early and mid-October", False),
        ("troops", "north_korea", 3000, None, "about", NIS_OCT,
         "Pyongyang had already sent some 3,000 troops", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "about", HUR,
         "North Korea's contingent in Russia's Kursk Oblast has grown to some 11,000 soldiers", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "Among them are roughly 500 officers", False),
        ("troops", "north_korea", 10000, 12000, "range", ["United States", "U.S.", "South Korea", "Washington", "Seoul"],
         "between 10,000 and 12,000 North Korean soldiers were sent to Russia in total", False),
    ],
    "003": [
        ("troops", "north_korea", 11000, None, "exact", ["Zelenskyy", "Zelensky", "Volodymyr Zelensky", "Ukraine", "reporter"],
         "President Zelenskyy said over the weekend that 11,000 North Korean troops are now in Kursk", False),
        ("troops", "north_korea", 10000, None, "more_than", ["Pentagon", "Sabrina Singh", "Singh", "Department of Defense", "United States", "U.S."],
         "we assess more than 10,000 North Korean soldiers have been sent to eastern Russia", False),
    ],
    "004": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("casualties", "north_korea", 1100, None, "about", NIS_LEE,
         "The agency puts the total number of casualties at about 1,100", False),
        ("casualties", "north_korea", 200, 900, "vague", ["Pentagon", "United States", "U.S."],
         'had said on Monday that "several hundred" North Korean troops had been killed or wounded', True),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Zelensky", "Volodymyr Zelensky", "Ukraine", "Syrskyi"],
         "The number of North Korean soldiers killed and wounded in Russia's Kursk region has already passed 3,000", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "Roughly 1,100 North Korean casualties have been recorded since the troops entered combat in early December", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "2,700 wounded while fighting for Russia against Ukraine", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "That puts North Korean casualties at roughly 3,000", False),
        ("captured", "north_korea", 2, None, "exact", NIS_LEE + ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Ukraine had captured two North Korean soldiers in the Kursk region", False),
    ],
    "009": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea has sent some three thousand additional soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "the roughly eleven thousand troops Pyongyang deployed last autumn", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["South Korean and Western estimates", "South Korea", "Western"],
         "Several thousand North Koreans have been killed or wounded since they entered combat in December", True),
        ("casualties", "north_korea", 4000, None, "less_than", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "North Korean losses stood at just under 4,000 killed and wounded", False),
    ],
    "010": [
        ("killed", "north_korea", 600, None, "about", NIS_YON,
         "about 600 North Korean soldiers had been killed fighting for Russia", False),
        ("casualties", "north_korea", 4700, None, "about", NIS_YON,
         "North Korea has suffered some 4,700 casualties", False),
        ("troops", "north_korea", 12000, None, "up_to", ["Seoul and Kyiv", "Seoul", "Kyiv", "South Korea", "Ukraine"],
         "up to 12,000 North Korean troops were sent to Kursk last autumn", False),
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "Ukraine had lost more than 76,000 servicemen during its eight-month incursion", False),
    ],
    "012": [
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "About 11,000 North Korean soldiers were sent to Kursk last year", False),
        ("killed", "north_korea", 600, None, "about", ["South Korea's intelligence agency", "National Intelligence Service", "NIS", "South Korea"],
         "South Korea's intelligence agency estimates that about 600 of them have died", False),
    ],
    "014": [
        ("killed", "north_korea", 2000, None, "about", NIS_YON,
         "about 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("troops", "north_korea", 11000, 12000, "range", ["South Korean and Ukrainian estimates", "South Korea", "Ukraine"],
         "an estimated 11,000-12,000 troops to Russia's Kursk region in late 2024", False),
        ("troops", "north_korea", 3000, None, "about", ["South Korean and Ukrainian estimates", "South Korea", "Ukraine"],
         "some 3,000 reinforcements followed early this year", False),
        ("killed", "north_korea", 200, 900, "vague", ["state television", "North Korean state media", "North Korea"],
         "what appeared to be hundreds of fallen soldiers", True),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"],
         "The two North Korean soldiers captured by Ukraine in January", False),
    ],
}

NOT = {
    "000": ["around 10,000 by December", "at least three Russian military training sites", "Oct 27-28",
            "the 1950-53 Korean War", "up to 300 km (190 miles)", "reject 35% raise", "surge 20%"],
    "001": ["several hundred square kilometers", "155mm artillery shells", "injures 18",
            "Join more than 12,000 members"],
    "003": ["the roughly $6 billion", "a range of about 300 kilometers", "roughly 43,000 U.S. service members",
            "B-52 bombers", "$1.2 billion contract"],
    "004": ["Dec. 17", "the 11th Army Corps", "falls past 1,450 per dollar", "first hearing in Yoon impeachment trial for Dec. 27"],
    "005": ["240mm multiple rocket launchers", "170mm self-propelled guns", "192 combat clashes",
            "Enemy losses: 1,330 personnel, 8 tanks over past day"],
    "007": ["aged 20", "The other is 26", "Families of 179 Jeju Air crash victims", "Won ends at 1,470 per dollar"],
    "009": ["around 220 artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "30-day ceasefire"],
    "010": ["Article 4 of the 2024 treaty", "signed in June 2024", "Downed 115 Ukrainian Drones"],
    "012": ["1,000 deminers and 5,000 military construction workers", "falls below 4,000 yen"],
    "014": ["the 1,000 deminers and 5,000 military builders Pyongyang promised Moscow in June",
            "Around 30 countries are taking part", "112 Shahed-type drones", "two Iskander-M ballistic missiles",
            "84 drones were shot down or jammed"],
}

OFF = ["002", "006", "008", "013"]
DUP = {"011": "000"}

may = []
def m(a, b, why):
    may.append([a, b, why])

# troops: Seoul's 3,000 of late October against the November totals (the deployment was still growing)
for b in ["001-1", "001-3", "003-1", "003-2"]:
    m("000-2", b, "about 3,000 sent (NIS, Oct 24) against a November total of 10,000+: 12-20 days apart, during the build-up")
for b in ["009-2", "012-1", "014-2"]:
    m("000-2", b, "about 3,000 (Oct 2024) against about 11,000 reported months later")
# troops: the ~3,000 reinforcements of early 2025 are an additional force
for a in ["009-1", "014-3"]:
    for b in ["001-1", "001-3", "003-1", "003-2", "009-2", "012-1", "014-2"]:
        m(a, b, "about 3,000 additional troops (reinforcements, early 2025) against the 10,000-12,000 first deployment")
# killed: cumulative NIS figures months apart
m("007-1", "010-1", "about 300 killed (Jan 2025) against about 600 (Apr 2025): cumulative, months apart")
m("007-1", "012-2", "about 300 killed (Jan 2025) against about 600 (Jun 2025): cumulative, months apart")
m("007-1", "014-1", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025): cumulative, months apart")
m("010-1", "014-1", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025): cumulative, months apart")
m("012-2", "014-1", "about 600 killed (Jun 2025) against about 2,000 (Sep 2025): cumulative, months apart")
# casualties: cumulative figures weeks or months apart
m("005-2", "007-3", "about 1,100 (JCS, Dec 23) against about 3,000 (NIS, Jan 13): three weeks apart, a rising cumulative count")
m("005-1", "007-3", "more than 3,000 (Zelensky) against roughly 3,000 (NIS) three weeks later: arguably compatible")
for a in ["004-2", "005-2"]:
    m(a, "010-2", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): months apart")
m("007-3", "010-2", "about 3,000 casualties (Jan 2025) against about 4,700 (Apr 2025): months apart")
m("009-4", "010-2", "just under 4,000 (Syrskyi, March) against about 4,700 (NIS, Apr 30): five weeks apart, rising count")

conflicts = {
    "must": [
        ["004-2", "005-1", "about 1,100 casualties (South Korea's NIS via Lee Seong-kweun, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), reported five days apart"],
        ["005-1", "005-2", "more than 3,000 casualties (Zelensky) against roughly 1,100 (South Korea's JCS), same day, same article"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
