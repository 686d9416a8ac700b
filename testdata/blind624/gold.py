#!/usr/bin/env python3
"""Gold labels for blind624 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind624: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NK, UA = "north_korea", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS, "four brigades totalling some 12,000 troops", False),
        ("troops", NK, 1500, None, "about", NIS, "About 1,500 special operations troops were ferried", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL, "Eleven thousand North Korean soldiers are already in Kursk Oblast", False),
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "U.S.", "Washington", "State Department"],
         "about 8,000 North Korean troops had been moved to the border region", False),
        ("troops", NK, 500, None, "about", NIS, "the contingent includes about 500 officers", False),
    ],
    "002": [
        ("killed", NK, 100, None, "at_least", NIS_LEE, "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE, "about 1,000 others have been wounded", False),
        ("casualties", NK, 1100, None, "about", NIS_LEE, "puts North Korean casualties at roughly 1,100", False),
        ("casualties", NK, 30, None, "at_least", ["Ukraine's military intelligence agency", "HUR", "Ukrainian military intelligence", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers have been killed or wounded in the Kursk region", False),
        ("troops", NK, 12000, None, "up_to", ["Defence Intelligence", "HUR", "Ukrainian intelligence", "Ukraine"],
         "up to 12,000 North Korean military personnel are deployed in the Kursk region", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS_LEE, "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS_LEE + ZEL, "Ukraine had captured two North Korean soldiers", False),
        ("troops", NK, 11000, None, "about", ["South Korean and U.S. officials", "South Korea", "United States", "U.S."],
         "North Korea is estimated to have sent about 11,000 soldiers to Russia", False),
        ("killed", NK, 100, None, "at_least", NIS, "at least 100 North Korean soldiers had died", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS, "an additional 3,000 or so troops", False),
        ("troops", NK, 11000, None, "about", NIS, "an estimated 11,000 dispatched last year", False),
        ("troops", NK, 200, 999, "vague", NIS, "Hundreds of the newly arrived soldiers were sent into combat", True),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS, "North Korean troops have suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS, "including roughly 600 deaths", False),
        ("casualties", NK, 3000, None, "about", NIS, "the agency's January estimate of about 3,000 casualties", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than",
         ["General Staff", "Russian General Staff", "Valery Gerasimov", "Gerasimov", "Russia", "Russian Defence Ministry"],
         "the Ukrainian armed forces lost more than 76,000 servicemen", False),
    ],
    "013": [
        ("killed", NK, 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korea", "North Korean state media", "Kim Jong Un"],
         "Nine of the regiment's soldiers were killed during the mission", False),
        ("troops", NK, 11000, None, "about", ["unattributed"], "Pyongyang sent about 11,000 soldiers to Kursk in late 2024", False),
        ("killed", NK, 2000, None, "about", NIS, "around 2,000 North Korean soldiers had died in the fighting", False),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range", ["United States", "U.S.", "South Korea", "Seoul"],
         "between 10,000 and 12,000 North Korean soldiers had been sent to Russia", False),
        ("troops", NK, 3000, None, "about", NIS, "some three thousand more followed in January and February", False),
        ("killed", NK, 2000, None, "about", NIS, "around 2,000 North Korean soldiers had been killed", False),
        ("casualties", NK, 6000, None, "more_than",
         ["Defence Intelligence", "Britain's Defence Intelligence", "UK Defence Intelligence", "Britain", "UK", "Ministry of Defence"],
         "more than 6,000 casualties since North Korean units entered combat", False),
        ("captured", NK, 2, None, "exact", ["unattributed"], "Two soldiers captured in January", False),
    ],
}

NOT = {
    "000": ["four Russian navy landing ships", "between Oct. 8 and 13", "about 100 kilometers north of the border",
            "the 11th Corps", "around US$2,000 per soldier a month", "June 19", "110 aircraft", "3.25 pct", "1,370 per dollar", "24 pct"],
    "001": ["as many as 100,000 soldiers", "82 mm mortars", "more than 18,000 members", "several hundred square kilometers",
            "96 drones, 2 missiles", "5 weeks of North Korean deployment", "3.6%"],
    "002": ["aged between 18 and 24", "Dec. 14-15", "three villages", "Dec. 27", "1,450 per dollar", "6 bills", "1.4%", "3 reasons"],
    "004": ["43 Russian assaults", "152 mm artillery", "August 6, 2024", "12 buildings"],
    "006": ["one aged 20 and the other 26", "36.87 million foreign visitors", "2 weeks"],
    "008": ["some 220 self-propelled guns", "170 mm and 240 mm systems", "about 20 trillion won ($13.8 billion)",
            "($1 = 1,446.10 won)", "up to $500 billion", "2.75%"],
    "009": ["Article 4", "June 3 vote", "2.2 trillion won", "Top 5 spring festivals"],
    "011": ["1,000 sappers", "5,000 military builders", "over 400 tanks", "more than 2,000 other armored vehicles",
            "June 19, 2024", "second visit to Pyongyang in two weeks"],
    "013": ["528th engineer regiment", "120 days", "1,000 deminers and 5,000 military builders", "465 drones and 30 missiles",
            "about 120,000 households", "from 28 to 20 points", "Comments (214)", "1,300km border"],
    "014": ["1,000 deminers and 5,000 military construction workers", "Kim Jong Un, 41", "Article 4 of the 2024 mutual defense treaty",
            "Up 15 Percent", "2 Million Drones"],
}

OFF = ["003", "005", "007", "010"]
DUP = {"012": "006"}

ADD = "an additional force against a total"
conflicts = {
    "must": [
        ["001-1", "001-2", "11,000 North Korean soldiers in Kursk (Zelensky, Nov 4) against about 8,000 moved there (Blinken, Oct 31), in one article"],
        ["002-3", "004-1", "roughly 1,100 casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 killed or wounded (Zelensky, Dec 23), four days apart"],
    ],
    "may": [
        ["000-1", "001-1", "some 12,000 decided to be sent (NIS, Oct 18) against 11,000 already in Kursk (Zelensky, Nov 4): whole force against those in Kursk, weeks apart"],
        ["000-1", "001-2", "some 12,000 to be sent (NIS) against about 8,000 moved to Kursk (Blinken): whole force against those in Kursk, weeks apart"],
        ["000-1", "006-4", "about 12,000 (Oct 2024) against about 11,000 (Jan 2025), months apart"],
        ["000-1", "008-2", "about 12,000 (Oct 2024) against about 11,000 (Feb 2025), months apart"],
        ["000-1", "013-2", "about 12,000 (Oct 2024) against about 11,000 (Dec 2025), months apart"],
        ["001-2", "006-4", "about 8,000 (Nov 2024) against about 11,000 (Jan 2025), months apart"],
        ["001-2", "008-2", "about 8,000 (Nov 2024) against about 11,000 (Feb 2025), months apart"],
        ["001-2", "013-2", "about 8,000 (Nov 2024) against about 11,000 (Dec 2025), months apart"],
        ["001-2", "014-1", "about 8,000 (Nov 2024) against 10,000-12,000 (Sept 2025), months apart"],
        ["000-1", "008-1", ADD], ["000-1", "014-2", ADD],
        ["001-1", "008-1", ADD], ["001-1", "014-2", ADD],
        ["001-2", "008-1", ADD], ["001-2", "014-2", ADD],
        ["006-4", "008-1", ADD], ["006-4", "014-2", ADD],
        ["008-1", "008-2", ADD + " (the same statement: on top of the 11,000)"], ["008-2", "014-2", ADD],
        ["008-1", "013-2", ADD], ["013-2", "014-2", ADD],
        ["008-1", "014-1", ADD], ["014-1", "014-2", ADD + " (the same article)"],
        ["002-3", "009-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): a cumulative figure months later"],
        ["002-3", "009-3", "about 1,100 casualties (Dec 2024) against about 3,000 (Jan 2025): a cumulative figure weeks later"],
        ["002-3", "014-4", "about 1,100 casualties (Dec 2024) against more than 6,000 (Sept 2025): months apart"],
        ["004-1", "009-3", "more than 3,000 (Zelensky, Dec 2024) against about 3,000 (NIS, Jan 2025): about against a bound, weeks apart"],
        ["009-1", "014-4", "about 4,700 casualties (Apr 2025) against more than 6,000 (Sept 2025): months apart"],
        ["009-3", "014-4", "about 3,000 casualties (Jan 2025) against more than 6,000 (Sept 2025): months apart"],
        ["006-1", "009-2", "about 300 killed (Jan 2025) against about 600 (Apr 2025): a cumulative figure months later"],
        ["006-1", "013-3", "about 300 killed (Jan 2025) against about 2,000 (Sept 2025): months apart"],
        ["006-1", "014-3", "about 300 killed (Jan 2025) against about 2,000 (Sept 2025): months apart"],
        ["009-2", "013-3", "about 600 killed (Apr 2025) against about 2,000 (Sept 2025): months apart"],
        ["009-2", "014-3", "about 600 killed (Apr 2025) against about 2,000 (Sept 2025): months apart"],
        ["002-2", "006-2", "about 1,000 wounded (Dec 19) against about 2,700 (Jan 13), the same agency's cumulative figure weeks later"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
