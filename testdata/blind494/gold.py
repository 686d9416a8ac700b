#!/usr/bin/env python3
"""Gold labels for testdata/blind494 (written blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NK, RU, UA = "north_korea", "russia", "ukraine"

NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]

about = ("Gold labels for testdata/blind494/articles, written and labelled blind. "
         "See testdata/corpus/README.md for the meaning of every field.")

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "moving a force of around 12,000 soldiers in four brigades", False),
        ("troops", NK, 1500, None, "about", NIS,
         "carried about 1,500 North Korean special forces personnel", False),
        ("troops", NK, 200, 900, "vague", NIS,
         "hundreds of North Korean soldiers could be seen gathered at Russian military facilities", True),
    ],
    "002": [
        ("troops", NK, 10000, 12000, "range",
         ["U.S. and South Korean officials", "United States", "U.S.", "South Korea"],
         "between 10,000 and 12,000 North Korean soldiers have been sent to Russia", False),
        ("troops", NK, 8000, None, "about",
         ["Antony Blinken", "Blinken", "United States", "U.S.", "State Department"],
         "about 8,000 of them had been moved to the Kursk region", False),
        ("troops", NK, 11000, None, "exact",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "Eleven thousand North Korean soldiers are already in Kursk region", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed in combat against Ukrainian forces", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "Nearly 1,000 others have been wounded", False),
        ("casualties", NK, 1100, None, "about", NIS_LEE,
         "That puts total North Korean casualties at roughly 1,100", False),
        ("casualties", NK, 30, None, "at_least",
         ["Defense Intelligence Directorate", "HUR", "Ukraine", "Ukrainian intelligence"],
         "at least 30 North Korean soldiers had been killed or wounded", False),
        ("casualties", NK, 200, 900, "vague",
         ["senior U.S. military official", "U.S.", "United States", "Washington"],
         'put the number of North Korean killed and wounded at "several hundred', True),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"],
         "About 1,100 North Korean troops have been killed or wounded", False),
    ],
    "006": [
        ("captured", NK, 2, None, "exact",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine", "SBU"],
         "Ukrainian forces had taken two wounded North Korean soldiers prisoner", False),
        ("killed", NK, 300, None, "about", NIS_LEE,
         "about 300 North Korean soldiers had died", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "2,700 had been wounded", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "some three thousand casualties", False),
        ("killed", NK, 200, 900, "vague", ["South Korean intelligence", "South Korea", "NIS"],
         "South Korean intelligence now believes hundreds of Pyongyang's soldiers have died in the fighting", True),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", NIS_LEE,
         "dispatched around 3,000 additional soldiers to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", NIS_LEE,
         "a first deployment of about 11,000 troops that began in October", False),
    ],
    "008": [
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the losses of the Ukrainian armed forces during the Kursk operation exceeded 76,000 servicemen", False),
    ],
    "010": [
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "North Korea has sent around 15,000 troops to Russia since last autumn", False),
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "some 4,700 have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "Roughly 600 of the casualties were deaths", False),
        ("troops", NK, 3000, 4000, "range", NIS_LEE,
         "That total includes 3,000 to 4,000 reinforcements sent early this year", False),
    ],
    "012": [
        ("troops", NK, 2000, 9999, "vague", ["South Korea's intelligence agency", "NIS", "South Korea"],
         "Pyongyang has sent thousands of troops to Russia", True),
        ("killed", NK, 200, 900, "vague", ["South Korea's intelligence agency", "NIS", "South Korea"],
         "hundreds of them have been killed", True),
    ],
    "014": [
        ("killed", NK, 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "North Korea", "Kim Jong Un", "state media"],
         "paid tribute to nine of its soldiers who were killed during the mission", False),
        ("troops", NK, 5000, None, "up_to", NIS,
         "as many as 5,000 North Korean construction troops had been moving to Russia since September", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the Kursk fighting by late summer", False),
    ],
}

NOT = {
    "000": ["four brigades", "between Oct. 8 and 13", "more than 13,000 containers",
            "Exports jump 7.5 pct in first 10 days of October", "4 in 10 S. Koreans"],
    "002": ["the army's 11th Corps", "around $2,000 a month", "in their early 20s", "older than 40",
            "capping a comeback 4 years after losing", "At least 7 killed after Israeli strike on Gaza school"],
    "003": ["on Dec. 14 and 15", "Asiana takeover after 4 years", "Won slumps past 1,450 per dollar",
            "talk about 3-year wait"],
    "004": ["81 drones and one Iskander-M missile", "downed 52 of the drones", "27 were \"lost\"",
            "record 13.5 trillion rubles"],
    "006": ["20 and 26 years old", "nearly three times what it reported in December", "0.2% down in 2024",
            "death toll rises to 24"],
    "007": ["KOSPI 2,641.09", "cuts rates to 2.75%", "$4.6 billion chip packaging line"],
    "008": ["more than 7,000 units of weapons and military equipment", "over 400 tanks",
            "some 300 infantry fighting vehicles", "More than 150,000 residents of the border districts",
            "Over 11,000 servicemen to march in Victory Day parade", "Article 4", "August 6, 2024"],
    "010": ["28 trillion won ($20 billion)", "all 25 million subscribers", "shrinks 0.2% in first quarter",
            "89.77%"],
    "012": ["will send 6,000 military personnel", "1,000 deminers and 5,000 military builders",
            "fall for 3rd straight week", "Nikkei up 0.9%", "exports fall 1.7% in May"],
    "014": ["the contingent of 1,000 deminers", "5,000 military builders", "from just $2"],
}

OFF = ["001", "005", "009", "013"]

DUP = {"011": "007"}

conflicts = {
    "must": [
        ["002-2", "002-3",
         "about 8,000 in Kursk (Blinken) against 11,000 in Kursk (Zelenskyy), same article, same week"],
        ["003-3", "004-1",
         "roughly 1,100 casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 "
         "(Zelensky, Dec 23), four days apart"],
        ["004-1", "004-2",
         "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), same day, same article"],
    ],
    "may": [
        ["000-1", "007-2",
         "NIS's around 12,000 (Oct 2024) against its about 11,000 for the first deployment (Feb 2025), four months later"],
        ["002-2", "007-2",
         "about 8,000 in Kursk (Nov 2024) against about 11,000 in the first deployment (Feb 2025)"],
        ["002-1", "010-1",
         "10,000-12,000 (Nov 2024) against around 15,000 including reinforcements (Apr 2025)"],
        ["002-2", "010-1",
         "about 8,000 in Kursk (Nov 2024) against around 15,000 sent in all (Apr 2025)"],
        ["002-3", "010-1",
         "11,000 in Kursk (Nov 2024) against around 15,000 sent in all (Apr 2025)"],
        ["004-2", "006-4",
         "JCS about 1,100 (Dec 23) against NIS some 3,000 (Jan 13): a cumulative toll three weeks later, "
         "from another South Korean agency"],
        ["004-2", "010-2",
         "JCS about 1,100 (Dec 2024) against NIS some 4,700 (Apr 2025), four months apart"],
        ["003-5", "003-3", "'several hundred' (vague, U.S.) against roughly 1,100 (NIS), same week"],
        ["003-5", "004-1", "'several hundred' (vague, U.S.) against more than 3,000 (Zelensky), a week apart"],
        ["003-5", "004-2", "'several hundred' (vague, U.S.) against about 1,100 (JCS), a week apart"],
        ["012-2", "014-3", "'hundreds' killed (vague, June) against about 2,000 killed by late summer"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
