#!/usr/bin/env python3
"""Gold labels for testdata/blind403 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
PENTAGON = ["Pentagon", "Sabrina Singh", "Singh", "United States", "U.S.", "US"]
ZELENSKY = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Ukraine"]

A = {
    # NHK World-Japan, 2025-01-13
    "000": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "roughly 2,700 injured", False),
        ("captured", "north_korea", 2, None, "exact", NIS_LEE + ZELENSKY,
         "Ukraine had captured two North Korean soldiers in Russia's Kursk region", False),
    ],
    # Politico, 2024-11-05
    "002": [
        ("troops", "north_korea", 10000, None, "about", PENTAGON,
         "Roughly 10,000 North Korean soldiers have now arrived in eastern Russia", False),
        ("troops", "north_korea", 8000, None, "up_to", PENTAGON,
         "as many as 8,000 of them have moved into Kursk", False),
        ("troops", "north_korea", 11000, None, "exact", ZELENSKY,
         "Eleven thousand North Korean soldiers are already in the Kursk region", False),
    ],
    # Associated Press, 2025-12-13
    "003": [
        ("killed", "north_korea", 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"],
         "nine of the regiment's soldiers were killed during the mission", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died fighting for Russia", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"],
         "Two North Korean soldiers captured by Ukraine in January", False),
    ],
    # Korea JoongAng Daily, 2024-12-23
    "005": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "some 1,100 North Korean troops have been killed or wounded", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "around 1,000 others had been wounded", False),
        ("troops", "north_korea", 11000, 12000, "range", NIS,
         "the North sent an estimated 11,000-12,000 soldiers to Russia", False),
    ],
    # AFP, 2025-02-27 (011 is a syndicated copy)
    "006": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has sent roughly 3,000 additional soldiers to Russia", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"] + NIS,
         "the 11,000 or so soldiers the nuclear-armed North deployed last autumn", False),
    ],
    # TASS, 2025-06-17
    "007": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Gerasimov", "Valery Gerasimov", "Russian General Staff", "Russia"],
         "the Ukrainian army lost over 76,000 servicemen", False),
    ],
    # The Kyiv Independent, 2024-12-26
    "009": [
        ("casualties", "north_korea", 3000, None, "more_than", ZELENSKY + ["Syrskyi", "Oleksandr Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", "north_korea", 30, None, "at_least",
         ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    # Yonhap, 2024-10-18
    "010": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "North Korea has sent around 1,500 special forces troops to Russia's Far East", False),
    ],
    # The Guardian live blog, 2025-01-11
    "012": [
        ("captured", "north_korea", 2, None, "exact", ZELENSKY,
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
        ("killed", "north_korea", 200, 900, "vague",
         ["special operations forces", "Ukraine's special operations forces", "SSO", "Ukraine"],
         "several hundred North Korean soldiers had been killed", True),
        ("casualties", "russia", 1830, None, "exact", ["general staff", "Ukraine's general staff", "Ukraine"],
         "Russia lost 1,830 troops over the past 24 hours", False),
        ("casualties", "russia", 811000, None, "about", ["general staff", "Ukraine's general staff", "Ukraine"],
         "bringing its total losses since the full-scale invasion began to about 811,000", False),
    ],
    # Le Monde (English), 2025-04-30
    "014": [
        ("troops", "north_korea", 14000, None, "about", NIS_LEE,
         "around 14,000 North Korean troops have been sent to Russia in all", False),
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "North Korean casualties now stand at about 4,700", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "around 600 of them were killed", False),
    ],
}

NOT = {
    "000": ["aged 20", "aged 26", "Video 1:36", "about 1.03 million birds", "up to 70 cm"],
    "002": ["several thousand more could follow", "a range of about 300 kilometers",
            "more than $60 billion in military aid"],
    "003": ["1,000 sappers", "5,000 military construction workers", "lasted about 120 days",
            "6,000 North Korean engineers and builders will follow"],
    "005": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "1,451.4 per dollar", "Exports up 6.6%", "2.4 trillion won"],
    "006": ["some 200 long-range artillery pieces"],
    "007": ["1,000 sappers", "5,000 military builders", "June 19, 2024", "his third since March"],
    "009": ["122 mm howitzer", "almost three times higher", "over three days",
            "78 missiles, 106 drones"],
    "010": ["four Russian navy transport ships", "the 11th Corps",
            "the total could eventually reach some 12,000 troops in four brigades",
            "more than 13,000 containers", "up to 12K troops", "over 1 million copies"],
    "012": ["74 drones", "47 drones had been shot down", "183 tankers", "Comments (1,204)"],
    "014": ["Article 4", "two days after", "dozens of ballistic missiles"],
}

OFF = ["001", "004", "008", "013"]
DUP = {"011": "006"}

MAY = []
def may(a, b, why):
    MAY.append([a, b, why])

# troops, north_korea
may("010-1", "005-4", "an initial batch of about 1,500 (Oct 2024) against 11,000-12,000 two months later: a part, and months apart")
may("010-1", "006-1", "first batch of 1,500 (Oct 2024) against 3,000 reinforcements (Feb 2025): different contingents, months apart")
may("010-1", "006-2", "first batch of 1,500 (Oct 2024) against the 11,000 or so sent that autumn: a part, months apart")
may("010-1", "014-1", "first batch of 1,500 (Oct 2024) against about 14,000 in all (Apr 2025): a part, months apart")
may("002-1", "002-3", "about 10,000 in eastern Russia (Pentagon) against 11,000 in Kursk (Zelensky): different scope")
may("002-1", "005-4", "about 10,000 (Nov 2024) against 11,000-12,000 (Dec 2024), seven weeks apart while the deployment grew")
may("002-1", "006-1", "about 10,000 against an additional 3,000, months apart")
may("002-1", "006-2", "about 10,000 (Nov 2024) against about 11,000 (Feb 2025), months apart")
may("002-1", "014-1", "about 10,000 (Nov 2024) against about 14,000 in all (Apr 2025), months apart, cumulative")
may("002-2", "005-4", "as many as 8,000 in Kursk (Nov 2024) against 11,000-12,000 in Russia (Dec 2024), seven weeks apart")
may("002-2", "006-2", "as many as 8,000 in Kursk (Nov 2024) against about 11,000 (Feb 2025), months apart")
may("002-2", "014-1", "as many as 8,000 in Kursk (Nov 2024) against about 14,000 in all (Apr 2025), months apart")
may("002-3", "006-1", "11,000 (Nov 2024) against an additional 3,000 (Feb 2025)")
may("002-3", "014-1", "11,000 (Nov 2024) against about 14,000 in all (Apr 2025), months apart, cumulative")
may("005-4", "006-1", "11,000-12,000 against an additional 3,000")
may("005-4", "014-1", "11,000-12,000 (Dec 2024) against about 14,000 in all (Apr 2025), months apart, cumulative")
may("006-1", "006-2", "an additional 3,000 against the 11,000 or so sent earlier")
may("006-1", "014-1", "an additional 3,000 against about 14,000 in all")
may("006-2", "014-1", "about 11,000 sent last autumn against about 14,000 in all, two months apart, cumulative")
# casualties, north_korea
may("005-1", "014-2", "about 1,100 (JCS, Dec 2024) against about 4,700 (NIS, Apr 2025): months apart, cumulative rise")
# killed, north_korea
may("000-1", "014-3", "about 300 killed (NIS, Jan 2025) against about 600 (NIS, Apr 2025): months apart, cumulative")
may("000-1", "003-2", "about 300 killed (Jan 2025) against about 2,000 (Sept 2025): months apart, cumulative")
may("000-1", "003-1", "300 killed in all (Jan 2025) against nine engineers killed (Dec 2025): a part, months apart")
may("012-2", "003-2", "several hundred killed in a week (Jan 2025) against about 2,000 in all (Sept 2025)")
may("012-2", "003-1", "several hundred killed (Jan 2025) against nine engineers killed (Dec 2025): a part")
may("014-3", "003-2", "about 600 killed (Apr 2025) against about 2,000 (Sept 2025): months apart, cumulative")
may("014-3", "003-1", "600 killed in all (Apr 2025) against nine engineers killed (Dec 2025): a part")
may("005-2", "003-1", "at least 100 killed (Dec 2024) against nine engineers killed (Dec 2025): a part, a year apart")

conflicts = {
    "must": [
        ["002-2", "002-3", "as many as 8,000 North Korean troops in Kursk (Pentagon) against 11,000 in Kursk (Zelensky), the same day, in one article"],
        ["005-1", "009-1", "about 1,100 North Korean casualties (South Korea's JCS) against more than 3,000 (Zelensky), both stated on 23 Dec 2024, reported three days apart"],
    ],
    "may": MAY,
}

about = ("Gold labels for testdata/blind403/articles, written and labelled blind. "
         "See testdata/corpus/README.md for the meaning of every field and how output is scored.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
