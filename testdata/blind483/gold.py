#!/usr/bin/env python3
"""Gold labels for testdata/blind483 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
PENTAGON = ["Sabrina Singh", "Pentagon", "US Department of Defense", "Defense Department", "United States", "U.S."]
ZELENSKY = ["Volodymyr Zelensky", "Zelensky"]
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]
UN = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 8000, None, "about", PENTAGON, "some 8,000 are now in Kursk", False),
        ("troops", NK, 10000, None, "about", PENTAGON,
         "the roughly 10,000 North Korean troops that Pyongyang has sent to eastern Russia for training", False),
        ("troops", NK, 2000, 9000, "vague", ["US officials", "Pentagon", "United States"],
         "several thousand North Korean troops were on their way to Russia's Far East", True),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZELENSKY,
         "Eleven thousand North Korean soldiers are now in Russia's Kursk Oblast", False),
        ("troops", NK, 500, None, "about", ["Andrii Yusov", "HUR", "Ukraine's military intelligence", "Ukraine"],
         "the contingent includes about 500 officers", False),
        ("troops", RU, 20000, 90000, "vague", UN,
         "Russia has also concentrated tens of thousands of its own troops in the region", True),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
         "have suffered around 1,100 casualties in recent battles with Ukrainian forces", False),
        ("troops", NK, 11000, None, "about", UN,
         "North Korea is believed to have sent around 11,000 troops to Russia", False),
        ("killed", NK, 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS + ["Lee Seong-kweun"], "around 1,000 wounded", False),
        ("casualties", NK, 3000, None, "more_than", ZELENSKY + ["Oleksandr Syrskyi", "Syrskyi"],
         "more than 3,000 North Korean soldiers had been killed or wounded in Kursk", False),
    ],
    "004": [
        ("captured", NK, 2, None, "exact", ZELENSKY,
         "Ukrainian soldiers have taken two North Korean servicemen prisoner", False),
        ("casualties", NK, 3800, None, "about", ZELENSKY + ["the President"],
         "North Korean losses in the Kursk region at about 3,800 killed and wounded", False),
    ],
    "006": [
        ("troops", NK, 11000, 12000, "range",
         ["South Korean and Ukrainian intelligence", "South Korean intelligence", "Ukrainian intelligence", "South Korea", "Ukraine"],
         "Pyongyang sent between 11,000 and 12,000 troops in the autumn", False),
        ("troops", NK, 3000, None, "about", NIS,
         "about 3,000 reinforcements had been sent in January and February", False),
        ("killed", NK, 300, None, "about", NIS, "about 300 killed", False),
        ("wounded", NK, 2700, None, "about", NIS, "2,700 wounded", False),
        ("casualties", NK, 4000, None, "more_than", ["Ukraine's military intelligence", "military intelligence agency", "HUR", "Ukraine"],
         "more than 4,000 North Koreans had been killed or wounded", False),
        ("captured", NK, 2, None, "exact", UN + ["Ukraine", "Kyiv", "BBC"],
         "Ukraine captured two North Korean soldiers in January", False),
    ],
    "007": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the enemy lost more than 76,000 servicemen", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", NK, 600, None, "about", NIS + ["Lee Seong-kweun"], "some 600 of them dead", False),
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "around 300 killed when the agency last gave a figure in January", False),
        ("troops", NK, 15000, None, "about", NIS + ["Lee Seong-kweun"],
         "Pyongyang has sent about 15,000 troops in total", False),
    ],
    "010": [
        ("troops", NK, 11000, None, "about", UN, "Pyongyang sent some 11,000 troops last autumn", False),
        ("troops", NK, 2000, 9000, "vague", UN, "several thousand more early this year", True),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS + ["Park Sun-won"],
         "Roughly 2,000 North Korean soldiers are now believed to have been killed", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["state media", "North Korean state media", "KCNA", "North Korea"],
         "nine of its members had been killed during a 120-day mission", False),
        ("troops", NK, 200, 900, "vague", ["South Korean estimates", "South Korea"],
         "several hundred strong by South Korean estimates", True),
        ("troops", NK, 12000, None, "up_to", ["South Korean estimates", "South Korea"],
         "Up to 12,000 North Korean soldiers went into the first wave in late 2024", False),
        ("troops", NK, 3000, None, "about", UN + ["South Korean estimates", "South Korea"],
         "some three thousand replacements followed early this year", False),
        ("killed", NK, 2000, None, "about", NIS, "put the number of dead at around 2,000", False),
        ("casualties", NK, 6000, None, "about",
         ["British defence intelligence", "UK defence intelligence", "British Ministry of Defence", "Britain", "UK"],
         "total North Korean casualties, killed and wounded, at about 6,000", False),
        ("captured", NK, 2, None, "exact", UN + ["Ukraine"], "Ukraine captures 2 soldiers", False),
    ],
}

NOT = {
    "000": ["about 300 kilometers away", "more than 13,000 containers", "about $2,000 a month", "$425 million",
            "122 mm howitzer", "155 mm shells", "Up to 12K North Korean troops bound for Russia",
            "4 littoral combat ships", "more than 120,000 defense professionals", "14 comments"],
    "001": ["roughly 3,000 more North Korean soldiers could follow by the end of the year",
            "about 650 square kilometers", "150 kilometers from border", "Join the 20,000 members",
            "Report: North Korea preparing 3K more troops for Russia", "3 min read"],
    "003": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "KOSPI 2,442.01", "USD/KRW 1,450.80",
            "tops iTunes charts in 90 countries", "Heavy snow advisory issued for 11 cities", "paras 7-8"],
    "004": ["born in 2005", "born in 1999",
            "Russia's combat losses in Ukraine since February 24, 2022 rise to 814,690 personnel",
            "destroy 7 Russian tanks in Kursk region over past day", "11.01.2025 17:20"],
    "006": ["a 26-year-old rifleman", "ended in 1953", "1,000 days of fighting"],
    "007": ["over 400 tanks", "several thousand armoured vehicles", "August 6, 2024", "115 Ukrainian drones",
            "26 of them over the Kursk region", "5 communities in a week"],
    "008": ["3 years after invasion", "May 12", "10th straight week", "2025-04-30 17:50 KST"],
    "010": ["1,000 deminers", "5,000 military construction workers", "The 6,000 personnel",
            "second trip to the North in two weeks", "inaugurated June 4", "30 billion yen",
            "1st trilateral air drill"],
    "013": ["26 countries", "112 drones", "84 of the drones", "Comments (418)"],
    "014": ["1,000 deminers and 5,000 military builders", "6,000 engineers and builders pledged",
            "more than 1 million barrels of oil", "in 70 years", "Nikkei 225 50,412.87", "120 trillion yen",
            "Samsung to hire 60,000 in South Korea"],
}

OFF = ["002", "005", "009", "011"]
DUP = {"012": "003"}

MONTHS = "months apart, a deployment still growing"
ADD = "an additional or replacement force against a total or first-wave figure"
conflicts = {
    "must": [
        ["000-1", "001-1", "some 8,000 North Korean troops in Kursk (Pentagon, 31 Oct 2024) against 11,000 in Kursk (Zelensky, 5 Nov 2024), five days apart"],
        ["003-1", "003-5", "about 1,100 casualties (South Korea's JCS) against more than 3,000 killed or wounded (Zelensky), same day, same article"],
    ],
    "may": [
        # troops
        ["000-1", "003-2", "8,000 in Kursk (31 Oct) against about 11,000 sent (23 Dec): " + MONTHS],
        ["000-1", "006-1", "8,000 in Kursk (Oct 2024) against 11,000-12,000 sent in the autumn (Feb 2025): " + MONTHS],
        ["000-1", "008-4", "8,000 in Kursk against about 15,000 in total six months later: " + MONTHS],
        ["000-1", "010-1", "8,000 in Kursk (Oct 2024) against some 11,000 sent last autumn (Jun 2025): " + MONTHS],
        ["000-1", "006-2", ADD], ["000-1", "014-4", ADD],
        ["000-2", "001-1", "about 10,000 sent to eastern Russia (31 Oct) against 11,000 in Kursk (5 Nov): the total may have grown"],
        ["000-2", "003-2", "about 10,000 (Oct) against about 11,000 (Dec): close, weeks apart"],
        ["000-2", "006-1", "about 10,000 (Oct 2024) against 11,000-12,000 (Feb 2025): " + MONTHS],
        ["000-2", "008-4", "about 10,000 against about 15,000 in total: " + MONTHS],
        ["000-2", "010-1", "about 10,000 against some 11,000 sent last autumn: close, months apart"],
        ["000-2", "006-2", ADD], ["000-2", "014-4", ADD],
        ["001-1", "008-4", "11,000 in Kursk (Nov 2024) against about 15,000 in total (Apr 2025): " + MONTHS],
        ["001-1", "006-2", ADD], ["001-1", "014-4", ADD],
        ["003-2", "008-4", "about 11,000 (Dec 2024) against about 15,000 in total (Apr 2025): " + MONTHS],
        ["003-2", "006-2", ADD], ["003-2", "014-4", ADD],
        ["006-1", "008-4", "11,000-12,000 first wave against about 15,000 in total two months later"],
        ["006-1", "006-2", ADD], ["006-1", "014-4", ADD],
        ["006-2", "008-4", ADD], ["006-2", "010-1", ADD], ["006-2", "014-3", ADD],
        ["008-4", "010-1", "about 15,000 in total against some 11,000 sent last autumn (first wave)"],
        ["008-4", "014-3", "about 15,000 in total against up to 12,000 in the first wave"],
        ["008-4", "014-4", ADD],
        ["010-1", "014-4", ADD], ["014-3", "014-4", ADD],
        # casualties
        ["003-1", "004-2", "1,100 (JCS, 23 Dec) against about 3,800 (Zelensky, early Jan): weeks apart, a rising toll"],
        ["003-1", "006-5", "1,100 (Dec) against more than 4,000 (mid-Feb): " + MONTHS],
        ["003-1", "008-1", "1,100 (Dec 2024) against about 4,700 (Apr 2025): months apart, a rising toll"],
        ["003-1", "014-6", "1,100 (Dec 2024) against about 6,000 (late 2025): months apart, a rising toll"],
        ["004-2", "006-5", "about 3,800 (Jan) against more than 4,000 (mid-Feb): weeks apart, a rising toll"],
        ["004-2", "008-1", "about 3,800 (Jan) against about 4,700 (Apr): months apart, a rising toll"],
        ["004-2", "014-6", "about 3,800 (Jan) against about 6,000 (late 2025): months apart, a rising toll"],
        ["008-1", "014-6", "about 4,700 (Apr) against about 6,000 (late 2025): months apart, a rising toll"],
        # killed
        ["006-3", "008-2", "about 300 (January) against some 600 (April): months apart, a rising toll"],
        ["006-3", "013-1", "about 300 (January) against about 2,000 (September): months apart"],
        ["006-3", "014-5", "about 300 (January) against around 2,000 (September): months apart"],
        ["008-2", "013-1", "some 600 (April) against about 2,000 (September): months apart"],
        ["008-2", "014-5", "some 600 (April) against around 2,000 (September): months apart"],
        ["008-3", "013-1", "around 300 (January) against about 2,000 (September): months apart"],
        ["008-3", "014-5", "around 300 (January) against around 2,000 (September): months apart"],
        # wounded
        ["003-4", "006-4", "around 1,000 wounded (mid-Dec) against about 2,700 (January): weeks apart, a rising toll"],
    ],
}

goldlib.write("Gold labels for testdata/blind483, fifteen articles written and labelled blind. "
              "See testdata/corpus/README.md for the meaning of every field and how output is scored.",
              A, NOT, OFF, DUP, conflicts)
