#!/usr/bin/env python3
"""Gold labels for testdata/blind390 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind390 articles, written for crosscheck in our own words and labelled "
         "blind. See testdata/corpus/README.md for the meaning of every field.")

US = ["United States", "US", "Antony Blinken", "Blinken", "Lloyd Austin", "Austin"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
BUD = ["Kyrylo Budanov", "Budanov", "Defence Intelligence of Ukraine", "HUR", "Ukraine"]
NIS_LEE = ["National Intelligence Service", "NIS", "South Korea", "Lee Seong-kweun", "spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "South Korean military"]
NIS_PARK = ["National Intelligence Service", "NIS", "South Korea", "Park Sun-won", "spy agency"]

A = {
    "000": [
        ("troops", "north_korea", 10000, None, "about", US,
         "About 10,000 North Korean soldiers are now in Russia", False),
        ("troops", "north_korea", 8000, None, "about", US,
         "roughly 8,000 of them have moved into the Kursk region on Ukraine's border", False),
        ("troops", "north_korea", 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "US"],
         "John Kirby said at least 3,000 North Korean troops had arrived in the Russian Far East for training", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "Eleven thousand soldiers from North Korea are already in the Kursk region", False),
        ("troops", "north_korea", 12000, None, "about", BUD,
         "Russia was preparing some 12,000 North Korean soldiers", False),
        ("troops", "north_korea", 500, None, "about", BUD,
         "about 500 officers among them", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least a hundred North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "about 1,000 more wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS_LEE,
         "bringing the North's casualties in Russia's Kursk region to around 1,100", False),
        ("troops", "north_korea", 11000, None, "about", NIS_LEE,
         "The North Korean contingent, estimated by the spy agency at some 11,000 troops", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "Over 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "North Korea had suffered roughly 1,100 casualties in Kursk Oblast", False),
        ("troops", "russia", 50000, None, "about", ["Ukraine's military", "Ukraine", "Ukrainian military"],
         "Russia has concentrated some 50,000 of its own soldiers in the region", False),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", ZEL + ["National Intelligence Service", "South Korea"],
         "his forces had taken two North Korean soldiers prisoner in Kursk", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea sent about 3,000 additional soldiers to Russia in January and February", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "the roughly 11,000 it dispatched last autumn", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "some four thousand have been killed or wounded", False),
        ("troops", "north_korea", 200, 999, "vague", JCS,
         "Hundreds of the newly arrived troops appear to have already been sent to front-line positions", True),
    ],
    "008": [
        ("troops", "north_korea", 2000, 9999, "vague", ["Ukraine", "South Korea", "United States", "officials"],
         "thousands of North Korean soldiers were fighting for Russia in the Kursk region", True),
        ("troops", "north_korea", 10000, 12000, "range",
         ["South Korea", "Ukraine", "United States", "South Korean, Ukrainian and American intelligence", "intelligence"],
         "put the first contingent, sent last October and November, at between 10,000 and 12,000", False),
        ("troops", "north_korea", 3000, None, "about", JCS,
         "roughly 3,000 more had followed in January and February", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "put North Korea's killed and wounded at around 4,000", False),
        ("killed", "russia", 95000, None, "more_than", ["Mediazona", "BBC News Russian", "BBC"],
         "confirmed the names of more than 95,000 Russian soldiers killed since February 2022", False),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS_PARK,
         "have suffered about 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS_PARK,
         "around six hundred of them deaths", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "the roughly 4,000 casualties that the Joint Chiefs of Staff reported in late March", False),
        ("troops", "north_korea", 14000, None, "about", NIS_PARK,
         "the NIS put the total number of North Korean soldiers sent to Russia at around 14,000", False),
    ],
    "011": [],
    "014": [
        ("killed", "north_korea", 2000, None, "about", NIS_PARK,
         "About 2,000 North Korean soldiers have been killed fighting for Russia in its war against Ukraine", False),
        ("troops", "north_korea", 14000, None, "about", ["South Korea", "South Korean estimates"],
         "North Korea has sent about 14,000 troops to Russia since the fall of 2024", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "Two North Korean soldiers captured by Ukrainian forces in January remain in Ukrainian custody", False),
    ],
}

NOT = {
    "000": ["2+2 format", "the 56th Security Consultative Meeting", "for the first time since 2021",
            "2:14", "it hit 3 Russian ammunition depots", "5 takeaways", "The 10 best places"],
    "001": ["2684 views", "05.11.2024 09:40", "the 810th Separate Naval Infantry Brigade",
            "personnel ~700,510 (+1,220)", "tanks 9,167 (+4)", "artillery systems 20,042 (+32)",
            "On November 4"],
    "003": ["more than 13,000 containers of artillery shells", "the 11th Corps",
            "Won sinks past 1,450 per dollar for first time in 15 years", "Dec. 20, 2024 - 11:35"],
    "004": ["almost three times higher", "around 1,300 square kilometers", "155-mm artillery",
            "kills 1, injures 15", "Join more than 15,000 members", "5 years", "2 min read",
            "entered into force on Dec. 4"],
    "005": ["one of the soldiers is 20 and the other 26", "Watch video 1:02", "Magnitude 6.6 quake",
            "upper 157 range", "16:10 JST"],
    "007": ["about 220 170mm self-propelled guns", "some 200 long-range multiple rocket launchers",
            "117 attack drones", "two Iskander-M ballistic missiles", "56 of the drones",
            "another 45 lost to electronic jamming", "leaders from around 30 countries",
            "More than 2.5 million readers in 180 countries"],
    "008": ["roughly 1,300 square kilometers", "a pre-war population of about 5,000",
            "more than a million barrels of oil", "annual cap of 500,000 barrels", "€5 a month",
            "a conscript's 9 months in Kursk", "by 8 a.m."],
    "009": ["Why Pyongyang chose April 28", "2 captured N. Korean soldiers ask to come South",
            "34 days to the June 3 election", "up 1.2% on chip recovery", "17:20 KST"],
    "011": ["one thousand sappers to the Kursk Region", "5,000 military builders",
            "send 1,000 sappers to demine", "second visit to Pyongyang in two weeks",
            "more than 2,500 hectares", "over 130,000 explosive objects", "Article 4",
            "80th anniversary", "8% more cargo"],
    "014": ["send thousands more workers", "Kim Jong Un, 41", "1,000 deminers and 5,000 military construction workers",
            "more than 12 million artillery shells", "test-fires 2 new air defense missiles",
            "new 5,000-ton destroyer"],
}

OFF = ["002", "006", "010", "013"]
DUP = {"012": "004"}

conflicts = {
    "must": [
        ["000-2", "001-1", "roughly 8,000 North Korean troops in Kursk (US, Oct 31) against 11,000 already in the Kursk region (Zelensky, Nov 4), four days apart"],
        ["003-3", "004-1", "around 1,100 casualties (NIS, Dec 19) against more than 3,000 killed or wounded (Zelensky, Dec 23), four days apart"],
        ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against roughly 1,100 (South Korea's JCS), the same day in the same article"],
    ],
    "may": [
        ["000-1", "001-1", "about 10,000 in all of Russia (US) against 11,000 in Kursk alone (Zelensky) four days later: close estimates, defensible either way"],
        ["000-1", "001-2", "about 10,000 in Russia (US, Oct 31) against Budanov's some 12,000 being prepared (late October)"],
        ["003-4", "001-2", "some 11,000 (NIS, December) against some 12,000 (Budanov, October)"],
        ["000-2", "003-4", "8,000 in Kursk (Oct 31) against some 11,000 (NIS) seven weeks later"],
        ["000-1", "003-4", "about 10,000 (Oct 31) against some 11,000 seven weeks later"],
        ["003-2", "005-2", "about 1,000 wounded (Dec 19) against some 2,700 (Jan 13): a cumulative figure rising during heavy fighting, three and a half weeks apart"],
        ["003-3", "007-3", "1,100 casualties (December) against some four thousand (March): months apart"],
        ["004-2", "007-3", "1,100 casualties (December) against some four thousand (March): months apart"],
        ["003-3", "008-4", "1,100 casualties (December) against around 4,000 (March estimate restated in April): months apart"],
        ["004-2", "008-4", "1,100 casualties (December) against around 4,000: months apart"],
        ["003-3", "009-1", "1,100 casualties (December) against about 4,700 (April): months apart"],
        ["004-2", "009-1", "1,100 casualties (December) against about 4,700 (April): months apart"],
        ["003-3", "009-3", "1,100 casualties (December) against the JCS's 4,000 (March): months apart"],
        ["004-2", "009-3", "1,100 casualties (December) against the JCS's 4,000 (March): months apart"],
        ["005-1", "009-2", "about 300 killed (January) against around 600 (April): months apart, cumulative"],
        ["005-1", "014-1", "about 300 killed (January) against about 2,000 (September): months apart"],
        ["009-2", "014-1", "around 600 killed (April) against about 2,000 (September): months apart"],
        ["007-1", "007-2", "3,000 additional troops against the 11,000 original contingent: an additional force"],
        ["007-1", "000-1", "3,000 additional troops (2025) against about 10,000 (2024): an additional force, months apart"],
        ["007-1", "000-2", "3,000 additional troops against 8,000 in Kursk: an additional force, months apart"],
        ["007-1", "001-1", "3,000 additional troops against 11,000: an additional force"],
        ["007-1", "001-2", "3,000 additional troops against 12,000: an additional force"],
        ["007-1", "003-4", "3,000 additional troops against some 11,000: an additional force"],
        ["007-1", "008-2", "3,000 additional troops against the first contingent of 10,000-12,000"],
        ["007-1", "009-4", "3,000 additional troops against a total of around 14,000"],
        ["007-1", "014-2", "3,000 additional troops against a total of about 14,000"],
        ["008-3", "000-1", "roughly 3,000 more against about 10,000: an additional force"],
        ["008-3", "000-2", "roughly 3,000 more against 8,000: an additional force"],
        ["008-3", "001-1", "roughly 3,000 more against 11,000: an additional force"],
        ["008-3", "001-2", "roughly 3,000 more against 12,000: an additional force"],
        ["008-3", "003-4", "roughly 3,000 more against some 11,000: an additional force"],
        ["008-3", "007-2", "roughly 3,000 more against the roughly 11,000 original contingent"],
        ["008-3", "008-2", "roughly 3,000 more against the first contingent of 10,000-12,000, same article"],
        ["008-3", "009-4", "roughly 3,000 more against a total of around 14,000"],
        ["008-3", "014-2", "roughly 3,000 more against a total of about 14,000"],
        ["007-2", "000-1", "roughly 11,000 (March 2025) against about 10,000 (Oct 2024): months apart"],
        ["007-2", "000-2", "roughly 11,000 against 8,000 in Kursk: months apart"],
        ["007-2", "001-2", "roughly 11,000 against some 12,000: months apart"],
        ["008-2", "000-2", "first contingent of 10,000-12,000 against 8,000 in Kursk (Oct 31): months apart"],
        ["009-4", "000-1", "around 14,000 in total including reinforcements against about 10,000 (Oct 2024)"],
        ["009-4", "000-2", "around 14,000 in total against 8,000 in Kursk (Oct 2024)"],
        ["009-4", "001-1", "around 14,000 in total against 11,000 (Nov 2024)"],
        ["009-4", "001-2", "around 14,000 in total against some 12,000 (Oct 2024)"],
        ["009-4", "003-4", "around 14,000 in total against some 11,000 (Dec 2024)"],
        ["009-4", "007-2", "around 14,000 in total against the roughly 11,000 first contingent"],
        ["009-4", "008-2", "around 14,000 in total against a first contingent of 10,000-12,000, two days apart"],
        ["014-2", "000-1", "about 14,000 since autumn 2024 against about 10,000 (Oct 2024)"],
        ["014-2", "000-2", "about 14,000 against 8,000 in Kursk (Oct 2024)"],
        ["014-2", "001-1", "about 14,000 against 11,000 (Nov 2024)"],
        ["014-2", "001-2", "about 14,000 against some 12,000 (Oct 2024)"],
        ["014-2", "003-4", "about 14,000 against some 11,000 (Dec 2024)"],
        ["014-2", "007-2", "about 14,000 in total against the roughly 11,000 first contingent"],
        ["014-2", "008-2", "about 14,000 in total against a first contingent of 10,000-12,000"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
