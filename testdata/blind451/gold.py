#!/usr/bin/env python3
"""Gold labels for testdata/blind451 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind451 held-out set: 15 articles written in our own words about the real "
         "reporting on North Korean troops in Russia's Kursk region. See testdata/corpus/README.md for the "
         "meaning of every field and how a system's output is scored.")

HUR = ["Defence Intelligence of Ukraine", "HUR", "Defence Intelligence", "military intelligence", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]
NIS_LEE = ["Lee Seong-kweun"] + NIS
UNATT = ["unattributed"]

A = {
    "000": [
        ("troops", "north_korea", 11000, None, "about", HUR,
         "Some 11,000 soldiers of the Korean People's Army are undergoing training at five ranges in Russia's Far East", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "The contingent includes about 500 officers", False),
    ],
    "001": [
        ("troops", "north_korea", 1500, None, "exact", NIS,
         "has already moved a first batch of 1,500 special operations forces to Russia", False),
    ],
    "002": [
        ("troops", "north_korea", 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "U.S.", "US", "State Department"],
         "About 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", "north_korea", 10000, None, "about", ["Pentagon", "United States", "U.S.", "US"],
         "the Pentagon put the total number of North Korean soldiers in Russia at around 10,000", False),
    ],
    "003": [
        ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "There are already 11,000 soldiers from North Korea in Kursk region", False),
        ("troops", "russia", 50000, None, "about", ["Ukrainian officials", "Ukraine"],
         "Moscow has amassed around 50,000 troops for a counteroffensive in Kursk Oblast", False),
    ],
    "005": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed in fighting against Ukrainian forces in Russia's Kursk region", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "roughly 1,000 have been wounded", False),
        ("casualties", "north_korea", 200, 900, "vague", ["senior US military official", "US official", "United States", "US", "Washington"],
         "North Korean troops had suffered several hundred casualties, both killed and wounded", True),
        ("casualties", "north_korea", 30, None, "at_least", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "006": [
        ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "North Korean troops fighting alongside Russian forces have suffered around 1,100 casualties", False),
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "North Korean losses in Kursk had passed 3,000 killed and wounded", False),
        ("killed", "north_korea", 100, None, "about", NIS,
         "the toll included about 100 dead", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "some 1,000 wounded", False),
        ("troops", "north_korea", 11000, None, "about", ["South Korean and Western estimates", "South Korea", "Western", "estimates"],
         "Some eleven thousand North Korean soldiers are believed to have been sent to Russia", False),
    ],
    "008": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "2,700 wounded fighting for Russia against Ukraine", False),
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelenskiy", "Zelenskiy", "Zelensky", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
        ("troops", "north_korea", 10000, None, "more_than", ["South Korean and Ukrainian officials", "South Korea", "Ukraine"],
         "Pyongyang has sent more than 10,000 soldiers to Russia", False),
    ],
    "010": [
        ("troops", "north_korea", 10000, 12000, "range", ["Kyiv", "Seoul", "Washington", "Ukraine", "South Korea", "United States", "estimates"],
         "between 10,000 and 12,000 soldiers", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "some three thousand additional troops had arrived in Russia in January and February", False),
        ("casualties", "north_korea", 4000, None, "about", ["HUR", "Ukraine's military intelligence", "military intelligence", "Kyiv", "Ukraine"],
         "about 4,000 North Koreans have been killed or wounded", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "about 300 had died", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "2,700 had been wounded", False),
        ("killed", "north_korea", 200, 900, "vague", UNATT,
         "hundreds of the soldiers are thought to have died in drone attacks alone", True),
        ("captured", "north_korea", 2, None, "exact", UNATT + ["Ukraine"],
         "The two soldiers captured by Ukrainian forces in January", False),
    ],
    "012": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "about 4,700 North Korean soldiers had been killed or wounded fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "including around 600 deaths", False),
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "North Korea had sent roughly 15,000 troops in total", False),
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "General Staff", "Russia"],
         "Ukraine had lost more than 76,000 troops killed and wounded in the region since August", False),
    ],
    "014": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["lawmakers"],
         "roughly two thousand North Korean soldiers have been killed in the fighting", False),
        ("troops", "north_korea", 12000, None, "up_to", ["Seoul", "South Korea"],
         "Pyongyang first sent up to 12,000 soldiers in the autumn of 2024", False),
        ("troops", "north_korea", 2000, 9999, "vague", NIS,
         "several thousand North Korean troops remain stationed in the Kursk border area", True),
    ],
}

NOT = {
    "000": ["60-mm mortars", "more than 7,000 kilometres long", "one interpreter and three liaison officers",
            "every group of 30 North Korean soldiers", "1,270 invaders, 9 tanks and 41 artillery systems",
            "18 Russian attacks", "October 23", "November 1", "4 comments"],
    "001": ["four brigades totaling around 12,000 soldiers", "N. Korea to send 12K troops to Russia",
            "around $2,000 per soldier each month", "in their early 20s", "KOSPI 2,593.79", "Oct. 8 and 13",
            "11th Corps", "30th week in row", "8 injured as bus collides with truck"],
    "002": ["56th annual security talks", "152 mm and 122 mm artillery ammunition", "3 Russian guided bombs",
            "10 more F-16 pilots", "the 1953 armistice"],
    "003": ["more than 1,000 square kilometers", "Russia loses 1,230 soldiers in past day", "by 30 trains",
            "15,000+ members", "27 comments", "Aug. 6"],
    "005": ["56 of 81 drones", "Another 20 drones", "more than 2 million questions", "more than four hours"],
    "006": ["170-millimeter self-propelled guns", "240-mm multiple rocket launchers", "8 ballistic missiles",
            "2 Japanese diplomats must leave within 14 days"],
    "008": ["aged 20", "aged 26", "One soldier who was about to be captured"],
    "010": ["11th Corps", "around three weeks", "hundreds of millions of dollars", "€800bn", "Tariffs of 25%",
            "2 Russian oil refineries"],
    "012": ["some 7,000 pieces of military equipment", "Article 4", "USD 81.53", "June 2024"],
    "014": ["1,000 deminers", "5,000 military construction workers", "N. Korea to send 6,000 workers",
            "80th anniversary", "for six months", "Oct. 10"],
}

OFF = ["004", "007", "009", "013"]
DUP = {"011": "008"}

def may_all(new, olds, why):
    return [[o, new, why] for o in olds]

may = [
    ["000-1", "002-1", "about 11,000 training in the Far East (HUR, Oct 25) against about 8,000 already in Kursk (Blinken, Oct 31): a part against the whole, days apart"],
    ["000-1", "002-2", "about 11,000 (HUR) against around 10,000 (Pentagon), within a week: near enough to be read either way"],
    ["002-2", "003-1", "around 10,000 in Russia (Pentagon) against 11,000 in Kursk (Zelensky), a week apart"],
    ["005-3", "006-1", "several hundred casualties (vague, optional) against around 1,100, days apart"],
    ["005-3", "006-2", "several hundred casualties (vague, optional) against more than 3,000, days apart"],
    ["002-1", "006-5", "about 8,000 (October) against some eleven thousand (December), two months apart"],
    ["002-2", "006-5", "around 10,000 (October) against some eleven thousand (December)"],
    ["002-1", "008-4", "about 8,000 (October) against more than 10,000 (January), months apart"],
    ["002-1", "010-1", "about 8,000 (October) against 10,000-12,000 (February), months apart"],
    ["006-1", "010-3", "1,100 casualties (JCS, December) against about 4,000 (HUR, February), two months apart"],
    ["005-3", "010-3", "several hundred (vague) in December against about 4,000 in February"],
    ["010-3", "012-1", "about 4,000 casualties (HUR, February) against about 4,700 (NIS, April), two months apart"],
    ["006-1", "012-1", "1,100 casualties (December) against about 4,700 (April), months apart"],
    ["005-3", "012-1", "several hundred (vague) in December against about 4,700 in April"],
    ["008-1", "012-2", "NIS: about 300 killed (January) rising to around 600 (April), months apart"],
    ["010-4", "012-2", "about 300 killed (NIS as relayed in February) against around 600 (April)"],
    ["006-3", "012-2", "about 100 killed (December) against around 600 (April), months apart"],
    ["012-2", "014-1", "NIS: around 600 killed (April) rising to roughly 2,000 (September), months apart"],
    ["008-1", "014-1", "about 300 killed (January) against roughly 2,000 (September)"],
    ["010-4", "014-1", "about 300 killed (February) against roughly 2,000 (September)"],
    ["006-3", "014-1", "about 100 killed (December) against roughly 2,000 (September)"],
    ["010-6", "014-1", "hundreds killed by drones alone (vague) against roughly 2,000 killed, months apart"],
    ["012-3", "014-2", "roughly 15,000 in total with reinforcements (April) against up to 12,000 first sent in autumn 2024"],
]
may += may_all("010-2", ["000-1", "000-2", "001-1", "002-1", "002-2", "003-1", "006-5", "008-4", "010-1"],
               "some three thousand additional troops: an additional force, not a rival total")
may += may_all("012-3", ["000-1", "002-1", "002-2", "003-1", "006-5", "010-1", "010-2"],
               "roughly 15,000 in total including reinforcements (April 2025) against an earlier estimate months before")

conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), five days apart"],
        ["006-1", "006-2", "around 1,100 casualties (South Korea's JCS) against more than 3,000 killed and wounded (Zelenskyy), the same day in one article"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
