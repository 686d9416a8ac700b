#!/usr/bin/env python3
"""Gold labels for testdata/blind581 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind581: 15 articles written in our own words about the real story's known "
         "reporting (October 2024 - December 2025), labelled blind. Same schema as corpus/gold.json; "
         "see corpus/README.md for what counts as a claim and a conflict.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskiy", "Zelenskyy", "Ukraine", "Ukrainian President"]
UNATTR = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "about 1,500 special operations troops were carried from the area around Chongjin, Hwadae and Kimchaek to Vladivostok", False),
        ("troops", NK, 12000, None, "about", NIS,
         "Pyongyang has committed four brigades — roughly 12,000 personnel — to the effort", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "there are eleven thousand North Korean soldiers in the Kursk region", False),
        ("casualties", RU, 703390, None, "exact", ["General Staff of Ukraine's Armed Forces", "General Staff", "Ukraine"],
         "Russia has lost 703,390 troops in Ukraine since the beginning of its full-scale invasion", False),
        ("casualties", RU, 1360, None, "exact", ["General Staff of Ukraine's Armed Forces", "General Staff", "Ukraine"],
         "This number includes 1,360 casualties Russian forces suffered over the past day", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded in Kursk Oblast", False),
        ("troops", NK, 11000, 12000, "range", UNATTR,
         "The 11,000-12,000 North Korean soldiers sent to Russia this autumn are concentrated in Kursk Oblast", False),
        ("killed", NK, 50, None, "about", ["Special Operations Forces", "SSO", "Ukraine's Special Operations Forces", "Ukraine"],
         "its units had killed about 50 North Korean soldiers in three days of fighting near the village of Plekhovo", False),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops deployed to Russia have suffered around 1,100 casualties", False),
        ("troops", NK, 11000, None, "about", JCS,
         "The military estimates that around 11,000 North Korean soldiers are now in Russia", False),
        ("killed", NK, 100, None, "at_least", NIS + LEE,
         "at least 100 North Korean soldiers had been killed in combat", False),
        ("wounded", NK, 1000, None, "about", NIS + LEE,
         "Around 1,000 others had been wounded, he quoted the agency as saying", False),
    ],
    "007": [
        ("killed", NK, 300, None, "about", NIS + LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + LEE,
         "some 2,700 wounded while fighting for Russia against Ukraine", False),
        ("captured", NK, 2, None, "exact", ZEL + ["SBU", "National Intelligence Service", "NIS"],
         "Ukrainian forces had captured two wounded North Korean soldiers in Russia's Kursk region", False),
    ],
    "009": [
        ("troops", NK, 3000, None, "about", NIS,
         "Some three thousand more North Korean soldiers were sent to Russia in January and February", False),
        ("troops", NK, 12000, None, "up_to", ["South Korea", "Seoul"],
         "Seoul believes North Korea sent up to 12,000 troops to Russia last autumn", False),
        ("killed", NK, 200, 900, "vague", UNATTR,
         "Hundreds of them are believed to have died since the start of the year", True),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukraine is holding two North Korean soldiers who were captured in January", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers, South Korea’s National Intelligence Service (NIS) told MPs on Wednesday, have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "Some 600 of them are thought to have died, the agency said", False),
        ("casualties", NK, 6000, None, "more_than", ["HUR", "Ukraine's military intelligence", "military intelligence", "Kyiv", "Ukraine"],
         "North Korean casualties in Kursk had passed 6,000 killed and wounded", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the Ukrainian side’s losses during the Kursk adventure had exceeded 76,000 servicemen", False),
    ],
    "012": [
        ("troops", NK, 10000, 12000, "range", NIS,
         "numbered between 10,000 and 12,000 soldiers", False),
        ("casualties", NK, 2000, 9999, "vague", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "thousands of North Korean soldiers have been killed or wounded", True),
        ("captured", NK, 2, None, "exact", UNATTR,
         "Ukraine captures two North Korean soldiers", False),
    ],
    "014": [
        ("killed", NK, 2000, None, "about", NIS + LEE,
         "Around 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("wounded", NK, 2000, 9999, "vague", NIS,
         "Several thousand more have been wounded", True),
        ("troops", NK, 15000, None, "about", NIS,
         "around 15,000 North Korean soldiers have now been sent to Russia in all", False),
        ("troops", NK, 1000, None, "about", NIS,
         "about 1,000 deminers had already arrived in Kursk", False),
    ],
}

NOT = {
    "000": ["four Russian navy landing ships", "four such ships", "between Oct. 8 and Oct. 13",
            "more than 13,000 containers", "more than 8 million 152 mm and 122 mm shells",
            "seventy years", "2 inter-Korean roads", "3.6% to 61.6 tril. won", "3 in 10 young Koreans",
            "30th straight week", "10-year-old surveillance records"],
    "002": ["60-mm mortars", "9,330 tanks", "18,694 armored fighting vehicles", "20,088 artillery systems",
            "37 Shahed-type attack drones", "downed 25 of them", "258 votes in the 450-seat parliament",
            "as little as $1 a month", "Join 15,000 readers", "Russia lost 45,680 troops in October"],
    "004": ["roughly 1,300 square kilometers", "since 1995", "78 Missiles and 106 Drones",
            "Over 500,000 Kharkiv Residents", "$1 Billion"],
    "005": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "paras 5-8", "vetoes 6 bills",
            "KOSPI at 2,442.01", "6.6 pct in first 20 days of December", "12 cities and counties"],
    "007": ["One of the men is 20 and the other 26", "158 per dollar", "captured two villages"],
    "009": ["Video 01:42", "2 Chinese navy ships", "record low of 720,988"],
    "010": ["Labor extends lead to 6 points", "approval falls to 39%", "50m people",
            "readers in 180 countries", "as little as $1"],
    "011": ["more than 7,700 units of weapons and military equipment", "412 tanks",
            "1,640 armored combat vehicles", "404 multiple launch rocket systems", "Article 4",
            "liberate 14 settlements in a week", "up to +28 °C"],
    "012": ["1,000 sappers", "5,000 military construction workers", "28 trillion won ($20 billion)",
            "five to 10 years", "the elite 11th Corps", "within 100 days", "above 2,950"],
    "014": ["the 6,000 engineers and construction troops that Pyongyang promised in June",
            "roughly three times the estimate", "kills 3 in Vietnam", "200,000 evacuated"],
}

OFF = ["001", "003", "008", "013"]
DUP = {"006": "007"}

conflicts = {
    "must": [
        ["004-1", "005-1", "more than 3,000 casualties (Zelensky, Dec 23, reported Dec 26) against about 1,100 casualties (South Korea's JCS, Dec 23)"],
        ["010-1", "010-3", "about 4,700 casualties (NIS, Apr 30) against more than 6,000 (Ukraine's HUR, a week earlier), in one article"],
    ],
    "may": [
        ["005-1", "010-1", "1,100 casualties in December against 4,700 four months later (cumulative, different sources)"],
        ["005-1", "010-3", "1,100 casualties in December against more than 6,000 in April"],
        ["000-2", "002-1", "about 12,000 committed in all (NIS) against 11,000 in Kursk (Zelensky), 18 days later"],
        ["000-2", "005-2", "about 12,000 (NIS, October) against about 11,000 in Russia (JCS, December)"],
        ["000-2", "014-3", "about 12,000 (October 2024) against about 15,000 in all (September 2025)"],
        ["002-1", "014-3", "11,000 (November 2024) against about 15,000 in all (September 2025)"],
        ["004-2", "014-3", "11,000-12,000 (December 2024) against about 15,000 in all (September 2025)"],
        ["005-2", "014-3", "about 11,000 (December 2024) against about 15,000 in all (September 2025)"],
        ["009-2", "014-3", "up to 12,000 last autumn against about 15,000 in all"],
        ["012-1", "014-3", "first contingent of 10,000-12,000 against about 15,000 in all"],
        ["009-1", "000-2", "an additional 3,000 against the first force of about 12,000"],
        ["009-1", "002-1", "an additional 3,000 against 11,000"],
        ["009-1", "004-2", "an additional 3,000 against 11,000-12,000"],
        ["009-1", "005-2", "an additional 3,000 against about 11,000"],
        ["009-1", "009-2", "an additional 3,000 against up to 12,000 last autumn"],
        ["009-1", "012-1", "an additional 3,000 against the first contingent of 10,000-12,000"],
        ["009-1", "014-3", "an additional 3,000 against about 15,000 in all"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
