#!/usr/bin/env python3
"""Gold labels for testdata/blind588 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind588: fifteen articles written in our own words about the real story's "
         "known reporting on North Korean troops in Russia's Kursk region. See testdata/corpus/README.md "
         "for the meaning of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
NIS_LEE = ["Lee Seong-kweun"] + NIS
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Ukraine"]
BLINKEN = ["Antony Blinken", "Blinken", "United States", "US", "U.S."]

A = {
    "000": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE + ["South Korea's intelligence agency"], "roughly 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE + ["South Korea's intelligence agency"], "some 2,700 others wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE, "the agency now puts North Korean casualties at roughly 3,000", False),
        ("captured", "north_korea", 2, None, "exact", ZEL, "his forces had captured two North Korean soldiers in Kursk", False),
        ("casualties", "north_korea", 4000, None, "about", ZEL, "North Korean losses, killed and wounded together, were around 4,000", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, None, "about", BLINKEN, "The DPRK has sent roughly 10,000 soldiers to Russia", False),
        ("troops", "north_korea", 8000, None, "about", BLINKEN, "about 8,000 have now moved to the Kursk region", False),
    ],
    "003": [
        ("killed", "north_korea", 600, None, "about", NIS, "About 600 North Korean soldiers have been killed fighting for Russia against Ukraine", False),
        ("casualties", "north_korea", 4700, None, "about", NIS, "The North's troops have suffered about 4,700 casualties in all", False),
        ("troops", "north_korea", 10000, 12000, "range", ["South Korean, Ukrainian and western officials", "South Korea", "Ukraine", "western officials"],
         "Between 10,000 and 12,000 North Korean troops were sent to Russia last autumn", False),
    ],
    "004": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE, "At least 100 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE, "around 1,000 injured in fighting in Russia's Kursk region", False),
        ("casualties", "north_korea", 1100, None, "about", NIS_LEE, "Lee put the combined number of dead and injured at about 1,100", False),
        ("troops", "north_korea", 11000, None, "about", ["South Korean and U.S. intelligence", "South Korea", "U.S. intelligence", "United States"],
         "North Korea is believed to have sent about 11,000 troops to Russia", False),
    ],
    "006": [
        ("troops", "north_korea", 11000, None, "exact", ZEL, "Eleven thousand North Korean soldiers are already in Russia's Kursk region", False),
    ],
    "007": [
        ("killed", "north_korea", 600, None, "about", ["Seoul", "South Korea"], "Seoul estimates that about 600 North Korean soldiers were killed in the Kursk fighting", False),
    ],
    "009": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"], "have lost more than 3,000 soldiers killed and wounded", False),
        ("troops", "north_korea", 12000, None, "up_to", ["Ukraine's military intelligence", "HUR", "military intelligence", "Ukraine"], "North Korea has sent up to 12,000 troops to Russia", False),
        ("killed", "north_korea", 200, 999, "vague", ["Ukraine's Special Operations Forces", "Special Operations Forces", "Ukraine"], "they had killed hundreds of North Korean soldiers", True),
    ],
    "011": [
        ("troops", "north_korea", 3000, None, "about", NIS, "North Korea has sent some three thousand additional soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["The United States, Ukraine and South Korea", "United States", "Ukraine", "South Korea"], "North Korea sent thousands of troops to Russia last year", True),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"], "Ukrainian forces captured two North Korean soldiers in January", False),
    ],
    "012": [
        ("killed", "north_korea", 2000, None, "about", NIS, "roughly 2,000 North Korean soldiers had died in the fighting", False),
        ("wounded", "north_korea", 2000, 9999, "vague", NIS, "with several thousand more wounded", True),
    ],
    "014": [
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "North Korea", "Kim Jong Un", "state news agency KCNA"], "Nine of its soldiers were killed during the mission", False),
        ("troops", "north_korea", 11000, 12000, "range", ["South Korean and Western estimates", "South Korea", "Western estimates"],
         "put the first contingent, sent in October and November 2024, at 11,000-12,000 soldiers", False),
        ("killed", "north_korea", 2000, None, "about", NIS, "about 2,000 had been killed", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"], "Two soldiers were captured by Ukrainian forces in January 2025", False),
    ],
}

NOT = {
    "000": ["nearly three times the estimate it gave last month", "one of them is 20 years old and the other 26",
            "Watch video 01:42", "Yen trades in upper-157 range against dollar"],
    "002": ["the 56th Security Consultative Meeting", "the 28,500 U.S. troops on the peninsula",
            "Pentagon press briefing, Oct. 28, 2024 (41 min)", "4:05 p.m. EDT"],
    "003": ["whose Article 4 promises military help", "Trump's first 100 days", "6 August 2024: Ukraine launches its incursion into Kursk"],
    "004": ["the elite 11th Army Corps", "ADDS more details in paras 5-8", "KOSPI closes at 2,435.93, down 1.95 pct",
            "Won falls to 1,451.9 against dollar, lowest in over 15 years"],
    "006": ["distances of up to 300 kilometres from the border", "a journey of more than 6,000 kilometres",
            "Russia's combat losses in Ukraine up 1,450 in past day", "2,318 views"],
    "007": ["North Korea will send 1,000 deminers and 5,000 military construction workers to Russia's Kursk region",
            "North Korea will send 6,000 sappers and military builders", "third trip to North Korea since March", "5, 10 or 25 euros"],
    "009": ["55 Shahed-type attack drones", "Air defense downed 40 of them", "lasted 3 hours and 20 minutes",
            "Join 18,000 members", "changed four months in"],
    "011": ["self-propelled 170 mm guns and 240 mm multiple rocket launchers", "KOSPI  2,641.47  +0.64%",
            "Samsung Electronics shares rise 2.3% on chip demand hopes"],
    "012": ["Pyongyang has also pledged to send 1,000 deminers and 5,000 military construction workers to the region",
            "Join half a million readers"],
    "014": ["spent 120 days clearing mines", "Pyongyang promised 1,000 deminers and 5,000 military builders",
            "to be built in Pyongyang by 2026", "12K soldiers, 14 months"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"008": "004"}

conflicts = {
    "must": [
        ["002-2", "006-1", "about 8,000 North Korean troops in Kursk (Blinken, 31 Oct 2024) against 11,000 already in Kursk (Zelensky, 5 Nov 2024), five days apart"],
        ["004-3", "009-1", "about 1,100 casualties (NIS via Lee Seong-kweun, 19 Dec 2024) against more than 3,000 killed and wounded (Zelensky, 23 Dec 2024), four days apart"],
        ["000-3", "000-5", "roughly 3,000 casualties (NIS via Lee Seong-kweun) against around 4,000 (Zelensky), same article, January 2025"],
    ],
    "may": [
        ["002-1", "006-1", "roughly 10,000 sent to Russia (Blinken) against 11,000 already in Kursk (Zelensky): a whole against a larger part, five days apart"],
        ["002-1", "004-4", "roughly 10,000 (31 Oct) against about 11,000 (19 Dec), seven weeks apart"],
        ["002-2", "004-4", "8,000 in Kursk (31 Oct) against about 11,000 sent to Russia (19 Dec): part against whole, seven weeks apart"],
        ["002-2", "003-3", "8,000 in Kursk (Oct 2024) against 10,000-12,000 sent last autumn (Apr 2025), months apart"],
        ["002-2", "014-2", "8,000 in Kursk (Oct 2024) against a first contingent of 11,000-12,000 (Dec 2025), a year apart"],
        ["002-1", "014-2", "roughly 10,000 (Oct 2024) against a first contingent of 11,000-12,000 (Dec 2025), a year apart"],
        ["011-1", "002-1", "an additional 3,000 against the first deployment"],
        ["011-1", "002-2", "an additional 3,000 against the first deployment"],
        ["011-1", "006-1", "an additional 3,000 against the first deployment"],
        ["011-1", "004-4", "an additional 3,000 against the first deployment"],
        ["011-1", "009-2", "an additional 3,000 against the first deployment"],
        ["011-1", "003-3", "an additional 3,000 against the first deployment"],
        ["011-1", "014-2", "an additional 3,000 against the first contingent"],
        ["004-3", "000-5", "about 1,100 casualties (NIS, 19 Dec) against around 4,000 (Zelensky, January): a cumulative figure weeks later, other source"],
        ["009-1", "000-3", "more than 3,000 (Zelensky, 23 Dec) against roughly 3,000 (NIS, 14 Jan), three weeks apart"],
        ["000-5", "003-2", "around 4,000 casualties (Zelensky, Jan 2025) against about 4,700 (NIS, Apr 2025): cumulative, months apart"],
        ["009-3", "012-1", "hundreds killed (Dec 2024, vague) against roughly 2,000 (Sep 2025), months apart"],
        ["009-3", "014-3", "hundreds killed (Dec 2024, vague) against about 2,000 (Dec 2025), a year apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
