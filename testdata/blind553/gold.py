#!/usr/bin/env python3
"""Gold labels for testdata/blind553 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind553: 15 articles written in our own words about the real story's known "
         "reporting (October 2024 - December 2025), labelled blind. See testdata/corpus/README.md for the "
         "meaning of every field and how a system's output is scored.")

NK = "north_korea"
HUR = ["Kyrylo Budanov", "Budanov", "Defence Intelligence", "Defense Intelligence", "HUR",
       "Ukraine's military intelligence", "Ukrainian intelligence", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea's intelligence agency",
       "South Korea's spy agency", "Lee Seong-kweun", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 11000, None, "about", HUR,
         "Some eleven thousand North Korean infantrymen are being trained at military ranges in Russia's Far East", False),
        ("troops", NK, 500, None, "about", HUR,
         "The contingent includes roughly 500 officers", False),
    ],
    "001": [
        ("troops", NK, 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "US"],
         "the DPRK moved at least 3,000 North Korean soldiers into eastern Russia", False),
        ("troops", NK, 3000, None, "about", ["South Korea's spy agency", "spy agency", "National Intelligence Service",
                                             "NIS", "South Korea", "Seoul"],
         "They say about 3,000 North Korean troops have been sent so far", False),
    ],
    "002": [
        ("troops", NK, 10000, None, "more_than", ["Pentagon", "Sabrina Singh", "Singh", "United States", "US"],
         "More than 10,000 North Korean soldiers have now been sent to eastern Russia", False),
        ("troops", NK, 8000, None, "about", ["Pentagon", "Sabrina Singh", "Singh", "United States", "US"],
         "about 8,000 of them have moved into the Kursk region bordering Ukraine", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers are already in Kursk", False),
        ("casualties", "ukraine", 30000, None, "more_than", ["Russia's defence ministry", "Russian defence ministry",
                                                             "defence ministry", "Russia", "Moscow"],
         "Ukraine has lost more than 30,000 troops in the Kursk region since its forces crossed the border on August 6", False),
    ],
    "004": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean troops fighting alongside Russian forces in the Kursk region have suffered around 1,100 casualties", False),
        ("troops", NK, 11000, None, "about", JCS,
         "some 11,000 North Korean soldiers are in Russia", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "up_to", NIS,
         "as many as 1,000 wounded", False),
    ],
    "005": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", NK, 12000, None, "up_to", ["military intelligence", "HUR", "Ukrainian intelligence", "Ukraine"],
         "Pyongyang has sent up to 12,000 soldiers to Russia", False),
        ("killed", NK, 50, None, "about", ["Special Operations Forces", "SSO", "Ukraine"],
         "their units had killed about 50 North Korean soldiers in three days of fighting", False),
    ],
    "006": [
        ("captured", NK, 2, None, "exact", ZEL + ["SBU"],
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Some 11,000 North Korean troops were sent to Russia last autumn", False),
        ("killed", NK, 300, None, "about", NIS,
         "around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "roughly 2,700 injured", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", JCS,
         "North Korea has dispatched some three thousand additional troops to Russia this year", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korea has suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "including around 600 deaths", False),
        ("troops", NK, 2000, 9999, "vague", ["Seoul", "Kyiv", "South Korea", "Ukraine"],
         "Pyongyang sent thousands of troops to Russia", True),
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russia"],
         "Ukraine had lost more than 76,000 soldiers in its months-long incursion", False),
    ],
    "010": [
        ("troops", NK, 10000, 12000, "range", NIS,
         "between 10,000 and 12,000 North Korean soldiers were sent to Russia last year", False),
        ("troops", NK, 3000, None, "about", NIS,
         "about 3,000 more followed early this year", False),
    ],
    "012": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "state media", "North Korea", "Pyongyang"],
         "Nine of the regiment's soldiers died during the mission", False),
        ("troops", NK, 200, 900, "vague", ["unattributed"],
         "The regiment, which numbered several hundred soldiers", True),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting for Kursk", False),
        ("casualties", NK, 6000, None, "more_than", ["British military intelligence", "UK Defence Intelligence",
                                                     "Defence Intelligence", "Britain", "UK"],
         "put overall North Korean losses — killed and wounded — at more than 6,000", False),
    ],
}

NOT = {
    "000": ["Kyiv expects the first 2,600 of them to arrive in the Kursk region by 1 November",
            "five training grounds", "some 7,000 kilometres from the front",
            "Ukraine brings home 95 defenders from Russian captivity", "UAH/USD 41.23"],
    "001": ["they expect the total to reach 10,000 by December", "the $425 million announced last week",
            "2:11 P.M. EDT", "1-800-555-0143"],
    "002": ["shot down 30 of the 51 drones", "a further 19 were \"lost\" to electronic jamming",
            "a $61 billion aid package", "Sandu wins second term with 55 percent of vote"],
    "004": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "KOSPI 2,442.01", "USD/KRW 1,450.5", "martial law declaration on Dec. 3",
            "3 Korean films to watch this holiday season"],
    "005": ["Russia launches 78 missiles, 106 drones in Christmas Day attack",
            "join our community of over 20,000 members", "from $5 a month"],
    "006": ["One of them, aged 20", "The other, aged 26", "The 2024 mutual defense treaty",
            "Germany pledges €3 billion more in military aid to Ukraine"],
    "008": ["about 200 long-range artillery pieces"],
    "009": ["Article 4 of the treaty", "the countries' 2024 mutual defence treaty"],
    "010": ["North Korea will send 6,000 military engineers and construction workers",
            "Pyongyang would dispatch 1,000 deminers", "5,000 military builders",
            "his second visit to the country in about two weeks", "Watch video 1:24"],
    "012": ["it spent 120 days clearing mines", "a monthly donation starting at €5"],
}

OFF = ["003", "007", "013", "014"]
DUP = {"011": "010"}

conflicts = {
    "must": [
        ["000-1", "001-2", "some 11,000 North Korean troops training in Russia (Ukraine's HUR, 18 Oct 2024) against "
                           "about 3,000 sent so far (South Korea's NIS, 23 Oct 2024), five days apart"],
        ["002-2", "002-3", "about 8,000 in Kursk (Pentagon) against 11,000 already in Kursk (Zelensky), same day, same article"],
        ["004-1", "005-1", "about 1,100 casualties (South Korea's JCS, 23 Dec 2024) against more than 3,000 killed or "
                           "wounded (Zelensky, 23 Dec 2024, reported 26 Dec)"],
    ],
    "may": [
        # troops: figures that grew as the deployment built up, different scopes (Russia vs Kursk), weeks or months apart
        ["000-1", "002-2", "11,000 training in the Far East (18 Oct) against about 8,000 moved into Kursk (5 Nov)"],
        ["001-2", "002-1", "about 3,000 (23 Oct) against more than 10,000 (5 Nov): deployment building up"],
        ["001-2", "002-2", "about 3,000 (23 Oct) against about 8,000 in Kursk (5 Nov)"],
        ["001-2", "002-3", "about 3,000 (23 Oct) against 11,000 (5 Nov)"],
        ["001-2", "004-2", "about 3,000 (Oct) against some 11,000 (Dec), two months apart"],
        ["001-2", "006-2", "about 3,000 (Oct) against some 11,000 (Jan), months apart"],
        ["001-2", "010-1", "about 3,000 (Oct 2024) against 10,000-12,000 sent last year (Jun 2025)"],
        ["002-2", "004-2", "about 8,000 in Kursk (Nov) against some 11,000 in Russia (Dec)"],
        ["002-2", "006-2", "about 8,000 in Kursk (Nov) against some 11,000 (Jan)"],
        ["002-2", "010-1", "about 8,000 in Kursk (Nov 2024) against 10,000-12,000 (Jun 2025)"],
        # an additional force against the earlier totals
        ["000-1", "008-1", "11,000 against an additional 3,000"],
        ["000-1", "010-2", "11,000 against 3,000 more"],
        ["002-1", "008-1", "more than 10,000 against an additional 3,000"],
        ["002-1", "010-2", "more than 10,000 against 3,000 more"],
        ["002-2", "008-1", "about 8,000 against an additional 3,000"],
        ["002-2", "010-2", "about 8,000 against 3,000 more"],
        ["002-3", "008-1", "11,000 against an additional 3,000"],
        ["002-3", "010-2", "11,000 against 3,000 more"],
        ["004-2", "008-1", "some 11,000 against an additional 3,000"],
        ["004-2", "010-2", "some 11,000 against 3,000 more"],
        ["006-2", "008-1", "some 11,000 against an additional 3,000"],
        ["006-2", "010-2", "some 11,000 against 3,000 more"],
        ["008-1", "010-1", "an additional 3,000 (Feb 2025) against 10,000-12,000 sent last year"],
        # cumulative losses rising over months
        ["004-1", "009-1", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025): cumulative, months apart"],
        ["004-1", "012-4", "1,100 casualties (Dec 2024) against more than 6,000 (Sep 2025): cumulative, months apart"],
        ["009-1", "012-4", "4,700 casualties (Apr 2025) against more than 6,000 (Sep 2025): cumulative, months apart"],
        ["004-4", "006-4", "as many as 1,000 wounded (NIS, Dec 2024) against about 2,700 (NIS, Jan 2025): the same agency's cumulative update"],
        ["006-3", "009-2", "about 300 killed (Jan 2025) against about 600 (Apr 2025): cumulative, months apart"],
        ["006-3", "012-3", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025): cumulative, months apart"],
        ["009-2", "012-3", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025): cumulative, months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
