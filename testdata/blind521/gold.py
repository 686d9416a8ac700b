#!/usr/bin/env python3
"""Gold labels for blind521 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind521: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting (October 2024 - December 2025). Same schema as corpus/gold.json; "
         "see corpus/README.md for what counts as a claim and a conflict.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS, "some 1,500 special operations troops", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "more_than", ["Kim Yong-hyun", "South Korea's defence minister", "South Korea", "Seoul"],
         "more than 10,000 North Korean soldiers in Russia", False),
        ("troops", NK, 10000, 12000, "range", ["Andriy Yusov", "HUR", "Ukraine's military intelligence", "Ukraine"],
         "between 10,000 and 12,000 North Korean personnel had been moved to Russia", False),
        ("troops", NK, 500, None, "about", ["Kyrylo Budanov", "Budanov", "HUR", "Ukraine's military intelligence", "Ukraine"],
         "some 500 officers", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in the Kursk region", False),
        ("troops", RU, 50000, None, "about", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "about 50,000 of its own troops", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded", False),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "North Korean casualties stand at about 1,100", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS, "around 1,000 wounded", False),
        ("troops", NK, 10000, None, "more_than", ["Kyiv", "Seoul", "Ukraine", "South Korea"],
         "Pyongyang has sent more than 10,000 soldiers to Russia", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Roughly 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"], "some 2,700 injured", False),
        ("captured", NK, 2, None, "exact", NIS + ["Lee Seong-kweun", "Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "two North Korean soldiers had been captured by Ukrainian forces", False),
        ("troops", NK, 11000, None, "about", NIS, "North Korea sent around 11,000 troops to Russia", False),
    ],
    "006": [
        ("killed", NK, 1000, None, "more_than", ["Special Operations Forces", "SSO", "Ukraine"],
         "More than a thousand North Korean servicemen have been killed there", False),
        ("captured", NK, 2, None, "exact", ZEL, "Ukrainian troops had captured two North Korean servicemen", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "some three thousand additional troops", False),
        ("troops", NK, 12000, None, "up_to", ["U.S.", "United States", "South Korea", "Ukraine"],
         "up to 12,000 soldiers", False),
        ("troops", NK, 200, 900, "vague", NIS + ["Lee Seong-kweun"],
         "hundreds of soldiers trained to operate drones", True),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS + ["Park Sun-won"], "roughly 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS + ["Park Sun-won"], "some 600 deaths", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "roughly 3,000 casualties the agency estimated in January", False),
        ("troops", NK, 15000, None, "about", NIS + ["Park Sun-won"], "about 15,000 troops in total", False),
        ("troops", NK, 11000, None, "about", NIS + ["Park Sun-won"], "roughly 11,000 who arrived last autumn", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than",
         ["Russian Defense Ministry", "Russian Defence Ministry", "Defense Ministry", "Russia"],
         "the Ukrainian army lost more than 76,000 servicemen in the Kursk Region", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS + ["a lawmaker"],
         "about 2,000 North Korean soldiers have been killed in Russia", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Roughly 11,000 North Korean soldiers were sent to Kursk", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"], "several thousand more followed early this year", True),
        ("troops", NK, 200, 900, "vague", ["South Korean officials", "South Korea"],
         "hundreds of North Korean military engineers have already arrived in Kursk", True),
    ],
    "014": [
        ("troops", NK, 11000, 12000, "range", ["Ukrainian, US and South Korean intelligence", "Ukraine", "US",
                                              "United States", "South Korea"],
         "The first contingent, which arrived in Russia in October and November 2024, was put at 11,000-12,000", False),
        ("troops", NK, 3000, None, "about", NIS, "about 3,000 more were sent in January and February 2025", False),
        ("troops", NK, 5000, None, "about", NIS, "roughly 5,000 military construction troops", False),
        ("troops", NK, 1000, None, "exact", ["Moscow", "Russia"],
         "1,000 North Korean deminers are working in the Kursk region", False),
        ("killed", NK, 2000, None, "about", NIS, "about 2,000 North Korean soldiers had died", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"], "Ukraine has confirmed holding two North Korean soldiers", False),
    ],
}

NOT = {
    "000": ["more than 13,000 containers", "an estimated 1.2 million active-duty troops", "four Russian landing ships",
            "three escort vessels", "Oct. 8-13", "11th Corps", "1950-53", "2,593.94"],
    "002": ["a further 12 self-propelled anti-aircraft guns", "several hundred drones", "50 states",
            "Eight dead after storms", "180 countries", "£2/$2"],
    "003": ["170mm self-propelled guns", "240mm multiple rocket launchers", "captured two villages",
            "59 Ukrainian drones", "millions of artillery shells", "2 min Reading time"],
    "005": ["born in 2005", "born in 1999", "1,470 per dollar", "179 victims' families"],
    "006": ["Up to 12K North Korean troops remain in Kursk region", "8th Separate Regiment", "16.01.2025 15:40"],
    "008": ["some 200 long-range artillery pieces", "Map Shows 10 Countries", "Russia Loses 1,200 Soldiers in a Day",
            "February 2022"],
    "010": ["April 28", "0.2% in Q1", "The 1,000-day war"],
    "011": ["1,000 sappers", "5,000 military construction workers", "1,000 sappers, 5,000 military builders",
            "over 7,000 pieces of weaponry", "3 flights per week", "over 1,000 residents returned to Sudzha district",
            "Article 4"],
    "013": ["43,643.81", "as much as $20 billion", "up 1.3%", "more than three times the agency's estimate in April"],
    "014": ["1,000 days in maps", "09/03/2025", "dozens of ballistic missiles", "millions of artillery shells"],
}

OFF = ["001", "004", "009", "012"]
DUP = {"007": "003"}

conflicts = {
    "must": [
        ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 casualties (South Korea's JCS), both given on the same Monday, in one article"],
        ["005-1", "006-1", "about 300 killed (South Korea's NIS, 13 January 2025) against more than a thousand killed (Ukraine's SSO, 16 January 2025), three days apart"],
    ],
    # Not conflicts and so in neither list: 010-1/010-3 (the NIS's April figure and, in the same sentence pair,
    # the January figure it rose from: an update); 010-4/010-5 and the 500 officers (002-3), the drone
    # operators (008-3) and the engineers (013-4) against any larger count (parts of the whole).
    "may": [
        ["000-1", "002-1", "1,500 troops (about) against 10,000 troops (more_than): the first batch of 1,500 in mid-October 2024 against a later count, 19 days apart"],
        ["000-1", "002-2", "1,500 troops (about) against 10,000-12,000 troops (range): the first batch of 1,500 in mid-October 2024 against a later count, 19 days apart"],
        ["000-1", "002-4", "1,500 troops (about) against 11,000 troops (exact): the first batch of 1,500 in mid-October 2024 against a later count, 19 days apart"],
        ["000-1", "003-5", "1,500 troops (about) against 10,000 troops (more_than): the first batch of 1,500 in mid-October 2024 against a later count, 68 days apart"],
        ["000-1", "005-4", "1,500 troops (about) against 11,000 troops (about): the first batch of 1,500 in mid-October 2024 against a later count, 88 days apart"],
        ["000-1", "008-1", "1,500 troops (about) against 3,000 troops (about): an additional or separate contingent against another count, 134 days apart"],
        ["000-1", "010-4", "1,500 troops (about) against 15,000 troops (about): the first batch of 1,500 in mid-October 2024 against a later count, 195 days apart"],
        ["000-1", "010-5", "1,500 troops (about) against 11,000 troops (about): the first batch of 1,500 in mid-October 2024 against a later count, 195 days apart"],
        ["000-1", "013-2", "1,500 troops (about) against 11,000 troops (about): the first batch of 1,500 in mid-October 2024 against a later count, 325 days apart"],
        ["000-1", "014-1", "1,500 troops (about) against 11,000-12,000 troops (range): the first batch of 1,500 in mid-October 2024 against a later count, 421 days apart"],
        ["000-1", "014-2", "1,500 troops (about) against 3,000 troops (about): an additional or separate contingent against another count, 421 days apart"],
        ["000-1", "014-3", "1,500 troops (about) against 5,000 troops (about): an additional or separate contingent against another count, 421 days apart"],
        ["000-1", "014-4", "1,500 troops (about) against 1,000 troops (exact): an additional or separate contingent against another count, 421 days apart"],
        ["002-1", "008-1", "10,000 troops (more_than) against 3,000 troops (about): an additional or separate contingent against another count, 115 days apart"],
        ["002-1", "013-3", "10,000 troops (more_than) against 2,000-9,999 troops (vague): an additional or separate contingent against another count, 307 days apart"],
        ["002-1", "014-2", "10,000 troops (more_than) against 3,000 troops (about): an additional or separate contingent against another count, 403 days apart"],
        ["002-1", "014-3", "10,000 troops (more_than) against 5,000 troops (about): an additional or separate contingent against another count, 403 days apart"],
        ["002-1", "014-4", "10,000 troops (more_than) against 1,000 troops (exact): an additional or separate contingent against another count, 403 days apart"],
        ["002-2", "008-1", "10,000-12,000 troops (range) against 3,000 troops (about): an additional or separate contingent against another count, 115 days apart"],
        ["002-2", "010-4", "10,000-12,000 troops (range) against 15,000 troops (about): the whole force after reinforcements against the first contingent, 176 days apart"],
        ["002-2", "013-3", "10,000-12,000 troops (range) against 2,000-9,999 troops (vague): an additional or separate contingent against another count, 307 days apart"],
        ["002-2", "014-2", "10,000-12,000 troops (range) against 3,000 troops (about): an additional or separate contingent against another count, 403 days apart"],
        ["002-2", "014-3", "10,000-12,000 troops (range) against 5,000 troops (about): an additional or separate contingent against another count, 403 days apart"],
        ["002-2", "014-4", "10,000-12,000 troops (range) against 1,000 troops (exact): an additional or separate contingent against another count, 403 days apart"],
        ["002-4", "008-1", "11,000 troops (exact) against 3,000 troops (about): an additional or separate contingent against another count, 115 days apart"],
        ["002-4", "010-4", "11,000 troops (exact) against 15,000 troops (about): the whole force after reinforcements against the first contingent, 176 days apart"],
        ["002-4", "013-3", "11,000 troops (exact) against 2,000-9,999 troops (vague): an additional or separate contingent against another count, 307 days apart"],
        ["002-4", "014-2", "11,000 troops (exact) against 3,000 troops (about): an additional or separate contingent against another count, 403 days apart"],
        ["002-4", "014-3", "11,000 troops (exact) against 5,000 troops (about): an additional or separate contingent against another count, 403 days apart"],
        ["002-4", "014-4", "11,000 troops (exact) against 1,000 troops (exact): an additional or separate contingent against another count, 403 days apart"],
        ["003-2", "010-1", "1,100 casualties (about) against 4,700 casualties (about): a cumulative estimate revised later, 127 days apart"],
        ["003-2", "010-3", "1,100 casualties (about) against 3,000 casualties (about): a cumulative estimate revised later, 127 days apart"],
        ["003-4", "005-2", "1,000 wounded (about) against 2,700 wounded (about): a cumulative estimate revised later, 20 days apart"],
        ["003-5", "008-1", "10,000 troops (more_than) against 3,000 troops (about): an additional or separate contingent against another count, 67 days apart"],
        ["003-5", "013-3", "10,000 troops (more_than) against 2,000-9,999 troops (vague): an additional or separate contingent against another count, 258 days apart"],
        ["003-5", "014-2", "10,000 troops (more_than) against 3,000 troops (about): an additional or separate contingent against another count, 354 days apart"],
        ["003-5", "014-3", "10,000 troops (more_than) against 5,000 troops (about): an additional or separate contingent against another count, 354 days apart"],
        ["003-5", "014-4", "10,000 troops (more_than) against 1,000 troops (exact): an additional or separate contingent against another count, 354 days apart"],
        ["005-1", "010-2", "300 killed (about) against 600 killed (about): a cumulative estimate revised later, 107 days apart"],
        ["005-1", "013-1", "300 killed (about) against 2,000 killed (about): a cumulative estimate revised later, 238 days apart"],
        ["005-1", "014-5", "300 killed (about) against 2,000 killed (about): a cumulative estimate revised later, 334 days apart"],
        ["005-4", "008-1", "11,000 troops (about) against 3,000 troops (about): an additional or separate contingent against another count, 47 days apart"],
        ["005-4", "010-4", "11,000 troops (about) against 15,000 troops (about): the whole force after reinforcements against the first contingent, 107 days apart"],
        ["005-4", "014-2", "11,000 troops (about) against 3,000 troops (about): an additional or separate contingent against another count, 334 days apart"],
        ["005-4", "014-3", "11,000 troops (about) against 5,000 troops (about): an additional or separate contingent against another count, 334 days apart"],
        ["005-4", "014-4", "11,000 troops (about) against 1,000 troops (exact): an additional or separate contingent against another count, 334 days apart"],
        ["006-1", "010-2", "1,000 killed (more_than) against 600 killed (about): a cumulative estimate revised later, 104 days apart"],
        ["008-1", "010-4", "3,000 troops (about) against 15,000 troops (about): an additional or separate contingent against another count, 61 days apart"],
        ["008-1", "010-5", "3,000 troops (about) against 11,000 troops (about): an additional or separate contingent against another count, 61 days apart"],
        ["008-1", "013-2", "3,000 troops (about) against 11,000 troops (about): an additional or separate contingent against another count, 192 days apart"],
        ["008-1", "014-1", "3,000 troops (about) against 11,000-12,000 troops (range): an additional or separate contingent against another count, 288 days apart"],
        ["008-1", "014-3", "3,000 troops (about) against 5,000 troops (about): an additional or separate contingent against another count, 288 days apart"],
        ["008-1", "014-4", "3,000 troops (about) against 1,000 troops (exact): an additional or separate contingent against another count, 288 days apart"],
        ["008-2", "010-4", "12,000 troops (up_to) against 15,000 troops (about): the whole force after reinforcements against the first contingent, 61 days apart"],
        ["010-2", "013-1", "600 killed (about) against 2,000 killed (about): a cumulative estimate revised later, 131 days apart"],
        ["010-2", "014-5", "600 killed (about) against 2,000 killed (about): a cumulative estimate revised later, 227 days apart"],
        ["010-4", "013-2", "15,000 troops (about) against 11,000 troops (about): the whole force after reinforcements against the first contingent, 131 days apart"],
        ["010-4", "013-3", "15,000 troops (about) against 2,000-9,999 troops (vague): an additional or separate contingent against another count, 131 days apart"],
        ["010-4", "014-1", "15,000 troops (about) against 11,000-12,000 troops (range): the whole force after reinforcements against the first contingent, 227 days apart"],
        ["010-4", "014-2", "15,000 troops (about) against 3,000 troops (about): an additional or separate contingent against another count, 227 days apart"],
        ["010-4", "014-3", "15,000 troops (about) against 5,000 troops (about): an additional or separate contingent against another count, 227 days apart"],
        ["010-4", "014-4", "15,000 troops (about) against 1,000 troops (exact): an additional or separate contingent against another count, 227 days apart"],
        ["010-5", "014-2", "11,000 troops (about) against 3,000 troops (about): an additional or separate contingent against another count, 227 days apart"],
        ["010-5", "014-3", "11,000 troops (about) against 5,000 troops (about): an additional or separate contingent against another count, 227 days apart"],
        ["010-5", "014-4", "11,000 troops (about) against 1,000 troops (exact): an additional or separate contingent against another count, 227 days apart"],
        ["013-2", "014-2", "11,000 troops (about) against 3,000 troops (about): an additional or separate contingent against another count, 96 days apart"],
        ["013-2", "014-3", "11,000 troops (about) against 5,000 troops (about): an additional or separate contingent against another count, 96 days apart"],
        ["013-2", "014-4", "11,000 troops (about) against 1,000 troops (exact): an additional or separate contingent against another count, 96 days apart"],
        ["013-3", "014-1", "2,000-9,999 troops (vague) against 11,000-12,000 troops (range): an additional or separate contingent against another count, 96 days apart"],
        ["014-1", "014-2", "11,000-12,000 troops (range) against 3,000 troops (about): an additional or separate contingent against another count, same article"],
        ["014-1", "014-3", "11,000-12,000 troops (range) against 5,000 troops (about): an additional or separate contingent against another count, same article"],
        ["014-1", "014-4", "11,000-12,000 troops (range) against 1,000 troops (exact): an additional or separate contingent against another count, same article"],
        ["014-2", "014-3", "3,000 troops (about) against 5,000 troops (about): an additional or separate contingent against another count, same article"],
        ["014-2", "014-4", "3,000 troops (about) against 1,000 troops (exact): an additional or separate contingent against another count, same article"],
        ["014-3", "014-4", "5,000 troops (about) against 1,000 troops (exact): an additional or separate contingent against another count, same article"],
    ],
}

if __name__ == "__main__":
    goldlib.write(about, A, NOT, OFF, DUP, conflicts)
