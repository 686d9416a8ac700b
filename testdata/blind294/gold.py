#!/usr/bin/env python3
"""Gold labels for testdata/blind294 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NK, RU, UA = "north_korea", "russia", "ukraine"
PENTAGON = ["Pentagon", "Sabrina Singh", "United States", "US", "Washington"]
NIS = ["National Intelligence Service", "NIS", "South Korea", "Lee Seong-kweun", "lawmakers"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea"]
HUR = ["Defence Intelligence", "HUR", "military intelligence", "Ukraine"]
ZEL = ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Ukraine"]

about = ("Gold labels for testdata/blind294: fifteen articles written in our own words about the real story's "
         "known reporting and labelled blind. Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

A = {
    # Euronews-style Q&A, 6 Nov 2024
    "000": [
        ("troops", NK, 10000, None, "about", PENTAGON,
         "roughly 10,000 North Korean troops had been sent to eastern Russia for training in recent weeks", False),
        ("troops", NK, 8000, None, "up_to", PENTAGON,
         "as many as 8,000 have since travelled to the Kursk region", False),
        ("troops", NK, 10000, None, "more_than", NIS,
         "Pyongyang has shipped more than 10,000 troops", False),
    ],
    # Yonhap-style, 19 Dec 2024
    "002": [
        ("casualties", NK, 1100, None, "about", JCS,
         "are estimated to have suffered around 1,100 casualties", False),
        ("troops", NK, 11000, None, "about", JCS,
         "the estimated 11,000 troops the North has sent to Russia", False),
        ("killed", NK, 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "around 1,000 others wounded", False),
        ("casualties", NK, 30, None, "at_least", ["Ukraine's military intelligence", "military intelligence", "HUR", "Ukraine"],
         "at least 30 of their soldiers killed or wounded over three days of fighting", False),
    ],
    # Kyiv Independent-style, 23 Dec 2024
    "003": [
        ("casualties", NK, 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "North Korean losses in Russia's Kursk Oblast have passed three thousand killed and wounded", False),
        ("troops", NK, 11000, 12000, "range", ["Ukrainian intelligence", "Ukraine"],
         "Pyongyang has deployed 11,000-12,000 troops to Russia", False),
        ("casualties", NK, 200, 900, "vague", ["White House", "United States", "US"],
         "North Korean units had suffered \"several hundred\" killed and wounded", True),
    ],
    # Guardian-style live blog, 13 Jan 2025
    "004": [
        ("killed", NK, 300, None, "about", NIS,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "some 2,700 wounded", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "the two North Korean prisoners captured by Ukrainian troops", False),
        ("casualties", UA, 48000, None, "more_than", ["Russia's defence ministry", "Russian defence ministry", "defence ministry", "Russia"],
         "Ukraine had lost more than 48,000 troops in Kursk", False),
        ("casualties", RU, 38000, None, "about", ZEL,
         "about 38,000 troops killed and wounded", False),
        ("killed", RU, 15000, None, "about", ZEL,
         "some 15,000 of them killed", False),
    ],
    # Le Monde English-style analysis, 15 Jan 2025
    "006": [
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "Eleven thousand or so North Korean soldiers arrived in Russia in the autumn", False),
        ("killed", NK, 300, None, "about", NIS,
         "around 300 North Koreans had died", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "2,700 had been wounded", False),
        ("killed", NK, 1000, None, "more_than", HUR + ["Andriy Yusov", "Yusov", "Kyiv"],
         "more than a thousand North Koreans have already died", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "Kyiv"],
         "the two soldiers Ukraine says it captured", False),
    ],
    # Bloomberg-style wire, 27 Feb 2025
    "008": [
        ("troops", NK, 3000, None, "about", NIS,
         "some three thousand more soldiers to Russia", False),
        ("troops", NK, 11000, None, "about", NIS + ["unattributed"],
         "the roughly 11,000 troops Pyongyang dispatched last fall", False),
    ],
    # TASS-style, 26 Apr 2025
    "009": [
        ("casualties", UA, 76000, None, "more_than", ["Gerasimov", "Valery Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the enemy's losses during the Kursk adventure exceeded 76,000 servicemen killed and wounded", False),
    ],
    # Korea Herald-style, 30 Apr 2025
    "010": [
        ("casualties", NK, 4700, None, "about", NIS,
         "North Korean soldiers dispatched to fight for Russia have suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS,
         "including some 600 killed", False),
        ("casualties", NK, 3000, None, "about", NIS,
         "in January it put North Korean casualties at around 3,000", False),
    ],
    # NHK World-style, 18 Jun 2025
    "012": [
        ("killed", NK, 600, None, "about", ["South Korea's intelligence agency", "South Korea", "NIS", "National Intelligence Service"],
         "around 600 North Korean soldiers have been killed there", False),
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "Pyongyang dispatched thousands of soldiers there last year", True),
    ],
    # Ukrinform-style, 22 Oct 2024
    "013": [
        ("troops", NK, 12000, None, "up_to", HUR + ["Ukraine's Defence Intelligence"],
         "North Korea has sent up to 12,000 soldiers to Russia", False),
        ("troops", NK, 500, None, "exact", HUR + ["Ukraine's Defence Intelligence"],
         "500 officers", False),
        ("troops", NK, 3, None, "exact", HUR + ["Ukraine's Defence Intelligence"],
         "three generals", True),
        ("troops", NK, 11000, None, "about", ["Kyrylo Budanov", "Budanov", "HUR", "Ukraine"],
         "about 11,000 of them were infantrymen", False),
        ("troops", NK, 1500, None, "about", ["National Intelligence Service", "South Korea", "Seoul"],
         "the first batch of about 1,500 special forces troops", False),
    ],
    # TV transcript, 15 Dec 2025
    "014": [
        ("killed", NK, 9, None, "exact", ["KCNA", "state media", "North Korea"],
         "nine of the regiment's members were killed in the operation", False),
        ("troops", NK, 200, 999, "vague", ["unattributed"],
         "believed to number in the hundreds", True),
        ("killed", NK, 2000, None, "about", NIS + ["Marcus Lee"],
         "about 2,000 North Korean soldiers had been killed", False),
        ("troops", NK, 10000, 12000, "range", ["unattributed", "Marcus Lee", "NBN"],
         "between 10,000 and 12,000 troops the North first sent in late 2024", False),
        ("troops", NK, 2000, 9999, "vague", ["Seoul", "South Korea"],
         "thousands more North Koreans, most of them builders and deminers, are in Russia right now", True),
    ],
}

NOT = {
    "000": ["about 1.2 million active-duty personnel", "11th Corps", "around $2,000 per soldier per month",
            "Article 4", "Valencia flood death toll climbs above 210"],
    "002": ["170-mm self-propelled guns", "240-mm multiple rocket launchers", "KOSPI closes at 2,435.93", "Dec. 27"],
    "003": ["Russian attacks kill 5, injure 18", "over 20,000 members", "15th sanctions package", "Dec. 19, 2024"],
    "004": ["74 drones", "47 were shot down", "27 others were lost to electronic jamming", "aged 26", "who is 20",
            "EUR 3bn", "214 comments"],
    "006": ["roughly one in four", "January 9", "aged 20", "The other, 26", "August 2024"],
    "008": ["USD/KRW 1,446.50", "KOSPI 2,641.09", "an estimated 220 self-propelled artillery pieces",
            "as much as $20 billion", "Listen 2:41", "1,450 Per Dollar"],
    "009": ["more than 7,000 pieces of military hardware", "over 400 tanks", "some 300 infantry fighting vehicles",
            "June 19, 2024", "more than 1,200 square kilometers", "3.1 mln barrels per day"],
    "010": ["W6.7tr", "June 27", "25 million users"],
    "012": ["6,000 military personnel", "1,000 of the personnel would be sappers",
            "the other 5,000 would be military construction workers", "Watch the video 1:15", "38,536"],
    "013": ["five military ranges", "November 1", "120 mm mortars", "four brigades", "October 8 and 13",
            "3,118 views", "42 of 100 Shahed drones", "EUR 400M", "USD 41.25"],
    "014": ["120-day mission", "roughly one in five", "$86,000", "140,000 homes", "Aired 4-5p ET"],
}

OFF = ["001", "007", "011"]
DUP = {"005": "002"}

conflicts = {
    "must": [
        ["002-1", "003-1", "about 1,100 casualties (South Korea's JCS, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
        ["006-2", "006-4", "about 300 killed (South Korea's NIS) against more than a thousand killed (Ukraine's HUR), in the same article"],
        ["004-1", "006-4", "about 300 killed (NIS, Jan 13) against more than a thousand killed (HUR, Jan 15), two days apart"],
    ],
    "may": [
        # casualties: months or weeks apart, different agencies, a cumulative count; vague White House figure
        ["002-1", "010-1", "1,100 (JCS, Dec 2024) against 4,700 (NIS, Apr 2025): months apart, cumulative"],
        ["002-1", "010-3", "1,100 (JCS, Dec 19) against around 3,000 (NIS, January): weeks apart, cumulative"],
        ["003-1", "010-3", "more than 3,000 (Zelensky, Dec 23) against around 3,000 (NIS, January)"],
        ["002-1", "003-3", "1,100 (JCS) against 'several hundred' (White House), vague"],
        ["003-1", "003-3", "more than 3,000 (Zelensky) against 'several hundred' (White House, a week earlier), vague"],
        # killed: months apart
        ["006-4", "010-2", "more than a thousand killed (HUR, Jan) against about 600 (NIS, Apr): months apart"],
        ["006-4", "012-1", "more than a thousand killed (HUR, Jan) against about 600 (South Korea, Jun): months apart"],
        # troops: weeks or months apart, different sources, or different scope
        ["013-4", "000-1", "about 11,000 infantry (HUR, Oct 22) against roughly 10,000 in all (Pentagon, Nov 6)"],
        ["000-1", "002-2", "roughly 10,000 (Pentagon, Nov) against about 11,000 (JCS, Dec): six weeks apart"],
        ["000-1", "003-2", "roughly 10,000 (Pentagon, Nov) against 11,000-12,000 (Ukraine, Dec)"],
        ["000-1", "006-1", "roughly 10,000 (Pentagon, Nov) against eleven thousand or so (Jan)"],
        ["000-1", "008-2", "roughly 10,000 (Pentagon, Nov) against roughly 11,000 (NIS, Feb)"],
        ["000-2", "002-2", "as many as 8,000 in Kursk (Nov) against 11,000 sent to Russia (Dec): other scope, weeks apart"],
        ["000-2", "003-2", "as many as 8,000 in Kursk (Nov) against 11,000-12,000 sent to Russia (Dec)"],
        ["000-2", "006-1", "as many as 8,000 in Kursk (Nov) against eleven thousand in Russia (Jan)"],
        ["000-2", "008-2", "as many as 8,000 in Kursk (Nov) against roughly 11,000 (Feb)"],
        ["000-2", "014-4", "as many as 8,000 in Kursk (Nov 2024) against 10,000-12,000 (Dec 2025)"],
        ["013-1", "008-1", "an additional three thousand against up to 12,000 in all"],
        ["013-4", "008-1", "an additional three thousand against about 11,000 infantry"],
        ["000-1", "008-1", "an additional three thousand against roughly 10,000"],
        ["000-3", "008-1", "an additional three thousand against more than 10,000"],
        ["002-2", "008-1", "an additional three thousand against about 11,000"],
        ["003-2", "008-1", "an additional three thousand against 11,000-12,000"],
        ["006-1", "008-1", "an additional three thousand against eleven thousand or so"],
        ["008-1", "014-4", "an additional three thousand against 10,000-12,000 first sent"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
