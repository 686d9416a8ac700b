#!/usr/bin/env python3
"""Gold labels for blind359 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Lee Seong-kweun"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea", "military"]

A = {
    "000": [
        ("troops", "north_korea", 1500, None, "about", NIS,
         "some 1,500 special operations forces already moved to the Russian Far East", False),
    ],
    "002": [
        ("troops", "north_korea", 8000, None, "about", ["Blinken", "State Department", "United States", "US", "Washington"],
         "about 8,000 North Korean soldiers have been moved to Russia's Kursk region", False),
        ("troops", "north_korea", 10000, None, "about", ["Singh", "Pentagon", "United States", "US"],
         "put the total number of North Korean troops sent to Russia at around 10,000", False),
        ("troops", "north_korea", 200, 900, "vague", ["US official", "CNN"],
         "several hundred of the North Korean soldiers in Kursk were believed to be drawn from the North's special operations units", True),
    ],
    "003": [
        ("troops", "north_korea", 11000, None, "about", ["Budanov", "Defense Intelligence", "HUR", "Ukraine"],
         "Around eleven thousand North Korean soldiers are now in Russia's Kursk region", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Zelensky", "Syrskyi", "Ukraine"],
         "North Korean losses in the Kursk region had passed 3,000 killed and wounded", False),
        ("killed", "north_korea", 50, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "its units had killed 50 North Korean soldiers", False),
        ("wounded", "north_korea", 47, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 47 during three days of fighting in Kursk Oblast", False),
        ("troops", "north_korea", 12000, None, "up_to", ["military intelligence", "Ukraine"],
         "up to 12,000 North Korean troops were sent to Russia this autumn", False),
        ("troops", "north_korea", 200, 900, "vague", ["Ukrainian units", "drone footage", "unattributed"],
         "hundreds of North Korean infantrymen advancing on foot across open, snow-covered fields", True),
    ],
    "005": [
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "have suffered an estimated 1,100 casualties, including both killed and wounded", False),
        ("killed", "north_korea", 100, None, "at_least", NIS,
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS,
         "about 1,000 wounded", False),
        ("troops", "north_korea", 11000, None, "about", JCS,
         "the roughly 11,000 North Korean soldiers believed to have been sent to Russia", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS,
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS,
         "2,700 others wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "put total North Korean casualties at some 3,000", False),
        ("killed", "north_korea", 1000, None, "more_than", ["military intelligence", "Ukraine"],
         "more than 1,000 North Korean soldiers had been killed since they entered combat in Kursk", False),
        ("troops", "north_korea", 11000, None, "about", ["South Korea", "U.S.", "Ukrainian", "assessments"],
         "North Korea sent about 11,000 troops to Russia last fall", False),
        ("captured", "north_korea", 2, None, "exact", ["Zelensky", "NIS", "Ukraine"],
         "Ukraine had captured two North Korean soldiers", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "dispatched some three thousand additional soldiers to Russia in January and February", False),
        ("troops", "north_korea", 14000, None, "about", JCS,
         "the total number of North Korean soldiers sent to Russia is thought to have reached around 14,000", False),
        ("casualties", "north_korea", 4000, None, "about", JCS,
         "about 4,000 North Korean troops had been killed or wounded", False),
    ],
    "010": [
        ("troops", "north_korea", 11000, 12000, "range", ["Ukrainian", "Western officials", "Ukraine"],
         "put their number at between 11,000 and 12,000", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "about 15,000 North Korean troops have been sent in total", False),
        ("troops", "north_korea", 2000, 9999, "vague", NIS,
         "several thousand reinforcements who arrived early this year", True),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "About 4,700 North Korean soldiers have been killed or injured", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "among them roughly 600 dead", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "the roughly 3,000 casualties the agency counted in January", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
         "Ukraine has held two North Korean soldiers since January, when they were captured in the Kursk region", False),
    ],
    "012": [],
    "014": [
        ("killed", "north_korea", 101, None, "exact", ["state television", "KCNA", "North Korea"],
         "portraits of 101 fallen soldiers", True),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "roughly 2,000 North Korean soldiers had been killed in Russia", False),
        ("casualties", "north_korea", 6000, None, "more_than", ["Ministry of Defence", "Britain", "UK"],
         "the North had suffered more than 6,000 casualties in Kursk", False),
        ("troops", "north_korea", 14000, None, "at_least", ["unattributed"],
         "at least 14,000 North Korean soldiers have fought in Russia since the autumn of 2024", False),
        ("troops", "north_korea", 10000, None, "about", ["Seoul", "South Korea"],
         "roughly 10,000 North Korean troops remain stationed in Russia's border areas", False),
    ],
}

NOT = {
    "000": ["a total of 12,000 troops organised in four brigades", "more than 13,000 containers",
            "three escort vessels", "9.1 tln won", "1,368.7 per dollar", "Oct. 8 and 13"],
    "002": ["at least 6 dead in eastern Cuba", "death toll climbs above 150", "more than $60 billion",
            "the 1950-53 Korean War", "2:41", "above 6.5%"],
    "003": ["between 12,000 and 15,000 troops in the coming months", "about $2,000 a month for each soldier",
            "1,770 troops over past day"],
    "004": ["78 drones", "downed 50 drones", "26 decoy drones", "eight oblasts", "our 15,000 members",
            "4.1 billion euros", "rate at 21%"],
    "005": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "2 munitions factories", "cut by 8 percent", "Comments (3)"],
    "007": ["born in 2005", "a 26-year-old rifleman", "at least 24 people", "$500 million"],
    "008": ["about 220 units of 170-millimeter self-propelled guns", "March 22", "100,000-yen", "37,053"],
    "010": ["19 June 2024", "26 April 2025", "00:02:13"],
    "012": ["1,000 sappers", "5,000 military construction workers", "1,000 deminers", "5,000 military builders",
            "about 30% of the territory", "over 200 residential buildings"],
    "014": ["another 6,000 people", "1,000 sappers", "5,000 military builders", "5 euros a month"],
}

OFF = ["001", "006", "009", "013"]
DUP = {"011": "007"}


def pairs(why, a_list, b_list):
    return [[a, b, why] for a in a_list for b in b_list]


may = []
# troops: the first contingent, a deployment still growing, reinforcements and totals counted months apart
may += pairs("1,500 as the first stage (Oct 18) against later, larger counts as the deployment grew",
             ["000-1"], ["002-1", "002-2", "003-1", "005-4", "007-5", "008-1", "008-2", "010-1", "010-2", "014-4", "014-5"])
may += pairs("8,000 in Kursk (Oct 31) against later counts, weeks or months apart",
             ["002-1"], ["003-1", "005-4", "007-5", "008-1", "008-2", "010-1", "010-2", "014-4", "014-5"])
may += pairs("around 10,000 in Russia (late Oct) against later counts, weeks or months apart",
             ["002-2"], ["003-1", "005-4", "007-5", "008-1", "008-2", "010-1", "010-2", "014-5"])
may += pairs("about 11,000 (Nov 2024 - Jan 2025) against reinforcements, later totals or those who remain, months apart",
             ["003-1", "005-4", "007-5"], ["008-1", "008-2", "010-2", "014-4", "014-5"])
may += pairs("up to 12,000 sent in autumn 2024 against totals including 2025 reinforcements",
             ["004-4"], ["008-2", "010-2", "014-5"])
may += pairs("an additional 3,000 against the whole force counted elsewhere",
             ["008-1"], ["010-1", "010-2", "014-4", "014-5"])
may += pairs("around 14,000 (Mar 2025) against other totals months apart",
             ["008-2"], ["010-1", "010-2", "014-4"])
may += pairs("the autumn 2024 first contingent against a later total or those who remain",
             ["010-1"], ["014-4", "014-5"])
may += pairs("15,000 sent in total (Apr 2025) against 10,000 remaining (Oct 2025)", ["010-2"], ["014-4"])
# casualties: a cumulative figure rising over weeks and months
may += pairs("more than 3,000 against about 3,000: the bound is about met", ["004-1"], ["007-3", "010-6"])
may += pairs("cumulative casualties rising over weeks and months",
             ["005-1"], ["007-3", "008-3", "010-4", "010-6", "014-3"])
may += pairs("cumulative casualties rising over weeks and months", ["007-3", "010-6"], ["008-3", "010-4", "014-3"])
may += pairs("cumulative casualties rising over weeks and months", ["008-3"], ["010-4", "014-3"])
may += pairs("cumulative casualties rising over weeks and months", ["010-4"], ["014-3"])
# killed and wounded
may += pairs("cumulative dead rising over months", ["007-1"], ["010-5", "014-2"])
may += pairs("more than 1,000 dead (Ukraine, Jan) against about 600 (NIS, Apr), months apart", ["007-4"], ["010-5"])
may += pairs("cumulative dead rising over months", ["010-5"], ["014-2"])
may += pairs("101 portraits at one ceremony are not a toll", ["014-1"], ["004-2", "007-1", "007-4", "010-5", "014-2"])
may += pairs("cumulative wounded rising over weeks", ["005-3"], ["007-2"])
seen = set()
may = [p for p in may if p[0] != p[1] and (min(p[0], p[1]), max(p[0], p[1])) not in seen
       and not seen.add((min(p[0], p[1]), max(p[0], p[1])))]

conflicts = {
    "must": [
        ["004-1", "005-1", "more than 3,000 North Korean casualties (Zelensky, Dec 23) against an estimated 1,100 (South Korea's JCS, Dec 27), four days apart"],
        ["007-1", "007-4", "about 300 North Korean dead (South Korea's NIS) against more than 1,000 (Ukraine's military intelligence), in the same article and the same week"],
    ],
    "may": may,
}

about = ("Gold labels for testdata/blind359, fifteen articles written and labelled blind. "
         "See testdata/corpus/README.md for the meaning of every field and how output is scored.")

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
