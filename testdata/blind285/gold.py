#!/usr/bin/env python3
"""Gold labels for testdata/blind285 (run: python3 gold.py > gold.json)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind285: fifteen articles written blind in our own words about "
         "North Korean troops in Russia's Kursk region (October 2024 - September 2025). "
         "See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
NIS_PARK = NIS + ["Park Sun-won"]
US = ["U.S. officials", "US officials", "United States", "Washington"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine"]
HUR = ["HUR", "Ukraine's military intelligence", "Defence Intelligence", "Ukraine"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "about 1,500 special operations troops to Russia's Far East", False),
    ],
    "001": [
        ("troops", "north_korea", 1500, None, "about", NIS_PARK,
         "another 1,500 or so soldiers to Russia", False),
        ("troops", "north_korea", 3000, None, "about", NIS_PARK,
         "bringing the number of North Korean troops there to around 3,000", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, 12000, "range", US,
         "Between 10,000 and 12,000 North Korean soldiers are now in Russia", False),
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "11,000 North Korean troops are now in Kursk", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "The contingent includes some 500 officers", False),
    ],
    "004": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed in combat in Russia's Kursk region", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "some 1,000 others have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS_LEE,
         "the agency put the combined toll at roughly 1,100", False),
        ("troops", "north_korea", 11000, None, "about", NIS_LEE,
         "the roughly 11,000 North Korean troops sent to Russia", False),
    ],
    "005": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "The toll among North Korean troops fighting in Kursk is about 1,100 killed and wounded", False),
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region", False),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "About 300 have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "some 2,700 wounded in the Kursk region", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "his forces had captured two North Korean soldiers in Kursk", False),
        ("troops", "north_korea", 2000, 9999, "vague", NIS,
         "Thousands more remain in the region", True),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Yonhap"],
         "North Korea has sent some three thousand additional soldiers to Russia since January", False),
        ("casualties", "north_korea", 4000, None, "about", HUR + ["Andrii Yusov", "Yusov"],
         "North Korean casualties now stand at about 4,000 killed and wounded", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine's Security Service", "SBU", "Ukraine", "Ukrinform"],
         "the two North Korean soldiers captured in the Kursk region in January", False),
    ],
    "010": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "have suffered around 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including some 600 dead", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "about 15,000 North Korean soldiers had been sent to Russia in total", False),
        ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "Valery Gerasimov", "Russia", "General Staff"],
         "Ukraine's losses in the Kursk operation exceeded 76,000 servicemen", False),
    ],
    "012": [],
    "014": [
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "about eleven thousand soldiers from the elite Storm Corps, arrived in Russia's Far East", False),
        ("troops", "north_korea", 2000, 9000, "vague", ["South Korean intelligence", "South Korea"],
         "South Korean intelligence believes several thousand more followed early this year as replacements", True),
        ("wounded", "north_korea", 2000, 9999, "vague", NIS,
         "Thousands more have been wounded, according to the NIS", True),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "Killed, NIS estimate (Sept. 2025): about 2,000", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine captured two soldiers in January", False),
    ],
}

NOT = {
    "000": ["as many as 12,000 troops from four brigades in total", "Four landing ships and three escort vessels",
            "40-kilogram packs", "KOSPI closes at 2,593.82", "Won weakens to 1,368.5 per dollar"],
    "001": ["the total will pass 10,000 by December", "late teens and early 20s",
            "Korea's Q3 growth slows to 0.1%", "February 2022"],
    "002": ["Austin: 8,000 North Korean troops headed toward Kursk", "about 300 kilometers away",
            "about $425 million", "155 mm artillery rounds", "at least three years behind schedule",
            "$2.5 billion shortfall"],
    "004": ["240 mm multiple rocket launchers", "170 mm self-propelled guns",
            "S. Korea's exports rise 1.4% in first 20 days of December"],
    "005": ["37 Ukrainian drones", "€1.9 billion", "GMT+1"],
    "006": ["aged 20", "about 450 kilometers south of Moscow", "Yen weakens past 158 per dollar",
            "1st launch of 2025"],
    "008": ["Russian losses in war against Ukraine: 1,240 troops over past day", "170-mm self-propelled guns",
            "240-mm multiple launch rocket systems"],
    "010": ["about 1,300 square kilometers", "Article 4", "as small as $2", "June 2024"],
    "012": ["one thousand sappers", "five thousand military builders", "1,000 sappers", "5,000 military builders",
            "third visit to the DPRK since March", "On June 19"],
    "014": ["Pledged for reconstruction: 1,000 deminers, 5,000 builders", "Deployment began: October 2024",
            "Macron: 26 countries pledge to join Ukraine reassurance force"],
}

OFF = ["003", "007", "011", "013"]
DUP = {"009": "006"}

conflicts = {
    "must": [
        ["005-1", "005-2", "about 1,100 North Korean casualties (South Korea's JCS) against more than 3,000 (Zelensky), in one live blog the same day"],
        ["004-3", "005-2", "roughly 1,100 casualties (NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23), four days apart"],
    ],
    "may": [
        # troops: the deployment grew over weeks; first batch vs later totals
        ["000-1", "002-1", "1,500 (Oct 18) against 10,000-12,000 (Nov 5) as the deployment grew"],
        ["000-1", "002-2", "1,500 (Oct 18) against 11,000 in Kursk (Nov 5)"],
        ["000-1", "004-4", "1,500 (Oct) against 11,000 (Dec)"],
        ["000-1", "008-1", "1,500 (Oct) against an additional 3,000 (Feb)"],
        ["000-1", "010-3", "1,500 (Oct 2024) against 15,000 in total (Apr 2025)"],
        ["000-1", "014-1", "1,500 (Oct 2024) against a first contingent of 11,000 (told in Sep 2025)"],
        ["001-1", "001-2", "another 1,500 against a total of 3,000 (an additional force)"],
        ["001-1", "002-1", "an additional 1,500 against 10,000-12,000"],
        ["001-1", "002-2", "an additional 1,500 against 11,000"],
        ["001-1", "004-4", "an additional 1,500 against 11,000"],
        ["001-1", "008-1", "one additional batch against another"],
        ["001-1", "010-3", "an additional 1,500 against 15,000 in total"],
        ["001-1", "014-1", "an additional 1,500 against a first contingent of 11,000"],
        ["001-2", "002-1", "3,000 (Oct 23) against 10,000-12,000 (Nov 5) as the deployment grew"],
        ["001-2", "002-2", "3,000 (Oct 23) against 11,000 (Nov 5)"],
        ["001-2", "004-4", "3,000 (Oct) against 11,000 (Dec)"],
        ["001-2", "010-3", "3,000 (Oct 2024) against 15,000 (Apr 2025)"],
        ["001-2", "014-1", "3,000 (Oct 2024) against a first contingent of 11,000"],
        ["002-1", "008-1", "10,000-12,000 against an additional 3,000, months apart"],
        ["002-1", "010-3", "10,000-12,000 (Nov 2024) against 15,000 in total (Apr 2025)"],
        ["002-2", "008-1", "11,000 against an additional 3,000"],
        ["002-2", "010-3", "11,000 (Nov 2024) against 15,000 (Apr 2025)"],
        ["004-4", "008-1", "11,000 against an additional 3,000"],
        ["004-4", "010-3", "11,000 (Dec 2024) against 15,000 (Apr 2025)"],
        ["008-1", "010-3", "an additional 3,000 against 15,000 in total"],
        ["008-1", "014-1", "an additional 3,000 against a first contingent of 11,000"],
        ["010-3", "014-1", "15,000 in total against a first contingent of 11,000"],
        # killed: cumulative, months apart
        ["006-1", "010-2", "about 300 killed (Jan) against some 600 (Apr)"],
        ["006-1", "014-4", "about 300 killed (Jan) against about 2,000 (Sep)"],
        ["010-2", "014-4", "some 600 killed (Apr) against about 2,000 (Sep)"],
        # wounded: cumulative, weeks apart
        ["004-2", "006-2", "some 1,000 wounded (Dec 19) against some 2,700 (Jan 13)"],
        # casualties: cumulative, months apart
        ["004-3", "008-2", "1,100 (Dec) against about 4,000 (Feb, HUR)"],
        ["004-3", "010-1", "1,100 (Dec) against 4,700 (Apr)"],
        ["005-1", "008-2", "1,100 (Dec, JCS) against about 4,000 (Feb, HUR)"],
        ["005-1", "010-1", "1,100 (Dec, JCS) against 4,700 (Apr)"],
        ["008-2", "010-1", "about 4,000 (Feb, HUR) against 4,700 (Apr, NIS)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
