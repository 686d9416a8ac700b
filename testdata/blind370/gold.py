#!/usr/bin/env python3
"""Gold labels for blind370 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind370: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Ukraine"]
HUR = ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukrainian intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "sending four brigades with a combined strength of around 12,000 troops", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "Some 1,500 special operations personnel made up the first contingent", False),
    ],
    "001": [
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "United States", "US", "U.S.", "State Department"],
         "About 8,000 North Korean soldiers have moved into Russia's Kursk region near the border with Ukraine", False),
        ("troops", "north_korea", 10000, None, "about",
         ["Pentagon", "Pat Ryder", "Ryder", "United States", "US", "U.S."],
         "About 10,000 North Korean troops were sent to eastern Russia for training this month", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ZEL + ["Ukrainian intelligence"],
         "eleven thousand North Korean soldiers who have already arrived in Russia's Kursk region", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR,
         "Russia had brought up to 12,000 North Korean servicemen to its territory for training", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "including about 500 officers", False),
    ],
    "004": [
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Pyongyang is thought to have sent some 11,000 troops to Russia this autumn", False),
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi", "Oleksandr Syrskyi"],
         "more than 3,000 North Korean soldiers had been killed or wounded in Kursk", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers had been killed or wounded", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "some 1,000 had been wounded", False),
        ("casualties", "russia", 38000, None, "about",
         ["Ukraine's military", "Ukrainian military", "Ukraine", "General Staff of Ukraine"],
         "Russia has lost around 38,000 soldiers killed or wounded in the Kursk region", False),
    ],
    "006": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's Kursk region", False),
        ("troops", "north_korea", 10000, 12000, "range",
         ["Ukrainian, South Korean and US intelligence", "Ukrainian intelligence", "South Korean intelligence",
          "US intelligence", "Ukraine", "South Korea", "United States", "intelligence estimates"],
         "Pyongyang has sent between 10,000 and 12,000 troops to fight for Russia", False),
        ("killed", "north_korea", 24, 99, "vague",
         ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
         "dozens of North Korean soldiers being killed", True),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "Some 300 North Korean soldiers are dead", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "Roughly 2,700 others have been wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS,
         "Ukraine had captured two North Korean soldiers over the weekend", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "about 11,000 North Korean troops have been deployed to the Kursk region", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea dispatched some three thousand additional soldiers to Russia in January and February", False),
        ("troops", "north_korea", 11000, 12000, "range", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "the 11,000-12,000 soldiers that Seoul and Kyiv estimate Kim sent last year", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "North Korean casualties so far total about 4,000", False),
    ],
    "010": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russia", "Russian General Staff", "Chief of the General Staff"],
         "Ukraine had lost more than 76,000 servicemen killed and wounded in the Kursk region", False),
        ("troops", "north_korea", 11000, 12000, "range",
         ["Western and South Korean intelligence agencies", "Western intelligence", "South Korean intelligence",
          "South Korea", "Western"],
         "Pyongyang sent 11,000 to 12,000 soldiers to Russia last year", False),
    ],
    "011": [
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "about 600 of its soldiers killed", False),
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "its casualties overall number around 4,700", False),
    ],
    "014": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["lawmakers"],
         "around two thousand North Korean soldiers had been killed in Russia", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Defence Intelligence", "Britain's Defence Intelligence", "Britain", "UK", "United Kingdom",
          "British Ministry of Defence", "UK Ministry of Defence"],
         "Pyongyang's forces had suffered more than 6,000 killed and wounded", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["Seoul", "South Korea"],
         "Thousands of North Korean soldiers remain in the region", True),
    ],
}

NOT = {
    "000": ["four Russian amphibious landing ships and three escort vessels", "about 13,000 containers",
            "between Oct. 8 and 13", "0.25 percentage point to 3.25 pct", "Billboard's top 10 list",
            "Number of foreign residents tops 2.6 mln"],
    "001": ["more than 1,000 square kilometers", "155 mm artillery shells",
            "Russia says it shot down 83 Ukrainian drones overnight, including 2 over Moscow region",
            "Election Day is 5 days away", "A typhoon that killed 2 in Taiwan"],
    "002": ["a journey of more than 7,000 kilometres", "Enemy loses 1,770 troops, 16 tanks in past day",
            "04.11.2024 23:40"],
    "004": ["in groups of 20 to 30", "Active personnel: about 1.28 million", "Reservists: about 600,000",
            "up to 10 years for men", "crossed the border on August 6", "snap election on February 23",
            "on December 25 for the second time"],
    "006": ["born in 2005", "born in 1999", "Russia Lost 1,720 Troops Over Past Day",
            "$3 Billion Backed by Frozen Russian Assets", "Seven Hurt as Russian Guided Bombs Hit Zaporizhzhia",
            "Donate from $5 a month"],
    "007": ["record 8.5 trillion yen budget", "Watch video 1:48", "exports seen rising 2.4%", "17:55 JST"],
    "008": ["about 220 pieces of artillery", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "roughly 1,300 square kilometers", "Kospi Index 2,630.04", "USD-KRW 1,468.60",
            "Near Record $3,000 an Ounce", "split roughly one to six"],
    "010": ["Putin Declares 3-Day 'Victory Day' Ceasefire", "Capture of 2 More Villages", "$2 | $4 | $10"],
    "011": ["for about a month in January and February", "Seoul's consumer sentiment rises for 3rd month",
            "Five weeks to the election"],
    "014": ["1,000 sappers", "5,000 military builders", "nearly $20 billion", "from €7.99 per month",
            "more than three times its estimate in the spring", "until 2020"],
}

OFF = ["005", "009", "012", "013"]
DUP = {"003": "002"}

conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, 31 Oct 2024) against 11,000 already "
                           "in Kursk (Zelensky, 4 Nov 2024), four days apart"],
        ["004-2", "004-3", "more than 3,000 killed and wounded (Zelensky) against about 1,100 (South Korea's JCS), "
                           "reported the same day, in one article"],
    ],
    "may": [
        ["000-1", "001-2", "about 12,000 being sent (NIS, 18 Oct) against about 10,000 sent (Pentagon, 28 Oct): "
                           "estimates of the whole force while it was still arriving"],
        ["001-2", "002-1", "about 10,000 in Russia (Pentagon) against 11,000 already in Kursk (Zelensky) a week "
                           "later; the force was still arriving"],
        ["001-1", "004-1", "8,000 in Kursk (Oct) against some 11,000 sent to Russia (Dec): months apart, other scope"],
        ["001-1", "006-2", "8,000 in Kursk (Oct) against 10,000-12,000 sent to Russia (Jan): months apart"],
        ["001-1", "007-4", "8,000 in Kursk (Oct) against about 11,000 in Kursk (NIS, Jan): months apart"],
        ["001-1", "008-2", "8,000 in Kursk (Oct 2024) against 11,000-12,000 sent last year (Mar 2025)"],
        ["001-1", "010-2", "8,000 in Kursk (Oct 2024) against 11,000 to 12,000 sent last year (Apr 2025)"],
        ["001-2", "004-1", "about 10,000 (Oct) against some 11,000 (Dec): months apart"],
        ["001-2", "007-4", "about 10,000 (Oct) against about 11,000 (Jan): months apart"],
        ["001-2", "008-2", "about 10,000 (Oct 2024) against 11,000-12,000 (Mar 2025): months apart"],
        ["001-2", "010-2", "about 10,000 (Oct 2024) against 11,000 to 12,000 (Apr 2025): months apart"],
        ["000-1", "004-1", "about 12,000 (Oct) against some 11,000 (Dec): months apart"],
        ["000-1", "007-4", "about 12,000 (Oct) against about 11,000 (Jan): months apart"],
        ["008-1", "008-2", "some 3,000 additional troops against the 11,000-12,000 first sent"],
        ["008-1", "004-1", "an additional 3,000 against some 11,000"],
        ["008-1", "006-2", "an additional 3,000 against 10,000-12,000"],
        ["008-1", "007-4", "an additional 3,000 against about 11,000"],
        ["008-1", "010-2", "an additional 3,000 against 11,000 to 12,000"],
        ["004-3", "008-3", "about 1,100 casualties (Dec) against about 4,000 (Mar): months apart, cumulative"],
        ["004-3", "011-2", "about 1,100 casualties (Dec) against about 4,700 (Apr): months apart, cumulative"],
        ["004-3", "014-2", "about 1,100 casualties (Dec) against more than 6,000 (Jun): months apart"],
        ["008-3", "011-2", "about 4,000 casualties (JCS, Mar) against about 4,700 (NIS, Apr): a cumulative count "
                           "rising over five weeks"],
        ["008-3", "014-2", "about 4,000 casualties (Mar) against more than 6,000 (Jun): months apart"],
        ["011-2", "014-2", "about 4,700 casualties (Apr) against more than 6,000 (Jun): months apart"],
        ["004-5", "007-2", "some 1,000 wounded (NIS, Dec 19) against roughly 2,700 (NIS, Jan 13): the same "
                           "agency's cumulative count rising"],
        ["007-1", "011-1", "about 300 killed (NIS, Jan) against about 600 (NIS, Apr): the same agency's cumulative "
                           "count rising, an update"],
        ["011-1", "014-1", "about 600 killed (NIS, Apr) against around 2,000 (NIS, Sep): an update"],
        ["007-1", "014-1", "about 300 killed (NIS, Jan) against around 2,000 (NIS, Sep): an update"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
