#!/usr/bin/env python3
"""Gold labels for testdata/blind395 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind395: 15 articles written in our own words about North Korean troops in "
         "Russia's Kursk region (Oct 2024 - Dec 2025). Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]
LEE = ["Lee Seong-kweun", "lawmaker"]

A = {
    "000": [
        ("troops", "north_korea", 10000, None, "about", ["Pentagon", "United States", "US"],
         "Roughly 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
        ("troops", "north_korea", 8000, None, "about", ["Pentagon", "United States", "US"],
         "about 8,000 of them have since moved into the Kursk region", False),
        ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Ukrainian military intelligence"],
         "There are already 11,000 of them in Kursk", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "about 1,500 special forces had already been shipped from the North's port of Chongjin to Vladivostok", False),
    ],
    "002": [
        ("casualties", "north_korea", 1100, None, "about", LEE + NIS + ["ruling party lawmaker"],
         "North Korean troops deployed to Russia have suffered some 1,100 casualties", False),
        ("killed", "north_korea", 100, None, "at_least", LEE + NIS + ["ruling party lawmaker"],
         "including at least 100 deaths", False),
        ("troops", "north_korea", 11000, None, "about", NIS + LEE,
         "The NIS believes North Korea has sent some 11,000 troops to Russia", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Ukraine"],
         "North Korean units fighting for Russia in Kursk Oblast have lost upward of 3,000 men killed or wounded", False),
        ("troops", "north_korea", 11000, None, "about", ["Ukrainian and Western intelligence", "Ukrainian intelligence", "Western intelligence", "Ukraine"],
         "Pyongyang deployed around 11,000 soldiers to Russia this fall", False),
        ("casualties", "russia", 38000, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "Russia has lost more than 38,000 troops killed and wounded in Kursk Oblast since August", False),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", NIS + LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + LEE,
         "2,700 wounded fighting alongside Russian forces against Ukraine", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "Volodymyr Zelensky", "Zelensky", "SBU"],
         "Ukraine said it had captured two North Korean soldiers in Russia's Kursk region", False),
        ("killed", "north_korea", 1000, None, "more_than", ["Ukrainian military intelligence", "Ukraine's military intelligence agency", "senior officer", "Ukraine", "BBW"],
         "well over 1,000 North Koreans had been killed since they entered combat in December", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Pyongyang is believed to have sent about 11,000 soldiers to Russia last autumn", False),
    ],
    "006": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has sent roughly 3,000 more soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 10000, None, "more_than", ["unattributed"],
         "Pyongyang is thought to have dispatched more than 10,000 soldiers to Russia last year", False),
    ],
    "007": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian Defense Ministry", "General Staff", "Russia"],
         "Personnel, killed and wounded: more than 76,000", False),
        ("captured", "ukraine", 200, 999, "vague", ["Valery Gerasimov", "Gerasimov", "Russia"],
         "hundreds of Ukrainian servicemen had laid down their arms and been taken prisoner", True),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS + LEE,
         "North Korea has suffered roughly 4,700 casualties among the troops it sent to help Russia fight Ukraine", False),
        ("killed", "north_korea", 600, None, "about", NIS + LEE,
         "including about 600 killed in action", False),
        ("killed", "north_korea", 300, None, "about", NIS + LEE,
         "the roughly 300 fatalities the agency reported in January", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + LEE,
         "when it put the number of wounded at around 2,700", False),
    ],
    "011": [
        ("troops", "north_korea", 11000, 12000, "range", ["Ukrainian and South Korean intelligence", "Ukrainian intelligence", "South Korean intelligence", "Ukraine", "South Korea"],
         "Between 11,000 and 12,000 North Korean soldiers were deployed to the region last autumn", False),
        ("killed", "north_korea", 600, None, "about", ["Seoul's spy agency"] + NIS,
         "some six hundred of them had been killed", False),
    ],
    "012": [
        ("killed", "north_korea", 2000, None, "about", NIS + LEE,
         "around 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("troops", "north_korea", 10000, None, "about", NIS + LEE,
         "about 10,000 North Korean troops were still stationed in Russia's Kursk region", False),
        ("troops", "north_korea", 1000, None, "about", NIS,
         "Pyongyang had so far sent roughly 1,000 of the military engineers it promised Moscow in June", False),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Kim Jong Un"],
         "nine of its members died during the mission", False),
        ("killed", "north_korea", 2000, None, "about", ["South Korea's spy agency"] + NIS,
         "roughly 2,000 North Korean soldiers have been killed in the fighting", False),
        ("troops", "north_korea", 2000, 9000, "vague", ["South Korean intelligence", "South Korea"] + NIS,
         "Several thousand North Korean troops remain in the Kursk region", True),
    ],
}

NOT = {
    "000": ["a total of some 12,000 soldiers organized in four brigades", "five training bases", "82mm mortars",
            "about 30 miles from the Ukrainian border", "about $2,000 a month per soldier", "June 19",
            "more than 13,000 shipping containers", "August 2023", "70 Miles Inside the Border", "500 Square Miles",
            "Read 312 Comments", "7:42 min"],
    "002": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "1.43 pct lower", "1.8 tln-won takeover",
            "ADDS details in paras 5-8"],
    "003": ["personnel 774,400 (+1,680)", "tanks 9,530", "around 1,300 square kilometers", "roughly 40% of that area",
            "Russia lost 1,870 soldiers in one day", "from $5 a month", "Aug. 6"],
    "005": ["One is 20 and the other 26", "Video, 00:01:38", "27 Dec"],
    "006": ["up to 60 kilometres", "since 1953"],
    "007": ["Tanks: 412", "Infantry fighting vehicles: 381", "Armored combat vehicles: 3,124", "Field artillery guns: 517",
            "Multiple launch rocket systems: 64", "August 6, 2024",
            "Ukraine loses up to 1,200 troops a day along the line of contact"],
    "009": ["about 28 trillion won ($19.6 billion)", "Won hits 5-month high at 1,420 per dollar",
            "Seoul to hire 2,000 more bus drivers by 2026"],
    "011": ["1,000 sappers to clear mines in Russia's Kursk region", "another 5,000 military construction workers",
            "6,000 Sappers and Military Builders", "Russia Says It Shot Down 184 Ukrainian Drones Overnight", "$10"],
    "012": ["the rest of the 6,000-strong contingent of sappers and builders", "26 countries had committed",
            "502 drones and decoys and 24 missiles", "430 drones and 21 missiles", "19th package of sanctions",
            "more than 500 drones", "Comments (412)"],
    "014": ["Kim, 41", "about 120 days", "1,000 deminers and 5,000 military builders",
            "N. Korea fires 2 ballistic missiles", "3 billion yen"],
}

OFF = ["001", "004", "010", "013"]
DUP = {"008": "006"}

# troops claims, for the "additional force" and months-apart may-pairs below
conflicts = {
    "must": [
        ["000-2", "000-3", "about 8,000 in Kursk (Pentagon) against 11,000 in Kursk (Zelensky), same article, same week"],
        ["002-1", "003-1", "about 1,100 casualties (NIS via Lee, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
        ["005-1", "005-4", "about 300 killed (NIS) against well over 1,000 killed (Ukrainian military intelligence), same article, same week"],
    ],
    "may": [
        # troops: whole vs Kursk figure, weeks or months apart
        ["000-1", "000-3", "about 10,000 in Russia (Pentagon) against 11,000 in Kursk (Zelensky): close estimates, whole vs part"],
        ["000-1", "002-3", "10,000 (Nov) against 11,000 (Dec), six weeks apart"],
        ["000-1", "003-2", "10,000 (Nov) against 11,000 (Dec), seven weeks apart"],
        ["000-1", "005-5", "10,000 (Nov) against 11,000 (Jan), two months apart"],
        ["000-1", "011-1", "10,000 (Nov) against 11,000-12,000 (reported June), months apart"],
        ["000-2", "002-3", "8,000 in Kursk (Nov) against 11,000 in Russia (Dec), weeks apart, part vs whole"],
        ["000-2", "003-2", "8,000 (Nov) against 11,000 (Dec), weeks apart"],
        ["000-2", "005-5", "8,000 (Nov) against 11,000 (Jan), months apart"],
        ["000-2", "006-2", "8,000 (Nov) against more than 10,000 (reported Feb), months apart"],
        ["000-2", "011-1", "8,000 (Nov) against 11,000-12,000 (reported June), months apart"],
        ["000-2", "012-2", "8,000 (Nov 2024) against 10,000 still stationed (Sep 2025), months apart"],
        ["000-3", "012-2", "11,000 (Nov 2024) against 10,000 still stationed (Sep 2025), months apart"],
        ["002-3", "012-2", "11,000 (Dec 2024) against 10,000 still stationed (Sep 2025), months apart"],
        ["003-2", "012-2", "11,000 (Dec 2024) against 10,000 still stationed (Sep 2025), months apart"],
        ["005-5", "012-2", "11,000 (Jan 2025) against 10,000 still stationed (Sep 2025), months apart"],
        ["006-2", "012-2", "more than 10,000 sent in 2024 against 10,000 still stationed (Sep 2025), months apart"],
        ["011-1", "012-2", "11,000-12,000 sent last autumn against 10,000 still stationed (Sep 2025)"],
        # troops: the additional 3,000
        ["006-1", "000-1", "an additional 3,000 against the first 10,000"],
        ["006-1", "000-2", "an additional 3,000 against 8,000"],
        ["006-1", "000-3", "an additional 3,000 against 11,000"],
        ["006-1", "000-4", "an additional 3,000 against the first 1,500"],
        ["006-1", "002-3", "an additional 3,000 against 11,000"],
        ["006-1", "003-2", "an additional 3,000 against 11,000"],
        ["006-1", "005-5", "an additional 3,000 against 11,000"],
        ["006-1", "006-2", "an additional 3,000 against more than 10,000 last year, same article"],
        ["006-1", "011-1", "an additional 3,000 against 11,000-12,000"],
        ["006-1", "012-2", "an additional 3,000 against 10,000 stationed (Sep)"],
        # casualties: cumulative rises months apart
        ["002-1", "009-2", "cumulative update: 1,100 (Dec) to 4,700 (Apr), same agency, months apart"],
        # killed: cumulative rises months apart
        ["005-1", "009-1", "cumulative update: 300 (Jan) to 600 (Apr), same agency, months apart"],
        ["009-1", "009-3", "cumulative update in one article: 600 now against the 300 reported in January"],
        ["005-1", "011-2", "300 (Jan) against 600 (reported June), months apart"],
        ["005-1", "012-1", "300 (Jan) against 2,000 (Sep), months apart"],
        ["005-1", "014-2", "300 (Jan) against 2,000 (Dec), months apart"],
        ["009-3", "011-2", "300 (January figure) against 600 (April figure)"],
        ["009-3", "012-1", "300 (January figure) against 2,000 (Sep)"],
        ["009-3", "014-2", "300 (January figure) against 2,000 (Dec)"],
        ["009-1", "012-1", "600 (Apr) against 2,000 (Sep), months apart"],
        ["009-1", "014-2", "600 (Apr) against 2,000 (Dec), months apart"],
        ["011-2", "012-1", "600 (April figure) against 2,000 (Sep), months apart"],
        ["011-2", "014-2", "600 (April figure) against 2,000 (Dec), months apart"],
        ["005-4", "009-1", "more than 1,000 (Jan, Ukraine) against about 600 (Apr, NIS), months apart"],
        ["005-4", "009-3", "more than 1,000 (Ukraine) against the NIS January figure of 300, reported three months later"],
        ["005-4", "011-2", "more than 1,000 (Jan) against about 600 (reported June), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
