#!/usr/bin/env python3
"""Gold labels for blind649 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind649: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency"]
LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
BUD = ["Kyrylo Budanov", "Budanov", "Defence Intelligence of Ukraine", "HUR", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
UN = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "About 1,500 North Korean special forces soldiers were carried from the North's east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "US"],
         "About 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", ["U.S. officials", "United States", "US"],
         "roughly 10,000 North Korean troops in all have been sent to eastern Russia since early October", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", BUD,
         "The number of North Korean troops brought into Russia's Kursk region has reached 11,000", False),
        ("troops", NK, 500, None, "about", BUD,
         "the contingent includes about 500 officers", False),
        ("troops", NK, 200, 900, "vague", BUD,
         "several hundred of the soldiers have already been moved up to forward positions near the border", True),
        ("troops", RU, 50000, None, "about", ZEL,
         "Russia had pulled about 50,000 of its own troops into the Kursk direction", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "about", LEE,
         "roughly three thousand North Koreans had been killed or wounded in Russia's Kursk region", False),
        ("troops", NK, 10000, 12000, "range", ["Ukraine", "South Korea", "US", "United States"],
         "put the force at between 10,000 and 12,000 troops", False),
        ("killed", NK, 300, None, "about", LEE,
         "about 300 North Korean soldiers have died", False),
        ("wounded", NK, 2700, None, "about", LEE,
         "some 2,700 have been wounded", False),
        ("casualties", NK, 4000, None, "more_than", ZEL,
         "North Korean losses in Kursk had passed 4,000", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had taken two North Korean soldiers alive", False),
    ],
    "005": [
        ("troops", NK, 3000, None, "about", JCS,
         "some three thousand additional troops to Russia in January and February", False),
        ("troops", NK, 14000, None, "about", JCS,
         "bring Pyongyang's overall deployment to roughly 14,000", False),
        ("captured", NK, 2, None, "exact", UN + ["Ukraine"],
         "One of the two North Korean prisoners held in Ukraine", False),
    ],
    "006": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Russia's western Kursk region", False),
        ("troops", NK, 12000, None, "up_to", ["South Korean intelligence", "South Korea", "National Intelligence Service", "NIS"],
         "Up to 12,000 North Korean troops have been sent to Russia since October", False),
    ],
    "008": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the losses of the Ukrainian armed forces during the Kursk operation exceeded 76,000 personnel", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", LEE,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia against Ukraine", False),
        ("killed", NK, 600, None, "about", LEE,
         "including roughly 600 who died", False),
        ("casualties", NK, 3000, None, "about", LEE,
         "The National Intelligence Service had put the toll at about 3,000 in January", False),
        ("troops", NK, 11000, None, "about", UN,
         "North Korea is estimated to have sent about eleven thousand soldiers to Russia last autumn", False),
        ("troops", NK, 3000, None, "about", UN,
         "followed by roughly 3,000 reinforcements early this year", False),
        ("captured", NK, 2, None, "exact", UN + ["Ukraine"],
         "Ukraine holds two North Korean soldiers captured in January", False),
    ],
    "010": [
        ("troops", NK, 14000, None, "about", ["South Korean and Western estimates", "South Korea", "Western"],
         "the North dispatched some 14,000 troops to fight in Kursk", False),
        ("casualties", NK, 4700, None, "about", ["South Korean and Western estimates", "South Korea", "Western"],
         "of whom about 4,700 were killed or wounded", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["Kim Jong Un", "KCNA", "Korean Central News Agency", "North Korea", "state media"],
         "nine of its soldiers had died during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the Kursk fighting", False),
    ],
}

NOT = {
    "000": ["as many as 12,000 soldiers from four brigades in all",
            "readying 10,000 troops to send to Russia",
            "four Russian amphibious landing ships and three escort ships",
            "since 1990",
            "Death toll from Busan apartment fire rises to 3",
            "won at 1,368.50 per dollar"],
    "001": ["Several thousand more could follow",
            "$425 million package",
            "Russian strikes kill 3 in Kharkiv"],
    "002": ["Russia's combat losses in Ukraine reach 704,290 troops, 1,240 in past day",
            "downs 38 of 59 Russian drones",
            "within about 30 kilometres of the state border",
            "Views 1 482"],
    "003": ["in groups of 20 to 30",
            "aged 20",
            "about $2,000 a month",
            "North Korea 'sends 1,500 special forces' to Russia, says Seoul",
            "1 minute 42 seconds"],
    "005": ["some 220 long-range artillery systems",
            "more than 20,000 containers of munitions and weapons",
            "6 killed in Busan resort construction site fire",
            "after 11 hearings"],
    "006": ["born in 2005", "born in 1999", "has served as a sniper since 2016",
            "Japan births in 2024 likely to drop below 700,000 for 1st time",
            "1st launch this year"],
    "008": ["more than 7,000 units of weapons and military equipment",
            "including 412 tanks",
            "June 19, 2024",
            "Ukraine's army loses over 1,100 troops in past day",
            "three-day ceasefire"],
    "009": ["economy unexpectedly shrinks 0.2% in first quarter",
            "Trump's first 100 days"],
    "010": ["1,000 deminers and 5,000 military construction workers",
            "6,000 military builders and deminers",
            "thousands of North Korean laborers",
            "more than 200 square kilometers of farmland",
            "kills at least 28"],
    "014": ["120 days of arduous work",
            "1,000 deminers and 5,000 military builders",
            "day 1,389",
            "taken 3 more villages"],
}

OFF = ["004", "007", "011", "013"]
DUP = {"012": "006"}

conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, 31 Oct 2024) against 11,000 already in Kursk (Budanov, 5 Nov 2024): same metric, subject and place, four days apart"],
        ["003-1", "003-5", "about 3,000 North Korean killed and wounded (NIS via lawmaker Lee Seong-kweun) against more than 4,000 (Zelensky), same day, same article"],
    ],
    "may": [
        # the October first contingent against later totals
        ["000-1", "001-1", "1,500 special forces in a first contingent (18 Oct) against 8,000 in Kursk two weeks later"],
        ["000-1", "001-2", "1,500 in a first contingent (18 Oct) against about 10,000 in all two weeks later"],
        ["000-1", "002-1", "1,500 in a first contingent (18 Oct) against 11,000 in Kursk 18 days later"],
        ["000-1", "003-2", "1,500 in October against 10,000-12,000 three months later"],
        ["000-1", "005-2", "1,500 in October against about 14,000 after reinforcements, four months later"],
        ["000-1", "009-4", "1,500 in October against about 11,000 sent last autumn, reported six months later"],
        ["000-1", "010-1", "1,500 in October against some 14,000, eight months later"],
        ["000-1", "005-1", "1,500 first contingent against some 3,000 additional troops"],
        ["000-1", "009-5", "1,500 first contingent against some 3,000 reinforcements"],
        # November figures
        ["001-2", "002-1", "about 10,000 in all of Russia (US) against 11,000 in Kursk alone (Budanov), four days apart: close enough to be rounding"],
        ["001-1", "003-2", "8,000 in Kursk (November) against 10,000-12,000 in all, two and a half months later"],
        ["001-1", "009-4", "8,000 in Kursk against about 11,000 sent last autumn, reported six months later"],
        ["001-2", "009-4", "about 10,000 against about 11,000 sent last autumn, reported six months later"],
        ["001-1", "005-2", "8,000 (November) against about 14,000 after reinforcements (February)"],
        ["001-2", "005-2", "about 10,000 (November) against about 14,000 after reinforcements (February)"],
        ["002-1", "005-2", "11,000 (November) against about 14,000 after reinforcements (February)"],
        ["001-1", "010-1", "8,000 (November) against some 14,000 (June)"],
        ["001-2", "010-1", "about 10,000 (November) against some 14,000 (June)"],
        ["002-1", "010-1", "11,000 (November) against some 14,000 (June)"],
        ["003-2", "005-2", "10,000-12,000 (January) against about 14,000 after reinforcements (February)"],
        ["003-2", "010-1", "10,000-12,000 (January) against some 14,000 (June)"],
        ["006-2", "005-2", "up to 12,000 (January) against about 14,000 after reinforcements (February)"],
        ["006-2", "010-1", "up to 12,000 (January) against some 14,000 (June)"],
        # the additional 3,000 against totals
        ["005-1", "001-1", "an additional 3,000 against the November total"],
        ["005-1", "001-2", "an additional 3,000 against the November total"],
        ["005-1", "002-1", "an additional 3,000 against the November total"],
        ["005-1", "003-2", "an additional 3,000 against the January total"],
        ["005-1", "006-2", "an additional 3,000 against the January total"],
        ["005-1", "005-2", "an additional 3,000 against the total it brings to 14,000"],
        ["005-1", "009-4", "an additional 3,000 against the 11,000 sent last autumn"],
        ["005-1", "010-1", "an additional 3,000 against the total of 14,000"],
        ["009-5", "001-1", "3,000 reinforcements against the November total"],
        ["009-5", "001-2", "3,000 reinforcements against the November total"],
        ["009-5", "002-1", "3,000 reinforcements against the November total"],
        ["009-5", "003-2", "3,000 reinforcements against the January total"],
        ["009-5", "006-2", "3,000 reinforcements against the January total"],
        ["009-5", "005-2", "3,000 reinforcements against the total of 14,000"],
        ["009-5", "009-4", "3,000 reinforcements against the 11,000 sent before them"],
        ["009-5", "010-1", "3,000 reinforcements against the total of 14,000"],
        # casualties and killed: cumulative counts months apart
        ["003-1", "009-1", "NIS about 3,000 (January) against about 4,700 (April): the same agency's cumulative count, three months later"],
        ["003-1", "010-2", "about 3,000 (January) against about 4,700 (June)"],
        ["009-3", "010-2", "about 3,000 (the January figure) against about 4,700 (June)"],
        ["003-5", "009-3", "Zelensky's more than 4,000 (January) against the NIS's January 3,000, reported three months later"],
        ["003-3", "009-2", "about 300 killed (January) against about 600 (April): the same agency's cumulative count"],
        ["003-3", "014-2", "about 300 killed (January) against about 2,000 (September estimate)"],
        ["009-2", "014-2", "about 600 killed (April) against about 2,000 (September estimate)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
