#!/usr/bin/env python3
"""Gold labels for testdata/blind288 (written and labelled blind). python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind288: fifteen articles written in our own words about the real story's "
         "known reporting, labelled blind. See testdata/corpus/README.md for the meaning of every field.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "South Korea", "Seoul"]
LEE = NIS + ["Lee Seong-kweun"]
PARK = NIS + ["Park Sun-won"]
ZEL = ["Zelensky", "Zelenskyy", "Ukraine"]
HUR = ["Budanov", "HUR", "military intelligence", "Ukraine"]
UNATTR = ["unattributed"]

A = {
    "000": [
        ("troops", NK, 2000, 9999, "vague", NIS, "several thousand North Korean soldiers are already on Russian soil", True),
        ("troops", NK, 3000, None, "about", PARK, "some three thousand troops had crossed into Russia in two batches", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ZEL, "There are eleven thousand North Korean soldiers in the Kursk region now", False),
        ("troops", RU, 50000, None, "about", ZEL, "Russia has concentrated around 50,000 of its own troops for a counteroffensive in the region", False),
        ("troops", NK, 11000, 12000, "range", HUR, "put the contingent at between 11,000 and 12,000 personnel", False),
        ("troops", NK, 500, None, "about", HUR, "about 500 of them officers", False),
        ("troops", NK, 10000, None, "more_than", ["Sabrina Singh", "Pentagon", "United States", "U.S.", "Washington"],
         "upwards of 10,000 North Korean soldiers had been sent to eastern Russia for training", False),
    ],
    "002": [
        ("casualties", NK, 200, 900, "vague", ["Ryder", "Pentagon", "Department of Defense", "United States", "U.S."],
         "they have suffered several hundred casualties", True),
        ("troops", NK, 11000, None, "about", ["Ryder", "Pentagon", "Department of Defense", "United States", "U.S."],
         "approximately 11,000 North Korean troops are in the Kursk region", False),
        ("casualties", NK, 30, None, "at_least", ["Ukraine"],
         "North Korean units lost at least 30 people in assaults near three villages over the weekend", True),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", LEE, "at least 100 killed in action in the Kursk region", False),
        ("wounded", NK, 1000, None, "about", LEE, "also counted about 1,000 wounded", False),
        ("casualties", NK, 1100, None, "about", LEE, "the agency puts North Korean casualties at roughly 1,100 so far", False),
        ("troops", NK, 11000, None, "about", NIS, "about 11,000 North Korean soldiers were sent to Russia in October and November", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ZEL,
         "more than 3,000 North Korean soldiers have already been killed or wounded in Kursk Oblast", False),
    ],
    "005": [
        ("killed", NK, 300, None, "about", NIS, "About 300 North Korean soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS, "and 2,700 wounded while fighting for Russia against Ukraine", False),
        ("casualties", NK, 3000, None, "about", NIS, "put the total number of North Korean casualties at around 3,000", False),
        ("captured", NK, 2, None, "exact", LEE + ["Zelensky"],
         "two North Korean soldiers were captured alive by Ukrainian forces in the Kursk region", False),
        ("killed", NK, 1000, None, "more_than", ["Andriy Yusov", "Yusov", "military intelligence", "Ukraine"],
         "more than 1,000 North Korean soldiers had been killed since their units entered combat in the Kursk region", False),
        ("troops", NK, 11000, None, "about", UNATTR, "North Korea is believed to have sent about 11,000 troops to Russia last fall", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", NIS,
         "North Korea appears to have sent around 3,000 additional troops to Russia in January and February", False),
    ],
    "007": [
        ("casualties", UA, 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen", False),
    ],
    "008": [
        ("casualties", NK, 4700, None, "about", NIS, "have suffered about 4,700 casualties", False),
        ("killed", NK, 600, None, "about", NIS, "including roughly 600 deaths", False),
        ("troops", NK, 15000, None, "about", LEE, "the North had dispatched about 15,000 troops to Russia in total", False),
    ],
    "009": [
        ("troops", NK, 15000, None, "about", UNATTR, "Around 15,000 North Korean soldiers have served in Russia since last autumn", False),
        ("casualties", NK, 2000, 9999, "vague", UNATTR, "thousands of them have been killed or wounded", True),
    ],
    "010": [
        ("killed", NK, 2000, None, "about", NIS, "around 2,000 North Korean soldiers have been killed fighting for Russia", False),
        ("troops", NK, 11000, None, "about", NIS, "about 11,000 North Korean soldiers remain stationed in the Kursk border area", False),
        ("captured", NK, 2, None, "exact", UNATTR, "The two soldiers captured by Ukraine in January", False),
    ],
}

NOT = {
    "000": ["expects the deployment to reach about 10,000 by December", "the 11th Army Corps",
            "about 100 basic Russian military terms", "around US$2,000 a month", "slides to 19%",
            "4 in 10 young South Koreans", "record $13.6 billion", "The last 3 survivors"],
    "001": ["a 122mm howitzer", "60mm mortars", "more than 6,000 miles", "Russia Loses 1,500 Troops in a Day",
            "600 Square Miles", "212 comments"],
    "002": ["the $500 million security assistance package", "155mm artillery rounds", "Is it still about 900?",
            "near three villages", "the $988 Million Ukraine Security Assistance Package"],
    "003": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "after 3,000 North Koreans cross into Russia", "1,450 per dollar", "$21 billion", "180-day clock"],
    "004": ["Russian losses exceed 780,000 since start of full-scale war", "1.1 billion euros", "52 of 72 drones",
            "on 14 December"],
    "005": ["born in 2005 and the other in 1999", "on Jan. 9", "ends down 1.05% at 39,190", "1st launch in 2 months"],
    "006": ["more than 20,000 containers of munitions", "rise 1.4 pct", "2.75 pct", "2 US concerts"],
    "007": ["Article 4 of the Treaty", "June 19, 2024", "over 400 tanks", "280 infantry fighting vehicles",
            "more than 1,500 armored combat vehicles", "Ukraine loses about 1,230 troops",
            "liberate 3 communities", "from 18:00 Moscow time"],
    "008": ["KOSPI 2,556.61", "28 trillion won ($20 billion)", "shrinks 0.2%", "25 million USIM cards", "Comments 14"],
    "009": ["1,000 deminers and 5,000 military builders", "our 812 partners", "$45 per barrel",
            "440 drones and 32 missiles", "2 billion Canadian dollars", "41 Russian aircraft"],
    "010": ["1,000 sappers and 5,000 military construction workers", "more than three times the figure",
            "Unemployment tops 3 million", "more than 800 drones"],
}

OFF = ["011", "012", "013"]
DUP = {"014": "005"}

conflicts = {
    "must": [
        ["003-3", "004-1", "about 1,100 North Korean casualties (NIS, relayed by Lee Seong-kweun, Dec 19-20) against more than 3,000 killed or wounded (Zelensky, Dec 23), three days apart"],
        ["005-1", "005-5", "about 300 North Koreans killed (NIS) against more than 1,000 killed (Ukraine's military intelligence, Yusov), in the same article"],
    ],
    "may": [
        # troops: a deployment still arriving, additional forces, totals months apart, vague amounts
        ["000-2", "001-1", "3,000 already in Russia (Oct 24) against 11,000 in Kursk two weeks later; the deployment was still arriving"],
        ["000-2", "001-3", "3,000 (Oct 24) against 11,000-12,000 two weeks later; still arriving"],
        ["000-2", "001-5", "3,000 (Oct 24) against upwards of 10,000 two weeks later; still arriving"],
        ["000-2", "002-2", "3,000 (Oct) against about 11,000 (mid-December), months of arrivals apart"],
        ["000-2", "003-4", "3,000 (Oct) against about 11,000 sent in October and November (Dec)"],
        ["000-2", "005-6", "3,000 (Oct) against about 11,000 sent last fall (Jan)"],
        ["000-2", "008-3", "3,000 (Oct 2024) against 15,000 in total (Apr 2025), months apart"],
        ["000-2", "009-1", "3,000 (Oct 2024) against 15,000 served (Jun 2025), months apart"],
        ["000-2", "010-2", "3,000 (Oct 2024) against 11,000 remaining (Sep 2025), months apart"],
        ["000-1", "001-1", "several thousand (vague, Oct 24) against 11,000 two weeks later"],
        ["000-1", "001-3", "several thousand (vague) against 11,000-12,000"],
        ["000-1", "001-5", "several thousand (vague) against upwards of 10,000"],
        ["000-1", "002-2", "several thousand (vague, Oct) against about 11,000 (Dec)"],
        ["000-1", "003-4", "several thousand (vague, Oct) against about 11,000 (Dec)"],
        ["000-1", "005-6", "several thousand (vague, Oct) against about 11,000 (Jan)"],
        ["000-1", "008-3", "several thousand (vague, Oct 2024) against 15,000 (Apr 2025)"],
        ["000-1", "009-1", "several thousand (vague, Oct 2024) against 15,000 (Jun 2025)"],
        ["000-1", "010-2", "several thousand (vague, Oct 2024) against 11,000 (Sep 2025)"],
        ["001-5", "006-1", "upwards of 10,000 (Nov) against an additional 3,000 (Feb)"],
        ["001-1", "006-1", "11,000 (Nov) against an additional 3,000 (Feb)"],
        ["001-3", "006-1", "11,000-12,000 (Nov) against an additional 3,000 (Feb)"],
        ["002-2", "006-1", "about 11,000 (Dec) against an additional 3,000 (Feb)"],
        ["003-4", "006-1", "about 11,000 (Dec) against an additional 3,000 (Feb)"],
        ["005-6", "006-1", "about 11,000 (Jan) against an additional 3,000 (Feb)"],
        ["006-1", "008-3", "an additional 3,000 (Feb) against 15,000 in total including them (Apr)"],
        ["006-1", "009-1", "an additional 3,000 (Feb) against 15,000 served in all (Jun)"],
        ["006-1", "010-2", "an additional 3,000 (Feb) against 11,000 remaining (Sep)"],
        ["001-1", "008-3", "11,000 (Nov 2024) against 15,000 in total with reinforcements (Apr 2025)"],
        ["001-3", "008-3", "11,000-12,000 (Nov 2024) against 15,000 in total (Apr 2025)"],
        ["002-2", "008-3", "about 11,000 (Dec 2024) against 15,000 in total (Apr 2025)"],
        ["003-4", "008-3", "about 11,000 sent in Oct-Nov against 15,000 in total (Apr 2025)"],
        ["005-6", "008-3", "about 11,000 sent last fall against 15,000 in total (Apr 2025)"],
        ["001-1", "009-1", "11,000 (Nov 2024) against 15,000 served (Jun 2025)"],
        ["001-3", "009-1", "11,000-12,000 (Nov 2024) against 15,000 served (Jun 2025)"],
        ["002-2", "009-1", "about 11,000 (Dec 2024) against 15,000 served (Jun 2025)"],
        ["003-4", "009-1", "about 11,000 (Dec 2024) against 15,000 served (Jun 2025)"],
        ["005-6", "009-1", "about 11,000 (Jan 2025) against 15,000 served (Jun 2025)"],
        ["008-3", "010-2", "15,000 sent in total (Apr) against 11,000 still stationed (Sep)"],
        ["009-1", "010-2", "15,000 served in all (Jun) against 11,000 still stationed (Sep)"],
        # casualties: vague amounts and a cumulative count rising over weeks and months
        ["002-1", "003-3", "several hundred (vague, Pentagon, Dec 16) against about 1,100 (NIS, Dec 20)"],
        ["002-1", "004-1", "several hundred (vague, Dec 16) against more than 3,000 (Dec 23)"],
        ["002-1", "005-3", "several hundred (vague, Dec) against about 3,000 (Jan)"],
        ["002-1", "008-1", "several hundred (vague, Dec) against about 4,700 (Apr)"],
        ["002-1", "009-2", "several hundred against thousands, both vague, six months apart"],
        ["003-3", "005-3", "NIS update: 1,100 (Dec 20) rising to about 3,000 (Jan 13), a cumulative count weeks later"],
        ["003-3", "008-1", "NIS update: 1,100 (Dec) rising to 4,700 (Apr), months apart"],
        ["003-3", "009-2", "1,100 (Dec) against thousands (vague, Jun), months apart"],
        ["004-1", "005-3", "more than 3,000 (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13): at the bound, three weeks apart"],
        ["005-3", "008-1", "NIS update: about 3,000 (Jan) rising to 4,700 (Apr), months apart"],
        # killed and wounded: later rises in cumulative counts
        ["005-1", "008-2", "NIS update: about 300 killed (Jan) rising to 600 (Apr)"],
        ["005-1", "010-1", "NIS update: about 300 killed (Jan) rising to 2,000 (Sep)"],
        ["008-2", "010-1", "NIS update: about 600 killed (Apr) rising to 2,000 (Sep)"],
        ["005-5", "008-2", "more than 1,000 killed (Ukraine, Jan) against about 600 (NIS, Apr), months apart"],
        ["003-2", "005-2", "NIS update: about 1,000 wounded (Dec) rising to 2,700 (Jan)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
