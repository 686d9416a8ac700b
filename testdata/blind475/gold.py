#!/usr/bin/env python3
"""Gold labels for testdata/blind475 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind475 articles in articles/, written and labelled blind. "
         "See ../corpus/README.md for the meaning of every field and how a system's output is scored.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea", "South Korean intelligence", "spy agency"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Zelenskyy", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 10000, None, "about",
         ["Sabrina Singh", "Pentagon", "Department of Defense", "United States", "US"],
         "roughly 10,000 North Korean soldiers have been sent to eastern Russia to train", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are already in Kursk Oblast", False),
        # part of the whole: officers within the contingent
        ("troops", NK, 500, None, "about",
         ["HUR", "Defence Intelligence", "Ukraine's Defence Intelligence", "Ukrainian intelligence", "Ukraine"],
         "the contingent includes around 500 officers", False),
    ],
    "003": [
        ("casualties", NK, 1100, None, "about", NIS + ["intelligence service", "Lee Seong Kweun"],
         "About 1,100 North Korean soldiers sent to fight for Russia have been killed or wounded", False),
        ("killed", NK, 100, None, "at_least", NIS + ["intelligence service", "Lee Seong Kweun"],
         "at least 100 had died", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
    ],
    "006": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian forces had taken two North Korean soldiers prisoner in the Kursk region", False),
        ("killed", NK, 300, None, "about", NIS + ["Lee Seong-kweun"],
         "Around three hundred North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded", False),
        ("killed", NK, 1000, None, "about",
         ["HUR", "military intelligence directorate", "Ukraine's military intelligence", "Ukrainian intelligence", "Ukraine", "Le Monde"],
         "puts the number of North Koreans killed at close to 1,000", False),
    ],
    "008": [
        ("troops", NK, 3000, None, "about", NIS + ["Seoul"],
         "North Korea has sent roughly 3,000 additional soldiers to Russia", False),
        ("casualties", NK, 3800, None, "about",
         ["Andriy Yusov", "HUR", "Ukraine's military intelligence", "military intelligence directorate", "Kyiv", "Ukraine"],
         "Roughly 3,800 North Korean soldiers have now been killed or wounded in the Kursk region", False),
        ("captured", NK, 2, None, "exact", ["Kyiv", "Ukraine", "unattributed"],
         "the two North Korean soldiers it captured in January", False),
    ],
    "009": [
        ("casualties", NK, 4700, None, "about", NIS + ["Park Sun-won"],
         "North Korea's troop losses in the war between Russia and Ukraine have reached about 4,700", False),
        ("killed", NK, 600, None, "about", NIS + ["Park Sun-won"],
         "including roughly 600 deaths", False),
    ],
    "012": [
        ("troops", NK, 2000, 9999, "vague", ["unattributed"],
         "North Korea has already supplied Russia with thousands of troops", True),
        ("killed", NK, 600, None, "about", NIS,
         "about 600 North Korean soldiers were killed in the fighting", False),
    ],
    "013": [
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian troops have taken two North Korean soldiers prisoner in Russia's Kursk region", False),
        # the daily Russian tally in a live blog: a count of people, but peripheral
        ("casualties", "russia", 1180, None, "exact",
         ["Ukraine's general staff", "General Staff", "Ukraine"],
         "Russia lost 1,180 troops killed or wounded over the past 24 hours", True),
        ("casualties", NK, 200, 999, "vague",
         ["special operations forces", "Ukraine's special operations forces", "Ukraine"],
         "hundreds of North Korean soldiers had been killed or wounded in the past week", True),
    ],
    "014": [
        ("troops", NK, 11000, 12000, "range",
         ["South Korean intelligence", "Western intelligence", "South Korea"],
         "somewhere between eleven and twelve thousand soldiers", False),
        ("troops", NK, 3000, None, "about", ["Seoul", "South Korea"],
         "About 3,000 more followed in January and February 2025", False),
        ("killed", NK, 2000, None, "about", NIS,
         "raised its estimate of North Korean dead to some two thousand", False),
        ("killed", NK, 600, None, "about", NIS,
         "after putting it at around 600 in the spring", False),
        ("captured", NK, 2, None, "exact", ["Ukraine", "unattributed"],
         "The two soldiers captured by Ukraine in January 2025", False),
        ("troops", NK, 2000, 9000, "vague", ["unattributed", "South Korean officials"],
         "several thousand soldiers with experience of a modern drone war", True),
    ],
}

NOT = {
    "000": ["a force of about 10,000 in Russia by December", "as many as 12,000 before winter is over",
            "roughly 300 kilometers", "About $6 billion", "21,000 American jobs in 38 states", "155mm",
            "7 days until Election Day"],
    "001": ["seven training grounds", "82-mm mortars", "roughly 50 kilometres from the Ukrainian border",
            "96 drones overnight: 64 downed, 25 lost", "3 killed in shelling of Sumy Oblast community",
            "Comments: 14"],
    "003": ["240-mm multiple rocket launchers", "170-mm self-propelled guns",
            "11 Russian and North Korean entities", "115 trillion yen", "1st in 2 months"],
    "004": ["52 of the 80 attack drones", "39 Russian attacks"],
    "006": ["aged 26", "aged 20", "11th Corps", "1967", "more than three times the South Korean figure"],
    "008": ["February 25", "Subscribe from $1"],
    "009": ["Article 4", "$40b by 2027", "12 routes", "0.3% higher"],
    "012": ["1,000 mine-clearing troops", "5,000 military construction workers", "600mm rocket launcher",
            "second trip to the North in two weeks"],
    "013": ["born in 2005", "74 drones", "47 were shot down", "26 were \"lost\""],
    "014": ["1,000 sappers", "5,000 military builders", "11th Corps", "4.2 trillion rubles"],
}

OFF = ["002", "005", "007", "011"]
DUP = {"010": "004"}

conflicts = {
    "must": [
        ["003-1", "004-1",
         "about 1,100 killed and wounded (South Korea's NIS, 19-20 Dec 2024) against more than 3,000 (Zelensky, 23 Dec), three days apart"],
        ["006-2", "006-4",
         "about 300 killed (South Korea's NIS) against close to 1,000 killed (Ukraine's HUR), same article, same week"],
    ],
    "may": [
        # casualties: a cumulative toll rising over weeks and months
        ["003-1", "008-2", "1,100 (NIS, Dec 2024) against about 3,800 (HUR, Feb 2025), ten weeks apart"],
        ["003-1", "009-1", "NIS's own cumulative update, 1,100 in Dec 2024 to 4,700 in Apr 2025"],
        ["008-2", "009-1", "3,800 (HUR, Feb) against 4,700 (NIS, Apr), two months apart"],
        # killed: estimates months apart
        ["006-2", "009-2", "300 killed (Jan) against 600 (Apr), NIS update"],
        ["006-2", "012-2", "300 killed (Jan) against 600 restated in June"],
        ["006-2", "014-3", "300 killed (Jan) against about 2,000 (Sept estimate)"],
        ["006-2", "014-4", "300 killed (Jan) against 600 (spring)"],
        ["006-4", "009-2", "close to 1,000 (HUR, Jan) against 600 (NIS, Apr)"],
        ["006-4", "012-2", "close to 1,000 (HUR, Jan) against 600 restated in June"],
        ["006-4", "014-3", "close to 1,000 (HUR, Jan) against about 2,000 (NIS, Sept)"],
        ["006-4", "014-4", "close to 1,000 (HUR, Jan) against 600 (NIS, spring)"],
        ["009-2", "014-3", "600 (Apr) against 2,000 (Sept), NIS update"],
        ["012-2", "014-3", "600 (June) against 2,000 (Sept), NIS update"],
        ["014-4", "014-3", "the article's own earlier and later NIS estimates"],
        # troops: a week apart, whole against Kursk, and additional forces
        ["000-1", "001-1", "about 10,000 in eastern Russia (Pentagon, 28 Oct) against 11,000 in Kursk (Zelensky, 4 Nov)"],
        ["000-1", "014-1", "about 10,000 (Oct 2024) against 11,000-12,000 first contingent, restated a year later"],
        ["000-1", "008-1", "an additional 3,000 against the first 10,000"],
        ["000-1", "014-2", "an additional 3,000 against the first 10,000"],
        ["001-1", "008-1", "an additional 3,000 against the first 11,000"],
        ["001-1", "014-2", "an additional 3,000 against the first 11,000"],
        ["014-1", "008-1", "an additional 3,000 against the first 11,000-12,000"],
        ["014-1", "014-2", "an additional 3,000 against the first 11,000-12,000, same article"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
