#!/usr/bin/env python3
"""Gold labels for testdata/blind459 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind459 articles in articles/: fifteen articles written in our own words "
         "about the real story's known reporting. See testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea's intelligence agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun", "lawmakers"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "four of its brigades totalling about 12,000 soldiers", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "a first group of around 1,500 special operations troops", False),
    ],
    "001": [
        ("troops", "north_korea", 8000, None, "about",
         ["Antony Blinken", "Blinken", "U.S. Secretary of State", "State Department", "United States", "U.S."],
         "about 8,000 North Korean soldiers had been moved into Russia's Kursk region", False),
        ("troops", "north_korea", 10000, None, "about",
         ["Pentagon", "Sabrina Singh", "U.S. Defense Department", "United States", "U.S."],
         "Roughly 10,000 North Koreans have arrived in eastern Russia for training since early October, according to the Pentagon", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact",
         ["Volodymyr Zelensky", "Zelensky", "Ukrainian intelligence", "Defence Intelligence of Ukraine", "DIU", "Ukraine"],
         "there are already 11,000 soldiers from North Korea in Kursk Oblast", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed since the troops were committed to combat in early December", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "Nearly 1,000 others have been wounded", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrsky", "Ukraine"],
         "More than 3,000 North Korean soldiers have been killed or wounded fighting for Russia in the Kursk border region", False),
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"],
         "North Korean units sent to Kursk had suffered \"around 1,100\" casualties", False),
        ("casualties", "north_korea", 24, 99, "vague",
         ["Special Operations Forces", "Ukraine's special operations forces", "Ukraine"],
         "they had killed or wounded dozens of North Koreans in two days of fighting", True),
    ],
    "005": [
        ("captured", "north_korea", 2, None, "exact",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Security Service of Ukraine", "SBU"],
         "Ukrainian forces have taken two North Korean soldiers alive in Russia's Kursk Oblast", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "about 2,700 injured in fighting against Ukrainian forces in Russia", False),
        ("captured", "north_korea", 2, None, "exact", NIS,
         "Ukraine had captured two North Korean soldiers on January 9", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about",
         ["Defence Intelligence", "HUR", "Ukraine's Defence Intelligence", "Ukrainian military intelligence", "Ukraine"],
         "North Korea has sent some three thousand additional soldiers to Russia's Kursk region", False),
        ("casualties", "north_korea", 200, 900, "vague",
         ["Special Operations Forces", "Ukraine's Special Operations Forces", "Ukraine"],
         "North Korean units had lost hundreds of men in January alone", True),
        ("casualties", "russia", 1290, None, "exact",
         ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "Russia has lost 1,290 troops killed and wounded over the past day", False),
        ("casualties", "russia", 866450, None, "about",
         ["General Staff", "Ukraine's General Staff", "Ukraine"],
         "bringing its total losses since February 2022 to about 866,450", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "Kyiv had lost over 76,000 soldiers killed and wounded during its eight-month incursion", False),
        ("casualties", "north_korea", 4700, None, "about", NIS + ["lawmakers"],
         "now stand at around 4,700 killed and wounded", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["lawmakers"],
         "about 600 of them dead", False),
        ("captured", "north_korea", 2, None, "exact",
         ["Ukrainian officials", "Ukraine", "Kyiv"],
         "their forces had captured two North Korean soldiers in January", False),
    ],
    "010": [
        ("troops", "north_korea", 11000, 12000, "range", ["unattributed"],
         "The first contingent, 11,000-12,000 men drawn mostly from the elite Storm Corps, arrived in the autumn of 2024", False),
        ("killed", "north_korea", 2000, None, "about", NIS + ["lawmakers"],
         "about 2,000 North Korean soldiers had been killed", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Ministry of Defence", "Britain's Ministry of Defence", "UK Ministry of Defence", "British Defence Ministry", "Britain", "United Kingdom", "UK"],
         "put overall North Korean casualties at more than 6,000", False),
    ],
}

NOT = {
    "000": ["more than 13,000 containers", "Zelensky says 10,000 N. Korean soldiers being readied for Russian forces",
            "four Russian amphibious landing ships and three escort vessels", "about 150 kilometers apart",
            "KOSPI 2,593.91", "past 1 million copies"],
    "001": ["more than 7,000 kilometers", "flew for 86 minutes",
            "3,000 more N. Koreans arrive"],
    "002": ["Russia loses 1,420 soldiers and 12 tanks over past day", "Zelensky: 500 North Korean officers among those sent to Russia",
            "96 Shahed drones overnight, 62 shot down", "120-mm mortars", "up to 30 km", "Views: 18,204"],
    "003": ["170-millimeter self-propelled guns", "240-millimeter rocket launchers", "which has 12 members",
            "11 days later", "NK soldiers killed in Russia could top 1,000 by year-end", "4 million cars"],
    "004": ["nearly three times the figure", "a range of up to 60 kilometres", "47th mechanised brigade",
            "death toll rises to five", "below $95,000"],
    "005": ["born in 2005", "born in 1999", "since 2021", "more than 17,000 members", "1,000th day"],
    "007": ["Watch video 01:32", "Nikkei ends at 39,190", "for 4 days"],
    "008": ["81 of 138 Shahed-type drones", "57 more were lost to electronic warfare", "10,183 tanks",
            "23,497 artillery systems", "a 71-year-old woman", "How 50,000 drones a month"],
    "009": ["240-mm multiple rocket launchers", "eight-month incursion", "the 2,000-km road", "Reading time 3 min."],
    "010": ["1,000 sappers", "5,000 military construction workers", "about 470 square kilometres",
            "500,000 barrels a year", "up to 3 million rubles"],
}

OFF = ["011", "012", "013", "014"]
DUP = {"006": "005"}

conflicts = {
    "must": [
        ["001-1", "002-1", "about 8,000 North Korean troops in Kursk (Blinken, Oct 31) against 11,000 in Kursk (Zelensky, Nov 4), four days apart"],
        ["004-1", "004-2", "more than 3,000 casualties (Zelensky) against around 1,100 (South Korea's JCS), the same day, in one article"],
    ],
    "may": [
        ["000-1", "001-2", "about 12,000 being sent (NIS, Oct 18) against roughly 10,000 already in eastern Russia (Pentagon): planned total against arrivals so far"],
        ["001-2", "002-1", "about 10,000 in all of Russia (Pentagon) against 11,000 in Kursk (Zelensky): different scopes, days apart"],
        ["008-1", "000-1", "an additional 3,000 against the first deployment"],
        ["008-1", "001-1", "an additional 3,000 against the first deployment"],
        ["008-1", "001-2", "an additional 3,000 against the first deployment"],
        ["008-1", "002-1", "an additional 3,000 against the first deployment"],
        ["008-1", "010-1", "an additional 3,000 against the first contingent"],
        ["010-1", "001-1", "11,000-12,000 first contingent (said a year later) against 8,000 in Kursk in October 2024"],
        ["010-1", "001-2", "11,000-12,000 first contingent (said a year later) against 10,000 in eastern Russia in October 2024"],
        ["009-1", "004-2", "4,700 casualties (April 2025) against 1,100 (December 2024): months apart, cumulative"],
        ["010-3", "004-2", "more than 6,000 casualties (late 2025) against 1,100 (December 2024): months apart, cumulative"],
        ["010-3", "009-1", "more than 6,000 casualties (late 2025) against 4,700 (April 2025): months apart, cumulative"],
        ["009-2", "007-1", "about 600 killed (April) against about 300 (January): months apart, cumulative"],
        ["010-2", "007-1", "about 2,000 killed (September) against about 300 (January): months apart, cumulative"],
        ["010-2", "009-2", "about 2,000 killed (September) against about 600 (April): months apart, cumulative"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
