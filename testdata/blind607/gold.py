#!/usr/bin/env python3
"""Gold labels for testdata/blind607 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402

about = ("Gold labels for the blind607 articles in articles/ (15 articles written in our own words "
         "about the real story's known reporting, labelled blind). Same schema as testdata/corpus/gold.json; "
         "see testdata/corpus/README.md for the meaning of every field.")

NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korea", "Seoul"]

A = {
    "000": [
        ("troops", "north_korea", 3000, None, "about",
         NIS + ["Lee Seong-kweun"],
         "North Korea has moved around 3,000 soldiers to Russia so far this month", False),
    ],
    "002": [
        ("troops", "north_korea", 11000, 12000, "range",
         ["Pat Ryder", "Ryder", "Pentagon", "Department of Defense", "Defense Department", "United States", "US"],
         "Of the 11,000 to 12,000 North Korean troops we assess are in Russia in total", False),
        ("troops", "north_korea", 10000, None, "about",
         ["Pat Ryder", "Ryder", "Pentagon", "Department of Defense", "Defense Department", "United States", "US"],
         "roughly 10,000 have now been moved west into the Kursk Oblast", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about",
         NIS + ["Lee Seong-kweun"],
         "About 1,100 North Korean soldiers have been killed or wounded since they were thrown into combat", False),
        ("killed", "north_korea", 100, None, "at_least",
         NIS + ["Lee Seong-kweun"],
         "At least 100 of them were killed", False),
        ("troops", "north_korea", 11000, None, "about",
         NIS + ["Lee Seong-kweun"],
         "Of the roughly 11,000 troops Pyongyang sent to Russia", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than",
         ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Ukrainian President"],
         "the number of North Korean troops killed and wounded in the Kursk region at over three thousand", False),
        ("troops", "north_korea", 2000, 9999, "vague",
         ["Ukrainian and Western intelligence", "Ukrainian intelligence", "Western intelligence", "Ukraine"],
         "Pyongyang has sent thousands of troops to Russia", True),
    ],
    "006": [
        ("captured", "north_korea", 2, None, "exact",
         ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine", "SBU", "Security Service of Ukraine"],
         "Ukrainian forces had captured two North Korean soldiers", False),
        ("casualties", "north_korea", 3000, None, "about",
         NIS + ["Lee Seong-kweun", "lawmakers"],
         "the agency now estimated that about 3,000 North Korean troops had been killed or wounded in the fighting", False),
        ("killed", "north_korea", 300, None, "about",
         NIS + ["Lee Seong-kweun", "lawmakers"],
         "roughly 300 dead", False),
        ("wounded", "north_korea", 2700, None, "about",
         NIS + ["Lee Seong-kweun", "lawmakers"],
         "2,700 injured", False),
        ("casualties", "north_korea", 4000, None, "more_than",
         ["HUR", "Ukraine's military intelligence", "military intelligence", "Defence Intelligence of Ukraine", "Ukraine"],
         "North Korean losses in Kursk now exceeded 4,000 killed and wounded", False),
    ],
    "007": [
        ("troops", "north_korea", 10000, 12000, "range",
         ["Intelligence services in Kyiv, Washington and Seoul", "intelligence services", "Ukraine", "United States",
          "South Korea", "Kyiv", "Washington", "Seoul"],
         "now put the contingent at between 10,000 and 12,000 soldiers", False),
        ("troops", "north_korea", 200, 900, "vague",
         NIS,
         "The group includes several hundred officers", True),
    ],
    "008": [
        ("casualties", "north_korea", 4700, None, "about",
         NIS + ["South Korean lawmakers", "lawmakers"],
         "about 4,700 North Korean soldiers have been killed or wounded", False),
        ("killed", "north_korea", 600, None, "about",
         NIS + ["South Korean lawmakers", "lawmakers"],
         "the figure includes around 600 deaths", False),
        ("troops", "north_korea", 15000, None, "about",
         NIS + ["South Korean lawmakers", "lawmakers"],
         "North Korea has dispatched a total of about 15,000 troops to Russia", False),
    ],
    "010": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Russian Defense Ministry", "Defense Ministry", "Ministry of Defense", "Russia"],
         "the Ukrainian armed forces lost more than 76,000 servicemen", False),
    ],
    "013": [
        ("killed", "north_korea", 2000, None, "about",
         NIS + ["Park Sun-won"],
         "Around 2,000 North Korean soldiers are now believed to have died in the fighting", False),
        ("troops", "north_korea", 12000, None, "up_to",
         ["unattributed"],
         "Pyongyang first sent up to 12,000 troops to Russia", False),
        ("troops", "north_korea", 2000, 9999, "vague",
         NIS,
         "Thousands of North Korean soldiers remain in the Kursk region", True),
    ],
    "014": [
        ("troops", "north_korea", 3000, None, "about",
         NIS + ["Lee Seong-kweun"],
         "North Korea has dispatched some 3,000 more soldiers to Russia since January", False),
    ],
}

NOT = {
    "000": ["could reach 10,000 by December", "about 100 basic military terms", "as young as 18",
            "around US$2,000 per soldier a month", "S. Korea's exports rise 4.6 pct in Oct. 1-20 period",
            "KOSPI 2,599.62 (-1.31%)", "KRW/USD 1,382.5"],
    "002": ["roughly $425 million in additional security assistance", "155mm and 105mm artillery rounds",
            "5th Bomb Wing", "56th Security Consultative Meeting"],
    "003": ["around Dec. 14", "810th Separate Guards Naval Infantry Brigade", "Won falls to 1,450 per dollar",
            "first hearing on Yoon impeachment on Dec. 27", "first time in 9 years"],
    "004": ["personnel about 774,830 (+1,690)", "tanks 9,515 (+4)", "Kharkiv with 5 ballistic missiles",
            "1,000 armoured vehicles", "On 17 December"],
    "006": ["aged 20 and 26", "more than 40% of the territory", "Saturday, Jan. 11, 2025"],
    "007": ["the 11th Corps", "more than 6,000 kilometers from the front", "around $2,000 per soldier per month",
            "more than 13,000 containers of munitions", "Article 4", "on June 19"],
    "008": ["on about 10 occasions", "about 200 kilometers off the Oga Peninsula", "Watch video 1:32"],
    "010": ["send 1,000 sappers to the Kursk Region", "5,000 military builders",
            "a thousand deminers", "five thousand military construction workers",
            "over 400 tanks and more than 2,000 armored vehicles", "on April 26", "USD 78.62"],
    "013": ["a further 6,000 personnel, made up of 1,000 deminers and 5,000 military construction workers",
            "500,000 barrels a year", "the North's 1.2 million-strong military", "fall 18% in first half"],
    "014": ["up to $500 billion (€478 billion)", "177 drones and a ballistic missile", "shot down 110 of the drones",
            "another 66 were lost", "began 1,099 days ago"],
}

OFF = ["001", "005", "009", "011"]

DUP = {"012": "006"}

conflicts = {
    "must": [
        ["003-1", "004-1",
         "about 1,100 casualties (South Korea's NIS, Dec 19) against more than 3,000 (Zelensky, Dec 23): "
         "same metric and subject, four days apart"],
        ["006-2", "006-5",
         "about 3,000 casualties (South Korea's NIS) against more than 4,000 (Ukraine's HUR), in the same article "
         "on the same day"],
    ],
    "may": [
        ["000-1", "002-1", "3,000 troops moved so far (NIS, Oct 23) against 11,000-12,000 in Russia (Pentagon, Nov 4): "
         "a deployment still under way"],
        ["000-1", "002-2", "3,000 troops (NIS, Oct 23) against about 10,000 in Kursk (Pentagon, Nov 4): build-up"],
        ["000-1", "007-1", "3,000 troops (NIS, Oct 23) against 10,000-12,000 (Nov 8): build-up"],
        ["002-2", "003-3", "10,000 in Kursk (Pentagon) against about 11,000 sent to Russia (NIS) six weeks later: "
         "part against whole"],
        ["008-3", "002-1", "about 15,000 in total incl. reinforcements (Apr 2025) against 11,000-12,000 (Nov 2024)"],
        ["008-3", "002-2", "about 15,000 in total (Apr 2025) against about 10,000 in Kursk (Nov 2024)"],
        ["008-3", "007-1", "about 15,000 in total (Apr 2025) against 10,000-12,000 (Nov 2024)"],
        ["008-3", "013-2", "about 15,000 in total against a first wave of up to 12,000"],
        ["014-1", "002-1", "an additional 3,000 against the first 11,000-12,000"],
        ["014-1", "002-2", "an additional 3,000 against 10,000 in Kursk"],
        ["014-1", "003-3", "an additional 3,000 against about 11,000 sent earlier"],
        ["014-1", "007-1", "an additional 3,000 against 10,000-12,000"],
        ["014-1", "008-3", "an additional 3,000 against a total of about 15,000 that includes them"],
        ["014-1", "013-2", "an additional 3,000 against a first wave of up to 12,000"],
        ["004-1", "006-2", "more than 3,000 casualties (Zelensky, Dec 23) against about 3,000 (NIS, Jan 13), three weeks later"],
        ["003-1", "006-5", "about 1,100 casualties (NIS, Dec 19) against more than 4,000 (HUR, Jan 13), weeks apart "
         "in a cumulative figure"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
