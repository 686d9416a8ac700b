#!/usr/bin/env python3
"""Gold labels for testdata/blind360 (python3 gold.py > gold.json)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind360: fifteen articles written blind for crosscheck about North Korean troops "
         "in Russia's Kursk region. See testdata/corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency", "intelligence agency", "intelligence service"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul", "military"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Ukraine"]
PENTAGON = ["Pentagon", "Sabrina Singh", "United States", "US", "Washington"]
HUR = ["HUR", "Defence Intelligence", "Defense Intelligence", "military intelligence", "Ukraine's military intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS, "some 1,500 North Korean special forces", False),
        ("troops", NK, 12000, None, "about", NIS, "about 12,000 troops from four brigades are being sent", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL, "there are 11,000 North Korean soldiers in Russia's Kursk region", False),
        ("troops", NK, 10000, None, "about", PENTAGON, "about 10,000 North Korean soldiers have been sent to eastern Russia in total", False),
        ("troops", NK, 8000, None, "up_to", PENTAGON, "up to 8,000 of them have moved to the Kursk area", False),
        ("troops", NK, 500, None, "about", HUR + ["Andrii Yusov", "Yusov"], "the troops sent to Kursk include about 500 officers", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS, "About 1,100 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE, "at least 100 North Korean soldiers had died in combat", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE, "with a further 1,000 or so wounded", False),
        ("troops", NK, 11000, None, "about", JCS, "Roughly 11,000 North Korean soldiers are now in Russia", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi", "Oleksandr Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded in fighting near the villages of Plekhovo, Vorozhba and Martynovka", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS_LEE, "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "2,700 wounded in fighting in Russia's western Kursk region", False),
        ("captured", NK, 2, None, "exact", NIS + ["Zelensky", "Zelenskyy", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers", False),
    ],
    "008": [
        ("troops", NK, 1000, 3000, "range", JCS + ["lawmakers"],
         "An additional 1,000 to 3,000 soldiers are believed to have been dispatched in January and February", False),
        ("casualties", NK, 200, 900, "vague", ["unattributed", "Ukrainian special forces", "Ukraine"],
         "hundreds of them were killed or wounded in their first weeks of combat", True),
        ("casualties", RU, 38000, None, "more_than", ZEL, "Russian forces have lost more than 38,000 troops in the Kursk region", False),
        ("killed", RU, 15000, None, "about", ZEL, "about 15,000 of them were killed", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"], "Ukraine, which last month captured two North Korean soldiers", False),
    ],
    "010": [
        ("casualties", UA, 76000, None, "more_than", ["Gerasimov", "Valery Gerasimov", "General Staff", "Russian General Staff", "Russia", "Russian military"],
         "the enemy's losses during the Kursk operation exceeded 76,000 servicemen", False),
    ],
    "011": [
        ("troops", NK, 11000, 12000, "range", ["South Korean intelligence", "NIS", "National Intelligence Service", "South Korea", "Seoul"],
         "The first wave, which began arriving in Russia in October, numbered between 11,000 and 12,000", False),
        ("troops", NK, 3000, None, "about", ["Seoul", "South Korea", "NIS", "South Korean intelligence"],
         "A second wave of roughly 3,000 followed in January and February", False),
        ("troops", NK, 15000, None, "about", NIS + ["lawmakers"], "about 15,000 North Korean troops have been sent in all", False),
        ("casualties", NK, 4700, None, "about", NIS, "The NIS now puts North Korean casualties at around 4,700", False),
        ("killed", NK, 600, None, "about", NIS, "of whom about 600 were killed", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine", "Ukrainian forces"],
         "Two North Korean soldiers were taken prisoner by Ukrainian forces in January", False),
    ],
    "012": [
        ("troops", NK, 11000, 15000, "range", ["Western and South Korean estimates", "Western", "South Korea", "Seoul"],
         "Between 11,000 and 15,000 North Korean soldiers were sent to fight in Kursk", False),
        ("killed", NK, 600, None, "about", NIS, "around 600 of them had died", False),
        ("troops", NK, 2000, 9999, "vague", ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "several thousand North Korean troops are still deployed in the region", True),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS_LEE,
         "North Korea has lost around 2,000 soldiers killed in Russia's war against Ukraine", False),
        ("troops", NK, 11000, None, "about", NIS_LEE,
         "about eleven thousand North Korean soldiers remain stationed around the Kursk region", False),
    ],
}

NOT = {
    "000": ["between Oct. 8 and 13", "the elite 11th Corps", "three other vessels", "300,000 book orders",
            "up 274 pct on-year", "11-day air drills", "12th month"],
    "002": ["Enemy attacks Kharkiv with 3 guided bombs, 18 injured", "downs 62 of 96 Russian drones overnight",
            "250,000 readers", "June 2024"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "Won slides to 1,451 per dollar",
            "2 dead, 14 injured in Seoul building fire", "W24.3tr", "Dec. 27"],
    "005": ["Russia launches 72 drones overnight, 45 shot down", "Join more than 15,000 members", "nearly three years",
            "almost three times higher"],
    "006": ["born in 2005", "The other, 26", "40-minute talks", "20 languages", "Watch video 01:26"],
    "008": ["Trump says minerals deal worth up to $500 billion", "Russia frees 3 Americans", "5 charts that explain the war",
            "its fourth year", "January 12, 2025"],
    "010": ["more than 7,700 pieces of military equipment", "over 400 tanks", "some 300 infantry fighting vehicles",
            "3-day ceasefire", "over three hours", "2,912 points", "June 19, 2024"],
    "011": ["Video, 00:02:41", "For six months"],
    "012": ["1,000 sappers", "5,000 military construction workers", "6,000 Deminers and Military Builders",
            "more than 1,500 residential buildings", "$2 a month", "2 Dead After Ukrainian Drone Strike on Rylsk",
            "Key Rate to 20%", "Fall 35% in May", "his third since March"],
    "014": ["26 countries", "the first of the 6,000 military engineers and builders", "Russia launched 112 drones",
            "84 of the drones", "three ballistic missiles", "Around 30 leaders"],
}

OFF = ["001", "004", "009", "013"]
DUP = {"007": "005"}

conflicts = {
    "must": [
        ["003-1", "005-1", "about 1,100 casualties (South Korea's JCS, Dec 20) against more than 3,000 killed and wounded (Zelensky, Dec 23), three days apart"],
        ["002-1", "002-3", "11,000 North Korean soldiers in Kursk (Zelensky) against up to 8,000 in the Kursk area (Pentagon), in the same article"],
    ],
    "may": [
        ["002-1", "002-2", "11,000 in Kursk (Zelensky) against about 10,000 sent to Russia in total (Pentagon): close, within rounding"],
        ["000-2", "002-2", "about 12,000 being sent in stages (NIS, Oct 18) against about 10,000 sent so far (Pentagon, Nov 5)"],
        ["002-2", "003-4", "about 10,000 (Nov 5) against about 11,000 (Dec 20), six weeks apart"],
        ["002-3", "003-4", "up to 8,000 in Kursk (Nov 5) against about 11,000 in Russia (Dec 20), six weeks apart"],
        ["000-2", "008-1", "an additional 1,000-3,000 against the first deployment"],
        ["002-1", "008-1", "an additional 1,000-3,000 against the first deployment"],
        ["002-2", "008-1", "an additional 1,000-3,000 against the first deployment"],
        ["002-3", "008-1", "an additional 1,000-3,000 against the first deployment"],
        ["003-4", "008-1", "an additional 1,000-3,000 against the first deployment"],
        ["002-2", "011-1", "first wave of 11,000-12,000 (Apr) against about 10,000 (Nov), months apart"],
        ["002-3", "011-1", "first wave of 11,000-12,000 (Apr) against up to 8,000 in Kursk (Nov), months apart"],
        ["000-2", "011-2", "a second wave of about 3,000 against the first deployment"],
        ["002-1", "011-2", "a second wave of about 3,000 against the first deployment"],
        ["002-2", "011-2", "a second wave of about 3,000 against the first deployment"],
        ["002-3", "011-2", "a second wave of about 3,000 against the first deployment"],
        ["003-4", "011-2", "a second wave of about 3,000 against the first deployment"],
        ["000-2", "011-3", "15,000 in all including reinforcements (Apr) against 12,000 (Oct), months apart"],
        ["002-1", "011-3", "15,000 in all including reinforcements (Apr) against 11,000 (Nov), months apart"],
        ["002-2", "011-3", "15,000 in all including reinforcements (Apr) against about 10,000 (Nov), months apart"],
        ["002-3", "011-3", "15,000 in all including reinforcements (Apr) against up to 8,000 (Nov), months apart"],
        ["003-4", "011-3", "15,000 in all including reinforcements (Apr) against about 11,000 (Dec), months apart"],
        ["008-1", "011-3", "15,000 in all against an additional 1,000-3,000"],
        ["002-2", "012-1", "11,000-15,000 sent (Jun 2025) against about 10,000 (Nov 2024), months apart"],
        ["002-3", "012-1", "11,000-15,000 sent (Jun 2025) against up to 8,000 in Kursk (Nov 2024), months apart"],
        ["008-1", "012-1", "11,000-15,000 in all against an additional 1,000-3,000"],
        ["011-2", "012-1", "11,000-15,000 in all against a second wave of about 3,000"],
        ["011-3", "014-2", "about 11,000 still stationed (Sep) against about 15,000 sent in all (Apr), months apart"],
        ["002-2", "014-2", "about 11,000 still stationed (Sep 2025) against about 10,000 (Nov 2024), ten months apart"],
        ["002-3", "014-2", "about 11,000 still stationed (Sep 2025) against up to 8,000 in Kursk (Nov 2024), ten months apart"],
        ["008-1", "014-2", "about 11,000 still stationed against an additional 1,000-3,000"],
        ["011-2", "014-2", "about 11,000 still stationed against a second wave of about 3,000"],
        ["003-3", "006-2", "wounded about 1,000 (Dec 20) rising to about 2,700 (Jan 13): a cumulative update by the same agency"],
        ["003-1", "011-4", "about 1,100 casualties (Dec) against about 4,700 (Apr): cumulative, four months apart"],
        ["006-1", "011-5", "about 300 killed (Jan) against about 600 (Apr): cumulative update by the same agency, months apart"],
        ["006-1", "012-2", "about 300 killed (Jan) against about 600 (Apr figure reported in Jun): cumulative update, months apart"],
        ["006-1", "014-1", "about 300 killed (Jan) against about 2,000 (Sep): cumulative update, months apart"],
        ["011-5", "014-1", "about 600 killed (Apr) against about 2,000 (Sep): cumulative update, months apart"],
        ["012-2", "014-1", "about 600 killed (Apr figure reported in Jun) against about 2,000 (Sep): cumulative update, months apart"],
        ["003-1", "008-2", "vague: hundreds killed or wounded in the first weeks against about 1,100 casualties"],
        ["005-1", "008-2", "vague: hundreds killed or wounded in the first weeks against more than 3,000 casualties"],
        ["012-1", "012-3", "vague: several thousand still deployed against 11,000-15,000 sent in all"],
        ["011-3", "012-3", "vague: several thousand still deployed (Jun) against about 15,000 sent in all (Apr)"],
        ["012-3", "014-2", "vague: several thousand still deployed (Jun) against about 11,000 still stationed (Sep)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
