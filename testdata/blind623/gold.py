#!/usr/bin/env python3
"""Gold labels for blind623 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind623: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting. See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "The first group of special forces, around 1,500 in number, has been moved to Vladivostok", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine", "HUR", "military intelligence"],
         "Eleven thousand North Korean soldiers are already in Kursk Oblast", False),
        ("troops", "north_korea", 500, None, "about",
         ["Kyrylo Budanov", "Budanov", "HUR", "military intelligence", "Ukraine"],
         "the North Korean contingent included roughly 500 officers", False),
        ("troops", "russia", 50000, None, "about",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Russia has massed about 50,000 of its own troops in the region", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "around 1,000 wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS_LEE,
         "the agency put the combined toll at roughly 1,100", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "More than 3,000 North Korean troops have been killed or wounded in Russia's Kursk region", False),
        ("casualties", "north_korea", 200, 900, "vague",
         ["US military official", "United States", "US", "Pentagon"],
         "put the North's losses at several hundred", True),
        ("casualties", "russia", 38000, None, "about",
         ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "Russia's own losses in the Kursk operation had reached about 38,000 killed and wounded", False),
    ],
    "005": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["Western, South Korean and Ukrainian officials", "officials", "South Korea", "Ukraine", "Western"],
         "Pyongyang sent between 10,000 and 12,000 soldiers to Russia last autumn", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "roughly 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "some 2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "the North has lost around 3,000 men killed or wounded", False),
        ("casualties", "north_korea", 4000, None, "about",
         ["HUR", "military intelligence", "Ukraine", "Kyiv"],
         "some 4,000 North Koreans have been killed or wounded", False),
        ("captured", "north_korea", 2, None, "exact",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "007": [
        ("captured", "north_korea", 2, None, "exact",
         ["Volodymyr Zelenskiy", "Zelenskiy", "Zelensky", "Ukraine"],
         "Ukrainian troops have captured two North Korean soldiers in Russia's Kursk region", False),
        ("troops", "north_korea", 11000, None, "about",
         ["Ukrainian and South Korean assessments", "Ukraine", "South Korea"],
         "Pyongyang has sent about 11,000 troops to help Russia", False),
    ],
    "009": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has sent some three thousand more soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "an initial force of some 11,000 that landed in the autumn", False),
    ],
    "011": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "including about 600 who died", False),
        ("casualties", "russia", 1070, None, "exact",
         ["Ukraine's general staff", "general staff", "Ukraine", "Kyiv"],
         "Moscow lost 1,070 soldiers over the past 24 hours", False),
        ("casualties", "russia", 953120, None, "exact",
         ["Ukraine's general staff", "general staff", "Ukraine", "Kyiv"],
         "Kyiv puts Russia's total losses since the full-scale invasion at 953,120", False),
    ],
    "012": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Russian Defense Ministry", "Defense Ministry", "Russia"],
         "the Ukrainian armed forces lost over 76,000 servicemen in the Kursk area", False),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact",
         ["state media", "KCNA", "Korean Central News Agency", "North Korea", "Kim Jong Un"],
         "nine of them died during the mission", False),
        ("troops", "north_korea", 10000, None, "more_than", ["unattributed"],
         "North Korea sent more than 10,000 soldiers to Russia last year", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting in Russia", False),
        ("troops", "north_korea", 1000, None, "about", NIS,
         "about 1,000 military engineers were sent to Kursk over the summer", False),
    ],
}

NOT = {
    "000": ["as many as 12,000 once all four brigades planned for the mission have been moved",
            "11th Corps", "four Russian amphibious landing ships and three escort vessels",
            "Oct. 8 and 13", "1.4 million youths volunteered to join army", "2,593.82",
            "3.2 tln won"],
    "002": ["AK-12 rifles", "82 mm mortars", "five firing ranges", "more than 6,000 kilometers",
            "96 drones overnight, 70 downed", "17,000 members", "5 years at a regional newspaper",
            "1,500 vehicles near Pokrovsk", "Three things the next US president should do"],
    "003": ["17 or 18 years old", "240-millimeter multiple rocket launchers",
            "170-millimeter self-propelled guns", "more than 20,000 containers of munitions",
            "a 10-person team", "1,450 per dollar", "2,435.93", "1,451.90"],
    "004": ["Top 3K", "KN-23 ballistic missiles", "250K subscribers", "52 of 79 Drones",
            "Promotes 3 Generals"],
    "005": ["aged 26", "who is 20", "around $2,000 per soldier per month", "the 10th time this winter",
            "5 routes from Berlin", "2040 climate target", "20,271.33"],
    "007": ["born in 1999 and 2005", "21 Ukrainian drones"],
    "009": ["groups of three or four", "as much as $20 billion", "about 1,300 square kilometers",
            "16th package of sanctions", "4 percent"],
    "011": ["some 250 long-range artillery systems", "170mm self-propelled guns", "240mm rocket launchers",
            "three-day ceasefire from 8 to 10 May", "a full 30-day truce", "Article 4",
            "at least 168 seats"],
    "012": ["1,000 sappers to the Kursk Region", "5,000 military construction workers",
            "a thousand deminers and five thousand military builders", "7,364 units of weapons",
            "Article 4", "June 19, 2024", "over 1,000 residential buildings", "78.55"],
    "014": ["about 120 days", "the 5,000 military construction troops that Pyongyang promised Moscow",
            "18.3 trillion yen", "about 100 sorties", "01:45"],
}

OFF = ["001", "006", "010", "013"]
DUP = {"008": "007"}

conflicts = {
    "must": [
        ["003-3", "004-1", "around 1,100 North Korean casualties (NIS, 19 Dec 2024) against more than 3,000 "
                           "(Zelensky, 23 Dec 2024), four days apart"],
        ["005-4", "005-5", "around 3,000 North Korean casualties (NIS) against some 4,000 (Ukraine's HUR), "
                           "in the same article on the same day"],
    ],
    "may": [
        ["004-1", "004-2", "more than 3,000 against 'several hundred' a week earlier (vague, optional)"],
        ["003-3", "004-2", "1,100 against 'several hundred' (vague, optional), days apart"],
        ["003-3", "005-5", "1,100 (NIS, 19 Dec) against some 4,000 (HUR, 14 Jan): cumulative, 26 days apart"],
        ["009-1", "009-2", "3,000 more soldiers against an initial force of 11,000 (an additional force)"],
        ["009-1", "007-2", "3,000 more soldiers against about 11,000 sent (an additional force), weeks apart"],
        ["009-1", "005-1", "3,000 more soldiers against 10,000-12,000 sent (an additional force), weeks apart"],
        ["009-1", "002-1", "3,000 more soldiers against 11,000 in Kursk (an additional force), months apart"],
        ["005-4", "011-1", "NIS 3,000 (Jan) against NIS 4,700 (Apr): a cumulative figure months later"],
        ["005-2", "011-2", "NIS 300 killed (Jan) against NIS 600 killed (Apr): cumulative, months apart"],
        ["011-2", "014-3", "NIS 600 killed (Apr) against NIS about 2,000 killed (Sept, in a Dec article): cumulative, months apart"],
        ["004-3", "011-3", "Russian losses in Kursk since August against one day's losses, months apart"],
        ["004-3", "011-4", "Russian losses in Kursk against total losses since 2022, months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
