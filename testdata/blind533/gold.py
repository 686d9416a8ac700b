#!/usr/bin/env python3
"""Gold labels for testdata/blind533 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind533 articles in articles/, written and labelled blind. "
         "Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun", "lawmakers"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korean military"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine"]
YUSOV = ["Andriy Yusov", "Yusov", "HUR", "Defense Intelligence", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "four brigades totalling about 12,000 soldiers", False),
        ("troops", NK, 1500, None, "about", NIS,
         "a first contingent of some 1,500 special operations troops", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "about", ZEL,
         "Some eleven thousand North Korean soldiers are now in Russia's Kursk Oblast", False),
        ("troops", NK, 10000, None, "more_than", NIS,
         "Pyongyang has sent more than 10,000 soldiers to Russia in total", False),
    ],
    "002": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers had been killed or wounded in Russia's Kursk region", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "put North Korean losses at around 1,100 killed and wounded", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had died in combat", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 had been wounded", False),
        ("troops", NK, 11000, 12000, "range",
         ["Seoul", "South Korea", "Kyiv", "Ukraine", "Washington", "United States"],
         "Pyongyang has sent 11,000-12,000 troops to Russia", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "about", NIS,
         "have suffered an estimated 3,000 casualties", False),
        ("killed", NK, 300, None, "about", NIS_LEE,
         "around 300 are believed to have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS_LEE,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Zelensky", "Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "deployed around 11,000 troops to the Kursk front", False),
    ],
    "005": [
        ("killed", NK, 1000, None, "more_than", YUSOV,
         "more than a thousand North Korean soldiers have already been killed in Kursk Oblast", False),
        ("wounded", NK, 200, 900, "vague", YUSOV,
         "Hundreds of wounded North Koreans have been treated", True),
        ("captured", NK, 2, None, "exact", ["SBU", "Ukraine"],
         "The two North Korean soldiers captured on Jan. 9", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", JCS,
         "some three thousand more soldiers", False),
        ("troops", NK, 12000, None, "up_to", ["South Korean officials", "South Korea"],
         "an initial force of up to 12,000", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "Around 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", NK, 600, None, "about", NIS_LEE,
         "among them roughly 600 dead", False),
        ("troops", NK, 11000, 12000, "range",
         ["South Korean and Western intelligence", "South Korea", "Western intelligence"],
         "put the force at between 11,000 and 12,000", False),
        ("troops", NK, 3000, None, "about",
         ["South Korean and Western intelligence", "South Korea", "Western intelligence"],
         "around 3,000 reinforcements sent early this year", False),
    ],
    "011": [
        ("troops", NK, 15000, None, "about",
         ["South Korean intelligence", "South Korea", "government source in Seoul"],
         "some 15,000 North Korean troops have been sent to Russia since last autumn", False),
    ],
    "012": [
        ("troops", NK, 10000, 12000, "range",
         ["South Korean and western intelligence", "South Korea", "western intelligence"],
         "put the initial deployment at between 10,000 and 12,000", False),
        ("troops", NK, 2000, 9999, "vague", ["Seoul", "South Korea"],
         "several thousand more were sent early this year", True),
        ("killed", NK, 2000, None, "about", NIS,
         "About 2,000 North Korean soldiers are now believed to have been killed", False),
        ("casualties", NK, 6000, None, "up_to",
         ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "total North Korean losses, dead and wounded together, may be as high as 6,000", False),
    ],
    "014": [
        ("killed", NK, 9, None, "exact", ["KCNA", "North Korean state media", "North Korea"],
         "nine sappers killed", False),
        ("killed", NK, 2000, None, "about", ["Seoul's spy agency"] + NIS,
         "about 2,000 North Korean soldiers had died in the Kursk campaign", False),
        ("troops", NK, 10000, None, "about", NIS,
         "roughly 10,000 North Korean troops remain in the Kursk region", False),
        ("troops", NK, 5000, None, "about", NIS,
         "some 5,000 construction troops have been moving in since September", False),
        ("troops", NK, 6000, None, "at_most",
         ["Ukrainian military intelligence official", "Ukrainian military intelligence", "Ukraine"],
         "put the number of North Korean soldiers still in Kursk far lower, at no more than 6,000", False),
    ],
}

NOT = {
    "000": ["more than 13,000 containers", "Ukraine says 18 N. Korean soldiers deserted",
            "about 300 kilometers", "four landing and escort vessels", "KOSPI 2,593.82",
            "30th straight week"],
    "001": ["injuring nine people, including a 14-year-old girl", "downs 40 of 59 drones",
            "59 Shahed-type attack drones", "Forty were shot down over 13 oblasts"],
    "002": ["240mm multiple rocket launchers", "170mm self-propelled guns",
            "Ukraine says 30 North Korean soldiers killed or wounded in Kursk clashes"],
    "004": ["aged 26", "remains of 179 victims", "Kospi ends at 2,489.56"],
    "005": ["born in 2005", "since 2021", "Russia Loses 1,500 Troops in a Day",
            "600 Kilometers From the Border", "$5 a month"],
    "006": ["240mm multiple rocket launchers", "170mm self-propelled guns", "1950-53 Korean War",
            "Ukraine offers to swap 2 North Korean POWs"],
    "008": ["Kremlin Denies Using 12,000 North Korean Troops as Cannon Fodder", "as little as $2"],
    "011": ["1,000 military deminers", "5,000 military construction workers",
            "several thousand more combat troops could follow later this year",
            "more than 12 million artillery shells", "keep thousands of workers in Russia",
            "top 21 million"],
    "012": ["a further 6,000 military engineers and builders would follow", "about $20bn",
            "Seven killed as typhoon", "214 comments"],
    "014": ["120 days", "1,000 deminers and 5,000 military builders",
            "Over 2,000 suppliers in 46 states", "$900 billion-plus"],
}

OFF = ["003", "007", "010", "013"]
DUP = {"009": "008"}

conflicts = {
    "must": [
        ["002-1", "002-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), given the same day"],
        ["004-2", "005-1", "about 300 killed (NIS via Lee Seong-kweun, Jan 13) against more than 1,000 killed (HUR's Yusov, Jan 16), three days apart"],
        ["014-3", "014-5", "roughly 10,000 North Korean troops still in Kursk (NIS, November) against no more than 6,000 (Ukrainian military intelligence, December)"],
    ],
    "may": [
        ["000-1", "001-1", "about 12,000 being sent (NIS, Oct 18) against some 11,000 in Kursk (Zelensky, Nov 4): close values, and Kursk is part of the whole"],
        ["000-1", "004-5", "about 12,000 (NIS, Oct 2024) against around 11,000 (unattributed, Jan 2025), months apart"],
        ["000-1", "011-1", "about 12,000 (Oct 2024) against some 15,000 sent including reinforcements (June 2025), months apart"],
        ["001-1", "011-1", "some 11,000 (Nov 2024) against some 15,000 including reinforcements (June 2025), months apart"],
        ["002-5", "011-1", "11,000-12,000 (Dec 2024) against some 15,000 including reinforcements (June 2025), months apart"],
        ["004-5", "011-1", "around 11,000 (Jan 2025) against some 15,000 including reinforcements (June 2025), months apart"],
        ["006-2", "011-1", "an initial force of up to 12,000 (Feb 2025) against some 15,000 including reinforcements (June 2025)"],
        ["008-3", "011-1", "between 11,000 and 12,000 plus reinforcements (Apr 30) against some 15,000 in all (June 18), seven weeks apart"],
        ["011-1", "012-1", "some 15,000 in all (June) against an initial 10,000-12,000 (Sept), months apart"],
        ["011-1", "014-3", "some 15,000 sent (June) against roughly 10,000 remaining (November/December), months apart"],
        ["006-1", "000-1", "an additional three thousand (Feb 2025) against the 12,000 force"],
        ["006-1", "001-1", "an additional three thousand (Feb 2025) against some 11,000"],
        ["006-1", "001-2", "an additional three thousand (Feb 2025) against more than 10,000"],
        ["006-1", "002-5", "an additional three thousand (Feb 2025) against 11,000-12,000"],
        ["006-1", "004-5", "an additional three thousand (Feb 2025) against around 11,000"],
        ["006-1", "008-3", "an additional three thousand against between 11,000 and 12,000"],
        ["006-1", "011-1", "an additional three thousand against some 15,000 in all"],
        ["006-1", "012-1", "an additional three thousand against an initial 10,000-12,000"],
        ["006-1", "014-3", "an additional three thousand (Feb) against roughly 10,000 remaining (Dec)"],
        ["008-4", "000-1", "around 3,000 reinforcements against the 12,000 force"],
        ["008-4", "001-1", "around 3,000 reinforcements against some 11,000"],
        ["008-4", "001-2", "around 3,000 reinforcements against more than 10,000"],
        ["008-4", "002-5", "around 3,000 reinforcements against 11,000-12,000"],
        ["008-4", "004-5", "around 3,000 reinforcements against around 11,000"],
        ["008-4", "008-3", "around 3,000 reinforcements against the force of between 11,000 and 12,000, same article"],
        ["008-4", "011-1", "around 3,000 reinforcements against some 15,000 in all"],
        ["008-4", "012-1", "around 3,000 reinforcements against an initial 10,000-12,000"],
        ["008-4", "014-3", "around 3,000 reinforcements (Apr) against roughly 10,000 remaining (Dec)"],
        ["014-5", "000-1", "no more than 6,000 still in Kursk (Dec 2025) against about 12,000 sent (Oct 2024), a year apart"],
        ["014-5", "001-1", "no more than 6,000 still in Kursk (Dec 2025) against some 11,000 (Nov 2024)"],
        ["014-5", "001-2", "no more than 6,000 still in Kursk (Dec 2025) against more than 10,000 (Nov 2024)"],
        ["014-5", "002-5", "no more than 6,000 still in Kursk (Dec 2025) against 11,000-12,000 (Dec 2024)"],
        ["014-5", "004-5", "no more than 6,000 still in Kursk (Dec 2025) against around 11,000 (Jan 2025)"],
        ["014-5", "008-3", "no more than 6,000 still in Kursk (Dec 2025) against between 11,000 and 12,000 (Apr 2025)"],
        ["014-5", "011-1", "no more than 6,000 still in Kursk (Dec 2025) against some 15,000 sent (June 2025)"],
        ["014-5", "012-1", "no more than 6,000 still in Kursk (Dec 2025) against an initial 10,000-12,000 (Sept 2025)"],
        ["002-2", "008-1", "about 1,100 casualties (Dec 2024) against around 4,700 (Apr 2025): a cumulative figure, months apart"],
        ["004-1", "008-1", "about 3,000 casualties (Jan 2025) against around 4,700 (Apr 2025): a cumulative figure, months apart"],
        ["004-2", "008-2", "about 300 killed (Jan) against roughly 600 (Apr): cumulative, months apart"],
        ["005-1", "008-2", "more than 1,000 killed (HUR, Jan) against roughly 600 (NIS, Apr), months apart"],
        ["004-2", "012-3", "about 300 killed (Jan) against about 2,000 (Sept): cumulative, months apart"],
        ["004-2", "014-2", "about 300 killed (Jan) against about 2,000 (Sept, restated in Dec): cumulative, months apart"],
        ["008-2", "012-3", "roughly 600 killed (Apr) against about 2,000 (Sept): cumulative, months apart"],
        ["008-2", "014-2", "roughly 600 killed (Apr) against about 2,000 (Sept, restated in Dec): cumulative, months apart"],
    ],
}

if __name__ == "__main__":
    goldlib.write(about, A, NOT, OFF, DUP, conflicts)
