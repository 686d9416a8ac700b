#!/usr/bin/env python3
"""Gold labels for testdata/blind355 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind355 articles (fifteen articles written for crosscheck in our own words, "
         "labelled blind). Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "South Korea", "Seoul"]
LEE = NIS + ["Lee Seong-kweun", "lawmaker"]
PARK = NIS + ["Park Sun-won", "lawmaker"]
PENTAGON = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "U.S."]
HUR = ["Ukrainian military intelligence", "military intelligence", "HUR", "Ukraine"]
GENSTAFF = ["Andrii Kovalov", "Kovalov", "General Staff", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "with some 1,500 already transferred to the Russian Far East", False),
    ],
    "001": [
        ("troops", "north_korea", 3000, None, "at_least", PARK,
         "North Korea has moved at least 3,000 soldiers to Russia so far", False),
        ("troops", "north_korea", 1500, None, "about", PARK,
         "a second group of around 1,500 had been shipped out this week", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, None, "about", PENTAGON,
         "roughly 10,000 North Korean soldiers have been sent to eastern Russia in total", False),
        ("troops", "north_korea", 8000, None, "about", PENTAGON,
         "about 8,000 of them have moved into the Kursk Oblast", False),
        ("troops", "north_korea", 11000, None, "exact", HUR,
         "Ukrainian military intelligence says there are already 11,000 North Korean troops in Kursk", False),
    ],
    "003": [
        ("troops", "north_korea", 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "there were “already 11,000” North Korean soldiers in Kursk Oblast", False),
        ("troops", "north_korea", 500, None, "about", ["Kyrylo Budanov", "Budanov", "HUR", "military intelligence", "Ukraine"],
         "the contingent includes some five hundred officers", False),
        ("troops", "north_korea", 200, 900, "vague", ["Ukrainian military source", "military source", "Kyiv Independent", "Ukraine"],
         "Several hundred of them are believed to be already near the line of contact", True),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", LEE,
         "Some 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", LEE,
         "about 2,700 wounded while fighting alongside Russian forces", False),
        ("captured", "north_korea", 2, None, "exact", LEE + ["Ukraine", "Volodymyr Zelensky", "Zelensky"],
         "confirming that two North Korean soldiers had been captured by Ukraine", False),
        ("casualties", "north_korea", 3000, None, "about", LEE,
         "The NIS put combined casualties at some 3,000", False),
    ],
    "006": [
        ("killed", "north_korea", 1000, None, "more_than", GENSTAFF,
         "Over 1,000 soldiers from the North Korean contingent have been killed in Kursk Oblast", False),
        ("wounded", "north_korea", 2000, None, "more_than", GENSTAFF,
         "the number of wounded North Koreans exceeded 2,000", False),
        ("captured", "north_korea", 2, None, "exact", GENSTAFF + ["Security Service of Ukraine", "SBU"],
         "the two North Korean prisoners taken on 9 January", False),
        ("casualties", "russia", 38000, None, "more_than", ["Oleksandr Syrskyi", "Syrskyi", "Commander-in-Chief", "Ukraine"],
         "Russian losses in the Kursk operation area had exceeded 38,000 killed and wounded", False),
    ],
    "008": [
        ("killed", "north_korea", 600, None, "about", LEE,
         "Around 600 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("casualties", "north_korea", 4700, None, "about", LEE,
         "Combined casualties, including the wounded, now stand at about 4,700", False),
        ("troops", "north_korea", 15000, None, "about", LEE,
         "Pyongyang has sent some 15,000 soldiers in total", False),
        ("troops", "north_korea", 3000, None, "about", LEE,
         "roughly 3,000 reinforcements dispatched in January and February", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "North Korea first deployed thousands of troops to Russia's Kursk region in October", True),
    ],
    "009": [
        ("troops", "north_korea", 11000, None, "about",
         ["Western and South Korean intelligence", "Western intelligence", "South Korean intelligence", "South Korea"],
         "put the number sent there last autumn at around 11,000", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "some 600 of them were killed", False),
    ],
    "011": [
        ("killed", "north_korea", 2000, None, "about", NIS + ["lawmakers"],
         "about 2,000 North Korean soldiers have been killed", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["lawmakers"],
         "The agency had put the figure at about 600 in April", False),
        ("troops", "north_korea", 1000, None, "about", NIS + ["lawmakers"],
         "about 1,000 combat engineers have been dispatched to the Russian region of Kursk", False),
        ("wounded", "north_korea", 200, 999, "vague", NIS + ["lawmakers"],
         "hundreds of soldiers who returned home with injuries", True),
    ],
    "012": [
        ("killed", "north_korea", 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"],
         "nine of its soldiers were killed during the mission", False),
        ("troops", "north_korea", 14000, None, "more_than", ["unattributed"],
         "More than 14,000 North Korean troops are believed to have been sent to Russia since autumn 2024", False),
        ("troops", "north_korea", 11000, 12000, "range",
         ["South Korean and Ukrainian intelligence", "South Korean intelligence", "Ukrainian intelligence", "South Korea", "Ukraine"],
         "a first wave of between 11,000 and 12,000", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had died in the war", False),
    ],
}

NOT = {
    "000": ["between Oct. 8 and 13", "Four Russian landing ships and three escort vessels",
            "whose total strength Seoul puts at about 45,000", "more than 13,000 containers",
            "11th Army Corps", "2,593.82", "1,369.90", "Govt to hire 2,000 more civil servants"],
    "001": ["it expects the total to reach about 10,000 by December",
            "decided to dispatch up to 12,000 troops in four brigades",
            "about 100 Russian military terms", "join more than 120,000 readers",
            "rise for 30th straight week", "grows 0.1% in third quarter"],
    "002": ["$425 million", "155mm and 105mm artillery rounds", "500 Javelin and AT-4 anti-armor systems",
            "56th Security Consultative Meeting", "the North had decided to send around 12,000",
            "February of 2022"],
    "003": ["as many as 100,000 troops", "82mm mortars", "roughly 7,000 kilometers",
            "about $2,000 a month per soldier", "Russia attacks Kharkiv with 20 drones overnight",
            "We're 15,000 members strong", "help us reach 20,000", "5 min read"],
    "005": ["aged 20", "aged 26", "serving as a sniper since 2016", "KOSPI 2,489.56", "USD/KRW 1,470.80",
            "179 passengers", "jobless rate climbs to 3.7%"],
    "006": ["24/7 newscast", "about 450 square kilometres",
            "Russians attack Zaporizhzhia with 12 drones, 3 people injured", "over 800,000 subscribers",
            "USD 42.10"],
    "008": ["well over $1 billion", "215-drone attack", "at least 30 killed in paramilitary shelling",
            "two days after Russia's chief of staff"],
    "009": ["1,000 sappers", "5,000 military construction workers", "third trip to North Korea in three months",
            "more than 1,700 residential buildings", "about 1,300 square kilometers", "$2 a month"],
    "011": ["some 5,000 military construction troops are expected to follow", "60th anniversary of ties",
            "Video 1:42", "24 hours a day"],
    "012": ["spent 120 days clearing mines", "20-point peace framework", "70 of the drones",
            "Russia launched 94 drones and two ballistic missiles", "about 60,000 households",
            "Comments (312)", "up to $5bn", "The best 50 albums of 2025"],
}

OFF = ["004", "007", "010", "013"]
DUP = {"014": "005"}

conflicts = {
    "must": [
        ["002-2", "002-3", "about 8,000 North Korean troops in Kursk (Pentagon) against 'already 11,000' in Kursk (Ukrainian military intelligence), in the same briefing"],
        ["002-2", "003-1", "about 8,000 in Kursk (Pentagon, Nov 4) against 'already 11,000' in Kursk Oblast (Zelensky, Nov 5)"],
        ["005-1", "006-1", "about 300 North Koreans killed (NIS, Jan 13) against more than 1,000 killed (Ukraine's General Staff, Jan 16)"],
    ],
    "may": [
        ["002-1", "002-3", "about 10,000 sent to eastern Russia in total against 11,000 in Kursk: close values, different scope"],
        ["002-1", "003-1", "about 10,000 sent to eastern Russia in total against 11,000 in Kursk a day later"],
        ["000-1", "002-1", "1,500 transferred (Oct 18) against about 10,000 (Nov 4) while the deployment was still under way"],
        ["000-1", "002-2", "1,500 transferred (Oct 18) against about 8,000 in Kursk (Nov 4), deployment under way"],
        ["000-1", "002-3", "1,500 transferred (Oct 18) against 11,000 in Kursk (Nov 4), deployment under way"],
        ["000-1", "003-1", "1,500 transferred (Oct 18) against 11,000 in Kursk (Nov 5), deployment under way"],
        ["002-1", "008-3", "about 10,000 (Nov 2024) against some 15,000 in total including reinforcements (Apr 2025)"],
        ["002-2", "008-3", "about 8,000 in Kursk (Nov 2024) against some 15,000 in total (Apr 2025)"],
        ["002-3", "008-3", "11,000 in Kursk (Nov 2024) against some 15,000 in total (Apr 2025)"],
        ["003-1", "008-3", "11,000 in Kursk (Nov 2024) against some 15,000 in total (Apr 2025)"],
        ["002-2", "009-1", "about 8,000 in Kursk (Nov 2024) against around 11,000 sent last autumn (Jun 2025)"],
        ["008-3", "009-1", "some 15,000 in total including reinforcements against around 11,000 sent in the autumn"],
        ["002-1", "012-2", "about 10,000 (Nov 2024) against more than 14,000 (Dec 2025), a year apart"],
        ["002-2", "012-2", "about 8,000 in Kursk (Nov 2024) against more than 14,000 (Dec 2025)"],
        ["002-3", "012-2", "11,000 (Nov 2024) against more than 14,000 (Dec 2025)"],
        ["003-1", "012-2", "11,000 (Nov 2024) against more than 14,000 (Dec 2025)"],
        ["009-1", "012-2", "around 11,000 sent last autumn against more than 14,000 in all since autumn 2024"],
        ["002-1", "012-3", "about 10,000 (Nov 2024) against a first wave of 11,000-12,000 (Dec 2025)"],
        ["002-2", "012-3", "about 8,000 in Kursk (Nov 2024) against a first wave of 11,000-12,000 (Dec 2025)"],
        ["005-1", "008-1", "the NIS's running count of the dead: about 300 (Jan) then about 600 (Apr)"],
        ["005-1", "009-2", "about 300 killed (Jan) against some 600 killed (Jun), months apart"],
        ["005-1", "011-1", "about 300 killed (Jan) against about 2,000 (Sep)"],
        ["005-1", "011-2", "about 300 killed (Jan) against about 600 'in April'"],
        ["005-1", "012-4", "about 300 killed (Jan) against about 2,000 (Dec, citing September)"],
        ["006-1", "008-1", "more than 1,000 killed (Jan, Ukraine) against about 600 (Apr, NIS), months apart"],
        ["006-1", "009-2", "more than 1,000 killed (Jan, Ukraine) against some 600 (Jun, NIS)"],
        ["006-1", "011-2", "more than 1,000 killed (Jan, Ukraine) against about 600 in April (NIS)"],
        ["008-1", "011-1", "about 600 killed (Apr) against about 2,000 (Sep): the NIS raised its estimate"],
        ["008-1", "012-4", "about 600 killed (Apr) against about 2,000 (Sep estimate, Dec article)"],
        ["009-2", "011-1", "some 600 killed (Jun) against about 2,000 (Sep)"],
        ["009-2", "012-4", "some 600 killed (Jun) against about 2,000 (Dec)"],
        ["011-1", "011-2", "the NIS's new estimate (about 2,000) against its April one (about 600), in one article"],
        ["011-2", "012-4", "about 600 in April against about 2,000 estimated in September"],
        ["005-4", "008-2", "the NIS's running count of casualties: some 3,000 (Jan) then about 4,700 (Apr)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
