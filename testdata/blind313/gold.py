#!/usr/bin/env python3
"""Gold labels for testdata/blind313 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind313: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (Oct 2024 - Sep 2025), labelled blind. Same schema as corpus/gold.json; "
         "see corpus/README.md for what counts as a claim and a conflict.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "intelligence agency"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "some 1,500 special operations forces already shipped to Russia's Far East in a first batch", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Already 11,000 soldiers from North Korea are in the Kursk region", False),
        ("troops", "north_korea", 500, None, "about",
         ["Defense Intelligence", "HUR", "Ukraine's Defense Intelligence", "Ukraine"],
         "the North Korean contingent brought to Russia also includes about five hundred officers", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "North Korean losses in Russia's Kursk Oblast had passed 3,000 killed and wounded", False),
        ("troops", "north_korea", 11000, 12000, "range", ["unattributed"],
         "Pyongyang is believed to have sent 11,000-12,000 soldiers to Russia in the autumn", False),
        ("casualties", "north_korea", 200, 999, "vague",
         ["Special Operations Forces", "Ukraine's Special Operations Forces", "Ukraine"],
         "hundreds of them had been killed or wounded in a single day of assaults", True),
    ],
    "004": [
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"],
         "North Korean forces fighting for Russia have suffered around 1,100 casualties", False),
        ("killed", "north_korea", 100, None, "about", NIS + ["Lee Seong-kweun"],
         "some 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "around 1,000 wounded", False),
    ],
    "006": [
        ("casualties", "north_korea", 1000, None, "more_than",
         ["John Kirby", "Kirby", "White House", "Washington", "United States", "US"],
         "more than a thousand North Korean soldiers had been killed or wounded in the past week alone", False),
        ("troops", "north_korea", 12000, None, "up_to", ["United States", "US", "Washington"],
         "North Korea sent up to 12,000 troops to Russia this autumn", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 300 North Korean soldiers sent to Russia have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "about 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact",
         NIS + ["Lee Seong-kweun", "Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "two North Korean soldiers taken prisoner by Ukrainian forces", False),
        ("killed", "north_korea", 1000, None, "more_than", ["General Staff", "Ukraine's General Staff", "Ukraine", "Kyiv"],
         "more than 1,000 North Korean soldiers had been killed since they entered combat in early December", False),
    ],
    "009": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "an estimated 3,000 additional soldiers to Russia in January and February", False),
        ("captured", "north_korea", 2, None, "exact",
         ["Volodymyr Zelenskiy", "Zelenskiy", "Zelensky", "Ukraine", "Kyiv"],
         "the two North Korean soldiers its forces captured in January", False),
    ],
    "011": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["South Korean, Ukrainian and US officials", "South Korea", "Ukraine", "United States", "US"],
         "between 10,000 and 12,000 North Korean soldiers were sent to Russia in the autumn of 2024", False),
        ("troops", "north_korea", 3000, None, "about", NIS + ["Seoul's spy agency", "Seoul"],
         "roughly 3,000 more followed early this year", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "North Korean casualties stood at about 4,700", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "roughly 600 had been killed", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"],
         "The two North Koreans captured in January", False),
    ],
    "012": [
        ("killed", "north_korea", 600, None, "about", NIS + ["South Korean intelligence"],
         "around 600 of them were killed", False),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["South Korean intelligence", "lawmakers"],
         "about 2,000 North Korean soldiers have died fighting for Russia against Ukraine", False),
        ("wounded", "north_korea", 2000, 9999, "vague", NIS + ["lawmakers"],
         "the agency put the number of wounded at several thousand", True),
        ("troops", "north_korea", 1000, None, "about", NIS,
         "North Korea had sent around one thousand military engineers to Russia's Kursk region", False),
    ],
}

NOT = {
    "000": ["four days beginning Oct. 8", "four Russian amphibious ships and three escort vessels",
            "Oct. 13, 2024", "2 dead, 5 injured as bus collides with truck", "Seoul shares close 0.7 pct lower",
            "Won closes at 1,371.2 against U.S. dollar", "KOSPI 2,593.82"],
    "002": ["more than 1,000 square kilometers", "Russia attacks Ukraine with 96 drones overnight, air defense downs 66",
            "adds 4 more trains", "Views: 4,128", "August 6"],
    "003": ["Russia launches 72 drones, 3 missiles", "downed 52 drones over 9 regions", "6.6 billion euro",
            "more than 14,800 members", "six years", "USD 41.94"],
    "004": ["more than 20,000 containers of munitions", "nearly three times as high",
            "draws record Netflix viewership in first 3 days", "Won slides to 1,456 per dollar"],
    "006": ["captured two more villages", "31 Shahed-type drones, 20 of which were shot down",
            "more than 70 missiles and over 100 drones", "52 more vessels", "the 1,000km frontline",
            "Comments (1,284)"],
    "007": ["aged 20 and the other 26", "record 36.9 mil. foreign visitors", "Nikkei falls 1.8%"],
    "009": ["KN-23", "in at least two groups"],
    "011": ["about $2,000 a month", "3-day ceasefire for May 8-10"],
    "012": ["1,000 sappers", "5,000 military construction workers", "6,000 Military Builders and Deminers",
            "June 19, 2024", "as little as $2"],
    "013": ["thousands of construction workers", "Watch video 1:42", "Typhoon No. 15",
            "Rice prices fall for 14th straight week"],
}

OFF = ["001", "005", "010", "014"]
DUP = {"008": "009"}

conflicts = {
    "must": [
        ["003-1", "004-1", "more than 3,000 casualties (Zelensky, Dec 23) against around 1,100 (South Korea's JCS, given the same Monday), articles three days apart"],
        ["007-1", "007-4", "around 300 killed (South Korea's NIS) against more than 1,000 killed (Ukraine's General Staff), same article, same week"],
    ],
    "may": [
        ["004-1", "006-1", "JCS total of about 1,100 casualties against more than 1,000 in a single week (Kirby): satisfied on its face, but a weekly toll that nearly equals the running total"],
        ["004-1", "011-3", "about 1,100 casualties (JCS, Dec 2024) against about 4,700 (NIS, Apr 2025): months apart, a cumulative rise"],
        ["004-2", "007-4", "about 100 killed (NIS, Dec 19) against more than 1,000 killed (Ukraine's General Staff, Jan): different sources, weeks apart"],
        ["007-4", "011-4", "more than 1,000 killed (Ukraine, Jan) against roughly 600 (NIS, Apr): months apart"],
        ["007-4", "012-1", "more than 1,000 killed (Ukraine, Jan) against around 600 (South Korean intelligence, relayed in June): months apart"],
        ["002-1", "009-1", "11,000 in Kursk against an additional 3,000"],
        ["003-2", "009-1", "11,000-12,000 against an additional 3,000"],
        ["006-2", "009-1", "up to 12,000 against an additional 3,000"],
        ["011-1", "009-1", "10,000-12,000 in the autumn against an additional 3,000"],
        ["002-1", "011-2", "11,000 in Kursk against an additional 3,000"],
        ["003-2", "011-2", "11,000-12,000 against an additional 3,000"],
        ["006-2", "011-2", "up to 12,000 against an additional 3,000"],
        ["011-1", "011-2", "10,000-12,000 in the autumn against roughly 3,000 more, same article"],
        ["002-1", "013-2", "11,000 in Kursk (Nov 2024) against an additional 1,000 engineers (Sep 2025)"],
        ["003-2", "013-2", "11,000-12,000 against an additional 1,000 engineers, months apart"],
        ["006-2", "013-2", "up to 12,000 against an additional 1,000 engineers, months apart"],
        ["011-1", "013-2", "10,000-12,000 against an additional 1,000 engineers, months apart"],
        ["009-1", "013-2", "3,000 reinforcements (Feb) against 1,000 engineers (Sep): different contingents, months apart"],
        ["011-2", "013-2", "3,000 reinforcements against 1,000 engineers: different contingents, months apart"],
        ["000-1", "009-1", "1,500 special forces in the first batch (Oct 2024) against 3,000 reinforcements (Feb 2025): different contingents, months apart"],
        ["000-1", "011-2", "1,500 special forces in the first batch against 3,000 reinforcements: different contingents, months apart"],
        ["000-1", "013-2", "1,500 special forces (Oct 2024) against 1,000 engineers (Sep 2025): different contingents, months apart"],
        ["002-2", "009-1", "about 500 officers (Nov 2024) against 3,000 reinforcements (Feb 2025): different contingents, months apart"],
        ["002-2", "011-2", "about 500 officers against 3,000 reinforcements: different contingents, months apart"],
        ["002-2", "013-2", "about 500 officers against 1,000 engineers: different contingents, months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
