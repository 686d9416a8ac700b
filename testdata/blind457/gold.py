#!/usr/bin/env python3
"""Gold labels for testdata/blind457 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind457: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting (October 2024 - December 2025). See testdata/corpus/README.md "
         "for the meaning of every field and how a system's output is scored.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"]
HUR = ["Andrii Yusov", "Yusov", "Defence Intelligence of Ukraine", "HUR", "Ukraine"]
RUMOD = ["Russian Defense Ministry", "Defense Ministry", "Russia", "MoD"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "North Korea is deploying some 12,000 soldiers", False),
        ("troops", NK, 1500, None, "about", NIS,
         "carried about 1,500 North Korean special operations forces", False),
    ],
    "001": [
        ("troops", RU, 50000, None, "about", ["Volodymyr Zelensky", "Zelensky"],
         "Russia has concentrated roughly 50,000 soldiers in Kursk Oblast", False),
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "intelligence", "Ukraine"],
         "eleven thousand North Korean soldiers had by then reached Kursk Oblast", False),
    ],
    "002": [
        ("troops", NK, 12000, None, "up_to",
         ["Western media", "US and South Korean officials", "US officials", "South Korean officials",
          "United States", "South Korea"],
         "up to 12,000 servicemen from the DPRK had arrived in Russia", False),
        ("casualties", UA, 320, None, "up_to", RUMOD,
         "the enemy lost up to 320 servicemen", False),
        ("casualties", UA, 33500, None, "more_than", RUMOD,
         "the Ukrainian army has lost more than 33,500 servicemen", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Syrskyi"],
         "more than 3,000 North Korean soldiers have been killed or wounded", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "around 1,100 North Korean troops killed or wounded", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "2,700 wounded since the troops went into combat in December", False),
        ("captured", NK, 2, None, "exact", NIS + ["Ukraine"],
         "Ukraine had captured two North Korean soldiers in Kursk on Jan. 9", False),
    ],
    "006": [
        ("casualties", NK, 4000, None, "about", HUR,
         "the losses of the North Korean contingent have already reached some four thousand", False),
        ("killed", NK, 1000, None, "at_least", HUR,
         "no fewer than a thousand are killed", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers in Kursk Oblast", False),
        ("casualties", NK, 2000, 9999, "vague", HUR,
         "the number killed and wounded now running into the thousands", True),
    ],
    "009": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea dispatched about 3,000 additional troops to Russia", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the estimated 11,000 soldiers Pyongyang sent last year", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS,
         "have suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "among them around 600 dead", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "put North Korean casualties at roughly 3,000", False),
    ],
    "012": [
        ("troops", NK, 10000, 12000, "range",
         ["South Korean and Western intelligence", "South Korea", "Western intelligence", "Claire Hennessy", "BBC"],
         "it sent between 10,000 and 12,000 soldiers to Kursk", False),
        ("troops", NK, 2000, 9999, "vague",
         ["South Korean and Western intelligence", "South Korea", "Western intelligence"],
         "thousands more as reinforcements in the new year", True),
        ("casualties", NK, 6000, None, "more_than",
         ["UK's Ministry of Defence", "Ministry of Defence", "UK", "Britain", "United Kingdom"],
         "more than 6,000 North Korean soldiers had been killed or wounded", False),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range",
         ["South Korean, U.S. and Ukrainian officials", "South Korea", "United States", "U.S.", "Ukraine"],
         "between 10,000 and 12,000 troops", False),
        ("troops", NK, 3000, None, "about", ["South Korea's military", "South Korea"],
         "About 3,000 more followed in January and February", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("wounded", NK, 2000, 9999, "vague", ["unattributed"] + NIS,
         "Thousands more were wounded in the fighting", True),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Two North Korean soldiers captured by Ukrainian forces in January remain in Kyiv", False),
    ],
}

NOT = {
    "000": ["four brigades", "four Russian landing ships and three escort vessels",
            "about 100 kilometers north of Vladivostok", "more than 13,000 containers",
            "more than 8 million rounds of 152 mm and 122 mm ammunition",
            "4 landing ships and 3 escort ships", "roughly 300 km by sea", "up 7.5 pct in September",
            "by 0.25 percentage point to 3.25 pct", "in the 1960s and 1970s"],
    "001": ["how many of the 50,000 were North Korean", "about 1,300 square kilometers",
            "around 40% of that territory", "96 drones overnight, 60 shot down",
            "Over 17,000 readers", "Comments (41)", "oil depot 200 km inside Russia",
            "30 km from the Russian border"],
    "002": ["two tanks, five armored combat vehicles and eight motor vehicles", "197 tanks",
            "141 infantry fighting vehicles", "113 armored personnel carriers",
            "1,040 armored combat vehicles", "repelled 11 counterattacks",
            "around 150,000 residents had to leave border districts", "down 34 Ukrainian UAVs",
            "Article 4 of the treaty"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "top 8.7 trillion yen", "Watch video 01:38"],
    "005": ["aged 26", "the other is 20", "around $2,000 per soldier each month",
            "Families of 179 Jeju Air crash victims", "10 trillion won quarterly sales",
            "joined The Korea Times in 2016"],
    "006": ["in groups of 20 to 30 men", "around 500 square kilometres", "6 August 2024"],
    "009": ["some 220 170-mm self-propelled guns", "240-mm multiple rocket launchers",
            "KN-23 and KN-24", "KOSPI 2,607.15", "757,000", "USD/KRW 1,466.50"],
    "011": ["2.5% in March", "4-day trip", "falls 1.1% in March"],
    "012": ["1,000 deminers and 5,000 military builders", "send 1,000 sappers",
            "5,000 military construction workers",
            "his second visit in two weeks", "C$2bn (£1.1bn)", "77 vessels"],
    "014": ["more than $20 billion", "since the 1970s", "A year ago this month"],
}

OFF = ["004", "008", "010", "013"]
DUP = {"007": "006"}

conflicts = {
    "must": [
        ["003-1", "003-2", "more than 3,000 killed and wounded (Zelenskyy) against around 1,100 (South Korea's JCS), in the same article, the same day"],
        ["005-1", "006-2", "about 300 killed (NIS via Lee Seong-kweun, Jan 13) against no fewer than 1,000 killed (HUR's Yusov, Jan 16), three days apart"],
    ],
    "may": [
        ["000-1", "001-2", "about 12,000 being deployed in total (NIS) against 11,000 already in Kursk (Zelensky), three weeks apart"],
        ["000-1", "009-1", "12,000 against an additional 3,000, months apart"],
        ["000-1", "009-2", "about 12,000 (Oct 2024) against the estimated 11,000 sent last year (Mar 2025)"],
        ["000-1", "014-2", "12,000 against 3,000 more"],
        ["001-2", "009-1", "11,000 against an additional 3,000"],
        ["001-2", "014-2", "11,000 against 3,000 more"],
        ["002-1", "009-1", "up to 12,000 against an additional 3,000"],
        ["002-1", "014-2", "up to 12,000 against 3,000 more"],
        ["009-1", "009-2", "an additional 3,000 on top of 11,000"],
        ["009-1", "012-1", "an additional 3,000 against 10,000-12,000"],
        ["009-1", "014-1", "an additional 3,000 against 10,000-12,000"],
        ["009-2", "014-2", "11,000 against 3,000 more"],
        ["012-1", "014-2", "10,000-12,000 against 3,000 more"],
        ["014-1", "014-2", "10,000-12,000 first deployment against 3,000 more"],
        ["012-2", "000-1", "'thousands more' reinforcements against the whole first force"],
        ["012-2", "001-2", "'thousands more' reinforcements against the whole first force"],
        ["012-2", "002-1", "'thousands more' reinforcements against the whole first force"],
        ["012-2", "009-2", "'thousands more' reinforcements against the whole first force"],
        ["012-2", "012-1", "'thousands more' reinforcements against the whole first force"],
        ["012-2", "014-1", "'thousands more' reinforcements against the whole first force"],
        ["003-1", "011-3", "more than 3,000 (Dec) against roughly 3,000 (January estimate, reported in April)"],
        ["003-2", "006-1", "1,100 (Dec 23) against some 4,000 (Jan 16), a cumulative figure three weeks later"],
        ["003-2", "006-4", "1,100 against 'thousands', three weeks later"],
        ["003-2", "011-1", "1,100 (Dec) against 4,700 (Apr), months apart"],
        ["003-2", "011-3", "1,100 (Dec) against 3,000 (January estimate)"],
        ["003-2", "012-3", "1,100 (Dec) against more than 6,000 (Jun), months apart"],
        ["006-1", "011-1", "some 4,000 (Jan) against 4,700 (Apr), months apart"],
        ["006-1", "011-3", "some 4,000 (HUR) against roughly 3,000 (NIS, January), reported months apart"],
        ["006-1", "012-3", "some 4,000 (Jan) against more than 6,000 (Jun), months apart"],
        ["011-1", "012-3", "about 4,700 (NIS, Apr 30) against more than 6,000 (UK MoD, 'last month' in June), seven weeks apart"],
        ["011-3", "012-3", "roughly 3,000 (January) against more than 6,000 (May-June)"],
        ["005-1", "011-2", "about 300 killed (Jan) against around 600 (Apr), a later rise in a cumulative figure"],
        ["005-1", "014-3", "about 300 killed (Jan) against about 2,000 (Sep), months apart"],
        ["006-2", "011-2", "no fewer than 1,000 killed (Jan) against around 600 (Apr), months apart"],
        ["011-2", "014-3", "around 600 killed (Apr) against about 2,000 (Sep), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
