#!/usr/bin/env python3
"""Gold labels for blind555 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for testdata/blind555/articles, a blind held-out set written in our own words. "
         "Same schema and rules as testdata/corpus/gold.json (see testdata/corpus/README.md).")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 3000, None, "about", NIS_LEE,
         "North Korea has moved some three thousand soldiers to Russia so far", False),
        ("troops", NK, 1500, None, "about", NIS_LEE,
         "The total includes about 1,500 special forces troops who were shipped to Vladivostok earlier this month", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "US"],
         "about 10,000 North Korean soldiers are in Russia", False),
        ("troops", NK, 8000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "US"],
         "around 8,000 of them moved to the Kursk border region in recent days", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Already eleven thousand North Korean soldiers are in the Kursk region", False),
        ("troops", NK, 500, None, "exact", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "the contingent includes 500 officers", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered about 1,100 casualties, killed and wounded", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "around 1,000 had been wounded", False),
        ("troops", NK, 10000, 12000, "range", ["Seoul", "South Korea"],
         "between 10,000 and 12,000 North Korean soldiers were dispatched to Russia", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "killed or wounded more than three thousand North Korean soldiers in Russia's Kursk region", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "exact", NIS_LEE + ["Seoul"],
         "3K North Korean casualties", False),
        ("killed", NK, 300, None, "exact", NIS_LEE + ["Seoul"],
         "300 of them killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "roughly 2,700 soldiers, had been wounded", False),
        ("casualties", NK, 4000, None, "more_than", ZEL,
         "North Korean losses in Kursk had passed 4,000 killed and wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in Kursk Oblast", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has sent around 3,000 more soldiers to Russia since January", False),
        ("troops", NK, 10000, None, "more_than", ["unattributed"],
         "North Korea sent more than 10,000 soldiers to Russia last year", False),
        ("killed", NK, 200, 999, "vague", NIS + ["Seoul"],
         "with hundreds killed", True),
        ("captured", NK, 2, None, "exact", ["Kyiv", "Ukraine"],
         "two captured North Korean soldiers are being held in Ukraine", False),
        ("casualties", UA, 58000, None, "more_than", ["Russia's defence ministry", "defence ministry", "Russia"],
         "Ukraine has lost more than 58,000 troops killed and wounded in the Kursk region since August", False),
    ],
    "010": [
        ("casualties", UA, 76000, None, "more_than", ["Gerasimov", "Valery Gerasimov", "General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded", False),
    ],
    "011": [
        ("troops", NK, 15000, None, "about", NIS,
         "North Korea has dispatched roughly 15,000 troops to Russia", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 of them have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "About 600 North Korean soldiers, the agency believes, have been killed in the fighting", False),
    ],
    "012": [
        ("troops", NK, 12000, None, "up_to",
         ["Western and South Korean officials", "Western officials", "South Korean officials", "South Korea"],
         "Pyongyang initially sent up to 12,000 soldiers to help Russia push Ukrainian troops out of Kursk", False),
        ("casualties", NK, 2000, 9999, "vague", ["unattributed"],
         "Several thousand North Korean soldiers have been killed or wounded", True),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won", "lawmakers"],
         "around 2,000 North Korean soldiers have died fighting for Russia", False),
        ("troops", NK, 1000, None, "about", NIS + ["Park Sun-won"],
         "about 1,000 North Korean sappers have been working to clear mines in Kursk since July", False),
    ],
}

NOT = {
    "000": ["roughly 10,000 there by December", "more than 100 Russian military terms",
            "mostly aged between 20 and 25", "about US$2,000 a month each", "two round trips",
            "sections of 2 inter-Korean roads", "22 pct", "2,581.06", "paras 4-8"],
    "001": ["the 11th Corps", "more than 70 years", "KN-23 missiles", "about 50 kilometers (30 miles)",
            "more than 1,000 drones in a week", "2:31", "a little more than two weeks"],
    "003": ["240-millimeter multiple rocket launchers", "170 mm self-propelled guns", "Dec. 3",
            "1,450 per dollar", "Dec. 18"],
    "004": ["3 injured", "about 783,000 (+1,630 over the past day)", "tanks - 9,563",
            "artillery systems - 21,112"],
    "006": ["born in 2005", "aged 26", "94 Shahed-type attack drones", "three Iskander-M ballistic missiles",
            "shot down 40 drones", "47 decoys", "Join 20,000 members"],
    "008": ["170mm self-propelled guns", "June last year"],
    "010": ["7,700 pieces of weaponry and military equipment", "412 tanks", "292 infantry fighting vehicles",
            "1,590 motor vehicles", "August 6, 2024", "two more settlements"],
    "011": ["Video 1:38", "two days after"],
    "012": ["1,000 sappers", "5,000 military construction workers", "second trip to North Korea in two weeks",
            "Kim Jong Un's 12K Soldiers", "eight months"],
    "013": ["The 5,000 military construction workers Pyongyang promised Moscow in June",
            "more than three times its estimate", "63%", "5.1% wage deal", "Aug. 21"],
}

OFF = ["002", "005", "007", "009"]
DUP = {"014": "008"}

conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and "
                           "wounded (Zelensky, Dec 26): incompatible, same metric and period, three days apart"],
        ["001-2", "001-3", "around 8,000 in Kursk (Pentagon) against eleven thousand in Kursk (Zelensky), "
                           "in the same article on the same day"],
        ["006-1", "006-4", "3K casualties (South Korea's NIS, Jan 13) against more than 4,000 killed and wounded "
                           "(Zelensky, Jan 12), in the same live blog"],
    ],
    "may": [
        ["000-1", "001-1", "3,000 so far (NIS, Oct 23) against about 10,000 (Pentagon, Nov 5): deployment still growing"],
        ["000-1", "001-2", "3,000 so far (Oct 23) against 8,000 in Kursk (Nov 5): deployment still growing"],
        ["000-1", "001-3", "3,000 so far (Oct 23) against 11,000 in Kursk (Nov 5): deployment still growing"],
        ["000-1", "003-4", "3,000 (Oct) against 10,000-12,000 (Dec): two months apart"],
        ["000-1", "008-2", "3,000 (Oct 2024) against more than 10,000 sent last year (Feb 2025): months apart"],
        ["000-1", "011-1", "3,000 (Oct 2024) against 15,000 in all (Apr 2025): months apart"],
        ["001-1", "001-3", "about 10,000 in Russia against 11,000 in Kursk: close, both estimates"],
        ["001-1", "008-2", "about 10,000 against more than 10,000: bound nearly satisfied, months apart"],
        ["001-2", "003-4", "8,000 in Kursk (Nov) against 10,000-12,000 sent (Dec): seven weeks apart"],
        ["001-2", "008-2", "8,000 (Nov) against more than 10,000 sent last year (Feb): months apart"],
        ["001-1", "011-1", "10,000 (Nov 2024) against 15,000 in all (Apr 2025), reinforcements between"],
        ["001-2", "011-1", "8,000 (Nov 2024) against 15,000 in all (Apr 2025), reinforcements between"],
        ["001-3", "011-1", "11,000 (Nov 2024) against 15,000 in all (Apr 2025), reinforcements between"],
        ["003-4", "011-1", "10,000-12,000 (Dec 2024) against 15,000 in all (Apr 2025), reinforcements between"],
        ["011-1", "012-1", "15,000 in all against up to 12,000 sent initially"],
        ["008-1", "001-1", "an additional 3,000 (Feb 2025) against a total"],
        ["008-1", "001-2", "an additional 3,000 (Feb 2025) against a total"],
        ["008-1", "001-3", "an additional 3,000 (Feb 2025) against a total"],
        ["008-1", "003-4", "an additional 3,000 (Feb 2025) against a total"],
        ["008-1", "008-2", "an additional 3,000 against more than 10,000 sent last year"],
        ["008-1", "011-1", "an additional 3,000 against 15,000 in all"],
        ["003-1", "006-4", "1,100 (JCS, Dec 23) against more than 4,000 (Zelensky, Jan 12): three weeks apart"],
        ["004-1", "006-1", "more than 3,000 (Zelensky, Dec) against 3K (NIS, Jan): bound arguably satisfied"],
        ["003-1", "012-2", "1,100 (Dec 2024) against several thousand (Jun 2025): months apart, vague"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
