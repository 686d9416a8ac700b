#!/usr/bin/env python3
"""Gold labels for testdata/blind620 (run: python3 gold.py > gold.json)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind620: fifteen articles written and labelled blind for crosscheck "
         "(North Korean troops in Russia's Kursk region, October 2024 - December 2025). "
         "Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "Lee Seong-kweun", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "South Korean military"]
HUR = ["HUR", "military intelligence", "Defence Intelligence", "Defense Intelligence", "Ukraine"]

A = {
    # The Kyiv Independent, 2025-01-16
    "000": [
        ("casualties", "north_korea", 4000, None, "more_than", HUR,
         "lost more than 4,000 soldiers killed and wounded", False),
        ("killed", "north_korea", 1000, None, "more_than", HUR + ["spokesperson"],
         "Over 1,000 of them were killed", False),
        ("killed", "north_korea", 200, 900, "vague", HUR + ["spokesperson"],
         "Several hundred died in a single week at the end of December alone", True),
        ("captured", "north_korea", 2, None, "exact",
         ["Security Service of Ukraine", "SBU", "Ukraine", "Ukrainian special forces", "unattributed"],
         "the two North Korean soldiers captured by Ukrainian special forces on Jan. 9", False),
        ("casualties", "russia", 38000, None, "about", ["General Staff", "Ukraine"],
         "Russian forces have meanwhile lost about 38,000 troops killed and wounded in Kursk Oblast", False),
    ],
    # POLITICO NatSec Daily, 2024-10-29
    "002": [
        ("troops", "north_korea", 10000, None, "about", ["Sabrina Singh", "Pentagon", "United States", "US"],
         'North Korea has sent "approximately 10,000" soldiers to train in eastern Russia', False),
        ("troops", "north_korea", 3000, None, "about",
         ["administration", "Biden administration", "United States", "US", "Pentagon", "Sabrina Singh"],
         "the 3,000 or so the administration cited last week", False),
        ("troops", "north_korea", 10000, 12000, "range", ["Ukrainian officials", "Ukraine", "Kyiv"],
         "Ukrainian officials have put the figure at between 10,000 and 12,000", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["U.S. official", "US official", "United States", "US"],
         '"several thousand" are already within striking distance of the Ukrainian border', True),
    ],
    # Le Monde (English), 2025-04-30
    "003": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "North Korean losses stood at about 4,700", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "around 600 of them killed", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "some three thousand killed and wounded in the agency's January assessment", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
         "the two North Korean prisoners held by Ukraine since January", False),
    ],
    # Yonhap, 2025-01-13
    "004": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "2,700 others wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Zelenskyy", "Zelensky", "Ukraine"],
         "Ukraine had captured two North Korean soldiers", False),
    ],
    # AFP, 2024-12-23 (011 is a syndicated copy)
    "006": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "more than 3,000 North Korean soldiers had been killed or wounded in Russia's Kursk region", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "North Korean troops had suffered around 1,100 casualties", False),
        ("casualties", "north_korea", 200, 900, "vague", ["Washington", "United States", "US"],
         'North Korean soldiers had suffered "several hundred" casualties', True),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "North Korea has sent around 11,000 soldiers to Russia", False),
    ],
    # TASS, 2025-06-17
    "007": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the enemy lost more than 76,000 servicemen", False),
    ],
    # Korea JoongAng Daily, 2024-12-19
    "008": [
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "roughly 1,000 others have been wounded", False),
        ("troops", "north_korea", 11000, 12000, "range", NIS,
         "Some 11,000-12,000 North Korean soldiers are in Russia", False),
    ],
    # NHK World-Japan, 2025-02-27
    "010": [
        ("troops", "north_korea", 3000, None, "at_least", JCS,
         "an additional three thousand or more troops", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "the roughly 11,000 soldiers the North sent last autumn", False),
    ],
    # DW, 2025-12-14
    "012": [
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korea", "Pyongyang"],
         "nine members of the regiment had been killed during the mission", False),
        ("troops", "north_korea", 12000, None, "up_to", ["Ukraine", "South Korea", "Kyiv", "Seoul"],
         "up to 12,000 were sent in a first wave", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["Seoul", "South Korea"],
         "Several thousand more followed in early 2025", True),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the war", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "up from around 600 in April", False),
    ],
    # Kyiv Post live blog, 2024-11-05
    "014": [
        ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "There are already eleven thousand North Korean soldiers in the Kursk region", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "the North Korean contingent includes about 500 officers", False),
    ],
}

NOT = {
    "000": ["groups of 20 to 30", "a 20-year-old rifleman", "aged 26",
            "Russia has lost 818,000 troops in Ukraine since February 2022",
            "Russia launches 64 drones overnight, 41 shot down", "500 kilometers inside Russia"],
    "002": ["as many as 12,000 troops in all by December", "about 20 targets", "$2 billion",
            "7 DAYS", "Monday, Nov. 11"],
    "003": ["more than 1 million barrels", "June 2024", "a presidency in 10 charts", "Time to read 4 min"],
    "004": ["born in 2005", "born in 1999", "since 2016", "N. Korea fires 1 ballistic missile",
            "KOSPI closes 1.04 pct lower at 2,489.56"],
    "006": ["around 200 long-range artillery pieces", "several hundred square kilometres",
            "within three kilometres", "downed 42 Ukrainian drones"],
    "007": ["1,000 sappers", "5,000 military builders", "over 7,000 units of weapons",
            "second visit to Pyongyang in two weeks", "Article 4"],
    "008": ["one of 12 lawmakers", "more than 20,000 containers", "1,450 per dollar"],
    "010": ["240-millimeter multiple rocket launchers", "115.5 trillion yen", "up over 80 percent"],
    "012": ["1,000 sappers", "5,000 military construction workers", "120 days",
            "around 20 trillion won ($14 billion)"],
    "014": ["41 of 62 drones", "12,000 households", "day 92", "600 km Behind Front Line", "Day 986"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"011": "006"}

conflicts = {
    "must": [
        ["006-1", "006-2",
         "more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's JCS), the same day, in one article"],
        ["000-2", "004-1",
         "more than 1,000 killed (Ukraine's HUR, Jan 16) against about 300 killed (South Korea's NIS, Jan 13), three days apart"],
    ],
    "may": [
        # casualties
        ["000-1", "003-3", "more than 4,000 (HUR, Jan 16) against the NIS's January figure of some 3,000, reported months later"],
        ["000-1", "006-2", "more than 4,000 in mid-January against about 1,100 three weeks earlier: a fast-rising count"],
        ["003-1", "003-3", "the NIS's cumulative count rising from some 3,000 (January) to about 4,700 (April): an update"],
        ["003-1", "006-2", "about 4,700 in April against about 1,100 in December, months apart"],
        ["003-3", "006-1", "about 3,000 (NIS, January) against more than 3,000 (Zelensky, December)"],
        ["003-3", "006-2", "about 3,000 (NIS, January) against about 1,100 (JCS, December): a rising count"],
        # killed
        ["000-2", "003-2", "more than 1,000 killed (HUR, January) against about 600 (NIS, April), months apart"],
        ["000-2", "012-5", "more than 1,000 killed (HUR, January) against about 600 (NIS, April, recalled in December)"],
        ["003-2", "004-1", "the NIS's count rising from about 300 (January) to about 600 (April): an update"],
        ["003-2", "012-4", "the NIS's count rising from about 600 (April) to about 2,000 (September): an update"],
        ["004-1", "012-4", "about 300 (January) against about 2,000 (September), months apart"],
        ["004-1", "012-5", "about 300 (January) against about 600 (April), months apart"],
        ["012-4", "012-5", "the NIS's count rising from about 600 to about 2,000: an update in one article"],
        # wounded
        ["004-2", "008-2", "the NIS's wounded count rising from about 1,000 (Dec 19) to 2,700 (Jan 13)"],
        # troops
        ["002-1", "006-4", "about 10,000 in eastern Russia (October) against about 11,000 (December)"],
        ["002-1", "008-3", "about 10,000 (October) against 11,000-12,000 (December)"],
        ["002-1", "010-2", "about 10,000 (October) against about 11,000 sent in the autumn (said in February)"],
        ["002-1", "014-1", "about 10,000 in eastern Russia (Pentagon) against 11,000 in Kursk (Zelensky) a week later"],
        ["002-2", "002-3", "the 3,000 or so cited a week earlier against Kyiv's 10,000-12,000"],
        ["002-2", "006-4", "the 3,000 or so cited in October against about 11,000 in December"],
        ["002-2", "008-3", "the 3,000 or so cited in October against 11,000-12,000 in December"],
        ["002-2", "010-2", "the 3,000 or so cited in October against about 11,000 sent in the autumn"],
        ["002-2", "014-1", "the 3,000 or so cited on Oct 23 against 11,000 on Nov 5"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
