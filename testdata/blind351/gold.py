#!/usr/bin/env python3
"""Gold labels for testdata/blind351 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind351/articles: fifteen articles written in our own words about the "
         "real story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"]
HUR = ["HUR", "Defence Intelligence", "military intelligence", "Ukraine", "Kyiv"]

A = {
    "000": [
        ("troops", "north_korea", 10000, None, "about",
         ["U.S. Department of Defense", "Department of Defense", "Pentagon", "Sabrina Singh", "United States", "U.S.", "US"],
         "raised its estimate of North Korean soldiers in Russia to roughly 10,000", False),
        ("troops", "north_korea", 3000, None, "at_least",
         ["Washington", "United States", "U.S.", "US"],
         "Washington said at least 3,000 North Korean soldiers had arrived in Russia", False),
        ("troops", "north_korea", 1500, None, "exact",
         ["National Intelligence Service", "NIS", "South Korea"],
         "an initial contingent of 1,500 special forces troops", False),
        ("troops", "north_korea", 10000, 12000, "range",
         ["Ukraine's military intelligence agency", "military intelligence", "HUR", "Ukraine", "Kyiv"],
         "between 10,000 and 12,000 North Koreans are training at five sites in the Far East", False),
    ],
    "002": [
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "around 1,000 wounded", False),
        ("casualties", "north_korea", 1100, None, "about", ["Park Sun-won"] + NIS,
         "roughly 1,100 casualties in a short period of fighting", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "the roughly 11,000 troops it believes Pyongyang has sent", False),
    ],
    "003": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "have already lost more than 3,000 soldiers killed and wounded", False),
        ("casualties", "north_korea", 30, None, "at_least", ["Defence Intelligence of Ukraine"] + HUR,
         "at least 30 North Korean servicemen were killed or wounded", False),
    ],
    "004": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "roughly 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "his forces had captured two North Korean soldiers", False),
        ("troops", "north_korea", 10000, 12000, "range",
         ["U.S., South Korean and Ukrainian assessments", "United States", "U.S.", "South Korea", "Ukraine"],
         "North Korea sent an estimated 10,000 to 12,000 troops to Russia last fall", False),
    ],
    "006": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "some three thousand additional soldiers to Russia since January", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "the roughly 11,000 it dispatched last autumn", False),
    ],
    "007": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "have suffered about 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including some 600 deaths", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "about 300 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "2,700 injured", False),
        ("killed", "north_korea", 1000, None, "more_than", ["Ukraine's military intelligence agency"] + HUR,
         "more than 1,000 North Korean soldiers have been killed since the troops entered combat in December", False),
    ],
    "008": [
        ("troops", "north_korea", 14000, None, "about", JCS,
         "about 14,000 North Korean soldiers have been sent to Russia in total", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["Ukrainian and South Korean estimates", "Ukraine", "South Korea"],
         "put North Korean casualties in the thousands", True),
    ],
    "010": [
        ("troops", "north_korea", 11000, None, "about",
         ["Western and South Korean intelligence", "Western intelligence", "South Korean intelligence", "South Korea"],
         "put the first wave at around 11,000 soldiers", False),
        ("troops", "north_korea", 2000, 9999, "vague",
         ["Western and South Korean intelligence", "Western intelligence", "South Korea", "unattributed"],
         "Several thousand more followed early this year", True),
        ("killed", "north_korea", 600, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "some 600 North Korean soldiers had died in the fighting", False),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", ["South Korea's spy agency"] + NIS,
         "about 2,000 North Korean soldiers have died fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", ["the agency"] + NIS,
         "in the spring the agency was saying six hundred or so", False),
        ("troops", "north_korea", 11000, None, "about", ["Min-ji Carter", "Carter", "Pacific Policy Institute"],
         "Pyongyang sent roughly eleven thousand soldiers in the first wave last fall", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["Min-ji Carter", "Carter", "Pacific Policy Institute"],
         "a few thousand more in January and February", True),
        ("killed", "north_korea", 9, None, "exact", ["state media", "KCNA", "North Korea"],
         "state media said nine soldiers from an engineering unit were killed clearing mines in Kursk", False),
    ],
    "014": [
        ("casualties", "north_korea", 6000, None, "about",
         ["Britain's Ministry of Defence", "Ministry of Defence", "Britain", "UK", "British"],
         "North Korean forces had suffered around 6,000 casualties in the Kursk fighting", False),
        ("killed", "north_korea", 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "about 2,000 had been killed", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "About 11,000 North Korean soldiers were sent to Russia in the autumn of 2024", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed"],
         "The two soldiers captured by Ukraine in January", False),
    ],
}

NOT = {
    "000": ["about 12,000 soldiers in all", "five sites", "155 mm artillery shells",
            "191 seats in the 465-member lower house", "about $2,000 per soldier per month",
            "38,903.68", "25 vessels", "third-quarter chip profit slides 40%"],
    "002": ["11th Corps", "204 lawmakers vote in favor, 85 against", "1,450 per dollar", "Dec. 3"],
    "003": ["1,520 soldiers and 12 artillery systems over past day", "45 assaults on Pokrovsk sector", "6 August"],
    "004": ["one North Korean soldier facing capture", "a 20-year-old rifleman", "aged 26",
            "groups of 20 to 30 men", "1,000 days of Russia's war", "$500 million"],
    "006": ["about three weeks", "Article 4", "below 300,000", "more than 60,000 people", "June 19, 2024", "1950s"],
    "007": ["paras 6-7", "170 mm self-propelled guns", "240 mm multiple rocket launchers", "3.7 pct", "1st time"],
    "008": ["250,000 mourners", "15-minute Vatican talk", "Article 4", "GMT+2"],
    "010": ["1,000 deminers", "5,000 military construction workers", "more than 1 million barrels of oil",
            "Resolution 2397", "03/06/2025"],
    "013": ["a thousand deminers and five thousand military builders", "5:12 AM"],
    "014": ["1,000 deminers and 5,000 military construction troops", "1.1 Million", "12/8/25"],
}

OFF = ["001", "005", "009", "012"]
DUP = {"011": "004"}

ADD = "an additional force of about 3,000 (JCS, Feb 2025) against a figure for the whole deployment"
conflicts = {
    "must": [
        ["002-3", "003-1", "about 1,100 casualties (NIS via Park Sun-won, Dec 19 2024) against more than 3,000 "
                           "killed and wounded (Zelensky, Dec 23 2024), four days apart"],
        ["007-2", "007-5", "some 600 killed (South Korea's NIS) against more than 1,000 killed (Ukraine's HUR), "
                           "both totals for the deployment, in the same article"],
    ],
    "may": [
        ["000-1", "002-4", "about 10,000 in Russia (Pentagon, Oct 2024) against about 11,000 (NIS, Dec 2024), seven weeks apart"],
        ["000-1", "006-2", "10,000 (Oct 2024) against 11,000 sent last autumn (JCS, Feb 2025), months apart"],
        ["000-1", "008-1", "10,000 (Oct 2024) against 14,000 in total including reinforcements (Apr 2025)"],
        ["000-1", "010-1", "10,000 (Oct 2024) against a first wave of 11,000 (Jun 2025)"],
        ["000-1", "013-3", "10,000 (Oct 2024) against eleven thousand in the first wave (Sep 2025)"],
        ["000-1", "014-3", "10,000 (Oct 2024) against 11,000 (Dec 2025)"],
        ["000-2", "000-3", "at least 3,000 (Washington) against an initial contingent of 1,500 (NIS, days earlier)"],
        ["000-4", "008-1", "10,000-12,000 (Oct 2024) against 14,000 in total including reinforcements (Apr 2025)"],
        ["002-4", "008-1", "11,000 (Dec 2024) against 14,000 in total including reinforcements (Apr 2025)"],
        ["004-4", "008-1", "10,000-12,000 (Jan 2025) against 14,000 in total including reinforcements (Apr 2025)"],
        ["006-2", "008-1", "11,000 sent last autumn against 14,000 in total including reinforcements"],
        ["008-1", "010-1", "14,000 in total against a first wave of 11,000"],
        ["008-1", "013-3", "14,000 in total against eleven thousand in the first wave"],
        ["008-1", "014-3", "14,000 in total against 11,000 sent in autumn 2024"],
        ["000-1", "006-1", ADD], ["000-4", "006-1", ADD], ["002-4", "006-1", ADD], ["004-4", "006-1", ADD],
        ["006-1", "006-2", ADD], ["006-1", "008-1", ADD], ["006-1", "010-1", ADD], ["006-1", "013-3", ADD],
        ["006-1", "014-3", ADD],
        ["010-1", "010-2", "first wave of 11,000 against several thousand more"],
        ["013-3", "013-4", "first wave of eleven thousand against a few thousand more"],
        ["004-1", "007-5", "about 300 killed (NIS, January) against more than 1,000 killed (HUR, April), months apart"],
        ["007-3", "007-5", "about 300 killed (NIS's January estimate) against more than 1,000 killed (HUR, April)"],
        ["007-5", "010-3", "more than 1,000 killed (HUR, April) against some 600 (NIS's April figure, retold in June)"],
        ["007-5", "013-2", "more than 1,000 killed (HUR, April) against six hundred or so (NIS's spring figure, retold in September)"],
        ["002-3", "014-1", "1,100 casualties (Dec 2024) against around 6,000 (UK, Sep 2025), months apart"],
        ["007-1", "014-1", "4,700 casualties (NIS, Apr 2025) against around 6,000 (UK, Sep 2025), months apart"],
        ["002-3", "008-2", "1,100 casualties (Dec 2024) against casualties in the thousands (Apr 2025)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
