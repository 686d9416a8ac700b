#!/usr/bin/env python3
"""Gold labels for testdata/blind668 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind668: fifteen articles written in our own words about the real story's "
         "known reporting (October 2024 - December 2025), labelled blind. Same schema as corpus/gold.json; "
         "see testdata/corpus/README.md for what counts as a claim and a conflict.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service",
       "South Korea", "Seoul", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun", "Lee"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea", "Seoul"]
HUR = ["HUR", "Ukraine's military intelligence", "military intelligence", "Defence Intelligence of Ukraine",
       "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskiy", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS, "Together they number about 12,000 soldiers", False),
        ("troops", NK, 1500, None, "about", NIS, "The first group, some 1,500 special forces troops", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are now 11,000 North Korean soldiers in Russia's Kursk Oblast", False),
        ("troops", NK, 12000, None, "up_to", HUR, "Russia is training up to 12,000 North Korean soldiers", False),
        ("troops", NK, 500, None, "about", HUR, "among them around 500 officers", False),
        ("troops", NK, 10000, None, "more_than",
         ["Pentagon", "Sabrina Singh", "United States", "US", "U.S.", "Washington"],
         "More than 10,000 North Korean troops have been sent to Russia", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS, "have suffered some 1,100 casualties in the Kursk region", False),
        ("troops", NK, 11000, None, "about", JCS, "a force the JCS estimates at around 11,000", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE, "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE, "roughly 1,000 wounded", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "North Korea has already lost more than 3,000 soldiers killed and wounded in Russia's Kursk region", False),
    ],
    "005": [
        ("casualties", UA, 210, None, "up_to",
         ["Russia's defence ministry", "Russian defence ministry", "Russian Defense Ministry", "Russia", "Moscow"],
         "Ukrainian forces had lost up to 210 servicemen in the Kursk region over the past 24 hours", False),
        ("killed", NK, 1000, None, "more_than", ["Andriy Yusov", "Yusov"] + HUR,
         "the number of North Koreans killed in Kursk \"has already passed a thousand\"", False),
        ("killed", NK, 300, None, "about", NIS_LEE, "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS_LEE + ["Zelensky", "Ukraine"],
         "Ukraine had taken two North Korean soldiers prisoner", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", NIS, "an additional 3,000 or so troops", False),
        ("troops", NK, 11000, None, "about",
         ["South Korean, Ukrainian and U.S. officials", "officials", "South Korea", "Ukraine", "United States", "U.S."],
         "Pyongyang had already sent around 11,000 soldiers to Russia last autumn", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS_LEE, "including some 600 deaths", False),
    ],
    "010": [
        ("troops", NK, 11000, 12000, "range", ["unattributed"],
         "North Korea sent an estimated 11,000-12,000 soldiers to Russia last year", False),
        ("killed", NK, 600, None, "about", ["Seoul", "South Korea"], "Seoul says about 600 of them were killed", False),
    ],
    "011": [
        ("killed", NK, 2000, None, "about", NIS_LEE,
         "roughly two thousand North Korean soldiers had been killed", False),
        ("killed", RU, 120000, None, "more_than",
         ["Mediazona", "BBC News Russian", "BBC Russian", "Meduza's partners at Mediazona"],
         "confirmed the names of more than 120,000 Russian soldiers killed", False),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range", ["South Korea", "US", "United States", "Ukraine"],
         "between 10,000 and 12,000 soldiers in that first wave", False),
        ("troops", NK, 3000, None, "about", NIS, "Some three thousand more had arrived in January and February", False),
        ("killed", NK, 300, None, "about", NIS, "from about 300 dead in January", False),
        ("killed", NK, 600, None, "about", NIS, "around 600 in April", False),
        ("killed", NK, 2000, None, "about", NIS, "it put the number at about 2,000", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"], "Ukraine captured two North Korean soldiers", False),
    ],
}

NOT = {
    "000": ["four Russian navy landing ships and three escort vessels", "more than 13,000 containers",
            "1.2 million-strong armed forces", "KOSPI at 2,593.82", "60-meter sections", "8 million rounds",
            "1.1 tln-won order for 2 LNG carriers", "between Oct. 8 and 13"],
    "001": ["five military bases", "about 50 kilometers from the Ukrainian border", "$2,000 a month",
            "60 drones overnight, 33 downed", "1,000 kilometers from border", "on Oct. 23"],
    "003": ["240-millimeter multiple rocket launchers", "170-mm self-propelled guns", "KRW/USD 1,451.50",
            "92 regions", "up 6.6% in first 20 days of December"],
    "004": ["1,530 invaders, 11 tanks and 34 artillery systems", "150 Leopard tanks"],
    "005": ["two tanks and an armoured vehicle", "110 drones overnight", "74 of which were shot down",
            "who said he was 20", "aged 26", "-9C", "six regions", "Comments (1,812)", "death toll rises to 24"],
    "007": ["about 220 170-mm self-propelled guns", "240-mm multiple rocket launchers",
            "an absence of about three weeks"],
    "008": ["Article 4", "28 trillion won ($20 billion)", "5,000-ton destroyer", "25 million users",
            "7% on record quarterly profit"],
    "010": ["1,000 deminers and 5,000 military construction workers", "second visit to the North in as many weeks",
            "eight-month incursion", "47 Russian drones", "millions of artillery shells and dozens of ballistic missiles"],
    "011": ["Dozens of villages", "since February 2022", "in January 2023"],
    "014": ["1,000 deminers and 5,000 military builders", "19 February 2025", "22 August 2025"],
}

OFF = ["002", "006", "009", "013"]
DUP = {"012": "007"}

conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 North Korean casualties (South Korea's JCS, 23 Dec 2024) against more than "
         "3,000 killed and wounded (Zelensky, reported 26 Dec 2024): same metric, three days apart"],
        ["005-2", "005-3", "more than a thousand North Koreans killed (Ukraine's military intelligence, Yusov) against "
         "about 300 killed (South Korea's NIS via Lee Seong-kweun), same day, same live blog"],
    ],
    "may": [
        # troop totals weeks or months apart
        ["000-1", "001-1", "about 12,000 to be sent (NIS, 18 Oct) against 11,000 in Kursk (Zelensky, 5 Nov), 18 days apart"],
        ["000-1", "003-2", "about 12,000 (Oct) against around 11,000 (JCS, Dec), two months apart"],
        ["000-1", "007-2", "about 12,000 (Oct 2024) against around 11,000 (Feb 2025), months apart"],
        # the additional ~3,000 against totals ("an additional" force)
        ["000-1", "007-1", "an additional ~3,000 against the first ~12,000"],
        ["000-1", "014-2", "some three thousand more against the first ~12,000"],
        ["001-1", "007-1", "an additional ~3,000 against 11,000"],
        ["001-1", "014-2", "some three thousand more against 11,000"],
        ["001-4", "007-1", "an additional ~3,000 against more than 10,000"],
        ["001-4", "014-2", "some three thousand more against more than 10,000"],
        ["003-2", "007-1", "an additional ~3,000 against around 11,000"],
        ["003-2", "014-2", "some three thousand more against around 11,000"],
        ["007-1", "007-2", "an additional ~3,000 against the ~11,000 sent last autumn, same article"],
        ["007-1", "010-1", "an additional ~3,000 against 11,000-12,000"],
        ["007-1", "014-1", "an additional ~3,000 against 10,000-12,000 in the first wave"],
        ["007-2", "014-2", "some three thousand more against around 11,000"],
        ["010-1", "014-2", "some three thousand more against 11,000-12,000"],
        ["014-1", "014-2", "reinforcements against the first wave, same explainer"],
        # cumulative casualties months apart
        ["003-1", "008-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025): a cumulative rise, months apart"],
        # killed: cumulative counts months apart
        ["005-2", "008-2", "more than a thousand killed (Jan) against about 600 (Apr), months apart"],
        ["005-2", "010-2", "more than a thousand killed (Jan) against about 600 (Jun), months apart"],
        ["005-2", "014-3", "more than a thousand killed (Jan 2025) against NIS's January ~300 as restated in Dec 2025"],
        ["005-2", "014-4", "more than a thousand killed (Jan) against NIS's April ~600 as restated in Dec 2025"],
        ["005-3", "008-2", "about 300 killed (Jan) against about 600 (Apr): the NIS's cumulative count rising, months apart"],
        ["005-3", "010-2", "about 300 killed (Jan) against about 600 (Jun), months apart"],
        ["005-3", "011-1", "about 300 killed (Jan) against roughly 2,000 (Sep), months apart"],
        ["005-3", "014-4", "about 300 killed (Jan) against NIS's April ~600 as restated in Dec 2025"],
        ["005-3", "014-5", "about 300 killed (Jan) against about 2,000 (Dec 2025 explainer)"],
        ["008-2", "011-1", "about 600 killed (Apr) against roughly 2,000 (Sep): NIS cumulative count, months apart"],
        ["008-2", "014-3", "about 600 killed (Apr) against NIS's January ~300 as restated in Dec 2025"],
        ["008-2", "014-5", "about 600 killed (Apr) against about 2,000 (Dec 2025 explainer)"],
        ["010-2", "011-1", "about 600 killed (Jun) against roughly 2,000 (Sep), months apart"],
        ["010-2", "014-3", "about 600 killed (Jun) against NIS's January ~300 as restated in Dec 2025"],
        ["010-2", "014-5", "about 600 killed (Jun) against about 2,000 (Dec 2025 explainer)"],
        ["011-1", "014-3", "roughly 2,000 killed (Sep) against NIS's January ~300 as restated in Dec 2025"],
        ["011-1", "014-4", "roughly 2,000 killed (Sep) against NIS's April ~600 as restated in Dec 2025"],
    ],
}

if __name__ == "__main__":
    goldlib.write(about, A, NOT, OFF, DUP, conflicts)
