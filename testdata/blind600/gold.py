#!/usr/bin/env python3
"""Gold labels for blind600. Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind600 (15 articles written and labelled blind). "
         "See testdata/corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "South Korean military"]
HUR = ["Defense Intelligence of Ukraine", "HUR", "military intelligence", "Ukrainian intelligence",
       "Andriy Yusov", "Yusov", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS, "North Korea is sending about 12,000 troops", False),
        ("troops", NK, 1500, None, "about", NIS,
         "the first contingent of around 1,500 special operations soldiers has already been moved to Russia's Far East", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about",
         ["Antony Blinken", "Blinken", "State Department", "United States", "US", "U.S."],
         "Roughly 10,000 North Korean soldiers have been sent to eastern Russia for training", False),
        ("troops", NK, 8000, None, "about",
         ["Antony Blinken", "Blinken", "State Department", "United States", "US", "U.S."],
         "some eight thousand have already been moved toward Kursk", False),
        ("troops", NK, 10000, None, "exact", ["former NSC official", "unattributed"],
         "Ten thousand North Koreans is not a rounding error", True),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact",
         ["Volodymyr Zelensky", "Zelensky", "Ukrainian intelligence", "Ukraine"],
         "11,000 North Korean soldiers are now in Russia's Kursk Oblast", False),
        ("troops", NK, 500, None, "about", ["Defence Intelligence", "HUR", "Ukraine"],
         "the contingent includes about 500 officers", False),
        ("troops", NK, 3, None, "exact", ["Defence Intelligence", "HUR", "Ukraine"],
         "three generals of the Korean People's Army", True),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "the number of North Korean soldiers killed and wounded in Russia's Kursk region has passed 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "it estimated that about 1,100 North Korean soldiers had been killed or wounded in combat with Ukrainian forces in Kursk", False),
        ("casualties", NK, 200, 900, "vague", ["John Kirby", "Kirby", "White House", "United States", "US"],
         "the North Korean contingent had suffered several hundred casualties", True),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 300 North Korean soldiers fighting for Russia against Ukraine have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"], "some 2,700 wounded", False),
        ("killed", NK, 100, None, "about", NIS, "about 100 deaths it reported in December", False),
        ("captured", NK, 2, None, "exact", NIS + ["Volodymyr Zelenskyy", "Zelenskyy", "Ukraine"],
         "two North Korean soldiers were captured by Ukrainian forces on Jan. 9 in the Kursk region", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "South Korea"],
         "estimated by Seoul at around 11,000 troops", False),
    ],
    "007": [
        ("killed", NK, 1000, None, "more_than", HUR,
         "North Korea has lost more than a thousand soldiers killed in Russia's Kursk region", False),
        ("casualties", NK, 3800, None, "at_least", HUR,
         "the total of North Koreans killed and wounded had reached at least 3,800", False),
        ("killed", NK, 300, None, "about", NIS, "put the number of dead at roughly 300", False),
        ("wounded", NK, 2700, None, "about", NIS, "with another 2,700 wounded", False),
        ("troops", NK, 11000, 12000, "range", HUR,
         "between 11,000 and 12,000 North Korean troops were brought to the Kursk region in the autumn", False),
        ("captured", NK, 2, None, "exact", ["SBU", "Ukraine", "Kyiv Post"],
         "The two North Korean prisoners captured on Jan. 9", False),
    ],
    "009": [
        ("troops", NK, 2000, 9999, "vague", ["Seoul", "South Korea"],
         "Pyongyang has sent thousands of reinforcements to Russia's Kursk region", True),
        ("troops", NK, 3000, None, "about", JCS, "An estimated 3,000 additional troops", False),
        ("troops", NK, 11000, None, "about",
         ["South Korean and US intelligence", "South Korea", "US", "United States"],
         "Around 11,000 North Korean soldiers arrived in Russia last autumn", False),
        ("casualties", NK, 4000, None, "about", JCS,
         "The JCS estimated North Korean casualties at about 4,000, killed and wounded together", False),
        ("captured", NK, 2, None, "exact", ["Ukraine"], "it is holding two captured North Koreans", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korea has suffered about 4,700 casualties among the soldiers it sent", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"], "including roughly 600 killed", False),
        ("troops", NK, 15000, None, "about", NIS + ["Lee Seong-kweun"],
         "Pyongyang is estimated to have sent some 15,000 soldiers to Russia", False),
    ],
    "012": [
        ("casualties", UA, 76000, None, "more_than",
         ["Russian Defense Ministry", "Defense Ministry", "Russia", "Russian Ministry of Defence"],
         "the Ukrainian army lost more than 76,000 servicemen during the Kursk adventure", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS + ["lawmakers"],
         "About 2,000 North Korean soldiers have been killed", False),
        ("troops", NK, 15000, None, "up_to", ["unattributed"],
         "As many as 15,000 North Korean troops are believed to have been sent to Russia since last October", False),
        ("wounded", NK, 2000, 9000, "vague", ["analysts"], "Several thousand more have been wounded", True),
    ],
}

NOT = {
    "000": ["four brigades", "four Russian navy landing ships and three escort vessels",
            "about 80 fighter pilots sent to North Vietnam in the 1960s", "involving 110 aircraft",
            "KOSPI 2,593.82"],
    "001": ["as many as 100,000 troops", "155mm-shell", "an $895 billion topline", "Russia's 1,500-mile war economy",
            "a second THAAD battery"],
    "002": ["Personnel: about 701,920 (+1,510)", "Tanks: 9,150 (+12)",
            "Russians attack Kharkiv with guided bombs: 7 people injured", "12-month limit",
            "downs 39 of 71 Shahed drones"],
    "004": ["destroyed 42 Ukrainian drones overnight, 16 of them over the Kursk region", "about 40,000 households",
            "It would be the 16th", "£4.6bn", "70mph gusts", "I waited 14 hours"],
    "005": ["born in 2005", "born in 1999", "on Jan. 9", "1st launch of 2025"],
    "007": ["Russia Loses 1,460 Troops in a Day", "Attack by 55 Drones", "4,168 Square Kilometers",
            "well over three times the estimate"],
    "009": ["for about two weeks", "several hundred million dollars a year", "more than 100 ballistic missiles",
            "Russia launches 267 drones", "wins 28.5% of vote", "in 10 charts"],
    "010": ["Seoul says 2 North Korean POWs held in Ukraine may come South", "new 5,000-ton destroyer",
            "comes two days after"],
    "012": ["1,000 sappers to clear mines", "5,000 military construction workers",
            "a thousand sappers for demining Russian territory", "five thousand military builders",
            "DPRK to send 1,000 deminers, 5,000 military builders", "over 7,000 units of weapons and military equipment",
            "Article 4", "signed on June 19, 2024", "liberate two communities", "down 61 Ukrainian drones"],
    "013": ["1,000 deminers and 5,000 builders would go", "as much as $20 billion"],
}

OFF = ["003", "008", "011", "014"]
DUP = {"006": "005"}

MUST = [
    ["001-2", "002-1", "about 8,000 moved to Kursk (Blinken, 31 Oct 2024) against 11,000 in Kursk (Zelensky, 5 Nov), five days apart"],
    ["004-1", "004-2", "more than 3,000 killed and wounded (Zelenskyy) against about 1,100 (South Korea's JCS), same day, same live blog"],
    ["005-1", "007-1", "about 300 killed (NIS, 13 Jan 2025) against more than a thousand killed (HUR, 16 Jan), three days apart"],
    ["007-1", "007-3", "more than a thousand killed (HUR) against roughly 300 (NIS), set side by side in one article"],
]

MAY = [
    # troops: different scope or weeks/months apart
    ["000-1", "001-1", "about 12,000 being sent (NIS, 18 Oct) against roughly 10,000 sent so far (US, 31 Oct): different scope, 13 days apart"],
    ["000-1", "001-2", "12,000 being sent in all (NIS) against some 8,000 moved to Kursk (US): a whole against a part, two weeks apart"],
    ["000-1", "002-1", "12,000 being sent (NIS, 18 Oct) against 11,000 in Kursk (Zelensky, 5 Nov), 18 days apart"],
    ["001-1", "002-1", "roughly 10,000 in eastern Russia (US, 31 Oct) against 11,000 in Kursk (Zelensky, 5 Nov): different scope"],
    ["000-1", "005-5", "12,000 (Oct 2024) against around 11,000 (Jan 2025), three months apart"],
    ["000-1", "009-3", "12,000 (Oct 2024) against around 11,000 arrived last autumn (Feb 2025), months apart"],
    ["000-1", "010-3", "12,000 (Oct 2024) against some 15,000 in all (Apr 2025), months apart, reinforcements since"],
    ["001-1", "005-5", "roughly 10,000 (Oct 2024) against around 11,000 (Jan 2025), months apart"],
    ["001-1", "007-5", "roughly 10,000 (Oct 2024) against 11,000-12,000 (Jan 2025), months apart"],
    ["001-1", "009-3", "roughly 10,000 (Oct 2024) against around 11,000 (Feb 2025), months apart"],
    ["001-1", "010-3", "roughly 10,000 (Oct 2024) against some 15,000 (Apr 2025), months apart"],
    ["001-2", "005-5", "some 8,000 in Kursk (Oct 2024) against around 11,000 (Jan 2025), months apart"],
    ["001-2", "007-5", "some 8,000 in Kursk (Oct 2024) against 11,000-12,000 brought to Kursk (Jan 2025), months apart"],
    ["001-2", "009-3", "some 8,000 in Kursk (Oct 2024) against around 11,000 (Feb 2025), months apart"],
    ["001-2", "010-3", "some 8,000 in Kursk (Oct 2024) against some 15,000 in all (Apr 2025), months apart"],
    ["002-1", "010-3", "11,000 (Nov 2024) against some 15,000 in all (Apr 2025), months apart"],
    ["005-5", "010-3", "around 11,000 (Jan 2025) against some 15,000 in all (Apr 2025), months apart"],
    ["007-5", "010-3", "11,000-12,000 (Jan 2025) against some 15,000 in all (Apr 2025), months apart"],
    ["009-3", "010-3", "around 11,000 first contingent (Feb 2025) against some 15,000 in all (Apr 2025), two months apart"],
    # troops: an additional force
    ["009-2", "000-1", "an additional 3,000 against the first deployment"],
    ["009-2", "001-1", "an additional 3,000 against the first deployment"],
    ["009-2", "001-2", "an additional 3,000 against the first deployment"],
    ["009-2", "002-1", "an additional 3,000 against the first deployment"],
    ["009-2", "005-5", "an additional 3,000 against the first deployment"],
    ["009-2", "007-5", "an additional 3,000 against the first deployment"],
    ["009-2", "009-3", "an additional 3,000 against the first deployment, same article"],
    ["009-2", "010-3", "an additional 3,000 against the total"],
    # casualties: weeks or months apart, a cumulative count
    ["004-2", "007-2", "about 1,100 (JCS, 23 Dec) against at least 3,800 (HUR, 16 Jan), three weeks apart"],
    ["004-2", "009-4", "about 1,100 (JCS, Dec) against about 4,000 (JCS, Feb), two months apart"],
    ["004-2", "010-1", "about 1,100 (JCS, Dec) against about 4,700 (NIS, Apr), months apart"],
    ["009-4", "010-1", "about 4,000 (JCS, Feb) against about 4,700 (NIS, Apr), two months apart"],
    # killed: weeks or months apart, a cumulative count
    ["005-3", "007-1", "about 100 reported in December (NIS) against more than a thousand (HUR, 16 Jan)"],
    ["005-1", "010-2", "about 300 (NIS, Jan) against roughly 600 (NIS, Apr), months apart"],
    ["005-1", "013-1", "about 300 (NIS, Jan) against about 2,000 (NIS, Sept), months apart"],
    ["005-3", "010-2", "about 100 (NIS, Dec) against roughly 600 (NIS, Apr), months apart"],
    ["005-3", "013-1", "about 100 (NIS, Dec) against about 2,000 (NIS, Sept), months apart"],
    ["007-3", "010-2", "roughly 300 (NIS, Jan) against roughly 600 (NIS, Apr), months apart"],
    ["007-3", "013-1", "roughly 300 (NIS, Jan) against about 2,000 (NIS, Sept), months apart"],
    ["007-1", "010-2", "more than a thousand (HUR, Jan) against roughly 600 (NIS, Apr), months apart"],
    ["010-2", "013-1", "roughly 600 (NIS, Apr) against about 2,000 (NIS, Sept), months apart"],
]

goldlib.write(about, A, NOT, OFF, DUP, {"must": MUST, "may": MAY})
