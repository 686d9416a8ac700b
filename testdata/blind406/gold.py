#!/usr/bin/env python3
"""Gold labels for testdata/blind406 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind406: fifteen articles written in our own words about the real story's known "
         "reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
KIRBY = ["John Kirby", "Kirby", "National Security Council", "White House", "United States", "US", "Washington"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "a first contingent of about 1,500 special operations troops already moved to the Russian Far East", False),
    ],
    "001": [
        ("troops", "north_korea", 3000, None, "at_least", KIRBY,
         "at least 3,000 DPRK servicemen had been moved to eastern Russia by ship", False),
        ("troops", "north_korea", 3000, None, "about", NIS_LEE,
         "the number had doubled from what it reported last week, to some 3,000", False),
        ("troops", "ukraine", 2000, None, "about", ["Vladimir Putin", "Putin", "Russia"],
         "Russian forces had blocked about 2,000 Ukrainian servicemen in the Kursk Region", False),
        ("casualties", "ukraine", 26000, None, "more_than", ["Russian Defense Ministry", "Defense Ministry", "Russia"],
         "the Ukrainian armed forces have lost more than 26,000 servicemen in the Kursk area", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, 12000, "range", ["Ukraine", "United States", "US", "South Korea"],
         "a figure of between 10,000 and 12,000 soldiers sent since early October", False),
        ("troops", "north_korea", 11000, None, "about",
         ["Kyrylo Budanov", "Budanov", "HUR", "Ukraine's military intelligence", "Ukraine"],
         "some eleven thousand were now in the Kursk region", False),
    ],
    "004": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "North Korea's forces in Russia's Kursk region have lost about 1,100 soldiers killed or wounded", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "the roughly 11,000 troops it has sent", False),
        ("casualties", "north_korea", 200, 900, "vague", KIRBY,
         "North Korean troops had suffered several hundred casualties, both killed and wounded", True),
        ("killed", "north_korea", 50, None, "up_to", ["Special Operations Forces", "Ukraine"],
         "as many as 50 North Korean soldiers had been killed in three days of fighting", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers have now been killed or wounded in the Kursk region", False),
    ],
    "006": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's Kursk Oblast", False),
        ("casualties", "russia", 38000, None, "about", ZEL,
         "Russia had lost about 38,000 soldiers in Kursk Oblast over the five months of the operation", False),
        ("killed", "russia", 15000, None, "about", ZEL,
         "of whom roughly 15,000 were killed", False),
        ("troops", "north_korea", 11000, 12000, "range",
         ["Defence Intelligence", "Ukraine's Defence Intelligence", "HUR", "Ukraine"],
         "11,000-12,000 North Korean soldiers are deployed in Kursk Oblast", False),
    ],
    "008": [
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "North Korean losses in the Kursk region now total some three thousand", False),
        ("killed", "north_korea", 300, None, "about", NIS_LEE, "about 300 dead", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE, "2,700 wounded", False),
        ("casualties", "north_korea", 4000, None, "about",
         ["Andriy Yusov", "Yusov", "Ukraine's military intelligence", "HUR", "Ukraine", "Kyiv"],
         "around 4,000 North Korean soldiers had been killed or wounded since they entered combat in December", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "his forces had captured two North Korean soldiers in Kursk", False),
    ],
    "011": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "Some 4,700 North Korean soldiers have been killed or wounded while fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE, "about 600 of them died", False),
        ("troops", "north_korea", 3000, None, "about", NIS_LEE,
         "about 3,000 additional soldiers in January and February", False),
        ("troops", "north_korea", 11000, None, "about", NIS_LEE,
         "the roughly 11,000 it dispatched last year", False),
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "Ukraine had lost more than 76,000 troops in the region since August", False),
    ],
    "013": [
        ("troops", "north_korea", 11000, None, "about", U,
         "Around 11,000 North Korean troops were deployed to Kursk from last autumn", False),
        ("casualties", "north_korea", 2000, 9999, "vague", U, "thousands were killed or wounded", True),
    ],
    "014": [
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died in the fighting", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Britain's Defense Ministry", "Defense Ministry", "Britain", "UK", "United Kingdom"],
         "North Korean forces had suffered more than 6,000 casualties since they entered combat last December", False),
        ("troops", "north_korea", 14000, None, "about", ["South Korea", "South Korean estimates"],
         "North Korea is believed to have sent roughly 14,000 troops to Russia", False),
        ("troops", "north_korea", 2000, 9999, "vague", NIS,
         "Thousands of military construction workers and deminers have followed since the summer", True),
    ],
}

NOT = {
    "000": ["a total of around 12,000 troops in four brigades", "four Russian navy vessels",
            "some 100 kilometers from the North Korean border", "more than 13,000 containers",
            "some 8 million rounds of 122 mm and 152 mm ammunition", "about 1.2 million active-duty personnel",
            "40,000 to 60,000", "inter-Korean roads in 2 border areas", "up 7.5 pct in September", "3.25 pct"],
    "001": ["around 10,000 by December", "delegations from 36 countries", "22 of them led by heads of state",
            "Article 4", "rise $2.3 bln in a week", "12 bilateral meetings", "USD/RUB 96.75, EUR/RUB 104.51"],
    "002": ["groups of roughly 30 to 40 soldiers", "about 50 of its 170 mm Koksan self-propelled guns",
            "20 multiple rocket launchers of 240 mm calibre", "around $2,000 (€1,890) per soldier per month",
            "around 1.28 million active-duty soldiers", "less than 1% of its forces",
            "ATACMS missiles of 300 km range", "120 missiles and 90 drones", "1,000 days of war"],
    "004": ["240-millimeter multiple rocket launchers", "170-mm self-propelled guns", "1,450 per dollar",
            "KOSPI closes at 2,442.01", "Busan's 7 beaches", "fuel tax cut for 2 months"],
    "005": ["The 170km cable", "658 megawatts", "Four telecoms cables", "78 missiles and 106 drones",
            "59 missiles and 54 drones", "About half a million people in Kharkiv",
            "killing 38 of the 67 people on board", "Comments (1,204)"],
    "006": ["born in 2005", "born in 1999", "since 2016", "6 August 2024", "about 1,300 square kilometres",
            "13 injured", "34 of 74 Russian drones", "42.3 per dollar"],
    "008": ["One was aged 20 and the other 26", "500 km from the border", "2-month vacancy", "2 min Reading time"],
    "011": ["240-millimeter multiple rocket launchers", "Article 4", "5,000-ton destroyer", "3.7% in April"],
    "013": ["6,000 military engineers and construction workers", "1,000 deminers", "5,000 military builders",
            "60 years of diplomatic ties", "4th straight week", "Nikkei Average at 38,536"],
    "014": ["80th anniversary", "two weeks after"],
}

OFF = ["003", "007", "010", "012"]
DUP = {"009": "008"}

conflicts = {
    "must": [
        ["004-1", "005-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and "
         "wounded (Zelensky, given Dec 23, repeated Dec 27), four days apart"],
        ["008-1", "008-4", "some 3,000 casualties (NIS via Lee Seong-kweun) against around 4,000 killed or wounded "
         "(Ukraine's HUR, Yusov), in the same article on the same day"],
    ],
    "may": [],
}

# may: incompatible values for the same metric and subject that are weeks or months apart (a build-up,
# a rising tally), an "additional" force, a total that includes reinforcements, or a vague amount.
MAY = [
    # troops, north_korea
    ("000-1", "001-1", "1,500 (NIS, Oct 18) against at least 3,000 (White House, Oct 23): early build-up"),
    ("000-1", "002-1", "1,500 in October against 10,000-12,000 a month later: build-up"),
    ("000-1", "002-2", "1,500 in October against 11,000 a month later: build-up"),
    ("000-1", "004-2", "1,500 in October against 11,000 in December: build-up"),
    ("000-1", "006-4", "1,500 in October against 11,000-12,000 in January: build-up"),
    ("000-1", "011-3", "1,500 first contingent against 3,000 additional months later"),
    ("000-1", "011-4", "1,500 first contingent against 11,000 sent over 2024"),
    ("000-1", "013-1", "1,500 in October against 11,000 in all, eight months later"),
    ("000-1", "014-3", "1,500 in October against 14,000 in all, a year later"),
    ("000-1", "014-4", "1,500 soldiers against thousands of builders and deminers a year later"),
    ("001-2", "002-1", "some 3,000 (Oct 23) against 10,000-12,000 a month later: build-up"),
    ("001-2", "002-2", "some 3,000 (Oct 23) against 11,000 a month later: build-up"),
    ("001-2", "004-2", "some 3,000 in October against 11,000 in December: build-up"),
    ("001-2", "006-4", "some 3,000 in October against 11,000-12,000 in January: build-up"),
    ("001-2", "011-4", "some 3,000 in October against 11,000 sent over 2024"),
    ("001-2", "013-1", "some 3,000 in October against 11,000 in all, months later"),
    ("001-2", "014-3", "some 3,000 in October against 14,000 in all, a year later"),
    ("011-3", "002-1", "3,000 additional against the first 10,000-12,000"),
    ("011-3", "002-2", "3,000 additional against the first 11,000"),
    ("011-3", "004-2", "3,000 additional against the first 11,000"),
    ("011-3", "006-4", "3,000 additional against the first 11,000-12,000"),
    ("011-3", "011-4", "3,000 additional on top of 11,000, same sentence"),
    ("011-3", "013-1", "3,000 additional against 11,000 in the first deployment"),
    ("011-3", "014-3", "3,000 additional against 14,000 in all"),
    ("014-3", "002-1", "14,000 in all (with reinforcements) against 10,000-12,000 a year earlier"),
    ("014-3", "002-2", "14,000 in all (with reinforcements) against 11,000 a year earlier"),
    ("014-3", "004-2", "14,000 in all (with reinforcements) against 11,000 in December 2024"),
    ("014-3", "006-4", "14,000 in all (with reinforcements) against 11,000-12,000 in January"),
    ("014-3", "011-4", "14,000 in all against 11,000 sent in 2024"),
    ("014-3", "013-1", "14,000 in all against 11,000 in Kursk"),
    ("014-4", "002-1", "thousands of builders and deminers (vague) against the 10,000-12,000 soldiers"),
    ("014-4", "002-2", "thousands of builders and deminers (vague) against 11,000 soldiers"),
    ("014-4", "004-2", "thousands of builders and deminers (vague) against 11,000 soldiers"),
    ("014-4", "006-4", "thousands of builders and deminers (vague) against 11,000-12,000 soldiers"),
    ("014-4", "011-4", "thousands of builders and deminers (vague) against 11,000 soldiers"),
    ("014-4", "013-1", "thousands of builders and deminers (vague) against 11,000 soldiers"),
    ("014-4", "014-3", "thousands of builders and deminers (vague) against 14,000 troops in all"),
    # casualties, north_korea
    ("004-1", "004-3", "1,100 (JCS) against several hundred (Kirby, a week earlier, vague)"),
    ("004-3", "005-1", "several hundred (vague) against more than 3,000, a week or so apart"),
    ("004-1", "008-1", "1,100 (JCS, Dec 23) against 3,000 (NIS, Jan 13): Seoul's rising tally three weeks on"),
    ("004-1", "008-4", "1,100 (JCS, Dec 23) against around 4,000 (HUR, Jan 13), three weeks apart"),
    ("004-3", "008-1", "several hundred (vague, mid-December) against 3,000 in January"),
    ("004-3", "008-4", "several hundred (vague, mid-December) against 4,000 in January"),
    ("005-1", "008-1", "more than 3,000 (Zelensky, December) against some 3,000 (NIS, January)"),
    ("004-1", "011-1", "1,100 in December against 4,700 in April"),
    ("004-3", "011-1", "several hundred (vague) in December against 4,700 in April"),
    ("008-1", "011-1", "3,000 in January against 4,700 in April (NIS, rising tally)"),
    ("008-4", "011-1", "4,000 in January against 4,700 in April"),
    ("004-1", "013-2", "1,100 in December against thousands (vague) in June"),
    ("004-3", "013-2", "several hundred against thousands, both vague, months apart"),
    ("004-1", "014-2", "1,100 in December 2024 against more than 6,000 in September 2025"),
    ("004-3", "014-2", "several hundred (vague) against more than 6,000 nine months later"),
    ("008-1", "014-2", "3,000 in January against more than 6,000 in September"),
    ("008-4", "014-2", "4,000 in January against more than 6,000 in September"),
    ("011-1", "014-2", "4,700 in April against more than 6,000 in September"),
    # killed, north_korea
    ("008-2", "011-2", "300 killed in January against 600 in April (NIS, rising tally)"),
    ("008-2", "014-1", "300 killed in January against 2,000 in September"),
    ("011-2", "014-1", "600 killed in April against 2,000 in September"),
]
conflicts["may"] = [list(p) for p in MAY]

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
