#!/usr/bin/env python3
"""Gold labels for testdata/blind528 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind528: 15 articles written for crosscheck in our own words about the real "
         "story's known reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "spy agency", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "South Korean military"]
HUR = ["Defense Intelligence", "Defence Intelligence", "HUR", "military intelligence", "Ukraine", "Andriy Yusov", "Yusov"]
DOD = ["Pentagon", "Department of Defense", "DoD", "Sabrina Singh", "Singh", "United States", "US", "U.S."]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Ukrainian President"]

A = {
    "000": [
        ("troops", NK, 1500, None, "about", NIS,
         "Russian navy vessels carried about 1,500 North Korean special operations troops", False),
    ],
    "001": [
        ("troops", NK, 10000, None, "about", DOD,
         "approximately 10,000 North Korean soldiers have been sent to eastern Russia", False),
        ("troops", NK, 8000, None, "about", DOD,
         "around eight thousand have moved toward Ukraine and into Russia's Kursk oblast", False),
        ("troops", NK, 12000, None, "up_to", ["Ukrainian officials", "Ukraine"],
         "Ukrainian officials are saying up to 12,000 North Korean troops are now in the region", False),
        ("casualties", "russia", 600000, None, "more_than", DOD,
         "over 600,000 killed and wounded since the start of the invasion", False),
    ],
    "002": [
        ("troops", NK, 10000, 12000, "range", ["Ukraine", "United States", "US", "South Korea", "Guardian"],
         "most now fall between 10,000 and 12,000", False),
        ("troops", NK, 500, None, "about", ["HUR", "military intelligence", "Ukraine"],
         "the force includes some 500 officers", False),
        ("casualties", NK, 200, 900, "vague", ["Officials in Kyiv", "Ukraine", "Kyiv"],
         "Officials in Kyiv have spoken of hundreds of North Korean losses", True),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "North Korean casualties in Russia's Kursk region had passed 3,000", False),
        ("casualties", NK, 1100, None, "about", JCS,
         "the JCS said about 1,100 North Korean troops were estimated to have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS + ["People Power Party"],
         "at least 100 North Korean soldiers had died in combat", False),
        ("wounded", NK, 1000, None, "about", NIS + ["People Power Party"],
         "about 1,000 had been injured", False),
    ],
    "004": [
        ("casualties", NK, 3800, None, "exact", ZEL,
         "the losses of the North Korean soldiers in the Kursk region have reached 3,800 killed and wounded", False),
        ("troops", NK, 12000, None, "about", HUR,
         "about 12,000 North Korean troops had been brought to Russia", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS,
         "Some 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "roughly 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Zelensky"],
         "two North Korean soldiers were captured alive by Ukrainian forces", False),
    ],
    "006": [
        ("killed", NK, 1000, None, "about", HUR,
         "roughly a thousand North Korean soldiers have been killed", False),
        ("wounded", NK, 3000, None, "more_than", HUR,
         "more than 3,000 wounded", False),
        ("troops", NK, 11000, None, "about", ["unattributed", "Kyiv Post"],
         "Around 11,000 North Korean troops were deployed to the Kursk region in the fall", False),
        ("captured", NK, 2, None, "exact", ["SBU", "unattributed", "Kyiv Post", "Ukraine"],
         "The two soldiers captured on Jan. 9", False),
    ],
    "007": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korea has suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 deaths", False),
        ("troops", NK, 15000, None, "about", NIS,
         "Pyongyang had dispatched around 15,000 troops in total", False),
        ("troops", NK, 3000, None, "about", NIS,
         "some three thousand reinforcements sent in January and February", False),
    ],
    "008": [],
    "009": [
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 of the country's troops had been killed", False),
        ("troops", NK, 1000, None, "about", NIS,
         "the North had also sent about 1,000 deminers to the Kursk region", False),
        ("troops", NK, 11000, 12000, "range", ["South Korea", "Ukraine", "South Korean and Ukrainian estimates"],
         "North Korea sent 11,000-12,000 soldiers to Russia last autumn", False),
        ("troops", NK, 2000, 9999, "vague", ["South Korea", "Ukraine", "South Korean and Ukrainian estimates"],
         "several thousand more early this year", True),
    ],
}

NOT = {
    "000": ["between Oct. 8 and 13", "Four landing ships and three escort vessels",
            "the 11th Corps", "as many as 12,000 soldiers organized in four brigades",
            "estimated at 1.2 million", "the 1950-53 Korean War",
            "thousands of young soldiers", "past 1 million copies", "below 9.4 million"],
    "001": ["the 69th drawdown", "$425 million", "155mm and 105mm artillery rounds",
            "a range of about 300 kilometers", "56th Security Consultative Meeting"],
    "002": ["several hundred square kilometres", "about $2,000 a month",
            "the elite 11th Corps", "more than 13,000 containers", "200 years ago",
            "more than 1.3 million readers in 180 countries", "under-16s"],
    "003": ["almost three times as high", "240 mm multiple rocket launchers", "170 mm self-propelled guns",
            "took effect on Dec. 4", "KOSPI closes at 2,442.01", "24,000 won in holiday vouchers"],
    "004": ["USD 42.14", "up to a battalion", "January 9", "4 ammunition depots", "61 of 101 Russian drones"],
    "005": ["on Jan. 9", "One is 20 years old and the other 26", "joined the army in 2021",
            "record US$683.8 bln in 2024", "rise 8.2 pct"],
    "006": ["more than three times the death toll", "the 80th Separate Air Assault Brigade",
            "since 2014", "Comments (14)", "$5 a month", "500 km From the Border", "Over 80% of Ukrainians"],
    "007": ["around 250 long-range artillery systems", "170mm self-propelled guns",
            "240mm multiple rocket launchers", "millions of artillery shells", "two days after"],
    "008": ["1,000 sappers", "5,000 military builders", "6,000 personnel",
            "second time in two weeks", "more than two hours", "Article 4", "June 19, 2024",
            "tens of thousands of explosive objects", "28 settlements", "135 mln tons"],
    "009": ["1,000 sappers and 5,000 military builders", "thousands of military construction workers",
            "2 more by 2026", "8.8 tril. yen"],
}

OFF = ["010", "011", "012", "013"]
DUP = {"014": "005"}

conflicts = {
    "must": [
        ["003-1", "003-2", "more than 3,000 casualties (Zelensky) against about 1,100 (South Korea's JCS), "
                           "in the same article on the same day"],
        ["005-1", "006-1", "about 300 killed (NIS, 13 Jan 2025) against roughly a thousand killed "
                           "(Ukraine's HUR, 16 Jan 2025), three days apart"],
        ["005-2", "006-2", "about 2,700 wounded (NIS, 13 Jan 2025) against more than 3,000 wounded "
                           "(Ukraine's HUR, 16 Jan 2025), three days apart"],
    ],
    "may": [],
}

MAY = [
    # troops: a first contingent, weeks or months before later totals
    ("000-1", "001-1", "1,500 first contingent (18 Oct) against about 10,000 (5 Nov), weeks apart in a growing deployment"),
    ("000-1", "001-3", "1,500 first contingent against up to 12,000, weeks apart"),
    ("000-1", "002-1", "1,500 first contingent against 10,000-12,000, six weeks apart"),
    ("000-1", "004-2", "1,500 first contingent against about 12,000, months apart"),
    ("000-1", "006-3", "1,500 first contingent against about 11,000 in Kursk, months apart"),
    ("000-1", "007-3", "1,500 first contingent against about 15,000 in total, months apart"),
    ("000-1", "009-3", "1,500 first contingent against 11,000-12,000 sent last autumn, months apart"),
    ("001-1", "004-2", "about 10,000 (Nov) against about 12,000 (Jan), two months apart"),
    ("001-1", "006-3", "about 10,000 in eastern Russia (Nov) against about 11,000 in Kursk (Jan), months apart"),
    ("001-1", "007-3", "about 10,000 (Nov 2024) against about 15,000 in total (Apr 2025), months apart"),
    ("001-1", "009-3", "about 10,000 (Nov 2024) against 11,000-12,000 last autumn (said Sep 2025), months apart"),
    ("001-2", "004-2", "about 8,000 in Kursk (Nov) against about 12,000 brought to Russia (Jan), part and months apart"),
    ("001-2", "006-3", "about 8,000 in Kursk (Nov) against about 11,000 in Kursk (Jan), months apart"),
    ("001-2", "007-3", "about 8,000 in Kursk against about 15,000 in total, months apart"),
    ("001-2", "009-3", "about 8,000 in Kursk against 11,000-12,000 sent to Russia, months apart"),
    ("001-3", "007-3", "up to 12,000 (Nov 2024) against about 15,000 in total (Apr 2025), months apart"),
    ("002-1", "007-3", "10,000-12,000 (Nov 2024) against about 15,000 in total (Apr 2025), months apart"),
    ("004-2", "006-3", "about 12,000 brought to Russia against about 11,000 deployed to Kursk, nine days apart"),
    ("004-2", "007-3", "about 12,000 (Jan) against about 15,000 in total (Apr), months apart"),
    ("006-3", "007-3", "about 11,000 in Kursk (Jan) against about 15,000 in total (Apr), months apart"),
    ("007-3", "009-3", "about 15,000 in total against 11,000-12,000 in the first wave, months apart"),
    ("007-4", "001-1", "some three thousand reinforcements: an additional force"),
    ("007-4", "001-2", "some three thousand reinforcements: an additional force"),
    ("007-4", "002-1", "some three thousand reinforcements: an additional force"),
    ("007-4", "004-2", "some three thousand reinforcements: an additional force"),
    ("007-4", "006-3", "some three thousand reinforcements: an additional force"),
    ("007-4", "009-3", "some three thousand reinforcements: an additional force"),
    ("007-4", "007-3", "reinforcements are part of the total in the same sentence"),
    ("009-4", "007-3", "several thousand more (vague) against the total"),
    ("009-4", "001-1", "several thousand more (vague, additional) months apart"),
    ("000-1", "001-2", "1,500 first contingent (18 Oct) against about 8,000 in Kursk (5 Nov), weeks apart"),
    ("000-1", "007-4", "1,500 first contingent (Oct) against some three thousand reinforcements (Jan-Feb): different waves"),
    ("000-1", "009-4", "1,500 first contingent against several thousand more early 2025 (vague): different waves"),
    ("009-4", "001-2", "several thousand more (vague, additional) against about 8,000 in Kursk, months apart"),
    ("009-4", "002-1", "several thousand more (vague, additional) against 10,000-12,000, months apart"),
    ("009-4", "004-2", "several thousand more (vague, additional) against about 12,000, months apart"),
    ("009-4", "006-3", "several thousand more (vague, additional) against about 11,000, months apart"),
    ("009-4", "009-3", "several thousand more: an additional force on top of 11,000-12,000, same sentence"),
    # 1,000 deminers sent in summer 2025: an additional force, not a rival total
    ("009-2", "000-1", "1,000 deminers (Sep 2025) against 1,500 first contingent (Oct 2024): different units, a year apart"),
    ("009-2", "001-1", "1,000 deminers: an additional force, months later"),
    ("009-2", "001-2", "1,000 deminers: an additional force, months later"),
    ("009-2", "002-1", "1,000 deminers: an additional force, months later"),
    ("009-2", "004-2", "1,000 deminers: an additional force, months later"),
    ("009-2", "006-3", "1,000 deminers: an additional force, months later"),
    ("009-2", "007-3", "1,000 deminers: an additional force, months after the 15,000 total"),
    ("009-2", "007-4", "1,000 deminers against three thousand reinforcements: different waves"),
    ("009-2", "009-3", "1,000 deminers: an additional force on top of the first wave, same article"),
    ("009-2", "009-4", "1,000 deminers against several thousand more early this year: different waves"),
    # casualties
    ("002-3", "003-1", "hundreds of losses (vague, Nov) against about 1,100 (Dec), four weeks apart"),
    ("002-3", "003-2", "hundreds of losses (vague, Nov) against more than 3,000 (Dec), four weeks apart"),
    ("002-3", "004-1", "hundreds of losses (vague, Nov) against 3,800 (Jan), weeks apart"),
    ("002-3", "007-1", "hundreds of losses (vague, Nov) against about 4,700 (Apr), months apart"),
    ("003-2", "004-1", "about 1,100 (JCS, 23 Dec) against 3,800 (Zelensky, 7 Jan): a cumulative count two weeks later"),
    ("003-2", "007-1", "about 1,100 (Dec) against about 4,700 (Apr), months apart"),
    ("004-1", "007-1", "3,800 (Jan) against about 4,700 (Apr), a cumulative count months later"),
    # killed
    ("005-1", "007-2", "about 300 (Jan) against about 600 (Apr), same agency, months apart"),
    ("005-1", "009-1", "about 300 (Jan) against about 2,000 (Sep), months apart"),
    ("006-1", "007-2", "roughly a thousand (HUR, Jan) against about 600 (NIS, Apr), months apart"),
    ("006-1", "009-1", "roughly a thousand (Jan) against about 2,000 (Sep), months apart"),
    ("007-2", "009-1", "about 600 (Apr) against about 2,000 (Sep), same agency, months apart"),
    # wounded
    ("003-4", "005-2", "about 1,000 (NIS, mid-Dec) against about 2,700 (NIS, Jan): same agency, a month later"),
    ("003-4", "006-2", "about 1,000 (NIS, mid-Dec) against more than 3,000 (HUR, Jan), a month apart"),
]
conflicts["may"] = [[a, b, why] for a, b, why in MAY]

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
