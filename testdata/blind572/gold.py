#!/usr/bin/env python3
"""Gold labels for testdata/blind572 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind572: fifteen articles written in our own words about the real story's known "
         "reporting (October 2024 - December 2025), labelled blind. Same schema as testdata/corpus/gold.json.")

NK = "north_korea"
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military", "Seoul"]
NIS_LEE = ["National Intelligence Service", "NIS", "Lee Seong-kweun", "South Korea", "spy agency"]
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
HUR = ["HUR", "military intelligence", "Defense Intelligence", "Main Intelligence Directorate", "Ukraine"]
SEOUL_KYIV = ["Seoul", "Kyiv", "South Korea", "Ukraine"]

A = {
    "000": [
        ("casualties", NK, 1100, None, "about", JCS,
         "North Korean soldiers fighting for Russia against Ukraine have suffered around 1,100 casualties", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "at least 100 North Korean soldiers had been killed in Russia's Kursk region", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "around 1,000 others had been wounded", False),
        ("troops", NK, 11000, None, "about", JCS,
         "Roughly 11,000 North Korean soldiers are believed to have been deployed to the Kursk front", False),
    ],
    "002": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "roughly 2,700 wounded while fighting for Russia in Kursk Oblast", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "The spy agency's estimate of total casualties, roughly 3,000", False),
        ("casualties", NK, 4000, None, "more_than", HUR + ["Andrii Yusov", "Yusov"],
         "Ukraine's military intelligence agency (HUR) has put North Korean losses at more than 4,000 killed and wounded", False),
        ("captured", NK, 2, None, "exact", NIS_LEE + ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "two North Korean soldiers captured by Ukrainian forces in Kursk Oblast on Jan. 9", False),
    ],
    "004": [
        ("troops", NK, 10000, None, "about", ["Pentagon", "Sabrina Singh", "United States", "US", "U.S."],
         "North Korea has sent about 10,000 troops to train in eastern Russia", False),
        ("troops", NK, 3000, None, "at_least", ["White House", "John Kirby", "United States", "US", "U.S."],
         "at least 3,000 North Korean soldiers had been moved to Russia between early and mid-October", False),
        ("troops", NK, 1500, None, "about", NIS,
         "an advance group of about 1,500 special operations forces", False),
    ],
    "005": [
        ("troops", NK, 3000, None, "about", JCS + ["Yonhap"],
         "North Korea has sent some three thousand additional troops to Russia since the start of the year", False),
        ("troops", NK, 11000, None, "more_than", HUR,
         "more than 11,000 North Korean servicemen were brought to the Kursk region last autumn", False),
    ],
    "006": [
        ("troops", NK, 11000, 12000, "range", SEOUL_KYIV,
         "11,000-12,000 North Korean soldiers were sent to Russia in the autumn of 2024", False),
        ("troops", NK, 2000, 9999, "vague", SEOUL_KYIV,
         "several thousand more arriving as reinforcements early this year", True),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "Ukraine holds two North Korean soldiers who were captured in January", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ["Zelensky", "Volodymyr Zelensky", "Ukraine", "Syrskyi"],
         "more than three thousand North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("casualties", NK, 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers were killed or wounded in clashes near the villages of Plekhovo, Vorozhba and Martynovka", False),
        ("troops", NK, 200, 999, "vague", ["Special Operations Forces", "Ukraine", "unattributed"],
         "shows hundreds of North Korean soldiers moving in columns through the snow", True),
    ],
    "009": [
        ("troops", NK, 15000, None, "about", NIS,
         "the North has sent around 15,000 troops to Russia", False),
        ("killed", NK, 600, None, "about", NIS,
         "about 600 of them have died in combat", False),
    ],
    "010": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "North Korean troops deployed to help Russia fight Ukraine have suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "including some 600 deaths", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "North Korea has sent around 15,000 troops to Russia in total", False),
        ("troops", NK, 3000, None, "about", NIS_LEE,
         "some 3,000 soldiers dispatched as reinforcements in January and February", False),
    ],
    "012": [
        ("troops", NK, 11000, 12000, "range", SEOUL_KYIV + ["South Korean and Ukrainian estimates"],
         "Between 11,000 and 12,000 troops were sent in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", ["unattributed"] + SEOUL_KYIV,
         "Around three thousand more followed early in 2025", False),
        ("killed", NK, 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
        ("killed", NK, 600, None, "about", NIS,
         "the agency had put the number of dead at around 600", False),
        ("troops", NK, 11000, None, "about", HUR,
         "about 11,000 North Korean soldiers remain in the Kursk region", False),
        ("captured", NK, 2, None, "exact", ["unattributed", "Ukraine"],
         "The two North Korean soldiers captured by Ukraine in January remain in Ukrainian custody", False),
    ],
    "014": [
        ("troops", "russia", 50000, None, "about", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Russia has gathered about 50,000 troops in the Kursk region", False),
        ("troops", NK, 11000, None, "exact", ["Budanov", "Kyrylo Budanov"] + HUR,
         "Eleven thousand North Korean soldiers are now in the Kursk region", False),
        ("troops", NK, 8000, None, "at_least", ["Blinken", "Antony Blinken", "State Department", "United States", "US", "U.S."],
         "at least 8,000 North Korean soldiers had reached the Kursk region", False),
    ],
}

NOT = {
    "000": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "as far as 60 kilometers away",
            "15 individuals, 15 entities", "1,450 per dollar", "3 in 10 Koreans", "2,442.01", "5 cm expected"],
    "002": ["aged 26", "aged 20", "about 120 long-range artillery pieces", "120 multiple rocket launchers",
            "Russia's losses in the war reach 815,000", "from $5/month", "Power cuts return to 6 oblasts"],
    "004": ["plans to send a total of 12,000 soldiers in four brigades by December", "at least three training sites",
            "155 mm artillery shells", "more than 13,000 containers of munitions", "Dow gains 273 points"],
    "005": ["groups of 10 to 15 men", "about 866,840 (+1,260)", "tanks – 10,227", "artillery systems – 24,310"],
    "006": ["killed one person and injured 11", "launched 100 drones", "57 were shot down",
            "32 were lost to electronic jamming", "article 4 of the treaty", "Comments (1,284)"],
    "007": ["groups of 20 to 30", "more than 1 million barrels of oil", "Russia Lost 1,530 Troops Over Past Day",
            "€1.1 Billion", "Seven Injured in Kharkiv", "Comments (12)", "from $4.99/month"],
    "009": ["send 6,000 military builders, deminers", "1,000 deminers and 5,000 military construction workers",
            "second trip to Pyongyang in around two weeks", "within two months", "B-52 bomber"],
    "010": ["about 28 trillion won (US$20 billion)", "40 aircraft", "Exports up 3.7 pct"],
    "012": ["a further 6,000 military engineers and deminers", "about $20 billion", "more than 1 million barrels of oil"],
    "014": ["up to 12,000 North Korean troops could ultimately be deployed", "more than 1.2 million subscribers",
            "about 112,000 residents", "1.9% of GDP", "87%"],
}

OFF = ["001", "003", "008", "011"]
DUP = {"013": "007"}

# Reinforcement ("additional") figures against totals: README's "an additional force" -> may.
ADDITIONAL = ["005-1", "010-4", "012-2"]
TOTALS = ["000-4", "004-1", "005-2", "006-1", "009-1", "010-3", "012-1", "012-5", "014-2"]
may_additional = [[a, t, "an additional force of about 3,000 against a total deployment figure"]
                  for a in ADDITIONAL for t in TOTALS if t != "010-3" or a != "010-4"]

conflicts = {
    "must": [
        ["000-1", "007-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and "
                           "wounded (Zelensky, same day), reported three days apart"],
        ["002-3", "002-4", "NIS's roughly 3,000 casualties against HUR's more than 4,000 killed and wounded, "
                           "same week, same article"],
    ],
    "may": [
        # casualties: three weeks to months apart, cumulative counts
        ["000-1", "002-3", "1,100 (Dec 23) against about 3,000 (Jan 13): three weeks apart, a cumulative count"],
        ["000-1", "002-4", "1,100 (Dec 23) against more than 4,000 (early Jan): weeks apart, a cumulative count"],
        ["000-1", "010-1", "1,100 (Dec) against 4,700 (Apr): months apart"],
        ["002-3", "007-1", "about 3,000 against more than 3,000: borderline, three weeks apart"],
        ["002-3", "010-1", "NIS 3,000 (Jan) against NIS 4,700 (Apr): later rise in a cumulative count (update)"],
        # wounded
        ["000-3", "002-2", "NIS about 1,000 wounded (Dec 19) against 2,700 (Jan 13): cumulative update"],
        # killed: later rises in cumulative counts (updates, not conflicts)
        ["002-1", "009-2", "NIS about 300 killed (Jan) against about 600 (Jun): update"],
        ["002-1", "010-2", "NIS about 300 killed (Jan) against about 600 (Apr): later rise in a cumulative count"],
        ["002-1", "012-3", "NIS about 300 killed (Jan) against about 2,000 (Sep): update"],
        ["002-1", "012-4", "NIS about 300 killed (Jan) against about 600 (Apr figure): update"],
        ["009-2", "012-3", "NIS about 600 killed (Jun) against about 2,000 (Sep): update"],
        ["010-2", "012-3", "NIS about 600 killed (Apr) against about 2,000 (Sep): later rise in a cumulative count"],
        ["012-4", "012-3", "NIS's April figure of 600 against its September figure of 2,000 in the same article: update"],
        # troops: totals weeks or months apart, or of different scope (autumn dispatch vs. total incl. reinforcements)
        ["004-1", "014-2", "about 10,000 in eastern Russia (Oct 28) against 11,000 in Kursk (Nov 12)"],
        ["004-1", "000-4", "about 10,000 (Oct) against about 11,000 (Dec): two months apart"],
        ["004-1", "005-2", "about 10,000 (Oct 2024) against more than 11,000 (Feb 2025): months apart"],
        ["004-1", "006-1", "about 10,000 (Oct 2024) against 11,000-12,000 (Apr 2025): months apart"],
        ["004-1", "012-1", "about 10,000 (Oct 2024) against 11,000-12,000 (Sep 2025): months apart"],
        ["004-1", "012-5", "about 10,000 (Oct 2024) against 11,000 remaining (Sep 2025): months apart"],
        ["004-1", "009-1", "about 10,000 (Oct 2024) against about 15,000 in total (Jun 2025): months apart"],
        ["004-1", "010-3", "about 10,000 (Oct 2024) against about 15,000 in total (Apr 2025): months apart"],
        ["005-2", "014-2", "more than 11,000 (Feb) against 11,000 (Nov): months apart, borderline"],
        ["000-4", "009-1", "about 11,000 (Dec) against about 15,000 in total (Jun): months apart, reinforcements"],
        ["000-4", "010-3", "about 11,000 (Dec) against about 15,000 in total (Apr): months apart, reinforcements"],
        ["014-2", "009-1", "11,000 (Nov) against about 15,000 in total (Jun): months apart, reinforcements"],
        ["014-2", "010-3", "11,000 (Nov) against about 15,000 in total (Apr): months apart, reinforcements"],
        ["006-1", "010-3", "11,000-12,000 sent in the autumn against about 15,000 in total including reinforcements"],
        ["006-1", "009-1", "11,000-12,000 sent in the autumn against about 15,000 in total (Jun)"],
        ["012-1", "009-1", "11,000-12,000 sent in the autumn against about 15,000 in total"],
        ["012-1", "010-3", "11,000-12,000 sent in the autumn against about 15,000 in total"],
        ["012-5", "009-1", "about 11,000 remaining (Sep) against about 15,000 sent in total (Jun)"],
        ["012-5", "010-3", "about 11,000 remaining (Sep) against about 15,000 sent in total (Apr)"],
    ] + may_additional,
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
