#!/usr/bin/env python3
"""Gold labels for testdata/blind318 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind318 evaluation set: fifteen articles written in our own words about the "
         "real story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "shipping a first contingent of about 1,500 special operations troops to the Russian Far East", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "about",
         ["Kyrylo Budanov", "Budanov", "Defense Intelligence", "HUR", "Ukraine's Defense Intelligence", "Ukraine"],
         "about 11,000 North Korean military personnel are in the Kursk region", False),
        ("troops", RU, 50000, None, "about", ZEL,
         "Russia had concentrated about 50,000 of its own troops against the Ukrainian Defense Forces in the Kursk direction", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed fighting Ukrainian forces in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "around 1,000 more have been wounded", False),
        ("casualties", NK, 1100, None, "about", NIS_LEE,
         "Combined, the losses come to roughly 1,100", False),
        ("troops", NK, 11000, None, "about", NIS,
         "of the roughly 11,000 troops the North sent to Russia", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 soldiers from North Korea have already been killed or wounded in the Kursk region", False),
        ("troops", NK, 12000, None, "up_to",
         ["Ukrainian and South Korean intelligence", "Ukrainian intelligence", "South Korean intelligence",
          "Ukraine", "South Korea"],
         "Pyongyang has sent up to 12,000 troops to Russia", False),
    ],
    "006": [
        ("killed", NK, 1500, None, "about",
         ["HUR", "Ukraine's military intelligence", "Andriy Yusov", "Yusov", "Ukraine", "Kyiv"],
         "by Kyiv's own count the North Korean dead numbered closer to 1,500", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "around 600 North Korean soldiers have died fighting for Russia", False),
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "puts the North's total casualties at about 4,700", False),
        ("casualties", UA, 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russia's chief of general staff", "Russia"],
         "Ukraine had lost more than 76,000 troops there since August", False),
    ],
    "007": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "about 300 soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL + ["SBU"],
         "his forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "010": [
        ("troops", NK, 3000, None, "at_least",
         ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"],
         "North Korea has sent at least 3,000 additional soldiers to Russia since January", False),
        ("troops", NK, 11000, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"],
         "roughly 11,000 troops that Pyongyang sent last autumn", False),
    ],
    "012": [
        ("troops", NK, 14000, 15000, "range", ["South Korea's intelligence service"] + NIS,
         "between 14,000 and 15,000 North Korean soldiers have been sent to Russia since last October", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "put North Korean casualties at about 4,700", False),
        ("killed", NK, 600, None, "about", NIS,
         "around 600 of them killed", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Ukraine is still holding the two North Korean soldiers its forces captured in January", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won"],
         "around 2,000 North Korean soldiers have died fighting in Russia's war against Ukraine", False),
        ("casualties", NK, 6000, None, "about",
         ["Britain's Defence Intelligence", "Defence Intelligence", "UK Ministry of Defence", "Britain",
          "United Kingdom"],
         "North Korea had suffered around 6,000 casualties in Kursk", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "Kim Jong Un", "North Korea", "state media"],
         "nine of its soldiers had been killed during the mission", False),
        ("troops", NK, 200, 900, "vague", ["analysts in Seoul"],
         "analysts in Seoul believe it numbered several hundred sappers", True),
        ("killed", NK, 2000, None, "about", NIS,
         "roughly 2,000 North Korean soldiers had been killed in the fighting for Kursk", False),
    ],
}

NOT = {
    "000": ["a total of 12,000 troops across four brigades", "four Russian navy landing ships",
            "between Oct. 8 and 13", "2.5 pct in September", "9.1 tln won"],
    "001": ["170mm Koksan self-propelled guns", "240mm multiple rocket launchers", "August 6, 2024",
            "42 combat clashes in past day", "62 of 95 Russian drones", "UAH/USD 41.33"],
    "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "KOSPI closes at 2,435.93",
            "1,451.9 per dollar", "Jeju Air adds 3 routes"],
    "004": ["27 of 55 overnight", "power restored to 12,000 households", "41.8 hryvnias per dollar",
            "Join more than 15,000 members", "$5 a month", "extends martial law for 90 days",
            "several hundred square kilometers of territory"],
    "006": ["108 Shahed-type drones", "63 were shot down", "Day 1,162 of the invasion"],
    "007": ["born in 2005", "aged 26", "39,190.40", "157.68", "300 billion yen", "4th straight month"],
    "010": ["about 220 self-propelled guns and multiple rocket launchers", "shares fall 2%", "slips 0.3%"],
    "012": ["one thousand deminers and five thousand military construction workers",
            "at least 10 more Patriot systems", "for the second time in two weeks"],
    "013": ["about 6,000 engineers and construction workers", "1,395 per dollar", "8 in 10 Koreans",
            "$26 billion"],
    "014": ["120 days", "528th Engineer Regiment", "tens of thousands of mines", "from $2"],
}

OFF = ["002", "005", "009", "011"]
DUP = {"008": "003"}

conflicts = {
    "must": [
        ["003-3", "004-1", "about 1,100 casualties (South Korea's NIS via Lee Seong-kweun, Dec 19) against more "
                           "than 3,000 killed or wounded (Zelensky, Dec 23), four days apart"],
        ["006-1", "006-2", "about 1,500 North Korean dead (Ukraine's HUR) against about 600 (South Korea's NIS), "
                           "the same day in one live blog"],
    ],
    "may": [
        ["000-1", "001-1", "a first contingent of 1,500 (Oct 18) against 11,000 in Kursk (Nov 12): a build-up"],
        ["000-1", "003-4", "first contingent of 1,500 against 11,000 two months later"],
        ["000-1", "010-1", "first contingent against an additional 3,000 four months later"],
        ["000-1", "010-2", "first contingent against 11,000 four months later"],
        ["000-1", "012-1", "first contingent against 14,000-15,000 eight months later"],
        ["001-1", "010-1", "11,000 against an additional 3,000"],
        ["001-1", "012-1", "11,000 (Nov 2024) against 14,000-15,000 in all, seven months later"],
        ["003-4", "010-1", "11,000 against an additional 3,000"],
        ["003-4", "012-1", "11,000 (Dec 2024) against 14,000-15,000 in all, six months later"],
        ["004-2", "012-1", "up to 12,000 (Dec 2024) against 14,000-15,000 in all, six months later"],
        ["010-1", "010-2", "an additional 3,000 against the 11,000 first sent, in one article"],
        ["010-1", "012-1", "an additional 3,000 against 14,000-15,000 in all"],
        ["010-2", "012-1", "11,000 first sent against 14,000-15,000 in all, four months later"],
        ["003-3", "006-3", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025): cumulative, months apart"],
        ["003-3", "012-2", "1,100 casualties (Dec 2024) against 4,700 restated in June 2025"],
        ["003-3", "013-2", "1,100 casualties (Dec 2024) against 6,000 (Sep 2025)"],
        ["006-3", "013-2", "4,700 casualties (NIS, Apr) against 6,000 (UK, Aug-Sep): months apart"],
        ["012-2", "013-2", "4,700 casualties (NIS April figure) against 6,000 (UK), months apart"],
        ["007-1", "006-1", "300 killed (Jan) against 1,500 (Apr): cumulative, months apart"],
        ["007-1", "006-2", "300 killed (Jan) against 600 (Apr): cumulative, months apart"],
        ["007-1", "012-3", "300 killed (Jan) against 600 restated in June"],
        ["007-1", "013-1", "300 killed (Jan) against 2,000 (Sep)"],
        ["007-1", "014-3", "300 killed (Jan) against 2,000 restated in December"],
        ["006-1", "012-3", "Kyiv's 1,500 dead (Apr 30) against Seoul's April figure of 600 restated in June"],
        ["006-1", "013-1", "1,500 killed (Apr) against 2,000 (Sep)"],
        ["006-1", "014-3", "1,500 killed (Apr) against 2,000 restated in December"],
        ["006-2", "013-1", "600 killed (Apr) against 2,000 (Sep): cumulative, months apart"],
        ["006-2", "014-3", "600 killed (Apr) against 2,000 restated in December"],
        ["012-3", "013-1", "600 killed (April figure) against 2,000 (Sep)"],
        ["012-3", "014-3", "600 killed (April figure) against 2,000 restated in December"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
