#!/usr/bin/env python3
"""Gold labels for blind401 (written and labelled blind). python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind401: 15 articles written for crosscheck in our own words about the "
         "real story's known reporting. See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
    # Yonhap, Jan 13 2025
    "000": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "2,700 others wounded while fighting Ukrainian forces", False),
        ("casualties", "north_korea", 3000, None, "about", ["Lee Seong-kweun"] + NIS,
         "The tally puts North Korea's total casualties at around 3,000", False),
        ("captured", "north_korea", 2, None, "exact", NIS,
         "Ukraine captured two North Korean soldiers on Jan. 9", False),
        ("casualties", "north_korea", 4000, None, "more_than",
         ["Ukraine's Special Operations Forces", "Special Operations Forces", "Ukraine", "Kyiv"],
         "more than 4,000 North Korean troops had been killed or wounded", False),
    ],
    # Pentagon briefing transcript, Oct 28 2024
    "002": [
        ("troops", "north_korea", 10000, None, "about",
         ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "US"],
         "North Korea has sent approximately 10,000 soldiers in total to train in eastern Russia", False),
        ("troops", "north_korea", 3000, None, "at_least", ["White House", "United States", "US"],
         "Last week the White House said at least 3,000", True),
        ("troops", "north_korea", 12000, None, "up_to",
         ["Ukraine's intelligence", "Ukrainian intelligence", "Ukraine"],
         "Ukraine's intelligence says as many as 12,000 North Korean troops are now in Russia", False),
    ],
    # JoongAng Daily, Dec 26 2024
    "003": [
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
         "around 1,100 North Korean soldiers have been killed or wounded", False),
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Park Sun-won"],
         "At least 100 North Korean soldiers had died", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Park Sun-won"],
         "some 1,000 had been wounded as of mid-December", False),
    ],
    # DW, Apr 30 2025
    "004": [
        ("casualties", "north_korea", 2000, 9999, "vague", NIS,
         "South Korea's spy agency says thousands have been killed or wounded", True),
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russia's general staff", "Russia"],
         "Ukraine had lost more than 76,000 troops there since August", False),
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "around 4,700 North Korean soldiers had been killed or wounded in the fighting", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 600 of them fatally", False),
        # the January figure restated as the base of the update: optional
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "the roughly 3,000 casualties the agency reported in January", True),
        ("troops", "north_korea", 15000, None, "about", ["Lee Seong-kweun"] + NIS,
         "around 15,000 North Korean troops had now been sent to Russia in total", False),
    ],
    # AFP, Jan 12 2025 (original of 011)
    "006": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", False),
        ("troops", "north_korea", 10000, None, "more_than", ["Kyiv", "Seoul", "Ukraine", "South Korea"],
         "Pyongyang has sent more than 10,000 soldiers to help Russia", False),
        ("killed", "north_korea", 200, 900, "vague", ["Western officials"],
         "several hundred of them have been killed", True),
    ],
    # AP, Oct 23 2024
    "007": [
        ("troops", "north_korea", 3000, None, "at_least",
         ["John Kirby", "Kirby", "National Security Council", "White House", "United States", "US"],
         "At least 3,000 North Korean soldiers", False),
    ],
    # Kyiv Independent live blog, Dec 23 2024
    "008": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "The number of North Korean soldiers killed and injured in Russia's Kursk Oblast has surpassed 3,000",
         False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed", "reportedly"],
         "Pyongyang has reportedly deployed around 11,000 troops to Russia", False),
    ],
    # Newsweek, Feb 27 2025
    "010": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has sent some three thousand more soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 11000, 12000, "range",
         ["South Korean and Western officials", "South Korean officials", "Western officials", "South Korea"],
         "which South Korean and Western officials have estimated at 11,000 to 12,000 troops", False),
        ("killed", "north_korea", 200, 900, "vague", ["Ukrainian commanders", "Ukraine"],
         "with hundreds killed in single assaults", True),
    ],
    # Nikkei Asia, Nov 20 2024
    "012": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["Seoul", "Washington", "Kyiv", "South Korea", "United States", "Ukraine"],
         "between 10,000 and 12,000 North Korean troops are in Russia", False),
        ("troops", "north_korea", 500, None, "about",
         ["Ukraine's military intelligence agency", "HUR", "Ukrainian military intelligence", "Ukraine"],
         "includes around 500 officers", False),
    ],
    # Meduza explainer, Dec 4 2025
    "014": [
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Roughly eleven thousand North Korean soldiers arrived in the autumn of 2024", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "Several thousand more followed in early 2025", True),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "South Korea's National Intelligence Service told lawmakers that about 2,000 North Korean soldiers had died",
         False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "The two soldiers captured by Ukraine in January 2025", False),
    ],
}

NOT = {
    "000": ["paras 5-8", "Jan. 9", "2nd solo single", "1,470.8 per dollar", "1.2 pct",
            "7 dead as snowstorm hits Gangwon Province"],
    "002": ["56th Security Consultative Meeting", "$425 million security assistance package",
            "roughly three times that", "the 11th Corps", "more than 100 Israeli aircraft",
            "roughly 100 U.S. soldiers"],
    "003": ["Dec. 19", "240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "Dec. 27", "673.3 trillion won", "KOSPI 2,429.67"],
    "004": ["Article 4", "June 2024", "170-millimeter self-propelled guns", "240-millimeter rocket launchers",
            "June 3 election"],
    "006": ["born in 2005", "since 2021", "aged 26", "several hundred square kilometres",
            "death toll rises to 16", "500-million-dollar weapons package"],
    "007": ["a total of 10,000 troops to Russia by December", "32nd month", "leaders of 36 countries",
            "Ukraine says 2 killed"],
    "008": ["72 Shahed-type attack drones", "shot down 52", "20 were lost from radar", "180,000 households",
            "4.1 billion euros", "more than 1,000 days"],
    "010": ["About a third of the original contingent", "Feb. 8", "14 States", "$5,108"],
    "012": ["38,352.34", "11th Army Corps", "more than 13,000 containers", "August 2023",
            "170mm self-propelled guns", "240mm multiple rocket launchers", "$2,000 a month per soldier",
            "$200 million", "10 trillion won", "0.9%"],
    "014": ["December 2024", "March 2025", "1,000 sappers", "5,000 military builders", "hour-long documentary",
            "6 min read"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"011": "006"}

conflicts = {
    "must": [
        ["008-1", "003-1", "more than 3,000 North Korean killed and wounded (Zelensky, Dec 23) against about "
                           "1,100 (South Korea's JCS, Dec 26), three days apart"],
        ["000-3", "000-5", "about 3,000 North Korean casualties (NIS, Jan 13) against more than 4,000 "
                           "(Ukraine's Special Operations Forces, the week before), in the same article"],
    ],
    "may": [
        ["008-1", "000-3", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13): at the bound, three weeks apart"],
        ["003-1", "000-3", "Seoul's cumulative casualty estimate: about 1,100 (Dec 26) then about 3,000 (Jan 13)"],
        ["003-1", "000-5", "about 1,100 (JCS, Dec 26) against more than 4,000 (Ukraine, early January): two weeks apart"],
        ["003-1", "004-3", "about 1,100 (Dec 2024) against about 4,700 (Apr 2025): months apart, cumulative"],
        ["000-3", "004-3", "NIS cumulative update: about 3,000 (Jan) then about 4,700 (Apr)"],
        ["003-1", "004-5", "about 1,100 (Dec) against the restated January figure of about 3,000"],
        ["000-5", "004-5", "more than 4,000 (Ukraine, January) against the January NIS figure restated in April"],
        ["008-1", "004-5", "more than 3,000 against the restated January figure of about 3,000: at the bound"],
        ["003-3", "000-2", "wounded: about 1,000 (mid-December) then about 2,700 (January), cumulative"],
        ["000-1", "004-4", "killed: about 300 (Jan) then about 600 (Apr), cumulative"],
        ["000-1", "014-3", "killed: about 300 (Jan 2025) then about 2,000 (Sept 2025)"],
        ["004-4", "014-3", "killed: about 600 (Apr 2025) then about 2,000 (Sept 2025)"],
        ["002-1", "008-2", "about 10,000 (Oct) against about 11,000 (Dec), two months apart"],
        ["002-1", "006-2", "about 10,000 (Oct) against more than 10,000 (Jan): at the bound, months apart"],
        ["002-1", "010-1", "about 10,000 against an additional some 3,000"],
        ["002-1", "010-2", "about 10,000 (Oct 2024) against 11,000-12,000 (Feb 2025)"],
        ["002-1", "004-6", "about 10,000 (Oct 2024) against about 15,000 in total including reinforcements (Apr 2025)"],
        ["002-1", "014-1", "about 10,000 against roughly eleven thousand for autumn 2024, told a year later"],
        ["002-3", "004-6", "up to 12,000 (Oct 2024) against about 15,000 in total (Apr 2025)"],
        ["012-1", "010-1", "10,000-12,000 against an additional some 3,000"],
        ["012-1", "004-6", "10,000-12,000 (Nov 2024) against about 15,000 in total (Apr 2025)"],
        ["008-2", "010-1", "about 11,000 against an additional some 3,000"],
        ["008-2", "004-6", "about 11,000 (Dec 2024) against about 15,000 in total (Apr 2025)"],
        ["006-2", "010-1", "more than 10,000 against an additional some 3,000"],
        ["010-1", "010-2", "an additional some 3,000 against the 11,000-12,000 deployment, same article"],
        ["010-1", "004-6", "an additional some 3,000 against about 15,000 in total"],
        ["010-1", "014-1", "an additional some 3,000 against the first wave of roughly eleven thousand"],
        ["010-2", "004-6", "11,000-12,000 (Feb) against about 15,000 in total including reinforcements (Apr)"],
        ["004-6", "014-1", "about 15,000 in total against roughly eleven thousand in the first wave"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
