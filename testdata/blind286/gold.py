#!/usr/bin/env python3
"""Gold labels for testdata/blind286 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind286: 15 articles written in our own words about the real story's known "
         "reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul", "Lee Seong-kweun"]
NIS_NOLEE = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
HUR = ["Defence Intelligence", "HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in Kursk Oblast", False),
        # part of the whole
        ("troops", "north_korea", 500, None, "about", HUR,
         "the contingent includes some 500 officers", False),
    ],
    "001": [
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "about 1,000 more have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS,
         "the agency put the North's combined casualties at roughly 1,100", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "roughly 11,000 North Korean troops are now in Russia", False),
    ],
    "002": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "have passed 3,000 soldiers killed and wounded", False),
        ("troops", "north_korea", 11000, 12000, "range", HUR,
         "between 11,000 and 12,000 North Korean troops had been deployed to the Kursk region", False),
    ],
    "004": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "about 2,700 wounded", False),
        ("killed", "north_korea", 1000, None, "about",
         ["special operations forces", "SSO", "Ukraine's special operations forces", "Ukraine"],
         "roughly 1,000 North Koreans had been killed in Kursk", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian soldiers had captured two North Korean servicemen in the Kursk region", False),
    ],
    "005": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "roughly 3,000 additional soldiers", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "the roughly 11,000 troops Pyongyang dispatched last fall", False),
        ("troops", "north_korea", 14000, None, "up_to", JCS,
         "as many as 14,000 soldiers", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "North Korean casualties are estimated at about 4,000", False),
    ],
    "007": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russia's General Staff", "Russia"],
         "Ukraine had lost more than 76,000 servicemen in the region", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "About 11,000 North Korean soldiers arrived in the Kursk region in the fall of 2024", False),
        ("troops", "north_korea", 3000, 9000, "vague", ["unattributed"],
         "several thousand more came early this year as reinforcements", True),
    ],
    "008": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "North Korea has suffered about 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including around 600 deaths", False),
        ("captured", "north_korea", 2, None, "exact", NIS,
         "the two North Korean soldiers captured by Ukrainian forces in January", False),
    ],
    "010": [
        ("killed", "north_korea", 600, None, "about", NIS_NOLEE,
         "around 600 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 2000, 9999, "vague", NIS_NOLEE,
         "thousands more wounded", True),
        ("troops", "north_korea", 200, 900, "vague",
         ["Ukrainian military intelligence official", "Ukrainian military intelligence", "Ukraine"],
         "Hundreds of North Korean sappers are already believed to be working in the region", True),
    ],
    "012": [
        ("killed", "north_korea", 2000, None, "about", NIS_NOLEE + ["intelligence committee"],
         "North Korea has lost some two thousand soldiers in the fighting for Russia's Kursk region", False),
    ],
    "013": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["U.S. and South Korean officials", "United States", "U.S.", "US", "South Korea"],
         "between 10,000 and 12,000 North Korean troops had been sent to Russia", False),
        ("troops", "north_korea", 3000, None, "about", ["South Korea's military", "South Korea", "Joint Chiefs of Staff", "JCS"],
         "A further three thousand or so arrived in early 2025", False),
        ("troops", "north_korea", 12000, None, "at_most", ["U.S. defense official", "United States", "U.S.", "US", "Newsweek"],
         "at no point were more than 12,000 North Koreans deployed in Kursk at the same time", False),
        ("killed", "north_korea", 2000, None, "about", NIS_NOLEE,
         "roughly 2,000 North Korean soldiers had been killed", False),
    ],
    "014": [
        # part: one engineer regiment's dead
        ("killed", "north_korea", 9, None, "exact",
         ["KCNA", "Korean Central News Agency", "North Korea", "Kim Jong-un", "state media"],
         "nine of its soldiers were killed during the mission", False),
        # part: one regiment
        ("troops", "north_korea", 1000, None, "less_than", ["South Korean military officials", "South Korea"],
         "fewer than 1,000 soldiers", False),
        ("killed", "north_korea", 2000, None, "about", NIS_NOLEE,
         "about 2,000 North Korean soldiers have been killed fighting for Russia", False),
    ],
}

NOT = {
    "000": ["up to 300 km", "about 50 km from the Ukrainian border", "personnel – about 701,000 (+1,400 per day)",
            "tanks – 9,110", "more than 900 guided aerial bombs", "62 of 96 Russian drones downed overnight",
            "31 lost to electronic warfare", "6 August", "99 UAH a month", "Comments (41)", "UAH/USD 41.23"],
    "001": ["11th Army Corps", "240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "204-85 vote", "1,450 per dollar", "KOSPI 2,404.15", "Dec. 4", "Top 10 on Billboard Hot 100"],
    "002": ["120mm mortar", "17,000 members", "from $5 a month", "70 missiles, over 100 drones", "since 2021"],
    "004": ["four ballistic missiles and 94 drones", "58 of the drones were shot down", "34 were lost to electronic jamming",
            "One is 20 years old and the other 26", "€3bn package", "Comments (1,214)",
            "more than three times the South Korean figure"],
    "005": ["170mm self-propelled howitzers", "240mm multiple rocket launchers", "1,437 per dollar",
            "$39 Billion Quarter", "25% Tariffs on EU Imports", "Slide to 10% This Week"],
    "007": ["June 2024", "Over 30,000 readers", "7 charts"],
    "008": ["28 trillion won ($20 billion)", "June 3", "\"2-plus-2\" security talks"],
    "010": ["1,000 military deminers", "5,000 military construction workers", "152mm and 122mm artillery ammunition",
            "180 more K2 tanks worth $6.5 billion", "12 years", "14 days", "the 1950s"],
    "012": ["1,000 deminers and 5,000 military builders", "80th anniversary", "€7.99/month"],
    "013": ["1,000 deminers and 5,000 military builders", "up to $20 billion", "hits 41% in new poll", "$580 million"],
    "014": ["1,000 deminers and 5,000 military construction workers", "120-day mission", "528th Engineer Regiment",
            "3K additional troops", "paras 4-6", "KOSPI tops 4,000", "2026 world tour"],
}

OFF = ["003", "006", "011"]
DUP = {"009": "008"}

MONTHS = "months apart; estimates of a cumulative figure at different times"
conflicts = {
    "must": [
        ["001-3", "002-1", "about 1,100 casualties (NIS, via Lee Seong-kweun, Dec 20) against more than 3,000 killed and wounded (Zelensky, Dec 23), three days apart"],
        ["004-1", "004-3", "about 300 killed (NIS) against roughly 1,000 killed (Ukraine's SSO), same live blog, same day"],
    ],
    "may": [
        # casualties, later rises of a cumulative figure, months apart
        ["001-3", "005-4", "1,100 (Dec 2024) against about 4,000 (Feb 2025): " + MONTHS],
        ["001-3", "008-1", "1,100 (Dec 2024) against about 4,700 (Apr 2025): " + MONTHS],
        ["005-4", "008-1", "about 4,000 (JCS, Feb) against about 4,700 (NIS, Apr): " + MONTHS],
        # killed, months apart
        ["004-1", "008-2", "300 (Jan) against 600 (Apr): " + MONTHS],
        ["004-1", "010-1", "300 (Jan) against 600 (Apr estimate, reported Jun): " + MONTHS],
        ["004-1", "012-1", "300 (Jan) against 2,000 (Sep): " + MONTHS],
        ["004-1", "013-4", "300 (Jan) against 2,000 (Sep estimate, reported Nov): " + MONTHS],
        ["004-1", "014-3", "300 (Jan) against 2,000 (reported Dec): " + MONTHS],
        ["004-3", "008-2", "1,000 (SSO, Jan) against 600 (NIS, Apr): " + MONTHS],
        ["004-3", "010-1", "1,000 (SSO, Jan) against 600 (NIS, reported Jun): " + MONTHS],
        ["004-3", "012-1", "1,000 (Jan) against 2,000 (Sep): " + MONTHS],
        ["004-3", "013-4", "1,000 (Jan) against 2,000 (reported Nov): " + MONTHS],
        ["004-3", "014-3", "1,000 (Jan) against 2,000 (reported Dec): " + MONTHS],
        ["008-2", "012-1", "600 (Apr) against 2,000 (Sep): " + MONTHS],
        ["008-2", "013-4", "600 (Apr) against 2,000 (reported Nov): " + MONTHS],
        ["008-2", "014-3", "600 (Apr) against 2,000 (reported Dec): " + MONTHS],
        ["010-1", "012-1", "600 (reported Jun) against 2,000 (Sep): " + MONTHS],
        ["010-1", "013-4", "600 (reported Jun) against 2,000 (reported Nov): " + MONTHS],
        ["010-1", "014-3", "600 (reported Jun) against 2,000 (reported Dec): " + MONTHS],
        # troops: an additional force against the first deployment
        ["005-1", "000-1", "an additional 3,000 against 11,000"],
        ["005-1", "001-4", "an additional 3,000 against about 11,000"],
        ["005-1", "002-2", "an additional 3,000 against 11,000-12,000"],
        ["005-1", "005-2", "an additional 3,000 on top of about 11,000 (same sentence)"],
        ["005-1", "007-2", "an additional 3,000 against about 11,000"],
        ["005-1", "013-1", "an additional 3,000 against 10,000-12,000"],
        ["005-1", "013-3", "an additional 3,000 against at most 12,000 at one time"],
        ["013-2", "000-1", "a further 3,000 against 11,000"],
        ["013-2", "001-4", "a further 3,000 against about 11,000"],
        ["013-2", "002-2", "a further 3,000 against 11,000-12,000"],
        ["013-2", "005-2", "a further 3,000 against about 11,000"],
        ["013-2", "007-2", "a further 3,000 against about 11,000"],
        ["013-2", "013-1", "a further 3,000 against 10,000-12,000 (same article)"],
        ["013-2", "013-3", "a further 3,000 against at most 12,000 at one time (same article)"],
        ["005-3", "013-3", "as many as 14,000 sent in all (Feb) against no more than 12,000 at one time (Nov): different measures, months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
