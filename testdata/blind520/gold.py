#!/usr/bin/env python3
"""Gold labels for testdata/blind520 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind520: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting. See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
US_BLINKEN = ["Antony Blinken", "Blinken", "U.S. Secretary of State", "United States", "U.S.", "Washington"]
US_AUSTIN = ["Lloyd Austin", "Austin", "U.S. Defense Secretary", "Pentagon", "United States", "U.S.", "Washington"]
HUR = ["Kyrylo Budanov", "Budanov", "HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"]
ZEL = ["Volodymyr Zelenskyy", "Zelenskyy", "Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Ukraine"]
JCS = ["joint chiefs of staff", "Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
SSO = ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"]
GERA = ["Valery Gerasimov", "Gerasimov", "General Staff", "Russian General Staff", "Russian Defense Ministry", "Russia"]
KCNA = ["Korean Central News Agency", "KCNA", "North Korea", "North Korean state media"]
U = ["unattributed"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "a first group of about 1,500 soldiers has already been shipped to the Russian Far East", False),
    ],
    "001": [
        ("troops", "north_korea", 8000, None, "about", US_BLINKEN,
         "About 8,000 North Korean soldiers have been moved to Russia's Kursk region bordering Ukraine", False),
        ("troops", "north_korea", 10000, None, "about", US_AUSTIN,
         "there were around 10,000 North Korean soldiers in Russia overall", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "about", HUR,
         "Around 11,000 North Korean troops are now in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "the contingent included some 500 officers", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "North Korean soldiers killed and wounded in Russia's Kursk region now number more than 3,000", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "about 1,100 North Korean soldiers had been killed or wounded", False),
        ("troops", "north_korea", 11000, None, "about", U,
         "Pyongyang is estimated to have sent about 11,000 soldiers to Russia this autumn", False),
        ("casualties", "north_korea", 200, 900, "vague", ["US official", "United States", "US"],
         "North Korean units had taken \"several hundred\" casualties", True),
    ],
    "004": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS_LEE,
         "two North Korean soldiers were captured alive by Ukrainian forces", False),
        ("troops", "north_korea", 11000, None, "about", NIS_LEE,
         "That assessment puts the North Korean contingent at around 11,000", False),
    ],
    "005": [
        ("killed", "north_korea", 1000, None, "more_than", SSO,
         "More than a thousand North Korean soldiers have been killed in Russia's Kursk region", False),
        ("killed", "north_korea", 21, None, "exact", SSO,
         "SSO operators killed 21 North Korean soldiers", False),
        ("wounded", "north_korea", 40, None, "exact", SSO,
         "and wounded 40 over three days of fighting", False),
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "two North Korean soldiers captured in Kursk", False),
        ("troops", "russia", 50000, None, "about", ["Ukrainian military estimates", "Ukrainian military", "Ukraine"],
         "Russia has massed some 50,000 of its own troops in the region", False),
    ],
    "006": [
        ("casualties", "ukraine", 76000, None, "more_than", GERA,
         "the enemy lost more than 76,000 servicemen during the Kursk operation", False),
    ],
    "007": [
        ("troops", "north_korea", 10000, 12000, "range", ["Ukraine", "United States", "South Korea"],
         "between 10,000 and 12,000 North Korean troops were sent to Russia last autumn", False),
        ("troops", "north_korea", 3000, None, "about", ["Seoul", "South Korea"],
         "some three thousand more followed in January and February as reinforcements", False),
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "about 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "Around 600 of them, the agency said, had died", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "In January, it estimated North Korean casualties at about 3,000", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["Ukrainian military intelligence", "HUR", "Ukraine"],
         "several thousand North Korean soldiers are still in Russia's Kursk and Belgorod regions", True),
    ],
    "008": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "some 4,700 North Korean soldiers had been killed or wounded there", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "a figure that included around 600 deaths", False),
    ],
    "009": [
        ("killed", "north_korea", 2000, None, "about", NIS_LEE,
         "About 2,000 North Korean soldiers have been killed while fighting for Russia against Ukraine", False),
        ("troops", "north_korea", 11000, None, "about", U,
         "North Korea sent around 11,000 troops to Russia's western Kursk region last fall", False),
        ("troops", "north_korea", 3000, None, "about", U,
         "followed by about 3,000 more early this year", False),
        ("troops", "north_korea", 10000, None, "about", NIS_LEE,
         "about 10,000 North Korean troops remain stationed in Russian border areas", False),
        ("troops", "north_korea", 1000, None, "at_least", NIS_LEE,
         "at least 1,000 military engineers had arrived in Kursk in recent weeks", False),
        ("killed", "north_korea", 101, None, "exact", KCNA,
         "the portraits of 101 soldiers killed in Kursk", False),
    ],
}

NOT = {
    "000": ["a total of about 12,000 troops in four brigades", "more than 13,000 containers",
            "between Oct. 8 and 13", "his first in 24 years", "four Russian navy landing and escort ships",
            "11th Army Corps", "1.4 million youths volunteered to join army", "S. Korea adds 144,000 jobs",
            "KOSPI closes at 2,593.82"],
    "001": ["more than $12 billion", "about 86 minutes", "more than 7,000 kilometers", "(2nd from L)",
            "1st launch since December", "February 2022", "record 3.59 million"],
    "002": ["around 800 square kilometers", "96 drones overnight, 71 downed", "another 90 days",
            "more than 15,000 members", "a small group"],
    "003": ["240mm multiple rocket launchers", "170mm self-propelled guns", "damaging 12 apartment blocks",
            "A 64-year-old woman", "81 drones overnight", "52 were shot down", "31 December", "£2"],
    "004": ["One of them is 20 years old and the other 26", "on Jan. 9", "4 minutes before impact",
            "Police estimate 15,000 rallied", "92 countries", "1,470 per dollar"],
    "005": ["below minus 15 degrees Celsius", "around $400", "Russia Lost 1,690 Troops Over Past 24 Hours",
            "40+ Missiles", "Train 100,000 Civilians a Year", "eight years at regional newspapers"],
    "006": ["more than 7,700 pieces of weaponry and military hardware", "412 tanks", "August 6, 2024",
            "about 1,300 square kilometers", "more than 150,000 residents", "115 Ukrainian UAVs"],
    "007": ["more than 20,000 containers of munitions", "several million artillery shells",
            "267 drones", "200 long-range guns"],
    "008": ["1,000 sappers", "5,000 military construction workers", "6,000 sappers and builders",
            "10 years or more", "28 of the region's border settlements",
            "Tens of thousands of North Korean laborers", "Korea's births rise for 10th straight month"],
    "009": ["about 5,000 more construction troops in phases", "in their early 20s", "up to $20 billion",
            "1,500 kilometers from border"],
}

OFF = ["011", "012", "013", "014"]
DUP = {"010": "009"}

MONTHS = "months apart"
conflicts = {
    "must": [
        ["003-1", "003-2", "more than 3,000 North Korean dead and wounded (Zelenskyy) against about 1,100 (South Korea's JCS), the same day in one live blog"],
        ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, 1 Nov 2024) against around 11,000 in Kursk (HUR's Budanov, 5 Nov), four days apart"],
        ["004-1", "005-1", "about 300 North Korean soldiers killed (NIS, 13 Jan 2025) against more than a thousand killed (Ukraine's SSO, 16 Jan), three days apart"],
    ],
    "may": [
        # troops: the first group while the deployment was under way
        ["000-1", "001-1", "a first group of 1,500 in the Far East (18 Oct) against 8,000 in Kursk two weeks later; deployment under way"],
        ["000-1", "001-2", "a first group of 1,500 (18 Oct) against 10,000 in Russia two weeks later; deployment under way"],
        ["000-1", "002-1", "a first group of 1,500 (18 Oct) against 11,000 in Kursk 18 days later; deployment under way"],
        ["000-1", "003-3", "1,500 first group against 11,000 sent, " + MONTHS],
        ["000-1", "004-4", "1,500 first group against 11,000, " + MONTHS],
        ["000-1", "007-1", "1,500 first group against 10,000-12,000, " + MONTHS],
        ["000-1", "009-2", "1,500 first group against 11,000, " + MONTHS],
        ["000-1", "009-4", "1,500 first group against 10,000 remaining, " + MONTHS],
        ["001-2", "002-1", "about 10,000 in Russia as a whole against around 11,000 in Kursk, four days apart: close values, different places"],
        ["001-1", "003-3", "8,000 in Kursk (1 Nov) against 11,000 sent to Russia (23 Dec), seven weeks apart"],
        ["001-1", "004-4", "8,000 (Nov 2024) against 11,000 (Jan 2025), " + MONTHS],
        ["001-1", "007-1", "8,000 (Nov 2024) against 10,000-12,000 (Apr 2025), " + MONTHS],
        ["001-1", "009-2", "8,000 (Nov 2024) against 11,000 (Sep 2025), " + MONTHS],
        ["001-1", "009-4", "8,000 (Nov 2024) against 10,000 remaining (Sep 2025), " + MONTHS],
        # troops: an additional force
        ["007-1", "007-2", "10,000-12,000 against some 3,000 more: an additional force"],
        ["009-2", "009-3", "11,000 against about 3,000 more: an additional force"],
        ["009-3", "009-4", "3,000 more against 10,000 remaining: an additional force"],
        ["001-1", "007-2", "8,000 against 3,000 reinforcements: an additional force, " + MONTHS],
        ["001-2", "007-2", "10,000 against 3,000 reinforcements: an additional force"],
        ["002-1", "007-2", "11,000 against 3,000 reinforcements: an additional force"],
        ["003-3", "007-2", "11,000 against 3,000 reinforcements: an additional force"],
        ["004-4", "007-2", "11,000 against 3,000 reinforcements: an additional force"],
        ["007-2", "009-2", "3,000 reinforcements against 11,000: an additional force"],
        ["007-2", "009-4", "3,000 reinforcements against 10,000 remaining: an additional force"],
        ["007-1", "009-3", "10,000-12,000 against 3,000 more: an additional force"],
        ["001-1", "009-3", "8,000 against 3,000 more: an additional force, " + MONTHS],
        ["001-2", "009-3", "10,000 against 3,000 more: an additional force"],
        ["002-1", "009-3", "11,000 against 3,000 more: an additional force"],
        ["003-3", "009-3", "11,000 against 3,000 more: an additional force"],
        ["004-4", "009-3", "11,000 against 3,000 more: an additional force"],
        ["000-1", "007-2", "first group of 1,500 against 3,000 reinforcements, " + MONTHS],
        ["000-1", "009-3", "first group of 1,500 against 3,000 more, " + MONTHS],
        # killed: later rises in a cumulative count
        ["004-1", "007-4", "about 300 killed (Jan) against about 600 (Apr): the NIS count rising, " + MONTHS],
        ["004-1", "008-2", "about 300 killed (Jan) against about 600 (restated in June), " + MONTHS],
        ["004-1", "009-1", "about 300 killed (Jan) against about 2,000 (Sep), " + MONTHS],
        ["005-1", "007-4", "more than 1,000 killed (SSO, Jan) against about 600 (NIS, Apr), " + MONTHS],
        ["005-1", "008-2", "more than 1,000 killed (SSO, Jan) against about 600 (NIS, restated June), " + MONTHS],
        ["007-4", "009-1", "about 600 killed (Apr) against about 2,000 (Sep): cumulative rise, " + MONTHS],
        ["008-2", "009-1", "about 600 killed (restated June) against about 2,000 (Sep): cumulative rise, " + MONTHS],
        # casualties: later rises in a cumulative count
        ["003-2", "007-5", "about 1,100 casualties (JCS, Dec) against about 3,000 (NIS, January estimate): cumulative rise"],
        ["003-2", "007-3", "about 1,100 casualties (Dec) against about 4,700 (Apr), " + MONTHS],
        ["003-2", "008-1", "about 1,100 casualties (Dec) against about 4,700 (restated June), " + MONTHS],
        ["007-3", "007-5", "about 4,700 casualties (Apr) against the same agency's 3,000 in January: an update, " + MONTHS],
        ["007-5", "008-1", "about 3,000 (January estimate) against about 4,700 (restated June): an update, " + MONTHS],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
