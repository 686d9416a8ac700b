#!/usr/bin/env python3
"""Gold labels for testdata/blind447 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind447: 15 articles written in our own words about the real story's known "
         "reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "Seoul"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "some 1,500 special operations troops to Russia's Far East", False),
        ("troops", NK, 12000, None, "up_to", NIS,
         "a force of up to 12,000 soldiers, including the special forces, was being shipped out in stages", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "more_than",
         ["Matthew Miller", "U.S. State Department", "State Department", "United States", "Washington"],
         "more than 10,000 North Korean troops had now been sent to Russia in total", False),
        ("troops", NK, 8000, None, "about",
         ["Matthew Miller", "U.S. State Department", "State Department", "United States", "Washington"],
         "around 8,000 had been moved to Kursk", False),
        ("troops", NK, 11000, None, "exact",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Kyiv"],
         "There are already 11,000 soldiers from North Korea in the Kursk region", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea"],
         "have taken roughly 1,100 casualties, killed and wounded combined", False),
        ("troops", NK, 11000, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea"],
         "the North was believed to have roughly 11,000 soldiers in Russia", False),
        ("killed", NK, 100, None, "at_least", ["Lee Seong-kweun"] + NIS,
         "the spy agency had confirmed the deaths of at least 100 North Korean soldiers", False),
        ("wounded", NK, 1000, None, "about", ["Lee Seong-kweun"] + NIS,
         "Nearly 1,000 more had been wounded", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "have lost more than 3,000 soldiers killed and wounded", False),
        ("killed", NK, 50, None, "about",
         ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
         "had killed nearly 50 North Korean soldiers near the villages of Plekhovo, Vorobzha and Martynovka", False),
        ("killed", NK, 200, 900, "vague", ["Andriy Yusov", "HUR", "Ukraine's military intelligence", "Ukraine"],
         "the North Koreans had suffered \"hundreds\" of dead", True),
    ],
    "006": [
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces have taken two soldiers from North Korea prisoner in Russia's Kursk Oblast", False),
        ("casualties", NK, 3000, None, "about", NIS + ["lawmakers"],
         "the agency put overall North Korean casualties at around 3,000", False),
        ("killed", NK, 300, None, "about", NIS + ["lawmakers"],
         "about 300 are believed to have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["lawmakers"],
         "some 2,700 wounded", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Roughly eleven thousand North Korean soldiers were deployed to the Kursk area last autumn", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has sent some three thousand additional soldiers to Russia since January", False),
        ("troops", NK, 14000, None, "about", NIS,
         "The reinforcements lift the overall North Korean deployment to about 14,000", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 sent last autumn", False),
        ("troops", NK, 2000, 9999, "vague",
         ["Ukrainian military spokesperson", "Ukraine's military", "Ukraine"],
         "Several thousand North Korean troops are now back in the line near Sudzha", True),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS + ["Park Sun-won"],
         "North Korea has suffered around 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS + ["Park Sun-won"],
         "including some 600 deaths", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than",
         ["Russia's General Staff", "General Staff", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 troops in the Kursk direction", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS + ["Lee Seong-kweun"],
         "About 2,000 North Korean soldiers are estimated to have died fighting in Russia's war against Ukraine", False),
        ("troops", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 1,000 deminers had already arrived in the Kursk region", False),
        ("troops", NK, 10000, None, "less_than", NIS + ["Lee Seong-kweun"],
         "fewer than 10,000 North Korean soldiers are still in Russia", False),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range",
         ["Ukraine", "United States", "South Korea"],
         "ranged between 10,000 and 12,000 troops", False),
        ("troops", NK, 3000, None, "about", NIS,
         "roughly 3,000 reinforcements followed in early 2025", False),
        ("killed", NK, 2000, None, "about", NIS,
         "the NIS estimated that about 2,000 North Korean soldiers had died", False),
        ("casualties", NK, 6000, None, "about",
         ["British military intelligence", "British intelligence", "United Kingdom", "Britain", "UK"],
         "British military intelligence has put total North Korean casualties at some 6,000", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"],
         "Ukraine captured two soldiers in January 2025", False),
    ],
}

NOT = {
    "000": ["four brigades", "a Russian navy landing ship and three escort vessels", "Between Oct. 8 and 13",
            "the 11th Corps", "1,369.0 per dollar", "11-day combined air drills", "50 bln won"],
    "001": ["86 minutes", "over 7,000 kilometers", "Oct. 31", "1st phone talks"],
    "003": ["240-millimeter multiple rocket launchers", "170-mm self-propelled guns", "1,450 per dollar"],
    "005": ["groups of 20 to 30 troops", "78 Missiles, 106 Drones", "5,000+ members", "Dec. 15",
            "over three days of fighting"],
    "006": ["born in 2005", "26 years old", "45 of 94 Russian drones", "42.19 per dollar", "110 new types of weapons",
            "2 KABs"],
    "008": ["about 200 long-range artillery pieces", "2.3 million barrels", "2.75%", "1.6%"],
    "009": ["5,000-ton destroyer", "April 26", "Over 1.5 million travelers"],
    "011": ["1,000 sappers", "5,000 military construction workers", "third visit to Pyongyang in less than three months",
            "2.5 thousand homes", "August 2024"],
    "012": ["the rest of the 6,000 personnel Pyongyang pledged", "80 years since the end of World War II", "Sept. 3",
            "6th straight quarter"],
    "014": ["1,000 deminers and 5,000 military builders would come", "as much as $20 billion", "4 min", "January 2025"],
}

OFF = ["002", "007", "010", "013"]
DUP = {"004": "001"}

conflicts = {
    "must": [
        ["001-2", "001-3",
         "around 8,000 North Korean troops in Kursk (U.S. State Department) against 11,000 in Kursk (Zelensky), "
         "the same day, in one article"],
        ["003-1", "005-1",
         "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and "
         "wounded (Zelensky, Dec 23), articles three days apart"],
    ],
    "may": [
        ["001-2", "003-2", "8,000 in Kursk (Nov 4) against about 11,000 in Russia (JCS, Dec 23), seven weeks apart"],
        ["001-2", "006-5", "8,000 in Kursk (Nov 2024) against an unattributed eleven thousand (Jan 2025)"],
        ["001-2", "008-3", "8,000 in Kursk (Nov 2024) against 11,000 sent last autumn (NIS, Feb 2025)"],
        ["001-2", "014-1", "8,000 in Kursk (Nov 2024) against 10,000-12,000 for the first wave (Dec 2025 retrospective)"],
        ["000-2", "008-2", "up to 12,000 (Oct 2024) against about 14,000 after reinforcements (Feb 2025)"],
        ["003-2", "008-2", "about 11,000 (Dec 2024) against about 14,000 including reinforcements (Feb 2025)"],
        ["006-5", "008-2", "eleven thousand deployed last autumn against about 14,000 total after reinforcements"],
        ["008-2", "014-1", "about 14,000 total against 10,000-12,000 for the first wave"],
        ["001-1", "012-3", "more than 10,000 sent (Nov 2024) against fewer than 10,000 still in Russia (Sep 2025)"],
        ["001-3", "012-3", "11,000 in Kursk (Zelensky, Nov 2024) against fewer than 10,000 still in Russia (Sep 2025)"],
        ["003-2", "012-3", "about 11,000 in Russia (Dec 2024) against fewer than 10,000 still there (Sep 2025)"],
        ["008-2", "012-3", "about 14,000 (Feb 2025) against fewer than 10,000 still in Russia after rotations (Sep 2025)"],
        ["008-3", "012-3", "11,000 sent last autumn against fewer than 10,000 still in Russia (Sep 2025)"],
        ["006-5", "012-3", "eleven thousand (Jan 2025) against fewer than 10,000 still in Russia (Sep 2025)"],
        ["012-3", "014-1", "fewer than 10,000 still in Russia against 10,000-12,000 in the first wave"],
        ["003-1", "006-2", "1,100 casualties (JCS, Dec 23) against about 3,000 (NIS, Jan 13), a cumulative rise three weeks later"],
        ["005-1", "006-2", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13)"],
        ["006-2", "009-1", "about 3,000 (NIS, Jan) then about 4,700 (NIS, Apr): the same agency's cumulative count rising, months apart"],
        ["003-1", "009-1", "1,100 (Dec 2024) against 4,700 (Apr 2025), months apart"],
        ["009-1", "014-4", "4,700 (NIS, Apr) against some 6,000 (British intelligence, Dec), months apart"],
        ["003-1", "014-4", "1,100 (Dec 2024) against 6,000 (Dec 2025), a year apart"],
        ["006-2", "014-4", "3,000 (Jan 2025) against 6,000 (Dec 2025), months apart"],
        ["006-3", "009-2", "about 300 killed (Jan) then about 600 (Apr), the NIS's cumulative count rising"],
        ["009-2", "012-1", "about 600 killed (Apr) then about 2,000 (Sep), the NIS's cumulative count rising"],
        ["006-3", "012-1", "about 300 killed (Jan) against about 2,000 (Sep)"],
        ["006-3", "014-3", "about 300 killed (Jan) against about 2,000 (as of Sep)"],
        ["009-2", "014-3", "about 600 killed (Apr) against about 2,000 (as of Sep)"],
        ["003-4", "006-4", "nearly 1,000 wounded (Dec 19) then some 2,700 (Jan 13), a cumulative rise"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
