#!/usr/bin/env python3
"""Gold labels for testdata/blind397 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind397: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025). Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md for what counts as a claim and a conflict.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korean intelligence", "spy agency"]
US = ["senior defense official", "Department of Defense", "Pentagon", "United States", "U.S.", "US"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
HUR = ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukraine"]
SSO = ["Special Operations Forces", "Ukraine's Special Operations Forces", "Ukraine", "Kyiv"]
UN = ["unattributed"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun Won"],
         "North Korea has so far shipped around 3,000 soldiers to Russia", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, None, "about", US,
         "North Korea has sent approximately 10,000 soldiers in total to eastern Russia", False),
        ("troops", "north_korea", 8000, None, "up_to", US,
         "up to 8,000 have moved toward the border with Ukraine and are in Russia's Kursk oblast", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "around 1,100 North Korean soldiers have been killed or wounded", False),
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had died in combat", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "Roughly 1,000 more had been wounded", False),
        ("troops", "north_korea", 11000, None, "about", UN,
         "North Korea is estimated to have sent some 11,000 troops to Russia in October and November", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have already been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 11000, None, "about", HUR,
         "about 11,000 North Korean troops had been deployed to Kursk Oblast", False),
        ("casualties", "north_korea", 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "around 1,000 wounded", False),
    ],
    "006": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian soldiers have captured two North Korean servicemen in Kursk Oblast", False),
        ("casualties", "north_korea", 20, 99, "vague", SSO,
         "their drone teams had killed or wounded dozens of North Korean soldiers", True),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Ukraine"],
         "the two soldiers captured by Ukraine last week", False),
        ("killed", "north_korea", 1000, None, "more_than", SSO,
         "more than 1,000 North Koreans had been killed in Kursk", False),
    ],
    "009": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea appears to have sent about 3,000 additional troops to Russia this year", False),
        ("casualties", "north_korea", 200, 900, "vague", NIS,
         "hundreds of soldiers had been killed or wounded since the units went back into battle", True),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
         "Ukraine says it captured two North Korean soldiers in January", False),
    ],
    "011": [
        ("troops", "north_korea", 11000, 12000, "range", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "Pyongyang sent 11,000-12,000 troops to Kursk", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "roughly 3,000 more had arrived as reinforcements", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "around 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including some 600 deaths", False),
        ("captured", "north_korea", 2, None, "exact", UN,
         "Two North Korean soldiers were taken prisoner by Ukrainian forces in January", False),
    ],
    "012": [],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["South Korea's intelligence service"],
         "about two thousand North Korean soldiers have been killed fighting for Russia", False),
        ("troops", "north_korea", 11000, None, "about", ["Seoul", "South Korea"],
         "the North first sent roughly eleven thousand soldiers in the autumn of twenty twenty-four", False),
        ("troops", "north_korea", 3000, None, "about", ["Seoul", "South Korea"],
         "some three thousand more early this year", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["Seoul", "South Korea"],
         "several thousand North Korean soldiers are still in the Kursk region", True),
    ],
}

NOT = {
    "000": ["about 10,000 troops there by December", "four Russian navy landing and amphibious vessels",
            "S. Korea says 1,500 N. Korean special forces moved to Russia's Far East"],
    "002": ["well over 13,000 containers of munitions", "the 11th Corps", "a range of about 300 kilometers",
            "several thousand more in the coming months"],
    "003": ["Won falls past 1,450 per dollar", "three Constitutional Court justices", "Dec. 27"],
    "004": ["Budanov: North Korea could send 12K more troops to Russia by spring",
            "Russians attack Kharkiv with guided aerial bombs: 8 injured", "Join the 14,000 readers"],
    "006": ["he was born in 2005", "aged 26", "74 Shahed-type attack drones", "four Iskander-M ballistic missiles",
            "shot down 47 drones", "Russia's Losses in Ukraine Pass 800,000"],
    "007": ["Korean Air to fully integrate Asiana by 2027"],
    "009": ["around 220 artillery systems", "170-millimeter self-propelled guns",
            "240-millimeter multiple rocket launchers"],
    "011": ["some $20 billion"],
    "012": ["1,000 sappers", "5,000 military construction workers", "1,000 deminers", "5,000 military builders",
            "about two hours", "Article 4", "over 200 tonnes of humanitarian aid"],
    "013": ["six thousand more deminers and military builders", "Video length: 03:21 min",
            "more than three times its estimate in the spring"],
}

OFF = ["001", "005", "010", "014"]
DUP = {"008": "007"}

conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, 20 Dec 2024) against more than 3,000 "
                           "(Zelensky, 23 Dec 2024), three days apart"],
        ["007-1", "007-4", "about 300 killed (NIS) against more than 1,000 killed (Ukraine's Special Operations "
                           "Forces, the week before), in the same article"],
    ],
    "may": [
        ["000-1", "002-1", "about 3,000 sent so far (NIS, 23 Oct) against about 10,000 (US, 31 Oct): deployment still under way"],
        ["000-1", "003-4", "3,000 in October against 11,000 sent by November: two months apart, deployment under way"],
        ["000-1", "004-2", "3,000 in October against 11,000 in Kursk in November: weeks apart, deployment under way"],
        ["000-1", "011-1", "3,000 in October 2024 against 11,000-12,000 for the autumn, six months later"],
        ["000-1", "013-2", "3,000 in October 2024 against about 11,000 for the autumn, ten months later"],
        ["002-1", "003-4", "about 10,000 (31 Oct) against some 11,000 (Dec): seven weeks apart"],
        ["002-1", "004-2", "about 10,000 (31 Oct) against about 11,000 in Kursk (HUR, November)"],
        ["002-1", "011-1", "about 10,000 in October against 11,000-12,000, six months later"],
        ["002-1", "013-2", "about 10,000 in October against about 11,000, ten months later"],
        ["002-2", "003-4", "up to 8,000 in Kursk (31 Oct) against some 11,000 sent to Russia (Dec): part and whole, weeks apart"],
        ["002-2", "004-2", "up to 8,000 in Kursk (31 Oct) against about 11,000 in Kursk (HUR, November): weeks apart"],
        ["002-2", "011-1", "up to 8,000 in Kursk (31 Oct) against 11,000-12,000, six months later"],
        ["002-2", "013-2", "up to 8,000 in Kursk (31 Oct) against about 11,000, ten months later"],
        ["002-1", "009-1", "about 10,000 in total against about 3,000 additional troops, months later"],
        ["002-1", "011-2", "about 10,000 in total against roughly 3,000 reinforcements"],
        ["002-1", "013-3", "about 10,000 in total against some 3,000 more"],
        ["003-4", "009-1", "some 11,000 against about 3,000 additional troops"],
        ["003-4", "011-2", "some 11,000 against roughly 3,000 reinforcements"],
        ["003-4", "013-3", "some 11,000 against some 3,000 more"],
        ["004-2", "009-1", "about 11,000 against about 3,000 additional troops"],
        ["004-2", "011-2", "about 11,000 against roughly 3,000 reinforcements"],
        ["004-2", "013-3", "about 11,000 against some 3,000 more"],
        ["011-1", "009-1", "11,000-12,000 against about 3,000 additional troops"],
        ["011-1", "011-2", "11,000-12,000 against roughly 3,000 reinforcements, same article"],
        ["011-1", "013-3", "11,000-12,000 against some 3,000 more"],
        ["013-2", "009-1", "about 11,000 against about 3,000 additional troops"],
        ["013-2", "011-2", "about 11,000 against roughly 3,000 reinforcements"],
        ["013-2", "013-3", "about 11,000 against some 3,000 more, same article"],
        ["003-1", "011-3", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): months apart, cumulative"],
        ["007-1", "011-4", "about 300 killed (Jan) against some 600 (Apr), NIS: months apart, cumulative"],
        ["007-1", "013-1", "about 300 killed (Jan) against about 2,000 (Sep): months apart, cumulative"],
        ["007-4", "011-4", "more than 1,000 killed (Ukraine, Jan) against some 600 (NIS, Apr): months apart"],
        ["011-4", "013-1", "some 600 killed (Apr) against about 2,000 (Sep), NIS: months apart, cumulative"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
