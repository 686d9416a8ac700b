#!/usr/bin/env python3
"""Gold labels for blind567 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind567/articles: fifteen articles written in our own words, "
         "labelled blind. Same schema and rules as testdata/corpus/gold.json (see corpus/README.md).")

NK, RU, UA = "north_korea", "russia", "ukraine"
HUR = ["Kyrylo Budanov", "Budanov", "Defence Intelligence", "HUR", "Ukraine"]
PENTAGON = ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "US"]
NIS = ["National Intelligence Service", "NIS", "spy agency", "Lee Seong-kweun", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"]
SSO = ["Special Operations Forces", "Ukraine's Special Operations Forces", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korean military", "South Korea"]
GERASIMOV = ["Valery Gerasimov", "Gerasimov", "General Staff", "Russian Defense Ministry", "Russia"]
UA_MI = ["Ukraine's military intelligence", "Ukrainian military intelligence", "military intelligence", "HUR", "Ukraine"]
SK_UA = ["South Korea", "Ukraine", "South Korean and Ukrainian estimates", "Seoul", "Kyiv"]
KCNA = ["Kim Jong Un", "KCNA", "Korean Central News Agency", "North Korea", "Pyongyang", "state media"]
OFFICIALS = ["U.S., South Korean and Ukrainian officials", "United States", "US", "South Korea", "Ukraine"]
UKDI = ["Britain's Defence Intelligence", "Defence Intelligence", "UK Defence Intelligence", "Britain", "UK",
        "UK Ministry of Defence"]

A = {
    "000": [
        ("troops", NK, 11000, None, "about", HUR,
         "Some eleven thousand North Korean infantrymen are going through training at ranges in Russia's Far East", False),
        ("troops", NK, 500, None, "about", HUR,
         "Among them, he said, are roughly 500 officers", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "about", PENTAGON,
         "North Korea has sent around 10,000 soldiers in total to train in eastern Russia", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "around 1,000 wounded in fighting with Ukrainian forces", False),
        ("casualties", NK, 1100, None, "about", NIS,
         "the figures point to roughly 1,100 casualties", False),
        ("troops", NK, 11000, None, "about", NIS,
         "roughly 11,000 troops the North is believed to have sent to Russia", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean losses in Russia's Kursk region have passed three thousand killed and wounded", False),
        ("killed", NK, 50, None, "about", SSO,
         "their units had killed about 50 North Korean soldiers", False),
        ("troops", RU, 50000, None, "about", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Russia had massed about 50,000 troops in the region", False),
    ],
    "006": [
        ("killed", NK, 300, None, "about", NIS,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "2,700 others wounded", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "The North's casualties in Russia's Kursk region are now put at around 3,000", False),
        ("captured", NK, 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "two North Korean soldiers were captured by Ukrainian forces", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has sent an additional 3,000 or so troops to Russia since January", False),
        ("troops", NK, 11000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "Pyongyang had earlier dispatched around 11,000 soldiers", False),
    ],
    "008": [
        ("casualties", UA, 76000, None, "more_than", GERASIMOV,
         "the Ukrainian armed forces lost more than 76,000 servicemen killed and wounded", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS,
         "including roughly 600 dead", False),
        ("killed", NK, 2000, None, "about", UA_MI,
         "Ukrainian assessments put the number of North Koreans killed at about 2,000", False),
    ],
    "011": [
        ("troops", NK, 12000, None, "up_to", SK_UA,
         "Pyongyang sent up to 12,000 soldiers to Kursk last autumn", False),
        ("troops", NK, 2000, 9000, "vague", SK_UA,
         "reinforced them with several thousand more early this year", True),
        ("casualties", NK, 4700, None, "about", NIS + ["Seoul's spy agency"],
         "about 4,700 of them had been killed or wounded", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", KCNA,
         "nine of its soldiers were killed during the mission", False),
        ("troops", NK, 10000, 12000, "range", OFFICIALS,
         "between 10,000 and 12,000 North Korean troops were sent to Russia in the fall of 2024", False),
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "about 2,000 North Korean soldiers had been killed", False),
        ("casualties", NK, 6000, None, "more_than", UKDI,
         "Britain's Defence Intelligence has put total North Korean casualties, killed and wounded together, at more than 6,000", False),
        ("troops", NK, 1000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "Some 1,000 North Korean sappers were already working in the region by September", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "The two soldiers captured by Ukraine in January remain in Ukrainian custody", False),
    ],
}

NOT = {
    "000": ["more than 7,000 kilometres from the front", "The first wave to be moved to Kursk would number about 2,600",
            "Pyongyang was preparing 10,000 soldiers to be sent to Russia", "five training grounds",
            "56 of 81 drones", "UAH 500 bln", "Views: 4,812"],
    "002": ["the deployment could reach 10,000 by December", "roughly 100 U.S. soldiers operate the battery",
            "155mm rounds", "up to $425 million", "on the 30th"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns", "204-85",
            "1,450 per dollar", "after 4 years", "2nd week"],
    "004": ["20 to 30 metres apart", "some 1,300 square kilometers", "Like 1.2K", "12 Russian Radar Stations",
            "7 Events"],
    "006": ["aged 20", "the other, 26", "since 2016", "in 2021", "Jan. 9", "4 minutes"],
    "007": ["170-millimeter self-propelled howitzers", "240-mm multiple rocket launchers", "8 trillion yen",
            "Jan. 20"],
    "008": ["over 400 tanks", "more than 300 infantry fighting vehicles", "nearly 1,500 field artillery guns",
            "some 4,000 motor vehicles", "about 1,300 square kilometers", "17 Ukrainian UAVs", "28 border settlements"],
    "009": ["about 2 miles from the Ukrainian border", "Trump's first 100 days", "169 seats"],
    "011": ["1,000 sappers to demine Russian territory", "5,000 military builders",
            "One thousand deminers and five thousand military builders", "440 drones and 32 missiles",
            "C$2bn", "nine-storey", "second time in two weeks"],
    "014": ["120 days", "the 5,000 military builders Pyongyang promised in June", "about 30,000 square kilometers",
            "about 1.1 million", "roughly 6,500 kilometers", "about 245 kilometers"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"012": "006"}

conflicts = {
    "must": [
        ["003-3", "004-1", "about 1,100 casualties (South Korea's NIS, via Lee Seong-kweun, 19 Dec 2024) against "
         "more than 3,000 killed and wounded (Zelensky, citing Syrskyi, 23 Dec 2024), four days apart"],
        ["009-2", "009-3", "about 600 killed (South Korea's NIS) against about 2,000 killed (Ukrainian military "
         "intelligence), in the same article on the same day"],
    ],
    "may": [
        ["000-1", "002-1", "about 11,000 (HUR, 25 Oct) against about 10,000 (Pentagon, 28 Oct): two approximations "
         "of a force still arriving"],
        ["002-1", "003-4", "about 10,000 in October against about 11,000 in December, weeks apart"],
        ["002-1", "007-2", "about 10,000 in October 2024 against about 11,000 'last autumn', restated in February 2025"],
        ["004-1", "006-3", "more than 3,000 against around 3,000, three weeks apart"],
        ["007-1", "000-1", "an additional 3,000 against the first force"],
        ["007-1", "002-1", "an additional 3,000 against the first force"],
        ["007-1", "003-4", "an additional 3,000 against the first force"],
        ["007-1", "007-2", "an additional 3,000 against the first force"],
        ["007-1", "011-1", "an additional 3,000 against the first force"],
        ["007-1", "014-2", "an additional 3,000 against the first force"],
        ["003-3", "009-1", "cumulative casualties, December against April"],
        ["003-3", "011-3", "cumulative casualties, December against an April estimate relayed in June"],
        ["003-3", "014-4", "cumulative casualties, December 2024 against December 2025"],
        ["006-3", "009-1", "cumulative casualties, January against April"],
        ["006-3", "011-3", "cumulative casualties, January against an April estimate relayed in June"],
        ["006-3", "014-4", "cumulative casualties, January against a later UK estimate"],
        ["009-1", "014-4", "cumulative casualties, April against a later UK estimate"],
        ["011-3", "014-4", "cumulative casualties, June against December"],
        ["006-1", "009-2", "cumulative killed, January against April (same agency)"],
        ["006-1", "009-3", "cumulative killed, January against April"],
        ["006-1", "014-3", "cumulative killed, January against September"],
        ["009-2", "014-3", "cumulative killed, April against September (same agency)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
