#!/usr/bin/env python3
"""Gold labels for blind574 (written blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind574/articles, written blind (without reading the extractor or any "
         "crosscheck output). Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "intelligence agency"]
NIS_LEE = NIS + ["Lee Seong-kweun", "Lee"]
NIS_YONHAP = NIS + ["Yonhap"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "a first contingent of about 1,500 special operations troops", False),
    ],
    "001": [
        ("troops", "north_korea", 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "U.S."],
         "North Korea has sent roughly 10,000 soldiers to eastern Russia for training", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["U.S. officials", "United States", "U.S."],
         "several thousand of the troops were believed to be headed toward the Kursk border region", True),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "There are already 11,000 soldiers from North Korea in Russia's Kursk region", False),
        ("troops", "north_korea", 500, None, "about",
         ["Budanov", "Kyrylo Budanov", "Defence Intelligence", "HUR", "Ukraine"],
         "the North Korean contingent in Russia included around 500 officers", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi"],
         "North Korean losses in Kursk – dead and wounded together – had passed three thousand", False),
        ("casualties", "north_korea", 1100, None, "about",
         ["joint chiefs of staff", "Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military", "Seoul"],
         "North Korean forces had suffered about 1,100 casualties in their recent fighting", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "An estimated 11,000 North Korean soldiers were sent to Russia this autumn", False),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "about 2,700 wounded in the fighting in Russia's Kursk region", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "That puts the North's combined casualties at roughly 3,000", False),
        ("captured", "north_korea", 2, None, "exact", NIS,
         "Ukrainian forces had captured two North Korean soldiers on Jan. 9", False),
    ],
    "006": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian troops have taken two North Korean soldiers prisoner in Russia's Kursk Oblast", False),
    ],
    "007": [
        ("casualties", "north_korea", 4000, None, "about",
         ["Yusov", "Andrii Yusov", "Defence Intelligence", "HUR", "Ukrainian intelligence", "Ukraine"],
         "About 4,000 soldiers of the North Korean army have been killed or wounded in Russia's Kursk Oblast", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in Kursk Oblast", False),
    ],
    "010": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Seoul"],
         "North Korea has sent roughly 3,000 more soldiers to Russia since January", False),
        ("troops", "north_korea", 11000, None, "about", NIS + ["Seoul"],
         "the approximately 11,000 troops the North dispatched last autumn", False),
        ("wounded", "north_korea", 200, 900, "vague", NIS + ["Seoul"],
         "Hundreds of wounded North Korean soldiers are being treated in military hospitals", True),
    ],
    "011": [
        ("troops", "north_korea", 11000, 12000, "range",
         ["Western and South Korean officials", "Western officials", "South Korean officials", "South Korea"],
         "11,000–12,000 North Korean soldiers were sent to the region last autumn", False),
        ("casualties", "north_korea", 4700, None, "about", NIS_YONHAP,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS_YONHAP,
         "some 600 of them fatally", False),
    ],
    "013": [
        ("troops", "north_korea", 11000, 12000, "range", ["Seoul", "South Korea", "Western governments"],
         "between 11,000 and 12,000 North Korean soldiers were sent in the first wave", False),
        ("troops", "north_korea", 3000, None, "about",
         ["South Korean intelligence", "South Korea", "National Intelligence Service", "NIS"],
         "Around 3,000 more followed at the start of 2025", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "roughly two thousand North Korean soldiers are now believed to have been killed", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "its spring estimate of about 600 dead", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "Two soldiers taken prisoner in January are still held in Ukraine", False),
    ],
}

NOT = {
    "000": ["as many as 12,000 troops in four brigades", "up to 12K troops", "between Oct. 8 and 13",
            "his first trip to the North in 24 years", "Seoul shares close 0.4 pct lower at 2,593.82",
            "1 mln books"],
    "001": ["more than $60 billion in military aid", "Russian drone attack on Kharkiv wounds 12",
            "7 battleground states", "the alliance's 32 members", "February 2022"],
    "002": ["Enemy losses: 1,310 soldiers, 14 artillery systems in one day",
            "about 50 kilometers from the Ukrainian border", "05.11.2024 09:20"],
    "004": ["42 Ukrainian drones", "since Austria's Karl Nehammer in April 2022", "Comments (1,312)",
            "Five dead as storm brings 90mph winds", "The 50 best TV shows of 2024"],
    "005": ["One of them was born in 2005", "Won slides to 1,470 per dollar",
            "179 victims' families demand full probe", "KOSPI 2,489.56 (-1.04%)"],
    "006": ["Russia launches 74 drones, ballistic missile overnight", "he was born in 2005",
            "since 2021", "he was born in 1999", "$5 a month"],
    "007": ["national joint 24/7 newscast", "over 1,000 guided aerial bombs", "since August 2024"],
    "010": ["an estimated 220 units of 170-mm self-propelled guns", "240-mm multiple rocket launchers",
            "4.5 billion yen for power grid repair"],
    "011": ["more than 1,000 square kilometers of Russian territory", "Aug. 6, 2024", "Support us from just $2"],
    "013": ["1,000 sappers to clear mines", "5,000 military builders", "more than three times",
            "Reading time: 4 min"],
}

OFF = ["003", "009", "012", "014"]
DUP = {"008": "005"}

must = [
    ["004-1", "004-2", "more than 3,000 North Korean casualties (Zelenskyy) against about 1,100 (South Korea's "
     "joint chiefs of staff), the same day, in the same article"],
    ["005-3", "007-1", "about 3,000 North Korean casualties (NIS via Lee Seong-kweun, 13 Jan 2025) against about "
     "4,000 (HUR's Yusov, 17 Jan 2025), four days apart"],
]

may = []
def m(a, b, why):
    may.append([a, b, why])

# troops: the first contingent, the early US count, the additional forces, months apart
for x in ["001-1", "002-1", "004-3", "010-2", "011-1", "013-1"]:
    m("000-1", x, "1,500 was the NIS's first contingent (Oct 2024), an early stage of the same deployment")
for x in ["010-1", "013-2"]:
    m("000-1", x, "first contingent against an additional force, months apart")
m("001-1", "002-1", "about 10,000 (Pentagon, 28 Oct) against 11,000 (Zelensky, 5 Nov): a growing deployment, a week apart")
for x in ["004-3", "010-2", "011-1", "013-1"]:
    m("001-1", x, "about 10,000 (Oct 2024) against 11,000 or 11,000-12,000 given months later")
for x in ["010-1", "013-2"]:
    m("001-1", x, "10,000 against an additional 3,000, months apart")
for a in ["002-1", "004-3", "010-2", "011-1", "013-1"]:
    for b in ["010-1", "013-2"]:
        if a != b:
            m(a, b, "the first force against an additional 3,000 (reinforcements)")
# casualties
m("004-1", "005-3", "more than 3,000 (23 Dec) against about 3,000 (13 Jan): nearly the same bound, three weeks apart")
m("004-2", "005-3", "1,100 (JCS, 23 Dec) rising to about 3,000 (NIS, 13 Jan): a later rise in South Korea's cumulative count")
m("004-2", "007-1", "1,100 (23 Dec) against about 4,000 (17 Jan): cumulative counts weeks apart")
m("004-2", "011-2", "1,100 (Dec 2024) against about 4,700 (Apr 2025): months apart")
m("005-3", "011-2", "about 3,000 (Jan) rising to about 4,700 (Apr): the NIS's cumulative count, months apart (an update)")
m("007-1", "011-2", "about 4,000 (Jan) against about 4,700 (Apr), months apart")
# killed
KILLED_WHY = "the NIS's cumulative count of the dead, months apart (an update, not a conflict)"
m("005-1", "011-3", "about 300 killed (Jan) rising to about 600 (Apr): " + KILLED_WHY)
m("005-1", "013-3", "about 300 killed (Jan) against about 2,000 (Sep): " + KILLED_WHY)
m("005-1", "013-4", "about 300 killed (Jan) against the spring estimate of about 600: " + KILLED_WHY)
m("011-3", "013-3", "about 600 killed (Apr) rising to about 2,000 (Sep): " + KILLED_WHY)
m("013-3", "013-4", "about 2,000 now against the spring estimate of about 600, in the same article: " + KILLED_WHY)

goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
