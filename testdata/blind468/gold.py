#!/usr/bin/env python3
"""Gold labels for testdata/blind468 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Lee Seong-kweun"]

about = ("Gold labels for blind468: fifteen articles written blind for crosscheck (October 2024 - "
         "December 2025). See testdata/corpus/README.md for the meaning of every field and how a "
         "system's output is scored.")

A = {
    "000": [
        ("troops", NK, 10000, None, "about",
         ["Pentagon", "Sabrina Singh", "US Defense Department", "Defense Department", "United States", "US"],
         "North Korea has sent about 10,000 soldiers to eastern Russia for training", False),
        ("troops", NK, 2000, 9999, "vague",
         ["Sabrina Singh", "Pentagon", "United States", "US"],
         "\"a few thousand\" of the soldiers had already been moved westward", True),
        ("troops", NK, 1500, None, "about",
         ["National Intelligence Service", "South Korea", "NIS"],
         "a first group of some 1,500 special operations troops had reached Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 2000, 9999, "vague",
         ["Seoul", "Washington", "Kyiv", "South Korea", "United States", "Ukraine"],
         "thousands of North Korean soldiers are now in Russia", True),
        ("troops", NK, 10000, 12000, "range",
         ["South Korea", "United States", "Ukraine", "Seoul", "Washington", "Kyiv"],
         "now all put the deployment at between 10,000 and 12,000 troops", False),
        ("troops", NK, 11000, None, "exact",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"],
         "11,000 of them were already in the Kursk region", False),
        ("troops", NK, 10000, None, "more_than",
         ["Washington", "United States", "US"],
         "Washington has since said it believes more than 10,000 are in the area", False),
        ("troops", NK, 500, None, "about",
         ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"],
         "the contingent includes about 500 officers", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers deployed to Russia have been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "around 1,000 others wounded", False),
        ("casualties", NK, 1100, None, "about", NIS,
         "the combined toll of dead and wounded was estimated at roughly 1,100", False),
        ("troops", NK, 11000, None, "about", NIS,
         "North Korea sent around 11,000 troops to Russia in October and November", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Syrskyi", "Ukraine"],
         "more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("casualties", NK, 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "the North Korean troops had suffered about 1,100 casualties", False),
        ("killed", NK, 20, 99, "vague",
         ["Special Operations Forces", "SSO", "Ukraine"],
         "they had killed dozens of North Korean soldiers in three days of fighting", True),
    ],
    "005": [
        ("captured", NK, 2, None, "exact",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine", "SBU"],
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk Oblast", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "North Korea has deployed an estimated 11,000 soldiers to Kursk Oblast", False),
    ],
    "007": [
        ("killed", NK, 300, None, "about", NIS,
         "Around 300 of them have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "a further 2,700 wounded", False),
        ("casualties", NK, 3000, None, "about", NIS + ["unattributed", "Bloomberg"],
         "That puts the North's total casualties at some 3,000", False),
        ("troops", NK, 11000, None, "about", NIS,
         "a contingent that South Korea estimates at roughly 11,000 soldiers", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Kyiv", "unattributed"],
         "The two soldiers captured by Ukraine over the weekend", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea has sent some three thousand additional soldiers to Russia since January", False),
        ("troops", NK, 11000, None, "about", NIS,
         "the roughly 11,000 troops Pyongyang dispatched last fall", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "NIS", "unattributed"],
         "The two North Korean soldiers captured by Ukrainian forces in January", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the enemy's losses during the operation exceeded 76,000 servicemen", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS,
         "Around 4,700 North Korean soldiers have been killed or wounded in the war between Russia and Ukraine", False),
        ("killed", NK, 600, None, "about", NIS,
         "including about 600 who died", False),
        ("troops", NK, 15000, None, "about", NIS,
         "North Korea has sent about 15,000 soldiers in total", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers have been killed since the deployment began last autumn", False),
        ("casualties", NK, 6000, None, "more_than",
         ["Ukrainian intelligence", "Intelligence officials in Kyiv", "Kyiv", "Ukraine"],
         "put North Korea's combined dead and wounded at more than 6,000", False),
    ],
}

NOT = {
    "000": ["intended to send about 12,000 troops in all", "roughly 9,000 kilometers",
            "Nikkei average ends up 1.1% at 38,903", "Oct. 28"],
    "001": ["roughly 100 basic military terms", "about $2,000 a month",
            "its armed forces number about 1.2 million", "since 1953", "the 11th Corps"],
    "003": ["240 mm multiple rocket launchers", "170 mm self-propelled guns",
            "won's fall past 1,450 per dollar", "Dec. 27", "paras 5-8"],
    "004": ["21 of 28 Russian drones", "41.9 per US dollar", "47th military aid package"],
    "005": ["born in 2005", "born in 1999", "74 Shahed-type attack drones",
            "downed 47 of them over 13 oblasts", "more than 19,000 members"],
    "007": ["1,472.8 per dollar", "KOSPI 2,489.56", "Exports Jump 10.7%", "$1.7 Billion"],
    "008": ["aged 20 and 26"],
    "009": ["more than 7,000 units of weapons and military equipment", "June 19, 2024",
            "August 6, 2024", "over 1,000 residential buildings"],
    "010": ["about 20,000 containers of munitions", "April 27 to 30"],
    "013": ["1,000 sappers", "5,000 military construction workers", "Heavy rain leaves 4 missing",
            "32nd straight week", "30 pupils"],
}

OFF = ["002", "006", "012", "014"]
DUP = {"011": "010"}

conflicts = {
    "must": [
        ["003-3", "004-1", "roughly 1,100 killed and wounded (NIS via Lee Seong-kweun, Dec 19) against more "
         "than 3,000 (Zelensky, Dec 23): same metric and subject, four days apart"],
        ["004-1", "004-2", "more than 3,000 killed and wounded (Zelensky) against about 1,100 (South Korea's "
         "JCS), both in the same article on the same day"],
    ],
    "may": [
        ["000-1", "001-3", "about 10,000 in Russia (Pentagon, Oct 28) against 11,000 in Kursk (Zelensky, Nov 4): within 'about'"],
        ["000-1", "003-4", "about 10,000 (Oct) against about 11,000 (Dec), seven weeks apart"],
        ["000-1", "005-2", "about 10,000 (Oct) against about 11,000 (Jan), months apart"],
        ["000-1", "007-4", "about 10,000 (Oct) against about 11,000 (Jan), months apart"],
        ["000-1", "008-2", "about 10,000 (Oct) against about 11,000 restated in Feb"],
        ["000-1", "001-4", "about 10,000 against more than 10,000, two weeks apart"],
        ["008-1", "007-4", "an additional 3,000 against the earlier 11,000"],
        ["008-1", "008-2", "an additional 3,000 on top of 11,000, same article"],
        ["008-1", "010-3", "an additional 3,000 against 15,000 in total"],
        ["010-3", "000-1", "15,000 in total (Apr 2025, reinforcements included) against about 10,000 (Oct 2024)"],
        ["010-3", "001-2", "15,000 in total (Apr 2025) against 10,000-12,000 (Nov 2024)"],
        ["010-3", "001-3", "15,000 in total (Apr 2025) against 11,000 (Nov 2024)"],
        ["010-3", "003-4", "15,000 in total (Apr 2025) against about 11,000 (Dec 2024)"],
        ["010-3", "005-2", "15,000 in total (Apr 2025) against about 11,000 (Jan 2025)"],
        ["010-3", "007-4", "15,000 in total (Apr 2025) against about 11,000 (Jan 2025)"],
        ["010-3", "008-2", "15,000 in total (Apr 2025) against about 11,000 restated (Feb 2025)"],
        ["003-3", "007-3", "update: NIS casualties rise from about 1,100 (Dec 19) to about 3,000 (Jan 13)"],
        ["004-2", "007-3", "update: about 1,100 (JCS, Dec 23) against about 3,000 (NIS, Jan 13)"],
        ["004-1", "007-3", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13)"],
        ["003-2", "007-2", "update: wounded rise from about 1,000 (Dec 19) to 2,700 (Jan 13)"],
        ["007-3", "010-1", "update: NIS casualties rise from about 3,000 (Jan) to about 4,700 (Apr)"],
        ["003-3", "010-1", "about 1,100 (Dec) against about 4,700 (Apr), months apart"],
        ["004-2", "010-1", "about 1,100 (Dec) against about 4,700 (Apr), months apart"],
        ["007-1", "010-2", "update: NIS killed rise from about 300 (Jan) to about 600 (Apr)"],
        ["010-2", "013-1", "update: NIS killed rise from about 600 (Apr) to about 2,000 (Sep)"],
        ["007-1", "013-1", "about 300 killed (Jan) against about 2,000 (Sep), months apart"],
        ["010-1", "013-2", "about 4,700 (NIS, Apr) against more than 6,000 (Kyiv, Sep), months apart"],
        ["007-3", "013-2", "about 3,000 (Jan) against more than 6,000 (Sep), months apart"],
        ["003-3", "013-2", "about 1,100 (Dec) against more than 6,000 (Sep), months apart"],
        ["004-2", "013-2", "about 1,100 (Dec) against more than 6,000 (Sep), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
