#!/usr/bin/env python3
"""Gold labels for testdata/blind428 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for blind428: fifteen articles written in our own words about the real story's "
         "known reporting, labelled blind. Same schema as testdata/corpus/gold.json; see "
         "testdata/corpus/README.md for what counts as a claim and a conflict.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "more_than", NIS + ["Park Sun-won"],
         "more than 3,000 North Korean soldiers have already crossed into Russia", False),
        ("troops", "north_korea", 3000, None, "at_least", ["John Kirby", "Kirby", "White House", "United States", "U.S.", "US"],
         "at least 3,000 North Korean troops arriving in eastern Russia", False),
        ("troops", "north_korea", 12000, None, "about", ["Ukraine's military intelligence", "military intelligence", "HUR", "GUR", "Ukraine", "Kyiv"],
         "Ukraine's military intelligence puts the contingent now training at ranges in Russia's Far East at some twelve thousand", False),
    ],
    "001": [
        ("troops", "north_korea", 8000, None, "about", ["Pentagon", "Sabrina Singh", "Singh", "United States", "U.S.", "US"],
         "About 8,000 North Korean soldiers are now in Russia's Kursk border region", False),
        ("troops", "north_korea", 10000, None, "about", ["Sabrina Singh", "Singh", "Pentagon", "United States", "U.S.", "US"],
         "North Korea had sent roughly 10,000 soldiers to Russia in all", False),
        ("troops", "north_korea", 11000, None, "exact", ["Rustem Umerov", "Umerov", "Ukraine's defense minister", "Ukraine"],
         "11,000 North Korean troops were already in the Kursk region", False),
    ],
    "002": [
        ("casualties", "north_korea", 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul"],
         "North Korean troops fighting for Russia against Ukraine have suffered about 1,100 casualties", False),
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "at least 100 North Korean soldiers had been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "around 1,000 wounded", False),
    ],
    "003": [
        ("killed", "north_korea", 2000, None, "about", NIS,
         "around 2,000 North Korean soldiers have now been killed in the war", False),
        ("casualties", "north_korea", 6000, None, "more_than", ["British defence intelligence", "defence intelligence", "UK Ministry of Defence", "United Kingdom", "UK", "Britain"],
         "more than 6,000 casualties", False),
        ("troops", "north_korea", 5000, None, "about", NIS,
         "about 5,000 military construction troops had been moving to Russia since September", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Oleksandr Syrskyi", "Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("troops", "russia", 50000, None, "about", ["Ukrainian commanders", "Ukraine"],
         "Russia has concentrated around 50,000 of its own troops in the Kursk region", False),
    ],
    "005": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Lee Seong-kweun"],
         "about 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Lee Seong-kweun"],
         "roughly 2,700 injured", False),
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces had taken two North Korean soldiers prisoner", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "North Korea is thought to have sent about 11,000 troops to Russia last autumn", False),
        ("killed", "north_korea", 200, 900, "vague", ["Ukraine's special operations forces", "special operations forces", "Ukraine"],
         "they had killed several hundred North Korean soldiers", True),
    ],
    "006": [
        ("casualties", "north_korea", 3800, None, "about", ZEL,
         "have reached some 3,800 killed and wounded", False),
        ("casualties", "russia", 38000, None, "exact", ZEL,
         "Russia has lost 38,000 soldiers in this direction alone", False),
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "the number of North Korean soldiers killed and wounded had already exceeded three thousand", False),
    ],
    "010": [
        ("troops", "north_korea", 11000, 12000, "range", ["Western and South Korean intelligence", "Western intelligence", "South Korean intelligence", "South Korea"],
         "was estimated by Western and South Korean intelligence at between 11,000 and 12,000 soldiers", False),
        ("troops", "north_korea", 3000, None, "about", NIS,
         "approximately 3,000 more had been sent in January and February as reinforcements", False),
    ],
    "011": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "North Korea has suffered about 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweun"],
         "including around 600 deaths", False),
        ("troops", "north_korea", 15000, None, "about", NIS + ["Lee Seong-kweun"],
         "about 15,000 North Korean troops had been dispatched in total", False),
        ("captured", "north_korea", 2, None, "exact", ["unattributed", "Ukraine", "Korea Herald"],
         "two soldiers captured by Ukrainian forces", False),
    ],
    "012": [
        ("troops", "north_korea", 12000, None, "up_to", ["Western and South Korean estimates", "Western estimates", "South Korean estimates", "South Korea"],
         "Pyongyang sent up to 12,000 soldiers to Kursk at the time", False),
        ("troops", "north_korea", 2000, 9999, "vague", ["unattributed"],
         "Several thousand North Korean soldiers are believed to remain in the region", True),
    ],
}

NOT = {
    "000": ["a force of about 10,000 to be moved by December", "around $2,000 a month", "Kim Jong Un, 40",
            "three trips", "more than 6,000 kilometers", "since 1953", "Nikkei 225 38,143.29", "shares slip 2%",
            "raises $3.3bn"],
    "001": ["some 1,300 square kilometers (500 square miles)", "more than $59 billion", "February 2022"],
    "002": ["paras 4-6", "240mm multiple rocket launchers", "170mm self-propelled guns",
            "N. Korean troops in Russia suffer over 100 deaths: NIS (Dec. 19)", "2nd batch of troops",
            "KOSPI closes 1.3 pct lower at 2,442.01", "80 countries"],
    "003": ["Kim, 41", "24/10/2025", "122 settlements", "19th sanctions package", "$350bn investment deal"],
    "004": ["some 1,300 square kilometers", "from $5 a month", "70 Missiles and 100+ Drones", "38 Dead",
            "59 of 106 Drones"],
    "005": ["aged 20 and 26", "death toll rises to 24", "11.20 GMT"],
    "006": ["Over five months", "Russian army loses 1,690 soldiers in Ukraine over past day",
            "14 times overnight", "05.01.2025 22:10"],
    "010": ["August 6, 2024", "about 1,300 sq km", "about 100 km", "170mm Koksan self-propelled guns",
            "240mm multiple rocket launchers", "up to half of the ammunition", "€800 billion", "about three weeks"],
    "011": ["some 200 long-range artillery systems", "170 mm self-propelled guns", "240 mm rocket launchers",
            "April 28, 2025", "leads presidential race by 20 points", "25m users", "2.75%"],
    "012": ["1,000 deminers and 5,000 military construction workers", "his second visit to the country in two weeks",
            "about 500 kilometers (310 miles)", "€1.9 billion"],
}

OFF = ["007", "008", "013", "014"]

DUP = {"009": "011"}

conflicts = {
    "must": [
        ["002-1", "004-1", "about 1,100 casualties (South Korea's JCS, Dec 23) against more than 3,000 killed and wounded (Zelensky, the same day), in articles three days apart"],
        ["001-1", "001-3", "about 8,000 troops in Kursk (Pentagon) against 11,000 in Kursk (Umerov), reported the same day in the same article"],
    ],
    "may": [
        ["001-2", "001-3", "roughly 10,000 sent to Russia in all (Pentagon) against 11,000 already in Kursk (Umerov): different scopes"],
        ["000-3", "001-2", "some twelve thousand training in the Far East (Oct 24) against roughly 10,000 sent (Nov 5), deployment under way"],
        ["002-1", "006-1", "1,100 casualties (Dec 23) against about 3,800 (Jan 5): cumulative toll, two weeks apart"],
        ["002-1", "006-3", "006-3 restates Zelensky's Dec 23 figure already compared in 004-1"],
        ["002-3", "005-2", "around 1,000 wounded (NIS, mid-December) against about 2,700 (NIS, Jan 13): later rise of a cumulative figure"],
        ["001-1", "005-4", "8,000 in Kursk (Nov) against about 11,000 sent to Russia (Jan), two months apart"],
        ["001-2", "005-4", "10,000 (Nov) against about 11,000 (Jan), two months apart"],
        ["001-1", "010-1", "8,000 in Kursk (Nov) against 11,000-12,000 first contingent (Mar), months apart"],
        ["001-2", "010-1", "10,000 (Nov) against 11,000-12,000 (Mar), months apart"],
        ["010-1", "011-3", "11,000-12,000 first contingent against about 15,000 in total including reinforcements"],
        ["005-4", "011-3", "about 11,000 first sent against about 15,000 in total, months apart"],
        ["011-3", "012-1", "about 15,000 in total against up to 12,000 first sent: different scopes"],
        ["001-2", "011-3", "10,000 (Nov) against about 15,000 in total (Apr), months apart"],
        ["006-1", "011-1", "about 3,800 (Jan) against about 4,700 (Apr): later rise of a cumulative figure"],
        ["002-1", "011-1", "1,100 (Dec) against 4,700 (Apr): later rise of a cumulative figure"],
        ["005-1", "011-2", "about 300 killed (Jan) against around 600 (Apr): later rise of a cumulative figure"],
        ["011-2", "003-1", "around 600 killed (Apr) against around 2,000 (Sep assessment, Oct article): months apart"],
        ["005-1", "003-1", "about 300 killed (Jan) against around 2,000 (Oct): months apart"],
        ["011-1", "003-2", "about 4,700 casualties (Apr) against more than 6,000 (Oct): months apart"],
        ["006-1", "003-2", "about 3,800 (Jan) against more than 6,000 (Oct): months apart"],
        ["002-1", "003-2", "1,100 (Dec) against more than 6,000 (Oct): months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
