#!/usr/bin/env python3
"""Gold labels for blind603 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind603/articles, written and labelled blind. "
         "See testdata/corpus/README.md for the meaning of every field and how output is scored.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korean intelligence"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "Russian navy vessels ferried about 1,500 North Korean special forces soldiers", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in the Kursk region", False),
        ("troops", NK, 8000, None, "about",
         ["Antony Blinken", "Blinken", "Secretary of State", "United States", "U.S.", "Washington"],
         "some 8,000 of the North's soldiers were now in Kursk Oblast", False),
        ("troops", NK, 2000, 9999, "vague",
         ["HUR", "military intelligence", "Ukraine's military intelligence agency", "Ukraine"],
         "several thousand more North Korean soldiers remained at bases in the Russian Far East", True),
        ("troops", "russia", 50000, None, "about",
         ["Oleksandr Syrskyi", "Syrskyi", "commander-in-chief", "Ukraine"],
         "a force that Ukraine's commander-in-chief, Oleksandr Syrskyi, puts at around 50,000 troops", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"],
         "estimated at around 1,100 killed and wounded", False),
        ("troops", NK, 11000, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"],
         "believed to have sent some 11,000 troops to Russia", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "about 1,000 wounded", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than three thousand North Korean soldiers killed and wounded in Kursk Oblast", False),
        ("casualties", NK, 3000, None, "about",
         ["Andrii Yusov", "Yusov", "Defence Intelligence of Ukraine", "Defence Intelligence", "HUR", "Ukraine"],
         "North Korean losses amounted to about 3,000", False),
        ("killed", NK, 200, 900, "vague",
         ["Andrii Yusov", "Yusov", "Defence Intelligence of Ukraine", "Defence Intelligence", "HUR", "Ukraine"],
         "several hundred of them killed", True),
        ("troops", NK, 11000, 12000, "range",
         ["Ukrainian intelligence", "Defence Intelligence", "HUR", "Ukraine"],
         "between 11,000 and 12,000 North Korean troops were sent to Russia this autumn", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "count of North Korean casualties to around 3,000", False),
        ("captured", NK, 2, None, "exact", NIS + ["Lee Seong-kweun"],
         "Ukraine had captured two soldiers", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Pyongyang is estimated to have sent about 11,000 soldiers to Russia last autumn", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces captured two North Korean soldiers in the Kursk region", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", NIS,
         "some three thousand extra soldiers", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 troops Pyongyang dispatched last autumn", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "about 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 600 dead", False),
        ("troops", NK, 15000, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korea has sent about 15,000 troops to Russia in total", False),
    ],
    "010": [
        ("troops", NK, 10000, 12000, "range",
         ["South Korea", "Western governments", "Western", "South Korea and Western governments"],
         "between 10,000 and 12,000 North Korean soldiers were deployed to the region", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won"],
         "about 2,000 North Korean soldiers are estimated to have been killed", False),
        ("troops", NK, 15000, None, "about", NIS + ["Park Sun-won"],
         "the roughly 15,000 troops the North has sent", False),
        ("killed", NK, 200, 900, "vague",
         ["Korean Central Television", "KCTV", "state television", "North Korea", "unattributed"],
         "hundreds of portraits could be seen behind him", True),
    ],
    "013": [
        ("troops", NK, 10000, None, "more_than",
         ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "U.S."],
         "more than 10,000 North Korean soldiers have been sent to eastern Russia", False),
    ],
}

NOT = {
    "000": ["four brigades totaling some 12,000 troops", "Four Russian amphibious landing ships",
            "three escort vessels", "more than 13,000 containers",
            "Zelensky says 10,000 N. Korean soldiers preparing to join Russian forces",
            "KOSPI closes at 2,593.82", "18 C in Seoul"],
    "001": ["Russia's losses in Ukraine reach 1,230 over past day", "more than 15,000 members",
            "Russia launches 96 drones overnight", "injuring 10", "Aug. 6"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "1,450 per dollar", "lost 20 kilograms", "world's 12th-largest carrier",
            "5.2 million trips", "Jan. 20"],
    "004": ["small groups of 20 to 30 men", "78 missiles and 106 drones", "40 years ago",
            "every 100 hryvnias", "18,406", "June 2024"],
    "005": ["shot down 58 of 94 drones", "another 35 lost to electronic countermeasures",
            "born in 2005", "412 comments"],
    "007": ["€150 billion in defense loans", "65 percent", "31 votes to 19", "turns 45",
            "16th sanctions package", "March 6"],
    "008": ["how 12,000 men from North Korea learned to fight in Kursk", "€5 a month",
            "for six months"],
    "010": ["1,000 deminers and 5,000 military builders", "thousands of military construction workers and deminers",
            "Tokyo 29°C", "01:38"],
    "012": ["1,000 deminers and 5,000 military builders", "up to $20bn", "70-year-old armistice"],
    "013": ["28,500 U.S. troops", "$7.1 billion", "155-millimeter rounds"],
}

OFF = ["002", "006", "009", "011"]
DUP = {"014": "004"}

conflicts = {
    "must": [
        ["001-1", "001-2", "11,000 North Korean troops in Kursk (Zelensky, Nov 4) against some 8,000 in Kursk "
                           "(Blinken, Oct 31), in one article, days apart"],
        ["003-1", "004-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than "
                           "3,000 killed and wounded (Zelensky, Dec 25-26), three days apart"],
        ["003-1", "004-2", "about 1,100 North Korean casualties (JCS, Dec 23) against about 3,000 "
                           "(Ukraine's Defence Intelligence, Dec 26), three days apart"],
    ],
    "may": [
        # troops: the US figure moved from 8,000 in Kursk to more than 10,000 in eastern Russia
        ["001-2", "013-1", "8,000 in Kursk against more than 10,000 in eastern Russia, a week later, both US"],
        # 8,000 against later totals, weeks or months apart
        ["001-2", "003-2", "8,000 (Nov) against some 11,000 (Dec), seven weeks apart"],
        ["001-2", "004-4", "8,000 (Nov) against 11,000-12,000 (Dec), seven weeks apart"],
        ["001-2", "005-5", "8,000 (Nov) against about 11,000 (Jan), months apart"],
        ["001-2", "007-2", "8,000 (Nov) against roughly 11,000 (Feb), months apart"],
        ["001-2", "010-1", "8,000 (Nov) against 10,000-12,000 (Jun), months apart"],
        ["001-2", "008-3", "8,000 against a cumulative 15,000, months apart"],
        ["001-2", "012-2", "8,000 against a cumulative 15,000, months apart"],
        ["001-1", "008-3", "11,000 against a cumulative 15,000, months apart"],
        ["001-1", "012-2", "11,000 against a cumulative 15,000, months apart"],
        ["003-2", "008-3", "11,000 against a cumulative 15,000, months apart"],
        ["003-2", "012-2", "11,000 against a cumulative 15,000, months apart"],
        ["004-4", "008-3", "11,000-12,000 against a cumulative 15,000, months apart"],
        ["004-4", "012-2", "11,000-12,000 against a cumulative 15,000, months apart"],
        ["005-5", "008-3", "11,000 against a cumulative 15,000, months apart"],
        ["005-5", "012-2", "11,000 against a cumulative 15,000, months apart"],
        ["007-2", "008-3", "11,000 plus reinforcements against a cumulative 15,000, two months apart"],
        ["007-2", "012-2", "11,000 plus reinforcements against a cumulative 15,000, months apart"],
        ["008-3", "010-1", "a cumulative 15,000 against 10,000-12,000 deployed from last autumn"],
        ["010-1", "012-2", "10,000-12,000 deployed from last autumn against a cumulative 15,000"],
        # an additional force of some 3,000
        ["007-1", "007-2", "an additional 3,000 against the 11,000 first sent"],
        ["001-1", "007-1", "11,000 against an additional 3,000"],
        ["001-2", "007-1", "8,000 against an additional 3,000"],
        ["013-1", "007-1", "more than 10,000 against an additional 3,000"],
        ["003-2", "007-1", "11,000 against an additional 3,000"],
        ["004-4", "007-1", "11,000-12,000 against an additional 3,000"],
        ["005-5", "007-1", "11,000 against an additional 3,000"],
        ["007-1", "008-3", "an additional 3,000 against a cumulative 15,000"],
        ["007-1", "010-1", "an additional 3,000 against 10,000-12,000"],
        ["007-1", "012-2", "an additional 3,000 against a cumulative 15,000"],
        # casualties
        ["004-1", "004-2", "more than 3,000 against about 3,000, same side, same day"],
        ["004-1", "005-3", "more than 3,000 (Zelensky) against about 3,000 (NIS), three weeks apart"],
        ["003-1", "008-1", "1,100 (Dec) against a cumulative 4,700 (Apr), months apart"],
        ["004-2", "008-1", "about 3,000 (Dec) against a cumulative 4,700 (Apr), months apart"],
        ["005-3", "008-1", "about 3,000 (Jan) against a cumulative 4,700 (Apr), months apart"],
        # killed
        ["005-1", "008-2", "about 300 killed (Jan) against about 600 (Apr), a cumulative rise months apart"],
        ["005-1", "012-1", "about 300 killed (Jan) against about 2,000 (Sep), months apart"],
        ["008-2", "012-1", "about 600 killed (Apr) against about 2,000 (Sep), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
