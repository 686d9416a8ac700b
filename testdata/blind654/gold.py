#!/usr/bin/env python3
"""Gold labels for testdata/blind654 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind654: 15 articles written for crosscheck in our own words about the real "
         "story's known reporting (October 2024 - December 2025). See testdata/corpus/README.md for the "
         "meaning of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "Lee Seong-kweun", "spy agency", "Seoul"]
ZEL = ["Volodymyr Zelenskyy", "Zelenskyy", "Volodymyr Zelensky", "Zelensky", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has so far shipped some 3,000 soldiers to Russia", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "a first contingent of around 1,500 special forces troops", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "There are already 11,000 soldiers from North Korea in Russia's Kursk region", False),
        ("troops", "north_korea", 500, None, "about",
         ["Defence Intelligence of Ukraine", "HUR", "Ukrainian intelligence", "Ukraine"],
         "about 500 North Korean officers had been sent to Russia", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["United States", "South Korea", "Ukraine", "US", "Washington", "Seoul", "Kyiv"],
         "between 10,000 and 12,000 North Korean soldiers have been sent to Russia since October", False),
        ("troops", "north_korea", 12000, None, "up_to",
         ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "puts the figure at up to 12,000", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers fighting for Russia have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "nearly 1,000 have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS,
         "North Korean losses appear to be around 1,100 killed and wounded", False),
        ("casualties", "north_korea", 200, 900, "vague",
         ["US official", "United States", "Washington", "US"],
         "the North Korean troops had suffered \"several hundred\" casualties", True),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
    ],
    "006": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukraine has captured two North Korean soldiers in Russia's Kursk region", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "around 300 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "some 2,700 wounded", False),
        ("killed", "north_korea", 1000, None, "at_least",
         ["Ukraine's military intelligence", "Ukrainian military intelligence", "military intelligence",
          "senior official", "Ukrainian officials", "Ukraine", "Kyodo"],
         "at least a thousand North Korean soldiers had been killed by early January", False),
        ("troops", "north_korea", 11000, None, "about",
         ["South Korea", "United States", "U.S.", "US", "Ukraine"],
         "North Korea is believed to have sent around 11,000 troops to Russia last autumn", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea has sent some three thousand additional soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 11000, None, "about",
         ["Seoul", "Washington", "South Korea", "United States"],
         "the roughly eleven thousand troops North Korea sent in the autumn of 2024", False),
        ("casualties", "north_korea", 4700, None, "about", JCS,
         "about 4,700 North Korean soldiers had been killed or wounded since the deployment began", False),
    ],
    "008": [
        ("killed", "north_korea", 600, None, "about", NIS,
         "About 600 North Korean soldiers have been killed while fighting for Russia against Ukraine", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "North Korea has sent around 15,000 troops to Russia in all", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "roughly 4,700 of them have been killed or wounded", False),
    ],
    "010": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the enemy's losses during the Kursk operation exceeded 76,000 servicemen", False),
    ],
    "011": [
        ("killed", "north_korea", 2000, None, "about", NIS,
         "it estimates about 2,000 North Korean soldiers have been killed since the deployment began", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Pyongyang sent roughly eleven thousand men in the autumn of 2024", False),
        ("troops", "north_korea", 2000, 9000, "vague", ["unattributed"],
         "several thousand more at the start of 2025", True),
    ],
}

NOT = {
    "000": ["around 10,000 by December", "between Oct. 8 and 13", "four Russian navy landing ships",
            "one interpreter to every 30 North Korean soldiers", "US$2,000 a month per soldier",
            "KOSPI ends at 2,599.62", "won at 1,385.4 per dollar", "exports up 4.6 pct",
            "operating profit falls 6.5 pct", "paras 4-7"],
    "001": ["the North's 11th Corps", "November 4", "Enemy attacks Kharkiv with 3 guided bombs, 5 people injured",
            "USD 41.24 | EUR 44.88", "05.11.2024 10:14"],
    "002": ["the 11th Corps", "several hundred square kilometers", "around $2,000 (€1,900) a month",
            "more than 13,000 containers of artillery shells", "since August 2023", "October 24", "Article 4",
            "North Korea's 1.2 million-strong military", "1,000th day of war"],
    "003": ["KN-23 short-range ballistic missiles", "240-millimeter multiple rocket launchers",
            "Won sinks past 1,450 per dollar", "Seoul shares tumble 1.95%", "Dec. 19, 2024 - 18:05"],
    "005": ["45 Shahed-type attack drones", "27 were shot down", "a further 18 were \"lost\"",
            "two more villages in Donetsk oblast", "Comments (312)", "$5 a month", "nearly 9pm"],
    "006": ["born in 2005", "aged 26", "Japan's defense budget for fiscal 2025 tops 8.7 trillion yen"],
    "007": ["roughly 220 artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "Map Shows Where 500,000 Russian Troops Are Massed Along the Front", "Dow Falls 150 Points",
            "joined Newsweek in 2023", "2 Comments"],
    "008": ["Kim, 41", "September 2023", "about 250,000 people to St. Peter's Square"],
    "010": ["1,000 sappers", "5,000 military builders", "a thousand sappers", "five thousand military builders",
            "Article 4", "June 19, 2024", "December 4, 2024",
            "Russian air defenses down 18 Ukrainian drones over Kursk Region overnight"],
    "011": ["the 1,000 sappers and 5,000 military builders that Sergei Shoigu promised in June",
            "a 19-year-old private", "€5 a month"],
}

OFF = ["004", "009", "013", "014"]
DUP = {"012": "006"}

conflicts = {
    "must": [
        ["003-3", "005-1", "about 1,100 North Korean casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 killed and wounded (Zelenskyy, Dec 23), four days apart"],
        ["006-2", "006-4", "about 300 North Korean soldiers killed (NIS) against at least a thousand killed (Ukrainian military intelligence official), same article, same day"],
    ],
    "may": [
        # casualties
        ["003-4", "003-3", "'several hundred' casualties (US official, days earlier) against about 1,100 (NIS); vague"],
        ["003-4", "005-1", "'several hundred' casualties (US official) against more than 3,000 (Zelenskyy) a week later; vague"],
        ["003-3", "007-2", "about 1,100 casualties in December against about 4,700 in March: cumulative figure, months apart"],
        ["003-3", "008-3", "about 1,100 casualties in December against about 4,700 in April: cumulative figure, months apart"],
        ["003-4", "007-2", "'several hundred' in December against about 4,700 in March: months apart"],
        ["003-4", "008-3", "'several hundred' in December against about 4,700 in April: months apart"],
        # killed
        ["006-2", "008-1", "about 300 killed (Jan) against about 600 (Apr), the same agency's cumulative count, months apart"],
        ["006-2", "011-1", "about 300 killed (Jan) against about 2,000 (Sep), months apart"],
        ["006-4", "008-1", "at least a thousand killed (Ukrainian official, Jan) against about 600 (NIS, Apr), months apart"],
        ["008-1", "011-1", "about 600 killed (Apr) against about 2,000 (Sep), the same agency, months apart"],
        # wounded
        ["003-2", "006-3", "nearly 1,000 wounded (Dec 19) against some 2,700 (Jan 13): the same agency's cumulative count, weeks apart"],
        # troops
        ["000-1", "001-1", "3,000 moved to Russia (Oct 23, more expected) against 11,000 in Kursk (Nov 5): a growing deployment"],
        ["000-1", "002-1", "3,000 (Oct 23) against 10,000-12,000 (Nov 14): a growing deployment"],
        ["000-1", "006-5", "3,000 in October against 11,000 reported in January, months apart"],
        ["000-1", "007-3", "3,000 in October against eleven thousand reported in March, months apart"],
        ["000-1", "008-2", "3,000 in October against 15,000 in all (April), months apart"],
        ["000-1", "011-2", "3,000 in October against eleven thousand reported in September 2025, months apart"],
        ["001-1", "007-1", "11,000 against an additional three thousand"],
        ["001-1", "008-2", "11,000 in Kursk (Nov 2024) against 15,000 in all (Apr 2025), months apart"],
        ["001-1", "011-3", "11,000 against 'several thousand more' (additional)"],
        ["002-1", "007-1", "10,000-12,000 against an additional three thousand"],
        ["002-1", "008-2", "10,000-12,000 (Nov 2024) against 15,000 in all (Apr 2025), months apart"],
        ["002-2", "008-2", "up to 12,000 (Nov 2024) against 15,000 in all (Apr 2025), months apart"],
        ["002-1", "011-3", "10,000-12,000 against 'several thousand more' (additional)"],
        ["006-5", "007-1", "11,000 against an additional three thousand"],
        ["006-5", "008-2", "11,000 (Jan) against 15,000 in all (Apr), months apart"],
        ["006-5", "011-3", "11,000 against 'several thousand more' (additional)"],
        ["007-1", "007-3", "an additional three thousand against the first eleven thousand, same article"],
        ["007-1", "008-2", "an additional three thousand against 15,000 in all"],
        ["007-1", "011-2", "an additional three thousand against the first eleven thousand"],
        ["007-3", "008-2", "eleven thousand sent in autumn 2024 against 15,000 in all, a month apart"],
        ["007-3", "011-3", "eleven thousand against 'several thousand more' (additional)"],
        ["008-2", "011-2", "15,000 in all (Apr) against eleven thousand in autumn 2024 (Sep article)"],
        ["008-2", "011-3", "15,000 in all against 'several thousand more' (additional)"],
        ["011-2", "011-3", "eleven thousand in autumn 2024 against 'several thousand more' in 2025, same article"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
