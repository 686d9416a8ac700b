#!/usr/bin/env python3
"""Gold labels for testdata/blind328 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind328: 15 articles written in our own words about the real story's known "
         "reporting (Oct 2024 - Dec 2025), labelled blind. Same schema as testdata/corpus/gold.json.")

NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service",
       "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun", "Rep. Lee Seong-kweun"]
NIS_010 = NIS_LEE + ["Park Sun-won"]
NIS_005 = NIS + ["lawmaker", "South Korea's intelligence agency", "intelligence agency"]
HUR = ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine's military intelligence agency",
       "Ukrainian military intelligence", "Ukraine"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Ukraine", "Ukrainian president"]
UNATTR = ["unattributed"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "North Korea is sending some 12,000 troops, among them special forces, to fight for Russia", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "about 1,500 special operations troops, were carried from the North's east coast to the Russian port of Vladivostok", False),
    ],
    "001": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers deployed to Russia have been killed in combat in the Kursk region", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "about 1,000 others have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS_LEE,
         "The casualties, about 1,100 in all", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "Some 11,000 North Korean soldiers are now believed to be in Russia", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "The number of North Korean soldiers killed or wounded in Kursk Oblast has passed 3,000", False),
        ("troops", "north_korea", 11000, 12000, "range",
         ["Ukrainian and Western estimates", "Ukrainian estimates", "Western estimates", "Ukraine", "Western"],
         "North Korea has sent between 11,000 and 12,000 troops to Russia", False),
        ("casualties", "north_korea", 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded during assaults near the villages of Plekhovo, Vorozhba and Martynovka", False),
    ],
    "004": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's Kursk region", False),
        ("casualties", "russia", 1730, None, "exact", ["Ukraine's general staff", "general staff", "General Staff", "Ukraine"],
         "Russia lost 1,730 soldiers killed or wounded over the past 24 hours", False),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", NIS_005,
         "around 300 North Korean soldiers sent to Russia have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_005,
         "some 2,700 others wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_005,
         "That puts the total number of casualties at about 3,000", False),
        ("captured", "north_korea", 2, None, "exact", NIS_005,
         "Ukraine had captured two North Korean soldiers in the Kursk region", False),
        ("killed", "north_korea", 1000, None, "about", HUR,
         "roughly 1,000 North Korean troops had been killed in Kursk", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea sent roughly 3,000 more soldiers to Russia in January and February", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "The reinforcements join about 11,000 troops the North dispatched last autumn", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Gerasimov", "Valery Gerasimov", "Russian General Staff", "Chief of the Russian General Staff", "Russia"],
         "Ukraine's losses during the Kursk adventure exceeded 76,000 servicemen", False),
    ],
    "010": [
        ("troops", "north_korea", 15000, None, "about", NIS_010,
         "About 15,000, according to the NIS", False),
        ("troops", "north_korea", 11000, 12000, "range", NIS_010,
         "The first wave of 11,000-12,000 troops left in October and November last year", False),
        ("casualties", "north_korea", 4700, None, "about", NIS_010,
         "The agency estimates some 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS_010,
         "roughly 600 were killed", False),
    ],
    "011": [
        ("troops", "north_korea", 12000, None, "up_to", UNATTR,
         "Pyongyang sent up to 12,000 soldiers to Russia last autumn", False),
        ("troops", "north_korea", 2000, 9000, "vague", UNATTR,
         "several thousand more followed at the start of this year", True),
        ("casualties", "north_korea", 2000, 9999, "vague", UNATTR,
         "Thousands of them were killed or wounded", True),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "North Korea", "Pyongyang", "state media", "Claire Dubois"],
         "nine of the sappers died during the mission", False),
        ("killed", "north_korea", 2000, None, "about",
         ["South Korea's intelligence service", "intelligence service", "NIS", "National Intelligence Service",
          "South Korea", "Seoul", "Claire Dubois"],
         "roughly two thousand North Korean soldiers had died in the Kursk fighting", False),
    ],
}

NOT = {
    "000": ["more than 13,000 containers", "drawn from four brigades",
            "four Russian amphibious landing ships and three escort vessels", "between Oct. 8 and Oct. 13",
            "KOSPI closes down 0.6%", "captured 2 more villages in eastern Ukraine"],
    "001": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "won may test 1,480 per dollar",
            "exports up 1.4 pct in first 20 days of December", "6 opposition-backed bills",
            "assaults near three villages in Kursk"],
    "003": ["12K North Korean soldiers now deployed near the front in Kursk", "kills 2, injures 14",
            "around 1,300 square kilometers", "17,000 members strong", "Help us reach 20,000",
            "Russia launches 72 drones overnight", "Dec. 19, 2024"],
    "004": ["born in 2005", "aged 26", "14 Russian artillery systems and 61 drones", "22 Ukrainian drones",
            "350,000 customers", "death toll rises to 16", "heatwave warnings issued for three states",
            "more than five months"],
    "005": ["Watch video 01:48", "17:30 JST", "(Jan. 6)", "one soldier tried to blow himself up with a grenade"],
    "007": ["about 220 pieces of 170mm self-propelled guns and 240mm multiple rocket launchers",
            "1,445.20 per dollar", "as much as 3.1%", "25% Tariffs", "$3 Billion", "Listen 4:05"],
    "009": ["more than 7,700 pieces of weaponry and military hardware", "over 400 tanks", "June 19, 2024",
            "Article 4", "2 more communities in Donbass", "over 18 years of age"],
    "010": ["28 trillion won ($19.6 billion)", "more than 12 million artillery shells", "record 87,000 units",
            "KOSPI closes at 2,556.61", "6 months on"],
    "011": ["1,000 sappers", "5,000 military construction workers", "North Korea to send 6,000 soldiers to help rebuild Russia's Kursk",
            "North Korea sent 15,000 troops to Russia", "about 600 dead", "second time in two weeks",
            "thousands of military builders and deminers"],
    "014": ["120-day mission", "1,000 bodies of fallen soldiers", "02:51 Video"],
}

OFF = ["002", "006", "012", "013"]
DUP = {"008": "007"}

conflicts = {
    "must": [
        ["001-3", "003-1", "about 1,100 killed and wounded (South Korea's NIS via Rep. Lee, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
        ["005-1", "005-5", "about 300 killed (NIS) against roughly 1,000 killed (Ukraine's military intelligence) in the same article, the same week"],
    ],
    "may": [
        # troops: months apart, or a whole that includes reinforcements
        ["000-1", "001-4", "some 12,000 being sent (Oct 18) against some 11,000 in Russia (Dec 19), two months apart"],
        ["000-1", "007-2", "12,000 (Oct 2024) against about 11,000 sent last autumn (Feb 2025), four months apart"],
        ["000-1", "010-1", "12,000 (Oct 2024) against about 15,000 in all with reinforcements (Apr 2025)"],
        ["001-4", "010-1", "11,000 (Dec 2024) against about 15,000 in all with reinforcements (Apr 2025)"],
        ["003-2", "010-1", "11,000-12,000 (Dec 2024) against about 15,000 in all with reinforcements (Apr 2025)"],
        ["007-2", "010-1", "11,000 first wave against 15,000 in all, two months apart"],
        ["011-1", "010-1", "up to 12,000 sent last autumn against 15,000 in all, seven weeks apart"],
        # the additional force against a whole
        ["007-1", "007-2", "an additional 3,000 against the 11,000 sent first"],
        ["007-1", "000-1", "an additional 3,000 against 12,000"],
        ["007-1", "001-4", "an additional 3,000 against 11,000"],
        ["007-1", "003-2", "an additional 3,000 against 11,000-12,000"],
        ["007-1", "010-1", "an additional 3,000 against 15,000 in all"],
        ["007-1", "010-2", "an additional 3,000 against the first wave of 11,000-12,000"],
        ["007-1", "011-1", "an additional 3,000 against up to 12,000"],
        ["011-2", "011-1", "several thousand more against up to 12,000 (vague, additional)"],
        ["011-2", "010-1", "several thousand more against 15,000 in all (vague, additional)"],
        # casualties: months apart, or a bound met only at its edge
        ["003-1", "005-3", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13): the bound is met only at its edge"],
        ["001-3", "010-3", "1,100 (Dec 2024) against 4,700 (Apr 2025): the same agency's cumulative figure, months later"],
        ["005-3", "010-3", "3,000 (Jan 2025) against 4,700 (Apr 2025): the same agency's cumulative figure, months later"],
        ["001-3", "011-3", "1,100 (Dec 2024) against 'thousands' (Jun 2025), vague and months apart"],
        # killed: months apart
        ["005-1", "010-4", "300 killed (Jan 2025) against 600 (Apr 2025): the same agency, months later"],
        ["005-1", "014-2", "300 killed (Jan 2025) against about 2,000 (September figure)"],
        ["005-5", "010-4", "1,000 killed (Ukraine, Jan 2025) against 600 (NIS, Apr 2025), months apart"],
        ["005-5", "014-2", "1,000 killed (Jan 2025) against about 2,000 (September figure)"],
        ["010-4", "014-2", "600 killed (Apr 2025) against about 2,000 (September figure)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
