#!/usr/bin/env python3
"""Gold labels for testdata/blind320 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind320 articles in articles/, written for crosscheck in our own words. "
         "Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "South Korea"]
US = ["Sabrina Singh", "Pentagon", "United States", "U.S.", "US"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskiy", "Ukraine"]
HUR = ["HUR", "military intelligence", "Main Intelligence Directorate", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "North Korea has shipped some 1,500 special operations troops to Russia's Far East", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "11,000 North Korean soldiers are already in Russia's Kursk region", False),
        ("troops", "north_korea", 10000, None, "about", US,
         "Roughly 10,000 North Korean troops have been sent to eastern Russia", False),
        ("troops", "north_korea", 8000, None, "about", US,
         "about 8,000 of them have since moved into the Kursk region", False),
        ("troops", "north_korea", 500, None, "about", HUR,
         "the force includes around 500 officers", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korean military", "South Korea"],
         "have sustained around 1,100 casualties", False),
        ("killed", "north_korea", 100, None, "at_least", ["Lee Seong-kweun"] + NIS,
         "at least 100 North Korean soldiers had been killed in combat", False),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "have already lost more than three thousand soldiers killed and wounded", False),
        ("killed", "north_korea", 21, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "their units killed 21 North Korean soldiers", False),
        ("wounded", "north_korea", 40, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 40 more", False),
        ("casualties", "north_korea", 200, 900, "vague", HUR,
         "hundreds of North Korean soldiers had been killed or wounded", True),
    ],
    "006": [
        ("killed", "north_korea", 300, None, "about", ["Lee Seong-kweun"] + NIS,
         "Around 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", ["Lee Seong-kweun"] + NIS,
         "some 2,700 wounded fighting alongside Russian forces", False),
        ("captured", "north_korea", 2, None, "exact", ZEL + ["NIS"],
         "Ukrainian forces had captured two North Korean soldiers in Kursk", False),
        ("troops", "north_korea", 11000, None, "about", ["Ukraine", "South Korea", "United States"],
         "North Korea has deployed about 11,000 troops to Russia", False),
    ],
    "007": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea is believed to have sent roughly 3,000 additional soldiers to Russia", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "the approximately 11,000 troops Pyongyang dispatched last autumn", False),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", ["Park Sun-won"] + NIS,
         "North Korea's troops in Russia have suffered about 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", ["Park Sun-won"] + NIS,
         "including around 600 deaths", False),
        ("killed", "north_korea", 300, None, "about", ["Park Sun-won"] + NIS,
         "when the agency put the death toll at roughly 300", False),
    ],
    "010": [
        ("troops", "north_korea", 12000, None, "up_to", ["Western officials"],
         "North Korea sent up to 12,000 soldiers there last autumn", False),
        ("killed", "north_korea", 600, None, "about", ["unattributed"],
         "Around 600 North Korean soldiers are thought to have died in the fighting", False),
        ("wounded", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "thousands more were wounded", True),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", ["Lee Seong-kweun"] + NIS,
         "around 2,000 North Korean soldiers have died fighting for Russia", False),
        ("troops", "north_korea", 11000, None, "about", ["Lee Seong-kweun"] + NIS,
         "some 11,000 North Korean troops remain deployed in the Kursk area", False),
    ],
    "014": [
        ("troops", "north_korea", 11000, 12000, "range",
         ["intelligence services of Ukraine, South Korea and the United States", "Ukraine", "South Korea", "United States"],
         "Between eleven and twelve thousand in the first wave", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "Roughly three thousand more arrived in January and February 2025", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "South Korea's National Intelligence Service said in September that about 2,000 had died", False),
        ("casualties", "north_korea", 6000, None, "about", HUR,
         "put North Korea's dead and wounded together at around 6,000", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "Two. Both were captured in January", False),
    ],
}

NOT = {
    "000": ["totaling about 12,000 soldiers", "11th Corps", "between Oct. 8 and 13",
            "four landing ships and three escort vessels", "Seoul apartment prices rise for 30th straight week",
            "Han Kang's Nobel win lifts book sales 100-fold"],
    "002": ["a number several thousand higher", "Whether it is 8,000 or 11,000",
            "about 300 kilometers (190 miles)", "$425 million security assistance package",
            "Army awards $1.1 billion contract to boost 155mm shell output", "cuts 3 ships",
            "Nearly 40 F-35s delivered", "14 comments"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "Won slides past 1,450 per dollar", "Samsung to cut up to 10% of overseas staff",
            "Why 3 in 4 young Koreans say they won't marry", "KOSPI 2,442.01"],
    "005": ["groups of 20 to 30 men", "Russian troops lose 1,640 soldiers in one day",
            "2nd batch of Leopard 1A5 tanks", "USD 41.72"],
    "006": ["aged 20 and 26", "the 5 stories you need to know"],
    "007": ["approximately 200 long-range artillery pieces", "KN-23 ballistic missiles",
            "1st trilateral air drill of 2025", "2% of GDP by fiscal 2027"],
    "009": ["28 trillion won ($19.6 billion)", "8 months of war in Russia",
            "3 hours of martial law night calls", "1 in 5 Korean youths"],
    "010": ["1,000 deminers and 5,000 military construction workers", "1,000 sappers",
            "5,000 military builders", "6,000 military builders and deminers",
            "Soviet soldiers killed in 1945", "just £2 a month"],
    "013": ["a further dispatch of around 6,000 engineers and construction troops",
            "26 countries had committed to deploying troops", "about 30,000 households",
            "157 Shahed-type and decoy drones", "shot down or suppressed 130 drones",
            "talks lasting about 2.5 hours", "$5 a month"],
    "014": ["1,000 deminers and 5,000 military builders", "around $20 billion",
            "the Fed's 0.25-point cut", "Three takeaways from the 2026 budget deal"],
}

OFF = ["001", "004", "008", "012"]

DUP = {"011": "006"}

conflicts = {
    "must": [
        ["002-1", "002-3", "11,000 North Korean troops in Kursk (Zelensky) against about 8,000 in Kursk (Pentagon), in the same article the same week"],
        ["003-1", "005-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, Dec 23), published three days apart"],
    ],
    "may": [
        ["002-1", "002-2", "11,000 in Kursk (Zelensky) against about 10,000 sent to Russia in all (Pentagon): close values, different scopes"],
        ["002-2", "006-4", "about 10,000 (Nov 2024) against about 11,000 (Jan 2025), two months apart"],
        ["002-3", "006-4", "about 8,000 in Kursk (Nov 2024) against about 11,000 (Jan 2025), two months apart"],
        ["002-2", "007-2", "about 10,000 (Nov 2024) against about 11,000 sent last autumn (NIS, Feb 2025), months apart"],
        ["002-3", "007-2", "about 8,000 (Nov 2024) against about 11,000 sent last autumn (NIS, Feb 2025), months apart"],
        ["002-2", "013-2", "about 10,000 (Nov 2024) against some 11,000 still in Kursk (Sept 2025), months apart"],
        ["002-3", "013-2", "about 8,000 (Nov 2024) against some 11,000 still in Kursk (Sept 2025), months apart"],
        ["002-2", "014-1", "about 10,000 (Nov 2024) against 11,000-12,000 (Dec 2025 explainer), a year apart"],
        ["002-3", "014-1", "about 8,000 (Nov 2024) against 11,000-12,000 (Dec 2025 explainer), a year apart"],
        ["002-1", "007-1", "11,000 against an additional 3,000"],
        ["002-2", "007-1", "10,000 against an additional 3,000"],
        ["002-3", "007-1", "8,000 against an additional 3,000"],
        ["006-4", "007-1", "11,000 against an additional 3,000"],
        ["007-1", "007-2", "an additional 3,000 against the 11,000 sent earlier (same article, explicitly in addition)"],
        ["007-1", "013-2", "an additional 3,000 against 11,000 still deployed"],
        ["007-1", "014-1", "an additional 3,000 against 11,000-12,000 in the first wave"],
        ["000-1", "007-1", "a first contingent of 1,500 against an additional 3,000"],
        ["002-1", "014-2", "11,000 against 'three thousand more'"],
        ["002-2", "014-2", "10,000 against 'three thousand more'"],
        ["002-3", "014-2", "8,000 against 'three thousand more'"],
        ["006-4", "014-2", "11,000 against 'three thousand more'"],
        ["007-2", "014-2", "11,000 against 'three thousand more'"],
        ["013-2", "014-2", "11,000 still deployed against 'three thousand more'"],
        ["014-1", "014-2", "11,000-12,000 in the first wave against 'three thousand more' (same article)"],
        ["000-1", "014-2", "a first contingent of 1,500 against 'three thousand more'"],
        ["000-1", "006-4", "a first contingent of 1,500 (Oct 2024) against about 11,000 in all (Jan 2025), months apart"],
        ["000-1", "007-2", "a first contingent of 1,500 (Oct 2024) against about 11,000 sent last autumn (Feb 2025)"],
        ["000-1", "013-2", "a first contingent of 1,500 (Oct 2024) against some 11,000 still deployed (Sept 2025)"],
        ["000-1", "014-1", "a first contingent of 1,500 (Oct 2024) against 11,000-12,000 in the first wave (Dec 2025)"],
        ["003-1", "009-1", "about 1,100 casualties (JCS, Dec 2024) against about 4,700 (NIS, Apr 2025): a cumulative toll four months later"],
        ["003-1", "014-4", "about 1,100 casualties (JCS, Dec 2024) against around 6,000 (HUR, Nov 2025), a year apart"],
        ["009-1", "014-4", "about 4,700 casualties (NIS, Apr 2025) against around 6,000 (HUR, Nov 2025), months apart"],
        ["006-1", "010-2", "about 300 killed (NIS, Jan) against around 600 (unattributed, June), months apart"],
        ["009-3", "010-2", "about 300 killed (NIS, as of January) against around 600 (unattributed, June)"],
        ["010-2", "013-1", "around 600 killed (unattributed, June) against about 2,000 (NIS, Sept), months apart"],
        ["010-2", "014-3", "around 600 killed (unattributed, June) against about 2,000 (NIS, Sept)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
