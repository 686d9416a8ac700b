#!/usr/bin/env python3
"""Gold labels for testdata/blind407 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind407: fifteen articles written in our own words about the real story's "
         "known reporting (October 2024 - December 2025), labelled blind. See testdata/corpus/README.md "
         "for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]
NK, RU = "north_korea", "russia"

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "The National Intelligence Service (NIS) put the total at roughly 12,000 soldiers", False),
        ("troops", NK, 1500, None, "about", NIS,
         "the first group of around 1,500 special forces personnel was ferried", False),
    ],
    "002": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Eleven thousand North Korean soldiers are now in Kursk Oblast", False),
        ("troops", NK, 200, 999, "vague", ["Ukrainian military intelligence", "HUR", "Ukraine"],
         "Russia had also flown in hundreds of North Korean officers", True),
        ("casualties", RU, 706350, None, "exact", ["General Staff", "Armed Forces of Ukraine", "Ukraine"],
         "Russia has lost 706,350 troops in Ukraine", False),
        ("casualties", RU, 1280, None, "exact", ["General Staff", "Armed Forces of Ukraine", "Ukraine"],
         "1,280 casualties Russian forces suffered over the past day", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS_LEE, "at least 100 killed", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE, "close to 1,000 wounded", False),
        ("casualties", NK, 1100, None, "about", NIS_LEE,
         "the North's casualties probably come to around 1,100", False),
        ("troops", NK, 11000, None, "about", NIS,
         "roughly 11,000 North Korean soldiers are in Russia at present", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "More than 3,000 soldiers from North Korea have been killed or wounded in Russia's Kursk Oblast", False),
    ],
    "006": [
        ("casualties", NK, 3000, None, "about", NIS,
         "North Korea has suffered about 3,000 casualties among the troops it sent to help Russia", False),
        ("killed", NK, 300, None, "about", NIS, "including roughly 300 killed", False),
        ("wounded", NK, 2700, None, "about", NIS, "The rest — about 2,700 — were wounded", False),
        ("captured", NK, 2, None, "exact", NIS + ["Volodymyr Zelensky", "Zelensky", "Ukraine", "SBU"],
         "Ukrainian forces captured two North Korean soldiers in Kursk on Jan. 9", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", NIS,
         "some three thousand additional troops to Russia since January", False),
        ("troops", NK, 11000, None, "about", NIS + ["unattributed"],
         "the roughly 11,000 soldiers the North dispatched last fall", False),
        ("casualties", NK, 4000, None, "about", NIS,
         "About 4,000 of them have been killed or wounded", False),
        ("captured", NK, 2, None, "exact", ["Kyiv", "Ukraine", "unattributed"],
         "the two North Korean prisoners it holds", False),
    ],
    "009": [
        ("killed", NK, 600, None, "about", NIS,
         "Around 600 North Korean troops have been killed fighting Ukrainian forces in Russia's Kursk region", False),
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "In total the North has suffered some 4,700 casualties", False),
        ("troops", NK, 15000, None, "about", NIS_LEE,
         "Pyongyang has deployed around 15,000 troops to Russia in all", False),
        ("killed", NK, 2000, None, "about", ["Ukrainian military intelligence", "HUR", "Ukraine", "Kyiv"],
         "roughly 2,000 North Korean soldiers had been killed since they were first sent into battle in December", False),
    ],
    "012": [
        ("troops", NK, 14000, None, "more_than", NIS,
         "the North has dispatched more than 14,000 soldiers in total", False),
    ],
    "013": [
        ("killed", NK, 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers have died in the war", False),
        ("wounded", NK, 2000, 9999, "vague", ["unattributed"] + NIS,
         "Thousands more were wounded", True),
        ("troops", NK, 15000, None, "about", ["unattributed"],
         "Pyongyang is thought to have sent some 15,000 men", False),
    ],
    "014": [
        ("troops", NK, 10000, 12000, "range", ["US", "United States", "South Korea", "Ukraine"],
         "the number of North Korean soldiers in Russia at between 10,000 and 12,000", False),
        ("troops", NK, 8000, None, "about", ["Pentagon", "US", "United States"],
         "the Pentagon says around 8,000 have already moved to the Kursk border region", False),
        ("troops", NK, 2000, 9000, "vague", ["South Korean intelligence", "South Korea"],
         "Several thousand are believed to come from the elite 11th Corps", True),
        ("troops", NK, 2000, 9999, "vague", ["Kyiv", "Seoul", "Washington", "Ukraine", "South Korea", "US"],
         "North Korea has sent thousands of soldiers to help Russia fight Ukraine", True),
    ],
}

NOT = {
    "000": ["four brigades", "more than 13,000 containers", "four Russian navy landing ships and three escort vessels",
            "since 1953", "[Editorial] 12,000 troops and the end of Seoul’s “wait and see”",
            "N. Korea blows up 2 roads", "3 in 10 South Koreans", "1,370 per dollar", "Share 214"],
    "002": ["47 of 63 drones", "63 Shahed-type attack drones", "11 oblasts", "9,310 tanks",
            "20,440 artillery systems", "155 mm artillery ammunition", "0.25% of GDP", "nine-story",
            "Russian attack on Zaporizhzhia kills 4, injures 22", "OPINION: Why 3 years", "$5 a month"],
    "003": ["about 90 minutes", "240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "around Dec. 8", "Korea's exports rise 1.4% in first 20 days of December",
            "Han Duck-soo impeachment in 2 days"],
    "004": ["at least 50 Koksan 170 mm self-propelled guns", "about 20 240 mm multiple-launch rocket systems",
            "Russians strike Kharkiv with 7 missiles", "the 500,000 mobilisation figure", "11.5%", "UAH 200 a month"],
    "006": ["One of the men is 20 and the other 26", "170-millimeter self-propelled howitzers", "1,470 per dollar",
            "Samsung Profit Misses Estimates by 21%", "$5.1 Billion", "KOSPI 2,489.56", "2 Agencies Clash"],
    "007": ["roughly 200 long-range artillery pieces", "170mm self-propelled guns", "240mm multiple rocket launchers",
            "between 20 and 30 years old", "Three months of combat", "since the 1950s",
            "$1.3 billion deal for 18 K9 howitzers", "¥8.7 trillion", "300-kilowatt laser", "for 6 years"],
    "009": ["the mutual defence treaty the two countries signed in June 2024", "about $20 billion",
            "on April 28, 2025"],
    "012": ["one thousand deminers", "five thousand military construction workers", "thousands more personnel",
            "his third since March", "Watch video 02:14", "5 points to 32%", "38,536", "Typhoon No. 2"],
    "013": ["80th anniversary celebrations on October 10", "in their early 20s",
            "the 2 North Korean prisoners held by Kyiv", "€7.99 per month", "5 min read"],
    "014": ["around $2,000 a month", "between 18 and 24", "June 2024",
            "40% of Kursk pocket lost", "3-party coalition", "since 2006"],
}

OFF = ["001", "005", "008", "011"]
DUP = {"010": "009"}

conflicts = {
    "must": [
        ["003-3", "004-1", "about 1,100 casualties (NIS via Lee Seong-kweun, Dec 19) against more than 3,000 "
                           "killed and wounded (Zelensky, Dec 23), four days apart"],
        ["009-1", "009-4", "about 600 killed (NIS) against roughly 2,000 killed (Ukrainian military intelligence) "
                           "in the same April 2025 article"],
        ["002-1", "014-2", "11,000 in Kursk (Zelensky, Nov 4-5) against around 8,000 moved to Kursk (Pentagon, Nov 7)"],
    ],
    "may": [
        # troops: close values, parts against wholes across articles, additional forces, months apart
        ["000-1", "002-1", "about 12,000 being sent against 11,000 in Kursk: close, and the Kursk figure can be part of the total"],
        ["000-1", "014-2", "about 12,000 sent to Russia against around 8,000 of them in Kursk, three weeks apart (part of the whole)"],
        ["000-1", "003-4", "about 12,000 (Oct) against roughly 11,000 (Dec), two months apart"],
        ["000-1", "007-1", "12,000 (Oct 2024) against an additional 3,000 (Feb 2025)"],
        ["000-1", "007-2", "12,000 (Oct 2024) against 11,000 sent last fall (Feb 2025), months apart"],
        ["000-1", "009-3", "12,000 (Oct 2024) against 15,000 in all (Apr 2025), months apart"],
        ["000-1", "012-1", "12,000 (Oct 2024) against more than 14,000 (Jun 2025), months apart"],
        ["000-1", "013-3", "12,000 (Oct 2024) against 15,000 (Sep 2025), months apart"],
        ["002-1", "007-1", "11,000 against an additional 3,000, months apart"],
        ["002-1", "009-3", "11,000 (Nov 2024) against 15,000 in all (Apr 2025), months apart"],
        ["002-1", "012-1", "11,000 (Nov 2024) against more than 14,000 (Jun 2025), months apart"],
        ["002-1", "013-3", "11,000 (Nov 2024) against 15,000 (Sep 2025), months apart"],
        ["014-1", "007-1", "10,000-12,000 against an additional 3,000"],
        ["014-1", "009-3", "10,000-12,000 (Nov 2024) against 15,000 including reinforcements (Apr 2025)"],
        ["014-1", "012-1", "10,000-12,000 (Nov 2024) against more than 14,000 (Jun 2025)"],
        ["014-1", "013-3", "10,000-12,000 (Nov 2024) against 15,000 (Sep 2025)"],
        ["014-2", "003-4", "8,000 in Kursk (Nov 7) against 11,000 in Russia (Dec 19): part of the whole, six weeks apart"],
        ["014-2", "007-1", "8,000 in Kursk against an additional 3,000"],
        ["014-2", "007-2", "8,000 in Kursk (Nov 2024) against 11,000 sent last fall (Feb 2025)"],
        ["014-2", "009-3", "8,000 in Kursk (Nov 2024) against 15,000 in all (Apr 2025)"],
        ["014-2", "012-1", "8,000 in Kursk (Nov 2024) against more than 14,000 (Jun 2025)"],
        ["014-2", "013-3", "8,000 in Kursk (Nov 2024) against 15,000 (Sep 2025)"],
        ["003-4", "007-1", "11,000 against an additional 3,000"],
        ["003-4", "009-3", "11,000 (Dec 2024) against 15,000 including reinforcements (Apr 2025)"],
        ["003-4", "012-1", "11,000 (Dec 2024) against more than 14,000 (Jun 2025)"],
        ["003-4", "013-3", "11,000 (Dec 2024) against 15,000 (Sep 2025)"],
        ["007-1", "007-2", "an additional 3,000 against the 11,000 sent earlier, in the same article"],
        ["007-1", "009-3", "an additional 3,000 against 15,000 in all"],
        ["007-1", "012-1", "an additional 3,000 against more than 14,000 in all"],
        ["007-1", "013-3", "an additional 3,000 against 15,000 in all"],
        ["007-2", "009-3", "11,000 sent last fall against 15,000 in all including reinforcements, two months later"],
        ["007-2", "012-1", "11,000 sent last fall against more than 14,000 in all, months later"],
        ["007-2", "013-3", "11,000 sent last fall against 15,000 in all, months later"],
        # casualties: the NIS's cumulative count rising over time (updates, not conflicts)
        ["003-3", "006-1", "NIS count rising from about 1,100 (Dec 19) to about 3,000 (Jan 13): an update"],
        ["003-3", "007-3", "NIS count rising from about 1,100 (Dec) to about 4,000 (Feb): an update, months apart"],
        ["003-3", "009-2", "NIS count rising from about 1,100 (Dec) to about 4,700 (Apr): an update, months apart"],
        ["004-1", "006-1", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13): borderline"],
        ["006-1", "007-3", "NIS count rising from about 3,000 (Jan) to about 4,000 (Feb): an update"],
        ["006-1", "009-2", "NIS count rising from about 3,000 (Jan) to about 4,700 (Apr): an update, months apart"],
        ["007-3", "009-2", "NIS count rising from about 4,000 (Feb) to about 4,700 (Apr): an update, months apart"],
        # killed and wounded: later rises, months apart
        ["006-2", "009-1", "NIS dead rising from about 300 (Jan) to about 600 (Apr): an update, months apart"],
        ["006-2", "009-4", "about 300 (NIS, Jan) against about 2,000 (Ukrainian intelligence, Apr), months apart"],
        ["006-2", "013-1", "NIS dead rising from about 300 (Jan) to about 2,000 (Sep): an update, months apart"],
        ["009-1", "013-1", "NIS dead rising from about 600 (Apr) to about 2,000 (Sep): an update, months apart"],
        ["003-2", "006-3", "NIS wounded rising from about 1,000 (Dec 19) to about 2,700 (Jan 13): an update"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
