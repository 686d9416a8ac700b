#!/usr/bin/env python3
"""Gold labels for testdata/blind593 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind593: 15 articles written in our own words about the real story's "
         "known reporting (October 2024 - December 2025). See testdata/corpus/README.md for the "
         "meaning of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul",
       "Lee Seong-kweun"]
NIS_PARK = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul",
            "Park Sun-won"]
NIS_PLAIN = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
UNATTR = ["unattributed"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS_PLAIN,
         "North Korea has begun sending some 12,000 soldiers, organised into four brigades, to support Russia's war against Ukraine", False),
        ("troops", "north_korea", 1500, None, "exact", NIS_PLAIN,
         "a first contingent of 1,500 special forces troops had been ferried", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["Volodymyr Zelenskiy", "Zelenskiy", "Zelensky", "Ukrainian intelligence", "Ukraine"],
         "Pyongyang was preparing thousands of soldiers to join Russian forces", True),
    ],
    "001": [
        ("troops", "north_korea", 8000, None, "about", ["Antony Blinken", "Blinken", "State Department", "United States", "US", "U.S."],
         "About eight thousand North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", "north_korea", 10000, None, "about", ["Sabrina Singh", "Pentagon", "Defense Department", "United States", "US", "U.S."],
         "North Korea had sent roughly 10,000 soldiers to train in eastern Russia", False),
        ("troops", "north_korea", 3000, None, "at_least", ["White House", "United States", "US", "U.S."],
         '"at least 3,000" the White House had cited the previous Wednesday', False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers sent to Russia have been killed in combat against Ukrainian forces", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "about 1,000 others have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS,
         "The casualty count of around 1,100", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "around 11,000 North Korean soldiers remain in the Kursk area", False),
        ("casualties", "north_korea", 200, 900, "vague", ["United States", "US", "U.S."],
         'North Korean soldiers had suffered "several hundred" killed and wounded in Kursk', True),
        ("casualties", "north_korea", 30, None, "at_least", ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "at least 30 North Korean soldiers had been killed or wounded in fighting over the weekend", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", "north_korea", 1100, None, "about", NIS_PLAIN,
         "about 1,100 North Koreans had been killed or wounded", False),
        ("killed", "north_korea", 21, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "its operators had killed 21 North Korean soldiers", False),
        ("wounded", "north_korea", 47, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 47 in a single clash", False),
        ("troops", "north_korea", 11000, None, "about", ["Ukraine", "South Korea", "U.S.", "US", "United States"],
         "around 11,000 are deployed in Kursk Oblast", False),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "About 300 North Korean soldiers have died", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "roughly 2,700 have been wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "bringing the toll to some 3,000", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "007": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the losses of the Ukrainian armed forces during the Kursk adventure exceeded 76,000 servicemen", False),
    ],
    "008": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "around 600 of them fatally", False),
        ("troops", "north_korea", 11000, None, "about", UNATTR,
         "Pyongyang dispatched roughly eleven thousand men to Russia last autumn", False),
        ("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "joint chiefs of staff", "JCS", "South Korea"],
         "a further 3,000 or so were sent in January and February", False),
        ("killed", "north_korea", 1000, None, "at_least", ["Western officials", "Western", "officials in London"],
         "at least 1,000 North Koreans had been killed in the fighting", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine is holding two North Korean soldiers captured in January", False),
    ],
    "010": [
        ("troops", "north_korea", 13000, 15000, "range", ["South Korean government officials", "South Korean government", "South Korea", "Seoul"],
         "between 13,000 and 15,000 North Korean soldiers have been sent to Russia in total", False),
        ("troops", "north_korea", 2000, 9999, "vague", UNATTR,
         "North Korea sent thousands of troops to the Kursk region last year", True),
    ],
    "011": [
        ("killed", "north_korea", 2000, None, "about", NIS_PARK,
         "About 2,000 North Korean soldiers have been killed fighting for Russia in its war against Ukraine", False),
        ("troops", "north_korea", 15000, None, "up_to", ["South Korean estimates", "South Korea", "Seoul"],
         "North Korea has sent as many as 15,000 troops to Russia since last fall", False),
        ("troops", "north_korea", 1000, None, "about", NIS_PARK,
         "about 1,000 North Korean deminers are already at work in Kursk", False),
        ("killed", "north_korea", 9, None, "exact", ["state media", "North Korea", "KCNA", "unattributed"],
         "portraits of nine soldiers killed during the mission", False),
    ],
    "013": [
        ("troops", "north_korea", 10000, 12000, "range", ["US, South Korean and Ukrainian intelligence", "US", "South Korea", "Ukraine", "intelligence"],
         "An estimated 10,000-12,000 soldiers came in the first wave", False),
        ("troops", "north_korea", 2000, 9000, "vague", UNATTR,
         "Several thousand more followed in early 2025 as replacements", True),
        ("troops", "north_korea", 10000, None, "about", NIS_PLAIN,
         "about 10,000 North Korean soldiers were still stationed in Kursk", False),
        ("troops", "north_korea", 2000, 9000, "vague", NIS_PLAIN,
         "alongside several thousand builders and deminers", True),
        ("killed", "north_korea", 2000, None, "about", NIS_PLAIN,
         "South Korea's spy agency estimated that about 2,000 North Koreans had been killed", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine captured two soldiers in the Kursk region in January 2025", False),
    ],
}

NOT = {
    "000": ["four brigades", "between Oct. 8 and Oct. 13", "roughly 4,000 tonnes",
            "more than 13,000 containers of artillery shells", "since August 2023",
            "exports rise 7.5% in September", "135 drones overnight", "KOSPI 2,593.82"],
    "001": ["2+2 session", "$425 million package", "155mm artillery rounds", "The 5 swing states",
            "5 days out"],
    "003": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "vetoes 6 bills",
            "fall 12 pct in November", "20 bln won", "paras 6-8"],
    "004": ["53 drones and three missiles", "53 Shahed-type drones", "downed 35 drones", "€4.1 billion",
            "Join 18,000+ members", "1,200 guided bombs", "nearly three times higher", "5 min read"],
    "005": ["aged 20 and 26", "taken on Jan. 9", "1,470 per dollar", "3.7% in December",
            "Billboard 200 for 6th time"],
    "007": ["Article 4", "more than 7,700 units of weapons", "417 tanks", "On April 26", "USD 82.09"],
    "008": ["£1", "12.40 BST"],
    "010": ["6,000 military personnel", "1,000 deminers and 5,000 military construction workers",
            "Watch video 01:38", "GDP shrinks 0.2%"],
    "011": ["the 6,000 engineers and builders that Pyongyang pledged in June",
            "The remaining 5,000 military construction workers", "August 2024", "Aug. 29, 2025"],
    "013": ["6,000 military engineers and construction troops", "11th Corps", "around $2,000 a month",
            "€11.5 billion"],
}

OFF = ["002", "006", "009", "012"]
DUP = {"014": "011"}

conflicts = {
    "must": [
        ["003-3", "004-1", "about 1,100 casualties (South Korea's NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
        ["004-1", "004-2", "within one article: more than 3,000 casualties (Zelensky) against about 1,100 (NIS, the week before)"],
        ["008-2", "008-5", "within one article: about 600 killed (NIS) against at least 1,000 killed (Western officials, a month earlier); a cumulative toll cannot fall"],
    ],
    "may": [
        ["000-1", "001-2", "some 12,000 (NIS) against roughly 10,000 (Pentagon), two weeks apart"],
        ["000-1", "003-4", "12,000 sent (October) against 11,000 remaining in Kursk (December)"],
        ["001-1", "003-4", "about 8,000 in Kursk (October 31) against about 11,000 in Kursk seven weeks later"],
        ["001-1", "004-5", "about 8,000 in Kursk (October 31) against about 11,000 in Kursk seven weeks later"],
        ["003-5", "003-3", "optional 'several hundred' (US) against around 1,100 (NIS)"],
        ["003-5", "004-1", "optional 'several hundred' (US) against more than 3,000 (Zelensky), a week apart"],
        ["004-1", "005-3", "more than 3,000 (Dec 23) against about 3,000 three weeks later"],
        ["005-3", "008-1", "cumulative casualties 3,000 (January) then 4,700 (April): an update months apart"],
        ["005-1", "008-2", "cumulative killed 300 (January) then 600 (April): an update months apart"],
        ["005-1", "008-5", "about 300 killed (January) against at least 1,000 (Western officials, March), two months apart"],
        ["008-2", "011-1", "about 600 killed (April) then about 2,000 (September): an update months apart"],
        ["008-2", "013-5", "about 600 killed (April) against about 2,000 (reported in December)"],
        ["008-3", "010-1", "eleven thousand sent last autumn against 13,000-15,000 sent in total, months apart"],
        ["000-1", "010-1", "12,000 (October 2024) against 13,000-15,000 in total (June 2025)"],
        ["001-2", "010-1", "10,000 (October 2024) against 13,000-15,000 in total (June 2025)"],
        ["003-4", "010-1", "11,000 in Kursk (December 2024) against 13,000-15,000 sent in total (June 2025)"],
        ["004-5", "010-1", "11,000 in Kursk (December 2024) against 13,000-15,000 sent in total (June 2025)"],
        ["010-1", "013-1", "13,000-15,000 in total against 10,000-12,000 in the first wave"],
        ["010-1", "013-3", "13,000-15,000 sent in total (June) against about 10,000 still in Kursk (November)"],
        ["000-1", "013-3", "12,000 sent (October 2024) against 10,000 still in Kursk (November 2025)"],
        ["008-3", "013-3", "eleven thousand sent in autumn 2024 against 10,000 still in Kursk (November 2025)"],
        ["003-4", "013-3", "11,000 in Kursk (December 2024) against 10,000 in Kursk (November 2025)"],
        ["004-5", "013-3", "11,000 in Kursk (December 2024) against 10,000 in Kursk (November 2025)"],
        ["001-1", "013-1", "8,000 in Kursk (October 2024) against 10,000-12,000 in the first wave"],
        ["001-1", "008-3", "8,000 in Kursk (October 2024) against eleven thousand sent last autumn"],
        # "a further 3,000 or so" is an additional force: defensible either way against the totals
        ["008-4", "008-3", "an additional 3,000 against the eleven thousand of the first wave"],
        ["008-4", "000-1", "an additional 3,000 against the first 12,000"],
        ["008-4", "001-1", "an additional 3,000 against 8,000 in Kursk"],
        ["008-4", "001-2", "an additional 3,000 against 10,000"],
        ["008-4", "003-4", "an additional 3,000 against 11,000"],
        ["008-4", "004-5", "an additional 3,000 against 11,000"],
        ["008-4", "010-1", "an additional 3,000 against 13,000-15,000 in total"],
        ["008-4", "011-2", "an additional 3,000 against up to 15,000 in total"],
        ["008-4", "013-1", "an additional 3,000 against 10,000-12,000 in the first wave"],
        ["008-4", "013-3", "an additional 3,000 against 10,000 still in Kursk"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
