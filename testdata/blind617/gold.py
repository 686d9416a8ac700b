#!/usr/bin/env python3
"""Gold labels for testdata/blind617 (written and labelled blind). Run: python3 gold.py > gold.json"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib

about = ("Gold labels for blind617: fifteen articles written for crosscheck in our own words about the "
         "real story's known reporting, labelled blind. Same schema as testdata/corpus/gold.json.")

NIS = ["National Intelligence Service", "NIS", "South Korea", "spy agency"]
NIS_LEE = ["Lee Seong-kweun", "National Intelligence Service", "NIS", "South Korea", "spy agency"]
ZEL = ["Zelensky", "Volodymyr Zelensky", "Ukraine"]

A = {
    "000": [
        ("troops", "north_korea", 12000, None, "about", NIS,
         "Pyongyang has decided to send a total of about 12,000 soldiers in four brigades", False),
        ("troops", "north_korea", 1500, None, "about", NIS,
         "the first group of about 1,500 special forces", False),
    ],
    "002": [
        ("troops", "north_korea", 10000, None, "about",
         ["Pentagon", "Sabrina Singh", "Singh", "United States", "Department of Defense"],
         "North Korea has sent roughly 10,000 soldiers in total to eastern Russia for training", False),
    ],
    "003": [
        ("casualties", "north_korea", 1100, None, "about",
         ["Joint Chiefs of Staff", "JCS", "South Korea", "South Korea's military"],
         "North Korean troops fighting alongside Russian forces in Russia's western Kursk region have suffered an estimated 1,100 casualties", False),
        ("killed", "north_korea", 100, None, "at_least", NIS_LEE,
         "At least 100 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 1000, None, "about", NIS_LEE,
         "close to 1,000 others have been wounded", False),
    ],
    "004": [
        ("casualties", "north_korea", 3000, None, "more_than", ZEL + ["Syrskyi", "Oleksandr Syrskyi"],
         "More than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk Oblast", False),
        ("troops", "north_korea", 11000, 12000, "range", ["Kyiv", "Ukraine"],
         "Kyiv has said that 11,000\u201312,000 North Korean troops were deployed to Kursk Oblast", False),
        ("killed", "north_korea", 200, 900, "vague", ["Special Operations Forces", "Ukraine"],
         "hundreds of North Korean soldiers had been killed in failed assaults", True),
    ],
    "006": [
        ("captured", "north_korea", 2, None, "exact", ZEL,
         "Ukrainian soldiers have taken two servicemen of the North Korean army prisoner", False),
        ("troops", "north_korea", 12000, None, "up_to", ["Ukrainian intelligence", "Ukraine", "HUR"],
         "up to 12,000 North Korean servicemen were sent to fight for Russia", False),
    ],
    "007": [
        ("killed", "north_korea", 300, None, "about", NIS_LEE,
         "Some 300 North Korean soldiers have been killed", False),
        ("wounded", "north_korea", 2700, None, "about", NIS_LEE,
         "around 2,700 wounded", False),
        ("casualties", "north_korea", 3000, None, "about", NIS_LEE,
         "That puts North Korean casualties at roughly 3,000 in all", False),
        ("casualties", "north_korea", 4000, None, "about", ["HUR", "military intelligence", "Ukraine"],
         "put North Korean losses at about 4,000 killed and wounded", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine"],
         "it had captured two North Korean soldiers", False),
        ("casualties", "ukraine", 49000, None, "more_than", ["Defense Ministry", "Russia's Defense Ministry", "Russia"],
         "Ukraine has lost more than 49,000 troops there since its forces crossed the border on Aug. 6", False),
    ],
    "008": [
        ("troops", "north_korea", 3000, None, "about", NIS,
         "North Korea has dispatched roughly 3,000 additional soldiers to Russia since the start of the year", False),
        ("troops", "north_korea", 11000, None, "about", ["unattributed"],
         "Pyongyang first sent some 11,000 soldiers to Russia last fall", False),
        ("casualties", "north_korea", 2000, 9999, "vague", ZEL,
         "North Korea had lost several thousand soldiers killed and wounded in Kursk", True),
    ],
    "010": [
        ("casualties", "ukraine", 76000, None, "more_than",
         ["Moscow", "Russia", "Valery Gerasimov", "Gerasimov", "General Staff"],
         "Ukraine had lost more than 76,000 troops in the region since August", False),
        ("casualties", "north_korea", 4700, None, "about", NIS,
         "North Korean casualties had reached around 4,700", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "of whom about 600 had been killed", False),
    ],
    "012": [
        ("killed", "north_korea", 600, None, "about", NIS,
         "around 600 North Korean soldiers have been killed in Kursk", False),
        ("wounded", "north_korea", 2000, 9999, "vague", NIS,
         "thousands more wounded", True),
    ],
    "014": [
        ("troops", "north_korea", 11000, 12000, "range",
         ["South Korean and Ukrainian intelligence", "South Korea", "Ukraine"],
         "Eleven to twelve thousand soldiers, most of them from the elite 11th Corps, known as the Storm Corps, were sent in the first wave in autumn 2024", False),
        ("troops", "north_korea", 15000, None, "about", NIS,
         "roughly 15,000 North Koreans have served in and around Russia's Kursk region", False),
        ("killed", "north_korea", 2000, None, "about", NIS_LEE,
         "about 2,000 North Korean soldiers had died", False),
        ("killed", "north_korea", 600, None, "about", NIS,
         "the agency's estimate of around 600 dead in April", False),
        ("captured", "north_korea", 2, None, "exact", ["Ukraine", "unattributed"],
         "Two soldiers captured in January 2025 remain in Ukrainian custody", False),
    ],
}

NOT = {
    "000": ["more than 13,000 containers of munitions", "KOSPI closes 0.4 pct lower at 2,593.82",
            "Yoon's approval rating slips to 20 pct", "lasted about 90 minutes",
            "over 13,000 containers of weapons"],
    "002": ["the 56th Security Consultative Meeting", "the $425 million package", "155mm artillery rounds",
            "the roughly 100 U.S. soldiers operating it"],
    "003": ["170 mm self-propelled guns", "240 mm multiple rocket launchers", "Dec. 14",
            "Won falls to 1,450 per dollar", "K-pop sales top 100 million albums in 2024"],
    "004": ["Ukraine's air force downs 52 of 81 Russian drones overnight", "Fifty-two were shot down",
            "27 were lost to electronic warfare", "the first 4.1 billion euros",
            "Air raid alerts in the past 24 hours: 14"],
    "006": ["The two men were wounded", "the 95th Separate Air Assault Brigade", "a 20-year-old rifleman",
            "The second man, 26", "Russia attacked Ukraine with 74 drones overnight, 47 shot down"],
    "007": ["Russia Says It Shot Down 31 Ukrainian Drones Over Seven Regions",
            "Ruble Slides Past 110 Against the Dollar", "as little as 2 euros"],
    "008": ["an estimated 220 artillery pieces", "170 mm self-propelled guns", "240 mm multiple rocket launchers",
            "the 1950-53 Korean War", "Trump's 25 Percent Tariffs"],
    "010": ["Nikkei 225 35,839.99", "KOSPI 2,548.86", "around $20 billion", "a record 8.7 trillion yen",
            "$0.99 for your first month"],
    "012": ["North Korea will send 1,000 sappers to clear mines", "5,000 military construction workers",
            "decided to dispatch 1,000 deminers and 5,000 military builders", "6,000 sappers and builders",
            "more than 50 billion roubles", "Russia launched 440 drones and 32 missiles",
            "Shoigu's third visit to North Korea"],
    "014": ["1,000 deminers and 5,000 military builders would go to Kursk",
            "Several thousand more could follow in 2026", "about 1.5 hectares"],
}

OFF = ["001", "005", "009", "013"]
DUP = {"011": "006"}

ADD = "an additional 3,000 (NIS, Feb 2025) against a figure for the first force"
TOTAL = "roughly 15,000 who have served in all (NIS, Dec 2025) against an earlier figure for the first force, months apart"

conflicts = {
    "must": [
        ["003-1", "004-1", "about 1,100 casualties (South Korea's JCS, Dec 20 2024) against more than 3,000 killed and wounded (Zelensky, Dec 23 2024), four days apart"],
        ["007-3", "007-4", "roughly 3,000 casualties (NIS via Lee Seong-kweun) against about 4,000 (Ukraine's HUR, the week before), in one article"],
    ],
    "may": [
        ["000-1", "002-1", "about 12,000 Pyongyang decided to send (NIS) against roughly 10,000 sent so far (Pentagon), eleven days apart"],
        ["000-1", "008-2", "about 12,000 (Oct 2024) against some 11,000 first sent (Feb 2025), four months apart"],
        ["002-1", "004-2", "roughly 10,000 in eastern Russia (Oct 2024) against 11,000-12,000 in Kursk (Dec 2024), two months apart"],
        ["002-1", "008-2", "roughly 10,000 (Oct 2024) against some 11,000 (Feb 2025), four months apart"],
        ["002-1", "014-1", "roughly 10,000 (Oct 2024) against 11,000-12,000 in the first wave (Dec 2025), fourteen months apart"],
        ["008-1", "000-1", ADD], ["008-1", "002-1", ADD], ["008-1", "004-2", ADD], ["008-1", "006-2", ADD],
        ["008-1", "008-2", ADD + " (same article)"], ["008-1", "014-1", ADD],
        ["008-1", "014-2", "an additional 3,000 against roughly 15,000 in all, ten months apart"],
        ["014-2", "000-1", TOTAL], ["014-2", "002-1", TOTAL], ["014-2", "004-2", TOTAL],
        ["014-2", "006-2", TOTAL], ["014-2", "008-2", TOTAL],
        ["003-1", "007-3", "1,100 (JCS, Dec 2024) against roughly 3,000 (NIS, Jan 2025): a cumulative count rising, 25 days later"],
        ["003-1", "007-4", "1,100 (JCS, Dec 2024) against about 4,000 (HUR, early Jan 2025), three weeks apart"],
        ["003-1", "010-2", "1,100 (Dec 2024) against around 4,700 (Apr 2025), four months apart"],
        ["004-1", "007-3", "more than 3,000 (Zelensky, Dec 23) against roughly 3,000 (NIS, Jan 13): the bound is about met"],
        ["007-3", "010-2", "update: NIS's roughly 3,000 casualties in January rose to around 4,700 by April"],
        ["007-4", "010-2", "about 4,000 (HUR, Jan 2025) against around 4,700 (NIS, Apr 2025), three months apart"],
        ["003-3", "007-2", "close to 1,000 wounded (Dec 2024) against around 2,700 (Jan 2025): a cumulative count rising"],
        ["007-1", "010-3", "update: about 300 killed (NIS, Jan 2025) rose to about 600 (NIS, Apr 2025)"],
        ["007-1", "012-1", "about 300 killed (Jan 2025) against around 600 (Jun 2025), five months apart"],
        ["007-1", "014-4", "about 300 killed (Jan 2025) against the April estimate of around 600"],
        ["007-1", "014-3", "about 300 killed (Jan 2025) against about 2,000 (Sep 2025)"],
        ["010-3", "014-3", "about 600 killed (Apr 2025) against about 2,000 (Sep 2025), a cumulative count rising"],
        ["012-1", "014-3", "around 600 killed (Jun 2025) against about 2,000 (Sep 2025), a cumulative count rising"],
        ["014-4", "014-3", "the NIS's April estimate of around 600 dead against its September estimate of about 2,000, in one article: an update"],
    ],
}

goldlib.write(about, A, NOT, OFF, DUP, conflicts)
