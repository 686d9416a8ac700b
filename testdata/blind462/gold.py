#!/usr/bin/env python3
"""Gold labels for testdata/blind462 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind462: 15 articles written in our own words about the real story's known "
         "reporting on North Korean troops in Russia's Kursk region (Oct 2024 - Dec 2025). "
         "Same schema and rules as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NIS = ["National Intelligence Service", "NIS", "South Korea's National Intelligence Service",
       "South Korea", "Seoul", "spy agency", "Lee Seong-kweun"]

A = {
    # Guardian-style live blog, 13 Jan 2025
    "000": [
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "North Korea is believed to have sent about 11,000 soldiers to Russia last autumn", False),
        ("killed", "north_korea", 1000, None, "more_than",
         ["Ukraine's special operations forces", "special operations forces", "SSO", "Ukraine"],
         "more than 1,000 North Korean soldiers had been killed in the Kursk region since the start of December", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "about 300 North Korean soldiers have been killed in the fighting", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "some 2,700 wounded", False),
        ("captured", "north_korea", 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "his forces had captured two North Korean soldiers in the Kursk region", False),
    ],
    # Kyodo, 24 Oct 2024
    "002": [
        ("troops", "north_korea", 3000, None, "about", NIS + ["Park Sun Won"],
         "North Korea has already moved some 3,000 soldiers to Russia", False),
        ("troops", "north_korea", 3000, None, "at_least", ["White House", "White House spokesman", "United States", "U.S.", "Washington"],
         'a White House spokesman put the number of North Korean soldiers sent to eastern Russia in early to mid-October at "at least 3,000,"', False),
    ],
    # Korea Herald, 20 Dec 2024
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers have been killed in combat against Ukrainian forces in Russia's Kursk region", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "roughly 1,000 more have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS,
         "that would put North Korean casualties at about 1,100 in a matter of weeks", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "Of the roughly 11,000 soldiers the North has sent to Russia", False),
    ],
    # TASS, 28 Apr 2025
    "004": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "General Staff", "Russia"],
         "the Ukrainian army lost more than 76,000 servicemen during the failed incursion", False),
    ],
    # Kyiv Independent, 23 Dec 2024
    "006": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "North Korean troops fighting for Russia in Kursk Oblast have suffered more than 3,000 killed and wounded", False),
        ("casualties", "north_korea", 30, None, "at_least",
         ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "at least 30 North Korean soldiers were killed or wounded in fighting near the villages of Plekhovo, Vorozhba and Martynovka", False),
        ("troops", "north_korea", 200, 999, "vague", ["Ukrainian units", "Ukraine"],
         "hundreds of North Korean infantrymen advancing on foot", True),
        ("troops", "north_korea", 11000, None, "about",
         ["Ukrainian, South Korean and Western estimates", "Ukraine", "South Korea", "Western estimates"],
         "Pyongyang has sent around 11,000 troops to Russia", False),
        ("casualties", "russia", 38000, None, "about", ["Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "Russian forces have lost around 38,000 troops killed and wounded in Kursk Oblast since Ukraine's incursion began in August", False),
    ],
    # Defense News, 1 Nov 2024
    "007": [
        ("troops", "north_korea", 10000, None, "about", ["Pentagon", "U.S. officials", "United States", "U.S."],
         "The Pentagon now believes about 10,000 North Korean soldiers have been sent to Russia for training", False),
        ("troops", "north_korea", 8000, None, "up_to", ["Pentagon", "U.S. officials", "United States", "U.S."],
         "as many as 8,000 of them have already been moved to the Kursk border region", False),
        ("troops", "north_korea", 11000, None, "about", ["HUR", "Ukraine's military intelligence directorate", "military intelligence", "Ukraine", "Kyiv"],
         "some 11,000 North Korean troops are now in the Kursk area", False),
    ],
    # Yonhap, 30 Apr 2025
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "North Korean troops sent to help Russia fight Ukraine have suffered about 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including some 600 soldiers killed", False),
    ],
    # AP, 27 Feb 2025
    "011": [
        ("troops", "north_korea", 3000, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's Joint Chiefs of Staff", "South Korea"],
         "has sent about 3,000 additional troops to Russia since January", False),
        ("troops", "north_korea", 11000, None, "about",
         ["South Korean, U.S. and Ukrainian officials", "South Korea", "United States", "Ukraine"],
         "the roughly 11,000 soldiers North Korea sent to Russia last fall", False),
    ],
    # France 24, 17 Jun 2025
    "012": [
        ("troops", "north_korea", 14000, None, "about", ["unattributed"],
         "Pyongyang is believed to have sent around 14,000 soldiers to Russia since last autumn", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "Several thousand are still thought to be stationed in the region", True),
    ],
    # DW Q&A, 15 Dec 2025
    "014": [
        ("troops", "north_korea", 11000, None, "about", NIS,
         "The first wave numbered around eleven thousand", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "some three thousand reinforcements followed in January and February 2025", False),
        ("troops", "north_korea", 11000, 12000, "range", ["HUR", "Ukraine's military intelligence", "Ukraine"],
         "put the first deployment at between 11,000 and 12,000", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
        ("killed", "north_korea", 9, None, "exact", ["state media", "KCNA", "North Korea", "Pyongyang"],
         "nine of its soldiers had died clearing mines", False),
    ],
}

NOT = {
    "000": ["47 Ukrainian drones", "seven regions", "born in 2005", "since 2021", "death toll rises to 24", "£2 a month"],
    "002": ["about 10,000 in all by December", "around 12,000 personnel", "four brigades",
            "late teens or early 20s", "1.7%", "38,143"],
    "003": ["170-mm self-propelled guns", "240-mm multiple rocket launchers", "1,450 per dollar", "2+2 talks"],
    "004": ["over 7,700 pieces of weaponry", "412 tanks", "383 multiple launch rocket systems",
            "4 residents wounded", "Over 1,500 Ukrainian drones", "June 19, 2024"],
    "006": ["around 800 square kilometers", "Dec. 14-15", "injures 12", "103 drones", "$1 a month"],
    "007": ["roughly 1.2 million active-duty personnel", "9,000+ km", "$2,000", "170 mm",
            "3: Russian landing ships", "up to 300 kilometers", "$1.3 billion", "6 new warships", "1950-53"],
    "009": ["paras 5-7", "six months", "0.2 pct", "1,421.4 per dollar", "2 more encore shows"],
    "011": ["about 220 pieces", "170 mm self-propelled guns", "240 mm multiple rocket launchers"],
    "012": ["1,000 sappers", "5,000 military construction workers", "6,000 deminers and military builders",
            "at least six districts", "Death toll in Iran rises to 224"],
    "014": ["1,000 deminers and 5,000 military builders", "120 days", "1950-53",
            "Millions face winter blackouts"],
}

OFF = ["001", "005", "010", "013"]
DUP = {"008": "003"}

must = [
    ["003-3", "006-1", "about 1,100 North Korean casualties (South Korea's NIS via Lee Seong-kweun, 20 Dec 2024) "
     "against more than 3,000 killed and wounded (Zelensky, 23 Dec 2024), three days apart"],
    ["000-2", "000-3", "more than 1,000 North Koreans killed (Ukraine's SSO) against about 300 killed "
     "(South Korea's NIS), same day, same live blog"],
    ["007-2", "007-3", "as many as 8,000 North Korean troops moved to Kursk (Pentagon) against some 11,000 "
     "in the Kursk area (Ukraine's HUR), same article"],
]

# Troops figures that differ but are defensible either way: the deployment was still growing in
# Oct-Nov 2024, figures are weeks or months apart, Kursk-only against all of Russia, cumulative
# totals against first waves, and "additional"/"reinforcements" forces against the first wave.
early3000 = "002-1"            # NIS ~3,000 so far (24 Oct 2024)
pent10000 = "007-1"            # Pentagon ~10,000 in Russia (1 Nov 2024)
kursk8000 = "007-2"            # Pentagon up to 8,000 in Kursk (1 Nov 2024)
extra3000 = ["011-1", "014-2"]  # additional / reinforcements
total14000 = "012-1"           # ~14,000 in all (Jun 2025)
eleven = ["007-3", "003-4", "006-4", "000-1", "011-2", "014-1", "014-3"]  # ~11,000 / 11,000-12,000

may = []
for b in [pent10000] + eleven + [total14000]:
    may.append([early3000, b, "about 3,000 sent so far (24 Oct 2024) against a later, larger total while the deployment was still under way"])
for a in extra3000:
    for b in [pent10000] + eleven + [total14000]:
        may.append([a, b, "an additional ~3,000 (reinforcements) against the first wave or total"])
for b in eleven + [total14000]:
    may.append([pent10000, b, "about 10,000 (Pentagon, 1 Nov 2024) against about 11,000-14,000, different sources and/or weeks or months apart"])
for b in [x for x in eleven if x != "007-3"] + [total14000]:
    may.append([kursk8000, b, "up to 8,000 in Kursk (1 Nov 2024) against a total for all of Russia weeks or months later"])
for b in eleven:
    may.append([total14000, b, "a cumulative ~14,000 including reinforcements (Jun 2025) against ~11,000 first wave"])
may += [
    ["000-3", "009-2", "NIS killed rises from about 300 (Jan 2025) to about 600 (Apr 2025): a later rise in a cumulative figure"],
    ["000-2", "009-2", "more than 1,000 killed (SSO, Jan 2025) against about 600 (NIS, Apr 2025), months apart"],
    ["000-3", "014-4", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025), cumulative rise"],
    ["009-2", "014-4", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025), cumulative rise"],
    ["003-2", "000-4", "about 1,000 wounded (Dec 2024) against about 2,700 (Jan 2025), same agency, cumulative rise"],
    ["003-3", "009-1", "about 1,100 casualties (Dec 2024) against about 4,700 (Apr 2025), same agency, cumulative rise"],
]

conflicts = {"must": must, "may": may}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
