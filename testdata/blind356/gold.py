#!/usr/bin/env python3
"""Gold labels for testdata/blind356 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind356: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. See testdata/corpus/README.md for every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul",
       "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "a first contingent of roughly 1,500 special forces soldiers", False),
    ],
    "001": [
        ("troops", "north_korea", 10000, None, "about",
         ["Antony Blinken", "Blinken", "United States", "US"],
         "about 10,000 North Korean soldiers are now in Russia", False),
        ("troops", "north_korea", 8000, None, "up_to",
         ["Antony Blinken", "Blinken", "United States", "US"],
         "as many as 8,000 of them have moved into the Kursk region", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "have suffered an estimated 1,100 casualties", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "The JCS put the size of the North Korean contingent at roughly 11,000", False),
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "around 1,000 wounded", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "More than three thousand North Korean soldiers have been killed or wounded in Russia's Kursk region",
         False),
        ("troops", "north_korea", 11000, 12000, "range",
         ["Andriy Yusov", "Yusov", "Defence Intelligence of Ukraine", "HUR", "Ukrainian intelligence",
          "Ukraine"],
         "between 11,000 and 12,000 North Korean military personnel are now in the Kursk region", False),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "roughly 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "about 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Ukrainian special forces"],
         "took two North Korean soldiers prisoner in Kursk Oblast", False),
        ("casualties", "russia", 816200, None, "exact",
         ["General Staff of Ukraine's Armed Forces", "General Staff", "Ukraine"],
         "Russia has lost 816,200 troops in Ukraine", False),
        ("casualties", "russia", 1580, None, "exact",
         ["General Staff of Ukraine's Armed Forces", "General Staff", "Ukraine"],
         "including 1,580 casualties over the past day", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "roughly three thousand additional soldiers", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "Pyongyang's forces have taken about 4,000 casualties", False),
    ],
    "008": [
        ("killed", "north_korea", 600, None, "about", NIS,
         "About 600 North Korean soldiers have been killed fighting for Russia", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "the North's total casualties – dead and wounded – stood at about 4,700", False),
        ("killed", "north_korea", 1000, None, "at_least", ["Western officials"],
         "no fewer than 1,000 North Koreans had been killed", False),
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russia", "Moscow"],
         "Ukraine had lost more than 76,000 troops during its eight-month incursion into Kursk", False),
    ],
    "010": [
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Around eleven thousand soldiers were sent in the autumn of 2024", False),
        ("troops", "north_korea", 3000, None, "about", ["unattributed"],
         "roughly 3,000 more followed early this year", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["unattributed", "estimates"],
         "Estimates of North Korean dead and wounded run into the thousands", True),
    ],
    "011": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["lawmakers", "South Korea's intelligence service"],
         "around 2,000 North Korean soldiers have died fighting for Russia in the Kursk region", False),
        ("troops", "north_korea", 200, 900, "vague", NIS,
         "Pyongyang has sent several hundred military engineers to Kursk to clear mines", True),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact",
         ["Kim Jong-un", "Korean Central News Agency", "KCNA", "North Korea", "state media"],
         "nine of its members had been killed during the mission", False),
        ("troops", "north_korea", 1000, None, "about", JCS,
         "South Korea's military has estimated that the regiment numbered about 1,000 troops", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "the roughly 2,000 North Korean soldiers the National Intelligence Service believes were killed in the Kursk fighting",
         False),
    ],
}

NOT = {
    "000": ["around twelve thousand soldiers in all", "four brigades",
            "the 11th Corps", "Four landing ships and three escort vessels", "more than 13,000 containers",
            "since August 2023", "12th straight month", "22%", "the 30th time"],
    "001": ["about 86 minutes", "more than 7,000 kilometers", "01:52", "down 2.6%"],
    "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "1,450 against the dollar",
            "9th straight month", "KOSPI 2,442.01"],
    "004": ["Views: 2318", "Russian army loses 1,530 troops in Ukraine over past day", "August 6, 2024"],
    "006": ["74 Shahed-type attack drones", "shot down 47 of them", "24 were \"lost\"", "20 years old",
            "the other is 26", "since 2021", "9,670 tanks", "20,470 artillery systems",
            "Join over 100,000 readers", "another 90 days"],
    "007": ["KN-23", "around 1,300 square kilometres", "less than half"],
    "008": ["more than 7 months old", "eight-month incursion", "6 August 2024", "169 seats",
            "first 100 days", "£2 a month"],
    "010": ["North Korea to send 6,000 more to Kursk", "1,000 deminers", "5,000 military construction workers",
            "his 3rd visit since March", "around $20 billion"],
    "011": ["112 Ukrainian Drones", "June 2024", "$2"],
    "014": ["120 days", "528th Regiment of Engineers", "would send 1,000 deminers and 5,000 military builders",
            "N. Korea to send 6,000 troops to rebuild Kursk", "12.2 trillion won", "KOSPI 4,011.57"],
}

OFF = ["002", "005", "009", "012"]
DUP = {"013": "004"}

conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, 23 Dec 2024) against more than 3,000 "
         "killed and wounded (Zelensky, reported 26 Dec 2024), three days apart"],
        ["008-1", "008-3", "about 600 killed (South Korea's NIS) against no fewer than 1,000 killed "
         "(Western officials), same article, same period (April 2025)"],
    ],
    "may": [
        # troops: totals weeks or months apart
        ["001-1", "003-2", "about 10,000 in Russia (US, 1 Nov) against roughly 11,000 (JCS, 23 Dec), seven weeks apart"],
        ["001-1", "004-2", "about 10,000 (US, 1 Nov) against 11,000-12,000 in Kursk (HUR, 26 Dec), eight weeks apart"],
        ["001-1", "010-1", "about 10,000 (Nov 2024) against around 11,000 sent in autumn 2024 (June 2025 recap)"],
        ["001-2", "003-2", "up to 8,000 in Kursk (1 Nov) against roughly 11,000 in all (23 Dec): part and whole, weeks apart"],
        ["001-2", "004-2", "up to 8,000 in Kursk (1 Nov) against 11,000-12,000 in Kursk (26 Dec), eight weeks apart"],
        ["001-2", "010-1", "up to 8,000 in Kursk (Nov 2024) against around 11,000 (June 2025 recap)"],
        # troops: an additional force against totals
        ["000-1", "007-1", "a first contingent of 1,500 against about 3,000 additional soldiers, four months apart"],
        ["000-1", "010-2", "a first contingent of 1,500 against roughly 3,000 more, months apart"],
        ["001-1", "007-1", "about 10,000 against an additional 3,000"],
        ["001-2", "007-1", "up to 8,000 in Kursk against an additional 3,000"],
        ["003-2", "007-1", "roughly 11,000 against an additional 3,000"],
        ["004-2", "007-1", "11,000-12,000 against an additional 3,000"],
        ["007-1", "010-1", "an additional 3,000 against around 11,000 first sent"],
        ["001-1", "010-2", "about 10,000 against 3,000 more"],
        ["001-2", "010-2", "up to 8,000 in Kursk against 3,000 more"],
        ["003-2", "010-2", "roughly 11,000 against 3,000 more"],
        ["004-2", "010-2", "11,000-12,000 against 3,000 more"],
        ["007-1", "014-2", "3,000 reinforcements (Feb 2025) against a 1,000-strong engineer regiment (Dec 2025)"],
        ["010-2", "014-2", "3,000 reinforcements against a 1,000-strong engineer regiment, months apart"],
        # casualties: a cumulative figure rising over months
        ["003-1", "007-2", "about 1,100 (Dec 2024) against about 4,000 (Feb 2025), same agency, two months apart"],
        ["003-1", "008-2", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025), four months apart"],
        ["007-2", "008-2", "about 4,000 (Feb 2025) against about 4,700 (Apr 2025), two months apart"],
        # killed: a cumulative figure rising over months
        ["006-1", "008-1", "about 300 killed (Jan 2025) against about 600 (Apr 2025), same agency"],
        ["006-1", "008-3", "about 300 killed (Jan 2025) against at least 1,000 (Apr 2025)"],
        ["006-1", "011-1", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025)"],
        ["006-1", "014-3", "about 300 killed (Jan 2025) against about 2,000 (Dec 2025 recap)"],
        ["008-1", "011-1", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025)"],
        ["008-1", "014-3", "about 600 killed (Apr 2025) against about 2,000 (Dec 2025 recap)"],
        # wounded: the same agency's cumulative figure three weeks later
        ["003-4", "006-2", "around 1,000 wounded (NIS, 19 Dec 2024) against about 2,700 (NIS, 13 Jan 2025), "
         "a cumulative figure rising over three weeks"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
