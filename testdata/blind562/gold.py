#!/usr/bin/env python3
"""Gold labels for testdata/blind562 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind562: fifteen articles written in our own words about North Korean troops in "
         "Russia's Kursk region (October 2024 - December 2025), labelled blind. Same schema as corpus/gold.json.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["HUR", "Defence Intelligence", "Defense Intelligence", "military intelligence", "Ukrainian intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "a first contingent of about 1,500 already landed in the Russian Far East", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "North Korea now has 11,000 soldiers in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "the contingent includes about 500 officers", False),
        ("troops", "north_korea", 3, None, "exact", HUR,
         "about 500 officers and three generals", True),
        ("troops", "russia", 50000, None, "about", ZEL,
         "Moscow has concentrated around 50,000 troops in the area", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "roughly 1,100 North Korean soldiers had been killed or wounded", False),
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "the number of North Korean troops killed and wounded in Kursk region has already passed 3,000", False),
        ("casualties", "north_korea", 200, 900, "vague", ["John Kirby", "Kirby", "White House", "United States", "US"],
         "North Korean units had suffered \"several hundred\" casualties", True),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korea has lost around 300 soldiers killed and 2,700 wounded", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korea has lost around 300 soldiers killed and 2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "puts the North's total casualties at roughly 3,000", False),
        ("troops", "north_korea", 11000, None, "about", NIS + ["Lee Seong-kweun", "unattributed"],
         "the estimated 11,000 soldiers the North dispatched last autumn", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Lee Seong-kweun"],
         "Ukraine had captured two North Korean soldiers on Jan. 9", False),
    ],
    "006": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces have taken two North Korean soldiers prisoner in Russia's Kursk region", False),
        ("troops", "north_korea", 10000, 12000, "range",
         ["Western and South Korean intelligence", "Western intelligence", "South Korean intelligence", "South Korea"],
         "Pyongyang has sent between 10,000 and 12,000 troops to help Russia", False),
    ],
    "007": [
        ("killed", "north_korea", 1000, None, "at_least", HUR,
         "the North Koreans have lost at least a thousand men killed", False),
        ("captured", "north_korea", 2, None, "exact", HUR,
         "the two North Korean soldiers taken prisoner last week", False),
    ],
    "009": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea has sent some three thousand additional troops to Russia", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed", "Joint Chiefs of Staff", "South Korea", "AP"],
         "North Korea sent an estimated 11,000 soldiers to Russia last fall", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "around 4,000 North Korean soldiers have been killed or wounded", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "two North Korean prisoners captured in January", False),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "Around 4,700 North Korean soldiers are estimated to have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "About 600 of them died", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "put the total number of troops the North has sent at around 15,000", False),
    ],
    "012": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "Ukrainian losses in the Kursk area since the start of the incursion on August 6, 2024 had exceeded 76,000 servicemen", False),
    ],
    "014": [
        ("troops", "north_korea", 12000, None, "up_to",
         ["South Korean and Western intelligence", "South Korean intelligence", "Western intelligence", "South Korea", "BBC"],
         "Estimates for the first deployment, in October and November 2024, ranged up to 12,000", False),
        ("troops", "north_korea", 3000, None, "about", JCS,
         "a further 3,000 or so were sent in January and February 2025", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["Ukrainian officials", "Ukraine"],
         "several thousand North Korean dead and wounded", True),
        ("killed", "north_korea", 9, None, "exact", ["KCNA", "Korean Central News Agency", "North Korea", "Pyongyang"],
         "nine members of the engineering regiment died while clearing mines", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "BBC"],
         "The two North Koreans captured by Ukraine in January 2025", False),
    ],
}

NOT = {
    "000": ["as many as 12,000 soldiers in four brigades", "Four amphibious ships and three escort vessels",
            "more than 400 vehicles", "Ukraine says 10,000 N. Korean troops may be training in Russia's Far East",
            "between Oct. 8 and 13", "11th Army Corps", "2 solo fan events", "KOSPI 2,593.37"],
    "002": ["the force could grow to 15,000 by the end of the year",
            "Russia has lost 699,700 troops since February 2022", "about $2,000 a month", "82mm mortars",
            "several hundred square kilometers", "9 days after first contact", "from $5 a month", "214 comments"],
    "003": ["42 Ukrainian drones over six regions", "12 over Kursk", "up to four hours",
            "240mm multiple rocket launchers", "170mm self-propelled guns",
            "Nineteen migrants rescued off Lampedusa", "Comments (1,248)"],
    "005": ["aged 20 and 26", "Jan. 9", "tops Netflix charts in 92 countries", "Asiana's 6,900 employees",
            "5 things to know", "4th straight week"],
    "006": ["born in 2005 and the other in 1999", "Over 1,000 Russian Shahed Drones", "from $3 a month",
            "Comments (38)"],
    "007": ["columns of 20 to 30 men", "guided bombs: 4 injured", "18-month service contracts", "6 oblasts"],
    "009": ["more than 20,000 containers of munitions", "170 mm self-propelled guns",
            "240 mm multiple rocket launchers", "since August 2023"],
    "010": ["Japan's population falls by record 898,000", "two days after"],
    "012": ["1,000 sappers", "5,000 military builders", "1,000 deminers", "more than 7,000 pieces of weaponry",
            "Over 200 tonnes of DPRK seafood", "Article 4"],
    "014": ["1,000 deminers and 5,000 military construction workers", "120-day mission",
            "Russia and Ukraine each free 1,000 prisoners", "billions of dollars"],
}

OFF = ["001", "004", "008", "013"]
DUP = {"011": "006"}

conflicts = {
    "must": [
        ["003-1", "003-2", "about 1,100 North Korean killed or wounded (South Korea's JCS) against more than 3,000 "
                           "(Zelensky), both on 23 December 2024, in the same live blog"],
        ["005-1", "007-1", "about 300 North Koreans killed (NIS, relayed by Lee Seong-kweun, 13 Jan 2025) against at "
                           "least 1,000 killed (Ukraine's HUR, 16 Jan 2025), three days apart"],
    ],
    "may": [
        # troops: totals months apart, and additional forces
        ["002-1", "010-3", "11,000 in Kursk (Nov 2024) against around 15,000 sent in all (Apr 2025), after reinforcements"],
        ["005-4", "010-3", "11,000 dispatched last autumn (Jan 2025) against around 15,000 in all (Apr 2025)"],
        ["006-2", "010-3", "10,000-12,000 (Jan 2025) against around 15,000 in all (Apr 2025)"],
        ["009-2", "010-3", "11,000 sent last fall against around 15,000 in all two months later, reinforcements included"],
        ["014-1", "010-3", "up to 12,000 in the first deployment against around 15,000 in all"],
        ["009-1", "009-2", "an additional 3,000 against 11,000 sent last fall"],
        ["009-1", "002-1", "an additional 3,000 against 11,000"],
        ["009-1", "005-4", "an additional 3,000 against 11,000"],
        ["009-1", "006-2", "an additional 3,000 against 10,000-12,000"],
        ["009-1", "010-3", "an additional 3,000 against 15,000 in all"],
        ["014-2", "014-1", "a further 3,000 against up to 12,000 in the first deployment"],
        ["014-2", "010-3", "a further 3,000 against 15,000 in all"],
        ["014-2", "002-1", "a further 3,000 against 11,000"],
        ["014-2", "005-4", "a further 3,000 against 11,000"],
        ["014-2", "006-2", "a further 3,000 against 10,000-12,000"],
        ["014-2", "009-2", "a further 3,000 against 11,000"],
        # casualties: vague figures, and Seoul's cumulative estimate rising (an update)
        ["003-1", "003-3", "about 1,100 against Kirby's vague 'several hundred' a week earlier"],
        ["003-2", "003-3", "more than 3,000 against Kirby's vague 'several hundred' a week earlier"],
        ["003-3", "005-3", "'several hundred' (Dec 2024) against about 3,000 (Jan 2025)"],
        ["003-3", "009-3", "'several hundred' (Dec 2024) against about 4,000 (Feb 2025)"],
        ["003-3", "010-1", "'several hundred' (Dec 2024) against about 4,700 (Apr 2025)"],
        ["003-1", "005-3", "Seoul's 1,100 (23 Dec) against its roughly 3,000 three weeks later: a cumulative figure rising"],
        ["003-2", "005-3", "more than 3,000 against about 3,000, three weeks later"],
        ["003-1", "009-3", "1,100 (Dec 2024) against about 4,000 (Feb 2025), a cumulative figure rising"],
        ["003-1", "010-1", "1,100 (Dec 2024) against about 4,700 (Apr 2025), a cumulative figure rising"],
        ["005-3", "009-3", "update: about 3,000 (NIS, Jan) to about 4,000 (JCS, Feb), a cumulative figure rising"],
        ["005-3", "010-1", "update: about 3,000 (NIS, Jan) to about 4,700 (NIS, Apr), a cumulative figure rising"],
        ["009-3", "010-1", "update: about 4,000 (Feb) to about 4,700 (Apr), a cumulative figure rising"],
        # killed: updates and months apart
        ["005-1", "010-2", "update: about 300 killed (NIS, Jan) to about 600 (NIS, Apr)"],
        ["005-1", "014-3", "update: about 300 killed (NIS, Jan) to about 2,000 (NIS, Sep)"],
        ["010-2", "014-3", "update: about 600 killed (NIS, Apr) to about 2,000 (NIS, Sep)"],
        ["007-1", "010-2", "at least 1,000 killed (HUR, Jan) against about 600 (NIS, Apr), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
