#!/usr/bin/env python3
"""Gold labels for testdata/blind363 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind363: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting. See testdata/corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "North Korea is in the process of sending about 12,000 soldiers, including special forces troops, to Russia", False),
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of some 1,500 North Korean special operations personnel", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about",
         ["Sabrina Singh", "Pentagon", "Defense Department", "U.S. Defense Department", "United States", "US"],
         "roughly 8,000 North Korean troops were now in Kursk", False),
        ("troops", NK, 11000, None, "exact",
         ["HUR", "Main Directorate of Intelligence", "Ukraine's military intelligence", "Ukraine", "Kyiv"],
         "eleven thousand soldiers from North Korea had arrived in the region", False),
        ("troops", NK, 12000, None, "up_to", NIS,
         "put the total number sent to Russia at up to 12,000", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"],
         "North Korean units fighting alongside Russian forces in the Kursk region have taken around 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "around 1,000 had been wounded", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "South Korea"],
         "The North sent an estimated 11,000 troops to Russia in October and November", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "North Korean losses in Russia's Kursk region had passed 3,000 killed and wounded", False),
        ("troops", NK, 10000, 12000, "range",
         ["Kyiv", "Seoul", "Washington", "Ukraine", "South Korea", "United States"],
         "Pyongyang sent between 10,000 and 12,000 troops to Russia in the autumn", False),
        ("killed", NK, 200, 999, "vague", ["Ukrainian drone operators", "Ukraine"],
         "hundreds of North Korean infantrymen have been killed crossing open ground", True),
    ],
    "007": [
        ("captured", NK, 2, None, "exact", ["Vladimir Zelensky", "Zelensky", "Kiev", "Ukraine"],
         "Ukrainian troops had captured two soldiers from North Korea in the Kursk Region", False),
        ("casualties", UA, 230, None, "up_to", ["Russian Defense Ministry", "Defense Ministry", "Russia"],
         "the enemy lost up to 230 servicemen", False),
        ("casualties", UA, 48100, None, "more_than", ["Russian Defense Ministry", "Defense Ministry", "Russia"],
         "the Ukrainian army has lost more than 48,100 servicemen", False),
    ],
    "008": [
        ("captured", NK, 2, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Ukrainian special forces and paratroopers had taken two North Korean soldiers alive in Kursk", False),
        ("killed", NK, 300, None, "about", NIS_LEE,
         "Around 300 soldiers from the North have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "another 2,700 wounded since they joined the fighting", False),
    ],
    "009": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has shipped some three thousand additional soldiers to Russia since January", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Roughly 11,000 soldiers, most of them from the elite Storm Corps, arrived in Russia in October and November 2024", False),
        ("casualties", NK, 4000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "put the number of North Koreans killed and wounded at about 4,000", False),
        ("killed", NK, 300, None, "about", NIS,
         "around 300 dead", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Kyiv"],
         "Ukraine says it captured two soldiers in early January", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS + ["lawmakers"],
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS + ["lawmakers"],
         "Of those, about 600 have died", False),
        ("killed", NK, 300, None, "about", NIS,
         "The agency had put the number of dead at roughly 300 in January", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "estimated overall North Korean casualties at about 3,000", False),
        ("troops", NK, 15000, None, "about", NIS + ["lawmakers"],
         "North Korea is believed to have sent some 15,000 troops to Russia in total", False),
        ("troops", NK, 3000, None, "about", NIS + ["lawmakers"],
         "roughly 3,000 reinforcements dispatched early this year", False),
    ],
    "012": [
        ("troops", NK, 11000, 12000, "range",
         ["Ukrainian and South Korean estimates", "Ukraine", "South Korea"],
         "The North sent 11,000-12,000 soldiers to Kursk last autumn", False),
        ("killed", NK, 600, None, "about", ["Seoul", "South Korea"],
         "Seoul says around 600 of them have been killed", False),
        ("wounded", NK, 2000, 9999, "vague", ["Seoul", "South Korea"],
         "thousands more wounded", True),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["KCNA", "state media", "North Korea", "Kim Jong Un"],
         "nine of the regiment's members who died on the mission", False),
        ("killed", NK, 2000, None, "about", NIS + ["lawmakers"],
         "about 2,000 North Korean soldiers had been killed in the Kursk fighting", False),
        ("casualties", NK, 6000, None, "more_than",
         ["Britain's defence ministry", "UK Ministry of Defence", "Ministry of Defence", "Britain", "UK"],
         "the North's total casualties had exceeded 6,000", False),
    ],
}

NOT = {
    "000": ["four Russian amphibious landing ships", "three escort vessels", "more than 13,000 containers",
            "over 8 million rounds", "152 mm and 122 mm ammunition", "four brigades", "11th Corps",
            "Oct. 8 and 13", "KOSPI closes 0.37 pct higher at 2,593.82", "Won closes at 1,368.5 per dollar",
            "2 more F-35A squadrons by 2028", "3 days after warning"],
    "002": ["about 300 kilometers", "roughly 1,300 square kilometers", "worth $425 million",
            "155 mm artillery rounds", "$1.2 billion contract", "Seoul: 12K North Korean troops bound for Russia",
            "40 more amphibious combat vehicles", "12 years", "three months"],
    "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "Dec. 16",
            "Won falls to 1,450 per dollar", "4 in 10 Koreans", "6.8 tril. won"],
    "005": ["twenty or thirty men", "26-year-old drone pilot", "80th Air Assault Brigade",
            "more than 1,000 kilometers", "since 1995"],
    "007": ["283 tanks", "206 infantry fighting vehicles", "153 armored personnel carriers",
            "1,371 armored combat vehicles", "four armored combat vehicles", "two artillery pieces",
            "June 19, 2024", "Article 4", "August 6, 2024", "101.68 rubles"],
    "008": ["85 Ukrainian drones", "€3bn", "One is 20 years old, the other 26", "Comments (417)"],
    "009": ["$2,000 a month for each soldier", "1953", "18 February", "08:00 CET", "3K reinforcements"],
    "011": ["Nikkei average ends up 0.57% at 36,045.38", "B-52 bomber", "1st time"],
    "012": ["6,000 military builders, deminers", "1,000 sappers", "5,000 military builders",
            "thousands of military construction workers and deminers", "Shoigu, 70", "August 2024",
            "dozens of villages"],
    "014": ["120 days", "1,000 deminers and 5,000 military builders", "June 2024", "a million homes",
            "seven years"],
}

OFF = ["001", "006", "010", "013"]
DUP = {"004": "005"}

def may(a, b, why):
    return [a, b, why]

conflicts = {
    "must": [
        ["002-1", "002-2", "roughly 8,000 North Korean troops in Kursk (Pentagon) against eleven thousand in the region (Ukraine's HUR), in one article the same day"],
        ["003-1", "005-1", "around 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, reported Dec 26), three days apart"],
    ],
    "may": [
        # troops: first contingent, Kursk-only counts and later totals (updates or different scope)
        may("000-2", "002-1", "first 1,500 shipped by mid-October against 8,000 in Kursk three weeks later: a rise"),
        may("000-2", "002-2", "first 1,500 shipped against 11,000 in Kursk three weeks later: a rise"),
        may("000-2", "003-4", "first 1,500 shipped against an estimated 11,000 two months later"),
        may("000-2", "005-2", "first 1,500 shipped against 10,000-12,000 two months later"),
        may("000-2", "009-2", "first 1,500 shipped against roughly 11,000 months later"),
        may("000-2", "011-5", "first 1,500 shipped against some 15,000 in total months later"),
        may("000-2", "012-1", "first 1,500 shipped against 11,000-12,000 months later"),
        may("000-1", "002-1", "about 12,000 sent to Russia against 8,000 in Kursk: a part, three weeks later"),
        may("000-1", "002-2", "about 12,000 sent to Russia against 11,000 in Kursk, three weeks later"),
        may("000-1", "003-4", "about 12,000 against an estimated 11,000, two months later"),
        may("000-1", "009-2", "about 12,000 against roughly 11,000, months later"),
        may("000-1", "011-5", "about 12,000 in October 2024 against 15,000 in total by April 2025"),
        may("002-1", "003-4", "8,000 in Kursk against 11,000 sent to Russia, seven weeks later"),
        may("002-1", "005-2", "8,000 in Kursk against 10,000-12,000 sent to Russia, three weeks later"),
        may("002-1", "009-2", "8,000 in Kursk in November against 11,000 months later"),
        may("002-1", "011-5", "8,000 in November against 15,000 in total months later"),
        may("002-1", "012-1", "8,000 in November against 11,000-12,000 months later"),
        may("002-2", "011-5", "11,000 in November against 15,000 in total months later"),
        may("002-3", "011-5", "up to 12,000 in November against 15,000 in total months later"),
        may("003-4", "011-5", "11,000 in December against 15,000 in total months later"),
        may("005-2", "011-5", "10,000-12,000 in December against 15,000 in total months later"),
        may("009-2", "011-5", "11,000 first wave against 15,000 in total two months later"),
        may("011-5", "012-1", "15,000 in total against 11,000-12,000 sent last autumn"),
        # troops: the additional 3,000 against whole-force figures
        may("009-1", "000-1", "an additional 3,000 against the first 12,000"),
        may("009-1", "000-2", "an additional 3,000 against the first 1,500"),
        may("009-1", "002-1", "an additional 3,000 against 8,000"),
        may("009-1", "002-2", "an additional 3,000 against 11,000"),
        may("009-1", "003-4", "an additional 3,000 against 11,000"),
        may("009-1", "005-2", "an additional 3,000 against 10,000-12,000"),
        may("009-1", "009-2", "an additional 3,000 against the first 11,000"),
        may("009-1", "011-5", "an additional 3,000 against 15,000 in total"),
        may("009-1", "012-1", "an additional 3,000 against 11,000-12,000"),
        may("011-6", "000-1", "3,000 reinforcements against 12,000"),
        may("011-6", "000-2", "3,000 reinforcements against the first 1,500"),
        may("011-6", "002-1", "3,000 reinforcements against 8,000"),
        may("011-6", "002-2", "3,000 reinforcements against 11,000"),
        may("011-6", "003-4", "3,000 reinforcements against 11,000"),
        may("011-6", "005-2", "3,000 reinforcements against 10,000-12,000"),
        may("011-6", "009-2", "3,000 reinforcements against 11,000"),
        may("011-6", "012-1", "3,000 reinforcements against 11,000-12,000"),
        # casualties: a cumulative figure rising over months
        may("003-1", "009-3", "1,100 in December against about 4,000 two months later"),
        may("003-1", "011-1", "1,100 in December against 4,700 in April"),
        may("003-1", "011-4", "1,100 in December against about 3,000 in January (reported in April)"),
        may("003-1", "014-3", "1,100 in December 2024 against more than 6,000 a year later"),
        may("009-3", "011-1", "about 4,000 in January against 4,700 in April"),
        may("009-3", "011-4", "Zelensky's about 4,000 against Seoul's about 3,000, both January figures, reported two months apart"),
        may("009-3", "014-3", "about 4,000 against more than 6,000, months later"),
        may("011-1", "011-4", "4,700 now against 3,000 in January: an update in one article"),
        may("011-1", "014-3", "4,700 in April against more than 6,000 in a later article"),
        may("011-4", "014-3", "3,000 in January against more than 6,000 months later"),
        # killed: a cumulative figure rising over months
        may("003-2", "014-1", "at least 100 in December 2024 against nine sappers a year later (a part)"),
        may("008-2", "011-2", "about 300 in January against about 600 in April"),
        may("008-2", "012-2", "about 300 in January against about 600 in June"),
        may("008-2", "014-2", "about 300 in January against about 2,000 later in the year"),
        may("008-2", "014-1", "about 300 in January against nine sappers a year later (a part)"),
        may("009-4", "011-2", "about 300 against about 600, two months later"),
        may("009-4", "012-2", "about 300 against about 600, months later"),
        may("009-4", "014-2", "about 300 against about 2,000, months later"),
        may("009-4", "014-1", "about 300 against nine sappers, months later (a part)"),
        may("011-2", "011-3", "about 600 now against roughly 300 in January: an update in one article"),
        may("011-2", "014-2", "about 600 in April against about 2,000 in September"),
        may("011-2", "014-1", "about 600 against nine sappers, months later (a part)"),
        may("011-3", "012-2", "300 in January against 600 by June"),
        may("011-3", "014-2", "300 in January against 2,000 by September"),
        may("011-3", "014-1", "300 against nine sappers, months later (a part)"),
        may("012-2", "014-2", "about 600 in June against about 2,000 in September"),
        may("012-2", "014-1", "about 600 against nine sappers, months later (a part)"),
        # wounded: NIS updating its own cumulative figure
        may("003-3", "008-3", "around 1,000 wounded in December against 2,700 three weeks later, the same agency updating"),
        may("003-3", "009-5", "around 1,000 in December against 2,700 two months later"),
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
