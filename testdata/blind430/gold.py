#!/usr/bin/env python3
"""Gold labels for blind430 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind430: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting (October 2024 - December 2025), labelled blind. Same schema and "
         "rules as testdata/corpus (see its README.md).")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "intelligence agency", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskiy", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "some 1,500 North Korean special operations troops were carried from the North's east coast to Vladivostok", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["Washington", "United States", "US", "Seoul", "South Korea", "Kyiv", "Ukraine", "Le Monde", "AFP"],
         "between 10,000 and 12,000 North Korean soldiers have been dispatched to Russia", False),
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "US Secretary of State", "United States", "US"],
         "Roughly 8,000 had reached the Kursk region by the end of October", False),
        ("troops", "north_korea", 12000, None, "up_to",
         ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "up to 12,000 North Koreans on Russian soil", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about", NIS_LEE,
         "North Korean casualties in Russia's Kursk region had reached about 1,100", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 of the soldiers have died", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "close to 1,000 have been wounded", False),
        ("troops", "north_korea", 11000, None, "about", NIS_LEE,
         "the roughly 11,000 troops it has sent since October", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "North Korean losses in Russia's Kursk Oblast have passed 3,000 killed and wounded", False),
        ("troops", "north_korea", 11000, 12000, "range", ["unattributed"],
         "Pyongyang has deployed an estimated 11,000-12,000 troops to Russia", False),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "2,700 wounded fighting alongside Russian forces against Ukraine", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "That brings North Korean casualties to about 3,000", False),
        ("casualties", "north_korea", 4000, None, "about", ZEL,
         "almost 4,000 North Korean soldiers had been killed or wounded in the Kursk region", False),
        ("captured", "north_korea", 2, None, "exact", ZEL + ["SBU"],
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["ruling party legislator"],
         "some three thousand additional soldiers to Russia", False),
        ("troops", "north_korea", 11000, None, "about", NIS + ["ruling party legislator"],
         "the roughly 11,000 troops the North sent to Russia last autumn", False),
    ],
    "010": [
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "About 600 North Korean soldiers have been killed in the fighting in Kursk", False),
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "overall North Korean casualties — killed and wounded — at around 4,700", False),
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "Of the roughly 15,000 troops the North has sent to Russia", False),
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russia", "Russian General Staff", "general staff"],
         "Ukraine had lost more than 76,000 servicemen in the region since August", False),
    ],
    "011": [
        ("troops", "north_korea", 2000, 9999, "vague",
         ["Sergey Shoigu", "Shoigu", "Security Council", "Russia", "TASS"],
         "Thousands of servicemen of the Korean People's Army fought shoulder to shoulder with Russian soldiers", True),
    ],
    "012": [
        ("killed", "north_korea", 2000, None, "about", NIS_LEE,
         "around two thousand North Korean soldiers have died", False),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "North Korea", "state media", "Kim Jong Un", "Pyongyang"],
         "nine of its members who died on the mission", False),
        ("troops", "north_korea", 200, 900, "vague",
         ["Korean Central News Agency", "KCNA", "North Korea", "state media"],
         "the hundreds of sappers who returned", True),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "some 2,000 North Korean soldiers had died in the war overall", False),
    ],
}

NOT = {
    "000": ["a total of 12,000 soldiers in four brigades", "four Russian amphibious landing ships and three escort vessels",
            "more than 13,000 containers", "between Oct. 8 and 13", "Exports up 7.5 pct in first 10 days of October",
            "past 1 mln copies", "9.1 tln won"],
    "002": ["about 1.28 million active personnel", "some 50 kilometers from the border", "about $2,000 a month",
            "three generals", "has not fought a war since 1953", "around 600 sq km", "about 1,300 sq km",
            "23 articles", "re-elected with 55% of the vote", "tens of thousands protest", "3 free articles a month"],
    "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "Won falls to 1,450 per dollar",
            "top $680b this year", "Actress, 32"],
    "004": ["UAH/USD 41.80", "Russia launches 72 drones, 3 missiles", "Join 20,000+ members", "from $5 a month",
            "six years covering politics"],
    "006": ["aged 20", "the other, 26", "Nikkei down 1.1%", "failed 6-hour standoff"],
    "008": ["170-millimeter self-propelled howitzers", "Ukraine says 12K North Korean troops still in Kursk",
            "Nikkei falls 1.2% to 38,256"],
    "010": ["around 1,300 square kilometres", "nine killed in Russian missile strike on Dnipro",
            "250,000 mourners gather in St Peter's Square"],
    "011": ["1,000 sappers", "5,000 military builders", "a thousand sappers", "five thousand military construction workers",
            "more than 1,500 residential buildings", "28 settlements", "43 Ukrainian drones"],
    "012": ["a further 6,000 personnel", "1,000 deminers and 5,000 military construction workers",
            "about 20 trillion won ($14.4 billion)", "new 5,000-ton destroyer", "KOSPI closes at 3,184",
            "add 4 weekly flights"],
    "014": ["120 days", "tops 66 trillion won", "3 new ICBMs"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"007": "006"}

TROOP_MAY = "troop counts months or weeks apart (a first contingent, a Kursk subset, or a total grown by reinforcements)"
conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 casualties (South Korea's NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
        ["006-3", "006-4", "about 3,000 casualties (NIS) against almost 4,000 (Zelenskiy) in the same wire story"],
    ],
    "may": [
        # casualties across weeks and months
        ["003-1", "006-4", "1,100 (NIS, Dec 19) against almost 4,000 (Zelenskiy) three and a half weeks later"],
        ["003-1", "010-2", "1,100 (Dec 2024) against 4,700 (Apr 2025), months apart"],
        ["004-1", "006-3", "more than 3,000 (Zelensky) against about 3,000 (NIS) three weeks later: the bound is borderline"],
        ["006-3", "010-2", "NIS's own cumulative estimate, 3,000 in January against 4,700 in April"],
        ["006-4", "010-2", "almost 4,000 (Jan) against 4,700 (Apr), months apart"],
        # killed: a cumulative figure rising over months
        ["006-1", "010-1", "300 killed (Jan) against 600 (Apr), months apart"],
        ["006-1", "012-1", "300 killed (Jan) against 2,000 (Sep), months apart"],
        ["006-1", "014-3", "300 killed (Jan) against 2,000 (Sep estimate, cited in Dec)"],
        ["010-1", "012-1", "600 killed (Apr) against 2,000 (Sep), months apart"],
        ["010-1", "014-3", "600 killed (Apr) against 2,000 (Sep estimate, cited in Dec)"],
        # troops
        ["000-1", "002-1", "first contingent of 1,500 (Oct 18) against 10,000-12,000 three weeks later"],
        ["000-1", "002-2", "first contingent of 1,500 against 8,000 in Kursk three weeks later"],
        ["000-1", "003-4", TROOP_MAY],
        ["000-1", "004-2", TROOP_MAY],
        ["000-1", "008-1", "1,500 first contingent against 3,000 additional, months apart"],
        ["000-1", "008-2", TROOP_MAY],
        ["000-1", "010-3", TROOP_MAY],
        ["002-1", "008-1", "10,000-12,000 against an additional 3,000"],
        ["002-1", "010-3", TROOP_MAY],
        ["002-2", "003-4", "8,000 in Kursk (Nov) against 11,000 sent in all (Dec)"],
        ["002-2", "004-2", "8,000 in Kursk (Nov) against 11,000-12,000 sent in all (Dec)"],
        ["002-2", "008-1", "8,000 in Kursk against an additional 3,000"],
        ["002-2", "008-2", "8,000 in Kursk (Nov) against 11,000 sent last autumn (Feb)"],
        ["002-2", "010-3", TROOP_MAY],
        ["002-3", "010-3", "up to 12,000 (Nov) against 15,000 (Apr) after reinforcements"],
        ["003-4", "008-1", "11,000 against an additional 3,000"],
        ["003-4", "010-3", TROOP_MAY],
        ["004-2", "008-1", "11,000-12,000 against an additional 3,000"],
        ["004-2", "010-3", TROOP_MAY],
        ["008-1", "008-2", "an additional 3,000 on top of 11,000"],
        ["008-1", "010-3", "an additional 3,000 against a 15,000 total"],
        ["008-2", "010-3", "11,000 sent last autumn against 15,000 in all after reinforcements"],
        # the vague 'thousands' (optional) against numeric troop counts
        ["000-1", "011-1", "vague thousands against 1,500, months apart"],
        ["002-1", "011-1", "vague thousands against 10,000-12,000"],
        ["003-4", "011-1", "vague thousands against 11,000"],
        ["004-2", "011-1", "vague thousands against 11,000-12,000"],
        ["008-2", "011-1", "vague thousands against 11,000"],
        ["010-3", "011-1", "vague thousands against 15,000"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
