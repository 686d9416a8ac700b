#!/usr/bin/env python3
"""Gold labels for testdata/blind619 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind619 articles in articles/, written and labelled blind. "
         "See ../corpus/README.md for the meaning of every field and how a system's output is scored.")

NIS = ["National Intelligence Service", "NIS", "spy agency", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]
HUR = ["Defence Intelligence of Ukraine", "HUR", "military intelligence", "Ukrainian intelligence", "Ukraine"]

A = {
    # Ukrinform, 2024-11-05
    "000": [
        ("troops", "north_korea", 11000, None, "exact", ["Zelensky", "Zelenskyy", "Ukraine"],
         "Eleven thousand soldiers from North Korea are already in Russia's Kursk region", False),
        ("troops", "north_korea", 7000, None, "more_than", HUR,
         "the number of DPRK servicemen moved to areas near the Ukrainian border had exceeded 7,000", False),
    ],
    # Hankyoreh, 2025-04-30
    "002": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Park Sun-won"],
         "an estimated 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["Park Sun-won"],
         "some 600 of them fatal", False),
        ("casualties", "north_korea", 3000, None, "about", NIS,
         "when it put them at roughly 3,000", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "about 15,000 North Korean soldiers have been sent to Russia", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "some 3,000 reinforcements dispatched in January and February", False),
    ],
    # Associated Press, 2024-10-31
    "003": [
        ("troops", "north_korea", 8000, None, "up_to", ["Blinken", "Secretary of State", "State Department", "United States", "U.S.", "US"],
         "As many as 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", "north_korea", 10000, None, "about", ["Pentagon", "Austin", "Defense Secretary", "United States", "U.S.", "US"],
         "about 10,000 North Korean soldiers have been sent to eastern Russia for training since early October", False),
    ],
    # TASS, 2025-04-26
    "005": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Gerasimov", "General Staff", "Russia"],
         "the enemy's losses during the fighting in the Kursk area exceeded 76,000 servicemen", False),
        ("captured", "ukraine", 200, 999, "vague", ["Gerasimov", "General Staff", "Russia"],
         "Hundreds of Ukrainian servicemen laid down their arms and were taken prisoner", True),
    ],
    # Yonhap, 2024-10-18
    "007": [
        ("troops", "north_korea", 1500, None, "exact", NIS,
         "an advance group of 1,500 special forces soldiers already shipped to the Russian Far East", False),
        ("troops", "north_korea", 12000, None, "about", NIS,
         "a force it put at around 12,000 troops", False),
    ],
    # The Korea Herald, 2025-01-13
    "008": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "About 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "some 2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS + ["Lee Seong-kweun"],
         "bringing the North's combined casualties to roughly 3,000", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "North Korea sent roughly 11,000 troops to Russia last fall", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Zelensky", "Ukraine"],
         "Ukrainian forces captured two North Korean soldiers in Kursk", False),
    ],
    # CNN live blog, 2024-12-23
    "009": [
        ("casualties", "north_korea", 3000, None, "more_than", ["Zelensky", "Zelenskyy", "Syrskyi", "Ukraine"],
         "have suffered more than 3,000 killed and wounded", False),
        ("casualties", "north_korea", 1100, None, "about", JCS,
         "North Korea's losses since it joined the fighting stand at around 1,100", False),
        ("casualties", "north_korea", 200, 900, "vague", ["Pentagon", "United States", "U.S.", "US"],
         "North Korean units had taken several hundred casualties", True),
    ],
    # The Guardian, 2025-04-28
    "011": [
        ("troops", "north_korea", 11000, None, "about", ["South Korean and western intelligence", "western intelligence", "South Korea", "intelligence assessments"],
         "Roughly 11,000 North Korean troops were sent to Russia last autumn", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["South Korean and western intelligence", "western intelligence", "South Korea", "unattributed"],
         "thousands more believed to have arrived early this year as reinforcements", True),
        ("killed", "north_korea", 1000, None, "at_least", ["Western officials", "western officials", "Western intelligence"],
         "at least a thousand of them were killed in the first three months of fighting alone", False),
        ("casualties", "north_korea", 4000, None, "more_than", ["Kyiv", "Ukraine"],
         "North Korean casualties are well over 4,000", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "Two North Korean soldiers captured by Ukrainian forces in January", False),
    ],
    # Kyodo News, 2025-02-27
    "012": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea has sent roughly 3,000 more soldiers to Russia since January", False),
        ("troops", "north_korea", 1000, None, "at_least", HUR + ["Kyiv"],
         "At least 1,000 fresh North Korean soldiers have appeared on the Kursk front since early February", False),
        ("troops", "north_korea", 11000, None, "about", ["South Korean and Ukrainian officials", "South Korea", "Ukraine"],
         "The first contingent, estimated at around 11,000", False),
        ("casualties", "north_korea", 200, 999, "vague", ["special operations forces", "Ukraine"],
         "The North has lost hundreds more soldiers since returning to combat", True),
    ],
    # France 24 (AFP) explainer, 2025-10-24
    "014": [
        ("troops", "north_korea", 11000, 12000, "range", ["Seoul and Kyiv", "Seoul", "Kyiv", "South Korea", "Ukraine"],
         "between 11,000 and 12,000 troops had been sent", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "about 3,000 reinforcements followed in early 2025", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers had died in the fighting", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "up from some 600 it reported in April", False),
        ("killed", "north_korea", 20, 99, "vague", ["unattributed", "state television", "North Korea"],
         "the portraits of dozens of fallen soldiers", True),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine"],
         "Ukraine holds two North Korean soldiers captured in Kursk in January 2025", False),
    ],
}

NOT = {
    "000": ["almost 900 guided aerial bombs", "more than 500 attack drones", "810th Separate Guards Marine Brigade",
            "60-mm mortars", "1,210 soldiers, 12 tanks over past day", "👁 2,141"],
    "002": ["has grown by more than half since January", "KN-23 and KN-24 short-range ballistic missiles", "Hanwha wins $1.3 billion order for K9 howitzers",
            "rises for first time in nine years"],
    "003": ["$425 million military aid package", "155 mm artillery rounds", "\"2+2\" talks",
            "came five days before the U.S. presidential election", "death toll rises to 158"],
    "005": ["over 7,700 pieces of weapons and military hardware", "more than 400 tanks", "August 6, 2024",
            "around 1,300 square kilometers", "about 5,000 residents before the incursion",
            "Russian air defenses down 115 Ukrainian drones overnight", "liberate two villages"],
    "007": ["four brigades in total", "between Oct. 8 and 13", "Four amphibious ships and three escort vessels",
            "S. Korea's exports up 7.5 pct in September", "KOSPI 2,593.91", "USD/KRW 1,368.50"],
    "008": ["born in 2005", "The other, 26", "taken on Jan. 9", "Jeju Air crash: all 179 victims identified",
            "Won slips past 1,470 per dollar", "in less than three months of combat"],
    "009": ["240-millimeter multiple rocket launchers", "170-millimeter self-propelled guns",
            "downed 52 of the 79 drones", "See all updates (9)"],
    "011": ["Pope Francis funeral: 250,000 mourners gather in Rome", "Support us from just £2",
            "in the first three months of fighting"],
    "012": ["about 220 artillery pieces", "170-mm self-propelled guns", "240-mm multiple rocket launchers",
            "Japan, U.S., S. Korea hold 3-way air drills"],
    "014": ["1,000 sappers to clear mines in the Kursk region", "5,000 military builders to restore infrastructure",
            "the ruling party's 80th anniversary parade on October 10", "3 min Reading time"],
}

OFF = ["001", "006", "010", "013"]

DUP = {"004": "008"}

conflicts = {
    "must": [
        ["009-1", "009-2", "more than 3,000 killed and wounded (Zelensky) against around 1,100 (South Korea's JCS), the same day in one live blog"],
        ["003-1", "000-1", "as many as 8,000 North Korean soldiers in the Kursk region (Blinken, Oct 31) against eleven thousand in the Kursk region (Zelensky, Nov 4-5), five days apart"],
        ["011-3", "002-2", "at least a thousand North Koreans killed (Western officials, Apr 28) against some 600 dead (NIS, Apr 30), two days apart"],
    ],
    "may": [
        ["000-1", "002-4", "eleven thousand in Kursk (Zelensky, Nov 4) against about 15,000 sent in all (NIS, Apr 30): months apart; the count grew or was revised over time"],
        ["000-1", "002-5", "eleven thousand in Kursk (Zelensky, Nov 4) against some 3,000 reinforcements (NIS, Apr 30): an additional force (reinforcements) against an earlier or total contingent"],
        ["000-1", "003-2", "eleven thousand in Kursk (Zelensky, Nov 4) against about 10,000 sent to eastern Russia (Pentagon, Oct 31): five days apart, close estimates of different scopes (Kursk against all of Russia)"],
        ["000-1", "007-2", "eleven thousand in Kursk (Zelensky, Nov 4) against around 12,000 (NIS, Oct 18): part of the whole, close values, two and a half weeks apart"],
        ["000-1", "011-2", "eleven thousand in Kursk (Zelensky, Nov 4) against thousands more as reinforcements (Apr 28): an additional force (reinforcements) against an earlier or total contingent"],
        ["000-1", "012-1", "eleven thousand in Kursk (Zelensky, Nov 4) against roughly 3,000 more soldiers (JCS, Feb 27): an additional force (reinforcements) against an earlier or total contingent"],
        ["000-1", "014-2", "eleven thousand in Kursk (Zelensky, Nov 4) against about 3,000 reinforcements (Oct 2025 explainer): an additional force (reinforcements) against an earlier or total contingent"],
        ["000-2", "002-5", "more than 7,000 near the border (HUR, Nov 2) against some 3,000 reinforcements (NIS, Apr 30): an additional force (reinforcements) against an earlier or total contingent"],
        ["000-2", "012-1", "more than 7,000 near the border (HUR, Nov 2) against roughly 3,000 more soldiers (JCS, Feb 27): an additional force (reinforcements) against an earlier or total contingent"],
        ["000-2", "014-2", "more than 7,000 near the border (HUR, Nov 2) against about 3,000 reinforcements (Oct 2025 explainer): an additional force (reinforcements) against an earlier or total contingent"],
        ["002-1", "008-3", "about 4,700 casualties (NIS, Apr 30) against roughly 3,000 casualties (NIS, Jan 13): months apart; the count grew or was revised over time"],
        ["002-1", "009-2", "about 4,700 casualties (NIS, Apr 30) against around 1,100 casualties (JCS, Dec 23): months apart; the count grew or was revised over time"],
        ["002-1", "009-3", "about 4,700 casualties (NIS, Apr 30) against several hundred casualties (Pentagon, mid-December): a vague estimate against a specific one, months apart"],
        ["002-1", "012-4", "about 4,700 casualties (NIS, Apr 30) against hundreds more lost since returning to combat (Feb 27): a vague estimate against a specific one, months apart"],
        ["002-2", "008-1", "some 600 dead (NIS, Apr 30) against about 300 killed (NIS, Jan 13): months apart; the count grew or was revised over time"],
        ["002-2", "014-3", "some 600 dead (NIS, Apr 30) against around 2,000 killed (NIS, September): months apart; the count grew or was revised over time"],
        ["002-3", "009-1", "roughly 3,000 casualties (NIS's January figure, restated Apr 30) against more than 3,000 casualties (Zelensky, Dec 23): an earlier period's figure restated later; different periods"],
        ["002-3", "009-2", "roughly 3,000 casualties (NIS's January figure, restated Apr 30) against around 1,100 casualties (JCS, Dec 23): an earlier period's figure restated later; different periods"],
        ["002-3", "009-3", "roughly 3,000 casualties (NIS's January figure, restated Apr 30) against several hundred casualties (Pentagon, mid-December): a vague estimate against a specific one, months apart"],
        ["002-3", "011-4", "roughly 3,000 casualties (NIS's January figure, restated Apr 30) against well over 4,000 casualties (Kyiv, Apr 28): an earlier period's figure restated later; different periods"],
        ["002-3", "012-4", "roughly 3,000 casualties (NIS's January figure, restated Apr 30) against hundreds more lost since returning to combat (Feb 27): a vague estimate against a specific one, months apart"],
        ["002-4", "003-1", "about 15,000 sent in all (NIS, Apr 30) against up to 8,000 in Kursk (Blinken, Oct 31): Kursk alone against the whole deployment, months apart"],
        ["002-4", "003-2", "about 15,000 sent in all (NIS, Apr 30) against about 10,000 sent to eastern Russia (Pentagon, Oct 31): months apart; the count grew or was revised over time"],
        ["002-4", "007-2", "about 15,000 sent in all (NIS, Apr 30) against around 12,000 (NIS, Oct 18): months apart; the count grew or was revised over time"],
        ["002-4", "008-4", "about 15,000 sent in all (NIS, Apr 30) against roughly 11,000 sent last fall (unattributed, Jan 13): months apart; the count grew or was revised over time"],
        ["002-4", "011-1", "about 15,000 sent in all (NIS, Apr 30) against roughly 11,000 sent last autumn (Apr 28): the total including reinforcements against the first contingent, two days apart (part of the whole)"],
        ["002-4", "011-2", "about 15,000 sent in all (NIS, Apr 30) against thousands more as reinforcements (Apr 28): an additional force (reinforcements) against an earlier or total contingent"],
        ["002-4", "012-1", "about 15,000 sent in all (NIS, Apr 30) against roughly 3,000 more soldiers (JCS, Feb 27): an additional force (reinforcements) against an earlier or total contingent"],
        ["002-4", "012-3", "about 15,000 sent in all (NIS, Apr 30) against a first contingent of around 11,000 (Feb 27): months apart; the count grew or was revised over time"],
        ["002-4", "014-1", "about 15,000 sent in all (NIS, Apr 30) against between 11,000 and 12,000 (late-2024 estimates, Oct 2025 explainer): months apart; the count grew or was revised over time"],
        ["002-4", "014-2", "about 15,000 sent in all (NIS, Apr 30) against about 3,000 reinforcements (Oct 2025 explainer): an additional force (reinforcements) against an earlier or total contingent"],
        ["002-5", "003-2", "some 3,000 reinforcements (NIS, Apr 30) against about 10,000 sent to eastern Russia (Pentagon, Oct 31): an additional force (reinforcements) against an earlier or total contingent"],
        ["002-5", "007-2", "some 3,000 reinforcements (NIS, Apr 30) against around 12,000 (NIS, Oct 18): an additional force (reinforcements) against an earlier or total contingent"],
        ["002-5", "008-4", "some 3,000 reinforcements (NIS, Apr 30) against roughly 11,000 sent last fall (unattributed, Jan 13): an additional force (reinforcements) against an earlier or total contingent"],
        ["002-5", "011-1", "some 3,000 reinforcements (NIS, Apr 30) against roughly 11,000 sent last autumn (Apr 28): an additional force (reinforcements) against an earlier or total contingent"],
        ["002-5", "012-3", "some 3,000 reinforcements (NIS, Apr 30) against a first contingent of around 11,000 (Feb 27): an additional force (reinforcements) against an earlier or total contingent"],
        ["002-5", "014-1", "some 3,000 reinforcements (NIS, Apr 30) against between 11,000 and 12,000 (late-2024 estimates, Oct 2025 explainer): an additional force (reinforcements) against an earlier or total contingent"],
        ["003-1", "008-4", "up to 8,000 in Kursk (Blinken, Oct 31) against roughly 11,000 sent last fall (unattributed, Jan 13): Kursk alone against the whole deployment, months apart"],
        ["003-1", "011-1", "up to 8,000 in Kursk (Blinken, Oct 31) against roughly 11,000 sent last autumn (Apr 28): Kursk alone against the whole deployment, months apart"],
        ["003-1", "012-3", "up to 8,000 in Kursk (Blinken, Oct 31) against a first contingent of around 11,000 (Feb 27): Kursk alone against the whole deployment, months apart"],
        ["003-1", "014-1", "up to 8,000 in Kursk (Blinken, Oct 31) against between 11,000 and 12,000 (late-2024 estimates, Oct 2025 explainer): Kursk alone against the whole deployment, months apart"],
        ["003-2", "007-2", "about 10,000 sent to eastern Russia (Pentagon, Oct 31) against around 12,000 (NIS, Oct 18): the force sent so far against the whole force being sent, two weeks apart; close estimates"],
        ["003-2", "008-4", "about 10,000 sent to eastern Russia (Pentagon, Oct 31) against roughly 11,000 sent last fall (unattributed, Jan 13): months apart; the count grew or was revised over time"],
        ["003-2", "011-1", "about 10,000 sent to eastern Russia (Pentagon, Oct 31) against roughly 11,000 sent last autumn (Apr 28): months apart; the count grew or was revised over time"],
        ["003-2", "012-1", "about 10,000 sent to eastern Russia (Pentagon, Oct 31) against roughly 3,000 more soldiers (JCS, Feb 27): an additional force (reinforcements) against an earlier or total contingent"],
        ["003-2", "012-3", "about 10,000 sent to eastern Russia (Pentagon, Oct 31) against a first contingent of around 11,000 (Feb 27): months apart; the count grew or was revised over time"],
        ["003-2", "014-1", "about 10,000 sent to eastern Russia (Pentagon, Oct 31) against between 11,000 and 12,000 (late-2024 estimates, Oct 2025 explainer): months apart; the count grew or was revised over time"],
        ["003-2", "014-2", "about 10,000 sent to eastern Russia (Pentagon, Oct 31) against about 3,000 reinforcements (Oct 2025 explainer): an additional force (reinforcements) against an earlier or total contingent"],
        ["007-2", "008-4", "around 12,000 (NIS, Oct 18) against roughly 11,000 sent last fall (unattributed, Jan 13): months apart; the count grew or was revised over time"],
        ["007-2", "011-1", "around 12,000 (NIS, Oct 18) against roughly 11,000 sent last autumn (Apr 28): months apart; the count grew or was revised over time"],
        ["007-2", "011-2", "around 12,000 (NIS, Oct 18) against thousands more as reinforcements (Apr 28): an additional force (reinforcements) against an earlier or total contingent"],
        ["007-2", "012-1", "around 12,000 (NIS, Oct 18) against roughly 3,000 more soldiers (JCS, Feb 27): an additional force (reinforcements) against an earlier or total contingent"],
        ["007-2", "012-3", "around 12,000 (NIS, Oct 18) against a first contingent of around 11,000 (Feb 27): months apart; the count grew or was revised over time"],
        ["007-2", "014-2", "around 12,000 (NIS, Oct 18) against about 3,000 reinforcements (Oct 2025 explainer): an additional force (reinforcements) against an earlier or total contingent"],
        ["008-1", "011-3", "about 300 killed (NIS, Jan 13) against at least a thousand killed (Western officials, Apr 28): months apart; the count grew or was revised over time"],
        ["008-1", "014-3", "about 300 killed (NIS, Jan 13) against around 2,000 killed (NIS, September): months apart; the count grew or was revised over time"],
        ["008-1", "014-4", "about 300 killed (NIS, Jan 13) against some 600 killed (NIS's April figure, restated in October): an earlier period's figure restated later; different periods"],
        ["008-3", "009-1", "roughly 3,000 casualties (NIS, Jan 13) against more than 3,000 casualties (Zelensky, Dec 23): three weeks apart, compatible at the edge"],
        ["008-3", "009-2", "roughly 3,000 casualties (NIS, Jan 13) against around 1,100 casualties (JCS, Dec 23): a cumulative count rising over three weeks"],
        ["008-3", "009-3", "roughly 3,000 casualties (NIS, Jan 13) against several hundred casualties (Pentagon, mid-December): a vague estimate against a specific one"],
        ["008-3", "011-4", "roughly 3,000 casualties (NIS, Jan 13) against well over 4,000 casualties (Kyiv, Apr 28): months apart; the count grew or was revised over time"],
        ["008-3", "012-4", "roughly 3,000 casualties (NIS, Jan 13) against hundreds more lost since returning to combat (Feb 27): a vague estimate against a specific one, months apart"],
        ["008-4", "011-2", "roughly 11,000 sent last fall (unattributed, Jan 13) against thousands more as reinforcements (Apr 28): an additional force (reinforcements) against an earlier or total contingent"],
        ["008-4", "012-1", "roughly 11,000 sent last fall (unattributed, Jan 13) against roughly 3,000 more soldiers (JCS, Feb 27): an additional force (reinforcements) against an earlier or total contingent"],
        ["008-4", "014-2", "roughly 11,000 sent last fall (unattributed, Jan 13) against about 3,000 reinforcements (Oct 2025 explainer): an additional force (reinforcements) against an earlier or total contingent"],
        ["009-1", "009-3", "more than 3,000 casualties (Zelensky, Dec 23) against several hundred casualties (Pentagon, mid-December): a vague estimate against a specific one"],
        ["009-1", "012-4", "more than 3,000 casualties (Zelensky, Dec 23) against hundreds more lost since returning to combat (Feb 27): a vague estimate against a specific one, months apart"],
        ["009-2", "009-3", "around 1,100 casualties (JCS, Dec 23) against several hundred casualties (Pentagon, mid-December): a vague estimate against a specific one"],
        ["009-2", "011-4", "around 1,100 casualties (JCS, Dec 23) against well over 4,000 casualties (Kyiv, Apr 28): months apart; the count grew or was revised over time"],
        ["009-2", "012-4", "around 1,100 casualties (JCS, Dec 23) against hundreds more lost since returning to combat (Feb 27): a vague estimate against a specific one, months apart"],
        ["009-3", "011-4", "several hundred casualties (Pentagon, mid-December) against well over 4,000 casualties (Kyiv, Apr 28): a vague estimate against a specific one, months apart"],
        ["011-1", "011-2", "roughly 11,000 sent last autumn (Apr 28) against thousands more as reinforcements (Apr 28): an additional force (reinforcements) against an earlier or total contingent"],
        ["011-1", "012-1", "roughly 11,000 sent last autumn (Apr 28) against roughly 3,000 more soldiers (JCS, Feb 27): an additional force (reinforcements) against an earlier or total contingent"],
        ["011-1", "014-2", "roughly 11,000 sent last autumn (Apr 28) against about 3,000 reinforcements (Oct 2025 explainer): an additional force (reinforcements) against an earlier or total contingent"],
        ["011-2", "012-3", "thousands more as reinforcements (Apr 28) against a first contingent of around 11,000 (Feb 27): an additional force (reinforcements) against an earlier or total contingent"],
        ["011-2", "014-1", "thousands more as reinforcements (Apr 28) against between 11,000 and 12,000 (late-2024 estimates, Oct 2025 explainer): an additional force (reinforcements) against an earlier or total contingent"],
        ["011-3", "014-4", "at least a thousand killed (Western officials, Apr 28) against some 600 killed (NIS's April figure, restated in October): an earlier period's figure restated later; different periods"],
        ["011-4", "012-4", "well over 4,000 casualties (Kyiv, Apr 28) against hundreds more lost since returning to combat (Feb 27): a vague estimate against a specific one, months apart"],
        ["012-1", "012-3", "roughly 3,000 more soldiers (JCS, Feb 27) against a first contingent of around 11,000 (Feb 27): an additional force (reinforcements) against an earlier or total contingent"],
        ["012-1", "014-1", "roughly 3,000 more soldiers (JCS, Feb 27) against between 11,000 and 12,000 (late-2024 estimates, Oct 2025 explainer): an additional force (reinforcements) against an earlier or total contingent"],
        ["012-3", "014-2", "a first contingent of around 11,000 (Feb 27) against about 3,000 reinforcements (Oct 2025 explainer): an additional force (reinforcements) against an earlier or total contingent"],
        ["014-1", "014-2", "between 11,000 and 12,000 (late-2024 estimates, Oct 2025 explainer) against about 3,000 reinforcements (Oct 2025 explainer): an additional force (reinforcements) against an earlier or total contingent"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
