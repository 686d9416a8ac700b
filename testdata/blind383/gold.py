#!/usr/bin/env python3
"""Gold labels for testdata/blind383 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]

about = ("Gold labels for blind383: 15 articles written blind for crosscheck about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025). Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md for the meaning of every field and how a system's output is scored.")

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "a force of some 12,000 troops across four brigades", False),
        ("troops", NK, 1500, None, "exact", NIS,
         "an initial contingent of 1,500 special operations soldiers", False),
    ],
    "002": [
        ("troops", NK, 8000, None, "about", ["Antony Blinken", "Blinken", "United States", "U.S."],
         "About 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", NK, 10000, 12000, "range",
         ["U.S. and South Korean officials", "United States", "U.S.", "South Korea"],
         "U.S. and South Korean officials now put the overall number of North Korean soldiers sent to Russia at between 10,000 and 12,000", False),
    ],
    "003": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Eleven thousand North Korean soldiers are already in the Kursk region", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"],
         "About 1,100 North Korean soldiers fighting for Russia have been killed or wounded in battles with Ukrainian forces", False),
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine", "Oleksandr Syrskyi"],
         "more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Pyongyang is believed to have sent some 11,000 soldiers to Russia since October", False),
    ],
    "005": [
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers in Russia's Kursk region", False),
        ("captured", NK, 2, None, "exact", NIS,
         "confirmed that two North Korean soldiers had been taken alive", False),
        ("casualties", RU, 1540, None, "exact", ["Ukraine's general staff", "general staff", "Ukraine"],
         "Russia lost 1,540 troops killed or wounded over the past 24 hours", False),
        ("casualties", RU, 812650, None, "exact", ["Ukraine's general staff", "general staff", "Ukraine"],
         "bringing its total losses since the full-scale invasion in February 2022 to 812,650", False),
        ("casualties", NK, 200, 999, "vague", ["US officials", "United States", "Pentagon"],
         "hundreds of North Korean troops had been killed or wounded in the fighting", True),
    ],
    "007": [
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "North Korean casualties in Russia's war against Ukraine have reached roughly 3,000", False),
        ("killed", NK, 300, None, "about", NIS_LEE, "around 300 dead", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE, "2,700 wounded, the National Intelligence Service", False),
        ("captured", NK, 2, None, "exact", NIS_LEE,
         "confirmed the capture of two North Korean soldiers by Ukraine", False),
    ],
    "009": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has dispatched some three thousand additional soldiers to Russia since the start of the year", False),
        ("troops", NK, 11000, None, "about", NIS,
         "a contingent that the agency previously put at around 11,000", False),
    ],
    "011": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "around 4,700 North Korean soldiers have been killed or wounded in the fighting in Russia's Kursk region", False),
        ("killed", NK, 600, None, "about", NIS_LEE, "including about 600 dead", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "the total the NIS believes Pyongyang has sent now stands at roughly 15,000", False),
    ],
    "012": [
        ("casualties", UA, 76000, None, "more_than",
         ["Russian Defense Ministry", "Russian Defence Ministry", "Russia's Defence Ministry", "Russia"],
         "the Ukrainian armed forces lost over 76,000 servicemen during the hostilities in the Kursk Region", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["KCNA", "state media", "North Korean state media", "North Korea", "Kim Jong Un"],
         "honoured nine soldiers who died on the mission", False),
        ("troops", NK, 1000, None, "about", NIS,
         "about 1,000 North Korean engineers had been working in Kursk since August", False),
        ("killed", NK, 24, 99, "vague", ["state media", "KCNA", "North Korea"],
         "the portraits of dozens of fallen soldiers", True),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
        ("killed", NK, 600, None, "about", NIS, "its April estimate of about 600", False),
    ],
}

NOT = {
    "000": ["four brigades", "Oct. 8 and 13", "more than 13,000 containers", "some 70 North Korean ballistic missiles",
            "2,593.21", "5 injured as bus slams into guardrail", "more than 1 million copies", "2 foreign pitchers",
            "2 days after warning"],
    "002": ["$425 million", "155mm artillery rounds", "38% pay rise over four years", "Spain flood death toll tops 150"],
    "003": ["up to 15,000 by the end of the year", "120 mm mortars", "Russian army lost 1,690 soldiers in past day",
            "about 10 kilometers from the border", "Views 4 127"],
    "004": ["240-millimeter multiple rocket launchers", "170-mm self-propelled guns",
            "3.4 million foreign visitors", "Dec. 4"],
    "005": ["74 drones", "47 were shot down", "27 were lost to electronic jamming", "born in 2005", "born in 1999",
            "death toll rises to 11", "£5 per month", "40 years of fame"],
    "007": ["KOSPI 2,489.56", "USD/KRW 1,470.80", "Families of 179 victims", "20th straight month"],
    "009": ["1.2-million-strong military", "$20 billion", "around 500 square kilometers", "about 1,300 square kilometers",
            "thousands more soldiers in the spring"],
    "011": ["two rotations", "June 19, 2024", "23 articles", "At least 9 killed in Russian drone attack on Dnipro"],
    "012": ["1,000 sappers", "5,000 military builders", "one thousand sappers", "five thousand military builders",
            "August 6, 2024", "2.4 mln tonnes"],
    "014": ["in 120 days", "40,000 homes without power", "20 new county hospitals"],
}

OFF = ["001", "006", "010", "013"]
DUP = {"008": "004"}

conflicts = {
    "must": [
        ["002-1", "003-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 5), five days apart"],
        ["004-1", "004-2", "about 1,100 killed or wounded (South Korea's JCS) against more than 3,000 (Zelensky), the same day, in one article"],
    ],
    "may": [
        ["000-1", "002-1", "some 12,000 committed in all (NIS, Oct 18) against about 8,000 in Kursk two weeks later: arguably a part of the whole"],
        ["000-1", "003-1", "12,000 sent to Russia against 11,000 in Kursk: close values, different scope"],
        ["000-1", "004-3", "12,000 (October) against some 11,000 (December), two months apart"],
        ["000-1", "009-2", "12,000 (October) against an original contingent of around 11,000 (February), months apart"],
        ["002-1", "004-3", "8,000 in Kursk (October) against some 11,000 sent to Russia (December): different scope, seven weeks apart"],
        ["002-1", "009-2", "8,000 in Kursk (October) against an original contingent of around 11,000 (February), months apart"],
        ["002-1", "009-1", "8,000 against an additional 3,000, four months later"],
        ["003-1", "009-1", "11,000 against an additional 3,000, months later"],
        ["004-3", "009-1", "11,000 against an additional 3,000, two months later"],
        ["000-1", "011-3", "12,000 (October 2024) against roughly 15,000 in two rotations (April 2025)"],
        ["002-1", "011-3", "8,000 in Kursk (October 2024) against roughly 15,000 in all (April 2025)"],
        ["002-2", "011-3", "10,000-12,000 (October 2024) against roughly 15,000 after reinforcements (April 2025)"],
        ["003-1", "011-3", "11,000 (November 2024) against roughly 15,000 after reinforcements (April 2025)"],
        ["004-3", "011-3", "some 11,000 (December 2024) against roughly 15,000 after reinforcements (April 2025)"],
        ["009-2", "011-3", "an original 11,000 (February) against a running total of 15,000 (April)"],
        ["004-1", "007-1", "1,100 casualties (Dec 23) against roughly 3,000 three weeks later: a cumulative figure rising"],
        ["004-2", "007-1", "more than 3,000 against roughly 3,000, three weeks later: the bound is about met"],
        ["004-1", "011-1", "1,100 casualties (December) against 4,700 (April): a cumulative figure rising, months apart"],
        ["005-5", "004-2", "hundreds of casualties (US officials, December) against more than 3,000 (Zelensky)"],
        ["005-5", "004-1", "hundreds of casualties (US officials, December) against about 1,100 (JCS)"],
        ["007-1", "011-1", "roughly 3,000 casualties (January) against 4,700 (April): the NIS's cumulative estimate rising, months apart"],
        ["007-2", "011-2", "about 300 killed (January) against about 600 (April): an update, months apart"],
        ["007-2", "014-4", "about 300 killed (January) against about 2,000 (September): an update, months apart"],
        ["007-2", "014-5", "about 300 killed (January) against the April estimate of about 600: an update"],
        ["011-2", "014-4", "about 600 killed (April) against about 2,000 (September): an update, months apart"],
        ["014-4", "014-5", "2,000 killed (September) against the April estimate of 600, reported as an update in one article"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
