#!/usr/bin/env python3
"""Gold labels for testdata/blind382 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind382: fifteen articles written for crosscheck in our own words, labelled "
         "blind. See ../corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korean military", "South Korea"]
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea's spy agency", "Seoul", "South Korea"]
PENTAGON = ["Pentagon", "Sabrina Singh", "Defense Department", "United States", "U.S."]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine"]

A = {
    "000": [
        ("casualties", NK, 1100, None, "about", JCS,
         "have suffered around 1,100 casualties in clashes with Ukrainian forces", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had been killed in combat", False),
        ("troops", NK, 11000, None, "about", NIS,
         "The North is believed to have sent some 11,000 troops to Russia in October and November", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", PENTAGON,
         "roughly 10,000 North Korean soldiers have been sent to eastern Russia to train", False),
        ("troops", NK, 8000, None, "about", PENTAGON,
         "About 8,000 of them have since moved into the Kursk region", False),
        ("troops", NK, 12000, None, "up_to", ["Ukrainian officials", "Kyiv", "Ukraine"],
         "Ukrainian officials say up to 12,000 North Koreans are now in Russia", False),
        ("troops", NK, 2000, 9999, "vague", ["Ukrainian officials", "Kyiv", "Ukraine"],
         "thousands more are still drilling at ranges in the Russian Far East", True),
    ],
    "002": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi", "Oleksandr Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Kursk Oblast", False),
        ("casualties", NK, 200, None, "about",
         ["HUR", "military intelligence", "Ukraine's military intelligence agency", "Ukraine"],
         "had cost the North Koreans around 200 killed and wounded", False),
        ("troops", NK, 11000, 12000, "range", ["Ukrainian intelligence", "Ukraine"],
         "Of the 11,000-12,000 North Korean troops Ukrainian intelligence says were sent to Russia", False),
        ("troops", RU, 50000, None, "about", ZEL,
         "Russia has massed about 50,000 of its own troops in the region", False),
    ],
    "004": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian soldiers have taken two North Korean servicemen prisoner", False),
        ("captured", NK, 1, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "reported capturing one North Korean soldier in Kursk Oblast", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea has sent about 11,000 soldiers to fight for Russia in Kursk Oblast", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", NIS + ["Lee Seong-kweun"],
         "North Korean casualties in Russia's war against Ukraine have climbed past 3,000", False),
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "about 300 soldiers killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "and 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS,
         "Ukraine had captured two North Korean soldiers on Jan. 9", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea appears to have dispatched roughly 3,000 additional soldiers to Russia since January", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the approximately 11,000 troops Pyongyang sent last autumn", False),
    ],
    "008": [
        ("casualties", UA, 76000, None, "more_than", ["Gerasimov", "Valery Gerasimov", "Russia"],
         "Ukraine had lost more than 76,000 troops in the eight-month operation", False),
        ("troops", NK, 10000, 12000, "range",
         ["South Korean and Western intelligence", "South Korea", "Western intelligence", "Seoul"],
         "Pyongyang sent between 10,000 and 12,000 soldiers to Russia last year", False),
        ("casualties", NK, 2000, 9999, "vague", ["Seoul's spy agency", "NIS", "South Korea"],
         "thousands of them were killed or wounded", True),
    ],
    "009": [
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"],
         "around 600 North Korean soldiers have been killed fighting for Russia", False),
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "out of roughly 4,700 casualties in total", False),
        ("casualties", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "the casualty estimate had risen from about 3,000 in January", False),
        ("killed", NK, 1000, None, "at_least",
         ["western intelligence", "Western intelligence sources, via the BBC", "BBC"],
         "at least 1,000 North Korean troops had been killed in a three-month stretch of fighting alone", False),
        ("killed", NK, 200, 900, "vague", ["Ukrainian commanders", "Ukraine"],
         "hundreds died in the battle for the town in March", True),
    ],
    "012": [
        ("troops", NK, 11000, None, "about", ["HUR", "Ukraine's military intelligence agency", "Ukraine"],
         "around eleven thousand North Korean servicemen are still stationed in the Kursk region", False),
        ("killed", RU, 100000, None, "more_than", ["Mediazona", "BBC News Russian", "BBC"],
         "the names of more than 100,000 Russian soldiers killed", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won"],
         "Some two thousand North Korean soldiers are estimated to have died fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS + ["Park Sun-won"],
         "the roughly 600 deaths it counted in April", False),
        ("troops", NK, 1000, None, "about", NIS + ["Park Sun-won"],
         "some 1,000 of the military engineers Pyongyang promised in June have already arrived in Kursk", False),
    ],
}

NOT = {
    "000": ["more than 20,000 containers of munitions", "240-mm multiple rocket launchers",
            "170-mm self-propelled guns", "Won closes at 1,451.9 per dollar", "2 million-strong civil defense"],
    "001": ["since 1953", "about $2,000 a month per soldier", "about 300 kilometers away",
            "155mm artillery shells", "Harris and Trump make final pitches in 7 battleground states"],
    "002": ["lines of 20 to 30 people", "8th Special Operations Regiment", "about 1,300 square kilometers",
            "within 10 kilometers of the line", "Russian missile attack on Kharkiv injures 12",
            "Join our community of 16,000 members"],
    "004": ["born in 2005", "aged 26", "Russia lost 1,810 soldiers over past day", "Views: 48,711"],
    "005": ["on Jan. 9", "Zelensky says Ukraine captured 2 North Korean soldiers in Kursk",
            "KOSPI closes up 0.6 percent at 2,489.56"],
    "006": ["more than 200 long-range artillery pieces", "Watch video 1:12", "Japan's exports rise 7.2% in January"],
    "008": ["June 19, 2024", "Aug 6, 2024", "Crowds of 250,000 gather for Pope Francis's funeral in Rome"],
    "009": ["from 8 to 10 May", "a 30-day truce", "Russia launched 108 drones and two ballistic missiles",
            "61 drones were shot down", "within 24 hours", "sharing control 50-50"],
    "012": ["6,000 sappers and military builders", "1,000 sappers to clear mines",
            "5,000 military construction workers", "held for seven months", "cutting spending by 12 percent",
            "from €5 a month"],
    "013": ["The 5,000 military builders pledged at the same time", "80th anniversary parade",
            "N. Korea's trade with China rises 30% in first half", "his first trip to China in six years"],
}

OFF = ["003", "007", "011", "014"]
DUP = {"010": "005"}

troops_nk = ["000-3", "001-1", "001-2", "001-3", "002-3", "004-3", "006-1", "006-2", "008-2", "012-1", "013-3"]
may = [
    ["000-1", "005-1", "1,100 casualties (JCS, 23 Dec) against more than 3,000 (NIS, 13 Jan): three weeks later, a cumulative figure rising"],
    ["000-1", "009-2", "1,100 casualties in December against 4,700 at the end of April: months apart"],
    ["000-1", "009-3", "1,100 casualties in December against about 3,000 in January (NIS, as recalled in April)"],
    ["005-2", "009-1", "300 killed in January against about 600 in April: months apart, a cumulative rise"],
    ["005-2", "009-4", "300 killed in January against at least 1,000 killed by April: months apart"],
    ["005-2", "013-1", "300 killed in January against about 2,000 in September"],
    ["005-2", "013-2", "300 killed in January against about 600 counted in April"],
    ["009-1", "013-1", "about 600 killed in April against about 2,000 in September: same agency, a later rise"],
    ["009-4", "013-2", "at least 1,000 killed (Western intelligence, April) against the roughly 600 NIS counted in April, recalled five months later"],
    ["004-1", "004-2", "two captured on 9 January against one captured in late December: different incidents"],
    ["004-2", "005-4", "one captured in late December against two captured on 9 January: different incidents"],
    ["001-1", "000-3", "about 10,000 (Pentagon, November) against about 11,000 (NIS, December)"],
    ["001-1", "002-3", "about 10,000 (November) against 11,000-12,000 (December)"],
    ["001-1", "004-3", "about 10,000 (November) against about 11,000 (January)"],
    ["001-1", "006-2", "about 10,000 (November) against about 11,000 (February)"],
    ["001-1", "012-1", "about 10,000 (November) against about 11,000 (June)"],
    ["001-2", "000-3", "8,000 in Kursk (November) against 11,000 sent to Russia (December): a part, weeks apart"],
    ["001-2", "002-3", "8,000 in Kursk (November) against 11,000-12,000 sent (December)"],
    ["001-2", "004-3", "8,000 in Kursk (November) against about 11,000 (January)"],
    ["001-2", "006-2", "8,000 in Kursk (November) against about 11,000 (February)"],
    ["001-2", "008-2", "8,000 in Kursk (November) against 10,000-12,000 sent (April)"],
    ["001-2", "012-1", "8,000 in Kursk (November) against about 11,000 in Kursk (June)"],
]
for other in troops_nk:
    if other != "006-1":
        may.append(["006-1", other, "about 3,000 additional troops (February) against a count of the main force"])
for other in troops_nk:
    if other not in ("013-3", "006-1"):
        may.append(["013-3", other, "about 1,000 military engineers sent in 2025, an additional force, against a count of the combat troops"])

conflicts = {
    "must": [
        ["000-1", "002-1", "about 1,100 North Korean casualties (South Korea's JCS, 23 Dec) against more than 3,000 (Zelensky, 23 Dec, reported 26 Dec)"],
        ["009-1", "009-4", "about 600 North Koreans killed in all (NIS) against at least 1,000 killed in three months alone (Western intelligence via the BBC), same article, same period"],
    ],
    "may": may,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
