#!/usr/bin/env python3
"""Gold labels for testdata/blind575 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]

about = ("Gold labels for testdata/blind575: fifteen articles written for crosscheck in our own words, "
         "labelled blind. Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "a large force of around 12,000 soldiers", False),
        # the first contingent: a part of the 12,000
        ("troops", NK, 1500, None, "about", NIS,
         "The first contingent of about 1,500 special operations troops", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "There are already eleven thousand soldiers from North Korea in Russia's Kursk region", False),
        ("troops", "russia", 50000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Moscow had concentrated roughly 50,000 of its own troops in the region", False),
        ("troops", NK, 8000, None, "about",
         ["Matthew Miller", "State Department", "United States", "US", "Washington"],
         "around 8,000 North Korean troops had moved into Kursk", False),
    ],
    "003": [
        ("troops", NK, 12000, None, "about", NIS,
         "South Korea's National Intelligence Service (NIS) puts the figure at about 12,000", False),
        ("troops", NK, 10000, 12000, "range",
         ["American and Ukrainian officials", "United States", "US", "Ukraine"],
         "American and Ukrainian officials have given numbers ranging from 10,000 to 12,000", False),
        ("casualties", NK, 200, 900, "vague",
         ["Ukrainian military intelligence official", "Ukrainian military intelligence", "Ukraine", "Newsweek"],
         "hundreds of North Koreans had already been killed or wounded", True),
    ],
    "004": [
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers have been killed in combat against Ukrainian forces in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "around 1,000 have been wounded", False),
        ("casualties", NK, 1100, None, "about", NIS + ["Lee Seong-kweun"],
         "Taken together, the losses come to roughly 1,100", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "The toll of North Korean soldiers killed and wounded in Russia's Kursk region has passed 3,000", False),
        # two days' fighting near three villages: a part of the whole toll
        ("casualties", NK, 30, None, "at_least",
         ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukraine"],
         "at least 30 North Korean servicemen were killed or wounded over two days of fighting", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "about 300 North Korean soldiers killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "about 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "the two North Korean soldiers its forces captured in the Kursk region last week", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea is believed to have sent about 11,000 soldiers to Russia", False),
    ],
    "008": [
        # an additional force, on top of the 11,000 sent in the autumn
        ("troops", NK, 3000, None, "about", NIS,
         "some three thousand additional soldiers", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 troops the North dispatched last autumn", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS + ["Park Sun-won"],
         "it estimates about 4,700 casualties among North Korean troops fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS + ["Park Sun-won"],
         "some 600 were killed", False),
        # January's figure, quoted as the one the new count rose from: an update, not a conflict
        ("casualties", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "the roughly 3,000 casualties the agency estimated in January", False),
    ],
    "011": [
        ("troops", NK, 11000, 12000, "range",
         ["South Korean and Western intelligence", "South Korea", "Western intelligence"],
         "the 11,000-12,000 combat troops North Korea sent to Kursk last fall", False),
        ("killed", NK, 600, None, "about", NIS,
         "about 600 North Korean soldiers had been killed in the fighting", False),
        ("troops", NK, 2000, 9000, "vague",
         ["Ukrainian and South Korean officials", "Ukraine", "South Korea"],
         "several thousand North Korean soldiers remain in the Kursk region", True),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS + ["Lee Seong-kweun", "intelligence agency"],
         "around 2,000 North Korean soldiers have been killed fighting for Russia in the Kursk region", False),
        # April's figure, quoted as the one the new estimate rose from: an update, not a conflict
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
         "the agency had put the North Korean death toll at about 600", False),
        ("casualties", NK, 6000, None, "about",
         ["Britain's Defence Ministry", "Defence Ministry", "Ministry of Defence", "Britain", "UK", "United Kingdom"],
         "some 6,000 North Korean troops had been killed or wounded in Kursk", False),
        ("troops", NK, 15000, None, "up_to", ["Western officials"],
         "up to 15,000 North Korean soldiers may have rotated through the region in total", False),
        ("captured", NK, 2, None, "exact", ["Kyiv", "Ukraine"],
         "it still holds the two North Korean soldiers captured in January", False),
    ],
}

NOT = {
    "000": ["between Oct. 8 and 13", "four large landing ships and three escort vessels",
            "since 1990", "the elite 11th Corps", "more than 13,000 containers",
            "3 days after threat", "9.1 tln won", "12th straight month"],
    "001": ["five military ranges", "the roughly 1,000-kilometer front line",
            "Russia Loses 1,770 Troops in One Day", "62 of 79 Drones", "from just $5 a month",
            "in 2022 after six years"],
    "003": ["about 50 of its 170mm Koksan self-propelled guns", "some 20 240mm multiple rocket launchers",
            "around $2,000 a month per soldier", "as many as 100,000 soldiers",
            "Boeing shares fall 4%", "25 best deals"],
    "004": ["170-millimeter self-propelled howitzers", "240-millimeter multiple rocket launchers",
            "for Dec. 27", "2,435.93", "past 1,450 per dollar", "747 passenger jets"],
    "005": ["23.12.2024 16:05", "on August 6", "Russian army loses 1,530 soldiers in past day"],
    "006": ["46 of the 85 drones", "another 38 were", "aged 20 and 26", "an extra €3bn",
            "death toll rises to 24", "from just £2 a month"],
    "008": ["a lull of about a month", "KN-23 short-range ballistic missiles",
            "record 3.7 million", "down 1.2%"],
    "009": ["around 28 trillion won ($20 billion)", "2 civic groups",
            "shrinks 0.2%", "first contraction in 3 quarters"],
    "011": ["1,000 deminers", "5,000 military construction workers", "6,000 military builders and deminers",
            "second visit to the North in two weeks", "in 2017", "2 killed in Ukrainian drone strike"],
    "014": ["more than three times its estimate", "1,000 deminers and 5,000 military builders",
            "Apr. 26, 2025", "from $2 a month"],
}

OFF = ["002", "007", "010", "013"]
DUP = {"012": "005"}

conflicts = {
    "must": [
        ["001-1", "001-3",
         "eleven thousand North Korean soldiers in Kursk (Zelensky) against around 8,000 moved into Kursk "
         "(US State Department), in the same article on the same day"],
        ["004-3", "005-1",
         "roughly 1,100 North Korean casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 "
         "killed and wounded (Zelensky, Dec 23), four days apart"],
    ],
    "may": [
        # troops, weeks or months apart, or an additional force
        ["000-1", "001-1", "around 12,000 being sent (Oct 18) against eleven thousand in Kursk (Nov 5)"],
        ["000-1", "001-3", "around 12,000 being sent (Oct 18) against around 8,000 in Kursk (Nov 5)"],
        ["001-3", "003-1", "around 8,000 in Kursk (Nov 5) against about 12,000 (NIS, Nov 26)"],
        ["001-3", "003-2", "around 8,000 in Kursk (Nov 5) against 10,000-12,000 (Nov 26)"],
        ["001-1", "003-1", "eleven thousand (Nov 5) against about 12,000 (Nov 26)"],
        ["000-1", "006-4", "around 12,000 (Oct) against about 11,000 (Jan)"],
        ["003-1", "006-4", "about 12,000 (Nov) against about 11,000 (Jan)"],
        ["001-3", "006-4", "around 8,000 in Kursk (Nov) against about 11,000 (Jan)"],
        ["000-1", "008-2", "around 12,000 (Oct) against roughly 11,000 sent last autumn (Feb)"],
        ["003-1", "008-2", "about 12,000 (Nov) against roughly 11,000 sent last autumn (Feb)"],
        ["001-3", "008-2", "around 8,000 in Kursk (Nov) against roughly 11,000 sent last autumn (Feb)"],
        ["001-3", "011-1", "around 8,000 in Kursk (Nov 2024) against 11,000-12,000 (Jun 2025)"],
        ["008-1", "008-2", "some 3,000 additional troops against the roughly 11,000 sent before"],
        ["000-1", "008-1", "an additional 3,000 (Feb) against around 12,000 (Oct)"],
        ["001-1", "008-1", "an additional 3,000 (Feb) against eleven thousand (Nov)"],
        ["001-3", "008-1", "an additional 3,000 (Feb) against around 8,000 (Nov)"],
        ["003-1", "008-1", "an additional 3,000 (Feb) against about 12,000 (Nov)"],
        ["003-2", "008-1", "an additional 3,000 (Feb) against 10,000-12,000 (Nov)"],
        ["006-4", "008-1", "an additional 3,000 (Feb) against about 11,000 (Jan)"],
        ["008-1", "011-1", "an additional 3,000 (Feb) against 11,000-12,000 sent last fall (Jun)"],
        # casualties, cumulative figures weeks or months apart
        ["003-3", "004-3", "hundreds killed or wounded (Nov 26, vague) against roughly 1,100 (Dec 19)"],
        ["003-3", "005-1", "hundreds killed or wounded (Nov 26, vague) against more than 3,000 (Dec 23)"],
        ["004-3", "009-1", "roughly 1,100 (Dec) against about 4,700 (Apr)"],
        ["004-3", "009-3", "roughly 1,100 (Dec 19) against roughly 3,000 estimated in January"],
        ["005-1", "009-3", "more than 3,000 (Dec 23) against roughly 3,000 estimated in January"],
        ["004-3", "014-3", "roughly 1,100 (Dec) against some 6,000 (June)"],
        ["009-1", "014-3", "about 4,700 (NIS, Apr) against some 6,000 (UK, June)"],
        ["009-3", "014-3", "roughly 3,000 (Jan) against some 6,000 (June)"],
        # killed and wounded, cumulative figures weeks or months apart
        ["004-2", "006-2", "around 1,000 wounded (Dec 19) against about 2,700 (Jan 13)"],
        ["006-1", "009-2", "about 300 killed (Jan) against some 600 (Apr)"],
        ["006-1", "011-2", "about 300 killed (Jan) against about 600 (Apr estimate, quoted Jun)"],
        ["006-1", "014-1", "about 300 killed (Jan) against around 2,000 (Sep)"],
        ["006-1", "014-2", "about 300 killed (Jan) against about 600 (Apr, quoted Sep)"],
        ["009-2", "014-1", "some 600 killed (Apr) against around 2,000 (Sep)"],
        ["011-2", "014-1", "about 600 killed (quoted Jun) against around 2,000 (Sep)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
