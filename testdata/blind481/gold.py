#!/usr/bin/env python3
"""Gold labels for testdata/blind481 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("blind481: fifteen articles written in our own words about the real story's known reporting "
         "(October 2024 - December 2025), labelled blind. Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Ukraine", "Kyiv"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "North Korea is in the process of dispatching some 12,000 troops", False),
        ("troops", NK, 1500, None, "about", NIS,
         "The first contingent, about 1,500 special forces soldiers", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in the Kursk region", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "US", "Washington"],
         "around 8,000 North Korean soldiers had been moved to Kursk", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "Roughly 1,100 North Korean soldiers have been killed or wounded in clashes with Ukrainian forces in Russia's Kursk region", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "the number of wounded was close to 1,000", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the roughly 11,000 soldiers Pyongyang has sent to Russia since October", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "The preliminary figure is already over 3,000 North Korean soldiers killed and wounded in Kursk region", False),
        ("casualties", NK, 30, None, "at_least",
         ["Main Intelligence Directorate", "HUR", "Ukrainian military intelligence", "Defense Ministry of Ukraine", "Ukraine"],
         "at least 30 North Korean soldiers were killed or wounded in fighting near the villages of Plekhovo, Vorozhba and Martynivka", False),
    ],
    "006": [
        ("captured", NK, 2, None, "exact", ZEL + ["Security Service of Ukraine", "SBU"],
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
        ("killed", NK, 200, 900, "vague", ["Ukrainian units", "Ukraine"],
         "Ukrainian units in the area have reported killing hundreds of North Koreans", True),
    ],
    "007": [
        ("troops", NK, 11000, 12000, "range",
         ["South Korean and US intelligence", "South Korea", "United States", "US", "Seoul", "Washington"],
         "South Korean and US intelligence put the contingent at between 11,000 and 12,000", False),
        ("killed", NK, 300, None, "about", NIS_LEE, "about 300 had died", False),
        ("wounded", NK, 2700, None, "exact", NIS_LEE, "2,700 had been wounded", False),
        ("captured", NK, 2, None, "exact", ZEL, "Ukraine says it has taken two North Korean soldiers prisoner", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS_LEE, "North Korea has suffered around 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS_LEE, "some 600 of them fatal", False),
        ("killed", NK, 300, None, "exact", NIS_LEE, "the agency put North Korean losses at 300 dead", False),
        ("wounded", NK, 2700, None, "exact", NIS_LEE, "300 dead and 2,700 wounded", False),
        ("troops", NK, 3000, None, "about", NIS_LEE,
         "They sent roughly three thousand more soldiers in January and February", False),
        ("troops", NK, 14000, None, "about", NIS_LEE,
         "some 14,000 North Korean troops have now been sent in total", False),
        ("troops", NK, 11000, None, "about", NIS_LEE,
         "about 11,000 who arrived in the autumn of last year", False),
    ],
    "010": [
        ("casualties", UA, 76000, None, "more_than",
         ["Russian Defense Ministry", "Defense Ministry", "Russian Defence Ministry", "Russia", "TASS"],
         "the Ukrainian armed forces lost more than 76,000 servicemen", False),
    ],
    "011": [
        ("killed", NK, 2000, None, "about", NIS,
         "Around 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS,
         "had put the North Korean death toll at about 600 in April", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "the North had suffered some 4,700 casualties in all", False),
        ("troops", NK, 11000, 15000, "range", ["unattributed"],
         "Pyongyang is estimated to have sent somewhere between 11,000 and 15,000 troops to Russia", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korea", "Kim Jong Un", "state media"],
         "Nine soldiers from the unit were killed during the operation", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"], "North Korea has sent thousands of troops", True),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 North Korean soldiers remain deployed in Russia's border areas", False),
        ("troops", NK, 5000, None, "about", NIS,
         "some 5,000 military construction troops were being moved there", True),
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had been killed", False),
    ],
}

NOT = {
    "000": ["four brigades", "between Oct. 8 and 13", "three Russian amphibious landing ships and two escort vessels",
            "more than 13,000 containers of artillery shells", "BOK cuts key rate to 3.25 pct",
            "S. Korea's exports up 7.5 pct in September", "KOSPI 2,609.30",
            "Seoul apartment prices rise for 30th straight week", "paras 4-8"],
    "002": ["a self-propelled 155mm howitzer", "as many as 100,000 soldiers",
            "several hundred square kilometers of the Kursk region", "make final pitch in 7 swing states",
            "3 parties fail to agree budget"],
    "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "at least one high-ranking officer",
            "Won falls to 1,450 per dollar", "Samsung Electronics shares slip 2.1%", "1.8 tln won",
            "Why 3 in 10 young Koreans want to work abroad"],
    "004": ["on December 14-15", "59 of 103 Russian drones", "47-year-old man injured in drone attack",
            "1,000 armored vehicles' spare parts"],
    "006": ["he was born in 2005", "The second, 26", "Russia Lost 1,520 Soldiers in Past Day",
            "Home to 2 Strategic Bomber Airbases", "independent since 1995", "$5 a month"],
    "007": ["possibly several thousand", "One, aged 20", "24 dead as winds threaten new flare-ups",
            "I lost 30kg in a year", "readers in 180 countries", "5 things to watch"],
    "008": ["more than 20,000 containers of munitions", "violating 5 UN resolutions", "3-hour probe",
            "KOSPI closes at 2,556.61", "headline 2 festivals"],
    "010": ["1,000 sappers to clear mines", "5,000 military builders to restore infrastructure",
            "a thousand sappers", "five thousand military builders",
            "over 7,000 pieces of military equipment", "hundreds of square kilometers", "June 19, 2024",
            "Over 20,000 participants expected at SPIEF-2025"],
    "011": ["6,000 military engineers and builders", "the 80th anniversary of the end of World War II",
            "cutting tariffs on Japanese cars to 15%", "Osaka Expo visitors top 20 million"],
    "014": ["a 120-day mine-clearing mission", "1,000 deminers and 5,000 military builders",
            "millions of artillery shells", "465 drones and 30 missiles", "436 drones and 27 missiles",
            "About 300,000 households", "the 20-point framework", "See all updates (14)"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"012": "011"}

MONTHS = "months apart"
conflicts = {
    "must": [
        ["002-1", "002-2", "11,000 North Korean soldiers in Kursk (Zelenskyy, Nov 4) against around 8,000 moved to Kursk (Blinken, Oct 31), the same week, in one article"],
        ["003-1", "004-1", "about 1,100 killed or wounded (South Korea's JCS, Dec 20) against more than 3,000 killed and wounded (Zelensky, Dec 23), three days apart"],
    ],
    "may": [
        # troops: 12,000 being sent in all (Oct 18) against counts of those in Kursk weeks later
        ["000-1", "002-1", "about 12,000 being sent in all against 11,000 in Kursk, 2.5 weeks later"],
        ["000-1", "002-2", "about 12,000 being sent in all against around 8,000 moved to Kursk (a part), 2.5 weeks later"],
        ["000-1", "003-4", "12,000 against 11,000, two months apart"],
        ["000-1", "008-5", "12,000 against an additional 3,000 sent in early 2025"],
        ["000-1", "008-6", "12,000 (Oct 2024) against 14,000 in total (Apr 2025), " + MONTHS],
        ["000-1", "008-7", "12,000 against 11,000 who arrived last autumn, " + MONTHS],
        ["000-1", "014-2", "12,000 (Oct 2024) against 10,000 still deployed (Nov 2025), " + MONTHS],
        ["002-1", "008-5", "11,000 against an additional 3,000"],
        ["002-1", "008-6", "11,000 (Nov 2024) against 14,000 in total (Apr 2025), " + MONTHS],
        ["002-1", "014-2", "11,000 (Nov 2024) against 10,000 still deployed (Nov 2025), " + MONTHS],
        ["002-2", "003-4", "8,000 in Kursk (Nov) against 11,000 sent to Russia (Dec), six weeks apart"],
        ["002-2", "007-1", "8,000 (Nov) against 11,000-12,000 (Jan), two months apart"],
        ["002-2", "008-5", "8,000 against an additional 3,000"],
        ["002-2", "008-6", "8,000 against 14,000 in total, " + MONTHS],
        ["002-2", "008-7", "8,000 against 11,000 who arrived last autumn, " + MONTHS],
        ["002-2", "011-4", "8,000 against 11,000-15,000, " + MONTHS],
        ["002-2", "014-2", "8,000 against 10,000, " + MONTHS],
        ["003-4", "008-5", "11,000 against an additional 3,000"],
        ["003-4", "008-6", "11,000 against 14,000 in total after reinforcements, " + MONTHS],
        ["003-4", "014-2", "11,000 against 10,000, " + MONTHS],
        ["007-1", "008-5", "11,000-12,000 against an additional 3,000"],
        ["007-1", "008-6", "11,000-12,000 against 14,000 in total after reinforcements, " + MONTHS],
        ["007-1", "014-2", "11,000-12,000 against 10,000, " + MONTHS],
        ["008-5", "011-4", "an additional 3,000 against 11,000-15,000 in all"],
        ["008-5", "014-2", "an additional 3,000 against 10,000, " + MONTHS],
        ["008-6", "014-2", "14,000 sent in total against 10,000 still deployed, " + MONTHS],
        ["008-7", "014-2", "11,000 against 10,000, " + MONTHS],
        ["011-4", "014-2", "11,000-15,000 sent against 10,000 still deployed, " + MONTHS],
        # casualties: a cumulative count rising over months
        ["003-1", "008-1", "1,100 (Dec 2024) against 4,700 (Apr 2025), a cumulative figure rising, " + MONTHS],
        ["003-1", "011-3", "1,100 (Dec 2024) against 4,700 (April figure), " + MONTHS],
        # killed: NIS estimates rising over months
        ["007-2", "008-2", "300 killed (Jan) against 600 (Apr), a cumulative figure rising, " + MONTHS],
        ["007-2", "011-1", "300 killed (Jan) against 2,000 (Sep), " + MONTHS],
        ["007-2", "011-2", "300 killed (Jan) against 600 (Apr), " + MONTHS],
        ["007-2", "014-5", "300 killed (Jan) against 2,000 (Sep), " + MONTHS],
        ["008-3", "011-1", "300 killed (Jan) against 2,000 (Sep), " + MONTHS],
        ["008-3", "011-2", "300 killed (Jan) against 600 (Apr), " + MONTHS],
        ["008-3", "014-5", "300 killed (Jan) against 2,000 (Sep), " + MONTHS],
        ["008-2", "011-1", "600 killed (Apr) against 2,000 (Sep), " + MONTHS],
        ["008-2", "014-5", "600 killed (Apr) against 2,000 (Sep), " + MONTHS],
        ["011-2", "014-5", "600 killed (Apr) against 2,000 (Sep), " + MONTHS],
        # wounded: rising
        ["003-3", "007-3", "close to 1,000 wounded (Dec 19) against 2,700 (Jan 13), a cumulative figure rising over 3.5 weeks"],
        ["003-3", "008-4", "close to 1,000 wounded (Dec) against 2,700 (January figure), a cumulative figure rising"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
