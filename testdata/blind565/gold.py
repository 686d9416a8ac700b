#!/usr/bin/env python3
"""Gold labels for blind565 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
HUR = ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukrainian intelligence", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "Lee Seong-kweun", "South Korea"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", HUR,
         "North Korea has sent about 12,000 military personnel to Russia", False),
        ("troops", NK, 500, None, "about", HUR,
         "Among the personnel sent to the Russian Federation are roughly 500 officers", False),
    ],
    "002": [
        ("troops", NK, 10000, 12000, "range",
         ["officials in Washington, Seoul and Kyiv", "US", "United States", "Washington", "South Korea", "Seoul", "Ukraine", "Kyiv"],
         "between 10,000 and 12,000 North Korean soldiers have been sent to Russia since October", False),
        ("troops", NK, 10000, None, "more_than", ["Pentagon", "US", "United States"],
         "putting their number at more than 10,000", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "Ukraine's President Volodymyr Zelensky has put the number in Kursk at 11,000", False),
    ],
    "003": [
        ("killed", NK, 300, None, "about", NIS,
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "2,700 wounded in the fighting in Russia's Kursk region", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "putting the North's total losses at some 3,000", False),
        ("captured", NK, 2, None, "exact", NIS + ["Zelensky"],
         "Ukraine had taken two North Korean soldiers prisoner", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "which sent an estimated 11,000 troops to Russia last autumn", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Syrskyi", "Oleksandr Syrskyi"],
         "have lost upwards of 3,000 people killed and wounded", False),
        ("troops", NK, 11000, 12000, "range",
         ["Ukrainian intelligence", "South Korean intelligence", "Ukraine", "South Korea"],
         "Pyongyang is believed to have dispatched 11,000-12,000 troops to the Kursk region", False),
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "South Korean military"],
         "North Korean forces had suffered roughly 1,100 casualties", False),
    ],
    "006": [
        ("casualties", NK, 4000, None, "about", ["Andrii Yusov", "Yusov"] + HUR,
         "Some 4,000 North Korean soldiers have been killed or wounded since their units entered battle", False),
        ("killed", NK, 200, 900, "vague", ["Andrii Yusov", "Yusov"] + HUR,
         "Hundreds of them were killed in the last two weeks alone", True),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    "007": [
        ("captured", NK, 2, None, "exact", ZEL,
         "his forces have captured two North Korean soldiers alive", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia against Ukraine", False),
        ("killed", NK, 600, None, "about", NIS,
         "Roughly 600 of the casualties were deaths", False),
        ("killed", NK, 300, None, "about", NIS,
         "the figure of some 300 dead that the agency gave in January", False),
        ("troops", NK, 11000, None, "about", ["Seoul", "South Korea", "NIS"],
         "North Korea sent about 11,000 soldiers to Russia's Kursk region last autumn", False),
        ("troops", NK, 3000, None, "about", ["Seoul", "South Korea", "NIS"],
         "followed them with some 3,000 reinforcements early this year", False),
    ],
    "010": [
        ("troops", NK, 3000, None, "about", NIS,
         "dispatched some three thousand additional troops to Russia in January and February", False),
        ("troops", NK, 11000, None, "about", NIS + ["lawmakers"],
         "the roughly 11,000 soldiers who were first deployed last fall", False),
        ("troops", NK, 200, 900, "vague", NIS,
         "the new contingent includes several hundred drone and electronic warfare specialists", True),
    ],
    "012": [
        ("troops", NK, 11000, 15000, "range", ["Western intelligence", "South Korean intelligence", "South Korea"],
         "11,000-15,000 North Korean soldiers have been sent to Russia since last autumn", False),
        ("casualties", NK, 2000, 9999, "vague", ["Western intelligence", "South Korean intelligence", "South Korea"],
         "several thousand of them have been killed or wounded", True),
        ("casualties", UA, 76000, None, "more_than", ["Russia's General Staff", "General Staff", "Russian General Staff", "Russia"],
         "Ukraine lost more than 76,000 troops killed and wounded in the Kursk region", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["Korean Central News Agency", "KCNA", "North Korea", "Pyongyang"],
         "Nine of the regiment's soldiers died during the 120-day operation", False),
        ("troops", NK, 1000, None, "about", ["Seoul", "South Korea"],
         "The regiment, which Seoul believes numbered around 1,000 troops", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed", False),
        ("troops", NK, 5000, None, "about", NIS,
         "about 5,000 military construction troops had been moving into Russia", False),
    ],
}

NOT = {
    "000": ["five military ranges", "27-28 October", "about 100 basic commands",
            "at least 20 flights of Il-76 transport aircraft", "preparing to send 10,000 soldiers",
            "82 drones overnight: 53 downed, 26 lost", "1 killed, 7 injured", "500,000 shells"],
    "002": ["about 100km (60 miles) north of Vladivostok", "around 1.2 million active soldiers",
            "even 12,000 would be a small fraction", "11th Corps", "early 20s", "$2,000 (£1,580) a month",
            "June 2024", "more than 13,000 containers of munitions", "day 995"],
    "003": ["KOSPI 2,489.56", "USD/KRW 1,470.80", "Families of 179 Jeju Air crash victims",
            "1,470 per dollar", "4.17 million units"],
    "004": ["57 Shahed-type attack drones", "shot down 43 of them", "12 were \"locally lost\"",
            "up to 4 hours", "$150 billion", "$5 a month"],
    "006": ["groups of 10 to 15", "35 guided aerial bombs"],
    "007": ["born in 2005", "since 2021", "aged 26", "1 min 32 sec", "600 trillion yen"],
    "008": ["KN-23", "more than 1,000 square kilometres", "August 2024"],
    "010": ["170-mm self-propelled guns", "240-mm multiple rocket launchers", "2 firefighters injured",
            "KOSPI 2,641.09", "paras 5-7"],
    "012": ["1,000 military deminers", "5,000 military construction workers", "1,000 sappers",
            "5,000 military builders", "6,000 Sappers and Builders", "USD 78.39",
            "Another 3 Independent Media Outlets", "second trip to Pyongyang in two weeks"],
    "014": ["120-day operation", "1,470 per dollar", "108,500 won", "2 new subway lines by 2030"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"011": "008"}

must = [
    ["004-1", "004-3", "more than 3,000 killed and wounded (Zelensky) against roughly 1,100 casualties (South Korea's JCS), the same day, in one article"],
    ["003-3", "006-1", "about 3,000 casualties (NIS, Jan 13) against some 4,000 killed or wounded (Ukraine's HUR, Jan 16), three days apart"],
]
may = [
    ["004-3", "003-3", "1,100 casualties (JCS, Dec 23) against 3,000 (NIS, Jan 13): three weeks apart, a cumulative toll"],
    ["004-3", "006-1", "1,100 casualties (JCS, Dec 23) against 4,000 (HUR, Jan 16): weeks apart, a cumulative toll"],
    ["004-3", "008-1", "1,100 casualties (Dec 2024) against 4,700 (Apr 2025): months apart"],
    ["003-3", "008-1", "3,000 casualties (NIS, Jan) against 4,700 (NIS, Apr): the same agency's later count"],
    ["006-1", "008-1", "4,000 casualties (HUR, Jan) against 4,700 (NIS, Apr): months apart"],
    ["003-1", "008-2", "300 killed (NIS, Jan) against 600 (NIS, Apr): the same agency's later count"],
    ["003-1", "014-3", "300 killed (Jan) against 2,000 (Sep): months apart"],
    ["008-2", "014-3", "600 killed (Apr) against 2,000 (Sep): months apart"],
    ["008-3", "014-3", "300 killed (January figure) against 2,000 (Sep): months apart"],
    ["000-1", "002-3", "about 12,000 sent to Russia (Oct) against 11,000 in Kursk (Nov): a part, within 'about'"],
    ["000-1", "003-5", "about 12,000 (Oct 2024) against about 11,000 (Jan 2025): months apart"],
    ["000-1", "008-4", "about 12,000 (Oct 2024) against about 11,000 (Apr 2025): months apart"],
    ["000-1", "010-2", "about 12,000 (Oct 2024) against about 11,000 (Feb 2025): months apart"],
]
first = ["000-1", "002-1", "002-2", "002-3", "003-5", "004-2", "008-4", "010-2", "012-1"]
for add in ["008-5", "010-1"]:
    for b in first:
        may.append([b, add, "an additional force of some 3,000 against the first deployment or the whole"])

about = ("Gold labels for blind565 (15 articles written and labelled blind). See testdata/corpus/README.md "
         "for the meaning of every field and how a system's output is scored.")
goldlib.write(about, A, NOT, OFF, DUP, {"must": must, "may": may})
