#!/usr/bin/env python3
"""Gold labels for testdata/blind448 (written and labelled blind). python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind448: 15 articles written in our own words about the real story's "
         "known reporting, labelled blind. Same schema and rules as testdata/corpus (see its README.md).")

NK, RU = "north_korea", "russia"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"]

A = {
    "000": [
        ("troops", NK, 1500, None, "exact", NIS + ["Park Sun-won"],
         "North Korea has shipped an additional 1,500 soldiers to Russia", False),
        ("troops", NK, 3000, None, "about", NIS + ["Park Sun-won"],
         "bringing the number of its troops there to around 3,000", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about",
         ["Sabrina Singh", "Pentagon", "Department of Defense", "United States", "U.S."],
         "North Korea has sent around 10,000 soldiers in total to train in eastern Russia", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", JCS,
         "It put the number of North Korean soldiers killed or wounded in Russia's Kursk region at roughly 1,100", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had been killed since their first combat deployment in early December", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "The number of wounded was put at around 1,000", False),
        ("troops", NK, 11000, None, "about", NIS + ["Lee Seong-kweun"],
         "the North has deployed about 11,000 soldiers to Russia", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "more than three thousand North Korean soldiers had already been killed or wounded in Russia's Kursk region", False),
        ("troops", NK, 12000, None, "up_to", ["Kyiv and its allies", "Kyiv", "Ukraine", "allies"],
         "Pyongyang has sent up to 12,000 troops to Russia", False),
        ("killed", NK, 50, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "its units had killed 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "and wounded 47 during three days of fighting", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded since they joined the fighting in Kursk", False),
        ("captured", NK, 2, None, "exact", NIS,
         "Ukrainian forces captured two North Korean soldiers on 9 January", False),
        ("killed", NK, 1000, None, "more_than",
         ["HUR", "Andriy Yusov", "military intelligence", "Ukraine"],
         "Well over a thousand of them have been killed since they were thrown into assaults in November", False),
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian troops had captured two North Korean soldiers in the Kursk region", False),
        ("casualties", RU, 1340, None, "exact", ["general staff", "Ukraine's general staff", "Ukraine"],
         "1,340 Russian soldiers had been killed or wounded in the past 24 hours", False),
        ("casualties", RU, 819130, None, "exact", ["general staff", "Ukraine's general staff", "Ukraine"],
         "bringing the total it claims since the start of the full-scale invasion to 819,130", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", JCS + ["Seoul"],
         "North Korea is believed to have sent about 3,000 additional soldiers to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", JCS + ["Seoul"],
         "the roughly 11,000 troops the North dispatched last fall", False),
        ("casualties", NK, 4000, None, "about", JCS + ["Seoul"],
         "The JCS estimated North Korean casualties at about 4,000", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun", "Seoul"],
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun", "Seoul"],
         "including roughly 600 who died", False),
        ("troops", NK, 15000, None, "about", NIS + ["Lee Seong-kweun"],
         "Pyongyang is believed to have sent a total of around 15,000 soldiers", False),
        ("troops", NK, 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "some 3,000 reinforcements that arrived in January and February", False),
        ("captured", NK, 2, None, "exact", NIS + ["unattributed"],
         "the two North Korean prisoners held by Ukraine", False),
    ],
    "011": [
        ("troops", NK, 15000, None, "about", ["unattributed"],
         "North Korea sent roughly 15,000 soldiers to Russia to help push the Ukrainians back", False),
        ("killed", NK, 600, None, "about", ["South Korea's intelligence service", "NIS", "South Korea"],
         "South Korea's intelligence service estimated in April that about 600 of them had been killed", False),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", NIS,
         "Around 2,000 North Korean soldiers have been killed fighting alongside Russian troops against Ukraine", False),
        ("troops", NK, 200, 900, "vague", NIS + ["lawmakers"],
         "hundreds of North Korean military engineers have arrived in Kursk since June", True),
        ("killed", RU, 120000, None, "more_than", ["Mediazona", "BBC Russian Service", "BBC"],
         "confirmed the names of more than 120,000 Russian soldiers killed in the war", False),
    ],
    "014": [
        ("troops", NK, 11000, 12000, "range",
         ["South Korean, Ukrainian and US intelligence", "South Korea", "Ukraine", "US", "United States"],
         "Pyongyang sent between 11,000 and 12,000 soldiers in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", ["Seoul", "South Korea"],
         "Roughly three thousand reinforcements followed in January and February 2025", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 had been killed", False),
        ("casualties", NK, 6000, None, "more_than",
         ["Britain's Defence Intelligence", "Defence Intelligence", "Britain", "UK", "Ministry of Defence"],
         "put total North Korean casualties, killed and wounded, at more than 6,000", False),
        ("troops", NK, 5000, None, "about", NIS + ["South Korea's spy agency"],
         "about 5,000 construction troops had been sent since September", False),
        ("captured", NK, 2, None, "exact", ["unattributed"],
         "The two soldiers captured in January 2025 remain in Ukrainian custody", False),
    ],
}

NOT = {
    "000": ["The NIS expects the deployment to reach 10,000 by December", "11th Army Corps", "four trips",
            "paras 5-7", "Han Kang's Nobel win sends book sales past 1 million copies",
            "exports rise for 13th straight month", "USD/KRW 1,379.20", "KOSPI 2,599.62"],
    "001": ["How many of the 10,000 are already in Kursk", "an active-duty force of about 1.2 million",
            "$425 million package", "155mm and 105mm artillery rounds", "a range of about 300 kilometers",
            "$1.2 billion contract for 6 new counter-drone systems", "slips 17 months"],
    "003": ["170 mm self-propelled howitzers", "240 mm multiple rocket launchers", "80th anniversary",
            "Samsung to cut 10% of overseas staff", "Won slides past 1,450 per dollar",
            "20 more F-35A stealth fighters by 2028"],
    "004": ["Their mutual defense treaty took effect on Dec. 4",
            "$5 a month", "Russia Fires 51 Missiles at Energy Targets Overnight", "€18.1 Billion Loan Tranche",
            "2nd Batch of F-16s", "Comments (14)", "UAH/USD 41.84"],
    "005": ["The men, aged 20 and 26", "about 110km from the border", "Updated 14.28 GMT", "from just $2 a month"],
    "007": ["170-mm self-propelled guns", "240-mm multiple rocket launchers",
            "defense budget tops 8.7 trillion yen for 1st time"],
    "009": ["around 20 trillion won ($14 billion)", "5,000-ton destroyer", "KOSPI 2,556.61",
            "two days after Pyongyang admitted"],
    "011": ["1,000 sappers to clear mines", "5,000 military construction workers",
            "second visit to the North Korean capital in just over two weeks",
            "Sudan: More than 40 killed in drone attack on market", "grow 0.4% this year"],
    "012": ["several thousand construction troops are expected to follow in the coming months",
            "Russia Says It Downed 112 Ukrainian Drones Overnight", "$2 | $10 | $50"],
    "014": ["1,000 deminers and 5,000 military builders", "11th Army Corps", "August 22, 2025",
            "capture of 3 villages in Zaporizhzhia region", "30 nations weigh guarantees", "our 832 partners"],
}

OFF = ["002", "006", "010", "013"]
DUP = {"008": "007"}

MONTHS = "months apart: a later estimate of a growing figure"
ADD = "an additional or separate force (reinforcements, construction troops) against a total"
conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, 19 Dec 2024) against more than three "
                           "thousand killed or wounded (Zelensky, 23 Dec 2024), four days apart"],
        ["005-1", "005-4", "about 300 killed (South Korea's NIS) against well over a thousand killed (Ukraine's "
                           "HUR), the same day in the same live blog, both counting since the deployment began"],
    ],
    "may": [
        # troops, north_korea
        ["000-2", "001-1", "about 3,000 (NIS, 23 Oct 2024) against about 10,000 (Pentagon, 28 Oct 2024): five days "
                           "apart, but a deployment still under way that Seoul itself expected to reach 10,000"],
        ["000-2", "003-4", MONTHS], ["000-2", "007-2", MONTHS], ["000-2", "009-3", MONTHS],
        ["000-2", "011-1", MONTHS], ["000-2", "014-1", MONTHS], ["000-2", "014-5", ADD],
        ["001-1", "003-4", "about 10,000 (Oct 2024) against about 11,000 (Dec 2024), seven weeks apart"],
        ["001-1", "007-2", MONTHS], ["001-1", "009-3", MONTHS], ["001-1", "011-1", MONTHS],
        ["001-1", "014-1", MONTHS],
        ["003-4", "009-3", MONTHS], ["003-4", "011-1", MONTHS],
        ["004-2", "009-3", "up to 12,000 (Dec 2024) against a later total of about 15,000 including reinforcements"],
        ["004-2", "011-1", "up to 12,000 (Dec 2024) against a later total of about 15,000 including reinforcements"],
        ["007-2", "009-3", "11,000 sent in the autumn against 15,000 in total including reinforcements"],
        ["007-2", "011-1", "11,000 sent in the autumn against 15,000 in total including reinforcements"],
        ["009-3", "014-1", "15,000 in total against 11,000-12,000 sent in the autumn of 2024"],
        ["011-1", "014-1", "15,000 in total against 11,000-12,000 sent in the autumn of 2024"],
        ["000-1", "001-1", ADD], ["000-1", "003-4", ADD], ["000-1", "004-2", ADD],
        ["000-1", "007-1", ADD], ["000-1", "007-2", ADD], ["000-1", "009-3", ADD], ["000-1", "009-4", ADD],
        ["000-1", "011-1", ADD], ["000-1", "014-1", ADD], ["000-1", "014-2", ADD], ["000-1", "014-5", ADD],
        ["007-1", "001-1", ADD], ["007-1", "003-4", ADD], ["007-1", "009-3", ADD], ["007-1", "011-1", ADD],
        ["007-1", "014-1", ADD], ["007-1", "014-5", ADD],
        ["009-4", "001-1", ADD], ["009-4", "003-4", ADD], ["009-4", "007-2", ADD], ["009-4", "011-1", ADD],
        ["009-4", "014-1", ADD], ["009-4", "014-5", ADD],
        ["014-2", "001-1", ADD], ["014-2", "003-4", ADD], ["014-2", "007-2", ADD], ["014-2", "009-3", ADD],
        ["014-2", "011-1", ADD], ["014-2", "014-1", ADD], ["014-2", "014-5", ADD],
        ["014-5", "001-1", ADD], ["014-5", "003-4", ADD], ["014-5", "004-2", ADD], ["014-5", "007-2", ADD],
        ["014-5", "009-3", ADD], ["014-5", "011-1", ADD], ["014-5", "014-1", ADD],
        # killed, north_korea
        ["005-1", "009-2", "about 300 (Jan) against about 600 (Apr): NIS's own later cumulative count"],
        ["005-1", "011-2", MONTHS], ["005-1", "012-1", MONTHS], ["005-1", "014-3", MONTHS],
        ["005-4", "009-2", "more than 1,000 (HUR, Jan) against about 600 (NIS, Apr), months apart"],
        ["005-4", "011-2", "more than 1,000 (HUR, Jan) against about 600 (NIS, as of Apr), months apart"],
        ["009-2", "012-1", MONTHS], ["009-2", "014-3", MONTHS],
        ["011-2", "012-1", MONTHS], ["011-2", "014-3", MONTHS],
        # casualties, north_korea
        ["003-1", "007-3", MONTHS], ["003-1", "009-1", MONTHS], ["003-1", "014-4", MONTHS],
        ["007-3", "009-1", "about 4,000 (JCS, Feb 2025) against about 4,700 (NIS, Apr 2025): a later rise in a "
                           "cumulative figure, two months apart"],
        ["007-3", "014-4", MONTHS], ["009-1", "014-4", MONTHS],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
