#!/usr/bin/env python3
"""Gold labels for blind554 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for the blind554 held-out set: 15 articles written in our own words about the "
         "real story's known reporting. See testdata/corpus/README.md for the meaning of every field.")

HUR = ["Defence Intelligence", "Ukraine's Defence Intelligence", "HUR", "Andrii Yusov", "Yusov", "Ukraine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Ukraine"]
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
JCS = ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", HUR,
         "about 12,000 North Korean military personnel", False),
        ("troops", "north_korea", 500, None, "exact", HUR,
         "among them 500 officers", False),
        ("troops", "north_korea", 3, None, "exact", HUR,
         "and three generals", True),
        ("troops", "north_korea", 2000, 9999, "vague", HUR,
         "Several thousand of them have already completed a short training course", True),
    ],
    "002": [
        ("troops", "north_korea", 11000, None, "exact", ZEL,
         "Eleven thousand North Korean soldiers are now in the Kursk region", False),
        ("troops", "north_korea", 10000, None, "more_than",
         ["U.S. Defense Department", "Defense Department", "Pentagon", "United States", "US"],
         "more than 10,000 North Korean troops had been sent to eastern Russia for training", False),
    ],
    "003": [
        ("killed", "north_korea", 100, None, "at_least", NIS + ["Lee Seong-kweun"],
         "At least 100 North Korean soldiers deployed to Russia have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS + ["Lee Seong-kweun"],
         "around 1,000 others wounded", False),
        ("casualties", "north_korea", 1100, None, "about", NIS + ["Lee Seong-kweun"],
         "puts North Korea's losses at around 1,100", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL,
         "More than 3,000 soldiers of the North Korean army have been killed or wounded in Russia's Kursk region", False),
        ("troops", "north_korea", 12000, None, "up_to", HUR[:3] + ["Ukrainian intelligence", "Ukraine"],
         "up to 12,000 North Korean servicemen are now in Kursk Oblast", False),
    ],
    "006": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk Oblast", False),
        ("killed", "north_korea", 200, 900, "vague",
         ["Special Operations Forces", "Ukraine's Special Operations Forces", "Ukraine"],
         "North Korean units have lost hundreds of men killed in a week of assaults", True),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS + ["Park Sun-won"],
         "About 300 North Korean soldiers have died", False),
        ("wounded", "north_korea", 2700, None, "about", NIS + ["Park Sun-won"],
         "an estimated 2,700 have been wounded", False),
        ("captured", "north_korea", 2, None, "exact", NIS + ["Park Sun-won"],
         "Ukraine had captured two North Korean soldiers in Russia's Kursk region on Jan. 9", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", JCS,
         "North Korea has sent some three thousand additional troops to Russia since January", False),
        ("troops", "north_korea", 11000, 12000, "range", JCS,
         "estimated the initial contingent sent last autumn at between 11,000 and 12,000 soldiers", False),
    ],
    "009": [
        ("casualties", "north_korea", 4700, None, "about", NIS + ["Lee Seong-kweun"],
         "Around 4,700 North Korean soldiers have been killed or wounded fighting for Russia", False),
        ("killed", "north_korea", 600, None, "about", NIS + ["Lee Seong-kweun"],
         "including some 600 deaths", False),
        ("casualties", "north_korea", 6000, None, "more_than",
         ["Britain's defence ministry", "UK Ministry of Defence", "Ministry of Defence", "Britain", "UK"],
         "North Korean casualties in Kursk had likely passed 6,000", False),
    ],
    "012": [],
    "014": [
        ("killed", "north_korea", 9, None, "exact",
         ["Korean Central News Agency", "KCNA", "North Korea's state media", "state media", "North Korea"],
         "nine of its members died during the mission", False),
        ("troops", "north_korea", 1000, None, "about", ["unattributed"],
         "The engineering unit is believed to number about 1,000 soldiers", False),
        ("troops", "north_korea", 10000, 12000, "range",
         ["South Korean and Ukrainian intelligence", "South Korean intelligence", "Ukrainian intelligence",
          "South Korea", "Ukraine"],
         "North Korea is believed to have sent between 10,000 and 12,000 troops to Russia in the autumn of 2024", False),
        ("killed", "north_korea", 2000, None, "about", NIS,
         "about 2,000 North Korean soldiers had been killed in the fighting", False),
    ],
}

NOT = {
    "000": ["The first 2,600 soldiers are to be moved to Kursk Oblast", "preparing to send 10,000 soldiers",
            "more than 9,000 km from Moscow", "Koksan 170mm self-propelled guns",
            "Pyongyang could send 12K troops to Russia by December", "Russia has lost 680,000 soldiers",
            "five military ranges", "2.2 trillion hryvnias"],
    "002": ["flew for 86 minutes", "around $12 billion", "155-mm shells", "February 2022"],
    "003": ["more than 20,000 containers of munitions", "240-mm multiple rocket launchers",
            "170-mm self-propelled guns", "about 2,000 U.S. dollars a month",
            "N. Korea sent 1,500 special forces troops to Russia", "51 million S. Koreans",
            "team of 5 monitors", "10,000-seat arena"],
    "004": ["Russian army loses 1,970 soldiers in past day", "Air defence downs 52 of 81 Shahed drones",
            "waves of 20 to 30 soldiers"],
    "006": ["born in 2005 and the other in 1999", "74 Shahed-type drones and four ballistic missiles",
            "shot down 47 of the drones", "27 were lost in location", "more than 18,000 readers", "36 comments"],
    "007": ["one of whom is 26 years old", "Ukraine says Russia lost 1,300 troops in single day",
            "Korean Air to merge with Asiana by 2026", "5 things to do in Seoul"],
    "008": ["more than 200 long-range artillery pieces", "thousands more could follow",
            "Update 2/27/25, 6:05 a.m. ET"],
    "009": ["as much as $20 billion", "retook last Kursk village from Ukraine on April 26"],
    "012": ["1,000 sappers", "5,000 military builders", "second visit to Pyongyang in less than two weeks",
            "June 19, 2024", "December 4, 2024", "Its fourth article", "300 hectares of farmland"],
    "014": ["about 120 days", "5,000 military construction workers", "80th anniversary", "Watch video 2:31"],
}

OFF = ["001", "005", "011", "013"]
DUP = {"010": "009"}

conflicts = {
    "must": [
        ["003-3", "004-1",
         "about 1,100 casualties (South Korea's NIS, Dec 19) against more than 3,000 killed and wounded "
         "(Zelensky, Dec 23), four days apart"],
        ["009-1", "009-3",
         "about 4,700 casualties (NIS, Apr 30) against more than 6,000 (Britain's defence ministry, earlier "
         "the same month), in one article"],
    ],
    "may": [
        ["000-1", "002-1", "about 12,000 in Russia (HUR, Oct 24) against 11,000 in Kursk (Zelensky, Nov 5): "
         "close, and counted over different areas"],
        ["000-1", "008-1", "12,000 against some 3,000 additional troops sent months later"],
        ["002-1", "008-1", "11,000 against some 3,000 additional troops sent months later"],
        ["002-2", "008-1", "more than 10,000 against some 3,000 additional troops"],
        ["008-1", "008-2", "some 3,000 additional troops against an initial 11,000-12,000"],
        ["008-1", "014-3", "some 3,000 additional troops against the 10,000-12,000 sent in autumn 2024"],
        ["003-3", "009-1", "cumulative casualties: about 1,100 in December against about 4,700 four months later"],
        ["003-3", "009-3", "cumulative casualties: about 1,100 in December against more than 6,000 in April"],
        ["007-1", "009-2", "cumulative deaths: about 300 in January against about 600 in April (NIS)"],
        ["007-1", "014-4", "cumulative deaths: about 300 in January against about 2,000 in September (NIS)"],
        ["009-2", "014-4", "cumulative deaths: about 600 in April against about 2,000 in September (NIS)"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
