#!/usr/bin/env python3
"""Gold labels for blind435 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind435/articles: fifteen articles written for crosscheck in our own "
         "words, labelled blind. Same schema and rules as testdata/corpus/gold.json (see its README.md).")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = NIS + ["Lee Seong-kweun"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "up_to", NIS,
         "North Korea is sending up to 12,000 troops, including special forces, to Russia", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "A first group of some 1,500 special operations troops has been transferred to Vladivostok", False),
    ],
    "001": [
        ("troops", "north_korea", 10000, None, "about",
         ["Pentagon", "Sabrina Singh", "Department of Defense", "United States", "US", "U.S."],
         "North Korea has sent roughly 10,000 soldiers to eastern Russia for training", False),
        ("troops", "north_korea", 3000, None, "about",
         ["U.S. officials", "United States", "US", "Lloyd Austin", "Pentagon"],
         "U.S. officials at the time put their number at around 3,000", False),
    ],
    "003": [
        ("troops", "north_korea", 11000, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "There are already 11,000 North Korean soldiers in the Kursk region", False),
        ("troops", "north_korea", 500, None, "at_least",
         ["HUR", "military intelligence", "Ukraine's military intelligence", "Ukraine"],
         "the contingent includes at least 500 officers", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Zelensky", "Volodymyr Zelensky", "Syrskyi", "Oleksandr Syrskyi", "Ukraine"],
         "more than 3,000 North Korean soldiers have been killed or wounded in the Kursk region", False),
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "Seoul", "Yonhap"],
         "North Korean forces had suffered about 1,100 casualties", False),
        ("casualties", "russia", 38000, None, "more_than", ["Syrskyi", "Oleksandr Syrskyi", "Ukraine"],
         "Russia had lost more than 38,000 troops killed and wounded in the Kursk region", False),
        ("captured", "russia", 200, 900, "vague", ["Syrskyi", "Oleksandr Syrskyi", "Ukraine"],
         "Ukrainian units had taken several hundred Russian soldiers prisoner there", True),
    ],
    "005": [
        ("casualties", "north_korea", 3000, None, "more_than", NIS_LEE,
         "North Korean casualties in the war against Ukraine have exceeded 3,000", False),
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "Around 300 soldiers had died", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "some 2,700 had been wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers", False),
    ],
    "007": [
        ("killed", "north_korea", 1000, None, "about",
         ["Special Operations Forces", "SSO", "Ukraine", "Armed Forces of Ukraine"],
         "North Korea has lost roughly a thousand soldiers killed in Russia's Kursk region", False),
        ("killed", "north_korea", 17, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "its operators killed 17 North Korean soldiers", False),
        ("wounded", "north_korea", 11, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 11 more", False),
        ("captured", "north_korea", 2, None, "exact", ["Zelensky", "Volodymyr Zelensky", "Ukraine"],
         "Ukrainian soldiers had taken two North Korean soldiers prisoner", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has sent some three thousand more soldiers to Russia", False),
        ("troops", "north_korea", 11000, None, "about", NIS,
         "join the roughly 11,000 troops Pyongyang dispatched last autumn", False),
    ],
    "010": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["South Korea", "United States", "US", "Seoul", "Washington"],
         "between 10,000 and 12,000 North Korean troops had been sent to Russia", False),
        ("troops", "north_korea", 3000, None, "about", NIS + ["Seoul"],
         "about 3,000 more had arrived as reinforcements", False),
        ("troops", "north_korea", 14000, None, "about", ["unattributed"],
         "roughly 14,000 North Korean soldiers are believed to have been deployed", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ["Ukraine", "Western allies"],
         "several thousand North Koreans have been killed or wounded", True),
    ],
    "012": [
        ("casualties", "north_korea", 4700, None, "about", NIS_LEE,
         "have suffered about 4,700 casualties", False),
        ("killed", "north_korea", 600, None, "about", NIS_LEE,
         "About 600 of them, the agency said, were killed", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "up from the roughly 3,000 the agency had estimated in January", False),
        ("wounded", "north_korea", 200, 999, "vague", NIS_LEE,
         "Hundreds of wounded soldiers have been flown back to Pyongyang", True),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about", NIS,
         "North Korea is believed to have lost about 2,000 soldiers killed", False),
        ("troops", "north_korea", 14000, 15000, "range", ["South Korea", "Seoul", "NIS", "National Intelligence Service"],
         "Pyongyang has sent 14,000-15,000 troops to Russia", False),
    ],
}

NOT = {
    "000": ["four brigades of the elite 11th Corps", "four Russian landing ships and three escort vessels",
            "a 240-kilometer stretch", "roughly 1.28 million active-duty troops", "the 1950-53 Korean War",
            "Zelensky says 10,000 N. Korean soldiers being readied for Russia", "3-day combined air drills",
            "tops 9 tril. won", "between Oct. 8 and 13"],
    "001": ["more than 8,000 kilometers from the front", "155mm artillery rounds", "roughly $400 million",
            "$1.4 billion tactical radio program", "381 battle force ships by 2045"],
    "003": ["Moscow intends to bring the North Korean contingent to 15,000 by the end of the year",
            "a 245-kilometer stretch of frontier", "Russian strike on Zaporizhzhia kills 4, injures 20",
            "Join the 15,000 members", "UAH/USD 41.32", "Comments (148)"],
    "004": ["43 Shahed-type drones", "Twenty-eight were shot down and 15 were", "in April 2022",
            "Comments (1,187)", "as little as £1"],
    "005": ["aged 26", "born in 2005", "in the army since 2021", "240-millimeter multiple rocket launchers",
            "170-millimeter self-propelled guns", "flew 1,100 kilometers",
            "swap two captured North Koreans for Ukrainians"],
    "007": ["aged 20 and 26", "Enemy losses over past day: 1,690 personnel, 13 artillery systems", "Views: 2,418"],
    "008": ["about 200 long-range artillery pieces", "in June 2024"],
    "010": ["in June 2024", "Article 4 of the treaty", "three-day ceasefire", "two days after"],
    "012": ["about 28 trillion won ($19.6 billion)", "23 million users", "9th straight month", "KOSPI 2,556.61"],
    "013": ["1,000 military deminers", "5,000 military construction workers", "5,000-ton destroyer"],
}

OFF = ["002", "006", "011", "014"]
DUP = {"009": "005"}

conflicts = {
    "must": [
        ["004-1", "004-2", "more than 3,000 North Korean casualties (Zelensky) against about 1,100 (South Korea's JCS), "
                           "both given on 23 December 2024 in the same live blog"],
        ["005-2", "007-1", "about 300 North Koreans killed (NIS, 13 January 2025) against roughly a thousand killed "
                           "(Ukraine's SSO, 16 January 2025), three days apart"],
    ],
    "may": [
        # troops: months apart, or an additional force against a total
        ["000-1", "010-3", "up to 12,000 (October 2024) against roughly 14,000 in all, six months later, reinforcements included"],
        ["000-1", "013-2", "up to 12,000 (October 2024) against 14,000-15,000 in all, almost a year later"],
        ["001-1", "003-1", "about 10,000 in eastern Russia (Pentagon) against 11,000 in Kursk (Zelensky) a week later: close, counted in different places"],
        ["001-1", "008-1", "10,000 against an additional 3,000"],
        ["001-1", "008-2", "about 10,000 (October) against roughly 11,000 sent last autumn (February): months apart"],
        ["001-1", "010-2", "10,000 against an additional 3,000"],
        ["001-1", "010-3", "about 10,000 (October) against roughly 14,000 in all (April)"],
        ["001-1", "013-2", "about 10,000 (October) against 14,000-15,000 in all (September)"],
        ["001-2", "003-1", "around 3,000 counted in late October against 11,000 two weeks later, as arrivals continued"],
        ["001-2", "008-2", "around 3,000 (October) against roughly 11,000 sent last autumn, months later"],
        ["001-2", "010-1", "around 3,000 (October) against 10,000-12,000 sent last autumn, months later"],
        ["001-2", "010-3", "around 3,000 (October) against roughly 14,000 in all, months later"],
        ["001-2", "013-2", "around 3,000 (October) against 14,000-15,000 in all, almost a year later"],
        ["003-1", "008-1", "11,000 against an additional 3,000"],
        ["003-1", "010-2", "11,000 against an additional 3,000"],
        ["003-1", "010-3", "11,000 (November) against roughly 14,000 in all, reinforcements included (April)"],
        ["003-1", "013-2", "11,000 (November) against 14,000-15,000 in all (September)"],
        ["008-1", "008-2", "an additional 3,000 against the 11,000 sent before"],
        ["008-1", "010-1", "an additional 3,000 against 10,000-12,000 sent last autumn"],
        ["008-1", "010-3", "an additional 3,000 against roughly 14,000 in all"],
        ["008-1", "013-2", "an additional 3,000 against 14,000-15,000 in all"],
        ["008-2", "010-2", "roughly 11,000 sent last autumn against an additional 3,000"],
        ["008-2", "010-3", "roughly 11,000 sent last autumn (February) against roughly 14,000 in all (April)"],
        ["008-2", "013-2", "roughly 11,000 sent last autumn (February) against 14,000-15,000 in all (September)"],
        ["010-1", "010-2", "10,000-12,000 against an additional 3,000"],
        ["010-1", "013-2", "10,000-12,000 sent last autumn against 14,000-15,000 in all, months later"],
        ["010-2", "010-3", "an additional 3,000 against roughly 14,000 in all"],
        ["010-2", "013-2", "an additional 3,000 against 14,000-15,000 in all"],
        # casualties: a cumulative toll weeks or months apart
        ["004-2", "005-1", "about 1,100 (JCS, 23 December) against more than 3,000 (NIS, 13 January): three weeks apart, a rising toll"],
        ["004-2", "012-1", "about 1,100 (December) against about 4,700 (April): months apart"],
        ["004-2", "012-3", "about 1,100 (December) against roughly 3,000 as estimated in January"],
        # killed: a cumulative toll months apart
        ["005-2", "012-2", "about 300 killed (January) against about 600 (April), same agency, months apart"],
        ["005-2", "013-1", "about 300 killed (January) against about 2,000 (September), months apart"],
        ["007-1", "012-2", "roughly 1,000 killed (SSO, January) against about 600 (NIS, April), months apart"],
        ["007-1", "013-1", "roughly 1,000 killed (January) against about 2,000 (September), months apart"],
        ["012-2", "013-1", "about 600 killed (April) against about 2,000 (September), same agency, months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
