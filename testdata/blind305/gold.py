#!/usr/bin/env python3
"""Gold labels for testdata/blind305 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind305: fifteen articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - September 2025). See testdata/corpus/README.md for the "
         "meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]
HUR = ["HUR", "military intelligence", "Defense Intelligence", "Ukraine"]
UNATT = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has so far moved some 3,000 soldiers to Russia", False),
        ("troops", NK, 1500, None, "about", NIS + ["Park Sun-won"],
         "the roughly 1,500 special operations troops the agency said last week had been ferried to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 8000, None, "about", ["Blinken", "United States", "U.S.", "State Department"],
         "we assess that around 8,000 have been moved to the Kursk oblast", False),
        ("troops", NK, 10000, None, "about", ["Pentagon", "United States", "U.S.", "Rachel Dunmore", "CNN"],
         "Pyongyang has sent something like 10,000 troops in total to Russia", False),
        ("troops", NK, 2000, 9999, "vague", ["Blinken", "United States", "U.S.", "top U.S. diplomat", "CNN"],
         "thousands of North Korean soldiers are now positioned right next to the fighting in Ukraine", True),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ["Zelensky", "Ukraine"],
         "North Korean troops already in Russia's Kursk region number eleven thousand", False),
        ("troops", NK, 500, None, "about", HUR + ["Ukrinform"],
         "the North Korean contingent is led by some 500 officers", False),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about", JCS,
         "estimating the number killed or wounded at around 1,100", False),
        ("troops", NK, 11000, None, "about", JCS + ["military", "unattributed"],
         "the North sent some 11,000 troops to Russia's Kursk region in October and November", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "nearly 1,000 wounded", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", ["Zelensky", "Syrskyi", "Ukraine"],
         "North Korean troops fighting for Russia in Kursk Oblast have suffered more than 3,000 casualties", False),
        ("casualties", NK, 1100, None, "about", JCS + ["South Korean military"],
         "the South Korean military put the North's losses at around 1,100 killed and wounded", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "up to 12,000 North Korean soldiers were deployed in Kursk Oblast", False),
        ("casualties", NK, 200, None, "at_least", HUR,
         "North Korean units had lost at least 200 soldiers killed or wounded in just three days of assaults", False),
        ("killed", NK, 200, 900, "vague", ["Ukrainian commanders", "Ukraine"],
         "hundreds had been killed by drones and artillery", True),
    ],
    "008": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "2,700 wounded in Russia's Kursk region", False),
        ("captured", NK, 2, None, "exact", ["Zelensky", "Zelenskyy", "Ukraine", "NIS"],
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
        ("killed", NK, 1000, None, "more_than", ["Ukrainian military intelligence", "military intelligence", "Ukraine", "NHK"],
         "more than 1,000 North Korean soldiers had been killed since they entered combat in December", False),
        ("troops", NK, 11000, None, "about", UNATT,
         "North Korea is believed to have sent around 11,000 troops to Russia last autumn", False),
    ],
    "009": [
        ("troops", NK, 3000, None, "about", JCS + ["Seoul"],
         "North Korea sent some three thousand more soldiers to Russia in January and February", False),
        ("casualties", NK, 4000, None, "about", JCS + ["Seoul"],
         "the North's casualties had risen to an estimated 4,000 killed and wounded", False),
        ("casualties", RU, 1290, None, "exact", ["general staff", "Ukraine", "Ukrainian"],
         "1,290 Russian soldiers were killed or wounded over the past 24 hours", False),
        ("casualties", RU, 864000, None, "about", ["general staff", "Ukraine", "Ukrainian"],
         "bringing the total it claims since the full-scale invasion began to about 864,000", False),
    ],
    "010": [
        ("casualties", UA, 76000, None, "more_than", ["Gerasimov", "Russia", "General Staff"],
         "Ukraine had lost more than 76,000 servicemen over the course of its incursion", False),
        ("troops", NK, 15000, None, "about", NIS + ["lawmakers"],
         "Of the roughly 15,000 North Korean troops sent to Russia", False),
        ("casualties", NK, 4700, None, "about", NIS + ["lawmakers"],
         "around 4,700 have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS + ["lawmakers"],
         "including some 600 deaths", False),
    ],
    "012": [
        ("troops", NK, 11000, 12000, "range", ["South Korea", "South Korean", "Western intelligence"],
         "Pyongyang sent somewhere between 11,000 and 12,000 troops in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", ["South Korea", "South Korean", "Western intelligence"],
         "topped them up with roughly 3,000 reinforcements early this year", False),
        ("killed", NK, 600, None, "about", NIS + ["Seoul"],
         "about 600 North Korean soldiers had died", False),
        ("wounded", NK, 2000, 9999, "vague", NIS + ["Seoul"],
         "several thousand more had been wounded", True),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS + ["lawmakers"],
         "Around 2,000 North Korean soldiers sent to help Russia fight Ukraine have been killed", False),
        ("troops", NK, 10000, 12000, "range", UNATT,
         "North Korea sent between 10,000 and 12,000 soldiers to Russia's Kursk region in late 2024", False),
        ("troops", NK, 2000, 9999, "vague", UNATT,
         "thousands more as reinforcements early this year", True),
    ],
}

NOT = {
    "000": ["expected to reach about 10,000 by December", "four Russian navy landing ships", "five to 10 people",
            "early 20s", "paras 4-8", "2,599.62", "1,387.4 per dollar", "7.5 pct", "Dec. 6"],
    "001": ["about 86 minutes", "more than 7,000 kilometers", "as many as 12,000", "five days to go",
            "more than 53 million Americans", "14:21:05"],
    "003": ["five training grounds", "35 Shahed drones", "two Iskander-M missiles", "1,320 invaders, 12 tanks"],
    "005": ["240-millimeter multiple rocket launchers", "170-mm self-propelled guns", "1,450 per dollar",
            "vetoes 6 bills", "10 things to do in Seoul"],
    "006": ["nearly three times", "Dec. 4", "kills 1, injures 13", "Comments (41)"],
    "008": ["who is 26", "The other is 20", "Watch video 01:51", "3.8% in December", "up to 70 cm"],
    "009": ["about 220 more artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "166 drones", "110 were shot down", "another 56", "$350bn", "50% of future revenues",
            "Comments (1,048)", "45% in January", "12 weeks to live"],
    "010": ["roughly 1,300 square kilometers", "as little as $2", "August 2024"],
    "012": ["1,000 sappers", "5,000 military construction workers", "up to 10 years", "around $20 billion",
            "up to 30,000 more soldiers", "5 percent defense spending", "third time in as many months"],
    "014": ["more than three times", "about 6,000 more personnel", "Kim, 41", "80th anniversary", "42,580",
            "990 yen", "3 Japanese detained"],
}

OFF = ["002", "004", "011", "013"]
DUP = {"007": "006"}

MONTHS = "months apart; cumulative or growing figure"
ADD = "an additional force (reinforcements) against a total"
conflicts = {
    "must": [
        ["001-1", "003-1", "around 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 already in Kursk (Zelensky, Nov 5), five days apart"],
        ["005-1", "006-1", "about 1,100 casualties (South Korea's JCS) against more than 3,000 (Zelensky), reported the same day in two articles"],
        ["006-1", "006-2", "within one article: more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's JCS), same day"],
        ["008-1", "008-4", "within one article: about 300 killed (NIS via Lee Seong-kweun) against more than 1,000 killed (Ukrainian military intelligence)"],
    ],
    "may": [
        # troops: the deployment grew quickly in October-November 2024
        ["000-1", "001-1", "some 3,000 sent so far (NIS, Oct 23) against around 8,000 in Kursk (Blinken, Oct 31); the NIS itself expected more"],
        ["000-1", "001-2", "some 3,000 (Oct 23) against about 10,000 in total (Pentagon, Oct 31); deployment growing"],
        ["000-1", "003-1", "some 3,000 (Oct 23) against 11,000 in Kursk (Nov 5); deployment growing"],
        ["001-2", "003-1", "about 10,000 in Russia (Pentagon) against 11,000 in Kursk (Zelensky), five days apart; close values"],
        ["000-1", "005-2", MONTHS], ["000-1", "008-5", MONTHS], ["000-1", "010-2", MONTHS],
        ["000-1", "012-1", MONTHS], ["000-1", "014-2", MONTHS],
        ["001-1", "005-2", MONTHS], ["001-1", "008-5", MONTHS], ["001-1", "010-2", MONTHS],
        ["001-1", "012-1", MONTHS], ["001-1", "014-2", MONTHS],
        ["001-2", "005-2", MONTHS], ["001-2", "008-5", MONTHS], ["001-2", "010-2", MONTHS], ["001-2", "012-1", MONTHS],
        ["003-1", "010-2", MONTHS], ["005-2", "010-2", MONTHS], ["008-5", "010-2", MONTHS], ["006-3", "010-2", MONTHS],
        ["001-1", "009-1", ADD], ["001-1", "012-2", ADD], ["001-2", "009-1", ADD], ["001-2", "012-2", ADD],
        ["003-1", "009-1", ADD], ["003-1", "012-2", ADD], ["005-2", "009-1", ADD], ["005-2", "012-2", ADD],
        ["008-5", "009-1", ADD], ["008-5", "012-2", ADD], ["009-1", "010-2", ADD], ["009-1", "012-1", ADD],
        ["009-1", "014-2", ADD], ["012-2", "010-2", ADD], ["012-2", "012-1", ADD], ["012-2", "014-2", ADD],
        # casualties: cumulative figures rising over months
        ["005-1", "009-2", "1,100 (Dec) against 4,000 (Feb), both South Korea's JCS; " + MONTHS],
        ["006-2", "009-2", "1,100 (Dec) against 4,000 (Feb); " + MONTHS],
        ["005-1", "010-3", "1,100 (Dec) against 4,700 (Apr); " + MONTHS],
        ["006-2", "010-3", "1,100 (Dec) against 4,700 (Apr); " + MONTHS],
        ["009-2", "010-3", "4,000 (JCS, Feb) against 4,700 (NIS, Apr); " + MONTHS],
        # killed
        ["008-1", "010-4", "about 300 (Jan) against some 600 (Apr), both NIS; " + MONTHS],
        ["008-1", "012-3", "about 300 (Jan) against about 600 (NIS April figure, restated in July); " + MONTHS],
        ["008-1", "014-1", "about 300 (Jan) against about 2,000 (Sep), both NIS; " + MONTHS],
        ["008-4", "010-4", "more than 1,000 (Ukrainian intelligence, Jan) against some 600 (NIS, Apr); " + MONTHS],
        ["008-4", "012-3", "more than 1,000 (Jan) against about 600 (NIS April figure); " + MONTHS],
        ["010-4", "014-1", "some 600 (Apr) against about 2,000 (Sep), both NIS; " + MONTHS],
        ["012-3", "014-1", "about 600 (April figure) against about 2,000 (Sep); " + MONTHS],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
