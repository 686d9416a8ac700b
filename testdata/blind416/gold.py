#!/usr/bin/env python3
"""Gold labels for testdata/blind416 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind416: 15 articles written in our own words about the real story's known "
         "reporting, in the format of testdata/corpus (see its README.md).")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "intelligence service"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Ukraine"]
RUMOD = ["Russian Defense Ministry", "Defense Ministry", "Russian Ministry of Defence", "Russia"]

A = {
    # Korea Herald style, Oct 23 2024
    "000": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun-won"],
         "North Korea has moved around 3,000 soldiers to Russia so far this month", False),
    ],
    # Reuters style, Oct 31 2024
    "002": [
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "United States", "U.S.", "US", "State Department"],
         "Some 8,000 North Korean soldiers have been moved to Russia's Kursk region near the Ukrainian border", False),
        ("troops", "north_korea", 10000, None, "about",
         ["Pentagon", "United States", "U.S.", "US", "Department of Defense"],
         "in all about 10,000 North Korean troops have been sent to eastern Russia for training", False),
    ],
    # Ukrinform style, Nov 5 2024
    "003": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "The number of North Korean military personnel in Russia's Kursk region has already reached 11,000", False),
        ("troops", "north_korea", 500, None, "about",
         ["Defense Intelligence of Ukraine", "Defense Intelligence", "HUR", "GUR", "Ukraine"],
         "the North Korean contingent sent to Russia included some 500 officers", False),
    ],
    # DW style, Dec 24 2024
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi", "Oleksandr Syrskyi"],
         "North Korean losses in the Kursk region had passed 3,000 dead and injured", False),
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"],
         "some 1,100 North Korean troops were believed to have been killed or wounded", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "Pyongyang is believed to have sent thousands of soldiers to Russia this autumn", True),
    ],
    # Guardian live blog style, Jan 13 2025
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "about 300 North Korean troops have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "have been killed and 2,700 wounded while fighting for Russia", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "the two North Korean soldiers captured in the Kursk region", False),
        ("killed", "north_korea", 200, 900, "vague",
         ["Ukraine's special operations forces", "special operations forces", "Ukraine"],
         "their units had killed hundreds of North Korean soldiers over the past week", True),
    ],
    # TASS style, Jan 14 2025
    "007": [
        ("captured", "north_korea", 2, None, "exact", ["Kiev", "Kyiv", "Ukraine", "Zelensky"],
         "two soldiers from the DPRK had been captured in the Kursk Region", False),
        ("troops", "north_korea", 12000, None, "up_to",
         ["Western media", "US, South Korean and Ukrainian intelligence"],
         "up to 12,000 North Korean troops were sent to Russia", False),
        ("casualties", "ukraine", 51600, None, "more_than", RUMOD,
         "the Ukrainian armed forces have lost more than 51,600 servicemen", False),
        ("casualties", "ukraine", 240, None, "up_to", RUMOD,
         "the enemy lost up to 240 servicemen in the past 24 hours", False),
    ],
    # NHK World style, Feb 27 2025
    "009": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["lawmaker"],
         "Roughly three thousand more soldiers were sent over in January and February", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "North Korea dispatched about 11,000 soldiers to Russia last year", False),
    ],
    # Le Monde English style, Apr 30 2025
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "around 4,700 North Korean soldiers killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "among them some 600 dead", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "the roughly 3,000 casualties the agency reported in January", False),
    ],
    # Meduza style, Jun 18 2025
    "011": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "around 4,700 North Korean soldiers were killed or wounded in the Kursk fighting", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "about 600 of them fatally", False),
        ("troops", "north_korea", 11000, None, "about",
         ["Ukraine's military intelligence", "military intelligence", "HUR", "GUR", "Ukraine"],
         "roughly 11,000 North Korean troops remain in Russia", False),
    ],
    # AP style Q&A explainer, Dec 11 2025
    "013": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["Officials in Seoul, Kyiv and Washington", "South Korea", "Ukraine", "United States"],
         "put the first contingent, which arrived in the autumn of 2024, at between 10,000 and 12,000 soldiers", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "about 3,000 more followed in January and February 2025", False),
        ("troops", "north_korea", 2000, 9999, "vague", NIS + ["South Korean lawmakers"],
         "several thousand of the builders had already arrived in Russia", True),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Britain's Ministry of Defence", "Ministry of Defence", "Britain", "UK", "United Kingdom"],
         "Britain's Ministry of Defence has put total North Korean casualties, dead and wounded, at more than 6,000", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"],
         "Two North Korean soldiers taken prisoner by Ukrainian forces in January 2025", False),
    ],
}

NOT = {
    "000": ["a total of 10,000 troops by December", "more than 13,000 containers", "1,380 per dollar",
            "K-pop group adds 12 dates", "Oct. 18"],
    "002": ["roughly 1,000 square kilometres", "more than $61 billion", "Boeing's 33,000 striking machinists",
            "February 2022", "Nikkei falls 2.6%"],
    "003": ["personnel - about 700,250 (+1,500) persons", "tanks - 9,235 (+13)", "21 of 30 drones"],
    "005": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "5.2 million passengers"],
    "006": ["aged 20 and 26", "74 drones", "47 were shot down", "Comments (1,284)"],
    "007": ["293 tanks", "1,530 motor vehicles", "346 artillery guns", "June 19, 2024", "August 6, 2024",
            "four counterattacks"],
    "009": ["around 200 long-range artillery pieces", "170-millimeter self-propelled guns",
            "240-millimeter multiple rocket launchers"],
    "010": ["Article 4 of the treaty", "June 2024"],
    "011": ["1,000 sappers", "5,000 military builders", "Six thousand 'builders'", "more than 100 billion rubles"],
    "013": ["1,000 deminers and 5,000 military construction workers", "as much as $20 billion"],
}

OFF = ["001", "004", "008", "012"]

DUP = {"014": "002"}

conflicts = {
    "must": [
        ["002-1", "003-1", "some 8,000 North Korean troops in Kursk (Blinken, Oct 31 2024) against 11,000 "
         "in Kursk (Zelensky, Nov 5 2024), five days apart"],
        ["005-1", "005-2", "more than 3,000 killed and wounded (Zelensky) against some 1,100 (South Korea's "
         "JCS), same day, same article"],
    ],
    "may": [
        # troops, while the first deployment was still under way (days apart)
        ["000-1", "002-1", "3,000 moved to Russia by Oct 23 against 8,000 in Kursk a week later, deployment under way"],
        ["000-1", "002-2", "3,000 moved to Russia by Oct 23 against about 10,000 a week later, deployment under way"],
        ["000-1", "003-1", "3,000 moved to Russia by Oct 23 against 11,000 in Kursk on Nov 5, deployment under way"],
        ["002-2", "003-1", "about 10,000 in eastern Russia against 11,000 in Kursk five days later"],
        # troops, months apart or an additional force
        ["000-1", "009-2", "Oct 2024 against Feb 2025, months apart"],
        ["000-1", "011-3", "Oct 2024 against Jun 2025, months apart"],
        ["000-1", "013-1", "Oct 2024 against Dec 2025, months apart"],
        ["002-1", "009-2", "Oct 2024 against Feb 2025, months apart"],
        ["002-1", "011-3", "Oct 2024 against Jun 2025, months apart"],
        ["002-1", "013-1", "Oct 2024 against Dec 2025, months apart"],
        ["002-1", "009-1", "8,000 against an additional 3,000 months later"],
        ["002-1", "013-2", "8,000 against an additional 3,000 months later"],
        ["002-2", "009-2", "about 10,000 against about 11,000, months apart"],
        ["002-2", "011-3", "about 10,000 against about 11,000, months apart"],
        ["002-2", "009-1", "10,000 against an additional 3,000 months later"],
        ["002-2", "013-2", "10,000 against an additional 3,000 months later"],
        ["003-1", "009-1", "11,000 against an additional 3,000 months later"],
        ["003-1", "013-2", "11,000 against an additional 3,000 months later"],
        ["009-1", "009-2", "an additional 3,000 against the 11,000 sent last year"],
        ["009-1", "011-3", "an additional 3,000 against 11,000 remaining, months apart"],
        ["009-1", "013-1", "an additional 3,000 against the first contingent of 10,000-12,000"],
        ["009-2", "013-2", "11,000 against an additional 3,000"],
        ["011-3", "013-2", "11,000 against an additional 3,000, months apart"],
        ["013-1", "013-2", "first contingent of 10,000-12,000 against an additional 3,000"],
        # casualties, months apart (cumulative figures rising)
        ["005-1", "010-3", "more than 3,000 (Zelensky, Dec 2024) against about 3,000 (NIS, January)"],
        ["005-2", "010-1", "1,100 in Dec 2024 against 4,700 in Apr 2025, months apart"],
        ["005-2", "010-3", "1,100 (JCS, Dec 2024) against about 3,000 (NIS, January)"],
        ["005-2", "011-1", "1,100 in Dec 2024 against 4,700 in Jun 2025, months apart"],
        ["005-2", "013-5", "1,100 in Dec 2024 against more than 6,000 in Dec 2025, months apart"],
        ["010-1", "013-5", "4,700 in Apr 2025 against more than 6,000 in Dec 2025, months apart"],
        ["011-1", "013-5", "4,700 in Jun 2025 against more than 6,000 in Dec 2025, months apart"],
        ["010-3", "011-1", "about 3,000 in January against 4,700 in June, months apart"],
        ["010-3", "013-5", "about 3,000 in January against more than 6,000 in Dec 2025, months apart"],
        # killed, months apart (cumulative figures rising)
        ["006-1", "010-2", "300 killed in Jan 2025 against 600 in Apr 2025, months apart"],
        ["006-1", "011-2", "300 killed in Jan 2025 against 600 in Jun 2025, months apart"],
        ["006-1", "013-4", "300 killed in Jan 2025 against 2,000 in Sep 2025, months apart"],
        ["010-2", "013-4", "600 killed in Apr 2025 against 2,000 in Sep 2025, months apart"],
        ["011-2", "013-4", "600 killed in Jun 2025 against 2,000 in Sep 2025, months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
