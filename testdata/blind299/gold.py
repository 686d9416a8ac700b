#!/usr/bin/env python3
"""Gold labels for testdata/blind299 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind299: 15 articles written for crosscheck in our own words about the real story's "
         "known reporting (October 2024 - December 2025). Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul", "Lee Seong-kweun"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Defence Intelligence", "Defense Intelligence Directorate", "HUR", "GUR", "Ukrainian intelligence", "Ukraine"]
NOBODY = ["unattributed"]
TH = (2000, 9999)  # "thousands", "several thousand"

A = {
    "000": [
        ("troops", "north_korea", TH[0], TH[1], "vague", NIS,
         "North Korea has sent thousands of fresh troops to Russia", True),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "Some three thousand more soldiers were shipped to Russia in January and February", False),
        ("troops", "north_korea", 11000, None, "about",
         ["Seoul", "Kyiv", "Washington", "South Korea", "Ukraine", "United States", "intelligence from Seoul, Kyiv and Washington"],
         "North Korea deployed around 11,000 soldiers to Russia last autumn", False),
    ],
    "002": [
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers have been killed in their first combat against Ukrainian forces", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "Another 1,000 or so have been wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS,
         "putting total North Korean casualties at roughly 1,100", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "some 11,000 North Korean soldiers have been sent to Russia since October", False),
    ],
    "003": [
        ("troops", "north_korea", TH[0], TH[1], "vague", NOBODY,
         "North Korea sent thousands of combat troops to Kursk last year", True),
        ("killed", "north_korea", 600, None, "about", NIS,
         "about 600 North Korean soldiers have died in the fighting", False),
    ],
    "005": [
        ("casualties", "north_korea", 4000, None, "about", ZEL,
         "North Korea had lost roughly four thousand men killed and wounded in the Kursk region", False),
        ("killed", "north_korea", 300, None, "about", NIS,
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "some 2,700 wounded fighting for Russia", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "the agency now put North Korea's overall casualties at about 3,000", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "it had captured two North Korean soldiers in the Kursk region", False),
    ],
    "007": [
        ("troops", "north_korea", 10000, None, "more_than", ["Pentagon", "Sabrina Singh", "United States", "U.S."],
         "More than 10,000 North Korean soldiers have moved into Russia's Kursk region", False),
        ("troops", "north_korea", TH[0], TH[1], "vague", ["senior defense official", "Pentagon", "United States", "U.S."],
         "Several thousand of the North Korean troops have been folded into Russian naval infantry and airborne units", True),
        ("troops", "north_korea", 11000, 12000, "range", HUR + ["Kyiv"],
         "puts the number of North Korean soldiers in the region at between 11,000 and 12,000", False),
    ],
    "008": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Chief of the Russian General Staff", "Russia"],
         "the enemy lost more than 76,000 servicemen killed and wounded", False),
    ],
    "010": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "North Korean troops fighting alongside Russian forces in Kursk Oblast have already lost over 3,000 soldiers killed and wounded", False),
        ("troops", "north_korea", 11000, None, "about", HUR,
         "some eleven thousand North Korean soldiers are currently in Kursk Oblast", False),
        ("casualties", "north_korea", 30, None, "at_least", HUR,
         "at least 30 North Korean soldiers had been killed or wounded", False),
    ],
    "011": [
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "North Korea has suffered about 4,700 casualties fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "including some 600 deaths", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "A total of around 15,000 North Korean troops have been sent to Russia since last October", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "including roughly 3,000 who arrived as reinforcements in January and February", False),
    ],
    "012": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Russia's western region of Kursk", False),
        ("killed", "north_korea", 200, 900, "vague", ["Ukrainian officials", "Ukraine"],
         "hundreds of North Korean soldiers have died in the fighting in Kursk", True),
    ],
    "014": [
        ("troops", "north_korea", 12000, None, "up_to", NOBODY,
         "Up to 12,000 troops crossed into Russia in the autumn of 2024", False),
        ("troops", "north_korea", TH[0], TH[1], "vague", ["South Korean intelligence", "South Korea", "NIS"],
         "Several thousand more followed early in 2025", True),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had died fighting for Russia", False),
    ],
}

NOT = {
    "000": ["170mm self-propelled howitzers", "240mm multiple rocket launchers", "about 50 kilometres from the heavily fortified border",
            "around 1.2 million people under arms", "up to $500 billion", "Five dead as storm batters southern France", "August 2024"],
    "002": ["240 mm multiple rocket launchers", "170 mm self-propelled guns", "11th Army Corps", "Dec. 3",
            "1,450 per dollar", "24.3 trillion won", "150 won"],
    "003": ["1,000 deminers and 5,000 military construction workers", "1,000 sappers", "5,000 military builders",
            "5,000-ton-class destroyer"],
    "005": ["110 Shahed-type attack drones", "three Iskander-M ballistic missiles", "64 drones had been shot down",
            "46 more were \"lost\"", "a 64-year-old man", "€3bn package"],
    "007": ["about 190 miles", "more than $60 billion", "Trump team weighs pulling 10,000 troops out of Eastern Europe",
            "218 seats", "in 24 hours", "Jan. 20"],
    "008": ["over 400 tanks", "more than 300 infantry fighting vehicles", "nearly 2,000 units of other equipment",
            "Article 4", "August 6, 2024", "115 Ukrainian drones"],
    "010": ["14-15 December", "Russia loses 1,530 soldiers in one day", "59 drones overnight"],
    "011": ["28 trillion won ($20 billion)", "about 1.5 times its annual trade", "5,000-ton destroyer", "12th public event"],
    "012": ["born in 2005", "about 1,100 km", "Video 0:58"],
    "014": ["1,000 deminers and 5,000 military builders", "$20bn", "23 October", "10,000 reservists", "80th anniversary"],
}

OFF = ["001", "006", "009", "013"]
DUP = {"004": "000"}

conflicts = {
    "must": [
        ["002-3", "010-1", "about 1,100 North Korean casualties (South Korea's NIS via Lee Seong-kweun, 19 Dec 2024) against more than 3,000 killed and wounded (Zelensky, 24 Dec 2024), five days apart"],
        ["005-1", "005-4", "roughly 4,000 North Korean killed and wounded (Zelensky) against about 3,000 casualties (South Korea's NIS) in the same live blog, 13 Jan 2025"],
    ],
    "may": [
        # casualties: cumulative figures rising over weeks and months
        ["002-3", "005-4", "NIS 1,100 (19 Dec) then NIS 3,000 (13 Jan): the same agency's count rising over 25 days"],
        ["002-3", "005-1", "NIS 1,100 (19 Dec) against Zelensky's roughly 4,000 (13 Jan), 25 days later"],
        ["002-3", "011-1", "1,100 (Dec 2024) against 4,700 (Apr 2025), months apart"],
        ["010-1", "005-4", "more than 3,000 (Zelensky, 24 Dec) against about 3,000 (NIS, 13 Jan): a bound that 'about' may or may not meet"],
        ["005-4", "011-1", "NIS 3,000 (Jan) then NIS 4,700 (Apr): the update, months apart"],
        ["005-1", "011-1", "roughly 4,000 (Zelensky, Jan) against about 4,700 (NIS, Apr), months apart"],
        # killed: the same cumulative count rising
        ["005-2", "011-2", "NIS 300 killed (Jan) then 600 (Apr), months apart"],
        ["005-2", "003-2", "NIS 300 killed (Jan) against 600 (Jun), months apart"],
        ["005-2", "014-3", "NIS 300 killed (Jan) against 2,000 (Sep estimate, Dec article), months apart"],
        ["011-2", "014-3", "NIS 600 killed (Apr) then 2,000 (Sep), months apart"],
        ["003-2", "014-3", "NIS 600 killed (Jun) then 2,000 (Sep), months apart"],
        # wounded
        ["002-2", "005-3", "NIS about 1,000 wounded (19 Dec) then about 2,700 (13 Jan)"],
        # troops: the additional 3,000 against earlier totals
        ["000-2", "007-1", "an additional 3,000 (Feb 2025) against more than 10,000 (Nov 2024)"],
        ["000-2", "007-3", "an additional 3,000 against 11,000-12,000"],
        ["000-2", "002-4", "an additional 3,000 against about 11,000"],
        ["000-2", "010-2", "an additional 3,000 against about 11,000"],
        ["000-2", "000-3", "some 3,000 more against around 11,000 sent last autumn, same article: an additional force"],
        ["000-2", "011-3", "an additional 3,000 (Feb) against a total of 15,000 (Apr)"],
        ["000-2", "014-1", "an additional 3,000 against up to 12,000 first sent"],
        ["011-4", "007-1", "3,000 reinforcements (Apr 2025) against more than 10,000 (Nov 2024)"],
        ["011-4", "007-3", "3,000 reinforcements against 11,000-12,000"],
        ["011-4", "002-4", "3,000 reinforcements against about 11,000"],
        ["011-4", "010-2", "3,000 reinforcements against about 11,000"],
        ["011-4", "000-3", "3,000 reinforcements against about 11,000 sent last autumn"],
        ["011-4", "014-1", "3,000 reinforcements against up to 12,000 first sent"],
        # troops: the total of 15,000 (Apr 2025) against earlier 11,000-12,000, reinforcements in between
        ["011-3", "007-3", "15,000 in total (Apr 2025) against 11,000-12,000 (Nov 2024), months apart"],
        ["011-3", "002-4", "15,000 (Apr 2025) against about 11,000 (Dec 2024), months apart"],
        ["011-3", "010-2", "15,000 (Apr 2025) against about 11,000 (Dec 2024), months apart"],
        ["011-3", "000-3", "15,000 in total (Apr) against around 11,000 sent last autumn (Feb)"],
        ["011-3", "014-1", "15,000 in total (Apr 2025) against up to 12,000 sent in autumn 2024 (Dec 2025 article)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
