#!/usr/bin/env python3
"""Gold labels for blind425. Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind425: fifteen articles written and labelled blind for crosscheck. "
         "See ../corpus/README.md for what counts as a claim and a conflict.")

NK, RU, UA = "north_korea", "russia", "ukraine"
NIS = ["National Intelligence Service", "NIS", "South Korea", "Seoul", "Lee Seong-kweun"]
ZEL = ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", NK, 8000, None, "about",
         ["senior U.S. defense official", "U.S. defense official", "Pentagon", "United States", "U.S.", "US"],
         "Roughly 8,000 North Korean soldiers are now in Russia's Kursk region", False),
        ("troops", NK, 11000, None, "exact", ZEL,
         "There are already 11,000 North Korean soldiers in the Kursk region", False),
        ("troops", NK, 10000, None, "about", ["Pentagon", "U.S. defense official", "United States", "U.S.", "US"],
         "the roughly 10,000 troops the Pentagon says Pyongyang shipped to Russia's Far East", False),
        ("troops", NK, 500, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "the contingent includes about 500 officers", False),
    ],
    "002": [
        ("killed", NK, 100, None, "at_least", NIS,
         "At least 100 North Korean soldiers deployed to Russia have been killed in combat", False),
        ("wounded", NK, 1000, None, "about", NIS,
         "close to 1,000 others have been wounded", False),
        ("casualties", NK, 1100, None, "about", NIS,
         "the casualties, some 1,100 in all", False),
        ("troops", NK, 11000, None, "about", NIS,
         "some eleven thousand North Korean troops have been sent to Russia", False),
    ],
    "003": [
        ("casualties", NK, 3000, None, "more_than", ["Volodymyr Zelensky", "Zelensky", "Oleksandr Syrskyi", "Syrskyi", "Ukraine"],
         "North Korea's losses in Kursk Oblast have climbed past 3,000 killed and wounded", False),
        ("troops", NK, 12000, None, "up_to", ["HUR", "military intelligence", "Ukraine"],
         "up to 12,000 North Korean troops were sent to Russia this autumn", False),
        ("killed", NK, 50, None, "about", ["Special Operations Forces", "SSO", "Ukraine"],
         "they had killed nearly 50 North Korean soldiers", False),
        ("wounded", NK, 47, None, "exact", ["Special Operations Forces", "SSO", "Ukraine"],
         "wounded 47 in three days of fighting near the village of Plekhovo", False),
    ],
    "004": [
        ("killed", NK, 300, None, "about", NIS,
         "The North's troops have suffered about 300 deaths", False),
        ("wounded", NK, 2700, None, "about", NIS,
         "some 2,700 injuries", False),
        ("troops", NK, 11000, 12000, "range", ["Ukrainian and South Korean officials", "Ukraine", "South Korea"],
         "North Korea is believed to have sent 11,000-12,000 troops to Russia last autumn", False),
        ("captured", NK, 2, None, "exact", ZEL,
         "Ukrainian troops captured two North Korean soldiers in the Kursk region on 9 January", False),
    ],
    "006": [
        ("troops", NK, 3000, None, "about", ["National Intelligence Service", "NIS", "South Korea", "spy agency"],
         "roughly 3,000 additional soldiers to Russia in January and February", False),
        ("casualties", NK, 4000, None, "about", ["National Intelligence Service", "NIS", "South Korea", "lawmakers"],
         "North Korea's casualties, the dead and the wounded together, are estimated at about 4,000", False),
        ("troops", NK, 11000, None, "about", ["National Intelligence Service", "NIS", "South Korea"],
         "the first contingent, numbering about 11,000", False),
    ],
    "007": [
        ("casualties", UA, 76000, None, "more_than", ["Valery Gerasimov", "Gerasimov", "Russian General Staff", "Russia"],
         "the Kyiv regime had lost more than 76,000 servicemen in the Kursk area", False),
    ],
    "008": [
        ("killed", NK, 600, None, "about", NIS + ["spy agency", "lawmakers"],
         "About 600 North Korean soldiers, the spy agency believes, have died", False),
        ("casualties", NK, 4700, None, "about", NIS,
         "put the North's total casualties at about 4,700", False),
    ],
    "010": [
        ("troops", NK, 10000, None, "more_than", ["South Korea and Ukraine", "South Korea", "Ukraine", "Seoul", "Kyiv"],
         "the North sent more than 10,000 soldiers to Russia last year", False),
        ("troops", NK, 2000, 9999, "vague", ["South Korea and Ukraine", "South Korea", "Ukraine", "Seoul", "Kyiv"],
         "thousands more in early 2025", True),
        ("killed", NK, 600, None, "about", ["South Korean intelligence", "South Korea", "NIS"],
         "About 600 of them have been killed, according to South Korean intelligence", False),
        ("wounded", NK, 2000, 9999, "vague", ["South Korean intelligence", "South Korea", "NIS"],
         "thousands more have been wounded", True),
    ],
    "012": [
        ("killed", NK, 2000, None, "about", ["National Intelligence Service", "NIS", "South Korea", "Seoul"],
         "Around 2,000 North Korean soldiers are now believed to have died in the fighting", False),
        ("troops", NK, 11000, None, "about", ["unattributed"],
         "First contingent: ~11K troops", False),
        ("troops", NK, 3000, None, "about", ["unattributed"],
         "Reinforcements: ~3K", False),
    ],
    "014": [
        ("troops", NK, 11000, None, "about", ["Serhii Levchenko", "Levchenko", "HUR", "Defence Intelligence", "Ukraine"],
         "By our estimate, around 11 thousand", False),
        ("troops", NK, 1000, None, "about", ["Serhii Levchenko", "Levchenko", "HUR", "Defence Intelligence", "Ukraine"],
         "roughly 1,000 North Korean military engineers clearing mines in the region", False),
        ("casualties", NK, 6000, None, "more_than", ["Serhii Levchenko", "Levchenko", "HUR", "Defence Intelligence", "Ukraine"],
         "North Korea has lost more than 6,000 men, killed and wounded together", False),
        ("killed", NK, 2000, None, "at_least", ["Serhii Levchenko", "Levchenko", "HUR", "Defence Intelligence", "Ukraine"],
         "at least 2,000 are dead", False),
        ("captured", NK, 2, None, "exact", ["Serhii Levchenko", "Levchenko", "HUR", "Defence Intelligence", "Ukraine"],
         "The two North Korean soldiers we captured in January", False),
    ],
}

NOT = {
    "000": ["$425 million package", "155 mm artillery rounds", "about 6,400 kilometers from the front",
            "186 comments", "7 swing states to watch", "The 40 counties that will decide 2024",
            "269-269 tie", "Senate control could hinge on 3 races"],
    "002": ["240-mm multiple rocket launchers", "170-mm self-propelled guns", "US$100 mln in humanitarian aid",
            "KOSPI closes 1.95 pct lower at 2,435.93", "3 dead, 18 injured in Seoul apartment fire",
            "in their early 20s", "paras 6-8"],
    "003": ["Aug. 6", "$5 a month", "Russian attack on Kharkiv injures 12, including 2 children",
            "Russia launches 72 drones overnight, 49 shot down", "200 Ukrainian POWs return home"],
    "004": ["3 Iskander-M ballistic missiles", "55 attack drones", "34 drones had been shot down",
            "21 others were \"lost\" to electronic warfare", "One, 26, told interrogators",
            "the other, 20, said", "a sniper since 2017", "about 10km from Kupiansk",
            "at least 24 dead as winds pick up again"],
    "006": ["some 200 long-range artillery pieces", "170-mm self-propelled guns",
            "Nikkei loses 1.2%", "$3 billion in frozen-asset loans"],
    "007": ["over 7,700 pieces of weapons and equipment", "417 tanks", "1,280 armored vehicles",
            "Article 4 of the treaty", "Ukraine loses up to 1,265 troops in special military operation zone in past day",
            "over 1,900 residents of Kursk Region border districts"],
    "008": ["tops 1 billion streams", "rise for 12th straight week", "presidential run by May 1",
            "5 things to know about the June 3 presidential election", "KOSPI 2,556.61"],
    "010": ["1,000 deminers", "5,000 military construction workers", "1,000 sappers", "5,000 military builders",
            "more than 150,000 residents were forced to leave their homes", "captured 2 more villages"],
    "012": ["Promised sappers and builders: 6K", "A new street of 50 houses", "the 80th anniversary",
            "Share 31 | Comments 12", "Russia Loses 1,000 Soldiers in a Day", "Up 2 Points in 4 Days"],
    "014": ["the five thousand builders", "15 to 20 kilometres from the border", "about 12 million artillery shells",
            "170-millimetre Koksan guns", "Enemy loses 1,180 troops in past day"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"011": "010"}

conflicts = {
    "must": [
        ["000-1", "000-2", "about 8,000 North Korean troops in Kursk (senior U.S. defense official) against 11,000 in Kursk (Zelenskyy), same article, same day"],
        ["002-3", "003-1", "some 1,100 casualties (South Korea's NIS via Lee Seong-kweun, Dec 19) against more than 3,000 killed and wounded (Zelensky, Dec 23), four days apart"],
    ],
    "may": [
        ["000-2", "000-3", "11,000 in Kursk (Zelenskyy) against about 10,000 sent to Russia in all (Pentagon): different scope, same day"],
        ["000-1", "002-4", "8,000 in Kursk (Nov 5) against about 11,000 sent to Russia (Dec 19), six weeks apart"],
        ["000-3", "002-4", "about 10,000 (Nov 5) against about 11,000 (Dec 19), six weeks apart"],
        ["000-1", "004-3", "8,000 in Kursk (Nov 5) against 11,000-12,000 (Jan 13), months apart"],
        ["000-3", "004-3", "about 10,000 (Nov 5) against 11,000-12,000 (Jan 13), months apart"],
        ["000-1", "006-3", "8,000 (Nov 5) against a first contingent of about 11,000 (Feb 27), months apart"],
        ["000-1", "010-1", "8,000 (Nov 5) against more than 10,000 (Jun 17), months apart"],
        ["000-1", "012-2", "8,000 (Nov 5) against ~11K (Sep 5), months apart"],
        ["000-1", "014-1", "8,000 (Nov 5) against around 11 thousand (Dec 4 2025), a year apart"],
        ["006-1", "006-3", "an additional 3,000 against a first contingent of about 11,000"],
        ["006-1", "004-3", "an additional 3,000 against 11,000-12,000"],
        ["006-1", "010-1", "an additional 3,000 against more than 10,000"],
        ["006-1", "012-2", "an additional 3,000 against ~11K"],
        ["006-1", "014-1", "an additional 3,000 against around 11 thousand"],
        ["012-3", "012-2", "~3K reinforcements against a ~11K first contingent"],
        ["012-3", "010-1", "~3K reinforcements against more than 10,000"],
        ["012-3", "014-1", "~3K reinforcements against around 11 thousand"],
        ["010-2", "010-1", "thousands more against more than 10,000 (an additional force)"],
        ["002-2", "004-2", "close to 1,000 wounded (Dec 19) against some 2,700 (Jan 13): NIS's cumulative count rising over 25 days"],
        ["002-3", "006-2", "about 1,100 casualties (Dec 19) against about 4,000 (Feb 27): cumulative count, months apart"],
        ["002-3", "008-2", "about 1,100 casualties (Dec 19) against about 4,700 (Apr 30): cumulative count, months apart"],
        ["002-3", "014-3", "about 1,100 casualties (Dec 2024) against more than 6,000 (Dec 2025): a year apart"],
        ["006-2", "008-2", "about 4,000 casualties (Feb 27) against about 4,700 (Apr 30): cumulative count, months apart"],
        ["006-2", "014-3", "about 4,000 casualties (Feb) against more than 6,000 (Dec): months apart"],
        ["008-2", "014-3", "about 4,700 casualties (Apr) against more than 6,000 (Dec): months apart"],
        ["004-1", "008-1", "about 300 killed (Jan 13) against about 600 (Apr 30): cumulative count, months apart"],
        ["004-1", "010-3", "about 300 killed (Jan 13) against about 600 (Jun 17): months apart"],
        ["004-1", "012-1", "about 300 killed (Jan) against around 2,000 (Sep): months apart"],
        ["004-1", "014-4", "about 300 killed (Jan) against at least 2,000 (Dec): months apart"],
        ["008-1", "012-1", "about 600 killed (Apr) against around 2,000 (Sep): cumulative count, months apart"],
        ["008-1", "014-4", "about 600 killed (Apr) against at least 2,000 (Dec): months apart"],
        ["010-3", "012-1", "about 600 killed (Jun) against around 2,000 (Sep): months apart"],
        ["010-3", "014-4", "about 600 killed (Jun) against at least 2,000 (Dec): months apart"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
