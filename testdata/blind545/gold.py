#!/usr/bin/env python3
"""Gold labels for testdata/blind545 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind545: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, in the format of testdata/corpus (see its README.md).")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun", "lawmakers"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korean military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Ukrainian president"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "some 1,500 North Korean special forces soldiers", False),
    ],
    "001": [
        ("troops", "north_korea", 3000, None, "about", NIS_LEE,
         "About 3,000 North Korean soldiers have so far been moved to Russia", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in the Kursk region", False),
        ("troops", "north_korea", 10000, None, "at_least",
         ["State Department", "Matthew Miller", "United States", "US", "Washington"],
         "at least 10,000 North Korean troops have moved into Kursk", False),
        ("troops", "north_korea", 200, 900, "vague",
         ["HUR", "military intelligence", "Ukraine", "Kyiv"],
         "hundreds of the North Koreans had already been folded into Russian marine and airborne units", True),
    ],
    "004": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "Around 1,100 North Korean soldiers have been killed or wounded", False),
        ("killed", "north_korea", 100, None, "at_least", NIS + ["lawmakers"],
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["lawmakers"],
         "roughly 1,000 wounded", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "Troops sent: about 11,000 (JCS estimate)", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "North Korea's dead and wounded in Russia's Kursk region at more than 3,000", False),
        ("troops", "north_korea", 12000, None, "up_to",
         ["Oleksandr Syrskyi", "Syrskyi", "Ukraine", "Commander-in-Chief"],
         "up to 12,000 North Korean troops are now in the Kursk region", False),
        ("killed", "north_korea", 21, None, "exact",
         ["Special Operations Forces", "SSO", "Ukraine"],
         "killed 21 North Korean soldiers", False),
    ],
    "006": [
        ("killed", "north_korea", 1000, None, "more_than",
         ["HUR", "Ukraine's military intelligence agency", "military intelligence", "Ukraine", "Kyiv"],
         "more than 1,000 North Korean soldiers had been killed in Kursk", False),
        ("casualties", "ukraine", 49000, None, "more_than",
         ["Russia's defence ministry", "defence ministry", "Russian defence ministry", "Russia"],
         "Ukraine has lost more than 49,000 servicemen in the Kursk region", False),
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukraine's forces captured two North Korean soldiers in Kursk", False),
    ],
    "008": [
        ("troops", "north_korea", 11000, 12000, "range",
         ["Western and South Korean intelligence agencies", "Western intelligence", "South Korean intelligence",
          "South Korea", "intelligence agencies"],
         "between eleven and twelve thousand North Korean soldiers were sent to the Kursk region", False),
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russia's General Staff", "Russia"],
         "Ukraine's losses during the Kursk operation exceeded 76,000 servicemen", False),
        ("casualties", "north_korea", 2000, 9999, "vague",
         ["unattributed", "outside accounts", "Kyiv", "Seoul"],
         "the contingent lost thousands of men killed and wounded", True),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["lawmakers"],
         "About 4,700 North Korean soldiers sent to help Russia have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["lawmakers"],
         "around 600 of them fatally", False),
        ("troops", "north_korea", 15000, None, "about", NIS + ["lawmakers"],
         "North Korea has sent some 15,000 troops to Russia in total", False),
        ("troops", "north_korea", 3000, None, "about", NIS + ["lawmakers"],
         "about 3,000 additional soldiers dispatched in January and February", False),
    ],
    "010": [
        ("troops", "north_korea", 11000, None, "more_than", ["unattributed"],
         "Pyongyang sent more than 11,000 troops last autumn", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "Thousands more followed early this year", True),
    ],
    "013": [
        ("killed", "north_korea", 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "state media", "North Korea"],
         "paid tribute to nine of them who died during the mission", False),
        ("troops", "north_korea", 200, 900, "vague", ["unattributed"],
         "The regiment, believed to number several hundred soldiers", True),
        ("troops", "north_korea", 15000, None, "about",
         ["South Korean and Ukrainian officials", "South Korea", "Ukraine", "officials"],
         "some 15,000 combat troops to Russia since the fall of 2024", False),
        ("killed", "north_korea", 2000, None, "about", NIS + ["lawmakers"],
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
    ],
}

NOT = {
    "000": ["could grow to around 12,000 troops", "12K", "four brigades",
            "Four Russian amphibious landing ships and three escort vessels", "between Oct. 8 and 13",
            "11th Corps", "more than 13,000 containers of munitions", "3 dead after fire",
            "2 inter-Korean roads", "4.6 pct"],
    "001": ["five or so military bases", "more than 100 of them", "late teens or early 20s",
            "about $2,000 per soldier a month", "two batches", "155 mm shells", "1 million copies",
            "1,380 per dollar"],
    "002": ["roughly 190 miles", "7 swing states", "$61 billion", "The 3 things Seoul wants",
            "How 40 years of mergers"],
    "004": ["170-mm self-propelled guns", "240-mm multiple rocket launchers", "KN-23 missiles",
            "signed June 19, 2024", "10 key points", "1st time in 9 years", "45 flights"],
    "005": ["groups of 20 to 30 soldiers", "about 800 square kilometres", "78 missiles and 106 drones",
            "hundreds of thousands of people in Kharkiv", "59 of 106 Drones", "since 1995"],
    "006": ["293 tanks", "85 drones", "57 of the drones", "another 28", "One is 20 years old and the other 26",
            "more than three times Seoul's estimate", "12.02 post"],
    "008": ["more than 7,000 pieces of weaponry and equipment", "€5 a month", "160,000 conscripts",
            "rebuilt in three years", "June 2024"],
    "009": ["about 220 artillery pieces", "170-millimeter self-propelled guns",
            "240-millimeter multiple rocket launchers", "Video 1:08", "18 languages", "for 2nd day"],
    "010": ["1,000 sappers", "5,000 military construction workers", "1,000 deminers", "5,000 military builders",
            "6,000 deminers and military builders", "second time in two weeks"],
    "013": ["1,000 deminers and 5,000 military builders", "about 120 days", "millions of artillery shells",
            "80th party anniversary", "5 things to know"],
}

OFF = ["003", "007", "011", "014"]
DUP = {"012": "010"}

MONTHS = "months apart"
conflicts = {
    "must": [
        ["004-1", "005-1",
         "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded "
         "(Zelensky, same day), reported three days apart"],
        ["006-1", "006-3",
         "more than 1,000 killed since December (Ukraine's HUR) against about 300 killed (South Korea's NIS), "
         "same day, same live blog"],
    ],
    "may": [
        # troops: October counts of a deployment still under way, against later totals
        ["000-1", "002-1", "1,500 moved to Russia (Oct 18) against 11,000 in Kursk (Nov 4): deployment in progress"],
        ["000-1", "002-2", "1,500 moved to Russia (Oct 18) against at least 10,000 in Kursk (Nov 4)"],
        ["001-1", "002-1", "3,000 moved to Russia (Oct 23) against 11,000 in Kursk (Nov 4)"],
        ["001-1", "002-2", "3,000 moved to Russia (Oct 23) against at least 10,000 in Kursk (Nov 4)"],
        ["000-1", "004-4", "1,500 (Oct) against about 11,000 (Dec), " + MONTHS],
        ["001-1", "004-4", "3,000 (Oct) against about 11,000 (Dec), " + MONTHS],
        ["000-1", "008-1", "1,500 (Oct 2024) against 11,000-12,000 (Apr 2025), " + MONTHS],
        ["001-1", "008-1", "3,000 (Oct 2024) against 11,000-12,000 (Apr 2025), " + MONTHS],
        ["000-1", "009-3", "1,500 (Oct 2024) against 15,000 in total (Apr 2025), " + MONTHS],
        ["001-1", "009-3", "3,000 (Oct 2024) against 15,000 in total (Apr 2025), " + MONTHS],
        ["000-1", "009-4", "1,500 (Oct 2024) against an additional 3,000 (Apr 2025), " + MONTHS],
        ["000-1", "010-1", "1,500 (Oct 2024) against more than 11,000 (Jun 2025), " + MONTHS],
        ["001-1", "010-1", "3,000 (Oct 2024) against more than 11,000 (Jun 2025), " + MONTHS],
        ["000-1", "013-3", "1,500 (Oct 2024) against 15,000 (Dec 2025), " + MONTHS],
        ["001-1", "013-3", "3,000 (Oct 2024) against 15,000 (Dec 2025), " + MONTHS],
        # troops: the first wave against totals that include the reinforcements, or the reinforcements alone
        ["002-1", "009-3", "11,000 (Nov 2024) against 15,000 in total including reinforcements (Apr 2025)"],
        ["004-4", "009-3", "about 11,000 (Dec 2024) against 15,000 including reinforcements (Apr 2025)"],
        ["005-2", "009-3", "up to 12,000 (Dec 2024) against 15,000 including reinforcements (Apr 2025)"],
        ["008-1", "009-3", "11,000-12,000 sent in autumn against 15,000 in total including reinforcements"],
        ["002-1", "013-3", "11,000 (Nov 2024) against 15,000 (Dec 2025), " + MONTHS],
        ["004-4", "013-3", "about 11,000 (Dec 2024) against 15,000 (Dec 2025), " + MONTHS],
        ["005-2", "013-3", "up to 12,000 (Dec 2024) against 15,000 (Dec 2025), " + MONTHS],
        ["008-1", "013-3", "11,000-12,000 sent in autumn against 15,000 in all (Dec 2025)"],
        ["002-1", "010-1", "11,000 (Nov 2024) against more than 11,000 (Jun 2025), " + MONTHS],
        ["004-4", "010-1", "about 11,000 against more than 11,000, " + MONTHS],
        ["002-1", "009-4", "11,000 against an additional 3,000"],
        ["002-2", "009-4", "at least 10,000 against an additional 3,000"],
        ["004-4", "009-4", "about 11,000 against an additional 3,000"],
        ["005-2", "009-4", "up to 12,000 against an additional 3,000"],
        ["008-1", "009-4", "11,000-12,000 against an additional 3,000"],
        ["009-4", "010-1", "an additional 3,000 against more than 11,000 sent last autumn"],
        ["009-4", "013-3", "an additional 3,000 against 15,000 in all"],
        # casualties, killed, wounded: cumulative figures months (or weeks) apart
        ["004-1", "009-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025), " + MONTHS],
        ["004-3", "006-4", "about 1,000 wounded (NIS, Dec 19) against about 2,700 wounded (NIS, Jan 13): a later, larger count"],
        ["006-3", "009-2", "about 300 killed (Jan 2025) against about 600 (Apr 2025), " + MONTHS],
        ["006-1", "009-2", "more than 1,000 killed (HUR, Jan 2025) against about 600 (NIS, Apr 2025), " + MONTHS],
        ["006-3", "013-4", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025), " + MONTHS],
        ["009-2", "013-4", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025), " + MONTHS],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
