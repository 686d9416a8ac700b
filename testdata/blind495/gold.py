#!/usr/bin/env python3
"""Gold labels for testdata/blind495 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun", "Park Sun-won"],
         "North Korea has shipped roughly 3,000 of its soldiers to Russia so far", False),
        ("troops", "north_korea", 1500, None, "about", NIS + ["Lee Seong-kweun", "Park Sun-won"],
         "The first contingent, of about 1,500 special forces troops", False),
        ("troops", "north_korea", 3000, None, "at_least",
         ["John Kirby", "Kirby", "White House", "National Security Council", "United States", "US"],
         "At least 3,000 North Korean soldiers traveled by ship to Vladivostok in early-to-mid October", False),
    ],
    "001": [
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "State Department", "United States", "US"],
         "About 8,000 North Korean soldiers have moved into Russia's Kursk border region", False),
        ("troops", "north_korea", 10000, None, "about",
         ["Lloyd Austin", "Austin", "Pentagon", "United States", "US"],
         "Austin put the total number of North Korean troops in Russia at roughly 10,000", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "eleven thousand soldiers from North Korea are now in Russia's Kursk Oblast", False),
        ("troops", "russia", 50000, None, "about", ["Ukrainian commanders", "Ukraine"],
         "Russia has since concentrated a force of about 50,000 soldiers there", False),
    ],
    "004": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "North Korean troops fighting alongside Russia in the Kursk region have suffered roughly 1,100 casualties", False),
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi", "Kyiv"],
         "more than three thousand North Korean soldiers had been killed or wounded in the Kursk region", False),
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died in combat", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "around 1,000 more had been wounded", False),
        ("casualties", "north_korea", 200, 900, "vague", ["senior US official", "US official", "United States", "Washington"],
         "North Korean casualties ran to several hundred", True),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Pyongyang is believed to have sent around 11,000 troops to Russia in October and November", False),
    ],
    "005": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian troops have taken two soldiers of the North Korean army prisoner", False),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "about 2,700 others wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "putting total North Korean casualties at some 3,000", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Lee Seong-kweun", "Ukraine"],
         "Ukraine had captured two North Korean soldiers last Thursday", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea dispatched roughly 3,000 additional soldiers to Russia in January and February", False),
        ("troops", "north_korea", 11000, None, "exact", JCS,
         "on top of the 11,000 it sent last autumn", False),
        ("casualties", "russia", 1290, None, "exact", ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "put Russian losses over the previous 24 hours at 1,290 personnel", False),
    ],
    "009": [
        ("troops", "north_korea", 11000, None, "about", NIS,
         "Pyongyang sent some eleven thousand troops in the autumn of 2024", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "It followed up with roughly 3,000 reinforcements at the start of this year", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "North Korean casualties had reached about 4,700", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including some 600 dead", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "when the agency estimated casualties at around 3,000", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "The two soldiers Ukraine captured in January", False),
    ],
    "011": [
        ("troops", "north_korea", 13000, 15000, "range", NIS,
         "North Korea has sent between 13,000 and 15,000 soldiers to Russia since last autumn", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "Of these, about 600 have been killed", False),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact",
         ["KCNA", "Korean Central News Agency", "state media", "North Korean state media", "Kim Jong Un", "North Korea"],
         "paid tribute to nine of its members who died during the mission", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "some 2,000 North Korean soldiers had been killed in the Kursk fighting", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["Seoul", "South Korea", "NIS", "National Intelligence Service"],
         "several thousand North Korean troops remain in the region", True),
    ],
}

NOT = {
    "000": ["around 10,000 by December", "a total of 12,000 troops in four brigades", "the 11th Corps",
            "between Oct. 8 and 13", "1,500 North Korean special forces spotted", "9.1 trillion won",
            "KOSPI 2,599.62", "past 1 million copies", "30th straight week", "in 8 countries"],
    "001": ["56th Security Consultative Meeting", "about 300 kilometers (190 miles)", "$425 million package",
            "apartment block injures 36", "39 of 62 drones"],
    "002": ["on 23 October", "on 6 August", "Russia loses 1,420 soldiers and 18 artillery systems over past day",
            "Article views: 14 512"],
    "004": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "Comments 23",
            "meets 3,000 fans at Seoul showcase", "past 1,450 per dollar", "4 in 10 Koreans"],
    "005": ["born in 2005", "since 2021", "born in 1999", "a sniper since 2016", "8 431 views",
            "74 drones overnight, 47 shot down", "captured on 9 January"],
    "006": ["about US$2,000 a month", "N. Korean troop casualties in Kursk top 1,000: JCS", "paras 7-9",
            "exports rise 8.2 pct", "3 killed, 12 injured as bus overturns", "with 32 pct"],
    "008": ["Day 1,100", "11 tanks, 34 artillery systems and 96 operational-tactical drones", "41 Russian assaults",
            "177 Shahed-type attack drones", "shot down 93 of them", "another 71 were lost", "14 houses",
            "$5 a month", "1,200 km from the border", "41.6 per dollar"],
    "009": ["more than one million barrels of oil", "since March 2023", "with 169 seats"],
    "011": ["1,000 deminers and 5,000 military construction workers", "Sending 6,000 people for construction",
            "record low of 686,061", "Nikkei closes at 38,536"],
    "014": ["about 120 days", "1,000 deminers and 5,000 military builders", "Drone strike kills 3",
            "key rate to 16.5%", "$10"],
}

OFF = ["003", "007", "010", "012"]
DUP = {"013": "006"}

may = [
    # troop totals reported a week or more apart while the deployment was still growing, or "additional" forces
    ["000-1", "001-1", "about 3,000 sent (NIS, Oct 23) against about 8,000 in Kursk (Blinken, Oct 31): a growing deployment, a week apart"],
    ["000-1", "001-2", "about 3,000 (Oct 23) against about 10,000 in Russia (Austin, Oct 31), a week apart"],
    ["000-1", "002-1", "about 3,000 (Oct 23) against 11,000 (Zelensky, Nov 4), twelve days apart"],
    ["000-1", "004-6", "about 3,000 (Oct) against around 11,000 (Dec), two months apart"],
    ["000-1", "008-2", "about 3,000 (Oct 2024) against 11,000 sent last autumn (Feb 2025), months apart"],
    ["000-1", "009-1", "about 3,000 (Oct 2024) against some 11,000 (Apr 2025), months apart"],
    ["000-1", "011-1", "about 3,000 (Oct 2024) against 13,000-15,000 incl. reinforcements (Jun 2025), months apart"],
    ["001-1", "004-6", "about 8,000 in Kursk (Oct 31) against around 11,000 sent (Dec 24), two months apart"],
    ["001-1", "008-2", "about 8,000 (Oct 2024) against 11,000 (Feb 2025), months apart"],
    ["001-1", "009-1", "about 8,000 (Oct 2024) against some 11,000 (Apr 2025), months apart"],
    ["001-1", "011-1", "about 8,000 (Oct 2024) against 13,000-15,000 (Jun 2025), months apart"],
    ["001-1", "008-1", "8,000 against an additional 3,000"],
    ["001-1", "009-2", "8,000 against 3,000 reinforcements"],
    ["001-2", "002-1", "about 10,000 in Russia (Austin, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4): different places, four days apart"],
    ["001-2", "004-6", "about 10,000 (Oct) against around 11,000 (Dec), two months apart"],
    ["001-2", "008-2", "about 10,000 (Oct 2024) against 11,000 (Feb 2025), months apart"],
    ["001-2", "009-1", "about 10,000 (Oct 2024) against some 11,000 (Apr 2025), months apart"],
    ["001-2", "011-1", "about 10,000 (Oct 2024) against 13,000-15,000 (Jun 2025), months apart"],
    ["001-2", "008-1", "10,000 against an additional 3,000"],
    ["001-2", "009-2", "10,000 against 3,000 reinforcements"],
    ["002-1", "011-1", "11,000 (Nov 2024) against 13,000-15,000 incl. reinforcements (Jun 2025)"],
    ["002-1", "008-1", "11,000 against an additional 3,000"],
    ["002-1", "009-2", "11,000 against 3,000 reinforcements"],
    ["004-6", "011-1", "around 11,000 (Dec 2024) against 13,000-15,000 incl. reinforcements (Jun 2025)"],
    ["004-6", "008-1", "11,000 against an additional 3,000"],
    ["004-6", "009-2", "11,000 against 3,000 reinforcements"],
    ["008-1", "008-2", "an additional 3,000 on top of 11,000, same article"],
    ["008-1", "009-1", "an additional 3,000 against some 11,000"],
    ["008-1", "011-1", "an additional 3,000 against a 13,000-15,000 total"],
    ["008-2", "011-1", "11,000 sent last autumn against 13,000-15,000 incl. reinforcements, months apart"],
    ["008-2", "009-2", "11,000 against 3,000 reinforcements"],
    ["009-1", "009-2", "some 11,000 and roughly 3,000 reinforcements, same article"],
    ["009-1", "011-1", "11,000 sent in autumn against 13,000-15,000 incl. reinforcements"],
    ["009-2", "011-1", "3,000 reinforcements against a 13,000-15,000 total"],
    # casualty tallies weeks or months apart, or vague
    ["004-1", "004-5", "roughly 1,100 against a vague 'several hundred' a week earlier"],
    ["004-2", "004-5", "more than 3,000 against a vague 'several hundred' a week earlier"],
    ["004-1", "006-3", "1,100 (JCS, Dec 23) against some 3,000 (NIS, Jan 13): cumulative toll three weeks later"],
    ["004-1", "009-3", "1,100 (Dec 2024) against about 4,700 (Apr 2025), months apart"],
    ["004-1", "009-5", "1,100 (Dec 2024) against around 3,000 (NIS, January)"],
    ["004-5", "006-3", "several hundred (Dec) against some 3,000 (Jan)"],
    ["004-5", "009-3", "several hundred (Dec) against about 4,700 (Apr)"],
    ["004-5", "009-5", "several hundred (Dec) against around 3,000 (Jan)"],
    ["006-3", "009-3", "some 3,000 (Jan) against about 4,700 (Apr): the same agency's cumulative toll, months apart"],
    ["006-1", "009-4", "around 300 killed (Jan) against some 600 (Apr), months apart"],
    ["006-1", "011-2", "around 300 killed (Jan) against about 600 (Jun), months apart"],
    ["006-1", "014-2", "around 300 killed (Jan) against some 2,000 (Sep estimate), months apart"],
    ["009-4", "014-2", "some 600 killed (Apr) against some 2,000 (Sep estimate), months apart"],
    ["011-2", "014-2", "about 600 killed (Jun) against some 2,000 (Sep estimate), months apart"],
    ["004-4", "006-2", "around 1,000 wounded (Dec 19) against about 2,700 (Jan 13): cumulative toll weeks later"],
]

conflicts = {
    "must": [
        ["001-1", "002-1",
         "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
        ["004-1", "004-2",
         "roughly 1,100 casualties (South Korea's JCS) against more than 3,000 killed and wounded (Zelensky), the same day, in one article"],
    ],
    "may": may,
}

about = ("Gold labels for testdata/blind495/articles, written and labelled blind. See testdata/corpus/README.md "
         "for the meaning of every field and how a system's output is scored. 009-5 against 009-3 (the NIS's "
         "January casualty figure against its April one, in one article) is an update, not a conflict.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
