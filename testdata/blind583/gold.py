#!/usr/bin/env python3
"""Labels for blind583 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("blind583: 15 articles written in our own words about North Korean troops in Russia's "
         "Kursk region (October 2024 - December 2025), labelled blind")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Kyiv"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "Some 1,500 soldiers from the North's special forces", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, None, "about", ["Pentagon", "United States", "US", "US Department of Defense"],
         "about 10,000 North Korean soldiers had been sent to eastern Russia", False),
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Lloyd Austin", "Blinken", "Austin", "United States", "US"],
         "around 8,000 have now moved into the Kursk region", False),
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "eleven thousand North Korean troops were already in Kursk", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region", False),
        ("casualties", "north_korea", 200, 900, "vague", ["Pentagon", "United States", "US"],
         "\"several hundred\" North Korean casualties", True),
        ("troops", "north_korea", 12000, None, "up_to", ["Kyiv", "Ukraine"],
         "North Korea has sent up to 12,000 soldiers to fight for Russia", False),
    ],
    "005": [
        ("casualties", "north_korea", 4700, None, "about", LEE,
         "have suffered around 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", LEE,
         "among them some 600 deaths", False),
        ("casualties", "north_korea", 3000, None, "about", LEE,
         "January estimate of some three thousand killed and wounded", False),
    ],
    "006": [
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea"],
         "have suffered about 1,100 casualties", False),
        ("troops", "north_korea", 11000, None, "about",
         ["the military", "South Korean military", "Joint Chiefs of Staff", "JCS", "South Korea"],
         "Around 11,000 North Korean soldiers are believed to have been sent to Russia since October", False),
        ("killed", "north_korea", 100, None, "at_least", LEE,
         "at least 100 North Korean soldiers had died in combat", False),
        ("wounded", "north_korea", 1000, None, "about", LEE,
         "close to 1,000 had been wounded", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", LEE,
         "2,700 injured while fighting for Russia against Ukraine", False),
        ("captured", "north_korea", 2, None, "exact", ZEL + ["National Intelligence Service", "NIS"],
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
        ("troops", "north_korea", 10000, 12000, "range",
         ["US, South Korea and Ukraine", "United States", "US", "South Korea", "Ukraine"],
         "Between 10,000 and 12,000 North Korean troops are believed to have been sent to Russia last year", False),
    ],
    "010": [
        ("troops", "north_korea", 3000, None, "about",
         NIS + ["South Korea's National Intelligence Service"],
         "North Korea has sent an estimated 3,000 additional troops to Russia this year", False),
        ("troops", "north_korea", 11000, None, "about",
         ["South Korean, Ukrainian and Western officials", "South Korea", "Ukraine", "Western officials"],
         "North Korea sent around 11,000 soldiers to Russia last autumn", False),
    ],
    "011": [],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["South Korea's intelligence agency", "lawmakers"],
         "Around 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "the roughly 11,000 combat troops North Korea sent last autumn", False),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "North Korea", "North Korean state media", "state media"],
         "Nine of its soldiers were killed during the mission", False),
        ("troops", "north_korea", 14000, None, "about", ["unattributed"],
         "Pyongyang is thought to have sent roughly 14,000 soldiers to Russia since late 2024", False),
    ],
}

NOT = {
    "000": ["a total of around 12,000 troops in four brigades", "four Russian navy ships",
            "between Oct. 8 and 13", "9.1 tln won", "KOSPI ends at 2,593.94", "over 1 million copies",
            "1,368.0 against US$"],
    "002": ["roughly 1.2 million active-duty personnel", "more than 13,000 containers of munitions",
            "152mm artillery", "270 electoral votes", "96 drones overnight", "1953"],
    "003": ["78 missiles and 106 drones", "Russia Loses 1,920 Soldiers in 24 Hours", "since 1995"],
    "005": ["Article 4", "around 28 trillion won (US$20 billion)", "Exports fall 3.7% in April",
            "from 10,000 won a month"],
    "006": ["240-millimeter multiple rocket launchers", "170-mm self-propelled guns", "KOSPI 2,442.01",
            "USD/KRW 1,451.50", "Jeju Air adds 12 flights", "lows of minus 15 degrees"],
    "007": ["born in 2005", "aged 26", "since 2021"],
    "010": ["170mm self-propelled howitzers", "240mm multiple rocket launchers", "June 2024"],
    "011": ["1,000 sappers", "5,000 military builders", "a thousand sappers", "five thousand military builders",
            "June 19, 2024", "46 Ukrainian UAVs", "Ukrainian army loses up to 1,200 troops in past day",
            "over 400 km of roads"],
    "013": ["roughly 6,000 more personnel", "closes at 42,580"],
    "014": ["120 days", "465 drones and 30 missiles", "20-point document", "Comments (412)"],
}

OFF = ["001", "004", "008", "012"]
DUP = {"009": "010"}

conflicts = {
    "must": [
        ["002-2", "002-3", "about 8,000 North Korean troops in Kursk (Blinken and Austin, Oct 31) against "
                           "11,000 in Kursk (Zelensky, Nov 4), the same week, in one article"],
        ["006-1", "003-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 "
                           "killed or wounded (Zelensky, Dec 23); articles three days apart"],
    ],
    "may": [
        # troops: near values, or figures weeks to months apart, or an "additional" force
        ["002-1", "002-3", "about 10,000 in eastern Russia (Pentagon) against 11,000 in Kursk (Zelensky): close values, different places"],
        ["002-1", "006-2", "about 10,000 (Oct) against about 11,000 (Dec): close values, weeks apart"],
        ["002-1", "010-2", "about 10,000 against about 11,000, months apart"],
        ["002-1", "013-2", "about 10,000 against about 11,000, months apart"],
        ["002-1", "010-1", "10,000 against an additional 3,000"],
        ["002-1", "014-2", "10,000 (Oct 2024) against 14,000 in total (Dec 2025)"],
        ["002-2", "006-2", "8,000 in Kursk (Oct 31) against 11,000 (Dec 23), seven weeks apart"],
        ["002-2", "007-4", "8,000 (Oct 31) against 10,000-12,000 (Jan), months apart"],
        ["002-2", "010-2", "8,000 against 11,000, months apart"],
        ["002-2", "013-2", "8,000 against 11,000, months apart"],
        ["002-2", "010-1", "8,000 against an additional 3,000"],
        ["002-2", "014-2", "8,000 (Oct 2024) against 14,000 in total (Dec 2025)"],
        ["002-3", "010-1", "11,000 against an additional 3,000"],
        ["002-3", "014-2", "11,000 (Nov 2024) against 14,000 in total (Dec 2025)"],
        ["003-3", "014-2", "up to 12,000 (Dec 2024) against 14,000 in total a year later"],
        ["006-2", "010-1", "11,000 against an additional 3,000"],
        ["006-2", "014-2", "11,000 against 14,000, a year apart"],
        ["007-4", "010-1", "10,000-12,000 against an additional 3,000"],
        ["007-4", "014-2", "10,000-12,000 last year against 14,000 in total (Dec 2025)"],
        ["010-1", "013-2", "an additional 3,000 against 11,000"],
        ["010-1", "014-2", "an additional 3,000 against 14,000 in total"],
        ["010-2", "014-2", "11,000 sent last autumn against 14,000 in total (Dec 2025)"],
        ["013-2", "014-2", "11,000 sent last autumn against 14,000 in total, months apart"],
        # casualties
        ["003-2", "003-1", "\"several hundred\" (Pentagon, Dec 16) against more than 3,000 (Zelensky, Dec 23): a week apart, vague"],
        ["003-2", "006-1", "\"several hundred\" (Dec 16) against about 1,100 (Dec 23): vague"],
        ["003-2", "005-1", "\"several hundred\" (Dec) against 4,700 (Apr), months apart"],
        ["003-2", "005-3", "\"several hundred\" (Dec) against about 3,000 (Jan)"],
        ["003-1", "005-3", "more than 3,000 (Dec 23) against about 3,000 (Jan): the bound is borderline"],
        ["006-1", "005-3", "1,100 (Dec 23) against about 3,000 (NIS, January), three weeks apart, cumulative"],
        ["006-1", "005-1", "1,100 (Dec 2024) against 4,700 (Apr 2025), months apart"],
        # killed
        ["006-3", "014-1", "at least 100 killed (Dec 2024) against nine killed demining (Dec 2025): a different mission"],
        ["007-1", "005-2", "about 300 killed (Jan) against about 600 (Apr), months apart, cumulative"],
        ["007-1", "013-1", "about 300 killed (Jan) against about 2,000 (Sep)"],
        ["007-1", "014-1", "about 300 killed (Jan) against nine killed demining (Dec)"],
        ["005-2", "013-1", "about 600 killed (Apr) against about 2,000 (Sep), months apart"],
        ["005-2", "014-1", "about 600 killed (Apr) against nine killed demining (Dec)"],
        ["013-1", "014-1", "about 2,000 killed in combat (Sep) against nine killed demining (Dec)"],
        # wounded
        ["006-4", "007-2", "close to 1,000 wounded (NIS, Dec 19) against about 2,700 (NIS, Jan 13), cumulative, weeks apart"],
    ],
}

if __name__ == "__main__":
    goldlib.write(about, A, NOT, OFF, DUP, conflicts)
