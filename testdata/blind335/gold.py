#!/usr/bin/env python3
"""Gold labels for testdata/blind335 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind335: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. See ../corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskiy"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has so far moved around 3,000 soldiers to Russia", False),
        ("troops", "north_korea", 1500, None, "about", NIS + ["Park Sun-won"],
         "the first batch of some 1,500 troops that the agency said last week had been ferried from the North's east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "The number of North Korean soldiers in Russia's Kursk Oblast has reached eleven thousand", False),
        ("troops", "north_korea", 10000, 12000, "range", ["Kyiv", "Washington", "Seoul", "Ukraine", "United States", "South Korea"],
         "between 10,000 and 12,000 North Korean troops have been sent to Russia since October", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "More than 3,000 soldiers of the North Korean army have already been killed or wounded in Russia's Kursk region", False),
        ("troops", "north_korea", 12000, None, "up_to", ["Defence Intelligence of Ukraine", "Defence Intelligence", "HUR", "Ukraine"],
         "up to 12,000 North Korean military personnel are involved in the war on Russia's side", False),
    ],
    "004": [
        ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"],
         "North Korea's combat losses in Russia's Kursk region at around 1,100 soldiers killed or wounded", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed in combat", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "about 1,000 more wounded", False),
        ("troops", "north_korea", 11000, None, "about", ["Seoul", "Washington", "South Korea", "United States"],
         "Pyongyang has sent some 11,000 troops to fight for Russia", False),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "around 2,700 wounded while fighting alongside Russian forces against Ukraine", False),
        ("captured", "north_korea", 2, None, "exact", ZEL + ["Ukraine", "NIS"],
         "his forces had captured two North Korean soldiers in Kursk", False),
        ("troops", "north_korea", 11000, 12000, "range", ["Kyiv", "Seoul", "Ukraine", "South Korea"],
         "Pyongyang has sent 11,000-12,000 troops to Russia", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea dispatched some 3,000 additional soldiers to Russia in January and February", False),
        ("casualties", "north_korea", 3000, None, "about", NIS + ["lawmaker"],
         "North Korean casualties in the fighting are estimated at around 3,000", False),
        ("casualties", "north_korea", 4000, None, "about", ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "put the number of North Koreans killed or wounded at about 4,000", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "One of the two North Korean soldiers captured by Ukraine in January", False),
    ],
    "009": [
        ("troops", "north_korea", 15000, None, "about", NIS_LEE,
         "North Korea has sent around 15,000 soldiers to Russia in total", False),
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "roughly 4,700 have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "some 600 of them fatally", False),
    ],
    "011": [],
    "013": [
        ("troops", "north_korea", 15000, None, "about", ["South Korean intelligence", "South Korea", "NIS", "National Intelligence Service"],
         "roughly fifteen thousand North Korean servicemen have been through the Kursk region since the autumn of 2024", False),
        ("killed", "north_korea", 2000, None, "about", NIS + ["Seoul"],
         "about 2,000 North Korean soldiers had died in the fighting", False),
        ("troops", "north_korea", 2000, 9000, "vague", ["NIS", "National Intelligence Service", "South Korea"],
         "several thousand of them have already arrived", True),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
         "Ukraine has confirmed only two captures", False),
    ],
    "014": [
        ("killed", "north_korea", 101, None, "exact", ["NK News", "KCTV"],
         "the portraits of 101 of the fallen", False),
        ("troops", "north_korea", 15000, None, "about", ["unattributed"],
         "The North sent about 15,000 soldiers to Russia", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "thousands have been killed or wounded", True),
        ("troops", "north_korea", 200, 900, "vague", ["South Korean officials", "South Korea"],
         "hundreds of North Korean military engineers are still in Kursk clearing mines", True),
    ],
}

NOT = {
    "000": ["a total of 10,000 there by December", "every 100 North Korean soldiers", "about US$2,000 a month",
            "2 dead, 5 injured in Gyeonggi warehouse fire", "between Oct. 8 and 13", "9.1 tln won"],
    "001": ["52 of the 79", "Another 25 drones", "32 Russian assaults", "400 million euros", "over 15,000 members",
            "UAH/USD 41.26"],
    "003": ["1,580 soldiers, 12 artillery systems", "Views: 2 417"],
    "004": ["240mm multiple rocket launchers", "170mm self-propelled guns",
            "Map Shows Where North Korea's 11,000 Troops Are Fighting in Kursk", "Russia Loses 3 Fighter Jets in a Week"],
    "005": ["aged 20 and 26"],
    "007": ["170-mm self-propelled guns", "240-mm multiple rocket launchers", "4.5 billion yen"],
    "009": ["N. Korea sent 3K more troops to Russia early this year: NIS", "Why 70,000 young Koreans have stopped looking for work",
            "51% say they will vote for opposition candidate", "some six months"],
    "011": ["1,000 sappers", "5,000 military builders",
            "one thousand sappers for demining and five thousand military builders",
            "Over 1.5 mln explosive objects", "Article 4", "June 19, 2024"],
    "013": ["1,000 sappers and 5,000 military builders", "more than three times", "up to 15 years in prison", "$5 a month"],
    "014": ["some 18,000 South Korean troops", "At least 20 dead as monsoon floods hit northern Pakistan", "Paris rents rise 4%"],
}

OFF = ["002", "006", "008", "012"]
DUP = {"010": "005"}

MONTHS = "months apart: the deployment grew (reinforcements), a cumulative total against an early count"
conflicts = {
    "must": [
        ["003-1", "004-1", "more than 3,000 casualties (Zelensky, Dec 23) against about 1,100 (South Korea's JCS, report of Dec 23), articles three days apart"],
        ["007-2", "007-3", "about 3,000 casualties (South Korea's NIS) against about 4,000 (Ukraine's military intelligence), the same week, in one article"],
    ],
    "may": [
        # troops: an early count during the deployment against later, larger totals
        ["000-1", "001-1", "3,000 sent so far (Oct 23) against 11,000 in Kursk (Nov 5): two weeks apart while the deployment was under way"],
        ["000-1", "001-2", "3,000 sent so far (Oct 23) against 10,000-12,000 (Nov 5): two weeks apart while the deployment was under way"],
        ["000-1", "004-4", "3,000 sent so far (Oct) against some 11,000 (Dec): two months apart"],
        ["000-1", "005-4", "3,000 sent so far (Oct) against 11,000-12,000 (Jan): months apart"],
        ["000-1", "009-1", "3,000 (Oct 2024) against 15,000 in total (Apr 2025): " + MONTHS],
        ["000-1", "013-1", "3,000 (Oct 2024) against fifteen thousand (Sep 2025): " + MONTHS],
        ["000-1", "014-2", "3,000 (Oct 2024) against 15,000 (Aug 2025): " + MONTHS],
        ["001-1", "009-1", "11,000 (Nov 2024) against 15,000 in total (Apr 2025): " + MONTHS],
        ["001-1", "013-1", "11,000 (Nov 2024) against fifteen thousand (Sep 2025): " + MONTHS],
        ["001-1", "014-2", "11,000 (Nov 2024) against 15,000 (Aug 2025): " + MONTHS],
        ["001-2", "009-1", "10,000-12,000 (Nov 2024) against 15,000 in total (Apr 2025): " + MONTHS],
        ["001-2", "013-1", "10,000-12,000 (Nov 2024) against fifteen thousand (Sep 2025): " + MONTHS],
        ["001-2", "014-2", "10,000-12,000 (Nov 2024) against 15,000 (Aug 2025): " + MONTHS],
        ["003-2", "009-1", "up to 12,000 (Dec 2024) against 15,000 in total (Apr 2025): " + MONTHS],
        ["003-2", "013-1", "up to 12,000 (Dec 2024) against fifteen thousand (Sep 2025): " + MONTHS],
        ["003-2", "014-2", "up to 12,000 (Dec 2024) against 15,000 (Aug 2025): " + MONTHS],
        ["004-4", "009-1", "some 11,000 (Dec 2024) against 15,000 in total (Apr 2025): " + MONTHS],
        ["004-4", "013-1", "some 11,000 (Dec 2024) against fifteen thousand (Sep 2025): " + MONTHS],
        ["004-4", "014-2", "some 11,000 (Dec 2024) against 15,000 (Aug 2025): " + MONTHS],
        ["005-4", "009-1", "11,000-12,000 (Jan 2025) against 15,000 in total (Apr 2025): " + MONTHS],
        ["005-4", "013-1", "11,000-12,000 (Jan 2025) against fifteen thousand (Sep 2025): " + MONTHS],
        ["005-4", "014-2", "11,000-12,000 (Jan 2025) against 15,000 (Aug 2025): " + MONTHS],
        # troops: 'an additional' 3,000 against totals
        ["007-1", "001-1", "an additional 3,000 (Feb 2025) against 11,000 (Nov 2024)"],
        ["007-1", "001-2", "an additional 3,000 against 10,000-12,000"],
        ["007-1", "004-4", "an additional 3,000 against some 11,000"],
        ["007-1", "005-4", "an additional 3,000 against 11,000-12,000"],
        ["007-1", "009-1", "an additional 3,000 against 15,000 in total"],
        ["007-1", "013-1", "an additional 3,000 against fifteen thousand in total"],
        ["007-1", "014-2", "an additional 3,000 against 15,000 in total"],
        # casualties: cumulative figures months apart
        ["003-1", "007-2", "more than 3,000 (Dec 2024) against around 3,000 (Feb 2025), two months apart"],
        ["004-1", "007-2", "about 1,100 (Dec 2024) against around 3,000 (Feb 2025), two months apart"],
        ["004-1", "007-3", "about 1,100 (Dec 2024) against about 4,000 (Feb 2025), two months apart"],
        ["004-1", "009-2", "about 1,100 (Dec 2024) against 4,700 (Apr 2025), four months apart"],
        ["007-2", "009-2", "NIS about 3,000 (Feb) raised to 4,700 (Apr): an update of a cumulative count, two months apart"],
        ["007-3", "009-2", "about 4,000 (Feb, Ukraine) against 4,700 (Apr, NIS), two months apart"],
        # killed: the NIS count rising over the months
        ["005-1", "009-3", "NIS about 300 killed (Jan) raised to 600 (Apr): an update of a cumulative count, months apart"],
        ["005-1", "013-2", "NIS about 300 killed (Jan) raised to 2,000 (Sep): an update, months apart"],
        ["009-3", "013-2", "NIS about 600 killed (Apr) raised to 2,000 (Sep): an update, months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
