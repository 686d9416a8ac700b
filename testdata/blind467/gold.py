#!/usr/bin/env python3
"""Gold labels for testdata/blind467 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind467: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025), labelled blind. Same schema as corpus/gold.json; "
         "see testdata/corpus/README.md.")

NK, RU = "north_korea", "russia"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea"]
ZEL = ["Zelensky", "Zelenskyy", "Zelenskiy", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has moved around 1,500 special operations troops to Russia's Far East", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "U.S.", "Washington"],
         "About 8,000 North Korean soldiers have arrived in Russia's Kursk border region", False),
        ("troops", NK, 10000, None, "about", ["Lloyd Austin", "Austin", "Pentagon", "United States", "U.S.", "Washington"],
         "North Korea has roughly 10,000 soldiers in Russia in all", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky"] + ZEL,
         "Eleven thousand North Korean soldiers are now in Russia's Kursk Oblast", False),
        ("troops", RU, 50000, None, "about", ["General Staff", "Kyiv Independent", "Ukraine"],
         "Russia has massed about 50,000 of its own troops near the areas of Kursk Oblast controlled by Ukraine", False),
        ("troops", NK, 200, 900, "vague", ["HUR", "military intelligence", "Ukraine"],
         "several hundred North Korean officers had arrived in Russia ahead of the main contingent", True),
    ],
    "004": [
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 soldiers killed in clashes with Ukrainian forces in the Kursk region", False),
        ("wounded", NK, 1000, None, "about", ["Lee Seong-kweun"] + NIS,
         "the number of wounded was approaching 1,000", False),
        ("casualties", NK, 24, 99, "vague", ["Ukraine's military", "Ukraine"],
         "dozens had been killed or wounded in those attacks", True),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelenskyy", "Syrskyi"] + ZEL,
         "more than 3,000 North Korean soldiers have now been killed or wounded in Russia's Kursk region", False),
        ("casualties", NK, 1100, None, "about", ["joint chiefs of staff", "JCS", "South Korea", "Seoul"],
         "has put North Korean casualties in the Kursk fighting at about 1,100", False),
    ],
    "007": [
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelenskyy"] + ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
        ("killed", NK, 300, None, "about", NIS,
         "Around 300 North Korean soldiers have died in the fighting", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "about 2,700 have been wounded", False),
    ],
    "009": [
        ("troops", NK, 3000, None, "about", ["Park Sun-won"] + NIS,
         "North Korea sent roughly 3,000 more soldiers to Russia in January and February", False),
        ("troops", NK, 200, 900, "vague", ["Park Sun-won"] + NIS,
         "Several hundred of them are believed to have received training in drone warfare", True),
    ],
    "011": [
        ("troops", NK, 11000, 12000, "range", ["Western", "South Korean intelligence", "intelligence agencies", "South Korea"],
         "Pyongyang's first wave, which arrived in the autumn of 2024, numbered between 11,000 and 12,000 soldiers", False),
        ("troops", NK, 3000, None, "about", NIS,
         "roughly three thousand more were sent as reinforcements", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korea had lost about 4,700 soldiers killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "among them around 600 dead", False),
        ("captured", NK, 2, None, "exact", ["unattributed"],
         "Two North Korean soldiers captured near Kursk in January are still being held in Ukraine", False),
    ],
    "012": [
        ("troops", NK, 15000, None, "up_to", ["Western estimates", "Western"],
         "North Korea has sent up to 15,000 troops to Russia since last autumn", False),
        ("casualties", NK, 2000, 9999, "vague", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "Several thousand of them have been killed or wounded", True),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS,
         "An estimated 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("troops", NK, 14000, None, "about", ["unattributed"],
         "Pyongyang dispatched roughly 14,000 troops in two waves", False),
        ("wounded", NK, 2000, 9999, "vague", ["lawmakers"] + NIS,
         "thousands more had been wounded", True),
    ],
}

NOT = {
    "000": ["send up to 12,000 troops in all", "four Russian amphibious ships and three escort vessels",
            "Oct. 8 and 13", "the 11th Corps", "1.4 mln youths volunteered to join army",
            "1.7 tln-won order", "USD/KRW 1,368.50"],
    "002": ["155mm artillery shells", "$425 million package", "7 battleground states",
            "death toll passes 230", "3 killed as storm topples power lines"],
    "003": ["47th Mechanized Brigade", "BMP-2", "about 1,300 square kilometers",
            "Russia has lost 700,650 troops", "Russia loses 1,230 troops in one day",
            "20,000+ members", "3 new drone brigades"],
    "004": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "in their early 20s",
            "about $2,000 a month", "Why Kim sent 10,000 troops to Putin's war",
            "Foreign tourists to Korea top 15 million", "up to 20 cm of snow"],
    "006": ["103 attack drones overnight, of which 59 were shot down and 42 were", "captured two more villages",
            "2m drivers", "Ten dead after plane crashes", "31 December", "$5 a month"],
    "007": ["aged 20", "aged 26", "first in 2 months", "Nikkei falls 1.05% to 39,190"],
    "009": ["about 200 long-range artillery pieces", "170-millimeter self-propelled guns",
            "1,434 per dollar", "Nvidia's $130 Billion Rout", "25% EU Tariffs"],
    "011": ["20 trillion won (about $14 billion)", "more than 95,000 Russian soldiers killed",
            "June 2024", "April 26", "€5 a month"],
    "012": ["1,000 deminers and 5,000 military construction workers", "6,000 deminers and builders",
            "second visit to Pyongyang in two weeks", "hundreds of square kilometers", "3,000 jobs at risk"],
    "014": ["810 Drones in One Night", "Up to $5,108", "August 21, 2025", "9/4/25"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"008": "007"}

conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, 31 Oct 2024) against 11,000 in Kursk (Zelensky, 4-5 Nov 2024), five days apart"],
        ["006-1", "006-2", "more than 3,000 casualties (Zelenskyy) against about 1,100 (South Korea's JCS), the same day in one live blog"],
    ],
    "may": [
        # troops, north_korea
        ["000-1", "002-1", "first batch of 1,500 in the Far East (18 Oct) against 8,000 in Kursk two weeks later: a growing deployment"],
        ["000-1", "002-2", "first batch of 1,500 against 10,000 in Russia two weeks later"],
        ["000-1", "003-1", "first batch of 1,500 against 11,000 in Kursk two and a half weeks later"],
        ["000-1", "009-1", "1,500 first batch against an additional 3,000, four months later"],
        ["000-1", "011-1", "1,500 first batch against 11,000-12,000 first wave, reported months later"],
        ["000-1", "011-2", "1,500 first batch against an additional three thousand"],
        ["000-1", "014-2", "1,500 first batch against 14,000 in all, almost a year later"],
        ["002-2", "003-1", "about 10,000 in Russia in all (Austin) against 11,000 in Kursk (Zelensky): close values, different scope"],
        ["002-1", "009-1", "8,000 against an additional 3,000"],
        ["002-2", "009-1", "10,000 against an additional 3,000"],
        ["003-1", "009-1", "11,000 against an additional 3,000"],
        ["002-1", "011-1", "8,000 (Oct 2024) against 11,000-12,000 (reported May 2025), months apart"],
        ["002-2", "011-1", "10,000 (Oct 2024) against 11,000-12,000 (reported May 2025), months apart"],
        ["002-1", "011-2", "8,000 against an additional three thousand"],
        ["002-2", "011-2", "10,000 against an additional three thousand"],
        ["003-1", "011-2", "11,000 against an additional three thousand"],
        ["009-1", "011-1", "an additional 3,000 against the 11,000-12,000 first wave"],
        ["011-1", "011-2", "first wave of 11,000-12,000 against three thousand reinforcements, in one article"],
        ["002-1", "014-2", "8,000 (Oct 2024) against 14,000 in all (Sep 2025), months apart"],
        ["002-2", "014-2", "10,000 (Oct 2024) against 14,000 in all (Sep 2025), months apart"],
        ["003-1", "014-2", "11,000 (Nov 2024) against 14,000 in all (Sep 2025), months apart"],
        ["011-1", "014-2", "11,000-12,000 first wave against 14,000 in two waves, months apart"],
        ["009-1", "014-2", "an additional 3,000 against 14,000 in all"],
        ["011-2", "014-2", "an additional three thousand against 14,000 in all"],
        # killed, north_korea (cumulative rises months apart)
        ["007-2", "011-4", "about 300 killed (Jan 2025) against about 600 (Apr 2025): a cumulative count months later"],
        ["007-2", "014-1", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025)"],
        ["011-4", "014-1", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025)"],
        # casualties, north_korea
        ["006-2", "011-3", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["006-2", "012-2", "about 1,100 casualties (Dec 2024) against several thousand (Jun 2025), months apart"],
        # wounded, north_korea
        ["004-2", "014-3", "about 1,000 wounded (Dec 2024) against thousands (Sep 2025), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
