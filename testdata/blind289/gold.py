#!/usr/bin/env python3
"""Gold labels for testdata/blind289 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind289: fifteen articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025). See testdata/corpus/README.md for the meaning "
         "of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
NK = "north_korea"

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS + ["South Korea's spy agency"],
         "a first group of about 1,500 soldiers already shipped to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about",
         ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "U.S."],
         "North Korea has sent around 10,000 soldiers in total to train in eastern Russia", False),
    ],
    "003": [
        ("troops", NK, 10000, 12000, "range",
         ["Ukrainian, American and South Korean officials", "officials", "Ukraine", "United States", "South Korea"],
         "between 10,000 and 12,000 troops have been sent", False),
        ("troops", NK, 11000, None, "about",
         ["HUR", "Kyiv's military intelligence agency", "military intelligence", "Ukraine", "Kyiv"],
         "around eleven thousand of them were now in the Kursk region", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
         "about 1,100 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS + ["lawmakers"],
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS + ["lawmakers"],
         "close to 1,000 others had been wounded", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "The roughly 11,000-strong North Korean contingent", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Oleksandr Syrskyi"],
         "North Korean troops fighting for Russia in the Kursk region have now suffered more than 3,000 killed and wounded", False),
        ("casualties", NK, 1000, None, "more_than",
         ["John Kirby", "Kirby", "White House", "National Security Council", "United States", "Washington"],
         "North Korean units had taken more than 1,000 casualties in just the past week", False),
        ("casualties", "russia", 1690, None, "exact",
         ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "Russian forces had lost 1,690 soldiers killed or wounded over the past 24 hours", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "more_than", NIS + ["Lee Seong-kweun"],
         "North Korean losses in the Kursk region have now climbed past 3,000", False),
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Roughly 300 soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "300 soldiers have been killed and 2,700 wounded", False),
        ("captured", NK, 2, None, "exact",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Kyiv", "SBU", "Security Service of Ukraine"],
         "the two North Korean soldiers captured in Kursk last week", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", NIS + ["South Korea's spy agency"],
         "North Korea has sent roughly 3,000 additional soldiers to Russia since the start of the year", False),
        ("killed", NK, 100, 999, "vague",
         ["Ukraine's special operations forces", "special operations forces", "Ukraine"],
         "hundreds of North Korean soldiers had been killed in the January fighting", True),
    ],
    "009": [
        ("troops", NK, 15000, None, "about", NIS + ["Lee Seong-kweun"],
         "the roughly 15,000 soldiers that the North has dispatched to Russia since last autumn", False),
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 4,700 have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
         "including around 600 dead", False),
        ("killed", NK, 1000, None, "at_least",
         ["Western intelligence sources", "Western intelligence", "BBC"],
         "put North Korean deaths at no fewer than 1,000 over a period of just three months", False),
    ],
    "011": [
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine", "Ukrainian forces"],
         "the two North Korean soldiers captured by Ukrainian forces in January", False),
    ],
    "013": [
        ("killed", NK, 9, None, "exact",
         ["KCNA", "Korean Central News Agency", "state media", "North Korea", "Kim Jong Un"],
         "nine of the unit's soldiers had been killed during the mission", False),
        ("troops", NK, 1000, None, "about", NIS,
         "around 1,000 North Korean military engineers had been sent to Kursk to clear mines", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed since Pyongyang's forces entered combat in late 2024", False),
    ],
}

NOT = {
    "000": ["four amphibious landing ships and three escort ships", "Oct. 8 and 13", "the 11th Corps",
            "past 1 mln copies", "3.25 pct", "KOSPI at 2,593.91"],
    "001": ["about 100 U.S. soldiers", "could eventually send as many as 12,000", "a range of up to 300 kilometers",
            "the $425 million package", "155-millimeter artillery rounds"],
    "003": ["60mm mortars", "170mm Koksan self-propelled guns", "240mm multiple rocket launchers",
            "around $2,000 (€1,900) a month per soldier", "Ukraine war nears 1,000 days", "12 November"],
    "004": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "record $683 billion", "12 military commanders questioned", "Dec. 18"],
    "005": ["Over 12K North Korean Troops Could Rotate Into Kursk by Spring", "Three Killed in Russian Strike on Kharkiv",
            "nearly three times the estimate", "roughly 800 square kilometers", "Shares: 1.4K", "Comments (27)"],
    "006": ["aged 20", "January 9", "about 10 kilometers south", "61 of the 110 drones"],
    "007": ["1,436.50 per dollar", "as much as 4.2%", "25% Tariffs on EU", "Feb. 18"],
    "009": ["June 2024", "around $20 billion", "since 1953", "the previous 30 years", "June 3"],
    "011": ["1,000 sappers", "5,000 military construction workers", "second visit to the North in two weeks",
            "60 years of diplomatic ties", "0.6%"],
    "013": ["120 days", "several thousand more construction troops expected to follow",
            "more than 400 square kilometers", "as little as $2", "16.5%"],
}

OFF = ["002", "008", "012", "014"]
DUP = {"010": "005"}

conflicts = {
    "must": [
        ["004-1", "005-1", "about 1,100 casualties (South Korea's JCS, 23 Dec 2024) against more than 3,000 (Zelensky, reported 28 Dec 2024), five days apart"],
        ["009-3", "009-4", "about 600 killed (NIS via Lee Seong-kweun) against at least 1,000 killed (Western intelligence via the BBC), in the same article"],
    ],
    "may": [
        ["000-1", "001-1", "first batch of 1,500 (18 Oct) against about 10,000 in total ten days later: a growing deployment"],
        ["000-1", "003-1", "first batch of 1,500 against 10,000-12,000 four weeks later"],
        ["000-1", "003-2", "first batch of 1,500 against about 11,000 in Kursk four weeks later"],
        ["000-1", "004-4", "first batch of 1,500 against about 11,000, two months later"],
        ["000-1", "007-1", "two separate batches (1,500 in October, 3,000 more in early 2025), months apart"],
        ["000-1", "009-1", "first batch of 1,500 against about 15,000 in total, six months later"],
        ["000-1", "013-2", "1,500 special forces against 1,000 engineers, separate groups a year apart"],
        ["001-1", "003-2", "about 10,000 in Russia (28 Oct) against about 11,000 in Kursk (14 Nov)"],
        ["001-1", "004-4", "about 10,000 (October) against about 11,000 (December), two months apart"],
        ["001-1", "007-1", "about 10,000 against an additional 3,000, four months later"],
        ["001-1", "009-1", "about 10,000 (October 2024) against about 15,000 in total (April 2025)"],
        ["003-1", "007-1", "10,000-12,000 against an additional 3,000, months apart"],
        ["003-1", "009-1", "10,000-12,000 (November 2024) against about 15,000 in total (April 2025)"],
        ["003-2", "007-1", "about 11,000 against an additional 3,000, months apart"],
        ["003-2", "009-1", "about 11,000 (November 2024) against about 15,000 (April 2025)"],
        ["004-4", "007-1", "about 11,000 against an additional 3,000, two months apart"],
        ["004-4", "009-1", "about 11,000 (December 2024) against about 15,000 (April 2025)"],
        ["007-1", "009-1", "an additional 3,000 against about 15,000 in total, two months apart"],
        ["007-1", "013-2", "3,000 reinforcements against 1,000 engineers, separate groups months apart"],
        ["004-1", "006-1", "about 1,100 (JCS, December) against more than 3,000 (NIS, January): a cumulative figure three weeks later"],
        ["004-1", "009-2", "about 1,100 (December 2024) against about 4,700 (April 2025): months apart"],
        ["006-2", "009-3", "about 300 killed (January) against about 600 (April): the NIS's cumulative figure months later"],
        ["006-2", "009-4", "about 300 killed (NIS, January) against at least 1,000 over three months (Western intelligence, later)"],
        ["006-2", "013-3", "about 300 killed (January) against about 2,000 (September): months apart"],
        ["009-3", "013-3", "about 600 killed (April) against about 2,000 (September): the NIS's cumulative figure months later"],
        ["004-3", "006-3", "close to 1,000 wounded (NIS, December) against about 2,700 (NIS, January): a cumulative rise"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
