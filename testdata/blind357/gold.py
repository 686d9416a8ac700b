#!/usr/bin/env python3
"""Labels for blind357 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("blind357: fifteen articles written for crosscheck in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025), labelled blind")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korea's spy agency", "spy agency", "Seoul"]
HUR = ["Defence Intelligence", "HUR", "Defence Intelligence of Ukraine", "Ukrainian intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 10000, None, "about", ["Pentagon", "Sabrina Singh", "US Department of Defense", "United States", "U.S."],
         "North Korea has sent roughly 10,000 soldiers to train at bases in eastern Russia", False),
        ("troops", NK, 1500, None, "about", NIS,
         "shipped an initial contingent of around 1,500 special forces troops", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "more_than", NIS + ["Park Sun-won", "lawmakers"],
         "the more than 10,000 North Korean troops dispatched to Russia", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Ukraine"],
         "more than 3,000 North Korean soldiers had been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military", "Seoul"],
         "the North Korean contingent had suffered around 1,100 casualties", False),
        ("troops", NK, 12000, None, "up_to", HUR + ["military intelligence"],
         "up to 12,000 North Korean troops are fighting alongside Russian forces in Kursk Oblast", False),
        ("casualties", RU, 774540, None, "exact", ["General Staff", "General Staff of Ukraine's Armed Forces", "Ukraine"],
         "Russia has lost 774,540 troops in Ukraine since the beginning of its full-scale invasion", False),
        ("casualties", RU, 1830, None, "exact", ["General Staff", "General Staff of Ukraine's Armed Forces", "Ukraine"],
         "This number includes 1,830 casualties that Russian forces suffered over the past day", False),
    ],
    "004": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Approximately 300 North Korean soldiers have died", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 have been wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Lee Seong-kweun", "Ukraine", "Volodymyr Zelensky", "Zelensky"],
         "Ukraine had taken two North Korean soldiers alive on Jan. 9", False),
    ],
    "005": [
        ("killed", NK, 1000, None, "at_least", HUR,
         "No fewer than 1,000 North Korean troops have been killed in the fighting in Russia's Kursk Oblast", False),
        ("casualties", NK, 3800, None, "about", HUR,
         "the contingent's total losses, counting the wounded, have reached some 3,800", False),
        ("killed", NK, 300, None, "about", NIS,
         "about 300 North Korean soldiers had been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "roughly 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian soldiers had captured two North Korean soldiers in Kursk Oblast", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", NIS,
         "Some three thousand additional soldiers were sent in January and February", False),
        ("troops", NK, 11000, None, "about", NIS,
         "an initial force of about 11,000 that arrived last autumn", False),
        ("casualties", NK, 4000, None, "about", NIS,
         "Casualties among the North Koreans have climbed to about 4,000", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "his forces are holding two North Korean prisoners", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
         "About 600 of them died", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine", "South Korea"],
         "The two North Korean soldiers captured by Ukrainian forces in January", False),
    ],
    "010": [
        ("troops", NK, 11000, 12000, "range", ["South Korean and Ukrainian officials", "South Korea", "Ukraine"],
         "between 11,000 and 12,000 North Korean troops were sent in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", ["South Korean and Ukrainian officials", "South Korea", "Ukraine"],
         "roughly 3,000 reinforcements early this year", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 had been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "including roughly 600 dead", False),
        ("killed", NK, 200, 900, "vague", ["Ukrainian commanders", "Ukraine"],
         "hundreds were killed by drones", True),
        ("captured", NK, 2, None, "exact", ["unattributed"],
         "Two North Korean soldiers captured in January remain in Ukrainian custody", False),
    ],
    "011": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen in the Kursk direction", False),
        ("troops", UA, 10000, None, "about", ["unattributed", "TASS"],
         "formations numbering around 10,000 servicemen crossed the state border", False),
        ("troops", NK, 10000, 12000, "range", ["Western media"],
         "Western media have put their number at between 10,000 and 12,000", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea", "state media", "Kim Jong Un"],
         "nine of its members had died during the mission", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the war", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "thousands of troops in the Kursk border area", True),
    ],
}

NOT = {
    "000": ["as many as 12,000 soldiers before the end of the year", "at least five training sites",
            "$425 million security assistance package", "155mm artillery rounds", "about 300 kilometers away",
            "48 comments", "$1.3 billion drone-interceptor competition", "14 trainer jets"],
    "002": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "more than 13,000 containers",
            "1.8 trillion-won takeover", "3.25 pct"],
    "003": ["78 Shahed-type attack drones", "shot down 51 of them", "9,491 tanks", "19,587 armored fighting vehicles",
            "16th sanctions package", "more than 18,000 supporters", "5 min read"],
    "004": ["born in 2005", "about 450 kilometers southwest of Moscow", "Families of 179 Jeju Air crash victims",
            "four minutes before Jeju Air crash"],
    "005": ["810th Separate Guards Naval Infantry Brigade", "34 of 55 Russian drones", "42.3 per dollar"],
    "007": ["about 200 long-range artillery pieces", "1,446.20 per dollar", "20,000 Jobs", "$500 Billion"],
    "008": ["about $20 billion", "3.1% as tariffs loom", "1.2% rise in first-quarter operating profit"],
    "010": ["1,000 sappers", "5,000 military construction workers", "the 6,000 workers", "about $20bn",
            "200 years ago", "Tens of millions"],
    "011": ["over 7,000 pieces of military hardware", "more than 400 tanks", "Article 4",
            "72-hour Victory Day ceasefire", "June 19, 2024"],
    "014": ["528th engineer regiment", "1,000 deminers and 5,000 military construction workers", "about 120 days",
            "12 times"],
}

OFF = ["001", "006", "009", "013"]
DUP = {"012": "004"}

conflicts = {
    "must": [
        ["003-1", "003-2", "casualties: more than 3,000 (Zelensky) against around 1,100 (South Korea's JCS), same article, same day"],
        ["004-1", "005-1", "killed: about 300 (NIS, Jan 13) against no fewer than 1,000 (Ukraine's HUR, Jan 16), three days apart"],
        ["005-1", "005-3", "killed: no fewer than 1,000 (HUR) against about 300 (NIS), same article"],
    ],
    "may": [
        # troops: months apart, 'more than' at its own value, or an additional force against the whole
        ["000-1", "002-1", "about 10,000 (Pentagon) against more than 10,000 (NIS), two weeks apart: the bound sits at the value"],
        ["000-1", "007-2", "about 10,000 (Oct 2024) against an initial force of about 11,000 (Feb 2025), months apart"],
        ["000-1", "010-1", "about 10,000 (Oct 2024) against 11,000-12,000 (Jun 2025), months apart"],
        ["000-1", "007-1", "about 10,000 against an additional 3,000"],
        ["000-1", "010-2", "about 10,000 against 3,000 reinforcements"],
        ["002-1", "007-1", "more than 10,000 against an additional 3,000"],
        ["002-1", "010-2", "more than 10,000 against 3,000 reinforcements"],
        ["003-3", "007-1", "up to 12,000 against an additional 3,000"],
        ["003-3", "010-2", "up to 12,000 against 3,000 reinforcements"],
        ["007-1", "007-2", "additional 3,000 on top of an initial 11,000, same source"],
        ["007-1", "010-1", "an additional 3,000 against 11,000-12,000 sent in autumn 2024"],
        ["007-1", "011-3", "an additional 3,000 against 10,000-12,000"],
        ["007-2", "010-2", "initial 11,000 against 3,000 reinforcements"],
        ["010-1", "010-2", "11,000-12,000 against 3,000 reinforcements, same sentence"],
        ["011-3", "010-2", "10,000-12,000 against 3,000 reinforcements"],
        # casualties: cumulative figures weeks or months apart
        ["003-2", "005-2", "about 1,100 (JCS, Dec 23) against some 3,800 (HUR, Jan 16), weeks apart"],
        ["003-2", "007-3", "about 1,100 (JCS, Dec) against about 4,000 (NIS, Feb), months apart"],
        ["003-2", "008-1", "about 1,100 (JCS, Dec) against about 4,700 (NIS, Apr), months apart"],
        ["003-2", "010-3", "about 1,100 (JCS, Dec) against about 4,700 (NIS, as of April), months apart"],
        ["005-2", "008-1", "some 3,800 (HUR, Jan) against about 4,700 (NIS, Apr), months apart"],
        ["005-2", "010-3", "some 3,800 (HUR, Jan) against about 4,700 (NIS, as of April), months apart"],
        # killed: Kyiv's January floor against Seoul's later estimate
        ["005-1", "008-2", "at least 1,000 (HUR, Jan) against about 600 (NIS, Apr), months apart"],
        ["005-1", "010-4", "at least 1,000 (HUR, Jan) against about 600 (NIS, as of April), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
