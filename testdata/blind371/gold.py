#!/usr/bin/env python3
"""Gold labels for testdata/blind371 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind371: fifteen articles written in our own words about North Korean troops "
         "in Russia's Kursk region (October 2024 - December 2025). Same schema and rules as "
         "testdata/corpus/gold.json; see testdata/corpus/README.md.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defense Intelligence of Ukraine", "HUR", "Ukrainian intelligence", "Ukraine"]
GS = ["Ukraine's General Staff", "General Staff", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "North Korea has shipped about 1,500 special forces soldiers to Russia's Far East", False),
    ],
    "001": [
        ("troops", NK, 3000, None, "about", NIS_LEE,
         "North Korea has so far sent an estimated 3,000 soldiers to Russia", False),
    ],
    "002": [
        ("troops", NK, 10000, 12000, "range", ["Washington", "United States", "US", "Seoul", "South Korea"],
         "between 10,000 and 12,000 North Korean troops have been sent to Russia since early October", False),
        ("troops", NK, 8000, None, "about", ["US state department", "state department", "United States", "US", "Washington"],
         "about 8,000 of them had moved to Kursk", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are 11,000 North Korean soldiers in the Kursk region already", False),
        ("troops", NK, 500, None, "about", NIS,
         "the contingent includes around 500 officers", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea"],
         "are estimated to have suffered about 1,100 casualties, both killed and wounded", False),
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "the spy agency had confirmed at least 100 North Korean deaths", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "The agency put the number of wounded at about 1,000", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Some 11,000 North Korean soldiers were sent to Russia in October and November", False),
    ],
    "004": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukraine's military has taken two North Korean soldiers prisoner in Russia's Kursk Oblast", False),
        ("killed", NK, 24, 99, "vague", ["Special Operations Forces", "SSO", "Ukraine"],
         "their drones had killed dozens of North Korean soldiers in Kursk Oblast", True),
        ("casualties", "russia", 809210, None, "exact", GS,
         "Russia has lost 809,210 troops in Ukraine since the start of its full-scale invasion", False),
        ("casualties", "russia", 1250, None, "exact", GS,
         "The figure includes 1,250 casualties over the past day", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS_LEE,
         "around 300 North Korean soldiers sent to fight for Russia have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers on Saturday", False),
    ],
    "007": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "have lost more than 3,000 soldiers killed and wounded", False),
        ("troops", NK, 12000, None, "up_to", HUR,
         "up to 12,000 North Korean servicemen are now deployed in the Kursk region", False),
        ("casualties", NK, 200, 999, "vague", HUR,
         "hundreds of North Korean soldiers had been killed or wounded", True),
    ],
    "008": [
        ("killed", NK, 2000, None, "about", NIS_LEE + ["Seoul"],
         "About 2,000 North Korean soldiers have been killed fighting for Russia in its war against Ukraine", False),
        ("troops", NK, 11000, None, "about", ["South Korean assessments", "South Korea", "Seoul"],
         "North Korea sent around 11,000 soldiers to Russia's Kursk border region last fall", False),
        ("troops", NK, 2000, 9999, "vague", ["South Korean assessments", "South Korea", "Seoul"],
         "several thousand more early this year as reinforcements", True),
    ],
    "010": [
        ("troops", NK, 11000, None, "about", NIS,
         "Of the roughly eleven thousand soldiers Pyongyang dispatched last autumn", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "about 4,700 have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS,
         "some 600 of them died", False),
        ("troops", NK, 3000, None, "about", NIS,
         "Pyongyang sent some three thousand more soldiers in January and February", False),
    ],
    "014": [],
}

NOT = {
    "000": ["a total of around 12,000 soldiers in four brigades", "between Oct. 8 and 13", "the 4,000-ton class",
            "the 11th Corps", "Zelensky says 10,000 N. Korean soldiers being readied for Russia",
            "won at 1,368.5 per dollar", "unemployment rate at 2.1 pct"],
    "001": ["the total is expected to reach 10,000 by December",
            "N. Korea sends 1,500 special forces to Russia, S. Korea says", "Nikkei ends 0.8% lower at 38,104"],
    "002": ["about $2,000 a month for each soldier", "article 4, the mutual defence clause",
            "moved thousands of kilometres west"],
    "003": ["240-millimeter multiple rocket launchers", "Jan. 20", "Korean won slides to 1,450 per dollar",
            "Over 2,000 apartments left unsold in Daegu", "Dec. 16"],
    "004": ["74 Shahed-type attack drones", "shot down 47 of them", "27 were lost from radar", "9,685 tanks",
            "20,180 armored fighting vehicles", "21,640 artillery systems", "born in 2005", "born in 1999",
            "two guided aerial bombs", "a nine-story apartment building", "2.2 trillion hryvnias for defense"],
    "005": ["Watch video 01:48", "ends 1.1% lower at 39,190"],
    "007": ["Russia's combat losses since start of full-scale invasion approach 783,000",
            "North Koreans lose up to 50 soldiers a day", "on December 16"],
    "008": ["1,000 deminers", "5,000 military construction workers", "the 80th anniversary of the end of World War II"],
    "010": ["as much as $20 billion", "Article 4 of the comprehensive strategic partnership treaty", "June 2024",
            "1st month for EUR 1"],
    "014": ["DPRK to send 1,000 sappers, 5,000 military builders to Kursk Region", "1,000 sappers", "5,000 military construction workers", "a thousand sappers",
            "five thousand military builders", "June 19, 2024", "USD/RUB 78.63"],
}

OFF = ["006", "009", "011", "013"]
DUP = {"012": "008"}

conflicts = {
    "must": [
        ["002-2", "002-3", "about 8,000 North Korean troops in Kursk (US state department) against 11,000 in Kursk "
                           "(Zelenskyy), four days apart, set side by side in one article"],
        ["003-1", "007-1", "about 1,100 North Korean casualties (South Korea's JCS, Dec 23) against more than 3,000 "
                           "killed and wounded (Zelensky, reported Dec 26), three days apart"],
    ],
    "may": [
        ["000-1", "002-1", "1,500 in the first batch (Oct 18) against 10,000-12,000 sent (Nov 6), a fast-growing deployment"],
        ["000-1", "002-2", "1,500 (Oct 18) against about 8,000 in Kursk (Nov 6)"],
        ["000-1", "002-3", "1,500 (Oct 18) against 11,000 in Kursk (Nov 6)"],
        ["001-1", "002-1", "3,000 so far (Oct 23) against 10,000-12,000 (Nov 6)"],
        ["001-1", "002-2", "3,000 so far (Oct 23) against about 8,000 in Kursk (Nov 6)"],
        ["001-1", "002-3", "3,000 so far (Oct 23) against 11,000 in Kursk (Nov 6)"],
        ["000-1", "003-4", "1,500 (Oct) against 11,000 sent by November, two months later"],
        ["001-1", "003-4", "3,000 (Oct) against 11,000 sent by November, two months later"],
        ["000-1", "010-1", "1,500 (Oct 2024) against eleven thousand dispatched last autumn (Apr 2025)"],
        ["001-1", "010-1", "3,000 (Oct 2024) against eleven thousand dispatched last autumn (Apr 2025)"],
        ["000-1", "008-2", "1,500 (Oct 2024) against about 11,000 (Sep 2025)"],
        ["001-1", "008-2", "3,000 (Oct 2024) against about 11,000 (Sep 2025)"],
        ["002-2", "003-4", "about 8,000 in Kursk (Nov 6) against some 11,000 sent (Dec 23), weeks apart"],
        ["002-2", "010-1", "about 8,000 (Nov 2024) against about 11,000 (Apr 2025), months apart"],
        ["002-2", "008-2", "about 8,000 (Nov 2024) against about 11,000 (Sep 2025), months apart"],
        ["000-1", "010-4", "1,500 first batch against some 3,000 additional reinforcements, months apart"],
        ["002-1", "010-4", "10,000-12,000 against an additional 3,000"],
        ["002-2", "010-4", "about 8,000 against an additional 3,000"],
        ["002-3", "010-4", "11,000 against an additional 3,000"],
        ["003-4", "010-4", "some 11,000 against an additional 3,000"],
        ["008-2", "010-4", "about 11,000 against an additional 3,000"],
        ["003-3", "005-2", "NIS wounded about 1,000 (Dec 19) rising to some 2,700 (Jan 13): cumulative update weeks apart"],
        ["003-1", "010-2", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025), months apart"],
        ["005-1", "010-3", "about 300 killed (Jan 2025) against some 600 (Apr 2025), months apart"],
        ["005-1", "008-1", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025), months apart"],
        ["010-3", "008-1", "some 600 killed (Apr 2025) against about 2,000 (Sep 2025), months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
