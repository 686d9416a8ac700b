#!/usr/bin/env python3
"""Gold labels for blind616 (written blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for testdata/blind616/articles: fifteen articles written for crosscheck in our own words "
         "and labelled blind. Same schema as testdata/corpus/gold.json; see testdata/corpus/README.md.")

NK = "north_korea"
NIS = ["National Intelligence Service", "NIS", "South Korea's spy agency", "spy agency", "South Korea", "Seoul"]
NIS_LEE = NIS + ["Lee Seong-kweun"]

A = {
    "000": [
        ("troops", NK, 12000, None, "about", NIS,
         "North Korea has begun sending a ground force of about 12,000 troops to fight alongside Russia", False),
        ("troops", NK, 1500, None, "about", NIS,
         "The first contingent, some 1,500 special operations personnel, was ferried from the North's east coast to Vladivostok", False),
    ],
    "001": [
        ("troops", NK, 11000, None, "exact", ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine", "Kyiv"],
         "11,000 North Korean troops were already in Kursk", False),
        ("troops", NK, 8000, None, "about", ["State Department", "State Department spokesperson", "Antony Blinken", "Blinken",
                                             "United States", "U.S.", "US", "Washington"],
         "around 8,000 North Korean soldiers are in Kursk", False),
        ("troops", NK, 10000, None, "about", ["Pentagon", "defense officials", "U.S. defense officials", "United States", "U.S.", "US"],
         "roughly 10,000 North Koreans have been sent to eastern Russia in all", False),
    ],
    "003": [
        ("killed", NK, 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers deployed to Russia have been killed in combat against Ukrainian forces in the Kursk region", False),
        ("wounded", NK, 1000, None, "about", NIS_LEE,
         "about 1,000 others have been wounded", False),
        ("troops", NK, 11000, None, "about", NIS,
         "Troops sent to Russia: about 11,000", False),
    ],
    "004": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "North Korea's losses in the Kursk region have already passed 3,000 soldiers killed and wounded", False),
    ],
    "005": [
        ("casualties", NK, 1100, None, "about", ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korea", "Seoul"],
         "about 1,100 North Korean soldiers have been killed or wounded in Russia's Kursk region", False),
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Ukraine", "Kyiv"],
         "North Korean losses had already exceeded 3,000", False),
        ("casualties", NK, 1000, None, "more_than", ["John Kirby", "Kirby", "White House", "United States", "U.S.", "US", "Washington"],
         "North Korean units had suffered more than 1,000 killed and wounded in the past week alone", False),
    ],
    "006": [
        ("captured", NK, 2, None, "exact", ["Volodymyr Zelensky", "Zelensky", "Ukraine"],
         "Ukraine has captured two North Korean soldiers in Russia's Kursk region", False),
        ("killed", NK, 300, None, "about", NIS,
         "Around 300 of Pyongyang's soldiers have been killed", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "about 2,700 wounded", False),
        ("troops", NK, 11000, None, "about", ["Western and South Korean officials", "Western officials", "South Korean officials",
                                              "South Korea", "Western"],
         "some 11,000 North Korean troops were sent to Russia last autumn", False),
    ],
    "007": [
        ("troops", NK, 3000, None, "about", ["South Korea's intelligence service", "National Intelligence Service", "NIS", "South Korea"],
         "about 3,000 North Korean soldiers had already been sent to Russia", False),
        ("troops", NK, 10000, None, "about", ["Sabrina Singh", "Singh", "Pentagon", "Department of Defense", "United States", "U.S.", "US"],
         "the DPRK has sent approximately 10,000 soldiers in total to train in eastern Russia", False),
    ],
    "008": [
        ("killed", NK, 600, None, "about", NIS_LEE,
         "About 600 North Korean soldiers have been killed fighting for Russia", False),
        ("casualties", NK, 4700, None, "about", NIS_LEE,
         "some 4,700 casualties the North has suffered since it joined the war against Ukraine", False),
        ("casualties", NK, 3000, None, "about", NIS_LEE,
         "roughly 3,000 casualties the agency estimated in January", False),
        ("troops", NK, 15000, None, "about", NIS,
         "North Korea has sent about 15,000 troops to Russia in total", False),
        ("troops", NK, 3000, None, "about", NIS,
         "around 3,000 reinforcements who arrived in January and February", False),
    ],
    "009": [
        ("casualties", "ukraine", 76000, None, "more_than", ["Russian Defense Ministry", "Defense Ministry", "Russian Ministry of Defense",
                                                             "Russia", "Moscow"],
         "the Ukrainian armed forces lost more than 76,000 servicemen in the Kursk direction", False),
    ],
    "011": [
        ("troops", NK, 11000, None, "about", NIS,
         "Pyongyang sent roughly 11,000 soldiers in the autumn of 2024", False),
        ("troops", NK, 3000, None, "about", NIS,
         "about 3,000 more in January and February this year", False),
        ("troops", NK, 1000, None, "about", NIS,
         "about 1,000 North Korean engineers were clearing mines in the region", False),
        ("killed", NK, 2000, None, "about", NIS,
         "the NIS put the number of North Korean soldiers killed at about 2,000", False),
        ("killed", NK, 600, None, "about", NIS,
         "about 600 dead", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "some 4,700 casualties", False),
        ("casualties", NK, 6000, None, "up_to", ["HUR", "Ukraine's military intelligence", "military intelligence", "Ukraine"],
         "up to 6,000 North Koreans had been killed or wounded", False),
        ("killed", NK, 9, None, "exact", ["state media", "North Korean state media", "KCNA", "North Korea", "Pyongyang"],
         "nine of its sappers had died in Kursk", False),
        ("troops", NK, 10000, None, "about", NIS,
         "about 10,000 remain in the Kursk region", False),
    ],
}

NOT = {
    "000": ["more than 13,000 containers", "four brigades", "roughly 100 kilometers from the border",
            "between Oct. 8 and 13", "up 4.6 pct in first 10 days of October",
            "Ex-soldier gets 30 years in prison", "5 foreign CEOs"],
    "001": ["The difference between 8,000 and 11,000", "the total could rise to 12,000 by December", "60mm mortars",
            "more than 60 North Korean KN-23 ballistic missiles", "a range of up to 300 kilometers",
            "€35 billion loan", "train 100,000 men a year", "42 comments"],
    "003": ["240-millimeter multiple rocket launchers", "170-mm self-propelled howitzers", "over 20,000 containers",
            "1,451.9 per dollar", "2,435.93", "Top 5 winter festivals"],
    "004": ["79 Shahed-type attack drones", "52 were shot down", "25 were \"lost\" to electronic warfare",
            "41.92 per dollar", "power cuts of up to four hours", "since 1995", "Donate from $5", "Three years on"],
    "005": ["240-mm rocket launchers", "170-mm self-propelled guns", "7 in 10 South Koreans",
            "could top 100 this year", "192-0 vote", "past 1,480 against dollar", "40% jump in sales"],
    "006": ["born in 2005 and the other in 1999", "One North Korean soldier who was about to be captured",
            "Russia's daily losses top 1,500", "2 mins"],
    "007": ["$425 million Presidential Drawdown Authority package", "155mm and 105mm artillery rounds",
            "about 2,500 U.S. troops in Iraq", "September 2025"],
    "008": ["about $20 billion", "25 million users", "13.8 tril. won", "by 30%"],
    "009": ["a thousand sappers", "five thousand military construction workers", "1,000 deminers",
            "5,000 military builders", "June 19, 2024", "Article 4", "third time in three months"],
    "011": ["1,000 deminers and 5,000 military builders", "120 days of mine clearance", "about $20bn",
            "Support us from just $1", "90mph gusts"],
}

OFF = ["002", "010", "013", "014"]
DUP = {"012": "003"}

# Conflicts. See README: same metric and subject, same period, incompatible values -> must;
# months apart, "additional"/"more" forces, a part of Russia (Kursk) against all of Russia -> may.
# Not listed (not conflicts): bounds the other value satisfies (at least 100 / more than 3,000 / more than
# 1,000 / up to 6,000), explicit parts (the first contingent of 1,500; the 1,000 engineers; the nine sappers;
# the 3,000 reinforcements inside the 15,000 total), explicit updates by the same source (007: 3,000 then
# 10,000 "that number has grown"; 008: 4,700 "up from" 3,000; 011: 2,000 killed after the "previous
# estimate" of 600), equal values.
must = [
    ["001-1", "001-2", "11,000 North Korean troops in Kursk (Zelenskyy) against around 8,000 in Kursk (State Department), both given on 5 November 2024"],
    ["004-1", "005-1", "more than 3,000 North Korean casualties (Zelensky, 23 Dec 2024) against about 1,100 (South Korea's JCS, standing by it on 27 Dec): four days apart"],
    ["005-1", "005-2", "about 1,100 casualties (JCS) against more than 3,000 (Zelensky) in the same article, the same week"],
]

may = []
def pairs(ids_a, ids_b, why):
    for a in ids_a:
        for b in ids_b:
            may.append([a, b, why])

# troops
pairs(["000-1"], ["007-2", "001-3"], "a force of about 12,000 being sent (NIS, 18 Oct) against about 10,000 sent so far (Pentagon, late Oct)")
pairs(["000-1"], ["001-1", "001-2"], "a force of about 12,000 (18 Oct) against 11,000 / about 8,000 in Kursk (5 Nov): whole against part, weeks apart")
pairs(["000-1"], ["007-1"], "a force of about 12,000 being sent against about 3,000 sent so far, days apart")
pairs(["000-1"], ["003-3", "006-4", "011-1"], "about 12,000 (Oct 2024) against about 11,000 sent, stated months later")
pairs(["000-1"], ["008-4"], "about 12,000 (Oct 2024) against about 15,000 in total (Apr 2025), months apart")
pairs(["000-1"], ["008-5", "011-2"], "about 12,000 against an additional 3,000")
pairs(["000-1"], ["011-9"], "about 12,000 sent (Oct 2024) against about 10,000 remaining (Dec 2025)")
pairs(["007-1"], ["001-1", "001-2", "001-3"], "about 3,000 sent (NIS, around 23 Oct) against 8,000-11,000 about two weeks later: a rising count")
pairs(["007-1"], ["003-3", "006-4", "011-1"], "about 3,000 (Oct 2024) against about 11,000, months later")
pairs(["007-1"], ["008-4"], "about 3,000 (Oct 2024) against about 15,000 in total (Apr 2025)")
pairs(["007-1"], ["011-9"], "about 3,000 (Oct 2024) against about 10,000 remaining (Dec 2025)")
pairs(["007-2"], ["001-1", "001-2"], "about 10,000 in eastern Russia (Pentagon, 28 Oct) against 11,000 / about 8,000 in Kursk (5 Nov): all of Russia against a part")
pairs(["001-3"], ["001-1", "001-2"], "about 10,000 in eastern Russia in all (Pentagon) against 11,000 / about 8,000 in Kursk: all of Russia against a part")
pairs(["007-2", "001-3"], ["003-3", "006-4", "011-1"], "about 10,000 (late Oct 2024) against about 11,000, weeks or months later")
pairs(["007-2", "001-3"], ["008-4"], "about 10,000 (Oct 2024) against about 15,000 in total (Apr 2025)")
pairs(["007-2", "001-3"], ["008-5", "011-2"], "about 10,000 against an additional 3,000")
pairs(["001-1"], ["008-4"], "11,000 in Kursk (Nov 2024) against about 15,000 in total (Apr 2025)")
pairs(["001-1"], ["008-5", "011-2"], "11,000 against an additional 3,000")
pairs(["001-1"], ["011-9"], "11,000 in Kursk (Nov 2024) against about 10,000 remaining (Dec 2025)")
pairs(["001-2"], ["003-3", "006-4", "011-1"], "about 8,000 in Kursk (Nov 2024) against about 11,000 sent to Russia, weeks or months later")
pairs(["001-2"], ["008-4"], "about 8,000 in Kursk (Nov 2024) against about 15,000 in total (Apr 2025)")
pairs(["001-2"], ["008-5", "011-2"], "about 8,000 against an additional 3,000")
pairs(["001-2"], ["011-9"], "about 8,000 in Kursk (Nov 2024) against about 10,000 remaining (Dec 2025)")
pairs(["003-3", "006-4", "011-1"], ["008-4"], "about 11,000 sent in autumn 2024 against about 15,000 in total after reinforcements (Apr 2025)")
pairs(["003-3", "006-4", "011-1"], ["008-5", "011-2"], "about 11,000 against an additional 3,000")
pairs(["003-3", "006-4", "011-1"], ["011-9"], "about 11,000 sent against about 10,000 remaining a year later")
pairs(["008-4"], ["011-9"], "about 15,000 in total (Apr 2025) against about 10,000 remaining (Dec 2025)")
pairs(["008-5", "011-2"], ["011-9"], "an additional 3,000 against about 10,000 remaining")
# killed
pairs(["006-2"], ["008-1", "011-5"], "about 300 killed (NIS, Jan 2025) against about 600 (NIS, Apr 2025): a cumulative figure months later")
pairs(["006-2", "008-1"], ["011-4"], "about 300 / 600 killed against about 2,000 (NIS, Sep 2025): a cumulative figure months later")
# wounded
pairs(["003-2"], ["006-3"], "about 1,000 wounded (NIS, 19 Dec) against about 2,700 (NIS, 13 Jan): a cumulative figure weeks later")
# casualties
pairs(["005-1"], ["008-3"], "about 1,100 (JCS, Dec 2024) against about 3,000 (NIS, January 2025)")
pairs(["005-1"], ["008-2", "011-6"], "about 1,100 (JCS, Dec 2024) against about 4,700 (NIS, Apr 2025), months apart")
pairs(["008-3"], ["011-6"], "about 3,000 (NIS, Jan 2025) against about 4,700 (NIS, Apr 2025): a cumulative figure months later")

conflicts = {"must": must, "may": may}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
