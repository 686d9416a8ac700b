#!/usr/bin/env python3
"""Gold labels for testdata/blind381 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind381: 15 articles written in our own words about the real story's "
         "known reporting, in the format of testdata/corpus (see its README.md for the meaning of every field).")

NK, RU = "north_korea", "russia"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
SYR = ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "US", "Washington"],
         "North Korea had sent at least 3,000 soldiers to eastern Russia this month", False),
        ("troops", NK, 3000, None, "about", NIS,
         "about 3,000 North Korean troops had already reached Russia", False),
    ],
    "002": [
        ("casualties", NK, 1100, None, "about", JCS,
         "around 1,100 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "some 1,000 others had been wounded", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the roughly 11,000 North Korean troops dispatched to Russia", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi"],
         "more than three thousand North Korean soldiers have already been killed or wounded there", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", NIS,
         "have suffered more than 3,000 casualties", False),
        ("killed", NK, 300, None, "about", NIS,
         "about 300 killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "around 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL + ["National Intelligence Service", "NIS", "South Korea"],
         "Two North Korean soldiers were captured alive in Kursk on Saturday", False),
    ],
    "005": [
        ("casualties", NK, 3800, None, "exact", ZEL,
         "North Korean losses in Russia's Kursk Oblast had reached 3,800 killed and wounded", False),
        ("troops", NK, 11000, None, "about",
         ["Ukrainian and South Korean intelligence", "Ukrainian intelligence", "South Korean intelligence", "Ukraine", "South Korea"],
         "around 11,000 soldiers to Russia last fall", False),
        ("casualties", RU, 38000, None, "about", SYR,
         "Russian forces had lost about 38,000 troops killed and wounded in the Kursk direction", False),
        ("killed", RU, 15000, None, "about", SYR,
         "of whom some 15,000 were killed", False),
        ("captured", RU, 700, None, "more_than", SYR,
         "more than 700 Russian soldiers prisoner", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", JCS,
         "about 3,000 additional troops to Russia in January and February", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "some 4,000 casualties", False),
    ],
    "009": [
        ("casualties", NK, 2000, 9999, "vague", NIS + ["Seoul"],
         "thousands have been killed or wounded", True),
        ("casualties", NK, 4700, None, "about", NIS,
         "around 4,700 North Korean soldiers had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "among them about 600 dead", False),
        ("killed", NK, 1000, None, "at_least",
         ["Kyrylo Budanov", "Budanov", "Ukraine's military intelligence", "HUR", "Ukraine", "Kyiv"],
         "no fewer than 1,000 North Koreans had been killed in the Kursk fighting", False),
        ("troops", NK, 10000, 12000, "range", ["Seoul", "Washington", "Kyiv", "South Korea", "United States", "Ukraine"],
         "between 10,000 and 12,000 soldiers had been sent in October and November", False),
    ],
    "011": [],
    "012": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed in Russia's war against Ukraine", False),
        ("troops", NK, 14000, None, "about", ["unattributed"],
         "North Korea is thought to have sent roughly 14,000 soldiers to Russia since last autumn", False),
    ],
    "013": [
        ("killed", NK, 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korea", "Kim Jong Un"],
         "Nine of its members were killed during the deployment", False),
        ("troops", NK, 1000, None, "about", NIS,
         "about 1,000 North Korean engineers had been sent to Kursk over the summer", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "North Korea sent thousands of troops to Russia in the fall of 2024", True),
        ("killed", NK, 2000, None, "about", ["South Korean intelligence"] + NIS,
         "about 2,000 North Korean soldiers have been killed in the fighting", False),
    ],
}

NOT = {
    "000": ["a total of some 10,000 by December", "up to 12,000 North Korean soldiers",
            "about 500 officers and three generals", "Oct. 27", "1950-53 Korean War", "as much as 4%",
            "012450.KS", "leaders from 36 countries", "21%"],
    "002": ["240-millimeter multiple rocket launchers", "170-mm self-propelled guns", "5,000 Asiana staff",
            "Dec. 27", "1,450 per dollar", "20 percent of first-year conscripts", "39th straight week",
            "four days after"],
    "003": ["78 missiles and 106 drones", "Russia lost another 1,580 troops over the past day",
            "120 km from the border", "USD 41.92", "26 December 2024 22:31"],
    "004": ["born in 2005", "joined the army in 2021", "born in 1999", "enlisted in 2016", "paras 6-9",
            "rises 10 pct in 2024", "4 major drills"],
    "005": ["Jan. 6", "Jan. 4", "up to a battalion", "August 2024", "five months", "$5 a month", "since 2019",
            "103 drones overnight, 61 shot down", "Jan. 9"],
    "007": ["about 220 artillery systems", "170-millimeter self-propelled guns",
            "240-millimeter multiple rocket launchers", "01:42", "17:30 JST", "20 months", "12th straight week",
            "5 days earlier"],
    "009": ["April 26", "Article 4", "June 2024", "around $2,000 a month per soldier", "1950-53 Korean War",
            "€108 billion", "April 29"],
    "011": ["to send 1,000 sappers, 5,000 military builders", "one thousand sappers", "five thousand military builders", "June 19, 2024", "Article 4",
            "December 4, 2024", "April 26, 2025", "second to Pyongyang in two weeks"],
    "012": ["26 countries", "112 drones and two Iskander-M ballistic missiles", "84 of the 112 drones",
            "around 30 leaders", "about 120km from the border", "46 Ukrainian drones", "14kg in a month"],
    "013": ["528th Engineer Regiment", "120 days", "4:20 PM GMT+9"],
}

OFF = ["001", "006", "010", "014"]
DUP = {"008": "004"}

conflicts = {
    "must": [
        ["002-1", "003-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than three thousand "
                           "killed or wounded (Zelensky, Dec 26), three days apart"],
        ["009-3", "009-4", "about 600 killed (NIS) against no fewer than 1,000 killed (Budanov), same article, same month"],
    ],
    "may": [
        # troops: an early count against later totals, months apart, or "additional" forces
        ["000-2", "002-4", "about 3,000 (Oct 2024, first arrivals) against roughly 11,000 two months later"],
        ["000-2", "005-2", "about 3,000 (Oct 2024) against around 11,000 (Jan 2025)"],
        ["000-2", "009-5", "about 3,000 (Oct 2024) against 10,000-12,000 recalled in Apr 2025"],
        ["000-2", "012-2", "about 3,000 (Oct 2024) against roughly 14,000 since autumn (Sep 2025)"],
        ["002-4", "007-1", "roughly 11,000 against about 3,000 additional troops"],
        ["005-2", "007-1", "around 11,000 against about 3,000 additional troops"],
        ["007-1", "009-5", "about 3,000 additional troops against 10,000-12,000 first sent"],
        ["007-1", "012-2", "about 3,000 additional troops against a roughly 14,000 total"],
        ["002-4", "012-2", "roughly 11,000 (Dec 2024) against roughly 14,000 including reinforcements (Sep 2025)"],
        ["005-2", "012-2", "around 11,000 (Jan 2025) against roughly 14,000 including reinforcements (Sep 2025)"],
        ["009-5", "012-2", "10,000-12,000 first sent against roughly 14,000 in all, months apart"],
        # casualties: a rising cumulative count, weeks or months apart
        ["002-1", "004-1", "about 1,100 (JCS, Dec 23) against more than 3,000 (NIS, Jan 13), three weeks apart"],
        ["002-1", "005-1", "about 1,100 (JCS, Dec 23) against 3,800 (Zelensky, Jan 6), two weeks apart"],
        ["002-1", "007-2", "about 1,100 (Dec 2024) against some 4,000 (Mar 2025), same agency, months apart"],
        ["002-1", "009-2", "about 1,100 (Dec 2024) against around 4,700 (Apr 2025), months apart"],
        ["005-1", "007-2", "3,800 (Jan) against some 4,000 (Mar), close values months apart"],
        ["005-1", "009-2", "3,800 (Jan) against around 4,700 (Apr), months apart"],
        ["007-2", "009-2", "some 4,000 (JCS, Mar) against around 4,700 (NIS, Apr), a month apart"],
        # killed: a rising cumulative count, months apart
        ["004-2", "009-3", "about 300 (Jan) against about 600 (Apr), same agency"],
        ["004-2", "009-4", "about 300 (NIS, Jan) against no fewer than 1,000 (Budanov, Apr)"],
        ["004-2", "012-1", "about 300 (Jan) against about 2,000 (Sep)"],
        ["004-2", "013-4", "about 300 (Jan) against about 2,000 (Dec)"],
        ["009-3", "012-1", "about 600 (Apr) against about 2,000 (Sep), same agency"],
        ["009-3", "013-4", "about 600 (Apr) against about 2,000 (Dec)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
